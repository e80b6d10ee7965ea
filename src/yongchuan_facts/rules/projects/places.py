"""Place names: a gazetteer of China's administrative divisions (province, prefecture and county
levels, full and short names) and a few regions, read from `places.txt` beside this module.

    >>> has_place("合肥滨湖"), has_place("国家区域"), has_place("长三角创业投资")
    (True, False, True)

A place is the commonest specific part of a project's name (FACTS.md, issue 10): `苏州实验室` is
a name where `基础科学中心` is a category.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LONGEST = 8  # 克孜勒苏柯尔克孜自治州 is longer, but its short name 克孜勒苏 is in the list


@cache
def places() -> frozenset[str]:
    """Every place name of the gazetteer (read once)."""
    text = resources.files(__package__).joinpath("places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def has_place(text: str, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether a place name occurs anywhere in `text` (a name's modifier: a few characters),
    other than the words in `ignore` (county names that are common words: 惠民, 开放)."""
    names = places()
    lengths = _lengths_by_first_char()
    n = len(text)
    for i in range(n - 1):
        for size in lengths.get(text[i], ()):  # only the lengths of names starting with it
            if i + size > n:
                break
            piece = text[i : i + size]
            if piece in names and piece not in ignore:
                return True
    return False


@cache
def _lengths_by_first_char() -> dict[str, tuple[int, ...]]:
    """For each first character of a place name, the lengths (2 to LONGEST) of the names it
    starts, shortest first: `has_place` then tries 2 or 3 slices at a position, not 7 (issue 11)."""
    lengths: dict[str, set[int]] = {}
    for name in places():
        if 2 <= len(name) <= LONGEST:
            lengths.setdefault(name[0], set()).add(len(name))
    return {c: tuple(sorted(sizes)) for c, sizes in lengths.items()}
