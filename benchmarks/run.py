"""Speed per document against the previous release and jionlp, growth, memory, import, workers.

    .venv/bin/python benchmarks/run.py --baseline ../yf-0.1.0/src --json /tmp/bench.json
    .venv/bin/python benchmarks/run.py --quick          # about a minute, fewer rounds and sizes

What it measures (issue 11), each tool in its own fresh process so imports and caches never mix:

- per document, CPU time (`time.process_time`), best of `--rounds` interleaved rounds: in
  every round each document is run by each tool in turn, the tool going first rotating from
  document to document and round to round, and each document keeps its least disturbed time.
  Tools: `extract()` of all kinds from this tree (`src/`), the same from `--baseline` (the
  first release, commit 142810c, as a source tree or a venv), and jionlp's `extract_money` +
  `extract_time` (the `bench` extra; it finds less: no counts, percentages, labels or
  projects). Documents: the 23 reports of `--reports` (each its own document) and the 5 seed
  pages of `fixtures/seeds`;
- one long document, the reports joined and repeated to `--long` million characters, against
  the per-document rate (best of 3 up to 2 M characters, else one run);
- single-document growth: CPU time and peak resident memory (the process's maximum, interpreter
  and imports included) for the reports joined once and for `--sizes` million characters, each
  size in a fresh process. Repeats add no new names, so past the first size this shows the
  growth with length alone, not with the number of distinct names;
- `import yongchuan_facts` in a fresh interpreter (wall and CPU, best of several);
- `extract_many` over the reports with 2 workers against 1 (wall time: the work is on other
  processes; best of `--rounds`, in rotating order), the 2 workers once on a new pool (forked,
  started and shut down in the call) and once on the pool a previous call left waiting.

Import and the warm-up (one call on each seed page: it loads the lazy tables, jieba, and
dateparser for a dateline) are timed apart, never counted in the rates. Prints markdown tables;
`--json PATH` writes every figure.
This is a script, never a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from typing import IO, Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
SEEDS = ROOT / "fixtures" / "seeds"
REPORTS = ROOT.parent / "shared" / "corpus" / "reports-2026"
MILLION = 1_000_000
JIONLP_TIME_BASE = 1767225600.0  # 2026-01-01 UTC: a fixed reference, so runs are comparable
HEAVY_MODULES = ("jieba", "pint", "dateparser", "opencc", "pandas", "pyarrow", "dask")

# Targets of issue 11
TARGET_VS_BASELINE = 2.0  # × the first release's per-document rate, on the reports
TARGET_VS_JIONLP = 5.0  # × jionlp money + time, per document, on the reports
TARGET_LONG = 0.7  # rate on one long document / per-document rate
TARGET_PEAK_MB = 300.0  # at 10 M characters
TARGET_IMPORT_S = 0.3
TARGET_WORKERS = 1.8  # extract_many: 2 workers over 1

Tool = Callable[[str], int]  # text -> number of facts found


# --- texts ------------------------------------------------------------------------------------


def read_dir(folder: pathlib.Path) -> dict[str, str]:
    """Every `*.txt` of `folder` by file name, read as is (no newline translation)."""
    texts = {}
    for path in sorted(folder.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:
            texts[path.name] = fh.read()
    return texts


def long_text(unit: str, chars: int) -> str:
    """`unit` repeated and cut to exactly `chars` characters, built in one allocation."""
    copies, rest = divmod(chars, len(unit))
    return "".join([unit] * copies + [unit[:rest]])


def joined(folder: pathlib.Path) -> str:
    return "\n\n".join(read_dir(folder).values()) + "\n\n"


# --- the child processes ----------------------------------------------------------------------


def _protocol_stream() -> IO[str]:
    """Our own copy of stdout for JSON replies; fd 1 then goes to stderr, so a library that
    prints on import (jionlp, jieba) cannot garble the replies."""
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return proto


def _load_library(path: str) -> Tool:
    sys.path.insert(0, path)
    import yongchuan_facts

    where = pathlib.Path(yongchuan_facts.__file__).resolve()
    if not where.is_relative_to(pathlib.Path(path).resolve()):
        raise RuntimeError(f"yongchuan_facts imported from {where}, not from {path}")
    return lambda text: len(yongchuan_facts.extract(text))


def _load_installed() -> Tool:
    """The release installed in the interpreter's own environment (a baseline venv)."""
    import yongchuan_facts

    return lambda text: len(yongchuan_facts.extract(text))


def _load_jionlp() -> Tool:
    import logging

    logging.disable(logging.CRITICAL)  # jionlp logs a traceback each time it cannot parse
    import jionlp

    def run(text: str) -> int:
        money = jionlp.ner.extract_money(text)
        times = jionlp.ner.extract_time(text, time_base=JIONLP_TIME_BASE)
        return len(money) + len(times)

    return run


def load(tool: str, path: str | None) -> tuple[Tool, dict[str, Any]]:
    """Import a tool and time it; what got imported and from where, for the record."""
    wall, cpu = time.perf_counter(), time.process_time()
    if tool == "jionlp":
        run = _load_jionlp()
    elif path:
        run = _load_library(path)
    else:
        run = _load_installed()
    info = {"import_wall_s": time.perf_counter() - wall, "import_cpu_s": time.process_time() - cpu}
    module = sys.modules["jionlp" if tool == "jionlp" else "yongchuan_facts"]
    info["module"] = str(pathlib.Path(module.__file__ or "?").parent)
    info["version"] = getattr(module, "__version__", "?")
    return run, info


def _cpu(run: Tool, text: str) -> tuple[float, int]:
    t0 = time.process_time()
    found = run(text)
    return time.process_time() - t0, found


def serve(tool: str, path: str | None) -> None:
    """A tool's worker: answer JSON commands on stdin, one reply line each, until EOF."""
    proto = _protocol_stream()
    run: Tool | None = None
    sets: dict[str, list[str]] = {}
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            if cmd["op"] == "load":
                run, reply = load(tool, path)
                reply["warmup_cpu_s"] = sum(_cpu(run, text)[0] for text in cmd["warmup"])
            elif cmd["op"] == "docs":
                sets[cmd["name"]] = cmd["texts"]
                reply = {}
            else:  # "doc": one document of a set, once
                assert run is not None
                cpu_s, found = _cpu(run, sets[cmd["name"]][cmd["i"]])
                reply = {"cpu_s": cpu_s, "found": found}
        except Exception as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        proto.write(json.dumps(reply) + "\n")
        proto.flush()


def _rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        pages = int(pathlib.Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return _peak_rss_mb()


def _peak_rss_mb() -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def probe_growth(path: str, unit_dir: str, chars: int, repeats: int, warmup: list[str]
                 ) -> dict:
    """One text of `chars` characters in this fresh process: best CPU time and peak memory."""
    run, info = load("yongchuan_facts", path)
    for page in warmup:
        run(page)
    text = long_text(joined(pathlib.Path(unit_dir)), chars)
    rss_before = _rss_mb()
    timed = [_cpu(run, text) for _ in range(repeats)]
    seconds = min(s for s, _ in timed)
    return {"chars": len(text), "cpu_s": seconds, "chars_per_s": len(text) / seconds,
            "runs_cpu_s": [s for s, _ in timed], "found": timed[0][1],
            "rss_before_mb": rss_before, "peak_rss_mb": _peak_rss_mb(), **info}


def probe_many(path: str, unit_dir: str, rounds: int, warmup: list[str]) -> dict:
    """`extract_many` on the reports with 1 worker, 2 on a new pool each call, and 2 on the pool
    the previous call left waiting (`batch.IDLE_SECONDS`), in rotating order; wall time."""
    sys.path.insert(0, path)
    from yongchuan_facts import batch, extract, extract_many

    for page in warmup:
        extract(page)
    texts = list(read_dir(pathlib.Path(unit_dir)).values())
    modes = ["1", "2 new pool", "2 reused pool"]
    runs: dict[str, list[float]] = {m: [] for m in modes}
    cpu: dict[str, list[float]] = {m: [] for m in modes}
    shutdown = getattr(batch, "shutdown_workers", lambda: None)  # older trees reuse nothing
    for r in range(rounds):
        for mode in modes[r % 3:] + modes[: r % 3]:
            workers = int(mode[0])
            if mode == "2 new pool":
                shutdown()
            elif mode == "2 reused pool":
                extract_many(texts[:2], workers=2)  # leaves its pool waiting
            results = None  # the previous round's facts are freed here, not on the clock
            c0, t0 = _cpu_with_children(), time.perf_counter()
            results = extract_many(texts, workers=workers)
            runs[mode].append(time.perf_counter() - t0)
            cpu[mode].append(_cpu_with_children() - c0)
            failed = [str(x) for x in results if not hasattr(x, "facts")]
            if failed:
                raise RuntimeError(f"extract_many failed: {failed[:3]}")
    shutdown()
    best = {m: min(s) for m, s in runs.items()}
    load = os.getloadavg()  # the other processes that shared the CPUs (1, 5, 15 minutes)
    return {"docs": len(texts), "wall_s": best, "runs_wall_s": runs, "runs_cpu_s": cpu,
            "speedup": best["1"] / best["2 new pool"],
            "speedup_reused": best["1"] / best["2 reused pool"],
            "cpus": len(os.sched_getaffinity(0)), "loadavg": load}


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children, ended (reaped) or still running (the
    workers of a pool that waits for the next call, read from /proc)."""
    me, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime + _live_children_cpu()


def _live_children_cpu() -> float:
    """utime + stime of this process's running children (Linux /proc; 0 elsewhere)."""
    me, total = str(os.getpid()), 0
    tick = os.sysconf("SC_CLK_TCK")
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if fields[1] == me:  # ppid; utime and stime are fields 14 and 15 of stat
            total += int(fields[11]) + int(fields[12])
    return total / tick


def probe_import(path: str | None) -> dict:
    """`import yongchuan_facts` in this fresh process, and which heavy modules it loaded."""
    if path:
        sys.path.insert(0, path)
    wall, cpu = time.perf_counter(), time.process_time()
    import yongchuan_facts  # noqa: F401

    return {"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu,
            "heavy": [m for m in HEAVY_MODULES if m in sys.modules]}


# --- the parent: start children, drive the rounds ---------------------------------------------


def interpreter(path: str | None) -> tuple[str, str | None]:
    """The Python to run a tool with and the path it imports from: a venv's own interpreter
    (its installed release), else this one with `path` (a source tree, or its `src/`) first."""
    if path is None:
        return sys.executable, None
    p = pathlib.Path(path).resolve()
    if (p / "pyvenv.cfg").exists():
        return str(p / "bin" / "python"), None
    if (p / "src" / "yongchuan_facts").is_dir():
        p = p / "src"
    if not (p / "yongchuan_facts").is_dir():
        raise SystemExit(f"--baseline {path}: no yongchuan_facts package there, nor a venv")
    return sys.executable, str(p)


def _child(python: str, *args: str) -> list[str]:
    # -I: no PYTHONPATH, user site or script directory, so each child sees only what we give it
    return [python, "-I", str(pathlib.Path(__file__).resolve()), *args]


class Worker:
    """One tool in its own process, driven line by line."""

    def __init__(self, name: str, tool: str, python: str, path: str | None) -> None:
        self.name = name
        # the worker's stderr, shown if it dies; it lives as long as the worker, not a block
        self.log = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        args = ["--serve", tool] + (["--path", path] if path else [])
        self.proc = subprocess.Popen(_child(python, *args), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True,
                                     encoding="utf-8")

    def ask(self, **cmd: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(cmd, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            self.log.seek(0)
            raise RuntimeError(f"{self.name} died:\n{self.log.read()[-2000:]}")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"{self.name}: {reply['traceback']}")
        return reply

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.log.close()


def per_document(workers: list[Worker], sets: dict[str, list[str]], rounds: int,
                 warmup: list[str]) -> dict[str, Any]:
    """Interleaved rounds; for each tool and set, each document's best CPU time."""
    out: dict[str, Any] = {"warmup": {}, "sets": {}}
    for w in workers:
        out["warmup"][w.name] = w.ask(op="load", warmup=warmup)
        for name, texts in sets.items():
            w.ask(op="docs", name=name, texts=texts)
    runs: dict[tuple[str, str], list[list[float]]] = {}
    found: dict[tuple[str, str], list[int]] = {}
    for r in range(rounds):
        print(f"… round {r + 1}/{rounds}", file=sys.stderr, flush=True)
        for name, texts in sets.items():
            times: dict[str, list[float]] = {w.name: [] for w in workers}
            counts: dict[str, list[int]] = {w.name: [] for w in workers}
            for k in range(len(texts)):
                # each document by every tool in turn, the first rotating from document to
                # document and round to round: a burst of load from elsewhere falls on the
                # tools alike, not on one tool's whole pass over the set
                shift = (r + k) % len(workers)
                for w in workers[shift:] + workers[:shift]:
                    reply = w.ask(op="doc", name=name, i=k)
                    times[w.name].append(reply["cpu_s"])
                    counts[w.name].append(reply["found"])
            for w in workers:
                runs.setdefault((w.name, name), []).append(times[w.name])
                found[(w.name, name)] = counts[w.name]
    for (tool, name), rs in runs.items():
        best = [min(doc) for doc in zip(*rs, strict=True)]
        chars = sum(len(t) for t in sets[name])
        out["sets"].setdefault(name, {})[tool] = {
            "docs": len(best), "chars": chars, "cpu_s": sum(best),
            "chars_per_s": chars / sum(best), "found": sum(found[(tool, name)]),
            "best_cpu_s": best, "round_totals_cpu_s": [sum(x) for x in rs],
        }
    return out


def ratios(ours: dict[str, Any], other: dict[str, Any]) -> dict[str, float]:
    """Our speed over another tool's: on the set's total, and per document (median, worst)."""
    per_doc = [o / s for s, o in zip(ours["best_cpu_s"], other["best_cpu_s"], strict=True)]
    return {"total": other["cpu_s"] / ours["cpu_s"], "median": statistics.median(per_doc),
            "min": min(per_doc), "max": max(per_doc)}


def run_probe(python: str, *args: str, timeout: float) -> dict[str, Any]:
    cmd = _child(python, *args)
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    except subprocess.CalledProcessError as exc:
        tail = exc.stderr.strip().splitlines()[-1:] or ["?"]
        return {"error": tail[0]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_times(path: str | None, python: str, repeats: int) -> dict[str, Any]:
    runs = [run_probe(python, "--probe", "import", *(["--path", path] if path else []),
                      timeout=120) for _ in range(repeats)]
    if any("error" in r for r in runs):
        return next(r for r in runs if "error" in r)
    return {"wall_s": min(r["wall_s"] for r in runs), "cpu_s": min(r["cpu_s"] for r in runs),
            "runs_wall_s": [r["wall_s"] for r in runs], "heavy": runs[0]["heavy"]}


# --- report -----------------------------------------------------------------------------------


def _table(head: list[str], rows: list[list[str]], align: str) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|",
            *("| " + " | ".join(r) + " |" for r in rows)]


def _x(v: float | None) -> str:
    return "–" if v is None else f"{v:.2f}×"


def per_document_table(res: dict[str, Any], labels: dict[str, str]) -> list[str]:
    rows = []
    for name, tools in res["sets"].items():
        ours = tools["current"]
        for tool, r in tools.items():
            vs = ratios(ours, r) if tool != "current" else None
            rows.append([name, labels[tool], f"{r['docs']}", f"{r['chars']:,}",
                         f"{r['cpu_s']:.3f}", f"{r['chars_per_s']:,.0f}", f"{r['found']:,}",
                         "–" if vs is None else
                         f"{vs['total']:.2f}× (docs {vs['min']:.2f}–{vs['max']:.2f}, "
                         f"median {vs['median']:.2f})"])
    return _table(["set", "tool", "docs", "chars", "CPU s (sum of best)", "chars/s", "found",
                   "this tree is faster by"], rows, ["---"] * 2 + ["---:"] * 6)


def warmup_table(res: dict[str, Any], imports: dict[str, Any], labels: dict[str, str]
                 ) -> list[str]:
    rows = [[labels[t], f"{w['import_cpu_s']:.3f}", f"{w['warmup_cpu_s']:.3f}",
             f"{w['version']}", f"`{w['module']}`"] for t, w in res["warmup"].items()]
    head = ["tool", "import CPU s (in worker)", "warm-up CPU s (each seed page once)", "version",
            "from"]
    table = _table(head, rows, ["---", "---:", "---:", "---", "---"])
    rows = [[labels[t], f"{i['wall_s']:.3f}", f"{i['cpu_s']:.3f}", ", ".join(i["heavy"]) or "none"]
            for t, i in imports.items() if "error" not in i]
    head = ["`import yongchuan_facts`, fresh interpreter, best of runs", "wall s", "CPU s",
            "heavy modules loaded"]
    return [*table, "", *_table(head, rows, ["---", "---:", "---:", "---"])]


def growth_table(growth: list[dict[str, Any]], per_doc_rate: float | None) -> list[str]:
    rows = []
    for g in growth:
        if "error" in g:
            rows.append([f"{g['size_m']:.2f}", "–", "–", "–", "–", "–", g["error"]])
            continue
        rel = "–" if not per_doc_rate else f"{g['chars_per_s'] / per_doc_rate:.2f}×"
        rows.append([f"{g['chars'] / MILLION:.2f}", f"{g['cpu_s']:.2f}", f"{g['chars_per_s']:,.0f}",
                     rel, f"{g['rss_before_mb']:.0f}", f"{g['peak_rss_mb']:.0f}",
                     f"{g['found']:,}"])
    return _table(["M chars (one document)", "CPU s", "chars/s", "rate / per-doc rate",
                   "RSS before MB", "peak RSS MB", "found"], rows, ["---:"] * 7)


def many_table(many: dict[str, Any]) -> list[str]:
    rows = []
    for w, best in many["wall_s"].items():
        runs = zip(many["runs_wall_s"][w], many["runs_cpu_s"][w], strict=True)
        rows.append([w, f"{best:.3f}", ", ".join(f"{x:.2f} / {c:.2f}" for x, c in runs)])
    return _table(["workers", "wall s (best)", "every run: wall s / CPU s (workers included)"],
                  rows, ["---", "---:", "---"])


def targets(res: dict[str, Any], growth: list[dict[str, Any]], long_m: float,
            imports: dict[str, Any], many: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 11: its figure, its limit, whether met (None: not measured)."""
    out: list[dict[str, Any]] = []
    reports = res["sets"].get("reports", {})
    for tool, label, limit in (
        ("baseline", "reports: this tree / first release", TARGET_VS_BASELINE),
        ("jionlp", "reports: this tree / jionlp money+time", TARGET_VS_JIONLP),
    ):
        if "current" in reports and tool in reports:
            v = ratios(reports["current"], reports[tool])["total"]
            out.append({"target": label, "value": f"{v:.2f}×", "limit": f"≥ {limit:g}×",
                        "ok": v >= limit})
    per_doc = reports.get("current", {}).get("chars_per_s")
    by_size = {round(g["size_m"], 6): g for g in growth if "error" not in g}
    long_doc = by_size.get(round(long_m, 6))
    if long_doc and per_doc:
        v = long_doc["chars_per_s"] / per_doc
        out.append({"target": f"one {long_m:g} M-char document / per-document rate (reports)",
                    "value": f"{v:.2f}×", "limit": f"≥ {TARGET_LONG:g}×", "ok": v >= TARGET_LONG})
    big = by_size.get(10.0)
    if big:
        out.append({"target": "peak memory, one 10 M-char document",
                    "value": f"{big['peak_rss_mb']:.0f} MB", "limit": f"≤ {TARGET_PEAK_MB:g} MB",
                    "ok": big["peak_rss_mb"] <= TARGET_PEAK_MB})
    imp = imports.get("current", {})
    if "cpu_s" in imp:  # CPU: the wall time of a fresh interpreter swings with the machine's load
        out.append({"target": "`import yongchuan_facts` (CPU, best; wall below)",
                    "value": f"{imp['cpu_s']:.3f} s", "limit": f"≤ {TARGET_IMPORT_S:g} s",
                    "ok": imp["cpu_s"] <= TARGET_IMPORT_S})
    if "speedup" in many:
        load = many["loadavg"][0]
        for key, pool in (("speedup", "a new pool"), ("speedup_reused", "the pool reused")):
            v = many[key]
            out.append({"target": f"extract_many, 2 workers ({pool}) / 1, wall "
                                  f"({many['cpus']} CPUs, load {load:.1f})",
                        "value": f"{v:.2f}×", "limit": f"≥ {TARGET_WORKERS:g}×",
                        "ok": v >= TARGET_WORKERS})
    return out


def report(res: dict[str, Any], growth: list[dict[str, Any]], long_m: float,
           imports: dict[str, Any], many: dict[str, Any], labels: dict[str, str],
           rounds: int) -> str:
    checks = targets(res, growth, long_m, imports, many)
    mark = {True: "yes", False: "NO", None: "–"}
    per_doc = res["sets"].get("reports", {}).get("current", {}).get("chars_per_s")
    lines = ["## Targets (issue 11)", "",
             *_table(["target", "measured", "limit", "met"],
                     [[c["target"], c["value"], c["limit"], mark[c["ok"]]] for c in checks],
                     ["---", "---:", "---:", ":---:"]),
             "", f"## Per document: CPU time, best of {rounds} interleaved rounds", "",
             *per_document_table(res, labels), "",
             "## Warm-up and import (not counted above)", "",
             *warmup_table(res, imports, labels), "",
             "## One long document (the reports joined and repeated), each size a fresh process",
             "", *growth_table(growth, per_doc), ""]
    if "wall_s" in many:
        lines += ["## extract_many on the reports (wall time, best of rounds, alternating)", "",
                  *many_table(many), ""]
    elif many:
        lines += [f"extract_many: {many.get('error')}", ""]
    return "\n".join(lines)


# --- main -------------------------------------------------------------------------------------


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    p.add_argument("--baseline", help="the previous release: its source tree, its src/ or a venv")
    p.add_argument("--reports", type=pathlib.Path, default=REPORTS,
                   help="folder of report texts, each one document (default: %(default)s)")
    p.add_argument("--rounds", type=int, default=5, help="interleaved rounds (best kept)")
    p.add_argument("--sizes", type=float, nargs="*", default=[1, 2, 5, 10],
                   help="single-document growth, in millions of characters")
    p.add_argument("--long", type=float, default=2.0, help="M chars of the long-document target")
    p.add_argument("--no-jionlp", action="store_true", help="leave jionlp out")
    p.add_argument("--quick", action="store_true",
                   help="2 rounds, a 1 M-char long document, no growth series: about a minute")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per growth size")
    p.add_argument("--json", type=pathlib.Path, help="write every figure here")
    p.add_argument("--serve", help=argparse.SUPPRESS)
    p.add_argument("--probe", help=argparse.SUPPRESS)
    p.add_argument("--path", help=argparse.SUPPRESS)
    p.add_argument("--chars", type=int, help=argparse.SUPPRESS)
    p.add_argument("--repeats", type=int, default=1, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.rounds, args.sizes, args.long = min(args.rounds, 2), [], 1.0
    return args


def _child_main(args: argparse.Namespace) -> int:
    if args.serve:
        serve(args.serve, args.path)
        return 0
    warmup = list(read_dir(SEEDS).values())
    proto = _protocol_stream()
    if args.probe == "growth":
        out = probe_growth(args.path, str(args.reports), args.chars, args.repeats, warmup)
    elif args.probe == "many":
        out = probe_many(args.path, str(args.reports), args.rounds, warmup)
    else:
        out = probe_import(args.path)
    proto.write(json.dumps(out) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    if args.serve or args.probe:
        return _child_main(args)
    sets = {"reports": list(read_dir(args.reports).values()),
            "seeds": list(read_dir(SEEDS).values())}
    if not sets["reports"]:
        raise SystemExit(f"no reports in {args.reports} (--reports)")
    # every seed page once: one has a dateline, so dateparser is loaded too, not only jieba
    warmup = sets["seeds"]
    labels = {"current": "this tree", "jionlp": "jionlp money+time"}
    workers = [Worker("current", "yongchuan_facts", sys.executable, str(SOURCE))]
    pythons = {"current": (sys.executable, str(SOURCE))}
    if args.baseline:
        python, path = interpreter(args.baseline)
        labels["baseline"] = f"baseline ({args.baseline})"
        pythons["baseline"] = (python, path)
        workers.append(Worker("baseline", "yongchuan_facts", python, path))
    if not args.no_jionlp:
        workers.append(Worker("jionlp", "jionlp", sys.executable, None))
    load_before = os.getloadavg()
    try:
        res = per_document(workers, sets, args.rounds, warmup)
    finally:
        for w in workers:
            w.close()
    # the first size: the reports joined once, every distinct name of the corpus in one text
    once = len(joined(args.reports)) / MILLION
    sizes = sorted(set(args.sizes) | {args.long, once})
    growth = []
    for m in sizes:
        print(f"… one document of {m:.2f} M chars", file=sys.stderr, flush=True)
        chars = round(m * MILLION)
        g = run_probe(sys.executable, "--probe", "growth", "--path", str(SOURCE), "--chars",
                      str(chars), "--repeats", "3" if chars <= 2 * MILLION else "1",
                      "--reports", str(args.reports), timeout=args.timeout)
        growth.append({"size_m": m, **g})
    print("… import and extract_many", file=sys.stderr, flush=True)
    repeats = 3 if args.quick else 7
    imports = {tool: import_times(path, python, repeats)
               for tool, (python, path) in pythons.items()}
    many = run_probe(sys.executable, "--probe", "many", "--path", str(SOURCE), "--rounds",
                     str(max(3, args.rounds)), "--reports", str(args.reports), timeout=600)
    print(report(res, growth, args.long, imports, many, labels, args.rounds))
    machine = {"python": platform.python_version(), "platform": platform.platform(),
               "cpus": os.cpu_count(), "loadavg_before": load_before,
               "loadavg_after": os.getloadavg()}
    print(f"\nload average {load_before[0]:.2f} before, {machine['loadavg_after'][0]:.2f} after; "
          f"{machine['cpus']} CPUs", file=sys.stderr)
    if args.json:
        full = {"machine": machine, "rounds": args.rounds, "labels": labels,
                "targets": targets(res, growth, args.long, imports, many),
                "per_document": res, "growth": growth, "imports": imports, "extract_many": many}
        args.json.write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
        print(f"written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
