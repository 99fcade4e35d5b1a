"""Names: the candidate's name from the top of the resume (the first short line before the
first section heading that reads like a personal name; ``contacts`` reads it in the
worker), and the provisional name a dropped file gets from its file name until then."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.sections import classify_heading

# A name word: letters, with inner hyphens, apostrophes or a trailing period ("Jr.").
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019\-][^\W\d_])*\.?")
# Words a name line may carry that are not the name ("Jan Küster Resume").
_NOT_NAME_WORDS = {"resume", "résumé", "cv", "curriculum", "vitae"}
MAX_NAME_CHARS = 60


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


_FILE_NOISE = {
    "resume", "résumé", "cv", "curriculum", "vitae", "lebenslauf", "final", "updated",
    "new", "copy", "draft", "english", "en", "de", "fr", "es", "doc", "pdf", "docx",
}  # fmt: skip
_FILE_SEPARATORS = re.compile(r"[\s_.\-+()\[\]]+")


def name_from_filename(filename: str | None) -> tuple[str, str]:
    """("Elena", "Varga") from ``elena_varga_resume_2024.pdf``: the file name without its
    extension, separators, digits and words such as resume/CV; ("", "") when nothing is
    left."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    # camelCase → camel Case ("ElenaVarga" → "Elena Varga")
    stem = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", stem)
    words = [
        w
        for w in _FILE_SEPARATORS.split(stem)
        if w and w.lower() not in _FILE_NOISE and not w.isdigit()
    ]
    words = [w for w in words if not re.fullmatch(r"v\d+", w.lower())]
    if not words:
        return "", ""
    # "elena" and "ELENA" become "Elena"; a mixed-case word ("McKay") stays as it is.
    words = [w.capitalize() if w.islower() or w.isupper() else w for w in words]
    return words[0][:100], " ".join(words[1:])[:100]


def provisional_name(filename: str | None) -> tuple[str, str]:
    """What a candidate made from a dropped file is called until its resume is read: the
    name in the file name, else the file name itself ("Resume.pdf" -> "Resume")."""
    first, last = name_from_filename(filename)
    if first:
        return first, last
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = (base.rsplit(".", 1)[0] if "." in base else base).strip()
    return (stem or "Resume")[:100], ""
