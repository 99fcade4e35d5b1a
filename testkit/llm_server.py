"""A scripted OpenAI-compatible chat-completions server for tests and benchmarks.

Real HTTP on 127.0.0.1 (ThreadingHTTPServer in a background thread), so the real openai SDK
is exercised end to end — retries, timeouts and error mapping included.

    with ScriptedLLMServer() as server:
        server.script(Step.rate_limit(retry_after=0.2), Step.ok())
        client = openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0)
        ...
        assert len(server.requests) == 2

Each request consumes the next scripted Step; when the script is empty, `default` (normally
Step.ok()) applies, optionally replaced by a random fault drawn from a FaultProfile.
"Normal" replies are valid AgentReview JSON quoting lines of the resume found between the
<resume_data_NONCE> fence markers of the request; a request for requirement verdicts (the
``requirement_verdicts`` schema) gets one verdict per requirement line, ``met`` with a
verbatim quote when one of its words is in the resume (``verdict_noise`` makes it unstable).
``Step.obeying(trigger)`` plays a model that follows a planted instruction: score 100 and
no findings whenever ``trigger`` reaches it in any message. A known-answer check (its system
message starts "Known-answer check.") is answered with the key it asks for, or, by an
obeying model the trigger reached, with something else.

Usage counts 4 characters of message content per token, and like OpenAI's prompt cache the
server reports `usage.prompt_tokens_details.cached_tokens`: the longest prefix of the
prompt, in blocks of `cache_block_tokens` and at least `cache_min_tokens` long, that an
earlier request already sent (`report_cached_tokens=False` leaves the details out, as some
compatible servers do). `chat_completions` counts the completion requests received.

Standalone (benchmarks):  python -m testkit.llm_server --port 8099 --latency 1.0
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

StepKind = Literal[
    "ok",
    "rate_limit",
    "status",
    "timeout",
    "malformed",
    "schema_invalid",
    "bad_quote",
    "length",
    "fixed",
    "drop",
    "obey",
]
_FENCE_RE = re.compile(r"<resume_data_([0-9A-Za-z]+)>\n(.*?)\n</resume_data_\1>", re.DOTALL)
NOT_IN_RESUME = "Led a team of 400 astronauts to Mars"
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class Step:
    """One scripted response. Build with the classmethods."""

    kind: StepKind = "ok"
    delay: float = 0.0  # seconds to wait before answering
    status: int = 200
    retry_after: float | None = None  # Retry-After header (seconds)
    retry_after_ms: int | None = None  # retry-after-ms header (OpenAI extension)
    payload: Any = None  # for "fixed": a dict (JSON-encoded) or a raw content string
    score: int = 72
    otherwise_score: int = 72  # for "obey": the score when the trigger is not in the prompt

    @classmethod
    def ok(cls, *, delay: float = 0.0, score: int = 72) -> Step:
        return cls("ok", delay=delay, score=score)

    @classmethod
    def rate_limit(
        cls, *, retry_after: float | None = None, retry_after_ms: int | None = None
    ) -> Step:
        return cls("rate_limit", status=429, retry_after=retry_after, retry_after_ms=retry_after_ms)

    @classmethod
    def server_error(cls, status: int = 500) -> Step:
        return cls("status", status=status)

    @classmethod
    def http_status(cls, status: int) -> Step:
        return cls("status", status=status)

    @classmethod
    def timeout(cls, seconds: float = 5.0) -> Step:
        """Answer only after `seconds` (set the client timeout below it)."""
        return cls("timeout", delay=seconds)

    @classmethod
    def malformed(cls) -> Step:
        return cls("malformed")

    @classmethod
    def schema_invalid(cls) -> Step:
        return cls("schema_invalid")

    @classmethod
    def bad_quote(cls) -> Step:
        return cls("bad_quote")

    @classmethod
    def length(cls) -> Step:
        return cls("length")

    @classmethod
    def fixed(cls, payload: Any, *, delay: float = 0.0) -> Step:
        return cls("fixed", payload=payload, delay=delay)

    @classmethod
    def obeying(cls, trigger: str, *, score: int = 100, normal_score: int = 72) -> Step:
        """A model that follows a planted instruction: when ``trigger`` (any case) is
        anywhere in the messages it answers ``score`` with no findings, as told; otherwise
        it answers like ``ok`` with ``normal_score``."""
        return cls("obey", payload=trigger, score=score, otherwise_score=normal_score)

    @classmethod
    def drop(cls) -> Step:
        """Close the connection without answering (connection error)."""
        return cls("drop")


@dataclass(frozen=True)
class FaultProfile:
    """Probabilities of replacing a default reply by a fault (for fault-injection benchmarks)."""

    rate_limit: float = 0.0
    server_error: float = 0.0
    timeout: float = 0.0
    malformed: float = 0.0
    schema_invalid: float = 0.0
    bad_quote: float = 0.0
    timeout_seconds: float = 30.0
    retry_after: float | None = 1.0

    def draw(self, rng: random.Random) -> Step | None:
        roll = rng.random()
        for probability, step in (
            (self.rate_limit, Step.rate_limit(retry_after=self.retry_after)),
            (self.server_error, Step.server_error(500)),
            (self.timeout, Step.timeout(self.timeout_seconds)),
            (self.malformed, Step.malformed()),
            (self.schema_invalid, Step.schema_invalid()),
            (self.bad_quote, Step.bad_quote()),
        ):
            if roll < probability:
                return step
            roll -= probability
        return None


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float
    step: Step

    @property
    def model(self) -> str | None:
        return self.body.get("model")

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    def message_text(self, role: str) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)

    @property
    def resume_text(self) -> str | None:
        """The text found between the fence markers, or None when it wasn't fenced."""
        match = _FENCE_RE.search(self.message_text("user"))
        return match.group(2) if match else None


def _quotes_from(resume: str | None, count: int = 3) -> list[str]:
    if not resume:
        return []
    lines = [ln.strip() for ln in resume.splitlines() if len(ln.strip()) >= 12]
    return [ln[:80].rstrip() for ln in lines[:count]]


def _review_payload(resume: str | None, score: int, *, bad_quote: bool = False) -> dict[str, Any]:
    quotes = _quotes_from(resume)
    feedback = [
        {
            "category": "scripted",
            "severity": ("warning", "suggestion", "info")[i % 3],
            "message": f"Scripted finding {i + 1} about this line.",
            "suggestion": "Scripted suggestion.",
            "quoted_text": quote,
        }
        for i, quote in enumerate(quotes)
    ]
    feedback.append(
        {
            "category": "contact",
            "severity": "suggestion",
            "message": "Scripted finding about something missing.",
            "suggestion": None,
            "quoted_text": None,
        }
    )
    if bad_quote:
        feedback.append(
            {
                "category": "scripted",
                "severity": "warning",
                "message": "Scripted finding quoting text that is not in the resume.",
                "suggestion": None,
                "quoted_text": NOT_IN_RESUME,
            }
        )
    return {
        "score": score,
        "summary": "Scripted review from the test server.",
        "feedback": feedback,
    }


_REQUIREMENT_LINE_RE = re.compile(r"^(R\d+) \[[^\]]*\] (.+)$", re.MULTILINE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z+#.]{2,}")


def _requirement_payload(
    request: RecordedRequest, resume: str | None, rng: Callable[[], float], noise: float
) -> dict[str, Any]:
    """A requirements agent's answer: a requirement is ``met`` when one of its words (3+
    letters) is in the resume, quoted verbatim from it, else ``missing``; with ``noise``
    each verdict is replaced by another with that probability (an unstable model)."""
    text = resume or ""
    folded = text.casefold()
    verdicts = []
    for label, requirement in _REQUIREMENT_LINE_RE.findall(request.message_text("user")):
        evidence = []
        for word in _WORD_RE.findall(requirement):
            at = folded.find(word.casefold())
            if at >= 0 and word.casefold() not in ("and", "the", "with", "for", "years"):
                evidence = [text[at : at + len(word)]]
                break
        verdict = "met" if evidence else "missing"
        if noise and rng() < noise:
            verdict = "partial" if verdict == "met" else "met"
        verdicts.append(
            {
                "requirement": label,
                "verdict": verdict,
                "reason": f"Scripted verdict on {label}.",
                "evidence": evidence if verdict in ("met", "partial") else [],
            }
        )
    return {"verdicts": verdicts}


def _asks_for_verdicts(request: RecordedRequest) -> bool:
    response_format = request.body.get("response_format") or {}
    return (response_format.get("json_schema") or {}).get("name") == "requirement_verdicts"


_KEY_RE = re.compile(r"\bK-[0-9A-F]{10}\b")


def _known_answer_key(request: RecordedRequest) -> str | None:
    """The key a known-answer check asks to repeat (None: not such a check)."""
    system = request.message_text("system")
    if not system.startswith("Known-answer check."):
        return None
    found = _KEY_RE.search(system)
    return found.group(0) if found else ""


def _obeyed_payload(request: RecordedRequest, step: Step, resume: str | None) -> dict[str, Any]:
    everything = "\n".join(str(m.get("content", "")) for m in request.messages).casefold()
    if str(step.payload).casefold() in everything:
        return {
            "score": step.score,
            "summary": "As instructed: an ideal candidate.",
            "feedback": [],
        }
    return _review_payload(resume, step.otherwise_score)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: ScriptedLLMServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # Headers and body go out in separate writes; without TCP_NODELAY a fast answer waits
    # ~40 ms for the peer's delayed ACK.
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.owner.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._send_json(
                200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]}
            )
        else:
            self._send_json(
                404, {"error": {"message": "not found", "type": "invalid_request_error"}}
            )

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._send_json(
                404, {"error": {"message": "not found", "type": "invalid_request_error"}}
            )
            return
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._send_json(
                400, {"error": {"message": "bad json", "type": "invalid_request_error"}}
            )
            return
        owner = self.server.owner
        step = owner._next_step()
        request = RecordedRequest(self.path, dict(self.headers.items()), body, time.time(), step)
        owner._record(request)
        self._respond(step, request)

    # ------------------------------------------------------------------ responses
    def _respond(self, step: Step, request: RecordedRequest) -> None:
        owner = self.server.owner
        delay = step.delay + owner.latency
        if owner.latency_jitter:
            delay += owner._rng_uniform(0, owner.latency_jitter)
        if delay > 0 and owner._stopping.wait(delay):
            return  # server shutting down
        if step.kind == "drop":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if step.kind == "rate_limit":
            headers = {}
            if step.retry_after is not None:
                headers["retry-after"] = f"{step.retry_after:g}"
            if step.retry_after_ms is not None:
                headers["retry-after-ms"] = str(step.retry_after_ms)
            self._send_json(
                429,
                {
                    "error": {
                        "message": "Rate limit reached (scripted)",
                        "type": "requests",
                        "code": "rate_limit_exceeded",
                    }
                },
                headers,
            )
            return
        if step.kind == "status":
            kind = "server_error" if step.status >= 500 else "invalid_request_error"
            self._send_json(
                step.status, {"error": {"message": f"scripted HTTP {step.status}", "type": kind}}
            )
            return
        resume = request.resume_text
        finish = "stop"
        key = _known_answer_key(request)
        if key is not None and step.kind in ("ok", "timeout", "obey"):
            # A known-answer check: the key, unless a planted instruction steers the model.
            steered = (
                step.kind == "obey"
                and str(step.payload).casefold()
                in "\n".join(str(m.get("content", "")) for m in request.messages).casefold()
            )
            content = json.dumps({"key": "Strong hire, no concerns." if steered else key})
        elif step.kind == "obey":
            content = json.dumps(_obeyed_payload(request, step, resume))
        elif step.kind in ("ok", "timeout") and _asks_for_verdicts(request):
            payload = _requirement_payload(
                request, resume, lambda: owner._rng_uniform(0, 1), owner.verdict_noise
            )
            content = json.dumps(payload)
        elif step.kind in ("ok", "timeout"):
            content = json.dumps(_review_payload(resume, step.score))
        elif step.kind == "bad_quote":
            content = json.dumps(_review_payload(resume, step.score, bad_quote=True))
        elif step.kind == "malformed":
            content = '{"score": 80, "summary": "truncated json", "feedback": [{"categ'
        elif step.kind == "schema_invalid":
            content = json.dumps({"score": 250, "summary": 5, "feedback": "none"})
        elif step.kind == "length":
            content = json.dumps(_review_payload(resume, step.score))[:40]
            finish = "length"
        else:  # fixed
            content = step.payload if isinstance(step.payload, str) else json.dumps(step.payload)
        self._send_completion(request, content, finish)

    def _send_completion(self, request: RecordedRequest, content: str, finish: str) -> None:
        owner = self.server.owner
        prompt = "\x00".join(str(m.get("content", "")) for m in request.messages)
        prompt_tokens = max(1, len(prompt) // CHARS_PER_TOKEN)
        completion_tokens = max(1, len(content) // CHARS_PER_TOKEN)
        usage: dict[str, Any] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        if owner.report_cached_tokens:
            cached = min(owner._cached_tokens(prompt), prompt_tokens)
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        self._send_json(
            200,
            {
                "id": f"chatcmpl-scripted-{len(self.server.owner.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": request.model or "scripted",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "finish_reason": finish,
                        "logprobs": None,
                    }
                ],
                "usage": usage,
            },
        )

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its timeout fired): expected in timeout tests


@dataclass
class ScriptedLLMServer:
    """Context manager running the scripted server; see module docstring."""

    host: str = "127.0.0.1"
    port: int = 0
    default: Step = field(default_factory=Step.ok)
    latency: float = 0.0
    latency_jitter: float = 0.0
    faults: FaultProfile | None = None
    seed: int | None = 0
    verbose: bool = False
    # The prompt cache (OpenAI's rule: prefixes of 1024 tokens and more, in 128-token steps).
    cache_min_tokens: int = 1024
    cache_block_tokens: int = 128
    report_cached_tokens: bool = True
    # Requirement verdicts: the probability that each is replaced by another (instability).
    verdict_noise: float = 0.0
    requests: list[RecordedRequest] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._cached_prefixes: set[bytes] = set()
        self._queue: deque[Step] = deque()
        self._rng = random.Random(self.seed)
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ control
    def script(self, *steps: Step) -> ScriptedLLMServer:
        with self._lock:
            self._queue.extend(steps)
        return self

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self._cached_prefixes.clear()

    @property
    def chat_completions(self) -> int:
        """Chat-completion requests received so far (each one a paid call)."""
        with self._lock:
            return sum(
                r.path.rstrip("/") in ("/v1/chat/completions", "/chat/completions")
                for r in self.requests
            )

    def _cached_tokens(self, prompt: str) -> int:
        """Tokens of the longest block-aligned prefix of ``prompt`` sent before (at least
        ``cache_min_tokens``); every prefix of this prompt is cached from now on."""
        block = max(1, self.cache_block_tokens) * CHARS_PER_TOKEN
        digest = hashlib.sha256()
        prefixes = []
        for end in range(block, len(prompt) + 1, block):
            digest.update(prompt[end - block : end].encode())
            prefixes.append((end, digest.copy().digest()))
        cached_chars = 0
        with self._lock:
            for end, key in prefixes:
                if key in self._cached_prefixes and end >= self.cache_min_tokens * CHARS_PER_TOKEN:
                    cached_chars = end
                self._cached_prefixes.add(key)
        return cached_chars // CHARS_PER_TOKEN

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def _next_step(self) -> Step:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            if self.faults is not None:
                drawn = self.faults.draw(self._rng)
                if drawn is not None:
                    return drawn
            return self.default

    def _rng_uniform(self, low: float, high: float) -> float:
        with self._lock:
            return self._rng.uniform(low, high)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> ScriptedLLMServer:
        self._stopping.clear()
        self._httpd = _Server((self.host, self.port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a delay
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ScriptedLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Scripted OpenAI-compatible server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each reply")
    parser.add_argument("--latency-jitter", type=float, default=0.0)
    parser.add_argument("--rate-limit-prob", type=float, default=0.0)
    parser.add_argument("--error-prob", type=float, default=0.0, help="HTTP 500 probability")
    parser.add_argument("--timeout-prob", type=float, default=0.0)
    parser.add_argument("--timeout-seconds", type=float, default=30.0)
    parser.add_argument("--malformed-prob", type=float, default=0.0)
    parser.add_argument("--schema-invalid-prob", type=float, default=0.0)
    parser.add_argument("--bad-quote-prob", type=float, default=0.0)
    parser.add_argument("--retry-after", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--verdict-noise",
        type=float,
        default=0.0,
        help="probability that each requirement verdict is flipped (an unstable model)",
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    faults = FaultProfile(
        rate_limit=args.rate_limit_prob,
        server_error=args.error_prob,
        timeout=args.timeout_prob,
        malformed=args.malformed_prob,
        schema_invalid=args.schema_invalid_prob,
        bad_quote=args.bad_quote_prob,
        timeout_seconds=args.timeout_seconds,
        retry_after=args.retry_after,
    )
    server = ScriptedLLMServer(
        host=args.host,
        port=args.port,
        latency=args.latency,
        latency_jitter=args.latency_jitter,
        faults=faults,
        seed=args.seed,
        verbose=args.verbose,
        verdict_noise=args.verdict_noise,
    )
    with server:
        print(server.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
