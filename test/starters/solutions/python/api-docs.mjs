// Reference solution of python/api-docs: an API description, a summary and a docstring per endpoint, the 404s
// documented with an ErrorMessage model, examples on the request models.
export default ({ snakeName, projectName }) => [
  {
    file: `${snakeName}/app.py`,
    replace: `app = FastAPI(title="${projectName}", version="0.1.0")\n`,
    with: `app = FastAPI(
        title="${projectName}",
        version="0.1.0",
        description="A small task API: create, list, update and delete tasks.",
    )
`,
  },
  {
    file: `${snakeName}/schemas.py`,
    replace: '    title: str = Field(min_length=1, max_length=200)\n',
    with: '    title: str = Field(min_length=1, max_length=200, examples=["Write the release notes"])\n',
  },
  {
    file: `${snakeName}/schemas.py`,
    replace: '    done: bool | None = None\n',
    with: '    done: bool | None = Field(default=None, examples=[True])\n',
  },
  {
    file: `${snakeName}/schemas.py`,
    replace: 'class TaskRead(ORMModel):\n',
    with: `class ErrorMessage(BaseModel):
    """The body of an error response such as 404."""

    detail: str = Field(examples=["Task 42 not found"])


class TaskRead(ORMModel):
`,
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'from ..schemas import TaskCreate,',
    with: 'from ..schemas import ErrorMessage, TaskCreate,',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '\n\ndef get_task_or_404(',
    with: '\nNOT_FOUND = {404: {"model": ErrorMessage, "description": "No task has this id"}}\n\n\ndef get_task_or_404(',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'response_model=list[TaskRead])',
    with: 'response_model=list[TaskRead], summary="List tasks")',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    query = select(Task)',
    with: '    """Tasks in creation order, optionally filtered, a page at a time (limit and offset)."""\n    query = select(Task)',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'status_code=status.HTTP_201_CREATED)',
    with: 'status_code=status.HTTP_201_CREATED, summary="Create a task")',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    task = Task(**model_dump(payload))\n',
    with: '    """Stores a new task and notifies about it once the response is sent."""\n    task = Task(**model_dump(payload))\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'response_model=TaskRead)\ndef read_task(',
    with: 'response_model=TaskRead, summary="Get a task", responses=NOT_FOUND)\ndef read_task(',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    return get_task_or_404(session, task_id)\n',
    with: '    """One task by its id."""\n    return get_task_or_404(session, task_id)\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'response_model=TaskRead)\ndef update_task(',
    with: 'response_model=TaskRead, summary="Update a task", responses=NOT_FOUND)\ndef update_task(',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    task = get_task_or_404(session, task_id)\n    was_done',
    with: '    """Changes the fields given; left-out or null fields keep their value. Completing a task notifies."""\n    task = get_task_or_404(session, task_id)\n    was_done',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'status_code=status.HTTP_204_NO_CONTENT)',
    with: 'status_code=status.HTTP_204_NO_CONTENT, summary="Delete a task", responses=NOT_FOUND)',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    session.delete(get_task_or_404(session, task_id))\n',
    with: '    """Deletes a task for good."""\n    session.delete(get_task_or_404(session, task_id))\n',
  },
];
