"""Facts → an Apache Parquet file with typed columns (needs the `parquet` extra: pyarrow).

    >>> to_parquet(extract("营收139亿元").facts, "facts.parquet")   # doctest: +SKIP
    >>> pyarrow.parquet.read_table("facts.parquet").column("value").to_pylist()  # doctest: +SKIP
    [13900000000.0]

(Not run by the doctests, which write no files; tests/test_report_parquet.py does this.)

The columns are `records.COLUMNS`, one row per fact, with real types: offsets are int64,
`value` float64, `date_start`/`date_end` date32, `relative` bool; a field a kind does not have
is null. The schema is fixed, so files from different runs (or with no facts) concatenate.
Parquet strings are UTF-8, which has no lone surrogates: each is written as U+FFFD.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

from ..schema.facts import DateFact, MetricFact, ProjectFact
from .records import COLUMNS, to_records, utf8_safe

AnyFact = MetricFact | DateFact | ProjectFact
INT_COLUMNS = frozenset({"start", "end", "indicator_start", "indicator_end"})
DATE_COLUMNS = frozenset({"date_start", "date_end", "period_start", "period_end"})


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "Parquet output needs pyarrow: pip install 'yongchuan-facts[parquet]'") from exc
    return pa, pq


def arrow_schema() -> Any:
    """The pyarrow schema of a facts table, column for column as `COLUMNS`."""
    pa, _ = _pyarrow()

    def column_type(name: str) -> Any:
        if name in INT_COLUMNS:
            return pa.int64()
        if name in DATE_COLUMNS:
            return pa.date32()
        return {"value": pa.float64(), "relative": pa.bool_()}.get(name, pa.string())

    return pa.schema([(name, column_type(name)) for name in COLUMNS])


BATCH_ROWS = 50_000  # rows held in memory before a row group is written


def write_batches(batches: Iterable[Iterable[dict[str, Any]]], path: str | os.PathLike[str]) -> int:
    """Write batches of flat fact records (`to_records` output, one batch a document, say) to
    one Parquet file, a row group each `BATCH_ROWS` rows, so memory stays bounded; returns rows.
    """
    pa, pq = _pyarrow()
    schema = arrow_schema()
    written = 0
    with pq.ParquetWriter(os.fspath(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for records in batches:
            rows.extend(_typed(r) for r in records)
            if len(rows) >= BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                written, rows = written + len(rows), []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return written + len(rows)


def records_to_parquet(records: Iterable[dict[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write flat fact records (`to_records` output, any number of documents); returns rows."""
    return write_batches([records], path)


def to_parquet(
    facts: Iterable[AnyFact], path: str | os.PathLike[str], doc: str | None = None
) -> int:
    """Write facts to a Parquet file; returns the number of rows written."""
    return records_to_parquet(to_records(facts, doc), path)


def _typed(record: dict[str, Any]) -> dict[str, Any]:
    unknown = set(record) - set(COLUMNS)
    if unknown:
        raise ValueError(f"record has fields no Parquet column holds: {sorted(unknown)}")
    row = {name: record.get(name) for name in COLUMNS}
    for name, value in row.items():
        if name in DATE_COLUMNS and isinstance(value, str):
            row[name] = dt.date.fromisoformat(value)
        elif isinstance(value, str):
            row[name] = utf8_safe(value)
    return row
