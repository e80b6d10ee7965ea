"""Overlap policy: which candidates survive when spans collide (spaCy's `filter_spans`).

    >>> from yongchuan_facts.rules.ruleset import Candidate
    >>> a = Candidate("metric", "r", 0, 4, 0, 4, {"value": 1.0, "unit": "个"})
    >>> b = Candidate("metric", "r", 2, 3, 2, 3, {"value": 2.0, "unit": "个"})
    >>> res = resolve([a, b])
    >>> [c.start for c in res.kept], list(res.dropped.values()), b.status
    ([0], ['overlaps [0:4] kept from rule r'], 'kept')

Within one kind: the longest raw span wins, then the higher rule priority, then the earliest.
Across kinds (`SUPPRESSES`): a date beats a metric it overlaps (`2019年` is no count of years),
and a project swallows a metric inside its name (`大数据发展20条`, `L4级…基地`).
`resolve` is pure: it reads the candidates and returns the kept ones and the reason each loser
lost, mutating nothing; the engine records the decisions. Both passes are O(n log n): kept spans
never overlap, so they stay sorted by start and by end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from operator import attrgetter

from ..rules.ruleset import Candidate

# winner kind → (loser kind, how): 'overlap' drops any overlapping loser; 'inside' only one
# that lies wholly inside the winner's span.
SUPPRESSES: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (("metric", "overlap"),),
    "project": (("metric", "inside"),),
}


@dataclass(frozen=True, slots=True)
class Resolution:
    """The survivors, by start, and why each loser lost (keyed by the candidate's id)."""

    kept: list[Candidate]
    dropped: dict[int, str]


class _Spans:
    """Non-overlapping kept spans, sorted; finds the one that overlaps a query span."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.by_start: dict[int, Candidate] = {}

    def add(self, c: Candidate) -> None:
        insort(self.starts, c.start)
        self.by_start[c.start] = c

    def add_all(self, cands: list[Candidate]) -> None:
        """`add` for each, sorted once (spans that overlap neither each other nor a kept one)."""
        for c in cands:
            self.by_start[c.start] = c
        self.starts = sorted(self.by_start)

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


# The reason of every loser when the caller does not want them spelled out (`extract`): one
# shared string, not a new one per loser of a long text.
UNSAID = "dropped"


def resolve_within(cands: list[Candidate], dropped: dict[int, str],
                   reasons: bool = True) -> _Spans:
    """Longest first, then priority, then earliest; an empty span is never kept."""
    kept = _Spans()
    alone, crowded = _alone_and_crowded(cands, dropped)
    # -length, -priority, start (`start - end`: no call to the `length` property, issue 11)
    for c in sorted(crowded, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        clash = kept.overlapping(c.start, c.end)
        if clash is None:
            kept.add(c)
        else:
            dropped[id(c)] = (f"overlaps {clash.text_span()} kept from rule {clash.rule}"
                              if reasons else UNSAID)
    kept.add_all(alone)
    return kept


def _alone_and_crowded(cands: list[Candidate], dropped: dict[int, str]
                       ) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates that overlap no other (kept whatever the order, and in no one's way:
    most of a text's, so only the rest are sorted by length and tried one by one, issue 11),
    and the rest; an empty span is dropped here."""
    live = []
    for c in cands:
        if c.end <= c.start:
            dropped[id(c)] = "empty span"
        else:
            live.append(c)
    live.sort(key=_START_END)
    alone, crowded = [], []
    reach = live[0].start if live else 0  # the furthest end before: past a start, it overlaps
    for i, c in enumerate(live):
        if c.start >= reach and (i + 1 == len(live) or live[i + 1].start >= c.end):
            alone.append(c)
        else:
            crowded.append(c)
        if c.end > reach:
            reach = c.end
    return alone, crowded


_START_END = attrgetter("start", "end")


def resolve(cands: list[Candidate], reasons: bool = True) -> Resolution:
    """The candidates still `kept` that survive, and the reason of each one that does not
    (with `reasons=False`, the same decisions, each reason `UNSAID`)."""
    by_kind: dict[str, list[Candidate]] = {}  # the live candidates of each kind, in order
    for c in cands:
        if c.status == "kept":
            by_kind.setdefault(c.kind, []).append(c)
    dropped: dict[int, str] = {}
    kept = {kind: resolve_within(of_kind, dropped, reasons) for kind, of_kind in by_kind.items()}
    for winner_kind, losers in SUPPRESSES.items():
        spans = kept.get(winner_kind)
        if spans is None:
            continue
        for loser_kind, how in losers:
            find = spans.containing if how == "inside" else spans.overlapping
            for loser in by_kind.get(loser_kind, ()):
                if id(loser) in dropped:
                    continue
                w = find(loser.start, loser.end)
                if w is not None:
                    dropped[id(loser)] = (f"inside {winner_kind} {w.text_span()} (rule {w.rule})"
                                          if reasons else UNSAID)
    survivors = sorted((c for c in cands if c.status == "kept" and id(c) not in dropped),
                       key=_START_END)
    return Resolution(survivors, dropped)
