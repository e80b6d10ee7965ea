"""Named projects: parks, bases, platforms, programmes, events and policy documents."""

from __future__ import annotations

from ..pipeline import KindPipeline
from . import rules
from .build import build_projects
from .rules import rules as rule_set

PIPELINE = KindPipeline("project", rule_set, build_projects)

__all__ = ["PIPELINE", "rule_set", "rules"]
