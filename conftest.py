"""Repository-wide pytest setup: what the docstring examples need, and which tests are slow.

This file sits at the root so that it covers both testpaths (tests/ and the package's doctests);
tests/conftest.py keeps the hypothesis profiles and the seed fixtures.
"""

from __future__ import annotations

import pathlib

import pytest

import yongchuan_facts

ROOT = pathlib.Path(__file__).parent

# The fast inner loop is `pytest -m "not slow"`; CI runs everything. Slow by path: the hostile
# inputs (long runs through every rule), the Dask cluster, the headless browser. Whole files, so
# that a new test there is slow without anyone remembering to mark it.
SLOW_PATHS = ("tests/test_hostile.py", "tests/test_dask.py", "tests/browser/")
SLOW_MARKERS = ("browser",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = item.path.relative_to(ROOT).as_posix() if item.path.is_relative_to(ROOT) else ""
        if path.startswith(SLOW_PATHS) or any(item.get_closest_marker(m) for m in SLOW_MARKERS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _doctest_namespace(request: pytest.FixtureRequest) -> None:
    """Docstring examples get the public API as if imported, and run from the repository root
    (they read fixtures/)."""
    if not isinstance(request.node, pytest.DoctestItem):
        return
    namespace = request.getfixturevalue("doctest_namespace")
    namespace.update(extract=yongchuan_facts.extract, explain=yongchuan_facts.explain,
                     evaluate=yongchuan_facts.evaluate, normalize=yongchuan_facts.normalize)
    request.getfixturevalue("monkeypatch").chdir(ROOT)
