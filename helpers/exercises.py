"""Exercises: the expected answer and the hint of every self-checked exercise, by exercise id.

A lesson's check cell is ``helpers.check("03.2", answer_2)``: it names the exercise (lesson 03,
exercise 2) and the student's answer, nothing else. The expected value is computed here, from
the corpus and the helpers, when the check runs; it is never a typed-in literal for something
a function can compute, so the answer stays right when a teacher adds an article, and a
student never sees it in the lesson. Concept questions (multiple choice) register the letter of
the best option as a :class:`~helpers.check.Choice`: that answer is a judgement, not a
computation, and is explained in the lesson's worked solution.

>>> expected("00.1")
4
>>> hint("00.1")
'corpus.lang == "vi" is True for each Vietnamese article; what adds up True values?'
>>> "00.1" in ids()
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd

from .check import Choice

__all__ = ["Exercise", "expected", "hint", "ids", "register"]


@dataclass(frozen=True)
class Exercise:
    """One self-checked exercise: its id (``"NN.k"``), how to compute its answer, and a hint."""

    id: str
    compute: Callable[[], Any]
    hint: str


_REGISTRY: dict[str, Exercise] = {}


def register(exercise_id: str, hint: str) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Decorator: register the function that computes the answer of ``exercise_id``.

    >>> @register("99.1", hint="Add them.")
    ... def _two() -> int:
    ...     return 1 + 1
    >>> expected("99.1")
    2
    >>> del _REGISTRY["99.1"]
    """
    if exercise_id in _REGISTRY:
        raise ValueError(f"exercise {exercise_id} is registered twice")

    def wrap(compute: Callable[[], Any]) -> Callable[[], Any]:
        _REGISTRY[exercise_id] = Exercise(exercise_id, compute, hint)
        return compute

    return wrap


def _get(exercise_id: str) -> Exercise:
    try:
        return _REGISTRY[exercise_id]
    except KeyError:
        raise KeyError(f"no exercise {exercise_id!r} in helpers/exercises.py; known: {', '.join(ids())}") from None


def expected(exercise_id: str) -> Any:
    """The expected answer of an exercise, computed now."""
    return _get(exercise_id).compute()


def hint(exercise_id: str) -> str:
    """The hint printed under a wrong answer."""
    return _get(exercise_id).hint


def ids() -> list[str]:
    """Every registered exercise id, in lesson order."""
    return sorted(_REGISTRY)


def _choice(exercise_id: str, letter: str, hint: str) -> None:
    """Register a multiple-choice question whose best option is ``letter``."""
    register(exercise_id, hint)(lambda: Choice(letter))


# --- shared inputs, computed once per kernel -------------------------------------------------


@cache
def _corpus() -> pd.DataFrame:
    from .corpus import load_corpus

    return load_corpus()


def _vietnamese() -> pd.DataFrame:
    corpus = _corpus()
    return corpus[corpus.lang == "vi"]


# --- 00 · Welcome --------------------------------------------------------------------------


@register("00.1", hint='corpus.lang == "vi" is True for each Vietnamese article; what adds up True values?')
def _vietnamese_articles() -> int:
    return int((_corpus().lang == "vi").sum())


@register(
    "00.2",
    hint="Split each text on its spaces and count the pieces; then find the row with the "
    "largest count and read its doc_id.",
)
def _longest_article() -> str:
    corpus = _corpus()
    return corpus.doc_id[corpus.text.str.split().str.len().idxmax()]


_choice("00.3", "b", "Lesson 02 starts with this question: how many syllables does công nghệ have?")
_choice("00.4", "c", "Cells depend on the cells above them: which option runs them all again, in order?")
_choice("00.5", "b", "Read section 2 of this lesson again: what does a check cell say about a wrong answer?")


# --- 01 · The corpus -------------------------------------------------------------------------


@register(
    "01.1",
    hint="helpers.sentences(corpus) has one row per sentence: group them by article and "
    "count; then find the article with the largest count.",
)
def _most_sentences() -> tuple[str, int]:
    from .corpus import sentences

    counts = sentences(_corpus()).groupby("doc_id").size()
    return counts.idxmax(), int(counts.max())


@register(
    "01.2", hint="Both columns hold text; compare their lengths row by row, and label the rows with the article ids."
)
def _characters_removed() -> pd.Series:
    corpus = _corpus()
    return (corpus.raw_text.str.len() - corpus.text.str.len()).set_axis(corpus.doc_id)


@register(
    "01.3", hint="unicodedata.normalize turns a text into NFD; compare with == before and after helpers.normalize."
)
def _nfd_comparisons() -> tuple[bool, bool]:
    import unicodedata

    from .text import normalize

    nfd = unicodedata.normalize("NFD", "Nhật Bản")
    return nfd == "Nhật Bản", normalize(nfd) == "Nhật Bản"


_choice("01.4", "b", "Section 4 compares composed and decomposed Việt: what happens to a search?")
_choice("01.5", "b", "Look at the captions column of the corpus table: where did the captions go?")
_choice("01.6", "b", "Section 1 explains date_source: which articles give only day and month?")


# --- 02 · Vietnamese words ---------------------------------------------------------------------

PHRASE_02 = "Trung tâm dữ liệu và an ninh mạng"


@register(
    "02.1",
    hint="Segment the phrase twice (keep_terms=False, then the default) and keep the "
    "words of the second list that the first does not have.",
)
def _words_from_terms() -> set[str]:
    from .text import tokenize

    return set(tokenize(PHRASE_02)) - set(tokenize(PHRASE_02, keep_terms=False))


@register(
    "02.2",
    hint="per_doc holds each article's words, most frequent first: keep the ambassador's "
    "rows and take the first five words as a list.",
)
def _ambassador_top_words() -> list[str]:
    from .corpus import word_counts

    per_doc = word_counts(_vietnamese(), by_doc=True)
    return per_doc[per_doc.doc_id == "ambassador-2025-09-19-vi"].word.head(5).tolist()


@register(
    "02.3",
    hint="Keep the rows of tags whose pos is the proper-noun tag, then count the words "
    "and keep the most frequent eight.",
)
def _top_proper_nouns() -> pd.Series:
    from .corpus import sentences, tag_sentences

    tags = tag_sentences(sentences(_vietnamese()))
    return tags[tags.pos == "Np"].word.value_counts().head(8)


_choice("02.4", "b", "Section 3 explains the stopword list: what does số mean in chuyển đổi số?")
_choice("02.5", "a", "Section 5: what kind of program is the tagger, and can it be wrong?")
_choice("02.6", "b", "Run the cell under the first chart: which spelling occurs in the texts?")


# --- 03 · Entities ------------------------------------------------------------------------------


@cache
def _mentions() -> pd.DataFrame:
    from .entities import corpus_entities

    return corpus_entities(_corpus())


def _entity_reference() -> pd.DataFrame:
    from .evaluate import reference_entities

    return reference_entities()


@register(
    "03.2",
    hint="Build the rule list without 'titles', extract the corpus's entities with it, score "
    "them per article, and look for the label (not 'all') with the smallest F1.",
)
def _label_hurt_without_titles() -> str:
    from .entities import RULES, corpus_entities
    from .evaluate import score_entities

    rules = [r for r in RULES if r != "titles"]
    scores = score_entities(corpus_entities(_corpus(), rules=rules), _entity_reference(), level="article")
    return scores.set_index("label").f1.drop("all").idxmin()


@register(
    "03.7",
    hint="Keep the mentions of those articles whose label is ORG; the canonical column "
    "names each organisation once you drop repeats.",
)
def _organisations_with_ishiba() -> set[str]:
    mentions = _mentions()
    docs = mentions[mentions.canonical == "Ishiba Shigeru"].doc_id.unique()
    return set(mentions[mentions.doc_id.isin(docs) & (mentions.label == "ORG")].canonical)


@register("03.8", hint="Group the rows of japan by article and count the rows of each group.")
def _japan_mentions_per_article() -> pd.Series:
    mentions = _mentions()
    return mentions[mentions.canonical == "Nhật Bản"].groupby("doc_id").size()


_choice("03.4", "a", "Section 2 defines precision: of what was found, or of what should be found?")
_choice("03.5", "a", "Who wrote the gazetteer, and after reading what?")
_choice("03.6", "b", "Read the annotation guidelines of section 1 about titles and honorifics.")


# --- 04 · Figures ---------------------------------------------------------------------------------

SENTENCE_04 = "Ngày 5/8, JICA ký khoản vay 41,9 tỷ yên cho 2 dự án, lần thứ 3 trong năm 2025."


@register(
    "04.1",
    hint="A figure is a quantity with what it counts or its currency. Dates, ordinals (lần thứ …) "
    "and years are not figures. Write each figure's words exactly as in the sentence.",
)
def _figures_expected_in_sentence() -> list[str]:
    from .figures import extract_figures

    return extract_figures(SENTENCE_04, "vi").surface.tolist()


@register(
    "04.3",
    hint="Keep the Vietnamese rows of both tables (the predicted facts and the reference), "
    "then call the figure scorer with by=None.",
)
def _vietnamese_figure_scores() -> pd.DataFrame:
    from .evaluate import evaluate_figures, reference_figures
    from .figures import corpus_figures

    facts, reference = corpus_figures(_corpus()), reference_figures()
    return evaluate_figures(
        facts[facts.doc_id.str.endswith("-vi")], reference[reference.doc_id.str.endswith("-vi")], by=None
    )


_choice("04.5", "b", "Section 1: which separator groups thousands in Vietnamese, and which marks decimals?")
_choice("04.6", "b", "Section 3 lists what is not a figure: what does số 57 do in Nghị quyết số 57?")
_choice("04.7", "c", "Section 8 asks two questions before calling figures contradictory: which?")


# --- 05 · Themes ------------------------------------------------------------------------------------


@register(
    "05.2",
    hint="Keep the IT Day rows of the diplomacy sentences; each row lists its matched terms: "
    "put one term per row (explode) and count them.",
)
def _it_day_diplomacy_term() -> str:
    from .themes import theme_sentences

    rows = theme_sentences(_corpus(), "diplomacy and security").query("doc_id == 'it-day-tokyo-2025-08-28-vi'")
    return rows["terms"].explode().value_counts().idxmax()


@register(
    "05.3",
    hint="distinctive_terms(…, n=None) lists every term with its df and idf; read the idf of "
    "the row for việt nam. How many articles contain it now?",
)
def _idf_viet_nam_vietnamese_only() -> float:
    from .themes import distinctive_terms

    every = distinctive_terms(_vietnamese(), n=None)
    return float(every[every.term == "việt nam"].idf.iloc[0])


_choice("05.4", "a", "Section 2 explains share = count / content_words: what would a raw count favour?")
_choice("05.5", "a", "Read section 5 again: what does the lexicon define?")
_choice("05.6", "a", "Print the idf range of section 4: how far apart are its ends with five articles?")


# --- 06 · Timeline ---------------------------------------------------------------------------------


@register(
    "06.1",
    hint="Keep the timeline rows whose date_start comes after their article's date, then "
    "take their surface column as a list.",
)
def _future_dates() -> list[str]:
    from .timeline import corpus_timeline

    corpus = _corpus()
    timeline = corpus_timeline(corpus)
    article_date = timeline.doc_id.map(corpus.set_index("doc_id").date)
    return timeline[timeline.date_start > article_date].surface.tolist()


@register(
    "06.2",
    hint="Run extract_dates on the article's text with the new date as reference_date, and "
    "take the iso column as a list.",
)
def _asean_dates_in_2026() -> list[str]:
    from .dates import extract_dates

    text = _corpus().set_index("doc_id").text["asean-fm-2025-07-10-vi"]
    return extract_dates(text, "vi", reference_date="2026-01-05").iso.tolist()


_choice("06.4", "b", "Section 2, 'How that goes wrong', runs exactly this case.")
_choice("06.5", "b", "Read the legend under the first chart.")
_choice("06.6", "a", "Section 1 says what 2028 is here: a when or a how many?")


# --- 07 · Two languages --------------------------------------------------------------------------------


@register(
    "07.1",
    hint="Keep the aligned figures found in both reports whose kind is percent; pair each "
    "row's two surfaces (zip) into a list of tuples.",
)
def _shared_percentages() -> list[tuple[str, str]]:
    from .align import align_figures
    from .figures import corpus_figures

    figures = corpus_figures(_corpus())
    pairs = align_figures(
        figures[figures.doc_id == "forum-2025-04-28-vi"], figures[figures.doc_id == "forum-2025-04-28-en"]
    )
    shared = pairs[(pairs.found_in == "both") & (pairs.kind == "percent")]
    return list(zip(shared.surface_a, shared.surface_b, strict=True))


@register(
    "07.2",
    hint="Give align_entities the mentions of each article; keep the rows found in both whose "
    "label is PER, and list their canonical names.",
)
def _people_in_asean_and_ambassador() -> set[str]:
    from .align import align_entities

    mentions = _mentions()
    pair = align_entities(
        mentions[mentions.doc_id == "asean-fm-2025-07-10-vi"], mentions[mentions.doc_id == "ambassador-2025-09-19-vi"]
    )
    return set(pair[(pair.found_in == "both") & (pair.label == "PER")].canonical)


_choice("07.4", "b", "Section 1 says what a match needs.")
_choice("07.5", "a", "Section 3: entities are matched by which column?")
_choice("07.6", "a", "Section 4 reads the two sentences: what do they say about measure and date?")


# --- 08 · Capstone --------------------------------------------------------------------------------------


@register(
    "08.2",
    hint="Read each row of practice_entities against the text; reject a (canonical, label) pair when the "
    "hand-checked answers (section 6) do not name that entity with that label.",
)
def _practice_rejections() -> set[tuple[str, str]]:
    from .corpus import load_corpus
    from .entities import extract_entities
    from .evaluate import reference_entities
    from .paths import seeds_dir

    article = load_corpus(seeds_dir() / "practice").iloc[0]
    found = extract_entities(article.text, article.lang)
    answers = reference_entities(seeds_dir() / "practice" / "annotations" / "entities.csv")
    right = set(zip(answers.canonical, answers.label, strict=True))
    return {pair for pair in zip(found.canonical, found.label, strict=True) if pair not in right}


@register(
    "08.3", hint="Run extract_figures on the article's text and language; its surface column, as a list, is the answer."
)
def _asean_figures() -> list[str]:
    from .figures import extract_figures

    article = _corpus().set_index("doc_id").loc["asean-fm-2025-07-10-vi"]
    return extract_figures(article.text, article.lang).surface.tolist()


_choice("08.4", "b", "Section 2 shows the inferred column: what happens without a catalog row?")
_choice("08.5", "b", "What does the summary say a brief is only as good as?")
_choice("08.6", "b", "Section 1, step 1, says where a new article goes and in which format.")
_choice("08.7", "c", "Section 2 lists where a date can come from, in order.")
