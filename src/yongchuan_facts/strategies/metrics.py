"""Hypothesis strategies for metrics: sentences with one planted quantity and its expected fact.

    from hypothesis import given
    from yongchuan_facts import extract
    from yongchuan_facts.strategies.metrics import planted_metric

    @given(planted_metric())
    def test_found_whole(p):
        (f,) = extract(p.raw, kinds=["metric"]).metrics
        assert (f.start, f.end, f.unit) == (p.start, p.end, p.unit)

`planted_metric()` draws a value, a multiplier (万, 亿), a unit or classifier, a qualifier, and a
way of writing the number (Arabic, full width, Chinese numerals, decimals), then injects OCR
layout (line breaks and spaces, never between two digits) and traditional characters. It
returns a `PlantedMetric` with the raw text, the raw span of number…unit, and the expected
value, unit and qualifier. `metric_units` lists the units drawn from, so you can narrow them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

from ..rules.numbers import render_chinese
from . import FILLER_CLAUSES, han_layout

# (surface, canonical unit, factor, takes a multiplier)
metric_units: list[tuple[str, str, Decimal, bool]] = [
    *[(c, c, Decimal(1), True) for c in "家个人名所台辆席项件部位"],
    ("人次", "人次", Decimal(1), True),
    ("元", "CNY", Decimal(1), True), ("美元", "USD", Decimal(1), True),
    ("平方米", "m**2", Decimal(1), True), ("平方公里", "m**2", Decimal(10**6), False),
    ("公里", "m", Decimal(1000), True), ("吨", "t", Decimal(1), True),
    ("%", "percent", Decimal(1), False), ("个百分点", "percentage_point", Decimal(1), False),
]
# (word, position, qualifier): before the number, inside it (before the multiplier), after it.
QUALIFIER_WORDS: list[tuple[str, str, str]] = [
    ("", "before", "exact"), ("约", "before", "approx"), ("超过", "before", "over"),
    ("近", "before", "nearly"), ("不到", "before", "under"), ("至少", "before", "at_least"),
    ("余", "inside", "over"), ("以上", "after", "at_least"), ("左右", "after", "approx"),
]
MULTIPLIER_WORDS = {"": 1, "万": 10**4, "亿": 10**8}
# Verbs before the figure: none of them is a qualifier, an ordinal or a vague quantifier.
VERBS = ["引进", "达到", "共有", "建成", "实现", "累计", "聚集"]
TRADITIONAL = {"万": "萬", "亿": "億", "个": "個", "项": "項", "辆": "輛", "两": "兩",
               "实": "實", "现": "現", "进": "進", "达": "達", "约": "約"}
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@dataclass(frozen=True)
class PlantedMetric:
    """A sentence with one metric: raw text, raw span of number…unit, expected fields."""

    raw: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str


@st.composite
def written_number(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as the news writes it: 365, ３６５, 1,234, 1.5, 三百六十五, 两 (never a lone 一;
    a lone 2 is 两 before a classifier, since a bare 二 is an ordinal: 二期, 二轮)."""
    style = draw(st.sampled_from(["arabic", "fullwidth", "chinese", "decimal", "thousands"]))
    n = draw(st.integers(2, 9_999))
    if style == "chinese":
        return ("两" if n == 2 else render_chinese(n)), Decimal(n)
    if style == "decimal":
        tenths = draw(st.integers(1, 9))
        return f"{n}.{tenths}", Decimal(f"{n}.{tenths}")
    if style == "thousands":
        big = draw(st.integers(1_000, 999_999))
        return f"{big:,}", Decimal(big)
    text = str(n)
    return (text.translate(_FULLWIDTH) if style == "fullwidth" else text), Decimal(n)


def _traditional(draw: st.DrawFn, text: str) -> str:
    if not draw(st.booleans()):
        return text
    return "".join(TRADITIONAL.get(ch, ch) for ch in text)


@st.composite
def planted_metric(draw: st.DrawFn) -> PlantedMetric:
    """Filler, a verb, one metric (with qualifier and layout), a full stop, filler."""
    number, n = draw(written_number())
    surface, unit, factor, takes_mult = draw(st.sampled_from(metric_units))
    mult = draw(st.sampled_from(sorted(MULTIPLIER_WORDS))) if takes_mult else ""
    word, where, qualifier = draw(st.sampled_from(QUALIFIER_WORDS))
    if where == "inside" and (mult == "" or "." in number):
        word, where, qualifier = "", "before", "exact"  # 14余万 needs a multiplier after 余
    inside = word if where == "inside" else ""
    body = _traditional(draw, draw(han_layout(number + inside + mult + surface)))
    before = word if where == "before" else ""
    after = word if where == "after" else ""
    head = draw(st.sampled_from(FILLER_CLAUSES)) + "，" + draw(st.sampled_from(VERBS)) + before
    tail = after + "。" + draw(st.sampled_from(FILLER_CLAUSES))
    value = n * MULTIPLIER_WORDS[mult] * factor
    return PlantedMetric(head + body + tail, len(head), len(head) + len(body), float(value),
                         unit, qualifier)
