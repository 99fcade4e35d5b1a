"""Resume uploads, versions, their sections and the original file."""

from __future__ import annotations

import logging
import re
import uuid

from flask import Response, send_file
from flask_openapi3 import APIBlueprint, Tag
from sqlalchemy import select

from api.access import (
    BEARER_SECURITY,
    authenticate,
    client_ip,
    require_auth,
    visible_candidate_or_404,
    visible_resume_or_404,
)
from api.db import after_commit, get_session, on_rollback
from api.errors import ApiError, ConflictError, ErrorResponse, NotFound, Unprocessable
from api.schemas import (
    CandidatePath,
    ResumeDetail,
    ResumeList,
    ResumeOut,
    ResumePath,
    ReviewRequestOut,
    UploadAccepted,
    UploadForm,
)
from api.state import state
from api.views.common import COMMON_ERRORS, dump
from database import repositories as repo
from database.models import Resume
from pipelines import storage

logger = logging.getLogger("api.resumes")

bp = APIBlueprint(
    "resumes",
    __name__,
    abp_tags=[Tag(name="resumes")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(require_auth)


def publish_after_commit(request_id: uuid.UUID) -> None:
    """Publish the review once its row is committed. If publishing fails the request stays
    ``pending`` and the recovery sweep picks it up; the client still gets its 202."""
    publish = state().publish_review

    def _publish() -> None:
        try:
            published = publish(request_id)
        except Exception:
            logger.exception("publishing review request %s failed", request_id)
            return
        if not published:
            logger.warning("review request %s left pending for the recovery sweep", request_id)

    after_commit(_publish)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        f"The file is larger than {limit // (1024 * 1024)} MB.",
        status=413,
        code="file_too_large",
        details={"max_bytes": limit},
    )


@bp.post(
    "/candidates/<uuid:candidate_id>/resumes",
    responses={
        202: UploadAccepted,
        400: ErrorResponse,
        409: ErrorResponse,
        413: ErrorResponse,
        415: ErrorResponse,
        422: ErrorResponse,
    },
)
def upload_resume(path: CandidatePath, form: UploadForm) -> tuple[dict[str, object], int]:
    """Upload a PDF or DOCX (multipart field ``file``) as the candidate's next resume version;
    a review is queued for it. The type is sniffed from the content, never the name.

    Bodies over ``MAX_CONTENT_LENGTH`` are refused by Werkzeug before they are read."""
    from pipelines.intake import (
        DuplicateResume,
        InvalidRequest,
        UploadRejected,
        register_upload,
    )

    settings = state().settings
    limit = settings.max_upload_bytes
    candidate = visible_candidate_or_404(path.candidate_id)
    user = authenticate()
    data = form.file.stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(limit)
    session = get_session()
    try:
        resume, review_request = register_upload(
            session,
            settings,
            candidate=candidate,
            user=user,
            data=data,
            original_filename=form.file.filename,
            ip_address=client_ip(),
            job_description=form.job_description,
        )
    except UploadRejected as error:
        raise ApiError(error.message, status=error.status, code=error.code) from error
    except InvalidRequest as error:
        raise Unprocessable(error.message) from error
    except DuplicateResume as error:
        visible = repo.get_visible_resume(session, user, error.existing.id)
        if visible is None:
            raise ConflictError("This file has already been uploaded.") from error
        raise ConflictError(
            "This file has already been uploaded.",
            details={
                "existing_resume_id": str(visible.id),
                "candidate_id": str(visible.candidate_id),
            },
        ) from error
    stored_key = resume.stored_filename
    files = storage.storage_for(settings.storage_dir)
    # register_upload wrote the file last; if the transaction does not commit, it goes too.
    on_rollback(lambda: files.delete(stored_key))
    publish_after_commit(review_request.id)
    return {
        "resume": dump(ResumeOut, resume),
        "review_request": dump(ReviewRequestOut, review_request),
    }, 202


@bp.get("/candidates/<uuid:candidate_id>/resumes", responses={200: ResumeList})
def list_resumes(path: CandidatePath) -> dict[str, object]:
    """Every version, newest first."""
    candidate = visible_candidate_or_404(path.candidate_id)
    rows = get_session().scalars(
        select(Resume)
        .where(Resume.candidate_id == candidate.id)
        .order_by(Resume.version_number.desc())
    )
    return {"items": [dump(ResumeOut, row) for row in rows]}


@bp.get("/resumes/<uuid:resume_id>", responses={200: ResumeDetail})
def get_resume(path: ResumePath) -> dict[str, object]:
    """Status, progress, error message and detected sections (offsets into the text)."""
    return dump(ResumeDetail, visible_resume_or_404(path.resume_id))


_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._() -]+")
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def download_name(original: str, mime_type: str) -> str:
    """A header-safe name: no path, no quotes or control characters, the sniffed extension."""
    base = original.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = _UNSAFE_FILENAME.sub("_", stem).strip(" ._")[:100] or "resume"
    return stem + _EXTENSIONS.get(mime_type, ".bin")


@bp.get(
    "/resumes/<uuid:resume_id>/file",
    responses={200: None},
)
def get_resume_file(path: ResumePath) -> Response:
    """The original file, as an attachment, with its sniffed MIME type."""
    resume = visible_resume_or_404(path.resume_id)
    try:
        stream = storage.storage_for(state().settings.storage_dir).open(resume.stored_filename)
    except FileNotFoundError:
        logger.error("stored file missing for resume %s", resume.id)
        raise NotFound() from None
    response = send_file(
        stream,
        mimetype=resume.mime_type,
        as_attachment=True,
        download_name=download_name(resume.original_filename, resume.mime_type),
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response
