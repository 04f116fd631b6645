"""Measure the memory one student needs per lesson (make memory); writes docs/_generated/kernel_memory.md.

    python tools/kernel_memory.py                  # make memory: every lesson, about two minutes
    python tools/kernel_memory.py --out FILE

For every numbered lesson it starts a fresh kernel, runs the lesson top to bottom (nbclient, as
``make execute`` does) and reads the kernel's peak resident memory (the kernel process and any
child process: Linux ``VmHWM``, the most physical memory the process ever held). Each lesson
runs twice: first with an empty tag cache (a student's first run: underthesea is loaded) and
then again with the cache that run filled. It also starts JupyterLab (the server each student
gets on a hub), asks it for what a browser asks for when it opens a lesson, and reads its peak
resident memory.

From these it derives what the teacher's page (docs/jupyterhub.md) shows: memory per student
(the server plus the largest kernel), a per-student limit, and how many students a server of a
given size holds by The Littlest JupyterHub's estimate (memory = students x memory per student
+ 128 MiB for the hub). Every number on that page comes from the file this script writes.
Peak RSS counts shared libraries in full for each process, so the estimate errs on the safe side.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
OUT = ROOT / "docs" / "_generated" / "kernel_memory.md"
HUB_OVERHEAD_MB = 128  # The Littlest JupyterHub's documented allowance for the hub and its services
SERVER_SIZES_GIB = (4, 8, 16, 32)
LIMIT_STEP_MB = 128  # per-student limits are rounded up to a multiple of this
MB = 1024 * 1024
# What JupyterLab's page asks the server for when a student opens a lesson.
BROWSER_REQUESTS = ["/lab", "/api/kernelspecs", "/lab/api/settings", "/api/contents/notebooks", "/api/sessions"]


def peak_rss_mb(pid: int) -> float:
    """The most resident memory (MiB) process ``pid`` and its living children have held (Linux VmHWM).

    >>> peak_rss_mb(os.getpid()) > 1
    True
    """
    total_kb = 0
    for process in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]:
        status = Path(f"/proc/{process.pid}/status").read_text(encoding="ascii")
        total_kb += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    return total_kb / 1024


def _kernel_pid(client: NotebookClient) -> int:
    """The process id of the client's running kernel."""
    pid = getattr(client.km.provisioner, "pid", None) if client.km is not None else None
    if pid is None:
        raise RuntimeError("no kernel is running")
    return int(pid)


def lesson_peak_mb(path: Path, cache_dir: Path) -> float:
    """Run one lesson in a fresh kernel (tag cache in ``cache_dir``); the kernel's peak RSS in MiB."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    peaks: list[float] = []
    client.on_cell_executed = lambda **_: peaks.append(peak_rss_mb(_kernel_pid(client)))
    client.execute(env=os.environ | {"HELPERS_CACHE_DIR": str(cache_dir), "PYTHONHASHSEED": "0"})
    return max(peaks)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_peak_mb() -> float:
    """Start JupyterLab on the lessons (private settings, loopback), open a lesson's requests; its peak RSS in MiB."""
    with tempfile.TemporaryDirectory(prefix="lab-memory-") as tmp:
        port = _free_port()
        env = os.environ | {
            name: str(Path(tmp) / name) for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR")
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyterlab",
                "--no-browser",
                "--allow-root",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={port}",
                "--ServerApp.port_retries=0",
                "--IdentityProvider.token=",
                f"--ServerApp.root_dir={ROOT}",
                "--LabApp.news_url=None",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            for request in BROWSER_REQUESTS:
                while True:
                    try:
                        urllib.request.urlopen(f"http://127.0.0.1:{port}{request}", timeout=10).read()
                        break
                    except (urllib.error.URLError, ConnectionError) as error:
                        if server.poll() is not None or time.monotonic() > deadline:
                            raise SystemExit(f"JupyterLab did not answer {request}: {error}") from error
                        time.sleep(0.2)
            return peak_rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)


def per_student_limit_mb(need_mb: float) -> int:
    """A memory limit for one student: ``need_mb`` rounded up to a multiple of 128 MiB.

    >>> per_student_limit_mb(300.5), per_student_limit_mb(384)
    (384, 384)
    """
    return math.ceil(need_mb / LIMIT_STEP_MB) * LIMIT_STEP_MB


def students_per_server(server_gb: int, per_student_mb: float) -> int:
    """How many students a server holds: (memory - 128 MiB for the hub) / memory per student.

    >>> students_per_server(8, 512)
    15
    """
    return int((server_gb * 1024 - HUB_OVERHEAD_MB) // per_student_mb)


def report(peaks: dict[str, tuple[float, float]], server_mb: float) -> str:
    """The Markdown the teacher's page includes: per-lesson peaks, then what a class needs."""
    largest_name, (largest, _) = max(peaks.items(), key=lambda item: item[1][0])
    need = server_mb + largest
    limit = per_student_limit_mb(need)
    lines = [
        f"Measured by `make memory` (tools/kernel_memory.py) with Python {platform.python_version()} on"
        f" {platform.system()} {platform.machine()}. Peak resident memory (RSS) of a student's kernel"
        " after running the lesson top to bottom:",
        "",
        "| lesson | first run (empty tag cache) | run again (cache filled) |",
        "|---|---:|---:|",
        *[
            f"| [{name}](../notebooks/{name}.ipynb) | {cold:.0f} MiB | {warm:.0f} MiB |"
            for name, (cold, warm) in peaks.items()
        ],
        "",
        "| what a student needs | memory |",
        "|---|---:|",
        f"| JupyterLab server, after it served the requests a browser makes to open a lesson | {server_mb:.0f} MiB |",
        f"| the largest kernel ({largest_name}, first run) | {largest:.0f} MiB |",
        f"| **one student: server + largest kernel** | **{need:.0f} MiB** |",
        f"| **per-student limit** (rounded up to a multiple of {LIMIT_STEP_MB} MiB) | **{limit} MiB** |",
        "",
        f"Students per server, with one kernel each at the per-student limit, by The Littlest JupyterHub's"
        f" estimate (server memory = students × per-student limit + {HUB_OVERHEAD_MB} MiB for the hub):",
        "",
        "| server memory | students |",
        "|---:|---:|",
        *[f"| {size} GiB | {students_per_server(size, limit)} |" for size in SERVER_SIZES_GIB],
        "",
        "Set the limit on the hub:",
        "",
        "```bash",
        f"sudo tljh-config set limits.memory {limit}M   # The Littlest JupyterHub",
        "sudo tljh-config reload",
        "```",
        "",
        "```yaml",
        "# Zero to JupyterHub: config.yaml",
        "singleuser:",
        "  memory:",
        f"    limit: {limit}M",
        f"    guarantee: {limit}M",
        "```",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="Markdown file to write")
    out = parser.parse_args(argv).out
    peaks = {}
    for path in LESSONS:
        with tempfile.TemporaryDirectory(prefix="tag-cache-") as cache:
            cold = lesson_peak_mb(path, Path(cache))
            warm = lesson_peak_mb(path, Path(cache))
        peaks[path.stem] = (cold, warm)
        print(f"{path.stem:<20} first run {cold:6.0f} MiB, again {warm:6.0f} MiB", flush=True)
    server = server_peak_mb()
    print(f"JupyterLab server {server:.0f} MiB")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(peaks, server), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
