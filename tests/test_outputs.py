"""FactSet outputs: records, JSON Lines, CSV, DataFrame — all carry FACTS.md's fields."""

from __future__ import annotations

import json

import pytest

from yongchuan_facts import extract, parse_fact
from yongchuan_facts.outputs.records import COLUMNS, to_csv, to_table

TEXT = "2019年，永川区引进企业365家，营收139亿元。印发《数字经济行动方案》"


def test_records_round_trip_through_the_schema() -> None:
    fs = extract(TEXT, doc="a.txt")
    records = fs.to_records()
    assert [r["text"] for r in records] == [f.text for f in fs]
    assert all(r["doc"] == "a.txt" for r in records)
    assert [parse_fact(r, raw=TEXT) for r in records] == [f.model_copy(update={"doc": "a.txt"})
                                                         for f in fs]


def test_jsonl_is_one_fact_a_line_with_span_fields() -> None:
    lines = extract(TEXT).to_jsonl().splitlines()
    assert len(lines) == len(extract(TEXT))
    for line in lines:
        r = json.loads(line)
        assert TEXT[r["start"] : r["end"]] == r["text"]
        assert "optional" not in r


def test_csv_and_table_have_one_row_per_fact() -> None:
    records = extract(TEXT).to_records()
    csv_lines = to_csv(records).splitlines()
    assert csv_lines[0] == ",".join(COLUMNS)
    assert len(csv_lines) == len(records) + 1
    assert len(to_table(records).splitlines()) == len(records) + 1


def test_dataframe_has_a_row_per_fact_and_the_fact_columns() -> None:
    pd = pytest.importorskip("pandas")
    df = extract(TEXT).to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(extract(TEXT))
    money = df[df["unit"] == "CNY"]
    assert money["value"].tolist() == [13_900_000_000.0]
