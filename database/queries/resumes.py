"""Resumes: versions of a candidate's file, their sections and their stored files."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.models import Resume, ResumeSection, User
from database.queries.access import restrict_to_visible


def get_visible_resume(session: Session, user: User, resume_id: uuid.UUID) -> Resume | None:
    statement = restrict_to_visible(
        select(Resume).where(Resume.id == resume_id), user, Resume.candidate_id
    )
    return session.scalars(statement).one_or_none()


def candidate_resumes(session: Session, candidate_id: uuid.UUID) -> list[Resume]:
    """Every version of the candidate's resume, newest first."""
    return list(
        session.scalars(
            select(Resume)
            .where(Resume.candidate_id == candidate_id)
            .order_by(Resume.version_number.desc())
        )
    )


def stored_filenames(session: Session, candidate_id: uuid.UUID) -> list[str]:
    """The storage keys of every file uploaded for the candidate."""
    return list(
        session.scalars(select(Resume.stored_filename).where(Resume.candidate_id == candidate_id))
    )


def next_resume_version(session: Session, candidate_id: uuid.UUID) -> int:
    current = session.scalar(
        select(func.max(Resume.version_number)).where(Resume.candidate_id == candidate_id)
    )
    return (current or 0) + 1


def resume_by_hash(session: Session, file_hash: str) -> Resume | None:
    return session.scalars(select(Resume).where(Resume.file_hash == file_hash)).one_or_none()


def resume_sections(session: Session, resume_id: uuid.UUID) -> list[ResumeSection]:
    return list(
        session.scalars(
            select(ResumeSection)
            .where(ResumeSection.resume_id == resume_id)
            .order_by(ResumeSection.sequence_order)
        )
    )
