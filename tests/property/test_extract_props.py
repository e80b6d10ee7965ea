"""Totality of `extract` on arbitrary Unicode: it never raises, and every fact is its raw span."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import MetricFact, explain, extract
from yongchuan_facts.strategies import ocr_text

pytestmark = pytest.mark.property

# Any code point, lone surrogates and control characters included (st.text() leaves out Cs).
every_char = st.characters(exclude_categories=())
# Pieces that make rules fire, glued in any order with any character between them.
TRIGGERS = ["365家", "139亿元", "15.4%", "2019年8月", "今年6月", "《行动方案》", "“服务公社”平台",
            "十四五", "1万万", "《", "“", "产业园", "一二三", "万", "\n", "\r", "\u2028", "\x00",
            "\ud800", "\U00020000", "１５．４％", "５Ｇ", "░", "6666666666"]
hostile = st.one_of(
    st.text(every_char, max_size=60),
    ocr_text(max_size=80),
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(every_char, max_size=3)),
             max_size=25).map("".join),
)
reference_dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))


def _check_facts(raw: str, facts: tuple) -> None:
    for f in facts:
        assert 0 <= f.start < f.end <= len(raw)
        assert raw[f.start : f.end] == f.text
        if isinstance(f, MetricFact):
            assert math.isfinite(f.value)
            assert f.value >= 0  # FACTS.md: a decrease keeps its value positive
        if f.kind == "date":  # unresolved (a relative date, no reference date): both None
            assert (f.date_start is None) == (f.date_end is None)
            assert f.date_start is None or f.date_start <= f.date_end
    assert all(a.start <= b.start for a, b in itertools.pairwise(facts))


@given(hostile, reference_dates)
def test_extract_is_total_and_every_span_is_valid(raw: str, ref: dt.date | None) -> None:
    fs = extract(raw, reference_date=ref)
    assert fs.raw is raw
    _check_facts(raw, fs.facts)


@given(hostile)
def test_explain_is_total_and_its_kept_rows_are_the_facts(raw: str) -> None:
    rows = explain(raw)
    assert all(raw[r.start : r.end] == r.text for r in rows)
    kept = sorted((r.kind, r.start, r.end) for r in rows if r.kept)
    facts = sorted((f.kind, f.start, f.end) for f in extract(raw).facts)
    assert set(facts) <= set(kept) | {(k, s, e) for k, s, e in facts if k == "project"}


@given(st.one_of(st.binary(), st.integers(), st.none(), st.lists(st.text(), max_size=2),
                 st.floats(), st.dictionaries(st.text(), st.text(), max_size=1)))
def test_anything_but_a_str_is_the_documented_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        extract(value)  # type: ignore[arg-type]
