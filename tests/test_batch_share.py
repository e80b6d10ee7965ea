"""`caller_share`: with the built-in rules under fork, `workers=2` is the caller and one forked
helper taking documents from one shared counter (issue 11). Every document is extracted once,
by one of them, and comes back as `extract` gives it, in input order; a helper that dies costs
only the document that killed it."""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import pathlib
import signal
import time
from collections.abc import Iterator
from typing import Any

import pytest

from yongchuan_facts import batch, caller_share, extract
from yongchuan_facts.batch import DocumentError, extract_many, iter_extract

pytestmark = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                                reason="the caller shares the work only under fork")

TEXTS = [f"{2000 + i}年，永川引进企业{i + 1}家，营收{i + 10}亿元。" + "项目建设。" * (i * 7 % 40)
         for i in range(30)]
real_run_one = batch._run_one
real_helpers = caller_share.Helpers


@pytest.fixture(autouse=True)
def no_idle_workers() -> Iterator[None]:
    batch.shutdown_workers()
    yield
    batch.shutdown_workers()


def expected(texts: list[Any], refs: list[Any], docs: list[str]) -> list[str]:
    return [extract(t, reference_date=r, doc=d).to_jsonl()
            for t, r, d in zip(texts, refs, docs, strict=True)]


def as_lines(results: list[Any]) -> list[str]:
    return [r.to_jsonl() if not isinstance(r, DocumentError) else str(r) for r in results]


@pytest.mark.parametrize("workers", [2, 3])
def test_every_document_comes_back_as_extract_gives_it_in_input_order(workers: int) -> None:
    texts: list[Any] = [*TEXTS[:12], "去年营收增长8%。", *TEXTS[12:]]
    refs = [None] * len(texts)
    refs[12] = "2024-05-01"  # a reference date of its own: 去年 is 2023
    docs = [f"doc{i}" for i in range(len(texts))]
    results = extract_many(texts, workers=workers, reference_dates=refs, docs=docs)
    assert as_lines(results) == expected(texts, refs, docs)


def test_a_bad_document_gets_its_error_in_its_place() -> None:
    texts: list[Any] = [TEXTS[0], b"bytes", TEXTS[1], None]
    results = extract_many(texts, workers=2)
    assert [type(r).__name__ for r in results] == ["FactSet", "DocumentError", "FactSet",
                                                   "DocumentError"]
    assert [(r.index, r.error) for r in results if isinstance(r, DocumentError)] == [
        (1, "TypeError"), (3, "TypeError")]


def _recording(log: pathlib.Path) -> Any:
    def run_one(job: batch._Job, options: batch._Options) -> Any:
        with log.open("a") as f:  # O_APPEND: lines of the two processes do not mix
            f.write(f"{os.getpid()} {job.index}\n")
        return real_run_one(job, options)
    return run_one


def test_the_caller_and_the_helper_share_the_documents_each_once(
        monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    log = tmp_path / "who.txt"
    monkeypatch.setattr(caller_share, "_run_one", _recording(log))  # the helper forks with it
    results = extract_many(TEXTS * 3, workers=2)
    assert as_lines(results) == [fs.to_jsonl() for fs in map(extract, TEXTS * 3)]
    helper = batch._idle[0].executor
    assert isinstance(helper, caller_share.Helpers)
    lines = [line.split() for line in log.read_text().splitlines()]
    assert sorted(int(i) for _, i in lines) == list(range(90))  # each document once
    assert {int(pid) for pid, _ in lines} == {os.getpid(), helper.processes[0].pid}


def _dying_on(marker: str, caller: int) -> Any:
    """`_run_one` that ends any process but the caller on a document starting with `marker`,
    and lets the caller take its time, so that the helper takes most documents."""
    def run_one(job: batch._Job, options: batch._Options) -> Any:
        if os.getpid() != caller and str(job.text).startswith(marker):
            os._exit(3)
        if os.getpid() == caller:
            time.sleep(0.05)
        return real_run_one(job, options)
    return run_one


def test_a_helper_that_dies_costs_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    killer = _dying_on("KILL", os.getpid())
    monkeypatch.setattr(caller_share, "_run_one", killer)
    monkeypatch.setattr(batch, "_run_one", killer)  # the quarantine's workers fork with it too
    texts = [*TEXTS[:10], "KILL 企业9家", *TEXTS[10:20]]
    results = extract_many(texts, workers=2)
    died = [r for r in results if isinstance(r, DocumentError)]
    assert [(e.index, e.error) for e in died] == [(10, "WorkerDied")]
    assert as_lines(results[:10] + results[11:]) == [extract(t).to_jsonl() for t in TEXTS[:20]]
    assert batch._idle == []  # broken helpers are not kept for the next call
    monkeypatch.setattr(caller_share, "_run_one", real_run_one)
    assert as_lines(extract_many(TEXTS, workers=2)) == [extract(t).to_jsonl() for t in TEXTS]


def test_a_helper_killed_while_it_waited_is_replaced() -> None:
    extract_many(TEXTS[:3], workers=2)
    helper = batch._idle[0].executor
    assert isinstance(helper, caller_share.Helpers)
    os.kill(helper.processes[0].pid, signal.SIGKILL)  # type: ignore[arg-type]
    helper.processes[0].join(5)
    assert as_lines(extract_many(TEXTS, workers=2)) == [extract(t).to_jsonl() for t in TEXTS]
    assert batch._idle == []
    extract_many(TEXTS[:3], workers=2)
    assert batch._idle[0].executor is not helper


def test_a_helper_dead_with_the_counter_locked_does_not_hang_the_caller(
        monkeypatch: pytest.MonkeyPatch) -> None:
    caller = os.getpid()
    real_claim = caller_share._claim

    def claim(counter: Any, patience: float | None = None) -> int:
        if os.getpid() != caller:  # the helper: take the lock and die holding it
            counter.get_lock().acquire()
            os._exit(3)
        return real_claim(counter, patience)

    monkeypatch.setattr(caller_share, "_claim", claim)
    monkeypatch.setattr(caller_share, "CLAIM_PATIENCE", 0.05)
    results = extract_many(TEXTS, workers=2)
    assert as_lines(results) == [extract(t).to_jsonl() for t in TEXTS]  # the rest in quarantine
    assert batch._idle == []


def test_blocks_stream_a_corpus_of_any_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caller_share, "BLOCK_DOCS", 4)
    endless = itertools.cycle(TEXTS[:7])
    results = iter_extract(endless, workers=2)
    first = list(itertools.islice(results, 10))  # an endless stream: only its blocks are read
    assert as_lines(first) == [extract(t).to_jsonl() for t in (TEXTS[:7] * 2)[:10]]
    results.close()  # left early: the helpers are not kept
    assert batch._idle == []


def test_small_blocks_give_the_same_results(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caller_share, "BLOCK_CHARS", 100)  # about one document a block
    assert as_lines(extract_many(TEXTS, workers=3)) == [extract(t).to_jsonl() for t in TEXTS]


def test_the_collector_is_left_as_it_was() -> None:
    assert gc.get_freeze_count() == 0
    extract_many(TEXTS[:4], workers=2)
    assert gc.get_freeze_count() == 0  # frozen for the call, not after it
    gc.freeze()  # the user's own freeze (a server that forks, say) is theirs to undo
    try:
        assert gc.get_freeze_count() > 0
        extract_many(TEXTS[:4], workers=2)
        assert gc.get_freeze_count() > 0  # still frozen: the call did not unfreeze it
    finally:
        gc.unfreeze()


def test_the_tables_are_warmed_once_a_process_not_once_a_fork(
        monkeypatch: pytest.MonkeyPatch) -> None:
    warm_extracts: list[str] = []

    def counted(text: str, **kwargs: Any) -> Any:
        if text not in TEXTS:  # not a document: the warm-up's sentence
            warm_extracts.append(text)
        return extract(text, **kwargs)

    monkeypatch.setattr(batch, "extract", counted)  # the caller's documents go through here too
    batch._warm_up.cache_clear()
    for _ in range(2):  # helpers shut down and forked again: a notebook after the idle wait
        assert as_lines(extract_many(TEXTS[:3], workers=2)) == [
            extract(t).to_jsonl() for t in TEXTS[:3]]
        batch.shutdown_workers()
    assert len(warm_extracts) == 1


def test_custom_rules_never_run_in_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_caller(*args: Any) -> Any:
        raise AssertionError("a custom rule ran on the caller's path")

    monkeypatch.setattr(caller_share, "shared", no_caller)
    from yongchuan_facts.rules.ruleset import RuleSet
    results = extract_many(TEXTS[:3], workers=2, rules=[RuleSet("metric")])
    assert as_lines(results) == [extract(t).to_jsonl() for t in TEXTS[:3]]


@pytest.mark.parametrize("rules", [(), "custom"], ids=["caller sharing", "pool"])
def test_a_text_that_cannot_be_pickled_fails_alone_on_a_reused_pool(rules: Any) -> None:
    """A lock as a text or a reference date cannot travel to a worker: sent as it was, it
    failed its whole chunk (the pool path raised TypeError for the call)."""
    import threading

    from yongchuan_facts.rules.ruleset import RuleSet
    rule_sets = [RuleSet("metric")] if rules == "custom" else []
    extract_many(TEXTS[:2], workers=2, rules=rule_sets)  # a pool waits: texts are now sent
    assert len(batch._idle) == 1
    texts: list[Any] = [TEXTS[0], threading.Lock(), TEXTS[1], TEXTS[2]]
    refs: list[Any] = [None, None, threading.Lock(), "2024-01-01"]
    results = extract_many(texts, workers=2, rules=rule_sets, reference_dates=refs)
    assert [(r.index, r.error) for r in results if isinstance(r, DocumentError)] == [
        (1, "TypeError"), (2, "TypeError")]
    assert "not lock" in str(results[1])
    assert results[3].to_jsonl() == extract(TEXTS[2], reference_date="2024-01-01").to_jsonl()  # type: ignore[union-attr]


def test_ctrl_c_in_the_caller_stops_the_helper_quietly(
        monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    """The caller interrupted in the middle of a block: the helper takes no further document,
    finds the caller gone and ends with status 0 (no traceback of its own)."""
    caller, log = os.getpid(), tmp_path / "helper.txt"
    record = _recording(log)

    def run_one(job: batch._Job, options: batch._Options) -> Any:
        if os.getpid() == caller and job.index % 10 == 9:
            raise KeyboardInterrupt
        if os.getpid() != caller:
            time.sleep(0.01)
            return record(job, options)
        return real_run_one(job, options)

    monkeypatch.setattr(caller_share, "_run_one", run_one)
    made: list[caller_share.Helpers] = []

    def helpers_kept(*args: Any) -> caller_share.Helpers:
        made.append(real_helpers(*args))
        return made[-1]

    monkeypatch.setattr(caller_share, "Helpers", helpers_kept)
    with pytest.raises(KeyboardInterrupt):
        extract_many([f"企业{i}家" for i in range(200)], workers=2)
    assert batch._idle == []
    made[0]._join()
    assert made[0].processes[0].exitcode == 0
    # it stopped taking documents (on a loaded machine it may not have taken one yet: no log)
    taken = log.read_text().splitlines() if log.exists() else []
    assert len(taken) < 150




def test_a_second_join_waits_for_the_reaper_of_a_shutdown_that_did_not_wait() -> None:
    """shutdown(wait=False) reaps in a thread; a join meanwhile (CI's flake: the Ctrl-C test's)
    raced it to waitpid, read no exit code and found the helper still "alive"."""
    for _ in range(20):
        helpers = real_helpers(1)
        helpers.shutdown(wait=False)
        helpers._join()
        assert [p.exitcode for p in helpers.processes] == [0]

def test_ctrl_c_sent_to_the_helper_is_left_to_the_caller() -> None:
    extract_many(TEXTS[:3], workers=2)
    helper = batch._idle[0].executor
    assert isinstance(helper, caller_share.Helpers)
    os.kill(helper.processes[0].pid, signal.SIGINT)  # type: ignore[arg-type]
    assert as_lines(extract_many(TEXTS, workers=2)) == [extract(t).to_jsonl() for t in TEXTS]
    assert batch._idle[0].executor is helper  # it ignored the signal and served the call


def test_two_threads_extracting_at_once_each_get_their_own_results() -> None:
    """A notebook's background thread and its main thread: the idle helpers go to one call,
    the other forks its own; the collector is unfrozen once both are done."""
    from concurrent.futures import ThreadPoolExecutor

    halves = [TEXTS[:15] * 2, TEXTS[15:] * 2]
    with ThreadPoolExecutor(2) as threads:
        got = list(threads.map(lambda texts: as_lines(extract_many(texts, workers=2)), halves))
    assert got == [[extract(t).to_jsonl() for t in texts] for texts in halves]
    assert gc.get_freeze_count() == 0
