"""Words and small formats the pages share: severities (an icon and a word, never colour
alone), review stages, scores, dates, people."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from core.enums import ReviewStage, Severity

SEVERITY_ORDER = (Severity.CRITICAL, Severity.WARNING, Severity.SUGGESTION, Severity.INFO)
SEVERITY_LABELS = {
    Severity.CRITICAL: "Critical",
    Severity.WARNING: "Warning",
    Severity.SUGGESTION: "Suggestion",
    Severity.INFO: "Note",
}
# Shapes that read without colour (and are announced as the word next to them).
SEVERITY_ICONS = {
    Severity.CRITICAL: "\u2716",  # heavy multiplication x
    Severity.WARNING: "\u25b2",  # triangle
    Severity.SUGGESTION: "\u270e",  # pencil
    Severity.INFO: "\u2139",  # information source
}
AGENT_LABELS = {
    "structure": "Structure",
    "content": "Content",
    "ats": "ATS readability",
    "language": "Language",
    "job_match": "Job match",
}
OUTCOME_LABELS = {
    "completed": "Completed",
    "carried": "Carried over",
    "failed": "Failed",
    "excluded": "Not scored",
}
ALERT_CATEGORIES = ("hidden_text", "prompt_injection")
ROLE_LABELS = {
    "junior_recruiter": "Junior recruiter",
    "senior_recruiter": "Senior recruiter",
    "admin": "Admin",
}


def severity_rank(severity: str) -> int:
    try:
        return SEVERITY_ORDER.index(Severity(severity))
    except ValueError:
        return len(SEVERITY_ORDER)


def severity_label(severity: str) -> str:
    try:
        return SEVERITY_LABELS[Severity(severity)]
    except ValueError:
        return severity.title()


def severity_icon(severity: str) -> str:
    try:
        return SEVERITY_ICONS[Severity(severity)]
    except ValueError:
        return "\u2022"


def agent_label(agent_type: str) -> str:
    return AGENT_LABELS.get(agent_type, agent_type.replace("_", " ").title())


def stage_label(stage: str | None, status: str, done: int = 0, total: int = 0) -> str:
    """What a person reads about where a review stands."""
    current = stage or status
    labels = {
        ReviewStage.PENDING: "Waiting to start",
        ReviewStage.QUEUED: "Queued",
        ReviewStage.EXTRACTING: "Reading the file",
        ReviewStage.SPLITTING: "Finding the sections",
        ReviewStage.REVIEWING: f"Reviewing: {done} of {total} agents done",
        ReviewStage.FINALIZING: "Finalizing",
        ReviewStage.COMPLETED: "Completed",
        ReviewStage.FAILED: "Failed",
        ReviewStage.CANCELLED: "Cancelled",
    }
    try:
        return labels[ReviewStage(current)]
    except ValueError:
        return current.title()


def signed_delta(value: int | None) -> str:
    if value is None:
        return ""
    return f"{value:+d}"


def short_date(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def person(user: Any) -> str:
    """A user as a person reads them: the name, else the email."""
    if user is None:
        return "someone"
    name = " ".join(p for p in (user.first_name, user.last_name) if p)
    return name or user.email


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def file_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


TEMPLATE_HELPERS = {
    "severity_label": severity_label,
    "severity_icon": severity_icon,
    "agent_label": agent_label,
    "outcome_label": lambda outcome: OUTCOME_LABELS.get(outcome, outcome),
    "stage_label": stage_label,
    "signed_delta": signed_delta,
    "short_date": short_date,
    "person": person,
    "role_label": role_label,
    "file_size": file_size,
}
