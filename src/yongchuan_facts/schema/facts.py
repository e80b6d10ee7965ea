"""Pydantic models of a fact, field for field as ../shared/FACTS.md defines them.

    >>> MetricFact(start=2, end=7, text="1.5万人", value=15000, unit="人", metric="employment")
    ... # doctest: +ELLIPSIS
    MetricFact(start=2, end=7, text='1.5万人', ..., kind='metric', value=15000.0, unit='人', ...)

The same models read the gold files (which carry `doc` and `optional`) and describe what
`extract` returns (which carries `rule`). `Fact` is the union, told apart by `kind`.
Pass `context={"raw": raw}` to `model_validate` to also check `raw[start:end] == text`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    model_validator,
)

Qualifier = Literal["exact", "approx", "over", "at_least", "nearly", "under"]
Modality = Literal["actual", "target"]
Direction = Literal["increase", "decrease"]
MetricLabel = Literal[
    "enterprise_count", "project_count", "employment", "people_count", "revenue",
    "output_value", "value_added", "tax", "investment", "transaction_volume", "gdp", "sales",
    "trade", "profit", "price", "index", "rate", "growth_rate", "share", "area", "length",
    "duration", "count",
]
# A user rule may label its figures its own way (`grain_output`): a snake_case word. The gold
# reader accepts FACTS.md's labels only (evaluation/gold.py), so a typo there is still an error.
CustomLabel = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$",
                                               max_length=64)]
BUILTIN_LABELS: frozenset[str] = frozenset(get_args(MetricLabel))
Granularity = Literal["minute", "day", "month", "quarter", "year", "range", "period", "part"]
Category = Literal[
    "park", "zone", "base", "platform", "centre", "infrastructure", "facility", "programme", "fund",
    "event", "policy", "system",
]


# Memory (issue 11): pydantic gives every instance its own `model_fields_set`, here a set of 7 to
# 10 names, 728 bytes: more than half of a fact (the 10 M-character text peaked at 432 MB, 311 MB
# shared). Facts are frozen and `model_copy(update=...)` copies the set before adding to it, so
# facts with the same fields set share one set (plain: pydantic's serializer refuses a frozenset).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _share_fields_set(fact: BaseModel) -> None:
    own = fact.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(own), own)
    if shared is not own:
        object.__setattr__(fact, "__pydantic_fields_set__", shared)


class _Fact(BaseModel):
    """What every fact has: a half-open span of the raw text and where it came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0, description="start offset in the raw text (code points)")
    end: int = Field(ge=0, description="end offset in the raw text, exclusive")
    text: str = Field(description="raw[start:end], exactly as in the source")
    rule: str | None = Field(default=None, description="name of the rule that produced it")
    doc: str | None = Field(default=None, description="document name, when known")
    optional: bool = Field(default=False, description="gold only: may be found or not")

    @model_validator(mode="after")
    def _span_matches_text(self, info: ValidationInfo) -> _Fact:
        _check_span(self, info)
        return self


def _check_span(fact: _Fact, info: ValidationInfo | None) -> None:
    """`_Fact`'s check: the span fits the text (and, given a raw text, is it)."""
    start, end, text = fact.start, fact.end, fact.text
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    if end - start != len(text):
        raise ValueError(
            f"span {start}:{end} has length {end - start}, but text {text!r} has length {len(text)}"
        )
    raw = (info.context or {}).get("raw") if info is not None else None
    if raw is not None and raw[start:end] != text:
        raise ValueError(f"raw[{start}:{end}] is {raw[start:end]!r}, not {text!r}")
    _share_fields_set(fact)


def compact(fact: BaseModel) -> None:
    """Move a fact's fields into a key-sharing dict: the same fact, ~290 bytes smaller.

    pydantic-core gives each instance a dict of its own: for a figure's 18 fields a hash table
    of 464 bytes on CPython 3.11. A dict that shares its keys with its class (CPython's split
    table, PEP 412) holds only the values: 176 bytes. Nothing else changes (same values, same
    order, still frozen; tests/test_long_text.py). On another Python the dict is only copied.
    Costs 0.66 µs a fact, so the engine uses it on long texts alone (`stages/long_text.py`).

        >>> fact = MetricFact(start=0, end=4, text="365家", value=365, unit="家")
        >>> before = fact.model_dump_json()
        >>> compact(fact)
        >>> fact.model_dump_json() == before
        True
    """
    blank = type(fact).__new__(type(fact))
    values = blank.__dict__  # an empty dict on the class's shared keys
    # one pair at a time, in field order: `update(dict)` would copy the other dict's own table
    values.update(fact.__dict__.items())
    object.__setattr__(fact, "__dict__", values)


def _share_keys(cls: type[BaseModel]) -> None:
    """Put the class's field names, in order, in the keys its instances may share. CPython lets
    a class's shared keys grow only over its first instances (each new instance shrinks the
    room left), so this runs as the class is made, before any fact exists."""
    blank = cls.__new__(cls)
    for name in cls.model_fields:
        object.__setattr__(blank, name, None)


class MetricFact(_Fact):
    """A quantity an analyst would put in a spreadsheet: `1.5万人` → 15000 人."""

    kind: Literal["metric"] = "metric"
    value: float = Field(description="the number in the canonical unit, multipliers applied")
    unit: str = Field(description="canonical unit: CNY, percent, m**2, or the classifier (家)")
    qualifier: Qualifier = "exact"
    metric: MetricLabel | CustomLabel = Field(
        default="count", description="one of FACTS.md's labels, or a user rule's own snake_case "
        "label (`grain_output`)")
    modality: Modality = "actual"
    direction: Direction | None = None
    period_start: dt.date | None = Field(
        default=None, description="first day of the time the figure describes (FACTS.md)")
    period_end: dt.date | None = Field(
        default=None, description="last day, inclusive, of the time the figure describes")
    indicator_start: int | None = Field(
        default=None, ge=0, description="start of the words naming what the figure measures")
    indicator_end: int | None = Field(
        default=None, ge=0, description="end of the indicator span in the raw text, exclusive")
    indicator: str | None = Field(
        default=None, description="raw[indicator_start:indicator_end]: what the figure measures")

    # `_Fact`'s validator overridden by name: pydantic calls each after-validator on its own,
    # so one for both checks saves a call and its frame per fact (issue 11); same checks, same
    # order, same errors (tests/test_fast_paths_build.py)
    @model_validator(mode="after")
    def _span_matches_text(self, info: ValidationInfo) -> MetricFact:
        _check_span(self, info)
        ps, pe = self.period_start, self.period_end
        if (ps is None) != (pe is None):
            raise ValueError("period_start and period_end are both set or both None")
        if ps and pe and pe < ps:
            raise ValueError(f"period_end {pe} is before period_start {ps}")
        s, e, words = self.indicator_start, self.indicator_end, self.indicator
        if s is None or e is None or words is None:  # (no generator: this runs once a fact)
            if s is not None or e is not None or words is not None:
                raise ValueError(
                    "indicator_start, indicator_end and indicator are all set or all None")
        else:
            if e < s or e - s != len(words):
                raise ValueError(f"indicator span {s}:{e} does not fit its text {words!r}")
            raw = (info.context or {}).get("raw") if info is not None else None
            if raw is not None and raw[s:e] != words:
                raise ValueError(f"raw[{s}:{e}] is {raw[s:e]!r}, not the indicator {words!r}")
        return self

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        """`(period_start, period_end)`, or None where nothing in the text dates the figure."""
        if self.period_start is None or self.period_end is None:
            return None
        return self.period_start, self.period_end

    @property
    def quantity(self) -> Any:
        """The value as a `pint.Quantity` in the library's registry (`15000 人`, `2.44e10 CNY`)."""
        from .units import quantity

        return quantity(self.value, self.unit)


class DateFact(_Fact):
    """A time expression resolved to an inclusive range of days: `2019年8月` → 08-01…08-31."""

    kind: Literal["date"] = "date"
    date_start: dt.date | None = Field(description="first day; None when relative, unresolved")
    date_end: dt.date | None = Field(description="last day, inclusive; None when unresolved")
    granularity: Granularity
    relative: bool = Field(default=False, description="needed the document's date to resolve")

    @property
    def resolved(self) -> bool:
        """False for a relative date (`去年`) extracted with no reference date to resolve it."""
        return self.date_start is not None

    @model_validator(mode="after")
    def _ordered(self) -> DateFact:
        if (self.date_start is None) != (self.date_end is None):
            raise ValueError("date_start and date_end are both set or both None")
        if self.date_start is None and not self.relative:
            raise ValueError("only a relative date may be left unresolved")
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError(f"date_end {self.date_end} is before date_start {self.date_start}")
        return self


class ProjectFact(_Fact):
    """A named project, park, platform, programme, event or policy document."""

    kind: Literal["project"] = "project"
    name: str = Field(description="normalized name: simplified, no breaks, quotes or 《》")
    category: Category | None = None
    canonical: str | None = Field(default=None, description="the name this one is an alias of")


for _model in (MetricFact, DateFact, ProjectFact):
    _share_keys(_model)

F = TypeVar("F", bound=_Fact)


def make_fact(cls: type[F], values: dict[str, Any]) -> F:
    """`cls(**values)`: the same validator on the same values, called directly, without
    `BaseModel.__init__`'s keyword packing and Python frame (a fifth of what making a fact
    costs, issue 11). Every value is still validated; the fact and any error are the same
    (tests/test_fast_paths_build.py)."""
    fact: F = cls.__pydantic_validator__.validate_python(values)
    return fact


Fact = Annotated[MetricFact | DateFact | ProjectFact, Field(discriminator="kind")]
FACT_ADAPTER: TypeAdapter[MetricFact | DateFact | ProjectFact] = TypeAdapter(Fact)
KINDS: tuple[str, ...] = ("metric", "date", "project")


def parse_fact(data: dict[str, Any], raw: str | None = None) -> MetricFact | DateFact | ProjectFact:
    """Read one fact (a gold line or a JSON record); with `raw`, also check its span."""
    return FACT_ADAPTER.validate_python(data, context={"raw": raw} if raw is not None else None)


def fact_json_schema() -> dict[str, Any]:
    """JSON Schema of one fact (the union of the three kinds)."""
    return FACT_ADAPTER.json_schema()
