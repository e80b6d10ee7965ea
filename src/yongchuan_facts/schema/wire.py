"""Facts across a process boundary: packed as plain data, rebuilt without pydantic's `__setstate__`.

`extract_many`'s workers send every fact they find back to the parent process. Pickled as
models, each fact costs 1.4 µs to pickle and 1.6 µs to load, and the parent's share runs beside
the workers on the same CPUs (issue 11: 2 workers were 1.75x one). Packed, a fact travels as its
class, its field dict and its fields set, three columns that pickle in C; the parent rebuilds
the facts with C loops (`map`), no Python call per fact. The facts were validated where they
were made and their values do not change on the way, so they are not validated again.

    >>> import pickle
    >>> from yongchuan_facts import extract
    >>> facts = list(extract("2019年，永川引进企业365家。"))
    >>> unpack(pickle.loads(pickle.dumps(pack(facts)))) == facts
    True
"""

from __future__ import annotations

from collections import deque
from itertools import repeat
from typing import NamedTuple

from .facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact


class PackedFacts(NamedTuple):
    """Facts as three columns of plain data: what `pickle` moves fastest."""

    classes: list[type[AnyFact]]
    fields: list[dict[str, object]]  # each fact's own field dict, in the model's order
    fields_set: list[set[str]]  # `model_fields_set`, shared between facts (schema.facts)


def pack(facts: list[AnyFact] | tuple[AnyFact, ...]) -> PackedFacts:
    """The facts as columns; `unpack` gives them back equal, field for field.

    Raises TypeError for a fact with extra or private attributes, which the columns do not
    carry (the models forbid extras and define no private attributes)."""
    for f in facts:
        if f.__pydantic_extra__ or f.__pydantic_private__:
            raise TypeError(f"cannot pack {type(f).__name__} with extra or private attributes")
    return PackedFacts([type(f) for f in facts], [f.__dict__ for f in facts],
                       [f.__pydantic_fields_set__ for f in facts])


def unpack(packed: PackedFacts) -> list[AnyFact]:
    """The facts `pack` packed: each made as pickle makes a model (`object.__new__`, as
    `copyreg.__newobj__` does for a class without a `__new__` of its own, as pydantic's models
    are; then its dict, fields set, extras and private attributes), in C loops."""
    classes, fields, fields_set = packed
    if not len(classes) == len(fields) == len(fields_set):
        raise ValueError("packed facts have columns of different lengths")
    facts: list[AnyFact] = list(map(object.__new__, classes))
    n = len(facts)
    setattr_ = object.__setattr__  # as pydantic's own `__setstate__` sets them (frozen models)
    for name, values in (("__dict__", fields), ("__pydantic_fields_set__", fields_set),
                         ("__pydantic_extra__", repeat(None, n)),
                         ("__pydantic_private__", repeat(None, n))):
        deque(map(setattr_, facts, repeat(name, n), values), maxlen=0)  # run in C, kept none
    return facts
