"""Table tests for the metric vocabulary: the slips a hand-written lexicon makes."""

from __future__ import annotations

import math
from typing import get_args

import pytest

from yongchuan_facts.normalization.chars import fold
from yongchuan_facts.rules.metrics import cues, lexicon
from yongchuan_facts.schema.facts import MetricLabel, Qualifier
from yongchuan_facts.schema.units import quantity

ALL_SURFACES = sorted(lexicon.UNITS)


def test_no_unit_starts_with_a_multiplier() -> None:
    """万 and 亿 are multipliers, never part of a unit (STYLE.md §3.9, FACTS.md)."""
    bad = [u for u in ALL_SURFACES if u[0] in lexicon.MULTIPLIER_CHARS]
    assert bad == []


@pytest.mark.parametrize("surface", ALL_SURFACES)
def test_every_canonical_unit_parses_in_the_registry(surface: str) -> None:
    assert quantity(1, lexicon.UNITS[surface].canonical).magnitude == 1


def test_classifiers_are_simplified_as_the_normalizer_folds_them() -> None:
    assert all(fold(c) == c for c in lexicon.CLASSIFIERS.values())
    assert lexicon.CLASSIFIERS["個"] == "个"


@pytest.mark.parametrize(
    ("table", "surface", "target"),
    [(lexicon.AREA, "亩", "m**2"), (lexicon.AREA, "平方公里", "m**2"),
     (lexicon.AREA, "公顷", "m**2"), (lexicon.LENGTH, "公里", "m"),
     (lexicon.PHYSICAL, "瓦", "kW"), (lexicon.PHYSICAL, "吨", "t")],
)
def test_factors_agree_with_pint(table: dict, surface: str, target: str) -> None:
    """Each factor is what pint says one written unit is worth in the canonical unit."""
    written = {"亩": "亩", "平方公里": "平方公里", "公顷": "hectare", "公里": "kilometer",
               "瓦": "watt", "吨": "metric_ton"}[surface]
    expected = quantity(1, written).to(target).magnitude
    assert math.isclose(table[surface].factor, expected, rel_tol=1e-9)


def test_qualifier_tables_use_the_contract_vocabulary() -> None:
    allowed = set(get_args(Qualifier))
    for table in (lexicon.QUALIFIERS_BEFORE, lexicon.QUALIFIERS_INSIDE, lexicon.QUALIFIERS_AFTER):
        assert set(table.values()) <= allowed


def test_label_tables_use_the_contract_vocabulary() -> None:
    allowed = set(get_args(MetricLabel))
    for table in (cues.COUNT_CUES, cues.MONEY_CUES, cues.PERCENT_CUES):
        assert set(table.values()) <= allowed
    assert cues.MONEY_DEFAULT in allowed


def test_direction_tables_only_say_increase_decrease_or_none() -> None:
    assert set(cues.DIRECTION_WORDS.values()) == {"increase", "decrease", None}
    assert set(cues.DIRECTION_CHARS.values()) == {"increase", "decrease"}


def test_neutral_words_hide_the_change_verbs_inside_them() -> None:
    """增加值 must win over 增加, 增速 over 增: the neutral word is longer, so it is tried first."""
    verbs = [w for w, d in cues.DIRECTION_WORDS.items() if d]
    for word, direction in cues.DIRECTION_WORDS.items():
        if direction is None and any(v in word for v in verbs):
            assert all(len(word) > len(v) for v in verbs if v in word)
