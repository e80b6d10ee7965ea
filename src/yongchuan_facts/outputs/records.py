"""Facts → flat records, JSON Lines, CSV, a terminal table, a pandas DataFrame.

    >>> to_records(extract("营收139亿元").facts)[0]["value"]
    13900000000.0

Every writer keeps every fact the extractor can return, whatever its text holds:
- JSON is strict (no `NaN`/`Infinity`: a non-finite number is `null`), and lone surrogates,
  U+0085, U+2028 and U+2029 are written as `\\u` escapes, so the file is valid UTF-8 and a
  reader that splits lines with `str.splitlines()` still sees one record a line;
- CSV quotes a field holding any line break (a lone `\\r` included: rows end in `\\r\\n`, as RFC
  4180 says), and prefixes a `'` to a text starting with `=`, `+`, `-`, `@`, a tab, a `\\r` or
  a `'` so that no spreadsheet runs it as a formula (`csv_records` takes the `'` off again);
  UTF-8 has no lone surrogates, so CSV, Parquet and the HTML report write U+FFFD for them;
- the terminal table shows control and format characters as visible escapes (`\\x1b` as `␛`,
  U+202E as `\\u202e`), so a text cannot move the cursor or retitle the terminal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from ..schema.facts import DateFact, MetricFact, ProjectFact, parse_fact
from .rows import FactRow, date_span, fact_row

AnyFact = MetricFact | DateFact | ProjectFact

# Column order of CSV, tables and DataFrames: the span first, then each kind's fields.
COLUMNS = (
    "doc", "kind", "start", "end", "text", "value", "unit", "qualifier", "metric", "modality",
    "direction", "period_start", "period_end", "indicator", "indicator_start", "indicator_end",
    "date_start", "date_end", "granularity", "relative", "name", "category", "canonical", "rule",
)
INT_FIELDS = frozenset({"start", "end", "indicator_start", "indicator_end"})

_SURROGATE = re.compile("[\ud800-\udfff]")
# characters a JSON writer may leave raw that break UTF-8 files or str.splitlines() readers
_JSON_ESCAPE = re.compile("[\ud800-\udfff\x85\u2028\u2029]")
# a cell a spreadsheet would read as a formula (OWASP CSV injection), or one already prefixed
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def to_record(fact: AnyFact, doc: str | None = None) -> dict[str, Any]:
    """One fact as a flat JSON-ready dict; gold-only fields (`optional`) are left out."""
    record = fact.model_dump(mode="json", exclude={"optional"})
    if doc is not None and record.get("doc") is None:
        record["doc"] = doc
    if record.get("doc") is None:
        record.pop("doc", None)
    value = record.get("value")
    if isinstance(value, float) and not math.isfinite(value):
        record["value"] = None  # strict JSON has no Infinity; no text means one
    return record


def to_records(facts: Iterable[AnyFact], doc: str | None = None) -> list[dict[str, Any]]:
    return [to_record(f, doc) for f in facts]


def json_line(record: dict[str, Any]) -> str:
    """One record as strict JSON on one line (no raw U+2028, no lone surrogates), with `\\n`."""
    text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n"


def numbered_json_objects(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each record of a JSON Lines text: the one JSON Lines reader
    (saved facts, gold files). Lines end at `\\n` only: str.splitlines() would also split inside
    a string holding a raw U+2028, U+0085 or \\x1c (valid JSON). A blank line is skipped; a
    line that is not a JSON object is a ValueError naming it.

        >>> list(numbered_json_objects('{"a": 1}\\n\\n{"b": "x\u2028y"}\\n'))
        [(1, {'a': 1}), (3, {'b': 'x\u2028y'})]
    """
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ValueError(f"line {number}: a fact is a JSON object, not "
                             f"{type(record).__name__}")
        yield number, record


def read_jsonl(text: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines text (see `numbered_json_objects`)."""
    return (record for _, record in numbered_json_objects(text))


Batches = Iterable[Iterable[dict[str, Any]]]


def write_jsonl(batches: Batches, out: IO[str], columns: Sequence[str] | None = None) -> None:
    """Batches of records (one a document, say) as JSON Lines, flushed after each batch so a
    downstream `jq` or `head` sees each document as it finishes; with `columns`, only those."""
    for records in batches:
        if columns is not None:
            records = [{k: r.get(k) for k in columns} for r in records]
        out.writelines(json_line(r) for r in records)
        out.flush()


def to_jsonl(facts: Iterable[AnyFact], doc: str | None = None) -> str:
    out = io.StringIO()
    write_jsonl([to_records(facts, doc)], out)
    return out.getvalue()


def _plain(value: Any) -> Any:
    """A figure-table cell as JSON has it: no value as None, a day as its ISO date."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, dt.datetime):  # pandas' Timestamp: the period's day; NaT: none
        return None if value != value else value.date().isoformat()
    return value


def figure_records(factset: Any, doc: str | None = None) -> list[dict[str, Any]]:
    """`FactSet.figures()` as flat JSON-ready records, each with the document's name first.

        >>> fs = extract("2021年，全区实现营收139亿元。", doc="a.txt")
        >>> figure_records(fs)[0]["doc"], figure_records(fs)[0]["period_start"]
        ('a.txt', '2021-01-01')

    The one figure table: the CLI's `--format figures` writes these (needs pandas).
    """
    frame = factset.figures()  # its strings are in Python storage: lone surrogates fit
    name = doc if doc is not None else factset.doc
    return [{"doc": name, **{k: _plain(v) for k, v in row.items()}}
            for row in frame.to_dict("records")]


def utf8_safe(text: str) -> str:
    """`text` with each lone surrogate (not encodable in UTF-8) as U+FFFD; same length."""
    return _SURROGATE.sub("\ufffd", text)


def csv_cell(value: Any) -> Any:
    """A record's value as a CSV cell: None empty, a formula-like text prefixed with `'`."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = utf8_safe(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def csv_writer(out: io.TextIOBase | Any, columns: Iterable[str] = COLUMNS) -> Any:
    """A DictWriter for fact rows: `\\r\\n` ends rows, so any line break in a field is quoted."""
    return csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore",
                          lineterminator="\r\n")


def csv_row(record: dict[str, Any], columns: Iterable[str] = COLUMNS) -> dict[str, Any]:
    return {k: csv_cell(record.get(k)) for k in columns}


def write_csv(batches: Batches, out: IO[str], columns: Sequence[str] = COLUMNS) -> None:
    """Batches of records as CSV under one header row, flushed after each batch."""
    writer = csv_writer(out, columns)
    writer.writeheader()
    for records in batches:
        writer.writerows(csv_row(r, columns) for r in records)
        out.flush()


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    write_csv([records], out)
    return out.getvalue()


def _from_cell(name: str, cell: str) -> Any:
    if cell == "":
        return None
    if cell.startswith("'"):
        return cell[1:]
    if name in INT_FIELDS:
        return int(cell)
    if name == "value":
        return float(cell)
    if name == "relative":
        return cell == "True"
    return cell


def csv_records(text: str) -> list[dict[str, Any]]:
    """Records back from `to_csv` output: the `'` prefix off, numbers and booleans typed."""
    rows = csv.DictReader(io.StringIO(text, newline=""))
    return [{k: v for k, c in row.items() if (v := _from_cell(k, c)) is not None}
            for row in rows]


# ---- the terminal table ------------------------------------------------------------------

# C0/C1 controls, DEL, format characters (bidi overrides, zero-width), line/paragraph
# separators and surrogates: never sent to a terminal raw.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                        "\ufeff\ufff9-\ufffb\ud800-\udfff]")
ELLIPSIS = "…"


def _escape(m: re.Match[str]) -> str:
    c = m[0]
    if c == "\n":
        return "⏎"
    if c < " ":
        return chr(0x2400 + ord(c))  # control pictures: ␛ for ESC, ␇ for BEL
    return "␡" if c == "\x7f" else f"\\u{ord(c):04x}"


def visible(text: str) -> str:
    """`text` safe for a terminal: every control or format character as a visible sign."""
    return _INVISIBLE.sub(_escape, text)


def _char_width(c: str) -> int:
    if unicodedata.combining(c):
        return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _width(s: str) -> int:
    """Display width: CJK characters take two columns, combining marks none."""
    return sum(_char_width(c) for c in s)


def _truncate(s: str, width: int) -> str:
    """`s` cut to `width` display columns, with `…` where it was cut."""
    if _width(s) <= width:
        return s
    out, used = [], 0
    for c in s:
        w = _char_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + ELLIPSIS


TABLE_RANGE = ".."  # "…" marks a cell the table cut, so a range is joined with ".."


def record_fact(record: dict[str, Any]) -> AnyFact:
    """A flat record (`to_record` output) back as its fact; a null value (a number no text
    gives, written as null in strict JSON) as NaN."""
    if record.get("kind") == "metric" and record.get("value") is None:
        record = {**record, "value": math.nan}
    return parse_fact(record)


def _cell(row: FactRow) -> str:
    """The table's `fact` cell: what the fact means, from its shared row (`rows.fact_row`)."""
    if row.kind == "metric":
        bits = [row.value, row.metric, row.qualifier, row.modality]
        bits += [row.direction] if row.direction else []
        bits += [f"«{row.indicator}»"] if row.indicator else []
        bits += [f"period {row.period_text(TABLE_RANGE)}"] if row.period else []
        return " ".join(bits)
    if row.kind == "date":
        days = date_span(row.date_start, row.date_end, TABLE_RANGE) or "unresolved"
        return f"{days} {row.granularity}" + (" relative" if row.relative else "")
    return f"{row.name} ({row.category or '-'})"


# columns a narrow terminal may cut, most willingly first
_SHRINKABLE = ("text", "fact", "doc", "rule")
_MIN_WIDTH = 8
_GAP = 2


def _fit(header: tuple[str, ...], widths: list[int], width: int) -> list[int]:
    """Column widths that sum (with gaps) to at most `width`, taken from the cuttable ones."""
    widths = list(widths)
    excess = sum(widths) + _GAP * (len(widths) - 1) - width
    cuttable = [header.index(c) for c in _SHRINKABLE if c in header]
    while excess > 0:  # one column at a time off the widest cuttable one
        i = max(cuttable, key=widths.__getitem__)
        if widths[i] <= _MIN_WIDTH:
            break  # narrower than this and no column says anything
        widths[i] -= 1
        excess -= 1
    return widths


def _table_row(item: dict[str, Any] | AnyFact) -> tuple[str, ...]:
    fact = record_fact(item) if isinstance(item, dict) else item
    row = fact_row(fact)
    cells = (fact.doc or "", row.span, row.kind, row.text, _cell(row), row.rule)
    return tuple(visible(c) for c in cells)


def to_table(records: Iterable[dict[str, Any] | AnyFact], width: int | None = None) -> str:
    """A plain-text table for a terminal: span, kind, text, what it means, rule.

    Takes facts or their records (`to_records` output); every cell comes from `rows.fact_row`.

    With `width` (the terminal's columns) the text, fact, doc and rule cells are cut with `…`
    so that no line is wider.
    """
    rows = [("doc", "span", "kind", "text", "fact", "rule"), *map(_table_row, records)]
    if not any(row[0] for row in rows[1:]):
        rows = [row[1:] for row in rows]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    if width is not None:
        widths = _fit(rows[0], widths, width)
    lines = []
    for row in rows:
        cells = [_truncate(cell, w) for cell, w in zip(row, widths, strict=True)]
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths,
                                                                          strict=True)).rstrip())
    return "\n".join(lines) + "\n"


DATE_FIELDS = frozenset({"date_start", "date_end", "period_start", "period_end"})


def _dtype(name: str) -> str:
    """The pandas dtype of a column: nullable ints, floats, booleans; strings kept exact."""
    if name in INT_FIELDS:
        return "Int64"
    if name in DATE_FIELDS:
        return "object"  # datetime.date values (pandas has no plain date dtype)
    # 'string[python]', not pyarrow's: a lone surrogate (valid in a str) would not encode
    return {"value": "Float64", "relative": "boolean"}.get(name, "string[python]")


def _column(records: list[dict[str, Any]], name: str) -> list[Any]:
    values = [r.get(name) for r in records]
    if name in DATE_FIELDS:
        return [None if v is None else dt.date.fromisoformat(v) for v in values]
    return values


def to_dataframe(facts: Iterable[AnyFact], doc: str | None = None) -> Any:
    """A pandas DataFrame with the `COLUMNS`, one dtype per column (needs the `pandas` extra)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe() needs pandas: pip install 'yongchuan-facts[pandas]'") \
            from exc
    records = to_records(facts, doc)
    return pd.DataFrame({name: pd.array(_column(records, name), dtype=_dtype(name))
                         for name in COLUMNS})
