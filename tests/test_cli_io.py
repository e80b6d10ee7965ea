"""The command line as a user meets it: versions, inputs and encodings, outputs that are safe
to write, clear errors (issues 12 and 13)."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import sys

import pytest

from yongchuan_facts import corpus, extract
from yongchuan_facts.cli import main
from yongchuan_facts.outputs.stream import FIGURE_COLUMNS

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
SEED = SEEDS / "000_0d0990aeaf755118.txt"
TEXT = "2019年，永川区引进企业365家，營收139億元。"


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def _jsonl(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines()]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"yongchuan-facts {version('yongchuan-facts')}"


def test_a_bad_kind_is_reported_once_at_parsing(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path), "--kinds", "metrics"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("unknown kind 'metrics'") == 1
    assert err.startswith("usage:")



@pytest.mark.parametrize("workers", ["0", "-2", "1.5", "two"])
def test_workers_that_are_no_number_of_processes_are_refused_at_parsing(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path), "--workers", workers])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --workers: '{workers}' is no number of processes" in err

# ---- outputs: never over an input, never half a file, clear errors ------------------------

def test_an_output_that_is_an_input_is_refused(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    for output in (str(a), str(tmp_path / "." / "a.txt")):
        code, _, err = _run(capsys, ["extract", str(a), "-o", output])
        assert code == 2
        assert "also an input" in err
    code, _, err = _run(capsys, ["extract", str(tmp_path), "--format", "csv", "-o", str(a)])
    assert (code, "also an input" in err) == (2, True)
    code, _, err = _run(capsys, ["audit", str(tmp_path / "*.txt"), "-o", str(a)])
    assert (code, "also an input" in err) == (2, True)
    assert a.read_text(encoding="utf-8") == TEXT


def test_a_crash_while_writing_leaves_the_old_file_and_no_part(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yongchuan_facts.outputs.stream as stream

    a, out = tmp_path / "a.txt", tmp_path / "facts.jsonl"
    a.write_text(TEXT, encoding="utf-8")
    out.write_text("old\n", encoding="utf-8")

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(stream, "_write_jsonl", crash)
    with pytest.raises(RuntimeError):
        main(["extract", str(a), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "facts.jsonl"]


def test_a_written_file_has_the_usual_permissions(tmp_path: pathlib.Path) -> None:
    import os

    a, out = tmp_path / "a.txt", tmp_path / "facts.jsonl"
    a.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(a), "-o", str(out)]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("command", ["extract", "audit", "eval"])
def test_an_unwritable_output_or_a_folder_is_a_clear_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    # /proc takes no new file, even for root (tests may run as root, who ignores modes)
    for target in ("/proc/facts.out", str(tmp_path), str(tmp_path / "no" / "x.out")):
        if command == "eval":
            argv = ["eval", "--texts", str(tmp_path), "--gold", str(tmp_path), "--json", target]
        else:
            argv = [command, str(a), "-o", target]
        code, _, err = _run(capsys, argv)
        assert code == 2, target
        assert err.startswith("yongchuan-facts: error: cannot write"), err
        assert "Traceback" not in err


# ---- inputs: size, encodings, folders, bad files -----------------------------------------

def test_a_device_is_not_read_past_the_limit() -> None:
    # an endless device: reaching the error at all shows the read stopped at the limit
    with pytest.raises(corpus.InputError, match="too large"):
        corpus.read_bytes(pathlib.Path("/dev/zero"), limit=5_000_000)


def test_dev_zero_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    import resource

    code, _, err = _run(capsys, ["extract", "/dev/zero"])
    assert code == 2
    assert "too large" in err
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_kb < 1_500_000  # bounded by MAX_BYTES (40 MB), nowhere near gigabytes


def test_a_large_file_is_refused_before_it_is_read(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(corpus.MAX_BYTES + 1)  # sparse: no disk used
    # the size in the message comes from stat(), before any read
    with pytest.raises(corpus.InputError, match=f"too large \\({corpus.MAX_BYTES + 1:,} bytes"):
        corpus.read_bytes(big)


@pytest.mark.parametrize(("encoding", "name"), [
    ("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_chinese_encodings_are_detected(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], encoding: str, name: str
) -> None:
    raw = SEED.read_text(encoding="utf-8")
    if encoding == "big5":  # Big5 is traditional Chinese
        import opencc

        raw = opencc.OpenCC("s2t").convert(raw)
    data = raw.encode(encoding, errors="ignore")
    text = data.decode(encoding)
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    code, out, err = _run(capsys, ["extract", str(path)])
    assert code == 0, err
    assert f"read as {name}" in err
    records = _jsonl(out)
    assert records == extract(text, doc="doc.txt").to_records()
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_an_encoding_can_be_named(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    traditional = "2019年，永川區引進企業365家，營收139億元。"
    path.write_bytes(traditional.encode("big5"))
    code, out, err = _run(capsys, ["extract", str(path), "--encoding", "big5"])
    assert (code, err) == (0, "")
    assert [r["text"] for r in _jsonl(out)] == [f.text for f in extract(traditional)]
    with pytest.raises(SystemExit):
        main(["extract", str(path), "--encoding", "no-such-codec"])
    assert "unknown encoding" in capsys.readouterr().err


def test_a_utf8_bom_gives_the_offsets_of_the_readmes_way_of_reading(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    with open(path, encoding="utf-8", newline="") as fh:  # README / FACTS.md
        raw = fh.read()
    assert raw[0] == "\ufeff"
    code, out, _ = _run(capsys, ["extract", str(path)])
    assert code == 0
    records = _jsonl(out)
    assert records == extract(raw, doc="bom.txt").to_records()
    assert all(raw[r["start"] : r["end"]] == r["text"] for r in records)
    assert records[0]["start"] == 1


def test_utf16_is_text_not_binary_and_a_binary_file_is_still_refused(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "u16.txt").write_bytes(TEXT.encode("utf-16-le"))  # NUL bytes, no BOM
    (tmp_path / "zip.txt").write_bytes(b"PK\x03\x04\x00\x00\x14\x00\x08\x00binary\x00\xff")
    code, out, err = _run(capsys, ["extract", str(tmp_path)])
    assert code == 2
    assert "zip.txt: looks binary" in err
    assert "u16.txt" not in err.replace("read as", "").split("failed")[1]
    assert [r["text"] for r in _jsonl(out)] == [f.text for f in extract(TEXT)]


def test_a_folder_takes_txt_in_any_case_and_names_what_it_skipped(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "A.TXT").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.Txt").write_text("营收5亿元", encoding="utf-8")
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    code, out, err = _run(capsys, ["extract", str(tmp_path)])
    assert code == 0
    assert sorted({r["doc"] for r in _jsonl(out)}) == ["A.TXT", "b.Txt"]
    assert "skipped 1 file(s)" in err
    assert "notes.md (not a .txt file)" in err


@pytest.mark.parametrize("command", ["extract", "audit"])
def test_a_bad_file_is_passed_and_reported_at_the_end_with_a_count(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xb0\xc0\xff\xfe GBK?\xff")
    (tmp_path / "c.txt").write_text("营收5亿元", encoding="utf-8")
    report = tmp_path.parent / f"{tmp_path.name}-report.html"
    argv = [command, str(tmp_path / "*.txt"), str(tmp_path / "missing.txt")]
    code, out, err = _run(capsys, argv + (["-o", str(report)] if command == "audit" else []))
    assert code == 2
    assert "2 of 4 file(s) failed; 2 read" in err
    assert "b.txt: not UTF-8" in err
    assert "missing.txt: no such file" in err
    if command == "extract":
        assert {r["doc"] for r in _jsonl(out)} == {"a.txt", "c.txt"}
    else:
        html = report.read_text(encoding="utf-8")
        assert "a.txt" in html
        assert "c.txt" in html


def test_audit_takes_a_folder(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.html"
    code, _, err = _run(capsys, ["audit", str(SEEDS), "-o", str(report)])
    assert code == 0
    assert "wrote" in err
    assert "5 documents" in err


# ---- formats -------------------------------------------------------------------------------

def test_excel_csv_starts_with_a_bom(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "facts.csv"
    assert main(["extract", str(SEED), "--format", "csv", "--excel", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc,kind,")
    code, stdout, _ = _run(capsys, ["extract", str(SEED), "--format", "csv", "--excel"])
    assert code == 0
    assert stdout.startswith("\ufeffdoc,kind,")
    _, plain, _ = _run(capsys, ["extract", str(SEED), "--format", "csv"])
    assert plain.startswith("doc,kind,")
    code, _, err = _run(capsys, ["extract", str(SEED), "--format", "jsonl", "--excel"])
    assert (code, "--excel is for --format csv or figures" in err) == (2, True)


def test_figures_as_json_lines_and_as_csv(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, ["extract", str(SEED), "--format", "figures"])
    figures = _jsonl(out)
    metrics = extract(SEED.read_text(encoding="utf-8"), doc=SEED.name).metrics
    assert code == 0
    assert [tuple(f) for f in figures] == [FIGURE_COLUMNS] * len(metrics)
    assert [(f["start"], f["value"], f["indicator"], f["period_start"]) for f in figures] == [
        (m.start, m.value, m.indicator, m.period_start and m.period_start.isoformat())
        for m in metrics]
    path = tmp_path / "figures.csv"
    assert main(["extract", str(SEED), "--format", "figures", "-o", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    assert tuple(rows[0]) == FIGURE_COLUMNS
    assert [int(r["start"]) for r in rows] == [m.start for m in metrics]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_table_fits_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from yongchuan_facts.outputs.records import _width

    monkeypatch.setenv("COLUMNS", "70")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["extract", str(SEED)]) == 0
    lines = terminal.getvalue().splitlines()
    assert lines[0].split()[:3] == ["doc", "span", "kind"]
    assert len(lines) > 10
    assert all(_width(line) <= 70 for line in lines)


def test_one_file_draws_no_progress_bar(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    stderr = _Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "one.jsonl")]) == 0
    assert stderr.getvalue() == ""
    assert main(["extract", str(tmp_path), "--workers", "1", "-o", str(tmp_path / "x.jsonl")]) == 0
    assert "file" in stderr.getvalue()  # several files on a terminal: a bar


RULES = '''
from yongchuan_facts import RuleSet

teu = RuleSet("metric")


@teu.rule(r"(?P<num>\\d+)标准箱")
def teu_count(m, ctx):
    return {"value": float(m["num"]), "unit": "TEU"}
'''


@pytest.mark.parametrize("workers", ["1", "2"])
def test_rules_from_a_python_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    rules = tmp_path / f"io_teu_rules_{workers}.py"
    rules.write_text(RULES, encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("港口吞吐量120标准箱。", encoding="utf-8")
    code, out, err = _run(capsys, ["extract", str(tmp_path / "*.txt"), "--rules", str(rules),
                                   "--workers", workers])
    assert code == 0, err
    teus = [r for r in _jsonl(out) if r.get("unit") == "TEU"]
    assert [(r["doc"], r["text"], r["rule"]) for r in teus] == [
        ("a.txt", "120标准箱", "teu_count"), ("b.txt", "120标准箱", "teu_count")]


def test_a_rules_file_that_fails_is_a_clear_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    broken = tmp_path / "io_broken_rules.py"
    broken.write_text("import no_such_module_anywhere\n", encoding="utf-8")
    empty = tmp_path / "io_empty_rules.py"
    empty.write_text("X = 1\n", encoding="utf-8")
    for path, message in ((broken, "ModuleNotFoundError"), (empty, "defines no RuleSet"),
                          (tmp_path / "nope.py", "no such Python file")):
        code, _, err = _run(capsys, ["extract", str(tmp_path / "a.txt"), "--rules", str(path)])
        assert code == 2
        assert message in err


def test_rules_from_a_file_reach_spawned_workers(tmp_path: pathlib.Path) -> None:
    """Under spawn (macOS, Windows) a worker imports the rules file by name from sys.path."""
    import subprocess

    rules = tmp_path / "io_spawned_rules.py"
    rules.write_text(RULES, encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("港口吞吐量120标准箱。", encoding="utf-8")
    script = ("import multiprocessing as mp, sys\n"
              "mp.set_start_method('spawn', force=True)\n"
              "from yongchuan_facts.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    out = subprocess.run(
        [sys.executable, "-c", script, "extract", str(tmp_path / "a.txt"),
         str(tmp_path / "b.txt"), "--rules", str(rules), "--workers", "2"],
        capture_output=True, text=True, check=True, cwd=pathlib.Path(__file__).parent,
    )
    assert [r["rule"] for r in _jsonl(out.stdout) if r.get("unit") == "TEU"] == ["teu_count"] * 2
