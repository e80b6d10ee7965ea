"""Properties of the normalizer on generated OCR-like text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.normalization.chars import fold
from yongchuan_facts.normalization.textmap import NOISE_CHAR, normalize
from yongchuan_facts.strategies import ocr_text

pytestmark = pytest.mark.property

any_text = st.one_of(ocr_text(), st.text(max_size=40))


@given(any_text)
def test_map_is_total_and_monotonic(raw: str) -> None:
    tm = normalize(raw)
    to_raw = tm.to_raw
    assert len(to_raw) == len(tm.text) + 1
    assert all(0 <= r <= len(raw) for r in to_raw)
    assert all(a < b for a, b in itertools.pairwise(to_raw))  # strictly increasing
    assert to_raw[-1] == len(raw)


@given(any_text)
def test_normalizing_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once


@given(any_text)
def test_every_normalized_character_comes_from_its_raw_character(raw: str) -> None:
    tm = normalize(raw)
    folded = fold(raw)
    for i, ch in enumerate(tm.text):
        source = folded[tm.raw_index(i)]
        if ch in " \n":
            assert source.isspace() or source in "\u200b\u200c\u200d\ufeff"
        elif ch == NOISE_CHAR and source != NOISE_CHAR:
            assert source.isdigit()
        else:
            assert ch == source


@given(any_text, st.data())
def test_a_raw_span_contains_all_of_its_characters(raw: str, data: st.DataObject) -> None:
    tm = normalize(raw)
    if not tm.text:
        return
    s = data.draw(st.integers(0, len(tm.text) - 1))
    e = data.draw(st.integers(s + 1, len(tm.text)))
    start, end = tm.raw_span(s, e)
    assert all(start <= tm.raw_index(i) < end for i in range(s, e))
    assert start == tm.raw_index(s)
    assert end == tm.raw_index(e - 1) + 1
