"""The extraction sandbox's isolation, proven from inside the child.

``testkit.isolation_probe`` is the production child (``pipelines.extraction.child``) with a
probing job instead of the parse: launched by ``sandbox.launch`` exactly as a parse is
(fork server, or one-shot), isolated by the same ``isolate()``, it tries what a hostile
parser would try and reports. Every protection is asserted on Linux: a missing one fails.
"""

from __future__ import annotations

import json
import os
import pwd
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import docx
import pytest

from core.config import CHILD_ENV_ALLOWLIST
from pipelines.extraction import (
    ExtractionError,
    ExtractionLimits,
    extract_in_process,
    ocr,
    protocol,
    sandbox,
)
from pipelines.extraction.isolation import LAUNCH_ENV_NAMES, landlock_abi
from pipelines.storage import LocalDiskStorage
from testkit.isolation_probe import PROBE_MODULE
from testkit.isolation_probe_without_seccomp import PROBE_MODULE as NO_SECCOMP_PROBE
from testkit.resume_factory import EN, PdfStyle, make_docx, make_pdf
from tests.conftest import TEST_REDIS_URL

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the sandbox's isolation is Linux's"
)

MODES = ("forkserver", "subprocess")
ROOT = Path(__file__).resolve().parent.parent
SECRETS = {
    "JWT_SECRET": "jwt-secret-7f3a9c",
    "DATABASE_URL": "postgresql+psycopg2://app:db-password-51e2@db/app",
    "OPENAI_API_KEY": "sk-test-openai-key-0b8d",
}
FILE_BUDGET_MB = 2
AS_ROOT = os.geteuid() == 0


@pytest.fixture
def secrets_in_parent(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The worker's secrets in this (the parent's) environment, and servers started after
    they were set (a fork server inherits its environment once, at start)."""
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    sandbox.shutdown_servers()
    yield
    sandbox.shutdown_servers()


def _redis_port() -> int:
    port = urlsplit(TEST_REDIS_URL).port or 6379
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass  # listening: a refusal inside the child is the sandbox's doing
    return port


def _probe(mode: str, module: str = PROBE_MODULE, **request: Any) -> sandbox._Outcome:
    limits = ExtractionLimits(sandbox=mode, max_file_mb=FILE_BUDGET_MB)
    outcome = sandbox.launch(json.dumps(request).encode(), limits, module=module)
    assert outcome.mode == mode, "the probe ran through the other launcher"
    return outcome


def _findings(outcome: sandbox._Outcome) -> dict[str, Any]:
    answer = protocol.decode_answer(outcome.stdout)
    assert answer is not None, outcome.stderr_tail.decode(errors="replace")
    assert "probe" in answer.payload, answer.payload
    return answer.payload["probe"]


@pytest.fixture(scope="module")
def stored_resume(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resume in a storage folder, saved as the service saves uploads."""
    folder = tmp_path_factory.mktemp("stored")
    folder.chmod(0o755)  # the test's own folder is open: the storage's modes must hold
    files = LocalDiskStorage(folder / "storage")
    files.save("0123abcd.pdf", b"%PDF-1.4 another candidate's resume")
    return folder / "storage" / "0123abcd.pdf"


def _targets(stored: Path) -> dict[str, dict[str, str]]:
    """What a compromised parser would go for, by what it is."""
    return {
        "read": {
            "stored resume": str(stored),
            "project file": str(ROOT / "setup.cfg"),
            "project code": str(ROOT / "pipelines" / "flow.py"),
            "virtualenv package data": f"{docx.__path__[0]}/templates/default-header.xml",
            "system accounts": "/etc/passwd",
            "another process": "/proc/1/environ",
        },
        "list": {
            "storage folder": str(stored.parent),
            "project": str(ROOT),
            "virtualenv": sys.prefix,
            "temp": tempfile.gettempdir(),
            "processes": "/proc/1/fd",
        },
    }


@pytest.fixture(scope="module", params=MODES)
def findings(request: pytest.FixtureRequest, stored_resume: Path) -> Any:
    mode = request.param
    monkeypatch = pytest.MonkeyPatch()
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    sandbox.shutdown_servers()
    outside = [str(ROOT / "probe-was-here.txt"), "/root/probe-was-here.txt"]
    outside += [str(Path(tempfile.gettempdir()) / "probe-was-here.txt")]
    targets = _targets(stored_resume)
    tesseract = ocr.tesseract_binary()
    assert tesseract is not None, "make test installs tesseract-ocr"
    run = [[tesseract, "--version"], ["/bin/true"], ["/bin/sh", "-c", "true"], [sys.executable]]
    try:
        outcome = _probe(
            mode,
            port=_redis_port(),
            outside=outside,
            secrets=list(SECRETS.values()),
            read=list(targets["read"].values()),
            list=list(targets["list"].values()),
            run=run,
        )
        found = _findings(outcome)
        yield {"mode": mode, "outside": outside, "targets": targets, "run": run, **found}
    finally:
        sandbox.shutdown_servers()
        monkeypatch.undo()
        for path in outside:
            assert not Path(path).exists(), f"the probe wrote {path}"


def test_environment_is_the_allow_list_only(findings: Any) -> None:
    env = findings["environment"]
    assert env["secrets_seen"] == []
    allowed = set(CHILD_ENV_ALLOWLIST) | set(LAUNCH_ENV_NAMES)
    assert set(env["python_names"]) <= allowed, env["python_names"]
    assert not set(SECRETS) & set(env["python_names"])
    # The exec environment block is unreadable once the child is nobody and not dumpable.
    if AS_ROOT:
        assert env["exec_names"] == "EACCES"
    else:
        assert set(env["exec_names"]) <= allowed


def test_runs_as_nobody_and_cannot_regain_root(findings: Any) -> None:
    identity = findings["identity"]
    assert 0 not in identity["uids"] and 0 not in identity["gids"]
    assert identity["setuid_root"] == "EPERM" and identity["seteuid_root"] == "EPERM"
    if AS_ROOT:
        nobody = pwd.getpwnam("nobody")
        assert identity["uids"] == [nobody.pw_uid] * 3
        assert identity["groups"] == []
    status = findings["status"]
    assert int(status["CapEff"], 16) == 0 and int(status["CapPrm"], 16) == 0
    # Switching ids cleared the parent-death signal; the child set it again.
    assert status["pdeathsig"] == signal.SIGKILL


def test_no_network_seccomp_and_no_new_privileges(findings: Any) -> None:
    status = findings["status"]
    assert status["Seccomp"] == "2", status  # 2: a filter is loaded
    assert status["NoNewPrivs"] == "1"
    # Redis listens on that port (checked from here); the child cannot even make a socket.
    assert findings["network"] == {
        "inet_connect": "EPERM",
        "inet6_connect": "EPERM",
        "unix_socket": "EPERM",
        "udp_socket": "EPERM",
        "netlink_socket": "EPERM",
    }


def test_file_size_budget(findings: Any) -> None:
    files = findings["files"]
    assert files["write_within_budget"] == "ok"
    assert files["write_past_budget"] == "EFBIG"  # an error, not SIGXFSZ
    assert findings["rlimits"]["RLIMIT_FSIZE"] == [FILE_BUDGET_MB << 20] * 2
    assert findings["rlimits"]["RLIMIT_CORE"] == [0, 0]
    limits = ExtractionLimits()
    assert findings["rlimits"]["RLIMIT_AS"] == [limits.memory_mb << 20] * 2
    assert findings["rlimits"]["RLIMIT_CPU"] == [limits.cpu_seconds, limits.cpu_seconds + 2]


def test_private_temp_dir_removed_afterwards(findings: Any) -> None:
    files = findings["files"]
    assert files["tmpdir"] == files["cwd"]
    assert files["tmp_mode"] == "0o700"
    assert files["tmp_owner"] == [findings["identity"]["uids"][0], findings["identity"]["gids"][0]]
    assert files["tempfile"] == "ok"
    if AS_ROOT:  # the directory holding it cannot be listed by other nobody processes
        assert files["parent_listing"] == "EACCES"
    assert not Path(files["tmpdir"]).exists()
    assert not Path(files["tmpdir"]).parent.exists()


def test_cannot_write_outside_its_temp_dir(findings: Any) -> None:
    outside = findings["files"]["outside"]
    project, root, shared_tmp = findings["outside"]
    assert outside[project] != "ok" and outside[root] != "ok"
    if landlock_abi() > 0:  # the kernel has Landlock: even the world-writable /tmp is closed
        assert outside[shared_tmp] == "EACCES"


def test_cannot_read_or_list_what_it_was_not_given(findings: Any) -> None:
    """Not another candidate's stored resume, the project, the virtualenv, /etc, another
    process; not even the names in those folders."""
    reads, listings = findings["reads"]["read"], findings["reads"]["list"]
    for what, path in findings["targets"]["read"].items():
        if what != "stored resume" and landlock_abi() == 0:
            continue  # without Landlock only the stored files' modes keep nobody out
        assert reads[path] in ("EACCES", "EPERM"), f"the child read the {what}: {path}"
    for what, path in findings["targets"]["list"].items():
        if what not in ("storage folder", "temp") and landlock_abi() == 0:
            continue
        assert listings[path] in ("EACCES", "EPERM"), f"the child listed the {what}: {path}"


def test_starts_no_process_but_ocr_and_makes_no_namespace(findings: Any) -> None:
    processes = findings["processes"]
    ran = processes["run"]
    tesseract, *others = (" ".join(argv) for argv in findings["run"])
    assert ran[tesseract] == "ok"  # the one program a parse may need
    if landlock_abi() > 0:
        assert {ran[cmd] for cmd in others} == {"EACCES"}, ran
    assert processes["clone_newuser"] == "EPERM"
    assert processes["clone_newnet"] == "EPERM"
    assert processes["unshare_user"] == "EPERM"
    assert processes["clone_plain"] == "ok"  # not a namespace: the filter lets it be


@pytest.mark.parametrize("mode", MODES)
def test_without_seccomp_the_child_refuses(mode: str) -> None:
    """A child that cannot load its system-call filter fails closed: the job never runs."""
    outcome = _probe(mode, NO_SECCOMP_PROBE, port=1)
    answer = protocol.decode_answer(outcome.stdout)
    assert answer is not None and "probe" not in answer.payload
    assert answer.payload["error"]["code"] == "sandbox_unavailable"
    assert "seccomp" in answer.payload["error"]["detail"]
    with pytest.raises(ExtractionError) as e:
        sandbox._interpret(outcome, ExtractionLimits(sandbox=mode))
    assert e.value.code == "sandbox_unavailable"
    sandbox.shutdown_servers()


def test_a_variable_beyond_the_allow_list_is_refused(tmp_path: Path) -> None:
    """``isolate`` checks the environment it was started with, before anything else."""
    code = (
        "from pipelines.extraction.isolation import IsolationError, isolate\n"
        "from pipelines.extraction.document import ExtractionLimits\n"
        "import sys\n"
        "try:\n"
        f"    isolate(ExtractionLimits(), {str(tmp_path)!r})\n"
        "except IsolationError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "JWT_SECRET": "x"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert run.returncode == 3, run.stderr
    assert "JWT_SECRET" in run.stdout


@pytest.mark.parametrize("mode", MODES)
def test_extraction_still_works_isolated(mode: str, secrets_in_parent: None) -> None:
    limits = ExtractionLimits(sandbox=mode)
    for data in (make_pdf(EN, PdfStyle()), make_docx(EN, table_layout=True)):
        outcome = sandbox.launch(data, limits)
        assert outcome.mode == mode
        document = sandbox._interpret(outcome, limits)
        in_process = extract_in_process(data)
        assert document.text == in_process.text and document.lines == in_process.lines


# The capabilities a service that is not root is granted (docs/sandbox.md), and one the
# test adds: this machine's interpreter and checkout may sit where only root can read
# (/root/.pyenv, a private clone), which CAP_DAC_READ_SEARCH lets the service user reach.
# The child clears every capability, that one included (checked below).
SERVICE_CAPABILITIES = "+setuid,+setgid,+chown,+kill,+dac_read_search"


@pytest.mark.skipif(not AS_ROOT, reason="making a service user takes root")
def test_a_service_that_is_not_root_isolates_its_child_the_same_way(tmp_path: Path) -> None:
    """A service running as its own user (``daemon`` here) with the documented capabilities:
    its child parses as ``nobody`` with no capability left, cannot read the resumes the
    service stored or its project, cannot connect, and leaves no job folder."""
    service = pwd.getpwnam("daemon")
    nobody = pwd.getpwnam("nobody")
    home = Path(tempfile.mkdtemp(prefix="rr-service-", dir="/tmp"))
    try:
        (home / "jobs").mkdir()
        LocalDiskStorage(home / "storage").save("0123abcd.pdf", b"%PDF-1.4 a resume")
        for path in (home, home / "jobs", home / "storage", home / "storage" / "0123abcd.pdf"):
            os.chown(path, service.pw_uid, service.pw_gid)
        home.chmod(0o711)  # the job folders inside must be reachable by nobody
        stored = home / "storage" / "0123abcd.pdf"
        request = {
            "port": _redis_port(),
            "read": [str(stored), str(ROOT / "setup.cfg")],
            "list": [str(home / "storage")],
        }
        run = subprocess.run(
            [
                "setpriv",
                f"--reuid={service.pw_uid}",
                f"--regid={service.pw_gid}",
                "--clear-groups",
                f"--inh-caps={SERVICE_CAPABILITIES}",
                f"--ambient-caps={SERVICE_CAPABILITIES}",
                "--",
                sys.executable,
                "-m",
                "testkit.probe_launcher",
                json.dumps(request),
            ],
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "TMPDIR": str(home / "jobs")},
            cwd=str(ROOT),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        results = json.loads(run.stdout)
    finally:
        subprocess.run(["rm", "-rf", str(home)], check=True)
    assert results["service_uids"] == [service.pw_uid] * 3
    for mode in MODES:
        assert results[f"{mode}_ran_as"] == mode
        assert "probe" in results[mode], results[mode]
        found = results[mode]["probe"]
        assert found["identity"]["uids"] == [nobody.pw_uid] * 3
        assert found["identity"]["setuid_root"] == "EPERM"
        assert int(found["status"]["CapEff"], 16) == int(found["status"]["CapPrm"], 16) == 0
        assert found["status"]["Seccomp"] == "2" and found["status"]["NoNewPrivs"] == "1"
        assert found["network"]["inet_connect"] == "EPERM"
        assert found["reads"]["read"][str(stored)] == "EACCES"
        assert found["reads"]["list"][str(home / "storage")] == "EACCES"
        if landlock_abi() > 0:
            assert found["reads"]["read"][str(ROOT / "setup.cfg")] == "EACCES"
    assert results["job_folders_left"] == []


def test_the_waiting_child_is_isolated_under_the_limits_of_the_request_it_serves() -> None:
    """A fork server forks and isolates the next job's child ahead of its request. Each job
    still gets a folder of its own, and a request with other limits is served by a child
    isolated under those (not by the one waiting under the last request's)."""
    port = _redis_port()
    seen = []
    for memory_mb in (768, 768, 640):
        limits = ExtractionLimits(
            sandbox="forkserver", max_file_mb=FILE_BUDGET_MB, memory_mb=memory_mb
        )
        outcome = sandbox.launch(json.dumps({"port": port}).encode(), limits, module=PROBE_MODULE)
        assert outcome.mode == "forkserver"
        findings = _findings(outcome)
        assert findings["rlimits"]["RLIMIT_AS"] == [memory_mb << 20] * 2
        assert 0 not in findings["identity"]["uids"]
        seen.append(findings["files"]["tmpdir"])
    assert len(set(seen)) == 3
    assert not any(os.path.exists(folder) for folder in seen)
