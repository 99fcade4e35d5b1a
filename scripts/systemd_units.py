"""Write the systemd units of a production installation from the Procfile, so that
supervision never drifts from what ``make up`` runs: ``deploy/systemd/``.

Run: ``.venv/bin/python scripts/systemd_units.py [--check]`` (``--check`` fails when the
committed units differ from what the Procfile gives; the tests run it).

Each Procfile process becomes ``resume-review-<name>.service``: the dedicated user
``resume-review``, the environment from ``/etc/resume-review/env``, the code in
``/opt/resume-review`` (its virtualenv in ``.venv``), a restart policy, a memory limit, and
SIGTERM with time to finish what runs (Celery's warm shutdown). ``release`` is a oneshot that
the others wait for. The pipeline worker keeps the four capabilities the parse sandbox
needs to drop to ``nobody`` (docs/sandbox.md) and nothing else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "deploy" / "systemd"
PREFIX = "/opt/resume-review"

# Per process: memory limit, seconds to stop gracefully, extra [Service] lines.
POLICY: dict[str, tuple[str, int, list[str]]] = {
    "web": ("1G", 40, []),
    # Extraction may run up to EXTRACT_TIMEOUT_S plus OCR time per page: let it finish.
    "worker": (
        "2G",
        900,
        [
            "AmbientCapabilities=CAP_SETUID CAP_SETGID CAP_CHOWN CAP_KILL",
            "CapabilityBoundingSet=CAP_SETUID CAP_SETGID CAP_CHOWN CAP_KILL",
        ],
    ),
    # An agent's calls with their retries (LLM_TIMEOUT_S x LLM_MAX_ATTEMPTS) finish.
    "llm": ("1G", 330, []),
    "beat": ("256M", 30, []),
    "flower": ("512M", 30, []),
}


def procfile() -> dict[str, str]:
    entries = {}
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, command = line.split(":", 1)
            entries[name.strip()] = command.strip()
    return entries


def systemd_literal(command: str) -> str:
    """The command as systemd must read it to hand it to the shell unchanged: ``%`` starts a
    systemd specifier (``%h`` is a home directory, not Celery's host name) and ``$`` a systemd
    variable, so both are doubled."""
    return command.replace("%", "%%").replace("$", "$$")


def unit(name: str, command: str) -> str:
    command = systemd_literal(command)
    hardening = [
        "NoNewPrivileges=" + ("no" if name == "worker" else "yes"),
        "ProtectSystem=strict",
        f"ReadWritePaths={PREFIX}/instance /var/lib/resume-review",
        "PrivateTmp=yes",
        "ProtectHome=yes",
    ]
    if name == "release":
        return "\n".join([
            "[Unit]",
            "Description=resume-review: release (migrations, prompts)",
            "After=network-online.target postgresql.service",
            "",
            "[Service]",
            "Type=oneshot",
            "RemainAfterExit=yes",
            "User=resume-review",
            "Group=resume-review",
            f"WorkingDirectory={PREFIX}",
            "EnvironmentFile=/etc/resume-review/env",
            f"Environment=PATH={PREFIX}/.venv/bin:/usr/bin:/bin",
            f"ExecStart=/bin/sh -c '{command}'",
            *hardening,
            "",
            "[Install]",
            "WantedBy=resume-review.target",
            "",
        ])  # fmt: skip
    memory, stop_s, extra = POLICY[name]
    return "\n".join([
        "[Unit]",
        f"Description=resume-review: {name}",
        "After=network-online.target resume-review-release.service",
        "Requires=resume-review-release.service",
        "PartOf=resume-review.target",
        "",
        "[Service]",
        "Type=simple",
        "User=resume-review",
        "Group=resume-review",
        f"WorkingDirectory={PREFIX}",
        "EnvironmentFile=/etc/resume-review/env",
        f"Environment=PATH={PREFIX}/.venv/bin:/usr/bin:/bin",
        f"ExecStart=/bin/sh -c 'exec {command}'",
        "Restart=always",
        "RestartSec=5",
        "KillSignal=SIGTERM",
        "KillMode=mixed",
        f"TimeoutStopSec={stop_s}",
        f"MemoryMax={memory}",
        *extra,
        *hardening,
        "",
        "[Install]",
        "WantedBy=resume-review.target",
        "",
    ])  # fmt: skip


TARGET = """[Unit]
Description=resume-review: every process of this host
Wants=network-online.target

[Install]
WantedBy=multi-user.target
"""


def units() -> dict[str, str]:
    found = {f"resume-review-{name}.service": unit(name, cmd) for name, cmd in procfile().items()}
    found["resume-review.target"] = TARGET
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    wanted = units()
    if args.check:
        stale = [
            name for name, text in wanted.items()
            if not (OUT / name).is_file() or (OUT / name).read_text() != text
        ]  # fmt: skip
        extra = sorted(p.name for p in OUT.glob("*") if p.name not in wanted)
        if stale or extra:
            print(f"deploy/systemd is stale: {stale + extra}; run scripts/systemd_units.py")
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in wanted.items():
        (OUT / name).write_text(text)
    print(f"wrote {len(wanted)} units to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
