"""The document's own date, for a text given without a reference date.

Plain rules over the head of the text; dateparser's search is not used (it is slow and finds
no dates in Chinese prose, STYLE.md §3.1), only its parser, on a span a rule has found:

- the **delivery line** of a work report or speech, on a line of its own or opened by a dash or
  bracket: `——2026年1月27日在海南省第七届人民代表大会第五次会议上` (the speaker's name may
  follow), `政府工作报告（2026年1月27日在…会议上）`;
- an **ISO dateline** of a web page: `2022-10-17 11:33:18`, `时间：2026-02-11`;
- last, a **labelled stamp** in any other format (`Date: 17 October 2022`), whose span the
  label gives and whose format dateparser reads, lazily (the only place it is imported).

When both are there the delivery date wins: the page's stamp is when it was posted, the report
speaks of `今年` from the day it was delivered.

    >>> from yongchuan_facts.normalization.textmap import normalize
    >>> find_dateline(normalize("报告\\n——2026年1月27日在省人大会议上\\n时间：2026-02-01\\n"))
    datetime.date(2026, 1, 27)
    >>> find_dateline(normalize("2022-10-17 11:33:18 来源：国际在线"))
    datetime.date(2022, 10, 17)
"""

from __future__ import annotations

import datetime as dt

import regex

from ...normalization.textmap import TextMap
from ..numbers import parse_number
from .fragments import SMALL_NUMBER, YEAR_DIGITS

# An ISO date, optionally with a clock time: 2022-10-17 11:33:18, 2020/09/15.
DATELINE = regex.compile(
    r"(?<!\d)(?P<date>(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))"
    r"(?P<time>\s?(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?)?(?!\d)"  # ：full-width
)
_HEAD_CHARS = 400  # an ISO dateline sits in the page header

# `<date>在<meeting>上`: the date written in full, the place of delivery a meeting, congress,
# plenary, forum or ceremony. Matched on the normalized text (line breaks are gone there), then
# checked line by line on the raw text.
DELIVERY = regex.compile(
    rf"(?P<year>{YEAR_DIGITS})年(?P<month>{SMALL_NUMBER})月(?P<day>{SMALL_NUMBER})[日号]"
    r"在[^，。；！？,;:：]{2,60}?(?:会议|大会|全会|会|论坛|典礼|仪式)上"
)
_DELIVERY_HEAD_CHARS = 1500  # after the site menu of a government page: 120 characters or so
# Before the date on its raw line: nothing but dashes, an opening bracket and spaces.
_LINE_LEAD = regex.compile(r"[—―\-－–(（\s]*")
# After 上 on its raw line: a closing bracket and the speaker (`海南省省长 刘小明`), nothing
# that goes on as a sentence.
_MAX_SPEAKER = 30
_LINE_TAIL = regex.compile(rf"[)）]?[^，。；！？,;\n\r]{{0,{_MAX_SPEAKER}}}")


def _real_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(parse_number(year)), int(parse_number(month)), int(parse_number(day)))
    except ValueError:  # 2月30日, or a numeral that is no number (NumberError is a ValueError)
        return None


_MAX_LEAD = 16  # dashes, a bracket and layout spaces before the date
_OPENERS = ("—", "―", "（", "(")


def _own_line(tm: TextMap, start: int, end: int) -> bool:
    """Does raw[start:end] stand on a line of its own, between a dash and the speaker's name?

    Both looks are bounded, so a text of one endless line costs the same as a short one.
    """
    raw = tm.raw
    lo, hi = max(0, start - _MAX_LEAD), min(len(raw), end + _MAX_SPEAKER + 2)
    lead = raw[lo:start].rstrip()
    if not lead.endswith(_OPENERS):  # 政府工作报告（2026年…）: a dash or bracket opens it
        line_start = max(raw.rfind("\n", lo, start), raw.rfind("\r", lo, start)) + 1
        if line_start == 0 and lo > 0:  # no line break close before the date: running text
            return False
        if not _LINE_LEAD.fullmatch(raw, line_start, start):
            return False
    breaks = [i for i in (raw.find("\n", end, hi), raw.find("\r", end, hi)) if i >= 0]
    line_end = min(breaks) if breaks else len(raw) if hi == len(raw) else -1
    return line_end >= 0 and bool(_LINE_TAIL.fullmatch(raw, end, line_end))


def find_delivery_date(tm: TextMap) -> dt.date | None:
    """The date of the first delivery line in the head of the text, or None.

    >>> from yongchuan_facts.normalization.textmap import normalize
    >>> find_delivery_date(normalize("2024年3月5日在十四届全国人大二次会议上作报告时指出，"))
    """
    for m in DELIVERY.finditer(tm.text, 0, _DELIVERY_HEAD_CHARS):
        if _own_line(tm, *tm.raw_span(*m.span())):
            day = _real_date(m["year"], m["month"], m["day"])
            if day is not None:
                return day
    return None


def find_iso_dateline(tm: TextMap) -> dt.date | None:
    """The first ISO date in the head of the text, when it is a real date (not 2022-02-30)."""
    m = DATELINE.search(tm.text, 0, _HEAD_CHARS)
    if m is None:
        return None
    year, month, day = regex.split(r"[-/.]", m["date"])
    return _real_date(year, month, day)


# A labelled stamp in the page header, in whatever format the site writes it
# (`发布时间：2022年10月17日 11:33`, `Date: 17 October 2022`, `Posted: Oct 17, 2022`): the label
# finds the span, dateparser reads its format. The plain rules above cover the common layouts;
# this one is tried last, so dateparser (0.3 s to import) loads only for a page that needs it.
LABELLED = regex.compile(
    r"(?:[发發]布[时時][间間]|[发發]布日期|更新[时時][间間]|日期|[时時][间間]"
    r"|Date|Published|Posted|Updated)\s*[:：]\s*"
    r"(?P<stamp>[0-9A-Za-z年月日号,./\- :]{6,32}?)\s*(?=[|｜\n\r]|\s{2}|来源|作者|$)",
    regex.IGNORECASE,
)


def parse_date_string(stamp: str) -> dt.date | None:
    """dateparser on a date string whose span is already known; None when it is no date.

        >>> parse_date_string("17 October 2022 11:33"), parse_date_string("Oct 17, 2022")
        (datetime.date(2022, 10, 17), datetime.date(2022, 10, 17))
        >>> parse_date_string("2022年2月30日") is None
        True
    """
    import dateparser  # lazy: 0.3 s to import, needed only for a stamp the rules can't read

    parsed = dateparser.parse(stamp, languages=["zh", "en"],
                              settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY"})
    if parsed is None or not 1 <= parsed.year <= 9998:
        return None
    return parsed.date()


def find_labelled_dateline(tm: TextMap) -> dt.date | None:
    """A labelled stamp in the raw head of the text (`日期：17/10/2022`), read by dateparser.

        >>> from yongchuan_facts.normalization.textmap import normalize
        >>> find_labelled_dateline(normalize("首页 | 新闻\\nDate: 17 October 2022\\n正文"))
        datetime.date(2022, 10, 17)
        >>> find_labelled_dateline(normalize("时间：上午九点\\n")) is None
        True
    """
    m = LABELLED.search(tm.raw, 0, _HEAD_CHARS)
    return parse_date_string(m["stamp"].strip()) if m is not None else None


def find_dateline(tm: TextMap) -> dt.date | None:
    """The document's date: its delivery line, else its ISO dateline, else a labelled stamp."""
    return find_delivery_date(tm) or find_iso_dateline(tm) or find_labelled_dateline(tm)
