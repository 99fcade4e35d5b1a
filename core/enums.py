"""The product's fixed vocabularies, as enums: the labels the spec fixes (the database
enforces them with CHECK constraints and the PostgreSQL enum ``user_roles``) and the agent
types. Every other module imports them from here."""

from __future__ import annotations

from enum import StrEnum


class UserRole(StrEnum):
    JUNIOR_RECRUITER = "junior_recruiter"
    SENIOR_RECRUITER = "senior_recruiter"
    ADMIN = "admin"


class CandidateStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class AssignmentType(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


class ResumeStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


class SectionType(StrEnum):
    CONTACT = "contact"
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    SKILLS = "skills"
    PROJECTS = "projects"
    CERTIFICATIONS = "certifications"
    AWARDS = "awards"
    PUBLICATIONS = "publications"
    LANGUAGES = "languages"
    VOLUNTEER = "volunteer"
    INTERESTS = "interests"
    REFERENCES = "references"
    OTHER = "other"


class KnownAnswerResult(StrEnum):
    """(v1.2) What the known-answer check found: the model repeated the key (``passed``),
    did not (``steered``: the resume's text steers it), or could not be asked (``unsure``)."""

    PASSED = "passed"
    STEERED = "steered"
    UNSURE = "unsure"


class ReviewTrigger(StrEnum):
    MANUAL = "manual"
    UPLOAD = "upload"
    BATCH_REREVIEW = "batch_rereview"


class ReviewStatus(StrEnum):
    """State machine: pending → queued → processing → completed | failed; any open state
    → cancelled. ``failed`` and ``completed`` are terminal."""

    PENDING = "pending"
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


OPEN_REVIEW_STATUSES = (ReviewStatus.PENDING, ReviewStatus.QUEUED, ReviewStatus.PROCESSING)


class ReviewStage(StrEnum):
    """(v1.2) Where a request stands inside its chain; the terminal stages repeat the
    status. ``reviewing`` comes with ``agents_done`` of ``agents_total``."""

    PENDING = "pending"
    QUEUED = "queued"
    EXTRACTING = "extracting"
    SPLITTING = "splitting"
    REVIEWING = "reviewing"
    FINALIZING = "finalizing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ReviewMode(StrEnum):
    """(v1.2) ``full`` asks every agent again; ``changed`` carries an agent's answer from
    the resume's latest review when nothing it depends on changed (same text, prompt
    version and job description) and re-runs the rest (failed or changed agents)."""

    FULL = "full"
    CHANGED = "changed"


class AgentOutcome(StrEnum):
    """(v1.2) How one agent of a request ended."""

    COMPLETED = "completed"  # answered for this request
    FAILED = "failed"  # gave up; the reason is on the outcome
    CARRIED = "carried"  # the answer of an earlier review, still valid (which, and why)
    EXCLUDED = "excluded"  # answered, but left out of the overall score (and why)


class TriageStatus(StrEnum):
    """(v1.2) A recruiter's decision about one finding."""

    DISMISSED = "dismissed"
    ADDRESSED = "addressed"


class Severity(StrEnum):
    INFO = "info"
    SUGGESTION = "suggestion"
    WARNING = "warning"
    CRITICAL = "critical"


class UsageStatus(StrEnum):
    SUCCESS = "success"
    ERROR = "error"


class AgentType(StrEnum):
    """The agents, in the order a review runs and reports them. ``requirements`` judges a
    resume against a job's requirements: it runs only in a job's evaluations, never in an
    ordinary review."""

    STRUCTURE = "structure"
    CONTENT = "content"
    ATS = "ats"
    LANGUAGE = "language"
    JOB_MATCH = "job_match"
    REQUIREMENTS = "requirements"


AGENT_TYPES: tuple[str, ...] = tuple(agent.value for agent in AgentType)
# What an ordinary review may ask for (the API's agent_types, defaults, re-review batches).
REVIEW_AGENT_TYPES: tuple[str, ...] = tuple(
    agent for agent in AGENT_TYPES if agent != AgentType.REQUIREMENTS
)
# Agents whose score is not about the resume's quality: left out of the overall score.
NOT_QUALITY_AGENT_TYPES: frozenset[str] = frozenset(
    {AgentType.JOB_MATCH.value, AgentType.REQUIREMENTS.value}
)


class JobStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RequirementKind(StrEnum):
    MUST = "must"
    NICE = "nice"


class RequirementCategory(StrEnum):
    SKILL = "skill"
    YEARS_EXPERIENCE = "years_experience"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    LANGUAGE = "language"
    LOCATION = "location"  # or work authorisation
    DOMAIN = "domain"
    OTHER = "other"


class ApplicationStage(StrEnum):
    NEW = "new"
    SCREENING = "screening"
    SHORTLISTED = "shortlisted"
    REJECTED = "rejected"
    HIRED = "hired"


class Verdict(StrEnum):
    """How a resume stands against one requirement."""

    MET = "met"
    PARTIAL = "partial"
    MISSING = "missing"
    UNCLEAR = "unclear"


SEVERITIES: tuple[str, ...] = tuple(severity.value for severity in Severity)
