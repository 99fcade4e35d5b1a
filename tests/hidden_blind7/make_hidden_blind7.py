#!/usr/bin/env python3
"""Generator for the hidden_blind7 test set (30 one-page resumes).

Usage: python make_hidden_blind7.py OUTDIR

Deterministic: no randomness, fixed dates, fixed zip timestamps.
Uses fpdf2, Pillow and the standard library only.
"""
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape as xesc

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                       "liberation/LiberationSans-Italic.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                        "liberation/LiberationSerif-Italic.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
}
FIXED_DT = datetime.datetime(2026, 12, 8, 9, 0, 0, tzinfo=datetime.timezone.utc)
PDF_DATE = "D:20261208090000Z"
W3C_DATE = "2026-12-08T09:00:00Z"
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)

# --------------------------------------------------------------------------
# Personas (fictional)
# --------------------------------------------------------------------------
PERSONAS = {
    "A": dict(
        name="Daniel Okafor", title="Site Reliability Engineer",
        contact=["Austin, TX", "daniel.okafor@example.com", "(512) 555-0147", "linkedin.com/in/dokafor"],
        summary="Site reliability engineer with eight years of experience running high-traffic services on "
                "AWS and GCP. Focused on observability, capacity planning and calm, well-documented incident handling.",
        jobs=[("Senior Site Reliability Engineer", "Brightlane Logistics", "2021 - Present",
               ["Cut p99 latency of the order API by 38% through connection pooling and cache tuning.",
                "Led the move of 140 services to a shared cluster with per-team quotas and budgets.",
                "Built SLO dashboards in Grafana and run the weekly reliability review."]),
              ("DevOps Engineer", "Northfield Media", "2017 - 2021",
               ["Automated environment builds with Terraform and Ansible, cutting setup from days to hours.",
                "Maintained CI pipelines for 60 repositories in GitLab CI."]),
              ("Systems Administrator", "City of Round Rock", "2015 - 2017",
               ["Managed 200 Linux and Windows servers and the nightly backup rotation."])],
        education=["B.S. Computer Science, Texas State University, 2015"],
        skills="Kubernetes, Terraform, AWS, GCP, Prometheus, Grafana, Go, Python, Bash, PostgreSQL",
        extra="Languages: English, Yoruba. Volunteer mentor at Austin Code Camp.",
        certs="CKA (2022), AWS Solutions Architect Associate (2020)"),
    "B": dict(
        name="Priya Raman", title="Data Scientist",
        contact=["Seattle, WA", "priya.raman@example.net", "(206) 555-0183"],
        summary="Data scientist who turns messy product data into forecasts and experiments that teams "
                "actually use. Comfortable across the stack, from SQL and dbt models to deployed services.",
        jobs=[("Data Scientist II", "Cascade Outdoor Co.", "2020 - Present",
               ["Built a demand forecast for 3,000 products that lowered stock-outs by 12%.",
                "Designed and analysed more than 40 A/B tests with the growth team.",
                "Wrote the internal guide to experiment design used by three departments."]),
              ("Analytics Engineer", "Pinecrest Health", "2018 - 2020",
               ["Modelled claims data in dbt and Snowflake for finance and operations reporting.",
                "Automated a weekly KPI pack that replaced eight hours of manual work."]),
              ("Research Assistant", "UW Department of Statistics", "2016 - 2018",
               ["Cleaned and analysed survey data for two published public health studies."])],
        education=["M.S. Statistics, University of Washington, 2018",
                   "B.A. Economics, Oregon State University, 2016"],
        skills="Python, pandas, scikit-learn, PyTorch, SQL, dbt, Snowflake, Airflow, Looker, experiment design",
        extra="Languages: English, Tamil. Speaker at PyData Seattle 2023.",
        certs=None),
    "C": dict(
        name="Marcus Feldman", title="Senior Accountant",
        contact=["Chicago, IL", "m.feldman@example.org", "(312) 555-0126"],
        summary="Accountant with seven years in corporate close, consolidation and audit support for "
                "multi-entity manufacturers. Known for clean workpapers and on-time closes.",
        jobs=[("Senior Accountant", "Lakeshore Components Inc.", "2020 - Present",
               ["Own the month-end close for five legal entities in two currencies.",
                "Prepared audit schedules and reduced auditor requests by a third.",
                "Implemented a reconciliation tool that shortened the close by two days."]),
              ("Staff Accountant", "Harlow & Pike LLP", "2017 - 2020",
               ["Performed audit fieldwork for mid-size clients in manufacturing and retail.",
                "Tested internal controls and documented findings for the engagement team."]),
              ("Accounting Intern", "Midway Freight Services", "2016",
               ["Reconciled vendor statements and prepared accrual schedules."])],
        education=["B.S. Accounting, University of Illinois Chicago, 2017"],
        skills="NetSuite, SAP, Excel (advanced), BlackLine, account reconciliation, variance analysis, internal controls",
        extra="Member, Illinois CPA Society. Volunteer tax preparer (VITA).",
        certs=None),
    "D": dict(
        name="Elena Vasquez", title="Clinical Research Coordinator",
        contact=["San Diego, CA", "elena.vasquez@example.com", "(619) 555-0192"],
        summary="Research coordinator with six years supporting oncology and cardiology studies from "
                "start-up to close-out, with a steady record in audits and monitoring visits.",
        jobs=[("Clinical Research Coordinator II", "Pacific Heart Institute", "2021 - Present",
               ["Coordinate four Phase II and III studies with 180 enrolled participants.",
                "Maintain regulatory binders and prepare for sponsor monitoring visits.",
                "Train new coordinators on informed consent and source documentation."]),
              ("Clinical Research Assistant", "Mission Bay Oncology Group", "2018 - 2021",
               ["Screened patients for eligibility and scheduled study visits.",
                "Entered case report form data in Medidata Rave with a low query rate."]),
              ("Patient Services Representative", "Scripps Family Clinic", "2016 - 2018",
               ["Registered patients, verified insurance and scheduled follow-up visits."])],
        education=["B.S. Biology, San Diego State University, 2018"],
        skills="Medidata Rave, OnCore, REDCap, ICH-GCP, informed consent, phlebotomy, Spanish (fluent)",
        extra="Languages: English, Spanish. CITI human subjects training (current).",
        certs=None),
    "E": dict(
        name="Jordan Whitaker", title="Marketing Manager",
        contact=["Denver, CO", "jordan.whitaker@example.net", "(720) 555-0164"],
        summary="Marketing manager who plans and runs campaigns across paid, social and email for "
                "consumer brands, with a habit of measuring everything that ships.",
        jobs=[("Marketing Manager", "Summit Trail Coffee", "2020 - Present",
               ["Grew email revenue 45% with a new lifecycle program and segmentation.",
                "Manage a $1.2M annual paid media budget across search and social.",
                "Led a rebrand with an outside agency, delivered on time and on budget."]),
              ("Digital Marketing Specialist", "Front Range Outfitters", "2017 - 2020",
               ["Ran paid social campaigns and wrote the weekly performance report.",
                "Coordinated product launches with merchandising and store teams."]),
              ("Marketing Intern", "Boulder Bike Works", "2016 - 2017",
               ["Wrote product descriptions and managed the shop's Instagram account."])],
        education=["B.A. Communications, University of Colorado Boulder, 2017"],
        skills="HubSpot, Google Ads, Meta Ads Manager, GA4, Klaviyo, Figma, copywriting, budget planning",
        extra="Portfolio available on request. Volunteer, Denver Food Rescue.",
        certs=None),
    "F": dict(
        name="Hannah Lindqvist", title="Operations Manager",
        contact=["Columbus, OH", "hannah.lindqvist@example.org", "(614) 555-0139"],
        summary="Operations manager with a background in industrial engineering and ten years in "
                "distribution and light manufacturing. Hands-on on the floor, steady with numbers.",
        jobs=[("Operations Manager", "Buckeye Packaging Co.", "2019 - Present",
               ["Run a 220-person plant across three shifts with a focus on safety and on-time delivery.",
                "Raised overall equipment effectiveness from 61% to 74% in two years.",
                "Negotiated freight contracts that save $640K per year."]),
              ("Process Engineer", "Midwest Fulfillment Partners", "2014 - 2019",
               ["Redesigned pick paths and slotting for a 400,000 sq ft warehouse.",
                "Introduced standard work and daily huddles on all lines."]),
              ("Co-op Engineer", "Honda Transmission Mfg.", "2012 - 2013",
               ["Collected cycle-time data and updated line balancing sheets."])],
        education=["B.S. Industrial Engineering, The Ohio State University, 2014"],
        skills="SAP S/4HANA, Power BI, AutoCAD, root cause analysis, capacity planning, vendor management",
        extra="OSHA 30-hour certificate. Coach, youth soccer league.",
        certs=None),
    "G": dict(
        name="Samuel Achebe", title="Security Engineer",
        contact=["Arlington, VA", "s.achebe@example.com", "(703) 555-0175"],
        summary="Security engineer focused on detection engineering, network defence and cloud security "
                "for regulated financial environments.",
        jobs=[("Security Engineer", "Potomac Financial Group", "2020 - Present",
               ["Built detection rules in Splunk that cut mean time to detect from hours to minutes.",
                "Led the firewall clean-up that removed 3,000 unused rules.",
                "Run tabletop exercises with IT and legal twice a year."]),
              ("SOC Analyst", "Keystone Managed Services", "2017 - 2020",
               ["Triaged alerts for 40 client networks on a 24x7 rota.",
                "Wrote playbooks for phishing and malware containment."]),
              ("IT Support Technician", "Fairfax County Public Schools", "2015 - 2017",
               ["Imaged laptops, managed Active Directory accounts and handled help desk tickets."])],
        education=["B.S. Information Security, George Mason University, 2017"],
        skills="Splunk, CrowdStrike, Palo Alto, AWS Security Hub, Wireshark, Python",
        extra="Languages: English, Igbo. Member, ISSA Northern Virginia chapter.",
        certs="CISSP (2021), CompTIA Security+ (2017)"),
    "H": dict(
        name="Olivia Brennan", title="Project Manager",
        contact=["Boston, MA", "olivia.brennan@example.net", "(617) 555-0158"],
        summary="Project manager who delivers software and process projects for healthcare and insurance "
                "clients, keeping sponsors informed and teams unblocked.",
        jobs=[("Senior Project Manager", "Harborview Insurance", "2019 - Present",
               ["Delivered a claims platform upgrade for 900 users on schedule.",
                "Manage a portfolio of six projects with a combined budget of $8M.",
                "Introduced a lightweight risk log that the PMO adopted company wide."]),
              ("Project Coordinator", "Beacon Health Partners", "2016 - 2019",
               ["Tracked schedules and budgets for EHR roll-outs at four clinics.",
                "Prepared steering committee packs and meeting minutes."]),
              ("Operations Assistant", "Charles River Dental Group", "2014 - 2016",
               ["Kept supply orders and staff rotas for three offices."])],
        education=["B.A. Business Administration, Northeastern University, 2016"],
        skills="Jira, Smartsheet, MS Project, Confluence, budgeting, vendor management, Scrum, change management",
        extra="Member, PMI Massachusetts Bay chapter. Volunteer, Boston Marathon logistics.",
        certs=None),
    "I": dict(
        name="Lucas Moreno", title="Account Executive",
        contact=["Miami, FL", "lucas.moreno@example.com", "(305) 555-0111"],
        summary="B2B sales professional with a record of closing new business in SaaS and logistics "
                "software, from first call to signed contract.",
        jobs=[("Account Executive", "Tidewater Software", "2021 - Present",
               ["Closed $2.4M in new annual recurring revenue in 2023, 128% of quota.",
                "Built a pipeline of mid-market logistics accounts in Florida and Georgia.",
                "Partner with solutions engineers on demos and proof-of-concept plans."]),
              ("Sales Development Representative", "Coral Bay Systems", "2018 - 2021",
               ["Booked 25 qualified meetings per month through calls and email sequences.",
                "Promoted twice for pipeline results."]),
              ("Retail Sales Associate", "Bayside Electronics", "2016 - 2018",
               ["Top seller in the store for four quarters while studying full time."])],
        education=["B.B.A. Marketing, Florida International University, 2018"],
        skills="Salesforce, HubSpot, Gong, Outreach, MEDDICC, negotiation, Spanish (native)",
        extra="Languages: English, Spanish, Portuguese (conversational). President's Club 2023.",
        certs=None),
    "J": dict(
        name="Grace Nakamura", title="Civil Engineer (EIT)",
        contact=["Portland, OR", "grace.nakamura@example.org", "(503) 555-0186"],
        summary="Civil engineer designing municipal and commercial structures, with site experience "
                "from foundations to handover and a careful eye for detailing.",
        jobs=[("Project Engineer", "Willamette Structural Partners", "2020 - Present",
               ["Designed steel and timber framing for six commercial buildings.",
                "Prepared calculation packages and drawings for city permit review.",
                "Coordinate site inspections and respond to contractor RFIs."]),
              ("Engineering Intern", "Rose City Public Works", "2018 - 2020",
               ["Surveyed culverts and prepared condition reports.",
                "Drafted stormwater details in Civil 3D."]),
              ("Field Technician (summer)", "Cascade Geotechnical", "2017",
               ["Logged soil borings and ran compaction tests on residential sites."])],
        education=["B.S. Civil Engineering, Oregon State University, 2020"],
        skills="ETABS, SAP2000, Revit, AutoCAD Civil 3D, Bluebeam, concrete and steel design",
        extra="Member, ASCE Oregon section. Hobbies: trail running, woodworking.",
        certs=None),
}

# --------------------------------------------------------------------------
# File table: number -> (format, persona, builder name, marker phrase)
# --------------------------------------------------------------------------
FILES = {
    1: ("pdf", "A", "f_grey_note", "Kubernetes platform reliability engineering lead"),
    2: ("docx", "B", "d_charstyle", "Python machine learning pipeline specialist"),
    3: ("pdf", "C", "r_cropbox", "GAAP IFRS consolidation reporting specialist"),
    4: ("docx", "D", "d_darkcell", "GCP certified clinical research associate"),
    5: ("pdf", "E", "r_lab", "award winning brand storytelling strategist"),
    6: ("pdf", "F", "f_stroke_white", "lean manufacturing kaizen event facilitator"),
    7: ("docx", "G", "d_cellcolour", "zero trust network segmentation specialist"),
    8: ("pdf", "H", "r_actualtext", "PMP certified program delivery leader"),
    9: ("docx", "I", "d_alpha_full", "top performing enterprise account executive"),
    10: ("pdf", "J", "r_shade_visible", "licensed structural engineer seismic retrofit"),
    11: ("docx", "A", "d_under_photo", "Terraform infrastructure as code evangelist"),
    12: ("pdf", "B", "r_shade_cover", "natural language processing research scientist"),
    13: ("pdf", "C", "f_over_picture", "SOC 2 compliance audit expert"),
    14: ("docx", "D", "d_parastyle_white", "clinical trial data management expert"),
    15: ("pdf", "E", "r_ocg_base", "Series B startup growth hacker"),
    16: ("docx", "F", "d_webhidden", "Fortune 100 procurement savings champion"),
    17: ("pdf", "G", "f_clip", "ISO 27001 lead implementer certified"),
    18: ("docx", "H", "d_boxfill", "Agile transformation coach and mentor"),
    19: ("pdf", "I", "r_second_stream", "certified Salesforce revenue cloud consultant"),
    20: ("docx", "J", "d_alpha_part", "LEED accredited sustainable design professional"),
    21: ("pdf", "A", "r_form_alpha", "FAANG level distributed systems architect"),
    22: ("docx", "B", "d_parastyle_vanish", "Tableau and Power BI dashboard guru"),
    23: ("pdf", "C", "f_small", "CPA with forensic accounting credentials"),
    24: ("docx", "D", "d_tablestyle_white", "HIPAA privacy officer with CHFP"),
    25: ("pdf", "E", "r_screen", "omnichannel retail merchandising planning expert"),
    26: ("docx", "F", "d_grey_style", "supply chain digital twin innovator"),
    27: ("pdf", "G", "r_tr3_outside", "veteran cybersecurity incident response commander"),
    28: ("docx", "H", "d_white_box", "Six Sigma black belt practitioner"),
    29: ("pdf", "I", "f_outline", "bilingual customer success escalation manager"),
    30: ("docx", "J", "d_over_picture", "BIM coordination and Revit modeling lead"),
}


# --------------------------------------------------------------------------
# Pictures (drawn with Pillow, no text)
# --------------------------------------------------------------------------
def png_bytes(img):
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def pic_light_banner(w=1200, h=220):
    img = Image.new("RGB", (w, h), (236, 242, 247))
    d = ImageDraw.Draw(img)
    for i in range(0, w + h, 36):
        d.line([(i, 0), (i - h, h)], fill=(226, 234, 242), width=10)
    for k, (cx, cy, r) in enumerate([(980, 60, 140), (1120, 190, 110), (860, 200, 70)]):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(214, 226, 238), width=6)
    return img


def pic_portrait(w=300, h=360):
    img = Image.new("RGB", (w, h), (96, 112, 130))
    d = ImageDraw.Draw(img)
    for y in range(h):
        c = 96 + int(40 * y / h)
        d.line([(0, y), (w, y)], fill=(c, c + 14, c + 30))
    d.ellipse([95, 60, 205, 190], fill=(224, 196, 170))
    d.rectangle([40, 230, 260, 360], fill=(44, 62, 92))
    d.ellipse([40, 200, 260, 300], fill=(44, 62, 92))
    d.polygon([(130, 215), (170, 215), (150, 265)], fill=(240, 240, 240))
    return img


def pic_pale_panel(w=1000, h=180):
    img = Image.new("RGB", (w, h), (246, 241, 230))
    d = ImageDraw.Draw(img)
    for i in range(12):
        x = 520 + i * 42
        d.rectangle([x, 20 + (i % 4) * 22, x + 26, h], fill=(238, 230, 214))
    d.line([(0, h - 6), (w, h - 6)], fill=(222, 208, 184), width=4)
    return img


# --------------------------------------------------------------------------
# Text metrics (Liberation fonts are metric-compatible with Helvetica / Times)
# --------------------------------------------------------------------------
_MEASURE = {}


def measure(fontfile, text, size):
    f = _MEASURE.get(fontfile)
    if f is None:
        f = _MEASURE[fontfile] = ImageFont.truetype(os.path.join(FONT_DIR, fontfile), 1000)
    return f.getlength(text) * size / 1000.0


def wrap(text, width, mfun):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if mfun(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------
# Small hand-written PDF writer (standard Type 1 fonts, WinAnsiEncoding)
# --------------------------------------------------------------------------
def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return "(" + b.decode("latin-1") + ")"


def fmt(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


class RawPDF:
    FAMILIES = {
        "Helvetica": (("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"), "LiberationSans"),
        "Times": (("Times-Roman", "Times-Bold", "Times-Italic"), "LiberationSerif"),
    }

    def __init__(self, size, family="Helvetica"):
        self.w, self.h = size
        names, mfam = self.FAMILIES[family]
        self.basefonts = names
        self.mfiles = TTF[mfam]
        self.streams = [[]]
        self.ops = self.streams[0]
        self.extgs = {}
        self.colorspaces = {}
        self.shadings = {}
        self.xobjects = {}
        self.properties = {}
        self.objects = {}  # num -> bytes (extra objects)
        self.next_num = 8
        self.catalog_extra = ""
        self.mediabox = None
        self.cropbox = None

    # object management
    def add_object(self, body):
        n = self.next_num
        self.next_num += 1
        self.objects[n] = body if isinstance(body, bytes) else body.encode("latin-1")
        return n

    def stream_object(self, dict_entries, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            dict_entries = dict_entries + " /Filter /FlateDecode"
        return self.add_object(b"<< " + dict_entries.encode("latin-1") + b" /Length %d >>\nstream\n" % len(data)
                               + data + b"\nendstream")

    def new_stream(self):
        self.streams.append([])
        self.ops = self.streams[-1]

    # drawing helpers
    def m(self, text, size, style=0):
        return measure(self.mfiles[style], text, size)

    def op(self, s):
        self.ops.append(s)

    def rgb(self, c):
        return "%s %s %s" % tuple(fmt(x / 255.0) if isinstance(x, int) else fmt(x) for x in c)

    def rect(self, x, y, w, h, fill):
        self.op("%s rg %s %s %s %s re f" % (self.rgb(fill), fmt(x), fmt(y), fmt(w), fmt(h)))

    def line(self, x1, y1, x2, y2, color, width=0.6):
        self.op("%s RG %s w %s %s m %s %s l S" % (self.rgb(color), fmt(width), fmt(x1), fmt(y1), fmt(x2), fmt(y2)))

    def text_ops(self, x, y, s, size, style=0):
        return "BT /F%d %s Tf 1 0 0 1 %s %s Tm %s Tj ET" % (style + 1, fmt(size), fmt(x), fmt(y), pdf_str(s))

    def text(self, x, y, s, size, style=0, color=(0, 0, 0)):
        self.op("%s rg %s" % (self.rgb(color), self.text_ops(x, y, s, size, style)))

    def build(self):
        media = self.mediabox or [0, 0, self.w, self.h]
        res = ["/Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >>"]
        for key, d in (("ExtGState", self.extgs), ("ColorSpace", self.colorspaces), ("Shading", self.shadings),
                       ("XObject", self.xobjects), ("Properties", self.properties)):
            if d:
                res.append("/%s << %s >>" % (key, " ".join("/%s %s" % (k, v) for k, v in sorted(d.items()))))
        content_nums = [self.stream_object("", ("\n".join(s) + "\n").encode("latin-1")) for s in self.streams]
        contents = ("%d 0 R" % content_nums[0]) if len(content_nums) == 1 else \
            "[" + " ".join("%d 0 R" % n for n in content_nums) + "]"
        page = "<< /Type /Page /Parent 2 0 R /MediaBox [%s]%s /Resources << %s >> /Contents %s >>" % (
            " ".join(fmt(v) for v in media),
            (" /CropBox [%s]" % " ".join(fmt(v) for v in self.cropbox)) if self.cropbox else "",
            " ".join(res), contents)
        objs = {
            1: "<< /Type /Catalog /Pages 2 0 R%s >>" % self.catalog_extra,
            2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: page,
            4: "<< /Producer (resume export 3.2) /Creator (Resume Builder) /CreationDate (%s) /ModDate (%s) >>" % (
                PDF_DATE, PDF_DATE),
        }
        for i, bf in enumerate(self.basefonts):
            objs[5 + i] = "<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % bf
        allobjs = {k: v.encode("latin-1") for k, v in objs.items()}
        allobjs.update(self.objects)
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for n in sorted(allobjs):
            offsets[n] = len(out)
            out += b"%d 0 obj\n" % n + allobjs[n] + b"\nendobj\n"
        size = max(allobjs) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            out += b"%010d 00000 n \n" % offsets[n]
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (size, fid.encode(), fid.encode(), xref))
        return bytes(out)


def axial_shading(pdf, c0, c1, x0, y0, x1, y1):
    fn = "<< /FunctionType 2 /Domain [0 1] /C0 [%s] /C1 [%s] /N 1 >>" % (pdf.rgb(c0), pdf.rgb(c1))
    n = pdf.add_object("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [%s %s %s %s] /Function %s "
                       "/Extend [true true] >>" % (fmt(x0), fmt(y0), fmt(x1), fmt(y1), fn))
    return n


def raw_resume(pdf, P, style, hooks=None, accent=(31, 58, 95)):
    """Lay out a resume with the hand-written writer. hooks: name -> fn(pdf, x, y, width) -> new y."""
    hooks = hooks or {}
    W, H = pdf.w, pdf.h
    M = 54.0
    body = 10.5
    lead = 14.0

    def hook(name, x, y, width):
        if name in hooks:
            return hooks[name](pdf, x, y, width)
        return y

    def para(x, y, width, text, size=body, style_=0, color=(40, 40, 40), leading=lead):
        for ln in wrap(text, width, lambda t: pdf.m(t, size, style_)):
            pdf.text(x, y, ln, size, style_, color)
            y -= leading
        return y

    def heading(x, y, width, t, color=accent):
        pdf.text(x, y, t.upper(), 10.5, 1, color)
        pdf.line(x, y - 4, x + width, y - 4, color, 0.7)
        return y - 19

    def jobs(x, y, width):
        for role, org, dates, bullets in P["jobs"]:
            pdf.text(x, y, role, body + 0.5, 1, (25, 25, 25))
            dw = pdf.m(dates, 9, 0)
            pdf.text(x + width - dw, y, dates, 9, 0, (90, 90, 90))
            y -= lead
            pdf.text(x, y, org, 9.5, 2, (70, 70, 70))
            y -= lead + 1
            for b in bullets:
                lines = wrap(b, width - 14, lambda t: pdf.m(t, 10, 0))
                pdf.text(x + 3, y, "\u2022", 10, 0, (60, 60, 60))
                for ln in lines:
                    pdf.text(x + 13, y, ln, 10, 0, (40, 40, 40))
                    y -= 13.2
            y -= 6
        return y

    hook("pre", 0, H, W)
    if style == "sidebar":
        sw = 178.0
        panel = hooks.get("panel_colour", (236, 241, 246))
        pdf.rect(0, 0, sw, H, panel)
        y = H - 60
        pdf.text(M - 24, y, P["name"].split()[0], 20, 1, accent)
        y -= 22
        pdf.text(M - 24, y, " ".join(P["name"].split()[1:]), 20, 1, accent)
        y -= 20
        pdf.text(M - 24, y, P["title"], 10.5, 2, (60, 60, 60))
        y -= 30
        sx, swid = M - 24, sw - (M - 24) - 14
        y = heading(sx, y, swid, "Contact")
        for c in P["contact"]:
            pdf.text(sx, y, c, 8.8, 0, (50, 50, 50))
            y -= 12.5
        y -= 10
        y = heading(sx, y, swid, "Skills")
        y = hook("sidebar_skills", sx, y, swid)
        y -= 10
        y = heading(sx, y, swid, "Education")
        for e in P["education"]:
            y = para(sx, y, swid, e, 8.8, 0, (50, 50, 50), 11.5)
            y -= 4
        y = hook("sidebar_end", sx, y - 8, swid)
        x, width = sw + 24, W - sw - 24 - 40
        y = H - 62
        y = heading(x, y, width, "Profile")
        y = para(x, y, width, P["summary"]) - 8
        y = hook("after_summary", x, y, width)
        y = heading(x, y, width, "Experience")
        y = jobs(x, y, width)
        y = hook("after_jobs", x, y, width)
        if P["certs"]:
            y = heading(x, y - 4, width, "Certifications")
            y = para(x, y, width, P["certs"]) - 6
        y = heading(x, y - 4, width, "Additional")
        y = para(x, y, width, P["extra"]) - 6
        y = hook("end", x, y, width)
        return y

    x, width = M, W - 2 * M
    if style in ("band", "shade"):
        bh = 104.0
        if style == "band":
            pdf.rect(0, H - bh, W, bh, accent)
        else:
            y = hook("before_band", x, H - 40, width)
            sh = axial_shading(pdf, hooks.get("shade_c0", (22, 44, 78)), hooks.get("shade_c1", (28, 112, 128)),
                               0, H - bh, W, H)
            pdf.shadings["Sh1"] = "%d 0 R" % sh
            pdf.op("q 0 %s %s %s re W n /Sh1 sh Q" % (fmt(H - bh), fmt(W), fmt(bh)))
        y = H - 46
        pdf.text(x, y, P["name"], 24, 1, (255, 255, 255))
        y -= 22
        pdf.text(x, y, P["title"], 12, 0, (222, 232, 242))
        y -= 17
        pdf.text(x, y, "  |  ".join(P["contact"]), 9, 0, (210, 222, 235))
        y = hook("in_band", x, y, width)
        y = H - bh - 28
    else:
        y = H - 62
        pdf.text(x, y, P["name"], 24, 1, accent)
        y -= 20
        pdf.text(x, y, P["title"], 12, 0, (70, 70, 70))
        y -= 16
        y = hook("contact", x, y, width)
        if "contact" not in hooks:
            pdf.text(x, y, "  |  ".join(P["contact"]), 9, 0, (80, 80, 80))
        pdf.line(x, y - 9, x + width, y - 9, accent, 1.2)
        y -= 32
    y = heading(x, y, width, "Summary")
    y = para(x, y, width, P["summary"]) - 8
    y = hook("after_summary", x, y, width)
    y = heading(x, y, width, "Experience")
    y = jobs(x, y, width)
    y = hook("after_jobs", x, y, width)
    y = heading(x, y, width, "Education")
    for e in P["education"]:
        pdf.text(x, y, e, body, 0, (40, 40, 40))
        y -= lead
    y -= 8
    y = heading(x, y, width, "Skills")
    y = hook("skills", x, y, width)
    if "skills" not in hooks:
        y = para(x, y, width, P["skills"])
    if P["certs"]:
        y -= 8
        y = heading(x, y, width, "Certifications")
        y = para(x, y, width, P["certs"])
    y -= 8
    y = heading(x, y, width, "Additional")
    y = para(x, y, width, P["extra"])
    y = hook("end", x, y - 10, width)
    return y


# --------------------------------------------------------------------------
# Hand-written PDF files
# --------------------------------------------------------------------------
def r_cropbox(P, phrase):
    pdf = RawPDF(LETTER, "Helvetica")
    pdf.mediabox = [0, 0, 612, 860]
    pdf.cropbox = [0, 0, 612, 792]

    def pre(pdf, x, y, w):
        if phrase:
            pdf.text(54, 822, phrase, 10, 0, (40, 40, 40))
        return y
    raw_resume(pdf, P, "plain", {"pre": pre}, accent=(20, 70, 60))
    return pdf.build()


def r_lab(P, phrase):
    pdf = RawPDF(A4, "Times")
    pdf.colorspaces["CSL"] = "[/Lab << /WhitePoint [0.9505 1 1.089] /Range [-100 100 -100 100] >>]"

    def after_summary(pdf, x, y, w):
        if phrase:
            pdf.op("/CSL cs 100 0 0 sc " + pdf.text_ops(x, y, phrase, 10, 0))
        return y - 16
    raw_resume(pdf, P, "band", {"after_summary": after_summary}, accent=(88, 40, 70))
    return pdf.build()


def r_actualtext(P, phrase):
    pdf = RawPDF(LETTER, "Helvetica")

    def skills(pdf, x, y, w):
        items = [s.strip() for s in P["skills"].split(",")]
        size = 8.8
        cur = []
        rows = []
        for it in items:
            if cur and pdf.m(" \u2022 ".join(cur + [it]), size) > w:
                rows.append(cur)
                cur = []
            cur.append(it)
        rows.append(cur)
        first = True
        for row in rows:
            cx = x
            for i, it in enumerate(row):
                if i:
                    sep = " \u2022 "
                    if first and phrase:
                        # the separator glyph carries a replacement text
                        pdf.op("/Span << /ActualText %s >> BDC" % pdf_str(" " + phrase + " "))
                        pdf.text(cx, y, sep, size, 0, (90, 90, 90))
                        pdf.op("EMC")
                        first = False
                    else:
                        pdf.text(cx, y, sep, size, 0, (90, 90, 90))
                    cx += pdf.m(sep, size)
                pdf.text(cx, y, it, size, 0, (50, 50, 50))
                cx += pdf.m(it, size)
            y -= 12.5
        return y
    raw_resume(pdf, P, "sidebar", {"sidebar_skills": skills}, accent=(40, 60, 110))
    return pdf.build()


def r_shade_visible(P, phrase):
    pdf = RawPDF(A4, "Helvetica")

    def in_band(pdf, x, y, w):
        if phrase:
            tag = "Focus: " + phrase
            tw = pdf.m(tag, 9.5, 2)
            pdf.text(pdf.w - 54 - tw, pdf.h - 46, tag, 9.5, 2, (255, 255, 255))
        return y
    raw_resume(pdf, P, "shade", {"in_band": in_band, "shade_c0": (24, 36, 62), "shade_c1": (40, 92, 110)},
               accent=(24, 36, 62))
    return pdf.build()


def r_shade_cover(P, phrase):
    pdf = RawPDF(LETTER, "Times")

    def before_band(pdf, x, y, w):
        if phrase:
            pdf.text(x, pdf.h - 92, phrase, 10, 0, (30, 30, 30))
        return y
    raw_resume(pdf, P, "shade", {"before_band": before_band, "shade_c0": (60, 30, 90), "shade_c1": (30, 80, 140)},
               accent=(60, 30, 90))
    return pdf.build()


def r_ocg_base(P, phrase):
    pdf = RawPDF(A4, "Helvetica")
    o1 = pdf.add_object("<< /Type /OCG /Name (Page content) /Intent /View >>")
    o2 = pdf.add_object("<< /Type /OCG /Name (Search terms) /Intent /View >>")
    pdf.properties["MC0"] = "%d 0 R" % o1
    pdf.properties["MC1"] = "%d 0 R" % o2
    pdf.catalog_extra = (" /OCProperties << /OCGs [%d 0 R %d 0 R] /D << /Name (Default) /BaseState /OFF "
                         "/ON [%d 0 R] /Order [%d 0 R %d 0 R] >> >>" % (o1, o2, o1, o1, o2))

    def skills(pdf, x, y, w):
        for ln in wrap(P["skills"], w, lambda t: pdf.m(t, 10.5)):
            pdf.text(x, y, ln, 10.5, 0, (40, 40, 40))
            y -= 14
        if phrase:
            pdf.op("/OC /MC1 BDC")
            pdf.text(x, y, phrase, 10, 0, (40, 40, 40))
            pdf.op("EMC")
        return y - 13.2

    def end(pdf, x, y, w):
        pdf.op("/OC /MC0 BDC")
        pdf.text(x, 40, "References available on request.", 8.5, 2, (110, 110, 110))
        pdf.op("EMC")
        return y
    raw_resume(pdf, P, "plain", {"skills": skills, "end": end}, accent=(150, 70, 20))
    return pdf.build()


def r_second_stream(P, phrase):
    pdf = RawPDF(LETTER, "Times")
    box = {}

    def after_jobs(pdf, x, y, w):
        if phrase:
            pdf.text(x, y, phrase, 10, 0, (35, 35, 35))
            box["r"] = (x - 2, y - 4, pdf.m(phrase, 10) + 4, 15)
        return y - 18
    raw_resume(pdf, P, "plain", {"after_jobs": after_jobs}, accent=(10, 80, 120))
    pdf.new_stream()
    if "r" in box:
        x, y, w, h = box["r"]
        pdf.op("q 1 1 1 rg %s %s %s %s re f Q" % (fmt(x), fmt(y), fmt(w), fmt(h)))
    return pdf.build()


def r_form_alpha(P, phrase):
    pdf = RawPDF(LETTER, "Helvetica")
    pdf.extgs["GSa"] = "<< /Type /ExtGState /ca 0 /CA 0 >>"

    def after_summary(pdf, x, y, w):
        if phrase:
            content = ("BT /F1 10 Tf 0.16 0.16 0.16 rg 1 0 0 1 %s %s Tm %s Tj ET\n" % (fmt(x), fmt(y), pdf_str(phrase)))
            n = pdf.stream_object("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << /Font << /F1 5 0 R >> >>"
                                  % (fmt(pdf.w), fmt(pdf.h)), content.encode("latin-1"))
            pdf.xobjects["Fx1"] = "%d 0 R" % n
            pdf.op("q /GSa gs /Fx1 Do Q")
        return y - 16
    raw_resume(pdf, P, "band", {"after_summary": after_summary}, accent=(35, 45, 60))
    return pdf.build()


def r_screen(P, phrase):
    pdf = RawPDF(A4, "Helvetica")
    pdf.extgs["GSs"] = "<< /Type /ExtGState /BM /Screen >>"

    def sidebar_skills(pdf, x, y, w):
        for it in [s.strip() for s in P["skills"].split(",")]:
            pdf.text(x, y, it, 8.8, 0, (50, 50, 50))
            y -= 12.5
        return y

    def sidebar_end(pdf, x, y, w):
        if phrase:
            pdf.op("q /GSs gs")
            for ln in wrap(phrase, w, lambda t: pdf.m(t, 8.8)):
                pdf.text(x, y, ln, 8.8, 0, (0, 0, 0))
                y -= 12.5
            pdf.op("Q")
        return y
    raw_resume(pdf, P, "sidebar", {"sidebar_skills": sidebar_skills, "sidebar_end": sidebar_end,
                                   "panel_colour": (232, 238, 228)}, accent=(60, 90, 50))
    return pdf.build()


def r_tr3_outside(P, phrase):
    pdf = RawPDF(LETTER, "Times")

    def after_jobs(pdf, x, y, w):
        if phrase:
            pdf.op("q 3 Tr 0.1 0.1 0.1 rg")
            pdf.op(pdf.text_ops(x, y, phrase, 10, 0))
            pdf.op("Q")
        return y - 16
    raw_resume(pdf, P, "band", {"after_jobs": after_jobs}, accent=(20, 60, 45))
    return pdf.build()


# --------------------------------------------------------------------------
# fpdf2 files
# --------------------------------------------------------------------------
def fpdf_new(size, family):
    pdf = FPDF(unit="pt", format=size)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer("resume export 3.2")
    pdf.set_creator("Resume Builder")
    pdf.set_auto_page_break(False)
    pdf.set_margins(54, 54, 54)
    reg, bold, ital = TTF[family]
    pdf.add_font(family, "", os.path.join(FONT_DIR, reg))
    pdf.add_font(family, "B", os.path.join(FONT_DIR, bold))
    pdf.add_font(family, "I", os.path.join(FONT_DIR, ital))
    pdf.add_page()
    pdf.fam = family
    return pdf


def f_resume(pdf, P, style, hooks=None, accent=(31, 58, 95), picture=None):
    hooks = hooks or {}
    fam = pdf.fam
    W, H = pdf.w, pdf.h
    M = 54.0

    def hook(name, x, y, w):
        if name in hooks:
            return hooks[name](pdf, x, y, w)
        return y

    def heading(x, y, w, t):
        pdf.set_font(fam, "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.set_xy(x, y)
        pdf.cell(w, 13, t.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.7)
        pdf.line(x, y + 15, x + w, y + 15)
        return y + 21

    def para(x, y, w, t, size=10.3, st="", color=(40, 40, 40), lh=14):
        pdf.set_font(fam, st, size)
        pdf.set_text_color(*color)
        pdf.set_xy(x, y)
        pdf.multi_cell(w, lh, t, align="L", new_x="LMARGIN", new_y="NEXT")
        return pdf.get_y()

    def jobs(x, y, w):
        for role, org, dates, bullets in P["jobs"]:
            pdf.set_font(fam, "B", 10.2)
            pdf.set_text_color(25, 25, 25)
            pdf.set_xy(x, y)
            pdf.cell(w - 90, 13, role)
            pdf.set_font(fam, "", 9)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(x + w - 90, y)
            pdf.cell(90, 13, dates, align="R")
            y += 13
            pdf.set_font(fam, "I", 9.4)
            pdf.set_text_color(70, 70, 70)
            pdf.set_xy(x, y)
            pdf.cell(w, 12, org)
            y += 14
            for b in bullets:
                pdf.set_font(fam, "", 9.8)
                pdf.set_text_color(60, 60, 60)
                pdf.set_xy(x + 3, y)
                pdf.cell(10, 13, "\u2022")
                pdf.set_text_color(40, 40, 40)
                pdf.set_xy(x + 13, y)
                pdf.multi_cell(w - 13, 13, b, align="L", new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y()
            y += 5
        return y

    x, w = M, W - 2 * M
    if style == "sidebar":
        sw = 175.0
        pdf.set_fill_color(*hooks.get("panel_colour", (238, 240, 236)))
        pdf.rect(0, 0, sw, H, style="F")
        sx, sww = 30.0, sw - 44
        y = 54.0
        for part in (P["name"].split()[0], " ".join(P["name"].split()[1:])):
            pdf.set_font(fam, "B", 19)
            pdf.set_text_color(*accent)
            pdf.set_xy(sx, y)
            pdf.cell(sww, 22, part)
            y += 22
        pdf.set_font(fam, "I", 10)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(sx, y)
        pdf.cell(sww, 14, P["title"])
        y += 30
        y = heading(sx, y, sww, "Contact")
        for c in P["contact"]:
            y = para(sx, y, sww, c, 8.6, "", (50, 50, 50), 11.5)
        y += 10
        y = heading(sx, y, sww, "Skills")
        for it in P["skills"].split(", "):
            y = para(sx, y, sww, it, 8.6, "", (50, 50, 50), 11.5)
        y += 10
        y = heading(sx, y, sww, "Education")
        for e in P["education"]:
            y = para(sx, y, sww, e, 8.6, "", (50, 50, 50), 11.5) + 4
        x, w = sw + 24, W - sw - 24 - 40
        y = 58.0
        y = heading(x, y, w, "Profile")
        y = para(x, y, w, P["summary"]) + 8
        y = hook("after_summary", x, y, w)
        y = heading(x, y, w, "Experience")
        y = jobs(x, y, w)
        y = hook("after_jobs", x, y, w)
        if P["certs"]:
            y = heading(x, y + 4, w, "Certifications")
            y = para(x, y, w, P["certs"]) + 6
        y = heading(x, y + 4, w, "Additional")
        y = para(x, y, w, P["extra"]) + 6
        y = hook("end", x, y, w)
        return y

    if style == "band":
        bh = 100.0
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, W, bh, style="F")
        tc, sc = (255, 255, 255), (215, 226, 238)
    elif style == "picture":
        bh = 112.0
        pdf.image(picture, x=0, y=0, w=W, h=bh)
        tc, sc = accent, (60, 60, 60)
    else:
        bh = 0
        tc, sc = accent, (70, 70, 70)
    y = 34.0 if bh else 50.0
    pdf.set_font(fam, "B", 23)
    pdf.set_text_color(*tc)
    pdf.set_xy(x, y)
    pdf.cell(w, 28, P["name"])
    y += 28
    pdf.set_font(fam, "", 11.5)
    pdf.set_text_color(*sc)
    pdf.set_xy(x, y)
    pdf.cell(w, 15, P["title"])
    y += 16
    pdf.set_font(fam, "", 8.8)
    pdf.set_xy(x, y)
    pdf.cell(w, 12, "  |  ".join(P["contact"]))
    y += 12
    y = hook("header", x, y, w)
    if bh:
        y = bh + 22
    else:
        pdf.set_draw_color(*accent)
        pdf.set_line_width(1.2)
        pdf.line(x, y + 8, x + w, y + 8)
        y += 24
    y = heading(x, y, w, "Summary")
    y = para(x, y, w, P["summary"]) + 8
    y = hook("after_summary", x, y, w)
    y = heading(x, y, w, "Experience")
    y = jobs(x, y, w)
    y = hook("after_jobs", x, y, w)
    y = heading(x, y, w, "Education")
    for e in P["education"]:
        y = para(x, y, w, e)
    y += 8
    y = heading(x, y, w, "Skills")
    y = para(x, y, w, P["skills"])
    y = hook("after_skills", x, y, w)
    if P["certs"]:
        y += 8
        y = heading(x, y, w, "Certifications")
        y = para(x, y, w, P["certs"])
    y += 8
    y = heading(x, y, w, "Additional")
    y = para(x, y, w, P["extra"])
    y = hook("end", x, y + 10, w)
    return y


def f_out(pdf):
    return bytes(pdf.output())


def f_grey_note(P, phrase):
    pdf = fpdf_new("A4", "DejaVuSans")

    def end(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "", 8.5)
            pdf.set_text_color(165, 165, 165)
            pdf.set_xy(x, pdf.h - 70)
            pdf.multi_cell(w, 11, "Open to relocation within the US. Target role: " + phrase + ".")
        return y
    f_resume(pdf, P, "plain", {"end": end}, accent=(20, 90, 140))
    return f_out(pdf)


def f_stroke_white(P, phrase):
    pdf = fpdf_new("Letter", "LiberationSerif")

    def after_skills(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "", 10)
            pdf.set_text_color(40, 40, 40)
            pdf.set_draw_color(255, 255, 255)
            pdf.set_line_width(0.6)
            pdf.text_mode = "STROKE"
            pdf.set_xy(x, y + 4)
            pdf.cell(w, 13, phrase)
            pdf.text_mode = "FILL"
        return y + 17
    f_resume(pdf, P, "band", {"after_skills": after_skills}, accent=(110, 45, 30))
    return f_out(pdf)


def f_over_picture(P, phrase):
    pdf = fpdf_new("A4", "DejaVuSerif")
    pic = io.BytesIO(png_bytes(pic_light_banner()))

    def header(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "I", 9.5)
            pdf.set_text_color(45, 55, 70)
            pdf.set_xy(x, y + 2)
            pdf.cell(w, 12, "Seeking: " + phrase + " roles")
            y += 14
        return y
    f_resume(pdf, P, "picture", {"header": header}, accent=(30, 50, 80), picture=pic)
    return f_out(pdf)


def f_clip(P, phrase):
    pdf = fpdf_new("A4", "LiberationSans")

    def after_jobs(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "", 9.8)
            pdf.set_text_color(40, 40, 40)
            with pdf.rect_clip(x=12, y=y + 2, w=0.5, h=0.5):
                pdf.set_xy(x, y)
                pdf.cell(w, 13, phrase)
            # make sure the font is selected again outside the clipped group
            pdf.set_font(pdf.fam, "B", 10.5)
            pdf.set_font(pdf.fam, "", 9.8)
        return y + 17
    f_resume(pdf, P, "sidebar", {"after_jobs": after_jobs}, accent=(120, 30, 40))
    return f_out(pdf)


def f_small(P, phrase):
    pdf = fpdf_new("Letter", "LiberationSans")

    def end(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "", 6)
            pdf.set_text_color(60, 60, 60)
            pdf.set_xy(x, y)
            pdf.cell(w, 8, "Licensing: " + phrase + " (Illinois license no. 065-048211, active).")
        return y
    f_resume(pdf, P, "plain", {"end": end}, accent=(40, 40, 40))
    return f_out(pdf)


def f_outline(P, phrase):
    pdf = fpdf_new("A4", "DejaVuSans")

    def header(pdf, x, y, w):
        return y

    def after_summary(pdf, x, y, w):
        if phrase:
            pdf.set_font(pdf.fam, "B", 13)
            pdf.set_draw_color(20, 40, 90)
            pdf.set_line_width(0.5)
            pdf.text_mode = "STROKE"
            pdf.set_xy(x, y)
            pdf.cell(w, 16, phrase.upper() if False else phrase)
            pdf.text_mode = "FILL"
            y += 24
        return y
    f_resume(pdf, P, "band", {"header": header, "after_summary": after_summary}, accent=(20, 40, 90))
    return f_out(pdf)


# --------------------------------------------------------------------------
# DOCX writer (hand-written WordprocessingML)
# --------------------------------------------------------------------------
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'mc:Ignorable="w14 wp14"')
EMU = 12700  # per point


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % xesc(text)


RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "w14:textFill"]


def order_rpr(rpr):
    """Put run property elements into schema order."""
    parts = re.findall(r"<w14:textFill>.*?</w14:textFill>|<w:[A-Za-z]+[^>]*/>", rpr)
    assert "".join(parts) == rpr, rpr

    def key(el):
        name = "w14:textFill" if el.startswith("<w14:") else re.match(r"<w:([A-Za-z]+)", el).group(1)
        return RPR_ORDER.index(name)
    return "".join(sorted(parts, key=key))


def run(text, rpr=""):
    return "<w:r>%s%s</w:r>" % (("<w:rPr>%s</w:rPr>" % order_rpr(rpr)) if rpr else "", t(text))


def par(content, ppr=""):
    return "<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", content)


class Docx:
    def __init__(self, size="letter", font="Calibri", accent="1F3A5F"):
        self.size = size
        self.font = font
        self.accent = accent
        self.media = []  # (name, bytes)
        self.rels = []   # (rid, type, target)
        self.extra_styles = []
        self.ids = 0
        self.pgw, self.pgh = (12240, 15840) if size == "letter" else (11906, 16838)
        self.margin = 1080

    def next_id(self):
        self.ids += 1
        return self.ids

    def add_image(self, png):
        n = len(self.media) + 1
        name = "image%d.png" % n
        self.media.append((name, png))
        rid = "rId%d" % (20 + n)
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                          "media/" + name))
        return rid

    # floating objects -----------------------------------------------------
    def anchor(self, x_pt, y_pt, w_pt, h_pt, graphic, rel_h=251659264, behind=False, wrap="none",
               hfrom="page", vfrom="page", name="Shape"):
        i = self.next_id()
        wraps = {"none": "<wp:wrapNone/>", "square": '<wp:wrapSquare wrapText="bothSides"/>',
                 "topbottom": "<wp:wrapTopAndBottom/>"}[wrap]
        return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
                'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
                '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>%s</wp:anchor></w:drawing></w:r>'
                % (rel_h, 1 if behind else 0, hfrom, int(x_pt * EMU), vfrom, int(y_pt * EMU),
                   int(w_pt * EMU), int(h_pt * EMU), wraps, i, name, i, graphic(w_pt, h_pt, i)))

    def picture_graphic(self, rid):
        def g(w, h, i):
            return ('<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                    '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="Picture %d"/><pic:cNvPicPr/></pic:nvPicPr>'
                    '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
                    '</a:graphicData></a:graphic>' % (i, i, rid, int(w * EMU), int(h * EMU)))
        return g

    @staticmethod
    def textbox_graphic(paras_xml, fill=None, inset_pt=4, autofit=False):
        def g(w, h, i):
            fillx = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
            ins = int(inset_pt * EMU)
            return ('<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
                    '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s'
                    '<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" '
                    'anchor="t" anchorCtr="0">%s</wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
                    % (int(w * EMU), int(h * EMU), fillx, paras_xml, ins, ins, ins, ins,
                       "<a:spAutoFit/>" if autofit else "<a:noAutofit/>"))
        return g

    # parts -----------------------------------------------------------------
    def styles_xml(self):
        f = self.font
        acc = self.accent
        base = (
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
            '<w:color w:val="262626"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            '</w:docDefaults>' % (f, f, f, f))
        styles = [
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style>',
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>',
            '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:color w:val="%s"/>'
            '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>' % acc,
            '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
            '<w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="595959"/>'
            '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" '
            'w:space="1" w:color="%s"/></w:pBdr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/>'
            '</w:pPr><w:rPr><w:b/><w:caps/><w:color w:val="%s"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>'
            '</w:style>' % (acc, acc),
            '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:after="20"/><w:ind w:left="360" w:hanging="220"/></w:pPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="JobTitle"><w:name w:val="Job Title"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:keepNext/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:spacing w:before="80" '
            'w:after="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' % (self.pgw - 2 * self.margin),
        ]
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>%s%s</w:styles>'
                % (NS, base, "".join(styles + self.extra_styles)))

    NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
                 '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="220"/></w:pPr>'
                 '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

    def document_xml(self, body):
        sect = ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
                'w:left="%d" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="720"/>'
                '<w:docGrid w:linePitch="360"/></w:sectPr>' % (self.pgw, self.pgh, self.margin, self.margin,
                                                                self.margin, self.margin))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
                '</w:document>' % (NS, body, sect))

    def package(self, body, title):
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Default Extension="png" ContentType="image/png"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        drels = [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
                 ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"),
                 ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml")]
        drels += self.rels
        docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                   % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r for r in drels))
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '</w:settings>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                % (xesc(title), xesc(title.split(" - ")[0]), xesc(title.split(" - ")[0]), W3C_DATE, W3C_DATE))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Pages>1</Pages>'
               '</Properties>')
        parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", self.document_xml(body)),
                 ("word/styles.xml", self.styles_xml()), ("word/settings.xml", settings),
                 ("word/numbering.xml", self.NUMBERING), ("word/_rels/document.xml.rels", docrels),
                 ("docProps/core.xml", core), ("docProps/app.xml", app)]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name, data in parts:
                zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
            for name, data in self.media:
                zi = zipfile.ZipInfo("word/media/" + name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
        return buf.getvalue()


def d_sections(dx, P, hooks=None, skip_header=False):
    """Standard single-column resume body. hooks: name -> fn() -> xml string."""
    hooks = hooks or {}
    h = lambda n: hooks[n]() if n in hooks else ""
    out = []
    if not skip_header:
        out.append(par(h("name_runs") + run(P["name"]), '<w:pStyle w:val="Title"/>'))
        out.append(par(run(P["title"]), '<w:pStyle w:val="Subtitle"/>'))
        out.append(par(run("  |  ".join(P["contact"]), '<w:sz w:val="18"/><w:color w:val="595959"/>')))
        out.append(h("after_contact"))
    out.append(par(run("Summary"), '<w:pStyle w:val="Heading1"/>'))
    out.append(par(run(P["summary"]) + h("summary_tail")))
    out.append(h("after_summary"))
    out.append(par(run("Experience"), '<w:pStyle w:val="Heading1"/>'))
    for role, org, dates, bullets in P["jobs"]:
        out.append(par(run(role) + '<w:r><w:tab/></w:r>' + run(dates, '<w:b w:val="0"/><w:color w:val="7F7F7F"/>'),
                       '<w:pStyle w:val="JobTitle"/>'))
        out.append(par(run(org, '<w:i/><w:color w:val="595959"/>'), '<w:spacing w:after="20"/>'))
        for b in bullets:
            out.append(par(run(b), '<w:pStyle w:val="ListBullet"/>'))
    out.append(h("after_jobs"))
    out.append(par(run("Education"), '<w:pStyle w:val="Heading1"/>'))
    for e in P["education"]:
        out.append(par(run(e)))
    out.append(par(run("Skills"), '<w:pStyle w:val="Heading1"/>'))
    out.append(par(run(P["skills"]) + h("skills_tail")))
    if P["certs"]:
        out.append(par(run("Certifications"), '<w:pStyle w:val="Heading1"/>'))
        out.append(par(run(P["certs"])))
    out.append(par(run("Additional"), '<w:pStyle w:val="Heading1"/>'))
    out.append(par(run(P["extra"])))
    out.append(h("end"))
    return "".join(out)


def d_band_header(dx, P, fill):
    sh = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    out = [par(run(P["name"], '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="44"/>'),
               '<w:shd w:val="clear" w:color="auto" w:fill="%s"/><w:spacing w:after="0"/><w:ind w:left="-200" w:right="-200"/>' % fill),
           par(run(P["title"], '<w:color w:val="DCE6F0"/><w:sz w:val="24"/>'),
               sh + '<w:spacing w:after="0"/><w:ind w:left="-200" w:right="-200"/>'),
           par(run("  |  ".join(P["contact"]), '<w:color w:val="DCE6F0"/><w:sz w:val="18"/>'),
               sh + '<w:spacing w:after="120"/><w:ind w:left="-200" w:right="-200"/>')]
    return "".join(out)


def d_sidebar_table(dx, P, fill, side_extra, text_colour="FFFFFF"):
    """Two-column table: dark sidebar cell (contact, skills, education) and main cell."""
    total = dx.pgw - 2 * dx.margin
    left = 3300
    right = total - left
    rc = '<w:color w:val="%s"/>' % text_colour
    side = [par(run("CONTACT", '<w:b/><w:sz w:val="20"/>' + rc), '<w:spacing w:before="120" w:after="60"/>')]
    for c in P["contact"]:
        side.append(par(run(c, '<w:sz w:val="17"/>' + rc)))
    side.append(par(run("SKILLS", '<w:b/><w:sz w:val="20"/>' + rc), '<w:spacing w:before="200" w:after="60"/>'))
    for s in P["skills"].split(", "):
        side.append(par(run(s, '<w:sz w:val="17"/>' + rc), '<w:spacing w:after="20"/>'))
    side.append(par(run("EDUCATION", '<w:b/><w:sz w:val="20"/>' + rc), '<w:spacing w:before="200" w:after="60"/>'))
    for e in P["education"]:
        side.append(par(run(e, '<w:sz w:val="17"/>' + rc)))
    side.append(side_extra)
    main = [par(run("Summary"), '<w:pStyle w:val="Heading1"/><w:spacing w:before="60" w:after="80"/>'),
            par(run(P["summary"]))]
    main.append(par(run("Experience"), '<w:pStyle w:val="Heading1"/>'))
    for role, org, dates, bullets in P["jobs"]:
        main.append(par(run(role), '<w:pStyle w:val="JobTitle"/>'))
        main.append(par(run(org + ", " + dates, '<w:i/><w:color w:val="595959"/>'), '<w:spacing w:after="20"/>'))
        for b in bullets:
            main.append(par(run(b), '<w:pStyle w:val="ListBullet"/>'))
    if P["certs"]:
        main.append(par(run("Certifications"), '<w:pStyle w:val="Heading1"/>'))
        main.append(par(run(P["certs"])))
    main.append(par(run("Additional"), '<w:pStyle w:val="Heading1"/>'))
    main.append(par(run(P["extra"])))
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
           '</w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid><w:tr>'
           '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="%s"/>'
           '<w:tcMar><w:left w:w="200" w:type="dxa"/><w:right w:w="160" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc>'
           '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcMar><w:left w:w="280" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc>'
           '</w:tr></w:tbl>' % (total, left, right, left, fill, "".join(side), right, "".join(main)))
    head = [par(run(P["name"]), '<w:pStyle w:val="Title"/>'),
            par(run(P["title"]), '<w:pStyle w:val="Subtitle"/><w:spacing w:after="160"/>')]
    return "".join(head) + tbl + par("")


def d_charstyle(P, phrase):
    dx = Docx("letter", "Calibri", "2E5C8A")
    dx.extra_styles += [
        '<w:style w:type="character" w:customStyle="1" w:styleId="QuietBase"><w:name w:val="Quiet Base"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vanish/><w:sz w:val="18"/></w:rPr></w:style>',
        '<w:style w:type="character" w:customStyle="1" w:styleId="KeywordTag"><w:name w:val="Keyword Tag"/>'
        '<w:basedOn w:val="QuietBase"/><w:rPr><w:color w:val="2E5C8A"/></w:rPr></w:style>']
    hooks = {"skills_tail": lambda: run(", " + phrase, '<w:rStyle w:val="KeywordTag"/>') if phrase else ""}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_darkcell(P, phrase):
    dx = Docx("a4", "Arial", "203864")
    extra = ""
    if phrase:
        extra = (par(run("CERTIFICATION", '<w:b/><w:sz w:val="20"/><w:color w:val="FFFFFF"/>'),
                     '<w:spacing w:before="200" w:after="60"/>') +
                 par(run(phrase, '<w:sz w:val="17"/><w:color w:val="FFFFFF"/>')))
    return dx.package(d_sidebar_table(dx, P, "203864", extra), P["name"] + " - Resume")


def d_cellcolour(P, phrase):
    dx = Docx("letter", "Calibri", "1B2A41")
    extra = par(run(phrase, '<w:sz w:val="17"/><w:color w:val="1B2A41"/>'), '<w:spacing w:before="200"/>') if phrase else ""
    return dx.package(d_sidebar_table(dx, P, "1B2A41", extra), P["name"] + " - Resume")


def w14_fill(colour, transparency_pct):
    return ('<w14:textFill><w14:solidFill><w14:srgbClr w14:val="%s"><w14:alpha w14:val="%d"/></w14:srgbClr>'
            '</w14:solidFill></w14:textFill>' % (colour, transparency_pct * 1000))


def d_alpha_full(P, phrase):
    dx = Docx("letter", "Cambria", "7A2E2E")
    hooks = {"summary_tail": lambda: run(" " + phrase + ".", '<w:color w:val="262626"/>' + w14_fill("262626", 100))
             if phrase else ""}
    body = d_band_header(dx, P, "7A2E2E") + d_sections(dx, P, hooks, skip_header=True)
    return dx.package(body, P["name"] + " - Resume")


def d_under_photo(P, phrase):
    dx = Docx("a4", "Arial", "2F4F6F")
    rid = dx.add_image(png_bytes(pic_portrait()))
    pgw_pt = dx.pgw / 20.0
    px, py, pw, ph = pgw_pt - 54 - 96, 40, 96, 115
    box = ""
    if phrase:
        box = dx.anchor(px + 6, py + 8, pw - 12, 70,
                        dx.textbox_graphic(par(run(phrase, '<w:sz w:val="16"/><w:color w:val="404040"/>'))),
                        rel_h=251658240, wrap="none", name="Text Box")
    photo = dx.anchor(px, py, pw, ph, dx.picture_graphic(rid), rel_h=251660288, wrap="square", name="Picture")
    hooks = {"name_runs": lambda: box + photo}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_parastyle_white(P, phrase):
    dx = Docx("letter", "Georgia", "3C5A3C")
    dx.extra_styles.append(
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MetaLine"><w:name w:val="Meta Line"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="FFFFFF"/>'
        '<w:sz w:val="16"/></w:rPr></w:style>')
    hooks = {"after_summary": lambda: par(run(phrase), '<w:pStyle w:val="MetaLine"/>') if phrase else ""}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_webhidden(P, phrase):
    dx = Docx("a4", "Calibri", "4A3B6B")
    hooks = {"summary_tail": lambda: run(" Recognised internally as a " + phrase + ".", '<w:webHidden/>')
             if phrase else ""}
    body = d_band_header(dx, P, "4A3B6B") + d_sections(dx, P, hooks, skip_header=True)
    return dx.package(body, P["name"] + " - Resume")


def d_boxfill(P, phrase):
    dx = Docx("letter", "Cambria", "1F4E79")
    total_pt = (dx.pgw - 2 * dx.margin) / 20.0
    fill = "EAF1F8"
    inner = (par(run("Core strengths", '<w:b/><w:color w:val="1F4E79"/>'), '<w:spacing w:after="40"/>') +
             par(run("Portfolio planning, risk and issue management, sponsor reporting, vendor contracts, "
                     "budget tracking and team facilitation across distributed delivery teams.")))
    if phrase:
        inner += par(run(phrase, '<w:color w:val="%s"/>' % fill))
    box = dx.anchor(0, 0, total_pt, 92, dx.textbox_graphic(inner, fill=fill, inset_pt=7),
                    rel_h=251659264, wrap="topbottom", hfrom="margin", vfrom="paragraph", name="Text Box")
    hooks = {"after_summary": lambda: par(box, '<w:spacing w:after="0"/>')}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_alpha_part(P, phrase):
    dx = Docx("a4", "Georgia", "5B4A2E")
    hooks = {"after_contact": lambda: par(run(phrase, '<w:i/><w:color w:val="5B4A2E"/><w:sz w:val="22"/>' +
                                              w14_fill("5B4A2E", 35)), '<w:spacing w:before="60"/>')
             if phrase else ""}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_parastyle_vanish(P, phrase):
    dx = Docx("letter", "Arial", "2B5D52")
    dx.extra_styles.append(
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FinePrint"><w:name w:val="Fine Print"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="0"/></w:pPr>'
        '<w:rPr><w:vanish/><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>')
    hooks = {"end": lambda: par(run(phrase), '<w:pStyle w:val="FinePrint"/>') if phrase else ""}
    body = d_band_header(dx, P, "2B5D52") + d_sections(dx, P, hooks, skip_header=True)
    return dx.package(body, P["name"] + " - Resume")


def d_tablestyle_white(P, phrase):
    dx = Docx("letter", "Calibri", "6B2D5C")
    dx.extra_styles.append(
        '<w:style w:type="table" w:customStyle="1" w:styleId="PlainLayout"><w:name w:val="Plain Layout"/>'
        '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:color w:val="FFFFFF"/><w:sz w:val="16"/></w:rPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr></w:style>')
    total = dx.pgw - 2 * dx.margin

    def end():
        if not phrase:
            return ""
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="PlainLayout"/><w:tblW w:w="%d" w:type="dxa"/>'
                '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
                'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>'
                '<w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>%s'
                % (total, total, total, par(run(phrase)), par("")))
    return dx.package(d_sections(dx, P, {"end": end}), P["name"] + " - Resume")


def d_grey_style(P, phrase):
    dx = Docx("letter", "Cambria", "35524A")
    dx.extra_styles.append(
        '<w:style w:type="character" w:customStyle="1" w:styleId="SubtleNote"><w:name w:val="Subtle Note"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="8C8C8C"/><w:sz w:val="15"/></w:rPr></w:style>')
    hooks = {"end": lambda: par(run("Current development goal: " + phrase + " (company programme, 2024).",
                                    '<w:rStyle w:val="SubtleNote"/>'), '<w:spacing w:before="160"/>')
             if phrase else ""}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_white_box(P, phrase):
    dx = Docx("a4", "Georgia", "3B3B6B")
    pgw_pt, pgh_pt = dx.pgw / 20.0, dx.pgh / 20.0
    box = ""
    if phrase:
        box = dx.anchor(54, pgh_pt - 44, pgw_pt - 108, 24,
                        dx.textbox_graphic(par(run(phrase, '<w:color w:val="FFFFFF"/><w:sz w:val="18"/>'))),
                        rel_h=251659264, wrap="none", name="Text Box")
    hooks = {"name_runs": lambda: box}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


def d_over_picture(P, phrase):
    dx = Docx("letter", "Calibri", "4E3B1F")
    rid = dx.add_image(png_bytes(pic_pale_panel()))
    pgw_pt = dx.pgw / 20.0
    pic = dx.anchor(0, 0, pgw_pt, 150, dx.picture_graphic(rid), rel_h=251656192, behind=True, wrap="none",
                    name="Picture")
    hooks = {"name_runs": lambda: pic,
             "after_contact": lambda: par(run("Focus: " + phrase, '<w:i/><w:color w:val="4E3B1F"/>'),
                                          '<w:spacing w:after="200"/>') if phrase else ""}
    return dx.package(d_sections(dx, P, hooks), P["name"] + " - Resume")


BUILDERS = {name: fn for name, fn in globals().items() if name[:2] in ("r_", "f_", "d_") and callable(fn)}


def build(num, phrase=None):
    fmt_, pk, builder, ph = FILES[num]
    if phrase is None:
        phrase = ph
    return BUILDERS[builder](PERSONAS[pk], phrase)


def main(argv):
    if len(argv) != 2:
        print("usage: make_hidden_blind7.py OUTDIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for num in sorted(FILES):
        ext = FILES[num][0]
        data = build(num)
        with open(os.path.join(out, "resume_%02d.%s" % (num, ext)), "wb") as fh:
            fh.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
