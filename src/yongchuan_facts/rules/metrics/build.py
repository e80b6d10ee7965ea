"""Turn surviving metric candidates into `MetricFact`s: label, modality and direction added.

The span rules (rules.py) give value, unit and qualifier; the labelers read the clause around
the number in the normalized text (label.py, modality.py, direction.py).
"""

from __future__ import annotations

from ...schema.facts import MetricFact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context
from .direction import direction_of
from .label import label_of
from .modality import PlanSections, modality_of


def build_metrics(cands: list[Candidate], ctx: Context) -> list[MetricFact]:
    """One fact per candidate, with its context attributes decided from the text around it."""
    text = ctx.tm.text
    sections = PlanSections(text, ctx.reference_date)
    facts = []
    for c in cands:
        fields = dict(c.draft)
        fields.setdefault("metric", label_of(fields["unit"], text, c.norm_start, c.norm_end))
        fields.setdefault("modality", modality_of(text, c.norm_start, sections, c.norm_end))
        fields.setdefault("direction", direction_of(text, c.norm_start))
        facts.append(MetricFact(**fact_fields(c, ctx), **fields))
    return facts
