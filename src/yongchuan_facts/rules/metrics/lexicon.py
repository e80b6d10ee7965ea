"""Metric vocabulary: units, classifiers and qualifiers, surface → canonical (FACTS.md).

    >>> UNITS["平方公里"], CLASSIFIERS["個"], QUALIFIERS_BEFORE["近"]
    (Unit(factor=1000000.0, canonical='m**2'), '个', 'nearly')

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
                  # circuits of a power line, groups, troops of animals (15回…输电线路, 6组…国企
                  # 战略性重组, 7群42只)
                  "回组群"
}
# Compound classifiers: a count of trips, sessions or sets (人次, 架次, 台套).
CLASSIFIERS.update({c: c for c in ("人次", "件次", "户次", "车次", "架次", "班次", "航次", "艘次",
                                   "辆次", "台次", "台套", "场次", "批次", "例次", "家次", "个次",
                                   "项次",
                                   # mu worked, once per pass (保护性耕作1.19亿亩次): no area
                                   "亩次")})
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
    "元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD",
    "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "新台币": "TWD", "台币": "TWD", "澳门元": "MOP",
    "澳门币": "MOP", "新加坡元": "SGD", "韩元": "KRW",
}
# A currency named before an amount in 元 (港币50亿元, 新臺幣100億元, 人民币3亿元): the amount is
# in that currency, not in yuan. Hong Kong, Macau and Taiwan texts write money this way. Only
# the names ending in 币 stand there (港元50亿元 is not written), which makes the check one
# character; longest first, so that 新台币 is not read as 台币.
CURRENCIES_BEFORE: dict[str, str] = {
    name: code for name, code in sorted(CURRENCIES.items(), key=lambda kv: -len(kv[0]))
    if name.endswith("币")
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
    # per mille, as statistics write birth and death rates (人口自然增长率1.2‰): in percent,
    # as 千分之五 is (the fraction rule), so that it is labelled and compared as a rate
    "‰": Unit(0.1, "percent"),
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


# ---- Span words: the words the span rules and vetoes read right beside a number ------------------
# Each table maps a word to an example of it doing its job (tests/test_metrics_lexicon_words.py
# runs every example). Context cues (label, direction, modality) are in cues.py.

# A bare 百/千 (and 万 before 亿) is a number only right after a qualifier or a verb of reaching:
# 超百亿元, 近千家, 上千家 (数百家 and 千家万户 stay out).
BARE_CUES: dict[str, str] = {
    "超": "超百亿元", "逾": "逾千家", "近": "近千家", "约": "约千人", "超过": "超过千家",
    "突破": "突破万亿元", "将近": "将近千人", "接近": "接近千亿元", "不到": "不到百家",
    "上": "上千家", "达": "达千亿元", "达到": "达到千亿元", "跃过": "跃过千亿元",
    "跨过": "跨过千亿元", "迈上": "迈上万亿元", "跨上": "跨上千亿元", "跨越": "跨越千亿元",
    "迈入": "迈入千亿元", "站上": "站上万亿元", "过": "过千亿元",
}

# A classifier glued to one of these characters makes another word (3处理器, 种植, 只需, 两位数):
# classifier → the characters that follow it in such words; each pair is tested as `3<c><x>`.
WORD_TRAPS: dict[str, str] = {
    "位": "数于", "支": "持撑付出柱", "部": "分门署长", "单": "位元价一", "家": "庭乡",
    "条": "件例", "间": "隔", "次": "要", "名": "义称", "台": "阶",
    "种": "植业子类苗养草群", "类": "似型别脑", "处": "理于在置级长室罚分", "块": "钱状",
    "列": "入为车出举表", "起": "步来点草到飞始航诉源", "批": "发准复示", "宗": "教旨",
    "笔": "记者", "份": "额子", "段": "落", "层": "次级面", "首": "个批次都位家届先发创店府",
    "双": "一循创百向重碳赢城语边", "对": "于接外称标比口象话", "只": "需有要能是用占在够会",
    "匹": "配", "m": "²", "例": "如外", "门": "峡户诊槛类店票市面口",
    # a class of size, not a quantity (30万吨级进港航道, 25兆瓦级风电主轴承, 100亿元级企业):
    # a grade, as 5A级 and L4级 are (FACTS.md: numbers inside names)
    "吨": "级", "瓦": "级", "兆瓦": "级", "元": "级",
    "回": "事归复收顾应报升落暖流到来首访合",  # 两回事, 回归, 回升 …
    "组": "织建成合员长团委件",  # 组织, 组建, 组成 …
    "群": "众体岛落组里居星",  # 群众 (300万群众: 万 is the multiplier), 群体 …
}

# Years of a duration need a cue (3年 alone is too often part of a date or a name): a word
# before them …
YEARS_BEFORE: dict[str, str] = {
    "近": "近三年", "通过": "通过3年时间", "历时": "历时12年", "经过": "经过5年努力",
    "时隔": "时隔10年", "用了": "用了3年", "花了": "花了5年", "连续": "连续9年",
    "未来": "未来5年", "过去": "过去一年", "最近": "最近三年", "长达": "长达20年",
    "力争": "力争3年内", "仅用": "仅用2年", "周期": "周期3年", "期限": "期限5年",
    "工期": "工期2年", "为期": "为期三年", "年限": "年限10年", "过去的": "过去的五年",
    "建区": "建区30年", "建市": "建市40年", "建省": "建省35年", "建县": "建县50年",
    "建园": "建园10年", "建校": "建校60年", "建港": "建港20年", "开园": "开园5年",
    "成立": "成立30年", "设立": "设立10年", "运行": "运行3年", "运营": "运营5年",
    "坚持": "坚持10年", "奋斗": "再奋斗五年", "持续": "持续3年",
    "这": "这五年", "今后": "今后五年",  # the five years just past, and the five to come
}
# … or after them (5年内, 三年来, 10年累计增长, 五年年均增长), or a change over them
# (5年增长18.7%, 5年提升10.6个百分点, 3年增长58.6%)
YEARS_CHANGE_AFTER: dict[str, str] = {
    "增长": "5年增长18.7%", "提高": "5年提高4.5个百分点", "提升": "5年提升10.6个百分点",
    "增加": "5年增加2万多家", "下降": "3年下降10%",
}
YEARS_AFTER: dict[str, str] = {
    "内": "5年内", "来": "三年来", "以来": "10年以来", "以内": "3年以内", "之内": "两年之内",
    "后": "5年后", "时间": "3年时间", "间": "五年间", "左右": "3年左右", "多": "10年多",
    "前": "20年前", "里": "这5年里", "以上": "3年以上", "累计": "10年累计增长",
    "年均": "五年年均增长", "平均": "两年平均增长", "共计": "5年共计", **YEARS_CHANGE_AFTER,
}

# 成 is tenths (三成) only when it starts no word: 三成为, 建成本 … (word → the 成-word it makes).
NOT_TENTHS: dict[str, str] = {
    "不": "成不变", "为": "成为", "立": "成立", "本": "成本", "果": "成果", "功": "成功",
    "长": "成长", "员": "成员", "效": "成效", "绩": "成绩", "交": "成交", "熟": "成熟",
    "品": "成品", "都": "成都", "渝": "成渝", "型": "成型", "就": "成就", "套": "成套",
    "片": "成片", "规模": "成规模", "批": "成批", "千": "成千", "百": "成百", "万": "成万",
    "亿": "成亿", "形": "成形", "年": "成年", "倍": "成倍",
}

# A slash fraction (1/3) is a share only beside one of these (or a qualifier after it).
SHARE_BEFORE: dict[str, str] = {
    "占": "占全国1/3", "约": "约1/4", "近": "近1/3", "超过": "超过1/2", "超": "超1/3",
    "达": "达1/5", "达到": "达到1/4", "不到": "不到1/10", "不足": "不足1/3", "逾": "逾1/3",
    "将近": "将近1/2",
}

# Fixed terms with a number inside: they name a rule, a doctrine or a structure, not a count
# (read in the 2026 reports: 中央八项规定精神, 三次产业结构, 做到“两个维护”).
NUMBERED_TERMS: dict[str, str] = {
    "八项规定": "落实中央八项规定精神", "三次产业": "三次产业结构", "两个维护": "做到“两个维护”",
    "两个确立": "深刻领悟“两个确立”", "四个意识": "增强“四个意识”",
    "四个自信": "坚定“四个自信”", "四个全面": "“四个全面”战略布局",
    "五位一体": "“五位一体”总体布局", "两个毫不动摇": "坚持“两个毫不动摇”",
    "两个结合": "坚持“两个结合”", "三个务必": "牢记“三个务必”",
    "两个大局": "统筹两个大局", "两个一百年": "“两个一百年”奋斗目标", "三农": "三农工作",
    "两新": "“两新”政策", "两重": "“两重”建设", "一带一路": "共建一带一路",
    "三大攻坚战": "打好三大攻坚战", "六稳": "做好六稳工作", "六保": "落实六保任务",
    "两个先行": "当好“两个先行”", "三个代表": "三个代表重要思想",
    "两个市场": "用好两个市场", "两种资源": "两个市场两种资源", "抓两头": "抓两头带中间",
}
