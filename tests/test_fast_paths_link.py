"""The structure's and the link stage's fast paths (issue 11) against the general code they
replace, on generated text: the same boundaries, the same searches, the same phrases."""

from __future__ import annotations

from bisect import bisect_right

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.metrics.cues import COMPARISON_VERBS
from yongchuan_facts.rules.ruleset import Context
from yongchuan_facts.stages.link import indicator as ind
from yongchuan_facts.stages.link import period as per
from yongchuan_facts.stages.structure import (
    _CLAUSE_END,
    _SENTENCE_END,
    TARGETS,
    Structure,
    _bounds,
)

pytestmark = pytest.mark.property

# Pieces of report text that meet at the boundaries the fast paths treat apart.
_PIECES = st.sampled_from([
    "，", "。", "！", "？", "；", "：", ",", ";", ":", "!", "?", "\n", "1,000", "3,", ",5", "٣,٤",
    "一、2025年工作回顾\n", "二、2026年重点工作\n", "二、主要预期\n目标是", "三、主要\n",
    "主要预期目标", "预期目标是", "主要目标是", "主要预期目标是", "目标", "生产总值", "增长",
    "5.4%", "达到", "分别", "比2020年", "较上年", "比“十四五”末", "十X五末", "五", "十", " ",
    "\u3000", "的", "了", "营收", "139亿元", "“免申即享”", "“立等可取”", "“", "”", '"', "建成",
    "电路、生物医药、人工智能三大", "、", "全区实现", "累计实施", "2021年", "近三年", "目前",
    "截至目前", "至今", "至今年", "五年来", "过去五年", "过去的一年", "一年来", "这五年来", "5年来",
])
texts = st.lists(_PIECES, max_size=30).map("".join)


@st.composite
def reaches(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a reach [lo, s) before a figure at s, both mostly at a piece's edge."""
    pieces = draw(st.lists(_PIECES, min_size=1, max_size=12))
    text = "".join(pieces)
    edges = [0]
    for p in pieces:
        edges.append(edges[-1] + len(p))
    s = draw(st.one_of(st.sampled_from(edges), st.integers(0, len(text))))
    lo = draw(st.one_of(st.sampled_from([e for e in edges if e <= s]), st.integers(0, s)))
    return text, lo, s


@given(texts)
@settings(max_examples=300)
def test_boundaries_are_the_regex_ones(text: str) -> None:
    st_ = Structure(normalize(text))
    t = st_.tm.text
    assert list(st_._sentence_ends) == [m.start() for m in _SENTENCE_END.finditer(t)]
    assert list(st_._clause_ends) == [m.start() for m in _CLAUSE_END.finditer(t)]


@given(texts, st.lists(st.integers(-2, 400), max_size=30))
@settings(max_examples=300)
def test_remembered_sentence_and_clause_are_the_bisected_ones(text: str,
                                                               positions: list[int]) -> None:
    st_ = Structure(normalize(text))
    n = len(st_.tm.text)
    for pos in positions:
        assert st_.sentence(pos) == _bounds(st_._sentence_ends, pos, n)
        assert st_.clause(pos) == _bounds(st_._clause_ends, pos, n)


@given(texts)
@settings(max_examples=300)
def test_paragraph_targets_are_each_paragraphs_search(text: str) -> None:
    st_ = Structure(normalize(text))
    paras = st_.paragraphs
    for k in range(len(paras)):
        m = TARGETS.search(st_.tm.text, paras.starts[k], paras.ends[k])
        assert paras.targets[k] == (m.start() if m else -1)


@given(reaches())
@settings(max_examples=600)
def test_predicate_search_from_the_floor(reach: tuple[str, int, int]) -> None:
    t, lo, s = reach
    floor = ind._predicate_floor(t, lo, s)
    assert lo <= floor <= s
    full = ind._PREDICATE.search(t, lo, s)
    fast = ind._PREDICATE.search(t, floor, s) if floor < s else None
    assert (full.span() if full else None) == (fast.span() if fast else None)
    # searched in the stretch cut out (and remembered): the same start
    assert floor + ind._predicate_start(t[floor:s]) == (full.start() if full else s)
    assert lo + ind._predicate_start(t[lo:s]) == (full.start() if full else s)


@given(reaches())
@settings(max_examples=600)
def test_phrase_before_a_figure_is_the_unguarded_one(reach: tuple[str, int, int]) -> None:
    t, lo, s = reach
    ctx = Context(normalize(t))
    ctx = Context(type(ctx.tm)(t, t, ctx.tm.seg_norm, ctx.tm.seg_raw))  # read `t` as it is
    linker = ind.IndicatorLinker(ctx)
    assert linker._before(lo, s) == _reference_before(t, lo, s, linker)


def _reference_before(text: str, lo: int, s: int, linker: ind.IndicatorLinker
                      ) -> tuple[tuple[int, int] | None, str]:
    """`IndicatorLinker._before` as it was: every pattern tried on the whole reach (a bare
    measure's subject read by the linker's own `_with_subject`, which has no fast path)."""
    seg_end = s
    m = ind._PREDICATE.search(text, lo, seg_end)
    if m is not None:
        seg_end = m.start()
    predicate = text[seg_end:s]
    seg_start = verb_start = subject_start = lo
    for v in regex.compile(ind._VERBS.pattern).finditer(text, lo, seg_end):
        subject_start, verb_start, seg_start = seg_start, v.start(), v.end()
    if text[seg_start:seg_end] in ind._BARE_MEASURES and seg_start > verb_start:
        seg_start = linker._with_subject(subject_start, verb_start, seg_start)
    if seg_start > lo:
        seg_start = ind._label_start(text, lo, seg_start, seg_end)
    t = ind._LEADING_TIME.match(text, seg_start, seg_end)
    if t is not None:
        seg_start = t.end()
    for pattern in (ind._QUOTED_LABELS, ind._LISTED):
        h = pattern.match(text, seg_start, seg_end)
        if h is not None and seg_end - h.end() >= ind._MIN_HEAD:
            seg_start = h.end()
    seg_start = max(seg_start, seg_end - ind._MAX_PHRASE)
    seg_start = ind._out_of_quote(text, seg_start, seg_end)
    if seg_end - seg_start < 1 or not ind._WORDISH.search(text, seg_start, seg_end):
        return None, predicate
    return (seg_start, seg_end), predicate


@given(texts)
@settings(max_examples=300)
def test_time_words_in_one_scan(text: str) -> None:
    t = normalize(text).text
    one_scan = [(m.lastgroup, m.span()) for m in per._TIME_WORDS.finditer(t)]
    three = sorted([("now", m.span()) for m in per._NOW.finditer(t)]
                   + [("five", m.span()) for m in per._FIVE_YEARS.finditer(t)]
                   + [("one", m.span()) for m in per._ONE_YEAR.finditer(t)],
                   key=lambda x: x[1])
    assert one_scan == three


def test_the_character_guards_hold_for_every_character() -> None:
    """The guards before `_PREDICATE`, `_LEADING_TIME` and `_WORDISH` skip a regex call only
    where it could not match: checked over every character of the BMP."""
    han = "".join(map(chr, range(0x4E00, 0xA000)))
    assert ind._DIGIT_OR_SPACE.search(han) is None  # a CJK ideograph is no \d, no \s
    assert all(ind._WORDISH.match(chr(c)) for c in range(0x4E00, 0x9FA6))
    for c in map(chr, range(0x10000)):
        if ind._may_open_time(c):
            continue
        for rest in ("", "年", "一年", "三年来", "、"):
            assert ind._LEADING_TIME.match(c + rest) is None, c


def _words_of(pattern: str) -> list[str]:
    """The literal words of an alternation (what a generated text is made of)."""
    return [w for w in regex.split(r"[()|?:!=\[\]]+", pattern) if w]


_WORD_PIECES = st.sampled_from(
    _words_of(ind._VERBS.pattern) + _words_of(ind._NOT_A_NOUN.pattern)
    + _words_of(ind._NOUN_BREAKS.pattern) + ["率", "值", "，", "新", "建", "成", "共同体", "x"])


@given(st.lists(_WORD_PIECES, max_size=20).map("".join), st.data())
@settings(max_examples=600)
def test_word_lists_match_the_same_in_re(text: str, data: st.DataObject) -> None:
    """`_VERBS`, `_NOT_A_NOUN`, `_NOUN_BREAKS`, compiled by the stdlib `re`, match as the
    `regex` module would: the same matches from any start to any end."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for fast in (ind._VERBS, ind._NOT_A_NOUN, ind._NOUN_BREAKS):
        slow = regex.compile(fast.pattern)  # what they were compiled by before
        assert ([m.span() for m in slow.finditer(text, lo, hi)]
                == [m.span() for m in fast.finditer(text, lo, hi)])
        m1, m2 = slow.match(text, lo, hi), fast.match(text, lo, hi)
        assert (m1.span() if m1 else None) == (m2.span() if m2 else None)


def _reference_governs_nothing(text: str, s: int, e: int) -> bool:
    """`period._governs_nothing` as it was: `_BASE` searched, the window always split; a base
    or a comparison verb read past an opening quote (较“十三五”, 高于“十三五”时期)."""
    q = s - 1 if text[s - 1 : s] in ("“", "‘", '"', "'") else s
    if per._BASE.search(text[max(0, q - 1) : q]):
        return True
    if text[max(0, q - 2) : q] in COMPARISON_VERBS:
        return True
    before = per._LAST_SENTENCE.split(text[max(0, s - 30) : s])[-1]
    if before.rfind("《") > before.rfind("》"):
        return True
    if (per._APPROVED_THEN.match(text, e) or per._PLAN_ENDS_OR_OPENS.match(text, e)
            or text.startswith("远景目标", e)):
        return True  # (the time's own tests, unchanged by the split)
    return text[s - 1 : s] == "于" and bool(per._NAME_DATE_AFTER.match(text[e : e + 14]))


_TITLE_PIECES = st.sampled_from(["《", "》", "比", "较", "与", "同", "于", "。", "\n", "，", "的",
                                 "2021年", "行动计划", "建成投用", "比\n", "x", "“", "高于",
                                 "快于", "于"])


@given(st.lists(_TITLE_PIECES, max_size=25).map("".join), st.data())
@settings(max_examples=600)
def test_governs_nothing_without_the_split(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text) + 2))
    e = data.draw(st.integers(s, len(text) + 3))
    assert per._governs_nothing(text, s, e) == _reference_governs_nothing(text, s, e)


def _reference_part_at(st_: Structure, pos: int, year: int | None) -> str | None:
    """`Structure.part_at` as it was: both bisects for every position."""
    if 0 <= st_.targets_from(pos) <= pos:
        return "plan"
    k = bisect_right(st_._section_starts, pos) - 1
    if k < 0 or pos >= st_.sections[k].end:
        return None
    return st_._section_part(st_.sections[k], year)


@given(texts, st.data())
@settings(max_examples=400)
def test_remembered_part_is_the_bisected_one(text: str, data: st.DataObject) -> None:
    st_ = Structure(normalize(text))
    n = len(st_.tm.text)
    asks = data.draw(st.lists(st.tuples(st.integers(-2, n + 2),
                                        st.sampled_from([None, 2025, 2026])), max_size=40))
    for pos, year in asks + sorted(asks, key=lambda a: a[0]):
        assert st_.part_at(pos, year) == _reference_part_at(st_, pos, year), (pos, year)


def test_the_noun_after_guards_hold_for_every_character() -> None:
    """`_noun_after` skips `_NOUN_AFTER` before a character in `_NO_NOUN_OPENS`, and
    `_TRAILING` after words ending on a CJK ideograph outside `_TRAILING_ENDS`: neither could
    match there."""
    for ch in ind._NO_NOUN_OPENS:  # ("": the text's end, where nothing follows)
        assert ind._NOUN_AFTER.match(ch + "数字化车间" if ch else "") is None, ch
    for c in range(0x4E00, 0xA000):
        if chr(c) not in ind._TRAILING_ENDS:
            for words in (chr(c), "企业" + chr(c), "和" + chr(c), "之" + chr(c)):
                assert ind._TRAILING.search(words) is None, words


_TIME_PIECES = st.sampled_from(
    [w for w, _, _ in per._TIME_WORD_LIST]
    + ["年", "今", "至", "截至今年", "过去", "的", "五", "一", "5", "来", "这", "。", "😀", "x"])


@given(st.lists(_TIME_PIECES, max_size=30).map("".join))
@settings(max_examples=800)
def test_time_words_are_the_regex_scan(text: str) -> None:
    """`time_words` (an automaton's occurrences, picked as the regex picks) finds what
    `_TIME_WORDS.finditer` finds: the same groups, the same spans."""
    assert list(per.time_words(text)) == [
        (m.lastgroup, m.start(), m.end()) for m in per._TIME_WORDS.finditer(text)]


def test_time_words_held_stay_few() -> None:
    text = "截至目前至今" * 10_000
    assert list(per.time_words(text)) == [
        (m.lastgroup, m.start(), m.end()) for m in per._TIME_WORDS.finditer(text)]


_NOUN_PIECES = st.sampled_from([
    "企业", "企业家", "项目", "重大项目", "示范项目", "人才", "专家", "家", "业", "项", "目",
    "大数据", "园区", "机构", "医疗机构", "“两重”", "市场主体", "主体", "上市公司", "公司", "者",
    "从业人员",
])


@given(st.lists(_NOUN_PIECES, max_size=6).map("".join))
def test_a_counts_label_by_its_noun_s_end_is_the_last_cue_ending_there(noun: str) -> None:
    """`counted_label` looks up the noun's endings, longest first: the label of the last cue
    the automaton finds in the noun, when that cue ends the noun (a word mapped to None, 企业家,
    hiding the cue inside it)."""
    from yongchuan_facts.rules.metrics import label

    matches = label._COUNT.matches(noun)
    want = None
    if matches and matches[-1][1] == len(noun):
        want = label._COUNT_TABLE[matches[-1][2]]
    assert label.counted_label(noun) == want


_OPENING_PIECES = st.sampled_from([
    "记者", "从市经信局", "获悉", "据了解", "数据显示", "介绍", "透露", "据统计", "，", ",", "：",
    "。", "\n", "今年", "2022年", "统计公报", "显示", "表明", "知", "到", "各位代表！", "　",
    "全市营收增长", "x",
])


def _reference_lead_in_region(text: str, start: int, end: int) -> tuple[int, int]:
    """`lead_in_region` as it was: the source regex tried at every paragraph."""
    from yongchuan_facts.stages import structure as s

    while start < end and text[start].isspace():
        start += 1
    m = s._VOCATIVE.match(text, start, end) if text.startswith(("各", "同"), start) else None
    lo = m.end() if m else start
    source = s._ATTRIBUTION.match(text, lo, end)
    lo = source.end() if source else lo
    stop = s._LEAD_END.search(text, lo, min(end, lo + s._LEAD_MAX + 1))
    return (lo, stop.start()) if stop else (lo, min(end, lo + s._LEAD_HEAD))


@given(st.lists(_OPENING_PIECES, max_size=14).map("".join))
def test_a_paragraph_s_lead_in_is_read_with_one_search(text: str) -> None:
    """The source regex tried only after a source verb's last letter before the first mark:
    the same region as trying it at every paragraph."""
    from yongchuan_facts.stages.structure import lead_in_region

    assert lead_in_region(text, 0, len(text)) == _reference_lead_in_region(text, 0, len(text))
