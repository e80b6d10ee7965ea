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
`reference_date`; a dataframe names its text, doc and (optionally) reference-date columns. The
result has the columns of `outputs.records.COLUMNS` with fixed dtypes (`FACT_DTYPES`), so Dask
knows its schema without running anything. A document that cannot be extracted fails its task,
with the document's name in the error, as any Dask task failure does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
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
from .outputs.records import COLUMNS, to_records

_DATES = ("date_start", "date_end")
FACT_DTYPES: dict[str, str] = {
    name: "string" for name in COLUMNS if name not in {"start", "end", "value", "relative", *_DATES}
}
FACT_DTYPES.update({"start": "int64", "end": "int64", "value": "float64", "relative": "boolean",
                    "date_start": "datetime64[s]", "date_end": "datetime64[s]"})


def facts_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Fact records → a pandas DataFrame with `COLUMNS` in `FACT_DTYPES` (also the meta)."""
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for name in _DATES:
        frame[name] = pd.to_datetime(frame[name], format="ISO8601")
    return frame.astype({name: FACT_DTYPES[name] for name in COLUMNS})


META = facts_frame([])


def _item(item: object, reference_date: object) -> tuple[str | None, object, object]:
    """A bag item → (doc, text, reference date)."""
    if isinstance(item, Mapping):
        return item.get("doc"), item.get("text"), item.get("reference_date", reference_date)
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], reference_date
    return None, item, reference_date


def _extract_records(doc: str | None, text: object, reference_date: object,
                     kinds: tuple[str, ...] | None) -> list[dict[str, Any]]:
    try:
        facts = extract(text, reference_date=reference_date, kinds=kinds)  # type: ignore[arg-type]
    except Exception as exc:
        exc.add_note(f"in document {doc!r}")  # which document, in the task's traceback
        raise
    return to_records(facts.facts, doc=doc)


def _bag_partition(items: Iterable[object], reference_date: object,
                   kinds: tuple[str, ...] | None) -> pd.DataFrame:
    records = [r for item in items
               for r in _extract_records(*_item(item, reference_date), kinds)]
    return facts_frame(records)


def _kinds(kinds: Iterable[str] | None) -> tuple[str, ...] | None:
    if kinds is None:
        return None
    return (kinds,) if isinstance(kinds, str) else tuple(kinds)


def facts_from_bag(
    bag: db.Bag,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
) -> dd.DataFrame:
    """One row per fact of every text in `bag` (lazy; compute or write it to run it)."""
    if not isinstance(bag, db.Bag):
        raise TypeError(f"facts_from_bag() takes a dask.bag.Bag, not {type(bag).__name__}")
    parts = bag.map_partitions(_bag_partition, reference_date, _kinds(kinds))
    delayed = parts.to_delayed()
    return dd.from_delayed(delayed, meta=META, verify_meta=False)


def _frame_partition(frame: pd.DataFrame, text: str, doc: str | None, reference_date: object,
                     date_column: str | None, kinds: tuple[str, ...] | None) -> pd.DataFrame:
    n = len(frame)
    names = [None if pd.isna(d) else str(d) for d in frame[doc]] if doc else [None] * n
    refs = frame[date_column].tolist() if date_column else [reference_date] * n
    records = []
    for name, raw, ref in zip(names, frame[text].tolist(), refs, strict=True):
        ref_or_none = None if ref is None or pd.isna(ref) else ref
        records.extend(_extract_records(name, raw, ref_or_none, kinds))
    return facts_frame(records)


def facts_from_dataframe(
    frame: dd.DataFrame,
    *,
    text: str = "text",
    doc: str | None = "doc",
    reference_date: dt.date | str | None = None,
    reference_date_column: str | None = None,
    kinds: Iterable[str] | None = None,
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
        _frame_partition, text, doc, reference_date, reference_date_column, _kinds(kinds),
        meta=META, align_dataframes=False,
    )
