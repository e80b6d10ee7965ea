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


def has_place(text: str, ignore: frozenset[str] = frozenset(),
              bounds: frozenset[int] | None = None) -> bool:
    """Whether a place name occurs anywhere in `text` (a name's modifier: a few characters),
    other than the words in `ignore` (county names that are common words: 惠民, 开放). With
    `bounds`, the offsets where the words of `text` start and end, a place must start and end
    at them: 新平 (a county) is no place in 创新|平台.

        >>> has_place("科技创新平台"), has_place("科技创新平台", bounds=frozenset({0, 2, 4, 6}))
        (True, False)
    """
    names = places()
    lengths = _lengths_by_first_two()
    n = len(text)
    for i in range(n - 1):
        if bounds is not None and i not in bounds:
            continue
        # only the lengths of names starting with these two letters: most pairs start none
        for size in lengths.get(text[i : i + 2], ()):
            if i + size > n:
                break
            piece = text[i : i + size]
            if (piece in names and piece not in ignore
                    and (bounds is None or i + size in bounds)):
                return True
    return False


@cache
def _lengths_by_first_two() -> dict[str, tuple[int, ...]]:
    """For the first two letters of a place name, the lengths (2 to LONGEST) of the names they
    start, shortest first: `has_place` tries a slice at a position only when some name starts
    there (a third fewer lookups than by first letter alone, which starts many names; issue 11)."""
    lengths: dict[str, set[int]] = {}
    for name in places():
        if 2 <= len(name) <= LONGEST:
            lengths.setdefault(name[:2], set()).add(len(name))
    return {pair: tuple(sorted(sizes)) for pair, sizes in lengths.items()}
