"""Date vocabulary: parts of a year or month, plan periods, relative and anaphoric words.

    >>> YEAR_PARTS["上半年"], MONTH_PARTS["中旬"], PLAN_PERIODS["十四五"]
    ((1, 6), (11, 20), (2021, 2025))

Every table maps a surface (as normalized: simplified, ASCII digits) to what it means; the
resolver (`resolve.py`) turns the meanings into days. Ranges are inclusive, as in FACTS.md.
"""

from __future__ import annotations

# Parts of a year → (first month, last month). FACTS.md: 上半年 January–June, 下半年
# July–December, 年初 January, 年底/年末 December; all granularity `part`.
# After a year the 年 is already written (2020年底), so the bare suffix is listed too. 年中
# (mid-year) is June–July: the two months either side of the year's middle.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "年初": (1, 1),
    "年中": (6, 7),
    "年底": (12, 12),
    "年末": (12, 12),
    "初": (1, 1),
    "底": (12, 12),
    "末": (12, 12),
    "中": (6, 7),
}

# Other spellings of a part of a year: 前半年 is 上半年, 后半年 下半年.
YEAR_PART_ALIASES: dict[str, str] = {"前半年": "上半年", "后半年": "下半年"}

# Parts of a month → (first day, last day); a last day of 31 means "the month's last day".
# FACTS.md: 初 1–10, 中旬 11–20, 底/末 21–end.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "初": (1, 10),
    "上旬": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "上中旬": (1, 20),
    "中下旬": (11, 31),
    "中": (11, 20),  # 8月中, only before a clause break or a word of time (not 8月中国…)
    "底": (21, 31),
    "末": (21, 31),
}

# Characters after 初 that make a word, not a part: 2020年初步建成 is no 年初.
NOT_AFTER_CHU = "步次见心衷选审赛级中"

# Five-year plans → (first year, last year), read wherever they are written. The older ones
# (十五, 九五 …) are in EARLY_PLAN_PERIODS below: bare, they are the numbers 15 and 95.
PLAN_PERIODS: dict[str, tuple[int, int]] = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
    "十六五": (2031, 2035),  # laid out in the reports of 2030, named in some before (谋篇布局)
}

# The older plans, read only before a plan's word (“十五”期间, 九五计划): bare, 十五 is fifteen and
# “九五”普法 the ninth legal-education plan (2026–2030).
EARLY_PLAN_PERIODS: dict[str, tuple[int, int]] = {
    "六五": (1981, 1985),
    "七五": (1986, 1990),
    "八五": (1991, 1995),
    "九五": (1996, 2000),
    "十五": (2001, 2005),
}

# Words after a plan period that narrow it to a part (its first or last year), FACTS.md:
# “十四五”期末 is 2025, granularity part.
PLAN_PARTS: dict[str, str] = {
    "期末": "last", "末期": "last", "末": "last", "期初": "first", "初期": "first",
    # the year a plan ends or opens (2025年是“十四五”收官之年, 今年是“十五五”规划开局之年)
    "收官之年": "last", "最后一年": "last", "开局之年": "first", "起步之年": "first",
    "第一年": "first",
}

# Years relative to the document's year. Not here: 当年/同年 (anaphoric, below) and 近年,
# 多年 (vague, never a date).
RELATIVE_YEARS: dict[str, int] = {
    "今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2,
}

# Months relative to the document's month.
RELATIVE_MONTHS: dict[str, int] = {
    "本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
}

# Quarters relative to the document's quarter: 上季度 (HK 上季), 本季度, 下一季度.
RELATIVE_QUARTERS: dict[str, int] = {"上": -1, "本": 0, "这": 0, "下": 1}

# Days relative to the document's day. 今天/明天 also mean "nowadays"/"the future": the rule
# decides where they are a day.
RELATIVE_DAYS: dict[str, int] = {
    "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0,
    "明天": 1, "明日": 1, "后天": 2,
}

# Weeks relative to the document's week (Monday first), and the days of a week.
RELATIVE_WEEKS: dict[str, int] = {"上上": -2, "上": -1, "本": 0, "这": 0, "下": 1, "下下": 2}
WEEKDAYS: dict[str, int] = {
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7,
}

# Years that point back to the latest date in the text → years after it (同年 = that year).
ANAPHORIC_YEARS: dict[str, int] = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1, "第二年": 1}

# Day-part words before a clock time (下午3时02分): they only say which half of the day.
DAY_PERIODS: tuple[str, ...] = (
    "上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚", "清晨", "早晨", "夜间", "晚间",
)

# Words that may follow a day written without 日 (八月十五前后, 八月十五当天): what is said of that
# day. Anything else after it (八月十五家) makes the numeral a count.
AFTER_A_DAY: tuple[str, ...] = (
    "前后", "当天", "当日", "之前", "之后", "以前", "以后", "晚", "早", "夜", "期间", "起", "至",
    "到", "左右",
)

# Range separators between two dates of one range: 2018-2020年, 1—7月, 1至3季度.
RANGE_SEPARATORS: tuple[str, ...] = ("——", "—", "–", "-", "~", "～", "至", "到")

# Quarters: 1季度, 一季度, 第一季度, 一季, Q1.
QUARTER_WORDS: tuple[str, ...] = ("季度", "季")
