"""Cache: everything the helpers remember, in memory and on disk, and one :func:`clear` to forget it.

Tagging a sentence with underthesea costs about 10 ms, so sentences, words and tags are cached on
disk (:func:`on_disk`), keyed by the text, the kind of result and a version string. Functions that
read data files or tag a sentence again and again are memoised in memory (:func:`memoize`).
Neither changes a result: :func:`clear` only costs time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .paths import course_root

__all__ = ["cache_dir", "clear", "memoize", "on_disk"]

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Any] = []  # every memoised function, so clear() can empty them all


def memoize(maxsize: int | None = 128) -> Callable[[F], F]:
    """Decorator: remember a function's results in memory (``functools.lru_cache``) until :func:`clear`.

    Arguments must be hashable. Return values are shared between callers: return immutable values
    (tuples, frozensets, strings), or hand out copies of anything mutable.

    >>> @memoize(maxsize=4)
    ... def square(n: int) -> int:
    ...     return n * n
    >>> square(3), square(3)
    (9, 9)
    """

    def wrap(function: F) -> F:
        remembered = functools.lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(remembered)
        return remembered  # type: ignore[return-value]

    return wrap


def cache_dir() -> Path:
    """Where results are cached on disk.

    ``$HELPERS_CACHE_DIR`` if set; else ``.cache/tags`` in the course folder (outside ``seeds/``,
    ignored by git) if that can be written; else the user's cache folder (``platformdirs``), for a
    course checked out read-only.

    >>> cache_dir().is_absolute()
    True
    """
    env = os.environ.get("HELPERS_CACHE_DIR")
    if env:
        return Path(env)
    local = course_root() / ".cache" / "tags"
    if _writable(local):
        return local
    import platformdirs

    return Path(platformdirs.user_cache_dir("vn-jp-helpers")) / "tags"


def _writable(folder: Path) -> bool:
    """Can ``folder`` be created or written? (Its nearest existing ancestor must be writable.)"""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe.is_dir() and os.access(probe, os.W_OK)


def clear(disk: bool = True) -> None:
    """Forget every memoised result and, with ``disk=True``, delete the on-disk cache.

    >>> clear(disk=False)
    """
    for remembered in _MEMOS:
        remembered.cache_clear()
    if disk:
        shutil.rmtree(cache_dir(), ignore_errors=True)


def on_disk(kind: str, text: str, version: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """``compute()`` for ``text``, through the on-disk cache.

    An entry is keyed by ``kind`` (what was computed), ``text`` and ``version`` (what the result
    depends on besides the text, e.g. a library version); one that is unreadable, corrupt, fails
    ``valid`` or was written for another text, kind or version is ignored and rebuilt. A cache
    that cannot be written only costs time.

    >>> on_disk("demo", "x", "v1", lambda: ["x"], lambda v: isinstance(v, list))
    ['x']
    """
    key = hashlib.sha256(f"{kind}\n{version}\n{text}".encode()).hexdigest()
    path = cache_dir() / key[:2] / f"{key}.json"
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry["key"] == version and entry["kind"] == kind and entry["text"] == text and valid(entry["value"]):
            return entry["value"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    value = compute()
    _write(path, {"key": version, "kind": kind, "text": text, "value": value})
    return value


def _write(path: Path, entry: dict[str, Any]) -> None:
    """Write atomically, so a reader never sees half a file; a read-only disk only costs time."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
