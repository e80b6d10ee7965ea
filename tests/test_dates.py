"""Dates through `extract`: spans, ranges, granularity and `relative` on real sentence shapes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from yongchuan_facts import explain, extract
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.dates.dateline import find_dateline
from yongchuan_facts.schema.facts import DateFact

if TYPE_CHECKING:
    from seedfiles import Seed

D = dt.date
REF = D(2020, 9, 15)


def dates(text: str, reference_date: dt.date | None = REF) -> list[DateFact]:
    return list(extract(text, reference_date=reference_date, kinds=["date"]))


def only(text: str, reference_date: dt.date | None = REF) -> tuple[object, ...]:
    (f,) = dates(text, reference_date)
    return f.text, f.date_start, f.date_end, f.granularity, f.relative


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2019年8月，永川区", ("2019年8月", D(2019, 8, 1), D(2019, 8, 31), "month", False)),
        ("二〇二〇年，", ("二〇二〇年", D(2020, 1, 1), D(2020, 12, 31), "year", False)),
        ("２０１９年１２月３１日召开", ("２０１９年１２月３１日", D(2019, 12, 31), D(2019, 12, 31),
                                       "day", False)),
        ("二〇一九年十二月三十一日", ("二〇一九年十二月三十一日", D(2019, 12, 31), D(2019, 12, 31),
                                     "day", False)),
        ("2020 年 1 季度，全市", ("2020 年 1 季度", D(2020, 1, 1), D(2020, 3, 31), "quarter",
                                  False)),
        ("2021年第四季度", ("2021年第四季度", D(2021, 10, 1), D(2021, 12, 31), "quarter", False)),
        ("2021年Q2营收", ("2021年Q2", D(2021, 4, 1), D(2021, 6, 30), "quarter", False)),
        ("2021年前三季度", ("2021年前三季度", D(2021, 1, 1), D(2021, 9, 30), "range", False)),
        ("2022 年 8 月初，率先", ("2022 年 8 月初", D(2022, 8, 1), D(2022, 8, 10), "part", False)),
        ("2021年2月底", ("2021年2月底", D(2021, 2, 21), D(2021, 2, 28), "part", False)),
        ("2021年上半年", ("2021年上半年", D(2021, 1, 1), D(2021, 6, 30), "part", False)),
        ("2021年底前完成", ("2021年底", D(2021, 12, 1), D(2021, 12, 31), "part", False)),
        ("从2008-2022年，", ("2008-2022年", D(2008, 1, 1), D(2022, 12, 31), "range", False)),
        ("2019年1月至2020年6月", ("2019年1月至2020年6月", D(2019, 1, 1), D(2020, 6, 30), "range",
                                  False)),
        ("2017年7月以来，", ("2017年7月", D(2017, 7, 1), D(2017, 7, 31), "month", False)),
        ("截至2019 年，", ("2019 年", D(2019, 1, 1), D(2019, 12, 31), "year", False)),
        ("力争到2023年建成", ("2023年", D(2023, 1, 1), D(2023, 12, 31), "year", False)),
        ("力争“十四五”期间", ("十四五", D(2021, 1, 1), D(2025, 12, 31), "period", False)),
        ("“十五五”时期", ("十五五", D(2026, 1, 1), D(2030, 12, 31), "period", False)),
        ("到“十四五”期末，", ("十四五”期末", D(2025, 1, 1), D(2025, 12, 31), "part", False)),
        # the year a plan ends or opens is its last or first (FACTS.md), not the plan's span
        ("是“十四五”收官之年。", ("十四五”收官之年", D(2025, 1, 1), D(2025, 12, 31), "part",
                                       False)),
        ("是“十五五”規劃開局之年，", ("十五五”規劃開局之年", D(2026, 1, 1), D(2026, 12, 31),
                                     "part", False)),
        ("也是“十五五”起步之年，", ("十五五”起步之年", D(2026, 1, 1), D(2026, 12, 31), "part",
                                     False)),
        ("今年1—7月，", ("今年1—7月", D(2020, 1, 1), D(2020, 7, 31), "range", True)),
        ("截至今\n年5月", ("今\n年5月", D(2020, 5, 1), D(2020, 5, 31), "month", True)),
        ("去年，", ("去年", D(2019, 1, 1), D(2019, 12, 31), "year", True)),
        ("明年上半年", ("明年上半年", D(2021, 1, 1), D(2021, 6, 30), "part", True)),
        ("前年底", ("前年底", D(2018, 12, 1), D(2018, 12, 31), "part", True)),
        ("上月，", ("上月", D(2020, 8, 1), D(2020, 8, 31), "month", True)),
        ("1-2月份，", ("1-2月份", D(2020, 1, 1), D(2020, 2, 29), "range", True)),
        ("记者从8月 27日在", ("8月 27日", D(2020, 8, 27), D(2020, 8, 27), "day", True)),
        ("9月将投产运营", ("9月", D(2020, 9, 1), D(2020, 9, 30), "month", True)),
        ("一季度，", ("一季度", D(2020, 1, 1), D(2020, 3, 31), "quarter", True)),
        ("年底前建成", ("年底", D(2020, 12, 1), D(2020, 12, 31), "part", True)),
        ("8月中旬，", ("8月中旬", D(2020, 8, 11), D(2020, 8, 20), "part", True)),
        ("，9月28日-10月8日，", ("9月28日-10月8日", D(2020, 9, 28), D(2020, 10, 8), "range",
                                 True)),
        ("从2022年8月1日至2022年8月5日", ("2022年8月1日至2022年8月5日", D(2022, 8, 1),
                                          D(2022, 8, 5), "range", False)),
        ("年初以来，", ("年初", D(2020, 1, 1), D(2020, 1, 31), "part", True)),
        ("至今年底，", ("今年底", D(2020, 12, 1), D(2020, 12, 31), "part", True)),
        ("本月中旬", ("本月中旬", D(2020, 9, 11), D(2020, 9, 20), "part", True)),
        ("2022-10-17 11:33:18 来源", ("2022-10-17 11:33:18", D(2022, 10, 17), D(2022, 10, 17),
                                      "minute", False)),
    ],
)
def test_single_date(text: str, want: tuple[object, ...]) -> None:
    assert only(text) == want


@pytest.mark.parametrize(
    "text",
    ["近三年来，", "三年来累计引进", "10年以来5000余万条", "力争5年内实现", "3—5年",
     "每年可输出", "近年来，", "目前，", "下一步，", "时隔5年后的", "年初步建成",
     "今后年均增长", "规模以上年营收", "24小时", "第一时间", "之日起30日内", "1号线",
     "相当年轻", "2月30日", "13月", "2019年13月", "如今年轻人", "至今年均增长", "不同年份",
     "每年1月发布", "近一个月来", "3年后，产值翻番"],
)
def test_not_a_date(text: str) -> None:
    assert dates(text) == []


def test_relative_without_reference_is_kept_unresolved() -> None:
    (f,) = dates("今年6月，永川成功入选", reference_date=None)
    assert (f.date_start, f.date_end, f.relative, f.granularity) == (None, None, True, "month")


def test_dateline_gives_the_reference_date() -> None:
    fs = dates("2022-10-17 11:33:18 来源：国际在线\n今年6月，", reference_date=None)
    assert [(f.text, f.date_start) for f in fs] == [
        ("2022-10-17 11:33:18", D(2022, 10, 17)), ("今年6月", D(2022, 6, 1))]


def test_anaphors_point_back_to_the_date_before() -> None:
    text = "2015年9月，腾讯入驻。\n两年后,永川大数据产业再获助力。2013年，更名。同年,永川获批。"
    got = [(f.text, f.date_start, f.relative) for f in dates(text)]
    assert got == [("2015年9月", D(2015, 9, 1), False), ("两年后", D(2017, 1, 1), False),
                   ("2013年", D(2013, 1, 1), False), ("同年", D(2013, 1, 1), False)]


def test_clock_times_take_the_day_before_them() -> None:
    text = "8月14日下午3时02分，发现火情；下午4时，人员赶到；4时30分，山火被扑灭。"
    fs = dates(text, D(2022, 8, 25))
    assert [f.text for f in fs] == ["8月14日", "下午3时02分", "下午4时", "4时30分"]
    assert {(f.date_start, f.date_end) for f in fs} == {(D(2022, 8, 14), D(2022, 8, 14))}
    assert [f.granularity for f in fs] == ["day", "minute", "minute", "minute"]
    # the day needed the document's year, so the times that hang on it do too
    assert all(f.relative for f in fs)
    absolute = dates("2019年8月14日下午3时02分，发现火情", None)
    assert [(f.granularity, f.relative, f.date_start) for f in absolute] == [
        ("day", False, D(2019, 8, 14)), ("minute", False, D(2019, 8, 14))]


def test_same_period_last_year_shifts_the_period_before() -> None:
    fs = dates("今年1—7月，营收增长20%，比去年同期提高5个百分点")
    assert [(f.text, f.date_start, f.date_end) for f in fs] == [
        ("今年1—7月", D(2020, 1, 1), D(2020, 7, 31)), ("去年同期", D(2019, 1, 1), D(2019, 7, 31))]


def test_year_list_gives_one_fact_per_year() -> None:
    fs = dates("2019、2020年连续两年获评")
    assert [(f.text, f.date_start.year) for f in fs if f.date_start] == [
        ("2019", 2019), ("2020年", 2020)]


def test_a_date_beats_an_overlapping_metric() -> None:
    fs = extract("2019年，引进企业1.5万家", reference_date=REF)
    assert [f.kind for f in fs if f.text.startswith("2019")] == ["date"]


def test_seed_dates_match_gold(seed: Seed) -> None:
    """Every required gold date of a seed is found with its range, granularity and flag."""
    fs = dates(seed.raw, seed.reference_date)
    got = {(f.start, f.end): f for f in fs}
    for g in (g for g in seed.gold if g["kind"] == "date" and not g.get("optional")):
        f = got.get((g["start"], g["end"]))
        assert f is not None, g["text"]
        assert (str(f.date_start), str(f.date_end), f.granularity, f.relative) == (
            g["date_start"], g["date_end"], g["granularity"], g["relative"]), g["text"]


# --- pointers anchor on a date that points nowhere (issue 12, item 4) -------------------------
def test_same_period_never_anchors_on_another_same_period() -> None:
    text = "2020年1—7月，营收增长5%，去年同期增长3%；利润增长8%，去年同期增长6%。"
    got = [(f.text, f.date_start, f.date_end) for f in dates(text)]
    assert got == [("2020年1—7月", D(2020, 1, 1), D(2020, 7, 31)),
                   ("去年同期", D(2019, 1, 1), D(2019, 7, 31)),
                   ("去年同期", D(2019, 1, 1), D(2019, 7, 31))]
    traditional = text.replace("营收", "營收").replace("润", "潤").replace("去年", "去\n年")
    trad = [(f.date_start, f.date_end) for f in dates(traditional)]
    assert trad == [(s, e) for _, s, e in got]


@pytest.mark.parametrize("word", ["次年", "第二年", "翌年"])
def test_next_year_counts_from_the_written_year(word: str) -> None:
    text = f"2015年，项目开工；{word}，一期投产；{word}，二期投产。"
    got = [(f.text, f.date_start.year if f.date_start else None) for f in dates(text)]
    assert got == [("2015年", 2015), (word, 2016), (word, 2016)]


def test_same_period_of_february_keeps_the_month_whole() -> None:
    (_, back) = dates("2017年2月，去年同期")
    assert (back.date_start, back.date_end) == (D(2016, 2, 1), D(2016, 2, 29))
    (_, back) = dates("2020年2月，上年同期")
    assert (back.date_start, back.date_end) == (D(2019, 2, 1), D(2019, 2, 28))
    (_, back) = dates("2020年2月29日，前年同期")
    assert (back.date_start, back.date_end) == (D(2018, 2, 28), D(2018, 2, 28))


@pytest.mark.parametrize(
    "text",
    ["一〇〇〇年" + "去年同期" * 1000, "一〇〇〇年" + "，次年" * 50, "0001年去年同期",
     "去年同期" * 50, "9998年，次年，翌年", "2000年2月29日，前年同期" * 30],
)
@pytest.mark.parametrize("reference_date", [None, D(1, 1, 1), D(9999, 12, 31), REF])
def test_no_date_outside_years_1_to_9998(text: str, reference_date: dt.date | None) -> None:
    for f in dates(text, reference_date):
        if f.date_start is not None and f.date_end is not None:
            assert D(1, 1, 1) <= f.date_start <= f.date_end <= D(9998, 12, 31)


# --- the genre's other date forms (issue 16), each in both scripts and broken by OCR layout ----
REF_TUESDAY = D(2020, 9, 15)  # a Tuesday: 上周一 is 7 September, 本周 14–20 September

GENRE_FORMS = [
    # (simplified, traditional, (span as simplified, start, end, granularity, relative))
    ("今年首两月，营收增长", "今年首兩月，營收增長",
     ("今年首两月", D(2020, 1, 1), D(2020, 2, 29), "range", True)),
    ("首三季，出口增长", "首三季，出口增長",
     ("首三季", D(2020, 1, 1), D(2020, 9, 30), "range", True)),
    ("2021年首季，", "2021年首季，",
     ("2021年首季", D(2021, 1, 1), D(2021, 3, 31), "quarter", False)),
    ("前三季度，全市", "前三季度，全市",
     ("前三季度", D(2020, 1, 1), D(2020, 9, 30), "range", True)),
    ("1至9月，全区", "1至9月，全區", ("1至9月", D(2020, 1, 1), D(2020, 9, 30), "range", True)),
    ("今年前5个月，", "今年前5個月，",
     ("今年前5个月", D(2020, 1, 1), D(2020, 5, 31), "range", True)),
    ("昨日，记者从市经信委获悉", "昨日，記者從市經信委獲悉",
     ("昨日", D(2020, 9, 14), D(2020, 9, 14), "day", True)),
    ("今日上午，", "今日上午，", ("今日", D(2020, 9, 15), D(2020, 9, 15), "day", True)),
    ("明天上午，", "明天上午，", ("明天", D(2020, 9, 16), D(2020, 9, 16), "day", True)),
    ("前天下午，", "前天下午，", ("前天", D(2020, 9, 13), D(2020, 9, 13), "day", True)),
    ("上周一，", "上週一，", ("上周一", D(2020, 9, 7), D(2020, 9, 7), "day", True)),
    ("本周，", "本週，", ("本周", D(2020, 9, 14), D(2020, 9, 20), "range", True)),
    ("本月十日召开", "本月十日召開", ("本月十日", D(2020, 9, 10), D(2020, 9, 10), "day", True)),
    ("早在07年，企业", "早在07年，企業", ("07年", D(2007, 1, 1), D(2007, 12, 31), "year", False)),
    ("19年8月，", "19年8月，", ("19年8月", D(2019, 8, 1), D(2019, 8, 31), "month", False)),
    ("’98年，", "’98年，", ("’98年", D(1998, 1, 1), D(1998, 12, 31), "year", False)),
    ("八月十五当天", "八月十五當天", ("八月十五", D(2020, 8, 15), D(2020, 8, 15), "day", True)),
    ("后半年，", "後半年，", ("后半年", D(2020, 7, 1), D(2020, 12, 31), "part", True)),
    ("2020年第三个月", "2020年第三個月",
     ("2020年第三个月", D(2020, 3, 1), D(2020, 3, 31), "month", False)),
    ("本月前10天，", "本月前10天，", ("本月前10天", D(2020, 9, 1), D(2020, 9, 10), "range", True)),
    ("从上周四到十月一日", "從上週四到十月一日",
     ("上周四到十月一日", D(2020, 9, 10), D(2020, 10, 1), "range", True)),
    ("去年8月至今年3月", "去年8月至今年3月",
     ("去年8月至今年3月", D(2019, 8, 1), D(2020, 3, 31), "range", True)),
    ("2015年与2020年间", "2015年與2020年間",
     ("2015年与2020年", D(2015, 1, 1), D(2020, 12, 31), "range", False)),
    ("2019全年，", "2019全年，", ("2019全年", D(2019, 1, 1), D(2019, 12, 31), "year", False)),
    ("2023的数据显示", "2023的數據顯示", ("2023", D(2023, 1, 1), D(2023, 12, 31), "year", False)),
    ("“十五”期间，", "「十五」期間，", ("十五", D(2001, 1, 1), D(2005, 12, 31), "period", False)),
    ("“九五”计划", "「九五」計劃", ("九五", D(1996, 1, 1), D(2000, 12, 31), "period", False)),
    ("年中，", "年中，", ("年中", D(2020, 6, 1), D(2020, 7, 31), "part", True)),
    ("2021年中，", "2021年中，", ("2021年中", D(2021, 6, 1), D(2021, 7, 31), "part", False)),
    ("下午15:30，", "下午15:30，", ("15:30", D(2020, 9, 15), D(2020, 9, 15), "minute", True)),
    ("较上季度增长", "較上季度增長", ("上季度", D(2020, 4, 1), D(2020, 6, 30), "quarter", True)),
    ("今明两年，全市", "今明兩年，全市",
     ("今明两年", D(2020, 1, 1), D(2021, 12, 31), "range", True)),
    ("民国111年10月，", "民國111年10月，",
     ("民国111年10月", D(2022, 10, 1), D(2022, 10, 31), "month", False)),
]


def _as_written(f: DateFact) -> tuple[object, ...]:
    return f.text, f.date_start, f.date_end, f.granularity, f.relative


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _ocr_broken(text: str, span: str) -> tuple[str, str]:
    """`text` with a line break inside `span` where column layout puts one: next to a Han
    character (`2021\n年`, `上\n周一`), or after a clock's colon; unchanged if there is none."""
    cuts = [i for i in range(1, len(span)) if _is_han(span[i - 1]) or _is_han(span[i])]
    cuts += [i + 1 for i, c in enumerate(span[:-1]) if c == ":"]
    if not cuts:
        return text, span
    at, cut = text.index(span) + cuts[0], cuts[0]
    return text[:at] + "\n" + text[at:], span[:cut] + "\n" + span[cut:]


@pytest.mark.parametrize(("simplified", "traditional", "want"), GENRE_FORMS,
                         ids=[s for s, _, _ in GENRE_FORMS])
def test_genre_forms_in_both_scripts_and_broken_lines(
    simplified: str, traditional: str, want: tuple[object, ...],
) -> None:
    span, *days = want
    assert only(simplified, REF_TUESDAY) == want
    (f,) = dates(traditional, REF_TUESDAY)
    assert (*_as_written(f)[1:],) == (*days,)
    assert normalize(f.text).text == normalize(str(span)).text  # the same words, other script
    broken, broken_span = _ocr_broken(simplified, str(span))
    assert only(broken, REF_TUESDAY) == (broken_span, *days)


@pytest.mark.parametrize(
    "text",
    ["阳春三月，", "陽春三月，", "“三月三”节", "「三月三」節", "“九五”普法", "「九五」普法",
     "连续15年", "連續15年", "延长30年试点", "时隔66年", "今日新疆", "美好的明天", "今天人们已经",
     "今天人們已經", "此前半年", "今后半年", "今後半年", "超过2000的企业", "2023家企业",
     "以上周期", "这周围", "按1:10配套", "比分3:15", "一年中最热", "这些年中，", "十五个月期间",
     "二十五期间", "昨日的辉煌", "先天与后天的", "此前天然气", "本季节", "以上季度", "民国时期"],
)
def test_genre_lookalikes_are_no_date(text: str) -> None:
    assert dates(text, REF_TUESDAY) == []


def test_a_year_before_zhong_guo_is_the_year_alone() -> None:
    assert [f.text for f in dates("高质量举办2025年中国网络文明大会")] == ["2025年"]
    assert [f.text for f in dates("今年中秋")] == ["今年"]


def test_two_dates_joined_by_a_range_word_are_one_range() -> None:
    got = [_as_written(f) for f in dates("从2019年第三季度至2020年第一季度，", REF_TUESDAY)]
    assert got == [("2019年第三季度至2020年第一季度", D(2019, 7, 1), D(2020, 3, 31), "range",
                    False)]
    unresolved = dates("从上周四到十月一日", None)
    assert [(f.text, f.date_start, f.relative) for f in unresolved] == [
        ("上周四到十月一日", None, True)]
    # backwards, or a date and the same date again: two dates, no range
    assert [f.text for f in dates("2020年8月至2019年", REF_TUESDAY)] == ["2020年8月", "2019年"]
    assert [f.text for f in dates("15:30至15:30", REF_TUESDAY)] == ["15:30", "15:30"]
    # anything but a range word between them: two dates
    assert [f.text for f in dates("2019年，到2020年", REF_TUESDAY)] == ["2019年", "2020年"]
    rows = explain("从上周四到十月一日", reference_date=REF_TUESDAY, kinds=["date"])
    assert [(r.text, r.status.startswith("joined")) for r in rows] == [
        ("上周四", False), ("十月一日", True)]


@pytest.mark.parametrize(("head", "day"), [
    ("首页 | 新闻\nDate: 17 October 2022\n正文", dt.date(2022, 10, 17)),
    ("發布時間：Oct 17, 2022 | 來源：本網\n", dt.date(2022, 10, 17)),
    ("发布日期：17/10/2022  作者：本网\n", dt.date(2022, 10, 17)),
])
def test_a_labelled_stamp_in_another_format_is_read_by_dateparser(head: str, day: dt.date) -> None:
    assert find_dateline(normalize(head)) == day
    assert extract(head + "今年营收5亿元。").reference_date == day


@pytest.mark.parametrize("head", ["时间：上午九点\n", "日期：2022年2月30日\n", "Date: someday\n"])
def test_a_labelled_stamp_that_is_no_date_gives_none(head: str) -> None:
    assert find_dateline(normalize(head)) is None


@pytest.mark.parametrize("text", ["7月15日至15日", "7月15日至15日（週三）"])
def test_a_range_of_one_day_is_that_day(text: str) -> None:
    (date,) = extract(text, reference_date="2000-01-01").dates
    assert (date.date_start, date.date_end, date.granularity) == (
        dt.date(2000, 7, 15), dt.date(2000, 7, 15), "day")


def test_a_day_written_twice_around_至_is_two_days() -> None:
    dates = extract("7月15日至7月15日", reference_date="2000-01-01").dates
    assert [(d.text, d.granularity) for d in dates] == [("7月15日", "day")] * 2
