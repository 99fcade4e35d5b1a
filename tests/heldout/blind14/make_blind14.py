#!/usr/bin/env python3
"""make_blind14.py OUTDIR

Writes the 24 resumes of the blind14 held-out set (6 en, 6 de, 6 fr, 6 es;
12 PDF made with fpdf2, 12 DOCX made with python-docx) into OUTDIR.

Every resume is literal data inside its own layout function.  Nothing is
random; PDF and DOCX metadata are fixed and every DOCX is re-zipped with fixed
member dates, so two runs give byte-identical files (same library versions and
font files assumed).  The script holds no section types and no labels.
"""
import datetime
import io
import math
import os
import sys
import zipfile

from fpdf import FPDF
from PIL import Image, ImageDraw
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
DV = '/usr/share/fonts/truetype/dejavu/'
LB = '/usr/share/fonts/truetype/liberation/'
FONTS = {
    'dv': {'': DV + 'DejaVuSans.ttf', 'B': DV + 'DejaVuSans-Bold.ttf',
           'I': DV + 'DejaVuSans-Oblique.ttf', 'BI': DV + 'DejaVuSans-BoldOblique.ttf'},
    'dvc': {'': DV + 'DejaVuSansCondensed.ttf', 'B': DV + 'DejaVuSansCondensed-Bold.ttf',
            'I': DV + 'DejaVuSansCondensed-Oblique.ttf', 'BI': DV + 'DejaVuSansCondensed-BoldOblique.ttf'},
    'dvx': {'': DV + 'DejaVuSans-ExtraLight.ttf'},
    'dvs': {'': DV + 'DejaVuSerif.ttf', 'B': DV + 'DejaVuSerif-Bold.ttf',
            'I': DV + 'DejaVuSerif-Italic.ttf', 'BI': DV + 'DejaVuSerif-BoldItalic.ttf'},
    'dvm': {'': DV + 'DejaVuSansMono.ttf', 'B': DV + 'DejaVuSansMono-Bold.ttf'},
    'ls': {'': LB + 'LiberationSans-Regular.ttf', 'B': LB + 'LiberationSans-Bold.ttf',
           'I': LB + 'LiberationSans-Italic.ttf', 'BI': LB + 'LiberationSans-BoldItalic.ttf'},
    'ln': {'': LB + 'LiberationSansNarrow-Regular.ttf', 'B': LB + 'LiberationSansNarrow-Bold.ttf',
           'I': LB + 'LiberationSansNarrow-Italic.ttf'},
    'lr': {'': LB + 'LiberationSerif-Regular.ttf', 'B': LB + 'LiberationSerif-Bold.ttf',
           'I': LB + 'LiberationSerif-Italic.ttf', 'BI': LB + 'LiberationSerif-BoldItalic.ttf'},
}
BLACK = (0, 0, 0)
PT = 25.4 / 72.0


# ---------------------------------------------------------------- pictures
def photo_png(w_px, h_px, bg, round_=False, body=(150, 150, 150), back=(215, 215, 215)):
    """Grey silhouette placeholder (no real person)."""
    im = Image.new('RGB', (w_px, h_px), bg if round_ else back)
    d = ImageDraw.Draw(im)
    if round_:
        d.ellipse((0, 0, w_px - 1, h_px - 1), fill=back)
    cx = w_px // 2
    d.ellipse((cx - w_px * 0.2, h_px * 0.18, cx + w_px * 0.2, h_px * 0.58), fill=body)
    d.pieslice((cx - w_px * 0.42, h_px * 0.62, cx + w_px * 0.42, h_px * 1.38), 180, 360, fill=body)
    if round_:
        mask = Image.new('L', (w_px, h_px), 0)
        ImageDraw.Draw(mask).ellipse((0, 0, w_px - 1, h_px - 1), fill=255)
        out = Image.new('RGB', (w_px, h_px), bg)
        out.paste(im, (0, 0), mask)
        im = out
    buf = io.BytesIO()
    im.save(buf, format='PNG', optimize=False)
    buf.seek(0)
    return buf


# ---------------------------------------------------------------- PDF
class P(FPDF):
    """Thin fpdf2 wrapper: text at baselines, word wrapping, overlap bookkeeping."""

    def __init__(self, title, lang):
        super().__init__(unit='mm', format='A4')
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author('blind14 generator')
        self.set_subject('Synthetic resume for a held-out test set')
        self.set_creator('make_blind14.py')
        self.set_producer('fpdf2')
        self.set_lang(lang)
        self._reg = set()
        self.boxes = {}

    def f(self, fam, st='', size=10, col=BLACK):
        if (fam, st) not in self._reg:
            self.add_font(fam, st, FONTS[fam][st])
            self._reg.add((fam, st))
        self.set_font(fam, st, size)
        self.set_text_color(*col)

    def _box(self, x, y, w, size):
        h = size * PT
        self.boxes.setdefault(self.page, []).append((x, y - 0.78 * h, x + w, y + 0.22 * h))

    def t(self, x, y, txt, fam='dv', st='', size=10, col=BLACK, sp=0, align='L'):
        """Text with its baseline at y. align L/R/C refers to x. Returns the width."""
        self.f(fam, st, size, col)
        self.set_char_spacing(sp)
        w = self.get_string_width(txt)
        if sp:
            w -= sp * PT  # no spacing after the last character
        if align == 'R':
            x -= w
        elif align == 'C':
            x -= w / 2
        self.text(x, y, txt)
        self.set_char_spacing(0)
        self._box(x, y, w, size)
        return w

    def runs(self, x, y, runs):
        """runs: [(text, fam, st, size, col), ...] drawn one after the other."""
        for r in runs:
            x += self.t(x, y, *r)
        return x

    def width(self, txt, fam, st, size, sp=0):
        self.f(fam, st, size)
        self.set_char_spacing(sp)
        w = self.get_string_width(txt)
        self.set_char_spacing(0)
        return w - (sp * PT if sp else 0)

    def lines_of(self, txt, w, fam, st, size):
        self.f(fam, st, size)
        out, cur = [], ''
        for word in txt.split(' '):
            test = word if not cur else cur + ' ' + word
            if self.get_string_width(test) <= w or not cur:
                cur = test
            else:
                out.append(cur)
                cur = word
        out.append(cur)
        return out

    def wrap(self, x, y, w, txt, fam='dv', st='', size=10, col=BLACK, lh=None, align='L'):
        """Word-wrapped block; first baseline at y; returns the baseline after the block."""
        lh = lh or size * PT * 1.42
        for line in self.lines_of(txt, w, fam, st, size):
            if align == 'R':
                self.t(x + w, y, line, fam, st, size, col, align='R')
            elif align == 'C':
                self.t(x + w / 2, y, line, fam, st, size, col, align='C')
            else:
                self.t(x, y, line, fam, st, size, col)
            y += lh
        return y

    def rwrap(self, x, y, w, segs, lh):
        """Word-wrap over styled segments [(text, fam, st, size, col), ...]."""
        words = []
        for text, fam, st, size, col in segs:
            parts = text.split(' ')
            for i, part in enumerate(parts):
                if part == '' and i > 0:
                    continue
                glue = i < len(parts) - 1
                words.append([part, (fam, st, size, col), glue])
        # a word joins the previous one when the previous had no trailing space
        tokens = [tuple(wd) for wd in words]
        lines, cur, curw = [], [], 0.0
        for word, style, glue in tokens:
            if not cur and word == '':
                continue
            ww = self.width(word, style[0], style[1], style[2])
            sw = self.width(' ', style[0], style[1], style[2])
            need = ww + (sw if glue else 0)
            if cur and curw + ww > w:
                lines.append(cur)
                cur, curw = [], 0.0
            cur.append((word + (' ' if glue else ''), style))
            curw += need
        if cur:
            lines.append(cur)
        for line in lines:
            xx = x
            # strip the trailing space of the line
            last_word, last_style = line[-1]
            line[-1] = (last_word.rstrip(' '), last_style)
            merged = []
            for word, style in line:
                if merged and merged[-1][1] == style:
                    merged[-1][0] += word
                else:
                    merged.append([word, style])
            for word, style in merged:
                if word:
                    xx += self.t(xx, y, word, *style)
            y += lh
        return y

    def bullet(self, x, y, w, txt, fam='dv', st='', size=9, col=BLACK, lh=None, mark='•', mcol=None, ind=3.6):
        self.t(x, y, mark, fam, st, size, mcol or col)
        return self.wrap(x + ind, y, w - ind, txt, fam, st, size, col, lh)

    def box(self, x, y, w, h, col, r=0):
        self.set_fill_color(*col)
        if r:
            self.rect(x, y, w, h, 'F', round_corners=True, corner_radius=r)
        else:
            self.rect(x, y, w, h, 'F')

    def disc(self, cx, cy, r, col, outline=None, lw=0.3):
        if outline:
            self.set_draw_color(*outline)
            self.set_line_width(lw)
        if col is None:
            self.ellipse(cx - r, cy - r, 2 * r, 2 * r, 'D')
        else:
            self.set_fill_color(*col)
            self.ellipse(cx - r, cy - r, 2 * r, 2 * r, 'FD' if outline else 'F')

    def hline(self, x1, y, x2, col, lw=0.3):
        self.set_draw_color(*col)
        self.set_line_width(lw)
        self.line(x1, y, x2, y)

    def vline(self, x, y1, y2, col, lw=0.3):
        self.set_draw_color(*col)
        self.set_line_width(lw)
        self.line(x, y1, x, y2)

    def dots(self, x, y, n, of, on, off, r=1.1, gap=3.2):
        """Rating dots, centred on baseline y - 1.1 (drawn shapes, not text)."""
        for i in range(of):
            self.disc(x + i * gap + r, y - 1.15, r, on if i < n else off)

    def bar(self, x, y, w, frac, on, off, h=1.6, r=0.8):
        self.box(x, y, w, h, off, r)
        self.box(x, y, w * frac, h, on, r)

    def photo(self, x, y, w, h, bg=(255, 255, 255), round_=False):
        self.image(photo_png(int(w * 12), int(h * 12), bg, round_), x, y, w, h)

    def check_layout(self, name):
        for page, bx in self.boxes.items():
            for i, a in enumerate(bx):
                if a[0] < 4 or a[2] > 206 or a[1] < 3 or a[3] > 294:
                    raise SystemExit('%s p%d: text outside page %r' % (name, page, a))
                for b in bx[i + 1:]:
                    ox = min(a[2], b[2]) - max(a[0], b[0])
                    oy = min(a[3], b[3]) - max(a[1], b[1])
                    if ox > 0.25 and oy > 0.25:
                        raise SystemExit('%s p%d: overlapping text %r %r' % (name, page, a, b))

    def save(self, path):
        self.check_layout(os.path.basename(path))
        self.output(path)


# ---------------------------------------------------------------- DOCX
def rgb(h):
    return RGBColor.from_string(h)


def new_docx(font='Calibri', size=10.5, margins=(18, 18, 18, 18), after=0, line=None):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Mm(m) for m in margins]
    sec.header_distance = Mm(8)
    sec.footer_distance = Mm(8)
    st = d.styles['Normal']
    st.font.name = font
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(after)
    st.paragraph_format.space_before = Pt(0)
    if line:
        st.paragraph_format.line_spacing = line
    return d


def fmt_run(r, b=None, i=None, size=None, color=None, font=None, caps=None, smallcaps=None,
            spacing=None, u=None):
    if b is not None:
        r.bold = b
    if i is not None:
        r.italic = i
    if size is not None:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = rgb(color)
    if font is not None:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    if caps is not None:
        r.font.all_caps = caps
    if smallcaps is not None:
        r.font.small_caps = smallcaps
    if u is not None:
        r.underline = u
    if spacing is not None:
        rpr = r._element.get_or_add_rPr()
        for old in rpr.findall(qn('w:spacing')):
            rpr.remove(old)
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(int(spacing * 20)))
        rpr.append(sp)
    return r


def para(cont, runs=(), style=None, align=None, before=None, after=None, line=None, left=None,
         hanging=None, first=None, keep=None, tabs=None, right=None):
    """runs: strings or (text, fmt-dict) pairs; '\t' inside a text makes a tab."""
    p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = {'L': WD_ALIGN_PARAGRAPH.LEFT, 'C': WD_ALIGN_PARAGRAPH.CENTER,
                       'R': WD_ALIGN_PARAGRAPH.RIGHT, 'J': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if left is not None:
        pf.left_indent = Mm(left)
    if right is not None:
        pf.right_indent = Mm(right)
    if hanging is not None:
        pf.first_line_indent = Mm(-hanging)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if keep:
        pf.keep_with_next = True
    for pos, kind in (tabs or []):
        pf.tab_stops.add_tab_stop(Mm(pos), {'R': WD_TAB_ALIGNMENT.RIGHT, 'L': WD_TAB_ALIGNMENT.LEFT,
                                            'C': WD_TAB_ALIGNMENT.CENTER}[kind])
    for item in runs:
        if isinstance(item, str):
            p.add_run(item)
        else:
            text, fm = item
            fmt_run(p.add_run(text), **fm)
    return p


def first_para(cell, runs=(), **kw):
    """Fill the empty first paragraph python-docx gives every new cell."""
    p = cell.paragraphs[0]
    tmp = para(cell, runs, **kw)
    p._element.getparent().replace(p._element, tmp._element)
    return cell.paragraphs[0]


def p_border(p, side='bottom', sz=6, color='000000', space=1, val='single'):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), val)
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), str(space))
    e.set(qn('w:color'), color)
    bdr.append(e)
    _order_ppr(ppr)


def p_shade(p, fill):
    ppr = p._element.get_or_add_pPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    ppr.append(shd)
    _order_ppr(ppr)


PPR_ORDER = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr',
             'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
             'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd',
             'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc',
             'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr',
             'sectPr', 'pPrChange']


def _order_ppr(ppr):
    kids = list(ppr)
    kids.sort(key=lambda e: PPR_ORDER.index(e.tag.split('}')[1]) if e.tag.split('}')[1] in PPR_ORDER else 99)
    for k in kids:
        ppr.remove(k)
    for k in kids:
        ppr.append(k)


def style_border(style, side='bottom', sz=6, color='000000', space=1, val='single'):
    ppr = style.element.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), val)
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), str(space))
    e.set(qn('w:color'), color)
    bdr.append(e)
    _order_ppr(ppr)


def style_spacing(style, pts):
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn('w:spacing')):
        rpr.remove(old)
    sp = OxmlElement('w:spacing')
    sp.set(qn('w:val'), str(int(pts * 20)))
    rpr.append(sp)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcpr.append(shd)


def cell_margins(cell, top=0, bottom=0, left=0, right=0):
    tcpr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement('w:tcMar')
    for side, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        e = OxmlElement('w:' + side)
        e.set(qn('w:w'), str(int(v * 56.7)))
        e.set(qn('w:type'), 'dxa')
        mar.append(e)
    tcpr.append(mar)


def cell_border(cell, side='bottom', sz=6, color='000000', val='single'):
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn('w:tcBorders'))
    if b is None:
        b = OxmlElement('w:tcBorders')
        tcpr.append(b)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), val)
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), '0')
    e.set(qn('w:color'), color)
    b.append(e)


def table(cont, rows, widths, borders=False):
    t = cont.add_table(rows=rows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    tblpr = t._tbl.tblPr  # autofit = False already wrote <w:tblLayout w:type="fixed"/>
    if not borders:
        tb = OxmlElement('w:tblBorders')
        for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), 'nil')
            tb.append(e)
        tblpr.append(tb)
    else:
        t.style = 'Table Grid'
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths[i])
    for i, col in enumerate(t.columns):
        col.width = Mm(widths[i])
    return t


def add_field(p, instr, fm=None):
    """Simple field (e.g. PAGE) in paragraph p."""
    r1 = p.add_run()
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'begin')
    r1._element.append(fc)
    r2 = p.add_run()
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' %s ' % instr
    r2._element.append(it)
    r3 = p.add_run()
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'separate')
    r3._element.append(fc)
    r4 = p.add_run('1')
    r5 = p.add_run()
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'end')
    r5._element.append(fc)
    if fm:
        for r in (r1, r2, r3, r4, r5):
            fmt_run(r, **fm)


RPR_ORDER = ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline',
             'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w',
             'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign',
             'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange']
TCPR_ORDER = ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar',
              'textDirection', 'tcFitText', 'vAlign', 'hideMark', 'headers', 'cellIns', 'cellDel', 'cellMerge',
              'tcPrChange']
TBLPR_ORDER = ['tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize',
               'tblW', 'jc', 'tblCellSpacing', 'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook',
               'tblCaption', 'tblDescription', 'tblPrChange']


def _schema_order(root):
    """Put the children of pPr / rPr / tcPr / tblPr into the order the WordprocessingML schema wants."""
    for tag, order in (('pPr', PPR_ORDER), ('rPr', RPR_ORDER), ('tcPr', TCPR_ORDER), ('tblPr', TBLPR_ORDER)):
        for el in root.iter(qn('w:' + tag)):
            kids = list(el)
            key = [order.index(k.tag.split('}')[1]) if k.tag.split('}')[1] in order else len(order) for k in kids]
            if key != sorted(key):
                kids = [k for _, k in sorted(zip(key, kids), key=lambda t: t[0])]
                for k in list(el):
                    el.remove(k)
                for k in kids:
                    el.append(k)


def save_docx(d, path, title, lang):
    _schema_order(d.element)
    _schema_order(d.styles.element)
    for sec in d.sections:
        for hf in (sec.header, sec.footer):
            if not hf.is_linked_to_previous:  # only parts that exist; never create new ones
                _schema_order(hf._element)
    cp = d.core_properties
    cp.author = 'blind14 generator'
    cp.last_modified_by = 'blind14 generator'
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = title
    cp.subject = 'Synthetic resume for a held-out test set'
    cp.keywords = ''
    cp.comments = ''
    cp.category = ''
    cp.language = lang
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    with open(path, 'wb') as fh:
        fh.write(out.getvalue())


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ================================================================ English
@layout
def k00_en_timeline(out):
    p = P('Maya Okafor-Lindqvist - CV', 'en-GB')
    p.add_page()
    ink, teal, grey, pale = (34, 34, 38), (0, 121, 121), (120, 120, 128), (190, 222, 222)
    p.t(18, 25, 'Maya Okafor-Lindqvist', 'dv', 'B', 24, ink)
    p.t(18, 32.5, 'User researcher · mixed methods · health tech', 'dv', '', 11, teal)
    p.t(18, 39, '✉ maya.okafor@posteo.net    ☎ +44 7700 900418    ⌂ Bristol, UK    ↗ mayaok.design',
        'dv', '', 8.5, grey)

    def head(y, txt):
        p.t(18, y, txt, 'dv', 'B', 13.5, teal)
        return y + 7

    y = head(52, 'hello.')
    y = p.wrap(18, y, 174, 'Researcher with nine years of turning messy patient and clinician stories into '
               'product decisions. I plan studies that teams actually read, pair qualitative depth with '
               'solid numbers, and coach designers and PMs to run their own interviews.',
               'dv', '', 9.3, ink, 4.6)

    def timeline(y, entries):
        top, marks = y - 3.5, []
        for dates, title, org, bullets in entries:
            p.t(44, y, dates, 'dv', '', 8.2, grey, align='R')
            marks.append(y - 1.3)
            p.t(56, y, title, 'dv', 'B', 10.3, ink)
            y += 4.8
            p.t(56, y, org, 'dv', '', 9, teal)
            y += 4.8
            for b in bullets:
                y = p.bullet(56, y, 136, b, 'dv', '', 8.8, ink, 4.3, mcol=teal)
            y += 2.6
        p.vline(50, top, y - 6, pale, 0.6)
        for m in marks:
            p.disc(50, m, 1.5, teal, (255, 255, 255), 0.6)
        return y

    y = head(y + 5, 'journey so far.')
    y = timeline(y, [
        ('2021 – now', 'Senior UX Researcher', 'Northwind Health · Bristol', [
            'Lead three researchers across the patient app and the clinician portal squads.',
            'Set up continuous discovery: 140+ interviews a year feeding the quarterly roadmap.',
            'Cut onboarding drop-off by 23 % after a diary study and two rounds of prototype tests.']),
        ('2017 – 2021', 'UX Researcher', 'Fable & Finch (design agency) · London', [
            'Ran discovery and usability work for 18 clients in retail banking, energy and the NHS.',
            'Built the agency\'s research repository in Dovetail, now used by 60 staff.']),
        ('2015 – 2017', 'Research Assistant', 'University of Bath, HCI Lab', [
            'Recruited and interviewed older adults for a three-year study on assistive technology.']),
    ])
    y = head(y + 2.4, 'schooling.')
    y = timeline(y, [
        ('2014 – 2015', 'MSc Human-Computer Interaction', 'University College London', [
            'Distinction; thesis on medication-reminder fatigue.']),
        ('2011 – 2014', 'BSc Psychology', 'University of Bath', []),
    ])
    y = head(y + 2.4, 'toolbox.')
    left = [('Interviewing', 5), ('Usability testing', 5), ('Survey design', 4)]
    right = [('Figma & FigJam', 4), ('Dovetail', 5), ('R & tidyverse', 3)]
    for i in range(3):
        p.t(18, y, left[i][0], 'dv', '', 9, ink)
        p.dots(58, y, left[i][1], 5, teal, pale)
        p.t(108, y, right[i][0], 'dv', '', 9, ink)
        p.dots(148, y, right[i][1], 5, teal, pale)
        y += 5.2
    y = head(y + 3.5, 'tongues.')
    y = p.wrap(18, y, 174, 'English (native) · Swedish (native) · Yoruba (conversational) · Spanish (B1)',
               'dv', '', 9, ink, 4.6)
    y = head(y + 3.5, 'side quests.')
    y = p.rwrap(18, y, 174, [('Pill Pal', 'dv', 'B', 9, ink),
                             (' – open-source medication-reminder prototype with 2k GitHub stars.',
                              'dv', '', 9, ink)], 4.6)
    y = p.rwrap(18, y, 174, [('Research Ops Kit', 'dv', 'B', 9, ink),
                             (' – consent forms and interview guides reused by 40+ teams.',
                              'dv', '', 9, ink)], 4.6)
    y = head(y + 3.5, 'kudos.')
    y = p.wrap(18, y, 174, 'UXR Collective Award for Research Impact, 2023 · Best Late-Breaking Work, '
               'CHI 2019', 'dv', '', 9, ink, 4.6)
    y = head(y + 3.5, 'off the clock.')
    y = p.wrap(18, y, 174, 'Bouldering, a Tuesday-night community radio show, sourdough experiments.',
               'dv', '', 9, ink, 4.6)
    assert y < 292, y
    p.save(os.path.join(out, 'k00_en_timeline.pdf'))


@layout
def k01_en_margin(out):
    p = P('Daniel R. Whitcombe - Curriculum Vitae', 'en-GB')
    navy, blue, ink, grey, rule = (22, 42, 84), (64, 104, 160), (30, 30, 30), (115, 115, 120), (200, 204, 212)
    W = 196

    def page(n):
        p.add_page()
        p.t(14, 11, 'Daniel R. Whitcombe — Curriculum Vitae', 'ls', 'I', 8, grey)
        p.hline(14, 13, W, rule, 0.2)

    def foot(n):
        p.t(105, 288, 'Page %d of 2' % n, 'ls', '', 7.5, grey, align='C')

    def head(y, txt):
        p.hline(14, y - 5.5, W, rule, 0.25)
        p.t(44, y, txt, 'ls', 'B', 7.6, navy, sp=0.9, align='R')
        return y + 4.6

    def body(y, txt, st='', size=9.8, col=ink):
        return p.wrap(50, y, W - 50, txt, 'lr', st, size, col, 4.5)

    def bullets(y, items):
        for b in items:
            y = p.bullet(53, y, W - 53, b, 'lr', '', 9.6, ink, 4.4, mark='–', ind=3.4)
        return y

    def employer(y, name, dates, role):
        p.t(50, y, name, 'ls', 'B', 9.2, navy)
        p.t(W, y, dates, 'ls', '', 8.5, grey, align='R')
        y += 4.6
        p.t(50, y, role, 'lr', 'I', 10, ink)
        return y + 4.8

    def sublabel(y, txt='KEY WINS'):
        p.t(50, y, txt, 'ls', 'B', 7.2, blue, sp=0.4)
        return y + 4.2

    page(1)
    p.t(50, 31, 'Daniel R. Whitcombe', 'ls', 'B', 22, navy)
    p.t(50, 38, 'Programme director for grid and renewables infrastructure', 'ls', '', 11, blue)
    p.t(50, 44, 'London SE1  ·  +44 20 7946 0321  ·  d.whitcombe@fastmail.com  ·  linkedin.com/in/dwhitcombe',
        'ls', '', 8.3, grey)
    y = head(58, 'PROFILE IN BRIEF')
    y = body(y, 'Chartered engineer and programme director with eighteen years of delivering transmission, '
             'substation and offshore-wind connection programmes worth up to £1.2 bn. Known for rescuing late '
             'programmes, building calm delivery teams and keeping regulators, contractors and local '
             'communities on side.')
    y = head(y + 8, 'TRACK RECORD')
    y = employer(y, 'ATLAS GRID SERVICES', '2019 – present', 'Programme Director, Offshore Connections')
    y = body(y, 'Accountable for a portfolio of four offshore-wind grid connections (3.2 GW) from consent to '
             'energisation; 140 staff and six tier-one contractors.')
    y = sublabel(y + 1)
    y = bullets(y, ['Brought the Dogger Bank C connection back from a nine-month slip to a two-month slip '
                    'without additional budget.',
                    'Introduced a single integrated schedule across owner and contractors; forecasting '
                    'accuracy rose from 61 % to 88 %.',
                    'Negotiated a £38 m settlement on cable-laying claims without going to adjudication.'])
    p.t(50, y + 1.2, 'Selected programmes', 'lr', 'B', 10, ink)
    y += 5.8
    y = bullets(y, ['Norfolk Vanguard onshore substation – £410 m, energised 2023.',
                    'Hornsea interconnector reinforcement – £275 m, in construction.'])
    y = employer(y + 3.5, 'MERIDIAN POWER NETWORKS', '2013 – 2019', 'Senior Project Manager, Substations')
    y = body(y, 'Led 400 kV and 132 kV substation rebuilds across the South East, typically three live '
             'projects at a time with budgets of £40–90 m each.')
    y = sublabel(y + 1)
    y = bullets(y, ['Delivered the Kemsley 400 kV rebuild four weeks early and £3.1 m under budget.',
                    'Wrote the company\'s outage-planning playbook, adopted across all regions in 2017.'])
    p.t(50, y + 1.2, 'Selected programmes', 'lr', 'B', 10, ink)
    y += 5.8
    y = bullets(y, ['Kemsley 400 kV substation rebuild – £86 m, 2016 – 2018.',
                    'Canterbury North 132 kV reinforcement – £41 m, 2014 – 2016.'])
    y = employer(y + 3.5, 'HALCROW-BRYCE CONSULTING', '2008 – 2013', 'Project Engineer, then Project Manager')
    y = body(y, 'Owner\'s engineer on rail electrification and distribution-network projects for public '
             'and private clients.')
    y = sublabel(y + 1)
    y = bullets(y, ['Managed design reviews for 120 km of overhead line equipment on the Great Western '
                    'electrification.',
                    'Set up the practice\'s first 4D construction-sequencing models for substation outages.',
                    'Ran the client interface for three distribution network operators at once.'])
    assert y < 282, y
    foot(1)

    page(2)
    y = bullets(24, ['Promoted to Project Manager after two years, the youngest in the power practice.'])
    y = employer(y + 3.5, 'WESSEX RAIL ELECTRIFICATION ALLIANCE', '2006 – 2008', 'Graduate Engineer')
    y = body(y, 'Two-year graduate scheme with placements in design, site supervision and commissioning.')
    y = head(y + 9, 'ACADEMIC GROUNDING')
    p.t(50, y, 'MSc Power Systems Engineering', 'lr', 'B', 10.2, ink)
    p.t(W, y, '2005 – 2006', 'ls', '', 8.5, grey, align='R')
    y = body(y + 4.6, 'University of Manchester – distinction; dissertation on HVDC fault ride-through.', 'I')
    p.t(50, y + 1.5, 'BEng (Hons) Electrical & Electronic Engineering', 'lr', 'B', 10.2, ink)
    p.t(W, y + 1.5, '2001 – 2005', 'ls', '', 8.5, grey, align='R')
    y = body(y + 6.1, 'University of Strathclyde – first-class honours.', 'I')
    y = head(y + 9, 'ACCREDITATIONS')
    for line in ['Chartered Engineer (CEng), Institution of Engineering and Technology – 2011',
                 'Project Management Professional (PMP), Project Management Institute – 2014',
                 'Managing Successful Programmes (MSP) Practitioner – 2016',
                 'NEBOSH National General Certificate in Occupational Health and Safety – 2009']:
        y = body(y, line)
    y = head(y + 9, 'CORE PROFICIENCIES')
    cols = [['Programme governance', 'Integrated scheduling', 'Commercial negotiation'],
            ['NEC3 / NEC4 contracts', 'Stakeholder management', 'Risk and QSRA'],
            ['Primavera P6', 'Power BI', 'Team building']]
    for i in range(3):
        for j in range(3):
            p.t(50 + j * 49, y, cols[j][i], 'lr', '', 9.8, ink)
        y += 4.6
    y = head(y + 9, 'LINGUISTIC RANGE')
    y = body(y, 'English – native; French – professional working proficiency (C1); Dutch – basic.')
    y = head(y + 9, 'BOARD & AFFILIATIONS')
    for line in ['Fellow, Institution of Engineering and Technology (FIET), since 2019',
                 'Non-executive member, IET Energy Policy Panel, since 2021',
                 'Member, Association for Project Management']:
        y = body(y, line)
    y = head(y + 9, 'REFEREES')
    y = body(y, 'Two former programme sponsors have agreed to be contacted; details on request.')
    assert y < 282, y
    foot(2)
    p.save(os.path.join(out, 'k01_en_margin.pdf'))


@layout
def k02_en_infographic(out):
    p = P('Priya Natarajan - Resume', 'en-GB')
    p.add_page()
    indigo, amber, amberd, ink, grey = (40, 36, 92), (250, 192, 64), (196, 118, 0), (32, 32, 40), (112, 112, 124)
    pale, barbg = (241, 240, 249), (214, 212, 232)
    p.box(0, 0, 210, 44, indigo)
    p.photo(170, 7, 29, 29, indigo, round_=True)
    p.t(14, 22, 'Priya Natarajan', 'dv', 'B', 24, (255, 255, 255))
    p.t(14, 31, 'Data scientist — forecasting, causal inference, MLOps', 'dv', '', 11, amber)
    p.box(134, 44, 76, 253, pale)

    def head(x, y, icon, txt):
        p.runs(x, y, [(icon + ' ', 'dv', 'B', 12, amberd), (txt, 'dv', 'B', 12, indigo)])
        return y + 6.5

    # main column
    X, R = 14, 126
    y = head(X, 56, '◆', 'In a nutshell')
    y = p.wrap(X, y, R - X, 'Data scientist with eight years in retail and public statistics. I build forecasting '
               'and experimentation systems that planners trust, and I care as much about the pipeline '
               'and the monitoring as about the model.', 'dv', '', 8.8, ink, 4.3)
    y = head(X, y + 5, '➤', 'Positions held')
    for title, dates, org, bullets in [
            ('Lead Data Scientist', '2022 – now', 'Brightwell Retail Group · Manchester', [
                'Own the demand-forecasting platform for 1,900 stores; weekly error down 17 %.',
                'Built the experimentation service behind 60+ pricing tests a year.',
                'Mentor four data scientists; run the internal causal-inference guild.']),
            ('Data Scientist', '2019 – 2022', 'Kestrel Analytics · Leeds', [
                'Shipped churn and uplift models for telecoms and utilities clients.',
                'Moved model training to Airflow and MLflow; release time fell from weeks to days.']),
            ('Graduate Statistician', '2017 – 2019', 'Office for National Statistics · Newport', [
                'Nowcasting retail sales from card-payment data for the monthly release.'])]:
        p.t(X, y, title, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        y += 4.6
        p.t(X, y, org, 'dv', '', 8.8, indigo)
        y += 4.7
        for b in bullets:
            y = p.bullet(X, y, R - X, b, 'dv', '', 8.5, ink, 4.1, mark='▸', mcol=amberd)
        y += 2.8
    y = head(X, y + 2.4, '✓', 'Studies')
    for deg, dates, school in [('MSc Statistics with Data Science', '2016 – 2017', 'University of Edinburgh'),
                               ('BSc Mathematics', '2013 – 2016', 'University of Leeds')]:
        p.t(X, y, deg, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        p.t(X, y + 4.6, school, 'dv', '', 8.8, indigo)
        y += 11
    y = head(X, y + 2.4, '⚙', 'Selected builds')
    for name, desc in [('demandcast', ' — open-source hierarchical forecasting library for Python (900 stars).'),
                       ('uplift-kit', ' — notebook templates for uplift modelling, used in two university courses.'),
                       ('ons-nowcast', ' — reproducible pipeline behind a published ONS working paper.')]:
        y = p.rwrap(X, y, R - X, [(name, 'dv', 'B', 8.8, ink), (desc, 'dv', '', 8.8, ink)], 4.3)
        y += 1.2
    assert y < 290, y

    # right column
    X, R = 140, 198
    y = head(X, 56, '✉', 'Reach me')
    for line in ['priya.natarajan@proton.me', '+44 7700 900652', 'Manchester, UK', 'github.com/priyanat']:
        p.t(X, y, line, 'dv', '', 8.3, ink)
        y += 4.4
    y = head(X, y + 5, '★', 'Strengths')
    for skill, pct in [('Python', 95), ('SQL', 90), ('Forecasting', 90), ('Causal inference', 80),
                       ('Spark', 70), ('MLOps', 75)]:
        p.t(X, y, skill, 'dv', '', 8.3, ink)
        p.t(R, y, '%d %%' % pct, 'dv', '', 7.5, grey, align='R')
        p.bar(X, y + 1.4, R - X, pct / 100.0, indigo, barbg)
        y += 7.6
    y = head(X, y + 3, '☘', 'Languages spoken')
    for lang, n in [('English', 5), ('Tamil', 5), ('Hindi', 3), ('German', 2)]:
        p.t(X, y, lang, 'dv', '', 8.3, ink)
        p.dots(X + 26, y, n, 5, indigo, barbg, r=1.0, gap=3.0)
        y += 5
    y = head(X, y + 4, '✎', 'Certified')
    for line in ['AWS Certified Machine Learning – Specialty, 2023',
                 'Databricks Data Engineer Associate, 2022']:
        y = p.wrap(X, y, R - X, line, 'dv', '', 8.2, ink, 4)
        y += 1
    y = head(X, y + 4, '♥', 'Pastimes')
    y = p.wrap(X, y, R - X, 'Carnatic violin, fell running, cryptic crosswords.', 'dv', '', 8.3, ink, 4.2)
    assert y < 290, y
    p.save(os.path.join(out, 'k02_en_infographic.pdf'))


@layout
def k03_en_cover(out):
    d = new_docx('Georgia', 10.5, (20, 20, 18, 20), after=3)
    plum, grey = '5B2A5E', '7A7A7A'
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(hp.add_run('thomas.ac@outlook.com  ·  07700 900771  ·  Leeds LS8'), size=8, color=grey)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, 'PAGE', dict(size=8, color=grey))
    hs = d.styles.add_style('Sentence Heading', 1)
    hs.base_style = d.styles['Normal']
    hs.font.name = 'Georgia'
    hs.font.size = Pt(14)
    hs.font.bold = False
    hs.font.color.rgb = rgb(plum)
    hs.paragraph_format.space_before = Pt(14)
    hs.paragraph_format.space_after = Pt(5)
    hs.paragraph_format.keep_with_next = True

    para(d, [('Thomas Adeyemi-Clarke', dict(size=26, color=plum))], after=0)
    para(d, [('Teacher turned learning designer', dict(i=True, size=12, color='8E6A91'))], after=6)

    def h(txt):
        para(d, [txt], style='Sentence Heading')

    h('A note before the details')
    para(d, [('Dear hiring team,', dict(i=True))], after=4)
    para(d, ['For eleven years I have taught computing to teenagers, and for the last three I have also been '
             'building the online courses my colleagues use. I have discovered that the part of the job I '
             'love most is designing the learning itself: the storyboard, the practice activity, the moment '
             'a learner gets it.'], after=4, align='J')
    para(d, ['I am now looking for a full-time role as a learning experience designer in a team that '
             'values evidence, accessibility and a bit of humour. The details below show what I would bring.'],
         after=4, align='J')
    para(d, ['With thanks for reading,'], after=0)
    para(d, [('Thomas', dict(i=True, size=13, color=plum))], after=2)

    def job(title, dates, org, highlights, bullets):
        para(d, [(title, dict(b=True)), ('\t' + dates, dict(color=grey, size=9.5))], tabs=[(170, 'R')],
             before=6, after=0, keep=True)
        para(d, [(org, dict(smallcaps=True, color=plum))], after=2, keep=True)
        if highlights:
            para(d, [('Highlights', dict(b=True, size=9.5))], after=1, keep=True)
        for b in bullets:
            para(d, [b], style='List Bullet', after=1)

    h('Where I have taught')
    job('Head of Computing', '2019 – 2025', 'Roundhay Academy, Leeds', True, [
        'Led a department of five; GCSE computing results rose from 54 % to 79 % grade 4+.',
        'Rewrote the Key Stage 3 curriculum as 36 short, self-paced online units.'])
    job('Teacher of Computing and Mathematics', '2014 – 2019', 'St Wilfrid’s Catholic High School, Featherstone',
        True, ['Introduced a Python club that sent two teams to the national CyberFirst finals.',
               'Mentored four trainee teachers through their school placements.'])
    job('Freelance e-learning developer (part-time)', '2022 – present', 'Self-employed', False, [
        'Built compliance and onboarding modules in Articulate Storyline for three charities.'])

    h('How I got here')
    para(d, [('PGCE Secondary Computing', dict(b=True)), ('\t2013 – 2014', dict(color=grey, size=9.5))],
         tabs=[(170, 'R')], before=4, after=0)
    para(d, [('Leeds Beckett University', dict(i=True))], after=3)
    para(d, [('BSc Computer Science', dict(b=True)), ('\t2010 – 2013', dict(color=grey, size=9.5))],
         tabs=[(170, 'R')], after=0)
    para(d, [('University of Sheffield, upper second-class honours', dict(i=True))], after=3)

    h('What I can do for you')
    t = table(d, 4, [85, 85])
    items = [['Storyboarding and scripting', 'Articulate Storyline 360 and Rise'],
             ['Assessment and feedback design', 'Adobe Captivate, Camtasia'],
             ['Accessible content (WCAG 2.2 AA)', 'Moodle and Canvas administration'],
             ['Facilitating workshops', 'Basic HTML, CSS and JavaScript']]
    for i, row in enumerate(items):
        for j, txt in enumerate(row):
            first_para(t.cell(i, j), ['▪ ' + txt], after=2)

    h('Courses I have completed')
    for line in ['Learning Experience Design, Interaction Design Foundation (2024)',
                 'Articulate Storyline Essentials, Articulate Training (2023)',
                 'Designing for Accessibility, Open University OpenLearn (2022)']:
        para(d, [line], style='List Bullet', after=1)

    h('Languages I speak')
    para(d, ['English (native), Yoruba (fluent, spoken), French (A2).'])

    h('People who will vouch for me')
    t = table(d, 3, [85, 85])
    refs = [['Mrs Angela Pryce', 'Dr Samuel Osei'],
            ['Headteacher, Roundhay Academy', 'Senior Lecturer, Leeds Beckett University'],
            ['a.pryce@roundhay-academy.example', 's.osei@leedsbeckett.example']]
    for i, row in enumerate(refs):
        for j, txt in enumerate(row):
            first_para(t.cell(i, j), [(txt, dict(b=(i == 0), size=(10.5 if i == 0 else 9.5)))], after=1)
    save_docx(d, os.path.join(out, 'k03_en_cover.docx'), 'Thomas Adeyemi-Clarke - CV', 'en-GB')


@layout
def k04_en_twocol(out):
    d = new_docx('Arial', 9.5, (16, 16, 15, 16), after=2)
    navy, red, grey, rule = '1F4E79', 'B03A2E', '6B6B6B', 'C8CDD3'
    para(d, [('Sofia Martinelli', dict(b=True, size=22, color='222222'))], after=0)
    para(d, [('Mechanical design engineer · EV powertrain', dict(size=11.5, color=red))], after=2)
    para(d, [('Coventry CV1 · +44 7700 900 315 · sofia.martinelli@gmail.com · linkedin.com/in/sofiamartinelli',
              dict(size=8.5, color=grey))], after=10)
    rows = 8
    t = table(d, rows, [38, 140])

    def left(i, txt):
        c = t.cell(i, 0)
        first_para(c, [(txt, dict(b=True, size=10.5, color=navy, spacing=0.6))], before=5, after=4, right=3)
        for cc in (t.cell(i, 0), t.cell(i, 1)):
            cell_border(cc, 'top', 6, rule)
        return t.cell(i, 1)

    def first(c, runs, **kw):
        kw.setdefault('before', 5)
        return first_para(c, runs, **kw)

    c = left(0, 'Summary of qualifications')
    first(c, ['Nine years designing castings and machined parts for electric drive units, from concept '
              'sketches to PPAP sign-off.'], after=2)
    for b in ['Led the mechanical design of two e-axle housings now in series production.',
              'Comfortable owning tolerance stacks, DFMEA and supplier design reviews.']:
        para(c, [b], style='List Bullet', after=1)

    c = left(1, 'Engineering experience')
    jobs = [('SENIOR DESIGN ENGINEER', '2021 – present', 'Veloce Drive Systems · Coventry',
             ['Own the housing and cooling-jacket design for the VDX-2 e-axle (400 kW).',
              'Reduced housing mass by 2.1 kg through topology optimisation and rib redesign.'],
             'Creo, ANSYS Mechanical, GD&T to ASME Y14.5', True),
            ('DESIGN ENGINEER', '2017 – 2021', 'Harcourt Automotive Components · Birmingham',
             ['Designed gearbox casings and brackets for three OEM programmes.',
              'Ran DFMEAs and supplier design reviews with foundries in the UK and Czechia.'],
             'CATIA V5, Teamcenter, Minitab', False),
            ('GRADUATE ENGINEER', '2015 – 2017', 'Marlow Precision Castings · Sheffield',
             ['Rotations through methods engineering, quality and tooling design.'], None, False)]
    for k, (title, dates, org, bullets, tools, launches) in enumerate(jobs):
        runs = [(title, dict(b=True)), ('\t' + dates, dict(color=grey, size=8.5))]
        if k == 0:
            first(c, runs, tabs=[(136, 'R')], after=0)
        else:
            para(c, runs, tabs=[(136, 'R')], before=7, after=0)
        para(c, [(org, dict(color=red))], after=2)
        for b in bullets:
            para(c, [b], style='List Bullet', after=1)
        if launches:
            para(c, [('Launch programmes', dict(b=True))], before=3, after=1)
            para(c, ['VDX-1 (2022, premium SUV platform) and VDX-2 (2024, light commercial vehicles).'], after=1)
        if tools:
            para(c, [('Tools used: ', dict(b=True)), tools], before=2, after=1)

    c = left(2, 'Education & Certifications')
    first(c, [('MEng Mechanical Engineering', dict(b=True)), ('\t2010 – 2015', dict(color=grey, size=8.5))],
          tabs=[(136, 'R')], after=0)
    para(c, ['University of Bath · first-class honours · year in industry at Renishaw'], after=4)
    para(c, ['Certified SolidWorks Professional (CSWP), 2016'], after=1)
    para(c, ['Chartered Engineer (CEng), IMechE, 2020'], after=1)

    c = left(3, 'Skills & Tools')
    first(c, ['Casting and machining design · tolerance analysis (3DCS) · DFMEA · topology optimisation · '
              'thermal FEA · Creo · CATIA V5 · ANSYS · Python for test-data analysis'], after=2)

    c = left(4, 'Projects & Patents')
    first(c, [('Gearbox lightweighting study', dict(b=True)),
              ' – cross-functional study that removed 11 parts from a two-speed gearbox (2023).'], after=2)
    para(c, [('Patent GB 2 598 114 B', dict(b=True)),
             ' – cooling jacket for an integrated e-axle housing, co-inventor (granted 2023).'], after=1)

    c = left(5, 'Language proficiency')
    first(c, ['Italian (native) · English (C2) · German (B1)'], after=2)

    c = left(6, 'Professional memberships')
    first(c, ['Member, Institution of Mechanical Engineers (IMechE)'], after=1)
    para(c, ['Member, SAE International'], after=2)

    c = left(7, 'Beyond engineering')
    first(c, ['Restoring 1970s motorcycles, open-water swimming, Formula Student design judge.'], after=2)
    save_docx(d, os.path.join(out, 'k04_en_twocol.docx'), 'Sofia Martinelli - CV', 'en-GB')


@layout
def k05_en_minimal(out):
    d = new_docx('Arial', 9.5, (22, 24, 20, 24), after=2)
    ink, grey, light = '1A1A1A', '8A8A8A', 'A0A0A0'
    hs = d.styles['Heading 3']
    hs.font.name = 'Arial'
    rfonts = hs.element.rPr.rFonts
    for att in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn('w:ascii'), 'Arial')
    rfonts.set(qn('w:hAnsi'), 'Arial')
    hs.font.size = Pt(8.5)
    hs.font.bold = False
    hs.font.italic = False
    hs.font.color.rgb = rgb(grey)
    style_spacing(hs, 2.5)
    hs.paragraph_format.space_before = Pt(16)
    hs.paragraph_format.space_after = Pt(5)

    para(d, [('jonah feld', dict(b=True, size=20, color=ink))], after=0)
    para(d, [('front-end developer. accessibility nerd.', dict(size=10, color=grey))], after=4)

    def h(txt):
        para(d, [txt], style='Heading 3')

    def entry(bold, rest, dates):
        para(d, [(bold, dict(b=True)), rest, ('\t' + dates, dict(color=light, size=8.5))],
             tabs=[(162, 'R')], before=4, after=1)

    h('bio')
    para(d, ['I build interfaces that work with a keyboard, a screen reader and a slow phone on a train. '
             'Ten years in product teams, the last four leading front-end work on a design system used by '
             'forty engineers.'], after=2)
    h('work')
    entry('Lumen Labs', ' — senior front-end developer', '2022–now')
    for b in ['– lead the design-system squad (react, typescript, storybook).',
              '– took the checkout flow from 61 to 98 in axe audits; conversion up 4 %.']:
        para(d, [b], left=3, after=0)
    entry('Paperhouse', ' — front-end developer', '2018–2022')
    for b in ['– rebuilt the editor toolbar as an accessible, keyboard-first component.',
              '– introduced visual regression tests with playwright.']:
        para(d, [b], left=3, after=0)
    entry('Tidy Agency', ' — junior web developer', '2015–2018')
    para(d, ['– wordpress and vanilla js sites for arts organisations.'], left=3, after=0)
    h('edu')
    entry('BA Digital Media', ', Goldsmiths, University of London', '2012–2015')
    h('stack')
    para(d, ['typescript · react · svelte · css (the hard parts) · playwright · axe-core · figma · node'])
    h('built')
    para(d, [('a11y-lint-action', dict(b=True)),
             ' — github action that fails pull requests on colour-contrast regressions (1.1k stars).'], after=2)
    para(d, [('tabtrap', dict(b=True)), ' — 2 kB focus-trap utility, used by two design systems.'], after=2)
    h('talks')
    para(d, ['“focus rings are not a bug”, css day amsterdam, 2024'], after=1)
    para(d, ['“shipping accessible date pickers”, front-end north, 2023'], after=1)
    h('misc')
    para(d, ['speaks english and hebrew · based in manchester · rides a brompton · organises a11y manchester '
             'meetups'])
    h('say hi')
    para(d, ['jonah@feld.dev · github.com/jfeld · +44 161 496 0872'])
    save_docx(d, os.path.join(out, 'k05_en_minimal.docx'), 'Jonah Feld - CV', 'en-GB')


# ================================================================ German
@layout
def k06_de_zeitstrahl(out):
    p = P('Jana Pohlmann - Lebenslauf', 'de-DE')
    red, ink, grey, pale = (150, 30, 48), (30, 30, 30), (118, 118, 118), (226, 196, 200)
    X, W = 18, 192

    def foot(n):
        p.t(105, 289, 'Jana Pohlmann · Lebenslauf · Seite %d von 2' % n, 'ls', '', 7.5, grey, align='C')

    def head(y, txt):
        w = p.t(X, y, txt, 'ls', 'B', 10.5, red, sp=1.5)
        p.hline(X, y + 1.8, X + w, red, 0.5)
        return y + 8

    def text(y, txt, x=X, size=9.5, col=ink, st=''):
        return p.wrap(x, y, W - x, txt, 'ls', st, size, col, 4.6)

    def timeline(y, entries):
        top, marks = y - 3.5, []
        for dates, title, org, sub, bullets in entries:
            p.t(40, y, dates, 'ls', '', 8.5, grey, align='R')
            marks.append(y - 1.2)
            p.t(50, y, title, 'ls', 'B', 10.5, ink)
            y += 4.8
            p.t(50, y, org, 'ls', '', 9.5, red)
            y += 5
            if sub:
                p.t(50, y, 'Schwerpunkte', 'ls', 'B', 8.8, ink)
                y += 4.4
            for b in bullets:
                y = p.bullet(50, y, W - 50, b, 'ls', '', 9.3, ink, 4.4, mark='›', mcol=red, ind=3)
            y += 3.2
        p.vline(45, top, y - 7, pale, 0.7)
        for m in marks:
            p.disc(45, m, 1.6, (255, 255, 255), red, 0.7)
        return y

    p.add_page()
    p.photo(164, 14, 28, 36)
    p.t(X, 27, 'Jana Pohlmann', 'ls', 'B', 25, ink)
    p.t(X, 35, 'Pflegefachfrau · Stationsleitung Intensivpflege', 'ls', '', 11.5, red)
    p.t(X, 42.5, 'Lindenstraße 14, 50674 Köln', 'ls', '', 9, grey)
    p.t(X, 47, '0221 98765430 · jana.pohlmann@web.de', 'ls', '', 9, grey)
    p.t(X, 51.5, 'geboren 1989 in Wuppertal', 'ls', '', 9, grey)
    y = head(66, 'AUF EINEN BLICK')
    y = text(y, 'Intensivpflegerin mit vierzehn Jahren Berufserfahrung, davon fünf Jahre in Leitungsfunktion. '
             'Ich verbinde pflegerische Fachlichkeit mit ruhiger Teamführung und lege Wert auf '
             'strukturierte Einarbeitung, klare Übergaben und ein gutes Miteinander mit Ärzteschaft und '
             'Angehörigen.')
    y = head(y + 6, 'STATIONEN')
    y = timeline(y, [
        ('seit 04/2021', 'Stationsleitung Interdisziplinäre Intensivstation', 'Universitätsklinikum Köln', True,
         ['Führung von 48 Pflegekräften auf 18 Intensivbetten, Dienstplanung und Budgetverantwortung',
          'Einführung eines strukturierten Einarbeitungskonzepts; Fluktuation um ein Drittel gesenkt',
          'Mitarbeit in der Projektgruppe Delirmanagement der Klinik']),
        ('2016 – 2021', 'Fachkrankenpflegerin Intensivpflege und Anästhesie',
         'St. Elisabeth-Krankenhaus Köln-Hohenlind', True,
         ['Versorgung beatmeter Patientinnen und Patienten, ECMO-Pflege, Schockraum',
          'Praxisanleitung für Auszubildende und neue Kolleginnen und Kollegen']),
        ('2011 – 2016', 'Gesundheits- und Krankenpflegerin', 'Helios Klinikum Wuppertal', True,
         ['Kardiologische Normalstation und Intermediate Care']),
    ])
    y = head(y + 3, 'BILDUNGSWEG')
    y = timeline(y, [
        ('2014 – 2016', 'Fachweiterbildung Intensivpflege und Anästhesie', 'Akademie für Gesundheitsberufe Köln',
         False, []),
        ('2008 – 2011', 'Ausbildung zur Gesundheits- und Krankenpflegerin', 'Bildungszentrum Helios Wuppertal',
         False, []),
        ('2008', 'Abitur', 'Gymnasium am Kothen, Wuppertal', False, []),
    ])
    assert y < 280, y
    foot(1)

    p.add_page()
    y = head(22, 'FORT- UND WEITERBILDUNGEN')
    for yr, txt in [('2022', 'Leitung einer Station oder Einheit (DKG-Weiterbildung, 720 Stunden)'),
                    ('2020', 'Praxisanleitung nach PflBG (300 Stunden)'),
                    ('2019', 'ACLS Provider, European Resuscitation Council'),
                    ('2018', 'Basale Stimulation in der Pflege – Basiskurs')]:
        p.t(40, y, yr, 'ls', '', 9, grey, align='R')
        y = text(y, txt, 50)
    y = head(y + 6, 'KÖNNEN & WISSEN')
    for b in ['Beatmungs- und Weaningkonzepte, ECMO, Nierenersatzverfahren',
              'Dienstplanung mit SP-Expert, Personalbedarfsplanung, Qualitätsmanagement nach KTQ',
              'Gesprächsführung mit Angehörigen, Konfliktmoderation im Team',
              'Sicher in MS Office, ORBIS und COPRA']:
        y = p.bullet(X, y, W - X, b, 'ls', '', 9.5, ink, 4.6, mark='›', mcol=red, ind=3)
    y = head(y + 6, 'FREMDSPRACHEN')
    y = text(y, 'Deutsch – Muttersprache · Englisch – gut (B2) · Türkisch – Grundkenntnisse')
    y = head(y + 6, 'EHRENAMTLICH AKTIV')
    y = text(y, 'Seit 2017 Sanitäterin im Sanitätsdienst des Deutschen Roten Kreuzes, Ortsverein Köln-Süd; '
             'Einsätze bei Großveranstaltungen und im Katastrophenschutz.')
    y = head(y + 6, 'AUSGLEICH')
    y = text(y, 'Rudern auf dem Fühlinger See, Gärtnern im Gemeinschaftsgarten, Hörbücher.')
    p.t(X, y + 14, 'Köln, im Januar 2026', 'ls', '', 9.5, ink)
    foot(2)
    p.save(os.path.join(out, 'k06_de_zeitstrahl.pdf'))


@layout
def k07_de_infografik(out):
    p = P('Malte Schürmann - Lebenslauf', 'de-DE')
    p.add_page()
    slate, teal, ink, grey = (38, 50, 56), (0, 137, 123), (30, 32, 34), (110, 114, 118)
    white, soft, track = (255, 255, 255), (200, 214, 218), (76, 92, 100)
    p.box(0, 0, 66, 297, slate)
    # main column first
    X, R = 76, 197

    def head(y, icon, txt):
        p.box(X, y - 5.1, 6.6, 6.6, teal, 1.2)
        p.t(X + 3.3, y - 0.4, icon, 'dv', 'B', 9.5, white, align='C')
        p.t(X + 9.6, y, txt, 'dv', 'B', 12.5, ink)
        return y + 7.2

    p.t(X, 25, 'Malte Schürmann', 'dv', 'B', 24, ink)
    p.t(X, 32.5, 'Softwarearchitekt · Cloud-native Systeme · Java & Kotlin', 'dv', '', 10, teal)
    y = head(48, '✎', 'Kurz gesagt')
    y = p.wrap(X, y, R - X, 'Architekt mit 13 Jahren Erfahrung in Logistik- und Handelssoftware. Ich zerlege '
               'gewachsene Monolithen in Services, die Teams selbstständig betreiben können, und achte '
               'dabei auf Beobachtbarkeit, Kosten und saubere Schnittstellen.', 'dv', '', 8.8, ink, 4.3)
    y = head(y + 5, '⚙', 'Laufbahn')
    for title, dates, org, bullets in [
            ('Lead Software Architect', 'seit 2021', 'CLOUDWERK GMBH · HAMBURG', [
                'Zielarchitektur für die Ablösung eines ERP-Monolithen (180 Entwickler, 14 Teams)',
                'Einführung von Event Sourcing und Kafka für die Auftragsabwicklung',
                'Architektur-Reviews und Coaching der Tech Leads']),
            ('Senior Software Engineer', '2016 – 2021', 'HANSEATIC LOGISTICS IT · BREMEN', [
                'Tourenplanung als Kotlin-Microservices auf Kubernetes, 40 Mio. Sendungen im Jahr',
                'Aufbau der Observability-Plattform (Prometheus, Grafana, OpenTelemetry)']),
            ('Softwareentwickler', '2012 – 2016', 'NORDSOFT SOLUTIONS AG · KIEL', [
                'Java-EE-Anwendungen für Reedereien und Hafenbetriebe'])]:
        p.t(X, y, title, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        y += 4.5
        p.t(X, y, org, 'dv', '', 8, teal, sp=0.3)
        y += 4.8
        for b in bullets:
            y = p.bullet(X, y, R - X, b, 'dv', '', 8.6, ink, 4.1, mark='–', mcol=teal, ind=3.2)
        y += 3
    y = head(y + 2, '✓', 'Studium')
    for deg, dates, school in [('M.Sc. Informatik', '2010 – 2012', 'Universität zu Lübeck'),
                               ('B.Sc. Informatik', '2007 – 2010', 'Christian-Albrechts-Universität zu Kiel')]:
        p.t(X, y, deg, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        p.t(X, y + 4.5, school, 'dv', '', 8.8, teal)
        y += 10.6
    y = head(y + 2, '★', 'Referenzprojekte')
    for name, desc in [('Ordercore', ' – Neuschnitt der Auftragsabwicklung in 22 Services, Go-live 2024 ohne '
                                     'Ausfallzeit.'),
                       ('Routeplan 3', ' – Optimierung der Tourenplanung; 9 % weniger gefahrene Kilometer.'),
                       ('Harbour Gate', ' – Slotbuchung für Lkw am Containerterminal, 3.000 Buchungen am Tag.')]:
        y = p.rwrap(X, y, R - X, [(name, 'dv', 'B', 8.8, ink), (desc, 'dv', '', 8.8, ink)], 4.3)
        y += 1.2
    y = head(y + 4, '✒', 'Vorträge & Artikel')
    for line in ['„Event Sourcing ohne Reue“, JavaLand 2024',
                 '„Monolith in Scheiben“, Java Magazin 5/2023',
                 '„Kosten sind auch eine Architekturmetrik“, OOP Konferenz 2023']:
        y = p.wrap(X, y, R - X, line, 'dv', '', 8.6, ink, 4.2)
    assert y < 290, y

    # sidebar afterwards
    SX, SR = 9, 58
    p.photo(17, 10, 32, 32, slate, round_=True)

    def shead(y, txt):
        p.t(SX, y, txt, 'dv', 'B', 11, white)
        p.hline(SX, y + 2, SX + 14, teal, 0.8)
        return y + 8

    y = shead(56, 'erreichbarkeit')
    for line in ['Rothenbaumchaussee 61', '20148 Hamburg', '040 3344 5566', 'malte@schuermann.dev',
                 'github.com/mschuermann']:
        p.t(SX, y, line, 'dv', '', 8, soft)
        y += 4.3
    y = shead(y + 5, 'werkzeugkasten')
    for skill, frac in [('Java / Kotlin', 0.95), ('Kubernetes', 0.85), ('Kafka', 0.8), ('AWS', 0.8),
                        ('Domain-Driven Design', 0.9), ('PostgreSQL', 0.75)]:
        p.t(SX, y, skill, 'dv', '', 8, white)
        p.bar(SX, y + 1.5, SR - SX, frac, teal, track, h=1.4, r=0.7)
        y += 7.2
    y = shead(y + 3, 'sprachen')
    for lang, n in [('Deutsch', 5), ('Englisch', 4), ('Dänisch', 2)]:
        p.t(SX, y, lang, 'dv', '', 8, white)
        p.dots(SX + 27, y, n, 5, teal, track, r=1.0, gap=3.0)
        y += 5
    y = shead(y + 4, 'zertifikate')
    for line in ['AWS Solutions Architect – Professional', 'iSAQB CPSA-Advanced',
                 'Certified Kubernetes Administrator']:
        y = p.wrap(SX, y, SR - SX, line, 'dv', '', 8, soft, 4)
        y += 0.8
    y = shead(y + 4, 'privat')
    y = p.wrap(SX, y, SR - SX, 'Segeln auf der Schlei, Modellbahn in Spur N, zwei Kinder.', 'dv', '', 8,
               soft, 4.1)
    assert y < 290, y
    p.save(os.path.join(out, 'k07_de_infografik.pdf'))


@layout
def k08_de_anschreiben(out):
    p = P('Dr. Henrike Bode - Lebenslauf', 'de-DE')
    green, ink, grey = (28, 88, 60), (28, 28, 28), (120, 120, 120)
    X, D, W = 20, 54, 190

    def head(y, txt, cap):
        p.t(X, y, txt, 'dvs', 'B', 13, green)
        p.t(X, y + 4.6, cap, 'dvs', 'I', 8.3, grey)
        return y + 11.5

    def text(y, txt, x=X, st='', size=9.3, col=ink):
        return p.wrap(x, y, W - x, txt, 'dvs', st, size, col, 4.5)

    def entry(y, dates, title, org, desc, projects):
        p.t(X, y, dates, 'dvs', '', 8.5, grey)
        p.t(D, y, title, 'dvs', 'B', 10, ink)
        y = text(y + 4.6, org, D, 'I')
        y = text(y, desc, D)
        if projects:
            p.t(D, y + 0.8, 'Projekte (Auswahl)', 'dvs', 'B', 8.8, ink)
            y += 5.2
            for b in projects:
                y = p.bullet(D, y, W - D, b, 'dvs', '', 9, ink, 4.4, mark='·', ind=3)
        return y + 3

    p.add_page()
    for i, line in enumerate(['Wiehre, Günterstalstraße 32', '79102 Freiburg im Breisgau',
                              '0761 4567 890 · h.bode@posteo.de']):
        p.t(W, 14 + 4.3 * i, line, 'dvs', '', 8.3, grey, align='R')
    p.t(X, 31, 'Dr. Henrike Bode', 'dvs', 'B', 21, ink)
    p.t(X, 38.5, 'Stadtplanerin · Projektleitung Quartiersentwicklung', 'dvs', 'I', 11, green)
    p.hline(X, 43, W, green, 0.4)
    y = head(55, 'Ein paar Worte vorab', 'statt eines Anschreibens')
    y = text(y, 'Sehr geehrte Damen und Herren,')
    y = text(y + 1.5, 'seit vierzehn Jahren plane ich Stadtquartiere – zuerst in der Forschung, dann im '
             'Planungsbüro und heute als Projektleiterin in der Verwaltung. Mich reizt die Verbindung von '
             'Entwurf, Beteiligung und Umsetzung: Pläne, die mit den Menschen vor Ort entstehen, werden '
             'auch gebaut.')
    y = text(y + 1.5, 'Für die ausgeschriebene Leitung des Fachbereichs Stadtentwicklung bringe ich '
             'Erfahrung mit großen Beteiligungsverfahren, städtebaulichen Wettbewerben und interdisziplinären '
             'Teams mit. Über ein persönliches Gespräch freue ich mich sehr.')
    y = text(y + 1.5, 'Mit freundlichen Grüßen')
    p.t(X, y + 3, 'Henrike Bode', 'dvs', 'I', 13, ink)
    y = head(y + 15, 'Berufspraxis', 'Stationen seit 2011')
    y = entry(y, '2019 – heute', 'Projektleiterin Quartiersentwicklung',
              'Stadt Freiburg im Breisgau, Amt für Projektentwicklung und Stadterneuerung',
              'Gesamtverantwortung für zwei neue Stadtquartiere mit zusammen 7.500 Wohnungen; Steuerung von '
              'Planung, Beteiligung und Vergabe.',
              ['Dietenbach: Rahmenplan, Bürgerbeteiligung mit 4.000 Teilnehmenden',
               'Kleineschholz: Konzeptvergabe an Baugemeinschaften und Genossenschaften'])
    y = entry(y, '2014 – 2019', 'Stadtplanerin', 'Büro Kessler + Partner Stadtplaner, Stuttgart',
              'Bebauungspläne, städtebauliche Rahmenpläne und Wettbewerbsbetreuung für Kommunen in '
              'Baden-Württemberg.',
              ['Rahmenplan Neckarpark Stuttgart', 'Innenstadtentwicklung Reutlingen'])
    y = entry(y, '2011 – 2014', 'Wissenschaftliche Mitarbeiterin',
              'Universität Stuttgart, Institut für Raumordnung und Entwicklungsplanung',
              'Lehre im Bachelor Stadtplanung, Forschungsprojekt zu kooperativen Planungsverfahren.', [])
    assert y < 285, y

    p.add_page()
    p.t(W, 12, 'Dr. Henrike Bode – Lebenslauf', 'dvs', 'I', 8, grey, align='R')
    y = head(26, 'Akademischer Weg', 'Studium und Promotion')
    for dates, deg, school in [('2014', 'Promotion (Dr.-Ing.)', 'Universität Stuttgart – „Kooperative '
                                'Quartiersplanung in Mittelstädten“, magna cum laude'),
                               ('2004 – 2010', 'Diplom-Ingenieurin Raumplanung', 'Technische Universität Dortmund')]:
        p.t(X, y, dates, 'dvs', '', 8.5, grey)
        p.t(D, y, deg, 'dvs', 'B', 10, ink)
        y = text(y + 4.6, school, D, 'I') + 2.5
    y = head(y + 5, 'Fachliche Stärken', 'was ich mitbringe')
    for b in ['Städtebauliche Rahmen- und Bebauungsplanung, Baurecht (BauGB, BauNVO)',
              'Moderation großer Beteiligungsverfahren, auch digital',
              'Vergabe- und Konzeptverfahren, Projektsteuerung, Controlling',
              'GIS (QGIS, ArcGIS), AutoCAD, Adobe InDesign']:
        y = p.bullet(X, y, W - X, b, 'dvs', '', 9.2, ink, 4.5, mark='·', ind=3)
    y = head(y + 6, 'Sprachkenntnisse', 'in Wort und Schrift')
    y = text(y, 'Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (gut)')
    y = head(y + 6, 'Veröffentlichungen und Vorträge', 'Auswahl')
    for yr, txt in [('2023', ' Bode, H.: Konzeptvergabe als Steuerungsinstrument. In: Planerin 3/2023, S. 12–15.'),
                    ('2021', ' Vortrag „Beteiligung im Großmaßstab“, Bundeskongress Nationale Stadtentwicklungs'
                             'politik, Berlin.'),
                    ('2015', ' Bode, H.: Kooperative Quartiersplanung in Mittelstädten. Dissertation, '
                             'Universität Stuttgart.')]:
        y = p.rwrap(X, y, W - X, [(yr, 'dvs', 'B', 9.2, ink), (txt, 'dvs', '', 9.2, ink)], 4.5)
        y += 1.2
    y = head(y + 5, 'Auszeichnungen & Stipendien', 'Anerkennung für Arbeit und Forschung')
    y = text(y, 'Deutscher Städtebaupreis, Belobigung für den Rahmenplan Dietenbach (2022)')
    y = text(y, 'Promotionsstipendium der Heinrich-Böll-Stiftung (2011 – 2014)')
    y = head(y + 6, 'Mitgliedschaften', 'Kammern und Verbände')
    y = text(y, 'Architektenkammer Baden-Württemberg (Stadtplanerin) · Vereinigung für Stadt-, Regional- und '
             'Landesplanung (SRL)')
    p.t(X, y + 10, 'Freiburg, im Januar 2026', 'dvs', '', 9.3, ink)
    p.save(os.path.join(out, 'k08_de_anschreiben.pdf'))


@layout
def k09_de_tabelle(out):
    d = new_docx('Arial', 10, (20, 20, 18, 22), after=2)
    navy, grey = '1F3864', '666666'
    para(d, [('Lebenslauf', dict(b=True, size=16, color=navy, spacing=1))], after=2)
    para(d, [('Kemal Yıldız', dict(size=13))], after=8)

    def h(txt):
        p = para(d, [(txt, dict(b=True, size=11, color='FFFFFF'))], before=12, after=6, left=1.5, keep=True)
        p_shade(p, navy)

    h('Persönliche Daten')
    t = table(d, 5, [38, 92, 40])
    data = [('Anschrift', 'Bergstraße 7, 45127 Essen'), ('Telefon', '0201 7788 1290'),
            ('E-Mail', 'kemal.yildiz@t-online.de'), ('Geburtsdatum', '14. März 1990 in Gelsenkirchen'),
            ('Familienstand', 'verheiratet, ein Kind')]
    for i, (k, v) in enumerate(data):
        first_para(t.cell(i, 0), [(k, dict(color=grey))], after=2)
        first_para(t.cell(i, 1), [v], after=2)
    ph = t.cell(0, 2).merge(t.cell(4, 2))
    pp = ph.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pp.add_run().add_picture(photo_png(360, 460, (255, 255, 255)), width=Mm(30))

    def rows(items):
        t = table(d, len(items), [38, 132])
        for i, (dates, blocks) in enumerate(items):
            first_para(t.cell(i, 0), [dates], after=2, before=(5 if i else 0))
            c = t.cell(i, 1)
            for k, blk in enumerate(blocks):
                if k == 0:
                    first_para(c, blk[0], before=(5 if i else 0), **blk[1])
                else:
                    para(c, blk[0], **blk[1])
        return t

    def job(title, org, bullets, erfolge):
        out = [([(title, dict(b=True))], dict(after=0)), ([org], dict(after=2))]
        for b in bullets:
            out.append((['– ' + b], dict(after=0, left=3, hanging=3)))
        if erfolge:
            out.append(([('ERFOLGE', dict(b=True, size=8.5, color=navy))], dict(before=3, after=0)))
            for b in erfolge:
                out.append((['– ' + b], dict(after=0, left=3, hanging=3)))
        return out

    h('Praxiserfahrung')
    rows([('seit 02/2020', job('Strategischer Einkäufer', 'Ruhrstahl Komponenten GmbH, Essen',
                                 ['Verantwortung für die Warengruppen Guss- und Schmiedeteile (Volumen 38 Mio. €)',
                                  'Lieferantenauswahl, Jahresgespräche und Rahmenverträge'],
                                 ['Einsparung von 6,2 % im ersten Jahr durch Bündelung von Bedarfen',
                                  'Aufbau eines Lieferanten-Risikomonitorings mit SAP Ariba'])),
          ('08/2014 – 01/2020', job('Operativer Einkäufer', 'Westfalia Anlagenbau AG, Gelsenkirchen',
                                      ['Bestellabwicklung, Terminverfolgung und Reklamationen'],
                                      ['Reduzierung der Lieferverzüge um 30 % durch wöchentliche '
                                       'Lieferantenrunden'])),
          ('08/2011 – 07/2014', job('Auszubildender zum Industriekaufmann', 'Westfalia Anlagenbau AG, '
                                    'Gelsenkirchen', ['Stationen in Einkauf, Vertrieb, Buchhaltung und Personal'],
                                    []))])
    h('Schulische und berufliche Bildung')
    rows([('2016 – 2019', [([('Geprüfter Betriebswirt (IHK)', dict(b=True))], dict(after=0)),
                           (['Berufsbegleitend, IHK-Akademie Essen'], dict(after=2))]),
          ('2011 – 2014', [([('Industriekaufmann (IHK)', dict(b=True))], dict(after=0)),
                           (['Ausbildung im dualen System, Abschlussnote 1,8'], dict(after=2))]),
          ('2010', [([('Fachhochschulreife', dict(b=True))], dict(after=0)),
                    (['Berufskolleg Königstraße, Gelsenkirchen'], dict(after=2))])])
    h('Weiterbildungen & Zertifikate')
    rows([('2023', [(['Zertifizierter Einkäufer (BME)'], dict(after=1))]),
          ('2021', [(['Verhandlungsführung im Einkauf, Seminar der Haufe Akademie'], dict(after=1))]),
          ('2019', [(['SAP MM Anwender-Zertifikat'], dict(after=1))])])
    h('EDV & Sprachen')
    rows([('', [([('EDV: ', dict(b=True)), 'SAP MM und SAP Ariba (sehr gut), MS Excel mit Pivot und Power Query '
                  '(sehr gut)'], dict(after=2)),
                ([('Sprachen: ', dict(b=True)), 'Deutsch und Türkisch (Muttersprachen), Englisch '
                  '(verhandlungssicher)'], dict(after=1))])])
    h('Engagement')
    rows([('seit 2018', [(['Jugendtrainer der C-Jugend, SV Rot-Weiß Steele 1920 e. V.'], dict(after=1))])])
    h('Freizeit')
    rows([('', [(['Fußball, Kochen für Freunde, Reisen in die Türkei und nach Portugal'], dict(after=1))])])
    para(d, ['Essen, im Januar 2026'], before=18)
    save_docx(d, os.path.join(out, 'k09_de_tabelle.docx'), 'Kemal Yildiz - Lebenslauf', 'de-DE')


@layout
def k10_de_verben(out):
    d = new_docx('Segoe UI', 9.5, (18, 20, 18, 20), after=2)
    orange, ink, grey = 'E4572E', '222222', '7A7A7A'
    hs = d.styles['Heading 1']
    rfonts = hs.element.rPr.rFonts
    for att in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn('w:ascii'), 'Segoe UI')
    rfonts.set(qn('w:hAnsi'), 'Segoe UI')
    hs.font.size = Pt(15)
    hs.font.bold = False
    hs.font.color.rgb = rgb(orange)
    hs.paragraph_format.space_before = Pt(16)
    hs.paragraph_format.space_after = Pt(4)

    para(d, [('Lea Brandstätter', dict(b=True, size=24, color=ink))], after=0)
    para(d, [('Mediengestalterin Digital und Print · Content & Social Media', dict(size=11, color=orange))],
         after=4)

    def h(txt):
        para(d, [txt], style='Heading 1')

    def job(title, dates, org, bullets, erfolge, kunden=None):
        para(d, [(title, dict(b=True, size=10.5)), ('\t' + dates, dict(color=grey, size=9))], tabs=[(170, 'R')],
             before=6, after=0, keep=True)
        para(d, [(org, dict(b=True, size=8, color=grey, spacing=0.5))], after=2, keep=True)
        for b in bullets:
            para(d, [b], style='List Bullet', after=0)
        if kunden:
            para(d, [('KUNDEN (AUSWAHL)', dict(b=True, size=8.5))], before=3, after=0)
            para(d, [kunden], after=1)
        if erfolge:
            para(d, [('Erfolge:', dict(b=True))], before=3, after=0)
            for b in erfolge:
                para(d, [b], style='List Bullet', after=0)

    h('Was mich ausmacht')
    para(d, ['Ich bin Mediengestalterin mit einem Faible für gute Geschichten. Seit acht Jahren entwickle ich '
             'Kampagnen, Social-Media-Formate und Printprodukte für Marken aus Tourismus und Handel – vom '
             'ersten Scribble bis zur Auswertung.'])
    h('Wo ich gearbeitet habe')
    job('Content Managerin', 'seit 03/2021', 'KREATIVHAUS MÜNCHEN GMBH',
        ['Redaktionsplanung und Produktion für Instagram, LinkedIn und TikTok',
         'Führung von zwei Werkstudierenden und Abstimmung mit Fotografen'],
        ['Reichweite des Kunden Alpenhof Hotels innerhalb eines Jahres verdreifacht',
         'Bronze beim Deutschen Preis für Onlinekommunikation 2023 (Kategorie Social Media)'])
    job('Mediengestalterin', '09/2017 – 02/2021', 'DRUCKEREI HUBER & SÖHNE, ROSENHEIM',
        ['Gestaltung von Katalogen, Anzeigen und Verpackungen',
         'Druckvorstufe und Farbmanagement'],
        ['Einführung eines digitalen Freigabeprozesses, der die Korrekturschleifen halbierte'],
        kunden='Chiemsee Tourismus, Brauerei Flötzinger, Sporthaus Obermaier')
    h('Was ich gelernt habe')
    para(d, [('Ausbildung zur Mediengestalterin Digital und Print', dict(b=True)),
             ('\t2014 – 2017', dict(color=grey, size=9))], tabs=[(170, 'R')], before=4, after=0)
    para(d, ['Druckerei Huber & Söhne und Berufsschule für Medienberufe, München'], after=3)
    para(d, [('Fachabitur, Gestaltung', dict(b=True)), ('\t2014', dict(color=grey, size=9))],
         tabs=[(170, 'R')], after=0)
    para(d, ['Fachoberschule Rosenheim'], after=2)
    h('Was ich kann')
    t = table(d, 3, [56, 56, 58])
    sk = [['Adobe InDesign, Illustrator, Photoshop', 'Premiere Pro und CapCut', 'Canva und Figma'],
          ['Redaktionsplanung', 'Texten für Social Media', 'Fotografie und Bildbearbeitung'],
          ['Meta Business Suite', 'Google Analytics 4', 'Englisch (C1), Italienisch (A2)']]
    for i in range(3):
        for j in range(3):
            first_para(t.cell(i, j), ['· ' + sk[i][j]], after=2)
    h('Woran ich gerade tüftle')
    para(d, [('Bergfreundinnen', dict(b=True)), ' – ein Podcast über Frauen im Alpinismus, seit 2024, '
             'rund 2.000 Hörerinnen und Hörer pro Folge.'], after=2)
    para(d, [('Typo-Tage Rosenheim', dict(b=True)), ' – Mitorganisation eines kleinen Typografie-Festivals.'],
         after=2)
    h('Wofür ich mich engagiere')
    para(d, ['Seit 2019 gestalte ich ehrenamtlich die Öffentlichkeitsarbeit der Tafel Rosenheim e. V.'])
    h('Womit ich mich sonst beschäftige')
    para(d, ['Klettern, Siebdruck, alte Schriftmuster sammeln.'])
    h('Wie Sie mich erreichen')
    para(d, ['Auenstraße 22, 81541 München'], after=0)
    para(d, ['0176 2233 4455 · lea.brandstaetter@gmx.de · behance.net/leabrandstaetter'], after=0)
    save_docx(d, os.path.join(out, 'k10_de_verben.docx'), 'Lea Brandstaetter - Lebenslauf', 'de-DE')


@layout
def k11_de_kompakt(out):
    d = new_docx('Calibri', 10, (16, 18, 16, 18), after=2)
    green, ink, grey = '2E7D32', '1E1E1E', '707070'
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(fp.add_run('Seite '), size=8, color=grey)
    add_field(fp, 'PAGE', dict(size=8, color=grey))

    para(d, [('Felix Hartung', dict(b=True, size=20, color=ink))], after=0)
    para(d, [('Elektroniker für Betriebstechnik · SPS · Instandhaltung', dict(size=11, color=green))], after=2)
    para(d, [('Am Mühlbach 3, 74078 Heilbronn · 0157 8899 1122 · felix.hartung@gmx.net', dict(size=9, color=grey))],
         after=4)

    def h(icon, txt):
        p = para(d, [(icon + ' ', dict(font='Segoe UI Symbol', b=True, size=12, color=green)),
                     (txt, dict(b=True, size=12, color=green))], before=12, after=4, left=2, keep=True)
        p_border(p, 'left', 24, green, 6)

    def job(title, dates, org, bullets):
        para(d, [(title, dict(b=True)), ('\t' + dates, dict(color=grey, size=9))], tabs=[(174, 'R')], before=4,
             after=0, keep=True)
        para(d, [(org, dict(i=True, color=grey))], after=1, keep=True)
        for b in bullets:
            para(d, [b], style='List Bullet', after=0)

    h('✦', 'Profil')
    para(d, ['Elektroniker mit zehn Jahren Praxis in der Instandhaltung von Fertigungsanlagen. Schwerpunkt '
             'Siemens-Steuerungen, Fehlersuche unter Zeitdruck und vorbeugende Wartung.'])
    h('⚒', 'Jobs')
    job('Elektroniker Instandhaltung', 'seit 2019', 'Neckartal Karosseriewerke GmbH, Neckarsulm',
        ['Störungsbehebung an Roboterzellen und Förderanlagen im Dreischichtbetrieb',
         'Programmänderungen in STEP 7 und TIA Portal, Inbetriebnahme neuer Zellen',
         'Einarbeitung von Auszubildenden'])
    job('Betriebselektroniker', '2015 – 2019', 'Unterland Logistik GmbH, Heilbronn',
        ['Wartung von Kühlanlagen, Sortern und Gebäudetechnik', 'Prüfungen nach DGUV V3'])
    h('✎', 'Schule')
    job('Ausbildung Elektroniker für Betriebstechnik', '2012 – 2015', 'Illig Maschinenbau GmbH, Heilbronn', [])
    job('Mittlere Reife', '2012', 'Realschule Heilbronn-Böckingen', [])
    h('⚙', 'Skills')
    para(d, ['Siemens S7 / TIA Portal · KUKA-Roboter (Grundlagen) · Pneumatik und Hydraulik · Frequenzumrichter · '
             'Schaltpläne lesen und ändern (EPLAN) · SAP PM'])
    h('✓', 'Scheine')
    for b in ['Staplerschein (2016)', 'Schaltberechtigung bis 1 kV', 'SCC-Zertifikat für operativ Tätige (2020)',
              'Führerschein B und BE']:
        para(d, [b], style='List Bullet', after=0)
    h('★', 'Extras')
    para(d, ['Bereitschaft zu Schichtarbeit und Rufbereitschaft · Montagebereitschaft bundesweit'])
    h('☺', 'Privat')
    para(d, ['Freiwillige Feuerwehr Heilbronn (Atemschutzgeräteträger) · Mountainbike · Elektronikbasteln'])
    save_docx(d, os.path.join(out, 'k11_de_kompakt.docx'), 'Felix Hartung - Lebenslauf', 'de-DE')


# ================================================================ French
@layout
def k12_fr_chronologie(out):
    p = P('Camille Rousseau-Diallo - CV', 'fr-FR')
    p.add_page()
    mag, ink, grey, pale = (168, 38, 98), (30, 30, 30), (120, 120, 120), (236, 205, 220)
    X, W = 20, 190
    p.t(105, 24, 'Camille Rousseau-Diallo', 'ls', 'B', 23, ink, align='C')
    p.t(105, 31.5, 'Chargée de communication · relations presse · événementiel', 'ls', '', 11, mag, align='C')
    p.t(105, 38, '44000 Nantes  ·  06 12 34 56 78  ·  camille.rd@laposte.net  ·  Permis B', 'ls', '', 8.8,
        grey, align='C')

    def head(y, txt, cap):
        p.box(X, y - 4.2, 3.2, 3.2, mag)
        p.t(X + 6, y, txt, 'ls', 'B', 15, ink)
        p.t(X + 6, y + 4.4, cap, 'ls', 'I', 8.3, grey)
        return y + 10

    def text(y, txt, x=X + 6, size=9.3, col=ink, st=''):
        return p.wrap(x, y, W - x, txt, 'ls', st, size, col, 4.5)

    def chrono(y, entries):
        top, marks = y - 3, []
        for when, title, org, bullets in entries:
            marks.append(y - 1.1)
            p.t(32, y, when, 'ls', 'B', 7.8, mag, sp=0.6)
            y += 4.7
            p.t(32, y, title, 'ls', 'B', 10.5, ink)
            y += 4.6
            p.t(32, y, org, 'ls', 'I', 9, grey)
            y += 4.7
            for b in bullets:
                y = p.bullet(32, y, W - 32, b, 'ls', '', 9.2, ink, 4.4, mark='–', ind=3.2)
            y += 3
        p.vline(26, top, y - 7, pale, 0.8)
        for m in marks:
            p.disc(26, m, 1.5, mag)
        return y

    y = head(50, 'En quelques mots', 'qui je suis, en trois lignes')
    y = text(y, 'Communicante de terrain depuis neuf ans, passée par une agence, une collectivité et un festival. '
             'J’aime les plans de communication clairs, les relations presse au long cours et les événements '
             'qui se passent bien parce qu’ils ont été bien préparés.')
    y = head(y + 4, 'Itinéraire', 'mes postes successifs')
    y = chrono(y, [
        ('DEPUIS MARS 2021', 'Chargée de communication', 'Mairie de Nantes — direction de la communication', [
            'Plans de communication pour les projets urbains et la culture, budget annuel de 240 k€',
            'Relations presse : 60 communiqués par an, réseau de 80 journalistes régionaux']),
        ('2018 — 2021', 'Chargée de relations presse et événementiel', 'Festival Les Rendez-vous de l’Erdre', [
            'Accueil presse et accréditations pour 150 journalistes par édition',
            'Coordination de 40 bénévoles pendant le festival']),
        ('2016 — 2018', 'Assistante de communication', 'Agence Marée Haute, Saint-Nazaire', [
            'Rédaction de contenus, veille et reporting pour des clients du tourisme']),
    ])
    y = head(y + 1, 'Bagage académique', 'diplômes obtenus')
    y = chrono(y, [
        ('2016', 'Master Information-Communication',
         'Université de Nantes', []),
        ('2014', 'Licence Lettres modernes', 'Université d’Angers', []),
    ])
    y = head(y + 1, 'Boîte à outils', 'logiciels et savoir-faire')
    xx = X + 6
    for tag in ['Stratégie de communication', 'Relations presse', 'Community management', 'Canva',
                'Suite Adobe', 'WordPress', 'Mailchimp', 'Prise de parole', 'Gestion de crise']:
        w = p.width(tag, 'ls', '', 8.6) + 5
        if xx + w > W:
            xx = X + 6
            y += 7.2
        p.box(xx, y - 3.9, w, 5.4, pale, 2.2)
        p.t(xx + 2.5, y, tag, 'ls', '', 8.6, ink)
        xx += w + 2.2
    y += 9
    y = head(y, 'Langues pratiquées', 'niveau CECRL')
    y = text(y, 'Français (langue maternelle) · Anglais (C1) · Wolof (B2, oral) · Espagnol (B1)')
    y = head(y + 3.5, 'Engagements associatifs', 'à côté du travail')
    y = text(y, 'Trésorière de l’association Les Voix du Quartier (radio associative), depuis 2019.')
    y = head(y + 3.5, 'Violon d’Ingres', 'ce qui me ressource')
    y = text(y, 'Chant choral, photographie argentique, randonnée sur le GR34.')
    assert y < 292, y
    p.save(os.path.join(out, 'k12_fr_chronologie.pdf'))


@layout
def k13_fr_marge(out):
    p = P('Etienne Marchal - Curriculum vitae', 'fr-FR')
    bord, ink, grey, rule = (110, 22, 42), (25, 25, 25), (120, 120, 120), (210, 200, 202)
    M, C, W = 47, 56, 194

    def page():
        p.add_page()
        p.t(W, 12, 'Étienne Marchal — Curriculum vitae', 'lr', 'I', 8.5, grey, align='R')
        p.vline(51.5, 20, 284, rule, 0.3)

    def head(y, txt):
        p.t(M, y, txt, 'lr', 'B', 10.5, bord, align='R')
        return y + 4.8

    def text(y, txt, st='', size=10, col=ink, x=C):
        return p.wrap(x, y, W - x, txt, 'lr', st, size, col, 4.6)

    def firm(y, name, dates, role):
        p.t(C, y, name, 'lr', 'B', 10.8, ink)
        p.t(W, y, dates, 'lr', '', 9, grey, align='R')
        return text(y + 4.8, role, 'I')

    def cases(y, items):
        p.t(C, y + 0.8, 'Dossiers marquants', 'lr', 'BI', 9.6, bord)
        y += 5.4
        for b in items:
            y = p.bullet(C + 1, y, W - C - 1, b, 'lr', '', 9.8, ink, 4.5, mark='▪', mcol=bord, ind=3.6)
        return y

    page()
    p.t(C, 30, 'ÉTIENNE MARCHAL', 'lr', 'B', 21, ink, sp=1.2)
    p.t(C, 37.5, 'Avocat associé — droit des affaires et restructurations', 'lr', 'I', 11.5, bord)
    p.t(C, 43.5, '12, quai Saint-Antoine, 69002 Lyon · 04 78 00 12 34 · e.marchal@dma-avocats.fr', 'lr', '', 9,
        grey)
    y = head(58, 'Profil en bref')
    y = text(y, 'Avocat au Barreau de Lyon, vingt ans de pratique en droit des sociétés et en prévention et '
             'traitement des difficultés des entreprises. J’accompagne dirigeants, actionnaires et '
             'repreneurs, de la négociation amiable jusqu’au tribunal des activités économiques.')
    y = head(y + 7, 'Pratique professionnelle')
    y = firm(y, 'Delorme Marchal & Associés, Lyon', 'depuis 2017', 'Avocat associé, responsable du pôle '
             'restructurations (six avocats)')
    y = text(y, 'Conseil des entreprises en difficulté et de leurs dirigeants ; procédures de conciliation, '
             'de sauvegarde et de redressement ; opérations de reprise à la barre.')
    y = cases(y + 0.5, ['Conciliation d’un équipementier automobile de 900 salariés (2023)',
                        'Plan de cession d’une chaîne régionale de boulangeries (2021)',
                        'Restructuration de la dette d’un groupe hôtelier familial (2019)'])
    y = firm(y + 4, 'Bertin Lacaze Avocats, Paris', '2011 – 2017', 'Collaborateur puis collaborateur senior')
    y = text(y, 'Fusions-acquisitions de PME et d’ETI, pactes d’actionnaires, contentieux entre associés.')
    y = cases(y + 0.5, ['Cession d’un éditeur de logiciels à un fonds d’investissement (2016)',
                        'Arbitrage entre associés d’un groupe de distribution (2014)'])
    y = firm(y + 4, 'Cabinet Morel-Vasseur, Paris', '2010', 'Élève-avocat, stage final de six mois')
    y = text(y, 'Droit des procédures collectives, rédaction d’assignations et de conclusions.')
    y = head(y + 7, 'Enseignement')
    y = text(y, 'Chargé d’enseignement à l’Université Jean Moulin Lyon 3 depuis 2018 : droit des entreprises en '
             'difficulté, Master 2 Droit des affaires (24 h par an).')
    y = head(y + 7, 'Cursus')
    for yr, deg, school in [('2010', 'Certificat d’aptitude à la profession d’avocat (CAPA)',
                             'École de formation du barreau de Paris'),
                            ('2008', 'Master 2 Droit des affaires et fiscalité', 'Université Paris 1 '
                             'Panthéon-Sorbonne, mention bien'),
                            ('2006', 'Maîtrise de droit privé', 'Université Lyon 3')]:
        p.t(C, y, deg, 'lr', 'B', 10.3, ink)
        p.t(W, y, yr, 'lr', '', 9, grey, align='R')
        y = text(y + 4.6, school, 'I') + 1.5
    assert y < 282, y

    page()
    y = head(26, 'Barreaux & habilitations')
    for line in ['Inscrit au Barreau de Lyon depuis 2017 (Barreau de Paris de 2011 à 2017)',
                 'Certificat de spécialisation en droit commercial, des affaires et de la concurrence, CNB, 2019',
                 'Médiateur inscrit sur la liste de la cour d’appel de Lyon, 2021']:
        y = text(y, line)
    y = head(y + 7, 'Interventions & écrits')
    p.t(C, y, 'Articles', 'lr', 'BI', 9.8, ink)
    y += 4.8
    for line in ['« La conciliation après la réforme de 2021 », Revue des procédures collectives, n° 4, 2022',
                 '« Reprise à la barre : le rôle du dirigeant », Actualité juridique Contrat, 2020']:
        y = p.bullet(C + 1, y, W - C - 1, line, 'lr', '', 9.8, ink, 4.5, mark='▪', mcol=bord, ind=3.6)
    p.t(C, y + 1, 'Conférences', 'lr', 'BI', 9.8, ink)
    y += 5.8
    for line in ['Colloque « Entreprises en difficulté », Ordre des avocats de Lyon, 2023',
                 'Atelier « Prévenir plutôt que guérir », CCI Lyon Métropole, 2022']:
        y = p.bullet(C + 1, y, W - C - 1, line, 'lr', '', 9.8, ink, 4.5, mark='▪', mcol=bord, ind=3.6)
    y = head(y + 7, 'Langues de travail')
    y = text(y, 'Français (langue maternelle), anglais (courant, négociations et rédaction), italien (bon niveau)')
    y = head(y + 7, 'Adhésions')
    y = text(y, 'Association Droit & Commerce · INSOL Europe · Association des avocats d’affaires lyonnais')
    assert y < 282, y
    p.save(os.path.join(out, 'k13_fr_marge.pdf'))


@layout
def k14_fr_infographie(out):
    p = P('Ines Benali - CV', 'fr-FR')
    p.add_page()
    purple, ink, grey, pale, light = (92, 58, 160), (32, 30, 40), (115, 112, 125), (244, 241, 251), (214, 204, 238)
    white = (255, 255, 255)
    # header
    p.photo(172, 9, 27, 27, white, round_=True)
    p.t(12, 23, 'Inès Benali', 'dvc', 'B', 26, ink)
    p.t(12, 31, 'Data analyst · développeuse BI · Power BI & SQL', 'dvc', '', 11.5, purple)
    p.t(12, 37.5, 'Lille · 07 81 22 33 44 · ines.benali@outlook.fr · linkedin.com/in/inesbenali', 'dvc', '', 8.6,
        grey)
    p.hline(12, 42, 198, light, 0.5)

    def head(x, y, txt):
        w = p.width(txt, 'dvc', 'B', 9.8) + 8
        p.box(x, y - 4.6, w, 6.4, purple, 3.2)
        p.t(x + 4, y, txt, 'dvc', 'B', 9.8, white)
        return y + 7.6

    # right column first
    RX, RR = 146, 199
    p.box(140, 43, 70, 254, pale)
    y = head(RX, 56, 'Outils')
    gauges = [('Power BI', 90), ('SQL', 85), ('Python', 70), ('Excel', 95)]
    for row in range(2):
        cy = y + 7 + row * 25
        for col in range(2):
            name, pct = gauges[row * 2 + col]
            cx = RX + 12 + col * 28
            p.disc(cx, cy, 8.5, None, light, 1.8)
            # coloured arc drawn as a ring of small discs
            n = int(48 * pct / 100)
            for k in range(n):
                a = -math.pi / 2 + 2 * math.pi * k / 48
                p.disc(cx + 8.5 * math.cos(a), cy + 8.5 * math.sin(a), 0.85, purple)
            p.t(cx, cy + 1.2, '%d %%' % pct, 'dvc', '', 8, ink, align='C')
            p.t(cx, cy + 14, name, 'dvc', '', 8.4, ink, align='C')
    y += 58
    y = head(RX, y, 'Langues vivantes')
    for lang, lvl in [('Français', 'natif'), ('Arabe', 'courant'), ('Anglais', 'C1'), ('Espagnol', 'A2')]:
        p.t(RX, y, lang, 'dvc', '', 8.8, ink)
        p.t(RR, y, lvl, 'dvc', '', 8.2, grey, align='R')
        y += 4.8
    y = head(RX, y + 5, 'Attestations')
    for line in ['Microsoft PL-300 Power BI Data Analyst (2023)', 'Dataiku Core Designer (2022)',
                 'Certification Voltaire, 842 points (2021)']:
        y = p.wrap(RX, y, RR - RX, line, 'dvc', '', 8.6, ink, 4.1)
        y += 1
    y = head(RX, y + 4, 'Hors du bureau')
    y = p.wrap(RX, y, RR - RX, 'Handball en club, pâtisserie orientale, podcasts d’histoire.', 'dvc', '', 8.8,
               ink, 4.2)
    assert y < 290, y

    # main column
    X, R = 12, 132
    y = head(X, 56, 'Portrait')
    y = p.wrap(X, y, R - X, 'Analyste de données depuis six ans, j’aime transformer des tableaux Excel '
               'tentaculaires en tableaux de bord simples que les équipes consultent vraiment. À l’aise '
               'avec la modélisation, la qualité des données et l’accompagnement des métiers.', 'dvc', '', 9.2,
               ink, 4.4)
    y = head(X, y + 5, 'Missions')
    for title, dates, org, bullets in [
            ('Data analyst BI', 'depuis 2022', 'Maison Verlaine (e-commerce), Roubaix', [
                'Refonte du reporting commercial : 14 rapports Excel remplacés par 3 tableaux Power BI',
                'Modèle de données en étoile sur Snowflake, documentation et tests dbt',
                'Formation de 40 utilisateurs métiers']),
            ('Chargée d’études statistiques', '2019 – 2022', 'Hauts-de-France Mobilités, Lille', [
                'Enquêtes de fréquentation et prévision de la demande sur le réseau régional',
                'Automatisation des indicateurs mensuels en Python']),
            ('Stage, assistante contrôle de gestion', '2018', 'Groupe Artois Distribution, Arras', [
                'Tableaux de suivi des marges par magasin'])]:
        p.t(X, y, title, 'dvc', 'B', 10.3, ink)
        p.t(R, y, dates, 'dvc', '', 8.4, grey, align='R')
        y += 4.6
        p.t(X, y, org, 'dvc', '', 9, purple)
        y += 4.8
        for b in bullets:
            y = p.bullet(X, y, R - X, b, 'dvc', '', 8.9, ink, 4.2, mark='●', mcol=light, ind=3.4)
        y += 3
    y = head(X, y + 2, 'Diplômes')
    for deg, dates, school in [('Master Statistique et informatique décisionnelle', '2017 – 2019',
                                'Université de Lille'),
                               ('Licence MIASHS', '2014 – 2017', 'Université d’Artois')]:
        p.t(X, y, deg, 'dvc', 'B', 10.3, ink)
        p.t(R, y, dates, 'dvc', '', 8.4, grey, align='R')
        p.t(X, y + 4.6, school, 'dvc', '', 9, purple)
        y += 11
    y = head(X, y + 2, 'Réalisations')
    for name, desc in [('Observatoire des retours', ' — tableau de bord qui a réduit de 12 % les retours '
                                                   'produits en un an.'),
                       ('Prévi-TER', ' — modèle de prévision de fréquentation utilisé pour les horaires 2022.')]:
        y = p.rwrap(X, y, R - X, [(name, 'dvc', 'B', 9, ink), (desc, 'dvc', '', 9, ink)], 4.4)
        y += 1.4
    assert y < 290, y
    p.save(os.path.join(out, 'k14_fr_infographie.pdf'))


@layout
def k15_fr_lettre(out):
    d = new_docx('Cambria', 10.5, (20, 20, 18, 20), after=3)
    green, grey = '2F5233', '777777'
    hs = d.styles['Heading 2']
    rfonts = hs.element.rPr.rFonts
    for att in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn('w:ascii'), 'Cambria')
    rfonts.set(qn('w:hAnsi'), 'Cambria')
    hs.font.size = Pt(14)
    hs.font.bold = False
    hs.font.italic = False
    hs.font.color.rgb = rgb(green)
    hs.paragraph_format.space_before = Pt(14)
    hs.paragraph_format.space_after = Pt(6)
    style_border(hs, 'bottom', 6, '9DB39F', 2, 'dotted')

    para(d, [('Hugo Lefebvre', dict(size=24, color='1E1E1E'))], after=0)
    para(d, [('Chef de cuisine — bistronomie et produits de saison', dict(i=True, size=12, color=green))],
         after=2)
    para(d, [('38, rue Mercière, 69002 Lyon · 06 45 78 12 90 · hugo.lefebvre.cuisine@gmail.com',
              dict(size=9, color=grey))], after=4)

    def h(txt):
        para(d, [txt], style='Heading 2')

    h('Ce que je vous propose')
    para(d, ['Madame, Monsieur,'], after=4)
    para(d, ['Depuis quinze ans, je cuisine le marché : des produits de saison, des producteurs que je connais '
             'par leur prénom et des assiettes lisibles. Après avoir dirigé la brigade d’un bistrot étoilé, je '
             'souhaite aujourd’hui ouvrir et faire vivre la cuisine de votre nouvelle table.'], after=4,
         align='J')
    para(d, ['J’y apporterais une organisation rigoureuse, le goût de la transmission et une vraie attention '
             'au coût matière. Je serais heureux d’en discuter autour d’un essai en cuisine.'], after=4,
         align='J')
    para(d, ['Bien cordialement,'], after=0)
    para(d, [('Hugo Lefebvre', dict(i=True))], after=2)

    def job(place, dates, role, bullets):
        para(d, [(place, dict(b=True)), ('\t' + dates, dict(color=grey, size=9.5))], tabs=[(170, 'R')],
             before=6, after=0, keep=True)
        para(d, [(role, dict(i=True))], after=2, keep=True)
        for b in bullets:
            para(d, [b], style='List Bullet', after=1)

    h('Les cuisines où j’ai travaillé')
    job('Le Comptoir des Canuts, Lyon', '2019 – 2025', 'Chef de cuisine, brigade de neuf personnes',
        ['Une étoile au Guide Michelin obtenue en 2022 et conservée depuis',
         'Carte renouvelée chaque saison avec 25 producteurs de la région',
         'Coût matière ramené de 34 % à 29 %'])
    job('Maison Brunel, Annecy', '2014 – 2019', 'Second de cuisine',
        ['Gestion des commandes, des plannings et de l’hygiène (plan de maîtrise sanitaire)',
         'Formation de six apprentis, dont deux meilleurs apprentis du département'])
    job('Hôtel du Parc, Évian-les-Bains', '2010 – 2014', 'Chef de partie puis sous-chef',
        ['Postes garde-manger, poissonnier et saucier pour un restaurant de 120 couverts'])
    h('Où j’ai appris le métier')
    para(d, [('Brevet professionnel Arts de la cuisine', dict(b=True)), ('\t2012', dict(color=grey, size=9.5))],
         tabs=[(170, 'R')], before=4, after=0)
    para(d, [('Institut Paul Bocuse, Écully (formation continue)', dict(i=True))], after=3)
    para(d, [('CAP Cuisine', dict(b=True)), ('\t2009', dict(color=grey, size=9.5))], tabs=[(170, 'R')], after=0)
    para(d, [('Lycée hôtelier François Bise, Bonneville', dict(i=True))], after=3)
    h('Mes savoir-faire')
    for b in ['Création de cartes de saison et de menus dégustation',
              'Cuisson basse température, fermentations, pâtisserie de restaurant',
              'Management de brigade, plannings, recrutement d’apprentis',
              'Gestion des stocks et du coût matière (logiciel Koust)']:
        para(d, [b], style='List Bullet', after=1)
    h('Mes habilitations')
    para(d, ['Formation hygiène alimentaire HACCP (2021) · Permis d’exploitation (2019) · Sauveteur secouriste du '
             'travail (2023)'])
    h('Les distinctions reçues')
    para(d, ['Une étoile au Guide Michelin, Le Comptoir des Canuts (2022, 2023, 2024)'], after=1)
    para(d, ['Finaliste du Trophée Jeunes Talents Rhône-Alpes (2013)'], after=1)
    h('Ils peuvent vous parler de moi')
    t = table(d, 2, [85, 85])
    for j, (who, how) in enumerate([('Mme Claire Brunel', 'Propriétaire, Maison Brunel · 04 50 00 11 22'),
                                    ('M. Antoine Ferrand', 'Associé, Le Comptoir des Canuts · 04 72 00 33 44')]):
        first_para(t.cell(0, j), [(who, dict(b=True))], after=0)
        first_para(t.cell(1, j), [(how, dict(size=9.5))], after=1)
    save_docx(d, os.path.join(out, 'k15_fr_lettre.docx'), 'Hugo Lefebvre - CV', 'fr-FR')


@layout
def k16_fr_tableau(out):
    d = new_docx('Calibri', 10, (16, 18, 16, 18), after=2)
    navy, red, grey, shade = '17365D', '8B2E3C', '6D6D6D', 'DCE6F2'
    t = table(d, 1, [100, 74])
    c = t.cell(0, 0)
    first_para(c, [('Aurélie Fontaine', dict(b=True, size=22, color=navy))], after=0)
    para(c, [('Ingénieure qualité · industrie pharmaceutique', dict(size=12, color=red))], after=0)
    c = t.cell(0, 1)
    first_para(c, [('Villeurbanne (69)', dict(size=9, color=grey))], align='R', after=0)
    for line in ['06 98 76 54 32', 'aurelie.fontaine@free.fr', 'Née en 1987 · permis B']:
        para(c, [(line, dict(size=9, color=grey))], align='R', after=0)

    def h(txt):
        p = para(d, [(txt, dict(b=True, size=11.5, color=navy))], before=12, after=5, left=1.5, keep=True)
        p_shade(p, shade)

    def job(title, dates, org, bullets, wins):
        para(d, [(title, dict(b=True, size=10.5)), ('\t' + dates, dict(color=grey, size=9))], tabs=[(174, 'R')],
             before=5, after=0, keep=True)
        para(d, [(org, dict(smallcaps=True, color=red))], after=2, keep=True)
        for b in bullets:
            para(d, [b], style='List Bullet', after=0)
        if wins:
            para(d, [('RÉALISATIONS CLÉS', dict(b=True, size=8.5, color=navy, spacing=0.5))], before=3, after=0)
            for b in wins:
                para(d, [b], style='List Bullet', after=0)

    h('Synthèse')
    para(d, ['Douze ans d’assurance qualité en production stérile et en développement, dont cinq en '
             'responsabilité d’équipe. Spécialiste des audits, des déviations et de la préparation aux '
             'inspections ANSM et FDA.'])
    h('Postes occupés')
    job('Responsable assurance qualité opérationnelle', 'depuis 2020', 'Laboratoires Rhodania, Saint-Priest',
        ['Équipe de sept ingénieurs et techniciens AQ sur deux ateliers de remplissage aseptique',
         'Libération des lots, revue des déviations et des CAPA'],
        ['Inspection FDA de 2023 sans observation 483',
         'Délai moyen de clôture des déviations réduit de 45 à 21 jours'])
    job('Ingénieure qualité validation', '2015 – 2020', 'Biopharm Vallée, Marcy-l’Étoile',
        ['Qualification d’équipements et validation de procédés (IQ/OQ/PQ)',
         'Rédaction des rapports de revue qualité produit'],
        ['Mise en place de la validation des systèmes informatisés (GAMP 5)'])
    job('Ingénieure qualité junior (VIE)', '2013 – 2015', 'Helvepharm SA, Bâle (Suisse)',
        ['Suivi des réclamations et des audits fournisseurs'], [])
    h('Formation & certifications')
    para(d, [('Diplôme d’ingénieur en génie biologique', dict(b=True)), ('\t2013', dict(color=grey, size=9))],
         tabs=[(174, 'R')], before=4, after=0)
    para(d, ['Polytech Lyon, option qualité et réglementation'], after=3)
    para(d, ['Auditeur interne certifié ISO 9001 et BPF, AFNOR (2018)'], after=1)
    para(d, ['Green Belt Lean Six Sigma (2017)'], after=1)
    h('Compétences et langues')
    tb = table(d, 4, [50, 124], borders=True)
    for i, (k, v) in enumerate([('Domaine', 'Détail'),
                                ('Qualité', 'BPF / GMP, ICH Q9 et Q10, annexe 1, gestion des risques (AMDEC)'),
                                ('Outils', 'TrackWise, Veeva Vault, SAP QM, Minitab'),
                                ('Langues', 'Français (natif), anglais (C1, TOEIC 945), allemand (B1)')]):
        first_para(tb.cell(i, 0), [(k, dict(b=(i == 0)))], before=1, after=1)
        first_para(tb.cell(i, 1), [(v, dict(b=(i == 0)))], before=1, after=1)
        if i == 0:
            cell_shade(tb.cell(i, 0), 'EDEDED')
            cell_shade(tb.cell(i, 1), 'EDEDED')
    h('Prix et publications')
    para(d, ['Prix de l’innovation qualité, Club Qualité Santé Rhône-Alpes (2022)'], after=1)
    para(d, ['Fontaine A., « Réduire le délai des déviations », La Vague (A3P), n° 78, 2023'], after=1)
    h('Bénévolat & loisirs')
    para(d, ['Bénévole aux Restos du Cœur de Villeurbanne depuis 2016 ; course à pied (semi-marathon), '
             'céramique.'])
    save_docx(d, os.path.join(out, 'k16_fr_tableau.docx'), 'Aurelie Fontaine - CV', 'fr-FR')


@layout
def k17_fr_minuscules(out):
    d = new_docx('Century Gothic', 9.5, (20, 22, 18, 22), after=2)
    coral, ink, grey = 'E07A5F', '2B2B2B', '8C8C8C'
    hs = d.styles.add_style('Titre section', 1)
    hs.base_style = d.styles['Normal']
    hs.font.size = Pt(11)
    hs.font.bold = False
    hs.font.color.rgb = rgb(coral)
    style_spacing(hs, 2)
    hs.paragraph_format.space_before = Pt(14)
    hs.paragraph_format.space_after = Pt(5)
    hs.paragraph_format.keep_with_next = True

    para(d, [('Noé Garnier', dict(b=True, size=22, color=ink))], after=0)
    para(d, [('illustrateur & designer graphique', dict(size=11, color=coral, spacing=1))], after=2)
    para(d, [('Nantes · 06 33 44 55 66 · bonjour@noegarnier.fr · noegarnier.fr', dict(size=8.5, color=grey))],
         after=2)

    def h(txt):
        para(d, [txt], style='Titre section')

    h('◆ portrait')
    para(d, ['Illustrateur indépendant depuis 2016, je dessine pour l’édition jeunesse, la presse et des marques '
             'qui aiment les couleurs franches. J’assure aussi la direction artistique de petites identités '
             'visuelles, du croquis au fichier d’impression.'])
    h('◆ parcours')

    def job(org, role, dates, lines, clients=None):
        para(d, [(org, dict(b=True)), (' — ' + role, {}), ('\t' + dates, dict(color=grey, size=8.5))],
             tabs=[(166, 'R')], before=5, after=1)
        for ln in lines:
            para(d, [ln], left=4, after=0)
        if clients:
            para(d, [('Clients : ', dict(b=True)), clients], left=4, before=1, after=0)

    job('Studio Chiffonnier, Nantes', 'illustrateur et directeur artistique', 'depuis 2019',
        ['Albums jeunesse, affiches de festivals, habillage de boutiques.',
         'Encadrement ponctuel de deux illustratrices en renfort.'],
        'Gallimard Jeunesse, Le Voyage à Nantes, Biocoop')
    job('Indépendant', 'illustrateur', '2016 – 2019',
        ['Dessins de presse et couvertures de magazines.'], 'Télérama, Phosphore, Ouest-France')
    job('Agence Grand Large, Saint-Herblain', 'graphiste junior', '2014 – 2016',
        ['Mise en page de rapports annuels et de supports commerciaux.'])
    h('◆ études')
    para(d, [('DNMADE Illustration', dict(b=True)), (', École Pivaut, Nantes', {}),
             ('\t2011 – 2014', dict(color=grey, size=8.5))], tabs=[(166, 'R')], before=3, after=1)
    para(d, [('Bac STD2A', dict(b=True)), (', Lycée Léonard de Vinci, Montaigu', {}),
             ('\t2011', dict(color=grey, size=8.5))], tabs=[(166, 'R')], after=1)
    h('◆ savoir-faire')
    para(d, ['dessin traditionnel et numérique · Procreate · Photoshop · Illustrator · InDesign · sérigraphie · '
             'animation courte (After Effects)'])
    h('◆ langues')
    para(d, ['français (langue maternelle) · anglais (courant) · breton (notions)'])
    h('◆ projets choisis')
    para(d, [('La baleine qui ne savait pas nager', dict(b=True)), (' — album jeunesse, 32 pages, traduit en '
                                                                   'quatre langues (2023).', {})], after=2)
    para(d, [('Festival Aux heures d’été', dict(b=True)), (' — identité visuelle et 40 affiches (2021–2024).', {})],
         after=2)
    h('◆ prix & expositions')
    para(d, ['Pépite de l’album, Salon du livre jeunesse de Montreuil (sélection 2023)'], after=1)
    para(d, ['Exposition personnelle « Marées », Galerie Confluence, Nantes (2022)'], after=1)
    h('◆ ailleurs')
    para(d, ['voile sur l’Erdre, carnets de voyage, céramique.'])
    save_docx(d, os.path.join(out, 'k17_fr_minuscules.docx'), 'Noe Garnier - CV', 'fr-FR')


# ================================================================ Spanish
@layout
def k18_es_cronologia(out):
    p = P('Lucia Herrero Campos - CV', 'es-ES')
    p.add_page()
    blue, ink, grey, pale = (0, 92, 162), (34, 36, 40), (118, 120, 126), (190, 212, 232)
    X, W = 18, 192
    p.t(X, 25, 'Lucía Herrero Campos', 'dv', 'B', 22, ink)
    p.t(X, 32.5, 'Ingeniera de Caminos, Canales y Puertos · estructuras y obra civil', 'dv', '', 10.5, blue)
    p.t(X, 39, 'Valencia · 654 321 987 · lucia.herrero@icloud.com · Carné B', 'dv', '', 8.5, grey)
    p.hline(X, 43, W, pale, 0.5)

    def head(y, txt):
        x = p.t(X, y, txt[0], 'dv', 'B', 16, blue)
        p.t(X + x, y, txt[1:], 'dvx', '', 16, ink)
        return y + 7.5

    def text(y, txt, x=X, size=9, col=ink, st=''):
        return p.wrap(x, y, W - x, txt, 'dv', st, size, col, 4.4)

    def chrono(y, entries):
        top, marks = y - 3, []
        for when, title, org, bullets in entries:
            marks.append(y - 1.1)
            p.t(28, y, when, 'dv', '', 7.8, grey)
            y += 4.6
            p.t(28, y, title, 'dv', 'B', 10, ink)
            y += 4.5
            p.t(28, y, org, 'dv', 'B', 8, blue, sp=0.4)
            y += 4.6
            for b in bullets:
                y = p.bullet(28, y, W - 28, b, 'dv', '', 8.7, ink, 4.2, mark='·', ind=2.8)
            y += 2.8
        p.vline(22, top, y - 6.5, pale, 0.8)
        for m in marks:
            p.disc(22, m, 1.5, (255, 255, 255), blue, 0.8)
        return y

    y = head(55, 'En pocas palabras')
    y = text(y, 'Ingeniera de caminos con doce años en proyecto y dirección de obra de puentes, pasarelas y '
             'estructuras portuarias. Me muevo con soltura entre el cálculo, la obra y la administración, y '
             'disfruto coordinando equipos multidisciplinares.')
    y = head(y + 5, 'Trayectoria')
    y = chrono(y, [
        ('2020 — actualidad', 'Jefa de proyecto de estructuras', 'MEDITERRÁNEA DE INGENIERÍA CIVIL, VALENCIA', [
            'Dirección de proyectos de puentes y pasarelas de hasta 180 m de luz',
            'Coordinación de un equipo de ocho ingenieros y delineantes',
            'Asistencia técnica a la dirección de obra en tres licitaciones públicas']),
        ('2016 — 2020', 'Ingeniera de estructuras', 'PUERTOS Y COSTAS DEL LEVANTE, ALICANTE', [
            'Cálculo de muelles, diques y cajones; modelos en SAP2000 y Plaxis']),
        ('2013 — 2016', 'Ingeniera de producción', 'CONSTRUCCIONES TURIA, VALENCIA', [
            'Jefa de producción en la ampliación de la ronda norte (14 M€)']),
    ])
    y = head(y + 2, 'Formación reglada')
    y = chrono(y, [
        ('2007 — 2013', 'Máster en Ingeniería de Caminos, Canales y Puertos',
         'UNIVERSITAT POLITÈCNICA DE VALÈNCIA', ['Proyecto final con matrícula de honor']),
    ])
    y = head(y + 2, 'Obras destacadas')
    for name, desc in [('Pasarela del Parque Central', ' (Valencia, 2023) — pasarela atirantada de 96 m.'),
                       ('Puente sobre el río Júcar', ' (Alzira, 2021) — viga continua de hormigón pretensado, '
                                                     'tres vanos.'),
                       ('Muelle de cruceros', ' (Alicante, 2018) — 420 m de cajones de hormigón armado.')]:
        y = p.rwrap(X, y, W - X, [(name, 'dv', 'B', 9, ink), (desc, 'dv', '', 9, ink)], 4.4)
        y += 0.8
    y = head(y + 5, 'Destrezas')
    y = text(y, 'Cálculo de estructuras (SAP2000, Midas Civil, CYPE) · BIM con Revit y Civil 3D · '
             'dirección de obra · licitaciones públicas · gestión de equipos')
    y = head(y + 5, 'Lenguas')
    y = text(y, 'Español y valenciano (nativa) · Inglés (C1, Cambridge Advanced) · Francés (B1)')
    y = head(y + 5, 'Carnés y acreditaciones')
    y = text(y, 'PMP, Project Management Institute (2021) · Coordinadora de seguridad y salud (2015) · '
             'Autodesk Revit Certified Professional (2019)')
    y = head(y + 5, 'Colegiación')
    y = text(y, 'Colegio de Ingenieros de Caminos, Canales y Puertos, demarcación de Valencia, '
             'colegiada n.º 31.204')
    assert y < 292, y
    p.save(os.path.join(out, 'k18_es_cronologia.pdf'))


@layout
def k19_es_margen(out):
    p = P('Andres Villalobos Ruiz - Curriculum', 'es-ES')
    orange, ink, grey, rule = (196, 78, 28), (28, 28, 30), (118, 118, 122), (224, 214, 206)
    M, C, W = 48, 56, 198

    def foot(n):
        p.t(C, 289, 'Andrés Villalobos Ruiz · Currículum · %d/2' % n, 'ls', '', 7.5, grey)

    def head(y, txt):
        p.t(M, y, txt, 'ls', 'B', 9.6, orange, align='R')
        p.box(M + 2.2, y - 2.9, 2.4, 2.4, orange)
        p.hline(C, y - 1.5, W, rule, 0.3)
        return y + 5.2

    def text(y, txt, x=C, size=9.6, col=ink, st=''):
        return p.wrap(x, y, W - x, txt, 'ls', st, size, col, 4.6)

    def company(y, name, dates, role):
        p.t(C, y, name, 'ls', 'B', 10, ink)
        p.t(W, y, dates, 'ls', '', 8.8, grey, align='R')
        return text(y + 4.7, role, st='I')

    def logros(y, items):
        p.t(C, y + 0.8, 'LOGROS', 'ls', 'B', 7.6, orange, sp=0.8)
        y += 5
        for b in items:
            y = p.bullet(C, y, W - C, b, 'ls', '', 9.4, ink, 4.5, mark='+', mcol=orange, ind=3.4)
        return y

    p.add_page()
    p.t(C, 28, 'Andrés Villalobos Ruiz', 'ls', 'B', 23, ink)
    p.t(C, 35.5, 'Director comercial B2B · industria alimentaria y distribución', 'ls', '', 11, orange)
    p.t(C, 42, 'Madrid · 678 90 12 34 · andres.villalobos@gmail.com · linkedin.com/in/avillalobos', 'ls', '', 8.8,
        grey)
    y = head(58, 'Quién soy')
    y = text(y, 'Director comercial con veinte años vendiendo a gran distribución, canal horeca y exportación. '
             'Construyo equipos que venden con margen, negocio con las grandes cuentas en persona y me apoyo '
             'en los datos para decidir dónde invertir. Busco un proyecto de crecimiento internacional en una '
             'empresa familiar o participada.')
    y = head(y + 7, 'Recorrido profesional')
    y = company(y, 'GRUPO ALIMENTARIO SIERRA NORTE', '2018 – actualidad', 'Director comercial nacional')
    y = text(y, 'Responsable de una red de 34 comerciales y 4 jefes de zona; facturación de 210 M€ en '
             'alimentación seca y refrigerada, con presupuesto propio de trade marketing de 9 M€.')
    p.t(C, y + 1, 'Cuentas clave', 'ls', 'B', 9.8, ink)
    y = text(y + 5.6, 'Mercadona, Carrefour, Grupo Dia, Makro y tres centrales de compra regionales.')
    y = logros(y + 0.5, ['Crecimiento del 38 % en ventas en cinco años con margen bruto estable',
                         'Entrada en el canal horeca organizado: 22 M€ en tres años',
                         'Implantación de Salesforce y de un cuadro de mando comercial semanal',
                         'Rotación voluntaria del equipo reducida del 21 % al 8 %'])
    y = company(y + 4, 'DISTRIBUCIONES LEVANTE PLUS', '2012 – 2018', 'Jefe de ventas zona este')
    y = text(y, 'Equipo de 12 comerciales en Valencia, Murcia y Baleares; cartera de 1.800 clientes de '
             'alimentación y droguería.')
    p.t(C, y + 1, 'Cuentas clave', 'ls', 'B', 9.8, ink)
    y = text(y + 5.6, 'Consum, Grupo Hiperber y cadenas hoteleras de Baleares.')
    y = logros(y + 0.5, ['Primera posición nacional en cumplimiento de objetivos en 2015, 2016 y 2017',
                         'Recuperación de 40 clientes perdidos mediante un plan de visitas conjuntas',
                         'Apertura de la delegación de Palma de Mallorca'])
    y = company(y + 4, 'PAPELERA DEL EBRO', '2006 – 2012', 'Key account manager')
    y = text(y, 'Gestión de las cuentas de gran consumo en la zona norte: papel higiénico, cocina y '
             'marca blanca.')
    y = logros(y + 0.5, ['Contrato marco de cinco años con la principal central de compras del norte',
                         'Lanzamiento de la gama ecológica en 600 puntos de venta'])
    y = company(y + 4, 'BEBIDAS DEL CANTÁBRICO', '2004 – 2006', 'Delegado comercial')
    y = text(y, 'Venta a supermercados y mayoristas en Asturias y Cantabria.')
    assert y < 282, y
    foot(1)

    p.add_page()
    y = text(22, 'Apertura de 150 nuevos puntos de venta en dos años; mejor delegado de la compañía en 2005.')
    y = head(y + 9, 'Titulaciones')
    for yr, deg, school in [('2011', 'Executive MBA', 'IE Business School, Madrid'),
                            ('2003', 'Licenciatura en Administración y Dirección de Empresas',
                             'Universidad de Zaragoza')]:
        p.t(C, y, deg, 'ls', 'B', 10, ink)
        p.t(W, y, yr, 'ls', '', 8.8, grey, align='R')
        y = text(y + 4.7, school, st='I') + 1.5
    y = head(y + 7, 'Competencias comerciales')
    for b in ['Negociación con gran distribución y centrales de compra',
              'Dirección de equipos de venta y planes de incentivos',
              'Trade marketing, gestión por categorías, revenue management',
              'Salesforce, Power BI, Nielsen y IRI']:
        y = p.bullet(C, y, W - C, b, 'ls', '', 9.6, ink, 4.6, mark='·', mcol=orange, ind=3)
    y = head(y + 7, 'Idiomas')
    y = text(y, 'Español (nativo) · Inglés (C1) · Portugués (B2)')
    y = head(y + 7, 'Reconocimientos')
    y = text(y, 'Mejor director comercial del año, revista Distribución Actualidad (2022)')
    y = text(y, 'Premio a la excelencia en ventas, Distribuciones Levante Plus (2016)')
    y = head(y + 7, 'Quién me recomienda')
    y = text(y, 'Elena Márquez, directora general de Grupo Alimentario Sierra Norte — 600 11 22 33')
    y = text(y, 'Jordi Puig, CEO de Distribuciones Levante Plus — 600 44 55 66')
    assert y < 282, y
    foot(2)
    p.save(os.path.join(out, 'k19_es_margen.pdf'))


@layout
def k20_es_infografia(out):
    p = P('Marta Sanz Iglesias - CV', 'es-ES')
    p.add_page()
    coral, ink, grey, pale, track = (222, 84, 70), (34, 32, 36), (118, 114, 118), (253, 238, 234), (240, 200, 192)
    p.box(138, 0, 72, 297, pale)
    X, R = 14, 128

    def head(x, y, txt, size=13):
        p.t(x, y, txt, 'dv', 'B', size, coral)
        return y + 7

    p.t(X, 26, 'Marta Sanz Iglesias', 'dv', 'B', 21, ink)
    p.t(X, 33, 'Diseñadora UX/UI · sistemas de diseño · accesibilidad', 'dv', '', 10, coral)
    y = head(X, 50, 'Hola, soy Marta', 15)
    y = p.wrap(X, y, R - X, 'Si estás leyendo esto, quizá busques a alguien que convierta problemas '
               'enrevesados en pantallas sencillas. Llevo nueve años diseñando productos digitales para banca, '
               'movilidad y administración pública, y me encanta investigar con usuarios reales.', 'dv', '', 9,
               ink, 4.4)
    y = p.wrap(X, y + 1.5, R - X, 'Te cuento abajo dónde he trabajado y qué sé hacer. ¡Gracias por leer!', 'dv',
               'I', 9, ink, 4.4)
    y = head(X, y + 5, 'Trabajé en')
    for title, dates, org, bullets in [
            ('Lead product designer', '2021 – hoy', 'Banco Meridiano · Madrid', [
                'Lidero el sistema de diseño que usan 12 equipos de producto',
                'Rediseño del alta de clientes: de 14 a 6 pantallas, +18 % de conversión']),
            ('Diseñadora UX/UI sénior', '2018 – 2021', 'Movo Urbano · Barcelona', [
                'App de patinetes y bicis compartidas en 9 ciudades europeas',
                'Pruebas de usabilidad mensuales con usuarios en la calle']),
            ('Diseñadora UX', '2016 – 2018', 'Agencia Nube Gris · Madrid', [
                'Sedes electrónicas para ayuntamientos y comunidades autónomas'])]:
        p.t(X, y, title, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        y += 4.6
        p.t(X, y, org, 'dv', '', 8.8, coral)
        y += 4.7
        for b in bullets:
            y = p.bullet(X, y, R - X, b, 'dv', '', 8.6, ink, 4.2, mark='•', mcol=coral, ind=3.2)
        y += 3
    y = head(X, y + 2, 'Estudié')
    for deg, dates, school in [('Máster en Diseño de Interacción', '2015 – 2016', 'Elisava, Barcelona'),
                               ('Grado en Bellas Artes', '2011 – 2015', 'Universidad Complutense de Madrid')]:
        p.t(X, y, deg, 'dv', 'B', 10, ink)
        p.t(R, y, dates, 'dv', '', 8, grey, align='R')
        p.t(X, y + 4.6, school, 'dv', '', 8.8, coral)
        y += 11
    y = head(X, y + 2, 'He creado')
    for name, desc in [('Kit Accesible', ' — biblioteca de componentes Figma con contraste AA verificado '
                                        '(3.000 descargas).'),
                       ('Pictos Madrid', ' — pictogramas abiertos para señalética municipal.')]:
        y = p.rwrap(X, y, R - X, [(name, 'dv', 'B', 8.8, ink), (desc, 'dv', '', 8.8, ink)], 4.3)
        y += 1.2
    assert y < 290, y

    SX, SR = 146, 200
    p.photo(155, 12, 34, 34, pale, round_=True)
    y = head(SX, 60, 'Escríbeme')
    for line in ['marta.sanz@proton.me', '611 22 33 44', 'Madrid (híbrido o remoto)', 'martasanz.design']:
        p.t(SX, y, line, 'dv', '', 8.3, ink)
        y += 4.4
    y = head(SX, y + 5, 'Sé hacer')
    for skill, frac in [('Investigación con usuarios', 0.9), ('Prototipado en Figma', 0.95),
                        ('Sistemas de diseño', 0.9), ('Accesibilidad WCAG', 0.85), ('HTML y CSS', 0.6)]:
        p.t(SX, y, skill, 'dv', '', 8.2, ink)
        p.bar(SX, y + 1.5, SR - SX, frac, coral, track)
        y += 7.4
    y = head(SX, y + 3, 'Hablo')
    for lang, n in [('Español', 5), ('Inglés', 4), ('Catalán', 3), ('Italiano', 2)]:
        p.t(SX, y, lang, 'dv', '', 8.2, ink)
        p.dots(SX + 24, y, n, 5, coral, track, r=1.0, gap=3.0)
        y += 5
    y = head(SX, y + 4, 'Me apasiona')
    y = p.wrap(SX, y, SR - SX, 'La cerámica, el cine coreano, nadar en el mar en invierno.', 'dv', '', 8.3,
               ink, 4.2)
    assert y < 290, y
    p.save(os.path.join(out, 'k20_es_infografia.pdf'))


@layout
def k21_es_carta(out):
    d = new_docx('Calibri', 10.5, (18, 20, 18, 20), after=3)
    teal, grey = '1F6F8B', '707070'
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(hp.add_run('javier.moreno.castillo@gmail.com · 612 345 678 · Zaragoza'), size=8, color=grey)
    hs = d.styles['Heading 1']
    rfonts = hs.element.rPr.rFonts
    for att in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn('w:ascii'), 'Calibri')
    rfonts.set(qn('w:hAnsi'), 'Calibri')
    hs.font.size = Pt(13)
    hs.font.bold = True
    hs.font.color.rgb = rgb(teal)
    hs.paragraph_format.space_before = Pt(14)
    hs.paragraph_format.space_after = Pt(4)
    style_border(hs, 'top', 4, 'A9C7D1', 4)

    para(d, [('Javier Moreno Castillo', dict(b=True, size=22, color=teal))], after=0)
    para(d, [('Enfermero especialista en cuidados críticos', dict(size=12, color='4A8FA6'))], after=4)

    def h(txt):
        para(d, [txt], style='Heading 1')

    h('Carta de presentación')
    para(d, ['Estimado equipo de selección:'], after=4)
    para(d, ['Soy enfermero desde 2012 y llevo ocho años en la UCI de un hospital terciario. Me presento a la '
             'plaza de supervisor de cuidados intensivos porque quiero poner al servicio de un equipo lo que he '
             'aprendido a pie de cama: protocolos claros, formación continua y mucha comunicación con las '
             'familias.'], align='J', after=4)
    para(d, ['Quedo a su disposición para ampliar cualquier información en una entrevista.'], after=4)
    para(d, ['Un saludo cordial,'], after=0)
    para(d, [('Javier Moreno', dict(i=True))], after=2)

    def job(title, dates, place, funcs):
        para(d, [(title, dict(b=True)), ('\t' + dates, dict(color=grey, size=9.5))], tabs=[(170, 'R')], before=6,
             after=0, keep=True)
        para(d, [(place, dict(smallcaps=True, color=teal))], after=2, keep=True)
        para(d, [('Funciones:', dict(b=True))], after=0, keep=True)
        for f in funcs:
            para(d, [f], style='List Bullet', after=0)

    h('Experiencia asistencial')
    job('Enfermero de UCI polivalente', '2017 – actualidad', 'Hospital Universitario Miguel Servet, Zaragoza',
        ['Cuidados a pacientes críticos: ventilación mecánica, técnicas de depuración extrarrenal, ECMO',
         'Referente del protocolo de prevención de neumonía asociada a ventilación (Neumonía Zero)',
         'Tutor de prácticas de estudiantes del grado en Enfermería'])
    job('Enfermero de urgencias', '2014 – 2017', 'Hospital Clínico Universitario Lozano Blesa, Zaragoza',
        ['Triaje Manchester, box de críticos y observación'])
    job('Enfermero en atención primaria (sustituciones)', '2012 – 2014', 'Centro de Salud Delicias Sur, Zaragoza',
        ['Consulta de enfermería, curas, vacunación y atención domiciliaria'])
    h('Titulación y formación')
    para(d, [('Máster en Enfermería de Cuidados Críticos', dict(b=True)), ('\t2016', dict(color=grey, size=9.5))],
         tabs=[(170, 'R')], before=4, after=0)
    para(d, ['Universidad de Zaragoza'], after=3)
    para(d, [('Grado en Enfermería', dict(b=True)), ('\t2012', dict(color=grey, size=9.5))], tabs=[(170, 'R')],
         after=0)
    para(d, ['Universidad de Zaragoza, Facultad de Ciencias de la Salud'], after=3)
    h('Formación complementaria')
    for b in ['Soporte Vital Avanzado, Plan Nacional de RCP (2023)', 'Instructor de simulación clínica (2021)',
              'Manejo de la ECMO para enfermería, 40 h (2019)']:
        para(d, [b], style='List Bullet', after=0)
    h('Habilidades clínicas')
    para(d, ['Ventilación mecánica invasiva y no invasiva · canalización ecoguiada · monitorización hemodinámica · '
             'manejo de la vía aérea · comunicación con familias en situaciones difíciles'])
    h('Idiomas')
    para(d, ['Español (nativo) · Inglés (B2, First Certificate) · Francés (A2)'])
    h('Labor social')
    para(d, ['Enfermero voluntario en Médicos del Mundo Aragón: atención a personas sin hogar (desde 2015).'])
    h('Datos de interés')
    para(d, ['Colegiado en el Colegio Oficial de Enfermería de Zaragoza · carné de conducir B · disponibilidad '
             'para turnos rotatorios'])
    save_docx(d, os.path.join(out, 'k21_es_carta.docx'), 'Javier Moreno Castillo - CV', 'es-ES')


@layout
def k22_es_tabla(out):
    d = new_docx('Georgia', 9.5, (16, 16, 16, 16), after=2)
    dark, gold, grey = '2C3E50', 'B7950B', '6E6E6E'
    para(d, [('Clara Domínguez Pardo', dict(size=22, color=dark))], after=0)
    para(d, [('Economista · análisis financiero y riesgos', dict(i=True, size=11.5, color=gold))], after=2)
    para(d, [('Sevilla · 699 88 77 66 · clara.dominguez@economistas.es', dict(size=8.5, color=grey))], after=8)
    rows = 7
    t = table(d, rows, [42, 136])

    def left(i, txt):
        c = t.cell(i, 0)
        cell_shade(c, dark)
        cell_margins(c, 2, 2, 2, 3)
        first_para(c, [(txt, dict(b=True, size=10.5, color='FFFFFF'))], align='R', before=4, after=4)
        cr = t.cell(i, 1)
        cell_margins(cr, 2, 2, 4, 1)
        cell_border(cr, 'bottom', 4, 'D5D8DC')
        return cr

    def first(c, runs, **kw):
        kw.setdefault('before', 4)
        return first_para(c, runs, **kw)

    c = left(0, 'Síntesis')
    first(c, ['Economista con once años en banca y consultoría, especializada en riesgo de crédito, modelos de '
              'rating y planificación financiera. Combino el rigor cuantitativo con la capacidad de explicar '
              'resultados a los comités de dirección.'], after=4)
    c = left(1, 'Puestos desempeñados')
    jobs = [('Banco Hispalense', '2019 – actualidad', 'Responsable de modelos de riesgo de crédito',
             ['Equipo de cinco analistas; modelos IRB para pymes y promotores',
              'Validación supervisora del BCE sin hallazgos relevantes (2023)']),
            ('Giralda Risk Advisory', '2015 – 2019', 'Consultora sénior',
             ['Proyectos de IFRS 9 y pruebas de resistencia para seis entidades']),
            ('Observatorio Económico del Sur', '2013 – 2015', 'Analista económica',
             ['Informes de coyuntura regional y previsiones sectoriales'])]
    for k, (org, dates, role, bullets) in enumerate(jobs):
        runs = [(org, dict(b=True)), ('\t' + dates, dict(color=grey, size=8.5))]
        if k == 0:
            first(c, runs, tabs=[(130, 'R')], after=0)
        else:
            para(c, runs, tabs=[(130, 'R')], before=6, after=0)
        para(c, [(role, dict(i=True))], after=1)
        for b in bullets:
            para(c, [b], style='List Bullet', after=0)
    c = left(2, 'Formación y certificaciones')
    first(c, [('Máster en Banca y Finanzas', dict(b=True)), ('\t2013', dict(color=grey, size=8.5))],
          tabs=[(130, 'R')], after=0)
    para(c, ['Universidad de Sevilla'], after=2)
    para(c, [('Licenciatura en Economía', dict(b=True)), ('\t2011', dict(color=grey, size=8.5))],
         tabs=[(130, 'R')], after=0)
    para(c, ['Universidad Pablo de Olavide, premio extraordinario'], after=2)
    para(c, ['Financial Risk Manager (FRM), GARP, 2017'], after=4)
    c = left(3, 'Idiomas e informática')
    first(c, ['Español (nativo), inglés (C1), portugués (B1)'], after=1)
    para(c, ['Python y R para modelización, SAS, SQL, Excel avanzado con VBA'], after=4)
    c = left(4, 'Publicaciones y ponencias')
    first(c, ['Domínguez, C. y Ruiz, A. (2022): «Rating de promotores inmobiliarios tras la pandemia», '
              'Revista de Estabilidad Financiera, 43.'], after=2)
    para(c, ['Ponencia «IFRS 9 en la práctica», Congreso de la Asociación Española de Finanzas, 2021.'], after=4)
    c = left(5, 'Premios y becas')
    first(c, ['Premio extraordinario de licenciatura (2011) · Beca de excelencia de la Fundación Alcázar (2012)'],
          after=4)
    c = left(6, 'Afiliaciones')
    first(c, ['Colegio de Economistas de Sevilla · Asociación Española de Finanzas'], after=4)
    save_docx(d, os.path.join(out, 'k22_es_tabla.docx'), 'Clara Dominguez Pardo - CV', 'es-ES')


@layout
def k23_es_minimal(out):
    d = new_docx('Calibri', 10, (20, 22, 18, 22), after=2)
    violet, ink, grey = '6F42C1', '24292E', '6A737D'
    hs = d.styles['Heading 2']
    rfonts = hs.element.rPr.rFonts
    for att in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn('w:ascii'), 'Consolas')
    rfonts.set(qn('w:hAnsi'), 'Consolas')
    hs.font.size = Pt(11)
    hs.font.bold = False
    hs.font.italic = False
    hs.font.color.rgb = rgb(violet)
    hs.paragraph_format.space_before = Pt(14)
    hs.paragraph_format.space_after = Pt(4)

    para(d, [('pablo ortega gil', dict(b=True, size=20, color=ink, font='Consolas'))], after=0)
    para(d, [('backend · go · postgres · sistemas distribuidos', dict(size=10, color=grey, font='Consolas'))],
         after=4)

    def h(txt):
        para(d, [txt], style='Heading 2')

    def entry(org, role, dates):
        para(d, [(org, dict(b=True)), (' — ' + role, {}), ('\t' + dates, dict(color=grey, size=9, font='Consolas'))],
             tabs=[(166, 'R')], before=5, after=1)

    h('// perfil')
    para(d, ['Desarrollador backend con ocho años construyendo APIs y sistemas de colas que aguantan picos. '
             'Me gustan las bases de datos bien modeladas, los tests que se ejecutan rápido y las alertas que '
             'solo suenan cuando hace falta.'])
    h('// empleos')
    entry('Rutafácil', 'backend engineer sénior', '2021–hoy')
    for b in ['API de reservas en Go: 4.000 peticiones por segundo en hora punta.',
              'Migración de MySQL a PostgreSQL sin parada de servicio.',
              'Guardias y postmortems; MTTR reducido de 50 a 18 minutos.']:
        para(d, ['> ' + b], left=3, after=0)
    entry('Paga Ya', 'backend developer', '2018–2021')
    for b in ['Servicio de conciliación de pagos con Kafka y Python.',
              'Primeros pasos del equipo de plataforma: Terraform y Kubernetes.']:
        para(d, ['> ' + b], left=3, after=0)
    entry('Soluciones Numen', 'desarrollador junior', '2016–2018')
    para(d, ['> Aplicaciones internas en PHP y Symfony para aseguradoras.'], left=3, after=0)
    h('// estudios')
    entry('Grado en Ingeniería Informática', 'Universidad de Granada', '2012–2016')
    h('// stack')
    para(d, ['go · python · postgresql · redis · kafka · grpc · docker · kubernetes · terraform · aws · grafana'])
    h('// proyectos')
    para(d, [('pgqueue', dict(b=True)), ' — cola de trabajos sobre PostgreSQL con SKIP LOCKED (700 estrellas).'],
         after=2)
    para(d, [('horarios-bus-gr', dict(b=True)), ' — API abierta con los horarios de autobuses de Granada.'],
         after=2)
    h('// charlas')
    para(d, ['«Colas en Postgres: sí, se puede», Commit Conf Madrid, 2024'], after=1)
    para(d, ['«Idempotencia para mortales», GoLang Granada, 2022'], after=1)
    h('// idiomas')
    para(d, ['español (nativo) · inglés (C1) · alemán (A2)'])
    h('// contacto')
    para(d, ['pablo@ortegagil.dev · github.com/pabloog · Granada · +34 622 10 20 30'])
    save_docx(d, os.path.join(out, 'k23_es_minimal.docx'), 'Pablo Ortega Gil - CV', 'es-ES')


def main():
    if len(sys.argv) != 2:
        raise SystemExit('usage: make_blind14.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    only = os.environ.get('BLIND14_ONLY')
    for fn in LAYOUTS:
        if only and only not in fn.__name__:
            continue
        fn(out)


if __name__ == '__main__':
    main()
