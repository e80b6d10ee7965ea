"""`yongchuan-facts extract` over a corpus: folders, globs, workers, progress, Parquet."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import shutil

import pytest

from yongchuan_facts.cli import main

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _jsonl(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, list[dict], str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, [json.loads(x) for x in captured.out.splitlines()], captured.err


def _spans_hold(records: list[dict], folder: pathlib.Path) -> bool:
    texts = {}
    for r in records:
        if r["doc"] not in texts:
            with open(folder / r["doc"], encoding="utf-8", newline="") as fh:
                texts[r["doc"]] = fh.read()
        if texts[r["doc"]][r["start"] : r["end"]] != r["text"]:
            return False
    return True


def test_a_folder_gives_every_text_file_with_its_name_on_each_fact(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, records, _ = _jsonl(capsys, ["extract", str(SEEDS), "--workers", "1"])
    assert code == 0
    assert sorted({r["doc"] for r in records}) == SEED_NAMES
    assert _spans_hold(records, SEEDS)
    docs_in_order = list(dict.fromkeys(r["doc"] for r in records))
    assert docs_in_order == SEED_NAMES  # documents stream out in sorted order


def test_workers_do_not_change_the_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, one, _ = _jsonl(capsys, ["extract", str(SEEDS), "--workers", "1"])
    _, two, _ = _jsonl(capsys, ["extract", str(SEEDS), "--workers", "2"])
    assert one == two


def test_a_glob_and_a_nested_folder(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "2020" / "09").mkdir(parents=True)
    shutil.copy(SEEDS / SEED_NAMES[0], tmp_path / "2020" / "09" / "a.txt")
    shutil.copy(SEEDS / SEED_NAMES[1], tmp_path / "b.txt")
    (tmp_path / "notes.md").write_text("企业365家", encoding="utf-8")  # not a .txt: skipped
    code, records, _ = _jsonl(capsys, ["extract", str(tmp_path)])
    assert code == 0
    assert sorted({r["doc"] for r in records}) == ["2020/09/a.txt", "b.txt"]
    assert _spans_hold(records, tmp_path)
    code, records, _ = _jsonl(capsys, ["extract", str(tmp_path / "**" / "*.txt")])
    assert code == 0
    assert sorted({r["doc"] for r in records}) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(("arg", "message"), [("empty", "no .txt file"), ("zz*.txt", "no file")])
def test_an_empty_folder_or_a_glob_matching_nothing_is_a_clear_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], arg: str, message: str
) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / arg)]) == 2
    assert message in capsys.readouterr().err


def test_a_bad_file_is_reported_and_the_others_still_written(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("2019年，企业365家", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xb0\xc0 GBK")
    (tmp_path / "c.txt").write_text("营收139亿元", encoding="utf-8")
    code, records, err = _jsonl(capsys, ["extract", str(tmp_path), "--workers", "2"])
    assert code == 2
    assert "b.txt" in err
    assert "not UTF-8" in err
    assert [r["text"] for r in records] == ["2019年", "365家", "139亿元"]


def test_csv_has_one_header_for_many_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["doc", "kind", "start"]
    assert all(row[0] != "doc" for row in rows[1:])  # one header, not one per file
    assert {row[0] for row in rows[1:]} == set(SEED_NAMES)


def test_parquet_holds_the_same_facts_as_jsonl(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    _, records, _ = _jsonl(capsys, ["extract", str(SEEDS)])
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(SEEDS), "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows == len(records)
    assert table.column("doc").to_pylist() == [r["doc"] for r in records]
    assert table.column("start").to_pylist() == [r["start"] for r in records]


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--format", "parquet"]) == 2
    assert "-o" in capsys.readouterr().err


def test_output_file_for_jsonl(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.jsonl"
    assert main(["extract", str(SEEDS / SEED_NAMES[0]), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert records
    assert {r["doc"] for r in records} == {SEED_NAMES[0]}


def test_progress_bar_on_request_and_silence_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(SEEDS), "--progress"]) == 0
    assert "file" in capsys.readouterr().err
    assert main(["extract", str(SEEDS), "--no-progress"]) == 0
    assert capsys.readouterr().err == ""
