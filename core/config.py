"""All configuration, read from the environment in one place.

Nothing here is read at import time: call :func:`get_settings` (cached) or build a
:class:`Settings` with explicit values in tests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw is not None else default


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    return float(raw) if raw is not None else default


def _env_list(name: str) -> list[str]:
    raw = _env(name, "") or ""
    return [item.strip() for item in raw.split(",") if item.strip()]


def default_instance_dir() -> Path:
    return Path(_env("INSTANCE_DIR", str(Path.cwd() / "instance")) or "instance")


@dataclass(frozen=True)
class Settings:
    database_url: str
    broker_url: str | None
    result_backend: str | None
    storage_dir: Path
    # LLM: when openai_base_url and openai_api_key are both unset, the offline reviewer runs.
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 60.0
    llm_max_attempts: int = 4
    llm_concurrency: int = 48
    llm_retry_wait_scale: float = 1.0  # multiplies tenacity's backoff (tests use ~0.01)
    # Upload and extraction limits.
    max_upload_bytes: int = 10 * 1024 * 1024
    max_pages: int = 30
    extract_memory_mb: int = 512
    extract_cpu_seconds: int = 30
    extract_timeout_s: float = 45.0
    max_text_chars: int = 200_000
    max_attempts: int = 3
    # Beat: recovery sweep and batch re-review.
    recovery_pending_after_s: float = 60.0
    recovery_running_after_s: float = 900.0
    recovery_batch_size: int = 200
    rereview_batch_size: int = 50
    rereview_older_than_days: float | None = None
    # API
    jwt_secret: str = field(default="", repr=False)
    access_token_ttl_s: int = 900
    refresh_token_ttl_s: int = 14 * 24 * 3600
    cors_origins: tuple[str, ...] = ()

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_base_url or self.openai_api_key)

    @property
    def prompts_dir(self) -> Path:
        return PROJECT_ROOT / "prompts"


def load_settings() -> Settings:
    instance = default_instance_dir()
    redis_url = _env("REDIS_URL")
    broker = _env("CELERY_BROKER_URL", redis_url)
    return Settings(
        database_url=_env("DATABASE_URL", f"sqlite:///{instance / 'resume_review.sqlite3'}") or "",
        broker_url=broker,
        result_backend=_env("CELERY_RESULT_BACKEND", broker),
        storage_dir=Path(_env("STORAGE_DIR", str(instance / "storage")) or ""),
        openai_base_url=_env("OPENAI_BASE_URL"),
        openai_api_key=_env("OPENAI_API_KEY"),
        llm_model=_env("LLM_MODEL", "gpt-4o-mini") or "gpt-4o-mini",
        llm_timeout_s=_env_float("LLM_TIMEOUT_S", 60.0),
        llm_max_attempts=_env_int("LLM_MAX_ATTEMPTS", 4),
        llm_concurrency=_env_int("LLM_CONCURRENCY", 48),
        llm_retry_wait_scale=_env_float("LLM_RETRY_WAIT_SCALE", 1.0),
        max_upload_bytes=_env_int("MAX_UPLOAD_BYTES", 10 * 1024 * 1024),
        max_pages=_env_int("MAX_PAGES", 30),
        extract_memory_mb=_env_int("EXTRACT_MEMORY_MB", 512),
        extract_cpu_seconds=_env_int("EXTRACT_CPU_SECONDS", 30),
        extract_timeout_s=_env_float("EXTRACT_TIMEOUT_S", 45.0),
        max_attempts=_env_int("MAX_ATTEMPTS", 3),
        recovery_pending_after_s=_env_float("RECOVERY_PENDING_AFTER_S", 60.0),
        recovery_running_after_s=_env_float("RECOVERY_RUNNING_AFTER_S", 900.0),
        recovery_batch_size=_env_int("RECOVERY_BATCH_SIZE", 200),
        rereview_batch_size=_env_int("REREVIEW_BATCH_SIZE", 50),
        rereview_older_than_days=(
            _env_float("REREVIEW_OLDER_THAN_DAYS", 0.0)
            if _env("REREVIEW_OLDER_THAN_DAYS")
            else None
        ),
        jwt_secret=_env("JWT_SECRET", "") or "",
        access_token_ttl_s=_env_int("ACCESS_TOKEN_TTL_S", 900),
        refresh_token_ttl_s=_env_int("REFRESH_TOKEN_TTL_S", 14 * 24 * 3600),
        cors_origins=tuple(_env_list("CORS_ORIGINS")),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
