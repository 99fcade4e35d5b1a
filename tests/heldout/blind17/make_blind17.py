"""blind17 held-out resume set generator: make_blind17.py OUTDIR -> 24 resumes (12 PDF, 12 DOCX).

Each resume is one literal data block: header fields plus a line-based body
('# ' heading, 'J ' job 'title|date|org', 'D ' degree 'name|date|school', '- ' bullet,
'L ' 'Label:|text', 'S ' bold-italic sub-label, 'R ' referee 'name|details', 'P ' paragraph,
'T ' table row 'a|b|c', the first row of a run being the header). Nothing is random.
The script marks where headings are drawn; it holds no section types and no labels.
"""
import sys, os, io, zipfile, datetime as dt
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
FD = '/usr/share/fonts/truetype/'
FONTS = {  # family -> (regular, bold, italic, bolditalic)
    'dv': ('dejavu/DejaVuSans', '-Bold', '-Oblique', '-BoldOblique'),
    'dvc': ('dejavu/DejaVuSansCondensed', '-Bold', '-Oblique', '-BoldOblique'),
    'dvs': ('dejavu/DejaVuSerif', '-Bold', '-Italic', '-BoldItalic'),
    'dvm': ('dejavu/DejaVuSansMono', '-Bold', '-Oblique', '-BoldOblique'),
    'dvx': ('dejavu/DejaVuSans-ExtraLight', None, None, None),
    'ls': ('liberation/LiberationSans', '-Bold', '-Italic', '-BoldItalic'),
    'lsr': ('liberation/LiberationSerif', '-Bold', '-Italic', '-BoldItalic'),
    'ln': ('liberation/LiberationSansNarrow', '-Bold', '-Italic', '-BoldItalic'),
}
DARK = (35, 35, 35)
GREY = (115, 115, 115)


def parse(body):
    out = []
    for ln in body.strip('\n').split('\n'):
        ln = ln.strip()
        if ln:
            out.append((ln[0], [x.strip() for x in ln[2:].split('|')]))
    return out


# ---------------------------------------------------------------- PDF
class P(FPDF):
    def __init__(s, d):
        super().__init__(format='A4')
        s.d, s.c, s.added = d, d['cfg'], set()
        s.set_margins(s.c.get('ml', 17), 14, s.c.get('ml', 17))
        s.set_auto_page_break(True, 16)
        s.set_creation_date(FIXED)
        s.set_title('Resume ' + d['file']); s.set_author('blind17'); s.set_subject('held-out resume')
        s.set_keywords('blind17'); s.set_creator('make_blind17.py'); s.set_producer('fpdf2')
        s.set_lang(d['lang'])
        s.tc = DARK

    def f(s, fam, st='', sz=10):
        base = st.replace('U', '')
        if (fam, base) not in s.added:
            r, b, i, bi = FONTS[fam]
            suf = {'': '', 'B': b, 'I': i, 'BI': bi}[base]
            name = r + suf + '.ttf'
            if fam in ('ls', 'lsr', 'ln') and base == '':
                name = r + '-Regular.ttf'
            s.add_font(fam, base, FD + name)
            s.added.add((fam, base))
        s.set_font(fam, st, sz)

    def col(s, c):
        s.set_text_color(*c)

    def body(s, st='', sz=None):
        fam = s.c['fam']
        s.f(fam, st, sz or s.c['sz'])


def pdf_block(p, body, x, w, hfun, tc=DARK):
    c, lh = p.c, p.c['sz'] * 0.46
    p.tc = tc
    inT = False
    dc = c.get('datecol', 0)
    for k, a in parse(body):
        if k != 'T':
            inT = False
        p.set_x(x)
        if k == '#':
            hfun(p, a[0], x, w)  # <- section heading drawn here
            continue
        if k in 'JD':
            title, date, org = (a + ['', ''])[:3]
            y0 = p.get_y()
            if dc:
                p.body('', c['sz']); p.col(tc); p.cell(dc, lh, date)
                p.body('B'); p.col(tc); p.multi_cell(w - dc, lh, title, new_x='LMARGIN', new_y='NEXT')
            else:
                p.body('', c['sz'] - 1); dw = p.get_string_width(date) + 2
                p.body('B'); p.col(c.get('jc', tc)); p.cell(w - dw, lh, title)
                p.body('', c['sz'] - 1); p.col(c.get('dc', GREY)); p.cell(dw, lh, date, align='R', new_x='LMARGIN', new_y='NEXT')
            if c.get('tl'):
                p.set_fill_color(*c['hc']); p.circle(x - 4.5, y0 + lh / 2, 1.2, style='F')
                p.set_draw_color(*c['hc']); p.set_line_width(0.3); p.line(x - 4.5, y0 + lh / 2 + 1.2, x - 4.5, y0 + lh * 2.2)
            if org:
                p.set_x(x + dc)
                st = c.get('org', 'i')
                if st == 'i':
                    p.body('I'); p.col(tc)
                elif st == 'c':
                    p.body(''); p.col(c['oc'])
                else:
                    p.body('B'); p.col(c['oc'])
                p.multi_cell(w - dc, lh, org, new_x='LMARGIN', new_y='NEXT')
            p.set_y(p.get_y() + 0.6)
        elif k == '-':
            p.body(); p.col(tc); p.set_x(x + dc + 2)
            p.multi_cell(w - dc - 2, lh, '• ' + a[0], align='L', new_x='LMARGIN', new_y='NEXT')
        elif k == 'L':
            p.col(tc)
            if dc:
                p.body('B'); p.cell(dc, lh, a[0]); p.body()
                p.multi_cell(w - dc, lh, a[1], new_x='LMARGIN', new_y='NEXT')
            else:
                p.body()
                p.multi_cell(w, lh, '**%s** %s' % (a[0], a[1]), markdown=True, new_x='LMARGIN', new_y='NEXT')
        elif k == 'S':
            p.body('BI'); p.col(tc); p.set_x(x + dc)
            p.multi_cell(w - dc, lh, a[0], new_x='LMARGIN', new_y='NEXT')
        elif k == 'R':
            p.body('B'); p.col(tc); p.set_x(x + dc); p.cell(w - dc, lh, a[0], new_x='LMARGIN', new_y='NEXT')
            p.body('', c['sz'] - 1); p.col(GREY); p.set_x(x + dc)
            p.multi_cell(w - dc, lh, a[1], new_x='LMARGIN', new_y='NEXT'); p.set_y(p.get_y() + 1)
        elif k == 'P':
            p.body(); p.col(tc); p.set_x(x + dc)
            p.multi_cell(w - dc, lh, a[0], align='J' if w > 100 else 'L', new_x='LMARGIN', new_y='NEXT')
        elif k == 'T':
            cw = (w - dc) / len(a)
            p.set_x(x + dc)
            p.body('' if inT else 'B'); p.col(tc)
            for t in a:
                p.cell(cw, lh + 0.6, t)
            p.ln(lh + 0.6)
            if not inT:
                p.set_draw_color(*GREY); p.set_line_width(0.2)
                p.line(x + dc, p.get_y(), x + w, p.get_y())
            inT = True


def pdf_header(p, d, x=None, w=None):
    c = p.c
    x = p.l_margin if x is None else x
    w = p.epw if w is None else w
    al = c.get('halign', 'L')
    if d.get('doctitle'):
        p.set_x(x); p.f(c['fam'], 'B', 18); p.col(DARK)
        p.cell(w, 10, d['doctitle'], align=al, new_x='LMARGIN', new_y='NEXT')
    if d.get('name'):
        p.set_x(x); p.f(c.get('nfam', c['fam']), 'B', c.get('nsz', 21)); p.col(c.get('nc', DARK))
        p.cell(w, 10, d['name'], align=al, new_x='LMARGIN', new_y='NEXT')
    if d.get('tagline'):
        p.set_x(x); p.f(c['fam'], c.get('tst', ''), c['sz'] + 2); p.col(c['hc'])
        p.cell(w, 6.5, d['tagline'], align=al, new_x='LMARGIN', new_y='NEXT')
    if d.get('contact'):
        p.set_x(x); p.f(c['fam'], '', c['sz'] - 1); p.col(GREY)
        p.multi_cell(w, 4.6, d['contact'], align=al, new_x='LMARGIN', new_y='NEXT')
    p.ln(2)


def H_mono(p, t, x, w):
    p.ln(2.5); p.set_x(x); p.f('dvm', 'B', 11); p.col(p.c['hc'])
    p.cell(w, 6.5, t, new_x='LMARGIN', new_y='NEXT'); p.ln(0.8)


def H_academic(p, t, x, w):
    if p.get_y() > p.h - 40:
        p.add_page()
    p.ln(3); y = p.get_y(); p.set_draw_color(*DARK); p.set_line_width(0.25)
    p.line(x, y, x + w, y); p.set_y(y + 1.2); p.set_x(x)
    p.f('dvs', '', 10.5); p.col(DARK); p.cell(w, 6, t, align='C', new_x='LMARGIN', new_y='NEXT')
    y = p.get_y() + 0.4; p.line(x, y, x + w, y); p.set_y(y + 2.2)


def H_sidebar(p, t, x, w):
    p.ln(4); p.set_x(x); p.f('ls', 'B', 10.5); p.col((255, 255, 255))
    p.cell(w, 6, t, new_x='LMARGIN', new_y='NEXT')
    y = p.get_y(); p.set_draw_color(255, 196, 0); p.set_line_width(0.6); p.line(x, y, x + 12, y); p.set_y(y + 1.8)


def H_under(p, t, x, w):
    p.ln(3); p.set_x(x); p.f('ls', 'BU', 12.5); p.col(p.c['hc'])
    p.cell(w, 7, t, new_x='LMARGIN', new_y='NEXT'); p.ln(1)


def H_tabell(p, t, x, w):
    p.ln(3.5); p.set_x(x); p.f('ls', 'B', 12); p.col((0, 0, 0))
    p.cell(w, 6.5, t, new_x='LMARGIN', new_y='NEXT')
    y = p.get_y(); p.set_draw_color(0, 0, 0); p.set_line_width(0.35); p.line(x, y, x + w, y); p.set_y(y + 2)


def H_number(p, t, x, w):
    p.ln(3); num, word = t.split(' ', 1)
    p.set_x(x); p.f('dvc', 'B', 13); p.col(p.c['hc']); nw = p.get_string_width(num + ' ')
    p.cell(nw, 7, num + ' '); p.col(DARK); p.cell(w - nw, 7, word, new_x='LMARGIN', new_y='NEXT')
    y = p.get_y() + 0.3; p.set_draw_color(190, 190, 190); p.set_line_width(0.3); p.line(x, y, x + w, y); p.set_y(y + 2)


def H_band(p, t, x, w):
    p.ln(3); y = p.get_y(); p.set_fill_color(232, 232, 232); p.rect(x, y, w, 7, style='F')
    p.set_xy(x + 2.5, y); p.f('ls', 'B', 10.5); p.col(p.c['hc'])
    p.cell(w - 2.5, 7, t, new_x='LMARGIN', new_y='NEXT'); p.ln(2)


def H_centre(p, t, x, w):
    p.ln(3); p.f('lsr', '', 11.5); p.col(p.c['hc']); tw = p.get_string_width(t)
    y = p.get_y(); mid = x + w / 2; p.set_draw_color(*p.c['hc']); p.set_line_width(0.3)
    p.line(x, y + 3.5, mid - tw / 2 - 4, y + 3.5); p.line(mid + tw / 2 + 4, y + 3.5, x + w, y + 3.5)
    p.set_x(x); p.cell(w, 7, t, align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)


def H_square(p, t, x, w):
    p.ln(3); y = p.get_y(); p.set_fill_color(*p.c['hc']); p.rect(x, y + 1.8, 3, 3, style='F')
    p.set_xy(x + 5, y); p.f('dv', 'B', 11.5); p.col(DARK)
    p.cell(w - 5, 6.5, t, new_x='LMARGIN', new_y='NEXT'); p.ln(1)


def H_light(p, t, x, w):
    p.ln(3.5); p.set_x(x - 8); p.f('dvx', '', 15); p.col((120, 120, 120))
    p.cell(w + 8, 8, t, new_x='LMARGIN', new_y='NEXT'); p.ln(1)


def H_lower(p, t, x, w):
    p.ln(3); p.set_x(x); p.f('dv', '', 17); p.col(p.c['hc'])
    p.cell(w, 9, t, new_x='LMARGIN', new_y='NEXT'); p.ln(0.5)


def H_roman(p, t, x, w):
    if p.get_y() > p.h - 40:
        p.add_page()
    p.ln(3.5); y = p.get_y(); p.set_draw_color(*p.c['hc']); p.set_line_width(0.2); p.line(x, y, x + w, y)
    p.set_xy(x, y + 1); p.f('lsr', 'B', 11.5); p.col(p.c['hc'])
    p.cell(w, 6.5, t, new_x='LMARGIN', new_y='NEXT'); p.ln(1.2)


def make_pdf(d, path):
    p = P(d); p.add_page(); c = p.c
    lay = c['layout']
    if lay == 'sidebar':
        p.set_fill_color(*c['hc']); p.rect(0, 0, 210, 40, style='F')
        p.set_y(11); c['nc'] = (255, 255, 255)
        p.set_x(72); p.f('ls', 'B', 21); p.col((255, 255, 255)); p.cell(120, 10, d['name'], new_x='LMARGIN', new_y='NEXT')
        p.set_x(72); p.f('ls', '', 12); p.col((255, 196, 0)); p.cell(120, 7, d['tagline'], new_x='LMARGIN', new_y='NEXT')
        p.set_fill_color(48, 58, 72); p.rect(0, 40, 64, 257, style='F')
        p.set_y(42); pdf_block(p, d['side'], 8, 50, H_sidebar, tc=(255, 255, 255))
        p.set_y(44); pdf_block(p, d['body'], 72, 121, H_under)
    elif lay == 'twocol':
        pdf_header(p, d); y0 = p.get_y()
        pdf_block(p, d['body'], 15, 118, H_lower)
        p.set_draw_color(210, 210, 210); p.set_line_width(0.3); p.line(138, y0 + 3, 138, 280)
        p.set_y(y0); pdf_block(p, d['side'], 143, 52, H_lower)
    else:
        pdf_header(p, d)
        x = p.l_margin + c.get('indent', 0)
        pdf_block(p, d['body'], x, p.w - p.r_margin - x, globals()['H_' + lay])
    p.output(path)


# ---------------------------------------------------------------- DOCX
PPR = ('pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs '
       'suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd '
       'snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment '
       'textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange').split()
RPR = ('rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid '
       'vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs '
       'em lang eastAsianLayout specVanish oMath').split()
TCPR = 'cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark'.split()


def fix_order(root):
    for tag, seq in (('pPr', PPR), ('rPr', RPR), ('tcPr', TCPR)):
        for el in root.iter(qn('w:' + tag)):
            kids = list(el)
            kids.sort(key=lambda k: seq.index(k.tag.split('}')[1]) if k.tag.split('}')[1] in seq else 99)
            for k in kids:
                el.remove(k)
            for k in kids:
                el.append(k)


def xel(tag, **att):
    e = OxmlElement(tag)
    for k, v in att.items():
        e.set(qn('w:' + k), v)
    return e


def borders(ppr, sides, val='single', sz='8', color='000000', space='1'):
    b = xel('w:pBdr')
    for sd in sides:
        b.append(xel('w:' + sd, val=val, sz=sz, space=space, color=color))
    ppr.append(b)


def shade(parent, fill):
    parent.append(xel('w:shd', val='clear', color='auto', fill=fill))


def hexc(c):
    return RGBColor(*c)


class C:
    def __init__(s, o, fresh=False):
        s.o, s.fresh = o, fresh

    def p(s, style=None):
        if s.fresh:
            s.fresh = False
            q = s.o.paragraphs[0]
            if style:
                q.style = style
            return q
        return s.o.add_paragraph(style=style)


def run(q, t, b=None, i=None, col=None, sz=None):
    r = q.add_run(t)
    if b is not None: r.bold = b
    if i is not None: r.italic = i
    if col: r.font.color.rgb = hexc(col)
    if sz: r.font.size = Pt(sz)
    return r


def docx_block(doc, cont, body, hfun, tw, cfg, tc=None):
    tab_pos = Mm(tw)
    k_prev = None
    tbl = None
    for k, a in parse(body):
        if k == '#':
            hfun(doc, cont, a[0])  # <- section heading drawn here
        elif k in 'JD':
            title, date, org = (a + ['', ''])[:3]
            q = cont.p(); q.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
            q.paragraph_format.space_before = Pt(4); q.paragraph_format.keep_with_next = True
            run(q, title, b=True, col=tc)
            if date:
                run(q, '\t' + date, col=GREY)
            if org:
                q = cont.p(); st = cfg.get('org', 'i')
                if st == 'i': run(q, org, i=True, col=tc)
                elif st == 'c': run(q, org, col=cfg['oc'])
                else: run(q, org, b=True, col=cfg['oc'])
        elif k == '-':
            q = cont.p('List Bullet'); run(q, a[0], col=tc)
        elif k == 'L':
            q = cont.p(); run(q, a[0], b=True, col=tc); run(q, ' ' + a[1], col=tc)
        elif k == 'S':
            q = cont.p(); q.paragraph_format.space_before = Pt(3); run(q, a[0], b=True, i=True, col=tc)
        elif k == 'R':
            q = cont.p(); q.paragraph_format.space_before = Pt(3); run(q, a[0], b=True, col=tc)
            q = cont.p(); run(q, a[1], col=GREY)
        elif k == 'P':
            q = cont.p(); run(q, a[0], col=tc)
        elif k == 'T':
            if k_prev != 'T':
                tbl = doc.add_table(rows=0, cols=len(a)); tbl.style = doc.styles['Table Grid']
                row = tbl.add_row()
                for i, t in enumerate(a):
                    cp = row.cells[i].paragraphs[0]; run(cp, t, b=True)
                    shade(row.cells[i]._tc.get_or_add_tcPr(), 'E4E9EE')
            else:
                row = tbl.add_row()
                for i, t in enumerate(a):
                    run(row.cells[i].paragraphs[0], t)
        k_prev = k


def hstyle(doc, name, font=None, sz=11, bold=True, color=None, before=10, after=3, italic=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles['Normal']; st.next_paragraph_style = doc.styles['Normal']
    st.font.bold = bold; st.font.size = Pt(sz)
    if italic is not None: st.font.italic = italic
    if font: st.font.name = font
    if color: st.font.color.rgb = hexc(color)
    pf = st.paragraph_format; pf.space_before = Pt(before); pf.space_after = Pt(after); pf.keep_with_next = True
    return st


def styled(style):
    def h(doc, cont, t):
        cont.p(style).add_run(t)
    return h


def make_docx(d, path):
    c = d['cfg']; lay = c['layout']
    doc = Document(); sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    m = c.get('m', 20)
    sec.left_margin = sec.right_margin = Mm(m); sec.top_margin = sec.bottom_margin = Mm(16)
    tw = 210 - 2 * m
    nst = doc.styles['Normal']; nst.font.name = c['font']; nst.font.size = Pt(c['sz'])
    nst.paragraph_format.space_after = Pt(2)
    hc = c.get('hc')
    # header
    if lay == 'kopf':
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(hp, d['name'], b=True, sz=14); run(hp, '\n' + d['contact'], col=GREY, sz=8.5)
    if d.get('doctitle'):
        q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(q, d['doctitle'], b=True, sz=16)
    if lay == 'title':
        doc.add_paragraph(d['name'], style='Title')
    elif lay != 'kopf' and d.get('name'):
        q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER if c.get('center') else WD_ALIGN_PARAGRAPH.LEFT
        run(q, d['name'], b=True, sz=c.get('nsz', 20), col=c.get('nc'))
    if d.get('tagline'):
        q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER if c.get('center') else WD_ALIGN_PARAGRAPH.LEFT
        run(q, d['tagline'], col=hc, sz=c['sz'] + 1.5)
    if d.get('contact') and lay != 'kopf':
        q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER if c.get('center') else WD_ALIGN_PARAGRAPH.LEFT
        run(q, d['contact'], col=GREY, sz=c['sz'] - 1)
    # heading looks
    if lay == 'title':
        h = lambda doc, cont, t: cont.p('Heading 2').add_run(t)
    elif lay == 'titulo3':
        h = lambda doc, cont, t: cont.p('Heading 3').add_run(t)
    elif lay == 'caps':
        st = hstyle(doc, 'Section Caps', sz=11.5, color=hc); st.font.all_caps = True
        st.element.get_or_add_rPr().append(xel('w:spacing', val='30'))
        borders(st.element.get_or_add_pPr(), ['bottom'], val='double', sz='6', color='%02X%02X%02X' % hc)
        h = styled(st)
    elif lay == 'twotone':
        def h(doc, cont, t):
            q = cont.p(); pf = q.paragraph_format; pf.space_before = Pt(12); pf.space_after = Pt(4); pf.keep_with_next = True
            a, b = t.split(' ', 1)
            run(q, a + ' ', b=False, col=(150, 150, 150), sz=14); run(q, b, b=True, col=hc, sz=14)
    elif lay == 'kopf':
        st = doc.styles['Heading 2']; st.font.small_caps = True; st.font.bold = False; st.font.size = Pt(13)
        st.font.color.rgb = hexc(hc); st.font.name = c['font']
        h = lambda doc, cont, t: cont.p(st).add_run(t)
    elif lay == 'tabelle':
        st = hstyle(doc, 'Abschnitt', sz=11.5, color=hc, before=8)
        borders(st.element.get_or_add_pPr(), ['bottom'], sz='6', color='%02X%02X%02X' % hc)
        h = None
    elif lay == 'colon':
        h = styled(hstyle(doc, 'Rubrik', sz=12, before=12, after=4))
    elif lay == 'encadre':
        st = hstyle(doc, 'Rubrique encadree', sz=11, color=hc, before=12, after=6)
        st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        borders(st.element.get_or_add_pPr(), ['top', 'left', 'bottom', 'right'], sz='8', color='%02X%02X%02X' % hc, space='3')
        h = styled(st)
    elif lay == 'espace':
        st = hstyle(doc, 'Titre espace', sz=12, bold=False, color=hc, before=12, after=4)
        st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        h = styled(st)
    elif lay == 'etudiant':
        st = hstyle(doc, 'Rubrique', sz=12, color=hc, before=10, after=4)
        borders(st.element.get_or_add_pPr(), ['top', 'bottom'], sz='4', color='%02X%02X%02X' % hc, space='2')
        h = styled(st)
    elif lay == 'doble':
        st = hstyle(doc, 'Apartado', sz=12, color=(30, 30, 30), before=10, after=4)
        st.element.get_or_add_rPr().append(xel('w:u', val='double'))
        h = styled(st)
    elif lay == 'mixto':
        st1 = hstyle(doc, 'Seccion principal', sz=13, color=hc, before=10, after=3)
        st2 = hstyle(doc, 'Seccion lateral', sz=10, color=(255, 255, 255), before=10, after=3)
        st2.font.all_caps = False
        h = styled(st1); h2 = styled(st2)
    # body
    if lay == 'tabelle':
        t = doc.add_table(rows=0, cols=2); t.autofit = False
        cur = None
        for k, a in parse(d['body']):
            if k == '#':
                row = t.add_row(); cell = row.cells[0].merge(row.cells[1])
                cell.paragraphs[0].style = st; cell.paragraphs[0].add_run(a[0])  # <- section heading drawn here
                cur = None
            elif k in 'JD':
                row = t.add_row(); run(row.cells[0].paragraphs[0], a[1], col=GREY)
                cur = C(row.cells[1], True); q = cur.p(); run(q, a[0], b=True)
                if len(a) > 2: q = cur.p(); run(q, a[2], i=True)
            else:
                if cur is None:
                    row = t.add_row(); cur = C(row.cells[1], True)
                docx_block(doc, cur, k + ' ' + '|'.join(a), None, tw, c)
        for row in t.rows:
            row.cells[0].width = Mm(36); row.cells[1].width = Mm(tw - 36)
    elif lay == 'mixto':
        t = doc.add_table(rows=1, cols=2); t.autofit = False
        l, r = t.rows[0].cells; l.width = Mm(tw - 58); r.width = Mm(58)
        shade(r._tc.get_or_add_tcPr(), '2F4858')
        docx_block(doc, C(l, True), d['body'], h, tw - 62, c)
        docx_block(doc, C(r, True), d['side'], h2, 54, c, tc=(255, 255, 255))
    else:
        docx_block(doc, C(doc), d['body'], h, tw, c)
    if c.get('closing'):
        q = doc.add_paragraph(); q.paragraph_format.space_before = Pt(14); run(q, c['closing'])
    fix_order(doc.element); fix_order(doc.styles.element)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = 'blind17'; cp.title = 'Resume ' + d['file']; cp.subject = 'held-out resume'
    cp.keywords = 'blind17'; cp.category = 'resume'; cp.comments = 'generated by make_blind17.py'
    cp.language = d['lang']; cp.revision = 1
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16; zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- data
R = []

R.append(dict(file='p00_en_mono.pdf', lang='en', name='Aroha Tane-Whitfield',
  tagline='junior full-stack developer · Wellington, NZ',
  contact='aroha.tw@example.nz · +64 21 555 0142 · github.com/arohatw',
  cfg=dict(layout='mono', fam='dv', sz=9.5, hc=(0, 112, 120)), body='''
# ## whoami
P Former café supervisor turned developer. I like small, well-tested services, readable pull requests and teams that pair. Looking for a second role where I can own features end to end.
# ## tech stack
L Daily:|TypeScript, React, Node.js, PostgreSQL, Docker
L Comfortable:|Python, Go (basics), GitHub Actions, Terraform (read-only)
L Practices:|TDD, code review, trunk-based development, accessibility checks
# ## work
J Graduate Developer|Feb 2024 – present|Kōwhai Software Ltd, Wellington
- Built the booking widget used by 40 regional clinics (React, 98% test coverage).
- Cut API cold-start time by 35% by moving image resizing to a queue.
J Café Supervisor|2019 – 2023|Flight Coffee, Te Aro
- Ran rosters for 9 staff; trained new baristas; handled the weekly stock order.
# ## side projects
S BusStop Buddy
P Progressive web app showing live Metlink arrivals; 1,200 weekly users.
S tide-cli
P Small Go command-line tool that prints tide tables for NZ ports.
# ## education
D Certificate in Software Development (Level 6)|2023|Enspiral Dev Academy, Wellington
D BA in Māori Studies and Linguistics|2018|Victoria University of Wellington
# ## certs
- AWS Certified Cloud Practitioner (2024)
- Scrum.org Professional Scrum Master I (2024)
# ## spoken languages
P English (native), te reo Māori (conversational), Spanish (basic)
# ## off the keyboard
P Waka ama paddling, bouldering, volunteer-run coding club for teenagers on Saturdays.
'''))

R.append(dict(file='p01_en_academic.pdf', lang='en', name='Dr Eleanor M. Pryce',
  tagline='Postdoctoral Research Associate in Physical Chemistry',
  contact='School of Chemistry, University of Bristol, Cantock\'s Close, Bristol BS8 1TS, UK · e.pryce@example.ac.uk · ORCID 0000-0002-1825-0097',
  cfg=dict(layout='academic', fam='dvs', sz=9.5, hc=(20, 20, 20), halign='C', org='i'), body='''
# RESEARCH PROFILE
P Physical chemist working on ultrafast spectroscopy of photoactive proteins. My work combines transient absorption, time-resolved infrared spectroscopy and quantum-chemical modelling to follow proton transfer on femto- to nanosecond timescales. Eight first-author papers; experienced in running shared laser facilities and in supervising students.
# ACADEMIC APPOINTMENTS
J Postdoctoral Research Associate|2022 – present|University of Bristol, School of Chemistry (PI: Prof. A. Whitcombe)
- Leads the time-resolved infrared strand of an EPSRC programme grant on photoreceptor dynamics.
- Designed and built a 100 kHz pump–probe set-up now used by four research groups.
- Co-wrote the renewal proposal (£1.9M, funded 2024).
J Visiting Researcher|Apr – Jun 2021|Max Planck Institute for Medical Research, Heidelberg
- Cryo-trapping experiments on blue-light sensing domains.
# DEGREES
D PhD in Chemistry|2018 – 2022|University of Edinburgh. Thesis: Proton-coupled electron transfer in flavoproteins
D MChem (First Class) with a Year in Industry|2014 – 2018|University of Manchester
# GRANTS, FELLOWSHIPS AND PRIZES
- Royal Society of Chemistry Researcher Development Grant, £4,800 (2023)
- Faraday Division Poster Prize, Faraday Discussion on Ultrafast Photochemistry (2021)
- EPSRC Doctoral Training Partnership studentship (2018 – 2022)
# PEER-REVIEWED ARTICLES
P 1. Pryce, E. M.; Whitcombe, A. Vibrational signatures of proton transfer in a LOV domain. J. Phys. Chem. Lett. 2024, 15, 2101–2109.
P 2. Pryce, E. M.; Okafor, T.; Lindqvist, S. Ground-state heterogeneity in flavin photoreceptors. J. Am. Chem. Soc. 2023, 145, 880–891.
P 3. Pryce, E. M. et al. Femtosecond infrared study of flavin radicals. Chem. Sci. 2022, 13, 5520–5531.
P 4. Lindqvist, S.; Pryce, E. M. Solvent control of excited-state lifetimes. Phys. Chem. Chem. Phys. 2021, 23, 9011–9020.
# INVITED TALKS
- Watching protons move: infrared views of photoreceptors. Gordon Research Conference on Photochemistry, Maine, 2024.
- Flavins under the laser. RSC Photophysics and Photochemistry Group meeting, London, 2023.
- Ultrafast infrared methods for biologists. EMBO practical course, Heidelberg, 2022.
# TEACHING AND SUPERVISION
J Co-supervisor of three PhD students and six MSci project students|2022 – present|University of Bristol
- Lectures in the third-year Spectroscopy unit (12 hours per year); laboratory demonstrator.
J Tutor, first-year physical chemistry|2019 – 2021|University of Edinburgh
- Weekly small-group tutorials for 18 students; marked problem sheets.
# LABORATORY TECHNIQUES
L Spectroscopy:|transient absorption (UV–vis, mid-IR), time-resolved fluorescence, FTIR, Raman
L Laser systems:|Ti:sapphire amplifiers, optical parametric amplifiers, alignment and maintenance
L Computation:|Gaussian, ORCA, Python (NumPy, SciPy, lmfit), global and target analysis
L Biochemistry:|protein expression and purification, site-directed mutagenesis
# PROFESSIONAL SERVICE
- Reviewer for J. Phys. Chem., Phys. Chem. Chem. Phys. and Photochem. Photobiol. Sci.
- Member of the Royal Society of Chemistry (MRSC) and of the European Society for Photobiology.
- Early-career representative, RSC Faraday Division council (2023 – 2025).
- Organiser of the Bristol Spectroscopy Seminar series (2022 – 2024).
# REFEREES
R Prof. Alan Whitcombe|School of Chemistry, University of Bristol · a.whitcombe@example.ac.uk
R Prof. Sofia Lindqvist|School of Chemistry, University of Edinburgh · s.lindqvist@example.ac.uk
R Dr Tunde Okafor|Department of Biochemistry, University of Oxford · t.okafor@example.ac.uk
'''))

R.append(dict(file='p02_en_sidebar.pdf', lang='en', name='Sipho Ndlovu',
  tagline='Logistics Coordinator | Durban',
  cfg=dict(layout='sidebar', fam='ls', sz=9.5, hc=(18, 80, 120)), side='''
# GET IN TOUCH
P 072 555 0198
P sipho.ndlovu@example.co.za
P Umhlanga, KwaZulu-Natal
# KEY SKILLS
- Route and load planning
- Customs documentation (SAD 500)
- SAP MM and WMS
- Fleet tracking (Cartrack)
- Excel: pivot tables, VLOOKUP
- Supplier negotiation
# LANGUAGES SPOKEN
P English, isiZulu, Afrikaans (basic)
# LICENCES
P Code 10 (C1) driving licence
P Forklift operator certificate
''', body='''
# Personal Statement
P Reliable logistics coordinator with six years in port-linked distribution. Known for keeping containers moving through Durban harbour on tight cut-offs and for clean paperwork that passes SARS audits first time.
# Employment History
J Logistics Coordinator|2021 – present|Bayside Freight (Pty) Ltd, Durban
- Plans daily collection of 60 to 80 containers from the port and two inland depots.
- Reduced demurrage costs by R410 000 in 2023 by rescheduling night collections.
- Trains new planners on SAP MM and on the customs clearing checklist.
J Dispatch Clerk|2018 – 2021|Coastal Cold Chain, Pinetown
- Prepared delivery notes and proof-of-delivery files for 25 refrigerated trucks.
- Tracked temperature alarms and escalated breaches to the fleet manager.
J Warehouse Assistant (part-time)|2016 – 2018|Game Stores, Gateway
- Receiving, cycle counts and returns during university studies.
# Schooling & Tertiary Education
D National Diploma: Logistics|2015 – 2018|Durban University of Technology
D National Senior Certificate|2014|Westville Boys' High School
# Contactable References
R Ms Thandeka Mthembu|Operations Manager, Bayside Freight · 031 555 0120
R Mr Pieter Joubert|Fleet Manager, Coastal Cold Chain · 031 555 0177
'''))

R.append(dict(file='p03_en_title.docx', lang='en', name='Niamh Gallagher',
  tagline='Store Manager · Fashion & Homewares Retail',
  contact='Galway, Ireland · +353 87 555 0163 · niamh.gallagher@example.ie',
  cfg=dict(layout='title', font='Calibri', sz=10.5, hc=(31, 78, 121), org='i'), body='''
# At a Glance
P Store manager with eleven years in Irish high-street retail. I run profitable, well-staffed shops, turn round under-performing teams and keep visual standards high through the Christmas peak.
# Management Experience
J Store Manager|2019 – present|Meadow & Lane, Shop Street, Galway
- Leads a team of 24 in a €4.2M store; like-for-like sales up 12% in 2024.
- Cut staff turnover from 48% to 21% with a buddy scheme and fairer rosters.
- Store of the Year, West region, 2022.
J Assistant Store Manager|2016 – 2019|Harlow Home, Eyre Square Centre, Galway
- Ran stock control, window changes and the weekend management rota.
# Earlier Roles
J Department Supervisor|2014 – 2016|Dunnes Stores, Limerick
J Sales Assistant|2012 – 2014|River Island, Limerick
# Schooling and College
D Higher Certificate in Business (Retail Management)|2014|Limerick Institute of Technology
D Leaving Certificate|2012|Laurel Hill Coláiste FCJ, Limerick
# Retail Skills
P Visual merchandising · KPI reporting · rostering (Planday) · loss prevention · recruitment and coaching · EPOS cash-up
# Courses Completed
- Manual Handling Instructor (QQI Level 6), 2023
- Occupational First Aid, 2022
- IBEC Leadership in Retail, 2021
# Hobbies
P Sea swimming at Salthill, sewing, local drama society.
# References
P Available on request.
'''))

R.append(dict(file='p04_en_caps.docx', lang='en', name='Marc-André Tremblay',
  tagline='Construction Electrician (Red Seal)',
  contact='Edmonton, AB · 780-555-0134 · ma.tremblay@example.ca',
  cfg=dict(layout='caps', font='Arial', sz=10, hc=(176, 76, 0), org='i', m=18), body='''
# Summary of Qualifications
- Red Seal construction electrician with 9 years in commercial and industrial work.
- Reads single-line diagrams and installs from IFC drawings without supervision.
- Zero lost-time incidents; confident leading a three-person crew.
# Trade Experience
J Journeyman Electrician / Lead Hand|2019 – present|Northgate Electric Ltd., Edmonton
- Leads crews on hospital and school renovations (up to 600 V, 2,000 A services).
- Installs and terminates teck cable, cable tray, MCCs and fire-alarm devices.
- Prepares daily FLHAs and as-built mark-ups.
J Apprentice Electrician|2015 – 2019|Prairie Power Contracting, Red Deer
- Conduit bending (EMT and rigid), rough-in and finishing on 30+ commercial jobs.
# Apprenticeship & Schooling
D Electrician Apprenticeship, Periods 1–4|2015 – 2019|NAIT, Edmonton
D High School Diploma|2014|École secondaire Notre-Dame, Red Deer
# Tickets & Certifications
- Alberta Journeyperson Certificate and Red Seal endorsement (2019)
- Standard First Aid / CPR C (2024)
- Fall Protection, Confined Space Entry, H2S Alive (2024)
- Elevated Work Platform and Telehandler (2023)
# Tools & Equipment
P Hydraulic benders, cable pullers, megger and Fluke testers, rotary hammers, scissor lifts, AutoCAD viewer
# Union Membership
P IBEW Local 424, member in good standing since 2019.
# Volunteer Work
J Volunteer Electrician|2022 – present|Habitat for Humanity Edmonton
- Rough-in and inspections for two affordable family homes per year.
'''))

R.append(dict(file='p05_en_twotone.docx', lang='en', name='Tan Wei Ling',
  tagline='Financial Analyst · Corporate FP&A',
  contact='Singapore · +65 9123 4567 · weiling.tan@example.sg',
  cfg=dict(layout='twotone', font='Segoe UI', sz=10, hc=(0, 84, 147), org='c', oc=(0, 84, 147)), body='''
# Career Objective
P CFA Level II candidate with four years in FP&A at a regional logistics group, seeking a senior analyst role in a treasury or investment team.
# Professional Experience
J Financial Analyst|Jul 2022 – present|Straits Logistics Group Pte Ltd
- Owns the monthly forecast for five country units (S$380M revenue).
- Built a Power BI cash-flow dashboard now used by the CFO's office.
J Associate, Audit & Assurance|Aug 2020 – Jun 2022|Lim & Partners LLP
- Statutory audits of SMEs in shipping and F&B; led fieldwork for three clients.
# Academic Qualifications
D Bachelor of Business Administration (Accountancy), Honours (Distinction)|2016 – 2020|National University of Singapore
D GCE 'A' Level|2015|Raffles Institution
# Technical Proficiencies
L Software:|Excel (financial modelling, VBA), Power BI, SAP S/4HANA, Bloomberg
L Programming:|Python (pandas), SQL
# Professional Certifications
- CFA Program, Level II candidate (May 2026); Level I passed
- ISCA Financial Modelling Certificate (2023)
# Language Proficiency
T Language|Spoken|Written
T English|Fluent|Fluent
T Mandarin|Fluent|Good
T Malay|Basic|Basic
# Community Service
J Volunteer Tutor|2019 – present|Yellow Ribbon Project
- Teaches basic accounting to inmates preparing for release.
# Personal Particulars
L Nationality:|Singaporean
L Availability:|One month's notice
'''))

R.append(dict(file='p06_de_tabellarisch.pdf', lang='de', doctitle='Lebenslauf',
  cfg=dict(layout='tabell', fam='ls', sz=10, hc=(0, 0, 0), datecol=38, halign='C'), body='''
# Persönliche Daten
L Name:|Jörg Wellmann
L Anschrift:|Teutoburger Straße 41, 33604 Bielefeld
L Telefon:|0521 555 0191
L E-Mail:|joerg.wellmann@example.de
L Geburtsdatum:|12.03.1984 in Gütersloh
L Familienstand:|verheiratet, zwei Kinder
# Beruflicher Werdegang
J Teamleiter Auftragsabwicklung|seit 04/2017|Brackwede Landtechnik GmbH & Co. KG, Bielefeld
- Führung von sechs Mitarbeitenden im Innendienst
- Einführung von SAP S/4HANA im Vertriebsmodul
J Industriekaufmann, Einkauf|08/2006 – 03/2017|Ostwestfalen Metallbau AG, Gütersloh
- Disposition von Rohmaterial, Lieferantenbewertung
# Schulischer und beruflicher Bildungsweg
D Ausbildung zum Industriekaufmann|08/2003 – 07/2006|Ostwestfalen Metallbau AG und Carl-Severing-Berufskolleg
D Fachoberschulreife|06/2003|Realschule Brackwede
# Weiterbildung
J Geprüfter Betriebswirt (IHK)|2012 – 2014|IHK Ostwestfalen, berufsbegleitend
J Ausbildereignungsprüfung (AEVO)|2010|IHK Ostwestfalen
# EDV- und Sprachkenntnisse
L EDV:|SAP S/4HANA (SD, MM), MS Office, DATEV
L Englisch:|verhandlungssicher
L Niederländisch:|Grundkenntnisse
# Interessen
P Handball (Jugendtrainer), Radwandern, Heimwerken
P Bielefeld, 1. Januar 2026
'''))

R.append(dict(file='p07_de_nummern.pdf', lang='de', name='Lukas Brunner',
  tagline='Elektroingenieur FH · Energietechnik',
  contact='Winterthur · +41 79 555 01 47 · lukas.brunner@example.ch',
  cfg=dict(layout='number', fam='dvc', sz=9.5, hc=(200, 40, 40), org='c', oc=(200, 40, 40)), body='''
# 01 Kurzprofil
P Elektroingenieur mit acht Jahren Erfahrung in Mittelspannungsanlagen und Netzschutz. Schwerpunkt: Planung und Inbetriebnahme von Unterwerken für Verteilnetzbetreiber.
# 02 Berufliche Stationen
J Projektingenieur Netzschutz|2020 – heute|Elektrizitätswerke Töss AG, Winterthur
- Schutzkonzepte und Selektivitätsberechnungen für 16-kV-Unterwerke
- Inbetriebnahme von 14 Schaltanlagen, Abnahme mit ESTI
J Elektroplaner|2016 – 2020|Ingenieurbüro Keller + Wyss, Zürich
- Planung Niederspannungsverteilungen für Spitäler und Schulhäuser
# 03 Studium & Lehre
D Bachelor of Science in Elektrotechnik|2013 – 2016|ZHAW School of Engineering, Winterthur
D Berufsmaturität und Lehre als Elektroinstallateur EFZ|2009 – 2013|BBW Winterthur
# 04 Fachkompetenzen
L Software:|NEPLAN, ETAP, EPLAN Electric P8, SIGRA
L Normen:|NIV, NIN, IEC 61850
# 05 Ausgewählte Projekte
S Unterwerk Grüze, Ersatz 16-kV-Schaltanlage
P Gesamtprojektleitung Schutztechnik, Budget CHF 3,2 Mio., Inbetriebnahme 2023
S Netzanbindung Solarpark Hegi
# 06 Sprachen
P Deutsch (Muttersprache), Französisch (B2), Englisch (C1)
# 07 Mitgliedschaften
P Electrosuisse, Swiss Engineering STV
'''))

R.append(dict(file='p08_de_band.pdf', lang='de', name='Florian Hofbauer',
  tagline='Küchenchef · Gehobene österreichische Küche',
  contact='Salzburg · +43 664 555 0123 · f.hofbauer@example.at',
  cfg=dict(layout='band', fam='ls', sz=9.8, hc=(140, 20, 30), org='i'), body='''
# ÜBER MICH
P Küchenchef mit Haubenerfahrung, der regionale Produkte modern interpretiert. Ich führe Brigaden ruhig, kalkuliere sauber und bilde gerne Lehrlinge aus.
# KÜCHENSTATIONEN
J Küchenchef|seit 2021|Gasthof Zum Goldenen Hirschen, Salzburg
- Leitung einer Brigade von 11 Köchinnen und Köchen, 180 Gedecke pro Tag
- Wareneinsatz von 34 % auf 29 % gesenkt
J Sous-Chef|2017 – 2021|Hotel Seeblick, St. Wolfgang
- Verantwortlich für Bankett und À-la-carte in der Sommersaison
J Chef de Partie (Saucier)|2014 – 2017|Restaurant Obauer, Werfen
# LEHRE & SCHULE
D Lehrabschluss Koch|2011 – 2014|Landesberufsschule Obertrum
D Küchenmeisterprüfung|2019|WIFI Salzburg
# KULINARISCHE SCHWERPUNKTE
P Wild und Süßwasserfisch, Fermentation, Patisserie, HACCP-Konzepte, Menükalkulation
# PRÄMIERUNGEN
- Eine Haube, Gault&Millau 2024 (Gasthof Zum Goldenen Hirschen)
- Silbermedaille, Staatsmeisterschaft der Köche 2016
# SPRACHEN
P Deutsch (Muttersprache), Englisch (gut), Italienisch (Grundkenntnisse)
# FREIZEIT
P Skitouren, Jagd, Brotbacken
'''))

R.append(dict(file='p09_de_kopfzeile.docx', lang='de', name='Miriam Odenthal',
  tagline='Bankkauffrau · Privatkundenberatung',
  contact='Köln · 0221 555 0184 · m.odenthal@example.de',
  cfg=dict(layout='kopf', font='Cambria', sz=10.5, hc=(30, 100, 60), org='i'), body='''
# Auf einen Blick
P Bankkauffrau mit sieben Jahren Erfahrung in der Beratung von Privatkunden. Sicher in Baufinanzierung und Wertpapiergeschäft, mit einem Bestand von rund 600 Kunden.
# Berufspraxis
J Privatkundenberaterin|seit 09/2019|Sparkasse KölnBonn, Filiale Ehrenfeld
- Betreuung von ca. 600 Kundinnen und Kunden, Neugeschäft Baufinanzierung 9 Mio. € p. a.
- Ausbildungsbeauftragte für Auszubildende im zweiten Lehrjahr
J Serviceberaterin|2017 – 2019|Volksbank Köln Bonn eG
# Ausbildung und Studium
D Bachelor of Arts Banking & Finance (berufsbegleitend)|2020 – 2023|FOM Hochschule, Köln
D Ausbildung zur Bankkauffrau|2014 – 2017|Sparkasse KölnBonn
D Allgemeine Hochschulreife|2014|Gymnasium Kreuzgasse, Köln
# Zusatzqualifikationen
- Sachkundenachweis Immobiliardarlehensvermittlung § 34i GewO (2020)
- Wertpapierberaterin nach WpHG-Mitarbeiteranzeigeverordnung (2019)
# IT-Kenntnisse
P OSPlus, MS Office, Baufinanzierungsrechner Baufi24
# Fremdsprachen
T Sprache|Niveau
T Englisch|C1
T Spanisch|B1
# Ehrenamtliches Engagement
P Schatzmeisterin des Fördervereins der Grundschule Lindenthal (seit 2022)
# Hobbys
P Rudern, Kochen, Städtereisen
'''))

R.append(dict(file='p10_de_tabelle.docx', lang='de', name='Katharina Sommer',
  tagline='Pflegefachfrau · Intensivpflege',
  contact='Leipzig · 0341 555 0112 · k.sommer@example.de',
  cfg=dict(layout='tabelle', font='Verdana', sz=9.5, hc=(120, 40, 110), nsz=18, nc=(120, 40, 110)), body='''
# Zur Person
L Geburtsdatum:|04.11.1991
L Staatsangehörigkeit:|deutsch
L Führerschein:|Klasse B
# Pflegerische Tätigkeiten
J Pflegefachfrau Intensivstation|seit 2018|Universitätsklinikum Leipzig, Operative Intensivmedizin
- Versorgung beatmeter Patientinnen und Patienten, ECMO-Therapie
- Praxisanleiterin für Auszubildende
J Gesundheits- und Krankenpflegerin|2013 – 2018|Klinikum St. Georg, Innere Medizin
# Berufsausbildung
D Ausbildung Gesundheits- und Krankenpflege|2010 – 2013|Medizinische Berufsfachschule Leipzig
# Fort- und Weiterbildungen
- Fachweiterbildung Intensiv- und Anästhesiepflege (DKG), 2020
- Praxisanleitung (300 Stunden), 2019
# Fachliche Schwerpunkte
P Beatmungsmanagement, Wundversorgung, Kinästhetik, Dokumentation mit COPRA
# Sprachen
P Deutsch (Muttersprache), Englisch (B2), Russisch (A2)
# Referenzen
R Dr. med. Henrik Vogt|Oberarzt Operative Intensivmedizin, Universitätsklinikum Leipzig
'''))

R.append(dict(file='p11_de_doppelpunkt.docx', lang='de', doctitle='Lebenslauf',
  cfg=dict(layout='colon', font='Times New Roman', sz=11, closing='Kassel, im Januar 2026'), body='''
# Persönliche Angaben:
L Name:|Dieter Hufnagel
L Anschrift:|Wolfhager Straße 112, 34127 Kassel
L Telefon:|0561 555 0170
L Geburtsdatum:|17.08.1969
# Berufliche Tätigkeiten:
J Fachkraft für Lagerlogistik|seit 03/2009|Logistik Brandt GmbH, Kassel
- Wareneingang, Kommissionierung, Inventur, Einweisung neuer Kollegen
J Lagerarbeiter|1995 – 2009|Hessen-Getränke Vertrieb GmbH, Baunatal
J Wehrdienst|1988 – 1989|Panzergrenadierbataillon 52, Rotenburg
# Schulbildung:
D Hauptschulabschluss|1985|Hauptschule Kassel-Nord
# Berufsausbildung:
D Ausbildung zum Kfz-Mechaniker|1985 – 1988|Autohaus Wiegand, Kassel
# Führerscheine und Staplerschein:
P Führerschein Klasse B, C1E; Flurförderzeugschein (Stapler) seit 1996
# Sonstige Kenntnisse:
P Lagerverwaltungssystem SAP EWM, Handscanner, Grundkenntnisse Excel
# Hobbys:
P Angeln, Garten, Kegelverein
'''))

R.append(dict(file='p12_fr_centre.pdf', lang='fr', name='Hélène Vasseur-Marchal',
  tagline='Avocate au Barreau de Lyon · Droit social',
  contact='24, quai Saint-Antoine, 69002 Lyon · 04 78 55 01 26 · h.vasseur@example.fr',
  cfg=dict(layout='centre', fam='lsr', sz=10, hc=(110, 20, 40), halign='C', org='i'), body='''
# EN BREF
P Avocate en droit social depuis 2013, j’accompagne les employeurs du secteur sanitaire et médico-social dans la gestion des relations individuelles et collectives de travail, du conseil au contentieux prud’homal.
# PARCOURS
J Avocate associée|depuis 2019|Cabinet Marchal & Roux, Lyon
- Contentieux prud’homal et devant la cour d’appel (environ 40 dossiers par an)
- Négociation d’accords collectifs d’entreprise et audits de conformité
J Avocate collaboratrice|2013 – 2019|Fidal, direction régionale Rhône-Alpes
# FORMATION UNIVERSITAIRE
D Certificat d’aptitude à la profession d’avocat (CAPA)|2013|EDA Rhône-Alpes
D Master 2 Droit social|2011|Université Jean Moulin Lyon 3
# DOMAINES D’INTERVENTION
P Licenciements économiques, inaptitude, durée du travail, représentation du personnel, harcèlement
# PUBLICATIONS ET INTERVENTIONS
- « L’inaptitude après la loi de 2016 », Semaine sociale Lamy, 2022
- Intervenante au colloque de l’ordre des avocats de Lyon, 2023
# LANGUES
P Anglais (courant), italien (intermédiaire)
# VIE ASSOCIATIVE
P Permanences gratuites à la Maison de la justice et du droit de Villeurbanne
'''))

R.append(dict(file='p13_fr_colonne.pdf', lang='fr', name='Yassine Ben Salah',
  tagline='Ingénieur logiciel Java / Spring',
  contact='Tunis · +216 20 555 014 · yassine.bensalah@example.tn',
  cfg=dict(layout='square', fam='dv', sz=9.3, hc=(230, 120, 0), org='c', oc=(200, 100, 0)), body='''
# Profil :
P Ingénieur logiciel (4 ans) spécialisé en applications bancaires Java. Habitué aux équipes agiles réparties entre Tunis et Paris.
# Expériences professionnelles :
J Ingénieur développement Java|2022 – aujourd’hui|Vermeg, Tunis
- Développement de microservices Spring Boot pour une solution de gestion d’actifs
- Mise en place de tests de contrat et réduction des anomalies en recette de 30 %
J Développeur full-stack|2020 – 2022|Sofrecom Tunisie
- Applications Angular / Java pour un opérateur télécom
# Compétences techniques :
L Langages :|Java 17, TypeScript, SQL, Python
L Frameworks :|Spring Boot, Hibernate, Angular
L Outils :|Git, Jenkins, Docker, Kubernetes, SonarQube
# Projets académiques :
S Plateforme de covoiturage universitaire
P Projet de fin d’études : application mobile et API REST, 300 utilisateurs pilotes
# Cursus :
D Diplôme national d’ingénieur en informatique|2017 – 2020|École nationale des sciences de l’informatique (ENSI), La Manouba
D Cycle préparatoire intégré|2015 – 2017|Institut préparatoire aux études d’ingénieurs de Tunis
# Certifications :
- Oracle Certified Professional, Java SE 11 Developer (2021)
- Certified Kubernetes Application Developer (2023)
# Langues parlées :
P Arabe (langue maternelle), français (bilingue), anglais (courant)
# Activités extra-professionnelles :
P Échecs en club, randonnée, photographie
'''))

R.append(dict(file='p14_fr_timeline.pdf', lang='fr', name='Camille Dewulf',
  tagline='Infirmière bachelière en soins généraux',
  contact='Namur · +32 470 55 01 39 · camille.dewulf@example.be',
  cfg=dict(layout='light', fam='dv', sz=9.4, hc=(0, 140, 150), org='i', indent=8, tl=True), body='''
# QUI SUIS-JE ?
P Infirmière depuis cinq ans en gériatrie et en revalidation, je cherche un poste en soins à domicile pour accompagner les patients dans leur quotidien.
# EXPÉRIENCES
J Infirmière en gériatrie|2021 – aujourd’hui|CHU UCL Namur, site Sainte-Élisabeth
- Soins à 24 patients en unité aiguë, préparation des sorties avec les familles
J Infirmière en revalidation|2019 – 2021|Centre neurologique William Lennox, Ottignies
J Stage de fin d’études|2018|Clinique Saint-Luc, Bouge
# ÉTUDES
D Bachelier en soins infirmiers|2015 – 2019|Hénallux, Namur
# SAVOIR-FAIRE
P Soins de plaies complexes, gestion de la douleur, dossier infirmier informatisé
# SAVOIR-ÊTRE
P Écoute, calme en situation d’urgence, travail en équipe pluridisciplinaire
# FORMATIONS CONTINUES
- Référente en soins de plaies (2022)
- Formation en soins palliatifs, 40 heures (2020)
# LANGUES
P Français (langue maternelle), néerlandais (B1), anglais (B1)
# RÉFÉRENCES
R Mme Anne Lambotte|Infirmière en chef, CHU UCL Namur · 081 55 01 00
'''))

R.append(dict(file='p15_fr_encadre.docx', lang='fr', name='Koffi Jean-Baptiste Yao',
  tagline='Ingénieur génie civil · Conduite de travaux',
  contact='Abidjan, Cocody · +225 07 55 01 12 · koffi.yao@example.ci',
  cfg=dict(layout='encadre', font='Georgia', sz=10, hc=(60, 90, 40), org='i', center=True), body='''
# RÉSUMÉ DE CARRIÈRE
P Ingénieur génie civil avec dix ans d’expérience en conduite de travaux routiers et d’ouvrages d’art en Côte d’Ivoire et au Burkina Faso.
# EXPÉRIENCES PROFESSIONNELLES
J Conducteur de travaux principal|2019 – aujourd’hui|SOGEA-SATOM Côte d’Ivoire, Abidjan
- Encadrement de 140 ouvriers et de 6 chefs de chantier
- Suivi du budget et des attachements avec la maîtrise d’œuvre
J Ingénieur travaux|2014 – 2019|PFO Africa, Ouagadougou
# PRINCIPAUX CHANTIERS
S Échangeur de l’Amitié Ivoiro-Japonaise, Abidjan
P Montant : 52 milliards FCFA · rôle : conducteur de travaux ouvrages d’art
S Route Bobo-Dioulasso – Banfora (85 km)
P Réhabilitation et renforcement de chaussée
# DIPLÔMES
D Diplôme d’ingénieur des travaux publics|2014|Institut national polytechnique Félix Houphouët-Boigny, Yamoussoukro
D Baccalauréat série C|2009|Lycée classique d’Abidjan
# LOGICIELS MAÎTRISÉS
P AutoCAD Civil 3D, Covadis, MS Project, Robot Structural Analysis
# LANGUES
P Français (langue maternelle), anglais (intermédiaire), baoulé
# PERSONNES DE RÉFÉRENCE
R M. Ibrahim Touré|Directeur technique, SOGEA-SATOM Côte d’Ivoire · +225 27 55 01 00
'''))

R.append(dict(file='p16_fr_espace.docx', lang='fr', name='Geneviève Lachance',
  tagline='Préposée aux bénéficiaires',
  contact='Trois-Rivières (Québec) · 819 555-0147 · genevieve.lachance@example.qc.ca',
  cfg=dict(layout='espace', font='Trebuchet MS', sz=10, hc=(0, 120, 130), org='i', center=True), body='''
# P R O F I L
P Préposée aux bénéficiaires depuis 2016, douce et patiente, je veille au confort et à la dignité des résidents en CHSLD.
# E X P É R I E N C E
J Préposée aux bénéficiaires|2018 – aujourd’hui|CHSLD Cooke, CIUSSS de la Mauricie-et-du-Centre-du-Québec
- Soins d’hygiène, aide aux repas et aux déplacements pour 12 résidents
- Participation aux plans d’intervention avec l’équipe infirmière
J Aide de service|2016 – 2018|Résidence Les Jardins du Cap, Cap-de-la-Madeleine
# S C O L A R I T É
D DEP Assistance à la personne en établissement et à domicile|2016|Centre de formation professionnelle Qualitech
D Diplôme d’études secondaires (DES)|2012|École secondaire des Pionniers
# A T O U T S
- Approche milieu de vie, gestion des comportements perturbateurs
- Bilingue, ponctuelle, permis de conduire classe 5
# C E R T I F I C A T S
- PDSB (Principes de déplacement sécuritaire des bénéficiaires), 2024
- RCR et secourisme en milieu de travail, 2023
# B É N É V O L A T
P Accompagnatrice bénévole, Société Alzheimer Mauricie (depuis 2020)
# L O I S I R S
P Tricot, randonnée, chorale paroissiale
'''))

R.append(dict(file='p17_fr_etudiant.docx', lang='fr', name='Théo Girardin',
  tagline='Recherche un contrat d’alternance en BTS Commerce international (septembre 2026)',
  contact='Rouen · 06 55 01 27 83 · theo.girardin@example.fr',
  cfg=dict(layout='etudiant', font='Calibri', sz=10.5, hc=(0, 90, 170), org='c', oc=(0, 90, 170)), body='''
# Mon projet
P Passionné par les échanges internationaux, je souhaite préparer un BTS Commerce international en alternance dans une entreprise d’import-export de la région rouennaise.
# Parcours scolaire
D Baccalauréat STMG, spécialité Mercatique|2026 (en cours)|Lycée Jeanne-d’Arc, Rouen
D Brevet des collèges, mention bien|2023|Collège Fontenelle, Rouen
# Stages et jobs d’été
J Stage d’observation (3 semaines)|mai 2025|Haropa Port, Rouen
- Découverte du service transit et des déclarations en douane
J Employé polyvalent (job d’été)|juillet – août 2025|Carrefour Market, Mont-Saint-Aignan
# Ce que je sais faire
- Accueillir et renseigner des clients, y compris en anglais
- Tenir un tableau de suivi sur Excel
- Travailler en équipe sur un projet commercial (mini-entreprise au lycée)
# Langues vivantes
P Anglais (B2, séjour linguistique à Dublin), espagnol (A2)
# Centres d’intérêt
P Football en club (capitaine U18), cuisine du monde, podcasts d’économie
# Informations complémentaires
P Permis B en cours (conduite accompagnée), disponible dès septembre 2026
'''))

R.append(dict(file='p18_es_subrayado.pdf', lang='es', name='Lucía Ferrándiz Soler',
  tagline='Graduada en Enfermería',
  contact='Valencia · 655 550 124 · lucia.ferrandiz@example.es',
  cfg=dict(layout='under', fam='ls', sz=10, hc=(0, 110, 80), org='c', oc=(0, 110, 80)), body='''
# Sobre mí
P Enfermera recién graduada con prácticas en urgencias y pediatría. Me adapto rápido a nuevos equipos y disfruto de la educación para la salud.
# Formación
D Grado en Enfermería|2021 – 2025|Universitat de València
D Bachillerato de Ciencias de la Salud|2021|IES Lluís Vives, Valencia
# Prácticas clínicas
J Prácticum de Urgencias|feb – may 2025|Hospital Clínico Universitario de Valencia
- Triaje Manchester, canalización de vías periféricas, administración de medicación
J Prácticum de Pediatría|sep – dic 2024|Hospital Universitari i Politècnic La Fe
# Formación complementaria
- Soporte Vital Básico y DESA (SEMES), 2024
- Curso de vendajes funcionales, 20 horas, 2023
# Idiomas
P Castellano y valenciano (nativa), inglés B2 (First Certificate)
# Competencias digitales
P Orion Clinic, Gacela, paquete Office
# Voluntariado
P Cruz Roja Juventud: talleres de primeros auxilios en institutos (2022 – 2025)
# Otros datos de interés
P Carné de conducir B, disponibilidad inmediata para trabajar a turnos
'''))

R.append(dict(file='p19_es_doscol.pdf', lang='es', name='Valentina Ríos Cárdenas',
  tagline='Diseñadora gráfica e ilustradora',
  contact='Medellín, Colombia · +57 300 555 0172 · valentinarios.co',
  cfg=dict(layout='twocol', fam='dv', sz=9.3, hc=(220, 60, 100), org='c', oc=(220, 60, 100)), body='''
# perfil.
P Diseñadora gráfica con seis años creando identidades visuales para marcas de café, moda y cultura. Me muevo entre el papel y la pantalla.
# experiencia.
J Diseñadora sénior|2022 – hoy|Estudio Guayaba, Medellín
- Dirección de arte de 18 proyectos de marca al año
- Coordina a dos diseñadores júnior y a ilustradores externos
J Diseñadora gráfica|2019 – 2022|Café Altura S.A.S.
- Empaques, material de punto de venta y redes sociales
J Ilustradora freelance|2018 – hoy|Clientes en Colombia y España
# estudios.
D Diseño Gráfico (profesional)|2013 – 2018|Universidad Pontificia Bolivariana, Medellín
# premios.
- Bienal Colombiana de Diseño, mención en empaque (2023)
- Premio Lápiz de Acero, categoría identidad (2021)
''', side='''
# herramientas.
P Illustrator
P Photoshop
P InDesign
P Procreate
P Figma
P After Effects
# idiomas.
P Español nativo
P Inglés B2
P Portugués A2
# lo que me mueve.
P Serigrafía
P Ciclismo urbano
P Fanzines
'''))

R.append(dict(file='p20_es_romanos.pdf', lang='es', name='Ignacio Larrañaga Ugarte',
  tagline='Director Financiero (CFO) · Industria y energía',
  contact='Bilbao · +34 600 550 188 · ignacio.larranaga@example.es · linkedin.com/in/ilarranaga',
  cfg=dict(layout='roman', fam='lsr', sz=10.2, hc=(20, 40, 100), org='c', oc=(20, 40, 100)), body='''
# I. RESUMEN EJECUTIVO
P Director financiero con más de veinte años de experiencia en compañías industriales cotizadas y participadas por capital riesgo. He liderado dos refinanciaciones sindicadas, una salida a bolsa y la integración de cinco adquisiciones en Europa y Latinoamérica. Orientado a la generación de caja, al gobierno corporativo y a la construcción de equipos financieros sólidos.
# II. TRAYECTORIA PROFESIONAL
J Director Financiero (CFO)|2016 – actualidad|Aceros del Nervión, S.A., Bilbao (grupo cotizado, 1.100 M€ de facturación)
- Miembro del comité de dirección; reporta al consejero delegado y a la comisión de auditoría.
- Refinanciación sindicada de 450 M€ con extensión de vencimientos a 2030 y rebaja del diferencial de 90 puntos básicos.
- Diseño del plan de reducción de capital circulante: liberación de 120 M€ de caja en dos ejercicios.
- Implantación de SAP S/4HANA en 14 sociedades y cierre contable en cinco días hábiles.
- Coordinación de la información no financiera y del primer informe según CSRD.
J Director de Control de Gestión y Planificación|2010 – 2016|Grupo Eólico Cantábrico, Santander
- Responsable del presupuesto y del plan estratégico de un grupo con parques en España, México y Brasil.
- Participación en la salida a bolsa (2014): due diligence financiera, folleto y road show.
- Integración financiera de cinco adquisiciones (valor conjunto 310 M€).
- Equipo de 22 personas en cuatro países.
J Gerente de Auditoría|2002 – 2010|Deloitte, oficina de Bilbao
- Auditoría de cuentas de grupos industriales y energéticos; revisión de procesos de compra de empresas.
- Responsable de la formación técnica de la oficina en normas internacionales de información financiera.
# III. FORMACIÓN ACADÉMICA
D Executive MBA|2008 – 2010|IESE Business School, Madrid
D Licenciatura en Administración y Dirección de Empresas|1997 – 2002|Universidad de Deusto, Bilbao
D Programa de Alta Dirección Financiera|2018|ESADE, Barcelona
# IV. ÁREAS DE ESPECIALIZACIÓN
- Financiación corporativa y relación con entidades bancarias
- Fusiones y adquisiciones, integración posadquisición
- Control de gestión, presupuestación y planificación a largo plazo
- Gobierno corporativo, relación con inversores y comisiones de auditoría
- Fiscalidad internacional y precios de transferencia (coordinación con asesores)
# V. AFILIACIONES PROFESIONALES
- Miembro del Registro Oficial de Auditores de Cuentas (ROAC), no ejerciente
- Vocal de la junta directiva de la Asociación Española de Ejecutivos de Finanzas (AEEF), capítulo norte
- Consejero independiente de una cooperativa agroalimentaria navarra (desde 2021)
# VI. IDIOMAS
P Castellano y euskera (nativo), inglés (bilingüe, C2), francés (B2)
# VII. PUBLICACIONES Y PONENCIAS
- «Capital circulante en la industria pesada: lecciones de una década», Harvard Deusto Business Review, 2022
- Ponente en el Foro de Tesorería de la AEEF, Madrid, 2023 y 2024
- «La función financiera ante la CSRD», Expansión, tribuna de opinión, 2024
# VIII. REFERENCIAS
R D. Jon Arrieta Goikoetxea|Consejero delegado, Aceros del Nervión, S.A. · referencias a petición del interesado
R Dña. Marta Ruiz de Azúa|Presidenta de la comisión de auditoría, Grupo Eólico Cantábrico
'''))

R.append(dict(file='p21_es_titulo3.docx', lang='es', name='Andrés Eduardo Quintero Paredes',
  tagline='Ingeniero de Petróleo · Yacimientos y simulación',
  contact='Madrid · 611 550 163 · andres.quintero@example.com',
  cfg=dict(layout='titulo3', font='Calibri', sz=10.5, hc=(90, 60, 20), org='c', oc=(90, 60, 20)), body='''
# Extracto
P Ingeniero de petróleo venezolano con doce años en caracterización y simulación de yacimientos, residente en Madrid desde 2022 y orientado ahora a almacenamiento geológico de CO₂ y geotermia.
# Experiencia laboral
J Ingeniero de Yacimientos Sénior|2022 – actualidad|Consultora Subsuelo Ibérico, Madrid
- Modelos dinámicos para proyectos de almacenamiento de CO₂ en acuíferos salinos
J Ingeniero de Simulación|2012 – 2021|PDVSA, Distrito Maturín
- Simulación numérica de campos maduros; planes de recuperación secundaria
# Formación académica
D Máster en Geología y Geofísica de Reservorios|2016|Universidad Central de Venezuela
D Ingeniería de Petróleo|2006 – 2011|Universidad de Oriente, Núcleo Monagas
# Acreditaciones
- Título homologado por el Ministerio de Universidades (2023)
- Colegiado en el Colegio Oficial de Ingenieros de Minas del Centro
# Conocimientos técnicos
P Eclipse, Petrel, CMG-GEM, Python, MS Project
# Publicaciones técnicas
- Quintero, A. (2019). History matching en yacimientos de crudo pesado. SPE Latin American Conference.
# Idiomas
P Español (nativo), inglés (C1)
# Situación administrativa
P Residencia de larga duración UE y permiso de trabajo por cuenta ajena
'''))

R.append(dict(file='p22_es_doble.docx', lang='es', name='Martina Echeverría',
  tagline='Sommelier y bartender',
  contact='Mendoza, Argentina · +54 9 261 555 0128 · martina.echeverria@example.com.ar',
  cfg=dict(layout='doble', font='Garamond', sz=11, hc=(120, 30, 50), org='i'), body='''
# Presentación
P Sommelier con ocho años en bodegas y restaurantes de Mendoza. Diseño cartas de vino, capacito equipos de sala y conduzco degustaciones en español e inglés.
# Experiencia gastronómica
J Sommelier jefa|2021 – actualidad|Restaurante Malbec & Fuego, Chacras de Coria
- Carta de 320 etiquetas; ventas de vino por cubierto +18 %
J Guía de degustaciones|2018 – 2021|Bodega Lagarde, Luján de Cuyo
J Bartender|2016 – 2018|Hotel Diplomatic, Mendoza
# Estudios cursados
D Sommelier profesional|2015 – 2017|Escuela Argentina de Sommeliers, sede Mendoza
D Bachiller en Turismo|2014|Colegio Universitario Central, Mendoza
# Cursos y certificaciones
- WSET Level 3 Award in Wines (2022)
- Manipulación de alimentos (2024)
# Habilidades
P Maridaje, coctelería de autor, control de bodega, armado de cartas
# Idiomas
P Español (nativo), inglés (avanzado), portugués (intermedio)
# Distinciones
- Mejor Sommelier de Mendoza, Asociación Argentina de Sommeliers (2023)
# Referencias laborales
R Sr. Ricardo Pescarmona|Propietario, Malbec & Fuego · +54 261 555 0100
'''))

R.append(dict(file='p23_es_mixto.docx', lang='es', name='Paula Montesinos Gil',
  tagline='Marketing digital y contenidos',
  cfg=dict(layout='mixto', font='Arial', sz=9.5, hc=(230, 90, 40), org='c', oc=(230, 90, 40), m=15), body='''
# Quién soy
P Publicista junior con dos años gestionando redes sociales y campañas de pago para pymes de Zaragoza. Me encantan los datos y contar historias con ellos.
# Dónde he trabajado
J Community manager|2024 – hoy|Agencia Cierzo Digital, Zaragoza
- Gestión de ocho cuentas de clientes; calendario editorial y reporting mensual
- Campañas en Meta Ads con ROAS medio de 4,1
J Becaria de marketing|2023|Bodegas Aragonesas, Fuendejalón
# Formación
D Grado en Publicidad y Relaciones Públicas|2019 – 2023|Universidad San Jorge, Villanueva de Gállego
# Proyectos personales
S Podcast «Mañanas de cierzo»
P 35 episodios sobre emprendimiento local; 2.000 escuchas al mes
''', side='''
# CONTACTO
P Zaragoza
P 622 550 141
P paula.montesinos@example.es
# HERRAMIENTAS
P Meta Business Suite, Google Ads, GA4, Canva, Metricool
# IDIOMAS
P Inglés C1
P Francés B1
# CURSOS ONLINE
P Google Ads Search (2024)
P Analítica web con GA4 (2024)
# ME GUSTA
P Fotografía analógica, pádel, conciertos
'''))


def main(out):
    os.makedirs(out, exist_ok=True)
    for d in R:
        path = os.path.join(out, d['file'])
        (make_pdf if d['file'].endswith('.pdf') else make_docx)(d, path)


if __name__ == '__main__':
    main(sys.argv[1])
