"""The library's one pint registry, built lazily: `registry()` and `quantity(value, unit)`.

    >>> quantity(3, "亩").to("m**2").magnitude   # doctest: +ELLIPSIS
    2000.0...

Canonical unit strings (FACTS.md, docs/units.md) are `CNY`, `USD`, `percent`,
`percentage_point`, `m**2`, `m`, `minute`, `kW`, `kWh`, `t`, `TEU`, `EFLOPS` … which pint parses
directly, classifiers (`家`, `个`, `人次`), which are not physical units — `quantity` defines each
one on first use as a base dimension of its own, so `3 家` and `3 人` never add up — and rates
built from both (`CNY/m**2`, `CNY/人`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    import pint


@cache
def registry() -> pint.UnitRegistry[Any]:
    """pint's default registry plus `units.txt` (CNY, 亩, 平方公里, TEU …); built once (~0.3 s)."""
    import pint

    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=None)
    ureg.load_definitions(str(resources.files(__package__) / "units.txt"))
    return ureg


_OPERATORS = regex.compile(r"\*\*-?\d+|[*/()]")


def _ensure_unit(ureg: pint.UnitRegistry[Any], unit: str) -> None:
    """Define each classifier in `unit` (`家`, or the `人` of a rate `CNY/人`) as its own base
    dimension the first time it is seen."""
    if not unit.strip():
        raise ValueError("a unit must not be empty")
    for name in filter(None, (n.strip() for n in _OPERATORS.split(unit))):
        try:
            ureg.parse_units(name)
        except Exception:  # pint raises UndefinedUnitError or a tokenizer error for CJK names
            if not name.isidentifier():
                raise ValueError(f"{name!r} in unit {unit!r} is neither a pint unit nor a "
                                 "classifier") from None
            ureg.define(f"{name} = [classifier_{name}]")


def quantity(value: float, unit: str) -> Any:
    """`pint.Quantity` of `value` in `unit` (a canonical unit string or a classifier)."""
    ureg = registry()
    _ensure_unit(ureg, unit)
    return ureg.Quantity(value, unit)
