"""Names that moved to another module, still reachable where older lessons look for them.

>>> lookup = forwarder("helpers.figures", "evaluate", {"score"})
>>> lookup("score").__name__
'score'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def forwarder(module: str, target: str, names: set[str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that finds ``names`` in ``helpers.<target>``, imported on first use.

    The module itself never imports ``target`` (an extractor stays independent of the scorer);
    only a lesson that asks for one of the moved names does.
    """

    def lookup(name: str) -> object:
        if name in names:
            return getattr(importlib.import_module(f"helpers.{target}"), name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return lookup
