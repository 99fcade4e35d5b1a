#!/usr/bin/env python3
"""make_blind12.py OUTDIR -- writes the 24 resumes of the blind12 held-out set.

Every resume is literal data inside its own layout function. Nothing is random;
the script holds no labels. PDFs: fpdf2 (A4, fixed metadata). DOCX: python-docx
(default template, A4, fixed core properties, re-zipped with fixed member dates).
"""
import io
import os
import sys
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF
from PIL import Image, ImageDraw
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FIXED = datetime(2026, 1, 1, 0, 0, 0, tzinfo=timezone.utc)
FIXED_NAIVE = datetime(2026, 1, 1, 0, 0, 0)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dv": {"": DJ + "DejaVuSans.ttf", "B": DJ + "DejaVuSans-Bold.ttf",
           "I": DJ + "DejaVuSans-Oblique.ttf", "BI": DJ + "DejaVuSans-BoldOblique.ttf"},
    "dvc": {"": DJ + "DejaVuSansCondensed.ttf", "B": DJ + "DejaVuSansCondensed-Bold.ttf",
            "I": DJ + "DejaVuSansCondensed-Oblique.ttf", "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf"},
    "dvx": {"": DJ + "DejaVuSans-ExtraLight.ttf"},
    "dvs": {"": DJ + "DejaVuSerif.ttf", "B": DJ + "DejaVuSerif-Bold.ttf",
            "I": DJ + "DejaVuSerif-Italic.ttf", "BI": DJ + "DejaVuSerif-BoldItalic.ttf"},
    "dvm": {"": DJ + "DejaVuSansMono.ttf", "B": DJ + "DejaVuSansMono-Bold.ttf"},
    "ls": {"": LB + "LiberationSans-Regular.ttf", "B": LB + "LiberationSans-Bold.ttf",
           "I": LB + "LiberationSans-Italic.ttf", "BI": LB + "LiberationSans-BoldItalic.ttf"},
    "lsn": {"": LB + "LiberationSansNarrow-Regular.ttf", "B": LB + "LiberationSansNarrow-Bold.ttf",
            "I": LB + "LiberationSansNarrow-Italic.ttf", "BI": LB + "LiberationSansNarrow-BoldItalic.ttf"},
    "lr": {"": LB + "LiberationSerif-Regular.ttf", "B": LB + "LiberationSerif-Bold.ttf",
           "I": LB + "LiberationSerif-Italic.ttf", "BI": LB + "LiberationSerif-BoldItalic.ttf"},
    "lm": {"": LB + "LiberationMono-Regular.ttf", "B": LB + "LiberationMono-Bold.ttf"},
}


# ---------------------------------------------------------------- images

def silhouette(w=300, h=380, bg=(206, 210, 214), fg=(150, 157, 165)):
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    cx = w // 2
    dr.ellipse([cx - w * 0.2, h * 0.16, cx + w * 0.2, h * 0.52], fill=fg)
    dr.ellipse([cx - w * 0.42, h * 0.58, cx + w * 0.42, h * 1.25], fill=fg)
    return im


def round_photo(size=300, bg=(40, 44, 52), ring=(235, 235, 235)):
    base = Image.new("RGB", (size, size), bg)
    face = silhouette(size, size, bg=(214, 218, 222), fg=(150, 157, 165))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse([6, 6, size - 7, size - 7], fill=255)
    ImageDraw.Draw(base).ellipse([0, 0, size - 1, size - 1], fill=ring)
    base.paste(face, (0, 0), mask)
    return base


def png_bytes(im):
    b = io.BytesIO()
    im.save(b, format="PNG")
    return b.getvalue()


# ---------------------------------------------------------------- PDF helpers

class PDF(FPDF):
    def __init__(self, title):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author("blind12")
        self.set_creator("make_blind12.py")
        self._reg = set()
        self.add_page()

    def use(self, fam, style="", size=10, color=None):
        if (fam, style) not in self._reg:
            self.add_font(fam, style, FONTS[fam][style])
            self._reg.add((fam, style))
        self.set_font(fam, style, size)
        if color is not None:
            self.set_text_color(*color)

    def sw(self, s):
        return self.get_string_width(s)

    def at(self, x, y, s, align="L"):
        if align == "R":
            x -= self.get_string_width(s)
        elif align == "C":
            x -= self.get_string_width(s) / 2
        assert 3 < y < 294, (y, s)
        self.text(x, y, s)
        return x + self.get_string_width(s)

    def runs(self, x, y, parts):
        """parts: (fam, style, size, color, text); drawn one after the other on a baseline."""
        for fam, st, sz, col, t in parts:
            self.use(fam, st, sz, col)
            self.at(x, y, t)
            x += self.get_string_width(t)
        return x

    def wrap(self, s, w):
        out, cur = [], ""
        for wd in s.split(" "):
            trial = wd if not cur else cur + " " + wd
            if self.get_string_width(trial) <= w or not cur:
                cur = trial
            else:
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, w, s, lh, bullet=None, ind=3.5, bcolor=None):
        if bullet:
            col = self.text_color
            if bcolor is not None:
                self.set_text_color(*bcolor)
            self.at(x, y, bullet)
            self.text_color = col
            x, w = x + ind, w - ind
        for ln in self.wrap(s, w):
            self.at(x, y, ln)
            y += lh
        return y

    def hr(self, x1, y, x2, color=(0, 0, 0), lw=0.3):
        self.set_draw_color(*color)
        self.set_line_width(lw)
        self.line(x1, y, x2, y)

    def box(self, x, y, w, h, color, style="F", r=None):
        self.set_fill_color(*color)
        self.set_draw_color(*color)
        if r:
            self.rect(x, y, w, h, style=style, round_corners=True, corner_radius=r)
        else:
            self.rect(x, y, w, h, style=style)

    def photo(self, im, x, y, w, h):
        self.image(io.BytesIO(png_bytes(im)), x=x, y=y, w=w, h=h)


# ---------------------------------------------------------------- DOCX helpers

def set_font_xml(rpr_owner, name):
    rpr = rpr_owner.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)


def dnew(font="Calibri", size=10.5, margins=(20, 18, 20, 18), after=2, line=1.1):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = [Mm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    set_font_xml(st.element, font)
    st.paragraph_format.space_after = Pt(after)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = line
    return d


def border(p, side="bottom", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before shd / tabs / spacing / ind / jc
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def shade_p(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is not None:
        bdr.addnext(shd)
    else:
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, shd)


def fill_p(p, runs=(), style=None, align=None, sb=None, sa=None, ind=None, first=None,
           tabs=(), keep=False, line=None):
    if style is not None:
        p.style = style
    for r in runs:
        if isinstance(r, str):
            r = (r, {})
        text, o = r
        run = p.add_run(text)
        if o.get("b") is not None:
            run.bold = o["b"]
        if o.get("i"):
            run.italic = True
        if o.get("u"):
            run.underline = True
        if o.get("color"):
            run.font.color.rgb = RGBColor.from_string(o["color"])
        if o.get("size"):
            run.font.size = Pt(o["size"])
        if o.get("font"):
            run.font.name = o["font"]
            set_font_xml(run._r, o["font"])
        if o.get("caps"):
            run.font.all_caps = True
        if o.get("sc"):
            run.font.small_caps = True
        if o.get("sp") is not None:
            rpr = run._r.get_or_add_rPr()
            e = OxmlElement("w:spacing")
            e.set(qn("w:val"), str(o["sp"]))
            rpr.append(e)
    pf = p.paragraph_format
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "J":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if sb is not None:
        pf.space_before = Pt(sb)
    if sa is not None:
        pf.space_after = Pt(sa)
    if ind is not None:
        pf.left_indent = Mm(ind)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if line is not None:
        pf.line_spacing = line
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Mm(pos), {"L": WD_TAB_ALIGNMENT.LEFT, "R": WD_TAB_ALIGNMENT.RIGHT}[kind])
    if keep:
        pf.keep_with_next = True
    return p


def P(container, runs=(), **kw):
    return fill_p(container.add_paragraph(), runs, **kw)


def cell_p(cell, runs=(), **kw):
    """First call fills the cell's empty first paragraph, later calls add paragraphs."""
    ps = cell.paragraphs
    if len(ps) == 1 and not ps[0].runs and ps[0]._p.pPr is None:
        p = ps[0]
    else:
        p = cell.add_paragraph()
    return fill_p(p, runs, **kw)



def tbl(d, rows, widths, borders=False, style=None, align_left=True, margins=None):
    t = d.add_table(rows=rows, cols=len(widths))
    if style:
        t.style = d.styles[style]
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    if not borders and not style:
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblpr.append(b)
    if margins is not None:
        cm = OxmlElement("w:tblCellMar")
        for side, v in zip(("top", "left", "bottom", "right"), margins):
            e = OxmlElement("w:" + side)
            e.set(qn("w:w"), str(int(v * 56.7)))
            e.set(qn("w:type"), "dxa")
            cm.append(e)
        tblpr.append(cm)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    return t


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_border(cell, side="bottom", sz=8, color="000000"):
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


def cell_valign(cell, v="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:vAlign")
    e.set(qn("w:val"), v)
    tcpr.append(e)


def style_font(d, name, font=None, size=None, bold=None, color=None, italic=None,
               sb=None, sa=None, caps=None):
    st = d.styles[name]
    if font:
        st.font.name = font
        set_font_xml(st.element, font)
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
    if sb is not None:
        st.paragraph_format.space_before = Pt(sb)
    if sa is not None:
        st.paragraph_format.space_after = Pt(sa)
    return st


def dsave(d, path, title):
    cp = d.core_properties
    cp.author = "blind12"
    cp.last_modified_by = "blind12"
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_printed = FIXED_NAIVE
    cp.revision = 1
    cp.title = title
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def psave(pdf, path):
    pdf.output(path)


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ======================================================================== EN

@layout
def h00_en_typewriter(out):
    """Plain-text CV typed in a monospaced face; headings are capitals over a row of '=' signs."""
    pdf = PDF("CV - Daniel Okafor")
    pdf.use("lm", "", 9.5, (20, 20, 20))
    x0, W, LH = 18, 174, 4.3
    y = [20]

    def ln(s="", extra=0.0):
        if s:
            pdf.at(x0, y[0], s)
        y[0] += LH + extra

    def bul(s, ind=0):
        y[0] = pdf.para(x0 + ind, y[0], W - ind, s, LH, bullet="*", ind=4.2)

    def head(s):
        y[0] += 2.2
        ln(s)
        ln("=" * len(s))

    def job(company, place, title, dates):
        ln(company + ", " + place)
        pad = 86 - len(title) - len(dates)
        ln(title + " " * pad + dates)

    ln("DANIEL OKAFOR")
    ln("Warehouse & Transport Supervisor")
    ln("14 Ashdown Road, Leeds LS6 2QT  |  07700 900482  |  d.okafor@fastmail.co.uk")
    ln("Full UK licence (C1)  |  Right to work in the UK  |  Available on one month's notice")

    head("SUMMARY OF QUALIFICATIONS")
    bul("Nine years in warehousing and transport, the last six leading night shifts of up to 34 "
        "operatives and 11 drivers on a 220,000 sq ft ambient and chilled site.")
    bul("Keeps pick accuracy above 99.7% and dispatch on time above 98% through peak without agency overspend.")
    bul("Calm on the phone with hauliers, store managers and the planning desk at 3 a.m.")

    head("EMPLOYMENT RECORD")
    job("NORTHGATE FREIGHT SYSTEMS LTD", "Wakefield", "Shift Supervisor (Nights)", "Mar 2019 - present")
    bul("Run the night shift for a 24/7 grocery cross-dock: labour plan, door schedule, trailer "
        "loading sequence and the 05:30 handover to days.", 2)
    bul("Cut trailer turnaround from 74 to 51 minutes by re-sequencing marshalling lanes and "
        "pre-staging cages by store drop.", 2)
    bul("Trained 40+ new starters on MHE and the WMS; two of them now lead their own teams.", 2)
    bul("First-line investigations for RIDDOR near misses; zero lost-time accidents in 2023 and 2024.", 2)
    y[0] += 1.2
    job("PENNINE COLD STORE LTD", "Bradford", "Team Leader, Goods In", "Jun 2015 - Feb 2019")
    bul("Led 12 operatives receiving 60-80 chilled loads a night; temperature checks, "
        "booking-in and returns to vendor.", 2)
    bul("Introduced a simple whiteboard for supplier no-shows, later rolled out to all three sites.", 2)
    y[0] += 1.2
    job("HALLAM RETAIL DISTRIBUTION", "Castleford", "Warehouse Operative", "Sep 2012 - May 2015")
    bul("Picking, packing and loading for a non-food retail DC; reach truck and VNA from 2013.", 2)

    head("EDUCATION & TRAINING")
    ln("Leeds City College - BTEC Level 3 Extended Diploma in Business (DMM), 2012")
    ln("Allerton Grange School - 9 GCSEs at A*-C including Maths and English, 2010")
    ln("Open University - Certificate of HE in Business Management (part-time), 2021")

    head("TECHNICAL SKILLS")
    ln("WMS ............ Manhattan SCALE (super user), SAP EWM (RF and monitor)")
    ln("Office ......... Excel (pivots, XLOOKUP, shift rotas), Outlook, Teams")
    ln("Transport ...... Paragon route planning, tachograph rules, trailer load plans")
    ln("People ......... rotas, return-to-work interviews, disciplinary first stage")

    head("TICKETS & LICENCES")
    bul("RTITB counterbalance, reach and VNA (renewed January 2024)")
    bul("IOSH Managing Safely (2021); First Aid at Work, St John Ambulance (2023)")
    bul("Driving licence categories B and C1, CPC card valid to 2027")

    head("OUTSIDE INTERESTS")
    y[0] = pdf.para(x0, y[0], W, "I coach an under-12s team at Meanwood Juniors on Saturday mornings and "
                    "play five-a-side on Wednesdays. I also restore old road bikes and sell them on "
                    "to cover the cost of the next one.", LH)

    head("REFEREES")
    ln("Karen Hollis, Operations Manager, Northgate Freight Systems - 01924 555 018")
    ln("Imran Siddiqui, Site Manager, Pennine Cold Store - 01274 555 263")
    psave(pdf, os.path.join(out, "h00_en_typewriter.pdf"))


@layout
def h01_en_firstperson(out):
    """Creative two-column design; headings phrased in the first person."""
    pdf = PDF("Maya Lindqvist - Product Designer")
    coral, ink, grey, pale = (222, 96, 78), (38, 38, 46), (120, 120, 128), (251, 241, 234)
    pdf.box(0, 0, 210, 40, coral)
    pdf.box(0, 40, 70, 257, pale)
    pdf.use("dv", "B", 26, (255, 255, 255))
    pdf.at(12, 21, "Maya Lindqvist")
    pdf.use("dv", "", 11, (255, 238, 232))
    pdf.at(12, 31, "Product designer. I make complicated things feel obvious.")

    # ---- left column
    x, w, y = 12, 52, 54

    def lhead(s, y):
        pdf.use("dv", "B", 12.5, coral)
        pdf.at(x, y, s)
        return y + 7

    y = lhead("A bit about me", y)
    pdf.use("dv", "", 8.8, ink)
    y = pdf.para(x, y, w, "Eight years designing for energy, insurance and public services. I like "
                 "research that changes a roadmap, prototypes that settle an argument, and design "
                 "systems that engineers actually want to use.", 4.3)
    y = pdf.para(x, y + 2, w, "Based in Bristol, happy to travel to London twice a month.", 4.3)
    y = lhead("What I bring to a team", y + 7)
    pdf.use("dv", "", 8.8, ink)
    for s in ["Discovery interviews and usability testing", "Service blueprints and journey maps",
              "Figma, FigJam, Framer, Principle", "Design systems and tokens", "Accessibility (WCAG 2.2 AA)",
              "Workshop facilitation", "HTML and CSS to prototype level", "Mentoring junior designers"]:
        y = pdf.para(x, y, w, s, 4.3, bullet="•", bcolor=coral) + 0.6
    y = lhead("Say hello", y + 7)
    for s in ["maya@lindqvist.design", "+44 7700 900613", "lindqvist.design", "linkedin.com/in/mayalindqvist",
              "Bristol, United Kingdom"]:
        pdf.use("dv", "", 8.8, ink)
        pdf.at(x, y, s)
        y += 5

    # ---- main column
    X, R = 80, 196
    W = R - X
    y = 54

    def mhead(s, y):
        pdf.use("dv", "B", 13, coral)
        pdf.at(X, y, s)
        pdf.hr(X, y + 2.2, R, (240, 200, 190), 0.4)
        return y + 8.5

    def job(y, title, dates, org, text, subl, items):
        pdf.use("dv", "B", 10.5, ink)
        pdf.at(X, y, title)
        pdf.use("dv", "", 8.5, grey)
        pdf.at(R, y, dates, "R")
        pdf.use("dv", "", 9, coral)
        pdf.at(X, y + 4.6, org)
        pdf.use("dv", "", 8.8, ink)
        y = pdf.para(X, y + 9.6, W, text, 4.3)
        if subl:
            pdf.use("dv", "BI", 8.8, ink)
            pdf.at(X, y + 0.8, subl)
            y += 5.2
            pdf.use("dv", "", 8.8, ink)
            for it in items:
                y = pdf.para(X, y, W, it, 4.3, bullet="–") + 0.3
        return y + 4

    y = mhead("Where I’ve worked", y)
    y = job(y, "Senior Product Designer", "2021 — now", "Fernhill Energy · Bristol (hybrid)",
            "Lead designer for the home battery and smart tariff apps (iOS, Android, web), working with "
            "two squads and a data science team.", "What changed",
            ["Onboarding completion up from 61% to 84% after three rounds of testing with older customers.",
             "Set up the Fernhill design system; 90% of app screens now use shared components."])
    y = job(y, "Product Designer", "2018 — 2021", "Loop & Lantern (design studio) · London",
            "Client work for two councils, a housing charity and a challenger bank; from research sprints "
            "to shipped interfaces.", "What changed",
            ["Council tax reduction form: average completion time from 22 to 9 minutes.",
             "Ran 60+ remote usability sessions during 2020 and wrote the studio's remote research playbook."])
    y = job(y, "Junior UX Designer", "2016 — 2018", "Brightside Insurance · Cardiff",
            "Quote and claims journeys for car and home insurance; A/B tests with the web team.", None, [])

    y = mhead("Things I’ve made", y + 1)
    for name, desc in [("Tidewatch", "A free tide and swell app for Severn estuary paddlers; 12k installs, built "
                        "with a friend over weekends."),
                       ("Plain Forms Kit", "An open Figma kit of accessible form patterns, used by three UK "
                        "councils.")]:
        pdf.use("dv", "B", 9.5, ink)
        pdf.at(X, y, name)
        pdf.use("dv", "", 8.8, ink)
        y = pdf.para(X, y + 4.6, W, desc, 4.3) + 2.5

    y = mhead("Where I learned", y + 3)
    for deg, sch in [("MA Interaction Design", "Royal College of Art, London · 2016"),
                     ("BA (Hons) Graphic Communication", "Cardiff Metropolitan University · 2014")]:
        pdf.use("dv", "B", 9.5, ink)
        pdf.at(X, y, deg)
        pdf.use("dv", "", 8.8, grey)
        pdf.at(X, y + 4.5, sch)
        y += 11

    y = mhead("Recognition I’m proud of", y + 4)
    pdf.use("dv", "", 8.8, ink)
    for s in ["UX Design Awards 2023 — shortlisted for the Fernhill battery onboarding",
              "Design Week Rising Star 2019 (service design category)",
              "Speaker, Design for Good meetup, Bristol, 2022"]:
        y = pdf.para(X, y, W, s, 4.3, bullet="•", bcolor=coral) + 0.6
    psave(pdf, os.path.join(out, "h01_en_firstperson.pdf"))


@layout
def h02_en_facultycv(out):
    """US academic CV over two pages; headings in simulated small capitals (regular weight) over a
    rule; years in a left margin column; a footer with the name on each page."""
    pdf = PDF("Curriculum Vitae - Rebecca L. Hartmann")
    ink = (25, 25, 25)
    L, X, R = 22, 46, 190
    W = R - X
    LH = 4.7
    st = {"y": 0, "page": 1}

    def footer():
        with pdf.local_context():
            pdf.use("lr", "I", 8.5, (90, 90, 90))
            pdf.at(105, 287, f"Rebecca L. Hartmann — Curriculum Vitae — page {st['page']} of 2", "C")

    def need(h):
        if st["y"] + h > 276:
            footer()
            pdf.add_page()
            st["page"] += 1
            st["y"] = 22

    def smallcaps(x, y, s, big=12.5, small=9.6):
        for ch in s:
            if ch.isupper():
                pdf.use("lr", "", big, ink)
            else:
                pdf.use("lr", "", small, ink)
            pdf.at(x, y, ch.upper())
            x += pdf.sw(ch.upper())

    def head(s):
        need(22)
        st["y"] += 5
        smallcaps(L, st["y"], s)
        pdf.hr(L, st["y"] + 1.8, R, (60, 60, 60), 0.25)
        st["y"] += 7.5

    def entry(margin, text, gap=1.6):
        pdf.use("lr", "", 10, ink)
        lines = pdf.wrap(text, W)
        need(len(lines) * LH + 1)
        if margin:
            pdf.at(L, st["y"], margin)
        for ln in lines:
            pdf.at(X, st["y"], ln)
            st["y"] += LH
        st["y"] += gap

    pdf.use("lr", "B", 18, ink)
    pdf.at(105, 24, "Rebecca L. Hartmann", "C")
    pdf.use("lr", "I", 11.5, ink)
    pdf.at(105, 31, "Curriculum Vitae", "C")
    pdf.use("lr", "", 9.8, ink)
    pdf.at(105, 38.5, "Department of Agricultural and Resource Economics, Calder State University", "C")
    pdf.at(105, 43, "412 Morrill Hall, Fort Calder, CO 80524, USA", "C")
    pdf.at(105, 47.5, "rhartmann@calderstate.edu  ·  (970) 555-0142  ·  ORCID 0000-0003-4127-5590", "C")
    pdf.use("lr", "I", 8.5, (90, 90, 90))
    pdf.at(105, 53, "Updated January 2026", "C")
    st["y"] = 58

    head("Research Interests")
    entry(None, "Environmental and resource economics; water markets and drought policy; non-market "
          "valuation; applied econometrics of agricultural adaptation to climate risk.")

    head("Academic Appointments")
    entry("2021–", "Associate Professor (with tenure), Department of Agricultural and Resource Economics, "
          "Calder State University")
    entry("2016–2021", "Assistant Professor, Department of Agricultural and Resource Economics, Calder State "
          "University")
    entry("2014–2016", "Postdoctoral Research Fellow, Center for Water Policy, University of Wisconsin–Madison")

    head("Education")
    entry("2014", "Ph.D., Agricultural and Applied Economics, University of Wisconsin–Madison. Dissertation: "
          "“Paying for Scarcity: Three Essays on Groundwater Allocation.” Advisor: Prof. Daniel Ruiz.")
    entry("2009", "M.S., Economics, Oregon State University")
    entry("2007", "B.A., Economics and Environmental Studies, summa cum laude, Whitman College")

    head("Peer-Reviewed Publications")
    pubs = [
        ("2025", "Hartmann, R. L., and J. Osei. “Drought Triggers and the Timing of Water Leases.” American "
                 "Journal of Agricultural Economics 107(2): 455–478."),
        ("2024", "Hartmann, R. L. “Who Sells First? Heterogeneous Irrigators in a Groundwater Market.” Journal "
                 "of the Association of Environmental and Resource Economists 11(4): 1013–1046."),
        ("2023", "Osei, J., R. L. Hartmann, and M. Calloway. “Valuing Instream Flows with Revealed "
                 "Recreation Demand.” Land Economics 99(1): 88–107."),
        ("2022", "Hartmann, R. L., and T. Nguyen. “Crop Insurance and the Extensive Margin of Fallowing.” "
                 "Agricultural and Resource Economics Review 51(3): 512–534."),
        ("2020", "Hartmann, R. L. “Allocation Rules and Efficiency in Groundwater Banks.” Water Resources "
                 "Research 56(7): e2019WR026512."),
        ("2018", "Calloway, M., and R. L. Hartmann. “Spatial Spillovers of Well Drilling Moratoria.” "
                 "Environmental and Resource Economics 70(2): 341–366."),
        ("2016", "Hartmann, R. L., and D. Ruiz. “Pumping Costs and the Demand for Groundwater.” American "
                 "Journal of Agricultural Economics 98(5): 1408–1429."),
    ]
    for yr, t in pubs:
        entry(yr, t)

    head("Grants and Fellowships")
    entry("2024–2027", "USDA NIFA AFRI Foundational Program, “Groundwater banking under climate risk,” "
          "principal investigator, $498,000")
    entry("2021–2023", "Walton Family Foundation, “Water leasing pilots in the Arkansas River basin,” "
          "co-principal investigator, $210,000")
    entry("2019", "Calder State University Early Career Scholar Award, $15,000")
    entry("2012–2013", "Graduate Fellowship, Wisconsin Alumni Research Foundation")

    head("Invited Talks")
    for yr, t in [("2025", "University of California, Davis – ARE Departmental Seminar"),
                  ("2024", "Resources for the Future, Washington, DC – Water Policy Workshop"),
                  ("2024", "Colorado Water Conservation Board, Denver – Board Meeting Briefing"),
                  ("2023", "Montana State University – Applied Economics Seminar"),
                  ("2022", "World Bank Water Global Practice, virtual – Brown Bag Series")]:
        entry(yr, t, gap=0.6)

    head("Teaching")
    entry(None, "Calder State University: AREC 340 Environmental Economics (undergraduate, 2016–present, "
          "about 110 students per year); AREC 542 Water Resource Economics (M.S., 2017–present); AREC 740 "
          "Applied Econometrics II (Ph.D., 2018–present).")
    entry(None, "Ph.D. students advised to completion: 5 (placements at USDA ERS, Texas A&M, Resources for "
          "the Future and two in industry). Current Ph.D. advisees: 3.")

    head("Service to the Profession")
    entry("2022–", "Associate Editor, Land Economics")
    entry("2019–2022", "Committee on Women in Agricultural Economics, AAEA, member and mentoring chair")
    entry(None, "Referee for American Journal of Agricultural Economics, JAERE, Journal of Environmental "
          "Economics and Management, Water Resources Research, Land Economics, and NSF and USDA panels.")

    head("References")
    for t in ["Daniel Ruiz, Professor, Department of Agricultural and Applied Economics, University of "
              "Wisconsin–Madison, druiz@wisc.edu",
              "Joanna Osei, Associate Professor, School of Public Policy, University of Maryland, "
              "josei@umd.edu",
              "Mark Calloway, Senior Fellow, Resources for the Future, calloway@rff.org"]:
        entry(None, t, gap=1.2)
    footer()
    assert st["page"] == 2
    psave(pdf, os.path.join(out, "h02_en_facultycv.pdf"))


def style_border(d, name, side="bottom", sz=8, color="000000", space=1):
    st = d.styles[name]
    ppr = st.element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)
    # keep schema order: pBdr goes after keepNext/keepLines/pageBreakBefore/... ; before spacing/ind/jc
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:contextualSpacing",
                "w:jc", "w:outlineLvl"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)


@layout
def h03_en_ledger(out):
    """US accounting resume in Word: built-in Heading 1 restyled (Cambria, navy, bottom border);
    employer lines in bold capitals with a right tab for dates; bold sub-label paragraphs."""
    d = dnew("Calibri", 10.5, margins=(16, 19, 16, 19), after=1.5, line=1.05)
    navy = "1F3864"
    style_font(d, "Heading 1", font="Cambria", size=12, bold=True, color=navy, sb=10, sa=3)
    style_border(d, "Heading 1", "bottom", 6, navy, 1)
    style_font(d, "List Bullet", font="Calibri", size=10.5)
    RT = [(172, "R")]

    P(d, [("Jordan T. Whitaker, CPA", {"b": True, "size": 20, "color": navy})], align="C", sa=0)
    P(d, [("Senior Accountant  |  Financial Reporting  |  Audit Readiness", {"i": True, "size": 11})],
      align="C", sa=2)
    P(d, ["Charlotte, NC 28203  •  (704) 555-0178  •  jordan.whitaker@outlook.com  •  "
          "linkedin.com/in/jtwhitaker"], align="C", sa=4)

    P(d, ["Professional Summary"], style="Heading 1")
    P(d, ["CPA with ten years in public accounting and multi-entity healthcare finance. Owns month-end close "
          "for 14 entities, builds reconciliations that auditors trust on the first pass, and has led two "
          "ERP migrations without a late filing. Known for turning close checklists into automated "
          "workpapers."], align="J", sa=2)

    P(d, ["Areas of Expertise"], style="Heading 1")
    t = tbl(d, 3, [57, 57, 58])
    items = ["GAAP & ASC 842 leases", "Month-end close (14 entities)", "Consolidations & eliminations",
             "Account reconciliations", "SOX 404 controls", "External audit liaison",
             "NetSuite & Sage Intacct", "BlackLine, FloQast", "Advanced Excel & Power Query"]
    for i, it in enumerate(items):
        cell_p(t.rows[i // 3].cells[i % 3], ["▪ " + it], sa=1)

    P(d, ["Professional Experience"], style="Heading 1")

    def job(company, place, dates, title, desc, subl, bullets):
        P(d, [(company, {"b": True}), (", " + place, {}), ("\t" + dates, {})], tabs=RT, sb=5, sa=0, keep=True)
        P(d, [(title, {"b": True, "i": True})], sa=1, keep=True)
        P(d, [desc], sa=1)
        if subl:
            P(d, [(subl, {"b": True})], sa=0, keep=True)
        for b in bullets:
            P(d, [b], style="List Bullet", sa=0)

    job("HARLAND & PIERCE LLP", "Charlotte, NC", "Mar 2020 – Present", "Senior Accountant",
        "Corporate accounting for a 600-person engineering firm with 14 legal entities in the US and Canada; "
        "reports to the Controller and supervises two staff accountants.", "Key Achievements",
        ["Shortened month-end close from 9 to 5 business days by moving 60 reconciliations into BlackLine.",
         "Led ASC 842 adoption: 212 leases abstracted, right-of-use schedules built, zero audit adjustments.",
         "Co-led the NetSuite to Sage Intacct migration (2023); first close on the new system on time."])
    job("PIEDMONT REGIONAL MEDICAL GROUP", "Gastonia, NC", "Jun 2016 – Feb 2020", "Staff Accountant",
        "General ledger, fixed assets and physician compensation accruals for a 40-clinic medical group.",
        "Key Achievements",
        ["Rebuilt the physician bonus accrual model; true-up variances fell from $1.1M to under $90K.",
         "Prepared PBC lists and walkthroughs for the annual audit and the 2019 bond offering."])
    job("CRANE & OSTROWSKI CPAS", "Charlotte, NC", "Sep 2014 – May 2016", "Audit Associate",
        "Financial statement audits of nonprofits, construction contractors and HOAs; planning, testing "
        "and draft reports.", None, [])

    P(d, ["Education"], style="Heading 1")
    P(d, [("Master of Accountancy (MAcc)", {"b": True}), ("\t2014", {})], tabs=RT, sa=0)
    P(d, ["University of North Carolina at Charlotte — Belk College of Business"], sa=3)
    P(d, [("B.S. Business Administration, Accounting", {"b": True}), ("\t2013", {})], tabs=RT, sa=0)
    P(d, ["Appalachian State University — magna cum laude"], sa=1)

    P(d, ["Licenses & Certifications"], style="Heading 1")
    for b in ["Certified Public Accountant (CPA), North Carolina State Board, license no. 38841",
              "BlackLine Certified Administrator (2022)",
              "Microsoft Office Specialist: Excel Expert (2019)"]:
        P(d, [b], style="List Bullet", sa=0)

    P(d, ["Professional Affiliations"], style="Heading 1")
    for b in ["American Institute of CPAs (AICPA), member since 2016",
              "North Carolina Association of CPAs — Young Professionals Committee, 2018–2021"]:
        P(d, [b], style="List Bullet", sa=0)

    P(d, ["Community Involvement"], style="Heading 1")
    for b in ["Volunteer tax preparer, IRS VITA site at Charlotte Family Services (2017 – present)",
              "Treasurer, Plaza Midwood Neighborhood Association (2021 – present)"]:
        P(d, [b], style="List Bullet", sa=0)
    dsave(d, os.path.join(out, "h03_en_ledger.docx"), "Jordan T. Whitaker - Resume")


def two_columns(d, space_mm=9):
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    sp = sec._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))
    return sec


@layout
def h04_en_newspaper(out):
    """UK graduate CV in Word: one-column name block, then a continuous section break into two
    newspaper columns; headings are non-styled bold paragraphs with Word's small-caps property."""
    d = dnew("Georgia", 9.5, margins=(15, 16, 15, 16), after=1.5, line=1.05)
    teal = "1B6F6A"

    def head(s, first=False):
        P(d, [(s, {"b": True, "sc": True, "color": teal, "size": 12})], sb=0 if first else 9, sa=3, keep=True)

    P(d, [("Chloe Marsh", {"b": True, "size": 22})], align="C", sa=1)
    P(d, ["Sheffield S10 2TN  ·  07700 900 741  ·  chloe.marsh@gmail.com  ·  linkedin.com/in/chloemarsh-policy"],
      align="C", sa=8)
    two_columns(d)

    head("Personal Statement", True)
    P(d, ["First-class History and Politics graduate looking for a graduate role in public policy research. "
          "I have written briefings for a think tank, run a 300-member debating society and spent three "
          "years explaining books to customers on Saturday mornings, so I can make complicated arguments "
          "short and clear."], align="J")

    head("Education")
    P(d, [("University of Sheffield", {"b": True})], sa=0)
    P(d, [("BA (Hons) History and Politics, 2022 – 2025 — First Class", {"i": True})], sa=1)
    P(d, [("Dissertation: ", {"b": True}), "“Mayors without money? Devolution deals in South Yorkshire, "
          "2014–2024” (78%)."], sa=1)
    P(d, [("Key modules: ", {"b": True}), "British Politics since 1945; Public Policy Analysis; Quantitative "
          "Methods; The Welfare State in Europe."], sa=4)
    P(d, [("King Edward VII School, Sheffield", {"b": True})], sa=0)
    P(d, ["A levels: History (A*), Politics (A), English Literature (A), 2022"])

    head("Work Experience")
    for org, role, bullets in [
        ("Centre for Northern Policy, Leeds", "Research Intern · June – September 2024",
         ["Wrote two 4-page briefings on bus franchising, one quoted in the Yorkshire Post.",
          "Cleaned and charted ONS data on regional productivity in Excel and Datawrapper."]),
        ("Brindle & Co. Booksellers, Sheffield", "Bookseller (part-time) · 2022 – 2025",
         ["Ran the Saturday children’s story hour and the politics table; trained four new staff."]),
        ("Sheffield City Council", "Student Ambassador, Democratic Services · Spring 2023",
         ["Helped organise a youth council election with 2,100 votes across 24 schools."]),
    ]:
        P(d, [(org, {"b": True})], sa=0, keep=True)
        P(d, [(role, {"i": True})], sa=1, keep=True)
        for b in bullets:
            P(d, ["– " + b], ind=3.5, first=-3.5, sa=1)
        P(d, [], sa=2)

    head("Positions of Responsibility")
    for b in ["President, Sheffield Debating Union (2024 – 2025): 300 members, budget of £9,000, "
              "organised the Northern Universities Open.",
              "Course representative, Department of Politics and International Relations (2023 – 2024)."]:
        P(d, ["– " + b], ind=3.5, first=-3.5, sa=1)

    head("Skills")
    for lab, txt in [("Research: ", "archive and FOI research, interviews, NVivo, Stata (basic)"),
                     ("Data: ", "Excel (pivot tables, charts), Datawrapper, Google Sheets"),
                     ("Writing: ", "briefings, blog posts, minutes; 60 wpm touch typing")]:
        P(d, [(lab, {"b": True}), txt], sa=1)

    head("Languages")
    P(d, ["English (native); Spanish (B2, DELE 2023); British Sign Language (Level 1)."])

    head("Achievements")
    for b in ["Dean’s Prize for the best second-year History essay (2024)",
              "Semi-finalist, John Smith Memorial Mace debating competition (2024)",
              "Duke of Edinburgh’s Award, Gold (2021)"]:
        P(d, ["– " + b], ind=3.5, first=-3.5, sa=1)

    head("Interests")
    P(d, ["Fell running in the Peak District, local history podcasts, and volunteering as a polling clerk "
          "at general and local elections."])
    P(d, [("References available on request.", {"i": True})], sb=8)
    dsave(d, os.path.join(out, "h04_en_newspaper.docx"), "Chloe Marsh - CV")


@layout
def h05_en_marginhead(out):
    """US engineering resume: small capital headings in a left label column with a rule across the
    content column; dates also sit in the left column; employers in bold capitals."""
    pdf = PDF("Samuel Reyes - Resume")
    ink, grey, blue = (30, 30, 34), (110, 110, 118), (28, 88, 160)
    L, X, R = 18, 56, 194
    W = R - X
    LH = 4.5
    pdf.use("ls", "B", 23, ink)
    pdf.at(L, 21, "Samuel Reyes")
    pdf.use("ls", "", 10.5, grey)
    pdf.at(L, 28, "Backend engineer — payments, data pipelines, boring reliable systems")
    pdf.use("ls", "", 9, ink)
    pdf.at(L, 34, "Portland, OR  ·  (503) 555-0196  ·  sam@samreyes.dev  ·  github.com/sreyes  ·  samreyes.dev")
    y = 47

    def head(s, y):
        pdf.use("ls", "B", 8.6, blue)
        pdf.at(L, y, s)
        pdf.hr(X, y - 1.3, R, (180, 195, 215), 0.35)
        return y + 6

    def text(y, s, bullet=None):
        pdf.use("ls", "", 9.3, ink)
        return pdf.para(X, y, W, s, LH, bullet=bullet, ind=3.2)

    y = head("SNAPSHOT", y)
    y = text(y, "Nine years building the parts of fintech products nobody sees until they break: ledgers, "
             "payment rails, reconciliation jobs and the on-call tooling around them. I like small teams, "
             "written design docs and deleting code.") + 4

    y = head("STACK", y)
    for s in ["Go, Python, TypeScript, SQL; some Rust", "PostgreSQL, Kafka, Redis, BigQuery, dbt",
              "AWS (ECS, Lambda, RDS), Terraform, GitHub Actions, Datadog"]:
        y = text(y, s)
    y += 4

    y = head("TRACK RECORD", y)
    for dates, comp, role, sub, bullets in [
        ("2021 — present", "LUMINAR PAYMENTS", "Senior Backend Engineer",
         "Portland, OR (remote-first) · Series C card-issuing platform",
         ["Designed the double-entry ledger service that now books 3.2M transactions a day with zero "
          "unreconciled cents since launch.",
          "Cut settlement file processing from 40 minutes to 6 by streaming files through Kafka instead "
          "of batch loading.",
          "Mentor for four engineers; wrote the team’s on-call runbook and incident review template."]),
        ("2018 — 2021", "CASCADE CREDIT UNION", "Software Engineer II",
         "Beaverton, OR · member-owned bank, 210k members",
         ["Replaced a nightly COBOL export with an event-driven ACH pipeline in Python and Postgres.",
          "Built fraud rules API used by the mobile app and branch tellers."]),
        ("2016 — 2018", "TRAILHEAD LABS", "Junior Developer",
         "Portland, OR · web agency",
         ["Rails and React work for 12 clients, mostly e-commerce and booking sites."]),
    ]:
        pdf.use("ls", "", 8.6, grey)
        pdf.at(L, y, dates)
        pdf.runs(X, y, [("ls", "B", 9.6, ink, comp), ("ls", "", 9.6, ink, "  ·  " + role)])
        pdf.use("ls", "I", 8.8, grey)
        pdf.at(X, y + 4.4, sub)
        y += 9.2
        for b in bullets:
            y = text(y, b, bullet="•") + 0.4
        y += 2.6
    y += 1.4

    y = head("OPEN SOURCE", y)
    for name, desc in [("pgshard", " — Postgres logical-replication shard mover; 1.4k GitHub stars."),
                       ("achparse", " — NACHA/ACH file parser for Go, used by two credit unions.")]:
        pdf.runs(X, y, [("ls", "B", 9.3, ink, name), ("ls", "", 9.3, ink, desc)])
        y += LH + 0.6
    y += 4

    y = head("SCHOOLING", y)
    pdf.use("ls", "", 8.6, grey)
    pdf.at(L, y, "2016")
    y = text(y, "B.S. Computer Science, Oregon State University, Corvallis — minor in Mathematics") + 4

    y = head("TALKS & WRITING", y)
    for s in ["“Ledgers are just append-only logs with opinions” — GopherCon 2024",
              "“Reconciling 3 million things before breakfast” — PDX Postgres meetup, 2023",
              "Occasional essays on payments engineering at samreyes.dev/notes"]:
        y = text(y, s, bullet="•") + 0.4
    y += 4

    y = head("OFF THE CLOCK", y)
    y = text(y, "Trail running in Forest Park, fixing mechanical keyboards, and volunteering as a mentor with "
             "the Code Oregon bootcamp.")
    psave(pdf, os.path.join(out, "h05_en_marginhead.pdf"))


# ======================================================================== DE

@layout
def h06_de_tabellarisch(out):
    """Classic German tabular CV in Word: document title, bold headings with a bottom border,
    personal data table with a photo, date | text tables, place/date sign-off."""
    d = dnew("Arial", 10, margins=(18, 20, 16, 22), after=1, line=1.1)

    def head(s):
        P(d, [(s, {"b": True, "size": 12})], sb=12, sa=5, keep=True)
        border(d.paragraphs[-1], "bottom", 6, "404040", 1)

    def dated(rows, bold_first=True):
        t = tbl(d, len(rows), [40, 128])
        for r, (date, lines) in zip(t.rows, rows):
            cell_p(r.cells[0], [date], sa=1)
            for i, ln in enumerate(lines):
                if i == 0 and bold_first:
                    cell_p(r.cells[1], [(ln, {"b": True})], sa=0)
                elif ln.startswith("– "):
                    cell_p(r.cells[1], [ln], ind=3.5, first=-3.5, sa=0)
                else:
                    cell_p(r.cells[1], [ln], sa=0)
            if bold_first:
                cell_p(r.cells[1], [], sa=3)
            else:
                r.cells[1].paragraphs[-1].paragraph_format.space_after = Pt(3)
        return t

    P(d, [("Lebenslauf", {"b": True, "size": 20})], sa=6)

    head("Persönliche Daten")
    pdata = [("Name:", "Selin Aydın"), ("Anschrift:", "Leonrodstraße 41, 80636 München"),
             ("Telefon:", "0176 5550 2318"), ("E-Mail:", "selin.aydin@web.de"),
             ("Geburtsdatum:", "11.05.1994"), ("Geburtsort:", "Augsburg"),
             ("Staatsangehörigkeit:", "deutsch"), ("Familienstand:", "ledig")]
    t = tbl(d, len(pdata), [40, 90, 38])
    for r, (a, b) in zip(t.rows, pdata):
        cell_p(r.cells[0], [a], sa=1)
        cell_p(r.cells[1], [b], sa=1)
    ph = t.cell(0, 2).merge(t.cell(len(pdata) - 1, 2))
    ph.paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes(silhouette())), width=Mm(30))
    ph.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    head("Berufserfahrung")
    dated([
        ("seit 04/2020", ["Sachbearbeiterin Finanzbuchhaltung", "Brenner Logistik GmbH, München",
                          "– Kreditorenbuchhaltung für drei Gesellschaften (ca. 1.200 Belege im Monat)",
                          "– Vorbereitung der Monats- und Jahresabschlüsse nach HGB",
                          "– Zahlungsverkehr, Mahnwesen und Abstimmung der Intercompany-Konten"]),
        ("08/2016 – 03/2020", ["Steuerfachangestellte", "Kanzlei Dr. Hofmeister & Partner mbB, Augsburg",
                               "– Finanz- und Lohnbuchhaltung für rund 40 Mandanten aus Handwerk und Handel",
                               "– Umsatzsteuer-Voranmeldungen, Jahresabschlüsse für Einzelunternehmen"]),
    ])

    head("Ausbildung")
    dated([
        ("09/2013 – 07/2016", ["Ausbildung zur Steuerfachangestellten",
                               "Kanzlei Dr. Hofmeister & Partner mbB, Augsburg",
                               "Abschlussprüfung vor der Steuerberaterkammer München (Note: gut)"]),
        ("09/2004 – 07/2013", ["Allgemeine Hochschulreife", "Maria-Theresia-Gymnasium Augsburg (Note: 2,1)"]),
    ])

    head("Fort- und Weiterbildungen")
    dated([("2023", ["Geprüfte Bilanzbuchhalterin (IHK), IHK München und Oberbayern"]),
           ("2021", ["SAP S/4HANA Finance – Anwenderschulung, 3 Tage, Brenner Logistik GmbH"]),
           ("2018", ["DATEV Lohn und Gehalt – Aufbauseminar, DATEV eG, Nürnberg"])], bold_first=False)

    head("Besondere Kenntnisse")
    dated([("EDV:", ["DATEV Kanzlei-Rechnungswesen, SAP S/4HANA FI, MS Excel (sehr gut), MS Office"]),
           ("Führerschein:", ["Klasse B"])], bold_first=False)

    head("Sprachkenntnisse")
    dated([("Deutsch", ["Muttersprache"]), ("Türkisch", ["Muttersprache"]),
           ("Englisch", ["gute Kenntnisse (B2)"])], bold_first=False)

    head("Ehrenamtliches Engagement")
    dated([("seit 2019", ["Kassenprüferin im Turnverein München-Neuhausen e. V."])], bold_first=False)

    head("Hobbys und Interessen")
    P(d, ["Volleyball (Bezirksliga), Backen, Städtereisen"])

    P(d, ["München, 2. März 2026"], sb=18, sa=10)
    P(d, [("Selin Aydın", {"i": True, "size": 12})])
    dsave(d, os.path.join(out, "h06_de_tabellarisch.docx"), "Lebenslauf Selin Aydin")


@layout
def h07_de_europass(out):
    """Europass-style CV over two pages: blue capital headings right-aligned in a left label column
    with a rule in the content column; left-column sub-labels (languages, competences, additional
    information) that are not headings; a language self-assessment grid with capital header cells."""
    pdf = PDF("Europass Lebenslauf - Jonas Weber")
    blue, ink, lab = (21, 65, 148), (35, 35, 35), (60, 90, 150)
    LR, X, R = 58, 64, 196
    W = R - X
    LH = 4.4
    st = {"y": 0, "page": 1}

    def footer():
        with pdf.local_context():
            pdf.use("ls", "", 7.5, (120, 120, 120))
            pdf.at(R, 289, f"Seite {st['page']} / 2", "R")

    def need(h):
        if st["y"] + h > 280:
            footer()
            pdf.add_page()
            st["page"] += 1
            st["y"] = 20

    def head(s):
        need(20)
        st["y"] += 4
        pdf.use("ls", "", 9.2, blue)
        pdf.at(LR, st["y"], s, "R")
        pdf.hr(X, st["y"] - 1.2, R, blue, 0.3)
        st["y"] += 6.5

    def text(s, size=9.3, bullet=None, gap=0.0, color=ink, style=""):
        pdf.use("ls", style, size, color)
        lines = pdf.wrap(s, W - (3.2 if bullet else 0))
        need(len(lines) * LH)
        st["y"] = pdf.para(X, st["y"], W, s, LH, bullet=bullet, ind=3.2) + gap

    def label(s, size=8.8):
        pdf.use("ls", "", size, lab)
        pdf.at(LR, st["y"], s, "R")

    pdf.use("ls", "", 17, blue)
    pdf.at(LR, 20, "Lebenslauf", "R")
    st["y"] = 24

    head("PERSÖNLICHE INFORMATIONEN")
    pdf.use("ls", "", 14, blue)
    pdf.at(X, st["y"] + 1, "Jonas Weber")
    st["y"] += 7.5
    for s in ["Lindenstraße 12, 04109 Leipzig (Deutschland)", "+49 341 5550 187     +49 160 5550 9921",
              "jonas.weber@posteo.de", "www.linkedin.com/in/jonasweber-energie"]:
        text(s, 9)
    st["y"] += 1
    pdf.runs(X, st["y"], [("ls", "", 8.4, lab, "Geschlecht "), ("ls", "", 8.4, ink, "Männlich  |  "),
                          ("ls", "", 8.4, lab, "Geburtsdatum "), ("ls", "", 8.4, ink, "14/06/1990  |  "),
                          ("ls", "", 8.4, lab, "Staatsangehörigkeit "), ("ls", "", 8.4, ink, "Deutsch")])
    st["y"] += 5

    head("GEWÜNSCHTE BESCHÄFTIGUNG")
    text("Projektingenieur / Projektleiter Windenergie an Land", 11, color=blue)
    st["y"] += 1

    head("BERUFSERFAHRUNG")
    jobs = [
        ("01/2020–heute", "Projektingenieur Windenergie", "Nordwind Projekt GmbH, Leipzig (Deutschland)",
         ["Projektsteuerung von vier Windparks (gesamt 86 MW) von der Genehmigung bis zur Inbetriebnahme",
          "Ausschreibung und Vergabe von Netzanschluss-, Tiefbau- und Kranleistungen",
          "Abstimmung mit Netzbetreibern, Gutachtern und Genehmigungsbehörden"], "Energiewirtschaft"),
        ("09/2016–12/2019", "Junior-Projektingenieur", "Sachsen Solar AG, Dresden (Deutschland)",
         ["Elektroplanung von PV-Freiflächenanlagen bis 20 MWp (PVsyst, AutoCAD)",
          "Bauüberwachung und Abnahmen nach VDE-AR-N 4110"], "Erneuerbare Energien"),
        ("10/2015–03/2016", "Praktikant Netzplanung", "Stadtwerke Halle GmbH, Halle (Saale) (Deutschland)",
         ["Lastflussberechnungen für das Mittelspannungsnetz mit PowerFactory"], "Energieversorgung"),
    ]
    for dates, title, emp, bullets, branch in jobs:
        need(24)
        label(dates)
        pdf.use("ls", "", 10.8, blue)
        pdf.at(X, st["y"], title)
        st["y"] += 5
        text(emp)
        st["y"] += 0.8
        for b in bullets:
            text(b, bullet="▪", gap=0.3)
        st["y"] += 0.8
        pdf.runs(X, st["y"], [("ls", "", 8.4, lab, "Tätigkeitsbereich oder Branche  "),
                              ("ls", "", 8.4, ink, branch)])
        st["y"] += 7

    head("SCHUL- UND BERUFSBILDUNG")
    for dates, title, inst, detail in [
        ("10/2013–09/2016", "Master of Science Regenerative Energiesysteme",
         "Technische Universität Dresden, Dresden (Deutschland)",
         "Schwerpunkte: Windenergie, Netzintegration, Energiewirtschaft; Masterarbeit zur Netzverträglichkeit "
         "von Windparks im Verteilnetz (Note 1,3)"),
        ("10/2009–09/2013", "Bachelor of Engineering Elektrotechnik",
         "Hochschule für Technik, Wirtschaft und Kultur Leipzig (Deutschland)", None),
    ]:
        need(18)
        label(dates)
        pdf.use("ls", "", 10.8, blue)
        pdf.at(X, st["y"], title)
        pdf.use("ls", "", 8.4, lab)
        pdf.at(R, st["y"], "EQR-Niveau 7" if "Master" in title else "EQR-Niveau 6", "R")
        st["y"] += 5
        text(inst)
        if detail:
            text(detail)
        st["y"] += 4

    head("PERSÖNLICHE FÄHIGKEITEN")
    label("Muttersprache(n)")
    text("Deutsch")
    st["y"] += 3
    need(40)
    label("Weitere Sprache(n)")
    cw = W / 5
    pdf.box(X, st["y"] - 4, W, 6, (232, 238, 248))
    pdf.use("ls", "", 8, blue)
    for txt, c0, span in [("VERSTEHEN", 0, 2), ("SPRECHEN", 2, 2), ("SCHREIBEN", 4, 1)]:
        pdf.at(X + (c0 + span / 2) * cw, st["y"], txt, "C")
    st["y"] += 5
    pdf.use("ls", "", 7, ink)
    for row in [("Hören", "Lesen", "An Gesprächen", "Zusammenhängendes", ""),
                ("", "", "teilnehmen", "Sprechen", "")]:
        for i, txt in enumerate(row):
            if txt:
                pdf.at(X + (i + 0.5) * cw, st["y"], txt, "C")
        st["y"] += 3.3
    st["y"] += 2.5
    for lang, levels, cert in [("Englisch", ["C1", "C1", "B2", "B2", "C1"], "TOEFL iBT, 104 Punkte (2015)"),
                               ("Spanisch", ["A2", "B1", "A2", "A2", "A1"], None)]:
        pdf.use("ls", "", 8.8, lab)
        pdf.at(LR, st["y"], lang, "R")
        pdf.use("ls", "", 9, ink)
        for i, lv in enumerate(levels):
            pdf.box(X + i * cw + 0.5, st["y"] - 4, cw - 1, 5.6, (244, 246, 250))
            pdf.set_text_color(*ink)
            pdf.at(X + (i + 0.5) * cw, st["y"], lv, "C")
        st["y"] += 4.6
        if cert:
            pdf.use("ls", "", 8, ink)
            pdf.at(X + W / 2, st["y"], cert, "C")
            st["y"] += 4.4
        st["y"] += 1
    text("Stufen: A1 und A2: Elementare Sprachverwendung – B1 und B2: Selbstständige Sprachverwendung – "
         "C1 und C2: Kompetente Sprachverwendung", size=7, color=(100, 100, 100))
    st["y"] += 3
    for lab_, t in [
        ("Kommunikative Fähigkeiten", "Moderation von Bürgerversammlungen und Abstimmungsterminen mit "
                                      "Gemeinden; sicheres Auftreten gegenüber Behörden und Auftraggebern"),
        ("Organisations- / Führungskompetenz", "fachliche Leitung von Projektteams mit bis zu sechs "
                                              "Personen; Termin- und Kostenverantwortung bis 9 Mio. EUR"),
        ("Berufliche Kompetenzen", "Netzanschlussplanung, Genehmigungsmanagement nach BImSchG, "
                                   "Bauüberwachung, Vertragsmanagement (FIDIC)"),
        ("Digitale Kompetenz", "MS Project, PowerFactory, PVsyst, WindPRO, AutoCAD, Python (Grundkenntnisse)"),
        ("Führerschein", "B"),
    ]:
        need(10)
        label(lab_)
        text(t, gap=3)

    head("ZUSÄTZLICHE INFORMATIONEN")
    for lab_, t in [
        ("Projekte", "Repowering Windpark Zschepplin (6 × 5,5 MW), Inbetriebnahme 2024"),
        ("Mitgliedschaften", "VDE Verband der Elektrotechnik Elektronik Informationstechnik e. V."),
        ("Ehrenamt", "Jugendtrainer Handball, SC DHfK Leipzig (seit 2018)"),
    ]:
        need(10)
        label(lab_)
        text(t, gap=3)

    head("ANLAGEN")
    text("Masterzeugnis der TU Dresden; Arbeitszeugnisse der Nordwind Projekt GmbH und der Sachsen Solar AG")
    footer()
    assert st["page"] == 2, st["page"]
    psave(pdf, os.path.join(out, "h07_de_europass.pdf"))


@layout
def h08_de_kreativ(out):
    """Creative German CV: main column left, pale right sidebar drawn after it; headings in lower
    case after a slash; bold job titles and a bold sub-label in each job."""
    pdf = PDF("Lea Marquardt - Lebenslauf")
    teal, ink, grey, mint = (0, 122, 112), (34, 38, 42), (118, 124, 128), (226, 243, 238)
    pdf.box(136, 0, 74, 297, mint)
    X, W = 16, 110
    LH = 4.4

    pdf.use("dvx", "", 30, ink)
    pdf.at(X, 28, "Lea Marquardt")
    pdf.use("dv", "B", 10, teal)
    pdf.at(X, 36, "UX-Writerin & Content-Designerin")

    def head(x, y, s):
        pdf.use("dv", "B", 12, teal)
        pdf.at(x, y, s)
        return y + 7.5

    def body(x, y, w, s, bullet=None):
        pdf.use("dv", "", 8.7, ink)
        return pdf.para(x, y, w, s, LH, bullet=bullet, ind=3.2, bcolor=teal)

    y = head(X, 52, "/ über mich")
    y = body(X, y, W, "Ich schreibe Oberflächen, die Menschen nicht lesen müssen, um sie zu verstehen. Seit "
             "acht Jahren texte ich für Apps, Websites und Formulare – am liebsten dort, wo es kompliziert "
             "wird: Tarife, Verträge, Fehlermeldungen.") + 6

    y = head(X, y, "/ stationen")
    for when, title, org, desc, items in [
        ("seit 04/2022 · Hamburg", "Senior UX-Writerin", " · Nordlicht Mobility GmbH",
         "Verantwortlich für alle Texte der Fahrkarten- und Sharing-App (2,1 Mio. aktive Nutzer*innen).",
         ["Voice-&-Tone-Leitfaden und Terminologiedatenbank aufgebaut",
          "Abbruchrate im Bezahlprozess durch neue Fehlermeldungen um 18\u00a0% gesenkt"]),
        ("05/2019 – 03/2022 · Hamburg", "Content-Designerin", " · Kontor 21 Digitalagentur",
         "Content-Strategie und Microcopy für Kundenprojekte aus Versicherung, Energie und Verwaltung.",
         ["Formularstrecken für ein Online-Bürgeramt in Leichter Sprache",
          "Workshops zu Content-First-Design für Kundenteams"]),
        ("10/2017 – 04/2019 · Bremen", "Volontärin Online-Redaktion", " · Elbufer Verlag",
         "Ausbildung in Online-Journalismus, SEO und Social Media.", []),
    ]:
        pdf.use("dv", "", 7.8, grey)
        pdf.at(X, y, when)
        pdf.runs(X, y + 4.8, [("dv", "B", 9.6, ink, title), ("dv", "", 9.6, ink, org)])
        y = body(X, y + 9.6, W, desc)
        if items:
            pdf.use("dv", "B", 8.5, ink)
            pdf.at(X, y + 0.6, "Schwerpunkte")
            y += 5
            for it in items:
                y = body(X, y, W, it, bullet="›") + 0.2
        y += 4.5
    y += 1.5

    y = head(X, y, "/ studium")
    for deg, where in [("M.A. Medienwissenschaft", "Universität Hamburg · 2017"),
                       ("B.A. Germanistik und Anglistik", "Universität Bremen · 2014")]:
        pdf.use("dv", "B", 9.2, ink)
        pdf.at(X, y, deg)
        pdf.use("dv", "", 8.5, grey)
        pdf.at(X, y + 4.4, where)
        y += 10.5
    y += 2

    y = head(X, y, "/ projekte")
    for name, desc in [("Leichte Sprache für die Fahrkarten-App",
                        "Alle Kernfunktionen zusätzlich in Leichter Sprache, geprüft mit einer Prüfgruppe der "
                        "Lebenshilfe Hamburg."),
                       ("„Kleingedrucktes“ – Newsletter über Microcopy",
                        "Monatlich, rund 3.400 Abonnent*innen aus Produkt, Design und Redaktion.")]:
        pdf.use("dv", "B", 9.2, ink)
        pdf.at(X, y, name)
        y = body(X, y + 4.6, W, desc) + 3

    # ---- sidebar, drawn after the main column
    SX, SW = 144, 58
    y = head(SX, 52, "/ kontakt")
    for s in ["lea.marquardt@posteo.de", "0151 5550 4471", "Hamburg-Altona", "leamarquardt.de"]:
        y = body(SX, y, SW, s) + 0.8
    y = head(SX, y + 7, "/ werkzeuge")
    for s in ["Figma & FigJam", "Ditto (Content-Management)", "Confluence & Jira", "Hotjar, Google Analytics",
              "Leichte Sprache nach Netzwerk-Regeln", "A/B-Tests und Textvarianten"]:
        y = body(SX, y, SW, s, bullet="›") + 0.8
    y = head(SX, y + 7, "/ sprachen")
    for s in ["Deutsch – Muttersprache", "Englisch – C2", "Dänisch – B1"]:
        y = body(SX, y, SW, s) + 0.8
    y = head(SX, y + 7, "/ offline")
    for s in ["Bouldern", "Keramik an der Drehscheibe", "Podcast über Wörter, die es nicht mehr gibt"]:
        y = body(SX, y, SW, s, bullet="›") + 0.8
    psave(pdf, os.path.join(out, "h08_de_kreativ.pdf"))


@layout
def h09_de_akademisch(out):
    """German academic CV: document title, decimal-numbered bold headings, dates and labels in a
    left margin column, page-number footer."""
    pdf = PDF("Wissenschaftlicher Lebenslauf - Katharina Vogt")
    ink, navy = (20, 20, 20), (25, 45, 95)
    L, X, R = 20, 50, 190
    W = R - X
    LH = 4.5
    st = {"y": 0, "page": 1}

    def footer():
        with pdf.local_context():
            pdf.use("dvs", "", 8, (90, 90, 90))
            pdf.at(105, 288, f"– {st['page']} –", "C")

    def need(h):
        if st["y"] + h > 278:
            footer()
            pdf.add_page()
            st["page"] += 1
            st["y"] = 22

    def head(s):
        need(18)
        st["y"] += 5
        pdf.use("dvs", "B", 11, navy)
        pdf.at(L, st["y"], s)
        st["y"] += 6.5

    def entry(margin, s, gap=1.4, margin_style=""):
        pdf.use("dvs", "", 9.2, ink)
        lines = pdf.wrap(s, W)
        need(len(lines) * LH)
        if margin:
            pdf.use("dvs", margin_style, 9.2, ink)
            pdf.at(L, st["y"], margin)
            pdf.use("dvs", "", 9.2, ink)
        for ln in lines:
            pdf.at(X, st["y"], ln)
            st["y"] += LH
        st["y"] += gap

    pdf.use("dvs", "B", 15, ink)
    pdf.at(L, 24, "Wissenschaftlicher Lebenslauf")
    pdf.hr(L, 27.5, R, navy, 0.6)
    pdf.use("dvs", "", 12, ink)
    pdf.at(L, 35, "Prof. Dr.-Ing. Katharina Vogt")
    st["y"] = 40

    head("1. Persönliche Angaben")
    for a, b in [("Geboren:", "3. August 1983 in Heilbronn"), ("Nationalität:", "deutsch"),
                 ("Familienstand:", "verheiratet, zwei Kinder (2015, 2018)"),
                 ("Dienstanschrift:", "Universität Kassel, Fachgebiet Siedlungswasserwirtschaft, "
                                      "Kurt-Wolters-Straße 3, 34125 Kassel"),
                 ("E-Mail:", "k.vogt@uni-kassel.de"), ("ORCID:", "0000-0001-7795-3316")]:
        entry(a, b, gap=0.3)

    head("2. Ausbildung")
    entry("2003–2009", "Studium des Bauingenieurwesens, Universität Stuttgart; Abschluss Diplom-Ingenieurin "
          "(mit Auszeichnung)")
    entry("2009–2013", "Promotion zur Dr.-Ing., Universität Stuttgart; Dissertation: „Mikroschadstoffe im "
          "Mischwasserabfluss – Messung, Modellierung und Bewertung“; Betreuer: Prof. Dr.-Ing. H. Brenner")
    entry("2019", "Habilitation und Venia Legendi für Siedlungswasserwirtschaft, Technische Universität "
          "Darmstadt")

    head("3. Beruflicher Werdegang")
    entry("seit 2021", "Universitätsprofessorin (W3) für Siedlungswasserwirtschaft, Universität Kassel")
    entry("2016–2021", "Leiterin der Emmy Noether-Nachwuchsgruppe „Urbane Wasserqualität“, Institut IWAR, "
          "TU Darmstadt")
    entry("2013–2016", "Postdoktorandin, Eawag – Wasserforschungsinstitut des ETH-Bereichs, Dübendorf (Schweiz)")
    entry("2009–2013", "Wissenschaftliche Mitarbeiterin, Institut für Siedlungswasserbau, Universität Stuttgart")

    head("4. Forschungsschwerpunkte")
    entry(None, "Stoffströme in urbanen Entwässerungssystemen; Mikroschadstoffe und Spurenstoffe in "
          "Regen- und Mischwasser; datengestützte Kanalnetzsteuerung; Schwammstadt-Konzepte und "
          "dezentrale Regenwasserbewirtschaftung.")

    head("5. Drittmitteleinwerbungen")
    entry("2023–2026", "DFG-Sachbeihilfe „Reifenabrieb im Straßenabfluss“ (Antragstellerin), 412.000 €")
    entry("2020–2024", "BMBF-Verbundprojekt „KlimaKanal“, Teilprojektleitung, 638.000 €")
    entry("2016–2021", "DFG Emmy Noether-Programm, Nachwuchsgruppe „Urbane Wasserqualität“, 1,4\u00a0Mio.\u00a0€")
    entry("2013–2014", "DAAD-Postdoktorandenstipendium für den Forschungsaufenthalt an der Eawag")

    head("6. Lehrtätigkeit")
    entry("seit 2021", "Vorlesungen Siedlungswasserwirtschaft I/II (Bachelor, je 4 SWS) und Urbane "
          "Hydrologie (Master, 3 SWS); Betreuung von bisher 27 Abschlussarbeiten und 6 Promotionen")
    entry("2016–2021", "Lehrveranstaltungen Regenwasserbewirtschaftung und Messtechnik (TU Darmstadt)")

    head("7. Mitgliedschaften und Gremien")
    entry("seit 2022", "Prodekanin für Forschung, Fachbereich Bauingenieur- und Umweltingenieurwesen")
    entry("seit 2019", "DWA-Fachausschuss ES-2 „Systembezogene Planung“, stellvertretende Obfrau")
    entry("seit 2014", "International Water Association (IWA); Deutsche Hydrologische Gesellschaft")

    head("8. Ausgewählte Publikationen")
    for i, p in enumerate([
        "Vogt, K.; Lindner, M.; Haas, J. (2025): Tyre wear particles in road runoff: a two-year monitoring "
        "study in Kassel. Water Research 268, 122701.",
        "Haas, J.; Vogt, K. (2023): Real-time control of combined sewer overflows using rainfall nowcasts. "
        "Journal of Hydrology 617, 129022.",
        "Vogt, K.; Brenner, H. (2020): Micropollutant loads from combined sewer overflows revisited. "
        "Environmental Science & Technology 54 (9), 5610–5619.",
        "Vogt, K. et al. (2017): Sponge city measures in German municipalities – a review. Urban Water "
        "Journal 14 (8), 842–851.",
        "Vogt, K. (2013): Mikroschadstoffe im Mischwasserabfluss. Dissertation, Stuttgarter Berichte zur "
        "Siedlungswasserwirtschaft, Bd. 219.",
    ], 1):
        entry(f"[{i}]", p)
    footer()
    psave(pdf, os.path.join(out, "h09_de_akademisch.pdf"))


@layout
def h10_de_wordvorlage(out):
    """German CV from a Word template: built-in Title and Subtitle for name and job title, built-in
    Heading 2 for the section headings; bold capital employer runs; bold sub-label paragraphs; an
    IT skills table in the Table Grid style with a bold header row."""
    d = dnew("Calibri", 10.5, margins=(18, 20, 18, 20), after=2, line=1.08)
    RT = [(170, "R")]
    P(d, ["Tobias Schröder"], style="Title")
    P(d, ["Wirtschaftsinformatiker (M.Sc.) · SAP-Berater Logistik"], style="Subtitle")
    P(d, ["Podbielskistraße 88 · 30177 Hannover · 0172 5550 6634 · tobias.schroeder@mailbox.org"], sa=6)

    P(d, ["Kurzprofil"], style="Heading 2")
    P(d, ["SAP-Inhouse-Berater mit sieben Jahren Erfahrung in EWM und MM bei Handel und Logistik. Ich "
          "übersetze zwischen Lagerhalle und IT, leite Rollouts und schreibe Konzepte, die auch das "
          "Lagerteam versteht."], align="J")

    P(d, ["Beruflicher Werdegang"], style="Heading 2")
    for title, dates, comp, place, items in [
        ("SAP Inhouse Consultant EWM/MM", "seit 10/2021", "HEIDEKAMP HANDELS GMBH", ", Hannover",
         ["Einführung von SAP EWM in zwei Zentrallagern (58.000 Palettenplätze)",
          "Senkung der Kommissionierfehler um 35 % durch RF-Prozesse mit Scannern",
          "Key-User-Netzwerk mit 14 Kolleginnen und Kollegen aufgebaut"]),
        ("Junior-Berater SAP Logistik", "08/2018 – 09/2021", "NORDCON IT-SERVICES AG", ", Braunschweig",
         ["Customizing MM/WM in Kundenprojekten (Automotive, Lebensmittel)",
          "Datenmigration mit LSMW und Migration Cockpit"]),
        ("Werkstudent IT-Logistik", "04/2016 – 07/2018", "VAHRENWALD REIFENWERK GMBH", ", Hannover",
         []),
    ]:
        P(d, [(title, {"b": True}), ("\t" + dates, {})], tabs=RT, sb=6, sa=0, keep=True)
        P(d, [(comp, {"b": True, "size": 9.5, "color": "595959"}), (place, {"size": 9.5, "color": "595959"})],
          sa=2, keep=bool(items))
        if items:
            P(d, [("Erfolge:", {"b": True})], sa=0, keep=True)
            for it in items:
                P(d, [it], style="List Bullet", sa=0)

    P(d, ["Studium"], style="Heading 2")
    P(d, [("M.Sc. Wirtschaftsinformatik", {"b": True}), ("\t2016 – 2018", {})], tabs=RT, sa=0)
    P(d, ["Leibniz Universität Hannover – Masterarbeit: Slotting-Optimierung im Lager mit SAP EWM (1,3)"], sa=3)
    P(d, [("B.Sc. Wirtschaftsinformatik", {"b": True}), ("\t2012 – 2016", {})], tabs=RT, sa=0)
    P(d, ["Technische Universität Braunschweig"], sa=2)

    P(d, ["IT-Kenntnisse"], style="Heading 2")
    t = tbl(d, 5, [45, 95, 30], style="Table Grid")
    rows = [("Bereich", "Kenntnisse", "Niveau"),
            ("SAP Logistik", "EWM, MM, WM, LE-SHP, Fiori-Apps", "sehr gut"),
            ("Entwicklung", "ABAP (Reports, BAdIs), SQL, Python", "gut"),
            ("Integration", "IDoc, OData, SAP PI/PO", "gut"),
            ("Werkzeuge", "Jira, Confluence, SAP Solution Manager", "sehr gut")]
    for ri, (r, vals) in enumerate(zip(t.rows, rows)):
        for c, v in zip(r.cells, vals):
            cell_p(c, [(v, {"b": ri == 0})], sa=0)
            if ri == 0:
                shade_cell(c, "D9E2F3")
    P(d, [], sa=0)

    P(d, ["Sprachen"], style="Heading 2")
    P(d, ["Deutsch (Muttersprache) · Englisch (verhandlungssicher, C1) · Polnisch (Grundkenntnisse)"])

    P(d, ["Zertifikate"], style="Heading 2")
    for it in ["SAP Certified Application Associate – SAP Extended Warehouse Management (2022)",
               "Professional Scrum Product Owner I (2020)"]:
        P(d, [it], style="List Bullet", sa=0)

    P(d, ["Ehrenamt"], style="Heading 2")
    P(d, ["Seit 2019 Kassenwart der Tafel Hannover-Linden e. V.; Einsatzplanung der Fahrerinnen und Fahrer."])
    dsave(d, os.path.join(out, "h10_de_wordvorlage.docx"), "Lebenslauf Tobias Schroeder")


@layout
def h11_de_handwerk(out):
    """German trade CV in Word: a dark shaded one-row table as header band (name, job title, photo);
    first-person headings as bold green paragraphs with a thick left bar; dated paragraphs with a
    hanging indent; bold capital employer runs; a bold sub-label paragraph in each job."""
    d = dnew("Arial", 10, margins=(14, 18, 16, 18), after=1.5, line=1.1)
    green = "2E6B30"
    band = tbl(d, 1, [128, 46], margins=(3, 5, 3, 4))
    c0, c1 = band.rows[0].cells
    for c in (c0, c1):
        shade_cell(c, "1E3F22")
    cell_valign(c0, "center")
    cell_p(c0, [("Marco Lehmann", {"b": True, "size": 24, "color": "FFFFFF"})], sa=2)
    cell_p(c0, [("Elektroniker für Energie- und Gebäudetechnik", {"size": 12, "color": "DDEEDD"})], sa=4)
    cell_p(c0, [("Kolbermoorer Straße 17 · 83026 Rosenheim", {"size": 9, "color": "FFFFFF"})], sa=0)
    cell_p(c0, [("0160 5550 7812 · m.lehmann-elektro@gmx.de", {"size": 9, "color": "FFFFFF"})], sa=0)
    p = cell_p(c1, [], align="R", sa=0)
    p.add_run().add_picture(io.BytesIO(png_bytes(silhouette(bg=(220, 226, 220)))), width=Mm(30))

    def head(s):
        p = P(d, [(s, {"b": True, "size": 12.5, "color": green})], sb=12, sa=4, keep=True, ind=2)
        border(p, "left", 24, green, 6)

    TAB = [(40, "L")]

    def dated(date, runs, sa=0):
        return P(d, [date + "\t"] + runs, tabs=TAB, ind=40, first=-40, sa=sa, keep=True)

    head("Zu meiner Person")
    for a, b in [("Geburtsdatum:", "21.09.1995 in Traunstein"), ("Familienstand:", "verheiratet"),
                 ("Führerschein:", "Klassen B, BE und C1E, eigener Pkw")]:
        dated(a, [b])

    head("Mein Werdegang")
    for date, comp, place, role, items in [
        ("08/2019 – heute", "ELEKTRO WAGNER GMBH & CO. KG", ", Rosenheim", "Obermonteur",
         ["Leitung von Baustellen im Wohnungsbau mit zwei bis vier Monteuren",
          "Planung und Installation von KNX-Anlagen und PV-Anlagen mit Speicher",
          "Abnahmemessungen nach DIN VDE 0100-600 und Erstellung der Prüfprotokolle"]),
        ("02/2016 – 07/2019", "INNTAL ENERGIETECHNIK GMBH", ", Kolbermoor", "Elektroniker (Geselle)",
         ["Installation in Gewerbe- und Industriebauten, Zählerschrankumbauten",
          "Störungsdienst und Rufbereitschaft"]),
    ]:
        dated(date, [(comp, {"b": True}), place], sa=0)
        P(d, [(role, {"i": True})], ind=40, sa=2, keep=True)
        P(d, [("Meine Aufgaben:", {"b": True})], ind=40, sa=0, keep=True)
        for it in items:
            P(d, ["– " + it], ind=44, first=-4, sa=0)
        P(d, [], sa=2)

    head("Meine Ausbildung")
    dated("09/2012 – 01/2016", [("Ausbildung zum Elektroniker für Energie- und Gebäudetechnik", {"b": True})])
    P(d, ["Elektro Huber, Traunstein – Gesellenprüfung mit der Note 1,8"], ind=40, sa=4)
    dated("07/2012", [("Mittlere Reife", {"b": True})])
    P(d, ["Staatliche Realschule Traunstein"], ind=40, sa=2)

    head("Was ich kann")
    for it in ["KNX-Programmierung mit ETS6, Gira und MDT", "PV-Anlagen bis 30 kWp inklusive Speicher und Wallbox",
               "Prüfen und Messen nach DIN VDE 0100-600 und 0105-100",
               "Grundkenntnisse SPS (Siemens LOGO!, S7-1200)", "Lesen von Schalt- und Installationsplänen"]:
        P(d, ["• " + it], ind=4, first=-4, sa=0)

    head("Scheine & Zertifikate")
    for it in ["Ausbildereignungsprüfung (AEVO), IHK München, 2023", "KNX Partner-Zertifikat, 2020",
               "Hubarbeitsbühnen-Bedienerausweis IPAF 3a/3b, 2019"]:
        P(d, ["• " + it], ind=4, first=-4, sa=0)

    head("Sprachen")
    P(d, ["Deutsch (Muttersprache), Englisch (Schulkenntnisse)"])

    head("In meiner Freizeit")
    P(d, ["Freiwillige Feuerwehr Kolbermoor (Atemschutzgeräteträger), Mountainbiken, Schafkopf mit Freunden"])
    P(d, ["Rosenheim, im März 2026"], sb=16)
    dsave(d, os.path.join(out, "h11_de_handwerk.docx"), "Lebenslauf Marco Lehmann")


# ======================================================================== FR

@layout
def h12_fr_etatcivil(out):
    """Classic French CV in a serif face: centred name and tagline, bold capital headings with a
    drawn underline, dates in a left margin column, bold capital employer names."""
    pdf = PDF("CV Nathalie Girard")
    ink = (15, 15, 15)
    L, X, R = 20, 52, 190
    W = R - X
    LH = 4.7

    pdf.use("lr", "B", 18, ink)
    pdf.at(105, 24, "Nathalie GIRARD", "C")
    pdf.use("lr", "I", 11.5, ink)
    pdf.at(105, 31, "Assistante de direction bilingue – 12 ans d’expérience", "C")
    pdf.use("lr", "", 9.8, ink)
    pdf.at(105, 37.5, "12, rue des Capucins – 69001 Lyon  ·  06 55 55 41 28  ·  nathalie.girard@orange.fr", "C")
    y = 48

    def head(s, y):
        pdf.use("lr", "B", 11.5, ink)
        pdf.at(L, y, s)
        pdf.hr(L, y + 1.1, L + pdf.sw(s), ink, 0.35)
        return y + 7

    def txt(x, y, s, style="", w=None, bullet=None):
        pdf.use("lr", style, 10.3, ink)
        return pdf.para(x, y, w or (R - x), s, LH, bullet=bullet, ind=3.5)

    y = head("ÉTAT CIVIL", y)
    for s in ["Née le 14 février 1988 à Villeurbanne", "Nationalité française", "Mariée, un enfant",
              "Permis B, véhiculée"]:
        y = txt(L, y, s)
    y += 4

    y = head("FORMATION", y)
    for yr, s in [("2010", "Licence professionnelle Assistant(e) de direction bilingue – Université Lumière Lyon 2"),
                  ("2009", "BTS Assistant de manager – Lycée La Martinière Duchère, Lyon"),
                  ("2007", "Baccalauréat ES, mention bien – Lycée Ampère, Lyon")]:
        pdf.use("lr", "", 10.3, ink)
        pdf.at(L, y, yr)
        y = txt(X, y, s) + 0.8
    y += 3.5

    y = head("EXPÉRIENCE PROFESSIONNELLE", y)
    for per, comp, place, role, items in [
        ("Depuis 2016", "GROUPE VERLAINE IMMOBILIER", " – Lyon 3e",
         "Assistante de direction du Président et du Directeur général",
         ["Gestion des agendas, organisation des conseils d’administration et rédaction des procès-verbaux",
          "Préparation des déplacements en France et à l’étranger (Espagne, Royaume-Uni)",
          "Suivi des dossiers confidentiels et interface avec les 14 agences du groupe"]),
        ("2012 – 2016", "LABORATOIRES SAÔNE-RHÔNE", " – Marcy-l’Étoile",
         "Assistante commerciale export (zone Amérique latine)",
         ["Traitement des commandes, facturation et suivi des crédits documentaires",
          "Accueil des clients étrangers et organisation des salons professionnels"]),
        ("2010 – 2012", "CABINET FAURE & ASSOCIÉS", " – avocats, Lyon 2e", "Secrétaire juridique",
         ["Frappe des actes, gestion du courrier et des délais de procédure"]),
    ]:
        pdf.use("lr", "", 10.3, ink)
        pdf.at(L, y, per)
        pdf.runs(X, y, [("lr", "B", 10.3, ink, comp), ("lr", "", 10.3, ink, place)])
        y = txt(X, y + LH, role, "I")
        for it in items:
            y = txt(X, y, it, bullet="–")
        y += 3
    y += 0.5

    y = head("STAGES", y)
    for per, comp, rest in [("2009 (8 sem.)", "MAIRIE DE VILLEURBANNE", " – Cabinet du Maire, assistante"),
                            ("2008 (6 sem.)", "TRANSPORTS MOREL", " – Vénissieux, accueil et standard")]:
        pdf.use("lr", "", 10.3, ink)
        pdf.at(L, y, per)
        pdf.runs(X, y, [("lr", "B", 10.3, ink, comp), ("lr", "", 10.3, ink, rest)])
        y += LH + 0.8
    y += 3.5

    y = head("LANGUES", y)
    for s in ["Anglais : courant (TOEIC 935/990, 2019)", "Espagnol : bon niveau professionnel",
              "Italien : notions"]:
        y = txt(L, y, s)
    y += 4

    y = head("INFORMATIQUE", y)
    y = txt(L, y, "Pack Office (Word et Excel niveau avancé, PowerPoint), Outlook, Teams, SAP (module SD), "
            "Sage 100 ; dactylographie 70 mots/minute") + 4

    y = head("CENTRES D’INTÉRÊT", y)
    txt(L, y, "Chorale (soprano au Chœur de la Croix-Rousse), randonnée dans le Vercors, bénévolat à la "
        "bibliothèque de mon quartier")
    psave(pdf, os.path.join(out, "h12_fr_etatcivil.pdf"))


@layout
def h13_fr_pictos(out):
    """Creative French CV: dark left sidebar drawn first (photo, name, headings with pictogram
    characters), main column with bold capital headings over a short coloured bar; employer names
    in coloured capitals."""
    pdf = PDF("CV Ines Benali")
    side, accent, ink, grey = (36, 48, 70), (236, 122, 92), (30, 34, 44), (110, 116, 126)
    pdf.box(0, 0, 70, 297, side)
    pdf.photo(round_photo(300, bg=side), 20, 14, 30, 30)
    SX, SW = 10, 52
    LH = 4.4
    pdf.use("dv", "B", 17, (255, 255, 255))
    pdf.at(35, 56, "Inès Benali", "C")
    pdf.use("dv", "", 9, (205, 212, 225))
    pdf.at(35, 62.5, "Chargée de communication digitale", "C")

    def shead(s, y):
        pdf.use("dv", "B", 11.5, (255, 255, 255))
        pdf.at(SX, y, s)
        pdf.hr(SX, y + 2.2, SX + SW, accent, 0.5)
        return y + 8

    def stext(y, s, bullet=None):
        pdf.use("dv", "", 8.5, (228, 232, 240))
        return pdf.para(SX, y, SW, s, LH, bullet=bullet, ind=3, bcolor=accent) + 0.7

    y = shead("✉ Me contacter", 78)
    for s in ["06 55 55 18 72", "ines.benali@proton.me", "Marseille (13006)", "linkedin.com/in/inesbenali"]:
        y = stext(y, s)
    y = shead("⚙ Compétences", y + 7)
    for s in ["Stratégie social media", "Community management", "Meta Business Suite, Hootsuite",
              "Canva, Adobe Premiere Rush", "Rédaction web & SEO", "Google Analytics 4", "Communication de crise"]:
        y = stext(y, s, bullet="•")
    y = shead("✎ Langues", y + 7)
    for s in ["Français — langue maternelle", "Arabe — courant", "Anglais — B2 (TOEIC 845)"]:
        y = stext(y, s)
    y = shead("♫ Loisirs", y + 7)
    for s in ["Photo argentique", "Volley-ball en club (Nationale 3)", "Podcasts culturels"]:
        y = stext(y, s)

    # ---- main column
    X, R = 80, 196
    W = R - X

    def head(s, y):
        pdf.use("dv", "B", 12, side)
        pdf.at(X, y, s)
        pdf.box(X, y + 2, 10, 1.1, accent)
        return y + 9

    def text(y, s, bullet=None):
        pdf.use("dv", "", 8.8, ink)
        return pdf.para(X, y, W, s, LH, bullet=bullet, ind=3.2, bcolor=accent)

    y = head("PROFIL", 22)
    y = text(y, "Six ans de communication digitale pour le tourisme, l’économie sociale et les agences. "
             "J’aime raconter un territoire, construire une communauté qui répond et mesurer ce qui marche "
             "vraiment.") + 6
    y = head("EXPÉRIENCES", y)
    for title, comp, city, dates, items in [
        ("Chargée de communication digitale", "CALANQUES EXPÉRIENCES", " · Marseille", "Depuis 2022",
         ["Pilotage des réseaux sociaux (Instagram, TikTok, LinkedIn) : 48\u00a0000 abonnés, +65\u00a0% en deux ans",
          "Production de contenus vidéo courts avec les guides et les partenaires locaux",
          "Gestion d’un budget média de 40\u00a0000\u00a0€ par an"]),
        ("Community manager", "AGENCE PIXEL SUD", " · Aix-en-Provence", "2019 – 2022",
         ["Animation des comptes de 9 clients (restauration, culture, immobilier)",
          "Reporting mensuel et recommandations éditoriales"]),
        ("Chargée de communication (alternance)", "MUTUELLE DU LITTORAL", " · Toulon", "2017 – 2019",
         ["Journal interne, newsletter adhérents et refonte de la page Facebook"]),
    ]:
        pdf.use("dv", "B", 10.2, ink)
        pdf.at(X, y, title)
        pdf.runs(X, y + 4.8, [("dv", "", 8.6, accent, comp), ("dv", "", 8.6, grey, city)])
        pdf.use("dv", "", 8.3, grey)
        pdf.at(R, y + 4.8, dates, "R")
        y += 9.8
        for it in items:
            y = text(y, it, bullet="•") + 0.3
        y += 4
    y += 1
    y = head("FORMATION", y)
    for deg, where in [("Master Communication des organisations", "Aix-Marseille Université · 2019"),
                       ("Licence Information-communication", "Université de Toulon · 2017")]:
        pdf.use("dv", "B", 9.6, ink)
        pdf.at(X, y, deg)
        pdf.use("dv", "", 8.5, grey)
        pdf.at(X, y + 4.4, where)
        y += 10.5
    y += 1.5
    y = head("PROJETS PERSONNELS", y)
    pdf.use("dv", "B", 9.6, ink)
    pdf.at(X, y, "« Marseille en 24 poses »")
    y = text(y + 4.6, "Exposition de photos argentiques des quartiers nord, présentée à la Friche la Belle de Mai "
             "en 2023, et compte Instagram associé (6\u00a0500 abonnés).") + 6
    y = head("BÉNÉVOLAT", y)
    text(y, "Depuis 2020 – Responsable communication de l’épicerie solidaire Les Paniers du Panier : "
         "affiches, réseaux sociaux, relations avec la presse locale.")
    psave(pdf, os.path.join(out, "h13_fr_pictos.pdf"))


@layout
def h14_fr_academique(out):
    """French academic CV in Word: headings as bold paragraphs on a light grey shaded band; entries
    with bold years, a tab and a hanging indent; bold-italic sub-label paragraphs inside the
    publication list."""
    d = dnew("Cambria", 10.5, margins=(18, 20, 18, 20), after=2, line=1.05)
    navy = "1F3A5F"

    def head(s):
        p = P(d, [(s, {"b": True, "size": 11.5, "color": navy})], sb=10, sa=4, keep=True)
        shade_p(p, "E7E6E6")

    def item(year, text, sa=2, bold=True):
        runs = [(year, {"b": bold}), "\t" + text] if year else ["\t" + text]
        return P(d, runs, tabs=[(32, "L")], ind=32, first=-32, sa=sa)

    P(d, [("Julien Moreau-Lefèvre", {"b": True, "size": 18, "color": navy})], sa=1)
    P(d, [("Maître de conférences HDR en informatique (section CNU 27)", {"i": True, "size": 11})], sa=1)
    P(d, ["Université de Lorraine – LORIA (UMR 7503), Campus scientifique, 54506 Vandœuvre-lès-Nancy"], sa=0)
    P(d, ["julien.moreau-lefevre@univ-lorraine.fr · +33 3 55 55 20 41 · page perso : members.loria.fr/JML"],
      sa=6)

    head("Thèmes de recherche")
    P(d, ["Apprentissage automatique frugal ; apprentissage sur des séries temporelles multivariées ; "
          "détection d’anomalies dans les réseaux de capteurs industriels ; explicabilité des modèles "
          "profonds pour les experts métier."], align="J")

    head("Fonctions occupées")
    item("Depuis 2015", "Maître de conférences, IUT Nancy-Charlemagne et LORIA, équipe Orpailleur")
    item("2013 – 2015", "Post-doctorant, Inria Saclay – Île-de-France, équipe TAU")
    item("2012 – 2013", "Attaché temporaire d’enseignement et de recherche (ATER), Université Paris-Sud")

    head("Titres universitaires")
    item("2023", "Habilitation à diriger des recherches, Université de Lorraine – « Apprendre avec peu : "
                 "modèles frugaux pour les séries temporelles »")
    item("2012", "Doctorat en informatique, Université Paris-Sud, sous la direction de M. Sebag et "
                 "P. Gallinari")
    item("2008", "Master 2 Recherche « Apprentissage, information et contenu », Université Paris-Sud")

    head("Enseignement")
    P(d, ["Environ 220 heures équivalent TD par an à l’IUT et en master : algorithmique, bases de données, "
          "apprentissage automatique, projet tutoré. Responsable de la licence professionnelle « Data "
          "science pour l’industrie » depuis 2019 (28 étudiants par an, en alternance)."], align="J")

    head("Encadrement doctoral")
    item("2021 – 2024", "Clara Martin (co-direction 50 %), thèse CIFRE avec ArcelorMittal, soutenue le "
                        "12 décembre 2024 ; aujourd’hui ingénieure de recherche chez Safran")
    item("2023 – ", "Youssef Amrani (direction 100 %), financement ANR JCJC")
    item("2024 – ", "Léa Schmitt (co-direction 30 %), contrat doctoral Région Grand Est")

    head("Contrats et financements")
    item("2022 – 2026", "ANR JCJC FRUGAL-TS, porteur du projet, 245 k€")
    item("2019 – 2022", "Projet Région Grand Est « Capteurs intelligents pour la sidérurgie », 85 k€")
    item("2017", "Prime d’encadrement doctoral et de recherche (PEDR), renouvelée en 2021")

    head("Publications choisies")
    P(d, [("Revues internationales", {"b": True, "i": True})], sa=2, keep=True)
    for ref, t in [("[J1]", "C. Martin, J. Moreau-Lefèvre. Frugal anomaly detection for multivariate sensor "
                            "streams. Machine Learning 114(3), 2025."),
                   ("[J2]", "J. Moreau-Lefèvre, A. Napoli. Explaining deep time-series classifiers to domain "
                            "experts. Data Mining and Knowledge Discovery 37, 2023."),
                   ("[J3]", "J. Moreau-Lefèvre, M. Sebag. Sparse shapelets for early classification. IEEE "
                            "Transactions on Knowledge and Data Engineering 28(9), 2016.")]:
        item(ref, t, bold=False)
    P(d, [("Conférences internationales avec comité de lecture", {"b": True, "i": True})], sb=4, sa=2, keep=True)
    for ref, t in [("[C1]", "Y. Amrani, J. Moreau-Lefèvre. Few-shot drift adaptation on the edge. ECML-PKDD 2025."),
                   ("[C2]", "C. Martin, J. Moreau-Lefèvre, L. Schmitt. Budgeted active learning for industrial "
                            "time series. IJCAI 2023."),
                   ("[C3]", "J. Moreau-Lefèvre. Early classification with calibrated confidence. ICDM 2018.")]:
        item(ref, t, bold=False)

    head("Responsabilités scientifiques")
    for t in ["Membre du comité de programme d’ECML-PKDD (2021–2025) et d’IJCAI (2023–2025)",
              "Relecteur pour JMLR, Machine Learning, IEEE TKDE et Pattern Recognition",
              "Membre élu du conseil de laboratoire du LORIA (2020–2024)"]:
        P(d, ["– " + t], ind=4, first=-4, sa=1)
    dsave(d, os.path.join(out, "h14_fr_academique.docx"), "CV Julien Moreau-Lefevre")


@layout
def h15_fr_numerote(out):
    """French marketing CV: two-digit numbered headings (number in the accent colour, title in
    bold), bold job titles, employer names in coloured capitals, a bold sub-label in each job."""
    pdf = PDF("Camille Rousseau - CV")
    acc, ink, grey = (186, 62, 98), (28, 28, 34), (112, 112, 120)
    L, R = 20, 192
    W = R - L
    LH = 4.3
    pdf.box(14, 13, 1.6, 26, acc)
    pdf.use("dv", "B", 24, ink)
    pdf.at(L, 23, "Camille Rousseau")
    pdf.use("dv", "", 11, grey)
    pdf.at(L, 30.5, "Responsable marketing produit · cosmétique & beauté")
    pdf.use("dv", "", 8.6, ink)
    pdf.at(L, 37, "Paris 11e  ·  06 55 55 37 90  ·  camille.rousseau@icloud.com  ·  linkedin.com/in/camillerousseau")
    y = 50

    def head(num, title, y):
        pdf.runs(L, y, [("dv", "B", 12.5, acc, num), ("dv", "", 12.5, grey, " · "), ("dv", "B", 12.5, ink, title)])
        pdf.hr(L, y + 2.4, R, (225, 225, 230), 0.3)
        return y + 8.3

    def text(y, s, bullet=None, x=L, w=W):
        pdf.use("dv", "", 8.6, ink)
        return pdf.para(x, y, w, s, LH, bullet=bullet, ind=3.2, bcolor=acc)

    y = head("01", "Profil", y)
    y = text(y, "Dix ans de marketing produit dans la beauté, de la formulation au lancement en magasin. "
             "Je pilote des gammes de bout en bout, avec une obsession pour les données consommateurs et "
             "les calendriers tenus.") + 5

    y = head("02", "Expériences", y)
    for title, comp, dates, items in [
        ("Responsable marketing produit – soins visage", "MAISON ORLANE · PARIS", "depuis 2021",
         ["Gamme de 14 références, 38 M€ de chiffre d’affaires, 11 pays",
          "Lancement de la ligne « Sève » : +22\u00a0% de parts de marché en pharmacie en un an"]),
        ("Chef de produit senior", "LABORATOIRES VERDON · LYON", "2017 – 2021",
         ["Refonte du packaging éco-conçu : –35\u00a0% de plastique sur la gamme solaire"]),
        ("Chef de produit junior", "BEAUTÉ DIRECTE · NEUILLY-SUR-SEINE", "2015 – 2017", []),
    ]:
        pdf.use("dv", "B", 9.8, ink)
        pdf.at(L, y, title)
        pdf.use("dv", "", 8.3, grey)
        pdf.at(R, y, dates, "R")
        pdf.use("dv", "", 8.2, acc)
        pdf.at(L, y + 4.4, comp)
        y += 9.2
        if items:
            pdf.use("dv", "B", 8.6, ink)
            pdf.at(L, y, "Résultats")
            y += 4.5
            for it in items:
                y = text(y, it, bullet="›") + 0.2
        y += 3
    y += 2

    y = head("03", "Formation", y)
    for deg, where in [("Master Grande École – spécialisation marketing", "ESSEC Business School · 2015"),
                       ("Licence de chimie", "Université Claude Bernard Lyon 1 · 2012")]:
        pdf.runs(L, y, [("dv", "B", 9.2, ink, deg), ("dv", "", 8.6, grey, "  —  " + where)])
        y += 5.2
    y += 4

    y = head("04", "Compétences clés", y)
    cols = [["Stratégie de gamme et pricing", "Études consommateurs (Nielsen, IRI)", "Brief agences et packaging"],
            ["Gestion de projet (Monday, Asana)", "Réglementation cosmétique UE", "Power BI, Excel avancé"]]
    yy = y
    for ci, col in enumerate(cols):
        y2 = yy
        for s in col:
            y2 = text(y2, s, bullet="•", x=L + ci * 86, w=82)
        y = max(y, y2)
    y += 4

    y = head("05", "Langues", y)
    y = text(y, "Français (langue maternelle) · Anglais (courant, C1) · Italien (intermédiaire, B1)") + 5

    y = head("06", "Certifications", y)
    y = text(y, "Google Analytics 4 (2024) · Certificat « Marketing durable », HEC Paris Executive Education (2022)") + 5

    y = head("07", "Engagements", y)
    y = text(y, "Mentore bénévole chez Article 1 depuis 2019 : accompagnement de jeunes de milieux populaires "
             "vers leurs premiers stages.") + 5

    y = head("08", "Références", y)
    text(y, "Hélène Vasseur, directrice marketing, Maison Orlane — coordonnées communiquées sur demande.")
    psave(pdf, os.path.join(out, "h15_fr_numerote.pdf"))


@layout
def h16_fr_tableau(out):
    """French engineering CV in Word where everything below the name sits in one borderless
    two-column table: headings are merged full-width rows (bold capitals, light blue shading, bottom
    border); bold sub-label cells in the skills rows; bold job titles at the start of entries."""
    d = dnew("Arial", 9.8, margins=(16, 18, 16, 18), after=1, line=1.08)
    blue = "0B4F8A"
    P(d, [("Antoine Mercier", {"b": True, "size": 20, "color": blue})], sa=1)
    P(d, [("Ingénieur automaticien – 9 ans d’expérience en industrie aéronautique et agroalimentaire",
           {"size": 11})], sa=1)
    P(d, ["31300 Toulouse · 07 55 55 62 14 · antoine.mercier@laposte.net · né en 1991"], sa=8)

    plan = []  # (kind, data)

    def head(s):
        plan.append(("H", s))

    def row(left, paras, bold_left=False):
        plan.append(("R", (left, paras, bold_left)))

    def full(paras):
        plan.append(("F", paras))

    head("PROFIL")
    full([["Automaticien passionné par la mise en service : de l’analyse fonctionnelle jusqu’au "
           "démarrage en production, en France et à l’international (Mexique, Pologne, Maroc)."]])
    head("COMPÉTENCES TECHNIQUES")
    for a, b in [("Automatismes", "Siemens TIA Portal (S7-1500, Safety), Schneider EcoStruxure, Grafcet"),
                 ("Supervision", "WinCC Unified, Ignition, PcVue"),
                 ("Réseaux", "Profinet, Modbus TCP, OPC UA, MQTT"),
                 ("Sécurité machines", "EN ISO 13849-1, analyses de risques, validation SISTEMA")]:
        row(a, [[b]], bold_left=True)
    head("EXPÉRIENCE PROFESSIONNELLE")
    for dates, title, comp, items in [
        ("Depuis 2020", "Ingénieur automaticien", " — HYDRALIS SAS, Toulouse",
         ["Conception et mise en service de bancs d’essais hydrauliques pour trains d’atterrissage",
          "Encadrement de deux techniciens et d’un alternant",
          "Réduction de 30 % du temps de mise en service grâce à une bibliothèque de blocs standardisés"]),
        ("2016 – 2020", "Automaticien mise en service", " — AGRIPACK SYSTÈMES, Montauban",
         ["Lignes de conditionnement pour l’agroalimentaire : programmation, essais FAT/SAT",
          "Déplacements 40 % (Mexique, Pologne, Maroc)"]),
    ]:
        row(dates, [[(title, {"b": True}), comp]] + [["– " + it] for it in items])
    head("FORMATION")
    row("2016", [[("Diplôme d’ingénieur", {"b": True}), " – INSA Toulouse, spécialité Automatique et "
                  "électronique"]])
    row("2013", [["Classes préparatoires PT – Lycée Pierre-de-Fermat, Toulouse"]])
    head("CERTIFICATIONS")
    row("2023", [["Siemens Certified Programmer TIA Portal (niveau 2)"]])
    row("2021", [["Habilitation électrique BR / B2V / BC, renouvelée en 2024"]])
    head("LANGUES")
    row("Anglais", [["courant (TOEIC 890), réunions techniques et rédaction"]])
    row("Espagnol", [["opérationnel (B2), deux ans de mises en service au Mexique"]])
    head("DIVERS")
    full([["Permis B · Mobilité France et Europe · Rugby à XV en loisir · Impression 3D"]])

    t = tbl(d, len(plan), [34, 140], margins=(0.8, 1.5, 0.8, 1.5))
    for r, (kind, data) in zip(t.rows, plan):
        c0, c1 = r.cells
        if kind == "H":
            m = c0.merge(c1)
            shade_cell(m, "DCE9F5")
            cell_border(m, "bottom", 8, blue)
            cell_p(m, [(data, {"b": True, "size": 11, "color": blue})], sb=2, sa=2)
        elif kind == "F":
            m = c0.merge(c1)
            for para in data:
                cell_p(m, para, sb=3, sa=5)
        else:
            left, paras, bold_left = data
            cell_p(c0, [(left, {"b": bold_left})], sb=2, sa=1)
            for i, para in enumerate(paras):
                dash = isinstance(para[0], str) and para[0].startswith("– ")
                cell_p(c1, para, sb=2 if i == 0 else 0, sa=3 if i == len(paras) - 1 else 0,
                       ind=3.5 if dash else None, first=-3.5 if dash else None)
    dsave(d, os.path.join(out, "h16_fr_tableau.docx"), "CV Antoine Mercier")


@layout
def h17_fr_sobre(out):
    """Sober French journalist CV in Word: Times New Roman, headings as non-styled bold underlined
    paragraphs; entries open with a bold date label ending in a colon; media names in bold capitals
    inside the entries."""
    d = dnew("Times New Roman", 11, margins=(20, 22, 20, 22), after=3, line=1.05)

    def head(s):
        P(d, [(s, {"b": True, "u": True, "size": 12})], sb=12, sa=4, keep=True)

    def entry(label, parts):
        runs = [(label, {"b": True})]
        for i, prt in enumerate(parts):
            runs.append((prt, {"b": True}) if i % 2 == 1 else prt)
        P(d, runs, align="J", ind=5, first=-5, sa=3)

    P(d, [("Hélène MARCHETTI", {"b": True, "size": 16})], align="C", sa=1)
    P(d, [("Journaliste – rédactrice économie et social", {"i": True, "size": 12})], align="C", sa=1)
    P(d, ["5, rue Thiers – 38000 Grenoble – 06 55 55 90 03 – helene.marchetti@free.fr"], align="C", sa=8)

    head("En bref")
    P(d, ["Dix ans de presse régionale et de pige. Spécialisée dans l’économie locale, le travail et les "
          "services publics. Habituée aux enquêtes longues comme aux bouclages du soir."], align="J")

    head("Parcours")
    entry("Depuis 2020 : ", ["journaliste rédactrice au service Économie du ", "COURRIER DE L’ISÈRE",
                             " (quotidien régional, Grenoble). Enquêtes sur la désindustrialisation de la "
                             "vallée, suivi des conflits sociaux, chronique hebdomadaire « Au boulot »."])
    entry("2016 – 2020 : ", ["journaliste pigiste pour ", "ALTERNATIVES RHÔNE-ALPES", ", ",
                             "LA LETTRE DU SOCIAL", " et ", "RADIO GRÉSIVAUDAN",
                             " (reportages, portraits, chroniques radio)."])
    entry("2014 – 2016 : ", ["secrétaire de rédaction à l’", "HEBDO DES ALPES",
                             " (Chambéry) : édition, titraille, mise en page sous InDesign."])

    head("Cursus")
    entry("2014 : ", ["master de journalisme, École de journalisme de Grenoble – mention bien."])
    entry("2012 : ", ["licence d’histoire, Université Grenoble Alpes."])

    head("Savoir-faire")
    for s in ["Enquête, recoupement et vérification des faits, data-journalisme (tableur, Datawrapper)",
              "Écriture web et print, podcasts, interviews filmées au smartphone",
              "Outils : InDesign, Méthode (CMS), Audacity, Premiere Rush"]:
        P(d, ["– " + s], ind=5, first=-5, sa=1)

    head("Langues pratiquées")
    P(d, ["Italien : bilingue (famille paternelle) ; anglais : courant ; allemand : lu."])

    head("Prix")
    entry("2023 : ", ["prix de l’enquête locale du Club de la presse Auvergne-Rhône-Alpes pour la série "
                      "« Les oubliés de la papeterie »."])

    head("Vie associative")
    P(d, ["Trésorière de l’association Reporters des Alpes ; ateliers d’éducation aux médias dans deux "
          "collèges de l’agglomération avec la Ligue de l’enseignement."], align="J")
    dsave(d, os.path.join(out, "h17_fr_sobre.docx"), "CV Helene Marchetti")


# ======================================================================== ES

@layout
def h18_es_europassnuevo(out):
    """Spanish CV in the newer Europass style (Word): header table with photo and bold-label contact
    lines; capital headings with a blue bottom border; bracketed dates; job and degree titles as bold
    capital paragraphs; a language grid table with bold capital header cells and language names."""
    d = dnew("Arial", 9.8, margins=(14, 16, 14, 16), after=1.5, line=1.08)
    blue = "0E4194"

    def head(s):
        p = P(d, [(s, {"b": True, "size": 11.5})], sb=12, sa=5, keep=True)
        border(p, "bottom", 8, blue, 2)

    def lab(label, value):
        return [(label, {"b": True}), (value, {})]

    t = tbl(d, 1, [34, 144])
    c0, c1 = t.rows[0].cells
    p = cell_p(c0, [], sa=0)
    p.add_run().add_picture(io.BytesIO(png_bytes(silhouette())), width=Mm(28))
    cell_p(c1, [("Laura Sanchis Ferrer", {"b": True, "size": 18})], sa=4)
    cell_p(c1, lab("Nacionalidad: ", "Española") + [("    ", {})] + lab("Fecha de nacimiento: ", "03/11/1994")
           + [("    ", {})] + lab("Sexo: ", "Femenino"), sa=2)
    cell_p(c1, lab("Número de teléfono: ", "(+34) 655 55 32 10 (Móvil)"), sa=2)
    cell_p(c1, lab("Dirección de correo electrónico: ", "laura.sanchis.f@gmail.com"), sa=2)
    cell_p(c1, lab("Dirección: ", "Carrer de Cuba 41, 46006, Valencia, España (Domicilio)"), sa=2)

    head("SOBRE MÍ")
    P(d, ["Química con siete años de experiencia en control de calidad en la industria alimentaria y en "
          "laboratorios de ensayo acreditados (ISO/IEC 17025). Rigurosa, organizada y acostumbrada a "
          "trabajar con plazos de entrega cortos."], align="J")

    head("EXPERIENCIA LABORAL")
    for dates, title, emp, city, items in [
        ("[ 01/09/2021 – Actual ]", "TÉCNICA SUPERIOR DE LABORATORIO", "Laboratorios Levante Analítica S.L.",
         "Paterna", ["Análisis de residuos de plaguicidas por LC-MS/MS y GC-MS/MS en frutas y hortalizas",
                     "Validación de métodos y cálculo de incertidumbres según ISO/IEC 17025",
                     "Formación de dos técnicos de nueva incorporación"]),
        ("[ 06/2018 – 08/2021 ]", "ANALISTA DE CONTROL DE CALIDAD", "Conservas del Turia S.A.", "Alzira",
         ["Control de materias primas y producto terminado (pH, Brix, humedad, microbiología básica)",
          "Apoyo en auditorías IFS Food y BRCGS"]),
        ("[ 03/2018 – 05/2018 ]", "TÉCNICA EN PRÁCTICAS", "Instituto de Agroquímica y Tecnología de Alimentos "
         "(IATA-CSIC)", "Paterna", []),
    ]:
        P(d, [(dates, {"size": 8.5, "color": "555555"})], sb=4, sa=1, keep=True)
        P(d, [(title, {"b": True})], sa=1, keep=True)
        P(d, [emp], sa=1, keep=True)
        P(d, lab("Ciudad: ", city) + [("  |  ", {})] + lab("País: ", "España"), sa=2, keep=bool(items))
        for it in items:
            P(d, ["◦ " + it], ind=4, first=-4, sa=0)

    head("EDUCACIÓN Y FORMACIÓN")
    for dates, title, inst, extra in [
        ("[ 09/2017 – 06/2018 ]", "MÁSTER UNIVERSITARIO EN CALIDAD Y SEGURIDAD ALIMENTARIA",
         "Universitat Politècnica de València", "Nivel en el MEC: EQF nivel 7  |  Nota final: 8,4"),
        ("[ 09/2012 – 07/2017 ]", "GRADO EN QUÍMICA", "Universitat de València",
         "Nivel en el MEC: EQF nivel 6  |  Trabajo de fin de grado: Determinación de micotoxinas en "
         "cereales por HPLC-FLD"),
    ]:
        P(d, [(dates, {"size": 8.5, "color": "555555"})], sb=4, sa=1, keep=True)
        P(d, [(title, {"b": True})], sa=1, keep=True)
        P(d, [inst], sa=1, keep=True)
        P(d, [extra], sa=2)

    head("COMPETENCIAS LINGÜÍSTICAS")
    P(d, lab("Lengua(s) materna(s): ", "ESPAÑOL  |  VALENCIANO"), sa=3)
    P(d, [("Otro(s) idioma(s):", {"b": True})], sa=2, keep=True)
    g = tbl(d, 4, [30, 29, 29, 29, 29, 30], style="Table Grid")
    g.cell(0, 1).merge(g.cell(0, 2))
    g.cell(0, 3).merge(g.cell(0, 4))
    cell_p(g.cell(0, 1), [("COMPRENSIÓN", {"b": True, "size": 8.5})], align="C", sa=0)
    cell_p(g.cell(0, 3), [("EXPRESIÓN ORAL", {"b": True, "size": 8.5})], align="C", sa=0)
    cell_p(g.cell(0, 5), [("EXPRESIÓN ESCRITA", {"b": True, "size": 8.5})], align="C", sa=0)
    for i, s in enumerate(["Comprensión auditiva", "Comprensión de lectura", "Producción oral",
                           "Interacción oral"], 1):
        cell_p(g.cell(1, i), [(s, {"size": 8})], align="C", sa=0)
    for ri, (lang, lv) in enumerate([("INGLÉS", ["B2", "C1", "B2", "B2", "B2"]),
                                     ("FRANCÉS", ["B1", "B2", "A2", "A2", "A2"])], 2):
        cell_p(g.cell(ri, 0), [(lang, {"b": True, "size": 8.5})], sa=0)
        for ci, v in enumerate(lv, 1):
            cell_p(g.cell(ri, ci), [(v, {})], align="C", sa=0)
    for c in g.rows[0].cells + g.rows[1].cells:
        shade_cell(c, "E8EEF8")
    P(d, [("Niveles: A1 y A2: usuario básico; B1 y B2: usuario independiente; C1 y C2: usuario competente",
           {"size": 7.5, "color": "555555"})], sb=2)

    head("COMPETENCIAS DIGITALES")
    P(d, ["Microsoft Office  |  LIMS (LabWare)  |  Empower 3 (HPLC)  |  MassHunter  |  Excel avanzado (tablas "
          "dinámicas)  |  SAP QM (usuaria)"])

    head("PERMISO DE CONDUCIR")
    P(d, lab("Permiso de conducir: ", "B"))

    head("VOLUNTARIADO")
    P(d, [("[ 2019 – Actual ]", {"size": 8.5, "color": "555555"})], sa=1)
    P(d, ["Banco de Alimentos de Valencia: coordinación de un punto de recogida en la Gran Recogida y "
          "apoyo en el almacén dos sábados al mes."])
    dsave(d, os.path.join(out, "h18_es_europassnuevo.docx"), "CV Europass Laura Sanchis Ferrer")


@layout
def h19_es_lateral(out):
    """Spanish hospitality CV: main column drawn first (name, headings underlined in gold), then a
    dark left sidebar with photo, white headings and language level bars; employers in bold
    capitals with right-aligned dates."""
    pdf = PDF("CV Javier Ortega Ruiz")
    navy, gold, ink, grey = (27, 54, 93), (196, 150, 58), (30, 32, 38), (110, 114, 122)
    pdf.box(0, 0, 66, 297, navy)
    X, R = 78, 196
    W = R - X
    LH = 4.4

    pdf.use("ls", "B", 23, navy)
    pdf.at(X, 25, "Javier Ortega Ruiz")
    pdf.use("ls", "", 11.5, gold)
    pdf.at(X, 32.5, "Jefe de Recepción · Hotel Management")

    def head(s, y):
        pdf.use("ls", "B", 12.5, navy)
        pdf.at(X, y, s)
        pdf.hr(X, y + 2, R, gold, 0.6)
        return y + 8.5

    def text(y, s, bullet=None, style=""):
        pdf.use("ls", style, 9.2, ink)
        return pdf.para(X, y, W, s, LH, bullet=bullet, ind=3.2, bcolor=gold)

    y = head("Perfil profesional", 48)
    y = text(y, "Doce años en recepción de hoteles de cuatro y cinco estrellas en la Costa del Sol y Granada. "
             "Dirijo equipos de hasta 18 personas, domino Opera Cloud y la gestión de tarifas, y me gusta "
             "que cada huésped se sienta esperado.") + 6

    y = head("Trayectoria", y)
    for comp, dates, role, items in [
        ("HOTEL MIRAMAR PALACE", "2020 – actualidad", "Jefe de Recepción · Málaga",
         ["Dirección de un equipo de 18 recepcionistas, conserjes y night auditors",
          "Implantación del check-in online: 41 % de las llegadas sin pasar por mostrador",
          "Puntuación de recepción en TrustYou de 8,6 a 9,3 en dos años"]),
        ("ARENAL BEACH RESORT", "2016 – 2020", "Segundo Jefe de Recepción · Marbella",
         ["Turnos, formación de nuevo personal y gestión de grupos y bodas",
          "Coordinación con reservas y revenue para overbooking y upgrades"]),
        ("HOSTAL CASA DEL AGUA", "2013 – 2016", "Recepcionista · Granada",
         ["Recepción, reservas y atención en inglés, francés y alemán"]),
    ]:
        pdf.use("ls", "B", 10.2, navy)
        pdf.at(X, y, comp)
        pdf.use("ls", "", 8.8, grey)
        pdf.at(R, y, dates, "R")
        pdf.use("ls", "I", 9.2, ink)
        pdf.at(X, y + 4.7, role)
        y += 9.6
        for it in items:
            y = text(y, it, bullet="•") + 0.3
        y += 3.5
    y += 2

    y = head("Formación académica", y)
    for deg, where in [("Grado en Turismo", "Universidad de Málaga · 2009 – 2013"),
                       ("Técnico Superior en Gestión de Alojamientos Turísticos", "IES La Rosaleda, Málaga · 2009")]:
        pdf.use("ls", "B", 9.6, ink)
        pdf.at(X, y, deg)
        pdf.use("ls", "", 9, grey)
        pdf.at(X, y + 4.5, where)
        y += 11
    y += 3

    y = head("Cursos y certificaciones", y)
    for s in ["Hotel Revenue Management – eCornell (2022)", "Oracle Hospitality OPERA Cloud PMS (2021)",
              "Primeros auxilios y uso del DEA – Cruz Roja (2023)", "Prevención de riesgos laborales, 60 h (2018)"]:
        y = text(y, s, bullet="•") + 0.3

    # ---- sidebar (drawn after the main column)
    SX, SW = 10, 48
    pdf.photo(round_photo(300, bg=navy), 18, 14, 30, 30)

    def shead(s, y):
        pdf.use("ls", "B", 11.5, (255, 255, 255))
        pdf.at(SX, y, s)
        pdf.hr(SX, y + 2, SX + SW, (120, 140, 170), 0.3)
        return y + 8

    def stext(y, s, bullet=None):
        pdf.use("ls", "", 8.8, (225, 230, 240))
        return pdf.para(SX, y, SW, s, LH, bullet=bullet, ind=3, bcolor=gold) + 0.8

    y = shead("Contacto", 58)
    for s in ["+34 655 55 81 27", "javier.ortega.ruiz@gmail.com", "29016 Málaga", "linkedin.com/in/javierortegaruiz"]:
        y = stext(y, s)
    y = shead("Habilidades", y + 7)
    for s in ["Liderazgo de equipos", "Opera Cloud, Mews, SiteMinder", "Gestión de quejas", "Upselling",
              "Cierre de caja y auditoría nocturna", "Atención a clientes VIP"]:
        y = stext(y, s, bullet="•")
    y = shead("Idiomas", y + 7)
    for lang, lvl, n in [("Español", "nativo", 5), ("Inglés", "C1", 4), ("Alemán", "B2", 3), ("Francés", "B1", 2)]:
        pdf.use("ls", "", 8.8, (225, 230, 240))
        pdf.at(SX, y, f"{lang} — {lvl}")
        for i in range(5):
            pdf.box(SX + i * 9.4, y + 1.6, 8.4, 1.4, gold if i < n else (70, 92, 128))
        y += 8.5
    y = shead("Aficiones", y + 5)
    for s in ["Pádel", "Fotografía de viajes", "Cocina andaluza"]:
        y = stext(y, s)
    psave(pdf, os.path.join(out, "h19_es_lateral.pdf"))


@layout
def h20_es_primerapersona(out):
    """Spanish social-work CV: colour header band; headings in a bold-italic serif phrased in the
    first person, the last one a question; bold job titles and a bold sub-label in each job."""
    pdf = PDF("CV Lucia Fernandez Prieto")
    band, acc, ink, grey = (38, 110, 96), (190, 88, 44), (32, 34, 38), (112, 116, 120)
    pdf.box(0, 0, 210, 42, band)
    L, R = 20, 190
    W = R - L
    LH = 4.35
    pdf.use("dv", "B", 22, (255, 255, 255))
    pdf.at(L, 20, "Lucía Fernández Prieto")
    pdf.use("dv", "", 11, (220, 240, 234))
    pdf.at(L, 28, "Educadora social · Zaragoza")
    pdf.use("dv", "", 8.5, (220, 240, 234))
    pdf.at(L, 35, "Intervención con familias, infancia y adolescencia en riesgo")
    y = 55

    def head(s, y):
        pdf.use("dvs", "BI", 14, acc)
        pdf.at(L, y, s)
        return y + 7

    def text(y, s, bullet=None, x=L, w=W):
        pdf.use("dv", "", 8.8, ink)
        return pdf.para(x, y, w, s, LH, bullet=bullet, ind=3.2, bcolor=acc)

    y = head("Quién soy", y)
    y = text(y, "Soy educadora social y llevo ocho años trabajando en servicios sociales municipales y en un centro "
             "de menores. Creo en acompañar sin invadir, en el trabajo en red y en medir lo que hacemos "
             "para poder contarlo.") + 5

    y = head("Dónde he trabajado", y)
    for title, org, dates, items in [
        ("Educadora social", " · Ayuntamiento de Zaragoza, CMSS Delicias", "septiembre 2021 – hoy",
         ["Coordiné el programa de apoyo a 64 familias con menores en riesgo; 80\u00a0% sin medidas de "
          "protección al cierre", "Puse en marcha un grupo de madres y padres que sigue funcionando solo"]),
        ("Educadora", " · Fundación Ebro Abierto, centro de menores El Tranvía", "2017 – 2021",
         ["Tutoría de 8 adolescentes; 6 terminaron la ESO o un ciclo de FP básica"]),
        ("Monitora de tiempo libre", " · Campamentos Moncayo (verano)", "2014 – 2017", []),
    ]:
        pdf.runs(L, y, [("dv", "B", 9.8, ink, title), ("dv", "", 9.2, grey, org)])
        pdf.use("dv", "", 8.2, grey)
        pdf.at(L, y + 4.4, dates)
        y += 9.2
        if items:
            pdf.use("dv", "B", 8.8, ink)
            pdf.at(L, y, "Lo que conseguí:")
            y += 4.6
            for it in items:
                y = text(y, it, bullet="–") + 0.2
        y += 3.2
    y += 1.5

    y = head("Qué he estudiado", y)
    for deg, where in [("Máster en Intervención Social con Familias", "UNED · 2020"),
                       ("Grado en Educación Social", "Universidad de Zaragoza · 2017")]:
        pdf.runs(L, y, [("dv", "B", 9.2, ink, deg), ("dv", "", 8.8, grey, "  —  " + where)])
        y += 5.4
    y += 4

    y = head("Lo que sé hacer", y)
    cols = [["Entrevista motivacional", "Mediación familiar", "Diseño y evaluación de proyectos"],
            ["Trabajo en red con centros educativos", "Redacción de informes sociales", "Dinámicas de grupo"]]
    yy = y
    for ci, col in enumerate(cols):
        y2 = yy
        for s in col:
            y2 = text(y2, s, bullet="•", x=L + ci * 85, w=80)
        y = max(y, y2)
    y += 4

    y = head("Idiomas que hablo", y)
    y = text(y, "Castellano (nativo) · Inglés (B2, First Certificate) · Lengua de signos española (nivel básico)") + 5

    y = head("Lo que hago por los demás", y)
    y = text(y, "Desde 2015 soy voluntaria de Cruz Roja Juventud: refuerzo escolar los martes y coordinación "
             "del campamento urbano de verano.") + 5

    y = head("Lo que me mueve", y)
    y = text(y, "La montaña (Pirineo en cualquier estación), el teatro social y la cocina de mi abuela.") + 5

    y = head("¿Hablamos?", y)
    text(y, "lucia.fernandez.prieto@gmail.com · 655 55 47 09 · Calle Delicias 112, 50017 Zaragoza")
    psave(pdf, os.path.join(out, "h20_es_primerapersona.pdf"))


@layout
def h21_es_cvn(out):
    """Spanish academic CV in the style of the standardised CVN, two pages in a narrow sans face:
    numbered headings in white on maroon bars, a running header with the name, label columns and
    dated entries, a bold sub-label inside the publication list."""
    pdf = PDF("CVN Marta Iglesias Soto")
    bar, ink, grey = (140, 28, 44), (25, 25, 25), (95, 95, 100)
    L, X, R = 18, 58, 192
    W = R - X
    LH = 4.3
    st = {"y": 0, "page": 1}

    def running():
        with pdf.local_context():
            pdf.use("lsn", "", 8, grey)
            pdf.at(R, 11, "Currículum Vitae Normalizado · Marta Iglesias Soto", "R")
            pdf.hr(L, 13, R, (200, 200, 200), 0.2)

    def footer():
        with pdf.local_context():
            pdf.use("lsn", "", 8, grey)
            pdf.at(105, 288, f"{st['page']}", "C")

    def need(h):
        if st["y"] + h > 279:
            footer()
            pdf.add_page()
            st["page"] += 1
            running()
            st["y"] = 24

    def head(s):
        need(20)
        st["y"] += 3
        pdf.box(L, st["y"], R - L, 6.8, bar)
        pdf.use("lsn", "B", 11, (255, 255, 255))
        pdf.at(L + 2.5, st["y"] + 4.8, s)
        st["y"] += 12

    def entry(margin, s, gap=1.3, mstyle="", mcolor=ink, x=X):
        pdf.use("lsn", "", 9.6, ink)
        lines = pdf.wrap(s, R - x)
        need(len(lines) * LH)
        if margin:
            pdf.use("lsn", mstyle, 9.6, mcolor)
            pdf.at(L, st["y"], margin)
            pdf.use("lsn", "", 9.6, ink)
        for ln in lines:
            pdf.at(x, st["y"], ln)
            st["y"] += LH
        st["y"] += gap

    running()
    pdf.use("lsn", "B", 16, bar)
    pdf.at(L, 26, "CURRÍCULUM VITAE NORMALIZADO")
    pdf.use("lsn", "", 9, grey)
    pdf.at(L, 32, "Fecha del CVN: 15/01/2026  ·  Generado a partir de la norma CVN de la FECYT")
    st["y"] = 38

    head("1. Datos personales")
    for a, b in [("Apellidos:", "Iglesias Soto"), ("Nombre:", "Marta"), ("DNI:", "07955512-K"),
                 ("Fecha de nacimiento:", "22/04/1983"), ("Sexo:", "Mujer"),
                 ("Dirección de contacto:", "Campus Miguel de Unamuno, Edificio Departamental, 37007 Salamanca"),
                 ("Correo electrónico:", "miglesias@usal.es"), ("ORCID:", "0000-0002-9041-6653")]:
        entry(a, b, gap=0.3, mcolor=grey)

    head("2. Situación profesional actual")
    for a, b in [("Entidad empleadora:", "Universidad de Salamanca"),
                 ("Categoría profesional:", "Profesora Titular de Universidad"),
                 ("Departamento:", "Bioquímica y Biología Molecular"), ("Fecha de inicio:", "01/10/2019"),
                 ("Líneas de investigación:", "Señalización por lípidos en células tumorales; resistencia a "
                                              "fármacos en leucemia mieloide aguda")]:
        entry(a, b, gap=0.3, mcolor=grey)

    head("3. Cargos y actividades desempeñados con anterioridad")
    for per, s in [("2014 – 2019", "Profesora Contratada Doctora, Universidad de Salamanca"),
                   ("2011 – 2014", "Investigadora postdoctoral Marie Curie, European Molecular Biology Laboratory "
                                   "(EMBL), Heidelberg (Alemania)"),
                   ("2007 – 2011", "Contratada predoctoral FPU, Centro de Investigación del Cáncer (CSIC – "
                                   "Universidad de Salamanca)")]:
        entry(per, s)

    head("4. Formación académica recibida")
    entry("2011", "Doctora en Biología Molecular y Celular, Universidad de Salamanca. Sobresaliente cum laude "
                  "y Premio Extraordinario de Doctorado")
    entry("2007", "Máster en Biología y Clínica del Cáncer, Universidad de Salamanca")
    entry("2006", "Licenciada en Biología, Universidad de Salamanca")

    head("5. Actividad docente")
    entry(None, "Docencia en los grados de Biología, Biotecnología y Medicina (Bioquímica, Biología Molecular "
                "del Cáncer): 240 horas en los últimos tres cursos. Evaluación DOCENTIA: excelente (2022).", x=L)
    entry(None, "Dirección de 4 tesis doctorales (2 en curso) y de 31 trabajos de fin de grado y de máster.", x=L)

    head("6. Ayudas y becas obtenidas")
    for per, s in [("2023 – 2026", "Proyecto PID2022-139918OB-I00, Ministerio de Ciencia e Innovación, "
                                   "investigadora principal, 187.500 €"),
                   ("2020 – 2022", "Proyecto de la Junta de Castilla y León SA096P20, investigadora principal, "
                                   "120.000 €"),
                   ("2011 – 2013", "Marie Curie Intra-European Fellowship (FP7-PEOPLE-2011-IEF), Comisión Europea"),
                   ("2007 – 2011", "Beca predoctoral de Formación de Profesorado Universitario (FPU)")]:
        entry(per, s)

    head("7. Publicaciones")
    pdf.use("lsn", "B", 9.6, ink)
    need(8)
    pdf.at(L, st["y"], "Artículos científicos (selección)")
    st["y"] += 5.2
    for i, s in enumerate([
        "Iglesias Soto M., Herrero A., Lamas J. (2025). Ceramide synthase 6 drives venetoclax resistance in "
        "acute myeloid leukemia. Blood 145(4): 412–425.",
        "Herrero A., Iglesias Soto M. (2023). Lipid rafts as signalling hubs in leukemic stem cells. "
        "Leukemia 37: 1201–1213.",
        "Iglesias Soto M., Schultz C. (2014). Photoactivatable lipids reveal diacylglycerol dynamics. "
        "Nature Chemical Biology 10: 744–750.",
        "Iglesias Soto M. et al. (2010). Sphingomyelin synthase in chemoresistance. Journal of Biological "
        "Chemistry 285: 33127–33136.",
    ], 1):
        entry(f"{i}.", s, mstyle="", x=L + 7)

    head("8. Congresos")
    for per, s in [("2025", "66th ASH Annual Meeting, San Diego (EE. UU.) – comunicación oral"),
                   ("2024", "European Hematology Association Congress, Madrid – póster"),
                   ("2022", "Congreso de la SEBBM, Granada – ponencia invitada")]:
        entry(per, s, gap=0.6)

    head("9. Otros méritos")
    for s in ["Dos sexenios de investigación reconocidos por la CNEAI (último en 2021).",
              "Evaluadora de la Agencia Estatal de Investigación y de la Agence Nationale de la Recherche.",
              "Premio Jóvenes Investigadores de la Real Academia de Ciencias de Salamanca (2016)."]:
        entry("•", s, x=L + 5, gap=0.6)
    footer()
    assert st["page"] == 2, st["page"]
    psave(pdf, os.path.join(out, "h21_es_cvn.pdf"))


@layout
def h22_es_estilos(out):
    """Mexican CV in Word using built-in styles: Heading 1 for the sections and Heading 3 for the
    employer lines (which are not section headings); bold-italic job title paragraphs with a right tab
    for dates; List Bullet paragraphs."""
    d = dnew("Calibri", 10.5, margins=(18, 20, 18, 20), after=2, line=1.05)
    style_font(d, "Heading 1", size=13.5, color="7B2C2C", sb=12, sa=3)
    style_font(d, "Heading 3", size=11, color="404040", sb=8, sa=1)
    RT = [(170, "R")]
    P(d, [("Alejandro Ramírez Castillo", {"b": True, "size": 22, "color": "7B2C2C"})], sa=1)
    P(d, [("Ingeniero Industrial · Mejora Continua y Lean Manufacturing", {"size": 12, "color": "595959"})], sa=1)
    P(d, ["Celaya, Guanajuato, México · +52 461 555 3478 · alejandro.ramirez.c@outlook.com"], sa=6)

    P(d, ["Resumen profesional"], style="Heading 1")
    P(d, ["Ingeniero industrial con nueve años en la industria automotriz (Tier 1 y Tier 2). Green Belt "
          "certificado, he liderado más de 20 proyectos kaizen con ahorros documentados superiores a "
          "US$1.2 millones. Acostumbrado a trabajar con clientes japoneses y estadounidenses."], align="J")

    P(d, ["Experiencia laboral"], style="Heading 1")
    for comp, title, dates, items in [
        ("Autopartes del Bajío S.A. de C.V. — Celaya, Gto.", "Jefe de Mejora Continua", "2020 – actual",
         ["Coordinación del sistema de producción Lean en tres naves (1,100 empleados)",
          "Reducción del scrap de 3.8 % a 1.6 % en líneas de estampado",
          "Implementación de SMED en prensas de 600 t: cambios de 95 a 28 minutos"]),
        ("Ensambles Técnicos de Querétaro S.A. de C.V. — Querétaro, Qro.", "Ingeniero de Procesos",
         "2016 – 2020", ["Balanceo de líneas de ensamble de arneses; OEE de 71 % a 83 %",
                         "Documentación PPAP y AMEF de procesos para clientes Nissan y GM"]),
        ("Grupo Metalúrgico Irapuato — Irapuato, Gto.", "Practicante de Ingeniería", "2015 – 2016",
         ["Estudios de tiempos y movimientos y layout de almacén"]),
    ]:
        P(d, [comp], style="Heading 3")
        P(d, [(title, {"b": True, "i": True}), ("\t" + dates, {})], tabs=RT, sa=1)
        for it in items:
            P(d, [it], style="List Bullet", sa=0)

    P(d, ["Estudios"], style="Heading 1")
    P(d, [("Ingeniería Industrial", {"b": True}), ("\t2011 – 2015", {})], tabs=RT, sa=0)
    P(d, ["Tecnológico Nacional de México, campus Celaya — Titulación por promedio (9.3)"], sa=3)
    P(d, [("Diplomado en Dirección de Operaciones", {"b": True}), ("\t2022", {})], tabs=RT, sa=0)
    P(d, ["Universidad Iberoamericana León"])

    P(d, ["Certificaciones"], style="Heading 1")
    for it in ["Lean Six Sigma Green Belt — ASQ (2019)", "Auditor interno IATF 16949 — Bureau Veritas (2021)"]:
        P(d, [it], style="List Bullet", sa=0)

    P(d, ["Conocimientos informáticos"], style="Heading 1")
    P(d, ["Minitab, Power BI, SAP PP/QM, AutoCAD, Excel avanzado (macros VBA), MS Project"])

    P(d, ["Idiomas"], style="Heading 1")
    P(d, ["Español: nativo · Inglés: avanzado (TOEIC 880) · Japonés: básico (JLPT N5)"])

    P(d, ["Voluntariado"], style="Heading 1")
    P(d, ["Asesor de proyectos de mejora para pequeños talleres en el programa «Emprende Celaya» (2018 – actual)."])

    P(d, ["Referencias"], style="Heading 1")
    P(d, ["Ing. Roberto Salgado Méndez, Gerente de Planta, Autopartes del Bajío — Tel. 461 555 0192"], sa=0)
    P(d, ["Mtra. Claudia Esparza Ruiz, Gerente de Calidad, Ensambles Técnicos de Querétaro — Tel. 442 555 7710"])
    dsave(d, os.path.join(out, "h22_es_estilos.docx"), "CV Alejandro Ramirez Castillo")


@layout
def h23_es_tradicional(out):
    """Traditional Spanish CV in Word: bold underlined document title, capital headings as non-styled
    bold underlined paragraphs, bold labels ending in a colon, bullet entries with company names in
    bold capitals."""
    d = dnew("Arial", 10, margins=(20, 22, 20, 22), after=2, line=1.15)

    def head(s):
        P(d, [(s, {"b": True, "u": True, "size": 11})], sb=14, sa=6, keep=True)

    def bul(runs):
        P(d, [("•\t", {})] + runs, tabs=[(6, "L")], ind=6, first=-6, sa=3, align="J")

    P(d, [("CURRÍCULUM VITAE", {"b": True, "u": True, "size": 14})], align="C", sa=14)

    head("DATOS PERSONALES")
    for a, b in [("Nombre y apellidos: ", "Pilar Gómez Aranda"), ("DNI: ", "25155509-H"),
                 ("Fecha de nacimiento: ", "9 de junio de 1994"),
                 ("Dirección: ", "C/ Predicadores 27, 3.º B, 50003 Zaragoza"),
                 ("Teléfono: ", "676 55 51 84"), ("Correo electrónico: ", "pilargomezaranda@hotmail.com"),
                 ("Carné de conducir: ", "B, vehículo propio")]:
        P(d, [(a, {"b": True}), b], sa=1)

    head("FORMACIÓN ACADÉMICA")
    bul(["2012 – 2016: Grado en Administración y Dirección de Empresas. Universidad de Zaragoza."])
    bul(["2010 – 2012: Bachillerato de Ciencias Sociales. IES Goya, Zaragoza."])

    head("FORMACIÓN COMPLEMENTARIA")
    bul(["2022: Curso de contabilidad avanzada y cierre fiscal (120 horas). Cámara de Comercio de Zaragoza."])
    bul(["2020: Curso de nóminas y Seguridad Social (80 horas). Academia Cesaraugusta."])
    bul(["2018: Certificado de profesionalidad en Gestión contable y auditoría (ADGD0108)."])

    head("EXPERIENCIA LABORAL")
    bul(["2019 – 2024: Auxiliar administrativa en ", ("GESTORÍA MARTÍNEZ Y ASOCIADOS", {"b": True}),
         ", Zaragoza. Contabilidad de pymes y autónomos, modelos trimestrales de IVA e IRPF, atención a "
         "clientes."])
    bul(["2017 – 2019: Administrativa contable en ", ("TRANSPORTES HERMANOS LAFUENTE S.L.", {"b": True}),
         ", Utebo. Facturación, conciliaciones bancarias y gestión de cobros."])
    bul(["2016 (6 meses): Prácticas de empresa en ", ("SEGUROS MONCAYO", {"b": True}),
         ", Zaragoza. Apoyo al departamento de siniestros."])

    head("IDIOMAS")
    bul([("Inglés: ", {"b": True}), "nivel B2 (First Certificate in English, 2015)."])
    bul([("Francés: ", {"b": True}), "nivel básico."])

    head("INFORMÁTICA")
    bul(["Paquete Office, con nivel avanzado de Excel (tablas dinámicas, BUSCARV)."])
    bul(["Programas de gestión: A3ASESOR, ContaPlus, Sage 50."])

    head("OTROS DATOS DE INTERÉS")
    bul(["Disponibilidad inmediata y horario completo."])
    bul(["Persona responsable, ordenada y con facilidad para el trabajo en equipo."])
    dsave(d, os.path.join(out, "h23_es_tradicional.docx"), "Curriculum Vitae Pilar Gomez Aranda")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_blind12.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} files to {out}")


if __name__ == "__main__":
    main()
