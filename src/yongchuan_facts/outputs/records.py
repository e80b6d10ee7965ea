"""Facts → flat records, JSON Lines, CSV, a terminal table, a pandas DataFrame.

    >>> to_records(extract("营收139亿元").facts)[0]["value"]
    13900000000.0
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from ..schema.facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact

# Column order of CSV, tables and DataFrames: the span first, then each kind's fields.
COLUMNS = (
    "doc", "kind", "start", "end", "text", "value", "unit", "qualifier", "metric", "modality",
    "direction", "period_start", "period_end", "indicator", "indicator_start", "indicator_end",
    "date_start", "date_end", "granularity", "relative", "name", "category", "canonical", "rule",
)


def to_record(fact: AnyFact, doc: str | None = None) -> dict[str, Any]:
    """One fact as a flat JSON-ready dict; gold-only fields (`optional`) are left out."""
    record = fact.model_dump(mode="json", exclude={"optional"})
    if doc is not None and record.get("doc") is None:
        record["doc"] = doc
    if record.get("doc") is None:
        record.pop("doc", None)
    return record


def to_records(facts: Iterable[AnyFact], doc: str | None = None) -> list[dict[str, Any]]:
    return [to_record(f, doc) for f in facts]


def to_jsonl(facts: Iterable[AnyFact], doc: str | None = None) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_records(facts, doc))


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: "" if r.get(k) is None else r[k] for k in COLUMNS})
    return out.getvalue()


def _cell(r: dict[str, Any]) -> str:
    kind = r["kind"]
    if kind == "metric":
        bits = [f"{r['value']:g} {r['unit']}", r["metric"], r["qualifier"], r["modality"]]
        return " ".join([*bits, r["direction"]] if r.get("direction") else bits)
    if kind == "date":
        return f"{r['date_start']}..{r['date_end']} {r['granularity']}" + (
            " relative" if r["relative"] else "")
    return f"{r['name']} ({r.get('category') or '-'})"


def to_table(records: Iterable[dict[str, Any]]) -> str:
    """A plain-text table for a terminal: span, kind, text, what it means, rule."""
    rows = [("doc", "span", "kind", "text", "fact", "rule")]
    for r in records:
        text = r["text"].replace("\n", "⏎")
        rows.append((r.get("doc") or "", f"{r['start']}:{r['end']}", r["kind"], text, _cell(r),
                     r.get("rule") or ""))
    if not any(row[0] for row in rows[1:]):
        rows = [row[1:] for row in rows]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        .rstrip() for row in rows
    ) + "\n"


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def to_dataframe(facts: Iterable[AnyFact], doc: str | None = None) -> Any:
    """A pandas DataFrame with the `COLUMNS` (needs the `pandas` extra)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe() needs pandas: pip install 'yongchuan-facts[pandas]'") \
            from exc
    return pd.DataFrame.from_records(to_records(facts, doc), columns=list(COLUMNS))
