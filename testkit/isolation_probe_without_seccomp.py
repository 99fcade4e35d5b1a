"""The isolation probe in a child where pyseccomp cannot be imported (as on a host without
libseccomp): ``isolate`` must refuse, so the job must never run."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    sys.modules["pyseccomp"] = None  # type: ignore[assignment]  # import now fails
    from pipelines.extraction import child
    from testkit.isolation_probe import probe

    sys.exit(child.entry(probe))

PROBE_MODULE = "testkit.isolation_probe_without_seccomp"
