"""The call spool: what a paid agent run obtained, on local disk before the database.

An agent's LLM calls are paid whether or not their result reaches the database. So before
anything is written there, each agent's outcome — its validated answer (the AgentReview
JSON) or its give-up reason — is written with the record of every call it paid for
(:class:`~pipelines.review.llm.CallRecord`, each with its ``call_id``) to one file of the
spool directory (``SPOOL_DIR``), atomically (a temporary file, fsync, rename). The file is
keyed by request, agent type and prompt, and removed once the outcome is stored:

- a retry after a database or broker error finds the entry and reuses the stored answer
  instead of calling the model again (:meth:`CallSpool.get`);
- :meth:`CallSpool.claim` serialises the runs of one agent of one request on this machine
  (a redelivered task waits for the first run instead of paying a second time);
- :func:`drain_spool` writes the calls of any entry whose request is closed (or gone), or
  that is older than a threshold, into ``prompt_usage_history`` and removes it.

Usage rows are written by :func:`record_calls`, ``INSERT … ON CONFLICT (call_id) DO
NOTHING``: a call stored by the chain and again by the drain is one row.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.enums import OPEN_REVIEW_STATUSES, UsageStatus
from core.once import built_once
from database.engine import dialect_insert, one_statement_scope, session_scope
from database.models import Prompt, PromptUsageHistory, ReviewRequest
from database.types import utcnow
from pipelines.review.llm import AgentRunError, CallRecord
from pipelines.review.schemas import AgentReview

log = logging.getLogger(__name__)

ENTRY_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"
TEMP_SUFFIX = ".tmp"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SpoolKey:
    """One agent of one request, asked with one prompt (version)."""

    request_id: uuid.UUID
    agent_type: str
    prompt_id: uuid.UUID | None

    @property
    def name(self) -> str:
        prompt = self.prompt_id.hex if self.prompt_id else "none"
        return f"{self.request_id.hex}.{self.agent_type}.{prompt}"

    @classmethod
    def from_name(cls, name: str) -> SpoolKey:
        request, agent_type, prompt = name.split(".")
        prompt_id = None if prompt == "none" else uuid.UUID(prompt)
        return cls(uuid.UUID(request), agent_type, prompt_id)


def call_to_json(call: CallRecord) -> dict[str, Any]:
    data = dataclasses.asdict(call)
    data["cost_usd"] = None if call.cost_usd is None else str(call.cost_usd)
    data["status"] = str(call.status)
    return data


def call_from_json(data: dict[str, Any]) -> CallRecord:
    names = {f.name for f in dataclasses.fields(CallRecord)}
    values = {key: value for key, value in data.items() if key in names}
    cost = values.get("cost_usd")
    values["cost_usd"] = None if cost is None else Decimal(cost)
    values["status"] = UsageStatus(values["status"])
    return CallRecord(**values)


@dataclass
class SpoolEntry:
    """An agent's outcome: ``review`` (answered) or ``failure`` (gave up), and its calls."""

    key: SpoolKey
    calls: list[CallRecord]
    review: AgentReview | None = None
    failure: str | None = None
    retryable: bool = False
    stopped: bool = False
    created_at: float = field(default_factory=time.time)
    # A paid call that is no review: the known-answer check's result ("passed", ...).
    result: str | None = None

    @classmethod
    def answered(cls, key: SpoolKey, review: AgentReview, calls: list[CallRecord]) -> SpoolEntry:
        return cls(key, list(calls), review=review)

    @classmethod
    def gave_up(cls, key: SpoolKey, error: AgentRunError) -> SpoolEntry:
        return cls(
            key,
            list(error.calls),
            failure=error.reason,
            retryable=error.retryable,
            stopped=error.stopped,
        )

    def error(self) -> AgentRunError:
        """The give-up as the reviewer raised it."""
        return AgentRunError(
            self.failure or "gave up",
            self.calls,
            retryable=self.retryable,
            stopped=self.stopped,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "key": self.key.name,
            "created_at": self.created_at,
            "review": None if self.review is None else self.review.model_dump(mode="json"),
            "failure": self.failure,
            "retryable": self.retryable,
            "stopped": self.stopped,
            "result": self.result,
            "calls": [call_to_json(call) for call in self.calls],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpoolEntry:
        review = data.get("review")
        return cls(
            key=SpoolKey.from_name(data["key"]),
            calls=[call_from_json(call) for call in data.get("calls") or []],
            review=None if review is None else AgentReview.model_validate(review),
            failure=data.get("failure"),
            retryable=bool(data.get("retryable")),
            stopped=bool(data.get("stopped")),
            created_at=float(data.get("created_at") or 0.0),
            result=data.get("result"),
        )


class CallSpool:
    """A directory of spool entries, one file per :class:`SpoolKey`."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _path(self, key: SpoolKey) -> Path:
        return self.directory / f"{key.name}{ENTRY_SUFFIX}"

    def put(self, key: SpoolKey, entry: SpoolEntry) -> None:
        """Write ``entry`` atomically (durable once this returns). Calls of an entry
        already there that ``entry`` does not carry are kept: a paid call is never
        dropped from the spool."""
        previous = self.get(key)
        if previous is not None:
            known = {call.call_id for call in entry.calls}
            kept = [call for call in previous.calls if call.call_id not in known]
            entry = dataclasses.replace(entry, calls=kept + entry.calls)
        self.directory.mkdir(parents=True, exist_ok=True)
        data = json.dumps(entry.to_json(), separators=(",", ":")).encode()
        handle, temporary = tempfile.mkstemp(
            prefix=f".{key.name}.", suffix=TEMP_SUFFIX, dir=self.directory
        )
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self._path(key))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        self._sync_directory()

    def get(self, key: SpoolKey) -> SpoolEntry | None:
        return self._read(self._path(key))

    def remove(self, key: SpoolKey) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()

    def entries(self, older_than_s: float = 0.0) -> Iterator[SpoolEntry]:
        """Every entry written at least ``older_than_s`` seconds ago, oldest first."""
        yield from self._entries("*", older_than_s)

    def entries_for(self, request_id: uuid.UUID, agent_type: str) -> list[SpoolEntry]:
        """The entries of one agent of one request (whatever prompt), oldest first."""
        return list(self._entries(f"{request_id.hex}.{agent_type}.*", 0.0))

    def _entries(self, pattern: str, older_than_s: float) -> Iterator[SpoolEntry]:
        if not self.directory.is_dir():
            return
        now = time.time()
        for path in sorted(self.directory.glob(f"{pattern}{ENTRY_SUFFIX}"), key=_mtime):
            if now - _mtime(path) >= older_than_s:
                entry = self._read(path)
                if entry is not None:
                    yield entry

    @contextlib.contextmanager
    def claim(self, request_id: uuid.UUID, agent_type: str, *, wait: bool = True) -> Iterator[bool]:
        """Hold the lock of one agent of one request on this machine; yields False
        (without waiting) when ``wait`` is off and another process holds it. The kernel
        releases the lock of a process that dies."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{request_id.hex}.{agent_type}{LOCK_SUFFIX}"
        descriptor = _lock(path, wait)
        try:
            yield descriptor is not None
        finally:
            if descriptor is not None:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()  # while still holding it: see _lock
                os.close(descriptor)

    def _read(self, path: Path) -> SpoolEntry | None:
        try:
            return SpoolEntry.from_json(json.loads(path.read_bytes()))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError) as error:
            # Never deleted: an unreadable entry still records paid calls; a person looks.
            log.error("unreadable spool entry %s: %s", path.name, error)
            return None

    def _sync_directory(self) -> None:
        descriptor = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def _lock(path: Path, wait: bool) -> int | None:
    """An exclusive flock on ``path``; retried when the file was unlinked by its previous
    holder between our open and our lock (the holder removes it before releasing)."""
    while True:
        descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(descriptor)
            return None
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        held = os.fstat(descriptor)
        if current is not None and (current.st_ino, current.st_dev) == (
            held.st_ino,
            held.st_dev,
        ):
            return descriptor
        os.close(descriptor)


# --- usage rows ------------------------------------------------------------------------


# The error message of a call on record as started whose answer was never stored: the
# process stopped during the call (or it is still running). Replaced when the call's record
# arrives.
CALL_STARTED = "started: no answer recorded (the worker stopped during the call, or it runs)"


def record_started(
    engine: Engine,
    request_id: uuid.UUID,
    prompt_id: uuid.UUID | None,
    call_id: str,
    agent_type: str,
    model: str,
) -> None:
    """Put a paid call on record before it is made (its own transaction, committed before
    the request is sent): a worker killed mid-call leaves this "paid, answer lost" row."""
    row = {
        "id": uuid.uuid4(), "created_at": utcnow(), "prompt_id": prompt_id,
        "review_request_id": request_id, "agent_type": agent_type, "model": model,
        "status": str(UsageStatus.ERROR), "error_message": CALL_STARTED, "call_id": call_id,
    }  # fmt: skip
    with one_statement_scope(engine) as session:
        session.execute(_insert_started(engine.dialect.name), row)


# Built once per dialect and executed with each call's parameters: an agent task does not
# build, and SQLAlchemy does not key, a statement holding its values (a third of the CPU of
# these two writes).
@built_once
def _insert_started(dialect_name: str) -> Any:
    return dialect_insert(dialect_name)(PromptUsageHistory.__table__).on_conflict_do_nothing(
        index_elements=["call_id"]
    )


@built_once
def _record_or_complete(dialect_name: str) -> Any:
    statement = dialect_insert(dialect_name)(PromptUsageHistory.__table__)
    fields = ("prompt_tokens", "completion_tokens", "total_tokens", "cached_tokens",
              "latency_ms", "cost_usd", "status", "error_message", "model")  # fmt: skip
    return statement.on_conflict_do_update(
        index_elements=["call_id"],
        set_={name: statement.excluded[name] for name in fields},
        where=PromptUsageHistory.__table__.c.error_message == CALL_STARTED,
    )


def usage_columns(call: CallRecord) -> dict[str, Any]:
    """A call's own ``prompt_usage_history`` columns (a new row's id included); the
    request, the prompt and the time are the caller's."""
    return {
        "id": uuid.uuid4(),
        "agent_type": call.agent_type,
        "model": call.model,
        "prompt_tokens": call.prompt_tokens,
        "completion_tokens": call.completion_tokens,
        "total_tokens": call.total_tokens,
        "cached_tokens": call.cached_tokens,
        "latency_ms": call.latency_ms,
        "cost_usd": call.cost_usd,
        "status": str(call.status),
        "error_message": call.error_message,
        "call_id": call.call_id,
    }


def record_calls(
    session: Session,
    request_id: uuid.UUID | None,
    prompt_id: uuid.UUID | None,
    calls: Iterable[CallRecord],
) -> int:
    """One ``prompt_usage_history`` row per call, skipping calls already recorded (same
    ``call_id``) and completing the ones on record only as started; returns how many rows
    were added or completed."""
    rows = [
        {"created_at": utcnow(), "prompt_id": prompt_id, "review_request_id": request_id}
        | usage_columns(call)
        for call in calls
    ]
    if not rows:
        return 0
    statement = _record_or_complete(session.get_bind().dialect.name)
    # Row by row: each keeps its own count of rows written (an executemany may not).
    written = 0
    for row in rows:
        result = session.execute(statement, row)
        written += max(int(getattr(result, "rowcount", 0) or 0), 0)
    return written


# --- drain -----------------------------------------------------------------------------


@dataclass
class DrainReport:
    entries: int = 0  # entries written and removed
    rows: int = 0  # usage rows added (calls already on record are not counted)
    skipped: int = 0  # entries left: request still open and entry recent, or in use


def drain_spool(
    engine: Engine,
    spool: CallSpool,
    older_than_s: float,
    *,
    request_id: uuid.UUID | None = None,
) -> DrainReport:
    """Write the calls of every entry whose request is closed or gone, or that is older
    than ``older_than_s``, into ``prompt_usage_history`` and remove it (its answer is
    not stored: the request no longer wants it, or the chain gave up on this machine).
    Idempotent; ``request_id`` limits it to one request's entries."""
    report = DrainReport()
    now = time.time()
    for entry in spool.entries():
        key = entry.key
        if request_id is not None and key.request_id != request_id:
            continue
        with spool.claim(key.request_id, key.agent_type, wait=False) as claimed:
            if not claimed:  # a run of this agent is using it right now
                report.skipped += 1
                continue
            old = now - entry.created_at >= older_than_s
            written = record_entry(engine, entry, even_if_open=old)
            if written is None:
                report.skipped += 1
                continue
            spool.remove(key)
            report.entries += 1
            report.rows += written
    if report.entries:
        log.warning("spool drain: %d entries, %d usage rows added", report.entries, report.rows)
    return report


def forget_requests(
    session: Session, spool: CallSpool, request_ids: Iterable[uuid.UUID]
) -> list[SpoolKey]:
    """For an erasure: record the paid calls of these requests' entries on this host,
    unattached (their costs stay on record), in ``session``'s transaction, and return the
    entries' keys for the caller to remove once it commits (they hold answers that quote
    the resume). Entries on other hosts go at their next drain (their request is gone)."""
    wanted = set(request_ids)
    keys = []
    for entry in spool.entries():
        if entry.key.request_id not in wanted:
            continue
        prompt_id = entry.key.prompt_id
        if prompt_id is not None and session.get(Prompt, prompt_id) is None:
            prompt_id = None
        record_calls(session, None, prompt_id, entry.calls)
        keys.append(entry.key)
    return keys


def record_entry(engine: Engine, entry: SpoolEntry, *, even_if_open: bool) -> int | None:
    """Record the calls of ``entry`` (in a transaction of its own): the rows added, or None
    (nothing done) when its request is open and ``even_if_open`` is off."""
    key = entry.key
    with session_scope(engine) as session:
        status = session.scalar(
            select(ReviewRequest.status).where(ReviewRequest.id == key.request_id)
        )
        if status in OPEN_REVIEW_STATUSES and not even_if_open:
            return None
        prompt_id = key.prompt_id
        if prompt_id is not None and session.get(Prompt, prompt_id) is None:
            prompt_id = None
        # A request erased meanwhile keeps its calls' costs, unattached (as on delete).
        owner = key.request_id if status is not None else None
        return record_calls(session, owner, prompt_id, entry.calls)
