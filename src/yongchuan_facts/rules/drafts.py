"""Typed drafts: what a rule proposes, one class per kind, instead of dicts with magic keys.

    >>> d = to_draft("metric", {"value": 365.0, "unit": "家", "span": (2, 6)})
    >>> d.draft, d.span, d.rule
    (MetricDraft(value=365.0, unit='家', qualifier=None), (2, 6), None)
    >>> dict(d.draft)
    {'value': 365.0, 'unit': '家'}

A qualifier left unset (None) is read from the words around the span by the annotate stage, as
for every built-in rule that reads none itself.

A rule may return a typed draft, or (as most rules do today) a dict: `to_draft` converts it at the
`Rule.run` boundary, taking out the envelope keys `span` (narrow the fact to part of the match,
normalized coordinates) and `rule` (name the fact after part of a table-driven rule). A draft
reads like a read-only mapping of the fact's fields, so builders written against dicts
(`c.draft["name"]`, `{**c.draft}`) keep working; unset optional fields are left out of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # a type only: importing the dates package here would be circular
    from .dates.resolve import DateParts


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_FIELD_SETS: dict[type, frozenset[str]] = {}  # the same names, for lookups (issue 11)


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _field_set(cls: type) -> frozenset[str]:
    names = _FIELD_SETS.get(cls)
    if names is None:
        names = _FIELD_SETS[cls] = frozenset(_field_names(cls)) - {"extra"}
    return names


class _DraftMapping(Mapping[str, Any]):
    """Mapping view of a draft dataclass: required fields always, optional ones when set."""

    __slots__ = ()

    ALWAYS: ClassVar[frozenset[str]] = frozenset()

    def _keys(self) -> list[str]:
        named = [name for name in _field_names(type(self)) if name != "extra"
                 and (name in self.ALWAYS or getattr(self, name) is not None)]
        return named + list(getattr(self, "extra", None) or ())

    def __getitem__(self, key: str) -> Any:
        # per metric and stage this is called often: no `fields()` walk here
        if key not in _field_set(type(self)):
            extra = getattr(self, "extra", None) or {}
            return extra[key]
        value = getattr(self, key)
        if value is None and key not in self.ALWAYS:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        # `self[key]` without raising: an unset optional field is the common case (issue 11)
        if key not in _field_set(type(self)):
            extra = getattr(self, "extra", None) or {}
            return extra.get(key, default)
        value = getattr(self, key)
        if value is None and key not in self.ALWAYS:
            return default
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())


@dataclass(frozen=True, slots=True, eq=True)
class MetricDraft(_DraftMapping):
    """A metric as a span rule reads it: value, unit, qualifier (labels come later, annotate)."""

    ALWAYS: ClassVar[frozenset[str]] = frozenset({"value", "unit"})
    value: float
    unit: str
    # None: the rule did not read one (a user's rule); annotate reads it from the words around
    qualifier: str | None = None
    metric: str | None = None      # a rule may settle these itself; the annotate stage then
    modality: str | None = None    # keeps them
    direction: str | None = None
    # fields a rule added that this draft does not name yet (work in progress elsewhere):
    # carried along, visible in the mapping view, so a dict-returning rule keeps working
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        extra = "".join(f", {k}={getattr(self, k)!r}" for k in ("metric", "modality", "direction")
                        if getattr(self, k) is not None)
        if self.extra:
            extra += f", extra={dict(self.extra)!r}"
        return (f"MetricDraft(value={self.value!r}, unit={self.unit!r}, "
                f"qualifier={self.qualifier!r}{extra})")


# The slots of MetricDraft, each one's setter: `metric_draft` fills them directly.
_METRIC_SLOTS = tuple(f.name for f in fields(MetricDraft))
_SET_VALUE, _SET_UNIT, _SET_QUALIFIER, _SET_METRIC, _SET_MODALITY, _SET_DIRECTION, _SET_EXTRA = (
    MetricDraft.__dict__[name].__set__ for name in _METRIC_SLOTS)
_new = object.__new__


def metric_draft(value: float, unit: str, qualifier: str | None) -> MetricDraft:
    """`MetricDraft(value, unit, qualifier)` at half the cost: its frozen `__init__` sets each of
    the 7 fields through `object.__setattr__`; here each slot is set by its own descriptor
    (a span rule makes one per figure, thousands a report).

        >>> metric_draft(3.0, "家", "over") == MetricDraft(3.0, "家", "over")
        True
    """
    draft = _new(MetricDraft)
    _SET_VALUE(draft, value)
    _SET_UNIT(draft, unit)
    _SET_QUALIFIER(draft, qualifier)
    _SET_METRIC(draft, None)
    _SET_MODALITY(draft, None)
    _SET_DIRECTION(draft, None)
    _SET_EXTRA(draft, {})
    return draft


@dataclass(frozen=True, slots=True, eq=True)
class DateDraft(_DraftMapping):
    """A date as written (`DateParts`); the dates builder resolves it to days."""

    ALWAYS: ClassVar[frozenset[str]] = frozenset({"parts"})
    parts: DateParts
    # fields a rule added that this draft does not name yet (work in progress elsewhere):
    # carried along, visible in the mapping view, so a dict-returning rule keeps working
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True, eq=True)
class ProjectDraft(_DraftMapping):
    """A project name as found, its category, and (after building) its canonical name."""

    ALWAYS: ClassVar[frozenset[str]] = frozenset({"name", "category"})
    name: str
    category: str | None = None
    canonical: str | None = None
    # fields a rule added that this draft does not name yet (work in progress elsewhere):
    # carried along, visible in the mapping view, so a dict-returning rule keeps working
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True, eq=True)
class NoDraft(_DraftMapping):
    """The draft of a match its rule vetoed: no fields (it stays visible in `explain`)."""


NO_DRAFT = NoDraft()
AnyDraft = MetricDraft | DateDraft | ProjectDraft | NoDraft
DRAFT_TYPES: dict[str, type[MetricDraft] | type[DateDraft] | type[ProjectDraft]] = {
    "metric": MetricDraft, "date": DateDraft, "project": ProjectDraft,
}


@dataclass(frozen=True, slots=True)
class Proposal:
    """A draft and its envelope: the part of the match it covers and the rule name it carries."""

    draft: AnyDraft
    span: tuple[int, int] | None = None
    rule: str | None = None


# The slots of Proposal, each one's setter: `proposal` fills them directly.
_SET_DRAFT, _SET_SPAN, _SET_RULE = (
    Proposal.__dict__[f.name].__set__ for f in fields(Proposal))


def proposal(draft: AnyDraft, span: tuple[int, int] | None, rule: str | None) -> Proposal:
    """`Proposal(draft, span, rule)` at two thirds of the cost (its frozen `__init__` sets each
    field through `object.__setattr__`; a span rule makes one per figure):

        >>> proposal(NO_DRAFT, (2, 6), "money") == Proposal(NO_DRAFT, (2, 6), "money")
        True
    """
    made = _new(Proposal)
    _SET_DRAFT(made, draft)
    _SET_SPAN(made, span)
    _SET_RULE(made, rule)
    return made


def to_draft(kind: str, value: Mapping[str, Any] | AnyDraft | Proposal) -> Proposal:
    """A rule's return value (dict, typed draft or Proposal) as a typed Proposal of `kind`."""
    if isinstance(value, Proposal):
        return value
    cls = DRAFT_TYPES[kind]
    if isinstance(value, cls):
        return Proposal(value)
    data = dict(value)
    span = data.pop("span", None)
    rule = data.pop("rule", None)
    names = _FIELD_SETS.get(cls) or _field_set(cls)
    # the common case, no unknown key, by one subset test instead of a set difference
    extra = {} if names.issuperset(data) else {k: data.pop(k) for k in sorted(data.keys() - names)}
    try:
        draft = cls(**data, extra=extra)
    except TypeError as exc:  # a required field missing
        raise TypeError(f"a {kind} draft needs {sorted(names)}: {exc}") from exc
    return Proposal(draft, tuple(span) if span else None, rule)
