"""Word lists and English verb morphology for the content and language agents."""

from __future__ import annotations

import re

# Numbers, currencies and number words: a bullet holding one states a measurable result.
METRIC_RE = re.compile(
    r"\d|%|\$|\u20ac|\u00a3|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|percent|per cent|"
    r"dozens?|hundreds?|thousands?|millions?|billions?|double[ds]?|tripled|halved|half)\b",
    re.IGNORECASE,
)
# Phrases that describe duties rather than achievements.
WEAK_RE = re.compile(
    r"\b(?:responsible for|helped|helping|worked on|working on|assisted(?: with| in)?|assisting|"
    r"involved in|participated in|tasked with|duties included|in charge of)\b",
    re.IGNORECASE,
)
# Clichés recruiters skip.
BUZZ_RE = re.compile(
    r"\b(?:team player|hard[- ]working|hardworking|results[- ]driven|detail[- ]oriented|"
    r"go[- ]getter|self[- ]starter|think(?:ing)? outside the box|synergy|synergies|"
    r"dynamic individual|proven track record|fast[- ]paced environment|passionate about|"
    r"motivated individual|excellent communication skills)\b",
    re.IGNORECASE,
)
PRONOUN_RE = re.compile(r"\bI(?=\s+[a-z']|'m\b|'ve\b)|\b(?:me|my|mine|myself)\b", re.IGNORECASE)

# --------------------------------------------------------------------------- verb tense

_BASE_VERBS = (  # noqa: SIM905 - a word list reads better as prose
    "achieve administer advise analyze analyse architect automate build coach collaborate "
    "communicate conduct configure consolidate contribute coordinate create debug define deliver "
    "deploy design develop direct drive enhance establish evaluate execute expand facilitate "
    "generate grow guide handle help identify implement improve increase initiate integrate "
    "introduce launch lead maintain manage mentor migrate monitor negotiate optimize optimise "
    "organize organise oversee own partner perform plan prepare present prioritize produce "
    "program propose prototype provide publish recruit redesign reduce refactor research resolve "
    "review run scale schedule secure serve ship simplify spearhead streamline supervise support "
    "teach test train transform troubleshoot upgrade work write assist participate translate "
    "sell speak win make take give bring begin hold keep spend author oversee coordinate "
    "document track report model operate process negotiate instruct assess audit"
).split()
_IRREGULAR_PAST = {
    "build": "built",
    "drive": "drove",
    "grow": "grew",
    "lead": "led",
    "run": "ran",
    "write": "wrote",
    "teach": "taught",
    "oversee": "oversaw",
    "win": "won",
    "make": "made",
    "take": "took",
    "give": "gave",
    "bring": "brought",
    "begin": "began",
    "hold": "held",
    "keep": "kept",
    "sell": "sold",
    "speak": "spoke",
    "spend": "spent",
}
_DOUBLE = {"plan", "ship", "program", "commit", "submit", "control"}


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in _DOUBLE:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _gerund(verb: str) -> str:
    if verb in _DOUBLE or verb in {"run", "win"}:
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


_PAST_FORMS = {_past(v) for v in _BASE_VERBS}
_PRESENT_FORMS = {f(v) for v in _BASE_VERBS for f in (str, _third, _gerund)}


def tense(first_word: str) -> str | None:
    """The tense of a known action-verb form ("past" or "present"), else None."""
    word = first_word.lower()
    if word in _PAST_FORMS:
        return "past"
    if word in _PRESENT_FORMS:
        return "present"
    return None


def is_base_form(word: str) -> bool:
    """An action verb's bare form ("design", "support"): the form a noun shares."""
    return word.lower() in _BASE_FORMS


_BASE_FORMS = frozenset(v.lower() for v in _BASE_VERBS)
