"""Regex fragments shared by the date rules and the dateline finder (normalized text).

    >>> import regex
    >>> [bool(regex.fullmatch(YEAR_DIGITS, s)) for s in ("2019", "二〇二〇", "3019", "19")]
    [True, True, False, False]
    >>> [bool(regex.fullmatch(SMALL_NUMBER, s)) for s in ("8", "27", "十二", "三十一")]
    [True, True, True, True]
"""

from __future__ import annotations

# A small number (month, day, quarter, hour): Arabic, or Chinese up to 三十一; checked later.
SMALL_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A four-digit year: 2019, or digit by digit 二〇二〇 / 二零二零.
YEAR_DIGITS = (
    r"(?:(?<![\d.])(?:19|20)\d\d(?!\d)"
    r"|(?<![〇零○一二三四五六七八九十])[一二][〇零○一二三四五六七八九]{3})"
)
