"""Who this process is, as the worker heartbeats and the agent leases name it."""

from __future__ import annotations

import os
import socket


def process_name() -> str:
    """``<host>/<pid>``: unique among the processes of an installation."""
    return f"{socket.gethostname()}/{os.getpid()}"
