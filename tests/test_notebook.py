"""docs/notebook.ipynb, executed in a real kernel (nbclient), and what it shows checked."""

from __future__ import annotations

import os
import pathlib
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from seedfiles import FIXTURES  # noqa: E402
from yongchuan_facts import extract  # noqa: E402

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def executed() -> Any:
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core's own paths, no warning
    nb = nbformat.read(DOCS / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(DOCS)}})
    client.execute()
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _output(cell: Any, mime: str) -> str:
    found = [o["data"][mime] for o in cell.outputs if mime in o.get("data", {})]
    assert found, f"no {mime} output in {cell.source[:60]!r}"
    return found[0]


def _printed(cell: Any) -> str:
    return "".join(o["text"] for o in cell.outputs if o["output_type"] == "stream"
                   and o["name"] == "stdout")


def test_no_cell_fails(executed: list[Any]) -> None:
    assert not [o for c in executed for o in c.outputs if o["output_type"] == "error"]


def test_the_factset_renders_as_the_library_renders_it(executed: list[Any]) -> None:
    facts = _seed_facts()
    html = _output(executed[0], "text/html")
    assert html == facts._repr_html_()
    assert html.count("data-fact-id=") == len(facts)
    assert "5250亿元" in html  # money as a reader writes it
    for column in ("qualifier", "indicator", "period", "name", "category"):
        assert f">{column}</th>" in html


def _seed_facts() -> Any:
    path = FIXTURES / "seeds" / "004_4093b89e4d5d4e75.txt"
    with open(path, encoding="utf-8", newline="") as fh:
        return extract(fh.read(), reference_date="2020-06-23", doc=path.name)


def test_metrics_show_their_indicator_and_period(executed: list[Any]) -> None:
    lines = [line.split(" | ") for line in _printed(executed[1]).splitlines()]
    expected = [(f.metric, str(f.indicator and f.indicator.replace("\n", "⏎")), str(f.period))
                for f in _seed_facts().metrics[:6]]
    assert [tuple(fields[3:]) for fields in lines] == expected
    table = _output(executed[2], "text/html")
    for column in ("qualifier", "indicator", "period_start", "period_end"):
        assert f"<th>{column}</th>" in table
    dtypes = _output(executed[3], "text/plain")
    assert "date32[day][pyarrow]" in dtypes
    assert "boolean" in dtypes


def test_saved_facts_load_back_equal(executed: list[Any]) -> None:
    assert _printed(executed[4]).strip().endswith("True")


def test_a_notebook_rule_runs_in_the_workers_with_a_progress_widget(executed: list[Any]) -> None:
    cell = executed[5]
    widget = "application/vnd.jupyter.widget-view+json"
    assert any(widget in o.get("data", {}) for o in cell.outputs)  # tqdm.auto: a widget
    assert "from 6 documents" in _printed(cell)
    table = _output(cell, "text/html")
    assert "第12届" in table
    assert "doc5" in table
