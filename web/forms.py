"""Form fields in and out: the candidate form validated by the API's own schemas (so a
page and the API accept exactly the same things), and messages per field for the page."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from api.schemas import CandidateCreate, CandidateUpdate
from database.queries.candidates import PROFILE_FIELDS

FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "phone": "Phone",
    "current_company": "Current company",
    "current_position": "Current position",
    "years_experience": "Years of experience",
    "status": "Status",
}


def _messages(error: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in error.errors(include_url=False, include_input=False, include_context=False):
        field = str(item["loc"][0]) if item["loc"] else "form"
        message = str(item["msg"]).removeprefix("Value error, ")
        out.setdefault(field, message[0].upper() + message[1:] if message else "Invalid.")
    return out


def candidate_values(form: Any, *, with_status: bool = False) -> dict[str, str]:
    """What was typed, as typed (to show again when something is wrong)."""
    names = (*PROFILE_FIELDS, "status") if with_status else PROFILE_FIELDS
    return {name: str(form.get(name, ""))[:1000] for name in names}


def _payload(values: dict[str, str]) -> dict[str, Any]:
    # An empty optional field means "none"; the two names are required whatever they hold.
    return {
        name: (value.strip() or None) if name not in ("first_name", "last_name") else value
        for name, value in values.items()
    }


def validate(model: type[BaseModel], values: dict[str, str]) -> tuple[Any, dict[str, str]]:
    """The validated model, or None and a message per field."""
    try:
        return model.model_validate(_payload(values)), {}
    except ValidationError as error:
        return None, _messages(error)


def validate_new_candidate(values: dict[str, str]) -> tuple[CandidateCreate | None, dict[str, str]]:
    return validate(CandidateCreate, values)  # type: ignore[return-value]


def validate_candidate_changes(
    values: dict[str, str],
) -> tuple[CandidateUpdate | None, dict[str, str]]:
    return validate(CandidateUpdate, values)  # type: ignore[return-value]
