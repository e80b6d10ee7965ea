"""Reading gold annotations: one `.jsonl` per document, a header line then one fact a line.

    >>> docs = load_gold("fixtures/seeds", "fixtures/gold")
    >>> docs[0].doc, docs[0].reference_date.isoformat()
    ('000_0d0990aeaf755118.txt', '2020-09-15')

The format is ../shared/FACTS.md §Gold lines. Every gold fact is read with the library's own
pydantic models and its span checked against the raw text, so a gold line with a typo stops
the evaluation with the file and line that is wrong instead of scoring nonsense.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import ValidationError

from ..outputs.records import numbered_json_objects
from ..schema.facts import BUILTIN_LABELS, DateFact, MetricFact, ProjectFact, parse_fact

AnyFact = MetricFact | DateFact | ProjectFact
Texts = str | os.PathLike[str] | Mapping[str, str]


class GoldError(ValueError):
    """A gold file (or the text it points to) that cannot be read as FACTS.md describes."""


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: its raw text, reference date and gold facts (optional ones too)."""

    doc: str
    raw: str
    reference_date: dt.date | None
    facts: tuple[AnyFact, ...]

    @property
    def required(self) -> tuple[AnyFact, ...]:
        return tuple(f for f in self.facts if not f.optional)


def load_gold(texts: Texts, gold: str | os.PathLike[str]) -> list[GoldDocument]:
    """Every gold file in `gold` (a folder of `.jsonl`, or one file), with its text.

    `texts` is the folder holding the raw documents the gold files name, or a mapping from
    document name to raw text.
    """
    gold_path = pathlib.Path(gold)
    if gold_path.is_dir():
        paths = sorted(gold_path.glob("*.jsonl"))
        if not paths:
            raise GoldError(f"{gold_path}: no .jsonl gold files in this folder")
    elif gold_path.is_file():
        paths = [gold_path]
    else:
        raise GoldError(f"{gold_path}: no such gold file or folder")
    return [read_gold_file(p, texts) for p in paths]


def read_gold_file(path: pathlib.Path, texts: Texts) -> GoldDocument:
    """One gold file: the header names the document and its reference date."""
    lines = _json_lines(path)
    if not lines:
        raise GoldError(f"{path}: empty gold file (expected a header line first)")
    (_, head), body = lines[0], lines[1:]
    if "doc" not in head or "kind" in head:
        raise GoldError(f"{path}:1: the first line must be the header "
                        '{"doc": ..., "reference_date": "YYYY-MM-DD"}')
    doc = str(head["doc"])
    raw = _raw_text(doc, texts, path)
    reference_date = _reference_date(head.get("reference_date"), path)
    facts = []
    for number, line in body:
        try:
            fact = parse_fact(line, raw)
        except ValidationError as exc:
            raise GoldError(f"{path}:{number}: {_first_problem(exc)}") from None
        if isinstance(fact, MetricFact) and fact.metric not in BUILTIN_LABELS:
            raise GoldError(f"{path}:{number}: metric: {fact.metric!r} is not a label of "
                            "FACTS.md (a user's own label belongs in extracted facts only)")
        facts.append(fact)
    return GoldDocument(doc, raw, reference_date, tuple(facts))


def _first_problem(exc: ValidationError) -> str:
    """`value: Input should be a valid number`, without pydantic's kind tag and prefixes."""
    problem = exc.errors()[0]
    where = ".".join(str(x) for x in problem["loc"][1:])  # loc[0] is the kind (the union tag)
    message = problem["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _json_lines(path: pathlib.Path) -> list[tuple[int, dict]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    try:
        return list(numbered_json_objects(text))
    except ValueError as exc:  # "line N: …": the file's name goes in front
        raise GoldError(f"{path}:{str(exc).removeprefix('line ')}") from None


def _raw_text(doc: str, texts: Texts, gold_path: pathlib.Path) -> str:
    if isinstance(texts, Mapping):
        if doc not in texts:
            raise GoldError(f"{gold_path}: document {doc!r} is not among the texts given")
        return texts[doc]
    path = pathlib.Path(texts) / doc
    try:
        with open(path, encoding="utf-8", newline="") as fh:  # offsets count raw code points
            return fh.read()
    except FileNotFoundError:
        raise GoldError(f"{gold_path}: its text {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{gold_path}: cannot read its text {path}: {exc}") from None


def _reference_date(value: object, path: pathlib.Path) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise GoldError(f"{path}:1: reference_date {value!r} is not YYYY-MM-DD") from None
