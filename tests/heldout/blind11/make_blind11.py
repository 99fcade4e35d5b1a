#!/usr/bin/env python3
"""blind11 - held-out resume set for a section-heading detector.

Usage: python make_blind11.py OUTDIR

Writes 24 resumes (PDF via fpdf2, DOCX via python-docx) into OUTDIR.  Every
resume is literal data inside its own layout function; nothing is random.
The script holds no labels: labels.json was typed by hand.
"""
import io
import os
import sys
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FIXED = datetime(2026, 1, 1, 0, 0, 0, tzinfo=timezone.utc)
FIXED_NAIVE = datetime(2026, 1, 1, 0, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, title, author):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("blind11 generator")
        self.set_lang("en")
        self.core_fonts_encoding = "windows-1252"
        fonts = {
            "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
            "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                     "DejaVuSansCondensed-BoldOblique.ttf"),
            "scond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf",
                      "DejaVuSerifCondensed-BoldItalic.ttf"),
            "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf",
                     "DejaVuSansMono-BoldOblique.ttf"),
        }
        for fam, files in fonts.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, DJ + f)
        self.add_font("light", "", DJ + "DejaVuSans-ExtraLight.ttf")

    def font(self, fam, style, size, color=(0, 0, 0)):
        self.set_font(fam, style, size)
        self.set_text_color(*color)

    def t(self, x, y, s, fam="sans", style="", size=10, color=(0, 0, 0), w=None, align="L", h=None, spacing=0):
        """One line of text with its top at y."""
        self.font(fam, style, size, color)
        if spacing:
            self.set_char_spacing(spacing)
        if h is None:
            h = size * 0.45
        if w is None:
            w = self.get_string_width(s) + 0.01
        self.set_xy(x, y)
        self.cell(w, h, s, align=align)
        if spacing:
            self.set_char_spacing(0)
        return y + h

    def wrap(self, x, y, w, s, fam="sans", style="", size=10, color=(0, 0, 0), lh=None, align="L"):
        """Paragraph; returns the y under it."""
        self.font(fam, style, size, color)
        if lh is None:
            lh = size * 0.47
        self.set_xy(x, y)
        self.multi_cell(w, lh, s, align=align)
        return self.get_y()

    def runs(self, x, y, parts, size=10, h=None):
        """A line made of (text, fam, style, color) runs; returns y under it."""
        if h is None:
            h = size * 0.47
        self.set_xy(x, y)
        for text, fam, style, color in parts:
            self.font(fam, style, size, color)
            self.cell(self.get_string_width(text), h, text)
        return y + h

    def rich(self, x, y, w, parts, size=10, lh=None):
        """Wrapped paragraph from (text, fam, style, color) runs; returns y under it."""
        if lh is None:
            lh = size * 0.47
        self.set_left_margin(x)
        self.set_right_margin(210 - x - w)
        self.set_xy(x, y)
        for text, fam, style, color in parts:
            self.font(fam, style, size, color)
            self.write(lh, text)
        self.set_left_margin(0)
        self.set_right_margin(0)
        return self.get_y() + lh

    def bullets(self, x, y, w, items, fam="sans", size=9.5, color=(0, 0, 0), mark="•", indent=4, lh=None, gap=0.6,
                mark_color=None):
        if lh is None:
            lh = size * 0.47
        for it in items:
            self.t(x, y, mark, fam, "", size, mark_color or color, h=lh)
            y = self.wrap(x + indent, y, w - indent, it, fam, "", size, color, lh) + gap
        return y

    def fill(self, color, x, y, w, h, style="F"):
        self.set_fill_color(*color)
        self.rect(x, y, w, h, style)

    def line_c(self, color, x1, y1, x2, y2, width=0.3):
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(x1, y1, x2, y2)


def save_pdf(pdf, outdir, name):
    pdf.output(os.path.join(outdir, name))


# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------


def new_docx(title, author, font="Calibri", size=10.5, margins=(18, 18, 18, 18)):
    d = Document()
    s = d.sections[0]
    s.page_width = Mm(210)
    s.page_height = Mm(297)
    s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = [Mm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_printed = FIXED_NAIVE
    cp.last_modified_by = author
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    return d


def _rgb(c):
    return RGBColor(*c) if isinstance(c, tuple) else RGBColor.from_string(c)


def fmt_run(r, bold=None, italic=None, size=None, color=None, font=None, caps=None, smallcaps=None, underline=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size is not None:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = _rgb(color)
    if font is not None:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:cs"), font)
        rf.set(qn("w:eastAsia"), font)
    if caps is not None:
        r.font.all_caps = caps
    if smallcaps is not None:
        r.font.small_caps = smallcaps
    if underline is not None:
        r.underline = underline


def para(cont, runs, style=None, align=None, before=None, after=None, line=None, indent=None, hang=None,
         tabs=None, shade=None, borders=None, keep_next=False, **fmt):
    """runs: str or list of str / (str, dict)."""
    p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    for item in runs:
        if isinstance(item, tuple):
            text, f = item
            ff = dict(fmt)
            ff.update(f)
        else:
            text, ff = item, fmt
        if text == "\t":
            r = p.add_run()
            r.add_tab()
            continue
        r = p.add_run(text)
        fmt_run(r, **ff)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER,
                       "R": WD_ALIGN_PARAGRAPH.RIGHT, "J": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if indent is not None:
        pf.left_indent = Mm(indent)
    if hang is not None:
        pf.first_line_indent = Mm(hang)
    if keep_next:
        pf.keep_with_next = True
    if tabs:
        for pos, kind in tabs:
            pf.tab_stops.add_tab_stop(Mm(pos), {"R": WD_TAB_ALIGNMENT.RIGHT, "L": WD_TAB_ALIGNMENT.LEFT}[kind])
    if shade:
        p_shade(p, shade)
    if borders:
        p_borders(p, borders)
    return p


def p_shade(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def p_borders(p, spec):
    """spec: {side: (size_eighths, color, space)}"""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in spec:
            sz, color, space = spec[side]
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), str(space))
            e.set(qn("w:color"), color)
            bdr.append(e)
    ppr.append(bdr)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_borders(cell, spec):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in spec:
            sz, color = spec[side]
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
            b.append(e)
    tcpr.append(b)


def cell_margins(table, top=40, left=80, bottom=40, right=80):
    tblpr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def table_no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def make_table(cont, rows, widths, borders=False, style=None):
    t = cont.add_table(rows=rows, cols=len(widths))
    if style:
        t.style = style
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    if not borders:
        table_no_borders(t)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    return t


def cell_text(cell, runs, first=True, **kw):
    """Write into a cell; the first call reuses the cell's empty paragraph."""
    if first:
        p = cell.paragraphs[0]
        tmp = para(cell, runs, **kw)
        # the new paragraph replaces the cell's initial empty one
        p._p.getparent().remove(p._p)
        return tmp
    return para(cell, runs, **kw)


def save_docx(d, outdir, name):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(outdir, name), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))


# ==========================================================================
# English
# ==========================================================================


def h00_en_tealrail(out):
    pdf = Doc("Priya Raman - CV", "Priya Raman")
    pdf.add_page()
    TEAL = (17, 94, 89)
    INK = (33, 37, 41)
    SW = 64
    X, W = SW + 10, 210 - SW - 10 - 12
    # name block in the main column (drawn first)
    pdf.t(X, 15, "Priya Raman", "sans", "B", 25, (20, 45, 44))
    pdf.t(X, 27.5, "Senior Product Designer · fintech & digital health", "sans", "", 10.5, TEAL)
    # sidebar
    pdf.fill(TEAL, 0, 0, SW, 297)
    pdf.fill((240, 240, 240), 14, 14, 36, 36)
    WH = (255, 255, 255)
    PALE = (214, 236, 233)
    sx, sw = 10, SW - 18

    def side_head(y, s):
        pdf.t(sx, y, s, "sans", "B", 9.5, WH, spacing=1.6)
        pdf.line_c(PALE, sx, y + 5.6, sx + 14, y + 5.6, 0.6)
        return y + 8.5

    y = side_head(60, "CONTACT")
    for s in ["London, United Kingdom", "+44 7700 900 418", "priya.raman@mailbox.co.uk", "priyaraman.design",
              "linkedin.com/in/priyaraman"]:
        y = pdf.wrap(sx, y, sw, s, "sans", "", 8.4, PALE, 4.3) + 0.6
    y = side_head(y + 7, "TOOLBOX")
    for s in ["Figma, FigJam & Tokens Studio", "Design systems at scale", "ProtoPie prototyping",
              "Moderated usability testing", "Accessibility (WCAG 2.2 AA)", "Service blueprints",
              "HTML & CSS for handoff", "Workshop facilitation"]:
        y = pdf.wrap(sx, y, sw, s, "sans", "", 8.4, PALE, 4.3) + 0.6
    y = side_head(y + 7, "LANGUAGES")
    for s in ["English – native", "Tamil – fluent", "Spanish – conversational (B1)"]:
        y = pdf.wrap(sx, y, sw, s, "sans", "", 8.4, PALE, 4.3) + 0.6
    y = side_head(y + 7, "OFF THE CLOCK")
    pdf.wrap(sx, y, sw, "Wheel-thrown ceramics on Tuesday evenings, Saturday parkrun in Brockwell Park and a slowly "
             "growing wall of Risograph prints.", "sans", "", 8.4, PALE, 4.3)

    # main column
    def head(y, s):
        pdf.fill(TEAL, X, y + 0.8, 1.6, 5.2)
        pdf.t(X + 4, y, s, "sans", "B", 12.5, TEAL)
        return y + 9

    y = head(40, "Profile")
    y = pdf.wrap(X, y, W, "Product designer with nine years of experience shipping money and health products used by "
                 "millions. I turn messy regulatory constraints into calm, accessible interfaces, and I like working "
                 "in small squads with engineers and researchers from the first sketch.", "sans", "", 9.2, INK, 4.5)
    y = head(y + 5, "Selected Experience")
    jobs = [
        ("MONZO BANK", "Lead Product Designer, Savings & Borrowing", "2021 – present",
         ["Led a squad of four designers across savings, overdrafts and loans.",
          "Built the borrowing pattern library adopted by 11 squads."],
         ["Raised completion of the loan application from 61% to 78%.",
          "Cut affordability-check drop-off by a third through plain-language copy."]),
        ("BABYLON HEALTH", "Senior Product Designer", "2018 – 2021",
         ["Owned the symptom checker and appointment booking flows on iOS, Android and web."],
         ["Shipped the first fully screen-reader-compatible triage flow."]),
        ("USTWO", "Product Designer", "2015 – 2018",
         ["Client work for a national rail operator and two retail banks; ran discovery sprints."], []),
    ]
    for comp, title, dates, bl, ach in jobs:
        y += 1.5
        pdf.t(X, y, comp, "sans", "B", 9.8, INK)
        y += 5
        pdf.t(X, y, title, "sans", "I", 9.2, (70, 70, 70))
        pdf.t(X, y, dates, "sans", "", 8.8, TEAL, w=W, align="R")
        y += 5.2
        y = pdf.bullets(X, y, W, bl, "sans", 9, INK, mark="–", lh=4.3)
        if ach:
            pdf.t(X, y + 0.4, "Key achievements:", "sans", "B", 9, INK, h=4.3)
            y += 5.2
            y = pdf.bullets(X, y, W, ach, "sans", 9, INK, mark="–", lh=4.3)
    y = head(y + 4, "Case Studies")
    for lead, rest in [("Savings Pots redesign. ", "Reframed goals around dates instead of amounts; weekly "
                        "deposits grew 14% in the pilot."),
                       ("Clinician notes handover. ", "Mapped a 30-step handover and removed nine screens "
                        "from the GP workflow.")]:
        y = pdf.rich(X, y, W, [(lead, "sans", "B", INK), (rest, "sans", "", INK)], 9, 4.4) + 1.5
    y = head(y + 3, "Education")
    pdf.t(X, y, "MA Interaction Design", "sans", "B", 9.2, INK)
    pdf.t(X, y, "2014 – 2015", "sans", "", 8.8, TEAL, w=W, align="R")
    y += 4.8
    y = pdf.t(X, y, "Goldsmiths, University of London", "sans", "", 9, INK)
    y += 1.5
    pdf.t(X, y, "BSc Psychology", "sans", "B", 9.2, INK)
    pdf.t(X, y, "2010 – 2013", "sans", "", 8.8, TEAL, w=W, align="R")
    y += 4.8
    y = pdf.t(X, y, "University of Leeds, First-class honours", "sans", "", 9, INK)
    y = head(y + 5, "Recognition")
    pdf.bullets(X, y, W, ["UK Digital Design Awards 2023 – shortlisted, Financial Product of the Year",
                          "Speaker, Design Systems London 2022"], "sans", 9, INK, mark="–", lh=4.3)
    save_pdf(pdf, out, "h00_en_tealrail.pdf")


def h01_en_askme(out):
    pdf = Doc("Marcus Ellery - Resume", "Marcus Ellery")
    pdf.add_page()
    RED = (158, 33, 43)
    INK = (25, 25, 25)
    GREY = (110, 110, 110)
    L, W = 20, 170
    pdf.t(L, 16, "Marcus Ellery", "Helvetica", "B", 24, INK)
    pdf.t(L, 27, "Backend engineer who likes boring, reliable systems", "Helvetica", "", 11, GREY)
    pdf.t(L, 33.5, "Manchester, UK  |  marcus.ellery@fastmail.com  |  github.com/mellery", "Helvetica", "", 9, GREY)

    def head(y, s):
        pdf.t(L, y, s, "Helvetica", "B", 13.5, RED)
        pdf.line_c((200, 200, 200), L, y + 7.4, L + W, y + 7.4, 0.3)
        return y + 10

    y = head(44, "Who am I?")
    y = pdf.wrap(L, y, W, "Eight years building payment and logistics backends in Go and Python. I care about "
                 "observability, small pull requests and on-call rotations that let people sleep. Currently "
                 "looking for a staff-level role with a hybrid setup in the North West.", "Helvetica", "", 9.8,
                 INK, 4.8)
    y = head(y + 5, "Where have I made an impact?")
    jobs = [
        ("Checkout.com", "Senior Backend Engineer", "Mar 2021 - present",
         "Go, Kafka, PostgreSQL, Kubernetes, Datadog",
         ["Own the settlement reconciliation service processing 40M events a day.",
          "Mentor three engineers; run the backend guild's fortnightly design review."],
         ["Cut reconciliation lag from 6 hours to 20 minutes by moving to streaming joins.",
          "Led the migration of 14 services off a self-managed Kafka cluster with zero downtime."]),
        ("THG Ingenuity", "Software Engineer", "Jun 2018 - Feb 2021",
         "Python, Django, RabbitMQ, MySQL, AWS",
         ["Built warehouse slotting and pick-route APIs for three fulfilment centres."],
         ["Reduced average pick-route calculation time by 70%."]),
        ("Sky Betting & Gaming", "Graduate Developer", "Sep 2016 - May 2018",
         "Java, Spring, Oracle",
         ["Rotations across payments, customer accounts and the data platform."], []),
    ]
    for comp, title, dates, stack, bl, ach in jobs:
        pdf.runs(L, y + 1, [(title, "Helvetica", "B", INK), ("  at  ", "Helvetica", "", GREY),
                            (comp, "Helvetica", "", INK)], 10)
        pdf.t(L, y + 1, dates, "Helvetica", "", 9, GREY, w=W, align="R")
        y += 6.5
        y = pdf.rich(L, y, W, [("Tech stack: ", "Helvetica", "B", INK), (stack, "Helvetica", "", INK)], 9.3, 4.6)
        y = pdf.bullets(L + 1, y + 0.6, W - 1, bl, "Helvetica", 9.3, INK, mark="-", lh=4.5)
        if ach:
            y = pdf.t(L, y + 0.5, "Key achievements:", "Helvetica", "B", 9.3, INK, h=4.6)
            y = pdf.bullets(L + 1, y + 0.6, W - 1, ach, "Helvetica", 9.3, INK, mark="-", lh=4.5)
        y += 1.5
    y = head(y + 3, "What I bring to the table")
    for lead, rest in [("Languages: ", "Go, Python, SQL, a bit of Rust"),
                       ("Data: ", "PostgreSQL, Kafka, Redis, BigQuery"),
                       ("Platform: ", "Kubernetes, Terraform, AWS, GitHub Actions"),
                       ("Practices: ", "event sourcing, SLOs, incident reviews, trunk-based development")]:
        y = pdf.rich(L, y, W, [(lead, "Helvetica", "B", INK), (rest, "Helvetica", "", INK)], 9.3, 4.7) + 0.4
    y = head(y + 4, "Side quests")
    y = pdf.bullets(L + 1, y, W - 1, [
        "pgwatchdog - open-source Postgres bloat alerting tool, 900 stars on GitHub.",
        "Volunteer maintainer of the Manchester Go meetup website."], "Helvetica", 9.3, INK, mark="-", lh=4.5)
    y = head(y + 4, "Where did I learn my craft?")
    pdf.t(L, y, "BSc (Hons) Computer Science, University of Manchester", "Helvetica", "B", 9.6, INK)
    pdf.t(L, y, "2013 - 2016", "Helvetica", "", 9, GREY, w=W, align="R")
    y = pdf.t(L, y + 5, "Upper second class; dissertation on consensus protocols in flaky networks.", "Helvetica",
              "", 9.3, INK)
    y = head(y + 5, "Credentials worth mentioning")
    y = pdf.bullets(L + 1, y, W - 1, ["Certified Kubernetes Application Developer (CKAD), 2022",
                                      "AWS Certified Developer - Associate, 2020"], "Helvetica", 9.3, INK,
                    mark="-", lh=4.5)
    y = head(y + 4, "Let's build something together")
    pdf.wrap(L, y, W, "Call or text +44 7700 900 233, or email marcus.ellery@fastmail.com. Available with one "
             "month's notice.", "Helvetica", "", 9.3, INK, 4.6)
    save_pdf(pdf, out, "h01_en_askme.pdf")


def h02_en_nursecolon(out):
    pdf = Doc("Danielle Okafor RN - Resume", "Danielle Okafor")
    pdf.add_page()
    INK = (20, 20, 20)
    GREY = (105, 105, 105)
    L, W = 18, 128
    RX, RW = 152, 40  # right margin column for dates/places
    pdf.t(18, 15, "Danielle Okafor, RN, BSN", "Times", "B", 20, INK)
    pdf.t(18, 25, "2147 Larchmont Ave, Columbus, OH 43215  ·  (614) 555-0182  ·  d.okafor.rn@gmail.com", "Times",
          "", 10, GREY)
    pdf.line_c(INK, 18, 31.5, 192, 31.5, 0.5)
    pdf.line_c(INK, 18, 32.4, 192, 32.4, 0.2)

    def head(y, s):
        pdf.t(L, y, s, "Times", "B", 12.5, INK)
        return y + 7

    def side(y, lines):
        for i, s in enumerate(lines):
            pdf.t(RX, y + i * 4.6, s, "Times", "I", 9.5, GREY, w=RW, align="R")

    y = head(38, "Objective:")
    y = pdf.wrap(L, y, W, "Compassionate registered nurse with six years of acute-care and cardiac step-down "
                 "experience seeking a charge nurse position on a cardiovascular unit.", "Times", "", 10.5,
                 INK, 5)
    y = head(y + 4.5, "Clinical Experience:")
    jobs = [
        ("OhioHealth Riverside Methodist Hospital", "Registered Nurse, Cardiac Step-Down Unit",
         ["Aug 2021 – Present", "Columbus, OH"],
         "Unit: 32-bed progressive care; ratio 1:4",
         ["Monitor telemetry, titrate cardiac drips and manage post-cath and post-CABG patients.",
          "Precept new graduate nurses; relief charge nurse on night shift.",
          "Member of the unit falls-prevention committee (falls down 22% in 2023)."]),
        ("Mount Carmel East", "Registered Nurse, Medical-Surgical",
         ["Jun 2019 – Jul 2021", "Columbus, OH"],
         "Unit: 28-bed med-surg; ratio 1:5",
         ["Delivered care to adult patients with complex comorbidities during the COVID-19 surge.",
          "Completed wound-care champion training and led monthly skin audits."]),
        ("Nationwide Children's Hospital", "Patient Care Assistant",
         ["Jan 2017 – May 2019", "Columbus, OH"],
         None,
         ["Vital signs, ADLs and admission paperwork on a pediatric surgical floor while in nursing school."]),
    ]
    for emp, role, sidel, unit, bl in jobs:
        y += 1
        side(y, sidel)
        pdf.t(L, y, emp, "Times", "B", 10.8, INK)
        y += 5
        y = pdf.t(L, y, role, "Times", "I", 10.5, INK)
        y += 0.5
        if unit:
            lead, rest = unit.split(": ")
            y = pdf.rich(L, y, W, [(lead + ": ", "Times", "B", INK), (rest, "Times", "", INK)], 10, 4.7)
        y = pdf.bullets(L + 2, y + 0.5, W - 2, bl, "Times", 10, INK, mark="·", indent=4, lh=4.7, gap=0.5)
        y += 1.5
    y = head(y + 3, "Licensure & Certifications:")
    for s, sd in [("Registered Nurse, Ohio Board of Nursing – License #RN.512334", "exp. 10/2027"),
                  ("Basic Life Support (BLS), American Heart Association", "exp. 03/2026"),
                  ("Advanced Cardiovascular Life Support (ACLS), AHA", "exp. 03/2026"),
                  ("Progressive Care Certified Nurse (PCCN), AACN", "since 2022")]:
        side(y, [sd])
        y = pdf.wrap(L, y, W, s, "Times", "", 10, INK, 4.6) + 0.3
    y = head(y + 4, "Education:")
    side(y, ["May 2019", "Columbus, OH"])
    pdf.t(L, y, "The Ohio State University", "Times", "B", 10.8, INK)
    y = pdf.t(L, y + 5, "Bachelor of Science in Nursing, cum laude", "Times", "I", 10.5, INK)
    y = head(y + 5, "Clinical Skills:")
    y = pdf.wrap(L, y, W, "Telemetry interpretation · IV therapy & central line care · Epic charting · "
                 "Sepsis bundles · Patient & family education · Wound care (stage I–IV) · Rapid response",
                 "Times", "", 10, INK, 4.7)
    y = head(y + 4.5, "Professional Affiliations:")
    y = pdf.wrap(L, y, W, "American Association of Critical-Care Nurses (AACN) · Ohio Nurses Association",
                 "Times", "", 10, INK, 4.7)
    y = head(y + 4.5, "References:")
    pdf.wrap(L, y, W, "Available upon request.", "Times", "I", 10, INK, 4.7)
    save_pdf(pdf, out, "h02_en_nursecolon.pdf")


def h03_en_boardroom(out):
    pdf = Doc("Catherine Ashworth-Hale - Executive Resume", "Catherine Ashworth-Hale")
    GOLD = (150, 116, 44)
    NAVY = (22, 34, 58)
    INK = (35, 35, 40)
    GREY = (100, 100, 105)
    L, W = 22, 166

    def page(first):
        pdf.add_page()
        pdf.fill(NAVY, 0, 0, 210, 4)
        if not first:
            pdf.t(L, 9, "Catherine Ashworth-Hale", "serif", "B", 9, NAVY)
            pdf.t(L, 9, "Page 2 of 2", "serif", "I", 8.5, GREY, w=W, align="R")
            pdf.line_c((210, 200, 180), L, 14.5, L + W, 14.5, 0.3)

    def head(y, s):
        pdf.line_c(GOLD, L, y, L + W, y, 0.8)
        pdf.t(L, y + 2.6, s, "sans", "B", 10, GOLD, spacing=1.8)
        return y + 10.5

    page(True)
    pdf.t(0, 14, "CATHERINE ASHWORTH-HALE", "serif", "", 22, NAVY, w=210, align="C", spacing=1.5)
    pdf.t(0, 26, "Chief Operating Officer  |  Consumer Goods & Retail  |  P&L to £1.2bn", "serif", "I", 11, GOLD,
          w=210, align="C")
    pdf.t(0, 33, "Edinburgh  ·  +44 7700 900 771  ·  c.ashworthhale@protonmail.com  ·  linkedin.com/in/cashworthhale",
          "sans", "", 8.5, GREY, w=210, align="C")
    y = head(42, "EXECUTIVE SNAPSHOT")
    y = pdf.wrap(L, y, W, "Operations executive with 22 years in branded consumer goods, the last nine at "
                 "board level. Known for turning around under-performing supply chains, integrating acquisitions "
                 "and building leadership benches that outlast my tenure. Chartered accountant by training; "
                 "comfortable with PE sponsors, listed-company governance and trade-union negotiations.",
                 "serif", "", 10, INK, 5)
    y = head(y + 5, "AREAS OF MASTERY")
    cols = [["Enterprise transformation", "Post-merger integration", "S&OP and demand planning"],
            ["Procurement & cost-to-serve", "ESG and net-zero roadmaps", "Labour relations"],
            ["Board & investor relations", "Capital allocation", "Succession planning"]]
    for i, col in enumerate(cols):
        for j, s in enumerate(col):
            pdf.t(L + i * 56, y + j * 5.2, "◆  " + s, "serif", "", 9.5, INK)
    y += 3 * 5.2 + 4
    y = head(y, "LEADERSHIP CHRONOLOGY")
    jobs = [
        ("HIGHLAND SPRINGS BEVERAGES plc", "Chief Operating Officer", "2017 – present",
         "Seven sites, 3,400 employees, £1.2bn revenue; reporting to the CEO, member of the executive board.",
         ["Consolidated five bottling plants into three while growing volume 18%.",
          "Delivered £46m of annualised savings through network redesign and a single ERP.",
          "Cut Scope 1 & 2 emissions 37% against the 2019 baseline."]),
        ("ORCHARD & VINE FOODS LTD", "Group Supply Chain Director", "2011 – 2017",
         "PE-backed chilled-food producer; sold to a strategic buyer in 2017 at 3.1× entry value.",
         ["Integrated two bolt-on acquisitions inside twelve months each.",
          "Raised on-time-in-full from 89% to 98.6% across four grocery customers."]),
    ]

    def job(y, comp, title, dates, mandate, results):
        pdf.t(L, y, comp, "serif", "B", 10.5, NAVY)
        pdf.t(L, y, dates, "serif", "", 9.5, GREY, w=W, align="R")
        y = pdf.t(L, y + 5.3, title, "serif", "I", 10, INK) + 1
        y = pdf.t(L, y, "Mandate", "sans", "B", 8.5, GOLD)
        y = pdf.wrap(L, y + 0.6, W, mandate, "serif", "", 9.8, INK, 4.8) + 0.8
        y = pdf.t(L, y, "Results", "sans", "B", 8.5, GOLD)
        y = pdf.bullets(L, y + 0.6, W, results, "serif", 9.8, INK, mark="▪", lh=4.8, mark_color=GOLD)
        return y + 3

    for j in jobs:
        y = job(y, *j)
    y = job(y, "BRAMBLEWOOD CONFECTIONERY", "Head of Operations Finance, then Plant Director", "2004 – 2011",
            "Two factories in Fife and Yorkshire; 900 staff.",
            ["Reopened the Dunfermline line after a fire within 11 weeks, keeping all major listings.",
             "Introduced the group's first total-productive-maintenance programme."])
    page(False)
    y = 22
    y = job(y, "PRICEWATERHOUSECOOPERS", "Audit Senior, Consumer Markets", "2000 – 2004",
            "Audit of FTSE 250 food and drink clients.", ["Qualified ICAS chartered accountant, 2003."])
    y = head(y + 2, "BOARD & ADVISORY SEATS")
    for s, d in [("Non-Executive Director and Chair of Audit, Loch Fyne Logistics Group", "2020 – present"),
                 ("Industrial Advisory Board, University of Strathclyde Supply Chain Institute", "2018 – present")]:
        pdf.t(L, y, d, "serif", "", 9.5, GREY, w=W, align="R")
        y = pdf.wrap(L, y, W - 32, s, "serif", "", 9.8, INK, 4.8) + 1.5
    y = head(y + 3, "ACADEMIC FOUNDATION")
    for s, d in [("Advanced Management Programme, INSEAD", "2016"),
                 ("MA (Hons) Economics, University of St Andrews", "1999"),
                 ("Chartered Accountant (CA), ICAS", "2003")]:
        pdf.t(L, y, d, "serif", "", 9.5, GREY, w=W, align="R")
        y = pdf.wrap(L, y, W - 32, s, "serif", "", 9.8, INK, 4.8) + 1.2
    y = head(y + 3, "DISTINCTIONS")
    y = pdf.bullets(L, y, W, ["Scottish Business Awards – Operations Leader of the Year, 2022",
                              "Food & Drink Federation – Sustainability Champion, 2021"], "serif", 9.8, INK,
                    mark="▪", lh=4.8, mark_color=GOLD)
    y = head(y + 4, "KEYNOTES & BYLINES")
    pdf.bullets(L, y, W, ["“Network redesign without the redundancies”, keynote, Retail Supply Chain Summit, "
                          "London, 2023",
                          "“What boards get wrong about net zero”, Financial Times Moral Money, guest column, "
                          "2022",
                          "Panellist, Institute of Directors Scotland annual conference, 2021"], "serif", 9.8, INK,
                mark="▪", lh=4.8, mark_color=GOLD)
    save_pdf(pdf, out, "h03_en_boardroom.pdf")


def h04_en_gridtable(out):
    d = new_docx("Aiden Tremblay - Resume", "Aiden Tremblay", font="Calibri", size=10,
                 margins=(16, 16, 16, 16))
    SLATE = "3C4A5C"
    para(d, "Aiden Tremblay", size=24, bold=True, color=SLATE, after=0)
    para(d, "Data Analyst · SQL, Python & Power BI", size=12, color="6B7B8C", after=2)
    para(d, "Toronto, ON  ·  416-555-0137  ·  aiden.tremblay@outlook.com  ·  github.com/atremblay-data", size=9,
         color="6B7B8C", after=10, borders={"bottom": (8, SLATE, 6)})
    rows = 7
    t = make_table(d, rows, [38, 140])
    cell_margins(t, top=60, left=60, bottom=60, right=60)
    heads = ["PROFILE", "EXPERIENCE", "EDUCATION", "TECHNICAL SKILLS", "CERTIFICATIONS", "VOLUNTEERING",
             "INTERESTS"]
    for i, h in enumerate(heads):
        c = t.cell(i, 0)
        cell_text(c, h, bold=True, size=10, color=SLATE, after=0)
        cell_borders(c, {"top": (6, "A7B3C2")})
        cell_borders(t.cell(i, 1), {"top": (6, "A7B3C2")})
    c = t.cell(0, 1)
    cell_text(c, "Analyst with four years of experience in retail and banking, turning messy transactional data "
                 "into dashboards that executives actually open. Bilingual (English/French).", after=0)
    c = t.cell(1, 1)
    jobs = [("SCOTIABANK", "Senior Data Analyst, Retail Lending Insights", "Jan 2022 – Present",
             "SQL Server, Python (pandas), Power BI, Azure Data Factory",
             ["Built the weekly mortgage pipeline dashboard used by 40 branch managers.",
              "Automated 12 manual Excel reports, saving about 30 analyst hours a month.",
              "Partnered with risk to redesign early-delinquency segmentation."]),
            ("LOBLAW COMPANIES", "Data Analyst, Loyalty Analytics", "Jun 2020 – Dec 2021",
             "Snowflake, dbt, Tableau",
             ["Measured the lift of personalised PC Optimum offers with A/B tests across 300 stores.",
              "Maintained the loyalty customer 360 table (85M rows)."])]
    first = True
    for comp, title, dates, stack, bl in jobs:
        cell_text(c, comp, first=first, bold=True, size=10, color=SLATE, after=0, before=0 if first else 6)
        first = False
        cell_text(c, [(title, {"italic": True}), "\t", (dates, {"color": "6B7B8C"})], first=False,
                  tabs=[(136, "R")], after=2)
        cell_text(c, "Tech stack:", first=False, bold=True, size=9, after=0)
        cell_text(c, stack, first=False, size=9, after=2)
        for b in bl:
            cell_text(c, "• " + b, first=False, indent=3, hang=-3, after=1)
    c = t.cell(2, 1)
    cell_text(c, [("Bachelor of Commerce, Business Analytics", {"bold": True}), "\t", ("2016 – 2020",
              {"color": "6B7B8C"})], tabs=[(136, "R")], after=0)
    cell_text(c, "Toronto Metropolitan University (formerly Ryerson) · Dean's List 2019", first=False, after=0)
    c = t.cell(3, 1)
    cell_text(c, [("Languages & tools: ", {"bold": True}), "SQL, Python, R, DAX, Git"], after=1)
    cell_text(c, [("BI: ", {"bold": True}), "Power BI, Tableau, Looker Studio"], first=False, after=1)
    cell_text(c, [("Data platforms: ", {"bold": True}), "Snowflake, Azure Synapse, SQL Server, dbt"],
              first=False, after=0)
    c = t.cell(4, 1)
    cell_text(c, "Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2023", after=1)
    cell_text(c, "Snowflake SnowPro Core, 2022", first=False, after=0)
    c = t.cell(5, 1)
    cell_text(c, "Data Lead, Daily Bread Food Bank (2021 – present): volunteer dashboard on visits and "
                 "inventory; trained six volunteers in Excel.", after=0)
    c = t.cell(6, 1)
    cell_text(c, "Rec-league hockey, bouldering, Kaggle competitions, and making terrible sourdough.", after=0)
    save_docx(d, out, "h04_en_gridtable.docx")


def h05_en_wordstyles(out):
    d = new_docx("Rafael Ortiz, P.E. - Resume", "Rafael Ortiz", font="Cambria", size=10.5,
                 margins=(20, 20, 18, 20))
    for sname, size, color in (("Heading 1", 13, "1F3864"), ("Heading 2", 11, "2E2E2E"), ("Title", 26, "1F3864")):
        st = d.styles[sname]
        st.font.name = "Cambria"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(color)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Cambria")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    d.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    d.styles["Heading 1"].paragraph_format.space_after = Pt(3)
    d.styles["Heading 2"].paragraph_format.space_before = Pt(6)
    d.styles["Heading 2"].paragraph_format.space_after = Pt(0)
    para(d, "Rafael Ortiz, P.E.", style="Title", after=2)
    para(d, "Mechanical Engineer – HVAC & Process Piping", size=12, italic=True, color="555555", after=2)
    para(d, "Houston, TX 77008  |  (713) 555-0164  |  rafael.ortiz.pe@gmail.com", size=9.5, color="555555",
         after=4)

    def h1(s):
        para(d, s, style="Heading 1", borders={"bottom": (4, "8EA9DB", 2)})

    def bl(s):
        para(d, "– " + s, indent=5, hang=-3.5, after=1)

    h1("I. Summary")
    para(d, "Licensed professional engineer with ten years designing HVAC, chilled-water and process piping "
            "systems for hospitals, labs and petrochemical clients. Equally at home in Revit, on a job site and in "
            "front of a code official.", after=2)
    h1("II. Engineering Experience")
    jobs = [("Senior Mechanical Engineer", "Walter P. Moore", "Houston, TX", "2019 – present",
             ["Engineer of record for mechanical systems on 14 healthcare and lab projects ($2M–$60M MEP budgets).",
              "Lead a team of three designers and two EITs; own QA/QC of drawings before issue.",
              "Introduced a Revit MEP content library that cut modelling hours by roughly 20%."]),
            ("Mechanical Engineer", "KBR", "Houston, TX", "2015 – 2019",
             ["Designed process piping and steam systems for refinery turnarounds.",
              "Performed stress analysis in CAESAR II and supported field engineering during start-up."]),
            ("Engineer in Training", "TDIndustries", "Dallas, TX", "2013 – 2015",
             ["Load calculations, equipment selection and submittal review for commercial offices."])]
    for title, comp, place, dates, bls in jobs:
        para(d, [title, (" — " + comp, {"bold": False, "italic": True})], style="Heading 2")
        para(d, [(place, {"color": "777777"}), "\t", (dates, {"color": "777777"})], tabs=[(170, "R")], after=2,
             size=9.5)
        for b in bls:
            bl(b)
    h1("III. Key Projects")
    para(d, [("Memorial Hermann Cancer Center expansion", {"bold": True}),
             " — 220,000 sq ft; dedicated outside-air systems with energy recovery, 100% redundant chilled water."],
         after=2)
    para(d, [("Rice University BioScience Research Collaborative retrofit", {"bold": True}),
             " — lab exhaust re-balancing that reduced fan energy 31% while holding ANSI Z9.5 requirements."],
         after=2)
    h1("IV. Education")
    para(d, [("M.S. Mechanical Engineering", {"bold": True}), ", University of Houston, 2015"], after=1)
    para(d, [("B.S. Mechanical Engineering", {"bold": True}), ", Texas A&M University, 2013"], after=1)
    h1("V. Licenses")
    para(d, "Professional Engineer, Texas (No. 134562) and Louisiana (No. PE.0048811)", after=1)
    para(d, "LEED AP BD+C; ASHRAE Certified HVAC Designer (CHD)", after=1)
    h1("VI. Software")
    para(d, "Revit MEP · AutoCAD · Trane TRACE 3D Plus · CAESAR II · Bluebeam · Navisworks · Excel/VBA", after=1)
    h1("VII. Memberships")
    para(d, "ASHRAE Houston Chapter – Board of Governors (2022 – present); ASME member since 2011.", after=1)
    save_docx(d, out, "h05_en_wordstyles.docx")


# ==========================================================================
# German
# ==========================================================================


def h06_de_symbolleiste(out):
    pdf = Doc("Lebenslauf Sophie Krämer", "Sophie Krämer")
    pdf.add_page()
    SIDE = (46, 52, 64)
    ACC = (230, 126, 34)
    INK = (30, 30, 30)
    LIGHT = (220, 224, 230)
    SW = 70
    sx, sw = 9, SW - 16
    # sidebar first (name sits in it)
    pdf.fill(SIDE, 0, 0, SW, 297)
    pdf.set_fill_color(205, 210, 218)
    pdf.ellipse(17, 12, 36, 36, "F")
    pdf.t(sx, 54, "Sophie Krämer", "sans", "B", 17, (255, 255, 255))
    pdf.t(sx, 62.5, "Marketing Managerin B2B", "sans", "", 9.5, ACC)

    def shead(y, icon, s):
        pdf.t(sx, y, icon + " " + s, "sans", "B", 11, (255, 255, 255))
        pdf.line_c(ACC, sx, y + 6.3, sx + sw, y + 6.3, 0.4)
        return y + 9

    y = shead(75, "✉", "Kontakt")
    for s in ["Aachener Straße 214", "50931 Köln", "0176 2384 5571", "sophie.kraemer@posteo.de",
              "xing.com/profile/Sophie_Kraemer"]:
        y = pdf.wrap(sx, y, sw, s, "sans", "", 8.6, LIGHT, 4.4) + 0.5
    y = shead(y + 6, "⚙", "Kenntnisse")
    for s in ["HubSpot & Salesforce Pardot", "Google Analytics 4, Tag Manager", "LinkedIn Ads, Google Ads",
              "Content-Strategie & SEO", "Adobe InDesign, Canva", "Budgetplanung & Reporting",
              "Agile Kampagnensteuerung (Scrum)"]:
        y = pdf.wrap(sx, y, sw, "· " + s, "sans", "", 8.6, LIGHT, 4.4) + 0.5
    y = shead(y + 6, "✈", "Sprachen")
    for s in ["Deutsch – Muttersprache", "Englisch – verhandlungssicher (C1)", "Französisch – gut (B2)"]:
        y = pdf.wrap(sx, y, sw, s, "sans", "", 8.6, LIGHT, 4.4) + 0.5
    y = shead(y + 6, "♥", "Interessen")
    pdf.wrap(sx, y, sw, "Rennradfahren in der Eifel, Urban Sketching, Jazz-Chor „Tonfall“ (Alt)", "sans", "", 8.6,
             LIGHT, 4.4)

    X, W = SW + 10, 210 - SW - 10 - 12

    def head(y, s):
        pdf.font("sans", "B", 12, SIDE)
        pdf.set_xy(X, y)
        pdf.cell(pdf.get_string_width(s), 6, s, new_x="RIGHT")
        pdf.line_c(ACC, X, y + 6.6, X + pdf.get_string_width(s), y + 6.6, 0.6)
        return y + 10.5

    y = head(14, "ÜBER MICH")
    y = pdf.wrap(X, y, W, "Seit acht Jahren bringe ich B2B-Marken im Maschinenbau und in der Software-Branche "
                 "nach vorn – mit datengetriebenen Kampagnen, klaren Botschaften und engem Schulterschluss mit dem "
                 "Vertrieb. Ich suche eine Führungsrolle im Marketing eines mittelständischen Technologieunternehmens.",
                 "sans", "", 9.2, INK, 4.6)
    y = head(y + 5, "BERUFLICHE STATIONEN")
    jobs = [("04/2021 – heute", "Marketing Managerin DACH", "IGUS GMBH, KÖLN",
             ["Verantwortung für ein Jahresbudget von 1,8 Mio. € und ein Team aus drei Mitarbeitenden",
              "Aufbau eines Account-based-Marketing-Programms für 120 Zielkunden"],
             ["Marketing-Qualified-Leads um 64 % gesteigert", "Messeauftritt Hannover Messe 2023 mit 2.400 Kontakten"]),
            ("01/2018 – 03/2021", "Online-Marketing-Spezialistin", "STAFFBASE GMBH, CHEMNITZ",
             ["Betreuung von SEA- und Social-Ads-Kampagnen in sechs Märkten", "Einführung von HubSpot"],
             ["Kosten pro Lead halbiert"]),
            ("09/2016 – 12/2017", "Trainee Marketing", "HENKEL AG & CO. KGAA, DÜSSELDORF",
             ["Rotation durch Produktmarketing, Marktforschung und Digital"], [])]
    for dates, title, comp, bl, erf in jobs:
        pdf.t(X, y, title, "sans", "B", 10, INK)
        pdf.t(X, y, dates, "sans", "", 8.6, (120, 120, 120), w=W, align="R")
        y += 5
        y = pdf.t(X, y, comp, "sans", "", 8.6, ACC, spacing=0.4) + 1
        y = pdf.bullets(X, y, W, bl, "sans", 9, INK, mark="›", indent=3.5, lh=4.4)
        if erf:
            y = pdf.t(X, y + 0.5, "Erfolge:", "sans", "B", 9, INK, h=4.4) + 0.5
            y = pdf.bullets(X, y, W, erf, "sans", 9, INK, mark="›", indent=3.5, lh=4.4)
        y += 2.5
    y = head(y + 2, "AUSBILDUNG")
    for dates, deg, school in [("2014 – 2016", "M.Sc. Marketing", "Universität zu Köln"),
                               ("2011 – 2014", "B.A. Medienwirtschaft", "Hochschule der Medien Stuttgart")]:
        pdf.t(X, y, deg, "sans", "B", 9.6, INK)
        pdf.t(X, y, dates, "sans", "", 8.6, (120, 120, 120), w=W, align="R")
        y = pdf.t(X, y + 4.8, school, "sans", "", 9, INK) + 2
    y = head(y + 3, "WEITERBILDUNGEN")
    pdf.bullets(X, y, W, ["Zertifizierte Scrum Product Owner (PSPO I), 2022",
                          "Google Ads Search Certification, 2021",
                          "IHK-Zertifikat „Online-Marketing-Manager“, 2018"], "sans", 9, INK, mark="›",
                indent=3.5, lh=4.4)
    save_pdf(pdf, out, "h06_de_symbolleiste.pdf")


def h07_de_gliederung(out):
    pdf = Doc("Lebenslauf Dr. Matthias Brandt", "Matthias Brandt")
    INK = (15, 15, 15)
    GREY = (90, 90, 90)
    L = 22
    DX = 22          # date column
    CX, CW = 62, 126  # content column

    def footer(n):
        pdf.t(0, 284, f"Dr. Matthias Brandt – Lebenslauf – Seite {n} von 2", "Times", "", 8.5, GREY, w=210,
              align="C")

    def head(y, s):
        pdf.t(L, y, s, "Times", "BU", 12.5, INK)
        return y + 8.5

    def row(y, left, parts, lh=4.9):
        """left: list of margin lines; parts: list of (text, style) paragraphs."""
        for i, s in enumerate(left):
            pdf.t(DX, y + i * lh, s, "Times", "", 10, GREY, h=lh)
        y0 = y
        for text, style in parts:
            y = pdf.wrap(CX, y, CW, text, "Times", style, 10.5, INK, lh)
        return max(y, y0 + len(left) * lh) + 2.2

    pdf.add_page()
    pdf.t(L, 18, "Lebenslauf", "Times", "", 26, INK)
    pdf.t(L, 31, "Dr. rer. nat. Matthias Brandt", "Times", "B", 14, INK)
    pdf.fill((235, 235, 235), 160, 14, 28, 36)
    pdf.line_c(INK, L, 54, 188, 54, 0.4)
    y = head(60, "A. Persönliche Daten")
    for k, v in [("Anschrift", "Rheinuferstraße 18, 67061 Ludwigshafen am Rhein"),
                 ("Telefon", "0621 5539 118 · mobil 0151 4410 2276"), ("E-Mail", "m.brandt@chemie-mail.de"),
                 ("Geburtsdatum", "14. März 1986 in Mainz"), ("Familienstand", "verheiratet, zwei Kinder")]:
        y = row(y, [k], [(v, "")]) - 1.2
    y = head(y + 4, "B. Beruflicher Werdegang")
    y = row(y, ["seit 10/2019", "Ludwigshafen"],
            [("BASF SE – Laborleiter Polymerforschung", "B"),
             ("Leitung eines Labors mit acht Mitarbeitenden; Entwicklung biologisch abbaubarer Polyester für "
              "Verpackungsfolien; Scale-up vom Labor- in den Technikumsmaßstab.", ""),
             ("Verantwortlich für zwei Kooperationsprojekte mit der Universität Heidelberg.", "")])
    y = row(y, ["03/2016 – 09/2019", "Leverkusen"],
            [("Covestro Deutschland AG – Laborchemiker F&E Beschichtungen", "B"),
             ("Formulierung wässriger Polyurethan-Dispersionen; Betreuung von Kunden-Technikumsversuchen; "
              "Erstautor von zwei Patentanmeldungen.", "")])
    y = row(y, ["01/2015 – 02/2016", "Zürich"],
            [("ETH Zürich – Postdoktorand, Arbeitsgruppe Makromolekulare Chemie", "B"),
             ("Synthese funktionaler Blockcopolymere mittels RAFT-Polymerisation.", "")])
    y = row(y, ["10/2011 – 12/2014", "Mainz"],
            [("Johannes Gutenberg-Universität Mainz – Wissenschaftlicher Mitarbeiter", "B"),
             ("Betreuung des Praktikums Makromolekulare Chemie für jährlich 60 Studierende; "
              "Gerätebeauftragter für die Gelpermeationschromatographie.", "")])
    y = head(y + 4, "C. Studium und Promotion")
    y = row(y, ["2011 – 2014", "Mainz"],
            [("Promotion (Dr. rer. nat.), Johannes Gutenberg-Universität Mainz", "B"),
             ("Dissertation: „Selbstheilende Netzwerke auf Basis dynamischer Disulfidbindungen“, "
              "Note: magna cum laude", "")])
    y = row(y, ["2005 – 2011", "Mainz"],
            [("Diplom-Chemiker, Johannes Gutenberg-Universität Mainz", "B"),
             ("Schwerpunkt Polymerchemie; Diplomnote 1,3", "")])
    y = row(y, ["2008 – 2009", "Lyon"],
            [("Auslandsstudium (Erasmus), Université Claude Bernard Lyon 1", "B"),
             ("Forschungspraktikum im Laboratoire de Chimie des Polymères", "")])
    footer(1)
    pdf.add_page()
    y = 20
    y = row(y, ["1996 – 2005", "Mainz"], [("Abitur, Rabanus-Maurus-Gymnasium Mainz (Note 1,6)", "")])
    y = head(y + 4, "D. Veröffentlichungen")
    y = row(y, ["2023"], [("Brandt, M.; Keller, S.: Compostable polyester blends for mono-material films. "
                           "Macromolecules 56 (2023), 4410–4422.", "")])
    y = row(y, ["2014"], [("Brandt, M.; Frey, H.: Disulfide-based self-healing networks. Angew. Chem. Int. Ed. "
                           "53 (2014), 11804–11808.", "")])
    y = row(y, ["2013"], [("Vortrag: „Dynamische Netzwerke“, GDCh-Wissenschaftsforum, Darmstadt.", "")])
    y = head(y + 4, "E. Fachkenntnisse")
    for k, v in [("Analytik", "GPC, DSC, TGA, Rheologie, NMR, FTIR"),
                 ("Verfahren", "Extrusion, Folienblasen, Emulsionspolymerisation"),
                 ("Software", "SAP QM, ChemDraw, OriginLab, Design-Expert (DoE)"),
                 ("Regulatorik", "REACH, Lebensmittelkontakt-Verordnung (EU) Nr. 10/2011")]:
        y = row(y, [k], [(v, "")]) - 1.2
    y = head(y + 4, "F. Sprachkenntnisse")
    for k, v in [("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"),
                 ("Französisch", "Grundkenntnisse")]:
        y = row(y, [k], [(v, "")]) - 1.2
    y = head(y + 4, "G. Mitgliedschaften")
    y = row(y, ["seit 2008"], [("Gesellschaft Deutscher Chemiker (GDCh), Fachgruppe Makromolekulare Chemie", "")])
    y = row(y, ["seit 2017"], [("Verein Deutscher Ingenieure (VDI)", "")])
    pdf.t(L, y + 14, "Ludwigshafen, im Januar 2026", "Times", "", 10.5, INK)
    pdf.t(L, y + 26, "Matthias Brandt", "Times", "I", 13, (30, 30, 90))
    footer(2)
    save_pdf(pdf, out, "h07_de_gliederung.pdf")


def h08_de_saetze(out):
    pdf = Doc("Lena Hoffmann – Lebenslauf", "Lena Hoffmann")
    pdf.add_page()
    PLUM = (88, 44, 110)
    INK = (35, 30, 40)
    GREY = (115, 110, 120)
    L, W = 20, 170
    pdf.fill(PLUM, 0, 0, 210, 40)
    pdf.t(L, 11, "Lena Hoffmann", "light", "", 28, (255, 255, 255))
    pdf.t(L, 25, "UX-Researcherin mit Faible für Gesundheits-Apps", "sans", "", 10.5, (225, 205, 235))
    pdf.t(L, 31.5, "Berlin-Neukölln  ·  0157 3320 9184  ·  hallo@lenahoffmann.de", "sans", "", 8.8,
          (225, 205, 235))

    def head(y, s):
        pdf.t(L, y, s, "light", "", 15, PLUM)
        pdf.line_c((200, 185, 210), L, y + 8.1, L + 22, y + 8.1, 1.0)
        return y + 10.8

    y = head(47, "Das bin ich")
    y = pdf.wrap(L, y, W, "Ich finde heraus, warum Menschen eine App nach drei Tagen wieder löschen – und was man "
                 "dagegen tun kann. Sieben Jahre qualitative und quantitative Forschung, davon vier in Digital "
                 "Health, haben mir gezeigt: Gute Forschung ist vor allem gutes Zuhören.", "sans", "", 9.5, INK,
                 4.8)
    y = head(y + 4, "Hier habe ich gearbeitet")
    jobs = [("Senior UX Researcherin", "Kaia Health · München/Remote", "seit 2021",
             "Interviews, Tagebuchstudien, Usability-Tests mit Schmerzpatient:innen",
             ["Aufbau des Research-Repositorys in Dovetail; 300+ Insights verschlagwortet",
              "Studie zur Therapietreue, die zu einem neuen Onboarding führte (+19 % Retention nach 30 Tagen)"]),
            ("UX Researcherin", "N26 · Berlin", "2018 – 2021",
             "Konzepttests, Umfragen, A/B-Auswertung",
             ["Begleitung der Einführung von Spaces und Shared Spaces in fünf Märkten"]),
            ("Werkstudentin Nutzerforschung", "Zalando SE · Berlin", "2016 – 2018",
             "Rekrutierung und Moderation von Fokusgruppen", [])]
    for title, comp, dates, focus, bl in jobs:
        pdf.t(L, y, title, "sans", "B", 10, INK)
        pdf.t(L, y, dates, "sans", "", 9, GREY, w=W, align="R")
        y = pdf.t(L, y + 5, comp, "sans", "I", 9, GREY) + 1.2
        y = pdf.t(L, y, "Schwerpunkte:", "sans", "B", 9, PLUM, h=4.5)
        y = pdf.wrap(L, y, W, focus, "sans", "", 9.2, INK, 4.5) + 0.6
        y = pdf.bullets(L, y, W, bl, "sans", 9.2, INK, mark="–", indent=4, lh=4.5)
        y += 2.2
    y = head(y + 1, "Das habe ich gelernt")
    for deg, school, dates in [("M.Sc. Psychologie (Mensch-Maschine-Interaktion)",
                                "Humboldt-Universität zu Berlin", "2016 – 2018"),
                               ("B.Sc. Psychologie", "Universität Leipzig", "2013 – 2016")]:
        pdf.t(L, y, dates, "sans", "", 9, GREY, w=W, align="R")
        y = pdf.wrap(L, y, W - 30, deg, "sans", "B", 9.6, INK, 4.7)
        y = pdf.t(L, y, school, "sans", "", 9.2, INK) + 2
    y = head(y + 2, "Darin bin ich richtig gut")
    y = pdf.wrap(L, y, W, "Interviewführung · Jobs-to-be-done · Tagebuchstudien · SUS & UEQ · Umfragedesign "
                 "(Qualtrics) · Statistik mit R · Workshop-Moderation · Research-Ops · Dovetail, Maze, Figma",
                 "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "So verständige ich mich")
    y = pdf.wrap(L, y, W, "Deutsch (Muttersprache) · Englisch (fließend, C1) · Polnisch (Grundkenntnisse)",
                 "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "Dafür engagiere ich mich")
    y = pdf.wrap(L, y, W, "Mentorin bei „Women in UX Berlin“ (seit 2020) und ehrenamtliche Beraterin für "
                 "barrierefreie Websites beim Nachbarschaftshaus Neukölln.", "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "Lust auf ein Gespräch? Melden Sie sich!")
    pdf.wrap(L, y, W, "Am besten per Mail an hallo@lenahoffmann.de – oder Sie rufen kurz an: 0157 3320 9184.",
             "sans", "", 9.2, INK, 4.7)
    save_pdf(pdf, out, "h08_de_saetze.pdf")


def h09_de_tabellen(out):
    d = new_docx("Lebenslauf Markus Schneider", "Markus Schneider", font="Arial", size=10,
                 margins=(18, 20, 16, 20))
    BLUE = "1F4E79"
    para(d, "Markus Schneider", size=22, bold=True, color=BLUE, after=0)
    para(d, "Industriekaufmann · Einkauf & Disposition", size=11, color="595959", after=10)

    def head(s):
        para(d, [(s, {"caps": True})], bold=True, size=10.5, color="FFFFFF", shade=BLUE, before=10, after=4,
             indent=1)

    def rows(items, widths=(40, 130)):
        t = make_table(d, len(items), list(widths))
        cell_margins(t, top=20, left=40, bottom=40, right=40)
        for i, (left, right) in enumerate(items):
            cell_text(t.cell(i, 0), left, color="595959", after=0)
            c = t.cell(i, 1)
            first = True
            for r in right:
                if isinstance(r, tuple) and r[0] == "B":
                    cell_text(c, r[1], first=first, bold=True, after=0)
                elif isinstance(r, tuple) and r[0] == "•":
                    cell_text(c, "• " + r[1], first=first, indent=3, hang=-3, after=0)
                else:
                    cell_text(c, r, first=first, after=0)
                first = False
        return t

    head("Persönliche Angaben")
    rows([("Anschrift", ["Lindenstraße 7a, 33602 Bielefeld"]), ("Telefon", ["0521 9876 443"]),
          ("E-Mail", ["markus.schneider84@web.de"]), ("Geboren", ["22.07.1984 in Gütersloh"]),
          ("Staatsangehörigkeit", ["deutsch"])])
    head("Berufspraxis")
    rows([("seit 08/2017", [("B", "Dr. August Oetker Nahrungsmittel KG, Bielefeld"), "Senior-Einkäufer Verpackung",
                            ("•", "Verhandlung von Rahmenverträgen mit einem Volumen von 14 Mio. € p. a."),
                            ("•", "Lieferantenbewertung und -entwicklung für 35 Kernlieferanten"),
                            ("•", "Projektleitung Umstellung auf recyclingfähige Folienverbunde")]),
          ("04/2011 – 07/2017", [("B", "Miele & Cie. KG, Gütersloh"), "Disponent Produktionsmaterial",
                                 ("•", "Bedarfsplanung und Bestandsführung in SAP MM"),
                                 ("•", "Reduzierung der Lagerreichweite von 38 auf 24 Tage")]),
          ("09/2008 – 03/2011", [("B", "Schüco International KG, Bielefeld"), "Sachbearbeiter Einkauf"])])
    head("Berufsausbildung")
    rows([("08/2005 – 07/2008", [("B", "Ausbildung zum Industriekaufmann"),
                                 "Claas KGaA mbH, Harsewinkel – Abschluss vor der IHK Ostwestfalen (Note: gut)"]),
          ("2012 – 2014", [("B", "Geprüfter Betriebswirt (IHK)"), "berufsbegleitend, IHK-Akademie Bielefeld"])])
    head("Schulbildung")
    rows([("1995 – 2004", ["Städtisches Gymnasium Gütersloh, Abschluss: Allgemeine Hochschulreife"])])
    head("EDV-Kenntnisse")
    rows([("SAP", ["MM, SRM und Ariba – sehr gut"]), ("MS Office", ["Excel (Pivot, SVERWEIS, Makros) – sehr gut"]),
          ("Sonstiges", ["Power BI – Grundkenntnisse"])])
    head("Sprachen")
    rows([("Englisch", ["verhandlungssicher"]), ("Spanisch", ["Grundkenntnisse (A2)"])])
    head("Hobbys")
    rows([("", ["Handball (Trainer der C-Jugend beim TuS Brake), Kochen, Reisen nach Andalusien"])])
    para(d, "Bielefeld, 2. Januar 2026", before=18, after=0)
    save_docx(d, out, "h09_de_tabellen.docx")


def h10_de_pfeile(out):
    d = new_docx("Tobias Lang – CV", "Tobias Lang", font="Segoe UI", size=9.5, margins=(15, 18, 15, 18))
    GREEN = "1B7F5C"
    para(d, "Tobias Lang", size=22, bold=True, after=0)
    para(d, "Backend-Entwickler (Java/Kotlin) · München · tobias.lang@mailbox.org · +49 160 9921 3307 · "
            "github.com/tlang-dev", size=9, color="666666", after=6)

    def head(s):
        para(d, "► " + s, bold=True, size=12, color=GREEN, before=10, after=3,
             borders={"bottom": (6, "BFD9CF", 1)})

    def entry(dates, title, comp, place, extra_label=None, extra=None, bullets=()):
        para(d, [(dates, {"color": "666666"}), "\t", (title, {"bold": True})], tabs=[(32, "L")], before=4,
             after=0, indent=32, hang=-32)
        para(d, [(comp, {"bold": True, "caps": False}), (" · " + place, {"color": "666666"})], indent=32, after=1)
        for b in bullets:
            para(d, "– " + b, indent=35, hang=-3, after=0)
        if extra_label:
            para(d, extra_label, bold=True, indent=32, before=2, after=0, size=9)
            para(d, extra, indent=32, after=0, size=9)

    head("Kurzprofil")
    para(d, "Backend-Entwickler mit sechs Jahren Erfahrung in Zahlungsverkehr und Versicherungs-IT. Schwerpunkt "
            "auf Spring Boot, Kafka und sauberer Domänenmodellierung (DDD). Suche ab Q2/2026 eine Festanstellung "
            "mit technischer Verantwortung.", after=2)
    head("Berufserfahrung")
    entry("seit 03/2022", "Senior Backend Developer", "ALLIANZ TECHNOLOGY SE", "München",
          bullets=["Entwicklung von Microservices für die Schadenregulierung (Kfz)",
                   "Einführung von Contract Testing mit Pact in vier Teams"],
          extra_label="Tech-Stack:", extra="Kotlin, Spring Boot 3, Kafka, PostgreSQL, OpenShift, ArgoCD")
    entry("07/2019 – 02/2022", "Software Engineer", "WIRECARD / BANKING CIRCLE", "Aschheim",
          bullets=["Anbindung von SEPA-Instant-Zahlungen an das Kernbankensystem",
                   "Performance-Tuning eines Batch-Jobs von 5 h auf 40 min"],
          extra_label="Tech-Stack:", extra="Java 11, Spring Batch, Oracle, IBM MQ, Jenkins")
    entry("10/2017 – 06/2019", "Werkstudent Softwareentwicklung", "SIEMENS AG", "München",
          bullets=["Testautomatisierung für ein internes Asset-Management-Tool"])
    head("Projekte")
    para(d, [("ledgerlite", {"bold": True}), " – Open-Source-Bibliothek für doppelte Buchführung in Kotlin "
              "(1,2k Sterne auf GitHub)"], after=1)
    para(d, [("Bahn-Verspätungsbot", {"bold": True}), " – Telegram-Bot, der Pendler:innen über Verspätungen "
              "auf der S-Bahn-Stammstrecke informiert"], after=1)
    head("Technologien")
    t = make_table(d, 4, [40, 134])
    cell_margins(t, top=10, left=0, bottom=10, right=40)
    for i, (k, v) in enumerate([("Sprachen", "Kotlin, Java, SQL, Python (Skripte)"),
                                ("Frameworks", "Spring Boot, Spring Batch, Ktor, Hibernate"),
                                ("Infrastruktur", "Kafka, PostgreSQL, Docker, Kubernetes/OpenShift"),
                                ("Methoden", "DDD, TDD, Event Storming, Scrum")]):
        cell_text(t.cell(i, 0), k, bold=True, after=0)
        cell_text(t.cell(i, 1), v, after=0)
    head("Ausbildung")
    entry("2014 – 2019", "B.Sc. Informatik", "TECHNISCHE UNIVERSITÄT MÜNCHEN", "Garching",
          bullets=["Bachelorarbeit: Konsistenzmodelle in ereignisgesteuerten Architekturen (Note 1,7)"])
    head("Zertifikate")
    para(d, "Oracle Certified Professional: Java SE 11 Developer (2021) · CKAD (2023) · iSAQB CPSA-F (2022)",
         after=1)
    head("Sprachen")
    para(d, "Deutsch (Muttersprache), Englisch (C1), Italienisch (A2)", after=1)
    save_docx(d, out, "h10_de_pfeile.docx")


def h11_de_werdegang(out):
    d = new_docx("Lebenslauf Claudia Becker", "Claudia Becker", font="Georgia", size=10.5,
                 margins=(22, 22, 20, 22))
    NAVY = "203864"
    hp = d.sections[0].header.paragraphs[0]
    r = hp.add_run("Claudia Becker · Dipl.-Ing. Bauingenieurwesen")
    fmt_run(r, size=8.5, color="7F7F7F", italic=True)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "Claudia Becker", size=26, color=NAVY, after=0)
    para(d, "Projektleiterin Ingenieurbau", size=12, italic=True, color="7F7F7F", after=2)
    para(d, "Hafenstraße 41 · 20359 Hamburg · 040 3344 0912 · c.becker@ingenieurbau-post.de", size=9,
         color="7F7F7F", after=4)

    def head(s):
        para(d, s, bold=True, size=13.5, color=NAVY, before=14, after=4,
             borders={"top": (12, NAVY, 4)})

    def item(dates, main, sub=None, bls=()):
        para(d, [(dates, {"color": "7F7F7F", "size": 9.5}), "\t", (main, {"bold": True})], tabs=[(38, "L")],
             indent=38, hang=-38, before=4, after=0)
        if sub:
            para(d, sub, italic=True, indent=38, after=1)
        for b in bls:
            para(d, "▪ " + b, indent=42, hang=-4, after=0)

    head("Werdegang")
    item("seit 2019", "Projektleiterin Brückenbau", "Hamburg Port Authority AöR",
         ["Gesamtprojektleitung Ersatzneubau der Rethe-Klappbrücke (Bauvolumen 180 Mio. €)",
          "Führung eines interdisziplinären Teams aus zwölf Ingenieur:innen",
          "Vergabe nach VOB/A und Nachtragsmanagement"])
    item("2013 – 2019", "Tragwerksplanerin, ab 2016 Teamleiterin", "WTM Engineers GmbH, Hamburg",
         ["Entwurfs- und Ausführungsplanung für Stahlbeton- und Verbundbrücken",
          "Prüfstatiken nach DIN EN 1992 und 1994"])
    item("2010 – 2013", "Bauleiterin", "Max Bögl Stiftung & Co. KG, Neumarkt",
         ["Bauleitung Talbrücke Froschgrundsee (ICE-Neubaustrecke Ebensfeld–Erfurt)"])
    head("Bildungsweg")
    item("2004 – 2010", "Diplom-Ingenieurin Bauingenieurwesen", "Technische Universität Dresden, "
         "Vertiefung Konstruktiver Ingenieurbau")
    item("2004", "Abitur", "Heinrich-Hertz-Gymnasium, Berlin")
    head("Qualifikationen")
    para(d, "Sofistik · RFEM · Allplan Bridge · iTWO · MS Project · BIM-Koordination (buildingSMART) · "
            "Vertragsrecht VOB/B", after=2, indent=38)
    head("Fortbildungen")
    item("2022", "Zertifizierte Projektmanagerin (IPMA Level C)")
    item("2020", "BIM-Basiswissen, buildingSMART / VDI")
    item("2018", "Eintragung in die Liste der Bauvorlageberechtigten, Hamburgische Ingenieurkammer-Bau")
    head("Auszeichnungen")
    item("2021", "Deutscher Brückenbaupreis – Anerkennung (im Team WTM Engineers)")
    head("Ehrenämter")
    item("seit 2017", "Mentorin im Programm „Ingenieurinnen für morgen“ der TU Hamburg")
    item("seit 2015", "Schöffin am Amtsgericht Hamburg-Mitte")
    head("Persönliches")
    para(d, "Geboren am 3. Mai 1984 in Berlin · Staatsangehörigkeit: deutsch · verheiratet", indent=38, after=0)
    para(d, "Hamburg, im Januar 2026", before=16, after=0)
    save_docx(d, out, "h11_de_werdegang.docx")


# ==========================================================================
# French
# ==========================================================================


def h12_fr_colonnedroite(out):
    pdf = Doc("CV Camille Martin", "Camille Martin")
    pdf.add_page()
    ROSE = (196, 90, 110)
    PALE = (251, 236, 238)
    INK = (40, 35, 38)
    GREY = (120, 110, 115)
    RX = 140
    X, W = 16, RX - 16 - 8
    pdf.t(X, 16, "Camille Martin", "serif", "B", 24, INK)
    pdf.t(X, 27.5, "Cheffe de projet événementiel", "serif", "I", 12, ROSE)

    def head(y, s):
        pdf.t(X, y, s, "sans", "B", 10.5, ROSE, spacing=0.8)
        pdf.line_c(ROSE, X, y + 6, X + W, y + 6, 0.25)
        return y + 9

    y = head(40, "PROFIL")
    y = pdf.wrap(X, y, W, "Sept ans d’expérience dans l’organisation de salons professionnels, de séminaires et "
                 "de lancements produits jusqu’à 4 000 participants. Rigoureuse sur les budgets, calme le jour J.",
                 "sans", "", 9, INK, 4.5)
    y = head(y + 5, "EXPÉRIENCES PROFESSIONNELLES")
    jobs = [("GL EVENTS", "Cheffe de projet senior", "Lyon", "depuis mars 2021",
             ["Pilotage de 12 à 15 événements par an (budget jusqu’à 1,2 M€)",
              "Coordination des prestataires : traiteurs, scénographes, sécurité",
              "Mise en place d’une démarche d’éco-conception (label ISO 20121)"],
             ["Salon Pollutec 2022 : 2 200 exposants, satisfaction 92 %"]),
            ("AGENCE HOPSCOTCH", "Cheffe de projet", "Paris", "2018 – 2021",
             ["Conventions clients pour des groupes du CAC 40",
              "Gestion de la logistique voyageurs (jusqu’à 600 personnes)"],
             ["Convention annuelle d’un groupe bancaire à Séville, 580 invités"]),
            ("OFFICE DE TOURISME D’ANNECY", "Assistante événementielle", "Annecy", "2016 – 2018",
             ["Organisation du Festival du cinéma d’animation (accueil des délégations)"], [])]
    for comp, title, place, dates, bl, real in jobs:
        pdf.t(X, y, comp, "sans", "B", 9.6, INK)
        pdf.t(X, y, dates, "sans", "I", 8.5, GREY, w=W, align="R")
        y = pdf.t(X, y + 4.8, title + " – " + place, "sans", "I", 9, INK) + 0.8
        y = pdf.bullets(X, y, W, bl, "sans", 8.8, INK, mark="•", indent=3.5, lh=4.3, mark_color=ROSE)
        if real:
            y = pdf.t(X, y + 0.3, "Réalisation marquante :", "sans", "B", 8.8, INK, h=4.3) + 0.3
            y = pdf.bullets(X, y, W, real, "sans", 8.8, INK, mark="•", indent=3.5, lh=4.3, mark_color=ROSE)
        y += 2.5
    y = head(y + 1, "FORMATION")
    for deg, sch, dt in [("Master Management du tourisme et de l’événementiel", "IAE Savoie Mont Blanc",
                          "2016"),
                         ("Licence LEA anglais-espagnol", "Université Lumière Lyon 2", "2014")]:
        pdf.t(X, y, dt, "sans", "I", 8.5, GREY, w=W, align="R")
        y = pdf.t(X, y, deg, "sans", "B", 9.2, INK)
        y = pdf.t(X, y + 0.3, sch, "sans", "", 8.8, INK) + 2
    y = head(y + 2, "BÉNÉVOLAT")
    pdf.wrap(X, y, W, "Responsable des bénévoles, festival Les Nuits de Fourvière (2019 – 2023)\u00a0: recrutement et "
             "planning de 80 bénévoles par édition.", "sans", "", 8.8, INK, 4.3)

    # right column, drawn after the main column
    pdf.fill(PALE, RX, 0, 210 - RX, 297)
    cx, cw = RX + 8, 210 - RX - 14

    def rhead(y, s):
        pdf.t(cx, y, s, "serif", "B", 12, ROSE)
        return y + 8

    y = rhead(18, "Coordonnées")
    for s in ["12 rue Dumenge", "69004 Lyon", "06 72 18 44 90", "camille.martin.events@gmail.com",
              "Permis B"]:
        y = pdf.wrap(cx, y, cw, s, "sans", "", 8.5, INK, 4.3) + 0.5
    y = rhead(y + 6, "Compétences")
    for s in ["Gestion budgétaire", "Négociation fournisseurs", "Rétroplanning (MS Project)", "Weezevent, Swapcard",
              "Gestion de crise", "Management d’équipes terrain"]:
        y = pdf.wrap(cx, y, cw, "– " + s, "sans", "", 8.5, INK, 4.3) + 0.5
    y = rhead(y + 6, "Langues")
    for s in ["Anglais : courant (C1)", "Espagnol : professionnel (B2)", "Italien : notions"]:
        y = pdf.wrap(cx, y, cw, s, "sans", "", 8.5, INK, 4.3) + 0.5
    y = rhead(y + 6, "Centres d’intérêt")
    pdf.wrap(cx, y, cw, "Trail (Saintélyon 2023), photographie argentique, cuisine libanaise", "sans", "", 8.5,
             INK, 4.3)
    save_pdf(pdf, out, "h12_fr_colonnedroite.pdf")


def h13_fr_pastilles(out):
    pdf = Doc("CV Julien Moreau", "Julien Moreau")
    pdf.add_page()
    BLUE = (33, 97, 140)
    INK = (30, 30, 35)
    GREY = (110, 110, 120)
    L, W = 18, 174
    pdf.t(L, 15, "Julien MOREAU", "sans", "B", 22, INK)
    pdf.t(L, 26, "Ingénieur commercial B2B – solutions logistiques", "sans", "", 11, BLUE)
    pdf.t(L, 32.5, "Nantes (44) · 07 81 22 65 30 · julien.moreau.pro@orange.fr · 34 ans", "sans", "", 8.8, GREY)

    def head(y, s):
        pdf.font("sans", "B", 10)
        w = pdf.get_string_width(s) + 10
        pdf.set_fill_color(*BLUE)
        pdf.rect(L, y, w, 7, "F", round_corners=True, corner_radius=3.5)
        pdf.t(L + 5, y + 1.2, s, "sans", "B", 10, (255, 255, 255))
        return y + 10.5

    y = head(42, "En quelques mots :")
    y = pdf.wrap(L, y, W, "Dix ans de vente de solutions complexes (WMS, automatisation d’entrepôt) auprès de "
                 "chargeurs et de logisticiens. Chasseur autant qu’éleveur : j’ouvre des comptes et je les garde.",
                 "sans", "", 9.3, INK, 4.7)
    y = head(y + 4, "Mon parcours professionnel :")
    jobs = [("Ingénieur commercial grands comptes", "SAVOYE (groupe Legris)", "Nantes",
             "Depuis 2019",
             ["Portefeuille de 25 comptes stratégiques ; cycle de vente de 9 à 18 mois",
              "Réponse aux appels d’offres avec les équipes avant-vente et bureau d’études"],
             "Chiffre d’affaires signé : 14 M€ en 2024 (objectif dépassé de 21 %)"),
            ("Chargé d’affaires", "GEODIS", "Carquefou", "2016 – 2019",
             ["Développement d’une offre logistique e-commerce pour les PME de l’Ouest",
              "Création de 38 nouveaux comptes en trois ans"],
             "Meilleur chargé d’affaires de la région Ouest en 2018"),
            ("Commercial sédentaire", "MANUTAN", "Gonesse", "2014 – 2016",
             ["Prospection téléphonique et relance des devis ; gestion d’un portefeuille de 400 clients"], None)]
    for title, comp, place, dates, bl, res in jobs:
        pdf.t(L, y, dates, "sans", "", 8.8, GREY, w=W, align="R")
        y = pdf.runs(L, y, [(title, "sans", "B", INK), ("  |  " + comp, "sans", "B", BLUE),
                            ("  –  " + place, "sans", "", GREY)], 9.6) + 0.8
        y = pdf.bullets(L + 1, y, W - 1, bl, "sans", 9, INK, mark="▹", indent=4, lh=4.5)
        if res:
            y = pdf.rich(L + 1, y + 0.3, W - 1, [("Résultat clé : ", "sans", "B", INK), (res, "sans", "", INK)],
                         9, 4.5)
        y += 2.8
    y = head(y + 1, "Mes diplômes :")
    for dt, deg in [("2014", "Master 2 Commerce international – Audencia Business School, Nantes"),
                    ("2012", "DUT Techniques de commercialisation – IUT de Saint-Nazaire")]:
        y = pdf.runs(L, y, [(dt + "   ", "sans", "", GREY), (deg, "sans", "", INK)], 9.2) + 1
    y = head(y + 3, "Ce que je sais faire :")
    y = pdf.wrap(L, y, W, "Vente consultative (méthode MEDDIC) · Négociation grands comptes · Salesforce · "
                 "Lecture de cahiers des charges techniques · Prospection LinkedIn Sales Navigator · "
                 "Animation de salons (SITL, Préventica)", "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "Les langues que je parle :")
    y = pdf.wrap(L, y, W, "Français (langue maternelle) · Anglais professionnel (TOEIC 905) · Allemand scolaire",
                 "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "Ce qui m’anime en dehors du travail :")
    y = pdf.wrap(L, y, W, "Voile en équipage (Spi Ouest-France), entraîneur bénévole de l’équipe U13 du FC "
                 "Rezé, bandes dessinées.", "sans", "", 9.2, INK, 4.7)
    y = head(y + 4, "Envie d’échanger ? Écrivez-moi !")
    pdf.wrap(L, y, W, "julien.moreau.pro@orange.fr – je réponds sous 24 heures. Disponible avec un préavis "
             "de deux mois.", "sans", "", 9.2, INK, 4.7)
    save_pdf(pdf, out, "h13_fr_pastilles.pdf")


def h14_fr_encadre(out):
    pdf = Doc("Hélène Garnier – Curriculum vitae", "Hélène Garnier")
    INK = (25, 25, 30)
    BORD = (90, 20, 30)
    GREY = (100, 100, 105)
    L, W = 20, 170

    def head(y, s):
        pdf.set_draw_color(*BORD)
        pdf.set_line_width(0.45)
        pdf.rect(L, y, W, 8)
        pdf.t(L, y + 1.6, s, "serif", "", 11, BORD, w=W, align="C", spacing=1.2)
        return y + 12

    def foot(n):
        pdf.t(L, 285, "Hélène Garnier", "serif", "I", 8, GREY)
        pdf.t(L, 285, f"{n}/2", "serif", "", 8, GREY, w=W, align="R")

    pdf.add_page()
    pdf.t(0, 16, "Hélène GARNIER", "serif", "B", 22, INK, w=210, align="C")
    pdf.t(0, 27, "Directrice administrative et financière – groupe industriel international", "serif", "I", 11,
          BORD, w=210, align="C")
    pdf.t(0, 34, "8, quai Saint-Pierre, 67000 Strasbourg · 06 14 58 33 07 · helene.garnier@laposte.net",
          "serif", "", 9, GREY, w=210, align="C")
    y = head(44, "SYNTHÈSE")
    y = pdf.wrap(L, y, W, "Vingt ans de finance d’entreprise dont douze comme DAF dans l’industrie "
                 "(équipements automobiles, chimie de spécialité). Expérience de deux LBO, d’une introduction en "
                 "bourse et de la transformation de fonctions finance multi-sites en France et en Allemagne.",
                 "serif", "", 10, INK, 5, align="J")
    y = head(y + 5, "DOMAINES D’EXPERTISE")
    items = ["Pilotage de la performance et contrôle de gestion", "Financements structurés et relations bancaires",
             "Consolidation IFRS et reporting aux actionnaires", "Transformation digitale de la fonction finance",
             "Fiscalité internationale et prix de transfert", "Management d’équipes (45 personnes)"]
    for i, s in enumerate(items):
        pdf.t(L + (i % 2) * 88, y + (i // 2) * 5.2, "■ " + s, "serif", "", 9, INK)
    y += 3 * 5.2 + 5
    y = head(y, "PARCOURS")
    jobs = [("2017 – aujourd’hui", "SOGEFI FILTRATION FRANCE", "Directrice administrative et financière, membre du "
             "comité exécutif",
             ["Périmètre : 6 usines, 820 M€ de chiffre d’affaires, équipe finance de 45 personnes",
              "Refinancement de la dette senior (310 M€) et mise en place d’un programme d’affacturage",
              "Clôtures mensuelles ramenées de J+12 à J+5"]),
            ("2011 – 2017", "ARKEMA", "Responsable du contrôle de gestion, puis DAF de la BU Polymères techniques",
             ["Accompagnement de trois acquisitions en Asie et aux États-Unis",
              "Déploiement de SAP S/4HANA Finance sur 14 sites",
              "Mise en place d’un centre de services partagés comptable à Lyon (60 ETP)"]),
            ("2006 – 2011", "DELOITTE", "Manager audit, secteur industrie",
             ["Audit légal de groupes cotés (SBF 120) ; missions de due diligence",
              "Formatrice interne IFRS pour les nouveaux auditeurs"]),
            ("2004 – 2006", "PSA PEUGEOT CITROËN", "Contrôleuse de gestion usine",
             ["Site de Mulhouse : calcul des prix de revient et suivi des investissements"]),
            ("2002 – 2004", "KPMG", "Auditrice junior", ["Audit de PME industrielles alsaciennes"])]
    for dates, comp, role, bl in jobs:
        pdf.t(L, y, comp, "serif", "B", 10.5, INK)
        pdf.t(L, y, dates, "serif", "I", 9.5, GREY, w=W, align="R")
        y = pdf.wrap(L, y + 5.2, W, role, "serif", "I", 10, INK, 4.9) + 0.5
        y = pdf.bullets(L + 2, y, W - 2, bl, "serif", 9.8, INK, mark="–", indent=4, lh=4.8)
        y += 3
    foot(1)
    pdf.add_page()
    y = 18
    for dates, comp, role, bl in [("2001", "SOCIÉTÉ GÉNÉRALE CIB", "Stage de fin d’études, analyste crédit "
                                   "(6 mois)", ["Analyse financière de contreparties industrielles"])]:
        pdf.t(L, y, comp, "serif", "B", 10.5, INK)
        pdf.t(L, y, dates, "serif", "I", 9.5, GREY, w=W, align="R")
        y = pdf.wrap(L, y + 5.2, W, role, "serif", "I", 10, INK, 4.9) + 0.5
        y = pdf.bullets(L + 2, y, W - 2, bl, "serif", 9.8, INK, mark="–", indent=4, lh=4.8) + 3
    y = head(y + 2, "CURSUS")
    for dt, s in [("2015", "Executive MBA – HEC Paris"), ("2002", "Diplôme d’expertise comptable (DEC)"),
                  ("2001", "Master Grande École – EM Strasbourg")]:
        pdf.t(L, y, dt, "serif", "", 10, GREY)
        y = pdf.wrap(L + 20, y, W - 20, s, "serif", "", 10, INK, 5) + 1
    y = head(y + 4, "PUBLICATIONS ET INTERVENTIONS")
    y = pdf.bullets(L + 2, y, W - 2, [
        "« La clôture rapide, un projet d’entreprise », Revue Française de Comptabilité, n° 562, 2022",
        "Intervenante, congrès annuel de la DFCG, Paris, 2023 : « Le DAF face aux covenants ESG »",
        "Chargée d’enseignement vacataire, EM Strasbourg (finance d’entreprise), depuis 2019"], "serif", 9.8, INK,
        mark="–", indent=4, lh=4.8)
    y = head(y + 5, "DISTINCTIONS")
    y = pdf.bullets(L + 2, y, W - 2, ["Trophée « DAF de l’année » ETI, catégorie industrie, DFCG 2021"], "serif",
                    9.8, INK, mark="–", indent=4, lh=4.8)
    y = head(y + 5, "MANDATS ET ENGAGEMENTS")
    pdf.bullets(L + 2, y, W - 2, [
        "Trésorière bénévole de la Banque alimentaire du Bas-Rhin (depuis 2018)",
        "Marraine au sein du réseau « Femmes & Finance » Alsace : accompagnement de jeunes contrôleuses de "
        "gestion"], "serif", 9.8, INK, mark="–", indent=4, lh=4.8)
    foot(2)
    save_pdf(pdf, out, "h14_fr_encadre.pdf")


def h15_fr_frise(out):
    pdf = Doc("CV Thomas Lefèvre", "Thomas Lefèvre")
    pdf.add_page()
    GREEN = (0, 122, 110)
    INK = (30, 35, 35)
    GREY = (110, 115, 115)
    L = 16
    LINE_X = 47
    CX, CW = 52, 142
    pdf.t(L, 14, "Thomas Lefèvre", "cond", "B", 24, INK)
    pdf.t(L, 25.5, "Élève ingénieur en mécatronique – recherche un stage de fin d’études de 6 mois "
          "(février 2026)", "cond", "", 10.5, GREEN)
    pdf.t(L, 31.5, "Compiègne · 06 45 19 70 82 · thomas.lefevre@etu.utc.fr · linkedin.com/in/thomaslefevre-meca",
          "cond", "", 9, GREY)

    def head(y, s):
        pdf.t(L, y, "➜ " + s, "cond", "B", 12, GREEN)
        return y + 8

    def dot(y):
        pdf.set_fill_color(*GREEN)
        pdf.ellipse(LINE_X - 1.2, y + 1.0, 2.4, 2.4, "F")

    def entry(y, dates, place, title, org, bl=(), label=None):
        y0 = y
        dot(y)
        pdf.t(L, y, dates, "cond", "", 9, INK, w=LINE_X - L - 4, align="R")
        pdf.t(L, y + 4.4, place, "cond", "I", 8.5, GREY, w=LINE_X - L - 4, align="R")
        y = pdf.runs(CX, y, [(title, "cond", "B", INK), ("  ·  " + org, "cond", "", INK)], 9.8)
        y += 0.6
        if label:
            y = pdf.t(CX, y, label, "cond", "B", 9, INK, h=4.4)
        y = pdf.bullets(CX, y, CW, bl, "cond", 9.2, INK, mark="•", indent=3.5, lh=4.4)
        return max(y, y0 + 9) + 2.4

    y = head(40, "Objectif")
    y = pdf.wrap(CX, y, CW, "Mettre mes compétences en conception mécanique et en programmation embarquée au "
                 "service d’un projet de robotique ou de mobilité électrique.", "cond", "", 9.5, INK, 4.6) + 3
    y = head(y, "Formation")
    ys = y
    y = entry(y, "2021 – 2026", "Compiègne", "Diplôme d’ingénieur, génie mécanique – filière mécatronique",
              "UTC Compiègne",
              ["Cours : automatique, systèmes embarqués, CAO, dimensionnement des structures"])
    y = entry(y, "2024", "Montréal", "Semestre d’échange", "Polytechnique Montréal")
    y = entry(y, "2021", "Amiens", "Baccalauréat général, mention très bien", "Lycée Louis-Thuillier")
    pdf.line_c((170, 210, 205), LINE_X, ys + 2, LINE_X, y - 9, 0.5)
    y = head(y + 2, "Stages et jobs")
    ys = y
    y = entry(y, "juin – déc. 2024", "Vélizy", "Stage assistant ingénieur", "Valeo",
              ["Conception d’un banc de test pour actionneurs de climatisation",
               "Scripts Python d’acquisition et d’analyse des mesures (réduction de 40 % du temps d’essai)"],
              label="Missions :")
    y = entry(y, "juil. – août 2023", "Amiens", "Stage ouvrier", "Goodyear – usine d’Amiens Sud",
              ["Opérateur sur ligne de vulcanisation ; participation aux chantiers 5S"], label="Missions :")
    y = entry(y, "étés 2020 – 2022", "Le Crotoy", "Animateur de voile (job d’été)", "Centre nautique du Crotoy")
    pdf.line_c((170, 210, 205), LINE_X, ys + 2, LINE_X, y - 9, 0.5)
    y = head(y + 2, "Projets académiques")
    ys = y
    y = entry(y, "2025", "UTC", "Robot suiveur de ligne autonome", "projet de groupe (5 étudiants)",
              ["Carte STM32, asservissement PID, châssis imprimé en 3D ; 2e place à la coupe interne"])
    y = entry(y, "2023", "UTC", "Éolienne domestique à axe vertical", "étude de dimensionnement",
              ["Simulation CFD sous ANSYS Fluent et prototype au 1/5"])
    # vertical line of the timeline (drawn after the entries)
    pdf.line_c((170, 210, 205), LINE_X, ys + 2, LINE_X, y - 9, 0.5)
    y = head(y + 2, "Compétences techniques")
    for lead, rest in [("CAO / simulation : ", "SolidWorks, CATIA V5, ANSYS, Matlab/Simulink"),
                       ("Programmation : ", "C embarqué (STM32), Python, ROS 2"),
                       ("Fabrication : ", "impression 3D, usinage conventionnel, soudure à l’arc")]:
        y = pdf.rich(CX, y, CW, [(lead, "cond", "B", INK), (rest, "cond", "", INK)], 9.2, 4.5) + 0.3
    y = head(y + 3, "Langues")
    y = pdf.wrap(CX, y, CW, "Anglais : C1 (TOEIC 930) · Espagnol : B1", "cond", "", 9.2, INK, 4.5)
    y = head(y + 3, "Vie associative")
    y = pdf.wrap(CX, y, CW, "Trésorier du club de robotique UTC Robotik (2023 – 2024) ; bénévole au Téléthon "
                 "de Compiègne.", "cond", "", 9.2, INK, 4.5)
    y = head(y + 3, "Loisirs")
    pdf.wrap(CX, y, CW, "Voile (régates en Laser), escalade, montage de drones FPV", "cond", "", 9.2, INK, 4.5)
    save_pdf(pdf, out, "h15_fr_frise.pdf")


def h16_fr_tableaux(out):
    d = new_docx("CV Sarah Benali", "Sarah Benali", font="Calibri", size=10.5, margins=(16, 18, 16, 18))
    TEAL = "0E6B74"
    # header: two-column table (identity | contact)
    t = make_table(d, 1, [100, 74])
    c = t.cell(0, 0)
    cell_text(c, "Sarah BENALI", bold=True, size=22, color=TEAL, after=0)
    cell_text(c, "Comptable unique – 8 ans d’expérience en PME", first=False, size=11, italic=True, after=0)
    c = t.cell(0, 1)
    for i, s in enumerate(["27 rue Solférino, 59000 Lille", "06 33 72 15 48", "sarah.benali.compta@gmail.com",
                           "Permis B – véhiculée"]):
        cell_text(c, s, first=(i == 0), align="R", size=9.5, color="404040", after=0)
    para(d, "", after=4)

    def head(s):
        para(d, [(s, {"underline": True})], bold=True, size=11.5, color=TEAL, before=10, after=4)

    head("PROFIL")
    para(d, "Comptable autonome, à l’aise de la saisie jusqu’au bilan, habituée aux environnements multi-sociétés "
            "et aux échanges avec les commissaires aux comptes. Recherche un poste de comptable confirmée ou de "
            "responsable comptable dans la métropole lilloise.", after=2, align="J")
    head("EXPÉRIENCE PROFESSIONNELLE")
    jobs = [("Depuis 2020", "Comptable unique", "TRANSPORTS DEBRUYNE SAS", "Roubaix – 120 salariés",
             ["Tenue de la comptabilité générale, fournisseurs et clients de trois sociétés",
              "Préparation des liasses fiscales et des déclarations de TVA",
              "Interlocutrice de l’expert-comptable et du commissaire aux comptes"]),
            ("2017 – 2020", "Assistante comptable", "CABINET IN EXTENSO", "Lille",
             ["Portefeuille de 45 dossiers (TPE, artisans, professions libérales)",
              "Révision des comptes et préparation des bilans"])]
    for dates, title, comp, place, bl in jobs:
        para(d, [(title, {"bold": True}), "\t", (dates, {"italic": True, "color": "595959"})],
             tabs=[(174, "R")], before=4, after=0)
        para(d, [(comp, {"bold": True, "color": TEAL}), (" – " + place, {"color": "595959"})], after=1)
        para(d, "Missions principales :", bold=True, size=10, after=0)
        for b in bl:
            para(d, "• " + b, indent=5, hang=-3.5, after=0)
    head("FORMATION")
    for dt, s in [("2017", "DCG – Diplôme de comptabilité et de gestion (IUT de Roubaix, en alternance)"),
                  ("2014", "BTS Comptabilité et gestion – Lycée Gaston Berger, Lille")]:
        para(d, [(dt, {"bold": True}), "\t", s], tabs=[(18, "L")], indent=18, hang=-18, after=1)
    head("COMPÉTENCES")
    t = make_table(d, 4, [70, 104], borders=True, style="Table Grid")
    cell_margins(t, top=30, left=80, bottom=30, right=80)
    for i, (k, v) in enumerate([("Domaine", "Niveau"), ("Comptabilité générale et analytique", "Expert"),
                                ("Fiscalité (TVA, IS, CVAE)", "Confirmé"),
                                ("Paie et déclarations sociales (DSN)", "Intermédiaire")]):
        cell_text(t.cell(i, 0), k, bold=(i == 0), after=0)
        cell_text(t.cell(i, 1), v, bold=(i == 0), after=0)
        if i == 0:
            cell_shade(t.cell(i, 0), "D9EEF0")
            cell_shade(t.cell(i, 1), "D9EEF0")
    head("LOGICIELS MAÎTRISÉS")
    t = make_table(d, 2, [58, 58, 58], borders=True, style="Table Grid")
    cell_margins(t, top=30, left=80, bottom=30, right=80)
    for i, s in enumerate(["Sage 100 Comptabilité", "Cegid Loop", "Excel (TCD, RECHERCHEX)", "Quadra Expert",
                           "Pennylane", "SAP Business One"]):
        cell_text(t.cell(i // 3, i % 3), s, after=0)
    head("LANGUES")
    t = make_table(d, 2, [70, 104])
    for i, (k, v) in enumerate([("Anglais", "intermédiaire (B1)"), ("Arabe", "bilingue")]):
        cell_text(t.cell(i, 0), k, after=0)
        cell_text(t.cell(i, 1), v, after=0)
    head("INFORMATIONS COMPLÉMENTAIRES")
    para(d, "Disponible sous un mois · Télétravail partiel souhaité · Membre de l’association DFCG Nord (jeunes "
            "talents)", after=0)
    save_docx(d, out, "h16_fr_tableaux.docx")


def h17_fr_recherche(out):
    d = new_docx("Antoine Rousseau – CV académique", "Antoine Rousseau", font="Garamond", size=11,
                 margins=(22, 24, 20, 24))
    st = d.styles["Heading 2"]
    st.font.name = "Garamond"
    st.font.size = Pt(13)
    st.font.color.rgb = RGBColor.from_string("3A3A3A")
    st.font.bold = False
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.get_or_add_rPr().append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Garamond")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    st.paragraph_format.space_before = Pt(14)
    st.paragraph_format.space_after = Pt(4)
    hp = d.sections[0].header.paragraphs[0]
    r = hp.add_run("A. Rousseau – Curriculum vitae – janvier 2026")
    fmt_run(r, size=8.5, italic=True, color="808080")
    para(d, "Antoine Rousseau", size=20, align="C", after=0, smallcaps=True)
    para(d, "Maître de conférences en biologie cellulaire · Université Grenoble Alpes", align="C", size=11,
         italic=True, after=0)
    para(d, "Institut pour l’avancée des biosciences, 38700 La Tronche · antoine.rousseau@univ-grenoble-alpes.fr · "
            "ORCID 0000-0002-4417-8830", align="C", size=9, color="606060", after=6,
         borders={"bottom": (4, "808080", 4)})

    def h(s):
        para(d, [(s, {"smallcaps": True})], style="Heading 2")

    def li(s, dt=None):
        if dt:
            para(d, [(dt, {"bold": True}), "\t", s], tabs=[(26, "L")], indent=26, hang=-26, after=2)
        else:
            para(d, s, indent=6, hang=-6, after=2)

    h("Thèmes de recherche")
    para(d, "Dynamique du cytosquelette d’actine lors de la migration des cellules tumorales ; mécanobiologie du "
            "noyau ; microscopie de super-résolution appliquée aux organoïdes.", align="J", after=2)
    h("Postes occupés")
    li("Maître de conférences, Université Grenoble Alpes – équipe « Mécanique du noyau » (IAB, Inserm U1209)",
       "depuis 2017")
    li("Chercheur postdoctoral, Institut Curie, Paris – laboratoire de Ph. Chavrier (financement ARC)",
       "2014 – 2017")
    li("Chercheur postdoctoral, EMBL Heidelberg, Allemagne – bourse Marie Skłodowska-Curie", "2012 – 2014")
    h("Formation universitaire")
    li("Habilitation à diriger des recherches, Université Grenoble Alpes", "2023")
    li("Doctorat de biologie cellulaire, Université Paris-Saclay (dir. : M. Piel), mention très honorable", "2012")
    li("Master 2 Biologie cellulaire, École normale supérieure de Lyon", "2008")
    h("Enseignement")
    li("Licence 3 et Master 1 : biologie cellulaire, microscopie (192 h éq. TD par an)", "depuis 2017")
    li("Responsable de l’UE « Imagerie quantitative du vivant », Master Biologie Grenoble", "depuis 2020")
    h("Publications choisies")
    li("Rousseau A., Lemaire C., Piel M. (2024). Nuclear stiffness gates confined migration. Nature Cell Biology "
       "26: 812–825.", "2024")
    li("Rousseau A. et al. (2021). Actin waves in 3D organoids. Journal of Cell Biology 220: e202006084.", "2021")
    li("Rousseau A., Chavrier P. (2016). MT1-MMP trafficking in invadopodia. Current Biology 26: 1–12.", "2016")
    h("Communications orales")
    li("Conférencier invité, Gordon Research Conference « Cell Contact & Adhesion », Andover (États-Unis)",
       "2024")
    li("Séminaire, Institut Jacques Monod, Paris", "2022")
    h("Financements obtenus")
    li("ANR JCJC « NucleoMech » (porteur), 280 k€", "2020 – 2024")
    li("Fondation ARC, projet « Organoïdes et invasion » (co-porteur), 150 k€", "2022 – 2025")
    save_docx(d, out, "h17_fr_recherche.docx")


# ==========================================================================
# Spanish
# ==========================================================================


def h18_es_franjaderecha(out):
    pdf = Doc("CV Lucía Fernández Ortega", "Lucía Fernández Ortega")
    pdf.add_page()
    ORANGE = (214, 93, 42)
    SAND = (246, 238, 226)
    INK = (40, 36, 33)
    GREY = (120, 112, 105)
    RX = 142
    X, W = 16, RX - 16 - 10
    pdf.t(X, 18, "Lucía Fernández Ortega", "sans", "B", 20, INK)
    pdf.t(X, 28, "DISEÑADORA GRÁFICA Y DE MARCA", "sans", "", 10, ORANGE, spacing=1.2)
    # right-hand column drawn before the main column
    pdf.fill(SAND, RX, 0, 210 - RX, 297)
    cx, cw = RX + 8, 210 - RX - 14

    def shead(y, s):
        pdf.t(cx, y, s, "sans", "B", 11, ORANGE)
        pdf.line_c(ORANGE, cx, y + 6, cx + 10, y + 6, 0.8)
        return y + 9

    y = shead(20, "Contacto")
    for s in ["Carrer de Sueca 38, 4.º", "46006 València", "+34 654 218 390", "hola@luciafernandez.es",
              "behance.net/luciafo"]:
        y = pdf.wrap(cx, y, cw, s, "sans", "", 8.5, INK, 4.3) + 0.4
    y = shead(y + 6, "Herramientas")
    for s, lv in [("Illustrator", 5), ("InDesign", 5), ("Photoshop", 4), ("Figma", 4), ("After Effects", 3),
                  ("Blender", 2)]:
        pdf.t(cx, y, s, "sans", "", 8.5, INK, h=4.3)
        for k in range(5):
            pdf.set_fill_color(*(ORANGE if k < lv else (220, 208, 192)))
            pdf.ellipse(cx + cw - 5 * 3.3 + k * 3.3, y + 1.1, 2.2, 2.2, "F")
        y += 5.2
    y = shead(y + 5, "Idiomas")
    for s in ["Castellano y valenciano: nativos", "Inglés: avanzado (C1)", "Portugués: básico"]:
        y = pdf.wrap(cx, y, cw, s, "sans", "", 8.5, INK, 4.3) + 0.4
    y = shead(y + 6, "Aficiones")
    pdf.wrap(cx, y, cw, "Serigrafía, cerámica, fotografía analógica y paella los domingos.", "sans", "", 8.5, INK,
             4.3)


    def head(y, s):
        pdf.t(X, y, s, "sans", "B", 12.5, INK)
        pdf.line_c(ORANGE, X, y + 7, X + W, y + 7, 0.5)
        return y + 10.5

    y = head(40, "Sobre mí")
    y = pdf.wrap(X, y, W, "Diseñadora con siete años creando identidades visuales para marcas de alimentación, "
                 "cultura y turismo. Me muevo entre el papel y la pantalla y disfruto del proceso completo: "
                 "investigación, concepto, sistema y artes finales.", "sans", "", 9.2, INK, 4.6)
    y = head(y + 5, "Experiencia laboral")
    jobs = [("Diseñadora sénior", "ESTUDIO MASQUELIBROS", "València", "2021 – actualidad",
             ["Dirección de arte de identidades para 20+ clientes (Mercado de Colón, Bombas Gens)",
              "Supervisión de dos diseñadores júnior y relación directa con cliente"],
             "Tipografía: Neue Haas, GT America, tipografías a medida"),
            ("Diseñadora gráfica", "GRUPO DULCESOL", "Gandia", "2018 – 2021",
             ["Diseño de packaging para 60 referencias de bollería y su adaptación a 12 mercados",
              "Coordinación con imprentas y control de calidad en máquina"],
             None),
            ("Diseñadora en prácticas", "LA MÁS BONITA", "València", "2017 – 2018",
             ["Piezas para redes sociales y cartelería de tienda"], None)]
    for title, comp, place, dates, bl, extra in jobs:
        pdf.t(X, y, title, "sans", "B", 10, INK)
        pdf.t(X, y, dates, "sans", "", 8.6, GREY, w=W, align="R")
        y = pdf.t(X, y + 4.9, comp + " · " + place, "sans", "", 8.6, ORANGE, spacing=0.3) + 1
        y = pdf.bullets(X, y, W, bl, "sans", 8.9, INK, mark="·", indent=3, lh=4.4)
        if extra:
            k, v = extra.split(": ")
            y = pdf.rich(X, y + 0.3, W, [(k + ": ", "sans", "B", INK), (v, "sans", "", INK)], 8.9, 4.4)
        y += 3
    y = head(y + 1, "Formación académica")
    for dt, deg, sch in [("2013 – 2017", "Grado en Diseño Gráfico", "Escola d’Art i Superior de Disseny de "
                                                                  "València (EASD)"),
                         ("2019", "Máster en Diseño Tipográfico", "Eina, Centre Universitari de Disseny i Art, "
                                                                  "Barcelona")]:
        pdf.t(X, y, dt, "sans", "", 8.6, GREY, w=W, align="R")
        y = pdf.t(X, y, deg, "sans", "B", 9.4, INK)
        y = pdf.wrap(X, y + 0.3, W, sch, "sans", "", 8.9, INK, 4.4) + 2
    y = head(y + 2, "Premios y reconocimientos")
    pdf.bullets(X, y, W, ["Laus de Plata 2023 – Identidad corporativa (Mercado de Colón)",
                          "Selección ADCV 2022 – Packaging"], "sans", 8.9, INK, mark="·", indent=3, lh=4.4)
    save_pdf(pdf, out, "h18_es_franjaderecha.pdf")


def h19_es_preguntas(out):
    pdf = Doc("CV Javier Ruiz Campos", "Javier Ruiz Campos")
    pdf.add_page()
    TEAL = (0, 107, 120)
    INK = (28, 30, 32)
    GREY = (105, 110, 115)
    L, W = 22, 166
    pdf.t(L, 16, "Javier Ruiz Campos", "Helvetica", "B", 22, INK)
    pdf.t(L, 26.5, "Técnico de soporte IT N2 · Sevilla", "Helvetica", "", 11, TEAL)
    pdf.t(L, 33, "javier.ruiz.campos@gmail.com · 611 48 20 77", "Helvetica", "", 9, GREY)

    def head(y, s):
        pdf.set_fill_color(*TEAL)
        pdf.ellipse(L - 8, y + 0.6, 5.2, 5.2, "F")
        pdf.t(L, y, s, "Helvetica", "B", 13, TEAL)
        return y + 9

    y = head(42, "¿Quién soy?")
    y = pdf.wrap(L, y, W, "Técnico con seis años resolviendo incidencias de usuarios, redes y puestos de trabajo "
                 "en entornos Windows y Microsoft 365. Paciente al teléfono, metódico con la documentación y con "
                 "ganas de dar el salto a administración de sistemas.", "Helvetica", "", 9.6, INK, 4.8)
    y = head(y + 5, "¿Dónde he trabajado?")
    jobs = [("Técnico de soporte N2", "Ayesa", "Sevilla", "feb. 2021 – actualidad",
             ["Soporte a 1.800 usuarios del Servicio Andaluz de Salud (hospitales y centros de salud)",
              "Gestión de tickets en ServiceNow; escalado a N3 y proveedores"],
             ["Reducción del tiempo medio de resolución de 9 a 5 horas",
              "Autor de 70 artículos de la base de conocimiento interna"]),
            ("Técnico de soporte N1", "Atento", "Sevilla", "2018 – 2021",
             ["Atención telefónica y remota para un operador de telecomunicaciones"],
             ["Mejor índice de satisfacción del equipo en 2020 (4,8/5)"]),
            ("Técnico informático (prácticas FP)", "Ayuntamiento de Dos Hermanas", "Dos Hermanas", "2018",
             ["Maquetado e instalación de equipos y cableado de red"], [])]
    for title, comp, place, dates, bl, logros in jobs:
        pdf.t(L, y, dates, "Helvetica", "", 9, GREY, w=W, align="R")
        y = pdf.runs(L, y, [(title, "Helvetica", "B", INK), (" — " + comp + ", " + place, "Helvetica", "", INK)],
                     10) + 0.8
        y = pdf.bullets(L, y, W, bl, "Helvetica", 9.3, INK, mark="-", indent=3.5, lh=4.6)
        if logros:
            y = pdf.t(L, y + 0.4, "Logros destacados:", "Helvetica", "BI", 9.3, INK, h=4.6) + 0.4
            y = pdf.bullets(L, y, W, logros, "Helvetica", 9.3, INK, mark="-", indent=3.5, lh=4.6)
        y += 2.8
    y = head(y + 2, "¿Qué he estudiado?")
    for dt, s in [("2016 – 2018", "CFGS Administración de Sistemas Informáticos en Red – IES Punta del Verde, "
                                 "Sevilla"),
                  ("2014 – 2016", "CFGM Sistemas Microinformáticos y Redes – IES Virgen de Valme, Dos Hermanas")]:
        pdf.t(L, y, dt, "Helvetica", "", 9, GREY, w=W, align="R")
        y = pdf.wrap(L, y, W - 30, s, "Helvetica", "", 9.3, INK, 4.6) + 1.5
    y = head(y + 3, "¿Qué sé hacer?")
    y = pdf.wrap(L, y, W, "Active Directory y GPO · Microsoft 365 / Intune · Windows 10/11 · ServiceNow · "
                 "Redes TCP/IP, VLAN y Wi-Fi · PowerShell básico · ITIL 4 Foundation (2022)", "Helvetica", "",
                 9.3, INK, 4.6)
    y = head(y + 5, "¿Qué idiomas hablo?")
    y = pdf.wrap(L, y, W, "Español nativo · Inglés B2 (First Certificate, 2019)", "Helvetica", "", 9.3, INK, 4.6)
    y = head(y + 5, "¿Qué más hago?")
    y = pdf.wrap(L, y, W, "Voluntario en la asociación Sevilla Digital, donde imparto talleres de "
                 "alfabetización digital para personas mayores (desde 2019).", "Helvetica", "", 9.3, INK, 4.6)
    y = head(y + 5, "¿Hablamos?")
    pdf.wrap(L, y, W, "Escríbeme a javier.ruiz.campos@gmail.com o llámame al 611 48 20 77. "
             "Incorporación inmediata.", "Helvetica", "", 9.3, INK, 4.6)
    save_pdf(pdf, out, "h19_es_preguntas.pdf")


def h20_es_romanos(out):
    pdf = Doc("Curriculum vitae – Carmen Navarro Prieto", "Carmen Navarro Prieto")
    pdf.add_page()
    INK = (10, 10, 10)
    GREY = (85, 85, 85)
    L = 20
    DX, DW = 20, 34
    CX, CW = 58, 132
    pdf.t(0, 16, "CURRICULUM VITAE", "Times", "", 11, GREY, w=210, align="C", spacing=2)
    pdf.t(0, 23, "Carmen Navarro Prieto", "Times", "B", 20, INK, w=210, align="C")
    pdf.line_c(INK, 60, 33, 150, 33, 0.3)

    def head(y, s):
        pdf.t(L, y, s, "Times", "B", 12, INK)
        pdf.line_c(GREY, L, y + 6.3, 190, y + 6.3, 0.15)
        return y + 9

    def row(y, left, text, bold_first=None):
        pdf.t(DX, y, left, "Times", "I", 10, GREY, w=DW, h=4.9)
        if bold_first:
            y2 = pdf.wrap(CX, y, CW, bold_first, "Times", "B", 10.5, INK, 4.9)
            y2 = pdf.wrap(CX, y2, CW, text, "Times", "", 10.5, INK, 4.9)
        else:
            y2 = pdf.wrap(CX, y, CW, text, "Times", "", 10.5, INK, 4.9)
        return y2 + 1.8

    y = head(40, "I. Datos personales")
    for k, v in [("Domicilio", "Calle de Fuencarral 112, 3.º B, 28004 Madrid"), ("Teléfono", "+34 629 310 844"),
                 ("Correo", "carmen.navarro@icam-colegiados.es"), ("Nacimiento", "Toledo, 9 de octubre de 1990"),
                 ("Colegiación", "Ilustre Colegio de la Abogacía de Madrid, n.º 112.408")]:
        y = row(y, k, v) - 1
    y = head(y + 4, "II. Formación académica")
    y = row(y, "2013 – 2015", "Universidad Pontificia Comillas (ICADE), Madrid. Premio extraordinario.",
            "Máster Universitario en Acceso a la Abogacía")
    y = row(y, "2008 – 2013", "Universidad Carlos III de Madrid. Erasmus en la Universiteit Leiden (2011 – 2012).",
            "Doble Grado en Derecho y Administración de Empresas")
    y = head(y + 4, "III. Experiencia profesional")
    y = row(y, "2019 – actual", "Asesoramiento en operaciones de M&A y financiación; due diligence legal; "
            "redacción de contratos de compraventa de acciones y pactos de socios.",
            "Asociada sénior, Departamento Mercantil – Uría Menéndez, Madrid")
    y = row(y, "2015 – 2019", "Litigios societarios y concursales; asistencia a juicios en juzgados de lo "
            "mercantil.", "Asociada – Garrigues, Madrid")
    y = row(y, "2014", "Prácticas en el área de Derecho Procesal (6 meses).", "Pasante – Cuatrecasas, Madrid")
    y = head(y + 4, "IV. Cursos y certificaciones")
    y = row(y, "2022", "Programa de Derecho de la Competencia, Instituto de Empresa (IE Law School)")
    y = row(y, "2020", "Curso de Compliance Penal, Asociación Española de Compliance (ASCOM)")
    y = head(y + 4, "V. Idiomas")
    y = row(y, "Inglés", "Nivel C2 – Cambridge Certificate of Proficiency in English")
    y = row(y, "Neerlandés", "Nivel B1")
    y = row(y, "Francés", "Nivel B2 – DELF")
    y = head(y + 4, "VI. Conocimientos informáticos")
    y = row(y, "", "Aranzadi Instituciones, vLex, Lefebvre El Derecho; Microsoft Office avanzado; Kira Systems")
    y = head(y + 4, "VII. Otros datos de interés")
    y = row(y, "", "Carné de conducir B. Disponibilidad para viajar. Profesora colaboradora en el Máster de Acceso "
            "a la Abogacía de la Universidad Carlos III (desde 2021).")
    pdf.t(L, y + 8, "En Madrid, a 5 de enero de 2026.", "Times", "", 10.5, INK)
    save_pdf(pdf, out, "h20_es_romanos.pdf")


def h21_es_bandas(out):
    d = new_docx("CV Diego Morales Vidal", "Diego Morales Vidal", font="Calibri", size=10.5,
                 margins=(16, 18, 16, 18))
    WINE = "7B2D26"
    para(d, "DIEGO MORALES VIDAL", bold=True, size=22, color=WINE, align="C", after=0)
    para(d, "Jefe de cocina · Cocina vasca de mercado", italic=True, size=12, align="C", color="595959", after=0)
    para(d, "Bilbao · 688 201 447 · diego.morales.cocina@gmail.com · @diegomorales.cocina", size=9.5,
         align="C", color="595959", after=8)

    def head(s):
        para(d, s, bold=True, size=11, color="FFFFFF", shade=WINE, before=10, after=5, indent=0)

    def job(place, title, dates, bls, label=None, extra=None):
        para(d, [(place, {"bold": True})], before=4, after=0)
        para(d, [(title, {"italic": True}), "\t", (dates, {"color": "595959"})], tabs=[(174, "R")], after=1)
        for b in bls:
            para(d, "• " + b, indent=5, hang=-3.5, after=0)
        if label:
            para(d, [(label, {"bold": True}), " " + extra], after=0, before=2)

    head("PERFIL PROFESIONAL")
    para(d, "Cocinero con quince años de oficio, los últimos cinco al frente de cocinas con estrella Michelin y "
            "brigadas de hasta 14 personas. Obsesionado con el producto del Cantábrico, el orden en el pase y "
            "los escandallos que cuadran.", align="J", after=2)
    head("TRAYECTORIA")
    job("RESTAURANTE ZORTZIKO ETXEA (1 estrella Michelin) – Bilbao", "Jefe de cocina", "2020 – actualidad",
        ["Dirección de una brigada de 12 cocineros y 3 personas en office",
         "Diseño de dos menús degustación por temporada junto al chef propietario",
         "Control de costes: food cost estabilizado en el 29 %"],
        "Logros:", "Mantenimiento de la estrella Michelin y Sol Repsol en cinco guías consecutivas.")
    job("ASADOR ETXEBARRI – Axpe, Atxondo", "Segundo de cocina", "2016 – 2020",
        ["Responsable de la partida de brasa y de los pedidos a lonja y proveedores",
         "Formación de cocineros en prácticas del Basque Culinary Center"])
    job("HOTEL MARÍA CRISTINA – Donostia", "Jefe de partida (cuarto frío)", "2012 – 2016",
        ["Banquetes de hasta 400 cubiertos y servicio de habitaciones"])
    head("ESTUDIOS")
    para(d, [("Grado en Gastronomía y Artes Culinarias", {"bold": True}),
             " – Basque Culinary Center, Donostia (2008 – 2012)"], after=1)
    para(d, [("Certificado de manipulador de alimentos y APPCC", {"bold": True}), " – Gobierno Vasco (2021)"],
         after=1)
    head("COMPETENCIAS")
    t = make_table(d, 1, [87, 87])
    cell_margins(t, top=10, left=0, bottom=10, right=60)
    cols = [["Cocina de temporada y producto local", "Fermentaciones y conservas", "Brasa y parrilla"],
            ["Gestión de brigadas y turnos", "Escandallos y control de mermas", "Diseño de menús y maridaje"]]
    for j, col in enumerate(cols):
        for i, s in enumerate(col):
            cell_text(t.cell(0, j), "▸ " + s, first=(i == 0), after=0)
    head("IDIOMAS")
    para(d, "Castellano y euskera (nativo) · Inglés (B2) · Francés (básico)", after=1)
    head("VOLUNTARIADO")
    para(d, "Cocinero voluntario en el comedor social de Bilbao La Vieja (desde 2018) y en World Central Kitchen "
            "durante la DANA de Valencia (noviembre de 2024).", after=1)
    head("REFERENCIAS")
    para(d, "Aitor Garmendia, chef propietario de Zortziko Etxea – disponible a petición.", after=1)
    save_docx(d, out, "h21_es_bandas.docx")


def h22_es_semblanza(out):
    d = new_docx("Currículum Sofía Herrera", "Sofía Herrera", font="Cambria", size=10.5, margins=(18, 18, 18, 18))
    PLUM = "5B2C6F"
    t = make_table(d, 1, [58, 116])
    cell_margins(t, top=120, left=140, bottom=120, right=140)
    L, R = t.cell(0, 0), t.cell(0, 1)
    cell_shade(L, "F1EAF4")
    # left cell: name, contact, languages, skills
    cell_text(L, "Sofía Herrera", bold=True, size=19, color=PLUM, after=0)
    cell_text(L, "Periodista de datos", first=False, italic=True, size=11, after=8)
    for s in ["Palermo, Buenos Aires", "+54 9 11 5823 4471", "sofia.herrera@periodistas.com.ar",
              "@sofiherrera_datos"]:
        cell_text(L, s, first=False, size=9, after=0)

    def lhead(s):
        cell_text(L, s, first=False, bold=True, italic=True, size=12, color=PLUM, before=12, after=3)

    lhead("Lenguas")
    for s in ["Español – nativa", "Inglés – C1", "Portugués – B2"]:
        cell_text(L, s, first=False, size=9.5, after=0)
    lhead("Saberes y destrezas")
    for s in ["Análisis de datos (R, Python)", "Visualización (Datawrapper, Flourish)", "Pedidos de acceso a la "
              "información pública", "Verificación y OSINT", "Edición y locución de pódcast"]:
        cell_text(L, "· " + s, first=False, size=9.5, after=0)

    def rhead(s, first=False):
        cell_text(R, s, first=first, bold=True, italic=True, size=13, color=PLUM, before=0 if first else 12,
                  after=3, borders={"bottom": (4, "C9B3D3", 1)})

    rhead("Semblanza", first=True)
    cell_text(R, "Periodista especializada en datos públicos y transparencia. Diez años investigando contratos, "
                 "presupuestos y estadísticas oficiales para medios de Argentina y de la región. Me interesa "
                 "contar con números historias que importen.", first=False, align="J", after=2)
    rhead("Recorrido profesional")
    jobs = [("La Nación", "Editora de datos", "2019 – hoy",
             ["Coordino un equipo de cuatro periodistas y dos desarrolladores.",
              "Investigación sobre obra pública vial (2022), con 30 millones de registros."]),
            ("Chequeado", "Periodista de verificación", "2015 – 2019",
             ["Verificación del discurso público en campañas electorales."]),
            ("Radio Nacional", "Productora", "2013 – 2015", ["Producción del programa matinal de actualidad."])]
    for med, role, dt, bls in jobs:
        cell_text(R, [(med.upper(), {"bold": True}), ("  ·  " + role, {"italic": True}), "\t", dt],
                  first=False, tabs=[(110, "R")], before=4, after=0)
        for b in bls:
            cell_text(R, "– " + b, first=False, indent=4, hang=-3, after=0, size=10)
    rhead("Estudios cursados")
    cell_text(R, [("Licenciatura en Ciencias de la Comunicación", {"bold": True}), " – Universidad de Buenos Aires "
                  "(UBA), 2012"], first=False, after=1)
    cell_text(R, [("Diplomatura en Periodismo de Datos", {"bold": True}), " – Universidad Torcuato Di Tella, 2016"],
              first=False, after=1)
    rhead("Méritos")
    cell_text(R, "Premio Gabo 2021 (finalista, categoría Texto) · Premio ADEPA al periodismo de investigación, "
                 "2020 · Beca de la Fundación Gabo para periodismo de datos, 2018", first=False, after=1)
    rhead("Publicaciones")
    cell_text(R, "«Números que hablan. Manual de periodismo de datos para redacciones pequeñas» (Ediciones "
                 "Chequeado, 2020) · columnista mensual en la revista Anfibia.", first=False, after=1)
    rhead("Labor social")
    cell_text(R, "Docente voluntaria en talleres de alfabetización de datos para organizaciones barriales de La "
                 "Matanza (desde 2017).", first=False, after=0)
    save_docx(d, out, "h22_es_semblanza.docx")


def h23_es_docente(out):
    pdf = Doc("CV Dra. Marta Gil Serrano", "Marta Gil Serrano")
    INK = (30, 28, 26)
    RED = (140, 28, 36)
    GREY = (110, 105, 100)
    L, W = 20, 146
    MX, MW = 168, 24  # right margin column for years

    def sc_head(y, word):
        """simulated small capitals: capitals at full size, lower-case letters as smaller capitals."""
        pdf.fill(RED, L - 5, y + 0.4, 1.4, 6)
        segs = []
        for ch in word:
            big = ch.isupper()
            if ch == " " and segs:
                big = segs[-1][0]
            if segs and segs[-1][0] == big:
                segs[-1][1] += ch
            else:
                segs.append([big, ch])
        x = L
        for big, text in segs:
            if big:
                pdf.font("scond", "B", 13.5, RED)
                pdf.set_xy(x, y)
                h = 6.5
            else:
                text = text.upper()
                pdf.font("scond", "B", 10.5, RED)
                pdf.set_xy(x, y + 0.9)
                h = 5.4
            w = pdf.get_string_width(text)
            pdf.cell(w, h, text)
            x += w
        pdf.line_c((200, 170, 170), L, y + 7.6, MX + MW, y + 7.6, 0.25)
        return y + 10.5

    def item(y, year, text, bold=None):
        pdf.t(MX, y, year, "scond", "I", 9.5, GREY, w=MW, align="R", h=4.7)
        if bold:
            y = pdf.wrap(L, y, W, bold, "scond", "B", 10, INK, 4.7)
        y = pdf.wrap(L, y, W, text, "scond", "", 10, INK, 4.7)
        return y + 1.8

    def pages_footer(n):
        pdf.t(0, 286, f"— {n} —", "scond", "", 8.5, GREY, w=210, align="C")

    pdf.add_page()
    pdf.t(L, 15, "Dra. Marta Gil Serrano", "scond", "B", 21, INK)
    pdf.t(L, 25.5, "Profesora titular de Historia Moderna · Universidad de Salamanca", "scond", "I", 11, RED)
    y = sc_head(36, "Datos de contacto")
    for s in ["Departamento de Historia Medieval, Moderna y Contemporánea, Facultad de Geografía e Historia",
              "Calle Cervantes s/n, 37002 Salamanca · +34 923 294 500 (ext. 1420) · mgilserrano@usal.es",
              "ORCID 0000-0001-7725-3190 · Sexenios de investigación: 3 (último 2021)"]:
        y = pdf.wrap(L, y, W + 26, s, "scond", "", 9.8, INK, 4.7) + 0.3
    y = sc_head(y + 5, "Formación")
    y = item(y, "2009", "Universidad de Salamanca. Premio extraordinario de doctorado. Tesis: «Cofradías y "
             "poder local en la Castilla del siglo XVII».", "Doctora en Historia")
    y = item(y, "2004", "Universidad de Salamanca. Estancia Erasmus en la Università di Bologna.",
             "Licenciada en Historia")
    y = sc_head(y + 4, "Docencia")
    y = item(y, "2018 –", "Profesora titular de Historia Moderna. Asignaturas de grado: Historia de España en la "
             "Edad Moderna, Paleografía y Diplomática; máster en Estudios Avanzados e Investigación en Historia.")
    y = item(y, "2012 – 2018", "Profesora contratada doctora, Universidad de Salamanca.")
    y = item(y, "2010 – 2012", "Investigadora posdoctoral Juan de la Cierva, Universidad Complutense de Madrid.")
    y = sc_head(y + 4, "Proyectos de investigación")
    y = item(y, "2022 – 2025", "Investigadora principal del proyecto PID2021-124830NB-I00 «Redes devocionales y "
             "gobierno urbano en la Corona de Castilla (1550-1700)», Ministerio de Ciencia e Innovación, 96.800 €.")
    y = item(y, "2017 – 2020", "Miembro del equipo del proyecto HAR2016-75899-P «Ciudades y élites en la "
             "Monarquía Hispánica».")
    y = sc_head(y + 4, "Publicaciones")
    y = item(y, "2023", "Gil Serrano, M. (2023). La ciudad devota. Cofradías y poder en Castilla, 1550-1700. "
             "Madrid: Marcial Pons. 412 pp.")
    y = item(y, "2020", "Gil Serrano, M. (2020). «Fiestas del Corpus y conflicto municipal en Salamanca». "
             "Hispania, 80 (265), 377-405.")
    y = item(y, "2016", "Gil Serrano, M. y Reyes, J. (eds.) (2016). Religiosidad popular en la Europa moderna. "
             "Salamanca: Ediciones Universidad de Salamanca.")
    y = item(y, "2014", "Gil Serrano, M. (2014). «Las cofradías penitenciales zamoranas». Studia Historica. "
             "Historia Moderna, 36, 211-239.")
    pages_footer(1)
    pdf.add_page()
    y = 18
    y = item(y, "2011", "Gil Serrano, M. (2011). «Memoria y devoción en la Salamanca barroca». Cuadernos de "
             "Historia Moderna, 36, 89-112.")
    y = sc_head(y + 4, "Congresos y ponencias")
    y = item(y, "2024", "Ponencia invitada: «Confraternities and urban government in Castile», Renaissance "
             "Society of America Annual Meeting, Chicago.")
    y = item(y, "2022", "Comunicación: «Cofradías y pleitos de precedencia», XVI Reunión Científica de la "
             "Fundación Española de Historia Moderna, Granada.")
    y = sc_head(y + 4, "Becas y premios")
    y = item(y, "2010", "Premio de Investigación Histórica «Ciudad de Zamora».")
    y = item(y, "2005 – 2009", "Beca FPU del Ministerio de Educación para la realización de la tesis doctoral.")
    y = sc_head(y + 4, "Gestión universitaria")
    y = item(y, "2021 –", "Coordinadora del Máster en Estudios Avanzados e Investigación en Historia.")
    y = item(y, "2016 – 2020", "Secretaria académica del Departamento de Historia Medieval, Moderna y "
             "Contemporánea.")
    pages_footer(2)
    save_pdf(pdf, out, "h23_es_docente.pdf")



# ==========================================================================

LAYOUTS = [
    h00_en_tealrail, h01_en_askme, h02_en_nursecolon, h03_en_boardroom, h04_en_gridtable, h05_en_wordstyles,
    h06_de_symbolleiste, h07_de_gliederung, h08_de_saetze, h09_de_tabellen, h10_de_pfeile, h11_de_werdegang,
    h12_fr_colonnedroite, h13_fr_pastilles, h14_fr_encadre, h15_fr_frise, h16_fr_tableaux, h17_fr_recherche,
    h18_es_franjaderecha, h19_es_preguntas, h20_es_romanos, h21_es_bandas, h22_es_semblanza, h23_es_docente,
]


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_blind11.py OUTDIR\n")
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
