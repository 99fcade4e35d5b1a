"""One finding per problem at read time: the same point from several agents, and one rule
on many bullets, read as one problem naming its agents and places; the stored findings
stay as they are."""

from __future__ import annotations

import uuid

from database.queries.reviews import Finding, group_problems
from pipelines.review.offline import offline_review
from web.review_page import FindingView, most_serious

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


def test_read_first_holds_distinct_problems() -> None:
    findings = [
        _finding("structure", "No phone number found."),
        _finding("ats", "No phone number found."),
        _finding("structure", "No 'Skills' section."),
        _finding("language", "Tense is mixed within your current role."),
    ]
    views = [
        FindingView(finding=f, alert=False, grounded=False, placed=True, triage=None, change=None)
        for f in findings
    ]
    first = [view.finding.message for view in most_serious(views)]
    assert first == [
        "No phone number found.",
        "No 'Skills' section.",
        "Tense is mixed within your current role.",
    ]
