"""Issue 21: Swagger UI on the workspace's origin runs under a content policy without
inline script and cannot be framed (before: inline script, no CSP, no frame protection)."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.api.conftest import API


def test_swagger_ui_has_no_inline_script_and_cannot_be_framed(client: FlaskClient) -> None:
    page = client.get(f"{API}/swagger")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert "onclick" not in html and "onload" not in html
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "frame-ancestors 'none'" in policy
    assert page.headers["X-Frame-Options"] == "DENY"
    init = client.get(f"{API}/swagger-init.js")
    assert init.status_code == 200 and "SwaggerUIBundle" in init.get_data(as_text=True)
    bundle = client.get(f"{API}/swagger/js/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and bundle.headers["X-Frame-Options"] == "DENY"


def test_the_documentation_index_sends_the_reader_to_swagger_ui(client: FlaskClient) -> None:
    index = client.get(f"{API}/")
    assert index.status_code == 302 and index.headers["Location"].endswith("/swagger")
    assert "frame-ancestors 'none'" in index.headers["Content-Security-Policy"]
