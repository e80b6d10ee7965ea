"""Metric span rules through `extract`: value, unit, qualifier and raw span; what is no metric."""

from __future__ import annotations

import math

import pytest

from yongchuan_facts import extract


def _metrics(raw: str) -> list[tuple[str, float, str, str]]:
    fs = extract(raw, reference_date="2022-08-25")
    return [(f.text, f.value, f.unit, f.qualifier) for f in fs.metrics]


def _one(raw: str) -> tuple[str, float, str, str]:
    found = _metrics(raw)
    assert len(found) == 1, found
    return found[0]


# (raw, surface, value, unit, qualifier)
NUMBERS = [
    ("营收1,234.5万元", "1,234.5万元", 12_345_000, "CNY", "exact"),
    ("企业１５家", "１５家", 15, "家", "exact"),
    ("学校三百六十五所", "三百六十五所", 365, "所", "exact"),
    ("招收两千名学生", "两千名", 2000, "名", "exact"),
    ("建成十四个平台", "十四个", 14, "个", "exact"),
    ("就业一万二千人", "一万二千人", 12000, "人", "exact"),
    # spoken decimals are read whole, never as the digits after 点 (五亿元 would be wrong)
    ("投资三点五亿元", "三点五亿元", 350_000_000, "CNY", "exact"),
    ("增长二点三个百分点", "二点三个百分点", 2.3, "percentage_point", "exact"),
    ("增长百分之五点二", "百分之五点二", 5.2, "percent", "exact"),
    ("面积一点二万平方米", "一点二万平方米", 12_000, "m**2", "exact"),
    ("引进企业1.5万家", "1.5万家", 15000, "家", "exact"),
    ("医疗记录5000余万条", "5000余万条", 50_000_000, "条", "over"),
    ("在校生14余万名", "14余万名", 140_000, "名", "over"),
    ("规模1.2萬億元", "1.2萬億元", 1.2e12, "CNY", "exact"),
    ("人口一百零八万人", "一百零八万人", 1_080_000, "人", "exact"),
    ("占三分之一", "三分之一", 100 / 3, "percent", "exact"),
    ("超过三成企业上云", "三成", 30, "percent", "over"),
    ("占百分之三十", "百分之三十", 30, "percent", "exact"),
]
UNITS = [
    ("总投资5000万美元", "5000万美元", 5e7, "USD"),
    ("港资3亿港元", "3亿港元", 3e8, "HKD"),
    # a currency named before an amount in 元 (Hong Kong, Macau, Taiwan) is its currency
    ("港幣50億元", "50億元", 5e9, "HKD"),
    ("投入新臺幣約100億元", "100億元", 1e10, "TWD"),
    ("澳門幣3億元", "3億元", 3e8, "MOP"),
    ("人民幣3億元", "3億元", 3e8, "CNY"),
    ("数字货币50亿元", "50亿元", 5e9, "CNY"),  # 货币 is money, no currency's name
    ("收入50亿新台币", "50亿新台币", 5e9, "TWD"),
    ("投资3000亿韩元", "3000亿韩元", 3e11, "KRW"),
    ("建筑面积18.6万平方米", "18.6万平方米", 186_000, "m**2"),
    ("新城35平方公里", "35平方公里", 35e6, "m**2"),
    ("林区40万亩", "40万亩", 400_000 * 2000 / 3, "m**2"),
    ("测试道路220 公里", "220 公里", 220_000, "m"),
    ("10分钟到位", "10分钟", 10, "minute"),
    ("用时3个月", "3个月", 3, "month"),
    ("服务24小时", "24小时", 24, "hour"),
    ("装机120万千瓦", "120万千瓦", 1_200_000, "kW"),
    ("用电5000万千瓦时", "5000万千瓦时", 5e7, "kWh"),
    ("货物12万吨", "12万吨", 120_000, "t"),
    ("吞吐量45万标准箱", "45万标准箱", 450_000, "TEU"),
    ("算力1.5EFLOPS", "1.5EFLOPS", 1.5, "EFLOPS"),
    ("房价1.2万元/平方米", "1.2万元/平方米", 12_000, "CNY/m**2"),
    ("地价30万元/亩", "30万元/亩", 450, "CNY/m**2"),
    ("人均500元/人", "500元/人", 500, "CNY/人"),
    ("电价0.45元/千瓦时", "0.45元/千瓦时", 0.45, "CNY/kWh"),  # the per-unit is written whole
    ("增长15.4%", "15.4%", 15.4, "percent"),
    ("提高6.8个百分点", "6.8个百分点", 6.8, "percentage_point"),
    ("接待游客5万人次", "5万人次", 50_000, "人次"),
    ("事件4.05万件次", "4.05万件次", 40_500, "件次"),
    ("建设5個攝影棚", "5個", 5, "个"),
]
QUALIFIERS = [
    ("企业近40家", "nearly"), ("约2300亿元", "approx"), ("超过244亿元", "over"),
    ("超100亿元", "over"), ("逾200家", "over"), ("100多个国家", "over"), ("20多\n人", "over"),
    ("订 单 20 亿 元 以\n上", "at_least"), ("10%左右", "approx"), ("不到5%", "under"),
    ("不少于30家", "at_least"), ("至少3个", "at_least"), ("近1.4萬餘人", "over"),
    ("规模以上企业达到60家", "exact"), ("市级以上研发机构169个", "exact"),
    ("近三年年均增长17.7%", "exact"),
]


@pytest.mark.parametrize(("raw", "surface", "value", "unit", "qualifier"), NUMBERS)
def test_numbers_in_every_written_form(
    raw: str, surface: str, value: float, unit: str, qualifier: str
) -> None:
    text, got, got_unit, got_qualifier = _one(raw)
    assert (text, got_unit, got_qualifier) == (surface, unit, qualifier)
    assert math.isclose(got, value, rel_tol=1e-9)


@pytest.mark.parametrize(("raw", "surface", "value", "unit"), UNITS)
def test_units_are_canonical_and_multipliers_applied(
    raw: str, surface: str, value: float, unit: str
) -> None:
    text, got, got_unit, _ = _one(raw)
    assert (text, got_unit) == (surface, unit)
    assert math.isclose(got, value, rel_tol=1e-9)


@pytest.mark.parametrize(("raw", "qualifier"), QUALIFIERS)
def test_qualifiers_and_their_traps(raw: str, qualifier: str) -> None:
    found = [q for *_, q in _metrics(raw)]
    assert found[-1] == qualifier


def test_a_figure_broken_by_ocr_layout_keeps_its_whole_raw_span() -> None:
    raw = "项目首期规划建设服务器 10000\n台，"
    (f,) = extract(raw).metrics
    assert (f.text, f.start, f.end, f.value) == ("10000\n台", 12, 19, 10000)


@pytest.mark.parametrize(
    ("raw", "facts"),
    [
        ("建设周期3—5年", [("3", 3, "year"), ("5年", 5, "year")]),
        ("增长10%-15%", [("10%", 10, "percent"), ("15%", 15, "percent")]),
        ("投资8.5亿元至10亿元", [("8.5亿元", 8.5e8, "CNY"), ("10亿元", 1e9, "CNY")]),
        ("培训3—5万人", [("3", 30_000, "人"), ("5万人", 50_000, "人")]),
        ("分别提高0.9、5.9个百分点",
         [("0.9", 0.9, "percentage_point"), ("5.9个百分点", 5.9, "percentage_point")]),
    ],
)
def test_ranges_and_shared_units_give_two_exact_facts(
    raw: str, facts: list[tuple[str, float, str]]
) -> None:
    got = _metrics(raw)
    assert [(t, u) for t, _, u, _ in got] == [(t, u) for t, _, u in facts]
    assert all(math.isclose(g[1], f[1]) for g, f in zip(got, facts, strict=True))
    assert {q for *_, q in got} == {"exact"}


@pytest.mark.parametrize(
    ("raw", "surface", "value"),
    [("近三年来", "三年", 3), ("力争5年内实现量产", "5年", 5), ("通过3年时间的发展", "3年", 3),
     ("10年以来5000余万条", "10年", 10), ("三年来累计引进", "三年", 3)],
)
def test_years_of_a_duration_need_a_cue(raw: str, surface: str, value: float) -> None:
    got = [(t, v) for t, v, u, _ in _metrics(raw) if u == "year"]
    assert got == [(surface, value)]


@pytest.mark.parametrize(
    "raw",
    [
        "建成5G基站", "L4级自动驾驶", "构建“1+6”产业体系", "9+X应用场景", "3+2+N汽车制造体系",
        "出台“大数据发展20条”", '"创新发展30 条""职教 24条"', "“五个一”城市交通大脑",
        "“三个课堂”纳入其中", "一是扩城，二是留人", "第一次对外推出", "第二届智博会",
        "仅用一台电脑", "一项主导产业", "汽车零部件企业", "数十家企业", "十四五期间",
        "联系电话：023-68386677，13996277388", "下午4时10分", "一城七园", "智造重镇”66666666",
        "世界500强", "实现两位数增长", "印发《永川元宇宙产业发展11项实施计划》",
        "排名前3名", "3年级学生", "最后一公里", "安阳、信阳、三门峡等城市",
    ],
)
def test_names_slogans_ordinals_and_furniture_are_not_metrics(raw: str) -> None:
    assert _metrics(raw) == []


def test_a_date_is_not_a_count_of_years() -> None:
    fs = extract("2019年，永川引进企业20家", reference_date="2020-01-01")
    assert [f.text for f in fs.metrics] == ["20家"]


def test_numbers_in_speech_quotes_still_count() -> None:
    raw = "他说：“今年我们新增企业30家，带动就业2000人。”"
    assert [t for t, *_ in _metrics(raw)] == ["30家", "2000人"]
