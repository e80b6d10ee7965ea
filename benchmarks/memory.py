"""Where the memory of one long document goes: peak RSS, and what is alive when the facts are in.

    python benchmarks/memory.py                 # 10 M chars: peak RSS, facts, bytes per fact
    python benchmarks/memory.py 2 --trace 15    # 2 M chars under tracemalloc: the 15 top lines

The text is the 23 reports joined and repeated (as `run.py`'s growth part). Without `--trace`
the figures are the process's own (`ru_maxrss`, `/proc/self/statm`); with it, `tracemalloc`
(about 5× slower) shows the lines that allocated what is alive when `FactSet` receives the
facts, and the traced peak. Resident memory is more than the traced objects: the interpreter,
the imports and jieba's dictionary (the RSS before the call), and heap the C allocator keeps
after transient copies (glibc raises its mmap threshold after a large free, so later large
blocks come from the heap and stay resident once freed). For a text of `LONG_TEXT` characters
or more the engine hands that memory back between its stages and compacts the facts
(`stages/long_text.py`): this script measures that path from 1 M characters on.
"""

from __future__ import annotations

import argparse
import pathlib
import resource
import sys
import time
import tracemalloc

HERE = pathlib.Path(__file__).resolve().parent
REPORTS = HERE.parent.parent / "shared" / "corpus" / "reports-2026"


def long_text(reports: pathlib.Path, chars: int) -> str:
    """The reports joined by newlines, repeated and cut to `chars` characters."""
    one = "\n".join(p.read_text(encoding="utf-8") for p in sorted(reports.glob("*.txt"))) + "\n"
    return (one * (chars // len(one) + 1))[:chars]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    p.add_argument("mchars", type=float, nargs="?", default=10.0, help="M characters (10)")
    p.add_argument("--trace", type=int, default=0, metavar="N",
                   help="run under tracemalloc and show the N top allocating lines")
    p.add_argument("--reports", type=pathlib.Path, default=REPORTS)
    args = p.parse_args(argv)

    import yongchuan_facts as yf
    from yongchuan_facts.schema import factset

    text = long_text(args.reports, int(args.mchars * 1e6))
    getattr(yf, "warm_up", lambda: None)()  # jieba, OpenCC … loaded before, not counted
    yf.extract(text[:20_000])
    seen: dict[str, object] = {}
    init = factset.FactSet.__init__

    def observed(self: factset.FactSet, raw: str, facts: object = (), **kw: object) -> None:
        facts = list(facts)  # type: ignore[call-overload]
        seen["rss"] = rss_mb()
        if tracemalloc.is_tracing():
            seen["traced"] = tracemalloc.get_traced_memory()
            seen["snapshot"] = tracemalloc.take_snapshot()
        init(self, raw, facts, **kw)  # type: ignore[arg-type]

    factset.FactSet.__init__ = observed  # type: ignore[method-assign]
    before = rss_mb()
    if args.trace:
        tracemalloc.start(1)
    cpu = time.process_time()
    fs = yf.extract(text)
    cpu = time.process_time() - cpu
    print(f"{len(text):,} chars, {len(fs):,} facts, {cpu:.1f} s CPU{' (traced)' * bool(args.trace)}"
          f"; RSS before {before:.0f} MB, when the facts are in {seen['rss']:.0f} MB, "
          f"peak {peak_rss_mb():.0f} MB ({yf.__file__})")
    if args.trace:
        current, peak = seen["traced"]  # type: ignore[misc]
        print(f"traced: {current / 1e6:.1f} MB alive when the facts are in "
              f"({current / max(1, len(fs)):.0f} bytes a fact, text included), "
              f"peak {peak / 1e6:.1f} MB")
        for stat in seen["snapshot"].statistics("lineno")[: args.trace]:  # type: ignore[attr-defined]
            print(f"{stat.size / 1e6:8.1f} MB {stat.count:>9,}  {stat.traceback}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
