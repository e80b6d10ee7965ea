"""The library's lazy resources in one list, and `warm_up()` to load them all now.

Importing the library loads nothing heavy: each table is built by its own module the first
time a text needs it (STYLE.md §3.2), so the first `extract` of a process pays ~1 s that the
next ones do not. Call `warm_up()` where that first call must be fast (a server, a benchmark,
a process pool's parent before it forks) — it runs the same loaders, so nothing is built twice.

    >>> from yongchuan_facts import warm_up
    >>> seconds = warm_up()
    >>> sorted(seconds)
    ['dateparser', 'jieba', 'opencc', 'pint']
    >>> from yongchuan_facts.normalization.chars import translation_table
    >>> misses = translation_table.cache_info().misses
    >>> _ = warm_up(["opencc"])                        # loaded once per process: no rebuild
    >>> translation_table.cache_info().misses == misses
    True
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable


def _opencc() -> object:
    """OpenCC's traditional → simplified table, folded 1:1 (normalization/chars.py)."""
    from .normalization.chars import translation_table

    return translation_table()


def _jieba() -> object:
    """jieba's segmentation with the project head nouns (rules/projects/segment.py)."""
    from .rules.projects.segment import segmenter

    return segmenter()


def _pint() -> object:
    """The pint registry with units.txt (schema/units.py)."""
    from .schema.units import registry

    return registry()


def _dateparser() -> object:
    """dateparser, which reads labelled datelines (rules/dates/dateline.py): import and data."""
    from .rules.dates.dateline import parse_date_string

    return parse_date_string("17 October 2022")


# name → loader; each loader caches its result in its own module, so a second call is free.
RESOURCES: dict[str, Callable[[], object]] = {
    "opencc": _opencc,
    "jieba": _jieba,
    "pint": _pint,
    "dateparser": _dateparser,
}


def warm_up(names: Iterable[str] | None = None) -> dict[str, float]:
    """Load the lazy resources now (all of them, or only `names`); the seconds each took.

    Raises ValueError for a name that is not in `RESOURCES`.
    """
    wanted = list(RESOURCES) if names is None else list(names)
    unknown = [n for n in wanted if n not in RESOURCES]
    if unknown:
        raise ValueError(f"unknown resource(s) {unknown}; known: {sorted(RESOURCES)}")
    seconds: dict[str, float] = {}
    for name in wanted:
        start = time.perf_counter()
        RESOURCES[name]()
        seconds[name] = time.perf_counter() - start
    return seconds
