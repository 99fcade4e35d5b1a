"""Line-level text normalisation shared by the PDF and DOCX extractors.

Normalisation runs on each visual line BEFORE the final text is assembled, so the offsets in
``ExtractedDocument.lines`` index the final string and never drift. Every step also says
where each output character came from (``normalize_chars``, ``dehyphenate_pieces``): that
is how the text map keeps a box (PDF) or a paragraph (DOCX) for every character of the
final text although characters are expanded ("ﬁ" -> "fi"), dropped (icon glyphs, soft
hyphens) or inserted ("• ").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Ligatures and typographic presentation forms: spelled out by hand instead of a blanket NFKC,
# because NFKC also rewrites things we want to keep ("½", "™", superscripts, CJK forms).
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Characters that are whitespace in practice (NBSP, thin spaces, tabs...).
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
# Invisible characters that only break word matching.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Bullet glyphs normalised to a single "•".
BULLET_CHARS = "•▪►◦‣\u2043●○■□◆◇➢➤▶▸▹✓✔✦❖➔→·∙⦁⚫◼◾"

_TRANSLATE: dict[int, str | None] = {ord(k): v for k, v in _LIGATURES.items()}
_TRANSLATE.update({ord(c): " " for c in _SPACES})
_TRANSLATE.update({ord(c): None for c in _INVISIBLE})
_TRANSLATE.update({ord(c): "•" for c in BULLET_CHARS if c != "·"})
# Fullwidth ASCII (common in CJK resumes) -> ASCII; NFKC would do this too but also more.
_TRANSLATE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})

_CID_RE = re.compile(r"\(cid:\d+\)")
# "C O N T A C T" (whole line of single capitals/letters separated by single spaces).
_LETTER_SPACED_RE = re.compile(r"^(?:\w ){2,}\w$")
# Lines that need none of the steps below (most PDF lines): printable ASCII, single spaces.
_PLAIN_RE = re.compile(r"[!-~](?:[!-~]| (?=[!-~]))*")

# Where each output character came from: an index into the raw line, or INSERTED.
INSERTED = -1


def _is_private_use(ch: str) -> bool:
    # Icon fonts (FontAwesome etc.) map glyphs into the Private Use Area: pure noise as text.
    return unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n"


def normalize_line(raw: str) -> str:
    """Return one clean visual line: NFC, ligatures spelled out, invisible chars dropped,
    icon-font glyphs and ``(cid:N)`` tokens removed, bullets unified to "• ", whitespace
    collapsed."""
    return normalize_chars(raw)[0]


def normalize_chars(raw: str) -> tuple[str, Sequence[int]]:
    """``normalize_line`` plus, for each character of the result, the index of the raw
    character it came from (``INSERTED`` for the space after a bullet). A ``range`` when
    nothing moved (most lines), which callers may take as "the same characters"."""
    if _PLAIN_RE.fullmatch(raw) and "(cid:" not in raw:
        if not _LETTER_SPACED_RE.match(raw):
            return raw, range(len(raw))
        text, src = raw, list(range(len(raw)))
    else:
        text, src = _clean(raw)
    if not text:
        return "", []
    if text[0] == "•":
        text, src = _bullet(text, src)
    if _LETTER_SPACED_RE.match(text) and sum(ch.isupper() for ch in text) >= 3:
        keep = [i for i, ch in enumerate(text) if ch != " "]
        text, src = "".join(text[i] for i in keep), [src[i] for i in keep]
    return text, src


def _clean(raw: str) -> tuple[str, list[int]]:
    """``(cid:N)`` to a space, NFC, the translation table, icon glyphs dropped, whitespace
    collapsed and stripped; with the source index of every character left."""
    chars: list[str] = []
    src: list[int] = []
    pending_space = -2  # index of the first whitespace of a run not yet written
    for ch, i in _nfc(_CID_RE.sub(lambda m: " " * len(m.group()), raw)):
        rep = _TRANSLATE.get(ord(ch), ch)
        if rep is None:
            continue
        for out in rep:
            if _is_private_use(out):
                continue
            if out.isspace():
                if pending_space == -2:
                    pending_space = i
                continue
            if pending_space != -2:
                if chars:  # collapse the run to one space; none at the start
                    chars.append(" ")
                    src.append(pending_space)
                pending_space = -2
            chars.append(out)
            src.append(i)
    return "".join(chars), src


def _nfc(raw: str) -> list[tuple[str, int]]:
    """NFC, each composed character tagged with the index of the raw character that starts
    its combining sequence."""
    if unicodedata.is_normalized("NFC", raw):
        return list(zip(raw, range(len(raw)), strict=True))
    out: list[tuple[str, int]] = []
    start = 0
    for i in range(1, len(raw) + 1):
        if i == len(raw) or _starts_cluster(raw[i]):
            out.extend((ch, start) for ch in unicodedata.normalize("NFC", raw[start:i]))
            start = i
    return out


def _starts_cluster(ch: str) -> bool:
    # Combining marks and Hangul vowel/final jamo compose with what precedes them.
    return unicodedata.combining(ch) == 0 and not "\u1160" <= ch <= "\u11ff"


def _bullet(text: str, src: Sequence[int]) -> tuple[str, list[int]]:
    """Any run of bullets and spaces at the start becomes exactly "• " (a lone bullet too:
    the PDF reader keeps a bullet word by that)."""
    i = 0
    while i < len(text) and text[i] in "• ":
        i += 1
    return "• " + text[i:], [src[0], INSERTED, *src[i:]]


# One output line of ``dehyphenate_pieces``: (input line, start, end) slices, in order.
Pieces = list[tuple[int, int, int]]


def dehyphenate_pieces(lines: list[str]) -> list[Pieces]:
    """Join words broken across lines: ["manage-", "ment of x"] -> ["management", "of x"],
    as slices of the input lines, so every character keeps its origin.

    Only when a lowercase run of >= 2 letters ends in "-" and the next line starts in
    lowercase, so dashes, ranges ("2019-") and compound prefixes in caps are left alone.
    """
    texts = list(lines)
    pieces: list[Pieces] = [[(i, 0, len(t))] for i, t in enumerate(lines)]
    for i in range(len(texts) - 1):
        cur, nxt = texts[i], texts[i + 1]
        if (
            len(cur) >= 3
            and cur.endswith("-")
            and cur[-2].islower()
            and cur[-3].isalpha()
            and nxt
            and nxt[0].islower()
        ):
            head, _, rest = nxt.partition(" ")
            texts[i] = cur[:-1] + head
            texts[i + 1] = rest
            pieces[i] = _cut(pieces[i], 0, len(cur) - 1) + _cut(pieces[i + 1], 0, len(head))
            pieces[i + 1] = _cut(pieces[i + 1], len(nxt) - len(rest), len(nxt))
    return pieces


def _cut(pieces: Pieces, start: int, end: int) -> Pieces:
    """The characters [start, end) of the line that ``pieces`` spell."""
    out: Pieces = []
    pos = 0
    for line, a, b in pieces:
        lo, hi = max(start, pos), min(end, pos + b - a)
        if lo < hi:
            out.append((line, a + lo - pos, a + hi - pos))
        pos += b - a
    return out


def dehyphenate(lines: list[str]) -> list[str]:
    """``dehyphenate_pieces`` as strings."""
    return ["".join(lines[i][a:b] for i, a, b in p) for p in dehyphenate_pieces(lines)]


def count_words(text: str) -> int:
    """Whitespace words, with each CJK ideograph counted as one word (no spaces in CJK)."""
    words = 0
    for token in text.split():
        cjk = sum(1 for ch in token if "\u3400" <= ch <= "\u9fff")
        words += cjk + (1 if len(token) > cjk else 0)
    return words
