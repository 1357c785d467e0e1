// Reference solution of python/due-dates: an optional due_date (a date, validated not in the past on create and
// update) and GET /tasks?overdue=true|false.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/models.py`,
    replace: 'from sqlalchemy import Boolean, Column, DateTime,',
    with: 'from sqlalchemy import Boolean, Column, Date, DateTime,',
  },
  {
    file: `${snakeName}/models.py`,
    replace: '    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)\n',
    with: '    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)\n    due_date = Column(Date, nullable=True)\n',
  },
  {
    file: `${snakeName}/_compat.py`,
    replace: '    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:\n        return model.dict(**kwargs)\n',
    with: `    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:
        return model.dict(**kwargs)

    def field_validator(*fields: str) -> Any:
        return pydantic.validator(*fields, allow_reuse=True)
`,
  },
  {
    file: `${snakeName}/_compat.py`,
    replace: '    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:\n        return model.model_dump(**kwargs)\n',
    with: `    def model_dump(model: BaseModel, **kwargs: Any) -> dict[str, Any]:
        return model.model_dump(**kwargs)

    field_validator = pydantic.field_validator  # type: ignore[assignment]
`,
  },
  { file: `${snakeName}/schemas.py`, replace: 'from datetime import datetime\n', with: 'from datetime import date, datetime\n' },
  {
    file: `${snakeName}/schemas.py`,
    replace: 'from ._compat import ORMModel\n',
    with: `from ._compat import ORMModel, field_validator


def not_in_the_past(value: date | None) -> date | None:
    if value is not None and value < date.today():
        raise ValueError("must be today or later")
    return value
`,
  },
  {
    file: `${snakeName}/schemas.py`,
    replace: '    description: str = Field(default="", max_length=2000)\n',
    with: `    description: str = Field(default="", max_length=2000)
    due_date: date | None = None

    @field_validator("due_date")
    @classmethod
    def due_date_not_in_the_past(cls, value: date | None) -> date | None:
        return not_in_the_past(value)
`,
  },
  {
    file: `${snakeName}/schemas.py`,
    replace: '    done: bool | None = None\n',
    with: `    done: bool | None = None
    due_date: date | None = None

    @field_validator("due_date")
    @classmethod
    def due_date_not_in_the_past(cls, value: date | None) -> date | None:
        return not_in_the_past(value)
`,
  },
  { file: `${snakeName}/schemas.py`, replace: '    done: bool\n', with: '    done: bool\n    due_date: date | None = None\n' },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: 'from fastapi import APIRouter,',
    with: 'from datetime import date\n\nfrom fastapi import APIRouter,',
  },
  { file: `${snakeName}/routers/tasks.py`, replace: 'from sqlalchemy import select\n', with: 'from sqlalchemy import and_, or_, select\n' },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '    done: bool | None = None,\n    limit',
    with: '    done: bool | None = None,\n    overdue: bool | None = None,\n    limit',
  },
  {
    file: `${snakeName}/routers/tasks.py`,
    replace: '        query = query.where(Task.done == done)\n',
    with: `        query = query.where(Task.done == done)
    if overdue is not None:
        today = date.today()
        late = and_(Task.done.is_(False), Task.due_date < today)
        on_time = or_(Task.done.is_(True), Task.due_date.is_(None), Task.due_date >= today)
        query = query.where(late if overdue else on_time)
`,
  },
];
