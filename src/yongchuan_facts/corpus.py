"""A corpus on disk for the CLI: files, folders and globs in, a stream of fact records out.

    $ yongchuan-facts extract news/ 'archive/**/*.txt' --workers 8 -o facts.jsonl
    $ yongchuan-facts extract news/ --format parquet -o facts.parquet

`expand_inputs` turns the arguments into documents (a folder gives every `*.txt` below it, in
sorted order, named by their path relative to it; a glob gives its matches, named by file name;
a file is named by its name). `extract_files` reads them lazily and extracts them over a process
pool (`batch.iter_extract`), in order. `write_records` streams the facts as JSON Lines or CSV as
each document finishes, or writes Parquet in row batches, so memory stays bounded by a few
documents, whatever the corpus size; only `table` (for a terminal) collects every row.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import json
import pathlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .batch import DocumentError, iter_extract, progress_bar
from .outputs.records import COLUMNS, to_records, to_table
from .schema.factset import FactSet

PARQUET_BATCH_ROWS = 50_000
_GLOB_CHARS = frozenset("*?[")


class NoInputError(ValueError):
    """A folder or glob that names no text file."""


@dataclass(frozen=True, slots=True)
class Input:
    path: pathlib.Path
    doc: str  # the name each of its facts carries


def _in_folder(folder: pathlib.Path) -> list[Input]:
    found = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not found:
        raise NoInputError(f"{folder}: folder has no .txt file")
    return [Input(p, p.relative_to(folder).as_posix()) for p in found]


def _globbed(pattern: str) -> list[Input]:
    found = sorted(pathlib.Path(p) for p in glob.glob(pattern, recursive=True))
    files = [p for p in found if p.is_file()]
    if not files:
        raise NoInputError(f"{pattern}: no file matches")
    return [Input(p, p.name) for p in files]


def expand_inputs(args: Sequence[str]) -> list[Input]:
    """Files, folders and glob patterns → documents, each file once, in the order given."""
    inputs: list[Input] = []
    seen: set[pathlib.Path] = set()
    for arg in args:
        path = pathlib.Path(arg)
        if path.is_dir():
            found = _in_folder(path)
        elif not path.exists() and _GLOB_CHARS & set(arg):
            found = _globbed(arg)
        else:  # a file, or a missing one: the reader reports it in its place
            found = [Input(path, path.name)]
        for inp in found:
            key = inp.path.resolve()
            if key not in seen:
                seen.add(key)
                inputs.append(inp)
    return inputs


Outcome = FactSet | DocumentError | str  # a str: why the file could not be read


def extract_files(
    inputs: Sequence[Input],
    read: Callable[[pathlib.Path], str],
    *,
    reference_date: object = None,
    kinds: Iterable[str] | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> Iterator[tuple[Input, Outcome]]:
    """Each input with its facts (or why it failed), in order, read lazily as workers need."""
    unreadable: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for i, inp in enumerate(inputs):
            try:
                yield read(inp.path)
            except Exception as exc:  # the reader's own message: 'no such file', 'not UTF-8'
                unreadable[i] = str(exc)
                yield ""  # keeps the order; replaced by the message below

    results: Iterator[FactSet | DocumentError] = iter_extract(
        texts(), docs=[inp.doc for inp in inputs], reference_dates=reference_date,
        kinds=kinds, workers=workers,
    )
    if progress:
        results = progress_bar(results, total=len(inputs), unit="file")
    for i, (inp, result) in enumerate(zip(inputs, results, strict=True)):
        yield inp, unreadable.pop(i, None) or result


def _records(
    results: Iterable[tuple[Input, Outcome]], on_error: Callable[[str], None], failed: list[str]
) -> Iterator[list[dict[str, Any]]]:
    """The records of each document that worked; failures go to `on_error` and `failed`."""
    for inp, outcome in results:
        if isinstance(outcome, FactSet):
            yield to_records(outcome.facts, doc=inp.doc)
            continue
        message = outcome if isinstance(outcome, str) else f"{inp.path}: {outcome.error}: " \
            f"{outcome.message}"
        failed.append(message)
        on_error(message)


def _write_jsonl(batches: Iterator[list[dict[str, Any]]], out: IO[str]) -> None:
    for records in batches:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        out.flush()  # a downstream `jq` or `head` sees each document as it finishes


def _write_csv(batches: Iterator[list[dict[str, Any]]], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for records in batches:
        writer.writerows({k: "" if r.get(k) is None else r[k] for k in COLUMNS} for r in records)
        out.flush()


def _write_table(batches: Iterator[list[dict[str, Any]]], out: IO[str]) -> None:
    out.write(to_table([r for records in batches for r in records]))


def _write_parquet(batches: Iterator[list[dict[str, Any]]], path: str) -> None:
    """Row batches into one Parquet file with the fixed facts schema (outputs/parquet.py)."""
    from .outputs.parquet import _pyarrow, _typed, arrow_schema

    pa, pq = _pyarrow()
    schema = arrow_schema()
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for records in batches:
            rows.extend(_typed(r) for r in records)
            if len(rows) >= PARQUET_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def write_records(
    results: Iterable[tuple[Input, Outcome]], fmt: str, output: str | None,
    on_error: Callable[[str], None],
) -> list[str]:
    """Write every document's facts as `fmt` to `output` (stdout if None); returns failures."""
    failed: list[str] = []
    batches = _records(results, on_error, failed)
    if fmt == "parquet":
        assert output is not None, "parquet needs a file"
        _write_parquet(batches, output)
        return failed
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "table": _write_table}
    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout if output is None else stack.enter_context(
            open(output, "w", encoding="utf-8", newline=""))
        writers[fmt](batches, out)
    return failed


__all__ = ["Input", "NoInputError", "expand_inputs", "extract_files", "write_records"]
