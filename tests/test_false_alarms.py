"""False alarms a recruiter found in the offline reviewer's findings (issue 20), each
reproduced in a generated resume: the rule must stay quiet there and still fire where it
should."""

from __future__ import annotations

import pytest

from pipelines.review.offline import offline_review


def _findings(agent: str, text: str, category: str) -> list[str]:
    review = offline_review(agent, text=text, sections=None, layout=None, job_description=None)
    return [item.message for item in review.feedback if item.category == category]


PAST_ROLE = """Experience
Backend Engineer, Globex, Jan 2016 - Dec 2019
- Design of the new billing API reduced checkout latency by 40%.
- Built the invoicing service used by 1,200 merchants.
"""


def test_tense_is_judged_on_the_verb_not_on_a_noun_that_opens_the_bullet() -> None:
    assert _findings("language", PAST_ROLE, "tense") == []
    present = PAST_ROLE.replace("- Built the invoicing", "- Manage the invoicing")
    assert len(_findings("language", present, "tense")) == 1


DATED = """Experience
Engineer, Initech, Jan 2020 - Mar 2023
Analyst, Globex, Feb 2017 - Dec 2019
Intern, Umbrella, Jun 2016 - Aug 2016

Last Updated on 21st January 2015
"""


def test_a_last_updated_footer_is_no_date_format_of_the_roles() -> None:
    assert _findings("structure", DATED, "date_format") == []
    mixed = DATED.replace("Feb 2017", "02/2017")
    assert len(_findings("structure", mixed, "date_format")) == 1


def test_length_is_counted_in_characters_for_scripts_written_without_spaces() -> None:
    chinese = (
        "王小明\nwang.xiaoming@example.com\n\n工作经历\n"
        + "负责支付系统的设计与开发\uff0c带领五人团队完成核心服务迁移\uff0c"
        "系统延迟降低百分之四十。\n" * 12 + "教育背景\n北京大学 计算机科学 学士 2015\n"
    )
    assert len(chinese.split()) < 200  # what the old count saw
    assert _findings("structure", chinese, "length") == []
    thin = "Jordan Example\njordan@example.com\n\nExperience\nEngineer at Globex, 2020 - 2023"
    assert any("short" in message for message in _findings("structure", thin, "length"))


SUB_BULLETS = """Experience
Research Scientist, Northhaven Lab, Jan 2018 - Dec 2022
\u2022 Published three papers on graph learning for fraud detection.
\u25e6 Cited 340+ times in the field.
\u25e6 Best paper award at the annual conference.
\u2022 Designed the lab's data pipeline for the research group.
\u2022 Mentored junior researchers in the group every week.
"""


def test_a_bullet_is_judged_with_its_sub_bullets() -> None:
    flagged = _quotes("content", SUB_BULLETS, "metrics")
    assert not any("Published" in quote for quote in flagged)
    assert not any("Cited" in quote or "Best paper" in quote for quote in flagged)
    assert any("Designed the lab" in quote for quote in flagged)


def _quotes(agent: str, text: str, category: str) -> list[str]:
    review = offline_review(agent, text=text, sections=None, layout=None, job_description=None)
    return [item.quoted_text or "" for item in review.feedback if item.category == category]


def test_a_heading_finding_is_highlighted_on_the_heading_not_on_the_same_characters_above() -> None:
    from core.enums import Severity
    from pipelines.review.grounding import ground_feedback
    from pipelines.review.offline.findings import Findings

    text = "Awards\n其他奖项 全国数学竞赛一等奖\n\n其他\n读书, 围棋"
    heading = text.rindex("其他")
    found = Findings(text)
    found.add("headings", Severity.SUGGESTION, "Heading '其他' is not standard.", None,
              (heading, heading + 2))  # fmt: skip
    (grounded,) = ground_feedback(found.items, text, [])
    assert (grounded.start_offset, grounded.end_offset) == (heading, heading + 2)
    # A model's quote carries no place: its first occurrence, as before.
    unplaced = found.items[0].model_copy(update={"start_offset": None, "end_offset": None})
    (first,) = ground_feedback([unplaced], text, [])
    assert first.start_offset == text.index("其他")


COMPLETE = """Jordan Example
jordan.example@example.com | +44 20 7946 0123 | Leeds

Summary
Backend engineer with eight years of experience building payment systems for marketplaces.

Experience
Senior Engineer, Brightmoor Logistics Ltd, Jan 2020 - Present
- Reduce checkout latency by 40% by caching tax lookups for 3,000 merchants.
- Lead a team of five engineers through the migration of 14 services to Kubernetes.
- Cut the monthly cloud bill by 22% by rightsizing the database cluster.
Engineer, Globex, Mar 2016 - Dec 2019
- Built the invoicing service used by 1,200 merchants across Europe.
- Automated 14 weekly reports, saving about 10 hours per week for the finance team.
- Designed the event pipeline that handles 2,000 payments per second at peak.

Education
BSc Computer Science, University of Northhaven, 2016

Skills
Python, Go, PostgreSQL, Redis, Kafka, Docker, Kubernetes, Terraform

Languages
English (native), German (B2)
"""


def _overall(text: str) -> int:
    scores = [
        offline_review(agent, text=text, sections=None, layout=None, job_description=None).score
        for agent in ("structure", "content", "ats", "language")
    ]
    return round(sum(scores) / len(scores))


def test_a_thin_resume_cannot_outscore_a_complete_one() -> None:
    thin = "Jordan Example\njordan@example.com | +44 20 7946 0123\n\nSkills\nPython, SQL, Docker"
    assert _overall(thin) < _overall(COMPLETE)
    review = offline_review("language", text=thin, sections=None, layout=None,
                            job_description=None)  # fmt: skip
    assert review.score <= 45 and "Capped at 45" in review.summary


def _docx_with_contact(place: str, phone: str | None) -> bytes:
    """A short resume whose contact details sit in a table cell, a text box or a text
    box in the page header, as Word templates put them."""
    import io

    import docx

    from testkit.resume_factory import add_text_box

    document = docx.Document()
    contact = ["Jana Novak", "jana.novak@example.org"] + ([phone] if phone else [])
    if place == "table":
        cells = document.add_table(rows=1, cols=len(contact)).rows[0].cells
        for cell, value in zip(cells, contact, strict=True):
            cell.text = value
    elif place == "text box":
        add_text_box(document.add_paragraph(), contact)
    else:
        add_text_box(document.sections[0].header.paragraphs[0], contact)
    for line in ("EXPERIENCE", "Nurse, St Mary's Hospital, 2019 - 2024",
                 "Cared for 30 patients a shift on a surgical ward.", "EDUCATION",
                 "BSc Nursing, King's College London, 2019"):  # fmt: skip
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("place", ["table", "text box", "header text box"])
@pytest.mark.parametrize(
    "phone", ["030 / 1234 5678", "0176/12345678", "07700\u2011900431", "+44 (0)7700\u2013900431"]
)
def test_a_phone_in_a_docx_table_or_text_box_is_found_in_any_common_format(
    place: str, phone: str
) -> None:
    from pipelines.extraction import extract_in_process

    text = extract_in_process(_docx_with_contact(place, phone)).text
    assert phone in text
    for agent in ("structure", "ats"):
        assert "No phone number found." not in _findings(agent, text, "contact"), (agent, text)


@pytest.mark.parametrize("place", ["table", "text box", "header text box"])
def test_a_docx_without_a_phone_is_still_told_so(place: str) -> None:
    from pipelines.extraction import extract_in_process

    text = extract_in_process(_docx_with_contact(place, None)).text
    assert "No phone number found." in _findings("structure", text, "contact")
