"""The schema: gold lines read as they are, spans validated, pint quantities, JSON Schema."""

from __future__ import annotations

import json
import pathlib

import pytest
from pydantic import ValidationError

from yongchuan_facts import DateFact, MetricFact, ProjectFact, fact_json_schema, parse_fact

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


def test_every_gold_line_parses_with_its_span_checked(seed) -> None:  # type: ignore[no-untyped-def]
    facts = [parse_fact(g, raw=seed.raw) for g in seed.gold]
    assert {type(f) for f in facts} <= {MetricFact, DateFact, ProjectFact}
    assert len(facts) == len(seed.gold)


def test_a_span_that_disagrees_with_its_text_is_rejected() -> None:
    with pytest.raises(ValidationError, match="length"):
        MetricFact(start=0, end=3, text="1.5万人", value=15000, unit="人")
    with pytest.raises(ValidationError, match="raw"):
        parse_fact({"kind": "project", "start": 0, "end": 2, "text": "永川", "name": "永川"},
                   raw="重庆永川")


def test_unknown_fields_and_kinds_are_rejected() -> None:
    with pytest.raises(ValidationError):
        parse_fact({"kind": "metric", "start": 0, "end": 1, "text": "1", "value": 1,
                    "unit": "个", "colour": "red"})
    with pytest.raises(ValidationError):
        parse_fact({"kind": "person", "start": 0, "end": 1, "text": "x"})


def test_dates_are_ordered_and_only_relative_ones_may_be_unresolved() -> None:
    with pytest.raises(ValidationError, match="before"):
        DateFact(start=0, end=1, text="x", date_start="2020-02-01", date_end="2020-01-01",
                 granularity="month")
    with pytest.raises(ValidationError, match="relative"):
        DateFact(start=0, end=1, text="x", date_start=None, date_end=None, granularity="year")
    unresolved = DateFact(start=0, end=2, text="去年", date_start=None, date_end=None,
                          granularity="year", relative=True)
    assert not unresolved.resolved


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [(3, "m**2", "m**2", 3), (1, "CNY", "CNY", 1), (666.6667, "m**2", "亩", 1.0000000),
     (2, "percentage_point", "percent", 2), (1.5, "km", "m", 1500)],
)
def test_quantity_uses_the_library_registry(value, unit, to, expected) -> None:  # type: ignore[no-untyped-def]
    fact = MetricFact(start=0, end=1, text="x", value=value, unit=unit)
    assert fact.quantity.to(to).magnitude == pytest.approx(expected, rel=1e-6)


def test_classifiers_are_their_own_dimensions() -> None:
    jia = MetricFact(start=0, end=1, text="x", value=3, unit="家").quantity
    ren = MetricFact(start=0, end=1, text="x", value=3, unit="人").quantity
    assert jia.magnitude == 3
    assert jia.dimensionality != ren.dimensionality


def test_docs_json_schema_is_current() -> None:
    written = json.loads((DOCS / "fact.schema.json").read_text(encoding="utf-8"))
    assert written == fact_json_schema()
