"""One finding per problem at read time: the same point from several agents, and one rule
on many bullets, read as one problem naming its agents and places; the stored findings
stay as they are."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from database.queries.reviews import Finding, ReviewReport, group_problems
from database.queries.triage import TriageEntry
from pipelines.review.offline import offline_review
from web.review_page import ResumeView, finding_views, most_serious, text_runs

TEXT = """Jordan Example
jordan.example@example.com

Experience
Engineer, Globex, Jan 2016 - Dec 2019
- Built the invoicing service for the finance team.
- Designed the reporting pipeline for the sales team.
- Maintained the billing service for the product team.
- Migrated the build system to a new provider.
"""


def _findings() -> list[Finding]:
    out = []
    for agent in ("structure", "content", "ats", "language"):
        review = offline_review(agent, text=TEXT, sections=None, layout=None,
                                job_description=None)  # fmt: skip
        for draft in review.feedback:
            out.append(
                Finding(
                    id=uuid.uuid4(),
                    agent_type=agent,
                    severity=draft.severity,
                    category=draft.category,
                    message=draft.message,
                    suggestion=draft.suggestion,
                    quoted_text=draft.quoted_text,
                    start_offset=draft.start_offset,
                    end_offset=draft.end_offset,
                    section_id=None,
                    section_type=None,
                )
            )
    return out


def test_the_same_point_from_two_agents_and_one_rule_on_many_bullets_are_one_problem() -> None:
    findings = _findings()
    problems = group_problems(findings)
    phone = [p for p in problems if "phone" in p.lead.message.casefold()]
    assert len(phone) == 1 and len(phone[0].agents) >= 2
    metrics = [p for p in problems if p.lead.category == "metrics"]
    assert len(metrics) == 1 and metrics[0].places == 4
    # Nothing is lost: every finding is in exactly one problem.
    assert sorted(f.id for p in problems for f in p.findings) == sorted(f.id for f in findings)
    assert len(problems) < len(findings)


def _finding(agent: str, message: str, severity: str = "warning") -> Finding:
    return Finding(
        id=uuid.uuid4(),
        agent_type=agent,
        severity=severity,
        category="contact",
        message=message,
        suggestion=None,
        quoted_text=None,
        start_offset=None,
        end_offset=None,
        section_id=None,
        section_type=None,
    )


def _report(findings: list[Finding]) -> ReviewReport:
    return ReviewReport(
        request_id=uuid.uuid4(), resume_id=uuid.uuid4(), status="completed",
        overall_score=None, error_message=None, job_description=None, progress=100,
        word_count=None, sections=[], results=[], findings=findings, usage=[],
    )  # fmt: skip


def test_read_first_holds_distinct_problems() -> None:
    findings = [
        _finding("structure", "No phone number found."),
        _finding("ats", "No phone number found."),
        _finding("structure", "No 'Skills' section."),
        _finding("language", "Tense is mixed within your current role."),
    ]
    views = finding_views(_report(findings), ResumeView("text", [], []), {}, None)
    first = [view.finding.message for view in most_serious(views)]
    assert first == [
        "No phone number found.",
        "No 'Skills' section.",
        "Tense is mixed within your current role.",
    ]
    assert views[0].agents == ["ats", "structure"]


def test_one_card_per_problem_with_every_place_highlighted_for_it() -> None:
    findings = _findings()
    report = _report(findings)
    runs = text_runs(TEXT, findings, [])
    views = finding_views(report, ResumeView("text", [], runs), {}, None)
    metrics = [v for v in views if v.finding.category == "metrics"]
    assert len(metrics) == 1 and len(metrics[0].quotes) == 4
    # All four bullets are highlighted for the one card, none for a card not shown.
    card_ids = {v.id for v in views}
    highlighted = {fid for run in runs for fid, _sev in run.findings}
    assert highlighted <= card_ids
    marked = [run.text for run in runs if any(fid == metrics[0].id for fid, _ in run.findings)]
    verbs = ("Built", "Designed", "Maintained", "Migrated")
    assert sum(text.startswith(verbs) for text in marked) == 4
    assert len(views) == len(group_problems(findings)) < len(findings)


def test_a_card_is_triaged_when_all_its_findings_are() -> None:
    findings = [
        _finding("structure", "No phone number found."),
        _finding("ats", "No phone number found."),
    ]
    entry = TriageEntry(
        feedback_item_id=findings[0].id, status="dismissed", note=None, user_id=None,
        user_email=None, user_name="Ann", updated_at=datetime.now(UTC),
    )  # fmt: skip
    empty = ResumeView("text", [], [])
    half = finding_views(_report(findings), empty, {findings[0].id: entry}, None)
    assert half[0].triage is None
    both = {f.id: entry for f in findings}
    assert finding_views(_report(findings), empty, both, None)[0].triage == entry


def test_a_message_that_only_adds_to_another_is_the_same_problem() -> None:
    findings = [
        _finding("structure", "No email address found."),
        _finding("ats", "No email address found in the parsed text; ATS profiles are keyed on it."),
        _finding("structure", "No 'Skills' section was found."),
        _finding("ats", "No 'Experience' section was found. ATS parsers map content to fields."),
    ]
    problems = group_problems(findings)
    assert [len(p.findings) for p in problems] == [2, 1, 1]
