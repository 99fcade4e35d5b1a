"""PDF layout both readers share, and the pdfplumber reader.

A reader (``pipelines.extraction.pdfium``, or ``extract_pdf_pdfplumber`` here) turns each
page into ``Glyph``s: characters with a box in points from the top-left of the displayed
page, a font size and weight, after leaving out what a reader cannot see (``visibility``,
recorded as hidden text) and icon-font glyphs. Everything after that is here, once:

- glyphs -> words (``glyphs_to_words``: pdfplumber's word rules, x tolerance relative to
  the font size, so justified TeX lines do not glue words together);
- words -> rows clustered by vertical overlap; a page with a clear gutter is read column
  by column (full-width rows such as headings break the columns into bands);
- rows -> ``DraftLine``s: letter-spaced runs ("J O R D A N") joined, bold and size from
  the glyphs, and for every character of the line the box it came from (the text map);
- page facts (repeated header/footer lines, columns) and the refusal of files without a
  text layer (``finish``).
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from core.filetypes import PDF_MIME
from pipelines.extraction.document import (
    TOO_MUCH_TEXT,
    DraftLayout,
    DraftLine,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    assemble,
)
from pipelines.extraction.normalize import INSERTED, normalize_chars, normalize_line
from pipelines.extraction.textmap import PdfOrigin, Row

# The pdfplumber reader's version: 1 was the text before the text map and hidden text.
PDFPLUMBER_VERSION = "pdfplumber-4"

# Word rules (pdfplumber's WordExtractor with these settings): a new word starts after a
# gap wider than 0.12 em (~1.1 pt at 9 pt: tight justified TeX lines have inter-word gaps
# of ~1.4 pt, so pdfplumber's absolute default of 3 pt glues words together), or when the
# top moves by more than Y_TOLERANCE.
X_TOLERANCE = 1.5  # for clustering rotated text into vertical lines
X_TOLERANCE_RATIO = 0.12
Y_TOLERANCE = 2.5

_MONTHS_RE = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^present$|^now$|^today$",
    re.IGNORECASE,
)
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|extrab|\.B$|-B$|,B$", re.IGNORECASE)
_ICON_FONT_RE = re.compile(
    r"awesome|icons?\b|icon-|fontello|octicons|entypo|ionicons|academicons|marvosym|"
    r"wingding|dingbat|materialsymbols|glyphicons|simpleicons",
    re.IGNORECASE,
)
# pdfplumber spells these out in word texts; the line text spells them out in normalize.
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def is_bold_font(fontname: str) -> bool:
    # Subset prefix "ABCDEF+" is irrelevant; style is in the PostScript name.
    return bool(_BOLD_RE.search(fontname.split("+")[-1]))


def is_icon_font(fontname: str) -> bool:
    # Icon fonts map their glyphs to random letters like "/" or "0" that pollute the text.
    return bool(_ICON_FONT_RE.search(fontname))


# A baseline turned more than about 5 degrees (tan 5° ≈ 0.087): a watermark or a stamp.
SLANT_RATIO = 0.087


@dataclass(slots=True)
class Glyph:
    """One drawn character (or a ligature's several): box in points from the top-left of
    the page as displayed."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    upright: bool = True
    # A space of the file comes right before this glyph in content order: a word break
    # (pdfium's reader keeps no glyph for spaces).
    space_before: bool = False
    # (x0, x1, top, bottom) on the page as displayed, when that is not the layout's box
    # (a page with /Rotate): what the text map records.
    shown: tuple[float, ...] | None = None
    # Drawn along a slanted baseline (a watermark or stamp across the page): its letters
    # climb across the rows of the page, so they are read as a line of their own.
    slanted: bool = False


@dataclass(slots=True)
class Word:
    text: str  # ligatures spelled out, soft hyphens as "-": what the layout rules read
    x0: float
    x1: float
    top: float
    bottom: float
    glyphs: list[Glyph]


# ----------------------------------------------------------------------------- visibility

# Under this size (points) text is unreadable: a known way to stuff keywords.
MIN_VISIBLE_SIZE = 4.0
# Text whose colour has every channel at least this light may vanish into its background;
# the reader checks the background behind it (pdfium.light_text_hidden).
LIGHT_CHANNEL_MIN = 200
# Fill alpha (0-255) under which text is as good as transparent.
MIN_VISIBLE_ALPHA = 26
# A reason, or LIGHT: the glyph is visible unless its background turns out to match it.
LIGHT = "light"


def visibility(
    size: float,
    rgba: tuple[int, int, int, int] | None,
    centre: tuple[float, float],
    page_size: tuple[float, float],
    clip: tuple[float, float, float, float] | None = None,
    invisible_mode: bool = False,
) -> str | None:
    """Why a glyph cannot be seen (a document.HIDDEN_REASONS value), LIGHT when only its
    background can tell, or None. ``clip``: the box (display coordinates) outside which the
    glyph's clip path hides it; ``invisible_mode``: drawn with render mode 3 or 7."""
    return placement(centre, page_size, clip) or appearance(size, rgba, invisible_mode)


def placement(
    centre: tuple[float, float],
    page_size: tuple[float, float],
    clip: tuple[float, float, float, float] | None,
) -> str | None:
    """``visibility`` by where the glyph is: off the page, or outside its clip path."""
    cx, cy = centre
    if not (0 <= cx <= page_size[0] and 0 <= cy <= page_size[1]):
        return "off_page"
    if clip is not None and not (clip[0] <= cx <= clip[2] and clip[1] <= cy <= clip[3]):
        return "clipped"
    return None


def appearance(
    size: float, rgba: tuple[int, int, int, int] | None, invisible_mode: bool = False
) -> str | None:
    """``visibility`` by how the glyph is drawn (the same for every glyph of a text
    object): too small, transparent, invisible, or light (LIGHT). ``size``: the smaller
    side of the em square in points, so text squeezed flat by horizontal scaling (Tz 2)
    is as tiny as 2-pt text."""
    if size < MIN_VISIBLE_SIZE:
        return "tiny"
    if rgba is not None and rgba[3] < MIN_VISIBLE_ALPHA:
        return "white"
    if invisible_mode:
        return "invisible_mode"
    if rgba is not None and min(rgba[:3]) >= LIGHT_CHANNEL_MIN:
        return LIGHT
    return None


# Background check of light text: the part of the page holding the light glyphs is
# rendered at this scale (2 px per 1/36 in: a 10 pt glyph box is 5 px wide; pages with a
# photo render 5x slower at scale 1), each light glyph's box is sampled on a SAMPLES x
# SAMPLES grid, and the glyph is hidden when at most HIDDEN_MAX_DIFFERENT samples differ
# from its colour by more than BACKGROUND_DELTA (0-255, largest channel difference).
RENDER_SCALE = 0.5
SAMPLES = 3
HIDDEN_MAX_DIFFERENT = 1
BACKGROUND_DELTA = 40


def _size_as_seen(page: Any, unrotate: int) -> tuple[float, float]:
    """The page's width and height as the glyph boxes see it (``unrotate``: its /Rotate)."""
    width, height = page.get_size()
    return (height, width) if unrotate in (90, 270) else (width, height)


def region_of(page: Any, glyphs: list[Glyph], unrotate: int) -> tuple[float, ...] | None:
    """The region of the page (a pypdfium2 page) that holds ``glyphs``, with a margin:
    (left, top, right, bottom) as the glyph boxes see the page; None when nothing of them
    is on the page. ``unrotate``: the page's /Rotate."""
    page_w, page_h = _size_as_seen(page, unrotate)
    left = max(0.0, min(g.x0 for g in glyphs) - 2)
    top = max(0.0, min(g.top for g in glyphs) - 2)
    right = min(page_w, max(g.x1 for g in glyphs) + 2)
    bottom = min(page_h, max(g.bottom for g in glyphs) + 2)
    if right - left < 1 or bottom - top < 1:
        return None
    return left, top, right, bottom


def render_crop(page: Any, region: tuple[float, ...], unrotate: int) -> Any:
    """One rendering (at RENDER_SCALE) of ``region`` (``region_of``): the same region
    renders to the same pixel grid every time, so two renderings compare pixel by pixel."""
    left, top, right, bottom = region
    page_w, page_h = _size_as_seen(page, unrotate)
    return page.render(
        scale=RENDER_SCALE,
        rotation=(360 - unrotate) % 360,
        crop=(left, page_h - bottom, page_w - right, top),
        may_draw_forms=False,
    )


def render_region(page: Any, glyphs: list[Glyph], unrotate: int) -> tuple[Any, float, float]:
    """One rendering of the region that holds ``glyphs`` (``region_of``), and the region's
    left and top; None for the bitmap when nothing of them is on the page."""
    region = region_of(page, glyphs, unrotate)
    if region is None:
        return None, 0.0, 0.0
    return render_crop(page, region, unrotate), region[0], region[1]


def rgb_image(bitmap: Any) -> Any:
    """A rendering as a PIL RGB image; the bitmap is closed."""
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()


def hidden_on_background(
    page: Any, items: list[tuple[Glyph, tuple[int, ...]]], unrotate: int = 0
) -> list[bool]:
    """For each (glyph, rgba): is its rendered background its own colour?"""
    bitmap, left, top = render_region(page, [g for g, _ in items], unrotate)
    if bitmap is None:
        return [False] * len(items)  # nothing of them on the page: cannot tell, keep them
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        channels = bitmap.n_channels
        pixels = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    verdicts = []
    for glyph, rgba in items:
        different = 0
        for i in range(SAMPLES):
            for j in range(SAMPLES):
                # Sample the inner part of the box: neighbours' edges bleed into its rim.
                x = glyph.x0 + (glyph.x1 - glyph.x0) * (0.15 + 0.7 * (i + 0.5) / SAMPLES)
                y = glyph.top + (glyph.bottom - glyph.top) * (0.15 + 0.7 * (j + 0.5) / SAMPLES)
                px = min(width - 1, max(0, int((x - left) * RENDER_SCALE)))
                py = min(height - 1, max(0, int((y - top) * RENDER_SCALE)))
                at = py * stride + px * channels  # BGR(x)
                b, g, r = pixels[at], pixels[at + 1], pixels[at + 2]
                delta = max(abs(r - rgba[0]), abs(g - rgba[1]), abs(b - rgba[2]))
                different += delta > BACKGROUND_DELTA
        verdicts.append(different <= HIDDEN_MAX_DIFFERENT)
    return verdicts


# Text on or under a drawn shape (issue 24): the region is rendered at RENDER_SCALE and a
# glyph whose whole box comes out one flat colour (no channel varies by more than
# UNIFORM_SPREAD) shows no ink: in the colour of the shape behind it ("background") or
# under a shape drawn over it ("covered"). Ink of any visible glyph varies its box: a 10 pt
# period alone shifts its pixel by ~100.
UNIFORM_SPREAD = 12


def _pixel_box(glyph: Glyph, left: float, top: float) -> tuple[int, int, int, int]:
    """A glyph's box in pixels of a rendering of the region from (left, top), at least one
    pixel wide and high."""
    x0, y0 = int((glyph.x0 - left) * RENDER_SCALE), int((glyph.top - top) * RENDER_SCALE)
    x1 = max(x0 + 1, round((glyph.x1 - left) * RENDER_SCALE))
    y1 = max(y0 + 1, round((glyph.bottom - top) * RENDER_SCALE))
    return x0, y0, x1, y1


def unseen_on_render(
    page: Any, items: list[tuple[Glyph, tuple[int, ...]]], unrotate: int = 0
) -> list[str | None]:
    """For each (glyph, rgba) over or under a drawn shape: "background" when its box
    renders flat in its own colour, "covered" when flat in another, else None (seen)."""
    bitmap, left, top = render_region(page, [g for g, _ in items], unrotate)
    if bitmap is None:
        return [None] * len(items)
    image = rgb_image(bitmap)
    verdicts: list[str | None] = []
    for glyph, rgba in items:
        box = _pixel_box(glyph, left, top)
        extrema = image.crop(box).getextrema()
        if max(high - low for low, high in extrema) > UNIFORM_SPREAD:
            verdicts.append(None)
            continue
        flat = [low for low, _ in extrema]
        same = max(abs(a - b) for a, b in zip(flat, rgba[:3], strict=True)) <= BACKGROUND_DELTA
        verdicts.append("background" if same else "covered")
    return verdicts


# Two renderings of a glyph's box count as the same when no channel of any pixel moves by
# more than this (anti-aliasing noise stays under it; a glyph's ink moves some by ~100).
SAME_RENDER_DELTA = 16


def same_boxes(before: Any, after: Any, glyphs: list[Glyph], left: float, top: float) -> list[bool]:
    """For each glyph: do two renderings of one region (``render_crop``, as RGB images;
    the region's left and top) agree inside its box?"""
    if before.size != after.size:
        return [False] * len(glyphs)
    from PIL import ImageChops

    difference = ImageChops.difference(before, after)
    same = []
    for glyph in glyphs:
        box = _pixel_box(glyph, left, top)
        extrema = difference.crop(box).getextrema()
        same.append(max(high for _, high in extrema) <= SAME_RENDER_DELTA)
    return same


class LightTextJudge:
    """The background check for a reader that has no pdfium page at hand (pdfplumber):
    opens the file with pdfium on first use."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def __enter__(self) -> LightTextJudge:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pdf is not None:
            self.pdf.close()

    def hidden(self, page_no: int, items: list[tuple[Glyph, tuple[int, ...]]]) -> list[bool]:
        import pypdfium2

        try:
            if self.pdf is None:
                self.pdf = pypdfium2.PdfDocument(self.data)
            page = self.pdf[page_no - 1]
        except (pypdfium2.PdfiumError, IndexError):
            return [False] * len(items)  # cannot tell: keep the text
        try:
            return hidden_on_background(page, items)
        finally:
            page.close()


def hidden_runs(seq: Iterable[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """(reason, text) runs from a page's characters in content order, each (text, reason
    or None); whitespace between hidden characters is kept as a space."""
    runs: list[tuple[str, str]] = []
    reason: str | None = None
    buf: list[str] = []
    for text, why in seq:
        if why is None and (not text or text.isspace()):
            if reason is not None:
                buf.append(" ")
            continue
        if why != reason:
            if reason is not None and buf:
                runs.append((reason, "".join(buf)))
            reason, buf = why, []
        if why is not None:
            buf.append(text)
    if reason is not None and buf:
        runs.append((reason, "".join(buf)))
    return [(r, t) for r, t in runs if t.strip()]


# ----------------------------------------------------------------------------- words


def glyphs_to_words(glyphs: list[Glyph]) -> list[Word]:
    """pdfplumber's word rules (``extract_words`` without text flow), on any reader's
    glyphs: runs of upright/rotated glyphs, clustered into lines by top (x0 when rotated),
    sorted along the line, split at blanks and at gaps wider than the tolerance."""
    words: list[Word] = []
    for upright, run in itertools.groupby(glyphs, key=lambda g: g.upright):
        group = list(run)
        if upright:
            lines = _cluster(group, lambda g: g.top, Y_TOLERANCE)
        else:
            lines = _cluster(group, lambda g: g.x0, X_TOLERANCE)
        for line in lines:
            line.sort(key=(lambda g: g.x0) if upright else (lambda g: (g.top, g.bottom)))
            words.extend(_split_words(line, upright))
    return words


def _cluster(glyphs: list[Glyph], key: Callable[[Glyph], float], tol: float) -> list[list[Glyph]]:
    """pdfplumber's cluster_objects: sorted distinct values chained while the step is
    within ``tol``; glyphs keep their order inside a cluster."""
    values = sorted({key(g) for g in glyphs})
    cluster_of: dict[float, int] = {}
    cluster = 0
    for i, v in enumerate(values):
        if i and v > values[i - 1] + tol:
            cluster += 1
        cluster_of[v] = cluster
    out: list[list[Glyph]] = [[] for _ in range(cluster + 1)]
    for g in glyphs:
        out[cluster_of[key(g)]].append(g)
    return [c for c in out if c]


def _split_words(line: list[Glyph], upright: bool) -> list[Word]:
    words: list[Word] = []
    cur: list[Glyph] = []
    for g in line:
        if g.text.isspace():
            if cur:
                words.append(_word(cur))
            cur = []
        elif cur and (g.space_before or _begins_new_word(cur[-1], g, upright)):
            words.append(_word(cur))
            cur = [g]
        else:
            cur.append(g)
    if cur:
        words.append(_word(cur))
    return words


def _begins_new_word(prev: Glyph, cur: Glyph, upright: bool) -> bool:
    tol = X_TOLERANCE_RATIO * prev.size
    if upright:
        return cur.x0 < prev.x0 or cur.x0 > prev.x1 + tol or abs(cur.top - prev.top) > Y_TOLERANCE
    return cur.top < prev.top or cur.top > prev.bottom + Y_TOLERANCE or abs(cur.x0 - prev.x0) > tol


def _word(glyphs: list[Glyph]) -> Word:
    text = "".join([_LIGATURES.get(g.text, g.text) for g in glyphs])
    return Word(
        # A soft hyphen drawn in a PDF is a visible hyphen (TeX fonts encode "-" as U+00AD).
        text.replace("\u00ad", "-"),
        min([g.x0 for g in glyphs]),
        max([g.x1 for g in glyphs]),
        min([g.top for g in glyphs]),
        max([g.bottom for g in glyphs]),
        glyphs,
    )


# ----------------------------------------------------------------------------- rows, columns


def _group_rows(words: list[Word]) -> list[list[Word]]:
    """Cluster words into visual rows by vertical overlap (midline inside the row band)."""
    rows: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        if rows and bands[-1][0] - 0.5 <= mid <= bands[-1][1] + 0.5:
            rows[-1].append(w)
            top, bottom = bands[-1]
            bands[-1] = (min(top, w.top), max(bottom, w.bottom))
        else:
            rows.append([w])
            bands.append((w.top, w.bottom))
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _find_gutter(rows: list[list[Word]], width: float) -> float | None:
    """x of a vertical gap that splits the page into two columns, or None.

    A gutter is an x (within the middle of the page, so margin date columns don't count)
    crossed by few rows while both sides carry real text.
    """
    if len(rows) < 5:
        return None
    gutter = _emptiest_gap(rows, width)
    if gutter is None or not _both_sides_are_text(rows, gutter):
        return None
    if not _right_side_is_a_column(rows, gutter):
        return None
    return gutter


def _emptiest_gap(rows: list[list[Word]], width: float) -> float | None:
    """The centre of the longest stretch of x (middle of the page) that few rows cross."""
    lo, hi = int(width * 0.27), int(width * 0.73)
    # How many words cross each x: +1 where a word starts, -1 after it ends, summed up.
    steps = [0] * (hi - lo + 2)
    for row in rows:
        for w in row:
            a, b = max(lo, int(w.x0) - 2), min(hi, int(w.x1) + 2)
            if a <= b:
                steps[a - lo] += 1
                steps[b - lo + 1] -= 1
    crossing = list(itertools.accumulate(steps[:-1]))
    allowed = max(1, int(len(rows) * 0.08))
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for i, c in enumerate([*crossing, 10**9]):
        if c <= allowed:
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if best is None or (i - run_start) > (best[1] - best[0]):
                best = (run_start, i)
            run_start = None
    if best is None or best[1] - best[0] < 4:
        return None
    # Prefer the least-crossed x inside the run (centre of the emptiest stretch).
    seg = crossing[best[0] : best[1]]
    m = min(seg)
    idxs = [best[0] + i for i, c in enumerate(seg) if c == m]
    return lo + (idxs[0] + idxs[-1]) / 2


def _both_sides_are_text(rows: list[list[Word]], gutter: float) -> bool:
    """Enough rows and words on each side, and words rather than dates or numbers."""
    left_rows = sum(1 for r in rows if any(w.x1 < gutter for w in r))
    right_rows = sum(1 for r in rows if any(w.x0 > gutter for w in r))
    words_left = sum(1 for r in rows for w in r if w.x1 < gutter)
    words_right = sum(1 for r in rows for w in r if w.x0 > gutter)
    total = words_left + words_right
    if left_rows < 4 or right_rows < 4 or total == 0:
        return False
    if min(words_left, words_right) < 0.08 * total:
        return False
    # A side made of dates/numbers only is a date gutter, not a column.
    for side in (
        [w for r in rows for w in r if w.x1 < gutter],
        [w for r in rows for w in r if w.x0 > gutter],
    ):
        tokens = [w.text for w in side if re.search(r"\w", w.text)]
        alpha = sum(1 for t in tokens if re.search(r"[^\W\d_]{3,}", t) and not _MONTHS_RE.match(t))
        if alpha < 0.5 * len(tokens):
            return False
    return True


def _right_side_is_a_column(rows: list[list[Word]], gutter: float) -> bool:
    """A real right column is left-aligned, varied text; not a strip of dates or places."""
    right = [[w for w in r if w.x0 > gutter] for r in rows]
    right = [r for r in right if r]
    # A right-aligned date/location strip (one-column layouts) has ragged starts and
    # aligned ends.
    starts = Counter(round(min(w.x0 for w in r) / 3) for r in right)
    ends = Counter(round(max(w.x1 for w in r) / 3) for r in right)
    left_aligned = starts.most_common(1)[0][1] >= 0.5 * len(right)
    right_aligned = ends.most_common(1)[0][1] >= 0.5 * len(right)
    if right_aligned and not left_aligned:
        return False
    # Repeated identical lines ("Seoul, S.Korea" per job) mean a location/date strip.
    right_texts = [" ".join(w.text for w in r) for r in right]
    return len(set(right_texts)) >= 0.7 * len(right_texts)


# ----------------------------------------------------------------------------- lines


def _letter_groups(row: list[Word]) -> list[list[Word]]:
    """Words of a row in groups written without a space between them: runs of single
    letters ("J O R D A N") are re-joined, split where the gap is clearly wider than the
    letter spacing; every other word is a group of its own."""
    out: list[list[Word]] = []
    i = 0
    while i < len(row):
        j = i
        while j < len(row) and len(row[j].text) == 1 and row[j].text.isalpha():
            j += 1
        if j - i >= 3:
            run = row[i:j]
            gaps = [run[k + 1].x0 - run[k].x1 for k in range(len(run) - 1)]
            med = statistics.median(gaps)
            cur = [run[0]]
            for k, g in enumerate(gaps):
                if g > med * 1.6 + 0.8:
                    out.append(cur)
                    cur = []
                cur.append(run[k + 1])
            out.append(cur)
            i = j
        else:
            out.append([row[i]])
            i += 1
    return out


def _row_text(row: list[Word], page_no: int) -> tuple[str, list[PdfOrigin | None]]:
    """The raw text of a row (groups joined by single spaces) and each character's box:
    its glyph's x extent, and its word's top and bottom (a row may join words of other
    sizes or of a neighbouring column a little higher or lower: the map keeps each word's
    own band); a glyph spelling several characters shares its box out evenly."""
    parts: list[str] = []
    origins: list[PdfOrigin | None] = []
    for n, group in enumerate(_letter_groups(row)):
        if n:
            parts.append(" ")
            origins.append(None)
        for word in group:
            band: Row = (page_no, word.top, word.bottom)
            for g in word.glyphs:
                text = g.text.replace("\u00ad", "-")
                parts.append(text)
                row, x0, x1 = band, g.x0, g.x1
                if g.shown is not None:  # on a rotated page each glyph is its own row
                    x0, x1, top, bottom = g.shown
                    row = (band[0], top, bottom)
                elif not g.upright or g.slanted:  # so is a glyph of rotated text
                    row = (band[0], g.top, g.bottom)
                if len(text) == 1:
                    origins.append((row, x0, x1))
                    continue
                step = (x1 - x0) / max(1, len(text))
                origins.extend((row, x0 + k * step, x0 + (k + 1) * step) for k in range(len(text)))
    return "".join(parts), origins


def _normalized_origins(src: Sequence[int], raw: list[PdfOrigin | None]) -> list[PdfOrigin | None]:
    """The box of each normalised character: a raw character spelled out as several
    ("ﬃ" -> "ffi") shares its box out evenly among them."""
    if isinstance(src, range):  # normalize_chars: nothing moved
        return raw
    out: list[PdfOrigin | None] = []
    k = 0
    while k < len(src):
        i = src[k]
        run = 1
        while k + run < len(src) and src[k + run] == i and i != INSERTED:
            run += 1
        origin = None if i == INSERTED else raw[i]
        if origin is None or run == 1:
            out.extend([origin] * run)
        else:
            row, x0, x1 = origin
            step = (x1 - x0) / run
            out.extend((row, x0 + n * step, x0 + (n + 1) * step) for n in range(run))
        k += run
    return out


def _row_to_line(row: list[Word], page_no: int) -> tuple[DraftLine, float, float]:
    glyphs = [g for w in row for g in w.glyphs if not g.text.isspace()]
    sizes = [round(g.size, 1) for g in glyphs] or [0.0]
    bold_n = sum(1 for g in glyphs if g.bold)
    top = min(w.top for w in row)
    bottom = max(w.bottom for w in row)
    raw, raw_origins = _row_text(row, page_no)
    text, src = normalize_chars(raw)
    line = DraftLine(
        text=text,
        font_size=statistics.median(sizes) if glyphs else None,
        bold=bool(glyphs) and bold_n >= 0.6 * len(glyphs),
        page=page_no,
        origins=_normalized_origins(src, raw_origins),
        x0=min(w.x0 for w in row),
    )
    return line, top, bottom


def _rows_to_lines(rows: list[list[Word]], page_no: int) -> list[DraftLine]:
    """Convert rows (already in reading order for one column/band) to lines, marking
    paragraph gaps (vertical gap clearly above the normal line pitch)."""
    out: list[DraftLine] = []
    prev_bottom: float | None = None
    built = [_row_to_line(r, page_no) for r in rows]
    heights = [b - t for _, t, b in built if b > t]
    typical = statistics.median(heights) if heights else 10.0
    for line, top, bottom in built:
        if prev_bottom is not None and top - prev_bottom > 0.75 * typical:
            line.blank_before = True
        out.append(line)
        prev_bottom = bottom
    return out


def _has_text(word: str) -> bool:
    """Does anything of the word survive normalisation (icon glyphs, controls do not)?"""
    if word.isascii() and word.isprintable() and "(cid:" not in word:
        return True  # a word has no spaces: printable ASCII stays as it is
    return bool(normalize_line(word))


def page_lines(
    glyphs: list[Glyph], width: float, page_no: int, layout: DraftLayout
) -> list[DraftLine]:
    """One page's visible glyphs as lines in reading order (column by column when the
    page has a gutter)."""
    # Slanted and vertical text (a watermark, a sidebar label turned 90 degrees) crosses
    # the page's rows: read in the order it is drawn, as lines of its own.
    slanted = [g for g in glyphs if g.slanted or not g.upright]
    if slanted:
        glyphs = [g for g in glyphs if not (g.slanted or not g.upright)]
    words = [w for w in glyphs_to_words(glyphs) if _has_text(w.text)]
    lines: list[DraftLine] = []
    if words:
        rows = _group_rows(words)
        gutter = _find_gutter(rows, width)
        if gutter is None:
            lines = _rows_to_lines(rows, page_no)
        else:
            layout.multi_column = True
            lines = _column_lines(rows, gutter, page_no)
    for run in _slanted_runs(slanted):
        line, _, _ = _row_to_line(run, page_no)
        line.blank_before = True
        lines.append(line)  # after the page's rows: it crosses them
    if lines:
        lines[0].blank_before = True
    return lines


def _slanted_runs(glyphs: list[Glyph]) -> list[list[Word]]:
    """Slanted text as runs of words in content order, split where the file puts a space;
    a new run starts where the next glyph does not follow on from the last one."""
    runs: list[list[Word]] = []
    word: list[Glyph] = []
    run: list[Word] = []
    for g in glyphs:
        follows = not word or abs(g.x0 - word[-1].x1) + abs(g.top - word[-1].top) < 3 * g.size
        if g.text.isspace() or g.space_before or not follows:
            if word:
                run.append(_word(word))
            word = []
            if not follows and run:
                runs.append(run)
                run = []
        if not g.text.isspace():
            word.append(g)
    if word:
        run.append(_word(word))
    if run:
        runs.append(run)
    return [[w for w in r if _has_text(w.text)] for r in runs if any(_has_text(w.text) for w in r)]


def _column_lines(rows: list[list[Word]], gutter: float, page_no: int) -> list[DraftLine]:
    """Left column, then right column, band by band; a row crossing the gutter (a
    full-width heading) closes the band above it."""
    lines: list[DraftLine] = []
    band_left: list[Word] = []
    band_right: list[Word] = []

    def flush() -> None:
        for side in (band_left, band_right):
            if side:
                col = _rows_to_lines(_group_rows(side), page_no)
                if col and lines:
                    col[0].blank_before = True
                lines.extend(col)
        band_left.clear()
        band_right.clear()

    for row in rows:
        if any(w.x0 < gutter < w.x1 for w in row):
            flush()
            full = _rows_to_lines([row], page_no)
            if lines:
                full[0].blank_before = True
            lines.extend(full)
        else:
            band_left.extend(w for w in row if w.x1 <= gutter)
            band_right.extend(w for w in row if w.x0 >= gutter)
    flush()
    return lines


def edge_texts(lines: list[DraftLine]) -> Counter[str]:
    """A page's top and bottom two lines, digits masked: header/footer candidates."""
    edge: Counter[str] = Counter()
    for ln in lines[:2] + lines[-2:]:
        edge[re.sub(r"\d+", "#", ln.text.lower())] += 1
    return edge


def count_drawn(layout: DraftLayout, n: int, limits: ExtractionLimits) -> None:
    """Every character drawn, visible or not, counts against ``max_text_chars``: text
    pushed off the page or made invisible is still more text than a resume holds."""
    layout.drawn_chars += n
    if layout.drawn_chars > limits.max_text_chars:
        raise ExtractionError(TOO_MUCH_TEXT, "too_large")


def check_page_count(n_pages: int, limits: ExtractionLimits) -> None:
    if n_pages == 0:
        raise ExtractionError("The PDF has no pages.", "corrupt")
    if n_pages > limits.max_pages:
        raise ExtractionError(
            f"The PDF has {n_pages} pages; a resume may have at most {limits.max_pages}.",
            "too_many_pages",
        )


def finish(
    all_lines: list[DraftLine],
    edges: list[Counter[str]],
    layout: DraftLayout,
    limits: ExtractionLimits,
    version: str,
) -> ExtractedDocument:
    """Header/footer fact, the no-text-layer refusal, and the assembled document."""
    if layout.page_count >= 2:
        seen = Counter(k for edge in edges for k in edge)
        layout.header_footer_text = any(v >= 2 and len(k) > 2 for k, v in seen.items())
    visible = sum(len(ln.text) for ln in all_lines)
    if visible < 20 and layout.ocr_pages:
        raise ExtractionError(
            "The PDF is a scan without selectable text, and OCR found too little legible text "
            "on it; upload a clearer scan (upright, at least 150 dpi) or a PDF exported from "
            "Word, Google Docs or similar so the text can be read.",
            "no_text_layer",
        )
    if visible < 20:
        raise ExtractionError(
            "The PDF has no selectable text (it looks like a scan or an image); upload a PDF "
            "exported from Word, Google Docs or similar so the text can be read.",
            "no_text_layer",
        )
    return assemble(PDF_MIME, all_lines, layout, limits, version)


# ----------------------------------------------------------------------------- pdfplumber


def _keep_object(obj: dict[str, Any]) -> bool:
    """Drop icon-font glyphs: "(cid:N)" tokens and chars from known icon fonts."""
    if obj.get("object_type") != "char":
        return True
    if str(obj.get("text", "")).startswith("(cid:"):
        return False
    return not is_icon_font(str(obj.get("fontname", "")))


def _plumber_rgba(char: dict[str, Any]) -> tuple[int, int, int, int] | None:
    """The fill colour as RGBA 0-255, None when pdfplumber cannot say (patterns...)."""
    colour = char.get("non_stroking_color")
    if not isinstance(colour, tuple) or not all(isinstance(v, int | float) for v in colour):
        return None
    if len(colour) == 1:
        r = g = b = colour[0]
    elif len(colour) == 3:
        r, g, b = colour
    elif len(colour) == 4:
        c, m, y, k = colour
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return (round(r * 255), round(g * 255), round(b * 255), 255)


def _plumber_crop(page: Any) -> tuple[float, float, float, float]:
    """pdfplumber places characters on the displayed media box: (x, y) of the crop box's
    top-left corner there, and the crop box's displayed width and height."""
    m = _ordered(page.page_obj.mediabox)
    c = _ordered(page.page_obj.cropbox or page.page_obj.mediabox)
    c = (max(c[0], m[0]), max(c[1], m[1]), min(c[2], m[2]), min(c[3], m[3]))
    w, h = c[2] - c[0], c[3] - c[1]
    rotation = int(page.rotation or 0) % 360
    if rotation == 90:
        return c[1] - m[1], c[0] - m[0], h, w
    if rotation == 180:
        return m[2] - c[2], c[1] - m[1], w, h
    if rotation == 270:
        return m[3] - c[3], m[2] - c[2], h, w
    return c[0] - m[0], m[3] - c[3], w, h


def _ordered(box: Any) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _plumber_glyphs(
    page: Any, page_no: int, light: Callable[[int, list[tuple[Glyph, tuple[int, ...]]]], list[bool]]
) -> tuple[list[Glyph], list[tuple[str, str]]]:
    """A page's visible glyphs (displayed page, from the crop box's top-left corner) and
    its hidden runs. pdfplumber knows neither the text render mode nor clip paths: only
    off-page, tiny and light-on-light text are found."""
    ox, oy, *size = _plumber_crop(page)
    glyphs: list[Glyph] = []
    seq: list[tuple[str, str | None]] = []
    glyph_at: list[int] = []  # seq index of each glyph
    light_at: list[tuple[int, Glyph, tuple[int, ...]]] = []
    prev: Glyph | None = None
    for c in page.chars:
        if not _keep_object(c):
            continue
        g = Glyph(
            text=c["text"],
            x0=c["x0"] - ox,
            x1=c["x1"] - ox,
            top=c["top"] - oy,
            bottom=c["bottom"] - oy,
            # pdfminer sizes a turned glyph by its advance, a thin "i" to a point or two:
            # its box across the line is the font's size.
            size=float(c["size"]) if c.get("upright", True) else max(c["size"], c["x1"] - c["x0"]),
            bold=is_bold_font(c.get("fontname", "")),
            upright=bool(c.get("upright", True)),
        )
        matrix = c.get("matrix") or (1, 0)
        g.slanted = g.upright and abs(matrix[1]) > SLANT_RATIO * abs(matrix[0])
        if prev is not None and (abs(g.top - prev.top) > 1 or g.x0 > prev.x1 + g.size * 0.25):
            seq.append((" ", None))  # a word break for the hidden text's quote, not a glyph
        prev = g
        reason = None
        if not g.text.isspace():
            rgba = _plumber_rgba(c)
            centre = ((g.x0 + g.x1) / 2, (g.top + g.bottom) / 2)
            em = g.size
            # Squeezed along its line: across x, or across y for vertical text.
            advance = g.x1 - g.x0 if g.upright else max(g.x1 - g.x0, g.bottom - g.top)
            if advance < 0.05 * g.size and not unicodedata.combining(g.text[:1]):
                em = 0.0  # no glyph is that narrow unless squeezed flat (horizontal scaling)
            reason = visibility(em, rgba, centre, (size[0], size[1]))
            if reason == LIGHT:
                light_at.append((len(seq), g, rgba or (255, 255, 255, 255)))
                reason = None
        glyph_at.append(len(seq))
        seq.append((g.text, reason))
        glyphs.append(g)
    if light_at:
        verdicts = light(page_no, [(g, rgba) for _, g, rgba in light_at])
        for (k, _, _), hidden in zip(light_at, verdicts, strict=True):
            if hidden:
                seq[k] = (seq[k][0], "white")
    visible = [g for g, at in zip(glyphs, glyph_at, strict=True) if seq[at][1] is None]
    return visible, hidden_runs(seq)


def _pdf_open_error(exc: BaseException) -> ExtractionError:
    # pdfplumber wraps pdfminer errors (PdfminerException); look through the chain.
    names = []
    cur: BaseException | None = exc
    while cur is not None and len(names) < 10:
        names.append(type(cur).__name__)
        names.extend(type(a).__name__ for a in cur.args if isinstance(a, BaseException))
        cur = cur.__cause__ or cur.__context__
    if any("Password" in n or "Encrypt" in n for n in names):
        return ExtractionError(
            "The PDF is password-protected; upload an unprotected copy.", "encrypted"
        )
    return ExtractionError(
        "The PDF is damaged or incomplete and cannot be read; export it again and re-upload.",
        "corrupt",
    )


def _plumber_pages(
    pdf: Any, data: bytes, layout: DraftLayout, limits: ExtractionLimits
) -> tuple[list[DraftLine], list[Counter[str]]]:
    """Every page's lines, and per page the texts of its top and bottom two lines."""
    all_lines: list[DraftLine] = []
    edges: list[Counter[str]] = []
    with LightTextJudge(data) as judge:
        for page_no, page in enumerate(pdf.pages, start=1):
            if page.images:
                layout.has_images = True
            # Tables: ruled grids (find_tables' default "lines" strategy).
            if not layout.has_tables and len(page.lines) + len(page.rects) >= 4:
                layout.has_tables = bool(page.find_tables())
            layout.page_sizes.append(tuple(_plumber_crop(page)[2:]))
            count_drawn(layout, len(page.chars), limits)
            glyphs, hidden = _plumber_glyphs(page, page_no, judge.hidden)
            layout.hidden.extend((page_no, reason, text) for reason, text in hidden)
            plines = page_lines(glyphs, _plumber_crop(page)[2], page_no, layout)
            edges.append(edge_texts(plines))
            all_lines.extend(plines)
            page.flush_cache()  # keep memory flat on long files
    return all_lines, edges


def extract_pdf_pdfplumber(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    import pdfplumber

    layout = DraftLayout()
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise _pdf_open_error(exc) from exc
    with pdf:
        try:
            # Page tree only (cheap): refuse long files before touching content streams.
            n_pages = len(pdf.pages)
        except Exception as exc:
            raise _pdf_open_error(exc) from exc
        check_page_count(n_pages, limits)
        layout.page_count = n_pages
        try:
            all_lines, edges = _plumber_pages(pdf, data, layout, limits)
        except (ExtractionError, MemoryError):
            raise
        except Exception as exc:
            raise _pdf_open_error(exc) from exc
    return finish(all_lines, edges, layout, limits, PDFPLUMBER_VERSION)
