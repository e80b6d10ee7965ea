"""Properties of project extraction: planted names are found whole, through OCR layout."""

from __future__ import annotations

import pytest
from hypothesis import given

from yongchuan_facts import extract
from yongchuan_facts.strategies import ocr_text
from yongchuan_facts.strategies.projects import PlantedProject, planted_project

pytestmark = pytest.mark.property


@given(planted_project())
def test_planted_name_is_found_whole(p: PlantedProject) -> None:
    projects = extract(p.raw, kinds=["project"]).projects
    spans = [(f.start, f.end) for f in projects]
    assert (p.start, p.end) in spans, (p.raw, [f.text for f in projects])
    found = next(f for f in projects if (f.start, f.end) == (p.start, p.end))
    assert found.name == p.name
    assert found.category == p.category


@given(planted_project(layout=False), ocr_text(max_size=20))
def test_a_prefix_shifts_the_planted_name(p: PlantedProject, prefix: str) -> None:
    """Text before the clause moves the name by its length and changes nothing else."""
    raw = prefix + "。\n" + p.raw
    shift = len(prefix) + 2
    projects = extract(raw, kinds=["project"]).projects
    assert (p.start + shift, p.end + shift) in [(f.start, f.end) for f in projects]


@given(ocr_text(max_size=120))
def test_names_are_clean_and_spans_exact(raw: str) -> None:
    for f in extract(raw, kinds=["project"]).projects:
        assert raw[f.start : f.end] == f.text
        assert f.name
        assert not any(ch.isspace() and ch != " " for ch in f.name)
        assert not any(mark in f.name for mark in "“”\"‘’《》")
