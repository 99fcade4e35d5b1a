#!/usr/bin/env python3
"""make_blind13.py OUTDIR -- writes 24 held-out resume files (PDF via fpdf2, DOCX via python-docx).

Every resume is literal data inside its own layout function.  Nothing is random.
The script holds no section types and no labels.
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from PIL import Image, ImageDraw
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {
    "sans": {"": DV + "DejaVuSans.ttf", "B": DV + "DejaVuSans-Bold.ttf",
             "I": DV + "DejaVuSans-Oblique.ttf", "BI": DV + "DejaVuSans-BoldOblique.ttf"},
    "cond": {"": DV + "DejaVuSansCondensed.ttf", "B": DV + "DejaVuSansCondensed-Bold.ttf",
             "I": DV + "DejaVuSansCondensed-Oblique.ttf", "BI": DV + "DejaVuSansCondensed-BoldOblique.ttf"},
    "light": {"": DV + "DejaVuSans-ExtraLight.ttf"},
    "serif": {"": DV + "DejaVuSerif.ttf", "B": DV + "DejaVuSerif-Bold.ttf",
              "I": DV + "DejaVuSerif-Italic.ttf", "BI": DV + "DejaVuSerif-BoldItalic.ttf"},
    "lsans": {"": LB + "LiberationSans-Regular.ttf", "B": LB + "LiberationSans-Bold.ttf",
              "I": LB + "LiberationSans-Italic.ttf", "BI": LB + "LiberationSans-BoldItalic.ttf"},
    "narrow": {"": LB + "LiberationSansNarrow-Regular.ttf", "B": LB + "LiberationSansNarrow-Bold.ttf",
               "I": LB + "LiberationSansNarrow-Italic.ttf", "BI": LB + "LiberationSansNarrow-BoldItalic.ttf"},
    "lserif": {"": LB + "LiberationSerif-Regular.ttf", "B": LB + "LiberationSerif-Bold.ttf",
               "I": LB + "LiberationSerif-Italic.ttf", "BI": LB + "LiberationSerif-BoldItalic.ttf"},
    "mono": {"": LB + "LiberationMono-Regular.ttf", "B": LB + "LiberationMono-Bold.ttf"},
}
PT = 25.4 / 72.0  # mm per point


# ----------------------------------------------------------------------------- images
def photo(w=240, h=300, bg=(214, 214, 214), fg=(150, 150, 150), round_bg=None):
    """Grey silhouette placeholder; if round_bg is given the photo is a disc on that colour."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w // 2
    d.ellipse([cx - w * 0.20, h * 0.16, cx + w * 0.20, h * 0.16 + w * 0.44], fill=fg)
    d.ellipse([cx - w * 0.42, h * 0.62, cx + w * 0.42, h * 1.25], fill=fg)
    if round_bg is None:
        return im
    s = min(w, h)
    sq = im.crop(((w - s) // 2, (h - s) // 2, (w - s) // 2 + s, (h - s) // 2 + s))
    big = Image.new("L", (s * 4, s * 4), 0)
    ImageDraw.Draw(big).ellipse([0, 0, s * 4 - 1, s * 4 - 1], fill=255)
    mask = big.resize((s, s), Image.LANCZOS)
    out = Image.new("RGB", (s, s), round_bg)
    out.paste(sq, (0, 0), mask)
    return out


def png_bytes(im):
    b = io.BytesIO()
    im.save(b, format="PNG")
    b.seek(0)
    return b


# ----------------------------------------------------------------------------- PDF helpers
class PDF(FPDF):
    def __init__(self, title, bottom=287.0):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author("blind13")
        self.set_creator("make_blind13.py")
        self.set_subject("resume")
        self._reg = set()
        self.bottom = bottom

    def f(self, fam, st="", sz=10):
        if (fam, st) not in self._reg:
            self.add_font(fam, st, FONTFILES[fam][st])
            self._reg.add((fam, st))
        self.set_font(fam, st, sz)

    def need_fonts(self, fam, styles=("", "B", "I", "BI")):
        for st in styles:
            if (fam, st) not in self._reg and st in FONTFILES[fam]:
                self.add_font(fam, st, FONTFILES[fam][st])
                self._reg.add((fam, st))

    def chk(self, y):
        if y > self.bottom + 0.01:
            raise RuntimeError("overflow on page %d: y=%.1f" % (self.page_no(), y))

    def txt(self, x, y, s, fam="sans", st="", sz=10, col=(0, 0, 0), w=None, align="L", h=None):
        """One line of text with its top at y; returns y + h."""
        self.f(fam, st, sz)
        self.set_text_color(*col)
        h = h if h is not None else sz * PT * 1.35
        if w is None:
            w = self.get_string_width(s) + 0.2
        self.chk(y + h)
        self.set_xy(x, y)
        self.cell(w, h, s, align=align)
        return y + h

    def tw(self, s, fam, st, sz):
        self.f(fam, st, sz)
        return self.get_string_width(s)

    def para(self, x, y, w, s, fam="sans", st="", sz=9.5, col=(0, 0, 0), lh=None, align="L", md=False):
        self.f(fam, st, sz)
        if md:
            self.need_fonts(fam)
            self.set_font(fam, st, sz)
        self.set_text_color(*col)
        lh = lh if lh is not None else sz * PT * 1.4
        self.set_xy(x, y)
        self.multi_cell(w, lh, s, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
        self.chk(self.get_y())
        return self.get_y()

    def bullets(self, x, y, w, items, fam="sans", sz=9.5, col=(0, 0, 0), lh=None, sym="•",
                symcol=None, ind=3.8, gap=0.6, symfam=None):
        lh = lh if lh is not None else sz * PT * 1.4
        for it in items:
            self.txt(x, y, sym, symfam or fam, "", sz, symcol or col, h=lh)
            y = self.para(x + ind, y, w - ind, it, fam, "", sz, col, lh) + gap
        return y

    def fillrect(self, x, y, w, h, col):
        self.set_fill_color(*col)
        self.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, col=(0, 0, 0), lw=0.3):
        self.set_draw_color(*col)
        self.set_line_width(lw)
        self.line(x1, y, x2, y)

    def dot(self, cx, cy, r, col):
        self.set_fill_color(*col)
        self.circle(cx, cy, r, style="F")

    def save(self, path):
        self.output(path)


def smallcaps(pdf, x, y, text, fam, st, big, small, col, h):
    """Simulated small capitals: first letter of each word at `big`, the rest as capitals at `small`,
    all on one baseline.  Returns the x after the text."""
    pdf.need_fonts(fam, (st,))
    base = y + h * 0.5 + big * PT * 0.35  # a common baseline
    words = text.split(" ")
    pdf.set_text_color(*col)
    for i, wd in enumerate(words):
        if i:
            wd = " " + wd
        parts = []
        j = 0
        while j < len(wd):
            ch = wd[j]
            if ch == " ":
                parts.append((" ", small))
            elif j == (1 if i else 0) and ch.isalpha():
                parts.append((ch.upper(), big))
            else:
                parts.append((ch.upper(), small))
            j += 1
        # merge neighbours with the same size
        merged = []
        for s, z in parts:
            if merged and merged[-1][1] == z:
                merged[-1] = (merged[-1][0] + s, z)
            else:
                merged.append((s, z))
        for s, z in merged:
            pdf.set_font(fam, st, z)
            pdf.text(x, base, s)
            x += pdf.get_string_width(s)
    return x


# ----------------------------------------------------------------------------- DOCX helpers
def new_docx(font="Calibri", size=10.5, top=18, bottom=16, left=20, right=20, after=3, line=None):
    d = Document()
    sec = d.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(top)
    sec.bottom_margin = Mm(bottom)
    sec.left_margin = Mm(left)
    sec.right_margin = Mm(right)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(after)
    st.paragraph_format.space_before = Pt(0)
    if line:
        st.paragraph_format.line_spacing = line
    return d


def restyle(d, name, font=None, size=None, bold=None, italic=None, color=None, caps=None,
            small_caps=None, before=None, after=None, underline=None):
    st = d.styles[name]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in list(rfonts.attrib):
            del rfonts.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if caps is not None:
        st.font.all_caps = caps
    if small_caps is not None:
        st.font.small_caps = small_caps
    if underline is not None:
        st.font.underline = underline
    if before is not None:
        st.paragraph_format.space_before = Pt(before)
    if after is not None:
        st.paragraph_format.space_after = Pt(after)
    return st


def fmt_run(r, bold=None, italic=None, size=None, color=None, font=None, caps=None, small_caps=None,
            underline=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps is not None:
        r.font.all_caps = caps
    if small_caps is not None:
        r.font.small_caps = small_caps
    if underline is not None:
        r.underline = underline
    return r


def P(container, text="", style=None, align=None, before=None, after=None, indent=None, first=None,
      keep=None, **run):
    """Add a paragraph with one run; container is a Document or a table cell."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        fmt_run(p.add_run(text), **run)
    pf = p.paragraph_format
    if align:
        p.alignment = {"C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT,
                       "J": WD_ALIGN_PARAGRAPH.JUSTIFY, "L": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if keep:
        pf.keep_with_next = True
    return p


def R(p, text, **run):
    return fmt_run(p.add_run(text), **run)


def first_par(cell, text="", **kw):
    """Use the empty first paragraph of a new cell."""
    p = cell.paragraphs[0]
    align = kw.pop("align", None)
    before = kw.pop("before", None)
    after = kw.pop("after", None)
    if text:
        fmt_run(p.add_run(text), **kw)
    if align:
        p.alignment = {"C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT,
                       "L": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def tab_right(p, pos_mm):
    p.paragraph_format.tab_stops.add_tab_stop(Mm(pos_mm), WD_TAB_ALIGNMENT.RIGHT)


def tab_left(p, pos_mm):
    p.paragraph_format.tab_stops.add_tab_stop(Mm(pos_mm), WD_TAB_ALIGNMENT.LEFT)


def p_border(p, side="bottom", sz=6, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before shd/tabs/spacing/ind/jc in pPr; insert early
        ppr.insert(0, bdr) if ppr.find(qn("w:pStyle")) is None else ppr.insert(1, bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def style_border(st, side="bottom", sz=6, color="000000", space=1):
    ppr = st.element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert(0, bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def p_shade(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # keep schema order roughly: after pBdr
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is not None:
        bdr.addnext(shd)
    else:
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, shd)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_border(cell, **sides):
    """sides: bottom=('single', 8, '1F4E79') etc."""
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            val, sz, col = sides[side]
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), col)
            b.append(e)
    tcpr.append(b)


def cell_margins(table, top=0, bottom=0, left=80, right=80):
    tblpr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def table(container, rows, widths_mm, borders=False, style=None):
    t = container.add_table(rows=rows, cols=len(widths_mm))
    if style:
        t.style = style
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    if not borders:
        no_borders(t)
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    # grid columns
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))
    return t


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:vAlign")
    e.set(qn("w:val"), val)
    tcpr.append(e)


def save_docx(d, path, title):
    cp = d.core_properties
    cp.author = "blind13"
    cp.last_modified_by = "blind13"
    cp.title = title
    cp.subject = "resume"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ============================================================================= ENGLISH
def h00_en_sidebar(path):
    pdf = PDF("Priya Raman - CV")
    pdf.add_page()
    NAVY, TEAL, LT, WHITE, INK, GREY = (28, 52, 74), (0, 121, 121), (163, 214, 214), (255, 255, 255), (33, 33, 33), (105, 105, 105)
    # ---- sidebar (drawn first)
    pdf.fillrect(0, 0, 68, 297, NAVY)
    pdf.image(photo(round_bg=NAVY), 17, 12, 34, 34)
    pdf.txt(0, 50, "Priya Raman", "sans", "B", 17, WHITE, w=68, align="C")
    pdf.txt(0, 58.5, "Senior Data Engineer", "sans", "", 10, LT, w=68, align="C")

    def side_head(y, t):
        pdf.txt(8, y, t, "sans", "B", 10.5, WHITE)
        pdf.hline(8, 60, y + 6.3, LT, 0.3)
        return y + 8.8

    y = side_head(72, "CONTACT")
    for s in ["☎  +44 7700 900418", "✉  priya.raman@example.co.uk", "⌂  London, United Kingdom",
              "in  linkedin.com/in/priyaraman", "gh  github.com/praman-data"]:
        y = pdf.txt(8, y, s, "sans", "", 8.2, WHITE) + 0.9
    y = side_head(y + 5, "TECH STACK")
    for s in ["Python · Scala · SQL", "Apache Spark, Kafka, Flink", "Airflow, dbt, Dagster",
              "AWS: Glue, EMR, Redshift, S3", "Snowflake, BigQuery, Postgres", "Terraform, Docker, Kubernetes",
              "Great Expectations, Monte Carlo"]:
        y = pdf.txt(8, y, s, "sans", "", 8.4, WHITE) + 0.9
    y = side_head(y + 5, "LANGUAGES")
    for s in ["English — native", "Tamil — native", "German — B1 (Goethe)"]:
        y = pdf.txt(8, y, s, "sans", "", 8.4, WHITE) + 0.9
    y = side_head(y + 5, "CERTIFICATIONS")
    for s in ["AWS Certified Data Analytics – Specialty, 2023",
              "Databricks Certified Data Engineer Professional, 2022",
              "Certified Kubernetes Application Developer (CKAD), 2021"]:
        y = pdf.para(8, y, 54, s, "sans", "", 8.4, WHITE, lh=4.1) + 1.6

    # ---- main column
    X, W = 76, 124

    def head(y, t):
        pdf.fillrect(X, y + 1.2, 2.0, 5.2, TEAL)
        pdf.txt(X + 4.5, y, t, "sans", "B", 12.5, TEAL)
        return y + 9.5

    def job(y, title, dates, employer, items):
        pdf.txt(X, y, title, "sans", "B", 10.5, INK)
        pdf.txt(X, y + 0.4, dates, "sans", "", 8.8, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5.2, employer, "sans", "", 9.2, TEAL) + 0.8
        return pdf.bullets(X, y, W, items, "sans", 8.8, INK, lh=4.2, gap=0.4) + 3.2

    y = head(14, "PROFILE")
    y = pdf.para(X, y, W, "Data engineer with eight years of experience building batch and streaming platforms "
                 "for fintech and healthcare. I design pipelines that analysts trust: tested, observable and "
                 "documented. Currently leading a team of four engineers and looking for a staff-level role "
                 "with ownership of a modern lakehouse.", "sans", "", 9.2, INK, lh=4.5) + 5
    y = head(y, "EXPERIENCE")
    y = job(y, "Senior Data Engineer", "Mar 2021 – present", "Northwind Payments Ltd · London",
            ["Led the migration of 140 nightly Oracle jobs to Spark on EMR, cutting compute cost by 38 %.",
             "Built a Kafka/Flink fraud-signal stream processing 9k events per second at p99 < 2 s.",
             "Introduced data contracts and dbt tests; broken dashboards fell from 12 to 1 per month.",
             "Mentor to four engineers; ran the internal data-engineering guild."])
    y = job(y, "Data Engineer", "Sep 2018 – Feb 2021", "Brightline Analytics · Manchester",
            ["Designed the Airflow platform used by 30 analysts; wrote the onboarding guide.",
             "Delivered a Snowflake warehouse for three retail clients, including GDPR deletion workflows.",
             "Automated client reporting in Python, saving about 25 hours a week."])
    y = job(y, "Graduate Software Developer", "Sep 2016 – Aug 2018", "Meridian Health Partners · Leeds",
            ["Maintained HL7 integration services in Java and SQL Server.",
             "Rotated through QA, infrastructure and analytics teams."])
    y = head(y + 1, "EDUCATION")
    pdf.txt(X, y, "MSc Computer Science", "sans", "B", 10.2, INK)
    pdf.txt(X, y + 0.3, "2015 – 2016", "sans", "", 8.8, GREY, w=W, align="R")
    y = pdf.txt(X, y + 5.0, "University of Manchester — Distinction", "sans", "", 9.2, TEAL) + 2.2
    pdf.txt(X, y, "BSc Mathematics", "sans", "B", 10.2, INK)
    pdf.txt(X, y + 0.3, "2012 – 2015", "sans", "", 8.8, GREY, w=W, align="R")
    y = pdf.txt(X, y + 5.0, "University of Leeds — First-class honours", "sans", "", 9.2, TEAL) + 5
    y = head(y, "SIDE PROJECTS")
    y = pdf.txt(X, y, "tubewatch", "sans", "B", 9.8, INK)
    y = pdf.para(X, y, W, "Open-source ingestion of TfL arrival data into DuckDB; 400+ stars on GitHub.",
                 "sans", "", 8.8, INK, lh=4.2) + 1.8
    y = pdf.txt(X, y, "dbt-lint-action", "sans", "B", 9.8, INK)
    y = pdf.para(X, y, W, "GitHub Action that checks dbt models for missing tests and owners; used by 60 teams.",
                 "sans", "", 8.8, INK, lh=4.2)
    pdf.save(path)


def h01_en_questions(path):
    pdf = PDF("Hannah Okafor - CV")
    pdf.add_page()
    CORAL, DARK, INK, GREY, PALE = (222, 94, 74), (60, 36, 32), (40, 40, 40), (110, 110, 110), (253, 238, 234)
    pdf.fillrect(0, 0, 210, 44, CORAL)
    pdf.txt(18, 11, "Hannah Okafor", "lserif", "B", 26, (255, 255, 255))
    pdf.txt(18, 23.5, "UX Researcher & Service Designer", "lsans", "I", 12, (255, 236, 230))
    pdf.txt(18, 32.5, "Bristol, UK   ·   +44 7911 123456   ·   hannah@okafor.design   ·   okafor.design",
            "lsans", "", 9, (255, 255, 255))
    XM, XC, W = 18, 48, 144  # margin column for dates, content column

    def head(y, t):
        pdf.txt(XM, y, t, "lserif", "BI", 14, CORAL)
        return y + 8

    def entry(y, dates, title, org, items=None, hl=None):
        pdf.txt(XM, y + 0.5, dates, "lsans", "", 8.6, GREY)
        pdf.txt(XC, y, title, "lsans", "B", 10.5, DARK)
        y = pdf.txt(XC, y + 5.1, org, "lsans", "I", 9.3, GREY) + 0.8
        if items:
            y = pdf.bullets(XC, y, W, items, "lsans", 9.2, INK, lh=4.3, gap=0.3)
        if hl:
            y = pdf.txt(XC, y + 0.6, "Highlights", "lsans", "B", 9.2, CORAL) + 0.3
            y = pdf.bullets(XC, y, W, hl, "lsans", 9.2, INK, lh=4.3, gap=0.3, sym="–")
        return y + 2.2

    y = head(52, "Who am I?")
    y = pdf.para(XC, y, W, "A researcher who likes messy problems. For nine years I have helped public services and "
                 "start-ups understand the people they serve – through interviews, diary studies, usability "
                 "testing and the occasional wall of sticky notes – and turned that insight into services that "
                 "work on the first try.", "lsans", "", 9.6, INK, lh=4.6) + 4
    y = head(y, "What have I been doing?")
    y = entry(y, "2022 – now", "Lead UX Researcher", "Hartwell & Co. Digital, Bristol",
              ["Lead a research team of three across the claims and payments journeys.",
               "Set up the research repository and a fortnightly insight show-and-tell."],
              ["Redesigned claims form reduced drop-out from 41 % to 17 %.",
               "Recruited a panel of 600 customers with access needs."])
    y = entry(y, "2018 – 2022", "Senior User Researcher", "Government Digital Service (contract), London",
              ["Ran discovery and alpha research for two GOV.UK services passing service assessment.",
               "Coached product teams on accessible research with disabled users."])
    y = entry(y, "2016 – 2018", "Service Designer", "Common Thread Studio, Cardiff",
              ["Blueprinted patient journeys for three NHS Wales health boards."])
    y = head(y + 1, "Where did I learn it?")
    y = entry(y, "2015 – 2016", "MA Service Design", "Royal College of Art, London")
    y = entry(y, "2011 – 2014", "BSc Psychology", "University of Exeter – 2:1")
    y = head(y + 1, "What am I good at?")
    y = pdf.para(XC, y, W, "Interviewing and contextual inquiry · usability testing (moderated and remote) · survey "
                 "design · journey mapping and service blueprints · workshop facilitation · Figma, Miro, Dovetail, "
                 "Optimal Workshop · basic R for survey analysis", "lsans", "", 9.4, INK, lh=4.6) + 3.5
    y = head(y, "Which languages do I speak?")
    y = pdf.para(XC, y, W, "English (native) · Igbo (conversational) · French (B2)", "lsans", "", 9.4, INK,
                 lh=4.6) + 3.5
    y = head(y, "What do I do outside work?")
    y = pdf.para(XC, y, W, "Open-water swimming, letterpress printing and far too many board games.", "lsans", "",
                 9.4, INK, lh=4.6) + 3.5
    y = head(y, "Who can vouch for me?")
    pdf.para(XC, y, W, "References are happily provided on request.", "lsans", "", 9.4, INK, lh=4.6)
    pdf.save(path)


def h02_en_academic(path):
    pdf = PDF("Helena Marsh - Curriculum Vitae", bottom=280)
    INK, GREY = (20, 20, 20), (90, 90, 90)
    X, W, XR = 22, 166, 188  # content from X, years right-aligned at XR

    def footer():
        pdf.bottom = 292
        pdf.txt(0, 285, "Helena Marsh · Curriculum Vitae · page %d of 2" % pdf.page_no(), "lserif", "I", 8.5, GREY,
                w=210, align="C")
        pdf.bottom = 280

    def newpage():
        pdf.add_page()
        footer()
        return 20

    y = newpage()
    pdf.txt(0, y, "Helena Marsh, Ph.D.", "lserif", "B", 18, INK, w=210, align="C")
    pdf.txt(0, y + 8.5, "Curriculum Vitae", "lserif", "I", 12, GREY, w=210, align="C")
    pdf.txt(0, y + 15.5, "Department of Earth and Environmental Sciences · University of Michigan · Ann Arbor, MI 48109",
            "lserif", "", 9.5, INK, w=210, align="C")
    pdf.txt(0, y + 20.5, "hmarsh@umich.example.edu · (734) 555-0182 · orcid.org/0000-0002-1825-0097", "lserif", "",
            9.5, INK, w=210, align="C")
    y += 30

    def head(y, t):
        pdf.txt(X, y, t, "lserif", "B", 12.5, INK)
        pdf.hline(X, XR, y + 6.4, INK, 0.35)
        return y + 9

    def row(y, text, year="", bold_lead=None, lh=4.6, sz=10):
        if year:
            pdf.txt(XR - 30, y, year, "lserif", "", sz, INK, w=30, align="R", h=lh)
        return pdf.para(X + 4, y, W - 38, text, "lserif", "", sz, INK, lh=lh) + 1.4

    y = head(y, "Research Interests")
    y = pdf.para(X + 4, y, W - 4, "Hydrology of glaciated catchments; groundwater–surface water exchange under "
                 "climate warming; isotopic tracers; data assimilation for sparse mountain observations.",
                 "lserif", "", 10, INK, lh=4.6) + 4
    y = head(y, "Academic Appointments")
    y = row(y, "Associate Professor, Department of Earth and Environmental Sciences, University of Michigan", "2021–")
    y = row(y, "Assistant Professor, Department of Earth and Environmental Sciences, University of Michigan",
            "2015–2021")
    y = row(y, "Postdoctoral Fellow, Swiss Federal Institute of Aquatic Science and Technology (Eawag), Dübendorf",
            "2013–2015") + 3
    y = head(y, "Education")
    y = row(y, "Ph.D., Geosciences, University of Arizona. Advisor: Prof. R. Delgado", "2013")
    y = row(y, "M.S., Hydrology, University of Arizona", "2009")
    y = row(y, "B.A., Geology and Mathematics, Carleton College, magna cum laude", "2007") + 3
    y = head(y, "Grants and Fellowships")
    y = row(y, "NSF CAREER Award, “Meltwater pathways in a warming Andes”, $612,000 (PI)", "2019–2024")
    y = row(y, "NASA Earth Surface and Interior program, $348,500 (Co-PI)", "2017–2020")
    y = row(y, "Sloan Research Fellowship in Earth System Science", "2016")
    y = row(y, "Marie Skłodowska-Curie Individual Fellowship (declined)", "2013") + 3
    y = head(y, "Peer-Reviewed Publications")
    y = pdf.txt(X + 4, y, "Journal articles", "lserif", "BI", 10.3, INK) + 1
    pubs = [
        "Ortiz, L., Marsh, H., & Kern, P. (2025). Subglacial drainage reorganisation inferred from radon-222. "
        "Water Resources Research, 61, e2024WR038112.",
        "Marsh, H., Ortiz, L., Yu, S., & Bauer, T. (2024). Groundwater buffers late-summer flow in proglacial "
        "valleys. Nature Geoscience, 17, 402–409.",
        "Chen, A., & Marsh, H. (2023). Ensemble Kalman filtering of sparse snow-pillow data. Hydrology and Earth "
        "System Sciences, 27, 1187–1203.",
        "Marsh, H., Bauer, T., & Delgado, R. (2021). Stable isotopes reveal bank storage in a braided river. "
        "Journal of Hydrology, 598, 126301.",
        "Yu, S., Marsh, H., & Finch, J. (2020). A decade of discharge from the Cordillera Blanca. Geophysical "
        "Research Letters, 47, e2020GL088745.",
        "Marsh, H., & Delgado, R. (2014). Recharge timing in semi-arid mountain fronts. Water Resources "
        "Research, 50, 7040–7058.",
    ]
    for i, ptxt in enumerate(pubs):
        if y > 262:
            y = newpage()
        pdf.txt(X + 4, y, "%d." % (len(pubs) - i), "lserif", "", 10, INK, h=4.6)
        y = pdf.para(X + 11, y, W - 11, ptxt, "lserif", "", 10, INK, lh=4.6) + 1.4
    if y > 250:
        y = newpage()
    y = pdf.txt(X + 4, y + 1, "Book chapters", "lserif", "BI", 10.3, INK) + 1
    for ptxt in ["Marsh, H. (2022). Mountain groundwater. In K. Singh (Ed.), Encyclopedia of Water (2nd ed., "
                 "pp. 211–224). Wiley.",
                 "Delgado, R., & Marsh, H. (2016). Isotope hydrology in arid basins. In Handbook of Environmental "
                 "Isotopes (pp. 88–105). Springer."]:
        if y > 262:
            y = newpage()
        y = pdf.para(X + 11, y, W - 11, ptxt, "lserif", "", 10, INK, lh=4.6) + 1.4
    if pdf.page_no() == 1:
        y = newpage()
    y += 3
    y = head(y, "Invited Talks")
    y = row(y, "Keynote, Mountain Hydrology Workshop, Innsbruck, Austria", "2025")
    y = row(y, "Department seminar, Stanford University, Earth System Science", "2024")
    y = row(y, "AGU Fall Meeting, invited session H041, San Francisco", "2022") + 3
    y = head(y, "Teaching")
    y = row(y, "EARTH 421 Physical Hydrology (undergraduate, 60 students), University of Michigan", "2015–")
    y = row(y, "EARTH 621 Isotope Hydrology (graduate seminar), University of Michigan", "2017–")
    y = row(y, "Supervision: 5 Ph.D. students (3 graduated), 7 M.S. students, 12 undergraduate theses") + 3
    y = head(y, "Professional Service")
    y = row(y, "Associate Editor, Water Resources Research", "2022–")
    y = row(y, "Panel member, NSF Hydrologic Sciences program", "2020, 2023")
    y = row(y, "Reviewer for Nature Geoscience, GRL, HESS, Journal of Hydrology and others") + 3
    y = head(y, "References")
    for r in ["Prof. Ramon Delgado, University of Arizona – rdelgado@arizona.example.edu",
              "Dr. Thomas Bauer, Eawag, Dübendorf – thomas.bauer@eawag.example.ch",
              "Prof. Susan Yu, University of Colorado Boulder – susan.yu@colorado.example.edu"]:
        y = row(y, r)
    pdf.save(path)


def h05_en_symbols(path):
    pdf = PDF("Marcus Delaney - CV")
    pdf.add_page()
    GREEN, INK, GREY = (27, 94, 32), (30, 30, 30), (100, 100, 100)
    X, W = 20, 170
    pdf.txt(X, 14, "MARCUS DELANEY", "lsans", "B", 22, INK)
    pdf.txt(X, 24, "Regional Sales Manager · Medical Devices", "lsans", "", 11.5, GREEN)
    pdf.txt(X, 31, "Dublin 6, Ireland  |  +353 87 555 0142  |  marcus.delaney@example.ie  |  Full clean driving licence",
            "lsans", "", 8.8, GREY)
    pdf.hline(X, X + W, 37.5, GREEN, 0.6)

    def head(y, t):
        pdf.txt(X, y, t, "sans", "B", 11.5, GREEN)
        return y + 7.6

    def company(y, name, place, dates, role, items=None, wins=None):
        pdf.txt(X, y, name, "lsans", "B", 10, INK)
        pdf.txt(X, y + 0.2, dates, "lsans", "", 9, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5, role + ", " + place, "lsans", "I", 9.6, INK) + 0.6
        if items:
            y = pdf.bullets(X + 2, y, W - 2, items, "lsans", 9.3, INK, lh=4.3, gap=0.2, sym="▪", symfam="sans",
                            symcol=GREEN)
        if wins:
            y = pdf.txt(X + 2, y + 0.5, "Key wins:", "lsans", "B", 9.3, INK) + 0.2
            y = pdf.bullets(X + 2, y, W - 2, wins, "lsans", 9.3, INK, lh=4.3, gap=0.2, sym="▪", symfam="sans",
                            symcol=GREEN)
        return y + 2.6

    y = head(43, "◆ Snapshot")
    y = pdf.para(X, y, W, "Commercially driven sales leader with 12 years in orthopaedic and cardiology devices "
                 "across Ireland and Northern Ireland. Consistently above quota, comfortable in theatre, and known "
                 "for building long-term relationships with consultants, procurement teams and HSE stakeholders.",
                 "lsans", "", 9.6, INK, lh=4.6) + 4
    y = head(y, "◆ Track Record")
    y = company(y, "HALVERSON MEDICAL IRELAND LTD", "Dublin", "Jan 2020 – Present", "Regional Sales Manager",
                ["Manage a team of six territory managers and a €14.2m annual budget.",
                 "Negotiated the national framework agreement for hip and knee implants (2023–2027).",
                 "Introduced CRM discipline in Salesforce; forecast accuracy improved to 94 %."],
                ["Team achieved 118 % of target in 2023 and 109 % in 2024.",
                 "Won two competitive tenders worth €3.1m at University Hospital Galway."])
    y = company(y, "CARDIOTEK EUROPE B.V.", "Cork", "Mar 2015 – Dec 2019", "Senior Territory Manager",
                ["Covered Munster for pacemakers and ICDs; supported 400+ implant procedures.",
                 "Trained cath-lab nurses and technicians on new device programming."],
                ["President's Club 2017 and 2018.", "Grew territory revenue from €2.4m to €4.0m."])
    y = company(y, "PHARMALINK DISTRIBUTION", "Limerick", "Sep 2012 – Feb 2015", "Sales Representative",
                ["Primary-care sales of wound-care products to 220 GP practices and pharmacies."])
    y = head(y + 1, "◆ Toolkit")
    y = pdf.para(X, y, W, "Key account management · tender writing · value-based selling · theatre protocols · "
                 "Salesforce, Power BI, MS Office · coaching and performance reviews", "lsans", "", 9.6, INK,
                 lh=4.6) + 4
    y = head(y, "◆ Schooling")
    y = pdf.para(X, y, W, "**BSc (Hons) Biomedical Science**, University of Limerick, 2008 – 2012 (2:1)",
                 "lsans", "", 9.6, INK, lh=4.6, md=True) + 4
    y = head(y, "◆ Credentials")
    y = pdf.bullets(X + 2, y, W - 2, ["Diploma in Sales Management, Irish Management Institute (2019)",
                                      "Certified Medical Sales Representative (CMSR), 2014",
                                      "Theatre Access Passport, HSE Acute Hospitals (renewed 2024)"],
                    "lsans", 9.3, INK, lh=4.3, gap=0.2, sym="▪", symfam="sans", symcol=GREEN) + 3
    y = head(y, "◆ Recognition")
    y = pdf.bullets(X + 2, y, W - 2, ["Halverson EMEA Sales Leader of the Year, 2023",
                                      "CardioTek President's Club, 2017 & 2018"],
                    "lsans", 9.3, INK, lh=4.3, gap=0.2, sym="▪", symfam="sans", symcol=GREEN) + 3
    y = head(y, "◆ Beyond the Desk")
    pdf.para(X, y, W, "Coach an under-12 GAA hurling team in Rathmines; sea kayaking; amateur photography.",
             "lsans", "", 9.6, INK, lh=4.6)
    pdf.save(path)


def h03_en_wordstyles(path):
    d = new_docx("Calibri", 10.5, top=16, bottom=14, left=20, right=20, after=2)
    P(d, "Grace Whitfield", style="Title")
    P(d, "Registered Nurse (RN), BSN · Critical Care", style="Subtitle")
    P(d, "Columbus, OH 43215  ·  (614) 555-0127  ·  grace.whitfield@example.com  ·  Ohio RN License #RN.512987",
      size=9.5, after=6)

    def H(t):
        P(d, t, style="Heading 1", before=12, after=4)

    def job(title, dates, employer, items, hl=None):
        p = P(d, before=5, after=0)
        tab_right(p, 170)
        R(p, title, bold=True)
        R(p, "\t" + dates)
        P(d, employer, italic=True, after=2)
        for it in items:
            P(d, it, style="List Bullet", after=0)
        if hl:
            P(d, "Unit highlights", bold=True, before=3, after=0)
            for it in hl:
                P(d, it, style="List Bullet", after=0)

    H("Professional Summary")
    P(d, "Critical-care nurse with seven years of ICU and step-down experience in a Level I trauma centre. "
         "Skilled in ventilator management, CRRT and rapid-response situations; preceptor for new graduates "
         "and member of the unit practice council. Seeking a charge-nurse role in a Magnet-designated hospital.")
    H("Clinical Experience")
    job("Staff Nurse II, Surgical ICU", "Jun 2021 – Present",
        "Ohio State Wexner Medical Center, Columbus, OH",
        ["Care for 1–2 critically ill post-surgical and trauma patients per 12-hour shift.",
         "Manage arterial lines, vasoactive drips, CRRT and post-cardiac-surgery protocols.",
         "Serve as relief charge nurse on a 28-bed unit two shifts per pay period."],
        ["Led the CAUTI bundle audit that reduced infections by 45 % in 2023.",
         "Precepted nine new-graduate nurses through residency."])
    job("Registered Nurse, Progressive Care Unit", "Jul 2018 – May 2021",
        "Mount Carmel East Hospital, Columbus, OH",
        ["Provided telemetry monitoring and titration for cardiac and pulmonary patients.",
         "Member of the rapid-response team during the COVID-19 surge (2020–2021)."],
        ["Received the DAISY Award for Extraordinary Nurses (2020)."])
    job("Patient Care Technician", "May 2016 – Jun 2018", "Riverside Methodist Hospital, Columbus, OH",
        ["Vital signs, ADLs, phlebotomy and EKGs on a 32-bed medical-surgical floor."])
    H("Education")
    p = P(d, after=1)
    R(p, "Bachelor of Science in Nursing (BSN)", bold=True)
    R(p, ", The Ohio State University, Columbus, OH – 2018, cum laude")
    p = P(d, after=1)
    R(p, "Associate of Applied Science, Health Sciences", bold=True)
    R(p, ", Columbus State Community College – 2015")
    H("Licensure & Certifications")
    for c in ["Registered Nurse, State of Ohio (active, expires 08/2027)",
              "CCRN – Critical Care Registered Nurse (Adult), AACN, 2022",
              "ACLS and BLS Provider, American Heart Association (renewed 2025)",
              "TNCC – Trauma Nursing Core Course, 2021"]:
        P(d, c, style="List Bullet", after=0)
    H("Clinical Skills")
    t = table(d, 3, [56, 56, 58])
    skills = ["Ventilator management", "CRRT / dialysis", "Arterial & central lines", "Sepsis protocols",
              "Epic EHR documentation", "Pyxis & Omnicell", "Wound care & VAC", "Patient education",
              "Conflict de-escalation"]
    for i, s in enumerate(skills):
        first_par(t.cell(i // 3, i % 3), "• " + s, after=1)
    H("Professional Affiliations")
    P(d, "American Association of Critical-Care Nurses (AACN), member since 2019; Central Ohio Chapter "
         "secretary 2023–2024.")
    H("Volunteer Work")
    P(d, "Free Clinic of Columbus – volunteer nurse, one Saturday a month (2019 – present). Red Cross blood "
         "drives – donor screening volunteer.")
    save_docx(d, path, "Grace Whitfield - Resume")


def h04_en_labelcol(path):
    d = new_docx("Georgia", 10, top=16, bottom=14, left=18, right=18, after=2)
    P(d, "Oliver Brennan", size=22, bold=True, after=0, color="1F2937")
    P(d, "ACCA-qualified Financial Controller", size=12.5, color="6B7280", after=2)
    P(d, "Leeds LS6  ·  07700 900 731  ·  oliver.brennan@example.co.uk  ·  linkedin.com/in/obrennan", size=9,
      after=8)
    t = table(d, 7, [40, 134])
    cell_margins(t, top=60, bottom=60, left=60, right=60)
    GREY = "4B5563"

    def label(r, text):
        c = t.cell(r, 0)
        first_par(c, text, bold=True, small_caps=True, color=GREY, size=11)
        for i in (0, 1):
            cell_border(t.cell(r, i), top=("single", 6, "9CA3AF"))
        return t.cell(r, 1)

    c = label(0, "Personal statement")
    first_par(c, "Financial controller with 11 years' experience in logistics and manufacturing groups, "
                 "including two ERP implementations and a private-equity exit. I like tidy ledgers, "
                 "quick month-ends and finance teams that business partners actually want to talk to.")
    c = label(1, "Career history")

    def employer(c, name, dates, role, items, first=False):
        p = first_par(c) if first else c.add_paragraph()
        p.paragraph_format.space_before = Pt(0 if first else 6)
        tab_right(p, 128)
        R(p, name, bold=True)
        R(p, "\t" + dates, size=9, color=GREY)
        P(c, role, italic=True, after=2)
        for it in items:
            P(c, "–  " + it, indent=4, first=-4, after=1)

    employer(c, "HARGREAVES LOGISTICS PLC, Leeds", "2019 – present", "Financial Controller (UK & Ireland)",
             ["Own monthly close for 14 entities (£210m revenue); close cut from 9 to 4 working days.",
              "Led finance workstream of the Microsoft Dynamics 365 roll-out, on time and under budget.",
              "Manage a team of eight; two trainees qualified with ACCA under my supervision."], first=True)
    employer(c, "ASHWORTH PACKAGING GROUP, Bradford", "2015 – 2019", "Group Financial Accountant",
             ["Statutory accounts and consolidation under FRS 102; audit lead with the group auditors.",
              "Built the vendor due-diligence pack for the 2018 sale to a private-equity buyer."])
    employer(c, "HOLLIS & WRAY LLP, Leeds", "2012 – 2015", "Audit Senior",
             ["Audits of manufacturing and retail clients with turnover of £20m to £400m."])
    c = label(2, "Education")
    p = first_par(c)
    R(p, "BA (Hons) Accounting and Finance", bold=True)
    R(p, " – University of Sheffield, 2012 (First)")
    P(c, "A-levels: Mathematics (A*), Economics (A), Geography (A) – Leeds Grammar School, 2009", after=1)
    c = label(3, "Professional qualifications")
    first_par(c, "FCCA – Fellow of the Association of Chartered Certified Accountants (member since 2015)")
    P(c, "Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate (2021)", after=1)
    c = label(4, "Key skills")
    first_par(c, "Month-end close and consolidation · IFRS and FRS 102 · cash-flow forecasting · audit "
                 "management · ERP implementation · Power BI and advanced Excel · team leadership")
    c = label(5, "Interests")
    first_par(c, "Fell running (Yorkshire Three Peaks, 2023), treasurer of Headingley Cricket Club juniors, "
                 "and learning the piano badly.")
    c = label(6, "Referees")
    first_par(c, "Available on request.")
    save_docx(d, path, "Oliver Brennan - CV")


# ============================================================================= GERMAN
def h06_de_klassisch(path):
    d = new_docx("Arial", 10.5, top=18, bottom=16, left=22, right=20, after=2)
    st = restyle(d, "Heading 2", font="Arial", size=12, bold=True, italic=False, color="404040", caps=True,
                 before=14, after=5)
    style_border(st, "bottom", 6, "808080", 2)
    P(d, "Lebenslauf", size=22, bold=True, after=10)

    def H(t):
        P(d, t, style="Heading 2")

    def dated(rows, bold_first=True):
        t = table(d, len(rows), [40, 128])
        cell_margins(t, top=20, bottom=60, left=0, right=60)
        for i, (date, lines) in enumerate(rows):
            first_par(t.cell(i, 0), date)
            c = t.cell(i, 1)
            for j, ln in enumerate(lines):
                if j == 0:
                    first_par(c, ln, bold=bold_first)
                elif ln.startswith("- "):
                    P(c, "–  " + ln[2:], indent=4, first=-4, after=0)
                else:
                    P(c, ln, after=0)
        return t

    H("Persönliche Daten")
    t = table(d, 6, [40, 88, 40])
    rows = [("Name", "Anna Schäfer"), ("Anschrift", "Wilhelmshöher Allee 118, 34119 Kassel"),
            ("Telefon", "0561 98 76 54 3"), ("E-Mail", "anna.schaefer@example.de"),
            ("Geburtsdatum/-ort", "03.05.1993 in Fulda"), ("Staatsangehörigkeit", "deutsch")]
    for i, (a, b) in enumerate(rows):
        first_par(t.cell(i, 0), a)
        first_par(t.cell(i, 1), b)
    m = t.cell(0, 2).merge(t.cell(5, 2))
    pp = m.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pp.add_run().add_picture(png_bytes(photo()), width=Mm(30))
    H("Beruflicher Werdegang")
    dated([("seit 10/2019", ["Projektingenieurin Elektrotechnik", "Stadtwerke Kassel Netz GmbH, Kassel",
                             "- Planung und Bauüberwachung von Umspannwerken (110/20 kV)",
                             "- Ausschreibung und Vergabe von Sekundärtechnik nach VOB",
                             "- Fachliche Anleitung von zwei Technikerinnen und einem Werkstudenten"]),
           ("04/2017 – 09/2019", ["Ingenieurin im Bereich Netzplanung", "Elektro Hessen-Nord AG, Baunatal",
                                  "- Netzberechnungen mit PowerFactory und Anschlussprüfungen für PV-Anlagen",
                                  "- Mitarbeit im Projekt „Smart Grid Nordhessen“"]),
           ("03/2016 – 08/2016", ["Praktikum", "Energiewerk Fulda GmbH, Fulda",
                                  "- Unterstützung bei der Inbetriebnahme einer Ortsnetzstation"])])
    H("Studium")
    dated([("10/2014 – 03/2017", ["Master of Science Elektrotechnik", "Universität Kassel",
                                  "Schwerpunkt Elektrische Energieversorgung, Abschlussnote 1,6",
                                  "Masterarbeit: „Spannungshaltung in Mittelspannungsnetzen mit hoher PV-Einspeisung“"]),
           ("10/2011 – 09/2014", ["Bachelor of Science Elektrotechnik", "Hochschule Fulda", "Abschlussnote 2,0"])])
    H("Schulbildung")
    dated([("08/2003 – 06/2011", ["Allgemeine Hochschulreife", "Freiherr-vom-Stein-Schule, Fulda", "Note 1,9"])])
    H("Weiterbildungen")
    dated([("11/2023", ["Schaltberechtigung bis 110 kV (BGV A3), TÜV Hessen"]),
           ("05/2022", ["Projektmanagement nach PRINCE2® Foundation"]),
           ("02/2020", ["Arbeitssicherheit: Verantwortliche Elektrofachkraft (VEFK), VDE-Akademie"])],
          bold_first=False)
    H("EDV-Kenntnisse")
    t = table(d, 3, [40, 128])
    for i, (a, b) in enumerate([("Fachsoftware", "DIgSILENT PowerFactory, NEPLAN, ELCAD, AutoCAD Electrical"),
                                ("Büro", "MS Office (sehr gut), SAP PM (gut)"),
                                ("Programmierung", "Python, MATLAB (Grundkenntnisse)")]):
        first_par(t.cell(i, 0), a)
        first_par(t.cell(i, 1), b)
    H("Sprachkenntnisse")
    t = table(d, 3, [40, 128])
    for i, (a, b) in enumerate([("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)"),
                                ("Spanisch", "Grundkenntnisse (A2)")]):
        first_par(t.cell(i, 0), a)
        first_par(t.cell(i, 1), b)
    H("Ehrenamtliches Engagement")
    dated([("seit 2015", ["Freiwillige Feuerwehr Kassel-Wehlheiden, Gruppenführerin"]),
           ("2012 – 2016", ["Fachschaft Elektrotechnik, Vertreterin im Fachbereichsrat"])], bold_first=False)
    H("Hobbys")
    P(d, "Klettern, Rennradfahren, Chorgesang")
    P(d, "Kassel, 12. Januar 2026", before=18, after=14)
    P(d, "Anna Schäfer", italic=True, size=13)
    save_docx(d, path, "Lebenslauf Anna Schäfer")


def h07_de_seitenleiste(path):
    pdf = PDF("Lebenslauf Jonas Weber")
    pdf.add_page()
    PET, PALE, INK, GREY, WHITE = (0, 92, 107), (234, 241, 242), (34, 34, 34), (100, 100, 100), (255, 255, 255)
    pdf.fillrect(0, 0, 210, 36, PET)
    pdf.txt(14, 9, "Jonas Weber", "sans", "B", 24, WHITE)
    pdf.txt(14, 21, "Fullstack-Entwickler · TypeScript & Java", "sans", "", 11.5, (190, 226, 231))
    X, W = 14, 114

    def head(y, t):
        pdf.fillrect(X, y, W, 7, PET)
        pdf.txt(X + 3, y + 0.6, t, "sans", "B", 10.5, WHITE)
        return y + 10.5

    def job(y, title, dates, org, items):
        pdf.txt(X, y, title, "sans", "B", 10, INK)
        pdf.txt(X, y + 0.3, dates, "sans", "", 8.5, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5, org, "sans", "", 8.3, PET) + 0.6
        return pdf.bullets(X, y, W, items, "sans", 8.6, INK, lh=4.1, gap=0.3) + 3

    y = head(44, "Profil")
    y = pdf.para(X, y, W, "Softwareentwickler mit sechs Jahren Erfahrung in Webanwendungen für Logistik und "
                 "E-Commerce. Ich mag saubere Schnittstellen, automatisierte Tests und kurze Wege zwischen "
                 "Fachbereich und Entwicklung.", "sans", "", 9, INK, lh=4.4) + 4
    y = head(y, "Berufserfahrung")
    y = job(y, "Senior Fullstack-Entwickler", "seit 04/2022", "HANSEATIC CARGO SOLUTIONS GMBH · HAMBURG",
            ["Entwicklung einer Sendungsverfolgung (React, Spring Boot) für 1,2 Mio. Sendungen/Tag",
             "Einführung von Contract-Tests und Trunk-based Development im Team (7 Personen)",
             "Technische Leitung der Migration von On-Premises nach AWS"])
    y = job(y, "Softwareentwickler", "08/2019 – 03/2022", "NORDLICHT COMMERCE AG · KIEL",
            ["Shop-Backend in Java/Kotlin, Anbindung von Zahlungsdienstleistern",
             "Aufbau einer Komponentenbibliothek in TypeScript und Storybook"])
    y = job(y, "Werkstudent Softwareentwicklung", "10/2017 – 07/2019", "ELBE DATA GMBH · HAMBURG",
            ["Wartung interner Tools in PHP und Vue.js"])
    y = head(y + 1, "Ausbildung")
    pdf.txt(X, y, "B.Sc. Informatik", "sans", "B", 10, INK)
    pdf.txt(X, y + 0.3, "2015 – 2019", "sans", "", 8.5, GREY, w=W, align="R")
    y = pdf.txt(X, y + 5, "TECHNISCHE UNIVERSITÄT HAMBURG", "sans", "", 8.3, PET) + 0.5
    y = pdf.para(X, y, W, "Bachelorarbeit: Ereignisgesteuerte Architekturen in der Hafenlogistik (Note 1,3)",
                 "sans", "", 8.6, INK, lh=4.1) + 3
    pdf.txt(X, y, "Abitur", "sans", "B", 10, INK)
    pdf.txt(X, y + 0.3, "2015", "sans", "", 8.5, GREY, w=W, align="R")
    y = pdf.txt(X, y + 5, "THOMAS-MANN-SCHULE · LÜBECK", "sans", "", 8.3, PET) + 4
    y = head(y, "Projekte")
    y = pdf.para(X, y, W, "**kita-platz.de** – ehrenamtlich entwickelte Plattform zur Vergabe von Kita-Plätzen "
                 "im Bezirk Altona (Next.js, PostgreSQL)", "sans", "", 8.8, INK, lh=4.3, md=True) + 1.5
    y = pdf.para(X, y, W, "**gradle-license-check** – Open-Source-Plugin zur Lizenzprüfung, 250 Sterne auf GitHub",
                 "sans", "", 8.8, INK, lh=4.3, md=True)

    # ---- sidebar drawn after the main column
    SX, SW = 138, 60
    pdf.fillrect(134, 36, 76, 261, PALE)

    def shead(y, t):
        pdf.txt(SX, y, t, "sans", "B", 11, PET)
        pdf.hline(SX, SX + pdf.tw(t, "sans", "B", 11), y + 6, PET, 0.5)
        return y + 9

    y = shead(44, "Kontakt")
    for s in ["Stresemannstraße 41", "22769 Hamburg", "+49 176 1234 5678", "jonas.weber@example.de",
              "github.com/jweber-dev", "Jahrgang 1996"]:
        y = pdf.txt(SX, y, s, "sans", "", 8.6, INK) + 0.8
    y = shead(y + 5, "Tech-Stack")
    for s in ["TypeScript, React, Next.js", "Java 17, Kotlin, Spring Boot", "PostgreSQL, Redis, Kafka",
              "Docker, Kubernetes, AWS", "JUnit, Playwright, Pact", "GitLab CI, Terraform"]:
        y = pdf.txt(SX, y, s, "sans", "", 8.6, INK) + 0.8
    y = shead(y + 5, "Sprachen")
    for s, lvl in [("Deutsch (Muttersprache)", 1.0), ("Englisch (C1)", 0.8), ("Dänisch (A2)", 0.3)]:
        y = pdf.txt(SX, y, s, "sans", "", 8.6, INK) + 0.5
        pdf.fillrect(SX, y, SW, 1.6, (200, 214, 217))
        pdf.fillrect(SX, y, SW * lvl, 1.6, PET)
        y += 4
    y = shead(y + 4, "Interessen")
    y = pdf.para(SX, y, SW, "Segeln auf der Alster, Open-Source-Beiträge, Brettspiele und Kochen für Freunde",
                 "sans", "", 8.6, INK, lh=4.2)
    pdf.save(path)


def h08_de_nummeriert(path):
    pdf = PDF("Lebenslauf Stefan Kröger")
    pdf.add_page()
    RED, INK, GREY = (150, 30, 40), (25, 25, 25), (95, 95, 95)
    XD, X, W = 18, 52, 140
    pdf.txt(XD, 15, "Dipl.-Ing. Stefan Kröger", "serif", "B", 20, INK)
    pdf.txt(XD, 25, "Maschinenbauingenieur | Konstruktion & Entwicklung", "serif", "I", 11, RED)
    pdf.txt(XD, 32, "Am Lindenhof 7, 68163 Mannheim  •  0621 555 23 41  •  s.kroeger@example.de  •  geb. 1984",
            "serif", "", 8.6, GREY)
    pdf.hline(XD, 192, 38.5, INK, 0.4)

    def head(y, n, t):
        pdf.txt(XD, y, n, "serif", "B", 12.5, RED)
        pdf.txt(XD + 8, y, t, "serif", "B", 12.5, INK)
        return y + 8

    def station(y, dates, org, role, items):
        pdf.txt(XD, y + 0.2, dates, "serif", "", 8.6, GREY, h=4.6)
        pdf.txt(X, y, org, "serif", "B", 9.8, INK, h=4.6)
        y = pdf.txt(X, y + 4.8, role, "serif", "I", 9.4, INK) + 0.4
        return pdf.bullets(X, y, W, items, "serif", 8.8, INK, lh=4.2, gap=0.2, sym="–") + 2.6

    y = head(44, "1.", "Kurzprofil")
    y = pdf.para(X, y, W, "Konstruktionsingenieur mit 14 Jahren Erfahrung in der Entwicklung von Getrieben und "
                 "Antriebssträngen für Land- und Baumaschinen. Erfahren in der Führung interdisziplinärer "
                 "Projektteams, in FEM-gestützter Auslegung und in der Zusammenarbeit mit Zulieferern in "
                 "Deutschland, Italien und China.", "serif", "", 9.2, INK, lh=4.5) + 4
    y = head(y, "2.", "Berufliche Stationen")
    y = station(y, "seit 01/2018", "Rheintal Antriebstechnik AG, Mannheim", "Teamleiter Getriebekonstruktion",
                ["Fachliche und disziplinarische Leitung von 9 Konstrukteuren und 2 Berechnungsingenieuren",
                 "Verantwortung für die Baureihe RT-400 (Lastschaltgetriebe bis 300 kW) vom Konzept bis zur SOP",
                 "Senkung der Herstellkosten um 11 % durch Gleichteilestrategie"])
    y = station(y, "03/2012 – 12/2017", "Kurpfalz Landmaschinen GmbH, Ladenburg", "Entwicklungsingenieur",
                ["Auslegung von Zapfwellengetrieben, Festigkeitsnachweise nach DIN 3990 und FKM-Richtlinie",
                 "Betreuung von Prüfstandsversuchen und Auswertung von Lastkollektiven"])
    y = station(y, "10/2010 – 02/2012", "Ingenieurbüro Hahn & Partner, Heidelberg", "Konstrukteur (Projektbasis)",
                ["3D-Konstruktion von Sondermaschinen für die Verpackungsindustrie"])
    y = head(y + 1, "3.", "Ausbildung")
    pdf.txt(XD, y + 0.2, "2004 – 2010", "serif", "", 8.6, GREY, h=4.6)
    pdf.txt(X, y, "Karlsruher Institut für Technologie (KIT)", "serif", "B", 9.8, INK, h=4.6)
    y = pdf.para(X, y + 4.8, W, "Diplom-Ingenieur Maschinenbau, Vertiefung Antriebssystemtechnik; Diplomarbeit "
                 "bei einem Nutzfahrzeughersteller (Note: gut)", "serif", "", 9, INK, lh=4.3) + 2
    pdf.txt(XD, y + 0.2, "1995 – 2004", "serif", "", 8.6, GREY, h=4.6)
    pdf.txt(X, y, "Lessing-Gymnasium Mannheim", "serif", "B", 9.8, INK, h=4.6)
    y = pdf.txt(X, y + 4.8, "Abitur", "serif", "", 9, INK) + 4
    y = head(y, "4.", "Fachkenntnisse")
    for lab, val in [("CAD/PDM:", "Siemens NX, CATIA V5, Teamcenter"),
                     ("Berechnung:", "ANSYS Mechanical, KISSsoft, MDESIGN"),
                     ("Methoden:", "FMEA, DFMA, Toleranzanalyse, APQP"),
                     ("Normen:", "DIN 3990, ISO 6336, Maschinenrichtlinie 2006/42/EG")]:
        pdf.txt(XD, y, lab, "serif", "B", 9, INK, h=4.6)
        y = pdf.txt(X, y, val, "serif", "", 9, INK, h=4.6) + 0.6
    y = head(y + 3, "5.", "Sprachen")
    y = pdf.para(X, y, W, "Deutsch (Muttersprache) · Englisch (verhandlungssicher) · Italienisch (gute Kenntnisse)",
                 "serif", "", 9, INK, lh=4.4) + 4
    y = head(y, "6.", "Zertifikate & Schulungen")
    y = pdf.bullets(X, y, W, ["Zertifizierter Projektmanager IPMA Level C (GPM), 2019",
                              "Six Sigma Green Belt, TÜV SÜD Akademie, 2016"], "serif", 9, INK, lh=4.3,
                    gap=0.2, sym="–") + 3
    y = head(y, "7.", "Mitgliedschaften")
    pdf.para(X, y, W, "VDI – Verein Deutscher Ingenieure (Arbeitskreis Antriebstechnik Rhein-Neckar); "
             "FVA – Forschungsvereinigung Antriebstechnik, Mitglied im Arbeitskreis Zahnräder", "serif", "", 9,
             INK, lh=4.4)
    pdf.save(path)


def h09_de_ichform(path):
    d = new_docx("Calibri", 10.5, top=16, bottom=14, left=20, right=20, after=2)
    P(d, "Lea Hoffmann", size=24, bold=True, color="7A1F5C", after=0)
    P(d, "Marketing-Managerin mit Schwerpunkt Content & Social Media", size=12, color="7A1F5C", after=2)
    P(d, "Köln-Ehrenfeld · 0157 2345 6789 · lea.hoffmann@example.de · www.leahoffmann.de", size=9.5, after=6,
      color="555555")

    def H(t):
        p = P(d, t, bold=True, size=13, color="7A1F5C", before=12, after=4, keep=True)
        p_border(p, "top", 8, "D8B4CC", 4)

    def job(title, dates, org, tasks):
        p = P(d, before=6, after=0)
        tab_right(p, 170)
        R(p, title, bold=True)
        R(p, "\t" + dates, color="555555", size=9.5)
        P(d, org, italic=True, color="555555", after=2)
        P(d, "Meine Aufgaben:", bold=True, after=0)
        for tk in tasks:
            P(d, tk, style="List Bullet", after=0)

    H("Über mich")
    P(d, "Ich erzähle Geschichten, die Zahlen bewegen. Seit acht Jahren entwickle ich Content-Strategien für "
         "Marken aus Lebensmittelhandel und Tourismus – vom Redaktionsplan bis zur Erfolgsmessung. Ich arbeite "
         "gern im Team, denke in Zielgruppen und behalte das Budget im Blick.")
    H("Was ich beruflich gemacht habe")
    job("Marketing-Managerin Content & Social", "seit 05/2021", "Rheinfeld Feinkost GmbH, Köln",
        ["Verantwortung für Redaktionsplan, Kampagnen und Community-Management (5 Kanäle, 310.000 Follower)",
         "Steuerung von zwei Agenturen und einem Budget von 450.000 € pro Jahr",
         "Aufbau eines Creator-Programms mit 40 Partnerinnen und Partnern"])
    job("Online-Redakteurin", "09/2018 – 04/2021", "Reiseland Medien GmbH, Düsseldorf",
        ["Texte, Newsletter und SEO-Optimierung für drei Reiseportale",
         "Einführung eines Redaktionssystems (WordPress, Yoast) und Schulung des Teams"])
    p = P(d, before=6, after=0)
    tab_right(p, 170)
    R(p, "Volontariat", bold=True)
    R(p, "\t10/2016 – 08/2018", color="555555", size=9.5)
    P(d, "Kölner Stadt-Magazin, Köln", italic=True, color="555555", after=2)
    H("Wo ich gelernt habe")
    p = P(d, after=1)
    R(p, "M.A. Medienkulturwissenschaft", bold=True)
    R(p, " – Universität zu Köln, 2016")
    p = P(d, after=1)
    R(p, "B.A. Germanistik und Kommunikationswissenschaft", bold=True)
    R(p, " – Universität Münster, 2013")
    H("Was ich kann")
    for s in ["Content-Strategie, Storytelling und Kampagnenplanung",
              "Meta Business Suite, TikTok Ads, Google Analytics 4, Hootsuite",
              "Adobe Photoshop, Premiere Pro, Canva",
              "Budget- und Agentursteuerung"]:
        P(d, s, style="List Bullet", after=0)
    H("Welche Sprachen ich spreche")
    P(d, "Deutsch (Muttersprache), Englisch (fließend, C1), Italienisch (gut, B2)")
    H("Worauf ich stolz bin")
    P(d, "Deutscher Preis für Onlinekommunikation 2023, Kategorie Social Media Campaign (mit dem Team von "
         "Rheinfeld Feinkost)")
    H("Was mich sonst begeistert")
    P(d, "Fotografie, Radreisen entlang des Rheins und Improtheater – seit 2019 spiele ich in einer kleinen "
         "Kölner Gruppe.")
    save_docx(d, path, "Lebenslauf Lea Hoffmann")


def h10_de_europass(path):
    pdf = PDF("Europass Lebenslauf Katharina Vogel", bottom=279)
    BLUE, INK, GREY, LGREY = (15, 76, 129), (30, 30, 30), (90, 90, 90), (150, 170, 190)
    LX, LW, X, W = 8, 52, 66, 134

    def footer():
        pdf.bottom = 292
        pdf.txt(LX, 286, "© Europäische Union, 2002-2026 | europass.europa.eu", "cond", "", 7, GREY)
        pdf.txt(X, 286, "Seite %d / 2" % pdf.page_no(), "cond", "", 7, GREY, w=W, align="R")
        pdf.bottom = 279

    def newpage():
        pdf.add_page()
        footer()
        return 16

    def head(y, t):
        pdf.txt(LX, y, t, "cond", "", 9.5, BLUE, w=LW, align="R")
        pdf.hline(X, X + W, y + 3.6, LGREY, 0.3)
        return y + 8

    def lab(y, t, col=BLUE):
        pdf.txt(LX, y, t, "cond", "", 8.6, col, w=LW, align="R", h=4.4)

    def body(y, t, sz=9, lh=4.4):
        return pdf.para(X, y, W, t, "cond", "", sz, INK, lh=lh)

    y = newpage()
    pdf.txt(LX, y, "Europass-Lebenslauf", "cond", "B", 14, BLUE, w=LW, align="R")
    y += 12
    y = head(y, "PERSÖNLICHE INFORMATIONEN")
    y = pdf.txt(X, y, "Katharina Vogel", "cond", "", 16, BLUE) + 1
    for s in ["Karl-Heine-Straße 54, 04229 Leipzig (Deutschland)", "+49 341 555 8710   +49 160 555 8710",
              "katharina.vogel@example.de", "Geschlecht Weiblich | Geburtsdatum 14/03/1990 | Staatsangehörigkeit Deutsch"]:
        y = pdf.txt(X, y, s, "cond", "", 9, INK) + 0.5
    y += 5
    y = head(y, "GEWÜNSCHTE BESCHÄFTIGUNG")
    y = pdf.txt(X, y, "Technische Redakteurin / Informationsarchitektin", "cond", "", 11, BLUE) + 6
    y = head(y, "BERUFSERFAHRUNG")

    def job(y, dates, title, org, items, sector):
        lab(y + 0.6, dates, INK)
        pdf.txt(X, y, title, "cond", "", 11, BLUE, h=5.4)
        y = pdf.txt(X, y + 5.6, org, "cond", "", 9, INK) + 0.6
        y = pdf.bullets(X, y, W, items, "cond", 9, INK, lh=4.3, gap=0.2, sym="▪")
        y = pdf.txt(X, y + 0.6, "Tätigkeitsbereich oder Branche " + sector, "cond", "", 8.4, GREY) + 5
        return y

    y = job(y, "03/2020 – heute", "Technische Redakteurin", "Maschinenfabrik Elster GmbH, Leipzig (Deutschland)",
            ["Erstellung von Betriebsanleitungen nach Maschinenrichtlinie und DIN EN IEC/IEEE 82079-1",
             "Einführung eines XML-Redaktionssystems (SCHEMA ST4) und Modularisierung von 4.000 Topics",
             "Koordination von Übersetzungen in 14 Sprachen mit Translation-Memory-Systemen"],
            "Maschinen- und Anlagenbau")
    y = job(y, "07/2016 – 02/2020", "Junior-Redakteurin Softwaredokumentation",
            "Saxonia Systems AG, Dresden (Deutschland)",
            ["Online-Hilfen und API-Dokumentation für eine Logistiksoftware (Markdown, DITA)",
             "Mitarbeit an Styleguide und Terminologiedatenbank"], "Informationstechnologie")
    y = head(y, "SCHUL- UND BERUFSBILDUNG")

    def edu(y, dates, title, level, org, extra=None):
        lab(y + 0.6, dates, INK)
        pdf.txt(X, y, title, "cond", "", 11, BLUE, h=5.4)
        pdf.txt(X, y + 0.6, level, "cond", "", 8.6, GREY, w=W, align="R", h=4.4)
        y = pdf.txt(X, y + 5.6, org, "cond", "", 9, INK) + 0.4
        if extra:
            y = body(y, extra) + 0.4
        return y + 4

    y = edu(y, "10/2013 – 06/2016", "Master of Arts Technische Kommunikation", "EQR-Stufe 7",
            "Hochschule Merseburg (Deutschland)", "Masterarbeit zu Usability-Tests von Warnhinweisen")
    if y > 245:
        y = newpage()
    y = edu(y, "10/2009 – 09/2013", "Bachelor of Arts Germanistik und Anglistik", "EQR-Stufe 6",
            "Universität Leipzig (Deutschland)")
    if y > 215:
        y = newpage()
    y = head(y, "PERSÖNLICHE FÄHIGKEITEN")
    lab(y, "Muttersprache")
    y = pdf.txt(X, y, "Deutsch", "cond", "", 9, INK, h=4.4) + 3
    lab(y, "Weitere Sprachen")
    cw = W / 5.0
    for i, h in enumerate(["VERSTEHEN", "SPRECHEN", "SCHREIBEN"]):
        wspan = cw * 2 if i < 2 else cw
        pdf.txt(X + cw * 2 * i, y, h, "cond", "", 8, BLUE, w=wspan, align="C", h=4.4)
    y += 5
    for i, h in enumerate(["Hören", "Lesen", "An Gesprächen teilnehmen", "Zusammenhängendes Sprechen"]):
        pdf.para(X + cw * i + 1, y, cw - 2, h, "cond", "", 6.8, GREY, lh=3.1, align="C")
    y += 8
    for lang, lv in [("Englisch", ["C1", "C2", "C1", "C1", "C1"]), ("Französisch", ["B1", "B2", "B1", "A2", "B1"])]:
        lab(y, lang)
        for i, v in enumerate(lv):
            pdf.fillrect(X + cw * i + 0.4, y, cw - 0.8, 4.4, (232, 238, 245))
            pdf.txt(X + cw * i, y, v, "cond", "", 8.6, INK, w=cw, align="C", h=4.4)
        y += 5.4
    y = pdf.para(X, y, W, "Stufen: A1 und A2: Elementare Sprachverwendung – B1 und B2: Selbstständige "
                 "Sprachverwendung – C1 und C2: Kompetente Sprachverwendung", "cond", "", 6.8, GREY, lh=3.2) + 4
    for l, t in [("Kommunikative Fähigkeiten", "Moderation von Review-Workshops mit Entwicklung und Service; "
                  "Erfahrung in der Schulung neuer Kolleginnen und Kollegen"),
                 ("Organisations- und Führungstalent", "Koordination externer Übersetzungsdienstleister; "
                  "Projektverantwortung für die Einführung eines Redaktionssystems"),
                 ("Berufliche Kompetenzen", "Risikobeurteilung und Sicherheitshinweise (ANSI Z535, ISO 3864), "
                  "Terminologiemanagement, Usability-Tests"),
                 ("Digitale Kompetenz", "SCHEMA ST4, Adobe FrameMaker, Oxygen XML, Snagit, Confluence, "
                  "Grundkenntnisse Python"),
                 ("Führerschein", "B")]:
        if y > 266:
            y = newpage()
        lab(y, l)
        y = body(y, t) + 3
    y += 2
    if y > 250:
        y = newpage()
    y = head(y, "ZUSÄTZLICHE INFORMATIONEN")
    for l, t in [("Mitgliedschaften", "tekom – Gesellschaft für Technische Kommunikation e. V., Regionalgruppe "
                  "Sachsen"),
                 ("Publikationen", "Vogel, K. (2022): Warnhinweise modular denken. In: technische kommunikation 4/2022, "
                  "S. 34–38"),
                 ("Ehrenamt", "Lesepatin an der Grundschule Plagwitz (seit 2018)")]:
        if y > 266:
            y = newpage()
        lab(y, l)
        y = body(y, t) + 3
    y += 2
    y = head(y, "ANLAGEN")
    body(y, "Arbeitszeugnisse der Maschinenfabrik Elster GmbH und der Saxonia Systems AG; Masterzeugnis")
    pdf.save(path)


def h11_de_akademisch(path):
    d = new_docx("Cambria", 10.5, top=18, bottom=16, left=22, right=20, after=2)
    restyle(d, "Heading 1", font="Cambria", size=12.5, bold=True, color="7B1E1E", before=14, after=5)
    P(d, "Wissenschaftlicher Lebenslauf", size=11, italic=True, color="666666", after=2)
    P(d, "Dr. rer. nat. Miriam Albrecht", size=20, bold=True, after=10)

    def H(t):
        P(d, t, style="Heading 1")

    def yr(year, text, bold_year=True):
        p = P(d, after=2, indent=24, first=-24)
        tab_left(p, 24)
        R(p, year, bold=bold_year)
        R(p, "\t" + text)
        return p

    H("1. Persönliche Angaben")
    for a, b in [("Anschrift", "Institut für Molekulare Biologie, Universität Göttingen, Justus-von-Liebig-Weg 11, "
                               "37077 Göttingen"),
                 ("E-Mail", "miriam.albrecht@uni-goettingen.example.de"),
                 ("ORCID", "0000-0003-4471-2210"),
                 ("Geboren", "1987 in Jena")]:
        yr(a, b, bold_year=False)
    H("2. Forschungsschwerpunkte")
    P(d, "Regulation der Autophagie in pflanzlichen Zellen; Proteinqualitätskontrolle unter Hitzestress; "
         "quantitative Proteomik und Live-Cell-Imaging.")
    H("3. Wissenschaftlicher Werdegang")
    yr("seit 2021", "Nachwuchsgruppenleiterin (Emmy Noether-Gruppe), Institut für Molekulare Biologie, "
                    "Universität Göttingen")
    yr("2017 – 2021", "Postdoktorandin, Max-Planck-Institut für Pflanzenzüchtungsforschung, Köln")
    yr("2016 – 2017", "Wissenschaftliche Mitarbeiterin, Friedrich-Schiller-Universität Jena")
    H("4. Ausbildung")
    yr("2016", "Promotion (Dr. rer. nat.), Friedrich-Schiller-Universität Jena, summa cum laude; "
               "Dissertation: „Selektive Autophagie in Arabidopsis thaliana“")
    yr("2012", "Master of Science Biochemie, Universität Leipzig")
    yr("2010", "Bachelor of Science Biologie, Universität Leipzig")
    H("5. Drittmittel")
    yr("2021 – 2027", "DFG Emmy Noether-Programm, „Autophagie und Hitzetoleranz“, 1,6 Mio. €")
    yr("2019 – 2021", "DFG Sachbeihilfe (Eigene Stelle), 280.000 €")
    yr("2017 – 2019", "EMBO Long-Term Fellowship")
    H("6. Lehrtätigkeit")
    yr("seit 2021", "Vorlesung „Zellbiologie der Pflanzen“ (B.Sc. Biologie) und Master-Modul „Proteomics“")
    yr("2018 – 2020", "Betreuung von drei Masterarbeiten am MPI Köln")
    H("7. Ausgewählte Publikationen")
    P(d, "Zeitschriftenartikel (begutachtet)", bold=True, italic=True, before=2, after=2)
    for i, ref in enumerate([
        "Albrecht M, Nowak K, Şahin E, Lindqvist T (2025) A heat-inducible receptor links ER-phagy to "
        "thermotolerance. Nature Plants 11: 512–526.",
        "Nowak K, Albrecht M (2023) Live imaging of autophagosome biogenesis in root tips. Plant Cell 35: "
        "2210–2228.",
        "Albrecht M, Hoffmann J, Weber R (2019) Quantitative proteomics of selective autophagy cargo. "
        "Mol Cell Proteomics 18: 1432–1447.",
        "Albrecht M, Keller S (2016) ATG8-interacting motifs in plant stress proteins. PNAS 113: 9021–9026."]):
        yr("[%d]" % (i + 1), ref, bold_year=False)
    P(d, "Buchbeiträge", bold=True, italic=True, before=4, after=2)
    yr("[5]", "Albrecht M (2022) Autophagy assays in plants. In: Methods in Molecular Biology 2581, "
              "Springer, S. 77–95.", bold_year=False)
    H("8. Eingeladene Vorträge")
    yr("2025", "Gordon Research Conference „Autophagy in Stress, Development and Disease“, Lucca (Italien)")
    yr("2024", "Botanik-Tagung der Deutschen Botanischen Gesellschaft, Rostock")
    yr("2022", "Seminar, John Innes Centre, Norwich (Großbritannien)")
    H("9. Gutachtertätigkeit und Gremien")
    P(d, "Gutachterin für Nature Plants, Plant Cell, EMBO Journal und die DFG; Mitglied der "
         "Gleichstellungskommission der Fakultät für Biologie (seit 2022); Mitglied der Deutschen "
         "Botanischen Gesellschaft.")
    save_docx(d, path, "Wissenschaftlicher Lebenslauf Miriam Albrecht")


# ============================================================================= FRENCH
def h12_fr_petitescaps(path):
    pdf = PDF("CV Camille Lefèvre")
    pdf.add_page()
    INK, GREY, BORD = (25, 25, 35), (95, 95, 100), (110, 20, 45)
    XD, X, W, XR = 20, 50, 140, 190
    pdf.txt(0, 14, "Camille Lefèvre", "lserif", "B", 22, INK, w=210, align="C")
    pdf.txt(0, 24, "Juriste en droit des affaires – fusions-acquisitions et contrats", "lserif", "I", 12, BORD,
            w=210, align="C")
    pdf.txt(0, 31, "12, rue des Martyrs, 75009 Paris · 06 12 34 56 78 · camille.lefevre@example.fr · "
            "Inscrite au barreau de Paris (CAPA 2018)", "lserif", "", 9, GREY, w=210, align="C")

    def head(y, t):
        smallcaps(pdf, XD, y, t, "lserif", "", 13, 10, BORD, 6)
        pdf.hline(XD, XR, y + 6.8, BORD, 0.3)
        return y + 9.5

    def poste(y, dates, org, role, items):
        pdf.txt(XD, y + 0.3, dates, "lserif", "", 9, GREY, h=4.6)
        pdf.txt(X, y, org, "lserif", "B", 10, INK, h=4.6)
        y = pdf.txt(X, y + 4.8, role, "lserif", "I", 10, INK) + 0.5
        return pdf.bullets(X, y, W, items, "lserif", 9.8, INK, lh=4.5, gap=0.2, sym="–") + 3

    y = head(42, "Expérience professionnelle")
    y = poste(y, "depuis 2021", "CABINET ARNAUD & ASSOCIÉS, PARIS", "Avocate collaboratrice – Corporate / M&A",
              ["Rédaction et négociation de protocoles de cession et de pactes d’associés (opérations de 5 à 150 M€)",
               "Audits juridiques d’acquisition pour des fonds d’investissement et des ETI industrielles",
               "Encadrement de deux élèves-avocats et d’une juriste stagiaire"])
    y = poste(y, "2018 – 2021", "GROUPE VALMONT INDUSTRIES, LYON", "Juriste d’entreprise",
              ["Gestion du droit des sociétés de 22 filiales (secrétariat juridique, opérations de restructuration)",
               "Négociation des contrats fournisseurs et des accords de confidentialité"])
    y = poste(y, "2017", "MINISTÈRE DE L’ÉCONOMIE, DIRECTION DES AFFAIRES JURIDIQUES", "Stage (6 mois)",
              ["Participation à la rédaction d’une note sur la transposition de la directive restructuration"])
    y = head(y + 1, "Formation")
    for d_, t_ in [("2018", "Certificat d’aptitude à la profession d’avocat (CAPA), EFB Paris"),
                   ("2016", "Master 2 Droit des affaires et fiscalité, Université Paris 1 Panthéon-Sorbonne – "
                            "mention Bien"),
                   ("2015", "LL.M. in Corporate Law, King’s College London"),
                   ("2014", "Licence de droit, Université Jean Moulin Lyon 3")]:
        pdf.txt(XD, y, d_, "lserif", "", 9, GREY, h=4.6)
        y = pdf.para(X, y, W, t_, "lserif", "", 10, INK, lh=4.6) + 1.5
    y = head(y + 3, "Compétences")
    y = pdf.bullets(X, y, W, ["Droit des sociétés, fusions-acquisitions, private equity, droit des contrats",
                              "Rédaction juridique en français et en anglais, due diligence, data rooms (Intralinks)",
                              "Outils : Lexis 360, Dalloz, Doctrine, Microsoft 365"], "lserif", 9.8, INK, lh=4.5,
                    gap=0.2, sym="–") + 3
    y = head(y, "Langues")
    y = pdf.para(X, y, W, "Français (langue maternelle) · Anglais (courant, TOEFL 112) · Italien (intermédiaire)",
                 "lserif", "", 10, INK, lh=4.6) + 4
    y = head(y, "Publications")
    y = pdf.bullets(X, y, W, ["« Les clauses de earn-out à l’épreuve du contentieux », Revue Lamy Droit des "
                              "affaires, n° 186, 2023",
                              "« Pactes d’associés et sortie conjointe », Bulletin Joly Sociétés, 2022"],
                    "lserif", 9.8, INK, lh=4.5, gap=0.2, sym="–") + 3
    y = head(y, "Engagements associatifs")
    y = pdf.para(X, y, W, "Bénévole à la permanence juridique gratuite de la Maison du droit (Paris 18e) depuis "
                 "2019 ; marraine au sein de l’association Article 1.", "lserif", "", 10, INK, lh=4.6) + 4
    y = head(y, "Centres d’intérêt")
    pdf.para(X, y, W, "Théâtre amateur, course à pied (semi-marathon de Paris 2024), littérature italienne.",
             "lserif", "", 10, INK, lh=4.6)
    pdf.save(path)


def h13_fr_bandeaux(path):
    pdf = PDF("CV Inès Moreau")
    pdf.add_page()
    SAND, BRICK, INK, GREY, WHITE = (244, 236, 226), (150, 68, 52), (40, 34, 30), (110, 100, 95), (255, 255, 255)
    # ---- sidebar first
    pdf.fillrect(0, 0, 70, 297, SAND)
    pdf.image(photo(round_bg=SAND), 17, 12, 36, 36)
    pdf.txt(0, 53, "Inès Moreau", "sans", "B", 16, INK, w=70, align="C")
    pdf.txt(0, 60.5, "Cheffe de projet événementiel", "sans", "I", 9.5, BRICK, w=70, align="C")
    SX, SW = 8, 54

    def sband(y, t):
        pdf.fillrect(6, y, 58, 7, BRICK)
        pdf.txt(SX + 1, y + 0.9, t, "sans", "B", 10, WHITE)
        return y + 10

    y = sband(72, "Coordonnées")
    for s in ["14, quai de la Fosse", "44000 Nantes", "07 81 22 45 09", "ines.moreau@example.fr",
              "Permis B, véhiculée"]:
        y = pdf.txt(SX, y, s, "sans", "", 8.6, INK) + 0.8
    y = sband(y + 5, "Savoir-faire")
    y = pdf.bullets(SX, y, SW, ["Gestion de budget (jusqu’à 400 k€)", "Négociation prestataires et lieux",
                                "Logistique et plans de salle", "Billetterie (Weezevent, Eventbrite)",
                                "Suite Adobe, Canva, Trello"], "sans", 8.6, INK, lh=4.1, gap=0.4, sym="•",
                    symcol=BRICK) + 4
    y = sband(y, "Savoir-être")
    y = pdf.bullets(SX, y, SW, ["Sang-froid le jour J", "Sens du relationnel", "Rigueur et anticipation"],
                    "sans", 8.6, INK, lh=4.1, gap=0.4, sym="•", symcol=BRICK) + 4
    y = sband(y, "Langues")
    for s in ["Français – langue maternelle", "Anglais – courant (C1)", "Espagnol – intermédiaire (B1)"]:
        y = pdf.txt(SX, y, s, "sans", "", 8.6, INK) + 0.8

    # ---- main column
    X, W = 78, 120

    def band(y, t):
        pdf.fillrect(X, y, W, 7.5, BRICK)
        pdf.txt(X + 3, y + 1.0, t, "sans", "B", 10.5, WHITE)
        return y + 11

    def poste(y, title, dates, org, items):
        pdf.txt(X, y, title, "sans", "B", 10, INK)
        pdf.txt(X, y + 0.3, dates, "sans", "", 8.5, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5, org, "sans", "", 8.4, BRICK) + 0.6
        return pdf.bullets(X, y, W, items, "sans", 8.7, INK, lh=4.2, gap=0.3, sym="›", symcol=BRICK) + 3

    y = band(14, "PROFIL")
    y = pdf.para(X, y, W, "Huit ans d’expérience dans l’organisation de congrès, salons et séminaires de 50 à "
                 "3 000 participants. J’aime transformer un cahier des charges en un moment réussi, dans les "
                 "délais et le budget.", "sans", "", 9, INK, lh=4.5) + 4
    y = band(y, "PARCOURS PROFESSIONNEL")
    y = poste(y, "Cheffe de projet événementiel", "depuis 2020", "AGENCE OCÉANE ÉVÉNEMENTS · NANTES",
              ["Pilotage de 25 événements par an (congrès médicaux, conventions d’entreprise)",
               "Gestion de budgets jusqu’à 400 k€ et d’équipes de 30 prestataires",
               "Mise en place d’une démarche éco-responsable (label ISO 20121 obtenu en 2023)"])
    y = poste(y, "Chargée de production", "2017 – 2020", "CITÉ DES CONGRÈS DE NANTES",
              ["Coordination technique des salons professionnels : plans, sécurité, accueil",
               "Interface entre exposants, traiteurs et équipes techniques"])
    y = poste(y, "Assistante événementielle (alternance)", "2015 – 2017", "FESTIVAL LES NUITS DE L’ERDRE",
              ["Accueil des artistes, gestion des bénévoles et de la billetterie"])
    y = band(y + 1, "FORMATION")
    for t, d_, o in [("Master Management de l’événementiel", "2017", "IAE Nantes – Économie & Management"),
                     ("BTS Tourisme", "2015", "Lycée Notre-Dame, Rezé")]:
        pdf.txt(X, y, t, "sans", "B", 10, INK)
        pdf.txt(X, y + 0.3, d_, "sans", "", 8.5, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5, o, "sans", "", 8.4, BRICK) + 3
    y = band(y + 1, "LOISIRS")
    pdf.para(X, y, W, "Voile (croisières en Bretagne sud), photographie argentique, bénévolat au festival "
             "Aux Heures d’Été.", "sans", "", 9, INK, lh=4.5)
    pdf.save(path)


def h14_fr_styles(path):
    d = new_docx("Calibri", 10.5, top=16, bottom=14, left=20, right=20, after=2)
    st = restyle(d, "Heading 1", font="Calibri", size=13, bold=True, color="0F5257", small_caps=True,
                 before=12, after=4)
    style_border(st, "bottom", 6, "0F5257", 1)
    P(d, "Thomas Garnier", style="Title")
    P(d, "Ingénieur DevOps / SRE – 7 ans d’expérience", style="Subtitle")
    P(d, "Lyon 7e · 06 45 78 12 90 · thomas.garnier@example.fr · github.com/tgarnier", size=9.5, after=4)

    def H(t):
        P(d, t, style="Heading 1")

    def poste(title, dates, org, items, real=None):
        p = P(d, before=6, after=0)
        tab_right(p, 170)
        R(p, title, bold=True)
        R(p, "\t" + dates)
        P(d, org, italic=True, after=2)
        for it in items:
            P(d, it, style="List Bullet", after=0)
        if real:
            P(d, "Réalisations :", bold=True, before=3, after=0)
            for it in real:
                P(d, it, style="List Bullet", after=0)

    H("Résumé")
    P(d, "Ingénieur DevOps spécialisé dans l’automatisation d’infrastructures cloud et la fiabilité des "
         "plateformes à fort trafic. Habitué à travailler avec des équipes de développement agiles, je cherche "
         "un poste de référent SRE dans une entreprise à impact.")
    H("Expériences professionnelles")
    poste("Ingénieur SRE senior", "depuis mars 2022", "Voyagio (plateforme de réservation), Lyon",
          ["Exploitation de 12 clusters Kubernetes (EKS) et de 300 microservices",
           "Définition des SLO et de la politique d’astreinte pour 8 équipes produit"],
          ["Disponibilité portée de 99,5 % à 99,95 % en 18 mois",
           "Réduction de 30 % de la facture AWS grâce au right-sizing et aux instances Spot"])
    poste("Ingénieur DevOps", "2019 – 2022", "Banque Rhône-Alpes Digital, Villeurbanne",
          ["Industrialisation des pipelines CI/CD (GitLab CI, Ansible, Terraform)",
           "Migration de 40 applications vers OpenShift"],
          ["Temps de mise en production divisé par quatre"])
    poste("Administrateur systèmes", "2017 – 2019", "Infogérance Dauphiné, Grenoble",
          ["Supervision (Zabbix, Grafana) et maintien en condition opérationnelle de serveurs Linux"])
    H("Diplômes")
    p = P(d, after=1)
    R(p, "Diplôme d’ingénieur en informatique", bold=True)
    R(p, " – INSA Lyon, 2017")
    p = P(d, after=1)
    R(p, "DUT Réseaux et Télécommunications", bold=True)
    R(p, " – IUT de Valence, 2014")
    H("Certifications")
    for c in ["Certified Kubernetes Administrator (CKA) – 2023", "AWS Certified Solutions Architect – "
              "Professional – 2022", "HashiCorp Certified: Terraform Associate – 2021"]:
        P(d, c, style="List Bullet", after=0)
    H("Compétences techniques")
    t = table(d, 5, [40, 130], borders=True, style="Table Grid")
    for i, (a, b) in enumerate([("Domaine", "Outils"), ("Cloud", "AWS (EKS, RDS, Lambda), Azure, OVHcloud"),
                                ("Conteneurs", "Kubernetes, Helm, ArgoCD, Docker"),
                                ("Automatisation", "Terraform, Ansible, GitLab CI, GitHub Actions"),
                                ("Observabilité", "Prometheus, Grafana, Loki, OpenTelemetry, PagerDuty")]):
        first_par(t.cell(i, 0), a, bold=(i == 0), after=0)
        first_par(t.cell(i, 1), b, bold=(i == 0), after=0)
        if i == 0:
            cell_shade(t.cell(i, 0), "DCEBEC")
            cell_shade(t.cell(i, 1), "DCEBEC")
    H("Langues")
    P(d, "Français : langue maternelle – Anglais : courant (TOEIC 945) – Allemand : notions", before=2)
    H("Bénévolat")
    P(d, "Mentor pour l’association Duchess France (femmes dans la tech) et animateur du meetup "
         "« Lyon Kubernetes » depuis 2021.")
    save_docx(d, path, "CV Thomas Garnier")


def h15_fr_questions(path):
    pdf = PDF("CV Léa Dubois")
    pdf.add_page()
    PLUM, TEAL, INK, GREY = (94, 53, 177), (0, 150, 136), (35, 35, 45), (110, 110, 120)
    pdf.fillrect(0, 0, 7, 297, PLUM)
    X, W = 22, 168
    pdf.txt(X, 14, "Léa Dubois", "sans", "B", 26, PLUM)
    pdf.txt(X, 26.5, "Directrice artistique junior · identité visuelle & motion design", "sans", "", 11.5, TEAL)

    def head(y, t):
        pdf.txt(X, y, t, "sans", "B", 13.5, PLUM)
        return y + 8.5

    def poste(y, title, org, dates, items):
        pdf.txt(X, y, title, "sans", "B", 10, TEAL)
        pdf.txt(X + pdf.tw(title, "sans", "B", 10) + 0.6, y, " — " + org, "sans", "", 10, INK)
        y = pdf.txt(X, y + 5, dates, "sans", "I", 8.6, GREY) + 0.6
        return pdf.bullets(X, y, W, items, "sans", 9, INK, lh=4.3, gap=0.3, sym="●", symcol=TEAL) + 3

    y = head(40, "Qui suis-je ?")
    y = pdf.para(X, y, W, "Graphiste de formation, je conçois des identités visuelles vivantes pour des marques "
                 "culturelles et des start-up. Je passe volontiers du carnet de croquis à After Effects, et "
                 "j’adore expliquer mes choix aux clients.", "sans", "", 9.5, INK, lh=4.7) + 5
    y = head(y, "Où ai-je travaillé ?")
    y = poste(y, "Directrice artistique junior", "Studio Mareva, Nantes", "Depuis septembre 2022",
              ["Création de 14 identités visuelles (logos, chartes, déclinaisons print et web)",
               "Direction artistique des campagnes du Lieu Unique et du Voyage à Nantes",
               "Animation en motion design pour les réseaux sociaux"])
    y = poste(y, "Graphiste", "Agence Kerloc’h Communication, Rennes", "2020 – 2022",
              ["Mise en page d’éditions, packaging agroalimentaire et signalétique"])
    y = poste(y, "Graphiste en alternance", "Ville de Saint-Nazaire – service communication", "2018 – 2020",
              ["Affiches, programmes culturels et magazine municipal"])
    y = head(y + 1, "Qu’ai-je étudié ?")
    for t, o in [("DSAA Design graphique", "École de design Nantes Atlantique, 2020"),
                 ("DN MADE Graphisme", "Lycée Livet, Nantes, 2018")]:
        pdf.txt(X, y, t, "sans", "B", 10, INK)
        pdf.txt(X + pdf.tw(t, "sans", "B", 10) + 0.6, y, " — " + o, "sans", "", 10, INK)
        y += 6
    y = head(y + 4, "Que sais-je faire ?")
    y = pdf.para(X, y, W, "Identité visuelle · typographie · direction artistique · illustration vectorielle · "
                 "motion design · Illustrator, InDesign, Photoshop, After Effects, Figma, Blender (bases)",
                 "sans", "", 9.5, INK, lh=4.7) + 5
    y = head(y, "Mes langues")
    y = pdf.para(X, y, W, "Français (maternelle) · Anglais (B2, TOEIC 860) · Breton (notions)", "sans", "", 9.5,
                 INK, lh=4.7) + 5
    y = head(y, "Ce qui m’anime")
    y = pdf.para(X, y, W, "La sérigraphie en atelier partagé, les festivals de BD, le kayak sur l’Erdre.",
                 "sans", "", 9.5, INK, lh=4.7) + 5
    y = head(y, "Envie d’échanger ?")
    pdf.para(X, y, W, "06 58 32 11 47 · lea.dubois@example.fr · behance.net/leadubois · 5, rue Kervégan, "
             "44000 Nantes", "sans", "", 9.5, INK, lh=4.7)
    pdf.save(path)


def h16_fr_europass(path):
    d = new_docx("Arial", 9.5, top=14, bottom=14, left=12, right=14, after=1)
    BLUE, GREY = "0E4194", "555555"
    rows = 32
    t = table(d, rows, [52, 130])
    cell_margins(t, top=20, bottom=40, left=80, right=80)
    r = [0]

    def nxt():
        i = r[0]
        r[0] += 1
        return t.cell(i, 0), t.cell(i, 1)

    def head(txt):
        a, b = nxt()
        first_par(a, txt, color=BLUE, size=9.5, align="R", before=8)
        first_par(b, "", before=8)
        cell_border(b, bottom=("single", 6, "8FA9D6"))

    def lab(label, right_text=None, **kw):
        a, b = nxt()
        first_par(a, label, color=GREY if "/" in label or label[:1].isdigit() or "depuis" in label else BLUE,
                  size=8.5, align="R", before=3)
        if right_text is not None:
            first_par(b, right_text, before=3, **kw)
        return b

    a, b = nxt()
    first_par(a, "Curriculum vitae", bold=True, color=BLUE, size=14, align="R")
    first_par(b, "")
    head("INFORMATIONS PERSONNELLES")
    b = lab("", "Julien Marchand", size=15, color=BLUE)
    for s in ["27, avenue de Lardenne, 31100 Toulouse (France)", "+33 6 74 21 90 38",
              "julien.marchand@example.fr", "Date de naissance 21/09/1991 | Nationalité française"]:
        P(b, s, after=0)
    head("POSTE VISÉ")
    lab("", "Technicien supérieur en maintenance aéronautique (B1.1)", size=11, color=BLUE)
    head("EXPÉRIENCE PROFESSIONNELLE")
    for dates, title, org, items in [
        ("depuis 04/2019", "Technicien de maintenance avions certifié B1.1",
         "Occitanie Aéro Services, Blagnac (France)",
         ["Maintenance en ligne et en base sur ATR 72-600 et A320neo",
          "Signature des approbations pour remise en service (CRS)",
          "Formation des mécaniciens apprentis aux procédures Part-145"]),
        ("09/2014 – 03/2019", "Mécanicien cellule et moteurs", "Armée de l’Air et de l’Espace, BA 118 "
         "Mont-de-Marsan (France)",
         ["Entretien des avions de transport tactique et gestion documentaire des visites"])]:
        b = lab(dates, title, size=11, color=BLUE)
        P(b, org, after=1)
        for it in items:
            P(b, "▪ " + it, indent=3, first=-3, after=0)
    head("ÉDUCATION ET FORMATION")
    for dates, title, org in [("2012 – 2014", "BTS Aéronautique", "Lycée Saint-Exupéry, Blagnac (France)"),
                              ("2009 – 2012", "Baccalauréat STI2D", "Lycée Déodat-de-Séverac, Toulouse (France)")]:
        b = lab(dates, title, size=11, color=BLUE)
        P(b, org, after=1)
    head("COMPÉTENCES PERSONNELLES")
    lab("Langue maternelle", "français")
    b = lab("Autres langues")
    nt = b.add_table(rows=3, cols=4)
    nt.style = "Table Grid"
    for j, h in enumerate(["", "COMPRENDRE", "PARLER", "ÉCRIRE"]):
        first_par(nt.cell(0, j), h, color=BLUE, size=8, align="C")
    for i, row in enumerate([("anglais", "C1", "B2", "B2"), ("espagnol", "B1", "A2", "A2")], start=1):
        for j, v in enumerate(row):
            first_par(nt.cell(i, j), v, size=8.5, align="C" if j else "L")
    P(b, "Niveaux : A1 et A2 : utilisateur élémentaire – B1 et B2 : utilisateur indépendant – C1 et C2 : "
         "utilisateur expérimenté", size=7, color=GREY, before=2)
    lab("Compétences en communication", "Travail en équipe postée, transmission des consignes entre équipes de "
        "jour et de nuit, rédaction de comptes rendus techniques en anglais")
    lab("Compétences organisationnelles", "Planification des visites A-check, gestion des priorités en escale")
    lab("Compétences professionnelles", "Licence Part-66 B1.1 ; qualifications de type ATR 42/72 et A320 "
        "(CFM LEAP-1A) ; facteurs humains ; EWIS")
    lab("Compétence numérique", "AMOS, AirnavX, Pack Office, documentation électronique (IPC, AMM)")
    lab("Permis de conduire", "B")
    head("INFORMATIONS COMPLÉMENTAIRES")
    lab("Habilitations", "Habilitation électrique B1V-BR ; autorisation de roulage et de point fixe ATR")
    lab("Distinctions", "Médaille de la Défense nationale, échelon bronze (2017)")
    lab("Centres d’intérêt", "Vol à voile (brevet de pilote de planeur), restauration de motos anciennes")
    # remove unused rows
    for i in range(rows - 1, r[0] - 1, -1):
        tr = t.rows[i]._tr
        tr.getparent().remove(tr)
    save_docx(d, path, "CV Europass Julien Marchand")


def h17_fr_academique(path):
    d = new_docx("Times New Roman", 11, top=20, bottom=18, left=22, right=22, after=2)
    P(d, "Nadia Belkacem", bold=True, size=17, align="C", after=0)
    P(d, "Maîtresse de conférences en sociologie", italic=True, size=12, align="C", after=2)
    P(d, "Université de Lille – UFR DECCID – laboratoire CLERSÉ (UMR 8019)", align="C", after=0)
    P(d, "nadia.belkacem@univ-lille.example.fr · 03 20 41 00 00 · HAL : nadia-belkacem", align="C", after=8)

    def H(t):
        p = P(d, t, bold=True, size=12, align="C", before=12, after=6, keep=True)
        p_border(p, "top", 4, "000000", 2)
        p_border(p, "bottom", 4, "000000", 2)

    def item(t):
        P(d, t, indent=6, first=-6, after=3)

    H("I. Situation actuelle")
    item("Depuis septembre 2019 : maîtresse de conférences, Université de Lille, section CNU 19 (sociologie, "
         "démographie).")
    H("II. Parcours universitaire")
    item("2018 : doctorat de sociologie, EHESS Paris, sous la direction de M. Laurent Picard. Thèse : « Habiter "
         "la périphérie. Trajectoires résidentielles des classes populaires en Seine-Saint-Denis ». Mention très "
         "honorable avec les félicitations du jury.")
    item("2013 : master de sciences sociales, ENS de Lyon.")
    item("2011 : licence de sociologie, Université Lumière Lyon 2.")
    H("III. Thèmes de recherche")
    P(d, "Sociologie urbaine ; classes populaires et mobilités résidentielles ; rénovation urbaine ; méthodes "
         "mixtes (ethnographie et analyse de données longitudinales).", after=2)
    H("IV. Publications")
    P(d, "Articles dans des revues à comité de lecture", bold=True, italic=True, before=2, after=3)
    for ref in ["Belkacem N., 2024, « Rester malgré la démolition », Sociétés contemporaines, n° 131, p. 45-72.",
                "Belkacem N., Roux T., 2022, « Les ménages relogés face à la rénovation urbaine », Espaces et "
                "sociétés, n° 184, p. 101-120.",
                "Belkacem N., 2020, « Trajectoires résidentielles et ancrages locaux », Revue française de "
                "sociologie, vol. 61, n° 3, p. 389-418."]:
        item(ref)
    P(d, "Ouvrage", bold=True, italic=True, before=4, after=3)
    item("Belkacem N., 2021, Habiter la périphérie, Paris, Presses de Sciences Po, 288 p.")
    P(d, "Chapitres d’ouvrages", bold=True, italic=True, before=4, after=3)
    item("Belkacem N., 2023, « Enquêter dans les tours », dans Fournier S. (dir.), Terrains urbains, Rennes, "
         "PUR, p. 77-95.")
    H("V. Communications")
    item("2025 : « Démolir, reloger, oublier ? », congrès de l’Association française de sociologie, Lyon.")
    item("2023 : « Housing careers after urban renewal », ENHR Conference, Łódź (Pologne).")
    item("2022 : séminaire du Centre Maurice Halbwachs, Paris.")
    H("VI. Enseignements")
    item("Sociologie urbaine (L3, CM 24 h) ; Méthodes qualitatives (M1, TD 36 h) ; Introduction à la sociologie "
         "(L1, TD 48 h) – environ 200 h équivalent TD par an.")
    item("Direction de mémoires : 14 mémoires de master 1 et 2 depuis 2019.")
    H("VII. Responsabilités collectives")
    item("Responsable de la licence 3 de sociologie (depuis 2022) ; membre élue du conseil de laboratoire "
         "du CLERSÉ ; membre du comité de rédaction de la revue Espaces et sociétés.")
    H("VIII. Financements obtenus")
    item("2023-2027 : ANR JCJC « RELOG – Les relogés de la rénovation urbaine », 245 000 €, porteuse.")
    item("2020 : financement I-SITE ULNE, projet exploratoire « Tours et détours », 18 000 €.")
    save_docx(d, path, "CV Nadia Belkacem")


# ============================================================================= SPANISH
def h18_es_moderno(path):
    pdf = PDF("CV Lucía Fernández Ortega")
    pdf.add_page()
    GREEN, MINT, INK, GREY, WHITE = (22, 78, 64), (178, 223, 208), (30, 36, 34), (100, 106, 104), (255, 255, 255)
    # ---- right sidebar drawn first
    pdf.fillrect(140, 0, 70, 297, GREEN)
    pdf.image(photo(round_bg=GREEN), 158, 12, 34, 34)
    pdf.txt(140, 50, "Lucía Fernández", "lsans", "B", 16, WHITE, w=70, align="C")
    pdf.txt(140, 57, "Ortega", "lsans", "B", 16, WHITE, w=70, align="C")
    pdf.txt(140, 65, "Especialista en Marketing Digital", "lsans", "", 10, MINT, w=70, align="C")
    SX, SW = 148, 56

    def shead(y, t):
        pdf.txt(SX, y, t, "lsans", "B", 12, WHITE)
        pdf.hline(SX, SX + SW, y + 6.6, MINT, 0.3)
        return y + 9.5

    y = shead(78, "Contacto")
    for s in ["C/ de Embajadores 92, 3.º B", "28012 Madrid", "+34 612 345 678", "lucia.fortega@example.es",
              "linkedin.com/in/luciafortega"]:
        y = pdf.txt(SX, y, s, "lsans", "", 9, WHITE) + 0.9
    y = shead(y + 5, "Aptitudes")
    for s in ["SEO y SEM (Google Ads)", "Analítica web (GA4, Looker Studio)", "Email marketing (Brevo, HubSpot)",
              "Social Ads (Meta, TikTok)", "CRO y test A/B", "WordPress y Shopify"]:
        y = pdf.txt(SX, y, "›  " + s, "lsans", "", 9, WHITE) + 0.9
    y = shead(y + 5, "Idiomas")
    for s, lv in [("Español – nativo", 1.0), ("Inglés – C1", 0.82), ("Italiano – B1", 0.5)]:
        y = pdf.txt(SX, y, s, "lsans", "", 9, WHITE) + 0.4
        pdf.fillrect(SX, y, SW, 1.5, (60, 110, 96))
        pdf.fillrect(SX, y, SW * lv, 1.5, MINT)
        y += 4.2
    y = shead(y + 4, "Intereses")
    pdf.para(SX, y, SW, "Fotografía urbana, escalada en rocódromo, podcasts de economía", "lsans", "", 9, WHITE,
             lh=4.4)

    # ---- main column
    X, W = 14, 118

    def head(y, t):
        pdf.txt(X, y, t, "lsans", "B", 12.5, GREEN)
        pdf.set_line_width(0.9)
        pdf.hline(X, X + 16, y + 7, GREEN, 0.9)
        return y + 10.5

    def puesto(y, org, dates, role, items):
        pdf.txt(X, y, org, "lsans", "B", 10, INK)
        pdf.txt(X, y + 0.2, dates, "lsans", "", 8.8, GREY, w=W, align="R")
        y = pdf.txt(X, y + 5, role, "lsans", "I", 9.6, GREEN) + 0.6
        return pdf.bullets(X, y, W, items, "lsans", 9, INK, lh=4.3, gap=0.3) + 3.2

    y = head(14, "PERFIL PROFESIONAL")
    y = pdf.para(X, y, W, "Especialista en marketing digital con seis años de experiencia en e-commerce y gran "
                 "consumo. Orientada a datos: planifico campañas, mido su impacto y optimizo cada euro de "
                 "inversión. Busco un puesto de responsable de adquisición en una empresa en crecimiento.",
                 "lsans", "", 9.5, INK, lh=4.6) + 5
    y = head(y, "EXPERIENCIA LABORAL")
    y = puesto(y, "GRUPO ALIMENTARIO IBERSUR", "03/2021 – actualidad", "Responsable de Marketing Digital",
               ["Gestión de un presupuesto anual de 1,2 M€ en medios digitales para cinco marcas.",
                "Lanzamiento de la tienda online propia: 18 % de las ventas directas en 2024.",
                "Coordinación de un equipo de tres personas y dos agencias externas."])
    y = puesto(y, "KOALA COMMERCE S.L.", "09/2018 – 02/2021", "Técnica SEO/SEM",
               ["Auditorías SEO técnicas y de contenido para 30 clientes de retail.",
                "Campañas de Google Ads con un ROAS medio de 6,4."])
    y = puesto(y, "AGENCIA NUBE ROJA", "01/2018 – 08/2018", "Becaria de Social Media",
               ["Calendario editorial y community management para clientes de hostelería."])
    y = head(y + 1, "FORMACIÓN ACADÉMICA")
    for t, o in [("Máster en Marketing Digital y Comercio Electrónico", "ESIC Business & Marketing School, 2018"),
                 ("Grado en Publicidad y Relaciones Públicas", "Universidad Complutense de Madrid, 2017")]:
        y = pdf.txt(X, y, t, "lsans", "B", 10, INK)
        y = pdf.txt(X, y, o, "lsans", "", 9.4, GREY) + 2.5
    y = head(y + 2, "CURSOS Y CERTIFICACIONES")
    y = pdf.bullets(X, y, W, ["Google Ads Search Certification (2024)", "Google Analytics 4 Certification (2023)",
                              "HubSpot Inbound Marketing (2022)", "Curso de Copywriting persuasivo, "
                              "Domestika (2021)"], "lsans", 9, INK, lh=4.3, gap=0.3)
    pdf.save(path)


def h19_es_clasico(path):
    d = new_docx("Times New Roman", 11, top=20, bottom=18, left=25, right=22, after=3)
    P(d, "Javier Ruiz Molina", bold=True, size=18, align="C", after=1)
    P(d, "Zaragoza · 654 321 987 · javier.ruizmolina@example.es", align="C", after=10)

    def H(t):
        p = P(d, t, bold=True, size=12, color="1F3864", before=12, after=6, keep=True)
        p_border(p, "bottom", 6, "1F3864", 1, val="double")

    def lab(label, value):
        p = P(d, after=2)
        R(p, label + " ", bold=True)
        R(p, value)

    H("DATOS PERSONALES")
    lab("Nombre y apellidos:", "Javier Ruiz Molina")
    lab("Fecha de nacimiento:", "17 de febrero de 1986")
    lab("Dirección:", "Avda. de Madrid 214, 5.º A, 50017 Zaragoza")
    lab("Teléfono:", "654 321 987")
    lab("Correo electrónico:", "javier.ruizmolina@example.es")
    lab("Carné de conducir:", "B, C y CAP en vigor")
    H("OBJETIVO PROFESIONAL")
    P(d, "Incorporarme como jefe de tráfico o responsable de operaciones en una empresa de transporte por "
         "carretera o logística integral, aportando mi experiencia en planificación de rutas y gestión de "
         "flotas.", align="J")
    H("EXPERIENCIA PROFESIONAL")

    def empresa(dates, name, place, puesto, funcs):
        p = P(d, before=4, after=1)
        R(p, dates + "  ·  ")
        R(p, name, bold=True)
        R(p, " (" + place + ")")
        lab("Puesto:", puesto)
        P(d, "Funciones:", bold=True, after=0)
        for f in funcs:
            P(d, "- " + f, indent=6, first=-4, after=0)

    empresa("Mar. 2019 – actualidad", "TRANSPORTES LÓPEZ HERMANOS S.L.", "Zaragoza", "Jefe de tráfico",
            ["Planificación diaria de rutas nacionales e internacionales para una flota de 45 camiones.",
             "Control de tacógrafos, tiempos de conducción y cumplimiento normativo.",
             "Negociación con clientes y subcontratistas; reducción de kilómetros en vacío del 14 %."])
    empresa("Jun. 2013 – Feb. 2019", "LOGÍSTICA DEL EBRO S.A.", "Plaza, Zaragoza", "Técnico de operaciones",
            ["Coordinación de la carga y descarga en un almacén de 20.000 m².",
             "Implantación del sistema de gestión de almacenes (SGA) y formación del personal."])
    empresa("Sep. 2008 – May. 2013", "FRIGORÍFICOS ARAGÓN S.L.", "Cuarte de Huerva", "Conductor profesional",
            ["Transporte de mercancía refrigerada en rutas nacionales."])
    H("FORMACIÓN")
    P(d, "2011 – 2013  ·  Técnico Superior en Transporte y Logística (FP de grado superior), IES Pirámide, Huesca.",
      after=2)
    P(d, "2004 – 2006  ·  Bachillerato de Ciencias Sociales, IES Miguel Servet, Zaragoza.", after=2)
    H("FORMACIÓN COMPLEMENTARIA")
    for c in ["Certificado de Capacitación Profesional de Transportista de Mercancías (2015).",
              "Curso de Prevención de Riesgos Laborales, nivel básico – 60 h (2014).",
              "Curso de Excel avanzado para logística – 30 h, Cámara de Comercio de Zaragoza (2020)."]:
        P(d, "- " + c, indent=6, first=-4, after=1)
    H("IDIOMAS")
    lab("Inglés:", "nivel B2 (First Certificate in English, 2017).")
    lab("Francés:", "nivel básico, suficiente para comunicarse con conductores y clientes.")
    H("INFORMÁTICA")
    P(d, "Paquete Office (nivel avanzado), SGA Mecalux Easy WMS, TMS Transics, software de tacógrafo Tachoplus.")
    H("OTROS DATOS DE INTERÉS")
    P(d, "Disponibilidad para viajar e incorporación inmediata. Vehículo propio.")
    save_docx(d, path, "Currículum Javier Ruiz Molina")


def h20_es_academico(path):
    pdf = PDF("CV María José Sánchez Prieto", bottom=279)
    INK, GREY, WINE = (25, 25, 25), (90, 90, 90), (120, 20, 40)
    X, W = 22, 166

    def newpage():
        pdf.add_page()
        return 18

    def footer():
        pdf.bottom = 292
        pdf.txt(0, 286, "– %d –" % pdf.page_no(), "serif", "", 8.5, GREY, w=210, align="C")
        pdf.bottom = 279

    y = newpage()
    pdf.txt(0, y, "CURRÍCULUM VITAE", "serif", "B", 15, WINE, w=210, align="C")
    pdf.txt(0, y + 9, "María José Sánchez Prieto", "serif", "B", 13, INK, w=210, align="C")
    pdf.txt(0, y + 15.5, "Profesora Titular de Universidad · Área de Química Analítica", "serif", "I", 10.5, GREY,
            w=210, align="C")
    y += 27

    def head(y, t):
        pdf.txt(X, y, t, "serif", "B", 11.5, WINE)
        pdf.hline(X, X + W, y + 6.3, WINE, 0.3)
        return y + 8.8

    def item(y, t, lead=None):
        if y > 268:
            footer()
            y = newpage()
        pdf.txt(X + 2, y, "•", "serif", "", 9.4, INK, h=4.5)
        if lead:
            return pdf.para(X + 6, y, W - 6, "**" + lead + "** " + t, "serif", "", 9.4, INK, lh=4.5, md=True) + 1.3
        return pdf.para(X + 6, y, W - 6, t, "serif", "", 9.4, INK, lh=4.5) + 1.3

    y = head(y, "1. Datos personales")
    for l, v in [("DNI:", "44.123.456-K"), ("Fecha de nacimiento:", "09/11/1979"),
                 ("Dirección profesional:", "Departamento de Química Analítica, Facultad de Ciencias, Universidad "
                                            "de Granada, Avda. Fuentenueva s/n, 18071 Granada"),
                 ("Correo electrónico:", "mjsanchez@ugr.example.es"), ("ORCID:", "0000-0001-7781-3320")]:
        pdf.txt(X + 2, y, l, "serif", "B", 9.4, INK, h=4.5)
        y = pdf.para(X + 44, y, W - 44, v, "serif", "", 9.4, INK, lh=4.5) + 0.8
    y = head(y + 3, "2. Formación académica")
    y = item(y, "Doctora en Química (Premio Extraordinario de Doctorado), Universidad de Granada, 2007.")
    y = item(y, "Licenciada en Ciencias Químicas, Universidad de Granada, 2002.")
    y = head(y + 3, "3. Trayectoria profesional")
    y = item(y, "Profesora Titular de Universidad, Universidad de Granada (desde 2016).")
    y = item(y, "Profesora Contratada Doctora, Universidad de Granada (2011–2016).")
    y = item(y, "Investigadora postdoctoral Marie Curie, Universiteit Gent, Bélgica (2008–2010).")
    y = head(y + 3, "4. Líneas de investigación")
    y = pdf.para(X + 2, y, W - 2, "Desarrollo de métodos de cromatografía líquida acoplada a espectrometría de "
                 "masas para el control de contaminantes emergentes en alimentos y aguas; química analítica verde; "
                 "preparación de muestra miniaturizada.", "serif", "", 9.4, INK, lh=4.5) + 3
    y = head(y, "5. Becas, premios y distinciones")
    y = item(y, "Beca postdoctoral Marie Curie Intra-European Fellowship (2008–2010).")
    y = item(y, "Premio a la Investigación de la Real Sociedad Española de Química, categoría jóvenes "
                "investigadores (2012).")
    y = item(y, "Tres sexenios de investigación reconocidos por la CNEAI (último en 2022).")
    y = head(y + 3, "6. Publicaciones")
    y = pdf.txt(X + 2, y, "Artículos en revistas indexadas (JCR)", "serif", "B", 9.6, INK) + 1
    for ref in ["Sánchez-Prieto M.J., Ortega A., Van Dam K. (2025). Green microextraction of PFAS from drinking "
                "water. Analytica Chimica Acta 1321, 342987.",
                "Ruiz-López P., Sánchez-Prieto M.J. (2024). Non-target screening of pesticides in olive oil by "
                "LC-HRMS. Food Chemistry 437, 137812.",
                "Sánchez-Prieto M.J., García-Campaña A.M. (2021). Capillary electrophoresis for mycotoxins: a "
                "review. TrAC Trends in Analytical Chemistry 139, 116262.",
                "Sánchez-Prieto M.J., et al. (2018). Dispersive liquid–liquid microextraction of antibiotics in "
                "honey. Journal of Chromatography A 1571, 21–29.",
                "Van Dam K., Sánchez-Prieto M.J., De Smet L. (2010). Veterinary drug residues in milk. "
                "Analytical and Bioanalytical Chemistry 398, 1207–1215."]:
        y = item(y, ref)
    if y > 262:
        footer()
        y = newpage()
    y = pdf.txt(X + 2, y + 1.5, "Libros y capítulos de libro", "serif", "B", 9.6, INK) + 1
    y = item(y, "Sánchez-Prieto M.J. (2020). Análisis de alimentos: fundamentos y aplicaciones. Madrid: Síntesis.")
    y = item(y, "Sánchez-Prieto M.J., Ortega A. (2019). Sample preparation for emerging contaminants. En: "
                "Comprehensive Analytical Chemistry, vol. 86, Elsevier, pp. 155–190.")
    if pdf.page_no() == 1:
        footer()
        y = newpage()
    y = head(y + 3, "7. Congresos")
    y = item(y, "Conferencia invitada: «Green sample preparation», 34th International Symposium on "
                "Chromatography (ISC), Lieja, 2024.")
    y = item(y, "Comunicación oral: «PFAS en aguas de consumo de Andalucía», XXIII Reunión de la Sociedad "
                "Española de Química Analítica, Valencia, 2023.")
    y = head(y + 3, "8. Docencia")
    y = item(y, "Más de 2.400 horas impartidas en los grados de Química, Farmacia y Ciencia y Tecnología de los "
                "Alimentos; tres quinquenios docentes; evaluación DOCENTIA «excelente» (2021).")
    y = item(y, "Dirección de 6 tesis doctorales (4 con mención internacional) y 21 trabajos fin de máster.")
    y = head(y + 3, "9. Gestión universitaria")
    y = item(y, "Vicedecana de Investigación y Posgrado de la Facultad de Ciencias (2019–2023).")
    y = item(y, "Coordinadora del Programa de Doctorado en Química (desde 2023).")
    footer()
    pdf.save(path)


def h21_es_creativo(path):
    pdf = PDF("CV Pablo Herrera")
    pdf.add_page()
    ORANGE, NAVY, INK, GREY, LIGHT = (242, 106, 33), (24, 40, 72), (40, 40, 48), (115, 115, 125), (236, 236, 240)
    pdf.txt(14, 14, "Pablo", "light", "", 30, NAVY)
    pdf.txt(14 + pdf.tw("Pablo ", "light", "", 30), 14, "Herrera", "sans", "B", 30, NAVY)
    pdf.txt(14, 29, "Diseñador gráfico & ilustrador", "sans", "", 12, ORANGE)
    pdf.hline(14, 196, 39, LIGHT, 1.2)

    def head(x, y, t):
        pdf.dot(x + 2.6, y + 3.6, 2.6, ORANGE)
        pdf.txt(x + 7.5, y, t, "sans", "B", 14, NAVY)
        return y + 10

    # ---- left column
    X, W = 14, 106
    y = head(X, 46, "sobre mí")
    y = pdf.para(X, y, W, "Diseño marcas, carteles y libros ilustrados desde hace siete años. Me muevo entre el "
                 "lápiz y la pantalla, y me gusta que cada proyecto cuente una historia propia. Trabajo en "
                 "remoto o desde mi estudio en Ruzafa.", "sans", "", 9.2, INK, lh=4.6) + 6
    y = head(X, y, "experiencia")
    for title, org, dates, items in [
        ("Diseñador gráfico sénior", "Estudio Pimentón · Valencia", "2021 — hoy",
         ["Identidades para 20 marcas de restauración y cultura", "Dirección de arte de la campaña Fallas 2024 "
          "del Ayuntamiento", "Coordinación de dos diseñadores júnior"]),
        ("Ilustrador freelance", "Editoriales y agencias", "2019 — hoy",
         ["Ilustración de 6 álbumes infantiles (SM, Edelvives)", "Murales para cafeterías y coworkings"]),
        ("Diseñador gráfico", "Imprenta Levante Gráfica · Paterna", "2017 — 2021",
         ["Maquetación editorial y preimpresión", "Packaging para bodegas de la D.O. Utiel-Requena"])]:
        pdf.txt(X, y, title, "sans", "B", 10.2, NAVY)
        y = pdf.txt(X, y + 5, org, "sans", "", 9, ORANGE)
        y = pdf.txt(X, y, dates, "sans", "", 8.4, GREY) + 0.8
        y = pdf.bullets(X, y, W, items, "sans", 8.8, INK, lh=4.3, gap=0.3, sym="—") + 4

    # ---- right column
    X, W = 132, 64
    y = head(X, 46, "estudios")
    for t, o in [("Grado en Bellas Artes", "Universitat Politècnica de València, 2017"),
                 ("Máster en Diseño e Ilustración", "UPV, 2018"),
                 ("Erasmus", "Accademia di Belle Arti di Bologna, 2015–2016")]:
        y = pdf.txt(X, y, t, "sans", "B", 9.4, NAVY)
        y = pdf.para(X, y, W, o, "sans", "", 8.6, GREY, lh=4.1) + 2.2
    y = head(X, y + 4, "software")
    for s, lv in [("Illustrator", 0.95), ("Photoshop", 0.9), ("InDesign", 0.85), ("Procreate", 0.9),
                  ("Figma", 0.6), ("After Effects", 0.45)]:
        y = pdf.txt(X, y, s, "sans", "", 8.8, INK) + 0.3
        pdf.fillrect(X, y, W, 1.8, LIGHT)
        pdf.fillrect(X, y, W * lv, 1.8, ORANGE)
        y += 4
    y = head(X, y + 4, "idiomas")
    for s in ["Castellano y valenciano — nativo", "Inglés — B2", "Italiano — B1"]:
        y = pdf.txt(X, y, s, "sans", "", 8.8, INK) + 0.8
    y = head(X, y + 5, "premios")
    y = pdf.bullets(X, y, W, ["Premio Laus Bronce, categoría cartel (2023)",
                              "Seleccionado en la Bienal de Ilustración Iberoamericana (2022)"],
                    "sans", 8.8, INK, lh=4.2, gap=0.4, sym="—") + 4
    y = head(X, y, "contacto")
    for s in ["+34 678 90 12 34", "hola@pabloherrera.example", "pabloherrera.example/portfolio",
              "@pablo.dibuja", "Ruzafa, 46004 Valencia"]:
        y = pdf.txt(X, y, s, "sans", "", 8.8, INK) + 0.8
    pdf.save(path)


def h22_es_tabla(path):
    d = new_docx("Calibri", 10, top=12, bottom=12, left=12, right=12, after=2)
    NAVY, WHITE, SOFT = "1B2A49", "FFFFFF", "C9D3E6"
    t = table(d, 1, [62, 124])
    cell_margins(t, top=200, bottom=200, left=200, right=200)
    L, Rc = t.cell(0, 0), t.cell(0, 1)
    cell_shade(L, NAVY)
    v_align(L, "top")
    p = first_par(L, align="C", after=6)
    p.add_run().add_picture(png_bytes(photo(round_bg=(27, 42, 73))), width=Mm(32))
    P(L, "Andrea Castillo Vega", bold=True, size=15, color=WHITE, align="C", after=1)
    P(L, "Técnica de Recursos Humanos", size=10.5, color=SOFT, align="C", after=10)

    def sh(t_):
        p = P(L, t_, bold=True, size=11, color=WHITE, before=10, after=4)
        p_border(p, "bottom", 6, "FFFFFF", 1)

    def sl(t_):
        P(L, t_, size=9.5, color=WHITE, after=2)

    sh("CONTACTO")
    for s in ["Calle Feria 45, 41003 Sevilla", "+34 655 44 33 22", "andrea.castillo@example.es",
              "linkedin.com/in/andreacastillovega"]:
        sl(s)
    sh("COMPETENCIAS")
    for s in ["Selección por competencias", "Entrevista conductual", "Onboarding y plan de acogida",
              "Nóminas y Seguridad Social (A3Nom)", "Formación bonificada (FUNDAE)", "Excel avanzado y Power BI"]:
        sl("• " + s)
    sh("IDIOMAS")
    for s in ["Español – lengua materna", "Inglés – C1 (Cambridge Advanced)", "Portugués – B1"]:
        sl(s)
    sh("REFERENCIAS")
    sl("Marta Ríos, directora de Personas en Hispalia Retail – disponible a petición.")
    # ---- right cell
    def H(t_):
        p = first_par(Rc, t_, bold=True, size=13, color=NAVY, after=4) if not Rc.paragraphs[0].text \
            else P(Rc, t_, bold=True, size=13, color=NAVY, before=12, after=4)
        p_border(p, "bottom", 8, NAVY, 2)

    H("PERFIL")
    P(Rc, "Profesional de RR. HH. con seis años de experiencia en selección, desarrollo y administración de "
          "personal en retail y hostelería. Cercana, organizada y con orientación a datos para mejorar la "
          "experiencia de las personas candidatas y empleadas.", align="J")
    H("TRAYECTORIA")

    def job(title, dates, org, items):
        p = P(Rc, before=6, after=0)
        tab_right(p, 114)
        R(p, title, bold=True, size=10.5)
        R(p, "\t" + dates, size=9, color="555555")
        P(Rc, org, bold=True, size=9, color="3A5A98", after=2)
        for it in items:
            P(Rc, "– " + it, indent=3, first=-3, after=1)

    job("Técnica de Selección y Desarrollo", "2021 – actualidad", "HISPALIA RETAIL GROUP · SEVILLA",
        ["Cobertura de 350 vacantes al año en 40 tiendas de Andalucía.",
         "Diseño del programa de acogida; rotación en los primeros 90 días reducida un 22 %.",
         "Implantación del ATS Factorial y de cuadros de mando en Power BI."])
    job("Administrativa de Personal", "2018 – 2021", "HOTELES GUADALQUIVIR S.A. · SEVILLA",
        ["Gestión de altas, bajas, contratos y nóminas de 220 personas en A3Nom.",
         "Tramitación de la formación bonificada a través de FUNDAE."])
    job("Becaria de Recursos Humanos", "2017 – 2018", "AYUNTAMIENTO DE DOS HERMANAS",
        ["Apoyo en procesos de selección de empleo público y archivo de expedientes."])
    H("EDUCACIÓN")
    for t_, o in [("Máster en Dirección de Recursos Humanos", "Universidad Loyola Andalucía, 2018"),
                  ("Grado en Relaciones Laborales y Recursos Humanos", "Universidad de Sevilla, 2017")]:
        p = P(Rc, after=0, before=3)
        R(p, t_, bold=True)
        P(Rc, o, after=2)
    H("VOLUNTARIADO")
    P(Rc, "Orientadora laboral voluntaria en Cáritas Sevilla (desde 2019): talleres de búsqueda de empleo y "
          "simulación de entrevistas para personas en riesgo de exclusión.")
    save_docx(d, path, "CV Andrea Castillo Vega")


def h23_es_frases(path):
    d = new_docx("Calibri", 11, top=18, bottom=16, left=22, right=22, after=3)
    restyle(d, "Heading 2", font="Calibri", size=14, bold=True, italic=False, color="B5462B", before=14, after=4)
    P(d, "Marta Gil Navarro", bold=True, size=24, color="2E2E2E", after=0)
    P(d, "Cocinera · Jefa de partida en cocina mediterránea", size=12.5, color="B5462B", after=10)

    def H(t):
        P(d, t, style="Heading 2")

    def job(title, dates, org, items):
        p = P(d, before=6, after=0)
        tab_right(p, 166)
        R(p, title, bold=True)
        R(p, "\t" + dates, color="666666")
        P(d, org, italic=True, color="666666", after=2)
        for it in items:
            P(d, it, style="List Bullet", after=0)

    H("Un poco sobre mí")
    P(d, "Llevo diez años entre fogones, desde la partida de fríos hasta la de carnes. Me encanta el producto "
         "de temporada, trabajar con orden y formar a la gente que empieza. Ahora busco dar el salto a segunda "
         "de cocina.")
    H("Dónde he trabajado")
    job("Jefa de partida (carnes y brasa)", "2021 – hoy", "Restaurante La Albufera, Valencia",
        ["Responsable de la partida de brasa en un restaurante de 120 cubiertos.",
         "Elaboración de fichas técnicas y control de escandallos.",
         "Formación de tres ayudantes de cocina."])
    job("Cocinera", "2017 – 2021", "Hotel Mar de Dénia ****, Dénia",
        ["Servicio de bufé y carta en temporada alta (hasta 400 comensales).",
         "Preparación de menús para alérgenos e intolerancias."])
    job("Ayudante de cocina", "2014 – 2017", "Bar Central, Mercado Central de Valencia",
        ["Mise en place, fríos y apoyo en la partida de arroces."])
    H("Qué he estudiado")
    p = P(d, after=2)
    R(p, "Técnico Superior en Dirección de Cocina", bold=True)
    R(p, " – CdT Valencia, 2014")
    p = P(d, after=2)
    R(p, "Técnico en Cocina y Gastronomía", bold=True)
    R(p, " – IES Vicente Blasco Ibáñez, 2012")
    H("Lo que se me da bien")
    for s in ["Cocina a la brasa y arroces tradicionales", "Técnicas de baja temperatura y vacío",
              "Gestión de pedidos, inventarios y APPCC", "Trabajo bajo presión en servicios largos"]:
        P(d, s, style="List Bullet", after=0)
    H("Los idiomas que hablo")
    P(d, "Español y valenciano (nativa) · Inglés (B1, lo uso a diario con turistas) · Francés (A2)")
    H("Cursos que he hecho")
    for s in ["Manipulador de alimentos y alérgenos (2024)", "Curso de cocina al vacío, Basque Culinary "
              "Center – online (2022)", "Prevención de riesgos laborales en hostelería, 20 h (2019)"]:
        P(d, s, style="List Bullet", after=0)
    H("¿Hablamos?")
    P(d, "Llámame al 622 18 09 47 o escríbeme a marta.gilnavarro@example.es. Vivo en Benimaclet (Valencia) "
         "y tengo carné B y coche propio.")
    save_docx(d, path, "CV Marta Gil Navarro")


# ============================================================================= main
FILES = [
    ("h00_en_sidebar.pdf", h00_en_sidebar),
    ("h01_en_questions.pdf", h01_en_questions),
    ("h02_en_academic.pdf", h02_en_academic),
    ("h03_en_wordstyles.docx", h03_en_wordstyles),
    ("h04_en_labelcol.docx", h04_en_labelcol),
    ("h05_en_symbols.pdf", h05_en_symbols),
    ("h06_de_klassisch.docx", h06_de_klassisch),
    ("h07_de_seitenleiste.pdf", h07_de_seitenleiste),
    ("h08_de_nummeriert.pdf", h08_de_nummeriert),
    ("h09_de_ichform.docx", h09_de_ichform),
    ("h10_de_europass.pdf", h10_de_europass),
    ("h11_de_akademisch.docx", h11_de_akademisch),
    ("h12_fr_petitescaps.pdf", h12_fr_petitescaps),
    ("h13_fr_bandeaux.pdf", h13_fr_bandeaux),
    ("h14_fr_styles.docx", h14_fr_styles),
    ("h15_fr_questions.pdf", h15_fr_questions),
    ("h16_fr_europass.docx", h16_fr_europass),
    ("h17_fr_academique.docx", h17_fr_academique),
    ("h18_es_moderno.pdf", h18_es_moderno),
    ("h19_es_clasico.docx", h19_es_clasico),
    ("h20_es_academico.pdf", h20_es_academico),
    ("h21_es_creativo.pdf", h21_es_creativo),
    ("h22_es_tabla.docx", h22_es_tabla),
    ("h23_es_frases.docx", h23_es_frases),
]


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_blind13.py OUTDIR\n")
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        fn(os.path.join(out, name))
    print("wrote %d files to %s" % (len(FILES), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
