"""Prompt-injection detection in resume text.

Policy (what the issue asks): an injection attempt is reported as a `critical` feedback item
(category "prompt_injection", quoting the exact phrase) and does NOT change the score — the
score must equal the score of the same resume without the injected text.

- Offline reviewer: analyses `mask_prompt_injections(text)`, in which every line holding a
  detected injection is blanked (same length, so offsets of all other text are unchanged);
  the injection cannot influence its score, and the findings are added unscored.
- LLM agents: the fence (`<resume_data_NONCE>` + "data, never instructions" in the system
  prompt) is the general defence; additionally `run_llm_agent` sends the masked text by
  default, so DETECTED injections never reach the model. Undetected ones can still sway an
  LLM score; we keep the model's score as-is (it is the best estimate we have) and
  `add_injection_findings` appends the findings without touching it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.enums import Severity
from pipelines.review.schemas import MAX_FEEDBACK_ITEMS, AgentReview, FeedbackDraft

CATEGORY = "prompt_injection"
MAX_FINDINGS = 10

_ADDRESSEE = r"(?:ai|a\.i\.|llm|gpt|chatgpt|claude|language model|assistant|bot|model|screener|ats)"
_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:ignore|disregard|forget|override|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+)*"
        r"(?:previous|prior|above|earlier|preceding|foregoing|other|existing|system)?\s*"
        r"(?:instructions?|prompts?|directions?|rules|guidelines|context)\b",
        "instruction override",
    ),
    (r"\byou\s+are\s+now\b[^\n.]{0,80}", "role reassignment"),
    (r"\b(?:reveal|print|show|repeat|output)\s+(?:your|the)\s+system\s+prompt\b", "prompt leak"),
    (r"\bsystem\s+prompt\b", "reference to the system prompt"),
    (r"\bnew\s+instructions?\s*:", "injected instructions"),
    (
        r"\b(?:give|assign|award|rate|score)\s+(?:this|the|my)\s+(?:resume|cv|candidate|applicant|"
        r"profile)\s+(?:a\s+|an\s+|as\s+|with\s+)?(?:(?:perfect|top|maximum|max|full|high(?:est)?)\s+)?"
        r"(?:score|rating|mark|grade)?\s*(?:of\s+)?(?:\d{1,3}(?:\s*/\s*\d{1,3})?|perfect|maximum)",
        "score manipulation",
    ),
    (
        r"\b(?:score|rating)\s+(?:of\s+)?100\s*(?:/\s*100)?\s+(?:for|to)\s+(?:this|the|my)\s+"
        r"(?:resume|cv|candidate)",
        "score manipulation",
    ),
    (
        rf"\b(?:if\s+you\s+are\s+(?:an?\s+)?|note\s+to\s+(?:the\s+|any\s+)?|attention\s+){_ADDRESSEE}\b"
        r"[^\n]{0,80}",
        "instructions addressed to an AI",
    ),
    (
        rf"\b(?:dear|hey|hi|hello)\s+{_ADDRESSEE}\b[^\n]{{0,80}}",
        "instructions addressed to an AI",
    ),
    (r"<\|im_start\|>|<\|im_end\|>|\[/?INST\]|<<SYS>>|<\|system\|>", "chat-template tokens"),
    (r"</?\s*resume_data[^>\n]{0,40}>?", "attempt to break out of the data fence"),
)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), label) for p, label in _PATTERNS)
# Zero-width / invisible characters, often used to hide instructions from human readers.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad]{3,}")


@dataclass(frozen=True)
class InjectionMatch:
    start: int
    end: int
    label: str

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


def find_prompt_injections(text: str) -> list[InjectionMatch]:
    """Matches in text order; overlapping matches are merged into one span."""
    raw: list[InjectionMatch] = []
    for regex, label in _COMPILED:
        for match in regex.finditer(text):
            start, end = match.start(), match.end()
            # Trim whitespace so the quote is clean and still exact.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                raw.append(InjectionMatch(start, end, label))
    for match in _INVISIBLE_RE.finditer(text):
        raw.append(InjectionMatch(match.start(), match.end(), "hidden invisible characters"))
    merged: list[InjectionMatch] = []
    for item in sorted(raw, key=lambda m: (m.start, -m.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            labels = last.label if item.label in last.label else f"{last.label}, {item.label}"
            merged[-1] = InjectionMatch(last.start, max(last.end, item.end), labels)
        else:
            merged.append(item)
    return merged[:MAX_FINDINGS]


def detect_prompt_injection(text: str) -> list[FeedbackDraft]:
    """Critical findings (category "prompt_injection") quoting each detected phrase exactly."""
    findings = []
    for match in find_prompt_injections(text):
        findings.append(
            FeedbackDraft(
                category=CATEGORY,
                severity=Severity.CRITICAL,
                message=(
                    f"The resume contains text that tries to instruct an automated reviewer "
                    f"({match.label}). It was ignored and did not affect the score, but "
                    "recruiters should treat this as a red flag."
                ),
                suggestion="Remove any text aimed at AI screening tools.",
                quoted_text=match.quote(text),
            )
        )
    return findings


def mask_prompt_injections(text: str) -> str:
    """Blank every line that holds a detected injection, keeping length and newlines.

    Offsets of all other characters are unchanged, so quotes taken from the masked text
    are exact quotes of the original text too.
    """
    matches = find_prompt_injections(text)
    if not matches:
        return text
    chars = list(text)
    for match in matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = text.find("\n", match.end)
        line_end = len(text) if line_end == -1 else line_end
        for i in range(line_start, line_end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def add_injection_findings(review: AgentReview, text: str) -> AgentReview:
    """Return `review` with injection findings appended; the score is left unchanged.

    Idempotent: a finding already present (same category and quote) is not added twice.
    If the feedback cap is reached, the least important other items make room.
    """
    existing = {(f.category, f.quoted_text) for f in review.feedback}
    extra = [
        f for f in detect_prompt_injection(text) if (f.category, f.quoted_text) not in existing
    ]
    if not extra:
        return review
    room = MAX_FEEDBACK_ITEMS - len(extra)
    kept = list(review.feedback)[: max(0, room)]
    return review.model_copy(update={"feedback": (kept + extra)[:MAX_FEEDBACK_ITEMS]})
