"""helpers.corpus: loading the seeds, cleaning, and every kind of bad input a classroom brings."""

from __future__ import annotations

import hashlib
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.corpus import CatalogWarning, CorpusError, clean_text

from .conftest import ROOT, SEEDS

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return helpers.load_corpus()


# --- the seeds as shipped --------------------------------------------------------------------


def test_seeds_are_byte_copies_of_the_shared_articles():
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for src in sorted(SHARED_SEEDS.glob("*.txt")):
        assert (SEEDS / src.name).read_bytes() == src.read_bytes(), src.name


def test_catalog_checksums_match_the_files():
    catalog = pd.read_csv(SEEDS / "catalog.csv", dtype=str)
    assert list(catalog.columns) == helpers.corpus.CATALOG_COLUMNS
    for row in catalog.itertuples():
        assert hashlib.sha256((SEEDS / row.file).read_bytes()).hexdigest() == row.sha256, row.file
    assert set(catalog.date_source) <= {"header line", "first sentence", "inferred from context"}


def test_corpus_has_one_row_per_article_with_documented_columns(corpus):
    assert list(corpus.doc_id) == [
        "forum-2025-04-28-vi",
        "it-day-tokyo-2025-08-28-vi",
        "forum-2025-04-28-en",
        "asean-fm-2025-07-10-vi",
        "ambassador-2025-09-19-vi",
    ]
    for column in ["doc_id", "file", "lang", "date", "title", "text", "raw_text"]:
        assert column in corpus.columns
    assert list(corpus.lang) == ["vi", "vi", "en", "vi", "vi"]
    assert corpus.date.dt.strftime("%Y-%m-%d").tolist() == [
        "2025-04-28",
        "2025-08-28",
        "2025-04-28",
        "2025-07-10",
        "2025-09-19",
    ]


def test_raw_text_is_the_file_unchanged(corpus):
    for row in corpus.itertuples():
        assert row.raw_text == (SEEDS / row.file).read_text(encoding="utf-8")


def test_cleaned_text_is_nfc_with_plain_spaces(corpus):
    for text in corpus.text:
        assert unicodedata.is_normalized("NFC", text)
        assert "\u00a0" not in text and "  " not in text and "\r" not in text


def test_header_line_and_glued_section_label_are_split_off(corpus):
    row = corpus.set_index("doc_id").loc["it-day-tokyo-2025-08-28-vi"]
    assert row.text.startswith("Bộ Khoa học và Công nghệ công bố")
    assert row.section == "Nhật Bản"
    assert "date 2025" not in row.text


def test_dateline_and_outlet_tag_move_to_metadata(corpus):
    row = corpus.set_index("doc_id").loc["forum-2025-04-28-en"]
    assert row.dateline == "HÀ NỘI"
    assert row.text.startswith("Việt Nam and Japan have agreed")
    assert row.text.endswith("a new phase of cooperation.")
    assert row.outlet_or_byline == "VNS"


def test_captions_and_byline_move_to_metadata(corpus):
    rows = corpus.set_index("doc_id")
    assert "Ảnh" not in rows.loc["it-day-tokyo-2025-08-28-vi"].text
    assert rows.loc["it-day-tokyo-2025-08-28-vi"].captions == [
        "Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương phát biểu tại sự kiện. Ảnh: HTQT"
    ]
    assert not rows.loc["it-day-tokyo-2025-08-28-vi"].text.endswith("Bảo Lâm")
    ambassador = rows.loc["ambassador-2025-09-19-vi"]
    assert ambassador.captions == ["Đại sứ Nhật Bản tại Việt Nam Ito Naoki (Ảnh: Đức Hoàng)."]
    assert ambassador.text.startswith("Nhân dịp kỷ niệm 52 năm")


def test_cleaning_keeps_every_word_of_the_body(corpus):
    """Nothing lost: every letter and digit of the file is in the text or in the metadata."""
    for row in corpus.itertuples():
        kept = " ".join(
            [row.text, row.headline, row.section, row.dateline, row.outlet_or_byline, *row.captions, *row.chrome]
        )
        raw = unicodedata.normalize("NFC", row.raw_text)
        if raw.lstrip().startswith("date "):
            raw = raw.replace("date " + row.date.strftime("%Y-%m-%d"), "", 1)
        assert Counter(c for c in kept if c.isalnum()) == Counter(c for c in raw if c.isalnum()), row.doc_id


def test_paragraphs_and_sentences_are_long_tables(corpus):
    paras = helpers.paragraphs(corpus)
    assert list(paras.columns) == ["doc_id", "paragraph", "text"]
    assert paras.groupby("doc_id").size()["forum-2025-04-28-vi"] == 16
    sents = helpers.sentences(corpus)
    assert list(sents.columns) == ["doc_id", "lang", "sentence", "start", "end", "text"]
    texts = corpus.set_index("doc_id").text
    for row in sents.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    assert 130 <= len(sents) <= 150


# --- adding an article -----------------------------------------------------------------------


def _load_quietly(folder: Path) -> pd.DataFrame:
    """Load, failing on any CatalogWarning: a pasted article without a catalog row is normal."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", CatalogWarning)
        return helpers.load_corpus(folder)


def test_new_article_without_catalog_row_is_inferred_without_a_warning(seeds_copy):
    (seeds_copy / "new article.txt").write_text(
        " date 2025-10-01 Việt Nam và Nhật Bản ký thỏa thuận mới về bán dẫn.\n\nHai bên hợp tác.", encoding="utf-8"
    )
    corpus = _load_quietly(seeds_copy)
    row = corpus.set_index("file").loc["new article.txt"]
    assert row.doc_id == "new-article" and row.lang == "vi" and row.date == pd.Timestamp("2025-10-01")
    assert row.date_source == "header line" and row.inferred == "doc_id, lang, title, date"
    assert row.text.startswith("Việt Nam và Nhật Bản ký")
    assert set(corpus.inferred) == {"", "doc_id, lang, title, date"}


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        pytest.param(
            "Hà Nội, ngày 29/4/2025, hai bên ký.\n\nNgày 1/5/2025 họ gặp lại.", "2025-04-29", "from text", id="lead"
        ),
        pytest.param("Hai bên ký.\n\nNgày 1/5/2025 họ gặp lại.", None, "missing", id="only-later"),
        pytest.param("Ngày 10/7, hai bên ký.", None, "missing", id="no-year"),
        pytest.param("TOKYO — On April 29, 2025, the two sides signed.", "2025-04-29", "from text", id="english"),
        pytest.param(" date 2025-01-02 Ngày 29/4/2025, hai bên ký.", "2025-01-02", "header line", id="header-first"),
    ],
)
def test_date_comes_from_header_else_the_lead_else_is_missing(empty_seeds, text, date, source):
    (empty_seeds / "a.txt").write_text(text, encoding="utf-8")
    row = _load_quietly(empty_seeds).iloc[0]
    assert row.date_source == source
    assert (pd.isna(row.date) and date is None) or row.date == pd.Timestamp(date)


def test_pasted_web_page_keeps_only_the_article(empty_seeds):
    page = (
        "Trang chủ > Kinh doanh > Quốc tế\nThứ năm, 13/11/2025, 08:00 (GMT+7)\n"
        "Nhật Bản rót vốn vào chip\n(Chinhphu.vn) - Hai bên ký thỏa thuận.\n\nChia sẻ  Facebook  Zalo\nTheo TTXVN"
    )
    (empty_seeds / "a.txt").write_text(page, encoding="utf-8")
    row = _load_quietly(empty_seeds).iloc[0]
    assert row.text == "Hai bên ký thỏa thuận."
    assert row.title == row.headline == "Nhật Bản rót vốn vào chip"
    assert row.chrome == [
        "Trang chủ > Kinh doanh > Quốc tế",
        "Thứ năm, 13/11/2025, 08:00 (GMT+7)",
        "Chia sẻ Facebook Zalo",
        "Theo TTXVN",
    ]
    assert row.outlet_or_byline == "TTXVN; Chinhphu.vn" and row.date_source == "missing"


def test_title_is_never_a_header_or_dateline(empty_seeds):
    (empty_seeds / "a.txt").write_text(
        " date 2025-11-02\nTOKYO — Japan and Việt Nam signed a chip deal.", encoding="utf-8"
    )
    (empty_seeds / "b.txt").write_text(" date 2024-12-01\nHai nước ký hiệp định\n\nHai bên ký.", encoding="utf-8")
    rows = _load_quietly(empty_seeds).set_index("file")
    assert rows.loc["a.txt"].title == "Japan and Việt Nam signed a chip deal." and rows.loc["a.txt"].dateline == "TOKYO"
    assert rows.loc["b.txt"].title == "Hai nước ký hiệp định" and rows.loc["b.txt"].text == "Hai bên ký."


def test_english_article_without_row_is_detected_as_english(seeds_copy):
    (seeds_copy / "x.txt").write_text("Japan and Việt Nam signed a deal on chips in Hà Nội.", encoding="utf-8")
    corpus = _load_quietly(seeds_copy)
    assert corpus.set_index("file").loc["x.txt"].lang == "en"


def test_no_catalog_at_all_infers_everything(seeds_copy):
    (seeds_copy / "catalog.csv").unlink()
    corpus = _load_quietly(seeds_copy)
    assert list(corpus.lang) == ["vi", "vi", "en", "vi", "vi"]
    assert set(corpus.inferred) == {"doc_id, lang, title, date"}
    assert list(corpus.date_source) == ["from text", "header line", "header line", "missing", "missing"]


def test_changed_file_is_flagged_by_its_checksum(seeds_copy):
    path = seeds_copy / "003_11df302b71b77b20.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nThêm một câu.", encoding="utf-8")
    with pytest.warns(CatalogWarning, match="003_11df302b71b77b20.txt.*sha256"):
        helpers.load_corpus(seeds_copy)


# --- bad input: handled, or one clear CorpusError naming the file and the fix ----------------

BODY = "Việt Nam và Nhật Bản hợp tác về bán dẫn và trí tuệ nhân tạo."


def _load_one(folder: Path, name: str, data: bytes) -> pd.DataFrame:
    (folder / name).write_bytes(data)
    return _load_quietly(folder)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(BODY.encode("utf-8-sig"), id="utf8-bom"),
        pytest.param(BODY.encode("utf-16"), id="utf16-with-bom"),
        pytest.param((BODY + "\r\n\r\n" + BODY).encode(), id="windows-line-endings"),
        pytest.param(unicodedata.normalize("NFD", BODY).encode(), id="nfd"),
        pytest.param((unicodedata.normalize("NFD", BODY) + "\n\n" + BODY).encode(), id="mixed-nfc-nfd"),
        pytest.param(BODY.replace("\u0110", "\u00d0").replace("Việt", "Việt").encode(), id="lookalike-eth"),
        pytest.param(f"<p>{BODY}</p>\n<p>Hai&nbsp;bên &amp; đối tác.</p>".encode(), id="html-remnants"),
        pytest.param(f"\u200b{BODY}\u00a0\t ".encode(), id="invisible-and-odd-spaces"),
    ],
)
def test_messy_but_readable_files_are_normalised(empty_seeds, data):
    row = _load_one(empty_seeds, "a.txt", data).iloc[0]
    assert unicodedata.is_normalized("NFC", row.text)
    assert row.text.split("\n\n")[0] == BODY
    for bad in ["\ufeff", "\r", "<p>", "&nbsp;", "&amp;", "\u00d0", "\u200b", "\u00a0", "\t"]:
        assert bad not in row.text


def test_lookalike_eth_becomes_d_stroke():
    assert clean_text("\u00d0ại sứ \u00d0à Nẵng").text == "Đại sứ Đà Nẵng"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "a.txt: the file is empty", id="empty"),
        pytest.param(b"  \n\t\r\n ", "a.txt: the file is empty", id="whitespace-only"),
        pytest.param(BODY.encode("latin-1", errors="replace"), "a.txt: not UTF-8", id="latin-1"),
        pytest.param("Hà Nội".encode("cp1258", errors="replace") + b"\xe0\xe1", "a.txt: not UTF-8", id="cp1258"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt: this is not a text file", id="binary"),
    ],
)
def test_unusable_files_raise_one_clear_error(empty_seeds, data, message):
    (empty_seeds / "a.txt").write_bytes(data)
    with pytest.raises(CorpusError, match=message) as err:
        helpers.load_corpus(empty_seeds)
    assert any(fix in str(err.value) for fix in ("save it as UTF-8", "Remove it", "Paste"))


def test_latin1_error_tells_the_fix(empty_seeds):
    (empty_seeds / "a.txt").write_bytes("Hợp tác café".encode().replace("é".encode(), b"\xe9"))
    with pytest.raises(CorpusError, match=r"a.txt: not UTF-8 .*save it as UTF-8"):
        helpers.load_corpus(empty_seeds)


def test_files_that_are_not_articles_are_named_in_one_warning(seeds_copy):
    (seeds_copy / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (seeds_copy / "notes.md").write_text(BODY, encoding="utf-8")
    (seeds_copy / "SHOUT.TXT").write_text(BODY, encoding="utf-8")
    (seeds_copy / ".DS_Store").write_bytes(b"\x00\x01")
    (seeds_copy / "README.md").write_text("What this folder holds.", encoding="utf-8")
    with pytest.warns(CatalogWarning) as caught:
        corpus = helpers.load_corpus(seeds_copy)
    assert len(corpus) == 5 and len(caught) == 1
    message = str(caught[0].message)
    assert all(name in message for name in ("photo.png", "notes.md", "SHOUT.TXT"))
    assert ".DS_Store" not in message and "README" not in message and "catalog" not in message


def test_subfolders_are_never_read(seeds_copy):
    """seeds/devset/, seeds/practice/ and seeds/annotations/ hold other things: no article, no warning."""
    (seeds_copy / "devset").mkdir()
    (seeds_copy / "devset" / "extra.txt").write_text(BODY, encoding="utf-8")
    (seeds_copy / "devset" / "notes.md").write_text(BODY, encoding="utf-8")
    corpus = helpers.load_corpus(seeds_copy)
    assert list(corpus.file) == sorted(p.name for p in seeds_copy.glob("*.txt"))


def test_decomposed_file_name_gives_the_composed_doc_id(empty_seeds):
    composed = unicodedata.normalize("NFC", "bài-báo.txt")
    (empty_seeds / unicodedata.normalize("NFD", composed)).write_text(BODY, encoding="utf-8")
    decomposed_id = _load_quietly(empty_seeds).doc_id[0]
    assert decomposed_id == "bài-báo" == unicodedata.normalize("NFC", decomposed_id)


def test_catalog_row_matches_a_decomposed_file_name(seeds_copy):
    """A catalog written on one machine (composed names) fits files copied from a Mac (decomposed)."""
    name = "bài-báo.txt"
    (seeds_copy / unicodedata.normalize("NFD", name)).write_text(BODY, encoding="utf-8")
    with (seeds_copy / "catalog.csv").open("a", encoding="utf-8") as catalog:
        catalog.write(f"bai-bao-vi,{name},vi,2025-01-01,,,Bài báo,\n")
    corpus = helpers.load_corpus(seeds_copy)  # no warning: the row was found
    assert "bai-bao-vi" in set(corpus.doc_id)


def test_second_file_with_the_same_content_is_skipped_with_a_warning(seeds_copy):
    first = sorted(seeds_copy.glob("*.txt"))[0]
    (seeds_copy / "zz copy.txt").write_bytes(first.read_bytes())
    with pytest.warns(CatalogWarning) as caught:
        corpus = helpers.load_corpus(seeds_copy)
    assert len(corpus) == 5 and "zz copy.txt" not in set(corpus.file)
    (message,) = [str(w.message) for w in caught]
    assert "zz copy.txt" in message and first.name in message and "sha256" in message


def test_duplicate_doc_id_in_catalog(seeds_copy):
    catalog = seeds_copy / "catalog.csv"
    lines = catalog.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("it-day-tokyo-2025-08-28-vi", "forum-2025-04-28-vi")
    catalog.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="catalog.csv line 3: doc_id 'forum-2025-04-28-vi' is already used"):
        helpers.load_corpus(seeds_copy)


def test_catalog_row_for_missing_file(seeds_copy):
    (seeds_copy / "001_03ef8a1c52abe07d.txt").unlink()
    with pytest.raises(CorpusError, match=r"catalog.csv line 3: file '001_03ef8a1c52abe07d.txt' is not in seeds/"):
        helpers.load_corpus(seeds_copy)


def test_catalog_missing_a_column(seeds_copy):
    catalog = seeds_copy / "catalog.csv"
    table = pd.read_csv(catalog, dtype=str).drop(columns="file")
    table.to_csv(catalog, index=False)
    with pytest.raises(CorpusError, match="catalog.csv: missing column.*file"):
        helpers.load_corpus(seeds_copy)


def test_catalog_with_unknown_language(seeds_copy):
    catalog = seeds_copy / "catalog.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(",en,", ",fr,"), encoding="utf-8")
    with pytest.raises(CorpusError, match="'fr'"):
        helpers.load_corpus(seeds_copy)


def test_missing_or_empty_folder(tmp_path, empty_seeds):
    with pytest.raises(CorpusError, match="no such folder"):
        helpers.load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match="no .txt articles"):
        helpers.load_corpus(empty_seeds)


def test_ten_megabyte_article_loads(empty_seeds):
    """Loads without hanging (its speed is measured by make bench, not here)."""
    paragraph = ("Việt Nam và Nhật Bản hợp tác về bán dẫn, trí tuệ nhân tạo và chuyển đổi số. " * 20).strip()
    data = ("\n\n".join([paragraph] * 6500)).encode()
    assert len(data) > 10_000_000
    row = _load_one(empty_seeds, "big.txt", data).iloc[0]
    assert row.text.count("\n\n") == 6499


def test_duplicate_inferred_doc_ids_get_a_suffix(empty_seeds):
    (empty_seeds / "a b.txt").write_text(BODY, encoding="utf-8")
    (empty_seeds / "a-b.txt").write_text(BODY + " Hết.", encoding="utf-8")
    corpus = _load_quietly(empty_seeds)
    assert sorted(corpus.doc_id) == ["a-b", "a-b-2"]


def test_loading_never_writes_to_seeds(seeds_copy):
    before = {p.name: p.stat().st_mtime_ns for p in seeds_copy.iterdir()}
    helpers.sentences(helpers.load_corpus(seeds_copy))
    assert {p.name: p.stat().st_mtime_ns for p in seeds_copy.iterdir()} == before


@pytest.mark.parametrize(
    ("lead", "section", "text"),
    [
        ("Nhật BảnBộ Khoa học họp.", "Nhật Bản", "Bộ Khoa học họp."),
        ("Thế giớiNhật Bản và Việt Nam hợp tác.", "Thế giới", "Nhật Bản và Việt Nam hợp tác."),
        ("Kinh doanhVinFast công bố.", "Kinh doanh", "VinFast công bố."),
        ("VinFast ra mắt xe mới.", "", "VinFast ra mắt xe mới."),
        ("Apple ra mắt iPhone mới.", "", "Apple ra mắt iPhone mới."),
        ("Ông Nguyễn Văn A phát biểu.", "", "Ông Nguyễn Văn A phát biểu."),
    ],
)
def test_glued_section_label_rule(lead, section, text):
    cleaned = clean_text(" date 2025-01-02 " + lead)
    assert (cleaned.section, cleaned.text, cleaned.header_date) == (section, text, "2025-01-02")


def test_labels_are_only_split_after_a_header_line():
    assert clean_text("Thế giớiNhật Bản hợp tác.").text == "Thế giớiNhật Bản hợp tác."


@pytest.mark.parametrize(
    ("raw", "field", "value"),
    [
        ("Hà Nội hợp tác. (Ảnh: TTXVN)\n\nHai bên ký kết thỏa thuận hợp tác mới.", "captions", ["(Ảnh: TTXVN)"]),
        ("Japan backs chips. — VNA", "outlet", "VNA"),
        (" date 2025-01-02 TOKYO — Japan backs chips.", "dateline", "TOKYO"),
        ("Hai bên hợp tác.\n\nNguyễn Minh Anh", "byline", "Nguyễn Minh Anh"),
        ("Hai bên hợp tác.\n\nKết thúc.", "byline", ""),
    ],
)
def test_metadata_moved_out_of_the_text(raw, field, value):
    assert getattr(clean_text(raw), field) == value


def test_devset_cleaning_keeps_the_page_as_annotated(empty_seeds):
    """pasted_page=False (used for seeds/devset/, whose frozen offsets predate issue 15) changes nothing."""
    page = "Updated: 11/4/2023 09:12\nBÀ RỊA – VŨNG TÀU — Hai bên ký.\n\nTheo TTXVN"
    (empty_seeds / "a.txt").write_text(page, encoding="utf-8")
    pasted = _load_quietly(empty_seeds).iloc[0]
    assert pasted.text == "Hai bên ký." and pasted.dateline == "BÀ RỊA – VŨNG TÀU"
    assert pasted.chrome == ["Updated: 11/4/2023 09:12", "Theo TTXVN"]
    kept = helpers.load_corpus(empty_seeds, pasted_page=False).iloc[0]
    assert kept.text == "Updated: 11/4/2023 09:12\n\nBÀ RỊA – VŨNG TÀU — Hai bên ký."
    assert kept.chrome == [] and kept.headline == "" and kept.dateline == ""
