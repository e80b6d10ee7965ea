"""The docs of the outputs stay true: schema.md names every field, the screenshot is there."""

from __future__ import annotations

import pathlib

from yongchuan_facts import fact_json_schema

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


def test_schema_page_names_every_field_and_kind() -> None:
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    assert "](fact.schema.json)" in page
    for name, model in fact_json_schema()["$defs"].items():
        for field in model["properties"]:
            assert f"`{field}`" in page, (name, field)
        kind = model["properties"]["kind"]["const"]
        assert f'`kind: "{kind}"`' in page


def _enums(node: object) -> list[str]:
    """Every enum value under a JSON Schema node."""
    if isinstance(node, dict):
        return list(node.get("enum", [])) + [v for x in node.values() for v in _enums(x)]
    if isinstance(node, list):
        return [v for x in node for v in _enums(x)]
    return []


def test_schema_page_names_every_value_of_every_closed_field() -> None:
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    values = _enums(fact_json_schema())
    assert len(values) > 40  # qualifiers, 23 metric labels, granularities, categories …
    assert [v for v in values if f"`{v}`" not in page] == []


def test_schema_page_names_the_figure_table_columns() -> None:
    from yongchuan_facts.schema.factset import FIGURE_DTYPES

    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    assert "`FactSet.figures()`" in page
    assert "`FactSet.from_jsonl(" in page
    assert [c for c in FIGURE_DTYPES if f"`{c}`" not in page] == []


def test_audit_page_shows_the_screenshot() -> None:
    page = (DOCS / "audit.md").read_text(encoding="utf-8")
    assert "](audit-report.png)" in page
    png = (DOCS / "audit-report.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width >= 1000
    assert height >= 600
