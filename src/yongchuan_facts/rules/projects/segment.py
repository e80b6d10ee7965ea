"""One jieba tokenizer, built on first use only, with the head nouns in its user dictionary.

    >>> [w for w, _, _ in tokens("全力建立渝西大数据中心")]
    ['全力', '建立', '渝', '西', '大', '数据中心']

jieba is slow to load (~1 s, STYLE.md §3.2) and segments numbers badly (`1.5万家` →
`1.5` / `万家`), so it is used for one thing only: the word boundaries left of a head noun, on a
short window around it, never on a whole document. `import yongchuan_facts` does not import it.
Its log is quieted and its cache file goes to a private folder under the temp dir.
"""

from __future__ import annotations

import logging
import os
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


# Words rarer than this are left out of jieba's dictionary (80 k of its 349 k words stay): the
# load drops from ~0.6 s to ~0.1 s and ~50 MB. A rare word then splits into shorter Han words,
# which the left walk takes just the same (璧山 → 璧 / 山: both name words); the project facts of
# the seeds and of probe texts from other districts came out identical.
MIN_FREQ = 20


def _trimmed_dictionary(cache_dir: pathlib.Path, jieba_module: object) -> tuple[str, int]:
    """jieba's own dictionary without its rare words, written once into `cache_dir`; and the
    full dictionary's frequency total, so that word probabilities stay jieba's own."""
    path = cache_dir / f"dict.min{MIN_FREQ}.txt"
    total_path = path.with_suffix(".total")
    if path.is_file() and total_path.is_file():
        return str(path), int(total_path.read_text())
    kept, total = [], 0
    with jieba_module.get_module_res(jieba_module.DEFAULT_DICT_NAME) as fh:  # type: ignore[attr-defined]
        for line in fh.read().decode("utf-8").splitlines():
            parts = line.split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                total += int(parts[1])
                if int(parts[1]) >= MIN_FREQ:
                    kept.append(line)
    for target, content in ((path, "\n".join(kept) + "\n"), (total_path, str(total))):
        fd, tmp = tempfile.mkstemp(dir=cache_dir)  # atomic: worker processes may race here
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(content)
        os.replace(tmp, target)
    return str(path), total


@cache
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer: built (and its prefix dictionary loaded) on the first call only."""
    with _LOCK:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        cache_dir = pathlib.Path(tempfile.gettempdir()) / "yongchuan_facts_jieba"
        cache_dir.mkdir(exist_ok=True)
        dictionary, full_total = _trimmed_dictionary(cache_dir, jieba)
        tk = jieba.Tokenizer(dictionary)
        tk.tmp_dir = str(cache_dir)
        tk.initialize()
        tk.total = full_total
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
