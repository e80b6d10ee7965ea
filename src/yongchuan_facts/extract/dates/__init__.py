"""Dates: time expressions resolved to inclusive ranges of days."""

from __future__ import annotations

from ..pipeline import KindPipeline
from .build import build_dates
from .dateline import find_dateline
from .rules import rules

PIPELINE = KindPipeline("date", rules, build_dates)

__all__ = ["PIPELINE", "find_dateline", "rules"]
