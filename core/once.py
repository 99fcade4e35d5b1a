"""Per-process values that are costly to build (models, dictionaries, clients, engines).

``functools.cache`` is not enough in a thread-pool worker: the 48 threads of an llm worker
that miss the cache at the same moment each build their own copy (seconds of CPU and tens
of MB each, measured as a third of the first 20 s of a run). ``built_once`` builds each
value once per process and arguments; the others wait for it.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def built_once(build: Callable[P, T]) -> Callable[P, T]:
    """``build`` called at most once per distinct arguments in this process (thread-safe)."""
    built: dict[Hashable, T] = {}
    lock = threading.Lock()

    @functools.wraps(build)
    def get(*args: P.args, **kwargs: P.kwargs) -> T:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return built[key]
        except KeyError:
            pass
        with lock:
            if key not in built:
                built[key] = build(*args, **kwargs)
            return built[key]

    get.cache_clear = built.clear  # type: ignore[attr-defined]  # as functools' caches have
    return get
