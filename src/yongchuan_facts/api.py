"""The entry points: `extract(text)` → FactSet and `explain(text)` → every candidate and its fate.

    >>> fs = extract("2020年1季度，全市实现增加值1157.3亿元", reference_date="2020-06-23")
    >>> [(f.kind, f.text) for f in fs]
    [('date', '2020年1季度'), ('metric', '1157.3亿元')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .normalize.textmap import TextMap, normalize
from .rules import dates, metrics, projects
from .rules.pipeline import KindPipeline
from .rules.ruleset import Candidate, Context, RuleSet
from .schema.facts import KINDS
from .schema.factset import FactSet
from .stages.overlap import resolve

PIPELINES: dict[str, KindPipeline] = {
    p.kind: p for p in (metrics.PIPELINE, dates.PIPELINE, projects.PIPELINE)
}


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

    @property
    def kept(self) -> bool:
        return self.status == "kept"

    def __str__(self) -> str:
        text = self.text.replace("\n", "⏎")
        return f"{self.kind:7} {self.start}:{self.end} {text!r} [{self.rule}] {self.status}"


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


def check_reference_date(value: object) -> dt.date | None:
    """None, a date, a datetime (its day) or an ISO string; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"reference_date {value!r} is not an ISO date (YYYY-MM-DD)") from exc
    raise TypeError(f"reference_date must be a date or an ISO string, not {type(value).__name__}")


def _pipelines(kinds: Iterable[str] | None) -> list[KindPipeline]:
    if kinds is None:
        return list(PIPELINES.values())
    if isinstance(kinds, str):
        kinds = [kinds]
    wanted = list(kinds)
    unknown = [k for k in wanted if k not in PIPELINES]
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown}; choose from {list(KINDS)}")
    return [PIPELINES[k] for k in wanted]


def _context(tm: TextMap, reference_date: object) -> Context:
    ref = check_reference_date(reference_date)
    if ref is not None:
        return Context(tm, ref, "argument")
    dateline = dates.find_dateline(tm)
    return Context(tm, dateline, "dateline" if dateline else "none")


def _run(
    text: object, reference_date: object, kinds: Iterable[str] | None,
    rules: Sequence[RuleSet],
) -> tuple[Context, list[KindPipeline], list[Candidate]]:
    raw = check_text(text)
    pipelines = _pipelines(kinds)
    tm = normalize(raw)
    ctx = _context(tm, reference_date)
    if not tm.text.strip():
        return ctx, pipelines, []
    chosen = {p.kind for p in pipelines}
    for rs in rules:
        if not isinstance(rs, RuleSet):
            raise TypeError(f"rules must be RuleSet objects, not {type(rs).__name__}")
        if rs.kind not in PIPELINES:
            raise ValueError(f"rule set {rs!r} is of unknown kind; choose from {list(KINDS)}")
    # the caller's rule sets come first, so that on a tie (same span, same priority) theirs win
    rule_sets = [rs for rs in rules if rs.kind in chosen] + [p.rules for p in pipelines]
    return ctx, pipelines, [c for rs in rule_sets for c in rs.run(ctx)]


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
    ctx, pipelines, cands = _run(text, reference_date, kinds, rules)
    by_kind: dict[str, list[Candidate]] = {p.kind: [] for p in pipelines}
    for c in resolve(cands):
        by_kind[c.kind].append(c)
    # Memory: the dropped candidates go now, each kind's survivors once built, so candidates and
    # facts of a long text are never all alive at once (issue 7: < 300 MB for 10 MB of text).
    del cands
    facts = []
    for p in pipelines:
        facts.extend(p.build(by_kind.pop(p.kind), ctx))
    return FactSet(ctx.tm.raw, facts, doc=doc, reference_date=ctx.reference_date)


def explain(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
) -> list[Explained]:
    """Every candidate any rule produced, kept or dropped, and why — sorted by position."""
    ctx, pipelines, cands = _run(text, reference_date, kinds, rules)
    survivors = resolve(cands)
    for p in pipelines:
        p.build([c for c in survivors if c.kind == p.kind], ctx)  # builders may drop more
    raw = ctx.tm.raw
    return [
        Explained(c.kind, c.rule, c.start, c.end, raw[c.start : c.end], c.status, dict(c.draft))
        for c in sorted(cands, key=lambda c: (c.start, c.end, c.kind, c.rule))
    ]
