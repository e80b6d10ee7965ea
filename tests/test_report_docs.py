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


def test_audit_page_shows_the_screenshot() -> None:
    page = (DOCS / "audit.md").read_text(encoding="utf-8")
    assert "](audit-report.png)" in page
    png = (DOCS / "audit-report.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width >= 1000
    assert height >= 600
