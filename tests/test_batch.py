"""extract_many: the same facts as extract, in input order, with failures in their own place."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from seedfiles import SEEDS
from yongchuan_facts import FactSet, RuleSet, extract
from yongchuan_facts.batch import DocumentError, extract_many, iter_extract

TEXTS = [s.raw for s in SEEDS]
REFS = [s.reference_date for s in SEEDS]


def _facts(fs: FactSet) -> list[dict]:
    return [f.model_dump() for f in fs]


@pytest.mark.parametrize("workers", [1, 2])
def test_same_facts_as_extract_in_input_order(workers: int) -> None:
    texts = TEXTS[::-1] + TEXTS  # a repeated document must not confuse the order
    refs = REFS[::-1] + REFS
    names = [f"doc{i}" for i in range(len(texts))]
    results = extract_many(texts, reference_dates=refs, workers=workers, docs=names)
    assert len(results) == len(texts)
    for text, ref, name, fs in zip(texts, refs, names, results, strict=True):
        assert isinstance(fs, FactSet)
        assert fs.raw == text
        assert fs.doc == name
        assert fs.reference_date == ref
        assert _facts(fs) == _facts(extract(text, reference_date=ref, doc=name))


def test_small_chunks_still_keep_order() -> None:
    texts = [f"{2000 + i}年，企业{i + 1}家" for i in range(30)]
    results = list(iter_extract(texts, workers=2, chunk_docs=4))
    assert [fs.raw for fs in results] == texts
    assert [fs.metrics[0].value for fs in results] == [i + 1 for i in range(30)]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_reported_with_its_index(workers: int) -> None:
    texts = ["企业365家", b"\xe6\xb0\xb8", "营收139亿元", None, "今年6月"]
    refs = [None, None, None, None, "June"]
    results = extract_many(texts, reference_dates=refs, workers=workers)  # type: ignore[arg-type]
    ok = [r for r in results if isinstance(r, FactSet)]
    errors = [r for r in results if isinstance(r, DocumentError)]
    assert [fs.raw for fs in ok] == ["企业365家", "营收139亿元"]
    assert [(e.index, e.error) for e in errors] == [(1, "TypeError"), (3, "TypeError"),
                                                     (4, "ValueError")]
    assert "bytes" in errors[0].message
    assert "ISO date" in errors[2].message
    assert not errors[0]
    assert "document 1" in str(errors[0])


def test_one_reference_date_for_all_documents() -> None:
    results = extract_many(["今年6月", "去年"], reference_dates="2020-06-23", workers=1)
    assert all(fs.reference_date == dt.date(2020, 6, 23) for fs in results)


def test_reference_dates_shorter_than_texts_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="fewer reference_dates"):
        extract_many(["a", "b"], reference_dates=["2020-01-01"], workers=1)


@pytest.mark.parametrize("bad", ["一个文本", b"bytes", 42])
def test_one_text_instead_of_many_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="iterable of texts"):
        extract_many(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("workers", "error", "message"), [
    (0, ValueError, "at least 1"), (-1, ValueError, "at least 1"),
    (2.0, TypeError, "not float"), ("2", TypeError, "not str"), (True, TypeError, "not a bool")])
def test_workers_that_are_no_number_of_processes_are_a_clear_error(
        workers: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        extract_many(["企业365家"], workers=workers)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):  # at the call, not at the first result
        iter_extract(["企业365家"], workers=workers)  # type: ignore[arg-type]


def test_workers_may_be_any_integer_type() -> None:
    class Two:  # NumPy's integers are such: no int, but an index
        def __index__(self) -> int:
            return 2

    assert [fs.metrics[0].text for fs in extract_many(["企业365家"], workers=Two())] == ["365家"]


def test_kinds_reach_the_workers() -> None:
    results = extract_many(["2019年，企业365家"] * 3, kinds=["date"], workers=2)
    assert all([f.kind for f in fs] == ["date"] for fs in results)


def test_a_generator_of_texts_is_consumed_lazily() -> None:
    seen: list[int] = []

    def texts():  # type: ignore[no-untyped-def]
        for i in range(6):
            seen.append(i)
            yield f"企业{i + 1}家"

    stream = iter_extract(texts(), workers=1)
    first = next(stream)
    assert first.metrics[0].value == 1
    assert seen == [0]  # in this process a text is read only when its turn comes
    assert [fs.metrics[0].value for fs in stream] == [2, 3, 4, 5, 6]


# A rule that kills its worker process on one marker text: a crash no `except` can catch.
killer = RuleSet("metric")


@killer.rule(r"自毁")
def _self_destruct(m, ctx):  # type: ignore[no-untyped-def]
    os._exit(3)


def test_a_document_that_kills_its_worker_does_not_take_the_others_down() -> None:
    texts = ["企业1家", "企业2家", "自毁", "企业4家", "企业5家"]
    results = extract_many(texts, workers=2, rules=[killer])
    assert [type(r).__name__ for r in results] == [
        "FactSet", "FactSet", "DocumentError", "FactSet", "FactSet"]
    assert results[2].index == 2
    assert results[2].error == "WorkerDied"
    assert [fs.metrics[0].value for fs in results if isinstance(fs, FactSet)] == [1, 2, 4, 5]


def test_progress_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    results = extract_many(["企业1家"] * 3, workers=1, progress=True)
    assert len(results) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "3" in captured.err
