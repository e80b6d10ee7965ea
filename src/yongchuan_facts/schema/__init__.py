"""The fact schema (pydantic), the FactSet result and the pint unit registry."""

from .facts import (
    FACT_ADAPTER,
    KINDS,
    DateFact,
    Fact,
    MetricFact,
    ProjectFact,
    fact_json_schema,
    parse_fact,
)
from .factset import FactSet

__all__ = [
    "FACT_ADAPTER", "KINDS", "DateFact", "Fact", "FactSet", "MetricFact", "ProjectFact",
    "fact_json_schema", "parse_fact",
]
