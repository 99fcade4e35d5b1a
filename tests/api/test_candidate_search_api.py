"""``GET /candidates?q=`` searches the latest resume's text too (issue 23), never reveals a
candidate the caller may not see, and says when its total is an estimate."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from database.queries.search import refresh_search_documents
from tests.api.conftest import API, World, bearer


def _store_text(db_session: Session, world: World, text: str) -> None:
    world.resume.extracted_text = text
    refresh_search_documents(db_session, [world.candidate.id])
    db_session.commit()


def _names(client: FlaskClient, world: World, who: str, query: str) -> list[str]:
    body = client.get(f"{API}/candidates?{query}", headers=bearer(world.user(who))).json
    assert body["total_is_estimate"] is False
    assert body["total"] == len(body["items"])
    return [f"{item['first_name']} {item['last_name']}" for item in body["items"]]


def test_q_finds_a_word_of_the_resume_and_a_name_prefix(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    _store_text(db_session, world, "Analytical engine programmer; Kubernetes on weekends.")
    for who in ("senior", "admin", "junior_assigned"):
        assert _names(client, world, who, "q=kubernetes") == ["Ada Lovelace"], who
        assert _names(client, world, who, "q=Lovel") == ["Ada Lovelace"], who
        assert _names(client, world, who, "q=programmers") == ["Ada Lovelace"], who
        assert _names(client, world, who, "q=kubernetes&status=archived") == [], who
    assert _names(client, world, "senior", "q=terraform") == []


def test_q_never_reveals_a_candidate_the_junior_may_not_see(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    _store_text(db_session, world, "Analytical engine programmer; Kubernetes on weekends.")
    for who in ("junior_unassigned", "junior_former"):
        for query in ("q=kubernetes", "q=ada", "q=ada%40example.com", "q=analytical engine"):
            assert _names(client, world, who, query) == [], (who, query)


def test_the_openapi_document_says_what_q_searches(client: FlaskClient) -> None:
    spec = client.get(f"{API}/openapi.json").json
    (parameter,) = [
        p for p in spec["paths"]["/api/v1/candidates"]["get"]["parameters"] if p["name"] == "q"
    ]
    assert "latest resume" in parameter["description"]
    page = spec["components"]["schemas"]["CandidateList"]["properties"]
    assert "total_is_estimate" in page
