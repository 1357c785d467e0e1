from datetime import datetime

from pydantic import BaseModel, Field

from ._compat import ORMModel


class TaskCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)


class TaskUpdate(BaseModel):
    """PATCH body: fields that are left out or null keep their current value."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None


class TaskRead(ORMModel):
    id: int
    title: str
    description: str
    done: bool
    created_at: datetime
