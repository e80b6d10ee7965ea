"""Regenerate the screenshots in docs/: the audit report of the five seeds, and the notebook
view of a seed (a FactSet's `_repr_html_`) on a light and on a dark notebook theme.

    .venv/bin/python docs/make_screenshot.py [--out docs/audit-report.png] [--keep report.html]
                                             [--notebook-dir docs]

Needs Debian's `chromium` and `chromium-driver` (as .ci/run installs them) and, for the
Chinese text to show as text rather than boxes, a CJK font (`apt-get install fonts-noto-cjk`).
The audit picture shows a real state: the table sorted by value, a metric row clicked and its
span highlighted in the text. The notebook pictures (`notebook-light.png`, `notebook-dark.png`)
show the view as a notebook's output cell shows it, with the system's preferred colour scheme
set to match the theme, as JupyterLab's and VS Code's automatic themes follow it.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from yongchuan_facts import extract
from yongchuan_facts.outputs.report import write_report

REPO = pathlib.Path(__file__).resolve().parent.parent
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--window-size=1400,860", "--hide-scrollbars")


def seed_report(path: pathlib.Path) -> None:
    factsets = []
    for gold in sorted((REPO / "fixtures" / "gold").glob("*.jsonl")):
        head = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
        with open(REPO / "fixtures" / "seeds" / head["doc"], encoding="utf-8", newline="") as fh:
            raw = fh.read()
        factsets.append(extract(raw, reference_date=head["reference_date"], doc=head["doc"]))
    write_report(factsets, path)


def browser(profile: str) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


# A notebook's page around one output cell: the theme's colours and an input prompt above it.
NOTEBOOK_THEMES = {
    "light": {"page": "#ffffff", "text": "#1f1f1f", "cell": "#f5f5f5", "prompt": "#307fc1"},
    "dark": {"page": "#111111", "text": "#d4d4d4", "cell": "#1e1e1e", "prompt": "#5aa9f0"},
}
NOTEBOOK_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body {{ background:{page}; color:{text}; font:14px/1.5 sans-serif; margin:18px 28px; }}
.input {{ background:{cell}; border-radius:4px; padding:8px 12px; font-family:monospace;
          margin-bottom:10px; }}
.prompt {{ color:{prompt}; font-family:monospace; margin-right:8px; }}
</style></head><body>
<div class="input"><span class="prompt">[1]:</span>facts = extract(text, reference_date=
"2020-06-23", doc=path.name)<br><span class="prompt">&nbsp;&nbsp;&nbsp;&nbsp;</span>facts</div>
<div class="output">{view}</div></body></html>"""


def notebook_pages(folder: pathlib.Path) -> dict[str, pathlib.Path]:
    """The notebook view of seed 004 on each theme's page."""
    name = "004_4093b89e4d5d4e75.txt"
    with open(REPO / "fixtures" / "seeds" / name, encoding="utf-8", newline="") as fh:
        facts = extract(fh.read(), reference_date="2020-06-23", doc=name)
    pages = {}
    for theme, colours in NOTEBOOK_THEMES.items():
        pages[theme] = folder / f"notebook-{theme}.html"
        pages[theme].write_text(NOTEBOOK_PAGE.format(view=facts._repr_html_(), **colours),
                                encoding="utf-8")
    return pages


def notebook_screenshots(pages: dict[str, pathlib.Path], folder: pathlib.Path) -> list[str]:
    profile = tempfile.mkdtemp(prefix="yf-chromium-")
    driver = browser(profile)
    written = []
    try:
        for theme, page in pages.items():
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                "features": [{"name": "prefers-color-scheme", "value": theme}]})
            driver.get(page.as_uri())
            out = folder / f"notebook-{theme}.png"
            driver.save_screenshot(str(out))
            written.append(str(out))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return written


def screenshot(report: pathlib.Path, out: pathlib.Path) -> None:
    profile = tempfile.mkdtemp(prefix="yf-chromium-")
    driver = browser(profile)
    try:
        driver.get(report.as_uri())
        driver.find_element("css selector", "th[data-sort='value']").click()  # ascending
        driver.find_element("css selector", "th[data-sort='value']").click()  # descending
        row = driver.find_element("css selector", "#fact-table tbody tr[data-kind='metric']")
        row.click()
        driver.execute_script("document.querySelector('#table-wrap').scrollTop = 0;"
                              "for (const m of document.querySelectorAll('.flash'))"
                              "  m.classList.remove('flash');")  # the steady look, mid-flash
        driver.save_screenshot(str(out))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=REPO / "docs" / "audit-report.png")
    parser.add_argument("--keep", type=pathlib.Path, help="also keep the report HTML here")
    parser.add_argument("--notebook-dir", type=pathlib.Path, default=REPO / "docs",
                        help="where notebook-light.png and notebook-dark.png go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = args.keep or pathlib.Path(tmp) / "report.html"
        seed_report(report)
        screenshot(report, args.out)
        written = notebook_screenshots(notebook_pages(pathlib.Path(tmp)), args.notebook_dir)
    print(f"wrote {args.out}, {', '.join(written)}")


if __name__ == "__main__":
    main()
