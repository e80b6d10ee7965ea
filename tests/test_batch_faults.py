"""extract_many under faults: a worker that dies with many chunks in flight (issue 12 item 3),
and custom rules that must reach the workers from a notebook (`__main__`) under fork and spawn.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from yongchuan_facts import FactSet, RuleSet
from yongchuan_facts.batch import (
    DocumentError,
    RulesNotShippableError,
    extract_many,
    iter_extract,
)

# A rule that kills its worker process on a marker text: a crash no `except` can catch.
killer = RuleSet("metric")


@killer.rule(r"自毁")
def _self_destruct(m, ctx):  # type: ignore[no-untyped-def]
    os._exit(3)


# Long enough that several chunks are still queued or running when the killer strikes.
SLOW = "2019年，永川区引进企业365家，实现营收139亿元，建成大数据产业园。" * 200


def _kinds(results: list) -> list[str]:
    return [type(r).__name__ for r in results]


@pytest.mark.slow
@pytest.mark.parametrize("run", range(10))
def test_a_dying_worker_costs_only_its_document_with_many_chunks_in_flight(run: int) -> None:
    """The reproducer of issue 12 item 3 (it lost the whole batch in about half the runs),
    repeated with the killer first, in the middle and last: 2 workers, 6 chunks in flight."""
    texts = [SLOW] * 11
    at = (0, 5, 11)[run % 3]
    texts.insert(at, "自毁")
    results = list(iter_extract(texts, workers=2, rules=[killer], chunk_docs=1))
    assert len(results) == 12
    died = [r for r in results if isinstance(r, DocumentError)]
    assert [(e.index, e.error) for e in died] == [(at, "WorkerDied")]
    survivors = [r for r in results if isinstance(r, FactSet)]
    assert [fs.raw for fs in survivors] == [SLOW] * 11
    assert all(fs.metrics and fs.metrics[0].value == 365 for fs in survivors)


@pytest.mark.slow
def test_two_killers_and_their_chunk_mates() -> None:
    """Chunks of three: the killers' chunk-mates are retried and kept; only the killers fail."""
    texts = [f"企业{i}家" for i in range(1, 25)]
    texts[4] = texts[17] = "自毁"
    results = list(iter_extract(texts, workers=2, rules=[killer], chunk_docs=3))
    assert [r.index for r in results if isinstance(r, DocumentError)] == [4, 17]
    values = [r.metrics[0].value for r in results if isinstance(r, FactSet)]
    assert values == [i for i in range(1, 25) if i not in (5, 18)]


# A notebook's rule lives in `__main__`, which a spawned worker never ran. `python -c` has the
# same kind of `__main__` (no file to re-import), so it stands in for a notebook kernel.
NOTEBOOK_RULES = """
import multiprocessing
multiprocessing.set_start_method({method!r})
from yongchuan_facts import RuleSet
from yongchuan_facts.batch import extract_many

UNITS = {{"标准箱": "TEU"}}          # a notebook global the rule uses
teu = RuleSet("metric")

@teu.rule(r"(?P<num>\\d+)标准箱")
def boxes(m, ctx):
    return {{"value": float(m["num"]), "unit": UNITS["标准箱"]}}

teu.add(r"(?P<n>\\d+)艘", lambda m, ctx: {{"value": float(m["n"]), "unit": "艘"}}, name="ships")
results = extract_many(["吞吐量120标准箱，船舶3艘"] * 5, workers=2, rules=[teu])
for r in results:
    print(r if not r else [(f.text, f.unit, f.rule) for f in r.metrics])
"""


@pytest.mark.slow
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_rule_defined_in_a_notebook_works_in_the_workers(method: str) -> None:
    script = NOTEBOOK_RULES.format(method=method)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env=os.environ | {"PYTHONWARNINGS": "ignore"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines == ["[('120标准箱', 'TEU', 'boxes'), ('3艘', '艘', 'ships')]"] * 5


def test_rules_that_cannot_travel_fail_at_once_saying_what_to_do() -> None:
    lock = threading.Lock()
    locked = RuleSet("metric")

    @locked.rule(r"\d+标准箱")
    def boxes(m, ctx):  # type: ignore[no-untyped-def]
        with lock:
            return {"value": 1.0, "unit": "TEU"}

    with pytest.raises(RulesNotShippableError, match=r"module .*workers=1"):
        iter_extract(["吞吐量120标准箱"] * 3, workers=2, rules=[locked])
    assert extract_many(["吞吐量120标准箱"], workers=1, rules=[locked])[0].metrics


class _OnlyInTheParent:
    """A rule function that unpickles in the parent but not in a worker process."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def __call__(self, m, ctx):  # type: ignore[no-untyped-def]
        return {"value": 1.0, "unit": "TEU"}

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return _rebuild, (self.pid,)


def _rebuild(pid: int) -> _OnlyInTheParent:
    if os.getpid() != pid:
        raise ImportError("no module named 'my_notebook_helpers'")
    return _OnlyInTheParent(pid)


def test_rules_a_worker_cannot_load_fail_once_not_per_document() -> None:
    stranded = RuleSet("metric")
    stranded.add(r"\d+标准箱", _OnlyInTheParent(os.getpid()), name="stranded")
    with pytest.raises(RulesNotShippableError, match=r"cannot load the rules \(ImportError"):
        extract_many(["吞吐量120标准箱"] * 8, workers=2, rules=[stranded])
