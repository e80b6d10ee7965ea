"""A process pool outlives its `extract_many` call for the next call with the same workers,
start method and options (issue 11: forking and shutting down two workers cost ~50 ms of
wall time a call); nothing of a call that did not run to its end is reused.

Both kinds wait in the same slot: the helpers of `caller_share` (the built-in rules, under
fork) and `batch._Pool`'s executor (custom rules)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest

from yongchuan_facts import batch, caller_share
from yongchuan_facts.rules.ruleset import RuleSet

TEXTS = ["2019年，永川引进企业365家。", "营收139亿元，同比增长15.4%。", "建成大数据产业园。"]
CUSTOM = [RuleSet("metric")]  # a rule set of the user's own (empty): the executor's path
SHARING = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                             reason="the caller shares the work only under fork")


def worker_pids() -> set[int]:
    """The pids of the workers of the pool waiting for the next call."""
    assert len(batch._idle) == 1
    waiting = batch._idle[0].executor
    if isinstance(waiting, caller_share.Helpers):
        return {p.pid for p in waiting.processes if p.pid is not None}
    assert isinstance(waiting, ProcessPoolExecutor)
    return {p.pid for p in waiting._processes.values()}


@pytest.fixture(autouse=True)
def no_idle_pool() -> Iterator[None]:
    batch.shutdown_workers()
    yield
    batch.shutdown_workers()


@pytest.mark.parametrize("rules", [(), CUSTOM], ids=["built-in", "custom"])
def test_a_second_call_runs_on_the_workers_of_the_first(rules: list[RuleSet]) -> None:
    first = batch.extract_many(TEXTS, workers=2, rules=rules)
    pids = worker_pids()
    assert pids
    assert os.getpid() not in pids
    second = batch.extract_many(TEXTS, workers=2, rules=rules)
    assert worker_pids() == pids
    assert [r.to_jsonl() for r in second] == [r.to_jsonl() for r in first]  # type: ignore[union-attr]


def test_other_options_get_their_own_pool_and_only_one_waits() -> None:
    batch.extract_many(TEXTS, workers=2, rules=CUSTOM)
    pids = worker_pids()
    batch.extract_many(TEXTS, workers=2, kinds=["metric"], rules=CUSTOM)
    assert worker_pids().isdisjoint(pids)
    batch.extract_many(TEXTS, workers=2)
    assert len(batch._idle) == 1


@SHARING
def test_the_helpers_serve_any_kinds_they_are_sent_with_each_block() -> None:
    batch.extract_many(TEXTS, workers=2)
    pids = worker_pids()
    dates = batch.extract_many(TEXTS, workers=2, kinds=["date"])
    assert worker_pids() == pids
    assert {f.kind for fs in dates for f in fs} == {"date"}  # type: ignore[union-attr]
    assert len(batch.extract_many(TEXTS, workers=3)) == 3  # other workers: other helpers
    assert worker_pids().isdisjoint(pids)
    assert len(worker_pids()) == 2


def test_a_generator_left_early_gives_no_pool_back() -> None:
    results = batch.iter_extract(TEXTS * 20, workers=2, chunk_chars=10)
    next(results)
    results.close()  # chunks still in flight: the pool is shut down, not reused
    assert batch._idle == []


def test_shutdown_workers_stops_the_waiting_processes() -> None:
    batch.extract_many(TEXTS, workers=2, rules=CUSTOM)
    executor = batch._idle[0].executor
    assert isinstance(executor, ProcessPoolExecutor)
    batch.shutdown_workers()
    assert batch._idle == []
    with pytest.raises(RuntimeError):  # a shut-down executor takes no more work
        executor.submit(print)


@SHARING
def test_shutdown_workers_ends_the_helpers() -> None:
    batch.extract_many(TEXTS, workers=3)
    helpers = batch._idle[0].executor
    assert isinstance(helpers, caller_share.Helpers)
    assert all(p.is_alive() for p in helpers.processes)
    batch.shutdown_workers()
    assert batch._idle == []
    assert [p.exitcode for p in helpers.processes] == [0, 0]  # they quit when told, not killed


@pytest.mark.parametrize("rules", [(), CUSTOM], ids=["built-in", "custom"])
def test_an_idle_pool_expires(monkeypatch: pytest.MonkeyPatch, rules: list[RuleSet]) -> None:
    monkeypatch.setattr(batch, "IDLE_SECONDS", 0.05)
    batch.extract_many(TEXTS, workers=2, rules=rules)
    timer = batch._idle[0].timer
    timer.join(5)
    assert batch._idle == []
