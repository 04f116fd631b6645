"""helpers.text: normalisation, sentences, tokens, tags (and their cache), stopwords, counts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers import text as T
from helpers import vocabulary

# --- normalize -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ho\u0300a bi\u0300nh", "Hòa bình"),  # NFD -> NFC
        ("\u00d0\u00e0 N\u1eb5ng", "Đà Nẵng"),  # look-alike eth
        ("a\u00a0b\u202fc\td", "a b c d"),  # no-break, narrow no-break, tab
        ("a\r\nb\rc", "a\nb\nc"),  # line endings
        ("\ufeffa\u200bb\u00adc", "abc"),  # BOM, zero-width space, soft hyphen
        ("a   b  \n  c", "a b\nc"),  # stray spaces
    ],
)
def test_normalize(raw, clean):
    assert T.normalize(raw) == clean


def test_normalize_keeps_eth_in_english():
    assert T.normalize("Guðrún Ðór", lang="en") == "Guðrún Ðór"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_never_raises_and_is_idempotent(s):
    once = T.normalize(s)
    assert T.normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


# --- languages and sentences -----------------------------------------------------------------


def test_detect_language_on_the_seeds():
    corpus = helpers.load_corpus()
    assert [T.detect_language(t) for t in corpus.text] == list(corpus.lang)


def test_sentences_do_not_cross_paragraphs():
    assert T.split_sentences("Một câu\n\nHai câu. Ba câu.") == ["Một câu", "Hai câu.", "Ba câu."]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cđệ.?!\n…\"'(),0123"), max_size=120))
def test_sentence_spans_slice_the_text(s):
    spans = T.sentence_spans(s)
    assert all(0 <= a < b <= len(s) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


# --- tokens ----------------------------------------------------------------------------------


def test_domain_terms_are_kept_whole_in_any_case():
    tokens = T.tokenize("Chuyển đổi số, chuyển đổi xanh và Đối Tác Chiến Lược Toàn Diện về bán dẫn")
    assert tokens[0] == "Chuyển đổi số"
    assert "chuyển đổi xanh" in tokens and "Đối Tác Chiến Lược Toàn Diện" in tokens and "bán dẫn" in tokens


def test_domain_terms_file_is_clean():
    raw = list(vocabulary.words("domain_terms.txt"))
    assert len(raw) == len(set(raw)), "duplicate domain term"
    for term in raw:
        assert term == term.lower() and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", term), term
    terms = T.domain_terms()
    assert [len(t) for t in terms] == sorted((len(t) for t in terms), reverse=True)


def test_english_tokenizer():
    assert T.tokenize("Japan's US$78.6 billion high-tech push.", "en") == [
        "Japan's",
        "US",
        "$",
        "78.6",
        "billion",
        "high-tech",
        "push",
        ".",
    ]


def test_tokenize_rejects_unknown_language():
    with pytest.raises(ValueError, match="'fr'"):
        T.tokenize("bonjour", "fr")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_tokenize_and_align_never_raise(s):
    for lang in ("vi", "en"):
        tokens = T.tokenize(s, lang)
        spans = T.token_spans(s, tokens)
        assert len(spans) == len(tokens)
        for start, end in filter(None, spans):
            assert 0 <= start <= end <= len(s)


def test_token_spans_survive_tokenizer_changes():
    text = "Giá US$78.6 tỷ, thoả thuận"
    spans = T.token_spans(text, ["Giá", "US $", "78.6", "tỷ", ",", "thỏa thuận"])
    assert [text[a:b] for a, b in spans] == ["Giá", "US$", "78.6", "tỷ", ",", "thoả thuận"]


# --- stopwords and counts --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_stopword_lists_are_clean(lang):
    raw = list(vocabulary.words(f"stopwords_{lang}.txt"))
    assert len(raw) == len(set(raw)) and all(w == w.lower() for w in raw)


def test_stopwords_keep_the_corpus_content_words():
    for word in ["số", "năm", "bán dẫn", "công nghệ", "nước"]:
        assert word not in T.stopwords("vi")
    with pytest.raises(ValueError, match="knows 'vi' and 'en', not 'ja'"):
        T.stopwords("ja")


def test_word_counts_on_the_corpus():
    corpus = helpers.load_corpus()
    counts = helpers.word_counts(corpus[corpus.lang == "vi"])
    assert list(counts.columns) == ["word", "count", "share"]
    assert counts.word.iloc[0] == "việt nam"
    assert counts.share.sum() == pytest.approx(1.0)
    assert not set(counts.word) & T.stopwords("vi")
    assert counts.set_index("word").loc["chuyển đổi số", "count"] >= 10
    by_doc = helpers.word_counts(corpus, by_doc=True)
    assert list(by_doc.columns) == ["doc_id", "word", "count", "share"]
    assert set(by_doc.doc_id) == set(corpus.doc_id)


def test_word_counts_of_nothing():
    empty = pd.DataFrame({"doc_id": [], "lang": [], "text": []})
    assert helpers.word_counts(empty).empty
    only_stopwords = pd.DataFrame({"doc_id": ["a"], "lang": ["vi"], "text": ["và của các"]})
    assert helpers.word_counts(only_stopwords).empty
    assert len(helpers.word_counts(only_stopwords, drop_stopwords=False)) == 3


# --- tags and their cache --------------------------------------------------------------------

SENTENCE = "Nhật Bản hỗ trợ Việt Nam phát triển công nghiệp bán dẫn."


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_tag_gives_words_pos_chunks_and_entities(private_cache):
    tags = T.tag(SENTENCE)
    assert tags[0] == T.Tag("Nhật Bản", "Np", "B-NP", "B-LOC")
    assert "công nghiệp bán dẫn" in [t.word for t in tags]
    assert len(_entries(private_cache, "tags")) == 1


def test_tag_reads_the_cache_instead_of_the_model(private_cache, monkeypatch):
    first = T.tag(SENTENCE)
    import underthesea

    monkeypatch.setattr(underthesea, "ner", lambda *a, **k: pytest.fail("the model ran again"))
    assert T.tag(SENTENCE) == first


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: "{not json",
        lambda e: json.dumps({**e, "value": [["only", "three", "fields"]]}),
        lambda e: json.dumps({**e, "value": [[1, 2, 3, 4]]}),
        lambda e: json.dumps({**e, "key": "underthesea=0.0.1;terms=old"}),
        lambda e: json.dumps({**e, "text": "another sentence"}),
        lambda e: json.dumps({**e, "kind": "words"}),
        lambda e: "",
    ],
    ids=["corrupt", "wrong-shape", "wrong-types", "stale-version", "hash-collision", "wrong-kind", "truncated"],
)
def test_bad_cache_entries_are_rebuilt_not_trusted(private_cache, damage):
    good = T.tag(SENTENCE)
    (path,) = private_cache.rglob("*.json")
    path.write_text(damage(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    assert T.tag(SENTENCE) == good
    assert json.loads(path.read_text(encoding="utf-8"))["value"] == [list(t) for t in good]


def test_english_is_not_sent_to_the_vietnamese_model(private_cache):
    assert [t.word for t in T.tag("Japan backs chips.", "en")] == ["Japan", "backs", "chips", "."]
    assert not private_cache.exists()


def test_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(blocker / "cache"))
    assert T.tag(SENTENCE)[0].word == "Nhật Bản"


def test_keep_terms_false_ignores_the_domain_terms(private_cache):
    plain = T.tokenize("chuyển đổi số", keep_terms=False)
    assert plain == ["chuyển đổi", "số"]
    assert [t.word for t in T.tag("Hợp tác chuyển đổi số.")][1] == "chuyển đổi số"
    assert T.tokenize("chuyển đổi số", keep_terms=False) == plain


# A student's own underthesea calls, before and after the helpers ran (in a fresh process, with an
# empty cache, so the helpers really call underthesea). STUDENT_TERMS is the student's own
# fixed_words list (underthesea keeps it for later calls; the helpers must keep it too).
UNDERTHESEA_STATE = """
import json, sys
import underthesea
import helpers

SENTENCE = "Hai bên hợp tác chuyển đổi số và bán dẫn với Nhật Bản."
if STUDENT_TERMS:
    underthesea.word_tokenize("", fixed_words=STUDENT_TERMS)

def own():
    return [underthesea.word_tokenize(SENTENCE), [list(t) for t in underthesea.pos_tag(SENTENCE)],
            [list(t) for t in underthesea.ner(SENTENCE)], underthesea.word_tokenize(SENTENCE, format="text")]

before = own()
helpers_saw = [helpers.tokenize("Hợp tác chuyển đổi số.", keep_terms=False),
               helpers.tokenize("Chuyển đổi số và chuyển đổi xanh."), [t.word for t in helpers.tag(SENTENCE)]]
print(json.dumps({"before": before, "after": own(), "helpers": helpers_saw}))
"""


@pytest.mark.parametrize("student_terms", [[], ["bán dẫn với"]], ids=["fresh", "student-fixed-words"])
def test_helpers_leave_underthesea_as_they_found_it(tmp_path, student_terms):
    """After helpers.tokenize and helpers.tag, a student's own word_tokenize, pos_tag and ner
    give exactly what they gave before, in a fresh process and after the student's own fixed_words."""
    env = {**os.environ, "HELPERS_CACHE_DIR": str(tmp_path / "cache")}
    script = f"STUDENT_TERMS = {student_terms!r}\n{UNDERTHESEA_STATE}"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    )
    seen = json.loads(done.stdout)
    assert seen["after"] == seen["before"]
    words = seen["before"][0]
    if student_terms:
        assert "bán dẫn với" in words  # the student's own term list still works
    else:
        assert words[3:5] == ["chuyển đổi", "số"]  # a fresh process: no domain terms
    assert seen["helpers"][0][1:3] == ["chuyển đổi", "số"]
    assert seen["helpers"][1][0] == "Chuyển đổi số" and "chuyển đổi số" in seen["helpers"][2]
    assert list((tmp_path / "cache").rglob("*.json")), "the helpers did not run underthesea"


def _entries(cache, kind):
    return [p for p in cache.rglob("*.json") if json.loads(p.read_text(encoding="utf-8"))["kind"] == kind]


def test_parallel_tagging_gives_the_same_table(private_cache):
    sentences = helpers.sentences(helpers.load_corpus()).head(12)
    parallel = helpers.tag_sentences(sentences, processes=2)
    assert len(_entries(private_cache, "tags")) == (sentences.lang == "vi").sum()
    assert parallel.equals(helpers.tag_sentences(sentences))


def test_warm_cache_needs_no_model(private_cache, monkeypatch):
    """Sentences, words and tags all come from the cache once computed."""
    text = "Nhật Bản hỗ trợ bán dẫn. Hai bên hợp tác chuyển đổi số."
    first = (T.sentence_spans(text), T.tokenize(text), T.tag(text))
    monkeypatch.setattr(T, "_underthesea", lambda: pytest.fail("underthesea was called again"))
    assert (T.sentence_spans(text), T.tokenize(text), T.tag(text)) == first
    assert {json.loads(p.read_text(encoding="utf-8"))["kind"] for p in private_cache.rglob("*.json")} == {
        "sentences",
        "words",
        "tags",
    }
