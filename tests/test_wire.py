"""Facts packed for the way back from a worker come out as the same facts (`schema/wire.py`)."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given, settings
from pydantic import ValidationError

from seedfiles import SEEDS
from yongchuan_facts import extract
from yongchuan_facts.schema.facts import DateFact, MetricFact, ProjectFact, compact
from yongchuan_facts.schema.wire import PackedFacts, pack, unpack
from yongchuan_facts.strategies.dates import PlantedDate, planted_date
from yongchuan_facts.strategies.metrics import PlantedMetric, planted_metric
from yongchuan_facts.strategies.projects import PlantedProject, planted_project

AnyFact = MetricFact | DateFact | ProjectFact


def _through_a_pipe(facts: list[AnyFact]) -> list[AnyFact]:
    return unpack(pickle.loads(pickle.dumps(pack(facts), protocol=pickle.HIGHEST_PROTOCOL)))


def _same(back: list[AnyFact], facts: list[AnyFact]) -> None:
    assert back == facts
    assert [type(f) for f in back] == [type(f) for f in facts]
    assert repr(back) == repr(facts)
    assert [f.model_dump_json() for f in back] == [f.model_dump_json() for f in facts]
    assert [f.model_fields_set for f in back] == [f.model_fields_set for f in facts]
    assert [hash(f) for f in back] == [hash(f) for f in facts]


def test_the_seed_pages_facts_come_back_the_same() -> None:
    for seed in SEEDS:
        facts = list(extract(seed.raw, reference_date=seed.reference_date))
        back = _through_a_pipe(facts)
        _same(back, facts)
        for f in back:  # still models in every way: copied, pickled, validated, frozen
            assert copy.deepcopy(f) == f
            assert pickle.loads(pickle.dumps(f)) == f
            assert type(f).model_validate(f.model_dump(), context={"raw": seed.raw}) == f
            with pytest.raises(ValidationError):
                f.start = 0  # type: ignore[misc]


def test_shared_fields_sets_stay_shared() -> None:
    facts = list(extract(SEEDS[0].raw))
    back = _through_a_pipe(facts)
    assert len({id(f.model_fields_set) for f in back}) <= len(
        {id(f.model_fields_set) for f in facts})


@settings(max_examples=40, deadline=None)
@given(planted_metric(), planted_date(), planted_project())
def test_any_facts_come_back_the_same(m: PlantedMetric, d: PlantedDate, p: PlantedProject
                                      ) -> None:
    raw = "，".join((m.raw, d.raw, p.raw))
    facts = list(extract(raw))
    _same(_through_a_pipe(facts), facts)


def test_compacted_facts_come_back_the_same() -> None:
    facts = list(extract(SEEDS[1].raw))
    twins = [f.model_copy() for f in facts]
    for f in twins:
        compact(f)
    _same(_through_a_pipe(twins), facts)


def test_an_empty_list_packs() -> None:
    assert _through_a_pipe([]) == []


def test_a_fact_with_extra_attributes_is_refused_not_dropped() -> None:
    fact = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
    object.__setattr__(fact, "__pydantic_extra__", {"note": "x"})
    with pytest.raises(TypeError, match="extra or private"):
        pack([fact])


def test_columns_of_different_lengths_are_an_error() -> None:
    packed = pack(list(extract(SEEDS[0].raw)))
    with pytest.raises(ValueError, match="different lengths"):
        unpack(PackedFacts(packed.classes, packed.fields[:-1], packed.fields_set))


def test_the_models_have_no_new_of_their_own() -> None:
    """What `unpack` relies on to make each fact with `object.__new__`."""
    for model in (MetricFact, DateFact, ProjectFact):
        assert model.__new__ is object.__new__


def test_a_worker_reports_a_document_whose_facts_cannot_be_packed() -> None:
    """`batch._packed`: the document gets an error record in its place, the others go on."""
    from yongchuan_facts import batch

    fact = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
    object.__setattr__(fact, "__pydantic_extra__", {"note": "x"})
    job = batch._Job(3, "365家", None, "doc3")
    out = batch._packed(job, ((fact,), None))
    assert isinstance(out, batch.DocumentError)
    assert (out.index, out.doc, out.error) == (3, "doc3", "TypeError")
    good = batch._packed(job, (tuple(extract("企业365家")), None))
    assert isinstance(good, tuple)
    assert isinstance(good[0], PackedFacts)
