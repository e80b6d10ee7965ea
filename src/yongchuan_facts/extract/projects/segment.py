"""One jieba tokenizer, built on first use only, with the head nouns in its user dictionary.

    >>> [w for w, _, _ in tokens("全力建立渝西大数据中心")][-1]
    '中心'

jieba is slow to load (~1 s, STYLE.md §3.2) and segments numbers badly (`1.5万家` →
`1.5` / `万家`), so it is used for one thing only: the word boundaries left of a head noun, on a
short window around it, never on a whole document. `import yongchuan_facts` does not import it.
Its log is quieted and its cache file goes to a private folder under the temp dir.
"""

from __future__ import annotations

import logging
import pathlib
import tempfile
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


@cache
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer: built (and its prefix dictionary loaded) on the first call only."""
    with _LOCK:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        cache_dir = pathlib.Path(tempfile.gettempdir()) / "yongchuan_facts_jieba"
        cache_dir.mkdir(exist_ok=True)
        tk.tmp_dir = str(cache_dir)
        tk.initialize()
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


def is_loaded() -> bool:
    """Whether jieba has been loaded yet (for tests of laziness)."""
    return tokenizer.cache_info().currsize > 0
