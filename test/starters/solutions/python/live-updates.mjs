// Reference solution of python/live-updates: a TaskFeed per app that broadcasts task events to every connected
// WebSocket, the /ws/tasks endpoint, and the task routes publishing to it as a background task.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/events.py`,
    content: `"""Live task events for WebSocket clients: one feed per app, in this process only."""

import logging
from typing import Any

from fastapi import Request, WebSocket

logger = logging.getLogger(__name__)


class TaskFeed:
    """The WebSockets connected to /ws/tasks, and a broadcast to all of them.

    It lives in one process: with several uvicorn workers each has its own feed, so events must travel through a
    shared channel (e.g. Redis pub/sub) that every worker subscribes to and forwards to its own clients.
    """

    def __init__(self) -> None:
        self._clients: set[WebSocket] = set()

    async def connect(self, websocket: WebSocket) -> None:
        await websocket.accept()
        self._clients.add(websocket)

    def disconnect(self, websocket: WebSocket) -> None:
        self._clients.discard(websocket)

    async def publish(self, event: dict[str, Any]) -> None:
        for websocket in list(self._clients):
            try:
                await websocket.send_json(event)
            # A client that vanished without closing: drop it, and let one bad client not stop the rest.
            except Exception:  # noqa: BLE001
                logger.info("Dropping a WebSocket client that cannot be reached")
                self.disconnect(websocket)


def get_feed(request: Request) -> TaskFeed:
    """Dependency: the app's feed."""
    return request.app.state.feed
`,
  },
  {
    file: `${snakeName}/routers/live.py`,
    content: `from fastapi import APIRouter, WebSocket, WebSocketDisconnect

router = APIRouter()


@router.websocket("/ws/tasks")
async def task_events(websocket: WebSocket) -> None:
    """Sends {"event": "task.created" | "task.completed", "task_id", "title"} for every task event."""
    feed = websocket.app.state.feed
    await feed.connect(websocket)
    try:
        while True:  # the client has nothing to say, but receiving is how a disconnect is noticed
            await websocket.receive_text()
    except WebSocketDisconnect:
        pass
    finally:
        feed.disconnect(websocket)
`,
  },
  {
    file: `${snakeName}/app.py`,
    replace: 'from .database import Base, create_db_engine\n',
    with: 'from .database import Base, create_db_engine\nfrom .events import TaskFeed\n',
  },
  { file: `${snakeName}/app.py`, replace: 'from .routers import tasks\n', with: 'from .routers import live, tasks\n' },
  {
    file: `${snakeName}/app.py`,
    replace: '    app.state.session_factory = sessionmaker(bind=engine)\n',
    with: '    app.state.session_factory = sessionmaker(bind=engine)\n    app.state.feed = TaskFeed()\n',
  },
  {
    file: `${snakeName}/app.py`,
    replace: '    app.include_router(tasks.router)\n',
    with: '    app.include_router(tasks.router)\n    app.include_router(live.router)\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'from ..database import get_session\n',
    with: 'from ..database import get_session\nfrom ..events import TaskFeed, get_feed\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    payload: TaskCreate,\n    background_tasks: BackgroundTasks,\n',
    with: '    payload: TaskCreate,\n    background_tasks: BackgroundTasks,\n    feed: TaskFeed = Depends(get_feed),\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    payload: TaskUpdate,\n    background_tasks: BackgroundTasks,\n',
    with: '    payload: TaskUpdate,\n    background_tasks: BackgroundTasks,\n    feed: TaskFeed = Depends(get_feed),\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    background_tasks.add_task(notifier.task_created, task.id, task.title)\n',
    with: '    background_tasks.add_task(notifier.task_created, task.id, task.title)\n    background_tasks.add_task(feed.publish, {"event": "task.created", "task_id": task.id, "title": task.title})\n',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '        background_tasks.add_task(notifier.task_completed, task.id, task.title)\n',
    with: '        background_tasks.add_task(notifier.task_completed, task.id, task.title)\n        background_tasks.add_task(feed.publish, {"event": "task.completed", "task_id": task.id, "title": task.title})\n',
  },
];
