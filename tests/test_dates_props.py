"""Properties of chained relative dates (issue 12): whatever the order of 去年同期, 次年, 昨天,
15日 … and whatever the reference date, extraction never crashes, and every resolved date is
a real range of days that fits its granularity and the year written in it."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import extract
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.dates.fragments import YEAR_DIGITS
from yongchuan_facts.rules.numbers import parse_number
from yongchuan_facts.schema.facts import DateFact
from yongchuan_facts.strategies.dates import ANY_REFERENCE, date_chain

pytestmark = pytest.mark.property


def _last(day: dt.date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _fits_granularity(f: DateFact) -> bool:
    s, e = f.date_start, f.date_end
    assert s is not None
    assert e is not None
    if f.granularity in ("day", "minute"):
        return s == e
    if f.granularity == "month":
        return (s.year, s.month, s.day) == (e.year, e.month, 1) and e.day == _last(e)
    if f.granularity == "quarter":
        same = s.year == e.year and e.month == s.month + 2
        return same and s.month % 3 == 1 and s.day == 1 and e.day == _last(e)
    if f.granularity == "year":
        return (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year
    if f.granularity == "part":
        return s.year == e.year
    if f.granularity == "period":
        return (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and e.year - s.year == 4
    return s < e  # range


def _written_years(f: DateFact) -> list[int]:
    return [int(parse_number(y)) for y in regex.findall(YEAR_DIGITS, normalize(f.text).text)]


@given(date_chain(), ANY_REFERENCE)
def test_chained_relative_dates_stay_real(text: str, reference_date: dt.date | None) -> None:
    for f in extract(text, reference_date=reference_date, kinds=["date"]):
        assert f.text == text[f.start : f.end]
        if f.date_start is None or f.date_end is None:
            assert f.date_start is None
            assert f.date_end is None
            assert f.relative
            continue
        assert dt.date(1, 1, 1) <= f.date_start <= f.date_end <= dt.date(9998, 12, 31)
        assert _fits_granularity(f), (f.text, f.granularity, f.date_start, f.date_end)
        years = _written_years(f)
        if f.granularity == "range":  # every year written lies inside the range
            assert all(f.date_start.year <= y <= f.date_end.year for y in years), f.text
        elif years:  # the year written is the date's year
            assert f.date_start.year == f.date_end.year == years[0], (f.text, f.date_start)


# What each pointer gives after 2017年2月, however many of them follow one another.
_POINTERS = {
    "去年同期": (dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
    "上年同期": (dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
    "同年": (dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
    "当年": (dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
    "次年": (dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
    "翌年": (dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
}


@given(st.lists(st.sampled_from(sorted(_POINTERS)), min_size=1, max_size=30),
       st.sampled_from(["，", "；", "，增长5%，", "。"]))
def test_a_pointer_never_drifts(pointers: list[str], sep: str) -> None:
    """Every 去年同期 (次年, 同年) after 2017年2月 counts from it, not from the one before."""
    text = "2017年2月" + "".join(sep + p for p in pointers)
    first, *rest = extract(text, reference_date=dt.date(2020, 9, 15), kinds=["date"])
    assert first.text == "2017年2月"
    assert [(f.date_start, f.date_end) for f in rest] == [_POINTERS[p] for p in pointers]
