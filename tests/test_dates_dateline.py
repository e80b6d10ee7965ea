"""The document's date read from its own head: a work report's delivery line, an ISO dateline.

The first lines below are copied from the 2026 work reports (`../shared/corpus/reports-2026`):
each layout a government site gives them, with the page's ISO stamp beside the delivery line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from yongchuan_facts import extract
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.dates.dateline import (
    find_dateline,
    find_delivery_date,
    find_iso_dateline,
)

D = dt.date
_MENU = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # anhui: the site's menu, the title, the delivery line, then the page's own stamp
        (_MENU + "2026年安徽省政府工作报告\n"
         "——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n"
         "来源：安徽日报\n时间：2026-02-11\n省人民政府省长 王清宪\n", D(2026, 2, 5)),
        # hainan: no stamp at all, the speaker on the next line
        ("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n"
         "各位代表：\n", D(2026, 1, 27)),
        # qinghai: a horizontal bar (U+2015) instead of the em dash, the stamp after it
        ("政府工作报告\n――2026年1月27日在青海省第十四届人民代表大会第四次会议上\n省长 罗东川\n"
         "2026-01-31 07:00:44\n来源：青海日报\n", D(2026, 1, 27)),
        # shaanxi: no dash, the speaker on the same line
        ("分享:\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 "
         "陕西省省长 赵刚\n首页\n", D(2026, 1, 27)),
        # yunnan and ningxia: the stamp comes first, the delivery line after it
        ("2026年政府工作报告\n来源：云南日报\n2026-02-03 09:02:33\n【字体：大中小】\n"
         "——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长 王予波\n",
         D(2026, 1, 28)),
        # traditional script, Chinese numerals, OCR spaces inside the line
        ("政府工作報告\n——二〇二六年一月二十七日在省第十四屆人民代表大會第四次會議上\n",
         D(2026, 1, 27)),
        ("政府工作报告\n—— 2026 年 1 月 27 日在省第十四届人民代表\n大会第四次会议上\n",
         D(2026, 1, 27)),
        # the title and the delivery date in brackets on one line
        ("2026年政府工作报告（2026年1月27日在省第十四届人民代表大会第四次会议上）\n各位代表：\n",
         D(2026, 1, 27)),
        # a page with only a stamp (seed 001)
        ("2022-10-17 11:33:18 來源：國際在線\n", D(2022, 10, 17)),
    ],
)
def test_document_date_from_its_head(head: str, want: dt.date) -> None:
    assert find_dateline(normalize(head + "一、2025年工作回顾\n今年，全省…")) == want


@pytest.mark.parametrize(
    "text",
    [
        # a date in running text, followed by what happened there
        "2024年3月5日在十四届全国人大二次会议上作政府工作报告时指出，要加快发展。",
        "——2026年1月27日在省人代会上，代表们审议了报告。",
        "省长说，2026年1月27日在省人民代表大会第四次会议上\n",
        "2025年9月，习近平总书记亲率中央代表团出席自治区成立70周年庆祝活动。",
        # a delivery line with no date, and an impossible date
        "——在2026年全市经济工作会议上的讲话\n",
        "——2026年2月30日在省人民代表大会第四次会议上\n",
        # a delivery line far down the text is no header
        "各位代表：" + "现在，我代表省人民政府向大会报告工作。" * 120
        + "\n——2026年1月27日在省人民代表大会第四次会议上\n",
    ],
)
def test_running_text_is_no_delivery_line(text: str) -> None:
    assert find_delivery_date(normalize(text)) is None


def test_an_impossible_iso_stamp_is_no_date() -> None:
    assert find_iso_dateline(normalize("2022-02-30 10:00 来源")) is None
    assert find_iso_dateline(normalize("2022-02-28 10:00 来源")) == D(2022, 2, 28)


def test_extract_resolves_relative_dates_on_the_delivery_date() -> None:
    head = ("2026年江苏省政府工作报告\n——2026年2月3日在江苏省第十四届人民代表大会第五次会议上\n"
            "来源：新华日报\n时间：2026-02-09\n")
    facts = extract(head + "今年主要预期目标：地区生产总值增长5%左右。去年，全省…", kinds=["date"])
    assert facts.reference_date == D(2026, 2, 3)
    got = {f.text: (f.date_start, f.date_end) for f in facts if f.relative}
    assert got == {"今年": (D(2026, 1, 1), D(2026, 12, 31)),
                   "去年": (D(2025, 1, 1), D(2025, 12, 31))}
    # a reference date given by the caller still wins over the text's own
    given = extract(head, reference_date="2026-02-09", kinds=["date"])
    assert given.reference_date == D(2026, 2, 9)
