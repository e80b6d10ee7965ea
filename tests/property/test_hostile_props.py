"""Hostile input, generated: comma groups, every Unicode digit, repeated relative dates, long
digit runs and control characters (issue 12). For any of it, `extract`

- never raises, and every fact is its raw span, the facts sorted by start;
- gives finite, non-negative values;
- gives dates whose range fits their granularity (a month is that whole month, a year runs
  January to December) and starts in the year the text writes;
- gives the same facts when asked twice.

CI runs these with HYPOTHESIS_PROFILE=ci: 10,000 examples per property (tests/conftest.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
import unicodedata

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from yongchuan_facts import MetricFact, extract
from yongchuan_facts.normalization.chars import fold
from yongchuan_facts.strategies import ocr_text

pytestmark = pytest.mark.property

# Every decimal digit Python knows (650-odd; 𝟑 and other non-BMP ones included).
ALL_DIGITS = [chr(cp) for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Nd"]
CONTROLS = [*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)), "\u200b", "\u200d",
            "\u202e", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "\x1b]0;t\x07"]
UNITS = ["", "家", "个", "亿元", "万元", "元", "%", "个百分点", "万人", "平方米", "年", "月",
         "日", "季度", "万", "亿"]
RELATIVE = ["去年同期", "同期", "去年", "上年", "次年", "第二年", "同年", "当年", "今年", "明年",
            "前年", "上月", "本月", "两年后", "上半年", "年底"]


def _digits(alphabet: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=max_size)


ascii_digits = st.sampled_from("0123456789")
any_digit = st.one_of(ascii_digits, st.sampled_from(ALL_DIGITS))


@st.composite
def comma_grouped(draw: st.DrawFn) -> str:
    """`1,000,000.5`: a head and groups of three (or a wrong number of) digits."""
    head = draw(_digits(ascii_digits, 3))
    groups = draw(st.lists(st.sampled_from(["000", "999", "123", "12", "1234", "00"]),
                           max_size=40))
    sep = draw(st.sampled_from([",", "，", "、"]))
    tail = draw(st.sampled_from(["", ".5", ".", ",", "万", "亿"]))
    return head + "".join(sep + g for g in groups) + tail


@st.composite
def long_digit_run(draw: st.DrawFn) -> str:
    """A run of 15-400 digits: more than a double holds exactly; an identifier, not a figure."""
    n = draw(st.integers(15, 400))
    first = draw(st.sampled_from("123456789"))
    return first + draw(st.sampled_from(["0", "9", "1234567890"])) * n


@st.composite
def relative_chain(draw: st.DrawFn) -> str:
    """An anchor date then relative dates that each might (wrongly) anchor on the last."""
    anchor = draw(st.sampled_from(["2020年1—7月，", "2017年2月，", "一〇〇〇年", "9998年",
                                   "1年", "2019年8月", "", "2020年", "2016年2月29日，"]))
    chain = draw(st.lists(st.sampled_from(RELATIVE), min_size=1, max_size=30))
    glue = draw(st.sampled_from(["", "，", "增长5%，", "营收139亿元；"]))
    return anchor + glue.join(chain)


piece = st.one_of(
    comma_grouped(), long_digit_run(), relative_chain(),
    st.tuples(_digits(any_digit, 6), st.sampled_from(UNITS)).map("".join),
    st.sampled_from(CONTROLS),
    st.sampled_from([*UNITS, "企业", "营收", "，", "。", "\n", "增长", "《", "》", "年"]),
    ocr_text(max_size=10),
)
hostile = st.lists(piece, max_size=12).map("".join)
reference_dates = st.one_of(
    st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.sampled_from([dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9998, 12, 31),
                     dt.date(9999, 12, 31)]),
)

_WRITTEN_YEAR = regex.compile(r"(?<!\d)(\d{4})\s*年")


def _quarter_bounds(d: dt.date) -> tuple[dt.date, dt.date]:
    first = 3 * ((d.month - 1) // 3) + 1
    last = first + 2
    return d.replace(month=first, day=1), d.replace(month=last,
                                                    day=calendar.monthrange(d.year, last)[1])


def _check_granularity(f: object) -> None:
    start, end, granularity = f.date_start, f.date_end, f.granularity  # type: ignore[attr-defined]
    if start is None:
        assert end is None
        return
    assert start <= end, f
    if granularity in ("day", "minute"):
        assert start == end, f
    elif granularity == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        assert (start.day, end) == (1, start.replace(day=last)), f
    elif granularity == "quarter":
        assert (start, end) == _quarter_bounds(start), f
    elif granularity == "year":
        assert (start, end) == (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)), f
    elif granularity == "part":
        assert start.year == end.year, f
    written = _WRITTEN_YEAR.match(fold(f.text))  # type: ignore[attr-defined]
    if written and not f.relative:  # type: ignore[attr-defined]
        assert start.year == int(written[1]), f


def check(raw: str, ref: dt.date | None) -> None:
    fs = extract(raw, reference_date=ref)
    for f in fs:
        assert 0 <= f.start < f.end <= len(raw)
        assert raw[f.start : f.end] == f.text
        if isinstance(f, MetricFact):
            assert math.isfinite(f.value), f
            assert f.value >= 0, f
        elif f.kind == "date":
            _check_granularity(f)
    assert all(a.start <= b.start for a, b in itertools.pairwise(fs))
    again = extract(raw, reference_date=ref)
    assert again.to_records() == fs.to_records()


# The reproducers of issue 12, each an explicit example (items 1 and 6: a comma-grouped amount
# past 1e308 was inf and took super-quadratic time).
@example("1" + ",000" * 200 + "元", None)
@example("٣家", None)
@example("营收𝟑𝟔𝟓亿元", None)
@example("2019年٨月", None)
@example("1٣家", None)
@example("\x1b]0;title\x07企业365家", None)
@example("2020年1—7月，营收增长5%，去年同期增长3%；利润增长8%，去年同期增长6%。",
         dt.date(2020, 8, 15))
# KNOWN (dates engineer, issue 12 item 4): 去年同期 of 2017年2月 is a February 2016 of 28 days.
@example("2017年2月，去年同期", None)
@given(hostile, reference_dates)
def test_hostile_text_gives_valid_facts(raw: str, ref: dt.date | None) -> None:
    check(raw, ref)


@given(st.lists(st.sampled_from(ALL_DIGITS), min_size=1, max_size=8).map("".join),
       st.sampled_from(UNITS))
def test_every_unicode_digit_reads_as_its_ascii_digit(digits: str, unit: str) -> None:
    """A number in any script's digits gives the facts its ASCII spelling gives, same spans."""
    ascii_ = "".join(str(unicodedata.digit(d)) for d in digits)
    raw, plain = f"企业{digits}{unit}。", f"企业{ascii_}{unit}。"
    a, b = extract(raw), extract(plain)
    assert [(f.kind, f.start, f.end) for f in a] == [(f.kind, f.start, f.end) for f in b]
    assert [getattr(f, "value", None) for f in a] == [getattr(f, "value", None) for f in b]


@st.composite
def same_period_chain(draw: st.DrawFn) -> tuple[str, int]:
    """`2020年1—7月，营收增长5%，去年同期增长3%；利润增长8%，去年同期增长6%…` and its year."""
    year = draw(st.integers(1990, 2035))
    months = draw(st.sampled_from(["", "1—7月", "上半年", "一季度", "8月"]))
    clauses = draw(st.lists(st.tuples(st.sampled_from(["营收", "利润", "增加值", "投资"]),
                                      st.integers(1, 99), st.integers(1, 99)),
                            min_size=1, max_size=12))
    body = "；".join(f"{what}增长{a}%，去年同期增长{b}%" for what, a, b in clauses)
    return f"{year}年{months}，{body}。", year


# Issue 12 item 4: each 去年同期 anchored on the previous one (2019, then 2018 …).
@given(same_period_chain())
def test_every_same_period_date_is_a_year_before_the_written_one(case: tuple[str, int]) -> None:
    raw, year = case
    same = [f for f in extract(raw).dates if f.text == "去年同期"]
    assert same
    assert {f.date_start.year for f in same if f.date_start} <= {year - 1}
