"""A long text is held in less memory, and gives the same facts (issue 11, `stages/long_text.py`).

`compact` moves a fact's fields into a dict that shares its keys with the class; the engine
does it, and hands freed memory back to the system between its stages, from `LONG_TEXT`
characters on. Neither may change a fact.
"""

from __future__ import annotations

import copy
import pickle
import platform
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from pydantic import ValidationError

from yongchuan_facts import extract
from yongchuan_facts.schema.facts import DateFact, MetricFact, ProjectFact, compact, parse_fact
from yongchuan_facts.stages import engine, long_text
from yongchuan_facts.strategies.metrics import PlantedMetric, planted_metric

TEXT = ("2019年，永川引进企业365家，实现产值1.5亿元，同比增长15.4%。"
        "今年1—7月，百度西部自动驾驶开放测试基地投用，“十四五”期间建成永川大数据产业园。")
CPYTHON = platform.python_implementation() == "CPython"


AnyFact = MetricFact | DateFact | ProjectFact


def _compacted_copy(fact: AnyFact) -> AnyFact:
    twin = fact.model_copy()
    compact(twin)
    return twin


def _same(a: object, b: object) -> None:
    assert a == b
    assert b == a
    assert repr(a) == repr(b)
    assert a.model_dump() == b.model_dump()  # type: ignore[attr-defined]
    assert a.model_dump_json() == b.model_dump_json()  # type: ignore[attr-defined]
    assert hash(a) == hash(b)
    assert list(a.__dict__) == list(b.__dict__)  # the fields, in the model's order


def test_a_compacted_fact_is_the_same_fact() -> None:
    facts = extract(TEXT).facts
    assert {f.kind for f in facts} == {"metric", "date", "project"}
    for f in facts:
        twin = _compacted_copy(f)
        _same(twin, f)
        assert pickle.loads(pickle.dumps(twin)) == f
        assert copy.deepcopy(twin) == f
        assert parse_fact(twin.model_dump(), raw=TEXT) == f
        assert twin.model_fields_set == f.model_fields_set


@settings(max_examples=60, deadline=None)
@given(planted_metric())
def test_any_found_figure_compacts_to_itself(p: PlantedMetric) -> None:
    for f in extract(p.raw).facts:
        _same(_compacted_copy(f), f)


def test_a_compacted_fact_stays_frozen_and_copies_with_an_update() -> None:
    fact = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
    compact(fact)
    with pytest.raises(ValidationError):
        fact.value = 1  # type: ignore[misc]
    changed = fact.model_copy(update={"metric": "enterprise_count"})
    assert changed.metric == "enterprise_count"
    assert fact.metric == "count"


# In a fresh interpreter, as the library is used: thousands of facts made by pydantic first, then
# compacted. CPython lets a class's shared keys grow only over its first instances, so without
# `_share_keys` at class creation the dicts would silently stay as large as they were.
_FRESH = """
import sys
from yongchuan_facts import extract
from yongchuan_facts.schema.facts import compact
facts = [f for _ in range(300) for f in extract(sys.argv[1]).facts]
kinds = {}
for f in facts[-60:]:
    own = sys.getsizeof(f.__dict__)
    compact(f)
    kinds.setdefault(f.kind, []).append(sys.getsizeof(f.__dict__) < own)
print(sorted(k for k, smaller in kinds.items() if all(smaller)))
"""


@pytest.mark.skipif(not CPYTHON, reason="key-sharing dicts are CPython's")
def test_facts_compact_after_thousands_were_made() -> None:
    out = subprocess.run([sys.executable, "-c", _FRESH, TEXT], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.split("\n")[-2] == "['date', 'metric', 'project']"


def _counted(calls: list[int]) -> Callable[[], bool]:
    def release() -> bool:
        calls.append(1)
        return True
    return release


def test_is_long_draws_the_line_at_long_text() -> None:
    assert not long_text.is_long("。" * (long_text.LONG_TEXT - 1))
    assert long_text.is_long("。" * long_text.LONG_TEXT)


def test_a_long_text_gives_the_same_facts_compacted_and_frees_between_stages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = extract(TEXT * 3).facts
    calls: list[int] = []
    monkeypatch.setattr(engine, "release_freed_memory", _counted(calls))
    monkeypatch.setattr(engine, "is_long", lambda raw: True)
    long = extract(TEXT * 3).facts
    assert len(calls) == sum(1 for _, stage in engine.STAGES if stage is not None) + 1
    assert long == short
    assert [f.model_dump_json() for f in long] == [f.model_dump_json() for f in short]
    if CPYTHON:
        for f in long:  # every fact, of every kind, was compacted
            assert sys.getsizeof(f.__dict__) < sys.getsizeof(dict(f.__dict__)), f
    assert tuple(engine.run(TEXT * 3, keep_dropped=True).facts) == tuple(short)  # explain()'s


def test_a_short_text_is_left_as_pydantic_made_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(engine, "release_freed_memory", _counted(calls))
    facts = extract(TEXT).facts
    assert calls == []
    if CPYTHON:
        assert all(sys.getsizeof(f.__dict__) == sys.getsizeof(dict(f.__dict__)) for f in facts)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not CPYTHON, reason="glibc only")
def test_freed_memory_is_handed_back_on_glibc() -> None:
    libc = platform.libc_ver()[0]
    assert long_text.release_freed_memory() is (libc == "glibc")
    assert extract(TEXT).facts  # nothing the library holds was touched
