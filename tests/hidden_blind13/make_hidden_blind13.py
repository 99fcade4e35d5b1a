#!/usr/bin/env python3
"""Generator for the hidden_blind13 held-out resume test set.

Usage: python make_hidden_blind13.py OUTDIR

Writes resume_01 .. resume_30 (odd numbers PDF, even numbers DOCX). Every file
is a one-page resume of a fictional persona holding exactly one marker phrase,
either hidden from a human reader or visible (see labels.json).

Deterministic: no randomness, fixed dates, fixed zip member order and
timestamps. Uses only the standard library and Pillow.

build(i, phrase=None) -> (name, bytes); phrase="" gives the same layout
without the phrase (used for render comparisons).
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
        name="Maren Oakhurst",
        title="Supply Chain Analyst",
        contact="Columbus, OH  |  maren.oakhurst@example.com  |  (614) 555-0142",
        summary=[
            "Supply chain analyst with seven years in distribution and inbound",
            "logistics. Comfortable with SQL, Excel modelling and WMS data.",
        ],
        job1=("Senior Supply Chain Analyst", "Brightwater Distribution, Columbus OH",
              "2020 - present"),
        bullets1=[
            "Owned weekly replenishment plan for 14,000 active SKUs",
            "Built carrier scorecard tracked by the regional ops team",
            "Partnered with finance on landed cost reporting",
        ],
        job2=("Logistics Coordinator", "Keel & Rowan Freight, Dayton OH", "2016 - 2020"),
        bullets2=[
            "Scheduled inbound appointments for two cross-docks",
            "Maintained lane rate tables for LTL and truckload",
        ],
        education=[
            "B.S. Supply Chain Management, Ohio State University, 2016",
            "APICS CSCP certification, 2021",
        ],
        skills=[
            "SQL, Excel (Power Query), Tableau, SAP EWM, Manhattan WMS",
            "Demand planning, S&OP, vendor management, process mapping",
        ],
        highlight="Recognized with the 2022 regional operations award",
        tagline="Inventory planning  |  Transportation  |  Analytics",
    ),
    dict(
        name="Tobias Renwick",
        title="Backend Software Engineer",
        contact="Portland, OR  |  t.renwick@example.net  |  (503) 555-0187",
        summary=[
            "Backend engineer focused on reliable services in Go and Python.",
            "Enjoys observability work, clean APIs and calm on-call rotations.",
        ],
        job1=("Software Engineer II", "Fernline Payments, Portland OR", "2021 - present"),
        bullets1=[
            "Maintained ledger service processing 3M requests daily",
            "Introduced contract tests between billing and invoicing",
            "Shipped idempotency keys for the public payments API",
        ],
        job2=("Software Engineer", "Cobalt Harbor Labs, Seattle WA", "2018 - 2021"),
        bullets2=[
            "Built internal feature flag service in Go",
            "Moved metrics pipeline from StatsD to Prometheus",
        ],
        education=[
            "B.S. Computer Science, Oregon State University, 2018",
            "AWS Certified Developer - Associate, 2022",
        ],
        skills=[
            "Go, Python, PostgreSQL, Kafka, gRPC, Terraform, Docker",
            "OpenTelemetry, Grafana, CI/CD with GitHub Actions",
        ],
        highlight="Speaker at a regional Go meetup on structured logging",
        tagline="Distributed systems  |  APIs  |  Observability",
    ),
    dict(
        name="Priya Valdane",
        title="Registered Nurse, Critical Care",
        contact="Raleigh, NC  |  priya.valdane@example.org  |  (919) 555-0163",
        summary=[
            "ICU nurse with eight years of adult critical care experience.",
            "CCRN certified; calm under pressure and strong in family teaching.",
        ],
        job1=("Staff Nurse, Medical ICU", "Oak Ridge Regional Medical Center, Raleigh NC",
              "2019 - present"),
        bullets1=[
            "Care for ventilated and post-arrest patients on a 24-bed unit",
            "Serve on the unit practice council and skills fair team",
            "Super user for the bedside barcode medication system",
        ],
        job2=("Staff Nurse, Step-Down Unit", "Piedmont Valley Hospital, Durham NC",
              "2016 - 2019"),
        bullets2=[
            "Managed telemetry patients with a 1:4 ratio",
            "Completed hospital charge nurse orientation",
        ],
        education=[
            "B.S. Nursing, University of North Carolina at Greensboro, 2016",
            "CCRN, ACLS, BLS, PALS (all current)",
        ],
        skills=[
            "Hemodynamic monitoring, CRRT, arterial lines, sedation protocols",
            "Epic charting, patient and family education, quality audits",
        ],
        highlight="Daisy Award nominee chosen by patient families, 2021",
        tagline="Critical care  |  Patient education  |  Quality",
    ),
    dict(
        name="Elliot Marchetti",
        title="Financial Analyst",
        contact="Chicago, IL  |  elliot.marchetti@example.com  |  (312) 555-0129",
        summary=[
            "FP&A analyst with six years in manufacturing and retail finance.",
            "Builds clear models and explains the numbers to non-finance teams.",
        ],
        job1=("Senior Financial Analyst", "Larchmont Home Goods, Chicago IL",
              "2021 - present"),
        bullets1=[
            "Own the monthly close package for three business units",
            "Prepare the annual operating plan with department heads",
            "Built SKU margin bridge used in pricing reviews",
        ],
        job2=("Financial Analyst", "Stellan Components, Naperville IL", "2018 - 2021"),
        bullets2=[
            "Tracked plant spending against budget each month",
            "Supported the external audit with account schedules",
        ],
        education=[
            "B.B.A. Finance, University of Illinois Chicago, 2018",
            "CFA Level II candidate",
        ],
        skills=[
            "Excel modelling, Anaplan, NetSuite, Power BI, SQL basics",
            "Budgeting, forecasting, variance analysis, business partnering",
        ],
        highlight="Finance rotation mentor for two new analysts",
        tagline="FP&A  |  Forecasting  |  Business partnering",
    ),
    dict(
        name="Sofia Lindqvist-Arroyo",
        title="UX Researcher",
        contact="Austin, TX  |  sofia.la@example.org  |  (512) 555-0175",
        summary=[
            "Mixed-methods UX researcher with five years in B2B and health apps.",
            "Turns messy findings into decisions that product teams act on.",
        ],
        job1=("UX Researcher", "Mesquite Health Apps, Austin TX", "2021 - present"),
        bullets1=[
            "Lead research for the patient scheduling product line",
            "Run quarterly benchmark studies on core task success",
            "Maintain the team research repository in Dovetail",
        ],
        job2=("Associate UX Researcher", "Tallgrass Software, Dallas TX", "2019 - 2021"),
        bullets2=[
            "Planned contextual inquiry visits with clinic staff",
            "Wrote survey instruments for onboarding research",
        ],
        education=[
            "M.S. Human-Computer Interaction, University of Texas, 2019",
            "B.A. Psychology, Texas State University, 2017",
        ],
        skills=[
            "Interviews, usability testing, surveys, journey mapping",
            "Figma, Dovetail, Maze, Qualtrics, basic R for survey analysis",
        ],
        highlight="Co-author of an internal guide to inclusive recruiting",
        tagline="Qualitative research  |  Usability  |  Service design",
    ),
    dict(
        name="Dmitri Halvorsen",
        title="Mechanical Design Engineer",
        contact="Milwaukee, WI  |  d.halvorsen@example.net  |  (414) 555-0151",
        summary=[
            "Mechanical engineer with nine years designing pumps and drives.",
            "Strong in CAD, GD&T and taking parts from prototype to production.",
        ],
        job1=("Senior Design Engineer", "Northgate Fluid Systems, Milwaukee WI",
              "2019 - present"),
        bullets1=[
            "Lead mechanical design for the compact centrifugal pump range",
            "Run design reviews with manufacturing and quality teams",
            "Own drawings and ECOs for 120 released part numbers",
        ],
        job2=("Design Engineer", "Brannock Drive Works, Racine WI", "2015 - 2019"),
        bullets2=[
            "Designed cast housings for helical gear reducers",
            "Supported first article inspections at suppliers",
        ],
        education=[
            "B.S. Mechanical Engineering, Milwaukee School of Engineering, 2015",
            "Certified SolidWorks Professional (CSWP), 2017",
        ],
        skills=[
            "SolidWorks, Creo, ANSYS Mechanical, GD&T (ASME Y14.5)",
            "DFM, FMEA, tolerance analysis, supplier development",
        ],
        highlight="Holder of one granted patent on a seal cartridge design",
        tagline="Product design  |  GD&T  |  Design for manufacture",
    ),
]

# ---------------------------------------------------------------------------
# File table: (phrase, hidden, kind). Odd numbers are PDF, even DOCX.
# Persona of file i is ((i - 1) // 2) % 6.
# ---------------------------------------------------------------------------

FILES = {
    1: ("Reduced carrier invoice disputes by nineteen percent", True, "pdf_cropbox"),
    2: ("Negotiated freight contracts across three regional hubs", True, "docx_textfill_nofill"),
    3: ("Migrated legacy cron jobs to Kubernetes", False, "pdf_ctl_separation_full"),
    4: ("Wrote load tests for the checkout API", False, "docx_ctl_webhidden"),
    5: ("Precepted eight new graduate ICU nurses", True, "pdf_white_rect_cover"),
    6: ("Led sepsis screening audit for adult wards", True, "docx_textbox_offpage"),
    7: ("Built rolling forecast model for regional sales", True, "pdf_separation_zero"),
    8: ("Automated month end variance reporting in Python", True, "docx_docpr_hidden"),
    9: ("Ran forty moderated usability sessions per quarter", False, "pdf_ctl_clip_contains"),
    10: ("Synthesized diary study findings for product leads", False, "docx_ctl_mark_vanish"),
    11: ("Redesigned gearbox housing to cut weight", True, "pdf_fill_alpha_zero"),
    12: ("Released tolerance stack analysis for pump assembly", True, "docx_white_shape_cover"),
    13: ("Introduced cycle counting for slow moving stock", True, "pdf_clip_elsewhere"),
    14: ("Trained planners on demand sensing dashboards", True, "docx_even_header"),
    15: ("Added distributed tracing to payment microservices", False, "pdf_ctl_highlight_annot"),
    16: ("Halved container image build times", False, "docx_ctl_rprchange_vanish"),
    17: ("Coordinated rapid response drills with respiratory therapy", True, "pdf_stroke_white"),
    18: ("Sustained zero central line infections unit wide", True, "docx_glossary"),
    19: ("Presented capital budget scenarios to the board", True, "pdf_text_rise"),
    20: ("Reconciled intercompany balances for four subsidiaries", True, "docx_mc_unknown_choice"),
    21: ("Built accessible prototype library in Figma", False, "pdf_ctl_stroke_alpha"),
    22: ("Recruited participants for remote card sorting studies", False, "docx_ctl_auto_on_dark"),
    23: ("Qualified injection molded parts with two suppliers", True, "pdf_ocg_basestate"),
    24: ("Validated fatigue life with strain gauge testing", True, "docx_color_equals_shading"),
    25: ("Implemented vendor scorecards with quarterly business reviews", True, "pdf_pattern_white"),
    26: ("Cut inbound dock wait times by half", True, "docx_tablestyle_lastrow"),
    27: ("Reviewed pull requests for the platform team", False, "pdf_ctl_ocg_on"),
    28: ("Documented incident runbooks for on call engineers", True, "docx_docdefaults_white"),
    29: ("Educated patients on anticoagulation therapy at discharge", True, "pdf_annot_cover"),
    30: ("Charge nurse for twelve bed cardiac unit", False, "docx_ctl_textbox_margin"),
}


def persona_of(i):
    return PERSONAS[((i - 1) // 2) % 6]


def file_name(i):
    return "resume_%02d.%s" % (i, "pdf" if i % 2 else "docx")


# ---------------------------------------------------------------------------
# Small PDF writer
# ---------------------------------------------------------------------------

# Approximate Helvetica advance widths (1/1000 em) for layout estimates only.
_HW = {
    " ": 278, "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556,
    "h": 556, "i": 222, "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556,
    "p": 556, "q": 556, "r": 333, "s": 500, "t": 278, "u": 556, "v": 500, "w": 722,
    "x": 500, "y": 500, "z": 500, "A": 667, "B": 667, "C": 722, "D": 722, "E": 667,
    "F": 611, "G": 778, "H": 722, "I": 278, "J": 500, "K": 667, "L": 556, "M": 833,
    "N": 722, "O": 778, "P": 667, "Q": 778, "R": 722, "S": 667, "T": 611, "U": 722,
    "V": 667, "W": 944, "X": 667, "Y": 667, "Z": 611, ",": 278, ".": 278, "-": 333,
    ":": 278, "|": 260, "(": 333, ")": 333, "/": 278, "&": 667, "@": 1015, "+": 584,
    "%": 889, "'": 191,
}


def text_width(s, size):
    return sum(_HW.get(c, 556) for c in s) * size / 1000.0


def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def num(v):
    if isinstance(v, int):
        return str(v)
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


class PdfDoc:
    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, n, data):
        self.objs[n - 1] = data if isinstance(data, bytes) else data.encode("latin-1")

    def add(self, data):
        n = self.reserve()
        self.set(n, data)
        return n

    def add_stream(self, dict_body, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            dict_body = dict_body + " /Filter /FlateDecode"
        head = ("<< %s /Length %d >>\nstream\n" % (dict_body.strip(), len(data))).encode("latin-1")
        return self.add(head + data + b"\nendstream")

    def write(self, version, root, info):
        out = io.BytesIO()
        out.write(("%%PDF-%s\n" % version).encode("latin-1") + b"%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for k, data in enumerate(self.objs, 1):
            offsets.append(out.tell())
            out.write(("%d 0 obj\n" % k).encode("latin-1") + data + b"\nendobj\n")
        body = out.getvalue()
        docid = hashlib.md5(body).hexdigest().upper()
        xref_pos = out.tell()
        out.write(("xref\n0 %d\n" % (len(self.objs) + 1)).encode("latin-1"))
        out.write(b"0000000000 65535 f \n")
        for off in offsets:
            out.write(("%010d 00000 n \n" % off).encode("latin-1"))
        out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                   "startxref\n%d\n%%%%EOF\n" % (len(self.objs) + 1, root, info, docid, docid,
                                                 xref_pos)).encode("latin-1"))
        return out.getvalue()


def rgb_image_stream(doc, img):
    img = img.convert("RGB")
    return doc.add_stream(
        "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        "/BitsPerComponent 8" % img.size, img.tobytes())


def draw_badge(seed, bg):
    """A small geometric badge (no text), different per persona."""
    sz = 96
    im = Image.new("RGB", (sz, sz), bg)
    d = ImageDraw.Draw(im)
    cols = [(31, 56, 100), (46, 117, 182), (112, 48, 160), (0, 112, 96), (191, 80, 30),
            (70, 70, 70)]
    c = cols[seed % len(cols)]
    d.ellipse([2, 2, sz - 3, sz - 3], fill=c)
    d.ellipse([14, 14, sz - 15, sz - 15], fill=(255, 255, 255))
    pts = [(48, 24), (70, 38), (70, 62), (48, 76), (26, 62), (26, 38)]
    d.polygon(pts, fill=c)
    d.line([(48, 24), (48, 76)], fill=(255, 255, 255), width=4)
    return im


PDF_FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}

# per persona: font family, page size, header style, accent colour, badge
PDF_STYLE = [
    dict(font="helv", page=(612, 792), header="rule", accent=(0.12, 0.22, 0.39), badge=False),
    dict(font="times", page=(595, 842), header="band", accent=(0.18, 0.30, 0.45), badge=True),
    dict(font="helv", page=(595, 842), header="plain", accent=(0.10, 0.40, 0.38), badge=False),
    dict(font="times", page=(612, 792), header="rule", accent=(0.35, 0.12, 0.12), badge=False),
    dict(font="helv", page=(612, 792), header="band", accent=(0.33, 0.20, 0.52), badge=True),
    dict(font="helv", page=(595, 842), header="rule", accent=(0.25, 0.25, 0.25), badge=False),
]

DARK = (0.13, 0.13, 0.13)


def rg(c):
    return "%s %s %s rg" % (num(c[0]), num(c[1]), num(c[2]))


def RG(c):
    return "%s %s %s RG" % (num(c[0]), num(c[1]), num(c[2]))


def text_op(font, size, x, y, s, color=DARK):
    return "BT /%s %s Tf %s 1 0 0 1 %s %s Tm %s Tj ET" % (
        font, num(size), rg(color), num(x), num(y), pdf_str(s).decode("latin-1"))


def pdf_layout(p, st, W, H):
    """Return (ops list, slot dict, badge placement or None)."""
    ops = []
    L = 54
    R = W - 54
    y = H - 60
    acc = st["accent"]
    badge = None
    if st["header"] == "band":
        ops.append("q %s 0 %s %s 96 re f Q" % (rg(acc), num(H - 96), num(W)))
        ops.append(text_op("F2", 22, L, H - 48, p["name"], (1, 1, 1)))
        ops.append(text_op("F1", 11.5, L, H - 68, p["title"], (1, 1, 1)))
        ops.append(text_op("F1", 9, L, H - 84, p["contact"], (0.92, 0.92, 0.95)))
        if st["badge"]:
            badge = (R - 66, H - 88, 72, 72)
        y = H - 124
    else:
        ops.append(text_op("F2", 22, L, y, p["name"], acc))
        y -= 20
        ops.append(text_op("F1", 11.5, L, y, p["title"] + "  -  " + p["tagline"], DARK))
        y -= 15
        ops.append(text_op("F1", 9, L, y, p["contact"], (0.30, 0.30, 0.30)))
        if st["badge"]:
            badge = (R - 60, H - 100, 60, 60)
        y -= 12
        if st["header"] == "rule":
            ops.append("q %s 1.2 w %s %s m %s %s l S Q" % (RG(acc), num(L), num(y), num(R), num(y)))
        y -= 24

    def section(title):
        nonlocal y
        ops.append(text_op("F2", 11, L, y, title.upper(), acc))
        ops.append("q %s 0.5 w %s %s m %s %s l S Q" % (RG(acc), num(L), num(y - 4), num(R),
                                                      num(y - 4)))
        y -= 21

    def line(s, size=10, font="F1", x=L, step=15, color=DARK):
        nonlocal y
        ops.append(text_op(font, size, x, y, s, color))
        y -= step

    def bullet(s):
        nonlocal y
        ops.append(text_op("F1", 10, L + 8, y, "\u2022", DARK))
        ops.append(text_op("F1", 10, L + 18, y, s, DARK))
        y -= 15

    section("Summary")
    for s in p["summary"]:
        line(s)
    y -= 12
    section("Experience")
    t, c, d = p["job1"]
    line(t, 10.5, "F2", step=14)
    line(c + "   |   " + d, 9.5, "F3", color=(0.3, 0.3, 0.3))
    for b in p["bullets1"]:
        bullet(b)
    slot = dict(x=L + 8, tx=L + 18, y=y, size=10, L=L, R=R)
    y -= 15
    y -= 12
    t, c, d = p["job2"]
    line(t, 10.5, "F2", step=14)
    line(c + "   |   " + d, 9.5, "F3", color=(0.3, 0.3, 0.3))
    for b in p["bullets2"]:
        bullet(b)
    y -= 12
    section("Education")
    for s in p["education"]:
        line(s)
    y -= 12
    section("Skills")
    for s in p["skills"]:
        line(s)
    y -= 12
    section("Additional")
    bullet(p["highlight"])
    bullet("References available on request")
    return ops, slot, badge


def slot_text(slot, phrase, prefix=""):
    """Text operators (inside BT/ET) for bullet + phrase at the slot."""
    return "%s 1 0 0 1 %s %s Tm %s Tj 1 0 0 1 %s %s Tm %s Tj" % (
        prefix, num(slot["x"]), num(slot["y"]), pdf_str("\u2022").decode("latin-1"),
        num(slot["tx"]), num(slot["y"]), pdf_str(phrase).decode("latin-1"))


def build_pdf(i, phrase):
    p = persona_of(i)
    pidx = ((i - 1) // 2) % 6
    st = PDF_STYLE[pidx]
    kind = FILES[i][2]
    W, H = st["page"]
    doc = PdfDoc()
    cat = doc.reserve()
    pages = doc.reserve()
    page = doc.reserve()
    fam = PDF_FONTS[st["font"]]
    fonts = [doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                     % f) for f in fam]
    res = {"Font": "<< /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >>" % tuple(fonts)}
    xobj = {}
    extgs = {}
    colsp = {}
    pattern = {}
    props = {}
    annots = []
    cat_extra = ""
    version = "1.4"
    mediabox = "[0 0 %d %d]" % (W, H)
    cropbox = None

    ops, slot, badge = pdf_layout(p, st, W, H)
    pre = []
    if kind == "pdf_cropbox":
        # Page is laid out on a taller MediaBox and shown through a CropBox.
        extra = 108
        mediabox = "[0 0 %d %d]" % (W, H + extra)
        cropbox = "[0 %d %d %d]" % (extra, W, H + extra)
        pre.append("q 1 0 0 1 0 %d cm" % extra)
    if badge:
        bg = tuple(int(round(v * 255)) for v in st["accent"]) if st["header"] == "band" else (255, 255, 255)
        im = draw_badge(pidx, bg)
        xobj["Im1"] = rgb_image_stream(doc, im)
        bx, by, bw, bh = badge
        ops.append("q %s 0 0 %s %s %s cm /Im1 Do Q" % (num(bw), num(bh), num(bx), num(by)))

    ph = phrase
    sl = slot
    wph = text_width(ph, 10) if ph else 0.0
    F = "/F1 10 Tf"

    def draw(prefix=""):
        if ph:
            ops.append("BT %s %s %s ET" % (F, prefix, slot_text(sl, ph)))

    if kind == "pdf_cropbox":
        # Phrase is drawn after the cm is restored, below the CropBox bottom
        # (inside the MediaBox).
        ops.append("Q")
        if ph:
            ops.append("BT %s %s %s ET" % (F, rg(DARK), slot_text(dict(sl, y=40), ph)))
    elif kind == "pdf_white_rect_cover":
        draw(rg(DARK))
        ops.append("q 1 1 1 rg %s %s %s %s re f Q" % (
            num(sl["x"] - 4), num(sl["y"] - 4), num(sl["R"] - sl["x"] + 6), num(16)))
    elif kind in ("pdf_separation_zero", "pdf_ctl_separation_full"):
        version = "1.4"
        fn = doc.add("<< /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [0.1 0.16 0.36] /N 1 >>")
        colsp["CS0"] = doc.add("[/Separation /ResumeNavy /DeviceRGB %d 0 R]" % fn)
        tint = "0" if kind == "pdf_separation_zero" else "1"
        draw("/CS0 cs %s scn" % tint)
    elif kind == "pdf_ctl_clip_contains":
        ops.append("q %s %s %s %s re W n" % (num(sl["x"] - 4), num(sl["y"] - 4),
                                             num(sl["R"] - sl["x"] + 8), num(16)))
        draw(rg(DARK))
        ops.append("Q")
    elif kind == "pdf_fill_alpha_zero":
        version = "1.4"
        extgs["GS1"] = doc.add("<< /Type /ExtGState /ca 0 /CA 1 >>")
        ops.append("q /GS1 gs")
        draw(rg(DARK))
        ops.append("Q")
    elif kind == "pdf_clip_elsewhere":
        # clipping rectangle around the header area; the phrase lies far below
        ops.append("q %s %s %s %s re W n" % (num(sl["L"]), num(H - 90), num(220), num(40)))
        draw(rg(DARK))
        ops.append("Q")
    elif kind == "pdf_ctl_highlight_annot":
        draw(rg(DARK))
        x0, y0 = sl["tx"] - 1, sl["y"] - 3
        x1, y1 = sl["tx"] + text_width(FILES[i][0], 10) + 1, sl["y"] + 10
        gs = doc.add("<< /Type /ExtGState /BM /Multiply /ca 1 >>")
        ap = doc.add_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << /ExtGState << /G0 %d 0 R >> >>"
            % (num(x1 - x0), num(y1 - y0), gs),
            ("/G0 gs 1 0.93 0.45 rg 0 0 %s %s re f" % (num(x1 - x0), num(y1 - y0))).encode())
        annots.append(doc.add(
            "<< /Type /Annot /Subtype /Highlight /Rect [%s %s %s %s] /F 4 /C [1 0.93 0.45] "
            "/QuadPoints [%s %s %s %s %s %s %s %s] /T (Reviewer) /M (D:20250310091500Z) "
            "/AP << /N %d 0 R >> >>" % (
                num(x0), num(y0), num(x1), num(y1), num(x0), num(y1), num(x1), num(y1), num(x0),
                num(y0), num(x1), num(y0), ap)))
    elif kind == "pdf_stroke_white":
        # fill colour is dark, but render mode 1 only strokes, with white
        draw("%s 1 1 1 RG 0.6 w 1 Tr" % rg(DARK))
        ops.append("BT 0 Tr ET")
    elif kind == "pdf_text_rise":
        if ph:
            ops.append("q BT %s %s -900 Ts %s 0 Ts ET Q" % (F, rg(DARK), slot_text(sl, ph)))
    elif kind == "pdf_ctl_stroke_alpha":
        extgs["GS1"] = doc.add("<< /Type /ExtGState /CA 0 /ca 1 >>")
        ops.append("q /GS1 gs")
        draw(rg(DARK))
        ops.append("Q")
    elif kind in ("pdf_ocg_basestate", "pdf_ctl_ocg_on"):
        version = "1.5"
        oc_a = doc.add("<< /Type /OCG /Name (Screen annotations) >>")
        oc_b = doc.add("<< /Type /OCG /Name (Resume body) >>")
        cat_extra = (" /OCProperties << /OCGs [%d 0 R %d 0 R] /D << /Name (Default) "
                     "/BaseState /OFF /ON [%d 0 R] /Order [%d 0 R %d 0 R] >> >>"
                     % (oc_a, oc_b, oc_b, oc_a, oc_b))
        props["OC1"] = oc_a
        props["OC2"] = oc_b
        which = "OC1" if kind == "pdf_ocg_basestate" else "OC2"
        # the header block is marked as resume body content (group ON)
        ops[:] = ["/OC /OC2 BDC"] + ops[:4] + ["EMC"] + ops[4:]
        ops.append("/OC /%s BDC" % which)
        draw(rg(DARK))
        ops.append("EMC")
    elif kind == "pdf_pattern_white":
        version = "1.4"
        sh = doc.add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 %d 0] "
                     "/Function << /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [1 1 1] /N 1 >> "
                     "/Extend [true true] >>" % W)
        pattern["P0"] = doc.add("<< /Type /Pattern /PatternType 2 /Shading %d 0 R >>" % sh)
        draw("/Pattern cs /P0 scn")
    elif kind == "pdf_annot_cover":
        draw(rg(DARK))
        x0, y0 = sl["x"] - 4, sl["y"] - 4
        x1, y1 = sl["R"] + 2, sl["y"] + 12
        ap = doc.add_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 %s %s]" % (num(x1 - x0), num(y1 - y0)),
            ("1 1 1 rg 0 0 %s %s re f" % (num(x1 - x0), num(y1 - y0))).encode())
        annots.append(doc.add(
            "<< /Type /Annot /Subtype /Square /Rect [%s %s %s %s] /F 4 /C [1 1 1] /IC [1 1 1] "
            "/BS << /W 0 >> /T (Editor) /M (D:20250310091500Z) /AP << /N %d 0 R >> >>"
            % (num(x0), num(y0), num(x1), num(y1), ap)))
    else:
        raise ValueError(kind)

    content = "\n".join(pre + ops) + "\n"
    cs = doc.add_stream("", content.encode("latin-1"))

    def rdict(d):
        return "<< " + " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(d.items())) + " >>"
    rparts = ["/Font " + res["Font"], "/ProcSet [/PDF /Text /ImageC]"]
    if xobj:
        rparts.append("/XObject " + rdict(xobj))
    if extgs:
        rparts.append("/ExtGState " + rdict(extgs))
    if colsp:
        rparts.append("/ColorSpace " + rdict(colsp))
    if pattern:
        rparts.append("/Pattern " + rdict(pattern))
    if props:
        rparts.append("/Properties " + rdict(props))
    pg = "<< /Type /Page /Parent %d 0 R /MediaBox %s" % (pages, mediabox)
    if cropbox:
        pg += " /CropBox %s" % cropbox
    pg += " /Resources << %s >> /Contents %d 0 R" % (" ".join(rparts), cs)
    if annots:
        pg += " /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)
    pg += " >>"
    doc.set(page, pg)
    doc.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    doc.set(cat, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, cat_extra))
    info = doc.add("<< /Title %s /Author %s /Creator (Resume Builder) /Producer (PDF writer 1.2) "
                   "/CreationDate (D:20250305101500Z) /ModDate (D:20250305101500Z) >>"
                   % (pdf_str(p["name"] + " - Resume").decode("latin-1"),
                      pdf_str(p["name"]).decode("latin-1")))
    return doc.write(version, cat, info)


# ---------------------------------------------------------------------------
# DOCX writer (hand-written WordprocessingML)
# ---------------------------------------------------------------------------

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
ROOT_NS = " ".join('xmlns:%s="%s"' % kv for kv in NS.items()) + ' mc:Ignorable="w14 w15 wp14"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        "<w:rPr>%s</w:rPr>" % rpr if rpr else "", esc(text))


def para(content, style=None, ppr_extra="", rsid="00A41C2E"):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    ppr += ppr_extra
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (
        rsid, rsid, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", content)


# per persona: fonts (None = theme fonts), page size, accent colour, footer
DOCX_STYLE = [
    dict(font=None, page="letter", accent="1F3864", footer=True),
    dict(font="Cambria", page="a4", accent="2E4A62", footer=False),
    dict(font=None, page="a4", accent="1A6660", footer=True),
    dict(font="Garamond", page="letter", accent="5A1F1F", footer=False),
    dict(font="Arial", page="letter", accent="54337F", footer=True),
    dict(font=None, page="a4", accent="404040", footer=False),
]

PAGE = {"letter": (12240, 15840), "a4": (11906, 16838)}
EMU_PER_TWIP = 635

_DOCPR_ID = [0]


def anchor_xml(ppos_h, ppos_v, cx, cy, inner, name, docpr_extra="", behind="0", rel_h=251659264,
               anchor_id="3F2A1B01"):
    """A DrawingML wp:anchor with wrapNone. ppos_* = (relativeFrom, posOffset EMU)."""
    _DOCPR_ID[0] += 1
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%s" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="%s" wp14:editId="%s">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s"%s/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="%s"><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">%s'
        '</a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></w:r>'
        % (rel_h, behind, anchor_id, anchor_id[::-1], ppos_h[0], ppos_h[1], ppos_v[0], ppos_v[1],
           cx, cy, _DOCPR_ID[0], name, docpr_extra, A_NS, inner))


def textbox_wsp(cx, cy, paras_xml, fill=None):
    fill_xml = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
    return (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s'
        '<a:ln w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent>'
        '</wps:txbx><wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" '
        'horzOverflow="overflow" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="t" anchorCtr="0" '
        'forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp>'
        '<a:noAutofit/></wps:bodyPr></wps:wsp>' % (cx, cy, fill_xml, paras_xml))


def rect_wsp(cx, cy, fill):
    return (
        '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/>'
        '</a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr rot="0" spcFirstLastPara="0" '
        'vertOverflow="overflow" horzOverflow="overflow" vert="horz" wrap="square" lIns="91440" '
        'tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" '
        'anchor="ctr" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
        '<a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr></wps:wsp>' % (cx, cy, fill))


def docx_kind(i, phrase, p, ds):
    """Return dict with the slot XML and any extra parts/settings for the kind."""
    kind = FILES[i][2]
    pw, ph_ = PAGE[ds["page"]]
    colw = (pw - 2 * 1080) * EMU_PER_TWIP
    k = dict(slot="", styles="", headers=[], settings="", glossary=None, defaults_color=None,
             footer_text=None)
    ach = "Achievement"
    if kind == "docx_textfill_nofill":
        rpr = ('<w:color w:val="333333"/><w14:textOutline w14:w="0" w14:cap="flat" '
               'w14:cmpd="sng" w14:algn="ctr"><w14:noFill/><w14:prstDash w14:val="solid"/>'
               '<w14:round/></w14:textOutline><w14:textFill><w14:noFill/></w14:textFill>')
        k["slot"] = para(run(phrase, rpr) if phrase else "", ach)
    elif kind == "docx_ctl_webhidden":
        k["slot"] = para(run(phrase, "<w:webHidden/>") if phrase else "", ach)
    elif kind == "docx_textbox_offpage":
        box = textbox_wsp(4114800, 320040, para(run(phrase) if phrase else "", ach))
        k["slot"] = para(anchor_xml(("page", pw * EMU_PER_TWIP + 457200), ("paragraph", 0),
                                    4114800, 320040, box, "Text Box 2"), ach)
    elif kind == "docx_docpr_hidden":
        box = textbox_wsp(colw, 320040, para(run(phrase) if phrase else "", ach))
        k["slot"] = para(anchor_xml(("column", 0), ("paragraph", 0), colw, 320040, box,
                                    "Text Box 3", ' hidden="1"'), ach)
    elif kind == "docx_ctl_mark_vanish":
        k["slot"] = para(run(phrase) if phrase else "", ach, "<w:rPr><w:vanish/></w:rPr>")
    elif kind == "docx_white_shape_cover":
        shape = anchor_xml(("column", -12700), ("paragraph", -25400), colw + 25400, 254000,
                           rect_wsp(colw + 25400, 254000, "FFFFFF"), "Rectangle 4",
                           anchor_id="5C7D2E10")
        k["slot"] = para(shape + (run(phrase) if phrase else ""), ach,
                         '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/>')
    elif kind == "docx_even_header":
        k["slot"] = para("", ach)
        k["settings"] = "<w:evenAndOddHeaders/>"
        k["headers"] = [
            ("default", para(run(p["name"] + "  |  " + p["title"]), "Header")),
            ("even", para(run(phrase) if phrase else "", "Header")),
        ]
    elif kind == "docx_ctl_rprchange_vanish":
        rpr = ('<w:rPrChange w:id="1" w:author="Reviewer" w:date="2025-03-04T10:12:00Z">'
               '<w:rPr><w:vanish/></w:rPr></w:rPrChange>')
        k["slot"] = para(run(phrase, rpr) if phrase else "", ach)
    elif kind == "docx_glossary":
        k["slot"] = para("", ach)
        k["glossary"] = phrase
    elif kind == "docx_mc_unknown_choice":
        inner = ('<w:r><mc:AlternateContent xmlns:rsx="http://schemas.contoso.com/office/resume/2024">'
                 '<mc:Choice Requires="rsx"><w:t xml:space="preserve">%s</w:t></mc:Choice>'
                 '<mc:Fallback><w:t xml:space="preserve">%s</w:t></mc:Fallback>'
                 '</mc:AlternateContent></w:r>' % (esc(phrase), esc(p["highlight"])))
        k["slot"] = para(inner, ach)
    elif kind == "docx_ctl_auto_on_dark":
        k["slot"] = para(run(phrase, '<w:color w:val="auto"/>') if phrase else "", "Banner",
                         '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % ds["accent"])
    elif kind == "docx_color_equals_shading":
        k["slot"] = para(run(phrase, '<w:color w:val="%s"/>' % ds["accent"]) if phrase else "",
                         "Banner", '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % ds["accent"])
    elif kind == "docx_tablestyle_lastrow":
        k["styles"] = (
            '<w:style w:type="table" w:customStyle="1" w:styleId="HighlightsTable">'
            '<w:name w:val="Highlights Table"/><w:basedOn w:val="TableNormal"/>'
            '<w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
            'w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" '
            'w:color="BFBFBF"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
            '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
            '<w:tblStylePr w:type="lastRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>'
            '</w:style>')
        wtw = pw - 2 * 1080
        cell = lambda c: ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                          % (wtw, para(run(c) if c else "")))
        k["slot"] = (
            '<w:tbl><w:tblPr><w:tblStyle w:val="HighlightsTable"/><w:tblW w:w="%d" w:type="dxa"/>'
            '<w:tblLook w:val="0460" w:firstRow="1" w:lastRow="1" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="%d"/></w:tblGrid>'
            '<w:tr w:rsidR="00A41C2E"><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>'
            '<w:tr w:rsidR="00A41C2E">%s</w:tr><w:tr w:rsidR="00A41C2E">%s</w:tr></w:tbl>'
            % (wtw, wtw, cell("Selected highlights"), cell(p["highlight"]), cell(phrase)))
    elif kind == "docx_ctl_textbox_margin":
        box = textbox_wsp(4572000, 274320, para(run(phrase, '<w:sz w:val="18"/>')
                                                if phrase else "", ach))
        k["slot"] = para("", ach)
        k["margin_box"] = anchor_xml(("margin", 0), ("margin", -548640), 4572000, 274320, box,
                                     "Text Box 5", ' hidden="0"', anchor_id="6A1B3C22")
    elif kind == "docx_docdefaults_white":
        k["defaults_color"] = "FFFFFF"
        k["styles"] = (
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ProfileNote">'
            '<w:name w:val="Profile Note"/><w:qFormat/><w:pPr><w:spacing w:after="40"/>'
            '<w:ind w:left="360"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>')
        k["slot"] = para(run(phrase) if phrase else "", "ProfileNote")
    else:
        raise ValueError(kind)
    return k


def styles_xml(ds, extra, defaults_color, glossary=False):
    if ds["font"]:
        f = ds["font"]
        rfonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="Times New Roman"/>' % (
            f, f, f)
        hfonts = rfonts
    else:
        rfonts = ('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
                  'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>')
        hfonts = ('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                  'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>')
    dcol = '<w:color w:val="%s"/>' % defaults_color if defaults_color else ""
    acc = ds["accent"]
    latent = "".join(
        '<w:lsdException w:name="%s" w:uiPriority="%d" w:qFormat="1"/>' % (n, pr)
        for n, pr in [("Normal", 0), ("heading 1", 9), ("heading 2", 9), ("Title", 10),
                      ("Subtitle", 11), ("Strong", 22), ("Emphasis", 20), ("No Spacing", 1),
                      ("List Paragraph", 34)])
    latent += ('<w:lsdException w:name="header" w:semiHidden="1" w:unhideWhenUsed="1"/>'
               '<w:lsdException w:name="footer" w:semiHidden="1" w:unhideWhenUsed="1"/>'
               '<w:lsdException w:name="List Bullet" w:semiHidden="1" w:unhideWhenUsed="1"/>'
               '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>')
    body_color = "" if glossary else '<w:color w:val="262626"/>'
    s = (XML_HEAD +
         '<w:styles xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" '
         'mc:Ignorable="w14 w15">' % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"]) +
         '<w:docDefaults><w:rPrDefault><w:rPr>%s%s<w:kern w:val="2"/><w:sz w:val="21"/>'
         '<w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
         '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr>'
         '</w:pPrDefault></w:docDefaults>' % (rfonts, dcol) +
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
         'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">%s</w:latentStyles>' % latent +
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
         '<w:qFormat/><w:rPr>%s</w:rPr></w:style>' % body_color +
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
         '<w:unhideWhenUsed/></w:style>'
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
         'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
         '</w:style>'
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')
    if not glossary:
        s += (
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/>'
            '<w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr>%s<w:b/><w:color w:val="%s"/>'
            '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/>'
            '</w:rPr></w:style>' % (hfonts, acc) +
            '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar">'
            '<w:name w:val="Title Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
            '<w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr>%s<w:b/><w:color w:val="%s"/>'
            '<w:sz w:val="48"/></w:rPr></w:style>' % (hfonts, acc) +
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" '
            'w:space="1" w:color="%s"/></w:pBdr><w:spacing w:before="200" w:after="80"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>' % (acc, hfonts, acc) +
            '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="20"/>'
            '<w:contextualSpacing/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
            '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>'
            '<w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
            '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
            '<w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
            '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
            'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH '
            'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" '
            'w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tagline">'
            '<w:name w:val="Tagline"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            '<w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="%s"/>'
            '<w:sz w:val="24"/></w:rPr></w:style>' % acc +
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Contact">'
            '<w:name w:val="Contact"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
            '<w:spacing w:after="120"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/>'
            '</w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobTitle">'
            '<w:name w:val="Job Title"/><w:basedOn w:val="Normal"/><w:next w:val="JobMeta"/>'
            '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobMeta">'
            '<w:name w:val="Job Meta"/><w:basedOn w:val="Normal"/><w:next w:val="ListBullet"/>'
            '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="40"/></w:pPr><w:rPr><w:i/>'
            '<w:color w:val="595959"/><w:sz w:val="19"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Achievement">'
            '<w:name w:val="Achievement"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
            '<w:spacing w:before="40" w:after="40"/><w:ind w:left="360"/></w:pPr><w:rPr>'
            '<w:sz w:val="20"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Banner">'
            '<w:name w:val="Banner"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
            '<w:spacing w:before="60" w:after="60"/><w:ind w:left="113" w:right="113"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="19"/></w:rPr></w:style>'
            + extra)
    else:
        s += ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Achievement">'
              '<w:name w:val="Achievement"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
              '<w:ind w:left="360"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>')
    s += "</w:styles>"
    return s


def numbering_xml():
    lvls = ""
    for lv in range(3):
        ind = 360 + 360 * lv
        lvls += ('<w:lvl w:ilvl="%d" w:tplc="04090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                 'w:hanging="270"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" '
                 'w:hint="default"/></w:rPr></w:lvl>' % (lv, ind))
    return (XML_HEAD +
            '<w:numbering xmlns:mc="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" '
            'mc:Ignorable="w14 w15">' % (NS["mc"], NS["w"], NS["w14"], NS["w15"]) +
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
            '<w:nsid w:val="5E3A2C11"/><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:tmpl w:val="0409000F"/>%s</w:abstractNum>' % lvls +
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def settings_xml(extra, idx):
    return (XML_HEAD +
            '<w:settings xmlns:mc="%s" xmlns:o="%s" xmlns:r="%s" xmlns:m="%s" xmlns:v="%s" '
            'xmlns:w10="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" xmlns:sl="%s" '
            'mc:Ignorable="w14 w15">' % (NS["mc"], NS["o"], NS["r"], NS["m"], NS["v"], NS["w10"],
                                        NS["w"], NS["w14"], NS["w15"],
                                        "http://schemas.openxmlformats.org/schemaLibrary/2006/main") +
            '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/>%s<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="00A41C2E"/><w:rsid w:val="00A41C2E"/>'
            '<w:rsid w:val="00%06X"/></w:rsids>' % (extra, 0x3B1000 + idx * 4099) +
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
            '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
            '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
            '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="en-US"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
            'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
            'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout '
            'v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="%08X"/><w15:chartTrackingRefBased/>'
            '<w15:docId w15:val="{%08X-4C1D-4E2B-9A3F-%012X}"/></w:settings>'
            % (0x1A2B0000 + idx * 7919, 0x6D5E0000 + idx * 104729, 0x1F2E3D4C5B00 + idx))


WEBSETTINGS = (XML_HEAD +
               '<w:webSettings xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" '
               'xmlns:w15="%s" mc:Ignorable="w14 w15"><w:optimizeForBrowser/>'
               '<w:allowPNG/></w:webSettings>' % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"]))

FONT_INFO = {
    "Calibri": ("020F0502020204030204", "swiss", "E4002EFF", "C200247B", "00000009", "00000000",
                "000001FF", "00000000"),
    "Calibri Light": ("020F0302020204030204", "swiss", "E4002EFF", "C200247B", "00000009",
                      "00000000", "000001FF", "00000000"),
    "Times New Roman": ("02020603050405020304", "roman", "E0002EFF", "C000785B", "00000009",
                        "00000000", "000001FF", "00000000"),
    "Symbol": ("05050102010706020507", "roman", "00000000", "10000000", "00000000", "00000000",
               "80000000", "00000000"),
    "Cambria": ("02040503050406030204", "roman", "E00006FF", "420024FF", "02000000", "00000000",
                "0000019F", "00000000"),
    "Garamond": ("02020404030301010803", "roman", "00000287", "00000000", "00000000", "00000000",
                 "0000009F", "00000000"),
    "Arial": ("020B0604020202020204", "swiss", "E0002EFF", "C000785B", "00000009", "00000000",
              "000001FF", "00000000"),
}


def fonttable_xml(ds):
    names = ["Symbol", "Times New Roman"]
    names += [ds["font"]] if ds["font"] else ["Calibri", "Calibri Light"]
    out = ""
    for n in names:
        pan, fam, u0, u1, u2, u3, c0, c1 = FONT_INFO[n]
        cs = "02" if n == "Symbol" else "00"
        pitch = "variable"
        out += ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
                '<w:family w:val="%s"/><w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" '
                'w:usb2="%s" w:usb3="%s" w:csb0="%s" w:csb1="%s"/></w:font>'
                % (n, pan, cs, "auto" if n == "Symbol" else fam, pitch, u0, u1, u2, u3, c0, c1))
    return (XML_HEAD + '<w:fonts xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" '
            'xmlns:w15="%s" mc:Ignorable="w14 w15">%s</w:fonts>'
            % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"], out))


def _grad(mods):
    gs = "".join('<a:gs pos="%d"><a:schemeClr val="phClr">%s</a:schemeClr></a:gs>' % (pos, m)
                 for pos, m in mods)
    return '<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>' % gs


THEME = (
    XML_HEAD + '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>' % A_NS +
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/>'
    '</a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/>'
    '</a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3>'
    '<a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
    '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/>'
    '</a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink>'
    '<a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" '
    'panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/>'
    '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill>' +
    _grad([(0, '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>'),
           (50000, '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>'),
           (100000, '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>')]) +
    _grad([(0, '<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>'),
           (50000, '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>'),
           (100000, '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>')]) +
    '</a:fillStyleLst><a:lnStyleLst>' +
    "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
            for w in (6350, 12700, 19050)) +
    '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw '
    'blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr '
    'val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>'
    '</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/>'
    '</a:schemeClr></a:solidFill>' +
    _grad([(0, '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/>'
               '<a:lumMod val="102000"/>'),
           (50000, '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/>'
                   '<a:lumMod val="103000"/>'),
           (100000, '<a:shade val="63000"/><a:satMod val="120000"/>')]) +
    '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>'
    '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
    '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" '
    'name="Office Theme" id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" '
    'vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst></a:theme>')


def hdrftr_xml(tag, body):
    return (XML_HEAD + '<w:%s %s>%s</w:%s>' % (tag, ROOT_NS, body, tag))


def glossary_document(phrase):
    body = para(run(phrase) if phrase else "", "Achievement")
    return (XML_HEAD + '<w:glossaryDocument %s><w:docParts><w:docPart><w:docPartPr>'
            '<w:name w:val="Resume highlight"/><w:category><w:name w:val="General"/>'
            '<w:gallery w:val="autoTxt"/></w:category><w:behaviors><w:behavior w:val="content"/>'
            '</w:behaviors><w:guid w:val="{7B1E4A2D-3C5F-4E8A-9D21-6F0A3B4C5D7E}"/></w:docPartPr>'
            '<w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'
            % (ROOT_NS, body))


def rels_xml(rels):
    return (XML_HEAD + '<Relationships xmlns="%s">' % REL_NS +
            "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r for r in rels) +
            "</Relationships>")


def build_docx(i, phrase):
    p = persona_of(i)
    pidx = ((i - 1) // 2) % 6
    ds = DOCX_STYLE[pidx]
    _DOCPR_ID[0] = 0
    k = docx_kind(i, phrase, p, ds)
    pw, phh = PAGE[ds["page"]]

    body = []
    first = para(run(p["name"]) + k.get("margin_box", ""), "Title")
    body.append(first)
    body.append(para(run(p["title"] + "  |  " + p["tagline"]), "Tagline"))
    body.append(para(run(p["contact"]), "Contact"))
    body.append(para(run("Summary"), "Heading1"))
    body.append(para(run(" ".join(p["summary"]))))
    body.append(para(run("Experience"), "Heading1"))
    t, c, d = p["job1"]
    body.append(para(run(t), "JobTitle"))
    body.append(para(run(c + "  |  " + d), "JobMeta"))
    for b in p["bullets1"]:
        body.append(para(run(b), "ListBullet"))
    body.append(k["slot"])
    t, c, d = p["job2"]
    body.append(para(run(t), "JobTitle"))
    body.append(para(run(c + "  |  " + d), "JobMeta"))
    for b in p["bullets2"]:
        body.append(para(run(b), "ListBullet"))
    body.append(para(run("Education"), "Heading1"))
    for s in p["education"]:
        body.append(para(run(s), ppr_extra='<w:spacing w:after="20"/>'))
    body.append(para(run("Skills"), "Heading1"))
    for s in p["skills"]:
        body.append(para(run(s), ppr_extra='<w:spacing w:after="20"/>'))

    # relationships of document.xml
    rels = [("rId1", RT + "numbering", "numbering.xml"),
            ("rId2", RT + "styles", "styles.xml"),
            ("rId3", RT + "settings", "settings.xml"),
            ("rId4", RT + "webSettings", "webSettings.xml")]
    extra_parts = []
    overrides = []
    sect_refs = ""
    n = 5
    hdr_n = 0
    for htype, hbody in k["headers"]:
        hdr_n += 1
        rid = "rId%d" % n
        n += 1
        fname = "header%d.xml" % hdr_n
        rels.append((rid, RT + "header", fname))
        extra_parts.append(("word/" + fname, hdrftr_xml("hdr", hbody)))
        overrides.append(("/word/" + fname, CT_W + "header+xml"))
        sect_refs += '<w:headerReference w:type="%s" r:id="%s"/>' % (htype, rid)
    if ds["footer"]:
        rid = "rId%d" % n
        n += 1
        rels.append((rid, RT + "footer", "footer1.xml"))
        extra_parts.append(("word/footer1.xml", hdrftr_xml(
            "ftr", para(run(p["name"] + "  -  References available on request"), "Footer"))))
        overrides.append(("/word/footer1.xml", CT_W + "footer+xml"))
        sect_refs += '<w:footerReference w:type="default" r:id="%s"/>' % rid
    if k["glossary"] is not None:
        rid = "rId%d" % n
        n += 1
        rels.append((rid, RT + "glossaryDocument", "glossary/document.xml"))
        grels = [("rId1", RT + "styles", "styles.xml"), ("rId2", RT + "settings", "settings.xml"),
                 ("rId3", RT + "webSettings", "webSettings.xml"),
                 ("rId4", RT + "fontTable", "fontTable.xml")]
        extra_parts += [
            ("word/glossary/document.xml", glossary_document(k["glossary"])),
            ("word/glossary/_rels/document.xml.rels", rels_xml(grels)),
            ("word/glossary/settings.xml", settings_xml("", 100 + i)),
            ("word/glossary/styles.xml", styles_xml(ds, "", None, glossary=True)),
            ("word/glossary/webSettings.xml", WEBSETTINGS),
            ("word/glossary/fontTable.xml", fonttable_xml(ds)),
        ]
        overrides += [
            ("/word/glossary/document.xml", CT_W + "document.glossary+xml"),
            ("/word/glossary/settings.xml", CT_W + "settings+xml"),
            ("/word/glossary/styles.xml", CT_W + "styles+xml"),
            ("/word/glossary/webSettings.xml", CT_W + "webSettings+xml"),
            ("/word/glossary/fontTable.xml", CT_W + "fontTable+xml"),
        ]
    rels.append(("rId%d" % n, RT + "fontTable", "fontTable.xml"))
    rels.append(("rId%d" % (n + 1), RT + "theme", "theme/theme1.xml"))

    sect = ('<w:sectPr w:rsidR="00A41C2E">%s<w:pgSz w:w="%d" w:h="%d"/>'
            '<w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="576" '
            'w:footer="576" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
            '</w:sectPr>' % (sect_refs, pw, phh))
    document = (XML_HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (ROOT_NS, "".join(body), sect))

    # app.xml statistics (from the document text)
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document)
    alltext = " ".join(texts)
    words = len(alltext.split())
    chars = len(alltext.replace(" ", ""))
    paras = document.count("<w:p ")
    app = (XML_HEAD +
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>%d</TotalTime><Pages>1</Pages>'
           '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
           '<DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs>'
           '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
           '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (37 + i, words, chars, paras + 6, paras, len(alltext)))
    core = (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title>'
            '<dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>%d</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-%02dT09:14:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-%02dT16:42:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(p["name"]), esc(p["name"]), 3 + i % 5, 1 + i % 27,
                                      1 + i % 27))

    ctypes = (XML_HEAD +
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="%sdocument.main+xml"/>' % CT_W +
              '<Override PartName="/word/numbering.xml" ContentType="%snumbering+xml"/>' % CT_W +
              '<Override PartName="/word/styles.xml" ContentType="%sstyles+xml"/>' % CT_W +
              '<Override PartName="/word/settings.xml" ContentType="%ssettings+xml"/>' % CT_W +
              '<Override PartName="/word/webSettings.xml" ContentType="%swebSettings+xml"/>' % CT_W +
              "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
              '<Override PartName="/word/fontTable.xml" ContentType="%sfontTable+xml"/>' % CT_W +
              '<Override PartName="/word/theme/theme1.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
              '<Override PartName="/docProps/core.xml" '
              'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    pkg_rels = rels_xml([
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
         "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId1", RT + "officeDocument", "word/document.xml")])

    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", pkg_rels),
               ("word/document.xml", document), ("word/_rels/document.xml.rels", rels_xml(rels))]
    members += extra_parts
    members += [("word/theme/theme1.xml", THEME),
                ("word/settings.xml", settings_xml(k["settings"], i)),
                ("word/styles.xml", styles_xml(ds, k["styles"], k["defaults_color"])),
                ("word/numbering.xml", numbering_xml()),
                ("word/webSettings.xml", WEBSETTINGS),
                ("word/fontTable.xml", fonttable_xml(ds)),
                ("docProps/core.xml", core), ("docProps/app.xml", app)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


# ---------------------------------------------------------------------------

def build(i, phrase=None):
    if phrase is None:
        phrase = FILES[i][0]
    data = build_pdf(i, phrase) if i % 2 else build_docx(i, phrase)
    return file_name(i), data


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: make_hidden_blind13.py OUTDIR\n")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for i in range(1, 31):
        name, data = build(i)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
