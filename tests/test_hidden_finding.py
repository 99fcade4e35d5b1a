"""The hidden-text finding: one critical finding quoting what a reader could not see, and
none for marks without words (a page number printed below the page)."""

from __future__ import annotations

from pipelines.review.hidden import hidden_text_findings


def test_words_hidden_on_a_page_make_one_critical_finding_without_a_span() -> None:
    hidden = [
        {"page": 1, "reason": "white", "chars": 42, "text": "Kubernetes Terraform Golang"},
        {"page": 2, "reason": "tiny", "chars": 9, "text": "leadership"},
    ]
    (finding,) = hidden_text_findings(hidden)
    assert finding.severity == "critical" and finding.category == "hidden_text"
    assert finding.quoted_text is None
    assert "51 characters" in finding.message
    assert "white or background-coloured on page 1" in finding.message
    assert "Kubernetes Terraform Golang" in finding.message and "page 2" in finding.message


def test_marks_without_letters_raise_no_alarm() -> None:
    assert hidden_text_findings([{"page": 1, "reason": "off_page", "chars": 1, "text": "1"}]) == []
    assert hidden_text_findings(None) == []
