"""Notebook data: the typed DataFrame, facts saved as JSON Lines loading back, batch frames."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest

from seedfiles import SEEDS, extract_seeds
from yongchuan_facts import FactSet, extract
from yongchuan_facts.batch import DocumentError, extract_many, to_dataframe
from yongchuan_facts.outputs.records import COLUMNS
from yongchuan_facts.outputs.saved import factsets_from_jsonl, read_jsonl
from yongchuan_facts.schema.facts import MetricFact, ProjectFact

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

TEXT = "2019年，永川区引进企业365家，营收5.67万亿元，建成“服务公社”平台。去年同期增长3%。"


def _dtypes(df: object) -> dict[str, str]:
    return {name: str(t) for name, t in df.dtypes.items()}  # type: ignore[attr-defined]


def test_one_column_set_and_dtype_empty_or_full() -> None:
    full = extract(TEXT, reference_date="2020-06-23").to_dataframe()
    empty = FactSet("没有数字").to_dataframe()
    assert list(full.columns) == list(empty.columns) == list(COLUMNS)
    assert len(empty) == 0
    assert _dtypes(full) == _dtypes(empty)
    assert _dtypes(full)["start"] == "int64"
    assert _dtypes(full)["value"] == "float64"
    assert _dtypes(full)["relative"] == "boolean"
    assert _dtypes(full)["indicator_start"] == "Int64"
    assert {_dtypes(full)[c] for c in ("date_start", "date_end", "period_start", "period_end")} \
        == {"date32[day][pyarrow]"}
    assert {_dtypes(full)[c] for c in ("doc", "kind", "text", "unit", "name", "rule")} \
        == {"string"}


def test_values_keep_their_types() -> None:
    fs = extract(TEXT, reference_date="2020-06-23", doc="d")
    df = fs.to_dataframe()
    dates = df[df.kind == "date"]
    first = fs.dates[0]
    assert dates.date_start.iloc[0] == first.date_start  # a datetime.date, comparable as one
    assert isinstance(dates.date_start.iloc[0], dt.date)
    assert dates.date_start.dt.year.iloc[0] == first.date_start.year
    assert dates.relative.tolist() == [d.relative for d in fs.dates]
    metrics = df[df.kind == "metric"]
    assert metrics.relative.isna().all()  # a metric has no `relative`: null, not False
    assert metrics.value.tolist() == [m.value for m in fs.metrics]
    assert df[df.kind == "project"].value.isna().all()
    assert df[df.kind == "date"].unit.isna().all()  # missing strings are <NA>, not None or ""
    assert (df.doc == "d").all()


def _arrow_kind(t: object) -> object:
    return pa.string() if t == pa.large_string() else t


def test_any_text_fits_even_a_lone_surrogate() -> None:
    raw = "a\ud800b平台"
    fs = FactSet(raw, [ProjectFact(start=0, end=5, text=raw, name=raw)])
    df = fs.to_dataframe()
    assert df.text.tolist() == [raw]
    assert _dtypes(df) == _dtypes(FactSet("").to_dataframe())


def test_the_dataframe_has_the_parquet_files_types(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet")
    fs = extract_seeds()[0]
    path = tmp_path / "facts.parquet"
    fs.to_parquet(path)
    on_disk = pq.read_schema(path)
    in_memory = pa.Schema.from_pandas(fs.to_dataframe(), preserve_index=False)
    for name in COLUMNS:  # pandas' strings are arrow's large strings: the same to a reader
        assert _arrow_kind(in_memory.field(name).type) == _arrow_kind(on_disk.field(name).type)
    back = pd.read_parquet(path, dtype_backend="pyarrow")
    assert back.text.tolist() == fs.to_dataframe().text.tolist()


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name[:3] for s in SEEDS])
def test_jsonl_loads_back_equal_to_what_was_saved(seed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fs = extract(seed.raw, reference_date=seed.reference_date, doc=seed.name)
    saved = fs.to_jsonl()
    back = FactSet.from_jsonl(saved, raw=seed.raw, reference_date=seed.reference_date)
    assert back.facts == fs.facts
    assert (back.raw, back.doc, back.reference_date) == (fs.raw, fs.doc, fs.reference_date)
    assert back.to_jsonl() == saved
    assert back._repr_html_() == fs._repr_html_()  # renders as the original did
    # from a file, the raw text from its file too
    jsonl, text = tmp_path / "facts.jsonl", tmp_path / "doc.txt"
    jsonl.write_text(saved, encoding="utf-8")
    text.write_bytes(seed.raw.encode("utf-8"))
    assert FactSet.from_jsonl(jsonl, raw=text).facts == fs.facts
    assert FactSet.from_jsonl(str(jsonl)).facts == fs.facts  # no raw: a stand-in text
    assert FactSet.from_records(fs.to_records(), raw=seed.raw).facts == fs.facts


def test_without_the_text_each_fact_stands_on_its_own_span() -> None:
    fs = extract(TEXT, reference_date="2020-06-23")
    back = FactSet.from_jsonl(fs.to_jsonl())
    assert back.facts == fs.facts
    assert all(back.raw[f.start:f.end] == f.text for f in back)
    # the stand-in text holds the facts' spans and their indicators' spans, blanks elsewhere
    spans = "".join(f.text for f in fs) + "".join(getattr(f, "indicator", None) or "" for f in fs)
    assert set(back.raw) - set(spans) <= {" "}
    assert "data-fact-id" in back._repr_html_()


def test_a_wrong_text_is_refused_naming_the_fact() -> None:
    fs = extract(TEXT)
    with pytest.raises(ValueError, match=r"fact 1 \('2019年'\)"):
        FactSet.from_jsonl(fs.to_jsonl(), raw="X" + TEXT)


def test_many_documents_in_one_file() -> None:
    a, b = extract("企业365家", doc="a.txt"), extract("营收139亿元", doc="b.txt")
    saved = a.to_jsonl() + b.to_jsonl()
    with pytest.raises(ValueError, match="2 documents"):
        FactSet.from_jsonl(saved)
    assert FactSet.from_jsonl(saved, doc="b.txt", raw=b.raw).facts == b.facts
    with pytest.raises(ValueError, match=r"no facts of doc 'c\.txt'"):
        FactSet.from_jsonl(saved, doc="c.txt")
    every = factsets_from_jsonl(saved, texts={"a.txt": a.raw, "b.txt": b.raw})
    assert list(every) == ["a.txt", "b.txt"]
    assert [every[k].facts for k in every] == [a.facts, b.facts]


def test_a_line_separator_inside_a_fact_stays_inside_it() -> None:
    raw = "产值\u2028达到139亿元"
    fact = MetricFact(start=2, end=9, text=raw[2:9], value=1.39e10, unit="CNY")
    saved = FactSet(raw, [fact]).to_jsonl()
    assert FactSet.from_jsonl(saved, raw=raw).facts == (fact,)


def test_bad_lines_are_named() -> None:
    with pytest.raises(ValueError, match="line 2: not JSON"):
        read_jsonl('{"kind": "date"}\n{oops\n')
    with pytest.raises(ValueError, match="line 1: a fact is a JSON object"):
        read_jsonl("[1, 2]\n")
    assert read_jsonl("") == []


def test_extract_many_results_as_one_frame_with_a_doc_column() -> None:
    texts = ["企业365家", "营收139亿元", "没有数字"]
    results = extract_many(texts, workers=1, docs=["a", "b", "c"])
    df = to_dataframe(results)
    assert df.doc.tolist() == ["a", "b"]
    assert _dtypes(df) == _dtypes(FactSet("").to_dataframe())
    unnamed = to_dataframe(extract_many(texts, workers=1))
    assert unnamed.doc.tolist() == ["0", "1"]  # their place in the results


def test_failed_documents_are_refused_or_skipped() -> None:
    results = extract_many(["企业365家", b"bytes", "营收139亿元"], workers=1)  # type: ignore[list-item]
    assert isinstance(results[1], DocumentError)
    with pytest.raises(ValueError, match=r"1 of 3 documents failed.*errors='skip'"):
        to_dataframe(results)
    assert to_dataframe(results, errors="skip").doc.tolist() == ["0", "2"]


def test_progress_uses_tqdm_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    """tqdm.auto picks a notebook widget in Jupyter (checked in test_notebook.py), else text."""
    used: list[int | None] = []

    def fake_tqdm(items, total=None, **_):  # type: ignore[no-untyped-def]
        used.append(total)
        return items

    monkeypatch.setitem(sys.modules, "tqdm.auto", types.SimpleNamespace(tqdm=fake_tqdm))
    assert len(extract_many(["企业1家"] * 3, workers=1, progress=True)) == 3
    assert used == [3]


def test_progress_falls_back_to_text_in_a_notebook_without_ipywidgets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_widget(*_, **__):  # type: ignore[no-untyped-def]
        raise ImportError("IProgress not found. Please update jupyter and ipywidgets.")

    monkeypatch.setitem(sys.modules, "tqdm.auto", types.SimpleNamespace(tqdm=no_widget))
    assert len(extract_many(["企业1家"] * 3, workers=1, progress=True)) == 3
    assert "3/3" in capsys.readouterr().err  # tqdm's text bar on stderr
