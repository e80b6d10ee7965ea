"""What is not a metric although it reads as one: ordinals, names, slogans, vague numbers.

    >>> m = regex.search(r"(?P<num>二)(?P<body>届)", "第二届智博会")
    >>> vetoed(m, "第二届智博会")
    True

Each check looks only at the characters around the number, in the normalized text:
- an ordinal (`第二届`) or a rank (`前3名`);
- a vague or rhetorical numeral (`一台电脑`, `数十家`, `几十个`, `零部件`);
- a number glued to `+` (`1+6`, `9+X`, `3+2+N`): a slogan;
- a number inside a short quoted name (`“大数据发展20条”`, `“五个一”`, `“三个课堂”`) or inside a
  book title (`《…11项实施计划》`).
"""

from __future__ import annotations

import regex

# Before a number: an ordinal or a vague quantifier (数十家 is no figure).
_ORDINAL = "第"
_VAGUE_BEFORE = "数几"
_RANK = ("前",)
_RANK_UNITS = ("名", "位", "强")
_SLOGAN_GLUE = "+＋"
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"
# Longest quoted name a number may sit in; a longer quote is speech, whose numbers count.
_SHORT_QUOTE = 16
_TITLE_SPAN = 80


def vetoed(m: regex.Match[str], text: str) -> bool:
    """True when the number of match `m` is an ordinal, vague, a slogan or part of a name."""
    start = m.start("num")
    end = m.end("body") if "body" in m.groupdict() and m["body"] else m.end()
    return (
        _vague_or_ordinal(m["num"], text, start, end)
        or _slogan(text, start, end)
        or inside_quoted_name(text, start, end)
        or inside_title(text, start, end)
    )


def _vague_or_ordinal(num: str, text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    if before == _ORDINAL:
        return True
    if before in _RANK and text[end - 1 : end] in _RANK_UNITS:
        return True
    chinese = not num[0].isdigit()
    if chinese and (before and before in _VAGUE_BEFORE):
        return True  # 数十家, 几十个
    # a lone 一 (一台电脑, 一项主导产业, 一个个) and numbers that begin with 零 (零部件)
    return num == "一" or num[0] in "零〇"


def _slogan(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end : end + 1]
    return any(ch != "" and ch in _SLOGAN_GLUE for ch in (before, after))


# How far the line around a number is read either way. One endless line (hostile input, a
# text with no line breaks) made every number read it whole: O(n) each, O(n²) in all.
_LINE_REACH = 1_000


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around text[start:end], at most `_LINE_REACH` characters either way."""
    lo, hi = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
    line_start = text.rfind("\n", lo, start)
    line_end = text.find("\n", end, hi)
    return lo if line_start < 0 else line_start + 1, hi if line_end < 0 else line_end


def inside_quoted_name(text: str, start: int, end: int) -> bool:
    """A number at the start or end of a short quoted span: “五个一”, “大数据发展20条”."""
    line_start, line_end = _line_bounds(text, start, end)
    before, after = text[line_start:start], text[end:line_end]
    if before.count('"') % 2 == 1:  # ASCII quotes: an odd count before means we are inside
        opened = before.rfind('"')
        closed = after.find('"')
    else:
        opened = max(before.rfind(q) for q in _OPEN_QUOTES)
        if opened < 0 or any(q in before[opened:] for q in _CLOSE_QUOTES):
            return False
        closed = min((i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if opened < 0 or closed < 0:
        return False
    quote_len = (len(before) - opened - 1) + (end - start) + closed
    at_edge = opened == len(before) - 1 or closed <= 1
    return quote_len <= _SHORT_QUOTE and at_edge


def inside_title(text: str, start: int, end: int) -> bool:
    """A number inside a book title 《…》 belongs to the title."""
    line_start, line_end = _line_bounds(text, start, end)
    before = text[max(line_start, start - _TITLE_SPAN) : start]
    after = text[end : min(line_end, end + _TITLE_SPAN)]
    opened, closed_before = before.rfind("《"), before.rfind("》")
    closing, reopening = after.find("》"), after.find("《")
    return opened > closed_before and closing >= 0 and (reopening < 0 or closing < reopening)
