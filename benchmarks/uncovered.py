"""List every digit and Chinese-numeral run of a corpus that no fact covers, with the reason.

    PYTHONPATH=src .venv/bin/python benchmarks/uncovered.py [DIR_OR_FILES…] [--all]

Default corpus: ../shared/corpus/reports-2026. Each run of digits (Arabic, full-width) or of
Chinese numerals that overlaps no metric, date or project is given the first reason below
that fits; the counts by reason are printed, then the runs with no stated reason
(`unexplained`), which are what a recall review reads (issue 16). `--all` prints every run.
A script, not a test: the reasons are a reviewer's triage, not the library's decisions.
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Callable
from pathlib import Path

import regex

from yongchuan_facts import extract
from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.metrics.lexicon import NUMBERED_TERMS, UNITS
from yongchuan_facts.rules.metrics.vetoes import (
    in_note_heading,
    inside_quoted_name,
    inside_title,
    session_ordinal,
)
from yongchuan_facts.rules.patterns import one_of

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reports-2026"
RUN = regex.compile(r"[0-9]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")
_TERMS = regex.compile("|".join(sorted(NUMBERED_TERMS, key=len, reverse=True)))
# Words a lone numeral makes with its neighbours: idioms and vague quantities, not figures.
# What may follow a figure's number: a known unit or classifier (after a multiplier or 余/多).
_UNIT_AFTER = regex.compile(
    rf"[余多]?[十百千万亿]*[余多]?(?:{one_of(UNITS)}|年|百分点|个百分点|%|成)"
)
_NAMED_DURATION = regex.compile(r"(?:小时|分钟)[^，。、；：！？\s\d]{0,6}(?:圈|免签)")
IDIOMS = regex.compile(
    r"一批|一系列|一揽子|一体|一流|一线|一站|一网|一码|一件事|一张|一次性|一步|一起|一定|一直|一致|"
    r"一些|一切|一方面|一大|一把手|一流|万家|万户|千方百计|亿万|千万|百姓|万物|十分|一般|一样|统一|"
    r"唯一|之一|万一|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|一带|两岸|一带一路|一年一度"
)


def _reason(t: str, s: int, e: int) -> str | None:
    before, after = t[max(0, s - 2) : s], t[e : e + 3]
    checks: list[tuple[str, Callable[[], bool]]] = [
        ("ordinal (第…, 一是, （一）, 一、)", lambda: after[:1] in "是、）)］]"
         or before.endswith(("第", "（", "(", "［", "["))),
        ("session of a congress or plenum", lambda: session_ordinal(t, s, e + 1)),
        ("fixed term (八项规定, 三次产业)", lambda: any(
            m.start() < e and m.end() > s for m in _TERMS.finditer(t, max(0, s - 8), e + 8))),
        ("inside a quoted name or a book title", lambda: inside_quoted_name(t, s, e)
         or inside_title(t, s, e)),
        ("term explained by a note (［18］五张清单：)", lambda: in_note_heading(t, s, e)),
        ("duration naming a zone or policy (1小时通勤圈, 240小时过境免签)",
         lambda: bool(_NAMED_DURATION.match(t, e))),
        ("name or code glued to Latin (5G, L4, PM2.5)", lambda: bool(
            regex.match(r"[A-Za-z_.\-]", after) or regex.search(r"[A-Za-z_\-]$", before))),
        ("idiom or vague quantity (一批, 数十, 两三个)", lambda: bool(
            IDIOMS.search(t, max(0, s - 2), e + 3)) or before.endswith(("数", "几"))
         or bool(regex.fullmatch(r"[一两二三四五六七八九][二三四五六七八九]", t[s:e]))),
        ("ratio or score (8.7∶35.2, 3:2)", lambda: after[:1] in "∶:：/×" or before.endswith(
            ("∶", ":", "：", "/", "×"))),
        ("vetoed: a lone 一 (一项部署), 零… (零部件), a bare 二 (二轮延包), 两位数",
         lambda: t[s:e] in ("一", "二") or t[s] in "零〇" or after.startswith("位数")),
        ("part of a date or clock time", lambda: after[:1] in "年月日时号点"),
        ("identifier or phone number (over 15 digits, 023-…)", lambda: len(t[s:e]) > 15
         or before.endswith("-") or after[:1] == "-"),
        ("rank or position (居全国第1, 前10)", lambda: before.endswith(("前", "第", "居"))),
        ("number with a multiplier but no unit (在校学生13万)", lambda: t[e - 1 : e] in "万亿"
         or bool(regex.match(r"[余多]?[万亿]", after))),
        ("slogan glued to + (1+6, 10+3+N)", lambda: "+" in before + after[:1]),
        ("a multiple (增长4.9倍)", lambda: after[:1] == "倍"),
        ("age, anniversary, version, ranking list (80岁, 105周年, 2.0版, 500强)",
         lambda: after[:1] in "岁版强" or after.startswith("周年")),
        ("category count (7大领域, 五大板块: optional in FACTS)", lambda: after[:1] == "大"),
        ("numeral inside a word, no unit after it (零售, 长三角, 新一代, 二期)",
         lambda: not t[s].isdigit() and not _UNIT_AFTER.match(t, e)),
        ("ratio without a unit (收入倍差2.42, 2.0)", lambda: t[s].isdigit()
         and not _UNIT_AFTER.match(t, e)),
    ]
    for name, test in checks:
        if test():
            return name
    return None


def review(paths: list[Path], show_all: bool = False) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        text = normalize(raw).text
        facts = extract(text)
        spans = [(f.start, f.end) for f in (*facts.metrics, *facts.dates, *facts.projects)]
        covered = bytearray(len(text) + 1)
        for s, e in spans:
            covered[s:e] = b"\1" * (e - s)
        for m in RUN.finditer(text):
            s, e = m.span()
            if any(covered[s:e]):
                counts["covered by a fact"] += 1
                continue
            if len(m.group()) == 1 and m.group() in "十百千万亿":
                continue  # a lone multiplier is a word (十分, 百姓), not a numeral
            reason = _reason(text, s, e) or "unexplained"
            counts[reason] += 1
            if reason == "unexplained" or show_all:
                ctx = text[max(0, s - 12) : e + 8].replace("\n", "⏎")
                print(f"{path.stem}\t{reason}\t{m.group()}\t{ctx}")
    return counts


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    args = [a for a in argv if a != "--all"]
    paths: list[Path] = []
    for a in args or [str(DEFAULT)]:
        p = Path(a)
        paths += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    counts = review(paths, show_all)
    print()
    for reason, n in counts.most_common():
        print(f"{n:6d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
