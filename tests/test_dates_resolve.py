"""The pure resolver: DateParts + reference date (+ antecedent) → days, granularity, relative."""

from __future__ import annotations

import datetime as dt

import pytest

from yongchuan_facts.rules.dates.lexicon import MONTH_PARTS, PLAN_PERIODS, YEAR_PARTS
from yongchuan_facts.rules.dates.resolve import DateParts, ImpossibleDate, Resolved, resolve

D = dt.date
REF = D(2022, 8, 25)


@pytest.mark.parametrize(
    ("parts", "start", "end", "granularity"),
    [
        (DateParts(year=2019), D(2019, 1, 1), D(2019, 12, 31), "year"),
        (DateParts(year=2019, month=2), D(2019, 2, 1), D(2019, 2, 28), "month"),
        (DateParts(year=2020, month=2), D(2020, 2, 1), D(2020, 2, 29), "month"),
        (DateParts(year=2020, quarter=4), D(2020, 10, 1), D(2020, 12, 31), "quarter"),
        (DateParts(year=2020, quarter=1, last_quarter=3), D(2020, 1, 1), D(2020, 9, 30), "range"),
        (DateParts(year=2020, month=1, last_month=7), D(2020, 1, 1), D(2020, 7, 31), "range"),
        (DateParts(year=2022, month=8, month_part="初"), D(2022, 8, 1), D(2022, 8, 10), "part"),
        (DateParts(year=2021, month=2, month_part="底"), D(2021, 2, 21), D(2021, 2, 28), "part"),
        (DateParts(year=2020, year_part="下半年"), D(2020, 7, 1), D(2020, 12, 31), "part"),
        (DateParts(year=2018, until=DateParts(year=2020)), D(2018, 1, 1), D(2020, 12, 31), "range"),
        (DateParts(year=2019, month=11, until=DateParts(year=2020, month=2)),
         D(2019, 11, 1), D(2020, 2, 29), "range"),
        (DateParts(plan=PLAN_PERIODS["十四五"]), D(2021, 1, 1), D(2025, 12, 31), "period"),
        (DateParts(plan=PLAN_PERIODS["十四五"], plan_part="last"), D(2025, 1, 1), D(2025, 12, 31),
         "part"),
    ],
)
def test_absolute_parts(parts: DateParts, start: dt.date, end: dt.date, granularity: str) -> None:
    for ref in (None, REF, D(1999, 1, 1)):  # an absolute date never looks at the reference
        assert resolve(parts, ref) == Resolved(start, end, granularity, False)


@pytest.mark.parametrize(
    ("parts", "start", "end", "granularity"),
    [
        (DateParts(year_shift=0, month=6), D(2022, 6, 1), D(2022, 6, 30), "month"),
        (DateParts(year_shift=-1), D(2021, 1, 1), D(2021, 12, 31), "year"),
        (DateParts(year_shift=-1, year_part="底"), D(2021, 12, 1), D(2021, 12, 31), "part"),
        (DateParts(year_shift=0, month=8, day=27), D(2022, 8, 27), D(2022, 8, 27), "day"),
        (DateParts(month_shift=-8), D(2021, 12, 1), D(2021, 12, 31), "month"),
        (DateParts(day=3), D(2022, 8, 3), D(2022, 8, 3), "day"),
        (DateParts(clock=True), REF, REF, "minute"),
    ],
)
def test_relative_parts(parts: DateParts, start: dt.date, end: dt.date, granularity: str) -> None:
    assert resolve(parts, REF) == Resolved(start, end, granularity, True)
    assert resolve(parts, None) == Resolved(None, None, granularity, True)


def test_anaphors_take_the_antecedent_and_its_relative_flag() -> None:
    absolute = resolve(DateParts(year=2015, month=9), None)
    assert resolve(DateParts(anaphor=2), None, absolute) == Resolved(
        D(2017, 1, 1), D(2017, 12, 31), "year", False)
    day = resolve(DateParts(year_shift=0, month=8, day=14), REF)
    assert resolve(DateParts(clock=True), REF, day) == Resolved(day.start, day.end, "minute", True)
    assert resolve(DateParts(day=15), None, day) == Resolved(
        D(2022, 8, 15), D(2022, 8, 15), "day", True)
    with pytest.raises(ImpossibleDate):
        resolve(DateParts(anaphor=0), REF)  # 同年 with nothing before it


def test_same_period_is_the_antecedent_a_year_back() -> None:
    months = resolve(DateParts(year_shift=0, month=1, last_month=7), D(2020, 9, 15))
    back = resolve(DateParts(year_shift=-1, same_period=True), D(2020, 9, 15), months)
    assert back == Resolved(D(2019, 1, 1), D(2019, 7, 31), "range", True)
    alone = resolve(DateParts(year_shift=-1, same_period=True), D(2020, 9, 15))
    assert (alone.start, alone.end) == (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize(
    "parts",
    [
        DateParts(year=2019, month=13),
        DateParts(year=2019, month=2, day=29),
        DateParts(year=2019, month=4, day=31),
        DateParts(month=2, day=30, year_shift=0),
        DateParts(year=2019, quarter=5),
        DateParts(year=2019, month=7, last_month=1),
        DateParts(year=2020, until=DateParts(year=2018)),
    ],
)
def test_impossible_parts_raise(parts: DateParts) -> None:
    with pytest.raises(ImpossibleDate):
        resolve(parts, REF)


def test_lexicon_tables_are_well_formed() -> None:
    assert all(1 <= a <= b <= 12 for a, b in YEAR_PARTS.values())
    assert all(1 <= a <= b <= 31 for a, b in MONTH_PARTS.values())
    for name, (first, last) in PLAN_PERIODS.items():
        assert last - first == 4
        # the Nth plan since the third (1966–1970) starts 5 years after the one before
        n = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16}[name[:-1]]
        assert first == 1966 + 5 * (n - 3)
