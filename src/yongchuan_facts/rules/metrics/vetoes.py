"""What is not a metric although it reads as one: ordinals, names, slogans, vague numbers.

    >>> m = regex.search(r"(?P<num>二)(?P<body>届)", "第二届智博会")
    >>> vetoed(m, "第二届智博会")
    True

Each check looks only at the characters around the number, in the normalized text:
- an ordinal (`第二届`) or a rank (`前3名`);
- a vague or rhetorical numeral (`一台电脑`, `数十家`, `几十个`, `零部件`);
- a number glued to `+` (`1+6`, `9+X`, `3+2+N`): a slogan;
- a number inside a short quoted name (`“大数据发展20条”`, `“五个一”`, `“三个课堂”`) or inside a
  book title (`《…11项实施计划》`);
- a numbered meeting: the session of a congress or a plenum (`党的二十届四中全会`,
  `省委十一届十次、十一次全会`, `市十六届人大三次会议`) is an ordinal, not a count of meetings;
- a number inside a fixed political or economic term (`中央八项规定`, `三次产业`, `两个维护`);
- a number in the heading of an explanatory note, the term it explains
  (`［10］两个基地、两个枢纽、两个网络：`, `［18］五张清单：`).

    >>> text = "按照省委十一届十次、十一次全会部署"
    >>> vetoed(regex.search(r"(?P<num>十一)(?P<body>届)", text), text)
    True
    >>> text = "连续3次获评全国优秀"
    >>> vetoed(regex.search(r"(?P<num>3)(?P<body>次)", text), text)
    False
"""

from __future__ import annotations

import re

import regex

from ..patterns import policy_nickname_ending
from .lexicon import NUMBERED_TERMS

# Before a number: an ordinal or a vague quantifier (数十家 is no figure).
_ORDINAL = "第"
_VAGUE_BEFORE = "数几"
_RANK = ("前",)
_RANK_UNITS = ("名", "位", "强")
_SLOGAN_GLUE = "+＋"
_SLOGAN_SET = frozenset(_SLOGAN_GLUE)
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"
# Longest quoted name a number may sit in; a longer quote is speech, whose numbers count.
_SHORT_QUOTE = 16
# The characters that open a quoted name: a quote of at most _SHORT_QUOTE characters around a
# number opens at most _SHORT_QUOTE + 1 characters before it, so with none there the long
# check is skipped (stdlib `re` for a plain class: a third of the cost of a `regex` search).
_QUOTE_NEAR = re.compile(rf"[\"{_OPEN_QUOTES}]")
_CLOSE_NEAR = re.compile(rf"[\"{_CLOSE_QUOTES}]")  # …and closes at most as far after it
_CLOSE_QUOTE = re.compile(f"[{_CLOSE_QUOTES}]")
_LAST_OPEN_QUOTE = regex.compile(f"(?r)[{_OPEN_QUOTES}]")  # searched backwards: the last one
_TITLE_SPAN = 80
# Two neighbouring digits written together: an approximation (三四个, 两三年), not 34.
_APPROXIMATE_PAIR = regex.compile(r"[一两二三四五六七八九][二三四五六七八九]")


# A session count (届/次) followed by the meeting it numbers, maybe through a list of sessions
# (十一届十次、十一次全会) or the body that meets (十六届人大三次会议, 十二届市委八次全会).
_SESSION_UNITS = "届次"
_SESSION_NUMERAL = "零〇一二两三四五六七八九十\\d"
_SESSION_AFTER = regex.compile(
    rf"(?:[、和及]|[{_SESSION_NUMERAL}]{{1,4}}+[届次]){{0,6}}+"  # bounded: linear under finditer
    r"(?:[一二三四五六七八九十]{1,3}+中全会|全会|全体会议|会议|历次|人大|政协|党代会|代表大会|常委会|"
    r"市委|省委|区委|县委|党委|委员会|中央委员会|纪委)"
)
# …or preceded by the party or body whose session it is (党的二十届, 省委十一届, 十一届十次).
_SESSION_BEFORE = ("党的", "省委", "市委", "区委", "县委", "州委", "党委", "人大", "政协", "届",
                   "中共")
_EVENT_NAME_START = regex.compile(r"[\u4e00-\u9fff]")
_EDITION_COUNT_BEFORE = ("连续", "近", "共", "累计", "已", "历经", "前", "后")
_TERMS = regex.compile("|".join(sorted(NUMBERED_TERMS, key=len, reverse=True)))
_TERM_REACH = max(map(len, NUMBERED_TERMS))
# The first two characters of every term (each has two or more), to skip the scan for terms
# where none starts: a plain alternation, for stdlib `re` (a third of a `regex` search's cost).
_TERM_HEAD = re.compile("|".join(sorted({t[:2] for t in NUMBERED_TERMS})))


def vetoed(m: regex.Match[str], text: str, *, lone_one: bool = False) -> bool:
    """True when the number of match `m` is an ordinal, vague, a slogan or part of a name.
    `lone_one` lets a bare 一 through (一年来, 过去一年: a duration, not 一台电脑)."""
    return vetoed_at(m["num"], text, m.start("num"), body_end(m), lone_one=lone_one)


def body_end(m: regex.Match[str]) -> int:
    """Where the vetoes stop reading: the end of a non-empty `body` group, else of the match."""
    # by span, not `m.groupdict()`: that builds a dict of every group, 1.2 µs a match
    if "body" not in m.re.groupindex:
        return m.end()
    body_start, end = m.span("body")
    return end if end > body_start else m.end()  # (-1, -1): the group took no part


def vetoed_at(num: str, text: str, start: int, end: int, *, lone_one: bool = False) -> bool:
    """`vetoed` for the number `num` at text[start:] in a match whose body ends at `end`."""
    # every check is pure: the cheap ones first, those that read a window last. Each check
    # that reads a window is called only when its own first test (a unit, a character or a
    # quote within reach) passes, asked here in place: a call less for each check a figure
    # passes, ~0.5 µs a figure (the checks still ask it themselves, so each stays exact alone)
    if (_vague_or_ordinal(num, text, start, end)
            and not (lone_one and num == "一" and text[start - 1 : start] != _ORDINAL)):
        return True
    if (start > 0 and text[start - 1] in _SLOGAN_SET) or text[end : end + 1] in _SLOGAN_SET:
        return True  # _slogan
    if end and text[end - 1] in _SESSION_UNITS and session_ordinal(text, start, end):
        return True
    lo = start - _TITLE_SPAN
    if text.find("《", lo if lo > 0 else 0, start) >= 0 and inside_title(text, start, end):
        return True
    lo = start - _SHORT_QUOTE - 1
    if ((end < start or (_QUOTE_NEAR.search(text, lo if lo > 0 else 0, start)
                         and _CLOSE_NEAR.search(text, end, end + _SHORT_QUOTE + 1)))
            and inside_quoted_name(text, start, end)):
        return True
    first = start - _NOTE_HEADING_REACH - _NOTE_INDENT
    if ((end < start or ((first <= 0 or text.rfind("\n", first - 1, start) >= 0)
                         and _BRACKET_NEAR.search(text, first if first > 0 else 0,
                                                  start + _NOTE_INDENT + 1)))
            and in_note_heading(text, start, end)):
        return True
    if text[end - 1 : end] == "条" and policy_nickname_ending(text, end) is not None:
        return True  # 制定实施稳增长惠民生27条: a policy's name (patterns.py)
    lo = start - _TERM_REACH
    return bool(_TERM_HEAD.search(text, lo if lo > 0 else 0, end + 1)  # re clamps its end
                and inside_term(text, start, end))


def _vague_or_ordinal(num: str, text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    if before == _ORDINAL:
        return True
    if before in _RANK and text[end - 1 : end] in _RANK_UNITS:
        return True
    chinese = not num[0].isdigit()
    if chinese and (before and before in _VAGUE_BEFORE):
        return True  # 数十家, 几十个
    if chinese and len(num) == 2 and _APPROXIMATE_PAIR.fullmatch(num):
        return True  # 三四轮车, 两三个: "three or four", no figure
    if num == "二":
        return True  # 二轮延包, 二期: a count says 两 (两轮); a bare 二 is an ordinal
    # a lone 一 (一台电脑, 一项主导产业, 一个个) and numbers that begin with 零 (零部件)
    return num == "一" or num[0] in "零〇"


def _slogan(text: str, start: int, end: int) -> bool:
    # a set, not the string: '' (the text's edge) is in every string
    return (start > 0 and text[start - 1] in _SLOGAN_SET) or text[end : end + 1] in _SLOGAN_SET


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
    if end >= start and not (_QUOTE_NEAR.search(text, max(0, start - _SHORT_QUOTE - 1), start)
                             and _CLOSE_NEAR.search(text, end, end + _SHORT_QUOTE + 1)):
        return False  # no quote close enough on both sides of the number for a name this short
    # offsets in the text, found within the line's bounds: no copies of the line's two halves
    line_start, line_end = _line_bounds(text, start, end)
    if text.count('"', line_start, start) % 2 == 1:  # ASCII quotes: odd before, we are inside
        opened = text.rfind('"', line_start, start)
        closed = text.find('"', end, line_end)
    else:  # the last opening quote before, no closing one after it, the first closing one after
        last_open = _LAST_OPEN_QUOTE.search(text, line_start, start)
        if last_open is None or _CLOSE_QUOTE.search(text, last_open.start(), start):
            return False
        opened = last_open.start()
        first_close = _CLOSE_QUOTE.search(text, end, line_end)
        closed = -1 if first_close is None else first_close.start()
    if opened < 0 or closed < 0:
        return False
    quote_len = (start - opened - 1) + (end - start) + (closed - end)
    at_edge = opened == start - 1 or closed - end <= 1
    return quote_len <= _SHORT_QUOTE and at_edge


def inside_title(text: str, start: int, end: int) -> bool:
    """A number inside a book title 《…》 belongs to the title."""
    if text.find("《", max(0, start - _TITLE_SPAN), start) < 0:
        return False  # no title opened within reach: the check below needs one
    line_start, line_end = _line_bounds(text, start, end)
    before = text[max(line_start, start - _TITLE_SPAN) : start]
    after = text[end : min(line_end, end + _TITLE_SPAN)]
    opened, closed_before = before.rfind("《"), before.rfind("》")
    closing, reopening = after.find("》"), after.find("《")
    return opened > closed_before and closing >= 0 and (reopening < 0 or closing < reopening)


def session_ordinal(text: str, start: int, end: int) -> bool:
    """`二十届` of 党的二十届四中全会, `十次` of 十一届十次全会: a numbered meeting."""
    if not end or text[end - 1] not in _SESSION_UNITS:
        return False
    if _SESSION_AFTER.match(text, end, min(len(text), end + 40)):
        return True
    if text[max(0, start - 2) : start].endswith(_SESSION_BEFORE):
        return True
    # 十四届全运会: a Chinese numeral before 届 and an event's name is the edition's ordinal;
    # a count of editions says so (连续12届, 近十届, 举办3届 in Arabic digits).
    return (text[end - 1] == "届" and not text[start].isdigit()
            and _EVENT_NAME_START.match(text, end) is not None
            and not text[max(0, start - 2) : start].endswith(_EDITION_COUNT_BEFORE))


def inside_term(text: str, start: int, end: int) -> bool:
    """A number inside a fixed term (中央八项规定, 三次产业): the term is a name, not a figure."""
    lo = max(0, start - _TERM_REACH)
    if not _TERM_HEAD.search(text, lo, min(len(text), end + 1)):
        return False  # a term overlapping the number starts before its end: its head is there
    return any(t.start() < end and t.end() > start
               for t in _TERMS.finditer(text, lo, min(len(text), end + _TERM_REACH)))


# A note's heading: a bracketed note number at the line's start, then the term up to a colon (the
# explanation after it may share the line once layout breaks are joined).
_NOTE_INDENT = 3
_NOTE_HEADING = regex.compile(
    rf"\s{{0,{_NOTE_INDENT}}}+[［\[]\d{{1,3}}[］\]][^\n：:。]{{1,40}}[：:]")
# A heading covering the number has its bracket at most _NOTE_INDENT characters into the
# number's line (so at most that far after its start) and ends at most this far after the
# bracket: ］ + 3 digits + ］ + 40 characters + ：.
_NOTE_HEADING_REACH = 1 + 3 + 1 + 40 + 1
_BRACKET_NEAR = re.compile(r"[［\[]")


def in_note_heading(text: str, start: int, end: int) -> bool:
    """`［18］五张清单：…` — the number belongs to the term the note explains."""
    # a heading covering the number starts its line at `first` or after: after a line break
    # at `first - 1` or after, or at 0
    first = start - _NOTE_HEADING_REACH - _NOTE_INDENT
    if end >= start and (
            (first > 0 and text.rfind("\n", first - 1, start) < 0)
            or not _BRACKET_NEAR.search(text, max(0, first), start + _NOTE_INDENT + 1)):
        return False  # no note number's bracket within a heading's reach of the number
    line_start, line_end = _line_bounds(text, start, end)
    heading = _NOTE_HEADING.match(text, line_start, line_end)
    return heading is not None and end <= heading.end()
