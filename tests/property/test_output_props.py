"""Every writer round-trips every fact the extractor can return (issue 12 item 8).

JSON Lines gives back exactly the facts; CSV, Parquet and the DataFrame give back exactly the
records, except that UTF-8 has no lone surrogates (CSV and Parquet hold U+FFFD in their place);
the terminal table and the audit report hold no raw control character and encode as UTF-8.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import extract, parse_fact
from yongchuan_facts.outputs.records import (
    COLUMNS,
    csv_records,
    read_jsonl,
    to_csv,
    to_jsonl,
    to_table,
    utf8_safe,
)
from yongchuan_facts.strategies import ocr_text

pytestmark = pytest.mark.property

every_char = st.characters(exclude_categories=())  # lone surrogates and controls included
NAMES = ["《行动方案》", "“服务公社”平台", "大数据产业园", "《", "》", "“", "”"]
FACTS = ["365家", "139亿元", "15.4%", "2019年8月", "今年6月", "1—7月"]
STARTS = ["=", "+", "-", "@", "'", "\t", "\r", "\x1b]0;x\x07", "\u2028", "\x85", "\ud800"]
text_with_facts = st.lists(
    st.one_of(st.sampled_from(NAMES + FACTS + STARTS), st.text(every_char, max_size=3),
              ocr_text(max_size=8)),
    max_size=16,
).map("".join)
docs = st.one_of(st.none(), st.text(every_char, min_size=1, max_size=6))


def _present(record: dict) -> dict:
    return {k: v for k, v in record.items() if v is not None}


def _plain(row: dict) -> dict:
    """A DataFrame or Parquet row as a record: dates as ISO strings, nulls left out."""
    return _present({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()})


def _utf8(record: dict) -> dict:
    return {k: utf8_safe(v) if isinstance(v, str) else v for k, v in _present(record).items()}


@given(text_with_facts, docs)
def test_json_lines_round_trip_exactly(raw: str, doc: str | None) -> None:
    fs = extract(raw, doc=doc, reference_date=dt.date(2020, 6, 23))
    text = to_jsonl(fs.facts, doc=doc)
    text.encode("utf-8")
    assert len(text.split("\n")) == len(text.splitlines()) + 1 == len(fs) + 1
    back = [parse_fact(r, raw=raw) for r in read_jsonl(text)]
    expected = [f.model_copy(update={"doc": doc}) if doc else f for f in fs]
    assert back == expected


@given(text_with_facts, docs)
def test_csv_round_trips_its_records(raw: str, doc: str | None) -> None:
    records = extract(raw, doc=doc, reference_date=dt.date(2020, 6, 23)).to_records()
    text = to_csv(records)
    text.encode("utf-8")
    assert csv_records(text) == [_utf8(r) for r in records]


@given(text_with_facts, docs)
def test_dataframe_and_parquet_round_trip_their_records(raw: str, doc: str | None) -> None:
    pa = pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    import pyarrow.parquet as pq

    from yongchuan_facts.outputs.parquet import _typed, arrow_schema

    fs = extract(raw, doc=doc, reference_date=dt.date(2020, 6, 23))
    records = fs.to_records()
    frame = fs.to_dataframe()
    assert list(frame.columns) == list(COLUMNS)
    # a missing number is NaN in a float64 column and NA elsewhere; a fact's value never is
    # NaN (values are finite), so both read back as "no value"
    columns = {c: [None if v is pd.NA or (isinstance(v, float) and v != v) else v
                   for v in frame[c].tolist()] for c in COLUMNS}
    rows = [{c: columns[c][i] for c in COLUMNS} for i in range(len(frame))]
    assert [_plain(row) for row in rows] == [_present(r) for r in records]
    table = pa.Table.from_pylist([_typed(r) for r in records], schema=arrow_schema())
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    back = pq.read_table(pa.BufferReader(sink.getvalue())).to_pylist()
    assert [_plain(row) for row in back] == [_utf8(r) for r in records]


@given(text_with_facts, docs)
def test_the_table_and_the_report_are_safe(raw: str, doc: str | None) -> None:
    from yongchuan_facts.outputs.report import render_report

    fs = extract(raw, doc=doc, reference_date=dt.date(2020, 6, 23))
    table = to_table(fs.to_records(), width=80)
    assert not [c for c in table if (c < " " and c != "\n") or "\x7f" <= c <= "\x9f"
                or c in "\u2028\u2029\u202e" or "\ud800" <= c <= "\udfff"]
    assert len(table.splitlines()) == len(fs) + 1
    render_report([fs]).encode("utf-8")
