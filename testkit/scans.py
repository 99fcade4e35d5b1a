"""Image-only scans made from PDFs with a text layer, for the OCR tests and bench/ocr.py.

``scan_pdf`` does what a office scanner does to a printed resume: every page rendered at
150 dpi in grey, turned by about a degree, and wrapped back into a PDF holding only the
images (no text layer). The source's own text layer is the truth OCR is measured against.
"""

from __future__ import annotations

import io
import time
from collections import Counter

import pypdfium2
from PIL import Image, ImageDraw

SCAN_DPI = 150
SCAN_ANGLE = 1.0  # degrees, counter-clockwise: a sheet laid slightly askew


def scan_page_images(
    pdf: bytes, dpi: int = SCAN_DPI, angle: float = SCAN_ANGLE
) -> list[Image.Image]:
    """Each page as a grey, slightly rotated image of ``dpi``."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                grey = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            finally:
                page.close()
            images.append(grey.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255))
        return images
    finally:
        document.close()


_FIXED_DATE = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0))


def images_to_pdf(images: list[Image.Image], dpi: int = SCAN_DPI) -> bytes:
    """A PDF of one page per image, each page the image's size at ``dpi``; the same images
    give the same bytes (Pillow would stamp the current time as the creation date)."""
    buffer = io.BytesIO()
    first, *rest = images
    first.save(
        buffer,
        format="PDF",
        save_all=True,
        append_images=rest,
        resolution=float(dpi),
        creationDate=_FIXED_DATE,
        modDate=_FIXED_DATE,
    )
    return buffer.getvalue()


def scan_pdf(pdf: bytes, dpi: int = SCAN_DPI, angle: float = SCAN_ANGLE) -> bytes:
    """``pdf`` as an image-only scan: grey, ``dpi``, rotated by ``angle`` degrees."""
    return images_to_pdf(scan_page_images(pdf, dpi, angle), dpi)


def unreadable_scan_pdf(dpi: int = SCAN_DPI) -> bytes:
    """A one-page scan with nothing to read: an A4 sheet of grey shading and blobs (a
    photo), no letters; OCR must give up on it with a reason."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    sheet = Image.linear_gradient("L").resize((width, height))
    draw = ImageDraw.Draw(sheet)
    for k in range(6):
        box = (100 + 120 * k, 200 + 180 * k, 400 + 120 * k, 420 + 180 * k)
        draw.ellipse(box, fill=40 * k)
    return images_to_pdf([sheet], dpi)


def words(text: str) -> Counter[str]:
    """Casefolded words, letters, digits and @+#& only: OCR's quotes, dashes and bullets are
    not what word recall measures."""
    out: Counter[str] = Counter()
    for raw in text.split():
        word = "".join(ch for ch in raw.casefold() if ch.isalnum() or ch in "@+#&")
        if word:
            out[word] += 1
    return out


def word_recall(truth: str, found: str) -> tuple[int, int]:
    """(words of ``truth`` also in ``found``, counted with multiplicity; words of truth)."""
    want, got = words(truth), words(found)
    return sum(min(n, got[w]) for w, n in want.items()), sum(want.values())


def text_layer(pdf: bytes) -> list[str]:
    """Each page's raw text layer (pypdfium2): the truth OCR is measured against."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                texts.append(textpage.get_text_range())
            finally:
                textpage.close()
                page.close()
        return texts
    finally:
        document.close()


def mixed_pdf(text_pdf: bytes, scanned_pages: set[int]) -> bytes:
    """``text_pdf`` with the pages numbered in ``scanned_pages`` (from 1) replaced by their
    scans: a PDF whose other pages keep their text layer."""
    scan = pypdfium2.PdfDocument(scan_pdf(text_pdf))
    source = pypdfium2.PdfDocument(text_pdf)
    out = pypdfium2.PdfDocument.new()
    try:
        for index in range(len(source)):
            origin = scan if index + 1 in scanned_pages else source
            out.import_pages(origin, [index], index)
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
        source.close()
        scan.close()


def join_pdfs(pdfs: list[bytes]) -> bytes:
    """The pages of ``pdfs``, one after another, as one PDF (a long scan made of short ones)."""
    import io

    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    try:
        for data in pdfs:
            source = pypdfium2.PdfDocument(data)
            try:
                out.import_pages(source, index=len(out))
            finally:
                source.close()
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
