"""Dates: time expressions resolved to inclusive ranges of days."""

from __future__ import annotations

from ..pipeline import KindPipeline
from . import rules
from .build import build_dates
from .dateline import find_dateline
from .rules import rules as rule_set

PIPELINE = KindPipeline("date", rule_set, build_dates)

__all__ = ["PIPELINE", "find_dateline", "rule_set", "rules"]
