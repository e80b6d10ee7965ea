"""The structure's fast paths (issue 11) against the general scans they replace, on generated
text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.stages.structure import TARGET_PHRASES, TARGETS, _target_spans

pytestmark = pytest.mark.property

# The phrases' characters, the phrases themselves and near misses, so that matches overlap.
_TARGET_PIECES = st.sampled_from([*TARGET_PHRASES, *"主要预期目标是为的\n", "目标目标", "主要预期"])


@given(st.lists(_TARGET_PIECES, max_size=20).map("".join))
def test_target_spans_equal_the_overlapped_scan(text: str) -> None:
    assert list(_target_spans(text)) == [
        (m.start(), m.end()) for m in TARGETS.finditer(text, overlapped=True)]
