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

A verb governs every item of a list it heads (分别增长4.2%和6.1%, 新增科技型中小企业7227家、
高新技术企业3200家, 增长5%—5.5%): the items before ours are skipped over, however long the
list, as long as what is left between the verb and our number is within the window (新增 reaches
further: the long noun of what is new). A streak (增长16.4%、连续18个月保持两位数增长) is no item
of the list, and neither is an item that states its own level (…、城镇调查失业率控制在5.5%).

    >>> direction_of("分别增长4.2%和6.1%", 9)
    'increase'
    >>> direction_of("新增企业7227家、高新技术企业3200家", 16)
    'increase'
    >>> direction_of("投资增长16.4%、连续18个月", 12)
    >>> direction_of("分別下降1.2和0.8个百分点", 8)
    'decrease'
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .cues import DIRECTION_CHARS, DIRECTION_WORDS, IMPROVES_BY_FALLING, NOT_AN_ITEM, TO_LEVEL
from .lexicon import QUALIFIERS_BEFORE
from .windows import CueTable, Literals, clause_before

WINDOW = 16
# 新增 opens a long noun of what is new, often with its own modifiers (新增年销售收入超亿元的
# 农业产业化龙头企业100家, 新增打造“四融一共”和美乡村先行村500个): it reaches further.
NEW_ITEMS_VERBS = frozenset({"新增", "净增"})
NEW_ITEMS_WINDOW = 32
# How far back a verb heading a list may be (its items are skipped, see _LISTED).
LIST_WINDOW = 120
# Numbers listed before ours under the same verb do not block it: 提高0.9、5.9个百分点 ·
# 分别增长4.2%和6.1% · 增长5%—5.5% · 新增企业7227家、高新技术企业3200家 · 新增9家国家卓越级
# 智能工厂、38家… (a unit and the noun counted, at most twelve characters, then a list or range
# separator).
_ITEM_ENDS = "、和及与—-–~～至到"  # a list or range separator after an item
_LISTED = regex.compile(
    r"(?<![\d.,])\d[\d.,]*+[余多]?[万亿千百]*[余多]?(?:%|个百分点|[^\d、，。；：！？,;:\s]{0,12}?)"
    rf"(?:以上|左右)?[{regex.escape(_ITEM_ENDS)}]"
)
_DIRECTION = CueTable(DIRECTION_WORDS)
# one automaton pass a gap, not a substring test a word (issue 11)
_NOT_AN_ITEM = Literals(NOT_AN_ITEM)
# A change verb closing a quoted slogan (“千村引领、万村提升”工程) names a programme.
_CLOSE_QUOTES = "”」』\""
# Digits inside names (新增5G基站500个, L4级) are no number between the verb and ours.
# Starts only at a word's start, possessive: linear on a long digit run (benchmarks/regex_review).
_NAME_DIGITS = regex.compile(
    r"(?<![A-Za-z\d])(?:[A-Za-z]++\d++[A-Za-z\d]*+|\d++[A-Za-z][A-Za-z\d]*+)"
)
# Words that may sit between a single-character verb and its number (同比增长了约5%).
_FILLERS = sorted([*QUALIFIERS_BEFORE, "了", "达"], key=len, reverse=True)


_CHANGE_VERBS = tuple(w for w, d in DIRECTION_WORDS.items() if d)


# The last characters of the fillers: a window ending in none of them has no filler to drop
# (one set lookup, where trying each of the 25 fillers cost 25 `endswith` per metric).
_FILLER_ENDS = frozenset(word[-1] for word in _FILLERS)


def _strip_fillers(window: str) -> str:
    """Drop qualifiers and 了/达 before the number, but never the end of a verb (节约15%)."""
    stripped = True
    while stripped and window[-1:] in _FILLER_ENDS and not window.endswith(_CHANGE_VERBS):
        stripped = False
        for word in _FILLERS:
            if window.endswith(word):
                window, stripped = window[: -len(word)], True
                break
    return window


def change_before(text: str, start: int, clause: str | None = None) -> str | None:
    """'increase', 'decrease', or None: the change verb governing the number at `start`;
    `clause` is `clause_before(text, start)` when the caller has it already."""
    if clause is None:
        clause = clause_before(text, start)
    # a qualifier right before the number (不少于500个) is no comparison verb (少于)
    whole = clause[-LIST_WINDOW:]
    window = _strip_fillers(whole)
    found = _DIRECTION.matches(window)
    if found:
        _, last_end, verb = found[-1]
        tail = window[last_end:]
        if _own_level(tail, whole[len(window) :]):
            return None
        if tail[:1] and tail[0] in TO_LEVEL:
            return None  # 提高到30%: the new level, not the change
        if tail[:1] and tail[0] in _CLOSE_QUOTES:
            return DIRECTION_CHARS.get(window[-1:]) if window else None
        if _governs(verb, tail):
            if verb == "改善" and not any(w in window for w in IMPROVES_BY_FALLING):
                return None  # 水质改善5个百分点: up or down, the text does not say
            return DIRECTION_WORDS[verb]
    return DIRECTION_CHARS.get(window[-1:]) if window else None


# A later item of a list that says its own level is no item of the change (城镇新增就业47万人、
# 城镇调查失业率控制在5.5%以内; 新增装机4178万千瓦、总装机达9157万千瓦; 咖啡产值增长3倍、
# 精深加工率85%): a level verb before it, or a rate or a share as its noun.
_LEVEL_WORDS = ("达", "控制在", "超过", "突破", "稳定在", "保持在")
_LIST_MARKS = frozenset(_ITEM_ENDS)
_RATE_NOUNS = ("率", "比重", "占比", "比例")


def _own_level(tail: str, fillers: str) -> bool:
    """Whether our number, after items listed under the verb, says a level of its own: a
    level word just before it (`fillers`, dropped from the window) or in its own stretch, or
    a rate noun right before it."""
    if _LIST_MARKS.isdisjoint(tail):  # (no split: a listed item ends in one of these)
        return False  # no item listed before ours: 增长达到15% is the change
    last = _LISTED.split(tail)
    if len(last) < 2:
        return False
    own = last[-1]
    return (fillers.startswith(_LEVEL_WORDS) or any(w in own for w in _LEVEL_WORDS)
            or own.endswith(_RATE_NOUNS))


@lru_cache(maxsize=4096)  # a pure function of two short strings, most often "" or a noun
def _governs(verb: str, tail: str) -> bool:
    """Whether the verb reaches the number across `tail`: each stretch between the verb, the
    listed items and our number is short, holds no other number and starts no new predicate."""
    gaps = _LISTED.split(tail)
    gaps[0] = verb + gaps[0]
    for k, gap in enumerate(gaps):
        rest = _NAME_DIGITS.sub("", gap)
        reach = NEW_ITEMS_WINDOW if k == 0 and verb in NEW_ITEMS_VERBS else WINDOW
        if len(rest) > reach or any(ch.isdigit() for ch in rest):
            return False
    return not any(_NOT_AN_ITEM.occur_in(gap) for gap in gaps)


# A negative value (-22.2%, 负40%, 增长-3.1%) is a fall: the value stays positive (FACTS.md).
_MINUS = "-−－负"
# Words that end in 负 without a minus: 减负1000亿元 (a burden lifted), 胜负, 担负, 肩负 …
_NOT_MINUS_BEFORE_FU = "减胜担抱辜欺自重肩背"
_RANGE_HEAD = regex.compile(r"(?:[\dA-Za-z][^\d，。；：、,;:\s]{0,4}|[-—–~～至到])$")


def negative(text: str, start: int) -> bool:
    """Whether the number at text[start] carries a minus sign: `-22.2%`, `负40%`, but not the
    second bound of a range (`10-15%`) or a code (`A-3`).

        >>> negative("增速为-22.2%", 4), negative("10-15%", 3), negative("负增长", 1)
        (True, False, False)
        >>> negative("增速4.5%-5%", 8), negative("3万-5万元", 3)
        (False, False)
        >>> negative("利润负40%", 3), negative("为企业减负1000亿元", 6)
        (True, False)
    """
    if not start or text[start - 1] not in _MINUS or not text[start : start + 1].isdigit():
        return False
    before = text[start - 2 : start - 1]
    if text[start - 1] == "负":
        return not (before and before in _NOT_MINUS_BEFORE_FU)
    # a dash right after a number and its unit closes a range: 4.5%-5%, 3万-5万元, 2020-2025
    return not _RANGE_HEAD.search(text, max(0, start - 8), start - 1)


def direction_of(text: str, start: int, clause: str | None = None) -> str | None:
    """The direction of the metric whose number starts at text[start] (`clause`: see
    `change_before`)."""
    if negative(text, start):
        return "decrease"
    return change_before(text, start, clause)
