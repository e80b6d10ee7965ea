"""Building facts faster (issue 11), checked against the general code on generated input: the
metric builder reads a built-in draft's fields directly (the same values, in the same order, as
the mapping view's `{**fact_fields, **dict(draft), **fields}`), and `make_fact` calls the
model's validator directly (the same fact, or the same error, as `cls(**values)`)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.drafts import MetricDraft
from yongchuan_facts.rules.metrics.build import _plain, _values, build_metrics
from yongchuan_facts.rules.pipeline import fact_fields
from yongchuan_facts.rules.ruleset import Candidate, Context
from yongchuan_facts.schema.facts import (
    BUILTIN_LABELS,
    DateFact,
    MetricFact,
    ProjectFact,
    make_fact,
)

pytestmark = pytest.mark.property

_RAW = "全区实现营收139亿元，同比增长15.4%。"
_OPTIONAL = st.one_of(st.none(), st.sampled_from(["exact", "revenue", "target", "increase", ""]))
_FIELDS = st.dictionaries(
    st.sampled_from(["qualifier", "metric", "modality", "direction", "period_start",
                     "indicator", "value", "unit", "text", "rule", "extra_field"]),
    st.one_of(st.none(), st.integers(0, 9), st.sampled_from(["approx", "gdp", "x"])),
    max_size=4)


@given(st.floats(allow_nan=False), st.sampled_from(["CNY", "家", None]), _OPTIONAL, _OPTIONAL,
       _OPTIONAL, _OPTIONAL, st.dictionaries(st.just("k"), st.just(1), max_size=1), _FIELDS)
def test_values_are_the_mapping_views(value: float, unit: str | None, q: str | None,
                                      metric: str | None, modality: str | None,
                                      direction: str | None, extra: dict[str, Any],
                                      fields: dict[str, Any]) -> None:
    ctx = Context(normalize(_RAW))
    draft = MetricDraft(value, unit, q, metric, modality, direction, extra)  # type: ignore[arg-type]
    c = Candidate("metric", "money", 6, 12, 6, 12, draft, fields=dict(fields))
    general = {**fact_fields(c, ctx), **dict(c.draft), **c.fields}
    if _plain(c):
        assert list(_values(c, ctx.tm.raw).items()) == list(general.items())
    else:  # read through the mapping view, as before
        assert extra or not {"start", "end", "text", "rule"}.isdisjoint(fields)
    # build_metrics (which checks `_plain` in place): the fact, or the error, of the general
    # expression (a repeated keyword is a TypeError there)
    try:
        expected: object = MetricFact(**fact_fields(c, ctx), **{**dict(c.draft), **c.fields})
    except (ValidationError, TypeError) as e:
        expected = type(e)
    try:
        got: object = build_metrics([c], ctx)[0]
    except (ValidationError, TypeError) as e:
        got = type(e)
    assert got == expected


def test_a_draft_with_extra_fields_takes_the_general_path() -> None:
    ctx = Context(normalize(_RAW))
    c = Candidate("metric", "money", 6, 12, 6, 12,
                  MetricDraft(1.39e10, "CNY", "exact", extra={"k": 1}))
    assert not _plain(c)
    with pytest.raises(ValidationError, match="k\n  Extra inputs are not permitted"):
        build_metrics([c], ctx)


class _Str(str):
    pass


class _Day(dt.date):
    pass


_TEXT = "全区实现营收139亿元，增长15.4%"
# per field: values of every kind a stage or a user's rule may give it (good ones, ones pydantic
# converts, ones it refuses)
_NUMBERS = st.one_of(st.integers(-3, 30), st.booleans(), st.floats(allow_nan=True),
                     st.sampled_from([2.0, 1e20, "3", _Str("4"), None]))
_DATES = st.one_of(st.dates(dt.date(2019, 1, 1), dt.date(2031, 12, 31)),
                   st.sampled_from([None, dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 1, 5),
                                    _Day(2021, 3, 1), "2021-01-01", 20210101]))
_STRINGS = st.one_of(st.sampled_from(["", "营收", "亿元", "营收139", _Str("营收"), None, 5, b"x"]),
                     st.text(max_size=4))
_CHOICES = {
    "qualifier": ["exact", "approx", "over", "at_least", "nearly", "under", "about", "EXACT"],
    "metric": [*sorted(BUILTIN_LABELS), "grain_output", "Grain", "a" * 70, "x_"],
    "modality": ["actual", "target", "plan"],
    "direction": ["increase", "decrease", "up"],
    "granularity": ["minute", "day", "month", "quarter", "year", "range", "period", "part", "week"],
    "category": ["park", "zone", "fund", "event", "thing"],
    "kind": ["metric", "date", "project", "other"],
}


def _field_values(name: str) -> st.SearchStrategy[Any]:
    if name in _CHOICES:
        return st.one_of(st.sampled_from([*_CHOICES[name], None, 1]), _STRINGS)
    if name in ("start", "end", "indicator_start", "indicator_end", "value"):
        return _NUMBERS
    if name in ("period_start", "period_end", "date_start", "date_end"):
        return _DATES
    if name in ("optional", "relative"):
        return st.sampled_from([True, False, 0, 1, "yes", None])
    return _STRINGS


@st.composite
def values_of(draw: st.DrawFn, cls: type[BaseModel]) -> dict[str, Any]:
    """A mostly valid set of values: a span that fits its text, then any field replaced."""
    s = draw(st.integers(0, 5))
    e = draw(st.integers(s, len(_TEXT)))
    values: dict[str, Any] = {"start": s, "end": e, "text": _TEXT[s:e]}
    if cls is MetricFact:
        values |= {"value": draw(st.floats(-1e12, 1e12)), "unit": draw(st.sampled_from(
            ["CNY", "percent", "家"]))}
        if draw(st.booleans()):
            d = draw(st.dates(dt.date(2019, 1, 1), dt.date(2031, 12, 31)))
            values |= {"period_start": d, "period_end": d + dt.timedelta(draw(st.integers(0, 400)))}
        if draw(st.booleans()):
            a = draw(st.integers(0, 5))
            b = draw(st.integers(a, len(_TEXT)))
            values |= {"indicator_start": a, "indicator_end": b, "indicator": _TEXT[a:b]}
    elif cls is DateFact:
        d = draw(st.one_of(st.none(), st.dates(dt.date(2019, 1, 1), dt.date(2031, 12, 31))))
        values |= {"date_start": d, "date_end": d, "granularity": "day",
                   "relative": d is None or draw(st.booleans())}
    else:
        values |= {"name": draw(st.sampled_from(["营收", "永企惠"]))}
    if draw(st.integers(0, 9)) == 0:  # a span before the text's start: lengths still fit
        shift = draw(st.integers(1, 8))
        values["start"] -= shift
        values["end"] -= shift
        if "indicator_start" in values:
            values["indicator_start"] -= shift
            values["indicator_end"] -= shift
    names = [*cls.model_fields, "unknown", "span"]
    for name in draw(st.lists(st.sampled_from(names), max_size=3)):
        if draw(st.booleans()) and name in values:
            del values[name]
        else:
            values[name] = draw(_field_values(name))
    return values


def _errors(make: Any) -> list[Any] | None:
    try:
        make()
    except ValidationError as exc:
        return exc.errors(include_context=False)
    return None


def _same(cls: type[BaseModel], values: dict[str, Any]) -> None:
    errors = _errors(lambda: cls(**values))
    assert _errors(lambda: make_fact(cls, dict(values))) == errors
    if errors is not None:
        return
    expected = cls(**values)
    fact = make_fact(cls, dict(values))
    assert type(fact) is cls
    assert list(fact.__dict__.items()) == list(expected.__dict__.items()) or _nan(fact, expected)
    assert fact.model_fields_set == expected.model_fields_set
    assert fact.__pydantic_extra__ == expected.__pydantic_extra__
    assert fact.__pydantic_private__ == expected.__pydantic_private__
    assert fact.model_dump_json() == expected.model_dump_json()
    assert repr(fact) == repr(expected)
    assert fact == expected or _nan(fact, expected)


def _nan(a: BaseModel, b: BaseModel) -> bool:
    va, vb = a.__dict__.get("value"), b.__dict__.get("value")
    return isinstance(va, float) and math.isnan(va) and isinstance(vb, float) and math.isnan(vb)


@pytest.mark.parametrize("cls", [MetricFact, DateFact, ProjectFact])
@settings(max_examples=400)
@given(data=st.data())
def test_make_fact_equals_the_constructed_fact(cls: type[BaseModel], data: st.DataObject) -> None:
    _same(cls, data.draw(values_of(cls)))


@given(st.text(max_size=6), st.one_of(st.none(), st.sampled_from(["park", "event", ""])),
       st.one_of(st.none(), st.text(max_size=3)))
def test_expand_reads_a_project_draft_as_its_mapping_view(
        name: str, category: str | None, canonical: str | None) -> None:
    from yongchuan_facts.rules.drafts import ProjectDraft
    from yongchuan_facts.stages.engine import _name_and_category

    d = ProjectDraft(name, category, canonical)
    c = Candidate("project", "r", 0, 1, 0, 1, d)
    assert _name_and_category(c) == (d["name"], d.get("category"))


@pytest.mark.parametrize(("changes", "message"), [
    ({"end": 1}, "end 1 is before start 2"),
    ({"text": "1.5万"}, "span 2:7 has length 5, but text '1.5万' has length 4"),
    ({"text": "1.5万", "period_start": dt.date(2021, 1, 1)}, "has length 5"),  # span first
    ({"period_start": dt.date(2021, 1, 1)}, "period_start and period_end are both set or"),
    ({"period_start": dt.date(2021, 1, 2), "period_end": dt.date(2021, 1, 1)},
     "period_end 2021-01-01 is before period_start 2021-01-02"),
    ({"indicator": "人"}, "indicator_start, indicator_end and indicator are all set or all"),
    ({"indicator": "人", "indicator_start": 0, "indicator_end": 2},
     "indicator span 0:2 does not fit its text '人'"),
])
def test_one_metric_validator_keeps_each_check_and_its_order(changes: dict[str, Any],
                                                             message: str) -> None:
    """`MetricFact`'s single validator (`_Fact`'s overridden): every check of the two it
    replaced, the span's first, each with its message."""
    values = {"start": 2, "end": 7, "text": "1.5万人", "value": 15000, "unit": "人", **changes}
    with pytest.raises(ValidationError, match=message):
        MetricFact(**values)
    with pytest.raises(ValidationError, match=message):
        make_fact(MetricFact, values)


def test_the_metric_validator_reads_the_raw_text_of_span_and_indicator() -> None:
    values = {"start": 0, "end": 2, "text": "营收", "value": 1, "unit": "CNY",
              "indicator_start": 0, "indicator_end": 2, "indicator": "营收"}
    MetricFact.model_validate(values, context={"raw": "营收139亿元"})
    with pytest.raises(ValidationError, match="raw\\[0:2\\] is '营收', not '全区'"):
        MetricFact.model_validate({**values, "text": "全区"}, context={"raw": "营收139亿元"})
    with pytest.raises(ValidationError, match="not the indicator '全区'"):
        MetricFact.model_validate({**values, "indicator": "全区"}, context={"raw": "营收139亿元"})
