#!/usr/bin/env python3
"""Deterministic generator for the held-out hidden-text test set.

Usage: python make_hidden_blind.py OUTDIR

Writes one-page resumes (PDF via fpdf2, DOCX via python-docx). Each file
carries exactly one marker phrase (see labels.json): either drawn so that a
human reader cannot see it (hidden) or drawn in a tricky-looking but visible
way (control). Every phrase is present in the file's text layer.

No randomness: fixed PDF creation date, fixed DOCX core properties, and the
DOCX zip is rewritten with fixed member timestamps.
"""
import io
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime(2024, 3, 1, 9, 0, 0, tzinfo=timezone.utc)
PAGE_W, PAGE_H = 612.0, 792.0  # US Letter, points
LEFT = 54.0

NAVY = (0x1F, 0x2A, 0x44)
DKGREEN = (0x1E, 0x4D, 0x2B)
MIDGREY = (0x80, 0x80, 0x80)
TEAL = (0x2A, 0x9D, 0x8F)


# ----------------------------------------------------------------- PNG helper
def make_png(width, height, pixel_fn):
    """Return bytes of an opaque 8-bit RGB PNG; pixel_fn(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        for x in range(width):
            raw.extend(pixel_fn(x, y))

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def banner_png():
    # A wide striped "partner logos" strip: slate with lighter stripes.
    def px(x, y):
        return (0x5B, 0x6C, 0x8A) if (x // 4) % 2 == 0 else (0x7D, 0x8E, 0xAA)
    return make_png(64, 4, px)


def badge_png():
    # A small square "certification badge": orange with a white centre dot.
    def px(x, y):
        if (x - 7.5) ** 2 + (y - 7.5) ** 2 < 9:
            return (0xFF, 0xFF, 0xFF)
        return (0xE0, 0x7A, 0x1F)
    return make_png(16, 16, px)


# ----------------------------------------------------------------- PDF resume
class Resume:
    def __init__(self, person):
        self.p = person
        pdf = FPDF(orientation="P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_DATE)
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, 54, LEFT)
        pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        pdf.set_title("Resume - " + person["name"])
        pdf.set_author(person["name"])
        pdf.set_creator("hidden_blind generator")
        pdf.add_page()
        self.pdf = pdf
        self.y = 72.0

    # basic drawing helpers -------------------------------------------------
    def font(self, size, bold=False, color=(0x22, 0x22, 0x22)):
        self.pdf.set_font("DejaVu", "B" if bold else "", size)
        self.pdf.set_text_color(*color)

    def line(self, text, size=10.5, bold=False, color=(0x22, 0x22, 0x22), x=LEFT, step=15.0):
        self.font(size, bold, color)
        self.pdf.text(x, self.y, text)
        self.y += step

    def bullet(self, text, **kw):
        self.line("\u2022  " + text, x=LEFT + 10, **kw)

    def section(self, title):
        self.y += 8
        self.line(title.upper(), size=11.5, bold=True, color=NAVY, step=5)
        self.pdf.set_draw_color(*NAVY)
        self.pdf.set_line_width(0.6)
        self.pdf.line(LEFT, self.y, PAGE_W - LEFT, self.y)
        self.y += 14

    def width(self, text, size, bold=False):
        self.pdf.set_font("DejaVu", "B" if bold else "", size)
        return self.pdf.get_string_width(text)

    # standard parts ----------------------------------------------------------
    def header(self, name_color=(0x11, 0x11, 0x11), contact_color=(0x44, 0x44, 0x44)):
        self.line(self.p["name"], size=22, bold=True, color=name_color, step=20)
        self.line(self.p["title"], size=12, color=name_color, step=16)
        self.line(self.p["contact"], size=9.5, color=contact_color, step=10)

    def summary(self):
        self.section("Summary")
        for ln in self.p["summary"]:
            self.line(ln)

    def experience(self, after_first_job=None):
        self.section("Experience")
        for i, (role, bullets) in enumerate(self.p["jobs"]):
            self.line(role, bold=True, size=10.5)
            for b in bullets:
                self.bullet(b)
            if i == 0 and after_first_job:
                after_first_job(self)
            self.y += 4

    def skills(self):
        self.section("Skills")
        for ln in self.p["skills"]:
            self.line(ln)

    def education(self):
        self.section("Education")
        for ln in self.p["education"]:
            self.line(ln)

    def standard_body(self, after_first_job=None):
        self.summary()
        self.experience(after_first_job)
        self.skills()
        self.education()

    def save(self, path):
        self.pdf.output(str(path))


PEOPLE = [
    dict(name="Alicia Moreno", title="Senior Backend Engineer",
         contact="alicia.moreno@example.com  |  +1 555 0101  |  Denver, CO",
         summary=["Backend engineer with nine years building payment and billing services.",
                  "Comfortable owning services from design review to on-call."],
         jobs=[("Staff Engineer, Brightpath Payments (2019 - present)",
                ["Designed the idempotent refund pipeline used by 40k merchants.",
                 "Cut p99 checkout latency by 35% by reworking the ledger cache."]),
               ("Software Engineer, Kestrel Logistics (2015 - 2019)",
                ["Built shipment tracking APIs in Go and PostgreSQL.",
                 "Introduced contract tests across six internal services."])],
         skills=["Go, Python, PostgreSQL, Kafka, Kubernetes, Terraform"],
         education=["B.S. Computer Science, University of Colorado, 2015"]),
    dict(name="Daniel Okafor", title="Data Engineer",
         contact="d.okafor@example.org  |  +44 20 7946 0102  |  London",
         summary=["Data engineer focused on reliable batch and streaming pipelines.",
                  "Enjoys turning messy sources into well-tested tables."],
         jobs=[("Lead Data Engineer, Fernhill Retail (2020 - present)",
                ["Migrated 300 nightly jobs from cron scripts to Airflow.",
                 "Built data quality checks that catch schema drift before load."]),
               ("Data Engineer, Quayside Analytics (2016 - 2020)",
                ["Maintained Spark jobs over 20 TB of clickstream data.",
                 "Wrote the team's dbt style guide and review checklist."])],
         skills=["Python, SQL, Spark, Airflow, dbt, BigQuery, Snowflake"],
         education=["M.Sc. Data Science, University of Leeds, 2016"]),
    dict(name="Priya Raman", title="Product Designer",
         contact="priya.raman@example.net  |  +1 555 0103  |  Seattle, WA",
         summary=["Product designer with a research-first approach to complex tools.",
                  "Seven years across B2B dashboards and mobile onboarding."],
         jobs=[("Senior Product Designer, Lumen Health (2021 - present)",
                ["Redesigned clinician scheduling, cutting booking time by half.",
                 "Ran 60 moderated usability sessions per quarter."]),
               ("Product Designer, Orbit Studio (2017 - 2021)",
                ["Shipped the design system used by four product teams.",
                 "Led accessibility audits to WCAG 2.1 AA."])],
         skills=["Figma, user research, prototyping, design systems, accessibility"],
         education=["B.Des. Interaction Design, Parsons School of Design, 2017"]),
    dict(name="Tomasz Kowalski", title="Site Reliability Engineer",
         contact="tomasz.k@example.com  |  +48 22 555 0104  |  Warsaw",
         summary=["SRE who likes boring, well-understood production systems.",
                  "Runs incident reviews that lead to real fixes."],
         jobs=[("Senior SRE, Vistula Cloud (2018 - present)",
                ["Brought monthly availability from 99.5% to 99.95%.",
                 "Automated certificate rotation for 1,200 services."]),
               ("Systems Engineer, Polar Hosting (2014 - 2018)",
                ["Ran a fleet of 800 bare-metal hosts with Ansible.",
                 "Wrote the on-call runbooks still in use today."])],
         skills=["Linux, Prometheus, Grafana, Kubernetes, Ansible, Python, Bash"],
         education=["M.Eng. Computer Engineering, Warsaw University of Technology, 2014"]),
    dict(name="Grace Lindqvist", title="Machine Learning Engineer",
         contact="grace.lindqvist@example.se  |  +46 8 555 0105  |  Stockholm",
         summary=["ML engineer shipping ranking and forecasting models to production.",
                  "Cares about evaluation, monitoring and simple baselines."],
         jobs=[("ML Engineer, Nordvik Marketplace (2020 - present)",
                ["Shipped a search ranking model that lifted conversion 4%.",
                 "Built offline evaluation harness used for every model launch."]),
               ("Data Scientist, Aurora Energy (2017 - 2020)",
                ["Forecast regional demand with gradient boosted trees.",
                 "Presented monthly model reviews to the operations board."])],
         skills=["Python, PyTorch, scikit-learn, SQL, Spark, MLflow"],
         education=["M.Sc. Applied Mathematics, KTH Royal Institute of Technology, 2017"]),
    dict(name="Marcus Bell", title="Frontend Engineer",
         contact="marcus.bell@example.com  |  +1 555 0106  |  Austin, TX",
         summary=["Frontend engineer building fast, accessible web applications.",
                  "Six years with React and TypeScript in product teams."],
         jobs=[("Senior Frontend Engineer, Cedar Finance (2021 - present)",
                ["Rebuilt the onboarding flow, raising completion by 18%.",
                 "Cut bundle size by 40% with route-level code splitting."]),
               ("Frontend Developer, Mesa Media (2018 - 2021)",
                ["Built the editorial CMS interface used by 120 editors.",
                 "Added visual regression tests to the release pipeline."])],
         skills=["TypeScript, React, Next.js, CSS, Playwright, GraphQL"],
         education=["B.A. Computer Science, University of Texas at Austin, 2018"]),
]


def person(i):
    return PEOPLE[i % len(PEOPLE)]


# ----------------------------------------------------------------- PDF kinds
# Each builder takes (phrase, idx) and returns a Resume ready to save.

def pdf_white_on_white(phrase, i, rgb=(0xFF, 0xFF, 0xFF)):
    r = Resume(person(i))
    r.header()

    def hide(r):
        r.line(phrase, size=10.5, color=rgb)
    r.standard_body(after_first_job=hide)
    return r


def pdf_near_white(phrase, i):
    return pdf_white_on_white(phrase, i, rgb=(0xFD, 0xFD, 0xFD))


def pdf_tiny(phrase, i, size):
    r = Resume(person(i))
    r.header()

    def hide(r):
        # tiny black text tucked under the last bullet, then normal spacing
        r.font(size, color=(0x22, 0x22, 0x22))
        r.pdf.text(LEFT + 22, r.y - 9, phrase)
    r.standard_body(after_first_job=hide)
    return r


def pdf_invisible_mode(phrase, i):
    r = Resume(person(i))
    r.header()

    def hide(r):
        with r.pdf.local_context(text_mode=TextMode.INVISIBLE):
            r.line(phrase, size=10.5, color=(0x22, 0x22, 0x22))
    r.standard_body(after_first_job=hide)
    return r


def pdf_offpage(phrase, i, where):
    r = Resume(person(i))
    r.header()
    r.standard_body()
    r.font(10.5, color=(0x22, 0x22, 0x22))
    if where == "right":
        r.pdf.text(PAGE_W + 40, 300, phrase)       # beyond the right edge
    else:
        r.pdf.text(LEFT, PAGE_H + 60, phrase)      # below the bottom edge
    return r


def pdf_clipped(phrase, i, shape):
    r = Resume(person(i))
    r.header()

    def hide(r):
        r.font(10.5, color=(0x22, 0x22, 0x22))
        ty = r.y
        if shape == "rect":
            # clip to a thin strip far to the right of where the text lies
            with r.pdf.rect_clip(PAGE_W - 60, ty - 12, 6, 16):
                r.pdf.text(LEFT, ty, phrase)
        else:
            # clip to a small ellipse in the top-right corner of the page
            with r.pdf.elliptic_clip(PAGE_W - 40, 20, 12, 8):
                r.pdf.text(LEFT, ty, phrase)
        r.y += 15
    r.standard_body(after_first_job=hide)
    return r


def pdf_same_colour_band(phrase, i, colour):
    """Text in exactly the colour of a filled shape drawn behind it."""
    r = Resume(person(i))
    pdf = r.pdf
    if colour == "navy":
        # navy header band with white name; phrase in navy on the band
        pdf.set_fill_color(*NAVY)
        pdf.rect(0, 0, PAGE_W, 118, style="F")
        r.y = 50
        r.header(name_color=(0xFF, 0xFF, 0xFF), contact_color=(0xDD, 0xE3, 0xF0))
        r.font(9, color=NAVY)
        pdf.text(LEFT, 108, phrase)
        r.y = 140
        r.standard_body()
    elif colour == "green":
        r.header()
        r.summary()
        # a dark green "Highlights" bar; the header text is white, phrase is green
        r.y += 10
        pdf.set_fill_color(*DKGREEN)
        pdf.rect(LEFT, r.y - 14, PAGE_W - 2 * LEFT, 22, style="F")
        r.font(11, bold=True, color=(0xFF, 0xFF, 0xFF))
        pdf.text(LEFT + 8, r.y + 1, "HIGHLIGHTS")
        r.font(9.5, color=DKGREEN)
        pdf.text(LEFT + 110, r.y + 1, phrase)
        r.y += 20
        r.line("Two promotions in four years; mentor in the internal guild programme.")
        r.experience()
        r.skills()
        r.education()
    else:  # grey
        r.header()
        r.standard_body()
        # mid grey footer band: white page number visible, phrase grey-on-grey
        pdf.set_fill_color(*MIDGREY)
        pdf.rect(0, PAGE_H - 40, PAGE_W, 40, style="F")
        r.font(9, color=(0xFF, 0xFF, 0xFF))
        pdf.text(LEFT, PAGE_H - 16, "Page 1 of 1")
        r.font(9, color=MIDGREY)
        pdf.text(LEFT + 120, PAGE_H - 16, phrase)
    return r


def pdf_covered_by_rect(phrase, i, fill):
    """Text drawn first, then an opaque filled rectangle drawn over it."""
    r = Resume(person(i))
    r.header()

    def hide(r):
        size = 10.5
        r.font(size, color=(0x22, 0x22, 0x22))
        ty = r.y + 4
        r.pdf.text(LEFT + 4, ty, phrase)
        w = r.width(phrase, size)
        r.pdf.set_fill_color(*fill)
        # white: blends with the page; teal: looks like an accent bar.
        # Covers the glyph box (ascent ~9.8 pt, descent ~2.5 pt) with margin,
        # without touching the lines above and below.
        r.pdf.rect(LEFT, ty - 12, w + 8, 16, style="F")
        r.y += 22
    r.standard_body(after_first_job=hide)
    return r


def pdf_covered_by_image(phrase, i):
    r = Resume(person(i))
    r.header()

    def hide(r):
        size = 10.5
        r.font(size, color=(0x22, 0x22, 0x22))
        ty = r.y + 4
        r.pdf.text(LEFT + 4, ty, phrase)
        w = r.width(phrase, size)
        r.pdf.image(io.BytesIO(banner_png()), x=LEFT, y=ty - 15, w=w + 10, h=21)
        r.y += 26
    r.standard_body(after_first_job=hide)
    return r


# controls ---------------------------------------------------------------------
def ctl_light_grey(phrase, i):
    r = Resume(person(i))
    r.header()

    def show(r):
        r.bullet(phrase, color=(0xAA, 0xAA, 0xAA))
    r.standard_body(after_first_job=show)
    return r


def ctl_white_on_navy_box(phrase, i):
    r = Resume(person(i))
    pdf = r.pdf
    r.header()
    r.summary()
    r.y += 8
    pdf.set_fill_color(*NAVY)
    pdf.rect(LEFT, r.y - 4, PAGE_W - 2 * LEFT, 44, style="F")
    r.y += 12
    r.line("KEY ACHIEVEMENT", size=10, bold=True, color=(0xFF, 0xFF, 0xFF), x=LEFT + 10)
    r.line(phrase, size=10.5, color=(0xFF, 0xFF, 0xFF), x=LEFT + 10)
    r.y += 6
    r.experience()
    r.skills()
    r.education()
    return r


def ctl_navy_on_pale_band(phrase, i):
    r = Resume(person(i))
    pdf = r.pdf
    r.header()
    r.y += 10
    pdf.set_fill_color(0xEE, 0xEF, 0xF2)
    pdf.rect(0, r.y - 16, PAGE_W, 26, style="F")
    r.line(phrase, size=11, bold=True, color=NAVY)
    r.standard_body()
    return r


def ctl_yellow_highlight(phrase, i):
    r = Resume(person(i))
    r.header()

    def show(r):
        size = 10.5
        w = r.width("\u2022  " + phrase, size)
        r.pdf.set_fill_color(0xFF, 0xF3, 0xA0)
        r.pdf.rect(LEFT + 7, r.y - 11, w + 6, 15, style="F")
        r.bullet(phrase, color=(0x00, 0x00, 0x00))
    r.standard_body(after_first_job=show)
    return r


def ctl_translucent_highlighter(phrase, i):
    r = Resume(person(i))
    r.header()

    def show(r):
        size = 10.5
        ty = r.y
        r.bullet(phrase, color=(0x00, 0x00, 0x00))
        w = r.width("\u2022  " + phrase, size)
        with r.pdf.local_context(fill_opacity=0.3):
            r.pdf.set_fill_color(0xFF, 0xE0, 0x00)
            r.pdf.rect(LEFT + 7, ty - 11, w + 6, 15, style="F")
    r.standard_body(after_first_job=show)
    return r


def ctl_small_footer(phrase, i):
    r = Resume(person(i))
    r.header()
    r.standard_body()
    r.font(6.5, color=(0x33, 0x33, 0x33))
    r.pdf.text(LEFT, PAGE_H - 30, phrase)
    return r


def ctl_image_beside_text(phrase, i):
    r = Resume(person(i))
    r.header()

    def show(r):
        size = 10.5
        ty = r.y
        r.bullet(phrase)
        w = r.width("\u2022  " + phrase, size)
        # badge drawn after the text, just to the right of it (no overlap)
        r.pdf.image(io.BytesIO(badge_png()), x=LEFT + 10 + w + 6, y=ty - 11, w=14, h=14)
    r.standard_body(after_first_job=show)
    return r


# ----------------------------------------------------------------- DOCX
def _docx_base(p):
    d = docx.Document()
    cp = d.core_properties
    cp.author = p["name"]
    cp.last_modified_by = p["name"]
    cp.title = "Resume - " + p["name"]
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = datetime(2024, 3, 1, 9, 0, 0)
    cp.modified = datetime(2024, 3, 1, 9, 0, 0)
    cp.last_printed = datetime(2024, 3, 1, 9, 0, 0)
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    h = d.add_paragraph()
    run = h.add_run(p["name"])
    run.bold = True
    run.font.size = Pt(20)
    d.add_paragraph(p["title"])
    d.add_paragraph(p["contact"])
    return d


def _docx_sections(d, p, after_first_job=None):
    d.add_heading("Summary", level=2)
    d.add_paragraph(" ".join(p["summary"]))
    d.add_heading("Experience", level=2)
    for i, (role, bullets) in enumerate(p["jobs"]):
        para = d.add_paragraph()
        para.add_run(role).bold = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
        if i == 0 and after_first_job:
            after_first_job(d)
    d.add_heading("Skills", level=2)
    d.add_paragraph(p["skills"][0])
    d.add_heading("Education", level=2)
    d.add_paragraph(p["education"][0])


def _save_docx_deterministic(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():  # keep python-docx's member order
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    Path(path).write_bytes(out.getvalue())


def docx_run_kind(phrase, i, kind):
    p = person(i)
    d = _docx_base(p)

    def add(d):
        para = d.add_paragraph()
        if kind in ("grey",):
            para.style = d.styles["List Bullet"]
        run = para.add_run(phrase)
        if kind == "vanish":
            run.font.hidden = True
        elif kind == "white":
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif kind == "tiny":
            run.font.size = Pt(1)
        elif kind == "grey":
            run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
    _docx_sections(d, p, after_first_job=add)
    return d


def docx_white_in_dark_cell(phrase, i):
    p = person(i)
    d = _docx_base(p)
    _docx_sections(d, p)
    d.add_heading("Open Source", level=2)
    table = d.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "1F2A44")
    tcPr.append(shd)
    run = cell.paragraphs[0].add_run(phrase)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    run.bold = True
    return d


# ----------------------------------------------------------------- the set
# (file, builder, args) -- the order here is the only source of file numbering.
SET = [
    ("resume_01.pdf", pdf_white_on_white, ("Certified lighthouse protocol auditor since 2009",)),
    ("resume_02.pdf", ctl_light_grey, ("Volunteer coordinator for the Harbor Street tool library",)),
    ("resume_03.pdf", pdf_near_white, ("Awarded the Copper Pelican prize for ledger poetry",)),
    ("resume_04.pdf", pdf_tiny, ("Fluent in maritime semaphore and Basque shorthand", 1)),
    ("resume_05.pdf", ctl_white_on_navy_box, ("Speaker at the Northern Rust Systems Summit",)),
    ("resume_06.pdf", pdf_tiny, ("Ranked top candidate by every hiring panel in Ohio", 2)),
    ("resume_07.pdf", pdf_invisible_mode, ("Invented the recursive teacup load balancer",)),
    ("resume_08.pdf", ctl_navy_on_pale_band, ("Maintainer of the open-source tidepool sensor toolkit",)),
    ("resume_09.pdf", pdf_offpage, ("Chief orchestration druid at Nimbus Pickle Works", "right")),
    ("resume_10.pdf", pdf_offpage, ("Holds eleven patents on velvet cache invalidation", "below")),
    ("resume_11.pdf", ctl_yellow_highlight, ("Reduced nightly batch runtime from six hours to forty minutes",)),
    ("resume_12.pdf", pdf_clipped, ("Personally mentored the entire Zephyr kernel team", "rect")),
    ("resume_13.pdf", pdf_clipped, ("Native speaker of Fortran and Old Norse", "ellipse")),
    ("resume_14.pdf", ctl_translucent_highlighter, ("Mentored nine junior engineers through their first releases",)),
    ("resume_15.pdf", pdf_same_colour_band, ("Orchestrated the midnight migration of forty mainframes", "navy")),
    ("resume_16.pdf", pdf_same_colour_band, ("Certified arborist for distributed spanning trees", "green")),
    ("resume_17.pdf", pdf_same_colour_band, ("Tamed a legacy COBOL hydra with only a stopwatch", "grey")),
    ("resume_18.pdf", ctl_small_footer, ("References available from the Lantern Valley robotics guild",)),
    ("resume_19.pdf", pdf_covered_by_rect, ("Led the quantum marmalade standards committee", (0xFF, 0xFF, 0xFF))),
    ("resume_20.pdf", pdf_covered_by_rect, ("Fourteen years of hovercraft payroll integration", TEAL)),
    ("resume_21.pdf", pdf_covered_by_image, ("Designed the tungsten umbrella fault tolerance scheme",)),
    ("resume_22.pdf", ctl_image_beside_text, ("Certified scrum facilitator with the Pinewood agile circle",)),
    ("resume_23.docx", docx_run_kind, ("Published author on asynchronous beekeeping telemetry", "vanish")),
    ("resume_24.docx", docx_white_in_dark_cell, ("Core contributor to the Saffron geospatial indexing engine",)),
    ("resume_25.docx", docx_run_kind, ("Guest lecturer in cryogenic spreadsheet design", "white")),
    ("resume_26.docx", docx_run_kind, ("Holder of the platinum walrus cloud badge", "tiny")),
    ("resume_27.docx", docx_run_kind, ("Organiser of the Cobalt Bay data engineering meetup", "grey")),
]


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for idx, (fname, builder, args) in enumerate(SET):
        obj = builder(args[0], idx, *args[1:])
        path = out / fname
        if fname.endswith(".pdf"):
            obj.save(path)
        else:
            _save_docx_deterministic(obj, path)
    print(f"wrote {len(SET)} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
