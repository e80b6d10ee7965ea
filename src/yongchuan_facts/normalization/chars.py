"""Character-level folding: one raw character in, one normalized character out.

Everything here is 1:1 so that offsets never move: `str.translate` with a table built once.

- every Unicode decimal digit (category Nd: Arabic-Indic `٣`, Devanagari `३`, the mathematical
  `𝟑` of PDF text, …) → its ASCII digit, so `营收𝟑𝟔𝟓亿元` reads as `营收365亿元`; one code point
  in, one out, even outside the BMP (offsets are code points);
- full-width digits, letters and number signs → ASCII (`１５．４％` → `15.4%`), but NOT the
  full-width `，：；（）`: they mark clause boundaries, and `，` folded to `,` would read as a
  thousands separator (STYLE.md §3.4);
- Kangxi radicals and the CJK radical supplement from PDF/OCR → their unified ideograph
  (`⽇` → `日`), through NFKC restricted to those code points;
- corner quotes → curly quotes (`「智慧社區」` → `“智慧社区”`, `『』` → `‘’`): Hong Kong and
  Taiwan texts quote with them, and every rule then reads one kind of quote;
- traditional → simplified, character by character, from OpenCC's `t2s` dictionary
  (`數據産業園` → `数据产业园`). OpenCC converts phrases; we ask it one character at a time
  so that the result stays 1:1 and the offset map stays exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

# Ranges folded with NFKC (each maps to exactly one character).
_FULLWIDTH_ALNUM = [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
_FULLWIDTH_SIGNS = [ord(c) for c in "％．＋－／＂＇"]  # ＂＇: a quote is no clause mark
_RADICALS = [*range(0x2F00, 0x2FD6), *range(0x2E80, 0x2EF4)]
# Corner quotes (traditional script, and the vertical-text forms of PDFs) → the quotes the rules
# read: NFKC keeps them, and OpenCC's t2s leaves punctuation alone.
_CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’",
                  "﹁": "“", "﹂": "”", "﹃": "‘", "﹄": "’"}

# Decimal digits live in planes 0 and 1 only (planes 2-3 are ideographs); scanning just these
# keeps the table's one-time cost at a few milliseconds.
_DIGIT_PLANES_END = 0x20000
# The `regex` module's Unicode (what rules' `\d` matches) may be newer than `unicodedata`'s.
_ND = regex.compile(r"\p{Nd}")

# Code point ranges asked of OpenCC, one character at a time (CJK unified, ext. A, compat.).
_HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in (*_FULLWIDTH_ALNUM, *_FULLWIDTH_SIGNS, *_RADICALS):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    table.update((ord(corner), curly) for corner, curly in _CORNER_QUOTES.items())
    return table


def _digit_table() -> dict[int, str]:
    """Every non-ASCII decimal digit → its ASCII digit (`٣` → `3`, `𝟑` → `3`).

    Unicode encodes each script's digits as one run of ten code points, zero first, so a digit
    `unicodedata` does not know yet (a newer script) still has its value: its place in the run.
    """
    table: dict[int, str] = {}
    run_start = previous = -2
    for m in _ND.finditer("".join(map(chr, range(_DIGIT_PLANES_END)))):
        cp = ord(m[0])
        if cp != previous + 1:
            run_start = cp
        previous = cp
        value = unicodedata.digit(m[0], (cp - run_start) % 10)
        if cp >= 0x80:
            table[cp] = str(value)
    return table


def _t2s_table() -> dict[int, str]:
    """OpenCC t2s asked one character at a time; only 1 → 1 answers are kept. Then the Hong
    Kong variants t2s leaves (衞 → 卫, 敍 → 叙, 粧 → 妆: OpenCC's hk2s), which simplified text
    never writes. Taiwan's (tw2s) are left out: two of them are simplified characters too
    (著 of 著名, 么 of 什么)."""
    import opencc  # lazy: 50 ms to build, needed only once per process

    converter = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    unchanged: list[str] = []
    for lo, hi in _HAN_RANGES:
        for cp in range(lo, hi):
            out = converter.convert(chr(cp))
            if len(out) == 1 and out != chr(cp):
                table[cp] = out
            else:
                unchanged.append(chr(cp))
    # one call for all of them: a line break is in no phrase, so each converts alone
    variants = opencc.OpenCC("hk2s").convert("\n".join(unchanged)).split("\n")
    if len(variants) == len(unchanged):
        for ch, out in zip(unchanged, variants, strict=True):
            if len(out) == 1 and out != ch:
                table[ord(ch)] = out
    return table


@cache
def translation_table() -> dict[int, str]:
    """The one table `normalize` applies; closed under itself so folding is idempotent."""
    table = {**_t2s_table(), **_fold_table(), **_digit_table()}
    for cp, out in list(table.items()):
        seen = {cp}
        while ord(out) in table and ord(out) not in seen:  # 乾 → 干 → 干: follow chains once
            seen.add(ord(out))
            out = table[ord(out)]
        table[cp] = out
    return table


def fold(text: str) -> str:
    """Fold width, radicals and traditional characters; same length as `text`."""
    needs = _needs_folding()
    first = needs.search(text)
    if first is None:  # most simplified texts: nothing to fold
        return text
    table = translation_table()
    # a few foldable characters (a ％ here and there): replace just those; translate() looks up
    # every character of the text. A text with many (a traditional one) is translated whole.
    pieces: list[str] = []
    pos = 0
    for k, m in enumerate(needs.finditer(text, first.start())):
        i = m.start()
        if k >= _SEEN and i < k * _SPARSE:  # denser than 1 in _SPARSE so far: translate
            return text.translate(table)
        pieces += (text[pos:i], table.get(ord(text[i]), text[i]))
        pos = i + 1
    pieces.append(text[pos:])
    return "".join(pieces)


_SPARSE = 64  # at most one foldable character in this many: replaced one by one
_SEEN = 16  # foldable characters found before their density is judged


@cache
def _foldable() -> frozenset[str]:
    """The characters `fold` changes."""
    return frozenset(map(chr, translation_table()))


@cache
def _needs_folding() -> re.Pattern[str]:
    """A character `fold` may change: a foldable one of the BMP, or any character beyond it.

    The stdlib `re` compiles a class of BMP characters to a bitmap (a few ns a character; the
    `regex` module, or a class holding astral characters, tests them one by one), so this costs
    a tenth of `frozenset.isdisjoint(set(text))` (issue 11); the astral foldables (𝟑, …) are
    all inside the one range, so no character that folds is missed.
    """
    bmp = "".join(sorted(c for c in _foldable() if ord(c) <= 0xFFFF))
    return re.compile(f"[{re.escape(bmp)}\U00010000-\U0010FFFF]")
