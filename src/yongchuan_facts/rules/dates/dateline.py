"""Datelines: `2022-10-17 11:33:18` near the top of a page gives the document's date.

dateparser is right on these complete absolute stamps (STYLE.md §3.1), so it reads them; the
rules only find them.
"""

from __future__ import annotations

import datetime as dt

import regex

from ...normalize.textmap import TextMap

# An ISO date, optionally with a clock time: 2022-10-17 11:33:18, 2020/09/15.
DATELINE = regex.compile(
    r"(?<!\d)(?P<date>(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))"
    r"(?P<time>\s?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?!\d)"
)
_HEAD_CHARS = 400  # a dateline sits in the page header


def parse_iso_datetime(s: str) -> dt.datetime | None:
    """dateparser on a complete absolute stamp; None when it is no real date (2022-02-30)."""
    import dateparser  # lazy: 0.3 s to import

    return dateparser.parse(
        s, languages=["en"], settings={"DATE_ORDER": "YMD", "STRICT_PARSING": True}
    )


def find_dateline(tm: TextMap) -> dt.date | None:
    """The first ISO date in the head of the text, when it is a real date."""
    m = DATELINE.search(tm.text, 0, _HEAD_CHARS)
    if m is None:
        return None
    parsed = parse_iso_datetime(m[0])
    return parsed.date() if parsed else None
