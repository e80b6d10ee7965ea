"""extract() and explain(): input checking, spans, reference dates, user rules."""

from __future__ import annotations

import datetime as dt

import pytest

from yongchuan_facts import FactSet, MetricFact, RuleSet, explain, extract


@pytest.mark.parametrize("bad", [b"\xe6\xb0\xb8", None, 42, ["永川"], bytearray(b"x")])
def test_non_str_input_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\u3000\t"])
def test_empty_or_blank_text_gives_an_empty_factset(empty: str) -> None:
    fs = extract(empty)
    assert isinstance(fs, FactSet)
    assert len(fs) == 0
    assert not fs


def test_every_seed_fact_is_its_raw_span(seed) -> None:  # type: ignore[no-untyped-def]
    fs = extract(seed.raw, reference_date=seed.reference_date)
    assert len(fs) > 0
    for f in fs:
        assert seed.raw[f.start : f.end] == f.text
        assert f.rule


def test_factset_is_iterable_indexable_and_split_by_kind() -> None:
    fs = extract("2019年，永川区引进企业365家，营收139亿元。印发《数字经济行动方案》")
    assert [f.kind for f in fs] == ["date", "metric", "metric", "project"]
    assert fs[1].text == "365家"
    assert fs[-1].kind == "project"
    assert [f.text for f in fs.metrics] == ["365家", "139亿元"]
    assert [f.text for f in fs.dates] == ["2019年"]
    assert [f.text for f in fs.projects] == ["《数字经济行动方案》"]
    assert fs[1:3] == (fs[1], fs[2])


def test_kinds_limits_what_is_extracted() -> None:
    fs = extract("2019年，引进企业365家", kinds=["metric"])
    assert {f.kind for f in fs} == {"metric"}
    with pytest.raises(ValueError, match="unknown kind"):
        extract("2019年", kinds=["money"])


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        extract("今年6月", reference_date="June")
    with pytest.raises(TypeError, match="int"):
        extract("今年6月", reference_date=20200623)  # type: ignore[arg-type]
    fs = extract("2019年", reference_date=dt.datetime(2020, 6, 23, 11, 0))
    assert fs.reference_date == dt.date(2020, 6, 23)


def test_dateline_gives_the_reference_date_when_none_is_passed() -> None:
    fs = extract("重庆永川\n2022-10-17 11:33:18来源: 重庆日报\n企业365家")
    assert fs.reference_date == dt.date(2022, 10, 17)
    assert extract("企业365家").reference_date is None


def test_a_user_rule_adds_a_metric_without_editing_the_package() -> None:
    mine = RuleSet("metric")

    @mine.rule(r"(?P<num>\d+)万?标准箱", examples={"吞吐量120标准箱": "120标准箱"})
    def teu(m, ctx):  # type: ignore[no-untyped-def]
        factor = 10_000 if "万" in m[0] else 1
        return {"value": float(m["num"]) * factor, "unit": "TEU"}

    fs = extract("港口吞吐量12 万\n标准箱", rules=[mine])
    (fact,) = [f for f in fs.metrics if f.unit == "TEU"]
    assert isinstance(fact, MetricFact)
    assert (fact.value, fact.text, fact.rule) == (120000.0, "12 万\n标准箱", "teu")
    assert fact.quantity.to("TEU").magnitude == 120000


def test_a_rule_set_must_be_a_ruleset() -> None:
    with pytest.raises(TypeError, match="RuleSet"):
        extract("x", rules=["not a rule set"])  # type: ignore[list-item]


def test_explain_reports_kept_and_dropped_candidates_with_reasons() -> None:
    rows = explain("2019年，企业365家")
    kept = [r for r in rows if r.kept]
    assert {r.text for r in kept} == {"2019年", "365家"}
    assert all(r.rule for r in rows)
    dropped = [r for r in rows if not r.kept]
    assert all(r.status for r in dropped)
    assert "2019年" in str(kept[0]) or "365家" in str(kept[0])
