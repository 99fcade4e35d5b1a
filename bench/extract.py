"""Extraction benchmark, per PDF engine: milliseconds per page, against a floor; peak memory
of one parse; word recall.

Run: ``.venv/bin/python bench/extract.py [--repeat N] [--engine pdfium|pdfplumber]``

Files: the PDFs in ``examples/`` and in ``../shared/corpus`` (or $RESUME_CORPUS) when
present, read in place. For each engine (``ExtractionLimits.pdf_engine``) and file, the
fastest of N runs (default 5, after one warm-up run; other load on the machine only ever
adds time, so the minimum is the figure least disturbed by it) of:

  sandbox   extract_document (fork server + rlimits, no page images) + split_sections
  inproc    extract_in_process (no sandbox) + split_sections
  floor     pypdfium2: open + page.get_textpage().get_text_range() for every page

and, once per file:

  RSS       the peak resident set of a process forked from this one (both engines already
            imported, like the sandbox's fork server) that runs one in-process parse +
            split (``ru_maxrss`` of the child); the largest over the files is reported.
  recall    word recall: the words of pypdfium2's raw ``get_text_range()`` of every page
            (whitespace-split, each put through ``normalize_line``, empties dropped) as a
            multiset, and the share of them found in the extracted text's words (multiset
            intersection). Words the engine left out as hidden text count as missed; a
            raw word that pdfium splits differently (a hyphenated line end, ActualText)
            is missed by every engine alike.

Files an engine refuses are listed and left out of its totals; files read by OCR (scans)
are pooled apart from the text PDFs (their time is Tesseract's, ``bench/ocr.py``). Totals
are pooled: sum of per-file times / sum of pages; recall pooled over words.
The table at the end has one row per engine: ms/page in the sandbox and in process, the
floor, both over the floor (xfloor: sandbox / floor; inproc/floor), peak RSS and word
recall. The sandbox adds a fixed cost per file (fork, isolation, the answer through a pipe)
that weighs most on one-page files.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from pipelines.extraction import (
    ExtractionError,
    ExtractionLimits,
    extract_document,
    extract_in_process,
)
from pipelines.extraction.document import PDF_ENGINES
from pipelines.extraction.normalize import normalize_line
from pipelines.sections import split_sections
from testkit.corpus import CORPUS_DIR as CORPUS

ROOT = Path(__file__).resolve().parents[1]


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


def raw_words(data: bytes) -> Counter[str]:
    """The reference of word recall: pypdfium2's raw text of every page."""
    pdf = pdfium.PdfDocument(data)
    words: Counter[str] = Counter()
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            for word in textpage.get_text_range().split():
                clean = normalize_line(word)
                if clean:
                    words.update(clean.split())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return words


def fastest_ms(fn: Callable[[bytes], object], data: bytes, repeat: int) -> float:
    fn(data)  # warm-up (also starts the fork server on the first file)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(data)
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def peak_rss_mb(fn: Callable[[bytes], object], data: bytes) -> float:
    """Peak RSS (MB) of a forked child that runs ``fn(data)`` once."""
    pid = os.fork()
    if pid == 0:  # the child: parse, and leave without running the parent's cleanup
        code = 0
        try:
            fn(data)
        except BaseException:  # a refusal is a result here too
            code = 1
        os._exit(code)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024  # kB on Linux


@dataclass
class Totals:
    pages: int = 0
    ms: dict[str, float] = field(default_factory=lambda: {"sandbox": 0.0, "inproc": 0.0})
    floor: float = 0.0
    rss: float = 0.0
    found: int = 0
    words: int = 0
    refused: list[str] = field(default_factory=list)


def bench_file(path: Path, engine: str, repeat: int, groups: dict[str, Totals]) -> None:
    data = path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    pages = len(pdf)
    pdf.close()
    limits = ExtractionLimits(pdf_engine=engine, render_pages=False)
    try:
        doc = extract_in_process(data, limits)
    except ExtractionError as error:
        groups["text"].refused.append(f"{path.name} ({error.code})")
        return
    # A file read by OCR is a scan: its time is Tesseract's (bench/ocr.py), reported apart.
    totals = groups["scan" if doc.layout.scanned_pages else "text"]
    ms = {
        "sandbox": fastest_ms(lambda d: split_sections(extract_document(d, limits)), data, repeat),
        "inproc": fastest_ms(lambda d: split_sections(extract_in_process(d, limits)), data, repeat),
    }
    floor_ms = fastest_ms(floor, data, repeat)
    rss = peak_rss_mb(lambda d: split_sections(extract_in_process(d, limits)), data)
    reference = raw_words(data)
    found = sum((reference & Counter(doc.text.split())).values())
    totals.pages += pages
    totals.floor += floor_ms
    totals.rss = max(totals.rss, rss)
    totals.found += found
    totals.words += sum(reference.values())
    for key, value in ms.items():
        totals.ms[key] += value
    print(
        f"{engine:10} {path.name[:40]:40} {pages:5d} {ms['sandbox'] / pages:8.1f} "
        f"{ms['inproc'] / pages:8.1f} {floor_ms / pages:7.2f} {ms['sandbox'] / floor_ms:6.1f} "
        f"{rss:6.0f} {found / max(1, sum(reference.values())):7.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--engine", choices=PDF_ENGINES, action="append")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    paths = files()
    if not paths:
        print("no PDFs found")
        return 1
    print(
        f"{'engine':10} {'file':40} {'pages':>5} {'sandbox':>8} {'inproc':>8} {'floor':>7} ", end=""
    )
    print(f"{'xfloor':>6} {'RSS MB':>6} {'recall':>7}")
    results: dict[str, dict[str, Totals]] = {}
    for engine in args.engine or PDF_ENGINES:
        groups = results[engine] = {"text": Totals(), "scan": Totals()}
        for path in paths:
            bench_file(path, engine, args.repeat, groups)
        if groups["text"].refused:
            print(f"{engine}: refused, not timed: {', '.join(groups['text'].refused)}")
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nthis process (both engines imported, the fork parent): {baseline:.0f} MB RSS")
    print(
        f"{'engine':10} {'files':6} {'pages':>5} {'sandbox':>8} {'inproc':>8} {'floor':>7} ", end=""
    )
    print(f"{'xfloor':>6} {'inproc/floor':>12} {'RSS MB':>6} {'recall':>7}  (ms/page)")
    for engine, groups in results.items():
        for kind, t in groups.items():
            if not t.pages:
                continue
            sandbox, inproc, fl = (
                t.ms["sandbox"] / t.pages,
                t.ms["inproc"] / t.pages,
                t.floor / t.pages,
            )
            print(
                f"{engine:10} {kind:6} {t.pages:5d} {sandbox:8.1f} {inproc:8.1f} {fl:7.2f} "
                f"{sandbox / fl:6.1f} {inproc / fl:12.1f} {t.rss:6.0f} "
                f"{t.found / max(1, t.words):7.3f}"
            )
    text = results[next(iter(results))]["text"]
    print(
        f"extraction, text PDFs: {text.ms['sandbox'] / max(1, text.pages):.1f} ms/page through "
        f"the sandbox, {text.ms['sandbox'] / max(text.floor, 1e-9):.1f}x the pypdfium2 floor "
        "(target <= 10x); scans are OCR's figure (bench/ocr.py)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
