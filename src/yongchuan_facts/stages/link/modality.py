"""Modality from structure: where a figure stands and when it is for.

    >>> from yongchuan_facts import extract
    >>> text = ("一、2025年工作回顾\\n过去一年，生产总值增长5.4%，为完成全年目标奠定基础。\\n"
    ...         "二、2026年重点工作\\n主要预期目标：生产总值增长5%左右。"
    ...         "做好今年工作，确保新增就业60万人。")
    >>> [(m.text, m.modality) for m in extract(text, reference_date="2026-02-01").metrics]
    [('一年', 'actual'), ('5.4%', 'actual'), ('5%', 'target'), ('60万人', 'target')]

1. a figure whose period starts after the reference date is a target (到2030年, 9月将投产);
2. in a report's review part, a figure is actual, even when a target word appears further
   along its sentence (…为完成全年目标奠定基础);
3. in a report's plan part (the sections from the first plan heading on, the paragraph of the
   main targets from 主要预期目标 on), a figure is a target unless its period is already past
   and no cue word makes it one (“十四五”批复的6个…, but 争取再纳规3个);
4. elsewhere, the cue words of its sentence decide (`rules/metrics/modality.py`, read in the
   annotate stage: 力争, 计划, a future 将, a news page's 下一步 part …).
"""

from __future__ import annotations

import datetime as dt

from ...rules.ruleset import Candidate, Context


def modality_from_structure(
    c: Candidate, period: tuple[dt.date, dt.date] | None, ctx: Context
) -> str:
    """The modality of metric candidate `c`, given its period (None when nothing dates it)."""
    cued = str(c.fields.get("modality") or "actual")
    ref = ctx.reference_date
    if ref is not None and period is not None and period[0] > ref:
        return "target"
    part = ctx.structure.part_at(c.norm_start, ref.year if ref else None)
    if part == "review":
        return "actual"
    if part == "plan":
        past = ref is not None and period is not None and period[1] < ref
        return "actual" if past and cued == "actual" else "target"
    return cued
