"""Date span rules: where a time expression is and its parts (year, month, day …)."""

from __future__ import annotations

import regex

from ..numbers import parse_number
from ..ruleset import Context, Draft, RuleSet
from .dateline import DATELINE

rules = RuleSet("date")

_YEAR = r"(?P<year>(?:1[89]|20)\d\d|[一二][〇零一二三四五六七八九]{3})"
_MONTH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"


def _int(s: str | None) -> int | None:
    return int(parse_number(s)) if s else None


@rules.rule(
    rf"(?<!\d){_YEAR}年(?:{_MONTH}月(?:{_DAY}[日号])?)?",
    examples={"2019年8月，": "2019年8月", "二〇二〇年": "二〇二〇年"},
)
def year_month_day(m: regex.Match[str], ctx: Context) -> Draft:
    """<year>年 (<month>月 (<day>日)?)?     2019年8月 · 二〇二〇年"""
    return {"year": _int(m["year"]), "month": _int(m["month"]), "day": _int(m["day"])}


@rules.rule(DATELINE.pattern, examples={"2022-10-17 11:33:18來源": "2022-10-17 11:33:18"})
def iso_datetime(m: regex.Match[str], ctx: Context) -> Draft:
    """An ISO stamp, as in a dateline     2022-10-17 11:33:18"""
    y, mo, d = (int(x) for x in regex.split(r"[-/.]", m["date"]))
    return {"year": y, "month": mo, "day": d, "clock": bool(m["time"])}
