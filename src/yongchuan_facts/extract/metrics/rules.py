"""Metric span rules: where a quantity is, its value and unit, and its qualifier."""

from __future__ import annotations

import regex

from ..numbers import BIG_UNITS, parse_number
from ..patterns import NUMBER, one_of
from ..ruleset import Context, Draft, RuleSet
from .lexicon import CLASSIFIERS, CURRENCIES, QUALIFIERS_AFTER, QUALIFIERS_BEFORE

rules = RuleSet("metric")

_MULT = r"(?P<mult>[十百千万亿]*)"
_QB = rf"(?P<qb>{one_of(QUALIFIERS_BEFORE)})?"
_QA = rf"(?P<qa>{one_of(QUALIFIERS_AFTER)})?"


def _value(m: regex.Match[str]) -> float:
    factor = 1
    for ch in m["mult"] or "":
        factor *= {"十": 10, "百": 100, "千": 1000, **BIG_UNITS}[ch]
    return float(parse_number(m["num"]) * factor)


def _qualifier(m: regex.Match[str]) -> str:
    if m.groupdict().get("qa"):
        return QUALIFIERS_AFTER[m["qa"]]
    return QUALIFIERS_BEFORE.get(m["qb"] or "", "exact")


@rules.rule(
    rf"{_QB}(?P<num>{NUMBER}){_QA}{_MULT}{_QA.replace('qa', 'qa2')}(?P<unit>{one_of(CLASSIFIERS)})",
    examples={"引进企业1.5万家": "1.5万家", "新增岗位近3000个": "近3000个"},
    counterexamples=["建成5G基站"],
)
def counted(m: regex.Match[str], ctx: Context) -> Draft:
    """<qualifier>? <number> <multiplier>? <classifier>     近3000个 · 1.5万家"""
    qual = QUALIFIERS_AFTER[m["qa2"]] if m["qa2"] else _qualifier(m)
    return {"value": _value(m), "unit": CLASSIFIERS[m["unit"]], "qualifier": qual}


@rules.rule(
    rf"{_QB}(?P<num>{NUMBER}){_QA}{_MULT}(?P<unit>{one_of(CURRENCIES)})",
    examples={"营收139亿元": "139亿元"},
)
def money(m: regex.Match[str], ctx: Context) -> Draft:
    """<number> <multiplier>? 元 → CNY     139亿元"""
    factor, code = CURRENCIES[m["unit"]]
    return {"value": _value(m) * factor, "unit": code, "qualifier": _qualifier(m)}


@rules.rule(rf"{_QB}(?P<num>{NUMBER})(?P<mult>)%", examples={"同比增长15.4%": "15.4%"})
def percent(m: regex.Match[str], ctx: Context) -> Draft:
    """<number>%     15.4%"""
    return {"value": _value(m), "unit": "percent", "qualifier": _qualifier(m)}
