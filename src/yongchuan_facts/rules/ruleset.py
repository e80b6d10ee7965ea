"""Rules and rule sets: a named regex over the normalized text plus a pure function to fields.

    rules = RuleSet("metric")

    @rules.rule(r"(?P<num>\\d+)标准箱", examples={"吞吐量120标准箱": "120标准箱"})
    def teu(m, ctx):
        '''<number>标准箱 → TEU      吞吐量120标准箱'''
        return {"value": float(m["num"]), "unit": "TEU"}

A rule function returns a draft, a list of drafts (one match, two facts: `8.5亿元至10亿元`),
or None to veto the match. A draft is typed (`drafts.MetricDraft`, `DateDraft`, `ProjectDraft`,
or a `Proposal` that adds a narrower span or a rule name), or a dict of the fact's fields, which
`Rule.run` converts to the typed draft of its kind: a dict may carry `"span": (s, e)` in
normalized coordinates to narrow the fact to part of the match, and `"rule": name` to say which
part of a table-driven rule matched. The engine, never the rule, maps spans back to the raw text
(Duckling / ctparse style).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import regex

from ..normalization.textmap import TextMap
from .drafts import NO_DRAFT, AnyDraft, Proposal, to_draft
from .prefilter import Anchor, anchored_finditer

_DRAFT_TYPES = frozenset(AnyDraft.__args__)  # the union's member classes

Draft = dict[str, Any]  # what most rules return; `Rule.run` types it (drafts.to_draft)
Returned = Draft | AnyDraft | Proposal
# Sequence, not list, so that a rule typed to return list[dict] fits (list is invariant)
Produce = Callable[[regex.Match[str], "Context"], Returned | Sequence[Returned] | None]


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at besides its match: the text map, the reference date, and the
    document's structure (sentences, clauses, paragraphs, sections), built on first use."""

    tm: TextMap
    reference_date: dt.date | None = None
    reference_from: str = "none"  # 'argument', 'dateline' or 'none'
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def structure(self) -> Any:
        """The document's `stages.structure.Structure`, computed once and shared by every stage."""
        if "structure" not in self._cache:
            from ..stages.structure import Structure  # the stages sit above the rules

            self._cache["structure"] = Structure(self.tm)
        return self._cache["structure"]


@dataclass(slots=True)
class Candidate:
    """One proposal of one rule: where, which rule, what fields, and what became of it."""

    kind: str
    rule: str
    norm_start: int
    norm_end: int
    start: int
    end: int
    draft: AnyDraft
    status: str = "kept"  # 'kept', or why it was dropped
    priority: int = 0
    stage: str = "propose"  # the stage that decided its status
    fields: dict[str, Any] = field(default_factory=dict)  # set by annotate and link

    def __post_init__(self) -> None:
        # (the exact types by a set lookup first: `isinstance` of the union, whose members are
        # `Mapping`s, asks the ABC machinery, 0.5 µs a candidate; issue 11)
        draft = self.draft
        if type(draft) not in _DRAFT_TYPES and not isinstance(draft, AnyDraft):
            self.draft = to_draft(self.kind, draft).draft  # a dict from code before typed drafts

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def text_span(self) -> str:
        return f"[{self.start}:{self.end}]"

    def drop(self, reason: str, stage: str | None = None) -> None:
        if self.status == "kept":
            self.status = reason
            if stage is not None:
                self.stage = stage


@dataclass(frozen=True)
class Rule:
    """A named pattern and the function that turns its match into a draft."""

    name: str
    kind: str
    pattern: regex.Pattern[str]
    produce: Produce
    examples: Mapping[str, str] = field(default_factory=dict)
    counterexamples: Sequence[str] = ()
    priority: int = 0  # breaks ties between spans of equal length: higher wins
    anchor: Anchor | None = None  # where a match can start (prefilter.py): the rest is skipped

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The pattern's matches in `text`, those of `pattern.finditer(text)`; with an anchor,
        only the positions where a match can start are tried."""
        if self.anchor is None:
            return self.pattern.finditer(text)
        return anchored_finditer(self.pattern, self.anchor, text)

    def run(self, ctx: Context, keep_vetoed: bool = True) -> Iterator[Candidate]:
        """Every candidate of this rule, in text order. With `keep_vetoed=False` a match its
        function refused is yielded as the shared, fieldless `VETOED` (nothing to locate or
        allocate: the engine counts it and lets it go when `explain` is not asked for)."""
        tm = ctx.tm
        kind, name, priority, produce = self.kind, self.name, self.priority, self.produce
        # the 1:1 segment of the text map the last span lay in (none yet): a span within it maps
        # to raw by one addition, as `tm.raw_span` would map it (~0.3 µs less a candidate)
        lo = hi = delta = 0
        for m in self.finditer(tm.text):
            try:
                result = produce(m, ctx)
                # a Proposal, as the metric table rules return, needs no converting
                proposals = (None if result is None else (result,) if type(result) is Proposal
                             else [to_draft(kind, one) for one in _each(result)])
            except Exception as exc:  # a faulty rule costs this candidate, never the document
                yield self._candidate(ctx, m.span(), NO_DRAFT, name,
                                      status=f"error in its rule: {type(exc).__name__}: {exc}")
                continue
            if proposals is None:
                yield self._vetoed(ctx, m.span()) if keep_vetoed else VETOED
                continue
            for p in proposals:
                s, e = p.span or m.span()
                if not (lo <= s and e <= hi and s < e):
                    lo, hi, delta = tm.segment_of(s)
                    if not (lo <= s and e <= hi and s < e):  # across segments, or empty
                        yield self._candidate(ctx, (s, e), p.draft, p.rule or name)
                        continue
                yield Candidate(kind, p.rule or name, s, e, s + delta, e + delta, p.draft,
                                "kept", priority)

    def _candidate(
        self, ctx: Context, span: tuple[int, int], draft: AnyDraft, name: str,
        status: str = "kept",
    ) -> Candidate:
        start, end = ctx.tm.raw_span(*span)
        return Candidate(
            self.kind, name, span[0], span[1], start, end, draft, status, self.priority,
        )

    def _vetoed(self, ctx: Context, span: tuple[int, int]) -> Candidate:
        """A match its function refused: kept in `explain`, with no fields."""
        return self._candidate(ctx, span, NO_DRAFT, self.name, status="vetoed by its rule")


# What `Rule.run(ctx, keep_vetoed=False)` yields for a vetoed match: never kept, never read.
VETOED = Candidate("", "", 0, 0, 0, 0, NO_DRAFT, status="vetoed by its rule")


def _each(result: Returned | Sequence[Returned]) -> Sequence[Returned]:
    """A rule's result as a sequence: one match may give several facts (8.5亿元至10亿元)."""
    if isinstance(result, list | tuple):
        return result
    return (cast(Returned, result),)


class RuleSet:
    """An explicit, ordered collection of rules of one kind; no global registry."""

    def __init__(self, kind: str, rules: Sequence[Rule] = ()) -> None:
        self.kind = kind
        self.rules: list[Rule] = list(rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"RuleSet({self.kind!r}, {[r.name for r in self.rules]})"

    def add(
        self,
        pattern: str,
        produce: Produce,
        *,
        name: str | None = None,
        flags: int = 0,
        examples: Mapping[str, str] | None = None,
        counterexamples: Sequence[str] = (),
        priority: int = 0,
        anchor: Anchor | None = None,
    ) -> Rule:
        """Register `produce` for `pattern`; rejects a pattern that matches the empty string.
        An `anchor` (prefilter.Anchor) promises where a match can start, so that the scan skips
        the rest of the text (tests/test_prefilter.py checks the package's own promises)."""
        compiled = regex.compile(pattern, flags)
        if compiled.fullmatch(""):
            raise ValueError(f"rule {name or produce.__name__!r}: pattern matches the empty string")
        if anchor is not None and compiled.flags & (regex.IGNORECASE | regex.REVERSE):
            # the anchor's classes are read as written ('q' would escape an anchor of 'Q'),
            # and its scan goes forwards
            raise ValueError(f"rule {name or produce.__name__!r}: an anchor needs a pattern "
                             "that is neither case-insensitive nor reversed")
        rule = Rule(
            name or produce.__name__, self.kind, compiled, produce,
            dict(examples or {}), tuple(counterexamples), priority, anchor,
        )
        if any(r.name == rule.name for r in self.rules):
            raise ValueError(f"a rule named {rule.name!r} is already in {self!r}")
        self.rules.append(rule)
        return rule

    def rule(self, pattern: str, **options: Any) -> Callable[[Produce], Produce]:
        """Decorator form of `add`: `@rules.rule(r"...", examples={...})`."""

        def register(produce: Produce) -> Produce:
            self.add(pattern, produce, **options)
            return produce

        return register

    def run(self, ctx: Context) -> list[Candidate]:
        """Every candidate of every rule, in rule order then text order."""
        return [c for r in self.rules for c in r.run(ctx)]
