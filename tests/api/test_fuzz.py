"""Property-based fuzzing from the OpenAPI document (schemathesis + hypothesis): for every
operation, generated inputs (as an admin, who may reach everything) never produce a 5xx,
and every JSON error has the one shape."""

from __future__ import annotations

import schemathesis
from flask_openapi3 import OpenAPI
from hypothesis import HealthCheck, given, settings

from tests.api.conftest import API, World, bearer

EXAMPLES_PER_OPERATION = 25


def test_generated_requests_never_cause_server_errors(app: OpenAPI, world: World) -> None:
    schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", app)
    headers = bearer(world.admin)
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"{response.text[:300]}"
                )
            if response.status_code >= 400 and response.headers.get("Content-Type", "").startswith(
                "application/json"
            ):
                body = response.json()
                assert set(body) == {"error"}, body
                assert set(body["error"]) == {"code", "message", "details"}, body

        run()
    assert operations >= 27
    assert not failures, "\n".join(failures[:20])
