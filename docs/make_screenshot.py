"""Regenerate docs/audit-report.png: the audit report of the five seeds in headless Chromium.

    .venv/bin/python docs/make_screenshot.py [--out docs/audit-report.png] [--keep report.html]

Needs Debian's `chromium` and `chromium-driver` (as .ci/run installs them) and, for the
Chinese text to show as text rather than boxes, a CJK font (`apt-get install fonts-noto-cjk`).
The picture shows a real state: the table sorted by value, a metric row clicked and its span
highlighted in the text.
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


def screenshot(report: pathlib.Path, out: pathlib.Path) -> None:
    profile = tempfile.mkdtemp(prefix="yf-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = args.keep or pathlib.Path(tmp) / "report.html"
        seed_report(report)
        screenshot(report, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
