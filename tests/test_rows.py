"""One fact → one row (`outputs/rows.py`), and every view of facts showing that row."""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib
import re
from html import unescape

import pytest

from yongchuan_facts import FactSet, extract
from yongchuan_facts.cli import main
from yongchuan_facts.outputs.records import figure_records, to_table
from yongchuan_facts.outputs.report import render_report
from yongchuan_facts.outputs.rows import fact_row, title_lines
from yongchuan_facts.schema.facts import DateFact, MetricFact, ProjectFact

RAW = "2021年，全市生产总值达到5.67万亿元，建成“服务公社”平台。今年6月，新增就业1.5万人。"


def _metric() -> MetricFact:
    s = RAW.index("5.67")
    i = RAW.index("生产总值")
    return MetricFact(start=s, end=s + 7, text=RAW[s:s + 7], value=5.67e12, unit="CNY",
                      metric="gdp", qualifier="exact", direction="increase",
                      period_start=dt.date(2021, 1, 1), period_end=dt.date(2021, 12, 31),
                      indicator_start=i, indicator_end=i + 4, indicator="生产总值", rule="money")


def test_a_metric_row_writes_money_as_a_chinese_reader_does_and_keeps_the_exact_value() -> None:
    row = fact_row(_metric())
    assert (row.kind, row.span, row.text, row.value, row.exact, row.number) == (
        "metric", "14:21", "5.67万亿元", "5.67万亿元", "5,670,000,000,000 CNY", 5.67e12)
    assert (row.unit, row.qualifier, row.metric, row.stance, row.indicator, row.rule) == (
        "CNY", "exact", "gdp", "actual · increase", "生产总值", "money")
    assert (row.period, row.period_text(".."), row.dates) == (
        "2021-01-01 … 2021-12-31", "2021-01-01..2021-12-31", "")


def test_date_and_project_rows() -> None:
    day = DateFact(start=0, end=5, text="2021年", date_start=dt.date(2021, 1, 1),
                   date_end=dt.date(2021, 12, 31), granularity="year")
    loose = DateFact(start=0, end=4, text="今年6月", date_start=None, date_end=None,
                     granularity="month", relative=True)
    one = DateFact(start=0, end=5, text="8月27日", date_start=dt.date(2020, 8, 27),
                   date_end=dt.date(2020, 8, 27), granularity="day", relative=True)
    assert [fact_row(d).dates for d in (day, loose, one)] == [
        "2021-01-01 … 2021-12-31", "unresolved (relative)", "2020-08-27"]
    assert (fact_row(day).label, fact_row(one).relative, fact_row(day).value) == (
        "year", True, "")
    project = ProjectFact(start=0, end=5, text="服务\n公社", name="服务公社", category="platform",
                          canonical="“服务公社”平台")
    row = fact_row(project)
    assert (row.text, row.name, row.category, row.canonical, row.label) == (
        "服务⏎公社", "服务公社", "platform", "“服务公社”平台", "platform")
    assert "canonical “服务公社”平台" in title_lines(row)


def _cells(html: str, attr: str) -> list[str]:
    return [unescape(c) for c in re.findall(rf'<td {attr}>(.*?)</td>', html)]


def test_the_notebook_view_the_report_and_the_table_show_the_same_row() -> None:
    fs = FactSet(RAW, [_metric()], doc="a.txt")
    row = fact_row(fs[0])
    notebook = fs._repr_html_()
    report = render_report([fs])
    table = to_table(fs.to_records())
    assert f'>{row.value}</td>' in notebook
    assert _cells(report, 'class="num"')[1] == row.value  # '#', then the value
    assert row.value in table
    assert "«生产总值»" in table
    for line in title_lines(row):  # the hover titles of both HTML views
        assert line in unescape(notebook)
        assert line in unescape(report)


def test_the_table_takes_facts_or_their_records_alike() -> None:
    fs = extract(RAW, doc="a.txt", reference_date="2022-01-10")
    assert to_table(fs.to_records()) == to_table(f.model_copy(update={"doc": "a.txt"})
                                                 for f in fs)


def test_a_value_strict_json_wrote_as_null_shows_as_unknown() -> None:
    fact = MetricFact(start=0, end=3, text="1元元", value=float("inf"), unit="CNY")
    from yongchuan_facts.outputs.records import to_record

    table = to_table([to_record(fact)])
    assert "? CNY" in table


SEED = pathlib.Path(__file__).parent.parent / "fixtures" / "seeds" / "000_0d0990aeaf755118.txt"


def test_the_cli_figure_table_is_factset_figures_with_the_document_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pandas")
    fs = extract(SEED.read_text(encoding="utf-8"), doc=SEED.name)
    assert main(["extract", str(SEED), "--format", "figures"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    frame = fs.figures()
    assert list(lines[0]) == ["doc", *frame.columns]
    assert lines == figure_records(fs)
    assert [r["sentence"] for r in lines] == frame["sentence"].tolist()
    assert {r["doc"] for r in lines} == {SEED.name}


def test_a_lone_surrogate_reaches_the_figure_table() -> None:
    pytest.importorskip("pandas")
    fs = extract("营收\ud800达139亿元。", doc="a.txt")
    (record,) = figure_records(fs)
    assert record["sentence"] == "营收\ud800达139亿元。"
    out = io.StringIO()
    from yongchuan_facts.outputs.stream import write_stream

    write_stream([[record]], "figures", out)
    out.getvalue().encode("utf-8")  # written as an escape, never raw


def test_parquet_streams_batches_into_row_groups(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from yongchuan_facts.outputs import parquet

    monkeypatch.setattr(parquet, "BATCH_ROWS", 3)
    batches = [extract(RAW, doc=f"{i}.txt", reference_date="2022-01-10").to_records()
               for i in range(4)]
    path = tmp_path / "f.parquet"
    assert parquet.write_batches(batches, path) == sum(map(len, batches))
    assert pq.ParquetFile(path).metadata.num_row_groups > 1
    assert pq.read_table(path).column("doc").to_pylist() == [
        r["doc"] for records in batches for r in records]


def test_the_table_says_a_relative_date_without_a_reference_is_unresolved() -> None:
    table = to_table(extract("今年6月，新增就业1.5万人。"))
    assert "unresolved month relative" in table
    assert "1.5万人 employment" in table
