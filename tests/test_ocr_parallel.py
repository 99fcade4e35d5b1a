"""Scanned pages read in parallel (``ocr.PageReader``, setting EXTRACT_OCR_PARALLEL_PAGES).

Several Tesseracts at once must change nothing but the time: the same words in the same page
order as one at a time, the same budget per page and per file, the same reason when a page
fails (the first failing page in order), never more Tesseracts than allowed, and nothing left
running afterwards. Tesseract must be installed (as for tests/test_ocr.py).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdfium2
import pytest

from core.config import load_settings
from pipelines.extraction import ocr
from pipelines.extraction.document import ExtractedDocument, ExtractionError, ExtractionLimits
from pipelines.extraction.parse import extract_in_process
from pipelines.extraction.sandbox import extract_document
from testkit.resume_factory import CUSTOM, DE, EN, ES, EXTRA_OTHER, FR, PdfStyle, make_pdf
from testkit.scans import join_pdfs, scan_pdf, text_layer, unreadable_scan_pdf, word_recall

PAGE_RECALL_FLOOR = 0.9


@pytest.fixture(scope="module")
def source() -> bytes:
    """Three pages of different text: a two-page resume in four languages, then a page of
    another resume."""
    data = join_pdfs(
        [
            make_pdf(EN + DE + ES + FR + EXTRA_OTHER + CUSTOM, PdfStyle()),
            make_pdf(FR + ES, PdfStyle(), contact=["Ines Varga", "ines.varga@example.org"]),
        ]
    )
    assert len(text_layer(data)) == 3
    return data


@pytest.fixture(scope="module")
def scan(source: bytes) -> bytes:
    return scan_pdf(source)


def _pages(doc: ExtractedDocument) -> list[str]:
    return [
        "\n".join(doc.text[ln.start : ln.end] for ln in doc.lines if ln.page == page)
        for page in range(1, doc.layout.page_count + 1)
    ]


def test_parallel_pages_read_the_same_words_in_the_same_order_as_one_at_a_time(
    source: bytes, scan: bytes
) -> None:
    """In the sandbox, under its limits (memory, processes, seccomp, Landlock)."""
    serial = extract_document(scan, ExtractionLimits(ocr_parallel_pages=1))
    parallel = extract_document(scan, ExtractionLimits(ocr_parallel_pages=2))
    assert serial.ocr_pages == parallel.ocr_pages == (1, 2, 3)
    assert parallel.text == serial.text
    assert [(ln.page, ln.start, ln.end) for ln in parallel.lines] == [
        (ln.page, ln.start, ln.end) for ln in serial.lines
    ]
    # Each page holds its own source page's words (not another page's, not shuffled).
    for truth, read in zip(text_layer(source), _pages(parallel), strict=True):
        found, total = word_recall(truth, read)
        assert found / total >= PAGE_RECALL_FLOOR, (found, total, read[:80])


def test_a_page_past_its_budget_still_fails_the_file_with_the_reason(scan: bytes) -> None:
    limits = ExtractionLimits(ocr_page_seconds=0.05, ocr_parallel_pages=2)
    with pytest.raises(ExtractionError) as caught:
        extract_document(scan, limits)
    assert caught.value.code == "timeout"
    assert "Reading page 1," in caught.value.reason
    assert "0.05 s allowed per page" in caught.value.reason


def _tesseracts_of_this_process() -> list[int]:
    me = str(os.getpid())
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        name, rest = stat.split("(", 1)[1].rsplit(")", 1)
        if name == "tesseract" and rest.split()[1] == me:
            found.append(int(entry))
    return found


@pytest.mark.parametrize(("bad", "reason"), [(1, "Page 1 is"), (2, "Page 2 is")])
def test_the_first_page_in_order_that_fails_gives_the_reason(
    scan: bytes, bad: int, reason: str
) -> None:
    """A page OCR cannot read fails the file with its own reason even when a later page is
    read at the same time, and no Tesseract is left running."""
    unreadable = unreadable_scan_pdf()
    pages = [unreadable, scan] if bad == 1 else [_first_page(scan), unreadable, scan]
    with pytest.raises(ExtractionError) as caught:
        extract_in_process(join_pdfs(list(pages)), ExtractionLimits(ocr_parallel_pages=2))
    assert caught.value.code == "no_text_layer"
    assert caught.value.reason.startswith(reason)
    assert _tesseracts_of_this_process() == []


def _first_page(data: bytes) -> bytes:
    pdf = pypdfium2.PdfDocument(data)
    out = pypdfium2.PdfDocument.new()
    try:
        out.import_pages(pdf, [0])
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
        pdf.close()


def test_no_more_tesseracts_than_allowed_and_each_page_asks_its_own_time(
    scan: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Any] = []
    most = [0]
    start = ocr._start_tesseract

    def counting(page_no: int) -> Any:
        proc = start(page_no)
        started.append(proc)
        most[0] = max(most[0], sum(1 for p in started if p.poll() is None))
        return proc

    asked: list[float] = []
    monkeypatch.setattr(ocr, "_start_tesseract", counting)
    monkeypatch.setattr(ocr.TIME_REQUESTS, "send", asked.append)
    monkeypatch.setattr(ocr.TIME_REQUESTS, "asked", 0.0)
    doc = extract_in_process(scan, ExtractionLimits(ocr_page_seconds=25, ocr_parallel_pages=2))
    assert doc.ocr_pages == (1, 2, 3)
    assert len(started) == 3 and most[0] == 2  # two at once, never three
    assert asked == [25, 25, 25]  # the file's deadline grows exactly as page by page
    assert _tesseracts_of_this_process() == []


def test_without_a_thread_to_spare_pages_are_read_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_thread(*args: Any) -> Any:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(ocr, "_start_thread", no_thread)
    doc = extract_in_process(scan_pdf(make_pdf(EN, PdfStyle())))
    assert doc.ocr_pages == (1,) and doc.word_count > 50


def test_the_setting_reaches_the_reader_and_defaults_to_the_cpus() -> None:
    from pipelines.flow import extraction_limits

    assert ocr.parallel_pages(0) == len(os.sched_getaffinity(0)) >= 1
    assert ocr.parallel_pages(3) == 3
    assert extraction_limits(load_settings({})).ocr_parallel_pages == 0
    settings = load_settings({"EXTRACT_OCR_PARALLEL_PAGES": "3"})
    assert extraction_limits(settings).ocr_parallel_pages == 3


_PEAK_PROBE = """
import resource, sys
from pipelines.extraction.document import ExtractionLimits
from pipelines.extraction.parse import extract_in_process

def peak():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmPeak:"))

scan = open(sys.argv[1], "rb").read()
extract_in_process(open(sys.argv[2], "rb").read())  # the readers loaded
before = peak()
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # as in the sandbox: a limit
doc = extract_in_process(scan, ExtractionLimits(ocr_parallel_pages=3))
print(len(doc.ocr_pages), (peak() - before) // 1024)
"""


def test_waiting_threads_cost_the_address_space_limit_little(scan: bytes, tmp_path: Path) -> None:
    """Under RLIMIT_AS (the sandbox's memory limit) reading three pages at once grows the
    reader's peak address space by what rendering takes (~45 MB measured), not by a malloc
    arena (64 MB) and an 8 MB stack per waiting thread (+258 MB measured without them)."""
    (tmp_path / "scan.pdf").write_bytes(scan)
    (tmp_path / "text.pdf").write_bytes(make_pdf(EN, PdfStyle()))
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_PROBE, str(tmp_path / "scan.pdf"), str(tmp_path / "text.pdf")],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    pages, grown_mb = (int(v) for v in done.stdout.split())
    assert pages == 3
    assert grown_mb < 100, f"the reader's peak address space grew by {grown_mb} MB"
