"""Saved facts back into FactSets: JSON Lines or records, as `to_jsonl`/`to_records` wrote them.

    >>> fs = extract("2019年，永川引进企业365家。", doc="a.txt")
    >>> back = factset_from_jsonl(fs.to_jsonl(), raw=fs.raw)
    >>> back.facts == fs.facts, back.doc, back.to_jsonl() == fs.to_jsonl()
    (True, 'a.txt', True)

A fact's span is into its document's raw text, which JSON Lines do not hold: pass `raw` (the
text, or a path to the file, read as FACTS.md reads it) to check every span against it and to
see the text in the notebook view or the audit report. Without it the FactSet gets a stand-in
text: each fact's (and indicator's) own text at its offsets, spaces elsewhere.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
from collections.abc import Iterable, Mapping
from typing import Any

from ..schema.facts import MetricFact, parse_fact
from ..schema.factset import AnyFact, FactSet
from .records import read_jsonl as records_read_jsonl

Source = str | os.PathLike[str]


def read_jsonl(source: Source) -> list[dict[str, Any]]:
    """The records of JSON Lines given as text or as a path (a str that is not JSON is a path).

    Lines are split at `\\n` only (JSON Lines), so a U+2028 inside a string stays inside it;
    a blank line is skipped and a line that is not a JSON object is an error naming it.
    """
    is_text = isinstance(source, str) and (not source.strip() or source.lstrip()[0] in "{[")
    text = str(source) if is_text else pathlib.Path(source).read_text(encoding="utf-8")
    return list(records_read_jsonl(text))


def _read_raw(raw: str | os.PathLike[str] | None) -> str | None:
    if raw is None or isinstance(raw, str):
        return raw
    with open(raw, encoding="utf-8", newline="") as fh:  # as FACTS.md reads a document
        return fh.read()


def _one_doc(records: list[dict[str, Any]], doc: str | None) -> tuple[list[dict[str, Any]],
                                                                       str | None]:
    """The records of one document: `doc`'s, or all of them when they name at most one."""
    names = sorted({str(r["doc"]) for r in records if r.get("doc") is not None})
    if doc is not None and names and doc not in names:
        raise ValueError(f"no facts of doc {doc!r}; the facts name {', '.join(names[:5])}")
    if doc is not None:
        return [r for r in records if r.get("doc") in (doc, None)], doc
    if len(names) > 1:
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        raise ValueError(f"the facts are of {len(names)} documents ({shown}): pass doc= to "
                         "pick one, or use factsets_from_jsonl() for all of them")
    return records, names[0] if names else None


def stand_in_text(facts: Iterable[AnyFact]) -> str:
    """A text on which every fact's span holds: its text at its offsets, spaces elsewhere."""
    chars: dict[int, str] = {}
    for f in facts:
        pieces = [(f.start, f.text)]
        if isinstance(f, MetricFact) and f.indicator is not None and f.indicator_start is not None:
            pieces.append((f.indicator_start, f.indicator))
        for start, text in pieces:
            for offset, ch in enumerate(text, start):
                if chars.setdefault(offset, ch) != ch:
                    raise ValueError(f"two facts disagree on the character at offset {offset}")
    return "".join(chars.get(i, " ") for i in range(max(chars, default=-1) + 1))


def factset_from_records(
    records: Iterable[Mapping[str, Any]],
    raw: str | os.PathLike[str] | None = None,
    *,
    doc: str | None = None,
    reference_date: dt.date | None = None,
) -> FactSet:
    """One document's FactSet from its flat records (`FactSet.to_records()` output)."""
    chosen, name = _one_doc([dict(r) for r in records], doc)
    text = _read_raw(raw)
    facts = []
    for number, record in enumerate(chosen, 1):
        record.pop("doc", None)  # the FactSet's, as when it was saved
        try:
            facts.append(parse_fact(record, raw=text))
        except ValueError as exc:
            raise ValueError(f"fact {number} ({record.get('text')!r}): {exc}") from None
    if text is None:
        text = stand_in_text(facts)
    return FactSet(text, facts, doc=name, reference_date=reference_date)


def factset_from_jsonl(
    source: Source,
    raw: str | os.PathLike[str] | None = None,
    *,
    doc: str | None = None,
    reference_date: dt.date | None = None,
) -> FactSet:
    """One document's FactSet from JSON Lines (text or a path); see `factset_from_records`."""
    return factset_from_records(read_jsonl(source), raw, doc=doc, reference_date=reference_date)


def factsets_from_jsonl(
    source: Source, texts: Mapping[str, str] | None = None
) -> dict[str | None, FactSet]:
    """Every document's FactSet from JSON Lines of many documents, by `doc` in file order.

    `texts` maps a document's name to its raw text (the spans are checked against it).
    """
    records = read_jsonl(source)
    names = list(dict.fromkeys(r.get("doc") for r in records))
    texts = texts or {}
    return {
        name: factset_from_records([r for r in records if r.get("doc") == name],
                                   texts.get(name) if name is not None else None, doc=name)
        for name in names
    }
