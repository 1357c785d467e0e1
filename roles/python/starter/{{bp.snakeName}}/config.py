import os
from dataclasses import dataclass


# A plain dataclass rather than pydantic-settings: that package only exists for Pydantic 2,
# and there are few settings.
@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///./{{bp.snakeName}}.db"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            database_url=os.environ.get("DATABASE_URL", cls.database_url),
        )
