"""Hypothesis strategies for dates: a random range of days rendered in one Chinese form.

    from hypothesis import given
    from yongchuan_facts.strategies.dates import planted_date

    @given(planted_date())
    def test_found(p): ...   # p.raw, p.start, p.end, p.date_start, p.date_end, p.granularity

Each form draws its own numbers (years 1990–2040), writes them in Arabic, full-width or
Chinese numerals (`2020`, `２０２０`, `二〇二〇`; months `8` or `八`), adds OCR layout between
Han and digits, and says which inclusive range of days FACTS.md gives it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from ..rules.numbers import render_chinese
from . import filler, han_layout

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ZH_DIGIT = "〇一二三四五六七八九"

REFERENCE_DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31))


@dataclass(frozen=True)
class DateForm:
    """A date as written (`surface`) and the range FACTS.md gives it."""

    surface: str
    date_start: dt.date
    date_end: dt.date
    granularity: str
    relative: bool = False


@dataclass(frozen=True)
class PlantedDate:
    """A raw text with one date planted at raw[start:end]."""

    raw: str
    start: int
    end: int
    form: DateForm


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@st.composite
def year_text(draw: st.DrawFn, year: int) -> str:
    """2020 · ２０２０ · 二〇二〇"""
    style = draw(st.sampled_from(["arabic", "fullwidth", "chinese"]))
    if style == "chinese":
        return "".join(_ZH_DIGIT[int(d)] for d in str(year))
    return str(year).translate(_FULLWIDTH) if style == "fullwidth" else str(year)


@st.composite
def small_text(draw: st.DrawFn, n: int) -> str:
    """A month, day or quarter: 8 · ８ · 八 · 十二 · 二十七"""
    style = draw(st.sampled_from(["arabic", "fullwidth", "chinese"]))
    if style == "chinese":
        return render_chinese(n)
    return str(n).translate(_FULLWIDTH) if style == "fullwidth" else str(n)


years = st.integers(1990, 2040)
months = st.integers(1, 12)


@st.composite
def year_form(draw: st.DrawFn) -> DateForm:
    y = draw(years)
    return DateForm(draw(year_text(y)) + "年", dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


@st.composite
def month_form(draw: st.DrawFn) -> DateForm:
    y, m = draw(years), draw(months)
    surface = draw(year_text(y)) + "年" + draw(small_text(m)) + "月"
    return DateForm(surface, dt.date(y, m, 1), dt.date(y, m, _last(y, m)), "month")


@st.composite
def day_form(draw: st.DrawFn) -> DateForm:
    d = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    surface = (draw(year_text(d.year)) + "年" + draw(small_text(d.month)) + "月"
               + draw(small_text(d.day)) + draw(st.sampled_from(["日", "号"])))
    return DateForm(surface, d, d, "day")


@st.composite
def quarter_form(draw: st.DrawFn) -> DateForm:
    y, q = draw(years), draw(st.integers(1, 4))
    written = draw(st.sampled_from([f"{q}季度", f"{render_chinese(q)}季度",
                                    f"第{render_chinese(q)}季度", f"Q{q}"]))
    end = dt.date(y, 3 * q, _last(y, 3 * q))
    return DateForm(draw(year_text(y)) + "年" + written, dt.date(y, 3 * q - 2, 1), end, "quarter")


_YEAR_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "年初": (1, 1), "年底": (12, 12),
               "年末": (12, 12), "底": (12, 12)}
_MONTH_PARTS = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31),
                "底": (21, 31), "末": (21, 31)}


@st.composite
def part_form(draw: st.DrawFn) -> DateForm:
    y = draw(years)
    if draw(st.booleans()):
        word = draw(st.sampled_from(sorted(_YEAR_PARTS)))
        first, last = _YEAR_PARTS[word]
        start, end = dt.date(y, first, 1), dt.date(y, last, _last(y, last))
        return DateForm(draw(year_text(y)) + "年" + word, start, end, "part")
    m = draw(months)
    word = draw(st.sampled_from(sorted(_MONTH_PARTS)))
    first, last = _MONTH_PARTS[word]
    surface = draw(year_text(y)) + "年" + draw(small_text(m)) + "月" + word
    return DateForm(surface, dt.date(y, m, first), dt.date(y, m, min(last, _last(y, m))), "part")


_SEPARATORS = ["-", "—", "至", "~"]


@st.composite
def range_form(draw: st.DrawFn) -> DateForm:
    y = draw(years)
    sep = draw(st.sampled_from(_SEPARATORS))
    if draw(st.booleans()):
        y2 = draw(st.integers(y + 1, 2045))
        surface = draw(year_text(y)) + sep + draw(year_text(y2)) + "年"
        return DateForm(surface, dt.date(y, 1, 1), dt.date(y2, 12, 31), "range")
    m1 = draw(st.integers(1, 11))
    m2 = draw(st.integers(m1 + 1, 12))
    surface = (draw(year_text(y)) + "年" + draw(small_text(m1)) + sep + draw(small_text(m2))
               + draw(st.sampled_from(["月", "月份"])))
    return DateForm(surface, dt.date(y, m1, 1), dt.date(y, m2, _last(y, m2)), "range")


_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}


@st.composite
def plan_form(draw: st.DrawFn) -> DateForm:
    name = draw(st.sampled_from(sorted(_PLANS)))
    first = _PLANS[name]
    if draw(st.booleans()):
        return DateForm(name + "期末", dt.date(first + 4, 1, 1), dt.date(first + 4, 12, 31), "part")
    return DateForm(name, dt.date(first, 1, 1), dt.date(first + 4, 12, 31), "period")


ABSOLUTE_FORMS: list[Callable[[], st.SearchStrategy[DateForm]]] = [
    year_form, month_form, day_form, quarter_form, part_form, range_form, plan_form,
]


@st.composite
def relative_form(draw: st.DrawFn, reference_date: dt.date) -> DateForm:
    """今年6月 · 去年 · 明年上半年 · 8月27日 (no year), resolved against `reference_date`."""
    words = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
    word = draw(st.sampled_from(sorted(words)))
    y = reference_date.year + words[word]
    kind = draw(st.sampled_from(["year", "month", "half", "yearless_day"]))
    if kind == "year":
        return DateForm(word, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)
    if kind == "half":
        return DateForm(word + "下半年", dt.date(y, 7, 1), dt.date(y, 12, 31), "part", True)
    m = draw(months)
    if kind == "month":
        surface = word + draw(small_text(m)) + "月"
        return DateForm(surface, dt.date(y, m, 1), dt.date(y, m, _last(y, m)), "month", True)
    y = reference_date.year
    d = dt.date(y, m, draw(st.integers(1, _last(y, m))))
    surface = draw(small_text(m)) + "月" + draw(small_text(d.day)) + "日"
    return DateForm(surface, d, d, "day", True)


@st.composite
def planted_date(draw: st.DrawFn, form: st.SearchStrategy[DateForm] | None = None) -> PlantedDate:
    """A date form with layout noise, between filler clauses."""
    chosen = draw(form if form is not None else st.one_of([f() for f in ABSOLUTE_FORMS]))
    body = draw(han_layout(chosen.surface))
    before, after = draw(filler), draw(filler)
    raw = before + body + "，" + after
    return PlantedDate(raw, len(before), len(before) + len(body), chosen)


# Dates that point back or count from the document's day, and the absolute ones they lean on;
# chained at random they must never build a day outside years 1–9998 (issue 12).
CHAIN_TOKENS: tuple[str, ...] = (
    "去年同期", "上年同期", "前年同期", "同年", "当年", "次年", "第二年", "翌年", "两年后，",
    "15日", "4时10分", "15:30", "昨天，", "明天上午", "上周四", "本周", "本月十日", "今年1—7月",
    "去年", "明年上半年", "上月", "2017年2月", "2020年2月29日", "一〇〇〇年", "一九九八年",
    "二〇〇〇年", "07年", "2019全年", "上半年", "首两月", "年中，", "“十五”期间", "前三季度",
)
CHAIN_SEPARATORS: tuple[str, ...] = ("，", "；", "。", "", "至", "到", "，增长5%，")
# The whole range datetime can hold, so that shifts from the reference reach both ends.
ANY_REFERENCE = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@st.composite
def date_chain(draw: st.DrawFn, max_tokens: int = 40) -> str:
    """Relative and pointing-back dates repeated in any order: `一〇〇〇年去年同期去年同期…`."""
    tokens = draw(st.lists(st.sampled_from(CHAIN_TOKENS), min_size=1, max_size=max_tokens))
    seps = draw(st.lists(st.sampled_from(CHAIN_SEPARATORS), min_size=len(tokens),
                         max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, seps, strict=True))
