"""Invariance: a text written another way gives the facts of the text as it is, offsets,
values, labels, modality, periods and names alike (only the raw text of a span differs).
Checked on real text, the seeds and dev-b rewritten one character for one (so every offset
stays):
- in traditional characters (OpenCC), as Hong Kong (衞, 「」) and mainland traditional text;
- with ASCII letters, digits, signs and quotes full-width (２０２６－０２－０９, ＂科创中国＂);
- with a classic Mac's line ends (a lone \\r).

Taiwan's conversion (s2tw) is left out on purpose: it writes 着 as 著, which simplified text
uses too (著名), so 跟著 cannot be folded back and a name holding it keeps its 著.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterator
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


@pytest.mark.parametrize("corner_quotes", [False, True], ids=["curly", "corner"])
@pytest.mark.parametrize("config", ["s2t", "s2hk"])
@pytest.mark.parametrize("name", list(TEXTS))
def test_the_same_facts_in_either_script(name: str, config: str, corner_quotes: bool) -> None:
    simplified = TEXTS[name]
    traditional = to_traditional(simplified, config, corner_quotes)
    assert traditional != simplified
    want, got = _facts(simplified), _facts(traditional)
    assert want, name
    assert sorted(got) == sorted(want)  # the same spans, none lost or added
    differ = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not differ, list(differ.items())[:3]


# letters, digits and the signs inside figures and names; not the ASCII clause marks (, : ;),
# whose full-width forms are clause marks of Chinese text and change its clauses on purpose
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in
              "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.+-/\"'"}
WRITINGS = {
    "full-width": lambda text: "".join(FULL_WIDTH.get(c, c) for c in text),
    "lone-cr": lambda text: text.replace("\n", "\r"),
}


@pytest.mark.parametrize("writing", list(WRITINGS))
@pytest.mark.parametrize("name", list(TEXTS))
def test_the_same_facts_however_the_text_is_written(name: str, writing: str) -> None:
    text = TEXTS[name]
    rewritten = WRITINGS[writing](text)
    assert len(rewritten) == len(text)
    assert rewritten != text
    want, got = _facts(text), _facts(rewritten)
    assert sorted(got) == sorted(want)
    differ = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not differ, list(differ.items())[:3]
