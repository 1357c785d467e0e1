"""The few places where Pydantic 1 and 2 differ.

Debian 12 packages Pydantic 1.10 while pip installs Pydantic 2, and this project runs on both.
Once you only target Pydantic 2, inline these and delete the module.
"""

from typing import Any

import pydantic
from pydantic import BaseModel

PYDANTIC_V1 = pydantic.VERSION.startswith("1.")

if PYDANTIC_V1:

    class ORMModel(BaseModel):
        """A schema that can be read from an object's attributes, e.g. a SQLAlchemy model."""

        class Config:
            orm_mode = True

    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:
        return model.dict(**kwargs)

else:

    class ORMModel(BaseModel):  # type: ignore[no-redef]
        """A schema that can be read from an object's attributes, e.g. a SQLAlchemy model."""

        model_config = pydantic.ConfigDict(from_attributes=True)

    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:
        return model.model_dump(**kwargs)
