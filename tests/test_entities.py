"""Tests for helpers.entities: the extractor, its tables and the hand-checked reference answers."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers.entities import (
    MENTION_COLUMNS,
    RULES,
    cooccurrence,
    corpus_entities,
    entity_table,
    extract_entities,
    gazetteer,
    raw_ner_entities,
)
from helpers.evaluate import reference_entities, score_entities

TITLES = (
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Đại sứ",
    "Chủ tịch",
    "ông",
    "Ông",
    "bà",
    "Bà",
    "PM",
    "Mr",
    "Minister",
)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return helpers.load_corpus()


@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    return reference_entities()


@pytest.fixture(scope="module")
def mentions(corpus) -> pd.DataFrame:
    return corpus_entities(corpus)


def found(text: str, lang: str | None = None) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in extract_entities(text, lang)[["surface", "label", "canonical"]].itertuples(index=False)]


# --- extract_entities ---------------------------------------------------------------------------


def test_columns_and_exact_surfaces():
    text = "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki tại Hà Nội."
    table = extract_entities(text)
    assert list(table.columns) == MENTION_COLUMNS
    assert all(text[r.start : r.end] == r.surface for r in table.itertuples())
    assert list(table.start) == sorted(table.start)


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Thủ tướng Phạm Minh Chính phát biểu.", "vi", "Phạm Minh Chính"),
        ("Phó Thủ tướng Trần Hồng Hà dự lễ.", "vi", "Trần Hồng Hà"),
        ("Thứ trưởng Bùi Hoàng Phương dẫn đầu đoàn.", "vi", "Bùi Hoàng Phương"),
        ("Đại sứ Phạm Quang Hiệu cho biết.", "vi", "Phạm Quang Hiệu"),
        ("Tại sự kiện, ông Lê Văn Tám phát biểu.", "vi", "Lê Văn Tám"),
        ("Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi khẳng định.", "vi", "Iwaya Takeshi"),
        ("Prime Minister Phạm Minh Chính said so.", "en", "Phạm Minh Chính"),
        ("They met Mr Suzuki Kenji in Osaka.", "en", "Suzuki Kenji"),
    ],
)
def test_titles_and_honorifics_are_not_part_of_names(text, lang, name):
    people = [(s, c) for s, label, c in found(text, lang) if label == "PER"]
    assert people == [(name, name)]
    assert not any(s.startswith(TITLES) for s, _, _ in found(text, lang))


def test_a_title_cues_a_person_the_shape_rules_do_not_know():
    assert ("Choi Young-sam", "PER", "Choi Young-sam") in found("Đại sứ Hàn Quốc Choi Young-sam phát biểu.")


def test_full_name_acronym_pairs():
    rows = found("Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đang hợp tác với Việt Nam.")
    assert rows[:2] == [("Cơ quan Hợp tác Quốc tế Nhật Bản", "ORG", "JICA"), ("JICA", "ORG", "JICA")]


def test_unknown_acronym_pair_is_learnt_and_reused():
    text = (
        "Trường Đại học Bách khoa Hà Nội ký với Viện Khoa học và Công nghệ Tiên tiến Nhật Bản (JAIST). "
        "Sau đó JAIST sẽ nhận 20 nghiên cứu sinh."
    )
    rows = found(text)
    assert ("Viện Khoa học và Công nghệ Tiên tiến Nhật Bản", "ORG", "JAIST") in rows
    assert rows.count(("JAIST", "ORG", "JAIST")) == 2
    assert ("Trường Đại học Bách khoa Hà Nội", "ORG", "Đại học Bách khoa Hà Nội") in rows


def test_english_acronym_pair():
    rows = found("He met the Japan Semiconductor Association (JSA) in Đà Nẵng.", "en")
    assert rows == [
        ("Japan Semiconductor Association", "ORG", "JSA"),
        ("JSA", "ORG", "JSA"),
        ("Đà Nẵng", "LOC", "Đà Nẵng"),
    ]


def test_a_term_with_its_abbreviation_is_not_an_organisation():
    assert found("Hai bên hợp tác về trí tuệ nhân tạo (AI) và bán dẫn.") == []
    assert found("Japan provides official development assistance (ODA) to many countries.", "en") == [
        ("Japan", "LOC", "Nhật Bản")
    ]


def test_short_references_resolve_to_the_full_name():
    rows = found("Tại sự kiện, ông Nguyễn Văn Khoa, Chủ tịch Vinasa, phát biểu. Theo ông Khoa, thị trường rất lớn.")
    assert ("Khoa", "PER", "Nguyễn Văn Khoa") in rows
    rows = found("Ông Ishida Eiji cho biết. Ông Eiji nói thêm.")
    assert rows[-1] == ("Eiji", "PER", "Ishida Eiji")


def test_the_two_chinh_are_two_people():
    text = (
        "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. Ông Nguyễn Trung Chính, Chủ tịch CMC, "
        "cho biết tập đoàn sẽ mở văn phòng ở Fukuoka. Thủ tướng Chính đánh giá cao đề xuất này. "
        "Ông Chính cảm ơn Thủ tướng."
    )
    short = [c for s, label, c in found(text) if s == "Chính"]
    # the Prime Minister by his office, the chairman as the most recent Chính
    assert short == ["Phạm Minh Chính", "Nguyễn Trung Chính"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alchip Technologies Ltd will hire engineers. Alchip said it would open in May.",
            [("Alchip Technologies Ltd", "ORG", "Alchip"), ("Alchip", "ORG", "Alchip")],
        ),
        (
            "The fund is run by SSI Asset Management, a unit of SSI.",
            [("SSI Asset Management", "ORG", "SSI Asset Management"), ("SSI", "ORG", "SSI")],
        ),
    ],
)
def test_an_english_company_is_named_by_the_first_words_the_article_also_calls_it_by(text, expected):
    """The guideline's short form; an acronym brand before a business line is the group, not the unit."""
    assert found(text, "en") == expected


def test_short_reference_in_english(corpus):
    english = corpus.set_index("doc_id").text["forum-2025-04-28-en"]
    table = extract_entities(english, "en")
    chinh = table[table.surface == "Chính"]
    assert len(chinh) == 2 and set(chinh.canonical) == {"Phạm Minh Chính"}
    binh = table[table.surface.str.endswith("Bình")]
    assert list(zip(binh.surface, binh.canonical, strict=True)) == [
        ("Nguyễn Thị Thanh Bình", "Nguyễn Thị Thanh Bình"),
        ("Bình", "Nguyễn Thị Thanh Bình"),
        ("Trương Gia Bình", "Trương Gia Bình"),
    ]


def test_near_miss_spelling_joins_the_name():
    text = "Bộ trưởng Iwaya Takeshi đến Hà Nội. Ông Iwaya Takshi cám ơn Việt Nam. Iwaya Takeshi nói thêm."
    people = extract_entities(text).query("label == 'PER'")
    assert set(people.canonical) == {"Iwaya Takeshi"}
    assert "Iwaya Takshi" in set(people.surface)


def test_similar_vietnamese_names_stay_apart():
    people = extract_entities("Ông Nguyễn Văn Khoa gặp ông Nguyễn Văn Hoa.").query("label == 'PER'")
    assert list(people.canonical) == ["Nguyễn Văn Khoa", "Nguyễn Văn Hoa"]


def test_japanese_names_in_either_order():
    text = (
        "Thủ tướng Ishiba Shigeru thăm Hà Nội. Thủ tướng Shigeru Ishiba gặp doanh nghiệp. Ông Ishiba Shigeru về nước."
    )
    people = extract_entities(text).query("label == 'PER'")
    assert set(people.canonical) == {"Ishiba Shigeru"}


def test_english_text():
    text = (
        "Deputy Prime Minister Trần Hồng Hà met Mr Suzuki Kenji in Đà Nẵng on Tuesday. "
        "Suzuki said Toyota, Kobayashi Denki and FPT would invest in Bắc Ninh Province."
    )
    rows = found(text, "en")
    assert ("Trần Hồng Hà", "PER", "Trần Hồng Hà") in rows
    assert ("Suzuki", "PER", "Suzuki Kenji") in rows
    assert ("Kobayashi Denki", "ORG", "Kobayashi Denki") in rows  # listed among companies
    assert ("Bắc Ninh Province", "LOC", "Bắc Ninh") in rows  # the guideline: English kind words stay in the span
    assert not any(s in ("Tuesday", "Deputy", "Mr") for s, _, _ in rows)


def test_nationality_adjectives_and_clipped_country_names_are_not_entities():
    assert found("Japanese and Vietnamese firms met.", "en") == []
    assert found("Các doanh nghiệp Việt - Nhật hợp tác; thị trường Nhật rất lớn.") == []


def test_country_subsidiary_is_one_organisation():
    assert found("Ông Hiệu khen FPT Nhật Bản.")[-1] == ("FPT Nhật Bản", "ORG", "FPT Nhật Bản")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Trưởng đại diện JETRO Hà Nội cho biết.", "vi", [("JETRO Hà Nội", "ORG", "JETRO Hà Nội")]),
        ("The head of JETRO Hanoi said.", "en", [("JETRO Hanoi", "ORG", "JETRO Hà Nội")]),
        ("JICA Việt Nam cho biết.", "vi", [("JICA Việt Nam", "ORG", "JICA Việt Nam")]),
        ("JICA Nhật Bản hỗ trợ.", "vi", [("JICA", "ORG", "JICA"), ("Nhật Bản", "LOC", "Nhật Bản")]),
        (
            "Văn phòng JETRO Hà Nội họp. JETRO Hà Nội cho biết.",
            "vi",
            [("Văn phòng JETRO Hà Nội", "ORG", "JETRO Hà Nội"), ("JETRO Hà Nội", "ORG", "JETRO Hà Nội")],
        ),
    ],
)
def test_a_foreign_agency_and_a_city_or_another_country_name_its_office(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Tổng thầu gồm Doosan Heavy Industries & Construction.",
            "vi",
            [("Doosan Heavy Industries & Construction", "ORG", "Doosan Heavy Industries & Construction")],
        ),
        (
            "Công ty TNHH SMC Manufacturing (Việt Nam) tăng vốn.",
            "vi",
            [("Công ty TNHH SMC Manufacturing (Việt Nam)", "ORG", "SMC Manufacturing (Việt Nam)")],
        ),
        (
            "Tập đoàn Sumitomo (Nhật Bản) tổ chức lễ.",
            "vi",
            [("Tập đoàn Sumitomo", "ORG", "Sumitomo"), ("Nhật Bản", "LOC", "Nhật Bản")],
        ),
        (
            "Đoàn thăm Khu kinh tế cửa khẩu Đồng Đăng.",
            "vi",
            [("Khu kinh tế cửa khẩu Đồng Đăng", "LOC", "Khu kinh tế cửa khẩu Đồng Đăng")],
        ),
        ("Doanh nghiệp trong Khu công nghiệp tại Bắc Ninh.", "vi", [("Bắc Ninh", "LOC", "Bắc Ninh")]),
        (
            "Hội hữu nghị Việt Nam - Nhật Bản tổ chức.",
            "vi",
            [("Hội hữu nghị Việt Nam - Nhật Bản", "ORG", "Hội hữu nghị Việt Nam - Nhật Bản")],
        ),
    ],
)
def test_where_a_company_or_a_zone_name_stops(text, lang, expected):
    """``&`` joins a company's lines of business; Viet Nam in brackets ends a unit's official name, the
    parent's country does not; a lower-case noun may say what kind of zone follows, a preposition may not;
    ``hữu nghị`` and two countries close a friendship body's name."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "METI named Hoya, the optical glass and lens maker, among them.",
            [("METI", "ORG", "Bộ Kinh tế Thương mại và Công nghiệp Nhật Bản"), ("Hoya", "ORG", "Hoya")],
        ),
        ("Sales rose at Wacom, a Japanese maker.", [("Wacom", "ORG", "Wacom")]),
        ("Sales rose in Osaka, a big city.", [("Osaka", "LOC", "Osaka")]),
        (
            "Text.\n\n(Reporting by Kenji Sato; Editing by Jane Doe)",
            [("Kenji Sato", "PER", "Kenji Sato"), ("Jane Doe", "PER", "Jane Doe")],
        ),
        (
            "Nikkei xTECH\n\nFirms move to Vietnam.",
            [("Nikkei xTECH", "ORG", "Nikkei xTECH"), ("Vietnam", "LOC", "Việt Nam")],
        ),
        ("Firms in the Kansai region invest.", [("Kansai", "LOC", "Kansai")]),
    ],
)
def test_english_cues_from_a_description_a_credit_a_masthead_and_a_region(text, expected):
    """A company noun closing a description after a name; a news agency's credits in brackets; a brand's
    mixed case in a masthead; ``region`` after a place's name."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Vải thiều Lục Ngạn được xuất sang Nhật Bản.",
            "vi",
            [("Lục Ngạn", "LOC", "Lục Ngạn"), ("Nhật Bản", "LOC", "Nhật Bản")],
        ),
        ("The plant in Yen Phong opened.", "en", [("Yen Phong", "LOC", "Yên Phong")]),
        ("The new factory in Phuc Yen district opened.", "en", [("Phuc Yen", "LOC", "Phúc Yên")]),
        ("Bà Thanh Hà cho biết.", "vi", [("Thanh Hà", "PER", "Thanh Hà")]),
        ("Near Tan Son Nhat International Airport, the park grew.", "en", [("Tan Son Nhat", "LOC", "Tân Sơn Nhất")]),
        (
            "Thanh Hà - Quang Vinh",
            "vi",
            [("Thanh Hà", "PER", "Thanh Hà"), ("Quang Vinh", "PER", "Quang Vinh")],
        ),  # two writers
        (
            "Stations at Cat Linh and Thu Thiem.",
            "en",
            [("Cat Linh", "LOC", "Cát Linh"), ("Thu Thiem", "LOC", "Thủ Thiêm")],
        ),
        ("Farms in Phu My grew.", "en", [("Phu My", "LOC", "Phu My")]),
    ],
)
def test_vietnams_districts_are_places_named_with_their_diacritics(text, lang, expected):
    """Two districts are Phú Mỹ and Phù Mỹ: an unaccented name of two is left as written; a commune's name
    gives the spelling of a place another rule found (Cát Linh); an airport is named by its place."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Doanh nghiệp từ Shiga và Tottori đầu tư.", "vi", [("Shiga", "LOC", "Shiga"), ("Tottori", "LOC", "Tottori")]),
        ("Ishikawa Isamu, a professor, said.", "en", [("Ishikawa Isamu", "PER", "Ishikawa Isamu")]),
        ("Mr Isamu Ishikawa said.", "en", [("Isamu Ishikawa", "PER", "Isamu Ishikawa")]),
        ("Outside Japan, firms grew.", "en", [("Japan", "LOC", "Nhật Bản")]),
    ],
)
def test_japanese_prefectures_are_places_unless_they_make_a_persons_name(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The chip designer is a Taipei-based firm.", "en", [("Taipei", "LOC", "Đài Bắc")]),
        ("The fund is registered in the Cayman Islands.", "en", [("Cayman Islands", "LOC", "Quần đảo Cayman")]),
        (
            "Exports to Greece and Portugal rose.",
            "en",
            [("Greece", "LOC", "Hy Lạp"), ("Portugal", "LOC", "Bồ Đào Nha")],
        ),
        (
            "Nhà máy ở Thâm Quyến và Shenzhen.",
            "vi",
            [("Thâm Quyến", "LOC", "Thâm Quyến"), ("Shenzhen", "LOC", "Thâm Quyến")],
        ),
        ("Trade with Nigeria and Niger grew.", "en", [("Nigeria", "LOC", "Nigeria"), ("Niger", "LOC", "Niger")]),
    ],
)
def test_foreign_countries_and_cities_are_named_in_vietnamese(text, lang, expected):
    """Countries are a closed class in the gazetteer; a foreign place is named as the Vietnamese press names it."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Áo dài là trang phục truyền thống.", []),
        ("Viên chức nhà nước được tăng lương.", []),
        ("Pháp luật Nhật Bản quy định rõ.", [("Nhật Bản", "LOC", "Nhật Bản")]),
        (
            "Doanh nghiệp Áo và Pháp ký thỏa thuận tại Viên.",
            [("Áo", "LOC", "Áo"), ("Pháp", "LOC", "Pháp"), ("Viên", "LOC", "Viên")],
        ),
    ],
)
def test_a_country_that_starts_a_common_word_is_no_place(text, expected):
    """A one-syllable country or city is a place, except as the capitalised first syllable of an ordinary word."""
    assert found(text, "vi") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Chủ tịch VJBA Vũ Hoàng Đức giới thiệu dự án.",
            "vi",
            [("VJBA", "ORG", "VJBA"), ("Vũ Hoàng Đức", "PER", "Vũ Hoàng Đức")],
        ),
        (
            "President Ferdinand Marcos Jr. met him in Manila.",
            "en",
            [("Ferdinand Marcos Jr.", "PER", "Ferdinand Marcos Jr."), ("Manila", "LOC", "Manila")],
        ),
        ("Lao động sang Rumani và Hungari tăng.", "vi", [("Rumani", "LOC", "Romania"), ("Hungari", "LOC", "Hungary")]),
    ],
)
def test_names_after_an_acronym_name_suffixes_and_older_country_spellings(text, lang, expected):
    """A given name that is a country stays in its person's name after an acronym; Jr. keeps its full stop;
    the press's older spellings of countries are the countries."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "It is run by Hirochiku Asia Vietnam Co., Ltd., a unit of the group.",
            [("Hirochiku Asia Vietnam Co., Ltd.", "ORG", "Hirochiku Asia Vietnam")],
        ),
        ("Acme Vietnam Co., Ltd. builds it.", [("Acme Vietnam Co., Ltd.", "ORG", "Acme Vietnam")]),
        ("Nikkei Asia reported it.", [("Nikkei Asia", "ORG", "Nikkei Asia")]),
    ],
)
def test_a_regions_unit_in_a_country_and_its_legal_form_are_one_name(text, expected):
    """A region's unit may have a unit in a country; legal forms after a name close it, alone they name nothing."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The plant is in Phu My 3 Specialized Industrial Park.",
            [("Phu My 3 Specialized Industrial Park", "LOC", "Phu My 3 Specialized Industrial Park")],
        ),
        (
            "It opened near Nomura Hai Phong Industrial Zone.",
            [("Nomura Hai Phong Industrial Zone", "LOC", "Nomura Hai Phong Industrial Zone")],
        ),
        ("In 2020 Vietnam Industrial Park grew.", [("Vietnam Industrial Park", "LOC", "Vietnam Industrial Park")]),
    ],
)
def test_a_zones_name_runs_over_its_phase_and_a_known_place(text, expected):
    """An English park's or zone's name is written whole, its phase's number and a known place inside it."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BÁO HÒA BÌNH ĐIỆN TỬ\n\n(HBĐT) - Ngày 2/3, tỉnh tiếp đoàn.", ["HBĐT", "HBĐT"]),
        ("BÁO BẮC GIANG\n\nBGĐT - Ngày 2/3, tỉnh tiếp đoàn.", ["Báo Bắc Giang", "Báo Bắc Giang"]),
        ("CÔNG AN ĐÀ NẴNG\n\n(CADN) - Ngày 2/3, tỉnh tiếp đoàn.", ["CADN", "CADN"]),  # D for Đ
        (
            "NGƯỜI VIỆT\n\nTOKYO, Nhật Bản (NV) - Ngày 2/3, tỉnh tiếp đoàn.",
            ["NV", "Tokyo", "Nhật Bản", "NV"],
        ),  # after a dateline
        ("KPL Lao News Agency\n\n(KPL) A forum was held.", ["KPL", "KPL"]),  # the masthead's first word
        (
            "Vientiane Times\n\nTOCHIGI, Japan (VNA) - A pact was signed.",
            ["Vientiane Times", "Tochigi", "Nhật Bản", "VNA"],
        ),
    ],
)
def test_an_outlets_tag_is_named_as_the_guideline_says(text, expected):
    """A tag that abbreviates the masthead names both; any other tag is named as the masthead, but after a dateline
    another outlet, a wire, is credited."""
    assert extract_entities(text).canonical.tolist() == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("PHỤ NỮ VIỆT NAM\n\nXã hội\n\nBài viết.", "vi", [("PHỤ NỮ VIỆT NAM", "ORG", "Phụ nữ Việt Nam")]),
        ("Giáo dục & Thời đại\n\nBài viết.", "vi", [("Giáo dục & Thời đại", "ORG", "Giáo dục & Thời đại")]),
        ("Kinh tế\n\nBài viết.", "vi", []),
        ("Thanh Hà\n\nBài viết.", "vi", [("Thanh Hà", "PER", "Thanh Hà")]),
        ("JAPAN WIRE by KYODO\n\nText.", "en", [("JAPAN WIRE", "ORG", "Japan Wire")]),
    ],
)
def test_a_short_first_line_is_the_outlets_masthead(text, lang, expected):
    """A masthead is named in ordinary case; a section's name or a writer's name opening the text is none."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "JICA lent Vietnam Prosperity Joint Stock Commercial Bank $100 million.",
            "en",
            ("Vietnam Prosperity Joint Stock Commercial Bank", "ORG", "VPBank"),
        ),
        (
            "Ngân hàng TMCP Ngoại thương Việt Nam ký hợp đồng.",
            "vi",
            ("Ngân hàng TMCP Ngoại thương Việt Nam", "ORG", "Vietcombank"),
        ),
    ],
)
def test_viet_nams_commercial_banks_are_known_by_their_brand(text, lang, expected):
    assert expected in found(text, lang)


def test_a_section_line_is_no_byline_and_a_byline_in_capitals_is_named_in_ordinary_case():
    assert found("Industrial Equipment | Vietnam\n\nHirochiku builds a plant.", "en") == [
        ("Vietnam", "LOC", "Việt Nam")
    ]
    assert ("HỒNG THẮM", "PER", "Hồng Thắm") in found("Vải thiều được xuất sang Nhật Bản.\n\nHỒNG THẮM", "vi")
    # a line of its own is a writer only when shaped like one: no section's name (round 15 of issue 14)
    assert found("Logistics | Cold Chain\n\nThe firm opens a warehouse.", "en") == []
    assert "PER" not in [label for _, label, _ in found("Loans grow.\n\nDevelopment Finance\n\nJICA lends.", "en")]
    assert ("Jess Arundel", "PER", "Jess Arundel") in found("Loans grow.\n\nJess Arundel\n\nJICA lends money.", "en")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hyundai Motor Co and BOS Semiconductors signed.",
            [("Hyundai Motor Co", "Hyundai Motor"), ("BOS Semiconductors", "BOS Semiconductors")],
        ),
        ("The Vietnam Coast Guard received ships.", [("Vietnam Coast Guard", "Vietnam Coast Guard")]),
        (
            "It was set by the Council for the Creation of Future Education.",
            [("Council for the Creation of Future Education", "Council for the Creation of Future Education")],
        ),
        ("It joins the ASEAN-Japan Co-Creation Fast Track Initiative.", [("ASEAN", "ASEAN")]),
    ],
)
def test_english_organisation_words_of_wire_copy(text, expected):
    """Co without its full stop and LP close a company's name; a coast guard is an organisation; of the and
    for the go on inside a name; an organisation word before a glued hyphen is none."""
    assert [(s, canonical) for s, label, canonical in found(text, "en") if label == "ORG"] == expected


def test_a_vietnamese_organisation_word_may_capitalise_its_later_syllables():
    rows = found("Tổng Công ty Điện lực Dầu khí Việt Nam ký hợp đồng.", "vi")
    assert rows == [("Tổng Công ty Điện lực Dầu khí Việt Nam", "ORG", "Điện lực Dầu khí Việt Nam")]


def test_a_headline_before_the_acronym_pair_names_the_organisation_by_the_acronym():
    name = "Hiệp hội Doanh nghiệp Việt Nam tại Nhật Bản"
    text = f"{name} làm việc với tỉnh\n\nĐoàn của {name} (VJBA) đến."
    names = [canonical for _, label, canonical in found(text, "vi") if label == "ORG"]
    assert names == ["VJBA", "VJBA", "VJBA"]


def test_an_acronym_opening_a_sentence_is_still_a_name():
    assert found("It grew. SMBC, the group's banking arm, held a stake.", "en") == [("SMBC", "ORG", "SMBC")]
    assert found("Sales grew. HANOI is busy.", "en") == [("HANOI", "LOC", "Hà Nội")]
    assert found("POLICY\n\nSales grew. POLICY matters.", "en") == []  # a section's name


def test_documents_imaging_terms_and_official_company_names():
    assert found("The rules are set out in Decision No. 130/2020 and Circular No. 17/2015.", "en") == []
    assert found("Bệnh viện K dùng máy CT, MRI và PET.", "vi") == [("Bệnh viện K", "ORG", "Bệnh viện K")]
    assert found("Toyota Motor Corp. will build it.", "en") == [("Toyota Motor Corp.", "ORG", "Toyota")]


def test_bodies_named_after_people_districts_and_agricultural_zones():
    rows = found("Hội thảo diễn ra tại Trường Cao đẳng Kỹ thuật Cao Thắng ngày 12/12.", "vi")
    assert rows == [("Trường Cao đẳng Kỹ thuật Cao Thắng", "ORG", "Cao đẳng Kỹ thuật Cao Thắng")]
    rows = found("Hiệu trưởng Trường Đại học Bách khoa Hoàng Minh Sơn cho biết.", "vi")
    assert ("Hoàng Minh Sơn", "PER", "Hoàng Minh Sơn") in rows
    assert found("Đoàn làm việc với UBND huyện Lạc Dương.", "vi") == [
        ("UBND huyện Lạc Dương", "ORG", "UBND huyện Lạc Dương")
    ]
    rows = found("Khu Nông nghiệp ứng dụng công nghệ cao Lâm Đồng rộng 100 ha.", "vi")
    assert [label for _, label, _ in rows] == ["LOC"] and rows[0][0].endswith("Lâm Đồng")


def test_a_state_bodys_name_may_close_with_a_verb_in_a_list_of_bodies_or_after_its_office():
    rows = found("Bộ Y tế có lãnh đạo Vụ Tổ chức cán bộ, Cục Y tế dự phòng, Vụ Hợp tác quốc tế.", "vi")
    assert [s for s, _, _ in rows][1:] == ["Vụ Tổ chức cán bộ", "Cục Y tế dự phòng", "Vụ Hợp tác quốc tế"]
    rows = found("Vải được trồng ở vườn do Cục Bảo vệ thực vật giám sát, ghi chép nhật ký.", "vi")
    assert rows == [("Cục Bảo vệ thực vật", "ORG", "Cục Bảo vệ thực vật")]


def test_a_comma_between_the_two_verbs_of_a_field_goes_on_a_bodys_name():
    rows = found("Theo Tổng cục Phòng, chống thiên tai, mưa lớn kéo dài; Cục Quản lý Khám, chữa bệnh cho biết.", "vi")
    assert [s for s, _, _ in rows] == ["Tổng cục Phòng, chống thiên tai", "Cục Quản lý Khám, chữa bệnh"]
    rows = found("Sở Y tế, Sở Công Thương và Cục Thuế cùng dự.", "vi")
    assert [s for s, _, _ in rows] == ["Sở Y tế", "Sở Công Thương", "Cục Thuế"]


def test_an_organisation_word_heads_a_name_underthesea_reads_as_one_word_with_it():
    """underthesea reads ``Viện Hàn lâm Khoa học`` as one noun; ``Hàn lâm`` (academy) is no clipped Hàn Quốc."""
    rows = found("Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam, ông Châu Văn Minh, ký thỏa thuận.", "vi")
    assert ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "ORG") in [(s, label) for s, label, _ in rows]
    assert ("Hội An", "LOC", "Hội An") in found("Phố cổ Hội An đón khách Nhật Bản.", "vi")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Nhà nước" (the state) is no clipped country, though "Nhà nước Palestine" is a name of Palestine
        ("Ủy ban Chứng khoán Nhà nước vừa chấp thuận hồ sơ.", "Ủy ban Chứng khoán Nhà nước"),
        # underthesea reads "Trung học cơ sở" as one word: its first two syllables are a name noun
        ("Trường Tiểu học - Trung học cơ sở Đá Đỏ nhận quà.", "Trường Tiểu học - Trung học cơ sở Đá Đỏ"),
    ],
)
def test_common_nouns_that_begin_like_a_country_stay_in_a_name(text, name):
    assert (name, "ORG") in [(s, label) for s, label, _ in found(text, "vi")]


def test_a_bilateral_body_is_named_up_to_its_two_countries():
    rows = found("Đại diện Hiệp hội Xúc tiến hợp tác kinh tế Việt Nam - Nhật Bản phát biểu.", "vi")
    assert rows == [
        (
            "Hiệp hội Xúc tiến hợp tác kinh tế Việt Nam - Nhật Bản",
            "ORG",
            "Hiệp hội Xúc tiến hợp tác kinh tế Việt Nam - Nhật Bản",
        )
    ]
    rows = found("Hiệp hội Doanh nghiệp đã thúc đẩy hợp tác Việt Nam - Nhật Bản.", "vi")
    assert ("Hiệp hội Doanh nghiệp", "ORG", "Hiệp hội Doanh nghiệp") in rows


def test_a_known_groups_company_for_one_trade_is_its_own_company():
    assert found("Công ty Thang máy Mitsubishi tài trợ.", "vi") == [
        ("Công ty Thang máy Mitsubishi", "ORG", "Thang máy Mitsubishi")
    ]
    assert found("Tập đoàn FPT ký kết.", "vi") == [("Tập đoàn FPT", "ORG", "FPT")]


def test_every_un_member_state_is_a_country_of_the_gazetteer():
    countries = gazetteer().query("label == 'LOC' and kind == 'country'")
    assert countries.groupby("canonical").country.nunique().max() == 1
    assert countries.drop_duplicates("canonical").country.is_unique
    codes = set(countries.country)
    territories = {"TW", "MO", "KY", "VG", "PR", "GL", "BM", "GU", "NC", "PS", "XK", "VA"}
    assert territories <= codes and len(codes - territories) == 193


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Kumagai Gumi won the contract.", "en", [("Kumagai Gumi", "ORG", "Kumagai Gumi")]),
        ("Nhà thầu Mitani Sangyo đã hoàn thành.", "vi", [("Mitani Sangyo", "ORG", "Mitani Sangyo")]),
        (
            "The Vietnam Academy of Science and Technology said.",
            "en",
            [("Vietnam Academy of Science and Technology", "ORG", "Vietnam Academy of Science and Technology")],
        ),
        ("The Vietnam Association said.", "en", [("Vietnam Association", "ORG", "Vietnam Association")]),
        (
            "Viện Kỹ thuật sinh học Catalonia hợp tác.",
            "vi",
            [("Viện Kỹ thuật sinh học Catalonia", "ORG", "Viện Kỹ thuật sinh học Catalonia")],
        ),
        ("Họ phóng vệ tinh MicroDragon bằng tên lửa Epsilon.", "vi", []),
        ("Text.\n\nArticle By : Lena Ong\n\nMore text.", "en", [("Lena Ong", "PER", "Lena Ong")]),
        (
            "Mizuho Financial Group and Kioxia Corp. said.",
            "en",
            [("Mizuho Financial Group", "ORG", "Mizuho Financial Group"), ("Kioxia Corp.", "ORG", "Kioxia")],
        ),
        (
            "It was built by Japan Post and China Unicom.",
            "en",
            [("Japan Post", "ORG", "Japan Post"), ("China Unicom", "ORG", "China Unicom")],
        ),
        (
            "Firms from Japan, Korea and China met.",
            "en",
            [("Japan", "LOC", "Nhật Bản"), ("Korea", "LOC", "Hàn Quốc"), ("China", "LOC", "Trung Quốc")],
        ),
    ],
)
def test_company_words_national_bodies_institutes_products_and_bylines(text, lang, expected):
    """Romanised Japanese company words close a company's name; a country before ``<body> of`` is part of a
    national body's name; a foreign name closes an institute's; a satellite or rocket is no organisation."""
    assert found(text, lang) == expected


def test_a_ministry_named_by_a_list_of_fields_and_its_acronym():
    """underthesea may join a field and ``và`` in one word (``Khoa học và``); the list goes on, and the
    acronym in brackets after the name names both and its later uses (guideline rule 2)."""
    text = "Ông gặp Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản (MEXT). Bộ trưởng MEXT nói."
    rows = found(text)
    name = "Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản"
    assert rows == [(name, "ORG", "MEXT"), ("MEXT", "ORG", "MEXT"), ("MEXT", "ORG", "MEXT")]
    assert found("Bộ Tài chính, Vietcombank và BIDV ký.")[0] == ("Bộ Tài chính", "ORG", "Bộ Tài chính")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Firms met Jica officials and Unicef.", "en", [("Jica", "ORG", "JICA"), ("Unicef", "ORG", "UNICEF")]),
        (
            "The Committee for Disaster Prevention and Control said.",
            "en",
            [("Committee for Disaster Prevention and Control", "ORG", "Committee for Disaster Prevention and Control")],
        ),
        ("Văn phòng JICA tại Việt Nam cho biết.", "vi", [("Văn phòng JICA tại Việt Nam", "ORG", "JICA Việt Nam")]),
        ("The JICA Vietnam Office said.", "en", [("JICA Vietnam Office", "ORG", "JICA Việt Nam")]),
        ("Văn phòng Chính phủ họp.", "vi", [("Văn phòng Chính phủ", "ORG", "Văn phòng Chính phủ")]),
        (
            "Trường Cao đẳng nghề Phú Thọ ký kết.",
            "vi",
            [("Trường Cao đẳng nghề Phú Thọ", "ORG", "Cao đẳng nghề Phú Thọ")],
        ),
        (
            "Trung tâm Hợp tác nhân lực Việt Nam - Nhật Bản mở lớp.",
            "vi",
            [
                (
                    "Trung tâm Hợp tác nhân lực Việt Nam - Nhật Bản",
                    "ORG",
                    "Trung tâm Hợp tác nhân lực Việt Nam - Nhật Bản",
                )
            ],
        ),
        (
            "Bộ Y tế, Lao động và Phúc lợi Nhật Bản phát biểu.",
            "vi",
            [("Bộ Y tế, Lao động và Phúc lợi Nhật Bản", "ORG", "Bộ Y tế, Lao động và Phúc lợi Nhật Bản")],
        ),
        (
            "The Ministry of Health, Labour and Welfare said.",
            "en",
            [("Ministry of Health, Labour and Welfare", "ORG", "Ministry of Health, Labour and Welfare")],
        ),
        ("Bộ Y tế, Bộ Tài chính họp.", "vi", [("Bộ Y tế", "ORG", "Bộ Y tế"), ("Bộ Tài chính", "ORG", "Bộ Tài chính")]),
        (
            "The Ministry of Finance, Sojitz and Kao met.",
            "en",
            [("Ministry of Finance", "ORG", "Bộ Tài chính"), ("Sojitz", "ORG", "Sojitz"), ("Kao", "ORG", "Kao")],
        ),
    ],
)
def test_acronyms_written_as_words_bodies_for_a_field_agency_offices_and_colleges(text, lang, expected):
    assert found(text, lang) == expected


def test_a_place_word_that_also_names_bodies_introduces_a_place_in_lower_case_only():
    """vùng Kansai is a region; Vùng in a command's name introduces no place (round 18 of issue 14)."""
    rows = found("Bộ Tư lệnh Vùng Cảnh sát biển 3 tiếp nhận tàu.", "vi")
    assert "LOC" not in {label for _, label, _ in rows}, rows


def test_a_foreign_company_unit_keeps_the_spelling_the_article_gives_it():
    assert found("Lixil Global Manufacturing Vietnam tăng vốn.") == [
        ("Lixil Global Manufacturing Vietnam", "ORG", "Lixil Global Manufacturing Vietnam")
    ]
    assert found("Công ty TNHH Nikkiso Việt Nam MFG đầu tư.") == [
        ("Công ty TNHH Nikkiso Việt Nam MFG", "ORG", "Nikkiso Việt Nam MFG")
    ]
    assert found("Tập đoàn Tài chính Mitsubishi UFJ mua cổ phần.") == [
        ("Tập đoàn Tài chính Mitsubishi UFJ", "ORG", "Mitsubishi UFJ")
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "ACA Investments Pte. Ltd., its partner, agreed.",
            "en",
            [("ACA Investments Pte. Ltd.", "ORG", "ACA Investments")],
        ),
        ("Hợp đồng với Công ty OLTY Co., Ltd., đơn vị nhập khẩu.", "vi", [("Công ty OLTY Co., Ltd.", "ORG", "OLTY")]),
        ("Saigon Hi-Tech Park grew.", "en", [("Saigon Hi-Tech Park", "LOC", "Saigon Hi-Tech Park")]),
        (
            "It sits in the Dinh Vu-Cat Hai Economic Zone.",
            "en",
            [("Dinh Vu-Cat Hai Economic Zone", "LOC", "Dinh Vu-Cat Hai Economic Zone")],
        ),
        ("Fukuoka City hosted it.", "en", [("Fukuoka City", "LOC", "Fukuoka")]),
        ("The plant in District 8 opened.", "en", [("District 8", "LOC", "Quận 8")]),
        ("Funds of US$100 million came from the US.", "en", [("US", "LOC", "Hoa Kỳ")]),
        (
            "Title\n\nBy Hoang Phong November 22, 2019 | 09:40 am\n\nText.",
            "en",
            [("Hoang Phong", "PER", "Hoang Phong")],
        ),
        ("Bệnh viện Bạch Mai tiếp nhận.", "vi", [("Bệnh viện Bạch Mai", "ORG", "Bệnh viện Bạch Mai")]),
        ("Dự án di dời cảng Hoàng Diệu.", "vi", [("Hoàng Diệu", "LOC", "Hoàng Diệu")]),
        ("Tỉnh tổ chức hội nghị tại vùng Kansai.", "vi", [("Kansai", "LOC", "Kansai")]),
        ("Lễ hội khai mạc tại công viên Yoyogi hôm qua.", "vi", [("Yoyogi", "LOC", "Yoyogi")]),
        ("It runs the Just Energy Transition Partnership (JETP) and COVAX, the vaccine programme, now.", "en", []),
        ("The answer is the Power Development Plan, known as PDP8, approved in May.", "en", []),
        ("Hai bên triển khai Cơ chế tín chỉ chung (JCM) đến năm 2030.", "vi", []),
        (
            "Khởi công Trung tâm thương mại AEON Hải Dương hôm nay.",
            "vi",
            [("AEON", "ORG", "Aeon"), ("Hải Dương", "LOC", "Hải Dương")],
        ),
        (
            "A chairman of the city's People's Committee and the Hanoi People's Committee.",
            "en",
            [("Hanoi People's Committee", "ORG", "Hanoi People's Committee")],
        ),
        (
            "Thống đốc tỉnh Yamaguchi Muraoka Tsugumasa nói.",
            "vi",
            [("Yamaguchi", "LOC", "Yamaguchi"), ("Muraoka Tsugumasa", "PER", "Muraoka Tsugumasa")],
        ),
        (
            "Bộ NN-PTNT và Bộ TN&MT ký.",
            "vi",
            [
                ("Bộ NN-PTNT", "ORG", "Bộ Nông nghiệp và Phát triển nông thôn"),
                ("Bộ TN&MT", "ORG", "Bộ Tài nguyên và Môi trường"),
            ],
        ),
        (
            "UNDP Resident Representative in Vietnam Ramla Khalidi spoke.",
            "en",
            [("UNDP", "ORG", "UNDP"), ("Vietnam", "LOC", "Việt Nam"), ("Ramla Khalidi", "PER", "Ramla Khalidi")],
        ),
        ("News. SOUTHEAST ASIA\n\nThe firm grew.", "en", [("SOUTHEAST ASIA", "LOC", "Đông Nam Á")]),
        (
            "Hanoi Vice-Chairman Duong Duc Tuan spoke.",
            "en",
            [("Hanoi", "LOC", "Hà Nội"), ("Duong Duc Tuan", "PER", "Duong Duc Tuan")],
        ),
    ],
)
def test_legal_forms_in_a_row_parks_a_city_kind_capitals_and_hyphened_offices(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text(text):
    table = extract_entities(text)
    assert table.empty and list(table.columns) == MENTION_COLUMNS


@pytest.mark.parametrize(
    "text, lang",
    [("Hôm nay trời mưa to, giao thông ùn tắc kéo dài.", "vi"), ("The weather was fine on Monday.", "en")],
)
def test_text_without_entities(text, lang):
    assert extract_entities(text, lang).empty


def test_rules_can_be_switched_off():
    text = "Thủ tướng Nhật Bản Ishiba Shigeru gặp Vinasa."
    assert found(text, "vi")[-1] == ("Vinasa", "ORG", "Vinasa")
    without = extract_entities(text, "vi", rules=["model"])
    assert "Vinasa" not in set(without.surface)  # the model alone does not know it
    with pytest.raises(ValueError, match="unknown rule"):
        extract_entities(text, rules=["magic"])
    with pytest.raises(ValueError, match="knows 'vi' and 'en'"):
        extract_entities(text, lang="ja")


def test_every_mention_says_where_it_came_from():
    text = "Thủ tướng Phạm Minh Chính tiếp ông Nguyễn Văn Khoa, Chủ tịch Vinasa, tại Hà Nội. Ông Khoa nói."
    table = extract_entities(text)
    sources = dict(zip(table.surface, table.source, strict=True))
    assert sources["Vinasa"] == "gazetteer" and sources["Hà Nội"] == "gazetteer"
    assert sources["Nguyễn Văn Khoa"] == "rule:person_names"
    allowed = {"model", "gazetteer"} | {f"rule:{r}" for r in RULES}
    assert set(table.source) <= allowed
    # a rule switched off no longer appears as a source
    assert "rule:person_names" not in set(extract_entities(text, rules=set(RULES) - {"person_names"}).source)


def test_corpus_mentions_carry_their_source(mentions):
    allowed = {"model", "gazetteer"} | {f"rule:{r}" for r in RULES}
    assert set(mentions.source) <= allowed and {"gazetteer", "rule:patterns"} <= set(mentions.source)
    assert set(raw_ner_entities("Thủ tướng Nhật Bản Ishiba Shigeru thăm Hà Nội.").source) == {"model"}


# --- raw model output ---------------------------------------------------------------------------


def test_raw_ner_entities_shows_the_models_errors():
    text = "Thủ tướng Nhật Bản Ishiba Shigeru thăm Hà Nội."
    table = raw_ner_entities(text)
    assert list(table.columns) == MENTION_COLUMNS
    assert all(text[r.start : r.end] == r.surface for r in table.itertuples())
    # a person merged with his country and called a place
    assert ("Nhật Bản Ishiba Shigeru", "LOC") in set(zip(table.surface, table.label, strict=True))
    assert raw_ner_entities("Prime Minister Ishiba Shigeru visited Hà Nội.", "en").empty
    assert raw_ner_entities("").empty


# --- corpus, tables, scores ---------------------------------------------------------------------


def test_corpus_entities(corpus, mentions):
    assert list(mentions.columns) == ["doc_id"] + MENTION_COLUMNS
    assert set(mentions.doc_id) == set(corpus.doc_id)
    texts = corpus.set_index("doc_id").text
    assert all(texts[r.doc_id][r.start : r.end] == r.surface for r in mentions.itertuples())
    assert set(mentions.label) <= {"PER", "ORG", "LOC"}
    raw = corpus_entities(corpus, raw=True)
    assert list(raw.columns) == list(mentions.columns) and len(raw)


def test_entity_table(mentions):
    table = entity_table(mentions)
    assert list(table.columns) == ["canonical", "label", "articles", "mentions", "aliases"]
    top = table.iloc[0]
    assert (top.canonical, top.articles) in {("Việt Nam", 5), ("Nhật Bản", 5)}
    assert table.articles.is_monotonic_decreasing
    iwaya = table.set_index("canonical").loc["Iwaya Takeshi"]
    assert (iwaya.mentions, iwaya.aliases) == (3, "Iwaya Takeshi; Iwaya Takshi")
    assert not table.duplicated(["canonical", "label"]).any()


def test_cooccurrence(mentions):
    pairs = cooccurrence(mentions)
    assert list(pairs.columns) == ["source", "target", "articles"]
    assert (pairs.source < pairs.target).all()
    row = pairs[(pairs.source == "Ishiba Shigeru") & (pairs.target == "Phạm Minh Chính")]
    assert row.articles.tolist() == [2]
    assert cooccurrence(mentions, min_articles=3).articles.min() >= 3


def test_score_entities_levels(reference):
    perfect = score_entities(reference, reference, level="mention")
    assert perfect.f1.tolist() == [1.0] * 4
    assert score_entities(reference.iloc[:0], reference, level="article").recall.tolist() == [0.0] * 4
    with pytest.raises(ValueError):
        score_entities(reference, reference, level="word")


# --- gazetteer ----------------------------------------------------------------------------------


def test_gazetteer_is_consistent():
    g = gazetteer()
    assert set(g.label) == {"ORG", "LOC", "TITLE"}
    named = g[g.label != "TITLE"]
    # one alias never names two different things
    assert named.groupby("alias").canonical.nunique().max() == 1
    assert {"JICA", "JETRO", "Vinasa", "NIC"} <= set(named[named.label == "ORG"].canonical)
    assert {
        "Thủ tướng",
        "Phó Thủ tướng",
        "Bộ trưởng",
        "Thứ trưởng",
        "Đại sứ",
        "Chủ tịch",
        "ông",
        "bà",
        "PM",
        "Mr",
    } <= set(g[g.label == "TITLE"].alias)


# --- reference answers --------------------------------------------------------------------------


def test_annotations_are_exact_substrings(corpus, reference):
    assert list(reference.columns) == ["doc_id", "surface", "start", "end", "label", "canonical"]
    texts = corpus.set_index("doc_id").text
    assert set(reference.doc_id) == set(corpus.doc_id)
    for r in reference.itertuples():
        assert texts[r.doc_id][r.start : r.end] == r.surface, r
    assert set(reference.label) == {"PER", "ORG", "LOC"}
    assert reference.canonical.notna().all() and (reference.canonical.str.strip() != "").all()


def test_annotations_do_not_overlap(reference):
    for _, doc in reference.sort_values(["doc_id", "start"]).groupby("doc_id"):
        assert (doc.start.iloc[1:].to_numpy() >= doc.end.iloc[:-1].to_numpy()).all()


# Just under what the extractor measures (README: 1.00 / 0.98 / 0.96, recall 1.00): a drop fails.
ARTICLE_PRECISION = {"PER": 0.99, "ORG": 0.97, "LOC": 0.95}


@pytest.mark.parametrize("label", ["PER", "ORG", "LOC"])
def test_article_level_precision_and_recall(mentions, reference, label):
    scores = score_entities(mentions, reference, level="article").set_index("label")
    assert scores.loc[label, "precision"] >= ARTICLE_PRECISION[label]
    assert scores.loc[label, "recall"] >= 0.99


def test_extractor_beats_the_raw_model(corpus, mentions, reference):
    raw = score_entities(corpus_entities(corpus, raw=True), reference, level="mention").set_index("label")
    ours = score_entities(mentions, reference, level="mention").set_index("label")
    assert (ours.f1 > raw.f1).all()


# For each rule, a text where switching that rule off (all others on) changes what is found.
RULE_EXAMPLES = {
    "model": ("Lãnh đạo Tam Phước tiếp đoàn.", "vi"),  # underthesea's label is the only clue but the tagger
    "titles": ("Thủ tướng Chính phát biểu tại hội nghị.", "vi"),
    "person_names": ("The minister met Tanaka Hiroshi yesterday.", "en"),
    "patterns": ("Sở Khoa học và Công nghệ Đà Nẵng ký biên bản với Viện Công nghệ Kyushu.", "vi"),
    "acronyms": ("Hiệp hội Phần mềm Hà Nội (HASO) tổ chức hội thảo. HASO cũng mời chuyên gia.", "vi"),
    "gazetteer": ("Viettel và FPT ký kết.", "vi"),
    "datelines": ("HANOI — Viettel and Rakuten signed a deal.", "en"),
    "brands": ("Vinamilk và HABECO tăng vốn điều lệ.", "vi"),
    "resolve": ("Ông Nguyễn Văn Khoa, Chủ tịch Vinasa, cho biết. Ông Khoa nói thêm.", "vi"),
    "tagger": ("The deal was first reported by Nikkei.", "en"),  # the learnt tagger's guess is the only clue
}


# underthesea's label decides only the runs the learnt tagger is not sure of; trained on more articles, the
# tagger is sure of more of them, so the model rule's example is read with the tagger switched off.
BEFORE_THE_TAGGER = [r for r in RULES if r != "tagger"]


def test_an_organisation_word_without_the_after_a_country_is_no_name_to_the_rules():
    """Round 24: the rules read Vietnam Association members as members in Vietnam (with ``the``, the Vietnam
    Association is an organisation). The learnt tagger may read it otherwise and widen the place (rule tagger), so
    the rules' reading is checked without it."""
    found = extract_entities("Vietnam Association members said.", "en", BEFORE_THE_TAGGER)
    assert found[["surface", "label", "canonical"]].values.tolist() == [["Vietnam", "LOC", "Việt Nam"]]


def test_every_rule_has_an_example():
    assert set(RULE_EXAMPLES) == set(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_changes_what_is_found(rule):
    """Each rule name lesson 03 switches off is a real unit: without it, its example comes out differently."""
    text, lang = RULE_EXAMPLES[rule]
    rules = BEFORE_THE_TAGGER if rule == "model" else list(RULES)
    everything = extract_entities(text, lang, rules)
    without = extract_entities(text, lang, [r for r in rules if r != rule])
    assert not everything.equals(without), (rule, everything)


def test_unknown_rules_are_named():
    with pytest.raises(ValueError, match="unknown rule.*'nicknames'"):
        extract_entities("Hà Nội", "vi", [*RULES, "nicknames"])


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("HANOI — Viettel and Rakuten signed a deal.", "en", ("HANOI", "LOC", "Hà Nội")),
        ("HÀ NỘI — Hai bên ký thỏa thuận hợp tác.", "vi", ("HÀ NỘI", "LOC", "Hà Nội")),
        ("TOKYO, May 27 — The firm said it would hire.", "en", ("TOKYO", "LOC", "Tokyo")),
    ],
)
def test_a_dateline_is_a_place(text, lang, expected):
    assert expected in found(text, lang)
    assert all(label != "PER" for _, label, _ in found(text, lang))


def test_and_joins_two_english_names_unless_after_of():
    rows = found("The fund was set up by Sumitomo and SBI Holdings last year.", "en")
    assert ("SBI Holdings", "ORG", "SBI") in rows
    assert not any(" and " in surface for surface, _, _ in rows)
    rows = found("She studied at the Hanoi University of Science and Technology in 2010.", "en")
    assert any(surface == "Hanoi University of Science and Technology" for surface, _, _ in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A consortium of Tokyo Gas, Kyuden International and Truong Thanh Vietnam Group won.",
            [
                ("Tokyo Gas", "ORG", "Tokyo Gas"),
                ("Kyuden International", "ORG", "Kyuden International"),
                ("Truong Thanh Vietnam Group", "ORG", "Truong Thanh Vietnam"),
            ],
        ),
        (
            "Development Bank of Japan and SSI Securities Corporation set up a fund with DBJ money.",
            [
                ("Development Bank of Japan", "ORG", "DBJ"),
                ("SSI Securities Corporation", "ORG", "SSI Securities"),
                ("DBJ", "ORG", "DBJ"),
            ],
        ),
        (
            "Sumitomo Mitsui Banking Corporation will lend. The loan from SMBC is large.",
            [("Sumitomo Mitsui Banking Corporation", "ORG", "SMBC"), ("SMBC", "ORG", "SMBC")],
        ),
    ],
)
def test_lists_of_companies_and_names_known_by_their_initials(text, expected):
    """``of`` before a run is no field list; ``of <place> and`` ends a name; initials may spell the legal form."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KrASIA\n\nFifteen firms band together.", [("KrASIA", "ORG", "KrASIA")]),
        ("Business\n\nFifteen firms band together.", []),
        (
            "BERNAMA\n\nThe deal was signed, Bernama reported.",
            [("BERNAMA", "ORG", "Bernama"), ("Bernama", "ORG", "Bernama")],
        ),
    ],
)
def test_a_one_word_masthead_shaped_like_a_brand(text, expected):
    """A section's name is no masthead; capitals the article also writes in ordinary case take that case."""
    assert found(text, "en") == expected


def test_legal_forms_and_kinds_of_place_are_left_out_of_canonical_names():
    rows = found("Shares of Acme Robotics Corp rose in Mie Prefecture on Monday.", "en")
    assert ("Acme Robotics Corp", "ORG", "Acme Robotics") in rows
    assert ("Mie Prefecture", "LOC", "Mie") in rows


def test_unknown_acronyms_and_foreign_brands_are_organisations():
    rows = found("Theo Bloomberg, Vietcombank và BIDV sẽ tăng vốn thêm 5.000 tỷ đồng trong năm nay.", "vi")
    assert {("Bloomberg", "ORG"), ("Vietcombank", "ORG"), ("BIDV", "ORG")} <= {(s, label) for s, label, _ in rows}
    assert found("Tổng vốn đầu tư đạt 2 tỷ USD, chủ yếu là vốn ODA và FDI.", "vi") == []
    assert ("MHLW", "ORG", "MHLW") in found("Data from MHLW show the number rose.", "en")


def test_an_english_name_with_its_acronym_in_a_vietnamese_text():
    rows = found("Sumitomo Mitsui Banking Corporation (SMBC) mua cổ phần. SMBC cho biết thêm.", "vi")
    assert {canonical for _, _, canonical in rows} == {"SMBC"} and len(rows) == 3


@pytest.mark.parametrize(
    "text, lang, acronym",
    [
        ("Ships of the Japan Maritime Self-Defense Force (JMSDF) docked on Tuesday. The JMSDF said so.", "en", "JMSDF"),
        ("Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội (ULIS) đón đoàn. Ông nói ULIS sẽ hợp tác.", "vi", "ULIS"),
    ],
)
def test_a_name_the_tagger_reads_whole_is_paired_with_its_acronym(text, lang, acronym):
    """The claim could not pair these (``Japan`` is claimed as a place first; the claim took ``Đại học Quốc gia Hà
    Nội`` alone as the full name): once the tagger widens the full name, ``acronyms.pair_late`` pairs it."""
    assert {canonical for _, label, canonical in found(text, lang) if label == "ORG"} == {acronym}
    without = extract_entities(text, lang, BEFORE_THE_TAGGER)
    before_bracket = without[without.end <= text.index(" (")]
    assert acronym not in set(before_bracket.canonical)  # without the tagger, no full name is paired


def test_a_closing_acronym_after_a_proper_name_is_part_of_the_name():
    """``Trung tâm nghiên cứu VDEC`` is named VDEC, but ``Yokohama FC`` is no ``FC`` and a school's number is no
    acronym (session 14 of issue 14)."""
    assert ("Yokohama FC", "ORG", "Yokohama FC") in found("Cong Phuong joined Yokohama FC on Monday.", "en")
    assert ("VDEC", "ORG", "VDEC") in found("Trung tâm nghiên cứu VDEC mở cửa. VDEC tuyển thêm người.", "vi")
    rows = found("Nhật Bản tài trợ xây dựng Trường Tiểu học Mong Thọ A1 ở Kiên Giang.", "vi")
    assert "A1" not in {canonical for _, _, canonical in rows}


def test_a_two_word_name_and_its_legal_form_spell_the_acronym_the_article_uses():
    rows = found("Saigon Securities Inc. will invest in the fund. SSI said the deal was signed in Hanoi.", "en")
    assert [(s, c) for s, label, c in rows if label == "ORG"] == [("Saigon Securities Inc.", "SSI"), ("SSI", "SSI")]


def test_a_long_english_title_before_a_name():
    rows = found("Minister of Economy, Trade and Industry Muto Yoji visited Hanoi on Friday.", "en")
    assert [(s, label) for s, label, _ in rows if label == "PER"] == [("Muto Yoji", "PER")]


def test_english_people_of_any_nationality_by_apposition_or_saying():
    rows = found("Keith Strier, vice president of worldwide AI initiatives at Nvidia, said the deal was signed.", "en")
    assert ("Keith Strier", "PER", "Keith Strier") in rows
    assert ("Maria Santos", "PER", "Maria Santos") in found("The deal was welcomed, Maria Santos said on Monday.", "en")
    assert all(label != "PER" for _, label, _ in found("Hanoi Metro said on Monday the line would open.", "en"))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Công ty Rikkei mở văn phòng tại Tokyo.", "vi", ("Công ty Rikkei", "ORG", "Rikkei")),
        ("Công ty Sun Asterisk tuyển 200 kỹ sư.", "vi", ("Công ty Sun Asterisk", "ORG", "Sun Asterisk")),
        ("Công ty TNHH Becamex Tokyu khởi công dự án.", "vi", ("Công ty TNHH Becamex Tokyu", "ORG", "Becamex Tokyu")),
        ("UBND TP.HCM làm việc với đoàn.", "vi", ("UBND TP.HCM", "ORG", "UBND TP.HCM")),
        (
            "Nomura Securities and Rakuten Technology opened offices.",
            "en",
            ("Nomura Securities", "ORG", "Nomura Securities"),
        ),
    ],
)
def test_organisation_head_words_and_where_the_name_stops(text, lang, expected):
    assert expected in found(text, lang)


def test_an_organisation_named_again_after_a_title_stays_an_organisation():
    text = "Trung tâm và Công ty Sakura Semicon ký kết. Bà Sato Yuki, Tổng giám đốc Sakura Semicon, phát biểu."
    rows = found(text, "vi")
    assert ("Sakura Semicon", "ORG", "Sakura Semicon") in rows
    assert ("Sato Yuki", "PER", "Sato Yuki") in rows and all(
        label != "PER" or "Sakura" not in s for s, label, _ in rows
    )


def test_english_organisation_names_that_start_with_a_place_and_universities():
    rows = found("Ho Chi Minh City Stock Exchange listed the shares.", "en")
    assert ("Ho Chi Minh City Stock Exchange", "ORG", "Ho Chi Minh City Stock Exchange") in rows
    rows = found("Students at FPT University and FPT joined.", "en")
    assert ("FPT University", "ORG", "Đại học FPT") in rows and ("FPT", "ORG", "FPT") in rows


def test_known_names_with_other_punctuation():
    rows = found("Nhà máy ở TP HCM và TP.HCM mở rộng; Bà Rịa – Vũng Tàu và châu Á – Thái Bình Dương cũng vậy.", "vi")
    canonical = [c for _, _, c in rows]
    assert canonical.count("Thành phố Hồ Chí Minh") == 2
    assert {"Bà Rịa - Vũng Tàu", "châu Á - Thái Bình Dương"} <= set(canonical)
    assert "Thái Bình Dương" not in canonical


def test_english_organisation_named_before_its_organisation_word():
    """An unknown name before an English organisation word (``Group``) is one organisation."""
    found = extract_entities("The deal with Acme Robotics Group was signed in Hà Nội.", "en")
    assert ("Acme Robotics Group", "ORG") in set(zip(found.surface, found.label, strict=True))


# --- issue 14: mechanisms that generalise (each with sentences written for the test) -------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shares of Hoang Long Group Joint Stock Co. rose on Monday.",
            ("Hoang Long Group Joint Stock Co.", "Hoang Long"),
        ),
        ("The unit was sold to Marubeni & Co. last year.", ("Marubeni & Co.", "Marubeni")),
        ("Orient Robotics Co., Ltd. opened a plant.", ("Orient Robotics Co., Ltd.", "Orient Robotics")),
        (
            "The plan was drawn up by Lion City Planners Pte Ltd. Work starts soon.",
            ("Lion City Planners Pte Ltd.", "Lion City Planners"),
        ),
    ],
)
def test_english_legal_forms_with_their_full_stops_are_left_out_of_canonical_names(text, expected):
    surface, canonical = expected
    assert (surface, "ORG", canonical) in found(text, "en")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("(Reuters) -- Toyota will build a plant.", "en", [("Reuters", "ORG", "Reuters")]),
        ("OSAKA, June 3 (Jiji) -- The firm said.", "en", [("OSAKA", "LOC", "Osaka"), ("Jiji", "ORG", "Jiji")]),
        ("HANOI (Dec 29): The firm said.", "en", [("HANOI", "LOC", "Hà Nội")]),
        (
            "Đà Nẵng (TTXVN/Vietnam+) - Thành phố đón nhà đầu tư.",
            "vi",
            [("TTXVN", "ORG", "TTXVN"), ("Vietnam+", "ORG", "Vietnam+")],
        ),
        ("THE SAIGON TIMES — Firms met in Hanoi.", "en", [("THE SAIGON TIMES", "ORG", "The Saigon Times")]),
        ("BÁO VĨNH PHÚC - Kinh tế\n\nNhà đầu tư đến.", "vi", [("BÁO VĨNH PHÚC", "ORG", "Báo Vĩnh Phúc")]),
        (
            "TẠP CHÍ ĐIỆN TỬ VÀ ỨNG DỤNG\n\nTin.",
            "vi",
            [("TẠP CHÍ ĐIỆN TỬ VÀ ỨNG DỤNG", "ORG", "Tạp chí Điện tử và Ứng dụng")],
        ),
        (
            "TẠP CHÍ THÔNG TIN & TRUYỀN THÔNG\n\nTin.",
            "vi",
            [("TẠP CHÍ THÔNG TIN & TRUYỀN THÔNG", "ORG", "Tạp chí Thông tin & Truyền thông")],
        ),
        (
            "SỞ Y TẾ TỈNH THÁI NGUYÊN\n\nBệnh viện ký kết.",
            "vi",
            [("SỞ Y TẾ TỈNH THÁI NGUYÊN", "ORG", "Sở Y tế tỉnh Thái Nguyên")],
        ),
        (
            "CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC\n\nCục Quản lý lao động ngoài nước cho biết.",
            "vi",
            [("CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC", "ORG", "Cục Quản lý lao động ngoài nước")],
        ),
    ],
)
def test_outlet_tags_that_open_a_report_are_organisations(text, lang, expected):
    rows = found(text, lang)
    assert set(expected) <= set(rows)
    assert all(label != "PER" for _, label, _ in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tin.\n\nTheo Như Tâm/NDH", [("Như Tâm", "PER", "Như Tâm"), ("NDH", "ORG", "NDH")]),
        ("Tin.\n\nTheo TTXVN/Vietnam+", [("TTXVN", "ORG", "TTXVN"), ("Vietnam+", "ORG", "Vietnam+")]),
        ("Theo Bộ Công Thương, xuất khẩu tăng.", [("Bộ Công Thương", "ORG", "Bộ Công Thương")]),
    ],
)
def test_a_vietnamese_credit_line_names_the_writer_and_the_outlets(text, expected):
    assert found(text, "vi") == expected


def test_a_clipped_country_after_a_place_preposition_is_not_a_place():
    assert found("Nhiều kỹ sư trẻ muốn sang làm việc tại Nhật.", "vi") == []
    assert ("Nhật Bản", "LOC", "Nhật Bản") in found("Nhiều kỹ sư trẻ muốn sang làm việc tại Nhật Bản.", "vi")


def test_vietnamese_places_and_people_written_without_diacritics():
    rows = found("Chairwoman Tran Thi Nga opened a factory in Quang Ninh province and another in Ba Vi district.", "en")
    assert ("Tran Thi Nga", "PER", "Tran Thi Nga") in rows  # Nga is a given name here, not Russia
    assert ("Quang Ninh", "LOC", "Quảng Ninh") in rows  # the gazetteer's name, matched without diacritics
    assert ("Ba Vi", "LOC", "Ba Vì") in rows  # a lower-case kind word after a place: a district, spelt as Viet Nam does
    assert all(label != "PER" for s, label, _ in rows if s == "Ba Vi")


def test_a_roman_numeral_belongs_to_a_park_and_is_no_acronym():
    rows = found("Tenants moved into Nomura Industrial Park II in Hai Phong.", "en")
    assert ("Nomura Industrial Park II", "LOC", "Nomura Industrial Park II") in rows
    assert all(surface != "II" for surface, _, _ in rows)


def test_titles_of_offices_with_their_fields_give_only_the_person():
    rows = found("The forum was opened by Deputy Minister of Industry and Technology Pham Van Son.", "en")
    assert [(s, label) for s, label, _ in rows] == [("Pham Van Son", "PER")]
    rows = found("Le Thi Hoa, Deputy Director General of the Agency for Foreign Trade, spoke.", "en")
    assert ("Le Thi Hoa", "PER", "Le Thi Hoa") in rows and all(s != "General" for s, _, _ in rows)


def test_a_known_company_and_the_words_after_it_make_another_company_of_its_group():
    rows = set(found("Toyota Tsusho and Mitsubishi Electric signed a deal with Viettel.", "en"))
    assert {("Toyota Tsusho", "ORG", "Toyota Tsusho"), ("Mitsubishi Electric", "ORG", "Mitsubishi Electric")} <= rows
    headline = found("Mitsui Buys Into Vietnam Retailer", "en")
    assert ("Mitsui", "ORG", "Mitsui") in headline  # a headline: no company "Mitsui Buys"
    assert ("Toyoda Akio", "PER", "Toyoda Akio") in found("Chủ tịch Toyota Toyoda Akio cho biết.", "vi")
    rows = found("Hiệp hội Doanh nghiệp Điện tử (VEIA) họp. Sau đó VEIA Services hỗ trợ hội viên.", "vi")
    assert ("VEIA Services", "ORG", "VEIA Services") in rows  # after a Full Name (ACRONYM) pair


def test_a_unit_of_an_organisation_the_article_named_is_an_organisation():
    rows = found("Hoang Long Joint Stock Co. said it had invested in Hoang Long Logistics in March.", "en")
    assert ("Hoang Long Logistics", "ORG", "Hoang Long Logistics") in rows  # not a place after "in"


def test_names_in_a_list_with_a_known_company_are_organisations():
    rows = found("The dealer sells Toyota, Kia, Mazda and Peugeot cars.", "en")
    assert {("Kia", "ORG"), ("Mazda", "ORG"), ("Peugeot", "ORG")} <= {(s, label) for s, label, _ in rows}


def test_vietnamese_company_names_past_legal_forms_and_nested_company_words():
    rows = found("Nhà đầu tư Nhật mua 20% vốn Công ty Cổ phần Tập đoàn Hòa Phát Xanh.", "vi")
    assert ("Công ty Cổ phần Tập đoàn Hòa Phát Xanh", "ORG", "Hòa Phát Xanh") in rows
    rows = found("Công ty Tài chính TNHH MTV Ngân hàng Sài Gòn Xanh (SG Credit) tăng vốn.", "vi")
    assert {canonical for _, _, canonical in rows} == {"SG Credit"} and len(rows) == 2
    rows = found("Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản (MAFF) công bố số liệu.", "vi")
    assert ("Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản", "ORG", "MAFF") in rows
    assert ("Công ty FPT Japan", "ORG", "FPT Nhật Bản") in found(
        "Ông Hải, Giám đốc Công ty FPT Japan, phát biểu.", "vi"
    )
    assert found("Ngân hàng Nhật chi 2 tỷ USD mua cổ phần.", "vi") == []


def test_stock_tickers_and_mixed_case_brands():
    text = "Quỹ ngoại mua vốn Công ty Cổ phần Nhựa Bình Minh (HoSE: BMP). Cổ phiếu BMP tăng, VietinBank cũng tăng."
    rows = found(text, "vi")
    assert ("HoSE", "ORG", "HoSE") in rows
    assert [canonical for surface, _, canonical in rows if surface == "BMP"] == ["Nhựa Bình Minh", "Nhựa Bình Minh"]
    assert ("VietinBank", "ORG", "VietinBank") in rows
    assert found("Cập nhật 10-3-2025 - 08:15 AM | Kinh doanh", "vi") == []


def test_a_one_syllable_country_inside_a_longer_place_name_is_not_the_country():
    rows = found("Nhà máy mới đặt tại TP Thủ Đức.", "vi")
    assert ("Thủ Đức", "LOC", "Thủ Đức") in rows and all(canonical != "Đức" for _, _, canonical in rows)


def test_english_possessives_inside_names_but_not_after_a_country():
    rows = found("The Da Nang People's Committee and the Vietnam Steel Makers' Association met.", "en")
    assert ("Da Nang People's Committee", "ORG", "Da Nang People's Committee") in rows
    assert ("Vietnam Steel Makers' Association", "ORG", "Vietnam Steel Makers' Association") in rows
    rows = found("Korea's Ministry of Trade said.", "en")
    assert ("Ministry of Trade", "ORG", "Ministry of Trade") in rows


def test_a_vietnamese_name_after_the_that_qualifies_a_thing_is_no_person():
    rows = found("Wastewater is carried to the Dong Dieu pumping station in District 8.", "en")
    assert "PER" not in [label for _, label, _ in rows]
    assert ("Pham Minh Chinh", "PER", "Pham Minh Chinh") in found("He met Pham Minh Chinh in Tokyo.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "From Hanoi it flies daily to Fukuoka, Osaka Kansai, Nagoya and Tokyo Haneda.",
        "The carrier flies to Osaka Kansai from Hanoi.",
    ],
)
def test_a_japanese_city_and_the_word_after_it_among_places_are_a_city_and_its_airport(text):
    rows = found(text, "en")
    assert ("Osaka", "LOC", "Osaka") in rows and ("Kansai", "LOC", "Kansai") in rows
    assert "PER" not in [label for _, label, _ in rows]
    assert ("Ishikawa Isamu", "PER", "Ishikawa Isamu") in found("He met Ishikawa Isamu, Tanaka Ken and others.", "en")


def test_a_company_named_by_its_trades_and_its_name_takes_the_short_name_the_article_also_uses():
    text = "Công ty cổ phần Nông nghiệp công nghệ cao Trung An xuất khẩu gạo. Chủ tịch Công ty Trung An cho biết."
    names = {(label, canonical) for _, label, canonical in found(text, "vi")}
    assert names == {("ORG", "Trung An")}


def test_a_name_that_ends_in_so_goes_on_over_its_number():
    assert found("Lãnh đạo Trường THPT số 1 dự lễ.", "vi") == [("Trường THPT số 1", "ORG", "Trường THPT số 1")]


def test_an_english_data_or_shopping_centre_is_a_building_and_the_names_in_it_count():
    rows = found("The site builds on the Tan Thuan CMC Data Center, the company's third facility.", "en")
    assert ("CMC", "ORG", "CMC") in rows and not any(s.endswith("Center") for s, _, _ in rows)
    assert ("Data Center Frontier", "ORG", "Data Center Frontier") in found("Data Center Frontier\n\nCMC builds.", "en")
    assert found("She joined the Vietnam Innovation Centre.", "en")[0][1] == "ORG"


def test_an_acronyms_possessive_owns_a_body_and_is_no_part_of_its_name():
    rows = found("Officials of MIC's Global Strategy Bureau attended.", "en")
    assert ("Global Strategy Bureau", "ORG", "Global Strategy Bureau") in rows
    assert ("Vietnam Women's Union", "ORG", "Vietnam Women's Union") in found("The Vietnam Women's Union met.", "en")


def test_a_connector_does_not_join_an_amount_to_a_name():
    rows = found("ANA bought a stake in Vietnam Airlines for VND2 trillion.", "en")
    assert ("Vietnam Airlines", "ORG", "Vietnam Airlines") in rows and len(rows) == 2


def test_a_regional_unit_takes_the_whole_foreign_name_before_its_region():
    assert found("Trước đó, Nomura Real Estate Asia đã đầu tư.", "vi") == [
        ("Nomura Real Estate Asia", "ORG", "Nomura Real Estate Asia")
    ]


def test_a_name_underthesea_runs_into_the_verb_after_it_is_cut_from_the_verb():
    """underthesea reads ``Phù Yên cảm ơn`` as one verb: the district, then ``cảm ơn`` (thanks)."""
    rows = found("Đại diện huyện Phù Yên cảm ơn Chính phủ và nhân dân Nhật Bản.", "vi")
    assert ("Phù Yên", "LOC", "Phù Yên") in rows and len(rows) == 2
    assert found("Cảm ơn Nhật Bản đã hỗ trợ.", "vi") == [("Nhật Bản", "LOC", "Nhật Bản")]


def test_cooperatives_and_courts_are_organisations():
    """Round 17 of issue 14: Hợp tác xã (HTX) is a company word, Tòa án a court's; a cooperative's trades may
    hold an adjective before its name (Nông sản sạch)."""
    text = "Ba hợp tác xã là HTX Tân Minh Đức (huyện Gia Lộc), HTX Nông sản sạch Bạch Đằng (thị xã Kinh Môn)."
    rows = found(text, "vi")
    assert [(s, c) for s, label, c in rows if label == "ORG"] == [
        ("HTX Tân Minh Đức", "Tân Minh Đức"),
        ("HTX Nông sản sạch Bạch Đằng", "Nông sản sạch Bạch Đằng"),
    ]
    court = found("Tòa án Tối cao Nhật Bản kết luận cô vô tội, lật lại phán quyết của Tòa án quận Kumamoto.", "vi")
    assert [s for s, label, _ in court] == ["Tòa án Tối cao Nhật Bản", "Tòa án quận Kumamoto"]


def test_a_company_name_that_starts_with_an_english_country_keeps_it():
    """``Việt Nam Nisshin Seifun`` is named by its brand; ``Japan Tobacco``'s country is part of its name."""
    assert found("Công ty TNHH Japan Tobacco mở văn phòng.", "vi") == [
        ("Công ty TNHH Japan Tobacco", "ORG", "Japan Tobacco")
    ]
    assert found("Công ty TNHH Việt Nam Nisshin Seifun khai trương.", "vi")[0][2] == "Nisshin Seifun"


def test_a_byline_names_a_person_of_any_nationality():
    assert ("Minh Anh Vu", "PER", "Minh Anh Vu") in found("Banks expand\n\nBy Minh Anh Vu\n\nLenders said.", "en")
    assert found("By Staff Writer\n\nLenders said.", "en") == []


def test_a_line_of_writers_and_the_places_they_write_from_is_a_byline():
    rows = found("Insurers grow in Asia\n\nMai Nguyen in Hanoi and Kenji Mori in Tokyo\n\nLenders said.", "en")
    assert [(s, label) for s, label, _ in rows][1:5] == [
        ("Mai Nguyen", "PER"),
        ("Hanoi", "LOC"),
        ("Kenji Mori", "PER"),
        ("Tokyo", "LOC"),
    ]
    assert ("Sumitomo Life", "ORG") in [
        (s, label) for s, label, _ in found("Sumitomo Life in Vietnam\n\nIt grew.", "en")
    ]


def test_an_english_full_name_with_in_a_place_before_its_acronym():
    rows = found("The Japan Business Association in Da Nang (JBAD) held a seminar.", "en")
    assert ("Japan Business Association in Da Nang", "ORG", "JBAD") in rows


def test_acronyms_of_agreements_and_programmes_are_not_organisations():
    text = "Hai nước cùng tham gia Hiệp định Thương mại Tự do Á - Âu (ATFA). Nhờ ATFA, xuất khẩu tăng."
    assert all(surface != "ATFA" for surface, _, _ in found(text, "vi"))
    assert found("Sinh viên nhận học bổng chương trình MEXT năm nay.", "vi") == []
    rows = found("Ban Quản lý Dự án Cảng biển (PMB) cho biết. PMB đã ký.", "vi")  # an organisation holding "Dự án"
    assert {canonical for _, _, canonical in rows} == {"PMB"} and len(rows) == 3


def test_company_words_after_a_place_and_abbreviated_park_heads():
    rows = found("Japan Airlines and Kyushu Electric signed with Vietnam Airlines; HCMC welcomed them.", "en")
    assert {("Japan Airlines", "ORG"), ("Kyushu Electric", "ORG"), ("Vietnam Airlines", "ORG")} <= {
        (s, lb) for s, lb, _ in rows
    }
    assert ("HCMC", "LOC", "Thành phố Hồ Chí Minh") in rows
    assert ("KCN Yên Phong", "LOC", "KCN Yên Phong") in found("Nhà máy đặt tại KCN Yên Phong.", "vi")


def test_an_abbreviated_title_with_its_full_stop_still_cues_a_person():
    rows = found("The plant was opened by Mr. Watanabe, who spoke after Dr. Tran.", "en")
    assert {("Watanabe", "PER"), ("Tran", "PER")} <= {(s, label) for s, label, _ in rows}


def test_when_a_full_name_and_its_acronym_name_two_known_bodies_the_acronym_wins():
    rows = found("Tổ chức Xúc tiến Thương mại Nhật Bản (JICA) công bố khảo sát.", "vi")
    assert {canonical for _, _, canonical in rows} == {"JICA"}


def test_va_between_two_foreign_names_joins_two_companies():
    rows = found("Công ty Rikkei và Sun Asterisk tuyển kỹ sư.", "vi")
    assert ("Công ty Rikkei", "ORG", "Rikkei") in rows and not any("và" in s for s, _, _ in rows)
    assert ("Bộ Công nghiệp và Thương mại", "ORG") in {
        (s, lb) for s, lb, _ in found("Bộ Công nghiệp và Thương mại họp.", "vi")
    }


def test_places_in_a_list_of_places_and_directions_after_phia():
    rows = found("Delegates came from Mie, Aichi and Hokkaido to Tokyo.", "en")
    assert ("Mie", "LOC", "Mie") in rows
    assert all(s != "Nam" for s, _, _ in found("Nhà máy ở các tỉnh phía Nam như Bình Dương mở rộng.", "vi"))


def test_a_news_outlet_after_a_lower_case_outlet_word():
    rows = found("Theo báo The Japan Times và đài NHK, số lao động tăng; báo Nhật cũng đưa tin.", "vi")
    assert {("The Japan Times", "ORG"), ("NHK", "ORG")} <= {(s, label) for s, label, _ in rows}
    assert all(s != "Nhật" for s, _, _ in rows)


def test_a_company_later_called_by_the_tail_of_its_name_is_named_by_that_short_form():
    text = "Quỹ mua lại Công ty Cổ phần Đầu tư Hải Long An Phú. Cổ đông của Hải Long An Phú đồng ý."
    rows = found(text, "vi")
    assert {canonical for _, label, canonical in rows if label == "ORG"} == {"Hải Long An Phú"}
    assert all(label == "ORG" for _, label, _ in rows)  # no place "Long An" inside the name
    rows = found("Tổng công ty Điện lực Sông Hồng Việt Nam ký hợp đồng. Việt Nam cần thêm điện.", "vi")
    assert rows[-1] == ("Việt Nam", "LOC", "Việt Nam")  # a known place is never a company's tail


def test_english_apposition_with_a_managing_director_and_lower_case_zone_kinds():
    rows = found(
        "According to Laura Chen, managing director of Acme Asia, demand rose in the Dinh Vu economic zone.", "en"
    )
    assert ("Laura Chen", "PER", "Laura Chen") in rows and ("Dinh Vu", "LOC", "Dinh Vu") in rows
    assert (
        found("Các DN và NĐT chờ EVFTA, CPTPP được thực thi.", "vi") == []
    )  # abbreviations of common nouns, agreements


def test_a_peoples_committee_is_named_with_its_place():
    rows = found("Lãnh đạo UBND tỉnh Hà Nam và Ủy ban nhân dân huyện Củ Chi tiếp đoàn.", "vi")
    assert {("UBND tỉnh Hà Nam", "ORG"), ("Ủy ban nhân dân huyện Củ Chi", "ORG")} <= {(s, lb) for s, lb, _ in rows}
    assert ("Phan Văn Mãi", "PER", "Phan Văn Mãi") in found("Chủ tịch UBND TP Phan Văn Mãi phát biểu.", "vi")


def test_english_field_lists_in_names_and_group_units_for_a_country():
    rows = found("Japan's Ministry of Land, Infrastructure, Transport and Tourism met Osaka Gas.", "en")
    assert ("Ministry of Land, Infrastructure, Transport and Tourism", "ORG") in {(s, lb) for s, lb, _ in rows}
    assert ("Osaka Gas", "ORG", "Osaka Gas") in rows
    assert {"Ministry of Finance", "Toyota", "Honda"} <= {
        s for s, _, _ in found("The Ministry of Finance, Toyota and Honda met.", "en")
    }
    assert ("Toyota Tsusho Vietnam", "ORG", "Toyota Tsusho Việt Nam") in found("Toyota Tsusho Vietnam opened.", "en")


def test_embassies_in_a_place_websites_and_companies_named_like_people():
    rows = found("The Korean Embassy in Japan cited Asahi.com on Monday.", "en")
    assert {("Korean Embassy in Japan", "ORG"), ("Asahi.com", "ORG")} <= {(s, lb) for s, lb, _ in rows}
    rows = found("Công ty cổ phần Phạm Minh Long ký với Thương vụ Việt Nam tại Hàn Quốc.", "vi")
    assert ("Công ty cổ phần Phạm Minh Long", "ORG", "Phạm Minh Long") in rows
    assert ("Thương vụ Việt Nam tại Hàn Quốc", "ORG") in {(s, lb) for s, lb, _ in rows}
    assert ("Trương Gia Bình", "PER", "Trương Gia Bình") in found("Tập đoàn FPT Trương Gia Bình", "vi")


def test_a_state_bodys_official_name_goes_on_in_lower_case():
    rows = found("Theo Cục Quản lý lao động ngoài nước, năm nay Vụ Hợp tác quốc tế cho biết thêm.", "vi")
    assert {("Cục Quản lý lao động ngoài nước", "ORG"), ("Vụ Hợp tác quốc tế", "ORG")} <= {(s, lb) for s, lb, _ in rows}
    rows = found("Sở Công Thương tỉnh Nam Định và Tập đoàn Hòa Phát tăng vốn.", "vi")
    assert ("Sở Công Thương tỉnh Nam Định", "ORG") in {(s, lb) for s, lb, _ in rows}  # named with its place
    assert ("Tập đoàn Hòa Phát", "ORG", "Hòa Phát") in rows  # a company name never goes on in lower case


def test_a_legal_form_inside_a_bank_name_and_a_person_after_a_company():
    rows = found("Ngân hàng Thương mại cổ phần Quân đội Việt Nam mở chi nhánh.", "vi")
    assert ("Ngân hàng Thương mại cổ phần Quân đội Việt Nam", "ORG") in {(s, lb) for s, lb, _ in rows}
    rows = found("Chủ tịch Công ty cổ phần Sao Mai Lê Đức Thành phát biểu.", "vi")
    assert ("Lê Đức Thành", "PER", "Lê Đức Thành") in rows
    assert ("Công ty cổ phần Sao Mai", "ORG", "Sao Mai") in rows


def test_hyphenated_identifiers_and_glued_sums_are_no_brands():
    assert found("Sau Covid-19, chỉ số HNX-Index và quỹ VND5 tăng.", "vi") == []


def test_a_person_named_like_the_company_after_an_honorific():
    rows = found("Kato Corporation mở văn phòng. Bà Kato Yumi cho biết công ty tuyển thêm.", "vi")
    assert ("Kato Yumi", "PER", "Kato Yumi") in rows and ("Kato Corporation", "ORG", "Kato") in rows


def test_english_names_with_places_inside_weekdays_after_and_universities_of_a_place():
    rows = found(
        "Osaka University and the University of Kansas on Monday met ABC Vietnam Trading Company Limited.", "en"
    )
    assert ("University of Kansas", "ORG", "Đại học Kansas") in rows
    assert ("ABC Vietnam Trading Company Limited", "ORG", "ABC Vietnam Trading") in rows
    rows = found("The Vietnam-Korea Friendship Association thanked Hanoi-Saigon Commercial Bank (HSB).", "en")
    assert ("Vietnam-Korea Friendship Association", "ORG") in {(s, lb) for s, lb, _ in rows}
    assert ("Hanoi-Saigon Commercial Bank", "ORG", "HSB") in rows
    rows = found("Officials of the Ministry of Culture, Sports, Science and Technology attended.", "en")
    assert ("Ministry of Culture, Sports, Science and Technology", "ORG") in {(s, lb) for s, lb, _ in rows}


def test_bylines_with_a_date_copyright_lines_and_based_places():
    assert ("Lan Pham", "PER", "Lan Pham") in found("By Lan Pham | 3 March, 2025", "en")
    assert ("Asia Weekly", "ORG", "Asia Weekly") in found("© Asia Weekly", "en")
    assert ("Sendai", "LOC", "Sendai") in found("The Sendai-based maker grew.", "en")


def test_a_zone_named_with_a_dash_and_its_short_name():
    text = "Công ty động thổ Khu công nghiệp Sakura - Nam Định giai đoạn 2 (SNIZ II). SNIZ II rộng 100 ha."
    rows = found(text, "vi")
    assert ("Khu công nghiệp Sakura - Nam Định", "LOC", "SNIZ II") in rows and ("SNIZ II", "LOC", "SNIZ II") in rows
    assert all(lb == "LOC" for _, lb, _ in rows)


def test_an_office_then_its_company_then_the_person():
    rows = found("Tổng Giám đốc Vinatex Mai Kiều Liên cho biết công ty tăng lương.", "vi")
    assert ("Vinatex", "ORG", "Vinatex") in rows and ("Mai Kiều Liên", "PER", "Mai Kiều Liên") in rows
    rows = found("Chủ tịch Sojitz Fujimoto Masayoshi và Giám đốc Kubota Việt Nam Tanaka Ken đến.", "vi")
    assert ("Sojitz", "ORG", "Sojitz") in rows and ("Fujimoto Masayoshi", "PER", "Fujimoto Masayoshi") in rows
    assert ("Tanaka Ken", "PER", "Tanaka Ken") in rows and not any(lb == "PER" and s == "Kubota" for s, lb, _ in rows)


def test_a_former_name_is_an_alias():
    rows = found("Sakura Tech Corp. (formerly Hana Soft Co., Ltd.) hired 50 engineers.", "en")
    assert [c for _, lb, c in rows if lb == "ORG"] == ["Sakura Tech", "Sakura Tech"]
    rows = found("Tập đoàn Sao Mai, trước đây là Công ty Hoa Mai, tuyển kỹ sư. Công ty Hoa Mai từng nhỏ.", "vi")
    assert {c for _, lb, c in rows if lb == "ORG"} == {"Sao Mai"}
    assert {c for _, lb, c in found("Tập đoàn Sao Mai và Công ty Hoa Mai ký kết.", "vi")} == {"Sao Mai", "Hoa Mai"}


def test_a_name_before_a_region_is_its_unit_for_the_region():
    rows = found("In 2022, Sankei Asia and Fujitsu Asia grew in Southeast Asia.", "en")
    assert ("Sankei Asia", "ORG", "Sankei Asia") in rows and ("Fujitsu Asia", "ORG", "Fujitsu Asia") in rows
    assert ("Southeast Asia", "LOC", "Đông Nam Á") in rows


def test_names_of_contests_apps_standards_and_roman_numerals_are_no_brands():
    text = "Cuộc thi Hackathon và ứng dụng Zalo đạt chứng chỉ ISO, nay khóa XV ghi nhận."
    assert [(s, lb) for s, lb, _ in found(text, "vi")] == []
    assert ("Zalo", "ORG", "Zalo") in found("Zalo tuyển thêm kỹ sư.", "vi")  # a company name alone still is one


def test_party_committees_companies_named_like_people_and_common_abbreviations():
    rows = found("Bí thư Tỉnh ủy Lê Văn Hòa dự lễ. Tỉnh ủy Nam Định chỉ đạo; miền Bắc thiếu điện.", "vi")
    assert ("Lê Văn Hòa", "PER", "Lê Văn Hòa") in rows and ("Tỉnh ủy Nam Định", "ORG", "Tỉnh ủy Nam Định") in rows
    assert ("miền Bắc", "LOC", "miền Bắc") in rows
    rows = found("Chủ đầu tư là Tập đoàn Hoàng Long Việt Nam (HLVN Group).", "vi")
    assert ("Tập đoàn Hoàng Long Việt Nam", "ORG", "HLVN Group") in rows
    rows = found("Công ty Cổ phần Điện khí LNG Nam Định xây Nhà máy nhiệt điện LNG Nam Định.", "vi")
    assert [c for _, lb, c in rows if lb == "ORG"] == ["Điện khí LNG Nam Định"]


def test_web_page_chrome_outlets_with_a_plus_and_newsroom_abbreviations():
    rows = found("PV/Vietnam+ đưa tin lúc 14:30 GMT+7. Tags: FDI, JICA", "vi")
    assert [(s, lb, c) for s, lb, c in rows] == [("Vietnam+", "ORG", "Vietnam+"), ("JICA", "ORG", "JICA")]


def test_english_company_cues_and_a_company_of_its_country():
    rows = found("The Japanese brokerage Hanaya bought shares, while Kairos invested $5 million.", "en")
    assert ("Hanaya", "ORG", "Hanaya") in rows and ("Kairos", "ORG", "Kairos") in rows
    assert ("Morita", "ORG") not in {(s, lb) for s, lb, _ in found("He met Morita said.", "en")}  # said: no cue
    rows = found("It signed a deal with LK Group of South Korea and Hanoi University of Science.", "en")
    assert ("LK Group", "ORG", "LK") in rows and ("South Korea", "LOC", "Hàn Quốc") in rows
    # a head opening a name takes "of", and the city before it (GUIDELINE: Hanoi University of Science and Technology)
    assert ("Hanoi University of Science", "ORG") in {(s, lb) for s, lb, _ in rows}


def test_the_company_after_a_company_office_of():
    rows = found("Kenji Watanabe, president of Sanko Denki, met the Minister of Finance Kato Katsunobu.", "en")
    assert ("Sanko Denki", "ORG", "Sanko Denki") in rows and ("Kato Katsunobu", "PER", "Kato Katsunobu") in rows
    assert ("Finance", "ORG") not in {(s, lb) for s, lb, _ in rows}


def test_a_factory_is_no_organisation_but_its_company_and_place_are():
    """The rules' reading; the learnt tagger may read the company's unit Canon Bắc Ninh there and widen it (rule
    tagger: a model's guess, measured better on unseen articles, not on every sentence)."""
    rows = extract_entities("Nhà máy Canon Bắc Ninh sản xuất máy in.", "vi", BEFORE_THE_TAGGER)
    assert rows[["surface", "label"]].values.tolist() == [["Canon", "ORG"], ["Bắc Ninh", "LOC"]]


def test_a_name_an_apposition_calls_an_outlet_is_no_person():
    """Nhan Dan is shaped like a person's name; the apposition's head noun calls it a newspaper, a noun that never
    names a person, so the brands rule names the outlet (session 13: with the tagger, too)."""
    text = "They met Nhan Dan, the newspaper of the Party, on Monday."
    for rules in (BEFORE_THE_TAGGER, RULES):
        assert extract_entities(text, "en", rules)[["surface", "label", "source"]].values.tolist() == [
            ["Nhan Dan", "ORG", "rule:brands"]
        ]


def test_a_vietnamese_state_body_followed_by_another_country_is_that_countrys_body():
    rows = found("Bộ Tài chính Nhật Bản và Bộ Tài chính ký kết; Quốc hội Nhật Bản thông qua.", "vi")
    assert ("Bộ Tài chính Nhật Bản", "ORG", "Bộ Tài chính Nhật Bản") in rows
    assert ("Bộ Tài chính", "ORG", "Bộ Tài chính") in rows  # Việt Nam's own ministry
    assert ("Quốc hội Nhật Bản", "ORG", "Quốc hội Nhật Bản") in rows
    assert ("Quốc hội Việt Nam", "ORG", "Quốc hội") in found("Quốc hội Việt Nam họp.", "vi")


def test_committees_ban_with_trung_uong_and_a_title_before_them():
    rows = found("Ông Ngô Đông Hải, Phó trưởng Ban Tuyên giáo và Dân vận Trung ương, phát biểu.", "vi")
    assert ("Ban Tuyên giáo và Dân vận Trung ương", "ORG") in {(s, lb) for s, lb, _ in rows}
    rows = found("Ngân hàng Trung ương Nhật Bản giữ lãi suất.", "vi")
    assert ("Ngân hàng Trung ương Nhật Bản", "ORG") in {(s, lb) for s, lb, _ in rows}
    rows = found("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cấp phép.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "ORG")]
    assert found("Ông Nam, Trưởng ban Quản lý các khu công nghiệp tỉnh, cho biết.", "vi") == [("Nam", "PER", "Nam")]


def test_codes_document_numbers_and_lines_are_no_brands():
    rows = found("Theo Nghị quyết 57-NQ/TW, gạo ST25 và nhà ga T2 cùng tuyến Metro số 2 được nhắc tới.", "vi")
    assert not [r for r in rows if r[1] == "ORG"], rows
    assert ("NDH", "ORG") in {(s, lb) for s, lb, _ in found("Cổ phiếu tăng.\n\nTheo Như Tâm/NDH", "vi")}


def test_a_short_name_in_brackets_may_be_a_long_brand_or_hyphenated():
    rows = found(
        "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) và Công ty CP Dịch vụ Di động Trực tuyến (M-Service) ký.",
        "vi",
    )
    assert ("Ngân hàng TMCP Ngoại thương Việt Nam", "ORG", "Vietcombank") in rows
    assert ("Công ty CP Dịch vụ Di động Trực tuyến", "ORG", "M-Service") in rows


def test_investment_firms_foreign_banks_and_clipped_countries_after_a_head():
    rows = found("Công ty đã gọi vốn từ Goodwater Capital, Kora Management và Standard Chartered Private Equity.", "vi")
    assert {"Goodwater Capital", "Kora Management", "Standard Chartered Private Equity"} <= {
        c for _, lb, c in rows if lb == "ORG"
    }
    assert ("Ngân hàng Mizuho", "ORG", "Mizuho") in found("Ngân hàng Mizuho sẽ chi 20 tỷ yen.", "vi")
    assert not [r for r in found("Ngân hàng Nhật này đã rót vốn từ lâu.", "vi") if r[1] == "ORG"]
    assert not [r for r in found("Người dùng Ví MoMo tăng nhanh.", "vi") if r[1] == "PER"]


def test_an_unknown_company_also_named_without_its_company_words_is_named_so():
    rows = found(
        "Ông Nagao, Giám đốc điều hành Yamato Holdings, cho biết. Do thiếu tài xế, Yamato muốn mở trường.", "vi"
    )
    assert ("Yamato Holdings", "ORG", "Yamato") in rows and ("Yamato", "ORG", "Yamato") in rows
    rows = found("Japan's Kawanishi Warehouse Co., Ltd. bought a stake. Kawanishi, a Kobe-based firm, said so.", "en")
    assert {c for _, lb, c in rows if lb == "ORG"} == {"Kawanishi"}
    rows = found("Mitsubishi Motors and Mitsubishi signed.", "en")  # a known company's group company stays itself
    assert {"Mitsubishi Motors", "Mitsubishi"} <= {c for _, _, c in rows}


def test_a_title_case_headline_names_only_known_names():
    rows = found("Japan Bets on Gas, Wind and Grids in Vietnam's Energy Transition\n\nJERA said so.", "en")
    assert {c for _, _, c in rows} >= {"Nhật Bản", "Việt Nam"} and not {"Grids", "Wind"} & {c for _, _, c in rows}
    assert ("Thao Nguyen", "PER", "Thao Nguyen") in found("By Thao Nguyen | 10 January, 2025\n\nIt rained.", "en")
    # place kinds in lower case show a sentence's casing, not a headline's: its names are read
    rows = found("- roads in Buon Kai village, Ea Toh commune, Krong Nang district, in Dak Lak;", "en")
    assert {("Buon Kai", "LOC"), ("Ea Toh", "LOC"), ("Krong Nang", "LOC")} <= {(s, lb) for s, lb, _ in rows}


def test_english_bodies_in_a_place_nationality_adjectives_and_roles_in_apposition():
    rows = found(
        "He met the Consulate General of Vietnam in Osaka and the Association of Vietnamese Intellectuals in Japan.",
        "en",
    )
    assert {"Consulate General of Vietnam in Osaka", "Association of Vietnamese Intellectuals in Japan"} <= {
        s for s, _, _ in rows
    }
    rows = found(
        "Toyota Motor Corp. and Vietnamese conglomerate Vingroup agreed. Vietnamese Ambassador Pham Quang Hieu spoke.",
        "en",
    )
    assert not [r for r in rows if r[0] == "Vietnamese"]
    rows = found(
        "The minister received Steven Winn, JERA's global chief strategist, "
        "and Dean Kahler, vice provost for enrollment.",
        "en",
    )
    assert {("Steven Winn", "PER"), ("Dean Kahler", "PER")} <= {(s, lb) for s, lb, _ in rows}
    assert not [r for r in found("Toyota, whose chief executive spoke, agreed.", "en") if r[1] == "PER"]


def test_vietnamese_places_in_one_word_and_brands_after_in():
    rows = found("A plant in Haiphong and a port in Danang; Mizuho holds shares in VietinBank.", "en")
    assert {("Haiphong", "LOC", "Hải Phòng"), ("Danang", "LOC", "Đà Nẵng"), ("VietinBank", "ORG", "VietinBank")} <= set(
        rows
    )


def test_full_name_pairs_after_an_abbreviated_legal_form():
    rows = found("JERA, the venture of Tokyo Electric Power Co. (TEPCO) and Chubu Electric Power, said so.", "en")
    assert ("Tokyo Electric Power Co.", "ORG", "TEPCO") in rows and ("TEPCO", "ORG", "TEPCO") in rows
    rows = found(
        "It joined Sumitomo Mitsui Banking Corp. (SMBC) and Toan Phat Irradiation Co., Ltd. (TPI) in May.", "en"
    )
    assert {("SMBC", "ORG", "SMBC"), ("TPI", "ORG", "TPI"), ("Toan Phat Irradiation Co., Ltd.", "ORG", "TPI")} <= set(
        rows
    )


def test_english_company_words_inside_vietnamese_names_and_what_is_no_name():
    rows = found("Công ty CMC Telecom, Tập đoàn SBI Holdings và Tập đoàn Sumitomo Corporation ký kết.", "vi")
    assert {
        ("Công ty CMC Telecom", "CMC Telecom"),
        ("Tập đoàn SBI Holdings", "SBI"),
        ("Tập đoàn Sumitomo Corporation", "Sumitomo"),
    } <= {(s, c) for s, _, c in rows}
    rows = found("Trung tâm thương mại Aeon Mall Huế sắp mở; chương trình học bổng JDS tiếp tục.", "vi")
    assert {s for s, _, _ in rows} == {"Aeon", "Huế"}
    rows = found("Thứ trưởng Đỗ Hùng Việt nói doanh nghiệp Nhật và hàng Việt đều hưởng lợi.", "vi")
    assert [r for r in rows if r[1] == "PER"] == [("Đỗ Hùng Việt", "PER", "Đỗ Hùng Việt")]
    rows = found("“Chúng tôi lạc quan”, bà Tanaka Mai, Tổng Giám đốc Socionext Việt Nam nói.", "vi")
    assert ("Socionext", "PER") not in {(s, lb) for s, lb, _ in rows}


def test_no_person_or_place_for_an_organisation_word_or_a_character():
    rows = found(
        "Trường ký với Quỹ Giao lưu Quốc tế Nhật Bản (Japan Foundation) và giới thiệu nhân vật Doraemon.", "vi"
    )
    assert not [r for r in rows if r[0] in ("Japan Foundation", "Doraemon") and r[1] != "ORG"], rows
    assert not [r for r in rows if r[0] == "Doraemon"], rows
    assert ("Japan Foundation", "ORG", "Japan Foundation") in rows  # the pair's short name (issue 14, round 4)


def test_a_known_company_and_a_foreign_word_is_a_group_company_not_a_person():
    rows = found("Nhiều doanh nghiệp muốn cung ứng cho Toyota Boshoku và Denso.", "vi")
    assert ("Toyota Boshoku", "ORG", "Toyota Boshoku") in rows
    assert ("Toyota Boshoku", "PER") not in {(s, lb) for s, lb, _ in rows}


def test_titles_before_a_body_of_the_party_or_a_company_and_the_person_after_it():
    rows = found("Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh Nguyễn Văn Phong cho biết.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Nguyễn Văn Phong", "PER")]
    rows = found("Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh phát biểu.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Ban Kinh tế Trung ương", "ORG"), ("Trần Tuấn Anh", "PER")]
    assert ("Ban Tổ chức Trung ương", "ORG") in {
        (s, lb) for s, lb, _ in found("Trưởng Ban Tổ chức Trung ương dự.", "vi")
    }
    assert [(s, lb) for s, lb, _ in found("Tổng Giám đốc Sojitz cho biết.", "vi")] == [("Sojitz", "ORG")]
    assert [(s, lb) for s, lb, _ in found("Giám đốc Tanaka cho biết.", "vi")] == [("Tanaka", "PER")]
    assert ("Thái Đô", "LOC") in {(s, lb) for s, lb, _ in found("Dự án ở xã Thái Đô được khởi công.", "vi")}


def test_another_countrys_ministry_in_english():
    rows = found("Japan's Ministry of Finance and Vietnam's Ministry of Finance met.", "en")
    assert [c for _, lb, c in rows if lb == "ORG"] == ["Bộ Tài chính Nhật Bản", "Bộ Tài chính"]


def test_a_company_name_may_hold_words_shaped_like_a_persons_name_when_no_office_comes_before():
    rows = found("Công ty TNHH Việt Nam Hana Sakura đã khởi công nhà máy ở Long An.", "vi")
    assert ("Công ty TNHH Việt Nam Hana Sakura", "ORG", "Hana Sakura") in rows  # its brand names it
    assert not [r for r in rows if r[1] == "PER"], rows
    rows = found("Công ty TNHH Việt Nam Hana Sakura mở nhà máy. Hana Sakura tuyển 300 người.", "vi")
    assert {(lb, c) for _, lb, c in rows} == {("ORG", "Hana Sakura")}, rows
    rows = found("Chị Mai làm việc cho Công ty Cổ phần Cơ khí Lê Thành (Lethaco) từ năm 2019.", "vi")
    assert ("Công ty Cổ phần Cơ khí Lê Thành", "ORG", "Lethaco") in rows
    rows = found("Giám đốc Công ty Sakura Soft Lê Minh Hưng dự lễ.", "vi")
    assert ("Lê Minh Hưng", "PER", "Lê Minh Hưng") in rows


def test_a_brand_and_a_company_word_in_brackets_name_the_company():
    rows = found(
        "Công ty TNHH Dịch vụ Kho vận Hoa Mai (Hoamai Logistics) mở kho mới; Hoamai Logistics thuê 200 người.", "vi"
    )
    assert {c for s, lb, c in rows if lb == "ORG"} == {"Hoamai Logistics"}, rows
    rows = found("Tập đoàn Sakura Soft (Nhật Bản) mở văn phòng tại Đà Nẵng.", "vi")
    assert ("Nhật Bản", "LOC", "Nhật Bản") in rows


def test_foreign_words_run_into_viet_nam_are_a_companys_unit_and_its_name_alone_the_parent():
    rows = found("Hanamoto Seiki Việt Nam đã khánh thành nhà máy. Đại diện Hanamoto Seiki cho biết.", "vi")
    assert ("Hanamoto Seiki Việt Nam", "ORG", "Hanamoto Seiki Việt Nam") in rows
    assert ("Hanamoto Seiki", "ORG", "Hanamoto Seiki") in rows
    assert not [r for r in rows if r[1] in ("PER", "LOC")], rows
    rows = found("Ông Kato Ryo, Tổng Giám đốc Daikoku Việt Nam, cho biết.", "vi")
    assert ("Daikoku Việt Nam", "ORG", "Daikoku Việt Nam") in rows
    assert ("Việt Nam", "LOC", "Việt Nam") in found("Bà Kato làm việc tại Việt Nam.", "vi")


def test_a_name_whose_initials_spell_the_acronym_in_brackets_is_its_full_name():
    rows = found("Quỹ bán vốn tại Hanoi Green Fab Labs (HGFL) cho đối tác; HGFL sẽ mở rộng.", "vi")
    assert ("Hanoi Green Fab Labs", "ORG", "HGFL") in rows
    assert not [r for r in rows if r[1] == "LOC"], rows


def test_a_country_in_brackets_is_no_acronym():
    rows = found("Its arm MOL Logistics (Vietnam) bought a stake; MOL Logistics said so.", "en")
    assert ("MOL Logistics (Vietnam)", "ORG", "MOL Logistics (Vietnam)") in rows
    assert ("ORG", "Việt Nam") not in {(lb, c) for _, lb, c in rows}
    rows = found("Tập đoàn Lixil (Nhật Bản) khởi công nhà máy.", "vi")
    assert ("Nhật Bản", "LOC", "Nhật Bản") in rows


def test_a_company_is_named_by_its_foreign_brand_after_words_of_its_trade():
    rows = found("Công ty Cổ phần Chứng khoán Hanacap ước tính doanh thu tăng.", "vi")
    assert ("Công ty Cổ phần Chứng khoán Hanacap", "ORG", "Hanacap") in rows
    assert ("Công ty Sun Asterisk", "ORG", "Sun Asterisk") in found("Công ty Sun Asterisk tuyển 200 kỹ sư.", "vi")
    rows = found("Công ty Cổ phần Ô tô Trường Hải mở nhà máy.", "vi")
    assert ("Công ty Cổ phần Ô tô Trường Hải", "ORG", "Ô tô Trường Hải") in rows


def test_units_of_shipping_are_no_brands():
    assert found("Bến số 3 đón tàu 100.000 DWT, công suất 1,1 triệu TEU mỗi năm.", "vi") == []


def test_a_state_bodys_list_of_fields_is_one_name_and_a_person_after_a_committees_place_is_no_place():
    rows = found("Dự án do Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản tài trợ.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản", "ORG")]
    rows = found("Bộ Tài chính, Vietcombank và BIDV họp.", "vi")
    assert [s for s, _, _ in rows] == ["Bộ Tài chính", "Vietcombank", "BIDV"]
    rows = found("Phó Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn tiếp đoàn.", "vi")
    assert ("UBND tỉnh Bắc Ninh", "ORG", "UBND tỉnh Bắc Ninh") in rows
    assert ("Vương Quốc Tuấn", "PER", "Vương Quốc Tuấn") in rows


def test_two_known_companies_run_into_more_words_are_one_joint_name_but_not_in_a_list():
    rows = found("Công ty con do Sumitomo Mitsui Financial Group sở hữu toàn bộ.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Sumitomo Mitsui Financial Group", "ORG")]
    rows = found("Các hãng Nipro Panasonic, CMC và FPT chia sẻ kinh nghiệm.", "vi")
    assert ("Nipro", "ORG", "Nipro") in rows and ("Panasonic", "ORG", "Panasonic") in rows


def test_a_city_or_region_right_before_an_organisation_word_names_the_body():
    rows = found("Tanimoto Jun, executive vice president of Kyushu University, spoke in Fukuoka.", "en")
    assert ("Kyushu University", "ORG", "Đại học Kyushu") in rows
    rows = found("The Osaka Chamber of Commerce and Industry met Can Tho University.", "en")
    assert ("Osaka Chamber of Commerce and Industry", "ORG", "Osaka Chamber of Commerce and Industry") in rows
    assert ("Can Tho University", "ORG", "Đại học Cần Thơ") in rows
    rows = extract_entities("Vietnam Association members met buyers.", "en", BEFORE_THE_TAGGER)  # the rules' reading
    assert ["Vietnam", "LOC", "Việt Nam"] in rows[["surface", "label", "canonical"]].values.tolist()  # stays a place
    rows = found("The Vietnam Association met buyers.", "en")  # unless after "the": a proper name (round 23)
    assert ("Vietnam Association", "ORG", "Vietnam Association") in rows


def test_a_short_first_line_of_capitalised_words_is_the_outlets_masthead():
    rows = found("The Japan Times\n\nBusiness\n\nToyota expands its plant in Vinh Phuc.", "en")
    assert rows[0] == ("The Japan Times", "ORG", "The Japan Times")
    assert found("JIJI PRESS\n\nBusiness\n\nText.", "en")[0] == ("JIJI PRESS", "ORG", "Jiji Press")
    assert ("Japan", "LOC", "Nhật Bản") in found("Japan Vietnam\n\nText.", "en")  # only known names: no masthead
    rows = found("Toyota said Japan Vietnam\n\nText.", "en")  # not a first line of capitalised words
    assert ("Japan", "LOC", "Nhật Bản") in rows
    rows = found("Tạp chí Tài chính\n\nNgân hàng\n\nVietcombank ký khoản vay với JBIC.", "vi")
    assert rows[0] == ("Tạp chí Tài chính", "ORG", "Tạp chí Tài chính")


def test_a_byline_names_its_writer_after_by_or_author():
    assert found("By An Nguyen\n\nMarch 24, 2026\n\nText.", "en")[0] == ("An Nguyen", "PER", "An Nguyen")
    assert found("Author: Tran Minh Duc\n\nVietnam is short of engineers.", "en")[0][1] == "PER"
    assert found("Written by Linh Pham | 10 January, 2025", "en") == [("Linh Pham", "PER", "Linh Pham")]
    assert found("By Staff Writer\n\nText.", "en") == []


def test_an_english_company_name_may_run_over_its_country():
    rows = found("Ms Yuko Adachi, vice president at Gartner Japan, praised the engineers.", "en")
    assert ("Gartner Japan", "ORG", "Gartner Japan") in rows and ("LOC", "Nhật Bản") not in {r[1:] for r in rows}
    rows = found("The plant is run by a new company, Kyocera Mita Vietnam Technology, set up in May.", "en")
    assert ("Kyocera Mita Vietnam Technology", "ORG", "Kyocera Mita Vietnam Technology") in rows
    rows = found("Outside Japan, wages rose; trade between Japan and Vietnam grew.", "en")
    assert [r[1] for r in rows] == ["LOC", "LOC", "LOC"]


def test_two_capitalised_foreign_words_joined_by_a_hyphen_are_one_name():
    rows = found("Loans from Nishi-Nippon City Bank and Mercedes-Benz Vietnam were signed.", "en")
    assert [s for s, _, _ in rows] == ["Nishi-Nippon City Bank", "Mercedes-Benz Vietnam"]
    rows = found("Các khoản vay của Nishi-Nippon City Bank và Hewlett-Packard đã được ký.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Nishi-Nippon City Bank", "ORG"), ("Hewlett-Packard", "ORG")]
    assert [s for s, _, _ in found("The Japan-China talks went on.", "en")] == ["Japan", "China"]


def test_a_province_after_a_family_name_is_the_given_names_of_a_person():
    rows = found("Nguyen Hai Phong, director of the company, said sales grew.", "en")
    assert rows == [("Nguyen Hai Phong", "PER", "Nguyen Hai Phong")]
    rows = found("Le Thai Binh, a researcher, and officials from Hai Phong attended.", "en")
    assert rows == [("Le Thai Binh", "PER", "Le Thai Binh"), ("Hai Phong", "LOC", "Hải Phòng")]


def test_an_office_is_no_name_a_known_one_or_not():
    rows = found("Quốc vụ khanh Adachi Masashi đón đoàn. Theo ông Adachi, đây là hướng đi quan trọng.", "vi")
    assert rows == [("Adachi Masashi", "PER", "Adachi Masashi"), ("Adachi", "PER", "Adachi Masashi")]
    rows = found("Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Lê Tiến Châu, Đảng và UBND tiếp đoàn.", "vi")
    assert "Trưởng Đoàn" not in {s for s, _, _ in rows} and ("Lê Tiến Châu", "PER", "Lê Tiến Châu") in rows
    assert found("Ông Trương Gia Bình phát biểu.", "vi") == [("Trương Gia Bình", "PER", "Trương Gia Bình")]


def test_a_zones_phase_number_belongs_to_its_name():
    rows = found("Dự án nằm tại KCN Nhơn Trạch 2 và KCN Amata.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("KCN Nhơn Trạch 2", "LOC"), ("KCN Amata", "LOC")]
    rows = found("Canon has plants at Que Vo Industrial Park 2 and in Hanoi.", "en")
    assert ("Que Vo Industrial Park 2", "LOC", "Que Vo Industrial Park 2") in rows


def test_the_short_form_of_lower_case_words_is_a_term_not_an_organisation():
    assert found("Firms depend on the bridge system engineer, or BrSE. A BrSE earns more.", "en") == []
    rows = found("Japan leads in foreign direct investment (FDI), and the bank, or VCB, agreed.", "en")
    assert [s for s, _, _ in rows] == ["Japan", "VCB"]  # VCB: no lower-case words it shortens


def test_a_known_place_in_capitals_before_a_colon_is_a_dateline():
    assert found("TOKYO: Japan's Toyota will raise output.", "en")[0] == ("TOKYO", "LOC", "Tokyo")
    assert found("BREAKING NEWS: Toyota will expand.", "en") == [("Toyota", "ORG", "Toyota")]


def test_consortia_schools_and_councils_named_with_their_place_are_organisations():
    rows = found("The Kyushu Semiconductor Human Resource Development Consortium met FPT.", "en")
    assert rows[0] == ("Kyushu Semiconductor Human Resource Development Consortium", "ORG", rows[0][0])
    assert ("Meros Language School", "ORG", "Meros Language School") in found("FPT chose Meros Language School.", "en")
    assert found("She went to school in Tokyo.", "en") == [("Tokyo", "LOC", "Tokyo")]
    rows = found("Ông Murano Seiichi, thành viên Hội đồng thành phố Kobe, dẫn đầu.", "vi")
    assert ("Hội đồng thành phố Kobe", "ORG", "Hội đồng thành phố Kobe") in rows


def test_an_organisation_whose_initials_the_article_uses_is_named_by_them():
    rows = found("Thời báo Ngân hàng\n\nChủ nhật, 17/12/2023\n\n(TBNH) - Thủ tướng tiếp đoàn.", "vi")
    assert {c for _, lb, c in rows if lb == "ORG"} == {"TBNH"}
    rows = found("Nghị quyết của Đảng được triển khai.\n\n(ĐCSVN) - Tin tiếp.", "vi")  # a known name keeps its own
    assert ("Đảng", "ORG", "Đảng Cộng sản Việt Nam") in rows


def test_languages_adjectives_abbreviated_months_and_time_zones_are_no_names():
    assert found("The course is taught only in English.", "en") == []
    rows = found(
        "Da Nang, Vietnam, Oct. 22 (Jiji Press)--Japan invests in the central Vietnamese city of Da Nang.", "en"
    )
    assert {s for s, _, _ in rows} == {"Da Nang", "Vietnam", "Jiji Press", "Japan"}
    assert found("Business | Oct 22, 2019 19:04 JST", "en") == []
    rows = found("The Japan Science and Technology Agency (JST) met at 07:15 AM JST. JST said so.", "en")
    assert [c for _, _, c in rows] == ["JST", "JST", "JST"]  # the agency, not the time zone


def test_an_events_word_before_a_company_verb_is_no_company():
    rows = found("On Saturday, the 10th Vietnam-Japan Festival opened in the city.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Vietnam", "LOC"), ("Japan", "LOC")]
    assert ("Kyocera", "ORG", "Kyocera") in found("Last year Kyocera invested in Vietnam.", "en")


def test_a_known_organisations_unit_for_a_country_is_named_with_it():
    rows = found("Staff of the JICA Vietnam Office met the ASEAN Japan Centre.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("JICA Vietnam Office", "ORG"), ("ASEAN Japan Centre", "ORG")]
    assert found("FPT Japan Holdings grew.", "en")[0][2] == "FPT Nhật Bản"  # the gazetteer's unit


def test_a_provinces_unit_is_named_with_its_place_like_its_peoples_committee():
    rows = found("Sở Công Thương tỉnh Bắc Ninh và Hiệp hội Doanh nghiệp tỉnh Đồng Nai ký kết.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Sở Công Thương tỉnh Bắc Ninh", "ORG"),
        ("Hiệp hội Doanh nghiệp tỉnh Đồng Nai", "ORG"),
    ]
    rows = found("Bệnh viện Đa khoa tỉnh Quảng Ninh nhận máy; Cục Đầu tư nước ngoài thành phố Hà Nội họp.", "vi")
    assert ("Bệnh viện Đa khoa tỉnh Quảng Ninh", "ORG") in [(s, lb) for s, lb, _ in rows]
    rows = found("Sở Khoa học và Công nghệ tỉnh đã làm việc với đoàn.", "vi")  # no place named: the office alone
    assert rows == [("Sở Khoa học và Công nghệ", "ORG", "Sở Khoa học và Công nghệ")]
    rows = found("Giám đốc Sở Công Thương tỉnh Nam Định Nguyễn Văn Hùng dự lễ.", "vi")
    assert ("Nguyễn Văn Hùng", "PER") in [(s, lb) for s, lb, _ in rows]
    assert ("Sở Công Thương tỉnh Nam Định", "ORG") in [(s, lb) for s, lb, _ in rows]


def test_a_lower_case_company_word_introduces_a_companys_name():
    rows = found("Ông Mitani Mitsuru, Chủ tịch tập đoàn Mitani Sangyo, thăm Vĩnh Long.", "vi")
    assert ("Mitani Sangyo", "ORG", "Mitani Sangyo") in rows  # not a person, though shaped like one
    rows = found("Đại diện công ty Kobelco Eco-Solutions gặp tập đoàn Nhật Bản Sojitz.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Kobelco Eco-Solutions", "ORG"),
        ("Nhật Bản", "LOC"),
        ("Sojitz", "ORG"),
    ]
    rows = found("Nhiều công ty Nhật Bản và các công ty FDI mở rộng sản xuất.", "vi")
    assert rows == [("Nhật Bản", "LOC", "Nhật Bản")]  # the companies of a country, a kind of firm


def test_chambers_city_departments_branches_and_consulates_are_organisations():
    rows = found("Ông Hà tiếp Chủ tịch Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam (JCCI) Takeuchi.", "vi")
    assert ("Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam", "ORG", "JCCI") in rows
    rows = found(
        "Phòng Kinh tế thành phố Biên Hòa và Chi cục Hải quan Bắc Ninh gặp Tổng lãnh sự quán Nhật Bản tại Osaka.", "vi"
    )
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Phòng Kinh tế thành phố Biên Hòa", "ORG"),
        ("Chi cục Hải quan Bắc Ninh", "ORG"),
        ("Tổng lãnh sự quán Nhật Bản tại Osaka", "ORG"),
    ]
    assert found("Phòng họp được trang trí.", "vi") == []  # a room, no name


def test_english_energy_steel_shipping_and_news_companies_end_in_their_company_word():
    rows = found("Vietnam Electricity (EVN), JFE Steel and Vietnam National Shipping Lines met Kyodo News.", "en")
    assert [(s, lb, c) for s, lb, c in rows] == [
        ("Vietnam Electricity", "ORG", "EVN"),
        ("EVN", "ORG", "EVN"),
        ("JFE Steel", "ORG", "JFE Steel"),
        ("Vietnam National Shipping Lines", "ORG", "Vietnam National Shipping Lines"),
        ("Kyodo News", "ORG", "Kyodo News"),
    ]
    rows = found("Ministers backed the Japan-U.S. Strategic Energy Partnership at the Clean Energy Summit.", "en")
    assert "ORG" not in {lb for _, lb, _ in rows}  # a programme and an event: the company word is inside


def test_a_name_ending_in_a_region_is_no_person_and_a_first_outlet_word_still_counts():
    rows = found("Theo Nikkei Asia, ông Yamada Taro sẽ sang Hà Nội.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Nikkei Asia", "ORG"), ("Yamada Taro", "PER"), ("Hà Nội", "LOC")]
    rows = found("Tờ Nikkei Asia đưa tin về Sanyo.", "vi")
    assert ("Nikkei Asia", "ORG") in [(s, lb) for s, lb, _ in rows]


def test_the_partys_central_committee_is_its_own_organisation():
    rows = found("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đồng Nai Nguyễn Hồng Lĩnh dự lễ.", "vi")
    assert [(s, lb, c) for s, lb, c in rows][0] == ("Trung ương Đảng", "ORG", "Trung ương Đảng")
    rows = found("Ban Chấp hành Trung ương Đảng ra nghị quyết; Đảng lãnh đạo.", "vi")
    assert [c for _, _, c in rows] == ["Trung ương Đảng", "Đảng Cộng sản Việt Nam"]


def test_a_management_board_is_named_with_the_zones_it_manages():
    rows = found("Ban Quản lý Khu công nghệ cao Hòa Lạc cấp phép; Ban Quản lý Khu kinh tế Vân Đồn họp.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Ban Quản lý Khu công nghệ cao Hòa Lạc", "ORG"),
        ("Ban Quản lý Khu kinh tế Vân Đồn", "ORG"),
    ]
    rows = found("Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi tiếp đoàn.", "vi")
    assert rows[0][:2] == ("Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi", "ORG")
    rows = found("Ban Quản lý các Khu chế xuất và công nghiệp TP.HCM (HEPZA) ký kết.", "vi")
    assert [c for _, _, c in rows] == ["HEPZA", "HEPZA"]
    rows = found("Công ty Canon thuê đất ở Khu công nghiệp Quế Võ.", "vi")  # no board: the park is a place
    assert ("Khu công nghiệp Quế Võ", "LOC") in [(s, lb) for s, lb, _ in rows]


def test_initials_inside_a_name_neither_end_the_sentence_nor_the_name():
    rows = found("Mitsui O.S.K. Lines and J.P. Morgan met in Vietnam.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Mitsui O.S.K. Lines", "ORG"),
        ("J.P. Morgan", "ORG"),
        ("Vietnam", "LOC"),
    ]
    assert [c for _, _, c in found("Sales in the U.S. rose. Then Toyota said so.", "en")] == ["Hoa Kỳ", "Toyota"]


def test_a_place_based_adjective_or_a_companys_unit_word_introduces_a_company():
    rows = found("Tokyo-based Sun Asterisk opened an office; Masan said its unit WinCommerce grew.", "en")
    assert ("Sun Asterisk", "ORG") in [(s, lb) for s, lb, _ in rows]
    assert ("WinCommerce", "ORG") in [(s, lb) for s, lb, _ in rows]
    assert found("A Tokyo-based Japanese firm invested.", "en") == [("Tokyo", "LOC", "Tokyo")]
    rows = found("Hanoi-based analyst Nguyen Van An said so.", "en")
    assert ("Nguyen Van An", "PER") in [(s, lb) for s, lb, _ in rows]


def test_newspapers_and_magazines_are_named_by_their_last_word():
    rows = found("The Saigon Times and Vietnam Investment Review cited the Wall Street Journal.", "en")
    assert [c for _, _, c in rows] == ["The Saigon Times", "Vietnam Investment Review", "Wall Street Journal"]
    assert found("Post offices opened three times a week.", "en") == []


def test_an_organisations_own_body_named_by_its_function_is_no_organisation():
    assert found("Ban Tổ chức cho biết hội chợ thu hút 300 gian hàng. Ban Giám khảo chọn 10 sản phẩm.", "vi") == []
    rows = found("Chủ tịch Hội đồng Quản trị Tập đoàn FPT Trương Gia Bình phát biểu.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Tập đoàn FPT", "ORG"), ("Trương Gia Bình", "PER")]
    rows = found("Ban Điều hành Công ty Vinamilk họp với Ban Tổ chức Trung ương.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Công ty Vinamilk", "ORG"), ("Ban Tổ chức Trung ương", "ORG")]
    assert found("Ban Thường vụ họp sáng nay. Ban Cố vấn cho biết kết quả tốt.", "vi") == []  # round 27


def test_one_foreign_word_after_a_place_word_is_a_foreign_place():
    rows = found("Đoàn đã thăm tỉnh Tochigi và thành phố Utsunomiya.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [("Tochigi", "LOC"), ("Utsunomiya", "LOC")]
    rows = found("Chủ tịch UBND TP Phan Văn Mãi dự lễ.", "vi")  # a person's name after a body's place word
    assert ("Phan Văn Mãi", "PER") in [(s, lb) for s, lb, _ in rows]


def test_and_comes_before_the_last_item_of_a_list():
    """``A and B, C`` is no list of three: a title's ``Planning and Investment`` makes no minister a company."""
    rows = found("She thanked Minister of Planning and Investment Nguyen Chi Dung, Tuoi Tre News said.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Nguyen Chi Dung", "PER"), ("Tuoi Tre News", "ORG")]
    rows = found("Toyota, Ford, Tokuyama and Volvo opened plants.", "en")  # a list still makes its items companies
    assert ("Tokuyama", "ORG") in [(s, lb) for s, lb, _ in rows]


def test_malaysian_honorifics_are_titles_not_part_of_the_name():
    """``Datuk Seri``, ``Tan Sri``, ``Tengku`` are honorifics of the Malaysian press, like ``Mr``: never
    part of a name, and a cue that a person follows (sentences written for this test)."""
    rows = found("Former prime minister Tan Sri Muhyiddin Yassin said the coalition would contest the seat.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Muhyiddin Yassin", "PER")]
    rows = found("Trade Minister Tengku Datuk Seri Zafrul Aziz met Japanese investors in Kuala Lumpur.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Zafrul Aziz", "PER"), ("Kuala Lumpur", "LOC")]
    rows = found("Datuk Seri Najib Razak was sentenced on Tuesday, the court said.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Najib Razak", "PER")]


def test_every_english_legal_form_ends_a_company_name():
    """``Limited``, ``Plc``, ``Bhd``, ``B.V.`` and ``N.V.`` end a company's name as ``Ltd`` does, and are left
    out of its canonical name (sentences written for this test, in the style of wire-service business news)."""
    rows = found("The plant is owned by Tokyo Electron Limited, the ministry said.", "en")
    assert [(s, lb, c) for s, lb, c in rows] == [("Tokyo Electron Limited", "ORG", "Tokyo Electron")]
    rows = found("Shell Nederland B.V. and Philips N.V. signed the agreement.", "en")
    assert [(lb, c) for _, lb, c in rows] == [("ORG", "Shell Nederland"), ("ORG", "Philips")]
    rows = found("Petronas Chemicals Group Bhd and Standard Chartered Plc said on Monday.", "en")
    assert [(lb, c) for _, lb, c in rows] == [("ORG", "Petronas Chemicals"), ("ORG", "Standard Chartered")]
    assert found("Limited progress was made, he said.", "en") == []


def test_a_chamber_abroad_is_named_with_its_country():
    """``Chamber`` takes ``in <place>`` as ``Association`` does (sentence written for this test)."""
    rows = found("The American Chamber of Commerce in Vietnam said members expected higher costs.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("American Chamber of Commerce in Vietnam", "ORG")]


def test_across_articles_false_reads_each_article_alone():
    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "lang": ["en"] * 3,
            "text": ["Mr Shigeru Ishiba spoke.", "Mr Ishiba Shigeru spoke.", "Mr Ishiba Shigeru came."],
        }
    )
    merged = corpus_entities(corpus)
    alone = corpus_entities(corpus, across_articles=False)
    assert set(merged.canonical) == {"Ishiba Shigeru"}
    assert alone.canonical.tolist() == ["Shigeru Ishiba", "Ishiba Shigeru", "Ishiba Shigeru"]


# --- round 12 of issue 14: held-out batches M and N --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ông mở hai buổi xúc tiến đầu tư ở TP. Okazaki và TP. Nagoya.", "vi", ("Okazaki", "LOC", "Okazaki")),
        ("Lễ ký diễn ra đúng lúc Nagasaki tập dượt cho lễ hội.", "vi", ("Nagasaki", "LOC", "Nagasaki")),
        (
            "Japanese forwarder Hankyu Hanshin Express opened. Hankyu Hanshin is chasing shippers.",
            "en",
            ("Hankyu Hanshin", "ORG", "Hankyu Hanshin"),
        ),
        (
            "Mitsubishi will invest in Vinhomes, the group's real estate developer, for smart cities.",
            "en",
            ("Vinhomes", "ORG", "Vinhomes"),
        ),
        (
            "In central Vietnam, Chan May Port JSC said bookings rose.",
            "en",
            ("Chan May Port JSC", "ORG", "Chan May Port"),
        ),
        ("Hoa Sen JSC said exports rose.", "en", ("Hoa Sen JSC", "ORG", "Hoa Sen")),
        ("Vietnam's Ministry of Health (MoH) signed. The MoH said more.", "en", ("MoH", "ORG", "Bộ Y tế")),
        (
            "Ông là nguyên Bộ trưởng Bộ Nông Lâm Thủy sản Nhật Bản.",
            "vi",
            ("Bộ Nông Lâm Thủy sản Nhật Bản", "ORG", "Bộ Nông Lâm Thủy sản Nhật Bản"),
        ),
        (
            "Ủy ban Hợp tác kinh tế Nhật Bản - Mê Kông họp.",
            "vi",
            ("Ủy ban Hợp tác kinh tế Nhật Bản - Mê Kông", "ORG", "Ủy ban Hợp tác kinh tế Nhật Bản - Mê Kông"),
        ),
        ("Theo Quỹ Dân số Liên hợp quốc (UNFPA), dân số già đi.", "vi", ("Quỹ Dân số Liên hợp quốc", "ORG", "UNFPA")),
        (
            "Dự án xây Trường phổ thông dân tộc bán trú La Giôn ở Điện Biên.",
            "vi",
            ("Trường phổ thông dân tộc bán trú La Giôn", "ORG", "Trường phổ thông dân tộc bán trú La Giôn"),
        ),
        (
            "The plant is owned by Hanoi People's Committee and Hanoi Urban Environment Company Limited (URENCO).",
            "en",
            ("Hanoi People's Committee", "ORG", "Hanoi People's Committee"),
        ),
        (
            "MARKETING-INTERACTIVE\n\nMuji opens its first store.",
            "en",
            ("MARKETING-INTERACTIVE", "ORG", "Marketing-Interactive"),
        ),
        ("Eco-Business\n\nJapan funds solar power.", "en", ("Eco-Business", "ORG", "Eco-Business")),
        ("The Ministry of National Defense signed.", "en", ("Ministry of National Defense", "ORG", "Bộ Quốc phòng")),
    ],
)
def test_names_from_the_held_out_batches(text, lang, expected):
    """Places after TP., companies by their legal forms and company nouns, mixed-case acronyms, state bodies,
    schools, mastheads and British or American spellings (rounds 12 and 13 of issue 14)."""
    assert expected in found(text, lang)


def test_festivals_storms_memoranda_and_terms_in_brackets_are_not_organisations():
    rows = found("Trường bị bão Bualoi tàn phá trước lễ hội Kunchi.", "vi")
    assert not {"Bualoi", "Kunchi"} & {s for s, _, _ in rows}
    assert found("The two sides signed an MoU on Monday after typhoon Bualoi.", "en") == []
    assert found("A seminar on hereditary angioedema (HAE), a rare disease, was held.", "en") == []
    rows = found("Cranes came from Phuoc An Port Investment and Operation JSC (PAP), the buyer said.", "en")
    assert ("PAP", "ORG") in [(s, label) for s, label, _ in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Báo Tổ Quốc\n\nKinh tế\n\n(Tổ Quốc) - Nhà máy chạy từ tháng 11.",
            [("Báo Tổ Quốc", "ORG", "Báo Tổ Quốc"), ("Tổ Quốc", "ORG", "Báo Tổ Quốc")],
        ),
        (
            "Bộ trưởng Tô Lâm gặp Bộ trưởng Bộ Nội vụ và Truyền thông Matsumoto Takeaki.",
            [("Bộ Nội vụ và Truyền thông", "ORG", "Bộ Nội vụ và Truyền thông Nhật Bản")],
        ),
        (
            "Đại diện Hội Hữu nghị Nhật - Việt tại TP Sakai phát biểu.",
            [("Hội Hữu nghị Nhật - Việt tại TP Sakai", "ORG", "Hội Hữu nghị Nhật - Việt tại TP Sakai")],
        ),
        (
            "Hiệp hội giao lưu Nhật - Việt tỉnh Miyagi đã tặng cây.",
            [("Hiệp hội giao lưu Nhật - Việt tỉnh Miyagi", "ORG", "Hiệp hội giao lưu Nhật - Việt tỉnh Miyagi")],
        ),
    ],
)
def test_outlets_keep_bao_foreign_ministries_without_their_country_and_bilateral_bodies(text, expected):
    """An outlet is named with Báo, its tag as the outlet; Japan's ministry without Nhật Bản is Japan's (no other
    entry has that name); an association's name goes on over tại and a place word, and over a clipped pair."""
    rows = found(text, "vi")
    assert all(e in rows for e in expected), rows
    assert ("Bộ Ngoại giao", "ORG", "Bộ Ngoại giao") in found("Bộ Ngoại giao cho biết.", "vi")


def test_a_terms_abbreviation_and_its_later_uses_are_no_organisation():
    """An acronym whose letters abbreviate the lower-case words before its bracket (some from inside them) is a
    term's, and so are its later uses, also at a sentence's start."""
    text = "A seminar on hereditary angioedema (HAE) was held. Patients with HAE need care. HAE is rare."
    assert found(text, "en") == []
    assert found("Trains use communications-based train control (CBTC). CBTC is new.", "en") == []
    rows = found("Japan Bank for International Cooperation (JBIC) lent. JBIC said.", "en")
    assert [canonical for _, _, canonical in rows] == ["JBIC"] * 3


def test_a_clipped_country_after_a_title_and_before_a_dash_is_no_person():
    rows = found("Hai bên giữ cơ chế Đối thoại An ninh cấp Thứ trưởng Việt - Nhật. Ông Việt cho biết.", "vi")
    assert rows == [("Việt", "PER", "Việt")] and rows[0] == found("Ông Việt cho biết.", "vi")[0]


def test_a_masthead_with_a_classifier_or_a_verb_is_no_writers_name():
    rows = found("Người Đưa Tin\n\nXã hội\n\nDoanh nghiệp Nhật Bản hỗ trợ trường học.", "vi")
    assert ("Người Đưa Tin", "ORG", "Người Đưa Tin") in rows
    assert ("Thanh Hà", "ORG") not in [(s, label) for s, label, _ in found("Thanh Hà\n\nTỉnh tiếp đoàn.", "vi")]


def test_a_company_named_by_its_trades_goes_on_to_its_own_name():
    rows = found("Công ty cổ phần Thương mại và dịch vụ Tuấn Kiệt HD đã ký hợp đồng.", "vi")
    assert rows == [("Công ty cổ phần Thương mại và dịch vụ Tuấn Kiệt HD", "ORG", "Thương mại và dịch vụ Tuấn Kiệt HD")]
    assert found("Tập đoàn Sumitomo và đối tác Hanoi Fab ký kết.", "vi")[0] == ("Tập đoàn Sumitomo", "ORG", "Sumitomo")


def test_a_companys_unit_for_a_country_is_told_by_the_legal_form_after_its_bracket():
    rows = found("The store is run by Fast Retailing (Singapore) Pte. Ltd., a unit of the group.", "en")
    assert [(label, canonical) for _, label, canonical in rows] == [("ORG", "Fast Retailing (Singapore)")]


def test_titles_with_a_full_stop_sections_and_ways_of_making_are_no_organisations():
    assert found("Theo TS. Hoàng Văn Thức, Cục trưởng.", "vi") == [("Hoàng Văn Thức", "PER", "Hoàng Văn Thức")]
    assert found("SUSTAINABILITY\n\nThe plant burns waste.", "en") == []
    assert found("The mill makes garments on an OEM basis.", "en") == []
    rows = found("Giám đốc Trung tâm dịch vụ việc làm Nguyễn Văn An phát biểu.", "vi")
    assert rows == [("Nguyễn Văn An", "PER", "Nguyễn Văn An")]


def test_a_company_noun_makes_a_romanised_name_a_company_and_a_plural_kind_two_places():
    rows = found("Satoshi Mori, who heads the business of parent company Ryohin Keikaku, spoke.", "en")
    assert ("Ryohin Keikaku", "ORG", "Ryohin Keikaku") in rows and ("Satoshi Mori", "PER", "Satoshi Mori") in rows
    assert found("The fund was led by investor Kenji Sato, who spoke.", "en") == [("Kenji Sato", "PER", "Kenji Sato")]
    rows = found("The store is at the corner of Dong Khoi and Le Thanh Ton streets.", "en")
    assert [(s, label) for s, label, _ in rows] == [("Dong Khoi", "LOC"), ("Le Thanh Ton", "LOC")]


def test_a_name_made_a_person_only_by_its_shape_takes_the_sense_a_cue_gives_it_elsewhere():
    text = "Muji opened at the corner of Dong Khoi and Le Thanh Ton streets. Le Thanh Ton is busy."
    assert [(s, label) for s, label, _ in found(text, "en") if "Muji" not in s][-1] == ("Le Thanh Ton", "LOC")
    text = "Prime Minister Pham Minh Chinh met investors. Pham Minh Chinh said more."
    assert {label for _, label, _ in found(text, "en")} == {"PER"}


def test_a_route_end_joined_by_a_dash_to_a_place_is_no_person():
    rows = found("Vietjet flies Ho Chi Minh City - Osaka and Hanoi - Tokyo Narita daily.", "en")
    assert "PER" not in {label for _, label, _ in rows}


@pytest.mark.parametrize(
    "text",
    [
        "Sojitz opens a warehouse\n\nJuly 19, 2023 | by Priya Nair\n\nThe firm said.",
        "Honda to swap batteries\n\nPriya Nair | Dec 16 2025 - 6:05 am PT\n\nThe firm said.",
        "Hitachi buys a stake\n\nPriya Nair, 12 May 2021\n\nThe firm said.",
    ],
)
def test_a_byline_with_its_date_before_or_after_the_name(text):
    assert ("Priya Nair", "PER", "Priya Nair") in found(text, "en")


def test_one_unknown_word_before_an_outlets_tag_is_a_datelines_place():
    rows = found("Magnet makers eye Vietnam\n\nJOHANNESBURG (miningweekly.com) – Producers are preparing plants.", "en")
    assert ("JOHANNESBURG", "LOC", "Johannesburg") in rows
    assert found("UPDATE - The plant opened.", "en") == []


def test_a_japanese_place_after_a_place_word_and_vietnams_regions():
    rows = found("Thống đốc tỉnh Gunma Yamamoto Ichita đã dẫn 29 doanh nghiệp.", "vi")
    assert rows == [("Gunma", "LOC", "Gunma"), ("Yamamoto Ichita", "PER", "Yamamoto Ichita")]
    rows = found("Các tỉnh đồng bằng sông Hồng thu hút vốn Nhật Bản.", "vi")
    assert ("đồng bằng sông Hồng", "LOC", "Đồng bằng sông Hồng") in rows


def test_a_romanised_name_listed_between_organisations_is_one_but_a_vietnamese_name_stays_a_person():
    rows = found("Speakers named Takeda, Taisho and Daiichi Sankyo among the Japanese groups expanding.", "en")
    assert ("Daiichi Sankyo", "ORG", "Daiichi Sankyo") in rows
    assert ("Nguyen Van An", "PER", "Nguyen Van An") in found("FPT, Viettel and Nguyen Van An spoke.", "en")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("They were received by Emperor Naruhito and Empress Masako.", "en", [("Naruhito", "PER"), ("Masako", "PER")]),
        (
            "Japan aids Vietnam under its Official Security Assistance (OSA) framework.",
            "en",
            [("Japan", "LOC"), ("Vietnam", "LOC")],
        ),
        ("The roadshow followed Tourism Expo Japan in Osaka.", "en", [("Japan", "LOC"), ("Osaka", "LOC")]),
        ("PUBLISHED TUE, FEB 3 2026 9:41 AM EST\n\nThe fund opened.", "en", []),
        ("The plant was planned at 2 to 3.2 GWe.", "en", []),
        (
            "JERA to buy 35% of Gia Lai Electricity for JPY 15bn",
            "en",
            [("JERA", "ORG"), ("Gia Lai Electricity", "ORG")],
        ),
        ("Analysis by Emily Hart\n\nThe leaders met.", "en", [("Emily Hart", "PER")]),
        (
            "Ông An, Phó Giám đốc Sở NN-PTNT Hải Dương, cho biết.",
            "vi",
            [("An", "PER"), ("Sở NN-PTNT Hải Dương", "ORG")],
        ),
        ("Theo số liệu của Hải quan Việt Nam, xuất khẩu tăng.", "vi", [("Hải quan Việt Nam", "ORG")]),
        (
            "Công ty Cổ phần Thực phẩm xuất nhập khẩu Toàn Cầu cho biết.",
            "vi",
            [("Công ty Cổ phần Thực phẩm xuất nhập khẩu Toàn Cầu", "ORG")],
        ),
        (
            "Công ty TNHH Sản phẩm máy tính Fujitsu tuyển thêm.",
            "vi",
            [("Công ty TNHH Sản phẩm máy tính Fujitsu", "ORG")],
        ),
        (
            "Công ty Thương mại xuất khẩu sang Nhật Bản nhiều hàng.",
            "vi",
            [("Công ty Thương mại", "ORG"), ("Nhật Bản", "LOC")],
        ),
        (
            "Đây là công ty con của tập đoàn Nhật Bản Sharp Corp. tại Bình Định.",
            "vi",
            [("Nhật Bản", "LOC"), ("Sharp Corp.", "ORG"), ("Bình Định", "LOC")],
        ),
        (
            "Nhà văn hóa ở số 6 đường Nguyễn Thị Minh Khai, Hội An.",
            "vi",
            [("Nguyễn Thị Minh Khai", "LOC"), ("Hội An", "LOC")],
        ),
    ],
)
def test_round_18_titles_programmes_timestamps_bylines_departments_trades_and_streets(text, lang, expected):
    """Round 18 of issue 14: a monarch's title, a programme or an event named by a term word, a timestamp's time
    zone, month and unit, an amount after a connector, a column's byline, a department of initials glued by a
    hyphen, customs, a company named by its trades (over a verb of trade, to a known company), a country in
    Vietnamese before an English company name, and a street named after a person."""
    assert [(s, label) for s, label, _ in found(text, lang)] == expected


def test_a_portal_masthead_is_named_as_vietnamese_spelling_writes_it():
    rows = found("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI\n\nTin tức\n\nDoanh nghiệp Nhật tăng vốn.", "vi")
    assert rows[0] == ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI", "ORG", "Cổng thông tin điện tử tỉnh Đồng Nai")


def test_a_name_paired_with_an_acronym_is_named_by_it_without_its_legal_form_too():
    rows = found("Gia Lai Electricity sells a stake\n\nJERA buys part of Gia Lai Electricity JSC (GEC) today.", "en")
    assert ("Gia Lai Electricity", "ORG", "GEC") in rows, rows


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "DIỄN ĐÀN DOANH NGHIỆP\n\nVĨNH LONG - (DĐDN) - Acecook khánh thành nhà máy.",
            "vi",
            [("DĐDN", "ORG"), ("Vĩnh Long", "LOC"), ("DĐDN", "ORG"), ("Acecook", "ORG")],
        ),
        ("CÔNG AN TP.HCM\n\nVăn hóa\n\n(CATP) Sáng 9/8, hội diễn khai mạc.", "vi", [("CATP", "ORG"), ("CATP", "ORG")]),
        ("BỘ CÔNG THƯƠNG VIỆT NAM\n\nXuất khẩu\n\nXoài tăng.", "vi", [("Bộ Công Thương", "ORG")]),
        ("PHỤ NỮ TP.HCM\n\nSức khỏe\n\nJICA trao sổ tay.", "vi", [("Phụ nữ TP.HCM", "ORG"), ("JICA", "ORG")]),
        ("Nitori hợp tác với Kohnan Japan mở cửa hàng.", "vi", [("Nitori", "ORG"), ("Kohnan Japan", "ORG")]),
        ("Công an tỉnh Bình Dương cho biết.", "vi", [("Công an tỉnh Bình Dương", "ORG")]),
        ("Châu Á - Thái Bình Dương là thị trường lớn.", "vi", [("châu Á - Thái Bình Dương", "LOC")]),
        ("The plant is in Thua Thien Hue province.", "en", [("Thừa Thiên Huế", "LOC")]),
        (
            "It hired East Japan Institute of Technology Co., Ltd) staff.",
            "en",
            [("East Japan Institute of Technology", "ORG")],
        ),
    ],
)
def test_round_19_mastheads_tags_units_in_english_regions_provinces_and_legal_forms(text, lang, expected):
    """Round 19 of issue 14: a masthead in capitals named as the gazetteer spells its parts (TP.HCM) or as the
    known body it names; a tag after the dateline's dash or opening the report in brackets; a foreign company's
    unit named with a country in English in a Vietnamese text; the police of a province; a region written with a
    capital; the province of Thừa Thiên Huế unaccented; a legal form that takes no closing bracket."""
    assert [(c, label) for _, label, c in found(text, lang)] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("INQUIRER.NET\n\nCaregivers pass the exam.", "en", [("Inquirer.net", "ORG")]),
        ("FoodNavigator-Asia\n\nThe venture grew.", "en", [("FoodNavigator-Asia", "ORG")]),
        ("Robotics & Automation News\n\nThe plant opened.", "en", [("Robotics & Automation News", "ORG")]),
        (
            "It is run by T-Matsuoka Medical Centre in Hanoi.",
            "en",
            [("T-Matsuoka Medical Centre", "ORG"), ("Hà Nội", "LOC")],
        ),
        (
            "Viện Huyết học - Truyền máu Trung ương tiếp nhận.",
            "vi",
            [("Viện Huyết học - Truyền máu Trung ương", "ORG")],
        ),
        ("Tạp chí Kinh tế Môi trường - Dù nhỏ, chuối tăng.", "vi", [("Tạp chí Kinh tế Môi trường", "ORG")]),
    ],
)
def test_round_20_web_addresses_hyphened_mastheads_ampersands_initials_central_bodies_and_leads(text, lang, expected):
    """Round 20 of issue 14: a masthead that is a web address (one sentence, though underthesea cuts it at its
    full stop) or two parts joined by a hyphen or ``&``; a name glued by a hyphen to an initial; a central body's
    name closed by Trung ương after its lower-case tail; an outlet's name before the dash of a lead."""
    assert [(c, label) for _, label, c in found(text, lang)] == expected


def test_a_web_address_is_one_sentence():
    assert helpers.text.sentence_spans("Theo VnExpress.net, giá tăng. Sau đó giảm.") == [(0, 29), (30, 42)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The plan passed. Retailer Aeon Group has proposed a mall.", "en", [("Aeon Group", "ORG", "Aeon")]),
        (
            "Japanese-invested Kyokuto Vietnam Co., Ltd. opened a plant.",
            "en",
            [("Kyokuto Vietnam Co., Ltd.", "ORG", "Kyokuto Vietnam")],
        ),
        (
            "Proton is owned by Perusahaan Otomobil Nasional Berhad today.",
            "en",
            [("Perusahaan Otomobil Nasional Berhad", "ORG", "Perusahaan Otomobil Nasional")],
        ),
        (
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN\n\nTin tức\n\n(Hưng Yên) - Ngày 1/8, tỉnh họp.",
            "vi",
            [
                ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN", "ORG", "Cổng thông tin điện tử tỉnh Hưng Yên"),
                ("Hưng Yên", "LOC", "Hưng Yên"),
            ],
        ),
    ],
)
def test_round_21_descriptions_before_a_company_malaysian_forms_and_a_bracketed_dateline(text, lang, expected):
    """Round 21 of issue 14: a noun for a kind of company or a hyphened adjective opening the run describes the
    company (Retailer, Japanese-invested); Berhad is a legal form; a known place alone in brackets that opens the
    report is its dateline, not an outlet's tag."""
    assert [r for r in found(text, lang) if r[1] != "PER"] == expected


def test_a_foreign_agency_tai_a_city_is_its_office_there():
    """Round 22 of issue 14: JETRO tại Hà Nội is named as JETRO Hà Nội, as the guideline names Văn phòng JICA tại
    Việt Nam; an agency tại its own country is the agency and a place."""
    assert found("Theo JETRO tại Hà Nội, doanh nghiệp tăng.", "vi") == [("JETRO tại Hà Nội", "ORG", "JETRO Hà Nội")]
    assert [c for _, _, c in found("JICA tại Nhật Bản cho biết.", "vi")] == ["JICA", "Nhật Bản"]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Osaka Gas Co., Ltd.", "Osaka Gas"),
        ("Mitsui & Co.", "Mitsui"),
        ("BRG Group Joint Stock Company", "BRG"),
        ("Mizuho Financial Group", "Mizuho Financial Group"),
        ("Sumitomo Mitsui Banking Corporation", "Sumitomo Mitsui Banking"),
        ("Holdings", "Holdings"),
    ],
)
def test_one_rule_strips_legal_forms_from_words_and_from_units(name, bare):
    """The canonical name (units, punctuation apart) and the tagger's training names (words) strip alike."""
    from helpers.entities.lexicon import _WORD, closing_forms_start, without_closing_forms

    units = _WORD.findall(name)
    assert " ".join(without_closing_forms(name.split())) == bare
    assert "".join(u if u in ",.&" else " " + u for u in units[: closing_forms_start(units)]).strip() == bare


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The port was built by Nippon Yusen Kabushiki Kaisha and partners.",
            "en",
            [("Nippon Yusen Kabushiki Kaisha", "ORG", "Nippon Yusen")],
        ),
        ("Orix Kabushiki Kaisha said.", "en", [("Orix Kabushiki Kaisha", "ORG", "Orix")]),
        (
            "Nipro opened a plant in the Vietnam-Singapore Industrial Park.",
            "en",
            [
                ("Nipro", "ORG", "Nipro"),
                ("Vietnam-Singapore Industrial Park", "LOC", "Vietnam-Singapore Industrial Park"),
            ],
        ),
        ("Công ty CP LNG Việt Nam là chủ đầu tư.", "vi", [("Công ty CP LNG Việt Nam", "ORG", "LNG Việt Nam")]),
        ("The SHTP Management Board said so.", "en", [("SHTP Management Board", "ORG", "SHTP Management Board")]),
        ("It worked with the Japan Foundation on it.", "en", [("Japan Foundation", "ORG", "Japan Foundation")]),
        (
            "The port is run by the Vietnam Maritime Administration.",
            "en",
            [("Vietnam Maritime Administration", "ORG", "Vietnam Maritime Administration")],
        ),
        (
            "Hiệu trưởng Đại học Doshisha thăm trường. Doshisha đặt trụ sở tại Kyoto.",
            "vi",
            [
                ("Đại học Doshisha", "ORG", "Đại học Doshisha"),
                ("Doshisha", "ORG", "Đại học Doshisha"),
                ("Kyoto", "LOC", "Kyoto"),
            ],
        ),
    ],
)
def test_company_forms_zones_and_bodies_of_round_23(text, lang, expected):
    """Kabushiki Kaisha is a legal form, so no person; two places glued by a hyphen open a zone's name; a legal
    form glued by underthesea to the name after it is still a legal form; Management Board and Administration
    close a body's name, as does any organisation word after ``the`` and a country; an institution's bare name is
    the institution."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Ngày 17/11, Bệnh viện St. Mary's của Nhật Bản đã ký biên bản ghi nhớ hợp tác (MOU) mới.",
            "vi",
            [("Bệnh viện St. Mary's", "ORG", "Bệnh viện St. Mary's"), ("Nhật Bản", "LOC", "Nhật Bản")],
        ),
        ("The team at St. Mary's Hospital agreed.", "en", [("St. Mary's Hospital", "ORG", "St. Mary's Hospital")]),
        (
            "It is owned by B.Grimm Power Public Company Limited, a Thai firm.",
            "en",
            [("B.Grimm Power Public Company Limited", "ORG", "B.Grimm Power")],
        ),
        (
            "Công ty Cổ phần TTP và Công ty Cổ phần Tập đoàn Trường Thành Việt Nam (TTVN) đầu tư.",
            "vi",
            [
                ("Công ty Cổ phần TTP", "ORG", "TTP"),
                ("Công ty Cổ phần Tập đoàn Trường Thành Việt Nam", "ORG", "TTVN"),
                ("TTVN", "ORG", "TTVN"),
            ],
        ),
        ("Công ty Cổ phần Tập đoàn cho biết.", "vi", []),
        ("Bí thư Thành ủy đề nghị JICA hỗ trợ hai dự án.", "vi", [("JICA", "ORG", "JICA")]),
        (
            "The Da Nang Hi-Tech Park and Industrial Zones Authority said so.",
            "en",
            [
                (
                    "Da Nang Hi-Tech Park and Industrial Zones Authority",
                    "ORG",
                    "Da Nang Hi-Tech Park and Industrial Zones Authority",
                )
            ],
        ),
        (
            "Thang Long Industrial Park and Sumitomo Corporation signed.",
            "en",
            [
                ("Thang Long Industrial Park", "LOC", "Thang Long Industrial Park"),
                ("Sumitomo Corporation", "ORG", "Sumitomo"),
            ],
        ),
        (
            "Bà Lan thuộc Vụ Nghiệp vụ khu vực tư nhân của ADB phát biểu.",
            "vi",
            [
                ("Lan", "PER", "Lan"),
                ("Vụ Nghiệp vụ khu vực tư nhân", "ORG", "Vụ Nghiệp vụ khu vực tư nhân"),
                ("ADB", "ORG", "ADB"),
            ],
        ),
        ("Bệnh viện nhận 2 thiết bị xét nghiệm PCR và sản phẩm OCOP.", "vi", []),
    ],
)
def test_saints_initials_company_words_zones_and_terms_of_round_24(text, lang, expected):
    """St. and a glued initial open a name; company words alone open the name an acronym took, or name nothing; a
    verb's object is no unit of the body before it; and joins zones a body is named by; khu vực before a noun is a
    sector; an acronym after a word for a test or product names that thing, no organisation."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The council signed a memorandum with the Yamaguchi Prefectural Assembly.",
            "en",
            [("Yamaguchi Prefectural Assembly", "ORG", "Yamaguchi Prefectural Assembly")],
        ),
        (
            "The Vietnam Trade Office in Japan organised it.",
            "en",
            [("Vietnam Trade Office in Japan", "ORG", "Vietnam Trade Office in Japan")],
        ),
        ("Đại diện UBND TP. Đà Nẵng phát biểu.", "vi", [("UBND TP. Đà Nẵng", "ORG", "UBND TP. Đà Nẵng")]),
        (
            "Theo Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa phía Bắc, năm nay tăng.",
            "vi",
            [
                (
                    "Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa phía Bắc",
                    "ORG",
                    "Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa phía Bắc",
                )
            ],
        ),
        ("Cục Quản lý lớn và đã làm việc.", "vi", [("Cục Quản lý lớn", "ORG", "Cục Quản lý lớn")]),
    ],
)
def test_assemblies_offices_abbreviated_place_words_and_paired_adjectives_of_round_25(text, lang, expected):
    """Assembly closes a body's name and Office takes "in <place>"; TP. keeps its full stop before a known place;
    two adjectives joined by và and a point of the compass after phía go on a body's lower-case field."""
    assert found(text, lang) == expected


def test_an_english_text_cut_anywhere_is_read_without_error():
    """A student may paste part of an article: every prefix of a sentence with a list of fields, legal forms and
    an acronym in brackets is read, each row's surface its span (a text that ended inside the list of fields
    raised IndexError before the fix)."""
    text = "Japan's Ministry of Economy, Trade and Industry, Sumitomo Mitsui Banking Corp. (SMBC) and FPT Corp. signed."
    for end in range(1, len(text) + 1):
        rows = extract_entities(text[:end], "en")
        assert all(text[r.start : r.end] == r.surface for r in rows.itertuples())


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "DONG NAI, Vietnam -- The agency signed a loan.",
            "en",
            [("DONG NAI", "LOC", "Đồng Nai"), ("Vietnam", "LOC", "Việt Nam")],
        ),
        (
            "Power Construction Joint Stock Company No. 1 (PC1) owns it.",
            "en",
            [("Power Construction Joint Stock Company No. 1", "ORG", "PC1"), ("PC1", "ORG", "PC1")],
        ),
        (
            "Cục trưởng Cục Hạ tầng kỹ thuật khi đó là bà Mai Thị Liên Hương.",
            "vi",
            [
                ("Cục Hạ tầng kỹ thuật", "ORG", "Cục Hạ tầng kỹ thuật"),
                ("Mai Thị Liên Hương", "PER", "Mai Thị Liên Hương"),
            ],
        ),
        (
            "CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nBộ Lao động - Thương binh và Xã hội họp.",
            "vi",
            [
                (
                    "CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                    "ORG",
                    "Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội",
                ),
                ("Bộ Lao động - Thương binh và Xã hội", "ORG", "Bộ Lao động - Thương binh và Xã hội"),
            ],
        ),
        (
            "Nara Medical University, Osaka City University and Kyoto Prefectural University of Medicine signed.",
            "en",
            [
                ("Nara Medical University", "ORG", "Đại học Y khoa Nara"),
                ("Osaka City University", "ORG", "Đại học Thành phố Osaka"),
                ("Kyoto Prefectural University of Medicine", "ORG", "Đại học Y khoa tỉnh Kyoto"),
            ],
        ),
        (
            "Osaka Metropolitan University signed.",
            "en",
            [("Osaka Metropolitan University", "ORG", "Đại học Osaka Metropolitan")],
        ),
    ],
)
def test_datelines_numbered_names_portals_and_universities_of_session_12(text, lang, expected):
    """``, <country> --`` closes a dateline; ``No. 1`` ends a name; khi (when) ends a state body's lower-case name;
    capitals on both sides of a dash are one masthead, a ministry's portal no short form of the ministry; an English
    university's kind words in Vietnamese when every other word is a name, else its English words."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "He met the University of Da Nang and Ha Long University.",
            "en",
            [("University of Da Nang", "ORG", "Đại học Đà Nẵng"), ("Ha Long University", "ORG", "Đại học Hạ Long")],
        ),
        (
            "Trường ĐH Kinh tế và Trường CĐ Kỹ thuật Cao Thắng ký kết.",
            "vi",
            [
                ("Trường ĐH Kinh tế", "ORG", "Đại học Kinh tế"),
                ("Trường CĐ Kỹ thuật Cao Thắng", "ORG", "Cao đẳng Kỹ thuật Cao Thắng"),
            ],
        ),
        (
            "PetroVietnam Gas Joint Stock Corp. signed.",
            "en",
            [("PetroVietnam Gas Joint Stock Corp.", "ORG", "PetroVietnam Gas")],
        ),
    ],
)
def test_universities_of_a_place_school_abbreviations_and_joint_stock_corporations(text, lang, expected):
    """A university named for a place takes the place's Vietnamese name (a district's spelling too); ``ĐH``, ``CĐ``
    are written out; ``Joint Stock Corp.`` is a legal form (session 13 of issue 14)."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Luong Minh Sam of Dong A University said.",
            [("Luong Minh Sam", "PER", "Luong Minh Sam"), ("Dong A University", "ORG", "Đại học Dong A")],
        ),
        (
            "Kameda Shogo of Kameda Medical Group said so.",
            [("Kameda Shogo", "PER", "Kameda Shogo"), ("Kameda Medical Group", "ORG", "Kameda Medical")],
        ),
        (
            "The University of Tokyo and the Bank of Japan met.",
            [("University of Tokyo", "ORG", "Đại học Tokyo"), ("Bank of Japan", "ORG", "Bank of Japan")],
        ),
    ],
)
def test_a_person_before_of_is_no_part_of_the_body_they_work_for(text, expected):
    """``of`` joins a body's name to its field, never a person's name to the body after it."""
    assert found(text, "en") == expected


#: Pieces of names that the name rules join and cut at (organisation and place words, connectors, legal forms,
#: brackets, dashes, possessives, numbers), for texts no article contains.
NAME_PIECES = [
    "Ministry",
    "of",
    "and",
    "the",
    "University",
    "Bank",
    "Corp.",
    "Co.,",
    "Ltd.",
    "No.",
    "1",
    "(",
    ")",
    "(ABC)",
    ",",
    ".",
    " - ",
    "—",
    "'s",
    "Japan",
    "Vietnam",
    "Hanoi",
    "HANOI",
    "Nguyen Van An",
    "Suzuki Kenji",
    "Group",
    "Holdings",
    "Industrial Park",
    "JICA",
    "FPT",
    "Tokyo",
    "\n",
    "Office",
    "in",
    "St.",
    "B.Grimm",
    "Kabushiki",
    "Công ty",
    "Cổ phần",
    "Tập đoàn",
    "Bộ",
    "Sở",
    "tỉnh",
    "TP.",
    "Đà Nẵng",
    "Việt Nam",
    "và",
    "của",
    "số",
    "(TTVN)",
    "Trường Đại học",
    "UBND",
    "đã",
    "ký",
    "Ông",
    "Bà",
    "Thủ tướng",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=25).map(" ".join), st.sampled_from(["vi", "en"]))
def test_no_text_makes_extract_entities_raise_and_each_row_is_its_span(text, lang):
    """Whatever a student pastes, extract_entities answers: each row's surface is its span, its label one of three."""
    rows = extract_entities(text, lang)
    assert all(text[r.start : r.end] == r.surface and r.label in ("PER", "ORG", "LOC") for r in rows.itertuples())


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Công ty TNHH Đầu tư xây dựng và phát triển Xuân Thành góp vốn.",
            "vi",
            [
                (
                    "Công ty TNHH Đầu tư xây dựng và phát triển Xuân Thành",
                    "ORG",
                    "Đầu tư xây dựng và phát triển Xuân Thành",
                )
            ],
        ),
        (
            "Công ty TNHH Công nghiệp nặng Doosan Việt Nam là nhà thầu.",
            "vi",
            [("Công ty TNHH Công nghiệp nặng Doosan Việt Nam", "ORG", "Công nghiệp nặng Doosan Việt Nam")],
        ),
        (
            "Tập đoàn Hòa Phát tăng vốn tại Hải Dương.",
            "vi",
            [("Tập đoàn Hòa Phát", "ORG", "Hòa Phát"), ("Hải Dương", "LOC", "Hải Dương")],
        ),
        (
            "Đại diện Cục Quản lý nợ và Tài chính đối ngoại thuộc Bộ Tài chính cho biết.",
            "vi",
            [
                ("Cục Quản lý nợ và Tài chính đối ngoại", "ORG", "Cục Quản lý nợ và Tài chính đối ngoại"),
                ("Bộ Tài chính", "ORG", "Bộ Tài chính"),
            ],
        ),
        (
            "Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản và Chính phủ Nhật Bản hỗ trợ.",
            "vi",
            [
                (
                    "Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản",
                    "ORG",
                    "Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản",
                ),
                ("Nhật Bản", "LOC", "Nhật Bản"),
            ],
        ),
        (
            "The fund drew Dai-ichi Life Insurance.",
            "en",
            [("Dai-ichi Life Insurance", "ORG", "Dai-ichi Life Insurance")],
        ),
        ("It hired Japanese-invested Acme Co.", "en", [("Acme Co.", "ORG", "Acme")]),
    ],
)
def test_trades_joined_fields_and_hyphened_names_of_session_12(text, lang, expected):
    """A company's capitalised trade goes on in lower case to its proper name (not after a proper name); và joins
    a state body's capitalised field, never a body closed by its country to the next; a name's own hyphen is no
    describing adjective's."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("JAPANESE clean-energy developer Renova said so.", "en", [("Renova", "ORG", "Renova")]),
        ("The WHO backs the screening.", "en", [("WHO", "ORG", "WHO")]),
        ("Trái phiếu MSFCLH2430001 đáo hạn năm 2027.", "vi", []),
    ],
)
def test_an_english_word_in_capitals_and_a_bonds_number_are_no_brands(text, lang, expected):
    """A word of five letters or more that is an English word (JAPANESE) is no acronym, WHO still is; capitals and
    four digits or more are a code."""
    assert found(text, lang) == expected


def test_a_mastheads_common_noun_is_no_name_of_the_outlet():
    """``Thủy sản`` of the masthead ``THỦY SẢN VIỆT NAM`` is the word for seafood, not the outlet (a company's unit
    in Viet Nam still lends its parent's name: ``Nankai Kinzoku``)."""
    rows = found("THỦY SẢN VIỆT NAM\n\nThủy sản sang Nhật Bản tăng nhẹ.", "vi")
    assert ("Thủy sản", "ORG", "Thủy sản") not in rows
    rows = found("Công ty Nankai Kinzoku Việt Nam mở nhà máy. Nankai Kinzoku cho biết.", "vi")
    assert ("Nankai Kinzoku", "ORG", "Nankai Kinzoku") in rows


def test_section_words_before_news_are_a_pages_section():
    """``Local News``, ``Destination News``: a page's section; ``Kyodo News`` and ``Vietnam News`` are outlets."""
    assert found("Home » Destination News\n\nHue signs a pact.", "en") == [("Hue", "LOC", "Huế")]
    assert found("Local News | Otawara\n\nThe city signed.", "en") == [("Otawara", "LOC", "Otawara")]
    assert ("Kyodo News", "ORG", "Kyodo News") in found("Kyodo News reported it.", "en")


def test_school_abbreviations_open_a_schools_name_after_its_namesake():
    rows = found("Trường THPT chuyên Lê Hồng Phong, THPT Nguyễn Huệ và THCS Châu Thành nhận giáo viên.", "vi")
    assert {s for s, label, _ in rows if label == "ORG"} == {
        "Trường THPT chuyên Lê Hồng Phong",
        "THPT Nguyễn Huệ",
        "THCS Châu Thành",
    }
    assert not [r for r in rows if r[1] == "PER"]  # Lê Hồng Phong, Nguyễn Huệ: the schools' namesakes
    assert found("Kỳ thi tốt nghiệp THPT năm 2025 bắt đầu.", "vi") == []  # no name after it: no school


def test_a_verb_inside_a_state_bodys_field_stays_in_its_name_when_its_place_or_quoc_gia_closes_it():
    rows = found("Sở Phúc lợi và Chăm sóc sức khỏe tỉnh Nagasaki tổ chức lễ trao bằng.", "vi")
    assert ("Sở Phúc lợi và Chăm sóc sức khỏe tỉnh Nagasaki", "ORG") in [(s, lb) for s, lb, _ in rows]
    rows = found("Trung tâm Mạng lưới khí tượng thủy văn quốc gia phối hợp với JICA.", "vi")
    assert ("Trung tâm Mạng lưới khí tượng thủy văn quốc gia", "ORG") in [(s, lb) for s, lb, _ in rows]
    rows = found("Sở Công Thương phối hợp tỉnh Bắc Ninh tổ chức hội nghị.", "vi")  # a predicate: the body ends
    assert ("Sở Công Thương", "ORG") in [(s, lb) for s, lb, _ in rows]


@pytest.mark.parametrize(
    ("capitals", "name"),
    [
        ("CỤC BẢO VỆ THỰC VẬT", "Cục Bảo vệ thực vật"),
        ("TỔNG CỤC GIÁO DỤC NGHỀ NGHIỆP", "Tổng cục Giáo dục nghề nghiệp"),
        ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI", "Ban Quản lý các Khu công nghiệp Đồng Nai"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("TRƯỜNG ĐẠI HỌC NGOẠI NGỮ", "Trường Đại học Ngoại ngữ"),  # a school's name is a proper name
        ("BÁO CỰU CHIẾN BINH VIỆT NAM", "Báo Cựu chiến binh Việt Nam"),  # an outlet's: every word's first syllable
        ("VĨNH PHÚC TV", "Vĩnh Phúc TV"),  # an acronym stays one
        ("TRUNG TÂM TIẾNG NHẬT", "Trung tâm Tiếng Nhật"),  # a language's name keeps its capital
    ],
)
def test_a_state_bodys_masthead_in_capitals_goes_on_in_lower_case_after_its_field(capitals, name):
    rows = extract_entities(capitals + "\n\nNgày 2/3, tỉnh tiếp đoàn.", "vi")
    assert rows.canonical.iloc[0] == name


def test_a_known_ministry_of_a_country_is_that_countrys_ministry():
    rows = found("Loans are signed by the Ministry of Finance of Viet Nam and the Ministry of Finance of Japan.", "en")
    assert [(s, c) for s, lb, c in rows if lb == "ORG"] == [
        ("Ministry of Finance of Viet Nam", "Bộ Tài chính"),
        ("Ministry of Finance of Japan", "Bộ Tài chính Nhật Bản"),
    ]


def test_a_hospital_or_company_named_by_its_number():
    rows = found("Bệnh viện Quân y 175 và Bệnh viện 1A tiếp nhận 30 bệnh nhân.", "vi")
    assert [s for s, lb, _ in rows if lb == "ORG"] == ["Bệnh viện Quân y 175", "Bệnh viện 1A"]
    assert [s for s, _, _ in found("Bệnh viện Bạch Mai 10 năm qua phát triển.", "vi")] == ["Bệnh viện Bạch Mai"]
    assert "Công ty Xuân Thành" in [s for s, _, _ in found("Công ty Xuân Thành 1% cổ phần.", "vi")]


@pytest.mark.parametrize(
    ("text", "masthead"),
    [
        ("THỂ THAO 247\n\nU13 Việt Nam sang Nhật Bản tập huấn.", "Thể thao 247"),  # a number closes the name
        ("reNEWS.BIZ\n\nAsia Pile buys into a Ca Mau wind developer.", "reNEWS.BIZ"),  # a web address
    ],
)
def test_a_masthead_closed_by_a_number_or_written_as_a_web_address(text, masthead):
    assert extract_entities(text).canonical.iloc[0] == masthead
    assert "Năm 2025" not in extract_entities("NĂM 2025\n\nNhật Bản tài trợ.", "vi").canonical.tolist()


def test_an_english_name_closed_by_a_programme_word_is_no_organisation():
    rows = found("The Japan-Vietnam Defense Exchange Program began in 2012.", "en")
    assert [(s, lb) for s, lb, _ in rows] == [("Japan", "LOC"), ("Vietnam", "LOC")]


def test_an_associations_branch_and_a_bodys_meeting():
    rows = found("Chi hội Nông dân và Chi hội Angimex - Kitoku dự Hội đồng Điều phối lần thứ nhất.", "vi")
    assert [(s, lb) for s, lb, _ in rows] == [
        ("Chi hội Nông dân", "ORG"),
        ("Chi hội Angimex - Kitoku", "ORG"),
        ("Hội đồng Điều phối", "ORG"),
    ]


def test_an_international_organisations_office_in_a_country():
    rows = found("UNICEF Viet Nam and UNDP Vietnam signed at the G7 Hiroshima summit.", "en")
    assert [(s, c) for s, lb, c in rows if lb == "ORG"] == [
        ("UNICEF Viet Nam", "UNICEF Việt Nam"),
        ("UNDP Vietnam", "UNDP Việt Nam"),
        ("G7", "G7"),
    ]


def test_an_unknown_dateline_before_a_country_or_a_prefecture_and_a_dash_is_a_place():
    for text in ("KIYOSU, Japan -- Toyoda Gosei will expand.", "KIYOSU, Aichi Prefecture -- Toyoda Gosei will expand."):
        assert ("KIYOSU", "LOC", "Kiyosu") in found(text, "en")
    assert not [r for r in found("BREAKING, Japan -- A plant opened.", "en") if r[0] == "BREAKING"]
