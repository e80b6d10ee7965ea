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

Two paths. With the built-in rules under the fork start method (Linux), the calling process is
one of the `workers` and forked helpers are the others (`caller_share`: no process stands by
to feed the others, and the caller's own documents never travel). Custom rules, and the spawn
and forkserver start methods, take the pool below, where the caller only feeds the workers: a
custom rule that ended its process must not end the caller.

On the pool, documents travel to the workers in chunks of at most `chunk_chars` characters (a
longer document goes alone) or `chunk_docs` documents, and only a few chunks per worker are in
flight, so `iter_extract` streams a corpus of any length in bounded memory. A corpus whose size
is known (a list) is cut into about `CHUNKS_PER_WORKER` chunks per worker, so that the workers
finish together: cut into two halves, the 23 reports left one worker idle while the other
finished the longer half. Facts come back without the text, packed as plain columns
(`schema/wire.py`: pickled and rebuilt in C loops, no pydantic `__setstate__` per fact); the
`FactSet` is rebuilt around the caller's own copy.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import itertools
import multiprocessing
import operator
import os
import pickle
import sys
import threading
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol, SupportsIndex, TypeVar

import cloudpickle

from .api import extract
from .rules.ruleset import RuleSet
from .schema.factset import FactSet
from .schema.wire import PackedFacts, pack, unpack

# A chunk's round trip to a worker costs about a millisecond; its documents' facts are pickled
# whatever the chunk size (packed: 1.5 % of the time of extracting them). So chunks can be
# small, which keeps every worker busy to the end: the largest a chunk gets, when the corpus size
# is unknown.
CHUNK_CHARS = 50_000
CHUNK_DOCS = 64
CHUNKS_PER_WORKER = 8  # a corpus of known size: the last chunk is ~1/8 of a worker's share
MIN_CHUNK_CHARS = 4_000  # below this the round trip is no longer noise beside the work
IN_FLIGHT_PER_WORKER = 3
# A pool outlives the call that made it, for IDLE_SECONDS: forking, starting and shutting down
# two workers costs ~50 ms of wall time, an eighth of the 23 reports' work on two CPUs, paid
# again by every call of a notebook that extracts batch after batch (joblib's loky executor is
# reused for the same reason). `shutdown_workers()` stops the idle workers at once.
IDLE_SECONDS = 60.0


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
    """One document as it is sent to a worker; `answer`: its output, made by the caller when
    its text or reference date is of a type `extract` refuses (an object that may not even
    pickle: sent as it is, it would fail the whole chunk on the way)."""

    index: int
    text: object
    reference_date: object
    doc: str | None
    answer: tuple[Any, ...] | DocumentError | None = None


@dataclass(frozen=True, slots=True)
class _Options:
    kinds: tuple[str, ...] | None
    rules: tuple[RuleSet, ...]


class RulesNotShippableError(RuntimeError):
    """The custom rules cannot reach the worker processes; raised before any document is lost."""


HOW_TO_SHIP = ("Define the rule functions in a module (a .py file next to the notebook) and "
               "import them from there, keep open files, locks and connections out of them, "
               "or pass workers=1 to extract in this process.")


def ship_options(options: _Options) -> bytes:
    """The options as bytes every worker can load, under fork, spawn or forkserver alike.

    cloudpickle sends functions of importable modules by reference and the rest (a rule
    defined in a notebook, in `__main__`, a lambda) by value, so a notebook's rule reaches a
    spawned worker that never ran the notebook.
    """
    try:
        return cloudpickle.dumps(options)
    except Exception as exc:
        raise RulesNotShippableError(
            f"the rules cannot be sent to the worker processes ({type(exc).__name__}: {exc}). "
            + HOW_TO_SHIP) from exc


@dataclass(frozen=True, slots=True)
class _RulesUnavailable:
    """What a worker returns when it cannot load the shipped rules."""

    message: str


_worker_payload: bytes = b""
_worker_options: _Options | None = None


def _receive(payload: bytes) -> None:
    """Pool initializer: keep the shipped options; they are loaded at the first chunk."""
    global _worker_payload, _worker_options
    _worker_payload, _worker_options = payload, None


def _loaded_options() -> _Options:
    global _worker_options
    if _worker_options is None:
        _worker_options = pickle.loads(_worker_payload)
    return _worker_options


def _run_one(job: _Job, options: _Options) -> tuple[Any, ...] | DocumentError:
    """In the worker: the facts and reference date of one document, or its error record."""
    if job.answer is not None:
        return job.answer
    try:
        fs = extract(job.text, reference_date=job.reference_date,  # type: ignore[arg-type]
                     kinds=options.kinds, rules=options.rules, doc=job.doc)
    except Exception as exc:  # reported in the document's place, never raised across the pool
        return DocumentError(job.index, job.doc, type(exc).__name__, str(exc),
                             traceback.format_exc(limit=8))
    return fs.facts, fs.reference_date


Outs = list[tuple[Any, ...] | DocumentError] | _RulesUnavailable


def _run_chunk(jobs: list[_Job]) -> Outs:
    """In the worker: one chunk, with the options its pool was given; the facts packed for the
    way back (`schema.wire`: a third of the pickling, and the parent's share, saved)."""
    try:
        options = _loaded_options()
    except Exception as exc:  # every document would fail alike: say so once, in the parent
        return _RulesUnavailable(f"{type(exc).__name__}: {exc}")
    return [_packed(job, _run_one(job, options)) for job in jobs]


def _packed(job: _Job, out: tuple[Any, ...] | DocumentError) -> tuple[Any, ...] | DocumentError:
    """A document's facts packed for the way back, or its error record if they cannot be."""
    if isinstance(out, DocumentError):
        return out
    facts, reference_date = out
    try:
        return pack(facts), reference_date
    except TypeError as exc:  # a fact with extra attributes: reported, never lost silently
        return DocumentError(job.index, job.doc, type(exc).__name__, str(exc))


def _to_result(job: _Job, out: tuple[Any, ...] | DocumentError) -> Result:
    if isinstance(out, DocumentError):
        return out
    facts, reference_date = out
    if isinstance(facts, PackedFacts):  # from a worker
        facts = unpack(facts)
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


def _jobs(texts: Iterable[object], reference_dates: object, docs: Iterable[str] | None,
          options: _Options | None = None) -> Iterator[_Job]:
    """One job per text; with `options`, those `extract` refuses by their types are answered
    here (`_answered`)."""
    refs = _reference_dates(reference_dates)
    names = iter(docs) if docs is not None else itertools.repeat(None)
    for index, text in enumerate(texts):
        try:
            ref, doc = next(refs), next(names)
        except StopIteration:
            raise ValueError(f"fewer reference_dates or docs than texts (text {index})") from None
        job = _Job(index, text, ref, doc)
        yield job if options is None else _answered(job, options)


def _answered(job: _Job, options: _Options) -> _Job:
    """The job, or (its text not a str, its reference date neither None, a str nor a date) a
    job carrying the error `extract` gives for it: `extract` checks both types before any rule
    runs, so answering here runs no rule in this process.

        >>> import threading
        >>> _answered(_Job(4, threading.Lock(), None, "d"), _Options(None, ())).answer.error
        'TypeError'
        >>> _answered(_Job(4, "企业365家", None, "d"), _Options(None, ())).answer is None
        True
    """
    ref = job.reference_date
    if isinstance(job.text, str) and (ref is None or isinstance(ref, str | dt.date)):
        return job
    out = _run_one(job, options)
    if not isinstance(out, DocumentError):  # accepted after all: sent as it is
        return job
    return _Job(job.index, None, None, job.doc, answer=out)


def _check_many(texts: object) -> None:
    if isinstance(texts, str | bytes):
        raise TypeError("extract_many() takes an iterable of texts, not one text; use extract()")
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many() takes an iterable of texts, not {type(texts).__name__}")


def chunk_chars_for(texts: Iterable[object], workers: int) -> int:
    """The chunk size for `texts` on `workers` processes: `CHUNKS_PER_WORKER` chunks a worker
    when the corpus is a sequence (its size is known), bounded by `MIN_CHUNK_CHARS` and
    `CHUNK_CHARS`; `CHUNK_CHARS` for a stream.

        >>> chunk_chars_for(["字" * 20_000] * 23, workers=2)  # 460,000 chars / (2 × 8)
        28750
        >>> chunk_chars_for(iter(["字" * 20_000] * 23), workers=2) == CHUNK_CHARS
        True
    """
    if not isinstance(texts, Sequence):
        return CHUNK_CHARS
    total = sum(len(t) for t in texts if isinstance(t, str))
    share = total // (max(1, workers) * CHUNKS_PER_WORKER)
    return max(MIN_CHUNK_CHARS, min(CHUNK_CHARS, share))


def _size(job: _Job) -> int:
    return len(job.text) if isinstance(job.text, str) else 0


def _chunks(jobs: Iterator[_Job], chunk_chars: int, chunk_docs: int) -> Iterator[list[_Job]]:
    """Consecutive jobs, at most `chunk_docs` and `chunk_chars` characters a chunk (a document
    longer than that alone): a chunk closes before the document that would overfill it, so
    chunks of a few documents stay near the size asked for instead of nearly twice it."""
    chunk: list[_Job] = []
    size = 0
    for job in jobs:
        n = _size(job)
        if chunk and size + n > chunk_chars:
            yield chunk
            chunk, size = [], 0
        chunk.append(job)
        size += n
        if size >= chunk_chars or len(chunk) >= chunk_docs:  # full: sent before reading on
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def checked_workers(workers: object) -> int:
    """The number of processes asked for: every CPU for None (`default_workers`).

    Raises TypeError for what is no whole number (a float, a str, a bool) and ValueError below
    1: `workers=0` ran in this process without a word, `workers="2"` failed deep inside.

        >>> checked_workers(2), checked_workers(None) == default_workers()
        (2, True)
        >>> checked_workers(0)
        Traceback (most recent call last):
        ...
        ValueError: workers must be at least 1 (or None for every CPU), not 0
    """
    if workers is None:
        return default_workers()
    if isinstance(workers, bool):  # an int to Python, a slip to the reader (workers=True)
        raise TypeError("workers must be a whole number of processes or None, not a bool")
    if not isinstance(workers, SupportsIndex):  # int, and NumPy's integers
        raise TypeError("workers must be a whole number of processes or None, "
                        f"not {type(workers).__name__}")
    count = operator.index(workers)
    if count < 1:
        raise ValueError(f"workers must be at least 1 (or None for every CPU), not {count}")
    return count


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


@functools.cache  # loaded tables stay loaded: once a process (a fork inherits them, and this)
def _warm_up() -> None:
    """Load the lazy tables (OpenCC, jieba) once in the parent; forked workers inherit them.

    Once a process: the next pool or helper of a notebook forks at once (the sentence costs
    0.3 to 1.6 ms, more in a process whose pages a fork has just shared)."""
    extract("2020年3月，永川区引进企业365家，建成“服务公社”平台和大数据产业园。")


@dataclass(frozen=True, slots=True)
class _Sent:
    """A chunk in flight and the executor it went to."""

    chunk: list[_Job]
    future: Future[Outs]
    executor: ProcessPoolExecutor


_PoolKey = tuple[int, str, bytes]  # workers, start method, shipped options


class _Stoppable(Protocol):
    """Worker processes that can wait for the next call: a `ProcessPoolExecutor`, or the
    helpers of `caller_share`."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None: ...


_Workers = TypeVar("_Workers", bound=_Stoppable)


@dataclass(frozen=True, slots=True)
class _IdlePool:
    key: _PoolKey
    executor: _Stoppable
    timer: threading.Timer


_idle: list[_IdlePool] = []  # at most one pool waits: the last one a call gave back
_idle_lock = threading.Lock()


def _take_idle(key: _PoolKey, kind: type[_Workers]) -> _Workers | None:
    """The idle pool made for the same workers, start method and options, taken out of the
    waiting list (a call running at the same time makes its own)."""
    with _idle_lock:
        if not _idle or _idle[0].key != key or not isinstance(_idle[0].executor, kind):
            return None
        idle = _idle.pop()
    idle.timer.cancel()
    waiting: _Workers = idle.executor  # type: ignore[assignment]  # isinstance checked above
    return waiting


def _give_back(key: _PoolKey, executor: _Stoppable) -> None:
    """Let a healthy pool wait for the next call; the pool waiting before it is shut down."""
    timer = threading.Timer(IDLE_SECONDS, _expire, args=(executor,))
    timer.daemon = True  # never keeps the interpreter alive
    with _idle_lock:
        older = _idle.pop() if _idle else None
        _idle.append(_IdlePool(key, executor, timer))
    timer.start()
    if older is not None:
        older.timer.cancel()
        older.executor.shutdown(wait=False, cancel_futures=True)


def _expire(executor: _Stoppable) -> None:
    with _idle_lock:
        if not _idle or _idle[0].executor is not executor:
            return  # taken by a call, or replaced, in the meantime
        _idle.pop()
    executor.shutdown(wait=True)


def shutdown_workers() -> None:
    """Stop the worker processes that wait for the next `extract_many` call (they stop by
    themselves after `IDLE_SECONDS`, and at exit).

        >>> _ = extract_many(["企业365家", "营收139亿元"], workers=2)
        >>> shutdown_workers()
        >>> _idle
        []
    """
    with _idle_lock:
        idle = _idle.pop() if _idle else None
    if idle is not None:
        idle.timer.cancel()
        idle.executor.shutdown(wait=True)


atexit.register(shutdown_workers)


class _Pool:
    """A process pool that survives a worker's death: the chunks the dead pool held are retried
    document by document in a one-worker quarantine pool, where a death names its document.

    When a pool breaks, every chunk it held fails, including chunks that were only queued; the
    pool is replaced once (not once per failed chunk, which would kill the chunks already sent to
    the replacement), and documents retried in quarantine never touch the main pool. A pool
    whose call ran to its end waits for the next call with the same key (`IDLE_SECONDS`).
    """

    def __init__(self, workers: int, payload: bytes) -> None:
        self.workers, self.payload = workers, payload
        # the start method is part of the key: set to spawn later (`force=True`), a forked pool
        # is not reused (reading it fixes the default, as ProcessPoolExecutor() does anyway)
        self.key: _PoolKey = (workers, multiprocessing.get_start_method(), payload)
        self.executor = _take_idle(self.key, ProcessPoolExecutor) or self._new(workers)
        self.quarantine: ProcessPoolExecutor | None = None

    def _new(self, workers: int) -> ProcessPoolExecutor:
        _warm_up()  # before the fork: the workers inherit the loaded tables
        return ProcessPoolExecutor(workers, initializer=_receive, initargs=(self.payload,))

    def submit(self, chunk: list[_Job]) -> _Sent:
        try:
            future = self.executor.submit(_run_chunk, chunk)
        except BrokenProcessPool:  # broken by a chunk in flight, which will be retried
            self._replace()
            future = self.executor.submit(_run_chunk, chunk)
        return _Sent(chunk, future, self.executor)

    def results(self, sent: _Sent) -> list[Result]:
        outs: Sequence[Any] | _RulesUnavailable
        try:
            outs = sent.future.result()
        except (BrokenProcessPool, CancelledError):  # a document of this pool killed a worker
            if sent.executor is self.executor:
                self._replace()
            outs = [self._alone(job) for job in sent.chunk]
        return [_to_result(job, out) for job, out in zip(sent.chunk, _checked(outs), strict=True)]

    def _alone(self, job: _Job) -> tuple[Any, ...] | DocumentError | _RulesUnavailable:
        """One document alone in quarantine; if it kills that worker, it is the culprit."""
        if self.quarantine is None:
            self.quarantine = self._new(1)
        try:
            outs = self.quarantine.submit(_run_chunk, [job]).result()
        except BrokenProcessPool:
            self.quarantine.shutdown(wait=False, cancel_futures=True)
            self.quarantine = None
            return DocumentError(job.index, job.doc, "WorkerDied",
                                 "the worker process died while extracting this document")
        return outs if isinstance(outs, _RulesUnavailable) else outs[0]

    def _replace(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new(self.workers)

    def close(self, reuse: bool = False) -> None:
        """Shut the pools down, or (`reuse`: every chunk came back) let the main one wait."""
        if self.quarantine is not None:
            self.quarantine.shutdown(wait=True, cancel_futures=True)
        if reuse:
            _give_back(self.key, self.executor)
        else:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _checked(outs: Sequence[Any] | _RulesUnavailable) -> Sequence[Any]:
    """The outputs, or the error that the workers could not load the rules (raised at once)."""
    if isinstance(outs, _RulesUnavailable):
        unavailable = outs
    else:
        found = next((o for o in outs if isinstance(o, _RulesUnavailable)), None)
        if found is None:
            return outs
        unavailable = found
    raise RulesNotShippableError(
        f"the worker processes cannot load the rules ({unavailable.message}). " + HOW_TO_SHIP)


def _in_process(jobs: Iterator[_Job], options: _Options) -> Iterator[Result]:
    for job in jobs:
        yield _to_result(job, _run_one(job, options))


def _in_pool(chunks: Iterator[list[_Job]], payload: bytes, workers: int) -> Iterator[Result]:
    pool = _Pool(workers, payload)
    pending: deque[_Sent] = deque()
    done = False
    try:
        for chunk in chunks:
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pool.results(pending.popleft())
            pending.append(pool.submit(chunk))
        while pending:
            yield from pool.results(pending.popleft())
        done = True
    finally:  # a generator left early, or an error: nothing of it may linger in a reused pool
        pool.close(reuse=done)


def iter_extract(
    texts: Iterable[str],
    *,
    reference_dates: dt.date | str | Iterable[dt.date | str | None] | None = None,
    docs: Iterable[str] | None = None,
    workers: int | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
    chunk_chars: int | None = None,
    chunk_docs: int = CHUNK_DOCS,
) -> Iterator[Result]:
    """`extract_many` as a generator: results in input order as they are ready, memory bounded.

    `texts` may be a lazy iterable (files read one at a time); `reference_dates` and `docs`,
    when iterables, are consumed alongside it. `chunk_chars`: characters a chunk sent to a
    worker of the pool holds; by default sized from the corpus (`chunk_chars_for`). When the
    caller shares the work (`caller_share`), results come block by block; there, and with
    `workers=1` (a text read only when its turn comes), the chunk sizes do not apply.
    """
    _check_many(texts)
    options = _Options(tuple([kinds] if isinstance(kinds, str) else kinds) if kinds else None,
                       tuple(rules))
    workers = checked_workers(workers)
    jobs = _jobs(texts, reference_dates, docs, options)
    if workers <= 1:
        return _in_process(jobs, options)
    from . import caller_share  # imports this module: loaded on the first call, not before

    if caller_share.available(options):
        return caller_share.shared(jobs, options, workers)
    payload = ship_options(options)  # before any work: rules that cannot travel fail here
    if chunk_chars is None:  # the pool's chunks only: the paths above take documents singly
        chunk_chars = chunk_chars_for(texts, workers)
    return _in_pool(_chunks(jobs, max(1, chunk_chars), max(1, chunk_docs)), payload, workers)


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

    `reference_dates`: None, one date for all, or one per text. `workers`: processes that
    extract (default every CPU; 1 runs in this process; with the built-in rules under fork this
    process is one of them, see `caller_share`). `progress`: a progress bar (tqdm.auto: a widget
    in Jupyter, a bar on stderr elsewhere; a plain counter without tqdm). `docs`: a name per
    text, set on each `FactSet`. `rules`: your own `RuleSet`s, defined anywhere, a notebook
    included. A text that fails (not a str, too long, a bad reference date, a crash) gives a
    `DocumentError` in its place. Raises TypeError when `texts` is one str instead of many,
    TypeError or ValueError for `workers` that are no whole number of at least 1, and
    `RulesNotShippableError` at once when the rules cannot reach the worker processes.
    """
    _check_many(texts)
    total = len(texts) if isinstance(texts, Sequence) else None
    results = iter_extract(texts, reference_dates=reference_dates, docs=docs, workers=workers,
                           kinds=kinds, rules=rules)
    if progress:
        results = progress_bar(results, total=total, unit="doc")
    return list(results)


def to_dataframe(results: Sequence[Result], *, errors: str = "raise") -> Any:
    """`extract_many`'s results as one typed DataFrame with a `doc` column (`outputs.frames`).

    `errors="skip"` leaves failed documents out; by default a failure is a ValueError.
    """
    from .outputs.frames import results_frame

    return results_frame(results, errors=errors)


def progress_bar(items: Iterator[Any], *, total: int | None, unit: str) -> Iterator[Any]:
    """A progress bar over `items`: a widget in Jupyter, a bar on stderr elsewhere (tqdm.auto),
    or a counter line now and then when tqdm is not installed."""
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _counter(items, total, unit)
    bar: Iterator[Any]
    try:
        bar = iter(tqdm(items, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True))
    except ImportError:  # a notebook without ipywidgets: tqdm's widget cannot be drawn
        from tqdm.std import tqdm as text_tqdm

        bar = iter(text_tqdm(items, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True))
    return bar


def _counter(items: Iterator[Any], total: int | None, unit: str) -> Iterator[Any]:
    of = f"/{total}" if total is not None else ""
    n = 0
    for n, item in enumerate(items, 1):
        if n % 100 == 0:
            print(f"\r{n}{of} {unit}s", end="", file=sys.stderr, flush=True)
        yield item
    print(f"\r{n}{of} {unit}s", file=sys.stderr, flush=True)
