"""Table tests over the project lexicon: every head noun names a project, and only with a name."""

from __future__ import annotations

import typing

import pytest

from yongchuan_facts import extract
from yongchuan_facts.rules.projects.lexicon import (
    ALIASES,
    DESCRIPTORS,
    EVALUATIVE,
    GENERIC_MODIFIERS,
    HEAD_WORDS,
    LEFT_STOPS,
    NOT_PROJECTS,
    QUANTIFIERS,
)
from yongchuan_facts.schema.facts import Category

# 号线 takes the line's number, not a name's words (地铁2号线): tested in test_projects_heads.py
HEADS = sorted(h for h in HEAD_WORDS if h != "号线")


def _projects(text: str) -> list[tuple[str, str | None]]:
    return [(f.name, f.category) for f in extract(text, kinds=["project"]).projects]


@pytest.mark.parametrize("head", HEADS)
def test_every_head_names_a_project_with_its_category(head: str) -> None:
    """A specific owner and field before a head make a name: 渝西星河区块链基地."""
    name = f"渝西星河区块链{head}"
    assert (name, HEAD_WORDS[head]) in _projects(f"同时，加快建设{name}。")


@pytest.mark.parametrize("head", HEADS)
def test_no_head_is_a_project_without_a_name(head: str) -> None:
    """Alone, after a plural or after a generic word, a head is a common noun."""
    assert _projects(f"据了解，建成一批{head}。") == []
    assert _projects(f"依托创新{head}，") == []


@pytest.mark.parametrize("head", HEADS)
def test_a_number_before_a_head_stays_out_of_the_name(head: str) -> None:
    """千亿级 / 第3个 are metrics or ordinals, never the start of a name (overlap.py would drop
    them); a count (新建3个…) makes what it counts a kind, no name."""
    names = [n for n, _ in _projects(
        f"打造千亿级渝西区块链{head}，新建第3个渝西星河{head}，新建3个渝西云顶{head}。")]
    assert names == [f"渝西区块链{head}", f"渝西星河{head}"]


def test_categories_are_the_schema_categories() -> None:
    assert set(HEAD_WORDS.values()) <= set(typing.get_args(Category))


def test_boundary_tables_do_not_overlap_the_heads() -> None:
    """A word cannot both end a name's walk and be its head or a word inside it."""
    for table in (LEFT_STOPS, DESCRIPTORS, QUANTIFIERS, GENERIC_MODIFIERS):
        assert not set(table) & set(HEAD_WORDS)
    assert not LEFT_STOPS & GENERIC_MODIFIERS
    assert not LEFT_STOPS & DESCRIPTORS
    assert not QUANTIFIERS & (LEFT_STOPS | DESCRIPTORS)


def test_no_organisation_suffix_is_a_head() -> None:
    assert not [h for h in HEAD_WORDS if h.endswith(NOT_PROJECTS)]


def test_evaluative_words_are_not_name_words() -> None:
    assert not EVALUATIVE & GENERIC_MODIFIERS


def test_alias_targets_are_not_aliases_themselves() -> None:
    """One step from an alias to its canonical name: no chains, no cycles."""
    assert not set(ALIASES.values()) & set(ALIASES)


def test_lexicon_words_are_simplified_and_unspaced() -> None:
    """Rules match the normalized text, so a traditional or spaced word would never match."""
    from yongchuan_facts.normalization.textmap import normalize

    words = [*HEAD_WORDS, *LEFT_STOPS, *DESCRIPTORS, *GENERIC_MODIFIERS, *NOT_PROJECTS]
    assert [w for w in words if normalize(w).text != w] == []
