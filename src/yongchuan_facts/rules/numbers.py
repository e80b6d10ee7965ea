"""Numbers: `parse_number` reads Arabic, full-width and Chinese numerals; `render_chinese` writes.

Public API (issue 13): `parse_number`, `NumberError`, `render_chinese`; the patterns that find a
number in text are `yongchuan_facts.rules.patterns.NUMBER` and `find_numbers` there.

    >>> parse_number("三百六十五"), parse_number("1,234.5"), parse_number("1.5万") == 15000
    (Decimal('365'), Decimal('1234.5'), True)
    >>> parse_number("二〇二〇"), parse_number("一万二"), parse_number("1.2萬億")
    (Decimal('2020'), Decimal('12000'), Decimal('1200000000000'))

Numbers as people write them, read whole: digits mixed with several multipliers and the
financial (大写) numerals of receipts and contracts.

    >>> parse_number("3万4000"), parse_number("5万4千6百"), parse_number("1亿2千万")
    (Decimal('34000'), Decimal('54600'), Decimal('120000000'))
    >>> parse_number("壹佰贰拾叁"), parse_number("伍萬"), parse_number("肆仟零伍拾")
    (Decimal('123'), Decimal('50000'), Decimal('4050'))

Pure functions, no searching: rules find the number, this module reads it. Written by hand
because no maintained library on PyPI reads Chinese numerals mixed with Arabic digits and
multipliers (`5000万`, `1.2萬億`) and also renders them back for round-trip tests.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

import regex

__all__ = ["DIGITS", "MULTIPLIERS", "NumberError", "multiplier", "parse_number", "render_chinese"]

# Digits, including the financial (大写) forms and 两 / 〇.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}
# Units inside a four-digit section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Section units; 萬/億 are the traditional forms (normally folded away already).
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# Multipliers after an Arabic number: 1.5万, 1.2万亿, 3千万 (the 余 of 14余万 is a rule's).
MULTIPLIERS: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}
_POINT = "点點"


class NumberError(ValueError):
    """Raised for a string that is not a number `parse_number` can read."""


def _fold_width(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c for c in s)


def _split_arabic(s: str) -> tuple[str, str]:
    """'1.5万' → ('1.5', '万'); '三千' → ('', '三千')."""
    i = 0
    while i < len(s) and (s[i].isascii() and (s[i].isdigit() or s[i] in ".,")):
        i += 1
    return s[:i], s[i:]


def multiplier(tail: str | None) -> int:
    """Product of a run of multipliers, the one multiplier function of the library (issue 14):
    '万' → 1e4, '万亿' → 1e12, '千万' → 1e7, '' or None → 1.

        >>> multiplier("万亿"), multiplier("百亿亿"), multiplier(None)
        (1000000000000, 1000000000000000000, 1)
    """
    if not tail:
        return 1
    known = _MULTIPLIER_RUNS.get(tail)
    if known is not None:  # a dict hit instead of a loop: read per metric (issue 11)
        return known
    factor = 1
    for ch in tail or "":
        if ch not in MULTIPLIERS:
            raise NumberError(f"{ch!r} is not a multiplier")
        factor *= MULTIPLIERS[ch]
    return factor


# Every run of at most three multipliers (十万亿 is the longest a unit table reads), by value.
_MULTIPLIER_RUNS: dict[str, int] = {
    a + b + c: MULTIPLIERS[a] * MULTIPLIERS.get(b, 1) * MULTIPLIERS.get(c, 1)
    for a in MULTIPLIERS for b in ("", *MULTIPLIERS) for c in ("", *MULTIPLIERS) if b or not c
}


# A number token of a mixed numeral: digits, a multiplier, or a Chinese digit (5万4千6百, 3万4000).
_MIXED_TOKEN = regex.compile(r"\d+(?:\.\d+)?|.")


def _parse_mixed(s: str) -> Decimal:
    """'1亿2千万' → 1.2e8, '3万4000' → 34000: Arabic numbers as the digits of a positional
    numeral. Read as Chinese numerals are (`_parse_positional`): small units build a section, a
    big unit closes it, a big unit right after a bigger one multiplies (1.2万亿)."""
    total, section, number = Decimal(0), Decimal(0), Decimal(0)
    max_big = 0
    for tok in _MIXED_TOKEN.findall(s):
        if tok[0].isdigit():
            number = Decimal(tok.replace(",", ""))
        elif tok in DIGITS:
            number = Decimal(DIGITS[tok])
        elif tok in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[tok]
            number = Decimal(0)
        elif tok in BIG_UNITS:
            big = BIG_UNITS[tok]
            value = section + number
            if value == 0:
                total *= big
            elif big > max_big:
                total = (total + value) * big
            else:
                total += value * big
            max_big, section, number = max(max_big, big), Decimal(0), Decimal(0)
        else:
            raise NumberError(f"{tok!r} in {s!r} is neither a digit nor a multiplier")
    return total + section + number


def _is_mixed(arabic: str, tail: str) -> bool:
    """A multiplier followed by more digits: 3万4000, 1亿2千万 (not 1.5万, 1.2万亿)."""
    return bool(arabic) and any(c.isdigit() or c in DIGITS for c in tail)


def _parse_arabic(s: str) -> Decimal:
    if s.count(".") > 1 or not s.strip(".,"):
        raise NumberError(f"not a number: {s!r}")
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation as exc:
        raise NumberError(f"not a number: {s!r}") from exc


def _parse_digit_string(s: str) -> Decimal:
    """'二〇二〇' → 2020: digits read one by one (years, codes)."""
    return Decimal("".join(str(DIGITS[c]) for c in s))


def _parse_positional(s: str) -> Decimal:
    """'一万二千三百零五' → 12305; '十四' → 14; '三万亿' → 3e12; '一万二' → 12000."""
    total, section, number = 0, 0, 0
    last_unit, max_big = 0, 0
    for ch in s:
        if ch in DIGITS:
            number = DIGITS[ch]
            continue
        if ch in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[ch]  # 十四: a bare 十 is 一十
            number, last_unit = 0, SMALL_UNITS[ch]
            continue
        big = BIG_UNITS[ch]
        value = section + number
        if value == 0:
            total *= big  # 万亿: a big unit right after another (零万 stays 0)
        elif big > max_big:
            total = (total + value) * big
        else:
            total += value * big
        max_big, section, number, last_unit = max(max_big, big), 0, 0, big
    if number and last_unit >= 100 and s[-2] not in DIGITS:
        number *= last_unit // 10  # 一万二 = 12000, 三千五 = 3500 (abbreviated last digit)
    return Decimal(total + section + number)


def _parse_chinese(s: str) -> Decimal:
    whole, _, frac = next(((s.partition(p)) for p in _POINT if p in s), (s, "", ""))
    if not whole or any(c not in DIGITS and c not in SMALL_UNITS and c not in BIG_UNITS
                        for c in whole):
        raise NumberError(f"not a Chinese numeral: {s!r}")
    if frac and any(c not in DIGITS for c in frac):
        raise NumberError(f"not a Chinese numeral: {s!r}")
    if len(whole) > 1 and all(c in DIGITS for c in whole):
        value = _parse_digit_string(whole)
    elif whole[0] in BIG_UNITS:
        raise NumberError(f"a numeral cannot start with {whole[0]!r}: {s!r}")
    else:
        value = _parse_positional(whole)
    if frac:
        value += Decimal("0." + "".join(str(DIGITS[c]) for c in frac))
    return value


def parse_number(s: str) -> Decimal:
    """Read one number: Arabic (`1,234.5`), full-width (`１５`), Chinese (`三百六十五`, `二〇二〇`,
    `三点五`, financial `壹佰贰拾`), Arabic with multipliers (`1.5万`, `1.2万亿`) or mixed
    (`3万4000`, `1亿2千万`). Raises `NumberError` otherwise.

        >>> parse_number("1亿2千万") == 120_000_000
        True
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, not {type(s).__name__}")
    known = _CHINESE_INTEGERS.get(s)
    if known is not None:  # 三, 五, 十二 recur on every page: read once (3.9 µs each)
        return known
    if s.isascii() and len(s) <= 28:  # the commonest forms, 2025 and 1.5, read directly
        head, dot, frac = s.partition(".")
        if head.isdigit() and (not dot or frac.isdigit()):
            return _tidy(Decimal(s)) if dot else Decimal(s)
    s = _fold_width(s.strip())
    if not s:
        raise NumberError("empty string")
    arabic, tail = _split_arabic(s)
    if _is_mixed(arabic, tail):
        _parse_arabic(arabic)  # a malformed head (1.2.3万4) is no number
        return _tidy(_parse_mixed(s))
    if arabic:
        return _tidy(_parse_arabic(arabic) * multiplier(tail))
    value = _parse_chinese(s)
    if len(s) <= 12 and len(_CHINESE_INTEGERS) < 4096 and _INTEGER_CHARS.issuperset(s):
        _CHINESE_INTEGERS[s] = value  # read by integer arithmetic alone: no decimal context
    return value


# Chinese integer numerals already read (a Decimal is immutable: one can be shared), bounded.
_CHINESE_INTEGERS: dict[str, Decimal] = {}
_INTEGER_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)


def _tidy(value: Decimal) -> Decimal:
    """1.5 × 10000 is Decimal('15000.0'): an integral value is shown as an integer."""
    # (beyond 28 digits, quantize would overflow the decimal context)
    exponent = value.as_tuple().exponent  # 'n', 'N' or 'F' only for NaN and infinity
    integral = value == value.to_integral_value() and isinstance(exponent, int) and exponent < 0
    if integral and value.adjusted() < 27:
        return value.quantize(Decimal(1))
    return value


_ZH_DIGITS = "零一二三四五六七八九"


def _render_section(n: int) -> str:
    """0 < n < 10000 → '三千零五' (no leading 零)."""
    out: list[str] = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            if zero and out:
                out.append("零")
            out.append(_ZH_DIGITS[d] + name)
            zero = False
        else:
            zero = True
    return "".join(out)


def render_chinese(n: int) -> str:
    """A non-negative integer as a Chinese numeral: 365 → 三百六十五, 14 → 十四, 1005 → 一千零五."""
    if n < 0:
        raise ValueError("render_chinese() takes a non-negative integer")
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out: list[str] = []
    names = ["", "万", "亿", "万亿"]
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        lower_nonzero = any(groups[:i])
        if out and (g < 1000 or (i + 1 < len(groups) and groups[i + 1] == 0)):
            out.append("零")
        out.append(_render_section(g) + names[i])
        if not lower_nonzero:
            break
    text = "".join(out)
    if text.startswith("一十"):
        text = text[1:]  # 十四, not 一十四
    return text
