"""The engine's stages: typed drafts at the rule boundary, a pure overlap stage, repeated
mentions expanded before overlaps, and explain() listing every stage's decisions."""

from __future__ import annotations

import pytest

from yongchuan_facts import explain, extract
from yongchuan_facts.rules.drafts import DateDraft, MetricDraft, ProjectDraft, Proposal, to_draft
from yongchuan_facts.rules.ruleset import Candidate, RuleSet
from yongchuan_facts.stages.engine import STAGES, run
from yongchuan_facts.stages.overlap import resolve

# (the second mention after no enacting verb: `policy_nickname` would find it on its own)
REPEATED = "出台“大数据发展20条”等政策。大数据发展20条见效，企业30家。"


def test_the_stages_run_in_the_documented_order() -> None:
    assert [name for name, _ in STAGES] == [
        "normalize", "propose", "expand", "resolve", "annotate", "link", "build"]


def test_no_metric_inside_a_repeated_project_mention() -> None:
    fs = extract(REPEATED)
    names = [(p.start, p.end) for p in fs.projects]
    assert len(names) == 2  # the quoted name and its unquoted repetition
    for m in fs.metrics:
        assert not any(s <= m.start and m.end <= e for s, e in names), m.text
    assert [m.text for m in fs.metrics] == ["30家"]


def test_explain_has_a_row_for_the_repeated_mention_and_the_metric_it_swallowed() -> None:
    rows = explain(REPEATED)
    mention = [r for r in rows if r.kind == "project" and r.rule == "repeated_mention"]
    assert len(mention) == 1
    assert mention[0].kept
    assert mention[0].stage == "expand"
    inside = [r for r in rows if r.kind == "metric" and r.start >= mention[0].start
              and r.end <= mention[0].end]
    assert inside
    assert not inside[0].kept
    assert inside[0].stage == "resolve"
    assert "repeated_mention" in inside[0].status


def test_a_repeated_mention_in_traditional_script_too() -> None:
    fs = extract("出臺“大數據發展20條”等政策。落實大數據發展20條，企業30家。")
    assert [m.text for m in fs.metrics] == ["30家"]


def test_explain_rows_carry_the_annotations_of_kept_metrics() -> None:
    rows = [r for r in explain("全区实现营收139亿元，同比增长15.4%。") if r.kept]
    growth = next(r for r in rows if r.text == "15.4%")
    assert growth.fields["direction"] == "increase"
    assert growth.fields["metric"] == "growth_rate"


def test_dict_drafts_become_typed_drafts_at_the_rule_boundary() -> None:
    p = to_draft("metric", {"value": 1.0, "unit": "TEU", "span": (0, 3), "rule": "teu"})
    assert p == Proposal(MetricDraft(1.0, "TEU"), (0, 3), "teu")
    assert dict(p.draft) == {"value": 1.0, "unit": "TEU"}  # qualifier unread: annotate reads it
    project = to_draft("project", {"name": "永企惠"}).draft
    assert dict(project) == {"name": "永企惠", "category": None}
    assert isinstance(to_draft("date", {"parts": None}).draft, DateDraft)
    # a field the draft does not name yet is carried along, not lost and not an error
    spam = to_draft("project", {"name": "x", "spam": 1}).draft
    assert spam["spam"] == 1
    assert dict(spam) == {"name": "x", "category": None, "spam": 1}
    with pytest.raises(TypeError, match="needs"):
        to_draft("metric", {"value": 1.0})  # no unit


def test_a_user_rule_may_return_a_typed_draft_or_a_dict() -> None:
    rs = RuleSet("metric")
    rs.add(r"\d+标准箱", lambda m, ctx: MetricDraft(float(m[0][:-3]), "TEU"), name="teu_typed")
    rs.add(r"\d+吨", lambda m, ctx: {"value": float(m[0][:-1]), "unit": "t"}, name="ton_dict")
    fs = extract("吞吐量120标准箱，货运量30吨", rules=[rs])
    assert {(m.text, m.unit, m.rule) for m in fs.metrics} >= {
        ("120标准箱", "TEU", "teu_typed"), ("30吨", "t", "ton_dict")}


def test_overlap_resolution_is_pure() -> None:
    a = Candidate("metric", "long", 0, 4, 0, 4, {"value": 1.0, "unit": "个"})
    b = Candidate("metric", "short", 1, 3, 1, 3, {"value": 2.0, "unit": "个"})
    c = Candidate("project", "name", 0, 6, 0, 6, ProjectDraft("大数据发展20条"))
    res = resolve([a, b, c])
    assert [x.rule for x in res.kept] == ["name"]
    assert set(res.dropped) == {id(a), id(b)}
    assert a.status == b.status == "kept"  # nothing mutated


def test_the_document_keeps_every_candidate_for_explain_but_not_for_extract() -> None:
    doc = run(REPEATED)
    assert any(c.status != "kept" for c in doc.candidates)
    assert run(REPEATED, keep_dropped=False).candidates == []


# Issue 12 item 7: extract() holds no dropped candidate; explain() still lists every one.
VETOED = "提出“三个一”和“五个一”，企业30家，2019年。" + REPEATED


def test_extract_counts_what_explain_lists_as_dropped_and_holds_none() -> None:
    rows = explain(VETOED)
    assert any(r.status == "vetoed by its rule" for r in rows)
    assert any(r.stage == "resolve" and not r.kept for r in rows)
    doc = run(VETOED, keep_dropped=False)
    assert doc.candidates == []  # nothing left once the facts are made
    assert doc.kept == []
    assert doc.dropped == sum(not r.kept for r in rows)
    assert [(f.kind, f.text) for f in doc.facts] == [
        (r.kind, r.text) for r in rows if r.kept]


def test_a_vetoed_match_is_let_go_in_propose_for_extract_only() -> None:
    from yongchuan_facts.stages.engine import normalize_stage, propose, select_pipelines

    def proposed(keep: bool) -> list[Candidate]:
        doc = normalize_stage(VETOED, None, select_pipelines(None), ())
        doc.keep_dropped = keep
        propose(doc)
        return doc.candidates

    kept_all, kept_live = proposed(True), proposed(False)
    assert any(c.status != "kept" for c in kept_all)
    assert all(c.status == "kept" for c in kept_live)
    assert [c.rule for c in kept_live] == [c.rule for c in kept_all if c.status == "kept"]


def test_overlap_reasons_are_left_unsaid_on_request_with_the_same_decisions() -> None:
    from yongchuan_facts.stages.overlap import UNSAID

    a = Candidate("metric", "long", 0, 4, 0, 4, {"value": 1.0, "unit": "个"})
    b = Candidate("metric", "short", 1, 3, 1, 3, {"value": 2.0, "unit": "个"})
    said, unsaid = resolve([a, b]), resolve([a, b], reasons=False)
    assert said.kept == unsaid.kept == [a]
    assert said.dropped == {id(b): "overlaps [0:4] kept from rule long"}
    assert unsaid.dropped == {id(b): UNSAID}


def test_metrics_built_a_chunk_at_a_time_are_the_facts_built_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import yongchuan_facts.stages.engine as engine

    text = "，".join(f"企业{k}家" for k in range(1, 40)) + "。" + REPEATED
    whole = list(extract(text))
    assert len(whole) > 40
    monkeypatch.setattr(engine, "_CHUNK", 3)  # many chunks, the last one short
    assert list(extract(text)) == whole
