#!/usr/bin/env python3
"""make_blind8.py OUTDIR - writes the 24 blind8 resumes (16 PDF via fpdf2, 8 DOCX via python-docx).

Deterministic: no randomness, fixed PDF creation date, fixed DOCX core properties and zip entry dates.
All content is literal data below, written in a small line language:
  @ name            + big document title line      = line set in the layout's heading style
  ! whole bold line ~ italic line                  * bullet
  > lead|rest  bold lead-in then regular text      % a|b  bold a + regular b on the same line
  & a|b  italic a + italic b on the same line      ^ switch from sidebar to main column
  # job-title line in the layout's job style (DOCX) $ subtitle line (DOCX)
  anything else: regular text
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Mm

FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "sans": (DV + "DejaVuSans.ttf", DV + "DejaVuSans-Bold.ttf", DV + "DejaVuSans-Oblique.ttf", DV + "DejaVuSans-BoldOblique.ttf"),
    "serif": (DV + "DejaVuSerif.ttf", DV + "DejaVuSerif-Bold.ttf", DV + "DejaVuSerif-Italic.ttf", DV + "DejaVuSerif-BoldItalic.ttf"),
    "cond": (DV + "DejaVuSansCondensed.ttf", DV + "DejaVuSansCondensed-Bold.ttf", DV + "DejaVuSansCondensed-Oblique.ttf", DV + "DejaVuSansCondensed-BoldOblique.ttf"),
    "mono": (DV + "DejaVuSansMono.ttf", DV + "DejaVuSansMono-Bold.ttf", DV + "DejaVuSansMono-Oblique.ttf", DV + "DejaVuSansMono-BoldOblique.ttf"),
    "lsans": (LB + "LiberationSans-Regular.ttf", LB + "LiberationSans-Bold.ttf", LB + "LiberationSans-Italic.ttf", LB + "LiberationSans-BoldItalic.ttf"),
    "lserif": (LB + "LiberationSerif-Regular.ttf", LB + "LiberationSerif-Bold.ttf", LB + "LiberationSerif-Italic.ttf", LB + "LiberationSerif-BoldItalic.ttf"),
}
XLIGHT = DV + "DejaVuSans-ExtraLight.ttf"


def parse(block):
    out = []
    for raw in block.strip("\n").split("\n"):
        s = raw.strip()
        if not s:
            continue
        k = s[0]
        if k in "@+=!~*^#$":
            out.append((k, s[1:].strip()))
        elif k in ">%&":
            a, b = s[1:].split("|", 1)
            out.append((k, (a.strip(), b.strip())))
        else:
            out.append((".", s))
    return out


# ---------------------------------------------------------------------------------------------- PDF
class Pdf:
    family = "sans"
    size = 9.4
    lh = 4.5
    ml, mt, mr = 18, 15, 18
    text_rgb = (34, 34, 34)
    sub_rgb = (95, 95, 95)

    def __init__(self):
        pdf = FPDF(format="A4", unit="mm")
        pdf.set_creation_date(FIXED)
        pdf.set_author("")
        for fam, files in FONTS.items():
            for st, f in zip(("", "B", "I", "BI"), files):
                pdf.add_font(fam, st, f)
        pdf.add_font("xlight", "", XLIGHT)
        pdf.set_margins(self.ml, self.mt, self.mr)
        pdf.set_auto_page_break(True, 12)
        pdf.add_page()
        self.pdf = pdf
        self.col(self.ml, 210 - self.ml - self.mr)

    # geometry
    def col(self, x, w):
        self.x, self.w = x, w
        self.pdf.set_left_margin(x)
        self.pdf.set_right_margin(210 - x - w)

    def f(self, style="", size=None, rgb=None, family=None):
        self.pdf.set_font(family or self.family, style, size or self.size)
        self.pdf.set_text_color(*(rgb or self.text_rgb))

    def mc(self, text, style="", size=None, rgb=None, indent=0.0, h=None, align="L", family=None, markdown=False):
        self.f(style, size, rgb, family)
        self.pdf.set_x(self.x + indent)
        self.pdf.multi_cell(self.w - indent, h or self.lh, text, align=align, markdown=markdown,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def gap(self, g):
        self.pdf.set_y(self.pdf.get_y() + g)
        self.pdf.set_x(self.x)

    # line kinds
    def name(self, t):
        self.mc(t, "B", 22, h=10)

    def title(self, t):
        self.mc(t, "", 20, h=10, align="C")

    def heading(self, t):
        self.gap(3)
        self.mc(t, "B", 12, h=6.5)
        self.gap(0.8)

    def bold(self, t):
        self.gap(0.8)
        self.mc(t, "B")

    def italic(self, t):
        self.mc(t, "I", rgb=self.sub_rgb)

    def text(self, t):
        self.mc(t)

    def bullet(self, t):
        self.f()
        self.pdf.set_xy(self.x + 1.5, self.pdf.get_y())
        self.pdf.cell(3.5, self.lh, "•")
        self.mc(t, indent=5)

    def lead(self, a, b):
        for s in (a, b):
            assert "**" not in s and "__" not in s and "--" not in s
        self.mc("**%s** %s" % (a, b), markdown=True)

    def dated(self, a, b):
        self.gap(0.8)
        y = self.pdf.get_y()
        self.f("B")
        self.pdf.set_xy(self.x, y)
        self.pdf.cell(self.w * 0.7, self.lh, a)
        self.f("", rgb=self.sub_rgb)
        self.pdf.set_xy(self.x + self.w * 0.7, y)
        self.pdf.cell(self.w * 0.3, self.lh, b, align="R")
        self.pdf.set_xy(self.x, y + self.lh)

    def italic2(self, a, b):
        y = self.pdf.get_y()
        self.f("I", rgb=self.sub_rgb)
        self.pdf.set_xy(self.x, y)
        self.pdf.cell(self.w * 0.7, self.lh, a)
        self.pdf.set_xy(self.x + self.w * 0.7, y)
        self.pdf.cell(self.w * 0.3, self.lh, b, align="R")
        self.pdf.set_xy(self.x, y + self.lh)

    def switch(self):
        pass

    def start(self):
        pass

    def finish(self):
        pass

    def render(self, lines, path):
        self.start()
        for k, v in lines:
            if k == "@":
                self.name(v)
            elif k == "+":
                self.title(v)
            elif k == "=":
                self.heading(v)
            elif k == "!":
                self.bold(v)
            elif k == "~":
                self.italic(v)
            elif k == "*":
                self.bullet(v)
            elif k == ">":
                self.lead(*v)
            elif k == "%":
                self.dated(*v)
            elif k == "&":
                self.italic2(*v)
            elif k == "^":
                self.switch()
            else:
                self.text(v)
        self.finish()
        self.pdf.output(path)


class ModernCV(Pdf):
    """moderncv 'classic': date column on the left, coloured bar left of each section title."""
    family = "lsans"
    size = 9.6
    blue = (46, 89, 150)
    dcol = 30

    def start(self):
        self.col(self.ml + self.dcol, 210 - self.ml - self.mr - self.dcol)

    def name(self, t):
        self.f("", 28, (60, 60, 60))
        self.pdf.set_xy(self.ml, 16)
        self.pdf.cell(110, 12, t)
        self.pdf.set_xy(self.ml, 29)

    def italic(self, t):
        if self.pdf.get_y() < 40:
            self.f("I", 13, (120, 120, 120))
            self.pdf.set_xy(self.ml, 29)
            self.pdf.cell(110, 7, t)
            self.contact_y = 17
            return
        self.mc(t, "I", rgb=self.sub_rgb)

    def text(self, t):
        if getattr(self, "contact_y", None) is not None and self.contact_y < 40:
            self.f("", 8.8, (90, 90, 90))
            self.pdf.set_xy(120, self.contact_y)
            self.pdf.cell(72, 4.6, t, align="R")
            self.contact_y += 4.6
            if self.contact_y > 28:
                self.contact_y = 99
                self.pdf.set_xy(self.x, 44)
            return
        self.mc(t)

    def heading(self, t):
        self.gap(3.5)
        y = self.pdf.get_y()
        self.pdf.set_fill_color(*self.blue)
        self.pdf.rect(self.ml, y + 2.2, self.dcol - 3, 2.2, style="F")
        self.mc(t, "", 15, self.blue, h=7)
        self.gap(1)

    def dated(self, a, b):
        self.gap(1)
        y = self.pdf.get_y()
        self.f("", 9, (90, 90, 90))
        self.pdf.set_xy(self.ml, y)
        self.pdf.cell(self.dcol - 3, self.lh, b, align="R")
        self.f("B")
        self.pdf.set_xy(self.x, y)
        self.pdf.cell(self.w, self.lh, a)
        self.pdf.set_xy(self.x, y + self.lh)


class PhotoSidebar(Pdf):
    family = "sans"
    size = 8.8
    lh = 4.3
    sbw = 70
    dark = (38, 50, 56)
    teal = (0, 121, 107)

    def start(self):
        p = self.pdf
        p.set_fill_color(*self.dark)
        p.rect(0, 0, self.sbw, 297, style="F")
        p.set_fill_color(205, 210, 212)
        p.set_draw_color(255, 255, 255)
        p.set_line_width(0.6)
        p.rect(18, 14, 34, 40, style="DF")
        self.col(8, self.sbw - 14)
        p.set_y(60)
        self.side = True
        self.text_rgb = (240, 240, 240)
        self.sub_rgb = (200, 205, 208)

    def name(self, t):
        self.mc(t, "B", 15, h=7, align="C")

    def heading(self, t):
        if self.side:
            self.gap(4)
            self.mc(t, "B", 10, (255, 255, 255), h=5.5)
            y = self.pdf.get_y()
            self.pdf.set_draw_color(160, 175, 180)
            self.pdf.set_line_width(0.3)
            self.pdf.line(self.x, y + 0.3, self.x + self.w, y + 0.3)
            self.gap(1.6)
        else:
            self.gap(3)
            self.mc(t, "B", 13, self.teal, h=7)
            self.gap(0.5)

    def switch(self):
        self.side = False
        self.text_rgb = (34, 34, 34)
        self.sub_rgb = (95, 95, 95)
        self.col(self.sbw + 9, 210 - self.sbw - 9 - 14)
        self.pdf.set_y(16)


class Timeline(Pdf):
    family = "cond"
    size = 9.5
    orange = (230, 120, 20)
    lx = 26

    def start(self):
        self.dots = []
        self.heads = []

    def name(self, t):
        self.mc(t, "B", 24, (30, 30, 30), h=11)

    def text(self, t):
        if not self.heads:
            self.mc(t, "", 9.5, (80, 80, 80))
        else:
            self.mc(t)

    def heading(self, t):
        if not self.heads:
            self.col(self.lx + 8, 210 - self.lx - 8 - self.mr)
            self.top = self.pdf.get_y() + 5
        self.gap(4)
        y = self.pdf.get_y()
        self.heads.append(y + 3.4)
        self.mc(t, "B", 12.5, (30, 30, 30), h=7)
        self.gap(1)

    def bold(self, t):
        self.gap(1)
        self.dots.append(self.pdf.get_y() + 2.3)
        self.mc(t, "B", rgb=(30, 30, 30))

    def finish(self):
        p = self.pdf
        p.set_draw_color(200, 200, 200)
        p.set_line_width(0.5)
        p.line(self.lx, self.top, self.lx, p.get_y())
        p.set_fill_color(*self.orange)
        for y in self.heads:
            p.set_fill_color(*self.orange)
            p.circle(self.lx, y, 2.6, style="F")
        p.set_fill_color(255, 255, 255)
        p.set_draw_color(*self.orange)
        for y in self.dots:
            p.circle(self.lx, y, 1.3, style="DF")


class IconBadge(Pdf):
    family = "lsans"
    size = 9.6
    green = (46, 125, 50)

    def name(self, t):
        self.mc(t, "B", 22, self.green, h=10)

    def heading(self, t):
        self.gap(4)
        p = self.pdf
        y = p.get_y()
        p.set_fill_color(*self.green)
        p.circle(self.ml + 3.2, y + 3.2, 3.2, style="F")
        p.set_fill_color(255, 255, 255)
        p.rect(self.ml + 1.9, y + 2.3, 2.6, 1.8, style="F")
        self.mc(t, "B", 12.5, self.green, indent=9, h=6.5)
        self.gap(1)


class Europass(Pdf):
    family = "sans"
    size = 9
    lh = 4.4
    blue = (0, 51, 153)

    def name(self, t):
        self.mc(t, "B", 18, self.blue, h=9)
        self.gap(1)

    def text(self, t):
        self.mc(t, "", 8.8 if self.pdf.get_y() < 45 else None)

    def heading(self, t):
        self.gap(4)
        self.mc(t, "B", 10.5, self.blue, h=5.5)
        y = self.pdf.get_y()
        self.pdf.set_draw_color(*self.blue)
        self.pdf.set_line_width(0.35)
        self.pdf.line(self.x, y + 0.4, self.x + self.w, y + 0.4)
        self.gap(2)

    def italic(self, t):
        self.gap(1)
        self.mc(t, "", 8.2, (110, 110, 110))

    def bold(self, t):
        self.mc(t, "B", 9.6, (40, 40, 40))


class Pill(Pdf):
    family = "lsans"
    size = 9.6
    purple = (94, 53, 177)

    def name(self, t):
        self.mc(t, "B", 24, (33, 33, 33), h=11)

    def heading(self, t):
        self.gap(4.5)
        p = self.pdf
        self.f("B", 10.5)
        w = p.get_string_width(t) + 8
        y = p.get_y()
        p.set_fill_color(*self.purple)
        p.rect(self.x, y, w, 6.4, style="F", round_corners=True, corner_radius=3.2)
        self.f("B", 10.5, (255, 255, 255))
        p.set_xy(self.x + 4, y)
        p.cell(w - 8, 6.4, t)
        p.set_xy(self.x, y + 8.2)


class Jakes(Pdf):
    family = "serif"
    size = 9.4

    def name(self, t):
        self.mc(t, "B", 22, (0, 0, 0), h=10, align="C")

    def text(self, t):
        if self.pdf.get_y() < 34:
            self.mc(t, align="C")
        else:
            self.mc(t)

    def heading(self, t):
        self.gap(3)
        self.mc(t, "", 13, (0, 0, 0), h=6.4)
        y = self.pdf.get_y()
        self.pdf.set_draw_color(0, 0, 0)
        self.pdf.set_line_width(0.3)
        self.pdf.line(self.x, y, self.x + self.w, y)
        self.gap(1.5)


class CodeStyle(Pdf):
    family = "mono"
    size = 8.6
    lh = 4.3
    green = (27, 128, 62)

    def name(self, t):
        self.mc(t, "B", 18, (20, 20, 20), h=9)

    def heading(self, t):
        self.gap(3.5)
        self.mc(t, "B", 11, self.green, h=6)
        self.gap(0.6)

    def italic(self, t):
        self.mc(t, "I", rgb=(120, 120, 120))


class LineFill(Pdf):
    family = "cond"
    size = 9.6
    brown = (121, 85, 72)

    def name(self, t):
        self.mc(t, "B", 24, self.brown, h=11)

    def heading(self, t):
        self.gap(4)
        p = self.pdf
        y = p.get_y()
        self.mc(t, "B", 12.5, self.brown, h=6.5)
        self.f("B", 12.5)
        x1 = self.x + p.get_string_width(t) + 3
        p.set_draw_color(*self.brown)
        p.set_line_width(0.4)
        p.line(x1, y + 3.5, self.x + self.w, y + 3.5)
        self.gap(1)


class Tabellarisch(Pdf):
    """German tabular CV: dates in a left column, text in the right column."""
    family = "lsans"
    size = 10
    lh = 4.8
    dcol = 42

    def start(self):
        self.base = (self.ml, 210 - self.ml - self.mr)

    def title(self, t):
        self.mc(t, "", 22, (50, 50, 50), h=11, align="C")
        self.gap(2)

    def name(self, t):
        self.mc(t, "B", 15, h=7, align="C")

    def heading(self, t):
        self.col(*self.base)
        self.gap(4.5)
        self.mc(t, "B", 12.5, (20, 20, 20), h=6.5)
        self.gap(1.5)
        self.col(self.ml + self.dcol, self.base[1] - self.dcol)

    def dated(self, a, b):
        self.gap(1.2)
        y = self.pdf.get_y()
        self.f("", 10)
        self.pdf.set_xy(self.ml, y)
        self.pdf.cell(self.dcol, self.lh, a)
        self.f("B")
        self.pdf.set_xy(self.x, y)
        self.pdf.cell(self.w, self.lh, b)
        self.pdf.set_xy(self.x, y + self.lh)


class GlyphBullet(Pdf):
    family = "sans"
    size = 9.2
    blue = (21, 101, 192)

    def name(self, t):
        self.mc(t, "B", 21, (20, 20, 20), h=10)

    def heading(self, t):
        self.gap(3.5)
        self.mc(t, "B", 12, self.blue, h=6.5)
        self.gap(0.8)


class AccentUnderline(Pdf):
    family = "lsans"
    size = 9.8
    red = (198, 40, 40)

    def name(self, t):
        self.mc(t, "B", 24, (25, 25, 25), h=11)

    def heading(self, t):
        self.gap(4)
        self.mc(t, "B", 13, (25, 25, 25), h=6.5)
        y = self.pdf.get_y()
        self.pdf.set_fill_color(*self.red)
        self.pdf.rect(self.x, y + 0.2, 12, 1.2, style="F")
        self.gap(2.6)


class Legend(Pdf):
    """Each section body in an outlined box, the section title sitting on the top border."""
    family = "lserif"
    size = 10
    lh = 4.7
    ochre = (176, 112, 26)

    def start(self):
        self.open = None
        self.ml0 = self.ml

    def name(self, t):
        self.mc(t, "B", 24, (60, 40, 20), h=11, align="C")

    def text(self, t):
        if self.open is None:
            self.mc(t, align="C")
        else:
            self.mc(t)

    def close(self):
        if self.open is None:
            return
        p = self.pdf
        y0, tw = self.open
        y1 = p.get_y() + 2
        x0, x1 = self.ml0, 210 - self.mr
        p.set_draw_color(*self.ochre)
        p.set_line_width(0.4)
        p.line(x0, y0, x0 + 4, y0)
        p.line(x0 + 7 + tw, y0, x1, y0)
        p.line(x0, y0, x0, y1)
        p.line(x1, y0, x1, y1)
        p.line(x0, y1, x1, y1)
        p.set_y(y1)
        self.open = None

    def heading(self, t):
        self.close()
        self.col(self.ml0, 210 - self.ml0 - self.mr)
        self.gap(5)
        p = self.pdf
        y = p.get_y()
        self.f("B", 11.5, self.ochre)
        tw = p.get_string_width(t)
        p.set_xy(self.ml0 + 5.5, y - 3)
        p.cell(tw + 0.1, 6, t)
        self.open = (y, tw)
        p.set_y(y + 3.5)
        self.col(self.ml0 + 5, 210 - self.ml0 - self.mr - 10)

    def finish(self):
        self.close()


class InitialCap(Pdf):
    family = "sans"
    size = 9.3
    red = (183, 28, 28)

    def name(self, t):
        self.mc(t, "B", 21, (40, 40, 40), h=10)

    def heading(self, t):
        self.gap(4)
        p = self.pdf
        y = p.get_y() + 6.5
        self.f("", 20, self.red)
        p.text(self.x, y, t[0])
        w = p.get_string_width(t[0])
        self.f("", 13, (40, 40, 40))
        p.text(self.x + w, y, t[1:])
        p.set_xy(self.x, y + 2.5)


class MixedWeight(Pdf):
    family = "sans"
    size = 9.3
    navy = (26, 35, 126)

    def name(self, t):
        first, rest = t.split(" ", 1)
        p = self.pdf
        y = p.get_y() + 9
        self.f("", 24, self.navy, family="xlight")
        p.text(self.x, y, first + " ")
        w = p.get_string_width(first + " ")
        self.f("B", 24, self.navy)
        p.text(self.x + w, y, rest)
        p.set_xy(self.x, y + 3)

    def heading(self, t):
        self.gap(4.5)
        p = self.pdf
        y = p.get_y() + 5
        parts = t.split(" ", 1)
        x = self.x
        if len(parts) == 2:
            self.f("", 13, self.navy, family="xlight")
            p.text(x, y, parts[0] + " ")
            x += p.get_string_width(parts[0] + " ")
            t = parts[1]
        self.f("B", 13, self.navy)
        p.text(x, y, t)
        p.set_xy(self.x, y + 2.6)


class CirclePhoto(Pdf):
    family = "lsans"
    size = 9.6
    olive = (85, 107, 47)

    def start(self):
        p = self.pdf
        p.set_fill_color(220, 220, 215)
        p.set_draw_color(*self.olive)
        p.set_line_width(0.8)
        p.circle(self.ml + 15, self.mt + 15, 15, style="DF")
        self.col(self.ml + 38, 210 - self.ml - 38 - self.mr)
        p.set_y(self.mt + 3)
        self.started = False

    def name(self, t):
        self.mc(t, "B", 21, (30, 30, 30), h=10)

    def heading(self, t):
        p = self.pdf
        if not self.started:
            self.started = True
            self.col(self.ml, 210 - self.ml - self.mr)
            p.set_y(max(p.get_y(), self.mt + 33))
        self.gap(3.5)
        y = p.get_y()
        cx, cy, r = self.x + 1.8, y + 3.3, 1.8
        p.set_fill_color(*self.olive)
        p.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], style="F")
        self.mc(t, "B", 11.5, self.olive, indent=6, h=6.5)
        self.gap(0.8)


# --------------------------------------------------------------------------------------------- DOCX
def _shade(el, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el.append(shd)


class Docx:
    font = "Calibri"
    size = 10.5

    def __init__(self):
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        st.paragraph_format.space_after = Pt(2)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(18)
        sec.top_margin = sec.bottom_margin = Mm(15)
        self.target = self.doc

    def para(self, style=None):
        return self.target.add_paragraph(style=style)

    def run(self, p, t, bold=None, italic=None, size=None, rgb=None):
        r = p.add_run(t)
        if bold is not None:
            r.bold = bold
        if italic is not None:
            r.italic = italic
        if size:
            r.font.size = Pt(size)
        if rgb:
            r.font.color.rgb = RGBColor(*rgb)
        return r

    def name(self, t):
        self.run(self.para(), t, bold=True, size=22)

    def title(self, t):
        p = self.para()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(p, t, size=20)

    def heading(self, t):
        p = self.para()
        p.paragraph_format.space_before = Pt(10)
        self.run(p, t, bold=True, size=13)

    def bold(self, t):
        p = self.para()
        p.paragraph_format.space_before = Pt(4)
        self.run(p, t, bold=True)

    def italic(self, t):
        self.run(self.para(), t, italic=True, rgb=(90, 90, 90))

    def text(self, t):
        self.run(self.para(), t)

    def bullet(self, t):
        self.run(self.para("List Bullet"), t)

    def lead(self, a, b):
        p = self.para()
        self.run(p, a, bold=True)
        self.run(p, " " + b)

    def dated(self, a, b):
        p = self.para()
        p.paragraph_format.space_before = Pt(4)
        self.run(p, a, bold=True)
        self.run(p, " · " + b)

    def italic2(self, a, b):
        p = self.para()
        self.run(p, a + " · " + b, italic=True)

    def switch(self):
        pass

    def start(self):
        pass

    def finish(self):
        pass

    def jobhead(self, t):
        self.bold(t)

    def subtitle(self, t):
        self.text(t)

    def render(self, lines, path):
        self.start()
        for k, v in lines:
            if k in ">%&":
                {">": self.lead, "%": self.dated, "&": self.italic2}[k](*v)
            elif k == "^":
                self.switch()
            else:
                {"@": self.name, "+": self.title, "=": self.heading, "!": self.bold, "~": self.italic,
                 "*": self.bullet, ".": self.text, "#": self.jobhead, "$": self.subtitle}[k](v)
        self.finish()
        cp = self.doc.core_properties
        cp.author = "Candidate"
        cp.last_modified_by = "Candidate"
        cp.title = ""
        cp.comments = ""
        cp.revision = 1
        cp.created = FIXED.replace(tzinfo=None)
        cp.modified = FIXED.replace(tzinfo=None)
        cp.last_printed = FIXED.replace(tzinfo=None)
        buf = io.BytesIO()
        self.doc.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(info.filename))


class DxHeading2(Docx):
    font = "Cambria"

    def name(self, t):
        self.para("Title").add_run(t)

    def heading(self, t):
        self.para("Heading 2").add_run(t)

    def jobhead(self, t):
        self.para("Heading 3").add_run(t)


class DxTableSidebar(Docx):
    green = (46, 94, 62)

    def name(self, t):
        self.run(self.para(), t, bold=True, size=24, rgb=self.green)

    def start(self):
        self.pre = True

    def heading(self, t):
        if self.pre:
            self.pre = False
            tbl = self.doc.add_table(rows=1, cols=2)
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            tbl.autofit = False
            left, right = tbl.rows[0].cells
            left.width, right.width = Mm(58), Mm(116)
            _shade(left._tc.get_or_add_tcPr(), "E3EFE6")
            self.cells = (left, right)
            self.target = left
            self.first = True
        if self.first:
            p = self.target.paragraphs[0]
            self.first = False
        else:
            p = self.para()
        p.paragraph_format.space_before = Pt(8)
        self.run(p, t, bold=True, size=11, rgb=self.green)

    def switch(self):
        self.target = self.cells[1]
        self.first = True


class DxParaBorder(Docx):
    font = "Arial"
    size = 10

    def heading(self, t):
        p = self.para()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(4)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "bottom"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:space"), "2")
            e.set(qn("w:color"), "1F3864")
            bdr.append(e)
        pPr.append(bdr)
        self.run(p, t, size=11.5, rgb=(31, 56, 100))


class DxTabStops(Docx):
    font = "Garamond"
    size = 11

    def heading(self, t):
        p = self.para()
        p.paragraph_format.space_before = Pt(12)
        self.run(p, t, bold=True, size=12.5)

    def dated(self, a, b):
        p = self.para()
        p.paragraph_format.space_before = Pt(5)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(174), alignment=2)
        self.run(p, a, bold=True)
        self.run(p, "\t" + b)


class DxSoftBreaks(Docx):
    font = "Calibri"

    def start(self):
        self.cur = None

    def line(self, parts):
        if self.cur is None:
            self.cur = self.para()
            self.cur.paragraph_format.space_after = Pt(8)
        else:
            self.cur.runs[-1].add_break()
        for t, b, i in parts:
            self.run(self.cur, t, bold=b or None, italic=i or None)

    def name(self, t):
        self.run(self.para(), t, bold=True, size=20)

    def heading(self, t):
        self.cur = self.para()
        self.cur.paragraph_format.space_after = Pt(8)
        self.run(self.cur, t, bold=True, size=13, rgb=(0, 96, 100))

    def bold(self, t):
        self.line([(t, True, False)])

    def italic(self, t):
        self.line([(t, False, True)])

    def text(self, t):
        self.line([(t, False, False)])

    def bullet(self, t):
        self.line([("– " + t, False, False)])

    def lead(self, a, b):
        self.line([(a, True, False), (" " + b, False, False)])


class DxAutoNumber(Docx):
    font = "Century Gothic"
    size = 10

    def heading(self, t):
        p = self.para("List Number")
        p.paragraph_format.space_before = Pt(10)
        self.run(p, t, bold=True, size=12, rgb=(136, 14, 79))


class DxCustomStyle(Docx):
    font = "Verdana"
    size = 9.5

    def start(self):
        s = self.doc.styles.add_style("Apartado CV", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = self.doc.styles["Normal"]
        s.font.bold = True
        s.font.size = Pt(12.5)
        s.font.color.rgb = RGBColor(191, 54, 12)
        s.paragraph_format.space_before = Pt(12)
        s.paragraph_format.space_after = Pt(3)
        j = self.doc.styles.add_style("Puesto", WD_STYLE_TYPE.PARAGRAPH)
        j.base_style = self.doc.styles["Normal"]
        j.font.bold = True
        j.font.size = Pt(10.5)
        j.paragraph_format.space_before = Pt(5)

    def heading(self, t):
        self.para("Apartado CV").add_run(t)

    def jobhead(self, t):
        self.para("Puesto").add_run(t)


class DxStrong(Docx):
    font = "Calibri"

    def name(self, t):
        self.run(self.para(), t, size=24, rgb=(33, 33, 33))

    def subtitle(self, t):
        self.para("Subtitle").add_run(t)

    def heading(self, t):
        p = self.para()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(t, style="Strong")
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(13, 71, 161)


# ------------------------------------------------------------------------------------------ content
RESUMES = []


def add(fname, cls, block):
    RESUMES.append((fname, cls, block))


add("f00_en_moderncv.pdf", ModernCV, """
@Harriet Okonjo-Vale
~Museum Educator & Learning Programmer
12 Tanner Row, York YO1 6JP
07700 914 225
h.okonjovale@mailbox.org
=Profile
Learning programmer with nine years in regional museums, turning collections into sessions that primary pupils, SEND groups and adult learners actually remember. Confident with loans boxes, object handling and evaluation for Arts Council reporting.
=Experience
%Senior Learning Officer|2020–now
~YORKSHIRE MUSEUMS OF HISTORY TRUST, York
* Write and deliver the KS1–KS3 schools offer across three sites (18,000 pupils a year).
* Manage two learning assistants and a pool of 14 freelance facilitators.
!Programmes I led:
* "Vikings in a Box" loans service, now booked by 120 schools.
* Memory café for people living with dementia, co-run with York Mind.
Budget held: £46,000 per year
%Learning & Outreach Assistant|2016–2020
~Hull Maritime Museum, Hull
* Delivered handling sessions on whaling, trawling and the Humber docks.
* Built the museum's first audio-described family trail.
!Recognition:
* Museums + Heritage Awards 2019 – Learning Programme of the Year (shortlisted)
=Education
%PGCE Secondary History|2015–2016
~University of Leeds
%BA (Hons) Archaeology and History|2012–2015
~University of York · 2:1
=Gallery talks & family programmes
>Hands on the Hoard (2023):|weekend handling tables around the Harrogate hoard loan.
>Night at the Museum sleepover (2022):|torch-lit tours and storytelling for 60 children.
=Computer skills
>Digital:|Microsoft 365, Canva, Eventbrite, Spektrix, Modes collections database
>Evaluation:|Generic Learning Outcomes, SurveyMonkey, basic Excel pivot tables
=Languages
English (native) · Yoruba (conversational) · French (B1)
=Interests
Dry-stone walling courses, choir (alto), volunteering at Jorvik's festival week.
""")

add("f01_en_photosidebar.pdf", PhotoSidebar, """
@Priyanka Raman-Shaw
Advanced Clinical Pharmacist
=CONTACT
Mobile: +44 7718 340 662
priyanka.ramanshaw@nhs.net
Wimbledon, London SW19
GPhC no.: 2078541
=EXPERTISE
* Critical care & renal dosing
* Antimicrobial stewardship
* Independent prescribing
* Parenteral nutrition
* Medicines reconciliation
* Teaching & OSCE examining
=LANGUAGES
English – native
Tamil – fluent
Hindi – good
^
=About
Pharmacist independent prescriber with eight years in acute hospitals, the last four on a 30-bed critical care unit. I round daily with the intensivists, run the unit's antimicrobial review and teach foundation pharmacists.
=Clinical posts
!Advanced Clinical Pharmacist – Critical Care
~ST GEORGE'S UNIVERSITY HOSPITALS NHS FOUNDATION TRUST · 2021 – present
* Prescribe and review for ventilated and CRRT patients on a 30-bed general ICU.
* Lead the weekly antimicrobial ward round with microbiology.
!Key achievements:
* Cut restricted-antibiotic days by 22 % in one year (audited).
* Wrote the unit's vancomycin and gentamicin dosing guides.
!Specialist Pharmacist – Antimicrobials
~Royal Berkshire Hospital, Reading · 2018 – 2021
* Ran the trust's OPAT clinic with the infectious diseases consultant.
Band: 8a
!Rotational Pharmacist
~Frimley Health NHS Foundation Trust · 2017 – 2018
=Training
!MPharm (Hons), 2:1
~University of Bath · 2013 – 2017
!PG Diploma in General Pharmacy Practice
~University of Reading · 2019
=Prescribing & registration
* Independent Prescriber annotation (GPhC), 2022
* UKCPA Critical Care Group – advanced practice credential, 2024
""")

add("f02_en_timeline.pdf", Timeline, """
@Callum Rees-MacAllister
Wind Turbine Technician · GWO certified
Inverness, Highland · +44 7911 204 118 · callum.rm@proton.me
Driving licence: Full UK, C1
=Summary
Offshore and onshore turbine technician with nine years on Vestas and Siemens Gamesa machines, from scheduled service to main-component exchanges. Comfortable working at height, in confined spaces and on two-week rotations.
=Work history
!Senior Wind Turbine Technician
~SSE RENEWABLES – Beatrice Offshore Windfarm · Mar 2021 – present
* Lead a three-person team on scheduled and corrective maintenance of 84 SG 7.0 turbines.
* Write RAMS and permits for pitch, yaw and converter work.
!Responsibilities:
* Hand-over reports and SCADA fault trending for the site manager.
* Mentoring two apprentice technicians per season.
Rotation: 2 weeks on / 2 weeks off
!Wind Turbine Technician
~VESTAS NORTHERN EUROPE · Jan 2017 – Feb 2021
* Service and troubleshooting on V90 and V112 onshore fleets across the Highlands.
* Gearbox oil changes, blade bearing inspections and bolt tensioning.
!Electrical Maintenance Apprentice
~Highland Council Building Services · 2013 – 2016
=Tickets & certificates
* GWO Basic Safety Training – First Aid, Manual Handling, Fire Awareness, Working at Heights, Sea Survival (renewed 2024)
* GWO Basic Technical Training – Mechanical, Electrical, Hydraulics
* IRATA Level 1 rope access (2019) · Confined space (City & Guilds 6150)
=Training
!HNC Electrical Engineering
~Inverness College UHI · 2016
!Modern Apprenticeship, Electrical Installation (SCQF 6)
~2013 – 2016
=Skills
>Systems:|Vestas VestasOnline, Siemens Gamesa WebWPS, SCADA fault diagnosis
>Tools:|hydraulic torque and tension tooling, borescope, vibration analyser
=Outside work
Hill running (Cairngorm races), crewing for the RNLI at Kessock, restoring an old Land Rover.
""")

add("f03_en_iconbadge.pdf", IconBadge, """
@Imogen Fairweather
Registered Veterinary Nurse (RVN)
Taunton, Somerset · 07458 221 930 · imogen.fairweather@gmail.com
=Hello!
I am a calm, organised RVN with ten years in mixed and small-animal practice. I love anaesthesia, nurse clinics and training student nurses, and I am happiest when the theatre list runs on time.
=Where I've worked
!Head Veterinary Nurse
~ORCHARD VETS GROUP, Taunton · 2020 – present
* Lead a team of nine nurses and four patient-care assistants across two surgeries.
* Monitor anaesthesia for orthopaedic and soft-tissue surgery.
!Highlights:
* Introduced pre-anaesthetic checklists – anaesthetic incidents down by a third.
* Set up weight clinics and senior-pet clinics (now 60 appointments a month).
Clinical coach: 6 student veterinary nurses qualified
!Registered Veterinary Nurse
~Quantock Equine & Farm Practice, Bridgwater · 2016 – 2020
* Equine theatre, lab work and night cover for the farm vets.
=Qualifications
!FdSc Veterinary Nursing
~Hartpury University · 2013 – 2016
!Graduate Certificate in Veterinary Anaesthesia Nursing
~Improve International · 2021
=What I'm good at
>Clinical:|anaesthesia monitoring, dentistry, fluid therapy, wound management, lab diagnostics
>Software:|RxWorks, VetIT, Microsoft Office
=RCVS register
RCVS registration number: 1187543 · Clinical coach approved
=Beyond the clinic
Fostering cats for the local rescue, open-water swimming and baking very uneven sourdough.
""")

add("f04_en_europass.pdf", Europass, """
@Ailsa Cormack
Nationality: British | Date of birth: 22/06/1991 | Gender: Female
Phone number: (+44) 7802 551 930 | Email address: ailsa.cormack@outlook.com
Address: 4 Citadel Road, PL1 2PE Plymouth (United Kingdom)
=ABOUT MYSELF
Benthic ecologist with eight years of survey, taxonomy and habitat-mapping experience in UK and Norwegian waters, now leading offshore survey work for marine licensing and Marine Protected Area monitoring.
=WORK EXPERIENCE
~01/10/2020 – CURRENT Plymouth, United Kingdom
!BENTHIC ECOLOGIST
PLYMOUTH MARINE LABORATORY
* Lead scientist on grab and drop-down video surveys for offshore wind licensing.
* Identify infauna to species level; run multivariate analyses in PRIMER and R.
Business or sector: Professional, scientific and technical activities
~01/05/2017 – 30/09/2020 Oban, United Kingdom
!RESEARCH ASSISTANT – SEABED MAPPING
SCOTTISH ASSOCIATION FOR MARINE SCIENCE
* Processed multibeam and ROV data for maerl-bed and flame-shell reef mapping.
=EDUCATION AND TRAINING
~09/2013 – 09/2017 Southampton, United Kingdom
!PHD IN OCEAN AND EARTH SCIENCE
University of Southampton
Thesis: Recovery of sediment communities after scallop dredging
~09/2009 – 06/2013 Aberdeen, United Kingdom
!BSC (HONS) MARINE BIOLOGY
University of Aberdeen
Final grade: First class honours
=LANGUAGE SKILLS
Mother tongue(s): ENGLISH
Other language(s): NORWEGIAN – Listening B2, Reading B2, Spoken production B1, Spoken interaction B1, Writing B1
=DIGITAL SKILLS
R (vegan, lme4) | QGIS and ArcGIS Pro | PRIMER-e | Python | Microsoft Office
=DRIVING LICENCE
Driving Licence: B
=PUBLICATIONS
* Cormack, A. & Hale, R. (2023) Flame-shell reefs as nursery habitat. Marine Ecology Progress Series 712: 45–61.
* Cormack, A. et al. (2019) Dredging and benthic recovery in Lyme Bay. ICES Journal of Marine Science 76: 1802–1814.
""")

add("f05_en_pill.pdf", Pill, """
@Noor Al-Haddad
UX Researcher · Mixed methods · Accessibility
London · noor.alhaddad@fastmail.com · +44 7723 018 446
Portfolio: nooralhaddad.design (password on request)
=In short
Researcher who likes messy questions. Six years running studies for banking and public-service products, with a soft spot for accessibility and research ops.
=Research roles
!Senior UX Researcher
~MONZO BANK · London · 2022 – now
* Lead research for the savings and credit squads; 40+ studies a year.
* Built a research repository in Dovetail adopted by 120 colleagues.
!Studies I ran:
* Diary study with 30 customers in financial difficulty, which reshaped collections messaging.
* Accessibility benchmark with screen-reader and switch users.
!UX Researcher
~Citizens Advice (Digital team) · 2019 – 2022
* Usability testing and content research for the benefits and debt advice pages.
Team size: 4 researchers, 40 designers
=Methods
>Qualitative:|contextual inquiry, diary studies, interviews, usability testing, card sorting
>Quantitative:|survey design, MaxDiff, SUS and UMUX-Lite, A/B test readouts
>Tools:|Dovetail, Lookback, Maze, Optimal Workshop, Figma
=Study
!MSc Human–Computer Interaction
~UCL Interaction Centre · 2018 – 2019 · Distinction
!BSc Psychology
~University of Sussex · 2015 – 2018
=Speaking
* "Researching with people in financial difficulty", UX Brighton 2023
* "Research ops for a team of four", ResearchOps Community meetup, London 2022
=Languages
English and Arabic (native), French (intermediate)
""")

add("f06_en_jakes.pdf", Jakes, """
@Tobias Whitcombe
Bristol, UK | 07734 552 019 | t.whitcombe@icloud.com | linkedin.com/in/tobiaswhitcombe
=Summary
Chartered accountant and Certified Fraud Examiner with nine years in forensic accounting: commercial disputes, fraud investigations and quantum of loss reports for the courts.
=Experience
%Forensic Accounting Manager, Disputes & Investigations|Jan 2021 – Present
&KROLL ASSOCIATES UK LTD|Bristol / London
* Lead day-to-day fieldwork on fraud investigations for corporate clients and insolvency practitioners.
* Draft expert reports on quantum in shareholder and warranty disputes.
!Selected engagements:
* £38m procurement fraud at a logistics group – traced funds through 14 entities.
* Business interruption claim for a food manufacturer after a warehouse fire.
%Senior Associate, Forensic Services|Sep 2017 – Dec 2020
&PwC|Bristol
* Data analytics on journals and payments; interviews with finance staff.
%Audit Associate|Sep 2014 – Aug 2017
&Grant Thornton UK LLP|Bristol
=Education
%BSc Accounting and Finance (First Class)|2011 – 2014
&University of Exeter|Exeter, UK
!Relevant coursework:
Forensic Accounting, Corporate Finance, Audit & Assurance, Econometrics
=Qualifications
* ACA, ICAEW (2017)
* Certified Fraud Examiner (CFE), 2019
* Bond Solon Expert Witness Certificate (2022)
=Technical Skills
>Analysis:|IDEA, ACL, Alteryx, Power BI, SQL
>Disputes:|quantum of loss, lost profits, account of profits, tracing
""")

add("f07_en_codestyle.pdf", CodeStyle, """
@Kasia Lindqvist-Ward
offensive security / penetration tester
Manchester, UK · kasia@lindqvist.sh · github.com/klw-sec · +44 7401 662 018
Clearance: SC (active)
=$ whoami
CHECK Team Leader with seven years of web, infrastructure and cloud testing for banks, government departments and SaaS companies. I like source-code review, Active Directory and writing reports people actually read.
=$ cat experience.log
!Senior Penetration Tester
~// NCC GROUP PLC · Manchester · 2021 – present
* Lead CHECK and CBEST-style engagements; scope, test and debrief with clients.
* Mentor three junior consultants through CREST CRT/CCT.
!Notable findings:
* Pre-auth RCE in a payment gateway's admin API (fixed within 48 h).
* Domain admin in under a day on a 12,000-host AD estate via ADCS misconfiguration.
!Security Consultant
~// PENTEST PARTNERS LLP · Buckingham · 2018 – 2021
* Web app and mobile testing; IoT and automotive projects.
Average: 28 test days per quarter
=$ ls ./certs
* CREST Certified Tester – Infrastructure (CCT INF), 2022
* CHECK Team Leader (CTL), 2022
* OSCP, 2018 · OSWE, 2020
=$ cat advisories.txt
* CVE-2021-41773-style path traversal in a vendor VPN portal (coordinated disclosure, 2022)
* CVE-2023-28544 – stored XSS in an open-source ticketing system
=$ ls ./education
!BSc (Hons) Ethical Hacking – First
~Abertay University, Dundee · 2014 – 2018
=$ ./tools --list
>Web:|Burp Suite Pro, ffuf, sqlmap, Semgrep
>Infra:|BloodHound, Impacket, Certipy, CrackMapExec, Nessus
>Cloud:|ScoutSuite, Pacu, Azure AD / Entra ID testing
""")

add("f08_de_linefill.pdf", LineFill, """
@Johanna Kreutzfeldt
Tischlermeisterin · Gestalterin im Handwerk
Lindenstraße 14, 79098 Freiburg im Breisgau
Telefon: 0761 458 2290 · E-Mail: j.kreutzfeldt@posteo.de
Geburtsdatum: 03.11.1988 · Familienstand: ledig
=Kurzprofil
Tischlermeisterin mit 14 Jahren Werkstatterfahrung in Möbel- und Innenausbau. Ich führe eine Werkstatt mit sieben Mitarbeitenden, bilde aus und plane Einzelstücke vom Entwurf bis zur Montage beim Kunden.
=Beruflicher Werdegang
!Werkstattleiterin und Ausbilderin
~SCHREINEREI HAUG & SÖHNE GMBH, Freiburg · seit 04/2019
* Arbeitsvorbereitung, Materialdisposition und Terminplanung für 7 Mitarbeitende
* Ausbildung von derzeit drei Auszubildenden (zwei Kammersiegerinnen)
!Schwerpunkte:
* Küchen und Einbaumöbel nach Maß, Ladenbau für Cafés und Buchhandlungen
* CNC-Programmierung und Kalkulation mit Taifun
Umsatzverantwortung: ca. 1,1 Mio. € pro Jahr
!Tischlergesellin
~Möbelwerkstätten Ortenau, Offenburg · 08/2011 – 03/2019
* Fertigung und Montage von Massivholzmöbeln, Oberflächenbehandlung
=Meisterschule & Ausbildung
!Meisterprüfung im Tischlerhandwerk
~Handwerkskammer Freiburg · 2018 · Meisterstück: Sekretär aus Kirschbaum, massiv
!Gesellenprüfung Tischlerin
~Gewerbeschule Offenburg · 2011
=Besondere Kenntnisse
>CAD/CAM:|imos iX, AutoCAD, WoodWOP (Homag)
>Maschinen:|CNC-Bearbeitungszentrum, Formatkreissäge, Kantenanleimmaschine
=Auszeichnungen
* Landessieg „Die gute Form“ Baden-Württemberg 2011 (Gesellenstück)
* Bundespreis Handwerk in der Denkmalpflege, Anerkennung 2022
=Sprachen
Deutsch (Muttersprache), Englisch (gut), Französisch (Grundkenntnisse)
=Was mich sonst bewegt
Restaurierung alter Werkbänke, Wandern im Schwarzwald, Vorstand im Förderverein der Gewerbeschule.
""")

add("f09_de_tabellarisch.pdf", Tabellarisch, """
+Lebenslauf
@Mehmet Yıldırım-Becker
=Persönliche Daten
Anschrift: Wilhelmshöher Allee 211, 34121 Kassel
Telefon: 0561 730 4418
E-Mail: m.yildirim-becker@web.de
Geburtsdatum: 17.05.1984 in Hann. Münden
Staatsangehörigkeit: deutsch
=Berufserfahrung
%seit 01/2020|Leiter Lager und Versand
DACHSER SE, Niederlassung Kassel
* Führung von 46 Mitarbeitenden in drei Schichten
* Einführung eines neuen Lagerverwaltungssystems (SAP EWM)
!Kennzahlen:
* Kommissionierfehler von 0,6 % auf 0,15 % gesenkt
%04/2014 – 12/2019|Schichtleiter Warenausgang
!LOGWIN SOLUTIONS DEUTSCHLAND GMBH
* Tourenplanung, Verladung, Schnittstelle zu Speditionen
%08/2004 – 03/2014|Fachkraft für Lagerlogistik
Volkswagen AG, Werk Kassel (Baunatal)
=Ausbildung
%10/2010 – 06/2013|Geprüfter Logistikmeister (IHK), berufsbegleitend
IHK Kassel-Marburg
%08/2001 – 07/2004|Ausbildung zur Fachkraft für Lagerlogistik
Volkswagen AG, Werk Kassel
=Fort- und Weiterbildung
%2021|Ausbildereignung (AdA-Schein)
%2017|Gabelstapler-Ausbilder nach DGUV 308-001
=EDV-Kenntnisse
>SAP:|EWM, MM, LE (sehr gut)
>Office:|Excel (Pivot, SVERWEIS), Power BI (Grundkenntnisse)
=Sprachkenntnisse
Deutsch und Türkisch (Muttersprache), Englisch (verhandlungssicher)
Kassel, 12. Januar 2026
""")

add("f10_de_glyphbullet.pdf", GlyphBullet, """
@Dr.-Ing. Friederike Nowak
Bauingenieurin · Tragwerksplanung · Brückenbau
Stuttgart · +49 171 552 9034 · f.nowak@ingenieurbuero-mail.de
Kammer: Ingenieurkammer Baden-Württemberg, Listen-Nr. 0471-2
=■ Profil
Beratende Ingenieurin mit zwölf Jahren Erfahrung in der Tragwerksplanung von Brücken und Hochbauten aus Stahl, Stahlbeton und Holz. Promoviert zur Ermüdung von Verbundträgern, Projektleitung bis 40 Mio. € Bausumme.
=■ Berufspraxis
!Projektleiterin Tragwerksplanung
~SCHLAICH BERGERMANN PARTNER, Stuttgart · seit 2020
* Leitung von Entwurfs- und Ausführungsplanung für Fuß- und Radwegbrücken
* Koordination mit Architektur, Prüfingenieuren und Bauherren
!Referenzprojekte:
* Geh- und Radwegbrücke über den Neckar, Esslingen (Stahl, 120 m)
* Aufstockung eines Parkhauses in Holz-Hybridbauweise, Heilbronn
!Wissenschaftliche Mitarbeiterin
~Universität Stuttgart, Institut für Konstruktion und Entwurf · 2013 – 2019
Lehre: Übungen Stahlbau I und II
=■ Studium & Promotion
!Dr.-Ing. Bauingenieurwesen
~Universität Stuttgart · 2019 · Dissertation zur Ermüdung von Verbundträgern
!M.Sc. Bauingenieurwesen
~Karlsruher Institut für Technologie · 2013
=■ Software
>Berechnung:|SOFiSTiK, RFEM, Dlubal, Ansys (Grundlagen)
>Modellierung:|Revit, Allplan, Rhino mit Grasshopper
=■ Veröffentlichungen
* Nowak, F.; Kuhlmann, U.: Ermüdung von Kopfbolzendübeln. Stahlbau 88 (2019), S. 512–521
* Nowak, F.: Holz-Hybrid im Bestand. Bautechnik 100 (2023), S. 44–52
=■ Mitgliedschaften
VDI, Deutscher Stahlbautag, Arbeitskreis Brückenbau der Ingenieurkammer
=■ Sprachen
Deutsch (Muttersprache), Englisch (C1), Polnisch (B2)
""")

add("f11_fr_accentunderline.pdf", AccentUnderline, """
@Camille Rakotobe
Sage-femme – salle de naissance & suivi global
Nantes (44) · 06 48 21 77 93 · camille.rakotobe@laposte.net
N° RPPS : 10101876543
=Profil
Sage-femme depuis neuf ans, en maternité de niveau 3 puis en libéral. J'accompagne la grossesse, l'accouchement et le post-partum, avec une attention particulière à la préparation à la naissance et à la rééducation périnéale.
=Expérience professionnelle
!Sage-femme libérale
~CABINET DES SAGES-FEMMES DE L'ERDRE, Nantes · depuis 2021
* Suivi de grossesse, préparation à la naissance, consultations post-natales
* Rééducation périnéale et suivi gynécologique de prévention
!Projets menés :
* Ateliers d'allaitement mensuels avec la PMI de Nantes Nord
* Protocole commun avec deux médecins généralistes du quartier
Patientèle : environ 320 femmes par an
!Sage-femme hospitalière
~CHU DE NANTES – Maternité niveau 3 · 2016 – 2021
* Salle de naissance, grossesses pathologiques, urgences obstétricales
=Formation
!Diplôme d'État de sage-femme
~École de sages-femmes de Nantes · 2016
!DU Échographie gynécologique et obstétricale
~Université de Nantes · 2020
=Compétences cliniques
>Techniques :|suture périnéale, analgésie péridurale (surveillance), monitoring fœtal
>Logiciels :|Doctolib, Weda, DxCare
=Accompagnements spécifiques
* Haptonomie (formation CIRDH, 2019)
* Acupuncture obstétricale (DIU, 2022)
=Langues
Français (langue maternelle), malgache (courant), anglais (B2)
""")

add("f12_fr_legend.pdf", Legend, """
@Maëlle Guillou
Boulangère-pâtissière · Meilleure Apprentie de France 2014
Quimper (29) · 07 62 18 45 09 · maelle.guillou@orange.fr
=À propos
Boulangère-pâtissière passionnée par les levains et les farines anciennes, onze ans d'expérience entre fournil artisanal et pâtisserie de restaurant. Je cherche à reprendre un fournil en Bretagne.
=Expériences
!Cheffe boulangère
~AU PAIN DE L'ODET, Quimper · depuis 2019
* Production quotidienne de 900 pains au levain naturel, farines bio locales
* Encadrement de deux boulangers et d'une apprentie
!Réalisations :
* Création d'une gamme sans gluten labellisée (12 % du chiffre d'affaires)
* Passage au four à bois, baisse de 18 % de la consommation d'énergie
!Commis pâtissière
~Restaurant L'Ostréa, Concarneau · 2015 – 2019
Horaires : 4 h – 12 h, cinq jours sur sept
=Diplômes
!Brevet de maîtrise Boulanger
~Chambre de Métiers du Finistère · 2018
!CAP Boulanger et CAP Pâtissier
~CFA de Quimper · 2013 – 2015
=Savoir-faire
>Panification :|levain naturel, pétrissage lent, viennoiserie feuilletée
>Pâtisserie :|kouign-amann, entremets, tartes de saison
=Concours
* Meilleure Apprentie de France, catégorie boulangerie (2014)
* 2e prix, Concours du meilleur kouign-amann de Douarnenez (2022)
=Bénévolat
Ateliers pain pour les Restos du Cœur de Quimper, un samedi par mois depuis 2020.
=Langues
Français, breton (bonnes bases), anglais (scolaire)
""")

add("f13_fr_initialcap.pdf", InitialCap, """
@Yannick Bertrand-Oulé
Technicien de maintenance ferroviaire
Rennes (35) · 06 31 88 04 27 · y.bertrand.oule@gmail.com
Mobilité : Bretagne et Pays de la Loire
=Profil
Technicien de maintenance sur matériel roulant depuis douze ans (TER, TGV, rames Régiolis). Diagnostic électrique et pneumatique, travail en équipe de nuit, rigueur sur la traçabilité et la sécurité.
=Parcours
!Technicien de maintenance matériel roulant
~SNCF VOYAGEURS – Technicentre de Rennes · depuis 2018
* Maintenance préventive et corrective des rames Régiolis et AGC
* Diagnostic des pannes de traction, freinage et portes
!Interventions :
* Remplacement de bogies et de moteurs de traction
* Mise à jour logicielle des calculateurs de bord
Horaires : 3x8, astreintes un week-end sur quatre
!Électromécanicien
~ALSTOM TRANSPORT, La Rochelle · 2013 – 2018
* Câblage et essais statiques sur rames TGV Duplex
=Formation
!BTS Maintenance des systèmes, option ferroviaire
~Lycée Jean Moulin, Rennes · 2013
!Bac pro Maintenance des équipements industriels
~2011
=Habilitations
* Habilitation électrique B2V-BR-BC-H0V (recyclage 2024)
* CACES R489 catégorie 3 · Travail en hauteur
=Compétences techniques
>Outils :|multimètre, oscilloscope, valise de diagnostic DIAG-TER
>Informatique :|GMAO Maximo, Excel, lecture de schémas électriques
=Langues
Français (natif), anglais technique (B1)
=Loisirs
Modélisme ferroviaire, trail, président de l'amicale des cheminots de Rennes.
""")

add("f14_es_mixedweight.pdf", MixedWeight, """
@Lucía Ferrándiz Ortega
Fisioterapeuta deportiva
Valencia · +34 646 208 915 · lucia.ferrandiz@fisio.es
Colegiada n.º: 9874 (ICOFCV)
=SOBRE MÍ
Fisioterapeuta especializada en fútbol y readaptación de lesiones, con ocho años en clubes profesionales y clínica privada. Me apasiona la prevención y el trabajo coordinado con preparadores físicos y médicos.
=MI TRAYECTORIA
!Fisioterapeuta del primer equipo femenino
~LEVANTE UD – Ciudad Deportiva de Buñol · 2021 – actualidad
* Tratamiento y readaptación de lesiones musculares y ligamentosas
* Protocolos de prevención con GPS y pruebas de fuerza
!Aportaciones:
* Reducción del 30 % de las lesiones de isquiotibiales en dos temporadas
* Programa de vuelta al juego tras rotura de LCA
!Fisioterapeuta
~Clínica Fisiosport Ruzafa, Valencia · 2017 – 2021
Jornada: completa, con guardias de partido los fines de semana
=MIS ESTUDIOS
!Grado en Fisioterapia
~Universitat de València · 2013 – 2017
!Máster en Fisioterapia Deportiva
~Universidad Europea de Valencia · 2018
=MÁS FORMACIÓN
* Punción seca (Método Travell, 2019)
* Vendaje neuromuscular, nivel avanzado (2020)
=LO QUE SÉ HACER
>Terapia manual:|masaje deportivo, movilizaciones, ejercicio terapéutico
>Tecnología:|ecografía musculoesquelética, plataformas de fuerza, Kinvent
=IDIOMAS
Español y valenciano (nativos), inglés (B2), italiano (A2)
""")

add("f15_es_circlephoto.pdf", CirclePhoto, """
@Andrés Villalba Cuesta
Ingeniero Agrónomo · Viticultura y olivar
Valladolid · +34 679 114 302 · andres.villalba@agro.es
Colegiado COIAL n.º 2.318
=PERFIL
Ingeniero agrónomo con diez años en viñedo y olivar de la Ribera del Duero y Toledo. Dirijo campañas, riego de precisión y ensayos varietales; acostumbrado a coordinar cuadrillas y a tratar con cooperativas.
=EXPERIENCIA
!Técnico de campo – viñedo
~BODEGAS PROTOS S.L. · Peñafiel (Valladolid) · 2020 – hoy
* Gestión agronómica de 350 ha propias y 600 ha de proveedores
* Planes de riego con sondas de humedad y teledetección
!Funciones principales:
* Control de maduración y planificación de vendimia
* Cuaderno de campo digital y auditorías de producción integrada
Equipo a cargo: 4 capataces y hasta 60 vendimiadores
!Ingeniero agrónomo
~COOPERATIVA OLIVARERA NTRA. SRA. DE LA PAZ · Toledo · 2015 – 2020
* Asesoramiento a 220 socios en poda, fertilización y sanidad vegetal
=FORMACIÓN
!Máster en Ingeniería Agronómica
~Universidad Politécnica de Madrid · 2015
!Grado en Ingeniería Agrícola y del Medio Rural
~Universidad de Valladolid · 2013
=PROYECTOS DE I+D
* VITISENS – sensores de estrés hídrico en Tempranillo (CDTI, 2021 – 2023)
* Ensayo de variedades resistentes a mildiu con el ITACYL (2022)
=HERRAMIENTAS
>Software:|QGIS, Visual Nacho, Agroptima, Excel avanzado
>Campo:|cámara de presión, estaciones meteorológicas, drones con multiespectral
=IDIOMAS
Español (nativo), inglés (C1), francés (B1)
=OTROS DATOS
Vehículo propio: sí · Incorporación: inmediata
Disponibilidad para viajar: sí, también campañas en el extranjero
""")

add("f16_en_heading2.docx", DxHeading2, """
@Declan Moriarty
Head Brewer · IBD Diploma Brewer
Galway, Ireland · +353 87 220 4815 · declan@moriartybrews.ie
=Profile
Head brewer with twelve years in craft breweries in Ireland and Scotland. I run a 30 hL brewhouse, look after quality and yeast management, and develop recipes that sell beyond the taproom.
=Brewing Career
#Head Brewer
!BLACKSTACK BREWING CO., Galway
~March 2019 – present
* Lead a brew team of five; 6,500 hL a year across cans, kegs and cask.
* Set up the lab: forced-fermentation tests, ATP swabs and micro plating.
!Key wins:
* Cut beer losses from 9 % to 5 % with a centrifuge and new dry-hop process.
* Brought canning in-house – payback in 19 months.
Reporting to: Managing Director
#Assistant Brewer
!CAIRNGORM BREWERY, Aviemore
~2013 – 2019
* Brewing, cellaring and CIP; yeast propagation and cell counts.
=Education & Qualifications
!IBD Diploma in Brewing
~Institute of Brewing & Distilling · 2017
!BSc Food Science
~University College Cork · 2009 – 2012
=Beers I'm proud of
>Cladach Stout:|Gold, World Beer Awards 2022 – a 4.2 % dry stout with Irish grown barley.
>Salthill Session IPA:|now 40 % of Blackstack's volume.
=Competition medals
* Gold – World Beer Awards 2022 (Cladach Stout)
* Silver – SIBA Independent Beer Awards Scotland 2018 (Cairngorm Black Gold)
=Skills
>Brewhouse:|recipe design, hop selection, water treatment, yeast management
>Quality:|HACCP, sensory panels, BRCGS food safety
=Interests
Sea swimming at Blackrock, Gaelic football coaching (U12s), homebrew club judging.
""")

add("f17_en_tablesidebar.docx", DxTableSidebar, """
@Rhys Penhaligon
Climbing Arborist & Team Leader
=CONTACT
07825 331 604
rhys.penhaligon@gmail.com
Based in: Truro, Cornwall
=TICKETS
NPTC CS30/CS31 chainsaw maintenance and felling
NPTC CS38 tree climbing and aerial rescue
NPTC CS39 and CS41 (climbing with a chainsaw, dismantling)
LANTRA Emergency First Aid at Work +F
Licence: C1 + trailer (BE)
=KIT I RUN
MEWP (IPAF 1b, 3b), stump grinder, Timberwolf chipper, rigging with Port-a-Wrap and friction savers
^
=PROFILE
Climbing arborist with nine years of domestic, estate and utility work across Cornwall. Safe, tidy and calm on difficult dismantles over property and roads.
=EXPERIENCE
!Climbing Arborist & Team Leader
!TREEWORKS KERNOW LTD
2020 – present
Led three-person crews on dismantles, crown reductions and ash dieback felling.
!Typical jobs:
Sectional dismantling over conservatories and roads; veteran tree work on National Trust estates.
Crew size: 3
!Groundsman / Trainee Climber
Duchy Tree Care, Bodmin · 2015 – 2020
Chipping, rigging support and traffic management; climbing from 2017.
=TRAINING
!Level 3 Diploma in Arboriculture
Kingston Maurward College, Dorchester · 2015
=REFERENCES
Available on request.
""")

add("f18_en_pborder.docx", DxParaBorder, """
@Olufemi Adeyemi-Clarke
Diagnostic Radiographer (CT)
Birmingham · 07392 118 056 · femi.adeyemiclarke@nhs.net
HCPC number: RA081243
=PERSONAL STATEMENT
HCPC-registered radiographer with seven years in a major trauma centre, working across general radiography, CT and out-of-hours trauma. I enjoy teaching students and leading CT audits.
=CLINICAL EXPERIENCE
!Band 6 Diagnostic Radiographer – CT
!UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST
~Queen Elizabeth Hospital · 2021 – present
* Trauma, stroke and cardiac CT; contrast cannulation under PGD.
* Practice educator for second- and third-year students.
!Rotations:
* CT (main department and ED), interventional radiology, night shifts.
!Band 5 Diagnostic Radiographer
!SANDWELL AND WEST BIRMINGHAM HOSPITALS NHS TRUST
~2018 – 2021
* General radiography, theatres, mobiles and fluoroscopy.
=EDUCATION
!BSc (Hons) Diagnostic Radiography – First
~Birmingham City University · 2015 – 2018
=HCPC REGISTRATION
Registered since August 2018 · PGD for IV contrast, 2021 · Immediate Life Support (Resus Council UK), 2024
=MODALITIES
>Equipment:|Siemens SOMATOM Force, GE Revolution, Philips DigitalDiagnost
>Systems:|CRIS, Sectra PACS, Soliton RIS
=AUDIT & RESEARCH
* Re-audit of CT head request justification against NICE NG232 (2023)
* Service improvement project: paediatric chest X-ray repeat rate down 40 % (2022)
=REFERENCES
Available on request.
""")

add("f19_en_tabstops.docx", DxTabStops, """
@Eleanor Whitfield-Acheampong
Senior Paralegal – Residential Conveyancing
Leeds LS6 · 07912 604 387 · eleanor.wa@outlook.com
=Personal Profile
Senior paralegal with eight years in residential conveyancing and probate property sales. I run my own caseload of around 90 files from instruction to completion and am studying the SQE part-time.
=Legal Experience
!HARRISON CLARKE SOLICITORS LLP, Leeds
%Senior Paralegal|Apr 2020 – present
* Freehold and leasehold sales and purchases, remortgages and transfers of equity.
* Draft contracts, raise enquiries and report on title.
!Key matters:
* New-build phase of 64 plots for a regional developer.
* Shared-ownership staircasing matters with housing associations.
Caseload: 85–95 live files
!JOHNSON & KEMP LAW, Bradford
%Conveyancing Assistant|Sep 2016 – Mar 2020
* Post-completion: SDLT returns, Land Registry applications.
=Areas of Practice
>Conveyancing:|sales, purchases, new-build, shared ownership, right to buy
>Systems:|Proclaim and Quill case management, Land Registry portal, SearchFlow
=Education
!LLB (Hons) Law – 2:1
University of Leeds · 2013 – 2016
!SQE1
Passed July 2024 · SQE2 booked for 2026
=Achievements
* Yorkshire Legal Awards 2023 – Paralegal of the Year (shortlisted)
* Firm's Client Care Award, 2021
=Hobbies
Netball (league team captain), allotment, volunteering with a local food bank.
=References
Available on request.
""")

add("f20_de_softbreaks.docx", DxSoftBreaks, """
@Svenja Hölzl
Staatlich anerkannte Erzieherin
Augsburger Straße 7, 86150 Augsburg · 0176 4420 3318 · svenja.hoelzl@gmx.de
Geburtsjahr: 1994
=Zu meiner Person
Erzieherin mit acht Jahren Praxis in Krippe und Kindergarten, zuletzt als Gruppenleitung. Mir sind Partizipation, Sprachförderung und eine gute Zusammenarbeit mit Eltern wichtig.
=Praxiserfahrung
!Gruppenleitung Krippe
KITA SONNENWINKEL E.V., Augsburg · seit 09/2020
– Leitung einer Krippengruppe mit 12 Kindern (1–3 Jahre)
– Eingewöhnung nach dem Berliner Modell, Entwicklungsdokumentation
!Meine Projekte:
– Naturtage im Siebentischwald, Sprachkiste für mehrsprachige Familien
!Erzieherin
Städtische Kindertagesstätte Hochzoll · 09/2016 – 08/2020
Wochenstunden: 39
=Ausbildung
!Staatlich anerkannte Erzieherin
Fachakademie für Sozialpädagogik Augsburg · 2016
!Kinderpflegerin
Berufsfachschule für Kinderpflege, Friedberg · 2013
=Zusatzqualifikationen
– Fachkraft für Sprachförderung (2019)
– Erste Hilfe am Kind (Auffrischung 2024)
=Pädagogische Schwerpunkte
Partizipation: Kinderkonferenzen ab zwei Jahren
Naturpädagogik, Musik (Gitarre), Portfolioarbeit
=Ehrenamt
Jugendleiterin im TSV Haunstetten (Kinderturnen), seit 2014
=Sprachen
Deutsch (Muttersprache), Englisch (gut), Italienisch (Grundkenntnisse)
""")

add("f21_fr_autonumber.docx", DxAutoNumber, """
@Inès Belkacem
Chargée de communication – institutions culturelles
Lyon 7e · 06 72 14 55 80 · ines.belkacem@protonmail.com
=Profil
Chargée de communication depuis sept ans dans le spectacle vivant et les musées. Je pilote les campagnes de saison, les relations presse et les réseaux sociaux, avec un goût prononcé pour l'écriture.
=Expériences professionnelles
!Chargée de communication et des relations presse
!OPÉRA DE LYON
~Septembre 2021 – aujourd'hui
– Plan de communication de saison (budget 180 k€), relations avec 40 journalistes
– Gestion des réseaux sociaux : 95 000 abonnés Instagram
!Missions principales :
– Brochure de saison, campagnes d'affichage, partenariats médias
Rattachement : directrice de la communication
!Assistante communication
!MUSÉE DES CONFLUENCES
~2018 – 2021
– Lancement des expositions temporaires, accueil presse
=Formation
!Master 2 Communication des organisations culturelles
~Université Lumière Lyon 2 · 2018
!Licence Lettres modernes
~Université Jean Moulin Lyon 3 · 2016
=Compétences
>Outils :|Adobe InDesign, Photoshop, Canva, Meltwater, Brevo
>Rédaction :|communiqués et dossiers de presse, newsletters, textes de salle
=Prises de parole
– « Communiquer une saison lyrique auprès des moins de 30 ans », Rencontres de l'Opéra, 2023
=Engagements
Bénévole au festival Les Nuits de Fourvière (accueil presse), 2016 – 2019
=Langues
Français, arabe (langue maternelle), anglais (C1), espagnol (B1)
""")

add("f22_es_customstyle.docx", DxCustomStyle, """
@Marta Echeverría Sanz
Maestra de Educación Infantil · Bilingüe
Pamplona (Navarra) · 628 417 990 · marta.echeverria@educa.es
=Perfil profesional
Maestra de Educación Infantil con siete años en aulas de 3 a 6 años, en colegio concertado y en la red pública navarra. Trabajo por proyectos, con rincones y mucha colaboración con las familias.
=Experiencia docente
#Tutora de 2.º ciclo de Infantil (4 años)
!COLEGIO PÚBLICO SAN JORGE · Pamplona
~Septiembre 2021 – actualidad
– Programación por proyectos y rincones de juego
– Coordinación del plan lector de Infantil
!Logros en el aula:
– Proyecto «Pequeños científicos», premiado por el Gobierno de Navarra en 2023
Ratio: 22 alumnos
#Maestra de Infantil y apoyo en inglés
!COLEGIO CALASANZ · Pamplona
~2018 – 2021
=Formación académica
!Grado en Maestro en Educación Infantil, mención en Inglés
~Universidad Pública de Navarra · 2014 – 2018
=Oposiciones y méritos
– Oposición al Cuerpo de Maestros, especialidad Infantil (Navarra 2021): aprobada con plaza
– Certificado C1 de inglés (Cambridge Advanced)
=Competencias
>Metodologías:|ABP, aprendizaje cooperativo, Montessori, Reggio Emilia
>TIC:|Google Classroom, Genially, pizarra digital
=Idiomas
Español (nativo), euskera (B2), inglés (C1)
=Voluntariado
Monitora de campamentos de verano con Cáritas Navarra (2014 – 2019)
""")

add("f23_es_strongstyle.docx", DxStrong, """
@Javier Montero Aranda
$Desarrollador backend · Go · Kubernetes
Zaragoza · javier@montero.dev · github.com/jmontero · +34 611 302 774
=Quién soy
Desarrollador backend con nueve años construyendo APIs y sistemas distribuidos para comercio electrónico y banca. Me gustan los sistemas sencillos, los tests y medir antes de optimizar.
=Dónde he trabajado
!Senior Backend Engineer
~CABIFY · Madrid (remoto) · 2021 – actualidad
– Servicios de precios y asignación en Go, 40.000 peticiones por segundo
– Migración de monolito Ruby a microservicios en Kubernetes
!Lo que más me enorgullece:
– Latencia p99 de 450 ms a 120 ms en el servicio de tarifas
Stack principal: Go, PostgreSQL, Kafka, gRPC
!Desarrollador backend
~IBERCAJA BANCO · Zaragoza · 2016 – 2021
– API de pagos y conciliación bancaria en Java y Spring Boot
=Stack
>Lenguajes:|Go, Java, Python, SQL
>Infraestructura:|Kubernetes, Terraform, AWS, Prometheus, Grafana
=Proyectos open source
– go-ratelimit: librería de rate limiting distribuido (1.200 estrellas en GitHub)
– Contribuciones a Kubernetes client-go y a Prometheus
=Formación
!Grado en Ingeniería Informática
~Universidad de Zaragoza · 2011 – 2015
=Charlas
– «Del monolito a Kubernetes sin morir en el intento», Codemotion Madrid 2023
=Idiomas
Español (nativo), inglés (C1)
""")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fname, cls, block in RESUMES:
        cls().render(parse(block), os.path.join(out, fname))


if __name__ == "__main__":
    main()
