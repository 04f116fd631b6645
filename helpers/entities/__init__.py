"""Entities: the people (PER), organisations (ORG) and places (LOC) an article names.

underthesea's CRF ``ner`` is a statistical model: it guesses a label for every word from the
words around it, and on this corpus it guesses wrong often (people as places, titles inside
names, acronyms missed; see lesson 03). :func:`extract_entities` uses its tags only as a last
resort and finds names with rules and data instead:

1. **model** - only capitalised proper nouns can be names; for one that no other rule explains,
   underthesea's label is used (unless rule 10 reads it differently).
2. **titles** - job titles and honorifics (``Thủ tướng``, ``Bộ trưởng``, ``ông``, ``PM``, ``Mr``)
   are never part of a name, but a capitalised word after one is probably a person.
3. **person_names** - the shape of a name: a Vietnamese family name first (``Nguyễn Văn Khoa``,
   list in ``helpers/data/person_names.txt``) or two romanised Japanese words (``Iwaya Takeshi``).
4. **patterns** - an organisation word starts a name (``Bộ``, ``Hiệp hội``, ``Tập đoàn``, also past
   legal forms: ``Công ty Cổ phần Tập đoàn …``; in English ``Agency``, ``Group``, ``Corp.`` end it,
   and legal forms are left out of its canonical name: ``Mitsui & Co.`` -> Mitsui); a place word
   (``tỉnh``, ``Industrial Park``, ``Dong Anh district``) marks a place; an unknown name listed
   among organisations is an organisation.
5. **acronyms** - ``Full Name (ACRONYM)`` and ``Name (EXCHANGE: TICKER)`` pairs, and later uses
   of the acronym or ticker; also a full name only the tagger (rule 10) reads whole
   (``Japan Maritime Self-Defense Force (JMSDF)``), paired once it has, and the name an organisation is known as
   (``Enshu Railway, known locally as Entetsu``).
6. **gazetteer** - known organisations, places and offices from ``helpers/data/gazetteer.csv``
   (Vietnamese places also without diacritics: ``Hung Yen``); a known company followed by more
   capitalised words is another company of its group (``Mitsubishi Motors``).
7. **datelines** - the capitals that open a report (``HÀ NỘI —``, ``TOKYO, May 27``, ``TOKYO:``) are a
   place, and the outlet in brackets after them an organisation (``(Kyodo) --``); so is the short first
   line of an English article, its masthead (``The Manila Times``).
8. **brands** - an unknown acronym (``HABECO``), a word with capitals inside (``HoSE``) or, in
   Vietnamese text, a foreign-looking name (``Vinamilk``, ``Bloomberg``) that no rule above
   explains is an organisation, unless the tagger (rule 10) sees no name there and no company cue names it.
9. **resolve** - one canonical name per entity: a short reference (``ông Khoa``, ``PM Chính``)
   becomes the most recent compatible full name in the article (same office first, then the
   nearest before it), ``Ishiba Shigeru`` = ``Shigeru Ishiba``, a near-miss spelling
   (``Iwaya Takshi``) joins the name it nearly matches, an acronym joins its full name.
10. **tagger** - a learnt tagger (:mod:`helpers.entities.tagger`, a CRF trained on this project's
    annotated articles) guesses too: a run no rule above explains gets its label when it reads a name
    with exactly the run's words and is sure of it, and where it sees no name underthesea's label is dropped;
    an organisation it is very sure of that holds shorter names the rules found takes their place
    (``Aeon Mall`` for ``Aeon``), unless it joins two names of a list, runs on into a predicate or names a
    building.

Each rule can be switched off (``rules=``), which is how the lesson measures what each adds.

Annotation guidelines (``seeds/annotations/entities.csv`` follows them; so does the extractor):

- Mentions are named mentions only: ``ông Khoa`` gives ``Khoa``; a bare ``Đại sứ quán``,
  ``Thủ tướng``, ``the PM`` or a pronoun is not a mention. Titles and honorifics are never part
  of a name.
- Spans are flat and outermost: ``Đại sứ quán Việt Nam tại Nhật Bản`` is one ORG, with no LOC
  inside it. Names inside titles, events and slogans still count (``Thủ tướng [Nhật Bản]``,
  ``Diễn đàn [Việt Nam] – [Nhật Bản]``).
- LOC: countries, regions, cities, provinces, rivers, industrial parks. ``Chính phủ Việt Nam``
  is the country ``Việt Nam`` (a government is not annotated separately).
- ORG: ministries, agencies, embassies, associations, companies, universities, the Party
  (``Đảng``), international bodies (ASEAN, AZEC). A country subsidiary (``FPT Nhật Bản``) is its
  own organisation.
- Not entities: events (``Hội nghị``, ``Diễn đàn``), laws and resolutions, programmes,
  initiatives and slogans (``Liên minh Chinh phục Thị trường Toàn cầu`` is a proposal),
  products, technologies (``All-Photonics Network``); nationality adjectives (``Japanese``) and
  the clipped forms ``Việt``, ``Nhật`` (``doanh nghiệp Việt``, ``Việt - Nhật``), which work the
  same way.
- ``Full Name (ACRONYM)`` gives two mentions with one canonical name.
- Canonical names: an organisation with a usual acronym is known by it (JICA, NIC, Vinasa),
  otherwise by its Vietnamese name; places by their Vietnamese name (``Japan`` -> ``Nhật Bản``);
  people by their full name as the articles most often write it.

>>> extract_entities("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.")[["surface", "label", "canonical"]]
           surface label        canonical
0  Phạm Minh Chính   PER  Phạm Minh Chính
1         Nhật Bản   LOC         Nhật Bản
2        Ito Naoki   PER        Ito Naoki
"""

from __future__ import annotations

from .lexicon import gazetteer
from .pipeline import RULES, extract_entities
from .raw import raw_ner_entities
from .tables import article_layout, cooccurrence, cooccurrence_graph, corpus_entities, entity_table
from .units import MENTION_COLUMNS

__all__ = [
    "RULES",
    "MENTION_COLUMNS",
    "extract_entities",
    "raw_ner_entities",
    "corpus_entities",
    "entity_table",
    "cooccurrence",
    "cooccurrence_graph",
    "article_layout",
    "gazetteer",
]
