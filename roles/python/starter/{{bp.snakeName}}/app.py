from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from .config import Settings
from .database import Base, create_db_engine
from .routers import tasks


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = create_db_engine(settings.database_url)
    # Good enough while the schema is young; real projects evolve it with Alembic migrations.
    Base.metadata.create_all(engine)

    app = FastAPI(title="{{bp.projectName}}", version="0.1.0")
    app.state.engine = engine
    app.state.session_factory = sessionmaker(bind=engine)
    app.include_router(tasks.router)

    # `async def` because nothing here blocks. The task routes are plain `def`: SQLAlchemy's
    # Session blocks, and FastAPI runs `def` routes in a thread pool so the event loop stays free.
    @app.get("/health", tags=["health"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
