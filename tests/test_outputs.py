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


# Issue 12 item 8: output integrity under hostile text.
HOSTILE = ("=2019年，\x1b]0;pwned\x07企业365家，《行动\ud800方案》，营收\r139亿元。\u2028"
           "印发《+1方案》《-方案》《@方案》《'方案》\x85《数字\u202e方案》")


def _hostile_records() -> list[dict]:
    fs = extract(HOSTILE, doc="a\udcff.txt")  # a file name Python decoded with surrogateescape
    assert any("\ud800" in f.text for f in fs)
    return fs.to_records()


def test_jsonl_is_strict_one_record_a_line_and_reads_back() -> None:
    from yongchuan_facts.outputs.records import json_line, read_jsonl

    records = _hostile_records()
    text = "".join(json_line(r) for r in records)
    text.encode("utf-8")  # no lone surrogate left raw
    assert len(text.splitlines()) == len(records)  # U+2028, U+0085 escaped
    assert list(read_jsonl(text)) == records

    def no_constants(name: str) -> None:
        raise ValueError(f"non-strict JSON constant {name}")

    assert [json.loads(x, parse_constant=no_constants) for x in text.splitlines()] == records


def test_a_value_no_number_means_is_null_in_strict_json() -> None:
    from yongchuan_facts import MetricFact
    from yongchuan_facts.outputs.records import json_line, to_record

    fact = MetricFact(start=0, end=3, text="1元元", value=float("inf"), unit="CNY")
    line = json_line(to_record(fact))
    assert "Infinity" not in line
    assert json.loads(line)["value"] is None


def test_csv_quotes_a_lone_cr_and_defuses_formulas() -> None:
    import csv
    import io

    from yongchuan_facts.outputs.records import csv_records

    records = _hostile_records()
    text = to_csv(records)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(records) + 1  # the \r inside a fact did not split its row
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'+1方案" in cells
    assert "''方案" in cells  # a leading ' is doubled, so reading back is unambiguous
    back = csv_records(text)
    expected = [{k: (v.replace("\ud800", "\ufffd").replace("\udcff", "\ufffd")
                     if isinstance(v, str) else v)
                 for k, v in r.items() if v is not None} for r in records]
    assert back == expected


def test_the_terminal_table_shows_control_characters_as_signs() -> None:
    table = to_table(_hostile_records())
    assert not [c for c in table if (c < " " and c != "\n") or "\x7f" <= c <= "\x9f"]
    assert "\u202e" not in table
    assert "\u2028" not in table


def test_the_table_fits_the_width_it_is_given() -> None:
    from yongchuan_facts.outputs.records import _width

    records = extract(TEXT * 3, doc="a-long-document-name.txt").to_records()
    for width in (60, 80, 120):
        lines = to_table(records, width=width).splitlines()
        assert all(_width(line) <= width for line in lines)
        assert len(lines) == len(records) + 1
    assert any("…" in line for line in to_table(records, width=60).splitlines())


def test_the_table_shows_indicator_and_period() -> None:
    from yongchuan_facts import MetricFact

    raw = "2021年，全区实现营收139亿元"
    fact = MetricFact(start=12, end=17, text="139亿元", value=1.39e10, unit="CNY",
                      indicator_start=10, indicator_end=12, indicator="营收",
                      period_start="2021-01-01", period_end="2021-12-31")
    assert raw[fact.start:fact.end] == fact.text
    assert raw[fact.indicator_start:fact.indicator_end] == fact.indicator
    table = to_table([fact.model_dump(mode="json")])
    assert "«营收»" in table
    assert "2021-01-01..2021-12-31" in table


def test_dataframe_parquet_and_report_take_lone_surrogates(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from yongchuan_facts.outputs.parquet import records_to_parquet
    from yongchuan_facts.outputs.report import render_report

    fs = extract(HOSTILE, doc="a\udcff.txt")
    df = fs.to_dataframe()
    assert df["text"].tolist() == [f.text for f in fs]  # exact: surrogates kept in a str
    records = fs.to_records()
    assert records_to_parquet(records, tmp_path / "f.parquet") == len(records)
    texts = pq.read_table(tmp_path / "f.parquet").column("text").to_pylist()
    assert texts == [r["text"].replace("\ud800", "\ufffd") for r in records]
    render_report([fs]).encode("utf-8")


def test_dataframe_dtypes_are_fixed_empty_or_full() -> None:
    pytest.importorskip("pandas")
    from yongchuan_facts import FactSet

    full = extract(TEXT).to_dataframe().dtypes.astype(str).tolist()
    empty = FactSet("没有数字").to_dataframe().dtypes.astype(str).tolist()
    assert full == empty


def test_the_librarys_own_jsonl_reader_takes_a_raw_line_separator(tmp_path) -> None:
    """Gold/JSON Lines written by another tool may hold a raw U+2028 inside a string."""
    from yongchuan_facts.evaluation import evaluate

    raw = "印发《行动\u2028方案》，企业365家。"
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(raw, encoding="utf-8")
    facts = extract(raw, doc="a.txt").to_records()
    lines = [json.dumps({"doc": "a.txt", "reference_date": "2020-01-01"})]
    lines += [json.dumps(r, ensure_ascii=False) for r in facts]  # U+2028 left raw
    assert any("\u2028" in line for line in lines)
    (tmp_path / "gold" / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = evaluate(tmp_path / "texts", tmp_path / "gold")
    assert result.kinds["project"].hit == result.kinds["project"].gold == 1
