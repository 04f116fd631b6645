"""The classroom, for real: every lesson opened in JupyterLab in headless Chromium and run with Run All.

What a teacher does in class, automated: start JupyterLab (loopback only, a free port, no token,
all its settings in a temporary folder), open each numbered lesson, choose **Run ▸ Run All
Cells**, and look at the result. The test asserts that

- every code cell ran, in order (the prompts read ``[1]:`` … ``[N]:``);
- no cell shows an error or a warning (no stderr output);
- the key outputs are on screen: as many rendered tables and charts as the stored notebook has;
- Vietnamese text is drawn with the right glyphs: output and code text is set in Noto Sans Mono
  and Chromium used that one font for every letter (no fallback font for a missing glyph), and
  the printed Vietnamese text on screen equals the stored output;
- every output equals the stored one, compared as ``pytest --nbval`` compares (the lesson is saved
  from JupyterLab, then each code cell's outputs are set side by side with nbval's own functions
  and tests/sanitize.cfg). That is nbval's check, made on this run: when this test runs a lesson,
  the root conftest.py deselects that lesson's nbval items, so a lesson is executed once for both.

A screenshot per lesson goes to ``build/screenshots/NN_name.png`` and the wall time per lesson
to ``build/screenshots/timings.txt``.

The lessons run on a copy (JupyterLab autosaves outputs into the notebook it opens), in a folder whose
path has spaces and Vietnamese letters, as a teacher's own folder may: so this run also makes
test_reliability's check that outputs do not depend on the path, which the root conftest then leaves out.
It needs Debian's ``chromium`` and ``fonts-noto-mono`` packages and the Python package ``playwright``
(pinned in requirements.txt); it never downloads a browser (``BROWSER_TEST_CHROMIUM`` names another
Chromium binary). Deselect it with ``-m "not browser"``.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import coalesce_streams, get_sanitize_patterns, transform_streams_for_comparison

from .conftest import ROOT, copy_repository

CHROMIUM = Path(os.environ.get("BROWSER_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CODE_FONT = "Noto Sans Mono"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SCREENSHOTS = ROOT / "build" / "screenshots"
RUN_TIMEOUT_S = 180
# The output fields nbval 0.11 does not compare (IPyNbFile.skip_compare, without --nbdime); the rest it
# compares exactly, after the replacements of the sanitize file make test names (pyproject.toml addopts).
NBVAL_SKIPPED = {
    "metadata",
    "traceback",
    "prompt_number",
    "output_type",
    "name",
    "execution_count",
    "application/vnd.jupyter.widget-view+json",
    "image/png",
    "image/jpeg",
}
SANITIZE = get_sanitize_patterns((ROOT / "tests" / "sanitize.cfg").read_text(encoding="utf-8"))
# Letters that only Vietnamese uses among Latin scripts: ă â đ ơ ư and the stacked tone marks.
VIETNAMESE = "[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

_missing = [
    what
    for what, ok in [
        ("the Python package playwright (make setup installs requirements.txt)", sync_playwright is not None),
        ("make (the test starts JupyterLab with make lab)", shutil.which("make") is not None),
        (f"Chromium at {CHROMIUM} (apt-get install chromium)", CHROMIUM.is_file()),
        (
            "the font Noto Sans Mono (apt-get install fonts-noto-mono)",
            any(next(Path(d).rglob("NotoSansMono*"), None) for d in ["/usr/share/fonts", "/usr/local/share/fonts"]),
        ),
    ]
    if not ok
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        bool(_missing),
        reason="browser test needs " + "; ".join(_missing) + ". On Debian: apt-get install chromium fonts-noto-mono"
        " (or run .ci/run, which installs them); never `playwright install`.",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, method: str = "GET") -> bytes:
    with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=5) as response:
        return response.read()


_OPENED: dict[str, Path] = {}  # where the server started by make lab writes the page it opens first


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> str:
    """JupyterLab started exactly as a teacher starts it (make lab), on a copy of the course; yields its URL.

    Only what a test needs is added through LAB_ARGS (loopback, a free port, no browser, no token);
    every JupyterLab setting is the one make setup ships in .venv/. The user's own Jupyter folders
    are replaced by empty ones, so nothing on this machine can change what is tested.
    """
    base = tmp_path_factory.mktemp("lab")
    course = copy_repository(base / "lớp học" / "khóa học Việt Nhật")  # a teacher's folder: spaces, accents
    env = os.environ | {
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_DATA_DIR": str(base / "data"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
        "IPYTHONDIR": str(base / "ipython"),
    }
    port = _free_port()
    lab_args = (
        f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} --ServerApp.port_retries=0"
        " --IdentityProvider.token= --ServerApp.password= --ServerApp.disable_check_xsrf=True"
    )
    command = ["make", "--no-print-directory", "lab", f"VENV={ROOT / '.venv'}", f"LAB_ARGS={lab_args}"]
    log = (base / "server.log").open("wb")
    server = subprocess.Popen(
        command, cwd=course, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                _get(f"{url}/api/status")
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        "make lab did not start JupyterLab:\n"
                        + (base / "server.log").read_text(encoding="utf-8", errors="replace")[-3000:]
                    )
                time.sleep(0.2)
        _OPENED["runtime"] = base / "runtime"
        _OPENED["course"] = course
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def lab_page(lab):
    """One browser tab on JupyterLab, as a teacher has it: lessons are opened and closed in it."""
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        page = chromium.new_page(viewport={"width": 1280, "height": 860})
        page.goto(f"{lab}/lab?reset", wait_until="domcontentloaded")
        page.locator("#jp-main-statusbar").wait_for(timeout=60_000)
        _menu(page, "View", "Appearance", "Simple Interface")  # one document at a time, no tab bar
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for old in SCREENSHOTS.glob("*-FAILED.png"):
            old.unlink()
        (SCREENSHOTS / "timings.txt").write_text("", encoding="utf-8")
        yield page
        chromium.close()


def _menu(page, *labels: str) -> None:
    """Click through the menu bar: _menu(page, "Run", "Run All Cells")."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{re.escape(labels[0])}$")).click()
    for label in labels[1:]:
        item = page.locator(".lm-Menu:visible .lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(label)}")).last
        if label == labels[-1]:
            item.click()
        else:
            item.hover()


def _stored(path: Path) -> dict:
    """What the stored notebook says should be on screen."""
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    outputs = [o for c in cells for o in c["outputs"]]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    streams = [
        unicodedata.normalize("NFC", "".join(o["text"])).strip() for o in outputs if o["output_type"] == "stream"
    ]
    return {
        "code_cells": len(cells),
        "tables": sum("<table" in "".join(h) for h in html),
        "charts": sum("image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {}) for o in outputs),
        "vietnamese_prints": [s for s in streams if re.search(VIETNAMESE, s)],
    }


# Marks elements that directly hold Vietnamese text in an output or a code cell (enough of them
# that every distinct Vietnamese letter on screen is covered once per kind), and reports for each
# where it is, its computed font-family and its text.
_MARK_VIETNAMESE = """(pattern) => {
  const re = new RegExp(pattern, 'g');
  const root = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const covered = {}, found = [];
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    const kind = el.closest('.jp-OutputArea-output pre') ? 'output-text'
               : el.closest('.jp-OutputArea-output') ? 'output-html'
               : el.closest('.jp-CodeCell .cm-content') ? 'code' : null;
    if (kind === null || el.hasAttribute('data-vi-check')) continue;
    covered[kind] ??= new Set();
    const letters = (walker.currentNode.data.match(re) ?? []).filter((c) => !covered[kind].has(c));
    if (letters.length === 0) continue;
    letters.forEach((c) => covered[kind].add(c));
    el.setAttribute('data-vi-check', String(found.length));
    found.push({kind, font: getComputedStyle(el).fontFamily, text: el.textContent.slice(0, 60)});
  }
  return found;
}"""


def _platform_fonts(page) -> list[list[str]]:
    """For each marked element, the fonts Chromium actually drew its text with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node_ids = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-vi-check]"})["nodeIds"]
    fonts = {}
    for node_id in node_ids:
        attributes = cdp.send("DOM.getAttributes", {"nodeId": node_id})["attributes"]  # [name, value, …]
        index = int(attributes[attributes.index("data-vi-check") + 1])
        used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
        fonts[index] = sorted({f["familyName"] for f in used if f["glyphCount"] > 0})
    cdp.detach()
    return [fonts[i] for i in sorted(fonts)]


def _open(page, path: str) -> None:
    """File ▸ Open from Path…, then wait until its kernel is started and idle. If no notebook panel shows
    within 20 s (the dialog missed the path once in CI under load), the lesson is opened again, once."""
    for attempt in (1, 2):
        _menu(page, "File", "Open from Path…")
        page.locator(".jp-Dialog input").fill(path)
        page.locator(".jp-Dialog input").press("Enter")
        try:
            page.locator(".jp-NotebookPanel").first.wait_for(timeout=20_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")  # a dialog left open
    page.wait_for_function(
        """(name) => {
             const bar = document.querySelector('#jp-main-statusbar')?.innerText ?? '';
             return bar.includes(name) && /\\| Idle/.test(bar) && !bar.includes('No Kernel');
           }""",
        arg=Path(path).name,
        timeout=60_000,
        polling=100,
    )


def _close(page) -> None:
    """Close the current lesson (its kernel shuts down with it), discarding changes if it asks."""
    _menu(page, "File", "Close Tab")
    page.wait_for_function(
        "() => !document.querySelector('.jp-NotebookPanel') || document.querySelector('.jp-Dialog')",
        timeout=10_000,
        polling=50,
    )
    if page.locator(".jp-Dialog").count():
        page.locator(".jp-Dialog button", has_text="Discard").click()
    page.locator(".jp-NotebookPanel").wait_for(state="detached", timeout=10_000)


def _save(page, url: str, path: str) -> dict:
    """Save the lesson once its kernel is idle (every output has arrived); return the saved notebook.

    The notebook is read only after the server has answered the save (its PUT): reading it while the
    server is still writing it atomically races with that write."""
    page.wait_for_function(
        "() => /\\| Idle/.test(document.querySelector('#jp-main-statusbar')?.innerText ?? '')",
        timeout=60_000,
        polling=100,
    )

    def is_the_save(response) -> bool:
        return response.request.method == "PUT" and response.url.split("?")[0].endswith(f"/api/contents/{path}")

    with page.expect_response(is_the_save, timeout=30_000) as answer:
        page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").press("Control+s")
    assert answer.value.ok, f"saving the lesson failed: HTTP {answer.value.status}"
    saved = json.loads(_get(f"{url}/api/contents/{path}?type=notebook"))["content"]
    return nbformat.reads(json.dumps(saved), as_version=4)


def _as_nbval_compares(outputs: list) -> dict[str, list]:
    """A cell's outputs as nbval compares them: streams joined per name, every field it does not skip, sanitized."""
    fields: dict[str, list] = {}
    for output in transform_streams_for_comparison(coalesce_streams([nbformat.from_dict(o) for o in outputs])):
        for key, value in output.items():
            for field, data in value.items() if key == "data" else [(key, value)]:
                if field not in NBVAL_SKIPPED:
                    for pattern, replacement in SANITIZE if isinstance(data, str) else []:
                        data = re.sub(pattern, replacement, data)
                    fields.setdefault(field, []).append(data)
    return fields


def _code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def _output_differences(stored, ran) -> list[str]:
    """Code cells whose outputs differ from the stored notebook's as nbval sees them, each with both versions."""
    expected, got = _code_cells(stored), _code_cells(ran)
    assert [c.source for c in got] == [c.source for c in expected], "the saved lesson's code is not the stored code"
    return [
        f"Cell {n} {cell.source[:60]!r}:\n  stored: {want!r:.600}\n  now:    {have!r:.600}"
        for n, (cell, old) in enumerate(zip(got, expected, strict=True))
        if (want := _as_nbval_compares(old.outputs)) != (have := _as_nbval_compares(cell.outputs))
    ]


def _prompts(page) -> list[str]:
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt").all_inner_texts()


def _assert_no_kernel_left(url: str) -> None:
    """The classroom settings shut a lesson's kernel down when its tab closes (no CPU left busy)."""
    deadline = time.monotonic() + 10
    while (sessions := json.loads(_get(f"{url}/api/sessions"))) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not sessions, f"closing the tab left kernels running: {[s['path'] for s in sessions]}"


def test_lab_opens_on_the_course(lab, lab_page):
    """make lab serves the course root (lessons and seeds/ are both in the file browser) and opens lesson 00."""
    opened = "".join(p.read_text(encoding="utf-8") for p in _OPENED["runtime"].glob("jpserver-file-to-run-*-open.html"))
    assert re.search(r"url=http://127\.0\.0\.1:\d+/lab/tree/notebooks/00_welcome\.ipynb", opened), opened
    course = str(_OPENED["course"])
    assert " " in course and not course.isascii(), "the root conftest leaves out test_reliability's path check for this"
    root = json.loads(_get(f"{lab}/api/contents/"))
    assert {"notebooks", "seeds"} <= {item["name"] for item in root["content"]}
    listing = lab_page.locator(".jp-DirListing-content .jp-DirListing-itemText")
    listing.first.wait_for(timeout=30_000)
    assert {"notebooks", "seeds"} <= set(listing.all_inner_texts())


def _shut_down_kernels(url: str) -> None:
    """Closing a lesson shuts its kernel down; this makes sure, so lessons never share a CPU."""
    try:
        for session in json.loads(_get(f"{url}/api/sessions")):
            _get(f"{url}/api/sessions/{session['id']}", method="DELETE")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        pass  # the server is gone: the test has already failed and says why


def test_outputs_are_compared_as_nbval_compares():
    """What nbval lets pass passes (a stream split in two, another execution count and PNG, a memory address the
    sanitize file replaces); a changed printed line is reported with its cell."""
    stored = nbformat.read(ROOT / "notebooks" / "00_welcome.ipynb", as_version=4)
    kinds = [{o.output_type for o in c.outputs} for c in _code_cells(stored)]
    n = next(i for i, k in enumerate(kinds) if {"stream", "display_data"} <= k)  # a chart and its sentence
    next(o for o in _code_cells(stored)[n].outputs if o.output_type == "stream").text += "<Axes at 0x1f>\n"
    ran = copy.deepcopy(stored)
    cell = _code_cells(ran)[n]
    stream = next(o for o in cell.outputs if o.output_type == "stream")
    stream.text, rest = stream.text[:10], stream.text[10:].replace("0x1f", "0x7f3a2b")
    cell.outputs.append(nbformat.v4.new_output("stream", name=stream.name, text=rest))
    next(o for o in cell.outputs if "image/png" in o.get("data", {})).data["image/png"] = "iVBORw0K"
    cell.execution_count = 99
    assert _output_differences(stored, ran) == []
    stream.text = stream.text.upper()
    assert [d.splitlines()[0] for d in _output_differences(stored, ran)] == [f"Cell {n} {cell.source[:60]!r}:"]


# Where Run All stands, in one look at the page: "dialog", "failed" (error or warning output), "done"
# (every code cell shows its number; "[*]" is still running), or false (still running).
_RUN_STATE = """(cells) => {
  if (document.querySelector('.jp-Dialog')) return 'dialog';
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (panel?.querySelector(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")) return 'failed';
  const prompts = [...(panel?.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt') ?? [])].map((p) => p.innerText);
  return prompts.length === cells && prompts.every((p) => /^\\[\\d+\\]:$/.test(p)) ? 'done' : false;
}"""
STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


def _run_all(page, code_cells: int) -> None:
    """Run ▸ Run All Cells and wait until every code cell ran, in order; fail on a dialog or an error."""
    _menu(page, "Run", "Run All Cells")
    try:
        state = page.wait_for_function(_RUN_STATE, arg=code_cells, timeout=RUN_TIMEOUT_S * 1000, polling=100)
    except PlaywrightTimeout:
        pytest.fail(f"Run All did not finish in {RUN_TIMEOUT_S} s; prompts: {_prompts(page)}")
    state = state.json_value()
    assert state != "dialog", f"a dialog blocks the run: {page.locator('.jp-Dialog').first.inner_text()[:300]}"
    failed = page.locator(f".jp-NotebookPanel:not(.lm-mod-hidden) {STDERR}")
    assert state != "failed", "a cell failed or warned:\n" + "\n---\n".join(failed.all_inner_texts())[:2000]
    assert _prompts(page) == [f"[{n}]:" for n in range(1, code_cells + 1)], "cells did not run in order"


def _assert_results_on_screen(notebook, expected: dict) -> None:
    """As many rendered tables and charts as the stored lesson has, every chart loaded."""
    tables = notebook.locator(".jp-OutputArea-output table").count()
    assert tables == expected["tables"], f"{tables} tables on screen, the stored notebook has {expected['tables']}"
    charts = notebook.locator(".jp-OutputArea-output img, .jp-OutputArea-output svg")
    assert charts.count() == expected["charts"], f"{charts.count()} charts on screen, stored: {expected['charts']}"
    for i in range(charts.count()):
        loaded = charts.nth(i).evaluate("e => e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0)")
        assert loaded, "a chart did not load"


def _assert_vietnamese_glyphs(page, notebook, expected: dict) -> int:
    """Right characters, right font, no glyph taken from a fallback font; returns how many elements were checked."""
    marked = page.evaluate(_MARK_VIETNAMESE, VIETNAMESE)
    fonts = _platform_fonts(page)
    shown = unicodedata.normalize("NFC", "\n".join(notebook.locator(".jp-OutputArea-output pre").all_inner_texts()))
    for text in expected["vietnamese_prints"]:
        assert text in shown, f"printed Vietnamese text not shown as stored:\n{text[:200]}"
    assert any(m["kind"].startswith("output") for m in marked), "no Vietnamese text in any output"
    for item, used in zip(marked, fonts, strict=True):
        where = f"{item['kind']} {item['text']!r}"
        if item["kind"] in ("output-text", "code"):
            assert used == [CODE_FONT], f"{where}: drawn with {used}, expected only {CODE_FONT}"
            assert CODE_FONT in item["font"], f"{where}: font-family is {item['font']}"
        else:
            assert len(used) == 1, f"{where}: drawn with several fonts {used} (a glyph is missing from one)"
    return len(marked)


def _screenshot(page, notebook, path: Path) -> None:
    """The lesson's first result (each lesson shows its result first), without the left sidebar."""
    first_output = notebook.locator(".jp-OutputArea-output img, .jp-OutputArea-output table").first
    if first_output.count():
        first_output.evaluate("""e => { e.closest('.jp-Cell').scrollIntoView({block: 'start'});
                                        e.closest('.jp-WindowedPanel-outer')?.scrollBy(0, -48); }""")
        page.wait_for_timeout(200)
    if page.locator("#jp-left-stack").is_visible():
        _menu(page, "View", "Appearance", "Show Left Sidebar")  # hide it: the lesson gets the width
        page.locator("#jp-left-stack").wait_for(state="hidden", timeout=10_000)
    page.screenshot(path=str(SCREENSHOTS / f"{path.stem}.png"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_runs_in_jupyterlab(lab, lab_page, path):
    expected = _stored(path)
    page = lab_page
    problems: list[str] = []

    def on_error(error) -> None:
        problems.append(f"JavaScript error: {error}")

    page.on("pageerror", on_error)
    started = time.perf_counter()
    try:
        _open(page, f"notebooks/{path.name}")
        opened = time.perf_counter()
        _run_all(page, expected["code_cells"])
        finished = time.perf_counter()
        notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        _assert_results_on_screen(notebook, expected)
        checked = _assert_vietnamese_glyphs(page, notebook, expected)
        assert not problems, problems
        _screenshot(page, notebook, path)

        # What nbval checks: every output as stored (this run is the lesson's one execution in the suite).
        saved = _save(page, lab, f"notebooks/{path.name}")
        differences = _output_differences(nbformat.read(path, as_version=4), saved)
        assert not differences, "outputs differ from the stored ones (nbval's comparison):\n" + "\n".join(differences)
        _close(page)
        _assert_no_kernel_left(lab)
        with (SCREENSHOTS / "timings.txt").open("a", encoding="utf-8") as log:
            log.write(
                f"{path.name:<24} {time.perf_counter() - started:5.1f} s in all: opened with an idle kernel in"
                f" {opened - started:4.1f} s, Run All done {finished - opened:5.1f} s later;"
                f" {checked} elements checked for Vietnamese glyphs\n"
            )
    except BaseException:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{path.stem}-FAILED.png"))
        page.goto(f"{lab}/lab?reset", wait_until="domcontentloaded")  # a clean slate for the next lesson
        page.locator("#jp-main-statusbar").wait_for(timeout=60_000)
        raise
    finally:
        page.remove_listener("pageerror", on_error)
        _shut_down_kernels(lab)
