"""The audit report without a browser: self-contained, one mark and one row per fact.

What it does in a browser (filters, sorting, click to scroll) is tested in tests/browser/.
"""

from __future__ import annotations

import pathlib
from html.parser import HTMLParser

import pytest

from seedfiles import extract_seeds
from yongchuan_facts import FactSet, extract
from yongchuan_facts.cli import main
from yongchuan_facts.outputs.report import render_report
from yongchuan_facts.schema.facts import MetricFact

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"
FETCHING_ATTRIBUTES = {"src", "href", "srcset", "action", "formaction", "poster", "data"}


class ReportProbe(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.fetching: list[tuple[str, str, str | None]] = []
        self.ids: set[str] = set()
        self.fact_ids: list[str] = []
        self.row_targets: list[str] = []
        self.csp: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        self.fetching += [(tag, k, v) for k, v in attrs if k in FETCHING_ATTRIBUTES]
        if "id" in a:
            self.ids.add(a["id"] or "")
        if "data-fact-id" in a:
            self.fact_ids.append(a["data-fact-id"] or "")
        if tag == "tr" and "data-target" in a:
            self.row_targets.append(a["data-target"] or "")
        if (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")


def probe(html: str) -> ReportProbe:
    p = ReportProbe()
    p.feed(html)
    p.close()
    return p


@pytest.fixture(scope="module")
def seed_factsets() -> list[FactSet]:
    """Every seed extracted with its gold file's reference date."""
    return extract_seeds()


def test_one_mark_and_one_row_per_fact(seed_factsets: list[FactSet]) -> None:
    p = probe(render_report(seed_factsets))
    total = sum(len(fs) for fs in seed_factsets)
    assert len(p.fact_ids) == total
    assert len(set(p.fact_ids)) == total  # ids are unique across documents
    assert sorted(p.row_targets) == sorted(p.fact_ids)
    assert set(p.row_targets) <= p.ids  # every row can reach its span


def test_report_is_self_contained(seed_factsets: list[FactSet]) -> None:
    html = render_report(seed_factsets)
    p = probe(html)
    assert p.fetching == []
    assert not {"link", "img", "iframe", "object", "embed"} & set(p.tags)
    assert "@import" not in html
    assert "url(" not in html
    assert p.csp is not None
    assert "default-src 'none'" in p.csp  # the browser refuses any request
    assert p.tags.count("style") == 1
    assert p.tags.count("script") == 1


def test_hostile_names_and_text_are_escaped() -> None:
    raw = "</script><script>alert(1)</script>引进企业12家"
    start = raw.index("12家")
    fact = MetricFact(start=start, end=start + 3, text="12家", value=12, unit="家",
                      rule="<img src=x>")
    html = render_report([FactSet(raw, [fact], doc='"><script>x</script>')])
    p = probe(html)
    assert p.tags.count("script") == 1
    assert p.fetching == []
    assert len(p.fact_ids) == 1


def test_documents_without_facts_are_shown() -> None:
    html = render_report([FactSet("", doc="empty.txt"), FactSet("没有数字", doc="none.txt")])
    assert html.count("no facts found") == 2
    assert probe(html).fact_ids == []


def test_audit_command_writes_the_report(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(s) for s in sorted((FIXTURES / "seeds").glob("*.txt"))[:2]]
    out = tmp_path / "report.html"
    assert main(["audit", *files, "-o", str(out), "--title", "seeds & more"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<title>seeds &amp; more</title>" in html
    facts = [extract(pathlib.Path(f).read_bytes().decode("utf-8")) for f in files]
    assert len(probe(html).fact_ids) == sum(len(fs) for fs in facts)
    assert f"2 documents, {sum(len(fs) for fs in facts)} facts" in capsys.readouterr().err


def test_audit_command_errors_are_clear(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("引进企业12家", encoding="utf-8")
    assert main(["audit", str(text), "-o", str(tmp_path / "no" / "such" / "dir.html")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert main(["audit", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_the_policy_allows_only_the_reports_own_script() -> None:
    import base64
    import hashlib
    import re

    html = render_report([extract("企业365家<script>alert(1)</script>", doc="a.txt")])
    csp = probe(html).csp or ""
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    (script,) = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "<script>alert" not in html


def test_the_table_shows_indicator_and_period() -> None:
    raw = "2021年，全区实现营收139亿元"
    fact = MetricFact(start=12, end=17, text="139亿元", value=1.39e10, unit="CNY",
                      indicator_start=10, indicator_end=12, indicator="营收",
                      period_start="2021-01-01", period_end="2021-12-31")
    html = render_report([FactSet(raw, [fact], doc="a.txt")])
    assert '<th scope="col">indicator</th>' in html
    assert '<th scope="col">period</th>' in html
    assert ">营收</td>" in html
    assert "2021-01-01 – 2021-12-31" in html
