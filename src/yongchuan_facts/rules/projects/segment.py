"""jieba's word boundaries, built on first use only, with the head nouns in the dictionary.

    >>> [w for w, _, _ in tokens("全力建立渝西大数据中心")][-2:]
    ['大', '数据中心']
    >>> tag("坚持"), tag("安徽"), tag("永川大数据")
    ('v', 'ns', '')

jieba is slow to load (~1 s, STYLE.md §3.2) and segments numbers badly (`1.5万家` →
`1.5` / `万家`), so it is used for one thing only: the word boundaries left of a head noun, on a
short window around it, never on a whole document. `import yongchuan_facts` does not import it.
jieba gives the dictionary (its words, frequencies and tags, and its own `add_word` for ours);
jieba-rs, through rjieba, runs the segmentation (`segmenter`), the same tokens at a quarter of
the cost.

No cache on disk (issue 12, item 9): jieba's own cache is a file in a shared temp folder that
another user could plant; the trimmed dictionary is built in memory instead, from the copy that
ships inside the installed jieba (0.25 s once per process, against 0.1 s from a cache)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import threading
from array import array
from collections.abc import KeysView
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, cast

from .lexicon import DESCRIPTORS, HEAD_WORDS, LEFT_STOPS, NAME_COMPOUNDS, QUANTIFIERS

if TYPE_CHECKING:
    import jieba
    import rjieba

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


def _jieba_tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer on the common words, with the head nouns and boundary words added."""
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
    for word in sorted(LEFT_STOPS | DESCRIPTORS | QUANTIFIERS | NAME_COMPOUNDS):
        if len(word) > 1:
            tk.add_word(word)
    return tk


@cache
def tokenizer() -> jieba.Tokenizer:
    """jieba's own tokenizer on the words `tokens` segments with (built on the first call only):
    the reference the tests compare `tokens` with, and the dictionary for whoever wants jieba's
    API. `extract` never builds it: `segmenter()` holds the same words."""
    with _LOCK:
        return _jieba_tokenizer()


# jieba divides each word's frequency by the whole dictionary's total, the rare words left out
# included: the rest of that total goes in as one word no text can hold (jieba and jieba-rs look
# words up only in runs of Han letters, digits and `+#&._%-`; these are private-use letters).
_REST_OF_TOTAL = "\ue000\ue001"


class _Segmenter(NamedTuple):
    jieba_rs: rjieba.Jieba
    # each head noun with the letter after it where a word of the dictionary goes on (工程师)
    head_goes_on: frozenset[str]


def segmenter() -> rjieba.Jieba:
    """jieba's segmentation in Rust (rjieba, the jieba-rs binding: the same word graph, scores and
    tie-break) on the words and frequencies of jieba's tokenizer, built on the first call only.

    The same tokens as jieba's `tokenize(text, HMM=False)` (tests/test_projects_speed.py compares
    them on generated text and on every window of the seeds and dev-b) at a quarter of the cost
    of the same search written in Python (issue 11: 16 ms → 4 ms on the 23 reports' windows).
    The jieba tokenizer it is read from is let go: its table of every word's prefixes is ~8 MB."""
    return _segmenter().jieba_rs


def head_goes_on(fragment: str) -> bool:
    """Whether `fragment`, a head noun and the letter after it, starts a word of the dictionary:
    jieba's table of every word's prefixes, kept for the head nouns alone (74 entries).

        >>> head_goes_on("工程师"), head_goes_on("中心，")
        (True, False)
    """
    return fragment in _segmenter().head_goes_on


@cache
def _segmenter() -> _Segmenter:
    with _LOCK:
        tk = _jieba_tokenizer()
        seg = _jieba_rs().empty()  # empty: jieba-rs's own dictionary is not ours
        counted = 0
        for word, freq in tk.FREQ.items():
            if freq:  # 0: a prefix of a longer word, which jieba-rs's trie finds by itself
                seg.add_word(word, freq, None)
                counted += freq
        if tk.total > counted:
            seg.add_word(_REST_OF_TOTAL, tk.total - counted, None)
        goes_on = frozenset(word for word in tk.FREQ if word[:-1] in HEAD_WORDS)
        return _Segmenter(seg, goes_on)


def _jieba_rs() -> type[rjieba.Jieba]:
    """rjieba's `Jieba` class, from its compiled module alone where it can be found.

    The package's `__init__` builds a segmenter on jieba-rs's default dictionary for its
    module-level functions, which nothing here calls: 0.1 s and 35 MB, of which 18 MB stay
    after `rjieba.clear()` (issue 11: the memory bar of a long text). The compiled module holds
    the class alone; if it is not where rjieba 0.2 puts it, the package is imported after all,
    and its default dictionary emptied."""
    spec = importlib.util.find_spec("rjieba")  # finds the package without running it
    folders = spec.submodule_search_locations if spec is not None else None
    compiled = next(Path(folders[0]).glob("rjieba*.so"), None) if folders else None
    if compiled is not None:
        loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(compiled))
        module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", compiled,
                                                             loader=loader)
        if module_spec is not None:
            module = importlib.util.module_from_spec(module_spec)
            loader.exec_module(module)
            return cast("type[rjieba.Jieba]", module.Jieba)
    import rjieba

    rjieba.clear()
    return rjieba.Jieba


def tokens(text: str) -> list[Token]:
    """`(word, start, end)` over `text`, dictionary words only (no HMM guesses at new words):
    jieba's `tokenize(text, HMM=False)`, computed by jieba-rs (`segmenter`).

        >>> tokens("建设 ab1 中心")
        [('建设', 0, 2), (' ', 2, 3), ('ab1', 3, 6), (' ', 6, 7), ('中心', 7, 9)]
    """
    if not text:
        return []
    return segmenter().tokenize(text, "default", False)


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
    """Whether the segmenter has been built yet (for tests of laziness)."""
    return _segmenter.cache_info().currsize > 0
