r"""Hypothesis strategies for testing rules on OCR-like Chinese text (the `strategies` extra).

Install with `pip install 'yongchuan-facts[strategies]'` (it brings hypothesis). A rule of
your own, tested on its example with the layout noise of OCR around and inside it:

    from hypothesis import given
    from yongchuan_facts import RuleSet, extract
    from yongchuan_facts.strategies import planted

    editions = RuleSet("metric")

    @editions.rule(r"第(?P<num>\d+)届")
    def edition(m, ctx):
        return {"value": float(m["num"]), "unit": "届"}

    @given(planted("第12届智博会"))
    def test_edition_is_found_in_any_layout(p):
        found = [f for f in extract(p.raw, rules=[editions]).metrics if f.unit == "届"]
        assert [f.value for f in found] == [12.0]
        assert p.start <= found[0].start < found[0].end <= p.end

What each strategy draws:
- `ocr_text()`: text made of what the seeds are made of: Han (simplified and traditional),
  digits in ASCII and full width, CJK punctuation, and layout noise (line breaks inside words,
  stray spaces, ideographic spaces).
- `with_layout(s)`: the string `s` with layout noise drawn between its characters (never
  between two ASCII digits or letters, which would really make two numbers or words).
- `han_layout(s)`: the same, only where a Han character meets another character.
- `planted(s)`: `s` with layout noise between filler clauses, as a `Planted(raw, start, end)`
  whose `raw[start:end]` is the planted string with its noise.

Strategies for each kind of fact: `yongchuan_facts.strategies.metrics` (`planted_metric`),
`.dates` (`planted_date`) and `.projects` (`planted_project`).
"""

from __future__ import annotations

from dataclasses import dataclass

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("yongchuan_facts.strategies needs hypothesis: "
                      "pip install 'yongchuan-facts[strategies]'") from exc

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
    """`surface` with OCR layout (spaces, line breaks) drawn between some of its characters;
    removing the layout gives `surface` back."""
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
    """`surface` (with layout noise unless `layout=False`) between filler clauses, and where
    it is: `raw[start:end]` is the surface with its noise, followed by `。` and filler."""
    body = draw(with_layout(surface)) if layout else surface
    before, after = draw(filler), draw(filler)
    return Planted(before + body + "。" + after, len(before), len(before) + len(body))
