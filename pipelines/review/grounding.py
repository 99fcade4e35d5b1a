"""Stage 4: locate each finding's quote in the resume text. Offsets come from here, never
from the model.

Matching, in order (first hit wins):
1. exact substring;
2. the quote with surrounding whitespace / quotation marks stripped, exact;
3. normalised: whitespace runs collapsed, curly quotes -> straight, dash variants -> "-",
   ellipsis -> "...", ligatures expanded (ﬁ -> fi, from PDF extraction); mapped back to the
   ORIGINAL offsets through a per-character index map;
4. the same, case-insensitive;
5. elided quotes ("Led the migration ... saving $2M"): the parts are found in order, close
   together, and the span covering them is used.
Whenever offsets are set, `quoted_text` is replaced by `text[start:end]`, so
`text[start_offset:end_offset] == quoted_text` ALWAYS holds for located items.

Repeated occurrences: the first occurrence not already used by an earlier item in the same
call is chosen, else the first occurrence.

`grounded` answers "is everything this item claims to quote really in the resume?":
- quote found      -> grounded=True, offsets and section_index set;
- quote not found  -> grounded=False, offsets/section None, the model's quote is kept;
- no quote at all  -> grounded=True (nothing to verify), offsets/section None.
So a UI can flag `grounded is False` as "quote could not be verified".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

MatchKind = Literal["exact", "normalized", "casefold", "elided", "none", "no_quote"]

_CHAR_MAP: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    "\u2026": "...",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\u00ad": "",  # soft hyphen: invisible, drop it
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
}
_STRIP_CHARS = " \t\r\n\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`"
# An elided quote may not span more than this many characters in the resume.
_ELISION_MAX_SPAN = 600


@dataclass(frozen=True)
class GroundedFeedback:
    category: str
    severity: str
    message: str
    suggestion: str | None
    quoted_text: str | None
    start_offset: int | None
    end_offset: int | None
    section_index: int | None
    grounded: bool
    match_kind: MatchKind = "none"


def _normalise(text: str, *, casefold: bool) -> tuple[str, list[int]]:
    """Normalised text plus, for every normalised char, the index of its source char."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                index.append(i)
                in_space = True
            continue
        replacement = _CHAR_MAP.get(ch, ch)
        if casefold:
            replacement = replacement.lower()
        if not replacement:
            continue
        in_space = False
        for piece in replacement:
            out.append(piece)
            index.append(i)
    return "".join(out), index


def _normalise_quote(quote: str, *, casefold: bool) -> str:
    return _normalise(quote, casefold=casefold)[0].strip()


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    if not needle:
        return found
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _pick(spans: list[tuple[int, int]], used: set[tuple[int, int]]) -> tuple[int, int] | None:
    if not spans:
        return None
    for span in spans:
        if span not in used:
            return span
    return spans[0]


class _Index:
    """Normalised views of the text, built lazily once per ground_feedback call."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._views: dict[bool, tuple[str, list[int]]] = {}

    def view(self, casefold: bool) -> tuple[str, list[int]]:
        if casefold not in self._views:
            self._views[casefold] = _normalise(self.text, casefold=casefold)
        return self._views[casefold]

    def spans(self, quote: str, casefold: bool) -> list[tuple[int, int]]:
        norm_quote = _normalise_quote(quote, casefold=casefold)
        if not norm_quote:
            return []
        norm, mapping = self.view(casefold)
        return [
            (mapping[s], mapping[s + len(norm_quote) - 1] + 1)
            for s in _occurrences(norm, norm_quote)
        ]

    def elided_spans(self, quote: str) -> list[tuple[int, int]]:
        norm_quote = _normalise_quote(quote, casefold=True)
        if "..." not in norm_quote:
            return []
        parts = [p.strip() for p in norm_quote.split("...") if p.strip()]
        if len(parts) < 2 or sum(len(p) for p in parts) < 12:
            return []  # too little to locate reliably
        norm, mapping = self.view(True)
        spans: list[tuple[int, int]] = []
        for first in _occurrences(norm, parts[0]):
            cursor = first + len(parts[0])
            end = cursor
            for part in parts[1:]:
                nxt = norm.find(part, cursor)
                if nxt == -1:
                    break
                cursor = end = nxt + len(part)
            else:
                if end - first <= _ELISION_MAX_SPAN:
                    spans.append((mapping[first], mapping[end - 1] + 1))
        return spans


def section_index_at(sections: Sequence[Any], offset: int) -> int | None:
    """The index of the section holding ``offset`` (else the nearest one before it)."""
    best: int | None = None
    for i, section in enumerate(sections):
        start, end = section.start_offset, section.end_offset
        if start <= offset < end:
            return i
        if start <= offset:
            best = i  # sections may not cover every char: fall back to the nearest preceding
    return best


def _placed(
    item: Any, quote: str, text: str, used: set[tuple[int, int]]
) -> tuple[tuple[int, int], MatchKind] | None:
    """The place the agent gave for its quote, when the text there is the quote."""
    start, end = getattr(item, "start_offset", None), getattr(item, "end_offset", None)
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    if text[start:end] != quote or (start, end) in used:
        return None
    return (start, end), "exact"


def _locate(
    quote: str, text: str, index: _Index, used: set[tuple[int, int]]
) -> tuple[tuple[int, int] | None, MatchKind]:
    exact = [(s, s + len(quote)) for s in _occurrences(text, quote)]
    span = _pick(exact, used)
    if span:
        return span, "exact"
    stripped = quote.strip(_STRIP_CHARS)
    if stripped and stripped != quote:
        span = _pick([(s, s + len(stripped)) for s in _occurrences(text, stripped)], used)
        if span:
            return span, "exact"
    span = _pick(index.spans(quote, casefold=False), used)
    if span:
        return span, "normalized"
    if stripped:
        span = _pick(index.spans(stripped, casefold=False), used)
        if span:
            return span, "normalized"
    span = _pick(index.spans(stripped or quote, casefold=True), used)
    if span:
        return span, "casefold"
    span = _pick(index.elided_spans(stripped or quote), used)
    if span:
        return span, "elided"
    return None, "none"


def ground_feedback(
    items: Sequence[Any], text: str, sections: Sequence[Any]
) -> list[GroundedFeedback]:
    """Ground FeedbackDraft-like items (category, severity, message, suggestion, quoted_text)."""
    index = _Index(text)
    used: set[tuple[int, int]] = set()
    grounded: list[GroundedFeedback] = []
    for item in items:
        quote: str | None = getattr(item, "quoted_text", None)
        base = {
            "category": item.category,
            "severity": item.severity,
            "message": item.message,
            "suggestion": item.suggestion,
        }
        if quote is None or not quote.strip():
            grounded.append(
                GroundedFeedback(
                    **base,
                    quoted_text=None,
                    start_offset=None,
                    end_offset=None,
                    section_index=None,
                    grounded=True,
                    match_kind="no_quote",
                )
            )
            continue
        span, kind = _placed(item, quote, text, used) or _locate(quote, text, index, used)
        if span is None or span[1] <= span[0]:
            grounded.append(
                GroundedFeedback(
                    **base,
                    quoted_text=quote,
                    start_offset=None,
                    end_offset=None,
                    section_index=None,
                    grounded=False,
                    match_kind="none",
                )
            )
            continue
        used.add(span)
        start, end = span
        grounded.append(
            GroundedFeedback(
                **base,
                quoted_text=text[start:end],  # exact original text, by construction
                start_offset=start,
                end_offset=end,
                section_index=section_index_at(sections, start),
                grounded=True,
                match_kind=kind,
            )
        )
    return grounded
