#!/usr/bin/env python3
"""Generator for hidden_blind16: 30 one-page resume files (15 PDF, 15 DOCX).

Usage: python make_hidden_blind16.py OUTDIR

Deterministic: no randomness, fixed dates, fixed zip member order and times.
Only the standard library and Pillow are used.

build(i, phrase=None) -> (name, bytes) builds file i (1..30). phrase=None uses
the file's marker phrase; phrase="" builds the same layout without the phrase
(used for render comparisons).
"""
import hashlib
import io
import os
import struct
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# ---------------------------------------------------------------------------
# Personas (fictional) and marker phrases
# ---------------------------------------------------------------------------

PERSONAS = [
    dict(
        name="Renata Vasquez-Holm",
        title="Backend Software Engineer",
        loc="Portland, OR",
        phone="(503) 555-0147",
        email="renata.vholm@example.com",
        web="example.net/rvholm",
        summary=[
            "Backend engineer with nine years building Go and Python services for logistics",
            "and fintech platforms. Comfortable owning systems end to end, from schema design",
            "to production support.",
        ],
        jobs=[
            ("Senior Software Engineer", "Cascadia Freightworks", "Portland, OR", "Apr 2020 \u2013 Present", [
                "Own the shipment tracking API serving 3,000 requests per second at peak",
                "Introduced contract tests between 14 services, halving integration bugs",
                "Rebuilt billing exports on PostgreSQL logical replication and Kafka",
            ]),
            ("Software Engineer", "Lumen Ledger Inc.", "Seattle, WA", "Jun 2016 \u2013 Mar 2020", [
                "Built ledger services in Go handling daily settlement for 40,000 merchants",
                "Wrote the internal library for idempotent retries used by six teams",
                "Cut nightly test suite runtime from 50 to 12 minutes with parallel fixtures",
            ]),
        ],
        education=["B.S. Computer Science, Oregon State University, 2016"],
        skills=[("Languages", "Go, Python, SQL, TypeScript"),
                ("Infrastructure", "PostgreSQL, Kafka, Redis, Terraform, AWS, Docker")],
        certs=["AWS Certified Solutions Architect \u2013 Associate (2022)"],
        phrases=[
            "designed fault tolerant payment reconciliation services",
            "cut p99 API latency by forty percent",
            "mentored junior engineers through onboarding",
            "migrated legacy batch jobs to Kubernetes",
            "led blameless incident reviews after outages",
        ],
        pdf=dict(page="letter", family="helv", header="band", accent=(0.12, 0.23, 0.42), logo=False),
        docx=dict(page="letter", font=None, size=21, footer=None, accent="1F3B6B"),
        footnote="Peak figure from the 2023 holiday season load report.",
        box_text="Open to hybrid roles in the Portland area",
    ),
    dict(
        name="Kwame Asante-Reyes",
        title="Critical Care Registered Nurse",
        loc="Columbus, OH",
        phone="(614) 555-0182",
        email="kasante.rn@example.com",
        web="RN, BSN, CCRN",
        summary=[
            "Critical care nurse with seven years in a 32-bed medical ICU at a Level I trauma",
            "center. Calm under pressure, strong in sepsis care, titrating drips and family",
            "communication.",
        ],
        jobs=[
            ("Registered Nurse, Medical ICU", "Scioto Valley University Hospital", "Columbus, OH",
             "Aug 2019 \u2013 Present", [
                 "Care for two to three critically ill adults per shift, including ECMO patients",
                 "Titrate vasoactive and sedation infusions to protocol targets",
                 "Member of the unit practice council and the rapid response team",
             ]),
            ("Registered Nurse, Step-Down Unit", "Franklin Park Medical Center", "Columbus, OH",
             "Jun 2016 \u2013 Jul 2019", [
                 "Cared for telemetry patients with cardiac, pulmonary and surgical needs",
                 "Taught patients and families heart failure self-care before discharge",
                 "Recognized with the DAISY Award for compassionate care, 2018",
             ]),
        ],
        education=["B.S. Nursing, The Ohio State University, 2016"],
        skills=[("Clinical", "hemodynamic monitoring, arterial lines, ventilator care, sepsis bundles"),
                ("Systems", "Epic, Pyxis, Alaris infusion pumps")],
        certs=["CCRN (AACN), BLS, ACLS, NIHSS"],
        phrases=[
            "precepted eleven new graduate ICU nurses",
            "managed continuous renal replacement therapy circuits",
            "championed early mobility protocol for ventilated patients",
            "served as relief charge nurse overnight",
            "reduced central line infections unit wide",
        ],
        pdf=dict(page="a4", family="times", header="plain", accent=(0.05, 0.35, 0.40), logo=False),
        docx=dict(page="a4", font="Georgia", size=20, footer="References available on request",
                  accent="0E5A66"),
        footnote="Unit data from the hospital quality dashboard, fiscal year 2023.",
        box_text="Available for day or night shifts",
    ),
    dict(
        name="Ingrid Solberg",
        title="Marketing Communications Manager",
        loc="Minneapolis, MN",
        phone="(612) 555-0119",
        email="ingrid.solberg@example.com",
        web="example.org/isolberg",
        summary=[
            "Marketing communications manager with ten years in consumer and B2B brands.",
            "Known for clear messaging, disciplined budgets and campaigns that measure what",
            "matters.",
        ],
        jobs=[
            ("Marketing Communications Manager", "Northstar Outdoor Co.", "Minneapolis, MN",
             "Feb 2019 \u2013 Present", [
                 "Lead a team of four across content, social media and public relations",
                 "Own the brand style guide and approval workflow for 200+ assets a quarter",
                 "Partner with sales on launch kits for dealers in the US and Canada",
             ]),
            ("Senior Marketing Specialist", "Hennepin Health Partners", "Minneapolis, MN",
             "May 2014 \u2013 Jan 2019", [
                 "Planned member communications for open enrollment across email and web",
                 "Ran A/B tests on landing pages that lifted form completion by 18%",
                 "Produced the annual community report with design and legal teams",
             ]),
        ],
        education=["B.A. Journalism, University of Minnesota, 2014"],
        skills=[("Tools", "HubSpot, Google Analytics 4, Adobe InDesign, Figma, Sprout Social"),
                ("Strengths", "brand voice, editorial planning, media relations, vendors")],
        certs=["Google Analytics Certification (2023)"],
        phrases=[
            "launched rebrand campaign across twelve regional markets",
            "grew newsletter subscribers to ninety thousand",
            "managed a two million dollar media budget",
            "wrote press releases picked up nationally",
            "coordinated trade show presence with product teams",
        ],
        pdf=dict(page="letter", family="helv", header="rule", accent=(0.55, 0.16, 0.22), logo=False),
        docx=dict(page="letter", font=None, size=21, footer=None, accent="8C2A38"),
        footnote="Measured in GA4 over two full quarters after launch.",
        box_text="Portfolio and writing samples on request",
    ),
    dict(
        name="Dmitri Ostrowski",
        title="Manufacturing Process Engineer",
        loc="Grand Rapids, MI",
        phone="(616) 555-0164",
        email="d.ostrowski@example.com",
        web="Six Sigma Green Belt",
        summary=[
            "Process engineer with eight years in automotive and appliance manufacturing.",
            "Hands-on with stamping, CNC machining and assembly, and at home on the shop floor.",
        ],
        jobs=[
            ("Process Engineer II", "Lakeshore Precision Components", "Grand Rapids, MI",
             "Mar 2020 \u2013 Present", [
                 "Support three CNC cells and a 400-ton progressive die press",
                 "Write PFMEAs, control plans and work instructions for new part launches",
                 "Lead root cause investigations using 8D and fishbone analysis",
             ]),
            ("Manufacturing Engineer", "Riverbend Appliance Group", "Holland, MI",
             "Jul 2016 \u2013 Feb 2020", [
                 "Balanced a 22-station washer assembly line after a model changeover",
                 "Designed error-proofing devices that removed a recurring torque defect",
                 "Trained operators on standard work and layered process audits",
             ]),
        ],
        education=["B.S. Mechanical Engineering, Western Michigan University, 2016"],
        skills=[("Methods", "PFMEA, SPC, 8D, value stream mapping, GD&T"),
                ("Software", "SolidWorks, Minitab, Mastercam, SAP")],
        certs=["Six Sigma Green Belt (ASQ), 2019"],
        phrases=[
            "lowered scrap rate on deep draw parts",
            "implemented statistical process control on machining cells",
            "led kaizen events in final assembly",
            "qualified suppliers for aluminum castings",
            "validated fixtures using coordinate measuring machines",
        ],
        pdf=dict(page="a4", family="helv", header="band", accent=(0.20, 0.27, 0.31), logo=True),
        docx=dict(page="a4", font="Arial", size=20, footer=None, accent="33454F"),
        footnote="Press tonnage and cell count as of the 2024 plant layout.",
        box_text="Willing to travel to supplier sites",
    ),
    dict(
        name="Priya Raghunathan",
        title="Corporate Paralegal",
        loc="Charlotte, NC",
        phone="(704) 555-0138",
        email="priya.r.paralegal@example.com",
        web="NC State Bar Certified Paralegal",
        summary=[
            "Corporate paralegal with eight years supporting M&A, financing and entity",
            "management. Organized, discreet and fast with closing sets, filings and data rooms.",
        ],
        jobs=[
            ("Senior Corporate Paralegal", "Whitaker Lyle & Barnes LLP", "Charlotte, NC",
             "Jan 2020 \u2013 Present", [
                 "Support six partners on private company acquisitions and credit facilities",
                 "Prepare signature packets, officer certificates and bring-down certificates",
                 "Manage virtual data rooms and access rights for buyers and lenders",
             ]),
            ("Paralegal", "Carolina Mutual Bancorp", "Charlotte, NC", "Aug 2015 \u2013 Dec 2019", [
                "Maintained the entity database for 60 affiliates across 12 states",
                "Filed annual reports and registered agent changes with the states",
                "Assisted in-house counsel with board materials and written consents",
            ]),
        ],
        education=["B.A. Political Science, UNC Charlotte, 2015",
                   "Paralegal Certificate, Central Piedmont Community College, 2015"],
        skills=[("Tools", "iManage, Intralinks, Diligent Entities, Westlaw, Adobe Acrobat Pro"),
                ("Practice", "M&A closings, entity management, secured lending")],
        certs=["NALA Certified Paralegal (CP), 2017"],
        phrases=[
            "managed closing checklists for acquisition deals",
            "kept minute books for forty subsidiaries current",
            "prepared Delaware formation and merger filings",
            "coordinated due diligence document review",
            "tracked UCC lien searches and terminations",
        ],
        pdf=dict(page="letter", family="times", header="plain", accent=(0.25, 0.20, 0.45), logo=False),
        docx=dict(page="letter", font="Garamond", size=22, footer="Confidential \u2013 references on request",
                  accent="40336F"),
        footnote="Matter counts from the firm's closing tracker, 2020 to 2024.",
        box_text="Notary Public, Mecklenburg County",
    ),
    dict(
        name="Malcolm Feeney",
        title="Environmental Compliance Scientist",
        loc="Sacramento, CA",
        phone="(916) 555-0173",
        email="mfeeney.env@example.com",
        web="example.org/mfeeney",
        summary=[
            "Environmental scientist with nine years in compliance, permitting and site",
            "assessment. Field-ready, detail-driven and used to working with regulators and",
            "plant managers.",
        ],
        jobs=[
            ("Environmental Compliance Scientist", "Delta Ridge Consulting", "Sacramento, CA",
             "Sep 2018 \u2013 Present", [
                 "Manage compliance calendars for 25 industrial clients in Northern California",
                 "Prepare Phase I site assessments and regulatory correspondence",
                 "Review laboratory data and write monitoring reports for water boards",
             ]),
            ("Environmental Scientist", "Valley Water Resources Agency", "Fresno, CA",
             "Jun 2014 \u2013 Aug 2018", [
                 "Collected surface water samples and maintained field instruments",
                 "Entered and validated results in the agency water quality database",
                 "Drafted CEQA checklists for small capital projects",
             ]),
        ],
        education=["M.S. Environmental Science, University of California, Davis, 2014",
                   "B.S. Biology, Sonoma State University, 2012"],
        skills=[("Field", "soil logging, water sampling, GPS mapping, field meters"),
                ("Software", "ArcGIS Pro, EQuIS, Excel, R")],
        certs=["Qualified SWPPP Developer (QSD), California, 2019"],
        phrases=[
            "prepared stormwater pollution prevention plans statewide",
            "conducted groundwater sampling at remediation sites",
            "authored air permit renewal applications",
            "trained field crews on hazardous waste handling",
            "audited facilities against state discharge limits",
        ],
        pdf=dict(page="a4", family="times", header="rule", accent=(0.16, 0.38, 0.22), logo=False),
        docx=dict(page="a4", font="Cambria", size=21, footer=None, accent="2A6138"),
        footnote="Client count as of the 2024 annual reporting cycle.",
        box_text="Valid California driver license, field ready",
    ),
]

# File table: (kind, hidden). Odd i -> PDF, even i -> DOCX.
KINDS = {
    1: ("pdf_blend_lighten", True),
    2: ("docx_charstyle_vanish", True),
    3: ("pdf_smask_black", True),
    4: ("docx_vanish_override", False),
    5: ("pdf_blend_multiply", False),
    6: ("docx_first_header_no_titlepg", True),
    7: ("pdf_type3_empty", True),
    8: ("docx_textbox_overflow", True),
    9: ("pdf_form_bbox_clip", True),
    10: ("docx_theme_shade_grey", False),
    11: ("pdf_indexed_dark", False),
    12: ("docx_textbox_covered", True),
    13: ("pdf_image_cover", True),
    14: ("docx_first_header_titlepg", False),
    15: ("pdf_shading_cover", True),
    16: ("docx_theme_background1", True),
    17: ("pdf_smask_white", False),
    18: ("docx_mc_stale_fallback", True),
    19: ("pdf_indexed_white", True),
    20: ("docx_exact_row_clip", True),
    21: ("pdf_form_bbox_visible", False),
    22: ("docx_exact_row_fits", False),
    23: ("pdf_form_matrix_offpage", True),
    24: ("docx_textbox_offpage_top", True),
    25: ("pdf_ocmd_alloff", True),
    26: ("docx_vml_hidden", True),
    27: ("pdf_ocmd_anyon", False),
    28: ("docx_vml_visible", False),
    29: ("pdf_transfer_white", True),
    30: ("docx_footnote_contnotice", True),
}


def persona_index(i):
    return ((i - 1) + (i - 1) // 6) % 6


def phrase_for(i):
    p = persona_index(i)
    # k-th use of persona p among files 1..i
    k = sum(1 for j in range(1, i) if persona_index(j) == p)
    return PERSONAS[p]["phrases"][k]


def file_name(i):
    return "resume_%02d.%s" % (i, "pdf" if i % 2 else "docx")


# ---------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------

PAGE_SIZES = {"letter": (612, 792), "a4": (595, 842)}
FONT_FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}

# Helvetica advance widths (1/1000 em), codes 32..126; used for the Type 3 font
HELV_W = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
GLYPH_NAMES = (
    "space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft "
    "parenright asterisk plus comma hyphen period slash zero one two three four five six "
    "seven eight nine colon semicolon less equal greater question at A B C D E F G H I J K "
    "L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum "
    "underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar "
    "braceright asciitilde"
).split()
assert len(GLYPH_NAMES) == 95 and len(HELV_W) == 95


def pdf_str(s):
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return out.decode("latin-1")


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class PDFWriter:
    def __init__(self, version="1.4"):
        self.version = version
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, num, body):
        self.objs[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        n = self.reserve()
        self.set(n, body)
        return n

    def add_stream(self, dict_body, data, compress=True):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if compress:
            data = zlib.compress(data, 9)
            dict_body = dict_body + " /Filter /FlateDecode"
        head = ("<< %s /Length %d >>\nstream\n" % (dict_body.strip(), len(data))).encode("latin-1")
        return self.add(head + data + b"\nendstream")

    def finish(self, root, info):
        out = bytearray(("%%PDF-%s\n" % self.version).encode("latin-1"))
        out += b"%\xe2\xe3\xcf\xd3\n"
        offsets = []
        for n, body in enumerate(self.objs, 1):
            assert body is not None, n
            offsets.append(len(out))
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n" % (len(self.objs) + 1)
        out += b"0000000000 65535 f \n"
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                % (len(self.objs) + 1, root, info, fid, fid)).encode("latin-1")
        out += b"startxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def png_like_rgb(img):
    """Raw RGB samples of a Pillow image (for an image XObject with Flate)."""
    img = img.convert("RGB")
    return img.tobytes()


def draw_logo(bg):
    """Small geometric gear-like mark drawn with Pillow (no text)."""
    size = 120
    img = Image.new("RGB", (size, size), bg)
    d = ImageDraw.Draw(img)
    c = size / 2
    fg = (236, 240, 243)
    import math
    for k in range(8):
        a = k * math.pi / 4
        dx, dy = math.cos(a), math.sin(a)
        px, py = -dy, dx
        r0, r1, w = 30, 50, 8
        pts = [
            (c + dx * r0 + px * w, c + dy * r0 + py * w),
            (c + dx * r1 + px * w, c + dy * r1 + py * w),
            (c + dx * r1 - px * w, c + dy * r1 - py * w),
            (c + dx * r0 - px * w, c + dy * r0 - py * w),
        ]
        d.polygon(pts, fill=fg)
    d.ellipse([c - 38, c - 38, c + 38, c + 38], fill=fg)
    d.ellipse([c - 16, c - 16, c + 16, c + 16], fill=bg)
    return img


def rgb(c):
    return "%s %s %s" % tuple(fmt(x) for x in c)


def build_pdf(i, phrase):
    kind, _hidden = KINDS[i]
    P = PERSONAS[persona_index(i)]
    cfg = P["pdf"]
    W, H = PAGE_SIZES[cfg["page"]]
    fam = FONT_FAMILIES[cfg["family"]]
    acc = cfg["accent"]
    version = "1.5" if kind.startswith("pdf_ocmd") else "1.4"
    pdf = PDFWriter(version)

    catalog = pdf.reserve()
    pages = pdf.reserve()
    page = pdf.reserve()
    fonts = {}
    for key, base in zip(("F1", "F2", "F3"), fam):
        fonts[key] = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base)
    res = {"Font": dict(fonts), "XObject": {}, "ExtGState": {}, "ColorSpace": {}, "Shading": {},
           "Properties": {}}
    cat_extra = ""

    ops = []
    M = 58  # left/right margin
    body_size = 10 if cfg["family"] == "helv" else 10.5
    lead = 15

    def text(font, size, x, y, s, color=(0.13, 0.13, 0.13)):
        ops.append("BT /%s %s Tf %s rg 1 0 0 1 %s %s Tm %s Tj ET"
                   % (font, fmt(size), rgb(color), fmt(x), fmt(y), pdf_str(s)))

    def rule(y, color=(0.75, 0.75, 0.75), width=0.6, x0=None, x1=None):
        ops.append("q %s RG %s w %s %s m %s %s l S Q"
                   % (rgb(color), fmt(width), fmt(M if x0 is None else x0), fmt(y),
                      fmt(W - M if x1 is None else x1), fmt(y)))

    # Indexed colour space used for headings in the two indexed-colour files
    use_indexed = kind in ("pdf_indexed_white", "pdf_indexed_dark")
    if use_indexed:
        pal = bytes([0x1F, 0x29, 0x37, int(acc[0] * 255), int(acc[1] * 255), int(acc[2] * 255),
                     0xFF, 0xFF, 0xFF, 0x6B, 0x72, 0x80])
        res["ColorSpace"]["CS0"] = pdf.add("[/Indexed /DeviceRGB 3 <%s>]" % pal.hex().upper())

    if kind == "pdf_blend_lighten":
        # the page paints its own opaque white background first
        ops.append("q 1 1 1 rg 0 0 %d %d re f Q" % (W, H))

    # ---- header
    hdr = cfg["header"]
    contact = "%s  |  %s  |  %s  |  %s" % (P["loc"], P["phone"], P["email"], P["web"])
    if hdr == "band":
        band_h = 100
        ops.append("q %s rg 0 %d %d %d re f Q" % (rgb(acc), H - band_h, W, band_h))
        text("F2", 22, M, H - 46, P["name"], (1, 1, 1))
        text("F1", 11.5, M, H - 66, P["title"], (0.9, 0.92, 0.95))
        text("F1", 9, M, H - 84, contact, (0.9, 0.92, 0.95))
        if cfg["logo"]:
            bg = tuple(int(round(c * 255)) for c in acc)
            img = draw_logo(bg)
            im = pdf.add_stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                                "/BitsPerComponent 8" % img.size, png_like_rgb(img))
            res["XObject"]["Im1"] = im
            ops.append("q 64 0 0 64 %d %d cm /Im1 Do Q" % (W - M - 64, H - band_h + 18))
        y = H - band_h - 34
    else:
        text("F2", 21, M, H - 66, P["name"], (0.1, 0.1, 0.1))
        text("F1", 12, M, H - 84, P["title"], acc)
        text("F1", 9, M, H - 100, contact, (0.3, 0.3, 0.3))
        if hdr == "rule":
            rule(H - 110, acc, 1.6)
        else:
            rule(H - 110, (0.6, 0.6, 0.6), 0.8)
        y = H - 138

    def heading(label):
        nonlocal y
        if use_indexed:
            ops.append("BT /F2 11 Tf /CS0 cs 1 sc 1 0 0 1 %s %s Tm %s Tj ET" % (fmt(M), fmt(y), pdf_str(label)))
        else:
            text("F2", 11, M, y, label, acc if hdr != "plain" else (0.15, 0.15, 0.15))
        rule(y - 5)
        y -= 22

    bx, tx = M + 6, M + 17  # bullet x, bullet text x

    def bullet(s):
        nonlocal y
        text("F1", body_size, bx, y, "\u2022")
        text("F1", body_size, tx, y, s)
        y -= lead

    heading("SUMMARY")
    for line in P["summary"]:
        text("F1", body_size, M, y, line)
        y -= lead
    y -= 12
    heading("EXPERIENCE")
    phrase_y = None
    for j, (jt, co, city, dates, bullets) in enumerate(P["jobs"]):
        text("F2", body_size + 0.5, M, y, jt)
        text("F1", body_size - 0.5, W - M - 100, y, dates, (0.3, 0.3, 0.3))
        y -= lead
        text("F3", body_size, M, y, "%s, %s" % (co, city), (0.3, 0.3, 0.3))
        y -= lead + 1
        for b in bullets:
            bullet(b)
        if j == 0:
            phrase_y = y  # reserved bullet line for the marker phrase
            y -= lead
        y -= 12
    heading("EDUCATION")
    for line in P["education"]:
        text("F1", body_size, M, y, line)
        y -= lead
    y -= 12
    heading("SKILLS")
    for label, val in P["skills"]:
        text("F2", body_size, M, y, label + ":")
        text("F1", body_size, M + 92, y, val)
        y -= lead
    y -= 12
    heading("CERTIFICATIONS")
    for line in P["certs"]:
        text("F1", body_size, M, y, line)
        y -= lead
    assert y > 60

    # ---- the marker phrase line
    py = phrase_y
    dark = (0.13, 0.13, 0.13)

    def tj(font, size, s_b, s_t, x_b=bx, x_t=tx, y_=py):
        """Text object for bullet + phrase without colour operators."""
        return ("BT /%s %s Tf 1 0 0 1 %s %s Tm %s Tj 1 0 0 1 %s %s Tm %s Tj ET"
                % (font, fmt(size), fmt(x_b), fmt(y_), pdf_str(s_b), fmt(x_t), fmt(y_), pdf_str(s_t)))

    BUL = "\u2022"
    cover = (M - 4, py - 5, W - 2 * M + 8, 17)  # x, y, w, h around the phrase line

    if kind in ("pdf_blend_lighten", "pdf_blend_multiply"):
        bm = "Lighten" if kind == "pdf_blend_lighten" else "Multiply"
        col = (0.15, 0.15, 0.15) if bm == "Lighten" else (0.10, 0.20, 0.45)
        res["ExtGState"]["GS1"] = pdf.add("<< /Type /ExtGState /BM /%s >>" % bm)
        ops.append("q /GS1 gs %s rg %s Q" % (rgb(col), tj("F1", body_size, BUL, phrase)))

    elif kind in ("pdf_smask_black", "pdf_smask_white"):
        g = "0" if kind == "pdf_smask_black" else "1"
        grp = pdf.add_stream("/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 %d %d] "
                             "/Group << /Type /Group /S /Transparency /CS /DeviceRGB >> /Resources << >>" % (W, H),
                             "%s g 0 0 %d %d re f" % (g, W, H))
        res["ExtGState"]["GS1"] = pdf.add("<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>"
                                          % grp)
        ops.append("q /GS1 gs %s rg %s Q" % (rgb(dark), tj("F1", body_size, BUL, phrase)))

    elif kind == "pdf_type3_empty":
        glyph = pdf.add_stream("", "0 0 d0", compress=False)
        names = GLYPH_NAMES + ["bullet"]
        charprocs = " ".join("/%s %d 0 R" % (n, glyph) for n in names)
        diffs = "32 " + " ".join("/" + n for n in GLYPH_NAMES) + " 149 /bullet"
        widths = HELV_W + [0] * (149 - 127) + [350]
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                "1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
                "1 beginbfchar\n<95> <2022>\nendbfchar\n"
                "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        tu = pdf.add_stream("", cmap)
        f4 = pdf.add("<< /Type /Font /Subtype /Type3 /Name /T3a /FontBBox [0 0 0 0] "
                     "/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << %s >> "
                     "/Encoding << /Type /Encoding /Differences [%s] >> /FirstChar 32 /LastChar 149 "
                     "/Widths [%s] /Resources << >> /ToUnicode %d 0 R >>"
                     % (charprocs, diffs, " ".join(str(w) for w in widths), tu))
        res["Font"]["F4"] = f4
        ops.append("q %s rg %s Q" % (rgb(dark), tj("F4", body_size, BUL, phrase)))

    elif kind in ("pdf_form_bbox_clip", "pdf_form_bbox_visible"):
        if kind == "pdf_form_bbox_clip":
            # content at page coordinates; the BBox is a 1 x 1 box at the origin
            fdict = "/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 1 1] /Matrix [1 0 0 1 0 0]"
            body = "%s rg %s" % (rgb(dark), tj("F1", body_size, BUL, phrase))
        else:
            # local coordinates; BBox around the line, Matrix moves it into place
            fdict = ("/Type /XObject /Subtype /Form /FormType 1 /BBox [-4 -4 %d 12] /Matrix [1 0 0 1 %s %s]"
                     % (W - 2 * M, fmt(bx), fmt(py)))
            body = "%s rg %s" % (rgb(dark), tj("F1", body_size, BUL, phrase, 0, tx - bx, 0))
        fx = pdf.add_stream(fdict + " /Resources << /Font << /F1 %d 0 R >> >>" % fonts["F1"], body)
        res["XObject"]["Fx1"] = fx
        ops.append("q /Fx1 Do Q")

    elif kind == "pdf_form_matrix_offpage":
        fdict = ("/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 %d %d] /Matrix [1 0 0 1 0 -%d]"
                 % (W, H, H))
        body = "%s rg %s" % (rgb(dark), tj("F1", body_size, BUL, phrase))
        fx = pdf.add_stream(fdict + " /Resources << /Font << /F1 %d 0 R >> >>" % fonts["F1"], body)
        res["XObject"]["Fx1"] = fx
        ops.append("q /Fx1 Do Q")

    elif kind == "pdf_image_cover":
        ops.append("q %s rg %s Q" % (rgb(dark), tj("F1", body_size, BUL, phrase)))
        x, y0, w, h = cover
        img = Image.new("RGB", (int(w * 2), int(h * 2)), (255, 255, 255))
        ImageDraw.Draw(img).rectangle([0, 0, img.size[0] - 1, img.size[1] - 1], fill=(255, 255, 255))
        im = pdf.add_stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                            "/BitsPerComponent 8" % img.size, png_like_rgb(img))
        res["XObject"]["Im2"] = im
        ops.append("q %s 0 0 %s %s %s cm /Im2 Do Q" % (fmt(w), fmt(h), fmt(x), fmt(y0)))

    elif kind == "pdf_shading_cover":
        ops.append("q %s rg %s Q" % (rgb(dark), tj("F1", body_size, BUL, phrase)))
        x, y0, w, h = cover
        sh = pdf.add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [%s 0 %s 0] "
                     "/Function << /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [1 1 1] /N 1 >> "
                     "/Extend [true true] >>" % (fmt(x), fmt(x + w)))
        res["Shading"]["Sh1"] = sh
        ops.append("q %s %s %s %s re W n /Sh1 sh Q" % (fmt(x), fmt(y0), fmt(w), fmt(h)))

    elif kind in ("pdf_indexed_white", "pdf_indexed_dark"):
        idx = 2 if kind == "pdf_indexed_white" else 1
        ops.append("q /CS0 cs %d sc %s Q" % (idx, tj("F1", body_size, BUL, phrase)))

    elif kind in ("pdf_ocmd_alloff", "pdf_ocmd_anyon"):
        pol = "AllOff" if kind == "pdf_ocmd_alloff" else "AnyOn"
        ocg = pdf.add("<< /Type /OCG /Name (Screen) /Intent /View >>")
        ocmd = pdf.add("<< /Type /OCMD /OCGs [%d 0 R] /P /%s >>" % (ocg, pol))
        res["Properties"]["MC0"] = ocmd
        cat_extra = (" /OCProperties << /OCGs [%d 0 R] /D << /Name (Default) /BaseState /ON /ON [%d 0 R] "
                     "/Order [%d 0 R] >> >>" % (ocg, ocg, ocg))
        ops.append("/OC /MC0 BDC q %s rg %s Q EMC" % (rgb(dark), tj("F1", body_size, BUL, phrase)))

    elif kind == "pdf_transfer_white":
        res["ExtGState"]["GS1"] = pdf.add("<< /Type /ExtGState /TR << /FunctionType 2 /Domain [0 1] "
                                          "/C0 [1] /C1 [1] /N 1 >> >>")
        ops.append("q /GS1 gs %s rg %s Q" % (rgb(dark), tj("F1", body_size, BUL, phrase)))

    else:
        raise ValueError(kind)

    content = pdf.add_stream("", "\n".join(ops) + "\n")
    rparts = []
    for key in ("Font", "XObject", "ExtGState", "ColorSpace", "Shading", "Properties"):
        if res[key]:
            rparts.append("/%s << %s >>" % (key, " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(res[key].items()))))
    rparts.append("/ProcSet [/PDF /Text /ImageC]")
    pdf.set(page, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << %s >> /Contents %d 0 R >>"
            % (pages, W, H, " ".join(rparts), content))
    pdf.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    pdf.set(catalog, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, cat_extra))
    info = pdf.add("<< /Title %s /Author %s /Creator (Resume Export) /Producer (Resume Export PDF 2.1) "
                   "/CreationDate (D:20250314091500Z) /ModDate (D:20250314091500Z) >>"
                   % (pdf_str("%s \u2013 Resume" % P["name"]), pdf_str(P["name"])))
    return pdf.finish(catalog, info)


# ---------------------------------------------------------------------------
# DOCX writer (WordprocessingML by hand)
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
ROOT_NS = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items()) + ' mc:Ignorable="w14 w15 wp14"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"

EMU_IN = 914400
TWIP_IN = 1440
DOCX_PAGES = {"letter": (12240, 15840), "a4": (11906, 16838)}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Ids:
    def __init__(self, seed):
        self.n = 0
        self.seed = seed

    def para(self):
        self.n += 1
        pid = (0x1C3A5E27 + self.seed * 0x00391F35 + self.n * 0x0107F3A9) & 0x7FFFFFFF
        tid = (0x2B7D4C19 + self.seed * 0x00527A13 + self.n * 0x0209E5B7) & 0x7FFFFFFF
        return '%08X' % pid, '%08X' % tid


RSID_R = "00A41C7E"
RSID_RPR = "00D27F31"
RSID_P = "00A41C7E"
RSIDS = ["0012E4B9", "003F61A2", "00A41C7E", "00B8250D", "00D27F31", "00F06C58"]


def run(text, rpr=""):
    t = '<w:t xml:space="preserve">%s</w:t>' % esc(text) if (text[:1] == " " or text[-1:] == " ") else \
        "<w:t>%s</w:t>" % esc(text)
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", t)


def para(ids, runs, ppr=""):
    pid, tid = ids.para()
    return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
            % (pid, tid, RSID_R, RSID_R, RSID_P, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(runs)))


def wps_textbox(ids, docpr_id, x, y, cx, cy, paras, rel_h, fill="lt1", autofit=False, name=None):
    """Anchored DrawingML text box (bare w:drawing), positioned relative to the page (EMU)."""
    fill_xml = ('<a:solidFill><a:schemeClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
    fit = "<a:spAutoFit/>" if autofit else "<a:noAutofit/>"
    overflow = "overflow" if autofit else "clip"
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="%s" wp14:editId="%s">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="%s"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s<a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="%s" horzOverflow="overflow" vert="horz" wrap="square" '
        'lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" '
        'anchor="t" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp>'
        '%s</wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></w:r>'
        % (rel_h, *ids.para(), x, y, cx, cy, docpr_id, name or "Text Box %d" % docpr_id, A_NS, cx, cy,
           fill_xml, "".join(paras), overflow, fit))


def wps_rect(ids, docpr_id, x, y, cx, cy, rel_h, color="FFFFFF"):
    """Anchored DrawingML rectangle with an opaque solid fill and no outline."""
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="%s" wp14:editId="%s">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="Rectangle %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="%s"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" '
        'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" '
        'fromWordArt="0" anchor="ctr" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
        '<a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></w:r>'
        % (rel_h, *ids.para(), x, y, cx, cy, docpr_id, docpr_id, A_NS, cx, cy, color))


VML_SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                 '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def vml_textbox(spid, x_pt, y_pt, w_pt, h_pt, paras, visibility, with_shapetype=True):
    style = ("position:absolute;margin-left:%spt;margin-top:%spt;width:%spt;height:%spt;z-index:251659264;"
             "visibility:%s;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;"
             "mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;"
             "mso-position-horizontal-relative:page;mso-position-vertical:absolute;"
             "mso-position-vertical-relative:page;v-text-anchor:top"
             % (fmt(x_pt), fmt(y_pt), fmt(w_pt), fmt(h_pt), visibility))
    return ('%s<v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="%s" fillcolor="white [3201]" '
            'stroked="f" strokeweight=".5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
            % (VML_SHAPETYPE if with_shapetype else "", spid - 1025, spid, style, "".join(paras)))


THEME_XML = (
    XML_HEAD +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
    '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
    '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
    '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック Light"/>'
    '<a:font script="Hans" typeface="等线 Light"/><a:font script="Arab" typeface="Times New Roman"/>'
    '<a:font script="Hebr" typeface="Times New Roman"/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
    '<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/>'
    '<a:font script="Arab" typeface="Arial"/><a:font script="Hebr" typeface="Arial"/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
    '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
    '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs>'
    '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/>'
    '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
    '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
    '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
    '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs>'
    '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/>'
    '<a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
    '</a:fillStyleLst><a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
    '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
    '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" '
    'algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw>'
    '</a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/>'
    '</a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
    '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr>'
    '</a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/>'
    '<a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000">'
    '<a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst>'
    '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
    '<a:objectDefaults/><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
    '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
    'id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst>'
    '</a:theme>')

LATENT = [("Normal", 0, 1, 0), ("heading 1", 9, 1, 0), ("heading 2", 9, 1, 1), ("heading 3", 9, 1, 1),
          ("footnote text", 99, 0, 1), ("header", 99, 0, 1), ("footer", 99, 0, 1),
          ("footnote reference", 99, 0, 1), ("List Bullet", 99, 0, 1), ("Title", 10, 1, 0),
          ("Default Paragraph Font", 1, 0, 1), ("Subtitle", 11, 1, 0), ("Strong", 22, 1, 0),
          ("Emphasis", 20, 1, 0), ("Table Grid", 39, 0, 0), ("Placeholder Text", 99, 0, 1),
          ("No Spacing", 1, 1, 0), ("List Paragraph", 34, 1, 0)]


def styles_xml(P, kind):
    d = P["docx"]
    acc = d["accent"]
    if d["font"]:
        fonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="Times New Roman"/>' % (d["font"], d["font"])
        hfonts = fonts
    else:
        fonts = ""
        hfonts = '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
    sz = d["size"]
    lat = "".join('<w:lsdException w:name="%s" w:uiPriority="%d"%s%s/>'
                  % (n, pr, ' w:qFormat="1"' if q else "", ' w:semiHidden="1" w:unhideWhenUsed="1"' if sh else "")
                  for n, pr, q, sh in LATENT)
    s = [XML_HEAD,
         '<w:styles xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" mc:Ignorable="w14 w15">'
         % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"]),
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/>'
         '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
         '</w:pPr></w:pPrDefault></w:docDefaults>',
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
         'w:defQFormat="0" w:count="376">%s</w:latentStyles>' % lat,
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr>'
         '<w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>' % (fonts, sz, sz),
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
         '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
         '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
         '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
         '<w:rPr>%s<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
         % hfonts,
         '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
         '<w:rPr>%s<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
         % hfonts,
         '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
         '<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="%s"/>'
         '</w:pBdr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
         '<w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/><w:spacing w:val="10"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
         '</w:rPr></w:style>' % (acc, hfonts, acc, sz + 3, sz + 3),
         '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
         '<w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/><w:spacing w:val="10"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
         '</w:rPr></w:style>' % (hfonts, acc, sz + 3, sz + 3),
         '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
         '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
         '<w:spacing w:after="20"/><w:contextualSpacing/></w:pPr></w:style>',
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobTitle"><w:name w:val="Job Title"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
         '<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:spacing w:before="120" w:after="0"/></w:pPr>'
         '<w:rPr><w:b/></w:rPr></w:style>' % (DOCX_PAGES[d["page"]][0] - 2 * 1080),
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Contact"><w:name w:val="Contact"/>'
         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr>'
         '<w:rPr><w:color w:val="595959"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>' % (sz - 2, sz - 2),
         '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
         '<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
         '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
         '<w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
         '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/></w:style>',
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
         '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
         '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
         'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders></w:tblPr></w:style>',
         ]
    if kind in ("docx_charstyle_vanish", "docx_vanish_override"):
        s.append('<w:style w:type="character" w:customStyle="1" w:styleId="ATSKeywords"><w:name w:val="ATS Keywords"/>'
                 '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/>'
                 '<w:rPr><w:vanish/></w:rPr></w:style>')
    if kind == "docx_footnote_contnotice":
        s.append('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
                 '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
                 '<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                 '</w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        s.append('<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">'
                 '<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
                 '<w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                 '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        s.append('<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
                 '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                 '<w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    s.append("</w:styles>")
    return "".join(s)


def numbering_xml():
    lvls = []
    syms = ["\uf0b7", "o", "\uf0a7"]
    for k in range(9):
        sym = syms[k % 3]
        font = ('<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/>'
                if sym == "o" else
                '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (("Symbol",) * 2 if k % 3 == 0 else ("Wingdings",) * 2))
        lvls.append('<w:lvl w:ilvl="%d" w:tplc="04090001"%s><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                    '%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/>'
                    '</w:pPr><w:rPr>%s</w:rPr></w:lvl>'
                    % (k, "" if k else "", '<w:pStyle w:val="ListBullet"/>' if k == 0 else "", sym,
                       360 + 720 * k, font))
    return (XML_HEAD +
            '<w:numbering xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" mc:Ignorable="w14 w15">'
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="FFFFFF89"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>%s</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
            % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"], "".join(lvls)))


def settings_xml(kind, seed):
    notes = ""
    if kind == "docx_footnote_contnotice":
        notes = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
                 '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    rs = "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)
    return (XML_HEAD +
            '<w:settings xmlns:mc="%s" xmlns:o="%s" xmlns:r="%s" xmlns:m="%s" xmlns:v="%s" xmlns:w10="%s" '
            'xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15">'
            '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>%s'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="%d"/><o:shapelayout v:ext="edit">'
            '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="%08X"/><w15:chartTrackingRefBased/><w15:docId w15:val="{%08X-4C1D-4E2B-9A7F-%012X}"/>'
            '</w:settings>'
            % (NS["mc"], NS["o"], NS["r"], NS["m"], NS["v"], NS["w10"], NS["w"], NS["w14"], NS["w15"], notes,
               RSIDS[0], rs, 2050, (0x3A1F0000 + seed * 0x1357) & 0x7FFFFFFF,
               (0x5E2D0000 + seed * 0x2468) & 0xFFFFFFFF, 0x8B3C00000000 + seed * 0x10F1))


def fonttable_xml(P):
    fonts = [("Calibri", "020F0502020204030204", "swiss"), ("Times New Roman", "02020603050405020304", "roman"),
             ("Symbol", "05050102010706020507", "roman"), ("Courier New", "02070309020205020404", "modern"),
             ("Wingdings", "05000000000000000000", "auto"), ("Calibri Light", "020F0302020204030204", "swiss")]
    extra = {"Georgia": ("02040502050405020303", "roman"), "Arial": ("020B0604020202020204", "swiss"),
             "Garamond": ("02020404030301010803", "roman"), "Cambria": ("02040503050406030204", "roman")}
    f = P["docx"]["font"]
    if f:
        fonts.append((f, extra[f][0], extra[f][1]))
    body = "".join('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
                   '<w:pitch w:val="%s"/></w:font>'
                   % (n, p, "02" if n in ("Symbol", "Wingdings") else "00", fam,
                      "fixed" if n == "Courier New" else ("default" if fam == "auto" else "variable"))
                   for n, p, fam in fonts)
    return (XML_HEAD + '<w:fonts xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" '
            'mc:Ignorable="w14 w15">%s</w:fonts>' % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"], body))


WEBSETTINGS = (XML_HEAD + '<w:webSettings xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" '
               'mc:Ignorable="w14 w15"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
               % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"]))


def hdrftr_xml(tag, ids, paras):
    return (XML_HEAD + '<w:%s %s>%s</w:%s>' % (tag, ROOT_NS, "".join(paras), tag))


def build_docx(i, phrase):
    kind, _hidden = KINDS[i]
    P = PERSONAS[persona_index(i)]
    d = P["docx"]
    ids = Ids(i)
    pgW, pgH = DOCX_PAGES[d["page"]]
    mar = 1080
    body = []
    parts = []   # (path, xml, content type, rel type) extra parts
    sect_refs = []
    title_pg = False
    docpr = [1]

    def next_docpr():
        n = docpr[0]
        docpr[0] += 1
        return n

    # text box geometry: top-right corner of the page, inside the top margin
    box_w = int(2.35 * EMU_IN)
    box_h = int(0.42 * EMU_IN)
    box_x = int(pgW / TWIP_IN * EMU_IN) - int(0.75 * EMU_IN) - box_w
    box_y = int(0.26 * EMU_IN)
    small = '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (d["size"] - 3, d["size"] - 3)
    box_ppr = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>'

    def box_para(text, before=0):
        ppr = box_ppr if not before else box_ppr.replace('<w:spacing ', '<w:spacing w:before="%d" ' % before)
        return para(ids, [run(text, '<w:color w:val="595959"/>' + small)], ppr)

    name_runs = [run(P["name"])]
    if kind == "docx_textbox_overflow":
        paras = [box_para(P["box_text"])]
        if phrase:
            paras.append(box_para(phrase, before=360))
        name_runs.append(wps_textbox(ids, next_docpr(), box_x, box_y, box_w, box_h, paras, 251659264))
    elif kind == "docx_textbox_covered":
        paras = [box_para(phrase)] if phrase else [box_para("")]
        name_runs.append(wps_textbox(ids, next_docpr(), box_x, box_y, box_w, box_h, paras, 251659264))
        pad = int(0.06 * EMU_IN)
        name_runs.append(wps_rect(ids, next_docpr(), box_x - pad, box_y - pad, box_w + 2 * pad, box_h + 2 * pad,
                                  251661312))
    elif kind == "docx_textbox_offpage_top":
        paras = [box_para(phrase)] if phrase else [box_para("")]
        name_runs.append(wps_textbox(ids, next_docpr(), box_x, -int(1.3 * EMU_IN), box_w, box_h, paras, 251659264))
    elif kind == "docx_mc_stale_fallback":
        choice = wps_textbox(ids, next_docpr(), box_x, box_y, box_w, box_h, [box_para(P["box_text"])], 251659264)
        # strip the outer <w:r>..</w:r> so the choice sits inside one run
        choice_inner = choice[len("<w:r><w:rPr><w:noProof/></w:rPr>"):-len("</w:r>")]
        fb_paras = [box_para(phrase)] if phrase else [box_para("")]
        x_pt = box_x / 12700.0
        fallback = "<w:pict>%s</w:pict>" % vml_textbox(1026, x_pt, box_y / 12700.0, box_w / 12700.0, box_h / 12700.0,
                                                        fb_paras, "visible")
        name_runs.append('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">%s'
                         '</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>'
                         % (choice_inner, fallback))
    elif kind in ("docx_vml_hidden", "docx_vml_visible"):
        vis = "hidden" if kind == "docx_vml_hidden" else "visible"
        paras = [box_para(phrase)] if phrase else [box_para("")]
        name_runs.append('<w:r><w:rPr><w:noProof/></w:rPr><w:pict>%s</w:pict></w:r>'
                         % vml_textbox(1026, box_x / 12700.0, box_y / 12700.0, box_w / 12700.0, box_h / 12700.0,
                                       paras, vis))
    body.append(para(ids, name_runs, '<w:pStyle w:val="Title"/>'))
    body.append(para(ids, [run(P["title"], '<w:b/><w:color w:val="%s"/>' % d["accent"])],
                     '<w:spacing w:after="0"/>'))
    body.append(para(ids, [run("%s  |  %s  |  %s  |  %s" % (P["loc"], P["phone"], P["email"], P["web"]))],
                     '<w:pStyle w:val="Contact"/>'))

    def h1(label):
        body.append(para(ids, [run(label)], '<w:pStyle w:val="Heading1"/>'))

    h1("Summary")
    body.append(para(ids, [run(" ".join(P["summary"]))]))
    h1("Experience")
    for j, (jt, co, city, dates, bullets) in enumerate(P["jobs"]):
        body.append(para(ids, [run(jt), run(", %s" % co, '<w:b w:val="0"/>'),
                               '<w:r><w:rPr><w:b w:val="0"/><w:color w:val="595959"/></w:rPr><w:tab/><w:t>%s</w:t></w:r>'
                               % esc(dates)], '<w:pStyle w:val="JobTitle"/>'))
        for k, b in enumerate(bullets):
            runs = [run(b)]
            if j == 0 and k == len(bullets) - 1:
                if kind == "docx_charstyle_vanish" and phrase:
                    runs.append(run(" " + phrase, '<w:rStyle w:val="ATSKeywords"/>'))
                elif kind == "docx_vanish_override" and phrase:
                    runs.append(run("; " + phrase, '<w:rStyle w:val="ATSKeywords"/><w:vanish w:val="0"/>'))
                elif kind == "docx_theme_background1" and phrase:
                    runs.append(run(" " + phrase, '<w:color w:val="FFFFFF" w:themeColor="background1"/>'))
                elif kind == "docx_theme_shade_grey" and phrase:
                    runs.append(run("; " + phrase,
                                    '<w:color w:val="7F7F7F" w:themeColor="background1" w:themeShade="80"/>'))
            if j == 0 and k == 0 and kind == "docx_footnote_contnotice":
                runs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                            '<w:footnoteReference w:id="2"/></w:r>')
            body.append(para(ids, runs, '<w:pStyle w:val="ListBullet"/>'))
    h1("Education")
    for line in P["education"]:
        body.append(para(ids, [run(line)]))
    h1("Skills")
    if kind in ("docx_exact_row_clip", "docx_exact_row_fits"):
        text_w = pgW - 2 * mar
        c1 = 1800
        c2 = text_w - c1
        cell_ppr = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        rows = []
        for r_i, (label, val) in enumerate(P["skills"]):
            vparas = [para(ids, [run(val)], cell_ppr)]
            tr_pr = ""
            if r_i == 0:
                if kind == "docx_exact_row_clip":
                    tr_pr = '<w:trPr><w:trHeight w:val="300" w:hRule="exact"/></w:trPr>'
                    if phrase:
                        vparas.append(para(ids, [run(phrase)],
                                           '<w:spacing w:before="160" w:after="0" w:line="240" w:lineRule="auto"/>'))
                else:
                    tr_pr = '<w:trPr><w:trHeight w:val="760" w:hRule="exact"/></w:trPr>'
                    if phrase:
                        vparas.append(para(ids, [run(phrase)], cell_ppr))
            pid, tid = ids.para()
            rows.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s'
                        '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>'
                        % (RSID_R, pid, tid, tr_pr, c1, para(ids, [run(label, "<w:b/>")], cell_ppr),
                           c2, "".join(vparas)))
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
                    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
                    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
                    '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
                    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                    'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/>'
                    '</w:tblGrid>%s</w:tbl>' % (text_w, c1, c2, "".join(rows)))
    else:
        for label, val in P["skills"]:
            body.append(para(ids, [run(label + ": ", "<w:b/>"), run(val)]))
    h1("Certifications")
    for line in P["certs"]:
        body.append(para(ids, [run(line)]))

    # ---- headers, footers, notes
    rel_extra = []
    if kind in ("docx_first_header_no_titlepg", "docx_first_header_titlepg"):
        hdr_ppr = '<w:pStyle w:val="Header"/><w:jc w:val="right"/>'
        hrpr = '<w:color w:val="7F7F7F"/>' + small
        h_def = hdrftr_xml("hdr", ids, [para(ids, [run("%s  \u2013  %s" % (P["name"], P["title"]), hrpr)], hdr_ppr)])
        h_first = hdrftr_xml("hdr", ids, [para(ids, [run(phrase, hrpr)] if phrase else [], hdr_ppr)])
        parts.append(("word/header1.xml", h_def, "header"))
        parts.append(("word/header2.xml", h_first, "header"))
        sect_refs.append(('headerReference', 'default', "word/header1.xml"))
        sect_refs.append(('headerReference', 'first', "word/header2.xml"))
        title_pg = kind == "docx_first_header_titlepg"
    if d["footer"]:
        f_def = hdrftr_xml("ftr", ids, [para(ids, [run(d["footer"], '<w:color w:val="7F7F7F"/>' + small)],
                                             '<w:pStyle w:val="Footer"/><w:jc w:val="center"/>')])
        parts.append(("word/footer1.xml", f_def, "footer"))
        sect_refs.append(('footerReference', 'default', "word/footer1.xml"))
        if title_pg:
            # keep the footer on the first page too
            sect_refs.append(('footerReference', 'first', "word/footer1.xml"))
    if kind == "docx_footnote_contnotice":
        sep_ppr = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        fn = [
            '<w:footnote w:type="separator" w:id="-1">%s</w:footnote>'
            % para(ids, ['<w:r><w:separator/></w:r>'], sep_ppr),
            '<w:footnote w:type="continuationSeparator" w:id="0">%s</w:footnote>'
            % para(ids, ['<w:r><w:continuationSeparator/></w:r>'], sep_ppr),
            '<w:footnote w:type="continuationNotice" w:id="1">%s</w:footnote>'
            % para(ids, [run(phrase)] if phrase else [], '<w:pStyle w:val="FootnoteText"/><w:jc w:val="right"/>'),
            '<w:footnote w:id="2">%s</w:footnote>'
            % para(ids, ['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                        run(" " + P["footnote"])], '<w:pStyle w:val="FootnoteText"/>'),
        ]
        en = [
            '<w:endnote w:type="separator" w:id="-1">%s</w:endnote>'
            % para(ids, ['<w:r><w:separator/></w:r>'], sep_ppr),
            '<w:endnote w:type="continuationSeparator" w:id="0">%s</w:endnote>'
            % para(ids, ['<w:r><w:continuationSeparator/></w:r>'], sep_ppr),
        ]
        parts.append(("word/footnotes.xml", XML_HEAD + '<w:footnotes %s>%s</w:footnotes>' % (ROOT_NS, "".join(fn)),
                      "footnotes"))
        parts.append(("word/endnotes.xml", XML_HEAD + '<w:endnotes %s>%s</w:endnotes>' % (ROOT_NS, "".join(en)),
                      "endnotes"))

    # relationships
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId3", "webSettings", "webSettings.xml"), ("rId4", "numbering", "numbering.xml")]
    rid_of = {}
    n = 5
    for path, _xml, typ in parts:
        rid = "rId%d" % n
        n += 1
        rels.append((rid, typ, path[len("word/"):]))
        rid_of[path] = rid
    rels.append(("rId%d" % n, "fontTable", "fontTable.xml"))
    rels.append(("rId%d" % (n + 1), "theme", "theme/theme1.xml"))

    refs = "".join('<w:%s w:type="%s" r:id="%s"/>' % (tag, typ, rid_of[p]) for tag, typ, p in sect_refs)
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s">%s<w:pgSz w:w="%d" w:h="%d"/>'
            '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="720" w:footer="576" w:gutter="0"/>'
            '<w:cols w:space="720"/>%s<w:docGrid w:linePitch="360"/></w:sectPr>'
            % (RSID_R, RSID_R, refs, pgW, pgH, mar, mar, mar, mar, "<w:titlePg/>" if title_pg else ""))
    document = (XML_HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>' % (ROOT_NS, "".join(body), sect))

    # word counts for app.xml (body text only)
    import re
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", "".join(body))
    alltext = " ".join(t.replace("&amp;", "&") for t in texts)
    words = len(alltext.split())
    chars = len(alltext.replace(" ", ""))
    chars_sp = len(alltext)

    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    ct_of = {"header": CT + "header+xml", "footer": CT + "footer+xml", "footnotes": CT + "footnotes+xml",
             "endnotes": CT + "endnotes+xml"}
    overrides = [("/word/document.xml", CT + "document.main+xml"),
                 ("/word/styles.xml", CT + "styles+xml"),
                 ("/word/settings.xml", CT + "settings+xml"),
                 ("/word/webSettings.xml", CT + "webSettings+xml"),
                 ("/word/numbering.xml", CT + "numbering+xml")]
    for path, _xml, typ in parts:
        overrides.append(("/" + path, ct_of[typ]))
    overrides += [("/word/fontTable.xml", CT + "fontTable+xml"),
                  ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                  ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    content_types = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
                     % "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides))
    pkg_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                'Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>'
                % (REL_NS, REL_NS))
    doc_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                '</Relationships>' % "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (rid, REL_NS, typ, tgt)
                                             for rid, typ, tgt in rels))
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-11T18:42:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-03T09:17:00Z</dcterms:modified></cp:coreProperties>'
            % (esc(P["name"]), esc(P["name"])))
    lines = len(body) + 4
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>37</TotalTime><Pages>1</Pages><Words>%d</Words><Characters>%d</Characters>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
           '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
           '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (words, chars, lines, len(body), chars_sp))

    members = [("[Content_Types].xml", content_types), ("_rels/.rels", pkg_rels),
               ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels)]
    for path, xml, _typ in parts:
        members.append((path, xml))
    members += [("word/theme/theme1.xml", THEME_XML), ("word/settings.xml", settings_xml(kind, i)),
                ("word/styles.xml", styles_xml(P, kind)), ("word/numbering.xml", numbering_xml()),
                ("word/webSettings.xml", WEBSETTINGS), ("word/fontTable.xml", fonttable_xml(P)),
                ("docProps/core.xml", core), ("docProps/app.xml", app)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for path, xml in members:
            zi = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, xml.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return zero_external_attr(buf.getvalue())


def zero_external_attr(data):
    """zipfile stores 0o600 << 16 when external_attr is 0; Word writes 0. Patch the central directory."""
    data = bytearray(data)
    eocd = data.rindex(b"PK\x05\x06")
    count = struct.unpack_from("<H", data, eocd + 10)[0]
    pos = struct.unpack_from("<I", data, eocd + 16)[0]
    for _ in range(count):
        assert data[pos:pos + 4] == b"PK\x01\x02"
        n, m, k = struct.unpack_from("<HHH", data, pos + 28)
        struct.pack_into("<I", data, pos + 38, 0)
        pos += 46 + n + m + k
    return bytes(data)


# ---------------------------------------------------------------------------

def build(i, phrase=None):
    if phrase is None:
        phrase = phrase_for(i)
    if i % 2:
        return file_name(i), build_pdf(i, phrase)
    return file_name(i), build_docx(i, phrase)


def main(argv):
    if len(argv) != 2:
        print("usage: python make_hidden_blind16.py OUTDIR", file=sys.stderr)
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
