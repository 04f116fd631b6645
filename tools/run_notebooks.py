"""Execute notebooks top to bottom in this environment (nbclient), optionally saving outputs.

    python tools/run_notebooks.py --inplace notebooks/*.ipynb   # make execute
    python tools/run_notebooks.py notebooks/03_entities.ipynb   # check it runs, save nothing

Outputs are stored without timing metadata or the Python patch version, so re-running changes nothing
when results are equal, whichever supported Python runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient


def local_kernel(folder: str) -> KernelManager:
    """A python3 kernel that talks over local sockets in ``folder`` (TCP on Windows, which has none)."""
    if os.name == "nt":
        return KernelManager(kernel_name="python3")
    return KernelManager(kernel_name="python3", transport="ipc", ip=os.path.join(folder, "kernel"))


def execute(path: Path, inplace: bool) -> float:
    """Run one notebook with its folder as the working directory; return the wall time."""
    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as sockets:
        km = local_kernel(sockets)
        try:
            NotebookClient(nb, km=km, timeout=600, record_timing=False,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        finally:
            if km.has_kernel:
                km.shutdown_kernel()
    elapsed = time.perf_counter() - started
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
