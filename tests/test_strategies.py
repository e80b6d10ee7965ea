"""`yongchuan_facts.strategies`: installable as its own extra; its docstrings say true things."""

from __future__ import annotations

import itertools
import os
import pathlib
import subprocess
import sys
import textwrap
import tomllib

from hypothesis import given
from hypothesis import strategies as st

import yongchuan_facts.strategies as strategies
from yongchuan_facts.strategies import Planted, han_layout, planted, with_layout

REPO = pathlib.Path(__file__).resolve().parent.parent
LAYOUT_CHARS = set(" \n\r\u3000")


def test_the_strategies_extra_brings_hypothesis() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = project["optional-dependencies"]["strategies"]
    assert any(req.startswith("hypothesis") for req in extra)
    assert not any(req.startswith("hypothesis") for req in project["dependencies"])


def test_without_hypothesis_the_import_names_the_extra() -> None:
    script = ("import sys; sys.modules['hypothesis'] = None\n"
              "import yongchuan_facts\n"  # the library itself needs no hypothesis
              "import yongchuan_facts.strategies")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env=os.environ)
    assert done.returncode != 0
    assert "pip install 'yongchuan-facts[strategies]'" in done.stderr


def _docstring_example() -> str:
    doc = strategies.__doc__ or ""
    start = doc.index("    from hypothesis import given")
    end = doc.index("\nWhat each strategy draws")
    return textwrap.dedent(doc[start:end])


def test_the_module_docstring_example_runs_and_passes() -> None:
    namespace: dict[str, object] = {}
    exec(compile(_docstring_example(), "strategies docstring", "exec"), namespace)
    test = namespace["test_edition_is_found_in_any_layout"]
    test()  # type: ignore[operator]


@given(st.data())
def test_with_layout_only_adds_layout(data: st.DataObject) -> None:
    surface = data.draw(st.sampled_from(["吞吐量120标准箱", "重庆云谷·永川大数据产业园",
                                         "2020年1季度"]))
    raw = data.draw(with_layout(surface))
    assert "".join(c for c in raw if c not in LAYOUT_CHARS) == surface
    for a, b in itertools.pairwise(surface):  # never inside an ASCII run
        if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
            assert a + b in raw
    han = data.draw(han_layout("营收139亿元"))
    assert "139" in han
    assert "".join(c for c in han if c not in LAYOUT_CHARS) == "营收139亿元"


@given(planted("第12届智博会"))
def test_planted_locates_its_surface(p: Planted) -> None:
    body = p.raw[p.start:p.end]
    assert "".join(c for c in body if c not in LAYOUT_CHARS) == "第12届智博会"
    assert p.raw[p.end] == "。"
