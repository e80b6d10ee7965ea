"""Skipping the positions where a rule cannot match: the `Anchor` a rule may declare.

`pattern.finditer(text)` tries the pattern at every position of the text (~35 ns each in the
`regex` module, and more where a number starts), though most rules cannot match without one
of a few characters (块, 角, 时, a unit's first character), and hold before it only characters
of a small set (digits, numerals, a qualifier word). An anchor says so:

    >>> kuai = Anchor("块", lead=r"\\d.,零〇一二两三四五六七八九十百千万亿点余多")
    >>> [m.group() for m in anchored_finditer(regex.compile(r"\\d+块"), kuai, "花了30块，5块钱")]
    ['30块', '5块']

and the scan tries the pattern only inside the windows where a match can start: a run of `lead`
characters that ends at an anchor character, found by one scan of the reversed text at C speed
(for an anchor of a few plain characters, by a literal search for each, its run read backwards).
A window is searched position by position with `pattern.match` (lookbehinds still see the text
before it), in text order, each match going on from where the last one ended: the matches are
those of `pattern.finditer(text)`, exactly (tests/test_prefilter.py compares the two on every
rule's examples and on generated text, and checks each rule's anchor against its matches).

The promise an anchor makes, for every position `p` where the pattern matches: some anchor
character at `a`, inside the match (`p <= a < m.end()`, so a match is never empty), has only
`lead` characters between `p` and it, and `a > p` unless `at_start` (a match may then begin
with the anchor character).

Where windows are long (a run of thousands of digits before a 块) the engine scans on from the
window's start (`pattern.search`: the leftmost match from there is the next match, wherever it
is), and where they cover much of a block of the text (`1年1年…`) the engine scans the block:
on any text the anchored scan costs little more than `finditer` (at most 2x on the hostile
texts measured), and gives the same matches. Trying a position twice, or one where no match
can start, changes nothing: positions are tried in text order, never before the last match's
end, so the first that matches is the one `finditer` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import regex

__all__ = ["Anchor", "anchored_finditer", "as_re_class", "chars"]

# A window longer than this is handed to the engine's own scan (`pattern.search`): a run of
# thousands of digits before a 块 would otherwise cost one Python call per digit.
_LONG_WINDOW = 48
# Anchor characters looked for one by one (`in`, a literal search each) up to this many: 8
# literal searches of a text cost less than one class scan of it (range_first's 8: 1.6 ms of
# windows on the 23 reports -> ~1).
_FEW = 8
# Windows over more than a fifth of a block (a table of figures, `1年1年…`): one Python call
# per position costs more there than the engine's own scan of every position, so it scans.
_DENSE = 0.2
_BLOCK = 16_384  # characters whose windows are found and held at once
# Literal anchor characters found with `str.find` up to this many a block (one Python step
# each; more go to the class scan), their lead runs read up to this far back.
_MANY_LITERALS = 1024
_REACH = 64


def chars(*words: Iterable[str] | str) -> str:
    """The characters of `words`, escaped for the inside of a character class.

    >>> chars(["近", "超过"], "-^")
    '近超过\\\\-\\\\^'
    """
    seen = dict.fromkeys(c for w in words for word in w for c in word)
    return "".join("\\" + c if c in "\\]^-[" else c for c in seen)


# The window scan uses the standard library's `re`, not `regex`: it tests large sets of Chinese
# characters 5x faster (units: 2.4 ms on the 23 reports against 11). It only has to find too
# many windows, never too few, so its classes must hold at least what `regex` reads in them:
# `\d` of `regex` (a newer Unicode) also takes 110 digits of scripts added since Python 3.11's,
# all beyond the BMP, so every astral character is taken as a digit too; `\s` of `re` holds
# all of `regex`'s (tests/test_prefilter.py checks both over every code point).
_AS_RE = {r"\d": r"\d\U00010000-\U0010ffff"}


def as_re_class(body: str) -> str:
    r"""A `regex` character-class body as a `re` one that matches at least the same characters.

    >>> as_re_class(r"\d,.")
    '\\d\\U00010000-\\U0010ffff,.'
    """
    for escape, wider in _AS_RE.items():
        body = body.replace(escape, wider)
    return body


@dataclass(frozen=True)
class Anchor:
    """Characters every match holds (`at`, a class body), what may come before the first of
    them inside a match (`lead`, a class body), and whether a match may begin with one."""

    at: str
    lead: str = ""
    at_start: bool = False
    # Over the reversed text: the anchor character, then its lead run as far as it goes.
    windows: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # A few plain anchor characters (块, ￥¥, 拾佰仟): `in` finds them 5x faster than a scan
    # for a class, and most texts hold none.
    literals: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # Each literal anchor character, with a lead character before it unless `at_start`: the
    # lookbehind drops at C speed the many 成, 时, 年 of words (成为, 同时) that start no window.
    finds: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    # The lead run read backwards from a literal anchor character (over a reversed slice).
    lead_run: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not (self.lead or self.at_start):
            raise ValueError("an anchor with no lead characters must allow a match at_start")
        run = f"[{as_re_class(self.lead)}]{'*' if self.at_start else '+'}" if self.lead else ""
        object.__setattr__(self, "windows", re.compile(f"[{as_re_class(self.at)}]{run}"))
        object.__setattr__(self, "literals", _literals(self.at))
        lead = f"[{as_re_class(self.lead)}]"
        before = "" if self.at_start else f"(?<={lead}{{c}})"
        finds = [re.compile(re.escape(c) + before.format(c=re.escape(c))) for c in self.literals]
        object.__setattr__(self, "finds", tuple(finds))
        lead_run = re.compile(f"{lead}*") if self.lead else None
        object.__setattr__(self, "lead_run", lead_run)


def _literals(at: str) -> tuple[str, ...]:
    """The characters of a class body of up to `_FEW` plain or escaped (`chars`) characters;
    () for a body with a range, a negation or a class escape (\\d).

    >>> _literals(chars("至到-")), _literals("0-9"), _literals(r"\\d年")
    (('至', '到', '-'), (), ())
    """
    tokens = re.findall(r"\\.|.", at, re.DOTALL)
    plain = all(t[1] in "\\]^-[" if len(t) == 2 else t not in "-^[]" for t in tokens)
    return tuple(t[-1] for t in tokens) if plain and len(tokens) <= _FEW else ()


def anchored_finditer(
    pattern: regex.Pattern[str], anchor: Anchor, text: str
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)`, trying only the positions of the anchor's windows."""
    if anchor.literals and not any(c in text for c in anchor.literals):
        return
    # Reversed for each rule (5 µs for 20,000 characters) where needed: kept for the document,
    # the copy stayed alive through every later stage and raised its peak memory by its size.
    backwards = ""
    cur = 0  # where the next match may start: the end of the last one
    for block in range(0, len(text), _BLOCK):  # a block at a time: the windows held are few
        if cur >= block + _BLOCK:
            continue  # inside a match
        block_end = min(len(text), block + _BLOCK)
        spans = _literal_windows(anchor, text, block, block_end) if anchor.literals else None
        if spans is None:
            backwards = backwards or text[::-1]
            spans = _windows(anchor, backwards, block, block_end)
        if not spans:
            continue
        if sum(end - start for start, end in spans) > _DENSE * _BLOCK:
            spans = [(spans[0][0], block + _BLOCK)]  # one long window: the engine's scan
        for start, end in spans:
            p = max(start, cur)
            while p < end:  # the anchor character of a window is at end - 1
                if end - p > _LONG_WINDOW:
                    # the engine finds the leftmost match from p, in this window or beyond:
                    # every position before p is done, so it is the next match of finditer
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


def _literal_windows(
    anchor: Anchor, text: str, block: int, block_end: int
) -> list[tuple[int, int]] | None:
    """The windows of `_windows` for an anchor of a few literal characters, found by a literal
    search (`Anchor.finds`, at `str.find` speed: the class scan of the reversed text reads every
    character) and each lead run read backwards over a short slice; None where the anchor
    characters are many or a run is longer than the slice (`_windows` then reads them)."""
    found: list[int] = []
    for find in anchor.finds:
        for m in find.finditer(text, block, block_end):
            if len(found) == _MANY_LITERALS:
                return None
            found.append(m.start())
    if len(anchor.finds) > 1:
        found.sort()
    lead_run, at_start = anchor.lead_run, anchor.at_start
    spans: list[tuple[int, int]] = []
    for a in found:
        start = a
        if lead_run is not None:
            lo = max(0, a - _REACH)
            run = lead_run.match(text[lo:a][::-1])
            assert run is not None  # `[...]*` matches the empty string
            if lo and run.end() == a - lo:
                return None  # the run may go on before the slice
            start = a - run.end()
            if start == a and not at_start:
                continue
        # An anchor character inside a later one's lead run: the reversed scan reads them as
        # one window (the later one's), which holds the earlier window whole.
        while spans and spans[-1][0] >= start:
            spans.pop()
        spans.append((start, a + 1))
    return spans


def _windows(anchor: Anchor, backwards: str, block: int, block_end: int) -> list[tuple[int, int]]:
    """The windows whose anchor character is in text[block:block_end], in text order.

    Found in the reversed text, where the block's characters are at [lo, hi), and the scan
    reads one character past it, so that a run there shows; a run that reaches that character
    may go on: its window is read again without a bound."""
    n = len(backwards)
    lo, hi = n - block_end, n - block
    spans = [(n - w.end(), n - w.start())
             for w in anchor.windows.finditer(backwards, lo, min(n, hi + 1))]
    if spans and spans[-1][1] <= block:
        spans.pop()  # its anchor character is the one past the block (at_start)
    if spans and spans[-1][0] < block:
        whole = anchor.windows.match(backwards, n - spans[-1][1])
        assert whole is not None  # the same window, its run no longer cut
        spans[-1] = (n - whole.end(), n - whole.start())
    spans.reverse()
    return spans
