"""FACTS.md §Scoring: when an extracted fact is a hit for a gold fact, and the one-to-one match.

    >>> g = MetricFact(start=4, end=9, text="1.5万人", value=15000, unit="人")
    >>> p = MetricFact(start=3, end=9, text="近1.5万人", value=15000, unit="人")
    >>> is_hit(g, p), overlap(g, p)
    (True, 5)

Matching is per kind and one to one, largest overlap first (ties: earliest gold, then
earliest extracted fact). The rules of a hit differ by kind:
- metric: spans overlap, same `unit`, same `value` within a relative tolerance of 1e-6;
- date: spans overlap, same `date_start` and `date_end`;
- project: the intersection is at least half of the longer span.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..schema.facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact
VALUE_TOLERANCE = 1e-6  # relative; absolute below 1 so that 0 matches 0


class Span(Protocol):
    """Anything with a half-open span; read-only, as a fact's frozen fields are."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlap(a: Span, b: Span) -> int:
    """Characters two half-open spans share (0 when they only touch)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def same_value(gold: float, got: float) -> bool:
    return abs(gold - got) <= VALUE_TOLERANCE * max(1.0, abs(gold))


def is_hit(gold: AnyFact, got: AnyFact) -> bool:
    """Whether `got` counts as finding `gold` (same kind assumed; checked anyway)."""
    shared = overlap(gold, got)
    if shared == 0 or gold.kind != got.kind:
        return False
    if isinstance(gold, MetricFact) and isinstance(got, MetricFact):
        return gold.unit == got.unit and same_value(gold.value, got.value)
    if isinstance(gold, DateFact) and isinstance(got, DateFact):
        return (gold.date_start, gold.date_end) == (got.date_start, got.date_end)
    longer = max(gold.end - gold.start, got.end - got.start)
    return 2 * shared >= longer  # projects: half of the longer span at least


def match(
    gold: Sequence[AnyFact], got: Sequence[AnyFact]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one pairs `(gold index, got index)`, then unmatched gold and extracted indices.

    Greedy by overlap: of all hit pairs, the one sharing most characters is taken first, and
    each fact is used at most once.
    """
    candidates = sorted(
        ((-overlap(g, p), g.start, p.start, gi, pi)
         for gi, g in enumerate(gold) for pi, p in enumerate(got) if is_hit(g, p)),
    )
    used_gold: set[int] = set()
    used_got: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_got:
            continue
        used_gold.add(gi)
        used_got.add(pi)
        pairs.append((gi, pi))
    missed = [i for i in range(len(gold)) if i not in used_gold]
    extra = [i for i in range(len(got)) if i not in used_got]
    return pairs, missed, extra
