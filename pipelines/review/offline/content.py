"""The content agent: achievements with measurable results, strong and varied verbs,
concise bullets."""

from __future__ import annotations

from collections import Counter

from core.enums import SectionType, Severity
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import Doc, Line, bullet_span, first_word
from pipelines.review.offline.words import METRIC_RE, WEAK_RE, tense

OVERLONG_BULLET_WORDS = 30


def review_content(doc: Doc) -> Findings:
    out = Findings(doc.text)
    bullets = doc.work_bullets
    if not bullets and SectionType.EXPERIENCE in doc.section_types:
        out.add(
            "impact",
            Severity.WARNING,
            "The experience section lists roles but no achievements or responsibilities.",
            "Add 3-5 bullets per recent role: what you did, for whom, and the measurable result.",
        )
    _check_metrics(doc.text, bullets, out)
    _check_weak_verbs(doc.text, bullets, out)
    _check_repeated_verbs(doc.text, bullets, out)
    _check_overlong(doc.text, bullets, out)
    return out


def _is_achievement(text: str, line: Line) -> bool:
    """Opens with an action verb, or is a sentence of four words or more: titles, links,
    degree lines and topic lists kept in a role's bullets state no result to quantify."""
    first = first_word(text, line)
    if first and tense(first[0]) is not None:
        return True
    return text[line.end - 1] in ".!?" and len(line.body(text).split()) >= 4


def _indent(text: str, line: Line) -> int:
    return line.start - (text.rfind("\n", 0, line.start) + 1)


def sub_bullets(text: str, bullets: list[Line]) -> dict[int, list[Line]]:
    """Each bullet's sub-bullets, by ``id`` of the bullet: the bullets right after it that
    are indented deeper ("- Developed X" then "  - cited 340+ times") or whose marker
    differs from the role's usual one ("•" then "◦ Cited 340+ times")."""
    markers = Counter(line.marker for line in bullets if line.marker)
    main = markers.most_common(1)[0][0] if len(markers) >= 2 else None
    families: dict[int, list[Line]] = {}
    parent: Line | None = None
    for line in bullets:
        deeper = parent is not None and _indent(text, line) > _indent(text, parent)
        other_marker = main is not None and line.marker != main
        if parent is not None and line.marker and (deeper or other_marker):
            families[id(parent)].append(line)
        else:
            parent = line
            families[id(parent)] = []
    return families


def _check_metrics(text: str, bullets: list[Line], out: Findings) -> None:
    """A bullet and its sub-bullets are one achievement: a number in any of them is its
    result, and a sub-bullet is not judged on its own."""
    families = sub_bullets(text, bullets)
    children = {id(child) for kids in families.values() for child in kids}
    bullets = [ln for ln in bullets if _is_achievement(text, ln) and id(ln) not in children]
    without = [
        ln
        for ln in bullets
        if not any(METRIC_RE.search(part.body(text)) for part in [ln, *families.get(id(ln), [])])
    ]
    if bullets and len(without) / len(bullets) > 0.7 and len(bullets) >= 3:
        out.add(
            "impact",
            Severity.WARNING,
            f"{len(without)} of {len(bullets)} achievement bullets contain no number or metric.",
            "Quantify results: scale (users, revenue, team size), % improvements, time saved.",
        )
    for line in without:
        out.add(
            "metrics",
            Severity.SUGGESTION,
            "This bullet has no number or measurable result.",
            "State the outcome with a number, e.g. 'cut build time by 40%'.",
            bullet_span(line),
        )


def _check_weak_verbs(text: str, bullets: list[Line], out: Findings) -> None:
    for line in bullets:
        match = WEAK_RE.search(text, line.body_start, line.end)
        if match:
            out.add(
                "weak_verbs",
                Severity.SUGGESTION,
                f"Weak phrasing '{match.group(0)}' describes duties, not achievements.",
                "Start with a strong action verb stating what you did and its result "
                "(e.g. 'Led', 'Built', 'Reduced').",
                bullet_span(line),
            )


def _check_repeated_verbs(text: str, bullets: list[Line], out: Findings) -> None:
    firsts: dict[str, list[Line]] = {}
    for line in bullets:
        first = first_word(text, line)
        if first and tense(first[0]) is not None:
            firsts.setdefault(first[0].lower(), []).append(line)
    for verb, lines in sorted(firsts.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(lines) >= 3:
            out.add(
                "repetition",
                Severity.SUGGESTION,
                f"'{verb.capitalize()}' starts {len(lines)} bullets.",
                "Vary the opening verbs so each bullet reads as a distinct achievement.",
                bullet_span(lines[1]),
            )


def _check_overlong(text: str, bullets: list[Line], out: Findings) -> None:
    for line in bullets:
        count = len(line.body(text).split())
        if count > OVERLONG_BULLET_WORDS:
            out.add(
                "conciseness",
                Severity.SUGGESTION,
                f"This bullet is {count} words long; recruiters skim.",
                f"Keep bullets under {OVERLONG_BULLET_WORDS} words: action, scope, result.",
                bullet_span(line),
            )
