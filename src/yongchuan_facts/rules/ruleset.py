"""Rules and rule sets: a named regex over the normalized text plus a pure function to fields.

    rules = RuleSet("metric")

    @rules.rule(r"(?P<num>\\d+)标准箱", examples={"吞吐量120标准箱": "120标准箱"})
    def teu(m, ctx):
        '''<number>标准箱 → TEU      吞吐量120标准箱'''
        return {"value": float(m["num"]), "unit": "TEU"}

A rule function returns a draft (a dict of the fact's fields), a list of drafts (one match, two
facts: `8.5亿元至10亿元`), or None to veto the match. A draft may carry `"span": (s, e)` in
normalized coordinates to narrow the fact to part of the match, and `"rule": name` to say which
part of a table-driven rule matched (one scan for several unit tables, each named in the
fact's provenance). The engine, never the rule, maps spans back to the raw text (Duckling /
ctparse style).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..normalize.textmap import TextMap

Draft = dict[str, Any]
Produce = Callable[[regex.Match[str], "Context"], Draft | list[Draft] | None]


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at besides its match: the text map and the reference date."""

    tm: TextMap
    reference_date: dt.date | None = None
    reference_from: str = "none"  # 'argument', 'dateline' or 'none'


@dataclass(slots=True)
class Candidate:
    """One proposal of one rule: where, which rule, what fields, and what became of it."""

    kind: str
    rule: str
    norm_start: int
    norm_end: int
    start: int
    end: int
    draft: Draft
    status: str = "kept"  # 'kept', or why it was dropped
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def text_span(self) -> str:
        return f"[{self.start}:{self.end}]"

    def drop(self, reason: str) -> None:
        if self.status == "kept":
            self.status = reason


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

    def run(self, ctx: Context) -> Iterator[Candidate]:
        for m in self.pattern.finditer(ctx.tm.text):
            try:
                result = self.produce(m, ctx)
            except Exception as exc:  # a faulty rule costs this candidate, never the document
                yield self._candidate(ctx, m.span(), {}, status=f"error in its rule: "
                                      f"{type(exc).__name__}: {exc}")
                continue
            drafts = [result] if isinstance(result, dict) else (result or [])
            if result is None:
                yield self._candidate(ctx, m.span(), {}, status="vetoed by its rule")
            for draft in drafts:
                span = draft.pop("span", None) or m.span()
                yield self._candidate(ctx, span, draft, name=draft.pop("rule", self.name))

    def _candidate(
        self, ctx: Context, span: tuple[int, int], draft: Draft, status: str = "kept",
        name: str | None = None,
    ) -> Candidate:
        start, end = ctx.tm.raw_span(*span)
        return Candidate(
            self.kind, name or self.name, span[0], span[1], start, end, draft, status,
            self.priority,
        )


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
    ) -> Rule:
        """Register `produce` for `pattern`; rejects a pattern that matches the empty string."""
        compiled = regex.compile(pattern, flags)
        if compiled.fullmatch(""):
            raise ValueError(f"rule {name or produce.__name__!r}: pattern matches the empty string")
        rule = Rule(
            name or produce.__name__, self.kind, compiled, produce,
            dict(examples or {}), tuple(counterexamples), priority,
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
