"""Skipping the positions where a rule cannot match: the `Anchor` a rule may declare.

`pattern.finditer(text)` tries the pattern at every position of the text (~35 ns each in the
`regex` module, and more where a number starts), though most rules cannot match without one
of a few characters (块, 角, 时, a unit's first character), and hold before it only characters
of a small set (digits, numerals, a qualifier word). An anchor says so:

    >>> kuai = Anchor("块", lead=r"\\d.,零〇一二两三四五六七八九十百千万亿点余多")
    >>> [m.group() for m in anchored_finditer(regex.compile(r"\\d+块"), kuai, "花了30块，5块钱")]
    ['30块', '5块']

and the scan tries the pattern only inside the windows where a match can start: a run of `lead`
characters that ends at an anchor character, found by one reverse scan at C speed. A window is
searched position by position with `pattern.match` (lookbehinds still see the text before it),
in text order, each match going on from where the last one ended: the matches are those of
`pattern.finditer(text)`, exactly (tests/test_prefilter.py compares the two on every rule's
examples and on generated text, and checks each rule's anchor against its matches).

The promise an anchor makes, for every position `p` where the pattern matches: some anchor
character at `a`, inside the match (`p <= a < m.end()`, so a match is never empty), has only
`lead` characters between `p` and it, and `a > p` unless `at_start` (a match may then begin
with the anchor character).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import regex

__all__ = ["Anchor", "anchored_finditer", "chars"]

# A window longer than this is handed to the engine's own scan (`pattern.search`): a run of
# thousands of digits before a 块 would otherwise cost one Python call per digit.
_LONG_WINDOW = 48


def chars(*words: Iterable[str] | str) -> str:
    """The characters of `words`, escaped for the inside of a character class.

    >>> chars(["近", "超过"], "-^")
    '近超过\\\\-\\\\^'
    """
    seen = dict.fromkeys(c for w in words for word in w for c in word)
    return "".join("\\" + c if c in "\\]^-[" else c for c in seen)


@dataclass(frozen=True)
class Anchor:
    """Characters every match holds (`at`, a class body), what may come before the first of
    them inside a match (`lead`, a class body), and whether a match may begin with one."""

    at: str
    lead: str = ""
    at_start: bool = False
    # `(?r)`: found from the end, the anchor character first, then its lead run leftwards as
    # far as it goes; a scan for a character class runs at ~3 ns a character.
    windows: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not (self.lead or self.at_start):
            raise ValueError("an anchor with no lead characters must allow a match at_start")
        run = f"[{self.lead}]{'*' if self.at_start else '+'}" if self.lead else ""
        object.__setattr__(self, "windows", regex.compile(f"(?r){run}[{self.at}]"))


def anchored_finditer(
    pattern: regex.Pattern[str], anchor: Anchor, text: str
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)`, trying only the positions of the anchor's windows."""
    spans = [w.span() for w in anchor.windows.finditer(text)]
    spans.reverse()  # found from the end: in text order now
    cur = 0  # where the next match may start: the end of the last one
    for start, end in spans:
        p = max(start, cur)
        while p < end:  # the anchor character itself is at end - 1
            if end - p > _LONG_WINDOW:
                # the engine finds the leftmost match from p, in this window or beyond it:
                # every position before p is done, so it is the next match of finditer too
                m = pattern.search(text, p)
                if m is None:
                    return
            else:
                m = pattern.match(text, p)
                if m is None:
                    p += 1
                    continue
            yield m
            cur = p = m.end()
