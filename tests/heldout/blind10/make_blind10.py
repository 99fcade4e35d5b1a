#!/usr/bin/env python3
"""Generate the blind10 held-out resume set (24 files).

Usage:  /work/main/.venv/bin/python make_blind10.py OUTDIR

Writes 12 English, 4 German, 4 French and 4 Spanish resumes: 16 PDF files
(fpdf2, A4) and 8 DOCX files (python-docx, default template, A4).  Every
resume is hand-written literal data inside its own layout function below;
nothing is random.  The script knows nothing about section types: the
ground truth lives only in the hand-typed labels.json next to it.

Determinism: PDF creation dates are fixed (2026-01-01 00:00 UTC); DOCX core
properties are fixed and every DOCX is re-zipped with each member dated
2026-01-01 00:00:00, so two runs with the same library versions produce
byte-identical files.
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_NAIVE = datetime.datetime(2026, 1, 1, 0, 0, 0)
FD = "/usr/share/fonts/truetype/"
FAMS = {
    "sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
             "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
             "dejavu/DejaVuSansCondensed-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
              "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "thin": ("dejavu/DejaVuSans-ExtraLight.ttf",),
    "lsans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
              "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
    "lserif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
               "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    "lmono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf",
              "liberation2/LiberationMono-Italic.ttf", "liberation2/LiberationMono-BoldItalic.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf"),
}
STYLES = ["", "B", "I", "BI"]
BLACK = (0, 0, 0)
PT = 0.3528  # mm per point


# --------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------
class PDF(FPDF):
    def __init__(self, title, author):
        super().__init__("P", "mm", "A4")
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Word processor export")
        self._registered = set()
        self.hdr = None
        self.ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    def use(self, fam, st="", sz=10, col=BLACK):
        key = fam + st
        if key not in self._registered:
            self.add_font(fam, st, FD + FAMS[fam][STYLES.index(st)])
            self._registered.add(key)
        self.set_font(fam, st, sz)
        self.set_text_color(*col)

    def fill(self, col):
        self.set_fill_color(*col)

    def draw(self, col, lw=0.2):
        self.set_draw_color(*col)
        self.set_line_width(lw)


def T(p, x, y, s, fam="sans", st="", sz=10, col=BLACK, w=0, align="L", h=None):
    """One line of text whose line box starts at (x, y)."""
    p.use(fam, st, sz, col)
    if h is None:
        h = sz * PT * 1.3
    p.set_xy(x, y)
    if w == 0 and align != "L":
        raise ValueError("width needed")
    if w == 0:
        w = p.get_string_width(s) + 0.5
    p.cell(w, h, s, align=align)


def TW(p, s, fam, st, sz):
    p.use(fam, st, sz)
    return p.get_string_width(s)


def runs(p, x, y, parts, h):
    """Several text runs on one line: parts = [(text, fam, st, sz, col), ...]."""
    for text, fam, st, sz, col in parts:
        T(p, x, y, text, fam, st, sz, col, h=h)
        x += TW(p, text, fam, st, sz)
    return x


def wrap(p, s, w, fam, st, sz):
    p.use(fam, st, sz)
    return p.multi_cell(w, 5, s, dry_run=True, output="LINES")


class Flow:
    """A column cursor that places lines and starts a new page when needed."""

    def __init__(self, p, x, w, y, top=20, bottom=280, dry=False):
        self.p, self.x, self.w, self.y = p, x, w, y
        self.top, self.bottom, self.dry = top, bottom, dry

    def need(self, h):
        if self.y + h > self.bottom:
            if self.dry:
                raise RuntimeError("dry flow overflow")
            self.p.add_page()
            self.y = self.top
            return True
        return False

    def gap(self, g):
        self.y += g

    def text(self, s, fam="sans", st="", sz=10, col=BLACK, lh=None, dx=0, align="L"):
        lh = lh or sz * PT * 1.4
        self.need(lh)
        if not self.dry:
            T(self.p, self.x + dx, self.y, s, fam, st, sz, col, w=self.w - dx, align=align, h=lh)
        self.y += lh

    def lr(self, left, right, fam="sans", stl="B", str_="", sz=10, coll=BLACK, colr=BLACK,
           lh=None, szr=None, famr=None):
        """Left text and right-aligned text on one line."""
        lh = lh or sz * PT * 1.4
        self.need(lh)
        if not self.dry:
            T(self.p, self.x, self.y, left, fam, stl, sz, coll, h=lh)
            T(self.p, self.x, self.y, right, famr or fam, str_, szr or sz, colr,
              w=self.w, align="R", h=lh)
        self.y += lh

    def para(self, s, fam="sans", st="", sz=10, col=BLACK, lh=None, dx=0, bullet=None,
             bcol=None, bdx=3.5, first=None):
        lh = lh or sz * PT * 1.4
        lines = wrap(self.p, s, self.w - dx, fam, st, sz)
        for i, line in enumerate(lines):
            self.need(lh)
            if not self.dry:
                if i == 0 and bullet:
                    T(self.p, self.x + dx - bdx, self.y, bullet, fam, "", sz, bcol or col, h=lh)
                if i == 0 and first is not None:
                    first(self.y, lh)
                T(self.p, self.x + dx, self.y, line, fam, st, sz, col, h=lh)
            self.y += lh

    def dated(self, date, s, dw, fam="sans", st="", sz=10, col=BLACK, dcol=None, dst="",
              lh=None, keep=2):
        """A date (or number) in a left gutter of width dw and wrapped text beside it."""
        lh = lh or sz * PT * 1.4
        lines = wrap(self.p, s, self.w - dw, fam, st, sz)
        self.need(lh * min(keep, len(lines)))
        for i, line in enumerate(lines):
            self.need(lh)
            if not self.dry:
                if i == 0:
                    T(self.p, self.x, self.y, date, fam, dst, sz, dcol or col, h=lh)
                T(self.p, self.x + dw, self.y, line, fam, st, sz, col, h=lh)
            self.y += lh


def pdf_out(p, out, name):
    p.output(os.path.join(out, name))


# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------
def new_doc(font="Calibri", size=10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2, line=1.08):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), font)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    lb = d.styles["List Bullet"]
    lb.paragraph_format.space_after = Pt(1)
    return d


def hexcol(c):
    return RGBColor.from_string(c)


def run(p, text, b=False, i=False, u=False, sz=None, col=None, caps=False, sc=False, font=None):
    r = p.add_run(text)
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if sz:
        r.font.size = Pt(sz)
    if col:
        r.font.color.rgb = hexcol(col)
    if caps:
        r.font.all_caps = True
    if sc:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def P(container, parts=None, style=None, align=None, sb=None, sa=None, ind=None, keep=False,
      tabs=None, **fmt):
    """Add a paragraph.  parts: a string (formatted with **fmt) or a list of
    (text, dict) runs."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        run(p, parts, **fmt)
    elif parts:
        for text, f in parts:
            run(p, text, **f)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if sb is not None:
        pf.space_before = Pt(sb)
    if sa is not None:
        pf.space_after = Pt(sa)
    if ind is not None:
        pf.left_indent = Cm(ind)
    if keep:
        pf.keep_with_next = True
    if tabs:
        for pos, kind in tabs:
            pf.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT if kind == "r" else WD_TAB_ALIGNMENT.LEFT)
    return p


def cell_first(cell, parts=None, **kw):
    """Write into the (empty) first paragraph of a table cell."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        run(p, parts, **{k: v for k, v in kw.items() if k in ("b", "i", "u", "sz", "col", "caps", "sc", "font")})
    elif parts:
        for text, f in parts:
            run(p, text, **f)
    if kw.get("sa") is not None:
        p.paragraph_format.space_after = Pt(kw["sa"])
    if kw.get("sb") is not None:
        p.paragraph_format.space_before = Pt(kw["sb"])
    return p


def p_border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def cell_fill(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_border(cell, side, sz=6, color="000000"):
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcpr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), color)
    b.append(e)


def cell_margins(cell, top=80, bottom=80, left=120, right=120):
    tcpr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:tcMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tcpr.append(m)


def table(d, rows, cols, widths):
    t = d.add_table(rows=rows, cols=cols)
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, col in enumerate(t.columns):
        col.width = Cm(widths[i])
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = Cm(widths[i])
    return t


def save_docx(d, out, name, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_printed = FIXED_NAIVE
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(item.filename))


# ==========================================================================
# h00  en  canvaheader  (PDF) - Canva-style: tinted header band with a round
# photo placeholder, pale left column, white main column.
# ==========================================================================
def h00(out):
    INK, CORAL, GREY, BODY = (38, 41, 56), (207, 92, 72), (110, 112, 124), (62, 64, 76)
    p = PDF("Maya Okonkwo - CV", "Maya Okonkwo")
    p.add_page()
    p.fill((251, 234, 225)); p.rect(0, 0, 210, 46, "F")
    p.fill((246, 244, 242)); p.rect(0, 46, 70, 251, "F")
    p.fill((226, 190, 174)); p.circle(35, 23, 15, "F")
    p.fill((246, 224, 213)); p.circle(35, 19, 5.5, "F"); p.ellipse(28.5, 26.5, 13, 10, "F")
    T(p, 60, 12, "Maya Okonkwo", "lsans", "B", 27, INK)
    T(p, 60, 25.5, "Brand & Content Strategist", "lsans", "B", 12.5, CORAL)

    def head(f, title):
        f.gap(3.5)
        f.need(14)
        T(p, f.x, f.y, title, "lsans", "B", 12.5, INK, h=6)
        f.y += 6.6
        p.fill(CORAL); p.rect(f.x, f.y, 14, 0.9, "F")
        f.y += 3.4

    L = Flow(p, 12, 50, 52)
    head(L, "Contact")
    for s in ("+44 7700 900123", "maya.okonkwo@mailbox.co.uk", "linkedin.com/in/mayaokonkwo",
              "Hackney, London E8"):
        L.text(s, "lsans", "", 9, BODY, lh=4.9)
    head(L, "Expertise")
    for s in ("Content strategy & editorial planning", "SEO-led briefs and topic clusters",
              "Brand voice & tone-of-voice guides", "Campaign storytelling",
              "Workshops with senior stakeholders", "Analytics: GA4, Looker Studio"):
        L.para(s, "lsans", "", 9, BODY, lh=4.5, dx=3.5, bullet="•", bcol=CORAL)
        L.gap(0.6)
    head(L, "Tools I Use")
    for s in ("Figma · Notion · Airtable", "HubSpot · Semrush · Contentful",
              "Adobe InDesign · Canva Pro", "ChatGPT & Jasper (with care)"):
        L.text(s, "lsans", "", 9, BODY, lh=4.9)
    head(L, "Languages")
    for a, b in (("English", "native"), ("Igbo", "conversational"), ("French", "B2")):
        L.lr(a, b, "lsans", "", "I", 9, BODY, GREY, lh=4.9)

    R = Flow(p, 80, 118, 52)
    head(R, "Hello, I'm Maya")
    R.para("Content strategist with nine years in agencies and in-house teams, turning research "
           "and data into stories people actually finish reading. I build editorial systems that "
           "scale across channels, coach writers, and keep brand, SEO and product marketing "
           "pulling in the same direction.", "lsans", "", 9.5, BODY, lh=4.7)

    def job(title, dates, emp, bl, ka=None):
        R.need(16)
        R.lr(title, dates, "lsans", "B", "", 11, INK, GREY, lh=5.6, szr=9)
        R.text(emp, "lsans", "B", 8.5, CORAL, lh=4.6)
        R.gap(0.8)
        for b in bl:
            R.para(b, "lsans", "", 9.2, BODY, lh=4.4, dx=4, bullet="•", bcol=CORAL)
            R.gap(0.5)
        if ka:
            R.gap(0.8)
            R.text("Key achievements", "lsans", "B", 9.3, INK, lh=4.8)
            for b in ka:
                R.para(b, "lsans", "", 9.2, BODY, lh=4.4, dx=4, bullet="•", bcol=CORAL)
                R.gap(0.5)
        R.gap(2.8)

    head(R, "Where I've Worked")
    job("Senior Content Strategist", "2021 – Present", "NORTHWIND OUTDOOR CO. · LONDON",
        ["Own the editorial strategy for a £40m DTC outdoor brand across web, email and social.",
         "Lead a team of four writers and two freelance editors; introduced a shared brief template.",
         "Partner with SEO and product marketing on quarterly content roadmaps."],
        ["Grew organic sessions by 68% in 18 months with a topic-cluster rebuild.",
         "Launched the 'Trail Notes' newsletter: 42,000 subscribers, 51% open rate."])
    job("Content Marketing Manager", "2018 – 2021", "BRIGHTLEAF HEALTH · MANCHESTER",
        ["Built the content function from scratch for a digital physiotherapy start-up.",
         "Produced patient guides reviewed by clinicians and cited by two NHS trusts.",
         "Managed a £120k annual budget for freelance writers, video and paid promotion."])
    job("Copywriter", "2015 – 2018", "STUDIO MARROW AGENCY · LEEDS",
        ["Wrote campaigns for retail, hospitality and charity clients, from print to social.",
         "Pitched and won the Yorkshire Wildlife Trust account (three-year retainer)."])
    head(R, "Education")
    R.text("BA (Hons) English Literature & Media", "lsans", "B", 10, INK, lh=5)
    R.text("University of Leeds · 2012 – 2015 · First Class", "lsans", "", 9.2, BODY, lh=4.6)
    head(R, "Recognition")
    for s in ("Content Marketing Awards 2023: Best Brand Storytelling (shortlisted)",
              "Northwind 'Trailblazer' award for cross-team impact, 2022"):
        R.para(s, "lsans", "", 9.2, BODY, lh=4.5, dx=4, bullet="•", bcol=CORAL)
    pdf_out(p, out, "h00_en_canvaheader.pdf")


# ==========================================================================
# h01  en  academic  (PDF, 2 pages) - serif academic CV, dated gutter,
# numbered publications with sub-labels, running footer with the name.
# ==========================================================================
def h01(out):
    GREY = (90, 90, 90)
    p = PDF("Curriculum Vitae - Ines Castellanos-Byrne", "Ines Castellanos-Byrne")

    def ftr(pp):
        T(pp, 22, 284, "Castellanos-Byrne — Curriculum Vitae", "lserif", "I", 8.5, GREY)
        T(pp, 22, 284, "Page %d of 2" % pp.page_no(), "lserif", "I", 8.5, GREY, w=166, align="R")

    p.ftr = ftr
    p.add_page()
    T(p, 22, 18, "Inés Castellanos-Byrne, PhD", "lserif", "B", 19, BLACK, w=166, align="C", h=8)
    y = 28
    for s in ("Assistant Professor of Hydrology, Department of Earth & Environmental Sciences",
              "University of Northmoor, 14 Quarry Lane, Northmoor NM4 2QP, United Kingdom",
              "i.castellanos@northmoor.ac.uk · +44 1632 960 418 · ORCID 0000-0003-4172-5580"):
        T(p, 22, y, s, "lserif", "", 10, BLACK, w=166, align="C", h=4.8)
        y += 4.8
    F = Flow(p, 22, 166, y + 3, top=20, bottom=276)
    SZ, LH, DW = 10.3, 4.85, 26

    def head(title):
        F.gap(4.5)
        F.need(18)
        T(p, F.x, F.y, title, "lserif", "B", 12.5, BLACK, h=6)
        F.y += 6.4
        p.draw((60, 60, 60), 0.25); p.line(F.x, F.y, F.x + F.w, F.y)
        F.y += 2.2

    def item(date, s):
        F.dated(date, s, DW, "lserif", "", SZ, BLACK, lh=LH)
        F.gap(1.2)

    def sub(label):
        F.gap(1.5)
        F.need(12)
        F.text(label, "lserif", "BI", SZ, BLACK, lh=5.2)

    head("Appointments")
    item("2022–present", "Assistant Professor of Hydrology, University of Northmoor")
    item("2019–2022", "Postdoctoral Research Associate, Institute for Water Futures, Utrecht University, "
         "the Netherlands (with Prof. P. Bierkens)")
    item("2018–2019", "Visiting Researcher, Institute of Environmental Assessment and Water Research "
         "(IDAEA-CSIC), Barcelona, Spain")
    head("Education")
    item("2018", "PhD in Hydrology, Imperial College London. Thesis: Groundwater–surface water exchange "
         "in chalk catchments under drought. Supervisor: Prof. A. Whitcombe")
    item("2014", "MSc in Environmental Engineering (with distinction), Universitat Politècnica de "
         "Catalunya, Barcelona")
    item("2012", "BSc in Geology, University of Granada, Spain")
    head("Grants and Fellowships")
    item("2024", "NERC Pushing the Frontiers, 'Drought memory in karst aquifers' (PI), £498,000")
    item("2023", "Royal Society International Exchanges, with Universidad de Chile (PI), £12,000")
    item("2021", "Marie Skłodowska-Curie Postdoctoral Fellowship (awarded, declined)")
    item("2019", "NWO Veni-style seed grant, Utrecht Centre for Water, Climate & Ecosystems (Co-I), €45,000")
    head("Publications")
    sub("Journal articles (* = supervised student)")
    pubs = [
        "Castellanos-Byrne, I., Okafor, T.* and Lindgren, M. (2025). Drought memory in karst springs: "
        "evidence from 40 years of discharge records. Water Resources Research, 61(3), e2024WR038112.",
        "Okafor, T.* and Castellanos-Byrne, I. (2024). Machine-learning emulators for recharge estimation "
        "in data-scarce chalk catchments. Journal of Hydrology, 632, 130914.",
        "Castellanos-Byrne, I., van der Meer, J. and Bierkens, P. (2023). Hyporheic exchange under "
        "low-flow conditions: a multi-tracer field study. Hydrological Processes, 37(8), e14951.",
        "Mensah, K., Castellanos-Byrne, I. and Hale, S. (2022). Spring temperature as an early-warning "
        "signal of aquifer depletion. Hydrology and Earth System Sciences, 26, 4471–4489.",
        "Castellanos-Byrne, I. and Whitcombe, A. (2021). Groundwater–surface water interactions in the "
        "Chalk: a review. Earth-Science Reviews, 219, 103652.",
        "Ruiz-Martín, E., Castellanos-Byrne, I. and Folch, A. (2020). Seawater intrusion and managed "
        "aquifer recharge in the Llobregat delta. Science of the Total Environment, 742, 140521.",
        "Castellanos-Byrne, I., Whitcombe, A. and Hale, S. (2019). Temperature as a tracer of streambed "
        "fluxes in a groundwater-fed river. Water Resources Research, 55(11), 9213–9231.",
        "Castellanos-Byrne, I. and Whitcombe, A. (2017). Diurnal signals in chalk stream discharge. "
        "Hydrological Processes, 31(19), 3356–3368.",
    ]
    for i, s in enumerate(pubs):
        item("[%d]" % (i + 1), s)
    sub("Book chapters")
    item("[9]", "Castellanos-Byrne, I. (2024). Karst groundwater under a changing climate. In: "
         "M. Lindgren (ed.), Groundwater and Climate Adaptation, pp. 211–238. Cambridge University Press.")
    sub("Under review")
    item("[10]", "Hughes, L.* and Castellanos-Byrne, I. Nitrate legacies in chalk aquifers: a decadal "
         "perspective. Submitted to Environmental Research Letters.")
    item("[11]", "Castellanos-Byrne, I., Okafor, T.* and Mensah, K. Compound drought–heatwave impacts on "
         "spring ecosystems. Submitted to Nature Water.")
    head("Invited Talks")
    item("2025", "Keynote, British Hydrological Society National Symposium, Exeter: 'When aquifers "
         "remember drought'")
    item("2024", "Departmental seminar, School of Geographical Sciences, University of Bristol")
    item("2023", "Invited talk, EGU General Assembly, Vienna, session HS8.2.1 (Karst hydrogeology)")
    item("2022", "Seminar series, Utrecht Centre for Water, Climate & Ecosystems")
    head("Teaching")
    item("2022–", "Catchment Hydrology (ENV2041), module lead, c. 120 undergraduates a year")
    item("2023–", "Field Methods in Hydrogeology (ENV3012), residential field course, co-lead")
    item("2020–2022", "Guest lectures in Groundwater Modelling (MSc), Utrecht University")
    item("Supervision", "2 PhD students as lead supervisor, 1 as co-supervisor; 9 MSc dissertations")
    head("Research Software")
    item("2020–", "karstflow: open-source Python package for lumped karst-spring modelling "
         "(github.com/icbyrne/karstflow); maintainer, c. 2,300 downloads a month")
    item("2023", "chalkmap: web viewer for chalk-stream temperature records, built with the "
         "Environment Agency open-data team")
    head("Professional Memberships")
    F.para("American Geophysical Union · European Geosciences Union · British Hydrological Society "
           "(committee member since 2023) · Fellow of the Higher Education Academy (FHEA)",
           "lserif", "", SZ, BLACK, lh=LH)
    head("Referees")
    F.need(26)
    refs = [("Prof. Alan Whitcombe", "Department of Civil Engineering", "Imperial College London",
             "a.whitcombe@imperial.ac.uk"),
            ("Prof. Pieter Bierkens", "Department of Physical Geography", "Utrecht University",
             "p.bierkens@uu.nl"),
            ("Dr Susan Hale", "British Geological Survey", "Wallingford, United Kingdom",
             "shale@bgs.ac.uk")]
    for k, ref in enumerate(refs):
        x, y = F.x + k * 56, F.y
        for j, s in enumerate(ref):
            T(p, x, y + j * 4.7, s, "lserif", "B" if j == 0 else "", SZ, BLACK, h=4.7)
    F.y += 4 * 4.7
    pdf_out(p, out, "h01_en_academic.pdf")


# ==========================================================================
# h02  en  atsplain  (PDF) - plain-text look in a monospaced face, regular
# capital headings over a row of dashes, capital employer lines.
# ==========================================================================
def h02(out):
    p = PDF("Daniel R. Fitzgerald Resume", "Daniel R. Fitzgerald")
    p.add_page()
    F = Flow(p, 18, 174, 16, bottom=284)
    SZ, LH = 9.2, 4.35
    for s in ("DANIEL R. FITZGERALD, CPA",
              "Columbus, OH 43215 | (614) 555-0187 | dan.fitzgerald.cpa@email.com",
              "linkedin.com/in/danfitzgeraldcpa"):
        F.text(s, "lmono", "", SZ, BLACK, lh=LH)

    def head(title):
        F.gap(LH)
        F.need(4 * LH)
        F.text(title, "lmono", "", SZ, BLACK, lh=LH)
        F.text("-" * len(title), "lmono", "", SZ, BLACK, lh=LH)

    def bl(s):
        F.para(s, "lmono", "", SZ, BLACK, lh=LH, dx=4.4, bullet="*", bdx=4.4)

    def pl(s):
        F.para(s, "lmono", "", SZ, BLACK, lh=LH)

    head("SUMMARY OF QUALIFICATIONS")
    pl("Certified Public Accountant with 9 years of experience in general ledger, month-end close "
       "and audit readiness for logistics and financial-services companies. Known for cutting close "
       "cycles, cleaning up reconciliations and documenting controls auditors can follow.")
    bl("Month-end and year-end close (US GAAP), accruals, fixed assets, intercompany")
    bl("SOX 404 control documentation and testing; external audit coordination")
    bl("ERP migrations (NetSuite, Microsoft Dynamics 365) and reporting automation")
    head("PROFESSIONAL EXPERIENCE")
    F.text("HALVORSEN LOGISTICS, INC. -- COLUMBUS, OH", "lmono", "", SZ, BLACK, lh=LH)
    F.lr("Senior Accountant", "Mar 2019 - Present", "lmono", "", "", SZ, lh=LH)
    bl("Run the 6-day month-end close for 3 entities ($310M revenue); prepare P&L flux analysis.")
    bl("Reconcile 140+ balance sheet accounts monthly in BlackLine; supervise 2 staff accountants.")
    bl("Lead accountant on the 2022 NetSuite migration; built 25 saved searches for management reporting.")
    F.text("KEY ACCOMPLISHMENTS:", "lmono", "", SZ, BLACK, lh=LH)
    bl("Shortened close from 10 to 6 business days by standardizing accrual templates.")
    bl("Closed 2 prior-year audit findings on revenue cut-off; zero findings in FY2023 and FY2024.")
    F.gap(LH * 0.6)
    F.text("BUCKEYE STATE CREDIT UNION -- DUBLIN, OH", "lmono", "", SZ, BLACK, lh=LH)
    F.lr("Staff Accountant", "Jun 2015 - Feb 2019", "lmono", "", "", SZ, lh=LH)
    bl("Prepared journal entries, loan-loss reserve schedules and NCUA 5300 call report support.")
    bl("Automated daily cash reconciliation with Excel Power Query, saving about 5 hours a week.")
    F.gap(LH * 0.6)
    F.text("GRANT THORNTON LLP -- CINCINNATI, OH", "lmono", "", SZ, BLACK, lh=LH)
    F.lr("Audit Intern", "Jan 2015 - Apr 2015", "lmono", "", "", SZ, lh=LH)
    bl("Tested cash, receivables and inventory for manufacturing and nonprofit audit clients.")
    head("EDUCATION")
    pl("Bachelor of Science in Business Administration, Accounting -- The Ohio State University, "
       "Fisher College of Business, Columbus, OH -- 2015 (GPA 3.6, Dean's List)")
    head("LICENSES & CERTIFICATIONS")
    pl("Certified Public Accountant (CPA), Ohio, License No. 0512874 -- 2017")
    pl("BlackLine Certified Reconciliation Specialist -- 2021")
    head("TECHNICAL SKILLS")
    pl("NetSuite, Microsoft Dynamics 365, BlackLine, QuickBooks, Excel (Power Query, pivot tables, "
       "XLOOKUP), Power BI, Concur")
    head("PROFESSIONAL AFFILIATIONS")
    pl("Ohio Society of CPAs (member since 2017); Institute of Management Accountants, Columbus Chapter")
    pdf_out(p, out, "h02_en_atsplain.pdf")


# ==========================================================================
# h03  en  latexish  (PDF) - LaTeX-template look: serif, centred name, contact
# line with bars, simulated small-capital headings over a full-width rule.
# ==========================================================================
def h03(out):
    p = PDF("Jordan Liang - Resume", "Jordan Liang")
    p.add_page()
    X, W = 16, 178
    T(p, X, 12, "Jordan Liang", "lserif", "", 25, BLACK, w=W, align="C", h=11)
    T(p, X, 23.5, "(415) 555-0142 | jordan.liang@andrew.cmu.edu | linkedin.com/in/jordanliang | "
      "github.com/jliang-dev", "lserif", "", 9.8, BLACK, w=W, align="C", h=4.8)
    F = Flow(p, X, W, 30, bottom=287)
    BIG, SMALL = 12.8, 10.2

    def head(title):
        F.gap(2.6)
        F.need(14)
        h = 6
        x = F.x
        shift = 0.3 * (BIG - SMALL) * PT
        for k, word in enumerate(title.split(" ")):
            if k:
                T(p, x, F.y + shift, " ", "lserif", "", SMALL, BLACK, h=h)
                x += TW(p, " ", "lserif", "", SMALL)
            T(p, x, F.y, word[0], "lserif", "", BIG, BLACK, h=h)
            x += TW(p, word[0], "lserif", "", BIG)
            if len(word) > 1:
                T(p, x, F.y + shift, word[1:].upper(), "lserif", "", SMALL, BLACK, h=h)
                x += TW(p, word[1:].upper(), "lserif", "", SMALL)
        F.y += h + 0.2
        p.draw(BLACK, 0.3); p.line(F.x, F.y, F.x + F.w, F.y)
        F.y += 1.6

    def sub(a, b, c, d):
        F.need(10)
        F.lr(a, b, "lserif", "B", "", 10.6, lh=4.9)
        F.lr(c, d, "lserif", "I", "I", 9.6, lh=4.5)

    def bl(s):
        F.para(s, "lserif", "", 9.6, BLACK, lh=4.3, dx=9, bullet="•", bdx=3.5)

    head("Education")
    sub("Carnegie Mellon University", "Pittsburgh, PA",
        "Master of Science in Computer Science; GPA 3.92/4.00", "Aug. 2023 – May 2025")
    F.gap(1)
    sub("University of California, Davis", "Davis, CA",
        "Bachelor of Science in Computer Science, Minor in Statistics", "Sep. 2019 – Jun. 2023")
    F.para("Relevant coursework: Distributed Systems, Compilers, Machine Learning, Computer Security, "
           "Algorithms, Operating Systems", "lserif", "", 9.6, BLACK, lh=4.3, dx=9)
    head("Experience")
    sub("Software Engineering Intern", "May 2024 – Aug. 2024", "Stripe", "San Francisco, CA")
    bl("Built a Rust service that deduplicates webhook retries for 2.1M merchants, cutting duplicate "
       "deliveries by 97% and saving an estimated 1.4 TB of egress per month")
    bl("Added property-based tests (proptest) to the idempotency-key library; found and fixed 3 race "
       "conditions before launch")
    bl("Wrote the on-call runbook and Grafana dashboards adopted by the payments-reliability team")
    F.gap(1.2)
    sub("Graduate Teaching Assistant", "Jan. 2024 – Present",
        "Carnegie Mellon University, 15-213 Introduction to Computer Systems", "Pittsburgh, PA")
    bl("Lead weekly recitations for 40 students; redesigned the malloc lab autograder in Python")
    bl("Hold 6 office hours a week and answer about 150 forum posts a semester")
    F.gap(1.2)
    sub("Undergraduate Researcher", "Jun. 2021 – Jun. 2023", "UC Davis DECAL Lab", "Davis, CA")
    bl("Implemented static analysis passes in LLVM to find misuse of cryptographic APIs in C code")
    bl("Second author on a paper at the IEEE SecDev 2023 conference")
    head("Projects")

    def proj(name, tech, date):
        F.need(5)
        runs(p, F.x, F.y, [(name, "lserif", "B", 10.4, BLACK), (" | ", "lserif", "", 10.4, BLACK),
                           (tech, "lserif", "I", 10.4, BLACK)], 4.9)
        T(p, F.x, F.y, date, "lserif", "", 10.4, BLACK, w=F.w, align="R", h=4.9)
        F.y += 4.9

    proj("TrailMix", "Rust, WebAssembly, React, PostGIS", "Jan. 2025 – Present")
    bl("Offline-first hiking route planner; elevation profiles computed in the browser via WebAssembly")
    bl("1,200 GitHub stars; featured in This Week in Rust #579")
    F.gap(1)
    proj("Gradebook Sync", "Python, FastAPI, PostgreSQL, Docker", "Sep. 2022 – May 2023")
    bl("Syncs Gradescope and Canvas grades for 30+ UC Davis courses; replaced a manual CSV workflow")
    head("Technical Skills")
    for a, b in (("Languages", "Python, Rust, Go, TypeScript, C/C++, SQL, Bash"),
                 ("Frameworks", "React, FastAPI, Flask, Tokio, Axum, Node.js"),
                 ("Developer Tools", "Git, Docker, Kubernetes, AWS, GCP, Grafana, LLVM"),
                 ("Libraries", "pandas, NumPy, PyTorch, serde, proptest")):
        F.need(4.6)
        runs(p, F.x + 2, F.y, [(a + ": ", "lserif", "B", 9.8, BLACK), (b, "lserif", "", 9.8, BLACK)], 4.6)
        F.y += 4.6
    head("Honors & Awards")
    bl("ICPC North America Championship, Honorable Mention (2023)")
    bl("Dean's Honors List, UC Davis College of Engineering (all eight quarters)")
    bl("Stripe Intern Hackathon, 1st place: 'Refund Replay' debugging tool (2024)")
    head("Volunteer Work")
    bl("Volunteer instructor, Code Pittsburgh Saturday Coding Club: teach Python to 12 high-school "
       "students every other weekend (2023 – present)")
    pdf_out(p, out, "h03_en_latexish.pdf")


# ==========================================================================
# h04  en  infographic  (PDF) - icon circles beside headings, statistics band,
# vertical career timeline, skill bars and rating dots.
# ==========================================================================
def h04(out):
    TEAL, INK, GREY, PALE = (0, 128, 128), (30, 41, 59), (100, 110, 125), (228, 243, 242)
    p = PDF("Sofia Lindqvist - CV", "Sofia Lindqvist")
    p.add_page()
    T(p, 15, 11, "Sofia Lindqvist", "sans", "B", 24, INK)
    T(p, 15, 22, "UX / Product Designer", "sans", "B", 12, TEAL)
    x = 15
    for s in ("+46 70 123 45 67", "sofia@lindqvist.design", "Stockholm, Sweden", "dribbble.com/sofial"):
        p.fill(TEAL); p.circle(x + 1.6, 32.6, 1.6, "F")
        p.fill((255, 255, 255)); p.circle(x + 1.6, 32.6, 0.6, "F")
        T(p, x + 4.5, 30.5, s, "sans", "", 8.5, GREY, h=4.2)
        x += 4.5 + TW(p, s, "sans", "", 8.5) + 7
    p.fill(PALE); p.rect(15, 39, 180, 20, "F", round_corners=True, corner_radius=3)
    for k, (num, lab) in enumerate((("9+", "years designing products"), ("40+", "features shipped"),
                                     ("3", "design systems built"))):
        cx = 15 + 30 + k * 60
        T(p, cx - 25, 41.5, num, "sans", "B", 19, TEAL, w=50, align="C", h=8.5)
        T(p, cx - 25, 50.5, lab, "sans", "", 8.5, GREY, w=50, align="C", h=4.5)

    def icon(kind, cx, cy):
        p.fill(TEAL); p.circle(cx, cy, 4, "F")
        p.fill((255, 255, 255)); p.draw((255, 255, 255), 0.5)
        if kind == "person":
            p.circle(cx, cy - 1.1, 1.1, "F"); p.ellipse(cx - 2, cy + 0.6, 4, 2.6, "F")
        elif kind == "case":
            p.rect(cx - 2.2, cy - 1.0, 4.4, 3, "F"); p.rect(cx - 0.9, cy - 2, 1.8, 1, "D")
        elif kind == "cap":
            p.polygon([(cx - 2.8, cy - 0.4), (cx, cy - 1.8), (cx + 2.8, cy - 0.4), (cx, cy + 1.0)], style="F")
            p.rect(cx - 1.4, cy + 0.1, 2.8, 1.4, "F")
        elif kind == "bars":
            for i, hh in enumerate((1.5, 2.6, 3.6)):
                p.rect(cx - 2.1 + i * 1.5, cy + 1.6 - hh, 1.0, hh, "F")
        elif kind == "globe":
            p.circle(cx, cy, 2.2, "D"); p.line(cx - 2.2, cy, cx + 2.2, cy); p.ellipse(cx - 0.9, cy - 2.2, 1.8, 4.4, "D")
        elif kind == "badge":
            p.circle(cx, cy - 0.6, 1.6, "F")
            p.polygon([(cx - 1.4, cy + 0.4), (cx - 2.0, cy + 2.4), (cx - 0.5, cy + 1.6)], style="F")
            p.polygon([(cx + 1.4, cy + 0.4), (cx + 2.0, cy + 2.4), (cx + 0.5, cy + 1.6)], style="F")
        else:
            p.polygon([(cx, cy + 2), (cx - 2.2, cy - 0.2), (cx - 1.1, cy - 1.6), (cx, cy - 0.7),
                       (cx + 1.1, cy - 1.6), (cx + 2.2, cy - 0.2)], style="F")

    def head(f, title, kind):
        f.gap(4)
        f.need(16)
        icon(kind, f.x + 4, f.y + 3.6)
        T(p, f.x + 10.5, f.y + 0.4, title, "sans", "B", 13, INK, h=6.4)
        f.y += 10.5

    L = Flow(p, 15, 105, 62)
    head(L, "About Me", "person")
    L.para("Product designer who enjoys messy problems: payments, onboarding and accessibility. I pair "
           "qualitative research with product analytics, prototype in code when it helps, and ship in "
           "close collaboration with engineers. Currently leading design for checkout at a Nordic fintech.",
           "sans", "", 9, GREY, lh=4.5)
    head(L, "Career Path", "case")
    jobs = [("2022 – now", "Senior Product Designer", "Norrsken Pay · Stockholm",
             ["Lead designer for the checkout used by 9,000 merchants; cut drop-off by 14%.",
              "Started the accessibility guild and brought the app to WCAG 2.2 AA."]),
            ("2019 – 2022", "Product Designer", "Ledgerly · Gothenburg",
             ["Redesigned invoicing for 60,000 small businesses; support tickets down 30%.",
              "Built the first version of the Ledgerly design system (120 components)."]),
            ("2016 – 2019", "UX Designer", "Studio Fjäril · Malmö",
             ["Research and interaction design for public-sector and retail clients.",
              "Ran usability tests with 200+ participants across 14 projects."])]
    top = L.y
    for when, title, org, bl in jobs:
        p.fill(TEAL); p.circle(L.x + 4, L.y + 2.2, 1.8, "F")
        L.text(when, "sans", "B", 8.5, TEAL, lh=4.4, dx=10.5)
        L.text(title, "sans", "B", 10.5, INK, lh=5.2, dx=10.5)
        L.text(org, "sans", "I", 9, GREY, lh=4.6, dx=10.5)
        for b in bl:
            L.para(b, "sans", "", 8.8, GREY, lh=4.3, dx=14, bullet="–", bdx=3.2)
        last = L.y
        L.gap(3.5)
    p.draw(TEAL, 0.5); p.line(L.x + 4, top + 2.2, L.x + 4, last - 6)
    head(L, "Education", "cap")
    for deg, org in (("MSc Interaction Design", "Chalmers University of Technology · 2016"),
                     ("BA Graphic Design", "Konstfack University of Arts, Stockholm · 2014")):
        L.text(deg, "sans", "B", 10, INK, lh=5, dx=10.5)
        L.text(org, "sans", "", 9, GREY, lh=4.6, dx=10.5)
        L.gap(1.5)

    p.fill((247, 250, 250)); p.rect(127, 63, 72, 214, "F", round_corners=True, corner_radius=3)
    R = Flow(p, 131, 64, 62)
    head(R, "Skill Set", "bars")
    for lab, pct in (("User research", 0.9), ("Prototyping", 0.95), ("Design systems", 0.85),
                     ("Accessibility (WCAG)", 0.8), ("Product analytics", 0.7), ("HTML / CSS", 0.65)):
        R.text(lab, "sans", "", 8.8, INK, lh=4.4)
        p.fill((215, 225, 228)); p.rect(R.x, R.y + 0.4, 60, 1.8, "F")
        p.fill(TEAL); p.rect(R.x, R.y + 0.4, 60 * pct, 1.8, "F")
        R.gap(4.2)
    head(R, "Languages", "globe")
    for lab, n in (("Swedish", 5), ("English", 5), ("German", 2), ("Finnish", 1)):
        T(p, R.x, R.y, lab, "sans", "", 8.8, INK, h=5)
        for i in range(5):
            p.fill(TEAL if i < n else (205, 215, 218)); p.circle(R.x + 36 + i * 5, R.y + 2.5, 1.6, "F")
        R.gap(5.6)
    head(R, "Hobbies & Interests", "heart")
    for s in ("Bouldering", "Film photography", "Sourdough baking", "Design mentoring (ADPList)"):
        p.fill(TEAL); p.circle(R.x + 1.3, R.y + 2.4, 1.1, "F")
        T(p, R.x + 4, R.y, s, "sans", "", 8.8, INK, h=4.8)
        R.gap(5.4)
    head(R, "Certifications", "badge")
    for a, b in (("NN/g UX Certification", "Nielsen Norman Group · 2021"),
                 ("IAAP CPACC", "Accessibility core competencies · 2023")):
        R.text(a, "sans", "B", 9, INK, lh=4.6)
        R.text(b, "sans", "", 8.3, GREY, lh=4.4)
        R.gap(1.5)
    pdf_out(p, out, "h04_en_infographic.pdf")


# ==========================================================================
# h05  en  europass  (PDF, 2 pages) - Europass-style grid: right-aligned blue
# labels in a left column, content on the right, CEFR language table.
# ==========================================================================
def h05(out):
    BLUE, DARK, TXT = (21, 101, 170), (30, 50, 110), (50, 50, 50)
    LX, LW, RX, RW = 10, 52, 67, 131
    p = PDF("Europass Curriculum Vitae - Aoife Brennan", "Aoife Brennan")

    def hdr(pp):
        if pp.page_no() > 1:
            T(pp, LX, 12, "Curriculum Vitae", "lsans", "", 10, BLUE, w=LW, align="R", h=5)
            T(pp, RX, 12, "Aoife Brennan", "lsans", "", 10, TXT, h=5)

    def ftr(pp):
        p.draw((180, 180, 180), 0.2); pp.line(LX, 283, 200, 283)
        T(pp, LX, 284.5, "© European Union, 2002-2013 | europass.cedefop.europa.eu", "lsans", "", 6.5,
          (120, 120, 120), h=3.5)
        T(pp, LX, 284.5, "Page %d / 2" % pp.page_no(), "lsans", "", 6.5, (120, 120, 120), w=190, align="R", h=3.5)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    T(p, LX, 14, "Curriculum Vitae", "lsans", "", 13, BLUE, w=LW, align="R", h=6)
    F = Flow(p, RX, RW, 26, top=24, bottom=276)

    def head(title):
        F.gap(5)
        F.need(16)
        T(p, LX, F.y, title, "lsans", "", 9.5, BLUE, w=LW, align="R", h=5)
        p.draw(BLUE, 0.35); p.line(RX, F.y + 2.6, RX + RW, F.y + 2.6)
        F.y += 7

    def label(s, lh=4.4):
        T(p, LX, F.y, s, "lsans", "", 8, BLUE, w=LW, align="R", h=lh)

    def body(s, dx=0, bullet=None):
        F.para(s, "lsans", "", 9, TXT, lh=4.4, dx=dx, bullet=bullet, bdx=3.2)

    head("PERSONAL INFORMATION")
    F.text("Aoife Brennan", "lsans", "", 15, DARK, lh=7.5)
    F.gap(1)
    for lab, val in (("Address", "27 Glenview Park, Ballincollig, Cork P31 X2Y4 (Ireland)"),
                     ("Telephone", "+353 21 555 0147     Mobile  +353 87 555 0192"),
                     ("E-mail", "aoife.brennan@eircom-mail.ie"),
                     ("LinkedIn", "linkedin.com/in/aoifebrennan-scm")):
        F.need(4.6)
        runs(p, RX, F.y, [(lab + "  ", "lsans", "", 8, BLUE), (val, "lsans", "", 9, TXT)], 4.6)
        F.y += 4.6
    F.need(4.6)
    runs(p, RX, F.y, [("Sex ", "lsans", "", 8, BLUE), ("Female", "lsans", "", 9, TXT),
                      (" | Date of birth ", "lsans", "", 8, BLUE), ("14/03/1991", "lsans", "", 9, TXT),
                      (" | Nationality ", "lsans", "", 8, BLUE), ("Irish", "lsans", "", 9, TXT)], 4.6)
    F.y += 4.6
    head("JOB APPLIED FOR")
    F.text("Supply Chain Planning Manager", "lsans", "", 14, DARK, lh=7)
    head("WORK EXPERIENCE")

    def job(dates, title, org, bl, sector):
        F.need(18)
        label(dates, 5.6)
        F.text(title, "lsans", "", 11, DARK, lh=5.6)
        F.text(org, "lsans", "", 9, TXT, lh=4.6)
        F.gap(0.6)
        for b in bl:
            body(b, dx=3.5, bullet="▪")
            F.gap(0.4)
        F.gap(0.6)
        F.need(4.6)
        runs(p, RX, F.y, [("Business or sector  ", "lsans", "", 8, BLUE), (sector, "lsans", "", 9, TXT)], 4.6)
        F.y += 4.6
        F.gap(4)

    job("Jan 2020–Present", "Senior Supply Chain Planner",
        "Harbourline Medical Devices Ltd, Model Farm Road, Cork (Ireland)",
        ["Own the monthly S&OP cycle for 2,400 finished-goods SKUs across three plants (Cork, Limerick, "
         "Penang); chair the supply review with production, procurement and quality",
         "Run constrained supply planning in SAP IBP; keep capacity, component and sterilisation "
         "constraints current with the plants' master-data owners",
         "Built the shortage war-room process during the 2021–2022 resin crisis: weekly allocation "
         "decisions with commercial, daily tracking of 60 critical components",
         "Improved forecast accuracy (MAPE) from 38% to 24% by introducing statistical baselines and "
         "consensus overrides with market managers",
         "Cut inventory by €6.1m (17%) while holding customer service above 97.5% OTIF",
         "Coach two junior planners and run the SAP IBP super-user network (14 users)"],
        "Medical device manufacturing")
    job("Jun 2016–Dec 2019", "Demand Planner",
        "Corrib Foods plc, Oranmore, Galway (Ireland)",
        ["Produced weekly demand plans for chilled dairy and desserts sold to Irish and UK retailers",
         "Ran promotional uplift analysis with key-account managers for Tesco Ireland and Dunnes Stores",
         "Migrated forecasting from Excel to SAP APO DP; wrote the training material for the team",
         "Reduced write-offs of short-life stock by 22% over two years"],
        "Food and beverage manufacturing")
    job("Sep 2013–May 2016", "Logistics Coordinator",
        "Atlantic Freight Services Ltd, Shannon Free Zone, Co. Clare (Ireland)",
        ["Booked and tracked air and sea freight for 40 aerospace and pharmaceutical clients",
         "Prepared customs documentation (EORI, EUR.1, commercial invoices) and handled carrier claims",
         "Introduced a shared shipment tracker that halved 'where is my order' calls from customers"],
        "Freight forwarding and logistics")
    head("EDUCATION AND TRAINING")

    def edu(dates, title, org):
        F.need(12)
        label(dates, 5.6)
        F.text(title, "lsans", "", 11, DARK, lh=5.6)
        F.text(org, "lsans", "", 9, TXT, lh=4.6)
        F.gap(3)

    edu("2021", "APICS Certified Supply Chain Professional (CSCP)", "ASCM, Chicago (USA), online programme")
    edu("Sep 2014–Aug 2016", "MSc Supply Chain Management (part-time)", "University College Cork (Ireland)")
    edu("Sep 2009–Jun 2013", "Bachelor of Commerce (Honours), 2.1", "National University of Ireland, Galway")
    head("PERSONAL SKILLS")
    label("Mother tongue(s)")
    F.text("English", "lsans", "", 9, TXT, lh=4.4)
    F.gap(3)
    F.need(34)
    label("Other language(s)")
    y0 = F.y
    cw = [31, 20, 20, 20, 20, 20]
    xs = [RX + sum(cw[:i]) for i in range(6)]
    p.fill((233, 239, 247)); p.rect(xs[1], y0, 100, 11, "F")
    for txt, i, span in (("UNDERSTANDING", 1, 2), ("SPEAKING", 3, 2), ("WRITING", 5, 1)):
        T(p, xs[i], y0, txt, "lsans", "", 7.5, BLUE, w=20 * span, align="C", h=5)
    for txt, i in (("Listening", 1), ("Reading", 2), ("Spoken interaction", 3), ("Spoken production", 4)):
        T(p, xs[i], y0 + 5.2, txt, "lsans", "", 6.3, BLUE, w=20, align="C", h=5)
    yy = y0 + 11.5
    for lang, lv, cert in (("Irish", ("B1", "B2", "B1", "B1", "B1"), "Leaving Certificate, Higher Level"),
                           ("German", ("B2", "B2", "B1", "B1", "B1"), "Goethe-Zertifikat B1 (2019)")):
        p.draw((210, 215, 225), 0.2); p.line(RX, yy, RX + 131, yy)
        T(p, RX, yy + 0.5, lang, "lsans", "", 9, TXT, h=5)
        for i, l in enumerate(lv):
            T(p, xs[i + 1], yy + 0.5, l, "lsans", "", 9, TXT, w=20, align="C", h=5)
        T(p, xs[1], yy + 5.2, cert, "lsans", "", 7.5, TXT, w=100, align="C", h=4)
        yy += 10
    T(p, RX, yy + 0.5, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: "
      "Proficient user", "lsans", "I", 7, (110, 110, 110), h=3.6)
    F.y = yy + 6
    for lab, txt in (("Communication skills", "Clear written and spoken communication built up in "
                      "weekly S&OP meetings with directors; presented the supply plan to the "
                      "executive team every quarter."),
                     ("Organisational / managerial skills", "Led the cross-functional shortage war room "
                      "(8 people, 18 months); mentor for the Harbourline graduate programme."),
                     ("Job-related skills", "Demand and supply planning, S&OP / IBP, inventory optimisation, "
                      "safety-stock modelling, supplier allocation, Lean Six Sigma Green Belt."),
                     ("Digital skills", "SAP IBP and S/4HANA (expert), SAP APO DP, Power BI, Excel with "
                      "Power Query, basic Python for forecasting (pandas, statsmodels)."),
                     ("Driving licence", "B")):
        F.need(9)
        label(lab)
        body(txt)
        F.gap(3)
    head("ADDITIONAL INFORMATION")
    for lab, txt in (("Memberships", "Chartered Institute of Logistics and Transport (CILT) Ireland, "
                      "member since 2017"),
                     ("Conferences", "Speaker, Supply Chain Ireland Summit, Dublin, 2024: 'S&OP in a "
                      "shortage economy'")):
        F.need(9)
        label(lab)
        body(txt)
        F.gap(3)
    pdf_out(p, out, "h05_en_europass.pdf")


# ==========================================================================
# h06  en  cards  (PDF) - grey page, every section in a white rounded card;
# two rows hold two cards side by side; chips for skills.
# ==========================================================================
def h06(out):
    INK, TEAL, GREY, BODY = (31, 41, 55), (13, 116, 144), (107, 114, 128), (55, 65, 81)
    p = PDF("Grace Whitfield RN - Resume", "Grace Whitfield")
    p.add_page()
    p.fill((241, 244, 248)); p.rect(0, 0, 210, 297, "F")
    T(p, 14, 12, "Grace Whitfield", "sans", "B", 23, INK)
    T(p, 14, 22.5, "RN, BSN · Cardiac & Telemetry Nursing", "sans", "B", 11, TEAL)
    T(p, 14, 29, "Columbus, OH · (614) 555-0139 · grace.whitfield.rn@email.com · "
      "linkedin.com/in/gracewhitfieldrn", "sans", "", 8.4, GREY, h=4.4)

    def card(x, w, y, fill_fn, h=None):
        if h is None:
            d = Flow(p, x + 5, w - 10, y + 4, bottom=10000, dry=True)
            fill_fn(d)
            h = d.y - y + 3
        p.fill((255, 255, 255)); p.draw((222, 226, 232), 0.25)
        p.rect(x, y, w, h, "DF", round_corners=True, corner_radius=2.5)
        f = Flow(p, x + 5, w - 10, y + 4, bottom=10000)
        fill_fn(f)
        return h

    def measure(x, w, fill_fn):
        d = Flow(p, x + 5, w - 10, 4, bottom=10000, dry=True)
        fill_fn(d)
        return d.y + 3

    def head(f, title):
        f.text(title, "sans", "B", 11.5, TEAL, lh=6)
        f.gap(1.2)

    def bl(f, s):
        f.para(s, "sans", "", 8.6, BODY, lh=4.2, dx=3.5, bullet="•", bcol=TEAL)
        f.gap(0.4)

    def profile(f):
        head(f, "Clinical Profile")
        f.para("Registered nurse with eight years on cardiac step-down and telemetry units. Calm charge "
               "nurse, strong on rhythm interpretation, titratable drips and patient teaching. Precepts "
               "new graduates and leads the unit's falls-prevention work.", "sans", "", 8.8, BODY, lh=4.4)

    def experience(f):
        head(f, "Clinical Experience")
        f.lr("Charge Nurse", "Mar 2021 – Present", "sans", "B", "", 10, INK, GREY, lh=5, szr=8.5)
        f.text("ST. BRENDAN'S REGIONAL MEDICAL CENTER", "sans", "B", 8.4, BODY, lh=4.4)
        f.text("Cardiac Step-Down Unit (32 beds) · Columbus, OH", "sans", "I", 8.4, GREY, lh=4.4)
        f.gap(0.6)
        bl(f, "Coordinate staffing, admissions and discharges for 32 beds with 8 RNs and 4 PCTs per shift.")
        bl(f, "Manage patients on diltiazem, heparin and amiodarone drips; first responder for rapid-response calls.")
        bl(f, "Precept more than ten new-graduate nurses a year through a 12-week orientation.")
        f.text("Key achievements", "sans", "B", 8.8, INK, lh=4.8)
        bl(f, "Cut unit falls by 41% in 2023 with hourly rounding and bed-alarm audits.")
        bl(f, "Nominated for the DAISY Award for Extraordinary Nurses in 2022 and 2024.")
        f.gap(2.5)
        f.lr("Staff Nurse, Telemetry", "Jun 2017 – Feb 2021", "sans", "B", "", 10, INK, GREY, lh=5, szr=8.5)
        f.text("MERCY VALLEY HOSPITAL", "sans", "B", 8.4, BODY, lh=4.4)
        f.text("Telemetry Unit (28 beds) · Dayton, OH", "sans", "I", 8.4, GREY, lh=4.4)
        f.gap(0.6)
        bl(f, "Cared for 4–5 patients per shift with arrhythmias, heart failure and post-PCI recovery.")
        bl(f, "Member of the unit practice council; rewrote the telemetry-monitoring competency checklist.")
        bl(f, "Super-user for the Epic go-live in 2019; trained 35 colleagues on the new flowsheets.")

    def licences(f):
        head(f, "Licensure & Certifications")
        for s in ("Registered Nurse, Ohio Board of Nursing, RN.448120 (exp. 08/2027)",
                  "PCCN: Progressive Care Certified Nurse (AACN)", "ACLS and BLS Provider (AHA)",
                  "NIH Stroke Scale certified"):
            bl(f, s)

    def education(f):
        head(f, "Education")
        f.text("Bachelor of Science in Nursing", "sans", "B", 9, INK, lh=4.6)
        f.text("Wright State University, Dayton, OH · 2017", "sans", "", 8.5, BODY, lh=4.4)
        f.gap(1.5)
        f.text("Associate Degree in Nursing", "sans", "B", 9, INK, lh=4.6)
        f.text("Sinclair Community College · 2015", "sans", "", 8.5, BODY, lh=4.4)

    def skills(f):
        head(f, "Clinical Skills")
        x, y = f.x, f.y
        for s in ("Telemetry & 12-lead ECG", "Titratable cardiac drips", "Post-PCI sheath care",
                  "Heart-failure teaching", "Rapid response", "Epic EHR", "Preceptor",
                  "Falls prevention", "Wound care", "Sepsis bundle"):
            w = TW(p, s, "sans", "", 8.3) + 6
            if x + w > f.x + f.w:
                x, y = f.x, y + 7
            if not f.dry:
                p.fill((226, 242, 246)); p.rect(x, y, w, 5.4, "F", round_corners=True, corner_radius=2.7)
                T(p, x + 3, y + 0.3, s, "sans", "", 8.3, (20, 80, 100), h=4.8)
            x += w + 2.2
        f.y = y + 7

    def languages(f):
        head(f, "Languages")
        f.text("English: native", "sans", "", 8.8, BODY, lh=4.6)
        f.para("Spanish: conversational; medical Spanish course (2020)", "sans", "", 8.8, BODY, lh=4.6)

    def outside(f):
        head(f, "Outside the Ward")
        f.para("Half-marathon runner, choir alto, and Saturday volunteer at the free blood-pressure "
               "clinic at Linden Community Center.", "sans", "", 8.8, BODY, lh=4.6)

    y = 39
    y += card(12, 186, y, profile) + 5
    y += card(12, 186, y, experience) + 5
    h = max(measure(12, 91, licences), measure(107, 91, education))
    card(12, 91, y, licences, h)
    card(107, 91, y, education, h)
    y += h + 5
    y += card(12, 186, y, skills) + 5
    h = max(measure(12, 91, languages), measure(107, 91, outside))
    card(12, 91, y, languages, h)
    card(107, 91, y, outside, h)
    pdf_out(p, out, "h06_en_cards.pdf")


# ==========================================================================
# h07  en  numbered  (PDF) - architect; large numbered headings "NN / Title"
# built from three runs, thin display name, contact as the last section.
# ==========================================================================
def h07(out):
    INK, ACC, GREY, BODY = (25, 25, 25), (214, 120, 40), (140, 140, 140), (60, 60, 60)
    p = PDF("Nadia Ferreira - CV", "Nadia Ferreira")

    def ftr(pp):
        T(pp, 0, 286, "Nadia Ferreira — CV 2026 — portfolio on request", "sans", "", 7.5, GREY,
          w=210, align="C", h=4)

    p.ftr = ftr
    p.add_page()
    T(p, 20, 14, "Nadia Ferreira", "thin", "", 30, INK, h=13)
    T(p, 20, 28, "Architect ARB · RIBA Chartered", "sans", "B", 11, ACC, h=5.5)
    T(p, 20, 34, "Bristol, UK · Available from April 2026", "sans", "", 9, GREY, h=4.6)
    F = Flow(p, 20, 170, 40, bottom=282)

    def head(num, title):
        F.gap(4)
        F.need(16)
        runs(p, F.x, F.y, [(num, "sans", "B", 15, ACC), (" / ", "thin", "", 15, GREY),
                           (title, "sans", "B", 15, INK)], 7.5)
        F.y += 9

    def bl(s):
        F.para(s, "sans", "", 9, BODY, lh=4.5, dx=4, bullet="·", bcol=ACC)
        F.gap(0.3)

    head("01", "Profile")
    F.para("Chartered architect with eight years' experience in public and cultural buildings, from "
           "competition stage to handover. I enjoy the technical end of design: timber and low-carbon "
           "construction, detailing and coordinating large consultant teams.", "sans", "", 9.4, BODY, lh=4.8)
    head("02", "Experience")
    F.lr("Project Architect", "2020 — present", "sans", "B", "", 10.5, INK, GREY, lh=5.4, szr=9)
    F.text("HOLLOWAY & BRANDT ARCHITECTS, BRISTOL", "sans", "B", 8.3, GREY, lh=4.6)
    bl("Lead architect for two library projects (£6.4m and £11m), RIBA Stages 2–5.")
    bl("Run design-team meetings and coordinate structure, services and cost consultants.")
    bl("Champion of the practice's embodied-carbon workflow (One Click LCA, RIBA 2030 targets).")
    F.gap(2.5)
    F.lr("Part II Architectural Assistant", "2016 — 2019", "sans", "B", "", 10.5, INK, GREY, lh=5.4, szr=9)
    F.text("STUDIO OKAFOR, LONDON", "sans", "B", 8.3, GREY, lh=4.6)
    bl("Competition and feasibility work for housing associations and schools.")
    bl("Produced planning packages and construction details for a 42-unit CLT housing scheme.")
    head("03", "Selected Projects")
    for name, meta, desc in (
            ("Harbourside Community Library, Cork", "RIBA Stages 2–5 · £6.4m · completed 2023",
             "Cross-laminated timber library on a flood-risk quay; shortlisted for an RIAI award."),
            ("Southmead Learning Centre, Bristol", "RIBA Stages 1–4 · £11m · on site",
             "Adult-education building with a passive ventilation strategy and reused brick.")):
        F.need(14)
        F.text(name, "sans", "B", 9.8, INK, lh=5)
        F.text(meta, "sans", "I", 8.5, GREY, lh=4.4)
        F.para(desc, "sans", "", 9, BODY, lh=4.5)
        F.gap(2)
    head("04", "Education")
    for s in ("Part III Professional Practice, University of Westminster, 2020",
              "MArch Architecture (Part II), The Bartlett School of Architecture, UCL, 2018",
              "BA (Hons) Architecture (Part I), University of Bath, 2015"):
        F.text(s, "sans", "", 9.3, BODY, lh=4.9)
    head("05", "Software")
    F.para("Revit · Rhino + Grasshopper · AutoCAD · Enscape · Adobe Creative Cloud · SketchUp · One Click LCA",
           "sans", "", 9.3, BODY, lh=4.8)
    head("06", "Awards & Press")
    bl("RIAI Public Choice Award shortlist, Harbourside Community Library, 2024")
    bl("Featured in Architects' Journal 'Timber Focus', March 2024")
    bl("RIBA President's Medals, Bartlett nomination, 2018")
    head("07", "Say Hello")
    F.text("nadia@nadiaferreira.studio · +44 7911 555 302", "sans", "", 9.3, BODY, lh=4.9)
    F.text("nadiaferreira.studio · instagram.com/nf.studio", "sans", "", 9.3, BODY, lh=4.9)
    pdf_out(p, out, "h07_en_numbered.pdf")


# ==========================================================================
# h08  en  functional  (PDF) - career-change functional resume: shaded
# heading bands with an accent bar, keyword grid, tools table with a dark
# header row, bold skill-area sub-labels.
# ==========================================================================
def h08(out):
    NAVY, BAND, BODY, GREY = (28, 46, 92), (232, 237, 246), (45, 45, 45), (110, 110, 110)
    p = PDF("Marcus Bell - Instructional Designer", "Marcus Bell")
    p.add_page()
    T(p, 18, 13, "MARCUS BELL, M.Ed.", "cond", "B", 21, NAVY, h=9)
    T(p, 18, 23, "Instructional Designer | eLearning Developer | Former Secondary Science Teacher",
      "cond", "I", 10, GREY, h=5)
    T(p, 18, 28.5, "Tulsa, OK  •  (918) 555-0164  •  marcus.bell.id@email.com  •  marcusbell-portfolio.com",
      "cond", "", 9, BODY, h=4.6)
    F = Flow(p, 18, 174, 35, bottom=286)

    def head(title):
        F.gap(3.2)
        F.need(16)
        p.fill(BAND); p.rect(F.x, F.y, F.w, 6.6, "F")
        p.fill(NAVY); p.rect(F.x, F.y, 1.6, 6.6, "F")
        T(p, F.x + 4, F.y, title, "cond", "B", 11.5, NAVY, h=6.6)
        F.y += 8.6

    def bl(s, dx=4):
        F.para(s, "cond", "", 9.4, BODY, lh=4.5, dx=dx, bullet="•", bcol=NAVY)

    head("Professional Summary")
    F.para("Former high-school science teacher turned instructional designer with 11 years of designing "
           "learning experiences for teenagers and adults. Builds scenario-based eLearning in Storyline "
           "and Rise, writes tight storyboards, and measures whether training changes behaviour.",
           "cond", "", 9.6, BODY, lh=4.7)
    head("Core Competencies")
    items = ["Needs analysis", "ADDIE & SAM", "Storyboarding", "Scenario-based learning",
             "Assessment design", "Accessibility (508)", "LMS administration", "Facilitation",
             "Learning analytics"]
    for r in range(3):
        for c in range(3):
            T(p, F.x + 2 + c * 58, F.y, "▪ " + items[r * 3 + c], "cond", "", 9.4, BODY, h=4.8)
        F.y += 4.9
    F.gap(2)
    cw = [70, 50, 30]
    p.fill(NAVY); p.rect(F.x, F.y, sum(cw), 5.8, "F")
    x = F.x
    for hd, w in zip(("Tool", "Level", "Years"), cw):
        T(p, x + 2, F.y, hd, "cond", "B", 9.2, (255, 255, 255), h=5.8)
        x += w
    F.y += 5.8
    for k, row in enumerate((("Articulate Storyline 360", "Advanced", "3"), ("Articulate Rise", "Advanced", "3"),
                             ("Adobe Captivate", "Intermediate", "2"), ("Canvas / Moodle LMS", "Advanced", "9"),
                             ("Vyond & Camtasia", "Intermediate", "2"))):
        if k % 2:
            p.fill((245, 247, 251)); p.rect(F.x, F.y, sum(cw), 5, "F")
        x = F.x
        for v, w in zip(row, cw):
            T(p, x + 2, F.y, v, "cond", "", 9, BODY, h=5)
            x += w
        F.y += 5
    head("Selected Accomplishments")
    for lab, bls in (("Instructional Design",
                      ["Designed a 6-module onboarding course for Riverbend Credit Union tellers; time to "
                       "proficiency fell from 9 to 6 weeks.",
                       "Rewrote a district-wide chemistry unit around lab scenarios; pass rates rose 18%."]),
                     ("Learning Technology",
                      ["Administered Canvas for 1,400 students and 90 teachers; built course templates "
                       "still used district-wide.",
                       "Produced 40+ micro-videos with captions and transcripts meeting Section 508."]),
                     ("Stakeholder Collaboration",
                      ["Worked with compliance SMEs to turn a 60-page policy into a 20-minute branching "
                       "scenario with a 94% completion rate.",
                       "Led professional development for 35 teachers on formative assessment."])):
        F.need(14)
        F.text(lab, "cond", "B", 9.8, NAVY, lh=5)
        for b in bls:
            bl(b)
        F.gap(1.2)
    head("Employment History")
    for t, rest, d in (("Instructional Designer (contract)", " — Riverbend Credit Union, Tulsa, OK", "2024 – Present"),
                       ("Science Teacher & Canvas Lead", " — Union Public Schools, Tulsa, OK", "2017 – 2024"),
                       ("Biology Teacher", " — Sand Springs High School, Sand Springs, OK", "2013 – 2017")):
        F.need(5)
        runs(p, F.x, F.y, [(t, "cond", "B", 9.5, BODY), (rest, "cond", "", 9.5, BODY)], 4.9)
        T(p, F.x, F.y, d, "cond", "", 9.5, GREY, w=F.w, align="R", h=4.9)
        F.y += 4.9
    head("Education & Credentials")
    for s in ("M.Ed. Curriculum & Instruction — Oklahoma State University, 2017",
              "B.S. Biology — The University of Tulsa, 2012",
              "Oklahoma Standard Teaching Certificate, Secondary Science (6–12)"):
        F.text(s, "cond", "", 9.5, BODY, lh=4.9)
    head("Professional Development")
    bl("ATD Instructional Design Certificate — Association for Talent Development, 2023")
    bl("Google UX Design Professional Certificate (Coursera), 2023")
    head("Volunteer Work")
    bl("Volunteer tutor, Tulsa City-County Library Homework Help (2019 – present)")
    pdf_out(p, out, "h08_en_functional.pdf")


# ==========================================================================
# h09  en  sidecell  (DOCX) - name above a one-row, two-column table; the left
# cell is shaded dark with white text; headings in both cells.
# ==========================================================================
def h09(out):
    d = new_doc("Calibri", 10, margins=(1.5, 1.5, 1.5, 1.5))
    DARK, TEAL = "1F3A4D", "138D90"
    P(d, "Priya Natarajan", b=True, sz=24, col=DARK, sa=0)
    P(d, "Data Analyst · SQL · Python · Power BI", b=True, sz=12, col=TEAL, sa=8)
    t = table(d, 1, 2, [6.0, 12.0])
    left, right = t.rows[0].cells
    cell_fill(left, DARK)
    cell_margins(left, 160, 160, 200, 200)
    cell_margins(right, 100, 100, 300, 100)

    def lhead(text, first=False):
        if first:
            cell_first(left, [(text, dict(b=True, sz=11.5, col="FFFFFF"))], sa=4)
        else:
            P(left, [(text, dict(b=True, sz=11.5, col="FFFFFF"))], sb=14, sa=4, keep=True)

    def lline(text):
        P(left, [(text, dict(sz=9.5, col="E6EEF2"))], sa=2)

    lhead("CONTACT", first=True)
    for s in ("+44 7700 900 481", "priya.natarajan@email.co.uk", "Birmingham, UK",
              "linkedin.com/in/priyanatarajan", "github.com/pnatarajan"):
        lline(s)
    lhead("SKILLS")
    for s in ("SQL (PostgreSQL, BigQuery)", "Python (pandas, scikit-learn)", "Power BI & DAX", "Tableau",
              "dbt", "A/B testing & experiment design", "Excel / VBA"):
        lline(s)
    lhead("CERTIFICATIONS")
    for s in ("Microsoft PL-300: Power BI Data Analyst (2023)", "Google Data Analytics Certificate (2021)",
              "dbt Fundamentals (2024)"):
        lline(s)
    lhead("LANGUAGES")
    for s in ("English (native)", "Tamil (fluent)", "Hindi (conversational)"):
        lline(s)

    def rhead(text, first=False):
        if first:
            cell_first(right, [(text, dict(b=True, sz=11.5, col=DARK))], sa=4)
        else:
            P(right, [(text, dict(b=True, sz=11.5, col=DARK))], sb=14, sa=4, keep=True)

    def bl(text):
        P(right, text, style="List Bullet", sz=9.5)

    rhead("PROFILE", first=True)
    P(right, "Data analyst with five years in retail and housing, turning messy operational data into "
             "dashboards and analyses that managers use every week. Comfortable across the stack from "
             "SQL models in dbt to Power BI reports and Python notebooks, and at my best explaining "
             "numbers to people who do not like numbers.", sz=9.5, sa=2)
    rhead("WORK EXPERIENCE")
    P(right, "Data Analyst", b=True, sz=11, sa=0, keep=True)
    P(right, "ASHCROFT RETAIL GROUP", b=True, sz=9.5, col=TEAL, sa=0, keep=True)
    P(right, "Birmingham · Jan 2022 – Present", i=True, sz=9, col="666666", sa=2)
    bl("Own the weekly trading dashboard (Power BI) used by 140 store and regional managers.")
    bl("Rebuilt the sales data model in dbt and BigQuery; refresh time fell from 3 hours to 20 minutes.")
    bl("Design and analyse pricing and promotion A/B tests with the commercial team.")
    P(right, "Key achievements", b=True, sz=9.5, sb=3, sa=1, keep=True)
    bl("Identified £1.2m a year of markdown leakage in clearance pricing; fix rolled out to all stores.")
    bl("Trained 25 analysts and buyers in self-service Power BI.")
    P(right, "Junior Data Analyst", b=True, sz=11, sb=8, sa=0, keep=True)
    P(right, "MIDLANDS HOUSING TRUST", b=True, sz=9.5, col=TEAL, sa=0, keep=True)
    P(right, "Coventry · Sep 2019 – Dec 2021", i=True, sz=9, col="666666", sa=2)
    bl("Built repairs-performance reporting for 18,000 homes in SQL Server and Excel.")
    bl("Produced quarterly tenant-satisfaction analysis for the board.")
    rhead("EDUCATION")
    P(right, "BSc Mathematics with Statistics", b=True, sz=10, sa=0)
    P(right, "University of Warwick · 2016 – 2019 · Upper Second Class (2:1)", sz=9.5, sa=2)
    rhead("VOLUNTEERING")
    P(right, "DataKind UK, volunteer data analyst (2023 – present): analysed food-bank referral data for "
             "a Birmingham charity network and built a referral-trend dashboard.", sz=9.5, sa=2)
    save_docx(d, out, "h09_en_sidecell.docx", "Priya Natarajan CV", "Priya Natarajan")


# ==========================================================================
# h10  en  smallcaps  (DOCX) - headings are bold burgundy runs with the Word
# small-caps property (stored mixed case); page header with the name;
# capital employer lines with a right tab for dates.
# ==========================================================================
def h10(out):
    d = new_doc("Cambria", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    RED, GREY = "7A1F2B", "5A5A5A"
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Samuel Adeyemi — Operations Manager", sz=8, col="888888")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    P(d, "Samuel Adeyemi", b=True, sz=22, col="222222", sa=0)
    P(d, "Leeds, West Yorkshire · 07700 900 356 · samuel.adeyemi@email.co.uk · linkedin.com/in/samadeyemi",
      sz=9.5, col=GREY, sa=6)

    def head(text):
        P(d, [(text, dict(b=True, sc=True, sz=13, col=RED))], sb=12, sa=4, keep=True)

    def bl(text):
        P(d, text, style="List Bullet")

    def emp(name, dates, title):
        P(d, [(name, dict(b=True)), ("\t" + dates, dict(col=GREY))], sb=6, sa=0, keep=True, tabs=[(16.6, "r")])
        P(d, title, b=True, i=True, col=RED, sa=2, keep=True)

    head("Executive Summary")
    P(d, "Operations manager with fifteen years in warehousing and distribution, running multi-shift sites "
         "of up to 220 people. I improve safety, throughput and cost at the same time by getting the basics "
         "right: clear standards, visible performance and supervisors who are trusted to act.")
    head("Areas of Expertise")
    t = table(d, 3, 3, [5.5, 5.5, 5.5])
    items = ["Multi-site operations", "Lean & 5S", "Health & safety (IOSH)", "WMS rollouts (Manhattan)",
             "Budget & P&L ownership", "Labour planning", "Union consultation", "KPI design", "Continuous improvement"]
    for k, s in enumerate(items):
        cell_first(t.rows[k // 3].cells[k % 3], [("▪ " + s, dict(sz=10))], sa=1)
    head("Professional Experience")
    emp("BRIGHTWATER DISTRIBUTION LTD, LEEDS", "2019 – Present", "Operations Manager")
    bl("Lead a 24/6 chilled and ambient distribution centre: 220 staff, 9 shift managers, £14m cost budget.")
    bl("Deliver 1.1 million cases a week to 310 supermarket stores at 99.4% on-time, in-full.")
    bl("Chair the site health & safety committee and the monthly union consultation forum.")
    P(d, "Key achievements", b=True, sb=3, sa=1, keep=True)
    bl("Cut lost-time injuries by 63% in two years through behavioural-safety coaching.")
    bl("Led the Manhattan WMS go-live with zero missed store deliveries in cut-over week.")
    bl("Saved £860k a year by redesigning pick paths and shift patterns with the engineering team.")
    emp("NORTHERN RAIL FREIGHT SERVICES, WAKEFIELD", "2014 – 2019", "Shift Operations Manager")
    bl("Managed night-shift intermodal operations: 60 staff, 14 train arrivals a night.")
    bl("Introduced daily performance boards; crane productivity up 18% in the first year.")
    emp("PENNINE PARCELS LTD, HUDDERSFIELD", "2010 – 2014", "Team Leader, Sortation")
    bl("Led a team of 25 on the parcel sortation line; trained new starters and agency workers.")
    head("Education")
    P(d, "MSc Logistics and Supply Chain Management, Leeds Beckett University, 2016 (part-time)")
    P(d, "BA (Hons) Business Management, University of Bradford, 2009")
    head("Certifications")
    P(d, "IOSH Managing Safely · Lean Six Sigma Green Belt (BSI, 2018) · NEBOSH National General Certificate (2021)")
    head("Board & Community Roles")
    P(d, "Trustee, Chapeltown Youth Football Club (since 2017): treasurer and safeguarding lead.")
    P(d, "Mentor, Leeds City College logistics apprenticeship programme (since 2020).")
    head("References")
    P(d, "Available on request.")
    save_docx(d, out, "h10_en_smallcaps.docx", "Samuel Adeyemi CV", "Samuel Adeyemi")


# ==========================================================================
# h11  en  underlined  (DOCX) - old-school Word resume in Times New Roman:
# centred capital name, bold underlined headings, bold capital employers and
# bold title lines with a right-tabbed date.
# ==========================================================================
def h11(out):
    d = new_doc("Times New Roman", 11, margins=(1.9, 1.9, 2.2, 2.2), after=2, line=1.0)
    P(d, "LUIS A. ORTEGA", b=True, sz=16, align="c", sa=0)
    P(d, "4127 W. Camelback Rd, Phoenix, AZ 85019 | (602) 555-0172 | luis.ortega.hvac@email.com",
      sz=10.5, align="c", sa=6)

    def head(text):
        P(d, [(text, dict(b=True, u=True, sz=12))], sb=10, sa=3, keep=True)

    def bl(text):
        P(d, text, style="List Bullet")

    def job(emp, title, dates, bls, ka=None):
        P(d, emp, b=True, sb=6, sa=0, keep=True)
        P(d, [(title + "\t" + dates, dict(b=True))], sa=2, keep=True, tabs=[(16.6, "r")])
        for b in bls:
            bl(b)
        if ka:
            P(d, "Key achievements:", b=True, sb=2, sa=1, keep=True)
            for b in ka:
                bl(b)

    head("Objective")
    P(d, "Experienced, EPA-certified HVAC service technician looking for a lead or field-supervisor role "
         "with a residential and light-commercial contractor in the Phoenix metro area.")
    head("Work History")
    job("COMFORTPRO HEATING & AIR, PHOENIX, AZ", "Lead HVAC Service Technician", "2019 – Present",
        ["Diagnose and repair split systems, heat pumps and package units; 6–8 calls a day in peak season.",
         "Lead a crew of 3 technicians on change-outs and ride along with new hires for their first month.",
         "Write up repair-or-replace options for homeowners in ServiceTitan and explain them on site."],
        ["Highest customer rating in the company three years running (4.9/5, 1,100+ reviews).",
         "Cut callbacks on my crew's installs from 7% to under 2% with a commissioning checklist."])
    job("DESERT BREEZE MECHANICAL, MESA, AZ", "HVAC Installer", "2015 – 2019",
        ["Installed residential systems and ductwork in new-build communities for two national builders.",
         "Ran static-pressure and airflow tests and completed city inspection paperwork."])
    job("VALLEY APPLIANCE REPAIR, TEMPE, AZ", "Apprentice Technician", "2013 – 2015",
        ["Repaired refrigerators, evaporative coolers and window units under a senior technician."])
    head("Licenses & Certifications")
    for s in ("EPA Section 608 Universal Certification", "NATE Certified: Air Conditioning and Heat Pump Service",
              "Arizona ROC Residential HVAC (R-39), qualifying party", "OSHA 10-Hour Construction Safety"):
        bl(s)
    head("Skills & Equipment")
    for s in ("Carrier, Trane, Lennox and Goodman split and package systems",
              "Ductless mini-splits (Mitsubishi, Daikin) and zoning controls",
              "Refrigerant recovery, evacuation and charging; brazing",
              "Fluke meters, Testo smart probes, combustion analysers",
              "ServiceTitan, Housecall Pro; bilingual customer service (English / Spanish)"):
        bl(s)
    head("Training & Education")
    P(d, "HVAC Technician Diploma, The Refrigeration School, Phoenix, AZ, 2013")
    P(d, "High School Diploma, Maryvale High School, Phoenix, AZ, 2011")
    head("References")
    P(d, "Available upon request.")
    save_docx(d, out, "h11_en_underlined.docx", "Resume - Luis A. Ortega", "Luis Ortega")


# ==========================================================================
# h12  de  kopfband  (PDF) - German CV with a dark-red header band holding the
# name, a bold job-title line and a photo placeholder; bold headings over a
# rule; personal data as the first section; dates in a left column; sign-off.
# ==========================================================================
def h12(out):
    RED, INK, GREY, BODY = (128, 30, 42), (30, 30, 30), (115, 115, 115), (50, 50, 50)
    p = PDF("Lebenslauf Katharina Vogel", "Katharina Vogel")

    def hdr(pp):
        if pp.page_no() > 1:
            T(pp, 20, 12, "Lebenslauf Katharina Vogel", "lsans", "", 8.5, GREY, h=4.4)
            T(pp, 20, 12, "Seite 2", "lsans", "", 8.5, GREY, w=170, align="R", h=4.4)

    p.hdr = hdr
    p.add_page()
    p.fill(RED); p.rect(0, 0, 210, 48, "F")
    T(p, 20, 16, "Katharina Vogel", "lsans", "B", 26, (255, 255, 255), h=11)
    T(p, 20, 29, "Bilanzbuchhalterin (IHK)", "lsans", "B", 13, (245, 214, 218), h=6)
    p.fill((238, 226, 228)); p.rect(152, 7, 34, 44, "F")
    p.fill((214, 196, 199)); p.circle(169, 21, 7, "F"); p.ellipse(158, 32, 22, 19, "F")
    X, W, DW = 20, 170, 38
    F = Flow(p, X, W, 56, top=24, bottom=284)

    def head(title):
        F.gap(3)
        F.need(15)
        T(p, X, F.y, title, "lsans", "B", 12.5, RED, h=6)
        F.y += 6.4
        p.draw(RED, 0.3); p.line(X, F.y, X + W, F.y)
        F.y += 2.6

    def kv(k, v):
        F.need(5)
        T(p, X, F.y, k, "lsans", "", 9.5, GREY, h=4.6)
        F.x += DW; F.w -= DW
        F.para(v, "lsans", "", 9.5, BODY, lh=4.6)
        F.x -= DW; F.w += DW

    def station(date, title, org, bls=()):
        F.need(10)
        T(p, X, F.y, date, "lsans", "", 9.5, GREY, h=5)
        F.x += DW; F.w -= DW
        F.text(title, "lsans", "B", 10, INK, lh=5)
        F.para(org, "lsans", "", 9.5, BODY, lh=4.7)
        for b in bls:
            F.para(b, "lsans", "", 9.3, BODY, lh=4.5, dx=3.5, bullet="–", bdx=3.5)
        F.x -= DW; F.w += DW
        F.gap(1.6)

    head("Persönliche Daten")
    for k, v in (("Anschrift", "Eppendorfer Weg 211, 20253 Hamburg"), ("Telefon", "0151 555 83 21"),
                 ("E-Mail", "katharina.vogel@email.de"), ("Geburtsdatum", "08.11.1992 in Lüneburg"),
                 ("Staatsangehörigkeit", "deutsch"), ("Familienstand", "ledig")):
        kv(k, v)
    head("Berufserfahrung")
    station("seit 04/2021", "Bilanzbuchhalterin", "Hanseatische Reederei Brandt GmbH, Hamburg",
            ["Erstellung der Monats-, Quartals- und Jahresabschlüsse nach HGB für drei Gesellschaften",
             "Vorbereitung und Begleitung der Jahresabschlussprüfung",
             "Konzernverrechnung und Abstimmung der Intercompany-Salden",
             "Umsatzsteuer-Voranmeldungen und Zuarbeit zur Steuererklärung"])
    station("08/2016 – 03/2021", "Finanzbuchhalterin", "Elbtal Logistik AG, Hamburg",
            ["Kreditoren- und Debitorenbuchhaltung für rund 1.200 Geschäftspartner",
             "Anlagenbuchhaltung und Zahlungsverkehr",
             "Mitarbeit bei der Einführung von SAP S/4HANA (Key User FI)"])
    head("Ausbildung")
    station("09/2013 – 07/2016", "Ausbildung zur Steuerfachangestellten",
            "Steuerberatungskanzlei Lührs & Partner, Lüneburg – Abschluss: gut (2,0)")
    station("06/2013", "Allgemeine Hochschulreife", "Gymnasium Johanneum, Lüneburg (Note 2,3)")
    head("Weiterbildungen")
    station("2020", "Geprüfte Bilanzbuchhalterin (IHK)", "Handelskammer Hamburg, berufsbegleitend")
    station("2018", "IFRS-Grundlagen für Praktiker", "Haufe Akademie, Freiburg (3 Tage)")
    head("EDV-Kenntnisse")
    for k, v in (("DATEV", "sehr gute Kenntnisse (Rechnungswesen, Anlagenbuchführung)"),
                 ("SAP S/4HANA", "gute Kenntnisse (FI/CO)"),
                 ("MS Excel", "sehr gute Kenntnisse (Pivot-Tabellen, SVERWEIS, Power Query)")):
        kv(k, v)
    head("Sprachkenntnisse")
    for k, v in (("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)"),
                 ("Dänisch", "Grundkenntnisse (A2)")):
        kv(k, v)
    head("Interessen")
    F.para("Segeln (Sportbootführerschein See), Chorgesang, Kassenprüferin im Segelverein Alster e. V.",
           "lsans", "", 9.5, BODY, lh=4.9)
    F.gap(6)
    F.text("Hamburg, 12.01.2026", "lsans", "", 9.5, BODY, lh=5)
    F.gap(1)
    F.text("Katharina Vogel", "lserif", "I", 14, (40, 40, 90), lh=7)
    pdf_out(p, out, "h12_de_kopfband.pdf")


# ==========================================================================
# h13  de  quadrat  (PDF, 2 pages) - German developer CV; headings start with
# a small drawn square; one heading is English; experience runs onto page 2;
# running header with the name on page 2 and page footer.
# ==========================================================================
def h13(out):
    ACC, INK, GREY, BODY = (37, 99, 235), (17, 24, 39), (107, 114, 128), (55, 65, 81)
    p = PDF("Lebenslauf Jonas Albrecht", "Jonas Albrecht")

    def hdr(pp):
        if pp.page_no() > 1:
            T(pp, 20, 10, "Jonas Albrecht – Lebenslauf", "sans", "", 8, GREY, h=4)
            pp.draw((210, 210, 215), 0.2); pp.line(20, 15, 190, 15)

    def ftr(pp):
        T(pp, 20, 285, "Seite %d von 2" % pp.page_no(), "sans", "", 7.5, GREY, w=170, align="R", h=4)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    T(p, 20, 16, "Jonas Albrecht", "sans", "B", 24, INK, h=10)
    T(p, 20, 27, "Senior Backend Engineer · Go · Kotlin · Cloud-native", "sans", "B", 11, GREY, h=5.5)
    T(p, 20, 34, "Köln · +49 170 555 4411 · jonas.albrecht@mailbox.org · github.com/jalbrecht",
      "sans", "", 9, BODY, h=4.6)
    F = Flow(p, 20, 170, 40, top=21, bottom=278)

    def head(title):
        F.gap(5)
        F.need(17)
        p.fill(ACC); p.rect(F.x, F.y + 1.6, 3.2, 3.2, "F")
        T(p, F.x + 6, F.y, title, "sans", "B", 13, INK, h=6.4)
        F.y += 9

    def bl(s):
        F.para(s, "sans", "", 9.6, BODY, lh=4.9, dx=4.5, bullet="•", bcol=ACC)
        F.gap(0.5)

    def job(title, dates, org, bls, erf=None):
        F.need(16)
        F.lr(title, dates, "sans", "B", "", 10.8, INK, GREY, lh=5.6, szr=9.5)
        F.text(org, "sans", "B", 8.8, ACC, lh=4.8)
        F.gap(1)
        for b in bls:
            bl(b)
        if erf:
            F.gap(0.8)
            F.text("Wichtigste Erfolge", "sans", "B", 9.6, INK, lh=5)
            for b in erf:
                bl(b)
        F.gap(3.5)

    head("Profil")
    F.para("Backend-Entwickler mit zehn Jahren Erfahrung in Zahlungsverkehr und Datenplattformen. Ich baue "
           "robuste verteilte Systeme in Go und Kotlin, denke in Schnittstellen und Betriebskosten und "
           "bringe Teams dazu, Qualität messbar zu machen. Suche eine Rolle als Staff Engineer oder Tech "
           "Lead in einem produktorientierten Unternehmen im Raum Köln/Düsseldorf oder remote.",
           "sans", "", 9.8, BODY, lh=5)
    head("Berufserfahrung")
    job("Senior Backend Engineer", "03/2021 – heute", "FINOVA PAYMENTS GMBH, KÖLN",
        ["Technische Verantwortung für die Abwicklung von SEPA-Lastschriften und Instant Payments "
         "(ca. 4 Mio. Transaktionen pro Tag)",
         "Migration eines Java-Monolithen in zwölf Go-Services auf Kubernetes (GKE) ohne Ausfallzeit",
         "Einführung von Event Sourcing mit Kafka und einem eigenen Outbox-Pattern",
         "Mentoring von vier Entwicklerinnen und Entwicklern, Leitung der Backend-Gilde",
         "Rufbereitschaft und Incident-Management nach SRE-Prinzipien, Postmortems ohne Schuldzuweisung",
         "Zusammenarbeit mit Compliance und BaFin-Prüfern bei Audits der Zahlungsplattform"],
        ["Latenz der Zahlungsfreigabe (p99) von 900 ms auf 120 ms gesenkt",
         "Cloud-Kosten der Plattform um 35 % reduziert (ca. 280.000 € pro Jahr)",
         "Verfügbarkeit von 99,95 % auf 99,99 % gesteigert"])
    job("Backend Engineer", "07/2017 – 02/2021", "RHEINDATA SOLUTIONS AG, DÜSSELDORF",
        ["Entwicklung von Datenpipelines für Energieversorger in Kotlin und Spring Boot",
         "Aufbau einer REST- und gRPC-API für Zählerdaten mit 40 Mandanten",
         "Einführung von Contract-Tests (Pact) und Testcontainers in der CI-Pipeline",
         "Betrieb von PostgreSQL-Clustern und Elasticsearch auf AWS",
         "Schulungen zu sauberem Code und Architektur für Junior-Entwickler",
         "Performance-Optimierung der Abrechnungsläufe: Laufzeit von 6 Stunden auf 40 Minuten",
         "Mitarbeit im Architektur-Board und bei der Auswahl des Cloud-Anbieters"])
    job("Werkstudent Softwareentwicklung", "10/2014 – 06/2017", "KONTOR MEDIA GMBH, BONN",
        ["Weiterentwicklung eines CMS für Regionalzeitungen (PHP, später Java)",
         "Automatisierung von Deployments mit Jenkins und Ansible",
         "Entwicklung einer Schnittstelle zu Nachrichtenagenturen (dpa, AFP) im XML-Format",
         "Betreuung des Redaktionssystems im Bereitschaftsdienst an Wochenenden"])
    job("Praktikant IT-Infrastruktur", "04/2014 – 09/2014", "STADTWERKE BONN GMBH, BONN",
        ["Inventarisierung und Migration von 300 Arbeitsplatzrechnern auf Windows 7",
         "Skripte zur Automatisierung der Benutzerverwaltung (PowerShell)",
         "Dokumentation der Netzwerkinfrastruktur im Wiki"])
    head("Projekte")
    for name, desc in (("ledgerd – Open-Source-Event-Store in Go",
                        "Append-only Event Store mit Snapshotting und Projektionen; 1.800 Sterne auf GitHub, "
                        "im Einsatz bei drei Fintechs."),
                       ("Vortrag „Idempotenz in Zahlungssystemen“",
                        "GopherCon EU 2024, Berlin; Aufzeichnung mit über 20.000 Aufrufen.")):
        F.need(12)
        F.text(name, "sans", "B", 10, INK, lh=5.2)
        F.para(desc, "sans", "", 9.6, BODY, lh=4.9)
        F.gap(2)
    head("Tech Stack")
    for k, v in (("Sprachen", "Go, Kotlin, Java, SQL, Python, TypeScript"),
                 ("Infrastruktur", "Kubernetes, Terraform, GCP, AWS, Kafka, PostgreSQL, Redis"),
                 ("Methoden", "Domain-Driven Design, Event Sourcing, TDD, Scrum, SRE")):
        F.need(5)
        runs(p, F.x, F.y, [(k + ": ", "sans", "B", 9.6, INK), (v, "sans", "", 9.6, BODY)], 5)
        F.y += 5.2
    head("Ausbildung & Studium")
    F.lr("M.Sc. Informatik, Rheinische Friedrich-Wilhelms-Universität Bonn", "2017", "sans", "", "",
         9.8, BODY, GREY, lh=5.2)
    F.lr("B.Sc. Informatik, Rheinische Friedrich-Wilhelms-Universität Bonn", "2015", "sans", "", "",
         9.8, BODY, GREY, lh=5.2)
    head("Sprachen")
    F.text("Deutsch (Muttersprache) · Englisch (C1, verhandlungssicher) · Spanisch (B1)", "sans", "", 9.8,
           BODY, lh=5.2)
    head("Ehrenamt")
    F.para("Mentor bei CoderDojo Köln (seit 2019): monatliche Programmier-Workshops für Kinder und "
           "Jugendliche von 8 bis 16 Jahren.", "sans", "", 9.8, BODY, lh=5)
    pdf_out(p, out, "h13_de_quadrat.pdf")


# ==========================================================================
# h14  de  tabelle  (DOCX) - classic German tabular Lebenslauf in one Word
# table (dates | content); each heading is a merged full-width row with a
# bottom cell border; large document title above; place/date sign-off.
# ==========================================================================
def h14(out):
    d = new_doc("Arial", 10.5, margins=(2.2, 2.0, 2.5, 2.0), after=1, line=1.05)
    BLUE, GREY = "1F4E79", "595959"
    P(d, "Lebenslauf", b=True, sz=22, col=BLUE, sa=10)
    t = d.add_table(rows=0, cols=2)
    t.autofit = False
    W = (4.2, 12.3)
    for i, col in enumerate(t.columns):
        col.width = Cm(W[i])

    def newrow():
        r = t.add_row()
        for i, c in enumerate(r.cells):
            c.width = Cm(W[i])
        return r

    def head(text):
        r = newrow()
        c = r.cells[0].merge(r.cells[1])
        hp = cell_first(c, [(text, dict(b=True, sz=12.5, col=BLUE))], sb=12, sa=3)
        hp.paragraph_format.keep_with_next = True
        cell_border(c, "bottom", 8, BLUE)

    def row(left, lines):
        r = newrow()
        cell_first(r.cells[0], [(left, dict(col=GREY))], sb=4)
        first = True
        for kind, text in lines:
            fmt = dict(b=(kind == "b"))
            if first:
                cell_first(r.cells[1], [(text, fmt)], sb=4)
                first = False
            elif kind == "-":
                P(r.cells[1], text, style="List Bullet", sz=10)
            else:
                P(r.cells[1], [(text, fmt)])

    head("Persönliche Daten")
    for k, v in (("Name", "Tobias Krämer"), ("Anschrift", "Hemelinger Heerstraße 112, 28309 Bremen"),
                 ("Telefon", "0176 5550 2318"), ("E-Mail", "tobias.kraemer@email.de"),
                 ("Geburtsdatum", "23.05.1994 in Oldenburg"), ("Familienstand", "verheiratet, ein Kind"),
                 ("Führerschein", "Klasse B, C1E")):
        row(k, [("", v)])
    head("Beruflicher Werdegang")
    row("seit 09/2019", [("b", "Elektroniker für Betriebstechnik"),
                         ("", "Weser Stahlwerke GmbH, Bremen"),
                         ("-", "Instandhaltung und Störungsbeseitigung an Walzstraße und Kranen"),
                         ("-", "Programmierung und Fehlersuche an Siemens S7-1500 (TIA Portal)"),
                         ("-", "Prüfung elektrischer Anlagen nach DGUV V3, Schichtführung Instandhaltung")])
    row("02/2015 – 08/2019", [("b", "Elektroniker in der Instandhaltung"),
                              ("", "Nordsee Fischwerke AG, Bremerhaven"),
                              ("-", "Wartung von Förderanlagen, Kältetechnik und Verpackungsmaschinen"),
                              ("-", "Umbau der Schaltschränke zweier Produktionslinien")])
    head("Berufsausbildung")
    row("09/2011 – 01/2015", [("b", "Ausbildung zum Elektroniker für Betriebstechnik"),
                              ("", "Stadtwerke Oldenburg; Abschlussprüfung vor der IHK, Note 1,8")])
    head("Schulbildung")
    row("2007 – 2011", [("", "Realschule am Everstenholz, Oldenburg – Mittlerer Schulabschluss")])
    head("Weiterbildungen")
    row("2023", [("", "SPS-Fachkraft Siemens TIA Portal (TÜV Nord Akademie, 2 Wochen)")])
    row("2021", [("", "Befähigte Person zur Prüfung von Arbeitsmitteln nach BetrSichV")])
    row("2018", [("", "Ausbildereignungsprüfung (AEVO), Handelskammer Bremen")])
    head("Besondere Kenntnisse")
    row("EDV", [("", "TIA Portal, Step 7, EPLAN Electric P8, SAP PM, MS Office")])
    row("Sprachen", [("", "Deutsch (Muttersprache), Englisch (gute Kenntnisse)")])
    row("Sonstiges", [("", "Schweißschein (MAG), Staplerschein, Höhenarbeiten mit PSAgA")])
    head("Hobbys")
    row("Freizeit", [("", "Handball im Verein, Modellbau, Freiwillige Feuerwehr Hemelingen")])
    P(d, "Bremen, 12. Januar 2026", sb=10, sa=2, keep=True)
    P(d, "Tobias Krämer", i=True, sz=13, col="1F3864")
    save_docx(d, out, "h14_de_tabelle.docx", "Lebenslauf Tobias Krämer", "Tobias Krämer")


# ==========================================================================
# h15  de  linksbalken  (DOCX) - modern German CV; headings are bold teal
# paragraphs with a thick left paragraph border; one heading in English;
# contact details in the last section.
# ==========================================================================
def h15(out):
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    TEAL, GREY = "0F766E", "6B7280"
    P(d, "Leonie Hartmann", b=True, sz=24, col="111827", sa=0)
    P(d, "Performance Marketing · E-Commerce · Teamleitung", b=True, sz=12, col=TEAL, sa=10)

    def head(text):
        p = P(d, [(text, dict(b=True, sz=13, col="111827"))], sb=14, sa=5, keep=True)
        p_border(p, "left", 24, TEAL, 6)
        p.paragraph_format.left_indent = Cm(0.25)

    def bl(text):
        P(d, text, style="List Bullet")

    def job(title, org, when, bls, erf=None):
        P(d, title, b=True, sz=11, sb=6, sa=0, keep=True)
        P(d, [(org, dict(b=True, sz=9, col=GREY))], sa=0, keep=True)
        P(d, [(when, dict(i=True, sz=9, col=GREY))], sa=2, keep=True)
        for b in bls:
            bl(b)
        if erf:
            P(d, "Meine Erfolge", b=True, sb=3, sa=1, keep=True)
            for b in erf:
                bl(b)

    head("Über mich")
    P(d, "Ich verantworte seit acht Jahren Performance-Kampagnen für Marken im E-Commerce und führe "
         "heute ein Team von sieben Spezialistinnen und Spezialisten. Mich treiben saubere Daten, klare "
         "Tests und Budgets an, die nachweisbar Umsatz bringen. Jetzt suche ich die nächste Stufe als "
         "Head of Growth in einem D2C-Unternehmen.")
    head("Stationen")
    job("Head of Performance Marketing", "ALPENRAD E-BIKES GMBH · MÜNCHEN", "seit 01/2022",
        ["Führung eines Teams von 7 Personen (SEA, Paid Social, Affiliate, Analytics)",
         "Verantwortung für ein Mediabudget von 4 Mio. € pro Jahr in sechs Ländern",
         "Aufbau eines Marketing-Mix-Modells gemeinsam mit dem BI-Team"],
        ["Online-Umsatz in zwei Jahren von 11 auf 26 Mio. € gesteigert",
         "Kosten pro Bestellung um 28 % gesenkt"])
    job("Senior Online Marketing Managerin", "BERGWERK OUTDOOR AG · MÜNCHEN", "04/2018 – 12/2021",
        ["Steuerung von Google Ads, Shopping und Meta Ads für den DACH-Shop",
         "Einführung von GA4 und serverseitigem Tracking",
         "Koordination von zwei Agenturen und Freelancern"])
    job("Trainee Online-Marketing", "MEDIAHAUS SÜD GMBH · AUGSBURG", "10/2016 – 03/2018",
        ["Kampagnenbetreuung für regionale Handelskunden",
         "Reporting und Wettbewerbsanalysen"])
    head("Bildungsweg")
    P(d, "M.A. Marketing & Kommunikation", b=True, sa=0)
    P(d, "Hochschule München · 2016", col=GREY)
    P(d, "B.A. Medienwirtschaft", b=True, sb=4, sa=0)
    P(d, "Universität Passau · 2014", col=GREY)
    head("Skills")
    for s in ("Google Ads & Microsoft Ads (Search, Shopping, Performance Max)", "Meta Ads, TikTok Ads, Pinterest",
              "GA4, Google Tag Manager, Looker Studio, BigQuery (SQL-Grundlagen)",
              "Budgetplanung und Forecasting", "Teamführung und Agentur-Steuerung"):
        bl(s)
    head("Zertifikate")
    for s in ("Google Ads Search Certification (2025)", "Meta Certified Media Buying Professional (2023)",
              "Professional Scrum Product Owner I (2022)"):
        bl(s)
    head("Sprachen")
    P(d, "Deutsch – Muttersprache · Englisch – fließend (C1) · Italienisch – gut (B2)")
    head("Kontakt")
    for s in ("Schwabing-West, 80797 München", "+49 160 555 2734", "leonie.hartmann@email.de",
              "linkedin.com/in/leoniehartmann"):
        P(d, s, sa=1)
    save_docx(d, out, "h15_de_linksbalken.docx", "Lebenslauf Leonie Hartmann", "Leonie Hartmann")


# ==========================================================================
# h16  fr  photobarres  (PDF) - French CV: pale left column with a photo box,
# skill and language bars; capital headings; name block top right.
# ==========================================================================
def h16(out):
    NAVY, ACC, BODY, GREY = (26, 54, 93), (52, 120, 190), (50, 55, 65), (110, 115, 125)
    p = PDF("CV Camille Rousseau", "Camille Rousseau")
    p.add_page()
    p.fill((232, 240, 248)); p.rect(0, 0, 72, 297, "F")
    T(p, 82, 20, "Camille Rousseau", "lsans", "B", 25, NAVY, h=11)
    T(p, 82, 32, "Assistante de direction bilingue", "lsans", "B", 13, ACC, h=6)
    p.fill((200, 212, 226)); p.rect(16, 14, 40, 50, "F")
    p.fill((232, 238, 245)); p.circle(36, 32, 8, "F"); p.ellipse(24, 43, 24, 21, "F")
    p.fill((232, 240, 248)); p.rect(16, 64, 40, 3, "F")

    def head(f, title):
        f.gap(4.5)
        f.need(14)
        T(p, f.x, f.y, title, "lsans", "B", 11.5, NAVY, h=6)
        f.y += 6.5
        p.draw(ACC, 0.5); p.line(f.x, f.y, f.x + (f.w if f.w < 60 else 18), f.y)
        f.y += 3

    def bar(f, lab, pct):
        f.text(lab, "lsans", "", 8.8, BODY, lh=4.4)
        p.fill((205, 216, 230)); p.rect(f.x, f.y + 0.3, f.w, 1.9, "F")
        p.fill(ACC); p.rect(f.x, f.y + 0.3, f.w * pct, 1.9, "F")
        f.gap(4.6)

    L = Flow(p, 12, 50, 70)
    head(L, "COORDONNÉES")
    for s in ("06 45 78 12 90", "camille.rousseau@email.fr", "Lyon 7e (69)", "Permis B, véhiculée"):
        L.text(s, "lsans", "", 8.8, BODY, lh=4.8)
    head(L, "COMPÉTENCES")
    for lab, pct in (("Gestion d'agendas complexes", 0.95), ("Organisation d'événements", 0.85),
                     ("Rédaction de comptes rendus", 0.9), ("Pack Office (Excel avancé)", 0.85),
                     ("SAP Concur / notes de frais", 0.7)):
        bar(L, lab, pct)
    head(L, "LANGUES")
    for lab, pct in (("Français – langue maternelle", 1.0), ("Anglais – C1 (TOEIC 920)", 0.85),
                     ("Italien – B1", 0.55)):
        bar(L, lab, pct)
    head(L, "CENTRES D’INTÉRÊT")
    for s in ("Course à pied (semi-marathon de Lyon)", "Photographie argentique", "Théâtre amateur"):
        L.para(s, "lsans", "", 8.8, BODY, lh=4.5, dx=3.2, bullet="•", bcol=ACC, bdx=3.2)
        L.gap(0.5)

    R = Flow(p, 82, 114, 44)
    head(R, "PROFIL")
    R.para("Assistante de direction bilingue français-anglais, dix ans d'expérience auprès de comités de direction. "
           "Je fais gagner du temps à mes managers : agendas, déplacements internationaux, préparation "
           "des conseils et suivi des décisions. Discrète, rigoureuse et à l'aise avec les outils numériques.",
           "lsans", "", 9.3, BODY, lh=4.7)

    def job(title, when, org, missions):
        R.need(18)
        R.lr(title, when, "lsans", "B", "", 10.5, NAVY, GREY, lh=5.4, szr=9)
        R.text(org, "lsans", "B", 8.6, ACC, lh=4.6)
        R.gap(0.5)
        R.text("Missions principales", "lsans", "B", 9, BODY, lh=4.7)
        for m in missions:
            R.para(m, "lsans", "", 9, BODY, lh=4.5, dx=3.5, bullet="•", bcol=ACC)
            R.gap(0.3)
        R.gap(3)

    head(R, "EXPÉRIENCES PROFESSIONNELLES")
    job("Assistante de direction", "Depuis 2020", "GROUPE LEMARCHAND · LYON",
        ["Assistanat du directeur général et de deux directeurs de pôle (groupe de 850 salariés)",
         "Préparation des comités de direction et des conseils d'administration : ordres du jour, "
         "dossiers, procès-verbaux",
         "Organisation des déplacements en France et à l'international (Italie, Royaume-Uni, Maroc)",
         "Organisation du séminaire annuel des cadres (120 participants, budget de 90 k€)"])
    job("Assistante commerciale bilingue", "2016 – 2020", "AXÉLIA TRANSPORTS · VILLEURBANNE",
        ["Suivi des commandes et de la facturation pour 60 clients grands comptes",
         "Relation avec les clients anglophones et italiens, traduction de documents commerciaux",
         "Mise à jour du CRM et préparation des tableaux de bord mensuels"])
    job("Hôtesse d'accueil en alternance", "2014 – 2016", "CENTRE DE CONGRÈS DE LYON",
        ["Accueil des congressistes et des intervenants, gestion du standard",
         "Appui logistique sur plus de 40 salons et congrès"])
    head(R, "FORMATION")
    for deg, org in (("BTS Support à l'action managériale (en alternance)", "Lycée Jean-Paul Sartre, Bron · 2016"),
                     ("Baccalauréat STMG, mention bien", "Lycée Ampère, Lyon · 2014")):
        R.text(deg, "lsans", "B", 9.6, NAVY, lh=5)
        R.text(org, "lsans", "", 9, BODY, lh=4.6)
        R.gap(1.5)
    pdf_out(p, out, "h16_fr_photobarres.pdf")


# ==========================================================================
# h17  fr  bandeau  (PDF) - student looking for a work-study contract;
# headings in white bold text on full-width navy bands; question and
# first-person headings; bold tagline under the name.
# ==========================================================================
def h17(out):
    NAVY, INK, BODY, GREY, ACC = (30, 58, 95), (20, 24, 33), (55, 60, 70), (110, 115, 125), (230, 120, 50)
    p = PDF("CV Hugo Lefèvre - alternance", "Hugo Lefèvre")
    p.add_page()
    T(p, 18, 14, "Hugo Lefèvre", "sans", "B", 24, INK, h=10)
    T(p, 18, 25, "Développeur web full-stack junior", "sans", "", 12, GREY, h=6)
    T(p, 18, 32, "Recherche une alternance de 24 mois dès septembre 2026 (rythme 3 sem. / 1 sem.)",
      "sans", "B", 9.8, ACC, h=5)
    T(p, 18, 38.5, "Nantes (44) · 06 12 34 56 78 · hugo.lefevre@proton.me · github.com/hlefevre",
      "sans", "", 8.8, BODY, h=4.6)
    F = Flow(p, 18, 174, 44, bottom=286)

    def head(title):
        F.gap(3.4)
        F.need(17)
        p.fill(NAVY); p.rect(F.x, F.y, F.w, 7, "F")
        T(p, F.x + 3, F.y, title, "sans", "B", 11, (255, 255, 255), h=7)
        F.y += 9

    def bl(s):
        F.para(s, "sans", "", 9, BODY, lh=4.5, dx=4, bullet="›", bcol=ACC)
        F.gap(0.3)

    head("Qui suis-je ?")
    F.para("Étudiant en bachelor concepteur développeur d'applications, passionné par le web depuis le "
           "lycée. J'aime comprendre le besoin, coder proprement et voir mes applications utilisées. "
           "Je cherche une entreprise où apprendre auprès d'une équipe expérimentée.",
           "sans", "", 9.3, BODY, lh=4.7)
    head("Mes expériences")
    F.lr("Développeur web – stage de 10 semaines", "avr. – juin 2025", "sans", "B", "", 10, INK, GREY, lh=5.2, szr=8.8)
    F.text("AGENCE PIXELMER · NANTES", "sans", "B", 8.5, NAVY, lh=4.6)
    bl("Intégration de maquettes Figma en React et Tailwind pour trois sites vitrines clients")
    bl("Développement d'une API de prise de rendez-vous avec Node.js et PostgreSQL")
    bl("Mise en place de tests end-to-end avec Playwright dans la CI GitLab")
    F.gap(2)
    F.lr("Équipier polyvalent (week-ends et vacances)", "2022 – 2024", "sans", "B", "", 10, INK, GREY, lh=5.2, szr=8.8)
    F.text("BOULANGERIE AU PÉTRIN D'OR · REZÉ", "sans", "B", 8.5, NAVY, lh=4.6)
    bl("Vente, encaissement et ouverture du magasin en autonomie le dimanche matin")
    head("Ma formation")
    for deg, org in (("Bachelor Concepteur Développeur d'Applications (RNCP niveau 6)",
                      "ENI École Informatique, Saint-Herblain · 2025 – 2027 (en cours)"),
                     ("BUT Informatique – 2e année validée", "IUT de Nantes · 2023 – 2025"),
                     ("Baccalauréat général, spécialités Mathématiques et NSI, mention bien",
                      "Lycée Gabriel Guist'hau, Nantes · 2023")):
        F.text(deg, "sans", "B", 9.5, INK, lh=5)
        F.text(org, "sans", "", 8.8, GREY, lh=4.6)
        F.gap(1)
    head("Mes projets")
    for name, desc in (("Covoit'Campus", "Application de covoiturage entre étudiants (React, Node.js, "
                        "PostgreSQL) : 300 utilisateurs sur le campus de la Chantrerie."),
                       ("Portfolio 3D", "Site personnel en Three.js avec un mode accessible sans animation ; "
                        "score Lighthouse 98/100.")):
        F.need(10)
        runs(p, F.x, F.y, [(name + " – ", "sans", "B", 9.3, INK), ("projet personnel", "sans", "I", 9.3, GREY)], 4.8)
        F.y += 4.9
        F.para(desc, "sans", "", 9, BODY, lh=4.5)
        F.gap(1.5)
    head("Ce que je sais faire")
    for k, v in (("Front", "HTML, CSS, JavaScript, TypeScript, React, Tailwind"),
                 ("Back", "Node.js (Express), PHP (Symfony), SQL, PostgreSQL"),
                 ("Outils", "Git, GitLab CI, Docker, Figma, Linux ; Scrum, accessibilité (RGAA)")):
        F.need(5)
        runs(p, F.x, F.y, [(k + " : ", "sans", "B", 9.2, INK), (v, "sans", "", 9.2, BODY)], 4.8)
        F.y += 5
    head("Langues parlées")
    F.text("Français : langue maternelle · Anglais : B2 (TOEIC 865) · Espagnol : A2", "sans", "", 9.2, BODY, lh=4.8)
    head("En dehors du code")
    F.para("Handball en club (capitaine des U19 en 2022-2023), bénévole au festival Scopitone, jeux de "
           "société et game jams.", "sans", "", 9.2, BODY, lh=4.7)
    pdf_out(p, out, "h17_fr_bandeau.pdf")


# ==========================================================================
# h18  fr  discret  (PDF, 2 pages) - minimal CV: headings are small, light
# grey, regular-weight capitals in a hanging left column, smaller than the
# body text; serif body; experience runs onto page 2; footer with the name.
# ==========================================================================
def h18(out):
    INK, GREY, BODY = (20, 20, 20), (150, 150, 150), (45, 45, 45)
    p = PDF("CV Claire Dubois-Martin", "Claire Dubois-Martin")

    def ftr(pp):
        T(pp, 20, 285, "Claire Dubois-Martin — CV — %d/2" % pp.page_no(), "sans", "", 7, GREY,
          w=170, align="R", h=4)

    p.ftr = ftr
    p.add_page()
    T(p, 20, 18, "Claire Dubois-Martin", "lserif", "", 24, INK, h=10)
    T(p, 20, 29, "Cheffe de projet RSE · Stratégie climat et reporting extra-financier", "lserif", "I", 11.5,
      (90, 90, 90), h=5.5)
    T(p, 20, 36, "Paris 11e · 06 71 23 45 09 · claire.dubois-martin@email.fr · linkedin.com/in/cduboismartin",
      "sans", "", 8, BODY, h=4.4)
    p.draw((200, 200, 200), 0.2); p.line(20, 44, 190, 44)
    F = Flow(p, 62, 128, 48, top=20, bottom=278)
    SZ, LH = 10.4, 5.2

    def head(title):
        F.gap(6)
        F.need(14)
        T(p, 20, F.y + 0.6, title, "sans", "", 7.2, GREY, h=4.2)

    def bl(s):
        F.para(s, "lserif", "", SZ, BODY, lh=LH, dx=4, bullet="–", bdx=4)
        F.gap(0.4)

    def job(title, when, org, bls, key=None):
        F.need(16)
        F.lr(title, when, "lserif", "B", "", SZ + 0.6, INK, (110, 110, 110), lh=5.6, szr=9.5, famr="lserif")
        F.text(org, "lserif", "I", SZ, BODY, lh=LH)
        F.gap(0.8)
        for b in bls:
            bl(b)
        if key:
            F.gap(0.6)
            F.text("Réalisations clés", "lserif", "B", SZ, INK, lh=LH)
            for b in key:
                bl(b)
        F.gap(4)

    head("PROFIL")
    F.para("Dix ans d'expérience dans la transition environnementale, côté conseil puis en entreprise. "
           "Je transforme les obligations réglementaires (CSRD, taxonomie, devoir de vigilance) en feuilles "
           "de route concrètes, comprises par les équipes opérationnelles et suivies par la direction. "
           "Habituée à travailler avec les achats, la finance et les sites industriels, je cherche "
           "aujourd'hui un poste de responsable RSE dans une entreprise industrielle.",
           "lserif", "", SZ, BODY, lh=LH)
    head("EXPÉRIENCE")
    job("Cheffe de projet RSE", "depuis 2021", "Maison Albéric (cosmétiques, 1 200 salariés), Paris",
        ["Pilotage de la stratégie climat du groupe : bilan carbone scopes 1 à 3, trajectoire SBTi validée en 2023",
         "Préparation du premier rapport de durabilité CSRD : analyse de double matérialité, 84 points de données",
         "Animation d'un réseau de 25 référents RSE dans les usines et les filiales",
         "Dialogue avec les fournisseurs stratégiques sur les matières premières sensibles (karité, mica, palme)",
         "Présentation trimestrielle de l'avancement au comité exécutif et au comité d'audit",
         "Intégration de critères climat dans la rémunération variable des cadres dirigeants"],
        ["Baisse de 22 % des émissions des scopes 1 et 2 entre 2021 et 2024",
         "Note EcoVadis Or (73/100) obtenue en 2024, contre Bronze en 2021"])
    job("Consultante climat & énergie", "2017 – 2021", "Carbone Conseil, Lyon",
        ["Réalisation de plus de 40 bilans de gaz à effet de serre pour des PME et des collectivités",
         "Conception de plans de transition et de trajectoires de réduction alignées sur 1,5 °C",
         "Formation des clients à la méthode Bilan Carbone® (sessions de 2 jours)",
         "Réponse aux appels d'offres publics et encadrement de deux consultants juniors",
         "Réalisation d'analyses de cycle de vie simplifiées pour des produits agroalimentaires",
         "Animation de webinaires mensuels sur la réglementation climat pour les clients"])
    job("Chargée de mission développement durable", "2015 – 2017",
        "Ville de Grenoble, direction de l'environnement",
        ["Suivi du plan climat air énergie territorial et des indicateurs annuels",
         "Organisation de la semaine européenne du développement durable (30 événements)",
         "Accompagnement de 12 écoles dans le label éco-école",
         "Rédaction du rapport annuel développement durable de la collectivité",
         "Coordination du budget participatif « Grenoble ville verte » avec les associations"])
    job("Stagiaire analyste ISR", "2014", "Banque Solvéa, Paris",
        ["Notation ESG de 60 émetteurs européens du secteur de la chimie"])
    head("FORMATION")
    for s in ("Master 2 Développement durable et responsabilité des organisations, Université Paris-Dauphine, 2015",
              "Licence d'économie et gestion, Université Lumière Lyon 2, 2013"):
        F.para(s, "lserif", "", SZ, BODY, lh=LH)
        F.gap(1)
    head("PRISES DE PAROLE")
    bl("« La CSRD sans douleur ? », table ronde, salon Produrable, Paris, 2024")
    bl("Tribune dans Les Échos : « Le scope 3, angle mort des PME », 2023")
    bl("Intervenante au master RSE de l'IAE Lyon (8 heures par an depuis 2019)")
    head("ENGAGEMENTS")
    bl("Animatrice bénévole de La Fresque du Climat depuis 2019 (plus de 60 ateliers)")
    bl("Membre du conseil d'administration de l'association Zéro Déchet Paris 11e")
    head("LANGUES")
    F.text("Français : langue maternelle · Anglais : courant (TOEIC 955) · Espagnol : B1", "lserif", "", SZ,
           BODY, lh=LH)
    head("OUTILS")
    F.para("Bilan Carbone®, GHG Protocol, SBTi, EcoVadis, Sweep, Excel avancé, Power BI", "lserif", "", SZ,
           BODY, lh=LH)
    head("RÉFÉRENCES")
    F.para("Isabelle Fournier, directrice générale adjointe, Maison Albéric ; Marc Tessier, associé, "
           "Carbone Conseil. Coordonnées sur demande.", "lserif", "", SZ, BODY, lh=LH)
    pdf_out(p, out, "h18_fr_discret.pdf")


# ==========================================================================
# h19  fr  colonnes  (DOCX) - one-column header section, then a continuous
# section break into two newspaper columns (w:cols num=2); bold burgundy
# headings; an English heading inside the French CV.
# ==========================================================================
def h19(out):
    d = new_doc("Garamond", 11, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    RED, GREY = "7B1E3A", "6B6B6B"
    P(d, "Julien Moreau", b=True, sz=24, col="1A1A1A", sa=0)
    P(d, "Responsable de salle · Sommelier conseil", b=True, sz=13, col=RED, sa=2)
    P(d, "Bordeaux (33) · 06 58 21 47 93 · julien.moreau.salle@email.fr", sz=10, col=GREY, sa=6)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")

    def head(text, first=False):
        P(d, [(text, dict(b=True, sz=12.5, col=RED))], sb=0 if first else 12, sa=4, keep=True)

    def bl(text):
        P(d, text, style="List Bullet", sz=10.5)

    def job(title, org, when, bls, key=None):
        P(d, title, b=True, sz=11.5, sb=6, sa=0, keep=True)
        P(d, org, b=True, sz=9, col=GREY, sa=0, keep=True)
        P(d, when, i=True, sz=9.5, col=GREY, sa=2, keep=True)
        for b in bls:
            bl(b)
        if key:
            P(d, "Réalisations clés", b=True, sz=10.5, sb=3, sa=1, keep=True)
            for b in key:
                bl(b)

    head("Profil professionnel", first=True)
    P(d, "Responsable de salle depuis cinq ans dans la restauration bistronomique, formé à la sommellerie. "
         "J'aime faire tourner une salle pleine sans que le client sente la pression, transmettre le métier "
         "aux plus jeunes et faire découvrir des vins de petits domaines.", sz=10.5)
    head("Expérience")
    job("Responsable de salle", "LE COMPTOIR DES CHARTRONS · BORDEAUX", "Depuis mars 2021",
        ["Management d'une équipe de 12 serveurs et commis (90 couverts, deux services)",
         "Plannings, recrutements et formation des apprentis",
         "Carte des vins de 280 références élaborée avec le chef"],
        ["Ticket moyen en hausse de 18 % grâce aux accords mets-vins",
         "Note Google passée de 4,3 à 4,7 (2 100 avis)"])
    job("Maître d'hôtel", "HÔTEL DE LA CITÉ · CARCASSONNE", "2017 – 2021",
        ["Coordination du service au restaurant gastronomique (1 étoile)",
         "Accueil de la clientèle internationale et gestion des réservations"])
    job("Chef de rang", "BRASSERIE DU VIEUX-PORT · LA ROCHELLE", "2014 – 2017",
        ["Service en terrasse de 150 places en saison, encadrement de deux commis"])
    head("Formation")
    P(d, "Mention complémentaire Sommellerie", b=True, sa=0)
    P(d, "Lycée hôtelier de Talence · 2016", sz=10.5, col=GREY)
    P(d, "Bac professionnel Commercialisation et services en restauration", b=True, sb=4, sa=0)
    P(d, "Lycée hôtelier de La Rochelle · 2014", sz=10.5, col=GREY)
    head("Compétences clés")
    for s in ("Accueil et service haut de gamme", "Conseil en vins, accords mets-vins",
              "Caisse et stocks (Zelty, Lightspeed)", "Hygiène et sécurité alimentaire (HACCP)",
              "Gestion des réclamations"):
        bl(s)
    head("Soft skills")
    for s in ("Leadership bienveillant", "Calme pendant le coup de feu", "Écoute du client",
              "Esprit d'équipe"):
        bl(s)
    head("Langues")
    P(d, "Anglais : courant · Espagnol : intermédiaire (B1)", sz=10.5)
    head("Bénévolat")
    P(d, "Bénévole aux Restos du Cœur de Bordeaux depuis 2019 ; organisation de dégustations "
         "caritatives dans le quartier des Chartrons.", sz=10.5)
    save_docx(d, out, "h19_fr_colonnes.docx", "CV Julien Moreau", "Julien Moreau")


# ==========================================================================
# h20  es  clasico  (PDF) - traditional Spanish CV: centred document title,
# photo box, personal data as the first section, bold capital headings with
# an underline, dates in a left column.
# ==========================================================================
def h20(out):
    BODY = (25, 25, 25)
    p = PDF("Curriculum Vitae Carmen Ruiz Delgado", "Carmen Ruiz Delgado")
    p.add_page()
    T(p, 20, 16, "CURRICULUM VITAE", "lserif", "B", 18, BODY, w=170, align="C", h=8)
    p.draw((60, 60, 60), 0.3); p.rect(160, 30, 28, 35, "D")
    p.fill((236, 236, 236)); p.rect(160.5, 30.5, 27, 34, "F")
    p.fill((205, 205, 205)); p.circle(174, 42, 5.5, "F"); p.ellipse(165, 50, 18, 14.5, "F")
    F = Flow(p, 20, 170, 30, bottom=286)
    SZ, LH, DW = 11, 5.1, 34

    def head(title):
        F.gap(3.5)
        F.need(16)
        T(p, F.x, F.y, title, "lserif", "B", 12, BODY, h=6)
        w = TW(p, title, "lserif", "B", 12)
        p.draw(BODY, 0.35); p.line(F.x, F.y + 5.6, F.x + w, F.y + 5.6)
        F.y += 8.5

    def dated(date, title, org, bls=()):
        F.need(11)
        T(p, F.x, F.y, date, "lserif", "", SZ, BODY, h=LH)
        F.x += DW; F.w -= DW
        F.text(title, "lserif", "B", SZ, BODY, lh=LH)
        F.para(org, "lserif", "", SZ, BODY, lh=LH)
        for b in bls:
            F.para(b, "lserif", "", SZ - 0.5, BODY, lh=LH - 0.3, dx=4, bullet="-", bdx=4)
        F.x -= DW; F.w += DW
        F.gap(2)

    head("DATOS PERSONALES")
    for k, v in (("Nombre y apellidos", "Carmen Ruiz Delgado"), ("Fecha de nacimiento", "17/09/1988"),
                 ("DNI", "28654917-B"), ("Dirección", "C/ Feria, 42, 3.º B · 41003 Sevilla"),
                 ("Teléfono", "654 321 987"), ("Correo electrónico", "carmen.ruiz.delgado@correo.es")):
        F.need(LH)
        runs(p, F.x, F.y, [(k + ": ", "lserif", "B", SZ, BODY), (v, "lserif", "", SZ, BODY)], LH)
        F.y += LH
    head("FORMACIÓN ACADÉMICA")
    dated("2006 – 2010", "Diplomatura en Ciencias Empresariales", "Universidad de Sevilla.")
    dated("2004 – 2006", "Bachillerato en Ciencias Sociales", "IES Murillo, Sevilla.")
    head("EXPERIENCIA PROFESIONAL")
    dated("2017 – actualidad", "Administrativa contable", "Grupo Hostelero Giralda, S.L. (Sevilla)",
          ["Contabilidad general de cuatro sociedades y conciliaciones bancarias.",
           "Liquidación de IVA (modelos 303 y 390) y retenciones (111 y 190).",
           "Control de proveedores, remesas de pago y facturación electrónica."])
    dated("2012 – 2017", "Auxiliar administrativa", "Asesoría Triana Consultores (Sevilla)",
          ["Registro de facturas y nóminas para 60 clientes autónomos y pymes.",
           "Atención telefónica y presencial a clientes; archivo y gestión documental."])
    dated("2010 – 2012", "Recepcionista – administrativa", "Hotel Alcázar Real (Sevilla)",
          ["Check-in y check-out, facturación y cierre de caja diario."])
    head("IDIOMAS")
    F.text("Inglés: nivel B2 (First Certificate in English, Universidad de Cambridge, 2015).", "lserif", "", SZ,
           BODY, lh=LH)
    F.text("Francés: nivel A2 (Escuela Oficial de Idiomas de Sevilla).", "lserif", "", SZ, BODY, lh=LH)
    head("INFORMÁTICA")
    F.para("Paquete Office (Excel avanzado: tablas dinámicas, macros sencillas), A3CON, ContaPlus, Sage 200, "
           "FacturaPlus. Programas de la AEAT y banca electrónica.", "lserif", "", SZ, BODY, lh=LH)
    head("CURSOS Y SEMINARIOS")
    for s in ("Contabilidad avanzada y cierre fiscal (120 h). Cámara de Comercio de Sevilla, 2019.",
              "Nóminas, seguros sociales y contratación (80 h). Fundae, 2016.",
              "Excel para la gestión empresarial (40 h). Escuela de Negocios Andaluza, 2014."):
        F.para(s, "lserif", "", SZ, BODY, lh=LH, dx=4, bullet="-", bdx=4)
    head("OTROS DATOS DE INTERÉS")
    for s in ("Carné de conducir B y vehículo propio.", "Disponibilidad inmediata.",
              "Disponibilidad para jornada completa o partida."):
        F.para(s, "lserif", "", SZ, BODY, lh=LH, dx=4, bullet="-", bdx=4)
    pdf_out(p, out, "h20_es_clasico.pdf")


# ==========================================================================
# h21  es  derecha  (PDF) - Canva-style with a dark right-hand rail drawn
# after the main column; English heading inside the Spanish CV.
# ==========================================================================
def h21(out):
    INK, ACC, BODY, GREY, RAIL = (30, 35, 50), (232, 93, 117), (60, 65, 80), (115, 120, 135), (36, 44, 66)
    p = PDF("CV Lucía Fernández Ortega", "Lucía Fernández Ortega")
    p.add_page()
    p.fill(RAIL); p.rect(138, 0, 72, 297, "F")
    T(p, 14, 16, "Lucía Fernández", "lsans", "B", 25, INK, h=10.5)
    T(p, 14, 26.5, "Ortega", "lsans", "", 25, INK, h=10.5)
    T(p, 14, 39, "Diseñadora UX/UI", "lsans", "B", 13, ACC, h=6)

    def head(f, title, col):
        f.gap(5)
        f.need(14)
        T(p, f.x, f.y, title, "lsans", "B", 12.5, col, h=6)
        f.y += 6.6
        p.fill(ACC); p.rect(f.x, f.y, 10, 0.9, "F")
        f.y += 3.5

    M = Flow(p, 14, 114, 46)
    head(M, "Sobre mí", INK)
    M.para("Diseño productos digitales desde hace siete años, del research al prototipo y a la entrega a "
           "desarrollo. Me muevo bien entre usuarios, negocio y código, y me obsesiona que las interfaces "
           "sean accesibles y fáciles de mantener.", "lsans", "", 9.4, BODY, lh=4.7)

    def job(title, when, org, bls, logros=None):
        M.need(16)
        M.lr(title, when, "lsans", "B", "", 10.5, INK, GREY, lh=5.4, szr=8.8)
        M.text(org, "lsans", "B", 8.4, ACC, lh=4.6)
        M.gap(0.6)
        for b in bls:
            M.para(b, "lsans", "", 9, BODY, lh=4.5, dx=3.5, bullet="•", bcol=ACC)
            M.gap(0.3)
        if logros:
            M.gap(0.6)
            M.text("Logros clave", "lsans", "B", 9, INK, lh=4.8)
            for b in logros:
                M.para(b, "lsans", "", 9, BODY, lh=4.5, dx=3.5, bullet="•", bcol=ACC)
                M.gap(0.3)
        M.gap(2.8)

    head(M, "Experiencia", INK)
    job("Diseñadora UX/UI sénior", "2022 – actualidad", "MARGALIDA STUDIO · VALENCIA",
        ["Lidero el diseño de apps para clientes de banca, movilidad y salud.",
         "Facilito talleres de descubrimiento y pruebas con usuarios cada sprint.",
         "Mantengo el sistema de diseño del estudio en Figma (tokens y componentes)."],
        ["App de citas médicas con 4,8 estrellas en App Store y 250.000 descargas.",
         "Reducción del 35 % en el tiempo de handoff a desarrollo."])
    job("Diseñadora de producto", "2019 – 2022", "NARANJA BANK · MADRID (REMOTO)",
        ["Rediseño del onboarding digital: la apertura de cuentas subió un 22 %.",
         "Trabajo diario con producto, datos y desarrollo en squads ágiles."])
    job("Diseñadora gráfica junior", "2017 – 2019", "IMPRENTA LEVANTE · ALZIRA",
        ["Maquetación de catálogos y packaging; primeras webs en WordPress."])
    head(M, "Formación", INK)
    for deg, org in (("Máster en Diseño de Interacción y UX", "ESNE, Madrid · 2018"),
                     ("Grado en Bellas Artes", "Universitat Politècnica de València · 2016")):
        M.text(deg, "lsans", "B", 9.8, INK, lh=5)
        M.text(org, "lsans", "", 9, BODY, lh=4.6)
        M.gap(1.5)
    head(M, "Proyectos destacados", INK)
    for name, desc in (("Rediseño conceptual de la app de Metrovalencia",
                        "Caso de estudio con 12 entrevistas a viajeros y prototipo en Figma; 3.000 visitas en Behance."),
                       ("Sistema de diseño «Azahar»", "Librería abierta de componentes accesibles para ONG.")):
        M.text(name, "lsans", "B", 9.6, INK, lh=5)
        M.para(desc, "lsans", "", 9, BODY, lh=4.5)
        M.gap(1.5)

    W = (255, 255, 255)
    LIGHT = (205, 210, 225)
    R = Flow(p, 146, 56, 18)
    head(R, "Contacto", W)
    for s in ("+34 612 345 678", "lucia.fdez.ortega@email.es", "Valencia, España", "behance.net/luciafo",
              "linkedin.com/in/luciafo"):
        R.text(s, "lsans", "", 8.8, LIGHT, lh=5)
    head(R, "Herramientas", W)
    for s in ("Figma y FigJam", "Maze y Lookback", "Adobe Illustrator", "Protopie", "HTML y CSS", "Notion y Jira"):
        R.text(s, "lsans", "", 8.8, LIGHT, lh=5)
    head(R, "Soft skills", W)
    for s in ("Comunicación con cliente", "Facilitación de talleres", "Pensamiento crítico", "Mentoría"):
        R.text(s, "lsans", "", 8.8, LIGHT, lh=5)
    head(R, "Idiomas", W)
    for a, b in (("Español", "nativo"), ("Valenciano", "nativo"), ("Inglés", "C1"), ("Italiano", "B1")):
        R.lr(a, b, "lsans", "", "", 8.8, LIGHT, LIGHT, lh=5)
    pdf_out(p, out, "h21_es_derecha.pdf")


# ==========================================================================
# h22  es  celdas  (DOCX) - every heading is the text of a one-cell shaded
# table; content paragraphs between the heading tables.
# ==========================================================================
def h22(out):
    d = new_doc("Calibri", 10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    NAVY, GREY = "1F3864", "595959"
    P(d, "Alejandro Méndez Soto", b=True, sz=22, col="1F2937", sa=0)
    P(d, "Ingeniero de Caminos, Canales y Puertos · Jefe de Obra", i=True, sz=11.5, col=GREY, sa=2)
    P(d, "Bilbao (Bizkaia) · +34 688 123 456 · alejandro.mendez.soto@email.es · linkedin.com/in/amendezsoto",
      sz=9.5, col=GREY, sa=4)

    def head(text):
        P(d, "", sa=0)
        t = table(d, 1, 1, [17.0])
        c = t.rows[0].cells[0]
        cell_fill(c, "DCE6F1")
        cell_margins(c, 60, 60, 120, 120)
        hp = cell_first(c, [(text, dict(b=True, sz=11.5, col=NAVY))], sa=0)
        hp.paragraph_format.keep_with_next = True

    def bl(text):
        P(d, text, style="List Bullet")

    def job(title, org, when, bls, logros=None):
        P(d, title, b=True, sz=11, sb=4, sa=0, keep=True)
        P(d, org, b=True, sz=9.5, col=GREY, sa=0, keep=True)
        P(d, when, i=True, sz=9.5, col=GREY, sa=2, keep=True)
        for b in bls:
            bl(b)
        if logros:
            P(d, "Logros principales", b=True, sb=3, sa=1, keep=True)
            for b in logros:
                bl(b)

    head("Perfil profesional")
    P(d, "Ingeniero de Caminos con diez años en obra civil y edificación. He dirigido obras de hasta "
         "18 millones de euros, con equipos propios y subcontratas, cumpliendo plazos y márgenes. Busco "
         "un puesto de jefe de grupo de obras o gerente de proyectos en el País Vasco o Cantabria.")
    head("Experiencia laboral")
    job("Jefe de Obra", "CONSTRUCCIONES URBIETA, S.A. · BILBAO", "Marzo 2019 – actualidad",
        ["Dirección de obras de urbanización y edificación residencial (presupuesto medio de 9 M€).",
         "Planificación, certificaciones mensuales y control de costes con Presto.",
         "Coordinación de subcontratas, proveedores y dirección facultativa."],
        ["Entrega de la urbanización de Zorrotzaurre (fase II) con un mes de adelanto.",
         "Cero accidentes con baja en 2022 y 2023."])
    job("Ayudante de Jefe de Obra", "OBRAS Y PUENTES DEL NORTE, S.L. · SANTANDER", "Septiembre 2015 – febrero 2019",
        ["Ejecución de dos viaductos en la autovía A-67 y de una pasarela peatonal.",
         "Mediciones, replanteos y control de calidad de hormigones."])
    job("Ingeniero de estudios (prácticas)", "INGENIERÍA ARANA · VITORIA-GASTEIZ", "2014 – 2015",
        ["Estudios de licitación y cálculo de precios para obras públicas."])
    head("Formación")
    P(d, "Máster en Ingeniería de Caminos, Canales y Puertos", b=True, sa=0)
    P(d, "Universidad de Cantabria · 2015", col=GREY)
    P(d, "Grado en Ingeniería Civil", b=True, sb=4, sa=0)
    P(d, "Universidad de Cantabria · 2013", col=GREY)
    head("Certificaciones")
    for s in ("Coordinador de Seguridad y Salud en obras de construcción (2017)",
              "Prevención de riesgos laborales, nivel básico (60 h) y Tarjeta Profesional de la Construcción",
              "Project Management Professional (PMP), Project Management Institute, 2021"):
        bl(s)
    head("Competencias técnicas")
    for s in ("Presto y Arquímedes (mediciones y presupuestos)", "AutoCAD Civil 3D y Revit (BIM)",
              "MS Project y Primavera P6", "Control de costes, certificaciones y liquidaciones de obra"):
        bl(s)
    head("Idiomas")
    P(d, "Castellano: nativo · Euskera: B2 · Inglés: C1 (Cambridge Advanced)")
    head("Referencias")
    P(d, "Disponibles a petición del interesado.")
    save_docx(d, out, "h22_es_celdas.docx", "CV Alejandro Méndez Soto", "Alejandro Méndez Soto")


# ==========================================================================
# h23  es  estilos  (DOCX) - headings use a custom paragraph style (not a
# Word heading style) with all-caps formatting and a bottom border, so the
# stored text is in mixed case; page header with the name; question heading;
# contact details in the last section.
# ==========================================================================
def h23(out):
    d = new_doc("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    GREEN, GREY = "2E7D5B", "5F6368"
    st = d.styles.add_style("Sección CV", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = d.styles["Normal"]
    st.font.bold = True
    st.font.all_caps = True
    st.font.size = Pt(12)
    st.font.color.rgb = hexcol(GREEN)
    st.paragraph_format.space_before = Pt(14)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.keep_with_next = True
    ppr = st.element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", GREEN)):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)

    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Marta Gil Navarro — Currículum Vitae", sz=8, col="888888")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    P(d, "Marta Gil Navarro", b=True, sz=24, col="1B3A2F", sa=0)
    P(d, "Maestra de Educación Primaria · Especialista en Lengua Inglesa", b=True, sz=12, col=GREEN, sa=4)

    def head(text):
        P(d, text, style="Sección CV")

    def bl(text):
        P(d, text, style="List Bullet")

    def job(title, org, when, bls, extra=None):
        P(d, title, b=True, sz=11, sb=5, sa=0, keep=True)
        P(d, org, b=True, sz=9.5, col=GREY, sa=0, keep=True)
        P(d, when, i=True, sz=9.5, col=GREY, sa=2, keep=True)
        for b in bls:
            bl(b)
        if extra:
            P(d, "Proyectos destacados en el aula", b=True, sb=3, sa=1, keep=True)
            for b in extra:
                bl(b)

    head("¿Quién soy?")
    P(d, "Soy maestra de Primaria con ocho años de experiencia en centros públicos bilingües de Aragón. "
         "Disfruto enseñando inglés a través de proyectos, del juego y de la lectura, y trabajo mano a mano "
         "con las familias. Tengo plaza definitiva y busco una comisión de servicios en un centro con "
         "programa BRIT-Aragón.")
    head("Trayectoria docente")
    job("Maestra tutora de 4.º de Primaria", "CEIP ANTONIO MACHADO · ZARAGOZA",
        "Septiembre 2021 – actualidad (funcionaria de carrera)",
        ["Tutoría de un grupo de 24 alumnos y docencia de Inglés y Science en el programa bilingüe.",
         "Coordinación del equipo de ciclo y del plan lector del centro.",
         "Atención a la diversidad junto con el equipo de orientación."],
        ["«Reporteros del barrio»: periódico escolar en inglés publicado cada trimestre.",
         "Huerto escolar con 3.º y 4.º en colaboración con el Ayuntamiento."])
    job("Maestra especialista de Inglés (interina)", "CEIP RÍO EBRO · UTEBO", "2018 – 2021",
        ["Docencia de Inglés de 1.º a 6.º de Primaria.",
         "Preparación de los exámenes Cambridge Young Learners (Movers y Flyers)."])
    job("Auxiliar de conversación", "ST. MARY'S PRIMARY SCHOOL · LEEDS (REINO UNIDO)", "2017 – 2018",
        ["Clases de español para alumnos de 7 a 11 años y talleres culturales."])
    head("Formación académica")
    P(d, "Grado en Magisterio en Educación Primaria, mención en Lengua Extranjera (Inglés)", b=True, sa=0)
    P(d, "Universidad de Zaragoza · 2017", col=GREY)
    head("Formación complementaria")
    for s in ("Aprendizaje cooperativo en el aula (30 h). CIFE Juan de Lanuza, 2023.",
              "Competencia digital docente, nivel B2. Gobierno de Aragón, 2022.",
              "Primeros auxilios en centros educativos (20 h), 2021."):
        bl(s)
    head("Idiomas")
    P(d, "Español: nativo · Inglés: C1 (Cambridge Advanced, 2016) · Francés: A2")
    head("Voluntariado")
    P(d, "Monitora de tiempo libre en los campamentos de verano de Cruz Roja Aragón (2014 – 2019).")
    head("Contacto")
    for s in ("Calle Delicias 58, 4.º izda. · 50017 Zaragoza", "+34 676 543 210", "marta.gil.navarro@email.es"):
        P(d, s, sa=1)
    save_docx(d, out, "h23_es_estilos.docx", "Currículum Marta Gil Navarro", "Marta Gil Navarro")


ALL = [h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11,
       h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_blind10.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in ALL:
        fn(out)


if __name__ == "__main__":
    main()
