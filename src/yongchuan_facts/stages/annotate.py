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
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.metrics.direction import direction_of
from ..rules.metrics.label import label_of
from ..rules.metrics.modality import modality_of
from ..rules.metrics.qualifier import qualifier_around
from ..rules.ruleset import Candidate, Context

MAX_WINDOW = 300  # characters either side of the figure, whatever the sentence's length


@dataclass(frozen=True, slots=True)
class Window:
    """The context a candidate is labelled from: normalized [start, end) and its text."""

    start: int
    end: int
    text: str


def window(ctx: Context, c: Candidate) -> Window:
    """The sentence holding candidate `c` (its end punctuation included), bounded."""
    st = ctx.structure
    start = max(st.sentence(c.norm_start)[0], c.norm_start - MAX_WINDOW)
    last = st.sentence(max(c.norm_end - 1, c.norm_start))[1]
    end = min(last + 1, len(ctx.tm.text), c.norm_end + MAX_WINDOW)
    return Window(start, end, ctx.tm.text[start:end])


def annotate_metrics(cands: list[Candidate], ctx: Context) -> None:
    """Set `qualifier` (when its rule read none), `metric`, `modality` and `direction` in each
    candidate's `fields`: a user's rule gets the same handling as a built-in one."""
    for c in cands:
        d = c.draft
        w = window(ctx, c)
        s, e = c.norm_start - w.start, c.norm_end - w.start
        c.fields["qualifier"] = d.get("qualifier") or qualifier_around(w.text, s, e)
        c.fields["metric"] = d.get("metric") or label_of(d["unit"], w.text, s, e)
        c.fields["modality"] = d.get("modality") or modality_of(ctx, c.norm_start, c.norm_end)
        c.fields["direction"] = d.get("direction") or direction_of(w.text, s)
