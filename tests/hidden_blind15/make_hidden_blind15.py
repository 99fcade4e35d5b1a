#!/usr/bin/env python3
"""hidden_blind15: labelled held-out resume files for the hidden-text detector.

Usage:  python make_hidden_blind15.py OUTDIR

Writes resume_01 .. resume_30 (odd numbers PDF, even numbers DOCX).  Each file
holds exactly one marker phrase, hidden from a human reader or visible (see
labels.json).  build(i, phrase=None) returns (name, bytes) for one file; an
empty phrase gives the same layout without the phrase (hidden machinery such
as clip paths, annotations, colour spaces or crop boxes stays in place).

Deterministic: no randomness, no clock, fixed dates, fixed zip member order.
Only the standard library and Pillow are used.
"""
import hashlib
import io
import os
import re
import struct
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw

# --------------------------------------------------------------------------
# Personas (fictional)
# --------------------------------------------------------------------------
PERSONAS = [
    dict(
        name="Lena Marquardt", title="Senior UX Designer",
        city="Portland, OR", phone="(503) 555-0148",
        email="lena.marquardt@example.com", link="linkedin.com/in/lenamarquardt",
        summary=["Product designer with 8 years of experience shaping web and mobile experiences for",
                 "fintech and healthcare clients. Pairs research with systems thinking and clear prototypes."],
        jobs=[("Senior UX Designer", "Northwind Credit Union", "Portland, OR", "2020 \u2013 Present",
               ["Own end-to-end design for the member mobile app used by 220,000 customers",
                "Introduced a design critique cadence that cut review cycles from 3 weeks to 8 days",
                "Partner with engineering on tokens, theming and WCAG 2.1 AA conformance"]),
              ("UX Designer", "Cascadia Health Partners", "Seattle, WA", "2016 \u2013 2020",
               ["Redesigned the patient portal appointment flow, raising completion to 91 percent",
                "Facilitated discovery workshops with clinicians, schedulers and billing staff",
                "Produced wireframes, prototypes and annotated specs for four product squads"])],
        education=["M.S. Human-Computer Interaction, University of Washington, 2016",
                   "B.A. Graphic Design, Oregon State University, 2013"],
        skills=[("Tools", "Figma, FigJam, Axure, Maze, Dovetail, HTML/CSS, design systems"),
                ("Methods", "Usability testing, information architecture, journey mapping, accessibility")],
        phrases=["Led accessibility audits across checkout flows",
                 "Built reusable Figma component library for teams",
                 "Ran moderated usability tests with 40 participants",
                 "Reduced onboarding drop-off by 18 percent",
                 "Mapped customer journeys for mobile banking"],
        pdf=dict(family="Helvetica", page="Letter", header="band", accent=(0.07, 0.33, 0.38), logo=True),
        docx=dict(font=None, page="Letter", size=21, accent="13545F", footer=False),
    ),
    dict(
        name="Tomasz Wieczorek, PE", title="Civil Engineer",
        city="Denver, CO", phone="(720) 555-0192",
        email="t.wieczorek@example.com", link="linkedin.com/in/twieczorek",
        summary=["Licensed civil engineer with 10 years in site development, transportation and",
                 "drainage design. Known for clean plan sets, careful QA/QC and steady agency coordination."],
        jobs=[("Project Engineer", "Front Range Civil Group", "Denver, CO", "2018 \u2013 Present",
               ["Lead site civil design for commercial and multifamily projects up to 40 acres",
                "Prepare drainage reports and erosion control plans to Denver and Aurora criteria",
                "Supervise two EITs and review calculations before every submittal"]),
              ("Design Engineer", "Platte Valley Transportation", "Lakewood, CO", "2014 \u2013 2018",
               ["Designed roadway widening and intersection improvements for CDOT projects",
                "Produced quantities, cost estimates and specifications for bid packages",
                "Attended public meetings and answered resident questions on construction staging"])],
        education=["B.S. Civil Engineering, Colorado School of Mines, 2014",
                   "Professional Engineer, State of Colorado, 2019"],
        skills=[("Software", "AutoCAD Civil 3D, MicroStation, HEC-RAS, StormCAD, Bluebeam, ArcGIS Pro"),
                ("Practice", "Hydrology, site grading, utility design, traffic control, construction administration")],
        phrases=["Designed stormwater detention for municipal parking",
                 "Managed bridge deck rehabilitation on schedule",
                 "Prepared grading plans using Civil 3D",
                 "Reviewed geotechnical reports for retaining walls",
                 "Coordinated utility relocations with city inspectors"],
        pdf=dict(family="Times", page="Letter", header="rule", accent=(0.20, 0.24, 0.30), logo=False),
        docx=dict(font="Cambria", page="Letter", size=22, accent="2F3B4C", footer=False),
    ),
    dict(
        name="Aisha Rahimi, PharmD", title="Clinical Pharmacist",
        city="Columbus, OH", phone="(614) 555-0137",
        email="aisha.rahimi@example.com", link="linkedin.com/in/aisharahimi",
        summary=["Board-certified pharmacotherapy specialist with 7 years of inpatient experience in",
                 "oncology, internal medicine and transitions of care. Calm, precise and team-oriented."],
        jobs=[("Clinical Pharmacist", "Scioto Valley Medical Center", "Columbus, OH", "2019 \u2013 Present",
               ["Round daily with internal medicine teams and recommend therapy adjustments",
                "Manage pharmacokinetic dosing for vancomycin and aminoglycosides",
                "Counsel patients on new anticoagulants and inhalers before discharge"]),
              ("Staff Pharmacist", "Buckeye Community Hospital", "Dublin, OH", "2017 \u2013 2019",
               ["Verified 400+ orders per shift in a 250-bed acute care hospital",
                "Maintained USP 797 compliance in the IV room and trained technicians",
                "Resolved drug shortages by identifying therapeutic alternatives with prescribers"])],
        education=["Doctor of Pharmacy, The Ohio State University, 2017",
                   "PGY1 Pharmacy Residency, Riverside Methodist Hospital, 2018"],
        skills=[("Clinical", "BCPS, pharmacokinetics, IV admixture, drug information, formulary review"),
                ("Systems", "Epic Willow, Pyxis MedStation, Lexicomp, Microsoft Excel, ACLS certified")],
        phrases=["Verified sterile compounding for oncology infusions",
                 "Led anticoagulation clinic dosing protocol updates",
                 "Cut medication reconciliation errors by 25 percent",
                 "Precepted pharmacy students during clinical rotations",
                 "Served on antimicrobial stewardship committee"],
        pdf=dict(family="Helvetica", page="A4", header="plain", accent=(0.45, 0.12, 0.25), logo=False),
        docx=dict(font="Garamond", page="A4", size=22, accent="6D1F3C", footer=False),
    ),
    dict(
        name="Daniel Ferreira", title="HR Business Partner",
        city="Charlotte, NC", phone="(704) 555-0163",
        email="daniel.ferreira@example.com", link="linkedin.com/in/danielferreira",
        summary=["SHRM-CP certified HR professional with 9 years supporting manufacturing and technology",
                 "teams. Trusted advisor on employee relations, talent reviews and change management."],
        jobs=[("HR Business Partner", "Piedmont Components Inc.", "Charlotte, NC", "2019 \u2013 Present",
               ["Advise plant leadership for 650 employees across two shifts and three sites",
                "Run annual talent reviews and succession planning for 48 people leaders",
                "Coach supervisors on documentation, attendance policy and fair treatment"]),
              ("HR Generalist", "Carolina Data Systems", "Raleigh, NC", "2015 \u2013 2019",
               ["Handled benefits enrollment, leave administration and FMLA tracking",
                "Conducted exit interviews and reported trends to the leadership team",
                "Supported full-cycle recruiting for engineering and customer support roles"])],
        education=["B.S. Business Administration, University of North Carolina at Charlotte, 2015",
                   "SHRM Certified Professional (SHRM-CP), 2017"],
        skills=[("Systems", "Workday HCM, ADP Workforce Now, Greenhouse, Excel, Power BI, Microsoft 365"),
                ("Expertise", "Employee relations, compensation, investigations, HR analytics, DEI programs")],
        phrases=["Redesigned onboarding program for 300 hires",
                 "Resolved employee relations cases within policy",
                 "Implemented Workday performance review cycle",
                 "Partnered with managers on workforce planning",
                 "Lowered voluntary turnover by 12 percent"],
        pdf=dict(family="Times", page="A4", header="band", accent=(0.16, 0.22, 0.42), logo=False),
        docx=dict(font="Arial", page="Letter", size=20, accent="1F3864", footer=True),
    ),
    dict(
        name="Priya Venkataraman", title="Supply Chain Analyst",
        city="Memphis, TN", phone="(901) 555-0171",
        email="priya.venkat@example.com", link="linkedin.com/in/priyavenkataraman",
        summary=["Supply chain analyst with 6 years in distribution and replenishment for retail and",
                 "medical device companies. Turns messy data into clear plans and lower carrying costs."],
        jobs=[("Senior Supply Chain Analyst", "Delta River Distribution", "Memphis, TN", "2021 \u2013 Present",
               ["Plan replenishment for three regional distribution centers and 140 stores",
                "Track supplier lead times and flag late purchase orders to buyers each week",
                "Model safety stock levels with buyers, reducing excess inventory by $1.2M"]),
              ("Inventory Analyst", "Midsouth Medical Supply", "Olive Branch, MS", "2018 \u2013 2021",
               ["Reconciled cycle counts and investigated variances with warehouse leads",
                "Maintained item master data for 9,000 parts in SAP",
                "Prepared weekly service level and backorder reports for operations"])],
        education=["B.B.A. Supply Chain Management, University of Memphis, 2018",
                   "APICS Certified Supply Chain Professional (CSCP), 2022"],
        skills=[("Systems", "SAP S/4HANA, Oracle SCM Cloud, Excel, SQL, Tableau, Python (pandas)"),
                ("Planning", "Demand planning, S&OP, inventory optimization, supplier scorecards")],
        phrases=["Forecast demand for 2,000 active SKUs",
                 "Negotiated freight contracts saving $410K annually",
                 "Built inventory dashboards in Power BI",
                 "Improved warehouse fill rate to 98 percent",
                 "Automated purchase order reconciliation with Python"],
        pdf=dict(family="Helvetica", page="Letter", header="rule", accent=(0.10, 0.36, 0.22), logo=False),
        docx=dict(font="Georgia", page="A4", size=20, accent="1E5B3A", footer=True),
    ),
    dict(
        name="Grace O'Donnell", title="High School Science Teacher",
        city="Madison, WI", phone="(608) 555-0125",
        email="grace.odonnell@example.com", link="linkedin.com/in/graceodonnell",
        summary=["Licensed science educator with 11 years teaching chemistry and biology in grades",
                 "9 to 12. Builds hands-on labs, clear routines and strong family communication."],
        jobs=[("Science Teacher", "Lakeview High School", "Madison, WI", "2017 \u2013 Present",
               ["Teach chemistry and biology to 150 students per year in 80-minute blocks",
                "Chair the science department's assessment committee and common final exams",
                "Advise the Environmental Club and run the annual spring field study"]),
              ("Biology Teacher", "Prairie Ridge High School", "Verona, WI", "2013 \u2013 2017",
               ["Taught general and honors biology with a focus on lab skills and writing",
                "Co-taught inclusion sections with special education staff",
                "Organized the school's first STEM night for 300 families"])],
        education=["M.A. Curriculum and Instruction, University of Wisconsin-Madison, 2016",
                   "B.S. Biology Education, University of Wisconsin-La Crosse, 2013"],
        skills=[("License", "Wisconsin Broad Field Science (6-12), Google Workspace, Canvas, Vernier"),
                ("Practice", "Differentiated instruction, lab safety, standards-based grading, NGSS")],
        phrases=["Taught AP Chemistry to four sections",
                 "Coached Science Olympiad team to state finals",
                 "Developed inquiry-based biology lab curriculum",
                 "Mentored first-year teachers on classroom management",
                 "Integrated Google Classroom for blended learning"],
        pdf=dict(family="Times", page="A4", header="rule", accent=(0.30, 0.20, 0.08), logo=False),
        docx=dict(font=None, page="A4", size=22, accent="4D3314", footer=False),
    ),
]

# File table: index -> (kind, hidden).  Odd = PDF, even = DOCX.
KINDS = {
    1: ("pdf_evenodd_clip_hole", True),
    2: ("docx_pstyle_vanish", True),
    3: ("pdf_ca_partial", False),
    4: ("docx_textfill_alpha_full", True),
    5: ("pdf_separation_white", True),
    6: ("docx_webhidden", False),
    7: ("pdf_ca_zero", True),
    8: ("docx_colour_equals_shading", True),
    9: ("pdf_form_oc_off", True),
    10: ("docx_docpr_hidden", True),
    11: ("pdf_cropbox_inside", False),
    12: ("docx_even_header", True),
    13: ("pdf_text_rise_offpage", True),
    14: ("docx_frame_onpage", False),
    15: ("pdf_pattern_white", True),
    16: ("docx_unreferenced_footnote", True),
    17: ("pdf_evenodd_clip_elsewhere", False),
    18: ("docx_glossary", True),
    19: ("pdf_render_mode_3", True),
    20: ("docx_tblstyle_firstrow_filled", False),
    21: ("pdf_annot_cover", True),
    22: ("docx_mc_choice_unknown", True),
    23: ("pdf_form_oc_on", False),
    24: ("docx_textfill_alpha_partial", False),
    25: ("pdf_cropbox_outside", True),
    26: ("docx_frame_offpage", True),
    27: ("pdf_pattern_dark", False),
    28: ("docx_default_header", False),
    29: ("pdf_tm_zero_height", True),
    30: ("docx_tblstyle_firstrow_white", True),
}


def persona_index(i):
    k = i - 1
    return (k + k // 6) % 6


def default_phrase(i):
    p = persona_index(i)
    n = sum(1 for j in range(1, i) if persona_index(j) == p)
    return PERSONAS[p]["phrases"][n]


# --------------------------------------------------------------------------
# Minimal PDF writer
# --------------------------------------------------------------------------
def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def num(v):
    if abs(v - round(v)) < 1e-9:
        return "%d" % round(v)
    return ("%.3f" % v).rstrip("0").rstrip(".")


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

    def stream(self, dict_body, data, flate=True, n=None):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if flate:
            data = zlib.compress(data, 9)
            head = "<< %s /Length %d /Filter /FlateDecode >>" % (dict_body, len(data))
        else:
            head = "<< %s /Length %d >>" % (dict_body, len(data))
        body = head.encode("latin-1") + b"\nstream\n" + data + b"\nendstream"
        if n is None:
            return self.add(body)
        self.set(n, body)
        return n

    def output(self, root, info, version):
        out = bytearray(b"%PDF-" + version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for k, data in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % k + data + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(self.objs) + 1, root, info, fid, fid, xref))
        return bytes(out)


PAGE_SIZES = {"Letter": (612.0, 792.0), "A4": (595.28, 841.89)}
FONT_NAMES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}
DARK = (0.13, 0.13, 0.14)
GREY = (0.35, 0.35, 0.37)


def rgb(c):
    return "%s %s %s rg" % tuple(num(v) for v in c)


def txt(font, size, x, y, s, color=DARK):
    return "BT /%s %s Tf %s %s %s Td %s Tj ET" % (
        font, num(size), rgb(color), num(x), num(y), pdf_str(s).decode("latin-1"))


def logo_image():
    """A small Pillow-drawn geometric mark for the band header."""
    im = Image.new("RGB", (96, 96), (18, 84, 97))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 86, 86), outline=(255, 255, 255), width=5)
    d.rectangle((34, 34, 62, 62), fill=(240, 200, 90))
    d.line((10, 86, 86, 10), fill=(255, 255, 255), width=3)
    return im


def build_pdf(i, kind, P, phrase):
    st = P["pdf"]
    W, H = PAGE_SIZES[st["page"]]
    times = st["family"] == "Times"
    fsize = 10.5 if times else 10.0
    lead = 13.5 if times else 13.0
    acc = st["accent"]
    m = 54.0
    doc = PdfDoc()
    cat = doc.reserve()
    pages = doc.reserve()
    page = doc.reserve()
    fonts = [doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % f)
             for f in FONT_NAMES[st["family"]]]
    font_res = "/Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >>" % tuple(fonts)
    res = {}          # extra resource categories: name -> list of "/Key n 0 R"
    page_extra = ""
    catalog_extra = ""
    version = "1.4"
    mediabox = [0, 0, W, H]

    head = []
    # ---- header
    y = H - m
    if st["header"] == "band":
        head.append("%s 0 %s %s 104 re f" % (rgb(acc), num(H - 104), num(W)))
        head.append(txt("F2", 22, m, H - 46, P["name"], (1, 1, 1)))
        head.append(txt("F1", 11.5, m, H - 66, P["title"], (0.92, 0.94, 0.96)))
        head.append(txt("F1", 9, m, H - 84, "%s  |  %s  |  %s  |  %s" % (
            P["city"], P["phone"], P["email"], P["link"]), (0.92, 0.94, 0.96)))
        if st.get("logo"):
            im = logo_image()
            img = doc.stream("/Type /XObject /Subtype /Image /Width 96 /Height 96 /ColorSpace /DeviceRGB "
                             "/BitsPerComponent 8", im.tobytes())
            res.setdefault("XObject", []).append("/Im1 %d 0 R" % img)
            head.append("q 56 0 0 56 %s %s cm /Im1 Do Q" % (num(W - m - 56), num(H - 80)))
        y = H - 104 - 14
    else:
        head.append(txt("F2", 22, m, y - 20, P["name"]))
        head.append(txt("F1", 11.5, m, y - 38, P["title"], acc))
        head.append(txt("F1", 9, m, y - 54, "%s  |  %s  |  %s  |  %s" % (
            P["city"], P["phone"], P["email"], P["link"]), GREY))
        y -= 62
        if st["header"] == "rule":
            head.append("%s RG 1.2 w %s %s m %s %s l S" % (
                rgb(acc).replace(" rg", ""), num(m), num(y), num(W - m), num(y)))
            y -= 4

    body = []

    def section(title):
        nonlocal y
        y -= 24
        body.append(txt("F2", 11, m, y, title.upper(), acc))
        body.append("%s RG 0.5 w %s %s m %s %s l S" % (
            " ".join(num(v) for v in GREY), num(m), num(y - 5), num(W - m), num(y - 5)))
        y -= 19

    def line(font, s, x=m, color=DARK, size=None):
        nonlocal y
        body.append(txt(font, size or fsize, x, y, s, color))
        y -= lead

    def bullet(s):
        nonlocal y
        body.append(txt("F1", fsize, m + 6, y, "\u2022", acc))
        body.append(txt("F1", fsize, m + 16, y, s))
        y -= lead

    section("Summary")
    for s in P["summary"]:
        line("F1", s)
    section("Experience")
    reserved_y = None
    for jn, (jt, co, loc, dates, bl) in enumerate(P["jobs"]):
        if jn:
            y -= 6
        line("F2", "%s, %s" % (jt, co))
        line("F3", "%s  |  %s" % (loc, dates), color=GREY, size=fsize - 0.5)
        for b in bl:
            bullet(b)
        if jn == 0 and kind not in ("pdf_cropbox_outside", "pdf_cropbox_inside"):
            reserved_y = y
            body.append("%PHRASE%")
            y -= lead
    section("Education")
    for s in P["education"]:
        line("F1", s)
    section("Skills")
    for lab, s in P["skills"]:
        body.append(txt("F2", fsize, m, y, lab + ":"))
        body.append(txt("F1", fsize, m + 62, y, s))
        y -= lead
    body_end_y = y

    # ---- phrase line
    px, bx = m + 16, m + 6
    ph = ""
    if phrase:
        plain = "%s %s" % (txt("F1", fsize, bx, reserved_y or 0, "\u2022", acc),
                           txt("F1", fsize, px, reserved_y or 0, phrase))
    else:
        plain = ""
    ry = reserved_y

    if kind == "pdf_evenodd_clip_hole":
        # Whole body under an even-odd clip: page rectangle plus an inner
        # rectangle around the reserved line (the inner one is a hole).
        ph = plain
        clip = "q 0 0 %s %s re %s %s %s %s re W* n" % (
            num(W), num(H), num(m - 4), num(ry - 4), num(W - 2 * m + 8), num(14))
        body.insert(0, clip)
        body.append("Q")
    elif kind == "pdf_evenodd_clip_elsewhere":
        ph = plain
        clip = "q 0 0 %s %s re %s %s %s %s re W* n" % (
            num(W), num(H), num(m - 4), num(16), num(W - 2 * m + 8), num(18))
        body.insert(0, clip)
        body.append("Q")
    elif kind in ("pdf_ca_zero", "pdf_ca_partial"):
        a = "0" if kind == "pdf_ca_zero" else "0.6"
        gs = doc.add("<< /Type /ExtGState /ca %s /CA %s >>" % (a, a))
        res.setdefault("ExtGState", []).append("/GS1 %d 0 R" % gs)
        if phrase:
            ph = "q /GS1 gs %s Q" % plain
    elif kind == "pdf_separation_white":
        fn = doc.add("<< /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [1 1 1] /N 1 >>")
        cs = doc.add("[/Separation /White /DeviceRGB %d 0 R]" % fn)
        res.setdefault("ColorSpace", []).append("/CS1 %d 0 R" % cs)
        if phrase:
            ph = ("q BT /CS1 cs 1 scn /F1 %s Tf %s %s Td %s Tj %s 0 Td %s Tj ET Q" % (
                num(fsize), num(bx), num(ry), pdf_str("\u2022").decode("latin-1"),
                num(px - bx), pdf_str(phrase).decode("latin-1")))
    elif kind in ("pdf_pattern_white", "pdf_pattern_dark"):
        cell = "1 1 1 rg 0 0 4 4 re f" if kind == "pdf_pattern_white" else \
            "0.12 0.16 0.30 rg 0 0 4 4 re f 0.16 0.21 0.38 rg 0 0 2 2 re f"
        pat = doc.stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 4 4] "
                         "/XStep 4 /YStep 4 /Resources << >>", cell, flate=False)
        res.setdefault("Pattern", []).append("/P1 %d 0 R" % pat)
        if phrase:
            ph = ("q BT /Pattern cs /P1 scn /F1 %s Tf %s %s Td %s Tj %s 0 Td %s Tj ET Q" % (
                num(fsize), num(bx), num(ry), pdf_str("\u2022").decode("latin-1"),
                num(px - bx), pdf_str(phrase).decode("latin-1")))
    elif kind in ("pdf_form_oc_off", "pdf_form_oc_on"):
        version = "1.5"
        ocg = doc.add("<< /Type /OCG /Name (Reviewer notes) /Intent /View >>")
        on, off = ("", "%d 0 R" % ocg) if kind == "pdf_form_oc_off" else ("%d 0 R" % ocg, "")
        catalog_extra = (" /OCProperties << /OCGs [%d 0 R] /D << /Name (Default) /Order [%d 0 R] "
                         "/ON [%s] /OFF [%s] >> >>" % (ocg, ocg, on, off))
        form = doc.stream("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << %s >> /OC %d 0 R"
                          % (num(W), num(H), font_res, ocg), plain)
        res.setdefault("XObject", []).append("/Fm1 %d 0 R" % form)
        ph = "/Fm1 Do"
    elif kind == "pdf_text_rise_offpage":
        if phrase:
            ph = "q BT %s -%s Ts /F1 %s Tf %s %s Td %s Tj %s 0 Td %s Tj ET Q" % (
                rgb(DARK), num(ry + 240), num(fsize), num(bx), num(ry),
                pdf_str("\u2022").decode("latin-1"), num(px - bx), pdf_str(phrase).decode("latin-1"))
    elif kind == "pdf_render_mode_3":
        if phrase:
            ph = "q BT 3 Tr %s /F1 %s Tf %s %s Td %s Tj %s 0 Td %s Tj ET Q" % (
                rgb(DARK), num(fsize), num(bx), num(ry),
                pdf_str("\u2022").decode("latin-1"), num(px - bx), pdf_str(phrase).decode("latin-1"))
    elif kind == "pdf_tm_zero_height":
        if phrase:
            ph = "q BT %s /F1 1 Tf %s 0 0 0 %s %s Tm %s Tj %s 0 0 0 %s %s Tm %s Tj ET Q" % (
                rgb(DARK), num(fsize), num(bx), num(ry), pdf_str("\u2022").decode("latin-1"),
                num(fsize), num(px), num(ry), pdf_str(phrase).decode("latin-1"))
    elif kind == "pdf_annot_cover":
        ph = plain
        rect = [m, ry - 4, W - m, ry + 10]
        ap = doc.stream("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << >>" % (
            num(rect[2] - rect[0]), num(rect[3] - rect[1])),
            "1 1 1 rg 0 0 %s %s re f" % (num(rect[2] - rect[0]), num(rect[3] - rect[1])), flate=False)
        annot = doc.add("<< /Type /Annot /Subtype /Square /Rect [%s] /F 4 /NM (sq-0001) "
                        "/M (D:20250314091500Z) /C [1 1 1] /IC [1 1 1] /BS << /W 0 >> /AP << /N %d 0 R >> >>"
                        % (" ".join(num(v) for v in rect), ap))
        page_extra += " /Annots [%d 0 R]" % annot
    elif kind == "pdf_cropbox_outside":
        # MediaBox is 36 pt taller than the CropBox; the phrase sits in the strip.
        mediabox = [0, 0, W, H + 36]
        page_extra += " /CropBox [0 0 %s %s]" % (num(W), num(H))
        if phrase:
            body.append(txt("F3", 9, m, H + 14, phrase, GREY))
    elif kind == "pdf_cropbox_inside":
        mediabox = [-18, -18, W + 18, H + 18]
        page_extra += " /CropBox [0 0 %s %s] /TrimBox [0 0 %s %s]" % (num(W), num(H), num(W), num(H))
        if phrase:
            body.append(txt("F3", 9, m, 34, phrase, GREY))
    else:
        raise ValueError(kind)

    body = [ph if b == "%PHRASE%" else b for b in body]
    body = [b for b in body if b]
    assert body_end_y > 60, body_end_y
    content = "\n".join(head + body) + "\n"
    cs = doc.stream("", content.encode("latin-1"))
    rparts = [font_res]
    for k in sorted(res):
        rparts.append("/%s << %s >>" % (k, " ".join(res[k])))
    doc.set(page, "<< /Type /Page /Parent %d 0 R /MediaBox [%s]%s /Resources << %s >> /Contents %d 0 R >>" % (
        pages, " ".join(num(v) for v in mediabox), page_extra, " ".join(rparts), cs))
    doc.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    doc.set(cat, "<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, catalog_extra))
    info = doc.add("<< /Title %s /Author %s /Creator (Resume export) /Producer (PDF writer 1.0) "
                   "/CreationDate (D:20250314091500Z) /ModDate (D:20250314091500Z) >>" % (
                       pdf_str("Resume - " + P["name"]).decode("latin-1"),
                       pdf_str(P["name"]).decode("latin-1")))
    return doc.output(cat, info, version)


# --------------------------------------------------------------------------
# DOCX (WordprocessingML written by hand)
# --------------------------------------------------------------------------
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROOT_NS = (
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
)
IGNORABLE = 'mc:Ignorable="w14 w15 wp14"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00B31A52", "004E6C17", "00C07F3D", "0061A9B8"]
PAGE_TW = {"Letter": (12240, 15840), "A4": (11906, 16838)}
MARGIN_TW = 1080

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_GLOSS = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ParaIds:
    def __init__(self, seed):
        self.n = 0
        self.seed = seed

    def __call__(self):
        self.n += 1
        v = (0x1B3C0000 + self.seed * 0x10000 + self.n * 0x11) & 0x7FFFFFFF
        return '<w:p w14:paraId="%08X" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">' % (
            v, RSIDS[0], RSIDS[0])


def r(text, rpr=""):
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    sp = ' xml:space="preserve"' if (text[:1] == " " or text[-1:] == " ") else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rp, sp, esc(text))


def p(pid, runs, style=None, ppr=""):
    pp = ""
    if style or ppr:
        pp = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", ppr)
    return "%s%s%s</w:p>" % (pid(), pp, "".join(runs))


def fonts_rpr(font):
    if font is None:
        return ('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
                'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>')
    return '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="Times New Roman"/>' % (font, font, font)


def major_rpr(font):
    if font is None:
        return ('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>')
    return '<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (font, font)


def styles_xml(D, text_w, extra):
    font, size, acc = D["font"], D["size"], D["accent"]
    latent = "".join(
        '<w:lsdException w:name="%s"%s/>' % (n, a) for n, a in [
            ("Normal", ' w:uiPriority="0" w:qFormat="1"'),
            ("heading 1", ' w:uiPriority="9" w:qFormat="1"'),
            ("heading 2", ' w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"'),
            ("heading 3", ' w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"'),
            ("footnote text", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("header", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("footer", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("footnote reference", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("List Bullet", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("Title", ' w:uiPriority="10" w:qFormat="1"'),
            ("Default Paragraph Font", ' w:semiHidden="1" w:uiPriority="1" w:unhideWhenUsed="1"'),
            ("Subtitle", ' w:uiPriority="11" w:qFormat="1"'),
            ("Hyperlink", ' w:semiHidden="1" w:unhideWhenUsed="1"'),
            ("Strong", ' w:uiPriority="22" w:qFormat="1"'),
            ("Emphasis", ' w:uiPriority="20" w:qFormat="1"'),
            ("Table Grid", ' w:uiPriority="39"'),
            ("Placeholder Text", ' w:semiHidden="1"'),
            ("No Spacing", ' w:uiPriority="1" w:qFormat="1"'),
            ("List Paragraph", ' w:uiPriority="34" w:qFormat="1"'),
        ])
    s = [XML_HEAD,
         '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' % NS_W,
         '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
         '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
         '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr>'
         '</w:pPrDefault></w:docDefaults>' % (fonts_rpr(font), size, size),
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
         'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">%s</w:latentStyles>' % latent,
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
         '<w:qFormat/></w:style>',
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
         '<w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
         '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
         '<w:rPr>%s<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>'
         '</w:rPr></w:style>' % major_rpr(font),
         '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
         '<w:rPr>%s<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>'
         '</w:rPr></w:style>' % major_rpr(font),
         '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
         '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
         '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="%s"/></w:pBdr>'
         '<w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr>'
         '<w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
         '</w:style>' % (acc, major_rpr(font), acc),
         '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
         '<w:rPr>%s<w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
         '</w:style>' % (major_rpr(font), acc),
         '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
         '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
         '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:contextualSpacing/></w:pPr></w:style>',
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JobTitle"><w:name w:val="Job Title"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="ListBullet"/><w:qFormat/><w:pPr><w:keepNext/>'
         '<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:spacing w:before="120" w:after="20"/></w:pPr>'
         '<w:rPr><w:b/></w:rPr></w:style>' % text_w,
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
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
         '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
         'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
         '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders></w:tblPr></w:style>',
         ]
    s.extend(extra)
    s.append("</w:styles>")
    return "".join(s)


FOOTNOTE_STYLES = [
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">'
    '<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
]


def numbering_xml():
    lvls = []
    for lv in range(9):
        ind = 360 + 360 * lv
        ch, fnt = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")][lv % 3]
        lvls.append(
            '<w:lvl w:ilvl="%d" w:tplc="%08X"%s><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"%s/></w:rPr></w:lvl>' % (
                lv, 0x04090001 + lv, ' w:tentative="1"' if lv else "", ch, ind, fnt, fnt,
                ' w:hint="default"'))
    lvls[0] = lvls[0].replace("<w:lvlJc", '<w:pStyle w:val="ListBullet"/><w:lvlJc')
    return (XML_HEAD +
            '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
            '<w:nsid w:val="5E2A41C7"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="A7B0E2F4"/>'
            '%s</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
            % (NS_W, lvls[0]))


def settings_xml(even_odd=False, notes=False, glossary=False):
    s = [XML_HEAD,
         '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
         'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">' % NS_W,
         '<w:zoom w:percent="100"/>']
    if not glossary:
        s.append('<w:proofState w:spelling="clean" w:grammar="clean"/>')
    s.append('<w:defaultTabStop w:val="720"/>')
    if even_odd:
        s.append('<w:evenAndOddHeaders/>')
    s.append('<w:characterSpacingControl w:val="doNotCompress"/>')
    if notes:
        s.append('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                 '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    s.append('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
             '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
             '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
             '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
             '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
             '</w:compat>')
    s.append('<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>' % (
        RSIDS[0], "".join('<w:rsid w:val="%s"/>' % x for x in RSIDS)))
    if not glossary:
        s.append('<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
                 '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
                 '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
                 '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>')
    s.append('<w:themeFontLang w:val="en-US"/>'
             '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
             'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
             'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
             'w:followedHyperlink="followedHyperlink"/>')
    if not glossary:
        s.append('<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/>'
                 '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>')
    s.append('<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>')
    if not glossary:
        s.append('<w14:docId w14:val="3C5A1E2B"/><w15:chartTrackingRefBased/>'
                 '<w15:docId w15:val="{7D2E4F90-1A3B-4C5D-8E6F-0A1B2C3D4E5F}"/>')
    s.append('</w:settings>')
    return "".join(s)


WEBSETTINGS = (XML_HEAD +
               '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
               'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
               'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
               '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_W)

FONT_INFO = {
    "Calibri": ("020F0502020204030204", "swiss", "E4002EFF", "C200247B", "00000009", "00000000", "0000019F"),
    "Times New Roman": ("02020603050405020304", "roman", "E0002EFF", "C000785B", "00000009", "00000000", "000001FF"),
    "Calibri Light": ("020F0302020204030204", "swiss", "E4002AFF", "C200247B", "00000009", "00000000", "0000019F"),
    "Symbol": ("05050102010706020507", "roman", "00000000", "10000000", "00000000", "00000000", "80000000"),
    "Cambria": ("02040503050406030204", "roman", "E00006FF", "420024FF", "02000000", "00000000", "0000019F"),
    "Garamond": ("02020404030301010803", "roman", "00000287", "00000000", "00000000", "00000000", "0000009F"),
    "Arial": ("020B0604020202020204", "swiss", "E0002EFF", "C000785B", "00000009", "00000000", "000001FF"),
    "Georgia": ("02040502050405020303", "roman", "00000287", "00000000", "00000000", "00000000", "0000009F"),
}


def fonttable_xml(font):
    names = ["Calibri", "Times New Roman", "Symbol", "Calibri Light"]
    if font:
        names.insert(2, font)
    parts = []
    for n in names:
        pan, fam, u0, u1, u2, u3, c0 = FONT_INFO[n]
        charset = ' w:charset="02"' if n == "Symbol" else ""
        parts.append('<w:font w:name="%s"><w:panose1 w:val="%s"/>%s<w:family w:val="%s"/>'
                     '<w:pitch w:val="variable"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" '
                     'w:csb0="%s" w:csb1="00000000"/></w:font>' % (n, pan, charset, fam, u0, u1, u2, u3, c0))
    return (XML_HEAD +
            '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
            '%s</w:fonts>' % (NS_W, "".join(parts)))


def _gs(pos, mods):
    return '<a:gs pos="%d"><a:schemeClr val="phClr">%s</a:schemeClr></a:gs>' % (
        pos, "".join('<a:%s val="%d"/>' % m for m in mods))


def theme_xml():
    scripts_major = [("Jpan", "Yu Gothic Light"), ("Hang", "Malgun Gothic"), ("Hans", "DengXian Light"),
                     ("Hant", "PMingLiU"), ("Arab", "Times New Roman"), ("Hebr", "Times New Roman"),
                     ("Thai", "Angsana New"), ("Ethi", "Nyala"), ("Beng", "Vrinda"), ("Gujr", "Shruti"),
                     ("Khmr", "MoolBoran"), ("Knda", "Tunga"), ("Guru", "Raavi"), ("Cans", "Euphemia"),
                     ("Cher", "Plantagenet Cherokee"), ("Yiii", "Microsoft Yi Baiti"),
                     ("Tibt", "Microsoft Himalaya"), ("Thaa", "MV Boli"), ("Deva", "Mangal"),
                     ("Telu", "Gautami"), ("Taml", "Latha"), ("Syrc", "Estrangelo Edessa"),
                     ("Orya", "Kalinga"), ("Mlym", "Kartika"), ("Laoo", "DokChampa"),
                     ("Sinh", "Iskoola Pota"), ("Mong", "Mongolian Baiti"), ("Viet", "Times New Roman"),
                     ("Uigh", "Microsoft Uighur"), ("Geor", "Sylfaen")]
    scripts_minor = [(k, {"Jpan": "Yu Mincho", "Hans": "DengXian", "Hant": "PMingLiU", "Arab": "Arial",
                          "Hebr": "Arial", "Thai": "Cordia New", "Viet": "Arial"}.get(k, v))
                     for k, v in scripts_major]

    def fs(items):
        return "".join('<a:font script="%s" typeface="%s"/>' % kv for kv in items)

    ln = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                 '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
                 for w in (6350, 12700, 19050))
    return (XML_HEAD +
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
            '<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
            '<a:ea typeface=""/><a:cs typeface=""/>%s</a:majorFont>'
            '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/>'
            '<a:ea typeface=""/><a:cs typeface=""/>%s</a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s%s%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s%s%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
            '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
            '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" '
            'dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/>'
            '</a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>'
            '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/>'
            '</a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>%s%s%s</a:gsLst>'
            '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
            '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" '
            'name="Office Theme" id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" '
            'vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst></a:theme>' % (
                fs(scripts_major), fs(scripts_minor),
                _gs(0, [("lumMod", 110000), ("satMod", 105000), ("tint", 67000)]),
                _gs(50000, [("lumMod", 105000), ("satMod", 103000), ("tint", 73000)]),
                _gs(100000, [("lumMod", 105000), ("satMod", 109000), ("tint", 81000)]),
                _gs(0, [("satMod", 103000), ("lumMod", 102000), ("tint", 94000)]),
                _gs(50000, [("satMod", 110000), ("lumMod", 100000), ("shade", 100000)]),
                _gs(100000, [("lumMod", 99000), ("satMod", 120000), ("shade", 78000)]),
                ln,
                _gs(0, [("tint", 93000), ("satMod", 150000), ("shade", 98000), ("lumMod", 102000)]),
                _gs(50000, [("tint", 98000), ("satMod", 130000), ("shade", 90000), ("lumMod", 103000)]),
                _gs(100000, [("shade", 63000), ("satMod", 120000)])))


def core_xml(P):
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-10T14:22:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-14T09:15:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(P["name"].split(",")[0]), esc(P["name"].split(",")[0])))


def app_xml(words, chars, nonspace, paras):
    lines = paras + 4
    return (XML_HEAD +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>1</Pages><Words>%d</Words>'
            '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
            '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
            '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
            '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
            '</Properties>' % (words, nonspace, lines, paras, chars))


def hdr_xml(pid, tag, text, italic=True):
    rp = '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>' if italic else \
        '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
    style = "Header" if tag == "hdr" else "Footer"
    return (XML_HEAD + '<w:%s %s%s>%s</w:%s>' % (
        tag, ROOT_NS, IGNORABLE, p(pid, [r(text, rp)], style, '<w:jc w:val="right"/>'), tag))


def notes_xml(pid, tag, notes):
    """notes: list of (id, runs-xml or None for separators)"""
    sep = {-1: '<w:r><w:separator/></w:r>', 0: '<w:r><w:continuationSeparator/></w:r>'}
    out = [XML_HEAD, '<w:%ss %s%s>' % (tag, ROOT_NS, IGNORABLE)]
    for nid, body in [(-1, None), (0, None)] + notes:
        if body is None:
            typ = "separator" if nid == -1 else "continuationSeparator"
            out.append('<w:%s w:type="%s" w:id="%d">%s<w:pPr><w:spacing w:after="0" w:line="240" '
                       'w:lineRule="auto"/></w:pPr>%s</w:p></w:%s>' % (tag, typ, nid, pid(), sep[nid], tag))
        else:
            out.append('<w:%s w:id="%d">%s</w:%s>' % (tag, nid, body, tag))
    out.append('</w:%ss>' % tag)
    return "".join(out)


def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data,
                        compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return _patch_central_directory(buf.getvalue())


def _patch_central_directory(data):
    """zipfile stores 0o600 << 16 as external attributes when given 0; Word
    writes 0, so set every central directory entry back to 0 (and "made by"
    to version 2.0, MS-DOS)."""
    b = bytearray(data)
    eocd = b.rfind(b"PK\x05\x06")
    count = struct.unpack_from("<H", b, eocd + 10)[0]
    off = struct.unpack_from("<I", b, eocd + 16)[0]
    for _ in range(count):
        assert b[off:off + 4] == b"PK\x01\x02"
        struct.pack_into("<H", b, off + 4, 20)
        struct.pack_into("<I", b, off + 38, 0)
        fl, el, cl = struct.unpack_from("<HHH", b, off + 28)
        off += 46 + fl + el + cl
    return bytes(b)


def build_docx(i, kind, P, phrase):
    D = P["docx"]
    pw, ph_ = PAGE_TW[D["page"]]
    text_w = pw - 2 * MARGIN_TW
    pid = ParaIds(i)
    acc = D["accent"]
    extra_styles = []
    extra_parts = []       # (path, content-type, xml, rel-type or None)
    hdr_refs = []
    settings_kw = {}
    ns_extra = ""
    grey = '<w:color w:val="595959"/>'

    body = []
    body.append(p(pid, [r(P["name"])], "Title"))
    body.append(p(pid, [r(P["title"], '<w:b/><w:color w:val="%s"/><w:sz w:val="26"/><w:szCs w:val="26"/>' % acc)],
                  ppr='<w:spacing w:after="40"/>'))
    contact_runs = [r("%s  |  %s  |  %s  |  %s" % (P["city"], P["phone"], P["email"], P["link"]),
                      grey + '<w:sz w:val="18"/><w:szCs w:val="18"/>')]
    contact_idx = len(body)
    body.append(None)   # filled later (text box kinds add a drawing run)

    # Summary
    body.append(p(pid, [r("Summary")], "Heading1"))
    summary = " ".join(P["summary"])
    sum_ppr = ""
    sum_runs = [r(summary)]
    if kind == "docx_colour_equals_shading":
        sum_ppr = ('<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="EDEDED"/>'
                   '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="EDEDED"/></w:pBdr>'
                   '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>')
        if phrase:
            sum_runs.append(r(" " + phrase + ".", '<w:color w:val="EDEDED"/>'))
    body.append(p(pid, sum_runs, ppr=sum_ppr))

    # Experience
    body.append(p(pid, [r("Experience")], "Heading1"))
    for jn, (jt, co, loc, dates, bl) in enumerate(P["jobs"]):
        body.append(p(pid, [r("%s, %s" % (jt, co)),
                            '<w:r><w:rPr><w:b w:val="0"/>%s</w:rPr><w:tab/><w:t>%s</w:t></w:r>' % (
                                grey, esc("%s  |  %s" % (loc, dates)))], "JobTitle"))
        for bn, b in enumerate(bl):
            runs = [r(b)]
            if jn == 0 and bn == 1 and phrase:
                if kind == "docx_textfill_alpha_full":
                    runs = [r(b + ". ")] + [r(phrase,
                                              '<w:color w:val="262626"/><w14:textFill><w14:solidFill>'
                                              '<w14:srgbClr w14:val="262626"><w14:alpha w14:val="100000"/>'
                                              '</w14:srgbClr></w14:solidFill></w14:textFill>')]
                elif kind == "docx_textfill_alpha_partial":
                    runs = [r(b + ". ")] + [r(phrase,
                                              '<w:color w:val="1F3864"/><w14:textFill><w14:solidFill>'
                                              '<w14:srgbClr w14:val="1F3864"><w14:alpha w14:val="30000"/>'
                                              '</w14:srgbClr></w14:solidFill></w14:textFill>')]
                elif kind == "docx_webhidden":
                    runs = [r(b + ". ")] + [r(phrase, '<w:webHidden/>')]
            if jn == 0 and bn == 2 and kind == "docx_mc_choice_unknown" and phrase:
                ns_extra = 'xmlns:rx="http://schemas.example.com/resume/2025/markup" '
                runs.append('<mc:AlternateContent><mc:Choice Requires="rx">%s</mc:Choice>'
                            '<mc:Fallback/></mc:AlternateContent>' % r(". " + phrase))
            body.append(p(pid, runs, "ListBullet"))
        if jn == 0 and kind == "docx_pstyle_vanish":
            extra_styles.append(
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BulletNote">'
                '<w:name w:val="Bullet Note"/><w:basedOn w:val="ListBullet"/><w:qFormat/>'
                '<w:rsid w:val="%s"/><w:rPr><w:vanish/></w:rPr></w:style>' % RSIDS[2])
            if phrase:
                body.append(p(pid, [r(phrase)], "BulletNote"))

    # Education
    body.append(p(pid, [r("Education")], "Heading1"))
    for en, e in enumerate(P["education"]):
        runs = [r(e)]
        if en == 0 and kind == "docx_unreferenced_footnote":
            runs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                        '<w:footnoteReference w:id="1"/></w:r>')
        body.append(p(pid, runs, ppr='<w:spacing w:after="20"/>'))

    # Skills
    body.append(p(pid, [r("Skills")], "Heading1"))
    if kind in ("docx_tblstyle_firstrow_white", "docx_tblstyle_firstrow_filled"):
        filled = kind == "docx_tblstyle_firstrow_filled"
        extra_styles.append(
            '<w:style w:type="table" w:customStyle="1" w:styleId="SkillsGrid"><w:name w:val="Skills Grid"/>'
            '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="99"/><w:rsid w:val="%s"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:tblPr><w:tblCellMar><w:top w:w="29" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
            '<w:bottom w:w="29" w:type="dxa"/><w:right w:w="115" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>%s</w:tblStylePr>'
            '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>' % (
                RSIDS[3], '<w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="%s"/></w:tcPr>' % acc
                if filled else ""))
        c1 = 1700
        c2 = text_w - c1
        rows = []
        first_cell = p(pid, [r(phrase)] if phrase else [], ppr='<w:ind w:left="58"/>' if filled else "")
        rows.append('<w:tr w:rsidR="%s" w14:paraId="%08X" w14:textId="77777777"><w:tc><w:tcPr>'
                    '<w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>%s</w:tc></w:tr>' % (
                        RSIDS[3], 0x2A100000 + i, text_w, first_cell))
        for rn, (lab, s) in enumerate(P["skills"]):
            rows.append('<w:tr w:rsidR="%s" w14:paraId="%08X" w14:textId="77777777">'
                        '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>' % (
                            RSIDS[3], 0x2A200000 + i * 16 + rn, c1, p(pid, [r(lab)]), c2, p(pid, [r(s)])))
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="SkillsGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
                    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                    'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/>'
                    '<w:gridCol w:w="%d"/></w:tblGrid>%s</w:tbl>' % (text_w, c1, c2, "".join(rows)))
        body.append(p(pid, [], ppr='<w:spacing w:after="0"/>'))
    else:
        for lab, s in P["skills"]:
            body.append(p(pid, [r(lab + ": ", "<w:b/>"), r(s)], ppr='<w:spacing w:after="20"/>'))

    # ---- kind-specific extras
    if kind in ("docx_frame_offpage", "docx_frame_onpage"):
        if kind == "docx_frame_offpage":
            fx = pw + 720
        else:
            fx = pw - MARGIN_TW - 3240
        frame = p(pid, [r(phrase, '<w:i/><w:color w:val="%s"/><w:sz w:val="18"/><w:szCs w:val="18"/>' % acc)]
                  if phrase else [],
                  ppr='<w:framePr w:w="3240" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
                      'w:x="%d" w:y="720"/><w:spacing w:after="0"/><w:jc w:val="right"/>' % fx)
        body.insert(contact_idx + 1, frame)
    if kind == "docx_docpr_hidden" and phrase:
        box = p(pid, [r(phrase, '<w:i/><w:color w:val="%s"/><w:sz w:val="18"/><w:szCs w:val="18"/>' % acc)],
                ppr='<w:spacing w:after="0"/><w:jc w:val="right"/>')
        contact_runs.append(
            '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
            'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1" wp14:anchorId="4D2A7F10" wp14:editId="4D2A7F10">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
            '</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>457200</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2286000" cy="320040"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="1" name="Text Box 1" hidden="1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="2286000" cy="320040"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s'
            '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" '
            'horzOverflow="overflow" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
            'bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="t" anchorCtr="0" '
            'forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp>'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            '</wp:anchor></w:drawing></w:r>' % box)
    body[contact_idx] = p(pid, contact_runs, ppr='<w:spacing w:after="120"/>')

    if kind in ("docx_even_header", "docx_default_header"):
        settings_kw["even_odd"] = True
        other = "%s  |  %s" % (P["name"], P["title"])
        default_text, even_text = (other, phrase) if kind == "docx_even_header" else (phrase, other)
        extra_parts.append(("word/header1.xml", CT % "header", hdr_xml(pid, "hdr", even_text), "header"))
        extra_parts.append(("word/header2.xml", CT % "header", hdr_xml(pid, "hdr", default_text), "header"))
        hdr_refs.append(("headerReference", "even", "word/header1.xml"))
        hdr_refs.append(("headerReference", "default", "word/header2.xml"))
    if D["footer"]:
        extra_parts.append(("word/footer1.xml", CT % "footer",
                            hdr_xml(pid, "ftr", "%s  |  %s" % (P["email"], P["phone"]), italic=False), "footer"))
        hdr_refs.append(("footerReference", "default", "word/footer1.xml"))
    if kind == "docx_unreferenced_footnote":
        settings_kw["notes"] = True
        extra_styles.extend(FOOTNOTE_STYLES)
        fn1 = p(pid, ['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                      r(" Graduated with honors; cumulative GPA 3.7 on a 4.0 scale.")], "FootnoteText")
        notes = [(1, fn1)]
        if phrase:
            fn2 = p(pid, ['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                          r(" " + phrase + ".")], "FootnoteText")
            notes.append((2, fn2))
        extra_parts.append(("word/footnotes.xml", CT % "footnotes", notes_xml(pid, "footnote", notes), "footnotes"))
        extra_parts.append(("word/endnotes.xml", CT % "endnotes", notes_xml(pid, "endnote", []), "endnotes"))

    gloss = kind == "docx_glossary"

    # sectPr
    refs = []
    rels = []
    rid = 1
    for path, ctype, xml, reltype in extra_parts:
        if reltype:
            rels.append(("rId%d" % rid, reltype, path[5:]))
            rid += 1
    relmap = {target: rr for rr, _, target in rels}
    for tag, typ, path in hdr_refs:
        refs.append('<w:%s w:type="%s" r:id="%s"/>' % (tag, typ, relmap[path[len("word/"):]]))
    sect = ('<w:sectPr w:rsidR="%s">%s<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" '
            'w:bottom="%d" w:left="%d" w:header="540" w:footer="540" w:gutter="0"/><w:cols w:space="720"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>' % (
                RSIDS[0], "".join(refs), pw, ph_, MARGIN_TW, MARGIN_TW, MARGIN_TW, MARGIN_TW))
    document = (XML_HEAD + '<w:document %s%s%s><w:body>%s%s</w:body></w:document>' % (
        ROOT_NS, ns_extra, IGNORABLE, "".join(body), sect))

    # word and character counts of the main text
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document.split("<w:body>")[1])
    alltext = " ".join(t.replace("&amp;", "&") for t in texts)
    words = len(alltext.split())
    chars = len(alltext)
    nonspace = len(alltext.replace(" ", ""))
    paras = document.count("<w:p ")

    fixed_rels = [("numbering", "numbering.xml"), ("styles", "styles.xml"), ("settings", "settings.xml"),
                  ("webSettings", "webSettings.xml"), ("fontTable", "fontTable.xml"), ("theme", "theme/theme1.xml")]
    for t, target in fixed_rels:
        rels.append(("rId%d" % rid, t, target))
        rid += 1
    gloss_parts = []
    if gloss:
        rels.append(("rId%d" % rid, "glossaryDocument", "glossary/document.xml"))
        rid += 1
        gpid = ParaIds(i + 40)
        parts = [p(gpid, [r(phrase)] if phrase else [], ppr='<w:spacing w:after="0"/>')]
        gdoc = (XML_HEAD + '<w:glossaryDocument %s%s><w:docParts><w:docPart><w:docPartPr>'
                '<w:name w:val="Profile tagline"/><w:category><w:name w:val="General"/>'
                '<w:gallery w:val="autoTxt"/></w:category><w:types><w:type w:val="autoExp"/></w:types>'
                '<w:behaviors><w:behavior w:val="content"/></w:behaviors>'
                '<w:guid w:val="{3B9D6E21-7C44-4F0A-9E1B-52A8C0D7F613}"/></w:docPartPr><w:docPartBody>%s'
                '</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>' % (
                    ROOT_NS, IGNORABLE, "".join(parts)))
        grels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                 ("rId3", "webSettings", "webSettings.xml"), ("rId4", "fontTable", "fontTable.xml")]
        gloss_parts = [
            ("word/glossary/document.xml", gdoc),
            ("word/glossary/_rels/document.xml.rels", rels_xml(grels)),
            ("word/glossary/settings.xml", settings_xml(glossary=True)),
            ("word/glossary/styles.xml", styles_xml(D, text_w, [])),
            ("word/glossary/webSettings.xml", WEBSETTINGS),
            ("word/glossary/fontTable.xml", fonttable_xml(D["font"])),
        ]

    overrides = [("/word/document.xml", CT_MAIN)]
    for path, ctype, xml, reltype in extra_parts:
        overrides.append(("/" + path, ctype))
    overrides += [("/word/numbering.xml", CT % "numbering"), ("/word/styles.xml", CT % "styles"),
                  ("/word/settings.xml", CT % "settings"), ("/word/webSettings.xml", CT % "webSettings"),
                  ("/word/fontTable.xml", CT % "fontTable"),
                  ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
    if gloss:
        overrides += [("/word/glossary/document.xml", CT_GLOSS),
                      ("/word/glossary/styles.xml", CT % "styles"),
                      ("/word/glossary/settings.xml", CT % "settings"),
                      ("/word/glossary/webSettings.xml", CT % "webSettings"),
                      ("/word/glossary/fontTable.xml", CT % "fontTable")]
    overrides += [("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    ctypes = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(
                  '<Override PartName="%s" ContentType="%s"/>' % o for o in overrides))
    pkg_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '</Relationships>')

    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", pkg_rels), ("word/document.xml", document),
               ("word/_rels/document.xml.rels", rels_xml(rels))]
    members += gloss_parts
    for path, ctype, xml, reltype in extra_parts:
        members.append((path, xml))
    members += [("word/theme/theme1.xml", theme_xml()),
                ("word/settings.xml", settings_xml(**settings_kw)),
                ("word/styles.xml", styles_xml(D, text_w, extra_styles)),
                ("word/numbering.xml", numbering_xml()),
                ("word/webSettings.xml", WEBSETTINGS),
                ("word/fontTable.xml", fonttable_xml(D["font"])),
                ("docProps/core.xml", core_xml(P)),
                ("docProps/app.xml", app_xml(words, chars, nonspace, paras))]
    return zip_bytes(members)


def rels_xml(rels):
    return (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
            '</Relationships>' % "".join(
                '<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (rid, REL, t, target)
                for rid, t, target in rels))


# --------------------------------------------------------------------------
def build(i, phrase=None):
    kind, hidden = KINDS[i]
    P = PERSONAS[persona_index(i)]
    if phrase is None:
        phrase = default_phrase(i)
    if i % 2:
        return "resume_%02d.pdf" % i, build_pdf(i, kind, P, phrase)
    return "resume_%02d.docx" % i, build_docx(i, kind, P, phrase)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_hidden_blind15.py OUTDIR\n")
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
