"""Launch the isolation probe as production launches a parse, and print what it found.

``python -m testkit.probe_launcher REQUEST_JSON`` runs ``testkit.isolation_probe`` through
``sandbox.launch`` in both modes (fork server, one-shot) and prints one JSON object: each
mode's findings (or its error), this process's ids and the job folders left in TMPDIR.
The tests start it as a service user that is not root, to check that such a service
isolates its child just as root does.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

from pipelines.extraction import ExtractionLimits, protocol, sandbox
from pipelines.extraction.isolation import WORKDIR_PREFIX
from testkit.isolation_probe import PROBE_MODULE

MODES = ("forkserver", "subprocess")


def main(request: str) -> dict[str, object]:
    results: dict[str, object] = {"service_uids": list(os.getresuid())}
    for mode in MODES:
        outcome = sandbox.launch(
            request.encode(), ExtractionLimits(sandbox=mode), module=PROBE_MODULE
        )
        answer = protocol.decode_answer(outcome.stdout)
        results[mode] = answer.payload if answer is not None else {"exit": outcome.returncode}
        results[f"{mode}_ran_as"] = outcome.mode
    sandbox.shutdown_servers()
    root = tempfile.gettempdir()
    results["job_folders_left"] = [n for n in os.listdir(root) if n.startswith(WORKDIR_PREFIX)]
    return results


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
