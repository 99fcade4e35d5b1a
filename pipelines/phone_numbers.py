"""Does a text hold a phone number? One rule for the offline reviewer's contact check and
for typing a section by what it holds (``pipelines.section_content``).

Digits grouped by spaces, dots, brackets, hyphens of any kind or a slash ("030 / 1234
5678", "0176/12345678", "07700\u2011900431"); a slash before or after keeps URL paths out.
Nine to fifteen digits that are no run of years ("2014-09 - 2018-06", "2019 2020 2021")
and no identifier (CVE, ISBN, DOI, ORCID).
"""

from __future__ import annotations

import re

PHONE_RE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s()./\u2010\u2011\u2012\u2013-]{7,}\d(?![\w/])")
# Identifiers written in digit groups too: "CVE-2021-41773", "ISBN 978-3-16-148410-0",
# "doi:10.1000/182", "ORCID 0000-0002-1825-0097".
_IDENTIFIER_BEFORE = re.compile(r"(?:cve|isbn(?:-1[03])?|issn|doi|orcid|arxiv|pmid)[\s:-]*$", re.I)
_YEAR_TOKEN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_MONTH_RE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?!\d)")


def looks_like_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if not 9 <= digits <= 15:
        return False
    # Date ranges ("2014-09 - 2018-06", "2019 2020 2021") look like digit runs too.
    return not (len(_YEAR_TOKEN_RE.findall(candidate)) >= 2 or _YEAR_MONTH_RE.search(candidate))


def has_phone(text: str) -> bool:
    return any(
        looks_like_phone(match.group(0))
        and not _IDENTIFIER_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        for match in PHONE_RE.finditer(text)
    )
