"""Metrics: quantities with value, unit, qualifier, label, modality and direction."""

from __future__ import annotations

from ..pipeline import KindPipeline
from .build import build_metrics
from .rules import rules

PIPELINE = KindPipeline("metric", rules, build_metrics)

__all__ = ["PIPELINE", "build_metrics", "rules"]
