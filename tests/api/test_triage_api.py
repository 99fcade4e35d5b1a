"""Triage through the API: dismiss, mark addressed and reopen a finding, under the access
rule; the review's report shows the decision on the item."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from database.models import ReviewFeedbackItem, ReviewResult
from tests.api.conftest import API, World, bearer


def test_triage_through_the_api_follows_the_access_rule(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    result = ReviewResult(review_request_id=world.review_request.id, agent_type="content")
    db_session.add(result)
    db_session.flush()
    item = ReviewFeedbackItem(
        review_result_id=result.id,
        category="metrics",
        severity="suggestion",
        message="This bullet has no number or measurable result.",
    )
    db_session.add(item)
    db_session.commit()
    url = f"{API}/feedback-items/{item.id}/triage"
    junior = bearer(world.junior_assigned)
    done = client.post(url, json={"action": "dismiss", "note": "not relevant"}, headers=junior)
    assert done.status_code == 200, done.json
    assert done.json["status"] == "dismissed" and done.json["user_id"] == str(
        world.junior_assigned.id
    )
    report = client.get(f"{API}/review-requests/{world.review_request.id}", headers=junior)
    shown = [i for i in report.json["ungrounded_feedback"] if i["id"] == str(item.id)]
    assert shown[0]["triage"]["status"] == "dismissed"
    assert client.post(url, json={"action": "dismiss"}, headers=bearer(
        world.junior_unassigned)).status_code == 404  # fmt: skip
    assert client.post(url, json={"action": "archive"}, headers=junior).status_code == 422
    reopened = client.post(url, json={"action": "reopen"}, headers=junior)
    assert reopened.json == {
        "feedback_item_id": str(item.id), "status": "open", "note": None, "user_id": None,
        "updated_at": None,
    }  # fmt: skip


def test_the_report_reads_the_same_point_from_two_agents_as_one_problem(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    ids = []
    for agent in ("structure", "ats"):
        result = ReviewResult(review_request_id=world.review_request.id, agent_type=agent)
        db_session.add(result)
        db_session.flush()
        item = ReviewFeedbackItem(
            review_result_id=result.id, category="contact", severity="warning",
            message="No phone number found.",
        )  # fmt: skip
        db_session.add(item)
        db_session.flush()
        ids.append(str(item.id))
    db_session.commit()
    report = client.get(
        f"{API}/review-requests/{world.review_request.id}", headers=bearer(world.senior)
    ).json
    assert len(report["ungrounded_feedback"]) == 2  # stored findings stay as they are
    (problem,) = report["problems"]
    assert problem["agents"] == ["ats", "structure"]
    assert sorted(problem["finding_ids"]) == sorted(ids)
    assert problem["message"] == "No phone number found." and problem["places"] == 0
