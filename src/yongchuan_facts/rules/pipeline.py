"""A kind's pipeline: its rule set and the function that turns surviving candidates into facts.

`extract` runs every selected pipeline's rules (plus any user rule sets of the same kind),
resolves overlaps, then hands each kind's survivors to that kind's `build`: labelers for
metrics, the resolver for dates, name normalization for projects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..schema.facts import DateFact, MetricFact, ProjectFact
from .ruleset import Candidate, Context, RuleSet

AnyFact = MetricFact | DateFact | ProjectFact
# Sequence: covariant, so each kind's build may say it returns only its own kind of fact
Build = Callable[[list[Candidate], Context], Sequence[AnyFact]]


@dataclass(frozen=True)
class KindPipeline:
    kind: str
    rules: RuleSet
    build: Build


def fact_fields(c: Candidate, ctx: Context) -> dict[str, object]:
    """The span fields every fact has, read from the raw text (never typed by a rule)."""
    return {"start": c.start, "end": c.end, "text": ctx.tm.raw[c.start : c.end], "rule": c.rule}
