"""Metric vocabulary: units, classifiers and qualifiers, surface → canonical (FACTS.md).

    >>> UNITS["平方公里"], CLASSIFIERS["個"], QUALIFIERS_BEFORE["近"]
    (Unit(factor=1000000, canonical='m**2'), '个', 'nearly')

Every unit surface is written WITHOUT a multiplier: `万元` is 万 (a multiplier, read by the
rule) + 元, and `千瓦` is 千 + 瓦 with 瓦 worth 0.001 kW, so `3万千瓦` → 1e4 × … = 30000 kW.
A table test checks that no surface starts with a multiplier (STYLE.md §3.9). Canonical unit
strings are parsed by the library's pint registry (`schema/units.py`); docs/units.md lists them.
"""

from __future__ import annotations

from typing import NamedTuple


class Unit(NamedTuple):
    """A written unit: multiply the number by `factor` to get a value in `canonical`."""

    factor: float
    canonical: str


# Counted things keep their classifier, simplified (FACTS.md). 人次/件次 are classifiers of
# their own; 万 is never part of one. Traditional forms are folded by the normalizer already,
# `個` is kept for callers that bypass it.
# The inventory: the measure words of statistics writing (一 + classifier + noun), each one a
# unit of what it counts: 家 firms, 例 cases, 种 species, 处 sites, 列 trains, 起 incidents …
CLASSIFIERS: dict[str, str] = {
    c: c for c in "家个人名所台辆席条项件路单部位次届座栋套款户张场篇支间艘架门株头"
                  "例种类处块列堂起批宗笔份棵枚颗粒段层轮趟首双对只尊幅册匹"
}
# Compound classifiers: a count of trips, sessions or sets (人次, 架次, 台套).
CLASSIFIERS.update({c: c for c in ("人次", "件次", "户次", "车次", "架次", "班次", "航次", "艘次",
                                   "辆次", "台次", "台套", "场次", "批次", "例次", "家次", "个次",
                                   "项次")})
CLASSIFIERS["個"] = "个"
# Measure words that are never a unit of a figure: each makes an ordinal, a grade or a name
# (二期工程, L4级, 3号线, 5星, 第3代, 3楼, 2.0版). A number before them is no metric.
NEVER_UNITS: dict[str, str] = {
    "期": "a phase of a project (二期工程)", "级": "a grade or level (L4级, 3A级)",
    "号": "a number in a name (3号线, 1号文件)", "星": "a rating (五星级)",
    "代": "a generation (第三代半导体)", "楼": "a floor", "版": "a version (2.0版)",
    "线": "a line number (3号线)", "环": "a ring road (三环)", "档": "a bracket",
    "本": "too often the word 本 (本地, 本科, 本外币)", "面": "too often 面积, 面向",
    "片": "too often 片区", "口": "too often 口岸, 口径",
    "方": "too often 八方, 双方, 各方 (a cubic metre is written 立方米)",
}

# Money: surface → ISO code; `万元` is the multiplier 万 + 元.
CURRENCIES: dict[str, str] = {
    "元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
    "日元": "JPY", "英镑": "GBP",
}

AREA: dict[str, Unit] = {
    "平方米": Unit(1, "m**2"), "平米": Unit(1, "m**2"), "平方公里": Unit(1e6, "m**2"),
    "平方千米": Unit(1e6, "m**2"), "公顷": Unit(1e4, "m**2"), "亩": Unit(2000 / 3, "m**2"),
}
LENGTH: dict[str, Unit] = {
    "米": Unit(1, "m"), "公里": Unit(1e3, "m"), "厘米": Unit(0.01, "m"), "毫米": Unit(0.001, "m"),
    "公分": Unit(0.01, "m"),
}
# Durations that cannot be a date: `3个月` (but `3月` is March), `10分钟`, `7天`.
DURATIONS: dict[str, Unit] = {
    "个月": Unit(1, "month"), "天": Unit(1, "day"), "小时": Unit(1, "hour"),
    "个小时": Unit(1, "hour"), "分钟": Unit(1, "minute"), "秒钟": Unit(1, "second"),
    "个星期": Unit(1, "week"), "星期": Unit(1, "week"),
}
# Physical units of statistics texts, in pint's spelling. 瓦 is 0.001 kW so that the multiplier
# 千 of 千瓦 and the 万 of 万千瓦 stay multipliers.
PHYSICAL: dict[str, Unit] = {
    "瓦": Unit(0.001, "kW"), "瓦时": Unit(0.001, "kWh"), "度电": Unit(1, "kWh"),
    "兆瓦": Unit(1000, "kW"), "兆瓦时": Unit(1000, "kWh"),
    "吨": Unit(1, "t"), "克": Unit(0.001, "kg"), "公斤": Unit(1, "kg"), "斤": Unit(1, "斤"),
    "立方米": Unit(1, "m**3"),
    "微克/立方米": Unit(1, "µg/m**3"), "毫克/立方米": Unit(1000, "µg/m**3"),
    "次/秒": Unit(1e-18, "EFLOPS"),
    # Latin units glued to their number (20cm, 5km, 120m²)
    "cm": Unit(0.01, "m"), "mm": Unit(0.001, "m"), "km": Unit(1e3, "m"), "m": Unit(1, "m"),
    "m²": Unit(1, "m**2"), "㎡": Unit(1, "m**2"), "km²": Unit(1e6, "m**2"),
    "kg": Unit(1, "kg"), "kW": Unit(1, "kW"), "kWh": Unit(1, "kWh"),
    "标准箱": Unit(1, "TEU"), "GWh": Unit(1, "GWh"), "MW": Unit(1, "MW"),
    "Eflops": Unit(1, "EFLOPS"), "EFLOPS": Unit(1, "EFLOPS"), "PFLOPS": Unit(1, "PFLOPS"),
    "Pflops": Unit(1, "PFLOPS"),
}
# Ratios: `%` and `个百分点`; `百分之三十` and `三成` have rules of their own.
RATIOS: dict[str, Unit] = {
    "%": Unit(1, "percent"), "个百分点": Unit(1, "percentage_point"),
}

# Every unit surface the span rules know, for tests and the docs table.
UNITS: dict[str, Unit] = {
    **{k: Unit(1, v) for k, v in CLASSIFIERS.items()},
    **{k: Unit(1, v) for k, v in CURRENCIES.items()},
    **AREA, **LENGTH, **DURATIONS, **PHYSICAL, **RATIOS,
}

# Multipliers after a number (`1.5万`, `5000余万`, `1.2万亿`); never part of a unit.
MULTIPLIER_CHARS = "十百千万亿"

# Qualifier words before the number (`近3000个`, `超过244亿元`).
QUALIFIERS_BEFORE: dict[str, str] = {
    "约": "approx", "大约": "approx", "约为": "approx", "大概": "approx",
    "超过": "over", "超": "over", "逾": "over", "多于": "over", "突破": "over", "跃过": "over",
    "跨过": "over", "越过": "over",
    "近": "nearly", "将近": "nearly", "接近": "nearly", "近乎": "nearly",
    "不到": "under", "不足": "under", "少于": "under", "低于": "under",
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least",
}
# Qualifier words inside the number (`14余万名`, `20多人`); they win over a leading 近
# (`近1.4万余人` → over: REVIEW.md's decision table).
QUALIFIERS_INSIDE: dict[str, str] = {"余": "over", "多": "over"}
# Qualifier words after the unit (`50个以上`, `10%左右`).
QUALIFIERS_AFTER: dict[str, str] = {
    "以上": "at_least", "及以上": "at_least", "左右": "approx", "上下": "approx",
    "以下": "under", "以内": "under", "之内": "under", "有余": "over", "之多": "over",
}
