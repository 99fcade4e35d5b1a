"""OCR for PDF pages without a text layer, run inside the sandbox child.

A page the pdfium reader finds no text on, but that images cover most of (a scan), is
rendered in grey at ``OCR_DPI`` and read by Tesseract (Debian's ``tesseract-ocr`` with the
English, German, French and Spanish data): the binary is run as a subprocess with the
image on stdin and its TSV (one row per word: box, confidence, text) on stdout, so it
writes no file, opens no socket and inherits the child's isolation (``nobody``, seccomp,
Landlock, rlimits) with ``OMP_THREAD_LIMIT=1``. Nothing is downloaded: the language data
is the system's. The engine was chosen by ``bench/ocr.py`` (word recall against the text
layer of the corpus PDFs, scanned at 150 dpi, grey, turned 1 degree; time and memory per
page), against rapidocr-onnxruntime.

Tesseract's words become the same ``Glyph``s as a text page's characters (``pdf.page_lines``
then makes the lines, columns and text map exactly as for text): each word's box is
shared out evenly among its characters; every word of one Tesseract line gets the line's
band (its centre, about one em high), so that a scan turned a little still reads as rows;
a round bullet read as "e" or "°" is a bullet again. Boxes are in points on the page as displayed.

Each page has its own wall-clock budget (``ExtractionLimits.ocr_page_seconds``, setting
``EXTRACT_OCR_PAGE_SECONDS``), and asks the sandbox's supervisor for it before it starts
(``TIME_REQUESTS``): the file's deadline is ``EXTRACT_TIMEOUT_S`` plus the budget of each
page read by OCR, so a long scan within ``MAX_PAGES`` is not cut short. A page
past its budget, a page with no legible word, or a missing engine is an ``ExtractionError``
with a sentence saying so, never an empty text.

Pages are read in parallel (``PageReader``): up to ``ExtractionLimits.ocr_parallel_pages``
Tesseracts at once (setting ``EXTRACT_OCR_PARALLEL_PAGES``; by default one per CPU the
reader may run on), each with one thread. pdfium is not thread-safe, so every pdfium call
(the page's rendering) stays on the reader's own thread, page after page; one small thread
per running Tesseract only feeds it its image and waits for its words. A page takes a
Tesseract's place when one is free, so at most that many pages are rendered and held at
once. Its Tesseract is started before the page is rendered: it loads its language data
(about half a second) while pdfium draws. The clock of each page still starts when its
Tesseract does, and each page asks for its own budget, so a scan never gets more time
than read page by page; pages are given back in order, and the first page in order that
fails fails the file with its own reason, as reading them one by one would.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from pipelines.extraction.document import ExtractionError
from pipelines.extraction.pdf import Glyph

OCR_ENGINE = "tesseract"
# Appended to the reader's version when any page was OCR'd ("pdfium-1+tesseract-1").
OCR_VERSION = "tesseract-2"  # 2: no second, inverted reading of unsure words
# Tesseract leans on the first language: English first. The order of the others measured
# the same on the corpus (bench/ocr.py: 0.968 against 0.966 with eng+spa+fra+deu) and
# trades accents between languages on generated pages (French better, Spanish worse).
OCR_LANGUAGES = "eng+deu+fra+spa"
# Tesseract reads best at ~300 dpi; a scan of less is upsampled, which costs little.
OCR_DPI = 300
# The largest image given to Tesseract (an A4 page at 300 dpi is 8.7 Mpx): a huge page is
# read at a lower resolution rather than exhausting the child's memory.
OCR_MAX_PIXELS = 12_000_000
# Tesseract's page segmentation: fully automatic (columns, blocks) without orientation
# detection; a sideways page carries /Rotate, which the rendering applies.
OCR_PSM = "3"
# Tesseract reads an unsure word a second time inverted (light on dark). Off: on the
# development scans (bench/ocr.py's, looked at before) word recall stayed 0.9675 and
# white-on-dark text read the same, at 8 % less CPU a page.
OCR_CONFIG = ("tessedit_do_invert=0",)
# Words Tesseract is less sure of than this (0-100) are noise: specks, lines, photos.
MIN_WORD_CONFIDENCE = 40.0
# A page is read when OCR finds at least this many confident words holding letters or
# digits; fewer is a page it cannot read (a photo, noise, a blank sheet).
MIN_PAGE_WORDS = 3
# A line's band is its tallest word (ascender to descender, ~0.93 em) times this: about one
# em, the height a text page's glyph boxes have, which the layout's paragraph-gap and
# word-gap rules were tuned on.
EM_PER_WORD_HEIGHT = 1.1
# A bullet Tesseract reads as a letter or sign ("•" as "e", "+", "." or "-", "·" as "."):
# a line's first word of one of these, about as wide as high and smaller than the line's
# other words, is a bullet. Tesseract is often unsure of such a mark, so one is kept below
# MIN_WORD_CONFIDENCE until its line shows whether it is a bullet (bullets restored make a
# scan's bullets count as its text PDF's do).
BULLET_LOOKALIKES = frozenset("e°«»©®¢*o•·+.-\u2013\u25aa\u25a0")
BULLET_SHRINK = 0.75
# A line's first word made of rule-like signs (with at most one letter misread beside
# them): the bar or icon a template draws before a heading.
DECORATION = re.compile(r"[A-Za-z]?[=_~|\u2014\u2500]+[A-Za-z]?")
# Tesseract is told to use one thread: the child has one core's worth of budget.
OCR_ENV = {"OMP_THREAD_LIMIT": "1", "LC_ALL": "C"}
# Where the binary is looked for (the child's environment has no PATH of its own).
OCR_SEARCH_PATH = "/usr/bin:/usr/local/bin:/bin"
# The stack of a thread that waits on one Tesseract (it only moves bytes through pipes).
# Under the child's RLIMIT_AS every thread's stack is reserved address space, 8 MB each by
# default: a small one keeps N waiting threads from eating the parse's memory budget.
WAITER_STACK_BYTES = 512 * 1024

_UNAVAILABLE = (
    "Page {page} is a scanned image and this server cannot read scans right now (its OCR "
    "engine is missing or failed); this is not the file's fault, try again later."
)
_TOO_SLOW = (
    "Reading page {page}, a scanned image, by OCR took longer than the {seconds:g} s allowed "
    "per page; upload a PDF exported from Word, Google Docs or similar, or a smaller scan."
)
_UNREADABLE = (
    "Page {page} is a scanned image without selectable text, and OCR found no legible words "
    "on it; upload a clearer scan (upright, at least 150 dpi) or a PDF exported from Word, "
    "Google Docs or similar so the text can be read."
)


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract reads it: pixels from the image's top-left, confidence 0-100."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: tuple[int, int, int]  # (block, paragraph, line) numbers


_LIBC = ctypes.CDLL(None) if sys.platform.startswith("linux") else None


def _die_with_parent() -> None:
    # Tesseract ends with the reader that started it, even one killed outright (its
    # process group is ended too; this covers a reader whose supervisor died first).
    if _LIBC is not None:
        _LIBC.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def tesseract_binary() -> str | None:
    return shutil.which(OCR_ENGINE, path=OCR_SEARCH_PATH)


class TimeRequests:
    """How an OCR page asks for its wall clock: in the sandbox the child sends the asking
    to its supervisor (``protocol.time_request``), which moves the file's deadline; in
    process nothing is asked. ``asked`` is the total so far."""

    def __init__(self) -> None:
        self.send: Callable[[float], None] | None = None
        self.asked = 0.0

    def ask(self, seconds: float) -> None:
        if self.send is not None:
            self.send(seconds)
            self.asked += seconds


TIME_REQUESTS = TimeRequests()


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, which a container or taskset may
    narrow), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def parallel_pages(setting: int) -> int:
    """How many pages OCR reads at once: the setting, or one per available CPU when it is
    0 (unset)."""
    return setting if setting > 0 else available_cpus()


@dataclass
class _PageJob:
    """One page in the hands of its Tesseract: the waiting thread fills in the glyphs or
    the error, then sets ``done``."""

    page_no: int
    scale: float = 1.0
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0  # when its Tesseract started (time.monotonic)
    glyphs: list[Glyph] = field(default_factory=list)
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def result(self) -> list[Glyph]:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.glyphs


class PageReader:
    """Scanned pages read by up to ``parallel`` Tesseracts at once, each page within
    ``seconds`` of its Tesseract's start.

    ``submit`` is called on the thread that owns the pdfium document, page after page: it
    asks for the page's time (``TIME_REQUESTS``), waits for a free Tesseract, starts it,
    renders the page while Tesseract loads its languages, and hands the image to a thread
    that waits for the words. It returns the page's result: a call that waits and gives
    the glyphs, or raises the page's ``ExtractionError``. ``failed`` says a page already
    failed (reading on is useless). Leaving the ``with`` block (``close``) ends every
    Tesseract still running and waits for its thread."""

    def __init__(self, parallel: int, seconds: float) -> None:
        self.parallel = max(1, parallel)
        self.seconds = seconds
        self.failed = False
        self._free = threading.Condition()
        self._running = 0
        self._jobs: list[_PageJob] = []

    def __enter__(self) -> PageReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def submit(self, page: Any, page_no: int) -> Callable[[], list[Glyph]]:
        TIME_REQUESTS.ask(self.seconds)  # the file's deadline follows its scanned pages
        job = _PageJob(page_no)
        self._jobs.append(job)
        with self._free:
            while self._running >= self.parallel:
                self._free.wait()
            self._running += 1
        try:
            job.proc = _start_tesseract(page_no)
            job.started = time.monotonic()
            image, job.scale = render_for_ocr(page)  # pdfium: on this thread only
        except BaseException as exc:
            self._finish(job, exc)
            if not isinstance(exc, ExtractionError):
                raise
            return job.result
        try:
            job.thread = _start_thread(self._wait, job, image)
        except RuntimeError:  # no thread to be had: this page is read here and now
            self._wait(job, image)
        return job.result

    def _wait(self, job: _PageJob, image: bytes) -> None:
        """Feed Tesseract its image and read its words (on the page's own thread)."""
        assert job.proc is not None
        outcome: list[Glyph] | BaseException
        try:
            left = max(0.0, job.started + self.seconds - time.monotonic())
            out, _ = job.proc.communicate(image, timeout=left)
            del image
            words = _tesseract_words(job.proc.returncode, out, job.page_no)
            outcome = _page_glyphs(words, job.page_no, job.scale)
        except subprocess.TimeoutExpired:
            outcome = ExtractionError(
                _TOO_SLOW.format(page=job.page_no, seconds=self.seconds), "timeout"
            )
        except BaseException as exc:  # given to the reader's thread, which raises it
            outcome = exc
        self._finish(job, outcome)

    def _finish(self, job: _PageJob, outcome: list[Glyph] | BaseException) -> None:
        if isinstance(outcome, BaseException):
            if job.proc is not None:
                _end(job.proc)
            job.error, self.failed = outcome, True
        else:
            job.glyphs = outcome
        with self._free:
            self._running -= 1
            self._free.notify_all()
        job.done.set()

    def close(self) -> None:
        for job in self._jobs:
            if not job.done.is_set() and job.proc is not None:
                with contextlib.suppress(OSError):
                    job.proc.kill()  # its thread reaps it and finishes the page
        for job in self._jobs:
            if job.thread is not None:
                job.thread.join()
        self._jobs.clear()


def _start_tesseract(page_no: int, dpi: int = OCR_DPI) -> subprocess.Popen[bytes]:
    """Tesseract reading an image from stdin (its language data loads before it reads
    one). Started on the reader's own thread: PR_SET_PDEATHSIG follows the thread that
    started the process, and this one lives as long as the reader does."""
    binary = tesseract_binary()
    if binary is None:
        raise ExtractionError(_UNAVAILABLE.format(page=page_no), "ocr_unavailable")
    try:
        return subprocess.Popen(
            _command(binary, dpi, OCR_LANGUAGES),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=dict(OCR_ENV),
            cwd=os.getcwd(),
            preexec_fn=_die_with_parent,
        )
    except OSError as exc:
        raise ExtractionError(_UNAVAILABLE.format(page=page_no), "ocr_unavailable") from exc


def _end(proc: subprocess.Popen[bytes]) -> None:
    """Kill a Tesseract if it still runs and reap it (as ``subprocess.run`` does past its
    timeout)."""
    if proc.returncode is not None:
        return  # reaped already
    with contextlib.suppress(OSError, ValueError):
        proc.kill()
        proc.communicate()


def _start_thread(
    target: Callable[[_PageJob, bytes], None], job: _PageJob, image: bytes
) -> threading.Thread:
    _few_malloc_arenas()
    thread = threading.Thread(
        target=target, args=(job, image), name=f"ocr-page-{job.page_no}", daemon=True
    )
    with _STACK_LOCK:
        previous = threading.stack_size(WAITER_STACK_BYTES)
        try:
            thread.start()
        finally:
            threading.stack_size(previous)
    return thread


_STACK_LOCK = threading.Lock()
_ARENAS_CAPPED = False
_M_ARENA_MAX = -8  # glibc's mallopt parameter


def _few_malloc_arenas() -> None:
    """Under an address-space limit (the sandbox's RLIMIT_AS) glibc would give each new
    thread its own malloc arena, 64 MB of address space reserved apiece; the waiting
    threads move a few kilobytes, so they share the main arena instead (M_ARENA_MAX=1)."""
    global _ARENAS_CAPPED
    if _ARENAS_CAPPED or _LIBC is None or not hasattr(_LIBC, "mallopt"):
        return
    if resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY:
        _LIBC.mallopt(_M_ARENA_MAX, 1)
        _ARENAS_CAPPED = True


def _page_glyphs(words: list[OcrWord], page_no: int, scale: float) -> list[Glyph]:
    legible = [w for w in words if any(ch.isalnum() for ch in w.text)]
    if len(legible) < MIN_PAGE_WORDS:
        raise ExtractionError(_UNREADABLE.format(page=page_no), "no_text_layer")
    return words_to_glyphs(words, 72 / (OCR_DPI * scale))


def render_for_ocr(page: Any) -> tuple[bytes, float]:
    """The page in grey as PNG at OCR_DPI (less for a huge page), and the scale used
    relative to OCR_DPI."""
    width, height = page.get_size()
    pixels = width * height * (OCR_DPI / 72) ** 2
    scale = min(1.0, (OCR_MAX_PIXELS / pixels) ** 0.5) if pixels > 0 else 1.0
    bitmap = page.render(scale=OCR_DPI * scale / 72, grayscale=True)
    try:
        grey = bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue(), scale


def read_words(
    image: bytes, page_no: int, seconds: float, dpi: int = OCR_DPI, languages: str = OCR_LANGUAGES
) -> list[OcrWord]:
    """Tesseract's confident words on an encoded image, within ``seconds`` of wall time."""
    binary = tesseract_binary()
    if binary is None:
        raise ExtractionError(_UNAVAILABLE.format(page=page_no), "ocr_unavailable")
    try:
        done = subprocess.run(
            _command(binary, dpi, languages),
            input=image,
            capture_output=True,
            timeout=seconds,
            env=dict(OCR_ENV),
            cwd=os.getcwd(),
            check=False,
            preexec_fn=_die_with_parent,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(_TOO_SLOW.format(page=page_no, seconds=seconds), "timeout") from exc
    except OSError as exc:
        raise ExtractionError(_UNAVAILABLE.format(page=page_no), "ocr_unavailable") from exc
    return _tesseract_words(done.returncode, done.stdout, page_no)


def _command(binary: str, dpi: int, languages: str) -> list[str]:
    config = [part for setting in OCR_CONFIG for part in ("-c", setting)]
    return [
        binary,
        "stdin",
        "stdout",
        "-l",
        languages,
        "--dpi",
        str(dpi),
        "--psm",
        OCR_PSM,
        *config,
        "tsv",
    ]


def _tesseract_words(returncode: int, out: bytes, page_no: int) -> list[OcrWord]:
    if returncode != 0:
        raise ExtractionError(_UNAVAILABLE.format(page=page_no), "ocr_unavailable")
    return parse_tsv(out.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Tesseract's TSV rows of level 5 (words) with text and enough confidence."""
    words: list[OcrWord] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        try:
            confidence = float(cells[10])
            left, top, width, height = (int(v) for v in cells[6:10])
            line = (int(cells[2]), int(cells[3]), int(cells[4]))
        except ValueError:
            continue
        maybe_bullet = text in BULLET_LOOKALIKES and not text.isalnum()
        if (
            text
            and (confidence >= MIN_WORD_CONFIDENCE or maybe_bullet)
            and width > 0
            and height > 0
        ):
            words.append(OcrWord(text, left, top, width, height, confidence, line))
    return words


def words_to_glyphs(words: list[OcrWord], points_per_pixel: float) -> list[Glyph]:
    """One glyph per character, in reading order; each word's first glyph starts a word,
    and every word of a line shares the line's band."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    glyphs: list[Glyph] = []
    for line_words in lines.values():
        ordered = sorted(line_words, key=lambda w: w.left)
        # A heading's rule or icon drawn before it reads as "=", "==" or "m=": not text.
        while len(ordered) > 1 and DECORATION.fullmatch(ordered[0].text):
            ordered = ordered[1:]
        bullet = is_bullet(ordered[0], ordered[1:])
        # An unsure mark that is no line's bullet is noise, as any unsure word is.
        ordered = [
            w for n, w in enumerate(ordered)
            if w.confidence >= MIN_WORD_CONFIDENCE or (n == 0 and bullet)
        ]  # fmt: skip
        if not ordered:
            continue
        centre = statistics.fmean(w.top + w.height / 2 for w in ordered)
        half = max(w.height for w in ordered) * EM_PER_WORD_HEIGHT / 2
        top, bottom = (centre - half) * points_per_pixel, (centre + half) * points_per_pixel
        size = bottom - top
        for n, word in enumerate(ordered):
            text = "•" if n == 0 and bullet else word.text
            # An address is one word: Tesseract splits "name @example.com" at the "@".
            # An address is one word: Tesseract splits "name @example.com" at the "@". The
            # second part's box is drawn on from the first's, so no gap parts them.
            joined = n > 0 and (text.startswith("@") or ordered[n - 1].text.endswith("@"))
            left = ordered[n - 1].left + ordered[n - 1].width if joined else word.left
            step = (word.left + word.width - left) / len(text)
            for k, ch in enumerate(text):
                x0 = (left + k * step) * points_per_pixel
                x1 = (left + (k + 1) * step) * points_per_pixel
                glyphs.append(
                    Glyph(ch, x0, x1, top, bottom, size, False, space_before=k == 0 and not joined)
                )
    return glyphs


def is_bullet(first: OcrWord, rest: list[OcrWord]) -> bool:
    """Is a line's first word a bullet misread (as "e", "°", "+", "."...)?"""
    if first.text not in BULLET_LOOKALIKES or not rest:
        return False
    round_dot = 0.5 <= first.width / first.height <= 2.0
    return round_dot and first.height <= BULLET_SHRINK * statistics.median(w.height for w in rest)
