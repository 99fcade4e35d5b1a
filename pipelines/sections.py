"""Stage 2: split an ExtractedDocument into contiguous, typed sections.

A line is a heading when
  (a) its whole text (minus bullets/icons/trailing colon) is a known section title in
      English, German, French, Spanish or Chinese (``classify_heading``), it is short, and it
      does not read like a sentence or a "Label: value" pair. A title is known when its words
      are the vocabulary's phrases, modifiers, or words built on its roots ("Habilitations",
      "Tätigkeiten", "Sprachkompetenz"), with at most one Romance adjective after its noun
      ("Projets menés"); or
  (b) it has the same visual signature (font size, bold, ALL CAPS) as the vocabulary
      headings found in this document, that signature is rare in the document, and the line
      is short and title-like -> typed by its best-named root among unknown words, else
      "other" (e.g. "A DAY OF MY LIFE"); or
  (c) two consecutive short lines together form a known title ("Technical" / "Skills").
Letter-spaced titles ("E X P E R I E N C E", "S k i l l s", "W O R K   H I S T O R Y") are
read with their letters joined; when the gaps between words are lost too, the joined letters
are split back into vocabulary words.
A title wrapped onto a second line of the same look is joined ("REFEREES AVAILABLE ON" /
"REQUEST"). Everything before the first heading is the ``contact`` block (title None).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.enums import SectionType
from core.headings import (
    ACADEMIC,
    AWAY_FROM_WORK,
    CJK,
    CJK_GENERIC,
    CONJUNCTIONS,
    FILLER,
    GENERIC,
    OF_WORDS,
    PHRASES,
    PRIORITY,
    ROOT_WORDS,
    ROOTS,
    STEMMED_PHRASES,
    WEAK,
    meaning_type,
    normalise_heading,
    stem,
    stem_phrase,
)
from pipelines.extraction import ExtractedDocument, TextLine
from pipelines.heading_model import learned_type
from pipelines.section_content import YEAR, type_by_content

# The labels the schema fixes (resume_sections.section_type).
SECTION_TYPES = tuple(section_type.value for section_type in SectionType)

_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# The words the vocabulary is written in: what joined letters are split back into.
_VOCABULARY_WORDS = frozenset(w for phrase in PHRASES for w in phrase.split()) | FILLER | ROOT_WORDS
_LONGEST_WORD = max(len(w) for w in _VOCABULARY_WORDS)


@dataclass(frozen=True)
class SectionSpan:
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int
    sequence_order: int


# ----------------------------------------------------------------------------- vocabulary


# "2. Experience", "IV) Skills", "01 — En bref", "3 - Formation".
_ENUMERATOR = re.compile(
    r"^(?:(?:\d{1,2}|[ivx]{1,4}|[a-h](?=[.)]))(?:[.)]|\s*[\u2014\u2013/-](?=\s))|0[1-9](?=\s))\s+",
    re.IGNORECASE,
)


# What a heading line may open with besides its words: bullets, dashes, a code comment's
# slashes ("// experience"), a section sign, guillemets.
_LEADING_MARKS = "•-\u2013\u2014*#>|·/§»\u203a~+=_"


# A heading written as a shell command, as developers do ("$ cat experience.log", "$ ls
# ./certs", "~$ ./tools --list"): the prompt, the command, paths, flags and file endings
# go, the words stay.
_SHELL_PROMPT = re.compile(r"^(?:~?\$|>>>)\s+")
_SHELL_NOISE = re.compile(
    r"(?:^|\s)(?:cat|ls|less|more|head|tail|echo|open|run|git|man|sudo|cd|vim|nano)(?=\s|$)|"
    r"\.(?:txt|log|md|json|ya?ml|sh|py|csv|cfg|conf)\b|(?:^|\s)-{1,2}\w+|[./_]+"
)


def _shell_words(text: str) -> str:
    return re.sub(r"\s+", " ", _SHELL_NOISE.sub(" ", _SHELL_PROMPT.sub("", text))).strip()


def _clean_title(text: str) -> str:
    """Strip bullets, numbering and a trailing colon from a candidate heading line."""
    s = text.strip()
    if _SHELL_PROMPT.match(s):
        s = _shell_words(s)
    s = s.lstrip(_LEADING_MARKS).strip()
    s = _ENUMERATOR.sub("", s)
    return s.rstrip(":\uff1a").strip()


def _as_printed(line_text: str, title: str) -> str:
    """The stored title keeps the heading's number as printed ("2. Experience"): it is
    part of the words the recruiter sees on the page, while matching and typing read the
    title without it."""
    if _SHELL_PROMPT.match(line_text.strip()):
        return line_text.strip()  # "$ cat experience.log" as the page shows it
    printed = line_text.strip().lstrip(_LEADING_MARKS).strip()
    number = _ENUMERATOR.match(printed)
    if number and not _ENUMERATOR.match(title) and printed[number.end() :].startswith(title[:8]):
        return number.group(0) + title
    return title


def _is_letter_spaced(text: str) -> bool:
    """Four or more space-separated characters, nearly all single ("E X P E R I E N C E")."""
    tokens = text.split()
    return len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens)


def _unspaced(title: str) -> str:
    """A letter-spaced title with its letters joined; wider gaps stay as word breaks.

    Any other title is returned unchanged.
    """
    if not _is_letter_spaced(title):
        return title
    return " ".join("".join(word.split()) for word in re.split(r"\s{2,}", title.strip()))


def _segment(letters: str) -> str | None:
    """Split joined letters into the fewest vocabulary words ("workhistory" -> "work
    history"), or None when they cannot be."""
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            head = best[start]
            if head is None or letters[start:end] not in _VOCABULARY_WORDS:
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = [*head, letters[start:end]]
    found = best[-1]
    return " ".join(found) if found else None


def classify_heading(title: str) -> SectionType | None:
    """Section type for a heading text, or None if it is not a known section title.

    The one heading detector: every caller that needs to know whether a line names a
    section asks here; the vocabulary it reads is ``core.headings``.
    """
    cleaned = _clean_title(title)
    raw = _unspaced(cleaned)
    if not raw or len(raw) > 60:
        return None
    if _CJK_RE.search(raw):
        return _classify_cjk(raw)
    kind = _classify_words(normalise_heading(raw))
    if kind is None and (raw != cleaned or _glued_or_broken(raw)):
        # A stray gap before a last letter ("PROJETS MENÉ S"), then words lost altogether.
        kind = _classify_words(re.sub(r" (\w)\b(?= |$)", r"\1", normalise_heading(raw)))
        if kind is not None:
            return kind
        joined = normalise_heading(raw).replace(" ", "")
        segmented = _segment(joined)
        kind = _classify_words(segmented) if segmented else None
        kind = kind or _classify_words(joined) or _segment_with_rest(joined)
    if kind is None and AWAY_FROM_WORK.match(normalise_heading(raw)):
        return SectionType.INTERESTS
    return kind


def _segment_with_rest(joined: str) -> SectionType | None:
    """Joined letters read as vocabulary words and one more word after them
    ("languesmaitrisees" -> "langues maitrisees"); one compound ("kernkompetenzen") is
    tried before this."""
    for cut in range(len(joined) - 3, 2, -1):
        head = _segment(joined[:cut])
        kind = _classify_words(f"{head} {joined[cut:]}") if head else None
        if kind is not None:
            return kind
    return None


def _glued_or_broken(title: str) -> bool:
    """Word gaps lost or misplaced by extraction: letter-spaced with the word gaps gone
    ("W H E R E I ' V E W O R K E D"), words glued ("KenntnisseUndWerkzeuge",
    "WORKEXPERIENCE"), or a stray gap before a last letter ("HISTORIAL LABORA L")."""
    words = normalise_heading(title).split()
    if len(words) == 1:
        return len(words[0]) >= 8
    if not words:
        return False
    return len(words[-1]) == 1 or any(len(w) == 1 and w not in _VOCABULARY_WORDS for w in words)


def _classify_cjk(raw: str) -> SectionType | None:
    if len(re.sub(r"[^\u3400-\u9fff]", "", raw)) > 8:
        return None
    keys = [key for key in CJK if key in raw]
    specific = [key for key in keys if key not in CJK_GENERIC] or keys
    found = {CJK[key] for key in specific}
    return next((kind for kind in PRIORITY if kind in found), None)


def _classify_words(
    normalised: str, unknown_words: int = 0, loose: bool = False
) -> SectionType | None:
    """``unknown_words``: how many words outside the vocabulary the title may hold; beside
    an unknown word only a specific name types the title ("History Teacher", "Career
    Advisor" are no headings), unless ``loose`` (a line already a heading by its look)."""
    if not normalised:
        return None
    if normalised in PHRASES:
        return PHRASES[normalised]
    if stem_phrase(normalised) in STEMMED_PHRASES:
        return STEMMED_PHRASES[stem_phrase(normalised)]
    words = normalised.split()
    if len(words) > 6:
        return None
    named, unknown_at = _named_words(words)
    if not named:
        return None
    if len(unknown_at) > unknown_words:
        # Alone, a title may hold one unknown word only as a Romance adjective after its
        # noun ("Projets menés", "Voluntariado social").
        if unknown_words or not _modifier_shape(words, named, unknown_at, _ROMANCE_END):
            return None
    elif (
        unknown_at
        and not loose
        and min(rank for _, _, rank in named) > 0
        and not _modifier_shape(words, named, unknown_at, _ADJECTIVE_END)
    ):
        return None
    if any(w in CONJUNCTIONS for w in words):
        # "Education et projet et expérience": the first section named, weak words aside.
        strong = [n for n in named if n[2] < 2] or named
        return min(strong)[1]
    best = min(rank for _, _, rank in named)
    kinds = {kind for _, kind, rank in named if rank == best}
    kind = next(kind for kind in PRIORITY if kind in kinds)
    return SectionType.EDUCATION if _academic_path(kind, words) else kind


# How a modifier after its noun ends: Romance adjectives and participles ("breve",
# "menés", "desarrollados", "social") and English participles ("received").
_ADJECTIVE_END = re.compile(
    r"(?:e|es|ee|ees|os|as|ado|ada|ados|adas|ido|ida|idos|idas|al|ales|aux|el|elle|elles|"
    r"ique|iques|if|ive|ives|aire|aires|ed)$"
)

# The same, Romance only and unmistakable: no bare "-e" or English "-ed".
_ROMANCE_END = re.compile(
    r"(?:es|ee|ees|os|as|ado|ada|ados|adas|ido|ida|idos|idas|ales|aux|elles|iques|ives|aires|"
    r"al|ique|ive|aire)$"
)


def _modifier_shape(
    words: list[str], named: list[_Named], unknown_at: list[int], ends: re.Pattern[str]
) -> bool:
    """One unknown word beside one name, standing as a modifier stands: before it with the
    name last ("Specialist skills", "Mein Profil"), or right after it as an adjective or
    participle ("Perfil breve", "Projets menés", "Awards received"). Job titles ("Project
    Manager", "Chef de projet") do not have that shape."""
    if len(unknown_at) != 1 or len(named) != 1 or named[0][2] >= 2:
        return False
    u, n = unknown_at[0], named[0][0]
    word = words[u]
    if len(word) < 3 or not word.isalpha():
        return False
    if u == len(words) - 1 and n < u:
        between = words[n + 1 : u]
        return bool(ends.search(word)) and not any(
            w in OF_WORDS or w in CONJUNCTIONS for w in between
        )
    last = u == n - 1 and n == len(words) - 1
    return ends is _ADJECTIVE_END and last and not stem(words[n]).startswith(stem(word))


def _academic_path(kind: SectionType, words: list[str]) -> bool:
    """An academic path is education ("Akademische Laufbahn", "Parcours universitaire"),
    academic posts are not ("Academic appointments", "Academic experience")."""
    if kind is not SectionType.EXPERIENCE or not any(w.startswith(ACADEMIC) for w in words):
        return False
    posts = ("experien", "erfahrung", "employ", "emploi", "empleo", "appointment", "position")
    return not any(w.startswith(posts) for w in words)


# (position in the title, type, rank): rank 0 a specific name, 1 a generic one
# ("experience", "skills"), 2 a weak modifier ("career", "research"), 3 a hint only (an
# unknown word that starts with a root: "Projektleiter"); half a rank more after "of"/"de".
_Named = tuple[int, SectionType, float]


def _named_words(words: list[str]) -> tuple[list[_Named], list[int]]:
    """The types the title's phrases and words name, and where its unknown words are."""
    stems = [stem(w) for w in words]
    taken = [False] * len(words)
    named: list[_Named] = []
    for size in (3, 2):
        for i in range(len(words) - size + 1):
            chunk = " ".join(stems[i : i + size])
            if not any(taken[i : i + size]) and chunk in STEMMED_PHRASES:
                named.append((i, STEMMED_PHRASES[chunk], 0))
                taken[i : i + size] = [True] * size
    unknown_at: list[int] = []
    after_of = next((i for i, w in enumerate(words) if w in OF_WORDS and i > 0), len(words))
    for i, word in enumerate(words):
        found = None if taken[i] else _word_type(word)
        # The first part of "Fort- und Weiterbildung", "Schul- und Hochschulbildung".
        truncated = found is None and i + 2 < len(words) and words[i + 1] in ("und", "oder")
        if found is not None:
            named.append((i, found[0], found[1] + (0.5 if i > after_of else 0)))
        known = taken[i] or truncated or word in FILLER or stems[i] in FILLER
        if (found is None and not known) or (found is not None and found[1] == 3):
            unknown_at.append(i)
    return named, unknown_at


def _word_type(word: str) -> tuple[SectionType, int] | None:
    """(type, rank) one word names: a weak modifier, a one-word phrase, or a root."""
    if word in WEAK:
        return WEAK[word], 2
    if word in PHRASES:
        return PHRASES[word], int(stem(word) in GENERIC or PHRASES[word] is SectionType.OTHER)
    root = stem(word)
    if root in STEMMED_PHRASES:
        return STEMMED_PHRASES[root], int(
            root in GENERIC or STEMMED_PHRASES[root] is SectionType.OTHER
        )
    if word in FILLER:
        return None
    return _root_type(root)


def _root_type(root: str) -> tuple[SectionType, int] | None:
    """A stem that is a root, starts with one of six letters or more and little after it
    ("educational", "ehrenamtliche"), or ends with one (a German compound's head:
    "Fremdsprachen"); a generic head yields to a root before it ("Sprachkompetenz" is
    languages, "Fremdsprachenkenntnisse" too). A stem that only starts with a root and goes
    on ("Projektleiter", "Sprachschule") is a hint (rank 3), not a name."""
    if root in ROOTS:
        return ROOTS[root], _rank(root)
    # Longest first: a root of five letters or more that the stem ends with, three letters
    # or more after the stem's start; one of six or more it starts with.
    head = _first_root(root[-k:] for k in range(len(root) - 3, 4, -1))
    first = _first_root(root[:k] for k in range(len(root), 5, -1))
    if head is not None and head in GENERIC:
        rest = root[: -len(head)]
        inner = sorted(_roots_inside(rest) - GENERIC, key=_ROOT_ORDER.__getitem__)
        first = max(inner, key=len, default=first)
    if head is not None and (first is None or head not in GENERIC):
        return ROOTS[head], _rank(head)
    if first is None:
        return None
    rest = root[len(first) :]
    rest = rest[1:] if rest[:1] == "s" and len(rest) > 3 else rest  # German joining "s"
    derived = rest in _DERIVED or rest in FILLER or stem(rest) in ROOTS
    return ROOTS[first], _rank(first) if head or derived else 3


_ROOT_ORDER = {root: order for order, root in enumerate(ROOTS)}


def _first_root(candidates: Iterable[str]) -> str | None:
    return next((text for text in candidates if text in ROOTS), None)


def _roots_inside(text: str) -> set[str]:
    """The roots of five letters or more found anywhere in ``text``."""
    return {
        text[start:end] for start in range(len(text) - 4) for end in range(start + 5, len(text) + 1)
    } & ROOTS.keys()


# What a root may go on with and still be that word ("educational", "ehrenamtlich",
# "Projektübersicht" with a filler word).
_DERIVED = frozenset({"", "al", "ally", "lich", "ing", "iv", "ive", "if", "ic", "isch", "ich"})


def _rank(root: str) -> int:
    return int(root in GENERIC or ROOTS[root] is SectionType.OTHER)


def _partial_type(text: str, loose: bool = False) -> SectionType | None:
    """The type named by a title's known words when one word is unknown ("Projets
    réalisés", "Skill set"): only for lines the layout already marks as headings.
    ``loose``: any number of unknown words, typed by the best name among the rest (for a
    line that is a heading by its look whatever its words)."""
    raw = _unspaced(_clean_title(text))
    if _CJK_RE.search(raw):
        return _classify_cjk(raw)
    unknown = 6 if loose else 1
    return _classify_words(normalise_heading(raw), unknown_words=unknown, loose=loose)


# ----------------------------------------------------------------------------- detection


@dataclass
class _Cand:
    index: int
    text: str
    line: TextLine


# heading line index -> (title, type, number of lines it spans)
_Headings = dict[int, tuple[str, str, int]]
_Signature = tuple[float | None, bool, bool]


def _is_caps(s: str) -> bool:
    """Two letters or more and no lower-case ASCII one (a letter outside ASCII that has no
    case, or keeps its lower case in capitals as "ß" may, does not count against it)."""
    return _ASCII_LOWER.search(s) is None and sum(map(str.isalpha, s)) >= 2


_ASCII_LOWER = re.compile("[a-z]")


_TOPIC_WORDS = r"[^\W\d][\w'\u2019-]*(?: [^\W\d][\w'\u2019-]*)?"
_TOPIC_LIST = re.compile(
    rf"{_TOPIC_WORDS}(?:, {_TOPIC_WORDS})+,? (?:and|und|et|y|e|&) {_TOPIC_WORDS}", re.IGNORECASE
)


def _title_like(s: str) -> bool:
    """Short, no sentence punctuation, no digits-heavy content, few words."""
    if not s or len(s) > 48 or len(s.split()) > 6:
        return False
    # A short question is an invitation heading ("¿Hablamos?", "Shall we talk?").
    question = s.endswith("?") and len(s.split()) <= 3
    # So is a short greeting ("Hello!", "¡Hola!"): the exclamation mark goes.
    if s.endswith("!") and len(s.split()) <= 2 and s.count("!") == 1:
        s = s[:-1]
    # A resume may close its headings with a full stop in lower case ("profil.", "me joindre.").
    if s.endswith(".") and s == s.lower() and len(s.split()) <= 4 and s.count(".") == 1:
        s = s[:-1]
    # A list of topics is one title ("GRANTS, FELLOWSHIPS AND PRIZES"): its commas go.
    if _TOPIC_LIST.fullmatch(s):
        s = s.replace(",", " ")
    if re.search(r"[.!?;,@/|:\uff1a]\s*\S|[.!;]$|\d{3,}|https?:|www\.", s) or (
        s.endswith("?") and not question
    ):
        return False
    return sum(c.isalpha() for c in s) >= 2


def _signature(line: TextLine, text: str) -> _Signature:
    size = None if line.font_size is None else round(line.font_size * 2) / 2
    return (size, line.bold, _is_caps(text))


def split_sections(document: ExtractedDocument) -> list[SectionSpan]:
    """Contiguous spans covering ``document.text`` from 0 to len(text)."""
    return _split(document.text, document.lines)


def split_plain_text(text: str) -> list[SectionSpan]:
    """``split_sections`` for a text without layout facts (no font sizes, bold or styles).

    Every non-blank line (``str.splitlines``; surrounding whitespace excluded) is a line of
    the document, so the spans come from the same detector and vocabulary.
    """
    return _split(text, _plain_lines(text))


def _plain_lines(text: str) -> list[TextLine]:
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            lines.append(TextLine(start, start + len(stripped), None, False, 1))
        offset += len(raw)
    return lines


def _split(text: str, lines: Sequence[TextLine]) -> list[SectionSpan]:
    if not text:
        return []
    cands = [_Cand(i, text[ln.start : ln.end], ln) for i, ln in enumerate(lines)]
    headings = _vocabulary_headings(cands)
    _drop_entry_labels(headings, cands, lines)
    _drop_colon_labels(headings, cands)
    _drop_weak_subheadings(headings, cands)
    _drop_small_labels(headings, cands, lines)
    _drop_body_look_titles(headings, cands)
    _drop_repeated_titles(headings, cands)
    _add_two_line_headings(headings, cands)
    _add_rail_headings(headings, cands)
    first = min(headings) if headings else None
    _add_layout_headings(headings, cands, first, lines)
    _add_unnamed_style_headings(headings, cands, lines)
    _add_column_headings(headings, cands, first)
    _add_margin_headings(headings, cands, first)
    _add_styled_headings(headings, cands, first)
    _add_numbered_headings(headings, cands)
    _join_wrapped_titles(headings, cands)
    return _spans(text, lines, headings)


def _vocabulary_headings(cands: list[_Cand]) -> _Headings:
    """(a) Lines whose whole text is a known section title."""
    headings: _Headings = {}
    for c in cands:
        title = _clean_title(c.text)
        cjk_ok = bool(_CJK_RE.search(title)) and not re.search(r"[:\d,=]", title)
        if not _title_like(_unspaced(title)) and not (cjk_ok and len(title) <= 12):
            continue
        kind = classify_heading(c.text)
        if kind is None:
            continue
        # "Languages: Python, Go" is a label inside a section; "Skills:" alone is a heading
        # only if it stands out visually.
        if c.text.rstrip().endswith(":") and not (
            c.line.bold or _is_caps(title) or (c.line.style or "").startswith("Heading")
        ):
            continue
        headings[c.index] = (title, kind, 1)
    return headings


def _body_size(lines: Sequence[TextLine]) -> float | None:
    """The size most of the text is set in (the median over lines), None without sizes."""
    sizes = [ln.font_size for ln in lines if ln.font_size]
    return statistics.median(sizes) if sizes else None


def _drop_entry_labels(headings: _Headings, cands: list[_Cand], lines: Sequence[TextLine]) -> None:
    """A bold label ending in ":" at body size ("Key achievements:", "Missions principales
    :") marks a part of a job entry when the resume sets its headings larger: it is no
    section, however often it recurs."""
    body = _body_size(lines)
    if body is None:
        return
    larger = [i for i in headings if (cands[i].line.font_size or 0) >= body * 1.1]
    if not larger:
        return
    for i in list(headings):
        c = cands[i]
        size = c.line.font_size or body
        label = c.text.rstrip().endswith(":") and not _is_caps(_clean_title(c.text))
        if label and size < body * 1.1 and not (c.line.style or "").startswith("Heading"):
            del headings[i]


def _drop_repeated_titles(headings: _Headings, cands: list[_Cand]) -> None:
    """A known title printed two or more times in the same look ("Missions principales"
    under every job) labels a part of each entry: a section's title is printed once."""
    seen = Counter(
        (normalise_heading(_clean_title(c.text)), _signature(c.line, c.text)) for c in cands
    )
    for i in list(headings):
        c = cands[i]
        if seen[normalise_heading(_clean_title(c.text)), _signature(c.line, c.text)] >= 2:
            del headings[i]


def _drop_colon_labels(headings: _Headings, cands: list[_Cand]) -> None:
    """When a resume's headings do not end in ":", a known word ending in one ("Erfolge:",
    "Achievements:") that follows a job title of its own look since the last heading is a
    label inside that entry, not a section."""
    colon = [i for i in headings if cands[i].text.rstrip().endswith(":")]
    if len(headings) - len(colon) < 3 or 2 * len(colon) >= len(headings):
        return
    for i in colon:
        sig = _signature(cands[i].line, cands[i].text)
        previous = max((h for h in headings if h < i), default=0)
        entry_titles = [
            c
            for c in cands[previous + 1 : i]
            if c.line.bold
            and c.index not in headings
            and _signature(c.line, c.text) == sig
            and not c.text.rstrip().endswith(":")
            and _title_like(_clean_title(c.text))
        ]
        if entry_titles:
            del headings[i]


def _drop_weak_subheadings(headings: _Headings, cands: list[_Cand]) -> None:
    """Sub-headings that happen to be section words ("International Awards" inside Honors,
    "Leadership" as a bold item in a skills column): when most vocabulary headings share
    one style, drop a heading whose style is unique AND visually weaker than that style."""
    single = {i: _signature(cands[i].line, cands[i].text) for i, h in headings.items() if h[2] == 1}
    sig_n = Counter(single.values())
    if len(single) < 3:
        return
    (dom, dom_n), *_ = sig_n.most_common(1)
    if dom_n < 0.6 * len(single):
        return
    body_size = _body_size([c.line for c in cands])
    for i, sig in single.items():
        if sig == dom:
            continue
        # The headings' size and case, well above the body, in another weight: one more
        # heading of a resume that varies its weight ("SOBRE MÍ" among bold "MI TRAYECTORIA").
        if (
            sig[0] == dom[0]
            and sig[2] == dom[2]
            and sig[0]
            and body_size
            and (sig[0] >= body_size * 1.15)
        ):
            continue
        if _sidebar_look(sig, cands, [i for i, g in single.items() if g == dom]):
            continue
        # A label ending in ":" weaker than the headings ("Missions principales :", "Key
        # achievements:") sits inside an entry, however often the resume uses it.
        label = cands[i].text.rstrip().endswith(":")
        # In the look of the entries' own titles (bold job titles, degree lines), not of
        # the headings: a part of an entry ("Réalisations :", "Journal articles").
        entry_look = (
            sum(
                1
                for c in cands
                if c.index and c.index not in headings and _signature(c.line, c.text) == sig
            )
            >= 2
        )
        # The only heading in the entries' look and no larger than the headings ("Licence
        # professionnelle Géomatique", a bold degree line, among regular 11 pt headings).
        lone_entry = entry_look and sig_n[sig] == 1 and not _stronger(sig, dom)
        if (
            ((sig_n[sig] == 1 or label) and _weaker(sig, dom))
            or (entry_look and (label or (sig_n[sig] <= 2 and _weaker(sig, dom))))
            or lone_entry
        ):
            del headings[i]


def _sidebar_look(sig: _Signature, cands: list[_Cand], main_headings: list[int]) -> bool:
    """Every line in this look is a short title in capitals, at one left edge of its own
    away from the main headings': a sidebar's headings ("KONTAKT", "SOFTWARE", "SPRACHEN"
    beside the main column's "Werdegang"), not entry labels, though weaker than those."""
    if not sig[2]:
        return False
    look = [c for c in cands if _signature(c.line, c.text) == sig]
    edges = {round(c.line.x0) for c in look if c.line.x0 is not None}
    main_edges = [cands[i].line.x0 for i in main_headings if cands[i].line.x0 is not None]
    if len(look) < 3 or len(edges) != 1 or not main_edges:
        return False
    (edge,) = edges
    return all(abs(edge - x) > 50 for x in main_edges) and all(
        _title_like(_clean_title(c.text)) for c in look
    )


def _drop_small_labels(headings: _Headings, cands: list[_Cand], lines: Sequence[TextLine]) -> None:
    """A plain label set smaller than the body text under headings set at body size or
    larger is a part of a section: Europass's "Weitere Sprachen", "Compétences
    organisationnelles" in the label column under "PERSÖNLICHE FÄHIGKEITEN"."""
    body = _body_size(lines)
    if body is None:
        return
    sizes = {i: cands[i].line.font_size or 0 for i in headings}
    if sum(size >= body for size in sizes.values()) < 3:
        return
    for i, size in sizes.items():
        line = cands[i].line
        if size < body - 0.3 and not line.bold and not _is_caps(headings[i][0]):
            del headings[i]


def _drop_body_look_titles(headings: _Headings, cands: list[_Cand]) -> None:
    """A known title in the look of the body text, in a resume that sets three or more
    headings apart from it, labels a row or an item ("Outils" and "Langues" in a skills
    table under a bold "Compétences et langues")."""
    if len(cands) < 10:
        return
    (body, _), *_ = Counter(_signature(c.line, c.text) for c in cands).most_common(1)
    if body[0] is None:
        return  # no sizes: nothing tells a heading's look from the body's
    plain = [
        i
        for i in headings
        if _signature(cands[i].line, cands[i].text) == body
        and (cands[i].line.style or "").lower() in _BODY_STYLES
    ]
    set_apart = [i for i in headings if _stronger(_signature(cands[i].line, cands[i].text), body)]
    if len(set_apart) >= 3:
        for i in plain:
            del headings[i]


def _stronger(sig: _Signature, dom: _Signature) -> bool:
    return bool(
        (dom[0] is not None and sig[0] is not None and sig[0] > dom[0] + 0.25)
        or (sig[2] and not dom[2])
    )


def _weaker(sig: _Signature, dom: _Signature) -> bool:
    # Clearly larger is never weaker, whatever its case: the main column's 13 pt "About"
    # beside a sidebar's 10 pt "CONTACT".
    if dom[0] is not None and sig[0] is not None and sig[0] >= dom[0] + 2:
        return False
    return bool(
        (dom[0] is not None and sig[0] is not None and sig[0] < dom[0] - 0.75)
        or (dom[1] and not sig[1])
        or (dom[2] and not sig[2])
    )


def _add_two_line_headings(headings: _Headings, cands: list[_Cand]) -> None:
    """(c) A heading split over two short lines of identical style."""
    for a, b in itertools.pairwise(cands):
        if a.index in headings or b.index in headings:
            continue
        if a.line.font_size != b.line.font_size or a.line.bold != b.line.bold:
            continue
        joined = f"{_clean_title(a.text)} {_clean_title(b.text)}"
        if len(a.text.split()) <= 2 and len(b.text.split()) <= 2 and _title_like(joined):
            kind = classify_heading(joined)
            if kind and classify_heading(a.text) is None and a.line.bold:
                headings[a.index] = (joined, kind, 2)


def _add_rail_headings(headings: _Headings, cands: list[_Cand]) -> None:
    """Label-rail headings read as one line with their content ("Key skills Python, SQL"):
    a line that starts with a known title followed by a capitalised word or a digit. Only
    when three or more lines of three or more types do so: a rail is the layout of the page,
    not one odd line ("Project Management Simulation")."""
    found: _Headings = {}
    for c in cands:
        if c.index in headings or c.index == 0:
            continue
        split = _rail_split(c.text)
        if split:
            found[c.index] = (split[0], split[1], 1)
    if len(found) >= 3 and len({kind for _, kind, _ in found.values()}) >= 3:
        headings.update(found)
        # Beside such a rail, a line in the rail's own look that is only an "other" title
        # ("Leadership" in a list of skills) is an item, not a section.
        looks = {_signature(cands[i].line, cands[i].text) for i in found}
        for i, (_, kind, n) in list(headings.items()):
            plain = _signature(cands[i].line, cands[i].text)[:2] in {sig[:2] for sig in looks}
            if i not in found and n == 1 and kind == SectionType.OTHER and plain:
                del headings[i]


def _rail_split(text: str) -> tuple[str, SectionType] | None:
    """(title, type) of a known title that opens ``text`` and is followed by content."""
    words = text.strip().lstrip("•-\u2013\u2014*#>|·").split()
    for n in (4, 3, 2, 1):
        # "Status: Student" is a label with its value, not a rail.
        if len(words) <= n or any(w.endswith((",", ";", ":", "\uff1a")) for w in words[:n]):
            continue
        follower = words[n][0]
        if not (follower.isupper() or follower.isdigit()) or _continues_title(words, n):
            continue
        head = " ".join(words[:n])
        if not _one_case(words[:n]):
            continue
        kind = classify_heading(head)
        if kind is not None:
            return head, kind
    return None


def _one_case(words: list[str]) -> bool:
    """A title's words after the first share one case ("Previous roles", "Previous Roles"),
    small joining words aside: "Previous roles Site" is a title and the start of content."""
    styles = {
        _word_style(w)
        for w in words[1:]
        if w[:1].isalpha() and normalise_heading(w) not in _JOINING_WORDS
    }
    return len(styles) <= 1


def _continues_title(words: list[str], n: int) -> bool:
    """The words after the first ``n`` read as the rest of one longer title, not as content
    beside it: the whole line in capitals ("SKILL SET", "REFEREES AVAILABLE ON REQUEST"), or
    in Title Case with one word more ("Projets Réalisés")."""
    styles = {_word_style(w) for w in words if w[:1].isalpha()}
    if styles == {"caps"}:
        return True
    return styles == {"title"} and len(words) == n + 1


def _word_style(word: str) -> str:
    if _is_caps(word):
        return "caps"
    return "title" if word[:1].isupper() else "lower"


MAX_STYLED_HEADINGS = 14


def _add_layout_headings(
    headings: _Headings, cands: list[_Cand], first: int | None, lines: Sequence[TextLine]
) -> None:
    """(b) Headings by layout: lines with the signature shared by the vocabulary headings,
    typed by their known words when one word is unknown, else "other". A signature that is
    only bold at body size (job titles have it too) takes only lines with known words."""
    body_size = _body_size(lines)
    sig_counts = Counter(_signature(c.line, c.text) for c in cands)
    vocab_sigs = Counter(
        _signature(cands[i].line, cands[i].text) for i, (_, _, n) in headings.items() if n == 1
    )
    for sig, n in vocab_sigs.items():
        size, bold, caps = sig
        # Headings that all end in ":" ("Experience:", "Off duty:"): the colon is the style.
        colon_style = 2 * sum(
            1
            for i, (_, _, k) in headings.items()
            if k == 1
            and _signature(cands[i].line, cands[i].text) == sig
            and cands[i].text.rstrip().endswith(":")
        ) >= max(2, n)
        larger = bool(size and body_size and size >= body_size * 1.15)
        # Bold at body size is how entries are marked too (job titles, degrees): not enough.
        distinctive = caps or larger or (bold and body_size is None)
        # The signature must be rare: mostly the headings themselves. A look of its own
        # (larger, and bold or in capitals) that only ever sets short title-like lines is
        # the resume's heading style, however many of its headings the vocabulary knows:
        # its place in the layout makes a line a heading ("WHAT I STUDIED").
        peers = [c for c in cands if c.index and _signature(c.line, c.text) == sig]
        heading_style = (
            larger
            and (bold or caps)
            and len(peers) <= MAX_STYLED_HEADINGS
            and all(_title_like(_unspaced(_clean_title(c.text))) for c in peers)
        )
        # A look the resume gives its headings alone, whatever it is (a colour-free
        # monospace "// stack", a bold "Methods" among bold "Tools" and "Languages"): three
        # or more vocabulary headings and only short title-like lines in it. Bold at body
        # size is also the look of job titles: there it admits one title of unknown words.
        exclusive = (
            n >= 3
            and len(peers) <= MAX_STYLED_HEADINGS
            and all(
                _title_like(_unspaced(_clean_title(c.text)))
                and (colon_style or not c.text.rstrip().endswith(":"))
                for c in peers
            )
            and (
                caps
                or larger
                or not bold
                or sum(_partial_type(c.text) is None for c in peers if c.index not in headings) <= 1
            )
        )
        # In bold outside a look of its own (larger, and bold or capitals), a line of
        # unknown words whose next line is dated heads an entry ("HARTWELL JOINERY LTD" /
        # "Lead Carpenter, 2019 - now", a job title over its employer), not a section.
        crowded = n < 2 or sig_counts[sig] > n * 2 + 1
        entry_risk = bold and not heading_style
        if not heading_style and not exclusive and crowded:
            continue
        for c in cands:
            # Never the first line: that is the candidate's name.
            if c.index in headings or first is None or c.index == 0:
                continue
            if _signature(c.line, c.text) != sig or _follows_entry_title(c, cands, headings):
                continue
            title = _clean_title(c.text)
            label = c.text.rstrip().endswith(":") and not colon_style
            if not _title_like(_unspaced(title)) or label:
                continue
            kind = _partial_type(c.text) or (_typed_by_look(c.text) if distinctive else None)
            if entry_risk and kind is None and _next_is_dated(c, cands):
                continue
            # In a look that is not distinctive, an "other" name ("Leadership") is no sign.
            if distinctive or exclusive or kind not in (None, SectionType.OTHER):
                headings[c.index] = (title, kind or SectionType.OTHER, 1)


def _typed_by_look(text: str) -> SectionType | None:
    """The type of a line that is a heading by its look, whatever its words: what a
    question or sentence says ("Where did I learn my craft?"), else its best-known word."""
    return meaning_type(normalise_heading(_clean_title(text))) or _partial_type(text, loose=True)


def _phrase_like(text: str) -> bool:
    """A heading in words of its own: a short title, or a short question or sentence
    ("Where did I learn my craft?", "Das habe ich gelernt", "Les langues que je parle :")."""
    s = _unspaced(_clean_title(text)).lstrip("\u00bf\u00a1").rstrip(" ?!:")
    if not s or len(s) > 60 or len(s.split()) > 8 or s[0].islower():
        return False
    # An invitation may ask, then answer: "Lust auf ein Gespräch? Melden Sie sich!".
    s = re.sub(r"^([^.!?;:]{2,40})[?!]\s+[\u00bf\u00a1]?(?=[A-Z\u00c0-\u00de])", r"\1 ", s)
    if re.search(r"[.!?;,@/|:]\s*\S|\d{3,}|https?:|www\.", s):
        return False
    return sum(c.isalpha() for c in s) >= 2


def _add_unnamed_style_headings(
    headings: _Headings, cands: list[_Cand], lines: Sequence[TextLine]
) -> None:
    """(b') A heading style the vocabulary knows few words of: a look larger than the body
    and bold or in capitals (or much larger, or one that two known headings have) that
    three or more short phrases have, none twice in a row, at most half over a dated line
    (else they are entries' titles), when no other look holds two or more known headings.
    Its lines are headings ("Where have I made an impact?") unless under an entry's title,
    typed by their words or what they say, else "other"."""
    body = _body_size(lines)
    if body is None:
        return
    known = Counter(
        _signature(cands[i].line, cands[i].text) for i, (_, _, n) in headings.items() if n == 1
    )
    styles = Counter(_signature(c.line, c.text) for c in cands if c.index)
    for sig, count in styles.items():
        size, bold, caps = sig
        # Larger and bold or in capitals; or much larger, which is a look of its own; or bold
        # or capitals that two known headings already have.
        larger = bool(size and size >= body * 1.15 and (bold or caps or size >= body * 1.4))
        if not (larger or ((bold or caps) and known[sig] >= 2)):
            continue
        if not 3 <= count <= MAX_STYLED_HEADINGS:
            continue
        if any(k >= 2 and other != sig for other, k in known.items()):
            continue  # the resume's headings have another look: this one is something else
        peers = [c for c in cands if c.index and _signature(c.line, c.text) == sig]
        if not all(_phrase_like(c.text) for c in peers):
            continue
        adjacent = any(
            c.index + 1 < len(cands)
            and _signature(cands[c.index + 1].line, cands[c.index + 1].text) == sig
            for c in peers
        )
        # Entries' titles are each over a dated line; of the sections, only a few open on one
        # (experience, education), and where the look is known, over an entry's own bold title.
        dated = sum(
            _next_is_dated(c, cands) and not (known[sig] >= 2 and cands[c.index + 1].line.bold)
            for c in peers
        )
        if adjacent or 2 * dated > len(peers):
            continue
        for c in peers:
            if c.index not in headings and not _follows_entry_title(c, cands, headings):
                kind = _partial_type(c.text) or _typed_by_look(c.text)
                headings[c.index] = (_clean_title(c.text), kind or SectionType.OTHER, 1)


# Two line starts closer than this (points) are one column.
_COLUMN_SLACK = 1.5


def _add_column_headings(headings: _Headings, cands: list[_Cand], first: int | None) -> None:
    """A label column: where two or more vocabulary headings start at one left edge that,
    after the first heading, no line but short titles starts at (the content sits in a
    column of its own), every title there is a heading, typed by its words or its
    content ("Work", "Technical" beside "Summary" and "Degrees")."""
    if first is None:
        return
    after = [c for c in cands if c.index > first and c.line.x0 is not None]
    starts = Counter(
        round(cands[i].line.x0 / _COLUMN_SLACK)
        for i, (_, _, n) in headings.items()
        if n == 1 and cands[i].line.x0 is not None
    )
    for start, n in starts.items():
        if n < 2:
            continue
        column = [c for c in after if round(c.line.x0 / _COLUMN_SLACK) == start]
        others = [c for c in column if c.index not in headings]
        # A known title with its content on one line ("Carrière Buyer") is a rail's.
        titles = [
            c
            for c in others
            if _title_like(_unspaced(_clean_title(c.text)))
            and not c.text.rstrip().endswith(":")
            and _rail_split(c.text) is None
        ]
        # Only titles in the column, and the vocabulary knows most of them.
        if len(titles) != len(others) or len(titles) > n or len(column) == len(after):
            continue
        looks = {_signature(c.line, c.text) for c in column if c.index in headings}
        for c in titles:
            # In a look the column's headings have; typed by what the section holds.
            if _signature(c.line, c.text) in looks:
                headings[c.index] = (_clean_title(c.text), SectionType.OTHER, 1)


def _add_margin_headings(headings: _Headings, cands: list[_Cand], first: int | None) -> None:
    """A margin of right-aligned labels: when two or more vocabulary headings sit left of
    the column most lines start at, and nothing but short titles does, every title there in
    the headings' look is a heading ("Pratique professionnelle" beside "Profil en bref")."""
    if first is None:
        return
    after = [c for c in cands if c.index >= first and c.line.x0 is not None]
    if not after:
        return
    (content_edge, _), *_ = Counter(round(c.line.x0) for c in after).most_common(1)
    margin = [c for c in after if c.line.x0 < content_edge - 2 * _COLUMN_SLACK]
    known = [c for c in margin if c.index in headings]
    others = [c for c in margin if c.index not in headings]
    if len(known) < 2 or len(margin) == len(after):
        return
    titles = [
        c for c in others if _title_like(_clean_title(c.text)) and not c.text.rstrip().endswith(":")
    ]
    if len(titles) != len(others):
        return
    looks = {_signature(c.line, c.text) for c in known}
    for c in titles:
        if _signature(c.line, c.text) in looks:
            title = _clean_title(c.text)
            headings[c.index] = (title, _partial_type(title, loose=True) or SectionType.OTHER, 1)


def _next_is_dated(cand: _Cand, cands: list[_Cand]) -> bool:
    return cand.index + 1 < len(cands) and bool(YEAR.search(cands[cand.index + 1].text))


def _follows_entry_title(cand: _Cand, cands: list[_Cand], headings: _Headings) -> bool:
    """The line under a bold short line that is not a heading belongs to that entry
    ("Buyer" / "NORTHWIND FREIGHT GMBH"): an entry's title, not a new section."""
    if cand.index == 0 or cand.index - 1 in headings:
        return False
    above = cands[cand.index - 1]
    return above.line.bold and _title_like(_clean_title(above.text))


_HEADING_LEVEL = re.compile(r"heading (\d)")
# Paragraph styles that say nothing about a line's role.
_BODY_STYLES = frozenset({"", "normal", "body text", "list paragraph", "list bullet", "no spacing"})


_NAMED_HEADING_STYLE = re.compile(r"\b(?:heading|überschrift|titre|título|titulo|encabezado)\b")
_TITLE_STYLES = frozenset({"title", "subtitle", "titre", "sous-titre", "título", "subtítulo"})


def _heading_level(style: str | None) -> int | None:
    match = _HEADING_LEVEL.fullmatch((style or "").lower())
    return int(match.group(1)) if match else None


def _add_styled_headings(headings: _Headings, cands: list[_Cand], first: int | None) -> None:
    """DOCX paragraph styles: a line in a Word heading style, or in any style the
    vocabulary headings use ("Subtitle", "ZZ Block Head"), is a heading whatever its words.
    Word's outline is read as such: when the sections sit at one heading level, a deeper
    level ("Heading 3" job titles under "Heading 2" sections) marks parts of an entry."""
    section_levels = [
        level
        for i in headings
        if (level := _heading_level(cands[i].line.style)) is not None and i != 0
    ]
    section_level = min(section_levels) if section_levels else None
    if section_level is not None:
        for i in list(headings):
            level = _heading_level(cands[i].line.style)
            if level is not None and level > section_level and i != 0:
                del headings[i]
    heading_styles = Counter((cands[i].line.style or "").lower() for i in headings)
    for c in cands:
        style = (c.line.style or "").lower()
        if c.index in headings or style in _BODY_STYLES:
            continue
        level = _heading_level(style)
        if level is not None and section_level is not None and level > section_level:
            continue
        # A style of the resume's own named as a heading ("Sentence Heading", "CV
        # Überschrift") marks its headings even when the vocabulary knows none of their words.
        named = bool(_NAMED_HEADING_STYLE.search(style)) and style not in _TITLE_STYLES
        shared = (heading_styles[style] >= 2 or named) and not style.startswith("list")
        if level is not None or shared:
            title = _clean_title(c.text)
            if _title_like(title) and (first is None or c.index > first):
                kind = _partial_type(title, loose=True) or SectionType.OTHER
                headings[c.index] = (title, kind, 1)


# Words a title does not end with: a heading line ending in one was wrapped ("REFEREES
# AVAILABLE ON" / "REQUEST", "ACTIVIDADES DE" / "VOLUNTARIADO").
_JOINING_WORDS = frozenset(
    """
    on of and for in to the de des du d la le les et y del el los las
    en und der die das von zur zum im""".split()  # noqa: SIM905 - a word list reads better as prose
)


_ROMAN_NUMBER = re.compile(r"^[ivx]{1,4}[.)]\s", re.IGNORECASE)


def _numbering(text: str) -> str | None:
    """How a line is numbered: "roman" ("IV. Publications"), "arabic" ("2. Situación"), or
    None."""
    printed = text.strip().lstrip(_LEADING_MARKS).strip()
    if not _ENUMERATOR.match(printed):
        return None
    return "roman" if _ROMAN_NUMBER.match(printed) else "arabic"


def _add_numbered_headings(headings: _Headings, cands: list[_Cand]) -> None:
    """A line numbered like two or more headings and in their look is one of them, whatever
    its words (an academic CV's "III. Thèmes de recherche", "2. Situación profesional
    actual" between "1. Datos personales" and "4. Formación académica")."""
    numbered: dict[tuple[str, _Signature], int] = Counter()
    for i in headings:
        numbering = _numbering(cands[i].text)
        if numbering:
            numbered[(numbering, _signature(cands[i].line, cands[i].text))] += 1
    looks = {look for look, count in numbered.items() if count >= 2}
    if not looks:
        return
    for c in cands:
        numbering = _numbering(c.text)
        if c.index in headings or not numbering:
            continue
        title = _clean_title(c.text)
        if (numbering, _signature(c.line, c.text)) not in looks or len(title.split()) > 8:
            continue
        if len(title) > 60 or re.search(r"[.,;]$|\d{4}", title):
            continue
        headings[c.index] = (title, _partial_type(title, loose=True) or SectionType.OTHER, 1)


def _join_wrapped_titles(headings: _Headings, cands: list[_Cand]) -> None:
    """A heading that ends in a joining word continues on the next line of the same look:
    one title over two lines, typed by the whole."""
    for i in sorted(headings):
        if i not in headings or headings[i][2] != 1 or i + 1 >= len(cands):
            continue
        title, kind, _ = headings[i]
        nxt = i + 1
        words = normalise_heading(title).split()
        below = cands[nxt]
        if _signature(below.line, below.text) != _signature(cands[i].line, cands[i].text):
            continue
        joined = f"{title} {_clean_title(below.text)}"
        if not _title_like(joined):
            continue
        # Ends in a joining word, or the next line names nothing alone and the two together
        # are a known title ("COMPÉTENCES" / "PROFESSIONNELLES").
        wrapped = bool(words) and words[-1] in _JOINING_WORDS
        if wrapped or (
            len(below.text.split()) <= 2
            and classify_heading(below.text) is None
            and _partial_type(below.text) is None
            and classify_heading(joined) is not None
        ):
            headings.pop(nxt, None)
            headings[i] = (joined, _partial_type(joined) or kind, 2)


def _spans(text: str, lines: Sequence[TextLine], headings: _Headings) -> list[SectionSpan]:
    """One span per heading; the text before the first heading is the contact block."""
    order = sorted(headings)
    starts = [lines[i].start for i in order]
    if not order:
        return [SectionSpan(SectionType.OTHER, None, 0, len(text), 0)]
    spans: list[SectionSpan] = []
    if text[: starts[0]].strip():
        spans.append(SectionSpan(SectionType.CONTACT, None, 0, starts[0], 0))
    else:
        starts[0] = 0  # only whitespace before the first heading: fold it in
    for k, i in enumerate(order):
        title, kind, _ = headings[i]
        title = _as_printed(text[lines[i].start : lines[i].end], title)
        end = starts[k + 1] if k + 1 < len(order) else len(text)
        body = text[lines[i].end : end]
        vocabulary_type = classify_heading(title) if title else None
        if kind == SectionType.OTHER and title and vocabulary_type != SectionType.OTHER:
            # Words the vocabulary does not know: typed by what the section holds ("Sonstiges",
            # "Affiliations" are known to be "other" and stay so).
            kind = type_by_content(body) or kind
        if title and not _CJK_RE.search(title):
            # By meaning: what the title says and what the section holds, read together.
            known = vocabulary_type is not None
            kind = learned_type(_unspaced(_clean_title(title)), body, kind, known)
        spans.append(SectionSpan(kind, title, starts[k], end, len(spans)))
    return spans
