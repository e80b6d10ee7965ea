"""Project facts from surviving candidates: every mention of a found name, and its canonical.

    >>> [(f.name, f.canonical) for f in extract("参加智博会。“永企惠”平台。永企惠服务").projects]
    [('智博会', '中国国际智能产业博览会'), ('永企惠', None), ('永企惠', None)]

FACTS.md: every mention is a fact. A name found once by a rule (“永企惠”平台) is a name at its
other mentions too (`永企惠服务企业`), where no rule sees it; `repeated_mention` finds them.
Aliases: a name's `canonical` comes from an abbreviation given right after a full name in the
same text (`中国国际智能产业博览会（简称“智博会”）`) or from the small `ALIASES` table.
"""

from __future__ import annotations

import regex

from ...schema.facts import ProjectFact
from ..patterns import one_of
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context
from .lexicon import ALIASES

MIN_REPEATED = 3  # shorter names (声谷) are too ambiguous to look for everywhere
# an abbreviation given right after a full name: （简称“智博会”）, (以下简称智博会), （智博会）
ALIAS_AFTER = regex.compile(
    r"[（(](?:以下)?(?:简称|下称|简称为)?[“\"]?(?P<abbr>\p{Han}[\p{Han}A-Za-z0-9]{1,9})[”\"]?[）)]"
)


def build_projects(cands: list[Candidate], ctx: Context) -> list[ProjectFact]:
    """One fact per candidate, plus every other mention of their names, with canonicals."""
    mentions = cands + repeated_mentions(cands, ctx)
    aliases = {**ALIASES, **aliases_in_text(cands, ctx)}
    facts = []
    for c in mentions:
        canonical = aliases.get(c.draft["name"])
        draft = {**c.draft, "canonical": canonical if canonical != c.draft["name"] else None}
        facts.append(ProjectFact(**fact_fields(c, ctx), **draft))
    return facts


def repeated_mentions(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Other mentions of the names the rules found, where they overlap no project already."""
    names = {c.draft["name"]: c.draft for c in cands if len(c.draft["name"]) >= MIN_REPEATED}
    if not names:
        return []
    taken = sorted((c.norm_start, c.norm_end) for c in cands)
    found: list[Candidate] = []
    for m in regex.finditer(one_of(names), ctx.tm.text):
        s, e = m.span()
        if any(ts < e and s < te for ts, te in taken):
            continue
        start, end = ctx.tm.raw_span(s, e)
        draft = {"name": m.group(), "category": names[m.group()].get("category")}
        found.append(Candidate("project", "repeated_mention", s, e, start, end, draft))
        taken.append((s, e))
    return found


def aliases_in_text(cands: list[Candidate], ctx: Context) -> dict[str, str]:
    """Abbreviation → full name, for a full name followed by its abbreviation in brackets."""
    text = ctx.tm.text
    found = {}
    for c in cands:
        m = ALIAS_AFTER.match(text, c.norm_end)
        if m is not None and m["abbr"] != c.draft["name"]:
            found[m["abbr"]] = c.draft["name"]
    return found
