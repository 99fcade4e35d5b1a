"""Keywords of a job description and their light stems (for the job_match agent)."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = frozenset(
    """a about above across after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each etc few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just least less like may me more most must my no nor not now of off on once only or other our
    ours out over own per plus same she should so some such than that the their theirs them then
    there these they this those through to too under until up upon us very via was we were what
    when where which while who whom why will with within without would you your yours
    ability able experience experienced years year strong excellent good great work working team
    teams role roles position responsibilities responsibility requirements required require
    preferred including include includes knowledge skills skill candidate candidates join looking
    seeking opportunity company ideal help new well using use used based across key day days
    minimum relevant related understanding proven track record demonstrated environment plus
    bonus nice must-have degree equivalent field similar etc within apply benefits salary location
    remote hybrid office full-time part-time time need needs want wants domain
    area areas looking offer offers hiring hire us""".split()  # noqa: SIM905
)
TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[./-][A-Za-z0-9+#]+)*[+#]*")
MAX_KEYWORDS = 30


def stem(word: str) -> str:
    word = word.lower().strip(".-/")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and word[-len(suffix) - 1] != "s":
            return word[: -len(suffix)] + repl
    return word


def job_keywords(job_description: str) -> list[tuple[str, str, int]]:
    """(surface, stem, weight) for the JD's most frequent meaningful terms, deterministic."""
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    for index, match in enumerate(TOKEN_RE.finditer(job_description)):
        token = match.group(0)
        lower = token.lower()
        if lower in _STOPWORDS or len(lower) < 2 or lower.isdigit():
            continue
        stemmed = stem(lower)
        if stemmed in _STOPWORDS:
            continue
        counts[stemmed] += 1
        surface.setdefault(stemmed, token if not token.isupper() or len(token) <= 5 else lower)
        first_seen.setdefault(stemmed, index)
    ranked = sorted(counts, key=lambda s: (-min(counts[s], 3), first_seen[s]))[:MAX_KEYWORDS]
    return [(surface[s], s, min(counts[s], 3)) for s in ranked]
