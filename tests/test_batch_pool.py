"""A process pool outlives its `extract_many` call for the next call with the same workers,
start method and options (issue 11: forking and shutting down two workers cost ~50 ms of
wall time a call); nothing of a call that did not run to its end is reused."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from yongchuan_facts import batch
from yongchuan_facts.rules.ruleset import RuleSet

TEXTS = ["2019年，永川引进企业365家。", "营收139亿元，同比增长15.4%。", "建成大数据产业园。"]


def worker_pids() -> set[int]:
    """The pids of the workers of the pool waiting for the next call."""
    assert len(batch._idle) == 1
    return {p.pid for p in batch._idle[0].executor._processes.values()}  # type: ignore[union-attr]


@pytest.fixture(autouse=True)
def no_idle_pool() -> Iterator[None]:
    batch.shutdown_workers()
    yield
    batch.shutdown_workers()


def test_a_second_call_runs_on_the_workers_of_the_first() -> None:
    first = batch.extract_many(TEXTS, workers=2)
    pids = worker_pids()
    assert pids
    assert os.getpid() not in pids
    second = batch.extract_many(TEXTS, workers=2)
    assert worker_pids() == pids
    assert [r.to_jsonl() for r in second] == [r.to_jsonl() for r in first]  # type: ignore[union-attr]


def test_other_options_get_their_own_pool_and_only_one_waits() -> None:
    batch.extract_many(TEXTS, workers=2)
    pids = worker_pids()
    batch.extract_many(TEXTS, workers=2, kinds=["metric"])
    assert worker_pids().isdisjoint(pids)
    batch.extract_many(TEXTS, workers=2, rules=[RuleSet("metric")])
    assert len(batch._idle) == 1


def test_a_generator_left_early_gives_no_pool_back() -> None:
    results = batch.iter_extract(TEXTS * 20, workers=2, chunk_chars=10)
    next(results)
    results.close()  # chunks still in flight: the pool is shut down, not reused
    assert batch._idle == []


def test_shutdown_workers_stops_the_waiting_processes() -> None:
    batch.extract_many(TEXTS, workers=2)
    executor = batch._idle[0].executor
    batch.shutdown_workers()
    assert batch._idle == []
    with pytest.raises(RuntimeError):  # a shut-down executor takes no more work
        executor.submit(print)


def test_an_idle_pool_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "IDLE_SECONDS", 0.05)
    batch.extract_many(TEXTS, workers=2)
    timer = batch._idle[0].timer
    timer.join(5)
    assert batch._idle == []
