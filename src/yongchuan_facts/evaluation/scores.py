"""Scoring one document's extracted facts against its gold, and summing documents up.

    >>> ev = evaluate("fixtures/seeds", "fixtures/gold")
    >>> ev.kinds["metric"].gold      # required gold metrics in the five seeds
    216

Counts follow FACTS.md §Scoring: precision, recall and F1 over the required gold; an
extracted fact that overlaps an optional gold fact of its kind and is no hit counts neither
way; attributes (`qualifier`, `metric`, `modality`, `direction`; `granularity`, `relative`)
are accuracies over hits. `direction` is scored only where the gold or the extracted fact has
one, since most metrics are levels, not changes. `period` (both days together) and `indicator`
are scored only over hits whose gold line carries them (gold leaves them out where annotators
could differ); an indicator is right when both are null or the spans overlap by at least half
of the longer one, and is not scored on durations, which measure nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..schema.facts import KINDS, DateFact, MetricFact, ProjectFact
from .gold import GoldDocument
from .matching import match, overlap

AnyFact = MetricFact | DateFact | ProjectFact
ATTRIBUTES: Mapping[str, tuple[str, ...]] = {
    "metric": ("qualifier", "metric", "modality", "direction", "period", "indicator"),
    "date": ("granularity", "relative"),
    "project": (),
}
CONTEXT_CHARS = 12  # characters shown either side of an error
DURATION_UNITS = frozenset({"minute", "hour", "day", "month", "year"})


@dataclass(frozen=True)
class KindScore:
    """Counts for one kind; `attribute_counts[name] == (correct, scored)` over hits."""

    kind: str
    gold: int = 0
    pred: int = 0
    hit: int = 0
    attribute_counts: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attributes(self) -> dict[str, float | None]:
        """Accuracy of each attribute over the hits that score it (None when none do)."""
        return {a: (c / n if n else None) for a, (c, n) in self.attribute_counts.items()}

    def __add__(self, other: KindScore) -> KindScore:
        if other.kind != self.kind:
            raise ValueError(f"cannot add {other.kind} counts to {self.kind} counts")
        names = dict.fromkeys([*self.attribute_counts, *other.attribute_counts])
        counts = {a: _add_pair(self.attribute_counts.get(a), other.attribute_counts.get(a))
                  for a in names}
        return KindScore(self.kind, self.gold + other.gold, self.pred + other.pred,
                         self.hit + other.hit, counts)


def _add_pair(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int]:
    a, b = a or (0, 0), b or (0, 0)
    return a[0] + b[0], a[1] + b[1]


@dataclass(frozen=True)
class ScoringError:
    """A miss (`what="missed"`), a false hit (`"false"`) or a wrong attribute (its name)."""

    doc: str
    kind: str
    what: str
    fact: AnyFact  # the gold fact, or the extracted one for a false hit
    context: str  # the fact in its raw context: …before[text]after…
    got: AnyFact | None = None  # the extracted fact of a hit with a wrong attribute

    def __str__(self) -> str:
        if self.what == "missed":
            return f"{self.doc} {self.kind} MISSED {describe(self.fact)} at {self.context}"
        if self.what == "false":
            return f"{self.doc} {self.kind} FALSE {describe(self.fact)} at {self.context}"
        gold, got = _shown(self.fact, self.what), _shown(self.got, self.what)
        return f"{self.doc} {self.kind} {self.what}: gold {gold!r} got {got!r} at {self.context}"


def _shown(fact: AnyFact | None, name: str) -> object:
    """An attribute as the shared scorer prints it (period and indicator as tuples)."""
    if name == "period":
        return tuple(None if d is None else d.isoformat()
                     for d in (getattr(fact, "period_start", None),
                               getattr(fact, "period_end", None)))
    if name == "indicator":
        span = _indicator_span(fact) if fact is not None else None
        return None if span is None else (*span, getattr(fact, "indicator", None))
    return getattr(fact, name, None)


@dataclass(frozen=True)
class DocumentScore:
    doc: str
    kinds: Mapping[str, KindScore]
    errors: tuple[ScoringError, ...]
    chars: int


def describe(fact: AnyFact) -> str:
    """What a fact says, in a few words: `15000 人 employment/over/actual`."""
    if isinstance(fact, MetricFact):
        return f"{fact.value:g} {fact.unit} {fact.metric}/{fact.qualifier}/{fact.modality}"
    if isinstance(fact, DateFact):
        return f"{fact.date_start}..{fact.date_end} {fact.granularity}"
    return fact.name


def in_context(raw: str, fact: AnyFact, width: int = CONTEXT_CHARS) -> str:
    s, e = fact.start, fact.end
    return (raw[max(0, s - width) : s] + "[" + raw[s:e] + "]" + raw[e : e + width]).replace(
        "\n", "⏎")


def score_document(
    gold: GoldDocument, got: Sequence[AnyFact], kinds: Iterable[str] = KINDS
) -> DocumentScore:
    """Score the facts extracted from one document against its gold, kind by kind."""
    scores, errors = {}, []
    for kind in kinds:
        score, kind_errors = _score_kind(gold, kind, [f for f in got if f.kind == kind])
        scores[kind] = score
        errors.extend(kind_errors)
    errors.sort(key=lambda e: (e.fact.start, e.fact.end, e.kind))
    return DocumentScore(gold.doc, scores, tuple(errors), len(gold.raw))


def _score_kind(
    gold: GoldDocument, kind: str, got: list[AnyFact]
) -> tuple[KindScore, list[ScoringError]]:
    required = [f for f in gold.facts if f.kind == kind and not f.optional]
    optional = [f for f in gold.facts if f.kind == kind and f.optional]
    pairs, missed, extra = match(required, got)
    # a fact on an optional gold span is neither rewarded nor punished
    false = [got[i] for i in extra if not any(overlap(g, got[i]) for g in optional)]
    counts: dict[str, list[int]] = {a: [0, 0] for a in ATTRIBUTES[kind]}
    errors = []
    for gi, pi in pairs:
        g, p = required[gi], got[pi]
        for name in ATTRIBUTES[kind]:
            if not _scored(name, g, p):
                continue
            counts[name][1] += 1
            right = attribute_agrees(name, g, p)
            counts[name][0] += right
            if not right:
                errors.append(_error(gold, kind, name, g, p))
    errors += [_error(gold, kind, "missed", required[i]) for i in missed]
    errors += [_error(gold, kind, "false", p) for p in false]
    score = KindScore(kind, len(required), len(pairs) + len(false), len(pairs),
                      {a: (c, n) for a, (c, n) in counts.items()})
    return score, errors


def _scored(name: str, gold: AnyFact, got: AnyFact) -> bool:
    """Whether an attribute of a hit is scored at all (FACTS.md §Scoring)."""
    if name == "direction":  # a level, not a change: nothing to score
        return getattr(gold, name) is not None or getattr(got, name) is not None
    if name in ("period", "indicator"):
        if f"{name}_start" not in gold.model_fields_set:
            return False  # gold leaves it out where annotators could differ
        return not (name == "indicator" and getattr(gold, "unit", None) in DURATION_UNITS)
    return True


def attribute_agrees(name: str, gold: AnyFact, got: AnyFact) -> bool:
    """One attribute of a hit: equal, except `indicator`, which needs half the longer span.

        >>> g = MetricFact(start=9, end=15, text="8500亿元", value=8.5e11, unit="CNY",
        ...                indicator_start=0, indicator_end=4, indicator="公共预算")
        >>> attribute_agrees("indicator", g, g.model_copy(update={"indicator_start": 2}))
        True
        >>> attribute_agrees("indicator", g, g.model_copy(update={"indicator_start": 3}))
        False
    """
    if name == "period":
        return getattr(gold, "period", None) == getattr(got, "period", None)
    if name == "indicator":
        return same_indicator(_indicator_span(gold), _indicator_span(got))
    return bool(getattr(gold, name) == getattr(got, name))


def _indicator_span(fact: AnyFact) -> tuple[int, int] | None:
    s, e = getattr(fact, "indicator_start", None), getattr(fact, "indicator_end", None)
    return (s, e) if isinstance(s, int) and isinstance(e, int) else None


def same_indicator(gold: tuple[int, int] | None, got: tuple[int, int] | None) -> bool:
    """Both null, or spans that overlap by at least half of the longer one (the project rule)."""
    if gold is None or got is None:
        return gold is None and got is None
    shared = min(gold[1], got[1]) - max(gold[0], got[0])
    return shared > 0 and 2 * shared >= max(gold[1] - gold[0], got[1] - got[0])


def _error(
    gold: GoldDocument, kind: str, what: str, fact: AnyFact, got: AnyFact | None = None
) -> ScoringError:
    return ScoringError(gold.doc, kind, what, fact, in_context(gold.raw, fact), got)
