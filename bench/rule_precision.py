"""Precision per rule of the offline reviewer, and whether its quotes are whole units.

Run: ``.venv/bin/python bench/rule_precision.py [-v] [--unlabelled]``

Sets:
  corpus    -- /work/shared/corpus (or $RESUME_CORPUS) read in place, extracted as the
               pipeline does (``extract_in_process`` + ``split_sections``). Files without a
               text layer are refused by extraction and skipped.
  blind 3   -- the 14 plain-text resumes of tests/labels/findings_blind3.json (en, de,
               fr, es, zh), split as plain text (``split_plain_text``); every finding judged
               in findings_blind3_judged.json by a helper who read the resumes and the
               findings, not the rules, before any tuning on the set (both files frozen by
               their .sha256). Findings the judge never saw are reported unlabelled.
  generated -- the labelled synthetic resumes of testkit/resume_factory.py (whole-unit
               share only: nobody labelled their findings).

A finding is one item the user sees from the structure, content, ats or language agent
(job_match needs a job description, which the corpus has none of). Its rule is
``agent/category``. It is identified by (file sha256, rule, start, end, sha256 of the
quoted text); findings that quote nothing use start = end = -1 and the hash of the message.

Precision per rule = labelled-correct / labelled, from tests/labels/offline_rule_labels.json
(labelled by hand before the rules were tuned). A finding absent from the labels is
*unlabelled* and reported, never guessed.

Whole units (bullet-level rules only: BULLET_RULES). Boundaries are read from the text
itself, not from the reviewer's own segmentation:
  * a unit starts at a line's first character after any bullet marker (or after the
    "Present" that ends a date range set in a date column), unless that
    character is a lower-case letter (a wrapped continuation), or right after ". ", "! ",
    "? " or "; " inside a line;
  * a unit ends at ".", "!" or "?" (optionally followed by a closing bracket or quote), or
    at the end of a line whose next line does not continue it (the next line is blank,
    or starts with a bullet marker or a non-lower-case character);
  * ``bullet``: the quote starts at a unit start at a line start and ends at a unit end;
    ``sentence``: the same with the start inside a line;
  * ``words``: the quote is at most 4 words and is itself the trigger of its rule
    (the weak phrase, the cliché, a pronoun (with the word after it), the one verb whose
    tense or repetition is the point);
  * ``fragment``: anything else (e.g. a quote ending mid-sentence at a line break).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.enums import Severity  # noqa: E402
from pipelines.extraction import ExtractionError, ExtractionLimits, extract_in_process  # noqa: E402
from pipelines.review.offline import _AGENTS  # noqa: E402
from pipelines.review.offline.findings import SEVERITY_RANK  # noqa: E402
from pipelines.review.offline.text import BULLET_RE, build_doc  # noqa: E402
from pipelines.review.offline.words import BUZZ_RE, PRONOUN_RE, WEAK_RE, tense  # noqa: E402
from pipelines.review.schemas import MAX_FEEDBACK_ITEMS  # noqa: E402
from pipelines.sections import split_sections  # noqa: E402
from testkit.corpus import CORPUS_DIR as CORPUS  # noqa: E402

LABELS = ROOT / "tests" / "labels" / "offline_rule_labels.json"
AGENTS = ("structure", "content", "ats", "language")
BULLET_RULES = frozenset(
    {
        "content/metrics",
        "content/weak_verbs",
        "content/repetition",
        "content/conciseness",
        "language/tense",
        "language/pronouns",
        "language/cliches",
    }
)
# The end of a date range set at the start of a line, beside the text (a date column).
_DATE_COLUMN_END = re.compile(r"\s*(?:present|current|now|today|ongoing)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][)\]\"'\u201d\u2019]?$")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Finding:
    file_sha256: str
    rule: str
    start: int
    end: int
    quote_sha256: str
    quote: str | None
    message: str

    @property
    def key(self) -> tuple[str, str, int, int, str]:
        return (self.file_sha256, self.rule, self.start, self.end, self.quote_sha256)


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def review_findings(file_sha256: str, text: str, sections: Any, layout: Any) -> list[Finding]:
    """What the user sees from each agent (sorted and capped as ``offline_review`` does)."""
    found: list[Finding] = []
    for agent_name in AGENTS:
        agent = next(fn for kind, (fn, _) in _AGENTS.items() if str(kind) == agent_name)
        result = agent(build_doc(text, sections, layout, None))
        pairs = sorted(
            zip(result.items, result.spans, strict=True),
            key=lambda pair: SEVERITY_RANK[Severity(pair[0].severity)],
        )
        for item, span in pairs[:MAX_FEEDBACK_ITEMS]:
            start, end = span if span else (-1, -1)
            quote = text[start:end] if span else None
            found.append(
                Finding(
                    file_sha256,
                    f"{agent_name}/{item.category}",
                    start,
                    end,
                    sha256(quote if quote is not None else item.message),
                    quote,
                    item.message,
                )
            )
    return found


def document_findings(data: bytes) -> tuple[str, list[Finding]]:
    """Extract ``data`` as the pipeline does and review it; (text, findings)."""
    doc = extract_in_process(data, ExtractionLimits())
    return doc.text, review_findings(sha256(data), doc.text, split_sections(doc), doc.layout)


# ----------------------------------------------------------------------- whole units


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _next_line(text: str, line_end: int) -> str:
    """The line after the one ending at ``line_end`` ("" when a blank line or the end)."""
    if line_end >= len(text):
        return ""
    following_end = text.find("\n", line_end + 1)
    return text[line_end + 1 : len(text) if following_end < 0 else following_end].strip()


def _continues(next_line: str) -> bool:
    return bool(next_line) and not BULLET_RE.match(next_line) and next_line[0].islower()


def _starts_unit(text: str, start: int) -> tuple[bool, bool]:
    """(starts a unit, at a line start)."""
    line_start, _ = _line_bounds(text, start)
    prefix = text[line_start:start]
    if (
        not prefix.strip()
        or BULLET_RE.fullmatch(prefix.lstrip())
        or _DATE_COLUMN_END.fullmatch(prefix)
    ):
        return not text[start].islower(), True
    return bool(re.search(r"[.!?;]\s+$", prefix)), False


def _ends_unit(text: str, end: int) -> bool:
    quote_tail = text[max(0, end - 2) : end]
    if _SENTENCE_END.search(quote_tail):
        return True
    _, line_end = _line_bounds(text, end - 1)
    rest = text[end:line_end].strip()
    if rest:
        return False
    return not _continues(_next_line(text, line_end))


def _is_trigger(rule: str, quote: str) -> bool:
    words = _WORD.findall(quote)
    if not words or len(words) > 4:
        return False
    if rule == "content/weak_verbs":
        return bool(WEAK_RE.fullmatch(quote))
    if rule == "language/cliches":
        return bool(BUZZ_RE.fullmatch(quote))
    if rule == "language/pronouns":
        return bool(PRONOUN_RE.match(quote)) and len(words) <= 2
    if rule in ("language/tense", "content/repetition"):
        return len(words) == 1 and tense(quote.strip(".,;:")) is not None
    return False


def unit_kind(text: str, finding: Finding) -> str:
    """bullet, sentence, words or fragment (see the module docstring)."""
    assert finding.quote is not None
    if _is_trigger(finding.rule, finding.quote):
        return "words"
    starts, at_line_start = _starts_unit(text, finding.start)
    if starts and _ends_unit(text, finding.end):
        return "bullet" if at_line_start else "sentence"
    return "fragment"


# ----------------------------------------------------------------------------- labels


def load_labels(path: Path = LABELS) -> dict[tuple[str, str, int, int, str], dict[str, Any]]:
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text())["labels"]
    return {
        (e["file_sha256"], e["rule"], e["start"], e["end"], e["quote_sha256"]): e for e in entries
    }


@dataclass
class Tally:
    findings: Counter[str]
    correct: Counter[str]
    wrong: Counter[str]
    unlabelled: Counter[str]
    units: dict[str, Counter[str]]

    @classmethod
    def empty(cls) -> Tally:
        return cls(Counter(), Counter(), Counter(), Counter(), defaultdict(Counter))

    def add(self, text: str, finding: Finding, label: dict[str, Any] | None) -> None:
        rule = finding.rule
        self.findings[rule] += 1
        if label is None:
            self.unlabelled[rule] += 1
        elif label["correct"]:
            self.correct[rule] += 1
        else:
            self.wrong[rule] += 1
        if rule in BULLET_RULES and finding.quote is not None:
            self.units[rule][unit_kind(text, finding)] += 1

    def precision(self, rule: str | None = None) -> float | None:
        rules = [rule] if rule else list(self.findings)
        right = sum(self.correct[r] for r in rules)
        labelled = right + sum(self.wrong[r] for r in rules)
        return right / labelled if labelled else None

    def whole_unit_share(self) -> float | None:
        total = sum(sum(c.values()) for c in self.units.values())
        fragments = sum(c["fragment"] for c in self.units.values())
        return (total - fragments) / total if total else None


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in (".pdf", ".docx"))


def measure(
    files: list[Path], labels: dict[tuple[str, str, int, int, str], dict[str, Any]]
) -> tuple[Tally, list[tuple[Path, str, Finding]], list[str]]:
    """(tally, every finding with its document's text, files refused by extraction)."""
    tally = Tally.empty()
    seen: list[tuple[Path, str, Finding]] = []
    refused: list[str] = []
    for path in files:
        try:
            text, findings = document_findings(path.read_bytes())
        except ExtractionError as exc:
            refused.append(f"{path.name} ({exc.code})")
            continue
        for finding in findings:
            tally.add(text, finding, labels.get(finding.key))
            seen.append((path, text, finding))
    return tally, seen, refused


# ----------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_report(name: str, tally: Tally, refused: list[str]) -> None:
    print(
        f"\n== {name}: {sum(tally.findings.values())} findings"
        + (f"; refused by extraction: {', '.join(refused)}" if refused else "")
    )
    print(f"{'rule':28} {'n':>4} {'ok':>4} {'wrong':>5} {'unlab':>5} {'prec':>5}  units")
    for rule in sorted(tally.findings):
        units = ", ".join(f"{k} {v}" for k, v in sorted(tally.units.get(rule, {}).items()))
        print(
            f"{rule:28} {tally.findings[rule]:4} {tally.correct[rule]:4} {tally.wrong[rule]:5} "
            f"{tally.unlabelled[rule]:5} {_fmt(tally.precision(rule)):>5}  {units}"
        )
    kinds: Counter[str] = Counter()
    for counts in tally.units.values():
        kinds.update(counts)
    print(
        f"overall precision: {_fmt(tally.precision())} (labelled "
        f"{sum(tally.correct.values()) + sum(tally.wrong.values())}, unlabelled "
        f"{sum(tally.unlabelled.values())})"
    )
    print(
        f"bullet-level quotes: {sum(kinds.values())}; whole bullet {kinds['bullet']}, "
        f"whole sentence {kinds['sentence']}, exact words {kinds['words']}, "
        f"mid-sentence fragments {kinds['fragment']}; whole-unit share "
        f"{_fmt(tally.whole_unit_share())}"
    )


def _show(path: Path, text: str, finding: Finding, label: dict[str, Any] | None) -> None:
    verdict = "unlabelled" if label is None else ("correct" if label["correct"] else "WRONG")
    print(
        f"  [{verdict}] {path.name} {finding.rule} {finding.start}:{finding.end} "
        f"{finding.message!r}"
    )
    if finding.quote is not None:
        kind = unit_kind(text, finding) if finding.rule in BULLET_RULES else ""
        print(f"      {kind} quote: {finding.quote!r}")


BLIND3 = ROOT / "tests" / "labels" / "findings_blind3.json"
BLIND3_JUDGED = ROOT / "tests" / "labels" / "findings_blind3_judged.json"


def _frozen(path: Path) -> bytes:
    data = path.read_bytes()
    expected = path.with_suffix(".sha256").read_text().split()[0]
    if hashlib.sha256(data).hexdigest() != expected:
        sys.exit(f"{path.name} changed since it was frozen")
    return data


def measure_blind3() -> tuple[
    Tally, list[tuple[Path, str, Finding]], dict[tuple[str, str, int, int, str], dict[str, Any]]
]:
    """Blind set 3: plain-text resumes, findings keyed like the corpus's (text hash)."""
    from pipelines.sections import split_plain_text

    resumes = json.loads(_frozen(BLIND3))["resumes"]
    judged = json.loads(_frozen(BLIND3_JUDGED))["labels"]
    text_of = {resume["id"]: resume["text"] for resume in resumes}
    labels = {
        (sha256(text_of[e["id"]]), e["rule"], e["start"], e["end"], e["quote_sha256"]): e
        for e in judged
    }
    tally = Tally.empty()
    seen: list[tuple[Path, str, Finding]] = []
    for resume in resumes:
        text = resume["text"]
        for finding in review_findings(sha256(text), text, split_plain_text(text), None):
            tally.add(text, finding, labels.get(finding.key))
            seen.append((Path(resume["id"]), text, finding))
    return tally, seen, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="print every finding")
    parser.add_argument("--unlabelled", action="store_true", help="print unlabelled findings")
    args = parser.parse_args()
    labels = load_labels()
    if CORPUS.is_dir():
        tally, seen, refused = measure(corpus_files(), labels)
        for path, text, finding in seen:
            label = labels.get(finding.key)
            if args.v or (args.unlabelled and label is None):
                _show(path, text, finding, label)
        print_report(f"corpus ({CORPUS})", tally, refused)
    else:
        print(f"corpus not found at {CORPUS}; set RESUME_CORPUS")
    tally, seen, blind_labels = measure_blind3()
    for path, text, finding in seen:
        label = blind_labels.get(finding.key)
        if args.v or (args.unlabelled and label is None) or (label and not label["correct"]):
            _show(path, text, finding, label)
    print_report("blind 3 (tests/labels/findings_blind3.json)", tally, [])
    from testkit.resume_factory import generate_all

    with tempfile.TemporaryDirectory() as tmp:
        generated = generate_all(Path(tmp))
        files = [Path(tmp) / str(entry["file"]) for entry in generated]
        tally, seen, refused = measure(files, {})
        if args.v:
            for path, text, finding in seen:
                _show(path, text, finding, None)
        print_report("generated (testkit/resume_factory.py; not labelled)", tally, refused)


if __name__ == "__main__":
    main()
