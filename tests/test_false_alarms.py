# ruff: noqa: RUF001 - resume text in other scripts uses full-width and typographic marks
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


# --- false alarms found on blind set 3 (tests/labels/findings_blind3_judged.json) -------

INDENTED_SUB_BULLETS = """Experience
Postdoctoral Researcher, Riverside Institute, 2017 - 2021
- Developed an open-source package for inferring gene networks from cell data
  - cited 340+ times
  - 1,100+ stars on GitHub
- Organised the weekly journal club for the department
- Taught the graduate statistics course for the department
"""


def test_an_indented_sub_bullet_counts_with_its_bullet_and_is_no_other_bullet_style() -> None:
    flagged = _quotes("content", INDENTED_SUB_BULLETS, "metrics")
    assert not any("open-source package" in quote for quote in flagged)
    assert any("journal club" in quote for quote in flagged)
    assert _findings("structure", INDENTED_SUB_BULLETS, "formatting") == []
    clash = INDENTED_SUB_BULLETS + "\nProjects\n\u2022 Built a lab booking tool\n"
    assert len(_findings("structure", clash, "formatting")) == 1


CURRENT_ROLE = """Experience
Director of Operations, Harbor Goods, Jan 2020 - Present
- Own a $38M operating budget across three plants.
- Report to the Chief Operating Officer every month.
- Redesigned the distribution network, consolidating five warehouses into two.
- Launched a monthly planning process for sales and finance.
Operations Manager, Lakeside Foods, Jan 2015 - Dec 2019
- Ran the night shift of 40 people.
"""


def test_a_current_role_may_mix_present_duties_and_finished_projects() -> None:
    assert _findings("language", CURRENT_ROLE, "tense") == []
    past = CURRENT_ROLE.replace("- Ran the night shift", "- Run the night shift")
    assert _findings("language", past, "tense") == ["Present tense used for a past role."]


SPANISH = """Experiencia
Jefa de cocina, Casa Lola, Madrid, 2019 - actualidad
- Me encargo de la carta de temporada y de un equipo de 9 cocineros.
- Reduje el desperdicio de alimentos un 22 % en dos años.
Sous chef, Taberna Norte, 2015 - 2019
- Coordiné el servicio de 180 cubiertos diarios.
"""


def test_spanish_is_not_judged_by_the_english_pronoun_and_tense_tables() -> None:
    assert _findings("language", SPANISH, "pronouns") == []
    assert _findings("language", SPANISH, "tense") == []
    english = (
        "Experience\nCook, Casa Lola, 2019 - 2024\n- In my role I cooked for 180 guests a day.\n"
    )
    assert len(_findings("language", english, "pronouns")) == 1


FRENCH_CURRENT = """Expérience
Mars 2020 – aujourd'hui : Responsable commercial, Nordica, Lille
- Manage une équipe de 6 commerciaux terrain.
- Développe un portefeuille de 45 clients industriels.
"""


def test_a_range_open_to_today_in_french_german_or_spanish_is_a_current_role() -> None:
    from pipelines.review.offline.text import RANGE_RE

    for line in (
        "Mars 2020 – aujourd'hui",
        "03/2019 - heute",
        "2018 - actualidad",
    ):
        match = RANGE_RE.search(line)
        assert match is not None and match.group("open"), line
    assert _findings("language", FRENCH_CURRENT, "tense") == []


def test_a_catch_all_heading_is_not_asked_to_be_renamed() -> None:
    base = (
        "Jane Roe\njane@roe.example\n\n"
        "Experience\nAnalyst, Globex, 2019 - 2024\n- Built 12 dashboards.\n\n"
    )
    for heading in ("Other", "Otros datos", "Sonstiges", "\u5176\u4ed6"):
        assert _findings("ats", base + f"{heading}\nRunning, photography.\n", "headings") == []
    assert _findings(
        "ats",
        base + "CAMPUS INVOLVEMENT\nTreasurer of the student union and editor of its paper.\n",
        "headings",
    )


CHINESE = """王晓雯
电话：138-1762-4590｜邮箱：wang@example.com

工作经历
2021年7月—至今｜上海禾美电子商务有限公司｜数据分析师
·负责用户增长相关指标体系的搭建与日常监控
·使用SQL和Python完成用户分层与流失预警模型，月度流失率下降2.3个百分点
·搭建Tableau销售看板，覆盖12个业务部门

教育背景
2015年9月—2019年6月｜华东师范大学｜统计学｜本科
"""


def test_bullets_written_without_a_space_after_the_marker_are_bullets() -> None:
    assert not any(
        "no achievements" in message for message in _findings("content", CHINESE, "impact")
    )


def test_a_compact_resume_is_not_called_short_but_a_thin_one_is() -> None:
    compact = "Experience\n" + "- Led audits of 40 client accounts each quarter.\n" * 20
    assert _findings("structure", compact, "length") == []
    thin = "Experience\n" + "- Led audits of 40 client accounts each quarter.\n" * 12
    assert [m.split(" (")[0] for m in _findings("structure", thin, "length")] == [
        "The resume is short"
    ]
