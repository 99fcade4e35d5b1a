#!/usr/bin/env python3
"""Generator for hidden_blind10: 30 one-page resume files (15 PDF, 15 DOCX).

Usage:  python make_hidden_blind10.py OUTDIR

Each file carries exactly one marker phrase, either hidden from a human reader
or visible (a control).  Labels live in labels.json next to this script; this
module only builds the files.  `build(i, phrase=None)` returns (name, bytes)
for file i (1..30); `phrase` overrides the marker phrase (an empty string gives
the same layout without the phrase, used for render comparisons).

Deterministic: no randomness, fixed dates, fixed zip member order and
attributes.  Uses Pillow and the standard library only.
"""
import hashlib
import io
import os
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# ---------------------------------------------------------------------------
# Marker phrases (index 1..30)
# ---------------------------------------------------------------------------
PHRASES = {
    1: "Cut vendor onboarding time by forty percent",
    2: "Mentored six junior analysts through certification",
    3: "Built automated regression suite for billing",
    4: "Negotiated freight contracts saving eighty thousand",
    5: "Launched bilingual customer support hotline",
    6: "Redesigned warehouse slotting for faster picking",
    7: "Managed quarterly budget forecasts for operations",
    8: "Presented findings at regional nursing conference",
    9: "Streamlined grant reporting across three departments",
    10: "Coordinated volunteer events for local food bank",
    11: "Migrated legacy payroll data without downtime",
    12: "Trained staff on new scheduling software",
    13: "Authored internal style guide for documentation",
    14: "Improved first-call resolution rate by twelve points",
    15: "Implemented lean practices on assembly line",
    16: "Designed onboarding workshops for remote engineers",
    17: "Reconciled intercompany accounts across four subsidiaries",
    18: "Led accessibility audit of public website",
    19: "Drafted safety procedures adopted company wide",
    20: "Supervised night shift of twelve technicians",
    21: "Expanded wholesale accounts into northern markets",
    22: "Maintained fleet records for forty vehicles",
    23: "Developed curriculum for evening coding bootcamp",
    24: "Optimized cloud spend with reserved instance planning",
    25: "Organized annual supplier quality review summit",
    26: "Translated technical manuals from German to English",
    27: "Secured two municipal grants for library programs",
    28: "Automated weekly sales dashboards using SQL",
    29: "Resolved escalated insurance claims within deadline",
    30: "Piloted telehealth intake process for clinic",
}

# file index -> kind name (odd = PDF, even = DOCX)
KINDS = {
    1: "pdf_flat_text_matrix",
    3: "pdf_ctl_light_grey",
    5: "pdf_rise_off_top",
    7: "pdf_image_over_text",
    9: "pdf_ctl_half_alpha",
    11: "pdf_image_same_colour",
    13: "pdf_empty_pattern_fill",
    15: "pdf_ctl_white_on_image",
    17: "pdf_form_bbox_elsewhere",
    19: "pdf_annot_cover",
    21: "pdf_ctl_condensed",
    23: "pdf_softmask_black",
    25: "pdf_blend_lighten",
    27: "pdf_ctl_form_bbox_contains",
    29: "pdf_type3_empty_glyphs",
    2: "docx_pstyle_vanish",
    4: "docx_ctl_light_grey",
    6: "docx_theme_background1",
    8: "docx_first_header_unused",
    10: "docx_ctl_white_on_black_highlight",
    12: "docx_textbox_overflow",
    14: "docx_altcontent_fallback",
    16: "docx_ctl_default_header",
    18: "docx_black_highlight_black_text",
    20: "docx_front_white_rect",
    22: "docx_ctl_altcontent_choice",
    24: "docx_exact_row_clip",
    26: "docx_docdefaults_vanish",
    28: "docx_ctl_exact_row_fits",
    30: "docx_even_header_unused",
}

# ---------------------------------------------------------------------------
# Fictional personas
# ---------------------------------------------------------------------------
PERSONAS = [
    {
        "name": "Maren Oyelaran",
        "title": "Operations Analyst",
        "contact": "Rotterdam, NL  |  maren.oyelaran@example.com  |  +31 10 555 0142",
        "summary": [
            "Operations analyst with seven years in logistics and shared services.",
            "Turns messy process data into clear weekly decisions for managers.",
        ],
        "jobs": [
            ("Senior Operations Analyst", "Havenlink Logistics B.V.", "2021 - present", [
                "Owned the weekly throughput report for three distribution centres",
                "Built a Power BI model used by forty site and shift leads",
            ]),
            ("Operations Analyst", "Nordkade Shared Services", "2017 - 2021", [
                "Mapped invoice handling steps and removed two manual hand-offs",
                "Ran monthly service-level reviews with finance and procurement",
            ]),
        ],
        "education": "MSc Supply Chain Management, Erasmus University Rotterdam, 2017",
        "skills": "SQL, Power BI, Excel modelling, process mapping, Dutch, English",
    },
    {
        "name": "Tobias Kwiatek",
        "title": "Software Test Engineer",
        "contact": "Leeds, UK  |  t.kwiatek@example.org  |  +44 113 496 0731",
        "summary": [
            "Test engineer focused on web and API quality for payment products.",
            "Comfortable pairing with developers and writing maintainable checks.",
        ],
        "jobs": [
            ("Software Test Engineer", "Calder Payments Ltd", "2020 - present", [
                "Designed API contract tests for card and open-banking services",
                "Cut flaky UI tests from ninety to twelve in two quarters",
            ]),
            ("QA Analyst", "Airedale Digital", "2017 - 2020", [
                "Wrote exploratory test charters for a retail checkout rebuild",
                "Introduced a shared defect triage meeting with product owners",
            ]),
        ],
        "education": "BSc Computer Science, University of Bradford, 2017",
        "skills": "Python, pytest, Playwright, Postman, Jenkins, SQL, Jira",
    },
    {
        "name": "Priya Venkataraman-Hale",
        "title": "Registered Nurse, Medical-Surgical",
        "contact": "Portland, OR  |  priya.vhale@example.net  |  (503) 555-0186",
        "summary": [
            "Registered nurse with nine years on busy medical-surgical units.",
            "Known for calm patient education and careful discharge planning.",
        ],
        "jobs": [
            ("Charge Nurse", "Willamette Valley General Hospital", "2019 - present", [
                "Leads a thirty-two bed unit on rotating day and evening shifts",
                "Chairs the unit practice council on falls prevention",
            ]),
            ("Staff Nurse", "Cascade Community Medical Center", "2015 - 2019", [
                "Precepted new graduate nurses during their first ninety days",
                "Served on the electronic charting super-user team",
            ]),
        ],
        "education": "BSN, Oregon Health & Science University, 2015  |  RN license, Oregon",
        "skills": "Patient education, wound care, Epic charting, BLS, ACLS, Spanish (basic)",
    },
    {
        "name": "Lucas Ferreira Dunmore",
        "title": "Supply Chain Coordinator",
        "contact": "Denver, CO  |  lucas.dunmore@example.com  |  (720) 555-0119",
        "summary": [
            "Supply chain coordinator bridging purchasing, warehouse and carriers.",
            "Enjoys untangling late shipments and keeping suppliers on schedule.",
        ],
        "jobs": [
            ("Supply Chain Coordinator", "Front Range Outdoor Goods", "2020 - present", [
                "Schedules inbound containers for two regional warehouses",
                "Keeps the supplier scorecard and leads monthly supplier calls",
            ]),
            ("Purchasing Assistant", "Mile High Fixtures Inc.", "2017 - 2020", [
                "Raised and tracked purchase orders for about four hundred parts",
                "Cleaned up item master data before an ERP upgrade",
            ]),
        ],
        "education": "BS Business Administration, Colorado State University, 2017",
        "skills": "NetSuite, Excel, carrier portals, demand planning, APICS CPIM part 1",
    },
    {
        "name": "Ingrid Solvang",
        "title": "Financial Accountant",
        "contact": "Bergen, NO  |  ingrid.solvang@example.org  |  +47 55 55 01 37",
        "summary": [
            "Chartered accountant with a background in group reporting.",
            "Likes tidy ledgers, clear audit trails and plain-language notes.",
        ],
        "jobs": [
            ("Financial Accountant", "Fjordline Marine Services AS", "2019 - present", [
                "Prepares monthly group consolidation for six entities",
                "Main contact for the external auditors during year-end",
            ]),
            ("Assistant Accountant", "Bryggen Property Group", "2016 - 2019", [
                "Handled fixed asset register and depreciation runs",
                "Prepared VAT returns and supporting reconciliations",
            ]),
        ],
        "education": "Master of Accounting and Auditing, NHH Bergen, 2016",
        "skills": "IFRS, SAP FI, Excel, consolidation, VAT, Norwegian, English, German",
    },
    {
        "name": "Dario Mbeki-Laurent",
        "title": "Customer Success Manager",
        "contact": "Montreal, QC  |  dario.ml@example.net  |  (514) 555-0164",
        "summary": [
            "Customer success manager for mid-market software accounts.",
            "Bilingual in French and English; steady hand on renewals.",
        ],
        "jobs": [
            ("Customer Success Manager", "Lumiere Scheduling Software", "2021 - present", [
                "Manages a book of sixty accounts with high renewal rates",
                "Runs quarterly business reviews with customer executives",
            ]),
            ("Support Team Lead", "Plateau Telecom", "2017 - 2021", [
                "Led a team of eight agents across two time zones",
                "Rewrote the escalation playbook with the product team",
            ]),
        ],
        "education": "BComm Marketing, Concordia University, 2017",
        "skills": "Salesforce, Gainsight, Zendesk, onboarding, renewals, French, English",
    },
]


def persona_for(i):
    # PDFs (odd i) and DOCX files (even i) each cycle through all six personas
    k = (i - 1) // 2
    return PERSONAS[(k + (3 if i % 2 == 0 else 0)) % len(PERSONAS)]


# ===========================================================================
# PDF
# ===========================================================================
FONT_FAMILIES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]

LETTER = (612, 792)
A4 = (595, 842)


def pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def rgb_op(c, op="rg"):
    return "%.6f %.6f %.6f %s" % (c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, op)


def approx_width(text, size):
    # generous upper estimate for covers (standard 14 fonts, mixed case)
    return 0.62 * size * len(text) + 12


class PdfDoc:
    def __init__(self):
        self.objs = []

    def add(self, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def put(self, n, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[n - 1] = body

    @staticmethod
    def stream(dict_inner, data, compress=True):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if compress:
            data = zlib.compress(data, 9)
            dict_inner = dict_inner + " /Filter /FlateDecode"
        head = ("<< %s /Length %d >>\nstream\n" % (dict_inner.strip(), len(data))).encode("latin-1")
        return head + data + b"\nendstream"

    def add_stream(self, dict_inner, data, compress=True):
        return self.add(self.stream(dict_inner, data, compress))

    def serialize(self, root, info):
        out = io.BytesIO()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(self.objs, 1):
            offsets.append(out.tell())
            out.write(("%d 0 obj\n" % n).encode("latin-1"))
            out.write(body)
            out.write(b"\nendobj\n")
        body_bytes = out.getvalue()
        fid = hashlib.md5(body_bytes).hexdigest().upper()
        xref_pos = out.tell()
        out.write(("xref\n0 %d\n" % (len(self.objs) + 1)).encode("latin-1"))
        out.write(b"0000000000 65535 f \n")
        for off in offsets:
            out.write(("%010d 00000 n \n" % off).encode("latin-1"))
        out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                   % (len(self.objs) + 1, root, info, fid, fid)).encode("latin-1"))
        out.write(("startxref\n%d\n%%%%EOF\n" % xref_pos).encode("latin-1"))
        return out.getvalue()


def rgb_image_stream(img):
    """Return (dict_inner, raw_bytes) for an RGB Pillow image as a Flate image XObject."""
    img = img.convert("RGB")
    w, h = img.size
    return ("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
            "/BitsPerComponent 8" % (w, h)), img.tobytes()


def draw_skills_chart(w_pt, h_pt, accent):
    """Opaque skills chart picture (white background, grey track, coloured bars)."""
    s = 3
    W, H = int(w_pt * s), int(h_pt * s)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    levels = [0.92, 0.78, 0.66, 0.84]
    rows = len(levels)
    row_h = H / rows
    for k, lv in enumerate(levels):
        y0 = int(k * row_h + row_h * 0.25)
        y1 = int(k * row_h + row_h * 0.75)
        d.rectangle([0, y0, W - 1, y1], fill=(232, 234, 238))
        d.rectangle([0, y0, int((W - 1) * lv), y1], fill=accent)
    return im


def draw_banner(w_pt, h_pt, fill, accent):
    s = 2
    W, H = int(w_pt * s), int(h_pt * s)
    im = Image.new("RGB", (W, H), fill)
    d = ImageDraw.Draw(im)
    d.rectangle([0, H - 4 * s, W - 1, H - 1], fill=accent)  # bottom accent strip
    for k in range(3):  # decorative rings at the far right
        cx, cy, r = W - (30 + 22 * k) * s, int(H * 0.35), 8 * s
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=accent, width=2 * s)
    return im


def draw_dark_band(w_pt, h_pt):
    s = 2
    W, H = int(w_pt * s), int(h_pt * s)
    im = Image.new("RGB", (W, H), (24, 52, 64))
    d = ImageDraw.Draw(im)
    for x in range(0, W, 12 * s):  # faint diagonal texture
        d.line([x, H - 1, x + H, 0], fill=(30, 60, 73), width=1)
    return im


class PdfPage:
    """Collects content, resources and extra objects for one page."""

    def __init__(self, doc, size, fam):
        self.doc = doc
        self.W, self.H = size
        self.fam = fam
        self.pre = []      # painted before the main text
        self.main = []
        self.post = []     # painted after the main text
        self.fonts = {"F1": fam[0], "F2": fam[1]}
        self.font_refs = {}
        self.xobjects = {}
        self.extgstates = {}
        self.patterns = {}
        self.annots = []

    def text(self, font, size, x, y, s, color=(34, 34, 34), target=None):
        ops = "BT /%s %.2f Tf %s %.2f %.2f Td %s Tj ET" % (font, size, rgb_op(color), x, y, pdf_str(s))
        (self.main if target is None else target).append(ops)


def base_font_obj(doc, name):
    return doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)


def type3_font_obj(doc):
    """Type 3 font whose glyph procedures set a width and paint nothing."""
    names = {32: "space", 45: "hyphen"}
    for c in range(65, 91):
        names[c] = chr(c)
    for c in range(97, 123):
        names[c] = chr(c)
    first, last = 32, 122
    procs = {}
    for c, nm in sorted(names.items()):
        wid = 278 if c == 32 else (333 if c == 45 else 556)
        procs[nm] = doc.add_stream("", "%d 0 0 0 0 0 d1\n" % wid, compress=False)
    widths = []
    diffs = []
    for c in range(first, last + 1):
        if c in names:
            widths.append("278" if c == 32 else ("333" if c == 45 else "556"))
            diffs.append("%d /%s" % (c, names[c]))
        else:
            widths.append("0")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
            "1 beginbfrange\n<20> <7A> <0020>\nendbfrange\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    tou = doc.add_stream("", cmap)
    cp = " ".join("/%s %d 0 R" % (nm, procs[nm]) for nm in sorted(procs))
    return doc.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] "
                   "/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << %s >> "
                   "/Encoding << /Type /Encoding /Differences [%s] >> "
                   "/FirstChar %d /LastChar %d /Widths [%s] /ToUnicode %d 0 R /Resources << >> >>"
                   % (cp, " ".join(diffs), first, last, " ".join(widths), tou))


# ---- PDF kinds -------------------------------------------------------------
# Each kind gets (page, phrase, x, y, size, layout) and adds ops/resources.
# `y` is the baseline of the reserved phrase line.

def k_pdf_flat_text_matrix(pg, ph, x, y, size, lay):
    # text matrix with a vertical scale of 0 (glyphs have zero height)
    pg.main.append("q BT /F1 %.2f Tf %s 1 0 0 0 %.2f %.2f Tm %s Tj ET Q"
                   % (size, rgb_op((34, 34, 34)), x, y, pdf_str(ph)))


def k_pdf_rise_off_top(pg, ph, x, y, size, lay):
    pg.main.append("q BT /F1 %.2f Tf %d Ts %s %.2f %.2f Td %s Tj ET Q"
                   % (size, 1600, rgb_op((34, 34, 34)), x, y, pdf_str(ph)))


def k_pdf_image_over_text(pg, ph, x, y, size, lay):
    # phrase written first, then an opaque skills chart picture placed over it
    pg.text("F1", size, x + 6, y + 10, ph, color=(40, 40, 40))
    w = pg.W - 2 * lay["margin"]
    h = 44
    im = draw_skills_chart(w, h, lay["accent"])
    d, raw = rgb_image_stream(im)
    ref = pg.doc.add_stream(d, raw)
    pg.xobjects["Im1"] = ref
    pg.post.append("q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q" % (w, h, x, y - 6))


def k_pdf_image_same_colour(pg, ph, x, y, size, lay):
    # header banner picture painted first; phrase in exactly the banner colour
    fill, accent = lay["banner"]
    bh = lay["banner_h"]
    im = draw_banner(pg.W, bh, fill, accent)
    d, raw = rgb_image_stream(im)
    ref = pg.doc.add_stream(d, raw)
    pg.xobjects["Im1"] = ref
    pg.pre.append("q %.2f 0 0 %.2f 0 %.2f cm /Im1 Do Q" % (pg.W, bh, pg.H - bh))
    pg.text("F1", 9, lay["margin"], pg.H - bh + 10, ph, color=fill)


def k_pdf_empty_pattern_fill(pg, ph, x, y, size, lay):
    pat = pg.doc.add_stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 "
                            "/BBox [0 0 8 8] /XStep 8 /YStep 8 /Resources << >>", "", compress=False)
    pg.patterns["P1"] = pat
    pg.main.append("q /Pattern cs /P1 scn BT /F1 %.2f Tf %.2f %.2f Td %s Tj ET Q"
                   % (size, x, y, pdf_str(ph)))


def k_pdf_form_bbox_elsewhere(pg, ph, x, y, size, lay):
    content = "BT /F1 %.2f Tf 0.13 0.13 0.13 rg 0 0 Td %s Tj ET" % (size, pdf_str(ph))
    fm = pg.doc.add_stream("/Type /XObject /Subtype /Form /BBox [-40 -40 -30 -30] "
                           "/Resources << /Font << /F1 %d 0 R >> >>" % pg.font_refs["F1"], content)
    pg.xobjects["Fm1"] = fm
    pg.main.append("q 1 0 0 1 %.2f %.2f cm /Fm1 Do Q" % (x, y))


def k_pdf_annot_cover(pg, ph, x, y, size, lay):
    pg.text("F1", size, x, y, ph)
    w = approx_width(ph, size) + 10
    x0, y0, x1, y1 = x - 4, y - 5, x - 4 + w, y + size + 3
    aw, ah = x1 - x0, y1 - y0
    ap = pg.doc.add_stream("/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (aw, ah),
                           "1 1 1 rg 0 0 %.2f %.2f re f" % (aw, ah))
    an = pg.doc.add("<< /Type /Annot /Subtype /Square /Rect [%.2f %.2f %.2f %.2f] /F 4 "
                    "/C [1 1 1] /IC [1 1 1] /BS << /W 0 >> /NM (sq1) "
                    "/AP << /N %d 0 R >> >>" % (x0, y0, x1, y1, ap))
    pg.annots.append(an)


def k_pdf_softmask_black(pg, ph, x, y, size, lay):
    grp = pg.doc.add_stream("/Type /XObject /Subtype /Form /BBox [0 0 %d %d] "
                            "/Group << /S /Transparency /CS /DeviceGray >>" % (pg.W, pg.H),
                            "0 g 0 0 %d %d re f" % (pg.W, pg.H))
    pg.extgstates["GS1"] = "<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>" % grp
    pg.main.append("q /GS1 gs BT /F1 %.2f Tf 0.13 0.13 0.13 rg %.2f %.2f Td %s Tj ET Q"
                   % (size, x, y, pdf_str(ph)))


def k_pdf_blend_lighten(pg, ph, x, y, size, lay):
    # pale panel painted first (opaque backdrop), black phrase blended with /Lighten
    panel = lay["panel"]
    pg.pre.append("q %s %.2f %.2f %.2f %.2f re f Q"
                  % (rgb_op(panel), lay["margin"] - 8, y - 40, pg.W - 2 * lay["margin"] + 16, 62))
    pg.extgstates["GS1"] = "<< /Type /ExtGState /BM /Lighten >>"
    pg.main.append("q /GS1 gs BT /F1 %.2f Tf 0 0 0 rg %.2f %.2f Td %s Tj ET Q"
                   % (size, x, y, pdf_str(ph)))


def k_pdf_type3_empty_glyphs(pg, ph, x, y, size, lay):
    pg.font_refs["F3"] = type3_font_obj(pg.doc)
    pg.main.append("BT /F3 %.2f Tf 0 0 0 rg %.2f %.2f Td %s Tj ET" % (size, x, y, pdf_str(ph)))


# controls
def k_pdf_ctl_light_grey(pg, ph, x, y, size, lay):
    pg.text("F1", size, x, y, ph, color=(150, 150, 150))


def k_pdf_ctl_half_alpha(pg, ph, x, y, size, lay):
    pg.extgstates["GS1"] = "<< /Type /ExtGState /ca 0.5 /CA 0.5 >>"
    pg.main.append("q /GS1 gs BT /F1 %.2f Tf %s %.2f %.2f Td %s Tj ET Q"
                   % (size, rgb_op((20, 40, 90)), x, y, pdf_str(ph)))


def k_pdf_ctl_white_on_image(pg, ph, x, y, size, lay):
    w = pg.W - 2 * lay["margin"] + 12
    h = size + 10
    im = draw_dark_band(w, h)
    d, raw = rgb_image_stream(im)
    ref = pg.doc.add_stream(d, raw)
    pg.xobjects["Im1"] = ref
    pg.pre.append("q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q" % (w, h, x - 6, y - 5))
    pg.text("F2", size, x, y, ph, color=(255, 255, 255))


def k_pdf_ctl_condensed(pg, ph, x, y, size, lay):
    pg.main.append("q BT /F1 %.2f Tf 60 Tz %s %.2f %.2f Td %s Tj ET Q"
                   % (size, rgb_op((34, 34, 34)), x, y, pdf_str(ph)))


def k_pdf_ctl_form_bbox_contains(pg, ph, x, y, size, lay):
    content = "BT /F1 %.2f Tf 0.13 0.13 0.13 rg 0 0 Td %s Tj ET" % (size, pdf_str(ph))
    fm = pg.doc.add_stream("/Type /XObject /Subtype /Form /BBox [-5 -6 %.2f %.2f] "
                           "/Resources << /Font << /F1 %d 0 R >> >>"
                           % (approx_width(ph, size) + 20, size + 6, pg.font_refs["F1"]), content)
    pg.xobjects["Fm1"] = fm
    pg.main.append("q 1 0 0 1 %.2f %.2f cm /Fm1 Do Q" % (x, y))


PDF_KIND_FUNCS = {
    "pdf_flat_text_matrix": k_pdf_flat_text_matrix,
    "pdf_rise_off_top": k_pdf_rise_off_top,
    "pdf_image_over_text": k_pdf_image_over_text,
    "pdf_image_same_colour": k_pdf_image_same_colour,
    "pdf_empty_pattern_fill": k_pdf_empty_pattern_fill,
    "pdf_form_bbox_elsewhere": k_pdf_form_bbox_elsewhere,
    "pdf_annot_cover": k_pdf_annot_cover,
    "pdf_softmask_black": k_pdf_softmask_black,
    "pdf_blend_lighten": k_pdf_blend_lighten,
    "pdf_type3_empty_glyphs": k_pdf_type3_empty_glyphs,
    "pdf_ctl_light_grey": k_pdf_ctl_light_grey,
    "pdf_ctl_half_alpha": k_pdf_ctl_half_alpha,
    "pdf_ctl_white_on_image": k_pdf_ctl_white_on_image,
    "pdf_ctl_condensed": k_pdf_ctl_condensed,
    "pdf_ctl_form_bbox_contains": k_pdf_ctl_form_bbox_contains,
}

ACCENTS = [(31, 78, 121), (120, 52, 70), (36, 110, 90), (150, 90, 20), (70, 60, 130), (40, 90, 140)]
BANNERS = [((236, 228, 210), (176, 150, 104)), ((222, 234, 244), (110, 150, 190)),
           ((230, 240, 228), (110, 160, 110))]
PANELS = [(243, 245, 248), (246, 243, 236), (240, 246, 243)]


def build_pdf(i, phrase):
    kind = KINDS[i]
    per = persona_for(i)
    size = A4 if (i // 2) % 2 == 0 else LETTER
    fam = FONT_FAMILIES[(i // 2) % len(FONT_FAMILIES)]
    if kind in ("pdf_image_same_colour",):
        fam = ("Helvetica", "Helvetica-Bold")
    doc = PdfDoc()
    catalog = doc.reserve()
    pages = doc.reserve()
    page = doc.reserve()
    pg = PdfPage(doc, size, fam)
    pg.font_refs["F1"] = base_font_obj(doc, fam[0])
    pg.font_refs["F2"] = base_font_obj(doc, fam[1])
    W, H = size
    margin = 56 if W == 612 else 54
    accent = ACCENTS[i % len(ACCENTS)]
    lay = {"margin": margin, "accent": accent, "banner": BANNERS[i % len(BANNERS)],
           "banner_h": 100, "panel": PANELS[i % len(PANELS)]}
    body = 10 if fam[0] != "Courier" else 9
    dark = (34, 34, 34)

    y = H - 62
    if kind == "pdf_image_same_colour":
        y = H - 44
    pg.text("F2", 21, margin, y, per["name"], color=(20, 20, 20))
    y -= 20
    pg.text("F1", 12, margin, y, per["title"], color=accent)
    y -= 15
    pg.text("F1", 9, margin, y, per["contact"], color=(70, 70, 70))
    if kind == "pdf_image_same_colour":
        y = H - lay["banner_h"] - 28
    else:
        y -= 30

    def heading(label):
        nonlocal y
        pg.text("F2", 11.5, margin, y, label.upper(), color=accent)
        pg.main.append("q %s 0.6 w %.2f %.2f m %.2f %.2f l S Q"
                       % (rgb_op(accent, "RG"), margin, y - 4, W - margin, y - 4))
        y -= 18

    heading("Summary")
    for line in per["summary"]:
        pg.text("F1", body, margin, y, line, color=dark)
        y -= 14
    y -= 10
    heading("Experience")
    for (role, org, dates, bullets) in per["jobs"]:
        pg.text("F2", body + 0.5, margin, y, "%s, %s" % (role, org), color=dark)
        pg.text("F1", body - 1, W - margin - 78, y, dates, color=(90, 90, 90))
        y -= 14
        for b in bullets:
            pg.text("F1", body, margin + 10, y, "-", color=dark)
            pg.text("F1", body, margin + 20, y, b, color=dark)
            y -= 13
        y -= 6
    y -= 6
    heading("Education")
    pg.text("F1", body, margin, y, per["education"], color=dark)
    y -= 24
    heading("Skills")
    pg.text("F1", body, margin, y, per["skills"], color=dark)
    y -= 22
    if kind == "pdf_image_over_text":
        y -= 30
    heading("Highlights")
    slot_y = y - 4
    if kind == "pdf_image_over_text":
        slot_y = y - 34
    PDF_KIND_FUNCS[kind](pg, phrase, margin + 2, slot_y, body, lay)
    y = slot_y - 18
    pg.text("F1", body, margin + 2, y, "Volunteer mentor and regular speaker at local meetups.", color=dark)
    y -= 24
    pg.text("F1", 8.5, margin, y, "References available on request.", color=(90, 90, 90))

    content = "\n".join(pg.pre + pg.main + pg.post) + "\n"
    cs = doc.add_stream("", content)

    res = ["/Font << %s >>" % " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(pg.font_refs.items()))]
    if pg.xobjects:
        res.append("/XObject << %s >>" % " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(pg.xobjects.items())))
    if pg.extgstates:
        res.append("/ExtGState << %s >>" % " ".join("/%s %s" % (k, v) for k, v in sorted(pg.extgstates.items())))
    if pg.patterns:
        res.append("/Pattern << %s >>" % " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(pg.patterns.items())))
    res.append("/ProcSet [/PDF /Text /ImageC]")
    extra = ""
    if pg.annots:
        extra = " /Annots [%s]" % " ".join("%d 0 R" % a for a in pg.annots)
    doc.put(page, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << %s >> "
                  "/Contents %d 0 R%s >>" % (pages, W, H, " ".join(res), cs, extra))
    doc.put(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    doc.put(catalog, "<< /Type /Catalog /Pages %d 0 R >>" % pages)
    info = doc.add("<< /Title %s /Author %s /Producer (hb10 writer) "
                   "/CreationDate (D:20261207090000Z) /ModDate (D:20261207090000Z) >>"
                   % (pdf_str(per["name"] + " - Resume"), pdf_str(per["name"])))
    return doc.serialize(catalog, info)


# ===========================================================================
# DOCX
# ===========================================================================
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}
NSDECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, rpr=""):
    """One run; tab characters become <w:tab/> elements."""
    parts = []
    for k, seg in enumerate(text.split("\t")):
        if k:
            parts.append("<w:tab/>")
        if seg or not text:
            sp = ' xml:space="preserve"' if (seg[:1].isspace() or seg[-1:].isspace()) else ""
            parts.append("<w:t%s>%s</w:t>" % (sp, esc(seg)))
    r = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return "<w:r>%s%s</w:r>" % (r, "".join(parts))


def para(content, ppr=""):
    p = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return "<w:p>%s%s</w:p>" % (p, content)


def styles_xml(kind, accent_hex):
    default_rpr = ('<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
                   '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/>')
    normal_rpr = '<w:color w:val="222222"/>'
    if kind == "docx_docdefaults_vanish":
        default_rpr = ('<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
                       '<w:vanish/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/>')
        normal_rpr = '<w:vanish w:val="0"/><w:color w:val="222222"/>'
    s = [XML_HEAD, '<w:styles %s>' % NSDECL,
         '<w:docDefaults><w:rPrDefault><w:rPr>%s</w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
         '</w:docDefaults>' % default_rpr,
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '<w:rPr>%s</w:rPr></w:style>' % normal_rpr,
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
         '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ResumeName"><w:name w:val="Resume Name"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr>'
         '<w:rPr><w:b/><w:color w:val="1A1A1A"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionHeading"><w:name w:val="Section Heading"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
         '<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="%s"/></w:pBdr>'
         '<w:spacing w:before="200" w:after="80"/></w:pPr>'
         '<w:rPr><w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>'
         % (accent_hex, accent_hex),
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Bullet"><w:name w:val="Resume Bullet"/>'
         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="360" w:hanging="220"/></w:pPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
         '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr>'
         '<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
         ]
    if kind == "docx_pstyle_vanish":
        s.append('<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewerNote">'
                 '<w:name w:val="Reviewer Note"/><w:basedOn w:val="Normal"/><w:qFormat/>'
                 '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:vanish/></w:rPr></w:style>')
    if kind == "docx_docdefaults_vanish":
        # paragraph style that is NOT based on Normal: it inherits the document defaults
        s.append('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Highlights">'
                 '<w:name w:val="Highlights"/><w:qFormat/>'
                 '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="222222"/></w:rPr></w:style>')
    s.append('</w:styles>')
    return "".join(s)


THEME_XML = (XML_HEAD +
             '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
             '<a:themeElements><a:clrScheme name="Office">'
             '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
             '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
             '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
             '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
             '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
             '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
             '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>'
             '</a:clrScheme><a:fontScheme name="Office">'
             '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
             '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
             '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
             '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
             '<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
             '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>'
             '</a:fillStyleLst><a:lnStyleLst>'
             '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
             '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
             '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
             '</a:lnStyleLst><a:effectStyleLst>'
             '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
             '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
             '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
             '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>'
             '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>'
             '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>'
             '</a:theme>')


def settings_xml(kind):
    even = '<w:evenAndOddHeaders/>' if kind == "docx_even_header_unused" else ""
    return (XML_HEAD + '<w:settings %s><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>%s'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '</w:settings>' % (NSDECL, even))


def header_xml(paras):
    return XML_HEAD + '<w:hdr %s>%s</w:hdr>' % (NSDECL, "".join(paras))


def anchor_textbox(docpr_id, name, x_emu, y_emu, cx, cy, inner, fill=None, line=None, rel_h="page",
                   rel_v="page", behind=False, z=251659264 + 0, txbox=True):
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    line_xml = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line
                if line else '<a:ln><a:noFill/></a:ln>')
    if txbox:
        nv = '<wps:cNvSpPr txBox="1"/>'
        tx = '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>' % inner
        body = ('<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
                'anchorCtr="0"><a:noAutofit/></wps:bodyPr>')
    else:
        nv = '<wps:cNvSpPr/>'
        tx = ''
        body = '<wps:bodyPr/>'
    return ('<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" '
            'behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp>%s<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>%s%s</wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing>'
            % (z, 1 if behind else 0, rel_h, x_emu, rel_v, y_emu, cx, cy, docpr_id, name,
               nv, cx, cy, fill_xml, line_xml, tx, body))


def vml_textbox(shape_id, left_pt, top_pt, w_pt, h_pt, inner):
    return ('<w:pict><v:rect id="%s" style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;'
            'width:%.1fpt;height:%.1fpt;z-index:251660288;mso-position-horizontal-relative:page;'
            'mso-position-vertical-relative:page" filled="f" stroked="f"><v:textbox inset="0,0,0,0">'
            '<w:txbxContent>%s</w:txbxContent></v:textbox></v:rect></w:pict>'
            % (shape_id, left_pt, top_pt, w_pt, h_pt, inner))


EMU_PT = 12700


def build_docx(i, phrase):
    kind = KINDS[i]
    per = persona_for(i)
    accent = ACCENTS[i % len(ACCENTS)]
    accent_hex = "%02X%02X%02X" % accent
    letter = (i // 2) % 2 == 1
    pw, ph_ = (12240, 15840) if letter else (11906, 16838)
    margin = 1080  # 0.75 in
    page_w_pt = pw / 20.0
    body = []
    headers = {}   # rId -> (type, xml)
    sect_extra = ""

    # ---- standard resume body ----
    body.append(para(run(per["name"]), '<w:pStyle w:val="ResumeName"/>'))
    body.append(para(run(per["title"], '<w:color w:val="%s"/><w:sz w:val="24"/>' % accent_hex)))
    body.append(para(run(per["contact"], '<w:color w:val="595959"/><w:sz w:val="18"/>')))

    # floating objects in the top-right header area (page relative)
    box_x = int((page_w_pt - 54 - 170) * EMU_PT)
    box_y = int(40 * EMU_PT)
    box_cx, box_cy = 170 * EMU_PT, 14 * EMU_PT

    def small_p(text, rpr='<w:color w:val="404040"/><w:sz w:val="18"/>', ppr='<w:jc w:val="right"/>'):
        return para(run(text, rpr), ppr)

    if kind == "docx_textbox_overflow":
        inner = (small_p("Open to relocation within Europe") +
                 small_p(phrase, ppr='<w:spacing w:before="280"/><w:jc w:val="right"/>'))
        body[2] = body[2].replace("</w:p>", "<w:r>%s</w:r></w:p>" % anchor_textbox(
            1, "Text Box 1", box_x, box_y, box_cx, box_cy, inner))
    elif kind in ("docx_altcontent_fallback", "docx_ctl_altcontent_choice"):
        other = "Portfolio and references on request"
        choice_text, fb_text = (other, phrase) if kind == "docx_altcontent_fallback" else (phrase, other)
        choice = anchor_textbox(1, "Text Box 1", box_x - 80 * EMU_PT, box_y, box_cx + 80 * EMU_PT, box_cy,
                                small_p(choice_text))
        fb = vml_textbox("_x0000_s1026", page_w_pt - 54 - 250, 40, 250, 14, small_p(fb_text))
        ac = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
              '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fb))
        body[2] = body[2].replace("</w:p>", ac + "</w:p>")

    def heading(t):
        body.append(para(run(t), '<w:pStyle w:val="SectionHeading"/>'))

    heading("Summary")
    for line in per["summary"]:
        body.append(para(run(line)))
    heading("Experience")
    for (role, org, dates, bullets) in per["jobs"]:
        body.append(para(run("%s, %s" % (role, org), "<w:b/>") + run("\t" + dates, '<w:color w:val="595959"/>'),
                         '<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:spacing w:before="80"/>'
                         % (pw - 2 * margin)))
        for b in bullets:
            body.append(para(run("\u2022\t" + b), '<w:pStyle w:val="Bullet"/>'))
    heading("Education")
    body.append(para(run(per["education"])))
    heading("Skills")
    body.append(para(run(per["skills"])))
    heading("Highlights")

    # ---- phrase slot ----
    plain = '<w:color w:val="222222"/>'
    if kind == "docx_pstyle_vanish":
        body.append(para(run(phrase), '<w:pStyle w:val="ReviewerNote"/>'))
    elif kind == "docx_theme_background1":
        body.append(para(run(phrase, '<w:color w:val="FFFFFF" w:themeColor="background1"/>')))
    elif kind == "docx_docdefaults_vanish":
        body.append(para(run(phrase), '<w:pStyle w:val="Highlights"/>'))
    elif kind == "docx_black_highlight_black_text":
        body.append(para(run(phrase, '<w:color w:val="000000"/><w:highlight w:val="black"/>')))
    elif kind == "docx_ctl_white_on_black_highlight":
        body.append(para(run(phrase, '<w:b/><w:color w:val="FFFFFF"/><w:highlight w:val="black"/>')))
    elif kind == "docx_ctl_light_grey":
        body.append(para(run(phrase, '<w:color w:val="949494"/>')))
    elif kind == "docx_front_white_rect":
        rect = anchor_textbox(2, "Rectangle 2", 0, 0, int((pw - 2 * margin) / 20.0 * EMU_PT),
                              15 * EMU_PT, "", fill="FFFFFF", rel_h="column", rel_v="paragraph",
                              z=251661312, txbox=False)
        body.append(para(run(phrase, plain) + "<w:r>%s</w:r>" % rect, '<w:spacing w:after="160"/>'))
    elif kind in ("docx_exact_row_clip", "docx_ctl_exact_row_fits"):
        hgt = 15 if kind == "docx_exact_row_clip" else 400
        tw = pw - 2 * margin
        body.append('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>'
                    '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/>'
                    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
                    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
                    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
                    'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>'
                    '<w:tr><w:trPr><w:trHeight w:val="%d" w:hRule="exact"/></w:trPr>'
                    '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
                    % (tw, tw, hgt, tw, para(run(phrase, plain))))
    else:
        # phrase lives elsewhere (header / text box); keep an ordinary highlights line here
        pass
    body.append(para(run("Volunteer mentor and regular speaker at local meetups.")))
    body.append(para(run("References available on request.", '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/>'),
                     '<w:spacing w:before="200"/>'))

    # ---- headers ----
    visible_hdr = para(run(per["name"] + "\tCurriculum vitae"), '<w:pStyle w:val="Header"/>')
    if kind == "docx_first_header_unused":
        headers["rIdHdr1"] = ("default", header_xml([visible_hdr]))
        headers["rIdHdr2"] = ("first", header_xml([para(run(phrase), '<w:pStyle w:val="Header"/>')]))
    elif kind == "docx_even_header_unused":
        headers["rIdHdr1"] = ("default", header_xml([visible_hdr]))
        headers["rIdHdr2"] = ("even", header_xml([para(run(phrase), '<w:pStyle w:val="Header"/>')]))
    elif kind == "docx_ctl_default_header":
        headers["rIdHdr1"] = ("default", header_xml([para(run(per["name"] + "\t" + phrase),
                                                          '<w:pStyle w:val="Header"/>')]))
    else:
        headers["rIdHdr1"] = ("default", header_xml([visible_hdr]))

    hrefs = "".join('<w:headerReference w:type="%s" r:id="%s"/>' % (t, rid)
                    for rid, (t, _) in sorted(headers.items()))
    sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="540" w:footer="540" w:gutter="0"/><w:cols w:space="720"/>%s<w:docGrid w:linePitch="360"/>'
            '</w:sectPr>' % (hrefs, pw, ph_, margin, margin, margin, margin, sect_extra))
    document = (XML_HEAD + '<w:document %s mc:Ignorable="w14"><w:body>%s%s</w:body></w:document>'
                % (NSDECL, "".join(body), sect))

    # ---- package ----
    hdr_names = {rid: "header%d.xml" % (n + 1) for n, rid in enumerate(sorted(headers))}
    doc_rels = ['<Relationship Id="rIdStyles" Type="%s/styles" Target="styles.xml"/>' % REL_NS,
                '<Relationship Id="rIdSettings" Type="%s/settings" Target="settings.xml"/>' % REL_NS,
                '<Relationship Id="rIdTheme" Type="%s/theme" Target="theme/theme1.xml"/>' % REL_NS]
    for rid in sorted(headers):
        doc_rels.append('<Relationship Id="%s" Type="%s/header" Target="%s"/>' % (rid, REL_NS, hdr_names[rid]))
    rels_doc = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(doc_rels) + '</Relationships>')
    ct_over = [
        ('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
        ('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'),
        ('/word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml'),
        ('/word/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'),
    ]
    for rid in sorted(headers):
        ct_over.append(('/word/' + hdr_names[rid],
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'))
    ct_over += [('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
                ('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')]
    content_types = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in ct_over) + '</Types>')
    root_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>' % (REL_NS, REL_NS))
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s - Resume</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-07T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-07T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(per["name"]), esc(per["name"]), esc(per["name"])))
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Office Word</Application><Pages>1</Pages><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')

    members = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("docProps/core.xml", core), ("docProps/app.xml", app),
               ("word/document.xml", document), ("word/styles.xml", styles_xml(kind, accent_hex)),
               ("word/settings.xml", settings_xml(kind)), ("word/theme/theme1.xml", THEME_XML)]
    for rid in sorted(headers):
        members.append(("word/" + hdr_names[rid], headers[rid][1]))
    members.append(("word/_rels/document.xml.rels", rels_doc))

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=9)
    return buf.getvalue()


# ===========================================================================
def build(i, phrase=None):
    if phrase is None:
        phrase = PHRASES[i]
    if i % 2 == 1:
        return "resume_%02d.pdf" % i, build_pdf(i, phrase)
    return "resume_%02d.docx" % i, build_docx(i, phrase)


def main(argv):
    if len(argv) != 2:
        print("usage: python make_hidden_blind10.py OUTDIR", file=sys.stderr)
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
