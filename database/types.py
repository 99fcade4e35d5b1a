"""Column types shared by every model.

UTC timestamps: SQLite stores no offset, so values are normalised to aware UTC on the way
in and re-labelled as UTC on the way out; PostgreSQL gets ``TIMESTAMP WITH TIME ZONE``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from sqlalchemy import DateTime, Dialect, ForeignKey, func
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator, Uuid


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


UUIDPK = Annotated[uuid.UUID, mapped_column(Uuid, primary_key=True, default=uuid.uuid4)]
CreatedAt = Annotated[
    datetime, mapped_column(UTCDateTime, nullable=False, default=utcnow, server_default=func.now())
]
UpdatedAt = Annotated[
    datetime,
    mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow, server_default=func.now()
    ),
]


def fk(target: str, *, ondelete: str | None = None, nullable: bool = False, **kw: Any) -> Any:
    """A foreign key column, always indexed (the spec wants every foreign key indexed)."""
    return mapped_column(
        Uuid, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True, **kw
    )


def check_in(column: str, enum: type[StrEnum]) -> str:
    labels = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({labels})"
