"""Raw text → normalized text, with the offset map back to raw. The ONLY place offsets move.

    >>> tm = normalize("订 单 20 亿 元")
    >>> tm.text
    '订单20亿元'
    >>> tm.raw_span(2, 6)          # '20亿元' in the normalized text: raw[4:10] is '20 亿 元'
    (4, 10)

Rules match on `tm.text`; the engine maps their spans back with `tm.raw_span`, so a fact's raw
span runs from the first to the last raw character of the fact (`服务器 10000⏎台` stays whole).

What normalizing does, in one pass:
1. characters are folded 1:1 (`chars.fold`: full width, radicals, traditional → simplified);
2. OCR noise runs (`66666666…`) become `NOISE_CHAR`, 1:1, so no rule can read them as a number;
3. whitespace runs are layout: a run between two Han / digit / punctuation neighbours, one of them
   Han or CJK punctuation, is dropped (`线上智⏎⏎博会` → `线上智博会`, `订 单 20 亿 元`); a run
   that is a real paragraph break (after 。！？, before or after a markdown heading, or followed by
   an indent) becomes `\\n` (plus one space when indented); one line break that a hard wrap put
   inside a number, at the end of a line of running text, is dropped (`增长2⏎.9%`), as is a run
   between a Latin letter and a Han character (`A 股`, `（B⏎型）`); any other run becomes one
   space, so
   `2020 2021年` never fuses into one number.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from .chars import fold

# Python's str.isspace() set, spelled out: the `regex` module's \s leaves out U+001C–U+001F
# (STYLE.md §3.3), so one class is used everywhere. Zero-width characters are layout too.
WS_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\ufeff"
)
WS = f"[{WS_CHARS}]"
# the stdlib `re`: the same class (explicit characters), found in 60 % of the time
_WS_RUN = re.compile(f"{WS}+")
# What breaks a line, here and for the structure stage (\r\n counts as one break there)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_INDENT = " \t\u3000\xa0"
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
# Every character of the class but the line breaks: stripped off a whitespace run, they leave
# its first and last line break at the ends (one C call, where a scan per break was ten).
_NOT_BREAKS = "".join(
    c for c in WS_CHARS.replace("\u2000-\u200a", "".join(map(chr, range(0x2000, 0x200B))))
    if c not in LINE_BREAKS)

# OCR noise: one non-zero digit repeated 8+ times (`智造重镇”666666…`). Zeros are left alone
# because 100000000 is a real number.
# One alternative per digit, not `([1-9])\1{7,}`: the `regex` module keeps ~130 bytes of
# backtracking state per repetition of a backreference, 1.3 GB for a 10 M-digit run.
_NOISE = regex.compile("|".join(f"{d}{{8,}}" for d in "123456789"))
_NOISE_SEEDS = tuple(d * 8 for d in "123456789")  # what every noise run starts with
NOISE_CHAR = "\u2591"  # ░ : no rule matches it, and normalizing it again leaves it

_SENTENCE_END = "。！？!?；;…"
_CLOSERS = "”’」』）)》】\"'"


def char_class(ch: str) -> str:
    """'han', 'digit', 'cjk_punct', 'punct' or 'other' — what the layout rule looks at."""
    if not ch:
        return "other"
    cp = ord(ch)
    if 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF or ch == "〇":
        return "han"
    if "0" <= ch <= "9":
        return "digit"
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2010 <= cp <= 0x206F or ch in "·":
        return "cjk_punct"
    if unicodedata.category(ch).startswith(("P", "S")):
        return "punct"
    return "other"


_JOINABLE = {"han", "digit", "cjk_punct", "punct"}
_ANCHORS = {"han", "cjk_punct"}


# Segment maps up to this long are also kept as a list (TextMap._starts): at most ~150 kB.
_LISTED_SEGMENTS = 4096


@dataclass(frozen=True, slots=True)
class TextMap:
    """A raw text, its normalized view, and the map from normalized to raw offsets.

    The map is stored as segments of 1:1 runs (`seg_norm[k]` in text ↔ `seg_raw[k]` in raw),
    so a 10 MB text costs a few thousand integers, not ten million.
    """

    raw: str
    text: str
    seg_norm: Sequence[int] = field(repr=False, compare=False)  # array('q'): 8 bytes an entry
    seg_raw: Sequence[int] = field(repr=False, compare=False)
    # seg_norm again, as a list when it is short (as on real text: a few dozen segments): a
    # bisect on a list reads its ints as they are, on an array makes one per probe (~0.1 µs
    # less a span); a long map (hostile text) keeps its array alone, 4.5x less memory
    _starts: Sequence[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = self.seg_norm
        object.__setattr__(self, "_starts",
                           list(starts) if len(starts) <= _LISTED_SEGMENTS else starts)

    def raw_index(self, i: int) -> int:
        """Raw index of normalized character `i`; `len(text)` maps to `len(raw)`."""
        if i >= len(self.text):
            return len(self.raw)
        seg_norm = self._starts
        k = bisect_right(seg_norm, i) - 1
        return self.seg_raw[k] + (i - seg_norm[k])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Half-open span of `text` → half-open span of `raw`, first to last character."""
        if start >= end:
            at = self.raw_index(start)
            return at, at
        if start >= 0 and end <= len(self.text):
            # one bisect for both ends when the span lies in one 1:1 segment, as nearly every
            # fact does: raw_index twice would search the same segment twice (0.5 µs a fact)
            seg_norm = self._starts
            k = bisect_right(seg_norm, start) - 1
            if k >= 0 and (k + 1 == len(seg_norm) or end <= seg_norm[k + 1]):
                raw_start = self.seg_raw[k] + (start - seg_norm[k])
                return raw_start, raw_start + (end - start)
        return self.raw_index(start), self.raw_index(end - 1) + 1

    def segment_of(self, i: int) -> tuple[int, int, int]:
        """The 1:1 run holding normalized index `i`: its start and end in `text` and what to
        add to an index in it to get the raw index; (0, 0, 0) for an index off the text.
        A span inside the run maps as `raw_span` maps it:

            >>> tm = normalize("订 单 20 亿 元")
            >>> lo, hi, delta = tm.segment_of(3)   # '20' in '订单20亿元' is raw[4:6]
            >>> (lo, hi), (lo + delta, hi + delta) == tm.raw_span(lo, hi)
            ((2, 4), True)
        """
        if not 0 <= i < len(self.text):
            return 0, 0, 0
        seg_norm = self._starts
        k = bisect_right(seg_norm, i) - 1
        lo = seg_norm[k]
        hi = seg_norm[k + 1] if k + 1 < len(seg_norm) else len(self.text)
        return lo, hi, self.seg_raw[k] - lo

    @property
    def to_raw(self) -> tuple[int, ...]:
        """The whole map, `len(text) + 1` entries (for tests and debugging; O(n))."""
        return (*(self.raw_index(i) for i in range(len(self.text))), len(self.raw))

    def norm_index(self, raw_i: int) -> int:
        """First normalized index whose raw index is >= `raw_i` (inverse of `raw_index`)."""
        k = bisect_right(self.seg_raw, raw_i) - 1
        if k < 0:
            return 0
        seg_end = self.seg_norm[k + 1] if k + 1 < len(self.seg_norm) else len(self.text)
        return min(self.seg_norm[k] + (raw_i - self.seg_raw[k]), seg_end)


def _is_paragraph_break(folded: str, start: int, end: int) -> bool:
    """A whitespace run with a line break that ends a sentence, a heading, or starts an indent."""
    to_last_break = folded[start:end].rstrip(_NOT_BREAKS)  # the run is whitespace only
    if not to_last_break:
        return False  # no line break in the run
    if end < len(folded) and any(c in folded[start + len(to_last_break) : end] for c in _INDENT):
        return True  # '。\n\n  察勢者智': an indented paragraph
    i = start - 1
    while i > 0 and folded[i] in _CLOSERS:  # '。”⏎' ends a sentence too
        i -= 1
    if folded[i] in _SENTENCE_END:
        return True
    line_start = folded.rfind("\n", 0, start) + 1
    if folded.startswith("#", line_start) or folded.startswith("#", end):
        return True
    # a numbered heading's own line, broken off the text after it and before it (so that the
    # normalized text puts it on a line of its own again: `normalize` stays idempotent)
    return _is_numbered_heading(folded, line_start, start) or _is_numbered_heading(folded, end)


# A report's numbered heading, on a line of its own without a sentence's end: 一、2025年工作回顾 ·
# （三）深入推进城市治理现代化 · 第二部分. Its line break ends a paragraph, not a hard wrap: the
# line is short, and shorter than the next one. A numbered item's first line that a hard wrap
# cut is as long as the wrap's width, the next line no longer (PDF text, seed pages).
HAN_ORDINAL = "[一二三四五六七八九十]"  # the numerals of a heading's number (structure.py too)
_NUMBERED_HEADING = regex.compile(
    rf"[^\S\n]*(?:{HAN_ORDINAL}{{1,3}}、|[（(]{HAN_ORDINAL}{{1,3}}[）)]|第{HAN_ORDINAL}{{1,3}}部分)")
_HEADING_OPENERS = frozenset("一二三四五六七八九十（(第")  # what a match opens with, but a space
_MAX_HEADING = 40  # characters: a longer line is running text that a wrap cut


def _is_numbered_heading(folded: str, line_start: int, line_end: int | None = None) -> bool:
    """Whether the line from `line_start` (to `line_end`, its end without trailing spaces, or
    to its line break) is a numbered heading (`_NUMBERED_HEADING`) shorter than the next line.
    The line ends are looked for only after a number: most lines have none.

        >>> _is_numbered_heading("一、2025年工作回顾\\n2025年是“十四五”规划收官之年。", 0)
        True
        >>> _is_numbered_heading("（一）推进大数据智能\\n化产业发展。", 0)  # a wrap at 10
        False
    """
    first = folded[line_start : line_start + 1]
    if not (first in _HEADING_OPENERS or first.isspace()):  # a set lookup before the regex
        return False
    if _NUMBERED_HEADING.match(folded, line_start) is None:  # never past the line: no \n in it
        return False
    if line_end is None:
        line_end = _line_end(folded, line_start)
    length = line_end - line_start
    if length > _MAX_HEADING:
        return False
    next_start = line_end
    while next_start < len(folded) and folded[next_start].isspace():
        next_start += 1
    return _line_end(folded, next_start) - next_start > length


def _line_end(text: str, i: int) -> int:
    """Where the line holding `i` ends (its line break, or the text's end)."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _layout(folded: str, start: int, end: int) -> tuple[str, int]:
    """What a whitespace run becomes, and the raw index its first output character maps to."""
    if start == 0 or end == len(folded):
        return "", start  # leading / trailing whitespace of the document
    run = folded[start:end]
    if _is_paragraph_break(folded, start, end):
        nl = end - len(run.lstrip(_NOT_BREAKS))  # its first line break
        indented = run[-1] in _INDENT
        return ("\n " if indented else "\n"), nl
    if not run.strip(_ZERO_WIDTH):
        return "", start  # zero-width characters alone never separate anything
    left, right = char_class(folded[start - 1]), char_class(folded[end])
    if left in _JOINABLE and right in _JOINABLE and (left in _ANCHORS or right in _ANCHORS):
        return "", start  # '订 单 20 亿 元', '线上智⏎⏎博会'
    if _wrapped_number(folded, start, end):
        return "", start  # '增长2⏎.9%', '案件3291⏎0件'
    if _beside_latin(folded[start - 1], folded[end], left, right):
        return "", start  # 'A 股', '物流中心（B⏎型）': a PDF's spacing or wrap, no word boundary
    return " ", start


def _beside_latin(before: str, after: str, left: str, right: str) -> bool:
    """A Latin letter on one side of the run and a Han character on the other: the run is
    layout, as Chinese text puts no space between words (`A 股` is `A股`, `（B⏎型）` `（B型）`),
    a line break too, as between two Han characters.

        >>> _beside_latin("B", "型", "other", "han"), _beside_latin("5", "%", "digit", "punct")
        (True, False)
    """
    if {left, right} != {"other", "han"}:
        return False
    latin = before if left == "other" else after
    return latin.isascii() and latin.isalpha()


# A line break a hard wrap put inside a number (2⏎.9%, 3291⏎0件, 1⏎/10): one break, after a line
# of running text (a table's short cells stay apart: 2020⏎2021 are two numbers, as
# `2020 2021年` is).
_NUMBER_LEFT, _NUMBER_RIGHT = frozenset("0123456789./"), frozenset("0123456789./%")
_SINGLE_BREAKS = frozenset({*LINE_BREAKS, "\r\n"})
_WRAPPED_LINE = 8  # characters of the line the break ends, at least


def _wrapped_number(folded: str, start: int, end: int) -> bool:
    """Whether the whitespace `folded[start:end]` is a line wrap inside a number.

        >>> _wrapped_number("一般公共预算收入增长2\\n.9%", 11, 12)
        True
        >>> _wrapped_number("年份\\n2020\\n2021", 7, 8)  # a table's cells: two numbers
        False
    """
    if folded[start:end] not in _SINGLE_BREAKS:
        return False
    before, after = folded[start - 1], folded[end]
    if before not in _NUMBER_LEFT or after not in _NUMBER_RIGHT or before == after in "./":
        return False
    line_start = max(folded.rfind(c, 0, start) for c in LINE_BREAKS) + 1  # (a rare case)
    return start - line_start >= _WRAPPED_LINE


def normalize(raw: str) -> TextMap:
    """Normalize `raw` (see the module docstring); `normalize(tm.text).text == tm.text`."""
    folded = fold(raw)
    if any(seed in folded for seed in _NOISE_SEEDS):  # str.find: a third of the regex scan
        folded = _NOISE.sub(lambda m: NOISE_CHAR * len(m[0]), folded)
    pieces: list[str] = []
    seg_norm, seg_raw = array("q"), array("q")  # not lists of int objects: 4.5× less memory
    n = pos = 0
    delta: int | None = None  # raw - normalized offset of the current 1:1 segment

    def emit(chunk: str, raw_at: int) -> None:
        nonlocal n, delta
        if chunk:
            if raw_at - n != delta:  # a new segment; one that goes on 1:1 extends the last
                seg_norm.append(n)
                seg_raw.append(raw_at)
                delta = raw_at - n
            pieces.append(chunk)
            n += len(chunk)

    last = len(folded)
    for m in _WS_RUN.finditer(folded):
        start, end = m.span()
        if end - start == 1 and folded[start] == "\n" and start > 0 and end < last and (
                folded[start - 1] in _SENTENCE_END):
            continue  # '。⏎', a paragraph break kept as it is (what `_layout` makes of it)
        emit(folded[pos:start], pos)
        out, at = _layout(folded, start, end)
        if out:
            emit(out[0], at)
            emit(out[1:], end - 1)  # the indent space maps to the run's last character
        pos = end
    emit(folded[pos:], pos)
    return TextMap(raw, "".join(pieces), seg_norm, seg_raw)
