"""blind18 resume generator: make_blind18.py OUTDIR -> 24 resumes (12 PDF via fpdf2, 12 DOCX via python-docx).

Each resume is one literal data block. Body mini-language, one string per line:
  H:heading  J:job title|date  D:degree|date  E:employer/school line  B:bullet  L:label: text
  P:paragraph  X:project name (bold italic)  R:referee name (bold)  G:grey small line
  TH:a|b|c table header row  T:a|b|c table row  S: small gap
Headings are drawn where the script meets "H:"; no section types or labels live here.
"""
import io, os, sys, zipfile, datetime as dt
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Mm, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dv": (DV, "DejaVuSans", {"": ".ttf", "B": "-Bold.ttf", "I": "-Oblique.ttf", "BI": "-BoldOblique.ttf"}),
    "dvc": (DV, "DejaVuSansCondensed", {"": ".ttf", "B": "-Bold.ttf", "I": "-Oblique.ttf", "BI": "-BoldOblique.ttf"}),
    "dvs": (DV, "DejaVuSerif", {"": ".ttf", "B": "-Bold.ttf", "I": "-Italic.ttf", "BI": "-BoldItalic.ttf"}),
    "ls": (LB, "LiberationSans", {"": "-Regular.ttf", "B": "-Bold.ttf", "I": "-Italic.ttf", "BI": "-BoldItalic.ttf"}),
    "lsr": (LB, "LiberationSerif", {"": "-Regular.ttf", "B": "-Bold.ttf", "I": "-Italic.ttf", "BI": "-BoldItalic.ttf"}),
    "lsn": (LB, "LiberationSansNarrow", {"": "-Regular.ttf", "B": "-Bold.ttf", "I": "-Italic.ttf", "BI": "-BoldItalic.ttf"}),
}
GREY = (110, 110, 110)
BLACK = (30, 30, 30)


# ----------------------------------------------------------------------------- PDF
class PDF(FPDF):
    def setup(self, r):
        for fam, (d, base, st) in FONTS.items():
            for s, suf in st.items():
                self.add_font(fam, s, d + base + suf)
        self.set_creation_date(FIXED)
        self.set_title("Curriculum vitae")
        self.set_author(r["name"])
        self.set_subject("Resume")
        self.set_keywords("cv resume")
        self.set_creator("make_blind18.py")
        self.set_producer("blind18")
        self.set_lang(r["lang"])
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(True, 15)
        self.r = r
        self.fs = r.get("size", 9.5)
        self.lh = self.fs * 0.48
        self.add_page()

    def txt(self, style="", size=None, color=BLACK, fam=None):
        self.set_font(fam or self.r["font"], style, size or self.fs)
        self.set_text_color(*color)

    def need(self, h):
        if self.get_y() + h > self.h - 16:
            self.add_page()
            self.page_deco()

    def page_deco(self):
        hs = self.r["hs"]
        if hs.get("deco") == "europass":
            self.set_draw_color(*hs["color"]); self.set_line_width(0.3)
            self.line(58, 12, 58, self.h - 12)

    def heading(self, t, x, w, hs):
        deco = hs.get("deco")
        self.ln(hs.get("before", 3.5))
        self.need(24)
        y = self.get_y()
        fam, size, style = hs.get("font", self.r["font"]), hs["size"], hs.get("style", "B")
        self.set_font(fam, style, size)
        tw = self.get_string_width(t)
        h = size * 0.5
        col = hs["color"]
        if deco == "leftbar":
            self.set_fill_color(*hs["accent"]); self.rect(x, y + 0.3, 1.6, h, "F")
            self.txt(style, size, col, fam); self.set_xy(x + 4, y); self.cell(w - 4, h, t)
        elif deco == "pill":
            self.set_fill_color(*hs["accent"]); self.rect(x, y, tw + 8, h + 1.6, "F", round_corners=True, corner_radius=2.6)
            self.txt(style, size, (255, 255, 255), fam); self.set_xy(x + 3, y + 0.8); self.cell(tw + 2, h, t); y += 1.6
        elif deco == "tab":
            self.set_fill_color(*hs["accent"]); self.rect(x, y, 58, h + 1.6, "F")
            self.set_draw_color(*hs["accent"]); self.set_line_width(0.4); self.line(x + 58, y + h + 1.4, x + w, y + h + 1.4)
            self.txt(style, size, (255, 255, 255), fam); self.set_xy(x + 3, y + 0.8); self.cell(52, h, t); y += 1.6
        elif deco == "circle":
            self.set_fill_color(*hs["accent"]); self.ellipse(x, y + h / 2 - 2, 4, 4, "F")
            self.txt(style, size, col, fam); self.set_xy(x + 6, y); self.cell(w - 6, h, t)
        elif deco == "overline":
            self.set_draw_color(*hs["accent"]); self.set_line_width(0.9); self.line(x, y, x + w, y)
            y += 2; self.txt(style, size, col, fam); self.set_xy(x, y); self.cell(w, h, t)
        elif deco == "europass":
            self.txt(style, size, col, fam); self.set_xy(15, y); self.cell(40, h, t, align="R")
        else:
            self.txt(style, size, col, fam); self.set_xy(x, y); self.cell(w, h, t, align=hs.get("align", "L"))
        y += h + 0.8
        if deco == "dots":
            self.set_draw_color(*hs["accent"]); self.set_line_width(0.5); self.set_dash_pattern(0.2, 1.3)
            self.line(x + tw + 2, y - 2.2, x + w, y - 2.2); self.set_dash_pattern()
        elif deco == "shortrule":
            self.set_draw_color(*hs["accent"]); self.set_line_width(1.1); self.line(x, y + 0.4, x + 18, y + 0.4); y += 1.5
        elif deco == "hair":
            self.set_draw_color(*hs["accent"]); self.set_line_width(0.2); self.line(x, y + 0.2, x + w, y + 0.2); y += 1
        elif deco == "under":
            self.set_draw_color(*hs["accent"]); self.set_line_width(0.5); self.line(x, y + 0.3, x + 30, y + 0.3); y += 1.2
        self.set_xy(x, y + 1.2)
        if deco == "europass":
            self.set_y(y + 0.4)

    def body(self, lines, x, w, hs):
        r = self.r
        acc = r.get("acc", (40, 70, 120))
        for ln in lines:
            code, _, t = ln.partition(":")
            self.set_x(x)
            if code == "H":
                self.heading(t, x, w, hs); continue
            if code in ("J", "D"):
                self.need(14)
                title, _, date = t.partition("|")
                y = self.get_y(); self.ln(1.2); y = self.get_y()
                if date:
                    self.txt("", self.fs - 0.5, GREY); self.set_xy(x, y); self.cell(w, self.lh + 0.6, date, align="R")
                self.txt("B", self.fs + 0.5); self.set_xy(x, y); self.cell(w - self.get_string_width(date) - 4, self.lh + 0.6, title)
                self.set_xy(x, y + self.lh + 0.8)
            elif code == "E":
                if r.get("emp") == "i":
                    self.txt("I")
                else:
                    self.txt("", None, acc)
                self.multi_cell(w, self.lh, t, align="L"); self.ln(0.4)
            elif code == "B":
                self.txt(); y = self.get_y(); self.cell(4, self.lh, "•"); self.set_xy(x + 4, y)
                self.multi_cell(w - 4, self.lh, t, align="L"); self.ln(0.3)
            elif code == "L":
                lab, _, rest = t.partition(":")
                self.txt(); self.multi_cell(w, self.lh, f"**{lab}:**{rest}", markdown=True, align="L"); self.ln(0.3)
            elif code == "P":
                self.txt(); self.multi_cell(w, self.lh, t, align="L"); self.ln(0.6)
            elif code == "X":
                self.ln(0.6); self.set_x(x); self.txt("BI"); self.multi_cell(w, self.lh, t, align="L"); self.ln(0.2)
            elif code == "R":
                self.ln(0.8); self.set_x(x); self.txt("B"); self.multi_cell(w, self.lh, t, align="L")
            elif code == "G":
                self.txt("", self.fs - 1, GREY); self.multi_cell(w, self.lh, t, align="L"); self.ln(0.3)
            elif code in ("TH", "T"):
                cells = t.split("|"); cw = w / len(cells); y = self.get_y()
                for i, c in enumerate(cells):
                    self.txt("B" if code == "TH" else ""); self.set_xy(x + i * cw, y); self.cell(cw, self.lh + 1, c)
                self.set_draw_color(200, 200, 200); self.set_line_width(0.2)
                self.line(x, y + self.lh + 1.2, x + w, y + self.lh + 1.2)
                self.set_xy(x, y + self.lh + 1.6)
            elif code == "S":
                self.ln(2)


def build_pdf(r, path):
    p = PDF(format="A4")
    p.setup(r)
    hs = r["hs"]
    if hs.get("deco") == "europass":
        p.page_deco()
    x, w = r.get("main", (15, 180))
    if "side" in r:
        sx, sw, bg = r["side"]
        p.set_fill_color(*bg); p.rect(0, 0, sx + sw + 7, p.h, "F")
        p.set_xy(sx, 16)
        p.txt("B", 17, r.get("ncol", BLACK)); p.multi_cell(sw, 7.5, r["name"], align="L"); p.ln(1)
        p.txt("", 10, r["acc"]); p.set_x(sx); p.multi_cell(sw, 4.8, r["tag"], align="L"); p.ln(2)
        p.body(r["sbody"], sx, sw, r["shs"])
        p.set_xy(x, 16)
    else:
        p.set_xy(x, 14)
        if r.get("doctitle"):
            p.txt("", 18, r["acc"]); p.cell(w, 9, r["doctitle"]); p.set_xy(x, p.get_y() + 11)
        if r.get("name"):
            p.txt("B", r.get("nsize", 20), r.get("ncol", BLACK)); p.cell(w, 9, r["name"], align=r.get("halign", "L"))
            p.set_xy(x, p.get_y() + 10)
        if r.get("tag"):
            p.txt("", 11.5, r["acc"]); p.cell(w, 6, r["tag"], align=r.get("halign", "L")); p.set_xy(x, p.get_y() + 6.5)
        for c in r.get("contact", []):
            p.txt("", 8.8, GREY); p.set_x(x); p.cell(w, 4.4, c, align=r.get("halign", "L")); p.set_xy(x, p.get_y() + 4.6)
        p.ln(1)
    p.body(r["body"], x, w, hs)
    p.output(path)


# ----------------------------------------------------------------------------- DOCX
P_ORDER = "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange".split()
R_ORDER = "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath".split()
TC_ORDER = "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark".split()


def _sort(el, order):
    kids = list(el)
    key = {n: i for i, n in enumerate(order)}
    kids.sort(key=lambda k: key.get(k.tag.split("}")[1], 99))
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def _sub(parent, tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), v)
    parent.append(e)
    return e


def p_border(pPr, sides, val="single", sz="8", color="444444", space="2"):
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = _sub(pPr, "w:pBdr")
    for s in ("top", "left", "bottom", "right"):
        if s in sides:
            _sub(b, "w:" + s, val=val, sz=sz, space=space, color=color)


def shade(parent, fill):
    _sub(parent, "w:shd", val="clear", color="auto", fill=fill)


def hexc(c):
    return "%02X%02X%02X" % c


class Dx:
    def __init__(self, r):
        self.r = r
        d = self.d = Document()
        s = d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(r.get("marg", 20))
        s.top_margin = s.bottom_margin = Mm(16)
        n = d.styles["Normal"]
        n.font.name = r["font"]; n.font.size = Pt(r.get("size", 10))
        n.element.rPr.rFonts.set(qn("w:eastAsia"), r["font"])
        n.paragraph_format.space_after = Pt(2)
        hs = r["hs"]
        if "custom" in hs:
            st = d.styles.add_style(hs["custom"], WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = d.styles[hs.get("base", "Normal")]
            self.style_fmt(st, hs)
            self.hstyle = hs["custom"]
        else:
            self.hstyle = hs["builtin"]
            if hs.get("restyle"):
                self.style_fmt(d.styles[self.hstyle], hs)
        self.tw = 210 - 2 * r.get("marg", 20)

    def style_fmt(self, st, hs):
        f = st.font
        if "fname" in hs:
            f.name = hs["fname"]
        f.size = Pt(hs["size"]); f.bold = hs.get("bold", False); f.italic = hs.get("italic", False)
        f.color.rgb = RGBColor(*hs["color"])
        pf = st.paragraph_format
        pf.space_before = Pt(hs.get("before", 12)); pf.space_after = Pt(hs.get("after", 4)); pf.keep_with_next = True
        if hs.get("center"):
            pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pPr = st.element.get_or_add_pPr()
        if "border" in hs:
            p_border(pPr, *hs["border"])
        if "fill" in hs:
            shade(pPr, hs["fill"])
        if "indent" in hs:
            pf.left_indent = Mm(hs["indent"])
        if "spacing" in hs:
            _sub(st.element.get_or_add_rPr(), "w:spacing", val=str(hs["spacing"]))

    def para(self, cont, text="", style=None):
        p = cont.add_paragraph(style=style)
        if text:
            p.add_run(text)
        return p

    def run(self, p, t, b=False, i=False, color=None, size=None):
        rn = p.add_run(t); rn.bold = b or None; rn.italic = i or None
        if color:
            rn.font.color.rgb = RGBColor(*color)
        if size:
            rn.font.size = Pt(size)
        return rn

    def header(self):
        r, d = self.r, self.d
        p = self.para(d); self.run(p, r["name"], b=True, size=r.get("nsize", 20), color=r.get("ncol"))
        if r.get("center"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for key, sz, col in (("tag", 12, r["acc"]),):
            if r.get(key):
                p = self.para(d); self.run(p, r[key], size=sz, color=col)
                if r.get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for c in r.get("contact", []):
            p = self.para(d); self.run(p, c, color=GREY, size=9)
            if r.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def body(self, lines, cont, width):
        r = self.r
        acc = r["acc"]
        rows = None
        for ln in lines:
            code, _, t = ln.partition(":")
            if code == "H":
                if r.get("hbox"):
                    tb = cont.add_table(rows=1, cols=1)
                    c = tb.cell(0, 0); shade(c._tc.get_or_add_tcPr(), r["hbox"])
                    c.paragraphs[0].style = self.d.styles[self.hstyle]; c.paragraphs[0].add_run(t)
                else:
                    self.para(cont, t, self.hstyle)
                continue
            if code in ("TH", "T"):
                cells = t.split("|")
                if code == "TH":
                    rows = cont.add_table(rows=0, cols=len(cells)); rows.style = self.d.styles["Table Grid"]
                row = rows.add_row()
                for i, c in enumerate(cells):
                    pp = row.cells[i].paragraphs[0]; self.run(pp, c, b=(code == "TH"))
                    if code == "TH":
                        shade(row.cells[i]._tc.get_or_add_tcPr(), "E4E8EE")
                continue
            p = self.para(cont)
            if code in ("J", "D"):
                title, _, date = t.partition("|")
                p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(0)
                self.run(p, title, b=True)
                if date:
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
                    self.run(p, "\t" + date, color=GREY, size=9)
            elif code == "E":
                if r.get("emp") == "i":
                    self.run(p, t, i=True)
                else:
                    self.run(p, t, color=acc)
            elif code == "B":
                p.style = self.d.styles["List Bullet"]; self.run(p, t)
            elif code == "L":
                lab, _, rest = t.partition(":")
                self.run(p, lab + ":", b=True); self.run(p, rest)
            elif code == "P":
                self.run(p, t)
            elif code == "X":
                p.paragraph_format.space_before = Pt(4); self.run(p, t, b=True, i=True)
            elif code == "R":
                p.paragraph_format.space_before = Pt(4); p.paragraph_format.space_after = Pt(0); self.run(p, t, b=True)
            elif code == "G":
                self.run(p, t, color=GREY, size=9)
            elif code == "S":
                pass

    def finish(self, path):
        r, d = self.r, self.d
        cp = d.core_properties
        cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "Curriculum vitae"
        cp.subject = "Resume"; cp.keywords = "cv resume"; cp.category = "CV"; cp.comments = "blind18"
        cp.language = r["lang"]; cp.revision = 1
        naive = FIXED.replace(tzinfo=None)
        cp.created = naive; cp.modified = naive; cp.last_printed = naive
        for part in (d.element, d.styles.element):
            for tag, order in (("w:pPr", P_ORDER), ("w:rPr", R_ORDER), ("w:tcPr", TC_ORDER)):
                for el in part.iter(qn(tag)):
                    _sort(el, order)
        buf = io.BytesIO(); d.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
                zout.writestr(zi, zin.read(info.filename))


def build_docx(r, path):
    x = Dx(r)
    x.header()
    if r.get("rowtable"):
        secs, cur = [], None
        for ln in r["body"]:
            if ln.startswith("H:"):
                cur = [ln[2:], []]; secs.append(cur)
            else:
                cur[1].append(ln)
        tb = x.d.add_table(rows=0, cols=2)
        tb.style = x.d.styles["Table Grid"]
        for h, lines in secs:
            row = tb.add_row()
            row.cells[0].width = Mm(42); row.cells[1].width = Mm(x.tw - 42)
            p = row.cells[0].paragraphs[0]; p.style = x.d.styles[x.hstyle]; p.add_run(h)
            c = row.cells[1]
            x.body(lines, c, x.tw - 46)
            first = c.paragraphs[0]
            if not first.text:
                first._p.getparent().remove(first._p)
    else:
        x.body(r["body"], x.d, x.tw)
    x.finish(path)


# ----------------------------------------------------------------------------- data
R = []

R.append(dict(fn="q00_en_leftbar.pdf", lang="en-US", font="lsr", size=10.5, name="Dana R. Whitfield", acc=(25, 60, 110),
    tag="Secondary Social Studies Teacher, Grades 9-12",
    contact=["4127 Farnam Street, Omaha, NE 68131  |  (402) 555-0187  |  dwhitfield.teach@example.com"],
    emp="i", hs=dict(size=13, color=(25, 60, 110), accent=(200, 150, 40), deco="leftbar", before=4), body=[
    "H:Teaching Philosophy",
    "P:I want every student to leave my room able to read a primary source critically, argue from evidence and take part in civic life. My classes mix document-based inquiry, structured debate and local history projects built with community partners.",
    "H:Classroom Experience",
    "J:Social Studies Teacher|Aug 2017 - present", "E:Lincoln Heights High School, Omaha Public Schools, NE",
    "B:Teach U.S. History, AP Government and Politics and an elective on the Great Plains to about 140 students a year.",
    "B:Raised the AP Government pass rate from 48% to 71% over four cohorts with weekly free-response clinics.",
    "B:Co-wrote the district's ninth-grade civics unit on local elections, now used in eleven schools.",
    "J:Long-Term Substitute Teacher|Jan 2017 - May 2017", "E:Bellevue West High School, Bellevue, NE",
    "B:Covered a semester of World History for a teacher on leave; kept the unit plan and assessment calendar on track.",
    "J:Student Teacher|Fall 2016", "E:Millard North High School, Omaha, NE",
    "H:Licensure",
    "B:Nebraska Professional Teaching Certificate, Social Sciences 7-12 (valid through 2027)",
    "B:Supplemental Endorsement: English Language Learners (2020)",
    "H:Academic Preparation",
    "D:M.A.Ed., Curriculum and Instruction|2021", "E:University of Nebraska Omaha",
    "D:B.A., History, minor in Political Science|2016", "E:Creighton University, Omaha, NE - magna cum laude",
    "H:Service to the Profession",
    "B:Nebraska Council for the Social Studies, conference program committee (2022-2024)",
    "B:Mentor teacher for three student teachers from the University of Nebraska Omaha",
    "H:Honors",
    "B:Omaha Public Schools Teacher of Distinction, 2023",
    "B:James Madison Memorial Fellowship, state finalist, 2019",
]))

R.append(dict(fn="q01_en_dotted.pdf", lang="en-AU", font="dvc", size=9.5, name="Liam O'Sullivan", acc=(160, 90, 20),
    tag="Exploration Geologist - eight years in the WA Goldfields",
    contact=["Kalgoorlie WA 6430  ·  0412 555 903  ·  liam.osullivan@example.com.au  ·  FIFO or residential"],
    emp="c", hs=dict(size=10.5, color=(160, 90, 20), accent=(160, 90, 20), deco="dots", before=4), body=[
    "H:CAREER OVERVIEW",
    "P:Field-hardened exploration geologist with RC, aircore and diamond programs from greenfields targeting to resource definition. Comfortable running a rig fleet, a core yard and a small team of field techs in remote camps.",
    "H:WORK HISTORY",
    "J:Senior Exploration Geologist|Mar 2021 - present", "E:Red Gum Minerals Ltd - Kalgoorlie, WA",
    "B:Plan and supervise 60,000 m a year of RC and diamond drilling over three gold projects.",
    "B:Built the Leapfrog model that lifted the Mulga Well inferred resource by 35%.",
    "B:Lead a team of four geologists and six field assistants on an 8/6 roster.",
    "J:Project Geologist|Jan 2018 - Feb 2021", "E:Eastern Goldfields Exploration Pty Ltd - Leonora, WA",
    "B:Logged RC chips and core, ran QA/QC on assays and managed heritage clearances with Traditional Owners.",
    "J:Graduate Geologist|Feb 2016 - Dec 2017", "E:Pilbara Iron Services - Newman, WA",
    "H:TICKETS & INDUCTIONS",
    "B:Standard 11 Generic Underground Induction",
    "B:HR truck licence and 4WD recovery course",
    "B:Provide First Aid and Remote Area First Aid (current)",
    "H:TECHNICAL TOOLKIT",
    "L:Software: Leapfrog Geo, Micromine, QGIS, acQuire, ioGAS",
    "L:Field: RC and diamond core logging, structural measurements, soil and auger sampling",
    "H:QUALIFICATIONS",
    "D:Bachelor of Science (Honours), Applied Geology|2015", "E:Curtin University - Western Australian School of Mines, Kalgoorlie",
    "H:PUBLICATIONS & PRESENTATIONS",
    "B:O'Sullivan L., Reyes P. (2023). Shear-hosted gold at Mulga Well. Kalgoorlie Gold Symposium, poster.",
    "B:O'Sullivan L. (2019). Regolith geochemistry in the Leonora district. AIG Bulletin 71, 44-51.",
    "H:REFEREES",
    "R:Mark Tully", "G:Chief Geologist, Red Gum Minerals Ltd  ·  0408 555 211",
    "R:Dr Anne Kowalczyk", "G:Exploration Manager, Eastern Goldfields Exploration  ·  0419 555 480",
]))

R.append(dict(fn="q02_en_pill.pdf", lang="en-IN", font="dv", size=9.2, name="Ananya Krishnamurthy", acc=(0, 120, 120),
    tag="Data Scientist · NLP and Demand Forecasting",
    contact=["Bengaluru, Karnataka  ·  +91 98450 55512  ·  ananya.k@example.in  ·  github.com/ananyak"],
    emp="c", hs=dict(size=10, color=(255, 255, 255), accent=(0, 120, 120), deco="pill", before=4.5), body=[
    "H:Profile Snapshot",
    "P:Data scientist with seven years of experience building forecasting and language models for retail and fintech. I enjoy taking a model from a notebook to a monitored service and explaining its results to business teams.",
    "H:Core Competencies",
    "L:Modelling: gradient boosting, time-series forecasting, transformer fine-tuning, causal inference",
    "L:Engineering: Python, SQL, PySpark, Airflow, Docker, MLflow, FastAPI",
    "L:Cloud: AWS SageMaker, Redshift, GCP BigQuery",
    "H:Professional Journey",
    "J:Lead Data Scientist|Jul 2021 - present", "E:Kirana Kart Technologies Pvt. Ltd., Bengaluru",
    "B:Own the demand-forecasting platform for 9,000 SKUs across 40 dark stores; cut stock-outs by 18%.",
    "B:Lead a pod of five data scientists and two ML engineers; set review and experiment standards.",
    "B:Introduced probabilistic forecasts so that replenishment planners can choose service levels.",
    "J:Data Scientist|Jun 2018 - Jun 2021", "E:PaySetu Financial Services, Pune",
    "B:Built a Hindi-English code-mixed intent classifier for the support chatbot (F1 0.87).",
    "B:Designed the early-warning credit model used for 2 million small-merchant loans.",
    "J:Analyst, Decision Sciences|Jul 2016 - May 2018", "E:Mu Analytics India, Bengaluru",
    "B:Delivered marketing-mix models for two FMCG clients.",
    "H:Selected Projects",
    "X:Vernacular Ticket Router",
    "P:Routes support tickets written in six Indian languages to the right queue; a distilled multilingual model serves 30,000 tickets a day at 40 ms.",
    "X:Monsoon Sales Forecaster",
    "P:Adds rainfall forecasts from IMD to the weekly sales model for beverages; improved forecast error by 9 points in the rainy season.",
    "H:Academic Credentials",
    "D:M.Tech, Computer Science and Engineering|2016", "E:Indian Institute of Technology Madras, Chennai - CGPA 8.9/10",
    "D:B.E., Electronics and Communication Engineering|2014", "E:PSG College of Technology, Coimbatore - First Class with Distinction",
    "H:Certifications",
    "B:AWS Certified Machine Learning - Specialty (2022)",
    "B:Google Cloud Professional Data Engineer (2020)",
    "H:Conference Papers",
    "B:Krishnamurthy A., Rao S. Probabilistic demand forecasting for quick commerce. CODS-COMAD 2023, Mumbai.",
    "B:Krishnamurthy A. et al. Intent detection for code-mixed Hinglish support chats. ICON 2020, Patna.",
    "H:Hackathons & Recognition",
    "B:Winner, Flipkart GRiD 3.0 data science track (2021)",
    "B:Kirana Kart Star Performer award, two years running (2022, 2023)",
    "H:Languages Known",
    "P:English (fluent), Kannada (native), Tamil (fluent), Hindi (conversational)",
    "H:Declaration",
    "P:I hereby declare that the information furnished above is true to the best of my knowledge and belief.",
    "G:Place: Bengaluru          Date: 15 November 2025",
]))

R.append(dict(fn="q03_en_heading1.docx", lang="en-US", font="Calibri", size=10.5, name="Marisol T. Avery", acc=(60, 60, 140),
    tag="Litigation Paralegal", contact=["Phoenix, AZ 85004  •  (602) 555-0144  •  marisol.avery@example.com"],
    emp="i", hs=dict(builtin="Heading 1"), body=[
    "H:Summary of Qualifications",
    "B:Nine years supporting civil litigation teams from intake through trial, in state and federal courts.",
    "B:Manages e-discovery productions of up to 2 million documents in Relativity.",
    "B:Bilingual English-Spanish; conducts client interviews and certified-translation reviews.",
    "H:Legal Experience",
    "J:Senior Litigation Paralegal|2019 - present", "E:Hargrove Benitez LLP, Phoenix, AZ",
    "B:Draft discovery requests, privilege logs and trial exhibit lists for a six-attorney commercial team.",
    "B:Coordinated logistics for four jury trials, including witness binders and courtroom technology.",
    "J:Paralegal|2016 - 2019", "E:Maricopa County Public Defender, Phoenix, AZ",
    "B:Summarized police reports and body-camera footage for felony caseloads.",
    "J:Legal Assistant|2014 - 2016", "E:Desert Sun Title & Escrow, Mesa, AZ",
    "H:Education and Certification",
    "D:B.A., Political Science|2014", "E:Arizona State University, Tempe",
    "D:Paralegal Studies Certificate (ABA-approved)|2015", "E:Phoenix College",
    "L:Certification: NALA Certified Paralegal (CP), 2017",
    "H:Software Proficiency",
    "P:Relativity, Clio, Westlaw Edge, Lexis+, CaseMap, TrialDirector, Adobe Acrobat Pro, Microsoft 365",
    "H:Language Skills",
    "P:English (native); Spanish (full professional proficiency)",
    "H:Pro Bono Work",
    "B:Volunteer, Community Legal Services eviction-defense clinic (monthly since 2018)",
    "B:Intake volunteer, Arizona Justice Project wrongful-conviction reviews",
    "H:Professional Affiliations",
    "B:Arizona Paralegal Association, member since 2015; Board Secretary 2022-2023",
    "B:National Association for Legal Support Professionals",
]))

R.append(dict(fn="q04_en_shaded.docx", lang="en-GB", font="Arial", size=10, name="Siobhan Pritchard", acc=(0, 95, 95),
    tag="Registered Social Worker - Children and Families",
    contact=["Leeds LS6 2QF  |  07700 900 418  |  siobhan.pritchard@example.co.uk"],
    emp="c", hs=dict(custom="Section Band", size=11, bold=True, color=(255, 255, 255), fill="005F5F", before=12, after=4), body=[
    "H:PERSONAL STATEMENT",
    "P:Experienced children's social worker with a calm, relationship-based approach. I have held a statutory caseload in a busy locality team and I am now looking for an advanced practitioner role in a fostering service.",
    "H:EMPLOYMENT HISTORY",
    "J:Senior Social Worker, Children in Care|May 2021 - present", "E:Leeds City Council, Children and Families Service",
    "B:Hold a caseload of 16 looked-after children, including care proceedings and permanence planning.",
    "B:Supervise two newly qualified social workers through their Assessed and Supported Year in Employment.",
    "J:Social Worker, Assessment Team|Sep 2017 - Apr 2021", "E:Bradford Children's Services",
    "B:Completed single assessments and Section 47 enquiries within statutory timescales.",
    "J:Family Support Worker|Jan 2014 - Aug 2015", "E:Barnardo's, Halifax",
    "H:SOCIAL WORK ENGLAND REGISTRATION",
    "P:Registered social worker, registration number SW104557, renewed November 2025.",
    "H:EDUCATION AND TRAINING",
    "D:MA Social Work|2017", "E:University of Leeds",
    "D:BA (Hons) Sociology and Social Policy, 2:1|2013", "E:University of York",
    "H:CONTINUING PROFESSIONAL DEVELOPMENT",
    "B:Practice Educator Professional Standards, Stage 1 (2023)",
    "B:Signs of Safety two-day practitioner training (2022)",
    "B:Trauma-informed practice with adolescents (2020)",
    "H:KEY SKILLS",
    "B:Direct work with children using life-story and play-based tools",
    "B:Court report writing and giving evidence",
    "B:Multi-agency working with health, police and education partners",
    "H:VOLUNTEERING",
    "P:Trustee and weekend volunteer, Leeds Young Carers Project (2016 - present).",
    "H:REFERENCES",
    "P:Available on request.",
]))

R.append(dict(fn="q05_en_table.docx", lang="en-NG", font="Segoe UI", size=9.5, name="Chukwuemeka Obi-Adeyemi", acc=(0, 100, 50),
    tag="HSE Officer (Oil and Gas)", contact=["14 Aba Road, Port Harcourt, Rivers State  •  +234 803 555 0192  •  emeka.obiadeyemi@example.com.ng"],
    emp="c", rowtable=True, marg=16,
    hs=dict(custom="Side Heading", size=10.5, bold=True, color=(0, 100, 50), before=2, after=2), body=[
    "H:Career Objective",
    "P:To contribute my skills in occupational safety and environmental compliance to a reputable upstream operator, while growing towards an HSE supervisory role.",
    "H:Work Experience",
    "J:HSE Officer|2020 - Date", "E:Delta Basin Petroleum Services Ltd, Port Harcourt",
    "B:Conduct daily toolbox talks, permit-to-work audits and job hazard analyses on two flow stations.",
    "B:Investigated 23 incidents and near misses and tracked corrective actions to closure.",
    "J:Safety Assistant|2017 - 2020", "E:Niger Delta Fabrication Yard, Onne",
    "B:Maintained fire-fighting equipment registers and PPE issue records.",
    "J:NYSC Corps Member|2016 - 2017", "E:Rivers State Ministry of Environment",
    "H:Educational Qualifications",
    "D:B.Eng. Chemical Engineering (Second Class Upper)|2015", "E:University of Port Harcourt",
    "D:West African Senior School Certificate (WASSCE)|2009", "E:Federal Government College, Port Harcourt",
    "H:Professional Certifications",
    "B:NEBOSH International General Certificate (2019)",
    "B:ISPON Certified Safety Professional, Level 2 (2021)",
    "B:OPITO BOSIET with CA-EBS (renewed 2024)",
    "H:Computer Literacy",
    "P:Microsoft Office (Excel pivot tables), SAP EHS, Power BI dashboards",
    "H:Personal Data",
    "L:Date of Birth: 3rd March 1992",
    "L:State of Origin: Anambra",
    "L:Marital Status: Married",
    "L:Nationality: Nigerian",
    "H:Hobbies",
    "P:Football, reading biographies, chess",
    "H:Referees",
    "R:Engr. Ngozi Eze", "G:Operations Manager, Delta Basin Petroleum Services Ltd  •  +234 805 555 0310",
    "R:Dr. Ibrahim Bello", "G:Senior Lecturer, Dept. of Chemical Engineering, University of Port Harcourt",
]))

R.append(dict(fn="q06_de_kursiv.pdf", lang="de-DE", font="lsr", size=10.3, name="Johanna Vogelsang", acc=(140, 30, 40),
    tag="Architektin (Dipl.-Ing.) · Bestandssanierung und Holzbau",
    contact=["Wiesentalstraße 12, 79115 Freiburg im Breisgau  ·  0761 555 2391  ·  j.vogelsang@example.de"],
    emp="i", hs=dict(font="lsr", style="I", size=15, color=(140, 30, 40), accent=(140, 30, 40), deco="under", before=3.5), body=[
    "H:Über mich",
    "P:Architektin mit zwölf Jahren Praxis in allen Leistungsphasen, Schwerpunkt Umbau und Sanierung denkmalgeschützter Gewerbebauten sowie Holzbau im Geschosswohnungsbau.",
    "H:Berufliche Stationen",
    "J:Projektleiterin|seit 04/2018", "E:Hartmann + Lenz Architekten PartGmbB, Freiburg",
    "B:Leitung von Projekten bis 14 Mio. € Baukosten, LPH 1-8, Führung von drei Mitarbeitenden",
    "B:Abstimmung mit Denkmalschutzbehörden, Tragwerksplanung und Brandschutz",
    "J:Architektin|09/2013 - 03/2018", "E:werkraum architekten, Basel (CH)",
    "B:Entwurf und Ausführungsplanung im Wohnungs- und Schulbau",
    "H:Ausgewählte Projekte",
    "X:Umbau Alte Mälzerei, Emmendingen",
    "P:Umnutzung einer Mälzerei von 1897 zu 38 Wohnungen und einem Quartierscafé, Fertigstellung 2023.",
    "X:Kita Sonnenhalde, Gundelfingen",
    "P:Sechsgruppige Kindertagesstätte in Holzmodulbauweise, Passivhausstandard.",
    "H:Studium",
    "D:Diplom-Ingenieurin Architektur|2013", "E:Karlsruher Institut für Technologie (KIT)",
    "P:Diplomarbeit: Nachverdichtung mit Holz in Gründerzeitquartieren (Note 1,3)",
    "H:Software",
    "L:CAD/BIM: ArchiCAD, Vectorworks, Solibri",
    "L:AVA: California.pro, ORCA AVA",
    "H:Sprachen",
    "P:Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (gut)",
    "H:Mitgliedschaften",
    "P:Architektenkammer Baden-Württemberg, Eintragung in die Architektenliste seit 2016",
    "H:Auszeichnungen",
    "B:Hugo-Häring-Auszeichnung 2024 (Alte Mälzerei)",
    "B:Holzbaupreis Baden-Württemberg, Anerkennung 2022",
]))

R.append(dict(fn="q07_de_buchstaben.pdf", lang="de-AT", font="dvs", size=9.3, name="Mag. Florian Leitgeb", acc=(50, 50, 50),
    tag="", contact=["Institut für Festkörperphysik, Technische Universität Wien  ·  florian.leitgeb@example.at"],
    emp="i", hs=dict(font="dvs", size=11.5, color=(20, 20, 20), accent=(90, 90, 90), deco="hair", before=4), body=[
    "H:A. Persönliche Angaben",
    "L:Geburtsdatum: 14. Juni 1996, Graz",
    "L:Staatsbürgerschaft: Österreich",
    "L:Anschrift: Schäffergasse 7/12, 1040 Wien",
    "H:B. Akademischer Werdegang",
    "D:Doktoratsstudium Technische Physik|seit 10/2021", "E:Technische Universität Wien",
    "P:Dissertation: Magnetische Anregungen in frustrierten Kagome-Gittern (Betreuung: Univ.-Prof. Dr. E. Hausberger)",
    "D:Masterstudium Physik|2019 - 2021", "E:Karl-Franzens-Universität Graz, mit Auszeichnung",
    "D:Bachelorstudium Physik|2015 - 2019", "E:Karl-Franzens-Universität Graz",
    "H:C. Forschungs- und Lehrtätigkeit",
    "J:Projektassistent (prae doc), FWF-Projekt P 34411|seit 10/2021", "E:Institut für Festkörperphysik, TU Wien",
    "J:Tutor, Laborübungen Physik II|2018 - 2021", "E:Institut für Physik, Universität Graz",
    "H:D. Veröffentlichungen",
    "B:Leitgeb F., Hausberger E., Novak T. (2025). Spin-wave continuum in a kagome antiferromagnet. Phys. Rev. B 111, 054412.",
    "B:Leitgeb F., Novak T. (2023). Thermal Hall effect in frustrated magnets. J. Phys.: Condens. Matter 35, 225801.",
    "H:E. Vorträge",
    "B:Frustrierte Magnete im Neutronenlicht. ÖPG-Jahrestagung, Linz, September 2024.",
    "B:Kagome spin liquids revisited. DPG Spring Meeting, Berlin, März 2024 (Poster).",
    "H:F. Stipendien und Preise",
    "B:DOC-Stipendium der Österreichischen Akademie der Wissenschaften (2022-2025)",
    "B:Würdigungspreis des Bundesministeriums für Bildung, Wissenschaft und Forschung (2021)",
    "H:G. Methodenkenntnisse",
    "L:Experimentell: Neutronenstreuung (ILL Grenoble, PSI), SQUID-Magnetometrie, Tieftemperaturtechnik",
    "L:Numerisch: Python, Julia, SpinW, Monte-Carlo-Simulationen",
    "H:H. Sprachkenntnisse",
    "P:Deutsch (Erstsprache), Englisch (C1), Italienisch (B1)",
]))

R.append(dict(fn="q08_de_seitenleiste.pdf", lang="de-CH", font="ls", size=9.3, name="Corinne Baumgartner", acc=(0, 110, 110),
    tag="Eidg. dipl. Apothekerin", emp="c", ncol=(0, 70, 70),
    main=(74, 121), side=(9, 52, (232, 240, 240)),
    shs=dict(size=9, color=(0, 90, 90), accent=(0, 90, 90), before=4),
    hs=dict(size=14, color=(0, 110, 110), accent=(0, 110, 110), before=3), sbody=[
    "H:KONTAKT",
    "P:Rosenbergstrasse 33", "P:8400 Winterthur", "P:+41 79 555 23 17", "P:c.baumgartner@example.ch",
    "H:FACHKOMPETENZEN",
    "B:Impfen und Blutentnahme", "B:Medikationscheck (Polymedikation)", "B:netCare-Triage", "B:Heimversorgung", "B:Pharmacode / Golden Gate",
    "H:SPRACHEN",
    "P:Deutsch - Muttersprache", "P:Französisch - C1", "P:Englisch - B2", "P:Italienisch - A2",
    "H:FREIZEIT",
    "P:Bergwandern, Chorgesang, Kräutergarten",
    ], body=[
    "H:Profil",
    "P:Apothekerin mit acht Jahren Offizinerfahrung und Fähigkeitsausweisen für Impfen und Blutentnahme. Ich führe ein Team von sieben Pharma-Assistentinnen und bringe neue Dienstleistungen wie netCare in den Alltag.",
    "H:Berufserfahrung",
    "J:Apothekerin, stv. Geschäftsführerin|seit 2020", "E:TopPharm Apotheke am Bahnhof, Winterthur",
    "B:Personalführung und Lernendenbetreuung (3 Lernende Pharma-Assistenz)",
    "B:Aufbau der Impfsprechstunde: rund 1200 Impfungen pro Saison",
    "J:Apothekerin|2017 - 2020", "E:Amavita Apotheke Neumarkt, Zürich",
    "B:Beratung, Rezeptvalidierung und Heimbelieferung von zwei Pflegeheimen",
    "J:Assistenzjahr|2016 - 2017", "E:Kantonsspital Baden, Spitalapotheke",
    "H:Aus- und Weiterbildung",
    "D:Eidgenössisches Diplom in Pharmazie|2017", "E:ETH Zürich",
    "D:Master of Science ETH in Pharmazie|2016", "E:ETH Zürich",
    "D:Fachapothekerin FPH in Offizinpharmazie|2022", "E:pharmaSuisse / FPH",
    "H:Fähigkeitsausweise FPH",
    "B:Impfen und Blutentnahme (2019)",
    "B:Anamnese in der Grundversorgung (2021)",
    "H:Engagement",
    "P:Vorstandsmitglied im Samariterverein Winterthur-Veltheim, Kursleiterin Nothilfekurse (ehrenamtlich).",
]))

R.append(dict(fn="q09_de_heading1.docx", lang="de-DE", font="Arial", size=10, name="Tobias Reinhardt", acc=(20, 110, 60),
    tag="Backend-Entwickler (Java, Kotlin) · Leipzig", contact=["Karl-Heine-Straße 88, 04229 Leipzig  |  0176 5550 1842  |  tobias.reinhardt@example.de"],
    emp="c", hs=dict(builtin="Heading 1", restyle=True, fname="Arial", size=13, bold=True, color=(20, 110, 60),
                    border=(("left",), "single", "24", "14A046", "6"), before=14, after=4), body=[
    "H:Kurzprofil",
    "P:Backend-Entwickler mit sechs Jahren Erfahrung in verteilten Systemen für E-Commerce und Logistik. Ich schreibe gern gut getesteten Code und teile Wissen in Code-Reviews und Tech-Talks.",
    "H:Tech-Stack",
    "L:Sprachen: Java 21, Kotlin, SQL, etwas Go",
    "L:Frameworks: Spring Boot, Ktor, Hibernate, Kafka Streams",
    "L:Betrieb: Kubernetes, Terraform, Grafana, GitLab CI",
    "H:Berufserfahrung",
    "J:Senior Backend Engineer|seit 03/2022", "E:Lieferwerk GmbH, Leipzig",
    "B:Neuentwicklung des Tourenplanungs-Service (Kotlin, Kafka), 40 % weniger Laufzeit",
    "B:Einführung von Contract-Tests zwischen zwölf Microservices",
    "J:Softwareentwickler|08/2019 - 02/2022", "E:Shopwerk AG, Dresden",
    "B:Zahlungs- und Retourenprozesse für einen Onlineshop mit 2 Mio. Kunden",
    "H:Open-Source-Beiträge",
    "X:ktor-ratelimit",
    "P:Plugin für Rate-Limiting in Ktor, rund 600 Sterne auf GitHub, Maintainer seit 2021.",
    "X:Spring Batch (Bugfixes)",
    "P:Mehrere gemergte Pull-Requests zur Wiederaufnahme abgebrochener Jobs.",
    "H:Bildungsweg",
    "D:B.Sc. Informatik|2019", "E:Hochschule für Technik, Wirtschaft und Kultur Leipzig",
    "D:Fachinformatiker für Anwendungsentwicklung (IHK)|2015", "E:Berufsschulzentrum Dresden",
    "H:Zertifikate",
    "B:Oracle Certified Professional: Java SE 17 Developer (2023)",
    "B:Certified Kubernetes Application Developer (CKAD), 2022",
    "H:Sprachkenntnisse",
    "P:Deutsch (Muttersprache), Englisch (fließend, C1), Polnisch (Grundkenntnisse)",
    "H:Hobbys",
    "P:Bouldern, Brettspiele, Bahnreisen",
]))

R.append(dict(fn="q10_de_punktlinie.docx", lang="de-CH", font="Verdana", size=9.5, name="Lea Schüpbach", acc=(150, 60, 110),
    tag="Kindergartenlehrperson", contact=["Bernstrasse 41, 3018 Bern  ·  079 555 61 40  ·  lea.schuepbach@example.ch"],
    emp="i", hs=dict(custom="Rubrik Punktlinie", size=12, color=(150, 60, 110), border=(("bottom",), "dotted", "8", "965A6E", "2"), before=14, after=4), body=[
    "H:PERSONALIEN",
    "L:Jahrgang: 1994",
    "L:Heimatort: Langnau im Emmental",
    "L:Zivilstand: ledig",
    "H:BERUFSERFAHRUNG",
    "J:Kindergartenlehrperson (80 %)|seit 08/2019", "E:Schule Bümpliz, Kindergarten Tscharnergut, Bern",
    "B:Klassenführung eines zweisprachigen Kindergartens (DaZ-Anteil 60 %)",
    "B:Elterngespräche mit interkulturellen Dolmetschenden",
    "J:Stellvertretungen|2017 - 2019", "E:Diverse Kindergärten der Stadt Bern",
    "H:PRAKTIKA",
    "J:Praktikantin Kita|2013 - 2014", "E:Kita Sunnegarte, Thun",
    "H:AUSBILDUNG",
    "D:Bachelor of Arts in Vorschul- und Primarstufe|2017", "E:Pädagogische Hochschule Bern",
    "D:Gymnasiale Maturität, Schwerpunkt Musik|2013", "E:Gymnasium Thun",
    "H:WEITERBILDUNGEN",
    "B:CAS Deutsch als Zweitsprache und Interkulturalität (2022)",
    "B:Kurs Psychomotorik im Kindergartenalltag (2021)",
    "H:KOMPETENZEN",
    "B:Spielbasiertes Lernen, Beobachten und Dokumentieren",
    "B:Musik und Rhythmik (Gitarre, Klavier)",
    "H:SPRACHEN",
    "P:Deutsch und Berndeutsch (Muttersprache), Französisch (B2), Englisch (B1)",
    "H:REFERENZEN",
    "R:Frau Ursula Gerber", "G:Schulleiterin Schule Bümpliz, 031 555 12 80",
]))

R.append(dict(fn="q11_de_heading4.docx", lang="de-DE", font="Calibri", size=11, name="Niklas Brandtner", acc=(60, 60, 60),
    tag="", contact=["Schillerstraße 5, 71638 Ludwigsburg  ·  0157 5558 2216  ·  niklas.brandtner@example.de"],
    emp="i", hs=dict(builtin="Heading 4"), body=[
    "H:Persönliches",
    "L:Geburtsdatum: 22.09.2004 in Ludwigsburg",
    "L:Staatsangehörigkeit: deutsch",
    "H:Berufsausbildung",
    "D:Ausbildung zum Mechatroniker|09/2021 - 07/2025", "E:Bosch Rexroth AG, Werk Schwieberdingen",
    "P:Abschluss vor der IHK Region Stuttgart mit der Note 2,1",
    "H:Schulbildung",
    "D:Mittlere Reife|2021", "E:Oscar-Paret-Schule, Freiberg am Neckar",
    "H:Praktische Erfahrungen",
    "J:Ferienjob Lagerhelfer|Sommer 2020", "E:Dachser SE, Kornwestheim",
    "J:Schülerpraktikum Kfz-Werkstatt|2019", "E:Autohaus Kienle, Ludwigsburg",
    "H:Kenntnisse und Fähigkeiten",
    "B:SPS-Programmierung (Siemens TIA Portal), Pneumatik und Hydraulik",
    "B:Fehlersuche an Montageanlagen, Schweißen (MAG)",
    "B:MS Office, SAP PM (Grundlagen)",
    "H:Führerschein",
    "P:Klasse B und Staplerschein",
    "H:Ehrenamt",
    "P:Jugendfeuerwehr Ludwigsburg (2016 - 2022), heute aktiver Feuerwehrmann",
    "H:Freizeitaktivitäten",
    "P:Mountainbike, Modellbau, Schrauben am eigenen Motorrad",
    "G:Ludwigsburg, 10. November 2025",
]))

R.append(dict(fn="q12_fr_soulignecourt.pdf", lang="fr-MA", font="ls", size=9.6, name="Youssef El Amrani", acc=(20, 50, 110),
    tag="Comptable principal · Fiscalité et consolidation",
    contact=["Bd Zerktouni, Casablanca  ·  +212 6 61 55 42 90  ·  youssef.elamrani@example.ma"],
    emp="c", hs=dict(size=11.5, color=(20, 50, 110), accent=(230, 120, 20), deco="shortrule", before=4), body=[
    "H:PROFIL PROFESSIONNEL",
    "P:Comptable principal avec neuf ans d'expérience en cabinet et en entreprise, maîtrisant la clôture mensuelle, les déclarations fiscales marocaines et le reporting IFRS pour un groupe coté.",
    "H:PARCOURS PROFESSIONNEL",
    "J:Comptable principal|depuis 2020", "E:Groupe Atlas Agro Industries, Casablanca",
    "B:Clôtures mensuelles et consolidation de cinq filiales, délai ramené de 12 à 7 jours",
    "B:Préparation des déclarations IS, TVA et IR, relation avec la DGI",
    "J:Auditeur junior puis senior|2016 - 2020", "E:Fiduciaire Atlas Conseil, Casablanca",
    "B:Missions d'audit légal dans la distribution et le BTP",
    "H:FORMATION ACADÉMIQUE",
    "D:Master Comptabilité, Contrôle et Audit|2016", "E:ENCG Settat",
    "D:Licence en Sciences de Gestion|2014", "E:Université Hassan II, Casablanca",
    "H:COMPÉTENCES TECHNIQUES",
    "L:Logiciels : Sage 100 Comptabilité, SAP FI, Excel avancé (Power Query)",
    "L:Normes : CGNC, IFRS, Code général des impôts",
    "H:ATTESTATIONS ET CERTIFICATS",
    "B:Diplôme IFRS (DipIFR) de l'ACCA, 2021",
    "B:Certificat Power BI Data Analyst, 2023",
    "H:LANGUES",
    "P:Arabe : langue maternelle · Français : courant · Anglais : professionnel",
    "H:VIE ASSOCIATIVE",
    "P:Trésorier bénévole de l'association Injaz Al-Maghrib, section Casablanca (depuis 2019)",
    "H:CENTRES D'INTÉRÊT",
    "P:Course à pied (semi-marathon de Casablanca), photographie, échecs",
]))

R.append(dict(fn="q13_fr_onglet.pdf", lang="fr-CH", font="dv", size=9.2, name="Mélanie Rochat", acc=(170, 40, 90),
    tag="Réceptionniste d'hôtel · Front Office", contact=["Avenue de la Gare 19, 1003 Lausanne  ·  +41 78 555 20 66  ·  melanie.rochat@example.ch"],
    emp="c", hs=dict(size=10, color=(255, 255, 255), accent=(170, 40, 90), deco="tab", before=4), body=[
    "H:En quelques mots",
    "P:Réceptionniste souriante et rigoureuse, cinq saisons dans l'hôtellerie de luxe entre lac et montagne. J'aime résoudre les imprévus et faire en sorte que chaque client se sente attendu.",
    "H:Expériences",
    "J:Réceptionniste|depuis 2022", "E:Beau-Rivage Palace, Lausanne-Ouchy",
    "B:Check-in et check-out de 168 chambres, gestion des VIP et des demandes spéciales",
    "B:Formation de quatre stagiaires sur Opera PMS",
    "J:Réceptionniste saisonnière (hiver)|2019 - 2022", "E:Hôtel Alpina, Verbier",
    "B:Réservations, facturation et coordination avec le service de conciergerie",
    "H:Stages",
    "J:Stagiaire Front Office|2018", "E:Hôtel des Bergues, Genève",
    "J:Stagiaire Housekeeping|2017", "E:Grand Hôtel du Lac, Vevey",
    "H:Formation",
    "D:CFC d'employée de commerce, branche Hôtellerie-Gastronomie-Tourisme|2018", "E:Ecole professionnelle commerciale de Lausanne",
    "D:Brevet fédéral de spécialiste en hôtellerie (en cours)|2025", "E:Hotel & Gastro formation Suisse",
    "H:Savoir-faire",
    "B:Accueil multilingue et gestion des réclamations",
    "B:Yield management de base, upselling",
    "H:Outils informatiques",
    "P:Opera PMS, Protel, Mews, SIHOT, suite Microsoft Office",
    "H:Langues parlées",
    "P:Français (langue maternelle), allemand (B2), anglais (C1), italien (A2)",
    "H:Loisirs",
    "P:Ski de randonnée, cuisine végétarienne, théâtre amateur",
]))

R.append(dict(fn="q14_fr_losange.pdf", lang="fr-SN", font="dvs", size=9.3, name="Dr Aminata Diouf", acc=(0, 100, 70),
    tag="Agronome, chercheuse en amélioration variétale", contact=["ISRA-CERAAS, Thiès, Sénégal  ·  +221 77 555 31 08  ·  aminata.diouf@example.sn"],
    emp="i", hs=dict(font="dv", size=12, color=(0, 100, 70), before=4), body=[
    "H:◆ Résumé",
    "P:Chercheuse en génétique et amélioration des céréales sèches (mil, sorgho) depuis 2014. J'ai coordonné des essais multilocaux dans quatre pays du Sahel et encadré une vingtaine d'étudiants.",
    "H:◆ Postes occupés",
    "J:Chargée de recherche|depuis 2019", "E:Institut sénégalais de recherches agricoles (ISRA), CERAAS, Thiès",
    "B:Responsable du programme mil : sélection participative avec 40 groupements paysans",
    "B:Gestion d'un budget annuel de 180 000 € (fonds McKnight et CGIAR)",
    "J:Attachée de recherche|2014 - 2019", "E:ISRA, Centre national de recherches agronomiques, Bambey",
    "J:Assistante d'enseignement|2011 - 2014", "E:Université de Thiès, École nationale supérieure d'agriculture",
    "H:◆ Encadrement",
    "B:Co-direction de 3 thèses de doctorat (UCAD, Université de Thiès) et de 14 mémoires de master",
    "B:Cours de biométrie, Master Amélioration des plantes, Université de Thiès (20 h par an)",
    "H:◆ Diplômes",
    "D:Doctorat en biologie végétale|2014", "E:Université Cheikh Anta Diop de Dakar, en cotutelle avec Montpellier SupAgro",
    "D:Diplôme d'ingénieur agronome|2010", "E:École nationale supérieure d'agriculture, Thiès",
    "H:◆ Projets de recherche",
    "X:PRIMA-Mil",
    "P:Sélection de variétés de mil tolérantes à la sécheresse de fin de cycle (2020-2025, 4 pays).",
    "X:SorghoNut",
    "P:Biofortification du sorgho en fer et en zinc avec HarvestPlus (2017-2021).",
    "H:◆ Publications choisies",
    "B:Diouf A., Ndiaye M., Vadez V. (2024). Terminal drought tolerance in pearl millet landraces. Field Crops Research 305, 109187.",
    "B:Diouf A., Sy O. (2021). Participatory varietal selection of sorghum in Senegal. Agronomie Africaine 33(2), 145-158.",
    "B:Diouf A. et al. (2018). Iron and zinc variability in West African sorghum. Crop Science 58, 2017-2027.",
    "H:◆ Communications",
    "B:Le mil face au climat : vingt ans de sélection au Sahel. Conférence invitée, Journées scientifiques du CORAF, Dakar, 2023.",
    "B:Phenotyping root traits in millet. Poster, International Plant Phenotyping Symposium, Wageningen, 2022.",
    "H:◆ Bourses et distinctions",
    "B:Bourse AWARD (African Women in Agricultural Research and Development), 2016",
    "B:Prix de la meilleure thèse, École doctorale ED-SEV, UCAD, 2015",
    "H:◆ Sociétés savantes",
    "B:Membre de l'Association sénégalaise pour l'avancement de la science",
    "B:Membre de la Crop Science Society of America",
    "H:◆ Langues",
    "P:Wolof et sérère (langues maternelles), français (courant), anglais (courant)",
]))

R.append(dict(fn="q15_fr_bordgauche.docx", lang="fr-LU", font="Cambria", size=10.5, name="Laurent Schmit", acc=(30, 50, 100),
    tag="Compliance Officer · Lutte anti-blanchiment", contact=["L-2550 Luxembourg  |  +352 621 555 407  |  laurent.schmit@example.lu"],
    emp="i", hs=dict(custom="Rubrique CV", size=12, bold=True, color=(30, 50, 100), fill="EEF1F7",
                    border=(("left",), "single", "36", "1E3264", "6"), before=14, after=6), body=[
    "H:Synthèse",
    "P:Spécialiste conformité depuis dix ans dans la banque privée et les fonds d'investissement, habitué aux inspections de la CSSF et à la mise en place de programmes AML/KYC fondés sur les risques.",
    "H:Expérience professionnelle",
    "J:Senior Compliance Officer|depuis 2021", "E:Banque Privée du Kirchberg S.A., Luxembourg",
    "B:Responsable de la revue KYC de 2 400 relations clients à haut risque",
    "B:Rédaction de la politique de sanctions internationales et formation de 150 collaborateurs",
    "J:Analyste AML|2016 - 2021", "E:Fund Services Europe S.à r.l., Strassen",
    "B:Analyse des investisseurs de fonds alternatifs, déclarations de soupçon à la CRF",
    "H:Formation initiale",
    "D:Master en droit bancaire et financier|2015", "E:Université du Luxembourg",
    "D:Licence en droit|2013", "E:Université de Strasbourg",
    "H:Formation continue",
    "B:Certified Anti-Money Laundering Specialist (CAMS), ACAMS, 2019",
    "B:Formation ILA « Compliance Officer » (2020)",
    "H:Domaines d'expertise",
    "B:Approche fondée sur les risques, filtrage de sanctions, gouvernance des fonds",
    "B:Outils : World-Check, Actimize, Avaloq",
    "H:Langues",
    "P:Luxembourgeois et français (langues maternelles), allemand (courant), anglais (courant)",
    "H:Affiliations",
    "P:Membre de l'ALCO (Association luxembourgeoise des compliance officers) depuis 2017",
    "H:Références",
    "P:Communiquées sur demande.",
]))

R.append(dict(fn="q16_fr_cartouche.docx", lang="fr-FR", font="Trebuchet MS", size=10, name="Kévin Lemarchand", acc=(200, 90, 0),
    tag="Plombier-chauffagiste qualifié", contact=["14 rue des Tanneurs, 35000 Rennes  ·  06 55 42 17 80  ·  kevin.lemarchand@example.fr"],
    emp="c", hbox="2B4A6F", hs=dict(custom="Cartouche", size=11, bold=True, color=(255, 255, 255), before=2, after=2), body=[
    "H:Mon métier",
    "P:Plombier-chauffagiste depuis douze ans, en neuf comme en rénovation. Je pose et dépanne des chaudières, des pompes à chaleur et des salles de bains complètes, en autonomie chez le client.",
    "H:Chantiers et employeurs",
    "J:Plombier-chauffagiste, chef d'équipe|depuis 2019", "E:SARL Guillou Thermique, Cesson-Sévigné",
    "B:Installation de pompes à chaleur air-eau et de planchers chauffants (environ 60 chantiers par an)",
    "B:Encadrement de deux apprentis",
    "J:Plombier|2013 - 2019", "E:Entreprise Le Goff Bâtiment, Rennes",
    "B:Rénovation de salles de bains, réseaux cuivre, multicouche et PER",
    "H:Diplômes",
    "D:BP Monteur en installations du génie climatique et sanitaire|2013", "E:CFA du Bâtiment, Saint-Grégoire",
    "D:CAP Monteur en installations sanitaires|2011", "E:Lycée professionnel Jean Jaurès, Rennes",
    "H:Habilitations",
    "B:Attestation de capacité fluides frigorigènes, catégorie I",
    "B:Habilitation électrique BR",
    "B:Qualification RGE QualiPAC",
    "H:Ce que je sais faire",
    "B:Lecture de plans et de schémas hydrauliques",
    "B:Soudure au chalumeau, brasure forte",
    "B:Mise en service et réglage de chaudières gaz à condensation",
    "H:Permis",
    "P:Permis B, véhicule personnel",
    "H:Passions",
    "P:Football en club (entraîneur des U11), pêche en mer",
]))

R.append(dict(fn="q17_fr_tirets.docx", lang="fr-CM", font="Georgia", size=10.5, name="Serge Mbarga Essomba", acc=(120, 40, 40), center=True,
    tag="Professeur de mathématiques (PLEG)", contact=["Yaoundé, Cameroun  ·  +237 6 77 55 42 18  ·  serge.mbarga@example.cm"],
    emp="i", hs=dict(builtin="Heading 1", restyle=True, fname="Georgia", size=14, bold=False, color=(120, 40, 40), center=True, before=14, after=6), body=[
    "H:— Profil —",
    "P:Professeur de lycée titulaire, douze ans d'enseignement des mathématiques du premier et du second cycle, animateur pédagogique et préparateur aux olympiades.",
    "H:— Enseignement —",
    "J:Professeur de mathématiques, animateur pédagogique|depuis 2017", "E:Lycée Général Leclerc, Yaoundé",
    "B:Classes de seconde C, première C et terminale C (effectifs de 60 à 80 élèves)",
    "B:Taux de réussite au baccalauréat C de 88 % en 2024",
    "J:Professeur de mathématiques|2013 - 2017", "E:Lycée bilingue de Bafia",
    "H:— Études —",
    "D:DIPES II Mathématiques|2013", "E:École normale supérieure de Yaoundé",
    "D:Licence de mathématiques|2010", "E:Université de Yaoundé I",
    "H:— Compétences pédagogiques —",
    "B:Approche par les compétences (APC), évaluation formative",
    "B:GeoGebra, Python pour l'algorithmique au lycée",
    "H:— Distinctions —",
    "P:Palmes académiques camerounaises, chevalier (2023)",
    "H:— Bénévolat —",
    "P:Animateur de l'association Maths pour tous : cours gratuits de soutien le samedi (depuis 2015)",
    "H:— Langues —",
    "P:Français et anglais (bilingue), ewondo (langue maternelle)",
    "H:— Personnes de référence —",
    "R:M. Jean-Paul Atangana", "G:Proviseur, Lycée Général Leclerc, +237 6 99 55 10 42",
    "R:Mme Christiane Nkoulou", "G:Inspectrice pédagogique régionale de mathématiques, Centre",
]))

R.append(dict(fn="q18_es_sobrelinea.pdf", lang="es-MX", font="ls", size=9.6, name="Diego Hernández Villaseñor", acc=(200, 60, 30),
    tag="Ingeniero de Calidad de Software (QA Automation)",
    contact=["Guadalajara, Jalisco  ·  +52 33 5550 1947  ·  diego.hdz@example.mx  ·  linkedin.com/in/diegohdzqa"],
    emp="c", hs=dict(size=10, color=(90, 90, 90), accent=(40, 40, 40), deco="overline", before=5), body=[
    "H:PERFIL",
    "P:Ingeniero QA con seis años automatizando pruebas web, móviles y de API para productos fintech y de comercio electrónico. Me gusta trabajar dentro del equipo de desarrollo desde la historia de usuario.",
    "H:EXPERIENCIA LABORAL",
    "J:QA Automation Lead|2022 - actual", "E:Pagomóvil Tecnologías S.A. de C.V., Guadalajara",
    "B:Diseñé el framework de pruebas E2E con Playwright y TypeScript; 1,300 casos en CI",
    "B:Reduje el tiempo de regresión de 3 días a 4 horas",
    "J:QA Engineer|2019 - 2022", "E:Tiendanube México, Zapopan",
    "B:Pruebas de API con Postman y RestAssured; pruebas de carga con k6",
    "J:Tester Jr.|2018 - 2019", "E:Softtek, Guadalajara",
    "H:HERRAMIENTAS",
    "L:Automatización: Playwright, Cypress, Appium, Selenium",
    "L:CI/CD: GitHub Actions, Jenkins, Docker",
    "L:Gestión: Jira, TestRail, Xray",
    "H:PROYECTOS PERSONALES",
    "X:mock-cfdi",
    "P:Servidor simulado de facturación electrónica CFDI 4.0 para pruebas; publicado en npm.",
    "H:ESCOLARIDAD",
    "D:Ingeniería en Computación|2018", "E:Universidad de Guadalajara, CUCEI",
    "H:CURSOS Y CERTIFICACIONES",
    "B:ISTQB Certified Tester Foundation Level (2019)",
    "B:ISTQB Advanced Level Test Automation Engineer (2023)",
    "H:IDIOMAS",
    "P:Español (nativo), inglés (avanzado, TOEFL iBT 102)",
]))

R.append(dict(fn="q19_es_europass.pdf", lang="es-CL", font="dv", size=9, name="", acc=(30, 80, 150), doctitle="Currículum Vitae",
    main=(62, 133), emp="c", hs=dict(size=9, style="", color=(30, 80, 150), deco="europass", before=5), body=[
    "H:INFORMACIÓN PERSONAL",
    "R:Carolina Andrea Muñoz Fuentes",
    "P:Avenida Irarrázaval 2450, depto. 61, Ñuñoa, Santiago (Chile)",
    "P:+56 9 5551 2280  ·  carolina.munoz@example.cl",
    "L:Fecha de nacimiento: 08/05/1990  |  Nacionalidad: chilena",
    "H:PUESTO SOLICITADO",
    "P:Asistente administrativa de gerencia",
    "H:EXPERIENCIA PROFESIONAL",
    "J:Asistente administrativa|2018 - actualidad", "E:Constructora Los Andes S.A., Santiago",
    "B:Gestión de agenda de gerencia general, actas de directorio y viajes",
    "B:Control de facturas de proveedores y rendiciones de gastos en SAP Business One",
    "J:Secretaria recepcionista|2013 - 2018", "E:Clínica Dental Providencia, Santiago",
    "H:EDUCACIÓN Y FORMACIÓN",
    "D:Técnico de nivel superior en Administración de Empresas|2012", "E:Instituto Profesional DuocUC, sede Plaza Oeste",
    "D:Enseñanza media científico-humanista|2008", "E:Liceo Carmela Carvajal de Prat, Providencia",
    "H:COMPETENCIAS PERSONALES",
    "B:Organización, discreción y trato cordial con clientes y directivos",
    "B:Excel intermedio (tablas dinámicas), Word, Google Workspace",
    "H:IDIOMAS",
    "L:Lengua materna: español",
    "TH:Idioma|Comprensión|Expresión oral|Escritura",
    "T:Inglés|B2|B1|B1",
    "T:Portugués|A2|A1|A1",
    "H:PERMISO DE CONDUCIR",
    "P:Clase B",
    "H:INFORMACIÓN ADICIONAL",
    "P:Disponibilidad inmediata. Renta líquida pretendida a convenir.",
]))

R.append(dict(fn="q20_es_circulos.pdf", lang="es-PE", font="lsn", size=10.2, name="Ing. Ricardo Paredes Quispe", acc=(180, 120, 0),
    tag="Gerente de Operaciones Mineras · Minería a tajo abierto",
    contact=["San Isidro, Lima  ·  +51 987 555 310  ·  ricardo.paredes@example.pe"],
    emp="c", hs=dict(font="lsn", size=13, color=(40, 40, 40), accent=(180, 120, 0), deco="circle", before=5), body=[
    "H:RESUMEN EJECUTIVO",
    "P:Ingeniero de minas con 22 años de trayectoria en operaciones de cobre y oro a tajo abierto en Perú y Chile, de los cuales diez en cargos gerenciales. Experto en productividad de flota, seguridad basada en el comportamiento y relaciones comunitarias en zonas altoandinas. He liderado equipos de más de 1,500 personas entre personal propio y contratistas.",
    "H:TRAYECTORIA PROFESIONAL",
    "J:Gerente de Operaciones Mina|2019 - actualidad", "E:Minera Cordillera Blanca S.A.A., Áncash",
    "B:Responsable de un movimiento de 180 millones de toneladas por año con 62 camiones de 300 t",
    "B:Aumento de la utilización efectiva de la flota de 71 % a 82 % con un sistema de despacho y gestión de colas",
    "B:Reducción del índice de frecuencia de accidentes incapacitantes en 45 % en tres años",
    "B:Liderazgo de la mesa de diálogo con cuatro comunidades campesinas del área de influencia",
    "J:Superintendente de Mina|2013 - 2019", "E:Compañía Minera Antapite del Sur, Arequipa",
    "B:Gestión del presupuesto operativo de USD 240 millones anuales",
    "B:Implementación de la perforación autónoma en dos perforadoras, primera experiencia en la compañía",
    "J:Jefe de Planeamiento de Corto Plazo|2008 - 2013", "E:Codelco, División Radomiro Tomic, Calama (Chile)",
    "B:Programas semanales y mensuales de producción, conciliación mina-planta",
    "J:Ingeniero de Operaciones|2003 - 2008", "E:Minera Yanacocha S.R.L., Cajamarca",
    "B:Supervisión de guardias de carguío y acarreo, control de voladura",
    "H:FORMACIÓN ACADÉMICA",
    "D:MBA, Maestría en Administración de Negocios|2012", "E:ESAN Graduate School of Business, Lima",
    "D:Ingeniero de Minas (colegiado)|2002", "E:Universidad Nacional de Ingeniería, Lima",
    "H:PROGRAMAS DE ESPECIALIZACIÓN",
    "B:Programa de Alta Dirección (PAD), Universidad de Piura, 2021",
    "B:Mine Management Program, Colorado School of Mines, 2016",
    "B:Diplomado en Gestión de Seguridad y Salud Ocupacional Minera (DS 024-2016-EM), 2017",
    "H:COMPETENCIAS GERENCIALES",
    "B:Liderazgo de equipos multiculturales y gestión del cambio",
    "B:Planificación estratégica, presupuestos y control de costos",
    "B:Negociación colectiva con sindicatos y relaciones comunitarias",
    "H:MEMBRESÍAS",
    "B:Colegio de Ingenieros del Perú, CIP N.º 84512",
    "B:Instituto de Ingenieros de Minas del Perú (IIMP), miembro del comité de operaciones",
    "H:RECONOCIMIENTOS",
    "B:Premio Nacional de Seguridad Minera, categoría tajo abierto, ISEM, 2022",
    "B:Reconocimiento a la excelencia operativa, Minera Cordillera Blanca, 2020",
    "H:IDIOMAS",
    "P:Español (nativo), inglés (avanzado), quechua (básico)",
    "H:REFERENCIAS LABORALES",
    "R:Ing. Jorge Villanueva Rojas", "G:Vicepresidente de Operaciones, Minera Cordillera Blanca  ·  +51 998 555 120",
    "R:Sra. Patricia Lozano Benavides", "G:Gerente General, Compañía Minera Antapite del Sur  ·  +51 954 555 870",
]))

R.append(dict(fn="q21_es_subtitulo.docx", lang="es-UY", font="Book Antiqua", size=10.5, name="Valentina Sosa Ferreira", acc=(90, 40, 120),
    tag="Periodista · Investigación y datos", contact=["Montevideo, Uruguay  ·  +598 99 555 418  ·  valentina.sosa@example.uy"],
    emp="i", hs=dict(builtin="Subtitle"), body=[
    "H:Sobre mí",
    "P:Periodista de investigación con catorce años en prensa escrita y digital. Combino trabajo de archivo, pedidos de acceso a la información y análisis de datos para contar historias sobre dinero público.",
    "H:Trayectoria en medios",
    "J:Editora de la unidad de investigación|2020 - actualidad", "E:Semanario Búsqueda, Montevideo",
    "B:Coordino un equipo de cuatro periodistas y una desarrolladora de datos",
    "B:Serie «Las cuentas del puerto» (2023): 12 notas, dos investigaciones parlamentarias",
    "J:Redactora de política|2014 - 2020", "E:Diario El Observador, Montevideo",
    "J:Cronista|2011 - 2014", "E:Radio Carve, Montevideo",
    "H:Formación",
    "D:Licenciatura en Comunicación|2011", "E:Universidad de la República (Udelar)",
    "D:Maestría en Periodismo de Datos|2019", "E:Universidad Torcuato Di Tella, Buenos Aires",
    "H:Publicaciones destacadas",
    "B:El precio del silencio. Montevideo: Planeta, 2021 (libro de investigación).",
    "B:«Licitaciones a medida», Búsqueda, 14 de marzo de 2024.",
    "H:Premios periodísticos",
    "B:Premio Periodismo de Excelencia, categoría investigación (2024)",
    "B:Mención, Premio Gabo, cobertura (2021)",
    "H:Idiomas",
    "P:Español (nativo), portugués (avanzado), inglés (intermedio alto)",
    "H:Voluntariado",
    "P:Tutora voluntaria del taller de periodismo escolar de la Fundación Sophia (desde 2018)",
    "H:Aficiones",
    "P:Candombe, ajedrez, novela negra rioplatense",
]))

R.append(dict(fn="q22_es_numerada.docx", lang="es-EC", font="Calibri", size=10.5, name="Andrés Guamán Toapanta", acc=(0, 110, 140),
    tag="Guía nacional de turismo · Galápagos y Amazonía", contact=["Puerto Ayora, Santa Cruz, Galápagos  ·  +593 98 555 2741  ·  andres.guaman@example.ec"],
    emp="c", hs=dict(custom="Seccion numerada", base="List Number", size=12, bold=True, color=(0, 110, 140), before=12, after=4), body=[
    "H:Perfil profesional",
    "P:Guía naturalista con once años de experiencia en cruceros de expedición y tours de tierra, con especialidad en aves y vida marina. Manejo grupos de hasta 16 pasajeros en tres idiomas.",
    "H:Experiencia",
    "J:Guía naturalista|2017 - presente", "E:Yate Nemo Explorer, Galápagos Expeditions Cía. Ltda.",
    "B:Interpretación de flora y fauna, snorkel guiado y charlas nocturnas a bordo",
    "B:Coordinación con guardaparques del Parque Nacional Galápagos",
    "J:Guía de turismo de aventura|2014 - 2017", "E:Sacha Lodge, Río Napo, Orellana",
    "H:Estudios realizados",
    "D:Tecnología en Guianza Turística|2013", "E:Instituto Superior Tecnológico Quito Metropolitano",
    "D:Bachillerato en Ciencias|2010", "E:Colegio Nacional Galápagos",
    "H:Licencias y acreditaciones",
    "B:Licencia de Guía Naturalista Nivel III, Parque Nacional Galápagos",
    "B:Wilderness First Responder (WFR), NOLS, 2023",
    "B:PADI Rescue Diver",
    "H:Idiomas",
    "TH:Idioma|Nivel",
    "T:Español|Nativo",
    "T:Inglés|C1",
    "T:Alemán|B1",
    "H:Habilidades",
    "B:Identificación de aves (más de 300 especies), fotografía de naturaleza",
    "B:Primeros auxilios en zonas remotas, manejo de grupos",
    "H:Datos personales",
    "L:Fecha de nacimiento: 17 de enero de 1992",
    "L:Cédula: 200055517-3",
    "L:Estado civil: casado",
    "H:Referencias personales",
    "R:Capt. Marcelo Cevallos", "G:Capitán, Yate Nemo Explorer, +593 99 555 0183",
    "R:Lcda. Diana Chiriboga", "G:Gerente de operaciones, Sacha Lodge, +593 2 555 6070",
]))

R.append(dict(fn="q23_es_ligero.docx", lang="es-ES", font="Calibri Light", size=10.5, name="Beatriz Olmedo Castañeda", acc=(120, 30, 60),
    tag="Directora de Personas y Cultura", contact=["Madrid  ·  +34 655 55 18 42  ·  beatriz.olmedo@example.es"],
    emp="c", hs=dict(custom="Seccion ligera", size=16, color=(120, 30, 60), spacing=30,
                    border=(("bottom",), "single", "4", "B08090", "3"), before=16, after=6), body=[
    "H:Perfil Directivo",
    "P:Directiva de recursos humanos con veinte años de trayectoria en banca y distribución, miembro de comités de dirección. Lidero transformaciones culturales, negociaciones colectivas y procesos de integración tras fusiones.",
    "H:Experiencia Directiva",
    "J:Directora de Personas y Cultura|2019 - actualidad", "E:Grupo Alimentario Meseta, Madrid (6.800 empleados)",
    "B:Diseño del modelo de trabajo híbrido y del plan de igualdad 2022-2026",
    "B:Negociación del convenio de empresa con cuatro sindicatos sin conflicto laboral",
    "J:Directora de Relaciones Laborales|2012 - 2019", "E:Banco Ibérico de Inversiones, Madrid",
    "B:Integración de plantillas tras la fusión con Caja Sur Levante (2.100 personas)",
    "J:HR Business Partner|2005 - 2012", "E:Carrefour España, Alcobendas",
    "H:Docencia",
    "J:Profesora asociada de Dirección de Personas|2015 - actualidad", "E:Universidad Carlos III de Madrid",
    "H:Titulaciones",
    "D:Licenciatura en Derecho|2003", "E:Universidad Complutense de Madrid",
    "D:Máster en Dirección de Recursos Humanos|2005", "E:ESADE Business School",
    "H:Formación Complementaria",
    "B:Programa de Consejeros, Instituto de Consejeros-Administradores, 2022",
    "B:Coaching ejecutivo, certificación ICF ACC, 2018",
    "H:Áreas de Especialización",
    "P:Relaciones laborales, compensación y beneficios, gestión del talento, cultura y liderazgo",
    "H:Consejos y Asociaciones",
    "B:Consejera independiente, Fundación Empleo Joven",
    "B:Miembro de la junta directiva de AEDIPE Centro",
    "H:Idiomas",
    "P:Español (nativo), inglés (bilingüe), francés (intermedio)",
]))


def main(out):
    os.makedirs(out, exist_ok=True)
    for r in R:
        path = os.path.join(out, r["fn"])
        (build_pdf if r["fn"].endswith(".pdf") else build_docx)(r, path)


if __name__ == "__main__":
    main(sys.argv[1])
