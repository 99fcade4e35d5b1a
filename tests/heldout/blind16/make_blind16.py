"""blind16 resume generator: make_blind16.py OUTDIR  (24 resumes, 12 PDF via fpdf2, 12 DOCX via python-docx).
Each resume is literal data (header + body lines); nothing random. Body mini-language, one item per line:
  # heading | J title | org | dates | E degree | school | dates | - bullet | K label: text | S sub-label
  P paragraph | R name | detail | T header|cells (bold) | t body|cells
"""
import sys, os, io, zipfile, datetime
from fpdf import FPDF
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
DV, LB = "/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/truetype/liberation/"
FONTS = {"DV": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
         "DVS": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
         "DVC": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", "DejaVuSansCondensed-BoldOblique"),
         "LS": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
         "LSR": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"),
         "LN": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic", "LiberationSansNarrow-BoldItalic")}
GREY, BODY, WHITE = (110, 110, 110), (30, 30, 30), (255, 255, 255)


def items(body):
    out = []
    for ln in body.strip("\n").split("\n"):
        ln = ln.strip()
        k, rest = (ln[0], ln[2:]) if len(ln) > 1 and ln[1] == " " else (ln[0], "")
        out.append((k, [x.strip() for x in rest.split(" | ")] if k in "JERTt" else rest))
    return out


# ---------------------------------------------------------------- PDF
class Doc(FPDF):
    def __init__(s, R):
        super().__init__(format="A4", unit="mm")
        for fam, files in FONTS.items():
            for st, f in zip(("", "B", "I", "BI"), files):
                s.add_font(fam, st, (DV if f.startswith("DejaVu") else LB) + f + ".ttf")
        s.add_font("DVL", "", DV + "DejaVuSans-ExtraLight.ttf")
        s.set_auto_page_break(False)
        s.R, s.f, s.sz, s.acc = R, R["font"], R.get("size", 9.5), R["acc"]
        s.x0, s.cw, s.top, s.bot = 18, 174, 16, 280
        s.set_creation_date(DATE)
        for fn, v in (("title", "Resume"), ("author", "blind16"), ("subject", "CV"), ("keywords", "cv"),
                      ("creator", "make_blind16"), ("producer", "fpdf2"), ("lang", R["lang"])):
            getattr(s, "set_" + fn)(v)
        s.add_page(); s.yy = s.top

    def foot(s):  # running footer with the name, drawn last on each page
        if s.R.get("footer"):
            s.text_at(s.R["footer"] + f" · {s.page_no()}", 287, 8, "", GREY, align="C", x=0, w=210)

    def newpage(s):
        s.foot(); s.add_page(); s.yy = s.top

    def ensure(s, h):
        if s.yy + h > s.bot:
            s.newpage()

    def text_at(s, t, y, size, style="", color=BODY, font=None, x=None, w=None, align="L", cs=0):
        s.set_font(font or s.f, style, size); s.set_text_color(*color); s.set_char_spacing(cs)
        s.set_xy(s.x0 if x is None else x, y); s.cell(s.cw if w is None else w, size * 0.45, t, align=align)
        s.set_char_spacing(0)

    def line_(s, t, size=None, style="", color=BODY, font=None, h=None, indent=0, align="L", cs=0):
        size = size or s.sz; h = h or size * 0.48
        s.ensure(h); s.text_at(t, s.yy, size, style, color, font, s.x0 + indent, s.cw - indent, align, cs); s.yy += h

    def para(s, t, indent=0, style="", color=BODY, sym=None):
        s.set_font(s.f, style, s.sz)
        for i, l in enumerate(s.multi_cell(s.cw - indent, 4, t, dry_run=True, output="LINES")):
            s.ensure(4.6)
            if sym and i == 0:
                s.text_at(sym, s.yy, s.sz, "", s.acc, x=s.x0 + indent - 4, w=4)
            s.text_at(l, s.yy, s.sz, style, color, x=s.x0 + indent, w=s.cw - indent); s.yy += 4.6

    def body(s, its):
        org = s.R.get("org", "I")
        for k, v in its:
            if k == "#":
                s.ensure(22); s.yy += 2.5; HEAD[s.R["head"]](s, v); s.yy += 1
            elif k in "JE":
                s.ensure(14); s.yy += 1
                s.text_at(v[2], s.yy, s.sz - 0.5, "", GREY, align="R")
                s.text_at(v[0], s.yy, s.sz + 0.5, "B", s.R.get("tcol", BODY)); s.yy += 5
                if v[1]:
                    s.line_(v[1], style=org if org != "C" else "", color=s.acc if org == "C" else BODY)
            elif k == "-":
                s.para(v, 5, sym=s.R.get("bul", "•"))
            elif k == "K":
                a, b = v.split(":", 1); s.ensure(5)
                s.set_font(s.f, "B", s.sz); wa = s.get_string_width(a + ":")
                s.text_at(a + ":", s.yy, s.sz, "B", w=wa + 1)
                s.text_at(b.strip(), s.yy, s.sz, "", x=s.x0 + wa + 2, w=s.cw - wa - 2); s.yy += 4.8
            elif k == "S":
                s.yy += 1; s.line_(v, style="BI")
            elif k == "P":
                s.para(v)
            elif k == "R":
                s.ensure(10); s.line_(v[0], style="B"); s.line_(v[1], color=GREY)
            elif k in "Tt":
                fr = s.R.get("tcols", [1 / len(v)] * len(v)); s.ensure(6); x = s.x0
                for f, c in zip(fr, v):
                    s.text_at(c, s.yy, s.sz - 0.5, "B" if k == "T" else "", x=x, w=f * s.cw - 2); x += f * s.cw
                if k == "T":
                    s.set_draw_color(150, 150, 150); s.set_line_width(0.2); s.line(s.x0, s.yy + 4.6, s.x0 + s.cw, s.yy + 4.6)
                s.yy += 5.4


def h_margin(s, t):  # heading in a left margin column, content column starts one line lower
    s.text_at(t, s.yy, 10, "B", s.acc, x=18, w=44); s.yy += 5.5
def h_pill(s, t):
    s.set_font(s.f, "B", 10); w = s.get_string_width(t) + 8
    s.set_fill_color(*s.acc); s.rect(s.x0, s.yy - 0.6, w, 6.2, style="F", round_corners=True, corner_radius=3)
    s.text_at(t, s.yy + 0.3, 10, "B", WHITE, x=s.x0 + 4, w=w); s.yy += 7.5
def h_icon(s, t):
    s.set_fill_color(*s.acc); s.circle(s.x0 + 2.2, s.yy + 2.4, 2.2, style="F")
    s.text_at(t, s.yy, 11.5, "B", (40, 40, 60), x=s.x0 + 7, w=s.cw - 7)
    s.set_draw_color(*s.acc); s.set_line_width(0.3); s.line(s.x0 + 7, s.yy + 6.4, s.x0 + s.cw, s.yy + 6.4); s.yy += 8
def h_tab(s, t):
    s.set_font(s.f, "B", 10.5); w = s.get_string_width(t) + 6
    s.set_fill_color(*s.acc); s.rect(s.x0, s.yy - 0.8, w, 6.4, style="F")
    s.set_draw_color(*s.acc); s.set_line_width(0.5); s.line(s.x0 + w, s.yy + 5.6, s.x0 + s.cw, s.yy + 5.6)
    s.text_at(t, s.yy + 0.2, 10.5, "B", WHITE, x=s.x0 + 3, w=w); s.yy += 8
def h_spaced(s, t):
    s.text_at(t, s.yy, 9, "B", GREY, cs=1.2); s.yy += 5
    s.set_draw_color(*GREY); s.set_line_width(0.35); s.set_dash_pattern(dash=0.3, gap=1.2)
    s.line(s.x0, s.yy, s.x0 + s.cw, s.yy); s.set_dash_pattern(); s.yy += 2.5
def h_under(s, t):
    s.text_at(t, s.yy, 12, "B", (25, 25, 25)); s.yy += 6.2
    s.set_fill_color(*s.acc); s.rect(s.x0, s.yy, 14, 1, style="F"); s.yy += 3
def h_symbol(s, t):
    s.text_at(t, s.yy, 12, "B", s.acc); s.yy += 7
def h_smallcaps(s, t):
    x = s.x0; base = s.yy
    for word in t.split(" "):
        for i, ch in enumerate(word):
            size = 13 if i == 0 else 10
            s.set_font(s.f, "", size); s.set_text_color(*s.acc)
            s.text(x, base + 5, ch); x += s.get_string_width(ch) + 0.25
        s.set_font(s.f, "", 10); x += s.get_string_width(" ") + 0.5
    s.yy += 7.5
def h_box(s, t):
    s.set_draw_color(120, 120, 120); s.set_line_width(0.3); s.rect(s.x0, s.yy - 1, s.cw, 7)
    s.text_at(t, s.yy + 0.5, 10, "B", (90, 90, 90), x=s.x0 + 3, w=s.cw - 6); s.yy += 8.5
def h_leader(s, t):
    s.text_at(t, s.yy, 14, "I", s.acc); s.set_font(s.f, "I", 14); w = s.get_string_width(t)
    s.set_draw_color(*s.acc); s.set_line_width(0.5); s.set_dash_pattern(dash=0.2, gap=1.5)
    s.line(s.x0 + w + 3, s.yy + 5, s.x0 + s.cw, s.yy + 5); s.set_dash_pattern(); s.yy += 8.5
def h_letter(s, t):
    s.set_draw_color(170, 170, 170); s.set_line_width(0.2); s.line(s.x0, s.yy - 0.5, s.x0 + s.cw, s.yy - 0.5)
    s.yy += 1; s.text_at(t, s.yy, 11, "B", s.acc); s.yy += 6.5
def h_side(s, t):  # main-column headings of the sidebar layout
    s.text_at(t, s.yy, 12.5, "B", (20, 40, 60)); s.yy += 6.4
    s.set_draw_color(*s.acc); s.set_line_width(0.6); s.line(s.x0, s.yy, s.x0 + 10, s.yy); s.yy += 2.5
def h_sidebox(s, t):
    s.text_at(t, s.yy, 9.5, "B", s.acc, cs=0.8); s.yy += 6
HEAD = dict(margin=h_margin, pill=h_pill, icon=h_icon, tab=h_tab, spaced=h_spaced, under=h_under, symbol=h_symbol,
            smallcaps=h_smallcaps, box=h_box, leader=h_leader, letter=h_letter, side=h_side, sidebox=h_sidebox)


def make_pdf(R, path):
    s = Doc(R)
    hd = R.get("hdr", "L")
    if R.get("doctitle"):
        s.line_(R["doctitle"], 11, "B", s.acc, align="C", cs=2, h=7)
    al = "C" if hd == "C" else "L"
    s.line_(R["name"], 20, "B", BODY, R.get("nfont"), h=9, align=al)
    s.line_(R["tag"], 11, R.get("tagst", ""), s.acc, h=6, align=al)
    for c in R["contact"]:
        s.line_(c, s.sz - 0.5, "", GREY, align=al)
    s.yy += 3
    if R.get("side"):
        s.set_fill_color(236, 238, 240); s.rect(138, s.yy, 72, 297 - s.yy, style="F")
        y0, hh = s.yy, R["head"]
        s.x0, s.cw, s.yy, R["head"] = 143, 62, s.yy + 4, "sidebox"
        s.body(items(R["side"]))
        s.x0, s.cw, s.yy, R["head"] = 18, 112, y0, hh
    if R["head"] == "margin":
        its = items(R["body"])
        for k, v in its:
            if k == "#":
                s.ensure(20); s.yy += 3; h_margin(s, v)
            else:
                x0, w = s.x0, s.cw; s.x0, s.cw = 62, 130; s.body([(k, v)]); s.x0, s.cw = x0, w
    else:
        s.body(items(R["body"]))
    s.foot(); s.output(path)


# ---------------------------------------------------------------- DOCX
def hexc(c): return "%02X%02X%02X" % c
def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items(): e.set(qn("w:" + k), v)
    return e
def border(ppr, side, sz, color, space="2"):
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = el("w:pBdr"); ppr.append(b)
        # schema order: pBdr must precede shd/tabs/spacing/ind/jc
        for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"):
            x = ppr.find(qn(t))
            if x is not None: x.addprevious(b); break
    b.append(el("w:" + side, val="single", sz=str(sz), space=space, color=hexc(color)))
def shade_p(ppr, color):
    s = el("w:shd", val="clear", color="auto", fill=hexc(color))
    for t in ("w:tabs", "w:spacing", "w:ind", "w:jc"):
        x = ppr.find(qn(t))
        if x is not None: x.addprevious(s); return
    ppr.append(s)
def shade_cell(cell, color):
    tcpr = cell._tc.get_or_add_tcPr(); tcpr.append(el("w:shd", val="clear", color="auto", fill=hexc(color)))


def make_docx(R, path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(R.get("mar", 20)); sec.top_margin = sec.bottom_margin = Mm(18)
    tw = Mm(210 - 2 * R.get("mar", 20))
    st = d.styles["Normal"]; st.font.name = R["font"]; st.font.size = Pt(R.get("size", 10))
    st.paragraph_format.space_after = Pt(2)
    acc = RGBColor(*R["acc"])
    hs = R["head"]
    if "hprops" in R:
        h = d.styles.add_style(R["hstyle"], WD_STYLE_TYPE.PARAGRAPH); h.base_style = d.styles["Normal"]
        h.next_paragraph_style = d.styles["Normal"]
        f, pf = h.font, h.paragraph_format
        for k, v in R["hprops"].items():
            if k == "color": f.color.rgb = RGBColor(*v)
            elif k in ("bold", "italic", "size", "name"): setattr(f, k, Pt(v) if k == "size" else v)
        pf.space_before, pf.space_after, pf.keep_with_next = Pt(R["hprops"].get("before", 12)), Pt(4), True
        if R["hprops"].get("center"): pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if "indent" in R["hprops"]: pf.left_indent = Pt(R["hprops"]["indent"])
        ppr = h.element.get_or_add_pPr()
        for side, sz, col in R["hprops"].get("borders", []): border(ppr, side, sz, col, "4")
        if "shade" in R["hprops"]: shade_p(ppr, R["hprops"]["shade"])
    if hs == "h1re":
        h = d.styles["Heading 1"]; h.font.name = R["font"]; h.font.size = Pt(13); h.font.color.rgb = acc
        h.paragraph_format.space_before = Pt(14)
        ppr = h.element.get_or_add_pPr(); border(ppr, "bottom", 18, R["acc"], "1")

    def para(box, runs, style=None, tab=False, align=None):
        p = box.add_paragraph(style=style)
        if align: p.alignment = align
        if tab: p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        for t, fmt in runs:
            r = p.add_run(t)
            if "B" in fmt: r.bold = True
            if "I" in fmt: r.italic = True
            if "C" in fmt: r.font.color.rgb = acc
            if "G" in fmt: r.font.color.rgb = RGBColor(*GREY)
            if "W" in fmt: r.font.color.rgb = RGBColor(*WHITE)
            if "L" in fmt: r.font.size = Pt(R.get("size", 10) + 10)
            if "T" in fmt: r.font.size = Pt(R.get("size", 10) + 2)
        return p

    def heading(box, t):
        para(box, [(t, "")], R.get("hstyle", "Heading 1"))

    def body(box, its, width):
        org = R.get("org", "I")
        for k, v in its:
            if k == "#": heading(box, v)
            elif k in "JE":
                p = para(box, [(v[0], "B"), ("\t" + v[2], "G")], tab=width)
                p.paragraph_format.space_before = Pt(4); p.paragraph_format.keep_with_next = True
                if v[1]: para(box, [(v[1], org)])
            elif k == "-": para(box, [(v, "")], "List Bullet")
            elif k == "K":
                a, b = v.split(":", 1); para(box, [(a + ":", "B"), (b, "")])
            elif k == "S": para(box, [(v, "B")])
            elif k == "P": para(box, [(v, "")])
            elif k == "R": para(box, [(v[0], "B")]); para(box, [(v[1], "G")])
            elif k == "T":
                tb = box.add_table(rows=1, cols=len(v)); tb.style = d.styles["Table Grid"]
                for c, x in zip(tb.rows[0].cells, v):
                    c.paragraphs[0].add_run(x).bold = True; shade_cell(c, (220, 225, 232))
            elif k == "t":
                for c, x in zip(tb.add_row().cells, v): c.paragraphs[0].add_run(x)
        return box

    # header
    if R.get("doctitle"): para(d, [(R["doctitle"], "BCT")], align=WD_ALIGN_PARAGRAPH.CENTER)
    al = WD_ALIGN_PARAGRAPH.RIGHT if R.get("hdr") == "R" else WD_ALIGN_PARAGRAPH.CENTER if R.get("hdr") == "C" else None
    if R.get("title_style"):
        d.add_paragraph(R["name"], "Title"); para(d, [(R["tag"], "")], "Subtitle")
    else:
        para(d, [(R["name"], "L" + R.get("nst", "B"))], align=al); para(d, [(R["tag"], "C" + R.get("tagst", ""))], align=al)
    for c in R["contact"]: para(d, [(c, "G")], align=al)

    its = items(R["body"])
    if hs == "cell":  # each section one row of a borderless table: heading left, content right
        secs = []
        for k, v in its:
            if k == "#": secs.append((v, []))
            else: secs[-1][1].append((k, v))
        tb = d.add_table(rows=len(secs), cols=2)
        for row, (h, cont) in zip(tb.rows, secs):
            row.cells[0].width, row.cells[1].width = Mm(38), Mm(132)
            c0 = row.cells[0]; c0.paragraphs[0].text = ""; heading_p = c0.paragraphs[0]
            heading_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = heading_p.add_run(h); r.bold = True; r.font.color.rgb = acc
            c1 = row.cells[1]; body(c1, cont, Mm(128)); c1._tc.remove(c1.paragraphs[0]._p)
    elif hs == "secttable":  # each section a bordered table: merged shaded heading row, then one content cell
        secs = []
        for k, v in its:
            if k == "#": secs.append((v, []))
            else: secs[-1][1].append((k, v))
        for h, cont in secs:
            tb = d.add_table(rows=2, cols=1); tb.style = d.styles["Table Grid"]
            c0 = tb.rows[0].cells[0]; shade_cell(c0, R["acc"])
            r = c0.paragraphs[0].add_run(h); r.bold = True; r.font.color.rgb = RGBColor(*WHITE)
            c1 = tb.rows[1].cells[0]; body(c1, cont, tw - Mm(4)); c1._tc.remove(c1.paragraphs[0]._p)
            d.add_paragraph()
    elif hs == "sidetable":
        tb = d.add_table(rows=1, cols=2)
        l, r_ = tb.rows[0].cells; l.width, r_.width = Mm(58), Mm(112); shade_cell(l, (232, 236, 240))
        body(l, items(R["side"]), Mm(54)); l._tc.remove(l.paragraphs[0]._p)
        body(r_, its, Mm(108)); r_._tc.remove(r_.paragraphs[0]._p)
    else:
        body(d, its, tw)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "blind16"; cp.title = "Resume"; cp.subject = "CV"; cp.keywords = "cv"
    cp.category = "resume"; cp.language = R["lang"]; cp.revision = 1; cp.comments = ""
    cp.created = cp.modified = cp.last_printed = DATE.replace(tzinfo=None)
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- data
RES = [
dict(file="n00_en_margin.pdf", lang="en", font="LS", acc=(150, 40, 60), head="margin", org="C",
     name="Dana K. Whitfield", tag="Brand & Growth Marketing Manager",
     contact=["Austin, TX 78704 · (512) 555-0148 · dana.whitfield@example.com · linkedin.com/in/danawhitfield"],
     body="""
# Snapshot
P Marketing manager with nine years in consumer packaged goods and DTC retail. Built lifecycle programs that lifted repeat purchase by 22% and managed budgets up to $3.4M.
# Track Record
J Senior Marketing Manager | Lone Star Provisions Co., Austin TX | 2021 – present
- Own the brand and paid-media plan for four product lines sold in 1,900 stores.
- Relaunched the loyalty program; 140,000 members in the first year.
J Marketing Manager | Harvest Table Foods, Dallas TX | 2017 – 2021
- Ran shopper marketing with H-E-B, Kroger and Target; grew category share by 1.8 points.
J Marketing Coordinator | Blue Bonnet Apparel, San Antonio TX | 2015 – 2017
- Managed email calendar and influencer seeding for seasonal drops.
# Core Competencies
P Brand positioning · Lifecycle & CRM · Paid social · Retail activation · Budget ownership · A/B testing · Agency management
# Schooling
E MBA, Marketing | McCombs School of Business, University of Texas at Austin | 2019
E B.A. Communication Studies | Texas State University | 2015
# Credentials
- Google Ads Search Certification (2024)
- HubSpot Inbound Marketing Certification (2023)
# Recognition
- Effie Awards Finalist, Shopper Marketing (2022)
- Lone Star Provisions "Teammate of the Year" (2023)
# Community Involvement
- Board volunteer, Central Texas Food Bank marketing committee (2019 – present)
# Languages Spoken
P English (native) · Spanish (professional working proficiency)
"""),
dict(file="n01_en_pill.pdf", lang="en", font="DV", acc=(0, 110, 120), head="pill", org="I", size=9,
     name="Brendan O'Loughlin", tag="Heavy Rigid & Multi-Combination Driver",
     contact=["Toowoomba QLD 4350 · 0412 555 019 · b.oloughlin@example.com.au · Own transport, available for FIFO"],
     body="""
# About Me
P MC-licensed driver with 14 years on interstate linehaul and road-train work across Queensland, NSW and the NT. Clean record, fatigue-management accredited, at home on dirt and bitumen.
# Work History
J Road Train Driver | Darling Downs Haulage Pty Ltd | Mar 2018 – present
- Triple road-train runs Toowoomba–Mount Isa–Darwin carrying grain, fertiliser and livestock.
- Pre-start checks, load restraint and electronic work diary, zero incidents in six years.
J Linehaul Driver (B-double) | Eastcoast Freightlines | 2012 – 2018
- Night linehaul Brisbane–Sydney with refrigerated freight; on-time rate above 98%.
J Storeperson / Forklift Operator | Bunnings Distribution Centre | 2010 – 2012
# Licences & Tickets
- Queensland MC licence, no demerits
- Basic Fatigue Management (BFM) accreditation
- Dangerous Goods Driver Licence
- Forklift (LF) high-risk work licence · Senior First Aid (2025)
# Training
E Certificate III in Driving Operations | TAFE Queensland | 2016
E Year 12 Certificate | Harristown State High School | 2009
# What I Bring
P Load restraint to NHVR guidelines · Cattle handling · Minor roadside repairs · Teletrac Navman and MTData systems · Calm radio manner
# Outside Work
P Rugby league coach for the under-12s, camping and fixing old Land Cruisers.
# Referees
R Sharon McGill | Operations Manager, Darling Downs Haulage · 0427 555 302
R Tony Vercoe | Depot Supervisor, Eastcoast Freightlines · 0438 555 871
"""),
dict(file="n02_en_icons.pdf", lang="en", font="DVC", acc=(230, 120, 20), head="icon", org="I", doctitle="RESUME", tcols=[0.33, 0.41, 0.09, 0.17],
     name="Priyanka Raghunathan", tag="Data Scientist · Machine Learning & Forecasting",
     contact=["Bengaluru, Karnataka · +91 98450 55123 · priyanka.r@example.in · github.com/priyankar"],
     body="""
# Career Objective
P To apply statistical learning and large-scale data engineering to forecasting and recommendation problems in a product company, and to grow into a lead role mentoring junior analysts.
# Technical Skills
K Languages: Python, SQL, R, Scala (basic)
K Libraries: pandas, scikit-learn, PyTorch, LightGBM, Prophet, statsmodels
K Platforms: Spark, Airflow, AWS SageMaker, BigQuery, Docker
# Professional Experience
J Data Scientist II | Flipkart Internet Pvt. Ltd., Bengaluru | Jul 2021 – present
- Built the demand-forecasting service for 40 lakh SKUs; cut stock-outs in the grocery vertical by 17%.
- Designed uplift models for coupon targeting; saved Rs 6.2 crore in promotion spend per quarter.
- Mentor three analysts and run the fortnightly reading group on causal inference.
J Data Analyst | Mu Sigma Business Solutions, Bengaluru | Jun 2018 – Jun 2021
- Churn and lifetime-value models for a US telecom client; weekly dashboards in Tableau.
- Automated 30 monthly reports with Python and SQL, saving about 60 analyst hours a month.
# Academic Projects
S Crop Yield Prediction from Satellite Imagery
P M.Tech thesis: CNN on Sentinel-2 tiles predicting paddy yield in 12 districts of Tamil Nadu (R2 0.81).
S Hindi–English Code-Mixed Sentiment Analysis
P Fine-tuned multilingual BERT on 20,000 tweets; F1 0.74, presented at the department colloquium.
# Educational Qualifications
T Degree | Institute | Year | CGPA / %
t M.Tech, Computer Science | IIIT Bangalore | 2018 | 8.7 / 10
t B.E., Electronics & Communication | PSG College of Technology, Coimbatore | 2016 | 8.2 / 10
t Class XII (CBSE) | Kendriya Vidyalaya, Coimbatore | 2012 | 93.4%
# Publications & Talks
- P. Raghunathan, S. Iyer. "Hierarchical reconciliation for grocery demand", KDD Applied Data Science Workshop, 2023.
- Talk: "Forecasting at Flipkart scale", PyData Bengaluru, November 2022.
# Achievements
- Kaggle Competitions Expert; top 2% in M5 Forecasting – Accuracy.
- Flipkart Spot Award for the Big Billion Days forecasting launch (2022).
# Hobbies
P Carnatic violin, long-distance cycling, volunteering as a weekend maths tutor.
# Personal Details
K Date of Birth: 14 March 1994
K Nationality: Indian
K Languages Known: English, Tamil, Hindi, Kannada
K Permanent Address: 22 Gandhi Road, RS Puram, Coimbatore 641002
# Declaration
P I hereby declare that the information furnished above is true to the best of my knowledge and belief.
P Place: Bengaluru                         (Priyanka Raghunathan)
"""),
dict(file="n06_de_reiter.pdf", lang="de", font="LS", acc=(20, 100, 70), head="tab", org="C",
     name="Mag. pharm. Katharina Lechner", tag="Apothekerin mit Schwerpunkt Offizin und Beratung",
     contact=["Linz, Oberösterreich · +43 660 555 2718 · k.lechner@example.at"],
     body="""
# Persönliche Daten
K Geburtsdatum: 3. Mai 1991 in Wels
K Staatsbürgerschaft: Österreich
K Familienstand: verheiratet, ein Kind
# Kurzprofil
P Seit acht Jahren in der öffentlichen Apotheke tätig, davon drei Jahre als stellvertretende Leiterin. Schwerpunkte: Medikationsanalyse, Interaktionscheck und Beratung zu Selbstmedikation.
# Berufspraxis
J Stellvertretende Apothekenleiterin | Apotheke Zum Goldenen Hirschen, Linz | seit 04/2022
- Dienstplanung für 14 Mitarbeitende, Warenwirtschaft mit ApoDat, Nachtdienste.
- Einführung der strukturierten Medikationsanalyse für Stammkundinnen und -kunden.
J Angestellte Apothekerin | Stadtapotheke Steyr | 09/2017 – 03/2022
- Beratung, Rezepturherstellung, Betreuung der Heimversorgung von zwei Pflegeheimen.
J Aspirantin | Marien-Apotheke Wels | 2016 – 2017
# Studium
E Diplomstudium Pharmazie (Mag. pharm.) | Universität Wien | 2010 – 2016
P Diplomarbeit: Stabilität von Amoxicillin-Suspensionen nach Rekonstitution
E Matura | BRG Wels Wallererstraße | 2010
# Approbation & Zusatzqualifikationen
- Fachprüfung für den Apothekerberuf (Österreichische Apothekerkammer, 2017)
- Diplom Medikationsanalyse (2021)
- Impfberechtigung nach Fortbildung „Impfen in der Apotheke" (2025)
# EDV-Kenntnisse
P ApoDat, e-Medikation (ELGA), MS Office, Grundkenntnisse in Excel-Makros
# Sprachkenntnisse
P Deutsch (Muttersprache), Englisch (C1), Italienisch (B1)
# Freizeit
P Bergwandern, Chorgesang im Linzer Domchor, Heilpflanzengarten
"""),
dict(file="n07_de_schnupper.pdf", lang="de", font="DV", acc=(60, 60, 60), head="spaced", org="I", size=9.5,
     name="Luca Brunner", tag="Bewerbung um eine Lehrstelle als Polymechaniker EFZ",
     contact=["Im Grund 7, 8404 Winterthur · 079 555 41 26 · luca.brunner@example.ch · geboren am 2. 8. 2009"],
     body="""
# ÜBER MICH
P Ich bin 16 Jahre alt, besuche die 3. Sekundarschule und tüftle gern an Velos und Modellen. In zwei Schnupperlehren habe ich gemerkt, dass mir präzises Arbeiten an Maschinen Freude macht.
# SCHULBILDUNG
E Sekundarschule A | Schulhaus Rosenau, Winterthur | 2022 – 2025
E Primarschule | Schulhaus Talacker, Winterthur | 2016 – 2022
# SCHNUPPERLEHREN
J Polymechaniker EFZ (3 Tage) | Rieter AG, Winterthur | Oktober 2024
- Fräsen und Drehen unter Anleitung, Messen mit Messschieber und Mikrometer.
J Automatiker EFZ (2 Tage) | Stadler Rail AG, Bussnang | März 2024
# STÄRKEN
- Zuverlässig, pünktlich und geduldig
- Gutes räumliches Vorstellungsvermögen (Multicheck Technik: 78 %)
- Erste Erfahrungen mit CAD (Fusion 360, Schulprojekt)
# SPRACHEN
P Deutsch (Muttersprache), Englisch (Schulkenntnisse), Französisch (Schulkenntnisse)
# HOBBYS
P Velo-Reparaturen, Unihockey im UHC Winterthur United, 3D-Druck
# REFERENZEN
R Frau Sandra Keller | Klassenlehrerin, Schulhaus Rosenau · 052 555 18 40
R Herr Marco Bühler | Berufsbildner, Rieter AG · 052 555 60 12
"""),
dict(file="n08_de_seitenleiste.pdf", lang="de", font="LS", acc=(190, 90, 30), head="side", org="C", size=9,
     name="Dipl.-Ing. Jonas Hartmann", tag="Architekt · Wohnungsbau & Bauen im Bestand",
     contact=["Leipzig"],
     side="""
# KONTAKT
P Karl-Heine-Straße 48
P 04229 Leipzig
P 0176 5552 9031
P j.hartmann@example.de
# SOFTWARE
- ArchiCAD
- Revit (BIM)
- AutoCAD
- Rhino / Grasshopper
- AVA: California.pro
- Adobe InDesign
# SPRACHEN
P Deutsch – Muttersprache
P Englisch – verhandlungssicher
P Polnisch – Grundkenntnisse
# MITGLIEDSCHAFTEN
P Architektenkammer Sachsen (Kammermitglied seit 2016)
P Bund Deutscher Architektinnen und Architekten BDA
""",
     body="""
# Profil
P Architekt mit zwölf Jahren Erfahrung in den Leistungsphasen 1 bis 8, Schwerpunkt Gründerzeitsanierung und genossenschaftlicher Wohnungsbau. Projektleitung bis 18 Mio. EUR Baukosten.
# Werdegang
J Projektleiter | Atelier Nordlicht Architekten, Leipzig | seit 2019
- Leitung von Teams mit bis zu fünf Personen, Bauherrenkommunikation, Kosten- und Terminsteuerung.
J Architekt | Schulz + Partner, Dresden | 2014 – 2019
- Wettbewerbe, Ausführungsplanung und Bauleitung im Schul- und Wohnungsbau.
J Werkstudent | HPP Architekten, Düsseldorf | 2012 – 2014
# Ausbildung
E Diplom-Ingenieur Architektur | Bauhaus-Universität Weimar | 2008 – 2014
P Auslandssemester an der Politechnika Krakowska (2011)
# Ausgewählte Projekte
S Wohnhof Lindenau, Leipzig
P 64 Genossenschaftswohnungen in Holzhybridbauweise, LPH 1–8, fertiggestellt 2023.
S Sanierung Hofgebäude Südvorstadt
P Umbau eines Fabrikgebäudes von 1896 zu Ateliers und Wohnungen, Denkmalschutz.
# Auszeichnungen
- Architekturpreis der Stadt Leipzig, Anerkennung (2024)
- Holzbaupreis Sachsen, 2. Preis (2023)
"""),
dict(file="n12_fr_sommaire.pdf", lang="fr", font="DV", acc=(0, 80, 160), head="symbol", org="I",
     name="Geneviève Tremblay", tag="Enseignante au primaire – 2e et 3e cycles",
     contact=["Sherbrooke (Québec) J1H 4B2 · 819 555-0187 · genevieve.tremblay@example.ca"],
     body="""
# ▸ Sommaire des compétences
P Enseignante légalement qualifiée comptant onze ans d'expérience en classe régulière et en classe multiniveau. Différenciation pédagogique, gestion de classe positive et intégration du numérique.
# ▸ Expérience en enseignement
J Titulaire, 5e année | École primaire du Boisé, Centre de services scolaire de la Région-de-Sherbrooke | 2017 – aujourd'hui
- Planification par projets interdisciplinaires; plans d'intervention avec l'orthopédagogue.
- Responsable du conseil des élèves et de la semaine de la lecture.
J Enseignante suppléante puis contractuelle | CSS des Hauts-Cantons, Lac-Mégantic | 2014 – 2017
# ▸ Formation
E Baccalauréat en éducation préscolaire et en enseignement primaire | Université de Sherbrooke | 2010 – 2014
E DEC en sciences humaines | Cégep de Sherbrooke | 2008 – 2010
# ▸ Brevet et perfectionnement
- Brevet d'enseignement, ministère de l'Éducation du Québec (2014)
- Microprogramme en orthodidactique des mathématiques, 15 crédits (2021)
- Secourisme en milieu de travail, CNESST (2024)
# ▸ Compétences
P Google Classroom · TNI Smart · Approche RAI · Enseignement explicite · Gestion de classe multiniveau
# ▸ Langues
P Français (langue maternelle) · Anglais (fonctionnel)
# ▸ Engagement communautaire
- Bénévole à la Fondation du CHUS, collecte annuelle (depuis 2018)
- Animatrice aux Scouts du Montréal métropolitain, district de l'Estrie (2012 – 2016)
# ▸ Références
P Fournies sur demande.
"""),
dict(file="n13_fr_capitales.pdf", lang="fr", font="DVS", acc=(120, 60, 130), head="smallcaps", org="C", size=9.5,
     name="Élodie Vandermeulen", tag="Kinésithérapeute – rééducation neurologique et respiratoire",
     contact=["Rue des Coteaux 112, 1030 Schaerbeek · +32 477 55 31 08 · elodie.vdm@example.be · INAMI 5-12345-67-527"],
     body="""
# PRÉSENTATION
P Kinésithérapeute diplômée depuis 2016, spécialisée en neurologie adulte et en kinésithérapie respiratoire. Habituée au travail en équipe pluridisciplinaire hospitalière et au suivi à domicile.
# PARCOURS PROFESSIONNEL
J Kinésithérapeute hospitalière | Cliniques universitaires Saint-Luc, Woluwe-Saint-Lambert | depuis 2019
- Service de neurologie et revalidation post-AVC; encadrement de stagiaires de master.
J Kinésithérapeute indépendante | Cabinet de la Chaussée d'Helmet, Schaerbeek | 2016 – 2019
# ÉTUDES
E Master en kinésithérapie et réadaptation | Université libre de Bruxelles | 2011 – 2016
E CESS, option sciences | Athénée royal d'Uccle | 2011
# FORMATIONS CONTINUES
- Concept Bobath (IBITA), cours de base (2020)
- Kinésithérapie respiratoire pédiatrique, ULiège (2018)
# APTITUDES
P Bilan neurologique · Drainage bronchique · Rééducation vestibulaire · Écoute et pédagogie
# LANGUES
P Français (langue maternelle) · Néerlandais (B2) · Anglais (B2)
# CENTRES D’INTÉRÊT
P Escalade en salle, théâtre d'improvisation, chorale du quartier
"""),
dict(file="n14_fr_cadre.pdf", lang="fr", font="LS", acc=(180, 50, 90), head="box", org="B", size=9.5,
     name="Noémie Favre", tag="Cheffe de projet événementiel",
     contact=["Lausanne"],
     body="""
# En bref
P Organisatrice d'événements depuis dix ans : congrès médicaux, festivals et soirées d'entreprise jusqu'à 4 000 participants. Gestion de budgets, de prestataires et d'équipes de bénévoles, en français, en allemand et en anglais.
# Expériences professionnelles
J Cheffe de projet senior | Agence Lémanique Events SA, Lausanne | depuis 2020
- Pilotage de 15 à 20 événements par an, budgets de 50 000 à 1,2 million de CHF.
- Négociation avec les lieux (Beaulieu, SwissTech Convention Center) et les traiteurs.
- Mise en place d'un outil de billetterie et d'un tableau de bord des inscriptions.
J Cheffe de projet | Montreux Jazz Artists Foundation, Montreux | 2016 – 2020
- Coordination des scènes gratuites et des ateliers; recrutement de 300 bénévoles par édition.
J Assistante événementielle | Office du tourisme de Genève | 2014 – 2016
- Accueil des congrès internationaux, logistique des délégations et des visites.
J Stagiaire | Palexpo SA, Grand-Saconnex | 2013
# Événements marquants
S Congrès européen de cardiologie pédiatrique, Lausanne 2023
P 2 800 participants, 40 sessions parallèles, application mobile et diffusion hybride.
S Festival Lumières du Léman, Vevey 2021
P Douze installations lumineuses sur les quais, 90 000 visiteurs en dix soirs.
S Soirée des 150 ans d'une banque privée, Genève 2019
P Dîner de gala pour 900 invités, mise en scène et sécurité.
# Formation
E Bachelor en hôtellerie et management événementiel | EHL Hospitality Business School, Lausanne | 2009 – 2013
E Maturité gymnasiale, option économie et droit | Gymnase de Burier, La Tour-de-Peilz | 2009
P Cours de perfectionnement : gestion de crise en événementiel (2022), certificat de premiers secours (2024).
# Outils
P Cvent · Eventbrite · Asana · Vectorworks (plans de salle) · Suite Office · Canva
P Bonnes notions de sonorisation et d'éclairage scénique, permis de conduire B et BE.
# Langues
P Français (langue maternelle), allemand (C1, séjour de deux ans à Berne), anglais (C1), italien (A2)
# Bénévolat
- Présidente de l'association Les Pieds dans l'Herbe, festival de musique en plein air (depuis 2018)
- Bénévole à la Fête des Vignerons, Vevey (2019)
- Accompagnatrice de camps pour jeunes, Pro Juventute (2011 – 2015)
# Loisirs
P Course à pied en montagne, photographie argentique, cuisine libanaise.
# Me joindre
P Avenue de Cour 27, 1007 Lausanne
P +41 79 555 28 64 · noemie.favre@example.ch
P Disponible dès le 1er mars 2026, permis C.
"""),
dict(file="n18_es_taller.pdf", lang="es", font="LN", acc=(200, 30, 30), head="under", org="I", size=10,
     name="José Luis Ramírez Ortega", tag="Técnico en Mantenimiento Industrial",
     contact=["Monterrey, Nuevo León · 81 5555 7320 · jl.ramirez@example.mx"],
     body="""
# OBJETIVO
P Incorporarme como técnico de mantenimiento en una planta automotriz donde pueda aplicar mi experiencia en PLC, neumática y mantenimiento preventivo, y crecer hacia la supervisión de turno.
# EXPERIENCIA LABORAL
J Técnico de Mantenimiento B | Autopartes del Norte S.A. de C.V., Apodaca | 2019 – actual
- Mantenimiento preventivo y correctivo a prensas, robots Fanuc y líneas de soldadura.
- Reduje el tiempo muerto de la línea 3 en 12 % con un plan TPM.
J Ayudante de Mantenimiento | Vidriera Monterrey, Grupo Vitro | 2016 – 2019
- Apoyo en paros programados, cambio de rodamientos y alineación de motores.
# ESCOLARIDAD
E Técnico Profesional en Electromecánica Industrial | CONALEP Nuevo León, plantel Monterrey II | 2013 – 2016
E Secundaria | Escuela Secundaria Técnica No. 22 | 2013
# CURSOS Y CERTIFICACIONES
- PLC Allen-Bradley ControlLogix, nivel 1 (Rockwell Automation, 2021)
- NOM-029-STPS, seguridad en trabajos eléctricos (2022)
- Constancia DC-3 en montacargas (2023)
# HABILIDADES
P Lectura de diagramas eléctricos · Neumática e hidráulica · Soldadura MIG · Torno convencional · Excel básico
# DATOS PERSONALES
K Edad: 28 años
K Estado civil: casado
K Licencia de manejo: tipo A vigente
K Disponibilidad: rotar turnos y viajar
# REFERENCIAS
R Ing. Martha Elizondo | Jefa de Mantenimiento, Autopartes del Norte · 81 5555 0192
R Sr. Rogelio Garza | Supervisor de turno, Vidriera Monterrey · 81 5555 8467
"""),
dict(file="n19_es_cronista.pdf", lang="es", font="DVS", acc=(30, 90, 140), head="leader", org="C", size=9.5,
     name="Florencia Ibarra", tag="Periodista y editora de investigación",
     contact=["Buenos Aires, Argentina · +54 9 11 5555-3846 · florencia.ibarra@example.com.ar"],
     body="""
# Perfil
P Periodista con quince años en redacciones gráficas y digitales. Investigaciones sobre contratos públicos, medio ambiente y datos abiertos; coordinación de equipos de cinco a diez personas.
# Trayectoria
J Editora de Investigación | Diario La Nación, Buenos Aires | 2019 – actualidad
- Coordino la unidad de datos; proyecto "Rutas del litio" en alianza con medios de Chile y Bolivia.
J Redactora de la sección Sociedad | Página/12 | 2012 – 2019
J Cronista | Diario Los Andes, Mendoza | 2009 – 2012
# Formación
E Licenciatura en Ciencias de la Comunicación | Universidad de Buenos Aires (UBA) | 2003 – 2008
E Maestría en Periodismo de Datos | Universidad Torcuato Di Tella | 2017
# Publicaciones destacadas
- "El agua que no llega" (serie de cinco entregas), La Nación, 2022.
- Libro: Contratos a oscuras, Editorial Sudamericana, 2020.
# Premios
- Premio Gabo, categoría Cobertura, finalista (2023)
- Premio ADEPA al periodismo de investigación (2021)
# Idiomas
P Español (nativo) · Inglés (avanzado) · Portugués (intermedio)
# Otros datos
P Docente invitada del Taller de Periodismo de Datos de FOPEA. Miembro del Foro de Periodismo Argentino.
"""),
dict(file="n20_es_mineria.pdf", lang="es", font="LS", acc=(0, 90, 100), head="letter", org="C", size=10,
     footer="Rodrigo Saavedra Muñoz – Currículum",
     name="Rodrigo Saavedra Muñoz", tag="Ingeniero Civil en Minas · Planificación y Operaciones",
     contact=["Antofagasta, Chile · +56 9 5555 2210 · rodrigo.saavedra@example.cl · RUT 15.555.321-K"],
     body="""
# A. Resumen profesional
P Ingeniero civil en minas con dieciséis años de experiencia en gran minería del cobre a rajo abierto: planificación de corto y mediano plazo, perforación y tronadura, y gestión de contratos. Liderazgo de equipos de hasta 45 personas en sistema de turnos 7x7.
# B. Experiencia
J Superintendente de Planificación Mina | Minera Escondida Ltda., Antofagasta | 2018 – a la fecha
- Responsable del plan quinquenal y del presupuesto anual de movimiento de 450 Mt.
- Implementé la planificación semanal con Deswik, reduciendo desviaciones de ley en 8 %.
- Coordino a 12 ingenieros y a las áreas de geología, geotecnia y mantención.
- Participé en la evaluación del proyecto de desalinización y en la revisión de reservas JORC.
J Jefe de Turno Mina | Codelco División Radomiro Tomic, Calama | 2013 – 2018
- Supervisión de flota de 32 camiones CAT 797F y 4 palas eléctricas.
- Indicadores de seguridad: cero accidentes con tiempo perdido en 2016 y 2017.
- Implementación del sistema de despacho Modular Mining en el turno B.
J Ingeniero de Perforación y Tronadura | Compañía Minera Doña Inés de Collahuasi | 2010 – 2013
- Diseño de mallas, control de vibraciones y fragmentación con Split-Desktop.
J Ingeniero en Entrenamiento | Anglo American Sur, Los Bronces | 2009 – 2010
- Rotación por planificación, operaciones y mantención; informe de optimización de botaderos.
# C. Proyectos relevantes
S Expansión Fase 12, Escondida (2021 – 2023)
P Secuenciamiento de expansiones y rediseño de rampas; adelanto de 4 meses en el acceso a mineral.
S Piloto de camiones autónomos, Radomiro Tomic (2017)
P Miembro del equipo de integración; definición de zonas de exclusión y procedimientos de turno.
S Control de dilución en tronadura, Collahuasi (2012)
P Prueba de detonadores electrónicos; reducción de la dilución en 3 puntos porcentuales.
# D. Antecedentes académicos
E Ingeniería Civil en Minas | Universidad de Chile, Santiago | 2003 – 2009
P Memoria: Optimización de la secuencia de extracción en un rajo con restricciones de mezcla.
E Diplomado en Gestión de Proyectos Mineros | Pontificia Universidad Católica de Chile | 2015
E MBA (en curso) | Universidad Católica del Norte, Antofagasta | 2024 – 2026
# E. Certificaciones
- Competent Person en Reservas, Comisión Calificadora de Competencias en Recursos y Reservas Mineras (2020)
- Experto en Prevención de Riesgos, categoría B, SERNAGEOMIN (2014)
- PMP, Project Management Institute (2019)
- Licencia de conducir clase B e interna de faena para camionetas (vigente)
# F. Software
P Deswik CAD y Sched · Vulcan · MineSight · Minemax · Modular Mining Dispatch · Power BI · Excel avanzado con VBA
P Manejo de bases de datos de perforación y de control de leyes; programación básica en Python.
# G. Idiomas
P Español (nativo) · Inglés técnico (avanzado, TOEIC 820) · Portugués (básico)
# H. Referencias laborales
R Sra. Paula Contreras | Gerenta de Mina, Minera Escondida · +56 9 5555 8120
R Sr. Hernán Toledo | Ex superintendente de operaciones, Codelco · +56 9 5555 4470
R Sr. Ignacio Bravo | Gerente técnico, Collahuasi · +56 9 5555 3019
"""),
# ---------------- DOCX
dict(file="n03_en_heading1.docx", lang="en", font="Calibri", acc=(30, 80, 150), head="h1", org="I", hdr="C",
     name="Marc-André Pelletier", tag="Territory Sales Representative – Industrial Supplies",
     contact=["Mississauga, ON L5B 2C9 | 905-555-0163 | ma.pelletier@example.ca"],
     body="""
# Summary of Qualifications
- Eight years of B2B field sales in fasteners, cutting tools and MRO supplies across the GTA and Golden Horseshoe.
- Consistently 110%+ of quota; President's Club 2022 and 2024.
- Fluent in English and French; comfortable presenting to plant managers and purchasing teams.
# Sales Experience
J Territory Sales Representative | Fastenal Canada, Mississauga ON | 2019 – present
- Grew territory revenue from $2.1M to $3.6M; opened 38 new accounts, including two vending programs.
- Run quarterly business reviews with 25 key accounts.
J Inside Sales Associate | Wajax Industrial Components, Oakville ON | 2016 – 2019
- Quotes, order entry and follow-up for 400 accounts; upsold service contracts.
# Education
E Business Administration – Marketing (Ontario College Diploma) | Sheridan College, Brampton ON | 2016
# Key Skills
P Consultative selling · Salesforce CRM · Territory planning · Negotiation · Product demonstrations · Bilingual service
# Professional Development
- Sandler Sales Foundations (2021)
- WHMIS 2015 and Working at Heights (2024)
# Languages
P English and French (both fluent)
# Volunteer Experience
- Assistant coach, Mississauga Hockey League U13 (2020 – present)
# References
P Available upon request.
"""),
dict(file="n04_en_rows.docx", lang="en", font="Arial", acc=(0, 100, 90), head="cell", org="I", size=10, mar=16,
     name="Harriet Cole-Okafor", tag="HR Business Partner, Chartered MCIPD",
     contact=["Leeds LS6 | 07700 900 418 | harriet.coleokafor@example.co.uk"],
     body="""
# Personal Statement
P Generalist HR business partner with ten years in the NHS and logistics. I lead organisational change, employee relations casework and early-careers programmes, and I enjoy coaching line managers.
# Employment History
J HR Business Partner | Yorkshire Ambulance Service NHS Trust, Wakefield | 2020 – present
- Partner to operations directorate of 2,300 staff; led a consultation on rota redesign.
- Reduced sickness absence from 7.8% to 6.1% through a managed attendance pilot.
J HR Advisor | Wincanton plc, Leeds | 2016 – 2020
- ER casework, TUPE transfers and apprenticeship recruitment for three distribution sites.
J HR Assistant | Leeds City Council | 2014 – 2016
# Education & Training
E MSc Human Resource Management | Leeds Beckett University | 2018
E BA (Hons) Sociology, 2:1 | University of Sheffield | 2014
P Mental Health First Aider (2023)
# CIPD Membership
P Chartered Member (MCIPD) since 2021; volunteer on the West Yorkshire branch committee.
# IT Skills
P ESR, Workday, Microsoft 365, Power BI dashboards for workforce data
# Interests
P Fell running, community allotment, Nigerian cooking
# Referees
R Dr Simon Ashworth | Director of People, Yorkshire Ambulance Service
R Claire Hooper | Regional HR Manager, Wincanton plc
"""),
dict(file="n05_en_band.docx", lang="en", font="Georgia", acc=(40, 70, 60), head="custom", org="C", size=10,
     hstyle="Band Heading", hprops=dict(bold=True, color=(255, 255, 255), size=11, shade=(40, 70, 60), before=14),
     name="Dr. Aoife Brennan, DVM", tag="Small Animal & Exotics Veterinarian",
     contact=["Portland, OR 97214 | (503) 555-0199 | aoife.brennan@example.com"],
     body="""
# Professional Summary
P Associate veterinarian with seven years in busy small-animal and exotics practice, experienced in soft-tissue surgery, dentistry and avian medicine. Calm communicator with clients and a mentor to new graduates.
# Clinical Experience
J Associate Veterinarian | Rose City Animal Hospital, Portland OR | 2021 – present
- Caseload of 20–25 appointments a day; 8–10 surgeries a week including orthopaedic referrals.
- Launched an exotics clinic day for rabbits, birds and reptiles.
J Associate Veterinarian | Cascade Pet Clinic, Bend OR | 2018 – 2021
J Small Animal Rotating Intern | Oregon State University Lois Bates Acheson Veterinary Teaching Hospital | 2017 – 2018
# Veterinary Education
E Doctor of Veterinary Medicine | University College Dublin | 2017
E BSc Animal Science | University College Dublin | 2012
# Licensure
- Oregon State Veterinary Medical Examining Board, license no. 9981
- USDA Category II Accreditation
# Continuing Education
- Advanced Dentistry & Oral Surgery, VetBloom (2023)
- Avian and Exotic Medicine Symposium, ExoticsCon (2022)
# Research & Publications
- Brennan A, Doyle M. "Post-operative pain scoring in rabbits", Journal of Exotic Pet Medicine, 2019.
# Professional Affiliations
P American Veterinary Medical Association · Association of Avian Veterinarians
# Honors
P Dean's Award for Clinical Excellence, UCD School of Veterinary Medicine (2017)
"""),
dict(file="n09_de_randlinie.docx", lang="de", font="Cambria", acc=(170, 60, 40), head="custom", org="I", size=10.5,
     doctitle="Lebenslauf",
     hstyle="Abschnitt", hprops=dict(bold=True, color=(170, 60, 40), size=12, borders=[("left", 36, (170, 60, 40))], indent=6),
     name="Sabine Wendler", tag="Konditormeisterin im Quereinstieg zur Lebensmitteltechnikerin",
     contact=["Bahnhofstraße 14, 91522 Ansbach | 0151 555 73 28 | sabine.wendler@example.de"],
     body="""
# Zu meiner Person
P Nach 15 Jahren in Backstube und Café-Konditorei möchte ich meine handwerkliche Erfahrung in die industrielle Produktentwicklung einbringen. Derzeit schließe ich die Weiterbildung zur Staatlich geprüften Lebensmitteltechnikerin ab.
# Beruflicher Werdegang
J Konditormeisterin und Backstubenleitung | Café Kellerhals, Ansbach | 2014 – 2024
- Leitung von sechs Mitarbeitenden und drei Auszubildenden, Rezepturentwicklung, HACCP.
J Konditorin | Hofbäckerei Zeltner, Nürnberg | 2009 – 2014
# Aus- und Weiterbildung
E Staatlich geprüfte Lebensmitteltechnikerin | Staatliche Fachschule für Lebensmitteltechnik, Kulmbach | 2024 – 2026
E Meisterprüfung im Konditorenhandwerk | Handwerkskammer für Mittelfranken | 2013
E Ausbildung zur Konditorin | Konditorei Hübner, Rothenburg o. d. T. | 2006 – 2009
# Zertifikate
- IFS Food Version 8, Grundlagenschulung (2025)
- Ausbildereignung nach AEVO (2012)
# Fähigkeiten
P Rezepturentwicklung, Sensorik, Hygienemanagement, SAP-Grundlagen, Führerschein Klasse B
# Ehrenamt
P Prüferin im Gesellenprüfungsausschuss der Konditoren-Innung Mittelfranken (seit 2016)
# Interessen
P Zuckerkunst, Radfahren an der Altmühl, Imkerei
"""),
dict(file="n10_de_spalten.docx", lang="de", font="Segoe UI", acc=(50, 80, 140), head="sidetable", org="C", size=9.5, mar=15,
     hstyle="Rubrik", hprops=dict(bold=True, color=(50, 80, 140), size=11.5, borders=[("bottom", 6, (50, 80, 140))], before=10),
     name="Tobias Krämer", tag="IT-Projektmanager (PMP, SAFe)",
     contact=["Hamburg"],
     side="""
# Kontaktdaten
P Osterstraße 91, 20259 Hamburg
P 0160 555 48 17
P tobias.kraemer@example.de
# Kompetenzen
- Agiles Projektmanagement
- Stakeholder-Management
- Budgetverantwortung bis 4 Mio. €
- Jira, Confluence, MS Project
- SAP S/4HANA-Migrationen
# Sprachen
P Deutsch (Muttersprache)
P Englisch (C1)
P Dänisch (B1)
# Zertifizierungen
- PMP (2019)
- SAFe 6 Agilist (2023)
- ITIL 4 Foundation (2017)
""",
     body="""
# Über mich
P Projektmanager mit elf Jahren Erfahrung in Logistik-IT. Ich führe verteilte Teams durch ERP-Einführungen und Cloud-Migrationen und halte dabei Fachbereiche, Dienstleister und Budget zusammen.
# Berufserfahrung
J Senior IT-Projektmanager | HHLA Hamburger Hafen und Logistik AG | seit 2020
- Gesamtprojektleitung S/4HANA-Migration für drei Terminalgesellschaften, 40 Beteiligte.
J IT-Projektmanager | Hermes Germany GmbH, Hamburg | 2015 – 2020
- Einführung einer Sendungsverfolgungs-App, Rollout in 12 Depots.
# Projekthighlights
S Terminal-Cloud 2023
P Migration von 180 Servern in die Azure-Cloud ohne ungeplante Ausfallzeit.
S Paketshop-Scanner 2018
P Austausch von 9.000 Handscannern in sechs Monaten.
# Akademischer Werdegang
E M.Sc. Wirtschaftsinformatik | Universität Hamburg | 2012 – 2014
E B.Sc. Wirtschaftsinformatik | Hochschule Flensburg | 2009 – 2012
"""),
dict(file="n11_de_strich.docx", lang="de", font="Garamond", acc=(80, 80, 80), head="custom", org="C", size=11, hdr="C",
     hstyle="Titelzeile", hprops=dict(bold=True, color=(80, 80, 80), size=12, center=True, before=16),
     name="Ole Petersen", tag="Sozialarbeiter (B.A.) – Jugendhilfe und Streetwork",
     contact=["Kiel · 0172 555 66 04 · ole.petersen@example.de"],
     body="""
# — Kurzporträt —
P Staatlich anerkannter Sozialarbeiter mit acht Jahren in der offenen Kinder- und Jugendarbeit und aufsuchenden Sozialarbeit. Stark in Beziehungsarbeit, Krisenintervention und Netzwerkarbeit mit Schulen und Jugendamt.
# — Stationen —
J Streetworker | Kieler Jugendhilfe e. V., Kiel-Gaarden | seit 2019
- Aufsuchende Arbeit mit Jugendlichen, Einzelfallhilfe, Kooperation mit der Schulsozialarbeit.
J Pädagogische Fachkraft | Jugendzentrum Mettenhof, Landeshauptstadt Kiel | 2016 – 2019
# — Bildungsweg —
E Bachelor of Arts Soziale Arbeit | Fachhochschule Kiel | 2012 – 2016
E Allgemeine Hochschulreife | Humboldt-Schule Kiel | 2011
# — Fortbildungen —
- Systemische Beratung (DGSF), 2021 – 2023
- Deeskalationstraining nach ProDeMa (2020)
# — Was mich ausmacht —
P Geduld, Humor, klare Grenzen; Moderation von Gruppen; MS Office und Fachsoftware OPEN/PROSOZ
# — Sprachen —
P Deutsch (Muttersprache), Englisch (B2), Türkisch (Grundkenntnisse)
# — Engagement —
P Trainer im Boxverein Gaarden (ehrenamtlich, seit 2015)
"""),
dict(file="n15_fr_tableaux.docx", lang="fr", font="Verdana", acc=(30, 60, 90), head="secttable", org="I", size=9.5,
     name="Karim Benali", tag="Expert-comptable stagiaire – audit et conseil aux PME",
     contact=["Lyon 3e · 06 55 51 24 87 · karim.benali@example.fr"],
     body="""
# Objectif professionnel
P Terminer mon stage d'expertise comptable dans un cabinet tourné vers les PME industrielles, puis me spécialiser en évaluation d'entreprises.
# Expérience
J Expert-comptable stagiaire | Cabinet Morel & Associés, Lyon | depuis 2023
- Révision des comptes de 35 PME, liasses fiscales, missions d'audit légal en équipe.
J Assistant comptable | Groupe SEB, Écully | 2020 – 2023
# Diplômes
E Diplôme supérieur de comptabilité et de gestion (DSCG) | IAE Lyon | 2020
E Diplôme de comptabilité et de gestion (DCG) | Lycée La Martinière Duchère | 2017
# Certifications
- Certification Pix, niveau expert en tableur (2022)
# Logiciels maîtrisés
P Cegid Loop, Sage 100, Excel (tableaux croisés, Power Query), SAP FI
# Langues étrangères
P Anglais (C1, TOEIC 915) · Arabe (courant)
# Divers
P Permis B. Trésorier de l'association sportive de mon ancien lycée.
"""),
dict(file="n16_fr_minuscules.docx", lang="fr", font="Trebuchet MS", acc=(0, 150, 160), head="custom", org="C", size=10,
     hstyle="Rubrique legere", hprops=dict(bold=False, color=(0, 150, 160), size=18, before=14),
     name="Chloé Marchetti", tag="community manager & créatrice de contenus",
     contact=["Marseille · 07 55 52 19 33 · chloe.marchetti@example.fr · @chloemkt"],
     body="""
# qui suis-je ?
P Community manager depuis cinq ans pour des marques de cosmétique et de tourisme en Provence. J'écris, je filme, je modère, et je regarde les chiffres avant de décider.
# mes expériences
J Community manager | Maison Sainte-Victoire, cosmétiques naturels, Aix-en-Provence | depuis 2022
- Instagram et TikTok : de 12 000 à 85 000 abonnés ; campagnes avec 40 créatrices.
J Chargée de communication digitale | Office de tourisme de Cassis | 2020 – 2022
# ma formation
E Licence professionnelle Métiers du numérique | Aix-Marseille Université | 2020
E BTS Communication | Lycée Marseilleveyre | 2019
# mes outils
P Meta Business Suite, CapCut, Canva, Figma, Later, Google Analytics 4
# mes projets perso
S Podcast « Calanques & Cie »
P Vingt épisodes sur les métiers de la mer, 8 000 écoutes.
# langues
P Français, italien (bilingue), anglais (B2)
# ce qui me passionne
P Plongée, photo argentique, marchés provençaux
"""),
dict(file="n17_fr_agronome.docx", lang="fr", font="Times New Roman", acc=(90, 110, 30), head="custom", org="I", size=11, hdr="R",
     hstyle="Intertitre", hprops=dict(bold=False, italic=True, color=(90, 110, 30), size=14, borders=[("top", 8, (90, 110, 30))], before=16),
     name="Aminata Diallo", tag="Ingénieure agronome – irrigation et agriculture durable",
     contact=["Thiès, Sénégal · +221 77 555 40 12 · aminata.diallo@example.sn"],
     body="""
# Résumé
P Ingénieure agronome spécialisée en gestion de l'eau et en maraîchage irrigué dans la zone des Niayes. Six ans de projets avec des groupements de producteurs et des ONG.
# Expérience professionnelle
J Chargée de programme irrigation | SOS Sahel, Thiès | depuis 2021
- Installation de 140 kits goutte-à-goutte solaires, formation de 600 maraîchères.
J Agronome de terrain | Société de développement agricole et industriel (SODAGRI), Vélingara | 2019 – 2021
# Stages
J Stagiaire en recherche | Institut sénégalais de recherches agricoles (ISRA), Bambey | 2018
# Formation académique
E Diplôme d'ingénieur agronome | École nationale supérieure d'agriculture (ENSA), Thiès | 2014 – 2019
E Baccalauréat scientifique, série S1 | Lycée Malick Sy, Thiès | 2014
# Travaux de recherche
- Diallo A., Ndiaye M. « Efficience de l'eau en maraîchage sous goutte-à-goutte solaire », Revue africaine d'agronomie, 2022.
# Compétences techniques
P QGIS, CropWat, R, conception de réseaux d'irrigation, suivi-évaluation
# Langues
P Français, wolof, pulaar, anglais (intermédiaire)
# Vie associative
P Membre active de l'Association des femmes ingénieures du Sénégal (mentorat d'étudiantes)
"""),
dict(file="n21_es_contable.docx", lang="es", font="Calibri", acc=(0, 90, 60), head="h1re", org="C", size=10.5,
     name="Andrés Felipe Ruiz Castaño", tag="Contador Público – NIIF, tributaria y costos",
     contact=["Medellín, Antioquia | 300 555 7781 | andres.ruiz@example.com.co | T.P. 245871-T"],
     body="""
# Perfil profesional
P Contador público con nueve años de experiencia en empresas manufactureras, convergencia a NIIF y presentación de información exógena ante la DIAN.
# Experiencia profesional
J Contador General | Textiles del Valle de Aburrá S.A.S., Itagüí | 2019 – actual
- Cierres mensuales, estados financieros consolidados y relación con la revisoría fiscal.
J Analista de Costos | Postobón S.A., Medellín | 2015 – 2019
# Formación académica
E Especialización en Gerencia Tributaria | Universidad EAFIT | 2018
E Contaduría Pública | Universidad de Antioquia | 2010 – 2015
# Competencias
P SAP FI/CO, Siigo Nube, Excel avanzado, Power BI, liderazgo de equipos contables
# Cursos complementarios
- Diplomado en NIIF para Pymes, Cámara de Comercio de Medellín (2017)
- Facturación electrónica, SENA (2020)
# Idiomas
P Español (nativo) · Inglés (B1)
# Referencias personales
R Luz Marina Ospina | Revisora Fiscal, 310 555 2290
R Carlos Mario Henao | Gerente Financiero, 315 555 8843
"""),
dict(file="n22_es_baremo.docx", lang="es", font="Arial", acc=(110, 40, 40), head="custom", org="I", size=10,
     hstyle="Apartado", hprops=dict(bold=True, color=(110, 40, 40), size=11.5, before=12),
     name="Lucía Navarro Pastor", tag="Maestra de Educación Primaria – mención en Lengua Extranjera (Inglés)",
     contact=["Valencia"],
     body="""
# 1. Datos personales
K DNI: 55555123-H
K Domicilio: Calle de Cuba 42, 46006 Valencia
K Teléfono: 655 55 09 18
K Correo: lucia.navarro@example.es
# 2. Titulación académica
E Grado en Maestro/a en Educación Primaria | Universitat de València | 2015 – 2019
E Máster en Psicopedagogía | Universidad Internacional de La Rioja (UNIR) | 2021
# 3. Experiencia docente
J Maestra interina de Inglés | CEIP Ciutat Artista Faller, Valencia | 2021 – actualidad
J Maestra sustituta | CEIP Blasco Ibáñez, Sueca | 2019 – 2021
# 4. Formación complementaria
T Curso | Entidad | Horas
t Aprendizaje cooperativo en el aula | CEFIRE València | 30
t Competencia digital docente, nivel B1 | INTEF | 40
t Atención a la diversidad y DUA | Universitat de València | 60
# 5. Idiomas
P Inglés: C1 (Cambridge Advanced, 2018) · Valenciano: Certificat de nivell C1 (JQCV) · Francés: A2
# 6. Competencias digitales
P Google Workspace for Education, Aules, Genially, robótica educativa con Bee-Bot
# 7. Otros méritos
P Coordinadora del programa de bibliotecas escolares del centro (2022 – 2024).
"""),
dict(file="n23_es_cabina.docx", lang="es", font="Verdana", acc=(0, 70, 140), head="custom", org="C", size=9.5,
     hstyle="Encabezado puntos", hprops=dict(bold=True, color=(0, 70, 140), size=12, before=12),
     name="Marta Egea Solís", tag="Tripulante de Cabina de Pasajeros (TCP)",
     contact=["Palma de Mallorca | 611 55 57 42 | marta.egea@example.es"],
     body="""
# ● Sobre mí
P TCP con seis años de vuelos de corto y medio radio y dos temporadas en largo radio. Atención al pasajero en cuatro idiomas, seguridad a bordo y ventas.
# ● Experiencia
J Sobrecargo (Purser) | Air Europa, base Palma | 2022 – actualidad
- Dirección de tripulaciones de cuatro TCP en Boeing 737-800; briefing y gestión de incidencias.
J Tripulante de Cabina | Vueling Airlines, base Barcelona | 2019 – 2022
J Recepcionista | Hotel Meliá Palma Bay | 2016 – 2019
# ● Formación
E Técnico Superior en Gestión de Alojamientos Turísticos | IES Juníper Serra, Palma | 2016
# ● Licencias
- Certificado de TCP (Cabin Crew Attestation), AESA (2019)
- Habilitación de tipo B737 y A320
- Primeros auxilios y DEA, Cruz Roja (2025)
# ● Idiomas
P Español y catalán (nativos) · Inglés (C1) · Alemán (B2)
# ● Aptitudes
P Trabajo en equipo · Gestión de conflictos · Venta a bordo · Calma en emergencias
# ● Voluntariado
P Acompañante en vuelos humanitarios de la Fundación Pequeño Deseo (2023)
# ● Aficiones
P Natación en aguas abiertas, yoga, cocina mallorquina
"""),
]

if __name__ == "__main__":
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for R in RES:
        (make_pdf if R["file"].endswith(".pdf") else make_docx)(R, os.path.join(out, R["file"]))
