"""The audit report in a real headless Chromium: spans, filters, sorting, click to reach a span.

The facts change as the extractors grow, so the assertions are invariants: as many highlighted
spans as facts, a filter shows exactly the facts it selects, a click brings the span into view.
"""

from __future__ import annotations

from typing import Any

import pytest

from seedfiles import extract_seeds
from yongchuan_facts import FactSet
from yongchuan_facts.outputs.html import label_of
from yongchuan_facts.outputs.report import write_report

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def factsets() -> list[FactSet]:
    return extract_seeds()


@pytest.fixture(scope="module")
def report_url(factsets: list[FactSet], tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(factsets, path)
    return path.as_uri()


@pytest.fixture
def page(browser: Any, report_url: str) -> Any:
    """The report freshly loaded (no filter, no sort, nothing clicked)."""
    browser.get(report_url)
    return browser


def visible_rows(page: Any) -> list[dict[str, str]]:
    return page.execute_script(
        "return Array.from(document.querySelectorAll('#fact-table tbody tr'))"
        ".filter(r => !r.hidden && r.offsetParent !== null)"
        ".map(r => ({kind: r.dataset.kind, label: r.dataset.label, value: r.dataset.value,"
        " target: r.dataset.target}))")


def test_every_fact_is_one_highlighted_span_and_one_row(
    page: Any, factsets: list[FactSet]
) -> None:
    total = sum(len(fs) for fs in factsets)
    assert total > 0
    assert len(page.find_elements("css selector", "mark[data-fact-id]")) == total
    assert len(visible_rows(page)) == total
    unreachable = page.execute_script(
        "return Array.from(document.querySelectorAll('#fact-table tbody tr'))"
        ".filter(r => !document.getElementById(r.dataset.target)).length")
    assert unreachable == 0


def test_nothing_is_fetched_and_nothing_fails(page: Any) -> None:
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0
    severe = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_filtering_by_kind_hides_the_other_kinds(page: Any, factsets: list[FactSet]) -> None:
    from selenium.webdriver.support.ui import Select

    for kind in ("date", "metric"):
        Select(page.find_element("id", "kind-filter")).select_by_value(kind)
        rows = visible_rows(page)
        expected = sum(f.kind == kind for fs in factsets for f in fs)
        assert len(rows) == expected
        assert {r["kind"] for r in rows} <= {kind}
        lit = page.execute_script(
            "return Array.from(document.querySelectorAll('mark.fact:not(.muted)'))"
            ".map(m => m.dataset.kind)")
        assert set(lit) <= {kind}
        assert f"{expected} of" in page.find_element("id", "shown-count").text


def test_filtering_by_label(page: Any, factsets: list[FactSet]) -> None:
    from selenium.webdriver.support.ui import Select

    labels = Select(page.find_element("id", "label-filter"))
    value = next(o.get_attribute("value") for o in labels.options if o.get_attribute("value"))
    kind, label = value.split(":", 1)
    labels.select_by_value(value)
    rows = visible_rows(page)
    assert len(rows) == sum(f.kind == kind and label_of(f) == label for fs in factsets for f in fs)
    assert {(r["kind"], r["label"]) for r in rows} == {(kind, label)}


def test_sorting_by_value(page: Any) -> None:
    header = page.find_element("css selector", "th[data-sort='value']")
    header.click()
    values = [r["value"] for r in visible_rows(page)]
    numbers = [float(v) for v in values if v]
    assert numbers == sorted(numbers)
    assert values[: len(numbers)] == [v for v in values if v]  # facts without a value last
    header.click()
    numbers = [float(r["value"]) for r in visible_rows(page) if r["value"]]
    assert numbers == sorted(numbers, reverse=True)
    assert header.get_attribute("aria-sort") == "descending"


def in_view(page: Any, element: Any) -> bool:
    """Whether the element is inside both the window and the scrolling pane that holds it."""
    return page.execute_script(
        """const r = arguments[0].getBoundingClientRect();
           const pane = document.getElementById('docs').getBoundingClientRect();
           return r.height > 0 && r.top >= Math.max(0, pane.top) &&
                  r.bottom <= Math.min(window.innerHeight, pane.bottom);""", element)


def scroll_away_from(page: Any, element: Any) -> None:
    """Scroll the documents pane to the end farther from the element."""
    page.execute_script(
        """const docs = document.getElementById('docs');
           const y = arguments[0].getBoundingClientRect().top
                     - docs.getBoundingClientRect().top + docs.scrollTop;
           docs.scrollTop = y > docs.scrollHeight / 2 ? 0 : docs.scrollHeight;""", element)


def test_clicking_a_row_scrolls_to_and_flashes_its_span(page: Any) -> None:
    rows = page.find_elements("css selector", "#fact-table tbody tr")
    for row in (rows[-1], rows[len(rows) // 2], rows[0]):  # far away, middle, back to the top
        mark = page.find_element("id", row.get_attribute("data-target"))
        scroll_away_from(page, mark)
        assert not in_view(page, mark)
        # as a person would: bring the row out from under the sticky header, then click it
        page.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
        row.click()
        assert in_view(page, mark)
        classes = mark.get_attribute("class").split()
        assert "flash" in classes
        assert "current" in classes
        assert "current" in row.get_attribute("class").split()


def test_clicking_a_span_selects_its_row(page: Any) -> None:
    marks = page.find_elements("css selector", "mark[data-fact-id]")
    # a mark on one line: one wrapped over two has its middle between the lines, on the text
    mark = next(m for m in marks[len(marks) // 3 :] if page.execute_script(
        "arguments[0].scrollIntoView({block: 'center'});"
        "return arguments[0].getClientRects().length === 1", m))
    mark.click()
    target = page.execute_script(
        "return document.querySelector('#fact-table tbody tr.current').dataset.target")
    clicked = page.execute_script(
        "const el = document.elementFromPoint(...(r => [r.left + 1, r.top + r.height / 2])"
        "(arguments[0].getBoundingClientRect())).closest('mark.fact');"
        "return el.dataset.factId || el.dataset.factPart", mark)
    assert target == clicked  # the innermost fact under the pointer
