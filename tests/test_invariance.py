"""Invariance: a text written another way gives the facts of the text as it is, offsets,
values, labels, modality, periods and names alike (only the raw text of a span differs).
Checked on real text, the seeds and dev-b rewritten one character for one (so every offset
stays):
- in traditional characters (OpenCC), as Hong Kong (衞, 「」) and mainland traditional text;
- with ASCII letters, digits, signs and quotes full-width (２０２６－０２－０９, ＂科创中国＂);
- with the clause marks and brackets in ASCII (，→, ；→; （）→());
- with a classic Mac's line ends (a lone \\r).

Taiwan's conversion (s2tw) is left out on purpose: it writes 着 as 著, which simplified text
uses too (著名), so 跟著 cannot be folded back and a name holding it keeps its 著.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import pathlib
import re
import string
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

import pytest

from yongchuan_facts import extract

REPO = pathlib.Path(__file__).resolve().parent.parent
DEV_B = REPO.parent / "shared" / "dev-b" / "texts"
# the seeds written in simplified characters (001 is traditional already)
SIMPLIFIED_SEEDS = ["000_0d0990aeaf755118.txt", "002_c4b5764eaa50dfb1.txt",
                    "003_c1d5998f17e0badc.txt", "004_4093b89e4d5d4e75.txt"]
RAW_TEXT_FIELDS = {"text", "indicator"}  # raw characters: they differ by script


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def to_traditional(text: str, config: str, corner_quotes: bool = False) -> str:
    """`text` converted one character at a time (so that every offset stays), its curly
    quotes written as corner quotes if asked.

        >>> to_traditional("“永企惠”平台上线", "s2hk", corner_quotes=True)
        '「永企惠」平台上線'
    """
    convert = _converter(config).convert
    out = "".join(c if len(t := convert(c)) != 1 else t for c in text)
    if corner_quotes:
        out = out.replace("“", "「").replace("”", "」")
    assert len(out) == len(text)
    return out


def _texts() -> Iterator[tuple[str, str]]:
    for name in SIMPLIFIED_SEEDS:
        yield name, (REPO / "fixtures" / "seeds" / name).read_text(encoding="utf-8")
    if DEV_B.is_dir():
        for path in sorted(DEV_B.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")


def _facts(text: str) -> dict[tuple[str, int, int], dict[str, Any]]:
    facts = (json.loads(line) for line in extract(text).to_jsonl().splitlines())
    return {(f["kind"], f["start"], f["end"]): {k: v for k, v in f.items()
                                                if k not in RAW_TEXT_FIELDS} for f in facts}


TEXTS = dict(_texts())
# the 23 work reports, where the shared folder is beside the clone (CI has it)
CORPUS = REPO.parent / "shared" / "corpus" / "reports-2026"
REPORTS = {p.name: p for p in sorted(CORPUS.glob("*.txt"))} if CORPUS.is_dir() else {}


@pytest.mark.parametrize("corner_quotes", [False, True], ids=["curly", "corner"])
@pytest.mark.parametrize("config", ["s2t", "s2hk"])
@pytest.mark.parametrize("name", list(TEXTS))
def test_the_same_facts_in_either_script(name: str, config: str, corner_quotes: bool) -> None:
    simplified = TEXTS[name]
    _assert_same_facts(simplified, to_traditional(simplified, config, corner_quotes))


def _assert_same_facts(text: str, rewritten: str,
                       names: Callable[[str], str] | None = None) -> None:
    """`rewritten` (as long as `text`) gives the facts of `text`: the same spans, none lost or
    added, and the same fields but the raw text. `names`: what the rewriting does to a project's
    name, where it reaches characters a name keeps (its brackets)."""
    assert len(rewritten) == len(text)
    assert rewritten != text
    want, got = _facts(text), _facts(rewritten)
    if names is not None:
        for fact in want.values():
            if fact["kind"] == "project":
                fact["name"] = names(fact["name"])
    assert want
    assert sorted(got) == sorted(want)
    differ = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not differ, list(differ.items())[:3]


# letters, digits and the signs inside figures and names; not the ASCII clause marks (, : ;),
# whose full-width forms are clause marks of Chinese text and change its clauses on purpose
_ALNUM = string.digits + string.ascii_letters
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in _ALNUM + "%.+-/\"'"}
# the other way: the clause marks and brackets of Chinese text written in ASCII, as in news
# from Hong Kong and Taiwan and in OCR'd pages (seed 002); what a mark ends stays the same
ASCII_MARKS = str.maketrans("，；：！？（）", ",;:!?()")
WRITINGS = {
    "full-width": lambda text: "".join(FULL_WIDTH.get(c, c) for c in text),
    "ascii-marks": lambda text: text.translate(ASCII_MARKS),
    "lone-cr": lambda text: text.replace("\n", "\r"),
}


@pytest.mark.parametrize("writing", list(WRITINGS))
@pytest.mark.parametrize("name", list(TEXTS))
def test_the_same_facts_however_the_text_is_written(name: str, writing: str) -> None:
    rewritten = WRITINGS[writing](TEXTS[name])
    if rewritten == TEXTS[name]:
        pytest.skip("written so already (seed 002 has ASCII marks only)")
    names = (lambda n: n.translate(ASCII_MARKS)) if writing == "ascii-marks" else None
    _assert_same_facts(TEXTS[name], rewritten, names)


def hard_wrapped(text: str, width: int) -> tuple[str, list[int]]:
    """`text` with a line break after every `width` characters of a line, as a PDF's text
    layer gives it, and the offsets in the wrapped text of the breaks put in.

        >>> hard_wrapped("营收139亿元，增长15.4%。", 8)
        ('营收139亿元，\\n增长15.4%。', [8])
    """
    out: list[str] = []
    breaks: list[int] = []
    column = 0
    for c in text:
        if c == "\n":
            column = 0
        elif column == width and c == " ":  # a wrap at a space takes its place
            out.append("\n")
            column = 0
            continue
        elif column == width:
            breaks.append(len(out))
            out.append("\n")
            column = 0
        if c != "\n":
            column += 1
        out.append(c)
    return "".join(out), breaks


def _figures(text: str, breaks: Sequence[int] = (),
             kinds: tuple[str, ...] = ("metric", "date")) -> list[tuple[Any, ...]]:
    """Each fact of `kinds` as (kind, start, end, and its value, unit and qualifier, its range,
    or its name), its offsets those of the text before `breaks` were put in."""
    def unwrapped(i: int) -> int:
        return i - bisect.bisect_left(breaks, i)

    out = []
    for f in extract(text).facts:
        if f.kind not in kinds:
            continue
        if f.kind == "metric":
            what: tuple[Any, ...] = (f.value, f.unit, f.qualifier)
        elif f.kind == "date":
            what = (f.date_start, f.date_end, f.granularity)
        else:
            what = (f.name,)
        out.append((f.kind, unwrapped(f.start), unwrapped(f.end), *what))
    return out


_BESIDE_HAN = frozenset(_ALNUM + "%.")  # what a PDF's text layer spaces off Han characters


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def spaced_latin(text: str) -> tuple[str, list[int]]:
    """`text` with a space between each Han character and a Latin letter, digit or sign beside
    it, as some PDF text layers give it (`2025 年`, `A 股`), and the offsets of the spaces.

        >>> spaced_latin("建成5G基站3万个")
        ('建成 5G 基站 3 万个', [2, 5, 8, 10])
    """
    out: list[str] = []
    spaces: list[int] = []
    for c, after in zip(text, [*text[1:], ""], strict=True):
        out.append(c)
        if (_is_han(c) and after in _BESIDE_HAN) or (c in _BESIDE_HAN and after and _is_han(after)):
            spaces.append(len(out))
            out.append(" ")
    return "".join(out), spaces


@pytest.mark.parametrize("name", list(TEXTS))
def test_spaces_beside_latin_and_digits_change_no_fact(name: str) -> None:
    text = TEXTS[name]
    spaced, spaces = spaced_latin(text)
    kinds = ("metric", "date", "project")
    assert _figures(spaced, spaces, kinds) == _figures(text, (), kinds)



def indented(text: str, indent: str = "\u3000\u3000") -> tuple[str, list[int]]:
    """`text` with every line after the first indented, as web pages and word processors
    write Chinese paragraphs (two ideographic spaces), and the offsets of the characters put in.

        >>> indented("一、回顾\\n增长5%")
        ('一、回顾\\n\u3000\u3000增长5%', [5, 6])
    """
    out: list[str] = []
    added: list[int] = []
    for c in text:
        out.append(c)
        if c == "\n":
            for space in indent:
                added.append(len(out))
                out.append(space)
    return "".join(out), added


def _every_field(text: str, added: Sequence[int] = ()) -> dict[tuple[str, int, int], Any]:
    """Each fact's fields but its raw text, its offsets (and its indicator's) those of the text
    before the characters at `added` were put in."""
    def before(i: int | None) -> int | None:
        return None if i is None else i - bisect.bisect_left(added, i)

    out = {}
    for key, fact in _facts(text).items():
        for field in ("start", "end", "indicator_start", "indicator_end"):
            if field in fact:
                fact[field] = before(fact[field])
        out[(key[0], before(key[1]), before(key[2]))] = fact
    return out


@pytest.mark.parametrize("name", [*(n for n in TEXTS if n not in SIMPLIFIED_SEEDS), *REPORTS])
def test_indented_paragraphs_change_no_fact(name: str) -> None:
    """dev-b and the 23 reports, where a line is a paragraph (the seed pages are hard-wrapped:
    a line is no paragraph there, and an indent inside one starts a new one on purpose). An
    indent before 各位代表 hid a paragraph's lead-in (刚刚过去的2025年: its figures took the five
    years), and a heading ran on into the line after it (三、全力抓好七项重点工作（一）立足…) only
    where no indent parted them."""
    text = TEXTS[name] if name in TEXTS else REPORTS[name].read_text(encoding="utf-8")
    shifted, added = indented(text)
    assert _every_field(shifted, added) == _every_field(text)

def letter_spaced(text: str, space: str = " ") -> tuple[str, list[int]]:
    r"""`text` with a space after every Han character (a PDF's letter-spaced text layer, or an
    OCR's: 一 、 工 作 回 顾), and the offsets of the spaces.

        >>> letter_spaced("一、工作回顾\n增长5%")
        ('一 、工 作 回 顾\n增 长 5%', [1, 4, 6, 8, 12, 14])
    """
    out: list[str] = []
    spaces: list[int] = []
    for c, after in zip(text, [*text[1:], ""], strict=True):
        out.append(c)
        if _is_han(c) and after and after != "\n":
            spaces.append(len(out))
            out.append(space)
    return "".join(out), spaces


def _read(text: str, spaces: Sequence[int] = ()) -> dict[tuple[str, int, int], dict[str, Any]]:
    """Every fact's fields but its raw text and offsets, under its kind and its offsets in the
    text before `spaces` were put in."""
    def unspaced(i: int) -> int:
        return i - bisect.bisect_left(spaces, i)

    skip = {*RAW_TEXT_FIELDS, "start", "end", "indicator_start", "indicator_end"}
    return {(f.kind, unspaced(f.start), unspaced(f.end)):
            {k: v for k, v in f.model_dump().items() if k not in skip}
            for f in extract(text).facts}


@pytest.mark.parametrize("space", [" ", "\u3000", "\xa0", "\t"], ids=["space", "ideographic",
                                                                     "no-break", "tab"])
@pytest.mark.parametrize("name", list(TEXTS))
def test_a_letter_spaced_text_gives_the_same_facts(name: str, space: str) -> None:
    """Periods and modality too: a report's part headings are read letter-spaced (一 、 工 作
    回 顾 was no heading, and 3,461 periods of the reports and dev-b went with it)."""
    text = TEXTS[name]
    spaced, spaces = letter_spaced(text, space)
    assert _read(spaced, spaces) == _read(text)


@pytest.mark.parametrize("width", [12, 30])
@pytest.mark.parametrize("name", list(TEXTS))
def test_hard_wrapped_lines_give_the_same_figures_and_dates(name: str, width: int) -> None:
    """A PDF's hard wrap may fall inside a number (增长2⏎.9%, 案件3291⏎0件): every figure and
    date comes back whole, with its value. (Periods and modality are left out: a wrap after
    。 is a paragraph break as far as the text can tell.)"""
    text = TEXTS[name]
    wrapped, breaks = hard_wrapped(text, width)
    assert _figures(wrapped, breaks) == _figures(text)


_PLANS_BACK = {"十六五": "十五五", "十五五": "十四五", "十四五": "十三五", "十三五": "十二五"}


def five_years_earlier(text: str) -> str:
    """Every year written in digits before 年 or in an ISO date (2025年 → 2020年,
    2026-02-11 → 2021-02-11) and every five-year plan
    (十五五 → 十四五) moved five years back, one character for one.

        >>> five_years_earlier("“十五五”开局之年，2026年增长5%，到二〇三五年")
        '“十四五”开局之年，2021年增长5%，到二〇三〇年'
    """
    text = re.sub(r"(?<!\d)(20[0-3]\d)(?=年|[-/]\d)", lambda m: str(int(m[1]) - 5), text)
    text = re.sub(f"二[{_ZERO}][{_HAN_DIGITS}{_ZERO}]{{2}}(?=年)", _han_year_back, text)
    return re.sub("十[六五四三]五", lambda m: _PLANS_BACK[m[0]], text)


_HAN_DIGITS, _ZERO = "一二三四五六七八九", "〇○零"


def _han_year_back(m: re.Match[str]) -> str:
    """二〇三五 → 二〇三〇: a year in Chinese digits, five back, in the same zero."""
    zero = next((c for c in m[0] if c in _ZERO), "〇")
    year = int("".join(str(_HAN_DIGITS.index(c) + 1) if c in _HAN_DIGITS else "0"
                       for c in m[0])) - 5
    return "".join(zero if d == "0" else _HAN_DIGITS[int(d) - 1] for d in str(year))


def _back(iso: str | None) -> str | None:
    if iso is None:
        return None
    day = dt.date.fromisoformat(iso)
    return day.replace(year=day.year - 5, day=min(day.day, 28) if day.month == 2 else day.day
                       ).isoformat()




@pytest.mark.parametrize("name", list(REPORTS) or ["(no corpus on this machine)"])
def test_a_report_of_another_year_reads_alike(name: str) -> None:
    """Nothing hangs on this round's years: each of the 23 reports, five years earlier (its
    plan part opens with “十四五”, not “十五五”), has the same parts, modality and periods, five
    years back."""
    if not REPORTS:
        pytest.skip(f"{CORPUS} is not on this machine")
    text = REPORTS[name].read_text(encoding="utf-8")
    fields = ("modality", "period_start", "period_end", "date_start", "date_end")
    now, then = _facts(text), _facts(five_years_earlier(text))
    assert sorted(then) == sorted(now)
    for key, fact in now.items():
        want = {f: fact.get(f) if f == "modality" else _back(fact.get(f)) for f in fields}
        got = {f: then[key].get(f) for f in fields}
        if fact.get("date_end") and fact["date_end"][5:] == "02-29":
            continue  # a leap day five years back is no day
        assert got == want, (key, fact.get("text"))
