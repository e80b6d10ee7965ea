"""Link: a metric meets the time that governs it (`period.py`) and the words naming what it
measures (`indicator.py`); a change or share after a level takes the level's. Once the period
is known, the modality the annotate stage read from cue words is settled against the
document's structure and the period (`modality.py`)."""

from __future__ import annotations

from ...rules.drafts import MetricDraft
from ...rules.ruleset import Candidate, Context
from ...schema.facts import DateFact
from .indicator import IndicatorLinker, put_indicator
from .modality import modality_from_structure
from .period import PeriodLinker


def link_metrics(cands: list[Candidate], dates: list[DateFact], ctx: Context) -> None:
    """Set `period_start`/`period_end` and the indicator fields of each metric candidate."""
    if not cands:
        return
    periods = PeriodLinker(dates, ctx)
    indicators = IndicatorLinker(ctx)
    for c in sorted(cands, key=lambda c: c.norm_start):
        d = c.draft
        if type(d) is MetricDraft:  # its attributes: what the mapping view gives, read faster
            unit, modality = d.unit, d.modality
        else:
            unit, modality = d["unit"], d.get("modality")
        p = periods.period(c.norm_start, c.norm_end, unit)
        c.fields["period_start"], c.fields["period_end"] = p if p else (None, None)
        if modality is None:  # a rule's own modality stands
            c.fields["modality"] = modality_from_structure(c, p, ctx)
        put_indicator(c.fields, indicators.span(c, unit), ctx)
