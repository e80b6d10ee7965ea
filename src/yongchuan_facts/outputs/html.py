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

The notebook view (`factset_html`, a FactSet's `_repr_html_`) uses inline styles only, since
notebook front ends drop `<style>` from output. It reads on light and dark themes alike: an
element with a fill sets its own text colour, both by `light-dark()` (light colours by default,
dark ones where the page or the system prefers dark), and every other element keeps the
notebook's own colours. Money is shown as a Chinese reader writes it (`5.67万亿元`); the exact
value stays in the hover title and in `data-value`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from html import escape

from ..schema.facts import DateFact, MetricFact, ProjectFact
from .rows import (  # re-exported: the views' shared display strings live in rows.py
    FactRow,
    chinese_amount,
    display_value,
    fact_row,
    format_value,
    label_of,
    title_lines,
)

AnyFact = MetricFact | DateFact | ProjectFact

# (fill, border) per kind: light fills keep black text readable, borders tell nested marks apart
KIND_COLOURS: dict[str, tuple[str, str]] = {
    "metric": ("#ffe08a", "#b38600"),
    "date": ("#b3dcff", "#1f6fb2"),
    "project": ("#c3f0bd", "#2e8b37"),
}
# (fill, text, border) per kind on a dark page: dark fills keep light text readable
KIND_COLOURS_DARK: dict[str, tuple[str, str, str]] = {
    "metric": ("#5c4700", "#fff1c2", "#e0b000"),
    "date": ("#173f66", "#dcefff", "#5aa9f0"),
    "project": ("#1f4d24", "#d8f7d2", "#5cc266"),
}
TEXT_ON_FILL = "#111"  # the text colour on every light fill
RULE_COLOUR = "rgba(128,128,128,.45)"  # borders that show on light and dark pages alike
# Texts up to this length are shown at once, in a scrolling box; a longer one is folded
# behind a <details> (a browser lays out ~200,000 characters of marked text in well under
# a second; ten times that makes a notebook sluggish).
COLLAPSE_CHARS = 200_000
COLLAPSE_ROWS = 2_000  # a longer fact table is folded too
TABLE_COLUMNS = ("kind", "text", "value", "qualifier", "metric", "modality", "indicator",
                 "period", "dates", "name", "category", "rule")
MarkAttrs = Callable[[int, AnyFact], str]


def _light_dark(prop: str, light: str, dark: str) -> str:
    """`prop` light, and dark where the page prefers it; the first alone where a browser has no
    `light-dark()` (it drops the declaration it cannot read)."""
    return f"{prop}:{light};{prop}:light-dark({light},{dark})"


def fill_style(kind: str) -> str:
    """A fill and the text colour that reads on it, in light and dark."""
    fill, _ = KIND_COLOURS.get(kind, ("#eee", "#888"))
    dark_fill, dark_text, _ = KIND_COLOURS_DARK.get(kind, ("#333", "#eee", "#888"))
    background = _light_dark("background", fill, dark_fill)
    return f"{background};{_light_dark('color', TEXT_ON_FILL, dark_text)}"


def inline_mark_style(kind: str) -> str:
    _, border = KIND_COLOURS.get(kind, ("#eee", "#888"))
    _, _, dark_border = KIND_COLOURS_DARK.get(kind, ("#333", "#eee", "#888"))
    return (f"{fill_style(kind)};border-bottom:2px solid {border};"
            f"border-bottom-color:light-dark({border},{dark_border});border-radius:2px")


def badge(kind: str, text: str) -> str:
    """A kind's badge: its fill, its text colour, rounded."""
    return (f'<span class="yf-badge" data-kind="{escape(kind)}" style="{fill_style(kind)};'
            f'padding:0 5px;border-radius:3px;white-space:nowrap">{escape(text)}</span>')


def default_mark_attrs(inline_style: bool) -> MarkAttrs:
    """Attributes every piece of a fact's mark carries: kind, label, title, optional style."""

    def attrs(i: int, fact: AnyFact) -> str:
        row = fact_row(fact)
        style = f' style="{inline_mark_style(row.kind)}"' if inline_style else ""
        return (f' class="fact fact-{row.kind}" data-kind="{row.kind}"'
                f' data-label="{escape(row.label)}"'
                f' title="{escape(chr(10).join(title_lines(row)))}"{style}')

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


def fact_cells(fact: AnyFact | FactRow) -> dict[str, str]:
    """The compact table's cells for one fact (plain text, not yet escaped), from its row."""
    row = fact if isinstance(fact, FactRow) else fact_row(fact)
    return {
        "kind": row.kind, "text": row.text, "value": row.value, "qualifier": row.qualifier,
        "metric": row.metric, "modality": row.stance, "indicator": row.indicator,
        "period": row.period, "dates": f"{row.dates} ({row.granularity})" if row.dates else "",
        "name": row.name, "category": row.category, "rule": row.rule,
    }


CELL = "text-align:left;padding:2px 6px;vertical-align:top"
HEAD = (f"{CELL};position:sticky;top:0;z-index:1;{_light_dark('background', '#f2f2f2', '#2b2b2b')};"
        f"{_light_dark('color', '#111', '#eee')};border-bottom:1px solid {RULE_COLOUR}")


def _row(i: int, fact: AnyFact) -> str:
    row = fact_row(fact)
    cells = fact_cells(row)
    value = f' data-value="{row.number!r}"' if row.number is not None else ""
    tds = "".join(
        f'<td data-col="{c}" style="{CELL}">'
        f'{badge(row.kind, cells[c]) if c == "kind" else escape(cells[c])}</td>'
        for c in TABLE_COLUMNS)
    return f'<tr data-row="{i}" data-kind="{row.kind}"{value}>{tds}</tr>'


def _table(facts: Sequence[AnyFact]) -> str:
    head = "".join(f'<th style="{HEAD}">{c}</th>' for c in TABLE_COLUMNS)
    rows = "".join(_row(i, fact) for i, fact in enumerate(facts))
    return (f'<div class="yf-table" style="max-height:28em;overflow:auto;margin-top:6px;'
            f'border:1px solid {RULE_COLOUR}"><table style="border-collapse:collapse;'
            f'font-size:90%;width:max-content"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _folded(summary: str, body: str, folded: bool) -> str:
    if not folded:
        return body
    return f"<details><summary>{escape(summary)}</summary>{body}</details>"


def factset_html(
    raw: str, facts: Sequence[AnyFact], *, doc: str | None = None,
    collapse_chars: int = COLLAPSE_CHARS, collapse_rows: int = COLLAPSE_ROWS,
) -> str:
    """The notebook view: a header with counts, the highlighted text, the compact table.

    The text is shown at once in a scrolling box up to `collapse_chars` characters, and the
    table (in its own scrolling box, its header kept in view) up to `collapse_rows` rows;
    longer ones are folded behind a `<details>` that says what it holds.
    """
    counts = {k: sum(f.kind == k for f in facts) for k in KIND_COLOURS}
    legend = " ".join(badge(k, f"{k} {n}") for k, n in counts.items())
    title = escape(doc) + " · " if doc else ""
    header = (f'<div class="yf-header" style="margin-bottom:4px"><b>FactSet</b> {title}'
              f"{len(raw):,} chars · {len(facts)} facts {legend}</div>")
    text = (f'<div class="yf-text" style="white-space:pre-wrap;line-height:1.7;'
            f"max-height:32em;overflow:auto;border:1px solid {RULE_COLOUR};padding:6px\">"
            f"{highlight(raw, facts, inline_style=True)}</div>")
    text = _folded(f"text: {len(raw):,} characters, {len(facts)} facts highlighted",
                   text, len(raw) > collapse_chars)
    table = _folded(f"table: {len(facts)} facts", _table(facts), len(facts) > collapse_rows)
    return (f'<div class="yf-factset" style="color-scheme:light dark">{header}{text}'
            f'{table if facts else ""}</div>')


__all__ = ["COLLAPSE_CHARS", "KIND_COLOURS", "TABLE_COLUMNS", "FactRow", "chinese_amount",
           "display_value", "fact_cells", "fact_row", "factset_html", "format_value",
           "highlight", "label_of", "title_lines"]
