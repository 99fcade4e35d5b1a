"""Every response carries the request id its log lines were written with."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_a_request_id_is_made_or_taken_from_a_sane_header(client: FlaskClient) -> None:
    made = client.get("/api/v1/health").headers["X-Request-ID"]
    assert len(made) == 32
    assert client.get("/api/v1/health").headers["X-Request-ID"] != made
    sent = client.get("/api/v1/health", headers={"X-Request-ID": "edge-proxy-42abc"})
    assert sent.headers["X-Request-ID"] == "edge-proxy-42abc"
    for hostile_id in ("<script>alert(1)</script>", "x" * 500, "short"):
        hostile = client.get("/api/v1/health", headers={"X-Request-ID": hostile_id})
        assert hostile.headers["X-Request-ID"] != hostile_id
        assert len(hostile.headers["X-Request-ID"]) == 32
