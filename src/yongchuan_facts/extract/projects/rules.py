"""Project span rules: book titles 《…》, quoted names and head-noun names."""

from __future__ import annotations

import regex

from ...schema.facts import ProjectFact
from ..pipeline import fact_fields
from ..ruleset import Candidate, Context, Draft, RuleSet

rules = RuleSet("project")


@rules.rule(
    r"《(?P<name>[^《》\n]{2,60})》",
    examples={"印发《重庆市新型基础设施建设行动方案》": "《重庆市新型基础设施建设行动方案》"},
    counterexamples=["《》"],
)
def book_title(m: regex.Match[str], ctx: Context) -> Draft:
    """《<title>》 → a policy document     《…行动方案》"""
    return {"name": m["name"], "category": "policy"}


def build_projects(cands: list[Candidate], ctx: Context) -> list[ProjectFact]:
    return [ProjectFact(**fact_fields(c, ctx), **c.draft) for c in cands]
