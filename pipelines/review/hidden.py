"""The finding for text a reader cannot see (white-on-white keywords, microscopic or
invisible text, text off the page): extraction leaves it out of the resume text, and the
review says what was hidden, how much and where. No span: the text is not in
``extracted_text``, so the hidden words are quoted in the message instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.enums import Severity
from pipelines.review.schemas import MAX_MESSAGE_CHARS, FeedbackDraft

CATEGORY = "hidden_text"
REASONS = {
    "white": "white or background-coloured",
    "tiny": "too small to read",
    "invisible_mode": "drawn invisible",
    "off_page": "outside the page",
    "clipped": "clipped out of view",
    "vanish": "marked hidden",
    "background": "in the colour of the shape behind it",
    "covered": "covered by a shape drawn over it",
    "unrendered": "drawn without leaving a mark on the page",
    "undrawn": "given to text readers but never drawn",
}
QUOTE_CHARS = 160


def _describe(entry: dict[str, Any]) -> str:
    reason = REASONS.get(str(entry.get("reason")), "hidden")
    words = " ".join(str(entry.get("text", "")).split())
    quote = words if len(words) <= QUOTE_CHARS else words[: QUOTE_CHARS - 1] + "…"
    where = f"page {entry['page']}" if entry.get("page") else "the document"
    return f"{entry.get('chars', len(words))} characters {reason} on {where}: “{quote}”"


def _says_something(entry: dict[str, Any]) -> bool:
    # A page number printed below the page, a stray bullet: no letters, no alarm.
    return any(ch.isalpha() for ch in str(entry.get("text", "")))


def hidden_text_findings(hidden: Sequence[dict[str, Any]] | None) -> list[FeedbackDraft]:
    """One critical finding that lists every piece of hidden text with words in it, or
    none."""
    hidden = [entry for entry in hidden or [] if _says_something(entry)]
    if not hidden:
        return []
    total = sum(int(entry.get("chars", 0)) for entry in hidden)
    details = "; ".join(_describe(entry) for entry in hidden)
    message = (
        f"The file hides {total} characters of text from a human reader ({details}). It was "
        "left out of the review and the score; hidden keywords are a known way to game "
        "automated screening."
    )
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return [
        FeedbackDraft(
            category=CATEGORY,
            severity=Severity.CRITICAL,
            message=message,
            suggestion="Ask the candidate for a version without hidden text.",
            quoted_text=None,
        )
    ]
