"""The ASGI entry point: `uvicorn {{bp.snakeName}}.main:app --reload`. Tests use create_app() instead."""

import logging

from .app import create_app

# Uvicorn configures only its own loggers; this makes the app's INFO logs (e.g. notifications) visible.
logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")

app = create_app()
