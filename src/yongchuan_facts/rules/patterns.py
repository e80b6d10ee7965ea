"""Shared regex fragments over the normalized text: numbers and word lists (public API).

    >>> bool(regex.fullmatch(NUMBER, "1,234.5")), bool(regex.fullmatch(NUMBER, "三百六十五"))
    (True, True)
    >>> [n for n, _, _ in find_numbers("营收1亿2千万元，增长5.4%，壹佰万元")]
    ['1亿2千万', '5.4', '壹佰万']

A number never starts inside a thousands group (`1,000,000` is one number, not `000,000`), and
a digit run longer than a double holds exactly (more than 15 digits before the point) is an
identifier, not a figure, so every value read from text is finite:

    >>> find_numbers("1" + ",000" * 6), find_numbers("1" + "0" * 309 + "元")
    ([], [])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

__all__ = [
    "ARABIC",
    "ARABIC_BEFORE_LATIN",
    "CHINESE",
    "ENACTING_VERBS",
    "FINANCIAL",
    "FINANCIAL_CHARS",
    "MIXED",
    "NUMBER",
    "NUMBER_CHARS",
    "find_numbers",
    "one_of",
    "policy_nickname_ending",
]

# Arabic: thousands separators only in groups of three (1,234.5), else plain digits; never a
# digit glued to a Latin letter or another digit run (5G, L4 are names, not numbers).
# Quantifiers are possessive: giving digits back could only leave a digit next, which the
# lookahead refuses anyway, so a long digit run fails once instead of once per digit. A number
# never starts inside a thousands group (after `1,`): started at every group of
# "1" + ",000" * n the scan was quadratic (issue 12). At most 15 digits before the point (five
# groups): a longer run is an identifier and cannot be read exactly as a double (issue 12).
_NOT_IN_GROUP = r"(?!(?<=\d,)\d{3}(?!\d))"
# (the digit limit is a bounded lookahead at the start: a bounded repeat in the body made every
# scan 20× slower, and a lookbehind after it 10× slower again past ~8,000 digits)
_AT_MOST_15 = r"(?!\d{16}|\d{1,3}(?:,\d{3}){5})"
_ARABIC_BODY = r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?"
_ARABIC_START = rf"(?<![\dA-Za-z.]){_NOT_IN_GROUP}{_AT_MOST_15}"
ARABIC = rf"{_ARABIC_START}{_ARABIC_BODY}(?![\dA-Za-z]|\.\d|,\d{{3}})"
# Chinese: starts with a digit or 十 (a bare 万 or 千 is no number), then digits and units.
# Only at the start of a numeral run, and at most 32 characters (九千九百…九 is 31): unbounded
# and startable anywhere, a run of n numerals cost O(n²) tries per rule (issue 7).
# A spoken decimal (三点五亿元, 二点三个百分点) is part of the number, and nothing starts inside
# one: read as 五亿元 the fact would be silently wrong. 两点：一是 has no digit after 点.
_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_SPOKEN_DECIMAL = "(?:点[零〇一二三四五六七八九]{1,8})?"
CHINESE = (
    rf"(?:(?<![{_NUMERAL}]|[{_NUMERAL}]点)[零〇一二两三四五六七八九十][{_NUMERAL}]{{0,31}}"
    rf"{_SPOKEN_DECIMAL})"
)
# Financial (大写) numerals, as on receipts and contracts (壹佰贰拾万元): only a run that holds a
# unit (拾佰仟万亿), since a lone 陆 or 伍 is a name (陆家嘴, 队伍).
_FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_FINANCIAL = (
    rf"(?:(?<![{_FINANCIAL_DIGITS}拾佰仟])(?=[{_FINANCIAL_DIGITS}]{{0,2}}[拾佰仟])"
    rf"[壹贰叁肆伍陆柒捌玖拾][{_FINANCIAL_DIGITS}拾佰仟万亿]{{1,31}}+)"
)
# Digits mixed with several multipliers, read whole (3万4000, 5万4千6百, 1亿2千万): read as
# `5万` and `4000` apart, the figure was silently wrong. A group after a multiplier has at most
# four digits, and the run does not go on into a date (5亿2025年 is two things). It never starts
# right after a multiplier and has at most four groups (亿, 千, 百, 十): a scan of a long run of
# them stays linear (benchmarks/regex_review.py).
_MULT_CHARS = "十百千万亿"
MIXED = (
    rf"(?:(?<![{_MULT_CHARS}]){_ARABIC_START}\d++(?:\.\d++)?"
    rf"(?:[{_MULT_CHARS}]{{1,3}}+(?:\d{{1,4}}+(?![\d.,年月日号])|[一二两三四五六七八九](?=[十百千])))"
    r"{1,4}+"
    rf"[{_MULT_CHARS}]{{0,3}}+)"
)
# Financial numerals are a pattern of their own (FINANCIAL), scanned by a rule of their own: in
# one alternation with the other three, a scan of a long digit run was 10× slower past ~8,000
# characters (benchmarks/regex_review.py).
NUMBER = rf"(?:{MIXED}|{ARABIC}|{CHINESE})"
FINANCIAL = _FINANCIAL
# An Arabic number that may be glued to a Latin unit (1.5EFLOPS, 30GWh); the unit's rule must
# then check what follows it. Never use it where a Latin name can follow (5G, L4).
ARABIC_BEFORE_LATIN = rf"{_ARABIC_START}{_ARABIC_BODY}(?!\d|\.\d|,\d{{3}})"
# Every character a NUMBER (or a FINANCIAL numeral) may consume, as the body of a character
# class: the lead of a rule's anchor (prefilter.py) when a number comes before the anchor.
NUMBER_CHARS = rf"\d,.点{_NUMERAL}"
FINANCIAL_CHARS = f"{_FINANCIAL_DIGITS}拾佰仟万亿"
_NUMBER_RE = regex.compile(rf"{NUMBER}|{FINANCIAL}")


def find_numbers(text: str) -> list[tuple[str, int, int]]:
    """Every number in `text` as (surface, start, end), as the metric rules see them; read one
    with `yongchuan_facts.rules.numbers.parse_number`."""
    return [(m.group(), m.start(), m.end()) for m in _iter_numbers(text)]


def _iter_numbers(text: str) -> Iterator[regex.Match[str]]:
    return _NUMBER_RE.finditer(text)


def one_of(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first, so 人次 is tried before 人."""
    longest_first = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in longest_first) + ")"


# A policy called by its topic and its count of articles, unquoted, after the verb enacting it
# (制定实施稳增长惠民生27条、…; 出台促进民营经济高质量发展27条。): a name, as
# “大数据发展20条” is (FACTS.md), not a count. The topic holds a word of policy and no
# counted noun ends it (出台稳增长措施近100条 counts measures); both the metric vetoes and the
# project rules read it.
# (制定实施…: the search tries 制定 first, whose name would hold 实施, then 实施)
ENACTING_VERBS: tuple[str, ...] = (
    "出台", "制定", "实施", "推出", "印发", "落实", "修订", "贯彻", "执行", "颁布")
_ENACTING = "|".join(ENACTING_VERBS)
_POLICY_NICKNAME = regex.compile(
    rf"(?:{_ENACTING})(?P<name>(?:(?!{_ENACTING})\p{{Han}}){{2,16}}?"
    r"(?<=促进|支持|推动|推进|优化|惠民生|发展|金融|保障|鼓励|赋能|应用|就业|营商环境|稳增长)"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})条)$"
)
_NICKNAME_REACH = 30


def policy_nickname_ending(text: str, end: int) -> int | None:
    """Where a policy nickname that ends at `end` (its 条) starts, or None.

        >>> text = "出台促进民营经济高质量发展27条，"  # (27条举措 would count measures)
        >>> end = text.index("条") + 1
        >>> text[policy_nickname_ending(text, end):end]
        '促进民营经济高质量发展27条'
        >>> text = "出台稳增长措施近100条"
        >>> policy_nickname_ending(text, len(text)) is None
        True
    """
    if text[end : end + 1] not in _AFTER_A_NICKNAME:
        return None  # 出台…10条措施: ten measures counted
    m = _POLICY_NICKNAME.search(text, max(0, end - _NICKNAME_REACH), end)
    return None if m is None else m.start("name")


_AFTER_A_NICKNAME = frozenset(["", *"，。、；,;等\n"])
