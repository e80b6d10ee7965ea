"""The engine: one document through typed stages, in this order, each recording its decisions.

    >>> doc = run("2019年，永川引进企业365家。")
    >>> [s for s, _ in STAGES]
    ['normalize', 'propose', 'expand', 'resolve', 'annotate', 'link', 'build']
    >>> [(f.kind, f.text) for f in doc.facts]
    [('date', '2019年'), ('metric', '365家')]

normalize  raw → normalized text + offset map (`normalization/`), the context, its reference date;
propose    every rule set's candidates (`rules/`), vetoed matches included;
expand     candidates the rules cannot see alone: other mentions of a found project name and
           names coordinated with one (`rules/projects/build.py`), BEFORE overlaps are resolved,
           so a metric inside a repeated name loses to it like any other;
resolve    overlap resolution (`overlap.py`, pure): the survivors and why each loser lost;
annotate   per surviving candidate: a metric's label, modality and direction from one context
           window (`annotate.py`); a date resolved to its days (`rules/dates/build.py`);
link       a metric meets its period, its indicator and the level a change is of (`link/`);
build      facts (`schema/`), sorted by start.

For `explain()` (`keep_dropped=True`), every candidate any stage makes lives in
`Document.candidates` with its `status` and the `stage` that decided it, so it is complete by
construction. `extract()` (`keep_dropped=False`) keeps only what may still become a fact: a
vetoed match is let go in `propose`, an overlap loser after `resolve`, each metric candidate once
its fact is built (a chunk at a time), and `Document.dropped` counts them; so its memory follows
the facts, not the matches (issue 12 item 7; `benchmarks/hostile_memory.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..normalization.textmap import normalize
from ..rules import dates, metrics, projects
from ..rules.drafts import ProjectDraft
from ..rules.pipeline import AnyFact, KindPipeline
from ..rules.projects.build import coordinated_names, repeated_mentions
from ..rules.ruleset import Candidate, Context, RuleSet
from ..schema.facts import KINDS, DateFact, compact
from .annotate import annotate_metrics
from .link import link_metrics
from .long_text import is_long, release_freed_memory
from .overlap import resolve

PIPELINES: dict[str, KindPipeline] = {
    p.kind: p for p in (metrics.PIPELINE, dates.PIPELINE, projects.PIPELINE)
}


@dataclass
class Document:
    """One text on its way through the stages: what every stage reads and adds to."""

    ctx: Context
    pipelines: list[KindPipeline]
    rule_sets: list[RuleSet]
    candidates: list[Candidate] = field(default_factory=list)
    kept: list[Candidate] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    facts: list[AnyFact] = field(default_factory=list)
    # False (extract): a candidate is let go as soon as it is dropped (a vetoed match at once,
    # an overlap loser after `resolve`), and only counted in `dropped`, so memory follows the
    # facts, not the matches (issue 12 item 7: '“计划”' * 2_000_000 made 2 M vetoed candidates)
    keep_dropped: bool = True
    dropped: int = 0  # candidates let go without being kept (keep_dropped=False only)
    helpers: set[str] = field(default_factory=set)  # kinds run for another's sake, not output
    long_text: bool = False  # memory before CPU (`long_text.py`)

    @property
    def kinds(self) -> set[str]:
        return {p.kind for p in self.pipelines}

    def kept_of(self, kind: str) -> list[Candidate]:
        return [c for c in self.kept if c.kind == kind and c.status == "kept"]


def check_reference_date(value: object) -> dt.date | None:
    """None, a date, a datetime (its day) or an ISO string; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"reference_date {value!r} is not an ISO date (YYYY-MM-DD)") from exc
    raise TypeError(f"reference_date must be a date or an ISO string, not {type(value).__name__}")


def select_pipelines(kinds: Iterable[str] | None) -> list[KindPipeline]:
    if kinds is None:
        return list(PIPELINES.values())
    if isinstance(kinds, str):
        kinds = [kinds]
    wanted = list(kinds)
    unknown = [k for k in wanted if k not in PIPELINES]
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown}; choose from {list(KINDS)}")
    return [PIPELINES[k] for k in wanted]


def check_rule_sets(rules: Sequence[RuleSet]) -> None:
    for rs in rules:
        if not isinstance(rs, RuleSet):
            raise TypeError(f"rules must be RuleSet objects, not {type(rs).__name__}")
        if rs.kind not in PIPELINES:
            raise ValueError(f"rule set {rs!r} is of unknown kind; choose from {list(KINDS)}")


# --- the stages ---------------------------------------------------------------------------------
def normalize_stage(raw: str, reference_date: object, pipelines: list[KindPipeline],
                    rules: Sequence[RuleSet]) -> Document:
    """The text map and the context; the reference date from the argument, else a dateline."""
    tm = normalize(raw)
    ref = check_reference_date(reference_date)
    if ref is not None:
        ctx = Context(tm, ref, "argument")
    else:
        dateline = dates.find_dateline(tm)
        ctx = Context(tm, dateline, "dateline" if dateline else "none")
    chosen = {p.kind for p in pipelines}
    # the caller's rule sets come first, so that on a tie (same span, same priority) theirs win
    rule_sets = [rs for rs in rules if rs.kind in chosen] + [p.rules for p in pipelines]
    helpers = set()
    if "metric" in chosen and "date" not in chosen:
        # a metric's period comes from the dates: they are found whether or not they are asked
        # for, so a metric is the same with kinds=["metric"] as with every kind
        helpers.add("date")
        rule_sets.append(PIPELINES["date"].rules)
    return Document(ctx, pipelines, rule_sets, helpers=helpers)


def propose(doc: Document) -> None:
    """Every rule's candidates, in rule-set order then text order."""
    if not doc.ctx.tm.text.strip():
        return
    keep, ctx = doc.keep_dropped, doc.ctx
    if keep:
        doc.candidates = [c for rs in doc.rule_sets for r in rs
                          for c in r.run(ctx, keep_vetoed=True)]
        return
    live = doc.candidates = []
    append, dropped = live.append, 0
    for rs in doc.rule_sets:  # (loops, not a generator over the runs: one resumption less a match)
        for r in rs:
            for c in r.run(ctx, keep_vetoed=False):  # a vetoed match dies here
                if c.status == "kept":
                    append(c)
                else:
                    dropped += 1
    doc.dropped += dropped


def expand(doc: Document) -> None:
    """Other mentions of the project names found (and of names coordinated with them)."""
    if "project" not in doc.kinds:
        return
    # the names of the candidates that would survive among projects (resolve is pure: this
    # is a preview, the real resolution comes after expansion)
    found = resolve([c for c in doc.candidates if c.kind == "project"], reasons=False).kept
    names: dict[str, str | None] = {}
    for c in found:
        name, category = _name_and_category(c)
        if len(name) >= projects.build.MIN_REPEATED:
            names[name] = category
    names.update(coordinated_names(names, doc.ctx.tm.text))
    for c in repeated_mentions(names, found, doc.ctx):
        c.stage = "expand"
        doc.candidates.append(c)


def _name_and_category(c: Candidate) -> tuple[str, str | None]:
    """`(draft["name"], draft.get("category"))`, read from a `ProjectDraft`'s attributes (both
    are always in its mapping view) without the view's lookups."""
    d = c.draft
    if type(d) is ProjectDraft:
        return d.name, d.category
    return d["name"], d.get("category")


def resolve_stage(doc: Document) -> None:
    """Overlap resolution; the losers' status says why, their stage says 'resolve'."""
    result = resolve(doc.candidates, reasons=doc.keep_dropped)
    doc.kept = result.kept
    if not doc.keep_dropped:  # issue 7: candidates and facts of a long text never all alive
        doc.dropped += len(result.dropped)
        doc.candidates = []
        return
    for c in doc.candidates:
        reason = result.dropped.get(id(c))
        if reason is not None:
            c.drop(reason, "resolve")


def annotate(doc: Document) -> None:
    """Metric labels, modality and direction; dates resolved to days (needed by `link`)."""
    annotate_metrics(doc.kept_of("metric"), doc.ctx)
    if "date" in doc.kinds or "date" in doc.helpers:
        cands = doc.kept_of("date")
        made = PIPELINES["date"].build(cands, doc.ctx)
        doc.dates = [f for f in _compacted(doc, made) if isinstance(f, DateFact)]
        _mark_dropped(cands, "annotate")
        if not doc.keep_dropped:
            doc.dropped += sum(c.status != "kept" for c in cands)


def link(doc: Document) -> None:
    """Each metric's period, indicator and the level a change is of."""
    link_metrics(doc.kept_of("metric"), doc.dates, doc.ctx)


def build(doc: Document) -> None:
    """The facts of every selected kind, sorted by start (dates were built in `annotate`)."""
    facts: list[AnyFact] = list(doc.dates) if "date" in doc.kinds else []
    by_kind = {p.kind: doc.kept_of(p.kind) for p in doc.pipelines if p.kind != "date"}
    if not doc.keep_dropped:  # extract: each candidate is let go once its fact is made
        doc.kept = []
    for p in doc.pipelines:
        if p.kind == "date":
            continue
        cands = by_kind.pop(p.kind)
        if p.kind in PER_CANDIDATE and not doc.keep_dropped:
            facts.extend(_build_in_chunks(p, cands, doc))
            continue
        facts.extend(_compacted(doc, p.build(cands, doc.ctx)))
        _mark_dropped(cands, "build")
        if not doc.keep_dropped:
            doc.dropped += sum(c.status != "kept" for c in cands)
    facts.sort(key=_START_END)
    doc.facts = facts


_START_END = attrgetter("start", "end")  # the sort key (f.start, f.end), without a lambda call

# Kinds whose `build` makes each fact from its candidate alone (projects read all their names
# at once), so that extract can build them a chunk at a time and let each chunk go: a fact and
# its candidate are never both alive for a whole long text.
PER_CANDIDATE = frozenset({"metric"})
_CHUNK = 4096


def _build_in_chunks(p: KindPipeline, cands: list[Candidate], doc: Document) -> list[AnyFact]:
    facts: list[AnyFact] = []
    cands.reverse()  # popped from the end, in text order
    while cands:
        chunk = [cands.pop() for _ in range(min(_CHUNK, len(cands)))]
        made = _compacted(doc, p.build(chunk, doc.ctx))
        doc.dropped += len(chunk) - len(made)
        facts.extend(made)
    return facts


def _compacted(doc: Document, facts: Sequence[AnyFact]) -> Sequence[AnyFact]:
    """The facts, each in its compact form if the text is long (`long_text.py`)."""
    if doc.long_text:
        for f in facts:
            compact(f)
    return facts


def _mark_dropped(cands: list[Candidate], stage: str) -> None:
    for c in cands:
        if c.status != "kept" and c.stage in ("propose", "expand"):
            c.stage = stage


STAGES: tuple[tuple[str, Callable[[Document], None] | None], ...] = (
    ("normalize", None), ("propose", propose), ("expand", expand), ("resolve", resolve_stage),
    ("annotate", annotate), ("link", link), ("build", build),
)


def run(
    raw: str,
    reference_date: object = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
    keep_dropped: bool = True,
) -> Document:
    """The document after every stage (`raw` already checked to be a str of allowed length)."""
    pipelines = select_pipelines(kinds)
    check_rule_sets(rules)
    doc = normalize_stage(raw, reference_date, pipelines, rules)
    doc.keep_dropped = keep_dropped
    doc.long_text = is_long(raw)
    for _, stage in STAGES:
        if stage is not None:
            if doc.long_text:  # what the last stage let go, before this one allocates more
                release_freed_memory()
            stage(doc)
    if doc.long_text:
        release_freed_memory()
    return doc
