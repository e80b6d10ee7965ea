"""A user's rule gets the same qualifier, label, modality and direction handling as a built-in
one (issue 13): its draft gives value and unit; the annotate stage reads the rest around it."""

from __future__ import annotations

import json
import pathlib

import pytest
import regex
from pydantic import ValidationError

from yongchuan_facts import MetricFact, RuleSet, extract
from yongchuan_facts.evaluation import GoldError, load_gold
from yongchuan_facts.rules.numbers import multiplier, parse_number
from yongchuan_facts.rules.patterns import NUMBER


def _grain_rules() -> RuleSet:
    rules = RuleSet("metric")

    @rules.rule(rf"(?P<num>{NUMBER})(?P<mult>[万亿]*)斤")
    def jin(m: regex.Match[str], ctx: object) -> dict[str, object]:
        """<number>斤 of grain, as a user would write it with the public number API."""
        return {"value": float(parse_number(m["num"]) * multiplier(m["mult"])), "unit": "斤"}

    return rules


def test_a_user_rule_is_qualified_by_the_words_around_it() -> None:
    text = "全省粮食总产量超760亿斤，计划明年达到约800亿斤，比上年增长10亿斤左右。"
    facts = extract(text, rules=[_grain_rules()], reference_date="2026-01-27").metrics
    jin = [f for f in facts if f.rule == "jin"]
    assert [(f.text, f.value, f.qualifier) for f in jin] == [
        ("760亿斤", 7.6e10, "over"), ("800亿斤", 8e10, "approx"), ("10亿斤", 1e9, "approx")]
    assert jin[0].modality == "actual"
    assert jin[1].modality == "target"
    assert [f.direction for f in jin] == [None, None, "increase"]


def test_a_user_rule_in_traditional_script_too() -> None:
    facts = extract("糧食總產量超過760億斤。", rules=[_grain_rules()]).metrics
    assert [(f.value, f.qualifier) for f in facts if f.rule == "jin"] == [(7.6e10, "over")]


def test_a_qualifier_the_rule_sets_itself_is_kept() -> None:
    rules = RuleSet("metric")

    @rules.rule(r"(?P<num>\d+)标准箱")
    def teu(m: regex.Match[str], ctx: object) -> dict[str, object]:
        return {"value": float(m["num"]), "unit": "TEU", "qualifier": "exact"}

    (fact,) = [f for f in extract("吞吐量超120标准箱", rules=[rules]).metrics if f.rule == "teu"]
    assert fact.qualifier == "exact"


def test_a_user_rule_may_give_its_own_label() -> None:
    rules = RuleSet("metric")

    @rules.rule(r"(?P<num>\d+)斤")
    def jin(m: regex.Match[str], ctx: object) -> dict[str, object]:
        return {"value": float(m["num"]), "unit": "斤", "metric": "grain_output"}

    (fact,) = [f for f in extract("产量760斤", rules=[rules]).metrics if f.rule == "jin"]
    assert fact.metric == "grain_output"
    assert fact.qualifier == "exact"


@pytest.mark.parametrize("label", ["Grain Output", "grain-output", "", "产量", "x" * 65])
def test_a_label_that_is_no_snake_case_word_is_refused(label: str) -> None:
    with pytest.raises(ValidationError, match="metric"):
        MetricFact(start=0, end=4, text="760斤", value=760, unit="斤", metric=label)


def test_the_gold_reader_takes_only_the_labels_of_facts_md(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("产量760斤", encoding="utf-8")
    line = {"doc": "a.txt", "kind": "metric", "start": 2, "end": 6, "text": "760斤",
            "value": 760, "unit": "斤", "metric": "grain_output"}
    gold = tmp_path / "a.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "reference_date": "2026-01-27"}) + "\n"
                    + json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="grain_output"):
        load_gold(tmp_path, gold)
