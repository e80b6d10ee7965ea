"""One jieba tokenizer, built on first use only, with the head nouns in its user dictionary.

    >>> [w for w, _, _ in tokens("全力建立渝西大数据中心")][-2:]
    ['大', '数据中心']
    >>> tag("坚持"), tag("安徽"), tag("永川大数据")
    ('v', 'ns', '')

jieba is slow to load (~1 s, STYLE.md §3.2) and segments numbers badly (`1.5万家` →
`1.5` / `万家`), so it is used for one thing only: the word boundaries left of a head noun, on a
short window around it, never on a whole document. `import yongchuan_facts` does not import it.

No cache on disk (issue 12, item 9): jieba's own cache is a file in a shared temp folder that
another user could plant; the trimmed dictionary is built in memory instead, from the copy that
ships inside the installed jieba (0.25 s once per process, against 0.1 s from a cache).
"""

from __future__ import annotations

import logging
import math
import threading
from array import array
from collections.abc import KeysView
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .lexicon import DESCRIPTORS, HEAD_WORDS, LEFT_STOPS, QUANTIFIERS

if TYPE_CHECKING:
    import jieba

Token = tuple[str, int, int]

_LOCK = threading.Lock()
# A high frequency keeps each head noun one token (产业园, not 产业 / 园), so a name's words and
# its head never share a token.
_HEAD_FREQ = 50_000


# Words rarer than this are left out of jieba's dictionary (80 k of its 349 k words stay): the
# load drops from ~0.6 s to ~0.25 s and ~50 MB. A rare word then splits into shorter Han words,
# which the left walk takes just the same (璧山 → 璧 / 山: both name words); the project facts of
# the seeds and of probe texts from other districts came out identical.
MIN_FREQ = 20


class _Dictionary(NamedTuple):
    """jieba's dictionary without its rare words, as the tokenizer and the word checks need it."""

    total: int  # the full dictionary's frequency total, so word probabilities stay jieba's own
    words: list[str]  # the common words (freq ≥ MIN_FREQ), in the file's order
    freqs: array[int]  # their frequencies
    tags: dict[str, str]  # each common word's part-of-speech tag


@cache
def _dictionary() -> _Dictionary:
    """Read jieba's own dictionary file once, a line at a time.

    A line at a time, not `read().splitlines()`: a list of all 349 k lines, freed after the
    80 k kept words are made, left ~40 MB of the process's memory in holes between them
    (issue 11: the memory of a 10 M-character text counts it). The 55 tag names are shared,
    not one string per word."""
    import jieba

    words: list[str] = []
    freqs = array("q")
    tags: dict[str, str] = {}
    tag_names: dict[str, str] = {}
    total = 0
    with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as fh:
        for line in fh:
            parts = line.decode("utf-8").rstrip("\r\n").split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                freq = int(parts[1])
                total += freq
                if freq >= MIN_FREQ:
                    words.append(parts[0])
                    freqs.append(freq)
                    if len(parts) >= 3:
                        tags[parts[0]] = tag_names.setdefault(parts[2], parts[2])
    return _Dictionary(total, words, freqs, tags)


def _prefix_dictionary(d: _Dictionary) -> dict[str, int]:
    """jieba's `gen_pfdict` on the common words: each word's frequency, and 0 for each of its
    prefixes that is no word; the same dict, its keys the word strings `tags` holds."""
    table: dict[str, int] = {}
    for word, freq in zip(d.words, d.freqs, strict=True):
        table[word] = freq
        for end in range(1, len(word)):
            table.setdefault(word[:end], 0)
    return table


@cache
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer: built (and its prefix dictionary loaded) on the first call only."""
    with _LOCK:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        d = _dictionary()
        tk = jieba.Tokenizer()
        tk.FREQ = _prefix_dictionary(d)
        tk.total = d.total
        tk.initialized = True
        for word in HEAD_WORDS:
            tk.add_word(word, freq=_HEAD_FREQ)
        # boundary words become tokens of their own (建成投用 → 建成投用, not 投 / 用), at the
        # frequency jieba suggests: just enough to keep them whole
        for word in sorted(LEFT_STOPS | DESCRIPTORS | QUANTIFIERS):
            if len(word) > 1:
                tk.add_word(word)
        return tk


def tokens(text: str) -> list[Token]:
    """`(word, start, end)` over `text`, dictionary words only (no HMM guesses at new words):
    the tokens of jieba's `tokenize(text, HMM=False)`, computed here in one pass (issue 11).

        >>> tokens("建设 ab1 中心")
        [('建设', 0, 2), (' ', 2, 3), ('ab1', 3, 6), (' ', 6, 7), ('中心', 7, 9)]
    """
    if not text:
        return []
    import jieba

    logp, logtotal = _log_probabilities()
    han = jieba.re_han_default
    out: list[Token] = []
    # most windows are one block of Han letters and digits (88 % of them in the 2026 reports):
    # split would give ['', text, ''], so the split and the loop over its pieces are skipped
    if han.fullmatch(text):
        _cut_block(text, logp, logtotal, 0, out)
        return out
    pos = 0
    # jieba's `cut`: runs of Han letters, digits and `+#&._%-` are segmented; of the rest,
    # each whitespace run piece is one token and every other character is its own token
    for blk in han.split(text):
        if not blk:
            continue
        if han.match(blk):
            _cut_block(blk, logp, logtotal, pos, out)
            pos += len(blk)
            continue
        for x in jieba.re_skip_default.split(blk):
            for w in (x,) if jieba.re_skip_default.match(x) else x:
                out.append((w, pos, pos + len(w)))
                pos += len(w)
    return out


@cache
def _log_probabilities() -> tuple[dict[str, float | None], float]:
    """`log(freq) - log(total)` of every word of the tokenizer's dictionary, as jieba computes it
    (the same float), and None for a prefix that is no word, with `log(total)`: made once, from
    the one tokenizer, which nothing changes after `tokenizer()` has built it."""
    tk = tokenizer()
    logtotal = math.log(tk.total)
    return {w: (math.log(f) - logtotal if f else None) for w, f in tk.FREQ.items()}, logtotal


_ABSENT = object()


def _cut_block(blk: str, logp: dict[str, float | None], logtotal: float, pos: int,
               out: list[Token]) -> None:
    """jieba's `__cut_DAG_NO_HMM` on one block: the word graph and the best route, built in one
    right-to-left pass (same scores, same order of float operations, same tie-break: the longer
    word wins), then single ASCII letters and digits joined. The words go to `out` as tokens,
    the block starting at `pos`."""
    n = len(blk)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    get = logp.get
    absent = _ABSENT
    alone = math.log(1) - logtotal  # a character that starts no word: jieba's `FREQ.get() or 1`
    for k in range(n - 1, -1, -1):
        best: float | None = None
        best_end = k + 1
        end = k + 1
        lp = get(blk[k], absent)
        # the words starting at k, shortest first, until a fragment is no word's prefix
        while lp is not absent:
            if lp is not None:
                s = lp + score[end]  # type: ignore[operator]
                if best is None or s >= best:
                    best, best_end = s, end
            if end == n:
                break
            end += 1
            lp = get(blk[k:end], absent)
        if best is None:
            best = alone + score[k + 1]
        score[k] = best
        nxt[k] = best_end
    x = 0
    run = -1  # start of a run of single ASCII letters and digits, joined into one token
    while x < n:
        y = nxt[x]
        if y - x == 1 and blk[x] in _ASCII_ALNUM:
            if run < 0:
                run = x
        else:
            if run >= 0:
                out.append((blk[run:x], pos + run, pos + x))
                run = -1
            out.append((blk[x:y], pos + x, pos + y))
        x = y
    if run >= 0:
        out.append((blk[run:n], pos + run, pos + n))


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word (`v`, `ns`, `nr` …), or '' if it has none."""
    return _dictionary().tags.get(word, "")


def tag_table() -> dict[str, str]:
    """Every tagged word's tag (what `tag` reads), for loops that ask many: never change it."""
    return _dictionary().tags


def is_word(word: str) -> bool:
    """Whether `word` is a common word of jieba's dictionary (not a head noun added to it)."""
    return word in _dictionary().tags


def common_words() -> KeysView[str]:
    """The common words of jieba's dictionary (`is_word`), for loops that ask many."""
    return _dictionary().tags.keys()  # the words with a tag: every line of the file has one


def is_loaded() -> bool:
    """Whether jieba has been loaded yet (for tests of laziness)."""
    return tokenizer.cache_info().currsize > 0
