"""All configuration, read from the environment here and nowhere else.

Each setting is a field of :class:`Settings` whose metadata names its environment variable
and says what it means; :func:`load_settings` reads them all, and the README's
configuration table is checked against these fields (``tests/test_architecture.py``).
Nothing is read at import time: call :func:`get_settings` (cached) or build a
:class:`Settings` with explicit values in tests. Parts receive the narrow options they
need (``ExtractionLimits``, ``LlmOptions``…), not the whole object.
"""

from __future__ import annotations

import json
import os
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# A RabbitMQ broker (Celery's recommended production broker) is chosen by its URL.
AMQP_SCHEMES = ("amqp://", "amqps://", "pyamqp://")
# What a parser child may see of the environment: nothing secret, only what a Python
# process needs to start and to read text in the right encoding.
CHILD_ENV_ALLOWLIST = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR")
# LLM_PRICES: (model, input, output, cached or None), USD per 1M tokens.
LlmPrices = tuple[tuple[str, Decimal, Decimal, Decimal | None], ...]
# Variables that no longer exist, and what replaced them (an error names it at start-up).
REPLACED_VARIABLES = {
    "LLM_PRICE_INPUT_PER_MTOK": "LLM_PRICES (`*=input/output` prices every unpriced model)",
    "LLM_PRICE_OUTPUT_PER_MTOK": "LLM_PRICES (`*=input/output` prices every unpriced model)",
}


def _setting(env: str, default: Any, meaning: str, *, default_text: str | None = None) -> Any:
    return field(
        default=default, metadata={"env": env, "meaning": meaning, "default_text": default_text}
    )


@dataclass(frozen=True)
class Settings:
    database_url: str = _setting(
        "DATABASE_URL",
        "",
        "SQLAlchemy URL; PostgreSQL in production (`postgresql+psycopg2://…`)",
        default_text="`sqlite:///$INSTANCE_DIR/resume_review.sqlite3`",
    )
    instance_dir: Path = _setting(
        "INSTANCE_DIR",
        Path("instance"),
        "where the SQLite file, uploads and beat schedule live by default",
        default_text="`./instance`",
    )
    storage_dir: Path = _setting(
        "STORAGE_DIR",
        Path("instance/storage"),
        "uploaded files (server-chosen names)",
        default_text="`$INSTANCE_DIR/storage`",
    )
    storage_backend: str = _setting(
        "STORAGE_BACKEND",
        "local",
        "`local` (STORAGE_DIR, one host) or `s3`: uploads and page images in an "
        "S3-compatible bucket every host can reach",
    )
    s3_bucket: str | None = _setting("S3_BUCKET", None, "the bucket, with STORAGE_BACKEND=s3")
    s3_endpoint_url: str | None = _setting(
        "S3_ENDPOINT_URL",
        None,
        "the store's address when it is not AWS (MinIO, Ceph …); credentials come from "
        "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the host's role",
        default_text="AWS",
    )
    s3_region: str | None = _setting("S3_REGION", None, "the bucket's region")
    s3_prefix: str = _setting("S3_PREFIX", "", "a key prefix inside the bucket (e.g. `resumes/`)")
    spool_dir: Path = _setting(
        "SPOOL_DIR",
        Path("instance/spool"),
        "each agent's answer and paid calls, kept on local disk until they are stored "
        "(a retry reuses them instead of paying again); local to each llm worker",
        default_text="`$INSTANCE_DIR/spool`",
    )
    redis_url: str | None = _setting(
        "REDIS_URL",
        None,
        "Redis: the API's refresh tokens and login throttling, and the broker and result "
        "backend unless the two below are set; unset, the CLI runs reviews in process",
    )
    broker_url: str | None = _setting(
        "CELERY_BROKER_URL",
        None,
        "Celery broker: Redis (`redis://`) or RabbitMQ (`amqp://`; durable quorum queues, "
        "publisher confirms); workers, beat and Flower use the local Redis when none is set",
        default_text="`REDIS_URL`",
    )
    result_backend: str | None = _setting(
        "CELERY_RESULT_BACKEND",
        None,
        "Celery results (Redis: the chords of a review count their agents there)",
        default_text="`CELERY_BROKER_URL`; `REDIS_URL` with a RabbitMQ broker",
    )
    pipeline_queue: str = _setting("CELERY_PIPELINE_QUEUE", "pipeline", "queue of the CPU stages")
    llm_queue: str = _setting("CELERY_LLM_QUEUE", "llm", "queue of the agent calls")
    visibility_timeout_s: int | None = _setting(
        "CELERY_VISIBILITY_TIMEOUT",
        None,
        "Redis redelivery timeout for unacknowledged tasks",
        default_text="`3600` (always > the longest hard time limit)",
    )
    # LLM: when openai_base_url and openai_api_key are both unset, the offline reviewer runs.
    openai_base_url: str | None = _setting(
        "OPENAI_BASE_URL",
        None,
        "any OpenAI-compatible server; with it and the key unset the offline reviewer runs",
    )
    openai_api_key: str | None = field(
        default=None,
        repr=False,
        metadata={"env": "OPENAI_API_KEY", "meaning": "the LLM server's key", "default_text": None},
    )
    llm_model: str = _setting(
        "LLM_MODEL", "gpt-4o-mini", "default model (a prompt file may name its own)"
    )
    llm_timeout_s: float = _setting("LLM_TIMEOUT_S", 60.0, "per-call timeout")
    llm_max_attempts: int = _setting(
        "LLM_MAX_ATTEMPTS",
        4,
        "attempts per call including retries (tenacity; the SDK's own retries are off)",
    )
    known_answer_check: bool = _setting(
        "KNOWN_ANSWER_CHECK",
        True,
        "with an LLM, one short call per review asks the model to repeat a random key with the "
        "resume given as data; without the key the resume steers the model and its answers are "
        "excluded (paid and recorded like an agent call)",
    )
    injection_learned_layer: bool = _setting(
        "INJECTION_LEARNED_LAYER",
        True,
        "the prompt-injection detector's learned layer reads candidates' text beside the rules "
        "(about 45 ms a resume and 40 MB a worker process; off: the rules alone)",
    )
    eval_samples: int = _setting(
        "EVAL_SAMPLES",
        3,
        "with an LLM, how many times each candidate's requirements are judged (one call each); "
        "the majority is the verdict, a split is shown as uncertain, a tie is unclear",
    )
    llm_retry_wait_scale: float = _setting(
        "LLM_RETRY_WAIT_SCALE", 1.0, "multiplies the exponential backoff (tests use 0.01)"
    )
    llm_prices: LlmPrices = _setting(
        "LLM_PRICES",
        (),
        "USD per million tokens by model, over the built-in table: "
        '`model=input/output[/cached];…` or JSON `{"model": [input, output, cached]}`; '
        "`*` prices any other model; cached tokens cost the input rate when no cached rate "
        "is given",
    )
    llm_daily_budget_usd: float | None = _setting(
        "LLM_DAILY_BUDGET_USD",
        None,
        "USD of LLM calls a UTC day may cost (recorded usage plus paid calls still in the "
        "spool); once reached, new LLM work is refused until midnight UTC (running work "
        "finishes; the offline reviewer is never put in its place); with a budget set, a "
        "model without a price cannot run",
    )
    requests_per_minute: int = _setting(
        "REQUESTS_PER_MINUTE",
        120,
        "review and evaluation requests one user may queue in a minute (a 50-file drop is 50)",
    )
    requests_per_day: int = _setting(
        "REQUESTS_PER_DAY", 2000, "review and evaluation requests one user may queue in a day"
    )
    # Upload and extraction limits.
    max_upload_bytes: int = _setting("MAX_UPLOAD_BYTES", 10 * 1024 * 1024, "upload size limit")
    max_pages: int = _setting("MAX_PAGES", 30, "page limit")
    max_text_chars: int = _setting("MAX_TEXT_CHARS", 200_000, "extracted text limit")
    extract_memory_mb: int = _setting("EXTRACT_MEMORY_MB", 512, "sandbox memory per file")
    extract_cpu_seconds: int = _setting("EXTRACT_CPU_SECONDS", 30, "sandbox CPU time per file")
    extract_timeout_s: float = _setting(
        "EXTRACT_TIMEOUT_S",
        45.0,
        "sandbox wall clock per file, plus `EXTRACT_OCR_PAGE_SECONDS` for each page read by OCR",
    )
    extract_sandbox: str = _setting(
        "EXTRACT_SANDBOX",
        "forkserver",
        "`forkserver` (a warm parser server) or `subprocess` (one process per file)",
    )
    extract_sandbox_user: str = _setting(
        "EXTRACT_SANDBOX_USER",
        "nobody",
        "the user a parse runs as (the service must be root or hold CAP_SETUID, CAP_SETGID, "
        "CAP_CHOWN and CAP_KILL; docs/sandbox.md)",
    )
    extract_pdf_engine: str = _setting(
        "EXTRACT_PDF_ENGINE",
        "pdfium",
        "`pdfium` (pypdfium2, the default by measurement: bench/extract.py) or `pdfplumber`",
    )
    extract_max_file_mb: int = _setting(
        "EXTRACT_MAX_FILE_MB", 64, "what the parser child may write to its private temp dir"
    )
    extract_render_pages: bool = _setting(
        "EXTRACT_RENDER_PAGES", True, "render each PDF page to an image, in the sandbox"
    )
    extract_page_image_dpi: int = _setting(
        "EXTRACT_PAGE_IMAGE_DPI", 110, "resolution of the page images (longest side ≤ 1600 px)"
    )
    extract_ocr_page_seconds: float = _setting(
        "EXTRACT_OCR_PAGE_SECONDS",
        20.0,
        "wall-clock seconds OCR may spend reading one scanned PDF page (a page past it fails "
        "the file with the reason)",
    )
    extract_ocr_parallel_pages: int = _setting(
        "EXTRACT_OCR_PARALLEL_PAGES",
        0,
        "scanned pages of one file OCR reads at once, one single-threaded Tesseract each "
        "(~130 MB apiece); 0 means one per CPU the parser may run on",
        default_text="`0` (the CPUs available)",
    )
    max_attempts: int = _setting(
        "MAX_ATTEMPTS",
        3,
        "times a request's chain may start before it is failed (a file that kills its "
        "worker cannot loop)",
    )
    # Beat: recovery sweep and batch re-review.
    spool_drain_interval_s: float = _setting(
        "SPOOL_DRAIN_INTERVAL_S",
        600.0,
        "how often each worker records spooled calls whose request closed, or that are older "
        "than SPOOL_DRAIN_AFTER_S",
    )
    spool_drain_after_s: float = _setting(
        "SPOOL_DRAIN_AFTER_S",
        3600.0,
        "age after which a spooled call of a still-open request is recorded anyway",
    )
    recovery_interval_s: float = _setting(
        "RECOVERY_INTERVAL_S", 30.0, "how often the recovery sweep runs"
    )
    worker_heartbeat_s: float = _setting(
        "WORKER_HEARTBEAT_S",
        10.0,
        "how often each worker process records that it is alive and what it is running",
    )
    worker_dead_after_s: float = _setting(
        "WORKER_DEAD_AFTER_S",
        30.0,
        "a worker process silent this long is dead: what it was running is republished at once",
    )
    recovery_lost_after_s: float = _setting(
        "RECOVERY_LOST_AFTER_S",
        60.0,
        "a queued or processing request untouched this long, run by no live worker while the "
        "queues are empty, lost its message (a broker restart): republished",
    )
    recovery_pending_after_s: float = _setting(
        "RECOVERY_PENDING_AFTER_S", 60.0, "when a pending request counts as stranded"
    )
    recovery_running_after_s: float = _setting(
        "RECOVERY_RUNNING_AFTER_S",
        900.0,
        "the backstop: when any queued or processing request untouched this long counts as "
        "stranded",
    )
    recovery_batch_size: int = _setting(
        "RECOVERY_BATCH_SIZE", 200, "requests republished per sweep at most"
    )
    storage_sweep_interval_s: float = _setting(
        "STORAGE_SWEEP_INTERVAL_S",
        3600.0,
        "how often beat deletes stored files no resume references (an erasure whose file "
        "deletion failed, an upload rolled back after its file was written)",
    )
    storage_sweep_grace_s: float = _setting(
        "STORAGE_SWEEP_GRACE_S", 86400.0, "how old an unreferenced stored file must be to go"
    )
    rereview_interval_s: float = _setting(
        "REREVIEW_INTERVAL_S", 300.0, "how often beat's batch re-review runs"
    )
    rereview_batch_size: int = _setting("REREVIEW_BATCH_SIZE", 50, "re-reviews per batch")
    rereview_older_than_days: float | None = _setting(
        "REREVIEW_OLDER_THAN_DAYS", None, "also re-review reviews older than this many days"
    )
    # API
    jwt_secret: str = field(
        default="",
        repr=False,
        metadata={
            "env": "JWT_SECRET",
            "meaning": "HS256 key for access tokens (at least 32 characters)",
            "default_text": "required by the API",
        },
    )
    session_key: str = field(
        default="",
        repr=False,
        metadata={
            "env": "SESSION_KEY",
            "meaning": "HMAC key for what Redis stores of refresh tokens, workspace sessions and "
            "login counters, and for password fingerprints (at least 32 characters; changing it "
            "ends every session)",
            "default_text": "required by the API and the workspace",
        },
    )
    access_token_ttl_s: int = _setting("ACCESS_TOKEN_TTL_S", 900, "access token lifetime")
    refresh_token_ttl_s: int = _setting(
        "REFRESH_TOKEN_TTL_S", 12 * 3600, "refresh token lifetime (a family never outlives it)"
    )
    session_idle_s: int = _setting(
        "SESSION_IDLE_S",
        30 * 60,
        "a workspace session ends after this long without a request of the user's own "
        "(progress polling does not count)",
    )
    session_max_age_s: int = _setting(
        "SESSION_MAX_AGE_S", 12 * 3600, "a workspace session ends this long after sign-in"
    )
    cors_origins: tuple[str, ...] = _setting(
        "CORS_ORIGINS", (), "comma-separated allowed browser origins", default_text="none"
    )
    trusted_proxy_count: int = _setting(
        "TRUSTED_PROXY_COUNT", 0, "proxies in front of the API whose X-Forwarded-For is trusted"
    )
    flower_public_url: str = _setting(
        "FLOWER_PUBLIC_URL",
        "http://127.0.0.1:5555",
        "where admins reach Flower (the workspace links to it; behind a proxy, its public address)",
    )
    # Logs
    log_level: str = _setting("LOG_LEVEL", "INFO", "log level")
    log_format: str | None = _setting(
        "LOG_FORMAT",
        None,
        "`json` or `console`",
        default_text="JSON unless stderr is a terminal",
    )

    def __post_init__(self) -> None:
        # Derived defaults: one place decides them, whoever builds the object.
        if self.broker_url is None:
            object.__setattr__(self, "broker_url", self.redis_url)
        if self.result_backend is None:
            # Chords need a result store: with RabbitMQ as the broker it is Redis's.
            broker_is_amqp = (self.broker_url or "").startswith(AMQP_SCHEMES)
            store = self.redis_url if broker_is_amqp else self.broker_url
            object.__setattr__(self, "result_backend", store)
        if not self.database_url:
            url = f"sqlite:///{self.instance_dir / 'resume_review.sqlite3'}"
            object.__setattr__(self, "database_url", url)

    @property
    def broker_is_amqp(self) -> bool:
        return self.celery_broker_url.startswith(AMQP_SCHEMES)

    @property
    def celery_broker_url(self) -> str:
        """A Celery process cannot run without a broker: the local Redis when none is set."""
        return self.broker_url or DEFAULT_REDIS_URL

    @property
    def celery_result_backend(self) -> str:
        return self.result_backend or self.celery_broker_url

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_base_url or self.openai_api_key)

    @property
    def prompts_dir(self) -> Path:
        return PROJECT_ROOT / "prompts"


def _parse(raw: str, annotation: str) -> Any:
    kind = annotation.replace(" | None", "")
    parsers: dict[str, Any] = {
        "int": int,
        "float": float,
        "Path": Path,
        "Decimal": _decimal,
        "LlmPrices": _llm_prices,
        "bool": _boolean,
        "tuple[str, ...]": lambda text: tuple(p.strip() for p in text.split(",") if p.strip()),
    }
    return parsers.get(kind, str)(raw)


def _decimal(raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"not a number: {raw!r}") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"not a price: {raw!r}")
    return value


def _boolean(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"not a yes/no value: {raw!r}")


def _llm_prices(raw: str) -> LlmPrices:
    """``model=input/output[/cached];…`` or a JSON object ``{model: [input, output(,
    cached)]}`` (an entry may also be ``{"input": …, "output": …, "cached": …}``)."""
    entries: list[tuple[str, list[Any]]] = []
    if raw.startswith("{"):
        try:
            data = json.loads(raw, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise ValueError(f"not a JSON object: {error}") from None
        for model, rates in data.items():
            if isinstance(rates, dict):
                rates = [rates.get("input"), rates.get("output"), rates.get("cached")]
            entries.append((model, rates if isinstance(rates, list) else [rates]))
    else:
        for part in filter(str.strip, raw.split(";")):
            model, equals, rates = part.partition("=")
            entries.append((model if equals else "", rates.split("/")))
    return tuple(_price_entry(model, rates) for model, rates in entries)


def _price_entry(model: str, rates: list[Any]) -> tuple[str, Decimal, Decimal, Decimal | None]:
    if not model.strip() or len(rates) not in (2, 3) or None in rates[:2]:
        raise ValueError(f"expected model=input/output[/cached], got {model!r}: {rates!r}")
    cached = rates[2] if len(rates) == 3 else None
    return (
        model.strip().lower(),
        _decimal(str(rates[0]).strip()),
        _decimal(str(rates[1]).strip()),
        None if cached is None else _decimal(str(cached).strip()),
    )


def environment_variables() -> list[tuple[str, str, str]]:
    """(variable, default as the README shows it, meaning) for every setting."""
    rows = []
    for item in fields(Settings):
        default = item.default if item.default is not MISSING else None
        text = item.metadata.get("default_text")
        if text is None:
            text = "unset" if default in (None, ()) else f"`{default}`"
        rows.append((item.metadata["env"], text, item.metadata["meaning"]))
    return rows


def markdown_table() -> str:
    """The README's configuration table (``python -m core.config`` prints it)."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    lines += [
        f"| `{name}` | {default} | {meaning} |"
        for name, default, meaning in environment_variables()
    ]
    return "\n".join(lines)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Every setting from the environment; an empty variable counts as unset."""
    source = os.environ if environ is None else environ
    for name, replacement in REPLACED_VARIABLES.items():
        if (source.get(name) or "").strip():
            raise ValueError(f"{name} is no longer read: use {replacement}")
    values: dict[str, Any] = {}
    for item in fields(Settings):
        raw = (source.get(item.metadata["env"]) or "").strip()
        if raw:
            try:
                values[item.name] = _parse(raw, str(item.type))
            except ValueError as error:
                raise ValueError(f"{item.metadata['env']}: {error}") from None
    instance = values.get("instance_dir") or Path.cwd() / "instance"
    values["instance_dir"] = instance
    values.setdefault("storage_dir", instance / "storage")
    values.setdefault("spool_dir", instance / "spool")
    return Settings(**values)


def child_process_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a sandboxed child: the allow-list only, never a secret."""
    env = {name: os.environ[name] for name in CHILD_ENV_ALLOWLIST if name in os.environ}
    return {**env, **(extra or {})}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


if __name__ == "__main__":
    print(markdown_table())
