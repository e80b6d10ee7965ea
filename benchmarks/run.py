"""End-to-end throughput, linearity, peak memory and import time, printed and saved as JSON.

    .venv/bin/python benchmarks/run.py                 # 1 MB and 10 MB, every tool
    .venv/bin/python benchmarks/run.py --sizes 1 --out /tmp/bench.json

The text is the seed documents (`fixtures/seeds/*.txt`) joined by blank lines and repeated up to
N megabytes of UTF-8 (1 MB = 1,000,000 bytes, about 340,000 characters of Chinese). Each tool and
size runs in a fresh subprocess, so its peak memory (the process's maximum resident set, the
interpreter and imports included) is its own. Tools, all on the same text:

- `yongchuan_facts`: `extract(text)`, every kind, single core;
- `jionlp`: `jionlp.ner.extract_money(text)` + `jionlp.ner.extract_time(text)` (it does less:
  no counts, percentages, areas, labels or projects);
- `regex floor`: one `regex` scan for Arabic numbers, the least any extractor must do.

A warm-up call on one seed loads the lazy tables (OpenCC, jieba, pint) before the clock starts;
its time is reported apart. Texts up to 2 MB are timed 3 times and the best run is kept (this
makes the linearity ratio, if anything, stricter). Bars (issue 7): ≥ 10× jionlp's throughput,
10 MB in ≤ 11× the time of 1 MB, < 300 MB peak for 10 MB, `import yongchuan_facts` < 0.5 s.
This is a script, never a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
MB = 1_000_000
TOOLS = ("yongchuan_facts", "jionlp", "regex floor")
LAZY_MODULES = ("jieba", "pint", "dateparser", "opencc", "pandas", "pyarrow", "dask")

REPEATS, REPEAT_UP_TO_MB = 3, 2  # small texts: best of 3 runs (big ones take long enough)
BAR_SPEEDUP = 10.0  # × jionlp's characters per second
BAR_LINEARITY = 1.1  # time(10 MB) / time(1 MB) ≤ 1.1 × 10
BAR_PEAK_MB = 300.0  # peak resident memory for the 10 MB text
BAR_IMPORT_S = 0.5


def seed_text() -> str:
    parts = []
    for path in sorted(SEEDS.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:
            parts.append(fh.read())
    return "\n\n".join(parts)


def corpus(megabytes: float) -> str:
    """The seeds repeated to `megabytes` of UTF-8, cut at a character boundary."""
    unit = seed_text() + "\n\n"
    budget = int(megabytes * MB)
    copies, rest = divmod(budget, len(unit.encode("utf-8")))
    # the tail: as many characters of one more copy as fit (no big temporary to inflate the peak)
    tail = unit.encode("utf-8")[:rest].decode("utf-8", errors="ignore")
    return unit * copies + tail


# --- the tools: each returns (warm-up call, timed call returning a result count) ---------------


def _yongchuan() -> Callable[[str], int]:
    from yongchuan_facts import extract

    return lambda text: len(extract(text))


def _jionlp() -> Callable[[str], int]:
    import logging

    logging.disable(logging.CRITICAL)  # jionlp logs a traceback for each time it cannot parse
    import jionlp

    def run(text: str) -> int:
        money = jionlp.ner.extract_money(text)
        times = jionlp.ner.extract_time(text, time_base=time.time())
        return len(money) + len(times)

    return run


def _regex_floor() -> Callable[[str], int]:
    import regex

    number = regex.compile(r"\d+(?:\.\d+)?")
    return lambda text: sum(1 for _ in number.finditer(text))


LOADERS: dict[str, Callable[[], Callable[[str], int]]] = {
    "yongchuan_facts": _yongchuan, "jionlp": _jionlp, "regex floor": _regex_floor,
}


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def measure(tool: str, megabytes: float) -> dict[str, Any]:
    """Run in a fresh process: load, warm up, then time one call on the whole text."""
    text = corpus(megabytes)
    t0 = time.perf_counter()
    run = LOADERS[tool]()
    run(seed_text()[:4000])
    warmup = time.perf_counter() - t0
    rss_before = _peak_rss_mb()
    times = []
    for _ in range(REPEATS if megabytes <= REPEAT_UP_TO_MB else 1):
        t0 = time.perf_counter()
        found = run(text)
        times.append(time.perf_counter() - t0)
    seconds = min(times)  # the least disturbed run: other processes share the machine
    return {
        "tool": tool, "megabytes": megabytes, "chars": len(text), "found": found,
        "seconds": seconds, "chars_per_s": len(text) / seconds, "warmup_s": warmup,
        "rss_before_mb": rss_before, "peak_rss_mb": _peak_rss_mb(),
    }


def in_subprocess(tool: str, megabytes: float, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--measure", tool, str(megabytes)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"tool": tool, "megabytes": megabytes, "error": f"timed out after {timeout:.0f} s"}
    except subprocess.CalledProcessError as exc:
        tail = exc.stderr.strip().splitlines()[-1:] or ["?"]
        return {"tool": tool, "megabytes": megabytes, "error": tail[0]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_time(repeats: int = 5) -> dict[str, Any]:
    """Best wall time of `import yongchuan_facts` in a fresh interpreter, and what it loaded."""
    probe = (
        "import sys, time, json; t = time.perf_counter(); import yongchuan_facts; "
        "s = time.perf_counter() - t; "
        f"print(json.dumps([s, [m for m in {list(LAZY_MODULES)!r} if m in sys.modules]]))"
    )
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                             check=True)
        runs.append(json.loads(out.stdout))
    return {"seconds": min(s for s, _ in runs), "eager_heavy_modules": runs[0][1]}


# --- report -----------------------------------------------------------------------------------


def _row(r: dict[str, Any]) -> str:
    if "error" in r:
        return f"| {r['tool']} | {r['megabytes']:g} MB | – | – | – | – | {r['error']} |"
    return (
        f"| {r['tool']} | {r['megabytes']:g} MB | {r['chars']:,} | {r['seconds']:.2f} | "
        f"{r['chars_per_s']:,.0f} | {r['peak_rss_mb']:.0f} | {r['found']:,} |"
    )


def _get(results: list[dict[str, Any]], tool: str, mb: float) -> dict[str, Any] | None:
    r = next((r for r in results if r["tool"] == tool and r["megabytes"] == mb), None)
    return None if r is None or "error" in r else r


def bars(results: list[dict[str, Any]], imp: dict[str, Any], sizes: list[float]) -> list[dict]:
    """Each bar of issue 7: its figure, its limit and whether it is met (None: not measured)."""
    small, big = min(sizes), max(sizes)
    out = []
    ours_big, jio_big = _get(results, TOOLS[0], big), _get(results, "jionlp", big)
    ours_small, jio_small = _get(results, TOOLS[0], small), _get(results, "jionlp", small)
    ours, jio = (ours_big, jio_big) if jio_big else (ours_small, jio_small)
    if ours and jio:
        speedup = ours["chars_per_s"] / jio["chars_per_s"]
        out.append({"bar": f"throughput vs jionlp ({ours['megabytes']:g} MB)",
                    "value": f"{speedup:.1f}×", "limit": f"≥ {BAR_SPEEDUP:g}×",
                    "ok": speedup >= BAR_SPEEDUP})
    if ours_small and ours_big and big > small:
        ratio = ours_big["seconds"] / ours_small["seconds"]
        chars = ours_big["chars"] / ours_small["chars"]
        limit = BAR_LINEARITY * big / small
        out.append({"bar": f"time {big:g} MB / time {small:g} MB (chars ×{chars:.1f})",
                    "value": f"{ratio:.2f}×", "limit": f"≤ {limit:g}×", "ok": ratio <= limit})
    if ours_big:
        peak = ours_big["peak_rss_mb"]
        out.append({"bar": f"peak memory, {big:g} MB text", "value": f"{peak:.0f} MB",
                    "limit": f"< {BAR_PEAK_MB:g} MB", "ok": peak < BAR_PEAK_MB})
    eager = ", ".join(imp["eager_heavy_modules"]) or "none"
    out.append({"bar": f"import yongchuan_facts (heavy modules loaded: {eager})",
                "value": f"{imp['seconds']:.3f} s", "limit": f"< {BAR_IMPORT_S:g} s",
                "ok": imp["seconds"] < BAR_IMPORT_S and not imp["eager_heavy_modules"]})
    return out


def table(results: list[dict[str, Any]], checks: list[dict]) -> str:
    lines = ["| tool | text | chars | seconds | chars/s | peak MB | found |",
             "|---|---|---:|---:|---:|---:|---:|"]
    lines += [_row(r) for r in results]
    lines += ["", "| bar | measured | limit | met |", "|---|---:|---:|:---:|"]
    mark = {True: "yes", False: "NO", None: "–"}
    lines += [f"| {c['bar']} | {c['value']} | {c['limit']} | {mark[c['ok']]} |" for c in checks]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], metavar="MB")
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=TOOLS)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per measurement")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--measure", nargs=2, metavar=("TOOL", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # the child process
        print(json.dumps(measure(args.measure[0], float(args.measure[1]))))
        return 0
    results = []
    for mb in args.sizes:
        for tool in args.tools:
            print(f"… {tool} on {mb:g} MB", file=sys.stderr, flush=True)
            results.append(in_subprocess(tool, mb, args.timeout))
    imp = import_time()
    checks = bars(results, imp, args.sizes)
    print(table(results, checks))
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "results": results, "import": imp, "bars": checks,
    }
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}", file=sys.stderr)
    return 0 if all(c["ok"] is not False for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
