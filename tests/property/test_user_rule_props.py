"""A user's own rule, property-tested with the library's strategies as the README suggests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import RuleSet, extract
from yongchuan_facts.strategies import Planted, planted

pytestmark = pytest.mark.property

teu_rules = RuleSet("metric")


@teu_rules.rule(r"(?P<num>\d+)(?P<wan>万)?标准箱", examples={"吞吐量120标准箱": "120标准箱"})
def teu(m, ctx):  # type: ignore[no-untyped-def]
    """<number>万?标准箱 → TEU     集装箱吞吐量120万标准箱"""
    return {"value": float(m["num"]) * (10_000 if m["wan"] else 1), "unit": "TEU"}


@st.composite
def planted_teu(draw: st.DrawFn) -> tuple[Planted, float]:
    n = draw(st.integers(1, 99_999))
    wan = draw(st.booleans())
    surface = f"{n}{'万' if wan else ''}标准箱"
    return draw(planted(surface)), n * (10_000 if wan else 1)


@given(planted_teu())
def test_a_planted_user_metric_comes_back_whole(case: tuple[Planted, float]) -> None:
    p, value = case
    fs = extract(p.raw, rules=[teu_rules], kinds=["metric"])
    teus = [f for f in fs.metrics if f.unit == "TEU"]
    assert len(teus) == 1
    assert (teus[0].start, teus[0].end, teus[0].value) == (p.start, p.end, value)
