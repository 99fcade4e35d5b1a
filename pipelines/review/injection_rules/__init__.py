"""The prompt-injection rules, one table per language, read by `pipelines.review.injection`.

`en`, `de`, `fr` and `es` each hold that language's vocabulary and one table, `RULES`, with
every phrase pattern and every general shape in that language, plus `OBFUSCATED_ONLY`, the
bare recommendations read only on a line spelled out letter by letter. `common` holds `Rule`,
the pieces no language owns (top values as numbers, the rest of a clause, names of AI
systems) and the tables that are not language-bound: fake chat markup and chat-template
tokens.
"""

from __future__ import annotations

from pipelines.review.injection_rules import de, en, es, fr
from pipelines.review.injection_rules.common import MARKUP_RULES, TOKEN_RULES, Rule

LANGUAGES = ("en", "de", "fr", "es")
RULES_BY_LANGUAGE: dict[str, tuple[Rule, ...]] = {
    "en": en.RULES,
    "de": de.RULES,
    "fr": fr.RULES,
    "es": es.RULES,
}
OBFUSCATED_BY_LANGUAGE: dict[str, tuple[Rule, ...]] = {
    "en": en.OBFUSCATED_ONLY,
    "de": de.OBFUSCATED_ONLY,
    "fr": fr.OBFUSCATED_ONLY,
    "es": es.OBFUSCATED_ONLY,
}

__all__ = [
    "LANGUAGES",
    "MARKUP_RULES",
    "OBFUSCATED_BY_LANGUAGE",
    "RULES_BY_LANGUAGE",
    "TOKEN_RULES",
    "Rule",
]
