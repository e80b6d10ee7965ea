"""Turn annotated metric candidates into `MetricFact`s.

The span rules (rules.py) give value, unit and qualifier; the engine's annotate stage adds label,
modality and direction, and its link stage the period and indicator (`stages/`), all in the
candidate's `fields`. A field left unset takes the model's default.
"""

from __future__ import annotations

from ...schema.facts import MetricFact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context


def build_metrics(cands: list[Candidate], ctx: Context) -> list[MetricFact]:
    """One fact per candidate: its span, its draft, and what the stages decided about it."""
    return [MetricFact(**fact_fields(c, ctx), **{**dict(c.draft), **c.fields}) for c in cands]
