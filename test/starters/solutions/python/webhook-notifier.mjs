// Reference solution of python/webhook-notifier: Settings.webhook_url (WEBHOOK_URL), a WebhookNotifier that POSTs
// each event as JSON with an async httpx client and logs failures, chosen once per app in create_app().
export default ({ snakeName }) => [
  {
    file: `${snakeName}/config.py`,
    replace: `    database_url: str = "sqlite:///./${snakeName}.db"\n`,
    with: `    database_url: str = "sqlite:///./${snakeName}.db"\n    # Task events are POSTed here as JSON when set.\n    webhook_url: str | None = None\n`,
  },
  {
    file: `${snakeName}/config.py`,
    replace: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n',
    with: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n            webhook_url=os.environ.get("WEBHOOK_URL") or None,\n',
  },
  {
    file: `${snakeName}/notifications.py`,
    replace: 'import logging\n',
    with: `import logging

from fastapi import Request

try:  # Starlette's test client and current stacks use httpx2; older ones (e.g. Debian 12) have httpx.
    import httpx2 as httpx
except ImportError:
    import httpx
`,
  },
  {
    file: `${snakeName}/notifications.py`,
    replace: `def get_notifier() -> Notifier:
    """Dependency, so tests (or a settings switch) can swap in another notifier."""
    return Notifier()
`,
    with: `class WebhookNotifier(Notifier):
    """POSTs each event as JSON to a URL, e.g. {"event": "task.created", "task_id": 1, "title": "…"}.

    Best effort: it runs after the response, so a webhook that is down or slow is logged, never raised, and
    bounded by a timeout. Events that must not be lost belong in a queue with retries (Celery, RQ, …).
    """

    def __init__(self, url: str, transport: httpx.AsyncBaseTransport | None = None, timeout: float = 5.0) -> None:
        self.url = url
        self._transport = transport
        self._timeout = timeout

    async def task_created(self, task_id: int, title: str) -> None:
        await self._post("task.created", task_id, title)

    async def task_completed(self, task_id: int, title: str) -> None:
        await self._post("task.completed", task_id, title)

    async def _post(self, event: str, task_id: int, title: str) -> None:
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=self._timeout) as client:
                response = await client.post(self.url, json={"event": event, "task_id": task_id, "title": title})
                response.raise_for_status()
        except httpx.HTTPError as error:
            logger.warning("Webhook %s failed for %s of task %d: %s", self.url, event, task_id, error)


def get_notifier(request: Request) -> Notifier:
    """Dependency: the app's notifier (create_app picks it from the settings); tests can swap in another."""
    return request.app.state.notifier
`,
  },
  {
    file: `${snakeName}/app.py`,
    replace: 'from .routers import tasks\n',
    with: 'from .notifications import Notifier, WebhookNotifier\nfrom .routers import tasks\n',
  },
  {
    file: `${snakeName}/app.py`,
    replace: '    app.state.session_factory = sessionmaker(bind=engine)\n',
    with: '    app.state.session_factory = sessionmaker(bind=engine)\n    app.state.notifier = WebhookNotifier(settings.webhook_url) if settings.webhook_url else Notifier()\n',
  },
  {
    file: 'pyproject.toml',
    replace: '    "uvicorn>=0.17",\n]',
    with: '    "uvicorn>=0.17",\n    # The webhook notifier\'s client; older stacks have httpx instead, which works too.\n    "httpx2>=2.13",\n]',
  },
  {
    file: 'pyproject.toml',
    replace: '    # Starlette\'s TestClient runs on httpx2 now; older Starlette (e.g. Debian 12\'s) needs httpx.\n    "httpx2>=2.13",\n',
    with: '',
  },
  { file: 'requirements.txt', replace: 'uvicorn==0.54.0\n', with: 'uvicorn==0.54.0\nhttpx2==2.13.1\n' },
  { file: 'requirements.txt', replace: 'pytest==9.1.1\nhttpx2==2.13.1\n', with: 'pytest==9.1.1\n' },
];
