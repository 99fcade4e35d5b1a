"""Run one review agent against an OpenAI-compatible endpoint.

Retries are owned here (tenacity), not by the SDK (`max_retries=0`), so that every HTTP
attempt is visible and recorded as a CallRecord, including failed ones.

Retried: 429 (honouring `retry-after-ms` / `Retry-After`, capped), timeouts, connection
errors, 5xx, 408/409, and invalid output (not JSON, schema-invalid, cut off by max_tokens).
Never retried: 400/401/403/404/422 and other 4xx, content-filter stops and refusals — repeating
the same request cannot fix them.

We call `chat.completions.create` with a strict `json_schema` response_format and validate
the content ourselves (rather than `.parse`): that way an attempt whose output fails
validation still yields its `usage`, so tokens spent on bad output are recorded and priced.

Every record carries a `call_id` (the unique key of its `prompt_usage_history` row, so a
record stored twice — once by the chain, once by the spool's drain — is one row) and the
prompt tokens the server served from its cache. A caller's `still_wanted` check runs before
each retry: once the request is failed or cancelled, no further attempt is paid for.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pydantic
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from core.config import LlmPrices, Settings
from core.enums import UsageStatus
from core.once import built_once
from pipelines.review.injection import mask_prompt_injections
from pipelines.review.pricing import Price, cost_usd, price_table
from pipelines.review.prompts import PromptSpec, SectionLike, render_user_prompt
from pipelines.review.schemas import AgentReview, strict_json_schema

Answer = TypeVar("Answer", bound=pydantic.BaseModel)

if TYPE_CHECKING:
    import openai

log = logging.getLogger(__name__)

# A server asking us to wait longer than this is treated as "wait this long, then try":
# a Celery task should not sleep for minutes holding a worker slot.
RETRY_AFTER_CAP_S = 30.0
_REASONING_MODEL_RE = re.compile(r"^(?:o\d|gpt-5)", re.IGNORECASE)
_CODE_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?```\s*$", re.DOTALL)


def new_call_id() -> str:
    return uuid.uuid4().hex


# Told (call_id, agent_type, model) just before each attempt is sent, so the paid call is on
# record before its answer exists.
CallStarted = Callable[[str, str, str], None]


class CallNotRecorded(Exception):
    """The call could not be put on record before it was sent (the database is down): it
    was not sent, nothing was paid, and the run stops so its caller can try again later."""


@dataclass
class CallRecord:
    """One HTTP attempt (retries included): one ``prompt_usage_history`` row."""

    agent_type: str
    model: str
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    latency_ms: int
    cost_usd: Decimal | None
    status: UsageStatus
    error_message: str | None = None
    attempt: int = 1
    cached_tokens: int | None = None  # of prompt_tokens, served from the server's cache
    call_id: str = field(default_factory=new_call_id)


class AgentRunError(Exception):
    """The agent produced no valid review: attempts exhausted or a non-retryable error.

    `reason` is a short human-readable cause; `calls` holds every attempt made;
    `retryable` tells a caller (e.g. a Celery task) whether trying again later could help
    (True for rate limits / outages / bad output, False for 4xx auth or request errors);
    `stopped` means the caller's `still_wanted` check said the answer is no longer wanted.
    """

    def __init__(
        self, reason: str, calls: list[CallRecord], *, retryable: bool, stopped: bool = False
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.calls = calls
        self.retryable = retryable
        self.stopped = stopped


class InvalidOutputError(Exception):
    """The model answered, but not with a valid AgentReview (retryable)."""


class RefusalError(Exception):
    """The model refused or a content filter stopped it (not retryable)."""


class NoLongerWanted(Exception):
    """The caller's ``still_wanted`` check said no before a retry (not retryable)."""


@built_once
def _cached_client(base_url: str | None, api_key: str | None, timeout_s: float) -> openai.OpenAI:
    # Imported on first use: the pipeline worker imports this module for its records and
    # errors but never calls a model, and the SDK costs about 37 MB in every process.
    import openai

    return openai.OpenAI(
        base_url=base_url,
        # Local compatible servers need no key, but the SDK insists on one.
        api_key=api_key or "unused",
        max_retries=0,
        timeout=timeout_s,
    )


def get_client(settings: Settings) -> openai.OpenAI:
    """One shared client per (base_url, key, timeout) per process: keeps its connection pool."""
    return _cached_client(settings.openai_base_url, settings.openai_api_key, settings.llm_timeout_s)


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, InvalidOutputError):
        return True
    sdk = sys.modules.get("openai")  # not imported: no call was made, so no SDK error
    if sdk is None:
        return False
    if isinstance(exc, sdk.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, sdk.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


def retry_after_seconds(exc: BaseException, cap: float = RETRY_AFTER_CAP_S) -> float | None:
    """Server-requested delay from a 429/503 response, capped; None when absent/unparsable."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    value: float | None = None
    raw_ms = headers.get("retry-after-ms")
    raw = headers.get("retry-after")
    try:
        if raw_ms is not None:
            value = float(raw_ms) / 1000.0
        elif raw is not None:
            value = float(raw)
    except ValueError:
        value = None
    if value is None and raw:
        try:  # HTTP-date form
            when = email.utils.parsedate_to_datetime(raw)
            value = when.timestamp() - time.time()
        except (TypeError, ValueError):
            value = None
    if value is None or value != value:  # NaN guard
        return None
    return max(0.0, min(value, cap))


class _Wait:
    """Full-jitter exponential backoff, but a server's Retry-After wins when present."""

    def __init__(self, scale: float, cap: float) -> None:
        self._scale = scale
        self._cap = cap
        self._backoff = wait_random_exponential(multiplier=1, min=0.5, max=20)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if exc is not None:
            server_wait = retry_after_seconds(exc, self._cap)
            if server_wait is not None:
                return server_wait
        return float(self._backoff(state)) * self._scale


def _describe(exc: BaseException) -> str:
    sdk = sys.modules.get("openai")
    if sdk is not None and isinstance(exc, sdk.APIStatusError):
        return f"HTTP {exc.status_code}: {type(exc).__name__}: {str(exc)[:300]}"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def _strip_code_fence(content: str) -> str:
    # Some compatible servers ignore response_format and wrap JSON in ``` fences.
    match = _CODE_FENCE_RE.match(content)
    return match.group(1) if match else content


def _validate_content(completion: Any, answer_model: type[Answer]) -> Answer:
    choices = getattr(completion, "choices", None)
    if not choices:
        raise InvalidOutputError("response has no choices")
    choice = choices[0]
    if choice.finish_reason == "length":
        raise InvalidOutputError("output cut off by max_tokens (finish_reason=length)")
    if choice.finish_reason == "content_filter":
        raise RefusalError("stopped by content filter")
    message = choice.message
    if getattr(message, "refusal", None):
        raise RefusalError(f"model refused: {str(message.refusal)[:200]}")
    content = message.content
    if not content or not content.strip():
        raise InvalidOutputError("empty message content")
    try:
        return answer_model.model_validate_json(_strip_code_fence(content))
    except pydantic.ValidationError as exc:
        # ValidationError covers both malformed JSON and schema violations.
        first = exc.errors()[0] if exc.errors() else {}
        raise InvalidOutputError(
            f"invalid output: {first.get('type', 'error')} at {first.get('loc', ())}: "
            f"{str(first.get('msg', exc))[:200]}"
        ) from exc


def sampling_params(model: str, spec: PromptSpec) -> dict[str, Any]:
    """`temperature` + `max_tokens` for classic chat models and compatible servers.

    OpenAI reasoning models (o1/o3/o4, gpt-5*) reject both: they take
    `max_completion_tokens` and only the default temperature.
    """
    if _REASONING_MODEL_RE.match(model):
        return {"max_completion_tokens": spec.max_tokens}
    return {"temperature": spec.temperature, "max_tokens": spec.max_tokens}


# The name the schema is sent under, per answer model.
SCHEMA_NAMES = {"AgentReview": "agent_review", "RequirementAnswer": "requirement_verdicts"}


def _response_format(answer_model: type[pydantic.BaseModel]) -> dict[str, Any]:
    return {
        "type": "json_schema",
        "json_schema": {
            "name": SCHEMA_NAMES.get(answer_model.__name__, answer_model.__name__.lower()),
            "strict": True,
            "schema": strict_json_schema(answer_model),
        },
    }


@dataclass
class _Attempts(Generic[Answer]):
    spec: PromptSpec
    answer_model: type[Answer]
    model: str
    messages: list[dict[str, str]]
    client: openai.OpenAI
    timeout_s: float
    prices: Mapping[str, Price]
    still_wanted: Callable[[], bool] | None = None
    on_call_start: CallStarted | None = None
    calls: list[CallRecord] = field(default_factory=list)

    def once(self) -> Answer:
        from openai.types.chat import ChatCompletion  # the SDK loads with the first call

        attempt = len(self.calls) + 1
        if attempt > 1 and self.still_wanted is not None and not self.still_wanted():
            raise NoLongerWanted("the review request is no longer open (failed or cancelled)")
        call_id = new_call_id()
        if self.on_call_start is not None:
            # On record before it is paid for: a process killed mid-call leaves this row.
            self.on_call_start(call_id, self.spec.agent_type, self.model)
        started = time.perf_counter()
        completion: Any = None
        try:
            # The SDK's generic post: the request path, client options, timeout and errors
            # of ``chat.completions.create``, without its transform of the request through
            # the parameter types (a no-op on these plain dicts, and about 1 ms of the
            # llm worker's CPU a call, issue 23).
            completion = self.client.post(
                "/chat/completions",
                body={
                    "model": self.model,
                    "messages": self.messages,
                    "response_format": _response_format(self.answer_model),
                    **sampling_params(self.model, self.spec),
                },
                cast_to=ChatCompletion,
                options={"timeout": self.timeout_s},
            )
            latency_ms = int((time.perf_counter() - started) * 1000)
            review = _validate_content(completion, self.answer_model)
        except Exception as exc:
            latency_ms = int((time.perf_counter() - started) * 1000)
            self._record(completion, latency_ms, attempt, call_id, error=_describe(exc))
            # Never log the resume or the prompt: only the cause.
            log.warning(
                "llm attempt %d for agent %s failed: %s",
                attempt,
                self.spec.agent_type,
                _describe(exc),
            )
            raise
        self._record(completion, latency_ms, attempt, call_id, error=None)
        return review

    def _record(
        self, completion: Any, latency_ms: int, attempt: int, call_id: str, *, error: str | None
    ) -> None:
        usage = getattr(completion, "usage", None)
        prompt = getattr(usage, "prompt_tokens", None)
        completion_tokens = getattr(usage, "completion_tokens", None)
        total = getattr(usage, "total_tokens", None)
        if total is None and prompt is not None and completion_tokens is not None:
            total = prompt + completion_tokens
        # Optional: compatible servers may leave the details out.
        cached = getattr(getattr(usage, "prompt_tokens_details", None), "cached_tokens", None)
        # Prefer the model the server says it used (e.g. a dated snapshot) for pricing,
        # and the one asked for when only that one has a price.
        model = getattr(completion, "model", None) or self.model
        cost = cost_usd(model, prompt, completion_tokens, cached, table=self.prices)
        if cost is None and model != self.model:
            cost = cost_usd(self.model, prompt, completion_tokens, cached, table=self.prices)
        self.calls.append(
            CallRecord(
                agent_type=self.spec.agent_type,
                model=model,
                prompt_tokens=prompt,
                completion_tokens=completion_tokens,
                total_tokens=total,
                latency_ms=latency_ms,
                cost_usd=cost,
                status=UsageStatus.ERROR if error else UsageStatus.SUCCESS,
                error_message=error,
                attempt=attempt,
                cached_tokens=cached if isinstance(cached, int) else None,
                call_id=call_id,
            )
        )


def build_messages(
    spec: PromptSpec,
    *,
    text: str,
    sections: Sequence[SectionLike],
    job_description: str | None,
    layout: Any = None,
    mask_injections: bool = True,
    requirements: str | None = None,
) -> list[dict[str, str]]:
    # Detected injections are blanked (offsets preserved) before the model sees them, in
    # every user-controlled part of the prompt: the text, the headings, the job description.
    if mask_injections:
        text = mask_prompt_injections(text)
        sections = [masked_section(section) for section in sections]
        if job_description:
            job_description = mask_prompt_injections(job_description, learned=False)
    user = render_user_prompt(
        spec,
        text=text,
        sections=sections,
        job_description=job_description,
        layout=layout,
        requirements=requirements,
    )
    return [
        {"role": "system", "content": spec.system_prompt},
        {"role": "user", "content": user},
    ]


@dataclass(frozen=True)
class _MaskedSection:
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int


def masked_section(section: SectionLike) -> SectionLike:
    """A copy of ``section`` whose heading is masked like the text (a stored row is never
    changed)."""
    title = section.title
    return _MaskedSection(
        section_type=section.section_type,
        title=mask_prompt_injections(title) if title else title,
        start_offset=section.start_offset,
        end_offset=section.end_offset,
    )


@lru_cache(maxsize=8)
def _prices(configured: LlmPrices) -> Mapping[str, Price]:
    """The price table for the configured prices, built once per process."""
    return price_table(configured)


def run_llm_agent(
    spec: PromptSpec,
    *,
    text: str,
    sections: Sequence[SectionLike],
    job_description: str | None,
    settings: Settings,
    client: openai.OpenAI | None = None,
    layout: Any = None,
    mask_injections: bool = True,
    wait_scale: float = 1.0,
    retry_after_cap_s: float = RETRY_AFTER_CAP_S,
    sleep: Callable[[float], None] = time.sleep,
    still_wanted: Callable[[], bool] | None = None,
    requirements: str | None = None,
    answer_model: type[Answer] = AgentReview,  # type: ignore[assignment]
    on_call_start: CallStarted | None = None,
) -> tuple[Answer, list[CallRecord]]:
    """Review `text` with one agent; returns the validated review and one record per attempt.

    Raises AgentRunError (carrying every CallRecord) when no valid review was obtained.
    `layout` feeds the ATS prompt's {layout} placeholder. With `mask_injections` (default)
    lines holding a detected prompt injection are blanked before sending, in the text, the
    section headings and the job description alike; add the findings with
    injection.add_injection_findings. `wait_scale` multiplies the exponential backoff
    (tests use ~0.01); Retry-After from the server is honoured as sent, capped at
    `retry_after_cap_s`. `still_wanted` is asked before each retry (after its wait); when
    it answers False the run stops with an AgentRunError whose `stopped` is set.
    `requirements` fills the requirements agent's {requirements} placeholder, and
    `answer_model` is the JSON schema asked for and validated (default AgentReview).
    `on_call_start` is told of each attempt before it is sent (its call id, agent, model).
    """
    attempts = _Attempts(
        spec=spec,
        answer_model=answer_model,
        model=spec.model or settings.llm_model,
        messages=build_messages(
            spec,
            text=text,
            sections=sections,
            job_description=job_description,
            layout=layout,
            mask_injections=mask_injections,
            requirements=requirements,
        ),
        client=client or get_client(settings),
        timeout_s=settings.llm_timeout_s,
        prices=_prices(settings.llm_prices),
        still_wanted=still_wanted,
        on_call_start=on_call_start,
    )
    retrying = Retrying(
        stop=stop_after_attempt(max(1, settings.llm_max_attempts)),
        wait=_Wait(wait_scale, retry_after_cap_s),
        retry=retry_if_exception(_is_retryable),
        reraise=True,
        sleep=sleep,
    )
    try:
        review = retrying(attempts.once)
    except CallNotRecorded:
        raise
    except NoLongerWanted as exc:
        reason = f"stopped after {len(attempts.calls)} attempt(s): {exc}"
        raise AgentRunError(reason, attempts.calls, retryable=False, stopped=True) from exc
    except Exception as exc:
        retryable = _is_retryable(exc)
        if retryable:
            reason = f"gave up after {len(attempts.calls)} attempt(s): {_describe(exc)}"
        else:
            reason = f"non-retryable error: {_describe(exc)}"
        raise AgentRunError(reason, attempts.calls, retryable=retryable) from exc
    return review, attempts.calls


def parse_review_json(content: str) -> AgentReview:
    """Validate a raw JSON string as AgentReview (helper for tools/tests)."""
    return AgentReview.model_validate(json.loads(_strip_code_fence(content)))
