"""Properties of date extraction: planted ranges come back whole; reference dates move only
relative facts; impossible dates are no fact; nothing crashes on OCR-like text."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import extract
from yongchuan_facts.schema.facts import DateFact
from yongchuan_facts.strategies import ocr_text
from yongchuan_facts.strategies.dates import (
    REFERENCE_DATES,
    PlantedDate,
    planted_date,
    relative_form,
)

pytestmark = pytest.mark.property


def _fact_at(p: PlantedDate, reference_date: dt.date | None = None) -> DateFact:
    facts = [f for f in extract(p.raw, reference_date=reference_date, kinds=["date"])
             if f.start == p.start and f.end == p.end]
    assert facts, f"no date fact at {p.raw[p.start:p.end]!r} in {p.raw!r}"
    return facts[0]


@given(planted_date())
def test_planted_absolute_date_comes_back(p: PlantedDate) -> None:
    f = _fact_at(p)
    assert (f.date_start, f.date_end) == (p.form.date_start, p.form.date_end)
    assert f.granularity == p.form.granularity
    assert f.relative is False


@st.composite
def _relative_case(draw: st.DrawFn) -> tuple[PlantedDate, dt.date]:
    ref = draw(REFERENCE_DATES)
    return draw(planted_date(relative_form(ref))), ref


@given(_relative_case())
def test_planted_relative_date_resolves_on_the_reference(
    case: tuple[PlantedDate, dt.date],
) -> None:
    p, ref = case
    f = _fact_at(p, ref)
    assert (f.date_start, f.date_end, f.granularity) == (
        p.form.date_start, p.form.date_end, p.form.granularity)
    assert f.relative is True
    unresolved = _fact_at(p, None)  # no reference: kept, flagged, never today's date
    assert (unresolved.date_start, unresolved.date_end, unresolved.relative) == (None, None, True)


_RELATIVE = REFERENCE_DATES.flatmap(lambda r: planted_date(relative_form(r)))
_SENTENCES = st.lists(
    st.one_of(planted_date().map(lambda p: p.raw),
              _RELATIVE.map(lambda p: p.raw),
              st.sampled_from(["同年，", "当年", "下午3时02分，", "4时10分，", "15日，", "去年同期",
                               "两年后，", "上月", "一季度", "年底前"]),
              ocr_text(max_size=20)),
    max_size=6,
).map("".join)


def _on_a_leap_day(f: DateFact) -> bool:
    """A relative day (or range of days) on 29 February: in a common year it is no date at all.
    (A month or a part of the year that ends on the 29th exists every year: not this.)"""
    ends = (f.date_start, f.date_end) if f.granularity in ("day", "minute", "range") else ()
    return f.relative and any(d is not None and (d.month, d.day) == (2, 29) for d in ends)


@given(_SENTENCES, REFERENCE_DATES, REFERENCE_DATES)
def test_reference_date_moves_only_relative_facts(text: str, ref1: dt.date, ref2: dt.date) -> None:
    # a year-less 2月29日 exists under a leap reference year only: its span is left out on both
    # sides, as is a clock on a reference day that is 29 February (下午3时02分, its day)
    all_one = extract(text, reference_date=ref1, kinds=["date"]).dates
    all_two = extract(text, reference_date=ref2, kinds=["date"]).dates
    leap = {(f.start, f.end) for f in (*all_one, *all_two) if _on_a_leap_day(f)}
    one = [f for f in all_one if (f.start, f.end) not in leap]
    two = [f for f in all_two if (f.start, f.end) not in leap]
    assert [(f.start, f.end) for f in one] == [(f.start, f.end) for f in two]
    for a, b in zip(one, two, strict=True):
        assert a.relative == b.relative
        if not a.relative:
            assert (a.date_start, a.date_end, a.granularity) == (
                b.date_start, b.date_end, b.granularity)


@given(_SENTENCES, st.one_of(st.none(), REFERENCE_DATES))
def test_ranges_are_ordered_and_spans_exact(text: str, ref: dt.date | None) -> None:
    for f in extract(text, reference_date=ref, kinds=["date"]):
        assert text[f.start:f.end] == f.text
        if f.date_start is None:
            assert f.relative
        else:
            assert f.date_start <= f.date_end


@given(ocr_text(max_size=120), st.one_of(st.none(), REFERENCE_DATES))
def test_any_ocr_text_is_safe(text: str, ref: dt.date | None) -> None:
    for f in extract(text, reference_date=ref, kinds=["date"]):
        assert f.date_start is None or f.date_start <= f.date_end


@st.composite
def _impossible(draw: st.DrawFn) -> str:
    year = draw(st.integers(1990, 2040))
    month = draw(st.integers(1, 12))
    # past the month's end even in a leap year (2月30日, 4月31日)
    bad_day = draw(st.integers(calendar.monthrange(2000, month)[1] + 1, 39))
    return draw(st.sampled_from([
        f"{year}年{month}月{bad_day}日",
        f"{month}月{bad_day}日",
        f"{year}年{draw(st.integers(13, 99))}月",
        f"{draw(st.integers(13, 99))}月",
        f"{year}年第{draw(st.sampled_from('56789'))}季度",
    ]))


@given(_impossible(), st.one_of(st.none(), REFERENCE_DATES))
def test_impossible_date_is_no_fact(surface: str, ref: dt.date | None) -> None:
    text = "据了解，" + surface + "，永川区大力推进数字经济发展"
    start = text.index(surface)
    facts = extract(text, reference_date=ref, kinds=["date"])
    assert not [f for f in facts if f.start < start + len(surface) and start < f.end]
