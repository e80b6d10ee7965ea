"""Scoring one document's extracted facts against its gold, and summing documents up.

    >>> ev = evaluate("fixtures/seeds", "fixtures/gold")
    >>> ev.kinds["metric"].gold      # required gold metrics in the five seeds
    216

Counts follow FACTS.md §Scoring: precision, recall and F1 over the required gold; an
extracted fact that overlaps an optional gold fact of its kind and is no hit counts neither
way; attributes (`qualifier`, `metric`, `modality`, `direction`; `granularity`, `relative`)
are accuracies over hits. `direction` is scored only where the gold or the extracted fact has
one, since most metrics are levels, not changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..schema.facts import KINDS, DateFact, MetricFact, ProjectFact
from .gold import GoldDocument
from .matching import match, overlap

AnyFact = MetricFact | DateFact | ProjectFact
ATTRIBUTES: Mapping[str, tuple[str, ...]] = {
    "metric": ("qualifier", "metric", "modality", "direction"),
    "date": ("granularity", "relative"),
    "project": (),
}
CONTEXT_CHARS = 12  # characters shown either side of an error


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
        gold, got = getattr(self.fact, self.what), getattr(self.got, self.what)
        return f"{self.doc} {self.kind} {self.what}: gold {gold!r} got {got!r} at {self.context}"


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
            expected, found = getattr(g, name), getattr(p, name)
            if name == "direction" and expected is None and found is None:
                continue  # a level, not a change: nothing to score
            counts[name][1] += 1
            counts[name][0] += expected == found
            if expected != found:
                errors.append(_error(gold, kind, name, g, p))
    errors += [_error(gold, kind, "missed", required[i]) for i in missed]
    errors += [_error(gold, kind, "false", p) for p in false]
    score = KindScore(kind, len(required), len(pairs) + len(false), len(pairs),
                      {a: (c, n) for a, (c, n) in counts.items()})
    return score, errors


def _error(
    gold: GoldDocument, kind: str, what: str, fact: AnyFact, got: AnyFact | None = None
) -> ScoringError:
    return ScoringError(gold.doc, kind, what, fact, in_context(gold.raw, fact), got)
