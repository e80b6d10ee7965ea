"""`evaluate` scores as FACTS.md says, and agrees with the shared scorer on the development set."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import pathlib
import sys
from collections.abc import Callable
from types import ModuleType

import pytest

import yongchuan_facts
from yongchuan_facts import FactSet, evaluate, extract
from yongchuan_facts.cli import main
from yongchuan_facts.evaluation import GoldDocument, GoldError, score_document
from yongchuan_facts.schema.facts import DateFact, MetricFact, ProjectFact

REPO = pathlib.Path(__file__).resolve().parent.parent
TEXTS, GOLD = REPO / "fixtures" / "seeds", REPO / "fixtures" / "gold"
SCORER = REPO.parent / "shared" / "tools" / "score.py"  # CI clones ../shared beside the repo


# the shared scorer opens each text without closing it; that is its business, not a failure here
SCORER_WARNINGS = (pytest.mark.filterwarnings("ignore::ResourceWarning"),
                   pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"))


def with_scorer_warnings(test: Callable) -> Callable:
    for mark in SCORER_WARNINGS:
        test = mark(test)
    return test


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    if not SCORER.exists():
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"the shared scorer {SCORER} is missing in CI")
        pytest.skip(f"the shared scorer {SCORER} is not beside the repo")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_scorer(scorer: ModuleType, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
               extra: tuple[str, ...] = ()) -> dict:
    out = tmp_path / "figures.json"
    argv = ["score.py", "--texts", str(TEXTS), "--gold", str(GOLD), "--json", str(out), *extra]
    monkeypatch.setattr(sys, "argv", argv)
    assert scorer.main() == 0
    return json.loads(out.read_text(encoding="utf-8"))


# Ways to spoil the extractor's output, so the comparison also covers misses, false hits,
# wrong values and wrong attributes, whatever the extractor currently finds.
def _drop_every_third(raw: str, facts: list) -> list:
    return [f for i, f in enumerate(facts) if i % 3]


def _wrong_values(raw: str, facts: list) -> list:
    def spoil(i: int, f: object) -> object:
        if i % 2 and isinstance(f, MetricFact):
            return f.model_copy(update={"value": f.value * 1.5 + 1})
        if i % 2 and isinstance(f, DateFact) and f.date_start:
            return f.model_copy(update={"date_start": f.date_start - dt.timedelta(days=1)})
        return f
    return [spoil(i, f) for i, f in enumerate(facts)]


def _wrong_attributes(raw: str, facts: list) -> list:
    def spoil(i: int, f: object) -> object:
        if isinstance(f, MetricFact):
            return f.model_copy(update={
                "metric": "count" if f.metric != "count" else "revenue",
                "modality": "target" if i % 2 else f.modality,
                "direction": "increase" if i % 3 == 0 else f.direction})
        if isinstance(f, DateFact):
            return f.model_copy(update={"granularity": "day" if i % 2 else f.granularity})
        return f
    return [spoil(i, f) for i, f in enumerate(facts)]


def _short_spans(raw: str, facts: list) -> list:
    """Each span cut to its first half or so: tests overlap rules, projects' half rule most."""
    def cut(f: object) -> object:
        end = f.start + max(1, (f.end - f.start) // 2 + (f.start % 2))  # type: ignore[attr-defined]
        return f.model_copy(update={"end": end, "text": raw[f.start : end]})  # type: ignore
    return [cut(f) for f in facts if f.end > f.start]


def _context_guesses(raw: str, facts: list) -> list:
    """A period and an indicator on most metrics, some right and some wrong, so that the
    comparison covers both attributes (null and set, overlapping and not)."""
    def guess(i: int, f: object) -> object:
        if not isinstance(f, MetricFact) or i % 4 == 0:
            return f
        year = 2019 + i % 3
        start = max(0, f.start - 2 - i % 5)
        return f.model_copy(update={
            "period_start": dt.date(year, 1, 1), "period_end": dt.date(year, 12, 31),
            "indicator_start": start, "indicator_end": f.start,
            "indicator": raw[start : f.start]})
    return [guess(i, f) for i, f in enumerate(facts)]


SPOILERS: dict[str, Callable[[str, list], list]] = {
    "context_guesses": _context_guesses,
    "as_extracted": lambda raw, facts: facts,
    "drop_every_third": _drop_every_third,
    "wrong_values": _wrong_values,
    "wrong_attributes": _wrong_attributes,
    "short_spans": _short_spans,
}


@with_scorer_warnings
@pytest.mark.parametrize("spoiler", sorted(SPOILERS))
def test_evaluate_agrees_with_the_shared_scorer(
    spoiler: str, scorer: ModuleType, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spoil = SPOILERS[spoiler]

    def predict(raw: str, reference_date: dt.date | None) -> list:
        return spoil(raw, list(extract(raw, reference_date=reference_date)))

    monkeypatch.setattr(yongchuan_facts, "extract", predict)  # what the scorer imports
    expected = run_scorer(scorer, tmp_path, monkeypatch)
    got = evaluate(TEXTS, GOLD, predict=predict).to_dict()
    for kind in ("metric", "date", "project"):
        e, g = expected[kind], got[kind]
        assert (g["gold"], g["pred"], g["hit"]) == (e["gold"], e["pred"], e["hit"]), kind
        for figure in ("precision", "recall", "f1"):
            assert g[figure] == pytest.approx(e[figure]), (kind, figure)
        assert g["attributes"] == pytest.approx(e["attributes"]), kind


@with_scorer_warnings
def test_eval_command_prints_the_scorers_table(
    scorer: ModuleType, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_scorer(scorer, tmp_path, monkeypatch)
    theirs = capsys.readouterr().out.splitlines()
    assert main(["eval", "--texts", str(TEXTS), "--gold", str(GOLD)]) == 0
    ours = capsys.readouterr().out.splitlines()
    assert ours[:-1] == theirs[:-1]
    assert ours[-1].split(";")[0] == theirs[-1].split(";")[0]  # the F1s; chars/s is timing


def test_eval_errors_list_every_miss_and_false_hit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--texts", str(TEXTS), "--gold", str(GOLD), "--errors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ev = evaluate(TEXTS, GOLD)
    errors = lines[: lines.index("")]
    assert errors == [str(e) for e in ev.errors]
    misses = sum(" MISSED " in x for x in errors)
    falses = sum(" FALSE " in x for x in errors)
    assert misses == sum(k.gold - k.hit for k in ev.kinds.values())
    assert falses == sum(k.pred - k.hit for k in ev.kinds.values())
    assert all("[" in x and "]" in x for x in errors)  # each in its context


def test_gold_as_predictions_scores_perfectly() -> None:
    gold = {d: [f for f in facts if not f.optional] for d, facts in _gold_by_text().items()}
    ev = evaluate(TEXTS, GOLD, predict=lambda raw, _: gold[raw])
    for score in ev.kinds.values():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
        assert all(acc == 1.0 for acc in score.attributes.values() if acc is not None)
    assert ev.errors == ()


def _gold_by_text() -> dict[str, list]:
    from yongchuan_facts.evaluation import load_gold

    return {d.raw: list(d.facts) for d in load_gold(TEXTS, GOLD)}


RAW = "引进企业12家，投资20亿元，2020年建成永川大数据产业园。"


def _m(text: str, value: float, unit: str, occurrence: int = 0, **kw: object) -> MetricFact:
    start = _find(text, occurrence)
    return MetricFact(start=start, end=start + len(text), text=text, value=value, unit=unit, **kw)


def _find(text: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = RAW.index(text, start + 1)
    return start


def _p(start: int, end: int, **kw: object) -> ProjectFact:
    return ProjectFact(start=start, end=end, text=RAW[start:end], name=RAW[start:end], **kw)


def _doc(*facts: object) -> GoldDocument:
    return GoldDocument("t.txt", RAW, dt.date(2020, 1, 1), tuple(facts))  # type: ignore[arg-type]


def test_matching_is_one_to_one() -> None:
    gold = _doc(_m("12家", 12, "家"))
    score = score_document(gold, [_m("12家", 12, "家"), _m("12", 12, "家")]).kinds["metric"]
    assert (score.gold, score.pred, score.hit) == (1, 2, 1)


def test_value_tolerance_is_relative_one_in_a_million() -> None:
    gold = _doc(_m("20亿元", 2e9, "CNY"))
    close = score_document(gold, [_m("20亿元", 2e9 * (1 + 1e-7), "CNY")]).kinds["metric"]
    far = score_document(gold, [_m("20亿元", 2e9 * (1 + 1e-5), "CNY")]).kinds["metric"]
    other_unit = score_document(gold, [_m("20亿元", 2e9, "USD")]).kinds["metric"]
    assert (close.hit, far.hit, other_unit.hit) == (1, 0, 0)


def test_an_optional_gold_fact_counts_neither_way() -> None:
    optional = _m("12家", 12, "家", optional=True)
    found_wrong = score_document(_doc(optional), [_m("12家", 13, "家")]).kinds["metric"]
    not_found = score_document(_doc(optional), []).kinds["metric"]
    assert (found_wrong.gold, found_wrong.pred, found_wrong.hit) == (0, 0, 0)
    assert (not_found.gold, not_found.pred) == (0, 0)


def test_a_project_hit_needs_half_of_the_longer_span() -> None:
    start = RAW.index("永川大数据产业园")
    gold = _doc(_p(start, start + 8))
    half = score_document(gold, [_p(start, start + 4)]).kinds["project"]
    less = score_document(gold, [_p(start, start + 3)]).kinds["project"]
    longer = score_document(gold, [_p(start - 2, start + 8)]).kinds["project"]
    assert (half.hit, less.hit, longer.hit) == (1, 0, 1)
    assert (less.pred, less.gold) == (1, 1)  # a miss and a false hit


def test_direction_is_scored_only_on_changes() -> None:
    gold = _doc(_m("12家", 12, "家"), _m("20亿元", 2e9, "CNY", direction="increase"))
    got = [_m("12家", 12, "家"), _m("20亿元", 2e9, "CNY")]
    score = score_document(gold, got).kinds["metric"]
    assert score.attribute_counts["direction"] == (0, 1)
    assert score.attribute_counts["qualifier"] == (2, 2)


def test_a_prediction_with_a_wrong_span_is_an_error() -> None:
    bad = MetricFact(start=0, end=3, text="xyz", value=1, unit="个")
    with pytest.raises(ValueError, match="000_"):
        evaluate(TEXTS, GOLD, predict=lambda raw, _: [bad])


@pytest.mark.parametrize(("lines", "message"), [
    (['{"doc": "t.txt", "reference_date": "2020-01-01"}', "{not json"], r"t\.jsonl:2: not JSON"),
    (['{"doc": "t.txt", "reference_date": "2020-01-01"}',
      '{"kind": "metric", "start": 0, "end": 2, "text": "引进", "value": 1, "unit": "个"}'],
     r"t\.jsonl:2: .*raw\[0:2\]"),
    (['{"kind": "metric"}'], "first line must be the header"),
    (['{"doc": "missing.txt", "reference_date": "2020-01-01"}'], "does not exist"),
    (['{"doc": "t.txt", "reference_date": "soon"}'], "not YYYY-MM-DD"),
])
def test_bad_gold_is_a_clear_error(tmp_path: pathlib.Path, lines: list[str], message: str) -> None:
    (tmp_path / "t.txt").write_text("产值12亿元", encoding="utf-8")
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        evaluate(tmp_path, tmp_path / "t.jsonl")


def test_eval_command_reports_bad_gold(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "--texts", str(TEXTS), "--gold", str(tmp_path)]) == 2
    assert "no .jsonl gold files" in capsys.readouterr().err


def test_texts_may_be_a_mapping_and_kinds_limit_scoring() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in TEXTS.glob("*.txt")}
    ev = evaluate(texts, GOLD, kinds=["date"])
    assert list(ev.kinds) == ["date"]
    assert ev.kinds["date"].gold == evaluate(TEXTS, GOLD).kinds["date"].gold
    with pytest.raises(ValueError, match="unknown kind"):
        evaluate(TEXTS, GOLD, kinds=["money"])


def test_factset_predictions_are_accepted() -> None:
    ev = evaluate(TEXTS, GOLD, predict=lambda raw, ref: FactSet(raw, []))
    assert all(k.pred == 0 and k.f1 == 0.0 for k in ev.kinds.values())
    assert all(k.gold > 0 for k in ev.kinds.values())


def _span_metric(start: int, end: int) -> MetricFact:
    return MetricFact(start=start, end=end, text=RAW[start:end], value=12, unit="家")


def test_the_largest_overlap_is_matched_first() -> None:
    left, right = _span_metric(0, 4), _span_metric(4, 8)
    doc = score_document(_doc(left, right), [_span_metric(3, 8)])  # 1 char of left, 4 of right
    assert doc.kinds["metric"].hit == 1
    assert [(e.what, e.fact) for e in doc.errors] == [("missed", left)]


def test_gold_period_and_indicator_score_perfectly_against_themselves() -> None:
    """Gold read through `evaluate()` keeps period and indicator, and which lines leave them out."""
    docs = {d.doc: d for d in yongchuan_facts.evaluation.load_gold(TEXTS, GOLD)}

    def predict(raw: str, reference_date: dt.date | None) -> list:
        doc = next(d for d in docs.values() if d.raw == raw)
        return [f.model_copy(update={"optional": False}) for f in doc.facts]

    metric = evaluate(TEXTS, GOLD, predict=predict).kinds["metric"]
    scored_period = metric.attribute_counts["period"][1]
    assert scored_period > 100
    assert metric.attributes["period"] == 1.0
    assert metric.attributes["indicator"] == 1.0
    carried = sum("period_start" in f.model_fields_set
                  for d in docs.values() for f in d.required if isinstance(f, MetricFact))
    assert scored_period == carried  # scored exactly where the gold line carries the key

    def shifted(raw: str, reference_date: dt.date | None) -> list:
        return [f.model_copy(update={"period_start": None, "period_end": None})
                if isinstance(f, MetricFact) else f for f in predict(raw, reference_date)]

    assert evaluate(TEXTS, GOLD, predict=shifted).kinds["metric"].attributes["period"] < 0.5
