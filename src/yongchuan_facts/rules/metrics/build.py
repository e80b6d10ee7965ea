"""Turn annotated metric candidates into `MetricFact`s.

The span rules (rules.py) give value, unit and qualifier; the engine's annotate stage adds label,
modality and direction, and its link stage the period and indicator (`stages/`), all in the
candidate's `fields`. A field left unset takes the model's default.
"""

from __future__ import annotations

from typing import Any

from ...schema.facts import MetricFact
from ..drafts import MetricDraft
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context

_SPAN_FIELDS = frozenset({"start", "end", "text", "rule"})


def build_metrics(cands: list[Candidate], ctx: Context) -> list[MetricFact]:
    """One fact per candidate: its span, its draft, and what the stages decided about it."""
    raw = ctx.tm.raw
    # `make_fact(MetricFact, ...)`: the model's validator, looked up once for all the figures
    validate = MetricFact.__pydantic_validator__.validate_python
    facts: list[MetricFact] = []
    for c in cands:
        if _plain(c):
            facts.append(validate(_values(c, raw)))
        else:
            facts.append(MetricFact(**fact_fields(c, ctx), **{**dict(c.draft), **c.fields}))
    return facts


def _plain(c: Candidate) -> bool:
    """A built-in draft with no extra fields, and stage fields that name no span field: its
    values are read directly below (the general expression raises on a repeated keyword)."""
    return (type(c.draft) is MetricDraft and not c.draft.extra
            and _SPAN_FIELDS.isdisjoint(c.fields))


def _values(c: Candidate, raw: str) -> dict[str, Any]:
    """What `{**fact_fields(c, ctx), **dict(c.draft), **c.fields}` gives, without the mapping
    view's walk over the draft's fields (an unset optional field is left out, as there)."""
    d: MetricDraft = c.draft  # type: ignore[assignment]  # `_plain` checked it
    values: dict[str, Any] = {"start": c.start, "end": c.end, "text": raw[c.start : c.end],
                              "rule": c.rule, "value": d.value, "unit": d.unit}
    if d.qualifier is not None:
        values["qualifier"] = d.qualifier
    if d.metric is not None:
        values["metric"] = d.metric
    if d.modality is not None:
        values["modality"] = d.modality
    if d.direction is not None:
        values["direction"] = d.direction
    values.update(c.fields)
    return values
