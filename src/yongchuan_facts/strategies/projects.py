"""Hypothesis strategies for named projects: names built the way the news builds them.

    from yongchuan_facts.strategies.projects import planted_project

    @given(planted_project())
    def test_found_whole(p): ...   # p.raw, p.start, p.end, p.name, p.category

A name is a place or owner, a field, and a head noun (`渝西` + `大数据` + `中心`), sometimes with
a bracketed place (`西部（重庆）科学城`) or a `·` brand (`重庆云谷·永川大数据产业园`). It is planted
between filler clauses with OCR layout (line breaks, stray spaces) between its characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from ..rules.projects.lexicon import HEAD_WORDS, HEADS_AS_VERBS, STRICT_HEADS
from . import filler, with_layout

# Owners and places: specific words, never a verb or a description (so the walk takes them).
# Places the library can know: the gazetteer's divisions down to the county (rules/projects/
# places.txt) or words jieba tags as places. Town-level names (西永, 礼嘉) are in neither, so a
# strict head such as 园区 after one alone is not taken as a name (a known limit).
PLACES = ["永川", "渝西", "两江", "仙桃", "璧山", "荣昌", "川南", "涪陵", "綦江", "江津", "合川"]
# Fields of activity; with a place before them a name is never generic.
FIELDS = [
    "大数据", "智能制造", "数字文创", "自动驾驶开放测试", "软件与信息服务外包", "工业互联网",
    "区块链", "人工智能创新", "智能网联汽车", "数字内容", "云计算", "新材料",
]
BRACKETED = ["", "（重庆）", "(永川)"]
# Heads planted after a field: every head of the lexicon but the abbreviations of phases and
# 号线, which follows a line's number, not a name's words.
HEADS = sorted(h for h in HEAD_WORDS if h not in ("二期", "三期", "号线"))


@dataclass(frozen=True)
class PlantedProject:
    """A raw text with one project name planted at raw[start:end]."""

    raw: str
    start: int
    end: int
    name: str  # the name as it was planted, with no layout
    category: str


def _head_is_last(field: str, head: str) -> bool:
    """No other head starts inside the field and runs into this one: 大数据 + 港区 reads
    大数据港 + 区 (数据港 is a head of its own), which no writer means by 港区."""
    words = field + head
    if "与" in field and head in STRICT_HEADS:
        return False  # 园区 needs its place beside the words it names; 与 cuts the walk before
    return not any(other in words and words.index(other) < len(field)
                   for other in HEAD_WORDS if other != head)


@st.composite
def project_names(draw: st.DrawFn) -> tuple[str, str]:
    """(name, category): place, optional bracket, field and head (两江（重庆）区块链基地)."""
    field = draw(st.sampled_from(FIELDS))
    head = draw(st.sampled_from([h for h in HEADS if _head_is_last(field, h)]))
    name = draw(st.sampled_from(PLACES)) + draw(st.sampled_from(BRACKETED)) + field + head
    return name, HEAD_WORDS[head]


@st.composite
def planted_project(draw: st.DrawFn, layout: bool = True) -> PlantedProject:
    """A project name between filler clauses, with OCR layout drawn inside it if asked."""
    name, category = draw(project_names())
    body = draw(with_layout(name)) if layout else name
    before = draw(filler) + draw(st.sampled_from(["", "加快建设", "依托", "落地"]))
    # (not a word that makes the head a verb: 永川…规划|建设 reads "plans and builds")
    verb_makers = next((w for h, w in HEADS_AS_VERBS.items() if name.endswith(h)), ())
    afters = [a for a in ("。", "建设。", "，", "等项目。") if not a.startswith(verb_makers)]
    after = draw(st.sampled_from(afters)) + draw(filler)
    return PlantedProject(before + body + after, len(before), len(before) + len(body),
                          name, category)
