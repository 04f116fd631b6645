"""Pasted-article shapes for the bring-your-own battery (tests/test_capstone.py).

Every text here was written for these tests in the tests' own words; none is a real news report
and the people and companies in them are invented. Each shape is what a student's paste looks like
in one respect: no date at all, a date only in the lead, a `` date`` header, an English article
with a dateline, a whole web page with its chrome, a minister named only in a photo caption, three
words, a very long article (181 paragraphs but a dozen distinct sentences: long to read, cheap to
tag), a copy of a course article, a decomposed-Unicode file name, a page that gives only a month.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .conftest import SEEDS


@dataclass(frozen=True)
class Shape:
    """One pasted article: its file name, its text, and what the loader and the brief must make of it."""

    file: str
    text: str
    date: str | None  # the ISO date the loader must give, None for a missing date
    date_source: str
    title: str  # the title the loader must give (exactly)
    expect: dict[str, object] = field(default_factory=dict)  # shape-specific checks (see test_capstone)


_LONG_PARAGRAPHS = [
    "Theo kế hoạch, tỉnh sẽ đào tạo thêm {n} kỹ sư phần mềm cho các doanh nghiệp Nhật Bản trong năm {y}.",
    "Ông Lê Hoàng Minh, Giám đốc Sở Khoa học và Công nghệ, cho biết vốn đầu tư vào khu công nghệ cao đạt "
    "{m} triệu USD.",
    "Các trường đại học của tỉnh phối hợp với Đại học Kyushu mở chương trình học bổng về bán dẫn.",
]

SHAPES: dict[str, Shape] = {
    "no-date": Shape(
        "khong-co-ngay.txt",
        "Một doanh nghiệp phần mềm ở Cần Thơ vừa ký hợp đồng gia công với Công ty Hoshino Systems của Nhật Bản.\n\n"
        "Theo hợp đồng, doanh nghiệp sẽ tuyển thêm 120 lập trình viên và nhận khoản đầu tư khoảng 3 triệu USD.",
        None,
        "missing",
        "Một doanh nghiệp phần mềm ở Cần Thơ vừa ký …",
        {"first_figure": "3 triệu USD"},
    ),
    "date-in-lead": Shape(
        "ngay-trong-doan-dau.txt",
        "Hải Phòng, ngày 3/3/2025, Sở Công Thương thành phố và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) "
        "tổ chức hội nghị kết nối doanh nghiệp.\n\n"
        "Hơn 80 doanh nghiệp tham dự; kim ngạch thương mại hai chiều của thành phố với Nhật Bản tăng 12%.",
        "2025-03-03",
        "from text",
        "Hải Phòng, ngày 3/3/2025, Sở Công Thương thành phố và …",
        {"first_figure": "12%", "entity": ("ORG", "JETRO")},
    ),
    "date-header": Shape(
        "co-dong-date.txt",
        " date 2025-06-12\nBắc Ninh đón dự án chip mới\n\n"
        "Một tập đoàn Nhật Bản công bố đầu tư 200 triệu USD vào nhà máy đóng gói chip tại Bắc Ninh.",
        "2025-06-12",
        "header line",
        "Bắc Ninh đón dự án chip mới",
        {"first_figure": "200 triệu USD", "entity": ("LOC", "Bắc Ninh")},
    ),
    "english-dateline": Shape(
        "english-dateline.txt",
        "OSAKA — On March 3, 2025, a Japanese robotics maker and a Vietnamese university signed an agreement "
        "to train 300 engineers.\n\nThe programme will cost about US$5 million over three years.",
        "2025-03-03",
        "from text",
        "On March 3, 2025, a Japanese robotics maker and a …",
        {"dateline": "OSAKA", "first_figure": "US$5 million"},
    ),
    "web-page": Shape(
        "trang-web.txt",
        "Trang chủ > Kinh doanh > Quốc tế\nThứ năm, 13/11/2025, 08:00 (GMT+7)\n"
        "Nhật Bản hỗ trợ Huế xây trung tâm dữ liệu\n"
        "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cam kết tài trợ 15 triệu USD cho trung tâm dữ liệu của Huế.\n\n"
        "Chia sẻ  Facebook  Zalo  In bài\n\nTheo Báo Thừa Thiên Huế",
        None,
        "missing",
        "Nhật Bản hỗ trợ Huế xây trung tâm dữ liệu",
        {"chrome": 4, "outlet": "Báo Thừa Thiên Huế", "first_figure": "15 triệu USD"},
    ),
    "caption-names": Shape(
        "ten-trong-chu-thich.txt",
        "Ngày 20/5/2025, lễ khởi công trung tâm đổi mới sáng tạo Việt – Nhật diễn ra tại Đà Lạt.\n\n"
        "Bộ trưởng Đặng Quốc Huy phát biểu tại lễ khởi công. Ảnh: Minh Anh\n\n"
        "Trung tâm có tổng vốn 40 triệu USD và sẽ đón 500 sinh viên mỗi năm.",
        "2025-05-20",
        "from text",
        "Ngày 20/5/2025, lễ khởi công trung tâm đổi mới sáng …",
        {"caption_person": "Đặng Quốc Huy"},
    ),
    "three-words": Shape("ba-tu.txt", "Hợp tác bán dẫn", None, "missing", "Hợp tác bán dẫn", {"figures": 0}),
    "very-long": Shape(
        "rat-dai.txt",
        "Ngày 9/9/2025, tỉnh Bình Định công bố chương trình hợp tác công nghệ với Nhật Bản.\n\n"
        + "\n\n".join(
            p.format(n=100 + i % 4, y=2026 + i % 4, m=10 + i % 4) for i in range(60) for p in _LONG_PARAGRAPHS
        ),
        "2025-09-09",
        "from text",
        "Ngày 9/9/2025, tỉnh Bình Định công bố chương trình hợp …",
        {"min_paragraphs": 181},
    ),
    "course-copy": Shape(
        "ban-sao-bai-khoa-hoc.txt",
        "Phó Thủ tướng gặp Bộ trưởng Ngoại giao Nhật Bản\n\n"
        + (SEEDS / "003_11df302b71b77b20.txt").read_text(encoding="utf-8"),
        None,
        "missing",
        "Phó Thủ tướng gặp Bộ trưởng Ngoại giao Nhật Bản",
        {"entity": ("PER", "Bùi Thanh Sơn")},
    ),
    "decomposed-name": Shape(
        unicodedata.normalize("NFD", "bài-báo-của-tôi.txt"),
        "Đà Nẵng và tỉnh Fukuoka ký biên bản ghi nhớ về khởi nghiệp.\n\nHai bên sẽ hỗ trợ 25 startup mỗi năm.",
        None,
        "missing",
        "Đà Nẵng và tỉnh Fukuoka ký biên bản ghi nhớ …",
        {"doc_id": "bài-báo-của-tôi"},
    ),
    "month-only": Shape(
        "chi-co-thang.txt",
        "Tháng 5/2025, Bộ Khoa học và Công nghệ công bố kết quả khảo sát 5.007 doanh nghiệp về chuyển đổi số.",
        None,
        "missing",
        "Tháng 5/2025, Bộ Khoa học và Công nghệ công bố …",
        {"first_measures": "firms (doanh nghiệp)", "stated_date": "2025-05"},
    ),
}
