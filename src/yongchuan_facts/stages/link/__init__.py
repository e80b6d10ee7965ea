"""Link: a metric meets the time that governs it (`period.py`) and the words naming what it
measures (`indicator.py`); a change or share after a level takes the level's (`level.py`)."""

from __future__ import annotations

from ...rules.ruleset import Candidate, Context
from ...schema.facts import DateFact


def link_metrics(cands: list[Candidate], dates: list[DateFact], ctx: Context) -> None:
    """Set `period_start`/`period_end` and the indicator fields of each metric candidate."""
    del cands, dates, ctx  # filled in by period.py and indicator.py
