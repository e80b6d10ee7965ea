"""Each kind has a small negative corpus: real-looking sentences of the genre that must give no
fact of that kind (tests/negative/<kind>.txt, simplified and traditional). A rule that starts
firing on one of them is too loose, whatever the gold score says."""

from __future__ import annotations

import pathlib

import pytest

from yongchuan_facts import extract

NEGATIVE = pathlib.Path(__file__).parent / "negative"
KINDS = ("metric", "date", "project")


def _lines(kind: str) -> list[str]:
    text = (NEGATIVE / f"{kind}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


CASES = [(kind, line) for kind in KINDS for line in _lines(kind)]


@pytest.mark.parametrize(("kind", "line"), CASES, ids=[f"{k}-{i}" for i, (k, _) in
                                                       enumerate(CASES)])
def test_a_negative_line_gives_no_fact_of_its_kind(kind: str, line: str) -> None:
    found = extract(line, reference_date="2026-01-27", kinds=[kind])
    assert [f.text for f in found] == []


def test_every_kind_has_a_negative_corpus_in_both_scripts() -> None:
    for kind in KINDS:
        lines = _lines(kind)
        assert len(lines) >= 5
        assert any(ch in "".join(lines) for ch in "國區屆黨來務")  # a traditional line too
