"""Metric labels: what a number measures, from its unit and the nearest cue word (cues.py).

    >>> label_of("CNY", "，实现营收139亿元，", 5, 11)
    'revenue'
    >>> label_of("家", "引进10余家人工智能企业", 2, 6)
    'enterprise_count'

- area, length and time units are their own label; physical units are `count`;
- money: the nearest money cue to the left in the clause (实现营收), else the noun after it
  (设立2亿元数字文创产业基金), else `investment`; a rate (元/平方米) is a `price`;
- %: a change (增长15.4%) is `growth_rate`, else 占/比重 → share, …率 and a proportion with no whole
  named (优良天数比例, 植被盖度) → rate, 指数 → index;
  percentage points are `growth_rate` (a difference of two rates);
- a count: the noun right after it (83个大数据项目) or else the nearest noun to its left in the
  clause (入园企业达到400家). Counts of people (人, 名, 位) are employment or people_count.
"""

from __future__ import annotations

from .cues import (
    COUNT_CUES,
    GENERIC_MONEY_HEADS,
    MONEY_CUES,
    MONEY_DEFAULT,
    NOT_NOUNS,
    PERCENT_CUES,
    PERSON_CUES,
    PROPORTION_OF_A_WHOLE,
    PROPORTIONS,
)
from .direction import change_before, negative
from .lexicon import CURRENCIES
from .windows import (
    LIST_SEPARATORS,
    NOUN_BEFORE,
    CueTable,
    clause_before,
    noun_after,
)

UNIT_LABELS: dict[str, str] = {
    "m**2": "area", "m": "length", "second": "duration", "minute": "duration",
    "hour": "duration", "day": "duration", "week": "duration", "month": "duration",
    "year": "duration", "percentage_point": "growth_rate",
}
PERSON_UNITS = frozenset({"人", "名", "位", "人次"})
# Classifiers that count what is done for firms, never the firms (提供服务64.8万项, 服务企业超过
# 628万次, 办理企业诉求1.3万件): a firm is counted in 家, 户 or 个. (A count of people, 人次
# included, reads the person cues, which name no firms.)
NOT_FIRMS = frozenset({"项", "次", "件", "条", "笔", "场"})
PHYSICAL_UNITS = frozenset({"kW", "kWh", "t", "kg", "m**3", "TEU", "GWh", "MW", "EFLOPS",
                            "PFLOPS", "斤"})
MONEY_UNITS = frozenset(CURRENCIES.values())  # the canonical units of money (CNY, USD …)
_MONEY, _PERCENT = CueTable(MONEY_CUES), CueTable(PERCENT_CUES)
# Days counted as things (优良天数增加25天, 重污染日数减少3天): the noun is a count of days.
_COUNTED_DAYS = tuple(f"{noun}{verb}" for noun in ("天数", "日数")
                      for verb in ("", "增加", "减少", "达到", "达", "为", "增加了", "减少了"))


def label_of(unit: str, text: str, start: int, end: int, *, clause: str | None = None,
             changes: bool | None = None) -> str:
    """The metric label of the number at text[start:end] (normalized text) in `unit`.

    The annotate stage passes what it already read for the direction, to read it once:
    `clause`, `clause_before(text, start)`; `changes`, whether `direction_of(text, start)` found
    a change."""
    if unit in ("day", "month") and _clause(text, start, clause).endswith(_COUNTED_DAYS):
        return "count"  # 优良天数增加25天: a number of days counted, not a span of time
    if unit in UNIT_LABELS:
        return UNIT_LABELS[unit]
    if "/" in unit:
        # money per unit (元/平方米) is a price; a concentration (µg/m**3) is counted stuff
        return "price" if unit.split("/")[0] in MONEY_UNITS else "count"
    if unit in MONEY_UNITS:
        return _money_label(text, start, end, _clause(text, start, clause))
    if unit == "percent":
        return _percent_label(text, start, _clause(text, start, clause), changes)
    if unit in PHYSICAL_UNITS:
        return "count"
    return _count_label(unit, text, start, end, _clause(text, start, clause))


def _clause(text: str, start: int, clause: str | None) -> str:
    return clause_before(text, start) if clause is None else clause


def _money_label(text: str, start: int, end: int, clause: str) -> str:
    before = _money_cue_before(clause)
    if before is not None and not clause.endswith(_SIZE_WORDS):
        return before
    # a size with no measure named before it is the size of the thing after it, when that
    # names one (设立规模100亿元的数字经济产业基金: investment); else of an industry
    return _MONEY.last(noun_after(text, end, "的以上左右")) or before or MONEY_DEFAULT


# what sizes the thing named after the amount: 规模100亿元的…基金 (a generic money head, right
# before the amount)
_SIZE_WORDS = tuple(GENERIC_MONEY_HEADS)


def _money_cue_before(clause: str) -> str | None:
    """The nearest money cue; a generic head (规模) yields to a specific cue before it:
    出口规模达8536亿元 → trade, 基金集群规模超2000亿元 → investment, 产业规模 → output_value."""
    words = [word for _, _, word in _MONEY.matches(clause)]
    if not words:
        return None
    specific = [w for w in words if w not in GENERIC_MONEY_HEADS]
    if words[-1] in GENERIC_MONEY_HEADS and specific:
        return MONEY_CUES[specific[-1]]
    return MONEY_CUES[words[-1]]


def _percent_label(text: str, start: int, clause: str, changes: bool | None) -> str:
    if changes is None:
        changes = negative(text, start) or change_before(text, start, clause) is not None
    if changes:
        return "growth_rate"  # a negative percent is a fall (-22.2%, 负40%)
    return _percent_level(clause)


def _percent_level(clause: str) -> str:
    """The label of a level in % from the cue nearest the figure (`CueTable.last`), a
    proportion read as a share where its clause names its whole.

        >>> _percent_level("空气质量优良天数比例达"), _percent_level("占GDP比例达")
        ('rate', 'share')
    """
    words = _PERCENT.matches(clause)
    if not words:
        return "share"
    nearest = words[-1][2]
    if nearest in PROPORTIONS and any(w in clause for w in PROPORTION_OF_A_WHOLE):
        return "share"
    return PERCENT_CUES[nearest]


# Built once: words in NOT_NOUNS hide the cues inside them (see windows.CueTable.last).
_PERSON_TABLE = {**PERSON_CUES, **NOT_NOUNS}
_COUNT_TABLE = {**COUNT_CUES, **NOT_NOUNS}
_PERSON, _COUNT = CueTable(_PERSON_TABLE), CueTable(_COUNT_TABLE)
_COUNT_SIZES = sorted({len(word) for word in _COUNT_TABLE}, reverse=True)
_COUNT_LAST = frozenset(word[-1] for word in _COUNT_TABLE)


def _count_label(unit: str, text: str, start: int, end: int, clause: str) -> str:
    table = _PERSON if unit in PERSON_UNITS else _COUNT
    found = table.last(noun_after(text, end)) or table.last(_noun_before(clause))
    if found == "enterprise_count" and unit in NOT_FIRMS:
        return "count"  # 服务企业创新需求3061项, 办理企业诉求1.3万件: services, not firms
    if found:
        return found
    if unit in PERSON_UNITS:
        return "people_count"
    return "enterprise_count" if unit == "家" else "count"


def money_label(noun: str) -> str | None:
    """The label of an amount by the words naming what it measures, when they hold a money
    cue: the link stage reads it from the indicator, which may come from an earlier clause
    (地区生产总值跨越3个千亿元台阶，达到1.5万亿元) where the amount's own clause has none.

        >>> money_label("地区生产总值"), money_label("产业基金集群规模"), money_label("规模")
        ('gdp', 'investment', None)

    A size alone (规模) says nothing of what is sized: no label then. Otherwise the last
    specific cue, which is what `_money_cue_before` gives when there is one.
    """
    specific = [w for _, _, w in _MONEY.matches(noun) if w not in GENERIC_MONEY_HEADS]
    return MONEY_CUES[specific[-1]] if specific else None


def counted_label(noun: str) -> str | None:
    """The label of a count by the noun it counts, when the noun ends in a cue (its head):
    the link stage reads it from the whole indicator, where the window after a count stopped
    short of the head (5个百亿级绿色氢基能源一体化项目, 196个“两重”项目). A cue inside the
    noun is a modifier (每万人口…发明专利拥有量, 组织企业参加…活动).

        >>> counted_label("百亿级绿色氢基能源一体化项目"), counted_label("每万人口发明专利")
        ('project_count', None)
    """
    # the longest word of the table the noun ends in, a lookup per length (the automaton's
    # matches, read to find the last one, cost more); a word mapped to None hides the cue
    # inside it, as the matches do (NOT_NOUNS)
    if noun[-1:] not in _COUNT_LAST:  # (most nouns: no word of the table ends as they do)
        return None
    for size in _COUNT_SIZES:
        if noun[-size:] in _COUNT_TABLE and len(noun) >= size:
            return _COUNT_TABLE[noun[-size:]]
    return None


def _noun_before(clause: str) -> str:
    """The last `NOUN_BEFORE` characters of the clause, after its last list separator: the
    clause as `clause_before(…, ends + LIST_SEPARATORS)` reads it (the same walk stopping at
    one more character; issue 11: one backward scan per metric, not two). Cutting the last
    characters first and then at a separator gives the same text, in fewer steps."""
    left = clause[-NOUN_BEFORE:]
    for sep in LIST_SEPARATORS:
        left = left[left.rfind(sep) + 1 :]
    return left
