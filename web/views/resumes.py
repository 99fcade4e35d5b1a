"""Uploads from the workspace, and the files a review page shows.

- A new resume version on a candidate's page (``POST /candidates/<id>/resumes``): the
  script sends it with ``fetch``/XHR (JSON answer, per-file progress); without a script
  the form posts and the browser follows to the review.
- Many files dropped on the candidates page (``POST /ui/uploads``, one request per file,
  the file alone is enough): each becomes a new candidate, assigned to the uploader, named
  after the file until the worker has read the resume and filled in its name and contact
  details, with its first resume version. Nothing is parsed in the request.
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

from api.access import client_ip
from api.db import get_session
from api.errors import status_for
from api.publishing import REQUEST_TRANSACTION
from api.state import state
from core.errors import DomainError, DuplicateResume, InvalidRequest, NotFound
from core.filetypes import download_name
from database.models import Candidate, Resume
from database.queries import resumes
from pipelines import storage
from pipelines.intake import (
    Upload,
    accept_dropped_file,
    accept_resume,
    check_upload,
    visible_duplicate,
)
from web.auth import login_required, signed_in_user
from web.views import blueprint
from web.views.candidates import candidate_page, visible_candidate

logger = logging.getLogger("web.resumes")

bp = blueprint("web_resumes", __name__)


def _file() -> FileStorage:
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise InvalidRequest("Choose a PDF or DOCX file to upload.", details={"field": "file"})
    return upload


def _checked(upload: FileStorage) -> Upload:
    """The file sniffed, sized and hashed (never parsed); a file uploaded before is a 409
    that says where it is, when the uploader may see it."""
    session = get_session()
    data = upload.stream.read(state().settings.max_upload_bytes + 1)  # one byte past: too big
    try:
        return check_upload(session, state().settings, data, upload.filename)
    except DuplicateResume as error:
        conflict = visible_duplicate(session, signed_in_user(), error)
        if "candidate_id" in conflict.details:
            candidate_url = url_for(
                "web_candidates.show", candidate_id=conflict.details["candidate_id"]
            )
            conflict.details["candidate_url"] = candidate_url
        raise conflict from error


def _job_description() -> str | None:
    return (request.form.get("job_description") or "").strip() or None


def _store(candidate: Candidate, upload: FileStorage) -> tuple[Resume, uuid.UUID]:
    """The resume version and its queued review (published once the request commits)."""
    resume, review_request = accept_resume(
        get_session(), state().settings, REQUEST_TRANSACTION, candidate=candidate,
        user=signed_in_user(), upload=_checked(upload), ip_address=client_ip(),
        job_description=_job_description(),
    )  # fmt: skip
    return resume, review_request.id


def _accepted(candidate: Candidate, resume: Resume, request_id: uuid.UUID) -> dict[str, Any]:
    return {
        "candidate_id": str(candidate.id),
        "candidate_name": f"{candidate.first_name} {candidate.last_name}".strip(),
        "candidate_awaiting_resume": candidate.awaiting_resume,
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
        _resume, request_id = _store(candidate, _file())
    except DomainError as error:
        return candidate_page(candidate, status_for(error), upload_error=error.message)
    return redirect(url_for("web_reviews.show", request_id=request_id), 303)


@bp.post("/ui/candidates/<uuid:candidate_id>/resumes")
@login_required
def upload_version_json(candidate_id: uuid.UUID) -> tuple[dict[str, Any], int]:
    candidate = visible_candidate(candidate_id)
    resume, request_id = _store(candidate, _file())
    return _accepted(candidate, resume, request_id), 202


@bp.post("/ui/uploads")
@login_required
def upload_new_candidate() -> tuple[dict[str, Any], int]:
    """One dropped file, whatever its name: a new candidate (assigned to the uploader),
    named after the file until the worker has read the resume, and its first version.
    Nothing is parsed here; a refused file leaves no candidate (the transaction rolls
    back)."""
    candidate, resume, review_request = accept_dropped_file(
        get_session(), state().settings, REQUEST_TRANSACTION, user=signed_in_user(),
        upload=_checked(_file()), ip_address=client_ip(), job_description=_job_description(),
    )  # fmt: skip
    return _accepted(candidate, resume, review_request.id), 202


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
        image = storage.storage_for(state().settings).read(keys[number - 1])
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
        stream = storage.storage_for(state().settings).open(resume.stored_filename)
    except FileNotFoundError:
        raise NotFound() from None
    response = send_file(
        stream, mimetype=resume.mime_type, as_attachment=True,
        download_name=download_name(resume.original_filename, resume.mime_type), max_age=0,
    )  # fmt: skip
    response.headers["Cache-Control"] = "private, no-store"
    return response
