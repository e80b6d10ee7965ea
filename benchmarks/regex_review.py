"""Hunt for super-linear regexes: every pattern in the package, on text made of its own pieces.

    .venv/bin/python benchmarks/regex_review.py          # prints the suspects, exit 1 if any

Every rule's pattern and every compiled `regex` pattern held at module level in
`yongchuan_facts` is scanned (`finditer`, or for a rule `Rule.finditer`: the anchored scan of
`rules/prefilter.py` where it has an anchor, as the engine does) over adversarial texts at two
sizes, n and 4n characters: runs of each character the pattern names (digits, 万, 《, a quote,
a Han character), runs of pairs of them, and seeded random mixes. A pattern whose time grows
more than 8× when the text grows 4× (quadratic or worse) is reported with the text that shows
it. Catastrophic backtracking shows here as a ratio of 16 and more. A script, not a test: it
times things, and the bar is a judgement.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

import yongchuan_facts
from yongchuan_facts.api import PIPELINES

SMALL, FACTOR = 4_000, 4
SUSPECT_RATIO = 8.0  # ×4 text, ×16 time would be quadratic; ×8 leaves room for noise
MIN_SECONDS = 0.02  # below this, the big run is too quick to judge
EXTRA = "0123456789十万亿一二百千《》“”\"，。、 \n%.-年月日元家个"
# Reviewed by hand: super-linear under `finditer`, but only ever used anchored or on a short
# string, where the cost is linear in that string (issue 7's review; see docs/scale.md).
REVIEWED: dict[str, str] = {
    "yongchuan_facts.rules.metrics.modality._ENUMERATOR":
        "only `.match` at a paragraph's start: one start position, linear",
    "yongchuan_facts.rules.projects.build._NOT_IN_NAME":
        "only `.sub` on a project name (≤ 60 characters, whitespace runs ≤ 2 once normalized)",
    "yongchuan_facts.rules.projects.widen._LATIN_WORD":
        "only `.fullmatch` on one jieba token",
    "yongchuan_facts.stages.link.indicator._LEADING_TIME":
        "only `.match` at one position, the start of an indicator phrase inside the figure's "
        "sentence window: one attempt is linear in that window (finditer would retry at every "
        "digit of a run, which the engine never does)",
    "yongchuan_facts.stages.link.indicator._LISTED":
        "only `.match(text, start, end)` on one indicator phrase, at most `_REACH` (60) "
        "characters before its figure: quadratic in at most 60 characters is a constant",
}


@dataclass(frozen=True)
class Scanned:
    """A pattern and the scan the package runs it with (a rule's own, else `finditer`)."""

    pattern: regex.Pattern[str]
    finditer: Callable[[str], Iterator[regex.Match[str]]]


def patterns() -> dict[str, Scanned]:
    """name → pattern, for every rule and every module-level compiled pattern."""
    found: dict[str, Scanned] = {}
    for p in PIPELINES.values():
        for rule in p.rules:
            found[f"rule {p.kind}.{rule.name}"] = Scanned(rule.pattern, rule.finditer)
    for info in pkgutil.walk_packages(yongchuan_facts.__path__, "yongchuan_facts."):
        if info.name.endswith(("dask", "strategies")) or ".strategies." in info.name:
            continue  # optional dependencies
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found.setdefault(f"{info.name}.{attr}", Scanned(value, value.finditer))
    return found


def alphabet(pattern: regex.Pattern[str]) -> list[str]:
    """The literal characters of the pattern's source, plus digits and usual suspects."""
    chars = {c for c in pattern.pattern if not c.isascii() or c in "0123456789%.-,:/"}
    return sorted(chars | set(EXTRA))


def texts(chars: list[str], n: int) -> dict[str, str]:
    rng = random.Random(7)
    out = {f"run {c!r}": c * n for c in chars}
    for _ in range(12):
        a, b = rng.sample(chars, 2)
        out[f"pairs {a + b!r}"] = (a + b) * (n // 2)
    for k in range(6):
        out[f"mix {k}"] = "".join(rng.choice(chars) for _ in range(n))
    # thousands groups (issue 12): one number of n/4 groups, and groups that never close
    out["comma groups"] = "1" + ",000" * (n // 4)
    out["comma groups, short"] = "1" + ",00" * (n // 3)
    out["mixed multipliers"] = "1" + "万1000" * (n // 5)
    return out


def scan_time(pattern: Scanned, text: str, repeat: int = 3) -> float:
    """Best of `repeat` scans: a first scan of a text may pay for the engine's warm-up (seen
    as ×25 on digit runs that scale linearly from 16,000 characters on)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def review(pattern: Scanned) -> list[tuple[str, float, float]]:
    """The texts on which this pattern looks super-linear: (text, small s, big s)."""
    suspects = []
    chars = alphabet(pattern.pattern)
    small, big = texts(chars, SMALL), texts(chars, SMALL * FACTOR)
    for name, text in small.items():
        t_small = scan_time(pattern, text)
        if t_small * FACTOR**2 < MIN_SECONDS:
            continue  # even quadratic growth would stay too quick to judge at 4n
        t_big = scan_time(pattern, big[name])
        if t_big > MIN_SECONDS and t_big > SUSPECT_RATIO * max(t_small, 1e-6):
            if _steps_once(pattern, chars, name, t_big):
                continue
            suspects.append((name, t_small, t_big))
    return suspects


def _steps_once(pattern: Scanned, chars: list[str], name: str, t_big: float) -> bool:
    """A jump between n and 4n that does not come back between 4n and 16n is a one-time step
    (the regex module's per-text overhead grows by a constant factor past ~8,000 characters, on
    every pattern of the package alike, even on a run of a character that no pattern starts
    with), not a super-linear scan: super-linear growth goes on at every size."""
    t_huge = scan_time(pattern, texts(chars, SMALL * FACTOR**2)[name], repeat=1)
    return t_huge <= SUSPECT_RATIO * t_big


def main() -> int:
    found = patterns()
    bad = 0
    for name, pattern in sorted(found.items()):
        suspects = review(pattern)
        if suspects and name in REVIEWED:
            print(f"reviewed {name}: {REVIEWED[name]}")
        elif suspects:
            bad += 1
            for text, ts, tb in suspects[:3]:
                print(f"SUSPECT {name}: {text}: {ts:.3f}s at {SMALL:,} → {tb:.3f}s at "
                      f"{SMALL * FACTOR:,} chars (×{tb / max(ts, 1e-6):.0f})")
    print(f"{len(found)} patterns reviewed, {bad} suspect")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
