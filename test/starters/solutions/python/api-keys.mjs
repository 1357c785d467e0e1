// Reference solution of python/api-keys: Settings.api_key (API_KEY), a require_api_key dependency on the
// APIKeyHeader security scheme, attached to the write routes with dependencies=[...]. No key configured: open.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/config.py`,
    replace: `    database_url: str = "sqlite:///./${snakeName}.db"\n`,
    with: `    database_url: str = "sqlite:///./${snakeName}.db"\n    # Writes need this key in X-API-Key; None (local development) leaves them open.\n    api_key: str | None = None\n`,
  },
  {
    file: `${snakeName}/config.py`,
    replace: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n',
    with: '            database_url=os.environ.get("DATABASE_URL", cls.database_url),\n            api_key=os.environ.get("API_KEY") or None,\n',
  },
  {
    file: `${snakeName}/app.py`,
    replace: '    app.state.engine = engine\n',
    with: '    app.state.settings = settings\n    app.state.engine = engine\n',
  },
  {
    file: `${snakeName}/security.py`,
    content: `"""The API key that write endpoints require, sent in the X-API-Key header."""

import secrets

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

# auto_error=False: a missing header reaches require_api_key, which answers 401 like a wrong key.
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The key configured in API_KEY.")


def require_api_key(request: Request, api_key: str | None = Depends(api_key_header)) -> None:
    """Dependency: refuses the request with 401 unless it carries the configured key."""
    expected = request.app.state.settings.api_key
    if expected is None:
        return
    # compare_digest takes as long for a near miss as for a wild guess, so timing reveals nothing.
    if api_key is None or not secrets.compare_digest(api_key.encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing or invalid API key",
            headers={"WWW-Authenticate": "APIKey"},
        )
`,
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'TaskUpdate\n\nrouter = APIRouter(prefix="/tasks", tags=["tasks"])\n',
    with: 'TaskUpdate\nfrom ..security import require_api_key\n\nrouter = APIRouter(prefix="/tasks", tags=["tasks"])\n\n# Writes need the API key; reads stay public.\nWRITE = [Depends(require_api_key)]\n',
  },
  { file: `${snakeName}/routers/tasks.py`, replace: '@router.post("", ', with: '@router.post("", dependencies=WRITE, ' },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '@router.patch("/{task_id}", ',
    with: '@router.patch("/{task_id}", dependencies=WRITE, ',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '@router.delete("/{task_id}", ',
    with: '@router.delete("/{task_id}", dependencies=WRITE, ',
  },
];
