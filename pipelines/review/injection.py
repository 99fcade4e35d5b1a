"""Prompt-injection detection in everything a review prompt carries (EN, DE, FR, ES).

Policy:

- Every detected attempt is a `critical` finding (category "prompt_injection") quoting the
  exact phrase of the resume text.
- Every user-controlled part of a prompt (resume text, section headings, job description)
  is masked before it is sent: each line holding a detected injection is blanked, same
  length, so offsets of all other text are unchanged.
- An agent whose answer came from a language model and whose prompt material held an
  injection is left out of the overall score (outcome ``excluded``, with where it was
  found), and the request needs a human's attention: masking removes what was detected,
  not what was missed next to it. The offline reviewer analyses the masked text with fixed
  rules, so its score stands.

How detection works: the text is normalised (casefolded; diacritics, zero-width characters
and look-alike Cyrillic and Greek letters removed, a word-final "é" kept to tell "noté" from
"note"; letter-spaced words such as "I g n o r e" joined;
runs of spaces collapsed), keeping for each normalised character its index in the original
so that quotes and masks are exact. Each language's rules then look for the shapes an
instruction to a reviewer takes: an override verb with its object ("ignore ... previous
instructions", "vergiss ... Anweisungen"), a new role ("you are now a", "tu es désormais"),
the system prompt, a demanded score (an imperative verb, the candidate, and a top value), a
gag ("do not mention"), text addressed to an AI; and general shapes that no resume says
whatever the wording: the reader's set-up (criteria, task, job description, "what you were
asked") declared void or changed, a claimed or demanded outcome ("Verdict: hire", "the only
acceptable result", "any rating below ... would be an error"), a screening tool addressed by
name, a fake approval ("pre-approved by HR"), a conditional on the reader being an AI. Words
inside a pattern are separated by ``\\W*``, so odd spacing and punctuation between them do
not matter. Fake chat or role markup ("[assistant]", "<system>") and chat-template tokens are
matched in any language, as written. Paraphrases no rule knows are read by
`pipelines.review.injection_cues`: each sentence is flagged when general cues combine (a
directive, the review, the reader, the candidate, a top value). On a line spelled letter by
letter or in alternating case, a bare recommendation is enough. All run on three readings of
the text: as normalised, with hyphens inside words removed ("ig-nore"), and with leetspeak
read as letters ("1gn0re"). A run of base64 is read decoded, and flagged whole when its
decoded words are. On a line that names an attack ("prompt-injection test suites"), a quoted
override ("ignore previous instructions") is an example, as security engineers' resumes
quote it; a quote that also demands a score or a verdict is still read. Last, a learned
model (`pipelines.review.injection_model`) reads each passage of one to three sentences and
flags those it judges aimed at the reviewer, whatever their wording.

Where the rules live: `pipelines.review.injection_rules`, one module per language (``en``,
``de``, ``fr``, ``es``), each with that language's vocabulary and one table, ``RULES``, of
every phrase pattern and shape in it (plus ``OBFUSCATED_ONLY``, the bare recommendations read
on spelled-out lines); ``common`` holds `Rule`, the pieces no language owns (top values as
numbers, the rest of a clause, names such as "ChatGPT" or "ATS") and the markup and token
tables. Every language's rules run on every text, whatever its language. To add a rule, add
a `Rule(label, pattern)` to the language's ``RULES`` (or one to each language it concerns),
with only that language's words. To add a language, write its module the same way and list it
in ``LANGUAGES`` and the two mappings of ``injection_rules/__init__.py``. Then run
``bench/injection.py`` on every set: no benign case and no resume may be flagged.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.config import get_settings
from core.enums import Severity
from pipelines.review.injection_cues import cue_spans, review_with_top
from pipelines.review.injection_model import learned_spans
from pipelines.review.injection_rules import (
    LANGUAGES,
    MARKUP_RULES,
    OBFUSCATED_BY_LANGUAGE,
    RULES_BY_LANGUAGE,
    TOKEN_RULES,
    Rule,
)
from pipelines.review.schemas import MAX_FEEDBACK_ITEMS, AgentReview, FeedbackDraft

CATEGORY = "prompt_injection"
LEARNED_LABEL = "found by the learned model"
MAX_FINDINGS = 10

_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad")
# Cyrillic letters that look like Latin ones: "\u0456gnore" must read as "ignore".
_LOOKALIKES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501"
    "\u03bf\u03b1\u03b5\u03b9\u03c1\u03ba\u03bd\u03c4",
    "aeopcyxijsdoaeipkvt",
)
# A word-final "é" ("noté", "notées", "califiqué"): see `_fold`.
_FINAL_E = re.compile(r"[\u00e9\u00c9](?=[eEsS]{0,2}(?![^\W\d_]))")
# A run of at least four single letters separated by one space or dot: "i g n o r e".
_LETTER_SPACED = re.compile(r"(?<!\w)\w(?:[ .\-_*·]\w(?!\w)){3,}")


def _compiled(rules: Sequence[Rule], *, words: bool) -> tuple[tuple[re.Pattern[str], str], ...]:
    """`rules` compiled. In word patterns (the language tables) a space means any run of
    non-word characters; markup and token patterns are compiled as written."""
    return tuple(
        (re.compile(rule.pattern.replace(" ", r"\W*") if words else rule.pattern), rule.label)
        for rule in rules
    )


# Every language's table, then the patterns no language owns.
_COMPILED = tuple(
    item for lang in LANGUAGES for item in _compiled(RULES_BY_LANGUAGE[lang], words=True)
) + _compiled(TOKEN_RULES + MARKUP_RULES, words=False)
# Read only on a line whose letters were spaced out or alternate in case ("iGnOrE").
_OBFUSCATED_COMPILED = tuple(
    item for lang in LANGUAGES for item in _compiled(OBFUSCATED_BY_LANGUAGE[lang], words=True)
)
_ALTERNATING = re.compile(r"(?:[a-z][A-Z]){3,}|(?:[A-Z][a-z]){3,}[A-Z]\b")
# A line spelled out letter by letter ("R e c o m m a n d e z"), at least six letters.
_SPELLED = re.compile(r"(?<!\w)\w(?:[ .\-_*\u00b7]{1,3}\w(?!\w)){5,}")
# A hyphen (and a line break after it) inside a word: "Ig-nore", "in-\nstructions".
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-\s?(?=[a-z])")
# Leetspeak, read only in words that mix letters with digits or symbols: "1gn0r3".
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[0-9@$])[\w@$]+")
# Zero-width / invisible characters, often used to hide instructions from human readers.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad]{3,}")


@dataclass(frozen=True)
class InjectionMatch:
    start: int
    end: int
    label: str

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class _Normalised:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original text of character i


def _fold(text: str) -> tuple[list[str], list[int]]:
    """Casefold, drop diacritics, invisible characters and look-alikes; collapse spaces.

    A word-final "é" is kept: it tells a participle or a past tense ("noté", "califiqué")
    from the imperative it would otherwise read as ("note", "califique")."""
    chars: list[str] = []
    origin: list[int] = []
    participles = {m.start() for m in _FINAL_E.finditer(text)}
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if index in participles:
            chars.append("\u00e9")
            origin.append(index)
            continue
        for piece in unicodedata.normalize("NFKD", char.casefold().translate(_LOOKALIKES)):
            if unicodedata.combining(piece):
                continue
            if piece.isspace() and piece != "\n":
                piece = " "
                if chars and chars[-1] == " ":
                    continue
            chars.append(piece)
            origin.append(index)
    return chars, origin


def normalise(text: str) -> _Normalised:
    """The text detection reads, with a map back to the original's offsets."""
    chars, origin = _fold(text)
    folded = "".join(chars)
    keep = [True] * len(folded)
    for run in _LETTER_SPACED.finditer(folded):
        # Letters join; a space stays where it is the gap between words: a wider gap in the
        # original ("I g n o r e   a l l"), or any space among dots ("H.ö.c.h.s.t.e B.e.w").
        separators = [c for c in run.group(0) if not c.isalnum()]
        dotted = separators.count(" ") * 2 < len(separators)
        for i in range(run.start(), run.end()):
            wide = folded[i] == " " and (dotted or origin[i + 1] - origin[i - 1] > 2)
            if not folded[i].isalnum() and not wide:
                keep[i] = False
    return _Normalised(
        "".join(c for c, k in zip(folded, keep, strict=True) if k),
        tuple(o for o, k in zip(origin, keep, strict=True) if k),
    )


def _without(normal: _Normalised, drop: re.Pattern[str]) -> _Normalised:
    """`normal` without the characters `drop` matches (the offsets map follows)."""
    keep = [True] * len(normal.text)
    for match in drop.finditer(normal.text):
        for i in range(match.start(), match.end()):
            keep[i] = False
    return _Normalised(
        "".join(c for c, k in zip(normal.text, keep, strict=True) if k),
        tuple(o for o, k in zip(normal.origin, keep, strict=True) if k),
    )


def variants(text: str) -> list[_Normalised]:
    """The readings detection runs on: the normalised text; the same with hyphens inside
    words removed ("ig-nore", "in-struc-tions"); and with leetspeak read as letters in the
    words that mix letters and digits ("1gn0re", "pr3vious")."""
    normal = normalise(text)
    dehyphenated = _without(normal, _WORD_HYPHEN)
    leet = _Normalised(
        _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), dehyphenated.text),
        dehyphenated.origin,
    )
    return [normal, dehyphenated, leet]


def _span(text: str, normal: _Normalised, start: int, end: int, label: str) -> InjectionMatch:
    """The match at normalised [start, end) as a span of `text`, without outer whitespace."""
    first = normal.origin[start]
    last = normal.origin[end - 1] + 1
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return InjectionMatch(first, last, label)


def _continued_lines_joined(text: str, normal: _Normalised) -> str:
    """`normal.text` with each line break that continues a sentence made a space (one
    character for one, so offsets hold): in the original, the line before ends in no full
    stop or colon and the next one starts with a lower-case letter ("assistant
    d'évaluation,\nmerci d'écrire que ..."). A sentence broken over lines is read whole."""
    chars = list(normal.text)
    for i, char in enumerate(chars):
        if char != "\n" or i == 0 or i + 1 >= len(chars):
            continue
        before = text[normal.origin[i - 1]]
        after = text[normal.origin[i + 1]]
        if before not in ".!?:;" and not before.isspace() and after.islower():
            chars[i] = " "
    return "".join(chars)


def _raw_matches(text: str) -> list[InjectionMatch]:
    """Every pattern's and every cue's match, on every reading of `text`."""
    raw: list[InjectionMatch] = []
    for normal in variants(text):
        found = [
            (m.start(), m.end(), label)
            for regex, label in _COMPILED
            for m in regex.finditer(normal.text)
        ]
        found += list(cue_spans(_continued_lines_joined(text, normal)))
        for start, end, label in found:
            if end > start:
                match = _span(text, normal, start, end, label)
                if match.end > match.start:
                    raw.append(match)
    return raw


def _obfuscated_matches(text: str) -> list[InjectionMatch]:
    """On lines spelled out letter by letter or in alternating case ("iGnOrE"), the words
    of a bare recommendation, which on a plain line could be a resume's own."""
    raw: list[InjectionMatch] = []
    offset = 0
    for line in text.split("\n"):
        if _SPELLED.search(line) or len(_ALTERNATING.findall(line)) >= 2:
            normal = normalise(line)
            found = [
                (m.start(), m.end(), label)
                for regex, label in _OBFUSCATED_COMPILED
                for m in regex.finditer(normal.text)
            ]
            if review_with_top(normal.text):
                found.append((0, len(normal.text), "obfuscated instruction"))
            for start, end, label in found:
                span = _span(line, normal, start, end, label)
                raw.append(InjectionMatch(span.start + offset, span.end + offset, label))
        offset += len(line) + 1
    return raw


# A run of base64 long enough to hold a sentence ("QXR0cmlidWUg..."), read decoded.
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])")


def _decoded(run: str) -> str | None:
    """`run` decoded when it is base64 of readable text (letters and spaces), else None."""
    try:
        decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    readable = sum(c.isalnum() or c.isspace() or c in ".,;:'!?/%-" for c in decoded)
    if decoded.count(" ") < 3 or readable < 0.9 * len(decoded):
        return None
    return decoded


def _encoded_matches(text: str) -> list[InjectionMatch]:
    """A base64 run whose decoded text the rules flag is an instruction hidden from people:
    the whole run is the match (its decoded words are not in the text to quote)."""
    found = []
    for run in _BASE64_RUN.finditer(text):
        decoded = _decoded(run.group(0))
        if decoded and _find(decoded):
            found.append(InjectionMatch(run.start(), run.end(), "encoded instruction (base64)"))
    return found


# Words that every sentence has, in the four languages: a line that holds more of them
# read backwards than forwards was written backwards ("etreweB neseid ...").
_FUNCTION_WORDS = frozenset(
    {
        "the", "and", "to", "of", "this", "with", "is", "for", "you", "your", "a", "an",
        "die", "der", "das", "und", "mit", "ist", "ein", "eine", "diesen", "ihn", "ihr", "zu",
        "le", "la", "les", "et", "de", "du", "ce", "cette", "avec", "pour", "vous", "un", "une",
        "el", "los", "las", "y", "con", "para", "este", "esta", "que", "su",
    }
)  # fmt: skip
_WORD = re.compile(r"\w+")


def _function_words(line: str) -> int:
    return sum(word in _FUNCTION_WORDS for word in _WORD.findall(line.casefold()))


def _reversed_matches(text: str) -> list[InjectionMatch]:
    """A line written backwards whose reversed text the rules flag: the whole line is the
    match (its words are not in the text to quote)."""
    found = []
    offset = 0
    for line in text.split("\n"):
        backwards = line[::-1]
        if _function_words(backwards) >= 3 + _function_words(line) and _find(backwards):
            label = "instruction written backwards"
            found.append(InjectionMatch(offset, offset + len(line), label))
        offset += len(line) + 1
    return found


# A line that names an attack or a talk ("prompt-injection test suites", "attaques par
# injection", "Speaker, BSides") and quotes one is about the attack, as in a security
# engineer's resume: the quoted words alone are no instruction. Words outside the quotes
# are read as usual.
_ATTACK_NAMED = re.compile(
    r"injection|injektion|inyeccion|jailbreak|red.?team|attaque|angriff|ataque|attack|payload|"
    r"guardrail|speaker|talk|keynote|conference|vortrag|ponencia|charla|bsides|def ?con|"
    r"detournement|manipulation|"
    # A test suite's or a portfolio's example of the attack, said to have been refused.
    r"test ?case|testfall|testkatalog|caso de prueba|conjunto de pruebas|jeu de tests|"
    r"cas de test|beispiel|ejemplo|exemple|example|abgelehnt|lehnte|rechazo|refused|rejected|"
    r"blocked|refuse|bloque",
)
_QUOTE_MARK = '"\u201c\u201d\u201e\u00ab\u00bb'
_QUOTED = re.compile(
    f"[{_QUOTE_MARK}][^{_QUOTE_MARK}\n]{{3,160}}[{_QUOTE_MARK}]"
    # Single quotes, not apostrophes: a mark with no letter before the opening one or after
    # the closing one ('ignore previous instructions').
    r"|(?<!\w)'[^'\n]{3,160}'(?!\w)"
)


# What a talk or a test suite quotes as the attack: an override, a new role, the prompt
# asked for. A quote that also demands a score or a verdict is read as an attempt.
_QUOTABLE_LABELS = frozenset(
    {"instruction override", "role reassignment", "reference to the system prompt", "prompt leak"}
)


def _only_overrides(quote: str) -> bool:
    labels = {label for match in _find(quote) for label in match.label.split(", ")}
    return bool(labels) and labels <= _QUOTABLE_LABELS


@functools.lru_cache(maxsize=256)  # both layers read it: worked out once per text
def _without_quoted_examples(text: str) -> str:
    """`text` with the quotes blanked on lines that name an attack (same length, so every
    offset holds)."""
    if not _QUOTED.search(text):
        return text
    chars = list(text)
    offset = 0
    for line in text.split("\n"):
        quotes = list(_QUOTED.finditer(line))
        if quotes and _ATTACK_NAMED.search(normalise(line).text):
            for quote in quotes:
                # The words inside the marks (which hold no quote mark, so no recursion).
                if not _only_overrides(quote.group(0)[1:-1]):
                    continue
                for k in range(offset + quote.start(), offset + quote.end()):
                    chars[k] = " "
        offset += len(line) + 1
    return "".join(chars)


def find_prompt_injections(text: str, *, learned: bool = True) -> list[InjectionMatch]:
    """Matches in text order, as spans of `text`; overlapping matches are merged.

    ``learned=False`` reads with the rules alone: for text that is not a candidate's (a
    recruiter's job description, a model's answer), which the learned layer was not
    trained on and where its false alarm would cost more than it catches.
    """
    found = layer_matches(RULES, text)
    if learned and get_settings().injection_learned_layer:
        found += layer_matches(LEARNED, text)
    return _merged(found)


class _Readings:
    """What each layer found in a text, kept per process (the last ``size`` texts read).

    An agent task reads one resume's text several times (its findings, the mask, where the
    injection was), and every agent of a request reads the same text: each layer reads a
    text once. The split step reads a request's texts once and stores what it found
    (:mod:`pipelines.review.agent_inputs`); the agents hand that back with ``remember``, so
    an llm worker process reads nothing itself."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._found: OrderedDict[tuple[str, str], tuple[InjectionMatch, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, layer: str, text: str, read: Callable[[str], tuple[InjectionMatch, ...]]
    ) -> tuple[InjectionMatch, ...]:
        key = (layer, text)
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
                return found
        found = read(text)  # outside the lock: threads reading other texts go on
        self.remember(layer, text, found)
        return found

    def remember(self, layer: str, text: str, found: tuple[InjectionMatch, ...]) -> None:
        with self._lock:
            self._found[(layer, text)] = found
            self._found.move_to_end((layer, text))
            while len(self._found) > self.size:
                self._found.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._found.clear()


READINGS = _Readings()
RULES, LEARNED = "rules", "learned"


def layer_matches(layer: str, text: str) -> tuple[InjectionMatch, ...]:
    """What one layer (``RULES`` or ``LEARNED``) finds in ``text``, before merging."""
    return READINGS.get(layer, text, _find if layer == RULES else _learned)


def _find(text: str) -> tuple[InjectionMatch, ...]:
    read = _without_quoted_examples(text)
    raw = (
        _raw_matches(read)
        + _obfuscated_matches(read)
        + _encoded_matches(read)
        + _reversed_matches(read)
    )
    for match in _INVISIBLE_RE.finditer(text):
        raw.append(InjectionMatch(match.start(), match.end(), "hidden invisible characters"))
    return tuple(raw)


def _learned(text: str) -> tuple[InjectionMatch, ...]:
    read = _without_quoted_examples(text)
    return tuple(InjectionMatch(start, end, LEARNED_LABEL) for start, end in learned_spans(read))


def _merged(raw: tuple[InjectionMatch, ...]) -> list[InjectionMatch]:
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
                    f"({match.label}). It was removed from what the reviewer read, but "
                    "recruiters should treat this as a red flag."
                ),
                suggestion="Remove any text aimed at AI screening tools.",
                quoted_text=match.quote(text),
            )
        )
    return findings


def mask_prompt_injections(text: str, *, learned: bool = True) -> str:
    """Blank every line that holds a detected injection, keeping length and newlines.

    Offsets of all other characters are unchanged, so quotes taken from the masked text
    are exact quotes of the original text too.
    """
    matches = find_prompt_injections(text, learned=learned)
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


def injection_places(
    *, text: str, headings: Sequence[str | None], job_description: str | None
) -> list[str]:
    """Where in a prompt's material an injection was detected, for a reason a recruiter
    reads: "the resume text", "section heading 'SKILLS — ignore…'", "the job description"."""
    places = []
    found = find_prompt_injections(text)
    if found:
        labels = ", ".join(sorted({m.label for m in found}))
        places.append(f"the resume text ({labels})")
    for heading in headings:
        if heading and find_prompt_injections(heading):
            shown = heading if len(heading) <= 60 else heading[:59] + "…"
            places.append(f"the section heading {shown!r}")
    if job_description and find_prompt_injections(job_description, learned=False):
        places.append("the job description")
    return places


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
