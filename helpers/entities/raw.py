"""Raw model output: underthesea's own entity spans, for comparison with the rules."""

from __future__ import annotations

import pandas as pd

from ..languages import VI
from ..text import detect_language, sentence_spans, token_spans
from .units import LABELS, MENTION_COLUMNS, _tags


def raw_ner_entities(text: str, lang: str | None = None) -> pd.DataFrame:
    """underthesea's own entity spans (its BIO tags joined), for comparison with :func:`extract_entities`.

    Same columns as :func:`extract_entities`; ``canonical`` is the surface (the model does not
    link names) and ``source`` is always ``model``. The model reads Vietnamese only: English
    text gives no rows. ``MISC`` spans are dropped (not a label here).

    >>> raw_ner_entities("Thủ tướng Nhật Bản Ishiba Shigeru thăm Hà Nội.")[["surface", "label"]]
                       surface label
    0  Nhật Bản Ishiba Shigeru   LOC
    1                   Hà Nội   LOC
    """
    lang = lang or (detect_language(text) if text.strip() else VI)
    rows: list[tuple] = []
    if lang != VI or not text.strip():
        return pd.DataFrame(rows, columns=MENTION_COLUMNS).astype({"start": int, "end": int})
    for a, b in sentence_spans(text):
        for start, end, label in _bio_spans(text[a:b]):
            surface = text[a + start : a + end]
            rows.append((surface, a + start, a + end, label, surface, "model"))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _bio_spans(sentence: str) -> list[tuple[int, int, str]]:
    """underthesea's BIO entity tags of a sentence joined into (start, end, label) spans (PER, ORG, LOC)."""
    tags = _tags(sentence)
    spans = token_spans(sentence, [t.word for t in tags])
    found: list[tuple[int, int, str]] = []
    current: list | None = None
    for t, span in zip([*tags, None], [*spans, None], strict=True):
        inside = t is not None and t.ner.startswith("I-") and current and current[2] == t.ner[2:]
        if inside and span and current is not None:
            current[1] = span[1]
            continue
        if current and current[2] in LABELS:
            found.append((current[0], current[1], current[2]))
        current = [span[0], span[1], t.ner[2:]] if t is not None and span and t.ner[:2] in ("B-", "I-") else None
    return found
