#!/usr/bin/env python3
"""Generator for hidden_blind11: 30 one-page resume files (15 PDF, 15 DOCX).

Usage: python make_hidden_blind11.py OUTDIR

Deterministic: no randomness, fixed dates, fixed zip member order/metadata.
build(i, phrase=None) -> (name, bytes) for i in 1..30.  phrase=None uses the
file's marker phrase; phrase="" gives the same layout without the phrase.
Uses only the standard library and Pillow.
"""
import hashlib
import io
import os
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# --------------------------------------------------------------------------
# Personas (fictional) and marker phrases
# --------------------------------------------------------------------------

PERSONAS = [
    dict(
        name="Maya Okafor", title="Operations Manager", city="Columbus, OH",
        email="maya.okafor@example.com", phone="(614) 555-0142",
        profile=["Operations manager with nine years in regional distribution and fulfilment.",
                 "Known for calm planning, clear metrics and steady cross-team communication."],
        jobs=[("Operations Manager, Brightline Distribution", "2019 - present",
               ["Ran daily operations for a 180,000 sq ft regional hub",
                "Cut overtime hours by 22% with revised shift planning",
                "Introduced weekly safety walks and near-miss reporting"]),
              ("Shift Supervisor, Keystone Freight", "2014 - 2019",
               ["Supervised inbound receiving for two night shifts",
                "Trained 30 associates on scanner and WMS workflows"])],
        edu=["B.S. Business Administration, Ohio State University, 2014",
             "Certified Supply Chain Professional (APICS), 2018"],
        skills=["Lean operations, WMS (Manhattan), Excel, Power BI, OSHA 30",
                "Labor planning, KPI dashboards, carrier management"]),
    dict(
        name="Daniel Reyes", title="Senior Software Engineer", city="Austin, TX",
        email="d.reyes.dev@example.com", phone="(512) 555-0187",
        profile=["Backend engineer focused on reliable services and clean, tested code.",
                 "Enjoys pairing, small pull requests and measurable performance work."],
        jobs=[("Senior Software Engineer, Lattice Commerce", "2020 - present",
               ["Owned the order service handling 4 million requests a day",
                "Moved batch jobs from cron to a managed queue",
                "Wrote the on-call runbook used by four teams"]),
              ("Software Engineer, Pinecone Health", "2016 - 2020",
               ["Built appointment reminder service in Go and PostgreSQL",
                "Added contract tests between web and mobile backends"])],
        edu=["B.S. Computer Science, Texas A&M University, 2016"],
        skills=["Go, Python, TypeScript, PostgreSQL, Redis, Kafka",
                "Kubernetes, Terraform, GitHub Actions, observability"]),
    dict(
        name="Priya Natarajan", title="Financial Analyst", city="Chicago, IL",
        email="priya.natarajan@example.com", phone="(312) 555-0119",
        profile=["Financial analyst with FP&A experience in retail and consumer goods.",
                 "Comfortable turning large ledgers into short, decision-ready summaries."],
        jobs=[("Financial Analyst II, Harbor & Vine Retail", "2021 - present",
               ["Owned the monthly close package for 48 stores",
                "Modelled lease scenarios for new store openings",
                "Partnered with merchandising on margin reviews"]),
              ("Junior Analyst, Crestmark Advisors", "2018 - 2021",
               ["Reconciled intercompany accounts each quarter",
                "Maintained the budget model for two business units"])],
        edu=["B.A. Economics, University of Illinois Chicago, 2018"],
        skills=["Excel (advanced), SQL, Anaplan, NetSuite, Tableau",
                "Variance analysis, forecasting, board reporting"]),
    dict(
        name="Tomasz Wilk", title="Customer Success Lead", city="Leeds, UK",
        email="tomasz.wilk@example.com", phone="+44 113 496 0731",
        profile=["Customer success lead for B2B software with a renewals focus.",
                 "Builds trusted relationships and clear adoption plans with clients."],
        jobs=[("Customer Success Lead, Northgate Software", "2020 - present",
               ["Managed a book of 65 mid-market accounts",
                "Kept gross retention above 94% for three years",
                "Set up quarterly business reviews for top clients"]),
              ("Account Manager, Fieldspire Ltd", "2016 - 2020",
               ["Handled renewals and upsells for SME customers",
                "Wrote the help-centre articles for billing"])],
        edu=["BA (Hons) Business Management, University of Leeds, 2016"],
        skills=["Gainsight, Salesforce, Zendesk, Looker, Jira",
                "Onboarding, renewals, churn analysis, training"]),
    dict(
        name="Helen Marsh", title="Clinic Coordinator, RN", city="Portland, OR",
        email="helen.marsh.rn@example.com", phone="(503) 555-0164",
        profile=["Registered nurse and clinic coordinator in outpatient primary care.",
                 "Patient-first, organised and steady under a busy daily schedule."],
        jobs=[("Clinic Coordinator, Riverbend Family Health", "2019 - present",
               ["Coordinated care teams across three outpatient sites",
                "Led the rollout of a new patient intake form",
                "Tracked vaccine inventory and cold-chain logs"]),
              ("Staff Nurse, St. Agnes Medical Center", "2013 - 2019",
               ["Cared for up to six patients per shift on a med-surg unit",
                "Precepted new graduate nurses during orientation"])],
        edu=["B.S. Nursing, Oregon Health & Science University, 2013",
             "RN License, Oregon State Board of Nursing"],
        skills=["Epic EHR, triage, care coordination, patient education",
                "BLS, infection control, scheduling, quality audits"]),
    dict(
        name="Samuel Adeyemi", title="Marketing Specialist", city="Atlanta, GA",
        email="sam.adeyemi@example.com", phone="(404) 555-0178",
        profile=["Marketing specialist across email, events and paid social campaigns.",
                 "Writes clear copy and reads the numbers behind every campaign."],
        jobs=[("Marketing Specialist, Peachtree Outfitters", "2020 - present",
               ["Planned the seasonal email calendar for 1.2M contacts",
                "Ran paid social tests with a monthly budget of $40K",
                "Produced product launch events in four cities"]),
              ("Marketing Coordinator, Bluebird Books", "2017 - 2020",
               ["Managed author events and bookstore partnerships",
                "Wrote weekly copy for the store newsletter"])],
        edu=["B.A. Communications, Georgia State University, 2017"],
        skills=["HubSpot, Klaviyo, Meta Ads, Google Analytics 4, Canva",
                "Copywriting, A/B testing, event planning, budgeting"]),
]

PHRASES = [
    "Streamlined warehouse picking with barcode scanning",        # 1
    "Negotiated carrier rates across three regions",              # 2
    "Designed APIs for mobile clients",                           # 3
    "Introduced code review standards across teams",              # 4
    "Built automated reporting for finance leadership",           # 5
    "Prepared monthly forecasts for retail stores",               # 6
    "Handled escalated client accounts with care",                # 7
    "Reduced onboarding time by forty percent",                   # 8
    "Improved patient scheduling accuracy across clinics",        # 9
    "Certified in advanced cardiac life support",                 # 10
    "Launched customer loyalty program in spring",                # 11
    "Presented market research to executive board",               # 12
    "Supervised a team of twelve forklift operators",             # 13
    "Cut shipping errors through process redesign",              # 14
    "Optimized database queries for faster checkout",             # 15
    "Maintained uptime above ninety nine percent",                # 16
    "Consolidated legacy spreadsheets into one dashboard",        # 17
    "Drafted internal controls for payroll systems",              # 18
    "Ran usability interviews with enterprise customers",         # 19
    "Recognized twice as top regional renewal performer",         # 20
    "Trained staff on updated infection procedures",              # 21
    "Coordinated discharge planning with social workers",         # 22
    "Secured partnerships with local school districts",           # 23
    "Grew newsletter to fifty thousand subscribers",              # 24
    "Managed vendor contracts for packaging supplies",            # 25
    "Mentored new shift leads through certification",             # 26
    "Led weekly sprint reviews with stakeholders",                # 27
    "Fluent in Spanish and Portuguese",                           # 28
    "Presented variance analysis to the CFO",                     # 29
    "Passed all three CFA exam levels",                           # 30
]

# File table: index -> (kind, hidden).  Odd indices are PDF, even are DOCX.
FILES = {
    1: ("pdf_ocg_off", True),
    2: ("docx_charstyle_vanish", True),
    3: ("pdf_ctrl_stroke_outline", False),
    4: ("docx_w14_nofill", True),
    5: ("pdf_cropbox_outside", True),
    6: ("docx_ctrl_webhidden", False),
    7: ("pdf_alpha_zero", True),
    8: ("docx_cell_shading_match", True),
    9: ("pdf_ctrl_clip_contains", False),
    10: ("docx_offpage_textbox", True),
    11: ("pdf_clip_render_mode", True),
    12: ("docx_ctrl_vanish_override", False),
    13: ("pdf_evenodd_clip_hole", True),
    14: ("docx_docpr_hidden", True),
    15: ("pdf_ctrl_white_on_band", False),
    16: ("docx_footnote_contnotice", True),
    17: ("pdf_white_stroke_only", True),
    18: ("docx_ctrl_white_on_shading", False),
    19: ("pdf_separation_white", True),
    20: ("docx_glossary", True),
    21: ("pdf_ctrl_ocg_on", False),
    22: ("docx_page_colour_match", True),
    23: ("pdf_shading_pattern_match", True),
    24: ("docx_ctrl_textbox_margin", False),
    25: ("pdf_covered_by_panel", True),
    26: ("docx_layered_textbox", True),
    27: ("pdf_ctrl_translucent_overlay", False),
    28: ("docx_negative_indent", True),
    29: ("pdf_tiny_font", True),
    30: ("docx_ctrl_w14_partial_alpha", False),
}


def persona_for(i):
    return PERSONAS[((i - 1) // 2) % 6]


# --------------------------------------------------------------------------
# Small PDF writer
# --------------------------------------------------------------------------

HELV_W = {
    ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191,
    '(': 333, ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278,
    ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
    'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722,
    'I': 278, 'J': 500, 'K': 667, 'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667,
    'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667, 'W': 944, 'X': 667,
    'Y': 667, 'Z': 611, '[': 278, '\\': 278, ']': 278, '^': 469, '_': 556, '`': 333,
    'a': 556, 'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556,
    'i': 222, 'j': 222, 'k': 500, 'l': 222, 'm': 833, 'n': 556, 'o': 556, 'p': 556,
    'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722, 'x': 500,
    'y': 500, 'z': 500, '{': 334, '|': 260, '}': 334, '~': 584,
}
for _d in "0123456789":
    HELV_W[_d] = 556

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def text_width(s, size, family="helv", bold=False):
    """Approximate advance width in points (exact for Helvetica regular)."""
    if family == "courier":
        return 0.6 * size * len(s)
    w = sum(HELV_W.get(ch, 556) for ch in s) / 1000.0 * size
    if bold:
        w *= 1.07
    if family == "times":
        w *= 0.92
    return w


def num(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def rgb(c):
    return "%s %s %s" % (num(c[0]), num(c[1]), num(c[2]))


class PdfDoc:
    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, n, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[n - 1] = body

    def add(self, body):
        n = self.reserve()
        self.set(n, body)
        return n

    def add_stream(self, dict_entries, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            head = "<< /Length %d /Filter /FlateDecode%s >>" % (len(data), dict_entries)
        else:
            head = "<< /Length %d%s >>" % (len(data), dict_entries)
        return self.add(head.encode("latin-1") + b"\nstream\n" + data + b"\nendstream")

    def output(self, root, info, version):
        out = io.BytesIO()
        out.write(b"%PDF-" + version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(self.objs, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % n)
            out.write(body)
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n" % (len(self.objs) + 1))
        out.write(b"0000000000 65535 f \n")
        for o in offsets:
            out.write(b"%010d 00000 n \n" % o)
        fid = hashlib.md5(out.getvalue()).hexdigest().upper().encode()
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                  % (len(self.objs) + 1, root, info, fid, fid))
        out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
        return out.getvalue()


def monogram_image(initials, bg, fg):
    """Pillow-drawn 120x120 monogram badge (RGB, white corners)."""
    im = Image.new("RGB", (120, 120), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, 115, 115), fill=bg)
    d.ellipse((14, 14, 105, 105), outline=fg, width=3)
    # simple block letters drawn from rectangles (no font files needed)
    x = 34
    for ch in initials:
        draw_block_letter(d, ch, x, 42, fg)
        x += 30
    return im


def draw_block_letter(d, ch, x, y, fg):
    w, h, t = 22, 36, 5
    if ch in "DHMNOPRU":
        d.rectangle((x, y, x + t, y + h), fill=fg)
    if ch in "HMNOU":
        d.rectangle((x + w - t, y, x + w, y + h), fill=fg)
    if ch in "OPRDTS":
        d.rectangle((x, y, x + w, y + t), fill=fg)
    if ch in "OUDS":
        d.rectangle((x, y + h - t, x + w, y + h), fill=fg)
    if ch in "HPRS":
        d.rectangle((x, y + h // 2 - 2, x + w, y + h // 2 + 3), fill=fg)
    if ch == "T":
        d.rectangle((x + w // 2 - 2, y, x + w // 2 + 3, y + h), fill=fg)
    if ch in "PR":
        d.rectangle((x + w - t, y, x + w, y + h // 2), fill=fg)
    if ch == "R":
        d.polygon([(x + 8, y + h // 2), (x + 14, y + h // 2), (x + w, y + h), (x + w - 6, y + h)], fill=fg)
    if ch == "S":
        d.rectangle((x, y, x + t, y + h // 2), fill=fg)
        d.rectangle((x + w - t, y + h // 2, x + w, y + h), fill=fg)
    if ch == "D":
        d.rectangle((x + w - t, y + 4, x + w, y + h - 4), fill=fg)
    if ch in "MN":
        d.polygon([(x, y), (x + t + 2, y), (x + w // 2 + 3, y + h * 2 // 3), (x + w // 2 - 3, y + h * 2 // 3)]
                  if ch == "M" else [(x, y), (x + t + 2, y), (x + w, y + h), (x + w - t - 2, y + h)], fill=fg)
        if ch == "M":
            d.polygon([(x + w, y), (x + w - t - 2, y), (x + w // 2 - 3, y + h * 2 // 3),
                       (x + w // 2 + 3, y + h * 2 // 3)], fill=fg)


def initials(p):
    return "".join(part[0] for part in p["name"].split()[:2])


# PDF per-file layout settings: family, page size, header style, image
PDF_STYLE = {
    1: ("helv", "letter", "plain", False),
    3: ("times", "a4", "plain", True),
    5: ("helv", "letter", "plain", False),
    7: ("times", "a4", "band", False),
    9: ("helv", "letter", "gradient", False),
    11: ("times", "a4", "plain", False),
    13: ("helv", "letter", "band", False),
    15: ("times", "a4", "band", False),
    17: ("helv", "letter", "plain", True),
    19: ("times", "a4", "plain", False),
    21: ("helv", "letter", "band", False),
    23: ("times", "a4", "gradient", False),
    25: ("helv", "letter", "plain", False),
    27: ("courier", "a4", "plain", True),
    29: ("helv", "letter", "plain", False),
}

# where the phrase goes in each PDF kind, and whether a bullet marker is drawn
PDF_SLOT = {
    "pdf_ocg_off": ("bullet1", False),
    "pdf_ctrl_stroke_outline": ("bullet1", True),
    "pdf_cropbox_outside": ("above_top", False),
    "pdf_alpha_zero": ("bullet2", False),
    "pdf_ctrl_clip_contains": ("bullet2", True),
    "pdf_clip_render_mode": ("header_right", False),
    "pdf_evenodd_clip_hole": ("bullet1", False),
    "pdf_ctrl_white_on_band": ("band_right", False),
    "pdf_white_stroke_only": ("gap", False),
    "pdf_separation_white": ("bullet2", False),
    "pdf_ctrl_ocg_on": ("bullet1", True),
    "pdf_shading_pattern_match": ("band_right", False),
    "pdf_covered_by_panel": ("panel", False),
    "pdf_ctrl_translucent_overlay": ("bullet2", True),
    "pdf_tiny_font": ("footer", False),
}

ACCENTS = [(0.10, 0.27, 0.45), (0.55, 0.13, 0.18), (0.09, 0.38, 0.33),
           (0.25, 0.25, 0.30), (0.20, 0.30, 0.55), (0.45, 0.30, 0.10)]


def build_pdf(i, phrase):
    kind, _hidden = FILES[i]
    p = persona_for(i)
    fam, size_name, header, with_image = PDF_STYLE[i]
    W, H = (612.0, 792.0) if size_name == "letter" else (595.28, 841.89)
    M = 54.0
    accent = ACCENTS[((i - 1) // 2) % 6]
    slot, marker = PDF_SLOT[kind]
    doc = PdfDoc()

    cat = doc.reserve()
    pages = doc.reserve()
    page = doc.reserve()
    fonts = {}
    for key, base in zip(("F1", "F2", "F3"), FAMILIES[fam]):
        fonts[key] = doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base)
    res_extgs = {}
    res_xobj = {}
    res_props = {}
    res_cs = {}
    res_pat = {}
    res_sh = {}
    catalog_extra = ""

    ops = []

    def T(x, y, font, size, s, color=(0, 0, 0)):
        ops.append("BT /%s %s Tf %s rg %s %s Td %s Tj ET" % (font, num(size), rgb(color), num(x), num(y), pdf_str(s)))

    def tw(s, size, bold=False):
        return text_width(s, size, fam, bold)

    # ---- header
    sub = "%s  |  %s" % (p["title"], p["city"])
    contact = "%s  |  %s" % (p["email"], p["phone"])
    shading_ref = None
    if header in ("band", "gradient"):
        band_h = 100.0
        if header == "band":
            ops.append("q %s rg 0 %s %s %s re f Q" % (rgb(accent), num(H - band_h), num(W), num(band_h)))
        else:
            c0 = accent
            c1 = (min(1, accent[0] + 0.25), min(1, accent[1] + 0.35), min(1, accent[2] + 0.30))
            fn = "<< /FunctionType 2 /Domain [0 1] /C0 [%s] /C1 [%s] /N 1 >>" % (rgb(c0), rgb(c1))
            shading_ref = doc.add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 %s 0] /Function %s "
                                  "/Extend [true true] >>" % (num(W), fn))
            res_sh["Sh0"] = shading_ref
            ops.append("q 0 %s %s %s re W n /Sh0 sh Q" % (num(H - band_h), num(W), num(band_h)))
        T(M, H - 50, "F2", 22, p["name"], (1, 1, 1))
        T(M, H - 70, "F1", 11, sub, (1, 1, 1))
        T(M, H - 86, "F1", 9.5, contact, (0.92, 0.94, 0.97))
        y = H - 130
    else:
        T(M, H - 66, "F2", 22, p["name"], accent)
        T(M, H - 84, "F1", 11, sub, (0.2, 0.2, 0.2))
        T(M, H - 99, "F1", 9.5, contact, (0.35, 0.35, 0.35))
        ops.append("q %s RG 0.8 w %s %s m %s %s l S Q" % (rgb(accent), num(M), num(H - 110), num(W - M), num(H - 110)))
        y = H - 136

    if with_image:
        im = monogram_image(initials(p), tuple(int(c * 255) for c in accent), (255, 255, 255))
        raw = im.tobytes()
        img = doc.add_stream(" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                             "/BitsPerComponent 8" % im.size, raw)
        res_xobj["Im1"] = img
        ops.append("q 60 0 0 60 %s %s cm /Im1 Do Q" % (num(W - M - 60), num(H - 100)))

    lead = 13.8
    slots = {}

    def section(title):
        nonlocal y
        T(M, y, "F2", 11.5, title.upper(), accent)
        ops.append("q 0.75 0.75 0.75 RG 0.5 w %s %s m %s %s l S Q" % (num(M), num(y - 4), num(W - M), num(y - 4)))
        y -= 19

    def bullet(s):
        nonlocal y
        ops.append("q %s rg %s %s 2.6 2.6 re f Q" % (rgb(accent), num(M + 4), num(y + 2.4)))
        T(M + 14, y, "F1", 10, s, (0.1, 0.1, 0.1))
        y -= lead

    section("Profile")
    for line in p["profile"]:
        T(M, y, "F1", 10, line, (0.1, 0.1, 0.1))
        y -= lead
    y -= 8
    section("Experience")
    for j, (role, dates, bullets) in enumerate(p["jobs"]):
        T(M, y, "F2", 10.5, role, (0.05, 0.05, 0.05))
        T(W - M - tw(dates, 9.5), y, "F3", 9.5, dates, (0.3, 0.3, 0.3))
        y -= lead + 1
        for b in bullets:
            bullet(b)
        slots["bullet%d" % (j + 1)] = y
        y -= lead   # room for the phrase slot (always reserved: same layout)
        y -= 6
    y -= 4
    section("Education")
    for line in p["edu"]:
        T(M, y, "F1", 10, line, (0.1, 0.1, 0.1))
        y -= lead
    y -= 8
    panel_top = y + 14
    panel_ops_at = len(ops)
    section("Skills")
    for line in p["skills"]:
        T(M, y, "F1", 10, line, (0.1, 0.1, 0.1))
        y -= lead
    panel_bottom = y - 2
    slots["gap"] = y - 22
    slots["footer"] = 40.0

    # ---- phrase position
    size = 10.0
    font = "F1"
    if slot in ("bullet1", "bullet2"):
        px, py = M + 14, slots[slot]
    elif slot == "gap":
        px, py = M, slots["gap"]
    elif slot == "footer":
        px, py = M, slots["footer"]
    elif slot == "header_right":
        px, py = W - M - tw(phrase, 10) , H - 66
    elif slot == "band_right":
        font = "F2"
        size = 9.5
        px, py = W - M - tw(phrase, 9.5, True), H - 28
    elif slot == "above_top":
        px, py = M, H + 36
    elif slot == "panel":
        px, py = W - M - 8 - tw(phrase, 10), panel_bottom + 6
    else:
        raise ValueError(slot)
    pw = tw(phrase, size, font == "F2")
    s = pdf_str(phrase)
    ink = (0.1, 0.1, 0.1)
    ph = []  # ops for the phrase
    if marker:
        ph.append("q %s rg %s %s 2.6 2.6 re f Q" % (rgb(accent), num(M + 4), num(py + 2.4)))

    def simple(color=ink, extra=""):
        return "BT /%s %s Tf %s rg %s%s %s Td %s Tj ET" % (font, num(size), rgb(color), extra, num(px), num(py), s)

    if kind in ("pdf_ocg_off", "pdf_ctrl_ocg_on"):
        ocg = doc.add("<< /Type /OCG /Name (%s) /Intent /View >>" %
                      ("Reviewer notes" if kind == "pdf_ocg_off" else "Resume text"))
        res_props["oc1"] = ocg
        off = "[%d 0 R]" % ocg if kind == "pdf_ocg_off" else "[]"
        on = "[]" if kind == "pdf_ocg_off" else "[%d 0 R]" % ocg
        catalog_extra = (" /OCProperties << /OCGs [%d 0 R] /D << /Name (Default) /Order [%d 0 R] "
                         "/ON %s /OFF %s >> >>" % (ocg, ocg, on, off))
        ph.append("/OC /oc1 BDC " + simple() + " EMC")
    elif kind == "pdf_ctrl_stroke_outline":
        font = "F2"
        size = 10.5
        ph.append("q 0.08 0.16 0.32 RG 1 1 1 rg 0.45 w 1 Tr " + simple((1, 1, 1)) + " Q")
    elif kind == "pdf_cropbox_outside":
        ph.append(simple())
    elif kind == "pdf_alpha_zero":
        res_extgs["GS0"] = doc.add("<< /Type /ExtGState /ca 0 /CA 0 >>")
        ph.append("q /GS0 gs " + simple() + " Q")
    elif kind == "pdf_ctrl_clip_contains":
        ph.append("q %s %s %s %s re W n %s Q" % (num(px - 3), num(py - 4), num(pw + 8), num(size + 6), simple()))
    elif kind == "pdf_clip_render_mode":
        ph.append("q BT 7 Tr /%s %s Tf 0 0 0 rg %s %s Td %s Tj ET Q" % (font, num(size), num(px), num(py), s))
    elif kind == "pdf_evenodd_clip_hole":
        ph.append("q 0 0 %s %s re %s %s %s %s re W* n %s Q" % (
            num(W), num(H), num(px - 4), num(py - 5), num(pw + 16), num(size + 8), simple()))
    elif kind == "pdf_ctrl_white_on_band":
        ph.append(simple((1, 1, 1)))
    elif kind == "pdf_white_stroke_only":
        ph.append("q 1 1 1 RG 0.6 w 1 Tr " + simple((0, 0, 0)) + " Q")
    elif kind == "pdf_separation_white":
        fn = "<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 0 0 0] /N 1 >>"
        res_cs["CS0"] = doc.add("[/Separation /White /DeviceCMYK %s]" % fn)
        ph.append("q /CS0 cs 1 scn BT /%s %s Tf %s %s Td %s Tj ET Q" % (font, num(size), num(px), num(py), s))
    elif kind == "pdf_shading_pattern_match":
        res_pat["P0"] = doc.add("<< /Type /Pattern /PatternType 2 /Shading %d 0 R /Matrix [1 0 0 1 0 0] >>"
                                % shading_ref)
        ph.append("q /Pattern cs /P0 scn BT /%s %s Tf %s %s Td %s Tj ET Q" % (font, num(size), num(px), num(py), s))
    elif kind == "pdf_covered_by_panel":
        ph.append(simple())
    elif kind == "pdf_ctrl_translucent_overlay":
        res_extgs["GS1"] = doc.add("<< /Type /ExtGState /ca 0.35 /CA 0.35 >>")
        ph.append(simple())
        ph.append("q /GS1 gs 1 1 1 rg %s %s %s %s re f Q" % (num(px - 4), num(py - 4), num(pw + 10), num(size + 6)))
    elif kind == "pdf_tiny_font":
        size = 0.1
        ph.append(simple((0.1, 0.1, 0.1)))
    else:
        raise ValueError(kind)

    if kind == "pdf_covered_by_panel":
        # phrase first, then the opaque skills panel, then the skills text on top
        panel = "q 0.93 0.945 0.96 rg %s %s %s %s re f Q" % (
            num(M - 8), num(panel_bottom), num(W - 2 * M + 16), num(panel_top - panel_bottom))
        ops[panel_ops_at:panel_ops_at] = ph + [panel]
    else:
        ops.extend(ph)

    # footer line (small, visible) on every page
    foot = "References available on request"
    if kind != "pdf_tiny_font":
        T(W - M - tw(foot, 8), 30, "F3", 8, foot, (0.45, 0.45, 0.45))

    content = ("\n".join(ops) + "\n").encode("latin-1")
    cstream = doc.add_stream("", content)

    def rdict(name, d):
        if not d:
            return ""
        return " /%s << %s >>" % (name, " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(d.items())))

    resources = "<< /Font << %s >>%s%s%s%s%s%s /ProcSet [/PDF /Text /ImageC] >>" % (
        " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(fonts.items())),
        rdict("ExtGState", res_extgs), rdict("XObject", res_xobj), rdict("Properties", res_props),
        rdict("ColorSpace", res_cs), rdict("Pattern", res_pat), rdict("Shading", res_sh))
    if kind == "pdf_cropbox_outside":
        boxes = "/MediaBox [0 0 %s %s] /CropBox [0 0 %s %s]" % (num(W), num(H + 72), num(W), num(H))
    else:
        boxes = "/MediaBox [0 0 %s %s]" % (num(W), num(H))
    doc.set(page, "<< /Type /Page /Parent %d 0 R %s /Resources %s /Contents %d 0 R >>"
            % (pages, boxes, resources, cstream))
    doc.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    doc.set(cat, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, catalog_extra))
    producers = ["Resume Builder 3.2", "PDF Export 1.9", "DocPress 5"]
    info = doc.add("<< /Title (%s - Resume) /Author (%s) /Producer (%s) /Creator (%s) "
                   "/CreationDate (D:20250311093000Z) /ModDate (D:20250311093000Z) >>"
                   % (p["name"], p["name"], producers[i % 3], producers[(i + 1) % 3]))
    version = "1.7" if (res_props or res_pat or res_cs) else ("1.4" if i % 4 == 1 else "1.6")
    return doc.output(cat, info, version)


# --------------------------------------------------------------------------
# DOCX (WordprocessingML written by hand)
# --------------------------------------------------------------------------

NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
    'mc:Ignorable="w14 w15 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, rpr=""):
    t = '<w:t xml:space="preserve">%s</w:t>' % esc(text) if (text[:1] == " " or text[-1:] == " ") else \
        "<w:t>%s</w:t>" % esc(text)
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", t)


def para(content, style=None, ppr_extra=""):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    ppr += ppr_extra
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", content)


EMU_IN = 914400


def textbox(doc_id, name, paras_xml, h_rel, h_off, v_rel, v_off, cx, cy, rel_height=251659264,
            fill=None, hidden_attr=False, behind=False):
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    docpr = '<wp:docPr id="%d" name="%s"%s/>' % (doc_id, name, ' hidden="1"' if hidden_attr else "")
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>%s'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s<a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" '
        'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" '
        'fromWordArt="0" anchor="t" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
        '<a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></w:r>'
        % (rel_height, 1 if behind else 0, h_rel, h_off, v_rel, v_off, cx, cy, docpr, cx, cy, fill_xml, paras_xml))


THEME = (
    XML_HEAD +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
    '<a:themeElements><a:clrScheme name="Office">'
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
    '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
    '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
    '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
    '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
    '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>'
    '</a:clrScheme><a:fontScheme name="Office">'
    '<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
    '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="67000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="94000"/></a:schemeClr></a:solidFill>'
    '</a:fillStyleLst><a:lnStyleLst>'
    '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>'
    '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
)


def styles_xml(extra_styles=""):
    return (
        XML_HEAD +
        '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
        'w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
        '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
        '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/></w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
        '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" '
        'w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:hAnsiTheme="majorHAnsi"/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ContactLine"><w:name w:val="Contact Line"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="595959"/>'
        '<w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="A6A6A6"/></w:pBdr>'
        '<w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts '
        'w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:caps/><w:color w:val="1F3864"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobTitle"><w:name w:val="Job Title"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="right" w:pos="10080"/></w:tabs>'
        '<w:spacing w:before="80" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
        '<w:spacing w:after="40"/><w:contextualSpacing/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyCompact"><w:name w:val="Body Compact"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="DatesChar"><w:name w:val="Dates Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:b w:val="0"/>'
        '<w:i/><w:color w:val="595959"/><w:sz w:val="20"/></w:rPr></w:style>'
        + extra_styles +
        '</w:styles>'
    )


NUMBERING = (
    XML_HEAD +
    '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/>'
    '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)

FONT_TABLE = (
    XML_HEAD +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'
)

WEB_SETTINGS = (
    XML_HEAD +
    '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
)


def settings_xml(background=False, footnotes=False):
    return (
        XML_HEAD +
        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
        '<w:zoom w:percent="100"/>'
        + ('<w:displayBackgroundShape/>' if background else '') +
        '<w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        + ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
           '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if footnotes else '') +
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
        '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
        '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
        '<m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="en-US"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
        'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
        'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit">'
        '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        '<w15:chartTrackingRefBased/><w15:docId w15:val="{6F1C%04d-3B2A-4C1E-9D7A-51B0C2E4A%03d}"/>'
        '</w:settings>'
    )


def footnotes_xml(notice_text, real_note):
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    return (
        XML_HEAD + '<w:footnotes %s>' % ns +
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationNotice" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/><w:jc w:val="right"/></w:pPr>%s</w:p></w:footnote>' % (run(notice_text) if notice_text else "") +
        '<w:footnote w:id="2"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
        % run(" " + real_note, '<w:sz w:val="18"/>') +
        '</w:footnotes>'
    )


def endnotes_xml():
    return (
        XML_HEAD + '<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>'
    )


def glossary_xml(entry_text):
    return (
        XML_HEAD + '<w:glossaryDocument %s><w:docParts>' % NS_DECL +
        '<w:docPart><w:docPartPr><w:name w:val="Cover letter closing"/><w:category><w:name w:val="General"/>'
        '<w:gallery w:val="autoTxt"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors>'
        '<w:guid w:val="{3E5B1F20-7A41-4D0B-8C52-0F4A9B6E2D11}"/></w:docPartPr><w:docPartBody>'
        + para(run(entry_text) if entry_text else "", ppr_extra='<w:spacing w:after="0"/>') +
        '</w:docPartBody></w:docPart>'
        '<w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_-1854013440"/><w:category><w:name w:val="General"/>'
        '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
        '<w:behaviors><w:behavior w:val="content"/></w:behaviors>'
        '<w:guid w:val="{8C0D2A6B-1F93-4E27-A5C4-6B7E0D3F9A22}"/></w:docPartPr><w:docPartBody>'
        + para(run("Click or tap here to enter text.", '<w:color w:val="808080"/>')) +
        '</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'
    )


def footer_xml(text):
    return (XML_HEAD + '<w:ftr %s>' % NS_DECL +
            para(run(text, '<w:color w:val="7F7F7F"/><w:sz w:val="16"/>'), ppr_extra='<w:jc w:val="center"/>') +
            '</w:ftr>')


CT_BASE = [
    ("Default", "rels", "application/vnd.openxmlformats-package.relationships+xml"),
    ("Default", "xml", "application/xml"),
]
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def content_types(overrides):
    parts = ['<Default Extension="%s" ContentType="%s"/>' % (e, c) for _, e, c in CT_BASE]
    parts += ['<Override PartName="%s" ContentType="%s"/>' % (n, c) for n, c in overrides]
    return (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(parts) + '</Types>')


def rels_xml(rels):
    return (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                      'relationships/%s" Target="%s"/>' % r for r in rels) + '</Relationships>')


def core_xml(p, i):
    return (
        XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-%02dT14:05:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-%02dT08:41:00Z</dcterms:modified>'
        '</cp:coreProperties>' % (p["name"], p["name"], 2 + i % 5, 3 + i % 20, 4 + i % 20)
    )


def app_xml(words, chars):
    return (
        XML_HEAD +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>37</TotalTime><Pages>1</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>' % (words, chars, chars // 70 + 1, chars // 300 + 1, chars + words)
    )


def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data, compresslevel=6)
    return buf.getvalue()


DOCX_PAGE = {  # page size and margins (twips) per file, letter or A4
    "letter": (12240, 15840, 1080),
    "a4": (11906, 16838, 1021),
}


def build_docx(i, phrase):
    kind, _hidden = FILES[i]
    p = persona_for(i)
    k = (i - 2) // 2
    size_name = "letter" if k % 2 == 0 else "a4"
    pw, ph, mar = DOCX_PAGE[size_name]
    text_w = pw - 2 * mar
    extra_styles = ""
    extra_parts = []        # (zip name, xml, content type override or None)
    doc_rels = []
    settings_bg = False
    settings_fn = False
    background = ""
    footer_text = None
    body = []

    tab_pos = text_w

    def job_line(role, dates):
        return para(run(role) + '<w:r><w:tab/></w:r>' + run(dates, '<w:rStyle w:val="DatesChar"/>'), "JobTitle",
                    '<w:tabs><w:tab w:val="clear" w:pos="10080"/><w:tab w:val="right" w:pos="%d"/></w:tabs>' % tab_pos
                    if tab_pos != 10080 else "")

    # ---- header block (title + contact), or a shaded banner table for two kinds
    sub = "%s  |  %s  |  %s  |  %s" % (p["title"], p["city"], p["email"], p["phone"])
    if kind in ("docx_cell_shading_match", "docx_ctrl_white_on_shading"):
        fill = "1F3864" if kind == "docx_cell_shading_match" else "2E4A62"
        cell = (para(run(p["name"], '<w:color w:val="FFFFFF"/><w:sz w:val="48"/><w:szCs w:val="48"/>'),
                     ppr_extra='<w:spacing w:before="120" w:after="40"/>')
                + para(run(sub, '<w:color w:val="D9E2F3"/><w:sz w:val="19"/><w:szCs w:val="19"/>'),
                       ppr_extra='<w:spacing w:after="40"/>'))
        if kind == "docx_cell_shading_match":
            cell += para(run(phrase, '<w:color w:val="%s"/><w:sz w:val="18"/><w:szCs w:val="18"/>' % fill)
                         if phrase else "", ppr_extra='<w:spacing w:after="80"/>')
        else:
            cell += para(run(phrase, '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="20"/><w:szCs w:val="20"/>')
                         if phrase else "", ppr_extra='<w:spacing w:after="120"/>')
        body.append(
            '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="%s"/>'
            '</w:tcPr>%s</w:tc></w:tr></w:tbl>' % (text_w, text_w, text_w, fill, cell))
        body.append(para("", ppr_extra='<w:spacing w:after="0"/>'))
    else:
        name_runs = run(p["name"])
        if kind == "docx_ctrl_textbox_margin":
            box_cx = int(1.9 * EMU_IN)
            box = para(run(phrase, '<w:b/><w:color w:val="1F3864"/><w:sz w:val="18"/><w:szCs w:val="18"/>')
                       if phrase else "", ppr_extra='<w:spacing w:after="0"/>')
            off = text_w * 635 - box_cx + int(0.45 * EMU_IN)
            name_runs = textbox(2, "Text Box 2", box, "margin", off, "paragraph", 0, box_cx, int(0.62 * EMU_IN),
                                fill="DEEAF6") + name_runs
        if kind == "docx_layered_textbox":
            under = para(run(phrase, '<w:sz w:val="16"/><w:szCs w:val="16"/>') if phrase else "",
                         ppr_extra='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
            over = para(run("Open to relocation within the region",
                            '<w:i/><w:color w:val="1F3864"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
                        ppr_extra='<w:spacing w:after="0"/><w:jc w:val="center"/>')
            x = text_w * 635 - int(3.1 * EMU_IN)
            name_runs = (textbox(4, "Text Box 4", under, "margin", x + int(0.1 * EMU_IN), "paragraph",
                                 int(0.05 * EMU_IN), int(2.9 * EMU_IN), int(0.3 * EMU_IN),
                                 rel_height=251659264)
                         + textbox(5, "Text Box 5", over, "margin", x, "paragraph", 0,
                                   int(3.1 * EMU_IN), int(0.42 * EMU_IN), rel_height=251661312,
                                   fill="E8EDF4")
                         + name_runs)
        body.append(para(name_runs, "Title"))
        body.append(para(run(sub), "ContactLine"))

    # ---- profile
    body.append(para(run("Profile"), "Heading1"))
    prof = " ".join(p["profile"])
    if kind == "docx_charstyle_vanish":
        extra_styles += (
            '<w:style w:type="character" w:customStyle="1" w:styleId="NoteBase"><w:name w:val="Note Base"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:semiHidden/><w:rPr><w:vanish/>'
            '<w:color w:val="404040"/></w:rPr></w:style>'
            '<w:style w:type="character" w:customStyle="1" w:styleId="ProfileDetail"><w:name w:val="Profile Detail"/>'
            '<w:basedOn w:val="NoteBase"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:i/></w:rPr></w:style>')
        body.append(para(run(prof + " ") + (run(phrase + ".", '<w:rStyle w:val="ProfileDetail"/>') if phrase else ""),
                         "BodyCompact"))
    else:
        body.append(para(run(prof), "BodyCompact"))

    # ---- experience
    body.append(para(run("Experience"), "Heading1"))
    for j, (role, dates, bullets) in enumerate(p["jobs"]):
        anchor_runs = ""
        if j == 0 and kind == "docx_offpage_textbox":
            box = para(run(phrase) if phrase else "", ppr_extra='<w:spacing w:after="0"/>')
            anchor_runs = textbox(2, "Text Box 2", box, "page", -int(3.5 * EMU_IN), "paragraph", 0,
                                  int(2.5 * EMU_IN), int(0.5 * EMU_IN))
        if j == 0 and kind == "docx_docpr_hidden":
            box = para(run(phrase, '<w:sz w:val="18"/><w:szCs w:val="18"/>') if phrase else "",
                       ppr_extra='<w:spacing w:after="0"/>')
            anchor_runs = textbox(3, "Text Box 3", box, "margin", text_w * 635 - int(2.6 * EMU_IN), "paragraph",
                                  int(0.25 * EMU_IN), int(2.6 * EMU_IN), int(0.55 * EMU_IN),
                                  fill="F2F2F2", hidden_attr=True)
        if anchor_runs:
            body.append(para(anchor_runs + run(role) + '<w:r><w:tab/></w:r>' +
                             run(dates, '<w:rStyle w:val="DatesChar"/>'), "JobTitle",
                             '<w:tabs><w:tab w:val="clear" w:pos="10080"/><w:tab w:val="right" w:pos="%d"/></w:tabs>'
                             % tab_pos if tab_pos != 10080 else ""))
        else:
            body.append(job_line(role, dates))
        for b in bullets:
            body.append(para(run(b), "ListBullet"))
        if j == 0:
            # phrase as a visible or hidden bullet / paragraph in the first job
            if kind == "docx_ctrl_webhidden":
                body.append(para(run(phrase, '<w:webHidden/>') if phrase else "", "ListBullet"))
            elif kind == "docx_ctrl_vanish_override":
                extra_styles += (
                    '<w:style w:type="character" w:customStyle="1" w:styleId="DraftNote"><w:name w:val="Draft Note"/>'
                    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:vanish/>'
                    '<w:color w:val="7F7F7F"/></w:rPr></w:style>')
                body.append(para(run(phrase, '<w:rStyle w:val="DraftNote"/><w:vanish w:val="0"/><w:color w:val="262626"/>')
                                 if phrase else "", "ListBullet"))
            elif kind == "docx_ctrl_w14_partial_alpha":
                body.append(para(run(phrase, '<w:color w:val="1F3864"/><w14:textFill><w14:solidFill>'
                                     '<w14:srgbClr w14:val="1F3864"><w14:alpha w14:val="25000"/></w14:srgbClr>'
                                     '</w14:solidFill></w14:textFill>') if phrase else "", "ListBullet"))
            elif kind == "docx_footnote_contnotice":
                pass
        if j == 1 and kind == "docx_w14_nofill":
            body.append(para(run(phrase, '<w:color w:val="262626"/><w14:textOutline w14:w="0" w14:cap="flat" '
                                 'w14:cmpd="sng" w14:algn="ctr"><w14:noFill/><w14:prstDash w14:val="solid"/>'
                                 '<w14:round/></w14:textOutline><w14:textFill><w14:noFill/></w14:textFill>')
                             if phrase else "", "BodyCompact"))
        if j == 1 and kind == "docx_negative_indent":
            body.append(para(run(phrase) if phrase else "", "BodyCompact",
                             '<w:ind w:left="-%d" w:right="%d"/>' % (text_w + 3600, text_w + 3600)))

    # ---- education
    body.append(para(run("Education"), "Heading1"))
    for line in p["edu"]:
        if kind == "docx_footnote_contnotice" and line is p["edu"][0]:
            body.append(para(run(line) + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             '<w:footnoteReference w:id="2"/></w:r>', "BodyCompact"))
        else:
            body.append(para(run(line), "BodyCompact"))

    # ---- skills
    body.append(para(run("Skills"), "Heading1"))
    for line in p["skills"]:
        body.append(para(run(line), "BodyCompact"))
    if kind == "docx_page_colour_match":
        bg = "FBF7EE"
        background = '<w:background w:color="%s"/>' % bg
        settings_bg = True
        body.append(para(run(phrase, '<w:color w:val="%s"/>' % bg) if phrase else "", "BodyCompact"))

    # ---- extra parts
    if kind == "docx_footnote_contnotice":
        settings_fn = True
        extra_parts.append(("word/footnotes.xml", footnotes_xml(phrase, "Transcript available on request."),
                            WML + "footnotes+xml"))
        extra_parts.append(("word/endnotes.xml", endnotes_xml(), WML + "endnotes+xml"))
        doc_rels.append(("footnotes", "footnotes.xml"))
        doc_rels.append(("endnotes", "endnotes.xml"))
    if kind == "docx_glossary":
        extra_parts.append(("word/glossary/document.xml", glossary_xml(phrase), WML + "document.glossary+xml"))
        doc_rels.append(("glossaryDocument", "glossary/document.xml"))
    if i % 3 == 0:
        footer_text = "%s  |  %s" % (p["name"], p["email"])
        extra_parts.append(("word/footer1.xml", footer_xml(footer_text), WML + "footer+xml"))
        doc_rels.append(("footer", "footer1.xml"))

    sect = ""
    rid_map = {}
    all_rels = [("styles", "styles.xml"), ("settings", "settings.xml"), ("webSettings", "webSettings.xml")]
    all_rels += doc_rels
    all_rels += [("numbering", "numbering.xml"), ("fontTable", "fontTable.xml"), ("theme", "theme/theme1.xml")]
    rels = []
    for n, (t, target) in enumerate(all_rels, 1):
        rels.append(("rId%d" % n, t, target))
        rid_map[target] = "rId%d" % n
    if footer_text:
        sect += '<w:footerReference w:type="default" r:id="%s"/>' % rid_map["footer1.xml"]
    sect += ('<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
             'w:header="576" w:footer="576" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
             % (pw, ph, mar - 144, mar, mar - 144, mar))
    document = (XML_HEAD + '<w:document %s>%s<w:body>%s<w:sectPr>%s</w:sectPr></w:body></w:document>'
                % (NS_DECL, background, "".join(body), sect))

    words = sum(len(s.split()) for s in [p["name"], sub, prof] + [b for j in p["jobs"] for b in j[2]]
                + p["edu"] + p["skills"])
    chars = sum(len(s) for s in [p["name"], sub, prof] + [b for j in p["jobs"] for b in j[2]] + p["edu"] + p["skills"])

    overrides = [("/word/document.xml", WML + "document.main+xml"),
                 ("/word/styles.xml", WML + "styles+xml"),
                 ("/word/settings.xml", WML + "settings+xml"),
                 ("/word/webSettings.xml", WML + "webSettings+xml")]
    overrides += [("/" + n, ct) for n, _x, ct in extra_parts]
    overrides += [("/word/numbering.xml", WML + "numbering+xml"),
                  ("/word/fontTable.xml", WML + "fontTable+xml"),
                  ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                  ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    pkg_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                'core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'officeDocument" Target="word/document.xml"/></Relationships>')
    settings = settings_xml(settings_bg, settings_fn) % (i, i)
    members = [("[Content_Types].xml", content_types(overrides)),
               ("_rels/.rels", pkg_rels),
               ("word/document.xml", document),
               ("word/_rels/document.xml.rels", rels_xml(rels))]
    members += [(n, x) for n, x, _ct in extra_parts]
    members += [("word/theme/theme1.xml", THEME),
                ("word/settings.xml", settings),
                ("word/styles.xml", styles_xml(extra_styles)),
                ("word/numbering.xml", NUMBERING),
                ("word/webSettings.xml", WEB_SETTINGS),
                ("word/fontTable.xml", FONT_TABLE),
                ("docProps/core.xml", core_xml(p, i)),
                ("docProps/app.xml", app_xml(words, chars))]
    return zip_bytes(members)


# --------------------------------------------------------------------------

def build(i, phrase=None):
    """Return (file name, bytes) for file i (1..30)."""
    if phrase is None:
        phrase = PHRASES[i - 1]
    if i % 2 == 1:
        return "resume_%02d.pdf" % i, build_pdf(i, phrase)
    return "resume_%02d.docx" % i, build_docx(i, phrase)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_hidden_blind11.py OUTDIR\n")
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
