"""The annotate stage's fast paths (issue 11) against the plain walks they replace, on text
made of the characters that matter to them: every boundary, thousands commas, digits that are
`str.isdigit` but no decimal digit (², ٣), and text longer than the search bound."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.rules.metrics import windows as w

pytestmark = pytest.mark.property

_CHARS = "1,2，。；：！？!?;:\n、²٣的增长x"
_ENDS = [w.CLAUSE_ENDS, w.SENTENCE_ENDS, w.CLAUSE_ENDS + w.LIST_SEPARATORS]


def _start_walk(text: str, pos: int, ends: str) -> int:
    i, stop = pos - 1, max(-1, pos - 1 - w.MAX_WINDOW)
    while i > stop and not w._is_boundary(text, i, ends):
        i -= 1
    return i + 1


def _end_walk(text: str, pos: int, ends: str) -> int:
    i, stop = pos, min(len(text), pos + w.MAX_WINDOW)
    while i < stop and not w._is_boundary(text, i, ends):
        i += 1
    return i


def _texts() -> st.SearchStrategy[str]:
    short = st.text(st.sampled_from(_CHARS), max_size=40)
    # a long run without punctuation reaches the MAX_WINDOW bound
    long = st.builds(lambda a, n, b: a + "x" * n + b, short,
                     st.integers(w.MAX_WINDOW - 5, w.MAX_WINDOW + 5), short)
    return st.one_of(short, long)


@given(_texts(), st.data())
def test_clause_bounds_equal_the_character_walk(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    ends = data.draw(st.sampled_from(_ENDS))
    assert w.start_of(text, pos, ends) == _start_walk(text, pos, ends)
    assert w.end_of(text, pos, ends) == _end_walk(text, pos, ends)
