"""Modality: `target` (a goal, plan or forecast) or `actual` (reached, reported).

    >>> text = "力争到2022年，入园企业达到400家，从业人员3万人。目前已有企业365家。"
    >>> [modality_in(text, text.index(n), PlanSections(text)) for n in ("400", "3万", "365")]
    ['target', 'target', 'actual']

A target cue (力争, 计划, 预计, a future 将, 到2025年 …; cues.py) reaches over the rest of its
sentence, until a word that says the figure is reached (目前, 已有, 截至 …). A future 将 later
in the number's own clause counts too (近1000名学生将进入园区就业). A plan section — the
paragraph that says 下一步 and the enumerated paragraphs after it (一是…, “6”是…) — is target
throughout, as gold 000 reads its "1+6" plan.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right

import regex

from ..patterns import one_of
from ..ruleset import Context
from .cues import (
    ACTUAL_WORDS,
    DONE_VERBS,
    FUTURE_JIANG_VERBS,
    PLAN_OPENERS,
    TARGET_NOUNS,
    TARGET_WORDS,
)
from .windows import SENTENCE_ENDS, Literals, end_of, start_of

_FUTURE_JIANG = rf"(?<!即)将(?={one_of(FUTURE_JIANG_VERBS)})|即将"
_BY_YEAR = r"到(?P<year>20\d\d)年|到[“\"]?十[一二三四五六七八九]五"
# Plan-document nouns are tried first (longest first), so 行动计划 hides its 计划.
_TARGET = regex.compile(
    rf"(?P<noun>{one_of(TARGET_NOUNS)})|{one_of(TARGET_WORDS)}|{_FUTURE_JIANG}|{_BY_YEAR}"
)
_AFTER = regex.compile(rf"{_FUTURE_JIANG}|预计|有望")
# A completed verb (引进了, 建成了) says the figure is reached, whatever goal came before it.
# A time word that is the base of a comparison says nothing of the figure: 预计增长6%、较去年
# 提高1个百分点 · 比目前翻一番 stay targets.
_ACTUAL = regex.compile(rf"(?<![较比])(?:{one_of(ACTUAL_WORDS)})|{one_of(DONE_VERBS)}了")
# Words one of which every match of _TARGET (or _ACTUAL) holds: a sentence with none of them
# has no match, found by one Aho-Corasick pass instead of trying the alternation at each
# character (9 sentences in 10 have none; issue 11). tests/property checks they are complete.
_TARGET_ANCHORS = Literals([*TARGET_NOUNS, *TARGET_WORDS, "将", "到2", "到十", "到“十", "到\"十"])
_AFTER_ANCHORS = Literals(["将", "预计", "有望"])
_ACTUAL_ANCHORS = Literals([*ACTUAL_WORDS, *(f"{verb}了" for verb in DONE_VERBS)])
_MODAL_ANCHORS = Literals(_TARGET_ANCHORS.words | _AFTER_ANCHORS.words | _ACTUAL_ANCHORS.words)
_ENUMERATOR = regex.compile(
    r"[“\"]?(?:[一二三四五六七八九十]+是|\d+[”\"]|[一二三四五六七八九十]+、|\d+[、.]"
    r"|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[，,、是])"
)
_OPENER_WORDS = Literals(PLAN_OPENERS)
assert not any("\n" in word for word in PLAN_OPENERS), "an opener lies in one paragraph"


def _is_target_cue(m: regex.Match[str], reference_date: dt.date | None) -> bool:
    # named groups read one by one: a `groupdict()` per match cost a dict each (issue 11)
    if m.group("noun"):
        return False
    year = m.group("year")
    return not (year and reference_date and int(year) < reference_date.year)


class PlanSections:
    """The spans of a text that are a plan: from 下一步 to the last enumerated paragraph."""

    def __init__(self, text: str, reference_date: dt.date | None = None) -> None:
        self.spans: list[tuple[int, int]] = []
        self.reference_date = reference_date
        opened = False
        pos = 0
        openers = _first_openers(text)
        k = 0
        for para in text.split("\n"):
            start, end = pos, pos + len(para)
            pos = end + 1
            while k < len(openers) and openers[k] < start:
                k += 1
            if k < len(openers) and openers[k] < end:
                self.spans.append((openers[k], end))
                opened = True
            elif opened and self._continues(para):
                self.spans.append((start, end))
            elif para.strip():
                opened = False

    def _continues(self, para: str) -> bool:
        if _ENUMERATOR.match(para.strip()):
            return True
        return any(_is_target_cue(m, self.reference_date) for m in _TARGET.finditer(para))

    def __contains__(self, pos: int) -> bool:
        # spans are sorted and disjoint: the last one starting at or before `pos` is the only
        # candidate (testing them all, for every metric, was O(n²) on a long text)
        k = bisect_right(self.spans, (pos, math.inf)) - 1
        return k >= 0 and pos < self.spans[k][1]


def _first_openers(text: str) -> list[int]:
    """Where the first opener word of each paragraph holding one starts, in order: where a
    search for any of them (a regex alternation) in that paragraph matches. One automaton pass
    over the text, not the alternation in each paragraph (issue 11); no word holds a line
    break, so each lies in one paragraph, and its occurrences come paragraph by paragraph."""
    firsts: list[int] = []
    line_end = -1  # where the paragraph of the last start kept ends
    for start, _ in _OPENER_WORDS.occurrences(text):
        if start > line_end:  # the first occurrence seen in a later paragraph
            firsts.append(start)
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
        elif start < firsts[-1]:  # a longer word, ending later, that starts earlier
            firsts[-1] = start
    return firsts


def _target_before(text: str, start: int, reference_date: dt.date | None) -> bool | None:
    """True/False when the sentence before the number settles it, None when it says nothing."""
    sentence = text[start_of(text, start, SENTENCE_ENDS) : start]
    cues = [m for m in _target_matches(sentence) if _is_target_cue(m, reference_date)]
    actual = list(_ACTUAL.finditer(sentence)) if _ACTUAL_ANCHORS.occur_in(sentence) else []
    if cues and not (actual and actual[-1].start() > cues[-1].start()):
        return True
    return False if actual else None


def _target_matches(sentence: str) -> list[regex.Match[str]]:
    """`list(_TARGET.finditer(sentence))`, the pattern tried only where a match can start (a
    regex alternation tried at every character cost 3 µs a sentence, issue 11): where an
    anchor word starts (a target word or noun, 将, 到2 …), or one before a 将 (即将). Each
    alternative of `_TARGET` starts so, and trying in text order from the last match's end
    finds the matches `finditer` finds. `sentence` is bounded (`start_of`'s reach)."""
    starts = set()
    for start, word in _TARGET_ANCHORS.occurrences(sentence):
        starts.add(start)
        if word == "将" and start:
            starts.add(start - 1)
    found: list[regex.Match[str]] = []
    end = 0
    for p in sorted(starts):
        if p >= end and (m := _TARGET.match(sentence, p)) is not None:
            found.append(m)
            end = m.end()
    return found


def modality_of(ctx: Context, start: int, end: int) -> str:
    """'target' or 'actual' for the number at ctx.tm.text[start:end] (normalized offsets)."""
    sections = ctx.structure.news_plan(ctx.reference_date)  # built once per document
    return modality_in(ctx.tm.text, start, sections, end)


def modality_in(text: str, start: int, sections: PlanSections, end: int | None = None) -> str:
    """'target' or 'actual' for the number at text[start:end]."""
    before = _target_before(text, start, sections.reference_date)
    if before is not None:
        return "target" if before else "actual"
    end = start if end is None else end
    after = text[end : end_of(text, end)]
    if _AFTER_ANCHORS.occur_in(after) and _AFTER.search(after):
        return "target"
    return "target" if start in sections else "actual"


def says_nothing(sentence: str) -> bool:
    """Whether a sentence holds no word of a target cue, a reached figure or a future (none
    of `_MODAL_ANCHORS`). Then `modality_in` of a figure inside it reads nothing before or
    after it, and only its plan part decides, as long as the sentence holds all it reads:
    its sentence up to the number (which starts at the sentence's start or later) and the
    clause after it (which ends at the sentence's end or earlier).

        >>> says_nothing("全区实现营收139亿元"), says_nothing("力争到2025年实现营收200亿元")
        (True, False)
    """
    return not _MODAL_ANCHORS.occur_in(sentence)
