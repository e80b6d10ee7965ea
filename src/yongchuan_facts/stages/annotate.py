"""Annotate: a surviving metric's label, modality and direction, read from the text around it.

    >>> from yongchuan_facts.normalize.textmap import normalize
    >>> from yongchuan_facts.rules.ruleset import Candidate, Context
    >>> tm = normalize("全区实现营收139亿元，同比增长15.4%。")
    >>> a = Candidate("metric", "money", 6, 11, 6, 11, {"value": 1.39e10, "unit": "CNY"})
    >>> b = Candidate("metric", "percent", 16, 21, 16, 21, {"value": 15.4, "unit": "percent"})
    >>> annotate_metrics([a, b], Context(tm))
    >>> a.fields, b.fields
    ({'metric': 'revenue', 'modality': 'actual', 'direction': None}, \
{'metric': 'growth_rate', 'modality': 'actual', 'direction': 'increase'})

The span rules gave value, unit and qualifier; a field a rule set itself (a user rule's
`metric`) is kept. The labelers are the metrics package's (`rules/metrics/label.py`,
`direction.py`); modality is read against the document's structure (`rules/metrics/modality.py`).
"""

from __future__ import annotations

from ..rules.metrics.direction import direction_of
from ..rules.metrics.label import label_of
from ..rules.metrics.modality import modality_of
from ..rules.ruleset import Candidate, Context


def annotate_metrics(cands: list[Candidate], ctx: Context) -> None:
    """Set `metric`, `modality` and `direction` in each candidate's `fields`."""
    text = ctx.tm.text
    for c in cands:
        d = c.draft
        s, e = c.norm_start, c.norm_end
        c.fields["metric"] = d.get("metric") or label_of(d["unit"], text, s, e)
        c.fields["modality"] = d.get("modality") or modality_of(ctx, s, e)
        c.fields["direction"] = d.get("direction") or direction_of(text, s)
