"""Tests for helpers.themes: the lexicon file, theme scores, theme sentences, TF-IDF and the heatmap."""

from __future__ import annotations

import math

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers import cache, themes
from helpers.plots import heatmap
from helpers.text import stopwords, tokenize
from helpers.themes import distinctive_terms, theme_lexicon, theme_scores, theme_sentences

matplotlib.use("Agg")

REQUIRED_THEMES = [
    "semiconductors",
    "artificial intelligence",
    "digital transformation",
    "green transition and energy",
    "workforce and education",
    "investment and trade",
    "ODA and infrastructure",
    "innovation and start-ups",
    "diplomacy and security",
    "governance reform",
]


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return helpers.load_corpus()


def docs(*texts: str, lang: str = "vi") -> pd.DataFrame:
    """A tiny corpus: one article per text, doc_ids d0, d1, …"""
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "lang": lang, "text": list(texts)})


def lexicon(**themes_terms: list[str]) -> pd.DataFrame:
    """A tiny Vietnamese lexicon: lexicon(chips=["bán dẫn"], ...)."""
    rows = [(theme, "vi", term) for theme, terms in themes_terms.items() for term in terms]
    return pd.DataFrame(rows, columns=["theme", "lang", "term"])


def count(scores: pd.DataFrame, doc_id: str, theme: str) -> int:
    return int(scores.set_index(["doc_id", "theme"]).loc[(doc_id, theme), "count"])


EMPTY = pd.DataFrame({"doc_id": pd.Series(dtype=str), "lang": pd.Series(dtype=str), "text": pd.Series(dtype=str)})


# --------------------------------------------------------------------------- lexicon file


def test_lexicon_has_the_required_themes_in_both_languages() -> None:
    lex = theme_lexicon()
    assert list(lex.columns) == ["theme", "lang", "term"]
    for theme in REQUIRED_THEMES:
        assert set(lex[lex.theme == theme].lang) == {"vi", "en"}, theme
    assert (lex.term.str.contains(" ") & (lex.lang == "vi")).any()
    assert (lex.term.str.contains(" ") & (lex.lang == "en")).any()


def test_lexicon_rows_are_clean() -> None:
    from underthesea import text_normalize

    lex = theme_lexicon()
    assert not lex.duplicated().any(), lex[lex.duplicated()]
    for row in lex.itertuples():
        assert row.term == " ".join(row.term.split()), row.term
        assert row.term.lower() not in stopwords(row.lang), row.term
        if row.lang == "vi":
            assert text_normalize(row.term) == row.term, f"{row.term!r}: use the modern spelling"


def test_lexicon_file_documents_provenance_and_extension() -> None:
    from importlib import resources

    header = resources.files("helpers").joinpath("data", "themes.csv").read_text(encoding="utf-8")
    comments = "\n".join(line for line in header.splitlines() if line.startswith("#"))
    assert "Provenance" in comments and "How to extend" in comments


def test_every_vietnamese_term_is_found_in_a_sentence() -> None:
    """Each term, in a sentence, is matched by its theme whatever the segmenter makes of it."""
    lex = theme_lexicon()
    vi = lex[lex.lang == "vi"].reset_index(drop=True)
    texts = [f"Hai nước hợp tác về {term} trong năm nay." for term in vi.term]
    scores = theme_scores(docs(*texts), lex)
    missed = [
        term for i, (theme, term) in enumerate(zip(vi.theme, vi.term, strict=True)) if count(scores, f"d{i}", theme) < 1
    ]
    assert not missed


def test_every_english_term_is_found_in_a_sentence() -> None:
    lex = theme_lexicon()
    en = lex[lex.lang == "en"].reset_index(drop=True)
    scores = theme_scores(docs(*(f"They discussed {term} this year." for term in en.term), lang="en"), lex)
    missed = [
        term for i, (theme, term) in enumerate(zip(en.theme, en.term, strict=True)) if count(scores, f"d{i}", theme) < 1
    ]
    assert not missed


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("theme,lang\nchips,vi\n", "header"),
        ("# a comment\ntheme,lang,term\nchips,vi\n", "line 3"),
        ("theme,lang,term\nchips,ja,チップ\n", "lang"),
        ("theme,lang,term\nchips,vi,\n", "empty"),
    ],
)
def test_malformed_lexicon_file_is_rejected(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        theme_lexicon(path)


def test_lexicon_file_can_be_replaced(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("# mine\ntheme,lang,term\ntourism,vi,du lịch\ntourism,en,tourism\n", encoding="utf-8")
    assert theme_lexicon(path).values.tolist() == [["tourism", "vi", "du lịch"], ["tourism", "en", "tourism"]]


# --------------------------------------------------------------------------- theme_scores


def test_scores_table_shape_and_columns(corpus) -> None:
    scores = theme_scores(corpus)
    n_themes = theme_lexicon().theme.nunique()
    assert list(scores.columns) == ["doc_id", "theme", "count", "content_words", "share"]
    assert len(scores) == len(corpus) * n_themes
    assert list(dict.fromkeys(scores.doc_id)) == list(corpus.doc_id)
    assert list(dict.fromkeys(scores.theme)) == list(dict.fromkeys(theme_lexicon().theme))
    assert scores["count"].dtype == "int64" and scores["share"].dtype == "float64"
    assert np.allclose(scores["share"], scores["count"] / scores["content_words"])


def test_scores_on_the_seed_articles(corpus) -> None:
    scores = theme_scores(corpus)
    share = scores.pivot(index="doc_id", columns="theme", values="share")
    governance = share["governance reform"]
    assert governance["ambassador-2025-09-19-vi"] > 0 and (governance.drop("ambassador-2025-09-19-vi") == 0).all()
    assert share["digital transformation"].idxmax() == "it-day-tokyo-2025-08-28-vi"
    assert share["semiconductors"].idxmax() == "forum-2025-04-28-vi"
    assert count(scores, "forum-2025-04-28-vi", "ODA and infrastructure") == 0


def test_a_word_segmented_term_counts_once() -> None:
    scores = theme_scores(docs("Bán dẫn và bán dẫn."), lexicon(chips=["bán dẫn"], half=["bán"]))
    assert count(scores, "d0", "chips") == 2
    assert count(scores, "d0", "half") == 0  # "bán" is inside the token "bán dẫn"


def test_a_longer_token_is_not_counted_as_its_first_words() -> None:
    assert tokenize("Chuyển đổi số quan trọng.")[0] == "Chuyển đổi số"
    scores = theme_scores(docs("Chuyển đổi số quan trọng."), lexicon(change=["chuyển đổi"], digital=["chuyển đổi số"]))
    assert count(scores, "d0", "change") == 0 and count(scores, "d0", "digital") == 1
    scores = theme_scores(docs("Tăng cường an ninh mạng."), lexicon(security=["an ninh"]))
    assert count(scores, "d0", "security") == 0


def test_a_term_the_segmenter_splits_is_matched_as_a_token_sequence() -> None:
    text = "Dự án nhiệt điện khí lớn."
    assert "nhiệt điện" in tokenize(text) and "khí" in tokenize(text)  # split in two tokens
    scores = theme_scores(docs(text), lexicon(energy=["nhiệt điện khí"]))
    assert count(scores, "d0", "energy") == 1
    en = pd.DataFrame({"theme": ["trade"], "lang": ["en"], "term": ["supply chain"]})
    assert count(theme_scores(docs("A supply chain, a chain of supply.", lang="en"), en), "d0", "trade") == 1


def test_longest_term_wins_where_terms_overlap() -> None:
    scores = theme_scores(docs("Hợp tác về năng lượng tái tạo."), lexicon(energy=["năng lượng", "năng lượng tái tạo"]))
    assert count(scores, "d0", "energy") == 1


def test_case_rules_lower_case_any_case_capitals_exact() -> None:
    scores = theme_scores(docs("Bán dẫn là tương lai. Ai cũng biết AI."), lexicon(chips=["bán dẫn"], ai=["AI"]))
    assert count(scores, "d0", "chips") == 1  # lower-case term matches "Bán dẫn"
    assert count(scores, "d0", "ai") == 1  # "AI" does not match "Ai" (who)


def test_terms_only_match_articles_in_their_language() -> None:
    corpus = pd.DataFrame({"doc_id": ["vi", "en"], "lang": ["vi", "en"], "text": ["Hợp tác AI.", "AI cooperation."]})
    scores = theme_scores(corpus, lexicon(ai=["AI"]))
    assert count(scores, "vi", "ai") == 1 and count(scores, "en", "ai") == 0


def test_article_with_no_theme_words_scores_zero(corpus) -> None:
    plain = pd.concat(
        [corpus[["doc_id", "lang", "text"]], docs("Trời hôm nay đẹp. Chúng tôi đi dạo.")], ignore_index=True
    )
    scores = theme_scores(plain)
    mine = scores[scores.doc_id == "d0"]
    assert len(mine) == theme_lexicon().theme.nunique()
    assert (mine["count"] == 0).all() and (mine["share"] == 0.0).all() and (mine["content_words"] > 0).all()


def test_article_without_content_words_has_share_zero_not_nan() -> None:
    scores = theme_scores(docs("Và của những."), lexicon(chips=["bán dẫn"]))
    assert scores["content_words"].tolist() == [0] and scores["share"].tolist() == [0.0]


def test_empty_corpus_gives_empty_tables() -> None:
    assert list(theme_scores(EMPTY).columns) == ["doc_id", "theme", "count", "content_words", "share"]
    assert theme_scores(EMPTY).empty
    assert theme_sentences(EMPTY, "semiconductors").empty
    assert list(theme_sentences(EMPTY, "semiconductors").columns) == ["doc_id", "sentence", "text", "terms", "count"]
    assert distinctive_terms(EMPTY).empty
    assert list(distinctive_terms(EMPTY).columns) == ["doc_id", "rank", "term", "count", "df", "idf", "tfidf"]


def test_adding_a_theme_changes_no_other_row(corpus) -> None:
    base = theme_scores(corpus)
    extra = pd.concat([theme_lexicon(), lexicon(tourism=["du lịch", "văn hóa", "thể thao"])], ignore_index=True)
    more = theme_scores(corpus, extra)
    assert more[more.theme == "tourism"]["count"].sum() > 0
    pd.testing.assert_frame_equal(more[more.theme != "tourism"].reset_index(drop=True), base)


def test_lexicon_without_required_columns_is_rejected(corpus) -> None:
    with pytest.raises(ValueError, match="columns"):
        theme_scores(corpus, pd.DataFrame({"theme": ["x"], "term": ["y"]}))
    with pytest.raises(ValueError, match="lang"):
        theme_scores(corpus, pd.DataFrame({"theme": ["x"], "lang": ["fr"], "term": ["y"]}))


def test_corpus_is_tokenized_at_most_once(corpus, monkeypatch) -> None:
    sents = set(helpers.sentences(corpus).text)
    calls = []

    def counting(text: str, lang: str = "vi") -> list[str]:
        if text in sents:  # English lexicon terms are tokenized too; count the corpus only
            calls.append(text)
        return tokenize(text, lang)

    monkeypatch.setattr(themes, "tokenize", counting)
    cache.clear(disk=False)
    theme_scores(corpus)
    assert len(calls) == len(helpers.sentences(corpus))
    theme_sentences(corpus, "semiconductors")
    distinctive_terms(corpus)
    assert len(calls) == len(helpers.sentences(corpus))  # memoised: no second pass
    cache.clear(disk=False)


# --------------------------------------------------------------------------- theme_sentences


def test_theme_sentences_agree_with_scores_and_with_the_text(corpus) -> None:
    scores = theme_scores(corpus).set_index(["doc_id", "theme"])["count"]
    sents = helpers.sentences(corpus).set_index(["doc_id", "sentence"])["text"]
    for theme in REQUIRED_THEMES:
        found = theme_sentences(corpus, theme)
        assert list(found.columns) == ["doc_id", "sentence", "text", "terms", "count"]
        assert (found["count"] >= found["terms"].map(len)).all() and (found["terms"].map(len) > 0).all()
        assert all(
            sents[doc_id, i] == text for doc_id, i, text in zip(found.doc_id, found.sentence, found.text, strict=True)
        )
        per_doc = found.groupby("doc_id")["count"].sum()
        for doc_id in corpus.doc_id:
            assert per_doc.get(doc_id, 0) == scores[doc_id, theme], (doc_id, theme)


def test_theme_sentences_on_a_known_sentence() -> None:
    found = theme_sentences(docs("Trời đẹp. Đào tạo kỹ sư bán dẫn và chip bán dẫn, bán dẫn."), "semiconductors")
    assert found[["doc_id", "sentence"]].values.tolist() == [["d0", 1]]
    assert found.terms[0] == ["bán dẫn", "chip bán dẫn"] and found["count"][0] == 3


def test_theme_sentences_of_an_article_with_no_theme_words() -> None:
    assert theme_sentences(docs("Trời hôm nay đẹp."), "semiconductors").empty


def test_theme_sentences_with_a_custom_lexicon() -> None:
    found = theme_sentences(docs("Du lịch Nhật Bản rất đẹp."), "tourism", lexicon(tourism=["du lịch"]))
    assert found.terms.tolist() == [["du lịch"]]


def test_unknown_theme_lists_the_valid_ones(corpus) -> None:
    with pytest.raises(ValueError, match="unknown theme 'chips'") as err:
        theme_sentences(corpus, "chips")
    for theme in REQUIRED_THEMES:
        assert theme in str(err.value)


# --------------------------------------------------------------------------- distinctive_terms


def test_tfidf_on_a_hand_computed_example() -> None:
    # d0: chips×2, energy×1;  d1: energy×1, policy×1;  N = 2
    # idf(chips) = idf(policy) = a = ln(3/2) + 1 = 1.4054651081;  idf(energy) = ln(3/3) + 1 = 1
    # d0: w = (2a, 1) = (2.8109302162, 1);  |w| = sqrt(7.9013286804 + 1) = 2.9835094571
    #     tfidf(chips) = 2a/|w| = 0.9421556247,  tfidf(energy) = 1/|w| = 0.3351757433
    # d1: w = (a, 1);  |w| = sqrt(a² + 1) = 1.7249151197
    #     tfidf(policy) = a/|w| = 0.8148024747,  tfidf(energy) = 1/|w| = 0.5797386715
    table = distinctive_terms(docs("chips chips energy", "energy policy", lang="en"), n=None)
    got = {(r.doc_id, r.term): r.tfidf for r in table.itertuples()}
    assert got == pytest.approx(
        {
            ("d0", "chips"): 0.9421556247,
            ("d0", "energy"): 0.3351757433,
            ("d1", "policy"): 0.8148024747,
            ("d1", "energy"): 0.5797386715,
        },
        abs=1e-10,
    )
    assert table.idf.tolist() == pytest.approx([1.4054651081, 1.0, 1.4054651081, 1.0])
    assert table.df.tolist() == [1, 2, 1, 2] and table["count"].tolist() == [2, 1, 1, 1]


def _pandas_tfidf(corpus: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF computed independently: tokens from helpers.tokenize per sentence, maths in pandas."""
    sents = helpers.sentences(corpus)
    rows = [
        (s.doc_id, w)
        for s in sents.itertuples()
        for w in (t.lower() for t in tokenize(s.text, s.lang))
        if any(c.isalpha() for c in w) and w not in stopwords(s.lang)
    ]
    tf = pd.DataFrame(rows, columns=["doc_id", "term"]).value_counts().rename("count").reset_index()
    n_docs = corpus.doc_id.nunique()
    tf["df"] = tf.groupby("term")["doc_id"].transform("nunique")
    tf["idf"] = np.log((1 + n_docs) / (1 + tf["df"])) + 1
    weight = tf["count"] * tf["idf"]
    tf["tfidf"] = weight / np.sqrt((weight**2).groupby(tf["doc_id"]).transform("sum"))
    return tf


def test_tfidf_matches_an_independent_pandas_computation(corpus) -> None:
    expected = _pandas_tfidf(corpus).set_index(["doc_id", "term"]).sort_index()
    got = distinctive_terms(corpus, n=None).set_index(["doc_id", "term"]).sort_index()
    assert got.index.equals(expected.index)
    for column in ["count", "df"]:
        assert (got[column] == expected[column]).all(), column
    np.testing.assert_allclose(got["idf"], expected["idf"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(got["tfidf"], expected["tfidf"], rtol=0, atol=1e-12)


def test_distinctive_terms_ranking(corpus) -> None:
    table = distinctive_terms(corpus, n=5)
    assert list(table.columns) == ["doc_id", "rank", "term", "count", "df", "idf", "tfidf"]
    assert list(dict.fromkeys(table.doc_id)) == list(corpus.doc_id)
    for _, group in table.groupby("doc_id", sort=False):
        assert group["rank"].tolist() == [1, 2, 3, 4, 5]
        assert group["tfidf"].is_monotonic_decreasing
    assert not table.term.isin(stopwords("vi") | stopwords("en")).any()
    assert (table.term == table.term.str.lower()).all()
    assert "bán dẫn" in set(distinctive_terms(corpus, n=None).term)  # word-segmented, not "bán" + "dẫn"


def test_ties_are_broken_alphabetically() -> None:
    table = distinctive_terms(docs("zeta alpha mid", lang="en"))
    assert table.term.tolist() == ["alpha", "mid", "zeta"]


def test_each_article_vector_has_unit_length(corpus) -> None:
    norms = distinctive_terms(corpus, n=None).groupby("doc_id")["tfidf"].apply(lambda v: math.sqrt((v**2).sum()))
    assert norms.to_numpy() == pytest.approx(1.0)


def test_max_df_drops_terms_common_to_many_articles(corpus) -> None:
    full = distinctive_terms(corpus, n=None)
    assert (distinctive_terms(corpus, n=None, max_df=2).df <= 2).all()
    half = distinctive_terms(corpus, n=None, max_df=0.5)  # at most 2.5 of 5 articles
    assert set(half.df) <= {1, 2} and "nhật bản" in set(full.term) and "nhật bản" not in set(half.term)
    kept = full[full.df <= 2].set_index(["doc_id", "term"]).idf
    assert half.set_index(["doc_id", "term"]).idf.equals(kept.loc[half.set_index(["doc_id", "term"]).index])
    assert distinctive_terms(corpus, n=None, max_df=1.0).equals(full)


@pytest.mark.parametrize("bad", [0, -1, 0.0, 1.5, "half", True])
def test_bad_max_df_is_rejected(corpus, bad) -> None:
    with pytest.raises(ValueError, match="max_df"):
        distinctive_terms(corpus, max_df=bad)


@pytest.mark.parametrize("bad", [0, -3, True])
def test_bad_n_is_rejected(corpus, bad) -> None:
    with pytest.raises(ValueError, match="n must be"):
        distinctive_terms(corpus, n=bad)


def test_article_without_content_words_has_no_distinctive_terms() -> None:
    table = distinctive_terms(docs("Và của những.", "Bán dẫn và chip."))
    assert set(table.doc_id) == {"d1"}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["chip", "energy", "grid", "policy", "reform", "trade"]), min_size=1, max_size=12),
        min_size=1,
        max_size=5,
    )
)
def test_tfidf_properties_on_random_english_articles(articles: list[list[str]]) -> None:
    table = distinctive_terms(docs(*(" ".join(words) for words in articles), lang="en"), n=None)
    assert ((table.tfidf > 0) & (table.tfidf <= 1 + 1e-12)).all()
    for doc_id, group in table.groupby("doc_id"):
        assert math.isclose(float((group.tfidf**2).sum()), 1.0, rel_tol=1e-9)
        assert group["count"].sum() == len(articles[int(doc_id[1:])])


# --------------------------------------------------------------------------- plots.heatmap


def test_heatmap_labels_and_cells(corpus) -> None:
    import matplotlib.pyplot as plt

    scores = theme_scores(corpus)
    ax = heatmap(scores)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(dict.fromkeys(scores.theme))
    assert [t.get_text() for t in ax.get_xticklabels()] == list(corpus.doc_id)
    assert len(ax.texts) == len(scores)
    ax = heatmap(scores, value="count")
    first = scores[(scores.doc_id == corpus.doc_id[0]) & (scores.theme == scores.theme[0])]["count"].item()
    assert ax.texts[0].get_text() == str(first)
    with pytest.raises(ValueError, match="value"):
        heatmap(scores, value="tfidf")
    plt.close("all")


def test_vietnamese_terms_are_spelled_as_the_tokenizer_spells_them() -> None:
    """underthesea normalises tone-mark placement in its tokens (thoả → thỏa); the lexicon must match."""
    from underthesea import text_normalize

    lexicon = theme_lexicon()
    vietnamese = lexicon[lexicon.lang == "vi"].term
    assert [t for t in vietnamese if text_normalize(t) != t] == []
