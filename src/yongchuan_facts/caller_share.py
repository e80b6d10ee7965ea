"""`extract_many` under fork with the built-in rules: the calling process extracts too.

    >>> from yongchuan_facts.batch import extract_many, shutdown_workers
    >>> texts = ["2019年，企业365家", "营收139亿元", "同比增长15.4%"]
    >>> [fs.metrics[0].text for fs in extract_many(texts, workers=2)]
    ['365家', '139亿元', '15.4%']
    >>> shutdown_workers()

With `workers=2` the pool path (`batch._Pool`) runs two worker processes while the caller feeds
them, unpickles their facts and rebuilds them: on two CPUs, three busy processes, and the
caller's share (25 ms for the 23 reports of ../shared/corpus/reports-2026, a tenth of the work)
comes out of the workers' time (issue 11: 1.7–1.8x one worker). Here `workers=2` is the caller
and one forked helper, so nothing competes with the two, and the caller's own documents never
travel. Each block of documents goes to every helper once; the caller and the helpers take its
documents, longest first, from one counter in shared memory, so they finish together whatever
each document costs (the reports take 5 to 17 ms each, and the two CPUs of a virtual machine are
not always equally fast); only the helpers' facts come back, packed (`schema/wire.py`), each
document's as soon as it is made, into a pipe of a megabyte: the caller takes them in between
its own documents, so that rebuilding them is shared out by the counter too instead of waiting
for the end.

Only the built-in rules run here: a custom rule that ended its process would end the caller, so
custom rules go to `batch._Pool`, whose workers isolate a document that kills them. A helper
that dies is replaced, and the documents it took are retried one by one in `batch._Pool`'s
quarantine, where a death names its document.

Helpers are forked (they inherit the loaded tables; a spawned helper would load them again and
receive every text), so this path needs the fork start method; elsewhere `batch._Pool` runs.
Before the fork the caller's objects are frozen (`gc.freeze`): the helpers' collections then
never walk the inherited objects, which would copy the pages they lie on (copy-on-write), and
neither do the caller's until the call ends. A `gc.freeze()` of the user's own is left alone.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from .batch import (
    DocumentError,
    Result,
    _chunks,
    _give_back,
    _Job,
    _Options,
    _packed,
    _Pool,
    _PoolKey,
    _run_one,
    _size,
    _take_idle,
    _to_result,
    _warm_up,
    ship_options,
)

# A block is what the helpers receive at once and what the caller keeps before it yields: at
# most BLOCK_CHARS characters (~0.6 s of work) or BLOCK_DOCS documents, so a stream of any length
# runs in bounded memory. The caller waits for the slowest helper once a block: about half the
# shortest document, longest first.
BLOCK_CHARS = 1_000_000
BLOCK_DOCS = 2_000
# How long the caller waits for the counter's lock before it asks whether a helper died holding it.
CLAIM_PATIENCE = 1.0
_QUIT = b""  # to a helper: end
_END = b""  # from a helper: the block is done (a pickled output is never empty)
PIPE_BYTES = 1 << 20  # Linux's pipe-max-size for a process without privileges
_PAST_ANY_BLOCK = 2**62


def available(options: _Options) -> bool:
    """Whether this path runs: the built-in rules only, and the fork start method."""
    return not options.rules and multiprocessing.get_start_method() == "fork"


class HelperDied(RuntimeError):
    """A helper ended during a block; its documents are retried in quarantine."""


Counter = Any  # multiprocessing.sharedctypes.Synchronized[int]: not subscriptable at runtime


def _claim(counter: Counter, patience: float | None = None) -> int:
    """The next position in the block's order, taken by this process alone (None: no limit).

    Raises TimeoutError when the lock is not free within `patience` seconds."""
    lock = counter.get_lock()
    if not lock.acquire(True, patience):
        raise TimeoutError("the shared counter stayed locked")
    try:
        position: int = counter.value
        counter.value = position + 1
    finally:
        lock.release()
    return position


_Block = tuple[list[_Job], list[int], _Options]  # the jobs, the order they are taken in, options


def _helper_main(inbox: Connection, outbox: Connection, inherited: list[Connection],
                 counter: Counter, first: _Block | None) -> None:
    """In a helper: for each block, take documents from the counter until none is left, each
    output sent back (packed) as soon as it is made, then `_END`; end on `_QUIT` or when the
    caller is gone. `first`: the block the helper was forked for, inherited instead of sent."""
    for other in inherited:  # the caller's ends: with them open here, a dead caller looks alive
        other.close()
    # Ctrl-C in a terminal or a notebook reaches the whole process group: the caller stops the
    # helpers (`shutdown`), which should not die printing a KeyboardInterrupt each
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        if first is not None:
            block, first = first, None
        else:
            try:
                message = inbox.recv_bytes()
            except (EOFError, OSError):
                return
            if message == _QUIT:
                return
            block = pickle.loads(message)
        try:
            for out in _take_share(counter, *block):
                outbox.send_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
            outbox.send_bytes(_END)
        except OSError:  # the caller left the block (an error, Ctrl-C, a generator closed)
            return


def _take_share(counter: Counter, jobs: list[_Job], order: list[int], options: _Options
                ) -> Iterator[tuple[int, Any]]:
    """In a helper: the outputs, packed, of the documents it takes until none is left."""
    while (position := _claim(counter)) < len(order):
        job = jobs[order[position]]
        yield order[position], _packed(job, _run_one(job, options))


def _longest_first(block: list[_Job]) -> list[int]:
    """The block's positions, longest document first: the last ones taken are the shortest,
    so the processes end close together.

        >>> _longest_first([_Job(0, "一二", None, None), _Job(1, "一二三", None, None),
        ...                 _Job(2, b"bytes", None, None)])
        [1, 0, 2]
    """
    return sorted(range(len(block)), key=lambda i: -_size(block[i]))


def _roomy(conn: Connection) -> Connection:
    """The pipe behind `conn` with a buffer of PIPE_BYTES (Linux), so that a helper sending its
    outputs seldom waits for the caller, who reads them only between its own documents."""
    # not Linux (no F_SETPIPE_SZ; no fcntl at all on Windows, where this module still loads),
    # or over pipe-max-size: the default buffer, and a helper waits for the caller sometimes
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    return conn


@dataclass(slots=True)
class _Link:
    """The caller's ends of one helper's two pipes, and the helper."""

    to_helper: Connection
    from_helper: Connection
    process: multiprocessing.process.BaseProcess


class Helpers:
    """`count` forked helper processes and the counter they share with the caller.

    `shutdown` has the signature of `ProcessPoolExecutor.shutdown`, so the helpers wait for the
    next call in `batch`'s idle slot as a pool does."""

    def __init__(self, count: int, first: list[_Job] | None = None,
                 options: _Options | None = None) -> None:
        """`first` (with its `options`): the block to run first, which the helpers inherit."""
        _warm_up()  # before the fork: the helpers inherit the loaded tables
        context = multiprocessing.get_context("fork")
        self.counter: Counter = context.Value("q", 0)
        self.links: list[_Link] = []
        self._reaping = threading.Lock()
        self.broken = False
        self.first = first
        inherited = None if first is None else (first, _longest_first(first), options)
        for _ in range(count):
            inbox, to_helper = context.Pipe(duplex=False)
            from_helper, outbox = context.Pipe(duplex=False)
            mine = [end for link in self.links for end in (link.to_helper, link.from_helper)]
            process = context.Process(
                target=_helper_main, daemon=True,
                args=(inbox, _roomy(outbox), [*mine, to_helper, from_helper], self.counter,
                      inherited))
            process.start()
            inbox.close()
            outbox.close()
            self.links.append(_Link(to_helper, from_helper, process))

    @property
    def processes(self) -> list[multiprocessing.process.BaseProcess]:
        return [link.process for link in self.links]

    def run(self, block: list[_Job], options: _Options) -> list[Result]:
        """The block's results in its order: the caller's share made here, the helpers' read
        between the caller's documents and at the end. When a helper died, the documents
        nobody returned are retried in quarantine and the helpers are marked `broken`, to be
        replaced before the next block."""
        order = _longest_first(block)
        results: list[Result | None] = [None] * len(block)
        if block is self.first:  # forked for it: the helpers have it and are taking documents
            self.first = None
            busy = list(self.links)
        else:
            self.counter.value = 0  # the helpers wait for the block: nobody takes a position
            message = pickle.dumps((block, order, options), protocol=pickle.HIGHEST_PROTOCOL)
            busy = [link for link in self.links if self._sent(link, message)]
        try:
            while (position := self._claim()) < len(order):
                i = order[position]
                results[i] = _to_result(block[i], _run_one(block[i], options))
                busy = [link for link in busy if self._read(link, block, results, wait=False)]
        except HelperDied:  # the counter is stuck: the live helpers wait on it, ask none of them
            busy = []
        for link in busy:
            self._read(link, block, results, wait=True)
        if self.broken:
            return self._quarantined(block, results, options)
        return results  # type: ignore[return-value]  # every position was taken and returned

    def _read(self, link: _Link, block: list[_Job], results: list[Result | None], wait: bool
              ) -> bool:
        """Take in what a helper has sent (`wait`: until its `_END`); False once it is done
        with the block, or dead (the helpers then broken)."""
        conn = link.from_helper
        try:
            while wait or conn.poll():
                message = conn.recv_bytes()
                if message == _END:
                    return False
                i, out = pickle.loads(message)
                results[i] = _to_result(block[i], out)
        except (EOFError, OSError):  # died during the block: what it had not sent is lost
            self.broken = True
            return False
        return True

    def _sent(self, link: _Link, message: bytes) -> bool:
        """Send the block to a helper; False (and the helpers broken) if it is gone."""
        try:
            link.to_helper.send_bytes(message)
        except OSError:  # a closed pipe: the helper died while it waited
            self.broken = True
            return False
        return True

    def _claim(self) -> int:
        while True:
            try:
                return _claim(self.counter, CLAIM_PATIENCE)
            except TimeoutError:  # a helper holds the lock: slow, or dead while holding it
                if not all(link.process.is_alive() for link in self.links):
                    self.broken = True
                    raise HelperDied("a helper died holding the shared counter") from None

    def _quarantined(self, block: list[_Job], results: list[Result | None], options: _Options
                     ) -> list[Result]:
        """The documents nobody returned, each alone in a one-worker pool: the one that kills
        that worker too is reported as `WorkerDied`, the others are extracted."""
        pool = _Pool(1, ship_options(options))
        try:
            for i, result in enumerate(results):
                if result is None:
                    out = pool._alone(block[i])
                    results[i] = _to_result(block[i], out)  # type: ignore[arg-type]
        finally:
            pool.close()
        return results  # type: ignore[return-value]

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the helpers (`cancel_futures` is accepted for the idle slot: nothing is queued).
        Helpers in the middle of a block take no further document."""
        self._stop_taking()
        for link in self.links:
            with contextlib.suppress(OSError):  # already gone
                link.to_helper.send_bytes(_QUIT)
            link.to_helper.close()
            link.from_helper.close()
        if wait:
            self._join()
        else:  # the caller goes on; a thread reaps the helpers so none is left a zombie
            threading.Thread(target=self._join, daemon=True).start()

    def _stop_taking(self) -> None:
        """Move the counter past any block, unless a dead helper holds its lock."""
        lock = self.counter.get_lock()
        if lock.acquire(True, CLAIM_PATIENCE):
            self.counter.value = _PAST_ANY_BLOCK
            lock.release()

    def _join(self) -> None:
        # one reaper at a time: a second `_join` (the test's, or `shutdown` called again while
        # the thread of `shutdown(wait=False)` reaps) waits for the first instead of racing it
        # to `waitpid`, where the loser read no exit code and took a reaped helper for alive
        with self._reaping:
            self._reap()

    def _reap(self) -> None:
        for process in self.processes:
            process.join(5)
            if process.is_alive():  # stuck in a block that was abandoned
                process.kill()
                process.join()


def _key(workers: int) -> _PoolKey:
    return (workers, "fork, the caller sharing", b"")


def shared(jobs: Iterator[_Job], options: _Options, workers: int) -> Iterator[Result]:
    """`iter_extract` on the caller and `workers - 1` helpers, block by block, in input order."""
    key = _key(workers)
    froze = gc.get_freeze_count() == 0  # a freeze of the user's own is theirs to undo
    if froze:
        gc.freeze()
    helpers = _take_idle(key, Helpers)
    done = False
    try:
        for block in _chunks(jobs, BLOCK_CHARS, BLOCK_DOCS):
            if helpers is not None and helpers.broken:
                helpers.shutdown(wait=False)
                helpers = None
            if helpers is None:  # forked with the block in hand: it need not be sent
                helpers = Helpers(workers - 1, block, options)
            yield from helpers.run(block, options)
        done = helpers is not None and not helpers.broken
    finally:  # a generator left early, or an error: a block may be half taken, start afresh
        if done:
            _give_back(key, helpers)  # type: ignore[arg-type]  # done: helpers were made
        elif helpers is not None:
            helpers.shutdown(wait=False)
        if froze:
            gc.unfreeze()


__all__ = ["BLOCK_CHARS", "BLOCK_DOCS", "DocumentError", "Helpers", "available", "shared"]
