"""The candidate's name from the top of the resume: the first short line before the first
section heading that reads like a personal name. Used to name a candidate created from a
dropped file; when no such line is found, the file name stays."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.extraction import ExtractedDocument, ExtractionError, ExtractionLimits
from pipelines.extraction import extract_document as _extract_document
from pipelines.sections import classify_heading, split_sections

# A name word: letters, with inner hyphens, apostrophes or a trailing period ("Jr.").
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019\-][^\W\d_])*\.?")
# Words a name line may carry that are not the name ("Jan Küster Resume").
_NOT_NAME_WORDS = {"resume", "résumé", "cv", "curriculum", "vitae"}
MAX_NAME_CHARS = 60
LINES_TO_LOOK_AT = 4


@dataclass(frozen=True)
class PersonName:
    first_name: str
    last_name: str


def looks_like_a_name(line: str) -> PersonName | None:
    words = [word for word in line.split() if word.casefold() not in _NOT_NAME_WORDS]
    line = " ".join(words)
    if not 2 <= len(words) <= 4 or len(line) > MAX_NAME_CHARS:
        return None
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    if not all(word[0].isupper() for word in words) or classify_heading(line) is not None:
        return None
    letters = [ch for ch in line if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) * 2 > len(letters):  # "JORDAN EXAMPLE"
        words = [word.capitalize() for word in words]
    return PersonName(words[0], " ".join(words[1:]))


def name_line(document: ExtractedDocument) -> PersonName | None:
    """The name from the first lines of the contact block (before the first heading)."""
    spans = split_sections(document)
    end = spans[0].end_offset if spans and spans[0].title is None else len(document.text)
    lines = [line for line in document.lines if line.end <= end][:LINES_TO_LOOK_AT]
    for line in lines:
        found = looks_like_a_name(document.text[line.start : line.end].strip())
        if found is not None:
            return found
    return None


def name_from_file(data: bytes, limits: ExtractionLimits) -> PersonName | None:
    """Read the file (in the sandbox, without rendering pages) and find its name line;
    None when the file cannot be read or has none."""
    try:
        document = _extract_document(data, replace(limits, render_pages=False))
    except ExtractionError:
        return None
    return name_line(document)
