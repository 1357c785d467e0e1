from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .._compat import model_dump
from ..database import get_session
from ..models import Task
from ..notifications import Notifier, get_notifier
from ..schemas import TaskCreate, TaskRead, TaskUpdate

router = APIRouter(prefix="/tasks", tags=["tasks"])


def get_task_or_404(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"Task {task_id} not found")
    return task


@router.get("", response_model=list[TaskRead])
def list_tasks(
    done: bool | None = None,
    limit: int = Query(50, ge=1, le=100),
    offset: int = Query(0, ge=0),
    session: Session = Depends(get_session),
):
    query = select(Task).order_by(Task.id).offset(offset).limit(limit)
    if done is not None:
        query = query.where(Task.done == done)
    return session.scalars(query).all()


@router.post("", response_model=TaskRead, status_code=status.HTTP_201_CREATED)
def create_task(
    payload: TaskCreate,
    background_tasks: BackgroundTasks,
    session: Session = Depends(get_session),
    notifier: Notifier = Depends(get_notifier),
):
    task = Task(**model_dump(payload))
    session.add(task)
    session.commit()
    session.refresh(task)
    # Runs after the response is sent, when the request's session may be closed: pass plain values.
    background_tasks.add_task(notifier.task_created, task.id, task.title)
    return task


@router.get("/{task_id}", response_model=TaskRead)
def read_task(task_id: int, session: Session = Depends(get_session)):
    return get_task_or_404(session, task_id)


@router.patch("/{task_id}", response_model=TaskRead)
def update_task(
    task_id: int,
    payload: TaskUpdate,
    background_tasks: BackgroundTasks,
    session: Session = Depends(get_session),
    notifier: Notifier = Depends(get_notifier),
):
    task = get_task_or_404(session, task_id)
    was_done = task.done
    for field, value in model_dump(payload, exclude_none=True).items():
        setattr(task, field, value)
    session.commit()
    session.refresh(task)
    if task.done and not was_done:
        background_tasks.add_task(notifier.task_completed, task.id, task.title)
    return task


@router.delete("/{task_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_task(task_id: int, session: Session = Depends(get_session)) -> None:
    session.delete(get_task_or_404(session, task_id))
    session.commit()
