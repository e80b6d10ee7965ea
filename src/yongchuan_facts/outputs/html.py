"""Facts highlighted on their raw text as HTML: the notebook view of a FactSet.

    >>> fs = extract("2019年，永川引进企业365家。")
    >>> html = highlight(fs.raw, fs.facts)
    >>> html.count("data-fact-id="), len(fs)
    (2, 2)

Every fact becomes one `<mark data-fact-id=…>` over its raw span, with its fields in the
`title` (shown on hover). Facts of different kinds may nest (a date inside a project name,
`2020年行动计划`) or cross; nested facts nest their marks, and a fact that crosses the end of
another is split: its first piece carries `data-fact-id`, the rest `data-fact-part`, so
counting `[data-fact-id]` always counts facts. All text is escaped: the raw text is data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from html import escape

from ..schema.facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact

# (fill, border) per kind: light fills keep black text readable, borders tell nested marks apart
KIND_COLOURS: dict[str, tuple[str, str]] = {
    "metric": ("#ffe08a", "#b38600"),
    "date": ("#b3dcff", "#1f6fb2"),
    "project": ("#c3f0bd", "#2e8b37"),
}
COLLAPSE_CHARS = 4000  # longer texts are shown folded, behind a <details> with the counts
COLLAPSE_ROWS = 50  # a longer fact table is folded too
TABLE_COLUMNS = ("kind", "text", "value", "unit", "metric", "modality", "dates", "rule")

MarkAttrs = Callable[[int, AnyFact], str]


def label_of(fact: AnyFact) -> str:
    """The label a person filters by: the metric label, the date's granularity, the category."""
    if isinstance(fact, MetricFact):
        return fact.metric
    if isinstance(fact, DateFact):
        return fact.granularity
    return fact.category or "project"


def format_value(value: float) -> str:
    """`24400000000.0` → `24,400,000,000`; `15.4` → `15.4`."""
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def date_range(fact: DateFact) -> str:
    if fact.date_start is None:
        return "unresolved (relative)"
    if fact.date_start == fact.date_end:
        return fact.date_start.isoformat()
    return f"{fact.date_start.isoformat()} … {fact.date_end}"


def fact_lines(fact: AnyFact) -> list[str]:
    """A fact's fields as short lines, for a hover title."""
    lines = [f"{fact.kind} · {fact.text.replace(chr(10), '⏎')} · {fact.start}:{fact.end}"]
    if isinstance(fact, MetricFact):
        lines += [f"value {format_value(fact.value)} {fact.unit}",
                  f"metric {fact.metric} · {fact.qualifier} · {fact.modality}"
                  + (f" · {fact.direction}" if fact.direction else "")]
    elif isinstance(fact, DateFact):
        lines += [date_range(fact), f"granularity {fact.granularity}"
                  + (" · relative" if fact.relative else "")]
    else:
        lines += [f"name {fact.name}"]
        lines += [f"category {fact.category}"] if fact.category else []
        lines += [f"canonical {fact.canonical}"] if fact.canonical else []
    lines += [f"rule {fact.rule}"] if fact.rule else []
    return lines


def inline_mark_style(kind: str) -> str:
    fill, border = KIND_COLOURS.get(kind, ("#eee", "#888"))
    return f"background:{fill};border-bottom:2px solid {border};border-radius:2px"


def default_mark_attrs(inline_style: bool) -> MarkAttrs:
    """Attributes every piece of a fact's mark carries: kind, label, title, optional style."""

    def attrs(i: int, fact: AnyFact) -> str:
        style = f' style="{inline_mark_style(fact.kind)}"' if inline_style else ""
        return (f' class="fact fact-{fact.kind}" data-kind="{fact.kind}"'
                f' data-label="{escape(label_of(fact))}"'
                f' title="{escape(chr(10).join(fact_lines(fact)))}"{style}')

    return attrs


def highlight(
    raw: str,
    facts: Sequence[AnyFact],
    *,
    id_prefix: str = "fact-",
    inline_style: bool = False,
    mark_attrs: MarkAttrs | None = None,
) -> str:
    """`raw` as escaped HTML with one `<mark>` per fact (split where facts cross).

    Fact `i` gets `id` and `data-fact-id` `{id_prefix}{i}` on its first piece and
    `data-fact-part` on any further piece. Newlines stay newlines: show the result inside an
    element with `white-space: pre-wrap`.
    """
    attrs = mark_attrs or default_mark_attrs(inline_style)
    out: list[str] = []
    position = 0
    for boundary, closing, opening in _mark_plan(len(raw), facts):
        out.append(escape(raw[position:boundary]))
        position = boundary
        out.append("</mark>" * closing)
        for i, first, empty in opening:
            key, anchor = ("data-fact-id", f' id="{id_prefix}{i}"') if first else \
                ("data-fact-part", "")
            out.append(f'<mark{anchor} {key}="{id_prefix}{i}"{attrs(i, facts[i])}>')
            out.append("</mark>" if empty else "")
    return "".join(out)


Plan = Iterator[tuple[int, int, list[tuple[int, bool, bool]]]]


def _mark_plan(length: int, facts: Sequence[AnyFact]) -> Plan:
    """At each span boundary: how many open marks to close, then the marks to open there,
    each as (fact index, first piece?, empty span?), outermost first.

    Marks must nest. When a fact ends while facts opened inside it go on, those are closed
    with it and reopened as further pieces.
    """
    starting: dict[int, list[int]] = defaultdict(list)
    for i in sorted(range(len(facts)), key=lambda i: (facts[i].start, -facts[i].end, i)):
        if not 0 <= facts[i].start <= facts[i].end <= length:
            raise ValueError(f"fact {i} span {facts[i].start}:{facts[i].end} is outside the text")
        starting[facts[i].start].append(i)
    stack: list[int] = []  # facts whose mark is open, outermost first
    for b in sorted({0, length, *(f.start for f in facts), *(f.end for f in facts)}):
        ending = [k for k, i in enumerate(stack) if facts[i].end == b]
        closing = len(stack) - ending[0] if ending else 0
        going_on = [i for i in stack[len(stack) - closing :] if facts[i].end > b]
        del stack[len(stack) - closing :]
        opening = [(i, False, False) for i in going_on]
        opening += [(i, True, facts[i].end == b) for i in starting.get(b, ())]
        stack += [i for i, _, empty in opening if not empty]
        yield b, closing, opening


def fact_cells(fact: AnyFact) -> dict[str, str]:
    """The compact table's cells for one fact (plain text, not yet escaped)."""
    cells = dict.fromkeys(TABLE_COLUMNS, "")
    cells.update(kind=fact.kind, text=fact.text.replace("\n", "⏎"), rule=fact.rule or "")
    if isinstance(fact, MetricFact):
        cells.update(value=format_value(fact.value), unit=fact.unit, metric=fact.metric,
                     modality=fact.modality + (f" · {fact.direction}" if fact.direction else ""))
    elif isinstance(fact, DateFact):
        cells.update(dates=f"{date_range(fact)} ({fact.granularity})")
    return cells


def _table(facts: Sequence[AnyFact]) -> str:
    head = "".join(f'<th style="text-align:left;padding:2px 6px">{c}</th>' for c in TABLE_COLUMNS)
    rows = []
    for i, fact in enumerate(facts):
        cells = fact_cells(fact)
        fill, _ = KIND_COLOURS.get(fact.kind, ("#eee", "#888"))
        tds = "".join(
            f'<td style="text-align:left;padding:2px 6px;{_kind_cell(c, fill)}">'
            f"{escape(cells[c])}</td>" for c in TABLE_COLUMNS)
        rows.append(f'<tr data-row="{i}" title="{escape(chr(10).join(fact_lines(fact)))}">'
                    f"{tds}</tr>")
    return (f'<table style="border-collapse:collapse;font-size:90%"><thead><tr>{head}</tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>')


def _kind_cell(column: str, fill: str) -> str:
    return f"background:{fill}" if column == "kind" else ""


def _folded(summary: str, body: str, folded: bool) -> str:
    if not folded:
        return body
    return f"<details><summary>{escape(summary)}</summary>{body}</details>"


def factset_html(
    raw: str, facts: Sequence[AnyFact], *, doc: str | None = None,
    collapse_chars: int = COLLAPSE_CHARS, collapse_rows: int = COLLAPSE_ROWS,
) -> str:
    """The notebook view: a header with counts, the highlighted text, the compact table.

    Inline styles only (notebook front ends drop `<style>` from untrusted output); a text
    longer than `collapse_chars` and a table longer than `collapse_rows` are folded.
    """
    counts = {k: sum(f.kind == k for f in facts) for k in KIND_COLOURS}
    legend = " ".join(
        f'<span style="{inline_mark_style(k)};padding:0 4px">{k} {n}</span>'
        for k, n in counts.items())
    title = escape(doc) + " · " if doc else ""
    header = (f'<div style="margin-bottom:4px"><b>FactSet</b> {title}{len(raw):,} chars · '
              f"{len(facts)} facts {legend}</div>")
    text = (f'<div class="yf-text" style="white-space:pre-wrap;line-height:1.7;'
            f'max-height:32em;overflow:auto;border:1px solid #ddd;padding:6px">'
            f"{highlight(raw, facts, inline_style=True)}</div>")
    text = _folded(f"text: {len(raw):,} characters, {len(facts)} facts highlighted",
                   text, len(raw) > collapse_chars)
    table = _folded(f"table: {len(facts)} facts", _table(facts), len(facts) > collapse_rows)
    return f'<div class="yf-factset">{header}{text}{table if facts else ""}</div>'
