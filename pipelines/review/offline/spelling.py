"""Typos and template text left in a resume, for the language agent.

Spelling uses pyspellchecker's word-frequency dictionaries (English, German, French,
Spanish), in the resume's language. A recruiter acts on a typo only if it is one, so every
rule here favours precision:

- a word is judged only where it is written as an ordinary word: not in the contact block,
  not an acronym or a name written in mixed case (PostgreSQL), not beside ``@ / . # +`` or
  digits (emails, paths, versions), not shorter than four letters, not an abbreviation
  with its full stop;
- a capitalised word is judged only where a sentence or a line begins (elsewhere it is a
  name, an employer or a product); in German, whose nouns are capitalised, on lines that
  date no role and name no company;
- a word the technology vocabulary knows (``tech_words.txt``), a word the resume repeats,
  a British spelling of a known American one, a German compound of known words, and in a
  resume not written in English an English word, are correct;
- a typo needs a correction: a known word within two edits. A word with none is a name or
  jargon, not a slip.

The misspelt word is the finding's span. Template text ("Lorem ipsum", "Your Name",
"[Company Name]") is a warning of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from core.enums import SectionType
from core.once import built_once
from pipelines.review.offline import nearest

LANGUAGES = ("en", "de", "fr", "es")
TECH_WORDS_FILE = Path(__file__).with_name("tech_words.txt")
MIN_LETTERS = 4
# Short, frequent words of each language: the one the resume uses most is its language.
STOPWORDS = {
    language: frozenset(words.split())
    for language, words in (
        ("en", "the and of to in for with on at as by from was were is are my our this that"),
        ("de", "und der die das mit für von im in bei ist sind zur zum den dem des ein eine"),
        ("fr", "et le la les des du de pour avec dans sur au aux est une un en par"),
        ("es", "y el la los las de del para con en por una un es al sobre como"),
    )
}
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# A word touching these is part of an email, a path, a handle, a version or a product name.
GLUED = "@/\\#+_.-0123456789"
COMPANY = re.compile(
    r"\b(?:GmbH|AG|SE|KG|KGaA|Ltd|Inc|LLC|S\.?A\.?|SARL|SAS|S\.?L\.?|Kft|Oy|AB|BV|NV)\b"
)
CUT_WORD = re.compile(r"[^\W\d_]-(?:\s|$)")
DATED = re.compile(r"\b(?:19|20)\d{2}\b")
# British spellings whose American form is the dictionary's.
BRITISH = (
    (re.compile(r"isation"), "ization"),
    (re.compile(r"ise(s|d)?$"), r"ize\1"),
    (re.compile(r"ising$"), "izing"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"ogue$"), "og"),
    (re.compile(r"ll(ed|ing|er)$"), r"l\1"),
    (re.compile(r"ence$"), "ense"),
)
GERMAN_LINKS = ("", "s", "es", "n", "en", "e")
PLACEHOLDERS = re.compile(
    r"\blorem ipsum\b(?: dolor(?: sit amet)?)?|\byour (?:full )?name(?: here)?\b|"
    r"\[(?:company|company name|job title|your name|city|date|employer|school|university)"
    r"(?: name)?\]|\bjob title here\b|\bcompany name here\b|\bemail@domain\.com\b|"
    r"\byour\.?email@\w+\.\w+\b|\bcity, country\b|\b(?:19|20)XX\b|\bXXX-XXX-XXXX\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Typo:
    start: int
    end: int
    word: str
    correction: str


def resume_language(text: str) -> str:
    """The language whose common short words the resume uses most (English on a tie)."""
    words = Counter(w.casefold() for w in WORD.findall(text))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] else "en"


@built_once
def checker(language: str):  # type: ignore[no-untyped-def]
    """The dictionary of ``language``, loaded once per process (about 25 MB each)."""
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=2)


@built_once
def word_ends(language: str) -> nearest.WordEnds:
    """The index that finds a word two edits away quickly (:mod:`.nearest`)."""
    return nearest.word_ends(checker(language).word_frequency.dictionary)


HUNSPELL_DIR = Path("/usr/share/hunspell")
HUNSPELL_FILES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


@built_once  # seconds and tens of MB: loaded once however many threads ask at once
def hunspell(language: str):  # type: ignore[no-untyped-def]
    """Debian's Hunspell dictionary of ``language`` (its affix rules know the inflected
    forms a word list lacks: "procesos", "Außendienstes", "jusqu'à"), or None where it is
    not installed (``make test`` installs it; without it the word lists judge alone)."""
    path = HUNSPELL_DIR / HUNSPELL_FILES[language]
    if not path.with_suffix(".dic").exists():
        return None
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(path))


# Words recur from one resume to the next, and spylls (pure Python) takes milliseconds for a
# German compound: the answers are kept, a bounded number of them, per process.
@lru_cache(maxsize=50_000)
def _hunspell_knows(word: str, language: str) -> bool:
    dictionary = hunspell(language)
    return dictionary is not None and bool(dictionary.lookup(word))


@cache
def tech_words() -> frozenset[str]:
    """Words no dictionary has that are right: ``tech_words.txt`` (technologies, acronyms,
    abbreviations) and every form of the requirement vocabulary's terms."""
    from pipelines.jobs.matcher import vocabulary

    listed = [
        word
        for line in TECH_WORDS_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for word in line.split()
    ]
    terms = vocabulary()["terms"]
    forms = [word for term, written in terms.items() for form in [term, *written]
             for word in WORD.findall(form)]  # fmt: skip
    return frozenset(word.casefold() for word in [*listed, *forms])


ELISION = re.compile(r"^(?:[dlmnstjc]|qu)['\u2019]", re.IGNORECASE)
POSSESSIVE = re.compile(r"['\u2019]s?$", re.IGNORECASE)
PREFIXES = ("re", "un", "pre", "co", "non", "multi", "sub", "over", "under", "cross", "self")
SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
            ("d", ""), ("es", ""), ("s", ""), ("er", ""), ("ers", ""), ("ly", ""))  # fmt: skip
# "Hobbys" is not "hobby" + s: a plural of -y is -ies.
WRONG_PLURAL = re.compile(r"[^aeiou]ys$")


def _bare(word: str) -> str:
    """The word without a French elision ("d'école") or an English possessive ("team's")."""
    return POSSESSIVE.sub("", ELISION.sub("", word))


def _english_derived(word: str) -> bool:
    """A known English word with a prefix or an ending ("reimagined", "architected"), or
    two known words written as one ("codebase", "runbook")."""
    english = checker("en")
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and english.known([rest]):
            return True
    for ending, restored in SUFFIXES:
        if ending == "s" and WRONG_PLURAL.search(word):
            continue
        stem = word[: -len(ending)] + restored if word.endswith(ending) else ""
        if len(stem) >= 5 and (english.known([stem]) or _tech(stem)):
            return True
    # Two words of four letters or more written as one, unless one letter away from a known
    # word: "codebase" is a compound, "existant" ("existent") a slip.
    if english.known(english.edit_distance_1(word)):
        return False
    return any(
        english.known([word[:cut]]) and english.known([word[cut:]])
        for cut in range(4, len(word) - 3)
    )


def _tech(word: str) -> bool:
    return word in tech_words()


def _known(word: str, language: str) -> bool:
    folded = _bare(word.casefold())
    if len(folded) < MIN_LETTERS or _tech(folded) or checker(language).known([folded]):
        return True
    if _hunspell_knows(word, language) or _hunspell_knows(_bare(word), language):
        return True
    if language == "en" and _english_derived(folded):
        return True
    if language == "en":
        return any(
            checker("en").known([pattern.sub(american, folded)])
            for pattern, american in BRITISH
            if pattern.search(folded)
        )
    if checker("en").known([folded]):  # an English word in a German, French or Spanish resume
        return True
    return language == "de" and _german_compound(folded)


def _german_compound(word: str) -> bool:
    """Two or three known words joined, with or without a linking s, es, n or en."""
    german = checker("de")
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for link in GERMAN_LINKS:
            stem = head[: len(head) - len(link)] if link and head.endswith(link) else head
            if (
                len(stem) >= 3
                and german.known([stem])
                and (german.known([tail]) or (len(tail) >= 6 and _german_compound(tail)))
            ):
                return True
    return False


def _checkable(
    text: str,
    start: int,
    end: int,
    line_start: int,
    language: str,
    *,
    heading: bool = False,
    bullet: bool = False,
) -> bool:
    """Whether the word at ``start:end`` is written as an ordinary word of a sentence."""
    word = text[start:end]
    if len(word) < MIN_LETTERS or word.isupper() or any(c.isupper() for c in word[1:]):
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    following = text[end + 1] if end + 1 < len(text) else " "
    if before in GLUED or after in GLUED.replace(".", ""):
        return False
    if (
        start == line_start
        and word.islower()
        and CUT_WORD.search(text, text.rfind("\n", 0, max(0, line_start - 1)) + 1, line_start)
    ):
        return False  # the end of a word hyphenated across lines ("mod-" / "eling")
    if after == "." and following.isalnum():  # "example.com", "Node.js"
        return False
    if not word[0].isupper():
        return True
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if language == "de":
        return not (COMPANY.search(line) or DATED.search(line))
    # Elsewhere a capitalised word is judged only as a heading's first word, a bullet's first
    # word, or a sentence's: at the start of any other line it is an employer or a name.
    before_word = text[line_start:start]
    if heading:
        return before_word.strip() == ""
    if bullet:
        return before_word.strip(" \t-\u2013\u2014\u2022*\u00b7\u25aa\u25e6>") == ""
    return before_word.rstrip().endswith((".", "!", "?"))


@dataclass(frozen=True)
class Unit:
    """A line of the resume as the spelling check reads it."""

    start: int
    end: int
    section: str
    heading: bool = False
    bullet: bool = False


# Characters Tesseract mistakes for one another: a word one such swap from a known word
# ("APis" for "APIs", "Al" for "AI", "rnanaged" for "managed") is the scanner's misread.
OCR_CONFUSIONS = (("i", "I"), ("l", "I"), ("1", "l"), ("0", "O"), ("rn", "m"), ("cl", "d"),
                  ("vv", "w"), ("ii", "u"), ("5", "S"))  # fmt: skip


def ocr_misread(text: str, start: int, end: int, language: str) -> bool:
    """Is the word at ``text[start:end]`` the scanner's misread: a known word with one OCR
    confusion in it ("APis"), a known word and a short one run together ("increasein",
    "Gota"), or a piece of a word split in two ("Mod eling", or "mod-" ... "eling" across
    a date column)?"""
    word = text[start:end]

    def small(part: str) -> bool:
        return part.casefold() in STOPWORDS[language] or (
            len(part) <= 2 and checker(language).known([part.casefold()])
        )

    if any(
        (small(word[:cut]) and _known(word[cut:], language))
        or (small(word[cut:]) and _known(word[:cut], language))
        for cut in range(1, len(word))
    ):
        return True
    before = list(WORD.finditer(text, max(0, start - 40), start))
    after = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    joined_before = bool(before) and text[before[-1].end() : start] == " "
    if joined_before and _known(before[-1].group(0) + word, language):
        return True
    if after and _known(word + after.group(0), language):
        return True
    broken = re.findall(r"([^\W\d_]+)-\n", text[max(0, start - 120) : start])
    if broken and _known(broken[-1] + word, language):
        return True
    for a, b in OCR_CONFUSIONS:
        for old, new in ((a, b), (b, a)):
            at = word.find(old)
            while at >= 0:
                if _known(word[:at] + new + word[at + len(old) :], language):
                    return True
                at = word.find(old, at + 1)
    return False


def find_typos(
    text: str,
    units: list[Unit],
    language: str,
    template: list[tuple[int, int]],
    *,
    ocr: bool = False,
) -> list[Typo]:
    """The typos of ``text``, line by line (``units``), outside the template text
    (``template``, from :func:`find_placeholders`). Text read by OCR (``ocr``) is spared
    the scanner's own misreads (:func:`ocr_misread`).
    ``correction`` is empty when the nearest known word does not begin like the typo (a
    guess a recruiter should not be shown)."""
    counts = Counter(w.casefold() for w in WORD.findall(text))
    found: list[Typo] = []
    for unit in units:
        if unit.section == SectionType.CONTACT:
            continue
        for match in WORD.finditer(text, unit.start, unit.end):
            word = match.group(0)
            if counts[word.casefold()] > 1:
                continue
            if any(start <= match.start() < end for start, end in template):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            at_line_start = line_start <= unit.start
            if not _checkable(
                text, match.start(), match.end(), line_start, language,
                heading=unit.heading and at_line_start, bullet=unit.bullet and at_line_start,
            ):  # fmt: skip
                continue
            if _known(word, language) or (
                ocr and ocr_misread(text, match.start(), match.end(), language)
            ):
                continue
            bare = _bare(word.casefold())
            correction = _correction(bare, language, one_edit=word[0].isupper())
            if not correction:
                continue
            if word[0].isupper() and correction[:2] != bare[:2]:
                continue  # a capitalised word unlike its nearest word is a name
            if correction[:2] != bare[:2]:
                correction = ""
            elif word[0].isupper():
                correction = correction[:1].upper() + correction[1:]
            found.append(Typo(match.start(), match.end(), word, correction))
    return found


LOREM = re.compile(r"\blorem ipsum\b", re.IGNORECASE)


@lru_cache(maxsize=20_000)  # as _hunspell_knows: a slip recurs, its search costs ms
def _correction(word: str, language: str, *, one_edit: bool) -> str | None:
    """The known word ``word`` was meant to be, or None (then it is no slip). A capitalised
    word needs one a single edit away: a name is rarely that close to a word. A compound
    with a slip in its last part ("Qualitätsmanagment") is corrected in that part."""
    spelling = checker(language)
    if one_edit:
        candidates = spelling.known(spelling.edit_distance_1(word))
        correction = nearest.most_frequent(spelling, candidates) if candidates else None
        # A name one edit from a rare word ("Contoso", "contos") is a name. The German list
        # gives no frequencies to tell by.
        if correction and language != "de":
            correction = correction if spelling.word_usage_frequency(correction) >= 1e-6 else None
    else:
        correction = nearest.correction(spelling, word, word_ends(language))
    if correction and correction != word:
        return str(correction)
    if language != "de":
        return None
    for cut in range(len(word) - 5, 3, -1):
        head, tail = word[:cut], word[cut:]
        if _known(tail, language) or not (
            spelling.known([head]) or spelling.known([head.removesuffix("s")])
        ):
            continue
        fixes = spelling.known(spelling.edit_distance_1(tail))
        if fixes:
            return head + nearest.most_frequent(spelling, fixes)
    return None


def find_placeholders(text: str) -> list[tuple[int, int]]:
    """Template text left in: its spans. Lorem ipsum runs to the end of its paragraph (the
    lines after it up to a blank line or a bullet): all of it is filler."""
    spans = []
    for match in PLACEHOLDERS.finditer(text):
        end = match.end()
        if LOREM.match(text, match.start()):
            end = text.find("\n", end)
            end = len(text) if end < 0 else end
            while end < len(text) - 1:
                next_end = text.find("\n", end + 1)
                next_end = len(text) if next_end < 0 else next_end
                line = text[end + 1 : next_end].strip()
                if not line or line[:1] in "-\u2022*\u00b7\u25aa\u25e6":
                    break
                end = next_end
        spans.append((match.start(), end))
    return spans
