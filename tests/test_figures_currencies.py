"""helpers.figures: every currency of helpers/data/currencies.csv, before and after the number, in both
languages, with a scale word; and the words that look like a currency but are not money here (lesson 04)."""

from __future__ import annotations

import pytest

from helpers import figures as F
from helpers import vocabulary
from helpers.figures.words import _CURRENCY_AFTER, _currency_key

# (text, lang, surface, value, currency)
MONEY = [
    # after the number, Vietnamese
    ("Thái Lan cấp 2 tỷ bạt cho dự án.", "vi", "2 tỷ bạt", 2e9, "THB"),
    ("Khoản vay 300 triệu baht Thái Lan đã được duyệt.", "vi", "300 triệu baht Thái Lan", 300e6, "THB"),
    ("Samsung rót thêm 5 nghìn tỷ won vào nhà máy.", "vi", "5 nghìn tỷ won", 5e12, "KRW"),
    ("Giá vé là 15.000 won.", "vi", "15.000 won", 15000, "KRW"),
    ("Quỹ có 40 tỷ won Hàn Quốc.", "vi", "40 tỷ won Hàn Quốc", 40e9, "KRW"),
    ("Dự án trị giá 1,2 tỷ bảng Anh.", "vi", "1,2 tỷ bảng Anh", 1.2e9, "GBP"),
    ("Trung Quốc đầu tư 10 tỷ nhân dân tệ.", "vi", "10 tỷ nhân dân tệ", 10e9, "CNY"),
    ("Doanh thu đạt 3 tỷ NDT.", "vi", "3 tỷ NDT", 3e9, "CNY"),
    ("Vốn đầu tư 2,5 tỷ đô la Singapore.", "vi", "2,5 tỷ đô la Singapore", 2.5e9, "SGD"),
    ("Vốn đầu tư 2,5 tỷ đô la.", "vi", "2,5 tỷ đô la", 2.5e9, "USD"),
    ("Malaysia chi 800 triệu ringgit.", "vi", "800 triệu ringgit", 800e6, "MYR"),
    ("Indonesia dành 7.000 tỷ rupiah.", "vi", "7.000 tỷ rupiah", 7000e9, "IDR"),
    ("Philippines vay 50 tỷ peso.", "vi", "50 tỷ peso", 50e9, "PHP"),
    ("Ấn Độ cấp 20 tỷ rupee.", "vi", "20 tỷ rupee", 20e9, "INR"),
    ("Hợp đồng 6 triệu euro được ký.", "vi", "6 triệu euro", 6e6, "EUR"),
    ("Lào chi 3 tỷ kíp.", "vi", "3 tỷ kíp", 3e9, "LAK"),
    ("Úc tài trợ 90 triệu đô la Úc.", "vi", "90 triệu đô la Úc", 90e6, "AUD"),
    ("Đài Loan góp 1 tỷ Đài tệ.", "vi", "1 tỷ Đài tệ", 1e9, "TWD"),
    ("Công ty thu 200 triệu SGD.", "vi", "200 triệu SGD", 200e6, "SGD"),
    # before the number, Vietnamese
    ("Hợp đồng trị giá £2 triệu.", "vi", "£2 triệu", 2e6, "GBP"),
    ("Khoản vay S$500 triệu.", "vi", "S$500 triệu", 500e6, "SGD"),
    # after the number, English
    ("The bank paid 300 million baht for the stake.", "en", "300 million baht", 300e6, "THB"),
    ("It lent 5.1 billion Thai baht.", "en", "5.1 billion Thai baht", 5.1e9, "THB"),
    ("Samsung will invest 500 billion won in the plant.", "en", "500 billion won", 500e9, "KRW"),
    ("The fund holds 40 billion Korean won.", "en", "40 billion Korean won", 40e9, "KRW"),
    ("The deal is worth 2 million pounds.", "en", "2 million pounds", 2e6, "GBP"),
    ("The deal is worth 300 pounds sterling.", "en", "300 pounds sterling", 300, "GBP"),
    ("China pledged 10 billion yuan.", "en", "10 billion yuan", 10e9, "CNY"),
    ("China pledged 10 billion Chinese yuan.", "en", "10 billion Chinese yuan", 10e9, "CNY"),
    ("Sembcorp put in 1.5 billion Singapore dollars.", "en", "1.5 billion Singapore dollars", 1.5e9, "SGD"),
    ("Sembcorp put in 1.5 billion dollars.", "en", "1.5 billion dollars", 1.5e9, "USD"),
    ("Petronas spent 800 million ringgit.", "en", "800 million ringgit", 800e6, "MYR"),
    ("The loan is 7 trillion rupiah.", "en", "7 trillion rupiah", 7e12, "IDR"),
    ("Manila set aside 50 billion pesos.", "en", "50 billion pesos", 50e9, "PHP"),
    ("India approved 20 billion rupees.", "en", "20 billion rupees", 20e9, "INR"),
    ("The grant is 6 million euros.", "en", "6 million euros", 6e6, "EUR"),
    ("It raised 90 million Australian dollars.", "en", "90 million Australian dollars", 90e6, "AUD"),
    ("It raised 4 million U.S. dollars.", "en", "4 million U.S. dollars", 4e6, "USD"),
    # before the number, English
    ("The UK pledged £1.2bn for the project.", "en", "£1.2bn", 1.2e9, "GBP"),
    ("The plant cost S$800 million.", "en", "S$800 million", 800e6, "SGD"),
    ("The plant cost HK$3 billion.", "en", "HK$3 billion", 3e9, "HKD"),
    ("The plant cost RM5 billion.", "en", "RM5 billion", 5e9, "MYR"),
    ("The plant cost ₩500 billion.", "en", "₩500 billion", 500e9, "KRW"),
    ("The plant cost RMB 2 billion.", "en", "RMB 2 billion", 2e9, "CNY"),
    ("The plant cost A$1 billion.", "en", "A$1 billion", 1e9, "AUD"),
    ("The line cost $US 1.9bn to build.", "en", "$US 1.9bn", 1.9e9, "USD"),
    ("The plant cost THB 900 million.", "en", "THB 900 million", 900e6, "THB"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "value", "currency"), MONEY)
def test_every_currency_before_and_after_the_number(text, lang, surface, value, currency):
    money = F.extract_figures(text, lang).query("kind == 'money'")
    assert [(r.surface, r.value, r.currency) for r in money.itertuples()] == [(surface, pytest.approx(value), currency)]


def test_a_range_in_a_currency_written_before_both_ends():
    found = F.extract_figures("The plant will cost S$1 billion to S$1.5 billion.", "en")
    assert found[["surface", "value", "value_high", "currency"]].values.tolist() == [
        ["S$1 billion to S$1.5 billion", 1e9, 1.5e9, "SGD"]
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Korea won the bid for the metro line.", "en"),
        ("Won Jae-hyun, 5 won awards at the fair.", "en"),  # a name; "5 won": a verb after a number
        ("The top 3 won prizes.", "en"),
        ("She bought a pound of rice.", "en"),
        ("Farmers sold 5 pounds of rice.", "en"),  # a weight: a count, not money (GUIDELINE.md, figures)
        ("Nhà máy chia làm hai kíp trực.", "vi"),  # a work shift
        ("Tỉnh có 5 đô thị loại I.", "vi"),  # towns, not dollars
        ("Hai bên ký 3 hợp đồng đồng thời.", "vi"),
    ],
)
def test_words_that_look_like_a_currency_are_no_money_here(text, lang):
    assert "money" not in set(F.extract_figures(text, lang).kind)


def test_every_form_after_a_number_is_one_currency_per_language():
    rows = [r for r in vocabulary.rows("currencies.csv") if r["position"] in ("after", "both")]
    for lang in ("vi", "en"):
        keys = [_currency_key(r["written"]) for r in rows if r["lang"] in (lang, "both")]
        assert len(keys) == len(set(keys)) == len(_CURRENCY_AFTER[lang])


def test_currencies_csv_is_consistent():
    rows = vocabulary.rows("currencies.csv")
    assert {r["position"] for r in rows} == {"before", "after", "both"}
    assert {r["lang"] for r in rows} == {"vi", "en", "both"}
    assert {r["glued"] for r in rows} | {r["needs_scale"] for r in rows} == {"yes", "no"}
    before = [r for r in rows if r["position"] != "after"]
    assert all(r["glued"] == "yes" and " " not in r["written"] for r in before)  # codes and signs only
    assert len({r["written"] for r in before}) == len(before)
    codes = {r["code"] for r in rows}
    assert {"USD", "JPY", "VND", "EUR", "GBP", "CNY", "KRW", "THB", "SGD", "MYR", "IDR", "PHP", "INR"} <= codes
