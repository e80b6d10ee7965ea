"""Direction of a change: `increase` (增长, 提高, 新增 …) or `decrease` (下降, 减少, 节约 …).

    >>> direction_of("，同比增长15.4%", 5), direction_of("高于GDP增速6.8个百分点", 9)
    ('increase', None)

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
# Words that may sit between a single-character verb and its number (同比增长了约5%).
_FILLERS = sorted([*QUALIFIERS_BEFORE, "了", "达"], key=len, reverse=True)


def _strip_fillers(window: str) -> str:
    stripped = True
    while stripped:
        stripped = False
        for word in _FILLERS:
            if window.endswith(word):
                window, stripped = window[: -len(word)], True
                break
    return window


def change_before(text: str, start: int) -> str | None:
    """'increase', 'decrease', or None: the change verb governing the number at `start`."""
    window = clause_before(text, start)[-WINDOW:]
    last = None
    for m in cues_in(window, DIRECTION_WORDS):
        last = m
    if last is not None:
        tail = window[last.end() :]
        if tail[:1] and tail[0] in TO_LEVEL:
            return None  # 提高到30%: the new level, not the change
        if not any(ch.isdigit() for ch in _LISTED.sub("", tail)):
            return DIRECTION_WORDS[last.group()]
    head = _strip_fillers(window)
    return DIRECTION_CHARS.get(head[-1:]) if head else None


def direction_of(text: str, start: int) -> str | None:
    """The direction of the metric whose number starts at text[start]."""
    return change_before(text, start)
