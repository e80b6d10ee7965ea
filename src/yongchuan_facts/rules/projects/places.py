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
    n = len(text)
    return any(
        text[i:j] in names and text[i:j] not in ignore
        for i in range(n)
        for j in range(i + 2, min(n, i + LONGEST) + 1)
    )
