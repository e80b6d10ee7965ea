"""The library's one pint registry, built lazily: `registry()` and `quantity(value, unit)`.

    >>> quantity(3, "亩").to("m**2").magnitude   # doctest: +ELLIPSIS
    2000.0...

Canonical unit strings (FACTS.md) are `CNY`, `USD`, `percent`, `percentage_point`, `m**2`, `m`,
`minute` … which pint parses directly, and classifiers (`家`, `个`, `人次`), which are not
physical units: `quantity` defines each one on first use as a base dimension of its own, so
`3 家` and `3 人` never add up.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint


@cache
def registry() -> pint.UnitRegistry:
    """pint's default registry plus `units.txt` (CNY, 亩, 平方公里, TEU …); built once (~0.3 s)."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.load_definitions(str(resources.files(__package__) / "units.txt"))
    return ureg


def _ensure_unit(ureg: pint.UnitRegistry, unit: str) -> None:
    """Define a classifier such as `家` as its own base dimension the first time it is seen."""
    try:
        ureg.parse_units(unit)
    except Exception:  # pint raises UndefinedUnitError or a tokenizer error for CJK names
        ureg.define(f"{unit} = [classifier_{unit}]")


def quantity(value: float, unit: str) -> Any:
    """`pint.Quantity` of `value` in `unit` (a canonical unit string or a classifier)."""
    ureg = registry()
    _ensure_unit(ureg, unit)
    return ureg.Quantity(value, unit)
