"""Hypothesis strategies for testing rules against OCR-like Chinese text (needs `hypothesis`).

    from hypothesis import given
    from yongchuan_facts.strategies import ocr_text, with_layout  # kinds: .metrics, .dates …

    @given(with_layout("吞吐量120标准箱"))
    def test_my_rule(planted): ...

`ocr_text()` draws text that looks like the seeds: Han (simplified and traditional), digits in
ASCII and full width, CJK punctuation, and the layout noise of OCR (line breaks inside words,
stray spaces, ideographic spaces). `with_layout(s)` injects that noise into a given string and
returns `Planted(raw, surface)` so a test can check a fact is still found whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

HAN = "永川区大数据产业园企业营收增长亿元万家人个平台基地中心重庆云谷智博会的了在和是"
TRADITIONAL = "數據産業園雲谷區萬億營業收長個臺"
DIGITS = "0123456789"
FULLWIDTH = "０１２３４５６７８９％．"
PUNCT = "，。、：；“”《》（）·—%.-"
LAYOUT = ["", " ", "\n", "\n\n", "\u3000", " \n", "\r\n"]

ocr_chars = st.sampled_from(HAN + TRADITIONAL + DIGITS + FULLWIDTH + PUNCT + " \n\u3000\t")


def ocr_text(min_size: int = 0, max_size: int = 80) -> st.SearchStrategy[str]:
    """Random text made of the characters news OCR produces, layout noise included."""
    return st.text(ocr_chars, min_size=min_size, max_size=max_size)


# Clauses to plant facts between: ordinary prose with no number in it.
FILLER_CLAUSES = [
    "永川区大力推进数字经济发展", "据了解", "同时", "在产业培育上", "记者获悉",
    "重点围绕全产业链", "进一步夯实新基建", "",
]
filler = st.sampled_from(FILLER_CLAUSES).map(lambda s: s + "，" if s else s)


@dataclass(frozen=True)
class Planted:
    """A raw text with one planted surface; `start`/`end` locate it in `raw`."""

    raw: str
    start: int
    end: int


@st.composite
def with_layout(draw: st.DrawFn, surface: str) -> str:
    """`surface` with OCR layout (spaces, line breaks) drawn between some of its characters."""
    out = [surface[0]]
    for ch in surface[1:]:
        prev = out[-1][-1]
        # never split two digits or two Latin letters: that would really make two numbers
        glue = "" if (prev.isascii() and prev.isalnum() and ch.isascii() and ch.isalnum()) \
            else draw(st.sampled_from(LAYOUT))
        out.append(glue + ch)
    return "".join(out)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch == "〇"


@st.composite
def han_layout(draw: st.DrawFn, surface: str) -> str:
    """OCR layout (LAYOUT) only where a Han character meets another character: the normalizer
    drops it there, while a break inside a digit run really makes two numbers (`1 5`) and `%`
    stays glued to its digits."""
    out = [surface[0]]
    for ch in surface[1:]:
        glue = draw(st.sampled_from(LAYOUT)) if _is_han(out[-1][-1]) or _is_han(ch) else ""
        out.append(glue + ch)
    return "".join(out)


@st.composite
def planted(draw: st.DrawFn, surface: str, layout: bool = True) -> Planted:
    """`surface` (with layout noise if asked) between random filler clauses."""
    body = draw(with_layout(surface)) if layout else surface
    before, after = draw(filler), draw(filler)
    return Planted(before + body + "。" + after, len(before), len(before) + len(body))
