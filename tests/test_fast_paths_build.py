"""The metric builder reads a built-in draft's fields directly (issue 11): the same values, in
the same order, as the mapping view's `{**fact_fields, **dict(draft), **fields}`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.drafts import MetricDraft
from yongchuan_facts.rules.metrics.build import _plain, _values, build_metrics
from yongchuan_facts.rules.pipeline import fact_fields
from yongchuan_facts.rules.ruleset import Candidate, Context

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


def test_a_draft_with_extra_fields_takes_the_general_path() -> None:
    ctx = Context(normalize(_RAW))
    c = Candidate("metric", "money", 6, 12, 6, 12,
                  MetricDraft(1.39e10, "CNY", "exact", extra={"k": 1}))
    assert not _plain(c)
    with pytest.raises(ValidationError, match="k\n  Extra inputs are not permitted"):
        build_metrics([c], ctx)
