"""Peak memory and CPU time of `extract()` on hostile shapes of text (issue 12 item 7).

    python benchmarks/hostile_memory.py                      # every case at 1 M and 10 M chars
    python benchmarks/hostile_memory.py --sizes 1 --cases quotes,lists
    python benchmarks/hostile_memory.py --tracemalloc        # Python's own peak, not RSS (slower)

Each case runs in a fresh interpreter (`python -I`, this tree's `src/` first on `sys.path`), so
no run inherits another's heap. The worker builds the text, notes its resident size (the
interpreter, the imports and the text itself), runs `extract` once and reports:

- `cpu s`: CPU time of the `extract` call (`time.process_time`);
- `peak MB`: the process's peak resident size (`ru_maxrss`), everything included: this is what
  the bar of issue 12 (≤ 300 MB at 10 M characters of any text) is about;
- `extract MB`: the peak minus the resident size before the call (what the call itself added);
- with `--tracemalloc`, the peak of Python allocations during the call instead (slower: the
  tracer costs about 2x CPU, so `cpu s` is then not comparable).

A time that grows faster than the size between 1 M and 10 M characters shows as `µs/char` rising.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
REPORTS = HERE.parent.parent / "shared" / "corpus" / "reports-2026"


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


def _reports(n: int, folder: Path = REPORTS) -> str:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no reports in {folder} (--reports DIR)")
    joined = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return (joined * (n // len(joined) + 1))[:n]


# name → (what it is, how it is made); every text is cut to exactly n characters
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "reports": ("dense report text: the 23 reports joined, repeated", _reports),
    "titles": ("'《计划》' * n/4: a project candidate per 4 chars", _repeat("《计划》")),
    "quotes": ("'“计划”' * n/4: quoted names, vetoed", _repeat("“计划”")),
    "lists": ("'创新平台，' * n/5: a head noun per clause", _repeat("创新平台，")),
    "digits": ("'1' * n: one endless digit run", _repeat("1")),
    "counts": ("'企业3家，' * n/5: a metric per clause", _repeat("企业3家，")),
    # the shapes of issue 12 item 7 beyond the six above
    "sentences": ("'增长5%。\\n' * n/6: a million tiny sentences and paragraphs",
                  _repeat("增长5%。\n")),
    "items": ("'企业、' * n/3: one endless 、 list", _repeat("企业、")),
    "lead-ins": ("'2021年，营收3亿元。\\n' * n/13: a lead-in time per paragraph",
                 _repeat("2021年，营收3亿元。\n")),
    "headings": ("'一、工作回顾\\n企业3家。\\n' * n/13: a section per 13 chars",
                 _repeat("一、工作回顾\n企业3家。\n")),
}


def _worker(case: str, n: int, reports: str, tracemalloc_on: bool) -> dict[str, object]:
    """Run in the fresh interpreter: build the text, extract once, measure."""
    import gc
    import resource
    import time
    import tracemalloc

    from yongchuan_facts import extract

    make = CASES[case][1]
    text = _reports(n, Path(reports)) if case == "reports" else make(n)
    extract("2019年，企业3家，建设大数据产业园。")  # lazy loads (lexicons, jieba) first
    gc.collect()
    before = _rss_now()
    if tracemalloc_on:
        tracemalloc.start()
    t0 = time.process_time()
    facts = extract(text)
    cpu = time.process_time() - t0
    traced = tracemalloc.get_traced_memory()[1] if tracemalloc_on else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"case": case, "chars": n, "cpu": cpu, "peak_mb": peak, "before_mb": before,
            "traced_mb": traced / 2**20 if traced is not None else None, "facts": len(facts)}


def _rss_now() -> float:
    """The resident size now, in MiB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(case: str, n: int, reports: Path, tracemalloc_on: bool,
            src: Path = SRC) -> dict[str, object]:
    """One case at one size, in its own interpreter, with `src` first on its path."""
    code = (f"import sys; sys.path[:0] = [{str(src)!r}, {str(HERE)!r}]\n"
            "import json, hostile_memory as h\n"
            f"print(json.dumps(h._worker({case!r}, {n}, {str(reports)!r}, {tracemalloc_on})))")
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        return {"case": case, "chars": n, "error": out.stderr.strip().splitlines()[-1:]}
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _row(r: dict[str, object]) -> str:
    if "error" in r:
        return f"| {r['case']} | {r['chars']:,} | failed: {r['error']} | | | | |"
    n = int(r["chars"])  # type: ignore[call-overload]
    cpu = float(r["cpu"])  # type: ignore[arg-type]
    peak, before = float(r["peak_mb"]), float(r["before_mb"])  # type: ignore[arg-type]
    traced = r.get("traced_mb")
    extra = f"{float(traced):.0f}" if traced is not None else f"{peak - before:.0f}"  # type: ignore[arg-type]
    return (f"| {r['case']} | {n:,} | {cpu:.1f} | {cpu / n * 1e6:.2f} | {peak:.0f} | {extra} "
            f"| {r['facts']:,} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="millions of characters, comma-separated")
    ap.add_argument("--cases", default=",".join(CASES), help=f"some of {','.join(CASES)}")
    ap.add_argument("--reports", type=Path, default=REPORTS)
    ap.add_argument("--tracemalloc", action="store_true", help="Python's peak instead of RSS")
    ap.add_argument("--src", type=Path, default=SRC,
                    help="the source tree to measure (another checkout's src/, to compare)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = ap.parse_args(argv)
    sizes = [int(float(s) * 1_000_000) for s in args.sizes.split(",")]
    cases = args.cases.split(",")
    unknown = set(cases) - set(CASES)
    if unknown:
        ap.error(f"unknown case(s) {sorted(unknown)}; choose from {list(CASES)}")
    added = "traced MB" if args.tracemalloc else "extract MB"
    print(f"| case | chars | cpu s | µs/char | peak MB | {added} | facts |")
    print("|---|---|---|---|---|---|---|")
    rows = []
    for case in cases:
        for n in sizes:
            r = measure(case, n, args.reports, args.tracemalloc, args.src)
            rows.append(r)
            print(_row(r), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
