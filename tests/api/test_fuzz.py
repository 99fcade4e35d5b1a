"""Property-based fuzzing from the OpenAPI document (schemathesis + hypothesis): for every
operation and every role, generated inputs never produce a 5xx, every response conforms to
the schema the document declares for it, and every JSON error has the one shape."""

from __future__ import annotations

import pytest
import schemathesis
from flask_openapi3 import OpenAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.api.conftest import API, World, bearer

EXAMPLES_PER_OPERATION = 12


@pytest.mark.parametrize("role", ["junior_assigned", "senior", "admin"])
def test_generated_requests_never_break_the_server_or_the_schema(
    app: OpenAPI, world: World, role: str
) -> None:
    schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", app)
    headers = bearer(world.user(role))
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
            try:
                case.validate_response(
                    response, checks=[not_a_server_error, response_schema_conformance]
                )
            except AssertionError as error:  # schemathesis's failure groups are assertions
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"{str(error)[:400]}"
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
