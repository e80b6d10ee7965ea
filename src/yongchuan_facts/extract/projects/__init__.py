"""Named projects: parks, bases, platforms, programmes, events and policy documents."""

from __future__ import annotations

from ..pipeline import KindPipeline
from .build import build_projects
from .rules import rules

PIPELINE = KindPipeline("project", rules, build_projects)

__all__ = ["PIPELINE", "rules"]
