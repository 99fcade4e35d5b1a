"""A candidate filled in from its resume, never over what a recruiter typed.

After extraction (``flow.extract``) the resume's contact details (``contacts.read_contacts``)
are kept on the resume (``resumes.extracted_contacts``) and copied onto its candidate, field
by field, when the field is empty, came from a resume before (``profile_from_resume``), or
is the provisional name a dropped file got from its file name (``awaiting_resume``). A
field a recruiter types or edits leaves ``profile_from_resume`` (``typed_fields``), so no
later version overwrites it. ``candidates.email`` is unique: the resume's email is stored
on the candidate only when no other candidate has it, and kept as ``resume_email`` either
way, which (with ``phone_key``) is what "possibly the same person" compares.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from database.models import Candidate, Resume
from database.queries.activity import log_activity
from database.queries.candidates import PROFILE_FIELDS, candidate_email_taken, phone_key
from pipelines.contacts import Contacts

NAME_FIELDS = ("first_name", "last_name")
log = logging.getLogger(__name__)
_MAX_CHARS = {"first_name": 100, "last_name": 100, "email": 255, "phone": 50}


def fill_from_resume(session: Session, resume: Resume, contacts: Contacts) -> list[str]:
    """Keep the contacts on the resume and fill its candidate; the fields changed."""
    resume.extracted_contacts = contacts.to_json()
    candidate = session.get(Candidate, resume.candidate_id)
    if candidate is None or not _is_latest(session, resume):
        return []
    from_resume = set(candidate.profile_from_resume or [])
    changed: list[str] = []
    email: str | None = None
    for field in PROFILE_FIELDS:
        value = _fit(field, getattr(contacts, field))
        if value is None or not _may_fill(candidate, contacts, field, from_resume):
            continue
        if field == "email":
            email = value  # set last, on its own: another candidate may hold it
            continue
        from_resume.add(field)
        if getattr(candidate, field) != value:
            setattr(candidate, field, value)
            changed.append(field)
    candidate.profile_from_resume = sorted(from_resume) or None
    candidate.awaiting_resume = False
    candidate.resume_email = contacts.email
    candidate.phone_key = phone_key(candidate.phone or contacts.phone)
    session.flush()
    if email is not None and _email_stored(session, candidate, email):
        changed.append("email")
    log_activity(
        session,
        "candidate.fill_from_resume",
        entity_type="candidate",
        entity_id=candidate.id,
        details={"resume_id": str(resume.id), "fields": changed},
    )
    return changed


def settle_unread(session: Session, resume: Resume) -> None:
    """The file could not be read: its candidate keeps the file's name, no longer 'being
    read' (the resume carries the reason)."""
    candidate = session.get(Candidate, resume.candidate_id)
    if candidate is not None and candidate.awaiting_resume:
        candidate.awaiting_resume = False


def _may_fill(candidate: Candidate, contacts: Contacts, field: str, from_resume: set[str]) -> bool:
    if field in NAME_FIELDS:
        # Both names or neither: half a name is worse than the file's.
        if contacts.first_name is None or contacts.last_name is None:
            return False
        if candidate.awaiting_resume:
            return True
    current = getattr(candidate, field)
    return field in from_resume or current is None or current == ""


def _fit(field: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        limit = _MAX_CHARS.get(field, 255)
        if not value or len(value) > limit:
            return None
    return value


def _is_latest(session: Session, resume: Resume) -> bool:
    newest = session.scalar(
        select(Resume.version_number)
        .where(Resume.candidate_id == resume.candidate_id)
        .order_by(Resume.version_number.desc())
        .limit(1)
    )
    return newest is None or resume.version_number >= newest


def _email_stored(session: Session, candidate: Candidate, email: str) -> bool:
    """Store the resume's email on the candidate unless another candidate has it, even one
    that a concurrent transaction is storing right now (the unique index decides, inside a
    savepoint, so losing the race costs nothing else). True when it changed."""
    if candidate.email == email:
        _mark_from_resume(candidate, "email")
        return False
    if candidate_email_taken(session, email, candidate.id):
        return False  # kept as resume_email, not stored twice
    try:
        with session.begin_nested():
            candidate.email = email
            session.flush()
    except IntegrityError:
        log.info("candidate %s: the resume's email was taken meanwhile", candidate.id)
        return False
    _mark_from_resume(candidate, "email")
    session.flush()
    return True


def _mark_from_resume(candidate: Candidate, field: str) -> None:
    candidate.profile_from_resume = sorted({*(candidate.profile_from_resume or []), field})
