"""Every entry of the span-word tables (lexicon.py) and the context-word tables (cues.py) that
carries an example: the example does what the entry says (issue 14)."""

from __future__ import annotations

import pytest
import regex

from yongchuan_facts import extract
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.metrics import cues, lexicon
from yongchuan_facts.rules.metrics.direction import direction_of
from yongchuan_facts.rules.metrics.windows import noun_after


def _metrics(raw: str) -> list:
    return list(extract(raw, kinds=["metric"], reference_date="2026-01-20").metrics)


@pytest.mark.parametrize(("word", "example"), sorted(lexicon.BARE_CUES.items()))
def test_bare_cue_makes_a_bare_multiplier_a_number(word: str, example: str) -> None:
    facts = _metrics(example)
    assert facts, word
    assert facts[0].text[0] in "百千万", (word, facts)


@pytest.mark.parametrize(("unit", "after"), sorted(
    (u, ch) for u, chars in lexicon.WORD_TRAPS.items() for ch in chars))
def test_word_trap_is_no_unit(unit: str, after: str) -> None:
    assert not [f for f in _metrics(f"建设3{unit}{after}") if f.text.endswith(unit)]


@pytest.mark.parametrize(("word", "example"), sorted(
    {**lexicon.YEARS_BEFORE, **{f"after {k}": v for k, v in lexicon.YEARS_AFTER.items()}}.items()))
def test_years_cue_makes_a_duration(word: str, example: str) -> None:
    assert [f for f in _metrics(example) if f.unit == "year"], word


@pytest.mark.parametrize(("word", "example"), sorted(lexicon.NOT_TENTHS.items()))
def test_cheng_word_is_no_tenths(word: str, example: str) -> None:
    assert not [f for f in _metrics(f"三{example}") if f.unit == "percent"]


@pytest.mark.parametrize(("word", "example"), sorted(lexicon.SHARE_BEFORE.items()))
def test_share_word_makes_a_slash_fraction(word: str, example: str) -> None:
    assert [f for f in _metrics(example) if f.unit == "percent"], word


@pytest.mark.parametrize(("term", "example"), sorted(lexicon.NUMBERED_TERMS.items()))
def test_numbered_term_is_no_metric(term: str, example: str) -> None:
    assert term in example
    assert _metrics(example) == []


@pytest.mark.parametrize(("word", "example"), sorted(cues.NP_BREAKS.items()))
def test_np_break_ends_the_counted_noun(word: str, example: str) -> None:
    end = regex.search(r"\d+(?:个|家|所|名|支|款|项)", example).end()
    noun = noun_after(example, end)
    assert noun, example
    assert word not in noun, (example, noun)


@pytest.mark.parametrize(("word", "example"), sorted(cues.NOT_AN_ITEM.items()))
def test_new_predicate_ends_a_list(word: str, example: str) -> None:
    text = normalize(example).text
    last = list(regex.finditer(r"(?<![\d./])\d+(?:\.\d+)?", text))[-1]
    assert direction_of(text, last.start()) is None, example
