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

from ..rules.projects.lexicon import HEAD_WORDS
from . import filler, with_layout

# Owners and places: specific words, never a verb or a description (so the walk takes them).
PLACES = ["永川", "渝西", "两江", "仙桃", "璧山", "荣昌", "川南", "涪陵", "綦江", "西永", "礼嘉"]
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


@st.composite
def project_names(draw: st.DrawFn) -> tuple[str, str]:
    """(name, category): place, optional bracket, field and head (两江（重庆）区块链基地)."""
    head = draw(st.sampled_from(HEADS))
    name = draw(st.sampled_from(PLACES)) + draw(st.sampled_from(BRACKETED)) \
        + draw(st.sampled_from(FIELDS)) + head
    return name, HEAD_WORDS[head]


@st.composite
def planted_project(draw: st.DrawFn, layout: bool = True) -> PlantedProject:
    """A project name between filler clauses, with OCR layout drawn inside it if asked."""
    name, category = draw(project_names())
    body = draw(with_layout(name)) if layout else name
    before = draw(filler) + draw(st.sampled_from(["", "加快建设", "依托", "落地"]))
    after = draw(st.sampled_from(["。", "建设。", "，", "等项目。"])) + draw(filler)
    return PlantedProject(before + body + after, len(before), len(before) + len(body),
                          name, category)
