#!/usr/bin/env python3
"""Generator for the hidden_blind12 held-out test set (30 one-page resumes).

Usage:  python make_hidden_blind12.py OUTDIR

Writes resume_01.pdf, resume_02.docx, ... resume_30.docx (PDF and DOCX
alternate, PDF first).  Each file carries exactly one marker phrase, either
hidden from a human reader or visible (a control).  The labels live in
labels.json next to this script; this module only builds the files.

build(i, phrase=None) returns (file name, bytes) for file i (1..30).  A phrase
override (e.g. "") gives the same layout with another (or no) phrase; it is
used for render comparisons.

Deterministic: no randomness, fixed dates, fixed zip member order and
timestamps.  Uses Pillow and the standard library only.
"""
import hashlib
import io
import os
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# ---------------------------------------------------------------------------
# Personas (fictional)
# ---------------------------------------------------------------------------

PERSONAS = [
    {
        "name": "Marisol Okafor-Lind",
        "title": "Operations Analyst",
        "contact": "Tacoma, WA  |  (253) 555-0147  |  marisol.okaforlind@example.com",
        "summary": [
            "Operations analyst with seven years in freight and retail distribution.",
            "Turns messy process data into clear, workable plans for floor teams.",
        ],
        "jobs": [
            ("Senior Operations Analyst", "Harborline Logistics", "2021 - Present", [
                "Modeled dock scheduling for a 40-door cross-dock facility",
                "Cut average trailer dwell time from 6.1 to 4.3 hours",
                "Partnered with IT on a new yard management rollout",
            ]),
            ("Operations Analyst", "Cedar Peak Outfitters", "2017 - 2021", [
                "Built weekly labor plans for two distribution centers",
                "Tracked pick accuracy and shrink across 14 stores",
                "Wrote SQL reports used by regional managers",
            ]),
        ],
        "education": ["B.S. Industrial Engineering, Pacific Crest University, 2017"],
        "skills": [
            "SQL, Python (pandas), Excel modeling, Tableau",
            "Lean Six Sigma Green Belt, WMS and YMS tools",
        ],
    },
    {
        "name": "Tobias Quennell",
        "title": "Backend Software Engineer",
        "contact": "Leeds, UK  |  +44 113 496 0582  |  t.quennell@example.net",
        "summary": [
            "Backend engineer focused on payments and reliable data pipelines.",
            "Enjoys simplifying services and writing the docs nobody else will.",
        ],
        "jobs": [
            ("Software Engineer II", "Brackenford Payments", "2020 - Present", [
                "Maintained settlement services handling 2M transactions a day",
                "Moved batch jobs from cron to a managed workflow engine",
                "Added contract tests across six internal APIs",
            ]),
            ("Junior Developer", "Ashgrove Digital", "2017 - 2020", [
                "Built booking features for regional theatre websites",
                "Improved page load times with query caching",
                "Supported the on-call rotation for client platforms",
            ]),
        ],
        "education": ["BSc Computer Science, University of Wharfedale, 2017"],
        "skills": [
            "Go, Python, PostgreSQL, Kafka, Terraform",
            "Observability, incident response, API design",
        ],
    },
    {
        "name": "Priya Vantongeren",
        "title": "Clinical Research Coordinator",
        "contact": "Ann Arbor, MI  |  (734) 555-0193  |  priya.vt@example.org",
        "summary": [
            "Research coordinator with five years supporting oncology and cardiology trials.",
            "Careful with consent, scheduling and source documentation.",
        ],
        "jobs": [
            ("Clinical Research Coordinator II", "Huron Valley Medical Research", "2021 - Present", [
                "Coordinated visits for 60+ participants across three studies",
                "Prepared monitoring visits with zero major findings",
                "Maintained regulatory binders and delegation logs",
            ]),
            ("Research Assistant", "Lakeshore Cardiology Group", "2019 - 2021", [
                "Screened charts against eligibility criteria",
                "Processed and shipped lab kits to central labs",
                "Entered case report forms in two EDC systems",
            ]),
        ],
        "education": [
            "B.S. Biology, Northfield State University, 2019",
            "ACRP Certified Clinical Research Coordinator",
        ],
        "skills": [
            "GCP, ICH E6, IRB submissions, REDCap, OnCore",
            "Phlebotomy, vital signs, participant scheduling",
        ],
    },
    {
        "name": "Dmitri Alvarado-Shaw",
        "title": "Supply Chain Planner",
        "contact": "El Paso, TX  |  (915) 555-0128  |  d.alvaradoshaw@example.com",
        "summary": [
            "Planner balancing inventory, capacity and service for industrial parts.",
            "Comfortable between the plant floor and the finance team.",
        ],
        "jobs": [
            ("Supply Chain Planner", "Rio Grande Fastener Co.", "2019 - Present", [
                "Planned material for 1,800 active SKUs across two plants",
                "Lowered expedited freight spend by 22 percent",
                "Ran the monthly S&OP demand review",
            ]),
            ("Production Scheduler", "Mesa Components", "2016 - 2019", [
                "Scheduled three CNC cells against shifting orders",
                "Maintained MRP parameters and lead times",
                "Worked with buyers to clear aged inventory",
            ]),
        ],
        "education": [
            "B.B.A. Supply Chain Management, Franklin Mountain College, 2016",
            "APICS CPIM",
        ],
        "skills": [
            "SAP MM/PP, Excel, Power BI, demand planning",
            "Spanish (fluent), supplier communication",
        ],
    },
    {
        "name": "Helena Brightwater",
        "title": "Financial Analyst",
        "contact": "Denver, CO  |  (720) 555-0164  |  helena.brightwater@example.com",
        "summary": [
            "FP&A analyst with a background in audit and a taste for clean models.",
            "Builds budgets that operations teams can actually use.",
        ],
        "jobs": [
            ("Financial Analyst", "Summit Ridge Health Partners", "2020 - Present", [
                "Owned the annual budget for 11 outpatient clinics",
                "Built a rolling forecast model in Excel and Adaptive",
                "Presented variance reviews to department directors",
            ]),
            ("Audit Associate", "Larkspur & Vale LLP", "2017 - 2020", [
                "Tested revenue and payroll controls for mid-size clients",
                "Drafted workpapers and management letter points",
                "Passed all four CPA exam sections",
            ]),
        ],
        "education": [
            "B.S. Accounting, Front Range University, 2017",
            "Certified Public Accountant (Colorado)",
        ],
        "skills": [
            "Excel, Adaptive Insights, NetSuite, SQL basics",
            "Budgeting, variance analysis, audit readiness",
        ],
    },
    {
        "name": "Kwame Ostrowski",
        "title": "UX Designer",
        "contact": "Toronto, ON  |  (416) 555-0171  |  kwame.ostrowski@example.ca",
        "summary": [
            "Product designer working on public-facing services and internal tools.",
            "Runs research early and keeps designs close to real user tasks.",
        ],
        "jobs": [
            ("UX Designer", "Lakeview Civic Labs", "2021 - Present", [
                "Redesigned a permit application used by 30,000 residents",
                "Led usability tests with residents and front-desk staff",
                "Maintained the shared component library in Figma",
            ]),
            ("Interaction Designer", "Northbeam Studio", "2018 - 2021", [
                "Designed booking flows for fitness and clinic clients",
                "Produced prototypes for stakeholder reviews",
                "Worked with developers on responsive layouts",
            ]),
        ],
        "education": ["B.Des. Interaction Design, Humber Bay Institute, 2018"],
        "skills": [
            "Figma, usability testing, journey mapping, HTML/CSS",
            "WCAG 2.1, content design, workshop facilitation",
        ],
    },
]

# ---------------------------------------------------------------------------
# File table: index -> (format, kind, persona, phrase)
# ---------------------------------------------------------------------------

FILES = {
    1: ("pdf", "p_tr3", 0, "Led quarterly carrier risk reviews for finance"),
    2: ("docx", "d_pstyle_vanish", 3, "Coordinated three cross-border product launches"),
    3: ("pdf", "p_form_bbox_in", 1, "Introduced weekly blameless incident review sessions"),
    4: ("docx", "d_txbx_fits", 4, "Reduced month-end close from nine days"),
    5: ("pdf", "p_cm_offpage", 2, "Translated visit protocols for community field teams"),
    6: ("docx", "d_txbx_overflow", 5, "Designed accessible forms used by thousands"),
    7: ("pdf", "p_indexed_white", 3, "Negotiated shared freight contracts with partners"),
    8: ("docx", "d_row_exact_clip", 0, "Trained store managers on scheduling software"),
    9: ("pdf", "p_tr3_reset", 4, "Earned repeat engagements through careful documentation"),
    10: ("docx", "d_theme_text1", 1, "Kept legacy billing platform running smoothly"),
    11: ("pdf", "p_image_cover", 5, "Facilitated design sprints for municipal services"),
    12: ("docx", "d_first_hdr_off", 2, "Standardized lab sample labeling across sites"),
    13: ("pdf", "p_smask", 0, "Piloted predictive maintenance on packaging lines"),
    14: ("docx", "d_vml_fallback", 3, "Improved forecast accuracy for seasonal demand"),
    15: ("pdf", "p_multiply", 1, "Automated nightly reconciliation of ledger exports"),
    16: ("docx", "d_first_hdr_on", 4, "Streamlined grant reporting for small nonprofits"),
    17: ("pdf", "p_lighten", 2, "Presented findings at regional conferences"),
    18: ("docx", "d_theme_bg1", 5, "Built dashboards adopted by every region"),
    19: ("pdf", "p_type3_empty", 3, "Owned supplier scorecards for two plants"),
    20: ("docx", "d_pic_cover", 0, "Cut onboarding time by nearly half"),
    21: ("pdf", "p_white_on_image", 4, "Trusted to brief the executive committee"),
    22: ("docx", "d_pic_behind", 1, "Migrated customer records without any downtime"),
    23: ("pdf", "p_form_bbox_out", 5, "Chaired the campus sustainability working group"),
    24: ("docx", "d_orphan_footnote", 2, "Mentored four junior coordinators through certification"),
    25: ("pdf", "p_tm_flat", 0, "Rebuilt warehouse slotting logic from scratch"),
    26: ("docx", "d_vml_hidden", 3, "Handled escalations for top distributor accounts"),
    27: ("pdf", "p_indexed_dark", 1, "Ran volunteer coding clinics on weekends"),
    28: ("docx", "d_row_exact_fits", 4, "Drafted the clinic cost allocation playbook"),
    29: ("pdf", "p_ocmd_not", 2, "Known for clear and patient sponsor updates"),
    30: ("docx", "d_tblstyle_vanish", 5, "Authored internal guide to pricing experiments"),
}


# ---------------------------------------------------------------------------
# Images (Pillow, fixed shapes)
# ---------------------------------------------------------------------------

def img_skill_chart():
    """Opaque skills chart: 460 x 120 px, white card with bars."""
    im = Image.new("RGB", (460, 120), (250, 248, 252))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 459, 119], outline=(200, 190, 215), width=2)
    levels = [0.92, 0.78, 0.85, 0.64]
    for k, lv in enumerate(levels):
        y = 14 + k * 26
        d.rectangle([16, y, 140, y + 14], fill=(226, 220, 236))
        d.rectangle([160, y, 440, y + 14], fill=(232, 228, 240))
        d.rectangle([160, y, 160 + int(280 * lv), y + 14], fill=(104, 72, 150))
        for j in range(5):
            d.ellipse([20 + j * 22, y + 2, 30 + j * 22, y + 12], fill=(150, 130, 185))
    return im


def img_monogram(letters_rgb):
    im = Image.new("RGB", (96, 96), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse([2, 2, 93, 93], fill=letters_rgb)
    d.ellipse([14, 14, 81, 81], outline=(255, 255, 255), width=4)
    d.polygon([(48, 26), (70, 70), (26, 70)], outline=(255, 255, 255), width=4)
    return im


def img_dark_banner():
    """Dark slate banner with diagonal stripes, 1008 x 64 px."""
    im = Image.new("RGB", (1008, 64), (38, 50, 66))
    d = ImageDraw.Draw(im)
    for x in range(-64, 1008, 28):
        d.line([(x, 64), (x + 64, 0)], fill=(44, 58, 76), width=9)
    d.rectangle([0, 0, 9, 63], fill=(196, 150, 70))
    return im


def img_divider(dark):
    """Horizontal divider strip for DOCX (1300 x 48 px)."""
    if dark:
        base, dot, line = (236, 240, 245), (88, 110, 140), (178, 190, 206)
    else:
        base, dot, line = (246, 249, 252), (214, 224, 236), (228, 235, 244)
    im = Image.new("RGB", (1300, 48), base)
    d = ImageDraw.Draw(im)
    d.line([(0, 24), (1299, 24)], fill=line, width=3)
    for k in range(0, 1300, 100):
        d.ellipse([k + 40, 14, k + 60, 34], fill=dot)
    d.rectangle([0, 0, 1299, 2], fill=line)
    d.rectangle([0, 45, 1299, 47], fill=line)
    return im


def png_bytes(im):
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False, compress_level=9)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Minimal PDF writer
# ---------------------------------------------------------------------------

def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


class PDFWriter:
    def __init__(self, version="1.4"):
        self.version = version
        self.objs = {}
        self.n = 0

    def reserve(self):
        self.n += 1
        return self.n

    def put(self, num, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[num] = body

    def add(self, body):
        num = self.reserve()
        self.put(num, body)
        return num

    @staticmethod
    def stream(dict_items, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            dict_items = dict_items + " /Filter /FlateDecode"
        head = ("<< %s /Length %d >>\nstream\n" % (dict_items.strip(), len(data))).encode("latin-1")
        return head + data + b"\nendstream"

    def add_stream(self, dict_items, data, compress=True):
        return self.add(self.stream(dict_items, data, compress))

    def finish(self, root, info):
        out = bytearray(b"%PDF-" + self.version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for num in range(1, self.n + 1):
            offs[num] = len(out)
            out += b"%d 0 obj\n" % num + self.objs[num] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (self.n + 1)
        for num in range(1, self.n + 1):
            out += b"%010d 00000 n \n" % offs[num]
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (
            "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (self.n + 1, root, info, fid, fid, xref)
        ).encode("latin-1")
        return bytes(out)


PDF_STYLES = [
    # page size, fonts (regular, bold, italic), accent rgb, header style
    {"size": (612, 792), "fonts": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
     "accent": (0.12, 0.23, 0.40), "header": "rule"},
    {"size": (595, 842), "fonts": ("Times-Roman", "Times-Bold", "Times-Italic"),
     "accent": (0.10, 0.33, 0.24), "header": "band"},
    {"size": (612, 792), "fonts": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
     "accent": (0.05, 0.40, 0.42), "header": "plain"},
    {"size": (595, 842), "fonts": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
     "accent": (0.45, 0.12, 0.16), "header": "band"},
    {"size": (612, 792), "fonts": ("Times-Roman", "Times-Bold", "Times-Italic"),
     "accent": (0.18, 0.24, 0.31), "header": "rule"},
    {"size": (595, 842), "fonts": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
     "accent": (0.36, 0.24, 0.55), "header": "plain"},
]


def rgb(c):
    return "%.3f %.3f %.3f" % c


def tx(font, size, x, y, s):
    return "BT /%s %g Tf %.2f %.2f Td %s Tj ET" % (font, size, x, y, pdf_str(s).decode("latin-1"))


def image_xobject(w, im):
    raw = im.tobytes()
    return w.add_stream(
        "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8"
        % im.size, raw)


def type3_font(w):
    """A Type 3 font whose glyph procedures paint nothing (with a ToUnicode map)."""
    empty = w.add_stream("", b"0 0 0 0 0 0 d1\n", compress=False)
    codes = [32, 38, 44, 45, 46] + list(range(48, 58)) + list(range(65, 91)) + list(range(97, 123))
    names = {32: "space", 38: "ampersand", 44: "comma", 45: "hyphen", 46: "period"}
    digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    for k in range(10):
        names[48 + k] = digits[k]
    for c in range(65, 91):
        names[c] = chr(c)
    for c in range(97, 123):
        names[c] = chr(c)
    diffs = " ".join("%d /%s" % (c, names[c]) for c in codes)
    procs = " ".join("/%s %d 0 R" % (names[c], empty) for c in codes)
    widths = []
    for c in range(32, 123):
        if c == 32:
            widths.append(278)
        elif c in names and (65 <= c <= 90):
            widths.append(667)
        elif c in names and (97 <= c <= 122):
            widths.append(500 if c not in (105, 106, 108, 102, 116, 109, 119) else (222 if c in (105, 106, 108) else 278 if c in (102, 116) else 833 if c == 109 else 722))
        elif c in names:
            widths.append(556 if 48 <= c <= 57 else 333)
        else:
            widths.append(0)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        "1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("latin-1")
    tou = w.add_stream("", cmap)
    return w.add(
        "<< /Type /Font /Subtype /Type3 /Name /T3Note /FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0]"
        " /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >>"
        " /FirstChar 32 /LastChar 122 /Widths [%s] /Resources << >> /ToUnicode %d 0 R >>"
        % (procs, diffs, " ".join(str(x) for x in widths), tou))


def build_pdf(i, kind, pidx, phrase):
    p = PERSONAS[pidx]
    st = PDF_STYLES[pidx]
    W, H = st["size"]
    fr, fb, fi = "F1", "F2", "F3"
    acc = st["accent"]
    version = "1.7" if kind in ("p_smask", "p_lighten", "p_multiply", "p_ocmd_not", "p_indexed_white",
                                "p_indexed_dark") else ("1.6" if kind.startswith("p_form") else "1.4")
    w = PDFWriter(version)
    catalog = w.reserve()
    pages = w.reserve()
    page = w.reserve()
    fonts = {}
    for key, base in zip(("F1", "F2", "F3"), st["fonts"]):
        fonts[key] = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base)
    font_res = " ".join("/%s %d 0 R" % (k, v) for k, v in fonts.items())
    xobjs, gstates, cspaces, props = {}, {}, {}, {}
    cat_extra = ""
    ops = []
    L = 54
    R = W - 54

    if kind == "p_lighten":
        # plain white page background painted first (as many generators do)
        ops.append("1 1 1 rg 0 0 %d %d re f" % (W, H))

    # ---- header
    y = H - 64
    if st["header"] == "band":
        ops.append("%s rg 0 %d %d %d re f" % (rgb(acc), H - 104, W, 104))
        ops.append("1 1 1 rg " + tx(fb, 22, L, H - 52, p["name"]))
        ops.append("0.92 0.95 0.93 rg " + tx(fr, 11, L, H - 70, p["title"]))
        ops.append(tx(fr, 9, L, H - 88, p["contact"]))
        y = H - 134
    else:
        ops.append("%s rg " % rgb(acc) + tx(fb, 22, L, y, p["name"]))
        ops.append("0.25 0.25 0.25 rg " + tx(fr, 11, L, y - 18, p["title"]))
        ops.append(tx(fr, 9, L, y - 34, p["contact"]))
        if st["header"] == "rule":
            ops.append("%s RG 1.2 w %d %.2f m %d %.2f l S" % (rgb(acc), L, y - 46, R, y - 46))
        y -= 72
    if pidx == 5:
        xobjs["Im1"] = image_xobject(w, img_monogram((92, 62, 140)))
        ops.append("q 56 0 0 56 %d %d cm /Im1 Do Q" % (R - 56, H - 100))

    def heading(label):
        nonlocal y
        ops.append("%s rg " % rgb(acc) + tx(fb, 11.5, L, y, label.upper()))
        if st["header"] != "plain":
            ops.append("%s RG 0.6 w %d %.2f m %d %.2f l S" % (rgb(acc), L, y - 4, R, y - 4))
        y -= 20

    heading("Profile")
    for line in p["summary"]:
        ops.append("0.15 0.15 0.15 rg " + tx(fr, 10, L, y, line))
        y -= 13.5
    y -= 8
    heading("Experience")
    slot = None
    for jn, (role, comp, dates, bullets) in enumerate(p["jobs"]):
        ops.append("0.1 0.1 0.1 rg " + tx(fb, 10.5, L, y, role + ", " + comp))
        ops.append("0.35 0.35 0.35 rg " + tx(fi, 9.5, R - 80, y, dates))
        y -= 15
        for b in bullets:
            ops.append("0.15 0.15 0.15 rg " + tx(fr, 10, L + 6, y, "\u2022"))
            ops.append(tx(fr, 10, L + 18, y, b))
            y -= 13.5
        if jn == 0:
            slot = (L + 18, y)
            y -= 13.5
        y -= 8
    heading("Education")
    edu_top = y + 20
    for line in p["education"]:
        ops.append("0.15 0.15 0.15 rg " + tx(fr, 10, L, y, line))
        y -= 13.5
    y -= 8
    heading("Skills")
    for line in p["skills"]:
        ops.append("0.15 0.15 0.15 rg " + tx(fr, 10, L, y, line))
        y -= 13.5
    y -= 10
    bottom_y = y

    sx, sy = slot
    ph = phrase
    bullet_ops = "0.15 0.15 0.15 rg " + tx(fr, 10, sx - 12, sy, "\u2022")

    # ---- kinds
    if kind == "p_tr3":
        ops.append("q 0 g BT 3 Tr /%s 10 Tf %.2f %.2f Td %s Tj ET Q" % (fr, sx, sy, pdf_str(ph).decode("latin-1")))
    elif kind == "p_cm_offpage":
        ops.append("q 1 0 0 1 %d 0 cm 0.15 0.15 0.15 rg " % (W + 240) + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_indexed_white":
        cspaces["CS0"] = "[/Indexed /DeviceRGB 1 <2E2A26FFFFFF>]"
        ops.append("q /CS0 cs 1 sc " + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_image_cover":
        im = img_skill_chart()
        xobjs["Im2"] = image_xobject(w, im)
        iw, ih = 230, 60
        ix, iy = R - iw, edu_top - ih + 4
        ops.append("0.15 0.15 0.15 rg " + tx(fr, 8, ix + 10, iy + 26, ph))
        ops.append("q %d 0 0 %d %d %.2f cm /Im2 Do Q" % (iw, ih, ix, iy))
    elif kind == "p_smask":
        grp = w.add_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Group << /S /Transparency /CS /DeviceGray >> /Resources << >>" % (W, H),
            ("0 g 0 0 %d %d re f\n" % (W, H)).encode())
        gstates["GS0"] = "<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>" % grp
        ops.append("q /GS0 gs 0.15 0.15 0.15 rg " + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_lighten":
        gstates["GS0"] = "<< /Type /ExtGState /BM /Lighten >>"
        ops.append("q /GS0 gs 0.1 0.1 0.1 rg " + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_type3_empty":
        fonts["F9"] = type3_font(w)
        font_res = " ".join("/%s %d 0 R" % (k, v) for k, v in fonts.items())
        ops.append("0.15 0.15 0.15 rg " + tx("F9", 10, sx, sy, ph))
    elif kind == "p_form_bbox_out":
        form = w.add_stream(
            "/Type /XObject /Subtype /Form /FormType 1 /BBox [0 -40 320 -28] /Matrix [1 0 0 1 0 0]"
            " /Resources << /Font << /F1 %d 0 R >> >>" % fonts["F1"],
            ("0.15 0.15 0.15 rg " + tx("F1", 10, 0, 0, ph) + "\n").encode("latin-1"))
        xobjs["Fm0"] = form
        ops.append("q 1 0 0 1 %.2f %.2f cm /Fm0 Do Q" % (sx, sy))
    elif kind == "p_tm_flat":
        ops.append("0.15 0.15 0.15 rg BT /%s 10 Tf 1 0 0 0 %.2f %.2f Tm %s Tj ET" % (fr, sx, sy, pdf_str(ph).decode("latin-1")))
    elif kind == "p_ocmd_not":
        ocg = w.add("<< /Type /OCG /Name (Print details) /Intent /View >>")
        ocmd = w.add("<< /Type /OCMD /OCGs [%d 0 R] /P /AnyOn /VE [/Not %d 0 R] >>" % (ocg, ocg))
        props["MC0"] = ocmd
        cat_extra = " /OCProperties << /OCGs [%d 0 R] /D << /Name (Default) /BaseState /ON /ON [%d 0 R] /Order [%d 0 R] >> >>" % (ocg, ocg, ocg)
        ops.append("/OC /MC0 BDC 0.15 0.15 0.15 rg " + tx(fr, 10, sx, sy, ph) + " EMC")
    # controls
    elif kind == "p_form_bbox_in":
        form = w.add_stream(
            "/Type /XObject /Subtype /Form /FormType 1 /BBox [-2 -4 330 12] /Matrix [1 0 0 1 0 0]"
            " /Resources << /Font << /F1 %d 0 R >> >>" % fonts["F1"],
            ("0.15 0.15 0.15 rg " + tx("F1", 10, 0, 0, ph) + "\n").encode("latin-1"))
        xobjs["Fm0"] = form
        ops.append(bullet_ops)
        ops.append("q 1 0 0 1 %.2f %.2f cm /Fm0 Do Q" % (sx, sy))
    elif kind == "p_tr3_reset":
        ops.append(bullet_ops)
        ops.append("q 0.15 0.15 0.15 rg BT 3 Tr /%s 10 Tf %.2f %.2f Td () Tj 0 Tr %s Tj ET Q" % (fr, sx, sy, pdf_str(ph).decode("latin-1")))
    elif kind == "p_multiply":
        gstates["GS0"] = "<< /Type /ExtGState /BM /Multiply /ca 1 /CA 1 >>"
        ops.append(bullet_ops)
        ops.append("q /GS0 gs 0.15 0.15 0.15 rg " + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_indexed_dark":
        cspaces["CS0"] = "[/Indexed /DeviceRGB 1 <FFFFFF1C2A3A>]"
        ops.append(bullet_ops)
        ops.append("q /CS0 cs 1 sc " + tx(fr, 10, sx, sy, ph) + " Q")
    elif kind == "p_white_on_image":
        xobjs["Im2"] = image_xobject(w, img_dark_banner())
        bh = 32
        by = bottom_y - bh + 8
        ops.append("q %d 0 0 %d %d %.2f cm /Im2 Do Q" % (R - L, bh, L, by))
        ops.append("1 1 1 rg " + tx(fb, 10, L + 14, by + 12, "Highlight:"))
        ops.append("1 1 1 rg " + tx(fr, 10, L + 76, by + 12, ph))
    else:
        raise ValueError(kind)

    content = ("\n".join(ops) + "\n").encode("latin-1")
    cont = w.add_stream("", content)
    res = "/ProcSet [/PDF /Text /ImageC] /Font << %s >>" % font_res
    if xobjs:
        res += " /XObject << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(xobjs.items()))
    if gstates:
        res += " /ExtGState << %s >>" % " ".join("/%s %s" % kv for kv in sorted(gstates.items()))
    if cspaces:
        res += " /ColorSpace << %s >>" % " ".join("/%s %s" % kv for kv in sorted(cspaces.items()))
    if props:
        res += " /Properties << %s >>" % " ".join("/%s %d 0 R" % kv for kv in sorted(props.items()))
    w.put(page, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << %s >> /Contents %d 0 R >>"
          % (pages, W, H, res, cont))
    w.put(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    w.put(catalog, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, cat_extra))
    info = w.add("<< /Title %s /Author %s /Creator (Resume Builder 4.2) /Producer (rb-pdf 4.2)"
                 " /CreationDate (D:20260311094500Z) /ModDate (D:20260311094500Z) >>"
                 % (pdf_str(p["name"] + " - Resume").decode("latin-1"), pdf_str(p["name"]).decode("latin-1")))
    return w.finish(catalog, info)


# ---------------------------------------------------------------------------
# DOCX (WordprocessingML written by hand)
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
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def root_attrs():
    return " ".join('xmlns:%s="%s"' % kv for kv in NS.items()) + ' mc:Ignorable="w14 w15 wp14"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, rpr=""):
    sp = ' xml:space="preserve"' if (text[:1] == " " or text[-1:] == " ") else ""
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rp, sp, esc(text))


def para(content, style=None, ppr=""):
    pp = ""
    if style or ppr:
        pp = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", ppr)
    return "<w:p>%s%s</w:p>" % (pp, content)


DOCX_STYLES = [
    # page (w, h) twips, body font (None = theme), size half-points, accent hex
    {"page": (12240, 15840), "font": None, "sz": 21, "accent": "1F3B66"},
    {"page": (11906, 16838), "font": "Cambria", "sz": 21, "accent": "1A5440"},
    {"page": (12240, 15840), "font": None, "sz": 20, "accent": "0D666B"},
    {"page": (11906, 16838), "font": "Georgia", "sz": 20, "accent": "73202A"},
    {"page": (12240, 15840), "font": "Garamond", "sz": 22, "accent": "2E3D4F"},
    {"page": (11906, 16838), "font": None, "sz": 20, "accent": "5C3D8C"},
]

MARGIN = 1080  # 0.75 in
EMU_PER_TWIP = 635


def txbx_anchor(docpr_id, name, cx, cy, paras_xml, rel_h, fill=None, line=None, wrap="<wp:wrapTopAndBottom/>",
                vert_overflow="overflow"):
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    line_xml = ('<a:ln w="6350"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else "<a:ln><a:noFill/></a:ln>"
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="5E1A%04X" wp14:editId="5E1B%04X">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="%s"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="%s" horzOverflow="overflow" vert="horz" wrap="square" '
        'lIns="0" tIns="0" rIns="0" bIns="0" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="t" anchorCtr="0" '
        'forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        % (rel_h, docpr_id, docpr_id, cx, cy, wrap, docpr_id, name, A_NS, cx, cy, fill_xml, line_xml, paras_xml,
           vert_overflow))


def pic_anchor(docpr_id, rid, cx, cy, behind, rel_h, descr):
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="3C2D%04X" wp14:editId="3C2E%04X">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-12700</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="Picture %d" descr="%s"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="%s" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="%s"><a:graphicData uri="%s"><pic:pic xmlns:pic="%s">'
        '<pic:nvPicPr><pic:cNvPr id="%d" name="Picture %d"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="%s"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}">'
        '<a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst>'
        '</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        '</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        % (rel_h, 1 if behind else 0, docpr_id, docpr_id, cx, cy, docpr_id, docpr_id, esc(descr), A_NS, A_NS,
           PIC_NS, PIC_NS, docpr_id, docpr_id, rid, cx, cy))


VML_SHAPETYPE = (
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def vml_textbox(spid, style, paras_xml):
    return (
        '<w:pict>%s<v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="%s" '
        'filled="f" stroked="f" strokeweight=".5pt"><v:textbox inset="0,0,0,0">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
        % (VML_SHAPETYPE, spid, 24 + spid, style, paras_xml))


EXACT12 = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/>'


def docx_parts(kind, pidx, phrase):
    """Returns (document_xml, extra_parts list of (name, xml/bytes, ctype, reltype, rid) , extras dict)."""
    p = PERSONAS[pidx]
    ds = DOCX_STYLES[pidx]
    pw, phh = ds["page"]
    text_w = pw - 2 * MARGIN
    text_w_emu = text_w * EMU_PER_TWIP
    extra = []          # (partname, data, content type, rel type, rId)
    flags = {"footnotes": False, "extra_styles": "", "titlePg": False, "headers": []}
    body = []
    body.append(para(run(p["name"]), "Title"))
    body.append(para(run(p["title"]), "Tagline"))
    body.append(para(run(p["contact"]), "Contact"))
    body.append(para(run("Profile"), "Heading1"))
    body.append(para(run(" ".join(p["summary"]))))
    body.append(para(run("Experience"), "Heading1"))

    def slot():
        ph = phrase
        if kind == "d_pstyle_vanish":
            flags["extra_styles"] += (
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ProfileNote">'
                '<w:name w:val="Profile Note"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                '<w:qFormat/><w:rsid w:val="00A41C2E"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="360"/></w:pPr>'
                '<w:rPr><w:i/><w:vanish/><w:color w:val="404040"/></w:rPr></w:style>')
            return [para(run(ph), "ProfileNote")]
        if kind in ("d_txbx_fits", "d_txbx_overflow"):
            first = "Portfolio and references available on request"
            cy = 152400 if kind == "d_txbx_overflow" else 381000
            inner = (para(run(first, '<w:i/><w:color w:val="404040"/>'), None, EXACT12)
                     + para(run(ph, '<w:color w:val="404040"/>'), None, EXACT12))
            anc = txbx_anchor(1, "Text Box 1", 3657600, cy, inner, 251659264,
                              vert_overflow="clip" if kind == "d_txbx_overflow" else "overflow")
            return [para("<w:r>%s</w:r>" % anc, None, '<w:spacing w:before="60" w:after="60"/><w:ind w:left="360"/>')]
        if kind in ("d_row_exact_clip", "d_row_exact_fits"):
            hgt = 240 if kind == "d_row_exact_clip" else 520
            first = "Languages: English (native), Spanish (professional)"
            cell = (para(run(first), None, EXACT12) + para(run(ph), None, EXACT12))
            tbl = (
                '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblInd w:w="360" w:type="dxa"/>'
                '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
                '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
                '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>'
                '<w:tr><w:trPr><w:trHeight w:val="%d" w:hRule="exact"/></w:trPr>'
                '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
                % (text_w - 360, text_w - 360, hgt, text_w - 360, cell))
            return [tbl, para("", None, '<w:spacing w:after="0"/>')]
        if kind == "d_theme_text1":
            return [para(run(ph, '<w:color w:val="FFFFFF" w:themeColor="text1"/>'), "ListBullet")]
        if kind == "d_theme_bg1":
            return [para(run(ph, '<w:color w:val="262626" w:themeColor="background1"/>'), None, '<w:ind w:left="360"/>')]
        if kind in ("d_first_hdr_off", "d_first_hdr_on"):
            return []
        if kind == "d_vml_fallback":
            visible = "Certifications: APICS CPIM, Lean basics (2018)"
            choice_inner = para(run(visible, '<w:i/>'), None, EXACT12)
            choice = txbx_anchor(1, "Text Box 1", 4572000, 228600, choice_inner, 251659264)
            fb_inner = para(run(ph, '<w:i/>'), None, EXACT12)
            fallback = vml_textbox(1, "position:absolute;margin-left:0;margin-top:0;width:5in;height:18pt;z-index:251659264;"
                                      "mso-position-horizontal-relative:text;mso-position-vertical-relative:text;"
                                      "mso-width-relative:margin;mso-height-relative:margin", fb_inner)
            ac = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
                  '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fallback))
            return [para(ac, None, '<w:spacing w:before="60" w:after="60"/><w:ind w:left="360"/>')]
        if kind == "d_vml_hidden":
            inner = para(run(ph, '<w:i/>'), None, EXACT12)
            shape = vml_textbox(1, "position:absolute;margin-left:0;margin-top:0;width:5in;height:18pt;z-index:251659264;"
                                   "visibility:hidden;mso-position-horizontal-relative:text;"
                                   "mso-position-vertical-relative:text", inner)
            return [para("<w:r>%s</w:r>" % shape, None, '<w:spacing w:after="0"/><w:ind w:left="360"/>')]
        if kind in ("d_pic_cover", "d_pic_behind"):
            behind = kind == "d_pic_behind"
            extra.append(("word/media/image1.png", png_bytes(img_divider(dark=not behind)), None,
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "rId20"))
            anc = pic_anchor(2, "rId20", text_w_emu, 304800, behind, 251660288 if not behind else 251658240,
                             "Decorative divider")
            return [para("<w:r>%s</w:r>" % anc + run(ph), None,
                         '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="exact"/><w:ind w:left="360"/>')]
        if kind == "d_orphan_footnote":
            flags["footnotes"] = True
            return []
        if kind == "d_tblstyle_vanish":
            flags["extra_styles"] += (
                '<w:style w:type="table" w:customStyle="1" w:styleId="NoteGrid"><w:name w:val="Note Grid"/>'
                '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="99"/><w:rsid w:val="00B62F14"/>'
                '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:i/><w:vanish/><w:color w:val="404040"/></w:rPr>'
                '<w:tblPr><w:tblInd w:w="360" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
                '</w:tblCellMar></w:tblPr></w:style>')
            tbl = (
                '<w:tbl><w:tblPr><w:tblStyle w:val="NoteGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
                '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>'
                '<w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
                % (text_w - 360, text_w - 360, text_w - 360, para(run(ph))))
            return [tbl, para("", None, '<w:spacing w:after="0"/>')]
        raise ValueError(kind)

    for jn, (role, comp, dates, bullets) in enumerate(p["jobs"]):
        body.append(para(run(role + ", " + comp, "<w:b/>") + "<w:r><w:tab/></w:r>" + run(dates, "<w:i/>"), "JobLine"))
        for b in bullets:
            body.append(para(run(b), "ListBullet"))
        if jn == 0:
            body.extend(slot())
    body.append(para(run("Education"), "Heading1"))
    for line in p["education"]:
        body.append(para(run(line)))
    body.append(para(run("Skills"), "Heading1"))
    for line in p["skills"]:
        body.append(para(run(line), "ListBullet"))

    # headers
    hdr_refs = ""
    if kind in ("d_first_hdr_off", "d_first_hdr_on"):
        default_h = para(run(p["name"] + "  |  Resume", '<w:color w:val="7F7F7F"/>'), "Header", '<w:jc w:val="right"/>')
        first_h = para(run(phrase, '<w:i/><w:color w:val="595959"/>'), "Header", '<w:jc w:val="right"/>')
        extra.append(("word/header1.xml", hdr_xml(default_h),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "rId21"))
        extra.append(("word/header2.xml", hdr_xml(first_h),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "rId22"))
        hdr_refs = '<w:headerReference w:type="default" r:id="rId21"/><w:headerReference w:type="first" r:id="rId22"/>'
        flags["titlePg"] = kind == "d_first_hdr_on"
    if flags["footnotes"]:
        extra.append(("word/footnotes.xml", notes_xml("footnote", phrase),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "rId23"))
        extra.append(("word/endnotes.xml", notes_xml("endnote", None),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes", "rId24"))

    sect = (
        '<w:sectPr w:rsidR="00C3127A" w:rsidSect="00C3127A">%s<w:pgSz w:w="%d" w:h="%d"/>'
        '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="576" w:footer="576" w:gutter="0"/>'
        '<w:cols w:space="720"/>%s<w:docGrid w:linePitch="360"/></w:sectPr>'
        % (hdr_refs, pw, phh, MARGIN, MARGIN, MARGIN, MARGIN, "<w:titlePg/>" if flags["titlePg"] else ""))
    doc = (XML_HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>' % (root_attrs(), "".join(body), sect))
    return doc, extra, flags, text_w


def hdr_xml(paras):
    return XML_HEAD + '<w:hdr %s>%s</w:hdr>' % (root_attrs(), paras)


def notes_xml(which, phrase):
    tag = "w:" + which
    sep = ('<%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></%s>' % (tag, tag))
    cont = ('<%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></%s>' % (tag, tag))
    body = sep + cont
    if phrase is not None:
        body += ('<%s w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                 '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></%s>' % (tag, run(phrase), tag))
    return XML_HEAD + '<w:%ss %s>%s</w:%ss>' % (which, root_attrs(), body, which)


def styles_xml(pidx, extra_styles, text_w):
    ds = DOCX_STYLES[pidx]
    acc = ds["accent"]
    if ds["font"]:
        fonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % ((ds["font"],) * 4)
    else:
        fonts = '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
    latent = "".join(
        '<w:lsdException w:name="%s" w:uiPriority="%d" w:qFormat="1"/>' % (n, u)
        for n, u in (("Normal", 0), ("heading 1", 9), ("heading 2", 9), ("Title", 10), ("Subtitle", 11),
                     ("Strong", 22), ("Emphasis", 20), ("List Paragraph", 34)))
    latent += ''.join('<w:lsdException w:name="%s" w:semiHidden="1" w:unhideWhenUsed="1"/>' % n
                      for n in ("header", "footer", "footnote text", "footnote reference", "List Bullet"))
    return XML_HEAD + (
        '<w:styles xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" mc:Ignorable="w14 w15">'
        '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
        '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
        'w:defQFormat="0" w:count="376">%s</w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
        '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:b/><w:color w:val="%s"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:b/><w:color w:val="%s"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tagline"><w:name w:val="Tagline"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Contact"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Contact"><w:name w:val="Contact"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="%s"/></w:pBdr>'
        '<w:spacing w:after="160"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobLine"><w:name w:val="Job Line"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="ListBullet"/><w:qFormat/><w:pPr><w:keepNext/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>'
        '<w:spacing w:before="120" w:after="40"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
        '<w:spacing w:after="20"/><w:contextualSpacing/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
        '<w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>'
        '%s</w:styles>'
        % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"], fonts, ds["sz"], ds["sz"], latent,
           acc, acc, acc, acc, acc, text_w, extra_styles))


def numbering_xml():
    return XML_HEAD + (
        '<w:numbering %s><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="2ABA9E8C"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/>'
        '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % root_attrs())


def settings_xml(footnotes):
    notes = ""
    if footnotes:
        notes = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                 '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    return XML_HEAD + (
        '<w:settings xmlns:mc="%s" xmlns:o="%s" xmlns:r="%s" xmlns:m="%s" xmlns:v="%s" xmlns:w10="%s" xmlns:w="%s" '
        'xmlns:w14="%s" xmlns:w15="%s" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
        '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>%s'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '</w:compat><w:rsids><w:rsidRoot w:val="00C3127A"/><w:rsid w:val="00A41C2E"/><w:rsid w:val="00B62F14"/>'
        '<w:rsid w:val="00C3127A"/></w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
        '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
        '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="en-US"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
        'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
        'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
        '</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        '<w14:docId w14:val="6B2E1F0A"/><w15:chartTrackingRefBased/><w15:docId w15:val="{4D1C7A52-2E0B-4F7B-9C31-0A6E2B5D8F14}"/>'
        '</w:settings>'
        % (NS["mc"], NS["o"], NS["r"], NS["m"], NS["v"], NS["w10"], NS["w"], NS["w14"], NS["w15"], notes))


def websettings_xml():
    return XML_HEAD + (
        '<w:webSettings xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" mc:Ignorable="w14 w15">'
        '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"]))


def fonttable_xml():
    def font(name, panose, family, pitch, sig):
        return ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="00"/><w:family w:val="%s"/>'
                '<w:pitch w:val="%s"/><w:sig %s/></w:font>' % (name, panose, family, pitch, sig))
    sig = 'w:usb0="E4002EFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"'
    return XML_HEAD + (
        '<w:fonts xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" xmlns:w14="%s" xmlns:w15="%s" mc:Ignorable="w14 w15">%s</w:fonts>'
        % (NS["mc"], NS["r"], NS["w"], NS["w14"], NS["w15"],
           font("Symbol", "05050102010706020507", "roman", "variable",
                'w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"')
           + font("Calibri", "020F0502020204030204", "swiss", "variable", sig)
           + font("Times New Roman", "02020603050405020304", "roman", "variable", sig)
           + font("Cambria", "02040503050406030204", "roman", "variable", sig)
           + font("Georgia", "02040502050405020303", "roman", "variable", sig)
           + font("Garamond", "02020404030301010803", "roman", "variable", sig)
           + font("Calibri Light", "020F0302020204030204", "swiss", "variable", sig)))


def theme_xml():
    a = A_NS
    clr = (
        '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
        '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>'
        '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1>'
        '<a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3>'
        '<a:accent4><a:srgbClr val="0F9ED5"/></a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5>'
        '<a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
        '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>')
    fnt = (
        '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
        '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
        'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    fmt = (
        '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>'
        '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
        '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
        '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
        '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
        '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
        '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme>' % ((solid,) * 9))
    return XML_HEAD + (
        '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>%s%s%s</a:themeElements>'
        '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>' % (a, clr, fnt, fmt))


def core_xml(p):
    return XML_HEAD + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s - Resume</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>3</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-17T08:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-17T09:04:00Z</dcterms:modified></cp:coreProperties>'
        % (esc(p["name"]), esc(p["name"]), esc(p["name"])))


def app_xml(words, chars, paras):
    return XML_HEAD + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>52</TotalTime><Pages>1</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
        % (words, chars - words, paras + 4, paras, chars))


def build_docx(i, kind, pidx, phrase):
    p = PERSONAS[pidx]
    doc, extra, flags, text_w = docx_parts(kind, pidx, phrase)
    plain = [p["name"], p["title"], p["contact"]] + p["summary"] + p["education"] + p["skills"]
    for role, comp, dates, bl in p["jobs"]:
        plain += [role, comp, dates] + bl
    alltext = " ".join(plain)
    words = len(alltext.split())
    chars = len(alltext)
    nparas = 14 + len(p["education"]) + len(p["skills"])

    ct_over = [
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    ]
    for name, data, ctype, rtype, rid in extra:
        if ctype:
            ct_over.append(("/" + name, ctype))
    ct_over += [
        ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
        ("/word/webSettings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"),
        ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    has_png = any(n.endswith(".png") for n, *_ in extra)
    ct = XML_HEAD + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + ('<Default Extension="png" ContentType="image/png"/>' if has_png else "")
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join('<Override PartName="%s" ContentType="%s"/>' % kv for kv in ct_over) + "</Types>")
    pkg_rels = XML_HEAD + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = [
        ("rId3", R + "settings", "settings.xml"),
        ("rId2", R + "styles", "styles.xml"),
        ("rId1", R + "numbering", "numbering.xml"),
        ("rId4", R + "webSettings", "webSettings.xml"),
    ]
    for name, data, ctype, rtype, rid in extra:
        rels.append((rid, rtype, name[len("word/"):]))
    rels += [("rId5", R + "fontTable", "fontTable.xml"), ("rId6", R + "theme", "theme/theme1.xml")]
    doc_rels = XML_HEAD + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r for r in rels) + "</Relationships>")

    members = [("[Content_Types].xml", ct), ("_rels/.rels", pkg_rels), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", doc_rels)]
    for name, data, ctype, rtype, rid in extra:
        if not name.endswith(".png"):
            members.append((name, data))
    for name, data, ctype, rtype, rid in extra:
        if name.endswith(".png"):
            members.append((name, data))
    members += [
        ("word/theme/theme1.xml", theme_xml()),
        ("word/settings.xml", settings_xml(flags["footnotes"])),
        ("word/styles.xml", styles_xml(pidx, flags["extra_styles"], text_w)),
        ("word/numbering.xml", numbering_xml()),
        ("word/webSettings.xml", websettings_xml()),
        ("word/fontTable.xml", fonttable_xml()),
        ("docProps/core.xml", core_xml(p)),
        ("docProps/app.xml", app_xml(words, chars, nparas)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


# ---------------------------------------------------------------------------

def build(i, phrase=None):
    fmt, kind, pidx, default_phrase = FILES[i]
    ph = default_phrase if phrase is None else phrase
    name = "resume_%02d.%s" % (i, fmt)
    if fmt == "pdf":
        data = build_pdf(i, kind, pidx, ph)
    else:
        data = build_docx(i, kind, pidx, ph)
    return name, data


def main(argv):
    if len(argv) != 2:
        print("usage: python make_hidden_blind12.py OUTDIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for i in sorted(FILES):
        name, data = build(i)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(FILES), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
