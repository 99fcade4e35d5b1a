"""Resumes: versions of a candidate's file, their sections and their stored files."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.models import Resume, ResumeLayout, ResumeSection, User
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


def latest_resume(session: Session, candidate_id: uuid.UUID) -> Resume | None:
    """The candidate's newest version (:func:`candidate_resumes`'s first), or None."""
    return session.scalars(
        select(Resume)
        .where(Resume.candidate_id == candidate_id)
        .order_by(Resume.version_number.desc())
        .limit(1)
    ).one_or_none()


def stored_filenames(session: Session, candidate_id: uuid.UUID) -> list[str]:
    """The storage keys of every file kept for the candidate: the uploads and their page
    images."""
    rows = session.execute(
        select(Resume.stored_filename, ResumeLayout.page_images)
        .outerjoin(ResumeLayout, ResumeLayout.resume_id == Resume.id)
        .where(Resume.candidate_id == candidate_id)
    ).all()
    keys: list[str] = []
    for stored_filename, page_images in rows:
        keys.append(stored_filename)
        keys.extend(key for key in page_images or [] if key)
    return keys


def next_resume_version(session: Session, candidate_id: uuid.UUID) -> int:
    current = session.scalar(
        select(func.max(Resume.version_number)).where(Resume.candidate_id == candidate_id)
    )
    return (current or 0) + 1


def resume_by_hash(session: Session, file_hash: str) -> Resume | None:
    return session.scalars(select(Resume).where(Resume.file_hash == file_hash)).one_or_none()


@dataclass(frozen=True)
class SectionSpan:
    """A resume section's identity and span, without its content: what the review report
    lists and what each agent reads (``pipelines.review.agent_inputs``)."""

    id: uuid.UUID
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int

    @classmethod
    def of(cls, section: ResumeSection) -> SectionSpan:
        return cls(
            section.id, section.section_type, section.title, section.start_offset,
            section.end_offset,
        )  # fmt: skip


def resume_sections(session: Session, resume_id: uuid.UUID) -> list[ResumeSection]:
    return list(
        session.scalars(
            select(ResumeSection)
            .where(ResumeSection.resume_id == resume_id)
            .order_by(ResumeSection.sequence_order)
        )
    )


def resume_layout(session: Session, resume_id: uuid.UUID) -> ResumeLayout | None:
    return session.get(ResumeLayout, resume_id)


def hidden_text_of(session: Session, resume_id: uuid.UUID) -> list[dict[str, Any]]:
    """What extraction left out of the resume's text as invisible (empty when nothing)."""
    hidden = session.scalar(
        select(ResumeLayout.hidden_text).where(ResumeLayout.resume_id == resume_id)
    )
    return list(hidden or [])
