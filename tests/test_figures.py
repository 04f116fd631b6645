"""helpers.figures: number formats in both languages, traps, dates, properties, reference answers."""

from __future__ import annotations

import math
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers import evaluate as E
from helpers import figures as F

NaN = math.nan


def only(text: str, lang: str) -> dict:
    """The single figure in ``text`` (the test fails if there is not exactly one)."""
    table = F.extract_figures(text, lang)
    assert len(table) == 1, table[["surface", "value", "kind"]].to_string()
    return table.iloc[0].to_dict()


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-9)


# --- one figure per sentence: (text, value, value_high, kind, currency, qualifier) -----------

VI_CASES = [
    ("Tổng vốn đạt 78,6 tỷ USD.", 78.6e9, NaN, "money", "USD", "exact"),
    ("Nhật Bản có 5.500 dự án còn hiệu lực.", 5500, NaN, "count", "", "exact"),
    ("Xuất khẩu tăng 27,4% so với cùng kỳ.", 27.4, NaN, "percent", "", "exact"),
    ("Doanh thu dự kiến đạt 200–250 triệu USD.", 200e6, 250e6, "money", "USD", "exact"),
    ("Doanh thu dự kiến đạt 200 - 250 triệu USD.", 200e6, 250e6, "money", "USD", "exact"),
    ("Thị phần khoảng 6-7% thị trường.", 6, 7, "percent", "", "about"),
    ("Vốn dao động từ 200 đến 250 triệu USD.", 200e6, 250e6, "money", "USD", "exact"),
    ("Tổng vốn gần 78,6 tỷ USD.", 78.6e9, NaN, "money", "USD", "nearly"),
    ("Diễn đàn quy tụ hơn 250 đại biểu.", 250, NaN, "count", "", "over"),
    ("Vốn đầu tư tăng trên 20%.", 20, NaN, "percent", "", "over"),
    ("Chiếm khoảng 50% tổng doanh thu.", 50, NaN, "percent", "", "about"),
    ("Khoản vay lên tới 100 triệu USD.", 100e6, NaN, "money", "USD", "up_to"),
    ("Thị trường có quy mô 30 tỷ USD/năm.", 30e9, NaN, "money", "USD", "exact"),
    ("Năng suất tăng 2,5 lần so với trước.", 2.5, NaN, "multiplier", "", "exact"),
    ("Kim ngạch đã tăng gấp đôi.", 2, NaN, "multiplier", "", "exact"),
    ("Sản lượng cao gấp 3 lần.", 3, NaN, "multiplier", "", "exact"),
    ("Giá trị tăng gấp rưỡi.", 1.5, NaN, "multiplier", "", "exact"),
    ("Việt Nam xếp hạng 38 thế giới.", 38, NaN, "rank", "", "exact"),
    ("Đây là nhà đầu tư lớn thứ ba tại Việt Nam.", 3, NaN, "rank", "", "exact"),
    ("Nhật Bản từng ở vị trí số một thế giới.", 1, NaN, "rank", "", "exact"),
    ("Công ty lọt top 10 doanh nghiệp công nghệ.", 10, NaN, "rank", "", "up_to"),
    ("Tập đoàn đã mở ba văn phòng tại Nhật Bản.", 3, NaN, "count", "", "exact"),
    ("Bộ đề xuất bốn sáng kiến hợp tác.", 4, NaN, "count", "", "exact"),
    ('Thứ trưởng nêu bốn "điểm chạm" với doanh nghiệp.', 4, NaN, "count", "", "exact"),
    ("Có hai mươi lăm doanh nghiệp tham gia.", 25, NaN, "count", "", "exact"),
    ("Con số này bằng một nửa mục tiêu.", 0.5, NaN, "multiplier", "", "exact"),
    ("Khoảng một phần ba dân số dùng ví điện tử.", 1 / 3, NaN, "multiplier", "", "about"),
    ("Dự án có tổng vốn 5 nghìn tỷ đồng.", 5e12, NaN, "money", "VND", "exact"),
    ("Ngân sách 3.000 tỷ VNĐ đã được giải ngân.", 3e12, NaN, "money", "VND", "exact"),
    ("Mức phí là 10 triệu VND.", 10e6, NaN, "money", "VND", "exact"),
    ("Vé có giá 500.000đ.", 500000, NaN, "money", "VND", "exact"),
    ("Khoản viện trợ 1,2 triệu yên.", 1.2e6, NaN, "money", "JPY", "exact"),
    ("JICA cam kết 61 tỷ Yên vốn vay.", 61e9, NaN, "money", "JPY", "exact"),
    ("Gói tín dụng 40 tỷ JPY.", 40e9, NaN, "money", "JPY", "exact"),
    ("Quỹ có 500 triệu đô la Mỹ.", 500e6, NaN, "money", "USD", "exact"),
    ("Hợp đồng trị giá 2 tỷ US$.", 2e9, NaN, "money", "USD", "exact"),
    ("Tỷ lệ đạt 50 phần trăm.", 50, NaN, "percent", "", "exact"),
    ("Tỉnh có 1.234.567 người.", 1234567, NaN, "count", "", "exact"),
    ("Lãi suất chỉ 0,5%.", 0.5, NaN, "percent", "", "exact"),
    ("Lợi nhuận giảm -2,5%.", -2.5, NaN, "percent", "", "exact"),
    ("Ít nhất 30 doanh nghiệp đã đăng ký.", 30, NaN, "count", "", "over"),
    ("Xấp xỉ 1.000 kỹ sư sẽ được đào tạo.", 1000, NaN, "count", "", "about"),
    ("Dự án kéo dài 52 năm.", 52, NaN, "duration", "", "exact"),
    ("Chương trình diễn ra trong 3 tháng.", 3, NaN, "duration", "", "exact"),
    ("Việt Nam có 100 triệu dân.", 100e6, NaN, "count", "", "exact"),
    ("Dự án điện gió công suất 500 MW.", 500, NaN, "count", "", "exact"),
    ("Lãi suất 3.5% một năm.", 3.5, NaN, "percent", "", "exact"),  # a dot + 1 digit is a decimal point
    ("Có 100 doanh nghiệp trở lên tham dự.", 100, NaN, "count", "", "over"),
    ("Giá trị giao dịch dưới 5 tỷ đồng.", 5e9, NaN, "money", "VND", "up_to"),
]

EN_CASES = [
    ("Japan invested US$78.6 billion.", 78.6e9, NaN, "money", "USD", "exact"),
    ("There are 5,500 projects.", 5500, NaN, "count", "", "exact"),
    ("Capital rose 20 per cent.", 20, NaN, "percent", "", "exact"),
    ("Capital rose 20 percent.", 20, NaN, "percent", "", "exact"),
    ("Japan had more than 5,500 valid projects.", 5500, NaN, "count", "", "over"),
    ("Total capital of nearly US$78.6 billion.", 78.6e9, NaN, "money", "USD", "nearly"),
    ("Revenue of between US$200 million and US$250 million.", 200e6, 250e6, "money", "USD", "exact"),
    ("Revenue of US$200-250 million.", 200e6, 250e6, "money", "USD", "exact"),
    ("It costs ¥61 billion.", 61e9, NaN, "money", "JPY", "exact"),
    ("A loan of 61 billion yen.", 61e9, NaN, "money", "JPY", "exact"),
    ("A budget of VND5 trillion.", 5e12, NaN, "money", "VND", "exact"),
    ("A budget of 5 trillion dong.", 5e12, NaN, "money", "VND", "exact"),
    ("The plant cost $1.2bn.", 1.2e9, NaN, "money", "USD", "exact"),
    ("A grant of US$5m.", 5e6, NaN, "money", "USD", "exact"),
    ("A fund of 300 million euros.", 300e6, NaN, "money", "EUR", "exact"),
    ("Japan will host about 250 PhD students.", 250, NaN, "count", "", "about"),
    ("Growth of up to 30%.", 30, NaN, "percent", "", "up_to"),
    ("Output is 2.5 times higher.", 2.5, NaN, "multiplier", "", "exact"),
    ("Trade has doubled since then.", 2, NaN, "multiplier", "", "exact"),
    ("Output will double by 2030.", 2, NaN, "multiplier", "", "exact"),
    ("Imports rose to almost double the level of 2018.", 2, NaN, "multiplier", "", "nearly"),
    ("The plant makes 5 000 t of magnets.", 5000, NaN, "count", "", "exact"),
    ("It is a two-dose vaccine.", 2, NaN, "count", "", "exact"),
    ("Japan ranked 38th last time.", 38, NaN, "rank", "", "exact"),
    ("Việt Nam is the second-largest partner.", 2, NaN, "rank", "", "exact"),
    ("The firm opened three offices.", 3, NaN, "count", "", "exact"),
    ("That is half of the target.", 0.5, NaN, "multiplier", "", "exact"),
    (
        "Some two-thirds of firms agree.",
        2 / 3,
        NaN,
        "multiplier",
        "about",
    ),
    ("A market of 100 million people.", 100e6, NaN, "count", "", "exact"),
    ("Growth of 6-7 per cent a year.", 6, 7, "percent", "", "exact"),
    ("A partnership of 30 years.", 30, NaN, "duration", "", "exact"),
    ("The mill produced 1,234.5 tonnes.", 1234.5, NaN, "count", "", "exact"),
    ("Inflation stayed at less than 5%.", 5, NaN, "percent", "", "up_to"),
    ("Growth of over 20 per cent year-on-year.", 20, NaN, "percent", "", "over"),
]
EN_CASES = [c if len(c) == 6 else (c[0], c[1], c[2], c[3], "", c[4]) for c in EN_CASES]


@pytest.mark.parametrize(("text", "value", "high", "kind", "currency", "qualifier"), VI_CASES)
def test_vietnamese_formats(text, value, high, kind, currency, qualifier):
    row = only(text, "vi")
    assert same(row["value"], value) and same(row["value_high"], high), row
    assert (row["kind"], row["currency"], row["qualifier"]) == (kind, currency, qualifier), row


@pytest.mark.parametrize(("text", "value", "high", "kind", "currency", "qualifier"), EN_CASES)
def test_english_formats(text, value, high, kind, currency, qualifier):
    row = only(text, "en")
    assert same(row["value"], value) and same(row["value_high"], high), row
    assert (row["kind"], row["currency"], row["qualifier"]) == (kind, currency, qualifier), row


# --- sentences in the style of other outlets (VnExpress, VietnamPlus, Nikkei, Reuters…) -----
# Written after the rules, to measure them on text they were not built from: the first 24 scored
# P 0.955 / R 0.977 before two general fixes (periods such as "7 tháng năm 2025", and "cấp" as
# a verb); the last 18 were written after those fixes and scored 1.0 / 1.0 on first run.
N = NaN
OTHER_OUTLETS = [
    (
        "Theo Cục Đầu tư nước ngoài, 7 tháng năm 2025, tổng vốn FDI đăng ký vào Việt Nam "
        "đạt gần 24,09 tỷ USD, tăng 27,3% so với cùng kỳ.",
        "vi",
        [(24.09e9, N, "money", "USD"), (27.3, N, "percent", "")],
    ),
    (
        "Samsung đã giải ngân thêm 1,8 tỷ USD, nâng tổng vốn đầu tư tại Việt Nam lên 23,2 tỷ USD.",
        "vi",
        [(1.8e9, N, "money", "USD"), (23.2e9, N, "money", "USD")],
    ),
    (
        "Tỷ lệ giải ngân vốn ODA năm 2024 chỉ đạt 61,5%, thấp hơn mức 70% của năm trước.",
        "vi",
        [(61.5, N, "percent", ""), (70, N, "percent", "")],
    ),
    (
        "Dự án có tổng mức đầu tư 12.500 tỷ đồng (khoảng 500 triệu USD).",
        "vi",
        [(12.5e12, N, "money", "VND"), (500e6, N, "money", "USD")],
    ),
    (
        "FPT đặt mục tiêu có 30.000 kỹ sư bán dẫn vào năm 2030, gấp 6 lần hiện nay.",
        "vi",
        [(30000, N, "count", ""), (6, N, "multiplier", "")],
    ),
    ("Mỗi năm Việt Nam đào tạo khoảng 50.000-60.000 kỹ sư công nghệ thông tin.", "vi", [(50000, 60000, "count", "")]),
    (
        "Nhật Bản hiện là nhà đầu tư lớn thứ ba và là đối tác thương mại lớn thứ tư của Việt Nam.",
        "vi",
        [(3, N, "rank", ""), (4, N, "rank", "")],
    ),
    (
        "Hơn 2.300 người lao động Việt Nam đang làm việc tại nhà máy, chiếm khoảng 40% tổng số lao động.",
        "vi",
        [(2300, N, "count", ""), (40, N, "percent", "")],
    ),
    (
        "Khoản vay trị giá 41,9 tỷ yên (khoảng 7.000 tỷ đồng) được ký hôm 5/8.",
        "vi",
        [(41.9e9, N, "money", "JPY"), (7000e9, N, "money", "VND")],
    ),
    ("Chương trình sẽ cấp 100 suất học bổng mỗi năm trong giai đoạn 2025-2030.", "vi", [(100, N, "count", "")]),
    (
        "Trong 5 năm qua, kim ngạch thương mại song phương tăng bình quân 8%/năm.",
        "vi",
        [(5, N, "duration", ""), (8, N, "percent", "")],
    ),
    (
        "Hai bên đã ký 12 văn kiện hợp tác, trong đó có 3 hiệp định vay vốn.",
        "vi",
        [(12, N, "count", ""), (3, N, "count", "")],
    ),
    (
        "Việt Nam đứng thứ 44 trên 133 nền kinh tế trong Chỉ số Đổi mới sáng tạo toàn cầu 2024.",
        "vi",
        [(44, N, "rank", ""), (133, N, "count", "")],
    ),
    (
        "Giá trị xuất khẩu linh kiện điện tử sang Nhật Bản đạt 3,2 tỷ USD trong nửa đầu năm, tăng 15,8%.",
        "vi",
        [(3.2e9, N, "money", "USD"), (15.8, N, "percent", "")],
    ),
    (
        "Japan's official development assistance to Việt Nam totals about ¥3.2 trillion since 1992.",
        "en",
        [(3.2e12, N, "money", "JPY")],
    ),
    (
        "The two sides signed 10 memoranda of understanding worth a combined US$4.5 billion.",
        "en",
        [(10, N, "count", ""), (4.5e9, N, "money", "USD")],
    ),
    (
        "Registered FDI rose 32.6 per cent to $21.5 billion in the first seven months.",
        "en",
        [(32.6, N, "percent", ""), (21.5e9, N, "money", "USD")],
    ),
    (
        "Some 2,000 Japanese firms operate in the country, employing more than 500,000 workers.",
        "en",
        [(2000, N, "count", ""), (500000, N, "count", "")],
    ),
    ("Intel's plant, its largest assembly and test facility, cost US$1.5 billion.", "en", [(1.5e9, N, "money", "USD")]),
    ("Việt Nam aims to train 50,000 semiconductor engineers by 2030.", "en", [(50000, N, "count", "")]),
    (
        "Exports to Japan grew 4.6% year on year to US$12.3 billion in the first half.",
        "en",
        [(4.6, N, "percent", ""), (12.3e9, N, "money", "USD")],
    ),
    (
        "The JICA loan carries an interest rate of 0.1 per cent over 40 years.",
        "en",
        [(0.1, N, "percent", ""), (40, N, "duration", "")],
    ),
    (
        "Nearly half of Japanese firms plan to expand, the JETRO survey of 1,200 companies found.",
        "en",
        [(0.5, N, "multiplier", ""), (1200, N, "count", "")],
    ),
    (
        "Vietnam ranked third among ASEAN destinations, attracting three new projects a week.",
        "en",
        [(3, N, "rank", ""), (3, N, "count", "")],
    ),
    (
        "Năm 2024, Nhật Bản là nhà tài trợ ODA lớn nhất cho Việt Nam với cam kết khoảng 1.000 tỷ yên.",
        "vi",
        [(1000e9, N, "money", "JPY")],
    ),
    (
        "Toyota Việt Nam bán ra 6.210 xe trong tháng 7, giảm 12% so với tháng trước.",
        "vi",
        [(6210, N, "count", ""), (12, N, "percent", "")],
    ),
    (
        "Mức lương trung bình của kỹ sư phần mềm Việt Nam tại Nhật dao động từ 4 đến 6 triệu yên mỗi năm.",
        "vi",
        [(4e6, 6e6, "money", "JPY")],
    ),
    (
        "Hơn 60% doanh nghiệp Nhật Bản tại Việt Nam dự định mở rộng kinh doanh trong 1-2 năm tới.",
        "vi",
        [(60, N, "percent", ""), (1, 2, "duration", "")],
    ),
    (
        "Đến nay, Việt Nam có khoảng 50 trung tâm dữ liệu với tổng công suất 45 MW.",
        "vi",
        [(50, N, "count", ""), (45, N, "count", "")],
    ),
    (
        "Khoảng 520.000 người Việt Nam đang sinh sống tại Nhật Bản, đông thứ hai trong các cộng đồng người nước ngoài.",
        "vi",
        [(520000, N, "count", ""), (2, N, "rank", "")],
    ),
    (
        "Renesas đã đào tạo gần 1.500 kỹ sư thiết kế vi mạch trong 20 năm hoạt động tại Việt Nam.",
        "vi",
        [(1500, N, "count", ""), (20, N, "duration", "")],
    ),
    (
        "Giá trị vốn góp, mua cổ phần của nhà đầu tư Nhật đạt 1,37 tỷ USD, gấp 2,3 lần cùng kỳ.",
        "vi",
        [(1.37e9, N, "money", "USD"), (2.3, N, "multiplier", "")],
    ),
    (
        "Ba tập đoàn Nhật Bản đã cam kết đầu tư tổng cộng 300 triệu USD.",
        "vi",
        [(3, N, "count", ""), (300e6, N, "money", "USD")],
    ),
    (
        "Tuyến metro số 1 dài 19,7 km với tổng vốn hơn 43.700 tỷ đồng.",
        "vi",
        [(19.7, N, "count", ""), (43700e9, N, "money", "VND")],
    ),
    (
        "Japan accounts for roughly 8 per cent of Việt Nam's total foreign direct investment.",
        "en",
        [(8, N, "percent", "")],
    ),
    (
        "The semiconductor market is forecast to reach US$31.4 billion by 2030, "
        "a compound annual growth rate of 6.4 per cent.",
        "en",
        [(31.4e9, N, "money", "USD"), (6.4, N, "percent", "")],
    ),
    (
        "Nearly 1,000 Vietnamese students received Japanese government scholarships over the past two decades.",
        "en",
        [(1000, N, "count", ""), (2, N, "duration", "")],
    ),
    ("The company employs 4,800 engineers in Hà Nội, Đà Nẵng and HCM City.", "en", [(4800, N, "count", "")]),
    (
        "Bilateral trade reached $46.2 billion in 2024, up 3.7% from a year earlier.",
        "en",
        [(46.2e9, N, "money", "USD"), (3.7, N, "percent", "")],
    ),
    (
        "The plant, worth 250 million USD, is expected to create 3,000 jobs.",
        "en",
        [(250e6, N, "money", "USD"), (3000, N, "count", "")],
    ),
    (
        "Japan is Việt Nam's fourth-largest trading partner and third-largest investor.",
        "en",
        [(4, N, "rank", ""), (3, N, "rank", "")],
    ),
    ("Tuition is between 500,000 and 800,000 yen a year.", "en", [(500000, 800000, "money", "JPY")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OTHER_OUTLETS)
def test_sentences_from_other_outlets(text, lang, expected):
    table = F.extract_figures(text, lang)
    got = [(r.value, r.value_high, r.kind, r.currency) for r in table.itertuples()]
    assert len(got) == len(expected), table[["surface", "value", "kind"]].to_string()
    for (v, h, k, c), (ev, eh, ek, ec) in zip(got, expected, strict=True):
        assert same(v, ev) and same(h, eh) and (k, c) == (ek, ec), (got, expected)


# --- traps: nothing here is a figure ----------------------------------------------------------

TRAPS = [
    ("Để triển khai Nghị quyết số 57 của Bộ Chính trị.", "vi"),
    ("Nghị định 13/2023/NĐ-CP về dữ liệu cá nhân.", "vi"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 tại Kuala Lumpur.", "vi"),
    ("Quan hệ giữa hai nước ngày càng sâu sắc.", "vi"),
    ("Hai bên nhất trí thúc đẩy hợp tác.", "vi"),
    ("Hợp tác giữa 2 nước và 2 chính phủ.", "vi"),
    ("Mục tiêu đến năm 2028 đã rõ.", "vi"),
    ("Chiều ngày 28/4/2025, diễn đàn khai mạc.", "vi"),
    ("Trong quý I/2025, vốn đầu tư tăng.", "vi"),
    ("Tính đến tháng 3/2025, Nhật Bản dẫn đầu.", "vi"),
    ("Ngày Công nghệ Thông tin Việt Nam 2025 tại Nhật Bản.", "vi"),
    ("Thứ hai, Việt Nam cần thu hút đầu tư. Thứ ba là khoa học.", "vi"),
    ("Mạng 5G và đại dịch COVID-19 đã thay đổi mọi thứ.", "vi"),
    ("Việt Nam chuyển sang mô hình chính quyền 2 cấp.", "vi"),
    ('Đại sứ quán áp dụng mô hình phối hợp "3 nhà".', "vi"),
    ("CMC sẽ triển khai một cơ sở sản xuất, một trong những dự án lớn.", "vi"),
    ("Hàng trăm doanh nghiệp đã tham gia.", "vi"),
    ("Trong 6 tháng đầu năm 2025, xuất khẩu tăng mạnh.", "vi"),
    ("Cuộc họp bắt đầu lúc 10 giờ sáng.", "vi"),
    ("Điều 5 của Luật Đầu tư quy định rõ.", "vi"),
    ("Kỷ niệm Quốc khánh 2/9 và Cách mạng Tháng 8.", "vi"),
    ("Cách mạng công nghiệp 4.0 là cơ hội.", "vi"),
    ("Cooperation between the two countries and two governments.", "en"),
    ("The 58th ASEAN Foreign Ministers' Meeting opened.", "en"),
    ("Growth since the 1990s, and in 2025 too.", "en"),
    ("Decree No. 13 was issued.", "en"),
    ("Japan is one of the largest investors.", "en"),
    ("In the first quarter of this year, capital rose.", "en"),
    ("The forum was held on 28 April 2025 in Hà Nội.", "en"),
    ("Tokyo 2020 and G7 meetings.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TRAPS)
def test_traps_are_not_figures(text, lang):
    table = F.extract_figures(text, lang)
    assert table.empty, table[["surface", "value", "kind"]].to_string()


def test_two_figures_in_one_phrase():
    table = F.extract_figures("Japan pledged JPY61 billion (US$500 million) in loans.", "en")
    assert table[["value", "currency"]].values.tolist() == [[61e9, "JPY"], [500e6, "USD"]]


def test_a_change_is_two_figures_not_a_range():
    table = F.extract_figures("Tỷ lệ tăng từ 10% lên 20%.", "vi")
    assert table.value.tolist() == [10.0, 20.0] and table.value_high.isna().all()


def test_same_fact_in_both_languages():
    vi = only("Tổng vốn gần 78,6 tỷ USD.", "vi")
    en = only("A total capital of nearly US$78.6 billion.", "en")
    keys = ["value", "kind", "currency", "qualifier"]
    assert [vi[k] for k in keys] == [en[k] for k in keys]


def test_decimal_comma_is_not_a_thousands_separator():
    assert only("Vốn 78,6 tỷ USD.", "vi")["value"] == 78.6e9
    assert only("Capital of 78,600 projects.", "en")["value"] == 78600
    assert only("Có 78.600 dự án.", "vi")["value"] == 78600


def test_units_and_rates():
    assert only("Có 5.000 nhân sự làm việc.", "vi")["unit"] == "nhân sự"
    assert only("Japan had 5,500 valid projects.", "en")["unit"] == "projects"
    assert only("Doanh nghiệp tăng trưởng 20-40%/năm.", "vi")["unit"] == "/năm"
    assert only('Bộ nêu bốn "điểm chạm".', "vi")["unit"] == "điểm chạm"
    assert only("Hơn 100 trong đó đặt văn phòng.", "vi")["unit"] == ""


def test_columns_types_and_empty_text():
    table = F.extract_figures("", "vi")
    assert list(table.columns) == F.FIGURE_COLUMNS and table.empty
    table = F.extract_figures("Có 5 dự án.", "vi")
    assert table.dtypes["value"] == "float64" and table.dtypes["start"] == "int64"
    assert F.extract_figures("Japan invested US$5 billion in Việt Nam.").kind.tolist() == ["money"]  # lang guessed


def test_rejects_non_text_and_unknown_language():
    with pytest.raises(TypeError):
        F.extract_figures(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'fr'"):
        F.extract_figures("12 %", "fr")


def test_sentence_column():
    text = "Câu đầu tiên. Nhật Bản có 5.500 dự án."
    assert only(text, "vi")["sentence"] == "Nhật Bản có 5.500 dự án."


# --- parse_number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "lang", "value"),
    [
        ("78,6", "vi", "78.6"),
        ("5.500", "vi", "5500"),
        ("1.234.567,89", "vi", "1234567.89"),
        ("1,500", "vi", "1.5"),
        ("1.5", "vi", "1.5"),
        ("78.6", "en", "78.6"),
        ("5,500", "en", "5500"),
        ("1,234,567.89", "en", "1234567.89"),
        ("1.500", "en", "1.5"),
        ("7", "en", "7"),
        ("1.2.3", "vi", None),
        ("12,34,567", "en", None),
        ("", "vi", None),
    ],
)
def test_parse_number(raw, lang, value):
    assert F.parse_number(raw, lang) == (None if value is None else Decimal(value))


# --- properties -----------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


def vi_format(x: Decimal) -> str:
    return f"{x:,}".replace(",", " ").replace(".", ",").replace(" ", ".")


def en_format(x: Decimal) -> str:
    return f"{x:,}"


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_vietnamese_numbers_parse_back_exactly(x):
    s = vi_format(x)
    assert F.parse_number(s, "vi") == x
    money = only(f"Doanh thu đạt {s} tỷ USD trong kỳ.", "vi")
    assert money["value"] == float(x * 10**9) and money["surface"] == f"{s} tỷ USD"
    assert only(f"Tỷ lệ tăng {s}% so với trước.", "vi")["value"] == float(x)


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_english_numbers_parse_back_exactly(x):
    s = en_format(x)
    assert F.parse_number(s, "en") == x
    money = only(f"Revenue reached US${s} billion last year.", "en")
    assert money["value"] == float(x * 10**9) and money["surface"] == f"US${s} billion"
    assert only(f"Capital rose {s} per cent.", "en")["value"] == float(x)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_vietnamese_number_words(n):
    units = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    tens, unit = divmod(n, 10)
    if tens == 0:
        words = units[unit]
    else:
        head = "mười" if tens == 1 else f"{units[tens]} mươi"
        tail = {0: "", 1: "một" if tens == 1 else "mốt", 5: "lăm"}.get(unit, units[unit])
        words = f"{head} {tail}".strip()
    table = F.extract_figures(f"Có {words} doanh nghiệp tham gia.", "vi")
    if words in ("một", "năm"):  # "một" is "a"; "năm" before a noun not in the lexicon is read as "year"
        return
    assert table.value.tolist() == [float(n)], words


TOKENS = list('0123456789.,/-–%$¥ ()"“”\n') + [
    "tỷ",
    "triệu",
    "USD",
    "US$",
    "năm",
    "tháng",
    "ngày",
    "hơn",
    "gần",
    "từ",
    "đến",
    "hai",
    "ba",
    "nước",
    "lần",
    "thứ",
    "quý",
    "I",
    "per cent",
    "billion",
    "between",
    "and",
    " the ",
    "s",
    "March",
    "Monday",
    "số",
    "một",
    "nửa",
    "gấp",
]
TRICKY = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TRICKY, st.text(max_size=80)), st.sampled_from(["vi", "en"]))
def test_no_text_makes_the_extractors_raise_and_offsets_slice_back(text, lang):
    figures = F.extract_figures(text, lang)
    for row in figures.itertuples():
        assert text[row.start : row.end] == row.surface
        assert row.kind in F.KINDS and row.qualifier in F.QUALIFIERS
        assert math.isnan(row.value_high) or row.value_high > row.value
    dates = F.extract_dates(text, lang, reference_date="2025-04-28")
    for row in dates.itertuples():
        assert text[row.start : row.end] == row.surface
    assert not any(f.start < d.end and d.start < f.end for f in figures.itertuples() for d in dates.itertuples())


# --- dates ----------------------------------------------------------------------------------

DATE_CASES = [
    ("Chiều ngày 28/4/2025, diễn đàn khai mạc.", "vi", "2025-04-28", "day", False),
    ("Ngày 10/7, Phó Thủ tướng có cuộc gặp.", "vi", "2025-07-10", "day", True),
    ("Tính đến tháng 3/2025, vốn tăng.", "vi", "2025-03", "month", False),
    ("Trong quý I/2025, vốn tăng.", "vi", "2025-01/2025-03", "period", False),
    ("Mục tiêu đến năm 2028.", "vi", "2028", "year", False),
    ("Nhân dịp kỷ niệm (21/9/1973 – 21/9/2025).", "vi", "1973-09-21/2025-09-21", "period", False),
    ("Ông nhắc về chuyến thăm vào tháng 4.", "vi", "2025-04", "month", True),
    ("Sự kiện diễn ra ngày 10 tháng 7 năm 2025.", "vi", "2025-07-10", "day", False),
    ("Xuất khẩu 6 tháng đầu năm 2025 tăng.", "vi", "2025-01/2025-06", "period", False),
    ("Giai đoạn 2021-2030 là then chốt.", "vi", "2021/2030", "period", False),
    ("Từ thập niên 1990, đầu tư tăng.", "vi", "1990/1999", "decade", False),
    ("Hội chợ diễn ra từ 1-3/7.", "vi", "2025-07-01/2025-07-03", "period", True),
    ("Kim ngạch năm nay dự kiến tăng.", "vi", "2025", "year", True),
    ("As of March, Japan led.", "en", "2025-03", "month", True),
    ("Growth since the 1990s.", "en", "1990/1999", "decade", False),
    ("The forum was held on 28 April 2025.", "en", "2025-04-28", "day", False),
    ("The forum was held on April 28, 2025.", "en", "2025-04-28", "day", False),
    ("It was held on Monday.", "en", "2025-04-28", "day", True),
    ("In the first quarter of this year, capital rose.", "en", "2025-01/2025-03", "period", True),
    ("Trade grew in 2024.", "en", "2024", "year", False),
    ("Sales rose in the first half of 2025.", "en", "2025-01/2025-06", "period", False),
    ("Results for Q3 2024 were strong.", "en", "2024-07/2024-09", "period", False),
]


@pytest.mark.parametrize(("text", "lang", "iso", "precision", "inferred"), DATE_CASES)
def test_dates(text, lang, iso, precision, inferred):
    table = F.extract_dates(text, lang, reference_date="2025-04-28")
    assert len(table) == 1, table.to_string()
    row = table.iloc[0]
    assert (row.iso, row.precision, bool(row.year_inferred)) == (iso, precision, inferred)
    assert text[row.start : row.end] == row.surface


def test_dates_without_a_reference_keep_the_year_unknown():
    row = F.extract_dates("Ngày 10/7, hai bên gặp nhau.", "vi").iloc[0]
    assert (row.iso, row.date_start, bool(row.year_inferred)) == ("--07-10", "", False)
    assert F.extract_dates("This year is good.", "en").empty  # relative dates need a reference


def test_inferred_year_is_the_nearest():
    assert F.extract_dates("Hạn chót ngày 29/2.", "vi", "2025-01-10").iso.tolist() == ["2024-02-29"]  # a leap year
    assert F.extract_dates("Hội nghị ngày 28/12.", "vi", "2025-01-05").iso.tolist() == ["2024-12-28"]
    assert F.extract_dates("Khai giảng từ tháng 10.", "vi", "2025-09-19").iso.tolist() == ["2025-10"]


def test_dates_ignore_names_and_identifiers():
    assert F.extract_dates("Cách mạng Tháng 8 thành công.", "vi", "2025-09-19").empty
    assert F.extract_dates("Nghị định 13/2023/NĐ-CP.", "vi", "2025-09-19").empty
    assert F.extract_dates("Tăng 3/4 so với kế hoạch trong 5 năm tới.", "vi", "2025-09-19").empty


def test_date_columns():
    assert list(F.extract_dates("", "vi").columns) == F.DATE_COLUMNS


# --- the corpus and the reference answers ----------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return helpers.load_corpus()


@pytest.fixture(scope="module")
def predicted(corpus) -> pd.DataFrame:
    return F.corpus_figures(corpus)


def test_annotation_surfaces_are_exact_substrings(corpus):
    texts = corpus.set_index("doc_id").text
    for name, table in (("figures", E.reference_figures()), ("dates", E.reference_dates())):
        for row in table.itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.surface, (name, row)
            assert row.surface in row.sentence and row.sentence in texts[row.doc_id], (name, row)


def test_annotations_are_well_formed():
    ref = E.reference_figures()
    assert set(F.FIGURE_COLUMNS) | {"doc_id", "subject", "written"} <= set(ref.columns)
    assert set(ref.kind) <= set(F.KINDS) and set(ref.qualifier) <= set(F.QUALIFIERS)
    assert (ref.written == [E.written_as(s) for s in ref.surface]).all()
    assert (ref.currency != "").eq(ref.kind == "money").all()
    assert ref.subject.str.len().gt(0).all()


def test_precision_and_recall_on_the_reference_answers(predicted):
    scores = E.evaluate_figures(predicted, E.reference_figures(), by="written").set_index("written")
    # Just under what the extractor measures (README: 1.00 everywhere): one figure lost fails.
    assert (scores[["precision", "recall"]] >= 0.99).all().all(), scores


def test_dates_on_the_reference_answers(corpus):
    scores = E.evaluate_dates(F.corpus_dates(corpus), E.reference_dates(), by=None).iloc[0]
    # README: precision 1.00, recall 0.96 (22 of 23): one more date lost fails.
    assert scores.precision >= 0.99 and scores.recall >= 0.95, scores


def test_figures_never_overlap_dates(corpus, predicted):
    dates = F.corpus_dates(corpus)
    for doc_id, figs in predicted.groupby("doc_id"):
        spans = dates[dates.doc_id == doc_id][["start", "end"]].values.tolist()
        for f in figs.itertuples():
            assert not any(f.start < e and s < f.end for s, e in spans), f


def test_corpus_figures_columns(predicted):
    assert list(predicted.columns) == ["doc_id"] + F.FIGURE_COLUMNS


def test_evaluate_figures_counts_one_match_per_reference(predicted):
    ref = E.reference_figures()
    doubled = pd.concat([predicted, predicted], ignore_index=True)
    scores = E.evaluate_figures(doubled, ref, by=None).iloc[0]
    assert scores.tp == len(ref) and scores.fp == len(predicted)


def test_english_slash_dates_are_in_us_order():
    found = F.extract_dates("Updated: 1/19/2026 09:12. The plan was approved.", "en", reference_date="2026-01-20")
    assert list(found.iso) == ["2026-01-19"]
    assert list(F.extract_dates("Cập nhật 11/4/2023 lúc 9 giờ.", "vi").iso) == ["2023-04-11"]
    assert list(F.extract_dates("By Tom Ashby 28/02/2020", "en").iso) == ["2020-02-28"]  # no 28th month: day first


def test_every_year_of_a_list_is_a_date():
    found = F.extract_dates("Dự án được điều chỉnh các năm 2007, 2012, 2016 và 2023.", "vi")
    assert list(found.iso) == ["2007", "2012", "2016", "2023"]
    assert list(F.extract_dates("Năm 2023, 5 dự án mới được cấp phép.", "vi").iso) == ["2023"]


def test_a_dashed_day_after_a_part_of_the_day():
    assert _dated("Sáng 22-12, tuyến metro khai trương.", "vi", "2024-12-25") == [("22-12", "2024-12-22")]
    assert F.extract_dates("Giá từ 10-12 tỷ đồng mỗi căn.", "vi", reference_date="2024-12-25").empty


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Nhật Bản là đối tác ODA số 1 của Việt Nam.", "vi", ("đối tác ODA số 1", 1.0, "rank")),
        ("Nhật Bản là nhà đầu tư số 1 tại tỉnh.", "vi", ("nhà đầu tư số 1", 1.0, "rank")),
        ("Japan is the third largest investor.", "en", ("third largest", 3.0, "rank")),
        ("The loan is 41.9 billion Japanese yen.", "en", ("41.9 billion Japanese yen", 41.9e9, "money")),
        ("The firm plans to double its client base.", "en", ("double", 2.0, "multiplier")),
    ],
)
def test_ranks_currencies_and_multipliers_in_other_wordings(text, lang, expected):
    found = F.extract_figures(text, lang)
    assert expected in set(zip(found.surface, found.value, found.kind, strict=True))


def test_identifiers_rate_periods_and_qualifiers():
    assert F.extract_figures("Tuyến metro số 1 khai trương.", "vi").empty
    assert F.extract_figures("Hợp đồng được gia hạn mỗi 5 năm.", "vi").empty  # how often, not how long
    assert F.extract_figures("Vốn FDI vượt trên mức 20 tỷ USD.", "vi").qualifier.tolist() == ["over"]
    assert F.extract_figures("The loan is 41.9 billion Japanese yen.", "en").currency.tolist() == ["JPY"]


def test_the_year_before_counts_from_the_year_of_its_sentence():
    found = F.extract_dates(
        "Năm 2023, hai nước đưa 155.000 người đi làm việc, tăng 8,5% so với năm trước.",
        "vi",
        reference_date="2024-03-01",
    )
    assert list(found.iso) == ["2023", "2022"]
    assert list(F.extract_dates("Doanh thu năm ngoái tăng.", "vi", reference_date="2024-03-01").iso) == ["2023"]
    assert "2022" in set(
        F.extract_dates("Income in 2023 rose 19.6% from a year earlier.", "en", reference_date="2024-03-01").iso
    )


# --- issue 14: wordings that held on the course articles but not on new ones ------------------


def _dated(text: str, lang: str, reference: str | None) -> list[tuple[str, str]]:
    """The dates extract_dates finds in ``text``, as (surface, ISO value) pairs."""
    found = F.extract_dates(text, lang, reference_date=reference)
    return list(zip(found.surface, found.iso, strict=True))


def _found(text: str, lang: str) -> list[tuple]:
    table = F.extract_figures(text, lang)
    return [
        (r.surface, r.value, None if math.isnan(r.value_high) else r.value_high, r.kind) for r in table.itertuples()
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The plant needs one to two years to build.", "en", [("one to two years", 1.0, 2.0, "duration")]),
        ("Agencies have two to three years to adapt.", "en", [("two to three years", 2.0, 3.0, "duration")]),
        ("Dự án cần hai đến ba năm để hoàn thành.", "vi", [("hai đến ba năm", 2.0, 3.0, "duration")]),
        ("Giá tăng 5 tới 7 lần.", "vi", [("5 tới 7 lần", 5.0, 7.0, "multiplier")]),
        (
            "The share rose 11.2 percentage points to 57.9 percent.",
            "en",
            [("11.2 percentage points", 11.2, None, "percent"), ("57.9 percent", 57.9, None, "percent")],
        ),
        ("Cut emissions 30% to 2030.", "en", [("30%", 30.0, None, "percent")]),
    ],
)
def test_ranges_written_with_to_and_den_without_from(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("JICA approved three ODA projects.", ("three ODA projects", 3.0, None, "count")),
        (
            "JICA approved three Official Development Assistance projects.",
            ("three Official Development Assistance projects", 3.0, None, "count"),
        ),
        ("The lab employs 50 Vietnamese engineers.", ("50 Vietnamese engineers", 50.0, None, "count")),
        ("Answers came from 5,007 Japanese companies.", ("5,007 Japanese companies", 5007.0, None, "count")),
    ],
)
def test_english_counted_nouns_after_capitalised_modifiers(text, expected):
    assert _found(text, "en") == [expected]
    assert F.extract_figures("Trade rose in five In Tokyo.", "en").empty  # a name with no noun after it


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Việt Nam là thị trường xuất khẩu thứ 4 của Nhật Bản.",
            "vi",
            ("thị trường xuất khẩu thứ 4", 4.0, None, "rank"),
        ),
        ("Nhật Bản là nhà đầu tư thứ ba tại tỉnh.", "vi", ("nhà đầu tư thứ ba", 3.0, None, "rank")),
        ("Gạo là mặt hàng xuất khẩu số 1 của tỉnh.", "vi", ("mặt hàng xuất khẩu số 1", 1.0, None, "rank")),
        ("Khoai lang xếp thứ 3 trong nhóm.", "vi", ("xếp thứ 3", 3.0, None, "rank")),
        ("That left Vietnam second in Southeast Asia.", "en", ("second", 2.0, None, "rank")),
        ("Vietnam is third only to India and China.", "en", ("third", 3.0, None, "rank")),
        ("That puts Japan fourth by number of projects.", "en", ("fourth", 4.0, None, "rank")),
    ],
)
def test_ranks_without_lon_dung_or_hang(text, lang, expected):
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("It was the first in Vietnam to adopt the rule.", "en"),  # an ordinal of an event
        ("Đây là hiệp định vay thứ tư trong năm.", "vi"),  # not a role that is ranked
        ("They marked the 50th anniversary of relations.", "en"),
        ("Sales were the third in June.", "en"),
        ("The two companies said on Tuesday they would cooperate.", "en"),  # the two parties
        ("Tháng trước, hai ngân hàng ký thỏa thuận hợp tác.", "vi"),
        ("Cả hai doanh nghiệp đều có lãi.", "vi"),
        ("Hiệp định được rà soát cứ ba năm một lần.", "vi"),  # how often, not how long
    ],
)
def test_event_ordinals_parties_and_rate_periods_are_not_figures(text, lang):
    assert F.extract_figures(text, lang).empty, _found(text, lang)


def test_two_of_something_is_still_a_count_without_the_or_a_reciprocal_verb():
    assert _found("FPT will hire two engineers.", "en") == [("two engineers", 2.0, None, "count")]
    assert _found("Hai ngân hàng Nhật Bản mở chi nhánh.", "vi")[0][1:] == (2.0, None, "count")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Trainees fell from 99,170 in 2019 to 83,403 in 2022.", "en"),
        ("Số thực tập sinh giảm từ 99.170 năm 2019 xuống 83.403 năm 2022.", "vi"),
    ],
)
def test_both_ends_of_a_change_are_elliptical_counts(text, lang):
    table = F.extract_figures(text, lang)
    assert list(zip(table.value, table.kind, table.unit, strict=True)) == [
        (99170.0, "count", ""),
        (83403.0, "count", ""),
    ]
    assert F.extract_figures("See page 12 of the report, written in 2019.", "en").empty  # an identifier


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        ("Vốn ODA năm tài khóa 2023 vượt 100 tỷ yen.", "vi", "2024-01-10", [("năm tài khóa 2023", "2023-04/2024-03")]),
        ("Profits rose in fiscal 2024.", "en", "2025-01-10", [("fiscal 2024", "2024-04/2025-03")]),
        (
            "The FY2024 budget and fiscal year 2023.",
            "en",
            "2025-01-10",
            [("FY2024", "2024-04/2025-03"), ("fiscal year 2023", "2023-04/2024-03")],
        ),
        (
            "Sales for 2023 rose and business improved on 2022.",
            "en",
            "2025-01-10",
            [("2023", "2023"), ("2022", "2022")],
        ),
        ("Jobs for 2000 workers, more than 2100 people.", "en", "2025-01-10", []),
        (
            "Needs for 2025 and 2026, seven times the 2015 figure, under a 2019 contract for the 2000 people.",
            "en",
            "2025-02-28",
            [("2025", "2025"), ("2026", "2026"), ("2015", "2015"), ("2019", "2019")],
        ),
        (
            "A February report and the March survey.",
            "en",
            "2025-04-10",
            [("February", "2025-02"), ("March", "2025-03")],
        ),
    ],
)
def test_fiscal_years_weak_year_cues_and_months_after_an_article(text, lang, reference, expected):
    assert _dated(text, lang, reference) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Eight of the 10 firms agreed.", "en", [("Eight", 8.0, None, "count"), ("10 firms", 10.0, None, "count")]),
        ("Nine of them work in Mie.", "en", [("Nine", 9.0, None, "count")]),
        ("Chỉ 49 trong số 63 tỉnh đã đạt.", "vi", [("49", 49.0, None, "count"), ("63 tỉnh", 63.0, None, "count")]),
        (
            "The number rose to 1,500, up from 1,200.",
            "en",
            [("1,500", 1500.0, None, "count"), ("1,200", 1200.0, None, "count")],
        ),
        ("Số hội viên đạt 1.500.", "vi", [("1.500", 1500.0, None, "count")]),
        ("It is bringing the number of models it builds to six.", "en", [("six", 6.0, None, "count")]),
        (
            "It plans to double headcount to 2,600.",
            "en",
            [("double", 2.0, None, "multiplier"), ("2,600", 2600.0, None, "count")],
        ),
    ],
)
def test_elliptical_counts_after_a_change_and_before_a_partitive(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The loans have tenors of three and five years.",
            "en",
            [("three", 3.0, None, "duration"), ("five years", 5.0, None, "duration")],
        ),
        ("Có 3 hoặc 5 dự án.", "vi", [("3", 3.0, None, "count"), ("5 dự án", 5.0, None, "count")]),
    ],
)
def test_two_numbers_joined_by_and_share_the_unit_after_them(text, lang, expected):
    assert _found(text, lang) == expected


def test_a_count_after_a_year_and_its_comma_is_no_listed_identifier():
    assert _found("Năm 2023, 58 sinh viên tốt nghiệp.", "vi") == [("58 sinh viên", 58.0, None, "count")]
    assert F.extract_figures("Điều 5 và 6 quy định rõ.", "vi").empty


def test_clock_times_are_no_figures():
    assert F.extract_figures("The forum opens at 9 o'clock and closes at 5 pm.", "en").empty
    assert _found("Ông Khoa đề xuất ba sáng kiến.", "vi") == [("ba sáng kiến", 3.0, None, "count")]


def test_elliptical_counts_never_take_one_or_a_bare_identifier():
    assert F.extract_figures("Japan is one of the largest investors.", "en").empty
    assert F.extract_figures("Một trong số đó là FPT.", "vi").empty
    assert F.extract_figures("Phase 2 of the project starts.", "en").empty  # a name, not a part of a whole


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("They bought a 180-hectare site.", "en", [("180-hectare", 180.0, None, "count")]),
        ("A 12-member team arrived.", "en", [("12-member", 12.0, None, "count")]),
        ("The 21-storey hotel opened.", "en", [("21-storey", 21.0, None, "count")]),
        ("It makes a seven-seat minivan.", "en", [("seven-seat", 7.0, None, "count")]),
        ("A five-kilogram bag costs more.", "en", [("five-kilogram", 5.0, None, "count")]),
        ("The phase-two warehouse opened.", "en", []),  # a number word glued after a hyphen: a name's code
        ("Japan is the No. 1 ODA donor.", "en", [("No. 1", 1.0, None, "rank")]),
        ("It became Vietnam's No. 2 investor.", "en", [("No. 2", 2.0, None, "rank")]),
        ("Vốn Nhật chiếm 1/3 tổng vốn.", "vi", [("1/3", 1 / 3, None, "multiplier")]),
        ("Khoảng 1/4 lao động làm việc tại Nhật Bản.", "vi", [("1/4", 0.25, None, "multiplier")]),
        ("A fourfold increase in a decade.", "en", [("fourfold", 4.0, None, "multiplier")]),
        ("About one in four workers is abroad.", "en", [("one in four", 0.25, None, "multiplier")]),
        ("A quarter of them work in Tokyo.", "en", [("A quarter", 0.25, None, "multiplier")]),
    ],
)
def test_hyphenated_nouns_numbered_ranks_and_fractions(text, lang, expected):
    got = _found(text, lang)
    assert [(s, k) for s, _, _, k in got] == [(s, k) for s, _, _, k in expected]
    assert all(same(g[1], e[1]) for g, e in zip(got, expected, strict=True))


def test_identifiers_and_dates_stay_out_of_the_new_wordings():
    assert F.extract_figures("Decree No. 13 applies from the 1st.", "en").empty
    assert F.extract_figures("Hạn nộp hồ sơ đến 1/3.", "vi").empty  # a date (1 March), not a third
    assert F.extract_figures("COVID-19 changed a quarter-century of habits.", "en").empty
    assert list(F.extract_dates("Hạn nộp hồ sơ đến 1/3.", "vi", reference_date="2025-02-01").iso) == ["2025-03-01"]


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        (
            "Tháng trước kim ngạch tăng, tháng này chững lại.",
            "vi",
            "2025-05-20",
            [("Tháng trước", "2025-04"), ("tháng này", "2025-05")],
        ),
        (
            "Trong tháng 7, xuất khẩu tăng 3% so với tháng trước.",
            "vi",
            "2025-08-20",
            [("tháng 7", "2025-07"), ("tháng trước", "2025-06")],
        ),
        ("Doanh số 5 tháng tới sẽ tăng.", "vi", "2025-08-20", []),  # a duration
        (
            "Last month exports rose; next month a delegation visits.",
            "en",
            "2025-01-20",
            [("Last month", "2024-12"), ("next month", "2025-02")],
        ),
        (
            "In December 2024 sales rose from the previous month.",
            "en",
            "2025-03-01",
            [("December 2024", "2024-12"), ("the previous month", "2024-11")],
        ),
    ],
)
def test_relative_months_count_from_the_article_or_from_a_month_in_the_sentence(text, lang, reference, expected):
    assert _dated(text, lang, reference) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Profit in the April-June quarter rose.", "2025-08-10", [("April-June", "2025-04/2025-06")]),
        ("Sales fell in January-March 2025.", "2025-11-10", [("January-March 2025", "2025-01/2025-03")]),
        ("Sales fell in December-February 2025.", "2025-11-10", [("December-February 2025", "2024-12/2025-02")]),
        ("Sales rose in the year ending March 2025.", "2025-05-10", [("year ending March 2025", "2024-04/2025-03")]),
        (
            "Results for the six months to September were strong.",
            "2025-11-10",
            [("six months to September", "2025-04/2025-09")],
        ),
        ("The 2023 fiscal year was weak.", "2025-05-10", [("2023 fiscal year", "2023-04/2024-03")]),
        (
            "It opens by end-2025, between 2026 and 2030.",
            "2025-05-10",
            [("2025", "2025"), ("2026 and 2030", "2026/2030")],
        ),
    ],
)
def test_english_periods_written_the_way_business_news_writes_them(text, reference, expected):
    assert _dated(text, "en", reference) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FPT will build a US$200-million plant.", ("US$200-million", 200e6, "money")),
        ("A $1.5-billion campus opened.", ("$1.5-billion", 1.5e9, "money")),
        ("The 40,000-square-metre factory is ready.", ("40,000-square-metre", 40000.0, "count")),
        ("Four in ten Japanese firms plan to expand.", ("Four in ten", 0.4, "multiplier")),
    ],
)
def test_scale_words_and_units_after_a_hyphen_and_fractions_in_words(text, expected):
    table = F.extract_figures(text, "en")
    assert len(table) == 1 and (table.surface[0], table.kind[0]) == (expected[0], expected[2])
    assert same(table.value[0], expected[1])


def test_the_value_of_a_number_named_before_it_is_an_elliptical_count():
    assert _found("Số lao động đưa đi năm 2024 là 72.000.", "vi") == [("72.000", 72000.0, None, "count")]
    assert _found("The number of Vietnamese interns was 3,000.", "en") == [("3,000", 3000.0, None, "count")]
    assert F.extract_figures("Số hiệu của tàu là 12.", "vi").empty  # an identifier: no counted noun after "Số"


@pytest.mark.parametrize(
    "text, lang, qualifier",
    [
        ("Công ty có trên dưới 100 nhân viên.", "vi", "about"),
        ("Doanh thu ngót 200 tỷ đồng.", "vi", "nearly"),
        ("Lãi tầm 30 tỷ đồng.", "vi", "about"),
        ("Kim ngạch vượt mốc 50 tỷ USD.", "vi", "over"),
        ("Exports topped $5 billion.", "en", "over"),
    ],
)
def test_more_qualifier_words(text, lang, qualifier):
    assert F.extract_figures(text, lang).qualifier.tolist() == [qualifier]


def test_a_month_with_a_relative_year_is_one_date_and_a_year_later_counts_from_its_sentence():
    found = F.extract_dates("In December last year exports rose; in March this year they fell.", "en", "2025-05-01")
    assert list(zip(found.surface, found.iso, strict=True)) == [
        ("December last year", "2024-12"),
        ("March this year", "2025-03"),
    ]
    found = F.extract_dates("The plant opened in 2019 and doubled a year later.", "en", "2025-05-01")
    assert list(found.iso) == ["2019", "2020"]
    assert F.extract_dates("It doubled a year later.", "en", "2025-05-01").empty  # no year to count from


def test_two_firms_signing_with_a_third_party_are_a_count():
    assert _found("Hai doanh nghiệp Việt Nam ký hợp đồng với FPT.", "vi") == [("Hai doanh nghiệp", 2.0, None, "count")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Hội chợ diễn ra từ 10 đến 12/7.", "vi", [("10 đến 12/7", "2025-07-10/2025-07-12")]),
        ("The fair runs July 1-3.", "en", [("July 1-3", "2025-07-01/2025-07-03")]),
        ("It ran 10-12 September 2025.", "en", [("10-12 September 2025", "2025-09-10/2025-09-12")]),
        ("It ran from Sept. 10 to 12, 2025.", "en", [("Sept. 10 to 12, 2025", "2025-09-10/2025-09-12")]),
        ("Shares rose on Tuesday, Oct. 14.", "en", [("Oct. 14", "2025-10-14")]),
        ("On Wednesday (Nov. 5) it closed.", "en", [("Nov. 5", "2025-11-05")]),
        ("Growth was 5-7 percent in May 2025.", "en", [("May 2025", "2025-05")]),
    ],
)
def test_spans_of_days_and_a_weekday_beside_its_date(text, lang, expected):
    assert _dated(text, lang, "2025-06-01") == expected


def test_addresses_and_possessive_ordinals_are_not_figures():
    assert F.extract_figures("The office is at 25 Ly Thuong Kiet street in Hanoi.", "en").empty
    assert F.extract_figures("Toyota's first in Vietnam opened in 1996.", "en").empty


def test_a_fraction_of_something_is_not_a_date():
    text = "Có đến 1/3 số doanh nghiệp thua lỗ; hạn chót đến 1/3; ngày 1/3 số liệu được công bố."
    found = F.extract_dates(text, "vi", reference_date="2025-02-01")
    assert list(zip(found.surface, found.iso, strict=True)) == [("1/3", "2025-03-01"), ("ngày 1/3", "2025-03-01")]
    assert found.start.tolist()[0] == text.index("1/3;")
    figures = F.extract_figures(text, "vi")
    assert list(zip(figures.surface, figures.kind, figures.qualifier, strict=True)) == [("1/3", "multiplier", "up_to")]


def test_iso_web_stamps_are_dates():
    assert _dated("Posted 2025-07-01 10:12; the 2021-2025 plan.", "en", "2025-07-02") == [
        ("2025-07-01", "2025-07-01"),
        ("2021-2025", "2021/2025"),
    ]


def test_top_n_in_words_and_the_vietnamese_spelling():
    found = F.extract_figures("Vietnam is in the top four; Việt Nam lọt tốp 5 thế giới.", "en")
    assert list(zip(found.surface, found.value, found.kind, strict=True)) == [
        ("top four", 4.0, "rank"),
        ("tốp 5", 5.0, "rank"),
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Doanh nghiệp Nhật chiếm từ 1/4 đến 1/3 tổng vốn của ngành.", "vi", []),
        ("Tỷ lệ này tăng từ 1/5 lên 1/3 chỉ sau hai năm.", "vi", []),
        ("Có tới 3/4 thực tập sinh hoàn thành hợp đồng; mức giảm lên tới 1/3.", "vi", []),
        ("Tới 2/3 doanh nghiệp dự định tăng lương. Đến 1/3, doanh nghiệp phải nộp.", "vi", [("1/3", "2025-03-01")]),
        (
            "Từ 1/7 lương tăng; từ 1/4 đến 1/5 hội chợ mở cửa.",
            "vi",
            [("1/7", "2025-07-01"), ("1/4 đến 1/5", "2025-04-01/2025-05-01")],
        ),
        ("Đợt 2/2025 tuyển 300 kỹ sư, khóa 3/2024 đã tốt nghiệp; đến 3/2025 đã xong.", "vi", [("3/2025", "2025-03")]),
        ("The share rose from 1/5 to 1/3; up to 1/3 of trainees leave.", "en", []),
        ("The fair runs on 7/1.", "en", [("7/1", "2025-07-01")]),  # English text: month first
    ],
)
def test_shares_and_numbered_rounds_written_like_dates_are_not_dates(text, lang, expected):
    assert _dated(text, lang, "2025-06-15") == expected


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        (
            "Last August the plan was shown; this April a loan, next March the line.",
            "en",
            "2025-06-05",
            [("Last August", "2024-08"), ("this April", "2025-04"), ("next March", "2026-03")],
        ),
        (
            "In August 2019 a memo was signed, and the governor came that November.",
            "en",
            "2023-07-29",
            [("August 2019", "2019-08"), ("November", "2019-11")],
        ),
        (
            "Between January and June, 72,000 workers left.",
            "en",
            "2023-07-29",
            [("January and June", "2023-01/2023-06")],
        ),
        ("between March and May 2024", "en", "2025-06-05", [("March and May 2024", "2024-03/2024-05")]),
        (
            "Tháng 8 tới công ty mở nhà máy, sau khi ký từ tháng 3 vừa qua.",
            "vi",
            "2025-06-05",
            [("Tháng 8 tới", "2025-08"), ("tháng 3 vừa qua", "2025-03")],
        ),
        ("từ tháng 1 tới tháng 6", "vi", "2025-06-05", [("tháng 1 tới tháng 6", "2025-01/2025-06")]),
        (
            "Khảo sát chạy từ tháng 8 đến tháng 9 năm ngoái.",
            "vi",
            "2025-06-05",
            [("tháng 8 đến tháng 9 năm ngoái", "2024-08/2024-09")],
        ),
        (
            "BUSINESS JUN. 05, 2025 07:15 AM JST; SEPT. 3, 2024; 05 JUN 2025",
            "en",
            "2025-06-05",
            [("JUN. 05, 2025", "2025-06-05"), ("SEPT. 3, 2024", "2024-09-03"), ("05 JUN 2025", "2025-06-05")],
        ),
    ],
)
def test_months_placed_by_a_word_ranges_between_two_months_and_capitals(text, lang, reference, expected):
    assert _dated(text, lang, reference) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Năm 2022 hai bên ký, một năm sau công ty có lãi.", "vi", [("Năm 2022", "2022"), ("năm sau", "2023")]),
        ("Một năm sau, công ty có lãi. Năm sau đó, công ty mở rộng.", "vi", []),
        ("Hơn một năm sau, ngân hàng mới chấp thuận.", "vi", []),
        (
            "Hai mươi năm trước và mấy năm trước nữa, mười lăm năm tới; so với năm trước, tăng 5%.",
            "vi",
            [("năm trước", "2024")],
        ),
        (
            "It was signed on October 20, 2023 and cleared on December 30, 2024, more than a year later.",
            "en",
            [("October 20, 2023", "2023-10-20"), ("December 30, 2024", "2024-12-30")],
        ),
        (
            "Profit for 2024 was 9.8 points more than a year earlier.",
            "en",
            [("2024", "2024"), ("a year earlier", "2023")],
        ),
    ],
)
def test_a_year_later_needs_a_year_to_count_from_and_is_no_date_after_a_qualifier(text, lang, expected):
    assert _dated(text, lang, "2025-06-15") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A dozen Japanese firms signed; more than a dozen projects began.",
            [("A dozen Japanese firms", 12.0, "count", "exact"), ("a dozen projects", 12.0, "count", "over")],
        ),
        (
            "Some two dozen projects and half a dozen banks.",
            [("two dozen projects", 24.0, "count", "about"), ("half a dozen banks", 6.0, "count", "exact")],
        ),
        (
            "It hired a hundred workers and expects half a million visitors.",
            [("a hundred workers", 100.0, "count", "exact"), ("half a million visitors", 500000.0, "count", "exact")],
        ),
        ("Dozens of companies and hundreds of workers joined a billion-dollar plan.", []),  # vague amounts
        (
            "Hai chục doanh nghiệp Nhật Bản tham gia, hàng chục doanh nghiệp khác đứng ngoài.",
            [("Hai chục doanh nghiệp", 20.0, "count", "exact")],
        ),
    ],
)
def test_dozen_hundred_and_an_article_before_a_scale_word(text, expected):
    lang = "vi" if "doanh" in text else "en"
    found = F.extract_figures(text, lang)
    assert list(zip(found.surface, found.value, found.kind, found.qualifier, strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It opened eight new semiconductor design centres.", [("eight new semiconductor design centres", "centres")]),
        ("Three big Japanese banks lent the money.", [("Three big Japanese banks", "banks")]),
        (
            "They set up three research and development centres.",
            [("three research and development centres", "centres")],
        ),
        (
            "The group will build two more factories and three other plants.",
            [("two more factories", "factories"), ("three other plants", "plants")],
        ),
        ("The deal runs for four more years.", [("four more years", "years")]),
    ],
)
def test_english_number_words_before_modifiers_and_several_word_nouns(text, expected):
    found = F.extract_figures(text, "en")
    assert list(zip(found.surface, found.unit, strict=True)) == expected


def test_the_amount_of_a_change_is_no_range_and_the_first_items_are_no_count():
    found = F.extract_figures("The number of deals rose by two to 21.", "en")
    assert list(zip(found.surface, found.value, found.value_high.isna(), strict=True)) == [
        ("two", 2.0, True),
        ("21", 21.0, True),
    ]
    assert F.extract_figures("The first two phases are done.", "en").empty
    assert only("Over the next five years the plan grows.", "en")["kind"] == "duration"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan was third among foreign investors.", [("third", 3.0, "rank")]),
        ("Japan remained second, behind Singapore.", [("second", 2.0, "rank")]),
        ("Vietnam rose to 44th in the index.", [("44th", 44.0, "rank")]),
        ("The method was first used in 2019; Japan was the first country to sign.", []),
        (
            "The ministry named eight Vietnamese and five Japanese firms.",
            [("eight Vietnamese", 8.0, "count"), ("five Japanese firms", 5.0, "count")],
        ),
    ],
)
def test_bare_english_ordinals_after_a_verb_of_standing_and_counts_sharing_a_noun(text, expected):
    found = F.extract_figures(text, "en")
    assert list(zip(found.surface, found.value, found.kind, strict=True)) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Năm tài khóa bắt đầu từ ngày 1/4 năm trước và kết thúc vào ngày 31/3 năm sau.", "vi", []),
        ("Japan's fiscal year runs from April 1 to March 31 of the following year.", "en", []),
        ("Hằng năm, vào ngày 2/9, người dân treo cờ; hợp đồng gia hạn vào ngày 1/1 hằng năm.", "vi", []),
        ("Ngày 10/7, công ty cho biết mỗi năm tuyển 100 kỹ sư.", "vi", [("Ngày 10/7", "2025-07-10")]),
        (
            "Năm tài khóa 2023 kết thúc ngày 31/3 năm sau.",
            "vi",
            [("Năm tài khóa 2023", "2023-04/2024-03"), ("ngày 31/3 năm sau", "2024-03-31")],
        ),
        (
            "Luật có hiệu lực từ ngày 15/3 năm ngoái; the rule took effect on March 15 last year.",
            "vi",
            [("ngày 15/3 năm ngoái", "2024-03-15"), ("March 15 last year", "2024-03-15")],
        ),
    ],
)
def test_generic_recurring_dates_are_not_dates_and_a_day_takes_the_year_word_after_it(text, lang, expected):
    assert _dated(text, lang, "2025-06-15") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Revenue hit US$3.4bn, up 12pc; exports grew by 8.2 pc.",
            [
                ("US$3.4bn", 3.4e9, "money", "exact"),
                ("12pc", 12.0, "percent", "exact"),
                ("8.2 pc", 8.2, "percent", "exact"),
            ],
        ),
        (
            "The firm has 3,000-plus engineers and 10,000+ staff, and targets 8%+ growth.",
            [
                ("3,000-plus engineers", 3000.0, "count", "over"),
                ("10,000+ staff", 10000.0, "count", "over"),
                ("8%+", 8.0, "percent", "over"),
            ],
        ),
        ("Japan is Vietnam's No 3 investor; the time is GMT+7.", [("No 3", 3.0, "rank", "exact")]),
    ],
)
def test_pc_for_per_cent_plus_after_a_number_and_no_without_a_full_stop(text, expected):
    found = F.extract_figures(text, "en")
    assert list(zip(found.surface, found.value, found.kind, found.qualifier, strict=True)) == expected


def test_a_date_after_today_yesterday_or_tomorrow_with_a_comma_or_in_brackets():
    text = "Sáng nay, 15/6, hai bên ký kết; sáng qua (14-6) đoàn đến; tỷ số 3-1."
    assert _dated(text, "vi", "2025-06-15") == [("15/6", "2025-06-15"), ("14-6", "2025-06-14")]


# --- issue 14, round 5: probes written for each kind, in other words than the tuning articles ---


def _surfaces(text: str, lang: str) -> list[tuple[str, float, str]]:
    table = F.extract_figures(text, lang)
    return [(s, round(v, 3), k) for s, v, k in zip(table.surface, table.value, table.kind, strict=True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Staff numbers are rising from 6,000 to 14,000.", [("6,000", 6000.0, "count"), ("14,000", 14000.0, "count")]),
        (
            "Output is growing from 250,000 to 600,000.",
            [("250,000", 250000.0, "count"), ("600,000", 600000.0, "count")],
        ),
        ("Exports were rising from 10% to 12%.", [("10%", 10.0, "percent"), ("12%", 12.0, "percent")]),
    ],
)
def test_a_change_written_with_ing_has_two_elliptical_ends(text, expected):
    assert _surfaces(text, "en") == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dự án cải tạo các bến số 5 và 6 cảng Cái Lân.", "vi"),
        ("Điều 5, 6 và 7 Luật Đầu tư quy định rõ.", "vi"),
        ("Chapters 3 and 4 cover the rules.", "en"),
        ("Công ty khởi công giai đoạn 2 Nhà máy điện Nhơn Trạch.", "vi"),
        ("Hai nhà máy này sẽ đi vào hoạt động.", "vi"),
        ("These two plants will start next year.", "en"),
    ],
)
def test_later_numbers_of_an_identifier_list_named_phases_and_two_things_named_before_are_no_counts(text, lang):
    assert F.extract_figures(text, lang).empty


def test_a_counted_noun_still_counts_after_a_phase_and_two_new_things_are_a_count():
    assert _surfaces("Giai đoạn 1 gồm 3 nhà máy.", "vi") == [("3 nhà máy", 3.0, "count")]
    assert _surfaces("Công ty sẽ xây hai nhà máy tại Bắc Ninh.", "vi") == [("hai nhà máy", 2.0, "count")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Hàn Quốc đứng thứ nhất về số dự án và thứ hai về vốn.",
            "vi",
            [("đứng thứ nhất", 1.0, "rank"), ("thứ hai", 2.0, "rank")],
        ),
        ("Singapore xếp thứ 2 về vốn, thứ 5 về số dự án.", "vi", [("xếp thứ 2", 2.0, "rank"), ("thứ 5", 5.0, "rank")]),
        (
            "Japan ranked second by capital and third by number of projects.",
            "en",
            [("ranked second", 2.0, "rank"), ("third", 3.0, "rank")],
        ),
        ("Đây là lần thứ ba về Việt Nam của ông.", "vi", []),
    ],
)
def test_a_second_rank_shares_the_verb_of_the_rank_before_it(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The firm hired 2,000 engineers and trained half in Japan.", [0.5]),
        ("About half were women.", [0.5]),
        ("Revenue in the first half rose; the latter half was flat.", []),
        ("It took a year and a half to build.", []),
    ],
)
def test_half_standing_for_a_share_of_what_was_counted(text, expected):
    assert [v for _, v, k in _surfaces(text, "en") if k == "multiplier"] == expected


def test_a_number_grouped_in_thousands_after_a_name_is_a_count_not_a_label():
    assert _surfaces("Doanh nghiệp tặng tỉnh Quảng Ninh 2.000 suất quà.", "vi") == [("2.000 suất quà", 2000.0, "count")]
    assert F.extract_figures("Mẫu xe VinFast VF 8 được bán tại Mỹ.", "vi").empty


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Giá trị tăng gấp trăm lần.", "vi", [("gấp trăm lần", 100.0, "multiplier")]),
        ("Doanh thu cao gấp hai mươi lăm lần.", "vi", [("gấp hai mươi lăm lần", 25.0, "multiplier")]),
        ("The group now owns seven-tenths of the venture.", "en", [("seven-tenths", 0.7, "multiplier")]),
        ("Foreign firms hold four-fifths of the market.", "en", [("four-fifths", 0.8, "multiplier")]),
    ],
)
def test_multipliers_and_fractions_with_any_number_word(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "a 600-megawatt gas plant and a 1.2-gigawatt wind farm",
            "en",
            [("600-megawatt", 600.0, "count"), ("1.2-gigawatt", 1.2, "count")],
        ),
        ("a 50-kilometre expressway", "en", [("50-kilometre", 50.0, "count")]),
        (
            "Cảng đón tàu 200.000 DWT và tàu 18.000 TEU.",
            "vi",
            [("200.000 DWT", 200000.0, "count"), ("18.000 TEU", 18000.0, "count")],
        ),
    ],
)
def test_units_of_power_length_and_ship_capacity(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The plant can build 250,000 cars a year now and 600,000 by 2026.",
            "en",
            [("250,000 cars a year", 250000.0, "count"), ("600,000", 600000.0, "count")],
        ),
        (
            "Nhà máy sản xuất 150.000 xe mỗi năm và 300.000 vào năm 2030.",
            "vi",
            [("150.000 xe mỗi năm", 150000.0, "count"), ("300.000", 300000.0, "count")],
        ),
        ("Dự án giai đoạn 1 và 2 đã xong.", "vi", []),
        ("Phase 1 and 2 are done.", "en", []),
    ],
)
def test_a_second_count_sharing_the_noun_of_the_count_before_it(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        ("Hồi tháng 2, công ty đã ký thỏa thuận.", "vi", "2021-12-16", [("tháng 2", "2021-02")]),
        ("Back in February, the company signed a deal.", "en", "2021-12-16", [("February", "2021-02")]),
        ("Tháng 1 tới, công ty sẽ mở văn phòng.", "vi", "2021-12-16", [("Tháng 1 tới", "2022-01")]),
        ("Sự phục hồi tháng 1 rất mạnh.", "vi", "2021-12-16", [("tháng 1", "2022-01")]),
        ("Tháng 1, công ty đã ký thỏa thuận.", "vi", "2021-12-16", [("Tháng 1", "2021-01")]),
        ("In January, MoMo closed a round.", "en", "2019-11-22", [("January", "2019-01")]),
        ("The plant will open in January.", "en", "2019-11-22", [("January", "2020-01")]),
    ],
)
def test_a_month_after_a_word_of_the_past_is_the_last_one_before_the_article(text, lang, reference, expected):
    assert _dated(text, lang, reference) == expected


def test_a_fraction_after_by_is_the_size_of_a_change():
    assert _surfaces("Exports rose by a third.", "en") == [("a third", 0.333, "multiplier")]
    assert _surfaces("Sales grew by a quarter from a year earlier.", "en") == [("a quarter", 0.25, "multiplier")]
    assert F.extract_figures("He was a third.", "en").empty


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Diễn đàn diễn ra ngày 10 và 12/6.", "vi", [("ngày 10", "2025-06-10"), ("12/6", "2025-06-12")]),
        ("Diễn đàn diễn ra ngày 10 và 11/6.", "vi", [("ngày 10 và 11/6", "2025-06-10/2025-06-11")]),
        (
            "Hội nghị diễn ra ngày 3, 4 và 5/7/2025.",
            "vi",
            [("ngày 3", "2025-07-03"), ("4", "2025-07-04"), ("5/7/2025", "2025-07-05")],
        ),
        ("Khảo sát thực hiện trong tháng 8 và 10/2022.", "vi", [("tháng 8", "2022-08"), ("10/2022", "2022-10")]),
        ("Khảo sát thực hiện trong tháng 8 và 9/2022.", "vi", [("tháng 8 và 9/2022", "2022-08/2022-09")]),
        ("The forum takes place on June 10 and 12.", "en", [("June 10", "2025-06-10"), ("12", "2025-06-12")]),
        ("The forum takes place on June 10 and 11.", "en", [("June 10 and 11", "2025-06-10/2025-06-11")]),
        ("Talks were held between June 10 and 11.", "en", [("June 10 and 11", "2025-06-10/2025-06-11")]),
        ("Exports rose in May and June 2023.", "en", [("May and June 2023", "2023-05/2023-06")]),
        ("Exports rose in January and March 2023.", "en", [("January", "2023-01"), ("March 2023", "2023-03")]),
        (
            "Rain fell in April, May and June 2023.",
            "en",
            [("April", "2023-04"), ("May", "2023-05"), ("June 2023", "2023-06")],
        ),
        ("Prices rose in April and may rise again.", "en", [("April", "2025-04")]),
        ("Between 1995 and late 2015 it funded 169 projects.", "en", [("1995 and late 2015", "1995/2015")]),
    ],
)
def test_days_and_months_of_a_list_share_the_month_or_year_written_at_its_end(text, lang, expected):
    """Each item of a list is a date, with the month or year written at its end; two days or months in a row are
    one span, as the annotators read them; a part of the year (late) still closes a range."""
    assert _dated(text, lang, "2025-06-01") == expected


def test_half_of_keeps_no_space_in_its_surface():
    assert _surfaces("Samsung makes half of its phones in Vietnam.", "en") == [("half", 0.5, "multiplier")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Dự án kéo dài hai năm rưỡi.", "vi", [("hai năm rưỡi", 2.5, "duration")]),
        ("Sau một năm rưỡi, nhà máy hoạt động.", "vi", [("một năm rưỡi", 1.5, "duration")]),
        ("It took two and a half years to build.", "en", [("two and a half years", 2.5, "duration")]),
        ("Sales grew two and a half times.", "en", [("two and a half times", 2.5, "multiplier")]),
        ("Nhật Bản là nhà tài trợ ODA số một của Việt Nam.", "vi", [("nhà tài trợ ODA số một", 1.0, "rank")]),
        ("Trong một năm, công ty mở văn phòng.", "vi", []),
    ],
)
def test_and_a_half_after_a_duration_or_multiplier_and_so_mot_after_a_role(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Of the 300 applicants, 120 were accepted.",
            "en",
            [("300 applicants", 300.0, "count"), ("120", 120.0, "count")],
        ),
        ("Trong số 120 doanh nghiệp, 45 có lãi.", "vi", [("120 doanh nghiệp", 120.0, "count"), ("45", 45.0, "count")]),
        ("Trong 3 năm, 20 là con số nhỏ.", "vi", [("3 năm", 3.0, "duration")]),
    ],
)
def test_the_part_after_a_whole_named_at_the_head_of_its_clause(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Ở Nhật Bản, cứ bốn người thì có một người là người Việt.",
            "vi",
            [("cứ bốn người thì có một", 0.25, "multiplier")],
        ),
        ("Cứ 10 doanh nghiệp thì 3 doanh nghiệp có lãi.", "vi", [("Cứ 10 doanh nghiệp thì 3", 0.3, "multiplier")]),
        ("Cứ mỗi năm, công ty tuyển 20 kỹ sư.", "vi", [("20 kỹ sư", 20.0, "count")]),
        ("So approximately one-quarter are Vietnamese.", "en", [("one-quarter", 0.25, "multiplier")]),
        ("He is one third.", "en", []),
    ],
)
def test_one_in_n_written_with_cu_thi_and_a_fraction_before_a_verb(text, lang, expected):
    assert _surfaces(text, lang) == expected


def test_every_n_years_then_once_is_no_fraction():
    assert "multiplier" not in set(F.extract_figures("Cứ 5 năm thì có một lần sửa luật.", "vi").kind)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The training period was extended from three years to five.",
            "en",
            [("three years", 3.0, "duration"), ("five", 5.0, "duration")],
        ),
        ("Thời hạn được kéo dài từ 3 năm lên 5.", "vi", [("3 năm", 3.0, "duration"), ("5", 5.0, "duration")]),
    ],
)
def test_a_bare_number_ending_a_change_from_a_duration_is_a_duration(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hàn Quốc dẫn đầu, Nhật Bản thứ hai với 4 tỷ USD, Singapore thứ ba.",
            [("thứ hai", 2.0, "rank"), ("4 tỷ USD", 4e9, "money"), ("thứ ba", 3.0, "rank")],
        ),
        ("Phiên thứ hai, các bên thảo luận.", []),
        ("Tại kỳ họp thứ 8, Quốc hội thông qua luật.", []),
    ],
)
def test_a_rank_right_after_a_name_in_a_list_of_places(text, expected):
    assert _surfaces(text, "vi") == expected


def test_a_number_grouped_in_thousands_is_a_quantity_even_without_a_noun():
    text = "Trainees from China numbered 16,863, followed by Indonesia at 4,558."
    assert _surfaces(text, "en") == [("16,863", 16863.0, "count"), ("4,558", 4558.0, "count")]
    assert F.extract_figures("See page 12 and Decree 13.", "en").empty


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tỉnh có 17 dự án của nhà đầu tư Nhật Bản trong tổng số 143 dự án FDI đang hoạt động.",
            [("17 dự án", 17.0, "count"), ("143 dự án", 143.0, "count")],
        ),
        ("Tổng số 63 tỉnh, thành phố đã báo cáo.", [("63 tỉnh", 63.0, "count")]),
        ("Hộ gia đình số 12 được hỗ trợ.", []),
    ],
)
def test_a_number_after_tong_so_is_a_total_not_an_identifier(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Lợi nhuận năm 2018 tăng 20% so với năm trước đó.", "vi", [("năm 2018", "2018"), ("năm trước", "2017")]),
        ("Exports in 2022 grew 10% over the previous year.", "en", [("2022", "2022"), ("the previous year", "2021")]),
        ("Doanh thu năm nay tăng, năm ngoái giảm.", "vi", []),
    ],
)
def test_a_year_counted_from_a_year_of_its_sentence_needs_no_article_date(text, lang, expected):
    assert _dated(text, lang, None) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Nishimura noted that 2023 marked fifty years of relations.", "en", [("2023", "2023")]),
        ("Officials said 2025 will be a pivotal year.", "en", [("2025", "2025")]),
        ("2023 đánh dấu 50 năm thiết lập quan hệ ngoại giao.", "vi", [("2023", "2023")]),
        ("Some 2000 were hired; about 1900 was the total.", "en", []),
    ],
)
def test_a_bare_year_as_the_subject_of_a_verb_is_a_date(text, lang, expected):
    assert _dated(text, lang, None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bình Dương và Yamaguchi kỷ niệm 10 năm hữu nghị giữa hai địa phương.", [("10 năm", 10.0, "duration")]),
        ("Lãnh đạo hai tỉnh chứng kiến lễ ký kết; học sinh hai thành phố giao lưu.", []),
        ("Thỏa thuận mở ra nhiều cơ hội phát triển cho 2 địa phương.", []),
        ("Công ty mở nhà máy tại hai tỉnh Bắc Ninh và Hải Dương.", [("hai tỉnh", 2.0, "count")]),
    ],
)
def test_two_places_owned_by_a_noun_or_between_are_the_two_parties(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Hội nghị Cộng đồng Phát thải ròng bằng 0 châu Á họp tại Tokyo.", "vi", []),
        ("Việt Nam cam kết đưa phát thải ròng về 0 vào năm 2050.", "vi", []),
        ("Thuế suất bằng 0% cho 3 doanh nghiệp.", "vi", [("0%", 0.0, "percent"), ("3 doanh nghiệp", 3.0, "count")]),
    ],
)
def test_zero_as_the_name_of_a_target_is_no_count(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Six solutions were named winners. The minister called the six winners outstanding.",
            "en",
            [("Six solutions", 6.0, "count")],
        ),
        (
            "Ba doanh nghiệp đã ký. Cả ba doanh nghiệp tuyển 500 kỹ sư.",
            "vi",
            [("Ba doanh nghiệp", 3.0, "count"), ("500 kỹ sư", 500.0, "count")],
        ),
        ("The 27 member states agreed.", "en", [("27 member states", 27.0, "count")]),
    ],
)
def test_a_definite_reference_back_to_a_number_written_before_is_counted_once(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tỉnh đã ký kết 02 bản ghi nhớ với tập đoàn.", [("02 bản ghi nhớ", 2.0, "count")]),
        ("Công ty tuyển 05 kỹ sư.", [("05 kỹ sư", 5.0, "count")]),
        ("Ngày 02 tháng 9 năm 1945, lúc 08 giờ 30, tại phòng 05 tầng 03.", []),
        ("Liên hệ số 0243 123 456 hoặc mã 07 ABC.", []),
    ],
)
def test_a_small_count_written_with_two_digits_is_a_count(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hai Bộ trưởng ký ba văn kiện hợp tác.", [("ba văn kiện", 3.0, "count")]),
        ("Hai Bộ Công Thương và Tài chính phối hợp.", [("Hai Bộ", 2.0, "count")]),
    ],
)
def test_a_capitalised_party_noun_is_read_whole(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Số lao động đạt hơn nửa triệu người.", [("nửa triệu người", 500000.0, "count")]),
        (
            "Tập đoàn rót nửa tỷ USD; nửa chục doanh nghiệp tham gia.",
            [("nửa tỷ USD", 5e8, "money"), ("nửa chục doanh nghiệp", 5.0, "count")],
        ),
        ("Một nửa số doanh nghiệp có lãi.", [("Một nửa", 0.5, "multiplier")]),
    ],
)
def test_nua_before_a_scale_word_is_half_of_it(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Of the 1,200 firms surveyed, about half plan to expand and one-third expect losses.",
            [("1,200 firms", 1200.0, "count"), ("half", 0.5, "multiplier"), ("one-third", 0.333, "multiplier")],
        ),
        ("A quarter said costs were rising.", [("A quarter", 0.25, "multiplier")]),
        ("A third party said the first half was strong; the other half planned nothing.", []),
    ],
)
def test_a_share_before_a_verb_of_survey_answers(text, expected):
    assert _surfaces(text, "en") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The 200MW project covers 50ha.", "en", [("200MW", 200.0, "count"), ("50ha", 50.0, "count")]),
        ("Nhà máy rộng 3km2, công suất 600MW.", "vi", [("3km2", 3.0, "count"), ("600MW", 600.0, "count")]),
        ("The 5G network and 3D printing.", "en", []),
        (
            "The US$9bil complex and a US$23.3mil plant.",
            "en",
            [("US$9bil", 9e9, "money"), ("US$23.3mil", 23.3e6, "money")],
        ),
    ],
)
def test_a_unit_of_measure_glued_to_the_number(text, lang, expected):
    assert _surfaces(text, lang) == expected


def test_a_lone_d_after_a_scale_word_is_dong():
    found = F.extract_figures("Doanh thu 1.200 tỷ đ, lương 8 triệu đ/tháng.", "vi")
    assert list(zip(found.surface, found.currency, strict=True)) == [("1.200 tỷ đ", "VND"), ("8 triệu đ/tháng", "VND")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Tỉnh có 320 dự án FDI, trong đó Nhật Bản chiếm 45.",
            "vi",
            [("320 dự án", 320.0, "count"), ("45", 45.0, "count")],
        ),
        (
            "It employs 3,000 people, of whom 800 are engineers.",
            "en",
            [("3,000 people", 3000.0, "count"), ("800", 800.0, "count")],
        ),
        ("Dự án có 3 giai đoạn, trong đó giai đoạn 1 hoàn thành trước.", "vi", [("3 giai đoạn", 3.0, "count")]),
    ],
)
def test_the_part_after_trong_do_or_of_which_is_an_elliptical_count(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two together account for a quarter.", [("a quarter", 0.25, "multiplier")]),
        ("Sales grew for a third straight year; he made up a third story.", []),
    ],
)
def test_a_fraction_after_a_verb_of_proportion_is_a_share(text, expected):
    assert _surfaces(text, "en") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Leaders of the Group of Seven industrialised nations met.", "en", []),
        ("The Big Four auditors agreed. Seven companies joined.", "en", [("Seven companies", 7.0, "count")]),
        ("Nhóm Bảy nước công nghiệp phát triển họp tại Hiroshima.", "vi", []),
        ("TOKYO -- Three firms signed.", "en", [("Three firms", 3.0, "count")]),
    ],
)
def test_a_capitalised_number_word_inside_a_sentence_is_part_of_a_name(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Orders jumped 3x, and margins are 1.5x the 2020 level.",
            "en",
            [("3x", 3.0, "multiplier"), ("1.5x", 1.5, "multiplier")],
        ),
        ("Doanh thu tăng 2,5x.", "vi", [("2,5x", 2.5, "multiplier")]),
        ("A 4x4 vehicle, a 3x3 grid, 0x1F.", "en", []),
    ],
)
def test_a_number_glued_to_x_is_a_multiplier(text, lang, expected):
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Có 3/4 doanh nghiệp có lãi.", [("3/4", 0.75, "multiplier")]),
        ("Ngày 3/4 doanh nghiệp khai trương.", []),
        ("Từ 1/4 doanh nghiệp phải nộp báo cáo.", []),
    ],
)
def test_a_share_right_before_a_counted_noun(text, expected):
    assert _surfaces(text, "vi") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2022-23 it peaked, and the 2023/24 season was weak.",
            [("2022-23", "2022/2023"), ("2023/24", "2023/2024")],
        ),
        ("The code 2023-45 and the score 2020-19; call 2024-10-05.", [("2024-10-05", "2024-10-05")]),
    ],
)
def test_a_year_range_ending_in_two_digits(text, expected):
    assert _dated(text, "en", None) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The deal is worth 100 billion to 150 billion yen.",
            "en",
            [("100 billion to 150 billion yen", 1e11, 1.5e11, "money")],
        ),
        (
            "The deal is worth $920 million to $1.38 billion.",
            "en",
            [("$920 million to $1.38 billion", 9.2e8, 1.38e9, "money")],
        ),
        (
            "Revenue rose 20 billion yen to 150 billion yen.",
            "en",
            [("20 billion yen", 2e10, None, "money"), ("150 billion yen", 1.5e11, None, "money")],
        ),
        ("Chuyển 5 tỷ đồng đến 20 hộ dân.", "vi", [("5 tỷ đồng", 5e9, None, "money"), ("20 hộ", 20.0, None, "count")]),
        ("Tomatoes sell for VND8,000-10,000 a kilo.", "en", [("VND8,000-10,000", 8000.0, 10000.0, "money")]),
        ("Farmers earn US$0.38-0.47 a kilo.", "en", [("US$0.38-0.47", 0.38, 0.47, "money")]),
        ("It paid $500 - 20 men got it.", "en", [("$500", 500.0, None, "money"), ("20 men", 20.0, None, "count")]),
    ],
)
def test_a_range_of_amounts_without_an_opener(text, lang, expected):
    """Two amounts joined by to/đến are a range when no verb of change comes before and the upper end is an
    amount too, or when a dash joins them and the currency is written before the first (``VND8,000-10,000``)."""
    assert _found(text, lang) == expected


def test_a_raised_point_between_digits_is_a_decimal_point():
    """Some British house styles write 11·5 km; the surface keeps the point as written."""
    rows = F.extract_figures("The 11·5 km line costs ¥167·1bn.", "en")
    assert rows[["surface", "value", "currency"]].values.tolist() == [
        ["11·5 km", 11.5, ""],
        ["¥167·1bn", 167.1e9, "JPY"],
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("It treats three times its original capacity.", "en", [("three times", 3.0, "multiplier")]),
        ("The plant triples capacity.", "en", [("triples", 3.0, "multiplier")]),
        ("Học tiếng Nhật khoảng một năm trong nước.", "vi", [("một năm", 1.0, "duration")]),
        ("Tập đoàn tính đến một liên doanh ở Nhật.", "vi", []),
        ("The equipment is worth 12 billion Vietnamese dong.", "en", [("12 billion Vietnamese dong", 12e9, "money")]),
    ],
)
def test_multipliers_before_a_possessive_or_as_a_verb_and_one_after_a_qualifier(text, lang, expected):
    """``một``/``one`` after a qualifier of size is a number, not "a" (``đến`` also means "to": not one)."""
    rows = F.extract_figures(text, lang)
    assert rows[["surface", "value", "kind"]].values.tolist() == [list(e) for e in expected]


def test_a_date_word_keeps_its_day_apart_from_a_count_after_it():
    """Thousands grouped by a space (5 000 t) are one number, but not a day and the count after it."""
    assert list(F.extract_figures("On March 15 300 workers joined.", "en").value) == [300]
    assert list(F.extract_figures("The double taxation treaty was signed.", "en").value) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Năng suất cao gấp 1,5 - 2 lần so với trước.", "vi", [("1,5 - 2 lần", 1.5, "multiplier")]),
        ("Năng suất cao gấp 1,5 lần.", "vi", [("gấp 1,5 lần", 1.5, "multiplier")]),
        (
            "It is a 2 mins read; the flight takes 5 hrs.",
            "en",
            [("2 mins", 2.0, "duration"), ("5 hrs", 5.0, "duration")],
        ),
        ("Từ năm 2023, hai lực lượng đã phối hợp.", "vi", []),
    ],
)
def test_a_multiplier_range_after_gap_abbreviated_durations_and_two_forces(text, lang, expected):
    """Round 16 of issue 14: gấp before a range, mins and hrs, and hai lực lượng (the two parties)."""
    assert _surfaces(text, lang) == expected


def test_a_day_month_and_year_joined_by_hyphens_is_a_date():
    found = F.extract_dates("Apparel Resources\n\n05-October-2019 | 2 mins read", "en")
    assert found[["surface", "iso"]].values.tolist() == [["05-October-2019", "2019-10-05"]]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Hàn Quốc 815 người, Trung Quốc 535 người.",
            "vi",
            [("815 người", 815.0, "count"), ("535 người", 535.0, "count")],
        ),
        ("VinFast giao xe VF 8 xe điện.", "vi", []),
        ("Ca sĩ 20 tuổi biểu diễn tối qua.", "vi", [("20 tuổi", 20.0, "duration")]),
        ("Exports rose for seven consecutive years.", "en", [("seven consecutive years", 7.0, "duration")]),
        ("Exports grew twelvefold in a decade.", "en", [("twelvefold", 12.0, "multiplier")]),
        ("Vietnamese students were second with 16%.", "en", [("second", 2.0, "rank"), ("16%", 16.0, "percent")]),
        ("It was first proposed in 2019.", "en", []),
    ],
)
def test_counts_after_a_name_ages_consecutive_years_one_word_multiples_and_places(text, lang, expected):
    """Round 18 of issue 14: a count of a noun after a place's name (not a model's code), an age in tuổi, "seven
    consecutive years", "twelvefold" and a place in a ranking after a verb of being."""
    assert _surfaces(text, lang) == expected


def test_a_span_of_days_across_two_months_and_questions_numbered_q1_are_no_quarters():
    """Round 18 of issue 14: "May 22 to May 23" is one span; a Q&A's "Q1:" is a question, "in Q1" a quarter."""
    spans = F.extract_dates("From May 30 to June 2, 2021 it flew.", "en")
    assert spans[["surface", "iso"]].values.tolist() == [["May 30 to June 2, 2021", "2021-05-30/2021-06-02"]]
    qa = F.extract_dates("Q1: What did they agree?\n\nSales in Q1 2025 rose.", "en")
    assert qa[["surface", "iso"]].values.tolist() == [["Q1 2025", "2025-01/2025-03"]]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("FPT plans to more than double staff.", "en", [("double", 2.0, "multiplier", "over")]),
        (
            "It aims to grow the headcount of its unit 2.5 times, to 3,000.",
            "en",
            [("2.5 times", 2.5, "multiplier", "exact"), ("3,000", 3000.0, "count", "exact")],
        ),
        ("He visited Japan 3 times.", "en", [("3 times", 3.0, "count", "exact")]),
        ("The 500-million-yen grant was signed.", "en", [("500-million-yen", 5e8, "money", "exact")]),
        ("Mỗi năm trường đào tạo 25.000 sinh viên.", "vi", [("25.000 sinh viên", 25000.0, "count", "exact")]),
        ("Đúng vào lúc vải chín rộ ở trong nước.", "vi", []),
        ("Vốn mới đưa Nhật Bản lên thứ 3 trong các nhà đầu tư.", "vi", [("lên thứ 3", 3.0, "rank", "exact")]),
        ("Ông được tặng Huân chương Lao động hạng Nhất.", "vi", []),
    ],
)
def test_multipliers_hyphened_money_year_words_ranks_and_award_classes(text, lang, expected):
    """Round 24 of issue 14: a verb of doubling after "more than"; a fraction before "times" is a multiplier, a whole
    number may count occasions; a currency joined by hyphens; năm after mỗi is a year, chín before rộ is ripe; rising
    to a place is a rank, an order's class is not."""
    found = F.extract_figures(text, lang)
    assert list(zip(found.surface, found.value, found.kind, found.qualifier, strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They proposed raising the foreign ownership limit from 10% to 49%.", [("10%", 10.0), ("49%", 49.0)]),
        (
            "It will lift charter capital from VND1.5 trillion to VND1.87 trillion.",
            [("VND1.5 trillion", 1.5e12), ("VND1.87 trillion", 1.87e12)],
        ),
        ("Yields range from 10% to 49%.", [("from 10% to 49%", 10.0)]),
    ],
)
def test_a_change_from_one_figure_to_another_is_two_figures_a_range_is_one(text, expected):
    """A verb of change in any of its forms (raising, lift), up to four words before ``from``, makes two figures."""
    assert [(r.surface, r.value) for r in F.extract_figures(text, "en").itertuples()] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Hitachi plans to deliver a further two trains in June and another two in July.",
            "en",
            [("two trains", 2.0), ("two", 2.0)],
        ),
        ("Four bridges will be built in Ca Mau and three in Long An.", "en", [("Four bridges", 4.0), ("three", 3.0)]),
        ("Công ty xây hai nhà máy ở Hà Nội và ba ở Đà Nẵng.", "vi", [("hai nhà máy", 2.0), ("ba", 3.0)]),
        ("He hired two engineers and another official.", "en", [("two engineers", 2.0)]),
    ],
)
def test_a_second_count_in_words_shares_the_noun_of_the_first(text, lang, expected):
    """A bare number after and/và (or and another) shares the noun of a count earlier in its clause, written in
    digits or in words; ``another`` alone counts nothing."""
    assert [(r.surface, r.value) for r in F.extract_figures(text, lang).itertuples()] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan Wants Its QR Code to Work With Eight Asian QR Systems by 2025", [("Eight Asian QR Systems", 8.0)]),
        ("Toyota Opens Two Plants in Vietnam", [("Two Plants", 2.0)]),
        ("Leaders of the Group of Seven Nations Meet in Tokyo", []),
        ("The Group of Seven nations met.", []),
    ],
)
def test_a_headline_in_title_case_capitalises_its_counts(text, expected):
    """In a headline every word has a capital, so a number word there still counts (not ``Group of Seven``)."""
    assert [(r.surface, r.value) for r in F.extract_figures(text, "en").itertuples()] == expected


def test_a_plural_before_the_counted_noun_is_its_modifier():
    """``eight grassroots projects``, ``58 parts suppliers``: the last of two plurals in a row is the counted noun."""
    table = F.extract_figures("Japan funds eight grassroots projects and 58 parts suppliers.", "en")
    assert list(zip(table.surface, table.unit, strict=True)) == [
        ("eight grassroots projects", "projects"),
        ("58 parts suppliers", "suppliers"),
    ]


def test_a_school_grade_and_a_numbered_round_are_no_counts():
    text = "Em Trân, học sinh lớp 4 Trường Tiểu học Quang Vinh, nhận giải. Vốn vay đợt 1 tài khóa 2015 đã duyệt."
    assert F.extract_figures(text, "vi").empty
    assert F.extract_figures("Trường mở thêm 3 lớp học tiếng Nhật.", "vi").surface.tolist() == ["3 lớp học"]
    assert F.extract_figures("Danh mục 8 dự án dùng vốn vay; theo mục 3 của thông tư.", "vi").surface.tolist() == [
        "8 dự án"
    ]


def test_a_number_word_hyphened_to_a_noun_counts_it():
    text = "Abe began a four-nation tour over an eight-lane bridge; two-wheelers and a one-stop shop are no counts."
    assert F.extract_figures(text, "en").surface.tolist() == ["four-nation", "eight-lane"]


def test_a_number_of_days_before_the_days_it_counts_is_a_duration():
    rows = F.extract_figures("Trong hai ngày 20 và 21/3, đoàn đã làm việc; hội nghị kéo dài hai ngày 21-22/3.", "vi")
    assert rows[["surface", "kind"]].values.tolist() == [["hai ngày", "duration"], ["hai ngày", "duration"]]
    assert F.extract_figures("Có 99.170 năm 2019.", "vi").empty  # a year's word belongs to the date
