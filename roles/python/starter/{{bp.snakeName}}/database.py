from collections.abc import Iterator

from fastapi import Request
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


def create_db_engine(url: str) -> Engine:
    # FastAPI runs plain `def` routes in a thread pool, so one SQLite connection may be used by
    # several threads over its life (never at once: each request has its own session).
    connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
    return create_engine(url, connect_args=connect_args)


def get_session(request: Request) -> Iterator[Session]:
    """Dependency: one database session per request, closed when the request is done."""
    with request.app.state.session_factory() as session:
        yield session
