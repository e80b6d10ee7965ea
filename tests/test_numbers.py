"""parse_number and render_chinese: tables and round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yongchuan_facts.rules.numbers import NumberError, parse_number, render_chinese


@pytest.mark.parametrize(
    ("text", "value"),
    [("三百六十五", 365), ("两千", 2000), ("十四", 14), ("一万二千", 12000), ("〇", 0), ("零", 0),
     ("1.5万", 15000), ("1.2萬億", 1_200_000_000_000), ("二〇二〇", 2020), ("1,234.5", "1234.5"),
     ("１５", 15), ("三点五", "3.5"), ("一千零五", 1005), ("一万二", 12000), ("三千五", 3500),
     ("三万亿", 3 * 10**12), ("一亿二千万", 120_000_000), ("5000万", 50_000_000)],
)
def test_parse_number(text: str, value: object) -> None:
    assert parse_number(text) == Decimal(str(value))


def test_full_width_digits_read_as_ascii() -> None:
    pairs = zip("0123456789", "０１２３４５６７８９", strict=True)
    assert all(parse_number(fw) == int(d) for d, fw in pairs)


@pytest.mark.parametrize("bad", ["", "万", "亿元", "1.2.3", "abc", "一x"])
def test_not_a_number(bad: str) -> None:
    with pytest.raises(NumberError):
        parse_number(bad)


@pytest.mark.parametrize(("n", "text"), [(365, "三百六十五"), (14, "十四"), (1005, "一千零五"),
                                         (12000, "一万二千"), (100_000_005, "一亿零五")])
def test_render_chinese(n: int, text: str) -> None:
    assert render_chinese(n) == text


@pytest.mark.property
@given(st.integers(0, 10**15))
def test_parse_number_reads_back_render_chinese(n: int) -> None:
    assert parse_number(render_chinese(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [("3万4000", 34000), ("3萬4000", 34000), ("5万4千6百", 54600), ("1亿2千万", 120_000_000),
     ("1億2千萬", 120_000_000), ("2万5千", 25000), ("1.5亿3000万", 180_000_000),
     ("壹佰贰拾叁", 123), ("伍萬", 50000), ("肆仟零伍拾", 4050), ("壹拾", 10), ("貳佰", 200)],
)
def test_numbers_as_people_write_them(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("bad", ["1.2.3万4", "3万x", "万4000"])
def test_malformed_mixed_numbers(bad: str) -> None:
    with pytest.raises(NumberError):
        parse_number(bad)


def test_public_api_of_numbers_and_patterns() -> None:
    from yongchuan_facts.rules import numbers, patterns

    assert {"parse_number", "multiplier", "NumberError"} <= set(numbers.__all__)
    assert {"NUMBER", "find_numbers"} <= set(patterns.__all__)
    assert numbers.multiplier("千万") == 10**7
    assert patterns.find_numbers("增长5.4%，营收1亿2千万元") == [("5.4", 2, 5), ("1亿2千万", 9, 14)]
