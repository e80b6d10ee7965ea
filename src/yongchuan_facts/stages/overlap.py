"""Overlap policy: which candidates survive when spans collide (spaCy's `filter_spans`).

Within one kind: the longest raw span wins, then the higher rule priority, then the earliest.
Across kinds (`SUPPRESSES`): a date beats a metric it overlaps (`2019年` is no count of years),
and a project swallows a metric inside its name (`大数据发展20条`, `L4级…基地`).
Both passes are O(n log n): kept spans never overlap, so they stay sorted by start and by end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from ..rules.ruleset import Candidate

# winner kind → (loser kind, how): 'overlap' drops any overlapping loser; 'inside' only one
# that lies wholly inside the winner's span.
SUPPRESSES: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (("metric", "overlap"),),
    "project": (("metric", "inside"),),
}


class _Spans:
    """Non-overlapping kept spans, sorted; finds the one that overlaps a query span."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.by_start: dict[int, Candidate] = {}

    def add(self, c: Candidate) -> None:
        insort(self.starts, c.start)
        self.by_start[c.start] = c

    def overlapping(self, start: int, end: int) -> Candidate | None:
        i = bisect_left(self.starts, end) - 1  # last kept span starting before `end`
        if i >= 0:
            c = self.by_start[self.starts[i]]
            if c.end > start:
                return c
        return None

    def containing(self, start: int, end: int) -> Candidate | None:
        i = bisect_right(self.starts, start) - 1
        if i >= 0:
            c = self.by_start[self.starts[i]]
            if c.end >= end:
                return c
        return None


def _order(c: Candidate) -> tuple[int, int, int]:
    return (-c.length, -c.priority, c.start)


def resolve_within(cands: list[Candidate]) -> _Spans:
    """Longest first, then priority, then earliest; an empty span is never kept."""
    kept = _Spans()
    for c in sorted((c for c in cands if c.status == "kept"), key=_order):
        if c.length <= 0:
            c.drop("empty span")
            continue
        clash = kept.overlapping(c.start, c.end)
        if clash is None:
            kept.add(c)
        else:
            c.drop(f"overlaps {clash.text_span()} kept from rule {clash.rule}")
    return kept


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Mark the losers in place (their `status` says why) and return the survivors by start."""
    kept = {kind: resolve_within([c for c in cands if c.kind == kind])
            for kind in {c.kind for c in cands}}
    for winner_kind, losers in SUPPRESSES.items():
        spans = kept.get(winner_kind)
        if spans is None:
            continue
        for loser_kind, how in losers:
            for loser in (c for c in cands if c.kind == loser_kind and c.status == "kept"):
                find = spans.containing if how == "inside" else spans.overlapping
                w = find(loser.start, loser.end)
                if w is not None:
                    loser.drop(f"inside {winner_kind} {w.text_span()} (rule {w.rule})")
    return sorted((c for c in cands if c.status == "kept"), key=lambda c: (c.start, c.end))
