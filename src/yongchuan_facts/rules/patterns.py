"""Shared regex fragments over the normalized text: numbers and word lists.

    >>> bool(regex.fullmatch(NUMBER, "1,234.5")), bool(regex.fullmatch(NUMBER, "三百六十五"))
    (True, True)
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

# Arabic: thousands separators only in groups of three (1,234.5), else plain digits; never a
# digit glued to a Latin letter or another digit run (5G, L4 are names, not numbers).
# `\d++` is possessive: giving digits back could only leave a digit next, which the lookahead
# refuses anyway, so a long digit run fails once instead of once per digit.
ARABIC = r"(?<![\dA-Za-z.])(?:\d{1,3}(?:,\d{3})+|\d++)(?:\.\d++)?(?![\dA-Za-z])"
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
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
# An Arabic number that may be glued to a Latin unit (1.5EFLOPS, 30GWh); the unit's rule must
# then check what follows it. Never use it where a Latin name can follow (5G, L4).
ARABIC_BEFORE_LATIN = r"(?<![\dA-Za-z.])(?:\d{1,3}(?:,\d{3})+|\d++)(?:\.\d++)?(?!\d)"


def one_of(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first, so 人次 is tried before 人."""
    longest_first = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in longest_first) + ")"
