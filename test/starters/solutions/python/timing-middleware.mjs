// Reference solution of python/timing-middleware: a pure ASGI middleware that adds X-Process-Time (milliseconds)
// to every HTTP response and logs requests slower than Settings.slow_request_ms (SLOW_REQUEST_MS, default 500).
export default ({ snakeName }) => [
  {
    file: `${snakeName}/config.py`,
    replace: `    database_url: str = "sqlite:///./${snakeName}.db"\n`,
    with: `    database_url: str = "sqlite:///./${snakeName}.db"\n    # Requests slower than this are logged as warnings.\n    slow_request_ms: float = 500\n`,
  },
  {
    file: `${snakeName}/config.py`,
    replace: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n',
    with: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n            slow_request_ms=float(os.environ.get("SLOW_REQUEST_MS", cls.slow_request_ms)),\n',
  },
  {
    file: `${snakeName}/timing.py`,
    content: `"""Times every HTTP request: an X-Process-Time header (milliseconds) and a warning when it is slow.

A pure ASGI middleware rather than BaseHTTPMiddleware: it does not buffer or re-wrap the response, and it lets
WebSocket and lifespan traffic through untouched.
"""

import logging
import time

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)


class TimingMiddleware:
    def __init__(self, app: ASGIApp, slow_request_ms: float = 500) -> None:
        self.app = app
        self.slow_request_ms = slow_request_ms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_timed(message: Message) -> None:
            # Measured when the response starts: background tasks that run after it do not count.
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                MutableHeaders(scope=message).append("X-Process-Time", f"{elapsed:.2f}")
                if elapsed >= self.slow_request_ms:
                    method, path, status = scope["method"], scope["path"], message["status"]
                    logger.warning("Slow request: %s %s answered %d in %.0f ms", method, path, status, elapsed)
            await send(message)

        await self.app(scope, receive, send_timed)
`,
  },
  {
    file: `${snakeName}/app.py`,
    replace: 'tasks\n\n\ndef create_app(',
    with: 'tasks\nfrom .timing import TimingMiddleware\n\n\ndef create_app(',
  },
  {
    file: `${snakeName}/app.py`,
    replace: '    app.include_router(tasks.router)\n',
    with: '    app.add_middleware(TimingMiddleware, slow_request_ms=settings.slow_request_ms)\n    app.include_router(tasks.router)\n',
  },
];
