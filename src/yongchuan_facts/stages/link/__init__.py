"""Link: a metric meets the time that governs it (`period.py`) and the words naming what it
measures (`indicator.py`); a change or share after a level takes the level's. Once the period
is known, the modality the annotate stage read from cue words is settled against the
document's structure and the period (`modality.py`). Figures read together are settled last:
the two ends of a range share what they measure, and the items of a 分别 list the qualifier
written once after the last or right after 分别 and its verb."""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter

import regex

from ...rules.dates.lexicon import RANGE_SEPARATORS
from ...rules.drafts import MetricDraft
from ...rules.metrics.cues import MONEY_DEFAULT
from ...rules.metrics.label import MONEY_UNITS, counted_label, money_label
from ...rules.metrics.lexicon import QUALIFIERS_AFTER, QUALIFIERS_BEFORE
from ...rules.ruleset import Candidate, Context
from ...schema.facts import DateFact
from .indicator import LIST_MARKS, IndicatorLinker, is_classifier, put_indicator
from .modality import modality_from_structure
from .period import PeriodLinker


def link_metrics(cands: list[Candidate], dates: list[DateFact], ctx: Context) -> None:
    """Set `period_start`/`period_end` and the indicator fields of each metric candidate."""
    if not cands:
        return
    periods = PeriodLinker(dates, ctx)
    indicators = IndicatorLinker(ctx)
    text = ctx.tm.text
    ordered = sorted(cands, key=_NORM_START)
    # each figure's successor's start: a noun read after a figure stops before the next one
    next_starts = [c.norm_start for c in ordered[1:]] + [len(text)]
    ranked = _RankedHeads(ctx)
    for c, next_start in zip(ordered, next_starts, strict=True):
        d = c.draft
        if type(d) is MetricDraft:  # its attributes: what the mapping view gives, read faster
            unit, modality, own_label = d.unit, d.modality, d.metric
        else:
            unit, modality, own_label = d["unit"], d.get("modality"), d.get("metric")
        p = periods.period(c.norm_start, c.norm_end, unit)
        fields = c.fields
        fields["period_start"], fields["period_end"] = p if p else (None, None)
        if modality is None:  # a rule's own modality stands
            fields["modality"] = modality_from_structure(c, p, ctx)
        span = indicators.span(c, unit, next_start)
        put_indicator(fields, span, ctx)
        if span is not None and own_label is None and fields["metric"] in _DEFAULT_LABELS:
            _relabel(fields, unit, text[span[0] : span[1]])
        ranked.see(c, span, next_start)
    marks = _marks_between(ordered, text)
    _share_range_indicators(ordered, marks)
    _share_list_qualifiers(ordered, marks, text)
    _share_leading_qualifiers(ordered, marks, text)


class _RankedHeads:
    """Counts split by rank before one head (培育6个世界级、7个国家级、9个区域级产业集群;
    新增2家千亿级、24家百亿级工业企业): a count whose noun is its rank alone, right before the
    next count of the list, counts the head the list ends in, not its rank (FACTS.md: figures
    listed under one noun phrase take it). Read as the figures come: only the counts of the
    run at hand are held, however long the text.

        >>> from yongchuan_facts import extract
        >>> [m.indicator for m in extract("培育6个世界级、7个国家级、9个区域级产业集群。").metrics]
        ['产业集群', '产业集群', '区域级产业集群']
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.text = ctx, ctx.tm.text
        self.pending: list[Candidate] = []  # the run's counts whose noun is a rank alone

    def see(self, c: Candidate, span: tuple[int, int] | None, next_start: int) -> None:
        """Take the next figure (in text order), its indicator span and the next one's start."""
        text = self.text
        if (span is not None and span[0] == c.norm_end and span[1] + 1 == next_start
                and text[span[1] : span[1] + 1] == "、"
                and _RANK.fullmatch(text, span[0], span[1]) is not None):
            self.pending.append(c)  # a rank alone: the run goes on after its 、
            return
        if self.pending and span is not None and span[0] == c.norm_end:
            rank = _RANK.match(text, span[0], span[1])
            if rank is not None and rank.end() < span[1]:  # the last: its noun past its rank
                for first in self.pending:
                    put_indicator(first.fields, (rank.end(), span[1]), self.ctx)
        self.pending.clear()


# a rank or a scale before a head (世界级, 国家级, 自治区级, 千亿级)
_RANK = regex.compile(r"\p{Han}{1,4}级")


def _marks_between(ordered: list[Candidate], text: str) -> bytearray:
    """What stands between each figure and the next, read once for the three passes below,
    which ask it of every pair: `_RANGE_MARK` where it is a range's mark (至, —), `_LIST_MARK`
    where a list's (、, 和), else 0. A byte a pair: no string held per figure on a long text."""
    marks = bytearray(max(0, len(ordered) - 1))
    for k, (a, b) in enumerate(pairwise(ordered)):
        if b.norm_start - a.norm_end <= _LONGEST_MARK:
            gap = text[a.norm_end : b.norm_start]
            marks[k] = ((_RANGE_MARK if gap in _RANGE_MARKS else 0)
                        | (_LIST_MARK if gap in LIST_MARKS else 0))
    return marks


_RANGE_MARK, _LIST_MARK = 1, 2


# the labels `_relabel` reads again: a count's and money's defaults, and firms, which a count in
# 家 is by default (概念验证中心、中试基地分别达到69家、107家: 107家 counts bases)
_DEFAULT_LABELS = frozenset({"count", "enterprise_count", MONEY_DEFAULT})


def _relabel(fields: dict[str, object], unit: str, indicator: str) -> None:
    """A label its clause gave by default, read again from the whole indicator (the annotate
    stage saw a window of the clause): a count labelled count takes the kind its noun ends in
    (5个百亿级…一体化项目: project_count); an amount labelled investment, the default of money,
    the money cue of its indicator, its own or the level's it follows (地区生产总值…，达到
    1.5万亿元: gdp; 带动消费791亿元: sales)."""
    label = fields["metric"]
    if label == "count" and is_classifier(unit):
        fields["metric"] = counted_label(indicator) or "count"
    elif label == "enterprise_count" and unit == "家" and "、" not in indicator:
        # (a list's head names its last item only: 跨国公司地区总部、外资研发中心 are not all
        # centres)
        fields["metric"] = counted_label(indicator) or label
    elif label == MONEY_DEFAULT and unit in MONEY_UNITS:
        fields["metric"] = money_label(indicator) or MONEY_DEFAULT


# What stands between the two ends of a range (1-2个主导产业, 8.5亿元至10亿元): the dates'
# separators, as the metric rules read a range
_RANGE_MARKS = frozenset(RANGE_SEPARATORS)
_INDICATOR_FIELDS = ("indicator_start", "indicator_end", "indicator")
_LONGEST_MARK = max(map(len, _RANGE_MARKS | LIST_MARKS))


def _share_range_indicators(ordered: list[Candidate], marks: bytearray) -> None:
    """The two ends of a range measure one thing: a count's ends take the noun the second end
    reads after itself (发展1-2个|主导产业), other ends the phrase before the first
    (投资|8.5亿元至10亿元)."""
    for k in range(len(marks)):
        if not marks[k] & _RANGE_MARK:
            continue
        first, second = ordered[k], ordered[k + 1]
        unit = second.draft.get("unit")
        if unit != first.draft.get("unit"):
            continue
        source, target = ((second, first) if unit is not None and is_classifier(unit)
                          else (first, second))
        if source.fields.get("indicator") is None:
            continue
        for name in _INDICATOR_FIELDS:
            target.fields[name] = source.fields[name]


# The items of a list under 分别 (分别增长4.5%、5.5%左右; 年均分别增长5%、8%以上): a qualifier
# after the last qualifies each of them, as the verb governs each
_RESPECTIVELY = "分别"
_RESPECTIVELY_REACH = 24  # how far before the first item 分别 may stand


def _share_list_qualifiers(ordered: list[Candidate], marks: bytearray, text: str) -> None:
    """Give each plain item of a 分别 list the qualifier written once after its last item."""
    for k in range(len(marks) - 1, -1, -1):
        if not marks[k] & _LIST_MARK:
            continue
        first, second = ordered[k], ordered[k + 1]
        after = text[second.norm_end : second.norm_end + 3]
        if not after.startswith(_TRAILING_QUALIFIERS):
            continue  # the second's qualifier is its own (约5.5%), or it has none
        if (first.fields.get("qualifier") != "exact" or first.draft.get("unit")
                != second.draft.get("unit")):
            continue
        clause_start = max(0, first.norm_start - _RESPECTIVELY_REACH)
        if _RESPECTIVELY not in text[clause_start : first.norm_start]:
            continue
        first.fields["qualifier"] = second.fields.get("qualifier", "exact")


_TRAILING_QUALIFIERS = tuple(QUALIFIERS_AFTER)


def _share_leading_qualifiers(ordered: list[Candidate], marks: bytearray, text: str) -> None:
    """Give each plain item of a 分别 list the qualifier written once before its first item,
    right after 分别 (分别超过98%、85%; 分别突破1.5万亿斤、1.4万亿斤): it governs each, as the
    verb does."""
    carried: str | None = None  # the qualifier of the list's first item, while the list runs
    for k in range(len(marks)):
        first, second = ordered[k], ordered[k + 1]
        if not marks[k] & _LIST_MARK or first.draft.get("unit") != second.draft.get("unit"):
            carried = None
            continue
        if carried is None:
            carried = _qualifier_after_respectively(first, text)
        if carried is not None and second.fields.get("qualifier") == "exact":
            second.fields["qualifier"] = carried


def _qualifier_after_respectively(c: Candidate, text: str) -> str | None:
    """The figure's qualifier when the word that gives it stands after 分别 and its verb
    (分别超过|98%, 分别增长约|4.5%)."""
    for word in _LEADING_QUALIFIERS:
        if text.endswith(word, 0, c.norm_start):
            j = c.norm_start - len(word)
            qualifier = QUALIFIERS_BEFORE[word]
            if (c.fields.get("qualifier") == qualifier
                    and _RESPECTIVELY_AND_VERB.search(text, max(0, j - 6), j) is not None):
                return qualifier
            return None
    return None


_LEADING_QUALIFIERS = tuple(sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
_RESPECTIVELY_AND_VERB = regex.compile(r"分别\p{Han}{0,4}$")  # 分别, 分别增长, 分别达到

_NORM_START = attrgetter("norm_start")  # the sort key c.norm_start, without a lambda call
