"""The annotate stage's fast paths (issue 11) against the plain walks they replace, on text
made of the characters that matter to them: every boundary, thousands commas, digits that are
`str.isdigit` but no decimal digit (², ٣), and text longer than the search bound."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.dates import resolve as resolve_mod
from yongchuan_facts.rules.dates.resolve import DateParts, Resolved
from yongchuan_facts.rules.drafts import MetricDraft
from yongchuan_facts.rules.metrics import cues, direction, label, modality
from yongchuan_facts.rules.metrics import windows as w
from yongchuan_facts.rules.metrics.qualifier import qualifier_around
from yongchuan_facts.rules.patterns import one_of
from yongchuan_facts.rules.ruleset import Candidate, Context
from yongchuan_facts.stages.annotate import annotate_metrics, window

pytestmark = pytest.mark.property

_CHARS = "1,2，。；：！？!?;:\n、²٣的增长x"
_ENDS = [w.CLAUSE_ENDS, w.SENTENCE_ENDS, w.CLAUSE_ENDS + w.LIST_SEPARATORS]


def _start_walk(text: str, pos: int, ends: str) -> int:
    i, stop = pos - 1, max(-1, pos - 1 - w.MAX_WINDOW)
    while i > stop and not w._is_boundary(text, i, ends):
        i -= 1
    return i + 1


def _end_walk(text: str, pos: int, ends: str) -> int:
    i, stop = pos, min(len(text), pos + w.MAX_WINDOW)
    while i < stop and not w._is_boundary(text, i, ends):
        i += 1
    return i


def _texts() -> st.SearchStrategy[str]:
    short = st.text(st.sampled_from(_CHARS), max_size=40)
    # a long run without punctuation reaches the MAX_WINDOW bound
    long = st.builds(lambda a, n, b: a + "x" * n + b, short,
                     st.integers(w.MAX_WINDOW - 5, w.MAX_WINDOW + 5), short)
    return st.one_of(short, long)


@given(_texts(), st.data())
def test_clause_bounds_equal_the_character_walk(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    ends = data.draw(st.sampled_from(_ENDS))
    assert w.start_of(text, pos, ends) == _start_walk(text, pos, ends)
    assert w.end_of(text, pos, ends) == _end_walk(text, pos, ends)


# Words the labelers look for, to build clauses that hit their cues, fillers and lists.
_WORDS = ["增长", "增加值", "下降", "提高到", "新增", "企业", "营收", "规模", "出口", "占比", "率",
          "约", "不少于", "了", "达", "、", "，", "。", "和", "分别", "连续", "天数增加", "-", "负",
          "项目", "人员", "“", "”", "5G", "实现", "将", "的院校", "1", "2.5", ",", "3"]
_UNITS = ["percent", "CNY", "个", "家", "人", "day", "month", "m**2", "t", "元/平方米", "亿"]


def _clauses() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), max_size=25).map("".join)


def _strip_each_filler(window: str) -> str:
    stripped = True
    while stripped and not window.endswith(direction._CHANGE_VERBS):
        stripped = False
        for word in direction._FILLERS:
            if window.endswith(word):
                window, stripped = window[: -len(word)], True
                break
    return window


@given(_clauses(), _clauses(), st.sampled_from(_UNITS))
def test_label_and_direction_read_once_equal_each_read_alone(
        before: str, after: str, unit: str) -> None:
    text = before + "12" + after
    s, e = len(before), len(before) + 2
    clause = w.clause_before(text, s)
    changed = direction.direction_of(text, s, clause)
    assert changed == direction.direction_of(text, s)
    assert label.label_of(unit, text, s, e, clause=clause, changes=changed is not None) == \
        label.label_of(unit, text, s, e)
    assert direction._strip_fillers(before) == _strip_each_filler(before)


_TABLES = [cues.DIRECTION_WORDS, cues.MONEY_CUES, cues.PERCENT_CUES, label._COUNT_TABLE,
           label._PERSON_TABLE]
# Characters of the cue words, so that generated text holds cues, overlaps and near misses.
_CUE_CHARS = sorted({ch for table in _TABLES for word in table for ch in word}
                    | set("将到2025十一五“\"了已") | set(_CHARS))


@given(st.text(st.sampled_from(_CUE_CHARS), max_size=60), st.sampled_from(range(len(_TABLES))))
def test_cue_automaton_finds_what_the_alternation_finds(text: str, k: int) -> None:
    table = _TABLES[k]
    alternation = regex.compile(one_of(table))  # what the labelers searched before
    assert w.CueTable(table).matches(text) == [
        (m.start(), m.end(), m.group()) for m in alternation.finditer(text)]


def _planted(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(words), st.text(st.sampled_from(_CUE_CHARS), max_size=3))
    return st.lists(pieces, max_size=4).map("".join)


_MODAL_WORDS = [*cues.TARGET_WORDS, *cues.TARGET_NOUNS, *cues.ACTUAL_WORDS, *cues.DONE_VERBS,
                *cues.FUTURE_JIANG_VERBS, "将", "即将", "到2025年", "到“十五五", "了"]


def _check_anchors(sentence: str) -> None:
    if modality._TARGET.search(sentence):
        assert modality._TARGET_ANCHORS.occur_in(sentence)
    if modality._ACTUAL.search(sentence):
        assert modality._ACTUAL_ANCHORS.occur_in(sentence)


@given(_planted(_MODAL_WORDS))
def test_modality_anchors_are_in_every_match(sentence: str) -> None:
    _check_anchors(sentence)


@pytest.mark.parametrize("word", _MODAL_WORDS)
def test_modality_anchors_cover_each_word_alone(word: str) -> None:
    for sentence in (word, word + "加快", "即" + word, "“" + word):
        _check_anchors(sentence)


def _noun_after_walk(text: str, end: int, skip: str = "以上左右上下以下的") -> str:
    i = end
    while i < len(text) and text[i] in skip:
        i += 1
    window = text[i : i + w.NOUN_SPAN]
    cut = len(window)
    for j, ch in enumerate(window):
        if w._is_boundary(window, j, w.CLAUSE_ENDS + w.LIST_SEPARATORS) or ch.isdigit() or \
                ch in w.QUOTES:
            cut = j
            break
    window = window[:cut]
    for word in cues.NP_BREAKS:
        k = window.find(word, 1)
        if k > 0:
            window = window[:k]
    return window


_NOUN_WORDS = [*cues.NP_BREAKS, "企业", "智能工厂", "以上", "的", "1", ",", "，", "、", "“", "²",
               "加入驻", "达到"]


@given(_planted(_NOUN_WORDS), st.data())
def test_noun_after_equals_the_character_walk(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    assert w.noun_after(text, end) == _noun_after_walk(text, end)


# A document: modality, direction and label words, every boundary, commas between digits,
# line breaks (paragraphs, a plan part after 下一步) and runs longer than a window.
_DOC_WORDS = [*_MODAL_WORDS, *_WORDS, *_NOUN_WORDS, *w.CLAUSE_ENDS, "下一步", "一是", ",",
              "1,000", "²,3", "x" * 150, "营收139亿元", "同比增长15.4%", "目前已有企业365家"]
_DOC_UNITS = [*_UNITS, "家", "人次", "year"]


def _reference(c: Candidate, ctx: Context) -> dict[str, object]:
    """What annotate_metrics gave before issue 11: each labeler on its own window."""
    win = window(ctx, c)
    s, e = c.norm_start - win.start, c.norm_end - win.start
    unit = c.draft["unit"]
    return {"qualifier": c.draft.get("qualifier") or qualifier_around(win.text, s, e),
            "metric": label.label_of(unit, win.text, s, e),
            "modality": modality.modality_of(ctx, c.norm_start, c.norm_end),
            "direction": direction.direction_of(win.text, s)}


def _documents() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(_DOC_WORDS), min_size=1, max_size=20).map("".join)
    # half of them open with a plan part, where a figure with no modality word is a target
    return st.builds(lambda plan, body: plan + body, st.sampled_from(["", "下一步，"]), words)


@given(_documents(), st.data())
def test_annotate_equals_each_labeler_on_its_own(raw: str, data: st.DataObject) -> None:
    ctx = Context(normalize(raw), data.draw(st.sampled_from([None, dt.date(2024, 6, 1)])))
    n = len(ctx.tm.text)
    digits = [i for i, ch in enumerate(ctx.tm.text) if ch.isdigit()]
    cands = []
    for _ in range(data.draw(st.integers(1, 6))):
        # a figure starts at a digit, mostly; anywhere, at times
        s = data.draw(st.sampled_from(digits) if digits and data.draw(st.booleans())
                      else st.integers(0, n))
        e = data.draw(st.integers(s, min(n, s + 8)))
        draft = MetricDraft(1.0, data.draw(st.sampled_from(_DOC_UNITS)),
                            data.draw(st.sampled_from([None, "over"])))
        cands.append(Candidate("metric", "planted", s, e, s, e, draft))
    if data.draw(st.booleans()):  # in text order, as the engine gives them; else in any order
        cands.sort(key=lambda c: c.norm_start)
    annotate_metrics(cands, ctx)
    for c in cands:
        assert c.fields == _reference(c, ctx), (ctx.tm.text, c.norm_start, c.norm_end)


def _plan_spans(text: str) -> list[tuple[int, int]]:
    """PlanSections.spans as it read them before issue 11: the alternation in each paragraph."""
    opener_re = regex.compile(one_of(cues.PLAN_OPENERS))
    probe = modality.PlanSections("")
    spans, opened, pos = [], False, 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        opener = opener_re.search(para)
        if opener:
            spans.append((start + opener.start(), end))
            opened = True
        elif opened and probe._continues(para):
            spans.append((start, end))
        elif para.strip():
            opened = False
    return spans


_PLAN_WORDS = [*cues.PLAN_OPENERS, "下一", "未来", "一是", "1、", "\n", " ", "企业", "力争", "。"]


@given(_planted(_PLAN_WORDS))
def test_plan_sections_equal_the_search_in_each_paragraph(text: str) -> None:
    assert modality.PlanSections(text).spans == _plan_spans(text)


@given(_texts(), st.data())
def test_noun_before_equals_the_walk_with_list_separators(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    walked = w.clause_before(text, pos, ends=w.CLAUSE_ENDS + w.LIST_SEPARATORS)
    assert label._noun_before(w.clause_before(text, pos)) == walked[-w.NOUN_BEFORE :]


def _resolve_through_anchor(p: DateParts) -> Resolved:
    """resolve() of a plan period as before issue 11: anchored on a copy with its first year."""
    resolve_mod.check_plausible(p)
    gran = resolve_mod.granularity(p)
    anchored = resolve_mod._anchor(p, None, None)
    assert anchored is not None
    assert anchored.year is not None
    start, end = resolve_mod.window(anchored, anchored.year)
    if anchored.until is not None:
        end = resolve_mod.window(anchored.until, anchored.until.year or anchored.year)[1]
    if end < start:
        raise resolve_mod.ImpossibleDate("backwards")
    if gran == "range" and start == end:
        gran = "day"
    return Resolved(start, end, gran, resolve_mod.is_relative(p, None))


_PLAN_PARTS = st.builds(
    lambda first, part, until: DateParts(plan=(first, first + 4), plan_part=part, until=until),
    st.integers(1990, 2040), st.sampled_from([None, "first", "last"]),
    st.one_of(st.none(), st.builds(DateParts, year=st.one_of(st.none(), st.integers(1990, 2050)),
                                   month=st.one_of(st.none(), st.integers(1, 12)))))


@given(_PLAN_PARTS)
def test_a_plan_period_resolves_as_through_its_anchored_copy(p: DateParts) -> None:
    try:
        expected: object = _resolve_through_anchor(p)
    except resolve_mod.ImpossibleDate:
        expected = "impossible"
    try:
        got: object = resolve_mod.resolve(p, None)
    except resolve_mod.ImpossibleDate:
        got = "impossible"
    assert got == expected


@given(_planted([*_MODAL_WORDS, "即将", "即", "将"]))
def test_target_matches_equal_the_alternation_scan(sentence: str) -> None:
    assert [m.span() for m in modality._target_matches(sentence)] == [
        m.span() for m in modality._TARGET.finditer(sentence)]
