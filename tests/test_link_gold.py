"""The link stage on the development gold, read through `evaluate()`: floors for period,
indicator and modality (issue 15), and metric and date F1 kept where they were."""

from __future__ import annotations

import pathlib

import pytest

from yongchuan_facts import evaluate

REPO = pathlib.Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SETS = {
    "seeds": (REPO / "fixtures" / "seeds", REPO / "fixtures" / "gold"),
    "dev-b": (SHARED / "dev-b" / "texts", SHARED / "dev-b" / "gold"),
}


@pytest.mark.parametrize("name", list(SETS))
def test_period_indicator_and_modality_floors(name: str) -> None:
    texts, gold = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is not on this machine")
    result = evaluate(texts, gold)
    metric = result.kinds["metric"]
    assert metric.attributes["period"] >= 0.90
    assert metric.attributes["indicator"] >= 0.85
    assert metric.attributes["modality"] >= 0.98
    assert metric.f1 >= (0.99 if name == "seeds" else 0.96)
    # every date right but the one gold line that reads against FACTS.md: dev-b jiangsu gives
    # 今年是“十五五”开局之年 the plan's five years, where FACTS.md makes 开局之年 its first year
    # (a part), as four audits of other reports annotated it and as the library reads it
    date_errors = {(e.doc, e.what, e.fact.start, e.fact.end) for e in result.errors
                   if e.kind == "date"}
    assert date_errors <= _AGAINST_FACTS, date_errors


_AGAINST_FACTS = {("jiangsu.txt", "missed", 3312, 3315), ("jiangsu.txt", "false", 3312, 3320)}
