#!/usr/bin/env python3
"""Generate the blind9 held-out resume set.

Usage:  python make_blind9.py OUTDIR

Writes 24 resumes (12 en, 4 de, 4 fr, 4 es; 16 PDF via fpdf2, 8 DOCX via
python-docx).  Everything is literal data in this file and nothing is random:
PDF creation dates are fixed and every DOCX is re-zipped with fixed member
dates and fixed core properties, so two runs give byte-identical files (with
the same fpdf2 / python-docx / zlib versions).

Content mini-language (one tuple per line of the resume):
  ("name", s)          the person's name            ("tag", s)   bold one-liner
  ("line", s)          plain contact / info line    ("h", s)     layout's heading style
  ("t", s)             whole bold line              ("c", s)     bold capitals line
  ("m", s)             italic / grey meta line      ("p", s)     paragraph
  ("b", s)             bullet                       ("k", a, b)  bold lead-in + text
  ("d", date, s)       date in the left gutter + bold line
  ("kv", label, value) label / value row            ("sp", mm)   vertical space
  ("pb",)              page break                   ("col", w)   switch column
DOCX-only: ("tab", left, right[, bold]) tab-separated line, ("tsub", s[, bold]),
  ("table", header, rows, widths) bordered table with a header row,
  ("grid",) / ("colhead", c, s) two-column layout table and its first-row cells,
  ("cell", r, c) / ("body",) switch the container to a table cell / back to the body.
The script holds no section types; labels.json was written separately by hand.
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_NAIVE = datetime.datetime(2026, 1, 1, 0, 0, 0)
PT = 25.4 / 72.0

FONTS = [
    ("Sans", "", "DejaVuSans.ttf"),
    ("Sans", "B", "DejaVuSans-Bold.ttf"),
    ("Sans", "I", "DejaVuSans-Oblique.ttf"),
    ("Sans", "BI", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "", "DejaVuSerif.ttf"),
    ("Serif", "B", "DejaVuSerif-Bold.ttf"),
    ("Serif", "I", "DejaVuSerif-Italic.ttf"),
    ("Serif", "BI", "DejaVuSerif-BoldItalic.ttf"),
    ("Mono", "", "DejaVuSansMono.ttf"),
    ("Mono", "B", "DejaVuSansMono-Bold.ttf"),
    ("Light", "", "DejaVuSans-ExtraLight.ttf"),
    ("Cond", "", "DejaVuSansCondensed.ttf"),
    ("Cond", "B", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond", "I", "DejaVuSansCondensed-Oblique.ttf"),
]


# ---------------------------------------------------------------------------
# PDF engine
# ---------------------------------------------------------------------------
class PdfCV:
    x0, x1 = 18.0, 192.0
    top, bottom = 15.0, 284.0
    fam = "Sans"
    size = 9.5
    lead = 1.36
    color = (45, 45, 45)
    mcolor = (105, 105, 105)
    mstyle = "I"
    tfam = None
    tstyle = "B"
    tsize = 10.0
    tcolor = (20, 20, 20)
    accent = (20, 20, 20)
    name_size = 22
    name_color = (20, 20, 20)
    name_style = "B"
    name_fam = None
    h_before = 4.4
    h_after = 1.6
    t_before = 1.6
    datex = 18.0
    kvx = None
    kvv = None
    linex = None
    bullet_color = None

    def __init__(self, items, title):
        self.items = items
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creation_date(FIXED)
        pdf.set_title(title)
        pdf.set_author(title.split(" - ")[0])
        for fam, st, fn in FONTS:
            pdf.add_font(fam, st, FONT_DIR + fn)
        self.pdf = pdf
        self.page = 0
        self.y = 0.0

    # --- infrastructure -------------------------------------------------
    def build(self):
        self.new_page()
        for it in self.items:
            getattr(self, "r_" + it[0])(*it[1:])
        self.footer(self.page)
        return bytes(self.pdf.output())

    def new_page(self):
        if self.page:
            self.footer(self.page)
        self.pdf.add_page()
        self.page += 1
        self.y = self.top if self.page == 1 else self.top2()
        self.decor(self.page)
        self.header(self.page)

    def top2(self):
        return self.top

    def decor(self, pn):
        pass

    def header(self, pn):
        pass

    def footer(self, pn):
        pass

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def font(self, fam=None, style="", size=None, color=None):
        self.pdf.set_font(fam or self.fam, style, size or self.size)
        c = color or self.color
        self.pdf.set_text_color(*c)

    def sw(self, s):
        return self.pdf.get_string_width(s)

    def lh(self, size=None):
        return (size or self.size) * PT * self.lead

    def base(self, size=None):
        s = (size or self.size) * PT
        return (s * self.lead - s) / 2 + 0.8 * s

    def wrap(self, s, width, first=None):
        words = s.split(" ")
        lines, cur = [], ""
        w = first if first is not None else width
        for word in words:
            t = word if not cur else cur + " " + word
            if self.sw(t) <= w or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = word
                w = width
        if cur:
            lines.append(cur)
        return lines

    def textline(self, s, x, fam=None, style="", size=None, color=None, align="L", x1=None):
        size = size or self.size
        h = self.lh(size)
        self.ensure(h)
        self.font(fam, style, size, color)
        right = x1 if x1 is not None else self.x1
        if align == "R":
            x = right - self.sw(s)
        elif align == "C":
            x = (x + right) / 2 - self.sw(s) / 2
        self.pdf.text(x, self.y + self.base(size), s)
        self.y += h

    def para(self, s, x=None, x1=None, fam=None, style="", size=None, color=None, align="L"):
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        self.font(fam, style, size, color)
        for ln in self.wrap(s, x1 - x):
            self.textline(ln, x, fam, style, size, color, align=align, x1=x1)

    def line(self, xa, ya, xb, yb, color, width=0.25):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(width)
        self.pdf.line(xa, ya, xb, yb)

    def fillrect(self, x, y, w, h, color, **kw):
        self.pdf.set_fill_color(*color)
        self.pdf.rect(x, y, w, h, style="F", **kw)

    # --- items ----------------------------------------------------------
    def r_sp(self, mm):
        self.y += mm

    def r_pb(self):
        self.new_page()

    def r_name(self, s):
        self.para(s, fam=self.name_fam, style=self.name_style, size=self.name_size,
                  color=self.name_color)
        self.y += 1.0

    def r_tag(self, s):
        self.para(s, style="B", size=self.size + 1, color=self.accent)
        self.y += 0.4

    def r_line(self, s):
        x = self.linex if self.linex is not None else self.x0
        self.para(s, x=x, size=self.size - 0.5, color=self.mcolor)

    def hheight(self):
        return self.lh(12)

    def r_h(self, s):
        self.y += self.h_before
        if self.y + self.hheight() + self.h_after + self.t_before + 2.2 * self.lh() > self.bottom:
            self.new_page()
        self.heading(s)
        self.y += self.h_after

    def heading(self, s):
        self.textline(s, self.x0, style="B", size=12, color=self.accent)

    def r_t(self, s):
        self.y += self.t_before
        if self.y + 2.2 * self.lh() > self.bottom:
            self.new_page()
        self.para(s, fam=self.tfam, style=self.tstyle, size=self.tsize, color=self.tcolor)

    def r_c(self, s):
        self.r_t(s)

    def r_m(self, s):
        self.para(s, style=self.mstyle, size=self.size - 0.5, color=self.mcolor)

    def r_p(self, s):
        self.para(s)
        self.y += 0.8

    def r_b(self, s):
        ind = 4.0
        self.font()
        lines = self.wrap(s, self.x1 - self.x0 - ind)
        for i, ln in enumerate(lines):
            h = self.lh()
            self.ensure(h)
            if i == 0:
                self.pdf.set_fill_color(*(self.bullet_color or self.color))
                cy = self.y + self.base() - self.size * PT * 0.3
                self.pdf.circle(self.x0 + 1.4, cy, 0.55, style="F")
            self.font()
            self.pdf.text(self.x0 + ind, self.y + self.base(), ln)
            self.y += h

    def r_k(self, lead, rest):
        self.font(style="B")
        lw = self.sw(lead)
        self.font()
        lines = self.wrap(rest, self.x1 - self.x0, first=self.x1 - self.x0 - lw)
        for i, ln in enumerate(lines):
            h = self.lh()
            self.ensure(h)
            if i == 0:
                self.font(style="B")
                self.pdf.text(self.x0, self.y + self.base(), lead)
                self.font()
                self.pdf.text(self.x0 + lw, self.y + self.base(), ln)
            else:
                self.font()
                self.pdf.text(self.x0, self.y + self.base(), ln)
            self.y += h

    def r_d(self, date, s):
        self.y += self.t_before
        if self.y + 2.2 * self.lh() > self.bottom:
            self.new_page()
        self.gutter_mark()
        self.font(size=self.size - 0.5, color=self.mcolor)
        self.pdf.text(self.datex, self.y + self.base(self.tsize), date)
        self.para(s, fam=self.tfam, style=self.tstyle, size=self.tsize, color=self.tcolor)

    def gutter_mark(self):
        pass

    def r_kv(self, k, v):
        kx = self.kvx if self.kvx is not None else self.datex
        vx = self.kvv if self.kvv is not None else self.x0
        self.ensure(self.lh())
        self.font(color=self.mcolor)
        self.pdf.text(kx, self.y + self.base(), k)
        self.para(v, x=vx)


# --- g00 pill -------------------------------------------------------------
class Pill(PdfCV):
    accent = (0, 118, 118)
    bullet_color = (0, 118, 118)

    def hheight(self):
        return 6.6

    def heading(self, s):
        h = 6.6
        self.ensure(h)
        self.font(style="B", size=10.5, color=(255, 255, 255))
        w = self.sw(s) + 9
        self.fillrect(self.x0, self.y, w, h, self.accent, round_corners=True, corner_radius=3.25)
        self.font(style="B", size=10.5, color=(255, 255, 255))
        self.pdf.text(self.x0 + 4.5, self.y + h / 2 + 10.5 * PT * 0.36, s)
        self.y += h


# --- g01 icons ------------------------------------------------------------
class Icons(PdfCV):
    accent = (230, 120, 20)
    h_before = 4.2

    def hheight(self):
        return self.lh(12.5)

    def heading(self, s):
        h = self.lh(12.5)
        self.ensure(h)
        glyph, label = s.split(" ", 1)
        bl = self.y + self.base(12.5)
        self.font(style="B", size=12.5, color=self.accent)
        self.pdf.text(self.x0, bl, glyph + " ")
        gx = self.sw(glyph + " ")
        self.font(style="B", size=12.5, color=(55, 62, 70))
        self.pdf.text(self.x0 + gx, bl, label)
        self.y += h
        self.line(self.x0, self.y, self.x1, self.y, (225, 225, 225), 0.3)


# --- g02 rule above -------------------------------------------------------
class RuleAbove(PdfCV):
    fam = "Serif"
    size = 9.8
    accent = (25, 45, 95)
    tcolor = (15, 15, 15)
    top = 20.0
    bottom = 276.0
    h_before = 5.0
    h_after = 1.4
    name_color = (25, 45, 95)

    def hheight(self):
        return 3.0 + self.lh(12.5)

    def heading(self, s):
        self.ensure(self.hheight())
        self.line(self.x0, self.y + 0.6, self.x1, self.y + 0.6, self.accent, 0.3)
        self.y += 2.6
        self.textline(s, self.x0, style="", size=12.5, color=self.accent)

    def top2(self):
        return 22.0

    def header(self, pn):
        if pn > 1:
            self.font(style="I", size=8, color=(120, 120, 120))
            s = "Anjali Menon – Curriculum Vitae"
            self.pdf.text(self.x1 - self.sw(s), 13, s)

    def footer(self, pn):
        self.font(style="B", size=8, color=(60, 60, 60))
        s = "Page %d of 2" % pn
        self.pdf.text(105 - self.sw(s) / 2, 288, s)


# --- g03 timeline ---------------------------------------------------------
class Timeline(PdfCV):
    x0 = 60.0
    datex = 18.0
    accent = (0, 110, 130)
    tcolor = (25, 25, 25)
    dotx = 55.0

    def __init__(self, items, title):
        super().__init__(items, title)
        self.lastdot = None

    def r_name(self, s):
        self.para(s, x=18, style="B", size=24, color=(30, 30, 30))
        self.y += 1

    def r_line(self, s):
        self.para(s, x=18, size=self.size - 0.5, color=self.mcolor)

    def hheight(self):
        return self.lh(12.5)

    def heading(self, s):
        self.lastdot = None
        h = self.lh(12.5)
        self.ensure(h)
        self.font(style="B", size=12.5, color=self.accent)
        self.pdf.text(18, self.y + self.base(12.5), s)
        w = self.sw(s)
        ym = self.y + self.base(12.5) - 12.5 * PT * 0.33
        self.line(18 + w + 3, ym, self.x1, ym, (170, 200, 205), 0.3)
        self.y += h

    def gutter_mark(self):
        cy = self.y + self.base(self.tsize) - self.tsize * PT * 0.33
        self.pdf.set_fill_color(*self.accent)
        if self.lastdot and self.lastdot[0] == self.page:
            self.line(self.dotx, self.lastdot[1] + 1.4, self.dotx, cy - 1.4, (170, 200, 205), 0.4)
        self.pdf.circle(self.dotx, cy, 1.0, style="F")
        self.lastdot = (self.page, cy)

    def top2(self):
        return 24.0

    def header(self, pn):
        if pn > 1:
            self.font(size=8, color=(130, 130, 130))
            s = "Marcus Lindqvist — CV, page 2"
            self.pdf.text(self.x1 - self.sw(s), 13, s)


# --- g04 rule below -------------------------------------------------------
class RuleBelow(PdfCV):
    size = 10.0
    color = (30, 30, 30)
    tsize = 10.0
    name_size = 17
    h_before = 4.2
    h_after = 2.0

    def hheight(self):
        return self.lh(10) + 1.0

    def heading(self, s):
        self.textline(s, self.x0, style="", size=10, color=(30, 30, 30))
        self.line(self.x0, self.y - 0.4, self.x1, self.y - 0.4, (30, 30, 30), 0.35)


# --- g05 two-tone ---------------------------------------------------------
class TwoTone(PdfCV):
    accent = (226, 88, 70)
    name_size = 24

    def hheight(self):
        return self.lh(14)

    def heading(self, s):
        h = self.lh(14)
        self.ensure(h)
        first, rest = s.split(" ", 1)
        bl = self.y + self.base(14)
        self.font(style="B", size=14, color=(85, 85, 95))
        self.pdf.text(self.x0, bl, first + " ")
        w = self.sw(first + " ")
        self.font(style="B", size=14, color=self.accent)
        self.pdf.text(self.x0 + w, bl, rest)
        self.y += h


# --- g06 flush right ------------------------------------------------------
class FlushRight(PdfCV):
    accent = (20, 50, 110)
    name_color = (20, 50, 110)
    tcolor = (20, 20, 20)

    def hheight(self):
        return self.lh(11.5)

    def heading(self, s):
        h = self.lh(11.5)
        self.ensure(h)
        self.font(style="B", size=11.5, color=self.accent)
        w = self.sw(s)
        bl = self.y + self.base(11.5)
        self.pdf.text(self.x1 - w, bl, s)
        ym = bl - 11.5 * PT * 0.33
        self.line(self.x0, ym, self.x1 - w - 3, ym, (150, 165, 195), 0.3)
        self.y += h


# --- g07 executive (simulated small caps) ---------------------------------
class Executive(PdfCV):
    x0, x1 = 15.0, 195.0
    top, bottom = 13.0, 286.0
    size = 8.6
    lead = 1.32
    accent = (15, 35, 80)
    tsize = 8.8
    h_before = 3.2
    h_after = 1.2
    t_before = 1.3

    def r_name(self, s):
        self.para(s, style="B", size=18, color=self.accent, align="C")
        self.y += 0.4

    def r_line(self, s):
        self.para(s, size=self.size - 0.2, color=(80, 80, 80), align="C")

    def hheight(self):
        return self.lh(11) + 0.8

    def heading(self, s):
        h = self.lh(11)
        self.ensure(h + 0.8)
        bl = self.y + self.base(11)
        x = self.x0
        segs = []
        prev = " "
        for ch in s:
            big = ch.isalpha() and prev == " "
            sz = 11.0 if big else 8.8
            if segs and segs[-1][1] == sz:
                segs[-1][0] += ch.upper()
            else:
                segs.append([ch.upper(), sz])
            prev = ch
        for txt, sz in segs:
            self.font(style="B", size=sz, color=self.accent)
            self.pdf.text(x, bl, txt)
            x += self.sw(txt)
        self.y += h
        self.line(self.x0, self.y, self.x1, self.y, self.accent, 0.45)
        self.y += 0.8


# --- g08 slashes (monospace headings) -------------------------------------
class Slashes(PdfCV):
    accent = (0, 135, 90)
    name_size = 24
    name_color = (25, 30, 40)

    def r_tag(self, s):
        self.para(s, style="B", size=10.5, color=(25, 30, 40))
        self.y += 0.4

    def hheight(self):
        return self.lh(11.5)

    def heading(self, s):
        self.textline(s, self.x0, fam="Mono", style="B", size=11.5, color=self.accent)


# --- g09 German Lebenslauf -----------------------------------------------
class Lebenslauf(PdfCV):
    x0 = 60.0
    datex = 18.0
    linex = 18.0
    accent = (150, 30, 35)
    top = 18.0
    bottom = 278.0

    def r_name(self, s):
        self.para(s, x=18, style="", size=24, color=(35, 35, 35))
        self.y += 2

    def decor(self, pn):
        if pn == 1:
            self.fillrect(154, 15, 38, 48, (228, 228, 228))
            self.pdf.set_fill_color(190, 190, 190)
            self.pdf.circle(173, 33, 7.5, style="F")
            self.pdf.ellipse(159, 45, 28, 24, style="F")
            self.fillrect(154, 63, 38, 8, (255, 255, 255))

    def top2(self):
        return 24.0

    def hheight(self):
        return self.lh(12.5) + 0.8

    def heading(self, s):
        self.textline(s, 18, style="B", size=12.5, color=self.accent)
        right = 148.0 if (self.page == 1 and self.y < 66) else self.x1
        self.line(18, self.y + 0.2, right, self.y + 0.2, (175, 175, 175), 0.3)
        self.y += 0.8

    def header(self, pn):
        if pn > 1:
            self.font(style="B", size=8.5, color=(90, 90, 90))
            self.pdf.text(18, 13, "Jonas Brenner – Lebenslauf")
            self.line(18, 15, self.x1, 15, (200, 200, 200), 0.2)

    def footer(self, pn):
        self.font(size=8, color=(120, 120, 120))
        s = "Seite %d von 2" % pn
        self.pdf.text(105 - self.sw(s) / 2, 288, s)


# --- g10 boxed headings ---------------------------------------------------
class Boxed(PdfCV):
    accent = (105, 55, 140)
    name_size = 23

    def hheight(self):
        return 7.2

    def heading(self, s):
        h = 7.2
        self.ensure(h)
        self.font(style="B", size=11, color=(30, 30, 30))
        w = self.sw(s) + 6
        self.pdf.set_draw_color(40, 40, 40)
        self.pdf.set_line_width(0.35)
        self.pdf.rect(self.x0, self.y, w, h, style="D")
        self.font(style="B", size=11, color=(30, 30, 30))
        self.pdf.text(self.x0 + 3, self.y + h / 2 + 11 * PT * 0.36, s)
        self.y += h


# --- g11 coloured initial -------------------------------------------------
class Initiale(PdfCV):
    fam = "Serif"
    size = 9.6
    accent = (160, 35, 85)
    name_color = (40, 40, 40)
    h_before = 4.0

    def hheight(self):
        return self.lh(17) * 0.9

    def heading(self, s):
        h = self.lh(17) * 0.9
        self.ensure(h)
        bl = self.y + self.base(17) - 0.6
        self.font(style="B", size=17, color=self.accent)
        self.pdf.text(self.x0, bl, s[0])
        w = self.sw(s[0])
        self.font(style="B", size=12, color=(40, 40, 40))
        self.pdf.text(self.x0 + w, bl, s[1:])
        self.y += h


# --- g12 rounded outline frame -------------------------------------------
class Cadre(PdfCV):
    accent = (25, 70, 140)
    name_color = (25, 70, 140)

    def hheight(self):
        return 7.0

    def heading(self, s):
        h = 7.0
        self.ensure(h)
        self.font(style="B", size=10.5, color=self.accent)
        w = self.sw(s) + 8
        self.pdf.set_draw_color(*self.accent)
        self.pdf.set_line_width(0.4)
        self.pdf.rect(self.x0, self.y, w, h, style="D", round_corners=True, corner_radius=2.0)
        self.font(style="B", size=10.5, color=self.accent)
        self.pdf.text(self.x0 + 4, self.y + h / 2 + 10.5 * PT * 0.36, s)
        self.y += h

    def r_c(self, s):
        self.y += self.t_before + 0.6
        if self.y + 2.2 * self.lh() > self.bottom:
            self.new_page()
        self.para(s, style="B", size=9.2, color=self.accent)


# --- g13 light large headings --------------------------------------------
class Preguntas(PdfCV):
    accent = (30, 30, 30)
    h_before = 4.2

    def r_tag(self, s):
        self.para(s, style="B", size=10.5, color=(0, 120, 150))
        self.y += 0.4

    def hheight(self):
        return self.lh(17) * 0.92

    def heading(self, s):
        h = self.lh(17) * 0.92
        self.ensure(h)
        self.font(fam="Light", size=17, color=(25, 25, 25))
        self.pdf.text(self.x0, self.y + self.base(17) - 0.4, s)
        self.y += h


# --- g14 drawn chevron ----------------------------------------------------
class Chevron(PdfCV):
    accent = (190, 30, 40)
    kvx = 22.0
    kvv = 66.0
    name_size = 19

    def hheight(self):
        return self.lh(11)

    def heading(self, s):
        h = self.lh(11)
        self.ensure(h)
        bl = self.y + self.base(11)
        cy = bl - 11 * PT * 0.36
        self.pdf.set_fill_color(*self.accent)
        self.pdf.polygon([(self.x0, cy - 1.8), (self.x0 + 3.0, cy), (self.x0, cy + 1.8)], style="F")
        self.font(style="B", size=11, color=(30, 30, 30))
        self.pdf.text(self.x0 + 5.5, bl, s)
        self.y += h
        self.line(self.x0 + 5.5, self.y, self.x1, self.y, (215, 215, 215), 0.3)

    def r_b(self, s):
        ox0 = self.x0
        self.x0 = 22.0
        PdfCV.r_b(self, s)
        self.x0 = ox0


# --- g15 left sidebar -----------------------------------------------------
class LeftSidebar(PdfCV):
    side = (0.0, 66.0)
    main_x = (76.0, 194.0)
    slate = (38, 50, 66)
    amber = (240, 180, 80)

    def __init__(self, items, title):
        super().__init__(items, title)
        self.mode = "side"
        self.set_side()

    def set_side(self):
        self.mode = "side"
        self.x0, self.x1 = 10.0, 58.0
        self.color = (228, 233, 238)
        self.mcolor = (190, 198, 208)
        self.tcolor = (255, 255, 255)
        self.size = 9.0

    def set_main(self):
        self.mode = "main"
        self.x0, self.x1 = self.main_x
        self.color = (45, 45, 45)
        self.mcolor = (105, 105, 105)
        self.tcolor = (20, 20, 20)
        self.size = 9.5

    def r_col(self, which):
        if which == "main":
            self.set_main()
        else:
            self.set_side()
        self.y = self.top

    def decor(self, pn):
        if pn == 1:
            self.fillrect(0, 0, 66, 297, self.slate)
        else:
            self.fillrect(0, 0, 66, 297, (232, 236, 241))

    def top2(self):
        return 22.0

    def header(self, pn):
        if pn > 1:
            self.font(style="B", size=8.5, color=(38, 50, 66))
            self.pdf.text(76, 13, "Marguerite Olsen · Curriculum Vitae · 2")

    def r_name(self, s):
        self.para(s, style="B", size=19, color=(255, 255, 255))
        self.y += 1.5

    def r_tag(self, s):
        self.para(s, style="B", size=9.5, color=self.amber)
        self.y += 0.5

    def r_line(self, s):
        self.para(s, size=8.6, color=self.color)

    def hheight(self):
        return self.lh(11) if self.mode == "side" else self.lh(13) + 1.6

    def heading(self, s):
        if self.mode == "side":
            self.textline(s, self.x0, style="B", size=11, color=self.amber)
            self.line(self.x0, self.y, self.x0 + 10, self.y, self.amber, 0.5)
        else:
            self.textline(s, self.x0, style="B", size=13, color=self.slate)
            self.line(self.x0, self.y + 0.2, self.x0 + 14, self.y + 0.2, self.amber, 0.8)
            self.y += 1.6


# ---------------------------------------------------------------------------
# PDF content
# ---------------------------------------------------------------------------
G00 = [
    ("name", "Hannah Okafor RVN"),
    ("tag", "Registered Veterinary Nurse · Theatre & Anaesthesia"),
    ("line", "Bristol BS7 · 07700 900418 · hannah.okafor.rvn@example.com · RCVS no. 1089543"),
    ("h", "Personal Profile"),
    ("p", "Registered veterinary nurse with nine years in busy small-animal and referral practice. "
          "Happiest in theatre: I run anaesthetic monitoring for orthopaedic and soft-tissue lists, "
          "train student nurses and keep our controlled-drug records audit-ready."),
    ("h", "Clinical Experience"),
    ("t", "Senior Registered Veterinary Nurse"),
    ("m", "Westbury Veterinary Referrals, Bristol · March 2021 – present"),
    ("b", "Lead nurse for two theatres (up to 14 procedures a day): anaesthetic monitoring, recovery "
          "and post-operative nursing."),
    ("b", "Clinical coach for four student veterinary nurses through their Nursing Progress Log; two "
          "qualified with distinction."),
    ("b", "Introduced a pre-anaesthetic checklist that cut theatre start delays by roughly a third."),
    ("t", "Registered Veterinary Nurse"),
    ("m", "Chew Valley Animal Hospital, Somerset · September 2017 – February 2021"),
    ("b", "Nurse clinics (dental, weight, post-op), inpatient care, dispensing and stock control."),
    ("b", "Led the practice's cat-friendly clinic accreditation and ran quarterly client evenings."),
    ("t", "Student Veterinary Nurse"),
    ("m", "Hartcliffe Veterinary Centre, Bristol · September 2015 – August 2017"),
    ("b", "Rotations in kennels, consulting, imaging and theatre while completing the FdSc."),
    ("h", "Qualifications"),
    ("t", "FdSc Veterinary Nursing (Small Animal)"),
    ("m", "Hartpury University, Gloucester · 2014 – 2017 · Merit"),
    ("t", "A levels: Biology (A), Chemistry (B), Psychology (B)"),
    ("m", "St Bede's Sixth Form, Bristol · 2012 – 2014"),
    ("h", "Clinical Skills"),
    ("b", "General anaesthesia monitoring: capnography, IPPV, invasive and non-invasive blood pressure"),
    ("b", "Theatre practice: aseptic technique, instrument care, autoclave validation"),
    ("b", "Practice software: RxWorks, VetSpace, Provet Cloud"),
    ("h", "CPD & Courses"),
    ("k", "2024  ", "BVNA Certificate in Anaesthesia Nursing (distinction)"),
    ("k", "2022  ", "RECOVER Basic and Advanced Life Support"),
    ("k", "2019  ", "ISFM Certificate in Feline Nursing"),
    ("h", "Volunteering"),
    ("p", "Monthly weekend nurse at a Bristol street-dog clinic run by a homelessness charity "
          "(since 2019): vaccinations, parasite treatment and triage."),
    ("h", "Reference Contacts"),
    ("p", "Dr Lucy Marsh MRCVS, Clinical Director, Westbury Veterinary Referrals – lucy.marsh@example.com"),
    ("p", "Tom Ellery RVN, Head Nurse, Chew Valley Animal Hospital – 01275 900321"),
]

G01 = [
    ("name", "Callum Reid"),
    ("line", "Wind Turbine Technician · GWO certified · Offshore and onshore"),
    ("line", "Aberdeen · 07700 900562 · callum.reid.wtt@example.com · Full UK driving licence"),
    ("h", "★ Summary"),
    ("p", "Electrical and mechanical turbine technician with seven years on onshore and offshore sites "
          "(Siemens Gamesa SWT-3.6 and SG 8.0, Vestas V90). Comfortable working at height and on "
          "offshore rotations, leading small teams through scheduled services, fault-finding and "
          "blade inspections."),
    ("h", "⚒ Work History"),
    ("t", "Lead Wind Turbine Technician"),
    ("m", "Northsea Renewables Services Ltd · Offshore, Moray Firth · 2021 – present"),
    ("b", "Lead a three-person team on two-weeks-on / two-weeks-off rotations; plan daily work packs "
          "with the marine coordinator."),
    ("t", "Highlights"),
    ("b", "Cut average fix time on pitch faults from 19 to 11 hours by building a spares kit per "
          "turbine string."),
    ("t", "Wind Turbine Technician"),
    ("m", "Highland Wind Maintenance · Onshore sites in Caithness and Sutherland · 2018 – 2021"),
    ("b", "Scheduled and unscheduled maintenance on 42 Vestas V90 turbines; hydraulic and gearbox "
          "oil changes."),
    ("t", "Highlights"),
    ("b", "Trained six new starters in the site's lock-out / tag-out procedure."),
    ("t", "Electrical Maintenance Fitter"),
    ("m", "Grampian Food Processing · Peterhead · 2015 – 2018"),
    ("b", "PLC-controlled production line maintenance, motor replacement and three-phase fault-finding."),
    ("h", "⚑ Training & Tickets"),
    ("p", "GWO Basic Safety Training (Working at Height, Manual Handling, First Aid, Fire Awareness, "
          "Sea Survival) · GWO Basic Technical Training · IRATA Level 2 rope access · OPITO BOSIET "
          "with CA-EBS · 18th Edition Wiring Regulations · ECITB CCNSG Safety Passport"),
    ("h", "✎ Education"),
    ("t", "HNC Electrical Engineering"),
    ("m", "North East Scotland College, Aberdeen · 2013 – 2015"),
    ("t", "Modern Apprenticeship, Electrical Installation (SCQF Level 7)"),
    ("m", "Grampian Food Processing with North East Scotland College · 2011 – 2015"),
    ("h", "⚙ Technical Skills"),
    ("b", "Siemens SCADA and WebWPS, VestasOnline, Bachmann controllers"),
    ("b", "Hydraulic pitch systems, yaw drives, converters up to 690 V, HV switching awareness"),
    ("b", "Torque and tension tools (Hytorc, ITH), borescope gearbox inspection, thermal imaging"),
    ("h", "✈ Languages & Mobility"),
    ("p", "English (native), Danish (conversational). Happy to travel for rotations across the UK and "
          "Northern Europe; valid passport and ENG1 medical."),
    ("h", "♥ Outside Work"),
    ("p", "Mountain biking, volunteer call-outs with the local mountain rescue team, and restoring an "
          "old Land Rover Series III."),
]

G02 = [
    ("name", "Anjali Menon MPharm IP"),
    ("line", "Lead Pharmacist, Critical Care · Independent Prescriber"),
    ("line", "Leeds LS6 · 07700 900274 · anjali.menon@example.com · GPhC 2071934"),
    ("h", "Professional Summary"),
    ("p", "Hospital pharmacist with eleven years in acute NHS trusts, the last four leading the critical "
          "care pharmacy team for a 52-bed adult unit. Independent prescriber with a special interest "
          "in sedation, renal replacement therapy dosing and antimicrobial stewardship. I enjoy "
          "teaching, I like making guidelines that people actually use, and I have led medicines "
          "work-streams through two CQC inspections."),
    ("h", "Clinical Posts"),
    ("t", "Lead Pharmacist, Critical Care"),
    ("m", "Leeds Teaching Hospitals NHS Trust · April 2021 – present · Band 8b"),
    ("b", "Lead a team of four pharmacists and two technicians covering general and neuro critical care, "
          "seven days a week."),
    ("b", "Prescribe and optimise therapy on daily ward rounds as an independent prescriber; run the "
          "weekly antimicrobial stewardship round with microbiology."),
    ("b", "Wrote the trust's sedation and delirium guideline and the CRRT drug dosing handbook."),
    ("b", "Chair of the critical care medicines safety group; report to the Drugs and Therapeutics "
          "Committee."),
    ("b", "Regional lead for the critical care pharmacist network (Yorkshire and Humber)."),
    ("t", "Key contributions"),
    ("b", "Reduced meropenem days of therapy by 23% in twelve months through a prospective audit and "
          "feedback programme."),
    ("b", "Introduced pharmacist-led medicines reconciliation on admission to ICU: 96% within 24 hours."),
    ("b", "Built a competency framework for band 7 pharmacists rotating into critical care."),
    ("b", "Secured funding for a second critical care pharmacist post through a business case showing "
          "£310k of avoided drug costs."),
    ("b", "Co-designed the unit's electronic prescribing order sets for sedation and electrolytes."),
    ("t", "Advanced Pharmacist, Surgery and Theatres"),
    ("m", "Bradford Teaching Hospitals NHS Foundation Trust · September 2017 – March 2021 · Band 8a"),
    ("b", "Clinical pharmacy service to general surgery, orthopaedics and the surgical assessment unit."),
    ("b", "Pharmacist member of the enhanced recovery team; wrote the perioperative medicines policy."),
    ("b", "Led the switch to electronic prescribing on four surgical wards."),
    ("b", "Supervised pre-registration trainees and foundation pharmacists in surgery rotations."),
    ("b", "Ran a pharmacist-led preoperative medicines clinic two sessions a week."),
    ("b", "Member of the trust's medication safety committee and antimicrobial sub-group."),
    ("t", "Rotational Pharmacist"),
    ("m", "Harrogate and District NHS Foundation Trust · August 2014 – August 2017 · Band 6 to Band 7"),
    ("b", "Rotations through medicine for older people, cardiology, paediatrics, oncology and dispensary."),
    ("b", "Out-of-hours on-call pharmacist from 2015."),
    ("b", "Completed the Postgraduate Diploma in Clinical Pharmacy alongside the rotation."),
    ("b", "Ran the monthly anticoagulation teaching session for junior doctors."),
    ("b", "Led the ward-based medicines reconciliation audit for the older people's unit."),
    ("b", "Covered the aseptic unit and clinical trials dispensary during staff shortages."),
    ("t", "Pre-registration Trainee Pharmacist"),
    ("m", "Calderdale and Huddersfield NHS Foundation Trust · July 2013 – July 2014"),
    ("b", "Hospital training year including a four-week community pharmacy placement."),
    ("b", "Audit of insulin prescribing errors presented at the regional pre-registration conference."),
    ("b", "Passed the GPhC registration assessment at the first attempt (June 2014)."),
    ("h", "Academic Qualifications"),
    ("t", "Postgraduate Diploma in Clinical Pharmacy (Distinction)"),
    ("m", "University of Bradford · 2015 – 2017"),
    ("t", "Practice Certificate in Independent Prescribing"),
    ("m", "University of Leeds · 2018"),
    ("t", "MPharm (Hons) Pharmacy, First Class"),
    ("m", "University of Nottingham · 2009 – 2013"),
    ("h", "Professional Registration"),
    ("p", "General Pharmaceutical Council, registration no. 2071934 (since August 2014); annotated as an "
          "independent prescriber since 2018. Member of the Royal Pharmaceutical Society and of the "
          "UK Clinical Pharmacy Association. Faculty Advanced Stage I credentialing (2022)."),
    ("h", "Clinical Competencies"),
    ("b", "Critical care therapeutics: sedation, vasopressors, CRRT and ECMO dosing, parenteral nutrition"),
    ("b", "Antimicrobial stewardship and therapeutic drug monitoring (vancomycin, aminoglycosides)"),
    ("b", "Guideline writing, medicines governance, incident review and root-cause analysis"),
    ("b", "Teaching and supervision: designated prescribing practitioner for two pharmacist prescribers"),
    ("b", "Systems: Cerner Millennium, JAC, MedChart, Microsoft Power BI"),
    ("h", "Posters and Publications"),
    ("p", "Menon A, Clarke R. Prospective audit and feedback of carbapenem use in adult critical care. "
          "Poster, UKCPA Critical Care Group conference, 2023."),
    ("p", "Menon A et al. Dosing of beta-lactams during continuous renal replacement therapy: a survey of "
          "UK practice. Journal of the Intensive Care Society 2022; 23(4)."),
    ("p", "Menon A. Enhanced recovery and the surgical pharmacist. Clinical Pharmacist 2019; 11(6)."),
    ("p", "Okoro T, Menon A. Insulin prescribing errors on admission. Poster, Yorkshire pre-registration "
          "conference, 2014."),
]

G03 = [
    ("name", "Marcus Lindqvist"),
    ("line", "Demand & Supply Planning Manager — FMCG and pharma supply chains"),
    ("line", "Manchester · +44 7700 900713 · m.lindqvist@example.com · linkedin.com/in/mlindqvist-scm"),
    ("h", "Snapshot"),
    ("p", "Planning manager who turns messy sales and production data into a plan that factories, "
          "sales and finance all sign up to. Twelve years across chilled food, household goods and "
          "generic pharmaceuticals; I have run monthly S&OP cycles, rebuilt statistical forecasting "
          "from scratch twice and led planning teams of up to nine."),
    ("h", "Career Timeline"),
    ("d", "2022 – now", "Demand & Supply Planning Manager"),
    ("m", "Pennant Pharma UK · Macclesfield"),
    ("b", "Own the 24-month demand plan for 1,900 SKUs of generic medicines across NHS tenders, "
          "wholesalers and export."),
    ("b", "Lead a team of six planners; run the monthly demand review and supply review."),
    ("b", "Forecast accuracy (MAPE, lag 2) improved from 41% to 28% in eighteen months."),
    ("b", "Cut finished-goods inventory by £6.2m while raising OTIF from 91% to 96%."),
    ("d", "2018 – 2022", "Senior Demand Planner"),
    ("m", "Bramwell Foods (chilled desserts) · Stockport"),
    ("b", "Daily and weekly forecasts for 320 short-shelf-life lines into the four big UK grocers."),
    ("b", "Built the promotional uplift model in Python that replaced a 40-tab spreadsheet."),
    ("b", "Worked with customer teams on new product launches and seasonal ranges."),
    ("b", "Coordinated the Brexit stock-build plan for imported ingredients."),
    ("d", "2015 – 2018", "Supply Planner"),
    ("m", "Arden Household Brands · Warrington"),
    ("b", "Master production scheduling for two aerosol and liquid filling sites."),
    ("b", "Introduced a rough-cut capacity check into the monthly cycle."),
    ("b", "Managed co-packer capacity for the private-label business."),
    ("d", "2013 – 2015", "Graduate Supply Chain Analyst"),
    ("m", "Arden Household Brands · Warrington"),
    ("b", "Two-year rotation through procurement, logistics and planning."),
    ("b", "Warehouse slotting study that freed 1,100 pallet spaces."),
    ("h", "Study & Credentials"),
    ("d", "2012 – 2013", "MSc Logistics and Supply Chain Management"),
    ("m", "Cranfield School of Management · Merit"),
    ("d", "2009 – 2012", "BSc (Hons) Mathematics with Statistics"),
    ("m", "University of Leeds · Upper second"),
    ("pb",),
    ("h", "Professional Certifications"),
    ("d", "2021", "APICS Certified Supply Chain Professional (CSCP)"),
    ("d", "2019", "Oliver Wight Integrated Business Planning Practitioner"),
    ("d", "2016", "Lean Six Sigma Green Belt"),
    ("h", "Systems I Use Daily"),
    ("b", "SAP IBP (demand and supply), SAP APO DP, Kinaxis RapidResponse"),
    ("b", "Python (pandas, statsmodels), SQL, Power BI, Excel with Power Query"),
    ("b", "Forecast Pro and Demand Solutions in earlier roles"),
    ("h", "Selected Projects"),
    ("t", "S&OP redesign at Pennant Pharma"),
    ("p", "Moved the business from a finance-led budget cycle to a monthly integrated planning process "
          "with a single volume plan; executive sign-off now takes one meeting instead of three."),
    ("t", "Promotional forecasting model"),
    ("p", "Gradient-boosted uplift model trained on four years of EPOS and promotion data; bias on "
          "promoted weeks fell from +18% to +4%."),
    ("t", "Inventory segmentation"),
    ("p", "ABC/XYZ segmentation with differentiated service levels; rolled out to three sites."),
    ("h", "Languages Spoken"),
    ("p", "Swedish (native), English (fluent, working language for fifteen years), German (B1)."),
]

G04 = [
    ("name", "Sophie Brennan"),
    ("line", "Paralegal · Employment Law"),
    ("line", "Manchester M20 · 07700 900851 · sophie.brennan@example.co.uk"),
    ("h", "Personal statement"),
    ("p", "LPC graduate with three years of paralegal and advice work in employment law, from tribunal "
          "bundles to first client meetings. Looking for a training contract in a firm with a strong "
          "employment and HR practice."),
    ("h", "Legal experience"),
    ("c", "HARGREAVES WHITLOCK LLP"),
    ("t", "Paralegal – Employment Team"),
    ("m", "Manchester · September 2022 – present"),
    ("b", "Prepare bundles, witness statement drafts and schedules of loss for Employment Tribunal claims."),
    ("b", "Attend client meetings and preliminary hearings with the associate team."),
    ("b", "Run the team's subject access request tracker (about 40 live requests)."),
    ("c", "CITIZENS ADVICE MANCHESTER"),
    ("t", "Volunteer Adviser (Employment and Debt)"),
    ("m", "Part-time · January 2021 – August 2022"),
    ("b", "Gave first-tier advice on dismissal, redundancy pay and unpaid wages."),
    ("b", "Helped clients complete ACAS early conciliation forms."),
    ("h", "Other employment"),
    ("c", "PEAKLINE TRAINS"),
    ("t", "Customer Service Adviser"),
    ("m", "Preston · 2019 – 2021 (part-time during university)"),
    ("b", "Handled complaints and delay-repay claims by phone and web chat."),
    ("h", "Academic history"),
    ("t", "LPC with LLM in Professional Legal Practice – Distinction"),
    ("m", "The University of Law, Manchester · 2021 – 2022"),
    ("t", "LLB (Hons) Law – 2:1"),
    ("m", "University of Central Lancashire · 2018 – 2021"),
    ("p", "A levels: Law (A*), English Literature (A), History (B)"),
    ("h", "Key skills"),
    ("b", "Legal research with Westlaw, LexisNexis and Practical Law"),
    ("b", "Case management: Proclaim and iManage; accurate bundling to tribunal deadlines"),
    ("b", "Clear written English; comfortable explaining procedure to anxious clients"),
    ("h", "Achievements"),
    ("b", "Winner, UCLan internal mooting competition 2020"),
    ("b", "Law Society Diversity Access Scheme award holder, 2021"),
    ("h", "Interests"),
    ("p", "Fell running, volunteering at parkrun, and a long-running book club with old school friends."),
]

G05 = [
    ("name", "Jess Albright"),
    ("tag", "Live events & conference producer"),
    ("line", "London · open to UK and European travel"),
    ("h", "About Me"),
    ("p", "I produce conferences, festivals and brand events from first budget to final de-rig. Ten "
          "years in agency and in-house roles, comfortable with 3,000-person summits and 40-person "
          "board retreats alike, and known for calm show-calling when things go sideways."),
    ("h", "Work Experience"),
    ("t", "Senior Event Producer"),
    ("m", "Brightwave Live, London · 2020 – present"),
    ("b", "Produce six to eight flagship events a year with budgets up to £1.8m."),
    ("b", "Lead supplier tenders for AV, staging, venues and registration platforms."),
    ("t", "Event Manager"),
    ("m", "The Conference Collective, Birmingham · 2017 – 2020"),
    ("b", "Managed association congresses at the ICC and NEC, 800–2,500 delegates."),
    ("b", "Built run-of-show templates now used across the agency."),
    ("t", "Events Coordinator"),
    ("m", "University of Warwick Conferences · 2015 – 2017"),
    ("b", "Residential conferences, summer schools and weddings on campus."),
    ("h", "Event Portfolio"),
    ("t", "FinTech Forward Summit 2024"),
    ("p", "Three days, 2,800 delegates, ExCeL London; delegate journey, 140 speakers and a live stream."),
    ("t", "Northern Nights Festival"),
    ("p", "Two-day city-centre light and music festival in Leeds; 35,000 visitors, 60 suppliers."),
    ("t", "European Dental Congress 2019"),
    ("p", "Association congress at the ICC Birmingham; 2,100 delegates and a 90-stand exhibition."),
    ("h", "Education Background"),
    ("t", "BA (Hons) Events Management – First"),
    ("m", "Leeds Beckett University · 2012 – 2015"),
    ("h", "Core Skills"),
    ("p", "Budgeting and P&L · supplier negotiation · run-of-show and show-calling · Cvent and Bizzabo · "
          "risk assessments and event safety plans · sponsor management · crew scheduling"),
    ("h", "Industry Awards"),
    ("b", "Conference & Incentive Travel Awards – Best Hybrid Event (shortlisted), 2022"),
    ("b", "Eventice Awards – Best Live Experience under 5,000 guests, Gold, 2023"),
    ("h", "Let's Talk"),
    ("line", "jess.albright.events@example.com"),
    ("line", "07700 900127"),
    ("line", "jessalbright.live/portfolio"),
]

G06 = [
    ("name", "Daniel Kowalczyk"),
    ("line", "Senior Embedded Firmware Engineer"),
    ("line", "Cambridge, UK · 07700 900390 · dan.kowalczyk@example.dev · github.com/dkowalczyk"),
    ("h", "Summary of Qualifications"),
    ("p", "Firmware engineer with ten years of bare-metal and RTOS work on Arm Cortex-M devices, from "
          "board bring-up to field updates. Medical-device and metering background: IEC 62304, "
          "secure boot, low-power design and Bluetooth LE."),
    ("h", "Employment"),
    ("t", "SENIOR FIRMWARE ENGINEER"),
    ("m", "Corvid Medical Devices, Cambridge · 2020 – present"),
    ("b", "Technical lead for firmware on a wearable infusion pump (nRF5340, Zephyr RTOS)."),
    ("b", "Designed the dual-bank update scheme with signed images and rollback protection."),
    ("b", "Wrote the IEC 62304 software architecture and unit-test strategy (Ceedling, 87% coverage)."),
    ("b", "Mentor two graduate engineers; run the weekly firmware code review."),
    ("t", "FIRMWARE ENGINEER"),
    ("m", "Lumen Smart Metering, Reading · 2016 – 2020"),
    ("b", "Metrology and comms firmware for SMETS2 gas meters on STM32L4 under FreeRTOS."),
    ("b", "Cut average current draw by 31%, extending battery life beyond fifteen years."),
    ("b", "Built a hardware-in-the-loop test rig in Python used by the whole team."),
    ("t", "GRADUATE ELECTRONICS ENGINEER"),
    ("m", "Avonbridge Controls, Bristol · 2014 – 2016"),
    ("b", "Board bring-up and drivers for HVAC controllers; schematic reviews."),
    ("h", "Open-Source Work"),
    ("t", "zephyr-pump-sim"),
    ("p", "Simulated infusion-pump peripherals for Zephyr's native_sim target; used in two university "
          "embedded systems courses."),
    ("t", "cbor-lite"),
    ("p", "Small allocation-free CBOR encoder in C99 with fuzzing harness; about 400 stars."),
    ("h", "Technical Proficiencies"),
    ("k", "Languages: ", "C (C99/C11), C++17, Rust (embedded-hal, Embassy), Python, ARM assembly"),
    ("k", "Platforms: ", "nRF52/53, STM32 L4/U5, NXP i.MX RT; Zephyr, FreeRTOS, bare metal"),
    ("k", "Tools: ", "Segger J-Link and Ozone, logic analysers, Git, CMake, GitLab CI, Ceedling"),
    ("h", "Patents & Papers"),
    ("p", "GB2589123B – Method for fail-safe firmware update in an ambulatory infusion device (co-inventor)."),
    ("p", "Kowalczyk D. Energy profiling of BLE connection intervals on nRF5340. Embedded World "
          "Conference proceedings, 2023."),
    ("h", "University"),
    ("t", "MEng Electronic Engineering (First Class)"),
    ("m", "University of Southampton · 2010 – 2014 · final-year project on LoRa mesh routing"),
]

G07 = [
    ("name", "Margaret A. Thornbury FCA"),
    ("line", "Chief Financial Officer · Listed-company and private-equity experience · Non-Executive Director"),
    ("line", "London SW19 · +44 7700 900601 · margaret.thornbury@example.com"),
    ("h", "Executive Profile"),
    ("p", "Chief financial officer with twenty years in transport, ports and logistics, eleven of them at "
          "board level. Has led two IPO-readiness programmes, a £640m refinancing and six acquisitions, "
          "and built finance functions that close in five working days. Trusted by chairs, audit "
          "committees and investors for clear numbers and plain speaking."),
    ("h", "Board & Leadership Roles"),
    ("c", "HALDEN MARITIME GROUP PLC (FTSE 250)"),
    ("m", "Chief Financial Officer and Executive Director · London · 2019 – present"),
    ("b", "Board member of a £1.4bn-revenue ferry and freight group; leads finance, IT, procurement and "
          "investor relations (210 staff)."),
    ("b", "Delivered a £640m refinancing in 2023, extending maturities to 2030 and cutting the average "
          "coupon by 85 basis points."),
    ("b", "Led the integration of two acquired freight forwarders; synergies of £18m a year delivered "
          "ahead of plan."),
    ("b", "Sponsor of the group's ERP consolidation and of the TCFD and transition-plan reporting; "
          "chairs the pensions sub-committee with the trustee board."),
    ("b", "Rebuilt investor relations: coverage widened from four to eleven analysts; shareholder "
          "register rebalanced towards long-only funds."),
    ("c", "ORWELL LOGISTICS HOLDINGS LIMITED"),
    ("m", "Chief Financial Officer · Ipswich · 2015 – 2019 (private-equity backed)"),
    ("b", "Took EBITDA from £38m to £61m; prepared the group for a secondary buy-out that returned 3.1x "
          "to the sponsor."),
    ("b", "Replaced four legacy ledgers with a single Oracle Fusion instance in fourteen months."),
    ("b", "Negotiated a £210m unitranche facility and hedging programme for fuel and currency exposure."),
    ("b", "Built a 48-person shared service centre in Ipswich; month-end close cut from twelve to five days."),
    ("c", "BRAYFORD PORTS LIMITED"),
    ("m", "Group Finance Director · Hull · 2011 – 2015"),
    ("b", "Finance lead for a £220m quay extension; secured port infrastructure grant funding of £24m."),
    ("b", "Introduced monthly rolling forecasts and a capital-allocation committee."),
    ("b", "Led the finance work-stream of a harbour-authority transfer order and two pension buy-ins."),
    ("h", "Earlier Career"),
    ("k", "ASHDOWN CHEMICALS PLC — ", "Head of Group Reporting, Runcorn, 2008 – 2011"),
    ("k", "CASTELLAN & REEVE LLP — ", "Audit Senior Manager, Transport and Infrastructure, Leeds, 2002 – 2008"),
    ("k", "CASTELLAN & REEVE LLP — ", "Graduate trainee to audit senior, Leeds, 1998 – 2002"),
    ("p", "Earlier roles covered listed-group reporting under IFRS, audits of bus, rail and airport "
          "clients, and a six-month secondment to a regional airport's finance team."),
    ("h", "Selected Transactions"),
    ("b", "2024 – Acquisition of a Rotterdam short-sea operator, €145m enterprise value (lead executive)."),
    ("b", "2023 – £640m syndicated refinancing and US private placement (lead executive)."),
    ("b", "2018 – Secondary buy-out of Orwell Logistics (vendor-side CFO)."),
    ("b", "2016 – Bolt-on acquisitions of two temperature-controlled warehousing businesses, £74m in total."),
    ("b", "2013 – Sale and leaseback of port equipment, £52m (finance lead)."),
    ("h", "Education & Professional Qualifications"),
    ("b", "MA (Oxon) Philosophy, Politics and Economics – Balliol College, Oxford, 1998"),
    ("b", "FCA – Institute of Chartered Accountants in England and Wales (qualified 2001, Fellow 2012)"),
    ("b", "Advanced Management Programme – INSEAD, Fontainebleau, 2016"),
    ("h", "Professional Affiliations"),
    ("p", "Non-executive director and audit committee chair, Kestrel Housing Association (since 2020). "
          "Member of the 100 Group of finance directors. Trustee of a maritime heritage charity."),
]

G08 = [
    ("name", "Priya Raman"),
    ("tag", "I build fast, accessible web apps people enjoy using."),
    ("line", "Glasgow, UK · she/her · eligible to work in the UK"),
    ("h", "// whoami"),
    ("p", "Front-end engineer with seven years of React and TypeScript, mostly in financial services and "
          "small product studios. I care about accessibility, performance budgets and design systems "
          "that designers and developers both trust."),
    ("h", "// stack"),
    ("k", "Daily: ", "TypeScript, React, Next.js, CSS (and Tailwind when asked nicely), Vitest, Playwright"),
    ("k", "Also: ", "Node.js, GraphQL, Storybook, Figma, GitHub Actions, AWS (Amplify, CloudFront)"),
    ("k", "Accessibility: ", "WCAG 2.2 AA audits, NVDA / VoiceOver testing, axe-core in CI"),
    ("h", "// work"),
    ("t", "Senior Front-End Engineer"),
    ("m", "Thistle Bank, digital team · Edinburgh / remote · 2021 – now"),
    ("b", "Lead developer on the mobile-web onboarding flow used by 40,000 new customers a month."),
    ("b", "Started the bank's design-system package; now used by nine product teams."),
    ("b", "Brought Largest Contentful Paint on the log-in page from 4.1 s to 1.6 s."),
    ("t", "Front-End Developer"),
    ("m", "Kiltr Studios · Glasgow · 2018 – 2021"),
    ("b", "Built client web apps for charities, a ferry operator and two universities."),
    ("b", "Introduced component testing and visual regression checks to the studio."),
    ("t", "Junior Web Developer"),
    ("m", "Clydeside Digital · Glasgow · 2017 – 2018"),
    ("b", "WordPress themes, email templates and my first React app."),
    ("h", "// side_projects"),
    ("t", "tram-times.scot"),
    ("p", "Offline-first progressive web app for Edinburgh tram arrivals; about 3,000 weekly users."),
    ("t", "a11y-lint-action"),
    ("p", "GitHub Action that comments axe-core findings on pull requests; used by 200+ repositories."),
    ("h", "// education"),
    ("t", "BSc (Hons) Computing Science"),
    ("m", "University of Glasgow · 2013 – 2017 · Upper second"),
    ("h", "// talks"),
    ("b", "“Your modal is lying to screen readers” – ScotlandJS, 2023"),
    ("b", "“Shipping less JavaScript” – Glasgow Frontend Meetup, 2022"),
    ("h", "// ping me"),
    ("line", "priya.raman.dev@example.com · 07700 900244"),
    ("line", "github.com/priyaraman · priyaraman.dev"),
]

G09 = [
    ("name", "Lebenslauf"),
    ("h", "Persönliche Daten"),
    ("kv", "Name", "Jonas Brenner"),
    ("kv", "Anschrift", "Kiefernweg 12, 44139 Dortmund"),
    ("kv", "Telefon", "0151 2345 6789"),
    ("kv", "E-Mail", "jonas.brenner@example.de"),
    ("kv", "Geburtsdatum", "17.06.1991 in Hamm"),
    ("kv", "Staatsangehörigkeit", "deutsch"),
    ("kv", "Familienstand", "verheiratet, ein Kind"),
    ("h", "Beruflicher Werdegang"),
    ("d", "seit 04/2020", "Schichtleiter Instandhaltung Elektrotechnik"),
    ("m", "Westfalen Papier GmbH, Dortmund"),
    ("t", "Schwerpunkte"),
    ("b", "Führung einer Schichtgruppe mit sechs Elektronikern und zwei Auszubildenden im "
          "Vier-Schicht-Betrieb"),
    ("b", "Störungsbeseitigung an zwei Papiermaschinen (Antriebe, Siemens S7-1500, Profinet)"),
    ("b", "Planung und Durchführung der Stillstandsrevisionen zusammen mit Fremdfirmen"),
    ("b", "Prüfungen nach DGUV Vorschrift 3 und Pflege der Anlagendokumentation in SAP PM"),
    ("b", "Einführung eines Schichtbuchs in SAP mit auswertbaren Störungscodes"),
    ("b", "Ansprechpartner für Energiemanagement nach ISO 50001 im Bereich Elektrotechnik"),
    ("b", "Betreuung der Auszubildenden im dritten und vierten Lehrjahr"),
    ("b", "Mitglied im Arbeitsschutzausschuss des Standorts"),
    ("d", "01/2016 – 03/2020", "Servicetechniker Fördertechnik"),
    ("m", "Hellweg Fördertechnik GmbH, Unna"),
    ("t", "Schwerpunkte"),
    ("b", "Inbetriebnahme und Wartung von Förderanlagen bei Kunden in ganz Deutschland"),
    ("b", "Fehlersuche an Frequenzumrichtern (SEW, Danfoss) und Sicherheitssteuerungen"),
    ("b", "Schulung von Kundenpersonal, Erstellung von Service- und Prüfberichten"),
    ("b", "Rufbereitschaft im Wechsel mit drei Kollegen"),
    ("b", "Auslandseinsätze in Österreich, Polen und den Niederlanden"),
    ("b", "Ersatzteilplanung und Angebotserstellung für Serviceverträge"),
    ("d", "08/2013 – 12/2015", "Elektroniker für Betriebstechnik"),
    ("m", "Stadtwerke Hamm GmbH"),
    ("b", "Instandhaltung der Wasserwerke und Pumpstationen"),
    ("b", "Schaltanlagen bis 20 kV (Schaltberechtigung), Netzersatzanlagen"),
    ("b", "Mitarbeit bei der Umstellung der Fernwirktechnik"),
    ("b", "Wartung der Beleuchtung und Steuerung im städtischen Hallenbad"),
    ("b", "Prüfung ortsveränderlicher Geräte und Dokumentation"),
    ("b", "Rufbereitschaft für das Trinkwassernetz"),
    ("d", "07/2012 – 06/2013", "Grundwehrdienst / freiwilliger Wehrdienst"),
    ("m", "Logistikbataillon 7, Unna"),
    ("b", "Elektriker in der Instandsetzungsstaffel"),
    ("b", "Wartung von Stromerzeugern und Feldkabelnetzen"),
    ("b", "Mitwirkung bei der Hochwasserhilfe 2013"),
    ("h", "Berufsausbildung"),
    ("d", "08/2009 – 07/2012", "Ausbildung zum Elektroniker für Betriebstechnik"),
    ("m", "Stadtwerke Hamm GmbH · Abschluss vor der IHK Dortmund, Note: gut"),
    ("h", "Schulbildung"),
    ("d", "2001 – 2009", "Fachoberschulreife"),
    ("m", "Friedrich-Ebert-Realschule, Hamm"),
    ("h", "Fort- und Weiterbildung"),
    ("d", "2018 – 2020", "Industriemeister Elektrotechnik (IHK), berufsbegleitend"),
    ("d", "2019", "Ausbildereignung nach AEVO"),
    ("d", "2017", "SPS-Fachkraft Siemens TIA Portal"),
    ("h", "Kenntnisse"),
    ("b", "Siemens S7 / TIA Portal, Profinet, Profibus, AS-i"),
    ("b", "SAP PM, MS Office, EPLAN Electric P8"),
    ("b", "Führerschein Klasse B und CE, Staplerschein"),
    ("h", "Sprachkenntnisse"),
    ("kv", "Deutsch", "Muttersprache"),
    ("kv", "Englisch", "gute Kenntnisse (B2)"),
    ("kv", "Polnisch", "Grundkenntnisse"),
    ("h", "Interessen"),
    ("p", "Freiwillige Feuerwehr Dortmund (Löschzug Hacheney), Rennrad, Heimwerken"),
    ("sp", 10),
    ("line", "Dortmund, 15.01.2026"),
    ("line", "Jonas Brenner"),
]

G10 = [
    ("name", "Lea Schubert"),
    ("tag", "Mediengestalterin Digital und Print · Schwerpunkt Editorial Design"),
    ("line", "Leipzig · Portfolio und Kontakt am Ende"),
    ("h", "Was mich ausmacht"),
    ("p", "Ich gestalte Magazine, Bücher und Erscheinungsbilder, die man gern in die Hand nimmt. Nach "
          "Ausbildung und drei Jahren in einer Druckerei kenne ich nicht nur InDesign, sondern auch "
          "Papier, Farbe und Druckmaschine. Heute arbeite ich als Junior Art Director in einer "
          "Leipziger Agentur."),
    ("h", "Wo ich gearbeitet habe"),
    ("t", "Junior Art Director"),
    ("m", "Agentur Kupferblau, Leipzig · seit 08/2022"),
    ("b", "Gestaltung und Reinzeichnung für Kultur- und Tourismuskunden"),
    ("b", "Betreuung von zwei Kundenmagazinen mit je vier Ausgaben im Jahr"),
    ("b", "Abstimmung mit Druckereien, Fotografen und Illustratorinnen"),
    ("t", "Mediengestalterin"),
    ("m", "Druckhaus Sachsenland, Chemnitz · 07/2019 – 07/2022"),
    ("b", "Satz und Druckvorstufe für Bücher, Kataloge und Zeitschriften"),
    ("b", "Farbmanagement und Proofs, Kundenberatung zu Papier und Veredelung"),
    ("t", "Auszubildende Mediengestalterin"),
    ("m", "Druckhaus Sachsenland, Chemnitz · 09/2016 – 06/2019"),
    ("h", "Was ich gelernt habe"),
    ("t", "Mediengestalterin Digital und Print (IHK), Fachrichtung Gestaltung und Technik"),
    ("m", "Berufliches Schulzentrum Chemnitz · Abschluss 2019, Note 1,7"),
    ("t", "Abitur"),
    ("m", "Gymnasium Flöha · 2016"),
    ("h", "Womit ich arbeite"),
    ("p", "Adobe InDesign, Illustrator, Photoshop, Acrobat Pro · Figma · Farbmanagement (ISO Coated v2, "
          "PSO) · Typografie und Satzregeln · Grundkenntnisse HTML und CSS"),
    ("h", "Ausgewählte Arbeiten"),
    ("t", "Stadtmagazin „Kreuz & Quer“"),
    ("p", "Neugestaltung des vierteljährlichen Stadtteilmagazins (72 Seiten), Raster, Schriftwahl und "
          "Bildsprache."),
    ("t", "Erscheinungsbild Lesefest Leipzig-Ost"),
    ("p", "Logo, Plakate, Programmheft und Social-Media-Vorlagen für ein Literaturfestival."),
    ("h", "Ich spreche"),
    ("p", "Deutsch (Muttersprache), Englisch (C1), Tschechisch (A2)"),
    ("h", "Schreib mir"),
    ("line", "lea.schubert@example.de · 0176 9876 5432"),
    ("line", "Portfolio: leaschubert.de · behance.net/leaschubert"),
]

G11 = [
    ("name", "Camille Rousseau"),
    ("line", "Sage-femme diplômée d'État"),
    ("line", "Lyon 7e · 06 12 34 56 78 · camille.rousseau@example.fr · RPPS 10101234567"),
    ("h", "Profil professionnel"),
    ("p", "Sage-femme depuis huit ans, en maternité de niveau 3 puis en clinique et en libéral. "
          "J'accompagne les grossesses physiologiques comme pathologiques et je souhaite aujourd'hui "
          "développer la consultation d'échographie et la préparation à la naissance."),
    ("h", "Expériences professionnelles"),
    ("t", "Sage-femme en salle de naissance et grossesses pathologiques"),
    ("m", "Hôpital Femme Mère Enfant, Bron (Hospices Civils de Lyon) · depuis 2020"),
    ("b", "Suivi du travail et accouchements, environ 180 naissances par an"),
    ("b", "Surveillance des grossesses à haut risque (pré-éclampsie, diabète gestationnel)"),
    ("b", "Tutrice des étudiantes sages-femmes de 4e et 5e année"),
    ("t", "Sage-femme remplaçante"),
    ("m", "Clinique du Val d'Ouest, Écully · 2018 – 2020"),
    ("b", "Salle de naissance, suites de couches, consultations d'urgence"),
    ("b", "Participation à la démarche de labellisation IHAB"),
    ("t", "Sage-femme libérale (collaboration)"),
    ("m", "Cabinet de sages-femmes, Villeurbanne · 2017 – 2018"),
    ("b", "Préparation à la naissance, rééducation périnéale, suivi postnatal à domicile"),
    ("h", "Diplômes"),
    ("t", "DIU Échographie gynécologique et obstétricale"),
    ("m", "Université Claude Bernard Lyon 1 · 2021"),
    ("t", "Diplôme d'État de sage-femme"),
    ("m", "École de sages-femmes de Lyon · 2017"),
    ("t", "Baccalauréat scientifique, mention très bien"),
    ("m", "Lycée du Parc, Lyon · 2012"),
    ("h", "Compétences cliniques"),
    ("b", "Échographie obstétricale de dépistage, monitoring et analyse du RCF"),
    ("b", "Réanimation néonatale (formation NRP), gestion de l'hémorragie du post-partum"),
    ("b", "Entretien prénatal précoce, accompagnement à l'allaitement"),
    ("h", "Langues étrangères"),
    ("p", "Anglais : courant (stage de trois mois à Dublin) · Espagnol : intermédiaire"),
    ("h", "Atouts"),
    ("p", "Calme dans l'urgence, écoute, goût du travail en équipe pluridisciplinaire, rigueur dans la "
          "traçabilité."),
    ("h", "Centres d'intérêt"),
    ("p", "Chorale, randonnée dans le Vercors, bénévolat auprès d'une association de soutien au deuil "
          "périnatal."),
]

G12 = [
    ("name", "Julien Marchetti"),
    ("line", "Technicien de maintenance aéronautique B1.1 – Licence Part-66"),
    ("line", "Toulouse (Blagnac) · 07 81 22 45 90 · j.marchetti@example.fr · Permis B"),
    ("h", "En quelques mots"),
    ("p", "Douze ans de maintenance en ligne et en base, d'abord dans l'armée de l'air puis chez des "
          "organismes Part-145. Licencié B1.1, qualifié A320 et A350, habitué au travail de nuit et "
          "aux escales courtes."),
    ("h", "Parcours professionnel"),
    ("c", "AÉROTECH SERVICES"),
    ("t", "Technicien B1 – maintenance en ligne A320 / A350"),
    ("m", "Toulouse-Blagnac · depuis 2021"),
    ("t", "Missions principales"),
    ("b", "Visites journalières et hebdomadaires, remise en service (CRS) des avions"),
    ("b", "Dépannages moteurs CFM56 et LEAP-1A, recherche de pannes avec le CMS"),
    ("c", "ATLANTIQUE AVIATION MAINTENANCE"),
    ("t", "Mécanicien cellule et moteur"),
    ("m", "Nantes · 2017 – 2021"),
    ("t", "Missions principales"),
    ("b", "Visites A et C-check sur ATR 72 et A320"),
    ("b", "Dépose et repose de trains d'atterrissage, réparations structurales simples"),
    ("c", "ARMÉE DE L'AIR ET DE L'ESPACE"),
    ("t", "Mécanicien avionique"),
    ("m", "Base aérienne 701, Salon-de-Provence · 2013 – 2017"),
    ("b", "Maintenance des systèmes avioniques sur Alpha Jet et TB 30 Epsilon"),
    ("h", "Formation initiale"),
    ("t", "Bac pro Aéronautique, option systèmes"),
    ("m", "Lycée professionnel de l'aéronautique, Toulouse · 2013"),
    ("t", "BTS Aéronautique (formation continue)"),
    ("m", "CNAM Occitanie · 2019"),
    ("h", "Habilitations & licences"),
    ("b", "Licence Part-66 B1.1 (DGAC) ; qualifications de type A320 (CFM56, LEAP-1A) et A350"),
    ("b", "EWIS, CDCCL et facteurs humains (recyclage 2024)"),
    ("b", "Habilitation point fixe moteur A320"),
    ("h", "Savoir-faire"),
    ("p", "Lecture AMM, IPC, TSM et WDM · câblage et sertissage · boroscopie · AMOS"),
    ("h", "Langues pratiquées"),
    ("p", "Anglais technique (TOEIC 865), espagnol courant"),
    ("h", "Loisirs"),
    ("p", "Pilote ULM, rugby au club de Colomiers, maquettisme."),
]

G13 = [
    ("name", "Lucía Ferrer Soler"),
    ("tag", "Fisioterapeuta deportiva · Colegiada n.º 4512"),
    ("line", "Valencia"),
    ("h", "¿Quién soy?"),
    ("p", "Fisioterapeuta con siete años de experiencia en clínica y en el deporte de competición. Me "
          "especializo en la readaptación de lesiones de rodilla y tobillo y en la prevención de "
          "lesiones en equipos de fútbol."),
    ("h", "¿Dónde he trabajado?"),
    ("t", "Fisioterapeuta del primer equipo"),
    ("m", "Club Deportivo Turia (Segunda Federación) · 2021 – actualidad"),
    ("b", "Tratamiento diario de la plantilla y control de cargas con el preparador físico"),
    ("b", "Protocolos de readaptación tras lesión de LCA y de isquiotibiales"),
    ("b", "Coordinación con los servicios médicos y el seguro deportivo"),
    ("t", "Fisioterapeuta"),
    ("m", "Clínica FisioMar, Valencia · 2018 – 2021"),
    ("b", "Consulta de traumatología y deportiva, unos 25 pacientes por semana"),
    ("b", "Puesta en marcha del servicio de ecografía musculoesquelética"),
    ("t", "Fisioterapeuta en prácticas"),
    ("m", "Hospital Universitario y Politécnico La Fe · 2017 – 2018"),
    ("b", "Rotaciones en traumatología, neurología y fisioterapia respiratoria"),
    ("h", "¿Qué he estudiado?"),
    ("t", "Máster en Fisioterapia Deportiva"),
    ("m", "Universidad CEU Cardenal Herrera · 2019"),
    ("t", "Grado en Fisioterapia"),
    ("m", "Universitat de València · 2014 – 2018"),
    ("h", "¿Qué más he aprendido?"),
    ("b", "Punción seca, nivel avanzado (2020)"),
    ("b", "Ecografía musculoesquelética para fisioterapeutas (2021)"),
    ("b", "Readaptación de lesiones del ligamento cruzado anterior (2022)"),
    ("h", "¿Qué sé hacer?"),
    ("b", "Terapia manual, ejercicio terapéutico y vendaje funcional"),
    ("b", "Valoración isocinética y pruebas de retorno al deporte"),
    ("b", "Electrólisis percutánea y diatermia"),
    ("h", "¿Qué idiomas hablo?"),
    ("p", "Castellano y valenciano (nativa), inglés (B2, First Certificate), italiano (A2)."),
    ("h", "¿Hablamos?"),
    ("line", "lucia.ferrer.fisio@example.es · +34 654 321 987"),
    ("line", "Disponible para viajar con el equipo los fines de semana"),
]

G14 = [
    ("name", "Alejandro Ruiz Medina"),
    ("line", "Técnico de nóminas y Seguridad Social"),
    ("h", "DATOS PERSONALES"),
    ("kv", "Fecha de nacimiento:", "22/09/1994"),
    ("kv", "Dirección:", "C/ Pintor Sorolla 14, 3.º B, 29007 Málaga"),
    ("kv", "Teléfono:", "+34 612 345 678"),
    ("kv", "Correo electrónico:", "alejandro.ruiz.medina@example.es"),
    ("h", "FORMACIÓN ACADÉMICA"),
    ("t", "Grado en Relaciones Laborales y Recursos Humanos"),
    ("m", "Universidad de Málaga · 2012 – 2016"),
    ("t", "Bachillerato de Ciencias Sociales"),
    ("m", "IES Ben Gabirol, Málaga · 2012"),
    ("h", "FORMACIÓN COMPLEMENTARIA"),
    ("b", "Experto en nóminas y Seguridad Social (300 h), Colegio de Graduados Sociales de Málaga, 2017"),
    ("b", "Sistema RED y SILTRA (40 h), 2018"),
    ("b", "Prevención de riesgos laborales, nivel básico (60 h), 2016"),
    ("h", "EXPERIENCIA LABORAL"),
    ("t", "Técnico de nóminas"),
    ("m", "Asesoría Costa del Sol, S.L. · Málaga · 2019 – actualidad"),
    ("t", "Tareas principales"),
    ("b", "Confección de unas 450 nóminas mensuales de 35 empresas clientes"),
    ("b", "Altas, bajas y variaciones en el Sistema RED; liquidación de seguros sociales"),
    ("b", "Contratos, finiquitos, certificados de empresa y modelos 111 y 190"),
    ("t", "Auxiliar administrativo de Recursos Humanos"),
    ("m", "Grupo Hotelero Alborán · Torremolinos · 2016 – 2019"),
    ("b", "Control horario y vacaciones de la plantilla de tres hoteles"),
    ("b", "Apoyo en la selección de personal para la temporada de verano"),
    ("h", "CONOCIMIENTOS INFORMÁTICOS"),
    ("b", "A3Nom, Sage Despachos, Sistema RED, SILTRA, Contrat@"),
    ("b", "Excel avanzado (tablas dinámicas, BUSCARV, macros sencillas)"),
    ("h", "COMPETENCIAS LINGÜÍSTICAS"),
    ("kv", "Inglés:", "B2 (Cambridge First Certificate, 2015)"),
    ("kv", "Francés:", "A2"),
    ("h", "OTROS DATOS DE INTERÉS"),
    ("b", "Carné de conducir B y vehículo propio"),
    ("b", "Disponibilidad inmediata"),
]

G15 = [
    ("col", "side"),
    ("name", "Marguerite Olsen"),
    ("tag", "Paintings Conservator"),
    ("sp", 6),
    ("h", "Get in Touch"),
    ("line", "Edinburgh EH3"),
    ("line", "07700 900935"),
    ("line", "m.olsen@example.com"),
    ("line", "olsenconservation.co.uk"),
    ("sp", 3),
    ("h", "Expertise"),
    ("line", "Structural treatment of canvas paintings"),
    ("line", "Cleaning and varnish removal"),
    ("line", "Retouching and inpainting"),
    ("line", "Technical examination: IR reflectography, UV, X-radiography"),
    ("line", "Preventive conservation and loans"),
    ("line", "Condition reporting and couriering"),
    ("sp", 3),
    ("h", "Language Skills"),
    ("line", "English – native"),
    ("line", "Norwegian – native"),
    ("line", "Italian – professional"),
    ("line", "French – reading"),
    ("sp", 3),
    ("h", "Professional Bodies"),
    ("line", "Accredited member, Icon (ACR)"),
    ("line", "Member, IIC"),
    ("line", "Member, ICOM-CC Paintings Working Group"),
    ("col", "main"),
    ("h", "Professional Profile"),
    ("p", "Accredited paintings conservator with fifteen years in national collections and private "
          "practice. I treat easel paintings from the fourteenth century to contemporary acrylics, "
          "with particular experience of lining removal, tear repair and large-format canvases. I "
          "enjoy technical research and explaining conservation to the public."),
    ("h", "Selected Treatments"),
    ("t", "Victorian history painting, 4.2 × 3.1 m"),
    ("p", "Removal of a failing glue-paste lining, tear repair and loose lining on a new strainer; "
          "completed in eighteen months with public viewing days."),
    ("t", "Fourteenth-century Sienese panel"),
    ("p", "Consolidation of flaking gilding and removal of discoloured overpaint before an exhibition."),
    ("t", "Contemporary acrylic diptych"),
    ("p", "Surface cleaning trials with microemulsions; published as a case study."),
    ("h", "Conservation Posts"),
    ("t", "Senior Paintings Conservator"),
    ("m", "National Galleries of Caledonia, Edinburgh · 2018 – present"),
    ("b", "Lead conservator for the Scottish Colourists and nineteenth-century collections (about 1,900 "
          "paintings)."),
    ("b", "Plan and carry out major treatments, including the structural campaign on three large "
          "Victorian history paintings."),
    ("b", "Manage the paintings studio budget and two conservators; supervise Mellon and "
          "Icon interns."),
    ("b", "Courier for international loans to Paris, Oslo, New York and Tokyo."),
    ("b", "Public engagement: live conservation studio, blog and press work."),
    ("t", "Paintings Conservator"),
    ("m", "Hamilton Kerr Institute, University of Cambridge · 2012 – 2018"),
    ("b", "Treatments of panel and canvas paintings for college, church and private collections."),
    ("b", "Technical examination and reports for acquisitions and attribution questions."),
    ("b", "Taught on the postgraduate diploma: retouching, varnishes and structural treatments."),
    ("b", "Co-ordinated the institute's loan of equipment to regional museums."),
    ("t", "Assistant Conservator (fixed term)"),
    ("m", "Nasjonalmuseet, Oslo · 2010 – 2012"),
    ("b", "Preparation of the permanent collection for the move to the new museum building."),
    ("b", "Condition surveys of 600 paintings; treatment of flaking paint on Norwegian Romantic "
          "landscapes."),
    ("b", "Helped set up the new museum's environmental monitoring for the paintings galleries."),
    ("t", "Conservation Intern"),
    ("m", "Opificio delle Pietre Dure, Florence · 2009 – 2010"),
    ("b", "Twelve-month internship in the paintings department; panel consolidation and retouching."),
    ("b", "Studied traditional gesso and gilding techniques with the restorers of the panel-painting "
          "laboratory."),
    ("h", "Academic Training"),
    ("t", "MA Conservation of Easel Paintings"),
    ("m", "Courtauld Institute of Art, London · 2006 – 2009"),
    ("t", "MA (Hons) History of Art"),
    ("m", "University of St Andrews · 2002 – 2006"),
    ("h", "Publications & Lectures"),
    ("p", "Olsen M. Loose lining revisited: three large canvases. Studies in Conservation, 2022."),
    ("p", "Olsen M, Berg K. Microemulsions for unvarnished acrylic paint. ICOM-CC Triennial "
          "Conference preprints, 2020."),
    ("p", "Invited lecture: Behind the Colourists – conservation and discovery. Royal Society of "
          "Edinburgh, 2023."),
]


# ---------------------------------------------------------------------------
# DOCX engine
# ---------------------------------------------------------------------------
PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                 "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                 "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                 "w:pPrChange")
RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                     "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                     "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def p_border(p, side, color, sz=8, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(bdr, *PPR_AFTER_BDR)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def p_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.insert_element_before(shd, *PPR_AFTER_BDR[1:])


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                               "w:vAlign", "w:hideMark")


def r_letterspace(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rPr.insert_element_before(sp, *RPR_AFTER_SPACING)


def save_docx(d, path, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = "Curriculum Vitae"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_printed = FIXED_NAIVE
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def rgb(h):
    return RGBColor.from_string(h)


class DocxCV:
    font = "Calibri"
    size = 10.5
    accent = "1F3A5F"
    grey = "666666"
    margins = (18, 18, 20, 20)  # left, right, top, bottom in mm
    tabpos = None

    def __init__(self, items, author):
        self.items = items
        self.author = author

    def build(self, path):
        d = docx.Document()
        self.d = d
        st = d.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        if self.tabpos:
            st.paragraph_format.tab_stops.add_tab_stop(Cm(self.tabpos))
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin, sec.right_margin = Mm(self.margins[0]), Mm(self.margins[1])
        sec.top_margin, sec.bottom_margin = Mm(self.margins[2]), Mm(self.margins[3])
        self.cont = d
        self.fresh = None
        self.setup()
        for it in self.items:
            getattr(self, "r_" + it[0])(*it[1:])
        save_docx(d, path, self.author)

    def setup(self):
        pass

    def P(self, style=None):
        if self.fresh is not None and self.fresh is self.cont:
            self.fresh = None
            p = self.cont.paragraphs[0]
            if style:
                p.style = self.d.styles[style]
            return p
        return self.cont.add_paragraph(style=style)

    def R(self, p, text, bold=None, italic=None, size=None, color=None, caps=None, font=None):
        r = p.add_run(text)
        if bold is not None:
            r.bold = bold
        if italic is not None:
            r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = rgb(color)
        if caps:
            r.font.all_caps = True
        if font:
            r.font.name = font
        return r

    def sp(self, p, before=0, after=0, align=None):
        pf = p.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if align == "C":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "R":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    # --- items ----------------------------------------------------------
    def r_name(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=20, color="222222")
        self.sp(p, 0, 2)

    def r_tag(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=11, color=self.accent)
        self.sp(p, 0, 2)

    def r_line(self, s):
        p = self.P()
        self.R(p, s, size=self.size - 1, color=self.grey)

    def r_h(self, s):
        self.heading(s)

    def heading(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=13, color=self.accent)
        self.sp(p, 12, 4)
        p.paragraph_format.keep_with_next = True

    def r_t(self, s):
        p = self.P()
        self.R(p, s, bold=True)
        self.sp(p, 6, 0)
        p.paragraph_format.keep_with_next = True

    def r_c(self, s):
        self.r_t(s)

    def r_m(self, s):
        p = self.P()
        self.R(p, s, italic=True, color=self.grey, size=self.size - 0.5)
        self.sp(p, 0, 2)

    def r_p(self, s):
        p = self.P()
        self.R(p, s)
        self.sp(p, 0, 4)

    def r_b(self, s):
        p = self.P("List Bullet")
        self.R(p, s)
        self.sp(p, 0, 1)

    def r_k(self, lead, rest):
        p = self.P()
        self.R(p, lead, bold=True)
        self.R(p, rest)
        self.sp(p, 0, 2)

    def r_sp(self, pt):
        p = self.P()
        self.sp(p, 0, 0)
        p.paragraph_format.space_after = Pt(pt)

    def r_tab(self, left, right, bold=False):
        p = self.P()
        self.R(p, left + "\t")
        self.R(p, right, bold=bold or None)
        self.sp(p, 4 if bold else 0, 1)

    def r_tsub(self, s, bold=False):
        p = self.P()
        self.R(p, "\t" + s, bold=bold or None)
        self.sp(p, 0, 1)

    def r_table(self, header, rows, widths):
        t = self.cont.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for ri, row in enumerate([header] + rows):
            for ci, val in enumerate(row):
                c = t.cell(ri, ci)
                c.width = Cm(widths[ci])
                p = c.paragraphs[0]
                if ri == 0:
                    cell_shade(c, "D9E2F3")
                    self.R(p, val, bold=True, size=self.size - 0.5)
                else:
                    self.R(p, val, size=self.size - 0.5)
                self.sp(p, 2, 2)
        p = self.P()
        self.sp(p, 0, 2)

    def r_cell(self, r, c):
        self.cont = self.table.cell(r, c)
        self.fresh = self.cont

    def r_body(self):
        self.cont = self.d
        self.fresh = None


# --- g16 Heading 1 name, Heading 2 sections ------------------------------
class Heading2(DocxCV):
    font = "Calibri"

    def r_name(self, s):
        self.d.add_heading(s, level=1)

    def heading(self, s):
        self.d.add_heading(s, level=2)

    def r_t(self, s):
        p = self.P()
        self.R(p, s, bold=True)
        self.sp(p, 8, 0)


# --- g17 two-column table -------------------------------------------------
class TwoColTable(DocxCV):
    font = "Arial"
    size = 10
    accent = "0B6E4F"

    def r_name(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=24, color="0B3D2E")
        self.sp(p, 0, 0)

    def r_grid(self):
        t = self.d.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r in range(2):
            t.cell(r, 0).width = Cm(10.2)
            t.cell(r, 1).width = Cm(7.2)
        self.table = t

    def r_colhead(self, c, s):
        cell = self.table.cell(0, c)
        cell_shade(cell, "0B6E4F")
        p = cell.paragraphs[0]
        self.R(p, s, bold=True, size=12, color="FFFFFF")
        self.sp(p, 3, 3)

    def heading(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=12, color=self.accent)
        self.sp(p, 10, 3)
        p.paragraph_format.keep_with_next = True


# --- g18 tabs only --------------------------------------------------------
class TabsOnly(DocxCV):
    font = "Arial"
    size = 10
    tabpos = 4.5
    accent = "1C3F74"

    def heading(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=12, color=self.accent)
        self.sp(p, 12, 4)
        p.paragraph_format.keep_with_next = True

    def r_name(self, s):
        p = self.P()
        self.R(p, s, bold=True, size=17, color="111111")
        self.sp(p, 0, 1)


# --- g19 shaded paragraph headings ---------------------------------------
class Shaded(DocxCV):
    font = "Calibri"
    size = 10.5
    accent = "1F3A5F"

    def heading(self, s):
        p = self.P()
        p_shade(p, "DCE6F0")
        self.R(p, s, bold=True, size=11.5, color=self.accent)
        self.sp(p, 12, 4)
        p.paragraph_format.keep_with_next = True


# --- g20 rule above, letter-spaced ----------------------------------------
class BorderTop(DocxCV):
    font = "Georgia"
    size = 10
    accent = "8A2D3B"

    def heading(self, s):
        p = self.P()
        p_border(p, "top", "8A2D3B", sz=6, space=4)
        r = self.R(p, s, bold=True, size=11, color=self.accent)
        r_letterspace(r, 40)
        self.sp(p, 14, 4)
        p.paragraph_format.keep_with_next = True


# --- g21 tables with header rows -----------------------------------------
class Tableaux(DocxCV):
    font = "Calibri"
    size = 10.5
    accent = "1F3A93"


# --- g22 Title name, centred bordered headings ---------------------------
class Centered(DocxCV):
    font = "Cambria"
    size = 10.5
    accent = "2E5E2E"

    def setup(self):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        self.R(hp, "Rafael Domínguez Prieto – Currículum", italic=True, size=8, color="888888")
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.R(fp, "Página ", size=8, color="888888")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        fp._p.append(fld)

    def r_name(self, s):
        p = self.d.add_paragraph(s, style="Title")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def r_line(self, s):
        p = self.P()
        self.R(p, s, size=self.size - 0.5, color=self.grey)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(self, s):
        p = self.P()
        p_border(p, "bottom", "2E5E2E", sz=6, space=2)
        self.R(p, s, bold=True, size=12, color=self.accent)
        self.sp(p, 14, 6, align="C")
        p.paragraph_format.keep_with_next = True


# --- g23 auto-numbered headings ------------------------------------------
class ListNum(DocxCV):
    font = "Calibri"
    size = 10.5
    accent = "7A3E9D"

    def heading(self, s):
        p = self.P("List Number")
        self.R(p, s, bold=True, size=12, color=self.accent)
        self.sp(p, 12, 4)
        p.paragraph_format.keep_with_next = True


# ---------------------------------------------------------------------------
# DOCX content
# ---------------------------------------------------------------------------
G16 = [
    ("name", "Rhys Pemberton"),
    ("tag", "Food Safety & Quality Leader – chilled and ready-meal manufacturing"),
    ("line", "Wrexham, North Wales · 07700 900773 · rhys.pemberton@example.co.uk"),
    ("h", "Career Summary"),
    ("p", "Technical and quality manager with fourteen years in chilled food factories supplying the major "
          "UK retailers. I have taken two sites from BRCGS grade B to AA, led teams of up to 22 and "
          "handled everything from customer audits to product recalls."),
    ("h", "Professional Experience"),
    ("t", "Technical & Quality Assurance Manager"),
    ("m", "Dee Valley Kitchens Ltd, Wrexham · 2019 – present"),
    ("b", "Lead QA, hygiene and laboratory teams (22 people) at a 400-employee ready-meals site."),
    ("b", "Site achieved BRCGS Food Safety grade AA+ (unannounced) in 2022 and 2024."),
    ("b", "Cut customer complaints per million units from 4.1 to 1.7 in three years."),
    ("t", "Tools used:"),
    ("p", "HACCP software (Safefood 360), Minitab, SAP QM, environmental monitoring with ATP swabs."),
    ("t", "Quality Assurance Manager"),
    ("m", "Marcher Dairy Desserts, Oswestry · 2014 – 2019"),
    ("b", "Managed the QA team and supplier approval programme for 140 raw-material suppliers."),
    ("b", "Led the site's response to a retailer-driven allergen recall; no repeat findings."),
    ("t", "Tools used:"),
    ("p", "Lloyd's Register supplier portal, Excel, internal audit scheduling in Q-Pulse."),
    ("t", "QA Technologist"),
    ("m", "Border Poultry Products, Chester · 2010 – 2014"),
    ("b", "Line auditing, specification writing and first-article sign-off for new products."),
    ("h", "Education and Training"),
    ("t", "BSc (Hons) Food Science and Technology"),
    ("m", "Cardiff Metropolitan University · 2006 – 2010"),
    ("t", "Level 4 Award in Managing Food Safety in Manufacturing"),
    ("m", "Royal Society for Public Health · 2013"),
    ("h", "Technical Competencies"),
    ("b", "HACCP design and verification, TACCP and VACCP threat assessments"),
    ("b", "Root-cause analysis, CAPA management and internal audit"),
    ("b", "Allergen management, environmental monitoring for Listeria"),
    ("h", "Accreditations"),
    ("b", "BRCGS Food Safety Issue 9 – Lead Auditor (2022)"),
    ("b", "Level 4 HACCP in Manufacturing (Highfield, 2018)"),
    ("b", "IOSH Managing Safely (2016)"),
    ("h", "Recognition"),
    ("p", "Food Manufacture Excellence Awards – Food Safety Manager of the Year, finalist, 2023."),
    ("h", "Hobbies and Interests"),
    ("p", "Coaching an under-12s rugby team, hill walking in Snowdonia, home brewing."),
]

G17 = [
    ("name", "Oliver Nkemelu"),
    ("tag", "Paid Search & Performance Marketing Specialist"),
    ("line", "Bristol / remote · 07700 900508 · oliver.nkemelu@example.com · linkedin.com/in/onkemelu"),
    ("h", "In Brief"),
    ("p", "Eight years running paid search and paid social for retail and travel brands, in agency and "
          "in-house. I manage seven-figure budgets, build the measurement that finance trusts, and "
          "like turning a messy account structure into something a team can run."),
    ("grid",),
    ("colhead", 0, "Where I've Worked"),
    ("colhead", 1, "What I Do Best"),
    ("cell", 1, 0),
    ("t", "Head of Paid Search"),
    ("m", "Harbourside Travel Group · 2021 – present"),
    ("b", "£3.2m annual Google and Microsoft Ads budget across six brands."),
    ("b", "Moved bidding to value-based tROAS; revenue up 27% on flat spend."),
    ("b", "Manage two PPC executives and the agency relationship."),
    ("t", "Senior PPC Account Manager"),
    ("m", "Clicksmith Digital (agency) · 2018 – 2021"),
    ("b", "Portfolio of twelve retail clients, £80k–£250k monthly spend each."),
    ("b", "Built the agency's Shopping feed optimisation service."),
    ("t", "PPC Executive"),
    ("m", "Clicksmith Digital · 2016 – 2018"),
    ("b", "Campaign builds, search-term mining and weekly reporting."),
    ("h", "Where I Studied"),
    ("t", "BSc (Hons) Business and Marketing"),
    ("m", "University of the West of England · 2013 – 2016"),
    ("cell", 1, 1),
    ("b", "Google Ads, Microsoft Ads, Meta Ads Manager"),
    ("b", "Shopping and Performance Max feeds"),
    ("b", "GA4, Looker Studio and BigQuery"),
    ("b", "Incrementality and geo-holdout tests"),
    ("b", "Scripts and automation in JavaScript"),
    ("h", "Certified In"),
    ("b", "Google Ads Search and Shopping"),
    ("b", "Google Analytics (GA4)"),
    ("b", "Microsoft Advertising Search"),
    ("h", "Beyond the Office"),
    ("p", "Five-a-side football, cooking Nigerian food for too many people, and a half-finished "
          "podcast about supermarket history."),
    ("body",),
]

G18 = [
    ("name", "Tobias Lindner"),
    ("line", "Speditionskaufmann · Disponent Fernverkehr"),
    ("h", "Zur Person"),
    ("tab", "Anschrift:", "Hafenstraße 31, 28217 Bremen"),
    ("tab", "Telefon:", "0160 9123 4567"),
    ("tab", "E-Mail:", "tobias.lindner@example.de"),
    ("tab", "Geboren:", "14.03.1990 in Oldenburg"),
    ("h", "Berufspraxis"),
    ("tab", "seit 05/2019", "Disponent Fernverkehr, Teamleitung Osteuropa", True),
    ("tsub", "Spedition Kramer GmbH & Co. KG, Bremen"),
    ("tsub", "Schwerpunkte", True),
    ("tsub", "– Disposition von 45 eigenen Sattelzügen und Subunternehmern"),
    ("tsub", "– Tourenplanung Polen, Tschechien, Baltikum; Zoll und CMR"),
    ("tsub", "– Führung eines Teams von vier Disponenten"),
    ("tab", "08/2014 – 04/2019", "Disponent Nahverkehr und Kontraktlogistik", True),
    ("tsub", "Nordwest Logistik AG, Delmenhorst"),
    ("tsub", "Schwerpunkte", True),
    ("tsub", "– Tagesdisposition für Handelskunden (Lebensmittel, Getränke)"),
    ("tsub", "– Abrechnung, Reklamationen und Schadensbearbeitung"),
    ("tab", "08/2011 – 07/2014", "Ausbildung zum Kaufmann für Spedition und Logistikdienstleistung", True),
    ("tsub", "Nordwest Logistik AG, Delmenhorst"),
    ("h", "Ausbildung und Studium"),
    ("tab", "2016 – 2019", "Betriebswirt für Logistik (IHK), berufsbegleitend", True),
    ("tsub", "DAA Bremen"),
    ("tab", "2011 – 2014", "Berufsschule für Spedition und Logistik", True),
    ("tsub", "Schulzentrum Walliser Straße, Bremen"),
    ("tab", "2010", "Fachhochschulreife", True),
    ("tsub", "BBS Wechloy, Oldenburg"),
    ("h", "Zusatzqualifikationen"),
    ("tab", "2021", "Gefahrgutbeauftragter Straße (ADR)"),
    ("tab", "2018", "Ausbildereignung (AEVO)"),
    ("tab", "2015", "Zollgrundlagen ATLAS, IHK Bremen"),
    ("h", "EDV-Kenntnisse"),
    ("tab", "Transport:", "Soloplan CarLo, TimoCom, Transporeon"),
    ("tab", "Büro:", "MS Office (Excel sehr gut), SAP SD Grundkenntnisse"),
    ("h", "Fremdsprachen"),
    ("tab", "Englisch:", "verhandlungssicher"),
    ("tab", "Polnisch:", "Grundkenntnisse"),
    ("h", "Ehrenamtliches Engagement"),
    ("tab", "seit 2012", "Jugendtrainer beim TuS Walle Bremen (Handball)"),
]

G19 = [
    ("name", "Miriam Aydın, M.Sc."),
    ("tag", "Tragwerksplanerin · Brückenbau und Ingenieurbauwerke"),
    ("line", "Nürnberg · 0172 345 6789 · miriam.aydin@example.de"),
    ("h", "Kurzprofil"),
    ("p", "Bauingenieurin mit neun Jahren Erfahrung in der Tragwerksplanung von Straßen- und "
          "Eisenbahnbrücken, von der Vorplanung bis zur Ausführungsplanung. Projektleitung für "
          "Ersatzneubauten im Bestand, sicher im Umgang mit Auftraggebern, Prüfingenieuren und "
          "Baufirmen."),
    ("h", "Berufliche Stationen"),
    ("t", "Projektleiterin Tragwerksplanung"),
    ("m", "Ingenieurbüro Hofmann + Partner, Nürnberg · seit 2020"),
    ("b", "Projektleitung für Brückenbauwerke mit Baukosten bis 28 Mio. Euro"),
    ("b", "Koordination von Vermessung, Geotechnik und Verkehrsplanung"),
    ("b", "Fachliche Führung von drei Ingenieurinnen und Ingenieuren"),
    ("t", "Tragwerksplanerin"),
    ("m", "Brückenbau Consult GmbH, München · 2016 – 2020"),
    ("b", "Statische Berechnungen für Spannbeton- und Verbundbrücken nach Eurocode"),
    ("b", "Nachrechnung bestehender Brücken nach Nachrechnungsrichtlinie"),
    ("h", "Projekte (Auswahl)"),
    ("t", "Ersatzneubau Talbrücke Lohbach"),
    ("p", "Spannbeton-Hohlkasten, fünf Felder, 310 m; Leistungsphasen 2 bis 6."),
    ("t", "Eisenbahnüberführung Fürth-Süd"),
    ("p", "Stahlverbund-Trogbrücke unter laufendem Bahnbetrieb, Taktschiebeverfahren."),
    ("h", "Studium"),
    ("t", "M.Sc. Bauingenieurwesen, Vertiefung Konstruktiver Ingenieurbau"),
    ("m", "Technische Universität München · 2014 – 2016"),
    ("t", "B.Sc. Bauingenieurwesen"),
    ("m", "Friedrich-Alexander-Universität Erlangen-Nürnberg · 2010 – 2014"),
    ("h", "Fachkenntnisse & Software"),
    ("b", "SOFiSTiK, RFEM, InfoCAD, Allplan Bridge"),
    ("b", "Eurocode 2 und 3, DIN-Fachberichte, ZTV-ING, RAB-ING"),
    ("b", "Vergabe nach VOB und HOAI-Abrechnung"),
    ("h", "Sprachliche Kompetenz"),
    ("p", "Deutsch und Türkisch (Muttersprachen), Englisch (fließend), Spanisch (Grundkenntnisse)"),
    ("h", "Mitgliedschaften"),
    ("p", "Bayerische Ingenieurekammer-Bau (Mitglied seit 2019), VDI Arbeitskreis Brückenbau"),
]

G20 = [
    ("name", "Inès Belkacem"),
    ("tag", "Chargée de communication – secteur culturel"),
    ("line", "Nantes · 06 45 23 78 10 · ines.belkacem@example.fr · Permis B"),
    ("h", "À propos"),
    ("p", "Six ans de communication dans le spectacle vivant : relations presse, réseaux sociaux, "
          "éditions imprimées et partenariats. J'aime faire connaître des projets exigeants à des "
          "publics qui n'y viennent pas spontanément."),
    ("h", "Expériences"),
    ("t", "Chargée de communication et relations presse"),
    ("m", "Théâtre du Quai Sud, Nantes · depuis 2021"),
    ("b", "Plan de communication de la saison (45 spectacles, 60 000 spectateurs)"),
    ("b", "Relations presse régionale et nationale, organisation des premières"),
    ("b", "Pilotage du site web et de l'agence graphique"),
    ("t", "Réalisations marquantes"),
    ("b", "Hausse de 38 % des abonnements jeunes en deux saisons"),
    ("b", "Lancement d'un podcast mensuel avec les artistes associés"),
    ("t", "Assistante communication"),
    ("m", "Festival Les Nuits Atlantiques, Saint-Nazaire · 2018 – 2021"),
    ("b", "Réseaux sociaux, newsletter, accueil des journalistes pendant le festival"),
    ("b", "Coordination des supports imprimés et de la signalétique"),
    ("h", "Études"),
    ("t", "Master Communication des organisations culturelles"),
    ("m", "Université Rennes 2 · 2016 – 2018"),
    ("t", "Licence Information-Communication"),
    ("m", "Nantes Université · 2013 – 2016"),
    ("h", "Outils numériques"),
    ("p", "Suite Adobe (InDesign, Photoshop), Canva, WordPress, Brevo, Meta Business Suite, bases "
          "de données presse (Cision)."),
    ("h", "Langues vivantes"),
    ("p", "Anglais courant, arabe (compréhension), espagnol scolaire."),
    ("h", "Engagement associatif"),
    ("p", "Membre du bureau d'une radio associative nantaise ; animation d'une émission culturelle "
          "hebdomadaire depuis 2019."),
    ("h", "Passions"),
    ("p", "Danse contemporaine, photographie argentique, cinéma de patrimoine."),
]

G21 = [
    ("name", "Aurélie Fontaine"),
    ("line", "Assistante comptable – 6 ans d'expérience en cabinet d'expertise comptable"),
    ("line", "Lille · 06 72 18 44 09 · aurelie.fontaine@example.fr"),
    ("h", "Objectif professionnel"),
    ("p", "Évoluer vers un poste de comptable unique ou de collaboratrice comptable confirmée dans une "
          "PME de la métropole lilloise, avec davantage de responsabilités sur les clôtures."),
    ("h", "Expérience professionnelle"),
    ("table", ["Période", "Poste occupé", "Entreprise"],
     [["2021 – aujourd'hui", "Collaboratrice comptable", "Cabinet Delattre & Associés, Lille"],
      ["2019 – 2021", "Assistante comptable", "Fiduciaire du Nord, Roubaix"],
      ["2018 – 2019", "Aide-comptable (CDD)", "Groupe Hospitalier Flandre, Armentières"]],
     [3.6, 5.2, 8.0]),
    ("b", "Tenue comptable et déclarations de TVA pour un portefeuille de 55 TPE"),
    ("b", "Préparation des bilans et liasses fiscales jusqu'à 3 M€ de chiffre d'affaires"),
    ("b", "Rapprochements bancaires, lettrage, relances clients"),
    ("h", "Cursus scolaire"),
    ("table", ["Année", "Diplôme", "Établissement"],
     [["2018", "DCG (Diplôme de comptabilité et de gestion)", "Lycée Gaston Berger, Lille"],
      ["2016", "BTS Comptabilité et gestion", "Lycée Gaston Berger, Lille"],
      ["2014", "Baccalauréat STMG", "Lycée Jean Rostand, Roubaix"]],
     [2.2, 8.0, 6.6]),
    ("h", "Compétences techniques"),
    ("b", "Saisie, révision et clôture des comptes annuels"),
    ("b", "Déclarations fiscales : TVA, CVAE, IS, liasses 2033 et 2050"),
    ("b", "Préparation des éléments de paie et des déclarations sociales (DSN)"),
    ("h", "Logiciels maîtrisés"),
    ("p", "Cegid Expert, Sage 100 Comptabilité, ACD, Excel (tableaux croisés dynamiques), Pennylane."),
    ("h", "Niveau de langue"),
    ("table", ["Langue", "Niveau"],
     [["Anglais", "B2 – lu, écrit, parlé"],
      ["Néerlandais", "A2 – notions"]],
     [4.0, 8.0]),
    ("h", "Divers"),
    ("p", "Permis B, véhiculée. Disponible à partir de mars 2026."),
]

G22 = [
    ("name", "Rafael Domínguez Prieto"),
    ("line", "Ingeniero Agrónomo · Especialista en riego y agricultura de precisión"),
    ("h", "Perfil profesional"),
    ("p", "Ingeniero agrónomo con diez años de experiencia en explotaciones de regadío del valle del "
          "Guadalquivir y en empresas de servicios agrícolas. Diseño de sistemas de riego, "
          "asesoramiento en fertirrigación y proyectos de agricultura de precisión con drones y "
          "sensores de suelo."),
    ("h", "Trayectoria profesional"),
    ("t", "Responsable técnico de riego"),
    ("m", "Agrovega Servicios Integrales, S.L. · Écija (Sevilla) · 2019 – actualidad"),
    ("b", "Diseño y dimensionado de instalaciones de riego por goteo para 3.500 ha de olivar y cítricos."),
    ("b", "Programas de fertirrigación y seguimiento con sondas de humedad."),
    ("b", "Coordinación de un equipo de cinco técnicos de campo."),
    ("t", "Técnico de campo"),
    ("m", "Cooperativa Olivarera San Isidro · Estepa (Sevilla) · 2015 – 2019"),
    ("b", "Asesoramiento a 240 socios en poda, fitosanitarios y riego deficitario."),
    ("b", "Gestión de las ayudas de la PAC y cuaderno de campo digital."),
    ("h", "Titulación"),
    ("t", "Máster Universitario en Ingeniería Agronómica"),
    ("m", "Universidad de Córdoba (ETSIAM) · 2013 – 2015"),
    ("t", "Grado en Ingeniería Agrícola"),
    ("m", "Universidad de Córdoba · 2009 – 2013"),
    ("h", "Cursos y seminarios"),
    ("b", "Piloto de drones, certificado A2 de AESA (2020)"),
    ("b", "Asesor en gestión integrada de plagas, ROPO (2016)"),
    ("b", "Teledetección aplicada a la agricultura con QGIS (2018)"),
    ("h", "Publicaciones técnicas"),
    ("p", "Domínguez R., Lara M. Riego deficitario controlado en olivar superintensivo. Vida Rural, 2022."),
    ("p", "Domínguez R. Sondas capacitivas: lo que dicen y lo que no. Agricultura, 2020."),
    ("h", "Habilidades"),
    ("p", "Diseño hidráulico (GESTAR, EPANET), QGIS, AutoCAD, análisis de imágenes multiespectrales, "
          "trato con agricultores y cooperativas."),
    ("h", "Datos de contacto"),
    ("p", "rafael.dominguez.agro@example.es · +34 677 889 012 · Écija (Sevilla) · Carné B"),
]

G23 = [
    ("name", "Nerea Castaño Gil"),
    ("line", "Maestra de Educación Infantil · Mención en Lengua Extranjera (Inglés)"),
    ("h", "Información personal"),
    ("k", "Fecha de nacimiento: ", "03/02/1996"),
    ("k", "Domicilio: ", "Calle Tesifonte Gallego 9, 02002 Albacete"),
    ("k", "Teléfono: ", "+34 699 112 233"),
    ("k", "Correo electrónico: ", "nerea.castano@example.es"),
    ("h", "Estudios realizados"),
    ("t", "Grado en Maestro en Educación Infantil, mención en Inglés"),
    ("m", "Universidad de Castilla-La Mancha, Albacete · 2014 – 2018"),
    ("t", "Certificate in Advanced English (C1)"),
    ("m", "Cambridge Assessment English · 2019"),
    ("h", "Cursos de formación"),
    ("b", "Metodología AICLE en Educación Infantil (50 h), CRFP Castilla-La Mancha, 2021"),
    ("b", "Atención temprana y detección de dificultades del lenguaje (30 h), 2020"),
    ("b", "Primeros auxilios en el aula (20 h), Cruz Roja, 2019"),
    ("h", "Experiencia docente"),
    ("t", "Maestra de Educación Infantil (interina)"),
    ("m", "CEIP Los Almendros, Albacete · 2022 – actualidad"),
    ("b", "Tutora de un aula de 4 años con 22 alumnos; proyecto bilingüe del centro"),
    ("b", "Coordinación del huerto escolar y de las actividades con familias"),
    ("t", "Maestra de inglés (sustituciones)"),
    ("m", "Colegio Diocesano Santa Teresa, Albacete · 2019 – 2022"),
    ("b", "Clases de inglés en los tres cursos del segundo ciclo de Infantil"),
    ("h", "Prácticas"),
    ("t", "Maestra en prácticas"),
    ("m", "CEIP Cristóbal Colón, Albacete · febrero – mayo de 2018"),
    ("b", "Diseño y puesta en práctica de una unidad didáctica sobre los animales del bosque"),
    ("h", "Voluntariado"),
    ("p", "Monitora de campamentos urbanos de verano con una asociación de familias (2015 – 2019)."),
    ("h", "Otros conocimientos"),
    ("p", "Pizarra digital, Genially, ClassDojo, lengua de signos española (nivel básico), guitarra."),
]


# ---------------------------------------------------------------------------
SPECS = [
    ("g00_en_pill.pdf", Pill, G00),
    ("g01_en_icons.pdf", Icons, G01),
    ("g02_en_ruleabove.pdf", RuleAbove, G02),
    ("g03_en_timeline.pdf", Timeline, G03),
    ("g04_en_rulebelow.pdf", RuleBelow, G04),
    ("g05_en_twotone.pdf", TwoTone, G05),
    ("g06_en_flushright.pdf", FlushRight, G06),
    ("g07_en_executive.pdf", Executive, G07),
    ("g08_en_slashes.pdf", Slashes, G08),
    ("g09_de_lebenslauf.pdf", Lebenslauf, G09),
    ("g10_de_boxed.pdf", Boxed, G10),
    ("g11_fr_initiale.pdf", Initiale, G11),
    ("g12_fr_cadre.pdf", Cadre, G12),
    ("g13_es_preguntas.pdf", Preguntas, G13),
    ("g14_es_chevron.pdf", Chevron, G14),
    ("g15_en_leftsidebar.pdf", LeftSidebar, G15),
    ("g16_en_heading2.docx", Heading2, G16),
    ("g17_en_twocoltable.docx", TwoColTable, G17),
    ("g18_de_tabsonly.docx", TabsOnly, G18),
    ("g19_de_shaded.docx", Shaded, G19),
    ("g20_fr_bordertop.docx", BorderTop, G20),
    ("g21_fr_tableaux.docx", Tableaux, G21),
    ("g22_es_centered.docx", Centered, G22),
    ("g23_es_listnum.docx", ListNum, G23),
]

AUTHORS = {
    "g09_de_lebenslauf.pdf": "Jonas Brenner",
}


def person(items):
    for it in items:
        if it[0] == "name":
            return it[1] if it[1] != "Lebenslauf" else None
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fname, cls, items in SPECS:
        who = AUTHORS.get(fname) or person(items)
        path = os.path.join(out, fname)
        if fname.endswith(".pdf"):
            data = cls(items, "%s - Curriculum Vitae" % who).build()
            with open(path, "wb") as f:
                f.write(data)
        else:
            cls(items, who).build(path)
        print(fname)


if __name__ == "__main__":
    main()
