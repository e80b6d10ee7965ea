"""Every module of the package is reachable by its dotted name: no function or object shadows it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import yongchuan_facts

MODULES = sorted(m.name for m in pkgutil.walk_packages(yongchuan_facts.__path__,
                                                        "yongchuan_facts."))


@pytest.mark.parametrize("name", MODULES)
def test_module_is_its_dotted_name(name: str) -> None:
    module = importlib.import_module(name)
    obj: object = yongchuan_facts
    for part in name.split(".")[1:]:
        obj = getattr(obj, part)
    assert obj is module, f"{name} is shadowed by {obj!r}"


def test_import_as_works_for_the_rule_modules() -> None:
    import yongchuan_facts.rules.metrics.rules as metric_rules

    assert metric_rules.__name__ == "yongchuan_facts.rules.metrics.rules"
