"""Execute notebooks top to bottom in this environment (nbclient), optionally saving outputs.

    python tools/run_notebooks.py --inplace notebooks/*.ipynb   # make execute
    python tools/run_notebooks.py notebooks/03_entities.ipynb   # check it runs, save nothing

Outputs are stored without timing metadata or the Python patch version, so re-running changes nothing
when results are equal, whichever supported Python runs it. The kernel's own log is kept to errors:
its warning that it talks over TCP is about networks, and these kernels only talk over loopback. What the
kernel process itself writes to its standard error (not a cell's output, which the notebook keeps) goes to
``build/kernel.log``: ipykernel sometimes logs a harmless traceback while it shuts down ("Event loop is
closed", ipython/ipykernel#1155), which must not look like a failed lesson.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert.preprocessors import CoalesceStreamsPreprocessor

QUIET_KERNEL = ["--IPKernelApp.log_level=ERROR"]
KERNEL_LOG = Path(__file__).resolve().parent.parent / "build" / "kernel.log"


def execute(path: Path, inplace: bool) -> float:
    """Run one notebook with its folder as the working directory; return the wall time."""
    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    KERNEL_LOG.parent.mkdir(parents=True, exist_ok=True)
    with KERNEL_LOG.open("a", encoding="utf-8") as log:
        log.write(f"--- {path.name}\n")
        log.flush()
        NotebookClient(
            nb,
            timeout=600,
            kernel_name="python3",
            record_timing=False,
            extra_arguments=QUIET_KERNEL,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute(stderr=log)
    elapsed = time.perf_counter() - started
    nb, _ = CoalesceStreamsPreprocessor().preprocess(nb, {})  # one stream output, however the kernel flushed it
    nb.metadata.get("language_info", {}).pop("version", None)  # the same notebook from Python 3.11, 3.12 or 3.13
    if inplace:
        nbformat.write(nb, path)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--inplace", action="store_true", help="store the new outputs in the notebook")
    args = parser.parse_args()
    for path in args.notebooks:
        print(f"{path.name:<32} {execute(path, args.inplace):6.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
