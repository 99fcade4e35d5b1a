"""Issue 21: every API endpoint answers in one order: authentication (401), then role
(403), then the visibility of the objects its path names (404), and only then the body's or
query's validation (422). Walked over the OpenAPI document as a junior who sees none of
the world's objects, with an invalid body: nothing the junior may not do describes its
schema. Before, a junior's invalid body to an admin endpoint got a 422 with the schema."""

from __future__ import annotations

import re
import uuid

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.api.conftest import API, World, bearer

# Endpoints a junior may call (on objects they see): their invalid body may be a 422.
JUNIOR_MAY_CALL = {
    ("post", "/auth/login"),
    ("post", "/auth/refresh"),
    ("post", "/auth/logout"),
    ("post", "/candidates"),
}
ADMIN_OR_SENIOR_ONLY = {
    ("post", "/users"),
    ("patch", "/users/{user_id}"),
    ("get", "/users"),
    ("post", "/prompts"),
    ("post", "/prompts/{prompt_id}/activate"),
    ("get", "/activity-logs"),
    ("post", "/candidates/{candidate_id}/assignments"),
    ("delete", "/candidates/{candidate_id}/assignments/{assignment_id}"),
    ("post", "/jobs"),
    ("patch", "/jobs/{job_id}"),
    ("post", "/jobs/{job_id}/candidates"),
}
HIDDEN_OBJECTS = ("candidate_id", "resume_id", "request_id", "item_id")
INVALID_QUERY = {"page": "not-a-number", "size": "-5", "role": "pirate", "status": "maybe"}


def _operations(client: FlaskClient) -> list[tuple[str, str, dict]]:
    document = client.get(f"{API}/openapi.json").json
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            takes_input = "requestBody" in operation or any(
                p["in"] == "query" for p in operation.get("parameters", [])
            )
            if takes_input:
                found.append((method, path.removeprefix(API), operation))
    return found


def test_the_walk_covers_every_restricted_endpoint(client: FlaskClient) -> None:
    walked = {(method, path) for method, path, _ in _operations(client)}
    assert ADMIN_OR_SENIOR_ONLY - {("post", "/prompts/{prompt_id}/activate")} <= walked
    assert walked >= JUNIOR_MAY_CALL


@pytest.mark.parametrize("body", [[], {"unexpected": True, "role": 42}])
def test_a_junior_learns_no_schema_of_what_they_may_not_do(
    client: FlaskClient, world: World, db_session: Session, body: object
) -> None:
    ids = {
        "candidate_id": world.candidate.id,
        "resume_id": world.resume.id,
        "request_id": world.review_request.id,
        "item_id": uuid.uuid4(),  # a finding nobody sees (none exists)
        "user_id": world.senior.id,
        "prompt_id": uuid.uuid4(),
        "job_id": uuid.uuid4(),
        "assignment_id": uuid.uuid4(),
    }
    junior = world.junior_unassigned
    checked = 0
    for method, path, operation in _operations(client):
        url = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), path)
        names = set(re.findall(r"\{(\w+)\}", path))
        query = {
            p["name"]: INVALID_QUERY.get(p["name"], "x" * 3000)
            for p in operation.get("parameters", [])
            if p["in"] == "query"
        }
        response = client.open(
            f"{API}{url}",
            method=method.upper(),
            json=body if "requestBody" in operation else None,
            query_string=query,
            headers=bearer(junior),
        )
        answer = response.get_data(as_text=True)[:200]
        where = f"{method.upper()} {path}: {response.status_code} {answer}"
        if (method, path) in ADMIN_OR_SENIOR_ONLY:
            assert response.status_code == 403, where
        elif names & set(HIDDEN_OBJECTS):
            assert response.status_code == 404, where
        else:  # what a junior may do: a clear 4xx for the invalid input, never a 500
            assert 400 <= response.status_code < 500, where
        checked += 1
    assert checked >= 20
