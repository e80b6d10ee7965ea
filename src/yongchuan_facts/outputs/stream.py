"""Streaming writers for the CLI: facts as JSON Lines, CSV, a table, Parquet or a figure table.

    >>> with atomic_output("facts.jsonl") as out:   # doctest: +SKIP
    ...     write_stream(batches, "jsonl", out)

JSON Lines and CSV go out as each document finishes, Parquet in row batches, so memory stays
bounded by a few documents whatever the corpus size; only `table` (for a terminal) collects
every row. A file is written under a temporary name beside it and renamed over the target only
when everything is written (`atomic_output`): a crash or an interrupted run never leaves half a
file, and an existing file is untouched until then.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..schema.factset import FIGURE_DTYPES
from .records import COLUMNS, to_table
from .records import write_csv as _write_csv  # the writers of to_csv and to_jsonl
from .records import write_jsonl as _write_jsonl

# The figure table: one row per metric, what an analyst puts in a spreadsheet; the columns of
# `FactSet.figures()` after the document's name (`records.figure_records` makes the rows).
FIGURE_COLUMNS = ("doc", *FIGURE_DTYPES)
FORMATS = ("jsonl", "csv", "table", "parquet", "figures")

Batches = Iterable[list[dict[str, Any]]]


class OutputError(Exception):
    """An output the CLI cannot write: a folder, a missing folder, no permission, an input."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_output(path: str | os.PathLike[str], inputs: Iterable[pathlib.Path] = ()) -> None:
    """Refuse an output that is a folder, lies in no folder, or is one of the `inputs`."""
    target = pathlib.Path(path)
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder; name a file")
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {target}: no such folder {target.parent}")
    resolved = target.resolve()
    for inp in inputs:
        same = inp.resolve() == resolved or (
            target.exists() and inp.exists() and os.path.samefile(inp, target))
        if same:
            raise OutputError(f"cannot write {target}: it is also an input, which writing "
                              "would destroy")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file's name beside `path`, renamed to `path` if the block succeeds."""
    target = pathlib.Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror}") from None
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it 0600; a new file is 0666 - umask
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, bom: bool = False) -> Iterator[IO[str]]:
    """A text file (UTF-8, newlines as written) that appears at `path` only when complete."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8",
                                        newline="") as out:
        yield out


def write_stream(
    batches: Batches, fmt: str, out: IO[str], *, figures_as_csv: bool = False,
    width: int | None = None,
) -> None:
    """Write record batches as `fmt` (any but parquet) to a text stream.

    The batches are `to_records` output, or for `figures` `figure_records` output (the figure
    table, `FIGURE_COLUMNS`), written as JSON Lines, or as CSV with `figures_as_csv`; `width`
    fits a `table` to a terminal.
    """
    if fmt == "jsonl":
        _write_jsonl(batches, out)
    elif fmt == "csv":
        _write_csv(batches, out, COLUMNS)
    elif fmt == "table":
        out.write(to_table([r for records in batches for r in records], width=width))
    elif fmt == "figures" and figures_as_csv:
        _write_csv(batches, out, FIGURE_COLUMNS)
    elif fmt == "figures":
        _write_jsonl(batches, out, FIGURE_COLUMNS)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {FORMATS}")


def write_parquet(batches: Batches, path: str | os.PathLike[str]) -> None:
    """Write record batches to a Parquet file at `path`, atomically (`parquet.write_batches`)."""
    from .parquet import write_batches

    with atomic_path(path) as tmp:
        write_batches(batches, tmp)


__all__ = ["FIGURE_COLUMNS", "FORMATS", "OutputError", "atomic_output", "atomic_path",
           "check_output", "write_parquet", "write_stream"]
