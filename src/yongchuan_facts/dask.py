"""Extraction on a Dask cluster: a bag or dataframe of texts in, a Dask dataframe of facts out.

Needs the `dask` extra (`pip install 'yongchuan-facts[dask]'`) on the client and every worker.

    import dask.bag as db
    from dask.distributed import Client
    from yongchuan_facts.dask import facts_from_bag

    client = Client("tcp://scheduler:8786")            # or LocalCluster() on one machine
    docs = db.from_sequence(paths, npartitions=200).map(lambda p: (p, read(p)))
    facts = facts_from_bag(docs, reference_date="2022-10-17")
    facts.to_parquet("facts/")                         # one row per fact, `doc` on each

A bag item is a text, a `(doc, text)` pair, or a dict with `text` and optionally `doc` and
`reference_date`; a dataframe names its text, doc and (optionally) reference-date columns.
`rules=` adds your own `RuleSet`s, as `extract(text, rules=...)` does (Dask sends them to the
workers with cloudpickle, so rules defined in a notebook work too). The result has the columns
and dtypes of `FactSet.to_dataframe()` (`outputs.frames`; `FACT_DTYPES` names them), so Dask
knows its schema without running anything. A document that cannot be extracted fails its task,
with the document's name in the error, as any Dask task failure does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "yongchuan_facts.dask needs the dask extra: pip install 'yongchuan-facts[dask]'"
    ) from exc

from .api import extract
from .outputs.frames import facts_frame, frame_dtypes
from .outputs.records import to_records
from .rules.ruleset import RuleSet

FACT_DTYPES: dict[str, str] = {name: str(dtype) for name, dtype in frame_dtypes().items()}
META = facts_frame([])


def _item(item: object, reference_date: object) -> tuple[str | None, object, object]:
    """A bag item → (doc, text, reference date)."""
    if isinstance(item, Mapping):
        return item.get("doc"), item.get("text"), item.get("reference_date", reference_date)
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], reference_date
    return None, item, reference_date


@dataclass(frozen=True, slots=True)
class _Options:
    """What every task extracts with, besides the text."""

    kinds: tuple[str, ...] | None
    rules: tuple[RuleSet, ...]


def _extract_records(doc: str | None, text: object, reference_date: object,
                     options: _Options) -> list[dict[str, Any]]:
    try:
        facts = extract(text, reference_date=reference_date,  # type: ignore[arg-type]
                        kinds=options.kinds, rules=options.rules)
    except Exception as exc:
        exc.add_note(f"in document {doc!r}")  # which document, in the task's traceback
        raise
    return to_records(facts.facts, doc=doc)


def _bag_partition(items: Iterable[object], reference_date: object,
                   options: _Options) -> pd.DataFrame:
    records = [r for item in items
               for r in _extract_records(*_item(item, reference_date), options)]
    return facts_frame(records)


def _options(kinds: Iterable[str] | None, rules: Sequence[RuleSet]) -> _Options:
    if isinstance(rules, RuleSet):
        raise TypeError("rules= takes a list of RuleSets: rules=[my_rules]")
    if kinds is None:
        return _Options(None, tuple(rules))
    return _Options((kinds,) if isinstance(kinds, str) else tuple(kinds), tuple(rules))


def facts_from_bag(
    bag: db.Bag,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
) -> dd.DataFrame:
    """One row per fact of every text in `bag` (lazy; compute or write it to run it)."""
    if not isinstance(bag, db.Bag):
        raise TypeError(f"facts_from_bag() takes a dask.bag.Bag, not {type(bag).__name__}")
    parts = bag.map_partitions(_bag_partition, reference_date, _options(kinds, rules))
    delayed = parts.to_delayed()
    return dd.from_delayed(delayed, meta=META, verify_meta=False)


def _frame_partition(frame: pd.DataFrame, text: str, doc: str | None, reference_date: object,
                     date_column: str | None, options: _Options) -> pd.DataFrame:
    n = len(frame)
    names = [None if pd.isna(d) else str(d) for d in frame[doc]] if doc else [None] * n
    refs = frame[date_column].tolist() if date_column else [reference_date] * n
    records = []
    for name, raw, ref in zip(names, frame[text].tolist(), refs, strict=True):
        ref_or_none = None if ref is None or pd.isna(ref) else ref
        records.extend(_extract_records(name, raw, ref_or_none, options))
    return facts_frame(records)


def facts_from_dataframe(
    frame: dd.DataFrame,
    *,
    text: str = "text",
    doc: str | None = "doc",
    reference_date: dt.date | str | None = None,
    reference_date_column: str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
) -> dd.DataFrame:
    """One row per fact of every text in column `text`, named by column `doc`.

    A reference date per row comes from `reference_date_column` (dates or ISO strings), else
    `reference_date` applies to every row.
    """
    if not isinstance(frame, dd.DataFrame):
        raise TypeError(
            f"facts_from_dataframe() takes a dask DataFrame, not {type(frame).__name__}")
    wanted = [c for c in (text, doc, reference_date_column) if c is not None]
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise ValueError(f"no column(s) {missing} in the dataframe; it has {list(frame.columns)}")
    return frame[wanted].map_partitions(
        _frame_partition, text, doc, reference_date, reference_date_column,
        _options(kinds, rules),
        meta=META, align_dataframes=False,
    )
