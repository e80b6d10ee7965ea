"""What the engine does differently for a long text: it spends a little CPU to hold less memory.

A report is 20 000 characters; a text of a million or more (a year of a paper, a book of
reports) is where memory, not CPU, is what runs out (issue 11: one 10 M-character text in at
most 300 MB). From `LONG_TEXT` characters on, the engine

- hands the memory each stage has freed back to the system (`release_freed_memory`), and
- keeps each fact's fields in a dict that shares its keys (`schema.facts.compact`).

Neither changes a fact (tests/test_long_text.py). Below `LONG_TEXT` neither pays: compacting is
0.66 µs a fact, 2 % of a report's time, for a saving of kilobytes.

    >>> is_long("2019年，永川引进企业365家。")
    False
    >>> is_long("。" * LONG_TEXT)
    True
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache

LONG_TEXT = 1_000_000  # characters


def is_long(raw: str) -> bool:
    """True for a text the engine treats as long (memory before CPU)."""
    return len(raw) >= LONG_TEXT


def release_freed_memory() -> bool:
    """Give the memory the C allocator holds free back to the system; True if it could.

    CPython returns a large string, list or array to the C allocator when it is freed, and
    glibc keeps that memory unless it lies at the top of its heap. `normalize` alone leaves
    ~35 MB so on a 10 M-character text (its transient copies of the text sit below the objects
    made after them), and Python's own objects live in separate arenas that never reuse it.
    glibc's `malloc_trim(0)` hands every free page back (as Dask does for its workers:
    distributed.dask.org, "Memory not released back to the OS"). A few ms on a long text.
    Elsewhere (macOS, musl, Windows, PyPy) there is no such call, and this does nothing.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, from the C library this interpreter already uses; else None."""
    if not sys.platform.startswith("linux") or sys.implementation.name != "cpython":
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols: no library search
    except (OSError, AttributeError):  # musl and other C libraries have none
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
