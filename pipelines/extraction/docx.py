"""DOCX reader: the WordprocessingML body walked in document order, lines split at breaks.

The zip is checked first (entry count, expansion ratio, DOCTYPE/ENTITY) because python-docx
and lxml would otherwise expand a bomb. Paragraphs, tables (nested), content controls and
text boxes are read in order; header and footer text is kept once; style names, inherited
font sizes and bold come from the style chain.

Every line knows its paragraph (the text map's ``paragraph_index``: the paragraphs that
produced text, numbered in the order of the final text, headers first and footers last).
Runs a reader cannot see are left out and recorded as hidden text (page 0: a DOCX has no
reliable pages): ``vanish`` (w:vanish on the run or its style), ``tiny`` (under 4 pt, i.e.
w:sz < 8 half-points), ``background`` (a w:color within a few steps of the run's or the
paragraph's own shading: the same tone on the same tone) and ``white`` (a near-white
w:color, run or style), the last only
where nothing says the text sits on something darker: no shading on the run, paragraph or
table cell, no table style, no filled text box, no page background colour and no shape
anchored behind the text anywhere in the document (then white text is kept: its background
cannot be known without laying the page out).
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from core.filetypes import DOCX_MIME
from pipelines.extraction.document import (
    DraftLayout,
    DraftLine,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    assemble,
)
from pipelines.extraction.normalize import normalize_line

# The DOCX reader's version: 1 was the text before the text map and hidden text; 2 before
# text in the tone of its own shading was left out as hidden; 6: text filled fully
# transparent (Word 2010's w14:textFill) is hidden; 10: objects marked hidden, text below a
# fixed-size box's edge, text in the colour of a shape or picture behind it.
DOCX_VERSION = "docx-10"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_VML = "urn:schemas-microsoft-com:vml"
# VML elements that draw a shape (and may hold a v:textbox).
_VML_SHAPES = frozenset(f"{{{_VML}}}{name}" for name in ("shape", "rect", "roundrect", "oval"))
# Word 2010 text fill: a run this transparent (in thousandths of a percent) shows nothing.
INVISIBLE_ALPHA = 90_000
# Under this size (points) a run is unreadable (w:sz < 8 half-points).
MIN_VISIBLE_SIZE = 4.0
# A colour with every channel at least this light is white on a white page.
WHITE_CHANNEL_MIN = 0xF0
_MAX_ZIP_ENTRIES = 2000
_MAX_RATIO = 120  # legit Office XML compresses ~5-30x; bombs compress 100-1000x


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _check_docx_zip(data: bytes, limits: ExtractionLimits) -> None:
    """Refuse zip bombs and XML entity tricks before python-docx/lxml parse anything."""
    bomb = ExtractionError(
        "The Word file expands to an unreasonable size (possible zip bomb); re-save it from "
        "Word and upload again.",
        "zip_bomb",
    )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExtractionError(
            "The Word file is damaged and cannot be read; re-save it and upload again.",
            "corrupt",
        ) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > _MAX_ZIP_ENTRIES:
            raise bomb
        total = 0
        for info in infos:
            total += info.file_size
            if total > limits.max_docx_uncompressed_bytes:
                raise bomb
            if info.file_size > 1_000_000 and info.file_size > _MAX_RATIO * max(
                1, info.compress_size
            ):
                raise bomb
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(info) as fh:
                    # Sizes in headers can lie: read at most the declared size + 1.
                    raw = fh.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                raise ExtractionError(
                    "The Word file is damaged and cannot be read; re-save it and upload again.",
                    "corrupt",
                ) from exc
            if len(raw) > info.file_size:
                raise bomb
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                raw = raw.decode("utf-16", "ignore").encode()
            if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
                raise ExtractionError(
                    "The Word file contains XML declarations that are not allowed in "
                    "documents (DOCTYPE/ENTITY); re-save it from Word and upload again.",
                    "corrupt",
                )


def _defined_styles(doc: Any) -> Any:
    """The document's own styles, or None: ``doc.styles`` would add python-docx's default
    styles part (read from its install tree) to a document that has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return doc.part.part_related_by(RELATIONSHIP_TYPE.STYLES).styles
    except KeyError:
        return None


class _DocxStyles:
    """Resolve paragraph style names and inherited font size/bold via python-docx."""

    def __init__(self, doc: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_size: float | None = None
        # The document defaults' run properties: what a paragraph style's chain of
        # w:basedOn ends on (Normal only when a style is based on it).
        self.default_rpr: Any = None
        self.theme = _theme_colours(doc)
        styles = _defined_styles(doc)
        if styles is None:
            return
        self.default_rpr = styles.element.find(
            f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}"
        )
        for st in styles:
            try:
                self.by_id[st.style_id] = st
            except Exception:  # noqa: S112 - odd styles are just skipped
                continue
        try:
            sz = styles.element.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
            if sz is not None:
                s = sz.find(_q("sz"))
                if s is not None:
                    self.default_size = int(s.get(_q("val"))) / 2
        except (TypeError, ValueError):
            pass

    def _chain(self, st: Any) -> Iterator[Any]:
        """``st`` and the styles it is based on, nearest first (at most ten: a loop in
        w:basedOn must not hang the reader)."""
        for _ in range(10):
            if st is None:
                return
            yield st
            st = getattr(st, "base_style", None)

    def info(self, style_id: str | None) -> tuple[str | None, float | None, bool]:
        st = self.by_id.get(style_id or "") or self.by_id.get("Normal")
        name = getattr(st, "name", None) if style_id else None
        size: float | None = None
        bold = False
        for based in self._chain(st):
            font = getattr(based, "font", None)
            if font is not None:
                if size is None and font.size is not None:
                    size = font.size.pt
                if font.bold:
                    bold = True
        return name, size if size is not None else self.default_size, bold

    def char_size(self, style_id: str) -> float | None:
        """The font size a character style (or its bases) sets, if any."""
        for based in self._chain(self.by_id.get(style_id)):
            font = getattr(based, "font", None)
            if font is not None and font.size is not None:
                return float(font.size.pt)
        return None

    def looks(self, style_id: str | None) -> tuple[bool | None, str | None]:
        """(hidden, colour "RRGGBB") a paragraph, character or table style gives its runs:
        each None where neither the style nor one it is based on sets it."""
        style = self._paragraph_style(style_id)
        chain = [based.element.find(_q("rPr")) for based in self._chain(style)]
        return _run_looks(chain, self.theme)

    def default_looks(self) -> tuple[bool | None, str | None]:
        """(hidden, colour) of the document defaults, under every style."""
        return _run_looks([self.default_rpr], self.theme)

    def shading(self, style_id: str | None) -> Any:
        """The w:pPr of the paragraph style (or a style it is based on) that shades its
        paragraphs, or None: a banded heading style paints its own background."""
        for based in self._chain(self._paragraph_style(style_id)):
            ppr = based.element.find(_q("pPr"))
            if ppr is not None and ppr.find(_q("shd")) is not None:
                return ppr
        return None

    def conditional_looks(self, style_id: str, kinds: list[str]) -> tuple[bool | None, str | None]:
        """(hidden, colour) a table style's conditional formatting (w:tblStylePr) of these
        kinds ("firstRow", "lastRow", …, in order of precedence) gives a cell's runs."""
        chain = [
            part.find(_q("rPr"))
            for kind in kinds
            for based in self._chain(self.by_id.get(style_id))
            for part in based.element.findall(_q("tblStylePr"))
            if part.get(_q("type")) == kind
        ]
        return _run_looks(chain, self.theme)

    def paints(self, style_id: str) -> bool:
        """Does this (table) style, or a style it is based on, shade anything: its cells, a
        conditional row or column, its paragraphs or runs?"""
        return any(
            _fill_colour(shd.getparent())
            for based in self._chain(self.by_id.get(style_id))
            for shd in based.element.iter(_q("shd"))
        )

    def _paragraph_style(self, style_id: str | None) -> Any:
        """The style a paragraph names, or Normal when it names none."""
        return self.by_id.get(style_id or "") if style_id else self.by_id.get("Normal")


def _run_looks(chain: list[Any], theme: dict[str, str]) -> tuple[bool | None, str | None]:
    """(hidden, colour) the first of these w:rPr elements to set each gives."""
    hidden: bool | None = None
    colour: str | None = None
    for rpr in chain:
        if rpr is not None:
            if hidden is None and rpr.find(_q("vanish")) is not None:
                hidden = _on_val(rpr.find(_q("vanish")))
            if colour is None and rpr.find(_q("color")) is not None:
                colour = _colour(rpr.find(_q("color")), theme)
    return hidden, colour


# The theme's colour slots by the names w:themeColor gives them.
_THEME_SLOTS = {
    "dark1": "dk1", "text1": "dk1", "light1": "lt1", "background1": "lt1",
    "dark2": "dk2", "text2": "dk2", "light2": "lt2", "background2": "lt2",
    "accent1": "accent1", "accent2": "accent2", "accent3": "accent3",
    "accent4": "accent4", "accent5": "accent5", "accent6": "accent6",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
}  # fmt: skip


def _theme_colours(doc: Any) -> dict[str, str]:
    """The document theme's colour scheme (slot name, e.g. "lt1", to RRGGBB), or empty."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.parser import parse_xml

    try:
        root = parse_xml(doc.part.part_related_by(RELATIONSHIP_TYPE.THEME).blob)
    except Exception:  # no theme, or one that cannot be read: colours stay as written
        return {}
    scheme = next(root.iter(f"{{{_A}}}clrScheme"), None)
    colours: dict[str, str] = {}
    for slot in scheme if scheme is not None else ():
        if not isinstance(slot.tag, str):
            continue
        rgb = slot.find(f"{{{_A}}}srgbClr")
        system = slot.find(f"{{{_A}}}sysClr")
        value = rgb.get("val") if rgb is not None else None
        value = value or (system.get("lastClr") if system is not None else None)
        if value and _channels(value.upper()):
            colours[slot.tag.rsplit("}", 1)[-1]] = value.upper()
    return colours


def _colour(color: Any, theme: dict[str, str]) -> str | None:
    """A w:color element's colour (RRGGBB or "auto"): its theme colour, tinted or shaded,
    when the theme holds it (Word draws that over w:val), else w:val."""
    channels = _channels(theme.get(_THEME_SLOTS.get(color.get(_q("themeColor"), ""), "")))
    if channels is None:
        return color.get(_q("val"))
    with contextlib.suppress(TypeError, ValueError):
        tint = color.get(_q("themeTint"))
        if tint:
            channels = tuple(round(255 - (255 - c) * int(tint, 16) / 255) for c in channels)
        shade = color.get(_q("themeShade"))
        if shade:
            channels = tuple(round(c * int(shade, 16) / 255) for c in channels)
    return "".join(f"{c:02X}" for c in channels)


def _on_val(el: Any) -> bool:
    return el is not None and el.get(_q("val"), "true") not in ("0", "false", "off")


def _channels(colour: str | None) -> tuple[int, int, int] | None:
    """An RRGGBB colour's red, green and blue, or None for "auto" or anything else."""
    if not colour or len(colour) != 6:
        return None
    try:
        return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)
    except ValueError:
        return None


def _is_white(colour: str | None) -> bool:
    rgb = _channels(colour)
    return rgb is not None and all(c >= WHITE_CHANNEL_MIN for c in rgb)


# Text whose colour is this close (per channel) to the shading painted behind it cannot be
# read: the same tone on the same tone.
SAME_TONE_CHANNEL_DIFF = 24


# Word's highlight colours (w:highlight names them), as RRGGBB.
_HIGHLIGHTS = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00",
    "magenta": "FF00FF", "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF",
    "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
    "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000",
    "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip


def _fill_colour(el: Any) -> str | None:
    """The colour (RRGGBB) ``el`` paints behind its text, if any: its w:shd shading, or (a
    run's) its w:highlight."""
    shading = _shading_colour(el.find(_q("shd"))) if el is not None else None
    if shading:
        return shading
    highlight = el.find(_q("highlight")) if el is not None else None
    return _HIGHLIGHTS.get(highlight.get(_q("val"), "")) if highlight is not None else None


def _shading_colour(shd: Any) -> str | None:
    """The colour (RRGGBB) a w:shd paints: its fill, with its pattern colour (w:color)
    laid over it at the pattern's share ("solid" is all pattern, "pct25" a quarter)."""
    if shd is None:
        return None
    fill = _channels(shd.get(_q("fill"), "auto").upper())
    pattern = _channels(shd.get(_q("color"), "auto").upper())
    kind = shd.get(_q("val"), "clear")
    if kind == "nil":
        return None
    share = 1.0 if kind == "solid" else 0.0
    if kind.startswith("pct"):
        with contextlib.suppress(ValueError):
            share = int(kind[3:]) / 100
    if pattern is None or share == 0.0:
        mixed = fill
    else:
        base = fill if fill is not None else (255, 255, 255)
        mixed = tuple(round(b + (c - b) * share) for b, c in zip(base, pattern, strict=True))
    return "".join(f"{c:02X}" for c in mixed) if mixed is not None else None


def _same_tone(colour: str | None, fill: str | None) -> bool:
    text, behind = _channels(colour), _channels(fill)
    return (
        text is not None
        and behind is not None
        and all(abs(a - b) <= SAME_TONE_CHANNEL_DIFF for a, b in zip(text, behind, strict=True))
    )


def _fills(el: Any, tag: str) -> bool:
    """Does ``el`` carry a w:shd (or w:highlight) that paints something darker than white
    behind its text?"""
    if el is None:
        return False
    shading = _shading_colour(el.find(_q("shd")))
    if shading is not None and not _is_white(shading):
        return True
    highlight = el.find(_q("highlight")) if tag == "rPr" else None
    return highlight is not None and highlight.get(_q("val"), "none") not in ("none", "white")


@dataclass
class _Walk:
    """What a walk of blocks carries: styles, the next paragraph id, the hidden text found
    (reason, text), and whether white text may sit on something darker here."""

    styles: _DocxStyles
    hidden: list[tuple[str, str]] = field(default_factory=list)
    next_paragraph: int = 0
    shaded: bool = False  # inside a shaded cell, a styled table or a filled text box
    fill: str | None = None  # the colour (RRGGBB) the enclosing cell paints, if any
    table_colour: str | None = None  # the text colour the enclosing table's style sets
    table_hidden: bool | None = None  # whether the enclosing table's style hides its text
    row_height: float | None = None  # points: the exact height of the enclosing table row
    page: tuple[int, int] | None = None  # the page's width and height in EMU
    margins: tuple[int, int] = (0, 0)  # the page's left and right margins in EMU
    # Why a reader cannot see anything in the enclosing text box (placed off the page, a
    # picture drawn over it, the object marked hidden), if they cannot.
    box_hidden: str | None = None
    # Paragraphs of the enclosing text box that lie below its bottom edge (Word cuts them).
    past_box_bottom: frozenset[Any] = frozenset()
    # The text boxes (their w:txbxContent elements, held so that lxml keeps handing out the
    # same objects) a picture placed on the page covers.
    boxes_under_pictures: frozenset[Any] = frozenset()
    # The colour of the picture drawn behind a text box with no fill of its own, by box.
    picture_behind: dict[Any, str] = field(default_factory=dict)
    shapes_behind: bool = False  # shapes or pictures anchored behind the text
    page_colour: str = "FFFFFF"  # the page's background colour (w:background)
    default_looks: tuple[bool | None, str | None] = (None, None)  # (hidden, colour) by default

    @property
    def white_undecidable(self) -> bool:
        """A page background colour, or any shape anchored behind the text: white text may
        be on something dark, and only laying the pages out could tell."""
        return not _is_white(self.page_colour) or self.shapes_behind

    def paragraph_id(self) -> int:
        self.next_paragraph += 1
        return self.next_paragraph


# One visual line of a paragraph as (text, font size, bold) pieces, one per run part.
_Segment = list[tuple[str, float | None, bool]]


def _paragraph_style(ppr: Any, styles: _DocxStyles) -> tuple[str | None, float | None, bool]:
    """(style name, font size, bold) of a paragraph from its w:pPr and the style chain."""
    style_id = None
    if ppr is not None and ppr.find(_q("pStyle")) is not None:
        style_id = ppr.find(_q("pStyle")).get(_q("val"))
    style_name, style_size, style_bold = styles.info(style_id)
    if ppr is not None and ppr.find(_q("outlineLvl")) is not None and not style_name:
        style_name = "Heading"
    return style_name, style_size, style_bold


def _run_font(
    run: Any, size: float | None, bold: bool, styles: _DocxStyles
) -> tuple[float | None, bool]:
    """A run's own size/bold (w:rPr), else its character style's size, over the paragraph's."""
    rpr = run.find(_q("rPr"))
    if rpr is not None:
        rstyle = rpr.find(_q("rStyle"))
        if rstyle is not None:
            size = styles.char_size(rstyle.get(_q("val")) or "") or size
        sz = rpr.find(_q("sz"))
        if sz is not None:
            with contextlib.suppress(TypeError, ValueError):
                size = int(sz.get(_q("val"))) / 2
        b = rpr.find(_q("b"))
        if b is not None:
            bold = _on_val(b)
    return size, bold


@dataclass
class _RunLook:
    """What a run resolves to through its styles: hidden, its colour, what is painted
    behind it (RRGGBB) and whether anything darker than white is."""

    hidden: bool
    colour: str | None
    fill: str | None
    shaded: bool


def _run_look(
    rpr: Any,
    para_looks: tuple[bool | None, str | None],
    ctx: _Walk,
    shaded: bool,
    para_fill: str | None,
) -> _RunLook:
    """The run's look in Word's order: the document defaults, the table style, the
    paragraph style, the character style, the run's own properties."""
    hidden, colour = para_looks
    default_hidden, default_colour = ctx.default_looks
    for under in (ctx.table_hidden, default_hidden):
        hidden = under if hidden is None else hidden
    colour = colour or ctx.table_colour or default_colour
    fill = para_fill or ctx.fill
    if rpr is not None:
        rstyle = rpr.find(_q("rStyle"))
        if rstyle is not None:
            char_hidden, char_colour = ctx.styles.looks(rstyle.get(_q("val")))
            hidden, colour = bool(hidden or char_hidden), char_colour or colour
        if rpr.find(_q("vanish")) is not None:
            hidden = _on_val(rpr.find(_q("vanish")))
        special = rpr.find(_q("specVanish"))  # hidden even where hidden text is shown
        hidden = hidden or (special is not None and _on_val(special))
        if rpr.find(_q("color")) is not None:
            colour = _colour(rpr.find(_q("color")), ctx.styles.theme)
        colour = _text_fill_colour(rpr, ctx.styles.theme) or colour  # Word 2010 draws this
        shaded = shaded or _fills(rpr, "rPr")
        fill = _fill_colour(rpr) or fill
    return _RunLook(bool(hidden), colour, fill, shaded or ctx.shaded)


def _run_hidden(
    run: Any,
    size: float | None,
    para_looks: tuple[bool | None, str | None],
    ctx: _Walk,
    shaded: bool,
    para_fill: str | None,
) -> str | None:
    """Why a reader cannot see this run (a hidden-text reason), or None."""
    rpr = run.find(_q("rPr"))
    look = _run_look(rpr, para_looks, ctx, shaded, para_fill)
    if look.hidden:
        return "vanish"
    if rpr is not None and _transparent_fill(rpr):
        return "invisible_mode"
    if ctx.box_hidden:
        return ctx.box_hidden
    if size is not None and size < MIN_VISIBLE_SIZE:
        return "tiny"
    if rpr is not None and _squeezed(rpr, size, run):
        return "tiny"
    if rpr is not None and ctx.page is not None and _raised_off_page(rpr, ctx.page[1]):
        return "off_page"
    if size is not None and ctx.row_height is not None and ctx.row_height < size / 2:
        return "clipped"  # a row of exact height far below the line: Word cuts the text
    if _same_tone(look.colour, look.fill):
        return "background"
    on_page = look.fill is None and not (look.shaded or ctx.shapes_behind)
    if on_page and _same_tone(look.colour, ctx.page_colour):  # near-white on white, cream on cream
        return "white" if _is_white(ctx.page_colour) else "background"
    if _is_white(look.colour) and not (look.shaded or ctx.white_undecidable):
        return "white"
    return None


# Characters scaled below this width (w:w, percent) cannot be read.
MIN_VISIBLE_SCALE = 20


def _squeezed(rpr: Any, size: float | None, run: Any) -> bool:
    """Are the run's characters scaled to a sliver (w:w), condensed (w:spacing, in twips)
    by more than half the font size, or fitted into a width (w:fitText) that leaves each
    under a fifth of it, so that they pile on each other?"""
    fitted = _int_attribute(rpr.find(_q("fitText")), "val")
    chars = len(_words(run)) if fitted is not None else 0  # counted only where it matters
    if fitted is not None and chars and fitted / chars < 4 * (size or 11.0):
        return True
    with contextlib.suppress(TypeError, ValueError):
        scale = rpr.find(_q("w"))
        if scale is not None and int(scale.get(_q("val"), "100").rstrip("%")) < MIN_VISIBLE_SCALE:
            return True
        spacing = rpr.find(_q("spacing"))
        if spacing is not None and int(spacing.get(_q("val"), "0")) < -10 * (size or 11.0):
            return True
    return False


def _raised_off_page(rpr: Any, page_height: int) -> bool:
    """Is the run raised or lowered (w:position, half-points) by the page's height or
    more, which puts it off the page wherever its line is?"""
    moved = _int_attribute(rpr.find(_q("position")), "val")
    return moved is not None and abs(moved) * _EMU_PER_POINT / 2 >= page_height


def _text_fill_colour(rpr: Any, theme: dict[str, str]) -> str | None:
    """The solid colour (RRGGBB) of Word 2010's text fill (w14:textFill), which Word draws
    the run in instead of w:color, or None."""
    solid = rpr.find(f"{{{_W14}}}textFill/{{{_W14}}}solidFill")
    if solid is None:
        return None
    rgb = solid.find(f"{{{_W14}}}srgbClr")
    if rgb is not None:
        value = rgb.get(f"{{{_W14}}}val", "").upper()
        return value if _channels(value) else None
    scheme = solid.find(f"{{{_W14}}}schemeClr")
    if scheme is not None:
        name = scheme.get(f"{{{_W14}}}val", "")
        return theme.get(_THEME_SLOTS.get(name, name))
    return None


def _transparent_fill(rpr: Any) -> bool:
    """Word 2010's text fill (w14:textFill) set to none, or to a colour at least
    INVISIBLE_ALPHA transparent: the run is drawn in no ink. (w:color stays for older
    readers, so it says nothing here.)"""
    fill = rpr.find(f"{{{_W14}}}textFill")
    if fill is None:
        return False
    if fill.find(f"{{{_W14}}}noFill") is not None:
        return True
    for alpha in fill.iter(f"{{{_W14}}}alpha"):
        with contextlib.suppress(TypeError, ValueError):
            if int(alpha.get(f"{{{_W14}}}val")) >= INVISIBLE_ALPHA:
                return True
    return False


def _docx_paragraph(
    p: Any,
    ctx: _Walk,
    out: list[DraftLine],
    boxes: list[tuple[Any, bool, str | None]],
    layout: DraftLayout,
) -> None:
    """Append the lines of one w:p (split at w:br); queue text boxes found inside it (with
    whether the box is filled)."""
    ppr = p.find(_q("pPr"))
    style_name, style_size, style_bold = _paragraph_style(ppr, ctx.styles)
    para_id = ctx.paragraph_id()
    style_id = None
    if ppr is not None and ppr.find(_q("pStyle")) is not None:
        style_id = ppr.find(_q("pStyle")).get(_q("val"))
    para_looks = ctx.styles.looks(style_id)
    style_ppr = ctx.styles.shading(style_id)
    shaded = _fills(ppr, "pPr") or _fills(style_ppr, "pPr")
    para_fill = _fill_colour(ppr) or _fill_colour(style_ppr) or _fill_behind(p, style_size)
    covered = _covered_in_front(p, style_size) or _placed_off_page(ppr, ctx)
    if p in ctx.past_box_bottom:
        covered = covered or "clipped"
    exact_line = _exact_line_height(ppr)
    segments: list[_Segment] = [[]]

    def read_run(run: Any, size: float | None, bold: bool, reason: str | None) -> None:
        for rc in run:
            rtag = rc.tag if isinstance(rc.tag, str) else ""
            if rtag == _q("t") and reason is not None:
                ctx.hidden.append((reason, rc.text or ""))
            elif rtag == _q("t"):
                segments[-1].append((rc.text or "", size, bold))
            elif rtag in (_q("tab"), _q("ptab")):
                segments[-1].append((" ", size, bold))
            elif rtag in (_q("br"), _q("cr")):
                segments.append([])
            elif rtag == _q("noBreakHyphen") and reason is None:
                segments[-1].append(("-", size, bold))
            elif rtag == f"{{{_MC}}}AlternateContent":
                shown = _shown_branch(rc, ctx)
                if shown is not None:
                    read_run(shown, size, bold, reason)
            else:
                walk(rc)  # drawings inside the run

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == f"{{{_MC}}}AlternateContent":
                shown = _shown_branch(child, ctx)
                if shown is not None:
                    walk(shown)
                continue
            if tag == _q("txbxContent"):
                boxes.append((child, *_box_fill(child)))
                layout.has_text_boxes = True
                continue
            if tag.endswith("}blip") or tag.endswith("}imagedata"):
                layout.has_images = True
            if tag == _q("r"):
                size, bold = _run_font(child, style_size, style_bold, ctx.styles)
                reason = _run_hidden(child, size, para_looks, ctx, shaded, para_fill) or covered
                if exact_line is not None and size and exact_line < size / 2:
                    reason = reason or "clipped"  # Word cuts glyphs to an exact line height
                read_run(child, size, bold, reason)
                continue
            if tag in (_q("instrText"), _q("delText"), _q("pPr"), _q("rPr")):
                continue
            walk(child)

    walk(p)
    # List paragraphs carry their bullet in numbering XML, not in the text: mark them so
    # bullets look the same as in PDFs.
    listed = ppr is not None and ppr.find(_q("numPr")) is not None
    for line in _segment_lines(segments, listed, style_name, style_size):
        line.origins = [para_id] * len(line.text)
        out.append(line)


_EMU_PER_POINT = 12700


# The namespaces Word (2016 and later) reads, so an mc:Choice that requires only these is
# the branch it shows; a choice requiring anything else gives way to the mc:Fallback.
_WORD_READS = frozenset(
    {
        _W, _WP, _A, _WPS, _W14, _VML, _MC,
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/word/2018/wordml",
        "http://schemas.microsoft.com/office/word/2015/wordml/symex",
        "http://schemas.microsoft.com/office/word/2016/wordml/cid",
        "http://schemas.microsoft.com/office/word/2018/wordml/cex",
        "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
        "http://schemas.microsoft.com/office/drawing/2010/main",
        "http://schemas.microsoft.com/office/drawing/2014/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/ink",
        "http://schemas.microsoft.com/office/drawing/2017/model3d",
        "urn:schemas-microsoft-com:office:office",
        "urn:schemas-microsoft-com:office:word",
    }
)  # fmt: skip


def _shown_branch(alternate: Any, ctx: _Walk) -> Any:
    """The branch of an mc:AlternateContent that Word shows: its first mc:Choice whose
    required namespaces Word reads, else its mc:Fallback (or None). The words of any other
    branch that the shown one does not hold are reported as hidden (``undrawn``): a text
    reader alone sees them."""
    branches = [el for el in alternate if el.tag in (f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback")]
    shown = next(
        (
            branch
            for branch in branches
            if branch.tag == f"{{{_MC}}}Fallback"
            or all(
                branch.nsmap.get(prefix) in _WORD_READS
                for prefix in branch.get("Requires", "").split()
            )
        ),
        None,
    )
    seen = _words(shown) if shown is not None else ""
    for branch in branches:
        said = _words(branch)
        if branch is not shown and said and said != seen:
            ctx.hidden.append(("undrawn", said))
    return shown


def _words(el: Any) -> str:
    """The text of every w:t under ``el``, its white space collapsed."""
    return " ".join(" ".join(t.text or "" for t in el.iter(_q("t"))).split())


def _note_unshown_parts(doc: Any, ctx: _Walk) -> None:
    """Report as hidden (``undrawn``) the text of parts no page shows: footnotes and
    endnotes the body never refers to, a footnote continuation notice (shown only where a
    note runs on to the next page), and building blocks kept in the glossary document
    (content-control placeholders aside, which every template carries)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    for reltype, tag in (
        (RELATIONSHIP_TYPE.FOOTNOTES, "footnote"),
        (RELATIONSHIP_TYPE.ENDNOTES, "endnote"),
    ):
        notes = _related_root(doc.part, reltype)
        if notes is None:
            continue
        called = {ref.get(_q("id")) for ref in doc.element.iter(_q(f"{tag}Reference"))}
        for note in notes.iterchildren(_q(tag)):
            kind = note.get(_q("type"), "normal")
            shown = kind == "normal" and note.get(_q("id")) in called
            if kind not in ("separator", "continuationSeparator") and not shown and _words(note):
                ctx.hidden.append(("undrawn", _words(note)))
    glossary = _related_root(doc.part, RELATIONSHIP_TYPE.GLOSSARY_DOCUMENT)
    for block in glossary.iter(_q("docPart")) if glossary is not None else ():
        gallery = block.find(f"{_q('docPartPr')}/{_q('category')}/{_q('gallery')}")
        body = block.find(_q("docPartBody"))
        placeholder = gallery is not None and gallery.get(_q("val")) == "placeholder"
        if body is not None and not placeholder and _words(body):
            ctx.hidden.append(("undrawn", _words(body)))


def _related_root(part: Any, reltype: str) -> Any:
    """The root element of the part ``part`` relates to by ``reltype``, or None."""
    from docx.oxml.parser import parse_xml

    try:
        related = part.part_related_by(reltype)
        element = getattr(related, "element", None)
        return element if element is not None else parse_xml(related.blob)
    except Exception:  # missing or unreadable: nothing to report from it
        return None


def _covered_in_front(p: Any, size: float | None) -> str | None:
    """ "covered" when a picture or a filled shape anchored in this paragraph is drawn in
    front of its text (not behind it, no wrapping, so the text runs on underneath) over the
    paragraph's first line: the words under it cannot be read."""
    for anchor in p.iter(f"{{{_WP}}}anchor"):
        if anchor.get("behindDoc") in ("1", "true") or anchor.find(f"{{{_WP}}}wrapNone") is None:
            continue
        if next(anchor.iter(f"{{{_A}}}blip"), None) is None and not _opaque_shape(anchor):
            continue  # a text box or an outline: the text shows through
        if _over_first_line(anchor, size):
            return "covered"
    return None


def _fill_behind(p: Any, size: float | None) -> str | None:
    """The colour (RRGGBB) of a filled shape anchored in this paragraph and drawn behind
    its text (``behindDoc``) under its first line: a run in that colour cannot be read."""
    for anchor in p.iter(f"{{{_WP}}}anchor"):
        if anchor.get("behindDoc") not in ("1", "true") or not _opaque_shape(anchor):
            continue
        properties = next(anchor.iter(f"{{{_WPS}}}spPr"))
        colour = properties.find(f"{{{_A}}}solidFill/{{{_A}}}srgbClr")
        if colour is not None and _over_first_line(anchor, size):
            return colour.get("val", "").upper() or None
    return None


def _over_first_line(anchor: Any, size: float | None) -> bool:
    """Does this floating object, placed from its paragraph (or line) and the column's left
    edge, lie over the paragraph's first line from its start? Objects placed otherwise
    (aligned, or from the page) would need the layout to tell."""
    line = (size or 11.0) * _EMU_PER_POINT
    across, down = anchor.find(f"{{{_WP}}}positionH"), anchor.find(f"{{{_WP}}}positionV")
    extent = anchor.find(f"{{{_WP}}}extent")
    if across is None or down is None or extent is None:
        return False
    if across.get("relativeFrom") not in ("column", "margin", "character"):
        return False
    if down.get("relativeFrom") not in ("paragraph", "line"):
        return False
    try:
        left = int(across.findtext(f"{{{_WP}}}posOffset") or "x")
        top = int(down.findtext(f"{{{_WP}}}posOffset") or "x")
        height = int(extent.get("cy", "0"))
    except ValueError:
        return False  # aligned rather than placed: where it lands needs the layout
    return left <= line and top <= 0 < top + height and top + height >= line


_EMU_PER_TWIP = 635


def _page_size(doc: Any) -> tuple[int, int] | None:
    """The first section's page width and height in EMU (w:pgSz is in twentieths of a point)."""
    size = doc.element.body.find(f"{_q('sectPr')}/{_q('pgSz')}")
    if size is None:
        return None
    try:
        return int(size.get(_q("w"))) * _EMU_PER_TWIP, int(size.get(_q("h"))) * _EMU_PER_TWIP
    except (TypeError, ValueError):
        return None


def _side_margins(doc: Any) -> tuple[int, int]:
    """The last section's left and right page margins in EMU."""
    margins = doc.element.body.find(f"{_q('sectPr')}/{_q('pgMar')}")
    try:
        return (
            int(margins.get(_q("left"), "0")) * _EMU_PER_TWIP,
            int(margins.get(_q("right"), "0")) * _EMU_PER_TWIP,
        )
    except (AttributeError, ValueError):
        return 0, 0


def _int_attribute(el: Any, *names: str) -> int | None:
    """The first of these attributes ``el`` has, as an integer (twips, half-points …), or
    None."""
    for name in names:
        value = el.get(_q(name)) if el is not None else None
        if value is not None:
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _placed_off_page(ppr: Any, ctx: _Walk) -> str | None:
    """ "off_page" for a paragraph placed wholly beside the page: a frame (w:framePr) set
    from the page's edge beyond it, or indents that push every line past an edge."""
    if ppr is None or ctx.page is None:
        return None
    width = ctx.page[0] // _EMU_PER_TWIP
    frame = ppr.find(_q("framePr"))
    if frame is not None:
        if _beyond_page(frame, ("x", "hAnchor"), ("y", "vAnchor"), ctx.page):
            return "off_page"
        tall = _int_attribute(frame, "h")
        if frame.get(_q("hRule")) == "exact" and tall is not None and 0 < tall < 40:
            return "clipped"  # a frame kept under 2 pt high shows no line of text
    indent = ppr.find(_q("ind"))
    left = _int_attribute(indent, "left", "start") or 0
    right = _int_attribute(indent, "right", "end") or 0
    text_left = ctx.margins[0] // _EMU_PER_TWIP + left
    text_right = width - ctx.margins[1] // _EMU_PER_TWIP - right
    if text_right <= 0 or text_left >= width:
        return "off_page"
    return None


def _exact_line_height(ppr: Any) -> float | None:
    """The paragraph's exact line height in points (w:spacing w:lineRule="exact"), if set."""
    spacing = ppr.find(_q("spacing")) if ppr is not None else None
    if spacing is None or spacing.get(_q("lineRule")) != "exact":
        return None
    line = _int_attribute(spacing, "line")
    return line / 20 if line is not None else None


def _off_page(txbx: Any, page: tuple[int, int] | None) -> bool:
    """Is the text box around this w:txbxContent anchored wholly outside the page (placed
    from the page's edge at an offset beyond it, or before it by more than its size)?"""
    anchor = _anchor_of(txbx)
    if page is None or anchor is None or anchor.tag != f"{{{_WP}}}anchor":
        return False
    extent = anchor.find(f"{{{_WP}}}extent")
    try:
        size = (
            (int(extent.get("cx", "0")), int(extent.get("cy", "0")))
            if extent is not None
            else (0, 0)
        )
    except ValueError:
        return False
    for axis, offset in enumerate(_page_corner(anchor)):
        if offset is not None and (offset >= page[axis] or offset + size[axis] <= 0):
            return True
    return False


def _page_corner(anchor: Any) -> tuple[int | None, int | None]:
    """A floating object's offsets from the page's left and top edges (EMU), each None
    where it is placed from something else or aligned (that needs the layout). With
    ``simplePos`` on, wp:simplePos gives both from the page."""
    if anchor.get("simplePos") in ("1", "true"):
        simple = anchor.find(f"{{{_WP}}}simplePos")
        with contextlib.suppress(AttributeError, TypeError, ValueError):
            return int(simple.get("x")), int(simple.get("y"))
        return None, None
    offsets: list[int | None] = []
    for tag in ("positionH", "positionV"):
        place = anchor.find(f"{{{_WP}}}{tag}")
        offset = None
        if place is not None and place.get("relativeFrom") == "page":
            with contextlib.suppress(ValueError):
                offset = int(place.findtext(f"{{{_WP}}}posOffset") or "x")
        offsets.append(offset)
    return offsets[0], offsets[1]


def _page_rectangle(anchor: Any) -> tuple[int, int, int, int] | None:
    """Where a floating object placed from the page's edges lies on the page (EMU: left,
    top, right, bottom), or None when it is placed otherwise (that needs the layout)."""
    extent = anchor.find(f"{{{_WP}}}extent")
    left, top = _page_corner(anchor)
    if left is None or top is None:
        return None
    try:
        width, height = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
    except (AttributeError, ValueError):
        return None
    return left, top, left + width, top + height


def _opaque_shape(anchor: Any) -> bool:
    """A drawn shape with a solid fill and no text of its own (a rectangle laid on the
    page)."""
    return next(anchor.iter(_q("txbxContent")), None) is None and _solid_filled(anchor)


def _solid_filled(anchor: Any) -> bool:
    """Is the shape this floating object draws filled with a solid colour?"""
    properties = next(anchor.iter(f"{{{_WPS}}}spPr"), None)
    return properties is not None and properties.find(f"{{{_A}}}solidFill") is not None


def _boxes_under_pictures(body: Any) -> frozenset[Any]:
    """Text boxes that a picture or a filled shape (a filled text box too) is drawn over
    (in front, by its z-order ``relativeHeight``) and covers wholly: a portrait photo, a
    white rectangle or a second box laid over a box of keywords. Both are placed from the
    same edges (the page's, or the margin and paragraph they share)."""
    covers, boxes = [], []
    for anchor in body.iter(f"{{{_WP}}}anchor"):
        placed = _placed_rectangle(anchor)
        if placed is None or anchor.get("behindDoc") in ("1", "true"):
            continue
        try:
            z_order = int(anchor.get("relativeHeight", "0"))
        except ValueError:
            continue
        if _solid_filled(anchor) or next(anchor.iter(f"{{{_A}}}blip"), None) is not None:
            covers.append((z_order, placed, anchor))
        for txbx in anchor.iter(_q("txbxContent")):
            boxes.append((z_order, placed, anchor, txbx))
    covered = set()
    for z_order, (frame, (left, top, right, bottom)), anchor, txbx in boxes:
        for cover_z, (cover_frame, (c_left, c_top, c_right, c_bottom)), cover in covers:
            inside = c_left <= left and c_top <= top and c_right >= right and c_bottom >= bottom
            if cover is not anchor and cover_z > z_order and cover_frame == frame and inside:
                covered.add(txbx)
    return frozenset(covered)


def _placed_rectangle(anchor: Any) -> tuple[tuple[Any, ...], tuple[int, int, int, int]] | None:
    """Where a floating object lies (EMU: left, top, right, bottom) from the edges it is
    placed from, with those edges (and its paragraph, when it is placed from one), or None
    when it is aligned rather than placed."""
    extent = anchor.find(f"{{{_WP}}}extent")
    frame: list[Any] = []
    corner = []
    for tag in ("positionH", "positionV"):
        place = anchor.find(f"{{{_WP}}}{tag}")
        if place is None:
            return None
        frame.append(place.get("relativeFrom"))
        try:
            corner.append(int(place.findtext(f"{{{_WP}}}posOffset") or "x"))
        except ValueError:
            return None
    if not {"page", "margin"} >= set(frame):
        frame.append(next(anchor.iterancestors(_q("p")), None))
    try:
        width, height = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
    except (AttributeError, ValueError):
        return None
    return tuple(frame), (corner[0], corner[1], corner[0] + width, corner[1] + height)


# Pictures larger than this are not decoded to find the colour behind a text box.
_MAX_PICTURE_PIXELS = 16_000_000


def _pictures_behind_boxes(doc: Any) -> dict[Any, str]:
    """For each text box placed on the page over a picture (the picture drawn first, by
    z-order or behind the text, and holding the whole box), the picture's main colour
    under the box (RRGGBB): text in that colour cannot be read against it."""
    pictures, boxes = [], []
    for anchor in doc.element.body.iter(f"{{{_WP}}}anchor"):
        rectangle = _page_rectangle(anchor)
        if rectangle is None:
            continue
        try:
            z_order = int(anchor.get("relativeHeight", "0"))
        except ValueError:
            continue
        behind = anchor.get("behindDoc") in ("1", "true")
        blip = next(anchor.iter(f"{{{_A}}}blip"), None)
        if blip is not None:
            pictures.append((behind, z_order, rectangle, blip.get(f"{{{_R}}}embed")))
        for txbx in anchor.iter(_q("txbxContent")):
            boxes.append((behind, z_order, rectangle, txbx))
    found: dict[Any, str] = {}
    for box_behind, box_z, box, txbx in boxes:
        for picture_behind, picture_z, picture, embed in pictures:
            # Drawn first: behind the text before in front of it, then by z-order.
            below = (not picture_behind, picture_z) < (not box_behind, box_z)
            holds = picture[0] <= box[0] and picture[1] <= box[1]
            holds = holds and picture[2] >= box[2] and picture[3] >= box[3]
            colour = _picture_colour(doc, embed, picture, box) if below and holds else None
            if colour:
                found[txbx] = colour
    return found


def _picture_colour(
    doc: Any, embed: str | None, picture: tuple[int, int, int, int], box: tuple[int, ...]
) -> str | None:
    """The most common colour of the part of a stretched picture that lies under ``box``
    (page rectangles in EMU), or None when the picture cannot be read."""
    from PIL import Image

    try:
        blob = doc.part.related_parts[embed].blob
        with Image.open(io.BytesIO(blob)) as image:
            if image.width * image.height > _MAX_PICTURE_PIXELS:
                return None
            width, height = picture[2] - picture[0], picture[3] - picture[1]
            crop = (
                (box[0] - picture[0]) * image.width // width,
                (box[1] - picture[1]) * image.height // height,
                max(1, (box[2] - picture[0]) * image.width // width),
                max(1, (box[3] - picture[1]) * image.height // height),
            )
            part = image.convert("RGB").crop(crop)
            part.thumbnail((64, 64))
            colours = part.getcolors(64 * 64) or []
    except Exception:  # an unreadable picture says nothing about the text
        return None
    if not colours:
        return None
    red, green, blue = max(colours)[1]
    return f"{red:02X}{green:02X}{blue:02X}"


def _box_shape(txbx: Any) -> Any:
    """The shape (DrawingML wps:wsp, or a VML shape such as v:shape or v:rect) around this
    w:txbxContent, or None."""
    shape = txbx.getparent()
    for _ in range(3):
        if shape is None or shape.tag == f"{{{_WPS}}}wsp" or shape.tag in _VML_SHAPES:
            return shape
        shape = shape.getparent()
    return None


def _box_room(shape: Any, anchor: Any) -> tuple[int, int, Any] | None:
    """A DrawingML text box's room for text: its width and height inside its insets (EMU)
    and its wps:bodyPr (None: no insets given), or None when it is not one or its size
    cannot be read."""
    extent = anchor.find(f"{{{_WP}}}extent") if anchor is not None else None
    if extent is None or shape is None or shape.tag != f"{{{_WPS}}}wsp":
        return None
    body = shape.find(f"{{{_WPS}}}bodyPr")
    try:
        width, height = int(extent.get("cx", "x")), int(extent.get("cy", "x"))
        if body is not None:
            width -= int(body.get("lIns", _DEFAULT_INSET)) + int(body.get("rIns", _DEFAULT_INSET))
            height -= int(body.get("tIns", _DEFAULT_INSET)) + int(body.get("bIns", _DEFAULT_INSET))
    except ValueError:
        return None
    return width, height, body


def _grows_to_fit(body: Any) -> bool:
    """Does the text box grow to fit its text (a:spAutoFit)?"""
    return body is not None and body.find(f"{{{_A}}}spAutoFit") is not None


def _no_room(shape: Any, anchor: Any) -> bool:
    """Does a DrawingML text box leave its text no room: less than a point wide or high,
    or insets that take its whole width or height?"""
    room = _box_room(shape, anchor)
    if room is None:
        return False
    width, height, body = room
    if _grows_to_fit(body):
        return width < _EMU_PER_POINT  # it grows to fit its text, not sideways
    return min(width, height) < _EMU_PER_POINT


def _anchor_of(txbx: Any) -> Any:
    """The DrawingML object (wp:anchor, floating, or wp:inline) that places the text box
    around this w:txbxContent, or None (a VML text box)."""
    anchor = txbx.getparent()
    while anchor is not None and anchor.tag not in (f"{{{_WP}}}anchor", f"{{{_WP}}}inline"):
        anchor = anchor.getparent()
    return anchor


def _box_hidden(txbx: Any, ctx: _Walk) -> str | None:
    """Why nothing in the text box around this w:txbxContent can be seen, or None: the
    object is marked hidden (DrawingML ``wp:docPr hidden``, VML ``visibility:hidden``),
    placed off the page, or covered by a picture drawn over it."""
    shape = _box_shape(txbx)
    if shape is not None and shape.tag in _VML_SHAPES:
        style = shape.get("style", "").replace(" ", "").lower().split(";")
        if "visibility:hidden" in style or "display:none" in style:
            return "vanish"
    anchor = _anchor_of(txbx)
    described = anchor.find(f"{{{_WP}}}docPr") if anchor is not None else None
    if described is not None and described.get("hidden", "").lower() in ("1", "true"):
        return "vanish"
    if _no_room(shape, anchor):
        return "clipped"
    if _off_page(txbx, ctx.page):
        return "off_page"
    if txbx in ctx.boxes_under_pictures:
        return "covered"
    return None


# DrawingML's default top and bottom inset of a text box (0.05 inch).
_DEFAULT_INSET = 45720


def _past_bottom(txbx: Any, ctx: _Walk) -> frozenset[Any]:
    """The paragraphs of a fixed-size text box (no shape-fits-text) that start or end below
    its bottom edge, which Word cuts off. Heights are counted low (one line of the largest
    font size a paragraph uses, only the spacing it sets itself, no wrapping), so a
    paragraph is cut here only if it is cut however its lines fall."""
    room = _box_room(_box_shape(txbx), _anchor_of(txbx))
    if room is None or room[2] is None or _grows_to_fit(room[2]):
        return frozenset()
    return _paragraphs_below(txbx, room[1], ctx)


def _paragraphs_below(container: Any, height: int, ctx: _Walk) -> frozenset[Any]:
    """The paragraphs of a text box or table cell ``height`` EMU high that start or end
    below its bottom edge, which Word cuts off. Heights are counted low (one line, of the
    exact line height a paragraph sets or else the largest font size it uses; only the
    spacing it sets itself; no wrapping), so a paragraph is cut here only if it is cut
    however its lines fall."""
    below, top = set(), 0
    for p in container.iterchildren(_q("p")):
        ppr = p.find(_q("pPr"))
        spacing = ppr.find(_q("spacing")) if ppr is not None else None
        before = (_int_attribute(spacing, "before") or 0) * _EMU_PER_TWIP
        after = (_int_attribute(spacing, "after") or 0) * _EMU_PER_TWIP
        _, style_size, style_bold = _paragraph_style(ppr, ctx.styles)
        sizes = [
            _run_font(run, style_size, style_bold, ctx.styles)[0]
            for run in p.iter(_q("r"))
            if _words(run)
        ]
        top += before
        line = max((size for size in sizes if size), default=0.0) * _EMU_PER_POINT
        exact = _exact_line_height(ppr)
        if line and exact is not None:
            line = exact * _EMU_PER_POINT
        if line and top + line > height + _EMU_PER_POINT:
            below.add(p)
        top += line + after
    return frozenset(below)


def _box_fill(txbx: Any) -> tuple[bool, str | None]:
    """How the shape around this w:txbxContent is filled: whether with a colour other than
    white (white text may sit on it), and the solid RGB colour (RRGGBB) if one is given
    (text in that colour is drawn in the colour behind it)."""
    shape = _box_shape(txbx)
    if shape is None:
        return False, None
    if shape.tag in _VML_SHAPES:  # VML: fillcolor="#1F3864", filled="f" for none
        if shape.get("filled", "t").lower() in ("f", "false"):
            return False, None
        colour = shape.get("fillcolor", "").lstrip("#")[:6].upper()
        filled = not _is_white(shape.get("fillcolor", "#FFFFFF").lstrip("#")[:6].upper())
        return filled, colour if len(colour) == 6 else None
    filled = False
    for fill in shape.iter(f"{{{_A}}}solidFill"):
        colour = fill.find(f"{{{_A}}}srgbClr")
        scheme = fill.find(f"{{{_A}}}schemeClr")
        if colour is not None and not _is_white(colour.get("val", "").upper()):
            filled = True
        if scheme is not None and scheme.get("val") not in ("bg1", "lt1"):
            filled = True
    properties = next(shape.iter(f"{{{_WPS}}}spPr"), None)
    fill = properties.find(f"{{{_A}}}solidFill") if properties is not None else None
    solid = fill.find(f"{{{_A}}}srgbClr") if fill is not None else None
    return filled, (solid.get("val", "").upper() or None) if solid is not None else None


def _segment_lines(
    segments: list[_Segment], listed: bool, style_name: str | None, style_size: float | None
) -> list[DraftLine]:
    """One line per non-empty segment; size and bold are what most of its characters have."""
    lines: list[DraftLine] = []
    first = True
    for seg in segments:
        text = normalize_line("".join(t for t, _, _ in seg))
        if listed and first and text and not text.startswith("•"):
            text = "• " + text
        if not text:
            continue
        visible = [(len(t.strip()), s, b) for t, s, b in seg if t.strip()]
        n = sum(k for k, _, _ in visible) or 1
        bold = sum(k for k, _, b in visible if b) >= 0.6 * n
        sizes = Counter()
        for k, s, _ in visible:
            sizes[s] += k
        size = sizes.most_common(1)[0][0] if sizes else style_size
        lines.append(DraftLine(text, size, bold, 1, style_name, blank_before=first))
        first = False
    return lines


def _docx_block(
    el: Any, ctx: _Walk, out: list[DraftLine], layout: DraftLayout, depth: int = 0
) -> None:
    """Walk body-level children in document order: paragraphs, tables (nested), SDTs."""
    if depth > 30:
        return
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _q("p"):
            boxes: list[tuple[Any, bool, str | None]] = []
            _docx_paragraph(child, ctx, out, boxes, layout)
            for box, filled, fill in boxes:
                behind = ctx.picture_behind.get(box)
                filled, fill = (True, behind) if fill is None and behind else (filled, fill)
                outer, ctx.box_hidden = ctx.box_hidden, ctx.box_hidden or _box_hidden(box, ctx)
                outer_cut, ctx.past_box_bottom = ctx.past_box_bottom, _past_bottom(box, ctx)
                try:
                    _shaded_block(box, filled, ctx, out, layout, depth + 1, fill)
                finally:
                    ctx.box_hidden, ctx.past_box_bottom = outer, outer_cut
            sect = child.find(f"{_q('pPr')}/{_q('sectPr')}/{_q('cols')}")
            if sect is not None and int(sect.get(_q("num"), "1") or 1) > 1:
                layout.multi_column = True
        elif tag == _q("tbl"):
            _docx_table(child, ctx, out, layout, depth)
        elif tag in (_q("sdt"), _q("sdtContent"), _q("customXml"), _q("smartTag")):
            _docx_block(child, ctx, out, layout, depth + 1)
        elif tag == _q("sectPr"):
            cols = child.find(_q("cols"))
            if cols is not None and int(cols.get(_q("num"), "1") or 1) > 1:
                layout.multi_column = True
        elif tag.endswith("}AlternateContent"):
            shown = _shown_branch(child, ctx)
            if shown is not None:
                _docx_block(shown, ctx, out, layout, depth + 1)


def _shaded_block(
    el: Any,
    shaded: bool,
    ctx: _Walk,
    out: list[DraftLine],
    layout: DraftLayout,
    depth: int,
    fill: str | None = None,
) -> None:
    """``_docx_block`` with white text allowed (``shaded``) inside ``el``, and ``fill`` the
    colour painted behind its text (a shaded cell's)."""
    outer, outer_fill = ctx.shaded, ctx.fill
    ctx.shaded = outer or shaded
    ctx.fill = fill or outer_fill
    try:
        _docx_block(el, ctx, out, layout, depth)
    finally:
        ctx.shaded, ctx.fill = outer, outer_fill


def _docx_table(
    tbl: Any, ctx: _Walk, out: list[DraftLine], layout: DraftLayout, depth: int
) -> None:
    """A table's cells in order; a layout table (columns side by side) is multi-column."""
    layout.has_tables = True
    for tr in tbl.iter(_q("tr")):
        if tr.getparent() is not tbl and tr.getparent().tag != _q("tbl"):
            continue
        cells = tr.findall(_q("tc"))
        if len(cells) >= 2 and sum(1 for tc in cells if len(tc.findall(f".//{_q('p')}")) >= 3) >= 2:
            layout.multi_column = True  # layout table: columns side by side
    # A table style that paints cells (a dark header row with white text) leaves white text
    # undecided; one that paints nothing but sets a text colour gives it to every cell.
    style = tbl.find(f"{_q('tblPr')}/{_q('tblStyle')}")
    style_id = style.get(_q("val")) if style is not None else None
    styled = style_id not in (None, "TableGrid", "TableNormal") and ctx.styles.paints(style_id)
    outer_colour, outer_hidden = ctx.table_colour, ctx.box_hidden
    outer_table_hidden = ctx.table_hidden
    ctx.table_hidden, ctx.table_colour = ctx.styles.looks(style_id) if style_id else (None, None)
    ctx.box_hidden = ctx.box_hidden or _table_off_page(tbl, ctx)
    whole_table = ctx.table_hidden, ctx.table_colour
    look = _table_look(tbl)
    try:
        rows = tbl.findall(_q("tr"))
        for row_at, tr in enumerate(rows):
            outer_height, ctx.row_height = ctx.row_height, _exact_row_height(tr)
            outer_cut = ctx.past_box_bottom
            cells = tr.findall(_q("tc"))
            for cell_at, tc in enumerate(cells):
                tc_pr = tc.find(_q("tcPr"))
                shaded = styled or _fills(tc_pr, "tcPr")
                if ctx.row_height is not None:
                    row = int(ctx.row_height * _EMU_PER_POINT) - _cell_margins(tbl, tc_pr)
                    ctx.past_box_bottom = _paragraphs_below(tc, row, ctx)
                kinds = [
                    kind
                    for kind, applies in (
                        ("lastRow", row_at == len(rows) - 1),
                        ("firstRow", row_at == 0),
                        ("lastCol", cell_at == len(cells) - 1),
                        ("firstCol", cell_at == 0),
                    )
                    if applies and kind in look
                ]
                hidden, colour = (
                    ctx.styles.conditional_looks(style_id, kinds)
                    if kinds and style_id
                    else (None, None)
                )
                ctx.table_hidden = whole_table[0] if hidden is None else hidden
                ctx.table_colour = colour or whole_table[1]
                _shaded_block(tc, shaded, ctx, out, layout, depth + 1, _fill_colour(tc_pr))
                ctx.past_box_bottom = outer_cut
            ctx.row_height = outer_height
    finally:
        ctx.table_colour, ctx.box_hidden = outer_colour, outer_hidden
        ctx.table_hidden = outer_table_hidden


# w:tblLook's legacy bit mask (w:val, hexadecimal), for files that write no attributes.
_LOOK_BITS = {"firstRow": 0x20, "lastRow": 0x40, "firstCol": 0x80, "lastCol": 0x100}


def _table_look(tbl: Any) -> frozenset[str]:
    """Which of its style's conditional formats a table turns on (w:tblLook): first and
    last row and column."""
    look = tbl.find(f"{_q('tblPr')}/{_q('tblLook')}")
    if look is None:
        return frozenset({"firstRow", "firstCol"})  # Word's default look
    on = set()
    mask = 0
    with contextlib.suppress(TypeError, ValueError):
        mask = int(look.get(_q("val"), "0"), 16)
    for kind, bit in _LOOK_BITS.items():
        attribute = look.get(_q(kind.replace("Col", "Column")))
        if attribute is not None:
            if attribute in ("1", "true", "on"):
                on.add(kind)
        elif mask & bit:
            on.add(kind)
    return frozenset(on)


def _table_off_page(tbl: Any, ctx: _Walk) -> str | None:
    """ "off_page" for a floating table (w:tblpPr) placed from the page's edge beyond it,
    or a table indented (w:tblInd) wholly past the page's left or right edge."""
    if ctx.page is None:
        return None
    width = ctx.page[0] // _EMU_PER_TWIP
    indented = tbl.find(f"{_q('tblPr')}/{_q('tblInd')}")
    indent = _int_attribute(indented, "w")
    on_body = tbl.getparent() is not None and tbl.getparent().tag == _q("body")
    if indent is not None and on_body and indented.get(_q("type"), "dxa") == "dxa":
        columns = [_int_attribute(col, "w") or 0 for col in tbl.iter(_q("gridCol"))]
        start = ctx.margins[0] // _EMU_PER_TWIP + indent
        if start >= width or start + sum(columns) <= 0:
            return "off_page"
    place = tbl.find(f"{_q('tblPr')}/{_q('tblpPr')}")
    across, down = ("tblpX", "horzAnchor"), ("tblpY", "vertAnchor")
    if place is not None and _beyond_page(place, across, down, ctx.page):
        return "off_page"
    return None


def _beyond_page(
    placed: Any, across: tuple[str, str], down: tuple[str, str], page: tuple[int, int]
) -> bool:
    """Is a frame (w:framePr) or floating table (w:tblpPr) placed from the page's edge at an
    offset beyond it? ``across`` and ``down`` name each axis's offset and anchor attributes;
    ``page`` is the page's width and height in EMU."""
    for (offset_name, anchor_name), extent in zip((across, down), page, strict=True):
        offset = _int_attribute(placed, offset_name)
        from_page = placed.get(_q(anchor_name)) == "page"
        if from_page and offset is not None and offset >= extent // _EMU_PER_TWIP:
            return True
    return False


def _cell_margins(tbl: Any, tc_pr: Any) -> int:
    """A cell's top and bottom margins together in EMU: its own (w:tcMar), else its
    table's (w:tblCellMar); Word's default is none."""
    total = 0
    for side in ("top", "bottom"):
        for margins in (
            tc_pr.find(_q("tcMar")) if tc_pr is not None else None,
            tbl.find(f"{_q('tblPr')}/{_q('tblCellMar')}"),
        ):
            width = _int_attribute(margins.find(_q(side)), "w") if margins is not None else None
            if width is not None:
                total += width * _EMU_PER_TWIP
                break
    return total


def _exact_row_height(tr: Any) -> float | None:
    """A table row's height in points when Word is told to keep it exactly (w:trHeight
    w:hRule="exact"): text taller than that is cut."""
    height = tr.find(f"{_q('trPr')}/{_q('trHeight')}")
    if height is None or height.get(_q("hRule")) != "exact":
        return None
    try:
        return int(height.get(_q("val"), "")) / 20
    except ValueError:
        return None


# The header and footer kinds a section may name, in the order their text is kept.
_PART_KINDS = ("default", "first", "even")


def _defined_parts(doc: Any, tag: str, pages: int) -> tuple[list[Any], list[Any]]:
    """The root elements of the header (``tag`` "headerReference") or footer parts the
    document's sections name, in order: (those shown on some page, those never shown). A
    first-page part shows only where the section sets w:titlePg, an even-page one only with
    w:evenAndOddHeaders in the settings and a second page, and the default one on every
    other page (so on none of a one-page document whose first page has its own).

    Read from the relationships only: python-docx's ``section.header`` adds a part from its
    package templates when a section has none, which changes the document and opens a file
    from the install tree (the sandboxed child may not be able to read it)."""
    even_shown = pages > 1 and _setting_on(doc, "evenAndOddHeaders")
    shown: list[Any] = []
    never: list[Any] = []
    for sect_pr in doc.element.body.iter(_q("sectPr")):
        title_page = sect_pr.find(_q("titlePg"))
        first_shown = title_page is not None and _on_val(title_page)
        refs = sorted(
            sect_pr.findall(_q(tag)),
            key=lambda ref: (
                _PART_KINDS.index(ref.get(_q("type"), "default"))
                if ref.get(_q("type"), "default") in _PART_KINDS
                else len(_PART_KINDS)
            ),
        )
        for ref in refs:
            kind = ref.get(_q("type"), "default")
            part = doc.part.rels.get(ref.get(f"{{{_R}}}id") or "")
            if part is None or part.is_external or kind not in _PART_KINDS:
                continue
            if kind == "default":  # every page the others leave: none, on one titled page
                used = pages > 1 or not first_shown
            else:
                used = first_shown if kind == "first" else even_shown
            (shown if used else never).append(part.target_part.element)
    return shown, never


def _setting_on(doc: Any, name: str) -> bool:
    """Is this on/off element of the document's settings part present and on?"""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        settings = doc.part.part_related_by(RELATIONSHIP_TYPE.SETTINGS).element
    except (KeyError, AttributeError):
        return False
    found = settings.find(_q(name))
    return found is not None and _on_val(found)


def _header_footer_lines(
    doc: Any, ctx: _Walk, pages: int
) -> tuple[list[DraftLine], list[DraftLine]]:
    """The lines of every section's headers and of its footers that some page shows, each
    text kept once. The text of a part no page shows is hidden text (``undrawn``)."""
    head: list[DraftLine] = []
    foot: list[DraftLine] = []
    seen: set[str] = set()
    for tag, dest in (("headerReference", head), ("footerReference", foot)):
        shown, never = _defined_parts(doc, tag, pages)
        for element, unseen in [(e, False) for e in shown] + [(e, True) for e in never]:
            try:
                tmp: list[DraftLine] = []
                _docx_block(element, ctx, tmp, DraftLayout())
            except Exception:  # noqa: S112 - a broken header must not sink the document
                continue
            if unseen:
                ctx.hidden.extend(("undrawn", ln.text) for ln in tmp)
                continue
            for ln in tmp:
                if ln.text not in seen:
                    seen.add(ln.text)
                    dest.append(ln)
    return head, foot


def _page_count(data: bytes, body: list[DraftLine]) -> int:
    # Page count is not stored reliably in DOCX; docProps/app.xml has Word's last count.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("docProps/app.xml").decode("utf-8", "ignore")
        m = re.search(r"<Pages>(\d+)</Pages>", xml)
        return max(1, int(m.group(1))) if m else 1
    except (KeyError, AttributeError, ValueError, zipfile.BadZipFile):
        return max(1, sum(len(ln.text) for ln in body) // 3500 + 1)


def extract_docx(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    _check_docx_zip(data, limits)
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ExtractionError(
            "The Word file is damaged and cannot be read; re-save it and upload again.",
            "corrupt",
        ) from exc
    layout = DraftLayout()
    styles = _DocxStyles(doc)
    ctx = _Walk(
        styles,
        default_looks=styles.default_looks(),
        shapes_behind=_shapes_behind(doc),
        page_colour=_page_colour(doc),
        page=_page_size(doc),
        margins=_side_margins(doc),
        boxes_under_pictures=frozenset().union(
            *(_boxes_under_pictures(root) for root in _story_roots(doc))
        ),
        picture_behind=_pictures_behind_boxes(doc),
    )
    body: list[DraftLine] = []
    _docx_block(doc.element.body, ctx, body, layout)
    # Headers/footers: ATS parsers often skip them, so flag it; keep the text once (contact
    # details commonly live there) before/after the body.
    layout.page_count = _page_count(data, body)
    head, foot = _header_footer_lines(doc, ctx, layout.page_count)
    _note_unshown_parts(doc, ctx)
    layout.header_footer_text = bool(head or foot)
    lines = head + body + foot
    _number_paragraphs(lines)
    seen: set[tuple[str, str]] = set()
    for reason, text in ctx.hidden:  # a linked header is walked once per section
        if (reason, text) not in seen:
            seen.add((reason, text))
            layout.hidden.append((0, reason, text))
    if not any(ln.text for ln in lines):
        raise ExtractionError("The Word document contains no text.", "empty")
    return assemble(DOCX_MIME, lines, layout, limits, DOCX_VERSION)


def _page_colour(doc: Any) -> str:
    """The page's background colour (RRGGBB; white unless w:background sets one)."""
    background = doc.element.find(_q("background"))
    colour = background.get(_q("color"), "") if background is not None else ""
    return colour.upper() if _channels(colour) else "FFFFFF"


def _shapes_behind(doc: Any) -> bool:
    """Is any shape or picture anchored behind the text, in the body or a header?"""
    shown, never = _defined_parts(doc, "headerReference", pages=1)
    for part in [doc.element, *shown, *never]:
        for anchor in part.iter(f"{{{_WP}}}anchor"):
            if anchor.get("behindDoc") in ("1", "true"):
                return True
    return False


def _story_roots(doc: Any) -> list[Any]:
    """The body and the root of every header and footer part the sections name."""
    roots = [doc.element.body]
    for tag in ("headerReference", "footerReference"):
        for parts in _defined_parts(doc, tag, pages=1):
            roots.extend(parts)
    return roots


def _number_paragraphs(lines: list[DraftLine]) -> None:
    """Paragraph ids (in walk order) become indexes in the order of the final text."""
    index: dict[int, int] = {}
    for ln in lines:
        ln.origins = [index.setdefault(o, len(index)) for o in ln.origins]
