"""Every rule's own examples and counterexamples, run through the rule alone and through extract."""

from __future__ import annotations

import pytest

from yongchuan_facts.api import PIPELINES
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.ruleset import Context, Rule

RULES: list[Rule] = [r for p in PIPELINES.values() for r in p.rules]
EXAMPLES = [(r, text, want) for r in RULES for text, want in r.examples.items()]
COUNTER = [(r, text) for r in RULES for text in r.counterexamples]


def _surfaces(rule: Rule, text: str) -> list[str]:
    tm = normalize(text)
    ctx = Context(tm)
    return [tm.raw[c.start : c.end] for c in rule.run(ctx) if c.status == "kept"]


def test_every_rule_has_an_example() -> None:
    assert all(r.examples for r in RULES), [r.name for r in RULES if not r.examples]


@pytest.mark.parametrize(("rule", "text", "want"), EXAMPLES,
                         ids=[f"{r.name}:{t}" for r, t, _ in EXAMPLES])
def test_rule_example(rule: Rule, text: str, want: str) -> None:
    assert want in _surfaces(rule, text)


@pytest.mark.parametrize(("rule", "text"), COUNTER, ids=[f"{r.name}:{t}" for r, t in COUNTER])
def test_rule_counterexample(rule: Rule, text: str) -> None:
    assert _surfaces(rule, text) == []
