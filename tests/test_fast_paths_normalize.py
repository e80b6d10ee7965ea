"""The normalizer's fast paths (issue 11) give what the general code gave, on generated text.

The reference below is the normalizer as it was before them (40b27ec): every character looked
up in the fold table, every whitespace run through `_layout`, one map segment per chunk.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from yongchuan_facts.normalization import textmap as tm_mod
from yongchuan_facts.normalization.chars import _foldable, fold, translation_table
from yongchuan_facts.normalization.textmap import (
    _ANCHORS,
    _CLOSERS,
    _INDENT,
    _JOINABLE,
    _SENTENCE_END,
    LINE_BREAKS,
    NOISE_CHAR,
    char_class,
    normalize,
)
from yongchuan_facts.strategies import ocr_text

pytestmark = pytest.mark.property

_REF_WS_RUN = regex.compile(f"{tm_mod.WS}+")


def reference_fold(text: str) -> str:
    return text.translate(translation_table())


def _reference_is_paragraph_break(folded: str, start: int, end: int) -> bool:
    run = folded[start:end]
    if not any(c in LINE_BREAKS for c in run):
        return False
    last_break = max(run.rfind(c) for c in LINE_BREAKS)
    if any(c in _INDENT for c in run[last_break + 1 :]) and end < len(folded):
        return True
    i = start - 1
    while i > 0 and folded[i] in _CLOSERS:
        i -= 1
    if folded[i] in _SENTENCE_END:
        return True
    line_start = folded.rfind("\n", 0, start) + 1
    return folded.startswith("#", line_start) or folded.startswith("#", end)


def _reference_layout(folded: str, start: int, end: int) -> tuple[str, int]:
    if start == 0 or end == len(folded):
        return "", start
    if _reference_is_paragraph_break(folded, start, end):
        run = folded[start:end]
        nl = start + min(i for i, c in enumerate(run) if c in LINE_BREAKS)
        return ("\n " if run[-1] in _INDENT else "\n"), nl
    if all(c in "\u200b\u200c\u200d\ufeff" for c in folded[start:end]):
        return "", start
    left, right = char_class(folded[start - 1]), char_class(folded[end])
    if left in _JOINABLE and right in _JOINABLE and (left in _ANCHORS or right in _ANCHORS):
        return "", start
    if _reference_wrap(folded, start, end, left, right):
        return "", start
    pair = folded[start - 1] + folded[end]
    if {left, right} == {"other", "han"} and any(c.isascii() and c.isalpha() for c in pair):
        return "", start  # a run beside a Latin letter
    return " ", start


def _reference_wrap(folded: str, start: int, end: int, left: str, right: str) -> bool:
    """One line break inside a number, ending a line of at least 8 characters."""
    run = folded[start:end]
    if not ((len(run) == 1 and run in LINE_BREAKS) or run == "\r\n"):
        return False
    pair = folded[start - 1] + folded[end]
    number = pair[0] in "0123456789./" and pair[1] in "0123456789./%" and pair not in ("..", "//")
    line = regex.split(f"[{LINE_BREAKS}]", folded[:start])[-1]
    return number and len(line) >= 8


def reference_normalize(raw: str) -> tuple[str, list[int]]:
    """The normalized text and its map to raw, one entry a character (plus the end)."""
    folded = tm_mod._NOISE.sub(lambda m: NOISE_CHAR * len(m[0]), reference_fold(raw))
    pieces: list[str] = []
    to_raw: list[int] = []

    def emit(chunk: str, raw_at: int) -> None:
        pieces.append(chunk)
        to_raw.extend(range(raw_at, raw_at + len(chunk)))

    pos = 0
    for m in _REF_WS_RUN.finditer(folded):
        start, end = m.span()
        emit(folded[pos:start], pos)
        out, at = _reference_layout(folded, start, end)
        if out:
            emit(out[0], at)
            emit(out[1:], end - 1)
        pos = end
    emit(folded[pos:], pos)
    return "".join(pieces), [*to_raw, len(raw)]


# Characters the fast paths treat apart: foldable ones (full width, traditional, radicals,
# astral digits), every kind of whitespace, sentence ends, closers, headings, noise digits.
_SPECIAL = st.sampled_from(
    list("\n\r\t \u3000\xa0\u2028\u200b\ufeff\x1c\x85。！？；…”）》#：，")
    + list("％．１２３數據産業乾⽇٣𝟑𝟔\U0001d7ce\U00020000")
    + ["11111111", "66666666666", "00000000", "\n\n  ", " \n", "\n\u3000", "。\n", "。”\n"])
# A small alphabet, so that every pair of neighbours around a line break comes up.
_LAYOUT = st.lists(st.sampled_from(list("。，：\n \u3000#”5a永.")), max_size=16).map("".join)
texts = st.one_of(
    _LAYOUT,
    ocr_text(),
    st.text(max_size=40),
    st.lists(st.one_of(_SPECIAL, st.sampled_from(list("永川生产总值增长5%的亿元年"))),
             max_size=40).map("".join),
)


@given(texts)
@example("增长5%。\n全年")
@example("\n。\n")
@example("。\n")
@example("標題\n" + "數" * 200)
@example("一般公共预算收入增长2\n.9%")  # a number broken by a wrap
@example("全省办结行政复议案件3291\r\n0件")
@example("滁州保税物流中心（B\n型）")
@example("年份\n2020\n2021")  # a table's cells: two numbers
@example("永川永川永川永5\n.5%")  # a line of 8 characters: a wrap
@example("永川永川永川5\n.5%")  # of 7: not
@example("滁州保税物流中心（B 型）")  # spacing beside a Latin letter
@example("A \u3000股 a\n型")
@example("A\x85\U00020000")  # a line break beside Latin: layout, as a space (idempotent)
@example("一般公共预算收入增长2\u2028.9%")  # any single line break
@settings(max_examples=400)
def test_normalize_matches_the_general_path(raw: str) -> None:
    tm = normalize(raw)
    text, to_raw = reference_normalize(raw)
    assert tm.text == text
    assert list(tm.to_raw) == to_raw
    for i in range(len(raw) + 1):  # norm_index is the inverse the reference map gives
        expected = next((k for k, r in enumerate(to_raw) if r >= i), len(text))
        assert tm.norm_index(i) == min(expected, len(text))


@given(st.lists(st.one_of(_SPECIAL, st.text(max_size=5)), max_size=200).map("".join))
@settings(max_examples=300)
def test_fold_matches_translating_every_character(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_fold_sparse_and_dense_texts() -> None:
    trad = "".join(sorted(_foldable()))
    assert fold(trad) == reference_fold(trad)  # dense: translated whole
    sparse = "增长" * 500 + "％" + "乾" + "𝟑"
    assert fold(sparse) == reference_fold(sparse)


@given(st.text(alphabet="一二十（(第、）)部分 \u3000\n企业", max_size=30))
@example("  一、回顾\n营收增长")
@example("第三部分\n增长5%以上")
def test_the_heading_openers_let_every_numbered_heading_through(text: str) -> None:
    """`_HEADING_OPENERS` only spares lines the regex would refuse: wherever
    `_NUMBERED_HEADING` matches, the line opens with one of them or with a space."""
    for start in range(len(text)):
        if tm_mod._NUMBERED_HEADING.match(text, start):
            first = text[start]
            assert first in tm_mod._HEADING_OPENERS or first.isspace()
