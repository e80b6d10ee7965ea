"""The period of a metric: the stretch of time its figure describes (FACTS.md).

    >>> from yongchuan_facts import extract
    >>> fs = extract("2021年，全区实现营收139亿元，增长15%。目前，已有企业365家。",
    ...              reference_date="2022-08-25")
    >>> [(m.text, str(m.period_start), str(m.period_end)) for m in fs.metrics]
    [('139亿元', '2021-01-01', '2021-12-31'), ('15%', '2021-01-01', '2021-12-31'), \
('365家', '2022-08-25', '2022-08-25')]

The time that governs a figure is looked for in this order:
1. its own sentence, before it: the nearest time expression (a date fact, already resolved,
   or an as-of-now word: 目前, 现有, 现已, 至今 …; `截至` is in the date's range already, and
   `…以来` runs from the date to the reference date);
2. a span of years opening an earlier sentence of its paragraph (`…。五年来，…。一是…`);
   else the lead-in of its paragraph: a time in the paragraph's opening clause (`2021年，…`,
   `去年，…`); in a report's section, the part the paragraphs are in (`过去的五年…`,
   `一年来，…`, `刚刚过去的2025年…`) carries on to the paragraphs after it; a plan's last
   year (`到2030年`) under the plan (`“十五五”时期`) is the plan's span;
3. its section: the time in the heading (`三、2026年重点工作`), or this year for the
   paragraph of a report's main targets (`主要预期目标`).
Under a span of years (五年来, 十四五), a flow (新增, 累计, 年均增长, 建成 …) takes the span and a
level its last year; a level verb after an earlier figure makes the next one a level (新增…48家、
总量达122家). A plan still running sets its levels for its last year too (到2030年…城镇化率达到69%),
while the parts of its outline (提出28个主要指标) and what happens during it (`“十四五”期间`) take
the whole span. A date that only dates a name (`于2021年9月建成投用的…系统`), is the
base of a comparison (`比2020年下降`, `较“十三五”同期`, `高于“十三五”时期`) or names a plan that
ended or opened (`“十四五”圆满收官`) governs nothing; the base year of a change dates only the
figures it starts from (`由2020年的7.2%提升至7.4%`: 7.4% is not 2020's). Under a span, what is
counted as events or visits adds up over it (`67次`, `4500万人次`). With nothing found, the
period is null.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field

import ahocorasick
import regex

from ...rules.metrics.cues import COMPARISON_VERBS
from ...rules.ruleset import Context
from ...schema.facts import DateFact
from ..structure import _bounds, lead_in_region

Period = tuple[dt.date, dt.date]
# How far back a figure's own sentence and clause are read: text without punctuation (OCR
# tables, hostile input) must not cost O(n) per figure.
MAX_REACH = 300

# As of now (FACTS.md): the reference date, one day. 至今 only when it is not 截至今年.
_NOW = regex.compile(r"截至目前|截止目前|目前|现有|现已|至今(?!年)|当前|如今|迄今|到现在|当下")
# Parts of a review (relative to the reference year: a report delivered in 2026 reviews 2025
# and 2021–2025).
_FIVE_YEARS = regex.compile(r"五年来|过去五年|过去的五年|5年来|这五年")
_ONE_YEAR = regex.compile(r"过去一年|过去的一年|一年来")
# A review part headed by what the five years were (这是综合经济实力显著提升的五年。): the span, as
# 这五年; looked for only where 的五年 is (str.find), and not 未来的五年, which has no 这是
_THIS_WAS_FIVE_YEARS = regex.compile(r"这是[^，。；,;！？!?\n]{2,30}?的五年")
# The three in one scan: what finditer of each finds, since no word of one overlaps a word of
# another (none ends with a character another's word starts with, none holds another's).
_TIME_WORDS = regex.compile(
    f"(?P<now>{_NOW.pattern})|(?P<five>{_FIVE_YEARS.pattern})|(?P<one>{_ONE_YEAR.pattern})")
# Flows over a span: they accumulate over it (a level is reached at its end).
FLOW_WORDS = regex.compile(
    r"新增|净增|累计|年均|新建|扩建|新设|新登记|新开工|新开通|获批|实施|建成(?!区)|入选|跻身|完成|治理|造林|"
    r"筹集|开挖|疏浚|修复|重组|引进|培育|共建|牵头建设|布局|推出|办理|改造|改善|承担|审查|提请|"
    r"开工|建设(?!示范|试点|先行|和|与|及)|获(?!得)|(?:提高|下降|增长|减少|降低|增加|提升|上升)(?![到至值])|"
    # laws and rules made, events held or met, trains run, people reached over the span (制定、
    # 修改、废止省政府规章45件, 成功举办2届亚欧博览会, 有效应对50个热带气旋, 开行中欧班列721列,
    # 惠及居民约21万户)
    r"制定|修改|修订|废止|出台|举办|召开|应对|开行|惠及|创建|"
    # results produced, people or firms recognised, deals brokered, trains sent through, rules
    # issued, housing raised, hazards removed, reforms copied (形成72项省级制度创新成果, 认定省级
    # 高层次人才1.26万人, 促成138个合作项目, 始发、过境中欧班列超过7.4万列, 发布…事项2964件,
    # 筹建保障性租赁住房9.56万套, 消除…易积水点位29处, 复制推广…经验267项)
    r"形成|认定|促成|始发|过境|发布|筹建|消除|复制推广|落户|"
    # what was built up, formed, supplied or named (打造16条省级重点产业链, 组建600个城乡
    # 学校共同体, 为24个省份保供电煤, 13个县被命名为…示范区). Not 认证, which opens nouns
    # (认证绿色食品…农产品总数突破4000个: a stock)
    r"打造|组建|保供|命名|"
    # one-off events that befell the things counted (5300多栋楼宇拔地而起, 13个大模型通过国家
    # 备案, 9个国家区域医疗中心开诊运营, 18家企业上市, 21个县摘帽, 23个项目竣工)
    r"拔地而起|备案|验收|投产|开诊|晋级|上市(?!公司|企业)|竣工|摘帽|"
    # lines opened, posts added, people elected, credit granted (40条高速公路相继开通, 增设…,
    # 当选…院士, 授信5700亿元)
    r"开通|增设|当选|授信"
)
_LAST_FLOW_WORD = regex.compile(FLOW_WORDS.pattern, regex.REVERSE)  # the one nearest the figure
# A level verb after another figure, with no figure after it: the figure at the end of the
# window is what that verb reached (有机质增长6.1%、达到27克/千克; 累计净增…155万户、总量达474万户),
# while a flow word with no figure between it and the figure is the figure's own (累计完成投资达到
# 500亿元: a flow over the span). 在建 is a state at the end (建成过江通道4座、在建8座).
_LEVEL_AFTER_A_FIGURE = regex.compile(
    r"\d[^\d]*(?:达|在建|突破|超过|稳定在|保持在|控制在|[提增升降跃扩]\w?[至到]|整合至)[^\d]*$")
_BASE = regex.compile(r"(?:比|较|与|同)$")
_BASE_CHARS = ("比", "较", "与", "同")  # the strings of one character `_BASE` matches
# a time compared with (年均增长4.5%，高于“十三五”时期1.2个百分点): a base too
_COMPARED_WITH = frozenset(COMPARISON_VERBS)
_OPENING_QUOTES = frozenset("“‘\"'")
_LAST_SENTENCE = regex.compile(r"[。！？!?\n]")
_NAME_DATE_AFTER = regex.compile(r"^[^，。；,;]{0,12}的")
# A time that says when something was approved or laid out, as a modifier (…批复的): it dates
# the things, not the figure. 批覆 is its traditional spelling: 覆 is a simplified letter too
# (覆盖), which the normalizer cannot fold
_APPROVED_THEN = regex.compile(r"[”\"]?(?:批[复覆]|批准|获批|确定|规划|布局|启动|建成|投用)的")


# A plan named as what ended or opened (“十四五”圆满收官, 实现“十五五”良好开局): the
# figures after it in the sentence are the year's at hand, not the plan's span. (收官之年,
# 开局之年 name one year, which a nearer time says: 2025年是“十四五”收官之年.)
_PLAN_ENDS_OR_OPENS = regex.compile(
    r"[”’\"']?(?:规划)?(?:圆满|顺利|胜利|良好|全面|精彩|高质量)?(?:收官|开局|起步)")


@dataclass(frozen=True, slots=True)
class Time:
    """A time expression in the normalized text and the days it names."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    what: str = "date"  # 'date', 'now', 'since', 'span' (a review part)
    # a span of years (五年来, “十五五”时期): a field, not a property, asked for most figures
    multi_year: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "multi_year", self.first.year != self.last.year)

    @property
    def period(self) -> Period:
        return self.first, self.last


def times_of(dates: list[DateFact], ctx: Context) -> list[Time]:
    """The time expressions of the document, sorted: its date facts and its time words."""
    tm, ref, text = ctx.tm, ctx.reference_date, ctx.tm.text
    found: list[Time] = []
    for d in dates:
        if d.date_start is None or d.date_end is None or d.rule == "iso_datetime":
            continue  # unresolved, or a dateline (page furniture)
        s, e = tm.norm_index(d.start), tm.norm_index(d.end - 1) + 1
        if _governs_nothing(text, s, e):
            continue
        if text.startswith("以来", e):
            if ref is not None:
                found.append(Time(s, e + 2, d.date_start, max(ref, d.date_start), "since"))
            continue
        found.append(Time(s, e, d.date_start, d.date_end))
    if ref is not None:
        y = ref.year - 1
        now: list[Time] = []
        five: list[Time] = []
        one: list[Time] = []
        for group, start, end in time_words(text):  # `_TIME_WORDS.finditer(text)`
            if group == "now":
                now.append(Time(start, end, ref, ref, "now"))
            elif group == "five":
                five.append(Time(start, end, dt.date(y - 4, 1, 1), dt.date(y, 12, 31), "span"))
            else:
                one.append(Time(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31), "span"))
        if "的五年" in text:
            five += [Time(m.start(), m.end(), dt.date(y - 4, 1, 1), dt.date(y, 12, 31), "span")
                     for m in _THIS_WAS_FIVE_YEARS.finditer(text)]
        found += now + five + one  # in this order: sorted stably below
    return sorted(found, key=lambda t: (t.start, -t.end))


# `_TIME_WORDS` found by an Aho-Corasick automaton: one pass in C over the text finds every
# occurrence of every word, about twice as fast as the regex's scan (issue 11); `time_words`
# then picks what finditer picks. The words are read from the three patterns, each a list of
# literal words, one (至今) with a character that may not follow it.
_LITERAL_WORD = regex.compile(r"(\w+)(?:\(\?!(\w)\))?")


def _words_of(group: str, pattern: regex.Pattern[str]) -> list[tuple[str, str, str]]:
    """(word, the character that may not follow it or "", group) for each alternative."""
    words = []
    for alternative in pattern.pattern.split("|"):
        m = _LITERAL_WORD.fullmatch(alternative)
        if m is None:
            raise ValueError(f"{alternative!r} is no literal word: time_words cannot find it")
        words.append((m[1], m[2] or "", group))
    return words


# in the order `_TIME_WORDS` tries them at a position
_TIME_WORD_LIST = (_words_of("now", _NOW) + _words_of("five", _FIVE_YEARS)
                   + _words_of("one", _ONE_YEAR))
_LONGEST_TIME_WORD = max(len(w) for w, _, _ in _TIME_WORD_LIST)


def _time_word_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for i, (word, _, _) in enumerate(_TIME_WORD_LIST):
        if automaton.exists(word):
            raise ValueError(f"{word!r} twice in the time words")
        automaton.add_word(word, i)
    automaton.make_automaton()
    return automaton


_TIME_WORD_AUTOMATON = _time_word_automaton()


def time_words(text: str) -> Iterator[tuple[str, int, int]]:
    """(group, start, end) of each match of `_TIME_WORDS.finditer(text)`, in order: the
    regex tries each position from the left, the words in their order, takes the first that
    matches and goes on after it. So of the words found at a position (a word not followed by
    its forbidden character), the first in order; and of those, each that starts at or after
    the end of the one taken before. An occurrence is decided once no later one (they come by
    their last character) can start before it: a few are held at a time, however long the text."""
    held: list[tuple[int, int]] = []  # (start, word index), sorted, not decided yet
    taken_end = 0
    for last, i in _TIME_WORD_AUTOMATON.iter(text):
        word, not_before, _ = _TIME_WORD_LIST[i]
        if not_before and text[last + 1 : last + 2] == not_before:
            continue  # 至今年: the lookahead fails
        insort(held, (last + 1 - len(word), i))
        earliest_next = last + 1 - _LONGEST_TIME_WORD  # no later one starts before this
        while held and held[0][0] < earliest_next:
            start, i = held.pop(0)
            if start >= taken_end:
                taken_end = start + len(_TIME_WORD_LIST[i][0])
                yield _TIME_WORD_LIST[i][2], start, taken_end
    for start, i in held:
        if start >= taken_end:
            taken_end = start + len(_TIME_WORD_LIST[i][0])
            yield _TIME_WORD_LIST[i][2], start, taken_end


def _ends_plan(t: Time, span: Time, ref: dt.date | None) -> bool:
    """Whether `t` is the last year of a plan still to run (到2030年 under “十五五”时期): the
    plan says it too, and also what is over its whole span (年均增长5%). Not a year under
    a span reviewed (2025年 under “十四五”时期…回顾 is that year's)."""
    return (ref is not None and span.multi_year and not t.multi_year and t.last == span.last
            and span.last >= ref)


def _letters_before(text: str, s: int, n: int) -> str:
    """The `n` letters before a time at `s`, past an opening quote (较“十三五”同期: 较).

        >>> _letters_before("较“十三五”同期", 2, 1), _letters_before("由2020年", 1, 1)
        ('较', '由')
    """
    opens = s - 1 if text[s - 1 : s] in _OPENING_QUOTES else s
    return text[max(0, opens - n) : opens]


def _governs_nothing(text: str, s: int, e: int) -> bool:
    """The base of a comparison (比2020年), a date inside a title (《…2020年行动计划》), or one
    that dates a name (于2021年9月建成投用的…系统)."""
    if _letters_before(text, s, 1) in _BASE_CHARS:  # what `_BASE` finds in that character
        return True
    if _letters_before(text, s, 2) in _COMPARED_WITH:  # 高于“十三五”时期1.2个百分点
        return True
    window = text[max(0, s - 30) : s]
    if "《" in window:  # (without one, no title is open: no split)
        before = _LAST_SENTENCE.split(window)[-1]  # a title is in one sentence
        if before.rfind("《") > before.rfind("》"):
            return True
    if _APPROVED_THEN.match(text, e):  # “十四五”批复的6个沙戈荒大基地: when they were approved
        return True
    if _PLAN_ENDS_OR_OPENS.match(text, e):  # “十四五”圆满收官，…全年生产总值…: an event of it
        return True
    if text.startswith("远景目标", e):  # 实现2035年远景目标: the goals' name, not a time
        return True
    return text[s - 1 : s] == "于" and bool(_NAME_DATE_AFTER.match(text[e : e + 14]))


class PeriodLinker:
    """Finds the period of each figure of one document (see the module doc for the order)."""

    def __init__(self, dates: list[DateFact], ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.tm.text
        self.st = ctx.structure
        self.times = times_of(dates, ctx)
        self._starts = [t.start for t in self.times]
        # each paragraph's lead-in, by index, filled forward from 0 (a list: a dict of a
        # million paragraphs cost 100 bytes each)
        self._carried: list[Time | None] = []
        # the time of each section's heading, by the heading's span (what `_in_section` reads)
        self._headed: dict[tuple[int, int], Time | None] = {}
        # the span opening an earlier sentence of its paragraph, by a sentence's start; where
        # the spans of years start
        self._openings: dict[int, Time | None] = {}
        self._spans = [t for t in self.times if t.multi_year]
        self._span_starts = [t.start for t in self._spans]

    def period(self, start: int, end: int, unit: str) -> Period | None:
        """The period of the figure at text[start:end] (normalized offsets), or None."""
        t = self.governing(start)
        if t is None:
            return None
        # (a substring test first: 年均 is before one figure in twenty, a regex call each cost
        # as much as the rest of the period)
        if (t.what == "date" and not t.multi_year
                and "年均" in self.text[max(0, start - 8) : start]
                and _ANNUAL_AVERAGE.search(self.text, max(0, start - 8), start)):
            t = self._span_ending(start, t)  # 从2020年的…增长到2025年的…，年均增长6.5%
        if t.what in ("now", "since"):
            return t.period
        if self._level_before_a_past_change(t, start, end):
            # 五年来，…从0.94万家增加到1.55万家: 0.94万家 is where the span started, the year
            # before its first (2020); under one year, the year before (由729万人增加到…: 2024)
            year = t.first.year - 1
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if t.first.year == t.last.year:
            return t.period
        if (unit == "year" or self._is_flow(start, end) or self._counts_events(start, unit)
                or _DURING.match(self.text, t.end)):
            return t.period  # a flow over the span, the span's own duration, or `…期间`
        ref = self.ctx.reference_date
        if ref is not None and t.last >= ref and self._counts_plan_parts(start, end):
            return t.period  # the plan's own parts (提出28个主要指标), not a level it sets
        return dt.date(t.last.year, 1, 1), t.last  # a level reached (or set for) its end

    def _level_before_a_past_change(self, t: Time, start: int, end: int) -> bool:
        """The figure is where a change in a past time started, its year unwritten: after
        从/由 with no time between (分别从771家、481家增加到…), before the change's verb."""
        ref = self.ctx.reference_date
        if ref is None or t.last.year >= ref.year or t.what not in ("date", "span"):
            return False  # a target's base is today's level, not the year before its time
        text, near = self.text, max(0, start - _FROM_LETTERS - 1)
        if text.find("从", near, start) < 0 and text.find("由", near, start) < 0:
            return False  # (what `_FROM_BEFORE` needs, by two literal searches: most figures)
        c0 = max(self.st.clause(start)[0], start - _FROM_REACH)
        return (_FROM_BEFORE.search(self.text, c0, start) is not None
                and _CHANGE_TO_AFTER.match(self.text, end) is not None
                # a time of its own sentence dates the change's ends as it says (占比由2020年的
                # 7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%: 20.5% is 2020's too)
                and self._in_sentence(start) is None)

    def _span_ending(self, pos: int, year: Time) -> Time:
        """The span of years of the paragraph or the section that ends in `year` (an annual
        average is over the span, not its last year), else `year` itself."""
        k = self.st.paragraph_index(pos)
        lead = self._lead_in(k) if k >= 0 else None  # (rare: no fast path for a memo read)
        for span in (lead, self._in_section(pos)):
            if span is not None and span.multi_year and span.last == year.last:
                return span
        return year

    def governing(self, pos: int) -> Time | None:
        """The time expression that governs a figure at `pos`, or None."""
        own = self._in_sentence(pos)
        if own is not None:
            return own
        k = self.st.paragraph_index(pos)
        if k < 0:
            return None
        spans = self._span_starts  # a span of years before it in the paragraph, or no
        j = bisect_left(spans, pos)  # opening to read (most figures: no call)
        opening = (self._sentence_opening(k, pos)
                   if j and spans[j - 1] >= self.st.paragraphs.starts[k] else None)
        if 0 <= self.st.paragraphs.targets[k] <= pos:  # 主要预期目标: this year's, unless
            if opening is not None:  # the paragraph says its own (“十五五”时期…的主要目标是)
                return opening
            ref = self.ctx.reference_date
            if ref is None:  # this year unknown: the year its section is headed by, if any
                return self._in_section(pos)
            return Time(pos, pos, dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31))
        carried = self._carried  # a lead-in read already: no call (most figures have none)
        lead = carried[k] if k < len(carried) else self._lead_in(k)
        lead = lead or self._in_section(pos)
        ref = self.ctx.reference_date
        chosen = (lead if opening is None or (lead and _ends_plan(opening, lead, ref))
                  else opening)
        if (chosen is not None and not chosen.multi_year and ref is not None
                and chosen.last >= ref):  # (a plan's year: no section read for the review's)
            section = self._in_section(pos)  # 到2030年 in a part headed “十五五”时期…
            if section is not None and _ends_plan(chosen, section, ref):
                return section
        return chosen

    def _sentence_opening(self, k: int, pos: int) -> Time | None:
        """The span of years that opens the latest sentence of paragraph `k` before the one
        holding `pos`, the paragraph's own first sentence included: a sentence led by a span
        scopes the sentences after it (2025年目标任务顺利完成。五年来，…。一是…年均增长5.2%:
        the five years). A year opening a sentence mid-paragraph dates that sentence alone
        (…。2025年林下经济总面积202万亩。建成350个美丽乡村: the five years'). None when no
        sentence before opens with a span."""
        lo = self.st.paragraphs.starts[k]
        sentence_start = self.st.sentence(pos)[0]
        if sentence_start in self._openings:  # the figures of a sentence share it
            return self._openings[sentence_start]
        found = None
        spans = self._spans
        i = bisect_left(self._span_starts, sentence_start) - 1
        while i >= 0 and spans[i].start >= lo:  # the spans of years only, latest first
            t = spans[i]
            i -= 1
            if self._opens_its_sentence(t, lo):
                found = t
                break
        self._openings[sentence_start] = found
        return found

    def _between(self, lo: int, hi: int) -> list[Time]:
        """Times that start in [lo, hi)."""
        return self.times[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def _in_sentence(self, pos: int) -> Time | None:
        s0 = max(self.st.sentence(pos)[0], pos - MAX_REACH)
        # `_between(s0, pos + 1)`, read in place (no list made: most sentences have no time)
        starts, times = self._starts, self.times
        before = passed = None
        for i in range(bisect_left(starts, s0), bisect_left(starts, pos + 1)):
            t = times[i]
            if pos < t.end:
                return t  # the figure is inside it: 五年来 is its own span
            if self._base_passed(t, pos):
                passed = t
            else:
                before = t  # the last one that ends before the figure
        if passed is not None and self.text[pos - 1 : pos] in _FROM_A_BASE and (
                before is None or before.end < passed.start):
            return passed  # 由2020年的7.2%提升至7.4%，…占比由|20.5%提升至21.1%: a base, as that one
        return before

    def _base_passed(self, t: Time, pos: int) -> bool:
        """Whether `t` is where a change starts from (由2020年的7.2%提升至7.4%) and the figure
        at `pos` lies past the 至/到 that ends the change: the base dates its own figure, not
        the level reached, nor what the sentence says after it (FACTS.md: in 从2020年的X提高到
        2022年的Y, X takes 2020 and Y 2022)."""
        if _letters_before(self.text, t.start, 1) not in _FROM_A_BASE:
            return False
        between = self.text[t.end : pos]
        return "至" in between or "到" in between

    def _lead_in(self, k: int) -> Time | None:
        """The time opening paragraph `k` or, in a report's section, the latest paragraph
        before it that opens with one (a part of the review: 过去的五年…, 一年来…). Memoized
        and filled forward, so a document costs one walk over its paragraphs."""
        for j in range(len(self._carried), k + 1):
            self._carried.append(self._own_lead_in(j) or self._carried_from(j))
        return self._carried[k]

    def _own_lead_in(self, k: int) -> Time | None:
        paras = self.st.paragraphs
        lo, hi = lead_in_region(self.text, paras.starts[k], paras.ends[k])
        # the first time that starts in it: in a long opening clause, one that starts in its
        # first characters (刚刚过去的2025年是…具有重要里程碑意义的一年, 5 + 5 letters)
        starting = self._between(lo, hi) if hi > lo else []
        return starting[0] if starting else None

    def _carried_from(self, k: int) -> Time | None:
        """The previous paragraph's lead-in, when both stand in one section of a report."""
        paras = self.st.paragraphs  # read from its arrays: no `Paragraph` (and lead-in) made
        start = paras.starts[k]
        if k == 0 or start in paras.heading_starts:
            return None
        sec = self.st.section_at(start)
        if sec is None or paras.starts[k - 1] < sec.start:
            return None
        return self._last_opening(k - 1) or self._carried[k - 1]

    def _last_opening(self, k: int) -> Time | None:
        """The span of years opening the last sentence of paragraph `k` that opens with one,
        after its first sentence: the scope in force where the paragraph ends, which carries
        on (山东's 2025年是“十四五”收官之年。五年来，…: the ——parts after it are the five
        years'). None when no later sentence opens with a span."""
        lo, hi = self.st.paragraphs.starts[k], self.st.paragraphs.ends[k]
        i = bisect_left(self._span_starts, hi) - 1
        if i < 0 or self._spans[i].start < lo:
            return None  # no span of years in the paragraph (most paragraphs)
        first_end = _bounds(self.st._sentence_ends, lo, len(self.text))[1]
        while i >= 0 and self._spans[i].start > first_end:
            t = self._spans[i]
            i -= 1
            if self._opens_its_sentence(t, lo, whole=True):
                return t
        return None

    def _opens_its_sentence(self, t: Time, lo: int, whole: bool = False) -> bool:
        """Whether span `t` opens its sentence (at most a few letters before it, no base
        marker, no other time before it), the sentence taken within the paragraph from `lo`;
        with `whole`, as nearly all of its opening clause (五年来，, “十五五”时期，; not 出台
        “十五五”支持…的政策措施，, which dates a title). Its bounds are read without moving the
        structure's one-sentence cache (the figure's own sentence, which the other readers of
        this figure ask for next)."""
        s0, s1 = _bounds(self.st._sentence_ends, t.start, len(self.text))
        r0, r1 = lead_in_region(self.text, max(s0, lo), s1)
        return (r0 <= t.start < min(r1, r0 + _OPENING_REACH)
                and (not whole or _ENDS_ITS_CLAUSE.match(self.text, t.end) is not None)
                and self.text[t.start - 1 : t.start] not in _FROM_A_BASE
                and not self._between(r0, t.start))

    def _in_section(self, pos: int) -> Time | None:
        sec = self.st.section_at(pos)
        if sec is None:
            return None
        heading = sec.heading
        if heading not in self._headed:  # the same for every figure of the section
            found = self._heading_times(heading)
            if not found:
                # a numbered section under a part title without a number (“十五五”时期主要目标
                # 和2026年重点工作 / 三、全力抓好七项重点工作): the title's last time, the one
                # its sections detail
                part = self._part_title_before(sec.start)
                found = self._heading_times(part)[-1:] if part is not None else []
            self._headed[heading] = found[0] if found else None
        return self._headed[heading]

    def _heading_times(self, heading: tuple[int, int]) -> list[Time]:
        return [t for t in self._between(*heading) if t.end <= heading[1]]

    def _part_title_before(self, start: int) -> tuple[int, int] | None:
        """The heading of the nearest section before `start` that has no number (a part's
        title), when every section between is numbered; None if there is none."""
        for sec in reversed(self.st.sections):
            if sec.start >= start:
                continue
            if not sec.numbered:
                return sec.heading
        return None

    def _counts_plan_parts(self, start: int, end: int) -> bool:
        """The figure counts parts of a plan's outline, named after it or right before it."""
        return (_PLAN_CONTENTS.match(self.text, end) is not None
                or self.text[start - 2 : start] in _PLAN_PARTS)

    def _counts_events(self, start: int, unit: str) -> bool:
        """A count of events or visits (有效应对67次区域暴雨, 成功举办2届亚欧博览会), unless its
        clause makes it a yearly or monthly level (年接待游客超过8亿人次, 月访问量稳定在…)."""
        if unit not in _EVENT_UNITS:
            return False
        c0 = max(self.st.clause(start)[0], start - MAX_REACH)
        return _PER_PERIOD_OR_LEVEL.search(self.text, c0, start) is None

    def _is_flow(self, start: int, end: int) -> bool:
        """A flow word in the clause before the figure or right after it, up to a break
        (19家企业战略性重组). A flow word that belongs to an earlier figure of the clause, with a
        level verb after that figure, leaves this one a level (新增上市公司48家、总量达122家)."""
        c0 = max(self.st.clause(start)[0], start - MAX_REACH)
        flow = _LAST_FLOW_WORD.search(self.text, c0, start)
        if flow is not None:
            # the two levels of a change from one to the other are levels, whatever verb
            # stands before them (认定跨国公司地区总部…从771家增加到1076家)
            return (_LEVEL_AFTER_A_FIGURE.search(self.text, flow.end(), start) is None
                    and _FROM_ONE_LEVEL_TO_ANOTHER.search(
                        self.text, flow.end(), end + _TO_REACH) is None)
        after = _AFTER.match(self.text, end)
        return after is not None and any(
            w.group() not in _NOUNS_AFTER for w in FLOW_WORDS.finditer(after.group()))


# The start of a change whose level is the figure: 从/由, then no time and no end of the change
# before it (从|0.94万家, 分别从771家、|481家); and the change's verb after it, before the clause
# ends (0.94万家|增加到1.55万家)
# the verb of a change to a level: 增加到, 提高至, 下降到, 整合为 …
_CHANGE_TO = r"(?:[增提升降扩跃减缩]\w?|整合|拓展)[到至为]"
_FROM_LETTERS = 16  # the letters `_FROM_BEFORE` allows between 从 or 由 and the figure
_FROM_BEFORE = regex.compile(rf"(?:从|由)[^，。；！？,;!?\n到至年]{{0,{_FROM_LETTERS}}}$")
_CHANGE_TO_AFTER = regex.compile(rf"[^，。；！？,;!?\n到至]{{0,16}}?{_CHANGE_TO}")
_FROM_REACH = 24
# A change from one level to another (从771家、481家增加到1076家、636家; 由162个整合为123个):
# its figures are the levels before and after, never what a flow verb before them made
_FROM_ONE_LEVEL_TO_ANOTHER = regex.compile(rf"(?:从|由)[^，。；！？,;!?\n]*?{_CHANGE_TO}")
_TO_REACH = 12  # how far after the figure the change's verb may stand (从771家、481家|增加到)


# Flow words that, after the figure and its noun, name the work on it rather than do it (7所
# 高校“双一流”创建深入推进: the creation goes on; not created over the span)
_NOUNS_AFTER = frozenset({"创建", "建设"})
# What is said of a figure after it, up to a break (ASCII too: news from HK and Taiwan); over
# the counts listed with it, which share its verb (16所高校、48个学科入选“双一流”)
_AFTER = regex.compile(
    r"[^，、；。！？,;!?\n]{0,12}(?:、[\d.]+[万亿]?[个所家项座条处批名][^，、；。！？,;!?\n]{0,12})*")
# Units that count events or visits: what they count adds up over a span, never a level at its
# end (应对…67次区域暴雨, 接待游客2300万人次)
_EVENT_UNITS = frozenset({"次", "人次", "届", "场", "场次", "艘次", "架次", "车次", "批次"})
# …counted per year or month, or reached as a level: 年接待, 年度旅客吞吐量, 月访问量, 日均,
# 突破, 稳定在 (the level verbs of `_LEVEL_AFTER_A_FIGURE`)
_PER_PERIOD_OR_LEVEL = regex.compile(r"[年月]|日均|达|突破|稳定在|保持在")
# An average over the years, right before the figure (年均增长6.5%, 年均增速超20%)
_ANNUAL_AVERAGE = regex.compile(r"年均[^，。；\d]{0,6}$")
# A time opens a sentence when at most a few letters stand before it (刚刚过去的2025年, 这五年),
# and not as the base a change starts from (人均GDP从2020年的5.2万元提高到…)
_OPENING_REACH = 6
# What follows a span of years that makes its opening clause (五年来|，, “十五五”|”时期，)
_ENDS_ITS_CLAUSE = regex.compile(r"[”’\"']?(?:规划)?(?:时期|期间|以来|来)?[，,：:]")
_FROM_A_BASE = frozenset("从由较比")
# `“十四五”期间` is "during" the plan: what it governs happened, or is to happen, over the whole
# span (期间汇集企业500家), where `“十四五”时期` also heads the levels reached at its end.
_DURING = regex.compile(r"[”’\"']?(?:期间|期內|期内)")
# What a plan's own outline counts (提出28个主要指标, 从5方面, 安排了18个领域的重点任务,
# 以下8个方面, 约束性指标9项): parts of the plan, for its whole span, not a level set for its
# last year
_PLAN_PARTS = ("指标", "方面", "领域", "维度", "任务", "举措", "措施")
_PLAN_CONTENTS = regex.compile(rf"[^，。；,;\n]{{0,6}}?(?:{'|'.join(_PLAN_PARTS)})")
