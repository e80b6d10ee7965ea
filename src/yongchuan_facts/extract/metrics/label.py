"""Metric labelers: the label, modality and direction of a metric, from the clause around it."""

from __future__ import annotations

from ...schema.facts import MetricFact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context


def build_metrics(cands: list[Candidate], ctx: Context) -> list[MetricFact]:
    return [MetricFact(**fact_fields(c, ctx), **c.draft) for c in cands]
