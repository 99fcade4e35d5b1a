"""The access rule, cell by cell: every role by every object endpoint.

A junior reaches a candidate (and everything under it) only while actively assigned; an
unassigned or formerly assigned junior gets a 404 whose body is identical to the 404 for an
id that does not exist. Seniors and admins see everything. Any leaking cell fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.api.conftest import API, World, bearer, make_pdf

ROLES = ["junior_assigned", "junior_unassigned", "junior_former", "senior", "admin"]
SEES = {"junior_assigned", "senior", "admin"}


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    # (world, object id or None for the real one) -> url
    url: Callable[[World, uuid.UUID | None], str]
    success: int
    body: Callable[[], dict[str, Any]] | None = None
    upload: bool = False


def _cand(world: World, other: uuid.UUID | None) -> uuid.UUID:
    return other or world.candidate.id


def _res(world: World, other: uuid.UUID | None) -> uuid.UUID:
    return other or world.resume.id


def _rr(world: World, other: uuid.UUID | None) -> uuid.UUID:
    return other or world.review_request.id


ENDPOINTS = [
    Endpoint("candidate get", "GET", lambda w, o: f"{API}/candidates/{_cand(w, o)}", 200),
    Endpoint(
        "candidate patch",
        "PATCH",
        lambda w, o: f"{API}/candidates/{_cand(w, o)}",
        200,
        body=lambda: {"phone": "+44 20 7946 0000"},
    ),
    Endpoint(
        "assignments list", "GET", lambda w, o: f"{API}/candidates/{_cand(w, o)}/assignments", 200
    ),
    Endpoint("resumes list", "GET", lambda w, o: f"{API}/candidates/{_cand(w, o)}/resumes", 200),
    Endpoint(
        "resume upload",
        "POST",
        lambda w, o: f"{API}/candidates/{_cand(w, o)}/resumes",
        202,
        upload=True,
    ),
    Endpoint("resume get", "GET", lambda w, o: f"{API}/resumes/{_res(w, o)}", 200),
    Endpoint("resume file", "GET", lambda w, o: f"{API}/resumes/{_res(w, o)}/file", 200),
    Endpoint(
        "review-requests list",
        "GET",
        lambda w, o: f"{API}/resumes/{_res(w, o)}/review-requests",
        200,
    ),
    Endpoint(
        "review-requests create",
        "POST",
        lambda w, o: f"{API}/resumes/{_res(w, o)}/review-requests",
        202,
        body=lambda: {"agent_types": ["structure", "content"]},
    ),
    Endpoint("review-request get", "GET", lambda w, o: f"{API}/review-requests/{_rr(w, o)}", 200),
]


def call(
    client: FlaskClient, endpoint: Endpoint, world: World, role: str, other: uuid.UUID | None
) -> TestResponse:
    headers = bearer(world.user(role))
    url = endpoint.url(world, other)
    if endpoint.upload:
        import io

        pdf = make_pdf(f"Resume v2 {uuid.uuid4()}")
        return client.post(
            url,
            data={"file": (io.BytesIO(pdf), "cv.pdf")},
            headers=headers,
            content_type="multipart/form-data",
        )
    return client.open(
        url,
        method=endpoint.method,
        headers=headers,
        json=endpoint.body() if endpoint.body else None,
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.name for e in ENDPOINTS])
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client: FlaskClient, world: World, role: str, endpoint: Endpoint) -> None:
    response = call(client, endpoint, world, role, None)
    if role in SEES:
        assert response.status_code == endpoint.success, response.get_data(as_text=True)
        return
    assert response.status_code == 404, response.get_data(as_text=True)
    missing = call(client, endpoint, world, role, uuid.uuid4())
    assert missing.status_code == 404
    # Not "forbidden", not a different message: byte-identical to a nonexistent id.
    assert response.get_data() == missing.get_data()
    assert response.headers["Content-Type"] == missing.headers["Content-Type"]


@pytest.mark.parametrize("role", ROLES)
def test_candidate_listing_follows_the_rule(client: FlaskClient, world: World, role: str) -> None:
    response = client.get(f"{API}/candidates", headers=bearer(world.user(role)))
    assert response.status_code == 200
    ids = {item["id"] for item in response.json["items"]}
    assert (str(world.candidate.id) in ids) is (role in SEES)
    assert response.json["total"] == len(ids)


def test_unassigning_cuts_access_immediately(client: FlaskClient, world: World) -> None:
    junior = bearer(world.junior_assigned)
    url = f"{API}/candidates/{world.candidate.id}"
    assert client.get(url, headers=junior).status_code == 200
    assignments = client.get(f"{url}/assignments", headers=junior).json["items"]
    mine = next(
        a for a in assignments if a["user_id"] == str(world.junior_assigned.id) and a["is_active"]
    )
    response = client.delete(
        f"{url}/assignments/{mine['id']}",
        json={"reason": "handover"},
        headers=bearer(world.senior),
    )
    assert response.status_code == 200, response.json
    assert client.get(url, headers=junior).status_code == 404
    assert client.get(f"{API}/resumes/{world.resume.id}", headers=junior).status_code == 404
