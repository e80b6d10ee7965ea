"""`resolve` partitioned by kind in one pass (issue 11) decides as it did: the reference below is
the code before, on generated candidates of every kind, status and span."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yongchuan_facts.rules.drafts import NO_DRAFT
from yongchuan_facts.rules.ruleset import Candidate
from yongchuan_facts.stages.overlap import SUPPRESSES, UNSAID, _Spans, resolve, resolve_within

pytestmark = pytest.mark.property


def reference_within(cands: list[Candidate], dropped: dict[int, str], reasons: bool) -> _Spans:
    """`resolve_within` before the candidates that overlap no other were set apart: every
    candidate sorted by length and tried."""
    kept = _Spans()
    for c in sorted(cands, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        if c.end <= c.start:
            dropped[id(c)] = "empty span"
            continue
        clash = kept.overlapping(c.start, c.end)
        if clash is None:
            kept.add(c)
        else:
            dropped[id(c)] = (f"overlaps {clash.text_span()} kept from rule {clash.rule}"
                              if reasons else UNSAID)
    return kept


def reference_resolve(cands: list[Candidate], reasons: bool) -> tuple[list[int], dict[int, str]]:
    live = [c for c in cands if c.status == "kept"]
    dropped: dict[int, str] = {}
    kept = {kind: reference_within([c for c in live if c.kind == kind], dropped, reasons)
            for kind in {c.kind for c in live}}
    for winner_kind, losers in SUPPRESSES.items():
        spans = kept.get(winner_kind)
        if spans is None:
            continue
        for loser_kind, how in losers:
            for loser in (c for c in live if c.kind == loser_kind and id(c) not in dropped):
                find = spans.containing if how == "inside" else spans.overlapping
                w = find(loser.start, loser.end)
                if w is not None:
                    dropped[id(loser)] = (f"inside {winner_kind} {w.text_span()} (rule {w.rule})"
                                          if reasons else UNSAID)
    survivors = sorted((c for c in live if id(c) not in dropped), key=lambda c: (c.start, c.end))
    return [id(c) for c in survivors], dropped


candidates = st.lists(st.builds(
    lambda kind, start, length, priority, status, rule: Candidate(
        kind, rule, start, start + length, start, start + length, NO_DRAFT, status, priority),
    st.sampled_from(["metric", "date", "project"]), st.integers(0, 30), st.integers(-1, 8),
    st.integers(-1, 2), st.sampled_from(["kept", "kept", "kept", "vetoed by its rule"]),
    st.sampled_from(["a", "b"])), max_size=25)


@given(candidates, st.booleans())
@settings(max_examples=500)
def test_resolve_decides_as_before(cands: list[Candidate], reasons: bool) -> None:
    got = resolve(cands, reasons)
    survivors, dropped = reference_resolve(cands, reasons)
    assert [id(c) for c in got.kept] == survivors
    assert got.dropped == dropped


@given(candidates, st.booleans())
@settings(max_examples=500)
def test_resolve_within_keeps_as_before(cands: list[Candidate], reasons: bool) -> None:
    dropped: dict[int, str] = {}
    ref_dropped: dict[int, str] = {}
    got = resolve_within(cands, dropped, reasons)
    ref = reference_within(cands, ref_dropped, reasons)
    assert dropped == ref_dropped
    assert got.starts == ref.starts
    assert {s: id(c) for s, c in got.by_start.items()} == {
        s: id(c) for s, c in ref.by_start.items()}
