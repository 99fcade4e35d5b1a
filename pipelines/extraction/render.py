"""Page images of a PDF, rendered inside the sandbox child (pypdfium2, encoded by Pillow).

One image per page at ``ExtractionLimits.page_image_dpi`` (a page larger than
``PAGE_IMAGE_MAX_PX`` on its longest side at that resolution is scaled down to it, so a
hostile MediaBox cannot ask for a gigapixel bitmap). A page that cannot be rendered, or
whose image is too large, or that comes after the rendering budget ran out, has no image:
``render_pages`` says why instead, and never raises.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

PAGE_IMAGE_MIME = "image/webp"
PAGE_IMAGE_FORMAT = "WEBP"
PAGE_IMAGE_QUALITY = 80
PAGE_IMAGE_METHOD = 2  # libwebp effort 0-6: 2 is ~2x faster than the default for ~2% more
PAGE_IMAGE_MAX_PX = 1600  # longest side; A4/Letter at 110 dpi are ~1290 px tall
PAGE_IMAGE_MAX_BYTES = 1_500_000  # a photo-heavy page is ~300 kB; beyond this it is dropped


def render_pages(
    data: bytes, pages: int, dpi: int, within_budget: Callable[[], bool]
) -> Iterator[bytes | str]:
    """For each of the first ``pages`` pages: its encoded image, or why it has none.

    ``within_budget`` is asked before each page; once it says no, the remaining pages get
    no image (the parse already used most of the time or CPU the file may have).
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pdfium may refuse what the parser read
        for _ in range(pages):
            yield f"the renderer cannot open the file: {exc}"
        return
    try:
        for index in range(pages):
            if not within_budget():
                yield "the time for page images was used up"
            elif index >= len(pdf):
                yield "the renderer found fewer pages"
            else:
                yield render_page(pdf, index, dpi)
    finally:
        pdf.close()


def render_page(pdf: Any, index: int, dpi: int) -> bytes | str:
    """One page of an open ``pypdfium2.PdfDocument``: the encoded image or why not."""
    try:
        page = pdf[index]
        try:
            width, height = page.get_size()
            scale = min(dpi / 72, PAGE_IMAGE_MAX_PX / max(width, height, 1.0))
            image = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
        buf = io.BytesIO()
        image.save(buf, PAGE_IMAGE_FORMAT, quality=PAGE_IMAGE_QUALITY, method=PAGE_IMAGE_METHOD)
    except Exception as exc:  # MemoryError included: one page, not the file
        return f"page {index + 1} could not be rendered: {type(exc).__name__}: {exc}"
    if buf.tell() > PAGE_IMAGE_MAX_BYTES:
        return f"page {index + 1}'s image is too large ({buf.tell()} bytes)"
    return buf.getvalue()
