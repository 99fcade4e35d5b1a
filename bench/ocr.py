"""Which OCR engine reads scanned resumes: word recall, time and memory per page.

    .venv/bin/python bench/ocr.py [--engines tesseract,rapidocr] [--limit N]

Scans are made from the text PDFs of the shared corpus (``../shared/corpus`` or
``$RESUME_CORPUS``, read in place) and ``examples/`` by ``testkit.scans.scan_pdf``: every
page rendered at 150 dpi in grey, turned 1 degree, wrapped back into an image-only PDF.
Each engine reads the page image production gives it (the scan rendered in grey at
``ocr.OCR_DPI``), in a fresh process per page; its peak memory is that process's own
(VmHWM) or the engine's (Tesseract, its child), whichever is larger:

- **tesseract**: what the pipeline runs (``pipelines.extraction.ocr.read_words``: the
  ``tesseract`` binary, ``OCR_LANGUAGES`` eng+deu+fra+spa, one thread, TSV), start-up
  included (every page is one run of the binary); ``tesseract:LANGS`` the same with
  another language list (eng+spa+fra+deu, eng alone);
- **rapidocr**: rapidocr-onnxruntime 1.4.4 (models inside its wheel; ``pip install
  -e '.[bench]'``), models loaded before the clock starts (a fork server would keep them).

Word recall: the truth is the source PDF's text layer as the pipeline reads it (its visible
text: icon-font glyphs, hidden text and link targets, which no scan shows, left out); words
casefolded, letters and digits only (``testkit.scans.word_recall``), pooled over all words.
The end-to-end line also gives recall against the raw text layer (pypdfium2's, as
``bench/extract.py``).
Non-Latin files (the Chinese resume: no Chinese data is installed) are left out; generated
German, Spanish and French resumes (``testkit.resume_factory``) are added. The engine
chosen: among the candidates that read all four languages (English alone is a reference)
and reach 0.95, the best recall, then the fastest.

Then the pipeline as production runs it (``extract_document``: the sandbox, layout, page
images and all; its fork server warmed first) reads the scans with each ``--parallel``
setting (``EXTRACT_OCR_PARALLEL_PAGES``; 0 is the default, one page per available CPU):
each scan as its own file (a 1-page scan cannot gain from parallel pages), then all of them
as one long scan (every page in one file: what parallel pages are for). Each line gives the
wall time per page, the recall of the final text and the load average when it ended. The
corpus's own image-only scan is read last. The last lines give the long scan's time per page
at the last setting, the word recall, the target (``TARGET_MS``), the time a page would take
if its CPU time were spread over the CPUs it may use with nothing else running (an estimate:
OCR keeps that many Tesseracts busy nearly all the time), and the load average at the start
and the end: the machine is shared, so give the load with the figure. CPU time is the
sandboxed children's and their Tesseracts' (read from the fork servers' reaped children).

    .venv/bin/python bench/ocr.py --engines "" --parallel 1,0   # the pipeline part alone
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extraction.document import ExtractionError  # noqa: E402
from pipelines.extraction.parse import extract_in_process  # noqa: E402
from testkit.corpus import CORPUS_DIR as CORPUS  # noqa: E402
from testkit.scans import join_pdfs, scan_pdf, text_layer, word_recall  # noqa: E402

# "tesseract:LANGS" runs Tesseract with another language list than production's.
ENGINES = ("tesseract", "tesseract:eng+spa+fra+deu", "tesseract:eng", "rapidocr")
REFERENCE_ONLY = ("tesseract:eng",)
RECALL_FLOOR = 0.95
LATIN = ("en", "de", "fr", "es")
# Issue 23: a scanned page at most this long end to end on the 2-core build machine.
TARGET_MS = 1500
# The pipeline's page budget here (production's is EXTRACT_OCR_PAGE_SECONDS, 20 s): on a
# machine other jobs load, a page may wait for a core longer than production would allow,
# and the bench measures the time it takes rather than failing.
BENCH_PAGE_SECONDS = 300.0


def visible_text(data: bytes) -> list[str]:
    """Each page's text as the pipeline reads the source PDF: its text layer without what a
    reader cannot see (icon-font glyphs, hidden text, link targets)."""
    doc = extract_in_process(data)
    return [
        "\n".join(doc.text[ln.start : ln.end] for ln in doc.lines if ln.page == page)
        for page in range(1, doc.layout.page_count + 1)
    ]


def sources() -> list[tuple[str, bytes]]:
    """(name, PDF) of the text PDFs in a language OCR is set up for: examples/, the
    corpus, and generated resumes in German, Spanish and French (the corpus is nearly all
    English; accents are where the language data matters)."""
    from testkit.resume_factory import DE, ES, FR, PdfStyle, make_pdf

    found = [(p.name, p.read_bytes()) for p in sorted((ROOT / "examples").glob("*.pdf"))]
    labels = CORPUS / "labels.json"
    if labels.exists():
        for entry in json.loads(labels.read_text()):
            name = entry["file"]
            latin = entry.get("language", "en") in LATIN
            if name.endswith(".pdf") and entry.get("has_text_layer", True) and latin:
                found.append((name, (CORPUS / name).read_bytes()))
    for label, sections in (("de", DE), ("es", ES), ("fr", FR)):
        found.append((f"generated_{label}.pdf", make_pdf(sections, PdfStyle())))
    return found


# ----------------------------------------------------------------------------- one page


def _read_page(engine: str, image_path: str) -> None:
    """Child mode: OCR one PNG with one engine; print the text and the engine's ms."""
    image = Path(image_path).read_bytes()
    if engine.startswith("tesseract"):
        from pipelines.extraction.ocr import OCR_DPI, OCR_LANGUAGES, read_words

        languages = engine.partition(":")[2] or OCR_LANGUAGES
        started = time.perf_counter()
        text = " ".join(w.text for w in read_words(image, 1, 120.0, OCR_DPI, languages))
    else:
        import io

        import numpy
        from PIL import Image
        from rapidocr_onnxruntime import RapidOCR

        reader = RapidOCR()
        pixels = numpy.array(Image.open(io.BytesIO(image)).convert("RGB"))
        started = time.perf_counter()
        result, _ = reader(pixels)
        text = " ".join(row[1] for row in result or ())
    ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"text": text, "ms": ms, "peak_mb": _peak_mb()}))


def _peak_mb() -> float:
    """Peak RSS of this process's own memory (VmHWM: not the forking parent's, which
    ru_maxrss counts) or of the engine it ran (Tesseract, a child), whichever is larger."""
    with open("/proc/self/status") as fh:
        own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    engine = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, engine) / 1024


def run_page(engine: str, image: bytes) -> tuple[str, float, float]:
    """(text, ms, peak MB of the process and its children) of one page in a fresh process."""
    with tempfile.NamedTemporaryFile(suffix=".png") as fh:
        fh.write(image)
        fh.flush()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--page", engine, fh.name],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
        out, _ = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{engine} failed on a page (exit {proc.returncode})")
    answer = json.loads(out)
    return answer["text"], answer["ms"], answer["peak_mb"]


@dataclass
class Tally:
    found: int = 0
    total: int = 0
    ms: list[float] = field(default_factory=list)
    peak_mb: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0


def page_images(scan: bytes) -> list[bytes]:
    """What production hands the engine: each scanned page in grey at OCR_DPI, as PNG."""
    import pypdfium2

    from pipelines.extraction.ocr import render_for_ocr

    pdf = pypdfium2.PdfDocument(scan)
    try:
        return [render_for_ocr(pdf[i])[0] for i in range(len(pdf))]
    finally:
        pdf.close()


def bench_engines(files: list[tuple[str, bytes]], engines: list[str]) -> dict[str, Tally]:
    tallies = {engine: Tally() for engine in engines}
    print(f"{'file':<40} {'page':>4} " + " ".join(f"{e[:26]:>26}" for e in engines))
    for name, data in files:
        truths = visible_text(data)
        for n, image in enumerate(page_images(scan_pdf(data)), start=1):
            if not truths[n - 1].split():
                continue
            cells = []
            for engine in engines:
                text, ms, peak = run_page(engine, image)
                got, total = word_recall(truths[n - 1], text)
                tally = tallies[engine]
                tally.found, tally.total = tally.found + got, tally.total + total
                tally.ms.append(ms)
                tally.peak_mb = max(tally.peak_mb, peak)
                cells.append(f"{got / total:>12.3f} {ms:>7.0f}ms {peak:>4.0f}MB")
            print(f"{name[:40]:<40} {n:>4} " + " ".join(cells))
    return tallies


@dataclass
class Run:
    """The pipeline on some scans at one parallel setting."""

    pages: int = 0
    seconds: float = 0.0
    visible: list[int] = field(default_factory=lambda: [0, 0])  # found, total
    raw: list[int] = field(default_factory=lambda: [0, 0])
    load: float = 0.0  # 1-minute load average when the run ended
    cpu_seconds: float = 0.0  # the sandboxed children's and their Tesseracts' CPU time

    @property
    def ms_per_page(self) -> float:
        return self.seconds * 1000 / max(self.pages, 1)

    @property
    def recall(self) -> float:
        return self.visible[0] / max(self.visible[1], 1)

    @property
    def cpu_ms_per_page(self) -> float:
        return self.cpu_seconds * 1000 / max(self.pages, 1)

    def line(self, what: str, setting: int) -> str:
        return (
            f"{what}, {pages_at_once(setting)}: {self.ms_per_page:.0f} ms/page over "
            f"{self.pages} pages; word recall {self.recall:.3f} of the visible text "
            f"({self.raw[0] / max(self.raw[1], 1):.3f} of the raw text layer); "
            f"CPU {self.cpu_ms_per_page:.0f} ms/page; load {self.load:.1f}"
        )


def pages_at_once(setting: int) -> str:
    from pipelines.extraction.ocr import parallel_pages

    n = parallel_pages(setting)
    return f"{n} page{'s' * (n > 1)} at once" + (" (the default)" if setting == 0 else "")


def read_scans(scans: list[tuple[bytes, str, str]], setting: int) -> Run:
    """extract_document on each (scan, visible truth, raw truth), timed."""
    from pipelines.extraction.document import ExtractionLimits
    from pipelines.extraction.sandbox import extract_document

    run = Run()
    limits = ExtractionLimits(ocr_parallel_pages=setting, ocr_page_seconds=BENCH_PAGE_SECONDS)
    for scan, visible, raw in scans:
        cpu = _server_children_cpu()
        started = time.perf_counter()
        doc = extract_document(scan, limits)
        run.seconds += time.perf_counter() - started
        run.cpu_seconds += _server_children_cpu() - cpu
        run.pages += doc.layout.page_count
        for tally, truth in ((run.visible, visible), (run.raw, raw)):
            found, total = word_recall(truth, doc.text)
            tally[0], tally[1] = tally[0] + found, tally[1] + total
    run.load = os.getloadavg()[0]
    return run


def _server_children_cpu() -> float:
    """CPU seconds of what this process's fork servers reaped: the sandboxed children, and
    with each the Tesseracts it reaped (a running job is not counted until it ends)."""
    from pipelines.extraction import protocol

    me, total = str(os.getpid()), 0
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            serves = protocol.SERVE_FLAG.encode() in Path(f"/proc/{entry}/cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if stat[1] == me and serves:
            total += int(stat[13]) + int(stat[14])  # cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


def end_to_end(files: list[tuple[str, bytes]], settings: list[int]) -> Run | None:
    """The pipeline on each scan, then on one long scan of them all, for each setting; the
    long scan's run at the last setting."""
    from pipelines.extraction.sandbox import warm_up

    warm_up()
    scans = [
        (scan_pdf(data), "\n".join(visible_text(data)), " ".join(text_layer(data)))
        for _, data in files
    ]
    long_scan = (
        join_pdfs([scan for scan, _, _ in scans]),
        "\n".join(visible for _, visible, _ in scans),
        " ".join(raw for _, _, raw in scans),
    )
    last = None
    for setting in settings:
        print(read_scans(scans, setting).line("end to end, one file at a time", setting))
    for setting in settings:
        last = read_scans([long_scan], setting)
        print(last.line(f"end to end, one {last.pages}-page scan", setting))
    for path in sorted(CORPUS.glob("derived_scan_*.pdf")):
        try:
            doc = extract_in_process(path.read_bytes())
            print(f"{path.name}: read, OCR'd pages {list(doc.ocr_pages)}, {doc.word_count} words")
        except ExtractionError as exc:
            print(f"{path.name}: FAILED {exc.code}: {exc.reason}")
    return last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--limit", type=int, default=0, help="at most N source files")
    parser.add_argument(
        "--parallel",
        default="1,0",
        help="EXTRACT_OCR_PARALLEL_PAGES settings the pipeline runs with (0: one per CPU)",
    )
    parser.add_argument("--page", nargs=2, metavar=("ENGINE", "PNG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page:
        _read_page(*args.page)
        return 0
    load_before = os.getloadavg()[0]
    files = sources()[: args.limit or None]
    engines = [e for e in args.engines.split(",") if e]
    if "rapidocr" in engines and importlib.util.find_spec("rapidocr_onnxruntime") is None:
        print("rapidocr: not installed, left out (pip install -e '.[bench]')")
        engines.remove("rapidocr")
    chosen = compare_engines(files, engines) if engines else None
    settings = [int(v) for v in args.parallel.split(",") if v.strip()]
    run = end_to_end(files, settings)
    if chosen:
        print(chosen)
    if run is not None:
        from pipelines.extraction.ocr import available_cpus, parallel_pages

        verdict = "met" if run.ms_per_page <= TARGET_MS else "NOT met"
        print(f"per page: {run.ms_per_page:.0f} ms end to end (one {run.pages}-page scan, "
              f"{pages_at_once(settings[-1])}; CPU {run.cpu_ms_per_page:.0f} ms/page), word "
              f"recall {run.recall:.3f}; target <= {TARGET_MS} ms/page: {verdict}")  # fmt: skip
        cpus = min(available_cpus(), parallel_pages(settings[-1]))
        print(f"ceiling (an estimate, not a measurement): {run.cpu_ms_per_page:.0f} ms of CPU "
              f"a page over {cpus} CPUs is {run.cpu_ms_per_page / cpus:.0f} ms/page on a "
              "machine running nothing else")  # fmt: skip
        print(f"load average (1 min): {load_before:.1f} at the start, {run.load:.1f} at the end, "
              f"on {available_cpus()} CPUs (the bench's own Tesseracts count in it)")  # fmt: skip
    return 0


def compare_engines(files: list[tuple[str, bytes]], engines: list[str]) -> str:
    """The engines' table; the line naming the engine chosen."""
    tallies = bench_engines(files, engines)
    header = f"{'engine':<26} {'recall':>7} {'ms/page':>8} {'peak MB/page':>13}"
    print(f"\n{header}  ({len(files)} files)")
    for engine, tally in tallies.items():
        mean_ms = sum(tally.ms) / max(len(tally.ms), 1)
        print(f"{engine:<26} {tally.recall:>7.3f} {mean_ms:>8.0f} {tally.peak_mb:>13.0f}")
    # English alone cannot read the German, French and Spanish letters: a reference only.
    candidates = [e for e in tallies if e not in REFERENCE_ONLY] or list(tallies)
    good = [e for e in candidates if tallies[e].recall >= RECALL_FLOOR] or candidates
    # The best recall (to 0.001), then the fastest.
    chosen = min(
        good, key=lambda e: (-round(tallies[e].recall, 3), statistics.fmean(tallies[e].ms))
    )
    t = tallies[chosen]
    mean_ms = sum(t.ms) / max(len(t.ms), 1)
    return (
        f"chosen: {chosen} (word recall {t.recall:.3f}, {mean_ms:.0f} ms/page, "
        f"peak {t.peak_mb:.0f} MB/page)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
