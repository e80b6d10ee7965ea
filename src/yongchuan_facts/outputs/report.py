"""The audit report: one self-contained HTML file showing every fact on its page.

    >>> write_report([extract(text, doc="a.txt")], "report.html")   # doctest: +SKIP

(Not run by the doctests, which write no files; tests/test_report.py writes and reads one.)

Each document is shown with its facts highlighted by kind (`html.highlight`); beside it, one
table of every fact, filtered by kind, label (metric label, date granularity, project
category) or text, sorted by value; clicking a row scrolls to its span and flashes it. CSS and
JS (`report.css`, `report.js` beside this module) are inlined and a Content-Security-Policy
forbids any network access, so the file can be mailed, archived and opened offline. The policy
allows no inline script but the report's own: `script-src` names the SHA-256 hash of
`report.js`, so a script smuggled in through a document's text could not run even if escaping
failed. A lone surrogate in a text (valid in a `str`, not in UTF-8) is shown as U+FFFD.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from html import escape
from importlib import resources

from ..schema.facts import KINDS
from ..schema.factset import AnyFact, FactSet
from .html import KIND_COLOURS, highlight
from .records import utf8_safe
from .rows import fact_row, label_of, title_lines

TITLE = "yongchuan_facts audit report"
# nothing may be fetched: no scripts, styles, images or fonts from anywhere but this file, and
# the only script that runs is the one whose hash the policy names
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash}'; img-src data:"
COLUMNS = ("#", "doc", "kind", "text", "value", "unit", "label", "qualifier", "modality",
           "indicator", "period", "dates", "rule")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP hash source (quoted in the policy) allowing exactly this script: `sha256-…`."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def render_report(factsets: Sequence[FactSet], *, title: str = TITLE) -> str:
    """The report for some documents (FactSets, each with its `doc` name) as an HTML string."""
    sections: list[str] = []
    rows: list[str] = []
    for d, fs in enumerate(factsets):
        prefix = f"d{d}-f"
        sections.append(_document(fs, d, prefix))
        rows.extend(_row(len(rows), fs.doc or f"document {d + 1}", f"{prefix}{i}", fact)
                    for i, fact in enumerate(fs.facts))
    facts = [f for fs in factsets for f in fs.facts]
    head = "".join(f'<th{_sort_attr(c)} scope="col">{c}</th>' for c in COLUMNS)
    script = _asset("report.js")
    csp = CSP.format(script_hash=script_hash(script))
    return utf8_safe(f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header><h1>{escape(title)}</h1>{len(factsets)} documents · {len(facts)} facts
<span class="legend">{_legend(facts)}</span></header>
<main>
<div id="docs" class="pane">{"".join(sections)}</div>
<aside id="facts-pane">
{_controls(facts)}
<div id="table-wrap"><table id="fact-table"><thead><tr>{head}</tr></thead>
<tbody>{"".join(rows)}</tbody></table></div>
</aside>
</main>
<script>{script}</script>
</body>
</html>
""")


def write_report(
    factsets: Sequence[FactSet], path: str | os.PathLike[str], *, title: str = TITLE
) -> int:
    """Write the report to `path` (UTF-8, complete or not at all); returns its fact count."""
    from .stream import atomic_output

    html = render_report(factsets, title=title)
    with atomic_output(path) as out:
        out.write(html)
    return sum(len(fs) for fs in factsets)


def _controls(facts: Sequence[AnyFact]) -> str:
    """The filters above the table: kind, label, text; and how many facts are shown."""
    return f"""<div class="controls">
<label>kind <select id="kind-filter"><option value="">all kinds</option>{_kind_options(facts)}
</select></label>
<label>label <select id="label-filter"><option value="">all labels</option>
{_label_options(facts)}</select></label>
<label>text <input id="text-filter" type="search" placeholder="contains…"></label>
<span id="shown-count">{len(facts)} facts</span>
</div>"""


def _sort_attr(column: str) -> str:
    return {"#": ' data-sort="pos" aria-sort="ascending"', "value": ' data-sort="value"'}.get(
        column, "")


def _counts(facts: Sequence[AnyFact]) -> Counter[str]:
    return Counter(f.kind for f in facts)


def _legend(facts: Sequence[AnyFact]) -> str:
    counts = _counts(facts)
    return "".join(f'<span style="background:{KIND_COLOURS[k][0]}">{k} {counts[k]}</span>'
                   for k in KINDS)


def _kind_options(facts: Sequence[AnyFact]) -> str:
    counts = _counts(facts)
    return "".join(f'<option value="{k}">{k} ({counts[k]})</option>' for k in KINDS)


def _label_options(facts: Sequence[AnyFact]) -> str:
    labels = Counter((f.kind, label_of(f)) for f in facts)
    groups = []
    for kind in KINDS:
        options = "".join(
            f'<option value="{kind}:{escape(label)}">{escape(label)} ({n})</option>'
            for (k, label), n in sorted(labels.items()) if k == kind)
        if options:
            groups.append(f'<optgroup label="{kind}">{options}</optgroup>')
    return "".join(groups)


def _document(fs: FactSet, number: int, prefix: str) -> str:
    name = fs.doc or f"document {number + 1}"
    counts = _counts(fs.facts)
    meta = [f"{len(fs.raw):,} characters"] + [f"{counts[k]} {k}" for k in KINDS]
    if fs.reference_date:
        meta.insert(0, f"reference date {fs.reference_date.isoformat()}")
    body = highlight(fs.raw, fs.facts, id_prefix=prefix) if fs.raw else ""
    empty = "" if fs.facts else '<p class="empty">no facts found</p>'
    return (f'<section class="doc" id="doc-{number}" data-doc="{escape(name)}">'
            f'<h2>{escape(name)}</h2><p class="meta">{" · ".join(meta)}</p>{empty}'
            f'<div class="text">{body}</div></section>')


PERIOD_SEP = " – "  # the report's range dash (the notebook view writes " … ")


def _row(position: int, doc: str, target: str, fact: AnyFact) -> str:
    row = fact_row(fact)
    cells = {
        "#": str(position + 1), "doc": doc, "kind": row.kind, "text": row.text,
        "value": row.value, "unit": row.unit, "label": row.label, "qualifier": row.qualifier,
        "modality": row.stance, "indicator": row.indicator,
        "period": row.period_text(PERIOD_SEP), "dates": row.dates, "rule": row.rule,
    }
    classes = {"#": "num", "value": "num", "kind": f"kind-{row.kind}", "doc": "doc-name",
               "dates": "dates", "period": "dates", "text": "text"}
    tds = "".join(f'<td class="{classes.get(c, "")}">{escape(cells[c])}</td>' for c in COLUMNS)
    searchable = fact.text + " " + row.name
    value = "" if row.number is None else repr(row.number)
    return (f'<tr tabindex="0" data-target="{target}" data-kind="{row.kind}"'
            f' data-label="{escape(row.label)}" data-value="{value}" data-pos="{position}"'
            f' data-text="{escape(searchable)}"'
            f' title="{escape(chr(10).join(title_lines(row)))}">{tds}</tr>')
