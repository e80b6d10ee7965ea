"""One fact → one row of display strings: what every view of facts shows, written once.

    >>> row = fact_row(extract("2021年，全市生产总值达到5.67万亿元").metrics[0])
    >>> row.kind, row.span, row.value, row.exact
    ('metric', '14:21', '5.67万亿元', '5,670,000,000,000 CNY')
    >>> row.indicator, row.period
    ('全市生产总值', '2021-01-01 … 2021-12-31')

The terminal table (`records.to_table`), the notebook view (`html.factset_html`), the audit
report (`report.render_report`) and every hover title (`title_lines`) take their cells from
`fact_row`, so a fact reads the same in all of them: money and counts as a Chinese reader
writes them (`5.67万亿元`, `1.5万人`; `exact` and `number` keep the exact value), a text on
one line (`⏎` for a line break), a range of dates as `start … end` (one day as one date).
A view chooses only its layout: which cells, in what order, and how to join a range where
`…` would be ambiguous (the terminal table cuts long cells with `…`, so it joins with `..`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from dataclasses import dataclass

from ..schema.facts import DateFact, MetricFact, ProjectFact

AnyFact = MetricFact | DateFact | ProjectFact

CURRENCY_WORDS = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "JPY": "日元",
                  "GBP": "英镑", "TWD": "新台币", "MOP": "澳门元", "SGD": "新加坡元", "KRW": "韩元"}
# The magnitudes a Chinese reader writes amounts in, largest first: 5.67万亿元, 139亿元, 1.5万人
MAGNITUDES = ((12, "万亿"), (8, "亿"), (4, "万"))
RANGE = " … "  # between the first and the last day of a range
UNRESOLVED = "unresolved (relative)"  # a relative date without a reference date


def format_value(value: float) -> str:
    """`24400000000.0` → `24,400,000,000`; `15.4` → `15.4`; no number → `?`."""
    if not math.isfinite(value):
        return "?"
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _plain_decimal(value: decimal.Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def chinese_amount(value: float, unit: str) -> str | None:
    """A money amount or a count as a Chinese reader writes it, every digit of `value` kept.

        >>> chinese_amount(5.67e12, "CNY"), chinese_amount(13_900_000_000, "CNY")
        ('5.67万亿元', '139亿元')
        >>> chinese_amount(15000, "人"), chinese_amount(365, "家"), chinese_amount(0.5, "USD")
        ('1.5万人', '365家', '0.5美元')
        >>> chinese_amount(123456789.5, "CNY"), chinese_amount(15.4, "percent")
        ('1.234567895亿元', None)

    None for a unit that is neither a currency nor a Chinese classifier (`percent`, `m**2`).
    The number is the float's shortest decimal form moved by whole powers of ten, so nothing
    is rounded away.
    """
    word = CURRENCY_WORDS.get(unit) or (unit if unit and all(_is_han(c) for c in unit) else None)
    if word is None or not math.isfinite(value):
        return None
    exact = decimal.Decimal(repr(float(value)))
    for power, magnitude in MAGNITUDES:
        if abs(exact) >= decimal.Decimal(10) ** power:
            return f"{_plain_decimal(exact.scaleb(-power))}{magnitude}{word}"
    return f"{_plain_decimal(exact)}{word}"


def display_value(fact: MetricFact) -> str:
    """The value with its unit, as a reader writes it: `5.67万亿元`, `15.4%`, `2,000 m**2`."""
    amount = chinese_amount(fact.value, fact.unit)
    if amount is not None:
        return amount
    if fact.unit == "percent":
        return f"{format_value(fact.value)}%"
    if fact.unit == "percentage_point":
        return f"{format_value(fact.value)}个百分点"
    return f"{format_value(fact.value)} {fact.unit}"


def label_of(fact: AnyFact) -> str:
    """The label a person filters by: the metric label, the date's granularity, the category."""
    if isinstance(fact, MetricFact):
        return fact.metric
    if isinstance(fact, DateFact):
        return fact.granularity
    return fact.category or "project"


def one_line(text: str) -> str:
    """A fact's text on one line: each `\\n` as `⏎`."""
    return text.replace("\n", "⏎")


def _iso(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def date_span(start: str, end: str, sep: str = RANGE) -> str:
    """Two ISO days as one range: `a … b`, one day as itself, no day as ''."""
    if not start or not end:
        return ""
    return start if start == end else f"{start}{sep}{end}"


@dataclass(frozen=True, slots=True)
class FactRow:
    """A fact's fields as the strings every view shows ('' where its kind has none)."""

    kind: str
    start: int
    end: int
    text: str  # on one line
    rule: str
    label: str  # what a person filters by (`label_of`)
    # metrics
    value: str = ""  # as a Chinese reader writes it: 5.67万亿元, 15.4%, 2,000 m**2
    exact: str = ""  # every digit, and the unit code: 5,670,000,000,000 CNY
    number: float | None = None  # the value itself (sorting, data-value)
    unit: str = ""
    qualifier: str = ""
    metric: str = ""
    modality: str = ""
    direction: str = ""
    indicator: str = ""  # on one line
    period_start: str = ""  # ISO days
    period_end: str = ""
    # dates
    date_start: str = ""
    date_end: str = ""
    granularity: str = ""
    relative: bool = False
    # projects
    name: str = ""
    category: str = ""
    canonical: str = ""

    @property
    def span(self) -> str:
        return f"{self.start}:{self.end}"

    @property
    def stance(self) -> str:
        """The modality, with the direction when there is one: `planned · increase`."""
        return self.modality + (f" · {self.direction}" if self.direction else "")

    def period_text(self, sep: str = RANGE) -> str:
        """The period the metric covers, `2021-01-01 … 2021-12-31`, or ''."""
        return date_span(self.period_start, self.period_end, sep)

    @property
    def period(self) -> str:
        return self.period_text()

    def dates_text(self, sep: str = RANGE) -> str:
        """The date's range, or `unresolved (relative)` (a relative date with no reference)."""
        if self.kind != "date":
            return ""
        return date_span(self.date_start, self.date_end, sep) or UNRESOLVED

    @property
    def dates(self) -> str:
        return self.dates_text()


def _metric_fields(fact: MetricFact) -> dict[str, object]:
    return {
        "value": display_value(fact), "exact": f"{format_value(fact.value)} {fact.unit}",
        "number": fact.value if math.isfinite(fact.value) else None, "unit": fact.unit,
        "qualifier": fact.qualifier, "metric": fact.metric, "modality": fact.modality,
        "direction": fact.direction or "", "indicator": one_line(fact.indicator or ""),
        "period_start": _iso(fact.period_start), "period_end": _iso(fact.period_end),
    }


def _kind_fields(fact: AnyFact) -> dict[str, object]:
    if isinstance(fact, MetricFact):
        return _metric_fields(fact)
    if isinstance(fact, DateFact):
        return {"date_start": _iso(fact.date_start), "date_end": _iso(fact.date_end),
                "granularity": fact.granularity, "relative": fact.relative}
    return {"name": fact.name, "category": fact.category or "",
            "canonical": fact.canonical or ""}


def fact_row(fact: AnyFact) -> FactRow:
    """The display strings of one fact (see the module's docstring)."""
    return FactRow(kind=fact.kind, start=fact.start, end=fact.end, text=one_line(fact.text),
                   rule=fact.rule or "", label=label_of(fact),
                   **_kind_fields(fact))  # type: ignore[arg-type]


def title_lines(row: FactRow) -> list[str]:
    """A fact's fields as short lines, for a hover title (notebook view and audit report)."""
    lines = [f"{row.kind} · {row.text} · {row.span}"]
    if row.kind == "metric":
        lines += [f"value {row.exact}", f"metric {row.metric} · {row.qualifier} · {row.stance}"]
        lines += [f"indicator {row.indicator}"] if row.indicator else []
        lines += [f"period {row.period}"] if row.period else []
    elif row.kind == "date":
        lines += [row.dates, f"granularity {row.granularity}"
                  + (" · relative" if row.relative else "")]
    else:
        lines += [f"name {row.name}"]
        lines += [f"category {row.category}"] if row.category else []
        lines += [f"canonical {row.canonical}"] if row.canonical else []
    lines += [f"rule {row.rule}"] if row.rule else []
    return lines


__all__ = ["FactRow", "chinese_amount", "date_span", "display_value", "fact_row",
           "format_value", "label_of", "title_lines"]
