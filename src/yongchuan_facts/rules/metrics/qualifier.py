"""The qualifier of a figure from the words around its span, for drafts that do not set one.

    >>> text = "引进企业超过1.5万家，新增岗位近3000个，在校生14余万名，投资10亿元以上"
    >>> [qualifier_around(text, text.index(s), text.index(s) + len(s))
    ...  for s in ("1.5万家", "3000个", "14余万名", "10亿元")]
    ['over', 'nearly', 'over', 'at_least']

The built-in span rules read the qualifier from their own match (rules.py); a user rule's draft
(`RuleSet("metric")`, README) gives only value, unit and span. The build stage fills a missing
qualifier with this function, as it fills label, modality and direction, so a user's figure is
qualified by the same words as a built-in one (issue 12): 余/多 inside the span win, then a word
right after it (以上, 左右), then a word right before it (约, 超过, 近).
"""

from __future__ import annotations

import regex

from ..patterns import one_of
from .lexicon import QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_INSIDE

_BEFORE = regex.compile(rf"{one_of(QUALIFIERS_BEFORE)}\s*$")
_AFTER = regex.compile(rf"\s{{0,3}}+{one_of(QUALIFIERS_AFTER)}")  # bounded: linear under finditer
_REACH = max(map(len, QUALIFIERS_BEFORE)) + 2
# Units of time after which 近 means "recent" (近三年), not nearly (FACTS.md).
_TIME_ENDS = ("年", "个月", "天", "小时", "分钟", "周", "星期")


def qualifier_around(text: str, start: int, end: int) -> str:
    """`exact`, `approx`, `over`, `at_least`, `nearly` or `under` for text[start:end]."""
    span = text[start:end]
    inside = next((QUALIFIERS_INSIDE[c] for c in span if c in QUALIFIERS_INSIDE), None)
    if inside:
        return inside
    after = _AFTER.match(text, end)
    if after:
        return QUALIFIERS_AFTER[after.group().strip()]
    before = _BEFORE.search(text[max(0, start - _REACH) : start])
    if before:
        word = before.group().strip()
        if word == "近" and span.endswith(_TIME_ENDS):
            return "exact"  # 近三年 = the last three years
        return QUALIFIERS_BEFORE[word]
    return "exact"
