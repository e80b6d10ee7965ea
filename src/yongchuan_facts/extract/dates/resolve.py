"""Date parts + reference date → inclusive range of days, granularity and `relative`."""

from __future__ import annotations

import calendar
import datetime as dt

from ...schema.facts import DateFact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def resolve_parts(draft: dict[str, object]) -> tuple[dt.date, dt.date, str] | None:
    """(date_start, date_end, granularity) of absolute parts; None for an impossible date."""
    year, month, day = draft.get("year"), draft.get("month"), draft.get("day")
    assert isinstance(year, int)
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        assert isinstance(month, int)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month"
        assert isinstance(day, int)
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d, d, "minute" if draft.get("clock") else "day"


def build_dates(cands: list[Candidate], ctx: Context) -> list[DateFact]:
    facts = []
    for c in cands:
        resolved = resolve_parts(c.draft)
        if resolved is None:
            c.drop("impossible date")
            continue
        start, end, granularity = resolved
        facts.append(DateFact(**fact_fields(c, ctx), date_start=start, date_end=end,
                              granularity=granularity, relative=False))
    return facts
