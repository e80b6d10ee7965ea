"""Link: a metric meets the time that governs it (`period.py`) and the words naming what it
measures (`indicator.py`); a change or share after a level takes the level's. Once the period
is known, the modality the annotate stage read from cue words is settled against the
document's structure and the period (`modality.py`)."""

from __future__ import annotations

from operator import attrgetter

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
    ordered = sorted(cands, key=_NORM_START)
    # each figure's successor's start: a noun read after a figure stops before the next one
    next_starts = [c.norm_start for c in ordered[1:]] + [len(ctx.tm.text)]
    for c, next_start in zip(ordered, next_starts, strict=True):
        d = c.draft
        if type(d) is MetricDraft:  # its attributes: what the mapping view gives, read faster
            unit, modality = d.unit, d.modality
        else:
            unit, modality = d["unit"], d.get("modality")
        p = periods.period(c.norm_start, c.norm_end, unit)
        fields = c.fields
        fields["period_start"], fields["period_end"] = p if p else (None, None)
        if modality is None:  # a rule's own modality stands
            fields["modality"] = modality_from_structure(c, p, ctx)
        put_indicator(fields, indicators.span(c, unit, next_start), ctx)


_NORM_START = attrgetter("norm_start")  # the sort key c.norm_start, without a lambda call
