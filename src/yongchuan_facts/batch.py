"""Many documents at once: `extract_many` over a process pool, order kept, failures isolated.

    >>> results = extract_many(["2019年，企业365家", b"not text"], workers=1)
    >>> [type(r).__name__ for r in results]
    ['FactSet', 'DocumentError']
    >>> results[1].index, results[1].error
    (1, 'TypeError')

Each result stands in its document's place: a `FactSet`, or a `DocumentError` that names the
document's index, its `doc` name, the exception type and message. One bad document never takes
the others down, not even one that kills its worker process: the documents of a broken pool are
retried one by one in a fresh pool, and only the one that breaks it again is reported.

Documents travel to the workers in chunks (`chunk_chars` characters or `chunk_docs` documents,
whichever comes first) and only a few chunks per worker are in flight, so `iter_extract` streams
a corpus of any length in bounded memory. Facts come back without the text; the `FactSet` is
rebuilt around the caller's own copy.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .api import extract
from .rules.ruleset import RuleSet
from .schema.factset import FactSet

CHUNK_CHARS = 200_000  # enough work per task that pickling is a small part of it
CHUNK_DOCS = 64
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True, slots=True)
class DocumentError:
    """Stands in a failed document's place in `extract_many`'s results."""

    index: int
    doc: str | None
    error: str  # the exception's type name: 'TypeError', 'ValueError', 'WorkerDied' …
    message: str
    traceback: str = ""

    def __bool__(self) -> bool:  # `if result:` is False for a failure, as for an empty FactSet
        return False

    def __str__(self) -> str:
        name = f" ({self.doc})" if self.doc else ""
        return f"document {self.index}{name}: {self.error}: {self.message}"


Result = FactSet | DocumentError


@dataclass(frozen=True, slots=True)
class _Job:
    """One document as it is sent to a worker."""

    index: int
    text: object
    reference_date: object
    doc: str | None


@dataclass(frozen=True, slots=True)
class _Options:
    kinds: tuple[str, ...] | None
    rules: tuple[RuleSet, ...]


def _run_one(job: _Job, options: _Options) -> tuple[Any, ...] | DocumentError:
    """In the worker: the facts and reference date of one document, or its error record."""
    try:
        fs = extract(job.text, reference_date=job.reference_date,  # type: ignore[arg-type]
                     kinds=options.kinds, rules=options.rules, doc=job.doc)
    except Exception as exc:  # reported in the document's place, never raised across the pool
        return DocumentError(job.index, job.doc, type(exc).__name__, str(exc),
                             traceback.format_exc(limit=8))
    return fs.facts, fs.reference_date


def _run_chunk(jobs: list[_Job], options: _Options) -> list[tuple[Any, ...] | DocumentError]:
    return [_run_one(job, options) for job in jobs]


def _to_result(job: _Job, out: tuple[Any, ...] | DocumentError) -> Result:
    if isinstance(out, DocumentError):
        return out
    facts, reference_date = out
    return FactSet(job.text, facts, doc=job.doc, reference_date=reference_date)  # type: ignore[arg-type]


def _reference_dates(value: object) -> Iterator[object]:
    """One value for every document, or an iterable giving one per document."""
    if value is None or isinstance(value, str | dt.date):
        return itertools.repeat(value)
    if isinstance(value, Iterable):
        return iter(value)
    raise TypeError(
        f"reference_dates must be a date, an ISO string or one per text, not {type(value).__name__}"
    )


def _jobs(texts: Iterable[object], reference_dates: object, docs: Iterable[str] | None
          ) -> Iterator[_Job]:
    refs = _reference_dates(reference_dates)
    names = iter(docs) if docs is not None else itertools.repeat(None)
    for index, text in enumerate(texts):
        try:
            ref, doc = next(refs), next(names)
        except StopIteration:
            raise ValueError(f"fewer reference_dates or docs than texts (text {index})") from None
        yield _Job(index, text, ref, doc)


def _check_many(texts: object) -> None:
    if isinstance(texts, str | bytes):
        raise TypeError("extract_many() takes an iterable of texts, not one text; use extract()")
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many() takes an iterable of texts, not {type(texts).__name__}")


def _chunks(jobs: Iterator[_Job], chunk_chars: int, chunk_docs: int) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        size += len(job.text) if isinstance(job.text, str) else 0
        if size >= chunk_chars or len(chunk) >= chunk_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _warm_up() -> None:
    """Load the lazy tables (OpenCC, jieba) once in the parent; forked workers inherit them."""
    extract("2020年3月，永川区引进企业365家，建成“服务公社”平台和大数据产业园。")


class _Pool:
    """A process pool that survives a worker's death by retrying its documents one by one."""

    def __init__(self, workers: int, options: _Options) -> None:
        self.workers, self.options = workers, options
        self.executor = ProcessPoolExecutor(workers)

    def submit(self, chunk: list[_Job]) -> Future[list[Any]]:
        return self.executor.submit(_run_chunk, chunk, self.options)

    def results(self, chunk: list[_Job], future: Future[list[Any]]) -> list[Result]:
        try:
            outs = future.result()
        except BrokenProcessPool:  # some document of this chunk (or one beside it) killed it
            self._restart()
            outs = [self._alone(job) for job in chunk]
        return [_to_result(job, out) for job, out in zip(chunk, outs, strict=True)]

    def _alone(self, job: _Job) -> tuple[Any, ...] | DocumentError:
        """One document of a broken pool, alone; if it breaks the pool again, it is the culprit."""
        try:
            return self.executor.submit(_run_one, job, self.options).result()
        except BrokenProcessPool:
            self._restart()
            return DocumentError(job.index, job.doc, "WorkerDied",
                                 "the worker process died while extracting this document")

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(self.workers)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_process(chunks: Iterator[list[_Job]], options: _Options) -> Iterator[Result]:
    for chunk in chunks:
        for job in chunk:
            yield _to_result(job, _run_one(job, options))


def _in_pool(chunks: Iterator[list[_Job]], options: _Options, workers: int
             ) -> Iterator[Result]:
    pool = _Pool(workers, options)
    pending: deque[tuple[list[_Job], Future[list[Any]]]] = deque()
    try:
        for chunk in chunks:
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pool.results(*pending.popleft())
            pending.append((chunk, pool.submit(chunk)))
        while pending:
            yield from pool.results(*pending.popleft())
    finally:
        pool.close()


def iter_extract(
    texts: Iterable[str],
    *,
    reference_dates: dt.date | str | Iterable[dt.date | str | None] | None = None,
    docs: Iterable[str] | None = None,
    workers: int | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
    chunk_chars: int = CHUNK_CHARS,
    chunk_docs: int = CHUNK_DOCS,
) -> Iterator[Result]:
    """`extract_many` as a generator: results in input order as they are ready, memory bounded.

    `texts` may be a lazy iterable (files read one at a time); `reference_dates` and `docs`,
    when iterables, are consumed alongside it.
    """
    _check_many(texts)
    options = _Options(tuple([kinds] if isinstance(kinds, str) else kinds) if kinds else None,
                       tuple(rules))
    chunks = _chunks(_jobs(texts, reference_dates, docs), max(1, chunk_chars), max(1, chunk_docs))
    workers = default_workers() if workers is None else workers
    if workers <= 1:
        return _in_process(chunks, options)
    _warm_up()
    return _in_pool(chunks, options, workers)


def extract_many(
    texts: Iterable[str],
    *,
    reference_dates: dt.date | str | Iterable[dt.date | str | None] | None = None,
    workers: int | None = None,
    progress: bool = False,
    docs: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
) -> list[Result]:
    """`extract` over many texts on a process pool; one result per text, in input order.

    `reference_dates`: None, one date for all, or one per text. `workers`: processes (default
    every CPU; 1 runs in this process). `progress`: a progress bar on stderr (tqdm if installed,
    else a plain counter). `docs`: a name per text, set on each `FactSet`. A text that fails
    (not a str, too long, a bad reference date, a crash) gives a `DocumentError` in its place.
    Raises TypeError when `texts` is one str instead of many.
    """
    _check_many(texts)
    total = len(texts) if isinstance(texts, Sequence) else None
    results = iter_extract(texts, reference_dates=reference_dates, docs=docs, workers=workers,
                           kinds=kinds, rules=rules)
    if progress:
        results = progress_bar(results, total=total, unit="doc")
    return list(results)


def progress_bar(items: Iterator[Any], *, total: int | None, unit: str) -> Iterator[Any]:
    """tqdm over `items` on stderr when tqdm is installed, else a counter line now and then."""
    try:
        from tqdm import tqdm
    except ImportError:
        return _counter(items, total, unit)
    return iter(tqdm(items, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True))


def _counter(items: Iterator[Any], total: int | None, unit: str) -> Iterator[Any]:
    of = f"/{total}" if total is not None else ""
    n = 0
    for n, item in enumerate(items, 1):
        if n % 100 == 0:
            print(f"\r{n}{of} {unit}s", end="", file=sys.stderr, flush=True)
        yield item
    print(f"\r{n}{of} {unit}s", file=sys.stderr, flush=True)
