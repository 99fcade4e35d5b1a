"""PDF reader on pypdfium2 (the default engine): characters with their page, box, font and
visibility.

Per page, pdfium's text page gives every character in content order with its text object,
its loose box (``FPDFText_GetLooseCharBox``) and its origin; once per text object come the
font (bold, icon font), the size in points (font size times the text matrix), the font's
descent, the fill (or stroke) colour and alpha, the render mode and the clip path. Boxes
are made the way pdfminer makes them (from the origin, one font size high above the
descent), because the shared layout (``pdf``) was tuned on pdfplumber's boxes. Before the
text page is loaded, /ActualText marks are removed (pdfium would report the ActualText in
place of the glyphs a reader sees, all boxed in the first one); pdfium's line-end hyphen
(U+0002) is a "-", and a code it cannot map to Unicode (TeX ligatures without ToUnicode)
is named by the font's /Encoding /Differences, read with pdfminer. Layout works on the
crop box as drawn; the text map records boxes on the page as displayed (/Rotate).

Characters a reader cannot see are left out of the text and recorded as hidden text
(``pdf.visibility``):

- ``invisible_mode``: render mode 3 (invisible) or 7 (clip only), except the OCR layer of
  a scan (invisible text over images that cover most of the page: the reader sees the
  image of those words);
- ``off_page``: the character's centre outside the crop box;
- ``clipped``: its centre outside the bounding box of its object's clip path (a clip path
  is approximated by its bounding box: text hidden inside the box of a non-rectangular
  clip path is not found);
- ``tiny``: under ``pdf.MIN_VISIBLE_SIZE`` points high, or as narrow (squeezed flat by
  horizontal scaling);
- ``white``: alpha under ~10 %, or a light colour (every channel >= 200) whose background,
  sampled from a rendering of that part of the page, has the text's own colour (white on
  white; white text on a dark sidebar stays);
- ``background`` / ``covered``: a word over or under a filled shape or an image whose
  letters all render flat (no ink) in a rendering of that part of the page: in the colour
  of what is behind it (navy on a navy box), or under a shape drawn after it. Only pages
  with text on or under shapes are rendered for it.

Why the default (measured by bench/sections.py and bench/extract.py on the shared corpus,
see the commit that made it so): the same section headings as pdfplumber (corpus P 1.000,
R 0.971; generated 1.000/1.000), the same word recall (0.971), the same layout facts, at
about a fifth of pdfplumber's time (in process ~7x the bare pypdfium2 text floor against
~35x) and two thirds of its peak memory.

Speed: three calls per character (text object, box, origin) through ctypes prototypes that
take and return plain addresses; everything else is per text object or per page; spaces of
the file become word breaks, not glyphs. The page is rendered only when it has light text.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import io
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from pipelines.extraction.document import (
    TOO_MUCH_TEXT,
    DraftLayout,
    DraftLine,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
)
from pipelines.extraction.ocr import OCR_VERSION, PageReader, parallel_pages
from pipelines.extraction.pdf import (
    BACKGROUND_DELTA,
    LIGHT,
    SLANT_RATIO,
    Glyph,
    appearance,
    check_page_count,
    count_drawn,
    edge_texts,
    finish,
    hidden_on_background,
    hidden_runs,
    is_bold_font,
    is_icon_font,
    page_lines,
    placement,
    region_of,
    render_crop,
    rgb_image,
    same_boxes,
    unseen_on_render,
)

# 4: words whose box renders the same without them are hidden ("unrendered"), and
# ActualText never drawn is reported ("undrawn").
PDFIUM_VERSION = "pdfium-4"

# An invisible-mode character over an image, on a page that images cover at least this
# share of, is the OCR layer of a scan, and stays.
SCAN_IMAGE_SHARE = 0.5
# A page with fewer visible characters than this, that images cover at least
# SCAN_IMAGE_SHARE of, is a scan without a text layer: it is read by OCR (``ocr``).
OCR_BELOW_CHARS = 20
# Page objects looked at per page for images and ruled tables (a page of vector art has
# thousands; a resume a few dozen).
MAX_PAGE_OBJECTS = 5000
# pdfium reads at most 32767 characters of one string: a text object that long is no
# resume, and what it draws cannot be read whole.
MAX_STRING_CHARS = 32_000
# Points of one path read for ruled tables (an icon's outline has dozens).
MAX_PATH_SEGMENTS = 2000


def _prototype(fn: Any, restype: Any, *argtypes: Any) -> Any:
    # The same C function with plain-address arguments and result: no pointer objects to
    # build or unwrap per call, which is most of ctypes' cost on the per-character path.
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_vp, _int = ctypes.c_void_p, ctypes.c_int
_get_text_object = _prototype(pdfium_c.FPDFText_GetTextObject, _vp, _vp, _int)
_get_loose_box = _prototype(pdfium_c.FPDFText_GetLooseCharBox, _int, _vp, _int, _vp)
_get_unicode = _prototype(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _vp, _int)
_get_origin = _prototype(pdfium_c.FPDFText_GetCharOrigin, _int, _vp, _int, _vp, _vp)
_get_matrix = _prototype(pdfium_c.FPDFText_GetMatrix, _int, _vp, _int, _vp)
_get_font = _prototype(pdfium_c.FPDFTextObj_GetFont, _vp, _vp)
_get_font_size = _prototype(pdfium_c.FPDFTextObj_GetFontSize, _int, _vp, _vp)
_get_descent = _prototype(pdfium_c.FPDFFont_GetDescent, _int, _vp, ctypes.c_float, _vp)


_get_render_mode = _prototype(pdfium_c.FPDFTextObj_GetTextRenderMode, _int, _vp)
_get_fill = _prototype(pdfium_c.FPDFPageObj_GetFillColor, _int, _vp, _vp, _vp, _vp, _vp)
_get_stroke = _prototype(pdfium_c.FPDFPageObj_GetStrokeColor, _int, _vp, _vp, _vp, _vp, _vp)
_get_clip = _prototype(pdfium_c.FPDFPageObj_GetClipPath, _vp, _vp)


class _Scratch:
    """Out-parameters for the calls above, allocated once per page."""

    def __init__(self) -> None:
        self.rect = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.origin = (ctypes.c_double(), ctypes.c_double())
        self.float = ctypes.c_float()
        self.float_size = 0.0  # the object's font size, before the matrix
        self.rgba = (ctypes.c_uint * 4)()
        self.rect_at = ctypes.addressof(self.rect)
        self.matrix_at = ctypes.addressof(self.matrix)
        self.origin_at = tuple(ctypes.addressof(v) for v in self.origin)
        self.float_at = ctypes.addressof(self.float)
        self.rgba_at = tuple(ctypes.addressof(self.rgba) + 4 * i for i in range(4))
        # The page's text objects by what they say (see _text_object).
        self.objects: dict[tuple[Any, ...], _TextObject] = {}


# Text render modes (PDF 9.3.6): stroked only (its colour is the stroke colour), and drawn
# not at all (3 invisible, 7 added to the clip path only).
_STROKE_MODES = {1, 5}
_INVISIBLE_MODES = {3, 7}


@dataclass(frozen=True)
class _Page:
    """Where things are on a page: the layout works on the crop box as drawn (points from
    its top-left corner, /Rotate ignored: text is laid out upright in page space); the
    text map and the rendered page are the page as displayed (/Rotate applied)."""

    left: float  # the crop box's top-left corner in page space
    top: float
    width: float  # the crop box, unrotated
    height: float
    rotation: int  # /Rotate, clockwise degrees: 0, 90, 180 or 270

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A page-space point in layout coordinates."""
        return x - self.left, self.top - y

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, ...]:
        """(x0, x1, top, bottom) in layout coordinates of a page-space box."""
        return left - self.left, right - self.left, self.top - top, self.top - bottom

    @property
    def display_size(self) -> tuple[float, float]:
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height

    def shown(self, x0: float, x1: float, top: float, bottom: float) -> tuple[float, ...]:
        """A layout box on the displayed page, (x0, x1, top, bottom)."""
        w, h = self.width, self.height
        if self.rotation == 90:  # the page turned clockwise: x from the old bottom
            return h - bottom, h - top, x0, x1
        if self.rotation == 180:
            return w - x1, w - x0, h - bottom, h - top
        if self.rotation == 270:
            return top, bottom, w - x1, w - x0
        return x0, x1, top, bottom


def _page_space(page: Any) -> _Page:
    left, bottom, right, top = page.get_bbox()  # crop box within the media box
    rotation = page.get_rotation() % 360
    return _Page(left, top, right - left, top - bottom, rotation if rotation % 90 == 0 else 0)


@dataclass(slots=True)
class _TextObject:
    """What one text object says about all of its characters (shared by the objects that
    say the same: a TeX page has an object per word or two)."""

    font: str  # PostScript name, subset prefix included
    icon: bool
    bold: bool
    size: float
    upright: bool
    descent: float  # points below the baseline (negative), at this size
    rgba: tuple[int, int, int, int]
    clip: tuple[float, float, float, float] | None  # display coordinates
    appearance: str | None  # pdf.appearance: the same for all of its glyphs
    slanted: bool = False  # upright, but along a baseline turned more than a few degrees


_Fonts = dict[int, tuple[str, bool, bool]]


def _font_facts(font: int, fonts: _Fonts) -> tuple[str, bool, bool]:
    """(name, icon font, bold) from the PostScript name of a font (``fonts``: this page's
    cache by font handle)."""
    if font not in fonts:
        buf = ctypes.create_string_buffer(256)
        handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
        n = pdfium_c.FPDFFont_GetBaseFontName(handle, buf, 256) if font else 0
        name = buf.raw[: max(0, min(n, 256) - 1)].decode("latin-1", "replace")
        fonts[font] = (name, is_icon_font(name), is_bold_font(name))
    return fonts[font]


def _text_object(
    textpage: int, index: int, obj: int, space: _Page, fonts: _Fonts, tmp: _Scratch
) -> _TextObject:
    font = _get_font(obj) or 0
    _get_matrix(textpage, index, tmp.matrix_at)
    m = tmp.matrix
    tmp.float.value = 0.0
    _get_font_size(obj, tmp.float_at)
    tmp.float_size = tmp.float.value
    size = tmp.float_size * math.hypot(m.c, m.d)
    # pdfminer's rule, so both readers agree on what is rotated.
    upright = m.a * m.d > 0 and m.b * m.c <= 0
    mode = _get_render_mode(obj)
    (_get_stroke if mode in _STROKE_MODES else _get_fill)(obj, *tmp.rgba_at)
    rgba = (tmp.rgba[0], tmp.rgba[1], tmp.rgba[2], tmp.rgba[3])
    clip = _get_clip(obj)
    clip_box = _clip_box(ctypes.cast(clip, pdfium_c.FPDF_CLIPPATH), space) if clip else None
    key = (font, size, m.a, m.b, upright, mode, rgba, clip_box)
    shared = tmp.objects.get(key)
    if shared is None:
        name, icon, bold = _font_facts(font, fonts)
        tmp.float.value = 0.0
        if font:
            _get_descent(font, size, tmp.float_at)
        # The em's width counts as much as its height: text squeezed flat by horizontal
        # scaling is as unreadable as tiny text.
        em = min(size, tmp.float_size * math.hypot(m.a, m.b))
        appears = appearance(em, rgba, mode in _INVISIBLE_MODES)
        shared = _TextObject(
            name,
            icon,
            bold,
            size,
            upright,
            min(0.0, tmp.float.value),
            rgba,
            clip_box,
            appears,
            slanted=upright and abs(m.b) > SLANT_RATIO * abs(m.a),
        )
        tmp.objects[key] = shared
    return shared


def _clip_box(clip: Any, space: _Page) -> tuple[float, float, float, float] | None:
    """The bounding box (display coordinates) of the intersection of a clip path's
    paths, None when it has no points."""
    box = [-math.inf, -math.inf, math.inf, math.inf]
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(min(pdfium_c.FPDFClipPath_CountPaths(clip), 64)):
        xs: list[float] = []
        ys: list[float] = []
        for j in range(min(pdfium_c.FPDFClipPath_CountPathSegments(clip, i), 256)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(
                segment, ctypes.byref(x), ctypes.byref(y)
            ):
                px, py = space.point(x.value, y.value)
                xs.append(px)
                ys.append(py)
        if xs:
            box = [
                max(box[0], min(xs)),
                max(box[1], min(ys)),
                min(box[2], max(xs)),
                min(box[3], max(ys)),
            ]
    if box[0] == -math.inf:
        return None
    # Rounding in the producer must not clip text that sits exactly on the edge.
    return (box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1)


# ----------------------------------------------------------------------------- characters


@dataclass
class _PageText:
    """A page's characters as read: the visible glyphs, and per character in content
    order (text, hidden reason or None), with the glyphs that need a background check."""

    glyphs: list[Glyph]
    seq: list[tuple[str, str | None]]
    glyph_at: list[int]  # seq index of each glyph
    light: list[tuple[int, int, tuple[int, ...]]]  # (glyph index, seq index, rgba)
    # (glyph index, seq index) hidden by render mode (an OCR layer may keep them)
    invisible: list[tuple[int, int]]
    rgba: list[tuple[int, ...]]  # each glyph's colour (for the check against shapes)
    objects: list[int]  # each glyph's text object (its place in the drawing order)

    def note(self, reason: str, rgba: tuple[int, ...]) -> None:
        """Before the next glyph is added: remember it for the checks that need the whole
        page (a light colour's background, invisible text over a scan)."""
        at = (len(self.glyphs), len(self.seq))
        if reason == LIGHT:
            self.light.append((*at, rgba))
        elif reason == "invisible_mode":
            self.invisible.append(at)


def _page_text(
    textpage: Any, space: _Page, layout: DraftLayout, limits: ExtractionLimits, names: GlyphNames
) -> _PageText:
    """Every character of the page in content order. The loop is the per-character cost
    of the reader, hence written flat: upright glyphs (nearly all) are boxed inline,
    rotated ones and anything unusual go through helpers."""
    raw = textpage.raw
    address = ctypes.cast(raw, ctypes.c_void_p).value
    n = pdfium_c.FPDFText_CountChars(raw)
    count_drawn(layout, n, limits)
    text = _page_chars(textpage, address, n)
    out = _PageText([], [], [], [], [], [], [])
    glyphs, seq, glyph_at = out.glyphs, out.seq, out.glyph_at
    tmp = _Scratch()
    rect, rect_at = tmp.rect, tmp.rect_at
    origin_x, origin_y = tmp.origin
    origin_at = tmp.origin_at
    left, top = space.left, space.top
    objects: dict[int, _TextObject] = {}
    fonts: _Fonts = {}
    last, run_start, info = 0, 0, None
    gap = spaced = False  # after an inferred break / after a space of the file
    previous = None
    for k in range(n):
        obj = _get_text_object(address, k)
        if not obj:  # a space or line break pdfium inferred: no glyph of the file
            seq.append((" ", None))
            gap = True
            continue
        if obj != last:
            info = objects.get(obj)
            if info is None:
                info = objects[obj] = _text_object(address, k, obj, space, fonts, tmp)
            last, run_start = obj, k
        elif k - run_start >= MAX_STRING_CHARS:
            raise ExtractionError(TOO_MUCH_TEXT, "too_large")
        assert info is not None
        if info.icon:
            continue
        ch = text[k]
        if ch < " " or ch >= "\ufffe":  # get_text_range's stand-ins for control codes
            ch = _control_char(raw, k, chr(_get_unicode(address, k)), info.font, names)
        if ch.isspace():
            # A space drawn in the file ends the word before it (as in pdfplumber, where
            # the space sorts between the two words); it needs no glyph of its own.
            seq.append((ch, None))
            gap = spaced = True
            continue
        if info.upright and not space.rotation:
            # pdfminer's box, which the layout's word gaps, row bands and paragraph gaps
            # were tuned on: from the origin (the loose box also spans a glyph's overhang
            # to the left, "y" or "j", and would glue it to the word before), from the
            # font's descent below the baseline to one font size above that. Every glyph
            # of a row, spaces included, gets the same band.
            _get_loose_box(address, k, rect_at)
            _get_origin(address, k, *origin_at)
            right = rect.right
            x0 = max(rect.left, min(right, origin_x.value)) - left
            bottom = top - origin_y.value - info.descent
            glyph = Glyph(ch, x0, right - left, bottom - info.size, bottom, info.size, info.bold)
            glyph.slanted = info.slanted
        else:
            glyph = _glyph(address, k, ch, info, space, tmp)
        if previous is not None and not gap and _same_glyph(previous, glyph):
            # One glyph that stands for several characters ("fi" from a ToUnicode map):
            # pdfium repeats its box for each; its box is shared out later.
            previous.text += ch
            continue
        glyph.space_before, gap, spaced, previous = spaced, False, False, glyph
        reason = _reason(glyph, info, space)
        if reason is not None:
            out.note(reason, info.rgba)
            if reason == LIGHT:
                reason = None
        glyph_at.append(len(seq))
        seq.append((ch, reason))
        glyphs.append(glyph)
        out.rgba.append(info.rgba)
        out.objects.append(obj)
    return out


def _same_glyph(previous: Glyph, glyph: Glyph) -> bool:
    """Is ``glyph`` pdfium's repeat of ``previous``'s box (a ligature's next character)?
    The letters of vertical text share x0 and x1 but not their top."""
    return (previous.x0, previous.x1, previous.top) == (glyph.x0, glyph.x1, glyph.top)


def _page_chars(textpage: Any, address: int, n: int) -> str:
    """The page's characters, one per character index."""
    text = textpage.get_text_range() if n else ""
    if len(text) != n:  # NULs dropped or characters beyond the BMP: one call per character
        text = "".join(chr(_get_unicode(address, k) or 0xFFFD) for k in range(n))
    return text


def _glyph(address: int, k: int, ch: str, info: _TextObject, space: _Page, tmp: _Scratch) -> Glyph:
    """A glyph of rotated text, or of a page with /Rotate (``_page_text`` boxes the rest)."""
    rect = tmp.rect
    _get_loose_box(address, k, tmp.rect_at)
    if not info.upright:
        x0, x1, top, bottom = space.box(rect.left, rect.bottom, rect.right, rect.top)
        glyph = Glyph(ch, x0, x1, top, bottom, info.size, info.bold, False)
    else:
        # pdfminer's box, which the layout's word gaps, row bands and paragraph gaps were
        # tuned on: from the origin (the loose box also spans a glyph's overhang to the
        # left, "y" or "j", and would glue it to the word before), from the font's descent
        # below the baseline to one font size above that. Every glyph of a row, spaces
        # included, gets the same band.
        _get_origin(address, k, *tmp.origin_at)
        x0 = max(rect.left, min(rect.right, tmp.origin[0].value)) - space.left
        bottom = space.top - tmp.origin[1].value - info.descent
        glyph = Glyph(
            ch, x0, rect.right - space.left, bottom - info.size, bottom, info.size, info.bold
        )
    if space.rotation:
        glyph.shown = space.shown(glyph.x0, glyph.x1, glyph.top, glyph.bottom)
    return glyph


def _reason(glyph: Glyph, info: _TextObject, space: _Page) -> str | None:
    """pdf.visibility for a glyph of this object, the object's part worked out once."""
    cx, cy = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
    clip = info.clip
    if (
        0 <= cx <= space.width
        and 0 <= cy <= space.height
        and (clip is None or (clip[0] <= cx <= clip[2] and clip[1] <= cy <= clip[3]))
    ):
        return info.appearance
    return placement((cx, cy), (space.width, space.height), clip)


def _control_char(textpage: Any, index: int, ch: str, font: str, names: GlyphNames) -> str:
    """pdfium's U+0002 is a hyphen it found at a line end (drawn: a "-"). Any other
    control code is a character code pdfium could not map to Unicode (TeX fonts without a
    ToUnicode map draw "fi", "fl" from codes 27-31): the glyph name the font's /Encoding
    /Differences gives that code says what it is, as it does for pdfminer."""
    if ch == "\x02" and pdfium_c.FPDFText_IsHyphen(textpage, index):
        return "-"
    if ord(ch) < 0x20 and pdfium_c.FPDFText_HasUnicodeMapError(textpage, index):
        return names.unicode(font, ord(ch)) or ch
    return ch


class GlyphNames:
    """Code -> glyph name of every font with an /Encoding /Differences array, read with
    pdfminer from the file on first use (only files with unmapped codes pay for it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.by_font: dict[str, dict[int, str]] | None = None

    def unicode(self, font: str, code: int) -> str | None:
        from pdfminer.encodingdb import name2unicode

        if self.by_font is None:
            self.by_font = _differences(self.data)
        name = self.by_font.get(font.split("+")[-1], {}).get(code)
        try:
            return name2unicode(name) if name else None
        except (KeyError, ValueError):
            return None


def _differences(data: bytes) -> dict[str, dict[int, str]]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    out: dict[str, dict[int, str]] = {}
    if b"/Differences" not in data and b"/ObjStm" not in data:
        return out  # no encoding differences anywhere, not even compressed ones
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        objids = [i for xref in doc.xrefs for i in xref.get_objids()][:MAX_PAGE_OBJECTS]
    except Exception:  # pdfminer may refuse what pdfium read: then no names
        return out
    for objid in objids:
        try:
            obj = doc.getobj(objid)
            if not isinstance(obj, dict) or getattr(obj.get("Type"), "name", None) != "Font":
                continue
            encoding = resolve1(obj.get("Encoding"))
            base = getattr(resolve1(obj.get("BaseFont")), "name", None)
            if not isinstance(encoding, dict) or not isinstance(base, str):
                continue
            codes: dict[int, str] = {}
            code = 0
            for item in resolve1(encoding.get("Differences")) or ():
                item = resolve1(item)
                if isinstance(item, int):
                    code = item
                elif isinstance(item, PSLiteral):
                    codes[code] = str(item.name)
                    code += 1
            # pdfium names fonts without the subset prefix ("ABCDEF+"), so subsets of one
            # font share an entry: first name for a code wins.
            known = out.setdefault(base.split("+")[-1], {})
            for code, name in codes.items():
                known.setdefault(code, name)
        except Exception:  # noqa: S112 - one broken font dictionary: skip it
            continue
    return out


# ----------------------------------------------------------------------------- page objects


@dataclass
class _PageObjects:
    images: list[tuple[float, float, float, float]]  # display boxes
    paths: list[tuple[int, tuple[float, ...]]]  # (path object's address, page-space matrix)
    # Content order: each object's place in the page's drawing order (what is drawn later
    # lies on top), and each image's (parallel to ``images``).
    order: dict[int, int] = field(default_factory=dict)
    image_order: list[int] = field(default_factory=list)
    # The /ActualText replacement texts removed from the page's text objects.
    actual_texts: list[str] = field(default_factory=list)
    # Text objects inside optional content (marked "OC").
    optional: set[int] = field(default_factory=set)


def _mul(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """m after n (PDF matrices [a b c d e f])."""
    a, b, c, d, e, f = n
    a2, b2, c2, d2, e2, f2 = m
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


_page_count = _prototype(pdfium_c.FPDFPage_CountObjects, _int, _vp)
_page_object = _prototype(pdfium_c.FPDFPage_GetObject, _vp, _vp, _int)
_form_count = _prototype(pdfium_c.FPDFFormObj_CountObjects, _int, _vp)
_form_object = _prototype(pdfium_c.FPDFFormObj_GetObject, _vp, _vp, ctypes.c_ulong)
_object_type = _prototype(pdfium_c.FPDFPageObj_GetType, _int, _vp)
_object_matrix = _prototype(pdfium_c.FPDFPageObj_GetMatrix, _int, _vp, _vp)
_count_marks = _prototype(pdfium_c.FPDFPageObj_CountMarks, _int, _vp)
_get_mark = _prototype(pdfium_c.FPDFPageObj_GetMark, _vp, _vp, ctypes.c_ulong)
_mark_value_type = _prototype(pdfium_c.FPDFPageObjMark_GetParamValueType, _int, _vp, _vp)
_remove_mark = _prototype(pdfium_c.FPDFPageObj_RemoveMark, _int, _vp, _vp)
_mark_name = _prototype(pdfium_c.FPDFPageObjMark_GetName, _int, _vp, _vp, ctypes.c_ulong, _vp)
_mark_string = _prototype(
    pdfium_c.FPDFPageObjMark_GetParamStringValue, _int, _vp, _vp, _vp, ctypes.c_ulong, _vp
)


def _walk(page: Any) -> list[tuple[int, int, tuple[float, ...]]]:
    """Page objects (inside form XObjects too, not the forms themselves) with their type
    and page-space matrix (a text object's is its form's: its glyphs' places come from
    the text page)."""
    out: list[tuple[int, int, tuple[float, ...]]] = []
    stack: list[tuple[int, bool, tuple[float, ...], int]] = [
        (ctypes.cast(page.raw, ctypes.c_void_p).value, False, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)
    ]
    m = pdfium_c.FS_MATRIX()
    m_at = ctypes.addressof(m)
    while stack and len(out) < MAX_PAGE_OBJECTS:
        parent, is_form, outer, depth = stack.pop()
        count = _form_count(parent) if is_form else _page_count(parent)
        get = _form_object if is_form else _page_object
        for i in range(min(max(0, count), MAX_PAGE_OBJECTS)):
            obj = get(parent, i)
            kind = _object_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                out.append((obj, kind, outer))
                continue
            _object_matrix(obj, m_at)
            matrix = _mul(outer, (m.a, m.b, m.c, m.d, m.e, m.f))
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
                stack.append((obj, True, matrix, depth + 1))
            elif kind != pdfium_c.FPDF_PAGEOBJ_FORM:
                out.append((obj, kind, matrix))
    return out


def _page_objects(page: Any, space: _Page) -> _PageObjects:
    """Images and table rules of the page; and ActualText removed from its text objects
    (before the text page is loaded)."""
    found = _PageObjects([], [])
    for index, (obj, kind, matrix) in enumerate(_walk(page)):
        found.order[obj] = index
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            actual_texts, optional = _read_marks(obj)
            found.actual_texts += actual_texts
            if optional:
                found.optional.add(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            a, b, c, d, e, f = matrix  # an image fills the unit square of its matrix
            corners = [space.point(a * u + c * v + e, b * u + d * v + f) for u, v in _UNIT]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            found.images.append((min(xs), min(ys), max(xs), max(ys)))
            found.image_order.append(index)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            found.paths.append((obj, matrix))
    return found


_UNIT = ((0, 0), (1, 0), (0, 1), (1, 1))
_ACTUAL_TEXT = ctypes.create_string_buffer(b"ActualText")
_ACTUAL_TEXT_AT = ctypes.addressof(_ACTUAL_TEXT)


def _read_marks(obj: int) -> tuple[list[str], bool]:
    """Drop the object's /ActualText marks, and return their texts: pdfium would otherwise
    give the marked content's ActualText in place of every glyph in it, all boxed inside
    the first glyph (LaTeX puts "tel:+1 555..." on a phone icon and the number after it).
    What a reader sees is the glyphs, which is also what pdfplumber reads. And whether the
    object is inside optional content (a mark named "OC")."""
    texts = []
    optional = False
    for i in range(_count_marks(obj) - 1, -1, -1):
        mark = _get_mark(obj, i)
        if not mark:
            continue
        if _mark_value_type(mark, _ACTUAL_TEXT_AT):
            texts.append(_actual_text(mark))
            _remove_mark(obj, mark)
        elif not optional:
            optional = _utf16_out(functools.partial(_mark_name, mark), 64) == "OC"
    return texts, optional


def _utf16_out(read: Callable[..., Any], size: int) -> str | None:
    """A string pdfium writes into a buffer of ``size`` bytes (UTF-16 with its terminating
    zero; a longer one is cut), or None when ``read(buffer, size, needed)`` fails."""
    needed = ctypes.c_ulong(0)
    buffer = (ctypes.c_ushort * (size // 2))()
    if not read(buffer, size, ctypes.byref(needed)):
        return None
    return bytes(buffer)[: max(0, min(needed.value, size) - 2)].decode("utf-16-le", "replace")


def _actual_text(mark: int) -> str:
    read = functools.partial(_mark_string, mark, _ACTUAL_TEXT_AT)
    return _utf16_out(read, 1024) or ""


# ActualText that names this many words of three letters or more that the page does not
# draw anywhere is text given to readers but never shown ("PMP certified program delivery
# leader" on a bullet); an icon's "tel:+1 555 0100" or a ligature's "fi" is not.
# Addresses are left out first: icons carry their link ("https://orcid.org/…") as ActualText.
UNDRAWN_WORDS = 3
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_ADDRESS = re.compile(r"\b(?:[a-z][a-z0-9+.-]*:\S+|www\.\S+|\S+@\S+)", re.IGNORECASE)


def _undrawn_actual_texts(actual_texts: list[str], visible: list[Glyph]) -> list[str]:
    drawn = "".join(g.text for g in visible).casefold()
    undrawn = []
    for text in actual_texts:
        words = _LETTER_WORD.findall(_ADDRESS.sub(" ", text))
        if sum(word.casefold() not in drawn for word in words) >= UNDRAWN_WORDS:
            undrawn.append(text)
    return undrawn


_Subpath = list[tuple[float, float]]
_Edge = tuple[str, float, float, float, float]  # (orientation, x0, top, x1, bottom)


_count_segments = _prototype(pdfium_c.FPDFPath_CountSegments, _int, _vp)
_get_segment = _prototype(pdfium_c.FPDFPath_GetPathSegment, _vp, _vp, _int)
_segment_type = _prototype(pdfium_c.FPDFPathSegment_GetType, _int, _vp)
_segment_point = _prototype(pdfium_c.FPDFPathSegment_GetPoint, _int, _vp, _vp, _vp)
_segment_closes = _prototype(pdfium_c.FPDFPathSegment_GetClose, _int, _vp)


def _subpaths(obj: int, matrix: tuple[float, ...], space: _Page) -> list[_Subpath]:
    """A path's points in layout coordinates, one list per subpath, as pdfminer lists
    them: a Bézier curve by its end point only (pdfium gives its two control points as
    segments too); a closed subpath ends on its first point."""
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    a, b, c, d, e, f = matrix
    out: list[_Subpath] = []
    bezier = 0
    for i in range(min(_count_segments(obj), MAX_PATH_SEGMENTS)):
        segment = _get_segment(obj, i)
        kind = _segment_type(segment)
        bezier = bezier + 1 if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO else 0
        if bezier % 3 in (1, 2):
            continue
        _segment_point(segment, x_at, y_at)
        point = space.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not out:
            out.append([point])
        else:
            out[-1].append(point)
        if _segment_closes(segment) and out[-1][0] != point:
            out[-1].append(out[-1][0])
    return out


def _is_line_or_rect(points: _Subpath) -> bool:
    """pdfminer's LTLine (one segment) or LTRect (a closed axis-aligned quadrilateral)."""
    if len(points) == 2:
        return True
    if len(points) != 5 or points[0] != points[4]:
        return False
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
        y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
    )


def _ruled_table(paths: list[tuple[int, tuple[float, ...]]], space: _Page) -> bool:
    """What pdfplumber's reader answers: with at least 4 lines and rects on the page,
    does find_tables see a table in the horizontal and vertical sides of every path
    (curves included)?"""
    small = 0
    read: dict[int, list[_Subpath]] = {}
    for obj, matrix in paths:  # a line or a rect has at most 5 points per subpath
        if _count_segments(obj) <= 10:
            read[obj] = _subpaths(obj, matrix, space)
            small += sum(map(_is_line_or_rect, read[obj]))
        if small >= 4:
            break
    if small < 4:
        return False
    edges: list[_Edge] = []
    for obj, matrix in paths:
        for points in read.get(obj) or _subpaths(obj, matrix, space):
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                if y0 == y1 and x0 != x1:
                    edges.append(("h", min(x0, x1), y0, max(x0, x1), y0))
                elif x0 == x1 and y0 != y1:
                    edges.append(("v", x0, min(y0, y1), x0, max(y0, y1)))
    # A cell needs two horizontal and two vertical sides (TeX rules are all horizontal).
    kinds = Counter(e[0] for e in edges if abs(e[3] - e[1]) + abs(e[4] - e[2]) >= 3)
    return kinds["h"] >= 2 and kinds["v"] >= 2 and has_ruled_table(edges)


def has_ruled_table(edges: list[_Edge]) -> bool:
    """pdfplumber's find_tables (default "lines" strategy) on edges from any reader:
    merge, intersect, and is there at least one cell."""
    from pdfplumber import table, utils

    objs = [
        {
            "orientation": o,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "width": x1 - x0,
            "height": bottom - top,
            "object_type": "line",
        }
        for o, x0, top, x1, bottom in edges
    ]
    objs = utils.filter_edges(objs, min_length=1)
    merged = table.merge_edges(objs, 3, 3, 3, 3)
    merged = utils.filter_edges(merged, min_length=3)
    intersections = table.edges_to_intersections(merged, 3, 3)
    return bool(table.cells_to_tables(table.intersections_to_cells(intersections)))


# ----------------------------------------------------------------------------- the reader


def _open(data: bytes) -> Any:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError(
                "The PDF is password-protected; upload an unprotected copy.", "encrypted"
            ) from exc
        raise ExtractionError(
            "The PDF is damaged or incomplete and cannot be read; export it again and re-upload.",
            "corrupt",
        ) from exc


def _read_page(
    page: Any,
    page_no: int,
    layout: DraftLayout,
    limits: ExtractionLimits,
    names: GlyphNames,
    ocr: PageReader,
) -> Callable[[], list[DraftLine]]:
    """The page's lines, as a call: a scanned page's come when OCR has read it."""
    space = _page_space(page)
    layout.page_sizes.append(space.display_size)
    objects = _page_objects(page, space)  # first: it removes ActualText
    textpage = page.get_textpage()
    try:
        chars = _page_text(textpage, space, layout, limits, names)
    finally:
        textpage.close()
    layout.has_images = layout.has_images or bool(objects.images)
    if not layout.has_tables and len(objects.paths) >= 4:
        layout.has_tables = _ruled_table(objects.paths, space)
    _judge_hidden(page, chars, objects, space)
    visible = [
        g for g, at in zip(chars.glyphs, chars.glyph_at, strict=True) if chars.seq[at][1] is None
    ]
    layout.hidden.extend((page_no, reason, text) for reason, text in hidden_runs(chars.seq))
    for text in _undrawn_actual_texts(objects.actual_texts, visible):
        layout.hidden.append((page_no, "undrawn", text))
    if _is_scan(visible, objects, space):
        # The rendering OCR reads includes what little text the page has.
        layout.ocr_pages.append(page_no)
        glyphs = ocr.submit(page, page_no)  # rendered now; read while the next pages are
        width = space.display_size[0]
        return lambda: page_lines(glyphs(), width, page_no, layout)
    lines = page_lines(visible, space.width, page_no, layout)
    return lambda: lines


def _is_scan(visible: list[Glyph], objects: _PageObjects, space: _Page) -> bool:
    """Too little text to be a page of text, and images over most of it."""
    shown = sum(1 for g in visible if not g.text.isspace())
    return shown < OCR_BELOW_CHARS and _image_share(objects, space)[1] >= SCAN_IMAGE_SHARE


def _image_share(
    objects: _PageObjects, space: _Page
) -> tuple[list[tuple[float, float, float, float]], float]:
    """The images' boxes clipped to the page, and the share of the page they cover (a
    scan may come as one image or as strips)."""
    boxes = [
        (max(0.0, b[0]), max(0.0, b[1]), min(space.width, b[2]), min(space.height, b[3]))
        for b in objects.images
    ]
    boxes = [b for b in boxes if b[2] > b[0] and b[3] > b[1]]
    covered = sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes)
    return boxes, covered / max(space.width * space.height, 1e-9)


def _judge_hidden(page: Any, chars: _PageText, objects: _PageObjects, space: _Page) -> None:
    """Settle what needs the page: light glyphs against their rendered background, and
    invisible text over a scan (kept: it is the scan's OCR layer)."""
    scans, share = _image_share(objects, space)
    if chars.invisible and share >= SCAN_IMAGE_SHARE:
        for gi, at in chars.invisible:
            glyph = chars.glyphs[gi]
            cx, cy = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
            if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in scans):
                chars.seq[at] = (chars.seq[at][0], None)
    if chars.light:
        items = [(chars.glyphs[gi], rgba) for gi, _, rgba in chars.light]
        verdicts = hidden_on_background(page, items, unrotate=space.rotation)
        for (_, at, _), hidden in zip(chars.light, verdicts, strict=True):
            if hidden:
                chars.seq[at] = (chars.seq[at][0], "white")
    _judge_on_shapes(page, chars, objects, space)
    _judge_unrendered(page, chars, space)


def _judge_unrendered(page: Any, chars: _PageText, space: _Page) -> None:
    """What the checks by colour, size and shape cannot know: the page's text region
    rendered with and without its text. A word whose box renders the same either way
    leaves no mark a reader could see, whatever the cause (a blend mode or soft mask that
    cancels it, a font whose glyphs paint nothing, an annotation's appearance over it).
    Words of two letters or more: a lone thin letter may render too faint to tell. Text
    kept invisible over a scan (its OCR layer) is not judged."""
    kept_invisible = {gi for gi, _ in chars.invisible}
    seen = [
        gi
        for gi, at in enumerate(chars.glyph_at)
        if chars.seq[at][1] is None and gi not in kept_invisible
    ]
    # A word is also cut where its text object changes: hidden text drawn right after
    # visible text with no space between ("UK" + "senior") is judged on its own.
    pieces = [
        piece
        for word in _words_of(chars.glyphs, seen)
        for piece in _split_where(word, lambda gi: chars.objects[gi])
    ]
    words = [w for w in pieces if sum(chars.glyphs[gi].text.isalnum() for gi in w) >= 2]
    if not words:
        return
    boxes = [_word_box([chars.glyphs[gi] for gi in word]) for word in words]
    region = _Region(page, boxes, space)
    unchanged = region.unchanged_without(boxes, set(chars.objects))
    # A word whose box other text overlaps changed because that text went too: it is
    # rendered again without its own text object (and others far from it) alone.
    overlapped: dict[int, list[int]] = {}
    grid = _GlyphGrid(chars)
    for w, (word, same) in enumerate(zip(words, unchanged, strict=True)):
        own = chars.objects[word[0]]
        if not same and grid.other_text_over(boxes[w], own):
            overlapped.setdefault(own, []).append(w)
    for group in _render_groups(chars, overlapped, boxes)[:MAX_SECOND_RENDERINGS]:
        again = [w for own in group for w in overlapped[own]]
        verdicts = region.unchanged_without([boxes[w] for w in again], set(group))
        for w, same in zip(again, verdicts, strict=True):
            unchanged[w] = same
    left_out = {id(word) for word, same in zip(words, unchanged, strict=True) if same}
    # A one-letter word ("a") between two words of its own text object that leave no mark
    # leaves none either: it is too small to judge by itself.
    for before, short, after in zip(pieces, pieces[1:], pieces[2:], strict=False):
        one_object = len({chars.objects[piece[0]] for piece in (before, short, after)}) == 1
        if one_object and {id(before), id(after)} <= left_out:
            left_out.add(id(short))
    for word in pieces:
        if id(word) in left_out:
            for gi in word:
                at = chars.glyph_at[gi]
                chars.seq[at] = (chars.seq[at][0], "unrendered")


# Second renderings a page may cost for words overlapped by other text.
MAX_SECOND_RENDERINGS = 16
# Objects a page's second renderings look at (each is compared with the others already
# grouped: a page of one object per glyph must not cost their square).
MAX_OBJECTS_RENDERED_AGAIN = 200
# Text of another object this near a word's box (points; a pixel of RENDER_SCALE is two)
# may change its pixels when it goes: the two objects are rendered without apart.
NEAR = 2.0


def _render_groups(
    chars: _PageText, overlapped: dict[int, list[int]], boxes: list[Glyph]
) -> list[list[int]]:
    """The objects of ``overlapped`` (object -> its words rendered again) in groups that
    can go in one rendering: no glyph of one comes NEAR a word of another of its group,
    so each word's box changes by its own object alone, as if rendered without it alone.
    Greedy, in drawing order: a page needs two or three renderings, not one per object.
    Past MAX_OBJECTS_RENDERED_AGAIN objects the rest keep their first verdict (seen)."""
    chosen = list(overlapped)[:MAX_OBJECTS_RENDERED_AGAIN]
    members: dict[int, list[Glyph]] = {obj: [] for obj in chosen}
    for glyph, obj in zip(chars.glyphs, chars.objects, strict=True):
        if obj in members:
            members[obj].append(glyph)
    words = {obj: [boxes[w] for w in overlapped[obj]] for obj in chosen}
    extent = {obj: _word_box(glyphs) for obj, glyphs in members.items()}

    def clash(one: int, other: int) -> bool:
        return _near(extent[one], extent[other]) and (
            _reaches(members[other], words[one]) or _reaches(members[one], words[other])
        )

    groups: list[list[int]] = []
    for obj in chosen:
        for group in groups:
            if not any(clash(obj, other) for other in group):
                group.append(obj)
                break
        else:
            groups.append([obj])
    return groups


def _reaches(glyphs: list[Glyph], words: list[Glyph]) -> bool:
    """Does any of ``glyphs`` come NEAR any of ``words``?"""
    return any(_near(word, glyph) for word in words for glyph in glyphs)


def _near(box: Glyph, glyph: Glyph) -> bool:
    return (
        glyph.x0 < box.x1 + NEAR
        and box.x0 - NEAR < glyph.x1
        and glyph.top < box.bottom + NEAR
        and box.top - NEAR < glyph.bottom
    )


class _GlyphGrid:
    """The page's glyphs by cell of a coarse grid, to find text of another object over a
    word's box without comparing every pair."""

    CELL = 12.0

    def __init__(self, chars: _PageText) -> None:
        self.chars = chars
        self.cells: dict[tuple[int, int], list[int]] = {}
        # Only text of objects whose boxes overlap another's can reach into a word of
        # another object; on most pages that is none, or a few.
        self.overlapping = _overlapping_objects(chars)
        for gi, glyph in enumerate(chars.glyphs):
            if chars.objects[gi] in self.overlapping:
                for cell in self._cells(glyph):
                    self.cells.setdefault(cell, []).append(gi)

    def _cells(self, box: Glyph) -> Iterator[tuple[int, int]]:
        return _grid_cells(box.x0, box.x1, box.top, box.bottom)

    def other_text_over(self, box: Glyph, own: int) -> bool:
        """Does a glyph of another object reach into ``box`` past an eighth of either's
        height? (Boxes run from the descent to a font size above it: neighbouring lines'
        boxes touch, their ink does not.)"""
        if own not in self.overlapping:
            return False
        glyphs, objects = self.chars.glyphs, self.chars.objects
        eighth = (box.bottom - box.top) / 8
        top, bottom = box.top + eighth, box.bottom - eighth
        for cell in self._cells(box):
            for gi in self.cells.get(cell, ()):
                glyph = glyphs[gi]
                inset = (glyph.bottom - glyph.top) / 8
                if (
                    objects[gi] != own
                    and glyph.x0 < box.x1
                    and box.x0 < glyph.x1
                    and glyph.top + inset < bottom
                    and top < glyph.bottom - inset
                ):
                    return True
        return False


def _grid_span(x0: float, x1: float, top: float, bottom: float) -> tuple[range, range]:
    """The columns and rows of the coarse grid (``_GlyphGrid.CELL`` points) a box covers."""
    size = _GlyphGrid.CELL
    columns = range(int(x0 // size), int(x1 // size) + 1)
    return columns, range(int(top // size), int(bottom // size) + 1)


def _grid_cells(x0: float, x1: float, top: float, bottom: float) -> Iterator[tuple[int, int]]:
    """The cells of the coarse grid that a box covers, column by column."""
    return itertools.product(*_grid_span(x0, x1, top, bottom))


# Union boxes spanning more than this many grid cells are compared with every other box
# directly: put in the grid, a box across half the page fills a thousand cells and meets
# each neighbour again in every cell they share.
MAX_CELLS_PER_BOX = 16


def _overlapping_objects(chars: _PageText) -> set[int]:
    """The text objects whose glyphs' union box overlaps another object's (edges that only
    touch do not count). A glyph box turned inside out makes every object count."""
    boxes: dict[int, list[float]] = {}
    for glyph, obj in zip(chars.glyphs, chars.objects, strict=True):
        if glyph.x1 < glyph.x0 or glyph.bottom < glyph.top:
            return set(chars.objects)
        box = boxes.get(obj)
        if box is None:
            boxes[obj] = [glyph.x0, glyph.x1, glyph.top, glyph.bottom]
        else:
            box[0], box[1] = min(box[0], glyph.x0), max(box[1], glyph.x1)
            box[2], box[3] = min(box[2], glyph.top), max(box[3], glyph.bottom)
    # Only boxes that share a cell of a coarse grid can overlap: a pair per neighbour on a
    # line, not every pair of objects whose lines' bands meet.
    cells: dict[tuple[int, int], list[int]] = {}
    large: list[int] = []
    for obj, box in boxes.items():
        columns, rows = _grid_span(*box)
        if len(columns) * len(rows) > MAX_CELLS_PER_BOX:
            large.append(obj)
            continue
        for cell in _grid_cells(*box):
            cells.setdefault(cell, []).append(obj)
    found: set[int] = set()

    def overlap(obj: int, candidates: Iterable[int]) -> None:
        x0, x1, top, bottom = boxes[obj]
        for other in candidates:
            ox0, ox1, otop, obottom = boxes[other]
            if ox0 < x1 and x0 < ox1 and otop < bottom and top < obottom:
                found.update((obj, other))

    for sharing in cells.values():
        for i, obj in enumerate(sharing):
            overlap(obj, sharing[i + 1 :])
    for obj in large:
        overlap(obj, (other for other in boxes if other != obj))
    return found


def _split_where(items: list[int], key: Callable[[int], int]) -> list[list[int]]:
    """`items` cut into runs of the same key."""
    return [list(run) for _, run in itertools.groupby(items, key)]


def _word_box(glyphs: list[Glyph]) -> Glyph:
    first = glyphs[0]
    x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
    for glyph in glyphs:  # one pass: it runs for every word of the page
        if glyph.x0 < x0:
            x0 = glyph.x0
        if glyph.x1 > x1:
            x1 = glyph.x1
        if glyph.top < top:
            top = glyph.top
        if glyph.bottom > bottom:
            bottom = glyph.bottom
    return Glyph("".join([g.text for g in glyphs]), x0, x1, top, bottom, first.size, first.bold)


def _judge_on_shapes(page: Any, chars: _PageText, objects: _PageObjects, space: _Page) -> None:
    """Visible text under a filled shape or an image drawn after it, or over a filled
    shape drawn before it in nearly its own colour, checked against the rendered page: in
    the colour of what is behind it ("background", any colour), or covered ("covered").
    Text over a background of another colour (black on a white page) is not rendered."""
    shapes = _filled_shapes(objects, space) + [
        (box, at, None) for box, at in zip(objects.images, objects.image_order, strict=True)
    ]
    optional = _in_optional_content(chars, objects)
    if not shapes and not optional:
        return
    # Light glyphs had their own check; an OCR layer (invisible text kept over a scan) is
    # what the scan's image shows.
    skip = {gi for gi, _, _ in chars.light} | {gi for gi, _ in chars.invisible}
    eligible = [
        gi for gi, at in enumerate(chars.glyph_at) if chars.seq[at][1] is None and gi not in skip
    ]
    # Shown only if its layer is on: the rendering tells.
    on_top_of = {gi: True for gi in eligible if gi in optional}
    on_top_of.update(_glyphs_on_shapes(chars, objects, shapes, eligible, set(on_top_of)))
    picked = sorted(on_top_of)
    under_later = {gi for gi in picked if on_top_of[gi]}  # under a shape drawn after them
    if not picked:
        return
    items = [(chars.glyphs[gi], chars.rgba[gi]) for gi in picked]
    verdicts = dict(zip(picked, unseen_on_render(page, items, space.rotation), strict=True))
    for gi in optional:
        if verdicts.get(gi) is not None:
            verdicts[gi] = "invisible_mode"  # its layer is off: not drawn at all
    # Ink under something drawn after it that is not flat (a photo, a pattern, a gradient):
    # the region rendered again without that text tells whether it changed what shows.
    second = [gi for gi in picked if verdicts[gi] is None and gi in under_later]
    if second:
        objects_of = {chars.objects[gi] for gi in second}
        glyphs = [chars.glyphs[gi] for gi in second]
        verdicts_without = _Region(page, glyphs, space).unchanged_without(glyphs, objects_of)
        for gi, unseen in zip(second, verdicts_without, strict=True):
            if unseen:
                verdicts[gi] = "invisible_mode" if gi in optional else "covered"
    # Judged by the word: a word is unseen when every letter and digit of it is (a thin
    # "l" or a comma alone can render too faint to tell); a one-letter word between or
    # beside unseen words of its line is unseen when its letter is ("a" in a hidden line).
    words = _words_of(chars.glyphs, picked)
    unseen_words: set[int] = set()
    for w, word in enumerate(words):
        letters = [gi for gi in word if chars.glyphs[gi].text.isalnum()]
        if len(letters) >= 2 and all(verdicts[gi] is not None for gi in letters):
            unseen_words.add(w)
    for w, word in enumerate(words):
        letters = [gi for gi in word if chars.glyphs[gi].text.isalnum()]
        lone = len(letters) == 1 and verdicts[letters[0]] is not None
        if lone and {w - 1, w + 1} & unseen_words:
            unseen_words.add(w)
    for w in sorted(unseen_words):
        word = words[w]
        verdict = next(verdicts[gi] for gi in word if verdicts[gi] is not None)
        for gi in word:
            at = chars.glyph_at[gi]
            chars.seq[at] = (chars.seq[at][0], verdict)


def _glyphs_on_shapes(
    chars: _PageText,
    objects: _PageObjects,
    shapes: list[tuple[tuple[float, float, float, float], int, tuple[int, ...] | None]],
    eligible: list[int],
    decided: set[int],
) -> dict[int, bool]:
    """The eligible glyphs (not in ``decided``) whose centre lies in a shape that may hide
    them, each with whether that shape is drawn on top of it. The first such shape in
    ``shapes`` decides. Shapes are taken one by one, each meeting only the glyphs whose
    centres fall in its columns or in its rows, whichever are fewer (a page has hundreds
    of icons, and bars as wide as the page)."""
    glyphs = chars.glyphs
    centres = [
        ((glyphs[gi].x0 + glyphs[gi].x1) / 2, (glyphs[gi].top + glyphs[gi].bottom) / 2, gi)
        for gi in eligible
        if gi not in decided
    ]
    centres = [c for c in centres if not (math.isnan(c[0]) or math.isnan(c[1]))]
    by_x = sorted(centres)
    by_y = sorted(centres, key=lambda c: c[1])
    xs, ys = [c[0] for c in by_x], [c[1] for c in by_y]
    found: dict[int, bool] = {}
    for box, shape_at, fill in shapes:
        if not (box[0] <= box[2] and box[1] <= box[3]):  # empty, or not a number
            continue
        x_from, x_to = bisect.bisect_left(xs, box[0]), bisect.bisect_right(xs, box[2])
        y_from, y_to = bisect.bisect_left(ys, box[1]), bisect.bisect_right(ys, box[3])
        fewer = by_x[x_from:x_to] if x_to - x_from <= y_to - y_from else by_y[y_from:y_to]
        for cx, cy, gi in fewer:
            if gi in found or not (box[0] <= cx <= box[2] and box[1] <= cy <= box[3]):
                continue
            drawn = objects.order.get(chars.objects[gi], -1)
            on_top = drawn < 0 or shape_at > drawn
            rgb = chars.rgba[gi][:3]
            # In nearly its own colour: what the rendered check calls "background".
            same = fill is not None and (
                max(abs(a - b) for a, b in zip(fill, rgb, strict=True)) <= BACKGROUND_DELTA
            )
            # Over an image drawn before it: in the image's own colour there, it is unseen.
            over_image = fill is None and not on_top
            if on_top or same or over_image:
                found[gi] = on_top
    return found


def _in_optional_content(chars: _PageText, objects: _PageObjects) -> set[int]:
    """Glyphs of text objects inside optional content (marked "OC": a layer the file may
    switch off by default, which the reader then never sees). The objects' marks were read
    in the walk of the page; an object past the walk's limits is read here."""
    optional_objects = {
        obj
        for obj in set(chars.objects)
        if obj in objects.optional or (obj not in objects.order and _marked_optional(obj))
    }
    if not optional_objects:
        return set()
    return {gi for gi, obj in enumerate(chars.objects) if obj in optional_objects}


def _marked_optional(obj: int) -> bool:
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    for index in range(max(0, pdfium_c.FPDFPageObj_CountMarks(handle))):
        mark = pdfium_c.FPDFPageObj_GetMark(handle, index)
        read = functools.partial(pdfium_c.FPDFPageObjMark_GetName, mark)
        if _utf16_out(read, 64) == "OC":
            return True
    return False


_set_render_mode = _prototype(pdfium_c.FPDFTextObj_SetTextRenderMode, _int, _vp, _int)


class _Region:
    """The region of a page that holds some boxes, rendered as drawn once; then again
    with chosen text objects made invisible, compared box by box. Every rendering is of
    the same region, so their pixels line up."""

    def __init__(self, page: Any, boxes: list[Glyph], space: _Page) -> None:
        self.page, self.rotation = page, space.rotation
        self.region = region_of(page, boxes, space.rotation)
        self.before = None
        if self.region is not None:
            self.before = rgb_image(render_crop(page, self.region, self.rotation))

    def unchanged_without(self, boxes: list[Glyph], text_objects: set[int]) -> list[bool]:
        """For each box (inside the region): does it render the same with ``text_objects``
        made invisible? Then nothing of it reaches the reader. The objects' render modes
        are put back."""
        if self.before is None or self.region is None:
            return [False] * len(boxes)
        modes = {obj: _get_render_mode(obj) for obj in text_objects}
        try:
            for obj in text_objects:
                _set_render_mode(obj, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
            after = rgb_image(render_crop(self.page, self.region, self.rotation))
        finally:
            for obj, mode in modes.items():
                _set_render_mode(obj, mode)
        return same_boxes(self.before, after, boxes, self.region[0], self.region[1])


def _words_of(glyphs: list[Glyph], picked: list[int]) -> list[list[int]]:
    """The picked glyphs (indexes in content order) cut into words: a new word at a space
    of the file, a gap in the indexes or a new line."""
    words: list[list[int]] = []
    for gi in picked:
        glyph = glyphs[gi]
        previous = words[-1][-1] if words else None
        if (
            previous is None
            or gi != previous + 1
            or glyph.space_before
            or abs(glyph.top - glyphs[previous].top) > 1.0
        ):
            words.append([gi])
        else:
            words[-1].append(gi)
    return words


_get_draw_mode = _prototype(pdfium_c.FPDFPath_GetDrawMode, _int, _vp, _vp, _vp)
MAX_FILLED_SHAPES = 400


def _filled_shapes(
    objects: _PageObjects, space: _Page
) -> list[tuple[tuple[float, float, float, float], int, tuple[int, ...]]]:
    """The page's filled paths: (box in layout coordinates, place in the drawing order,
    fill colour)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    fill_at, stroke_at = ctypes.addressof(fill), ctypes.addressof(stroke)
    rgba = (ctypes.c_uint * 4)()
    rgba_at = tuple(ctypes.addressof(rgba) + 4 * i for i in range(4))
    shapes = []
    for obj, matrix in objects.paths[:MAX_FILLED_SHAPES]:
        if not _get_draw_mode(obj, fill_at, stroke_at) or not fill.value:
            continue
        points = [p for sub in _subpaths(obj, matrix, space) for p in sub]
        if points:
            _get_fill(obj, *rgba_at)
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            box = (min(xs), min(ys), max(xs), max(ys))
            shapes.append((box, objects.order.get(obj, -1), (rgba[0], rgba[1], rgba[2])))
    return shapes


def extract_pdf_pdfium(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    layout = DraftLayout()
    names = GlyphNames(data)
    pdf = _open(data)
    ocr = PageReader(parallel_pages(limits.ocr_parallel_pages), limits.ocr_page_seconds)
    try:
        n_pages = len(pdf)
        check_page_count(n_pages, limits)
        layout.page_count = n_pages
        pages = _read_pages(pdf, n_pages, layout, limits, names, ocr)
        all_lines: list[DraftLine] = []
        edges: list[Counter[str]] = []
        for page in pages:  # in order: the first page that failed fails the file
            plines = page()
            edges.append(edge_texts(plines))
            all_lines.extend(plines)
    finally:
        ocr.close()
        pdf.close()
    version = f"{PDFIUM_VERSION}+{OCR_VERSION}" if layout.ocr_pages else PDFIUM_VERSION
    return finish(all_lines, edges, layout, limits, version)


def _read_pages(
    pdf: Any,
    n_pages: int,
    layout: DraftLayout,
    limits: ExtractionLimits,
    names: GlyphNames,
    ocr: PageReader,
) -> list[Callable[[], list[DraftLine]]]:
    """Every page's lines as a call, in order, while OCR reads the scanned ones. A page
    that fails ends the reading: its error is raised when its turn comes, after the pages
    before it (one of which OCR may yet fail), as reading page by page would."""
    pages: list[Callable[[], list[DraftLine]]] = []
    for index in range(n_pages):
        try:
            try:
                page = pdf[index]
            except pypdfium2.PdfiumError as exc:
                raise ExtractionError(
                    "The PDF is damaged or incomplete and cannot be read; export it again "
                    "and re-upload.",
                    "corrupt",
                ) from exc
            try:
                pages.append(_read_page(page, index + 1, layout, limits, names, ocr))
            finally:
                page.close()
        except ExtractionError as exc:
            pages.append(functools.partial(_raise, exc))
            break
        if ocr.failed:
            break
    return pages


def _raise(error: ExtractionError) -> list[DraftLine]:
    raise error
