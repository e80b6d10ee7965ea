"""Metric vocabulary: classifiers, multipliers, units and qualifiers, surface → canonical."""

from __future__ import annotations

# Counted things keep their classifier, simplified (FACTS.md). Longer first is handled by one_of.
CLASSIFIERS: dict[str, str] = {c: c for c in "家个人名所台辆席条项件路单部位次届座栋套款"}
CLASSIFIERS.update({"人次": "人次", "件次": "件次", "個": "个"})

# Money: surface → (factor, ISO code).
CURRENCIES: dict[str, tuple[int, str]] = {
    "元": (1, "CNY"), "美元": (1, "USD"), "港元": (1, "HKD"), "欧元": (1, "EUR"),
}

# Qualifier words before or after the number.
QUALIFIERS_BEFORE: dict[str, str] = {
    "约": "approx", "大约": "approx", "超过": "over", "逾": "over", "超": "over",
    "近": "nearly", "将近": "nearly", "接近": "nearly", "不到": "under", "不足": "under",
    "至少": "at_least", "不少于": "at_least",
}
QUALIFIERS_AFTER: dict[str, str] = {
    "余": "over", "多": "over", "以上": "at_least", "左右": "approx", "上下": "approx",
    "以下": "under",
}
