"""Extraction benchmark: milliseconds per page to extract and split, against a floor.

Run: ``.venv/bin/python bench/extract.py [--repeat N]``

Files: the PDFs in ``examples/`` and in ``../shared/corpus`` (or $RESUME_CORPUS) when
present, read in place. For each file, the median over N runs (default 5, after one
warm-up run) of:

  ours      extract_document (the sandbox: fork server + rlimits) + split_sections
  inproc    extract_in_process (no sandbox) + split_sections
  floor     pypdfium2: open + page.get_textpage().get_text_range() for every page

Files our pipeline refuses (e.g. a scan with no text layer) are listed and left out of the
totals. Totals are pooled: sum of per-file medians / sum of pages. The last line prints the
figures: ours ms/page, floor ms/page and the ratio ours/floor.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from pipelines.extraction import (  # noqa: E402
    ExtractionError,
    extract_document,
    extract_in_process,
)
from pipelines.sections import split_sections  # noqa: E402

CORPUS = Path(os.environ.get("RESUME_CORPUS", ROOT.parent / "shared" / "corpus"))


def files() -> list[Path]:
    found = sorted((ROOT / "examples").glob("*.pdf"))
    if CORPUS.is_dir():
        found += sorted(CORPUS.glob("*.pdf"))
    return found


def floor(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    chars = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return chars


def ours(data: bytes) -> int:
    return len(split_sections(extract_document(data)))


def inproc(data: bytes) -> int:
    return len(split_sections(extract_in_process(data)))


def median_ms(fn, data: bytes, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn(data)  # warm-up (also starts the fork server on the first file)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(data)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    paths = files()
    if not paths:
        print("no PDFs found")
        return 1
    print(f"{'file':42} {'pages':>5} {'ours':>9} {'inproc':>9} {'floor':>9} {'ratio':>6}")
    print(f"{'':42} {'':>5} {'ms/page':>9} {'ms/page':>9} {'ms/page':>9} {'':>6}")
    pages_total = 0
    sums = {"ours": 0.0, "inproc": 0.0, "floor": 0.0}
    refused = []
    for path in paths:
        data = path.read_bytes()
        pdf = pdfium.PdfDocument(data)
        pages = len(pdf)
        pdf.close()
        try:
            extract_in_process(data)
        except ExtractionError as error:
            refused.append(f"{path.name} ({error.code})")
            continue
        ms = {
            "ours": median_ms(ours, data, args.repeat),
            "inproc": median_ms(inproc, data, args.repeat),
            "floor": median_ms(floor, data, args.repeat),
        }
        pages_total += pages
        for key, value in ms.items():
            sums[key] += value
        print(
            f"{path.name[:42]:42} {pages:5d} {ms['ours'] / pages:9.1f} "
            f"{ms['inproc'] / pages:9.1f} {ms['floor'] / pages:9.2f} "
            f"{ms['ours'] / ms['floor']:6.1f}"
        )
    if refused:
        print(f"refused, not timed: {', '.join(refused)}")
    per_page = {key: value / pages_total for key, value in sums.items()}
    print(
        f"{len(paths) - len(refused)} files, {pages_total} pages; sandbox overhead "
        f"{(sums['ours'] - sums['inproc']) / (len(paths) - len(refused)):.1f} ms/file"
    )
    print(
        f"extract+split {per_page['ours']:.1f} ms/page (in-process {per_page['inproc']:.1f}); "
        f"pypdfium2 floor {per_page['floor']:.2f} ms/page; "
        f"ratio {per_page['ours'] / per_page['floor']:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
