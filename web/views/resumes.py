"""Uploads from the workspace, and the files a review page shows.

- A new resume version on a candidate's page (``POST /candidates/<id>/resumes``): the
  script sends it with ``fetch``/XHR (JSON answer, per-file progress); without a script
  the form posts and the browser follows to the review.
- Many files dropped on the candidates page (``POST /ui/uploads``, one request per file):
  each becomes a new candidate, named as the recruiter confirmed (proposed from the file
  name), assigned to the uploader, with its first resume version.
- The page images and the original file, through the same access rule as everything else.

A refused file answers with the API's reason (empty, too large, wrong type, duplicate),
and nothing of it is kept: the request's transaction rolls back.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from flask import redirect, request, send_file, url_for
from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response

from api.access import audit, client_ip
from api.db import get_session, on_rollback
from api.errors import status_for
from api.publishing import publish_after_commit
from api.state import state
from core.errors import Conflict, DomainError, DuplicateResume, InvalidRequest, NotFound
from core.filetypes import download_name
from database.models import Candidate, Resume
from database.queries import candidates, resumes
from pipelines import storage
from pipelines.flow import extraction_limits
from pipelines.intake import register_upload, sniff_upload
from pipelines.naming import name_from_file
from web.auth import login_required, signed_in_user
from web.forms import candidate_values, validate_new_candidate
from web.views import blueprint
from web.views.candidates import EMAIL_TAKEN, candidate_page, visible_candidate

logger = logging.getLogger("web.resumes")

bp = blueprint("web_resumes", __name__)


def _file() -> FileStorage:
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise InvalidRequest("Choose a PDF or DOCX file to upload.", details={"field": "file"})
    return upload


def _read(upload: FileStorage) -> bytes:
    # One byte past the limit is enough for intake to see that the file is too large.
    return upload.stream.read(state().settings.max_upload_bytes + 1)


def _store(candidate: Candidate, upload: FileStorage, data: bytes) -> tuple[Resume, uuid.UUID]:
    """The resume version and its queued review (published once the request commits)."""
    settings = state().settings
    session = get_session()
    user = signed_in_user()
    try:
        resume, review_request = register_upload(
            session, settings, candidate=candidate, user=user, data=data,
            original_filename=upload.filename, ip_address=client_ip(),
            job_description=(request.form.get("job_description") or "").strip() or None,
        )  # fmt: skip
    except DuplicateResume as error:
        raise _duplicate(error) from error
    files = storage.storage_for(settings.storage_dir)
    key = resume.stored_filename
    on_rollback(lambda: files.delete(key))
    publish_after_commit(review_request.id)
    return resume, review_request.id


def _duplicate(error: DuplicateResume) -> Conflict:
    """Where the earlier upload is, only when the uploader may see it."""
    visible = resumes.get_visible_resume(get_session(), signed_in_user(), error.existing.id)
    if visible is None:
        return Conflict(error.message)
    return Conflict(
        error.message,
        details={
            "existing_resume_id": str(visible.id),
            "candidate_id": str(visible.candidate_id),
            "candidate_url": url_for("web_candidates.show", candidate_id=visible.candidate_id),
        },
    )


def _accepted(candidate: Candidate, resume: Resume, request_id: uuid.UUID) -> dict[str, Any]:
    return {
        "candidate_id": str(candidate.id),
        "candidate_name": f"{candidate.first_name} {candidate.last_name}",
        "candidate_url": url_for("web_candidates.show", candidate_id=candidate.id),
        "resume_id": str(resume.id),
        "version_number": resume.version_number,
        "review_request_id": str(request_id),
        "review_url": url_for("web_reviews.show", request_id=request_id),
        "progress_url": url_for("web_reviews.progress", request_id=request_id),
    }


@bp.post("/candidates/<uuid:candidate_id>/resumes")
@login_required
def upload_version(candidate_id: uuid.UUID) -> Response:
    """The form without a script: a new version, then its review page; a refused file
    shows the candidate page again with the reason (the job description kept)."""
    candidate = visible_candidate(candidate_id)
    try:
        upload = _file()
        _resume, request_id = _store(candidate, upload, _read(upload))
    except DomainError as error:
        return candidate_page(candidate, status_for(error), upload_error=error.message)
    return redirect(url_for("web_reviews.show", request_id=request_id), 303)


@bp.post("/ui/candidates/<uuid:candidate_id>/resumes")
@login_required
def upload_version_json(candidate_id: uuid.UUID) -> tuple[dict[str, Any], int]:
    candidate = visible_candidate(candidate_id)
    upload = _file()
    resume, request_id = _store(candidate, upload, _read(upload))
    return _accepted(candidate, resume, request_id), 202


@bp.post("/ui/uploads")
@login_required
def upload_new_candidate() -> tuple[dict[str, Any], int]:
    """One dropped file: a new candidate (assigned to the uploader) and its first version.
    The file is checked before the candidate is created, so a refused file leaves none."""
    upload = _file()
    data = _read(upload)
    sniff_upload(data, state().settings.max_upload_bytes)
    session = get_session()
    existing = resumes.resume_by_hash(session, storage.sha256_hex(data))
    if existing is not None:
        raise _duplicate(DuplicateResume(existing))
    body, errors = validate_new_candidate(
        _names_from_the_resume(candidate_values(request.form), data)
    )
    if body is not None and candidates.candidate_email_taken(session, body.email):
        errors = {"email": EMAIL_TAKEN}
    if body is None or errors:
        field, message = next(iter(errors.items()))
        raise InvalidRequest(
            f"{field.replace('_', ' ').capitalize()}: {message}", details={"fields": errors}
        )
    candidate = candidates.create_candidate(session, signed_in_user(), **body.model_dump())
    audit("candidate.create", entity_type="candidate", entity_id=candidate.id,
          details={"via": "bulk_upload"})  # fmt: skip
    resume, request_id = _store(candidate, upload, data)
    return _accepted(candidate, resume, request_id), 202


def _names_from_the_resume(values: dict[str, str], data: bytes) -> dict[str, str]:
    """The names the page proposed from the file name, unless the recruiter edited them,
    give way to the name line at the top of the resume when there is one."""
    proposed = (request.form.get("proposed_first_name"), request.form.get("proposed_last_name"))
    if proposed != (values["first_name"], values["last_name"]):
        return values
    found = name_from_file(data, extraction_limits(state().settings))
    if found is None:
        return values
    return {**values, "first_name": found.first_name, "last_name": found.last_name}


def _visible_resume(resume_id: uuid.UUID) -> Resume:
    resume = resumes.get_visible_resume(get_session(), signed_in_user(), resume_id)
    if resume is None:
        raise NotFound()
    return resume


@bp.get("/resumes/<uuid:resume_id>/pages/<int:number>")
@login_required
def page_image(resume_id: uuid.UUID, number: int) -> Response:
    """Page ``number`` (from 1) of the resume as rendered at extraction."""
    resume = _visible_resume(resume_id)
    layout = resumes.resume_layout(get_session(), resume.id)
    keys = (layout.page_images if layout else None) or []
    if not 1 <= number <= len(keys) or not keys[number - 1]:
        raise NotFound()
    try:
        # Read whole (a page image is capped at PAGE_IMAGE_MAX_BYTES): sniffing the head of
        # an open file and seeking back left the OS file offset past the head, and a server
        # that sends files by descriptor (gunicorn's sendfile) served the image from there.
        image = storage.storage_for(state().settings.storage_dir).read(keys[number - 1])
    except (FileNotFoundError, ValueError):
        logger.error("page image %d of resume %s is missing", number, resume.id)
        raise NotFound() from None
    response = Response(image, mimetype=_image_type(image[:16]))
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


def _image_type(head: bytes) -> str:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if head[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    return "application/octet-stream"


@bp.get("/resumes/<uuid:resume_id>/file")
@login_required
def original_file(resume_id: uuid.UUID) -> Response:
    resume = _visible_resume(resume_id)
    try:
        stream = storage.storage_for(state().settings.storage_dir).open(resume.stored_filename)
    except FileNotFoundError:
        raise NotFound() from None
    response = send_file(
        stream, mimetype=resume.mime_type, as_attachment=True,
        download_name=download_name(resume.original_filename, resume.mime_type), max_age=0,
    )  # fmt: skip
    response.headers["Cache-Control"] = "private, no-store"
    return response
