"""Resume uploads, versions, their sections and the original file."""

from __future__ import annotations

import logging

from flask import Response, send_file
from flask_openapi3 import APIBlueprint, Tag
from werkzeug.datastructures import FileStorage

from api.access import (
    BEARER_SECURITY,
    authenticate,
    client_ip,
    guard,
    visible_candidate_or_404,
    visible_resume_or_404,
)
from api.db import get_session
from api.errors import ErrorResponse
from api.publishing import REQUEST_TRANSACTION
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
from core.errors import DuplicateResume, InvalidRequest, NotFound
from core.filetypes import download_name
from database.queries import resumes
from pipelines import storage
from pipelines.intake import accept_resume, check_upload, visible_duplicate

logger = logging.getLogger("api.resumes")

bp = APIBlueprint(
    "resumes",
    __name__,
    abp_tags=[Tag(name="resumes")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(guard())


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
    # A file over the limit, empty or of another type: intake raises UploadRejected.
    settings = state().settings
    candidate = visible_candidate_or_404(path.candidate_id)
    user = authenticate()
    if not isinstance(form.file, FileStorage):
        # A text field named "file" passes the form's schema; it is not an upload.
        raise InvalidRequest("Send the resume as a file in the multipart field 'file'.")
    # One byte past the limit is enough for intake to see that the file is too large.
    data = form.file.stream.read(settings.max_upload_bytes + 1)
    session = get_session()
    try:
        upload = check_upload(session, settings, data, form.file.filename)
    except DuplicateResume as error:
        raise visible_duplicate(session, user, error) from error
    resume, review_request = accept_resume(
        session, settings, REQUEST_TRANSACTION, candidate=candidate, user=user,
        upload=upload, ip_address=client_ip(), job_description=form.job_description,
    )  # fmt: skip
    return {
        "resume": dump(ResumeOut, resume),
        "review_request": dump(ReviewRequestOut, review_request),
    }, 202


@bp.get("/candidates/<uuid:candidate_id>/resumes", responses={200: ResumeList})
def list_resumes(path: CandidatePath) -> dict[str, object]:
    """Every version, newest first."""
    candidate = visible_candidate_or_404(path.candidate_id)
    rows = resumes.candidate_resumes(get_session(), candidate.id)
    return {"items": [dump(ResumeOut, row) for row in rows]}


@bp.get("/resumes/<uuid:resume_id>", responses={200: ResumeDetail})
def get_resume(path: ResumePath) -> dict[str, object]:
    """Status, progress, error message and detected sections (offsets into the text)."""
    return dump(ResumeDetail, visible_resume_or_404(path.resume_id))


@bp.get(
    "/resumes/<uuid:resume_id>/file",
    responses={200: None},
)
def get_resume_file(path: ResumePath) -> Response:
    """The original file, as an attachment, with its sniffed MIME type."""
    resume = visible_resume_or_404(path.resume_id)
    try:
        stream = storage.storage_for(state().settings).open(resume.stored_filename)
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
