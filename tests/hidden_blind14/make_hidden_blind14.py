#!/usr/bin/env python3
"""Generator for hidden_blind14: 30 one-page resume files (15 PDF, 15 DOCX).

Usage:  python make_hidden_blind14.py OUTDIR

Each file carries exactly one marker phrase, either hidden from a human
reader or visible (controls). `build(i, phrase=None)` returns (name, bytes)
for file i (1..30); phrase="" builds the same layout without the phrase.
Deterministic: no randomness, fixed dates, fixed zip metadata.
Uses only Pillow and the standard library.
"""
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# ---------------------------------------------------------------------------
# Personas (fictional)
# ---------------------------------------------------------------------------
PERSONAS = [
    dict(
        name="Priya Raman", title="Senior Data Analyst",
        contact="Chicago, IL  |  priya.raman@example.com  |  (312) 555-0147",
        summary=["Data analyst with eight years of experience turning product and sales data",
                 "into decisions. Comfortable across SQL, Python and BI tooling; known for",
                 "clear written analysis and patient stakeholder work."],
        jobs=[("Senior Data Analyst", "Northwind Outfitters, Chicago, IL", "2020 \u2013 Present",
               ["Own the subscription analytics roadmap for a 2.1M-member loyalty program",
                "Built Tableau dashboards used weekly by forty regional sales managers",
                "Partnered with finance on pricing experiments worth $3.4M a year"]),
              ("Data Analyst", "Lakeshore Health Partners, Evanston, IL", "2016 \u2013 2020",
               ["Maintained claims reporting pipelines in SQL Server and SSIS",
                "Cut manual reporting effort by twelve hours a week with Python scripts"])],
        education=["M.S. Applied Statistics, University of Illinois Chicago, 2016",
                   "B.A. Economics, Purdue University, 2014"],
        skills=["SQL (Snowflake, Postgres), Python (pandas, statsmodels), dbt, Airflow",
                "Tableau, Looker, Excel modelling, A/B testing, stakeholder workshops"],
        extra=["Volunteer analyst, Chicago food bank data team (2019 \u2013 present)",
               "Speaker, Midwest Analytics Meetup, 2023"],
        phrases=["Automated weekly churn forecasting for leadership",
                 "Reduced dashboard load times by forty percent",
                 "Mentored junior analysts on SQL",
                 "Designed cohort retention models in Python",
                 "Standardised metric definitions across product teams"],
        pdf=dict(font="Helvetica", page="letter", header="rule", accent=(0.12, 0.35, 0.55)),
        docx=dict(font=None, page="letter", accent="1F4E79", size=21),
        tbox="Open to hybrid roles in Chicago",
    ),
    dict(
        name="Marcus Oyelaran", title="Mechanical Design Engineer",
        contact="Leeds, UK  |  m.oyelaran@example.com  |  +44 113 496 0582",
        summary=["Chartered mechanical engineer designing drivetrains and enclosures for",
                 "industrial equipment. Strong in CAD, FEA and hands-on prototyping with",
                 "suppliers, from first sketch to production release."],
        jobs=[("Senior Design Engineer", "Pennine Drive Systems Ltd, Leeds", "2019 \u2013 Present",
               ["Lead engineer for a family of helical gearboxes from 5 to 40 kW",
                "Run design reviews with manufacturing, quality and key suppliers",
                "Released 300+ production drawings to ISO GD&T standards"]),
              ("Design Engineer", "Calder Pumps, Huddersfield", "2014 \u2013 2019",
               ["Designed cast pump housings and seal carriers in SolidWorks",
                "Ran FEA studies on impeller shafts and bearing supports"])],
        education=["MEng Mechanical Engineering, University of Sheffield, 2014",
                   "Chartered Engineer (CEng), IMechE, 2018"],
        skills=["SolidWorks, Creo, ANSYS Mechanical, MATLAB, GD&T, DFMEA",
                "Supplier development, prototype testing, technical documentation"],
        extra=["STEM Ambassador, mentoring sixth-form students in engineering",
               "Full UK driving licence"],
        phrases=["Cut prototype tooling costs by eighteen percent",
                 "Led tolerance stack-up reviews for gearboxes",
                 "Validated thermal models against bench test data",
                 "Introduced design for assembly checklists company-wide",
                 "Certified SolidWorks Professional since 2019"],
        pdf=dict(font="Times", page="a4", header="plain", accent=(0.20, 0.20, 0.20), paper=True),
        docx=dict(font="Cambria", page="a4", accent="262626", size=21),
        tbox="Eligible for UK security clearance",
    ),
    dict(
        name="Elena Vasquez-Hart", title="Registered Nurse, Critical Care",
        contact="Phoenix, AZ  |  elena.vh@example.com  |  (602) 555-0193",
        summary=["Critical care nurse with nine years at the bedside in medical and cardiac",
                 "ICUs. Calm under pressure, good with families, and committed to",
                 "evidence-based practice and safe handovers."],
        jobs=[("Registered Nurse, Medical ICU", "Desert Valley Medical Center, Phoenix, AZ",
               "2018 \u2013 Present",
               ["Care for two to three critically ill adults per shift, incl. ventilated",
                "Titrate vasoactive drips and manage CRRT under unit protocols",
                "Super-user for the Epic flowsheet rollout across three ICUs"]),
              ("Registered Nurse, Cardiac Step-Down", "Mesa General Hospital, Mesa, AZ",
               "2015 \u2013 2018",
               ["Monitored telemetry for post-PCI and heart failure patients",
                "Taught discharge classes on heart-healthy diet and medications"])],
        education=["BSN, Arizona State University, 2015",
                   "CCRN, BLS, ACLS, PALS \u2013 all current"],
        skills=["Hemodynamic monitoring, ventilator management, CRRT, rapid response",
                "Epic, Pyxis, English and Spanish (fluent)"],
        extra=["Volunteer, free clinic blood pressure screenings, Phoenix",
               "AACN member since 2017"],
        phrases=["Precepted eleven new graduate nurses successfully",
                 "Charge nurse for twenty-bed medical ICU",
                 "Reduced central line infections through bundle audits",
                 "Bilingual patient education in English and Spanish",
                 "Member of hospital sepsis response committee"],
        pdf=dict(font="Helvetica", page="a4", header="band", accent=(0.16, 0.27, 0.42)),
        docx=dict(font="Garamond", page="a4", accent="1F3864", size=22),
        tbox="Compact state licence, AZ",
    ),
    dict(
        name="Tobias Lindqvist", title="Backend Software Engineer",
        contact="Stockholm, Sweden  |  tobias.lindqvist@example.com  |  +46 8 555 012 28",
        summary=["Backend engineer with seven years building payment and billing systems",
                 "at scale. Prefers simple designs, good tests and calm on-call rotations;",
                 "happy to mentor and to write things down."],
        jobs=[("Senior Backend Engineer", "Fjordpay AB, Stockholm", "2021 \u2013 Present",
               ["Own the invoicing service handling 40M invoices a month in Go",
                "Designed idempotent webhook delivery with retries and dead-letter queues",
                "Review 15\u201320 pull requests a week and run the backend guild"]),
              ("Software Engineer", "Nordlys Commerce, Gothenburg", "2017 \u2013 2021",
               ["Built order and inventory APIs in Kotlin on Kubernetes",
                "Introduced contract tests between checkout and warehouse services"])],
        education=["M.Sc. Computer Science, KTH Royal Institute of Technology, 2017"],
        skills=["Go, Kotlin, Rust, PostgreSQL, Kafka, Kubernetes, Terraform",
                "Prometheus, Grafana, AWS, system design, incident reviews"],
        extra=["Maintainer of a small open-source Go library for rate limiting",
               "Swedish (native), English (fluent), German (basic)"],
        phrases=["Migrated billing services to event-driven architecture",
                 "Kept payment API uptime above target",
                 "Wrote internal Rust training course for engineers",
                 "On-call lead for platform reliability rotation",
                 "Reduced cloud spend through autoscaling policies"],
        pdf=dict(font="Times", page="letter", header="rule", accent=(0.10, 0.30, 0.25)),
        docx=dict(font="Arial", page="letter", accent="1E4D40", size=20),
        tbox="Remote within CET \u00b12 hours",
    ),
    dict(
        name="Hannah Okafor", title="Marketing Manager",
        contact="Atlanta, GA  |  hannah.okafor@example.com  |  (404) 555-0126",
        summary=["Marketing manager with a decade in consumer brands, from email to paid",
                 "social. Blends creative judgement with careful measurement and budget",
                 "discipline; enjoys building small, sharp teams."],
        jobs=[("Marketing Manager", "Peachtree Home Goods, Atlanta, GA", "2019 \u2013 Present",
               ["Lead a team of five across lifecycle, social and content marketing",
                "Own the email program: 1.2M subscribers, 38% average open rate",
                "Partnered with merchandising on seasonal campaign calendars"]),
              ("Digital Marketing Specialist", "Brightline Apparel, Atlanta, GA", "2014 \u2013 2019",
               ["Ran paid search and paid social campaigns across four brands",
                "Set up UTM conventions and weekly channel performance reports"])],
        education=["B.B.A. Marketing, Georgia State University, 2014",
                   "Google Analytics and Meta Blueprint certified"],
        skills=["Klaviyo, HubSpot, Meta Ads Manager, Google Ads, GA4, Figma",
                "Brand strategy, copy editing, budget planning, vendor management"],
        extra=["Guest lecturer, university digital marketing course, 2022",
               "Board member, Atlanta Marketing Collective"],
        phrases=["Grew organic newsletter signups by sixty percent",
                 "Launched rebrand across twelve regional markets",
                 "Managed annual paid media budget",
                 "Built influencer partnership program from scratch",
                 "Presented quarterly campaign results to executives"],
        pdf=dict(font="Helvetica", page="letter", header="band", accent=(0.45, 0.16, 0.24)),
        docx=dict(font=None, page="letter", accent="7A2B3D", size=21),
        tbox="Portfolio available on request",
    ),
    dict(
        name="Daniel Mercer", title="Senior Accountant, CPA",
        contact="Columbus, OH  |  daniel.mercer@example.com  |  (614) 555-0175",
        summary=["Certified public accountant with eight years in corporate accounting and",
                 "close. Detail-oriented and audit-ready; comfortable improving processes",
                 "with automation and clear documentation."],
        jobs=[("Senior Accountant", "Buckeye Logistics Group, Columbus, OH", "2019 \u2013 Present",
               ["Own month-end close for three operating entities and intercompany",
                "Prepare balance sheet reconciliations and flux analysis",
                "Trained four staff accountants on accrual and lease accounting"]),
              ("Staff Accountant", "Scioto Manufacturing, Dublin, OH", "2016 \u2013 2019",
               ["Handled fixed assets, prepaid amortisation and AP accruals",
                "Supported ASC 842 lease adoption and related disclosures"])],
        education=["B.S. Accounting, The Ohio State University, 2016",
                   "Certified Public Accountant, State of Ohio, 2018"],
        skills=["NetSuite, BlackLine, Excel (Power Query, lookups), Power BI",
                "US GAAP, SOX 404, ASC 606 and 842, audit support"],
        extra=["Treasurer, neighbourhood community garden association",
               "Volunteer tax preparer (VITA), 2017 \u2013 2020"],
        phrases=["Closed monthly books two days faster",
                 "Led SOX control testing for revenue cycle",
                 "Prepared consolidated statements for four subsidiaries",
                 "Implemented automated bank reconciliation in NetSuite",
                 "Coordinated year-end audit with external auditors"],
        pdf=dict(font="Times", page="a4", header="plain", accent=(0.25, 0.25, 0.35)),
        docx=dict(font="Georgia", page="a4", accent="2E3A59", size=20),
        tbox="Available from June 2025",
    ),
]

# ---------------------------------------------------------------------------
# File table: kind per file (odd = PDF, even = DOCX); hidden flag by kind.
# ---------------------------------------------------------------------------
KINDS = {
    1: "p_blend_lighten", 2: "d_theme_background", 3: "pc_form_bbox_inside",
    4: "d_vml_fallback", 5: "p_type3_blank", 6: "dc_style_vanish_off",
    7: "p_cmyk_white", 8: "d_row_exact_clip", 9: "pc_band_white",
    10: "d_footnote_notice", 11: "p_form_bbox_outside", 12: "dc_theme_text",
    13: "p_ocmd_alloff", 14: "d_charstyle_vanish", 15: "pc_blend_multiply",
    16: "d_textbox_overflow", 17: "p_offpage_right", 18: "dc_shd_clear",
    19: "p_smask_black", 20: "d_vml_hidden", 21: "pc_ocmd_anyon",
    22: "d_titlepg_default", 23: "p_render_clip", 24: "dc_row_exact_fit",
    25: "p_band_same", 26: "d_shd_solid_white", 27: "pc_smask_white",
    28: "d_picture_cover", 29: "p_image_cover", 30: "dc_titlepg_first",
}


def is_hidden(kind):
    return kind.startswith("p_") or kind.startswith("d_")


def persona_index(i):
    return ((i - 1) + (i - 1) // 6) % 6


def file_table():
    """List of (i, name, persona, kind, hidden, phrase)."""
    used = [0] * 6
    rows = []
    for i in range(1, 31):
        p = persona_index(i)
        phrase = PERSONAS[p]["phrases"][used[p]]
        used[p] += 1
        ext = "pdf" if i % 2 else "docx"
        kind = KINDS[i]
        rows.append((i, "resume_%02d.%s" % (i, ext), p, kind, is_hidden(kind), phrase))
    return rows


# ---------------------------------------------------------------------------
# Small PDF writer
# ---------------------------------------------------------------------------
HELV_W = {
    " ": 278, "!": 278, "$": 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333,
    "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "|": 260,
    "@": 1015, "\u2013": 556, "\u2022": 350, "\u00b1": 584,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722,
    "I": 278, "J": 500, "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667,
    "Q": 778, "R": 722, "S": 667, "T": 611, "U": 722, "V": 667, "W": 944, "X": 667,
    "Y": 667, "Z": 611,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556,
    "i": 222, "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556,
    "q": 556, "r": 333, "s": 500, "t": 278, "u": 556, "v": 500, "w": 722, "x": 500,
    "y": 500, "z": 500,
}
for _d in "0123456789":
    HELV_W[_d] = 556


def text_width(s, size, family="Helvetica", bold=False):
    w = sum(HELV_W.get(ch, 556) for ch in s) / 1000.0 * size
    if family == "Times":
        w *= 0.92
    if bold:
        w *= 1.06
    return w


def pstr(s):
    out = []
    for ch in s.encode("cp1252"):
        if ch in b"()\\":
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


class PdfDoc:
    def __init__(self):
        self.objs = []

    def new(self):
        self.objs.append(None)
        return len(self.objs)

    def put(self, n, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[n - 1] = body

    def add(self, body):
        n = self.new()
        self.put(n, body)
        return n

    def stream(self, d, data, flate=True, n=None):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if flate:
            data = zlib.compress(data, 9)
            d = d + " /Filter /FlateDecode"
        body = ("<< %s /Length %d >>\nstream\n" % (d.strip(), len(data))).encode("latin-1")
        body += data + b"\nendstream"
        if n is None:
            return self.add(body)
        self.put(n, body)
        return n

    def tobytes(self, root, info, version):
        out = io.BytesIO()
        out.write(b"%PDF-" + version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for k, body in enumerate(self.objs, 1):
            offs.append(out.tell())
            out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
        fid = hashlib.md5(out.getvalue()).hexdigest().upper()
        xref = out.tell()
        out.write(b"xref\n0 %d\n" % (len(self.objs) + 1))
        out.write(b"0000000000 65535 f \n")
        for o in offs:
            out.write(b"%010d 00000 n \n" % o)
        out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                   "startxref\n%d\n%%%%EOF\n" % (len(self.objs) + 1, root, info, fid, fid, xref)
                   ).encode("latin-1"))
        return out.getvalue()


def rg(c):
    return "%.3f %.3f %.3f rg" % c


def RG(c):
    return "%.3f %.3f %.3f RG" % c


def txt(font, size, x, y, s, fill=None, pre=""):
    col = (rg(fill) + " ") if fill is not None else ""
    return "BT /%s %g Tf %s%s1 0 0 1 %.2f %.2f Tm %s Tj ET" % (font, size, col, pre, x, y, pstr(s))


def bullet_line(font, size, x, y, s, colour_ops="", pre=""):
    """One bullet line: the bullet glyph, then the text 12 pt to the right."""
    return ("BT /%s %g Tf %s %s1 0 0 1 %.2f %.2f Tm %s Tj 12 0 Td %s Tj ET"
            % (font, size, colour_ops, pre, x, y, pstr("\u2022"), pstr(s)))


TYPE3_CODES = list(range(32, 127)) + [149]


def type3_font(doc):
    """A Type3 font whose glyph procedures paint nothing (d0 only)."""
    proc_sp = doc.stream("", "278 0 d0")
    proc = doc.stream("", "556 0 d0")
    names = []
    procs = []
    widths = []
    for code in range(32, 150):
        nm = "g%d" % code
        names.append("/" + nm)
        ch = bytes([code]).decode("cp1252", errors="replace")
        w = HELV_W.get(ch, 556) if code in TYPE3_CODES else 0
        widths.append(str(w))
        if code in TYPE3_CODES:
            procs.append("/%s %d 0 R" % (nm, proc_sp if code == 32 else proc))
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
            "1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
            "1 beginbfchar\n<95> <2022>\nendbfchar\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    tu = doc.stream("", cmap)
    enc = doc.add("<< /Type /Encoding /Differences [32 %s] >>" % " ".join(names))
    return doc.add("<< /Type /Font /Subtype /Type3 /Name /F9 /FontBBox [0 -210 1000 730] "
                   "/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << %s >> /Encoding %d 0 R "
                   "/FirstChar 32 /LastChar 149 /Widths [%s] /Resources << >> /ToUnicode %d 0 R >>"
                   % (" ".join(procs), enc, " ".join(widths), tu))


def cover_image_stream(doc, w_px, h_px):
    im = Image.new("RGB", (w_px, h_px), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w_px - 1, h_px - 1], fill=(255, 255, 255))
    return doc.stream("/Type /XObject /Subtype /Image /Width %d /Height %d "
                      "/ColorSpace /DeviceRGB /BitsPerComponent 8" % (w_px, h_px), im.tobytes())


PDF_FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}
BAND_KINDS = ("p_band_same", "pc_band_white")
# kinds whose phrase is drawn on the reserved bullet line after job 1
RESERVED_LINE_KINDS = ("p_blend_lighten", "pc_form_bbox_inside", "p_type3_blank", "p_cmyk_white",
                       "p_form_bbox_outside", "p_ocmd_alloff", "pc_blend_multiply",
                       "p_smask_black", "pc_ocmd_anyon", "p_render_clip", "pc_smask_white",
                       "p_image_cover")


def build_pdf(i, P, kind, phrase):
    st = P["pdf"]
    fam = st["font"]
    freg, fbold, fital = PDF_FONTS[fam]
    W, H = (612.0, 792.0) if st["page"] == "letter" else (595.28, 841.89)
    header = "band" if kind in BAND_KINDS else st["header"]
    accent = st["accent"]
    dark = (0.12, 0.12, 0.14)
    grey = (0.35, 0.35, 0.38)
    m = 54.0
    right = W - m
    body = 10.5
    step = 15.5

    doc = PdfDoc()
    catalog = doc.new()
    pages = doc.new()
    page = doc.new()
    info = doc.new()
    f1 = doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % freg)
    f2 = doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % fbold)
    f3 = doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % fital)
    fonts = {"F1": f1, "F2": f2, "F3": f3}
    extg = {}
    xobj = {}
    props = {}
    cat_extra = ""
    version = "1.4"

    c = []  # page content
    if kind in ("p_blend_lighten", "pc_blend_multiply") or st.get("paper"):
        # an explicit white page background (the backdrop for blend modes)
        c.append("q 1 g 0 0 %.2f %.2f re f Q" % (W, H))
    # --- header
    if header == "band":
        bh = 114.0 if kind in BAND_KINDS else 96.0
        c.append("q %s 0 %.2f %.2f %.2f re f Q" % (rg(accent), H - bh, W, bh))
        c.append(txt("F2", 22, m, H - 46, P["name"], (1, 1, 1)))
        c.append(txt("F1", 11.5, m, H - 64, P["title"], (1, 1, 1)))
        c.append(txt("F1", 9, m, H - 80, P["contact"], (0.88, 0.90, 0.94)))
        y = H - bh - 30
    else:
        y = H - 62
        c.append(txt("F2", 22, m, y, P["name"], dark))
        y -= 19
        c.append(txt("F1", 11.5, m, y, P["title"], accent))
        y -= 15
        c.append(txt("F1", 9, m, y, P["contact"], grey))
        if header == "rule":
            y -= 9
            c.append("q %s 1.2 w %.2f %.2f m %.2f %.2f l S Q" % (RG(accent), m, y, right, y))
        y -= 28

    def section(title):
        nonlocal y
        c.append(txt("F2", 11, m, y, title.upper(), accent))
        c.append("q %s 0.5 w %.2f %.2f m %.2f %.2f l S Q" % (RG((0.7, 0.7, 0.72)), m, y - 4, right, y - 4))
        y -= 21

    section("Summary")
    for ln in P["summary"]:
        c.append(txt("F1", body, m, y, ln, dark))
        y -= step
    y_summary1 = y + step * len(P["summary"])
    y -= 14
    section("Experience")
    blk = []  # job 1 bullets (and the reserved line) -- a Form XObject in the form kinds
    res_y = None
    blk_top = blk_bottom = None
    for j, (jt, org, dates, bullets) in enumerate(P["jobs"]):
        c.append(txt("F2", 10.5, m, y, jt, dark))
        dw = text_width(dates, 9.5, fam)
        c.append(txt("F3", 9.5, right - dw, y, dates, grey))
        y -= 13
        c.append(txt("F3", 9.5, m, y, org, grey))
        y -= step + 1
        target = blk if j == 0 else c
        for b in bullets:
            if j == 0 and blk_top is None:
                blk_top = y
            target.append(bullet_line("F1", body, m + 6, y, b, rg(dark)))
            y -= step
        if j == 0:
            blk_bottom = y + step
            if kind in RESERVED_LINE_KINDS:
                res_y = y
                y -= step
        y -= 12
    section("Education")
    for ln in P["education"]:
        c.append(txt("F1", body, m, y, ln, dark))
        y -= step
    y -= 14
    section("Skills")
    for ln in P["skills"]:
        c.append(txt("F1", body, m, y, ln, dark))
        y -= step
    y -= 14
    section("Additional")
    for ln in P["extra"]:
        c.append(txt("F1", body, m, y, ln, dark))
        y -= step
    assert y > 40, (i, y)

    # --- the phrase
    x = m + 6
    ph = phrase
    if kind == "p_blend_lighten" or kind == "pc_blend_multiply":
        bm = "Lighten" if kind == "p_blend_lighten" else "Multiply"
        extg["GS1"] = doc.add("<< /Type /ExtGState /BM /%s >>" % bm)
        if ph:
            blk.append("q /GS1 gs " + bullet_line("F1", body, x, res_y, ph, rg(dark)) + " Q")
    elif kind == "p_type3_blank":
        fonts["F9"] = type3_font(doc)
        if ph:
            blk.append(bullet_line("F9", body, x, res_y, ph, rg(dark)))
    elif kind == "p_cmyk_white":
        if ph:
            blk.append(bullet_line("F1", body, x, res_y, ph, "0 0 0 0 k"))
    elif kind in ("p_form_bbox_outside", "pc_form_bbox_inside"):
        if ph:
            blk.append(bullet_line("F1", body, x, res_y, ph, rg(dark)))
    elif kind in ("p_ocmd_alloff", "pc_ocmd_anyon"):
        version = "1.5"
        ocg = doc.add("<< /Type /OCG /Name (Contact details) >>")
        pol = "AllOff" if kind == "p_ocmd_alloff" else "AnyOn"
        ocmd = doc.add("<< /Type /OCMD /OCGs [%d 0 R] /P /%s >>" % (ocg, pol))
        props["MC0"] = ocmd
        cat_extra = (" /OCProperties << /OCGs [%d 0 R] /D << /Name (Default) /ON [%d 0 R] "
                     "/OFF [] /Order [%d 0 R] >> >>" % (ocg, ocg, ocg))
        if ph:
            blk.append("/OC /MC0 BDC " + bullet_line("F1", body, x, res_y, ph, rg(dark)) + " EMC")
    elif kind in ("p_smask_black", "pc_smask_white"):
        g = 0 if kind == "p_smask_black" else 1
        grp = doc.stream("/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] "
                         "/Group << /Type /Group /S /Transparency /CS /DeviceRGB >> /Resources << >>"
                         % (W, H), "%d g 0 0 %.2f %.2f re f" % (g, W, H))
        extg["GS2"] = doc.add("<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>"
                              % grp)
        if ph:
            blk.append("q /GS2 gs " + bullet_line("F1", body, x, res_y, ph, rg(dark)) + " Q")
    elif kind == "p_render_clip":
        if ph:
            blk.append("q " + bullet_line("F1", body, x, res_y, ph, rg(dark), pre="7 Tr ") + " Q")
    elif kind == "p_image_cover":
        if ph:
            blk.append(bullet_line("F1", body, x, res_y, ph, rg(dark)))
        iw, ih = right - m + 4, 14.0
        xobj["Im1"] = cover_image_stream(doc, int(iw * 2), int(ih * 2))
        blk.append("q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q" % (iw, ih, m - 2, res_y - 4))
    elif kind == "p_offpage_right":
        if ph:
            c.append(bullet_line("F1", body, W + 30, y_summary1, ph, rg(dark)))
    elif kind in BAND_KINDS:
        col = accent if kind == "p_band_same" else (1, 1, 1)
        if ph:
            c.append(txt("F3", 9.5, m, H - 99, ph, col))
    else:
        raise ValueError(kind)

    # --- job 1 block: inline, or a Form XObject
    if kind in ("p_form_bbox_outside", "pc_form_bbox_inside"):
        top = blk_top + 12
        bottom = (blk_bottom - 3.5) if kind == "p_form_bbox_outside" else (res_y - 5)
        fres = "<< /Font << /F1 %d 0 R >> >>" % f1
        xobj["Fm1"] = doc.stream("/Type /XObject /Subtype /Form /FormType 1 /BBox [%.2f %.2f %.2f %.2f] "
                                 "/Matrix [1 0 0 1 0 0] /Resources %s" % (m - 4, bottom, right, top, fres),
                                 "\n".join(blk))
        c.append("q /Fm1 Do Q")
    else:
        c.extend(blk)

    res = "/Font << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(fonts.items()))
    if extg:
        res += " /ExtGState << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(extg.items()))
    if xobj:
        res += " /XObject << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(xobj.items()))
    if props:
        res += " /Properties << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(props.items()))
    cs = doc.stream("", "\n".join(c) + "\n")
    doc.put(page, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources << %s >> /Contents %d 0 R >>"
            % (pages, W, H, res, cs))
    doc.put(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    doc.put(catalog, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, cat_extra))
    day = 3 + i % 25
    doc.put(info, "<< /Title %s /Author %s /Creator (Resume Studio) /Producer (Resume Studio PDF) "
            "/CreationDate (D:202503%02d091500Z) /ModDate (D:202503%02d091500Z) >>"
            % (pstr(P["name"] + " \u2013 Resume"), pstr(P["name"]), day, day))
    return doc.tobytes(catalog, info, version)


# ---------------------------------------------------------------------------
# DOCX writer (hand-written WordprocessingML)
# ---------------------------------------------------------------------------
NS_DOC = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 w15 wp14"')
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, rpr=""):
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, esc(text))


def para(content, style=None, ppr=""):
    st = '<w:pStyle w:val="%s"/>' % style if style else ""
    pp = "<w:pPr>%s%s</w:pPr>" % (st, ppr) if (st or ppr) else ""
    return "<w:p>%s%s</w:p>" % (pp, content)


def bullet(content, extra_ppr=""):
    return para(content, "ListBullet", extra_ppr)


def theme_xml():
    def grad(a, b, c):
        return ('<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/>'
                '</a:gradFill>' % "".join('<a:gs pos="%d"><a:schemeClr val="phClr">%s</a:schemeClr></a:gs>'
                                          % (p, m) for p, m in ((0, a), (50000, b), (100000, c))))
    g1 = grad('<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>',
              '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>',
              '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>')
    g2 = grad('<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>',
              '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>',
              '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>')
    g3 = grad('<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>',
              '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>',
              '<a:shade val="63000"/><a:satMod val="120000"/>')
    ln = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                 '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
                 for w in (6350, 12700, 19050))
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    return (XML_HEAD + '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>'
            '<a:clrScheme name="Office">%s</a:clrScheme>'
            '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" '
            'panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '%s%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst><a:effectStyleLst>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" '
            'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw>'
            '</a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
            '<a:satMod val="170000"/></a:schemeClr></a:solidFill>%s</a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (A_NS, "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in clr), g1, g2, ln, g3))


LATENT = ["Normal", "heading 1", "heading 2", "heading 3", "caption", "Title", "Subtitle",
          "Strong", "Emphasis", "No Spacing", "List Paragraph", "Quote", "Intense Quote",
          "Subtle Emphasis", "Intense Emphasis", "Book Title", "TOC Heading"]


def styles_xml(Pd, extra_styles):
    font = Pd["font"]
    if font:
        rf = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="Times New Roman"/>' % (font, font, font)
        hf = rf
    else:
        rf = ('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
              'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>')
        hf = ('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
              'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>')
    sz = Pd["size"]
    acc = Pd["accent"]
    lat = "".join('<w:lsdException w:name="%s" w:uiPriority="%d" w:qFormat="1"%s/>'
                  % (n, k, ' w:semiHidden="1" w:unhideWhenUsed="1"' if n in ("caption", "TOC Heading") else "")
                  for k, n in enumerate(LATENT))
    s = [XML_HEAD,
         '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">',
         '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:kern w:val="0"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
         '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr>'
         '</w:pPrDefault></w:docDefaults>' % (rf, sz, sz),
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
         'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">%s</w:latentStyles>' % lat,
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
         '<w:qFormat/><w:rPr><w:color w:val="222222"/></w:rPr></w:style>',
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
         '<w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
         'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="20" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
         '<w:rPr>%s<w:b/><w:color w:val="%s"/><w:spacing w:val="-4"/><w:kern w:val="28"/>'
         '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>' % (hf, acc),
         '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
         '<w:rPr>%s<w:b/><w:color w:val="%s"/><w:spacing w:val="-4"/><w:kern w:val="28"/><w:sz w:val="48"/>'
         '<w:szCs w:val="48"/></w:rPr></w:style>' % (hf, acc),
         '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
         '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom '
         'w:val="single" w:sz="4" w:space="1" w:color="BFBFBF"/></w:pBdr><w:spacing w:before="200" '
         'w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/>'
         '<w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>' % (hf, acc),
         '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
         '<w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>'
         '</w:style>' % (hf, acc),
         '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
         '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr>'
         '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="20"/><w:contextualSpacing/></w:pPr>'
         '</w:style>',
         '<w:style w:type="paragraph" w:styleId="JobTitle"><w:name w:val="Job Title"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="ListBullet"/><w:qFormat/><w:pPr><w:keepNext/><w:tabs><w:tab w:val="right" '
         'w:pos="%d"/></w:tabs><w:spacing w:before="120" w:after="20"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
         % Pd["textw"],
         '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
         '<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
         '<w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing '
         'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
         '<w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
         '<w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing '
         'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/></w:style>',
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
         'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
         'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>']
    s.extend(extra_styles)
    s.append("</w:styles>")
    return "".join(s)


FOOTNOTE_STYLES = [
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name '
    'w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    '<w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
]


def aside_styles(vanish_off):
    """Two character styles: 'Aside' based on 'Aside Base'; the base hides text."""
    own = '<w:vanish w:val="0"/>' if vanish_off else ""
    return [
        '<w:style w:type="character" w:customStyle="1" w:styleId="AsideBase"><w:name w:val="Aside Base"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="29"/><w:rPr><w:vanish/>'
        '<w:sz w:val="19"/></w:rPr></w:style>',
        '<w:style w:type="character" w:customStyle="1" w:styleId="Aside"><w:name w:val="Aside"/>'
        '<w:basedOn w:val="AsideBase"/><w:uiPriority w:val="29"/><w:qFormat/><w:rPr><w:i/>%s'
        '<w:color w:val="404040"/></w:rPr></w:style>' % own,
    ]


def numbering_xml():
    lv = []
    for k, (ch, font, ind) in enumerate([("\uf0b7", "Symbol", 360), ("o", "Courier New", 1080),
                                         ("\uf0a7", "Wingdings", 1800)]):
        lv.append('<w:lvl w:ilvl="%d" w:tplc="0409000%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                  '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/>'
                  '</w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
                  % (k, k + 1, ch, ind, font, font))
    return (XML_HEAD + '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3C6A1F52"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9E2A6B3C"/>%s</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % "".join(lv))


def settings_xml(i, footnotes):
    fn = ""
    if footnotes:
        fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
              '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    rs = ["00%02X%04X" % (0x3A + i, 0x1B20 + 97 * k) for k in range(4)]
    return (XML_HEAD + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
            '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>%s'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="differentiateMultirowTableHeaders" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
            'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2050"/><o:shapelayout v:ext="edit">'
            '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="%08X"/><w15:chartTrackingRefBased/>'
            '<w15:docId w15:val="{%08X-4B1D-4C2A-9E51-%012X}"/></w:settings>'
            % (fn, rs[0], "".join('<w:rsid w:val="%s"/>' % r for r in rs),
               0x1A2B3C00 + i * 7919, 0x5E10A000 + i * 104729, 0x7C31D2E40000 + i * 613))


def web_settings_xml():
    return (XML_HEAD + '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
            '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')


FONT_INFO = {
    "Calibri": ("020F0502020204030204", "swiss", "variable", "E4002EFF", "C000247B", "00000009", "00000000",
                "0000019F", "00000000"),
    "Calibri Light": ("020F0302020204030204", "swiss", "variable", "E4002AFF", "C000247B", "00000009",
                      "00000000", "000001FF", "00000000"),
    "Times New Roman": ("02020603050405020304", "roman", "variable", "E0002EFF", "C000785B", "00000009",
                        "00000000", "000001FF", "00000000"),
    "Symbol": ("05050102010706020507", "roman", "variable", "00000000", "10000000", "00000000", "00000000",
               "80000000", "00000000"),
    "Cambria": ("02040503050406030204", "roman", "variable", "E00006FF", "420024FF", "02000000", "00000000",
                "0000019F", "00000000"),
    "Garamond": ("02020404030301010803", "roman", "variable", "00000287", "00000000", "00000000", "00000000",
                 "0000009F", "00000000"),
    "Arial": ("020B0604020202020204", "swiss", "variable", "E0002EFF", "C000785B", "00000009", "00000000",
              "000001FF", "00000000"),
    "Georgia": ("02040502050405020303", "roman", "variable", "00000287", "00000000", "00000000", "00000000",
                "0000009F", "00000000"),
}


def font_table_xml(named):
    names = ["Calibri", "Times New Roman", "Symbol"] + ([named] if named else []) + ["Calibri Light"]
    out = []
    for n in names:
        pan, fam, pitch, u1, u2, u3, u4, c1, c2 = FONT_INFO[n]
        cs = "02" if n == "Symbol" else "00"
        out.append('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
                   '<w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" '
                   'w:csb0="%s" w:csb1="%s"/></w:font>' % (n, pan, cs, fam, pitch, u1, u2, u3, u4, c1, c2))
    return (XML_HEAD + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">%s</w:fonts>'
            % "".join(out))


def part_root(tag, inner):
    return XML_HEAD + "<w:%s %s>%s</w:%s>" % (tag, NS_DOC, inner, tag)


def wps_textbox(doc_id, name, cx, cy, paras, pos_h, pos_v, autofit=False, rel_h=251659264):
    fit = "<a:spAutoFit/>" if autofit else "<a:noAutofit/>"
    vov = "overflow" if autofit else "clip"
    return ('<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>%s%s<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapNone/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="%s"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
            '<a:ln w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="%s" horzOverflow="overflow" vert="horz" '
            'wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" numCol="1" spcCol="0" rtlCol="0" '
            'fromWordArt="0" anchor="t" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
            '<a:avLst/></a:prstTxWarp>%s</wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            '</wp:anchor></w:drawing>'
            % (rel_h, pos_h, pos_v, cx, cy, doc_id, name, A_NS, cx, cy, paras, vov, fit))


VML_SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def vml_textbox(spid, style, paras):
    return ('<w:pict>%s<v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="%s" '
            'filled="f" stroked="f" strokeweight=".5pt"><v:textbox inset="0,0,0,0"><w:txbxContent>%s'
            '</w:txbxContent></v:textbox><w10:wrap anchorx="margin"/></v:shape></w:pict>'
            % (VML_SHAPETYPE, spid, 1025 + spid, style, paras))


def cover_png(w_px, h_px):
    im = Image.new("RGB", (w_px, h_px), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w_px - 1, h_px - 1], fill=(255, 255, 255))
    bio = io.BytesIO()
    im.save(bio, format="PNG", optimize=False, compress_level=6)
    return bio.getvalue()


def picture_anchor(doc_id, rid, cx, cy, off_x, off_y):
    return ('<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="251662336" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="Picture %d"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="%s" '
            'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="%s"><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic '
            'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
            '<pic:cNvPr id="%d" name="divider.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
            '<a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            % (off_x, off_y, cx, cy, doc_id, doc_id, A_NS, A_NS, doc_id, rid, cx, cy))


def header_xml(text, align="right", rpr='<w:color w:val="595959"/><w:sz w:val="17"/>'):
    return part_root("hdr", para(run(text, rpr) if text else "", "Header", '<w:jc w:val="%s"/>' % align))


def footer_xml(text):
    return part_root("ftr", para(run(text, '<w:color w:val="7F7F7F"/><w:sz w:val="16"/>'), "Footer",
                                 '<w:jc w:val="center"/>'))


def build_docx(i, P, kind, phrase):
    Pd = dict(P["docx"])
    letter = Pd["page"] == "letter"
    pw, ph_ = (12240, 15840) if letter else (11906, 16838)
    mar = 1080
    textw = pw - 2 * mar
    Pd["textw"] = textw
    acc = Pd["accent"]
    ph = phrase
    extra_styles = []
    rels = []        # (rId, type, target)
    parts = []       # (name, xml/bytes, content type or None)
    ct_defaults = []
    hdr_refs = ""
    footnotes = False
    title_pg = ""

    def add_rel(typ, target):
        rid = "rId%d" % (len(rels) + 1)
        rels.append((rid, typ, target))
        return rid

    rels_numbering = add_rel("numbering", "numbering.xml")
    add_rel("styles", "styles.xml")
    add_rel("settings", "settings.xml")
    add_rel("webSettings", "webSettings.xml")

    body = []
    # --- header block
    title_runs = run(P["name"])
    if kind == "d_textbox_overflow":
        paras = (para(run(P["tbox"], '<w:sz w:val="18"/>'), None,
                      '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>')
                 + para(run(ph, '<w:sz w:val="18"/>') if ph else "", None,
                        '<w:spacing w:before="1440" w:after="0" w:line="240" w:lineRule="auto"/>'
                        '<w:jc w:val="right"/>'))
        title_runs += "<w:r>%s</w:r>" % wps_textbox(
            1, "Text Box 1", 2103120, 201168, paras,
            '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>',
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset></wp:positionV>')
    elif kind == "d_vml_fallback":
        vis = para(run(P["tbox"], '<w:sz w:val="18"/>'), None,
                   '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>')
        alt = para(run(ph, '<w:sz w:val="18"/>') if ph else "", None,
                   '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>')
        choice = wps_textbox(1, "Text Box 1", 2286000, 201168, vis,
                             '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>',
                             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset>'
                             '</wp:positionV>', autofit=True)
        fallback = vml_textbox(1, "position:absolute;margin-left:0;margin-top:7.2pt;width:180pt;height:15.85pt;"
                                  "z-index:251659264;mso-wrap-style:square;mso-width-percent:0;"
                                  "mso-height-percent:0;mso-position-horizontal:right;"
                                  "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;"
                                  "mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top", alt)
        title_runs += ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
                       '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fallback))
    body.append(para(title_runs, "Title"))
    body.append(para(run(P["title"], '<w:b/><w:color w:val="%s"/><w:sz w:val="24"/>' % acc), None,
                     '<w:spacing w:after="0"/>'))
    body.append(para(run(P["contact"], '<w:color w:val="595959"/><w:sz w:val="18"/>'), None,
                     '<w:spacing w:after="120"/>'))
    # --- summary
    sum_runs = run("Summary")
    if kind == "d_vml_hidden":
        inner = para(run(ph, '<w:i/>') if ph else "", None, '<w:spacing w:after="0"/>')
        sum_runs += "<w:r>%s</w:r>" % vml_textbox(
            2, "position:absolute;margin-left:200pt;margin-top:1pt;width:300pt;height:15pt;"
               "z-index:251660288;visibility:hidden;mso-wrap-style:square;"
               "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;"
               "v-text-anchor:top", inner)
    body.append(para(sum_runs, "Heading1"))
    body.append(para(run(" ".join(P["summary"]))))
    if kind == "dc_shd_clear" and ph:
        body.append(para(run(ph, '<w:b/><w:color w:val="FFFFFF"/>'), None,
                         '<w:shd w:val="clear" w:color="FFFFFF" w:fill="%s"/><w:spacing w:before="60" '
                         'w:after="60"/><w:ind w:left="60" w:right="60"/>' % acc))
    # --- experience
    body.append(para(run("Experience"), "Heading1"))
    for j, (jt, org, dates, bullets) in enumerate(P["jobs"]):
        body.append(para(run(jt) + run(" \u2013 " + org, '<w:b w:val="0"/>')
                         + '<w:r><w:tab/></w:r>' + run(dates, '<w:b w:val="0"/><w:i/><w:color w:val="595959"/>'),
                         "JobTitle"))
        for k, b in enumerate(bullets):
            runs = run(b)
            if j == 0 and k == len(bullets) - 1 and ph:
                if kind == "d_theme_background":
                    runs += run(" " + ph, '<w:color w:val="262626" w:themeColor="background1"/>')
                elif kind == "d_charstyle_vanish":
                    runs += run(" " + ph, '<w:rStyle w:val="Aside"/>')
                elif kind == "d_shd_solid_white":
                    runs += run(" " + ph, '<w:color w:val="FFFFFF"/><w:shd w:val="solid" w:color="FFFFFF" '
                                          'w:fill="%s"/>' % acc)
            body.append(bullet(runs))
        if j == 0:
            if kind == "dc_style_vanish_off" and ph:
                body.append(bullet(run(ph, '<w:rStyle w:val="Aside"/>')))
            elif kind == "dc_theme_text" and ph:
                body.append(bullet(run(ph, '<w:color w:val="FFFFFF" w:themeColor="text1"/>')))
            elif kind == "d_picture_cover":
                rid = add_rel("image", "media/image1.png")
                ct_defaults.append(("png", "image/png"))
                parts.append(("word/media/image1.png", cover_png(600, 20), None))
                cx = int((textw + 40) * 635)
                pic = "<w:r>%s</w:r>" % picture_anchor(3, rid, cx, 203200, -12700, 0)
                body.append(para((run(ph) if ph else "") + pic, None,
                                 '<w:spacing w:before="0" w:after="0" w:line="320" w:lineRule="exact"/>'
                                 '<w:ind w:left="360"/>'))
    if kind in ("d_charstyle_vanish", "dc_style_vanish_off"):
        extra_styles += aside_styles(kind == "dc_style_vanish_off")
    # --- education
    body.append(para(run("Education"), "Heading1"))
    for k, ln in enumerate(P["education"]):
        runs = run(ln)
        if kind == "d_footnote_notice" and k == 0:
            runs += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                     '<w:footnoteReference w:id="2"/></w:r>')
        body.append(para(runs, None, '<w:spacing w:after="20"/>'))
    # --- skills
    body.append(para(run("Skills"), "Heading1"))
    if kind in ("d_row_exact_clip", "dc_row_exact_fit"):
        c1 = 1700
        c2 = textw - c1

        def row(label, cell_paras, trpr=""):
            tp = "<w:trPr>%s</w:trPr>" % trpr if trpr else ""
            return ('<w:tr>%s<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                    '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>'
                    % (tp, c1, para(run(label, '<w:b/><w:color w:val="%s"/>' % acc)), c2, cell_paras))
        rows = [row("Core", para(run(P["skills"][0])))]
        if kind == "d_row_exact_clip":
            cell = para(run(P["skills"][1]))
            if ph:
                cell += para(run(ph), None, '<w:spacing w:before="360"/>')
            rows.append(row("Tools", cell, '<w:trHeight w:val="300" w:hRule="exact"/>'))
        else:
            rows.append(row("Tools", para(run(P["skills"][1]))))
            if ph:
                rows.append(row("Highlight", para(run(ph)), '<w:trHeight w:val="360" w:hRule="exact"/>'))
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
                    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                    '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
                    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
                    'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>%s</w:tbl>'
                    % (textw, c1, c2, "".join(rows)))
    else:
        for ln in P["skills"]:
            body.append(para(run(ln), None, '<w:spacing w:after="20"/>'))
    # --- additional
    body.append(para(run("Additional"), "Heading1"))
    for ln in P["extra"]:
        body.append(para(run(ln), None, '<w:spacing w:after="20"/>'))

    # --- headers / footers / notes
    if kind in ("d_titlepg_default", "dc_titlepg_first"):
        short = "%s  |  %s" % (P["name"], P["title"])
        if kind == "d_titlepg_default":
            default_txt, first_txt = ph, "Curriculum vitae  |  page 1"
        else:
            default_txt, first_txt = short, ph
        r1 = add_rel("header", "header1.xml")
        r2 = add_rel("header", "header2.xml")
        parts.append(("word/header1.xml", header_xml(default_txt), CT + "wordprocessingml.header+xml"))
        parts.append(("word/header2.xml", header_xml(first_txt), CT + "wordprocessingml.header+xml"))
        hdr_refs += ('<w:headerReference w:type="default" r:id="%s"/><w:headerReference w:type="first" '
                     'r:id="%s"/>' % (r1, r2))
        title_pg = "<w:titlePg/>"
    if P["name"] in ("Marcus Oyelaran", "Hannah Okafor"):
        rf = add_rel("footer", "footer1.xml")
        parts.append(("word/footer1.xml", footer_xml("%s  \u00b7  %s" % (P["name"], P["contact"].split("|")[1].strip())),
                      CT + "wordprocessingml.footer+xml"))
        hdr_refs += '<w:footerReference w:type="default" r:id="%s"/>' % rf
    if kind == "d_footnote_notice":
        footnotes = True
        add_rel("footnotes", "footnotes.xml")
        add_rel("endnotes", "endnotes.xml")
        extra_styles += FOOTNOTE_STYLES
        sep = ('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p>')
        csep = ('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:r><w:continuationSeparator/></w:r></w:p>')
        fn = ('<w:footnote w:type="separator" w:id="-1">%s</w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0">%s</w:footnote>'
              '<w:footnote w:type="continuationNotice" w:id="1">%s</w:footnote>'
              '<w:footnote w:id="2">%s</w:footnote>'
              % (sep, csep,
                 para(run(ph) if ph else "", "FootnoteText", '<w:jc w:val="right"/>'),
                 para('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                      + run(" Transcripts and references available on request."), "FootnoteText")))
        en = ('<w:endnote w:type="separator" w:id="-1">%s</w:endnote>'
              '<w:endnote w:type="continuationSeparator" w:id="0">%s</w:endnote>' % (sep, csep))
        parts.append(("word/footnotes.xml", part_root("footnotes", fn), CT + "wordprocessingml.footnotes+xml"))
        parts.append(("word/endnotes.xml", part_root("endnotes", en), CT + "wordprocessingml.endnotes+xml"))

    add_rel("fontTable", "fontTable.xml")
    add_rel("theme", "theme/theme1.xml")
    assert rels_numbering == "rId1"

    sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
            'w:left="%d" w:header="540" w:footer="540" w:gutter="0"/><w:cols w:space="720"/>%s'
            '<w:docGrid w:linePitch="360"/></w:sectPr>' % (hdr_refs, pw, ph_, mar, mar, mar, mar, title_pg))
    document = part_root("document", "<w:body>%s%s</w:body>" % ("".join(body), sect))

    # --- counts for app.xml
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document)
    alltext = " ".join(texts)
    words = len(alltext.split())
    chars = len(alltext.replace(" ", ""))
    chars_sp = len(alltext)
    n_par = document.count("<w:p>") + document.count("<w:p ")

    content_types = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
    for ext, typ in ct_defaults:
        content_types.append('<Default Extension="%s" ContentType="%s"/>' % (ext, typ))
    content_types.append('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>')
    ov = [("/word/document.xml", CT + "wordprocessingml.document.main+xml"),
          ("/word/numbering.xml", CT + "wordprocessingml.numbering+xml"),
          ("/word/styles.xml", CT + "wordprocessingml.styles+xml"),
          ("/word/settings.xml", CT + "wordprocessingml.settings+xml"),
          ("/word/webSettings.xml", CT + "wordprocessingml.webSettings+xml")]
    ov += [("/" + n, t) for n, _, t in parts if t]
    ov += [("/word/fontTable.xml", CT + "wordprocessingml.fontTable+xml"),
           ("/word/theme/theme1.xml", CT + "theme+xml"),
           ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
           ("/docProps/app.xml", CT + "extended-properties+xml")]
    content_types += ['<Override PartName="%s" ContentType="%s"/>' % o for o in ov]
    content_types.append("</Types>")

    pkg_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
                'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (rid, REL, t, tg)
                          for rid, t, tg in rels) + "</Relationships>")
    day = 3 + i % 25
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-%02dT08:41:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-%02dT09:15:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(P["name"] + " \u2013 Resume"), esc(P["name"]), esc(P["name"]), day, day))
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>34</TotalTime><Pages>1</Pages><Words>%d</Words>'
           '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
           '<AppVersion>16.0000</AppVersion></Properties>'
           % (words, chars, max(1, n_par + 6), n_par, chars_sp))

    members = [("[Content_Types].xml", "".join(content_types)),
               ("_rels/.rels", pkg_rels),
               ("word/document.xml", document),
               ("word/_rels/document.xml.rels", doc_rels)]
    members += [(n, d) for n, d, _ in parts]
    members += [("word/theme/theme1.xml", theme_xml()),
                ("word/settings.xml", settings_xml(i, footnotes)),
                ("word/styles.xml", styles_xml(Pd, extra_styles)),
                ("word/numbering.xml", numbering_xml()),
                ("word/webSettings.xml", web_settings_xml()),
                ("word/fontTable.xml", font_table_xml(Pd["font"])),
                ("docProps/core.xml", core),
                ("docProps/app.xml", app)]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data, compresslevel=6)
    return zero_external_attr(bio.getvalue())


def zero_external_attr(buf):
    """zipfile replaces external_attr 0 by 0o600 << 16; Word writes 0. Patch
    the central directory entries back to 0 (sizes and offsets unchanged)."""
    b = bytearray(buf)
    eocd = b.rfind(b"PK\x05\x06")
    n = int.from_bytes(b[eocd + 10:eocd + 12], "little")
    off = int.from_bytes(b[eocd + 16:eocd + 20], "little")
    for _ in range(n):
        assert b[off:off + 4] == b"PK\x01\x02"
        b[off + 38:off + 42] = b"\0\0\0\0"
        fl, el, cl = (int.from_bytes(b[off + k:off + k + 2], "little") for k in (28, 30, 32))
        off += 46 + fl + el + cl
    return bytes(b)


# ---------------------------------------------------------------------------
def build(i, phrase=None):
    """Return (file name, bytes) for file i (1..30). phrase=None uses the
    file's own marker phrase; "" builds the same layout without it."""
    row = file_table()[i - 1]
    _, name, p, kind, hidden, own = row
    ph = own if phrase is None else phrase
    P = PERSONAS[p]
    if name.endswith(".pdf"):
        return name, build_pdf(i, P, kind, ph)
    return name, build_docx(i, P, kind, ph)


def main(argv):
    if len(argv) != 2:
        print("usage: python make_hidden_blind14.py OUTDIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for i in range(1, 31):
        name, data = build(i)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
