"""What the parser child does to itself before it reads a byte of an untrusted file.

``isolate(limits, workdir)`` is the one entry, called by the child in both launch modes
(a fork-server child and the one-shot ``python -m pipelines.extraction.child``):

1. environment: the process was started with the allow-list only
   (``core.config.child_process_env``); its exec environment (``/proc/self/environ``, which
   a parser could read whatever Python's ``os.environ`` says) is checked against it, and
   any other name makes the child refuse.
2. a private temporary directory, made per job by the supervising process
   (``job_workdir``: a 0711 directory that no one can list, holding a 0700 one): handed to
   the child's user, the cwd, ``TMPDIR`` and ``tempfile.tempdir``.
3. when started as root, or as a user granted CAP_SETUID, CAP_SETGID and CAP_CHOWN (plus
   CAP_KILL for the supervisor; docs/sandbox.md): the sandbox user (``EXTRACT_SANDBOX_USER``,
   default ``nobody``/``nogroup``: setgroups([]), setgid, setuid, every capability
   cleared), then checked: every uid/gid is unprivileged, no capability is left, setuid(0)
   fails. A service that may not switch users relies on Landlock alone, and refuses to
   parse on a kernel without it.
4. killed with its supervisor (PR_SET_PDEATHSIG, set again after the switch, which clears
   it), not dumpable (no ptrace or /proc access from other ``nobody`` processes), and
   PR_SET_NO_NEW_PRIVS.
5. Landlock, where the kernel has it: files may be written, created or removed only inside
   the private directory (and /dev/null); read only there and in ``readable_paths()`` (the
   shared libraries, the standard library, the OCR data: not the project, the virtualenv or
   the stored resumes); executed only if in ``executable_paths()`` (Tesseract and the
   dynamic loader); no TCP bind/connect; no signals to processes outside the sandbox.
   Without Landlock, the stored files' modes (0600 in a 0700 folder, ``pipelines.storage``)
   keep them from ``nobody``.
6. seccomp (pyseccomp over the system libseccomp): ``socket()`` fails with EPERM for every
   address family (the child needs none, not even AF_UNIX), as do io_uring (which can make
   sockets without ``socket()``), ptrace, namespaces (unshare, setns, and clone() with a
   namespace flag; clone3() answers ENOSYS), leaving the job's process group (setsid,
   setpgid), mounts, bpf, keyrings and modules.
   On Linux a filter that cannot be loaded is an ``IsolationError``: the child never
   parses unfiltered.
7. rlimits: address space, CPU seconds, the largest file it may write (``max_file_mb``;
   EFBIG rather than SIGXFSZ past it) and no core dumps.

The OCR engine (``ocr``: the ``tesseract`` binary, for scanned pages) is exec'd by the
isolated child and inherits all of it: user, no-new-privs, seccomp, Landlock, and rlimits
(each its own: its address space under ``memory_mb``, its own CPU seconds); it reads the
image from a pipe, writes only to one, and runs one thread (``OMP_THREAD_LIMIT=1``).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import glob
import grp
import os
import pwd
import resource
import shutil
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from core.config import CHILD_ENV_ALLOWLIST
from pipelines.extraction.document import ExtractionLimits

# What the launcher adds to the allow-list so ``python -m`` finds the project.
LAUNCH_ENV = {"PYTHONDONTWRITEBYTECODE": "1"}
LAUNCH_ENV_NAMES = ("PYTHONPATH", *LAUNCH_ENV)
UNPRIVILEGED_USER = "nobody"
UNPRIVILEGED_GROUP = "nogroup"

_LINUX = sys.platform.startswith("linux")
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38
_PR_GET_NO_NEW_PRIVS = 39
_PR_CAP_AMBIENT = 47
_PR_CAP_AMBIENT_CLEAR_ALL = 4
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
# What a service that is not root needs to run the child as the sandbox user: switch its
# ids (CAP_SETUID, CAP_SETGID) and hand it the job folder (CAP_CHOWN); the supervisor
# also needs CAP_KILL to end the job's process group. Bits of CapEff.
CAP_CHOWN, CAP_KILL, CAP_SETGID, CAP_SETUID = 0, 5, 6, 7
SWITCH_CAPABILITIES = (1 << CAP_SETUID) | (1 << CAP_SETGID) | (1 << CAP_CHOWN)

# Denied with EPERM by the seccomp filter. Names this kernel/libseccomp does not know are
# skipped (nothing to deny).
DENIED_SYSCALLS = (
    "socket",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    # The job's process group is how its supervisor ends everything it started: nothing
    # in it may leave (the child joined its group before isolation).
    "setsid",
    "setpgid",
)


# clone() flags that make a namespace (x86-64 and arm64: flags are clone's first argument):
# NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET.
NAMESPACE_FLAGS = (0x20000, 0x2000000, 0x4000000, 0x8000000, 0x10000000, 0x20000000, 0x40000000)


class IsolationError(Exception):
    """The child could not be isolated; it must not parse."""


@dataclass(frozen=True)
class Isolation:
    """What ``isolate`` established (for the tests' probe and diagnostics)."""

    uid: int
    gid: int
    workdir: str
    seccomp: bool
    landlock_abi: int  # 0: the kernel has no Landlock


def isolate(limits: ExtractionLimits, workdir: str) -> Isolation:
    """Isolate this process for one job; IsolationError when any required step fails."""
    try:
        _check_environment()
        libc = _libc()
        supervisor = os.getppid()
        readable_paths(), executable_paths()  # looked up while the install is readable
        target = _unprivileged_ids(limits.sandbox_user)
        if target is None:
            _no_user_switch(landlock_abi(libc))
        _enter_workdir(workdir, target)
        _drop_privileges(target, libc)
        if libc is not None:
            _process_flags(libc, supervisor)
        landlock = _restrict_filesystem(libc, workdir)
        seccomp = _load_seccomp()
        _set_limits(limits)
    except IsolationError:
        raise
    except (OSError, ValueError, KeyError) as exc:
        raise IsolationError(f"{type(exc).__name__}: {exc}") from exc
    return Isolation(os.getuid(), os.getgid(), workdir, seccomp, landlock)


# --------------------------------------------------------------------------- supervisor side


WORKDIR_PREFIX = "rr-extract-"


@contextlib.contextmanager
def job_workdir() -> Iterator[str]:
    """A fresh private directory for one job, removed afterwards (made by whoever supervises
    the child, so it goes even when the child is killed). The outer directory is 0711:
    other ``nobody`` processes cannot list it to find the job's directory. Its name carries
    the supervisor's pid, so a supervisor killed outright leaves a folder that the next
    one to start removes (``sweep_stale_workdirs``)."""
    outer = tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-")
    try:
        os.chmod(outer, 0o711)  # noqa: S103 - traverse only; the job directory is 0700
        yield tempfile.mkdtemp(prefix="job-", dir=outer)
    finally:
        remove_job_folder(outer)


def remove_job_folder(path: str) -> None:
    """Remove a job folder and what the child left in it. A supervisor that is not root
    takes back what the sandbox user made (CAP_CHOWN) before it can list and remove it."""
    if os.geteuid() != 0:
        _reclaim(path)
    shutil.rmtree(path, ignore_errors=True)


def _reclaim(path: str) -> None:
    uid, gid = os.geteuid(), os.getegid()
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if st.st_uid != uid:
            os.lchown(path, uid, gid)
        if stat.S_ISDIR(st.st_mode):
            os.chmod(path, 0o700)
            for name in os.listdir(path):
                _reclaim(os.path.join(path, name))


def end_process_group(pgid: int) -> None:
    """SIGKILL every process left in a job's group (called while its leader is alive or
    not yet reaped, so the group id cannot have been reused)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def sweep_stale_workdirs() -> int:
    """Remove job folders whose supervisor is gone; how many were removed."""
    root = tempfile.gettempdir()
    removed = 0
    with contextlib.suppress(OSError):
        for name in os.listdir(root):
            owner = name[len(WORKDIR_PREFIX) :].split("-", 1)[0]
            if not name.startswith(WORKDIR_PREFIX) or not owner.isdigit():
                continue
            if _process_exists(int(owner)):
                continue
            remove_job_folder(os.path.join(root, name))
            removed += 1
    return removed


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- steps


def _check_environment() -> None:
    # The exec environment is what the launcher passed; Python's copy of it can only shrink
    # from there, but this block stays readable to the process, so it is the one to check.
    if not _LINUX:
        return
    with open("/proc/self/environ", "rb") as fh:
        names = {entry.split(b"=", 1)[0].decode() for entry in fh.read().split(b"\0") if entry}
    extra = names - set(CHILD_ENV_ALLOWLIST) - set(LAUNCH_ENV_NAMES)
    if extra:
        raise IsolationError(f"environment variables beyond the allow-list: {sorted(extra)}")


def _unprivileged_ids(user_name: str) -> tuple[int, int] | None:
    """(uid, gid) to switch to, or None when this process may not switch users (neither
    root nor holding ``SWITCH_CAPABILITIES``)."""
    if os.geteuid() != 0 and not may_switch_users():
        return None
    user = pwd.getpwnam(user_name)
    group = UNPRIVILEGED_GROUP if user_name == UNPRIVILEGED_USER else None
    try:
        gid = grp.getgrnam(group).gr_gid if group else user.pw_gid
    except KeyError:  # e.g. Red Hat: the "nobody" group
        gid = user.pw_gid
    if user.pw_uid == 0 or gid == 0:
        raise IsolationError(f"the sandbox user {user_name!r} is root")
    if user.pw_uid == os.geteuid():
        raise IsolationError(f"the sandbox user {user_name!r} is the service's own user")
    return user.pw_uid, gid


def may_switch_users() -> bool:
    """Does this (non-root) process hold what switching to the sandbox user takes?"""
    return _LINUX and _capabilities(("CapEff:",)) & SWITCH_CAPABILITIES == SWITCH_CAPABILITIES


def _no_user_switch(landlock: int) -> None:
    # Without a user switch the child is the service's user: only Landlock keeps it from
    # the files that user owns (every stored resume). Neither: refuse, never parse open.
    if _LINUX and landlock == 0:
        raise IsolationError(
            "the service is not root, may not switch to the sandbox user (grant "
            "CAP_SETUID, CAP_SETGID, CAP_CHOWN and CAP_KILL) and the kernel has no Landlock: "
            "nothing would keep the stored resumes from the reader"
        )


def _enter_workdir(workdir: str, target: tuple[int, int] | None) -> None:
    st = os.lstat(workdir)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
        raise IsolationError(f"{workdir} is not a directory of this process's user")
    os.chmod(workdir, 0o700)  # first: once handed over, only its new owner may chmod it
    if target is not None:
        os.chown(workdir, *target)
    os.chdir(workdir)
    # C libraries read TMPDIR; Python's tempfile reads tempfile.tempdir first.
    os.putenv("TMPDIR", workdir)
    tempfile.tempdir = workdir


def _drop_privileges(target: tuple[int, int] | None, libc: ctypes.CDLL | None) -> None:
    if target is not None:
        uid, gid = target
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
        if os.getresuid() != (uid,) * 3 or os.getresgid() != (gid,) * 3 or os.getgroups():
            raise IsolationError(f"ids not switched: {os.getresuid()}, {os.getresgid()}")
    if _LINUX and libc is not None and _capabilities() != 0:
        # Switching from root clears them; from a user granted capabilities it does not.
        _clear_capabilities(libc)
    if 0 in os.getresuid():
        raise IsolationError(f"still root: uids {os.getresuid()}")
    for regain in (os.setuid, os.seteuid):
        try:
            regain(0)
        except PermissionError:
            continue
        raise IsolationError(f"{regain.__name__}(0) succeeded after dropping root")
    if _LINUX and _capabilities() != 0:
        raise IsolationError("capabilities remain after dropping root")


def _process_flags(libc: ctypes.CDLL, supervisor: int) -> None:
    # Changing credentials clears the parent-death signal: (re)set it after the switch, so
    # the child dies with whoever supervises it; that parent may already be gone.
    _prctl(libc, _PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != supervisor:
        raise IsolationError("the supervising process is gone")
    _prctl(libc, _PR_SET_DUMPABLE, 0)
    _prctl(libc, _PR_SET_NO_NEW_PRIVS, 1)
    if _prctl(libc, _PR_GET_NO_NEW_PRIVS, 0) != 1:
        raise IsolationError("PR_SET_NO_NEW_PRIVS did not stick")


def _capabilities(sets: tuple[str, ...] = ("CapEff:", "CapPrm:", "CapAmb:")) -> int:
    """The named capability sets, OR-ed (0: none)."""
    caps = 0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(sets):
                caps |= int(line.split()[1], 16)
    return caps


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _clear_capabilities(libc: ctypes.CDLL) -> None:
    """Empty the ambient, effective, permitted and inheritable sets."""
    _prctl(libc, _PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL)
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    if libc.capset(ctypes.byref(header), data) != 0:
        raise IsolationError(f"capset: {os.strerror(ctypes.get_errno())}")


def _libc() -> ctypes.CDLL | None:
    if not _LINUX:
        return None
    return ctypes.CDLL(None, use_errno=True)


def _prctl(libc: ctypes.CDLL, option: int, value: int) -> int:
    zero = ctypes.c_ulong(0)
    result = libc.prctl(option, ctypes.c_ulong(value), zero, zero, zero)
    if result < 0:
        code = ctypes.get_errno()
        raise IsolationError(f"prctl({option}) failed: {os.strerror(code)}")
    return int(result)


def _load_seccomp() -> bool:
    """Load the filter; False only off Linux (no seccomp there). Fails closed on Linux."""
    if not _LINUX:
        return False
    try:
        import pyseccomp
    except (ImportError, OSError, RuntimeError) as exc:  # RuntimeError: no libseccomp
        raise IsolationError(f"the seccomp library is unavailable: {exc}") from exc
    try:
        rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
        rules.set_attr(pyseccomp.Attr.CTL_NNP, 1)
        for name in DENIED_SYSCALLS:
            try:
                number = pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, name)
            except (OSError, ValueError):
                continue
            if number >= 0:
                rules.add_rule(pyseccomp.ERRNO(errno.EPERM), number)
        _deny_new_namespaces(pyseccomp, rules)
        rules.load()
    except OSError as exc:
        raise IsolationError(f"the seccomp filter could not be loaded: {exc}") from exc
    return True


def _deny_new_namespaces(pyseccomp: Any, rules: Any) -> None:
    """clone() with any namespace flag fails with EPERM (a user namespace would hand the
    child every capability inside it); clone3(), whose flags sit in memory a filter cannot
    read, fails with ENOSYS, so libc falls back to clone() for threads and processes."""
    clone = pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, "clone")
    for flag in NAMESPACE_FLAGS:
        rules.add_rule(
            pyseccomp.ERRNO(errno.EPERM), clone, pyseccomp.Arg(0, pyseccomp.MASKED_EQ, flag, flag)
        )
    with contextlib.suppress(OSError, ValueError):
        clone3 = pyseccomp.resolve_syscall(pyseccomp.Arch.NATIVE, "clone3")
        if clone3 >= 0:
            rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), clone3)


def _set_limits(limits: ExtractionLimits) -> None:
    mem = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    # Soft limit -> SIGXCPU, hard limit a little later -> SIGKILL if SIGXCPU is ignored.
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 2))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # A write past the budget fails with EFBIG (an ordinary error) instead of SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = limits.max_file_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


# --------------------------------------------------------------------------- Landlock

_SYS_LANDLOCK_CREATE_RULESET = 444  # the same number on every architecture
_SYS_LANDLOCK_ADD_RULE = 445
_SYS_LANDLOCK_RESTRICT_SELF = 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1
_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
# remove dir/file, make char/dir/reg/sock/fifo/block/sym: bits 4..12
_FS_CHANGE_TREE = sum(1 << bit for bit in range(4, 13))
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
# The rights a rule on a file (not a directory) may carry.
_FS_FILE_RIGHTS = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE
_NET_BIND_CONNECT_TCP = 0b11  # ABI 4
_SCOPE_ABSTRACT_UNIX_AND_SIGNAL = 0b11  # ABI 6

# What the child may read after isolation, beyond its own directory: shared libraries and
# the interpreter's standard library (a C library may open its own data), the OCR engine's
# language data, the loader's cache and the child's own /proc entry. Not the project, the
# virtualenv, the stored resumes, /etc or /home: everything of theirs a job needs is loaded
# before isolation. Paths that do not exist here are skipped.
READABLE_PATHS = (
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/usr/local/lib",
    "/usr/share/tesseract-ocr",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/etc/ld.so.cache",
    "/proc/self",
)
# The only programs the child may run: the OCR engine and the dynamic loader it needs.
LOADER_GLOBS = ("/lib64/ld-linux*.so*", "/lib/ld-linux*.so*", "/lib/*/ld-linux*.so*")


@functools.cache
def readable_paths() -> tuple[str, ...]:
    # The standard library itself (with lib-dynload), never a virtualenv's lib folder.
    stdlib = os.path.dirname(os.path.realpath(os.__file__))
    return tuple(p for p in (*READABLE_PATHS, stdlib) if os.path.exists(p))


@functools.cache
def executable_paths() -> tuple[str, ...]:
    from pipelines.extraction.ocr import tesseract_binary

    found = {os.path.realpath(p) for pattern in LOADER_GLOBS for p in glob.glob(pattern)}
    binary = tesseract_binary()
    if binary is not None:
        found.add(os.path.realpath(binary))
    return tuple(sorted(found))


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def landlock_abi(libc: ctypes.CDLL | None = None) -> int:
    """The kernel's Landlock ABI version; 0 when it has none."""
    libc = libc if libc is not None else _libc()
    if libc is None:
        return 0
    version = libc.syscall(
        _SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LANDLOCK_CREATE_RULESET_VERSION
    )
    return max(int(version), 0)


def _restrict_filesystem(libc: ctypes.CDLL | None, workdir: str) -> int:
    """Reads only of ``readable_paths()``, runs only of ``executable_paths()``, writes only
    inside ``workdir`` (and /dev/null); no TCP, no signals out. The ABI used (0: none)."""
    abi = landlock_abi(libc)
    if libc is None or abi == 0:
        return 0
    write = _FS_WRITE_FILE | _FS_CHANGE_TREE
    write |= (_FS_REFER if abi >= 2 else 0) | (_FS_TRUNCATE if abi >= 3 else 0)
    read = _FS_READ_FILE | _FS_READ_DIR
    handled = write | read | _FS_EXECUTE
    attr = _RulesetAttr(handled, _NET_BIND_CONNECT_TCP if abi >= 4 else 0, 0)
    attr.scoped = _SCOPE_ABSTRACT_UNIX_AND_SIGNAL if abi >= 6 else 0
    size = ctypes.sizeof(ctypes.c_uint64) * (3 if abi >= 6 else 2 if abi >= 4 else 1)
    ruleset = libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), size, 0)
    if ruleset < 0:
        raise IsolationError(f"Landlock ruleset: {os.strerror(ctypes.get_errno())}")
    try:
        _allow_beneath(libc, ruleset, workdir, write | read)
        _allow_beneath(libc, ruleset, os.devnull, (write | read) & _FS_FILE_RIGHTS)
        for path in readable_paths():
            _allow_if_reachable(libc, ruleset, path, read)
        for path in executable_paths():
            _allow_if_reachable(libc, ruleset, path, _FS_EXECUTE | _FS_READ_FILE)
        if libc.syscall(_SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            raise IsolationError(f"Landlock: {os.strerror(ctypes.get_errno())}")
    finally:
        os.close(ruleset)
    return abi


def _allow_if_reachable(libc: ctypes.CDLL, ruleset: int, path: str, access: int) -> None:
    # A path the sandbox's user cannot reach (an interpreter under /root) needs no rule.
    with contextlib.suppress(PermissionError, FileNotFoundError):
        _allow_beneath(libc, ruleset, path, access)


def _allow_beneath(libc: ctypes.CDLL, ruleset: int, path: str, access: int) -> None:
    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            access &= _FS_FILE_RIGHTS
        rule = _PathBeneath(access, fd)
        if libc.syscall(_SYS_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH,
                        ctypes.byref(rule), 0) != 0:  # fmt: skip
            raise IsolationError(f"Landlock rule for {path}: {os.strerror(ctypes.get_errno())}")
    finally:
        os.close(fd)
