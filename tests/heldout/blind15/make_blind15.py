#!/usr/bin/env python3
"""make_blind15.py OUTDIR -- writes the 24 resumes of the blind15 held-out set.

Every resume is literal data inside its own layout function. Nothing is random;
the script holds no section types and no labels (labels.json is typed by hand).
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from PIL import Image, ImageDraw
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_NAIVE = datetime.datetime(2026, 1, 1, 0, 0, 0)
PT = 25.4 / 72.0
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dv": {"": DV + "DejaVuSans.ttf", "B": DV + "DejaVuSans-Bold.ttf",
           "I": DV + "DejaVuSans-Oblique.ttf", "BI": DV + "DejaVuSans-BoldOblique.ttf"},
    "dvc": {"": DV + "DejaVuSansCondensed.ttf", "B": DV + "DejaVuSansCondensed-Bold.ttf",
            "I": DV + "DejaVuSansCondensed-Oblique.ttf"},
    "dvl": {"": DV + "DejaVuSans-ExtraLight.ttf"},
    "dvs": {"": DV + "DejaVuSerif.ttf", "B": DV + "DejaVuSerif-Bold.ttf",
            "I": DV + "DejaVuSerif-Italic.ttf", "BI": DV + "DejaVuSerif-BoldItalic.ttf"},
    "ls": {"": LB + "LiberationSans-Regular.ttf", "B": LB + "LiberationSans-Bold.ttf",
           "I": LB + "LiberationSans-Italic.ttf"},
    "lsn": {"": LB + "LiberationSansNarrow-Regular.ttf", "B": LB + "LiberationSansNarrow-Bold.ttf",
            "I": LB + "LiberationSansNarrow-Italic.ttf"},
    "lr": {"": LB + "LiberationSerif-Regular.ttf", "B": LB + "LiberationSerif-Bold.ttf",
           "I": LB + "LiberationSerif-Italic.ttf", "BI": LB + "LiberationSerif-BoldItalic.ttf"},
}
BLACK = (0, 0, 0)
GREY = (105, 105, 105)


# ---------------------------------------------------------------- images
def photo_png(w=300, h=380, bg=(214, 214, 214), fg=(150, 150, 150), disc_bg=None):
    """Grey silhouette placeholder; if disc_bg is given the photo is a disc on that colour."""
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    cx = w // 2
    dr.ellipse([cx - w * 0.19, h * 0.16, cx + w * 0.19, h * 0.16 + w * 0.42], fill=fg)
    dr.ellipse([cx - w * 0.42, h * 0.62, cx + w * 0.42, h * 1.25], fill=fg)
    if disc_bg is not None:
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).ellipse([0, (h - w) // 2, w - 1, (h - w) // 2 + w - 1], fill=255)
        out = Image.new("RGB", (w, h), disc_bg)
        out.paste(im, (0, 0), mask)
        im = out.crop((0, (h - w) // 2, w, (h - w) // 2 + w))
    bio = io.BytesIO()
    im.save(bio, format="PNG", optimize=False)
    bio.seek(0)
    return bio


# ---------------------------------------------------------------- PDF
class PDF(FPDF):
    def __init__(self, lang, title, author, families):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author(author)
        self.set_subject("Curriculum vitae")
        self.set_keywords("curriculum vitae, resume")
        self.set_creator("make_blind15.py")
        self.set_producer("fpdf2 2.8.9")
        self.set_lang(lang)
        for fam in families:
            for st, path in FONTS[fam].items():
                self.add_font(fam, st, path)
        self.hdr = None
        self.ftr = None
        self.boxes = {}
        self.y0 = 0.0

    def header(self):
        if self.hdr:
            self.hdr(self, self.page_no())

    def footer(self):
        if self.ftr:
            self.ftr(self, self.page_no())

    def _box(self, x0, y0, x1, y1):
        self.boxes.setdefault(self.page_no(), []).append((x0, y0, x1, y1))

    def T(self, x, y, s, f="dv", st="", sz=10, c=BLACK, al="L", cs=0.0):
        """Draw one text line with its baseline at y; returns its width."""
        self.set_font(f, st, sz)
        self.set_text_color(*c)
        self.set_char_spacing(cs)
        w = self.get_string_width(s)
        if al == "R":
            x -= w
        elif al == "C":
            x -= w / 2.0
        self.text(x, y, s)
        if cs:
            self.set_char_spacing(0)
        self._box(x, y - sz * PT * 0.76, x + w - (cs * PT if cs else 0), y + sz * PT * 0.21)
        return w

    def width(self, s, f="dv", st="", sz=10, cs=0.0):
        self.set_font(f, st, sz)
        self.set_char_spacing(cs)
        w = self.get_string_width(s)
        self.set_char_spacing(0)
        return w

    def lines(self, s, w, f="dv", st="", sz=10):
        self.set_font(f, st, sz)
        self.set_char_spacing(0)
        out, cur = [], ""
        for word in s.split(" "):
            test = (cur + " " + word) if cur else word
            if cur and self.get_string_width(test) > w:
                out.append(cur)
                cur = word
            else:
                cur = test
        out.append(cur)
        return out

    def W(self, x, y, w, s, lh, f="dv", st="", sz=10, c=BLACK, al="L"):
        """Wrapped paragraph; first baseline at y; returns the baseline after the last line."""
        for ln in self.lines(s, w, f, st, sz):
            xx = x + w if al == "R" else (x + w / 2.0 if al == "C" else x)
            self.T(xx, y, ln, f, st, sz, c, al)
            y += lh
        return y

    def bullet(self, x, y, w, s, lh, mc=BLACK, shape="dot", ind=4.0, **kw):
        sz = kw.get("sz", 10)
        self.set_fill_color(*mc)
        cy = y - sz * PT * 0.30
        if shape == "dot":
            self.ellipse(x + 0.4, cy - 0.65, 1.3, 1.3, style="F")
        elif shape == "square":
            self.rect(x + 0.4, cy - 0.6, 1.2, 1.2, style="F")
        elif shape == "dash":
            self.rect(x + 0.2, cy - 0.2, 2.0, 0.4, style="F")
        return self.W(x + ind, y, w - ind, s, lh, **kw)

    def rule(self, x0, y0, x1, y1, c=BLACK, lw=0.2):
        self.set_draw_color(*c)
        self.set_line_width(lw)
        self.line(x0, y0, x1, y1)

    def box(self, x, y, w, h, fill=None, draw=None, lw=0.2, r=0):
        style = ("F" if fill else "") + ("D" if draw else "")
        if fill:
            self.set_fill_color(*fill)
        if draw:
            self.set_draw_color(*draw)
            self.set_line_width(lw)
        if r:
            self.rect(x, y, w, h, style=style, round_corners=True, corner_radius=r)
        else:
            self.rect(x, y, w, h, style=style)

    def finish(self, path):
        data = bytes(self.output())
        for page, bx in self.boxes.items():
            for i, a in enumerate(bx):
                if a[0] < 4 or a[2] > 206 or a[1] < 4 or a[3] > 293:
                    raise RuntimeError("%s p%d: text leaves the page %r" % (path, page, a))
                for b in bx[i + 1:]:
                    if a[0] < b[2] - 0.05 and b[0] < a[2] - 0.05 and a[1] < b[3] - 0.05 and b[1] < a[3] - 0.05:
                        raise RuntimeError("%s p%d: overlapping text %r %r" % (path, page, a, b))
        with open(path, "wb") as fh:
            fh.write(data)


# ---------------------------------------------------------------- DOCX
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
               "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def put(parent, child, order):
    """Insert child into parent in schema order, replacing an existing child of the same tag."""
    tag = child.tag.split("}")[1]
    old = parent.find(qn("w:" + tag))
    if old is not None:
        parent.remove(old)
    idx = order.index(tag)
    for i, existing in enumerate(list(parent)):
        etag = existing.tag.split("}")[1]
        if etag in order and order.index(etag) > idx:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def el(tag, **attrs):
    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def border_el(tag, sides):
    b = el(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in sides:
            val, sz, color, space = sides[side]
            b.append(el(side, val=val, sz=sz, space=space, color=color))
    return b


def p_border(p_or_style_ppr, sides):
    put(p_or_style_ppr, border_el("pBdr", sides), PPR_ORDER)


def p_shade(ppr, fill):
    put(ppr, el("shd", val="clear", color="auto", fill=fill), PPR_ORDER)


def r_props(rpr, caps=False, small=False, spacing=None, shade=None, underline=None):
    if caps:
        put(rpr, el("caps"), RPR_ORDER)
    if small:
        put(rpr, el("smallCaps"), RPR_ORDER)
    if spacing is not None:
        put(rpr, el("spacing", val=spacing), RPR_ORDER)
    if underline:
        put(rpr, el("u", val=underline), RPR_ORDER)
    if shade:
        put(rpr, el("shd", val="clear", color="auto", fill=shade), RPR_ORDER)


def new_docx(lang, title, author, font, size, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:cs"), font)
    rf.set(qn("w:eastAsia"), font)
    put(rpr, el("lang", val=lang), RPR_ORDER)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    # the list bullet style follows the body font
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = "Curriculum vitae"
    cp.keywords = "curriculum vitae, resume"
    cp.comments = ""
    cp.category = "CV"
    cp.language = lang
    cp.revision = 1
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_printed = FIXED_NAIVE
    return d


def P(container, runs, style=None, align=None, before=None, after=None, left=None, first=None,
      tabs=None, keep=False, line=None, p=None):
    """Add a paragraph (or fill the given empty one). runs: list of (text, fmt dict) or a plain string."""
    if p is None:
        p = container.add_paragraph(style=style)
    elif style is not None:
        p.style = style
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, fmt in runs:
        r = p.add_run(text)
        f = r.font
        if fmt.get("b"):
            f.bold = True
        if fmt.get("i"):
            f.italic = True
        if "c" in fmt:
            f.color.rgb = RGBColor.from_string(fmt["c"])
        if "sz" in fmt:
            f.size = Pt(fmt["sz"])
        if "font" in fmt:
            f.name = fmt["font"]
        if any(k in fmt for k in ("caps", "small", "sp", "shade", "u")):
            r_props(r._r.get_or_add_rPr(), caps=fmt.get("caps"), small=fmt.get("small"),
                    spacing=fmt.get("sp"), shade=fmt.get("shade"), underline=fmt.get("u"))
    pf = p.paragraph_format
    if align == "C":
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "J":
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Cm(left)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    if keep:
        pf.keep_with_next = True
    for pos, kind in (tabs or []):
        al = {"R": WD_TAB_ALIGNMENT.RIGHT, "L": WD_TAB_ALIGNMENT.LEFT, "C": WD_TAB_ALIGNMENT.CENTER}[kind]
        pf.tab_stops.add_tab_stop(Cm(pos), al)
    return p


def para_style(d, name, font=None, size=None, bold=None, italic=None, color=None, before=None, after=None,
               caps=False, small=False, spacing=None, align=None, keep=True, base="Normal", underline=None):
    st = d.styles.add_style(name, 1)
    st.base_style = d.styles[base]
    st.next_paragraph_style = d.styles["Normal"]
    st.quick_style = True
    f = st.font
    if font:
        f.name = font
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if color:
        f.color.rgb = RGBColor.from_string(color)
    r_props(st.element.get_or_add_rPr(), caps=caps, small=small, spacing=spacing, underline=underline)
    pf = st.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if align == "C":
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf.keep_with_next = keep
    return st


def style_ppr(st):
    return st.element.get_or_add_pPr()


def table(container, rows, cols, widths, borders=None, style=None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    tblPr = t._tbl.tblPr
    total = sum(widths)
    put(tblPr, el("tblW", w=int(total * 567), type="dxa"), TBLPR_ORDER)
    put(tblPr, el("tblLayout", type="fixed"), TBLPR_ORDER)
    if borders is not None:
        put(tblPr, border_el("tblBorders", borders), TBLPR_ORDER)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
    return t


NO_BORDERS = {s: ("nil", 0, "auto", 0) for s in ("top", "left", "bottom", "right", "insideH", "insideV")}


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    put(tcPr, el("shd", val="clear", color="auto", fill=fill), TCPR_ORDER)


def cell_borders(cell, sides):
    tcPr = cell._tc.get_or_add_tcPr()
    put(tcPr, border_el("tcBorders", sides), TCPR_ORDER)


def cell_p(cell, runs, **kw):
    """Fill the first (empty) paragraph of a cell; further calls add paragraphs."""
    ps = cell.paragraphs
    if len(ps) == 1 and not ps[0].runs:
        return P(cell, runs, p=ps[0], **kw)
    return P(cell, runs, **kw)


def bullets(container, items, style="List Bullet", left=None, after=1, **kw):
    for it in items:
        P(container, it if not isinstance(it, str) else [(it, {})], style=style, left=left, after=after, **kw)


def save_docx(d, path):
    bio = io.BytesIO()
    d.save(bio)
    bio.seek(0)
    src = zipfile.ZipFile(bio)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


# ======================================================================= PDF resumes
def m00_en_ledger(path):
    """Finance executive, two pages, serif; centred flanked headings."""
    pdf = PDF("en-GB", "Curriculum vitae - Margaret A. Okonkwo-Hale", "Margaret A. Okonkwo-Hale", ["lr", "ls"])
    RED = (128, 24, 40)
    L, R = 22.0, 188.0
    lh = 4.9

    def hdr(p, n):
        if n > 1:
            p.T(R, 13, "Margaret A. Okonkwo-Hale \u2014 Curriculum Vitae", "lr", "I", 8.5, GREY, "R")
            p.rule(L, 15.5, R, 15.5, (190, 190, 190), 0.2)

    def ftr(p, n):
        p.T(105, 287, "\u2013 %d \u2013" % n, "lr", "", 8.5, GREY, "C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    st = {"y": 0}

    def need(h):
        if st["y"] + h > 276:
            pdf.add_page()
            st["y"] = 26

    def H(title):
        need(20)
        st["y"] += 6
        y = st["y"]
        w = pdf.width(title, "lr", "B", 10.5, 1.6)
        x0 = 105 - w / 2.0
        pdf.T(105, y, title, "lr", "B", 10.5, RED, "C", 1.6)
        pdf.rule(L, y - 1.3, x0 - 4, y - 1.3, RED, 0.25)
        pdf.rule(x0 + w + 3, y - 1.3, R, y - 1.3, RED, 0.25)
        st["y"] = y + 7

    def para(s, sz=10.5, **kw):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "lr", "", sz, **kw)

    def bl(s):
        need(lh * 2)
        st["y"] = pdf.bullet(L + 2, st["y"], R - L - 2, s, lh, RED, "square", 4.5, f="lr", sz=10.5)

    def firm(name, place, dates, blurb):
        need(22)
        st["y"] += 2.5
        y = st["y"]
        pdf.T(L, y, name, "lr", "B", 10.5, BLACK, cs=0.6)
        pdf.T(R, y, place + " \u00b7 " + dates, "lr", "", 10, GREY, "R")
        st["y"] = pdf.W(L, y + lh, R - L, blurb, lh, "lr", "I", 9.5, GREY)

    def role(title, dates=None):
        need(12)
        y = st["y"]
        pdf.T(L, y, title, "lr", "BI", 10.5)
        if dates:
            pdf.T(R, y, dates, "lr", "", 10, GREY, "R")
        st["y"] = y + lh + 0.6

    pdf.T(105, 28, "MARGARET A. OKONKWO-HALE", "lr", "B", 20, (30, 30, 30), "C", 2.5)
    pdf.T(105, 36.5, "Chief Financial Officer \u00b7 FTSE 250 \u00b7 Turnarounds & Capital Markets",
          "lr", "I", 11.5, RED, "C")
    pdf.T(105, 42.5, "London SW3 \u00b7 +44 7700 900 418 \u00b7 m.okonkwo-hale@example.co.uk \u00b7 "
          "linkedin.com/in/mokhale", "ls", "", 8.5, GREY, "C")
    pdf.rule(L, 46, R, 46, (40, 40, 40), 0.5)
    pdf.rule(L, 47, R, 47, (40, 40, 40), 0.2)
    st["y"] = 50

    H("EXECUTIVE PROFILE")
    para("Chartered accountant and listed-company CFO with twenty years in industrial services and banking. "
         "Led two turnarounds, a \u00a3420m rights issue and the refinancing of \u00a31.1bn of debt; trusted by "
         "boards, lenders and investors to bring clarity to complex balance sheets. Builds finance teams that "
         "partner the business rather than police it.")
    H("AREAS OF EXPERTISE")
    cols = [["Group financial strategy", "Capital markets & IR", "Debt refinancing"],
            ["M&A and integration", "Cost transformation", "Audit & risk committees"],
            ["Pensions de-risking", "ERP-led finance change", "Treasury & FX policy"]]
    y = st["y"]
    for i, col in enumerate(cols):
        yy = y
        for item in col:
            pdf.bullet(L + 2 + i * 56, yy, 54, item, lh, RED, "square", 4.5, f="lr", sz=10)
            yy += lh
    st["y"] = y + 3 * lh

    H("CAREER HISTORY")
    firm("HALDANE GROUP PLC", "London", "2019 \u2013 present",
         "FTSE 250 facilities and industrial services group; revenue \u00a32.1bn; 14,000 employees in six countries.")
    role("Chief Financial Officer")
    bl("Designed and delivered a three-year recovery plan that took operating margin from 1.8% to 5.6% and "
       "restored the dividend in 2023.")
    bl("Led a \u00a3420m rights issue and the refinancing of the revolving credit facility, extending maturities "
       "to 2029 at a lower margin.")
    bl("Exited four loss-making contracts worth \u00a3180m of annual revenue without litigation.")
    bl("Replaced eleven legacy ledgers with a single Oracle Fusion instance; the month-end close now takes "
       "five working days instead of twelve.")
    firm("CORVELL & PARTNERS LTD", "Manchester", "2014 \u2013 2019",
         "Private-equity-backed engineering consultancy; revenue \u00a3640m; sold to a US trade buyer in 2019.")
    role("Group Finance Director")
    bl("Prepared the group for sale: vendor due diligence, carve-out accounts and a working-capital programme "
       "that released \u00a358m of cash.")
    bl("Completed and integrated three bolt-on acquisitions in Germany and the Netherlands.")
    bl("Built an FP&A team of fourteen and introduced rolling driver-based forecasts.")
    firm("ASHBY MERIDIAN BANK", "London", "2008 \u2013 2014",
         "Mid-market corporate and investment bank.")
    role("Director, Corporate Finance", "2011 \u2013 2014")
    bl("Originated and executed leveraged buy-out and refinancing mandates for sponsors in the business "
       "services sector, with deal values between \u00a3150m and \u00a3900m.")
    role("Vice President, Leveraged Finance", "2008 \u2013 2011")
    bl("Structured senior and mezzanine facilities and ran syndication to UK and European lenders.")
    firm("KESTREL AUDIT LLP", "London", "2002 \u2013 2008", "Top-ten audit and advisory firm.")
    role("Manager, Transaction Services")
    bl("Financial due diligence on more than forty transactions; qualified as a chartered accountant in 2005.")

    H("NON-EXECUTIVE APPOINTMENTS")
    for org, dates, txt in [
        ("NORTHGATE WATER SERVICES PLC", "2021 \u2013 present",
         "Independent Non-Executive Director; Chair of the Audit and Risk Committee."),
        ("BRAMLEY HOUSING TRUST", "2017 \u2013 2022",
         "Board member and Chair of the Finance Committee (regulated housing association, 9,000 homes)."),
    ]:
        need(12)
        y = st["y"] + 1.5
        pdf.T(L, y, org, "lr", "B", 10.5, BLACK, cs=0.6)
        pdf.T(R, y, dates, "lr", "", 10, GREY, "R")
        st["y"] = pdf.W(L, y + lh, R - L, txt, lh, "lr", "I", 10.5) + 1

    H("EDUCATION & PROFESSIONAL QUALIFICATIONS")
    for deg, right, sub in [
        ("MA (Oxon), Philosophy, Politics and Economics", "1998", "Balliol College, University of Oxford"),
        ("Fellow of the Institute of Chartered Accountants (FCA)", "2005 / 2015",
         "ICAEW; ACA qualification with Kestrel Audit LLP"),
        ("Advanced Management Program", "2018", "Harvard Business School, Boston"),
    ]:
        need(12)
        y = st["y"]
        pdf.T(L, y, deg, "lr", "B", 10.5)
        pdf.T(R, y, right, "lr", "", 10, GREY, "R")
        pdf.T(L, y + lh, sub, "lr", "", 10.5)
        st["y"] = y + 2 * lh + 1.5

    H("AFFILIATIONS")
    for s in ["Member, The 100 Group of Finance Directors",
              "Fellow, Association of Corporate Treasurers (FCT)",
              "Member, Audit Committee Chairs' Independent Forum"]:
        bl(s)
    H("REFERENCES")
    para("Available on request from the Chair and the Senior Independent Director of Haldane Group plc.")
    pdf.finish(path)


def m01_en_banded(path):
    """Electrician, one page; headings in pale bands with a coloured end block."""
    pdf = PDF("en-GB", "CV - Daniel Fraser-McCall", "Daniel Fraser-McCall", ["ls"])
    TEAL = (0, 96, 108)
    PALE = (228, 238, 239)
    L, R = 15.0, 195.0
    lh = 4.45
    pdf.add_page()
    pdf.T(L, 22, "Daniel Fraser-McCall", "ls", "B", 24, (25, 25, 25))
    pdf.T(L, 30, "Approved Electrician | JIB Gold Card | 18th Edition", "ls", "B", 11, TEAL)
    for i, s in enumerate(["Wakefield, West Yorkshire", "07700 900 233", "dan.frasermccall@example.co.uk",
                           "Full UK driving licence \u00b7 own van"]):
        pdf.T(R, 14.5 + i * 4.6, s, "ls", "", 9, GREY, "R")
    st = {"y": 36}

    def H(title):
        y = st["y"] + 2.2
        pdf.box(L, y, R - L, 7.4, fill=PALE)
        pdf.box(L, y, 2.6, 7.4, fill=TEAL)
        pdf.T(L + 6, y + 5.2, title, "ls", "B", 10.5, TEAL, cs=0.4)
        st["y"] = y + 7.4 + 5.0

    def para(s):
        st["y"] = pdf.W(L + 2, st["y"], R - L - 2, s, lh, "ls", "", 9.8)

    H("ABOUT ME")
    para("Approved electrician with ten years on domestic, commercial and rail-depot work. Happy running a job on my "
         "own or leading a small team; tidy, safe and known for getting the paperwork right first time. Looking "
         "for a supervisor role with a contractor in the Leeds\u2013Wakefield area.")
    H("TICKETS & CARDS")
    left = ["ECS / JIB Gold Card \u2013 Approved Electrician",
            "BS 7671:2018+A2 (18th Edition) \u2013 C&G 2382-22",
            "Inspection & Testing \u2013 C&G 2391-52",
            "AM2S assessment \u2013 passed 2019"]
    right = ["EV charge point installation \u2013 C&G 2921-34",
             "IPAF 3a / 3b (MEWPs)",
             "PASMA Towers for Users",
             "UKATA Asbestos Awareness (renewed 2025)"]
    y, ym = st["y"], st["y"]
    for i, col in enumerate([left, right]):
        yy = y
        for s in col:
            yy = pdf.bullet(L + 2 + i * 92, yy, 88, s, lh, TEAL, "square", 4, f="ls", sz=9.5)
        ym = max(ym, yy)
    st["y"] = ym

    H("EMPLOYMENT")
    jobs = [
        ("Approved Electrician", "Brightwire Electrical Contractors Ltd, Leeds", "Mar 2021 \u2013 present",
         ["Run fit-outs of offices and schools up to \u00a3250k: containment, SWA, distribution boards and lighting.",
          "Test and certify installations (EIC, EICR, minor works) using NICEIC online certification.",
          "Look after two apprentices and sign off their on-site evidence portfolios."]),
        ("Electrician (JIB Electrician grade)", "Calder Valley Maintenance Services, Halifax",
         "Jul 2018 \u2013 Feb 2021",
         ["Reactive and planned maintenance across 40 social-housing blocks and two leisure centres.",
          "Fault finding on three-phase plant, fire alarm panels and emergency lighting."]),
        ("Apprentice Electrician", "Northern Rail Depot Services, Neville Hill, Leeds", "Sep 2014 \u2013 Jun 2018",
         ["Four-year JIB apprenticeship: depot lighting, shore supplies and train-wash control panels."]),
    ]
    for title, emp, dates, bl in jobs:
        y = st["y"] + 1
        pdf.T(L + 2, y, title, "ls", "B", 10.5)
        pdf.T(R, y, dates, "ls", "", 9, GREY, "R")
        pdf.T(L + 2, y + lh + 0.2, emp, "ls", "", 9.8, TEAL)
        y += 2 * lh + 0.6
        for s in bl:
            y = pdf.bullet(L + 4, y, R - L - 4, s, lh, (120, 120, 120), "dot", 4, f="ls", sz=9.5)
        st["y"] = y + 1.2

    H("APPRENTICESHIP & TRAINING")
    for q, where, when in [
        ("NVQ Level 3 Diploma in Installing Electrotechnical Systems & Equipment",
         "Leeds College of Building (day release)", "2014 \u2013 2018"),
        ("GCSEs \u2013 9 subjects including Maths (7) and English (6)", "Brighouse High School", "2014"),
    ]:
        y = st["y"]
        pdf.T(L + 2, y, q, "ls", "B", 10)
        pdf.T(R, y, when, "ls", "", 9, GREY, "R")
        pdf.T(L + 2, y + lh, where, "ls", "", 9.8)
        st["y"] = y + 2 * lh + 1

    H("WHAT I CAN DO")
    left = ["Domestic rewires and consumer unit upgrades", "Commercial containment, trunking and SWA",
            "Three-phase fault finding", "Fire alarm & emergency lighting (BS 5839 / 5266)"]
    right = ["EICRs and periodic inspection", "EV charger and solar PV installs",
             "Reading drawings and schematics", "Mentoring apprentices"]
    y, ym = st["y"], st["y"]
    for i, col in enumerate([left, right]):
        yy = y
        for s in col:
            yy = pdf.bullet(L + 2 + i * 92, yy, 88, s, lh, TEAL, "square", 4, f="ls", sz=9.5)
        ym = max(ym, yy)
    st["y"] = ym

    H("OUTSIDE WORK")
    para("Amateur rugby league with Ossett Trinity, fell walking in the Dales and slowly restoring a 1994 Land "
         "Rover Defender.")
    H("REFEREES")
    y = st["y"]
    for i, (name, l1, l2) in enumerate([
            ("Gary Holroyd", "Contracts Manager, Brightwire Electrical", "0113 496 0721"),
            ("Sandra Pickles", "Maintenance Supervisor, Calder Valley", "01422 555 019")]):
        x = L + 2 + i * 92
        pdf.T(x, y, name, "ls", "B", 10)
        pdf.T(x, y + lh, l1, "ls", "", 9.5)
        pdf.T(x, y + 2 * lh, l2, "ls", "", 9.5, GREY)
    pdf.finish(path)


def m02_en_numbered(path):
    """Academic CV, two pages, serif; numbered plain bold headings; dates in a left column."""
    pdf = PDF("en-GB", "Curriculum vitae - Dr Ines Castellanos-Reid", "Ines Castellanos-Reid", ["lr"])
    BLUE = (20, 70, 120)
    L, R, DX = 22.0, 190.0, 50.0
    lh = 4.8

    def ftr(p, n):
        p.rule(L, 283, R, 283, (170, 170, 170), 0.2)
        p.T(L, 287.5, "In\u00e9s Castellanos-Reid \u2014 Curriculum Vitae", "lr", "", 8.5, GREY)
        p.T(R, 287.5, str(n), "lr", "", 8.5, GREY, "R")

    pdf.ftr = ftr
    pdf.add_page()
    st = {"y": 0}

    def need(h):
        if st["y"] + h > 274:
            pdf.add_page()
            st["y"] = 22

    def H(title):
        need(18)
        y = st["y"] + 5
        pdf.T(L, y, title, "lr", "B", 12.5)
        st["y"] = y + 6.5

    def dated(date, text, sub=None, bold=False):
        lines = pdf.lines(text, R - DX, "lr", "B" if bold else "", 10.5)
        need(lh * (len(lines) + (1 if sub else 0)) + 1)
        y = st["y"]
        pdf.T(L, y, date, "lr", "", 10.5)
        y = pdf.W(DX, y, R - DX, text, lh, "lr", "B" if bold else "", 10.5)
        if sub:
            y = pdf.W(DX, y, R - DX, sub, lh, "lr", "I", 10.5)
        st["y"] = y + 1.2

    def ref(n, text):
        lines = pdf.lines(text, R - DX, "lr", "", 10.5)
        need(lh * len(lines) + 1)
        y = st["y"]
        pdf.T(DX - 3, y, "[%d]" % n, "lr", "", 10.5, BLACK, "R")
        st["y"] = pdf.W(DX, y, R - DX, text, lh, "lr", "", 10.5) + 1.2

    def sublabel(s):
        need(14)
        y = st["y"] + 1
        pdf.T(DX, y, s, "lr", "BI", 10.5)
        st["y"] = y + lh + 0.8

    pdf.T(L, 26, "Dr In\u00e9s Castellanos-Reid", "lr", "B", 19)
    pdf.T(L, 33, "Senior Lecturer in Marine Ecology", "lr", "I", 12.5, BLUE)
    pdf.T(L, 39.5, "School of Ocean Sciences, University of Northmouth, Quay Road, Northmouth NM4 2QT, United Kingdom",
          "lr", "", 9.5, GREY)
    pdf.T(L, 44, "i.castellanos-reid@northmouth.ac.uk \u00b7 +44 1632 960 447 \u00b7 ORCID 0000-0002-1825-0097",
          "lr", "", 9.5, GREY)
    pdf.rule(L, 47.5, R, 47.5, BLACK, 0.4)
    st["y"] = 50

    H("1. Academic Appointments")
    dated("2021\u2013present", "Senior Lecturer in Marine Ecology",
          "School of Ocean Sciences, University of Northmouth", True)
    dated("2016\u20132021", "Lecturer in Marine Biology", "School of Ocean Sciences, University of Northmouth", True)
    dated("2013\u20132016", "NERC Independent Research Fellow", "Scottish Marine Institute, Oban", True)
    dated("2011\u20132013", "Postdoctoral Research Associate", "Estaci\u00f3n de Ciencias Mari\u00f1as, Universidade de Vigo",
          True)
    H("2. Education")
    dated("2011", "PhD in Marine Ecology",
          "University of St Andrews \u2014 thesis: Trophic cascades in North Atlantic kelp forests", True)
    dated("2006", "MSc in Oceanography (Distinction)", "University of Southampton", True)
    dated("2005", "Licenciatura en Biolog\u00eda", "Universidade de Santiago de Compostela", True)
    H("3. Research Funding")
    for d_, t in [("2024\u20132027", "NERC Standard Grant NE/Y004112/1, \u2018Heatwaves and kelp recovery\u2019, "
                   "\u00a3612,000 (Principal Investigator)"),
                  ("2022\u20132025", "Horizon Europe MSCA Doctoral Network KELPNET, \u20ac268,000 to Northmouth "
                   "(Co-Investigator)"),
                  ("2019\u20132021", "Royal Society Research Grant RGS\\R1\\191203, \u00a320,000 (PI)"),
                  ("2013\u20132016", "NERC Independent Research Fellowship NE/L011743/1, \u00a3498,000")]:
        dated(d_, t)
    H("4. Publications")
    sublabel("Journal articles (peer-reviewed)")
    refs = [
        "Castellanos-Reid, I., Munro, A. & Raman, P. (2025) Marine heatwaves reset kelp forest succession. "
        "Ecology Letters 28: e14402.",
        "Okafor, C. & Castellanos-Reid, I. (2024) Urchin barrens and the limits of predator recovery. "
        "Journal of Ecology 112: 1881\u20131895.",
        "Castellanos-Reid, I. et al. (2022) A continental survey of canopy loss in Laminaria hyperborea. "
        "Global Change Biology 28: 5310\u20135324.",
        "Castellanos-Reid, I. & V\u00e1zquez Lago, C. (2019) Grazing thresholds in temperate reefs. "
        "Marine Ecology Progress Series 611: 1\u201315.",
        "Castellanos-Reid, I. (2014) Detritus subsidies from kelp to sandy beaches. Oecologia 175: 903\u2013914.",
    ]
    for i, t in enumerate(refs, 1):
        ref(i, t)
    sublabel("Book chapters")
    ref(6, "Castellanos-Reid, I. (2023) Kelp forests in a warming ocean. In: Smale, D. (ed.) Temperate Reef "
           "Ecosystems. Cambridge University Press, pp. 211\u2013236.")
    H("5. Invited Presentations")
    for d_, t in [("2025", "Keynote, Challenger Society Conference, Plymouth: \u2018Heatwaves below the waves\u2019"),
                  ("2024", "Invited seminar, Institut de Ci\u00e8ncies del Mar (ICM-CSIC), Barcelona"),
                  ("2023", "Plenary, International Temperate Reefs Symposium, Hobart, Tasmania"),
                  ("2021", "Invited talk, Royal Society Discussion Meeting \u2018Blue carbon\u2019, London")]:
        dated(d_, t)
    H("6. Teaching and Supervision")
    for lab, t in [("Modules led:", "Marine Ecology (Year 2, 140 students), Field Course in Coastal Ecology "
                    "(Year 3), Ecological Statistics in R (MSc)."),
                   ("Doctoral supervision:", "5 completed PhDs (principal supervisor for 3), 4 current."),
                   ("Recognition:", "Senior Fellow of the Higher Education Academy (SFHEA), 2020.")]:
        need(12)
        y = st["y"]
        w = pdf.T(L, y, lab, "lr", "B", 10.5)
        lines = pdf.lines(t, R - L - w - 1.5, "lr", "", 10.5)
        pdf.T(L + w + 1.5, y, lines[0], "lr", "", 10.5)
        rest = " ".join(t.split(" ")[len(lines[0].split(" ")):])
        y += lh
        if rest:
            y = pdf.W(L, y, R - L, rest, lh, "lr", "", 10.5)
        st["y"] = y + 1.2
    H("7. Learned Societies")
    for d_, t in [("since 2012", "British Ecological Society (Marine Ecology Special Interest Group, committee)"),
                  ("since 2008", "Marine Biological Association of the UK"),
                  ("since 2015", "Fellow, Royal Society of Biology (FRSB)")]:
        dated(d_, t)
    H("8. Referees")
    need(40)
    y = st["y"]
    for i, (name, l1, l2, l3) in enumerate([
            ("Professor Alasdair Munro", "School of Biology", "University of St Andrews", "am45@st-andrews.example.ac.uk"),
            ("Dr Priya Raman", "Head of School of Ocean Sciences", "University of Northmouth",
             "p.raman@northmouth.ac.uk"),
            ("Prof. Carmen V\u00e1zquez Lago", "Departamento de Ecolox\u00eda", "Universidade de Vigo",
             "cvazquez@uvigo.example.es")]):
        x = L + i * 57
        pdf.T(x, y, name, "lr", "B", 10)
        pdf.T(x, y + lh, l1, "lr", "", 9.5)
        pdf.T(x, y + 2 * lh, l2, "lr", "", 9.5)
        pdf.T(x, y + 3 * lh, l3, "lr", "", 8.5, GREY)
    pdf.finish(path)


def m06_de_balken(path):
    """Nurse, German tabular CV; headings next to a drawn vertical bar; photo top right."""
    pdf = PDF("de-DE", "Lebenslauf Katharina Wiemers", "Katharina Wiemers", ["dvc"])
    PET = (0, 84, 96)
    L, R, DX = 20.0, 192.0, 62.0
    lh = 4.5
    pdf.add_page()
    st = {"y": 0}

    def need(h):
        if st["y"] + h > 282:
            pdf.add_page()
            st["y"] = 20

    def H(title):
        need(20)
        y = st["y"] + 5
        pdf.box(L, y - 5.2, 1.8, 6.6, fill=PET)
        pdf.T(L + 4.5, y, title, "dvc", "B", 13, PET)
        st["y"] = y + 7

    def row(left, text, bold=False, sub=None, c=BLACK, lc=BLACK):
        need(lh * 2 + 1)
        y = st["y"]
        pdf.T(L, y, left, "dvc", "", 9.5, lc)
        y = pdf.W(DX, y, R - DX, text, lh, "dvc", "B" if bold else "", 10 if bold else 9.5)
        if sub:
            y = pdf.W(DX, y, R - DX, sub, lh, "dvc", "", 9.5, c)
        st["y"] = y + 1.3

    pdf.T(L, 27, "Katharina Wiemers", "dvc", "B", 24, PET)
    pdf.T(L, 35, "Fachkrankenpflegerin f\u00fcr Intensiv- und An\u00e4sthesiepflege", "dvc", "", 12, (200, 95, 30))
    pdf.image(photo_png(), x=160, y=12, w=32, h=40.5)
    st["y"] = 50

    H("Pers\u00f6nliche Daten")
    for k, v in [("Anschrift", "Eppendorfer Weg 212, 20251 Hamburg"), ("Telefon", "0170 5550 1234"),
                 ("E-Mail", "k.wiemers@example.de"), ("Geburtsdatum", "14.06.1991 in L\u00fcbeck"),
                 ("Familienstand", "verheiratet, ein Kind")]:
        row(k, v, lc=GREY)
    H("Berufliche Stationen")
    for d_, t, emp, bl in [
        ("seit 04/2020", "Fachkrankenpflegerin f\u00fcr Intensiv- und An\u00e4sthesiepflege",
         "Universit\u00e4tsklinikum Hamburg-Eppendorf, Klinik f\u00fcr Intensivmedizin",
         ["Versorgung beatmeter Patientinnen und Patienten, ECMO- und Impella-Therapie",
          "Praxisanleitung von Auszubildenden und neuen Kolleginnen",
          "Mitglied der Arbeitsgruppe Delirmanagement"]),
        ("10/2014 \u2013 03/2020", "Gesundheits- und Krankenpflegerin",
         "Asklepios Klinik Altona, Kardiologie und Stroke Unit",
         ["Pflege nach Herzkatheter und Lyse, Monitor\u00fcberwachung", "Stellvertretende Schichtleitung ab 2017"]),
        ("08/2013 \u2013 09/2014", "Pflegefachkraft (Elternzeitvertretung)", "Sana Kliniken L\u00fcbeck, Allgemeinchirurgie",
         []),
    ]:
        need(16)
        row(d_, t, True, emp, PET)
        y = st["y"] - 0.6
        for b in bl:
            y = pdf.bullet(DX, y, R - DX, b, lh, (120, 120, 120), "dash", 4, f="dvc", sz=9.5)
        st["y"] = y + 1.2
    H("Fachweiterbildung")
    row("2018 \u2013 2020", "Fachweiterbildung Intensiv- und An\u00e4sthesiepflege (DKG)", True,
        "Bildungszentrum des UKE, Hamburg \u2013 Abschlussnote 1,3")
    H("Ausbildung")
    row("2010 \u2013 2013", "Ausbildung zur Gesundheits- und Krankenpflegerin", True,
        "Berufsfachschule f\u00fcr Pflege am UKSH, L\u00fcbeck \u2013 Examen 1,7")
    row("2010", "Allgemeine Hochschulreife", True, "Thomas-Mann-Schule, L\u00fcbeck")
    H("Fort- und Weiterbildungen")
    for d_, t in [("2024", "Praxisanleiterin (300 Stunden), Akademie f\u00fcr Pflegeberufe Hamburg"),
                  ("2023", "ECMO-Grundkurs, Universit\u00e4res Herz- und Gef\u00e4\u00dfzentrum"),
                  ("2022", "ACLS-Provider nach ERC-Leitlinien"),
                  ("2021", "Basale Stimulation in der Pflege \u2013 Basiskurs")]:
        row(d_, t)
    H("Pflegefachliche Kompetenzen")
    cols = [["Beatmungsmanagement (invasiv / NIV)", "Pflege bei ECMO und Impella", "Kin\u00e4sthetik"],
            ["Wund- und Schmerzmanagement", "Dokumentation in ICM (Dr\u00e4ger)", "Hygiene nach KRINKO-Empfehlungen"]]
    y = st["y"]
    for i, col in enumerate(cols):
        yy = y
        for s in col:
            yy = pdf.bullet(DX + i * 66, yy, 64, s, lh, PET, "square", 4, f="dvc", sz=9.5)
    st["y"] = y + 3 * lh + 1
    H("Sprachkenntnisse")
    for k, v in [("Deutsch", "Muttersprache"), ("Englisch", "gute Kenntnisse (B2)"), ("Polnisch", "Grundkenntnisse")]:
        row(k, v)
    H("Ehrenamtliches Engagement")
    row("seit 2017", "Sanit\u00e4terin im Katastrophenschutz, Deutsches Rotes Kreuz, Kreisverband Hamburg-Eimsb\u00fcttel")
    need(14)
    pdf.T(L, st["y"] + 5, "Hamburg, im Januar 2026", "dvc", "", 9.5)
    pdf.T(DX + 40, st["y"] + 5, "Katharina Wiemers", "dvc", "I", 11, (40, 40, 40))
    pdf.finish(path)


def m07_de_kasten(path):
    """Master carpenter, one page; headings inside outlined boxes."""
    pdf = PDF("de-DE", "Lebenslauf Jonas Br\u00fcckner", "Jonas Br\u00fcckner", ["ls"])
    BR = (110, 70, 35)
    OR = (170, 100, 40)
    L, R = 18.0, 192.0
    lh = 4.6
    pdf.add_page()
    pdf.T(L, 24, "Jonas Br\u00fcckner", "ls", "B", 26, (50, 40, 30))
    pdf.T(L, 32, "Tischlermeister \u00b7 M\u00f6bel- und Innenausbau \u00b7 CNC-Fertigung", "ls", "", 11.5, OR)
    pdf.T(L, 38.5, "Wiesentalstra\u00dfe 9 \u00b7 79115 Freiburg im Breisgau \u00b7 0176 555 20 31 \u00b7 "
          "jonas.brueckner@example.de", "ls", "", 9, GREY)
    pdf.rule(L, 42, R, 42, BR, 0.6)
    st = {"y": 44}

    def H(title):
        y = st["y"] + 4
        w = pdf.width(title, "ls", "B", 11.5)
        pdf.box(L, y, w + 8, 8, draw=BR, lw=0.45)
        pdf.T(L + 4, y + 5.6, title, "ls", "B", 11.5, BR)
        st["y"] = y + 8 + 5.2

    def para(s):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "ls", "", 10)

    H("Kurzprofil")
    para("Tischlermeister mit zw\u00f6lf Jahren Erfahrung im hochwertigen Innenausbau, Laden- und M\u00f6belbau. Ich f\u00fchre "
         "eine Werkstatt mit acht Mitarbeitenden, plane mit imos und programmiere die CNC selbst. Mein Anspruch: "
         "saubere Details, realistische Termine und Auszubildende, die gern bleiben.")
    H("Berufspraxis")
    for t, firm, d_, bl in [
        ("Werkstattleiter und Tischlermeister", "SCHREINEREI HOLZWERK FEHRMANN GMBH \u00b7 FREIBURG", "seit 03/2019",
         ["Verantwortung f\u00fcr Arbeitsvorbereitung, Fertigung und Montage (Jahresumsatz 1,4 Mio. \u20ac)",
          "Einf\u00fchrung von imos iX und Nesting-Fertigung; Materialverschnitt um 18 % gesenkt",
          "Ausbildung von bisher sechs Lehrlingen, zwei davon Kammersieger"]),
        ("Tischlergeselle", "INNENAUSBAU KR\u00c4MER & S\u00d6HNE \u00b7 OFFENBURG", "08/2013 \u2013 02/2019",
         ["Messebau und Ladeneinrichtungen in ganz S\u00fcddeutschland und der Schweiz",
          "Bedienung und Programmierung der CNC-Bearbeitungszentren"]),
    ]:
        y = st["y"] + 1
        pdf.T(L, y, t, "ls", "B", 11)
        pdf.T(R, y, d_, "ls", "", 9.5, GREY, "R")
        pdf.T(L, y + lh + 0.3, firm, "ls", "B", 8.5, OR, cs=0.5)
        y += 2 * lh + 0.8
        for b in bl:
            y = pdf.bullet(L + 1, y, R - L - 1, b, lh, BR, "dot", 4, f="ls", sz=10)
        st["y"] = y + 1.5
    H("Meisterschule & Ausbildung")
    for q, where, when in [
        ("Meisterpr\u00fcfung im Tischlerhandwerk", "Gewerbe Akademie der Handwerkskammer Freiburg, Vollzeit", "2018"),
        ("Gesellenpr\u00fcfung als Tischler", "Ausbildungsbetrieb Kr\u00e4mer & S\u00f6hne, Gewerbeschule Offenburg", "2013"),
    ]:
        y = st["y"]
        pdf.T(L, y, q, "ls", "B", 10.5)
        pdf.T(R, y, when, "ls", "", 9.5, GREY, "R")
        pdf.T(L, y + lh, where, "ls", "", 10)
        st["y"] = y + 2 * lh + 1.2
    H("Scheine & Nachweise")
    y, ym = st["y"], st["y"]
    for i, col in enumerate([["Ausbildereignung nach AEVO (2018)", "Gabelstaplerschein (DGUV G 308-001)"],
                             ["F\u00fchrerschein Klassen B, BE und C1E", "Fachkunde Brandschutzt\u00fcren (2022)"]]):
        yy = y
        for s in col:
            yy = pdf.bullet(L + 1 + i * 88, yy, 86, s, lh, BR, "dot", 4, f="ls", sz=10)
        ym = max(ym, yy)
    st["y"] = ym
    H("Maschinen & Software")
    for lab, t in [("CNC:", "Homag Centateq P-110, woodWOP, Nesting auf Weeke Vantage"),
                   ("CAD/CAM:", "imos iX, AutoCAD, SketchUp f\u00fcr Kundenvisualisierungen"),
                   ("Werkstatt:", "Formatkreiss\u00e4ge, Kantenanleimmaschine, Breitbandschleifer, Furnierpresse"),
                   ("Oberfl\u00e4chen:", "Lackieren (Spritzstand), \u00d6len, Beizen, Furnieren")]:
        y = st["y"]
        w = pdf.T(L, y, lab, "ls", "B", 10)
        pdf.T(L + w + 1.5, y, t, "ls", "", 10)
        st["y"] = y + lh
    H("Referenzprojekte")
    for name, t in [("Weinhaus Gerber, Staufen", " \u2013 komplette Ladeneinrichtung in ge\u00f6lter Eiche, 2023"),
                    ("Kanzlei Rombach, Freiburg", " \u2013 Empfangstresen und Akustikwand aus Nussbaum, 2021"),
                    ("Haus am Schlossberg", " \u2013 Treppe, Einbauschr\u00e4nke und K\u00fcche f\u00fcr einen Altbau, 2020")]:
        y = st["y"]
        w = pdf.T(L, y, name, "ls", "B", 10)
        pdf.T(L + w + 0.3, y, t, "ls", "", 10)
        st["y"] = y + lh + 0.4
    H("Freizeit")
    para("Mountainbiken im Schwarzwald, Drechseln und das Restaurieren alter Handhobel.")
    pdf.finish(path)


def m08_de_roemisch(path):
    """Lawyer, two pages, serif; roman-numbered headings over a thin rule."""
    pdf = PDF("de-DE", "Lebenslauf Dr. Friederike von Aschenbach", "Friederike von Aschenbach", ["dvs"])
    NAVY = (30, 50, 100)
    L, R = 24.0, 186.0
    lh = 4.7

    def hdr(p, n):
        if n > 1:
            p.T(R, 14, "Dr. Friederike von Aschenbach \u2013 Lebenslauf", "dvs", "I", 8, GREY, "R")

    def ftr(p, n):
        p.T(R, 288, "Seite %d" % n, "dvs", "", 8, GREY, "R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    st = {"y": 0}

    def need(h):
        if st["y"] + h > 276:
            pdf.add_page()
            st["y"] = 24

    def H(title, force=False):
        if force:
            pdf.add_page()
            st["y"] = 20
        need(20)
        y = st["y"] + 6
        pdf.T(L, y, title, "dvs", "B", 12, NAVY)
        pdf.rule(L, y + 2, R, y + 2, NAVY, 0.3)
        st["y"] = y + 8

    def para(s, sz=9.8, st_=""):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "dvs", st_, sz)

    def bl(s):
        need(lh * 2)
        st["y"] = pdf.bullet(L + 2, st["y"], R - L - 2, s, lh, NAVY, "dash", 5, f="dvs", sz=9.5)

    pdf.T(L, 28, "Dr. Friederike von Aschenbach", "dvs", "B", 20)
    pdf.T(L, 35.5, "Rechtsanw\u00e4ltin \u00b7 Fachanw\u00e4ltin f\u00fcr Arbeitsrecht", "dvs", "I", 11.5, NAVY)
    pdf.T(L, 41.5, "Aschenbach Lorenz PartG mbB \u00b7 K\u00f6nigsallee 61 \u00b7 40212 D\u00fcsseldorf \u00b7 "
          "f.aschenbach@example-kanzlei.de", "dvs", "", 8, GREY)
    st["y"] = 44

    H("I. Profil")
    para("Fachanw\u00e4ltin f\u00fcr Arbeitsrecht mit f\u00fcnfzehn Jahren Erfahrung in der Beratung mittelst\u00e4ndischer "
         "Unternehmen und b\u00f6rsennotierter Konzerne. Schwerpunkte sind Restrukturierungen, Betriebsverfassungsrecht "
         "und Vorstandsdienstvertr\u00e4ge; regelm\u00e4\u00dfige Vertretung vor Arbeits- und Landesarbeitsgerichten sowie in "
         "Einigungsstellen.")
    H("II. Anwaltliche T\u00e4tigkeit")
    for firm, d_, role, bls in [
        ("Aschenbach Lorenz PartG mbB, D\u00fcsseldorf", "seit 2017",
         "Gr\u00fcndungspartnerin; Praxisgruppe Arbeitsrecht (6 Berufstr\u00e4ger)",
         ["Beratung bei Betriebs\u00e4nderungen, Interessenausgleich und Sozialplan (u. a. Standortschlie\u00dfung "
          "mit 850 Besch\u00e4ftigten)",
          "Verhandlung von Haustarifvertr\u00e4gen und Betriebsvereinbarungen zu mobiler Arbeit und KI-Einsatz",
          "Vertretung von Vorst\u00e4nden und Gesch\u00e4ftsf\u00fchrern bei Abberufung und Trennung",
          "Leitung von internen Untersuchungen nach Compliance-Hinweisen"]),
        ("Hengeler Brandt Rechtsanw\u00e4lte, Frankfurt am Main", "2012 \u2013 2016",
         "Associate, ab 2015 Counsel im Bereich Arbeitsrecht",
         ["Arbeitsrechtliche Due Diligence und Post-Merger-Integration bei grenz\u00fcberschreitenden Transaktionen",
          "Prozessf\u00fchrung in Massenverfahren (K\u00fcndigungsschutz, Equal Pay)",
          "Sechsmonatiges Secondment in der Rechtsabteilung einer Gro\u00dfbank"]),
    ]:
        need(22)
        y = st["y"] + 1.5
        pdf.T(L, y, firm, "dvs", "B", 10.2)
        pdf.T(R, y, d_, "dvs", "", 9.5, GREY, "R")
        st["y"] = pdf.W(L, y + lh, R - L, role, lh, "dvs", "I", 9.5) + 0.5
        for b in bls:
            bl(b)
        st["y"] += 1.5
    H("III. Juristische Ausbildung")
    for d_, t, sub in [
        ("2012", "Zweites Juristisches Staatsexamen (vollbefriedigend)",
         "Oberlandesgericht D\u00fcsseldorf; Referendariat mit Wahlstation in London"),
        ("2011", "Promotion zum Dr. iur. (magna cum laude)",
         "Universit\u00e4t zu K\u00f6ln; Dissertation: \u201eDie Einigungsstelle im Konzern\u201c"),
        ("2009", "Erstes Juristisches Staatsexamen", "Universit\u00e4t zu K\u00f6ln, Schwerpunkt Arbeits- und Sozialrecht"),
    ]:
        need(12)
        y = st["y"]
        pdf.T(L, y, d_, "dvs", "", 9.5)
        pdf.T(L + 16, y, t, "dvs", "B", 10)
        st["y"] = pdf.W(L + 16, y + lh, R - L - 16, sub, lh, "dvs", "", 9.5) + 1.4
    H("IV. Zulassungen", force=True)
    for d_, t in [("2012", "Zulassung zur Rechtsanwaltschaft, Rechtsanwaltskammer D\u00fcsseldorf"),
                  ("2016", "Fachanw\u00e4ltin f\u00fcr Arbeitsrecht"),
                  ("2019", "Zertifizierte Mediatorin nach \u00a7 5 Abs. 2 MediationsG")]:
        y = st["y"]
        pdf.T(L, y, d_, "dvs", "", 9.5)
        pdf.T(L + 16, y, t, "dvs", "", 9.5)
        st["y"] = y + lh + 0.6
    H("V. Ver\u00f6ffentlichungen und Vortr\u00e4ge")
    for label, items in [
        ("Aufs\u00e4tze", [
            "Mitbestimmung beim Einsatz generativer KI, NZA 2024, 1102\u20131108",
            "Sozialplanabfindungen und Altersgrenzen nach der Rechtsprechung des BAG, DB 2022, 2415",
            "Die Einigungsstelle als Moderatorin, RdA 2019, 88\u201395 (mit T. Lorenz)"]),
        ("Vortr\u00e4ge", [
            "\u201eBetriebs\u00e4nderung 2.0\u201c, D\u00fcsseldorfer Arbeitsrechtstag, 2025",
            "\u201eHomeoffice-Vereinbarungen richtig gestalten\u201c, IHK Mittlerer Niederrhein, 2023"]),
    ]:
        y = st["y"] + 0.8
        pdf.T(L, y, label, "dvs", "BI", 10)
        st["y"] = y + lh + 0.5
        for it in items:
            bl(it)
    H("VI. Mitgliedschaften")
    for t in ["Deutscher Anwaltverein, Arbeitsgemeinschaft Arbeitsrecht",
              "D\u00fcsseldorfer Anwaltverein (Vorstandsmitglied seit 2022)",
              "Deutscher Arbeitsgerichtsverband e. V."]:
        bl(t)
    H("VII. Fremdsprachen")
    para("Englisch \u2013 verhandlungssicher (Secondment in London) \u00b7 Franz\u00f6sisch \u2013 gute Kenntnisse")
    pdf.T(L, st["y"] + 10, "D\u00fcsseldorf, im Januar 2026", "dvs", "", 9.5)
    pdf.finish(path)


def m12_fr_orne(path):
    """Maitre d'hotel, one page, serif; centred italic headings over a drawn ornament."""
    pdf = PDF("fr-FR", "CV Th\u00e9o Marchetti", "Th\u00e9o Marchetti", ["lr"])
    WINE = (120, 30, 50)
    L, R = 28.0, 182.0
    lh = 4.75
    pdf.add_page()
    pdf.T(105, 26, "Th\u00e9o Marchetti", "lr", "B", 24, (35, 35, 35), "C")
    pdf.T(105, 34, "Ma\u00eetre d\u2019h\u00f4tel \u00b7 Sommelier conseil", "lr", "I", 13, WINE, "C")
    pdf.T(105, 40.5, "12 quai Saint-Vincent, 69001 Lyon \u00b7 06 71 55 28 40 \u00b7 theo.marchetti@example.fr",
          "lr", "", 9.5, GREY, "C")
    st = {"y": 44}

    def H(title):
        y = st["y"] + 8
        pdf.T(105, y, title, "lr", "I", 15.5, WINE, "C")
        yo = y + 3.2
        pdf.set_fill_color(*WINE)
        pdf.polygon([(105, yo - 1.1), (106.3, yo), (105, yo + 1.1), (103.7, yo)], style="F")
        pdf.rule(92, yo, 102.5, yo, WINE, 0.25)
        pdf.rule(107.5, yo, 118, yo, WINE, 0.25)
        st["y"] = yo + 6.5

    def para(s, al="L"):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "lr", "", 10.5, BLACK, al)

    H("En quelques mots")
    para("Dix ans de salle dans la grande restauration, de la brasserie lyonnaise au palace basque. J\u2019aime "
         "orchestrer un service pr\u00e9cis et chaleureux, accorder mets et vins avec la cuisine et transmettre "
         "le go\u00fbt du m\u00e9tier aux jeunes \u00e9quipes.", "C")
    H("Parcours en salle")
    for place, d_, role, bls in [
        ("LE CLOS SAINT-VINCENT \u00b7 LYON", "depuis 2021", "Ma\u00eetre d\u2019h\u00f4tel \u2014 restaurant gastronomique, "
         "deux \u00e9toiles au Guide Michelin, 38 couverts",
         ["Direction d\u2019une brigade de salle de neuf personnes et des plannings",
          "Cr\u00e9ation d\u2019un accord mets-vins au verre (+22 % de ventes de vin par couvert)"]),
        ("H\u00d4TEL DU PALAIS DE LA MER \u00b7 BIARRITZ", "2017 \u2013 2021",
         "Chef de rang, puis assistant ma\u00eetre d\u2019h\u00f4tel (palace, 142 chambres)",
         ["Service en salle, au bar et lors des banquets jusqu\u2019\u00e0 400 couverts"]),
        ("BRASSERIE DES CORDELIERS \u00b7 LYON", "2015 \u2013 2017", "Commis de salle, puis demi-chef de rang", []),
        ("THE ALDWYCH GRILL \u00b7 LONDRES", "2014 \u2013 2015", "Commis de rang (contrat saisonnier)", []),
    ]:
        y = st["y"] + 1
        pdf.T(L, y, place, "lr", "B", 10.5, BLACK, cs=0.4)
        pdf.T(R, y, d_, "lr", "", 10, GREY, "R")
        y = pdf.W(L, y + lh, R - L, role, lh, "lr", "I", 10.5)
        for b in bls:
            y = pdf.bullet(L + 1, y, R - L - 1, b, lh, WINE, "dot", 4, f="lr", sz=10.5)
        st["y"] = y + 1.6
    H("Formation")
    for dip, where, d_ in [("Brevet professionnel Sommelier", "CFA M\u00e9d\u00e9ric, Paris", "2017"),
                           ("Bac professionnel Commercialisation et services en restauration",
                            "Lyc\u00e9e h\u00f4telier Fran\u00e7ois-Rabelais, Dardilly", "2014")]:
        y = st["y"]
        pdf.T(L, y, dip, "lr", "B", 10.5)
        pdf.T(R, y, d_, "lr", "", 10, GREY, "R")
        pdf.T(L, y + lh, where, "lr", "", 10.5)
        st["y"] = y + 2 * lh + 1.2
    H("Savoir-faire")
    para("Accords mets et vins \u00b7 d\u00e9coupe et flambage en salle \u00b7 gestion de cave (1 200 r\u00e9f\u00e9rences) \u00b7 "
         "caisse et r\u00e9servations (Zenchef, Micros) \u00b7 formation des apprentis", "C")
    H("Langues parl\u00e9es")
    para("Fran\u00e7ais (langue maternelle) \u00b7 Italien (courant) \u00b7 Anglais (courant, C1) \u00b7 Espagnol (notions)", "C")
    H("Distinctions")
    para("2023 \u2014 Finaliste du concours Meilleur sommelier d\u2019Auvergne-Rh\u00f4ne-Alpes", "C")
    para("2019 \u2014 Troph\u00e9e Jeunes Talents de la salle, Biarritz", "C")
    H("Passions")
    para("\u0152nologie et visites de vignerons, cyclisme dans les monts du Lyonnais, cuisine italienne de famille.", "C")
    pdf.finish(path)


def m13_fr_numeros(path):
    """Graphic designer, one page; numbered headings with a bold coloured number and a light word."""
    pdf = PDF("fr-FR", "CV Camille Adjani-Rousseau", "Camille Adjani-Rousseau", ["dv", "dvl"])
    CORAL = (226, 78, 58)
    L, R = 24.0, 188.0
    lh = 4.7
    pdf.add_page()
    pdf.T(L, 30, "Camille Adjani-Rousseau", "dv", "B", 25, (20, 20, 20))
    pdf.T(L, 39, "Directrice artistique & designer graphique", "dvl", "", 15, CORAL)
    st = {"y": 44}

    def H(num, word, x=L):
        y = st["y"] + 10
        w = pdf.T(x, y, num, "dv", "B", 17, CORAL)
        pdf.T(x + w + 3, y, word, "dvl", "", 17, (20, 20, 20))
        st["y"] = y + 7.5

    def para(s, x=L, w=R - L):
        st["y"] = pdf.W(x, st["y"], w, s, lh, "dv", "", 9.3)

    H("01", "Qui suis-je")
    para("Directrice artistique depuis huit ans, je con\u00e7ois des identit\u00e9s visuelles pour la culture et les "
         "collectivit\u00e9s : syst\u00e8mes typographiques, signal\u00e9tique, \u00e9dition. J\u2019aime les projets o\u00f9 le "
         "design rend un service public plus lisible.")
    H("02", "Exp\u00e9riences")
    for studio, role, d_, t in [
        ("Studio Mirabelle, Nantes", "Directrice artistique", "depuis 2020",
         "Direction de cinq designers ; identit\u00e9s pour le Lieu Unique, la m\u00e9tropole et trois festivals."),
        ("Agence Contrepoint, Paris", "Designer graphique senior", "2016 \u2013 2020",
         "\u00c9dition, affiches et chartes pour des th\u00e9\u00e2tres nationaux et des maisons d\u2019\u00e9dition."),
        ("Les Ateliers du Trait, Lyon", "Graphiste (alternance)", "2014 \u2013 2016",
         "Mise en page de catalogues d\u2019exposition et de rapports annuels."),
    ]:
        y = st["y"]
        w = pdf.T(L, y, studio, "dv", "B", 10, CORAL)
        pdf.T(L + w + 2, y, "\u2014 " + role, "dv", "", 10)
        pdf.T(R, y, d_, "dv", "", 9, GREY, "R")
        st["y"] = pdf.W(L, y + lh, R - L, t, lh, "dv", "", 9.3) + 2
    H("03", "Projets choisis")
    for name, t in [("Festival Lumi\u00e8res sonores", "identit\u00e9 dynamique et affiches g\u00e9n\u00e9ratives, Ville de Nantes, 2024"),
                    ("Signal\u00e9tique du CHU de Nantes", "syst\u00e8me d\u2019orientation en quatre langues, 2022"),
                    ("Revue Latitudes", "maquette et typographie sur mesure, 12 num\u00e9ros depuis 2019")]:
        y = st["y"]
        pdf.T(L, y, name, "dv", "B", 10)
        st["y"] = pdf.W(L, y + lh, R - L, t, lh, "dv", "", 9.3) + 1.5
    # two sections side by side: tools on the left, education on the right
    top = st["y"]
    H("04", "Outils")
    para("Suite Adobe (InDesign, Illustrator, Photoshop), Figma, Glyphs, After Effects, p5.js, d\u00e9coupe laser "
         "et s\u00e9rigraphie.", L, 80)
    ly = st["y"]
    st["y"] = top
    H("05", "Formation", 110)
    for dip, where in [("DNSEP Design graphique", "\u00c9cole des beaux-arts de Nantes, 2016"),
                       ("DN MADE Graphisme", "Lyc\u00e9e La Martini\u00e8re Diderot, Lyon, 2014")]:
        y = st["y"]
        pdf.T(110, y, dip, "dv", "B", 10)
        pdf.T(110, y + lh, where, "dv", "", 9.3)
        st["y"] = y + 2 * lh + 1.5
    st["y"] = max(ly, st["y"])
    top = st["y"]
    H("06", "Prix")
    for t in ["2024 \u2014 Prix du Club des DA, identit\u00e9 visuelle", "2022 \u2014 S\u00e9lection F\u00eate du graphisme",
              "2019 \u2014 Mention, Festival de Chaumont"]:
        para(t, L, 80)
    ly = st["y"]
    st["y"] = top
    H("07", "Langues", 110)
    for t in ["Fran\u00e7ais \u2014 langue maternelle", "Anglais \u2014 courant", "Arabe \u2014 notions"]:
        para(t, 110, 78)
    st["y"] = max(ly, st["y"])
    H("08", "Me joindre")
    para("camille@adjani-rousseau.fr \u00b7 06 12 55 78 90 \u00b7 behance.net/camilleadjani \u00b7 Nantes (d\u00e9placements "
         "en France)")
    pdf.finish(path)


def m14_fr_souligne(path):
    """Public-sector officer, plain; bold capital headings with a drawn underline."""
    pdf = PDF("fr-FR", "Curriculum vitae Sophie Le Gall-Moreau", "Sophie Le Gall-Moreau", ["ls"])
    L, R, DX = 20.0, 190.0, 48.0
    lh = 4.5
    pdf.add_page()
    pdf.T(105, 20, "CURRICULUM VITAE", "ls", "B", 14, (40, 40, 40), "C", 1.5)
    pdf.T(L, 31, "Sophie Le Gall-Moreau", "ls", "B", 16)
    pdf.T(L, 37.5, "Attach\u00e9e territoriale principale \u2014 candidate au poste de directrice g\u00e9n\u00e9rale adjointe",
          "ls", "I", 10.5, (0, 70, 140))
    st = {"y": 40}

    def H(title):
        y = st["y"] + 6
        w = pdf.T(L, y, title, "ls", "B", 11)
        pdf.rule(L, y + 1.2, L + w, y + 1.2, BLACK, 0.35)
        st["y"] = y + 6.5

    def row(left, text, bold=False, sub=None):
        y = st["y"]
        if left:
            pdf.T(L, y, left, "ls", "", 9.8)
        y = pdf.W(DX, y, R - DX, text, lh, "ls", "B" if bold else "", 9.8)
        if sub:
            y = pdf.W(DX, y, R - DX, sub, lh, "ls", "I", 9.8)
        st["y"] = y + 1

    H("\u00c9TAT CIVIL")
    for k, v in [("Adresse :", "14 rue des Tanneurs, 35000 Rennes"), ("T\u00e9l\u00e9phone :", "06 45 55 12 87"),
                 ("Courriel :", "sophie.legall-moreau@example.fr"), ("N\u00e9e le :", "3 mars 1985 \u00e0 Quimper"),
                 ("Situation :", "mari\u00e9e, deux enfants \u2014 permis B")]:
        y = st["y"]
        pdf.T(L, y, k, "ls", "", 9.8, GREY)
        pdf.T(DX, y, v, "ls", "", 9.8)
        st["y"] = y + lh
    H("FORMATION INITIALE")
    row("2009", "Master 2 Droit public des collectivit\u00e9s territoriales", True, "Universit\u00e9 de Rennes 1, mention bien")
    row("2007", "Licence d\u2019administration publique", True, "IPAG de Rennes")
    row("2004", "Baccalaur\u00e9at \u00e9conomique et social", True, "Lyc\u00e9e Chateaubriand, Rennes")
    H("CONCOURS ET EXAMENS PROFESSIONNELS")
    row("2020", "Examen professionnel d\u2019attach\u00e9 principal territorial (CDG 35)")
    row("2010", "Concours externe d\u2019attach\u00e9 territorial, sp\u00e9cialit\u00e9 administration g\u00e9n\u00e9rale")
    H("PARCOURS PROFESSIONNEL")
    for d_, t, emp, bls in [
        ("Depuis 2020", "Directrice des affaires juridiques et de la commande publique",
         "Rennes M\u00e9tropole (43 communes, 460 000 habitants)",
         ["Encadrement de 14 agents ; 320 march\u00e9s notifi\u00e9s par an",
          "S\u00e9curisation juridique des d\u00e9lib\u00e9rations et des contrats de concession"]),
        ("2014 \u2013 2020", "Responsable du service des assembl\u00e9es", "Ville de Saint-Brieuc",
         ["Pr\u00e9paration des conseils municipaux, d\u00e9mat\u00e9rialisation des actes"]),
        ("2010 \u2013 2014", "Charg\u00e9e de mission march\u00e9s publics", "Conseil d\u00e9partemental du Morbihan", []),
    ]:
        row(d_, t, True, emp)
        y = st["y"] - 0.3
        for b in bls:
            y = pdf.bullet(DX, y, R - DX, b, lh, BLACK, "dash", 4, f="ls", sz=9.8)
        st["y"] = y + 1
    H("FORMATION CONTINUE")
    row("2023", "Cycle sup\u00e9rieur de management, INET Strasbourg")
    row("2021", "D\u00e9mat\u00e9rialisation de la commande publique, CNFPT")
    row("2018", "Conduite du changement et management d\u2019\u00e9quipe, CNFPT")
    H("SAVOIRS ET SAVOIR-FAIRE")
    y, ym = st["y"], st["y"]
    for i, col in enumerate([["Droit des collectivit\u00e9s et de la commande publique", "Pilotage budg\u00e9taire (M57)",
                              "R\u00e9daction d\u2019actes et de notes d\u2019aide \u00e0 la d\u00e9cision"],
                             ["Management d\u2019\u00e9quipes pluridisciplinaires", "Outils : Marco, Airs D\u00e9lib, Excel",
                              "Conduite de projets transversaux"]]):
        yy = y
        for s in col:
            yy = pdf.bullet(L + i * 87, yy, 85, s, lh, BLACK, "dot", 4, f="ls", sz=9.8)
        ym = max(ym, yy)
    st["y"] = ym
    H("ENGAGEMENT ASSOCIATIF")
    row("Depuis 2016", "Tr\u00e9sori\u00e8re de l\u2019association Bretagne Vivante, antenne de Rennes")
    H("LOISIRS")
    row("", "Voile (monitrice f\u00e9d\u00e9rale), chant choral, randonn\u00e9e sur le GR 34")
    pdf.finish(path)


def m18_es_lateral(path):
    """Finance graduate; pale left sidebar drawn first, then the main column with line-trailed headings."""
    pdf = PDF("es-ES", "CV \u00c1lvaro Ruiz Ben\u00edtez", "\u00c1lvaro Ruiz Ben\u00edtez", ["dvc"])
    NAVY = (22, 45, 90)
    GOLD = (196, 120, 0)
    PALE = (236, 241, 247)
    SX, SW = 10.0, 56.0
    L, R = 76.0, 196.0
    lh = 4.5
    pdf.add_page()
    pdf.box(0, 0, 68, 297, fill=PALE)
    pdf.image(photo_png(disc_bg=PALE), x=SX + 10, y=12, w=34, h=34)
    pdf.T(SX, 56, "\u00c1lvaro", "dvc", "B", 19, NAVY)
    pdf.T(SX, 63.5, "Ruiz Ben\u00edtez", "dvc", "B", 19, NAVY)
    pdf.T(SX, 70.5, "Analista financiero junior", "dvc", "", 11, GOLD)
    sy = {"y": 72}

    def SH(title):
        y = sy["y"] + 9
        pdf.T(SX, y, title, "dvc", "B", 10, NAVY, cs=1.0)
        pdf.rule(SX, y + 1.8, SX + 12, y + 1.8, GOLD, 0.6)
        sy["y"] = y + 7

    def sl(s, c=(40, 40, 40)):
        sy["y"] = pdf.W(SX, sy["y"], SW - 2, s, lh, "dvc", "", 9, c) + 0.4

    SH("CONTACTO")
    for s in ["Calle de Goya 48, 3.\u00ba B", "28001 Madrid", "+34 611 555 018", "alvaro.ruizb@example.es",
              "linkedin.com/in/alvaroruizb"]:
        sl(s)
    SH("IDIOMAS")
    for s in ["Espa\u00f1ol \u2014 nativo", "Ingl\u00e9s \u2014 C1 (IELTS 7,5)", "Franc\u00e9s \u2014 B1"]:
        sl(s)
    SH("HERRAMIENTAS")
    for s in ["Excel avanzado y VBA", "Python (pandas, statsmodels)", "Bloomberg Terminal (BMC)", "SQL y Power BI",
              "SAP FI"]:
        sl(s)
    SH("AFICIONES")
    for s in ["Ajedrez (ELO FIDE 1950)", "P\u00e1del", "Fotograf\u00eda anal\u00f3gica"]:
        sl(s)

    st = {"y": 10}

    def H(title):
        y = st["y"] + 8
        w = pdf.T(L, y, title, "dvc", "B", 13, NAVY)
        pdf.rule(L + w + 3, y - 1.6, R, y - 1.6, (170, 180, 200), 0.3)
        st["y"] = y + 6.5

    def entry(title, dates, org, bls, org_c=GOLD):
        y = st["y"]
        pdf.T(L, y, title, "dvc", "B", 10.5)
        pdf.T(R, y, dates, "dvc", "", 9, GREY, "R")
        pdf.T(L, y + lh, org, "dvc", "", 9.5, org_c)
        y += 2 * lh + 0.3
        for b in bls:
            y = pdf.bullet(L, y, R - L, b, lh, NAVY, "dot", 3.8, f="dvc", sz=9.5)
        st["y"] = y + 1.5

    H("Perfil profesional")
    st["y"] = pdf.W(L, st["y"], R - L, "Reci\u00e9n graduado en ADE y Derecho con un a\u00f1o de experiencia en banca de "
                    "inversi\u00f3n. Valoraci\u00f3n de empresas, modelos financieros y an\u00e1lisis sectorial; candidato al "
                    "CFA Level II. Busco incorporarme a un equipo de M&A o de private equity en Madrid.", lh, "dvc", "", 9.5)
    H("Formaci\u00f3n acad\u00e9mica")
    entry("Doble Grado en ADE y Derecho", "2019 \u2013 2025", "Universidad Carlos III de Madrid \u00b7 nota media 8,7",
          ["Trabajo fin de grado: \u00abValoraci\u00f3n de aerol\u00edneas tras la pandemia\u00bb (matr\u00edcula de honor)"], GREY)
    entry("Programa de intercambio Erasmus+", "2023", "HEC Li\u00e8ge, B\u00e9lgica \u2014 Corporate Finance track", [], GREY)
    H("Experiencia laboral")
    entry("Analista junior de Banca de Inversi\u00f3n", "jul. 2025 \u2013 actualidad", "Arcadia Capital Partners, Madrid",
          ["Modelos de valoraci\u00f3n (DCF, m\u00faltiplos) para tres operaciones de venta en el sector industrial",
           "Preparaci\u00f3n de cuadernos de venta y data rooms; apoyo en due diligence financiera"])
    H("Pr\u00e1cticas")
    entry("Becario de Auditor\u00eda", "ene. \u2013 jun. 2024", "Ferrer & Llorente Auditores, Madrid",
          ["Auditor\u00eda de cuentas anuales de cinco pymes; pruebas sobre existencias y cuentas a cobrar"])
    entry("Becario de Tesorer\u00eda", "verano 2023", "Grupo Hostelero Alc\u00e1zar, Sevilla",
          ["Previsiones de caja semanales y conciliaciones bancarias"])
    H("Certificaciones")
    for s in ["CFA Level I \u2014 aprobado (junio de 2025)", "Financial Modeling & Valuation Analyst (FMVA\u00ae), CFI",
              "Bloomberg Market Concepts (BMC)"]:
        st["y"] = pdf.bullet(L, st["y"], R - L, s, lh, NAVY, "dot", 3.8, f="dvc", sz=9.5)
    H("Premios y becas")
    for s in ["Beca de Excelencia de la Comunidad de Madrid (2019 \u2013 2023)",
              "Primer premio nacional, CFA Institute Research Challenge Espa\u00f1a 2024 (equipo UC3M)"]:
        st["y"] = pdf.bullet(L, st["y"], R - L, s, lh, NAVY, "dot", 3.8, f="dvc", sz=9.5)
    pdf.finish(path)


def m19_es_sello(path):
    """Welder, one page, narrow sans; large capital headings followed by a hatched stripe."""
    pdf = PDF("es-ES", "CV Jos\u00e9 Manuel Ortega Villalba", "Jos\u00e9 Manuel Ortega Villalba", ["lsn"])
    ORANGE = (226, 118, 0)
    DARK = (40, 40, 40)
    L, R = 16.0, 194.0
    lh = 4.6
    pdf.add_page()
    pdf.T(L, 24, "Jos\u00e9 Manuel Ortega Villalba", "lsn", "B", 26, (20, 20, 20))
    pdf.T(L, 32, "Soldador homologado TIG / MIG-MAG \u00b7 Calderero", "lsn", "B", 13, ORANGE)
    pdf.T(L, 38.5, "Avil\u00e9s (Asturias) \u00b7 684 555 102 \u00b7 jmortega.soldador@example.es \u00b7 carn\u00e9 B y C \u00b7 "
          "veh\u00edculo propio", "lsn", "", 10, GREY)
    st = {"y": 42}

    def H(title):
        y = st["y"] + 9
        w = pdf.T(L, y, title, "lsn", "B", 15, DARK)
        x0, x1 = L + w + 4, R
        top, bot = y - 4.6, y - 0.6
        pdf.set_draw_color(*ORANGE)
        pdf.set_line_width(0.5)
        x = x0
        while x + 4 <= x1:
            pdf.line(x, bot, x + 4, top)
            x += 2.6
        st["y"] = y + 6.5

    def para(s):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "lsn", "", 11)

    H("RESUMEN")
    para("Soldador con doce a\u00f1os de experiencia en calderer\u00eda pesada, astilleros y montaje industrial. "
         "Homologado en TIG y MAG para chapa y tuber\u00eda en todas las posiciones; acostumbrado a trabajar con "
         "planos, en altura y en parada de planta.")
    H("EXPERIENCIA EN OBRA")
    for t, emp, d_, extra, bls in [
        ("Soldador oficial de 1.\u00aa", "Montajes Industriales del Norte, S.L. \u00b7 Avil\u00e9s", "2019 \u2013 actualidad",
         ("Obras destacadas:", "parada de la acer\u00eda de Avil\u00e9s (2023), l\u00ednea de vapor de la central de Soto (2021)"),
         ["Soldadura TIG de tuber\u00eda inoxidable y al carbono (\u00d8 2\u201324\u2033) con 0,8 % de reparaciones en RX",
          "Interpretaci\u00f3n de isom\u00e9tricos y WPS; preparaci\u00f3n de biseles y punteado"]),
        ("Soldador-calderero", "Astilleros R\u00eda de Vigo (subcontrata Navaltec)", "2015 \u2013 2019", None,
         ["Soldadura MAG con hilo tubular de bloques de casco y mamparos", "Trabajo a turnos en grada y en dique"]),
        ("Ayudante de calderer\u00eda", "Talleres Hermanos Iglesias \u00b7 Gij\u00f3n", "2013 \u2013 2015", None,
         ["Corte por plasma y oxicorte, montaje de estructuras met\u00e1licas"]),
    ]:
        y = st["y"] + 1
        pdf.T(L, y, t, "lsn", "B", 12)
        pdf.T(R, y, d_, "lsn", "", 10.5, GREY, "R")
        pdf.T(L, y + lh + 0.3, emp, "lsn", "I", 11, DARK)
        y += 2 * lh + 0.8
        if extra:
            w = pdf.T(L, y, extra[0], "lsn", "B", 11)
            pdf.T(L + w + 1.5, y, extra[1], "lsn", "", 11)
            y += lh + 0.2
        for b in bls:
            y = pdf.bullet(L, y, R - L, b, lh, ORANGE, "square", 4, f="lsn", sz=11)
        st["y"] = y + 1.6
    H("FORMACI\u00d3N PROFESIONAL")
    for q, where, d_ in [("T\u00e9cnico en Soldadura y Calderer\u00eda (FP de Grado Medio)", "IES N\u00famero 1, Gij\u00f3n",
                          "2011 \u2013 2013"),
                         ("Graduado en Educaci\u00f3n Secundaria Obligatoria", "IES Carre\u00f1o Miranda, Avil\u00e9s", "2011")]:
        y = st["y"]
        pdf.T(L, y, q, "lsn", "B", 11.5)
        pdf.T(R, y, d_, "lsn", "", 10.5, GREY, "R")
        pdf.T(L, y + lh, where, "lsn", "", 11)
        st["y"] = y + 2 * lh + 1.2
    H("CARN\u00c9S Y HOMOLOGACIONES")
    y, ym = st["y"], st["y"]
    for i, col in enumerate([["ISO 9606-1: 141 (TIG) y 135 (MAG), chapa y tubo", "Curso PRL 20 h Metal (TPC)",
                              "Carn\u00e9 de operador de carretilla elevadora"],
                             ["Plataformas elevadoras (PEMP) tipos 3A y 3B", "Trabajos en altura y espacios confinados",
                              "Permiso de conducir B y C"]]):
        yy = y
        for s in col:
            yy = pdf.bullet(L + i * 90, yy, 88, s, lh, ORANGE, "square", 4, f="lsn", sz=11)
        ym = max(ym, yy)
    st["y"] = ym
    H("COMPETENCIAS T\u00c9CNICAS")
    para("Lectura de planos e isom\u00e9tricos \u00b7 TIG, MAG, electrodo revestido \u00b7 inoxidable, d\u00faplex y acero al "
         "carbono \u00b7 curvadora y plegadora \u00b7 puente gr\u00faa \u00b7 control dimensional")
    H("DISPONIBILIDAD")
    para("Incorporaci\u00f3n inmediata; disponible para desplazamientos nacionales e internacionales y trabajo a turnos.")
    H("REFERENCIAS")
    y = st["y"]
    for i, (name, l1) in enumerate([("Ram\u00f3n Fern\u00e1ndez Su\u00e1rez", "Jefe de taller, Montajes Industriales del Norte \u00b7 985 555 210"),
                                    ("Iria Dom\u00ednguez Pazos", "Encargada de soldadura, Navaltec \u00b7 986 555 477")]):
        pdf.T(L, y, name, "lsn", "B", 11.5)
        pdf.T(L, y + lh, l1, "lsn", "", 11)
        y += 2 * lh + 1.5
    pdf.finish(path)


def m20_es_filete(path):
    """Senior software engineer, two pages; small capital headings under a grey rule; running footer."""
    pdf = PDF("es-ES", "CV Marta Echeverr\u00eda Go\u00f1i", "Marta Echeverr\u00eda Go\u00f1i", ["dv"])
    VIO = (90, 60, 180)
    L, R = 20.0, 190.0
    lh = 4.5

    def ftr(p, n):
        p.T(L, 287, "Marta Echeverr\u00eda Go\u00f1i \u00b7 CV", "dv", "", 7.5, GREY)
        p.T(R, 287, "%d/2" % n, "dv", "", 7.5, GREY, "R")

    pdf.ftr = ftr
    pdf.add_page()
    st = {"y": 0}

    def need(h):
        if st["y"] + h > 278:
            pdf.add_page()
            st["y"] = 18

    def H(title):
        need(30)
        y = st["y"] + 6
        pdf.rule(L, y, R, y, (190, 190, 190), 0.3)
        y += 6
        pdf.T(L, y, title, "dv", "B", 9.5, (40, 40, 40), cs=1.2)
        st["y"] = y + 6

    def para(s, sz=9.3):
        st["y"] = pdf.W(L, st["y"], R - L, s, lh, "dv", "", sz)

    def bl(s):
        need(lh * 2)
        st["y"] = pdf.bullet(L, st["y"], R - L, s, lh, VIO, "dot", 4, f="dv", sz=9.3)

    pdf.T(L, 26, "Marta Echeverr\u00eda Go\u00f1i", "dv", "B", 22)
    pdf.T(L, 33, "Staff Software Engineer \u00b7 Sistemas distribuidos \u00b7 Go / Kotlin", "dv", "", 11, VIO)
    pdf.T(L, 39, "Pamplona (remoto) \u00b7 +34 648 555 903 \u00b7 marta@echeverria.dev \u00b7 github.com/martaeg",
          "dv", "", 8.5, GREY)
    st["y"] = 40
    H("SOBRE M\u00cd")
    para("Ingeniera de software con trece a\u00f1os construyendo sistemas de pagos y comercio electr\u00f3nico. Me "
         "especializo en arquitectura orientada a eventos, fiabilidad y en ayudar a los equipos a entregar "
         "sin miedo a producci\u00f3n. Actualmente lidero la plataforma de conciliaci\u00f3n de Pagora.")
    H("STACK T\u00c9CNICO")
    for lab, t in [("Lenguajes:", "Go, Kotlin, Python, TypeScript, SQL"),
                   ("Datos y mensajer\u00eda:", "PostgreSQL, Kafka, Redis, ClickHouse, Debezium"),
                   ("Infraestructura:", "Kubernetes, Terraform, AWS (EKS, RDS, MSK), Prometheus, OpenTelemetry"),
                   ("Pr\u00e1cticas:", "DDD, event sourcing, SLOs, revisiones de dise\u00f1o, mentoring")]:
        y = st["y"]
        w = pdf.T(L, y, lab, "dv", "B", 9.3)
        pdf.T(L + w + 1.5, y, t, "dv", "", 9.3)
        st["y"] = y + lh
    H("EXPERIENCIA PROFESIONAL")
    jobs = [
        ("Staff Software Engineer", "Pagora Payments \u00b7 Barcelona (remoto)", "2021 \u2013 actualidad",
         ["Dise\u00f1o del motor de conciliaci\u00f3n en Go que procesa 40 millones de movimientos al d\u00eda",
          "Reducci\u00f3n del tiempo de cierre contable diario de 6 horas a 25 minutos",
          "Definici\u00f3n de SLOs y guardias para 9 equipos; incidentes graves \u221260 % en dos a\u00f1os",
          "Mentora de cinco ingenieras e ingenieros, dos de ellos promocionados a senior"]),
        ("Senior Backend Engineer", "Tiendalia Marketplace \u00b7 Madrid", "2017 \u2013 2021",
         ["Migraci\u00f3n del monolito PHP a servicios Kotlin sobre Kubernetes sin p\u00e9rdida de disponibilidad",
          "Sistema de inventario en tiempo real con Kafka y Debezium para 3.000 vendedores",
          "Responsable t\u00e9cnica del Black Friday 2019 y 2020 (picos de 12.000 pedidos por minuto)"]),
        ("Backend Developer", "Ikerlan Software \u00b7 Arrasate-Mondrag\u00f3n", "2014 \u2013 2017",
         ["Plataforma IoT de mantenimiento predictivo para m\u00e1quina-herramienta (Java, Cassandra)",
          "Integraci\u00f3n con PLC mediante OPC UA y despliegue en planta"]),
        ("Desarrolladora junior", "Sistemas Navarra Inform\u00e1tica \u00b7 Pamplona", "2012 \u2013 2014",
         ["Aplicaciones de gesti\u00f3n para ayuntamientos y cooperativas agr\u00edcolas (Java EE, Oracle)"]),
    ]
    for t, emp, d_, bls in jobs:
        need(16)
        y = st["y"] + 1
        pdf.T(L, y, t, "dv", "B", 10.5)
        pdf.T(R, y, d_, "dv", "", 8.5, GREY, "R")
        pdf.T(L, y + lh + 0.2, emp, "dv", "", 9.3, VIO)
        st["y"] = y + 2 * lh + 0.6
        for b in bls:
            bl(b)
        st["y"] += 1.5
    H("PROYECTOS OPEN SOURCE")
    for name, t in [("kafkalite", " \u2014 cliente Kafka minimalista en Go; 2.300 estrellas en GitHub"),
                    ("ratelimitd", " \u2014 servicio de limitaci\u00f3n de peticiones con algoritmo GCRA"),
                    ("pgtestkit", " \u2014 bases de datos PostgreSQL ef\u00edmeras para tests de integraci\u00f3n")]:
        need(6)
        y = st["y"]
        w = pdf.T(L, y, name, "dv", "B", 9.3)
        pdf.T(L + w + 0.3, y, t, "dv", "", 9.3)
        st["y"] = y + lh + 0.5
    H("CHARLAS Y ART\u00cdCULOS")
    for s in ["2025 \u00b7 \u00abIdempotencia en pagos a escala\u00bb, Commit Conf, Madrid",
              "2024 \u00b7 \u00abConciliar 40 millones de movimientos al d\u00eda\u00bb, GopherCon EU, Berl\u00edn",
              "2022 \u00b7 \u00abSLOs que los equipos se creen\u00bb, art\u00edculo en el blog de ingenier\u00eda de Pagora",
              "2019 \u00b7 \u00abSobrevivir al Black Friday con Kafka\u00bb, Codemotion Madrid"]:
        bl(s)
    H("FORMACI\u00d3N")
    for q, where, d_ in [("M\u00e1ster en Ingenier\u00eda Inform\u00e1tica", "Universidad P\u00fablica de Navarra", "2012 \u2013 2014"),
                         ("Grado en Ingenier\u00eda Inform\u00e1tica", "Universidad P\u00fablica de Navarra", "2008 \u2013 2012")]:
        need(10)
        y = st["y"]
        pdf.T(L, y, q, "dv", "B", 10)
        pdf.T(R, y, d_, "dv", "", 8.5, GREY, "R")
        pdf.T(L, y + lh, where, "dv", "", 9.3)
        st["y"] = y + 2 * lh + 1
    H("IDIOMAS")
    para("Espa\u00f1ol y euskera \u2014 nativos \u00b7 Ingl\u00e9s \u2014 C1, idioma de trabajo diario \u00b7 Franc\u00e9s \u2014 A2")
    H("VOLUNTARIADO")
    para("Mentora en Django Girls Pamplona (desde 2016) y en el programa de la UPNA para atraer a chicas a la "
         "ingenier\u00eda; organizadora del meetup Golang Navarra.")
    pdf.finish(path)


# ======================================================================= DOCX resumes
def right_tab_line(container, left_runs, right_text, pos, right_fmt=None, **kw):
    runs = list(left_runs) + [("\t" + right_text, right_fmt or {})]
    return P(container, runs, tabs=[(pos, "R")], **kw)


def m03_en_caps(path):
    """Hotel general manager; custom heading style shown in capitals by the caps property."""
    d = new_docx("en-GB", "CV - Eleanor Whitcombe-Bray", "Eleanor Whitcombe-Bray", "Gill Sans MT", 10.5)
    BURG = "7A1F2B"
    para_style(d, "Section Caps", size=11, bold=True, color=BURG, before=16, after=5, caps=True, spacing=30)
    P(d, [("Eleanor Whitcombe-Bray", {"sz": 26, "c": "222222"})], after=2)
    P(d, [("General Manager \u00b7 Luxury & Boutique Hotels", {"i": True, "sz": 12, "c": BURG})], after=2)
    P(d, [("Bath, Somerset \u00b7 +44 7700 900 611 \u00b7 eleanor.wb@example.com \u00b7 linkedin.com/in/ewhitcombebray",
           {"sz": 9, "c": "666666"})], after=4)
    P(d, "Career Snapshot", style="Section Caps")
    P(d, "Hotelier with eighteen years in five-star and boutique properties across England and Scotland. I turn "
         "good hotels into destination hotels by investing in people first: lower turnover, warmer service and "
         "stronger revenue follow. Comfortable with owners, asset managers and brigades alike.", after=2)
    P(d, "Leadership Experience", style="Section Caps")
    jobs = [
        ("The Harcourt Hotel & Spa, Bath", "2020 \u2013 present",
         "General Manager \u2014 5-star, 94 rooms, 2 AA Rosette restaurant, 180 colleagues",
         ["Reopened the hotel after a \u00a318m refurbishment and repositioned it in the luxury segment.",
          "Introduced a four-day working week for kitchen teams and a wellbeing programme.",
          "Grew spa and wedding revenue to 31% of total revenue."]),
        ("Kingsmere Castle Hotel, Perthshire", "2015 \u2013 2020", "Hotel Manager, then Deputy General Manager",
         ["Led rooms division, events and estate activities for a 60-room castle hotel with 4 AA Red Stars.",
          "Launched a whisky and field-sports programme for North American guests."]),
        ("The Marlowe, London (Marlowe Collection)", "2010 \u2013 2015", "Front Office Manager",
         ["Managed a team of 24 across reception, concierge and reservations in a 210-room townhouse hotel."]),
    ]
    for k, (prop, dates, role, bl) in enumerate(jobs):
        right_tab_line(d, [(prop, {"b": True})], dates, 17.0, {"c": "666666"}, before=8, keep=True)
        P(d, [(role, {"i": True})], after=2, keep=True)
        bullets(d, bl)
        if k == 0:
            P(d, [("Results at The Harcourt, 2020 to 2024:", {"i": True, "c": "555555"})], before=4, after=2)
            t = table(d, 4, 3, [8.0, 4.0, 4.0], style="Table Grid")
            rows = [("Metric", "On arrival", "Latest"), ("RevPAR", "\u00a3162", "\u00a3241"),
                    ("Guest satisfaction (ReviewPro GRI)", "84.1%", "92.7%"), ("Colleague turnover", "48%", "21%")]
            for r, vals in enumerate(rows):
                for c, v in enumerate(vals):
                    cell = t.rows[r].cells[c]
                    cell_p(cell, [(v, {"b": True, "c": "FFFFFF"} if r == 0 else {})],
                           align=None if c == 0 else "R")
                    if r == 0:
                        cell_shade(cell, BURG)
    P(d, "Hospitality Education", style="Section Caps")
    for deg, year, school in [("MSc International Hospitality Management", "2010", "Oxford Brookes University"),
                              ("BA (Hons) Hotel & Tourism Management", "2006", "University of Surrey, with a "
                               "placement year at Gleneagles")]:
        right_tab_line(d, [(deg, {"b": True})], year, 17.0, {"c": "666666"}, before=4, keep=True)
        P(d, school)
    P(d, "Operational Strengths", style="Section Caps")
    bullets(d, ["Revenue management and distribution (IDeaS, SiteMinder)", "Pre-opening and refurbishment projects",
                "Service culture, coaching and talent pipelines", "Owner and asset-manager reporting",
                "Food & beverage concept development"])
    P(d, "Accolades", style="Section Caps")
    for s in ["AA Hotel of the Year (England), 2023\u201324 \u2014 The Harcourt",
              "Cond\u00e9 Nast Traveller Readers\u2019 Choice Awards, top 20 UK spa hotels, 2022",
              "Elected a Master Innholder, 2022"]:
        P(d, s, after=2)
    P(d, "Languages Spoken", style="Section Caps")
    P(d, "English (native) \u00b7 French (fluent) \u00b7 Italian (conversational)")
    P(d, "Giving Back", style="Section Caps")
    P(d, "Trustee of Springboard, the hospitality careers charity, since 2019; I also mentor three apprentices a "
         "year through its Future Chef programme.")
    save_docx(d, path)


def m04_en_plain(path):
    """UK civil servant; untouched Word built-in styles (Title, Subtitle, Heading 2, Heading 3)."""
    d = new_docx("en-GB", "CV - Priya Natarajan-Hughes", "Priya Natarajan-Hughes", "Calibri", 11,
                 (2.54, 2.54, 2.54, 2.54))
    d.add_paragraph("Priya Natarajan-Hughes", style="Title")
    d.add_paragraph("Senior Policy Adviser (Grade 7)", style="Subtitle")
    P(d, "Cardiff CF11 \u00b7 07700 900 145 \u00b7 priya.nh@example.org.uk", after=6)
    d.add_paragraph("Personal Statement", style="Heading 2")
    P(d, "Economist and policy professional with ten years across the Welsh Government, a UK department and "
         "the Office for National Statistics. I lead cross-government work on net zero, turn evidence into "
         "advice ministers can act on and enjoy building capable, inclusive teams.", before=4)
    d.add_paragraph("Employment History", style="Heading 2")
    for title, where, bl in [
        ("Senior Policy Adviser (G7)", "Welsh Government, Climate Change Directorate \u00b7 April 2021 \u2013 present",
         ["Lead a team of five on the Net Zero Wales delivery plan and the annual progress statement to the Senedd.",
          "Drafted ministerial submissions and briefings; negotiated with HM Treasury and DESNZ officials.",
          "Commissioned \u00a31.2m of research on a just transition for steel communities."]),
        ("Policy Manager (SEO)", "Department for Levelling Up, Housing and Communities, Cardiff \u00b7 "
         "September 2017 \u2013 March 2021",
         ["Managed the Welsh share of the Towns Fund, working with ten local authorities.",
          "Designed the monitoring and evaluation framework later adopted across the programme."]),
        ("Research Officer (HEO)", "Office for National Statistics, Newport \u00b7 October 2014 \u2013 August 2017",
         ["Produced regional productivity statistics and co-authored three statistical bulletins."]),
    ]:
        d.add_paragraph(title, style="Heading 3")
        P(d, [(where, {"i": True})], after=2)
        bullets(d, bl)
    d.add_paragraph("Civil Service Behaviours", style="Heading 2")
    for lab, t in [("Making Effective Decisions:", " weighed three delivery options for the heat-pump grant and "
                    "recommended the one ministers adopted."),
                   ("Leadership:", " built the first hybrid-working charter for the directorate."),
                   ("Communicating and Influencing:", " presented evidence to the Senedd Climate Change Committee.")]:
        P(d, [(lab, {"b": True}), (t, {})], style="List Bullet", after=1)
    d.add_paragraph("Qualifications", style="Heading 2")
    for s in ["MSc Public Policy, Cardiff University (Merit), 2014",
              "BSc Economics, University of Bristol (2:1), 2013",
              "A levels: Economics (A*), Mathematics (A), Welsh (A)"]:
        P(d, s, before=2)
    d.add_paragraph("Training Courses", style="Heading 2")
    bullets(d, ["Policy Profession Foundation Programme, 2019",
                "Green Book appraisal and evaluation, HM Treasury, 2020",
                "Cymraeg Gwaith \u2013 Welsh for work, intermediate level, 2022"])
    d.add_paragraph("Security Clearance", style="Heading 2")
    P(d, "Security Check (SC), valid until 2029.", before=2)
    d.add_paragraph("Voluntary Work", style="Heading 2")
    P(d, "School governor at Ysgol Gynradd Treganna since 2020; volunteer adviser with Citizens Advice Cardiff "
         "and Vale, 2015\u20132018.", before=2)
    d.add_paragraph("Referees", style="Heading 2")
    P(d, "Available on request.", before=2)
    save_docx(d, path)


def m05_en_ruled(path):
    """Software graduate; small-caps bold headings with a bottom border set in a custom style."""
    d = new_docx("en-IE", "CV - Tomas O'Sullivan", "Tomas O'Sullivan", "Calibri", 10.5, (1.8, 1.8, 1.9, 1.9))
    NAVY = "1F3864"
    st = para_style(d, "Ruled Heading", size=12.5, bold=True, color=NAVY, before=12, after=5, small=True)
    p_border(style_ppr(st), {"bottom": ("single", 6, NAVY, 1)})
    P(d, [("Tom\u00e1s O\u2019Sullivan", {"b": True, "sz": 22})], align="C")
    P(d, [("Graduate Software Engineer", {"sz": 12, "c": NAVY})], align="C", after=2)
    P(d, [("Galway, Ireland \u00b7 +353 87 555 0142 \u00b7 tomas.osullivan@example.ie \u00b7 github.com/tosull",
           {"sz": 9.5, "c": "555555"})], align="C", after=4)
    P(d, "Objective", style="Ruled Heading")
    P(d, "First-class computer science graduate looking for a backend or platform engineering role where I can "
         "ship to production early, learn from senior engineers and keep writing Rust on weekends.")
    P(d, "Education", style="Ruled Heading")
    right_tab_line(d, [("BSc (Hons) Computer Science & Information Technology", {"b": True})], "2021 \u2013 2025",
                   17.2, {"c": "555555"})
    P(d, "University of Galway \u2014 First Class Honours (GPA 3.9 / 4.2)", after=2)
    P(d, [("Final-year project:", {"b": True}), (" a WebAssembly sandbox for grading student code, used by two "
           "first-year modules.", {})], after=1)
    P(d, [("Relevant modules:", {"b": True}), (" distributed systems, compilers, databases, machine learning, "
           "software engineering.", {})])
    P(d, "Technical Toolbox", style="Ruled Heading")
    for lab, t in [("Languages:", " Java, Kotlin, Python, Rust, TypeScript, SQL"),
                   ("Frameworks:", " Spring Boot, FastAPI, React, Jetpack Compose"),
                   ("Tools:", " Git, Docker, GitHub Actions, PostgreSQL, Linux"),
                   ("Cloud:", " AWS (Lambda, DynamoDB, S3) \u2014 AWS Certified Cloud Practitioner")]:
        P(d, [(lab, {"b": True}), (t, {})], after=1)
    P(d, "Side Projects", style="Ruled Heading")
    for name, t in [("BusBuddy", " \u2014 real-time Galway bus tracker in Kotlin; 1,200 downloads on Google Play."),
                    ("ClimbLog", " \u2014 bouldering logbook with a FastAPI backend and a React front end."),
                    ("tinylisp-rs", " \u2014 a small Lisp interpreter in Rust with tail-call optimisation.")]:
        P(d, [(name, {"b": True}), (t, {})], after=2)
    P(d, "Internships", style="Ruled Heading")
    for title, emp, dates, bl in [
        ("Software Engineering Intern", "Fintrail Payments, Dublin", "Jun \u2013 Aug 2024",
         ["Built an idempotency layer for the refunds API in Spring Boot; cut duplicate refunds to zero.",
          "Added contract tests that now run on every pull request."]),
        ("IT Support Intern (co-op placement)", "Atlantic MedTech Devices, Galway", "Jan \u2013 Jun 2023",
         ["Automated laptop provisioning with PowerShell, saving about two hours per new starter."]),
    ]:
        right_tab_line(d, [(title, {"b": True})], dates, 17.2, {"c": "555555"}, before=4, keep=True)
        P(d, [(emp, {"i": True, "c": NAVY})], after=1, keep=True)
        bullets(d, bl)
    P(d, "Prizes & Hackathons", style="Ruled Heading")
    bullets(d, ["1st place, HackGalway 2024 \u2014 team of four, 36 hours, accessible tourism app",
                "Dean\u2019s List 2022, 2023 and 2024",
                "Irish Collegiate Programming Contest 2023 \u2014 5th of 48 teams"])
    P(d, "Volunteering", style="Ruled Heading")
    P(d, "Coding mentor at CoderDojo Galway since 2022: Saturday sessions for 10\u201316-year-olds.")
    P(d, "Beyond the Keyboard", style="Ruled Heading")
    P(d, "Bouldering, sea swimming at Blackrock and playing trad fiddle in pub sessions.")
    save_docx(d, path)


def m09_de_linie(path):
    """Controller; capital grey letter-spaced headings under a thick coloured top border."""
    d = new_docx("de-DE", "Lebenslauf Henrik Lindqvist-Baumann", "Henrik Lindqvist-Baumann", "Cambria", 10.5,
                 (2.2, 2.2, 2.5, 2.2))
    RED = "8B1E1E"
    st = para_style(d, "Abschnitt", size=10, bold=True, color="595959", before=16, after=6, spacing=40)
    p_border(style_ppr(st), {"top": ("single", 18, RED, 4)})
    P(d, [("Lebenslauf", {"b": True, "sz": 16, "c": RED})], after=6)
    P(d, [("Henrik Lindqvist-Baumann", {"sz": 20})], after=1)
    P(d, [("Senior Controller \u00b7 Bilanzbuchhalter (IHK)", {"i": True, "sz": 11.5, "c": RED})], after=3)
    P(d, [("Schwachhauser Heerstra\u00dfe 88 \u00b7 28209 Bremen \u00b7 0151 555 48 20 \u00b7 h.lindqvist@example.de",
           {"sz": 9, "c": "666666"})], after=4)
    P(d, "KURZPORTR\u00c4T", style="Abschnitt")
    P(d, "Controller mit zw\u00f6lf Jahren Erfahrung in Logistik und Maschinenbau. Ich baue Planungs- und "
         "Reportingprozesse auf, die der Gesch\u00e4ftsf\u00fchrung schnell belastbare Zahlen liefern, und f\u00fchre ein "
         "Team von vier Controllerinnen und Controllern.", align="J")
    P(d, "BERUFLICHER WERDEGANG", style="Abschnitt")
    jobs = [
        ("Senior Controller / Teamleiter Konzerncontrolling", "seit 03/2019", "Nordwerk Logistik SE, Bremen",
         ["Verantwortung f\u00fcr Budget, Forecast und Management-Reporting (Umsatz 1,2 Mrd. \u20ac, 31 Gesellschaften)",
          "Aufbau eines Treiberbaum-Modells f\u00fcr die Standortprofitabilit\u00e4t",
          "Fachliche Leitung der S/4HANA-Einf\u00fchrung im Controlling"]),
        ("Controller", "07/2014 \u2013 02/2019", "Hanseatische Maschinenbau GmbH, Hamburg",
         ["Projekt- und Auftragscontrolling f\u00fcr Sondermaschinen; Einf\u00fchrung einer Nachkalkulation",
          "Monats- und Jahresabschl\u00fcsse nach HGB, Abstimmung mit der Wirtschaftspr\u00fcfung"]),
        ("Trainee Finanzen", "10/2012 \u2013 06/2014", "Elbtal Versicherungsgruppe AG, Hamburg",
         ["Stationen in Controlling, Treasury und Konzernrechnungswesen"]),
    ]
    for k, (title, dates, emp, bl) in enumerate(jobs):
        right_tab_line(d, [(title, {"b": True})], dates, 16.3, {}, before=6, keep=True)
        P(d, [(emp, {"c": RED})], after=2, keep=True)
        bullets(d, bl)
        if k == 0:
            P(d, "", after=2)
            t = table(d, 3, 3, [6.0, 3.0, 7.3], style="Table Grid")
            rows = [("Projekt", "Zeitraum", "Ergebnis"),
                    ("Einf\u00fchrung SAP S/4HANA (CO-PA)", "2021 \u2013 2022", "Monatsabschluss von 8 auf 4 Arbeitstage"),
                    ("Rollierender Forecast", "2020", "Prognosegenauigkeit \u00b1 2 %")]
            for r, vals in enumerate(rows):
                for c, v in enumerate(vals):
                    cell = t.rows[r].cells[c]
                    cell_p(cell, [(v, {"b": True} if r == 0 else {"sz": 10})])
                    if r == 0:
                        cell_shade(cell, "EDEDED")
    P(d, "STUDIUM", style="Abschnitt")
    for deg, dates, uni in [("M.Sc. Betriebswirtschaftslehre, Schwerpunkt Controlling", "2010 \u2013 2012",
                             "Universit\u00e4t Hamburg \u2013 Abschlussnote 1,6"),
                            ("B.A. International Business", "2007 \u2013 2010",
                             "Hochschule Bremen \u2013 mit Auslandssemester in G\u00f6teborg")]:
        right_tab_line(d, [(deg, {"b": True})], dates, 16.3, {}, before=4, keep=True)
        P(d, uni)
    P(d, "ZERTIFIKATE", style="Abschnitt")
    bullets(d, ["Gepr\u00fcfter Bilanzbuchhalter (IHK), 2017", "Certified Management Accountant (CMA), 2020",
                "SAP Certified Application Associate \u2013 S/4HANA Management Accounting, 2022"])
    P(d, "EDV-KENNTNISSE", style="Abschnitt")
    for lab, t in [("ERP:", " SAP S/4HANA (CO, FI), SAP BPC"), ("Analyse:", " Excel/VBA, Power BI, Power Query, SQL"),
                   ("Konsolidierung:", " LucaNet")]:
        P(d, [(lab, {"b": True}), (t, {})], after=1)
    P(d, "SPRACHEN", style="Abschnitt")
    P(d, "Deutsch und Schwedisch (Muttersprachen), Englisch (verhandlungssicher), Franz\u00f6sisch (Grundkenntnisse)")
    P(d, "INTERESSEN", style="Abschnitt")
    P(d, "Segeln (Sportk\u00fcstenschifferschein), Kammermusik am Cello, Schach im Verein")
    P(d, "Bremen, 5. Januar 2026", before=18)
    save_docx(d, path)


def m10_de_zentriert(path):
    """Chef; centred letter-spaced headings between two borders; contact details at the end."""
    d = new_docx("de-DE", "Lebenslauf Lukas Obermaier", "Lukas Obermaier", "Georgia", 10.5)
    GREEN = "2F5233"
    st = para_style(d, "Rubrik", size=13, bold=False, color=GREEN, before=14, after=8, spacing=60, align="C")
    p_border(style_ppr(st), {"top": ("single", 4, GREEN, 3), "bottom": ("single", 4, GREEN, 3)})
    P(d, [("Lukas Obermaier", {"b": True, "sz": 24})], align="C")
    P(d, [("K\u00fcchenchef \u00b7 Regionale Spitzengastronomie", {"i": True, "sz": 12, "c": GREEN})], align="C",
      after=6)
    P(d, "\u00dcber mich", style="Rubrik")
    P(d, "Koch aus Leidenschaft mit Stationen in der Sterne- und Hotelgastronomie in Bayern, Baden und an der "
         "C\u00f4te d\u2019Azur. Ich koche regional und saisonal, arbeite eng mit Erzeugern aus dem Allg\u00e4u zusammen und "
         "f\u00fchre meine Brigade ruhig und mit klaren Abl\u00e4ufen.", align="J")
    P(d, "K\u00fcchenstationen", style="Rubrik")
    for place, dates, role, bl in [
        ("Gasthof Zur Post \u00b7 Fischen im Allg\u00e4u", "seit 2020", "K\u00fcchenchef, Brigade von zw\u00f6lf",
         ["Ein Michelin-Stern seit 2022 und 16 Punkte im Gault&Millau",
          "Wareneinsatz bei 27 % durch Ganztierverwertung und eigene Fermentation"]),
        ("Restaurant Schwarzer Adler \u00b7 Vogtsburg", "2016 \u2013 2020", "Sous-Chef",
         ["Men\u00fcentwicklung gemeinsam mit dem K\u00fcchenchef, Verantwortung f\u00fcr Einkauf und Dienstpl\u00e4ne"]),
        ("Hotel Bayerischer Hof \u00b7 M\u00fcnchen", "2013 \u2013 2016", "Chef de Partie Saucier, zuvor Entremetier",
         []),
        ("Le Chantecler \u00b7 Nizza", "2012 \u2013 2013", "Commis de cuisine (Auslandsjahr)", []),
    ]:
        right_tab_line(d, [(place, {"b": True})], dates, 17.0, {"c": "666666"}, before=6, keep=True)
        P(d, [(role, {"i": True})], after=1, keep=bool(bl))
        bullets(d, bl)
    P(d, "Lehre & Schule", style="Rubrik")
    for q, dates, where in [("K\u00fcchenmeister (IHK)", "2018", "Hotelfachschule Heidelberg, berufsbegleitend"),
                            ("Ausbildung zum Koch", "2009 \u2013 2012",
                             "Hotel Sonnenalp, Ofterschwang \u2013 Berufsschule Kempten"),
                            ("Mittlere Reife", "2009", "Realschule Immenstadt")]:
        right_tab_line(d, [(q, {"b": True})], dates, 17.0, {"c": "666666"}, before=4, keep=True)
        P(d, where)
    P(d, "Auszeichnungen", style="Rubrik")
    for s in ["Michelin-Stern f\u00fcr den Gasthof Zur Post (2022 bis 2025)",
              "Aufsteiger des Jahres, Gault&Millau Bayern 2023",
              "Zweiter Platz, Deutsche Meisterschaft der Jungk\u00f6che 2011"]:
        P(d, s, after=2)
    P(d, "Spezialit\u00e4ten", style="Rubrik")
    P(d, "Wild und Fisch aus der Region, Fermentation und Einmachen, Saucen, vegetarische Degustationsmen\u00fcs, "
         "Kalkulation und Warenwirtschaft (Apicbase).", align="J")
    P(d, "Nachweise", style="Rubrik")
    bullets(d, ["HACCP-Schulung und Belehrung nach \u00a7 43 IfSG (j\u00e4hrlich aufgefrischt)",
                "Ausbildereignung nach AEVO", "Allergenmanagement in der Gastronomie (DEHOGA), 2023"])
    P(d, "Sprachen", style="Rubrik")
    P(d, "Deutsch (Muttersprache) \u00b7 Franz\u00f6sisch (gut) \u00b7 Englisch (gut)", align="C")
    P(d, "Kontakt", style="Rubrik")
    for s in ["Marktplatz 3 \u00b7 87538 Fischen im Allg\u00e4u", "Telefon 0160 555 77 88",
              "lukas.obermaier@example.de"]:
        P(d, s, align="C")
    save_docx(d, path)


def m11_de_kachel(path):
    """Junior developer; every heading is a one-row table with a coloured tile cell."""
    d = new_docx("de-DE", "Lebenslauf Mia Schwarzkopf", "Mia Schwarzkopf", "Segoe UI", 10, (1.8, 1.8, 2.0, 2.0))
    GREEN = "0B6E4F"
    P(d, [("Mia Schwarzkopf", {"b": True, "sz": 22})])
    P(d, [("Junior Softwareentwicklerin \u00b7 Backend & Cloud", {"sz": 12, "c": GREEN})], after=2)
    P(d, [("Karlsruhe \u00b7 0157 555 93 11 \u00b7 mia.schwarzkopf@example.de \u00b7 github.com/miaschwarz",
           {"sz": 9, "c": "666666"})], after=4)

    def H(title):
        P(d, "", after=0)
        t = table(d, 1, 2, [0.5, 16.5], borders=NO_BORDERS)
        cell_shade(t.rows[0].cells[0], GREEN)
        cell_p(t.rows[0].cells[1], [(title, {"b": True, "sz": 13, "c": "222222"})], before=2, after=2)
        P(d, "", after=0)

    H("Kurz & knapp")
    P(d, "Informatikerin (B.Sc., KIT) mit zwei Jahren Werkstudentenerfahrung in Java und Kotlin. Mich "
         "begeistern saubere APIs, automatisierte Tests und Infrastruktur als Code. Ich suche eine Einstiegsstelle "
         "in einem Backend-Team mit guter Mentoring-Kultur.")
    H("Tech-Stack")
    t = table(d, 4, 2, [4.0, 13.0], borders=NO_BORDERS)
    for r, (k, v) in enumerate([("Backend", "Java 21, Kotlin, Spring Boot, REST, gRPC"),
                                ("Frontend", "TypeScript, Vue 3 (Grundlagen)"),
                                ("Cloud & DevOps", "Docker, Kubernetes, Terraform, GitLab CI, AWS"),
                                ("Datenbanken", "PostgreSQL, Redis, MongoDB")]):
        cell_p(t.rows[r].cells[0], [(k, {"b": True})], after=1)
        cell_p(t.rows[r].cells[1], v, after=1)
    H("Praxiserfahrung")
    for title, dates, emp, bl in [
        ("Werkstudentin Softwareentwicklung", "04/2023 \u2013 09/2025", "Klarwerk Software GmbH, Karlsruhe",
         ["Entwicklung von Microservices f\u00fcr ein Rechnungsportal (Kotlin, Spring Boot)",
          "Einf\u00fchrung von Testcontainers; Testabdeckung von 54 % auf 81 % erh\u00f6ht"]),
        ("Pflichtpraktikum Backend-Entwicklung", "08/2022 \u2013 01/2023", "Stadtwerke Karlsruhe, Digitalisierung",
         ["Schnittstelle f\u00fcr Z\u00e4hlerst\u00e4nde an das Kundenportal angebunden"]),
    ]:
        right_tab_line(d, [(title, {"b": True})], dates, 17.0, {"c": "666666"}, before=4, keep=True)
        P(d, [(emp, {"c": GREEN})], after=1, keep=True)
        bullets(d, bl)
    H("Hochschule")
    right_tab_line(d, [("B.Sc. Informatik", {"b": True})], "2021 \u2013 2025", 17.0, {"c": "666666"}, keep=True)
    P(d, "Karlsruher Institut f\u00fcr Technologie (KIT) \u2013 Note 1,8", after=1)
    P(d, [("Bachelorarbeit:", {"b": True}), (" \u201eSchema-Migrationen ohne Ausfallzeit in PostgreSQL\u201c (1,0)", {})])
    H("Projekte & Open Source")
    for name, t_ in [("Mensa-Bot", " \u2013 Telegram-Bot mit den Speisepl\u00e4nen aller Karlsruher Mensen, 900 Nutzende"),
                     ("pg-shadow", " \u2013 Werkzeug zum Testen von Migrationen gegen eine Schattendatenbank"),
                     ("Apache Camel", " \u2013 drei gemergte Pull Requests f\u00fcr die Kafka-Komponente")]:
        P(d, [(name, {"b": True}), (t_, {})], after=2)
    H("Sprachen")
    P(d, "Deutsch (Muttersprache) \u00b7 T\u00fcrkisch (flie\u00dfend) \u00b7 Englisch (C1)")
    H("Abseits des Codes")
    P(d, "Bouldern, Brettspiele und Analogfotografie mit einer alten Rollei.")
    save_docx(d, path)


def m15_fr_droite(path):
    """Lawyer; right-aligned bold italic headings with a rule under them."""
    d = new_docx("fr-FR", "CV H\u00e9l\u00e8ne Duval-Castaing", "H\u00e9l\u00e8ne Duval-Castaing", "Garamond", 11.5,
                 (2.0, 2.0, 2.4, 2.4))
    NAVY = "1F2A5A"
    st = para_style(d, "Titre de rubrique", size=13, bold=True, italic=True, color=NAVY, before=14, after=6,
                    align="R")
    p_border(style_ppr(st), {"bottom": ("single", 4, NAVY, 2)})
    P(d, [("H\u00e9l\u00e8ne Duval-Castaing", {"sz": 22, "small": True})])
    P(d, [("Avocate au barreau de Paris \u2014 droit des affaires et contentieux commercial",
           {"i": True, "sz": 12, "c": NAVY})], after=2)
    P(d, [("18 rue de Miromesnil, 75008 Paris \u00b7 01 42 55 61 30 \u00b7 h.duval@duval-castaing.example.fr",
           {"sz": 9.5, "c": "666666"})], after=4)
    P(d, "Pr\u00e9sentation", style="Titre de rubrique")
    P(d, "Avocate associ\u00e9e, douze ans d\u2019exercice en contentieux des affaires et en arbitrage. J\u2019accompagne "
         "des ETI et des groupes familiaux dans leurs litiges contractuels, leurs ruptures de relations "
         "commerciales et leurs proc\u00e9dures d\u2019urgence, en fran\u00e7ais comme en anglais.", align="J")
    P(d, "Pratique professionnelle", style="Titre de rubrique")
    for firm, dates, role, bl in [
        ("Duval-Castaing Avocats, Paris 8e", "depuis 2019", "Associ\u00e9e fondatrice",
         ["Contentieux commercial devant le tribunal des activit\u00e9s \u00e9conomiques et la chambre commerciale "
          "internationale de la cour d\u2019appel de Paris",
          "Arbitrages CCI et ad hoc (conseil et secr\u00e9tariat de tribunaux arbitraux)"]),
        ("Berthier Vasseur & Associ\u00e9s, Paris", "2013 \u2013 2019", "Collaboratrice, puis counsel (2017)",
         ["Ruptures brutales de relations commerciales, concurrence d\u00e9loyale, garanties de passif"]),
        ("Cour d\u2019appel de Paris", "2012", "\u00c9l\u00e8ve-avocate, stage aupr\u00e8s du premier pr\u00e9sident", []),
    ]:
        right_tab_line(d, [(firm, {"b": True, "small": True})], dates, 16.2, {"c": "666666"}, before=6, keep=True)
        P(d, [(role, {"i": True})], after=1, keep=bool(bl))
        bullets(d, bl)
    P(d, "Formation universitaire", style="Titre de rubrique")
    for deg, year, where in [
        ("Master 2 Droit des affaires et fiscalit\u00e9 \u2013 DJCE", "2011", "Universit\u00e9 Paris 1 Panth\u00e9on-Sorbonne"),
        ("LL.M. in Corporate Law", "2010", "Columbia Law School, New York"),
        ("Licence et ma\u00eetrise en droit priv\u00e9", "2009", "Universit\u00e9 de Bordeaux"),
    ]:
        right_tab_line(d, [(deg, {"b": True})], year, 16.2, {"c": "666666"}, before=3, keep=True)
        P(d, where)
    P(d, "Barreau", style="Titre de rubrique")
    for s in ["Prestation de serment et inscription au barreau de Paris \u2014 2013",
              "CAPA, \u00c9cole de formation professionnelle des barreaux (EFB) \u2014 2012",
              "Admise au barreau de l\u2019\u00c9tat de New York \u2014 2011"]:
        P(d, s, after=2)
    P(d, "Publications & interventions", style="Titre de rubrique")
    for runs in [[("\u00ab La clause de hardship apr\u00e8s la r\u00e9forme \u00bb", {"i": True}),
                  (", Revue des contrats, 2022", {})],
                 [("\u00ab Rupture brutale : dix ans de jurisprudence \u00bb", {"i": True}),
                  (", Dalloz actualit\u00e9, 2020", {})],
                 [("Intervenante, Rencontres du contentieux des affaires, Paris, 2024", {})]]:
        P(d, runs, style="List Bullet", after=1)
    P(d, "Langues de travail", style="Titre de rubrique")
    P(d, "Fran\u00e7ais et anglais (bilingue) \u00b7 espagnol (courant)")
    P(d, "Engagements", style="Titre de rubrique")
    P(d, "Avocate b\u00e9n\u00e9vole \u00e0 la Maison du droit de Saint-Denis depuis 2015 ; membre du conseil "
         "d\u2019administration de l\u2019association Droits d\u2019urgence.", align="J")
    save_docx(d, path)


def m16_fr_retrait(path):
    """Nurse; underlined bold coloured headings, content indented under them."""
    d = new_docx("fr-FR", "CV Amandine Lef\u00e8vre-Nkoulou", "Amandine Lef\u00e8vre-Nkoulou", "Verdana", 9.5)
    GREEN = "00704A"
    para_style(d, "Rubrique soulign\u00e9e", size=12, bold=True, color=GREEN, before=12, after=4, underline="single")
    IND = 1.0
    P(d, [("Amandine Lef\u00e8vre-Nkoulou", {"b": True, "sz": 18})])
    P(d, [("Infirmi\u00e8re dipl\u00f4m\u00e9e d\u2019\u00c9tat \u2014 urgences & SMUR", {"sz": 11.5, "c": GREEN})], after=2)
    P(d, [("33000 Bordeaux \u00b7 07 68 55 40 21 \u00b7 amandine.lefevre@example.fr \u00b7 permis B",
           {"sz": 8.5, "c": "666666"})], after=4)
    P(d, "Objectif professionnel", style="Rubrique soulign\u00e9e")
    P(d, "Infirmi\u00e8re depuis huit ans, dont quatre aux urgences adultes et au SMUR, je souhaite rejoindre une "
         "\u00e9quipe d\u2019infirmiers en pratique avanc\u00e9e (IPA) mention urgences.", left=IND)
    P(d, "Exp\u00e9riences en soins", style="Rubrique soulign\u00e9e")
    for place, dates, role, bl in [
        ("CHU de Bordeaux \u2013 H\u00f4pital Pellegrin", "depuis 2021", "Infirmi\u00e8re aux urgences adultes et au SMUR",
         ["Accueil et tri (IOA), d\u00e9chocage, prise en charge des polytraumatis\u00e9s",
          "Sorties SMUR primaires et transferts inter-hospitaliers",
          "R\u00e9f\u00e9rente mat\u00e9riel d\u2019urgence et chariots de r\u00e9animation"]),
        ("Clinique Saint-Augustin, Bordeaux", "2018 \u2013 2021",
         "Infirmi\u00e8re en chirurgie orthop\u00e9dique, puis en salle de r\u00e9veil (SSPI)",
         ["Surveillance post-op\u00e9ratoire, gestion de la douleur et des PCA"]),
        ("Int\u00e9rim \u2013 Synergie Sant\u00e9, Gironde", "2017 \u2013 2018", "Missions en EHPAD et en soins de suite", []),
    ]:
        right_tab_line(d, [(place, {"b": True})], dates, 17.0, {"c": "666666"}, before=5, keep=True, left=IND)
        P(d, [(role, {"i": True})], after=1, left=IND, keep=bool(bl))
        bullets(d, bl, left=IND + 0.6)
    P(d, "Dipl\u00f4mes", style="Rubrique soulign\u00e9e")
    for deg, year, where in [("Dipl\u00f4me d\u2019\u00c9tat d\u2019infirmier", "2017", "IFSI du CHU de Bordeaux \u2013 grade licence"),
                             ("Baccalaur\u00e9at S\u00e9rie S", "2014", "Lyc\u00e9e Montesquieu, Bordeaux")]:
        right_tab_line(d, [(deg, {"b": True})], year, 17.0, {"c": "666666"}, before=3, keep=True, left=IND)
        P(d, where, left=IND)
    P(d, "Formations compl\u00e9mentaires", style="Rubrique soulign\u00e9e")
    for s in ["AFGSU niveau 2 (recyclage 2024)", "Infirmier organisateur de l\u2019accueil (IOA), 2022",
              "Pose de voies veineuses sous \u00e9chographie, 2023", "Urgences p\u00e9diatriques, 2023"]:
        P(d, s, left=IND, after=1)
    P(d, "Comp\u00e9tences techniques", style="Rubrique soulign\u00e9e")
    bullets(d, ["Gestes d\u2019urgence et r\u00e9animation (ACLS), ventilation non invasive",
                "Pose de voies veineuses p\u00e9riph\u00e9riques et intra-osseuses",
                "Logiciels : DxCare, ResUrgences, Orbis"], left=IND + 0.6)
    P(d, "Savoir-\u00eatre", style="Rubrique soulign\u00e9e")
    bullets(d, ["Sang-froid et priorisation en situation d\u2019urgence", "Travail en \u00e9quipe pluridisciplinaire",
                "\u00c9coute et accompagnement des familles"], left=IND + 0.6)
    P(d, "Langues", style="Rubrique soulign\u00e9e")
    P(d, "Fran\u00e7ais (langue maternelle) \u00b7 lingala (courant) \u00b7 anglais (B2)", left=IND)
    P(d, "Centres d\u2019int\u00e9r\u00eat", style="Rubrique soulign\u00e9e")
    P(d, "Semi-marathon, danse afro-contemporaine, romans policiers nordiques.", left=IND)
    save_docx(d, path)


def add_decimal_numbering(d, fmt="%1.", color=None):
    """Adds an abstract numbering + num for numbered headings; returns the numId."""
    numbering = d.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abs_ids + [0]) + 1, max(num_ids + [0]) + 1
    a = el("abstractNum", abstractNumId=aid)
    a.append(el("multiLevelType", val="singleLevel"))
    lvl = el("lvl", ilvl=0)
    lvl.append(el("start", val=1))
    lvl.append(el("numFmt", val="decimal"))
    lvl.append(el("lvlText", val=fmt))
    lvl.append(el("lvlJc", val="left"))
    ppr = el("pPr")
    ppr.append(el("ind", left=567, hanging=567))
    lvl.append(ppr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = el("num", numId=nid)
    n.append(el("abstractNumId", val=aid))
    numbering.append(n)
    return nid


def m17_fr_auto(path):
    """Academic; restyled Heading 1 with automatic list numbering (the numbers are not stored text)."""
    d = new_docx("fr-FR", "CV Julien Abadie", "Julien Abadie", "Times New Roman", 11, (2.2, 2.2, 2.5, 2.5))
    BLUE = "1A3C6E"
    nid = add_decimal_numbering(d, "%1.")
    h1 = d.styles["Heading 1"]
    h1.font.name = "Times New Roman"
    h1.font.size = Pt(13)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor.from_string(BLUE)
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(6)
    rf = h1.element.rPr.find(qn("w:rFonts"))
    for k in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rf.attrib.pop(qn("w:" + k), None)
    numpr = el("numPr")
    numpr.append(el("ilvl", val=0))
    numpr.append(el("numId", val=nid))
    put(style_ppr(h1), numpr, PPR_ORDER)

    def H(t):
        d.add_paragraph(t, style="Heading 1")

    def dated(date, runs, after=2):
        P(d, [(date + "\t", {})] + runs, tabs=[(3.0, "L")], left=3.0, first=-3.0, after=after)

    P(d, [("Julien Abadie", {"b": True, "sz": 18})])
    P(d, [("Ma\u00eetre de conf\u00e9rences en sociologie \u2014 Universit\u00e9 Toulouse Jean-Jaur\u00e8s",
           {"i": True, "sz": 12, "c": BLUE})], after=2)
    P(d, [("LISST (UMR 5193), 5 all\u00e9es Antonio-Machado, 31058 Toulouse \u00b7 julien.abadie@univ-tlse2.example.fr",
           {"sz": 9.5})], after=4)
    H("R\u00e9sum\u00e9 du parcours")
    P(d, "Sociologue du travail et des territoires ruraux, qualifi\u00e9 aux fonctions de professeur des universit\u00e9s "
         "(section 19, 2023). Mes recherches portent sur les recompositions de l\u2019emploi agricole et les "
         "mobilit\u00e9s des jeunes ruraux ; je coordonne un projet ANR et le master Sociologie des territoires.",
      align="J")
    H("Postes occup\u00e9s")
    dated("Depuis 2016", [("Ma\u00eetre de conf\u00e9rences", {"b": True}),
                          (", Universit\u00e9 Toulouse Jean-Jaur\u00e8s, d\u00e9partement de sociologie", {})])
    dated("2014 \u2013 2016", [("Attach\u00e9 temporaire d\u2019enseignement et de recherche", {"b": True}),
                              (", Universit\u00e9 Bordeaux Montaigne", {})])
    dated("2013 \u2013 2014", [("Chercheur postdoctoral", {"b": True}), (", Centre Max Weber, Lyon", {})])
    H("Titres et dipl\u00f4mes")
    dated("2022", [("Habilitation \u00e0 diriger des recherches, Universit\u00e9 Toulouse Jean-Jaur\u00e8s", {})])
    dated("2013", [("Doctorat de sociologie, EHESS, mention tr\u00e8s honorable avec f\u00e9licitations du jury", {})])
    dated("2008", [("Master recherche en sociologie, Universit\u00e9 Lumi\u00e8re Lyon 2", {})])
    H("Activit\u00e9s d\u2019enseignement")
    P(d, "Environ 220 heures \u00e9quivalent TD par an, de la licence au master : sociologie du travail, m\u00e9thodes "
         "d\u2019enqu\u00eate qualitative, sociologie rurale.", after=2, align="J")
    P(d, [("Responsabilit\u00e9s :", {"b": True}), (" codirection du master Sociologie des territoires (depuis 2020), "
           "direction des \u00e9tudes de la licence 3 (2017\u20132020).", {})], align="J")
    H("Liste des publications")
    for label, items in [
        ("Ouvrages", [[("Les derniers salari\u00e9s de la terre", {"i": True}),
                       (", Rennes, Presses universitaires de Rennes, 2021.", {})]]),
        ("Articles dans des revues \u00e0 comit\u00e9 de lecture", [
            [("\u00ab Partir ou rester ? Les jeunes ruraux face \u00e0 l\u2019emploi \u00bb, ", {}),
             ("Sociologie du travail", {"i": True}), (", 64(2), 2022.", {})],
            [("\u00ab Le salariat agricole saisonnier en Occitanie \u00bb, ", {}), ("\u00c9conomie rurale", {"i": True}),
             (", n\u00b0 372, 2020.", {})],
            [("\u00ab Les coop\u00e9ratives comme employeurs \u00bb (avec L. Sabatier), ", {}),
             ("Revue fran\u00e7aise de sociologie", {"i": True}), (", 59(4), 2018.", {})]]),
        ("Chapitres d\u2019ouvrages", [
            [("\u00ab Les mondes agricoles \u00bb, in ", {}), ("Sociologie de la France rurale", {"i": True}),
             (", Paris, La D\u00e9couverte, 2019.", {})]]),
    ]:
        P(d, [(label, {"b": True})], before=4, after=2, keep=True)
        for runs in items:
            P(d, runs, style="List Bullet", after=1)
    H("Communications")
    for s in ["\u00ab Saisonniers et territoires \u00bb, congr\u00e8s de l\u2019AFS, Lyon, 2023",
              "\u00ab Rural youth and precarious work \u00bb, ESRS Congress, Cluj-Napoca, 2021",
              "\u00ab Le travail agricole en tension \u00bb, journ\u00e9e d\u2019\u00e9tude INRAE, Toulouse, 2019"]:
        P(d, s, style="List Bullet", after=1)
    H("Financements obtenus")
    dated("2023 \u2013 2026", [("ANR JCJC TERRA-JEUNES (porteur), 248 000 \u20ac", {})])
    dated("2019 \u2013 2020", [("Projet r\u00e9gional Occitanie \u00ab Emplois saisonniers \u00bb, 45 000 \u20ac", {})])
    H("Soci\u00e9t\u00e9s savantes")
    P(d, "Association fran\u00e7aise de sociologie (membre du RT 9), European Society for Rural Sociology.")
    save_docx(d, path)


def m21_es_recuadro(path):
    """Paediatric nurse; each heading is a shaded one-cell table (a box)."""
    d = new_docx("es-ES", "CV Nerea Casta\u00f1o Ibarra", "Nerea Casta\u00f1o Ibarra", "Calibri", 10.5)
    WINE = "8E1B3A"
    P(d, [("Nerea Casta\u00f1o Ibarra", {"b": True, "sz": 22, "c": WINE})])
    P(d, [("Enfermera especialista en Enfermer\u00eda Pedi\u00e1trica (v\u00eda EIR)", {"sz": 12, "c": WINE})], after=2)
    P(d, [("Valencia \u00b7 655 555 321 \u00b7 nerea.castano@example.es \u00b7 N.\u00ba de colegiada 46-29871",
           {"sz": 9, "c": "666666"})], after=6)

    def H(title):
        t = table(d, 1, 1, [17.0], borders={s: ("single", 4, "E4B8C4", 0) for s in ("top", "left", "bottom", "right")})
        c = t.rows[0].cells[0]
        cell_shade(c, "F6E6EA")
        cell_p(c, [(title, {"b": True, "sz": 12, "c": WINE})], before=2, after=2)
        P(d, "", after=2)

    H("Presentaci\u00f3n")
    P(d, "Enfermera pedi\u00e1trica con nueve a\u00f1os de experiencia, los tres \u00faltimos en cuidados intensivos "
         "pedi\u00e1tricos y neonatales. Me importan la seguridad del paciente, la humanizaci\u00f3n de los cuidados y el "
         "acompa\u00f1amiento a las familias.", after=8, align="J")
    H("Experiencia asistencial")
    for place, dates, role, bl in [
        ("Hospital Universitario Materno-Infantil de Levante, Valencia", "desde 2022",
         "Enfermera especialista \u2013 UCI pedi\u00e1trica y neonatal",
         ["Cuidados a ni\u00f1os con ventilaci\u00f3n mec\u00e1nica, ECMO y t\u00e9cnicas de depuraci\u00f3n extrarrenal",
          "Referente del programa de cuidados centrados en el desarrollo (NIDCAP)"]),
        ("Hospital General de Castell\u00f3n", "2020 \u2013 2022", "Enfermera de urgencias pedi\u00e1tricas",
         ["Triaje pedi\u00e1trico (sistema Manchester) y atenci\u00f3n en box de cr\u00edticos"]),
        ("Centro de Salud de Benimaclet, Valencia", "2016 \u2013 2018",
         "Enfermera de atenci\u00f3n primaria (contratos de sustituci\u00f3n)", []),
    ]:
        right_tab_line(d, [(place, {"b": True})], dates, 17.0, {"c": "666666"}, before=4, keep=True)
        P(d, [(role, {"i": True})], after=1, keep=bool(bl))
        bullets(d, bl)
    P(d, "", after=4)
    H("Formaci\u00f3n reglada")
    for deg, dates, where in [("Especialidad en Enfermer\u00eda Pedi\u00e1trica (EIR)", "2018 \u2013 2020",
                               "Unidad Docente Multiprofesional de Pediatr\u00eda, Hospital La Fe, Valencia"),
                              ("Grado en Enfermer\u00eda", "2012 \u2013 2016", "Universitat de Val\u00e8ncia")]:
        right_tab_line(d, [(deg, {"b": True})], dates, 17.0, {"c": "666666"}, before=2, keep=True)
        P(d, where)
    P(d, "", after=4)
    H("Formaci\u00f3n complementaria")
    bullets(d, ["Soporte Vital Avanzado Pedi\u00e1trico y Neonatal (GERCPPN), 2023",
                "Lactancia materna \u2013 curso acreditado IHAN, 2021",
                "Seguridad del paciente y notificaci\u00f3n de incidentes, EVES, 2019"])
    P(d, "", after=4)
    H("Habilidades cl\u00ednicas")
    bullets(d, ["Canalizaci\u00f3n ecoguiada y cuidados de cat\u00e9teres centrales (PICC, epicut\u00e1neos)",
                "Administraci\u00f3n segura de f\u00e1rmacos de alto riesgo en pediatr\u00eda",
                "Historia cl\u00ednica electr\u00f3nica Orion Clinic y Gacela"])
    P(d, "", after=4)
    H("Idiomas")
    P(d, "Castellano y valenciano (nativa) \u00b7 ingl\u00e9s B2 (Cambridge First Certificate)", after=8)
    H("Labor voluntaria")
    P(d, "Cruz Roja Juventud (2014 \u2013 2019): talleres de educaci\u00f3n para la salud en institutos de Valencia.")
    save_docx(d, path)


def m22_es_borde(path):
    """Public servant; capital grey headings under a thick red top border; courses table."""
    d = new_docx("es-ES", "Curr\u00edculum vitae Roc\u00edo Vald\u00e9s Arrieta", "Roc\u00edo Vald\u00e9s Arrieta", "Arial", 10)
    RED = "C8102E"
    st = para_style(d, "Apartado", size=9.5, bold=True, color="6B6B6B", before=16, after=6)
    p_border(style_ppr(st), {"top": ("single", 24, RED, 4)})
    P(d, [("CURR\u00cdCULUM VITAE", {"b": True, "sz": 14})], align="C", after=8)
    P(d, [("Roc\u00edo Vald\u00e9s Arrieta", {"b": True, "sz": 16})], align="C")
    P(d, [("T\u00e9cnica de Administraci\u00f3n General \u00b7 Ayuntamiento de Sevilla", {"sz": 11, "c": RED})],
      align="C", after=6)
    P(d, "DATOS PERSONALES", style="Apartado")
    t = table(d, 5, 2, [4.5, 12.5], borders=NO_BORDERS)
    for r, (k, v) in enumerate([("DNI", "28.555.104-K"), ("Fecha de nacimiento", "22 de octubre de 1986"),
                                ("Domicilio", "Calle Feria 112, 2.\u00ba A, 41002 Sevilla"),
                                ("Tel\u00e9fono", "622 555 710"), ("Correo electr\u00f3nico", "rocio.valdes@example.es")]):
        cell_p(t.rows[r].cells[0], [(k, {"c": "808080"})], after=1)
        cell_p(t.rows[r].cells[1], v, after=1)
    P(d, "TITULACI\u00d3N ACAD\u00c9MICA", style="Apartado")
    for deg, dates, where in [("M\u00e1ster en Gesti\u00f3n y An\u00e1lisis de Pol\u00edticas P\u00fablicas", "2010 \u2013 2011",
                               "Universidad Pablo de Olavide"),
                              ("Licenciatura en Derecho", "2004 \u2013 2009", "Universidad de Sevilla")]:
        right_tab_line(d, [(deg, {"b": True})], dates, 17.0, {}, before=2, keep=True)
        P(d, where)
    P(d, "OPOSICIONES SUPERADAS", style="Apartado")
    P(d, "2012 \u2014 Escala de Administraci\u00f3n General, subescala T\u00e9cnica (A1), Ayuntamiento de Sevilla; "
         "turno libre, n.\u00ba 3 de la promoci\u00f3n.", align="J")
    P(d, "SERVICIOS PRESTADOS", style="Apartado")
    for title, dates, org, bl in [
        ("Jefa de Secci\u00f3n de Contrataci\u00f3n", "2018 \u2013 actualidad",
         "Ayuntamiento de Sevilla \u00b7 \u00c1rea de Hacienda y Administraci\u00f3n P\u00fablica",
         ["Tramitaci\u00f3n de unos 180 expedientes de contrataci\u00f3n al a\u00f1o y secretar\u00eda de la mesa de contrataci\u00f3n",
          "Implantaci\u00f3n de la licitaci\u00f3n electr\u00f3nica en la Plataforma de Contrataci\u00f3n del Sector P\u00fablico"]),
        ("T\u00e9cnica de Administraci\u00f3n General", "2012 \u2013 2018", "Ayuntamiento de Sevilla \u00b7 Gerencia de Urbanismo",
         ["Informes jur\u00eddicos sobre licencias y disciplina urban\u00edstica"]),
        ("Asesora jur\u00eddica (contrato laboral)", "2010 \u2013 2012", "Mancomunidad de Municipios del Aljarafe", []),
    ]:
        right_tab_line(d, [(title, {"b": True})], dates, 17.0, {}, before=4, keep=True)
        P(d, [(org, {"i": True})], after=1, keep=bool(bl))
        bullets(d, bl)
    P(d, "CURSOS DE FORMACI\u00d3N", style="Apartado")
    t = table(d, 4, 4, [8.5, 4.5, 1.8, 2.2], style="Table Grid")
    rows = [("Curso", "Entidad", "Horas", "A\u00f1o"),
            ("La Ley 9/2017 de Contratos del Sector P\u00fablico", "IAAP", "60", "2022"),
            ("Protecci\u00f3n de datos en la Administraci\u00f3n local", "FEMP", "30", "2020"),
            ("Procedimiento administrativo electr\u00f3nico", "INAP", "40", "2017")]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            cell = t.rows[r].cells[c]
            cell_p(cell, [(v, {"b": True} if r == 0 else {"sz": 9.5})], align="R" if c >= 2 else None)
            if r == 0:
                cell_shade(cell, "F2DCDB")
    P(d, "CONOCIMIENTOS INFORM\u00c1TICOS", style="Apartado")
    P(d, "Plataforma de Contrataci\u00f3n del Sector P\u00fablico, @firma, Port@firmas, SIGEM, Microsoft 365 (nivel "
         "avanzado), bases de datos jur\u00eddicas (Aranzadi, El Consultor).", align="J")
    P(d, "IDIOMAS", style="Apartado")
    P(d, "Ingl\u00e9s: B2 (Escuela Oficial de Idiomas de Sevilla) \u00b7 Franc\u00e9s: A2")
    P(d, "OTROS M\u00c9RITOS", style="Apartado")
    P(d, "Vocal en cinco tribunales de selecci\u00f3n de personal (2019 \u2013 2024); ponente en las Jornadas "
         "Andaluzas de Contrataci\u00f3n P\u00fablica (2023); permiso de conducir B.", align="J")
    save_docx(d, path)


def m23_es_marcador(path):
    """UX designer; bold headings with a highlighter-style run shading."""
    d = new_docx("es-ES", "CV Luc\u00eda Mendiz\u00e1bal Prats", "Luc\u00eda Mendiz\u00e1bal Prats", "Trebuchet MS", 10)
    PURPLE = "5B2A86"
    st = para_style(d, "Marcador", size=15, bold=True, color="1A1A1A", before=16, after=6)
    r_props(st.element.get_or_add_rPr(), shade="FFE45C")
    P(d, [("Luc\u00eda Mendiz\u00e1bal Prats", {"b": True, "sz": 26})])
    P(d, [("Dise\u00f1adora de producto (UX/UI) \u00b7 Barcelona", {"i": True, "sz": 12, "c": PURPLE})], after=4)
    P(d, "Enfoque", style="Marcador")
    P(d, "Dise\u00f1o productos digitales claros para sectores con letra peque\u00f1a: energ\u00eda, movilidad, "
         "administraci\u00f3n. Investigo con usuarios reales, prototipo r\u00e1pido y mido el impacto. Diez a\u00f1os "
         "entre agencia, freelance y producto.")
    P(d, "Trayectoria profesional", style="Marcador")
    for org, dates, role, bl in [
        ("Nubo Energ\u00eda \u00b7 Barcelona", "2021 \u2013 hoy", "Lead Product Designer (equipo de 6)",
         ["Sistema de dise\u00f1o \u00abVolta\u00bb para web y app; tiempos de entrega \u221240 %",
          "Programa continuo de investigaci\u00f3n con 20 entrevistas al mes"]),
        ("Agencia Trama Digital \u00b7 Valencia", "2017 \u2013 2021", "Dise\u00f1adora UX/UI",
         ["Proyectos para ayuntamientos, museos y una aseguradora; tests de usabilidad y prototipos"]),
        ("Freelance", "2015 \u2013 2017", "Dise\u00f1o web y branding para pymes", []),
    ]:
        right_tab_line(d, [(org, {"b": True})], dates, 17.0, {"c": "777777"}, before=4, keep=True)
        P(d, [(role, {"i": True, "c": PURPLE})], after=1, keep=bool(bl))
        bullets(d, bl)
    P(d, "Casos de estudio", style="Marcador")
    for name, t in [("Tarifa clara", " \u2014 redise\u00f1o del \u00e1rea de cliente de Nubo; \u221232 % de llamadas al soporte (2023)."),
                    ("Val\u00e8ncia en bici", " \u2014 app municipal de rutas ciclistas seguras; 85.000 usuarios (2020)."),
                    ("Refugios clim\u00e1ticos", " \u2014 mapa accesible de espacios frescos para olas de calor (2024).")]:
        P(d, [(name, {"b": True}), (t, {})], after=3)
    P(d, "Caja de herramientas", style="Marcador")
    P(d, "Figma y FigJam \u00b7 Framer \u00b7 Maze \u00b7 Dovetail \u00b7 Notion \u00b7 HTML y CSS \u00b7 talleres de co-creaci\u00f3n "
         "\u00b7 WCAG 2.2")
    P(d, "Estudios", style="Marcador")
    for deg, year, where in [("Posgrado en UX Research", "2019", "Elisava, Barcelona"),
                             ("Grado en Dise\u00f1o", "2011 \u2013 2015", "Escola Massana, Barcelona")]:
        right_tab_line(d, [(deg, {"b": True})], year, 17.0, {"c": "777777"}, before=2, keep=True)
        P(d, where)
    P(d, "Reconocimientos", style="Marcador")
    for s in ["Laus Oro 2023 \u2014 Dise\u00f1o de interacci\u00f3n, por \u00abTarifa clara\u00bb",
              "Selecci\u00f3n ADI-FAD Delta 2022"]:
        P(d, s, after=2)
    P(d, "Lenguas", style="Marcador")
    P(d, "Catal\u00e1n y castellano (nativa) \u00b7 ingl\u00e9s (C1) \u00b7 italiano (B1)")
    P(d, "\u00bfHablamos?", style="Marcador")
    P(d, "lucia@mendizabalprats.example \u00b7 +34 622 555 314 \u00b7 mendizabalprats.example/portfolio")
    save_docx(d, path)


# ======================================================================= main
RESUMES = [
    ("m00_en_ledger", "pdf", m00_en_ledger), ("m01_en_banded", "pdf", m01_en_banded),
    ("m02_en_numbered", "pdf", m02_en_numbered), ("m03_en_caps", "docx", m03_en_caps),
    ("m04_en_plain", "docx", m04_en_plain), ("m05_en_ruled", "docx", m05_en_ruled),
    ("m06_de_balken", "pdf", m06_de_balken), ("m07_de_kasten", "pdf", m07_de_kasten),
    ("m08_de_roemisch", "pdf", m08_de_roemisch), ("m09_de_linie", "docx", m09_de_linie),
    ("m10_de_zentriert", "docx", m10_de_zentriert), ("m11_de_kachel", "docx", m11_de_kachel),
    ("m12_fr_orne", "pdf", m12_fr_orne), ("m13_fr_numeros", "pdf", m13_fr_numeros),
    ("m14_fr_souligne", "pdf", m14_fr_souligne), ("m15_fr_droite", "docx", m15_fr_droite),
    ("m16_fr_retrait", "docx", m16_fr_retrait), ("m17_fr_auto", "docx", m17_fr_auto),
    ("m18_es_lateral", "pdf", m18_es_lateral), ("m19_es_sello", "pdf", m19_es_sello),
    ("m20_es_filete", "pdf", m20_es_filete), ("m21_es_recuadro", "docx", m21_es_recuadro),
    ("m22_es_borde", "docx", m22_es_borde), ("m23_es_marcador", "docx", m23_es_marcador),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_blind15.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, ext, fn in RESUMES:
        fn(os.path.join(out, name + "." + ext))
    print("wrote %d files to %s" % (len(RESUMES), out))


if __name__ == "__main__":
    main()
