"""Tables: entities over a corpus, one row per entity, co-occurrence and a deterministic layout."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from ..corpus import per_article
from .pipeline import _check_rules, extract_entities
from .raw import raw_ner_entities
from .rules.resolve import _merge_people
from .units import MENTION_COLUMNS


def corpus_entities(
    corpus: pd.DataFrame, rules: Iterable[str] | None = None, raw: bool = False, across_articles: bool = True
) -> pd.DataFrame:
    """Every mention in a corpus table (``doc_id``, ``lang``, ``text``, as from :func:`helpers.load_corpus`).

    Columns: ``doc_id`` then those of :func:`extract_entities`. With ``raw=True`` the mentions are
    underthesea's (:func:`raw_ner_entities`). When names are resolved, a person written two ways
    in different articles (``Shigeru Ishiba`` / ``Ishiba Shigeru``) gets one canonical name, the
    one written most often; with ``across_articles=False`` each article is read alone, its people named
    as it writes them (as the development set's annotations name them: an article's score then does not
    depend on the other articles of the set).

    >>> import helpers
    >>> m = corpus_entities(helpers.load_corpus())
    >>> m[m.canonical == "Iwaya Takeshi"].surface.value_counts().to_dict()
    {'Iwaya Takeshi': 2, 'Iwaya Takshi': 1}
    """
    chosen = _check_rules(rules)
    table = per_article(
        corpus,
        lambda doc: raw_ner_entities(doc.text, doc.lang) if raw else extract_entities(doc.text, doc.lang, chosen),
        MENTION_COLUMNS,
        "corpus_entities",
    )
    if not raw and "resolve" in chosen and across_articles and len(table):
        table["canonical"] = _merge_people(table)
    return table.astype({"start": int, "end": int})


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per entity: ``canonical``, ``label``, ``articles`` (how many articles name it),
    ``mentions`` (how many times in all), ``aliases`` (the distinct surfaces, ``; ``-joined).

    Sorted by articles, then mentions (most first), then name.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "surface": ["Japan", "Nhật Bản", "Nhật Bản"],
    ...                   "label": ["LOC"] * 3, "canonical": ["Nhật Bản"] * 3})
    >>> entity_table(m)
      canonical label  articles  mentions          aliases
    0  Nhật Bản   LOC         2         3  Japan; Nhật Bản
    """
    if "doc_id" not in mentions.columns:
        mentions = mentions.assign(doc_id="")
    grouped = mentions.groupby(["canonical", "label"], sort=False)
    table = pd.DataFrame(
        {
            "articles": grouped["doc_id"].nunique(),
            "mentions": grouped.size(),
            "aliases": grouped["surface"].agg(lambda s: "; ".join(sorted(set(s)))),
        }
    ).reset_index()
    table = table.sort_values(["articles", "mentions", "canonical"], ascending=[False, False, True], ignore_index=True)
    return table[["canonical", "label", "articles", "mentions", "aliases"]]


def cooccurrence(mentions: pd.DataFrame, labels: Iterable[str] = ("PER", "ORG"), min_articles: int = 1) -> pd.DataFrame:
    """Pairs of entities named in the same article: ``source``, ``target``, ``articles`` (how many).

    Only entities with one of ``labels``; pairs named together in at least ``min_articles``
    articles. ``source`` < ``target`` alphabetically; sorted by articles (most first), then names.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "label": ["PER", "ORG", "PER", "ORG"],
    ...                   "canonical": ["Khoa", "Vinasa", "Khoa", "Vinasa"]})
    >>> cooccurrence(m)
      source  target  articles
    0   Khoa  Vinasa         2
    """
    keep = mentions[mentions.label.isin(list(labels))]
    pairs: Counter = Counter()
    for _, names in keep.groupby("doc_id")["canonical"]:
        unique = sorted(set(names))
        pairs.update((a, b) for i, a in enumerate(unique) for b in unique[i + 1 :])
    rows = [(a, b, n) for (a, b), n in pairs.items() if n >= min_articles]
    table = pd.DataFrame(rows, columns=["source", "target", "articles"])
    return table.sort_values(["articles", "source", "target"], ascending=[False, True, True], ignore_index=True)


def cooccurrence_graph(mentions: pd.DataFrame, labels: Iterable[str] = ("PER", "ORG")):
    """The co-occurrence network as a :class:`networkx.Graph`.

    Nodes are entities (canonical names) with attributes ``label``, ``mentions`` and
    ``articles`` (a sorted tuple of doc_ids); edges join entities named in the same article,
    with ``weight`` = how many articles name both. For drawing, ``pos`` holds each node's
    position (see :func:`article_layout`) and ``angle`` the direction (radians) in which its
    label has room, away from its group.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "label": ["PER", "ORG", "PER"],
    ...                   "canonical": ["Khoa", "Vinasa", "Khoa"]})
    >>> g = cooccurrence_graph(m)
    >>> sorted(g.nodes), g.edges["Khoa", "Vinasa"]["weight"], g.nodes["Khoa"]["articles"]
    (['Khoa', 'Vinasa'], 1, ('a', 'b'))
    """
    import networkx as nx

    keep = mentions[mentions.label.isin(list(labels))]
    graph = nx.Graph()
    for (name, label), group in keep.groupby(["canonical", "label"], sort=True):
        graph.add_node(name, label=label, mentions=len(group), articles=tuple(sorted(set(group.doc_id))))
    for row in cooccurrence(keep, labels).itertuples():
        graph.add_edge(row.source, row.target, weight=row.articles)
    pos, angle = _layout(graph)
    nx.set_node_attributes(graph, pos, "pos")
    nx.set_node_attributes(graph, angle, "angle")
    return graph


def article_layout(graph, radius: float = 18.0) -> dict[str, tuple[float, float]]:
    """Positions that keep each article's entities together, with no randomness.

    Articles sit on a large circle (in doc_id order); an entity named in one article goes on a
    ring around that article's point, an entity named in several goes between their points.

    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("A", label="PER", articles=("x",)); g.add_node("B", label="ORG", articles=("x", "y"))
    >>> sorted(article_layout(g))
    ['A', 'B']
    """
    return _layout(graph, radius)[0]


def _layout(graph, radius: float = 18.0) -> tuple[dict, dict]:
    import math

    docs = sorted({d for _, data in graph.nodes(data=True) for d in data["articles"]})
    centre = {
        d: (
            radius * math.cos(2 * math.pi * k / len(docs) + math.pi / 2),
            radius * math.sin(2 * math.pi * k / len(docs) + math.pi / 2),
        )
        for k, d in enumerate(docs)
    }
    groups: dict[tuple, list[str]] = defaultdict(list)
    for name, data in sorted(graph.nodes(data=True), key=lambda t: (t[1]["label"], t[0])):
        groups[data["articles"]].append(name)
    pos, angles = {}, {}
    for articles, names in groups.items():
        cx = sum(centre[d][0] for d in articles) / len(articles)
        cy = sum(centre[d][1] for d in articles) / len(articles)
        if len(articles) > 1:  # pull shared entities towards the middle of the picture
            cx, cy = cx * 0.55, cy * 0.55
        ring = (1.5 + 0.3 * len(names)) if len(articles) == 1 else 1.3 * (len(names) > 1)
        for k, name in enumerate(names):
            angle = 2 * math.pi * k / len(names) + 0.3
            pos[name] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
            if len(articles) > 1:
                angles[name] = math.atan2(cy, cx) + 0.5 * (k - (len(names) - 1) / 2)
            elif math.cos(angle - math.atan2(-cy, -cx)) > 0.6 and len(names) > 8:
                angles[name] = angle + math.pi  # facing the middle: label inside the ring
            else:
                angles[name] = angle
    return pos, angles
