"""Annotate: a surviving metric's qualifier (when its rule read none), label, modality and
direction, read from one context window.

    >>> from yongchuan_facts.normalization.textmap import normalize
    >>> from yongchuan_facts.rules.ruleset import Candidate, Context
    >>> tm = normalize("全区实现营收139亿元，同比增长15.4%。")
    >>> a = Candidate("metric", "money", 6, 11, 6, 11, {"value": 1.39e10, "unit": "CNY"})
    >>> b = Candidate("metric", "percent", 16, 21, 16, 21, {"value": 15.4, "unit": "percent"})
    >>> annotate_metrics([a, b], Context(tm))
    >>> a.fields["qualifier"], a.fields["metric"], b.fields["metric"], b.fields["direction"]
    ('exact', 'revenue', 'growth_rate', 'increase')
    >>> window(Context(tm), b)
    Window(start=0, end=22, text='全区实现营收139亿元，同比增长15.4%。')

The span rules gave value, unit and (the built-in ones) qualifier; a field a rule set itself (a
user rule's `metric`) is kept, and a qualifier it did not read comes from the words around the
span (`rules/metrics/qualifier.py`), as for a built-in rule.

Each candidate gets one `Window`: its sentence (from the document's
structure, at most `MAX_WINDOW` characters on either side), and the labelers of the metrics
package (`rules/metrics/label.py`, `direction.py`) read that window, never the whole text.
Modality is read against the whole document's plan parts (`rules/metrics/modality.py`), and
settled in the link stage once the figure's period is known (`link/modality.py`).

Read once, not per labeler (issue 11): the clause before a figure serves its label and its
direction, a percent's change serves its label, and a sentence with no modality word at all
(`modality.says_nothing`) leaves each of its figures to its plan part alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..rules.drafts import MetricDraft
from ..rules.metrics.direction import direction_of
from ..rules.metrics.label import label_of
from ..rules.metrics.modality import modality_in, says_nothing
from ..rules.metrics.qualifier import qualifier_around
from ..rules.metrics.windows import clause_before
from ..rules.ruleset import Candidate, Context
from .structure import Structure

MAX_WINDOW = 300  # characters either side of the figure, whatever the sentence's length


@dataclass(frozen=True, slots=True)
class Window:
    """The context a candidate is labelled from: normalized [start, end) and its text."""

    start: int
    end: int
    text: str


def window(ctx: Context, c: Candidate) -> Window:
    """The sentence holding candidate `c` (its end punctuation included), bounded."""
    start, end = _window_bounds(ctx.structure, len(ctx.tm.text), c.norm_start, c.norm_end)
    return Window(start, end, ctx.tm.text[start:end])


def _window_bounds(st: Structure, n: int, norm_start: int, norm_end: int,
                   sentence: tuple[int, int] | None = None) -> tuple[int, int]:
    sentence = sentence or st.sentence(norm_start)
    # a figure inside one sentence (nearly all) needs no second lookup for its last character
    last = sentence[1] if norm_end <= sentence[1] else st.sentence(norm_end - 1)[1]
    return max(sentence[0], norm_start - MAX_WINDOW), min(last + 1, n, norm_end + MAX_WINDOW)


def annotate_metrics(cands: list[Candidate], ctx: Context) -> None:
    """Set `qualifier` (when its rule read none), `metric`, `modality` and `direction` in each
    candidate's `fields`: a user's rule gets the same handling as a built-in one."""
    text = ctx.tm.text
    st = ctx.structure
    plan = None  # the news page's plan part, built once, when a figure first needs it
    # the last sentence asked about (its start) and whether it holds no modality word: the
    # figures come in text order, so a sentence is read once for all its figures. Only a later
    # sentence is read (a figure out of order takes the general path): each once, in all.
    quiet_at, quiet = -1, False
    for c in cands:
        qualifier, metric, modality, direction, unit = _set_by_rule(c.draft)
        sentence = st.sentence(c.norm_start)
        start, end = _window_bounds(st, len(text), c.norm_start, c.norm_end, sentence)
        w = text[start:end]
        s, e = c.norm_start - start, c.norm_end - start
        clause = clause_before(w, s)  # read once for the label and the direction
        # the label of a percent asks whether it is a change: the direction, read once
        changed = direction_of(w, s, clause) if (
            not direction or (not metric and unit == "percent")) else None
        c.fields["qualifier"] = qualifier or qualifier_around(w, s, e)
        c.fields["metric"] = metric or label_of(
            unit, w, s, e, clause=clause, changes=changed is not None)
        if not modality:
            if plan is None:
                plan = st.news_plan(ctx.reference_date)
            # modality_of, read once for a whole sentence when it holds no modality word (its
            # figures' sentence parts and clauses after them lie inside it: says_nothing)
            inside = c.norm_end <= sentence[1]
            if inside and sentence[0] > quiet_at:
                quiet_at, quiet = sentence[0], says_nothing(text[sentence[0] : sentence[1]])
            if inside and quiet and sentence[0] == quiet_at:
                modality = "target" if c.norm_start in plan else "actual"
            else:
                modality = modality_in(text, c.norm_start, plan, c.norm_end)
        c.fields["modality"] = modality
        c.fields["direction"] = direction or changed


def _set_by_rule(d: Mapping[str, Any]) -> tuple[Any, Any, Any, Any, Any]:
    """The qualifier, metric, modality and direction the rule set itself (None when unset),
    and the unit."""
    if type(d) is MetricDraft:  # its attributes, without the mapping view's lookups
        return d.qualifier, d.metric, d.modality, d.direction, d.unit
    metric = d.get("metric")
    # the unit is asked for only when the label is read from it (a draft of another type may
    # set a metric and no unit)
    unit = d.get("unit") if metric else d["unit"]
    return d.get("qualifier"), metric, d.get("modality"), d.get("direction"), unit
