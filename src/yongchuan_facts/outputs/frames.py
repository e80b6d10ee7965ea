"""Facts → a pandas DataFrame with one fixed column set and one dtype per column, empty or full.

    >>> df = facts_frame(extract("2019年，永川引进企业365家。").to_records())
    >>> df[["kind", "text", "value", "date_start"]].values.tolist()
    [['date', '2019年', nan, datetime.date(2019, 1, 1)], ['metric', '365家', 365.0, <NA>]]
    >>> str(df.dtypes["date_start"]), str(df.dtypes["relative"]), str(df.dtypes["unit"])
    ('date32[day][pyarrow]', 'boolean', 'string')

The columns are `records.COLUMNS`, and their types are the Parquet output's (`outputs/parquet.py`)
in pandas: offsets `int64` (`Int64` where a fact may have none: the indicator's), `value`
`float64` (NaN where none), `relative` a nullable `boolean`, every date a `date32[pyarrow]`
holding `datetime.date`s (so `df.date_start == dt.date(2020, 1, 1)` and `.dt.year` work), every
other column a nullable `string` (Python storage, so any text fits, even a lone surrogate).
A frame with no facts has the same columns and dtypes, so frames of any documents concatenate
without surprises (needs the `pandas` extra).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .records import COLUMNS

INT_COLUMNS = frozenset({"start", "end"})
NULLABLE_INT_COLUMNS = frozenset({"indicator_start", "indicator_end"})
DATE_COLUMNS = frozenset({"date_start", "date_end", "period_start", "period_end"})


def _libraries() -> tuple[Any, Any]:
    try:
        import pandas as pd
        import pyarrow as pa
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_dataframe() needs pandas and pyarrow: pip install 'yongchuan-facts[pandas]'"
        ) from exc
    return pd, pa


def frame_dtypes() -> dict[str, Any]:
    """The pandas dtype of every column, in column order."""
    pd, pa = _libraries()

    def dtype(name: str) -> Any:
        if name in INT_COLUMNS:
            return "int64"
        if name in NULLABLE_INT_COLUMNS:
            return "Int64"
        if name in DATE_COLUMNS:
            return pd.ArrowDtype(pa.date32())
        # Python storage: holds every str the extractor returns, lone surrogates included
        # (pyarrow's storage cannot encode those and would refuse the whole frame)
        return {"value": "float64", "relative": "boolean"}.get(name, pd.StringDtype("python"))

    return {name: dtype(name) for name in COLUMNS}


def _as_date(value: object) -> dt.date | None:
    """A record's date: a `datetime.date`, or the ISO string JSON records carry."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _column(name: str, values: list[Any], dtype: Any) -> Any:
    pd, _ = _libraries()
    if name in DATE_COLUMNS:
        values = [_as_date(v) for v in values]
    elif name == "value":
        values = [math.nan if v is None else float(v) for v in values]
    return pd.array(values, dtype=dtype)


def facts_frame(records: Iterable[Mapping[str, Any]]) -> Any:
    """Flat fact records (`to_records` output, of any documents) → the typed DataFrame."""
    pd, _ = _libraries()
    rows = list(records)
    unknown = {key for r in rows for key in r} - set(COLUMNS)
    if unknown:
        raise ValueError(f"records have fields no column holds: {sorted(unknown)}")
    return pd.DataFrame({
        name: _column(name, [r.get(name) for r in rows], dtype)
        for name, dtype in frame_dtypes().items()
    })


def results_frame(results: Sequence[Any], *, errors: str = "raise") -> Any:
    """The results of `extract_many` as one DataFrame, its `doc` column naming each document.

    A document's name is its `FactSet.doc`, or its position in `results` (`"0"`, `"1"` …) when
    it has none. `errors="raise"` (the default) refuses results holding a `DocumentError`,
    naming the first; `errors="skip"` leaves failed documents out.
    """
    from ..schema.factset import FactSet
    from .records import to_records

    if errors not in {"raise", "skip"}:
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    failed = [r for r in results if not isinstance(r, FactSet)]
    if failed and errors == "raise":
        raise ValueError(f"{len(failed)} of {len(results)} documents failed, the first: "
                         f"{failed[0]}; pass errors='skip' to leave them out")
    records = [record for i, fs in enumerate(results) if isinstance(fs, FactSet)
               for record in to_records(fs.facts, doc=fs.doc if fs.doc is not None else str(i))]
    return facts_frame(records)
