"""Metrics: quantities with value, unit, qualifier, label, modality and direction."""

from __future__ import annotations

from ..pipeline import KindPipeline
from . import rules
from .build import build_metrics
from .rules import rules as rule_set

PIPELINE = KindPipeline("metric", rule_set, build_metrics)

__all__ = ["PIPELINE", "build_metrics", "rule_set", "rules"]
