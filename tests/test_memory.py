"""Memory savings that must not change a fact: facts share their `model_fields_set` (issue 11)."""

from __future__ import annotations

import copy
import pickle

from yongchuan_facts import extract
from yongchuan_facts.schema.facts import MetricFact, parse_fact

TEXT = "2019年，永川引进企业365家，实现产值1.5亿元。2020年，引进企业400家，“永企惠”平台上线。"


def test_facts_with_the_same_fields_set_share_one_set() -> None:
    metrics = extract(TEXT).metrics
    assert len(metrics) >= 3
    sets = {id(f.model_fields_set) for f in metrics}
    assert len(sets) < len(metrics)  # one set object serves many facts
    a = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
    b = MetricFact(start=9, end=13, text="400家", value=400, unit="家")
    assert a.model_fields_set is b.model_fields_set
    assert a.model_fields_set == {"start", "end", "text", "value", "unit"}


def test_a_copy_with_an_update_leaves_the_shared_set_alone() -> None:
    a = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
    b = MetricFact(start=9, end=13, text="400家", value=400, unit="家")
    c = a.model_copy(update={"metric": "enterprise_count"})
    assert "metric" in c.model_fields_set
    assert "metric" not in a.model_fields_set
    assert "metric" not in b.model_fields_set
    assert c.model_dump(exclude_unset=True)["metric"] == "enterprise_count"
    assert "metric" not in b.model_dump(exclude_unset=True)


def test_shared_sets_survive_dump_pickle_copy_and_reading_back() -> None:
    for f in extract(TEXT):
        assert pickle.loads(pickle.dumps(f)) == f
        assert copy.deepcopy(f) == f
        assert parse_fact(f.model_dump(), raw=TEXT) == f
        assert set(f.model_dump(exclude_unset=True)) == f.model_fields_set
