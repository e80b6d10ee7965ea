"""Context windows around a metric in the normalized text: its clause, its sentence, its NP.

    >>> text = "聚集企业365家，从业人员近1.5万人。"
    >>> clause_before(text, 4), noun_after("365家智能工厂，", 4)   # 365家 starts at 4
    ('聚集企业', '智能工厂')

Clauses end at ，；：。！？ and line breaks (an ASCII `,` too, unless it sits between digits as a
thousands separator). A sentence ends at 。！？ and line breaks only. Labelers look in these
windows with a cue table (`cues.py`) and take the cue nearest the number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Generic, TypeVar

import ahocorasick
import regex

from .cues import NP_BREAKS

CLAUSE_ENDS = "，；：。！？!?;:\n"
SENTENCE_ENDS = "。！？!?\n"
LIST_SEPARATORS = "、"
# How far a noun to the right of a count may be (83个大数据项目 · 4家科技金融示范银行).
NOUN_SPAN = 12
# How far to the left a count's noun may be (入园数字经济企业达到400家).
NOUN_BEFORE = 8
# A clause or sentence is looked for at most this far from the number: text with no
# punctuation (OCR tables, hostile input) would otherwise cost O(n) per metric, O(n²) in all.
MAX_WINDOW = 300
# A quote after a count starts a name or slogan, not the counted noun (135家企业“上云上平台”).
QUOTES = "“”\"「」《"
V = TypeVar("V")


def _is_boundary(text: str, i: int, ends: str) -> bool:
    ch = text[i]
    if ch in ends:
        return True
    # An ASCII comma ends a clause unless it is a thousands separator, and ends a sentence
    # too: the modality's look back over a sentence (modality.py) stops at it. Seeds 001 and
    # 002, news written with ASCII commas, have their gold's modality so; a sentence of
    # Chinese commas reaches further back (2 figures of the 23 reports read a target cue
    # there that an ASCII comma would have cut off).
    if ch == ",":
        return not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
    return False


@cache  # one pair per set of clause ends (a handful of constants)
def _finders(ends: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Patterns for the characters that may end a clause under `ends`: each of `ends`, and an
    ASCII comma (`_is_boundary` decides on a thousands separator), searched forward and back."""
    chars = "".join(f"\\U{ord(ch):08x}" for ch in sorted(set(ends + ",")))
    return regex.compile(f"[{chars}]"), regex.compile(f"[{chars}]", regex.REVERSE)


def start_of(text: str, pos: int, ends: str = CLAUSE_ENDS) -> int:
    """Index where the clause (or sentence, with `ends=SENTENCE_ENDS`) holding `pos` begins."""
    # a backward regex scan for a boundary candidate, not a Python loop over every character
    # (issue 11): only the characters of `ends` and `,` can be boundaries (`_is_boundary`)
    lo = max(0, pos - MAX_WINDOW)
    back = _finders(ends)[1]
    while (m := back.search(text, lo, pos)) is not None:
        if _is_boundary(text, m.start(), ends):
            return m.start() + 1
        pos = m.start()  # a thousands separator: look further back
    return lo


def end_of(text: str, pos: int, ends: str = CLAUSE_ENDS) -> int:
    """Index of the boundary that ends the clause (or sentence) holding `pos`."""
    stop = min(len(text), pos + MAX_WINDOW)
    forward = _finders(ends)[0]
    while (m := forward.search(text, pos, stop)) is not None:
        if _is_boundary(text, m.start(), ends):
            return m.start()
        pos = m.start() + 1
    return max(pos, stop)


def clause_before(text: str, start: int, ends: str = CLAUSE_ENDS) -> str:
    """The clause's text before `start` (the number's first character)."""
    return text[start_of(text, start, ends) : start]


def noun_after(text: str, end: int, skip: str = "以上左右上下以下的") -> str:
    """The words right after a count, up to a break: `365家|智能工厂，` → '智能工厂'."""
    i = end
    while i < len(text) and text[i] in skip:
        i += 1
    window = text[i : i + NOUN_SPAN]
    for j, ch in enumerate(window):
        # a clause end, list separator, digit or quote ends the noun. Any ASCII comma does: it
        # is a thousands separator only after a digit, and the noun has ended at that digit.
        if ch in _NOUN_STOPS or ch.isdigit():
            window = window[:j]
            break
    if _NP_BREAK_WORDS.occur_in(window[1:]):  # most nouns hold no break: no word-by-word find
        for word in NP_BREAKS:
            k = window.find(word, 1)
            if k > 0:
                window = window[:k]
    return window


_NOUN_STOPS = frozenset(CLAUSE_ENDS + LIST_SEPARATORS + QUOTES + ",")


class Literals:
    """Literal words found in one Aho-Corasick pass (pyahocorasick, C): whether any occurs, and
    the matches a regex alternation of them, longest first, finds left to right. A regex
    alternation of many words costs about 0.1 µs a character, tried word by word at each
    position; this is one automaton step a character (issue 11).

        >>> cues = Literals(["增加", "增加值", "加值"])
        >>> cues.occur_in("工业增加值"), cues.occur_in("工业")
        (True, False)
        >>> cues.matches("工业增加值增加5%")
        [(2, 5, '增加值'), (5, 7, '增加')]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if "" in self.words:
            raise ValueError("an empty word matches everywhere: not a literal cue")
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            self._automaton.add_word(word, word)
        self._automaton.make_automaton()

    def occur_in(self, text: str) -> bool:
        """Whether any of the words occurs in `text` (anywhere, overlaps included)."""
        if not self.words:
            return False
        return next(self._automaton.iter(text), None) is not None

    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, word) of every occurrence in `text`, overlaps included, in the order of
        their ends (a longer word ending later may start earlier)."""
        if not self.words:
            return
        for end_index, word in self._automaton.iter(text):
            yield end_index + 1 - len(word), word

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) left to right, non-overlapping, the longest word at each start:
        what `regex.finditer(one_of(words), text)` gives, as (m.start(), m.end(), m.group())."""
        # an empty text or table has no match, without starting the automaton (2 windows in
        # 3 hold no cue: the list and the tuples cost more than the search, issue 11)
        hits = list(self._automaton.iter(text)) if text and self.words else _NO_HITS
        if not hits:
            return []
        if len(hits) == 1:  # nothing to choose between
            ((end_index, word),) = hits
            return [(end_index + 1 - len(word), end_index + 1, word)]
        # sorted by start, the longest word first at each start: the first at a start is the
        # alternation's match there, and every other one at that start lies inside it
        out: list[tuple[int, int, str]] = []
        taken_to = 0
        for start, minus_len, word in sorted([(e + 1 - len(w), -len(w), w) for e, w in hits]):
            if start >= taken_to:
                taken_to = start - minus_len
                out.append((start, taken_to, word))
        return out


_NO_HITS: list[tuple[int, str]] = []
_NP_BREAK_WORDS = Literals(NP_BREAKS)


class CueTable(Literals, Generic[V]):
    """A cue table (word → value) and the automaton of its words, built once: a labeler keeps
    it as a module constant.

        >>> table = CueTable({"营收": "revenue", "增加值": "value_added", "增加": None})
        >>> table.last("实现营收10亿元、增加值"), table.last("增加")
        ('value_added', None)
    """

    def __init__(self, table: Mapping[str, V]) -> None:
        super().__init__(table)
        self.table = table

    def last(self, text: str) -> V | None:
        """The value of the cue nearest the end of `text` (the nearest one left of a number);
        words mapped to None hide the cues inside them and are skipped."""
        found = None
        for _, _, word in self.matches(text):
            found = self.table[word] or found
        return found
