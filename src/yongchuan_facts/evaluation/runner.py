"""`evaluate(texts, gold)`: run the extractor over annotated documents and score it.

    >>> ev = evaluate("fixtures/seeds", "fixtures/gold")
    >>> ev.table().splitlines()[0].split()[:7]
    ['kind', 'gold', 'pred', 'hit', 'P', 'R', 'F1']
    >>> print(ev.table())          # not checked: the figures move as the rules do  # doctest: +SKIP
    kind      gold  pred   hit      P      R     F1  attributes (accuracy over hits)
    metric     216   223   196  0.879  0.907  0.893  qualifier 0.93  metric 0.36 ...

Measure your own rules with `evaluate(texts, gold, rules=[my_rules])`, or any extractor with
`predict=lambda raw, reference_date: ...` returning facts.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..rules.ruleset import RuleSet
from ..schema.facts import KINDS, DateFact, MetricFact, ProjectFact
from ..schema.factset import FactSet
from .gold import GoldDocument, Texts, load_gold
from .scores import DocumentScore, KindScore, ScoringError, score_document

AnyFact = MetricFact | DateFact | ProjectFact
Predict = Callable[[str, dt.date | None], FactSet | Iterable[AnyFact]]


@dataclass(frozen=True)
class Evaluation:
    """Per-kind scores summed over documents, every error, and the per-document scores."""

    kinds: Mapping[str, KindScore]
    documents: tuple[DocumentScore, ...]
    seconds: float  # time spent extracting, for the chars/s figure

    @property
    def errors(self) -> tuple[ScoringError, ...]:
        return tuple(e for d in self.documents for e in d.errors)

    @property
    def chars(self) -> int:
        return sum(d.chars for d in self.documents)

    def table(self) -> str:
        """The figures as ../shared/tools/score.py prints them, with its summary line."""
        lines = [f"{'kind':8} {'gold':>5} {'pred':>5} {'hit':>5} {'P':>6} {'R':>6} {'F1':>6}"
                 "  attributes (accuracy over hits)"]
        for s in self.kinds.values():
            attrs = "  ".join(f"{a} {acc:.2f}" for a, acc in s.attributes.items()
                              if acc is not None)
            lines.append(f"{s.kind:8} {s.gold:5} {s.pred:5} {s.hit:5} {s.precision:6.3f} "
                         f"{s.recall:6.3f} {s.f1:6.3f}  {attrs}")
        speed = self.chars / self.seconds if self.seconds else 0
        summary = ", ".join(f"{s.kind} F1 {s.f1:.3f}" for s in self.kinds.values())
        lines.append(f"{summary}; {speed:,.0f} chars/s")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures, shaped like the scorer's `--json` output."""
        figures: dict[str, Any] = {
            s.kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.gold,
                     "pred": s.pred, "hit": s.hit, "attributes": s.attributes}
            for s in self.kinds.values()
        }
        figures["chars_per_second"] = self.chars / self.seconds if self.seconds else None
        return figures

    def __str__(self) -> str:
        return self.table()


def evaluate(
    texts: Texts,
    gold: str | os.PathLike[str],
    *,
    rules: Sequence[RuleSet] = (),
    kinds: Iterable[str] | None = None,
    predict: Predict | None = None,
) -> Evaluation:
    """Score the extractor on annotated documents, as FACTS.md §Scoring defines it.

    `texts` is the folder of raw documents (or a mapping from name to text), `gold` the folder
    of gold `.jsonl` files (or one file). Each document is extracted with its gold header's
    reference date, with your extra `rules`, or by `predict(raw, reference_date)` instead.
    `kinds` limits scoring (and extraction) to some kinds.
    """
    chosen = _kinds(kinds)
    documents = load_gold(texts, gold)
    run = predict or _extractor(rules, chosen)
    scored, seconds = [], 0.0
    for document in documents:
        t0 = time.perf_counter()
        facts = _checked(run(document.raw, document.reference_date), document)
        seconds += time.perf_counter() - t0
        scored.append(score_document(document, facts, chosen))
    totals = {k: sum((d.kinds[k] for d in scored), KindScore(k)) for k in chosen}
    return Evaluation(totals, tuple(scored), seconds)


def _kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    chosen = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    unknown = [k for k in chosen if k not in KINDS]
    if unknown or not chosen:
        raise ValueError(f"unknown kind(s) {unknown}; choose from {list(KINDS)}")
    return chosen


def _extractor(rules: Sequence[RuleSet], kinds: tuple[str, ...]) -> Predict:
    from ..api import extract  # the api imports every extractor; only load it when used

    def run(raw: str, reference_date: dt.date | None) -> FactSet:
        return extract(raw, reference_date=reference_date, kinds=kinds, rules=rules)

    return run


def _checked(result: FactSet | Iterable[AnyFact], document: GoldDocument) -> tuple[AnyFact, ...]:
    """The facts, after checking every span against the document (FactSet does the check)."""
    facts = result.facts if isinstance(result, FactSet) else tuple(result)
    try:
        return FactSet(document.raw, facts).facts
    except ValueError as exc:
        raise ValueError(f"{document.doc}: {exc}") from None
