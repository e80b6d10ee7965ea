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

import io
import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

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


@cache
def _dictionary() -> tuple[bytes, int, dict[str, str], frozenset[str]]:
    """jieba's own dictionary without its rare words; the full dictionary's frequency total (so
    word probabilities stay jieba's own); each kept word's part-of-speech tag; and the words of
    the full dictionary that are common (freq ≥ MIN_FREQ), for the word-boundary checks."""
    import jieba

    kept, tags, total = [], {}, 0
    with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as fh:
        for line in fh.read().decode("utf-8").splitlines():
            parts = line.split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                freq = int(parts[1])
                total += freq
                if freq >= MIN_FREQ:
                    kept.append(line)
                    if len(parts) >= 3:
                        tags[parts[0]] = parts[2]
    return ("\n".join(kept) + "\n").encode("utf-8"), total, tags, frozenset(tags)


@cache
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer: built (and its prefix dictionary loaded) on the first call only."""
    with _LOCK:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        data, full_total, _, _ = _dictionary()
        tk = jieba.Tokenizer()
        tk.FREQ, _ = tk.gen_pfdict(io.BytesIO(data))
        tk.total = full_total
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
    """`(word, start, end)` over `text`, dictionary words only (no HMM guesses at new words)."""
    if not text:
        return []
    return list(tokenizer().tokenize(text, HMM=False))


def tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word (`v`, `ns`, `nr` …), or '' if it has none."""
    return _dictionary()[2].get(word, "")


def is_word(word: str) -> bool:
    """Whether `word` is a common word of jieba's dictionary (not a head noun added to it)."""
    return word in _dictionary()[3]


def is_loaded() -> bool:
    """Whether jieba has been loaded yet (for tests of laziness)."""
    return tokenizer.cache_info().currsize > 0
