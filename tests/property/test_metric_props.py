"""Metric properties: a planted metric comes back exactly; prefixes only shift spans."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedfiles import SEEDS
from yongchuan_facts import extract
from yongchuan_facts.rules.numbers import parse_number, render_chinese
from yongchuan_facts.strategies import ocr_text
from yongchuan_facts.strategies.metrics import PlantedMetric, planted_metric

pytestmark = pytest.mark.property



@given(planted_metric())
def test_a_planted_metric_comes_back_exactly(p: PlantedMetric) -> None:
    facts = list(extract(p.raw, kinds=["metric"]).metrics)
    assert len(facts) == 1, (p.raw, facts)
    (f,) = facts
    assert (f.start, f.end) == (p.start, p.end)
    assert p.raw[f.start : f.end] == f.text
    assert f.unit == p.unit
    assert math.isclose(f.value, p.value, rel_tol=1e-9)
    assert f.qualifier == p.qualifier


def _fields(f: object, shift: int) -> tuple[object, ...]:
    d = f.model_dump()  # type: ignore[attr-defined]
    d["start"] -= shift
    d["end"] -= shift
    if d.get("indicator_start") is not None:  # the indicator is a raw span too
        d["indicator_start"] -= shift
        d["indicator_end"] -= shift
    return tuple(sorted(d.items()))


@settings(max_examples=20)
@given(st.sampled_from(SEEDS), ocr_text(max_size=40))
def test_a_prefix_shifts_every_metric_and_changes_nothing_else(seed, prefix: str) -> None:
    """The prefix ends its own paragraph, so no clause of the document gains a word."""
    head = prefix + "。\n"
    alone = extract(seed.raw, reference_date=seed.reference_date, kinds=["metric"]).metrics
    both = extract(head + seed.raw, reference_date=seed.reference_date, kinds=["metric"]).metrics
    assert all(f.end <= len(head) for f in both if f.start < len(head))
    shifted = [_fields(f, len(head)) for f in both if f.start >= len(head)]
    assert shifted == [_fields(f, 0) for f in alone]


@given(planted_metric())
def test_full_width_digits_change_no_value(p: PlantedMetric) -> None:
    wide = p.raw.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    (a,) = extract(p.raw, kinds=["metric"]).metrics
    (b,) = extract(wide, kinds=["metric"]).metrics
    assert (a.value, a.unit, a.start, a.end) == (b.value, b.unit, b.start, b.end)


@given(st.integers(0, 9_999), st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
def test_a_chinese_numeral_then_a_multiplier_reads_as_a_product(
    n: int, multiplier: tuple[str, int]
) -> None:
    """`render_chinese(n)` followed by 万 / 亿 / 万亿 reads as n × 1e4 / 1e8 / 1e12."""
    word, factor = multiplier
    assert parse_number(render_chinese(n) + word) == n * factor
