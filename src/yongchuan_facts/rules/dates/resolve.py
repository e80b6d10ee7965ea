"""DateParts + reference date (+ antecedent) → inclusive range of days, granularity, relative.

    >>> r = resolve(DateParts(year=2020, quarter=1), reference_date=None)
    >>> r.start, r.end, r.granularity, r.relative
    (datetime.date(2020, 1, 1), datetime.date(2020, 3, 31), 'quarter', False)

Pure and table-driven: rules say what was written (`DateParts`), this module says which days
that is. An impossible date (`2月30日`, `13月`, `2020-2018年`) raises `ImpossibleDate`; a relative
date with no reference date resolves to start = end = None with `relative=True`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from ...schema.facts import Granularity
from .lexicon import MONTH_PARTS, YEAR_PARTS

# No date outside these years is ever built: datetime stops at 1 and 9999, and a pointer
# (去年同期 × 1000 after 一〇〇〇年) must fail as a dropped candidate, never as a crash.
MIN_YEAR, MAX_YEAR = 1, 9998


class ImpossibleDate(ValueError):
    """The parts name no real day: month 13, 2月30日, a range that runs backwards."""


@dataclass(frozen=True, slots=True)
class DateParts:
    """What a date rule read, before any calendar arithmetic."""

    year: int | None = None          # absolute: 2019年
    year_shift: int | None = None    # relative to the reference year: 今年 0, 去年 -1
    month_shift: int | None = None   # relative to the reference month: 上月 -1
    day_shift: int | None = None     # relative to the reference day: 昨天 -1
    quarter_shift: int | None = None  # relative to the reference quarter: 上季度 -1
    week_shift: int | None = None    # relative to the reference week (Monday first): 上周 -1
    weekday: int | None = None       # 1 (Monday) … 7 (Sunday): 上周四 4
    last_weekday: int | None = None  # 周末: 6 … 7
    anaphor: int | None = None       # years after the latest date in the text: 同年 0
    month: int | None = None
    last_month: int | None = None    # 1—7月
    day: int | None = None
    last_day: int | None = None      # 8月27-29日
    quarter: int | None = None
    last_quarter: int | None = None  # 前三季度, 1-3季度
    year_part: str | None = None     # key of YEAR_PARTS: 上半年, 年底
    month_part: str | None = None    # key of MONTH_PARTS: 初, 中旬
    plan: tuple[int, int] | None = None  # 十四五 → (2021, 2025)
    plan_part: str | None = None     # 'first' or 'last' year of the plan
    clock: bool = False              # a clock time: its day, granularity minute
    same_period: bool = False        # 去年同期: the latest period in the text, a year back
    until: DateParts | None = None   # the end of an explicit range: 2018-2020年, 2019年1月至6月

    @property
    def bare_clock_or_day(self) -> bool:
        """A clock time or a day of the month with nothing above it (4时10分, 15日)."""
        no_year = self.year is None and self.year_shift is None and self.month_shift is None
        no_shift = all(x is None for x in (self.day_shift, self.week_shift, self.quarter_shift))
        return no_year and no_shift and self.month is None and (self.clock or self.day is not None)


@dataclass(frozen=True, slots=True)
class Resolved:
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    relative: bool


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _check(value: int | None, low: int, high: int, what: str) -> None:
    if value is not None and not low <= value <= high:
        raise ImpossibleDate(f"{what} {value} is outside {low}..{high}")


def _day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDate(f"{year}-{month}-{day}: {exc}") from exc


def granularity(p: DateParts) -> Granularity:
    """FACTS.md's granularity of what was written."""
    if p.clock:
        return "minute"
    if p.plan is not None:
        return "part" if p.plan_part else "period"
    if p.day_shift is not None:
        return "day"
    if p.quarter_shift is not None:
        return "quarter"
    if p.week_shift is not None:  # a day of the week, or the week (a range of seven days)
        return "day" if p.weekday is not None and p.last_weekday is None else "range"
    if any(x is not None for x in (p.until, p.last_month, p.last_day, p.last_quarter)):
        return "range"
    if p.year_part or p.month_part:
        return "part"
    if p.quarter is not None:
        return "quarter"
    if p.day is not None:
        return "day"
    return "month" if p.month is not None or p.month_shift is not None else "year"


def _month_window(p: DateParts, year: int) -> tuple[dt.date, dt.date]:
    assert p.month is not None
    _check(p.month, 1, 12, "month")
    last_month = p.last_month if p.last_month is not None else p.month
    _check(last_month, 1, 12, "month")
    if p.day is not None:
        last_day = p.last_day if p.last_day is not None else p.day
        return _day(year, p.month, p.day), _day(year, last_month, last_day)
    if p.month_part is not None:
        first, last = MONTH_PARTS[p.month_part]
        return _day(year, p.month, first), _day(year, p.month, min(last, _last_day(year, p.month)))
    return _day(year, p.month, 1), _day(year, last_month, _last_day(year, last_month))


def window(p: DateParts, year: int) -> tuple[dt.date, dt.date]:
    """The days `p` names inside `year` (the start of a range when `p.until` is set)."""
    if p.plan is not None:
        first, last = p.plan
        if p.plan_part == "last":
            first = last
        elif p.plan_part == "first":
            last = first
        return dt.date(first, 1, 1), dt.date(last, 12, 31)
    if p.month is not None:
        return _month_window(p, year)
    if p.quarter is not None:
        last_q = p.last_quarter if p.last_quarter is not None else p.quarter
        _check(p.quarter, 1, 4, "quarter")
        _check(last_q, 1, 4, "quarter")
        end_month = 3 * last_q
        start = dt.date(year, 3 * p.quarter - 2, 1)
        return start, _day(year, end_month, _last_day(year, end_month))
    if p.year_part is not None:
        first, last = YEAR_PARTS[p.year_part]
        return dt.date(year, first, 1), dt.date(year, last, _last_day(year, last))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _from_antecedent(p: DateParts, base: dt.date) -> DateParts:
    if p.anaphor is not None:  # 同年, 两年后
        return replace(p, year=base.year + p.anaphor)
    if p.clock:  # 4时10分 after 8月14日: that day
        return replace(p, year=base.year, month=base.month, day=base.day)
    return replace(p, year=base.year, month=base.month)  # 15日 after 8月14日: that month


def _on_days(p: DateParts, first: dt.date, last: dt.date) -> DateParts:
    """`p` made the days first…last (a week may straddle a month or a year)."""
    until = DateParts(year=last.year, month=last.month, day=last.day) if last != first else None
    return replace(p, year=first.year, month=first.month, day=first.day, until=until)


def _from_reference(p: DateParts, ref: dt.date) -> DateParts:
    if p.day_shift is not None:
        day = ref + dt.timedelta(days=p.day_shift)
        return _on_days(p, day, day)
    if p.week_shift is not None:
        monday = ref + dt.timedelta(days=7 * p.week_shift - ref.weekday())
        first = monday + dt.timedelta(days=(p.weekday or 1) - 1)
        last = monday + dt.timedelta(days=(p.last_weekday or p.weekday or 7) - 1)
        return _on_days(p, first, last)
    if p.month_shift is not None:
        year, month = _shift_months(ref, p.month_shift)
        return replace(p, year=year, month=month)
    if p.quarter_shift is not None:
        index = ref.year * 4 + (ref.month - 1) // 3 + p.quarter_shift
        return replace(p, year=index // 4, quarter=index % 4 + 1)
    if p.bare_clock_or_day:
        return replace(p, year=ref.year, month=ref.month, day=ref.day if p.clock else p.day)
    return replace(p, year=ref.year + (p.year_shift or 0))


def _anchor(p: DateParts, ref: dt.date | None, antecedent: Resolved | None) -> DateParts | None:
    """`p` with its year (and month) made absolute; None when the anchor is unknown."""
    if p.plan is not None:
        return replace(p, year=p.plan[0])
    if p.year is not None:
        return p
    if (p.anaphor is not None or p.bare_clock_or_day) and antecedent and antecedent.start:
        return _from_antecedent(p, antecedent.start)
    if p.anaphor is not None or ref is None:
        return None
    anchored = _from_reference(p, ref)
    until = anchored.until
    if until is not None and until.year is None and until.year_shift is not None:  # 今明两年
        anchored = replace(anchored, until=replace(until, year=ref.year + until.year_shift))
    return anchored


def is_relative(p: DateParts, antecedent: Resolved | None) -> bool:
    """Needs the document's date: 今年, 上月, 8月27日; or points back to a date that did."""
    if p.year is not None or p.plan is not None:
        return False
    if p.anaphor is not None or p.bare_clock_or_day:
        return antecedent.relative if antecedent is not None else p.anaphor is None
    return True


def check_plausible(p: DateParts) -> None:
    """Raise ImpossibleDate for a month, day or quarter no calendar has (13月, 2月30日)."""
    for month in (p.month, p.last_month):
        _check(month, 1, 12, "month")
    for day, month in ((p.day, p.month), (p.last_day, p.last_month or p.month)):
        _check(day, 1, _last_day(2000, month) if month else 31, "day")  # 2000: 2月29日 exists
    for quarter in (p.quarter, p.last_quarter):
        _check(quarter, 1, 4, "quarter")
    if p.until is not None:
        check_plausible(p.until)


def resolve(
    p: DateParts, reference_date: dt.date | None, antecedent: Resolved | None = None
) -> Resolved:
    """The range of days `p` names. Raises ImpossibleDate; unresolved relative → None, None."""
    try:
        return _resolve(p, reference_date, antecedent)
    except ImpossibleDate:
        raise
    except (ValueError, OverflowError) as exc:  # a shift past year 1 or 9999 (昨天 on 0001-01-01)
        raise ImpossibleDate(str(exc)) from exc


def _resolve(p: DateParts, ref: dt.date | None, antecedent: Resolved | None) -> Resolved:
    check_plausible(p)
    gran = granularity(p)
    relative = is_relative(p, antecedent)
    if p.same_period and antecedent is not None and antecedent.start and antecedent.end:
        years = p.year_shift if p.year_shift is not None else -1  # 去年同期 -1, 前年同期 -2
        start, end = shift_years(antecedent.start, antecedent.end, years)
        return Resolved(start, end, antecedent.granularity, relative)
    if p.plan is not None:
        # what _anchor gives (p with the plan's first year), without copying its 22 fields:
        # half the dates of a work report are plan periods (十四五)
        anchored: DateParts | None = p
        year: int | None = p.plan[0]
    else:
        anchored = _anchor(p, ref, antecedent)
        year = anchored.year if anchored is not None else None
    if anchored is None:
        if relative:
            return Resolved(None, None, gran, True)
        raise ImpossibleDate("points back to no date")
    assert year is not None
    _check(year, MIN_YEAR, MAX_YEAR, "year")
    start, end = window(anchored, year)
    until = anchored.until
    if until is not None:  # an explicit range: from the first date's start to the second's end
        end = window(until, until.year or year)[1]
    if end < start:
        raise ImpossibleDate(f"range runs backwards: {start} … {end}")
    _check(end.year, MIN_YEAR, MAX_YEAR, "year")
    if gran == "range" and start == end:  # 7月15日至15日: a range of one day is that day
        gran = "day"
    return Resolved(start, end, gran, relative)


def shift_years(start: dt.date, end: dt.date, years: int) -> tuple[dt.date, dt.date]:
    """The same stretch of days `years` later (earlier when negative), month ends kept.

    >>> shift_years(dt.date(2017, 2, 1), dt.date(2017, 2, 28), -1)   # all of February
    (datetime.date(2016, 2, 1), datetime.date(2016, 2, 29))
    >>> shift_years(dt.date(2020, 2, 29), dt.date(2020, 2, 29), -1)  # one day: the 28th
    (datetime.date(2019, 2, 28), datetime.date(2019, 2, 28))
    """
    _check(start.year + years, MIN_YEAR, MAX_YEAR, "year")
    _check(end.year + years, MIN_YEAR, MAX_YEAR, "year")
    new_start = _same_day_in(start, start.year + years, keep_month_end=False)
    return new_start, _same_day_in(end, end.year + years, keep_month_end=start != end)


def _same_day_in(day: dt.date, year: int, *, keep_month_end: bool) -> dt.date:
    """`day` in `year`: the end of a month stays its end (28 → 29 February in a leap year)."""
    last = _last_day(year, day.month)
    if keep_month_end and day.day == _last_day(day.year, day.month):
        return dt.date(year, day.month, last)
    return dt.date(year, day.month, min(day.day, last))
