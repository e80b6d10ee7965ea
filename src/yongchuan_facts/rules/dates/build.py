"""Surviving date candidates → DateFacts, in text order, so a date can point back to an earlier one.

    2015年9月 … 两年后 → 2017;   8月14日下午3时02分 … 4时10分 → 2022-08-14

`同年`, `当年`, `两年后`, a bare clock time (`4时10分`) or day (`15日`) and `去年同期` take their
anchor from the latest suitable date before them (within `ANTECEDENT_WINDOW` characters);
everything else resolves on its own parts and the reference date. A date that points back
(`同年`, `次年`, `去年同期`) never anchors another one that points back: in
`2020年1—7月…去年同期…；…去年同期` both are 2019, not 2019 then 2018.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...schema.facts import DateFact, make_fact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context
from .lexicon import RANGE_SEPARATORS
from .resolve import DateParts, ImpossibleDate, Resolved, resolve

# How far back (normalized characters) an anaphor may look for its date: 同年 in seed 001 sits
# about 220 characters after its 2013年; further back the reader has lost the thread.
ANTECEDENT_WINDOW = 600


@dataclass(frozen=True, slots=True)
class _Seen:
    norm_end: int
    resolved: Resolved
    points_back: bool  # resolved on another date of the text (同年, 去年同期): anchors no pointer


def points_back(p: DateParts) -> bool:
    """同年, 次年, 两年后, 去年同期: a date whose year is counted from an earlier one."""
    return p.anaphor is not None or p.same_period


def _fits(p: DateParts, r: Resolved) -> bool:
    """Can `r` anchor `p`? A clock needs one day; 15日 one month; 同年 one year."""
    if r.start is None or r.end is None:
        return True  # an unresolved relative date anchors too: the result stays unresolved
    if p.clock:
        return r.start == r.end
    if p.day is not None and p.month is None:
        return (r.start.year, r.start.month) == (r.end.year, r.end.month)
    if p.anaphor is not None:
        return r.start.year == r.end.year
    return True


def antecedent(p: DateParts, seen: list[_Seen], norm_start: int) -> Resolved | None:
    """The latest earlier date that can anchor `p`, or None."""
    if not (points_back(p) or p.bare_clock_or_day):
        return None
    pointer = points_back(p)
    for s in reversed(seen):
        if norm_start - s.norm_end > ANTECEDENT_WINDOW:
            return None
        if pointer and s.points_back:
            continue  # 次年…次年 is not two years on, 去年同期…去年同期 not two years back
        if _fits(p, s.resolved):
            return s.resolved
    return None


def _resolve_all(cands: list[Candidate], ctx: Context) -> list[tuple[Candidate, Resolved]]:
    """Each candidate with its days, in text order; the impossible ones dropped."""
    done: list[tuple[Candidate, Resolved]] = []
    seen: list[_Seen] = []
    for c in sorted(cands, key=lambda c: c.norm_start):
        parts = c.draft.get("parts")
        if not isinstance(parts, DateParts):
            c.drop("no date parts")
            continue
        try:
            r = resolve(parts, ctx.reference_date, antecedent(parts, seen, c.norm_start))
        except ImpossibleDate as exc:
            c.drop(f"impossible date: {exc}")
            continue
        seen.append(_Seen(c.norm_end, r, points_back(parts)))
        done.append((c, r))
    return done


def _joined(first: Resolved, second: Resolved) -> Resolved | None:
    """`first 至 second` as one range, when it runs forwards (both resolved, or neither)."""
    relative = first.relative or second.relative
    if first.start is None and second.start is None:
        return Resolved(None, None, "range", relative)
    if first.start is None or first.end is None or second.start is None or second.end is None:
        return None
    if not (first.start <= second.start and first.end < second.end):
        return None
    return Resolved(first.start, second.end, "range", relative)


def join_ranges(
    done: list[tuple[Candidate, Resolved]], ctx: Context,
) -> list[tuple[Candidate, Resolved, int]]:
    """Two dates with only a range word between them are one range (从上周四到十月一日).

    The rules read ranges whose ends share their words (2018-2020年, 1—7月); this joins the ones
    whose ends each stand alone, relative or not. Returns (first candidate, range, raw end);
    the second candidate is dropped.
    """
    out: list[tuple[Candidate, Resolved, int]] = []
    i = 0
    while i < len(done):
        c, r = done[i]
        if i + 1 < len(done):
            c2, r2 = done[i + 1]
            between = ctx.tm.text[c.norm_end : c2.norm_start].strip()
            joined = _joined(r, r2) if between in RANGE_SEPARATORS else None
            if joined is not None:
                c2.drop(f"joined into the range {c.text_span()}…{c2.text_span()}")
                out.append((c, joined, c2.end))
                i += 2
                continue
        out.append((c, r, c.end))
        i += 1
    return out


def build_dates(cands: list[Candidate], ctx: Context) -> list[DateFact]:
    """One DateFact per candidate that names a real range of days; the others are dropped."""
    facts: list[DateFact] = []
    for c, r, end in join_ranges(_resolve_all(cands, ctx), ctx):
        fields = fact_fields(c, ctx)
        if end != c.end:
            fields.update(end=end, text=ctx.tm.raw[c.start : end])
        # `DateFact(**fields, date_start=…)`: `fields` holds the span keys only, so no keyword
        # repeats; the validator called directly (`make_fact`)
        fields.update(date_start=r.start, date_end=r.end, granularity=r.granularity,
                      relative=r.relative)
        facts.append(make_fact(DateFact, fields))
    return facts
