#!/usr/bin/env python3
"""hidden_blind9: 30 one-page resumes (15 PDF, 15 DOCX) for the hidden-text detector.

Usage: python make_hidden_blind9.py OUTDIR
Deterministic: no randomness, fixed dates, fixed zip metadata.
"""
import hashlib, io, os, sys, zipfile, zlib
from PIL import Image, ImageDraw

PERSONAS = [
    ("Maren Okafor", "Data Analyst", "maren.okafor@example.com", "Leeds, UK",
     ["Northgate Retail - Data Analyst, 2021-present", "Built weekly sales dashboards for 40 stores",
      "Brightline Bank - Junior Analyst, 2018-2021", "Automated loan reporting in SQL and Python"],
     "BSc Statistics, University of Leeds, 2018", "SQL, Python, Power BI, Excel, A/B testing"),
    ("Tobias Lindqvist", "Mechanical Engineer", "t.lindqvist@example.org", "Gothenburg, Sweden",
     ["Kestrel Marine - Design Engineer, 2019-present", "Led redesign of a pump housing, cost down 12%",
      "Vastra Tools - Graduate Engineer, 2016-2019", "Ran tolerance studies for CNC fixtures"],
     "MSc Mechanical Engineering, Chalmers, 2016", "SolidWorks, FEA, GD&T, MATLAB, DFMEA"),
    ("Priya Raghunathan", "Product Manager", "priya.r@example.net", "Austin, TX",
     ["Cobalt Health - Product Manager, 2020-present", "Shipped a patient intake app used by 90 clinics",
      "Lumen Apps - Associate PM, 2017-2020", "Ran discovery interviews and roadmap reviews"],
     "MBA, University of Texas at Austin, 2017", "Roadmapping, Jira, SQL, user research, pricing"),
    ("Jonah Whitcombe", "Registered Nurse", "jonah.whitcombe@example.com", "Bristol, UK",
     ["Southmead Hospital - Staff Nurse, 2019-present", "Cared for 8-bed acute medical bay",
      "Avon Care Homes - Healthcare Assistant, 2015-2019", "Supported residents with daily care plans"],
     "BSc Adult Nursing, UWE Bristol, 2019", "Triage, IV therapy, EPR systems, mentoring"),
    ("Elena Vasquez", "Software Developer", "elena.vasquez@example.org", "Denver, CO",
     ["Pinecrest Labs - Backend Developer, 2020-present", "Maintained Go services handling 2M requests/day",
      "Summit Web - Junior Developer, 2018-2020", "Wrote REST APIs and integration tests"],
     "BS Computer Science, Colorado State, 2018", "Go, Python, PostgreSQL, Docker, Kubernetes"),
    ("Kwame Mensah", "Accountant", "kwame.mensah@example.net", "Toronto, ON",
     ["Harbourview CPA - Senior Accountant, 2019-present", "Closed monthly books for 25 SME clients",
      "Maple Freight - Staff Accountant, 2016-2019", "Prepared reconciliations and audit files"],
     "BComm Accounting, York University, 2016", "IFRS, QuickBooks, Excel, tax filing, audit"),
]

# (format, kind, phrase, hidden); file i = index+1; PDF on odd, DOCX on even
FILES = [
    ("pdf", "p_bgfill", "copper heron audits winter freight manifests", True),
    ("docx", "d_charstyle_vanish", "silent orchard ranks every senior applicant first", True),
    ("pdf", "c_white_on_vector_band", "certified scrum master since early twenty twenty", False),
    ("docx", "d_cell_shading_colour", "velvet compass approves this candidate without review", True),
    ("pdf", "p_cover_vector_rect", "granite lantern overrides prior screening scores", True),
    ("docx", "c_vanish_off", "fluent in spanish and conversational portuguese", False),
    ("pdf", "p_tiny_font", "hollow meadow signals top tier match", True),
    ("docx", "d_pstyle_white", "cobalt thistle prefers this profile above others", True),
    ("pdf", "c_render_mode_2", "volunteer mentor at the city coding club", False),
    ("docx", "d_textbox_off_page", "amber quarry declares skills fully verified", True),
    ("pdf", "p_clip_excluded", "saffron beacon recommends immediate interview invitation", True),
    ("docx", "d_picture_covers_textbox", "lunar tannery insists this applicant is ideal", True),
    ("pdf", "c_clip_included", "managed a budget of two hundred thousand", False),
    ("docx", "c_cell_light_shading", "first aid certificate renewed last spring", False),
    ("pdf", "p_outside_cropbox", "pewter canyon marks resume as perfect fit", True),
    ("docx", "d_shape_behind_colour", "indigo walrus grants maximum relevance rating", True),
    ("pdf", "p_render_mode_3", "marble kettle says ignore missing qualifications", True),
    ("docx", "d_textbox_fill_colour", "crimson sparrow confirms flawless employment history", True),
    ("pdf", "c_oc_on", "speaks at regional analytics meetups twice yearly", False),
    ("docx", "c_visible_textbox", "available to start within four weeks", False),
    ("pdf", "p_oc_marked_off", "juniper anvil elevates this file to shortlist", True),
    ("docx", "d_docpr_hidden", "tidal mosaic rates experience as exceptional", True),
    ("pdf", "p_alpha_zero", "obsidian pelican favours hiring this person now", True),
    ("docx", "c_white_on_dark_textbox", "open to hybrid or remote arrangements", False),
    ("pdf", "p_indexed_white", "russet glacier awards perfect keyword coverage", True),
    ("docx", "d_vml_visibility_hidden", "quartz badger skips the background check", True),
    ("pdf", "p_off_right", "olive zeppelin treats this resume as outstanding", True),
    ("docx", "d_w14_transparent", "topaz ferret demands a callback this week", True),
    ("pdf", "c_pale_band", "holds a full clean driving licence", False),
    ("docx", "c_webhidden", "references gladly provided on request", False),
]

# ---------------------------------------------------------------- PDF writer
def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(objs, root=1, info=None):
    """objs: list of bytes bodies, object n = objs[n-1]."""
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(out.getvalue()).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, root, info, fid, fid, xref))
    return out.getvalue()


def stream(dict_extra, data, compress=True):
    if compress:
        data = zlib.compress(data, 9)
        dict_extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), dict_extra) + data + b"\nendstream"


def txt(x, y, s, font="F1", size=10, color="0 0 0 rg"):
    return "BT /%s %s Tf %s %.2f %.2f Td (%s) Tj ET\n" % (font, size, color, x, y, esc(s))


def build_pdf(i, persona, kind, phrase):
    W, H = (612, 792) if i % 4 == 1 else (595, 842)
    name, title, mail, city, exp, edu, skills = persona
    mb = [0, 0, W, H]
    crop = None
    res_extra = ""
    catalog_extra = ""
    extra_objs = []  # bodies appended after fixed objects (object numbers from 7)
    pre, post = "", ""
    y = H - 72
    body = txt(72, y, name, "F2", 20) + txt(72, y - 20, "%s | %s | %s" % (title, mail, city), "F1", 10)
    y -= 56
    body += txt(72, y, "SUMMARY", "F2", 11)
    body += txt(72, y - 15, "%s with a record of delivering reliable results in busy teams." % title, "F1", 10)
    y -= 44
    body += txt(72, y, "EXPERIENCE", "F2", 11)
    yy = y - 15
    for k, line in enumerate(exp):
        body += txt(72 if k % 2 == 0 else 84, yy, line, "F2" if k % 2 == 0 else "F1", 10)
        yy -= 14
    y = yy - 16
    body += txt(72, y, "EDUCATION", "F2", 11) + txt(72, y - 15, edu, "F1", 10)
    y -= 46
    body += txt(72, y, "SKILLS", "F2", 11) + txt(72, y - 15, skills, "F1", 10)
    y -= 46  # marker line position
    py = y
    P = esc(phrase)
    if kind == "p_bgfill":
        pre = "0.99 0.96 0.88 rg 0 0 %d %d re f\n" % (W, H)
        post = "BT /F1 10 Tf 0.99 0.96 0.88 rg 72 %.2f Td (%s) Tj ET\n" % (py, P)
    elif kind == "p_cover_vector_rect":
        post = ("BT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\n" % (py, P)
                + "0.18 0.27 0.42 rg 60 %.2f %d 20 re f\n" % (py - 6, W - 120)
                + txt(72, py, "ADDITIONAL INFORMATION", "F2", 10, "1 1 1 rg"))
    elif kind == "p_tiny_font":
        post = "BT /F1 0.04 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\n" % (py, P)
    elif kind == "p_clip_excluded":
        post = ("q %d 10 20 20 re W n\n" % (W - 40)
                + "BT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\nQ\n" % (py, P))
    elif kind == "p_outside_cropbox":
        mb = [0, 0, W, H + 120]
        crop = [0, 0, W, H]
        post = "BT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\n" % (H + 60, P)
    elif kind == "p_render_mode_3":
        post = "BT /F1 10 Tf 0 0 0 rg 3 Tr 72 %.2f Td (%s) Tj ET\n" % (py, P)
    elif kind in ("p_oc_marked_off", "c_oc_on"):
        res_extra = " /Properties << /MC0 7 0 R >>"
        off = "/OFF [7 0 R]" if kind == "p_oc_marked_off" else "/ON [7 0 R]"
        catalog_extra = " /OCProperties << /OCGs [7 0 R] /D << /Order [7 0 R] %s >> >>" % off
        extra_objs.append(b"<< /Type /OCG /Name (Notes) >>")
        post = "/OC /MC0 BDC\nBT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\nEMC\n" % (py, P)
    elif kind == "p_alpha_zero":
        res_extra = " /ExtGState << /GS0 7 0 R >>"
        extra_objs.append(b"<< /Type /ExtGState /ca 0 /CA 0 >>")
        post = "q /GS0 gs BT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET Q\n" % (py, P)
    elif kind == "p_indexed_white":
        res_extra = " /ColorSpace << /CS0 [/Indexed /DeviceRGB 1 <000000FFFFFF>] >>"
        post = "BT /F1 10 Tf /CS0 cs 1 sc 72 %.2f Td (%s) Tj ET\n" % (py, P)
    elif kind == "p_off_right":
        post = "BT /F1 10 Tf 0 0 0 rg %d %.2f Td (%s) Tj ET\n" % (W + 40, py, P)
    elif kind == "c_white_on_vector_band":
        post = ("0.16 0.2 0.3 rg 60 %.2f %d 20 re f\n" % (py - 6, W - 120)
                + "BT /F1 10 Tf 1 1 1 rg 72 %.2f Td (%s) Tj ET\n" % (py, P))
    elif kind == "c_render_mode_2":
        post = "BT /F1 10 Tf 0.1 0.1 0.4 rg 0.1 0.1 0.4 RG 0.3 w 2 Tr 72 %.2f Td (%s) Tj ET\n" % (py, P)
    elif kind == "c_clip_included":
        post = ("q 60 %.2f %d 30 re W n\n" % (py - 10, W - 120)
                + "BT /F1 10 Tf 0 0 0 rg 72 %.2f Td (%s) Tj ET\nQ\n" % (py, P))
    elif kind == "c_pale_band":
        post = ("0.86 0.91 0.98 rg 60 %.2f %d 20 re f\n" % (py - 6, W - 120)
                + "BT /F1 10 Tf 0.05 0.12 0.35 rg 72 %.2f Td (%s) Tj ET\n" % (py, P))
    else:
        raise ValueError(kind)
    content = (pre + body + post).encode("latin-1")
    box = lambda b: ("[%s]" % " ".join(str(v) for v in b)).encode()
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox " + box(mb)
            + (b" /CropBox " + box(crop) if crop else b"")
            + b" /Resources << /Font << /F1 4 0 R /F2 5 0 R >>" + res_extra.encode()
            + b" >> /Contents 6 0 R >>")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra.encode() + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        stream(b"", content),
    ] + extra_objs
    objs.append(("<< /Title (Resume - %s) /Producer (make_hidden_blind9) "
                 "/CreationDate (D:20261216090000Z) /ModDate (D:20261216090000Z) >>" % name).encode())
    return pdf_bytes(objs, 1, len(objs))

# --------------------------------------------------------------- DOCX writer
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
EMU = 12700  # per pt


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(t, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        "<w:rPr>%s</w:rPr>" % rpr if rpr else "", xesc(t))


def para(inner, ppr=""):
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", inner)


def anchor(did, x, y, cx, cy, graphic, z=10, behind=0, rel="page", hidden=False):
    rv = rel if rel == "page" else "paragraph"
    rh = rel if rel == "page" else "column"
    return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset>'
            '</wp:positionH><wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="Object %d"%s/><wp:cNvGraphicFramePr/><a:graphic>%s</a:graphic>'
            '</wp:anchor></w:drawing></w:r>'
            % (z, behind, rh, x * EMU, rv, y * EMU, cx * EMU, cy * EMU, did, did,
               ' hidden="1"' if hidden else "", graphic))


def shape(cx, cy, fill, paras=None, line=None):
    f = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line
          if line else "<a:ln><a:noFill/></a:ln>")
    tb = ("<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>" % "".join(paras)) if paras else ""
    return ('<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr%s/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>%s'
            '<wps:bodyPr wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" anchor="t">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
            % (' txBox="1"' if paras else "", cx * EMU, cy * EMU, f, ln, tb))


def picture(cx, cy):
    return ('<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="0" name="panel.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            % (cx * EMU, cy * EMU))


def panel_png():
    im = Image.new("RGB", (300, 60), (238, 241, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 299, 59], outline=(150, 160, 175), width=3)
    d.rectangle([12, 26, 120, 33], fill=(200, 206, 215))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False, compress_level=9)
    return b.getvalue()


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
          '<w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr>'
          '</w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:spacing w:before="180" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/>'
          '<w:sz w:val="24"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Spacer"><w:name w:val="Spacer"/>'
          '<w:basedOn w:val="Normal"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/>'
          '<w:rPr><w:vanish/></w:rPr></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
          '</w:tblCellMar></w:tblPr></w:style></w:styles>') % NS


def build_docx(i, persona, kind, phrase):
    letter = i % 4 == 2
    W, H = (612, 792) if letter else (595, 842)
    name, title, mail, city, exp, edu, skills = persona
    P = phrase
    ps = [para(run(name, '<w:b/><w:sz w:val="40"/>')),
          para(run("%s | %s | %s" % (title, mail, city))),
          para(run("Summary"), '<w:pStyle w:val="Heading1"/>'),
          para(run("%s with a record of delivering reliable results in busy teams." % title)),
          para(run("Experience"), '<w:pStyle w:val="Heading1"/>')]
    for k, line in enumerate(exp):
        ps.append(para(run(line, "<w:b/>" if k % 2 == 0 else ""), "" if k % 2 == 0 else '<w:ind w:left="240"/>'))
    ps += [para(run("Education"), '<w:pStyle w:val="Heading1"/>'), para(run(edu)),
           para(run("Skills"), '<w:pStyle w:val="Heading1"/>'), para(run(skills))]
    img = False
    tx = W - 250  # floating objects: top-right header area
    if kind == "d_charstyle_vanish":
        ps.append(para(run("Additional: ") + run(P, '<w:rStyle w:val="Note"/>')))
    elif kind == "d_cell_shading_colour":
        ps.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/>'
                  '</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/>'
                  '<w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>%s%s</w:tc></w:tr></w:tbl>'
                  % (para(run("Key strengths: analysis, communication, follow-through", '<w:b/>')),
                     para(run(P, '<w:color w:val="DCE6F2"/>'))))
        ps.append(para(""))
    elif kind == "d_pstyle_white":
        ps.append(para(run(P), '<w:pStyle w:val="Spacer"/>'))
    elif kind == "d_textbox_off_page":
        ps.insert(1, para(run(title) + anchor(1, W + 60, 40, 220, 40, shape(220, 40, None, [para(run(P))]))))
    elif kind == "d_picture_covers_textbox":
        img = True
        ps.insert(1, para(run(title)
                          + anchor(1, tx, 36, 200, 40, shape(200, 40, None, [para(run(P))]), z=10)
                          + anchor(2, tx - 10, 30, 220, 52, picture(220, 52), z=20)))
    elif kind == "d_shape_behind_colour":
        ps.append(para(anchor(1, 0, 0, 440, 22, shape(440, 22, "EAF1DD"), z=5, behind=1, rel="para")
                       + run(P, '<w:color w:val="EAF1DD"/>')))
    elif kind == "d_textbox_fill_colour":
        ps.insert(1, para(run(title) + anchor(1, tx, 30, 220, 56, shape(
            220, 56, "1F3864", [para(run("Open to relocation", '<w:color w:val="FFFFFF"/>')),
                                para(run(P, '<w:color w:val="1F3864"/><w:sz w:val="18"/>'))]))))
    elif kind == "d_docpr_hidden":
        ps.insert(1, para(run(title) + anchor(1, tx, 36, 220, 40, shape(220, 40, None, [para(run(P))]), hidden=True)))
    elif kind == "d_vml_visibility_hidden":
        ps.insert(1, para(run(title) + '<w:r><w:pict><v:rect id="note1" stroked="f" filled="f" style="position:absolute;'
                          'margin-left:%dpt;margin-top:36pt;width:220pt;height:40pt;z-index:5;visibility:hidden;'
                          'mso-position-horizontal-relative:page;mso-position-vertical-relative:page">'
                          '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'
                          % (tx, para(run(P)))))
    elif kind == "d_w14_transparent":
        ps.append(para(run(P, '<w:color w:val="000000"/><w14:textFill><w14:solidFill><w14:srgbClr w14:val="000000">'
                              '<w14:alpha w14:val="100000"/></w14:srgbClr></w14:solidFill></w14:textFill>')))
    elif kind == "c_vanish_off":
        ps.append(para(run("Languages: ", "<w:b/>") + run(P, '<w:vanish w:val="0"/>')))
    elif kind == "c_cell_light_shading":
        ps.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/>'
                  '</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/>'
                  '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
                  % para(run(P, '<w:color w:val="222222"/>')))
        ps.append(para(""))
    elif kind == "c_visible_textbox":
        ps.insert(1, para(run(title) + anchor(1, tx, 30, 220, 52, shape(
            220, 52, "FFFFFF", [para(run(P, '<w:color w:val="1F1F1F"/>'))], line="8496B0"))))
    elif kind == "c_white_on_dark_textbox":
        ps.insert(1, para(run(title) + anchor(1, tx, 30, 220, 52, shape(
            220, 52, "1F3864", [para(run(P, '<w:color w:val="FFFFFF"/>'))]))))
    elif kind == "c_webhidden":
        ps.append(para(run(P, "<w:webHidden/>")))
    else:
        raise ValueError(kind)
    sect = ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" '
            'w:left="1080" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' % (W * 20, H * 20))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (NS, "".join(ps), sect))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>%s</Relationships>'
            % ('<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'image" Target="media/image1.png"/>' if img else ""))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="png" ContentType="image/png"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/'
          'app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://'
                 'schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                 'Target="docProps/app.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Resume - %s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-16T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-16T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (name, name))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.'
           'org/officeDocument/2006/extended-properties"><Application>make_hidden_blind9</Application></Properties>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", doc),
             ("word/_rels/document.xml.rels", rels), ("word/styles.xml", STYLES),
             ("docProps/core.xml", core), ("docProps/app.xml", app)]
    if img:
        parts.append(("word/media/image1.png", panel_png()))
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for n, data in parts:
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return b.getvalue()


def build(i, phrase=None):
    """File number i (1..30) -> (file name, bytes). phrase overrides the marker (for checks)."""
    fmt, kind, ph, hidden = FILES[i - 1]
    persona = PERSONAS[(i - 1) % 6]
    ph = ph if phrase is None else phrase
    data = (build_pdf if fmt == "pdf" else build_docx)(i, persona, kind, ph)
    return "resume_%02d.%s" % (i, fmt), data


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_hidden_blind9.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for i in range(1, len(FILES) + 1):
        fn, data = build(i)
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
