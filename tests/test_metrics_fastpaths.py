"""The speed shortcuts of the metric rules (issue 11) against the plain code they skip.

Each shortcut answers early when the general check cannot succeed (no quote, bracket, title or
term near the number) or computes in integers what the general path computes in decimal. The
general code is kept here as it was before the shortcuts, and both run on generated text crowded
with the characters the checks look for, so a shortcut that drifts from it fails here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import FrozenInstanceError, fields
from decimal import Decimal

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.normalization import textmap
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.drafts import MetricDraft, Proposal, metric_draft, proposal
from yongchuan_facts.rules.metrics import vetoes
from yongchuan_facts.rules.metrics.lexicon import NUMBERED_TERMS, UNITS
from yongchuan_facts.rules.metrics.rules import (
    _plain_number,
    _table_value,
    read_number,
    value_of,
)
from yongchuan_facts.rules.numbers import (
    MULTIPLIERS,
    NumberError,
    _parse_chinese,
    multiplier,
    parse_number,
)
from yongchuan_facts.rules.ruleset import Context, RuleSet

# ---- the checks as they were, without their shortcuts -----------------------------------------


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - 1_000), min(len(text), end + 1_000)
    line_start = text.rfind("\n", lo, start)
    line_end = text.find("\n", end, hi)
    return lo if line_start < 0 else line_start + 1, hi if line_end < 0 else line_end


def _quoted(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    before, after = text[line_start:start], text[end:line_end]
    if before.count('"') % 2 == 1:
        opened = before.rfind('"')
        closed = after.find('"')
    else:
        opened = max(before.rfind(q) for q in "“「『")
        if opened < 0 or any(q in before[opened:] for q in "”」』"):
            return False
        closed = min((i for i in (after.find(q) for q in "”」』") if i >= 0), default=-1)
    if opened < 0 or closed < 0:
        return False
    quote_len = (len(before) - opened - 1) + (end - start) + closed
    at_edge = opened == len(before) - 1 or closed <= 1
    return quote_len <= 16 and at_edge


def _title(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    before = text[max(line_start, start - 80) : start]
    after = text[end : min(line_end, end + 80)]
    opened, closed_before = before.rfind("《"), before.rfind("》")
    closing, reopening = after.find("》"), after.find("《")
    return opened > closed_before and closing >= 0 and (reopening < 0 or closing < reopening)


_TERMS = regex.compile("|".join(sorted(NUMBERED_TERMS, key=len, reverse=True)))
_TERM_REACH = max(map(len, NUMBERED_TERMS))


def _term(text: str, start: int, end: int) -> bool:
    lo = max(0, start - _TERM_REACH)
    return any(t.start() < end and t.end() > start
               for t in _TERMS.finditer(text, lo, min(len(text), end + _TERM_REACH)))


_NOTE_HEADING = regex.compile(r"\s{0,3}+[［\[]\d{1,3}[］\]][^\n：:。]{1,40}[：:]")


def _note(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    heading = _NOTE_HEADING.match(text, line_start, line_end)
    return heading is not None and end <= heading.end()


def _slogan(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end : end + 1]
    return any(ch != "" and ch in "+＋" for ch in (before, after))


# ---- text crowded with what the checks read ------------------------------------------------------

_PIECES = ['"', "“", "”", "「", "」", "『", "』", "《", "》", "［", "］", "[", "]", "：", ":", "。",
           "\n", " ", "　", "+", "＋", "1", "12", "３", "三", "两", "一", "八项规定", "三次产业",
           "两个维护", "抓两头", "一带一路", "企业", "家", "个", "届", "次", "全会", "发展",
           "数据中心建设"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join)


@st.composite
def _text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(_texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 8)))
    return text, start, end


@given(_text_and_span())
def test_the_vetoes_answer_as_without_their_shortcuts(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert vetoes.inside_quoted_name(text, start, end) == _quoted(text, start, end)
    assert vetoes.inside_title(text, start, end) == _title(text, start, end)
    assert vetoes.inside_term(text, start, end) == _term(text, start, end)
    assert vetoes.in_note_heading(text, start, end) == _note(text, start, end)
    assert vetoes._slogan(text, start, end) == _slogan(text, start, end)


def test_the_note_heading_shortcut_at_every_distance() -> None:
    """Headings of every length, indents and prefixes, the number at every position: the
    shortcut's reach is exact to the character."""
    for indent in ("", " ", "   ", "    "):
        for term in range(42):
            for lead in ("", "引言" * 30 + "\n", "正文" * 600):
                text = f"{lead}{indent}［18］{'五' * term}：后文3家企业"
                for start in range(len(lead), len(text)):
                    for end in (start + 1, start + 2):
                        assert vetoes.in_note_heading(text, start, end) == _note(text, start, end)


def test_the_quote_and_title_shortcuts_at_every_distance() -> None:
    for opening, closing in (("“", "”"), ('"', '"'), ("「", "」"), ("《", "》")):
        for size in range(22):
            for lead in ("", '文"', "正文" * 600):
                half = "数" * (size // 2)
                text = f"{lead}{opening}{'大' * size}{closing}3{opening}{half}{closing}"
                for start in range(len(text)):
                    for end in (start + 1, start + 3):
                        assert vetoes.inside_quoted_name(text, start, end) == _quoted(
                            text, start, end)
                        assert vetoes.inside_title(text, start, end) == _title(text, start, end)


def test_the_shortcuts_still_let_the_checks_fire() -> None:
    text = "［18］五张清单：做到“两个维护”，落实《关于11项计划》，实施“大数据发展20条”"
    assert vetoes.in_note_heading(text, 4, 5)
    assert vetoes.inside_term(text, text.index("两"), text.index("两") + 1)
    assert vetoes.inside_title(text, text.index("11"), text.index("11") + 3)
    assert vetoes.inside_quoted_name(text, text.index("20"), text.index("20") + 3)


@given(_texts, st.data())
def test_vetoed_by_groups_is_vetoed_by_match(text: str, data: st.DataObject) -> None:
    """The table rules call `vetoed_at` with the groups by number; `vetoed` reads them by name."""
    for m in regex.finditer(r"(?P<num>\d+|[一两三八])(?P<body>[家个届次]?)", text):
        lone_one = data.draw(st.booleans())
        by_name = vetoes.vetoed(m, text, lone_one=lone_one)
        end = m.end("body") if m["body"] else m.end()
        assert by_name == vetoes.vetoed_at(m["num"], text, m.start("num"), end, lone_one=lone_one)


# ---- numbers ----------------------------------------------------------------------------------

_plain = st.one_of(
    st.from_regex(r"\A[0-9]{1,20}\Z"), st.from_regex(r"\A[0-9]{1,12}\.[0-9]{1,8}\Z"),
    st.from_regex(r"\A[0-9.,]{1,22}\Z"), st.sampled_from(["１５", "1.", ".5", "0", "007", "1e5"]))
_mults = st.text(alphabet="十百千万亿萬億", max_size=3)
_factors = st.one_of(st.sampled_from(sorted({u.factor for u in UNITS.values()})),
                     st.sampled_from([1, 1.0, 1000, 1e6, 1e14, 1e15, 2e15, 1e-18, 0.5]),
                     st.floats(1e-20, 1e20))


def _value_by_decimal(num: str, mult: str, factor: float) -> float:
    return float(read_number(num) * multiplier(mult) * Decimal(str(factor)))


@given(_plain, _mults, _factors)
def test_value_of_is_the_decimal_product(num: str, mult: str, factor: float) -> None:
    try:
        expected = _value_by_decimal(num, mult, factor)
    except ValueError:  # NumberError, InvalidOperation: not a number either way
        return
    assert value_of(num, mult, factor) == expected


@given(_plain, _mults, _factors)
def test_remembered_table_value_is_value_of(num: str, mult: str, factor: float) -> None:
    """The unit tables' figures read `value_of` through a cache: the same values, and a factor
    of 1 kept apart from 1.0."""
    for f in (factor, factor, int(factor) if float(factor).is_integer() else factor):
        try:
            expected: object = value_of(num, mult, f)
        except ValueError as exc:  # NumberError, InvalidOperation: raised again, not remembered
            expected = type(exc)
        try:
            got: object = _table_value(num, mult, f)
        except ValueError as exc:
            got = type(exc)
        assert got == expected


@given(_plain)
def test_plain_number_is_parse_number(num: str) -> None:
    plain = _plain_number(num)
    if plain is not None:
        digits, decimals = plain
        assert Decimal(digits).scaleb(-decimals) == parse_number(num)


@given(st.text(alphabet="".join(MULTIPLIERS), max_size=5))
def test_multiplier_runs_are_the_product(tail: str) -> None:
    product = 1
    for ch in tail:
        product *= MULTIPLIERS[ch]
    assert multiplier(tail) == product


# ---- raw spans ---------------------------------------------------------------------------------

_layout_text = st.lists(st.sampled_from(
    ["企业", "3", "家", " ", "\n", "。\n", "\u200b", "　", "a b", "订 单", "##", "（", "66666666"]),
    max_size=30).map("".join)


def _answer(f: Callable[[], object]) -> object:
    try:
        return f()
    except IndexError as exc:  # a span off the text fails the same way on both paths
        return type(exc)


@given(_layout_text, st.data())
def test_raw_span_in_one_step_is_raw_index_at_both_ends(raw: str, data: st.DataObject) -> None:
    tm = normalize(raw)
    start = data.draw(st.integers(-2, len(tm.text) + 1))
    end = data.draw(st.integers(-2, len(tm.text) + 2))
    if start >= end:
        expected = _answer(lambda: (tm.raw_index(start),) * 2)
    else:
        expected = _answer(lambda: (tm.raw_index(start), tm.raw_index(end - 1) + 1))
    assert _answer(lambda: tm.raw_span(start, end)) == expected


@given(_layout_text, st.data())
def test_segment_of_maps_a_span_inside_it_as_raw_span(raw: str, data: st.DataObject) -> None:
    tm = normalize(raw)
    i = data.draw(st.integers(-2, len(tm.text) + 1))
    lo, hi, delta = tm.segment_of(i)
    if not 0 <= i < len(tm.text):
        assert (lo, hi, delta) == (0, 0, 0)
        return
    assert lo <= i < hi
    for s in range(lo, hi):
        for e in range(s + 1, hi + 1):
            assert tm.raw_span(s, e) == (s + delta, e + delta)


@given(_layout_text, st.data())
def test_rule_run_maps_each_span_as_raw_span(raw: str, data: st.DataObject) -> None:
    """`Rule.run` maps spans in the last span's segment itself: the raw spans of `raw_span`."""
    tm = normalize(raw)
    narrow = data.draw(st.sampled_from(["typed", "dict", "whole", "list", "empty"]))

    def produce(m: regex.Match[str], ctx: Context) -> object:
        s, e = m.span()
        if narrow == "typed":
            return Proposal(metric_draft(1.0, "家", None), (s + (e - s) // 2, e))
        if narrow == "dict":
            return {"value": 1.0, "unit": "家", "span": (s, max(s + 1, e - 1))}
        if narrow == "list":
            one = Proposal(metric_draft(1.0, "家", None), (s, s + 1))
            return [one, {"value": 2.0, "unit": "家"}]
        if narrow == "empty":
            return Proposal(metric_draft(1.0, "家", None), (s, s))
        return metric_draft(1.0, "家", None)

    rules = RuleSet("metric")
    rule = rules.add(data.draw(st.sampled_from([r"\d+家?", r"[^\n]{1,5}", r".", r"企业\s?3"])),
                     produce, name="r")
    for c in rule.run(Context(tm)):
        assert (c.start, c.end) == tm.raw_span(c.norm_start, c.norm_end)
        assert (c.kind, c.status, c.priority) == ("metric", "kept", 0)


@given(_layout_text, st.data())
def test_a_long_map_kept_as_an_array_maps_as_the_list(raw: str, data: st.DataObject) -> None:
    """A map over `_LISTED_SEGMENTS` segments bisects its array: the same answers as the list."""
    listed = normalize(raw)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textmap, "_LISTED_SEGMENTS", -1)
        arrayed = textmap.TextMap(listed.raw, listed.text, listed.seg_norm, listed.seg_raw)
    assert arrayed._starts is listed.seg_norm
    assert type(listed._starts) is list
    i = data.draw(st.integers(-1, len(listed.text) + 1))
    assert arrayed.segment_of(i) == listed.segment_of(i)
    for j in range(i, len(listed.text) + 2):
        assert (_answer(functools.partial(arrayed.raw_span, i, j))
                == _answer(functools.partial(listed.raw_span, i, j)))


def test_a_hostile_map_is_not_copied_to_a_list() -> None:
    tm = normalize("订 单 " * 3000)  # a segment a character
    assert len(tm.seg_norm) > textmap._LISTED_SEGMENTS
    assert tm._starts is tm.seg_norm


_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰拾佰仟萬億点"


@given(st.text(alphabet=_NUMERAL_CHARS, min_size=1, max_size=14))
def test_a_chinese_numeral_read_again_reads_the_same(numeral: str) -> None:
    try:
        first = parse_number(numeral)
    except NumberError:
        with pytest.raises(NumberError):
            parse_number(numeral)
        return
    again = parse_number(numeral)
    assert (again, str(again)) == (first, str(first))
    assert again == _parse_chinese(numeral)


# ---- drafts --------------------------------------------------------------------------------------


@given(st.floats(allow_nan=False), st.sampled_from(sorted({u.canonical for u in UNITS.values()})),
       st.sampled_from([None, "exact", "over", "approx"]))
def test_metric_draft_is_the_dataclass(value: float, unit: str, qualifier: str | None) -> None:
    fast, plain = metric_draft(value, unit, qualifier), MetricDraft(value, unit, qualifier)
    assert fast == plain
    assert (hash(fast), repr(fast), dict(fast)) == (hash(plain), repr(plain), dict(plain))
    assert [getattr(fast, f.name) for f in fields(MetricDraft)] == [
        getattr(plain, f.name) for f in fields(MetricDraft)]
    with pytest.raises(FrozenInstanceError):
        fast.value = 0.0  # type: ignore[misc]


def _vetoed_by_each_check(num: str, text: str, start: int, end: int, lone_one: bool) -> bool:
    """`vetoed_at` as the plain chain of its checks, each asked in full."""
    return (
        (vetoes._vague_or_ordinal(num, text, start, end)
         and not (lone_one and num == "一" and text[start - 1 : start] != "第"))
        or vetoes._slogan(text, start, end)
        or vetoes.session_ordinal(text, start, end)
        or vetoes.inside_title(text, start, end)
        or vetoes.inside_quoted_name(text, start, end)
        or vetoes.in_note_heading(text, start, end)
        or vetoes.inside_term(text, start, end)
    )


@given(_texts, st.data())
def test_vetoed_at_asks_each_check_in_place_as_the_checks_answer(
        text: str, data: st.DataObject) -> None:
    """`vetoed_at` asks each check's first test before calling it: the same answer as every
    check called in turn, on text crowded with quotes, titles, brackets, terms and sessions."""
    for m in regex.finditer(r"(?P<num>\d+|[一两三八二])(?P<body>[家个届次名]?)", text):
        start = m.start("num")
        end = data.draw(st.integers(max(0, start - 1), min(len(text), m.end() + 2)))
        lone_one = data.draw(st.booleans())
        assert vetoes.vetoed_at(m["num"], text, start, end, lone_one=lone_one) == (
            _vetoed_by_each_check(m["num"], text, start, end, lone_one))


def test_vetoed_at_with_each_check_at_every_distance() -> None:
    heads = ("", "［18］", "《关于", "“", '"', "党的", "两个维护", "前", "第", "+")
    tails = ("", "》", "”", '"', "全会", "维护", "+", "：")
    for head in heads:
        for tail in tails:
            for gap in (0, 1, 5, 15, 16, 17, 18, 45, 50, 79, 80, 81):
                text = f"正文\n{head}{'发' * gap}3届{'展' * (gap // 3)}{tail}二次{head}"
                for start in range(len(text)):
                    for end in range(start, min(len(text), start + 2) + 1):  # as a match ends
                        num = text[start]
                        assert vetoes.vetoed_at(num, text, start, end) == _vetoed_by_each_check(
                            num, text, start, end, False), (text, start, end)


@given(st.sampled_from([metric_draft(1.0, "家", None), MetricDraft(2.0, "CNY", "over")]),
       st.one_of(st.none(), st.tuples(st.integers(0, 9), st.integers(0, 9))),
       st.one_of(st.none(), st.sampled_from(["money", "counted"])))
def test_proposal_is_the_dataclass(draft: MetricDraft, span: tuple[int, int] | None,
                                   rule: str | None) -> None:
    fast, plain = proposal(draft, span, rule), Proposal(draft, span, rule)
    assert fast == plain
    assert (hash(fast), repr(fast)) == (hash(plain), repr(plain))
    with pytest.raises(FrozenInstanceError):
        fast.rule = "x"  # type: ignore[misc]
