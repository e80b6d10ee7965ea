"""The command line: formats, and clear errors on files it cannot read."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from yongchuan_facts.cli import main

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seeds" / "000_0d0990aeaf755118.txt"


def test_jsonl_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--reference-date", "2020-09-15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(x) for x in lines]
    assert records
    raw = SEED.read_text(encoding="utf-8")
    assert all(raw[r["start"] : r["end"]] == r["text"] for r in records)
    assert {r["doc"] for r in records} == {SEED.name}


def test_csv_and_table_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc,kind,start,end,text,value")
    assert main(["extract", str(SEED), "--format", "table", "--kinds", "metric"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["doc", "span", "kind"]
    assert all(" metric " in row for row in table[1:])


def test_missing_file_is_a_clear_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "message"), [(b"\xff\xfe\xb0\xc0 GBK", "not UTF-8"),
                                              (b"PK\x03\x04\x00\x00binary", "binary")])
def test_non_utf8_or_binary_file_is_a_clear_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert main(["extract", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_bad_reference_date_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEED), "--reference-date", "yesterday"])
    assert exc.value.code == 2
    assert "ISO date" in capsys.readouterr().err


def test_console_script_runs_as_a_module() -> None:
    out = subprocess.run([sys.executable, "-m", "yongchuan_facts.cli", "extract", str(SEED),
                          "--kinds", "date"], capture_output=True, text=True, check=True)
    assert all(json.loads(x)["kind"] == "date" for x in out.stdout.splitlines())
