"""warm_up() loads the lazy resources through their own loaders; one version; py.typed ships."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import pathlib
import tomllib
import urllib.parse
import urllib.request

import pytest

import yongchuan_facts
from yongchuan_facts.normalization.chars import translation_table
from yongchuan_facts.resources import RESOURCES, warm_up
from yongchuan_facts.rules.projects import segment
from yongchuan_facts.schema.units import registry

ROOT = pathlib.Path(__file__).parent.parent


def test_warm_up_loads_every_resource_in_its_own_cache() -> None:
    seconds = warm_up()
    assert set(seconds) == set(RESOURCES) == {"opencc", "jieba", "pint", "dateparser"}
    assert all(s >= 0 for s in seconds.values())
    # the loaders' own caches hold them, so extract() builds nothing again
    assert segment.is_loaded()
    assert translation_table.cache_info().currsize == 1
    assert registry.cache_info().currsize == 1


def test_a_second_warm_up_builds_nothing_again() -> None:
    warm_up()
    built = translation_table.cache_info(), registry.cache_info()
    warm_up()
    again = translation_table.cache_info(), registry.cache_info()
    assert [c.misses for c in again] == [c.misses for c in built]  # nothing rebuilt
    assert [c.hits for c in again] == [c.hits + 1 for c in built]  # served from the caches


def test_warm_up_of_some_resources_only() -> None:
    assert list(warm_up(["pint", "opencc"])) == ["pint", "opencc"]


def test_an_unknown_resource_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown resource.*'spacy'"):
        warm_up(["jieba", "spacy"])


def test_warm_up_is_public() -> None:
    assert yongchuan_facts.warm_up is warm_up
    assert "warm_up" in yongchuan_facts.__all__


def _installed_from_this_tree() -> bool:
    """Whether the installed distribution is this source tree (editable), not another checkout."""
    try:
        direct = importlib.metadata.distribution("yongchuan-facts").read_text("direct_url.json")
    except importlib.metadata.PackageNotFoundError:
        return False
    url = urllib.parse.urlparse(json.loads(direct or "{}").get("url", ""))
    return url.scheme == "file" and (
        pathlib.Path(urllib.request.url2pathname(url.path)).resolve() == ROOT.resolve())


def test_the_version_is_pyprojects() -> None:
    if not _installed_from_this_tree():
        pytest.skip("the installed yongchuan-facts is another checkout's (pip install -e . here)")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert yongchuan_facts.__version__ == pyproject["project"]["version"]


def test_the_package_is_marked_typed() -> None:
    assert importlib.resources.files("yongchuan_facts").joinpath("py.typed").is_file()
