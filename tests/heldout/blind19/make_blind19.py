"""blind19 generator: 24 resumes (12 PDF via fpdf2, 12 DOCX via python-docx). Usage: make_blind19.py OUTDIR
Body mini-language, one item per line "CODE|text|extra":
 H heading | J bold title (|grey dates) | E coloured org line | I italic line | B bullet | L bold "label:"|rest
 P paragraph | G grey line | T table header cells | R table body cells | X bold-italic project | K bold referee
Nothing is random; labels are not produced here."""
import sys, os, io, zipfile, datetime, copy
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

DT = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
FD = '/usr/share/fonts/truetype/'
FAM = {  # family: (regular, bold, italic, bolditalic)
    'DejaVuSans': ('dejavu/DejaVuSans', '-Bold', '-Oblique', '-BoldOblique', ''),
    'DejaVuSansCondensed': ('dejavu/DejaVuSansCondensed', '-Bold', '-Oblique', '-BoldOblique', ''),
    'DejaVuSerif': ('dejavu/DejaVuSerif', '-Bold', '-Italic', '-BoldItalic', ''),
    'LiberationSans': ('liberation/LiberationSans', '-Bold', '-Italic', '-BoldItalic', '-Regular'),
    'LiberationSerif': ('liberation/LiberationSerif', '-Bold', '-Italic', '-BoldItalic', '-Regular'),
    'LiberationSansNarrow': ('liberation/LiberationSansNarrow', '-Bold', '-Italic', '-BoldItalic', '-Regular'),
}
GREY = (110, 110, 110)
BLACK = (30, 30, 30)


def items(body):
    return [l.strip().split('|') for l in body.strip().splitlines() if l.strip()]

# ----------------------------------------------------------------------------- PDF


class P:
    def __init__(s, d):
        s.d, s.acc = d, d['acc']
        s.pdf = pdf = FPDF(format='A4', unit='mm')
        pdf.set_creation_date(DT)
        pdf.set_title('Curriculum vitae'); pdf.set_author(d['name']); pdf.set_subject('Resume')
        pdf.set_keywords('cv'); pdf.set_creator('make_blind19'); pdf.set_producer('fpdf2')
        pdf.set_lang(d['lang'])
        for fam in {d['font'], d.get('hfont', d['font'])}:
            base, b, i, bi, r = FAM[fam]
            for st, suf in (('', r), ('B', b), ('I', i), ('BI', bi)):
                pdf.add_font(fam, st, FD + base + suf + '.ttf')
        pdf.set_margins(16, 14, 16); pdf.set_auto_page_break(True, 14)
        pdf.add_page()
        s.x0, s.x1 = 16, 194
        s.fs = d.get('fs', 9.6)

    def region(s, x0, x1):
        s.x0, s.x1 = x0, x1
        s.pdf.set_left_margin(x0); s.pdf.set_right_margin(210 - x1); s.pdf.set_x(x0)

    def t(s, text, st='', size=None, col=BLACK, align='L', fam=None, h=None):
        size = size or s.fs
        s.pdf.set_font(fam or s.d['font'], st, size); s.pdf.set_text_color(*col)
        s.pdf.set_x(s.x0)
        s.pdf.multi_cell(s.x1 - s.x0, h or size * 0.46, text, align=align, new_x='LMARGIN', new_y='NEXT')

    def line(s, x0, y, x1, col, w=0.3):
        s.pdf.set_draw_color(*col); s.pdf.set_line_width(w); s.pdf.line(x0, y, x1, y)

    def header(s):
        d, p = s.d, s.pdf
        s.t(d['name'], 'B', d.get('nsize', 20), BLACK, h=9)
        s.t(d['tag'], '', 11.5, s.acc, h=6)
        s.t(d['contact'], '', 8.8, GREY, h=5)
        p.ln(2)

    def body(s, lines):
        p, fs = s.pdf, s.fs
        for it in items(lines):
            c, a = it[0], it[1]
            if c == 'H':
                s.head(a)
            elif c == 'J':
                p.ln(0.8); y = p.get_y()
                if len(it) > 2:
                    p.set_font(s.d['font'], '', fs - 0.6); p.set_text_color(*GREY)
                    p.set_xy(s.x1 - 45, y); p.cell(45, fs * 0.5, it[2], align='R')
                p.set_xy(s.x0, y); p.set_font(s.d['font'], 'B', fs + 0.4); p.set_text_color(*BLACK)
                p.cell(s.x1 - s.x0 - 46, fs * 0.5, a); p.ln(fs * 0.5)
            elif c == 'E':
                s.t(a, '', fs, s.d.get('orgcol', s.acc))
            elif c == 'I':
                s.t(a, 'I', fs, BLACK)
            elif c == 'B':
                s.t('• ' + a, '', fs, BLACK)
            elif c == 'L':
                p.set_x(s.x0); p.set_font(s.d['font'], 'B', fs); p.set_text_color(*BLACK)
                p.write(fs * 0.46, a + ' '); p.set_font(s.d['font'], '', fs); p.write(fs * 0.46, it[2]); p.ln(fs * 0.46)
            elif c == 'P':
                s.t(a, '', fs, BLACK)
            elif c == 'G':
                s.t(a, '', fs - 0.4, s.d.get('greycol', GREY))
            elif c in 'TR':
                w = (s.x1 - s.x0) / (len(it) - 1)
                p.set_font(s.d['font'], 'B' if c == 'T' else '', fs); p.set_text_color(*BLACK)
                p.set_draw_color(170, 170, 170); p.set_line_width(0.2); p.set_x(s.x0)
                for cell in it[1:]:
                    p.cell(w, fs * 0.55, cell, border=1)
                p.ln(fs * 0.55)
            elif c == 'X':
                s.t(a, 'BI', fs, BLACK)
            elif c == 'K':
                s.t(a, 'B', fs, BLACK)
        p.ln(1)

    def head(s, text):  # HEAD marks the drawing of a section heading
        p, a, L = s.pdf, s.acc, s.d['layout']
        fam = s.d.get('hfont', s.d['font'])
        p.ln(2.4); x0, x1 = s.x0, s.x1
        if L == 'band':
            p.set_fill_color(228, 231, 236); p.rect(x0, p.get_y(), x1 - x0, 7, 'F')
            p.set_font(fam, 'B', 10.5); p.set_text_color(25, 40, 70)
            p.set_x(x0 + 2); p.cell(x1 - x0 - 4, 7, text); p.ln(8.5)
        elif L == 'underlined':
            p.set_font(fam, 'BU', 12.5); p.set_text_color(*BLACK); p.set_x(x0); p.cell(0, 7, text); p.ln(8)
        elif L == 'rightrule':
            p.set_font(fam, '', 11.5); p.set_text_color(*a); p.set_x(x0)
            w = p.get_string_width(text) + 2; y = p.get_y(); p.cell(w, 6.5, text)
            s.line(x0 + w + 1, y + 3.4, x1, a, 0.35); p.ln(8)
        elif L == 'centred':
            p.set_font(fam, 'B', 11.5); p.set_text_color(*a); w = p.get_string_width(text); y = p.get_y()
            mid = (x0 + x1) / 2; p.set_x(mid - w / 2 - 1); p.cell(w + 2, 6.5, text)
            s.line(x0 + 20, y + 3.3, mid - w / 2 - 4, a, 0.3); s.line(mid + w / 2 + 4, y + 3.3, x1 - 20, a, 0.3); p.ln(8.5)
        elif L == 'number':
            p.set_font(fam, 'B', 12.5); p.set_text_color(*a); p.set_x(x0); y = p.get_y(); p.cell(0, 7, text)
            s.line(x0, y + 7.6, x1, (190, 200, 215), 0.25); p.ln(9.2)
        elif L in ('rightbar', 'darkcol'):
            if s.side:
                p.set_font(fam, 'B', 9); p.set_text_color(*(s.d['sidehead'])); p.set_x(x0); p.cell(0, 6, text); p.ln(6.6)
            else:
                p.set_font(fam, 'B', 13); p.set_text_color(*a); p.set_x(x0); y = p.get_y(); p.cell(0, 7, text)
                if L == 'darkcol':
                    s.line(x0, y + 7.6, x0 + 14, a, 0.9)
                p.ln(8.8)
        elif L == 'boxed':
            p.set_font(fam, 'B', 10); p.set_text_color(*a); p.set_draw_color(*a); p.set_line_width(0.35)
            p.set_x(x0); p.cell(p.get_string_width(text) + 6, 7, text, border=1, align='C'); p.ln(9)
        elif L == 'spaced':
            p.set_font(fam, '', 12); p.set_text_color(*a); p.set_char_spacing(1.2); p.set_x(x0)
            p.cell(0, 7, text); p.set_char_spacing(0); p.ln(8.4)
        elif L == 'chevron':
            p.set_font(fam, 'B', 11.5); p.set_text_color(*a); p.set_x(x0); p.cell(0, 7, text); p.ln(8)
        elif L == 'darkband':
            p.set_font(fam, 'B', 12); p.set_text_color(*a); p.set_x(x0); y = p.get_y(); p.cell(0, 7, text)
            s.line(x0, y + 7.5, x1, (60, 60, 60), 0.5); p.ln(9)
        elif L == 'bolditalic':
            p.set_font(fam, 'BI', 13.5); p.set_text_color(*a); p.set_x(x0); p.cell(0, 7.5, text); p.ln(8.6)

    def build(s):
        d, p = s.d, s.pdf
        s.side = False
        L = d['layout']
        if L == 'darkband':
            p.set_fill_color(*d['bandcol']); p.rect(0, 0, 210, 38, 'F')
            p.set_y(10); s.t(d['name'], 'B', 21, (255, 255, 255), h=9)
            s.t(d['tag'], '', 11.5, d['tagcol'], h=6); s.t(d['contact'], '', 8.8, (215, 215, 215), h=5)
            p.set_y(42); s.body(d['body'])
        elif L == 'rightbar':
            p.set_fill_color(*d['sidefill']); p.rect(140, 0, 70, 297, 'F')
            s.region(16, 132); s.header_main(); s.body(d['body'])
            s.side = True; p.set_y(18); s.region(146, 202); s.body(d['side'])
        elif L == 'darkcol':
            p.set_fill_color(*d['sidefill']); p.rect(0, 0, 68, 297, 'F')
            s.side = True; s.region(8, 62); p.set_y(18)
            s.t(d['name'], 'B', 12.5, (255, 255, 255), h=7); s.t(d['tag'], '', 9.4, d['tagcol'], h=5); p.ln(3)
            s.body(d['side'])
            s.side = False; p.set_y(16); s.region(76, 196); s.body(d['body'])
        else:
            s.header(); s.body(d['body'])
            if d.get('closing'):
                p.ln(3); s.t(d['closing'], '', s.fs, BLACK)
        return bytes(p.output())

    def header_main(s):
        s.t(s.d['name'], 'B', 20, BLACK, h=9); s.t(s.d['tag'], '', 11.5, s.acc, h=6); s.pdf.ln(3)

# ----------------------------------------------------------------------------- DOCX

PPR = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers',
       'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE',
       'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents',
       'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle',
       'rPr', 'sectPr', 'pPrChange']
TCPR = ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'textDirection',
        'tcFitText', 'vAlign', 'hideMark']


def put(parent, el, order):
    name = el.tag.split('}')[1]
    old = parent.find(qn('w:' + name))
    if old is not None:
        parent.remove(old)
    k = order.index(name)
    for i, ch in enumerate(parent):
        n = ch.tag.split('}')[1]
        if n in order and order.index(n) > k:
            ch.addprevious(el); return el
    parent.append(el); return el


def mk(tag, **at):
    e = OxmlElement('w:' + tag)
    for k, v in at.items():
        e.set(qn('w:' + k), v)
    return e


def borders(sides, val='single', sz='8', color='000000', tag='pBdr'):
    b = mk(tag)
    for sd in ['top', 'left', 'bottom', 'right']:
        if sd in sides:
            b.append(mk(sd, val=val, sz=sz, space='4' if tag == 'pBdr' else '0', color=color))
    return b


def rgb(c):
    return RGBColor(*c)


def hexc(c):
    return '%02X%02X%02X' % c


class D:
    def __init__(s, d):
        s.d, s.acc = d, d['acc']
        s.doc = doc = Document()
        sec = doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        for m in ('left_margin', 'right_margin'):
            setattr(sec, m, Mm(d.get('margin', 20)))
        sec.top_margin = sec.bottom_margin = Mm(16)
        n = doc.styles['Normal']; n.font.name = d['font']; n.font.size = Pt(d.get('fs', 10))
        n.paragraph_format.space_after = Pt(2)
        cp = doc.core_properties
        cp.author = cp.last_modified_by = d['name']; cp.created = cp.modified = cp.last_printed = DT.replace(tzinfo=None)
        cp.revision = 1; cp.title = 'Curriculum vitae'; cp.subject = 'Resume'; cp.keywords = 'cv'
        cp.category = 'CV'; cp.comments = 'blind19'; cp.language = d['lang']
        s.hstyle = d['style']
        L = d['layout']
        if L == 'capsborder':
            st = s.newstyle('Section Head', 'Georgia', 10.5, True, s.acc)
            st.font.all_caps = True
            put(st.element.get_or_add_pPr(), borders(['top', 'bottom'], sz='6', color=hexc(s.acc)), PPR)
        elif L == 'heading2shade':
            st = doc.styles['Heading 2']; st.font.name = 'Verdana'; st.font.size = Pt(11); st.font.color.rgb = rgb(s.acc)
            put(st.element.get_or_add_pPr(), mk('shd', val='clear', color='auto', fill='E3EFEF'), PPR)
        elif L == 'underline':
            st = s.newstyle('Rubrik', 'Trebuchet MS', 12.5, False, s.acc); st.font.underline = True
        elif L == 'boxed':
            st = s.newstyle('Cadre', 'Segoe UI', 10.5, True, s.acc)
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            put(st.element.get_or_add_pPr(), borders(['top', 'left', 'bottom', 'right'], sz='8', color=hexc(s.acc)), PPR)
        elif L == 'roman':
            st = doc.styles['Heading 2']; st.font.name = 'Book Antiqua'; st.font.size = Pt(13)
            st.font.bold = False; st.font.color.rgb = rgb(s.acc)
        elif L == 'smallcaps':
            st = s.newstyle('Versalitas', 'Book Antiqua', 13, True, s.acc); st.font.small_caps = True
            put(st.element.get_or_add_pPr(), borders(['bottom'], sz='4', color='999999'), PPR)
        elif L == 'stripcell':
            s.newstyle('Franja', 'Verdana', 10.5, True, BLACK).paragraph_format.space_before = Pt(0)
        elif L == 'tabular':
            s.newstyle('Abschnitt', 'Arial', 11.5, True, s.acc).paragraph_format.space_before = Pt(4)

    def newstyle(s, name, font, size, bold, col):
        st = s.doc.styles.add_style(name, 1); st.base_style = s.doc.styles['Normal']
        st.font.name = font; st.font.size = Pt(size); st.font.bold = bold; st.font.color.rgb = rgb(col)
        st.paragraph_format.space_before = Pt(10); st.paragraph_format.space_after = Pt(4)
        st.paragraph_format.keep_with_next = True
        return st

    def para(s, where=None, style=None):
        if where is None:
            return s.doc.add_paragraph(style=style)
        ps = where.paragraphs  # a new cell holds one empty paragraph: use it first
        p = ps[0] if (len(ps) == 1 and not ps[0].runs) else where.add_paragraph(style=style)
        if style and p.style.name != style:
            p.style = s.doc.styles[style]
        return p

    def run(s, p, text, b=None, i=None, col=None, size=None):
        r = p.add_run(text)
        if b: r.bold = True
        if i: r.italic = True
        if col: r.font.color.rgb = rgb(col)
        if size: r.font.size = Pt(size)
        return r

    def header(s):
        d = s.d
        if d.get('doctitle'):
            s.run(s.para(), d['doctitle'], col=s.acc, size=16)
        p = s.para(); s.run(p, d['name'], b=True, size=20)
        s.run(s.para(), d['tag'], col=s.acc, size=12.5)
        s.run(s.para(), d['contact'], col=GREY, size=9)

    def head(s, text, where=None):  # HEAD marks the drawing of a section heading
        L = s.d['layout']
        if L == 'direct':
            p = s.para(); p.paragraph_format.space_before = Pt(12); p.paragraph_format.keep_with_next = True
            s.run(p, text, b=True, col=s.acc, size=13)
        elif L == 'stripcell':
            s.doc.add_paragraph().paragraph_format.space_after = Pt(0)
            t = s.doc.add_table(rows=1, cols=2)
            a, b = t.rows[0].cells
            a.width, b.width = Mm(4), Mm(166)
            tcp = a._tc.get_or_add_tcPr(); put(tcp, mk('shd', val='clear', color='auto', fill=hexc(s.acc)), TCPR)
            tcp2 = b._tc.get_or_add_tcPr(); put(tcp2, borders(['bottom'], sz='6', color=hexc(s.acc), tag='tcBorders'), TCPR)
            b.paragraphs[0].style = s.doc.styles['Franja']; b.paragraphs[0].add_run(text)
        elif L == 'tabular':
            row = s.tab.add_row(); c = row.cells[0].merge(row.cells[1])
            put(c._tc.get_or_add_tcPr(), borders(['bottom'], sz='8', color=hexc(s.acc), tag='tcBorders'), TCPR)
            c.paragraphs[0].style = s.doc.styles['Abschnitt']; c.paragraphs[0].add_run(text)
            s.cur = None
        else:
            s.doc.add_paragraph(text, style=s.hstyle)

    def body(s, lines):
        L, acc = s.d['layout'], s.acc
        tab = None
        if L == 'tabular':
            s.tab = s.doc.add_table(rows=0, cols=2); s.cur = None
        for it in items(lines):
            c, a = it[0], it[1]
            if c not in 'TR':
                tab = None
            if c == 'H':
                s.head(a); continue
            if L == 'tabular':
                if c in 'JL':
                    row = s.tab.add_row(); row.cells[0].width, row.cells[1].width = Mm(40), Mm(130)
                    s.cur = row.cells[1]; left = row.cells[0]
                    if c == 'J':
                        s.run(left.paragraphs[0], it[2] if len(it) > 2 else '', col=GREY)
                        s.run(s.para(s.cur), a, b=True)
                    else:
                        s.run(left.paragraphs[0], a); s.run(s.para(s.cur), it[2])
                    continue
                if s.cur is None:
                    row = s.tab.add_row(); s.cur = row.cells[1]
                where = s.cur
            else:
                where = None
            if c == 'J':
                p = s.para(where)
                p.paragraph_format.tab_stops.add_tab_stop(Mm(170 - 2 * (s.d.get('margin', 20) - 20)), WD_TAB_ALIGNMENT.RIGHT)
                p.paragraph_format.space_before = Pt(5); s.run(p, a, b=True)
                if len(it) > 2:
                    s.run(p, '\t' + it[2], col=GREY)
            elif c == 'E':
                s.run(s.para(where), a, col=s.d.get('orgcol', acc))
            elif c == 'I':
                s.run(s.para(where), a, i=True)
            elif c == 'B':
                s.run(s.para(where, 'List Bullet'), a)
            elif c == 'L':
                p = s.para(where); s.run(p, a + ' ', b=True); s.run(p, it[2])
            elif c == 'P':
                s.run(s.para(where), a)
            elif c == 'G':
                s.run(s.para(where), a, col=GREY)
            elif c == 'X':
                s.run(s.para(where), a, b=True, i=True)
            elif c == 'K':
                p = s.para(where); p.paragraph_format.space_before = Pt(4); s.run(p, a, b=True)
            elif c in 'TR':
                if tab is None:
                    tab = s.doc.add_table(rows=0, cols=len(it) - 1); tab.style = s.doc.styles['Table Grid']
                cells = tab.add_row().cells
                for cell, txt in zip(cells, it[1:]):
                    s.run(cell.paragraphs[0], txt, b=(c == 'T'))

    def build(s):
        s.header(); s.body(s.d['body'])
        if s.d.get('closing'):
            p = s.doc.add_paragraph(); p.paragraph_format.space_before = Pt(14); s.run(p, s.d['closing'])
        buf = io.BytesIO(); s.doc.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue())); out = io.BytesIO()
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16; zi.create_system = 0
                z.writestr(zi, zin.read(info.filename))
        return out.getvalue()

# ----------------------------------------------------------------------------- data

R = []

R.append(dict(file='r00_en_band.pdf', lang='en', layout='band', font='LiberationSans', acc=(25, 60, 120),
  name='Priya Raman-Cole', tag='Registered Nurse – Critical Care',
  contact='Hamilton, ON · 905-555-0148 · priya.ramancole@mailbox.ca · CNO Reg. No. 1938475', body='''
H|NURSING PROFILE
P|Critical care RN with seven years in a 24-bed mixed medical-surgical ICU. Calm in codes, precise with titrations and a trusted preceptor for new graduates.
H|CLINICAL EXPERIENCE
J|Registered Nurse, Intensive Care Unit|2019 – present
E|Hamilton General Hospital, Hamilton, ON
B|Care for one or two ventilated patients per shift, including CRRT and post-cardiac surgery recovery
B|Preceptor for 11 new graduate nurses; member of the rapid response team since 2021
B|Co-led the unit's delirium screening audit (CAM-ICU compliance from 61% to 92%)
J|Registered Nurse, General Medicine|2017 – 2019
E|St. Joseph's Healthcare, Hamilton, ON
B|Managed a six-patient assignment on a 36-bed medicine floor; charge nurse on nights
H|EDUCATION
J|Bachelor of Science in Nursing|2013 – 2017
E|McMaster University, Hamilton, ON
I|Graduated with distinction; final placement in the cardiac ICU
H|CERTIFICATIONS
B|CNA Certification in Critical Care Nursing – CNCC(C), 2021
B|Advanced Cardiovascular Life Support (ACLS), renewed 2024
B|Pediatric Advanced Life Support (PALS), 2023
H|CLINICAL SKILLS
L|Devices:|mechanical ventilation, arterial lines, CRRT, Impella, IABP
L|Systems:|Epic, Meditech, Pyxis medication cabinets
H|PROFESSIONAL MEMBERSHIPS
B|Canadian Association of Critical Care Nurses
B|Registered Nurses' Association of Ontario
H|REFERENCES
P|Available from my unit manager on request.
'''))

R.append(dict(file='r01_en_underlined.pdf', lang='en', layout='underlined', font='LiberationSerif', acc=(20, 90, 60),
  fs=10.2, name='Ciarán Ó Briain', tag='Trainee Solicitor', contact='Galway · +353 87 555 0192 · ciaran.obriain@post.ie', body='''
H|Personal Statement
P|Final-year trainee solicitor with seats in commercial property, litigation and employment law, looking for a newly qualified role in an employment or public law team in the west of Ireland.
H|Legal Training
J|Trainee Solicitor|Sept 2023 – present
E|Mulcahy & Breen LLP, Galway
B|Seats completed in commercial property and litigation; currently in employment law
B|Drafted leases, licences and discovery schedules under partner supervision
B|Attended WRC hearings and prepared witness statements for unfair dismissal claims
J|Legal Intern|Summer 2022
E|FLAC – Free Legal Advice Centres, Dublin
B|Researched housing and social welfare queries for the telephone information line
H|Academic Qualifications
J|Professional Practice Course I|2023
E|Law Society of Ireland, Blackhall Place
J|LLB (Law), Second Class Honours Grade I|2019 – 2022
E|University of Galway
H|Moots & Prizes
B|Winner, regional round of the Irish Moot Court Competition, 2021
B|Prize for Constitutional Law (best examination result in year), 2020
H|Pro Bono Work
B|Volunteer adviser, Citizens Information evening clinic, Galway, 2021 – present
H|Languages
P|Irish (fluent, Gaeltacht background), English (native), French (B1)
H|Outside the Office
P|Club hurler with Salthill-Knocknacarra; year-round sea swimming; amateur dramatics.
H|Referees
K|Ms Áine Mulcahy
G|Managing Partner, Mulcahy & Breen LLP · amulcahy@mulcahybreen.ie
K|Prof. Declan Rowe
G|School of Law, University of Galway · declan.rowe@universityofgalway.ie
'''))

R.append(dict(file='r02_en_rightrule.pdf', lang='en', layout='rightrule', font='DejaVuSansCondensed', acc=(0, 110, 120),
  name='Tan Wei Ling', tag='Supply Chain Analyst | Demand Planning',
  contact='Singapore 560214 · +65 9123 4567 · weiling.tan@mailbox.sg · linkedin.com/in/tanweiling', body='''
H|SNAPSHOT
P|Demand planner with seven years in fast-moving consumer goods across South-East Asia. I turn messy sales data into forecasts that the sales and operations teams actually trust.
H|WORK HISTORY
J|Senior Demand Planning Analyst|Mar 2021 – Present
E|Harbourfront Consumer Goods Pte Ltd
B|Own the statistical forecast for 1,400 SKUs in six markets; MAPE down from 38% to 24%
B|Run the monthly S&OP demand review with sales directors of SG, MY, TH, VN, PH and ID
J|Supply Chain Executive|Jul 2018 – Feb 2021
E|Keppel Logistics Services
B|Coordinated replenishment for two bonded warehouses; built the first KPI pack in Power BI
H|QUALIFICATIONS
J|B.Eng. (Industrial & Systems Engineering)|2014 – 2018
E|National University of Singapore
I|Second Upper Honours; final-year project on inventory pooling
H|CERTIFICATES
B|APICS Certified Supply Chain Professional (CSCP), 2022
B|SkillsFuture course: Data Analytics with Python, 2020
H|TOOLS & METHODS
L|Planning:|SAP IBP, Kinaxis RapidResponse, SAP APO
L|Analytics:|SQL, Python (pandas, statsmodels), Power BI, Excel Power Query
H|SELECTED PROJECTS
X|Safety-stock redesign for 1,400 SKUs
P|Cut stock-outs by 23% while holding inventory days flat.
X|Supplier lead-time dashboard
P|Power BI report now used every week by the regional procurement team.
H|LANGUAGES
P|English and Mandarin Chinese (both fluent); Bahasa Melayu (conversational)
'''))

R.append(dict(file='r03_en_heading2.docx', lang='en', layout='plainstyle', style='Heading 2', font='Calibri', acc=(0, 90, 140),
  name='Jack Thornton', tag='A-Grade Electrician | Commercial & Industrial',
  contact='Newcastle NSW · 0412 555 018 · jack.thornton@mailbox.com.au', body='''
H|Summary
P|Licensed electrician with twelve years on commercial fit-outs, switchboards and plant maintenance. Leading hand for crews of up to six, safe and tidy, with my own ute and tools.
H|Employment
J|Leading Hand Electrician|2020 – Present
E|Hunter Power & Controls, Newcastle NSW
B|Run a crew of four on hospital and school upgrades worth up to $2.4M
B|Fault-finding on PLC-controlled conveyors and VSDs at two coal terminals
J|Electrician|2017 – 2020
E|Coastline Electrical Services, Maitland NSW
B|Commercial fit-outs, emergency lighting testing and thermal imaging surveys
J|Apprentice Electrician|2013 – 2017
E|Coastline Electrical Services, Maitland NSW
H|Trade Qualifications
B|Certificate III in Electrotechnology Electrician (UEE30811), TAFE NSW Hamilton, 2017
B|Certificate IV in Electrical – Instrumentation (in progress), TAFE NSW
H|Licences & Tickets
B|NSW Contractor Licence – Electrician (unrestricted)
B|White Card – General Construction Induction
B|EWP licence (boom over 11 m) and Working at Heights
B|Confined Space Entry; HLTAID011 First Aid
H|Key Skills
B|Switchboard install and upgrades; three-phase motor control; test and tag
B|Reading single-line diagrams and as-built drawings; AS/NZS 3000 compliance
H|Away from Work
P|Patrol member with Merewether Surf Life Saving Club; fishing and camping with the family.
H|Referees
K|Darren Walsh
G|Operations Manager, Hunter Power & Controls · 0400 555 211
K|Mel Nguyen
G|Director, Coastline Electrical Services · 0421 555 394
'''))

R.append(dict(file='r04_en_capsborder.docx', lang='en', layout='capsborder', style='Section Head', font='Georgia', acc=(100, 40, 90),
  fs=10, name='Eleanor Whitcombe', tag='Curator of Decorative Arts',
  contact='Bristol · 07700 900 481 · e.whitcombe@post.co.uk', body='''
H|Profile
P|Curator with ten years' experience of ceramics, glass and silver collections, exhibition making and community co-curation in regional museums.
H|Curatorial Posts
J|Curator of Decorative Arts|2019 – present
E|Severn Valley Museums Trust, Bristol
B|Responsible for 14,000 objects; led the re-display of the eighteenth-century galleries
B|Secured and managed acquisitions worth £210,000 with external funders
J|Assistant Curator|2015 – 2019
E|Ashcombe House Collection, Bath
B|Catalogued the porcelain collection and answered 300 public enquiries a year
H|Exhibitions Curated
X|Clay and Commerce: Bristol Delftware 1650–1790 (2023)
P|Touring exhibition with three partner venues; 41,000 visitors.
X|Table Talk: Dining in Georgian Bath (2018)
P|Co-curated with a local history group of twelve volunteers.
H|Education
J|MA Museum Studies|2013 – 2014
E|University of Leicester
J|BA (Hons) History of Art, First Class|2010 – 2013
E|University of York
H|Publications & Talks
B|"A Bristol Punch Bowl Reconsidered", Journal of Ceramic History, vol. 31, 2022
B|Talk: "Collecting Delftware in the West Country", Ceramics Research Day, London, 2024
H|Grants
B|Art Fund New Collecting Award, £38,000, 2021
B|Research grant, Society for the History of Decorative Arts, 2019
H|Trustee and Committee Roles
B|Trustee, Bath Preservation Circle, 2020 – present
B|Member, Museums Association; committee member, Ceramics Curators' Network
'''))

R.append(dict(file='r05_en_direct.docx', lang='en', layout='direct', style=None, font='Segoe UI', acc=(0, 120, 110), fs=9.5,
  name='Aroha Mitchell', tag='Senior Product Manager — Fintech',
  contact='Wellington · +64 21 555 0173 · aroha.mitchell@mail.co.nz', body='''
H|What I Do
P|I lead small product teams through discovery and delivery for payments and insurance products, with a bias for testing ideas cheaply before we build them.
H|Roles
J|Senior Product Manager|2021 – now
E|Kōwhai Pay, Wellington
B|Own the merchant onboarding journey; time-to-first-payment cut from nine days to two
B|Launched pay-by-bank for 3,200 small businesses in 2024
J|Product Owner|2018 – 2021
E|Tasman Mutual Insurance, Auckland
B|Moved claims lodgement online; 68% of home claims now lodged digitally
J|Business Analyst|2015 – 2018
E|Tasman Mutual Insurance, Auckland
H|Study
J|Bachelor of Commerce (Information Systems)|2011 – 2014
E|Victoria University of Wellington
H|Courses
B|Certified Scrum Product Owner (CSPO), 2018
B|Product Strategy programme, Reforge, 2022
H|Product Toolkit
L|Discovery:|customer interviews, opportunity trees, Maze, Dovetail
L|Delivery:|Jira, Linear, Amplitude, SQL
H|Side Projects
X|Koha Tracker
P|A small app for marae committees to record koha and grants; used by four marae.
H|Volunteering
B|Mentor, Summer of Tech internship programme, 2019 – present
'''))

R.append(dict(file='r06_de_zentriert.pdf', lang='de', layout='centred', font='LiberationSerif', acc=(130, 25, 40), fs=10.2,
  name='Johanna Kessler', tag='Bankkauffrau · Firmenkundenberatung',
  contact='Kaiserstraße 18 · 60311 Frankfurt am Main · 0151 2345 6789 · j.kessler@web-post.de',
  closing='Frankfurt am Main, im Januar 2026', body='''
H|Kurzprofil
P|Bankkauffrau und Bankfachwirtin mit acht Jahren Erfahrung in der Privat- und Firmenkundenberatung. Ich suche eine Position als Firmenkundenbetreuerin mit Schwerpunkt Mittelstandsfinanzierung.
H|Berufliche Stationen
J|Firmenkundenberaterin|seit 04/2020
E|Volksbank Rhein-Main eG, Frankfurt am Main
B|Betreuung von 140 mittelständischen Firmenkunden mit 85 Mio. € Kreditvolumen
B|Vorbereitung von Kreditentscheidungen, Ratings und Covenant-Prüfungen
J|Privatkundenberaterin|08/2017 – 03/2020
E|Sparkasse Hanau
B|Beratung zu Baufinanzierung, Wertpapieren und Altersvorsorge
H|Ausbildung
J|Ausbildung zur Bankkauffrau (IHK)|08/2014 – 07/2017
E|Sparkasse Hanau
J|Allgemeine Hochschulreife|2014
E|Karl-Rehbein-Schule, Hanau
H|Weiterbildung
B|Bankfachwirtin (IHK), Frankfurt School of Finance & Management, 2019
B|Sachkundenachweis Immobiliardarlehensvermittlung (§ 34i GewO), 2021
H|EDV-Kenntnisse
L|Bankensoftware:|agree21, OSPlus
L|Office:|Excel (sehr gut), PowerPoint, Word
H|Sprachen
P|Deutsch (Muttersprache), Englisch (verhandlungssicher), Italienisch (Grundkenntnisse)
H|Freizeit
P|Rudern im Frankfurter Ruderverein, dort Jugendtrainerin; italienische Küche
'''))

R.append(dict(file='r07_de_nummer.pdf', lang='de', layout='number', font='DejaVuSans', acc=(20, 80, 160), fs=9.4,
  name='Lukas Brandtner', tag='Maschinenbauingenieur (M.Sc.) · Antriebstechnik',
  contact='Aachen · 0176 9988 7766 · lukas.brandtner@posteo.de', body='''
H|01 Über mich
P|Frisch graduierter Maschinenbauer mit Schwerpunkt Getriebe und Antriebsstränge. Praxis aus Prüfstandsbau, Konstruktion und Formula Student; Berufseinstieg in Entwicklung oder Versuch gesucht.
H|02 Studium
J|M.Sc. Maschinenbau, Vertiefung Antriebstechnik|10/2022 – 11/2025
E|RWTH Aachen University
I|Masterarbeit: Verlustmodell für Planetengetriebe in Windenergieanlagen (Note 1,3)
J|B.Sc. Maschinenbau|10/2018 – 09/2022
E|Hochschule Niederrhein, Krefeld
H|03 Praxiserfahrung
J|Studentische Hilfskraft|04/2023 – 09/2025
E|Institut für Maschinenelemente, RWTH Aachen
B|Aufbau eines Prüfstands für Zahnradverschleiß; Messdatenauswertung in MATLAB
J|Pflichtpraktikum Konstruktion|03/2021 – 08/2021
E|Niederrhein Getriebebau GmbH, Bocholt
B|Konstruktion von Gehäusevarianten in Siemens NX inklusive Zeichnungsableitung
H|04 Studienprojekte
X|Formula Student Team Aachen – Antriebsstrang
P|Auslegung der Radnabengetriebe für das Elektrofahrzeug der Saison 2023.
X|Lastenrad-Nabe mit Zweiganggetriebe
P|Konstruktion und Prototyp im Rahmen des Projektseminars Produktentwicklung.
H|05 Software
L|CAD/CAE:|Siemens NX, SolidWorks, ANSYS Mechanical, KISSsoft
L|Programmierung:|MATLAB/Simulink, Python
H|06 Sprachen
P|Deutsch (Muttersprache), Englisch (C1, TOEFL 104), Spanisch (A2)
H|07 Stipendien
B|Deutschlandstipendium, 2023 – 2025
'''))

R.append(dict(file='r08_de_rechtsleiste.pdf', lang='de', layout='rightbar', font='LiberationSansNarrow', acc=(85, 95, 30),
  sidefill=(238, 240, 226), sidehead=(85, 95, 30), greycol=(60, 60, 60), fs=10,
  name='Florian Hauer', tag='Sous-Chef · Gehobene österreichische Küche', contact='', body='''
H|Berufserfahrung
J|Sous-Chef|seit 05/2021
E|Gasthaus Zum Goldenen Hirschen, Salzburg
B|Stellvertretende Küchenleitung für 90 Couverts, Brigade von acht Personen
B|Entwicklung des saisonalen Degustationsmenüs mit regionalen Produzenten
B|Warenbestellung, Kalkulation und Dienstplanung
J|Chef de Partie Saucier|11/2018 – 04/2021
E|Hotel Alpenrose, Lech am Arlberg
B|Saucen und Fleischgerichte im Gourmetrestaurant (2 Hauben)
J|Commis de Cuisine (Wintersaison)|12/2016 – 04/2017
E|Berghotel Tirol, Ischgl
H|Ausbildung
J|Lehrabschluss Koch|2013 – 2016
E|Landesberufsschule Bad Gleichenberg
I|Lehrbetrieb: Gasthof Post, Graz
H|Wettbewerbe
B|2. Platz, Junior Chef Cup Österreich, 2017
B|Bronze, Steirischer Jungköche-Wettbewerb, 2015
''', side='''
H|KONTAKT
G|Linzer Straße 42
G|5020 Salzburg
G|+43 664 123 45 67
G|f.hauer@kochpost.at
H|KÖNNEN
B|HACCP-Verantwortung
B|Menü- und Kalkulationsplanung
B|Sous-vide und Fermentation
B|Führung von Lehrlingen
H|SPRACHEN
G|Deutsch – Muttersprache
G|Englisch – gut
G|Italienisch – Grundkenntnisse
H|ZERTIFIKATE
G|HACCP-Schulung (WIFI), 2022
G|Ausbilderprüfung, 2023
H|HOBBYS
G|Bergsteigen, Fischen, Brotbacken
'''))

R.append(dict(file='r09_de_heading2.docx', lang='de', layout='heading2shade', style='Heading 2', font='Verdana', acc=(0, 95, 100), fs=9.5,
  name='Katharina Oberhuber', tag='Senior Marketing Managerin · B2B-Kommunikation',
  contact='München · 0160 111 22 33 · k.oberhuber@mail-box.de', body='''
H|Profil
P|Marketing-Managerin mit zehn Jahren Erfahrung im B2B-Umfeld von Maschinenbau und Industrietechnik. Stark in Kampagnenplanung, Marketing Automation und Messeauftritten.
H|Beruflicher Werdegang
J|Senior Marketing Managerin|seit 01/2021
E|Alpenwerk Industrietechnik GmbH, München
B|Verantwortung für ein Budget von 1,2 Mio. € und ein Team von drei Personen
B|Einführung von HubSpot; Leads aus Kampagnen um 45 % gesteigert
J|Marketing Managerin|2017 – 2020
E|Brandl Medien & Events GmbH, Rosenheim
B|Planung von Messeauftritten auf der bauma und der automatica
J|Trainee Marketing|2015 – 2017
E|Brandl Medien & Events GmbH, Rosenheim
H|Akademischer Werdegang
J|B.A. Betriebswirtschaft, Schwerpunkt Marketing|2011 – 2015
E|Hochschule München
H|Zusatzqualifikationen
B|Google Ads Search Certification, 2024
B|Professional Product Owner I (Scrum.org), 2022
H|Methoden & Tools
B|HubSpot, Salesforce Marketing Cloud, Google Analytics 4, Canva, Adobe InDesign
B|Account-Based Marketing, Content-Strategie, Agenturführung
H|Sprachkenntnisse
B|Deutsch – Muttersprache; Englisch – C1; Französisch – B1
H|Engagement
B|Mentorin im Programm „Frauen in MINT-Berufen“ der IHK München, seit 2022
H|Interessen
P|Skitouren, Gravelbike, Fotografie
'''))

R.append(dict(file='r10_de_tabelle.docx', lang='de', layout='tabular', style=None, font='Arial', acc=(0, 70, 130), fs=10,
  name='Tim Schäfer', tag='Kfz-Mechatroniker · Pkw-Technik', doctitle='Lebenslauf',
  contact='Lindenweg 7 · 34117 Kassel', closing='Kassel, 5. Januar 2026', body='''
H|Persönliche Daten
L|Telefon|0157 3344 5566
L|E-Mail|tim.schaefer@mailpost.de
L|Geburtsdatum|14.03.2002 in Kassel
H|Berufspraxis
J|Kfz-Mechatroniker|seit 02/2021
E|Autohaus Nordhessen GmbH, Kassel
B|Wartung, Inspektion und Fehlerdiagnose an Pkw aller Marken
B|Reparatur von Hybrid- und Elektrofahrzeugen
H|Berufsausbildung
J|Ausbildung zum Kfz-Mechatroniker, Schwerpunkt Pkw-Technik|09/2017 – 01/2021
E|Autohaus Nordhessen GmbH / Max-Eyth-Schule Kassel
I|Gesellenprüfung mit der Note „gut“
H|Schulbildung
J|Realschulabschluss|2017
E|Georg-Christoph-Lichtenberg-Schule, Kassel
H|Lehrgänge
L|2023|Hochvolt-Qualifikation Stufe 2 (HV2)
L|2022|Sachkunde Klimaanlagen nach ChemKlimaschutzV
H|Führerschein
L|Klassen|B, BE, C1
H|Hobbys
L|Freizeit|Oldtimer-Restaurierung, Handball
'''))

R.append(dict(file='r11_de_unterstrichen.docx', lang='de', layout='underline', style='Rubrik', font='Trebuchet MS', acc=(150, 60, 20), fs=10,
  name='Nadia Gerber', tag='HR-Fachfrau mit eidg. Fachausweis · Payroll',
  contact='Zürich · +41 79 555 12 34 · nadia.gerber@postfach.ch', body='''
H|Persönlichkeit
P|Zahlenaffine HR-Fachfrau mit neun Jahren Erfahrung in Lohnbuchhaltung und Sozialversicherungen, exakt, diskret und gerne im Austausch mit Mitarbeitenden.
H|Berufliche Erfahrung
J|Payroll Specialist|seit 2019
E|Limmat Versicherungen AG, Zürich
B|Monatliche Lohnverarbeitung für 850 Mitarbeitende in SAP HCM
B|Abrechnung mit AHV, Pensionskasse, UVG und Quellensteuer
J|HR-Assistentin|2015 – 2019
E|Spital Uster
B|Administration von Ein- und Austritten, Arbeitszeugnisse, Bewerbermanagement
H|Aus- und Weiterbildung
J|HR-Fachfrau mit eidg. Fachausweis|2018
E|HSO Wirtschaftsschule, Zürich
J|Kauffrau EFZ, Branche Dienstleistung und Administration|2012 – 2015
E|KV Zürich Business School
H|Fachkompetenzen
B|Sozialversicherungsrecht, Quellensteuer, Swissdec-Lohnstandard
B|SAP HCM, Abacus, Excel (Pivot, SVERWEIS)
H|Sprachen
B|Deutsch (Muttersprache), Französisch (B2), Englisch (B2)
H|Ehrenamtliches Engagement
B|Kassierin des Turnvereins Uster, seit 2017
H|Referenzen
P|Werden auf Anfrage gerne angegeben.
'''))

R.append(dict(file='r12_fr_encadre.pdf', lang='fr', layout='boxed', font='DejaVuSans', acc=(20, 50, 110), fs=9.4,
  name='Sophie Vandenberghe', tag='Coordinatrice logistique – Transport international',
  contact='Rue de la Station 12, 4000 Liège · +32 470 12 34 56 · sophie.vdb@courrier.be', body='''
H|PROFIL
P|Coordinatrice transport avec neuf ans d'expérience en fret routier et aérien, habituée aux flux urgents et aux clients exigeants du secteur pharmaceutique.
H|EXPÉRIENCES PROFESSIONNELLES
J|Coordinatrice transport international|depuis 2020
E|TransMeuse Logistics SA, Liège Airport
B|Planification de 60 expéditions par jour vers l'Europe et l'Afrique de l'Ouest
B|Gestion des litiges et des réserves avec les compagnies aériennes et les transitaires
J|Agente d'exploitation|2016 – 2020
E|Groupe Dumont Transports, Herstal
B|Affrètement de camions complets, suivi des chauffeurs et des temps de conduite
H|FORMATION
J|Bachelier en Commerce extérieur|2013 – 2016
E|Haute École de la Province de Liège
H|ATTESTATIONS
B|Certificat de capacité professionnelle en transport de marchandises, 2019
B|Formation IATA Marchandises dangereuses (DGR), catégorie 3, 2024
H|COMPÉTENCES CLÉS
B|Planification de tournées et affrètement (TMS Transporeon)
B|Incoterms 2020, dédouanement, documents T1 et EUR.1
B|SAP SD/MM, Excel avancé
H|LANGUES
T|Langue|Niveau
R|Français|langue maternelle
R|Néerlandais|C1
R|Anglais|C1
R|Allemand|B1
H|LOISIRS
P|Course à pied (semi-marathon de Liège), bande dessinée, photographie argentique
'''))

R.append(dict(file='r13_fr_espace.pdf', lang='fr', layout='spaced', font='LiberationSans', acc=(190, 60, 90), fs=9.8,
  name='Maxime Tremblay-Roy', tag='Designer graphique et directeur artistique',
  contact='Montréal (QC) · 514 555-0173 · bonjour@maximetr.design · maximetr.design', body='''
H|À PROPOS
P|Directeur artistique spécialisé en identité de marque et en emballage. J'aime les projets culturels, les petites marques qui osent et les typographies bien dessinées.
H|PARCOURS
J|Directeur artistique|2021 – aujourd'hui
E|Agence Boréale, Montréal
B|Direction de quatre designers; identités pour des clients culturels et agroalimentaires
B|Présentation des concepts aux clients et suivi de production chez les imprimeurs
J|Designer graphique|2017 – 2021
E|Studio Lumen, Québec
B|Mise en page de rapports annuels, affiches et campagnes d'abonnement
H|RÉALISATIONS CHOISIES
X|Identité visuelle du Festival des Lueurs de Laval
P|Logo, signalétique et campagne d'affichage, 2023.
X|Refonte des emballages de la Fromagerie du Fjord
P|Gamme de douze fromages; ventes en épicerie en hausse de 18 %.
H|ÉTUDES
J|Baccalauréat en design graphique|2014 – 2017
E|Université du Québec à Montréal (UQAM)
J|DEC en graphisme|2012 – 2014
E|Cégep du Vieux Montréal
H|LOGICIELS
P|Illustrator, InDesign, Photoshop, After Effects, Figma, Blender (notions)
H|PRIX
B|Concours Créa Québec 2022 – Or, catégorie emballage
B|Mention, Biennale de l'affiche étudiante, 2016
'''))

R.append(dict(file='r14_fr_chevron.pdf', lang='fr', layout='chevron', font='DejaVuSerif', acc=(0, 100, 100), fs=9.3,
  name='Amine Ben Salah', tag="Ingénieur génie civil – Structures et ouvrages d'art",
  contact='Sfax, Tunisie · +216 98 123 456 · amine.bensalah@courriel.tn', body='''
H|» Objectif professionnel
P|Rejoindre un bureau d'études en tant qu'ingénieur structures confirmé, sur des projets de ponts et de bâtiments industriels en Tunisie ou à l'international.
H|» Expérience
J|Ingénieur structures|2019 – présent
E|Bureau d'études Ingé-Sud, Sfax
B|Calcul et dimensionnement de bâtiments R+8 en béton armé selon les Eurocodes
B|Note de calcul de deux ponts-dalles sur la route régionale RR 124
J|Ingénieur travaux (stage de fin d'études)|févr. – juin 2018
E|Société Méditerranéenne de BTP, Gabès
B|Suivi du coulage des fondations d'une unité de dessalement
H|» Diplômes
J|Diplôme national d'ingénieur en génie civil|2015 – 2018
E|École Nationale d'Ingénieurs de Sfax (ENIS)
J|Cycle préparatoire intégré, section maths-physique|2013 – 2015
E|Institut préparatoire aux études d'ingénieurs de Sfax
H|» Maîtrise des outils
L|Calcul :|Robot Structural Analysis, SAP2000, CYPECAD
L|Dessin :|AutoCAD, Revit Structure
H|» Langues
P|Arabe (maternelle), français (courant), anglais (professionnel, TOEIC 885), italien (notions)
H|» Vie associative
B|Membre bénévole du Croissant-Rouge tunisien, comité local de Sfax, depuis 2016
H|» Affiliations
B|Ordre des Ingénieurs Tunisiens, inscrit depuis 2019
'''))

R.append(dict(file='r15_fr_heading1.docx', lang='fr', layout='plainstyle', style='Heading 1', font='Calibri', acc=(150, 90, 60), fs=10.5,
  name='Camille Lefèvre', tag='Cheffe pâtissière', contact='Lyon 6e · 06 12 34 56 78 · camille.lefevre@courriel.fr', body='''
H|Présentation
P|Cheffe pâtissière passionnée par le goût juste et les desserts de saison, je dirige une équipe de cinq personnes en restaurant gastronomique et en boutique.
H|Expérience professionnelle
J|Cheffe pâtissière|depuis 2021
E|Maison Vernay, Lyon
B|Création de la carte des desserts et des entremets de la boutique
B|Encadrement de deux commis et de deux apprentis
J|Sous-cheffe pâtissière|2017 – 2021
E|Hôtel des Brotteaux, Lyon
J|Commis pâtissière|2014 – 2017
E|Pâtisserie Ducros, Annecy
H|Diplômes et formation
J|Brevet Technique des Métiers Pâtissier|2017
E|Chambre de Métiers et de l'Artisanat du Rhône
J|CAP Pâtissier|2014
E|Lycée hôtelier de Bonneville
H|Concours
B|Finaliste du Championnat de France du Dessert, 2022
H|Savoir-faire
B|Entremets, chocolat, sucre tiré, viennoiserie
B|Plan HACCP, gestion des coûts matière et des commandes
H|Langues
B|Français (langue maternelle), anglais (intermédiaire)
H|Passions
P|Céramique, randonnée dans le Vercors
'''))

R.append(dict(file='r16_fr_encadre.docx', lang='fr', layout='boxed', style='Cadre', font='Segoe UI', acc=(210, 100, 20), fs=9.5,
  name='Aïcha Konan', tag='Responsable marketing digital',
  contact='Abidjan, Cocody · +225 07 07 12 34 56 · aicha.konan@courriel.ci', body='''
H|RÉSUMÉ DE CARRIÈRE
P|Dix ans de marketing et de communication en Côte d'Ivoire, dont cinq à piloter des campagnes digitales grand public pour un opérateur télécom.
H|EXPÉRIENCE
J|Responsable marketing digital|2020 – aujourd'hui
E|Lagune Télécom, Abidjan
B|Pilotage d'un budget média de 900 millions FCFA par an
B|Lancement de l'application client : 1,3 million de téléchargements
J|Chargée de communication|2016 – 2020
E|Société Ivoirienne de Cacao, San-Pédro
B|Rapport RSE annuel, relations presse et événements avec les coopératives
H|FORMATION
J|Master en Marketing et Communication|2014 – 2016
E|Institut National Polytechnique Félix Houphouët-Boigny, Yamoussoukro
H|CERTIFICATIONS
B|Google Analytics 4, 2023
B|Meta Certified Digital Marketing Associate, 2022
H|COMPÉTENCES
B|Stratégie social media, achat média programmatique, SEO et SEA
B|Brief d'agences, gestion de communautés, études consommateurs
H|LANGUES
B|Baoulé (langue maternelle), français (courant), anglais (professionnel)
H|ENGAGEMENTS
B|Coordinatrice bénévole de l'association Les Filles du Code, Abidjan, depuis 2019
'''))

R.append(dict(file='r17_fr_romain.docx', lang='fr', layout='roman', style='Heading 2', font='Cambria', acc=(130, 30, 30), fs=10,
  name='Julien Marchetti', tag='Doctorant en écologie microbienne',
  contact='Montpellier · 07 98 76 54 32 · julien.marchetti@univ-courriel.fr', body='''
H|I. Formation
J|Doctorat en écologie microbienne (en cours)|2023 – 2026
E|Université de Montpellier, UMR Eco&Sols
I|Thèse : rôle des communautés bactériennes dans la stabilité des sols viticoles
J|Master Biodiversité, Écologie et Évolution|2021 – 2023
E|Université Grenoble Alpes
H|II. Expérience de recherche
J|Stage de master (6 mois)|2023
E|Station biologique de Roscoff
B|Analyse du microbiome de macroalgues par métabarcodage
H|III. Enseignement
B|Travaux dirigés de microbiologie générale, licence 2, 64 heures par an (2023 – 2025)
B|Encadrement de deux stagiaires de licence 3
H|IV. Communications
B|Marchetti J., Ould-Ahmed K., Roux P. (2025). Bacterial networks in vineyard soils. Soil Ecology Letters, 7: 240311.
B|Poster : congrès de la Société Française d'Écologie et d'Évolution, Lyon, 2024
H|V. Bourses et financements
B|Contrat doctoral de l'École doctorale GAIA, 2023 – 2026
B|Bourse de mobilité pour un séjour de trois mois à l'Université de Wageningen, 2025
H|VI. Compétences techniques
B|Métabarcodage 16S et ITS, qPCR, extraction d'ADN de sol
B|R (phyloseq, vegan), bash, QIIME 2
H|VII. Langues
B|Français (langue maternelle), anglais (C1), italien (B1)
'''))

R.append(dict(file='r18_es_bandaoscura.pdf', lang='es', layout='darkband', font='DejaVuSans', acc=(120, 20, 50), fs=9.4,
  bandcol=(45, 25, 35), tagcol=(225, 190, 120),
  name='Valentina Ríos Acosta', tag='Sommelier · Gerente de Bebidas',
  contact='Mendoza, Argentina · +54 9 261 555 0199 · valentina.rios@correo.com.ar', body='''
H|Sobre mí
P|Sommelier con diez años en restaurantes de bodega y hoteles de alta gama. Armo cartas de vinos rentables y formo equipos de salón que venden con criterio.
H|Recorrido profesional
J|Sommelier jefa|2020 – actualidad
E|Bodega y Restaurante Los Álamos, Luján de Cuyo
B|Carta de 320 etiquetas; ventas de vino por cubierto un 27 % por encima del objetivo
B|Capacitación mensual del personal de salón y de la tienda de la bodega
J|Sommelier|2016 – 2020
E|Hotel Aconcagua Plaza, Mendoza
B|Maridajes para eventos corporativos de hasta 400 invitados
H|Estudios
J|Sommelier profesional|2014 – 2015
E|Escuela Argentina de Sommeliers, Buenos Aires
J|Tecnicatura en Turismo|2011 – 2013
E|Universidad Nacional de Cuyo
H|Acreditaciones
B|WSET Nivel 3 en Vinos, con distinción, 2019
B|Certified Sommelier, Court of Master Sommeliers, 2022
H|Concursos
B|Finalista, Mejor Sommelier de Argentina, 2023
H|Idiomas
P|Español (nativo), inglés (C1), portugués (B2)
H|Referencias
K|Martín Gallardo
G|Chef ejecutivo, Los Álamos · +54 9 261 555 0123
'''))

R.append(dict(file='r19_es_columna.pdf', lang='es', layout='darkcol', font='DejaVuSans', acc=(30, 110, 160), fs=9.2,
  sidefill=(35, 45, 60), sidehead=(120, 200, 230), tagcol=(160, 210, 230), greycol=(235, 235, 235),
  name='Lucía Moreno Pastor', tag='Desarrolladora frontend junior', contact='', body='''
H|Perfil
P|Desarrolladora frontend con un año de experiencia en producto SaaS y mucha práctica en proyectos propios. Me importan la accesibilidad y el rendimiento.
H|Experiencia
J|Desarrolladora frontend|2024 – actualidad
E|Nubaria Software, Valencia
B|Componentes en React y TypeScript para el panel de clientes
B|Tests end-to-end con Playwright; cobertura del 40 % al 75 %
J|Monitora de robótica|2021 – 2023
E|Academia Bitbot, Valencia
B|Clases de Scratch y Arduino para niños de 8 a 14 años
H|Proyectos personales
X|MenúCheck
P|Web para consultar alérgenos en cartas de restaurantes (Next.js, Supabase).
X|Rutas Turia
P|Mapa de rutas en bici por el antiguo cauce del río (Vue 3, Leaflet).
H|Formación
J|CFGS Desarrollo de Aplicaciones Web|2022 – 2024
E|IES Abastos, Valencia
J|Bachillerato Tecnológico|2020 – 2022
E|IES Sorolla, Valencia
H|Hackatones
B|1.er premio, Hackathon Valencia Smart City, 2024
''', side='''
H|CONTACTO
G|Valencia, España
G|+34 612 345 678
G|lucia.moreno@correo.es
G|github.com/luciamp
H|STACK
G|TypeScript, React, Next.js
G|Vue 3, Tailwind CSS
G|Jest, Playwright
G|Git, Figma
H|IDIOMAS
G|Español – nativo
G|Valenciano – C1
G|Inglés – B2 (First)
'''))

R.append(dict(file='r20_es_cursiva.pdf', lang='es', layout='bolditalic', font='LiberationSerif', acc=(30, 110, 50), fs=10,
  name='Andrés Solano Vargas', tag='Gerente de Ventas · Turismo Receptivo',
  contact='San José, Costa Rica · +506 8812 3456 · andres.solano@correo.cr', body='''
H|Extracto profesional
P|Gerente comercial con doce años en turismo receptivo y hotelería. Abro mercados en Norteamérica y cierro acuerdos con operadores mayoristas y agencias de viajes de incentivo.
H|Experiencia laboral
J|Gerente de ventas para Norteamérica|2019 – presente
E|Pura Vida Expeditions, San José
B|Cartera de 85 agencias en EE. UU. y Canadá; ventas de USD 6,4 millones en 2024
B|Presencia en ferias: IPW, ITB Berlín y Expotur
J|Ejecutivo de cuentas corporativas|2014 – 2019
E|Arenal Volcano Lodge, La Fortuna
B|Grupos de incentivos y bodas; ocupación en temporada baja del 48 % al 66 %
H|Formación académica
J|Licenciatura en Administración de Empresas Turísticas|2009 – 2013
E|Universidad Latina de Costa Rica
H|Capacitación complementaria
B|Especialista en Destino Costa Rica, Instituto Costarricense de Turismo, 2018
B|Negociación avanzada, INCAE Business School, 2021
H|Idiomas
P|Español (nativo), inglés (avanzado), francés (intermedio)
H|Logros
B|Premio al mejor vendedor regional de la Red de Turismo Sostenible, 2022
H|Gremios
B|Cámara Nacional de Turismo, comité de mercadeo, desde 2020
H|Voluntariado
B|Guía voluntario en jornadas de limpieza de playas, Programa Bandera Azul
'''))

R.append(dict(file='r21_es_heading2.docx', lang='es', layout='plainstyle', style='Heading 2', font='Calibri', acc=(90, 70, 40), fs=10.5,
  name='Diego Ixcot Morales', tag='Ingeniero agrónomo · Café de especialidad',
  contact='Antigua Guatemala · +502 5555 1234 · diego.ixcot@correo.gt', body='''
H|Resumen profesional
P|Ingeniero agrónomo con once años en fincas cafetaleras de altura. Manejo de sombra, renovación de cafetales y control de roya con pequeños productores y fincas medianas.
H|Historial laboral
J|Jefe de campo|2018 – a la fecha
E|Finca El Volcán de Agua, Sacatepéquez
B|Dirección de 60 trabajadores en 140 hectáreas de café y macadamia
B|Renovación de 35 hectáreas con variedades resistentes a la roya
J|Técnico de extensión agrícola|2014 – 2018
E|Cooperativa Cafetalera Los Cuchumatanes, Huehuetenango
B|Asistencia técnica a 220 socios; escuelas de campo sobre poda y fertilización
H|Formación
J|Ingeniería Agronómica|2009 – 2014
E|Universidad de San Carlos de Guatemala
H|Cursos y diplomados
B|Q Arabica Grader, Coffee Quality Institute, 2019
B|Diplomado en Agricultura Regenerativa, 2022
H|Conocimientos técnicos
B|Manejo integrado de plagas, análisis de suelos, beneficio húmedo
B|QGIS, Excel, registros de trazabilidad para certificación orgánica
H|Idiomas
B|Español (nativo), kaqchikel (intermedio), inglés (B2)
H|Referencias laborales
K|Ing. Rosa Elena Chávez
G|Gerente general, Finca El Volcán de Agua · +502 5555 9876
'''))

R.append(dict(file='r22_es_versalitas.docx', lang='es', layout='smallcaps', style='Versalitas', font='Book Antiqua', acc=(25, 40, 90), fs=10.5,
  name='Mariana Etchegaray', tag='Abogada · Derecho laboral y sindical',
  contact='Buenos Aires · +54 9 11 5555 0182 · m.etchegaray@estudio-mail.com.ar', body='''
H|Perfil
P|Abogada laboralista con diez años de ejercicio en litigio individual y colectivo, negociación de convenios y asesoramiento a organizaciones sindicales.
H|Práctica profesional
J|Asociada sénior|2019 – actualidad
E|Estudio Lanús, Ferreyra & Asociados
B|Dirección de 120 causas ante la Justicia Nacional del Trabajo
B|Negociación de tres convenios colectivos de actividad
J|Abogada|2015 – 2019
E|Asesoría Legal, Federación de Trabajadores Gráficos
H|Formación universitaria
J|Abogada|2009 – 2014
E|Facultad de Derecho, Universidad de Buenos Aires
J|Especialización en Derecho del Trabajo|2016 – 2017
E|Universidad Austral
H|Docencia
B|Ayudante de cátedra, Derecho del Trabajo y de la Seguridad Social, UBA, desde 2016
H|Publicaciones
B|«El teletrabajo en los convenios colectivos», Revista de Derecho Laboral, 2023
B|«Despido discriminatorio: diez años de jurisprudencia», Anuario Laboral, 2021
H|Membresías
B|Colegio Público de la Abogacía de la Capital Federal
B|Asociación de Abogados y Abogadas Laboralistas
H|Idiomas
P|Español (nativo), inglés (avanzado), euskera (básico)
'''))

R.append(dict(file='r23_es_franja.docx', lang='es', layout='stripcell', style=None, font='Verdana', acc=(0, 120, 150), fs=9,
  name='Rubén Castaño Gil', tag='Jefe de Almacén · Logística de frío',
  contact='Zaragoza · 622 123 456 · ruben.castano@correo.es', body='''
H|QUIÉN SOY
P|Quince años en almacenes de producto refrigerado y congelado, desde carretillero hasta jefe de almacén. Organizo turnos, cuido la seguridad y cumplo los plazos de carga.
H|TRAYECTORIA
J|Jefe de almacén|2019 – actualidad
E|Frío Ebro Logística, Plataforma Logística de Zaragoza
B|Equipo de 34 personas en tres turnos; 18.000 palés de capacidad
B|Implantación de SAP EWM y radiofrecuencia; errores de preparación del 0,9 % al 0,2 %
J|Encargado de turno|2014 – 2019
E|Distribuciones Moncayo, Zaragoza
J|Carretillero|2010 – 2014
E|Distribuciones Moncayo, Zaragoza
H|FORMACIÓN REGLADA
J|Técnico Superior en Transporte y Logística|2012 – 2014
E|CPIFP Corona de Aragón, Zaragoza
H|CARNÉS Y CURSOS
B|Carné de operador de carretillas (UNE 58451) y carné de conducir C
B|Prevención de riesgos laborales, nivel básico (60 h)
B|Manipulador de alimentos y seguridad alimentaria (IFS Logistics)
H|HERRAMIENTAS
B|SAP EWM, terminales de radiofrecuencia, Excel (tablas dinámicas)
H|IDIOMAS
B|Español (nativo), inglés (A2)
H|AFICIONES
B|Pelota vasca, senderismo en el Moncayo
'''))


def main(out):
    os.makedirs(out, exist_ok=True)
    for d in R:
        data = P(d).build() if d['file'].endswith('.pdf') else D(d).build()
        with open(os.path.join(out, d['file']), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main(sys.argv[1])
