"""yongchuan_facts.dask on a real (loopback) distributed cluster: same facts as `extract`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from seedfiles import SEEDS  # noqa: E402
from yongchuan_facts import RuleSet, extract  # noqa: E402
from yongchuan_facts.dask import FACT_DTYPES, facts_from_bag, facts_from_dataframe  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """Two worker processes on 127.0.0.1: the multi-machine code path, on one machine."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def _expected(name: str, text: str, ref: object) -> list[tuple]:
    fs = extract(text, reference_date=ref)  # type: ignore[arg-type]
    return [(name, f.kind, f.start, f.end, f.text) for f in fs]


def _rows(frame: pd.DataFrame) -> list[tuple]:
    cols = ["doc", "kind", "start", "end", "text"]
    return [tuple(r) for r in frame[cols].itertuples(index=False)]


def test_a_bag_of_named_texts_gives_every_fact_with_its_doc(client: distributed.Client) -> None:
    items = [(s.name, s.raw) for s in SEEDS]
    facts = facts_from_bag(db.from_sequence(items, npartitions=3), reference_date="2020-06-23")
    assert dict(facts.dtypes.astype(str)) == FACT_DTYPES  # the schema is known before running
    frame = facts.compute()
    assert dict(frame.dtypes.astype(str)) == FACT_DTYPES
    expected = [row for name, raw in items for row in _expected(name, raw, "2020-06-23")]
    assert sorted(_rows(frame)) == sorted(expected)
    texts = dict(items)
    assert all(texts[d][s:e] == t for d, _, s, e, t in _rows(frame))


def test_a_dataframe_with_a_reference_date_per_row(client: distributed.Client) -> None:
    pdf = pd.DataFrame({"name": [s.name for s in SEEDS], "body": [s.raw for s in SEEDS],
                        "published": [s.reference_date.isoformat() for s in SEEDS]})
    facts = facts_from_dataframe(dd.from_pandas(pdf, npartitions=2), text="body", doc="name",
                                 reference_date_column="published")
    frame = facts.compute()
    expected = [row for s in SEEDS for row in _expected(s.name, s.raw, s.reference_date)]
    assert sorted(_rows(frame)) == sorted(expected)
    dates = frame[frame.kind == "date"]
    assert (dates.date_start <= dates.date_end).all()
    assert isinstance(dates.date_start.iloc[0], dt.date)  # dates as dates, as to_dataframe


def test_bag_items_may_be_dicts_or_bare_texts(client: distributed.Client) -> None:
    bag = db.from_sequence([{"doc": "a", "text": "今年6月，企业365家", "reference_date":
                             dt.date(2020, 6, 23)}, "营收139亿元"], npartitions=2)
    frame = facts_from_bag(bag).compute().sort_values("start")
    assert frame[frame.doc == "a"].text.tolist() == ["今年6月", "365家"]
    assert frame[frame.doc.isna()].text.tolist() == ["139亿元"]
    june = frame[frame.text == "今年6月"].iloc[0]
    assert june.date_start == dt.date(2020, 6, 1)


def test_a_bad_document_fails_its_task_naming_the_document(client: distributed.Client) -> None:
    bag = db.from_sequence([("good", "企业1家"), ("bad", b"\xe6\xb0\xb8")], npartitions=1)
    with pytest.raises(TypeError, match="bytes") as info:
        facts_from_bag(bag).compute()
    assert any("'bad'" in note for note in getattr(info.value, "__notes__", []))


def test_wrong_inputs_are_clear_errors() -> None:
    with pytest.raises(TypeError, match="Bag"):
        facts_from_bag(["a text"])  # type: ignore[arg-type]
    frame = dd.from_pandas(pd.DataFrame({"text": ["企业1家"]}), npartitions=1)
    with pytest.raises(ValueError, match="no column"):
        facts_from_dataframe(frame, doc="title")
    assert facts_from_dataframe(frame, doc=None).compute().text.tolist() == ["1家"]


def test_the_same_columns_and_dtypes_as_to_dataframe(client: distributed.Client) -> None:
    bag = db.from_sequence([("a", "2019年，企业365家")], npartitions=1)
    frame = facts_from_bag(bag).compute().reset_index(drop=True)
    local = extract("2019年，企业365家", doc="a").to_dataframe()
    pd.testing.assert_frame_equal(frame, local)


def _edition_rules() -> RuleSet:
    """A user's rule, built inside a function as in a notebook: Dask ships it by value."""
    editions = RuleSet("metric")
    editions.add(r"第(?P<num>\d+)届", lambda m, ctx: {"value": float(m["num"]), "unit": "届"},
                 name="edition")
    return editions


def test_rules_reach_the_dask_workers(client: distributed.Client) -> None:
    texts = ["第12届智博会，企业3家", "第7届论坛"]
    bag = db.from_sequence(list(enumerate(texts)), npartitions=2).map(
        lambda item: (f"doc{item[0]}", item[1]))
    rules = [_edition_rules()]
    frame = facts_from_bag(bag, rules=rules).compute()
    editions = frame[frame.unit == "届"].sort_values("doc")
    assert editions[["doc", "text", "value", "rule"]].values.tolist() == [
        ["doc0", "第12届", 12.0, "edition"], ["doc1", "第7届", 7.0, "edition"]]
    assert "3家" in frame.text.tolist()  # the built-in rules still run
    pdf = pd.DataFrame({"doc": ["d"], "text": ["第9届"]})
    by_frame = facts_from_dataframe(dd.from_pandas(pdf, npartitions=1), rules=rules).compute()
    assert by_frame[by_frame.unit == "届"].value.tolist() == [9.0]
    assert facts_from_bag(bag).compute().query("unit == '届'").empty  # only when asked
    with pytest.raises(TypeError, match="list of RuleSets"):
        facts_from_bag(bag, rules=rules[0])  # type: ignore[arg-type]
