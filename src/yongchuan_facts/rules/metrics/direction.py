"""Direction of a change: `increase` (增长, 提高, 新增 …) or `decrease` (下降, 减少, 节约 …).

    >>> direction_of("，同比增长15.4%", 5), direction_of("高于GDP增速6.8个百分点", 9)
    ('increase', None)
    >>> direction_of("每年新增5G基站500个", 8)
    'increase'

A change verb governs the number when it is the nearest cue to the left in the same clause,
close enough (`WINDOW` characters) and with no other number in between; a single character
(按年升5%, 同比降3.2%) counts only right before the number. Nouns and comparisons that contain
a change verb (增加值, 增速, 高于) give no direction, and neither does a verb followed by 到/至,
which gives the new level (提高到30%).
"""

from __future__ import annotations

import regex

from .cues import DIRECTION_CHARS, DIRECTION_WORDS, TO_LEVEL
from .lexicon import QUALIFIERS_BEFORE
from .windows import clause_before, cues_in

WINDOW = 16
# Numbers listed before ours under the same verb (提高0.9、5.9个百分点) do not block it.
_LISTED = regex.compile(r"[\d.,]+(?:%|个百分点)?、")
# Digits inside names (新增5G基站500个, L4级) are no number between the verb and ours.
# Starts only at a word's start, possessive: linear on a long digit run (benchmarks/regex_review).
_NAME_DIGITS = regex.compile(
    r"(?<![A-Za-z\d])(?:[A-Za-z]++\d++[A-Za-z\d]*+|\d++[A-Za-z][A-Za-z\d]*+)"
)
# Words that may sit between a single-character verb and its number (同比增长了约5%).
_FILLERS = sorted([*QUALIFIERS_BEFORE, "了", "达"], key=len, reverse=True)


_CHANGE_VERBS = tuple(w for w, d in DIRECTION_WORDS.items() if d)


def _strip_fillers(window: str) -> str:
    """Drop qualifiers and 了/达 before the number, but never the end of a verb (节约15%)."""
    stripped = True
    while stripped and not window.endswith(_CHANGE_VERBS):
        stripped = False
        for word in _FILLERS:
            if window.endswith(word):
                window, stripped = window[: -len(word)], True
                break
    return window


def change_before(text: str, start: int) -> str | None:
    """'increase', 'decrease', or None: the change verb governing the number at `start`."""
    # a qualifier right before the number (不少于500个) is no comparison verb (少于)
    window = _strip_fillers(clause_before(text, start)[-WINDOW:])
    last = None
    for m in cues_in(window, DIRECTION_WORDS):
        last = m
    if last is not None:
        tail = window[last.end() :]
        if tail[:1] and tail[0] in TO_LEVEL:
            return None  # 提高到30%: the new level, not the change
        if not any(ch.isdigit() for ch in _NAME_DIGITS.sub("", _LISTED.sub("", tail))):
            return DIRECTION_WORDS[last.group()]
    return DIRECTION_CHARS.get(window[-1:]) if window else None


def direction_of(text: str, start: int) -> str | None:
    """The direction of the metric whose number starts at text[start]."""
    return change_before(text, start)
