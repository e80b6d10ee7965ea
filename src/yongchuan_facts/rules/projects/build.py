"""Project facts from surviving candidates: every mention of a found name, and its canonical.

    >>> from yongchuan_facts import extract
    >>> [(f.name, f.canonical) for f in extract("参加智博会。“永企惠”平台。永企惠服务").projects]
    [('智博会', '中国国际智能产业博览会'), ('永企惠', None), ('永企惠', None)]

FACTS.md: every mention is a fact. A name found once by a rule (“永企惠”平台) is a name at its
other mentions too (`永企惠服务企业`), where no rule sees it; `repeated_mention` finds them.
Aliases: a name's `canonical` comes from an abbreviation given right after a full name in the
same text (`中国国际智能产业博览会（简称“智博会”）`) or from the small `ALIASES` table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick
import regex

from ...schema.facts import ProjectFact, make_fact
from ..drafts import AnyDraft, ProjectDraft
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context
from .lexicon import ALIASES
from .rules import could_be_name

MIN_REPEATED = 3  # shorter names (声谷) are too ambiguous to look for everywhere
# an abbreviation given right after a full name: （简称“智博会”）, (以下简称智博会), （智博会）
# two quoted texts side by side or joined by a conjunction: ‘永企惠’与‘渝快办’, “A”“B”
_QUOTED_PAIR = regex.compile(
    r"[“‘\"](?P<a>[^“”‘’\"\n]{2,16})[”’\"](?:与|和|及|、)?[“‘\"](?P<b>[^“”‘’\"\n]{2,16})[”’\"]"
)
# not part of a name (FACTS.md): quote and book-title marks (《深化"泸内荣永"协同发展…》), and
# layout spaces the normalizer keeps next to Latin letters (首个 L4级, 平安永川 APP)
_NOT_IN_NAME = regex.compile(r"[“”\"‘’《》]|(?<=\p{Han})\s+|\s+(?=\p{Han})")
_OPEN_BRACKETS = ("（", "(")  # what ALIAS_AFTER starts with
ALIAS_AFTER = regex.compile(
    r"[（(](?:以下)?(?:简称|下称|简称为)?[“\"]?(?P<abbr>\p{Han}[\p{Han}A-Za-z0-9]{1,9})[”\"]?[）)]"
)


def build_projects(cands: list[Candidate], ctx: Context) -> list[ProjectFact]:
    """One fact per candidate, with canonicals. The other mentions of their names are found
    by `repeated_mentions`, which the engine calls before overlaps are resolved (expand stage)."""
    drafts = [_fields(c.draft) for c in cands]
    names = {d["name"]: d.get("category") for d in drafts if len(d["name"]) >= MIN_REPEATED}
    in_text = aliases_in_text(cands, ctx)
    aliases = {**ALIASES, **in_text}
    facts = []
    for c, d in zip(cands, drafts, strict=True):
        name = d["name"]
        # letters and digits only (nearly every name): no mark or space to take out, no regex
        if not name.isalnum():
            name = _NOT_IN_NAME.sub("", name).strip()
        if not name:  # 《“”》: marks and nothing else
            c.drop("no name inside the marks")
            continue
        canonical = aliases.get(name)
        full = in_text.get(name)  # an abbreviation is of its full name's kind (智装会: event)
        category = names.get(full) if full else None
        draft = {**d, "name": name, "canonical": canonical if canonical != name else None,
                 "category": category or d["category"]}
        # the model's validator called directly (schema.facts.make_fact); dict(**, **) still
        # refuses a field given twice, as the keyword call did
        facts.append(make_fact(ProjectFact, dict(**fact_fields(c, ctx), **draft)))
    return facts


def _fields(draft: AnyDraft) -> dict[str, Any]:
    """A draft's mapping view as a dict (`dict(draft)`), read straight off a plain project draft:
    the view looks each key up through the dataclass's field names (issue 11)."""
    if type(draft) is ProjectDraft and not draft.extra:
        fields: dict[str, Any] = {"name": draft.name, "category": draft.category}
        if draft.canonical is not None:  # an unset optional field is left out of the view
            fields["canonical"] = draft.canonical
        return fields
    return dict(draft)


def coordinated_names(names: dict[str, str | None], text: str) -> dict[str, str | None]:
    """Quoted texts coordinated with a found name are names too (‘永企惠’与‘渝快办’)."""
    found: dict[str, str | None] = {}
    if not names:  # nothing to be coordinated with: no scan of the text
        return found
    pairs = [(m["a"], m["b"]) for m in _QUOTED_PAIR.finditer(text, overlapped=True)]
    # through a whole run (“昆明宣言”“昆蒙框架”“昆明基金”: the first is coordinated with the third
    # through the second): each round adds a name or ends, so at most one round a pair
    added = True
    while added:
        added = False
        for a, b in pairs:
            for known, other in ((a, b), (b, a)):
                if other in names or other in found or not (known in names or known in found):
                    continue
                if could_be_name(other):
                    found[other] = found[known] if known in found else names[known]
                    added = True
    return found


def repeated_mentions(
    names: dict[str, str | None], cands: list[Candidate], ctx: Context
) -> list[Candidate]:
    """Other mentions of the names found, where they overlap no project already but one they
    hold whole (海南自由贸易港建设总体方案 over its 海南自由贸易港: the longer wins overlaps)."""
    if not names:
        return []
    # one Aho-Corasick automaton over every name: one pass over the text whatever the number of
    # names (a per-name scan or an alternation cost characters × names on a long text, issue 11)
    automaton = names_automaton(names)
    taken = sorted((c.norm_start, c.norm_end) for c in cands)
    found: list[Candidate] = []
    k = 0
    for s, e, name in leftmost_longest(automaton, ctx.tm.text):
        # matches come left to right, so one pointer finds any overlap in O(1) amortized
        while k < len(taken) and taken[k][1] <= s:  # ends before this match: never again
            k += 1
        if k < len(taken) and taken[k][0] < e and not _holds_all(taken, k, s, e):
            continue
        if _COUNTED.search(ctx.tm.text, max(0, s - 8), s):
            continue  # 已建成6个沙戈荒大基地: a kind counted, not the one named
        if name[-1] == "法" and ctx.tm.text[e : e + 1] in _LAW_WORD_TAILS:
            continue  # 海南自由贸易港法|规制定权: 法规 (regulations), not the law
        start, end = ctx.tm.raw_span(s, e)
        draft = ProjectDraft(name=name, category=names[name])
        found.append(Candidate("project", "repeated_mention", s, e, start, end, draft))
    return found


# What makes the 法 ending a law's name the start of another word (法规, 法律, 法治, 法院)
_LAW_WORD_TAILS = frozenset("规律治院官典制")


# A count right before a mention (6个沙戈荒大基地, 布局39个自治区专科区域医疗中心): the name is
# a kind there (REVIEW: counted categories are no projects)
_COUNTED = regex.compile(r"(?:\d|[一二两三四五六七八九十百千万])[多余]?[个家座所处项批条]$")


def _holds_all(taken: list[tuple[int, int]], k: int, s: int, e: int) -> bool:
    """Whether [s, e) holds every span of `taken` (sorted) from index `k` that starts before
    `e`, and is longer than each."""
    j = k
    while j < len(taken) and taken[j][0] < e:
        a, b = taken[j]
        if a < s or b > e or (a, b) == (s, e):
            return False
        j += 1
    return True


def names_automaton(names: Iterable[str]) -> ahocorasick.Automaton:
    """The names reversed, for `leftmost_longest`: the automaton reads the text backwards, since
    its scan costs about a nanosecond a character for each letter that starts a key, and names
    end in fewer letters (their heads: 心, 园, 区 …) than they start with."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name[::-1], name)
    automaton.make_automaton()
    return automaton


def leftmost_longest(
    automaton: ahocorasick.Automaton, text: str
) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of the names of `names_automaton`, left to right, the longest
    name at each start (as a regex alternation of the names, longest first, would give)."""
    best: dict[int, str] = {}
    last = len(text) - 1  # a reversed match ending at i starts its name at last - i
    for end_index, name in automaton.iter(text[::-1]):
        start = last - end_index
        if len(name) > len(best.get(start, "")):
            best[start] = name
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for start in sorted(best):
        if start >= last_end:
            name = best[start]
            out.append((start, start + len(name), name))
            last_end = start + len(name)
    return out


def aliases_in_text(cands: list[Candidate], ctx: Context) -> dict[str, str]:
    """Abbreviation → full name, for a full name followed by its abbreviation in brackets."""
    text = ctx.tm.text
    found = {}
    for c in cands:
        # an alias opens a bracket: one letter compared instead of a regex call per candidate
        opens = text.startswith(_OPEN_BRACKETS, c.norm_end)
        m = ALIAS_AFTER.match(text, c.norm_end) if opens else None
        if m is not None and m["abbr"] != c.draft["name"]:
            found[m["abbr"]] = c.draft["name"]
    return found
