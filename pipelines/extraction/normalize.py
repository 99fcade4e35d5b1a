"""Line-level text normalisation shared by the PDF and DOCX extractors.

Normalisation runs on each visual line BEFORE the final text is assembled, so the offsets in
``ExtractedDocument.lines`` index the final string and never drift.
"""

from __future__ import annotations

import re
import unicodedata

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

_WS_RE = re.compile(r"\s+")
_CID_RE = re.compile(r"\(cid:\d+\)")
# "C O N T A C T" (whole line of single capitals/letters separated by single spaces).
_LETTER_SPACED_RE = re.compile(r"^(?:\w ){2,}\w$")


def _is_private_use(ch: str) -> bool:
    # Icon fonts (FontAwesome etc.) map glyphs into the Private Use Area: pure noise as text.
    return unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n"


def normalize_line(raw: str) -> str:
    """Return one clean visual line: NFC, ligatures spelled out, invisible chars dropped,
    icon-font glyphs and ``(cid:N)`` tokens removed, bullets unified to "• ", whitespace
    collapsed."""
    s = _CID_RE.sub(" ", raw)
    s = unicodedata.normalize("NFC", s).translate(_TRANSLATE)
    s = "".join(ch for ch in s if not _is_private_use(ch))
    s = _WS_RE.sub(" ", s).strip()
    if not s:
        return ""
    if s[0] == "•":
        s = "• " + s.lstrip("• ").strip()
        if s == "•":
            return ""
    if _LETTER_SPACED_RE.match(s) and sum(ch.isupper() for ch in s) >= 3:
        s = s.replace(" ", "")
    return s


def dehyphenate(lines: list[str]) -> list[str]:
    """Join words broken across lines: ["manage-", "ment of x"] -> ["management", "of x"].

    Only when a lowercase run of >= 2 letters ends in "-" and the next line starts in
    lowercase, so dashes, ranges ("2019-") and compound prefixes in caps are left alone.
    """
    out = list(lines)
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        if (
            len(cur) >= 3
            and cur.endswith("-")
            and cur[-2].islower()
            and cur[-3].isalpha()
            and nxt
            and nxt[0].islower()
        ):
            head, _, rest = nxt.partition(" ")
            out[i] = cur[:-1] + head
            out[i + 1] = rest
    return out


def count_words(text: str) -> int:
    """Whitespace words, with each CJK ideograph counted as one word (no spaces in CJK)."""
    words = 0
    for token in text.split():
        cjk = sum(1 for ch in token if "\u3400" <= ch <= "\u9fff")
        words += cjk + (1 if len(token) > cjk else 0)
    return words
