"""The production child with a reader that loads a file lazily, as python-docx did with its
templates: ``python -m testkit.lazy_loading_reader [--serve]``.

Its parse first opens ``LAZY_FILE`` (a file of the install tree, which the production
reader never touches after isolation), then parses as usual. Inside the sandbox that open
is refused (Landlock where the kernel has it; file modes in a clone only root can read),
and the child must say the service failed (``sandbox_unavailable``), not blame the file.
"""

from __future__ import annotations

import sys

import docx

from pipelines.extraction import child, parse
from pipelines.extraction.document import ExtractedDocument, ExtractionLimits

LAZY_MODULE = "testkit.lazy_loading_reader"
LAZY_FILE = f"{docx.__path__[0]}/templates/default-header.xml"
_production_extract = parse.extract_in_process


def _lazily_loading_extract(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    with open(LAZY_FILE, "rb") as template:
        template.read(1)
    return _production_extract(data, limits)


if __name__ == "__main__":
    parse.extract_in_process = _lazily_loading_extract  # type: ignore[assignment]
    sys.exit(child.entry())
