#!/usr/bin/env python3
"""Generator for the hidden_blind6 evaluation set.

Usage:  python make_hidden_blind6.py OUTDIR

Writes resume_01 .. resume_30 (PDF and DOCX) into OUTDIR.  The output is
deterministic: no randomness, fixed dates, fixed zip timestamps, pictures
drawn from fixed shapes.  The labels are NOT written by this script; they are
kept by hand in labels.json next to it.
"""
import datetime
import hashlib
import io
import os
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw, ImageFont

from fpdf import FPDF
from fpdf.enums import BlendMode, TextMode

import docx
from docx.oxml import parse_xml
from docx.shared import Pt, Emu, RGBColor

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
FIXED_DT = datetime.datetime(2026, 12, 6, 21, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_PDF_DATE = "D:20261206210000Z"

PAGE = {"A4": (595.28, 841.89), "letter": (612.0, 792.0)}

# ---------------------------------------------------------------------------
# Personas (fictional)
# ---------------------------------------------------------------------------
PERSONAS = {
    1: dict(
        name="Marta Oliveira", title="Data Engineer",
        contact="marta.oliveira@example.com  |  +351 912 000 481  |  Lisbon, Portugal",
        summary=("Data engineer with seven years of experience building batch and streaming "
                 "pipelines for retail and logistics companies. Comfortable owning a platform "
                 "end to end, from ingestion to the dashboards analysts use every morning."),
        jobs=[("Senior Data Engineer", "Farol Retail Group", "2021 - present",
               ["Moved 140 nightly batch jobs from cron scripts to an orchestrated platform with alerting and retries.",
                "Cut warehouse query costs by a third by partitioning the sales fact tables and pruning unused marts.",
                "Mentored four junior engineers and ran the team's fortnightly design review."]),
              ("Data Engineer", "Rota Norte Logistics", "2017 - 2021",
               ["Built the first event stream for parcel tracking, handling about two million events per day.",
                "Wrote data quality checks that caught late carrier feeds before they reached finance reports.",
                "Worked with planners to model delivery windows for 38 regional depots."])],
        education=["BSc Computer Science, University of Porto, 2017"],
        skills="Python, SQL, Spark, Kafka, Airflow, dbt, PostgreSQL, Docker, Terraform"),
    2: dict(
        name="Daniel Okafor", title="Mechanical Design Engineer",
        contact="daniel.okafor@example.com  |  07700 900 214  |  Leeds, UK",
        summary=("Chartered mechanical engineer focused on sheet metal enclosures and small "
                 "production runs. I like taking a design from first sketch through tolerance "
                 "analysis to a part that the workshop can build without phone calls."),
        jobs=[("Design Engineer", "Aire Valley Enclosures", "2019 - present",
               ["Redesigned a family of outdoor cabinets, removing eleven parts and two welding steps.",
                "Introduced a shared CAD library that halved drawing release time.",
                "Led first article inspections with two contract manufacturers."]),
              ("Graduate Engineer", "Pennine Pumps Ltd", "2016 - 2019",
               ["Produced detailed drawings for impeller housings and test rigs.",
                "Ran vibration tests and wrote reports for the reliability team.",
                "Supported a move from 2D drawings to model based definition."])],
        education=["MEng Mechanical Engineering, University of Sheffield, 2016"],
        skills="SolidWorks, GD&T, FEA, sheet metal design, DFM, tolerance stack-ups, MATLAB"),
    3: dict(
        name="Priya Raman", title="Product Manager",
        contact="priya.raman@example.com  |  +1 416 555 0182  |  Toronto, ON",
        summary=("Product manager with a background in support operations. I have shipped "
                 "self-service tools for billing and onboarding, and I spend a lot of time with "
                 "customers before writing a single ticket."),
        jobs=[("Product Manager", "Maplewave Software", "2020 - present",
               ["Owned the billing portal roadmap; self-service plan changes grew from 20% to 71% of all changes.",
                "Ran weekly customer interviews and kept a shared insight log used by design and sales.",
                "Coordinated three squads through a pricing migration with no billing incidents."]),
              ("Support Operations Lead", "Northbay Telecom", "2015 - 2020",
               ["Built the first knowledge base and reduced repeat contacts by 18%.",
                "Defined escalation paths and service levels for a team of 25 agents.",
                "Partnered with engineering on the top ten defects reported by customers."])],
        education=["BCom, Toronto Metropolitan University, 2015"],
        skills="Discovery interviews, roadmapping, SQL, Amplitude, Jira, A/B testing, pricing"),
    4: dict(
        name="Lukas Brenner", title="Registered Nurse, Intensive Care",
        contact="lukas.brenner@example.com  |  +43 660 555 7310  |  Graz, Austria",
        summary=("Intensive care nurse with nine years on adult medical and surgical units. "
                 "Calm under pressure, careful with documentation, and keen on teaching new "
                 "colleagues."),
        jobs=[("Registered Nurse, Intensive Care", "St. Anna Regional Hospital", "2018 - present",
               ["Care for up to two ventilated patients per shift in a 14-bed unit.",
                "Practice educator for new starters; built a four week orientation checklist.",
                "Member of the unit's sepsis audit group."]),
              ("Staff Nurse, Surgical Ward", "Murtal Clinic", "2015 - 2018",
               ["Managed post-operative care for orthopaedic and abdominal surgery patients.",
                "Introduced a handover template adopted by the whole ward.",
                "Supervised nursing students on placement."])],
        education=["BSc Nursing, FH Joanneum, 2015"],
        skills="Ventilator care, ECG interpretation, ALS certified, wound care, German and English"),
    5: dict(
        name="Sofia Lindqvist", title="UX Researcher",
        contact="sofia.lindqvist@example.com  |  +46 70 555 12 84  |  Gothenburg, Sweden",
        summary=("UX researcher who mixes interviews, usability testing and product analytics. "
                 "I turn messy findings into short, clear recommendations that teams actually "
                 "act on."),
        jobs=[("Senior UX Researcher", "Kvarn Mobility", "2020 - present",
               ["Planned and ran 60 moderated sessions for a ride booking app redesign.",
                "Set up a research repository now used by five product teams.",
                "Co-designed a diary study with drivers across three cities."]),
              ("UX Designer", "Havsvik Digital", "2016 - 2020",
               ["Designed booking flows for ferry and rail clients.",
                "Ran accessibility reviews against WCAG 2.1 AA.",
                "Facilitated design sprints with client stakeholders."])],
        education=["MSc Interaction Design, Chalmers University of Technology, 2016"],
        skills="Interviews, usability testing, survey design, Figma, Dovetail, accessibility"),
    6: dict(
        name="Hamid Karimi", title="Financial Analyst",
        contact="hamid.karimi@example.com  |  07700 900 562  |  Manchester, UK",
        summary=("Financial analyst with experience in budgeting, forecasting and month end "
                 "close for manufacturing businesses. Strong Excel and SQL skills and a habit of "
                 "explaining numbers in plain words."),
        jobs=[("Financial Analyst", "Irwell Components", "2019 - present",
               ["Built the rolling forecast model used in monthly board packs.",
                "Reduced month end close from eight to five working days.",
                "Partnered with operations to track scrap costs by line."]),
              ("Assistant Accountant", "Deansgate Print Co.", "2016 - 2019",
               ["Prepared balance sheet reconciliations and VAT returns.",
                "Automated supplier statement matching with Excel macros.",
                "Supported the annual audit."])],
        education=["BSc Accounting and Finance, University of Salford, 2016", "CIMA finalist"],
        skills="Excel, Power BI, SQL, SAP, forecasting, variance analysis"),
    7: dict(
        name="Grace Whitfield", title="Teacher of Chemistry",
        contact="grace.whitfield@example.com  |  07700 900 738  |  Bristol, UK",
        summary=("Secondary school chemistry teacher with eight years of classroom experience "
                 "from Year 7 to A level. I plan practical lessons that are safe, memorable and "
                 "tied to the exam specification."),
        jobs=[("Teacher of Chemistry", "Avonside Academy", "2019 - present",
               ["A level results above the national average for four years running.",
                "Rewrote the Key Stage 3 practical scheme of work.",
                "Run the after-school science club for 30 students."]),
              ("Teacher of Science", "Kingsweston School", "2016 - 2019",
               ["Taught biology, chemistry and physics to GCSE.",
                "Form tutor for a Year 9 group.",
                "Organised a STEM careers fair with local employers."])],
        education=["PGCE Secondary Science, University of Bath, 2016",
                   "BSc Chemistry, University of Exeter, 2015"],
        skills="Practical science, assessment design, differentiation, safeguarding trained"),
    8: dict(
        name="Tomas Ruiz", title="Logistics Coordinator",
        contact="tomas.ruiz@example.com  |  +34 600 555 219  |  Valencia, Spain",
        summary=("Logistics coordinator with six years in port and warehouse operations. Good "
                 "at keeping carriers, customs brokers and customers informed when plans "
                 "change."),
        jobs=[("Logistics Coordinator", "Turia Freight Services", "2020 - present",
               ["Coordinate around 90 container moves a week between port, bonded warehouse and customers.",
                "Introduced a shared delay log that cut customer escalations by a quarter.",
                "Train new coordinators on customs documentation."]),
              ("Warehouse Supervisor", "Albufera Distribution", "2017 - 2020",
               ["Led a team of 12 pickers across two shifts.",
                "Improved pick accuracy to 99.6% with a new slotting plan.",
                "Ran weekly cycle counts and safety walks."])],
        education=["Diploma in Logistics and Transport, Valencia, 2017"],
        skills="SAP EWM, Incoterms, customs paperwork, Excel, Spanish, English, Catalan"),
    9: dict(
        name="Aiko Tanaka", title="Frontend Developer",
        contact="aiko.tanaka@example.com  |  +81 80 5555 2291  |  Osaka, Japan (remote)",
        summary=("Frontend developer who cares about fast, accessible interfaces. Five years "
                 "with TypeScript and React, plus a soft spot for design systems and good "
                 "documentation."),
        jobs=[("Frontend Developer", "Yodogawa Labs", "2021 - present",
               ["Led the move of a large dashboard from class components to hooks.",
                "Cut first load time from 4.1 to 1.6 seconds.",
                "Maintain the internal component library and its docs site."]),
              ("Web Developer", "Namba Creative", "2018 - 2021",
               ["Built marketing sites and booking widgets for hotels.",
                "Introduced automated accessibility checks in CI.",
                "Ran lunch sessions on CSS layout for the agency."])],
        education=["BEng Information Engineering, Osaka Prefecture University, 2018"],
        skills="TypeScript, React, Next.js, CSS, Storybook, Playwright, accessibility"),
    10: dict(
        name="Nathan Cole", title="Facilities Electrician",
        contact="nathan.cole@example.com  |  (303) 555-0147  |  Denver, CO",
        summary=("Licensed journeyman electrician with ten years in commercial buildings and "
                 "facilities maintenance. Safe, tidy and used to working around occupied "
                 "offices and labs."),
        jobs=[("Facilities Electrician", "Front Range Property Services", "2018 - present",
               ["Maintain power, lighting and controls for a 600,000 sq ft office campus.",
                "Planned the LED retrofit of four buildings, cutting lighting energy by 45%.",
                "Lead lockout/tagout training for the maintenance team."]),
              ("Electrician", "Summit Electric Co.", "2013 - 2018",
               ["Installed service upgrades, panels and conduit runs on commercial fit-outs.",
                "Read and marked up drawings for as-built records.",
                "Worked with inspectors to close out permits on time."])],
        education=["Journeyman Electrician License, Colorado",
                   "Electrical Technology, Red Rocks Community College"],
        skills="NEC, troubleshooting, PLC basics, fire alarm, OSHA 30, lighting controls"),
}

# ---------------------------------------------------------------------------
# Pictures (Pillow, no text)
# ---------------------------------------------------------------------------


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, format="PNG", optimize=False, compress_level=6)
    return b.getvalue()


def pic_banner_light(w=1200, h=140):
    """Light decorative banner: pale base with soft diagonal stripes and dots."""
    img = Image.new("RGB", (w, h), (236, 241, 246))
    d = ImageDraw.Draw(img)
    for i in range(-h, w, 48):
        d.polygon([(i, h), (i + 24, h), (i + 24 + h, 0), (i + h, 0)], fill=(226, 233, 241))
    for cx in range(40, w, 90):
        d.ellipse([cx - 6, h // 2 - 6, cx + 6, h // 2 + 6], fill=(205, 218, 231))
    d.rectangle([0, h - 8, w, h], fill=(70, 110, 150))
    return img


def pic_banner_dark(w=1200, h=220):
    """Dark landscape-like banner made of flat bands and hills."""
    img = Image.new("RGB", (w, h), (24, 38, 58))
    d = ImageDraw.Draw(img)
    for k, col in enumerate([(30, 48, 72), (36, 58, 86), (44, 68, 98)]):
        y0 = 90 + k * 35
        d.polygon([(0, h), (0, y0 + 20), (w * 0.3, y0 - 10), (w * 0.6, y0 + 15),
                   (w, y0 - 5), (w, h)], fill=col)
    d.ellipse([w - 220, 30, w - 160, 90], fill=(190, 170, 110))
    return img


def pic_portrait(w=240, h=300, bg=(214, 222, 230), fg=(150, 164, 180)):
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.ellipse([w * 0.3, h * 0.14, w * 0.7, h * 0.5], fill=fg)
    d.ellipse([w * 0.1, h * 0.56, w * 0.9, h * 1.25], fill=fg)
    return img


def pic_tint_panel(w=1000, h=300, fill=(238, 242, 230), edge=(120, 150, 100)):
    img = Image.new("RGB", (w, h), fill)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 11, h], fill=edge)
    return img


# ---------------------------------------------------------------------------
# fpdf2 resumes
# ---------------------------------------------------------------------------


class FP:
    def __init__(self, fmt, family="dejavu"):
        self.W, self.H = PAGE[fmt]
        pdf = FPDF(unit="pt", format=fmt if fmt == "A4" else "letter")
        pdf.set_creation_date(FIXED_DT)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.c_margin = 0
        if family == "dejavu":
            pdf.add_font("Body", "", DEJAVU + "DejaVuSans.ttf")
            pdf.add_font("Body", "B", DEJAVU + "DejaVuSans-Bold.ttf")
            pdf.add_font("Body", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        elif family == "serif":
            pdf.add_font("Body", "", DEJAVU + "DejaVuSerif.ttf")
            pdf.add_font("Body", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
            pdf.add_font("Body", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
        else:
            pdf.add_font("Body", "", LIBER + "LiberationSans-Regular.ttf")
            pdf.add_font("Body", "B", LIBER + "LiberationSans-Bold.ttf")
            pdf.add_font("Body", "I", LIBER + "LiberationSans-Italic.ttf")
        pdf.add_page()
        self.pdf = pdf

    def meta(self, persona):
        self.pdf.set_title("Resume - " + persona["name"])
        self.pdf.set_author(persona["name"])
        self.pdf.set_creator("Writer")

    def font(self, size, style="", color=(34, 34, 34)):
        self.pdf.set_font("Body", style, size)
        self.pdf.set_text_color(*color)

    def para(self, x, y, w, text, size=9.5, style="", color=(34, 34, 34), lh=1.35, align="L"):
        self.font(size, style, color)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, size * lh, text, align=align, new_x="LEFT", new_y="NEXT")
        return self.pdf.get_y()

    def line_text(self, x, y, text, size=9.5, style="", color=(34, 34, 34)):
        """Baseline-positioned single line."""
        self.font(size, style, color)
        self.pdf.text(x, y, text)

    def rule(self, x, y, w, color=(170, 180, 190), lw=0.7):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(lw)
        self.pdf.line(x, y, x + w, y)

    def rect(self, x, y, w, h, color):
        self.pdf.set_fill_color(*color)
        self.pdf.rect(x, y, w, h, style="F")

    def section(self, x, y, w, title, color=(40, 70, 110), size=11):
        self.line_text(x, y + size, title.upper(), size=size, style="B", color=color)
        self.rule(x, y + size + 4, w)
        return y + size + 10

    def bullets(self, x, y, w, items, size=9.2):
        for it in items:
            self.font(size, "", (34, 34, 34))
            self.pdf.text(x + 2, y + size * 1.02, "\u2022")
            y = self.para(x + 12, y, w - 12, it, size=size, lh=1.32) + 1.5
        return y

    def jobs(self, x, y, w, jobs, size=9.2):
        for role, org, dates, items in jobs:
            self.line_text(x, y + size + 1, role, size=size + 0.8, style="B")
            self.font(size, "", (90, 90, 90))
            dw = self.pdf.get_string_width(dates)
            self.pdf.text(x + w - dw, y + size + 1, dates)
            y += size * 1.6
            self.line_text(x, y + size, org, size=size, style="I", color=(70, 90, 110))
            y += size * 1.6
            y = self.bullets(x, y, w, items, size=size) + 5
        return y

    def output(self):
        return bytes(self.pdf.output())


def fp_body_single(fp, P, x, y, w, after_summary=None, after_skills=None):
    y = fp.section(x, y, w, "Profile")
    y = fp.para(x, y, w, P["summary"]) + 6
    if after_summary:
        y = after_summary(y)
    y = fp.section(x, y, w, "Experience")
    y = fp.jobs(x, y, w, P["jobs"]) + 2
    y = fp.section(x, y, w, "Education")
    for e in P["education"]:
        y = fp.para(x, y, w, e) + 1
    y += 6
    y = fp.section(x, y, w, "Skills")
    y = fp.para(x, y, w, P["skills"]) + 4
    if after_skills:
        y = after_skills(y)
    return y


def fp_band_header(fp, P, band_h=96, color=(26, 44, 74)):
    fp.rect(0, 0, fp.W, band_h, color)
    fp.line_text(48, 44, P["name"], size=24, style="B", color=(255, 255, 255))
    fp.line_text(48, 66, P["title"], size=12, color=(214, 226, 240))
    fp.line_text(48, band_h + 20, P["contact"], size=9, color=(60, 60, 60))
    return band_h + 34


def fp_plain_header(fp, P, y=50):
    fp.line_text(54, y, P["name"], size=22, style="B", color=(30, 30, 30))
    fp.line_text(54, y + 20, P["title"], size=12, color=(60, 90, 120))
    fp.line_text(54, y + 38, P["contact"], size=9, color=(70, 70, 70))
    fp.rule(54, y + 48, fp.W - 108, color=(60, 90, 120), lw=1.2)
    return y + 62


def fp_sidebar(fp, P, side_w=170, color=(232, 238, 244), label_room=False):
    fp.rect(0, 0, side_w, fp.H, color)
    x, w = 22, side_w - (58 if label_room else 40)
    y = 54
    y = fp.para(x, y, w, P["name"], size=17, style="B", color=(28, 40, 60), lh=1.15) + 4
    y = fp.para(x, y, w, P["title"], size=10, color=(60, 90, 120)) + 14
    y = fp.section(x, y, w, "Contact", size=9.5)
    for part in P["contact"].split("  |  "):
        y = fp.para(x, y, w, part, size=8.3) + 2
    y += 10
    y = fp.section(x, y, w, "Education", size=9.5)
    for e in P["education"]:
        y = fp.para(x, y, w, e, size=8.3) + 3
    y += 10
    y = fp.section(x, y, w, "Skills", size=9.5)
    for s in P["skills"].split(", "):
        y = fp.para(x, y, w, s, size=8.3) + 1
    return y


def fp_main_after_sidebar(fp, P, side_w=170, after_summary=None):
    x = side_w + 28
    w = fp.W - x - 40
    y = 56
    y = fp.section(x, y, w, "Profile")
    y = fp.para(x, y, w, P["summary"]) + 8
    if after_summary:
        y = after_summary(y)
    y = fp.section(x, y, w, "Experience")
    y = fp.jobs(x, y, w, P["jobs"])
    return y


# --- hidden, fpdf2 ---------------------------------------------------------

def f01_blend_multiply(phrase):
    P = PERSONAS[1]
    fp = FP("A4")
    fp.meta(P)
    y = fp_band_header(fp, P, band_h=104)
    # white text, blend mode Multiply, on the dark band
    fp.font(8.5, "", (255, 255, 255))
    with fp.pdf.local_context(blend_mode=BlendMode.MULTIPLY):
        fp.pdf.text(48, 88, phrase)
    fp_body_single(fp, P, 48, y, fp.W - 96)
    return fp.output()


def f04_picture_on_top(phrase):
    P = PERSONAS[4]
    fp = FP("A4", family="liberation")
    fp.meta(P)
    fp.line_text(40, 44, phrase, size=9, color=(40, 40, 40))
    fp.pdf.image(io.BytesIO(png_bytes(pic_banner_light())), x=0, y=0, w=fp.W, h=fp.W * 140 / 1200)
    y = fp_plain_header(fp, P, y=110)
    fp_body_single(fp, P, 54, y, fp.W - 108)
    return fp.output()


def f11_off_page(phrase):
    P = PERSONAS[2]
    fp = FP("A4")
    fp.meta(P)
    fp_sidebar(fp, P)
    fp_main_after_sidebar(fp, P)
    fp.line_text(22, fp.H + 36, phrase, size=8.3, color=(34, 34, 34))
    return fp.output()


def f17_tiny_font(phrase):
    P = PERSONAS[8]
    fp = FP("A4", family="serif")
    fp.meta(P)
    fp.line_text(54, 50, P["name"], size=22, style="B", color=(30, 30, 30))
    fp.line_text(54, 70, P["title"], size=12, color=(60, 90, 120))
    fp.font(9, "", (70, 70, 70))
    fp.pdf.text(54, 88, P["contact"])
    cw = fp.pdf.get_string_width(P["contact"])
    fp.line_text(54 + cw + 6, 88, phrase, size=0.35, color=(70, 70, 70))
    fp.rule(54, 98, fp.W - 108, color=(60, 90, 120), lw=1.2)
    fp_body_single(fp, P, 54, 112, fp.W - 108)
    return fp.output()


def f20_render_mode_clip(phrase):
    P = PERSONAS[1]
    fp = FP("A4", family="liberation")
    fp.meta(P)
    y = fp_plain_header(fp, P)

    def hook(y):
        fp.font(9.5, "", (34, 34, 34))
        with fp.pdf.local_context(text_mode=TextMode.CLIP):
            fp.pdf.text(54, y + 9, phrase)
        return y + 16

    fp_body_single(fp, P, 54, y, fp.W - 108, after_summary=hook)
    return fp.output()


# --- controls, fpdf2 -------------------------------------------------------

def f08_white_on_band(phrase):
    P = PERSONAS[8]
    fp = FP("A4")
    fp.meta(P)
    y = fp_band_header(fp, P, band_h=104, color=(20, 60, 70))
    fp.line_text(48, 88, phrase, size=9, color=(255, 255, 255))
    fp_body_single(fp, P, 48, y, fp.W - 96)
    return fp.output()


def f14_text_over_picture(phrase):
    P = PERSONAS[5]
    fp = FP("A4", family="liberation")
    fp.meta(P)
    bh = fp.W * 220 / 1200
    fp.pdf.image(io.BytesIO(png_bytes(pic_banner_dark())), x=0, y=0, w=fp.W, h=bh)
    fp.line_text(48, 52, P["name"], size=24, style="B", color=(255, 255, 255))
    fp.line_text(48, 74, P["title"], size=12, color=(230, 236, 244))
    fp.line_text(48, 94, phrase, size=9.5, color=(255, 255, 255))
    fp.line_text(48, bh + 20, P["contact"], size=9, color=(60, 60, 60))
    fp_body_single(fp, P, 48, bh + 34, fp.W - 96)
    return fp.output()


def f24_light_grey_footnote(phrase):
    P = PERSONAS[7]
    fp = FP("A4", family="serif")
    fp.meta(P)
    y = fp_plain_header(fp, P)
    fp_body_single(fp, P, 54, y, fp.W - 108)
    fp.line_text(54, fp.H - 40, phrase, size=7.5, color=(150, 150, 150))
    return fp.output()


def f27_rotated_label(phrase):
    P = PERSONAS[10]
    fp = FP("letter")
    fp.meta(P)
    fp_sidebar(fp, P, side_w=180, color=(236, 240, 232), label_room=True)
    fp_main_after_sidebar(fp, P, side_w=180)
    fp.font(9, "", (80, 100, 70))
    with fp.pdf.rotation(90, x=166, y=fp.H - 40):
        fp.pdf.text(166, fp.H - 40, phrase)
    return fp.output()


# ---------------------------------------------------------------------------
# Hand-written PDFs (standard 14 fonts, own writer)
# ---------------------------------------------------------------------------

_METRIC = {}


def _mfont(key):
    if key not in _METRIC:
        fname = {"F1": "LiberationSans-Regular.ttf", "F2": "LiberationSans-Bold.ttf",
                 "F3": "LiberationSans-Italic.ttf"}[key]
        _METRIC[key] = ImageFont.truetype(LIBER + fname, 1000)
    return _METRIC[key]


def str_width(s, font, size):
    return _mfont(font).getlength(s) * size / 1000.0


def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def wrap(s, font, size, width):
    words, lines, cur = s.split(" "), [], ""
    for wd in words:
        t = wd if not cur else cur + " " + wd
        if str_width(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class RawPDF:
    def __init__(self):
        self.objs = {}
        self.n = 0

    def new(self):
        self.n += 1
        return self.n

    def put(self, num, body):
        self.objs[num] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        n = self.new()
        self.put(n, body)
        return n

    def stream(self, head, data, compress=True, num=None):
        if compress:
            data = zlib.compress(data, 9)
            head += " /Filter /FlateDecode"
        body = ("<< " + head + " /Length %d >>\nstream\n" % len(data)).encode() + data + b"\nendstream"
        if num is None:
            return self.add(body)
        self.put(num, body)
        return num

    def output(self, root, info):
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for i in range(1, self.n + 1):
            offs[i] = len(out)
            out += b"%d 0 obj\n" % i + self.objs[i] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (self.n + 1)
        for i in range(1, self.n + 1):
            out += b"%010d 00000 n \n" % offs[i]
        fid = hashlib.md5(bytes(out)).hexdigest().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (self.n + 1, root, info, fid, fid, xref))
        return bytes(out)


class Canvas:
    """Content stream builder; y is measured from the top of the page."""

    def __init__(self, W, H):
        self.W, self.H = W, H
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    @staticmethod
    def _col(rgb=None, cmyk=None, gray=None, stroke=False):
        if cmyk is not None:
            return "%.3f %.3f %.3f %.3f %s" % (cmyk + ("K" if stroke else "k",))
        if gray is not None:
            return "%.3f %s" % (gray, "G" if stroke else "g")
        r, g, b = rgb
        return "%.4f %.4f %.4f %s" % (r / 255, g / 255, b / 255, "RG" if stroke else "rg")

    def rect(self, x, y, w, h, rgb=None, cmyk=None):
        self.raw("q %s %.2f %.2f %.2f %.2f re f Q" % (self._col(rgb, cmyk), x, self.H - y - h, w, h))

    def hline(self, x, y, w, rgb=(170, 180, 190), lw=0.7):
        self.raw("q %s %.2f w %.2f %.2f m %.2f %.2f l S Q"
                 % (self._col(rgb, stroke=True), lw, x, self.H - y, x + w, self.H - y))

    def text_op(self, x, y, s, font="F1", size=9.5, rgb=(34, 34, 34), cmyk=None, pre=""):
        return (b"BT " + ("/%s %.2f Tf %s %s1 0 0 1 %.2f %.2f Tm " % (
            font, size, self._col(rgb, cmyk), pre, x, self.H - y)).encode() + pdf_str(s) + b" Tj ET")

    def text(self, x, y, s, **kw):
        self.ops.append(self.text_op(x, y, s, **kw))

    def para(self, x, y, w, s, font="F1", size=9.5, lh=1.35, **kw):
        for ln in wrap(s, font, size, w):
            self.text(x, y + size, ln, font=font, size=size, **kw)
            y += size * lh
        return y

    def section(self, x, y, w, title, rgb=(40, 70, 110), size=11, cmyk=None):
        self.text(x, y + size, title.upper(), font="F2", size=size, rgb=rgb, cmyk=cmyk)
        self.hline(x, y + size + 4, w)
        return y + size + 10

    def bullets(self, x, y, w, items, size=9.2, **kw):
        for it in items:
            self.text(x + 2, y + size * 1.02, "\u2022", size=size, **kw)
            y = self.para(x + 12, y, w - 12, it, size=size, lh=1.32, **kw) + 1.5
        return y

    def jobs(self, x, y, w, jobs, size=9.2):
        for role, org, dates, items in jobs:
            self.text(x, y + size + 1, role, font="F2", size=size + 0.8)
            dw = str_width(dates, "F1", size)
            self.text(x + w - dw, y + size + 1, dates, size=size, rgb=(90, 90, 90))
            y += size * 1.6
            self.text(x, y + size, org, font="F3", size=size, rgb=(70, 90, 110))
            y += size * 1.6
            y = self.bullets(x, y, w, items, size=size) + 5
        return y

    def data(self):
        return b"\n".join(self.ops) + b"\n"


def raw_body_single(cv, P, x, y, w, after_summary=None, after_skills=None, section_hook=None):
    y = cv.section(x, y, w, "Profile")
    y = cv.para(x, y, w, P["summary"]) + 6
    if after_summary:
        y = after_summary(y)
    y = cv.section(x, y, w, "Experience")
    y = cv.jobs(x, y, w, P["jobs"]) + 2
    if section_hook:
        y = section_hook(y)
    y = cv.section(x, y, w, "Education")
    for e in P["education"]:
        y = cv.para(x, y, w, e) + 1
    y += 6
    y = cv.section(x, y, w, "Skills")
    y = cv.para(x, y, w, P["skills"]) + 4
    if after_skills:
        y = after_skills(y)
    return y


def raw_start():
    """Reserve objects 1-3 (catalog, pages, page) and add the three standard
    fonts as objects 4-6, so forms built later can refer to them."""
    doc = RawPDF()
    for _ in range(3):
        doc.new()
    doc.fonts = [doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % b)
                 for b in ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")]
    return doc


def raw_finish(fmt, cv, P, doc, font_res="", other_res="", page_extra="", catalog_extra=""):
    W, H = PAGE[fmt]
    f1, f2, f3 = doc.fonts
    content = doc.stream("", cv.data())
    doc.put(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
               "/Resources << /ProcSet [/PDF /Text] /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R %s >> %s >> %s >>"
            % (W, H, content, f1, f2, f3, font_res, other_res, page_extra))
    doc.put(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    doc.put(1, "<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra)
    info = doc.add(b"<< /Title " + pdf_str("Resume - " + P["name"]) + b" /Author " + pdf_str(P["name"])
                   + b" /Producer (Handset PDF 1.0) /CreationDate (" + FIXED_PDF_DATE.encode()
                   + b") /ModDate (" + FIXED_PDF_DATE.encode() + b") >>")
    return doc.output(1, info)


def raw_band_header(cv, P, band_h=100, rgb=(26, 44, 74), cmyk=None):
    cv.rect(0, 0, cv.W, band_h, rgb=rgb, cmyk=cmyk)
    cv.text(48, 46, P["name"], font="F2", size=24, rgb=(255, 255, 255))
    cv.text(48, 68, P["title"], size=12, rgb=(214, 226, 240))
    cv.text(48, band_h + 20, P["contact"], size=9, rgb=(60, 60, 60))
    return band_h + 34


def raw_plain_header(cv, P, y=50):
    cv.text(54, y, P["name"], font="F2", size=22, rgb=(30, 30, 30))
    cv.text(54, y + 20, P["title"], size=12, rgb=(60, 90, 120))
    cv.text(54, y + 38, P["contact"], size=9, rgb=(70, 70, 70))
    cv.hline(54, y + 48, cv.W - 108, rgb=(60, 90, 120), lw=1.2)
    return y + 62


def raw_sidebar(cv, P, side_w=170, rgb=(232, 238, 244), cmyk=None, text_cmyk=None, tail=None):
    cv.rect(0, 0, side_w, cv.H, rgb=rgb, cmyk=cmyk)
    x, w = 22, side_w - 40
    kw = dict(cmyk=text_cmyk) if text_cmyk else {}
    y = 54
    y = cv.para(x, y, w, P["name"], font="F2", size=17, lh=1.15,
                **(kw or dict(rgb=(28, 40, 60)))) + 4
    y = cv.para(x, y, w, P["title"], size=10, **(kw or dict(rgb=(60, 90, 120)))) + 14
    for title, items, gap in (("Contact", P["contact"].split("  |  "), 2),
                              ("Education", P["education"], 3),
                              ("Skills", P["skills"].split(", "), 1)):
        y = cv.section(x, y, w, title, size=9.5, **({"cmyk": text_cmyk} if text_cmyk else {}))
        for it in items:
            y = cv.para(x, y, w, it, size=8.3, **kw) + gap
        y += 10
    if tail:
        y = tail(x, y, w)
    return y


def raw_main_after_sidebar(cv, P, side_w=170, after_summary=None):
    x = side_w + 28
    w = cv.W - x - 40
    y = 56
    y = cv.section(x, y, w, "Profile")
    y = cv.para(x, y, w, P["summary"]) + 8
    if after_summary:
        y = after_summary(y)
    y = cv.section(x, y, w, "Experience")
    return cv.jobs(x, y, w, P["jobs"])


# --- hidden, hand-written --------------------------------------------------

def r06_soft_mask(phrase):
    P = PERSONAS[6]
    fmt = "A4"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    y = raw_band_header(cv, P, band_h=100, rgb=(52, 40, 80))
    # luminosity soft mask whose group is painted black -> alpha 0
    mask = doc.stream("/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] "
                      "/Group << /Type /Group /S /Transparency /CS /DeviceGray >>" % (W, H),
                      b"0 g 0 0 %.2f %.2f re f\n" % (W, H))
    gs = doc.add("<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>" % mask)
    cv.raw("q /GSm gs")
    cv.text(W - 48 - str_width(phrase, "F1", 9), 120, phrase, size=9, rgb=(60, 60, 60))
    cv.raw("Q")
    raw_body_single(cv, P, 48, y, W - 96)
    return raw_finish(fmt, cv, P, other_res="/ExtGState << /GSm %d 0 R >>" % gs, doc=doc)


def r09_blank_type3(phrase):
    P = PERSONAS[9]
    fmt = "letter"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    # Type 3 font whose glyph procedures paint nothing
    first, last = 32, 126
    names = {32: "space"}
    for c in range(33, 127):
        ch = chr(c)
        if ch.isalpha():
            names[c] = ch
        elif ch.isdigit():
            names[c] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(ch)]
    procs, diffs, widths = [], [], []
    for c in range(first, last + 1):
        wdt = int(round(_mfont("F1").getlength(chr(c))))
        widths.append(str(wdt))
        if c in names:
            n = doc.stream("", b"%d 0 d0\n" % wdt, compress=False)
            procs.append("/%s %d 0 R" % (names[c], n))
            diffs.append("%d /%s" % (c, names[c]))
    tu_lines = "\n".join("<%02X> <%04X>" % (c, c) for c in sorted(names))
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
            "%d beginbfchar\n%s\nendbfchar\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend\n" % (len(names), tu_lines))
    tu = doc.stream("", cmap.encode())
    f9 = doc.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 -210 1000 930] "
                 "/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << %s >> "
                 "/Encoding << /Type /Encoding /Differences [%s] >> /FirstChar %d /LastChar %d "
                 "/Widths [%s] /Resources << >> /ToUnicode %d 0 R >>"
                 % (" ".join(procs), " ".join(diffs), first, last, " ".join(widths), tu))

    def tail(x, y, w):
        y = cv.section(x, y, w, "Interests", size=9.5)
        y = cv.para(x, y, w, "Bouldering, film photography", size=8.3) + 4
        lines = wrap(phrase, "F1", 8.3, w)
        for ln in lines:
            cv.text(x, y + 8.3, ln, font="F9", size=8.3)
            y += 8.3 * 1.35
        return y

    raw_sidebar(cv, P, side_w=176, rgb=(238, 236, 246), tail=tail)
    raw_main_after_sidebar(cv, P, side_w=176)
    return raw_finish(fmt, cv, P, font_res="/F9 %d 0 R" % f9, doc=doc)


def r12_ocmd_alloff(phrase):
    P = PERSONAS[3]
    fmt = "letter"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    ocg = doc.add(b"<< /Type /OCG /Name " + pdf_str("Annotations") + b" >>")
    ocmd = doc.add("<< /Type /OCMD /OCGs [%d 0 R] /P /AllOff >>" % ocg)
    y = raw_plain_header(cv, P)

    def hook(y):
        cv.raw("/OC /MC0 BDC")
        cv.text(54, y + 9, phrase, size=9.5)
        cv.raw("EMC")
        return y + 16

    raw_body_single(cv, P, 54, y, W - 108, after_summary=hook)
    return raw_finish(fmt, cv, P, other_res="/Properties << /MC0 %d 0 R >>" % ocmd,
                      catalog_extra="/OCProperties << /OCGs [%d 0 R] /D << /Order [%d 0 R] /ON [%d 0 R] >> >>"
                      % (ocg, ocg, ocg), doc=doc)


def r15_cmyk_match(phrase):
    P = PERSONAS[6]
    fmt = "A4"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    side = (0.10, 0.03, 0.0, 0.06)
    dark = (0.55, 0.30, 0.0, 0.55)

    def tail(x, y, w):
        return cv.para(x, y, w, phrase, size=8.3, cmyk=side) + 2

    raw_sidebar(cv, P, side_w=172, cmyk=side, text_cmyk=dark, tail=tail)
    raw_main_after_sidebar(cv, P, side_w=172)
    return raw_finish(fmt, cv, P, doc=doc)


def r19_form_bbox(phrase):
    P = PERSONAS[10]
    fmt = "letter"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    y = raw_band_header(cv, P, band_h=92, rgb=(44, 62, 48))
    x, w = 54, W - 108
    fm = Canvas(w, 0)
    fm.raw("q 0.627 0.667 0.706 RG 0.7 w 0 24 m %.2f 24 l S Q" % w)
    fm.raw(b"BT /F1 9 Tf 0.133 g 1 0 0 1 0 4 Tm " + pdf_str(phrase) + b" Tj ET")
    form = doc.stream("/Type /XObject /Subtype /Form /BBox [0 20 %.2f 28] "
                      "/Resources << /Font << /F1 %d 0 R >> >>" % (w, doc.fonts[0]), fm.data())

    def hook(y):
        cv.raw("q 1 0 0 1 %.2f %.2f cm /Fx1 Do Q" % (x, H - y - 30))
        return y + 14

    raw_body_single(cv, P, x, y, w, section_hook=hook)
    return raw_finish(fmt, cv, P, other_res="/XObject << /Fx1 %d 0 R >>" % form, doc=doc)


def r25_annotation_cover(phrase):
    P = PERSONAS[8]
    fmt = "A4"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    y = raw_plain_header(cv, P)
    box = {}

    def hook(y):
        cv.text(54, y + 9, phrase, size=9.5)
        box["r"] = (50, H - y - 14, 54 + str_width(phrase, "F1", 9.5) + 6, H - y + 2)
        return y + 16

    raw_body_single(cv, P, 54, y, W - 108, after_summary=hook)
    x1, y1, x2, y2 = box["r"]
    ap = doc.stream("/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x2 - x1, y2 - y1),
                    b"1 g 0 0 %.2f %.2f re f\n" % (x2 - x1, y2 - y1))
    annot = doc.add("<< /Type /Annot /Subtype /Square /Rect [%.2f %.2f %.2f %.2f] /F 4 "
                    "/C [1 1 1] /IC [1 1 1] /BS << /W 0 >> /AP << /N %d 0 R >> /P 3 0 R >>"
                    % (x1, y1, x2, y2, ap))
    return raw_finish(fmt, cv, P, page_extra="/Annots [%d 0 R]" % annot, doc=doc)


# --- controls, hand-written ------------------------------------------------

def r03_cmyk_box(phrase):
    P = PERSONAS[3]
    fmt = "letter"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    y = raw_plain_header(cv, P)
    teal = (0.85, 0.20, 0.35, 0.45)
    amber = (0.0, 0.30, 0.90, 0.0)

    def hook(y):
        cv.rect(54, y, W - 108, 26, cmyk=teal)
        cv.text(64, y + 16.5, phrase, font="F2", size=10, cmyk=amber)
        return y + 36

    raw_body_single(cv, P, 54, y, W - 108, after_summary=hook)
    return raw_finish(fmt, cv, P, doc=doc)


def r22_ocg_on(phrase):
    P = PERSONAS[5]
    fmt = "A4"
    W, H = PAGE[fmt]
    doc = raw_start()
    cv = Canvas(W, H)
    ocg = doc.add(b"<< /Type /OCG /Name " + pdf_str("Languages") + b" >>")
    y = raw_band_header(cv, P, band_h=96, rgb=(60, 80, 70))

    def hook(y):
        cv.raw("/OC /L1 BDC")
        cv.text(48, y + 9, phrase, font="F3", size=9.5, rgb=(40, 40, 40))
        cv.raw("EMC")
        return y + 18

    raw_body_single(cv, P, 48, y, W - 96, after_summary=hook)
    return raw_finish(fmt, cv, P, other_res="/Properties << /L1 %d 0 R >>" % ocg,
                      catalog_extra="/OCProperties << /OCGs [%d 0 R] /D << /Order [%d 0 R] /ON [%d 0 R] >> >>"
                      % (ocg, ocg, ocg), doc=doc)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XW = 'xmlns:w="%s"' % NS_W
XALL = (XW + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
EMU_PT = 12700


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        "<w:rPr>%s</w:rPr>" % rpr if rpr else "", esc(text))


def rpr(size=None, bold=False, italic=False, color=None, extra=""):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if size:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (round(size * 2), round(size * 2))
    return s + extra


def ppr(after=2, before=0, shd=None, ind=None, jc=None, extra=""):
    s = ""
    if shd:
        s += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    s += '<w:spacing w:before="%d" w:after="%d"/>' % (before * 20, after * 20)
    if ind:
        s += '<w:ind w:left="%d" w:hanging="%d"/>' % ind
    if jc:
        s += '<w:jc w:val="%s"/>' % jc
    return "<w:pPr>%s%s</w:pPr>" % (s, extra)


def p_xml(runs, pp=""):
    return "<w:p %s>%s%s</w:p>" % (XW, pp, "".join(runs))


class DX:
    def __init__(self, fmt, font="Calibri", size=10, margins=(54, 54, 50, 50)):
        d = docx.Document()
        sec = d.sections[0]
        W, H = PAGE[fmt]
        sec.page_width = Emu(int(round(W * EMU_PT)))
        sec.page_height = Emu(int(round(H * EMU_PT)))
        sec.left_margin = Pt(margins[0])
        sec.right_margin = Pt(margins[1])
        sec.top_margin = Pt(margins[2])
        sec.bottom_margin = Pt(margins[3])
        sec.header_distance = Pt(24)
        sec.footer_distance = Pt(24)
        st = d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr_el = st.element.get_or_add_rPr()
        rpr_el.get_or_add_rFonts().set("{%s}eastAsia" % NS_W, font)
        self.d = d
        self.W, self.H = W, H
        self.margins = margins
        self.text_w = W - margins[0] - margins[1]
        self.body = d.element.body
        self.ids = 10

    def next_id(self):
        self.ids += 1
        return self.ids

    def add(self, xml):
        el = parse_xml(xml) if isinstance(xml, str) else xml
        self.body.insert(len(self.body) - 1, el)
        return el

    def p(self, text, size=None, bold=False, italic=False, color=None, after=2, before=0,
          shd=None, jc=None, extra_runs=(), extra_ppr=""):
        runs = [run_xml(text, rpr(size, bold, italic, color))] if text else []
        runs += list(extra_runs)
        return self.add(p_xml(runs, ppr(after, before, shd, jc=jc, extra=extra_ppr)))

    def heading(self, title, color="28466E", size=11.5, before=8):
        bdr = ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="AAB4BE"/></w:pBdr>')
        return self.add(p_xml([run_xml(title.upper(), rpr(size, True, color=color))],
                              "<w:pPr>%s<w:spacing w:before=\"%d\" w:after=\"80\"/></w:pPr>" % (bdr, before * 20)))

    def bullet(self, text, size=9.5):
        return self.add(p_xml([run_xml("\u2022\t", rpr(size)), run_xml(text, rpr(size))],
                              '<w:pPr><w:tabs><w:tab w:val="left" w:pos="240"/></w:tabs>'
                              '<w:spacing w:before="0" w:after="20"/><w:ind w:left="240" w:hanging="240"/></w:pPr>'))

    def job(self, role, org, dates, items, size=9.5):
        tab = int(self.text_w * 20)
        self.add(p_xml([run_xml(role, rpr(size + 0.5, True)), run_xml("\t" + dates, rpr(size, color="5A5A5A"))],
                       '<w:pPr><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>'
                       '<w:spacing w:before="80" w:after="0"/></w:pPr>' % tab))
        self.p(org, size=size, italic=True, color="46596E", after=2)
        for it in items:
            self.bullet(it, size)

    def header_block(self, P, name_color="1E1E1E", title_color="3C5A78", shd=None, extra_after_title=None):
        self.p(P["name"], size=22, bold=True, color=name_color, after=0, shd=shd)
        self.p(P["title"], size=12, color=title_color, after=2 if not shd else 0, shd=shd)
        if extra_after_title:
            extra_after_title()
        self.p(P["contact"], size=9, color="464646", after=4, before=4 if shd else 0)

    def body_std(self, P, after_profile_runs=(), after_profile=None, skills_hook=None, profile_ppr=None,
                 profile_heading=True):
        if profile_heading:
            self.heading("Profile", before=6)
        if profile_ppr is not None:
            self.add(p_xml([run_xml(P["summary"], rpr(10))] + list(after_profile_runs), profile_ppr))
        else:
            self.p(P["summary"], size=10, after=2, extra_runs=after_profile_runs)
        if after_profile:
            after_profile()
        self.heading("Experience")
        for j in P["jobs"]:
            self.job(*j)
        self.heading("Education")
        for e in P["education"]:
            self.p(e, size=9.5, after=1)
        self.heading("Skills")
        if skills_hook:
            skills_hook()
        else:
            self.p(P["skills"], size=9.5)

    # ---- drawing helpers -------------------------------------------------
    def anchor(self, inner_graphic, x, y, cx, cy, relh="page", relv="page", behind=0, hidden=None,
               wrap="<wp:wrapNone/>", name="Shape", z=251659264, dist=""):
        did = self.next_id()
        hid = "" if hidden is None else ' hidden="%s"' % hidden
        return ('<w:r %s><w:drawing><wp:anchor distT="0" distB="0" distL="%s" distR="%s" simplePos="0" '
                'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
                '<wp:docPr id="%d" name="%s %d"%s/><wp:cNvGraphicFramePr/>%s</wp:anchor></w:drawing></w:r>'
                % (XALL, dist or "0", dist or "0", z, behind, relh, x, relv, y, cx, cy, wrap,
                   did, name, did, hid, inner_graphic))

    def textbox_graphic(self, cx, cy, paras_xml, fill=None, ins=(91440, 45720, 91440, 45720)):
        fillx = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
        return ('<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s<a:ln><a:noFill/></a:ln></wps:spPr>'
                '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" anchor="t">'
                '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
                % ((cx, cy, fillx, paras_xml) + ins))

    def shape_graphic(self, cx, cy, fill):
        return ('<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
                '<a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
                % (cx, cy, fill))

    def picture_graphic(self, png, cx, cy, name="picture.png"):
        rid, _img = self.d.part.get_or_add_image(io.BytesIO(png))
        pid = self.next_id()
        return ('<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
                '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
                % (pid, name, rid, cx, cy))

    def output(self, P):
        cp = self.d.core_properties
        cp.title = "Resume - " + P["name"]
        cp.author = P["name"]
        cp.last_modified_by = P["name"]
        cp.revision = 3
        cp.created = datetime.datetime(2026, 12, 5, 9, 0, 0)
        cp.modified = datetime.datetime(2026, 12, 6, 21, 0, 0)
        cp.last_printed = datetime.datetime(2026, 12, 6, 21, 0, 0)
        cp.subject = ""
        cp.keywords = ""
        cp.comments = ""
        b = io.BytesIO()
        self.d.save(b)
        zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zout.writestr(zi, zin.read(item.filename))
        return out.getvalue()


def emu(pt):
    return int(round(pt * EMU_PT))


# --- hidden, DOCX ----------------------------------------------------------

def d02_vanish_run(phrase):
    P = PERSONAS[2]
    dx = DX("A4", font="Calibri", size=10)
    dx.header_block(P)

    def skills():
        dx.p(P["skills"], size=9.5, extra_runs=[run_xml("; " + phrase, rpr(9.5, extra="<w:vanish/>"))])

    dx.body_std(P, skills_hook=skills)
    return dx.output(P)


def d05_textbox_overflow(phrase):
    P = PERSONAS[5]
    dx = DX("A4", font="Arial", size=10, margins=(54, 200, 50, 50))
    box_paras = (p_xml([run_xml("Strengths", rpr(10, True, color="2E4A3A"))], ppr(3))
                 + p_xml([run_xml("Mixed methods research", rpr(9))], ppr(1))
                 + p_xml([run_xml("Workshop facilitation", rpr(9))], ppr(1))
                 + p_xml([run_xml("Clear, short reporting", rpr(9))], ppr(1))
                 + p_xml([run_xml(phrase, rpr(9))], ppr(1, 10)))
    # box tall enough for the heading and three lines only; no autofit
    g = dx.textbox_graphic(emu(128), emu(62), box_paras, fill="E6EFE9",
                           ins=(emu(8), emu(6), emu(8), emu(0)))
    anchor = dx.anchor(g, emu(dx.W - 54 - 128), emu(50), emu(128), emu(62), name="Text Box")
    dx.header_block(P)
    dx.body_std(P)
    # attach the text box to the first paragraph of the body
    first_p = dx.body[0]
    first_p.append(parse_xml(anchor))
    return dx.output(P)


def d10_colour_matches_picture(phrase):
    P = PERSONAS[10]
    dx = DX("letter", font="Georgia", size=10)
    tint = (238, 242, 230)
    dx.header_block(P)
    pic = pic_tint_panel(fill=tint)
    band_h = 80
    g = dx.picture_graphic(png_bytes(pic), emu(dx.text_w + 12), emu(band_h), name="panel.png")
    anc = dx.anchor(g, emu(-6), emu(-4), emu(dx.text_w + 12), emu(band_h), relh="margin",
                    relv="paragraph", behind=1, name="Picture", z=251650000)
    # heading paragraph carries the anchor
    hp = dx.heading("Profile", before=6)
    hp.append(parse_xml(anc))
    dx.p(P["summary"], size=10, after=20,
         extra_runs=[run_xml(" " + phrase, rpr(10, color="%02X%02X%02X" % tint))])
    dx.heading("Experience")
    for j in P["jobs"]:
        dx.job(*j)
    dx.heading("Education")
    for e in P["education"]:
        dx.p(e, size=9.5, after=1)
    dx.heading("Skills")
    dx.p(P["skills"], size=9.5)
    return dx.output(P)


def d13_white_footer(phrase):
    P = PERSONAS[4]
    dx = DX("A4", font="Cambria", size=10)
    dx.header_block(P)
    dx.body_std(P)
    ft = dx.d.sections[0].footer
    fp_ = ft.paragraphs[0]
    r = fp_.add_run(phrase)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return dx.output(P)


def d16_exact_row(phrase):
    P = PERSONAS[7]
    dx = DX("A4", font="Calibri", size=10)
    dx.header_block(P)

    def skills():
        half = int(dx.text_w * 10)
        items = P["skills"].split(", ")

        def cell(t, w):
            return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                    % (w, p_xml([run_xml(t, rpr(9.5))], ppr(1)) if t else p_xml([], ppr(0))))

        rows = []
        rows.append("<w:tr>%s%s</w:tr>" % (cell(items[0], half), cell(items[1], half)))
        rows.append('<w:tr><w:trPr><w:trHeight w:val="20" w:hRule="exact"/></w:trPr>%s%s</w:tr>'
                    % (cell(phrase, half), cell("", half)))
        rows.append("<w:tr>%s%s</w:tr>" % (cell(items[2], half), cell(items[3], half)))
        tbl = ('<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>'
               '</w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>%s</w:tbl>'
               % (XW, 2 * half, half, half, "".join(rows)))
        dx.add(tbl)
        dx.p("", after=0)

    dx.body_std(P, skills_hook=skills)
    return dx.output(P)


def d21_box_behind_shaded_table(phrase):
    P = PERSONAS[4]
    dx = DX("A4", font="Arial", size=10)
    dx.header_block(P)

    def skills():
        shade = "EDF1F5"
        half = int(dx.text_w * 10)
        items = P["skills"].split(", ")
        pairs = [(items[0], items[1]), (items[2], items[3]), (items[4], "")]

        def cell(t):
            return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>'
                    '<w:shd w:val="clear" w:color="auto" w:fill="%s"/></w:tcPr>%s</w:tc>'
                    % (half, shade, p_xml([run_xml(t, rpr(9.5))] if t else [], ppr(2, 2))))

        rows = "".join("<w:tr>%s%s%s</w:tr>" % ('<w:trPr><w:trHeight w:val="480" w:hRule="atLeast"/></w:trPr>'
                                                if k == 2 else "", cell(a), cell(b))
                       for k, (a, b) in enumerate(pairs))
        # text box placed behind the document text, under the shaded table
        box = p_xml([run_xml(phrase, rpr(9, color="333333"))], ppr(0))
        g = dx.textbox_graphic(emu(200), emu(13), box, fill=None, ins=(0, 0, 0, 0))
        anc = dx.anchor(g, emu(dx.text_w / 2 + 6), emu(46), emu(200), emu(13), relh="margin",
                        relv="paragraph", behind=1, name="Text Box", z=251640000)
        dx.add(p_xml([anc], ppr(0, 0)))
        tbl = ('<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
               '</w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>%s</w:tbl>'
               % (XW, 2 * half, half, half, rows))
        dx.add(tbl)
        dx.p("", after=0)

    dx.body_std(P, skills_hook=skills)
    return dx.output(P)


def d23_shading_colour(phrase):
    P = PERSONAS[6]
    dx = DX("A4", font="Georgia", size=10)
    tint = "F1ECE2"
    dx.header_block(P)
    dx.body_std(P, after_profile_runs=[run_xml(" " + phrase, rpr(10, color=tint))],
                profile_ppr=ppr(4, 2, shd=tint))
    return dx.output(P)


def d26_shape_in_front(phrase):
    P = PERSONAS[9]
    dx = DX("letter", font="Calibri", size=10)
    dx.header_block(P)
    band = "D7E3EA"
    g = dx.shape_graphic(emu(dx.text_w), emu(16), band)
    anc = dx.anchor(g, 0, emu(-2), emu(dx.text_w), emu(16), relh="margin", relv="paragraph",
                    behind=0, name="Rectangle", z=251670000)
    dx.add(p_xml([run_xml(phrase, rpr(9, color="404040")), anc], ppr(8, 0)))
    dx.body_std(P)
    return dx.output(P)


def d28_tiny_size(phrase):
    P = PERSONAS[1]
    dx = DX("A4", font="Cambria", size=10)
    dx.header_block(P)
    dx.body_std(P, after_profile_runs=[run_xml(" " + phrase, rpr(1))])
    return dx.output(P)


# --- controls, DOCX --------------------------------------------------------

def d07_white_on_dark_shading(phrase):
    P = PERSONAS[7]
    dx = DX("A4", font="Georgia", size=10)
    dark = "22324A"
    dx.p(P["name"], size=22, bold=True, color="FFFFFF", after=0, shd=dark)
    dx.p(P["title"], size=12, color="DCE4EE", after=0, shd=dark)
    dx.p(phrase, size=9.5, color="FFFFFF", after=0, shd=dark)
    dx.p(P["contact"], size=9, color="464646", after=4, before=4)
    dx.body_std(P)
    return dx.output(P)


def d18_visible_footer(phrase):
    P = PERSONAS[9]
    dx = DX("letter", font="Calibri", size=10)
    dx.header_block(P)
    dx.body_std(P)
    fp_ = dx.d.sections[0].footer.paragraphs[0]
    r = fp_.add_run(phrase)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
    return dx.output(P)


def d29_dark_textbox(phrase):
    P = PERSONAS[2]
    dx = DX("A4", font="Calibri", size=10)
    box = p_xml([run_xml(phrase, rpr(9, True, color="FFFFFF"))], ppr(0))
    g = dx.textbox_graphic(emu(170), emu(40), box, fill="1F3A5F",
                           ins=(emu(8), emu(6), emu(8), emu(4)))
    anc = dx.anchor(g, emu(dx.W - 54 - 170), emu(48), emu(170), emu(40), hidden="0", name="Text Box")
    dx.header_block(P)
    dx.body[0].append(parse_xml(anc))
    dx.body_std(P)
    return dx.output(P)


def d30_beside_picture(phrase):
    P = PERSONAS[3]
    dx = DX("letter", font="Arial", size=10)
    pic = png_bytes(pic_portrait())
    cx, cy = emu(64), emu(80)
    g = dx.picture_graphic(pic, cx, cy, name="portrait.png")
    anc = dx.anchor(g, emu(dx.text_w - 64), 0, cx, cy, relh="margin", relv="paragraph",
                    wrap='<wp:wrapSquare wrapText="bothSides"/>', name="Picture", dist="114300")
    dx.header_block(P, extra_after_title=lambda: dx.p(
        "", after=0, extra_runs=[run_xml(phrase, rpr(9.5, italic=True, color="3C3C3C",
                                                      extra='<w:vanish w:val="0"/>'))]))
    dx.body[0].append(parse_xml(anc))
    dx.body_std(P)
    return dx.output(P)


# ---------------------------------------------------------------------------
# File table.  Phrases live only here and in labels.json.
# ---------------------------------------------------------------------------
FILES = [
    ("resume_01.pdf", f01_blend_multiply, "certified hyperscale mesh remediation wizard"),
    ("resume_02.docx", d02_vanish_run, "zero trust neural procurement evangelist"),
    ("resume_03.pdf", r03_cmyk_box, "Shortlisted for the Toronto product leadership award"),
    ("resume_04.pdf", f04_picture_on_top, "award winning lattice cryptography rainmaker"),
    ("resume_05.docx", d05_textbox_overflow, "fortune fifty blockchain compliance guru"),
    ("resume_06.pdf", r06_soft_mask, "senior quantum kiosk telemetry ninja"),
    ("resume_07.docx", d07_white_on_dark_shading, "Qualified teacher status and first aid at work certificate"),
    ("resume_08.pdf", f08_white_on_band, "Open to relocation within the Mediterranean region"),
    ("resume_09.pdf", r09_blank_type3, "distinguished exabyte harvesting sherpa"),
    ("resume_10.docx", d10_colour_matches_picture, "top ranked holographic payroll strategist"),
    ("resume_11.pdf", f11_off_page, "enterprise grade sonar analytics rockstar"),
    ("resume_12.pdf", r12_ocmd_alloff, "globally certified hydrogen ledger maven"),
    ("resume_13.docx", d13_white_footer, "elite federated botanics automation czar"),
    ("resume_14.pdf", f14_text_over_picture, "Speaker at the Nordic research operations meetup"),
    ("resume_15.pdf", r15_cmyk_match, "chief petabyte storytelling officer"),
    ("resume_16.docx", d16_exact_row, "platinum tier agentic supply chain oracle"),
    ("resume_17.pdf", f17_tiny_font, "visionary serverless tundra mapping expert"),
    ("resume_18.docx", d18_visible_footer, "Portfolio and code samples available on request"),
    ("resume_19.pdf", r19_form_bbox, "master of cobalt edge orchestration"),
    ("resume_20.pdf", f20_render_mode_clip, "unicorn scale biometric underwriting lead"),
    ("resume_21.docx", d21_box_behind_shaded_table, "ivy league photonic revenue architect"),
    ("resume_22.pdf", r22_ocg_on, "Fluent in Swedish, English and conversational German"),
    ("resume_23.docx", d23_shading_colour, "triple certified graphene devops champion"),
    ("resume_24.pdf", f24_light_grey_footnote, "References from two former heads of department available"),
    ("resume_25.pdf", r25_annotation_cover, "world class satellite escrow integrator"),
    ("resume_26.docx", d26_shape_in_front, "premier nanoscale tariff modelling authority"),
    ("resume_27.pdf", f27_rotated_label, "Available for weekend and on call shifts"),
    ("resume_28.docx", d28_tiny_size, "legendary multicloud carbon ledger pioneer"),
    ("resume_29.docx", d29_dark_textbox, "Eligible for security clearance to SC level"),
    ("resume_30.docx", d30_beside_picture, "Mentor in the Women in Product Toronto chapter"),
]


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_hidden_blind6.py OUTDIR\n")
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    for fname, fn, phrase in FILES:
        data = fn(phrase)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
    print("wrote %d files to %s" % (len(FILES), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
