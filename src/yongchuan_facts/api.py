"""The entry points: `extract(text)` → FactSet and `explain(text)` → every candidate and its fate.

    >>> fs = extract("2020年1季度，全市实现增加值1157.3亿元", reference_date="2020-06-23")
    >>> [(f.kind, f.text) for f in fs]
    [('date', '2020年1季度'), ('metric', '1157.3亿元')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .rules.ruleset import RuleSet
from .schema.factset import FactSet
from .stages.engine import PIPELINES, check_reference_date, run

__all__ = ["MAX_CHARS", "PIPELINES", "Explained", "TextTooLongError", "check_reference_date",
           "check_text", "explain", "extract"]


@dataclass(frozen=True, slots=True)
class Explained:
    """One candidate as `explain` reports it: which rule, where, what, and kept or why dropped."""

    kind: str
    rule: str
    start: int
    end: int
    text: str
    status: str
    fields: dict[str, object]
    stage: str = "propose"  # the stage that decided: propose, expand, resolve, annotate, build

    @property
    def kept(self) -> bool:
        return self.status == "kept"

    def __str__(self) -> str:
        text = self.text.replace("\n", "⏎")
        where = "" if self.kept else f" ({self.stage})"
        return (f"{self.kind:7} {self.start}:{self.end} {text!r} [{self.rule}] "
                f"{self.status}{where}")


# The longest text `extract` takes, in characters (code points): ten million, about 30 MB of
# Chinese UTF-8. A FactSet holds its whole text and every fact in memory, and time grows
# linearly, so a longer text is refused up front rather than ground through for minutes; split
# it into its documents or paragraphs and use `batch.extract_many` (docs/scale.md).
MAX_CHARS = 10_000_000


class TextTooLongError(ValueError):
    """A text over `MAX_CHARS` characters."""


def check_text(text: object) -> str:
    """The text, or a TypeError naming what was passed instead (TextTooLongError if too long)."""
    if isinstance(text, str):
        if len(text) > MAX_CHARS:
            raise TextTooLongError(
                f"text has {len(text):,} characters; extract() takes at most {MAX_CHARS:,}: split "
                "it into documents or paragraphs and use yongchuan_facts.batch.extract_many")
        return text
    is_bytes = isinstance(text, bytes | bytearray)
    hint = " (decode it first, e.g. data.decode('utf-8'))" if is_bytes else ""
    raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")


def extract(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
    doc: str | None = None,
) -> FactSet:
    """Every metric, date and project in `text`, each tied to its raw span.

    `reference_date` resolves relative dates (`今年6月`, `去年`); when None, a dateline in the
    text (`2022-10-17 11:33:18`) is used, else relative dates stay unresolved. `kinds` limits
    the kinds extracted; `rules` adds your own `RuleSet`s. Raises TypeError for a non-str,
    TextTooLongError (a ValueError) for a text over `MAX_CHARS` characters.
    """
    done = run(check_text(text), reference_date, kinds, rules, keep_dropped=False)
    return FactSet(done.ctx.tm.raw, done.facts, doc=doc, reference_date=done.ctx.reference_date)


def explain(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
) -> list[Explained]:
    """Every candidate any stage produced, kept or dropped, why, and which stage decided —
    sorted by position. Complete by construction: the engine holds every candidate it made."""
    doc = run(check_text(text), reference_date, kinds, rules)
    raw = doc.ctx.tm.raw
    return [
        Explained(c.kind, c.rule, c.start, c.end, raw[c.start : c.end], c.status,
                  {**dict(c.draft), **c.fields}, c.stage)
        for c in sorted(doc.candidates, key=lambda c: (c.start, c.end, c.kind, c.rule))
        if c.kind in doc.kinds  # not the dates run only to date the metrics
    ]
