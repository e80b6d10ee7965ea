"""`FactSet`: what `extract` returns — the facts of one text, sorted by start, and the text.

    >>> fs = extract("2019年，永川引进企业365家。")
    >>> [f.text for f in fs], len(fs.metrics)
    (['2019年', '365家'], 1)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Any, overload

from .facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact

# The columns of `FactSet.figures()` and their dtypes, fixed so that an empty table and a full
# one concatenate and compare alike.
# Strings in Python storage: a lone surrogate (valid in a str) does not encode in pyarrow's.
_TEXT = "string[python]"
FIGURE_DTYPES: dict[str, str] = {
    "indicator": _TEXT, "value": "float64", "unit": _TEXT, "qualifier": _TEXT, "metric": _TEXT,
    "modality": _TEXT, "direction": _TEXT, "period_start": "datetime64[ns]",
    "period_end": "datetime64[ns]", "text": _TEXT, "start": "int64", "end": "int64",
    "sentence": _TEXT,
}
_FIGURE_FIELDS = [c for c in FIGURE_DTYPES if c != "sentence"]


def _sentences(raw: str, spans: list[tuple[int, int]]) -> list[str]:
    """The raw sentence around each span, read on the normalized view (OCR line breaks inside
    a sentence do not end it)."""
    if not spans:
        return []
    from ..normalization.textmap import normalize
    from ..stages.structure import Structure

    tm = normalize(raw)
    st = Structure(tm)
    out = []
    for start, end in spans:
        s0, _ = st.sentence(tm.norm_index(start))
        _, s1 = st.sentence(max(tm.norm_index(end) - 1, s0))
        a, b = tm.raw_span(s0, min(s1 + 1, len(tm.text)))
        out.append(raw[a:b].strip())
    return out


_START_END = attrgetter("start", "end")  # (f.start, f.end) in C: no Python call per fact


class FactSet:
    """An immutable, ordered collection of facts tied to the raw text they came from."""

    __slots__ = ("_facts", "doc", "raw", "reference_date")

    def __init__(
        self,
        raw: str,
        facts: Iterable[AnyFact] = (),
        *,
        doc: str | None = None,
        reference_date: dt.date | None = None,
    ) -> None:
        self.raw = raw
        self.doc = doc
        self.reference_date = reference_date
        self._facts: tuple[AnyFact, ...] = tuple(sorted(facts, key=_START_END))
        for f in self._facts:
            if raw[f.start : f.end] != f.text:  # the promise every fact makes
                raise ValueError(f"fact {f.text!r} does not match raw[{f.start}:{f.end}]")

    @property
    def facts(self) -> tuple[AnyFact, ...]:
        return self._facts

    def __iter__(self) -> Iterator[AnyFact]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)

    def __bool__(self) -> bool:
        return bool(self._facts)

    @overload
    def __getitem__(self, i: int) -> AnyFact: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[AnyFact, ...]: ...
    def __getitem__(self, i: int | slice) -> AnyFact | tuple[AnyFact, ...]:
        return self._facts[i]

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(self.of_kind(k))}" for k in ("metric", "date", "project"))
        doc = f", doc={self.doc!r}" if self.doc else ""
        return f"FactSet({counts}, chars={len(self.raw)}{doc})"

    def of_kind(self, kind: str) -> tuple[AnyFact, ...]:
        return tuple(f for f in self._facts if f.kind == kind)

    @property
    def metrics(self) -> tuple[MetricFact, ...]:
        return tuple(f for f in self._facts if isinstance(f, MetricFact))

    @property
    def dates(self) -> tuple[DateFact, ...]:
        return tuple(f for f in self._facts if isinstance(f, DateFact))

    @property
    def projects(self) -> tuple[ProjectFact, ...]:
        return tuple(f for f in self._facts if isinstance(f, ProjectFact))

    # saved facts come back through ..outputs.saved (raw: the text, or a path to it)
    @classmethod
    def from_jsonl(cls, source: Any, raw: Any = None, *, doc: str | None = None,
                   reference_date: dt.date | None = None) -> FactSet:
        """Facts saved by `to_jsonl` (the text, or a path to the file), equal to those saved."""
        from ..outputs.saved import factset_from_jsonl

        return factset_from_jsonl(source, raw, doc=doc, reference_date=reference_date)

    @classmethod
    def from_records(cls, records: Iterable[Any], raw: Any = None, *, doc: str | None = None,
                     reference_date: dt.date | None = None) -> FactSet:
        """Facts saved by `to_records`, equal to those saved; see `outputs.saved`."""
        from ..outputs.saved import factset_from_records

        return factset_from_records(records, raw, doc=doc, reference_date=reference_date)

    # outputs live in ..outputs; these are the convenient doors to them
    def to_records(self) -> list[dict[str, Any]]:
        """One flat JSON-ready dict per fact (FACTS.md fields), with `doc` when known."""
        from ..outputs.records import to_records

        return to_records(self._facts, doc=self.doc)

    def to_jsonl(self) -> str:
        """JSON Lines, one fact a line (the gold files' format)."""
        from ..outputs.records import to_jsonl

        return to_jsonl(self._facts, doc=self.doc)

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per fact, fixed columns and dtypes (`outputs.frames`)."""
        from ..outputs.frames import facts_frame

        return facts_frame(self.to_records())

    def figures(self) -> Any:
        """The metrics as a spreadsheet: a pandas DataFrame, one row per metric, with what it
        measures (`indicator`), its value and unit, its label, modality, direction, period, its
        raw span and the sentence it stands in. Column dtypes are fixed (`FIGURE_DTYPES`), also
        when there is no metric.

            >>> df = extract("2021年，全区实现营收139亿元，增长15%。").figures()
            >>> df[["indicator", "value", "unit", "period_start"]].values.tolist()
            [['营收', 13900000000.0, 'CNY', Timestamp('2021-01-01 00:00:00')], \
['营收', 15.0, 'percent', Timestamp('2021-01-01 00:00:00')]]
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("figures() needs pandas: pip install 'yongchuan-facts[pandas]'") \
                from exc
        metrics = self.metrics
        sentences = _sentences(self.raw, [(m.start, m.end) for m in metrics])
        rows = {col: [getattr(m, col) for m in metrics] for col in _FIGURE_FIELDS}
        rows["sentence"] = sentences
        # each column built in its dtype: inferring first would put text in pyarrow storage
        return pd.DataFrame({col: pd.Series(rows[col], dtype=dtype, index=range(len(metrics)))
                             for col, dtype in FIGURE_DTYPES.items()})

    def to_parquet(self, path: Any) -> int:
        """Write the facts to a Parquet file (needs the `parquet` extra); returns rows written."""
        from ..outputs.parquet import to_parquet

        return to_parquet(self._facts, path, doc=self.doc)

    def _repr_html_(self) -> str:
        """The notebook view: the text with every fact highlighted by kind, then a table."""
        from ..outputs.html import factset_html

        return factset_html(self.raw, self._facts, doc=self.doc)
