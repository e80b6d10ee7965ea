"""Parquet output: typed columns that read back as the records they came from."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from yongchuan_facts import FactSet, extract
from yongchuan_facts.outputs.parquet import records_to_parquet
from yongchuan_facts.outputs.records import COLUMNS

pq = pytest.importorskip("pyarrow.parquet")


def _as_record(row: dict) -> dict:
    """A Parquet row back in `to_records` form: dates as ISO strings, nulls left out."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()
            if v is not None}


def test_seed_facts_round_trip(seed, tmp_path: pathlib.Path) -> None:
    fs = extract(seed.raw, reference_date=seed.reference_date, doc=seed.name)
    path = tmp_path / "facts.parquet"
    assert fs.to_parquet(path) == len(fs)
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    assert str(table.schema.field("date_start").type) == "date32[day]"
    assert str(table.schema.field("value").type) == "double"
    expected = [{k: v for k, v in r.items() if v is not None} for r in fs.to_records()]
    assert [_as_record(r) for r in table.to_pylist()] == expected


def test_no_facts_still_writes_the_schema(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "empty.parquet"
    assert FactSet("没有数字").to_parquet(path) == 0
    table = pq.read_table(path)
    assert (table.num_rows, table.column_names) == (0, list(COLUMNS))


def test_records_of_several_documents(tmp_path: pathlib.Path) -> None:
    records = extract("2019年引进企业12家", doc="a").to_records() + \
        extract("营收139亿元", doc="b").to_records()
    path = tmp_path / "two.parquet"
    assert records_to_parquet(records, path) == len(records)
    assert set(pq.read_table(path).column("doc").to_pylist()) == {"a", "b"}


def test_an_unknown_field_is_an_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="no Parquet column"):
        records_to_parquet([{"kind": "metric", "colour": "red"}], tmp_path / "x.parquet")
