"""The notebook view: every fact highlighted once over its raw span, all text escaped."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts import FactSet, extract
from yongchuan_facts.outputs.html import (
    COLLAPSE_CHARS,
    chinese_amount,
    display_value,
    highlight,
)
from yongchuan_facts.schema.facts import DateFact, MetricFact, ProjectFact


class MarkProbe(HTMLParser):
    """Reads highlighted HTML back: its text, and the text inside each fact's mark pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[tuple[str, str | None]] = []  # (tag, fact id) of open elements
        self.first_pieces: list[dict[str, str | None]] = []
        self.fact_text: dict[str, str] = {}
        self.enclosing: dict[str, list[str]] = {}  # fact id → ids of the marks around it
        self.in_text_box = 0  # depth inside the notebook view's text box

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        fact = a.get("data-fact-id") or a.get("data-fact-part")
        if "data-fact-id" in a:
            self.first_pieces.append(a)
            self.enclosing[a["data-fact-id"] or ""] = [f for _, f in self.open if f]
        if "yf-text" in (a.get("class") or "").split() or self.in_text_box:
            self.in_text_box += 1
        self.open.append((tag, fact))

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        opened, _ = self.open.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"
        self.in_text_box = max(0, self.in_text_box - 1)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, fact in self.open:
            if fact is not None:
                self.fact_text[fact] = self.fact_text.get(fact, "") + data


def probe(html: str) -> MarkProbe:
    p = MarkProbe()
    p.feed(html)
    p.close()
    assert not p.open, f"unclosed elements: {p.open}"
    return p


def check_highlight(fs: FactSet) -> None:
    html = highlight(fs.raw, fs.facts, id_prefix="f")
    p = probe(html)
    assert "".join(p.text) == fs.raw  # nothing lost, added or left unescaped
    assert len(p.first_pieces) == len(fs)  # one countable element per fact
    assert [a["data-fact-id"] for a in p.first_pieces] == [a["id"] for a in p.first_pieces]
    for i, fact in enumerate(fs):
        assert p.fact_text.get(f"f{i}", "") == fact.text, fact
    by_id = {a["data-fact-id"]: a for a in p.first_pieces}
    for i, fact in enumerate(fs):
        assert f"fact-{fact.kind}" in (by_id[f"f{i}"]["class"] or "").split()


def test_notebook_view_renders_every_seed(seed) -> None:
    fs = extract(seed.raw, reference_date=seed.reference_date, doc=seed.name)
    html = fs._repr_html_()
    p = probe(html)
    assert len(p.first_pieces) == len(fs)
    assert html.count("<tr data-row=") == len(fs)  # the compact table: one row per fact
    assert seed.name in html
    check_highlight(fs)


def _metric(raw: str, s: int, e: int, **kw: object) -> MetricFact:
    return MetricFact(start=s, end=e, text=raw[s:e], value=1, unit="个", **kw)


def _date(raw: str, s: int, e: int) -> DateFact:
    day = dt.date(2020, 1, 1)
    return DateFact(start=s, end=e, text=raw[s:e], date_start=day, date_end=day,
                    granularity="day")


def _project(raw: str, s: int, e: int) -> ProjectFact:
    return ProjectFact(start=s, end=e, text=raw[s:e], name=raw[s:e])


MAKERS = {"metric": _metric, "date": _date, "project": _project}


def test_hostile_text_and_fields_are_escaped() -> None:
    raw = '<script>alert("x")</script> & <b onclick=\'y\'>42个</b>'
    s = raw.index("42个")
    fs = FactSet(raw, [_metric(raw, s, s + 3, rule='"><img src=x onerror=alert(1)>'),
                       _project(raw, 0, 8)])
    html = fs._repr_html_()
    for tag in ("<script", "<img", "<b "):
        assert tag not in html
    check_highlight(fs)


def test_a_date_inside_a_project_nests_without_splitting() -> None:
    raw = "印发《2020年行动计划》"
    fs = FactSet(raw, [_date(raw, 3, 8), _project(raw, 3, 12)])
    assert [f.kind for f in fs] == ["date", "project"]  # FactSet order: by start, then end
    html = highlight(fs.raw, fs.facts, id_prefix="f")
    assert "data-fact-part" not in html
    assert probe(html).enclosing == {"f1": [], "f0": ["f1"]}  # the date is inside the project
    check_highlight(fs)


def test_crossing_facts_split_the_later_one() -> None:
    raw = "到2025年底产值达到"
    fs = FactSet(raw, [_date(raw, 1, 7), _metric(raw, 5, 9)])
    html = highlight(fs.raw, fs.facts, id_prefix="f")
    assert html.count('data-fact-part="f1"') == 1
    check_highlight(fs)


def _long(chars: int) -> FactSet:
    raw = ("引进企业12家。" * (chars // 8 + 1))[:chars]
    return FactSet(raw, [_metric(raw, i + 4, i + 7) for i in range(0, len(raw) - 7, 8)])


def test_a_long_document_is_shown_at_once_in_a_scrolling_box() -> None:
    fs = _long(150_000)  # a long report: text shown at once, not folded
    html = fs._repr_html_()
    text_box = html[html.index('class="yf-text"'):]
    assert "<details>" not in html[: html.index('class="yf-text"')]  # nothing folds the text
    assert "overflow:auto" in text_box[:200]
    assert "max-height" in text_box[:200]
    assert len(probe(html).first_pieces) == len(fs)


def test_texts_and_tables_past_the_limits_are_folded_with_a_count() -> None:
    fs = _long(COLLAPSE_CHARS + 8)
    html = fs._repr_html_()
    assert html.count("<details>") == 2  # the text and the table (over COLLAPSE_ROWS rows)
    assert f"{len(fs.raw):,} characters, {len(fs)} facts highlighted" in html
    short = FactSet(fs.raw[:8], fs.facts[:1])
    assert "<details>" not in short._repr_html_()


class RowProbe(HTMLParser):
    """The notebook table's cells by column, one dict per row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[dict[str, str]] = []
        self.values: list[str | None] = []
        self.column: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tr" and "data-row" in a:
            self.rows.append({})
            self.values.append(a.get("data-value"))
        if tag == "td" and self.rows:
            self.column = a["data-col"]
            self.rows[-1][self.column or ""] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.column = None

    def handle_data(self, data: str) -> None:
        if self.column:
            self.rows[-1][self.column] += data


def table_rows(html: str) -> RowProbe:
    p = RowProbe()
    p.feed(html)
    return p


def test_the_table_shows_qualifier_indicator_period_name_and_category() -> None:
    raw = "2021年，全市生产总值达到5.67万亿元，建成“服务公社”平台，近3000个"
    s = raw.index("5.67")
    metric = MetricFact(
        start=s, end=s + 7, text=raw[s:s + 7], value=5.67e12, unit="CNY", metric="gdp",
        qualifier="exact", period_start=dt.date(2021, 1, 1), period_end=dt.date(2021, 12, 31),
        indicator_start=raw.index("生产总值"), indicator_end=raw.index("生产总值") + 4,
        indicator="生产总值")
    q = raw.index("近")
    nearly = MetricFact(start=q, end=q + 6, text=raw[q:q + 6], value=3000, unit="个",
                        qualifier="nearly")
    p0 = raw.index("服务公社")
    project = ProjectFact(start=p0, end=p0 + 4, text="服务公社", name="服务公社",
                          category="platform")
    probe_ = table_rows(FactSet(raw, [metric, nearly, project])._repr_html_())
    by_text = {row["text"]: row for row in probe_.rows}
    gdp = by_text["5.67万亿元"]
    assert (gdp["value"], gdp["qualifier"], gdp["metric"], gdp["indicator"], gdp["period"]) == (
        "5.67万亿元", "exact", "gdp", "生产总值", "2021-01-01 … 2021-12-31")
    assert (by_text["近3000个"]["qualifier"], by_text["近3000个"]["value"]) == ("nearly", "3000个")
    platform = by_text["服务公社"]
    assert (platform["name"], platform["category"]) == ("服务公社", "platform")
    assert by_text["服务公社"]["period"] == ""
    assert float(probe_.values[[r["text"] for r in probe_.rows].index("5.67万亿元")] or "") \
        == 5.67e12  # the exact value stays on the row


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (5.67e12, "CNY", "5.67万亿元"), (13_900_000_000, "CNY", "139亿元"),
    (115_730_000_000, "CNY", "1157.3亿元"), (52_500_000_000, "CNY", "525亿元"),
    (50_000, "CNY", "5万元"), (8_000, "CNY", "8000元"), (1.5e8, "USD", "1.5亿美元"),
    (15_000, "人", "1.5万人"), (365, "家", "365家"), (32_000, "人次", "3.2万人次"),
    (15.4, "percent", "15.4%"), (6.8, "percentage_point", "6.8个百分点"),
    (2_000, "m**2", "2,000 m**2"),
])
def test_values_are_shown_as_a_chinese_reader_writes_them(
    value: float, unit: str, shown: str
) -> None:
    assert display_value(MetricFact(start=0, end=1, text="x", value=value, unit=unit)) == shown


@pytest.mark.property
@given(st.floats(min_value=0, max_value=1e22, allow_nan=False, allow_infinity=False),
       st.sampled_from(["CNY", "USD", "人", "家"]))
def test_the_chinese_amount_keeps_every_digit(value: float, unit: str) -> None:
    import decimal

    shown = chinese_amount(value, unit)
    assert shown is not None
    number = shown.rstrip("元美人家")
    scale = next((p for p, word in ((12, "万亿"), (8, "亿"), (4, "万")) if number.endswith(word)),
                 0)
    digits = number.removesuffix({12: "万亿", 8: "亿", 4: "万", 0: ""}[scale])
    assert float(decimal.Decimal(digits).scaleb(scale)) == value


def test_empty_factset_renders() -> None:
    assert "0 facts" in FactSet("")._repr_html_()
    assert probe(FactSet("没有数字")._repr_html_()).first_pieces == []


def test_fact_outside_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        highlight("abc", [MetricFact(start=2, end=5, text="cde", value=1, unit="个")])


HOSTILE = st.text(
    alphabet=st.sampled_from(list("<>&\"'=/ \n\t年月万亿元个企业产值abc0123")) | st.characters(),
    max_size=40,
)


@st.composite
def text_with_facts(draw: st.DrawFn) -> FactSet:
    """Any text with up to 8 facts of any kind on any spans: nested, crossing, empty, equal."""
    raw = draw(HOSTILE)
    facts = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(raw)))
        end = draw(st.integers(start, len(raw)))
        facts.append(MAKERS[draw(st.sampled_from(sorted(MAKERS)))](raw, start, end))
    return FactSet(raw, facts)


@pytest.mark.property
@given(text_with_facts())
def test_highlight_keeps_the_text_and_gives_each_fact_one_mark(fs: FactSet) -> None:
    check_highlight(fs)
    assert len(probe(fs._repr_html_()).first_pieces) == len(fs)
