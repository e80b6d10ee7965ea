"""The notebook view (a FactSet's `_repr_html_`) in headless Chromium, on light and dark pages.

A notebook's output area has the notebook theme's colours; the view sets colours only where it
paints a fill (marks, badges, the table's sticky header). Every piece of text in it must then
read, by the WCAG contrast ratio (4.5:1 for text), whichever colour scheme the system prefers
and whichever theme the page has.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest

from seedfiles import SEEDS
from yongchuan_facts import extract

pytestmark = pytest.mark.browser

# Pages standing in for notebook themes: one that follows the system (as JupyterLab's and VS
# Code's automatic themes do), a fixed light one and a fixed dark one.
THEMES = {
    "system": ":root{color-scheme:light dark} body{background:Canvas;color:CanvasText}",
    "light": "body{background:#fff;color:#000}",
    "dark": "body{background:#1e1e1e;color:#d4d4d4}",
}

# For every element with its own text: the contrast ratio of its colour on the background
# behind it (the nearest element, itself included, that paints one).
CONTRASTS = """
const rgb = s => s.match(/[\\d.]+/g).map(Number);
const lum = ([r, g, b]) => {
  const f = c => (c /= 255) <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const behind = el => {
  for (; el; el = el.parentElement) {
    const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
const out = [];
for (const el of document.querySelectorAll('.yf-factset, .yf-factset *')) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.data.trim());
  if (!own) continue;
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(behind(el));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  out.push({tag: el.tagName, kind: el.dataset.kind || '', ratio: ratio,
            text: el.textContent.slice(0, 20)});
}
return out;
"""


@pytest.fixture(scope="module")
def view_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    seed = SEEDS[0]
    html = extract(seed.raw, reference_date=seed.reference_date, doc=seed.name)._repr_html_()
    folder = tmp_path_factory.mktemp("notebook-view")
    pages = {}
    for theme, css in THEMES.items():
        path = folder / f"{theme}.html"
        path.write_text(f"<!doctype html><meta charset='utf-8'><style>{css}</style>"
                        f"<body>{html}</body>", encoding="utf-8")
        pages[theme] = pathlib.Path(path).as_uri()
    return pages


@pytest.fixture(params=["light", "dark"])
def scheme(browser: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """The system's preferred colour scheme, as the browser reports it to the page."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": request.param}]})
    yield request.param
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_reads_on_every_theme(
    browser: Any, view_pages: dict[str, str], scheme: str, theme: str
) -> None:
    browser.get(view_pages[theme])
    assert browser.execute_script(
        "return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    checked = browser.execute_script(CONTRASTS)
    kinds = {c["kind"] for c in checked if c["tag"] == "MARK"}
    assert kinds == {"metric", "date", "project"}
    assert {c["tag"] for c in checked} >= {"MARK", "SPAN", "TH", "TD", "DIV", "B"}
    poor = [c for c in checked if c["ratio"] < 4.5]
    assert poor == [], poor[:5]


def _mark_colours(browser: Any) -> list[str]:
    return browser.execute_script(
        "const s = getComputedStyle(document.querySelector('mark.fact-metric'));"
        "return [s.backgroundColor, s.color];")


def test_marks_follow_the_preferred_scheme(browser: Any, view_pages: dict[str, str]) -> None:
    seen = {}
    for value in ("light", "dark"):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": value}]})
        browser.get(view_pages["system"])
        seen[value] = _mark_colours(browser)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert seen["light"] != seen["dark"]
    assert seen["light"][0] == "rgb(255, 224, 138)"  # the light fill, dark text on it


def test_the_text_is_shown_at_once_and_scrolls(browser: Any, view_pages: dict[str, str]) -> None:
    browser.get(view_pages["light"])
    box = browser.find_element("css selector", ".yf-text")
    assert box.is_displayed()
    assert browser.execute_script("return arguments[0].scrollHeight > arguments[0].clientHeight",
                                  box)  # a long seed: the box scrolls instead of growing
    assert browser.find_elements("css selector", ".yf-factset details") == []
