"""{{bp.projectName}}: a small task API built with FastAPI, Pydantic and SQLAlchemy."""
