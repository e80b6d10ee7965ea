"""The document's structure, computed once per document and shared by every stage.

    >>> from yongchuan_facts.normalization.textmap import normalize
    >>> raw = ("一、2025年工作回顾\\n过去一年，生产总值增长5%。\\n"
    ...        "二、2026年重点工作\\n今年预期目标：增长5%左右。")
    >>> st = Structure(normalize(raw))
    >>> t = st.tm.text
    >>> [(s.kind, t[s.heading[0]:s.heading[1]]) for s in st.sections]
    [('review', '一、2025年工作回顾'), ('plan', '二、2026年重点工作')]
    >>> st.section_at(t.index("增长5%")).kind, st.section_at(t.index("增长5%左")).kind
    ('review', 'plan')
    >>> t[slice(*st.clause(t.index("5%")))]
    '生产总值增长5%'

What it holds, in normalized offsets:
- sentences (ending at 。！？ or a paragraph break) and clauses (also at ，；：);
- paragraphs: the normalized text's lines, further cut where a raw line is a heading (the
  normalizer joins a heading that ends without punctuation to the line after it), each with the
  end of its opening clause, where a lead-in time stands (`2021年，…`, `去年，…`, `截至6月底，…`);
- sections: a heading (`一、2025年工作回顾`, `三、2026年重点工作`, `二、“十五五”时期主要目标任务`)
  and the paragraphs up to the next heading, `review` or `plan` by its words; a news page's plan
  part (`下一步`…) and a work report's targets paragraph (`主要预期目标`) are plan parts too.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from heapq import merge
from itertools import pairwise
from typing import Any

import regex

from ..normalization.chars import fold
from ..normalization.textmap import HAN_ORDINAL, LINE_BREAKS, TextMap
from ..rules.dates.lexicon import PLAN_PERIODS

# the stdlib `re`: a class of a few literal characters is a bitmap (C speed over a long text)
_LINE_BREAK = re.compile("\r\n|[" + re.escape(LINE_BREAKS) + "]")
_OTHER_BREAK = re.compile("[" + re.escape(LINE_BREAKS.replace("\n", "")) + "]")
_SENTENCE_END = regex.compile(r"[。！？!?\n]")
# an ASCII comma ends a clause unless it is a thousands separator (1,000)
_CLAUSE_END = regex.compile(r"[，；：。！？!?;:\n]|,(?!(?<=\d,)\d)")
# The same ends found faster (`_clause_ends`): the stdlib `re` scans a class of literal characters a
# few times faster than `regex`, and the rare ASCII comma is judged on its own with `_DIGIT`
# (the `regex` module's \d, as in `_CLAUSE_END`).
_SENTENCE_CHARS = re.compile(r"[。！？!?\n]")
_CLAUSE_CHARS = re.compile(r"[，；：。！？!?;:\n]")
_DIGIT = regex.compile(r"\d")
# A heading: an enumerated short line (一、… （一）is a topic inside a part, not a part).
_NUMERAL = f"{HAN_ORDINAL}+"
_HEADING = regex.compile(rf"^\s*(?:{_NUMERAL}、|第{_NUMERAL}部分)(?P<title>[^。！？]{{2,40}})$")
# A title line of a part without an enumerator (“十四五”时期发展成就和2025年工作回顾).
_HEADING_CHARS = 60  # a heading line is short …
_SPACED_HEADING = 2 * _HEADING_CHARS  # … and twice as long letter-spaced
# Spaces in a heading line are layout unless they part two Latin words (一 、 工 作 回 顾)
# (any space: no-break, ideographic, thin, a tab)
_LAYOUT_SPACE = regex.compile(r"[^\S\n]+(?![A-Za-z])|(?<![A-Za-z])[^\S\n]+")
_BARE_HEADING = regex.compile(
    r"^\s*(?P<title>[^。！？，]{4,36}(?:回顾|目标任务|重点工作|工作安排|主要任务))\s*$")
# (取得新进展新成效: what was achieved, 福建's 一、一年接着一年干，新福建建设持续取得新进展新成效)
_REVIEW_WORDS = regex.compile(r"回顾|成就|过去|工作总结|取得[^，。]{0,6}?(?:进展|成效)")
_PLAN_WORDS = regex.compile(r"目标|任务|重点工作|安排|举措|主要考虑|展望")
# A report's paragraph of this year's targets.
TARGET_PHRASES = ("主要预期目标", "主要目标是", "预期目标是", "预期目标为")
TARGETS = regex.compile("|".join(TARGET_PHRASES))
# Each phrase holds 目标 once: its matches are found from the occurrences of 目标 by str.find (C
# speed), where the overlapped regex scan tried every position of the text (`_target_spans`).
_TARGET_KEY = "目标"
_TARGETS_BY_OFFSET = sorted(
    {p.index(_TARGET_KEY): tuple(q for q in TARGET_PHRASES if q.index(_TARGET_KEY) == p.index(
        _TARGET_KEY)) for p in TARGET_PHRASES}.items(), reverse=True)
assert all(p.count(_TARGET_KEY) == 1 for p in TARGET_PHRASES)
# A lead-in clause is short: 2021年， · 截至2022年6月底， · 刚刚过去的2025年很不平凡。
_LEAD_MAX = 20
_LEAD_HEAD = 8
_VOCATIVE = regex.compile(r"各位代表[！!，,：:]?|同志们[！!，,]?")
_LEAD_END = regex.compile(r"[，,：:。！？；\n]")
# A news paragraph names its source before its time: 记者从市经信局获悉，今年1至10月，… ·
# 据了解，今年以来，… · 市统计局数据显示，前三季度，… The source clause (a verb of learning or
# showing at its end) is skipped as a vocative is, so the time after it leads the paragraph.
# Not one that holds a year or month: 2022年统计公报显示，… is led by its own 2022年.
_SOURCE_VERBS = ("获悉", "据悉", "了解到", "据了解", "得知", "获知", "显示", "表明", "介绍", "透露",
                 "据统计")
_ATTRIBUTION = regex.compile(
    rf"[^，,：:。！？；\n年月]{{0,30}}?(?:{'|'.join(_SOURCE_VERBS)})[，,：:]")
# the last letters of those verbs, and how far the clause's mark may be (30 + a verb + 1)
_SOURCE_LAST = frozenset(verb[-1] for verb in _SOURCE_VERBS)
_SOURCE_REACH = 30 + max(len(verb) for verb in _SOURCE_VERBS) + 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    lead_in: tuple[int, int]  # its opening clause, where a lead-in time stands (may be empty)
    heading: bool = False
    targets: int | None = None  # where it states the main targets (主要预期目标), if it does


@dataclass(frozen=True, slots=True)
class Section:
    start: int
    end: int
    heading: tuple[int, int]
    kind: str | None  # 'review', 'plan' or None
    numbered: bool = False  # 三、… or 第二部分… (a part's own title has no number)


class Structure:
    """Sentences, clauses, paragraphs and sections of one normalized text (see module doc)."""

    def __init__(self, tm: TextMap) -> None:
        self.tm = tm
        text = tm.text
        # arrays, not lists of int objects: a million tiny sentences cost 8 MB, not 36 MB
        self._sentence_ends = array("q", map(re.Match.start, _SENTENCE_CHARS.finditer(text)))
        self._clause_ends = _clause_ends(text)
        # the last sentence and clause asked for: the figures of one sentence ask in a row
        self._sentence = self._clause = (1, 0)  # holds no position
        headings = self._headings()
        self.paragraphs = self._paragraphs(headings)
        self._para_starts = self.paragraphs.starts
        self.sections = self._sections(headings)
        self._section_starts = [s.start for s in self.sections]
        self._news_plan: tuple[dt.date | None, Any] | None = None
        self._parts: dict[tuple[int, int | None], str | None] = {}  # part_at, by section
        # the last part_at answer and the stretch [lo, hi) of positions it holds for, with its
        # reference year: the figures of a paragraph ask in a row (`part_at`)
        self._last_part: tuple[int, int, int | None, str | None] = (1, 0, None, None)

    # --- sentences and clauses ------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `pos`; end is its boundary's index."""
        last = self._sentence
        if last[0] <= pos <= last[1]:  # `_bounds` gives every pos in [start, end] the same
            return last
        # `_bounds(self._sentence_ends, pos, n)` in place: a call less per new sentence
        ends = self._sentence_ends
        k = bisect_right(ends, pos - 1)
        last = self._sentence = (ends[k - 1] + 1 if k > 0 else 0,
                                 ends[k] if k < len(ends) else len(self.tm.text))
        return last

    def clause(self, pos: int) -> tuple[int, int]:
        """(start, end) of the clause holding `pos`."""
        last = self._clause
        if last[0] <= pos <= last[1]:
            return last
        ends = self._clause_ends  # `_bounds` in place, as in `sentence`
        k = bisect_right(ends, pos - 1)
        last = self._clause = (ends[k - 1] + 1 if k > 0 else 0,
                               ends[k] if k < len(ends) else len(self.tm.text))
        return last

    # --- paragraphs and sections ----------------------------------------------------------------
    def paragraph_index(self, pos: int) -> int:
        """Index in `paragraphs` of the paragraph holding `pos` (-1 before the first)."""
        return bisect_right(self._para_starts, pos) - 1

    def targets_from(self, pos: int) -> int:
        """Where the targets phrase of the paragraph holding `pos` starts, or -1 (none, or
        before the first paragraph): the paragraph's `targets` without making the `Paragraph`
        (its lead-in is a regex search; this is asked once per metric, issue 11)."""
        k = self.paragraph_index(pos)
        return self.paragraphs.targets[k] if k >= 0 else -1

    def paragraph_at(self, pos: int) -> Paragraph | None:
        k = self.paragraph_index(pos)
        return self.paragraphs[k] if k >= 0 else None

    def section_at(self, pos: int) -> Section | None:
        k = bisect_right(self._section_starts, pos) - 1
        if k >= 0 and pos < self.sections[k].end:
            return self.sections[k]
        return None

    def news_plan(self, reference_date: dt.date | None) -> Any:
        """A news page's plan part: from 下一步 (今后, 接下来 …) through the enumerated
        paragraphs after it (`rules/metrics/modality.PlanSections`), built once per document."""
        if self._news_plan is None or self._news_plan[0] != reference_date:
            from ..rules.metrics.modality import PlanSections  # the rules sit below

            self._news_plan = (reference_date, PlanSections(self.tm.text, reference_date))
        return self._news_plan[1]

    def is_report(self) -> bool:
        """A work report's layout: a review part under a heading."""
        return any(s.kind == "review" for s in self.sections)

    def part_at(self, pos: int, reference_year: int | None = None) -> str | None:
        """'review' or 'plan' for a position in a report's parts, else None. In a report, every
        section after its first plan section is plan too (四、加强政府自身建设), and a paragraph
        that states the main targets (主要预期目标) is plan from that phrase on, wherever it
        stands (an excerpt may put it right after the review). With `reference_year`, a heading
        naming a year from then on or a plan period still to come (“十五五”开好局) is plan."""
        lo, hi, year, part = self._last_part
        if lo <= pos < hi and year == reference_year:  # no bisects for the next figure
            return part
        part, lo, hi = self._part_and_stretch(pos, reference_year)
        self._last_part = (lo, hi, reference_year, part)
        return part

    def _part_and_stretch(self, pos: int, reference_year: int | None
                          ) -> tuple[str | None, int, int]:
        """`part_at(pos)` and the stretch [lo, hi) around `pos` where it is the same: the
        positions with the same paragraph, the same side of its targets phrase and the same
        section (the only things it reads)."""
        starts, far = self._para_starts, len(self.tm.text) + 1
        k = bisect_right(starts, pos) - 1  # `paragraph_index`
        lo = starts[k] if k >= 0 else -1
        hi = starts[k + 1] if k + 1 < len(starts) else far
        targets = self.paragraphs.targets[k] if k >= 0 else -1  # `targets_from`
        if 0 <= targets <= pos:
            return "plan", max(lo, targets), hi
        if targets > pos:
            hi = targets
        j = bisect_right(self._section_starts, pos) - 1
        if j + 1 < len(self._section_starts):
            hi = min(hi, self._section_starts[j + 1])
        if j < 0:
            return None, lo, hi
        sec = self.sections[j]
        if pos >= sec.end:
            return None, max(lo, sec.end), hi
        key = (j, reference_year)
        part = self._parts.get(key, _UNKNOWN)
        if part is _UNKNOWN:  # the same for every figure of the section: read once
            part = self._parts[key] = self._section_part(sec, reference_year)
        return part, max(lo, sec.start), min(hi, sec.end)

    def _section_part(self, sec: Section, reference_year: int | None) -> str | None:
        if sec.kind is not None:
            return sec.kind
        if reference_year is not None and _future_heading(
                self.tm.text[sec.heading[0] : sec.heading[1]], reference_year):
            return "plan"
        earlier = [s.kind for s in self.sections if s.start < sec.start]
        return "plan" if "plan" in earlier and self.is_report() else None

    # --- building -------------------------------------------------------------------------------
    def _headings(self) -> list[tuple[int, int, str, bool]]:
        """(norm start, norm end, title, whether it is numbered) of each heading line of the
        raw text."""
        found = []
        raw, tm = self.tm.raw, self.tm
        for start, stop in _lines(raw):  # not raw.split: a million lines, one string at a time
            # no heading holds a 。(one search at C speed spares most lines the folding)
            if stop - start > _SPACED_HEADING or raw.find("。", start, stop) >= 0:
                continue
            # the raw line's layout, its characters folded as every rule reads them (1:1; a
            # tenth of the cost of folding the whole text): 工作回顧 reads as 工作回顾
            line = fold(raw[start:stop])
            line = _LAYOUT_SPACE.sub("", line)  # letter-spaced (一 、 工 作 回 顾): layout
            if len(line) > _HEADING_CHARS:
                continue
            numbered = _HEADING.match(line)
            m = numbered or _BARE_HEADING.match(line)
            if m is None:
                continue
            whole = raw[start:stop]  # the span from the raw line, whatever was read of it
            s, e = tm.norm_index(start + (len(whole) - len(whole.lstrip()))), tm.norm_index(
                start + len(whole.rstrip()))
            if e > s:
                found.append((s, e, m["title"], numbered is not None))
        return found

    def _paragraphs(self, headings: list[tuple[int, int, str, bool]]) -> Paragraphs:
        text = self.tm.text
        # the cuts in order, merged lazily: a set of every line end was 100 bytes a line
        marks = sorted({0, len(text)} | {h[0] for h in headings} | {h[1] for h in headings})
        lines = (i + 1 for i in _find_all(text, "\n"))  # where each line ends
        paras = Paragraphs(text, {h[0] for h in headings})
        # `TARGETS.search(text, a, b)` for each paragraph in one pass: every match, overlapping
        # ones too, in order; a paragraph's is the first that starts and ends inside it
        targets = _target_spans(text)  # as TARGETS.finditer(text, overlapped=True)
        t = next(targets, None)
        for a, b in pairwise(_unique(merge(marks, lines))):
            if b <= a or not text[a:b].strip():
                continue
            while t is not None and t[0] < a:
                t = next(targets, None)
            while t is not None and t[0] < b and t[1] > b:
                t = next(targets, None)
            paras.append(a, b, t[0] if t is not None and t[0] < b else -1)
        return paras

    def _sections(self, headings: list[tuple[int, int, str, bool]]) -> list[Section]:
        sections = []
        n = len(self.tm.text)
        for k, (s, e, title, numbered) in enumerate(headings):
            end = headings[k + 1][0] if k + 1 < len(headings) else n
            sections.append(Section(s, end, (s, e), _kind(title), numbered))
        return sections


class Paragraphs(Sequence[Paragraph]):
    """The paragraphs of a text, in three arrays (24 bytes a paragraph, where a list of
    `Paragraph`s cost about 250: a million one-line paragraphs are hostile input, not a
    report); `paragraphs[k]` makes the `Paragraph`, its lead-in read then (a bounded search)."""

    def __init__(self, text: str, heading_starts: set[int]) -> None:
        self.text = text
        self.heading_starts = heading_starts
        self.starts, self.ends, self.targets = array("q"), array("q"), array("q")

    def append(self, start: int, end: int, targets: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.targets.append(targets)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> Paragraph:  # type: ignore[override]  # no slices
        a, b, t = self.starts[k], self.ends[k], self.targets[k]
        return Paragraph(a, b, lead_in_region(self.text, a, b), a in self.heading_starts,
                         None if t < 0 else t)


def _lines(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `raw`, cut at every line break normalization reads as one
    (`\\n`, `\\r\\n`, a classic Mac `\\r`, U+2028 …), as `str.splitlines` cuts it.

        >>> [(s, e) for s, e in _lines("一、回顾\\r\\n正文\\r二、目标\\u2028末")]
        [(0, 4), (6, 8), (9, 13), (14, 15)]
    """
    start = 0
    if _OTHER_BREAK.search(raw) is None:  # \n alone (nearly every text): str.find, 10× faster
        while (stop := raw.find("\n", start)) >= 0:
            yield start, stop
            start = stop + 1
    else:
        for m in _LINE_BREAK.finditer(raw):
            yield start, m.start()
            start = m.end()
    yield start, len(raw)


def _clause_ends(text: str) -> array[int]:
    """Where `_CLAUSE_END` matches, in order."""
    ends = array("q", map(re.Match.start, _CLAUSE_CHARS.finditer(text)))
    commas = [i for i in _find_all(text, ",") if not (
        i > 0 and _DIGIT.match(text, i - 1) and _DIGIT.match(text, i + 1))]
    return array("q", merge(ends, commas)) if commas else ends


def _target_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of `TARGETS.finditer(text, overlapped=True)`, in order: at
    each 目标, the phrases holding it further in first (they start earlier), and at one start
    the first phrase of the alternation that matches there. Starts only grow: two occurrences
    of 目标 are at least 2 apart, more than the offsets of the phrases differ (4 - 2), and a
    phrase starting where another of a later 目标 starts would hold 目标 twice."""
    q = text.find(_TARGET_KEY)
    while q >= 0:
        for offset, phrases in _TARGETS_BY_OFFSET:
            if q >= offset:  # a negative start would count from the end
                for phrase in phrases:
                    if text.startswith(phrase, q - offset):
                        yield q - offset, q - offset + len(phrase)
                        break
        q = text.find(_TARGET_KEY, q + len(_TARGET_KEY))


def _find_all(text: str, ch: str) -> Iterator[int]:
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


def _unique(sorted_ints: Iterator[int]) -> Iterator[int]:
    last = None
    for i in sorted_ints:
        if i != last:
            yield i
            last = i


def lead_in_region(text: str, start: int, end: int) -> tuple[int, int]:
    """The opening clause of a paragraph (after a vocative 各位代表！) when it is short, else
    its first few characters. An indented paragraph (　　各位代表，…) opens after its indent.

        >>> text = "　　各位代表，刚刚过去的2025年很不平凡。"
        >>> lo, hi = lead_in_region(text, 0, len(text))
        >>> text[lo:hi]
        '刚刚过去的2025年很不平凡'
        >>> text = "记者从市经信局获悉，今年1至10月，全市规上工业营收增长8.9%。"
        >>> lo, hi = lead_in_region(text, 0, len(text))
        >>> text[lo:hi]
        '今年1至10月'
    """
    while start < end and text[start].isspace():  # as `_HEADING`'s ^\s* reads a heading
        start += 1
    m = _VOCATIVE.match(text, start, end) if text.startswith(("各", "同"), start) else None
    lo = m.end() if m else start
    stop = _LEAD_END.search(text, lo, min(end, lo + _SOURCE_REACH))
    # a source clause ends in a verb of learning or showing before its mark: the regex is
    # tried only then (one search a paragraph, as before the sources were read)
    if stop and text[stop.start() - 1] in _SOURCE_LAST and text[stop.start()] in "，,：:":
        source = _ATTRIBUTION.match(text, lo, end)
        if source is not None:
            lo = source.end()
            stop = _LEAD_END.search(text, lo, min(end, lo + _LEAD_MAX + 1))
    if stop is not None and stop.start() > lo + _LEAD_MAX:
        stop = None
    # a long opening clause still has a lead-in at its very start (“十五五”时期是…的关键时期)
    return (lo, stop.start()) if stop else (lo, min(end, lo + _LEAD_HEAD))


_UNKNOWN = "?"  # not read yet (`Structure._parts`)
# Each five-year plan's first year (the dates' lexicon): a heading that
# opens one in or after the report's year is the plan part, in a report of any year
# (“十四五”开好局 in 2021 as “十五五” in 2026).
_PLAN_PERIOD = {name: first for name, (first, _) in PLAN_PERIODS.items()}
_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")


def _future_heading(title: str, reference_year: int) -> bool:
    years = [int(y) for y in _YEAR.findall(title)]
    years += [y for name, y in _PLAN_PERIOD.items() if name in title]
    return bool(years) and min(years) >= reference_year


def _kind(title: str) -> str | None:
    """'review', 'plan', or None for neither or both (“十四五”时期发展成就和“十五五”时期主要目标:
    its paragraphs' own times decide)."""
    review, plan = _REVIEW_WORDS.search(title), _PLAN_WORDS.search(title)
    if review and plan and "回顾" not in title:
        return None
    if review:
        return "review"
    return "plan" if plan else None


def _bounds(ends: Sequence[int], pos: int, n: int) -> tuple[int, int]:
    k = bisect_right(ends, pos - 1)  # first boundary at or after pos
    start = ends[k - 1] + 1 if k > 0 else 0
    end = ends[k] if k < len(ends) else n
    return start, end
