"""Date span rules: where a time expression is and what was written (`DateParts`).

    2019年8月 · 二〇二〇年 · 2020年1季度 · 今年1—7月 · 2018-2020年 · “十四五”期末 · 8月27日
    · 下午3时02分 · 15:30 · 同年 · 2022-10-17 11:33:18 · 首两月 · 前三季度 · 今年前5个月
    · 昨日 · 上周四 · 本月十日 · 07年 · 八月十五 · 年中 · 2019全年 · 2015年与2020年间

Every rule returns `{"parts": DateParts(...)}`; `resolve.py` turns parts into days and
`build.py` anchors the ones that point back to an earlier date and joins two dates with only
至/到 between them into one range. Durations are never dates: a year needs four digits
(`2019年`, not `3年`) unless it cannot be a count (`07年`, `19年8月`), so `近三年`, `10年以来`,
`连续15年`, `3—5年` stay metrics. `截至`, `以来`, `到` are never matched, so they stay outside
the span.
"""

from __future__ import annotations

from typing import Any

import regex

from ..drafts import DateDraft, Proposal
from ..numbers import parse_number
from ..patterns import one_of
from ..prefilter import Anchor, chars
from ..ruleset import Context, RuleSet
from .dateline import DATELINE
from .fragments import SMALL_NUMBER, YEAR_DIGITS
from .lexicon import (
    AFTER_A_DAY,
    ANAPHORIC_YEARS,
    DAY_PERIODS,
    EARLY_PLAN_PERIODS,
    MONTH_PARTS,
    NOT_AFTER_CHU,
    PLAN_PARTS,
    PLAN_PERIODS,
    RANGE_SEPARATORS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_QUARTERS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    WEEKDAYS,
    YEAR_PART_ALIASES,
    YEAR_PARTS,
)
from .resolve import DateParts, ImpossibleDate, check_plausible

rules = RuleSet("date")

# --- fragments -------------------------------------------------------------------------------
# What a match may hold before its anchor character (年, 月, 时 …: prefilter.py): the digits of
# a year, of a small number.
_YEAR_LEAD = r"\d〇零○一二三四五六七八九"
_SMALL_LEAD = r"\d一二三四五六七八九十"
_N = SMALL_NUMBER
_YEAR_DIGITS = YEAR_DIGITS
_SEP = one_of(RANGE_SEPARATORS)
_CHU = rf"初(?![{NOT_AFTER_CHU}])"  # 8月初, but not 初步
# 年中 / 8月中 hide in 2025年中国, 一年中最…, 今年中秋: only before a clause break or a word of
# time.
_MID_END = r"(?=[，。；、,;:：)）\s]|$|前|后|以前|以后|时|左右|将|已|之前)"
_MONTH_PART_WORDS = {"初": _CHU, "中": rf"中{_MID_END}"}
_MONTH_PART = (
    "(?:" + "|".join(_MONTH_PART_WORDS.get(k, k) for k in sorted(MONTH_PARTS, key=len,
                                                                 reverse=True)) + ")"
)
_QUARTER_DIGIT = r"[1-9一二三四五六七八九]"  # 5-9 read so that 第5季度 is vetoed whole

# A count of months, quarters or days at the head of a year: 首两月, 前5个月, 前10天.
_COUNT = r"(?:[两二三四五六七八九十]|十[一二]|\d{1,2})"
_DAY_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
# What may follow a Chinese-numeral day written without 日 (八月十五): the clause goes on, or a
# time of that day. `“三月三”节` (a festival) and `八月十五家` (a count) stop short of it.
_DAY_NO_RI_END = rf"(?=[，。；、,;:：！？)）\s]|$|{one_of((*AFTER_A_DAY, *DAY_PERIODS))})"

# What may follow a year (its 年 already read): a month (range, day, part), a quarter or a part.
_MONTHS = (
    rf"(?P<month>{_N})(?:月份?)?{_SEP}(?P<last_month>{_N})月份?"  # 1—7月, 1-2月份
    rf"|(?P<month>{_N})月份?"
    rf"(?:(?P<day>{_N})[日号]?{_SEP}(?P<last_day>{_N})[日号]"  # 8月27-29日
    rf"|(?P<day>{_N})[日号]"  # 8月27日
    rf"|(?P<day>[一二三四五六七八九十]{{1,3}}){_DAY_NO_RI_END}"  # 八月十五，
    rf"|前(?P<first_days>{_DAY_COUNT})天"  # 8月前10天
    rf"|(?P<month_part>{_MONTH_PART}))?"  # 8月初, 8月中旬
    r"(?![一二三四五六七八九十]{1,2}[”\"」』节])"  # “三月三”节: a festival's name, not March
)


def _quarters(q_lead: str = "") -> str:
    """1季度 · 第一季度 · 1-3季度 · 前三季度 · 首三季 · Q1 (`q_lead` allows `2020年 Q1`)."""
    return (
        rf"第?(?P<quarter>{_QUARTER_DIGIT})(?:季度)?{_SEP}第?(?P<last_quarter>{_QUARTER_DIGIT})季度"
        rf"|[前首](?P<first_quarters>[二两三])(?:个)?季度?"  # 前三季度, 首三季 = Q1–Q3
        r"|(?<!榜)首季度?(?!军)(?P<first_quarter>)"  # 首季 = Q1; not 榜首, 季军
        rf"|第?(?P<quarter>{_QUARTER_DIGIT})季度"
        rf"|{q_lead}Q(?P<quarter>[1-4])(?!\d)"
    )


_MID_YEAR_END = _MID_END  # 年中 is June–July
_FIRST_MONTHS = (
    rf"首(?P<first_months>{_COUNT})个?月份?"  # 首两月 = January–February
    rf"|前(?P<first_months>{_COUNT})个月"  # (2020年)前5个月
    rf"|第(?P<nth_month>{_COUNT})个月"  # (2020年)第三个月 = March
    rf"|前(?P<first_days>{_DAY_COUNT})天"  # (今年)前10天 = 1–10 January
)
_YEAR_PART_AFTER_YEAR = (
    rf"(?P<year_part>上半年|下半年|前半年|后半年|年?{_CHU}|年?底|年?末)"
    rf"|(?P<year_part>年?中){_MID_YEAR_END}"
)
# Alone, 前半年/后半年 hide in 此前半年, 今后半年 (durations) and 年中 in 两年中, 这些年中: only at
# a clause head (年中 also after 在/于/到/至).
_YEAR_PART_ALONE = (
    rf"(?P<year_part>上半年|下半年|年{_CHU}|年底|年末)"
    rf"|(?<![^\n，。；：、,;:\s])(?P<year_part>前半年|后半年)"
    rf"|(?<=^|[\n，。；：、,;:\s（(在于到至])(?P<year_part>年中){_MID_YEAR_END}"
)
_IN_YEAR = rf"(?:{_MONTHS}|{_quarters(q_lead=' ?')}|{_FIRST_MONTHS}|{_YEAR_PART_AFTER_YEAR})"
_IN_YEAR_ALONE = (
    rf"(?:{_MONTHS}|{_quarters()}|首(?P<first_months>{_COUNT})个?月份?"
    rf"|(?<![^\n，。；：、,;:\s])前(?P<first_months>{_COUNT})个月(?=[，,])"  # 前8个月，全市…
    rf"|{_YEAR_PART_ALONE})"
)


def _int(s: str | None) -> int | None:
    return int(parse_number(s)) if s else None


def _in_year(m: regex.Match[str]) -> dict[str, Any]:
    """The DateParts fields read from `_IN_YEAR` groups (absent groups give None)."""
    groups = m.groupdict()
    fields: dict[str, Any] = {
        name: _int(groups.get(name))
        for name in ("month", "last_month", "day", "last_day", "quarter", "last_quarter")
    }
    if groups.get("first_quarters"):
        fields["quarter"], fields["last_quarter"] = 1, _int(groups["first_quarters"])
    if groups.get("first_quarter") is not None:
        fields["quarter"] = 1
    if groups.get("first_months"):
        fields["month"], fields["last_month"] = 1, _int(groups["first_months"])
    if groups.get("nth_month"):
        fields["month"] = _int(groups["nth_month"])
    if groups.get("first_days"):  # the first N days of the month written, else of January
        fields["month"] = fields["month"] or 1
        fields["day"], fields["last_day"] = 1, _int(groups["first_days"])
    part = groups.get("year_part")
    part = YEAR_PART_ALIASES.get(part, part) if part else None
    fields["year_part"] = part if part in YEAR_PARTS else None
    fields["month_part"] = groups.get("month_part")
    return fields


def _draft(parts: DateParts, span: tuple[int, int] | None = None) -> Proposal | None:
    """The draft of a plausible date; None (a veto) for 13月, 2月30日, 第5季度."""
    try:
        check_plausible(parts)
    except ImpossibleDate:
        return None
    # typed here, not a dict for `Rule.run` to convert (drafts.to_draft): ~1.5 µs less a date
    return Proposal(DateDraft(parts), span or None)  # spans are m.span() tuples


# --- absolute dates ------------------------------------------------------------------------------
@rules.rule(
    rf"(?P<year>{_YEAR_DIGITS})(?:年度?(?:{_IN_YEAR})?| ?(?=Q[1-4])(?:{_quarters()}))",
    examples={
        "2019年8月，": "2019年8月", "二〇二〇年": "二〇二〇年", "2020 年 1 季度": "2020 年 1 季度",
        "2022 年 8 月初，": "2022 年 8 月初", "2017年7月以来": "2017年7月", "截至2021年": "2021年",
        "2020年上半年": "2020年上半年", "2019年第三季度": "2019年第三季度", "2021年底": "2021年底",
        "2020年1-7月": "2020年1-7月", "2019年8月27日": "2019年8月27日", "2023Q1": "2023Q1",
        "2020年初步建成": "2020年", "2020年前三季": "2020年前三季", "2020年首两月": "2020年首两月",
        "2020年前5个月": "2020年前5个月", "2020年第三个月": "2020年第三个月",
        "2020年后半年": "2020年后半年", "2020年中，": "2020年中", "2025年中国网络": "2025年",
        "2020年前10天": "2020年前10天", "2020年8月前10天": "2020年8月前10天",
    },
    counterexamples=["近三年", "10年以来", "3—5年", "力争5年内", "每年", "2019年13月",
                     "2020年8月前45天"],
    anchor=Anchor("年Q", _YEAR_LEAD + " "),
)
def year_and_within(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<year>年 then a month, day, quarter or part     2019年8月 · 2020年1季度 · 2022年8月初"""
    year = m["year"]
    return _draft(DateParts(year=int(parse_number(year)), **_in_year(m)))


_MONTH_DAY_1 = rf"(?:(?P<m1>{_N})月(?:(?P<d1>{_N})[日号])?)?"
_MONTH_DAY_2 = rf"(?:(?P<m2>{_N})月(?:(?P<d2>{_N})[日号])?)?"


@rules.rule(
    rf"(?P<y1>{_YEAR_DIGITS})(?:年{_MONTH_DAY_1})?{_SEP}(?P<y2>{_YEAR_DIGITS})年{_MONTH_DAY_2}",
    examples={"从2008-2022年，": "2008-2022年", "（2018-2020\n年）": "2018-2020\n年",
              "2019年1月至2020年6月": "2019年1月至2020年6月", "2018年到2020年": "2018年到2020年",
              "从2022年8月1日至2022年8月5日": "2022年8月1日至2022年8月5日"},
    counterexamples=["力争到2023年", "2020-2018年", "2019-2019年", "2020年2月29日至2020年2月29日"],
)
def year_range(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<year>(年<month>月(<day>日)?)? – <year>年…     2018-2020年 · 2019年1月至2020年6月"""
    y1, y2 = int(parse_number(m["y1"])), int(parse_number(m["y2"]))
    first = (y1, _int(m["m1"]), _int(m["d1"]))
    last = (y2, _int(m["m2"]), _int(m["d2"]))
    if y2 < y1 or (y2 == y1 and m["m1"] is None) or first == last:
        return None  # 2020-2018年 runs backwards; 2019-2019年 and one day twice are no range
    until = DateParts(year=y2, month=_int(m["m2"]), day=_int(m["d2"]))
    return _draft(DateParts(year=y1, month=_int(m["m1"]), day=_int(m["d1"]), until=until))


@rules.rule(
    rf"(?<![\d年月.\-/〇零一二三四五六七八九十每各逐第近])(?:(?P<year>{_YEAR_DIGITS})年)?"
    rf"(?P<m1>{_N})月(?P<d1>{_N})[日号]{_SEP}(?P<m2>{_N})月(?P<d2>{_N})[日号]",
    examples={"2021年1月1日至6月30日": "2021年1月1日至6月30日",
              "，9月28日-10月8日，": "9月28日-10月8日"},
    counterexamples=["2021年6月30日至1月1日"],
)
def day_range(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """(<year>年)? <month>月<day>日 – <month>月<day>日     9月28日-10月8日"""
    year = _int(m["year"])
    m1, d1, m2, d2 = (int(parse_number(m[g])) for g in ("m1", "d1", "m2", "d2"))
    if (m2, d2) <= (m1, d1):
        return None  # backwards, or one day written twice
    until = DateParts(month=m2, day=d2)
    return _draft(DateParts(year=year, year_shift=None if year else 0, month=m1, day=d1,
                            until=until))


_YEAR_LIST_SEPS = "、，,和与及"
_YEAR_LIST_SEP = f"[{_YEAR_LIST_SEPS}]"


@rules.rule(
    rf"(?P<years>{_YEAR_DIGITS}(?:{_YEAR_LIST_SEP}{_YEAR_DIGITS})+)年",
    examples={"2019、2020年连续两年": "2019", "2019、2020年，": "2020年"},
    counterexamples=["2019、2020"],
    anchor=Anchor("年", _YEAR_LEAD + _YEAR_LIST_SEPS),
)
def year_list(m: regex.Match[str], ctx: Context) -> list[Proposal]:
    """<year>、<year>年: each year its own fact, the last one with the 年     2019、2020年"""
    drafts = []
    offset = m.start("years")
    years = list(regex.finditer(_YEAR_DIGITS, m["years"]))
    for i, y in enumerate(years):
        end = m.end() if i == len(years) - 1 else offset + y.end()
        drafts.append(Proposal(DateDraft(DateParts(year=int(parse_number(y[0])))),
                               (offset + y.start(), end)))
    return drafts


# A year of the Republic of China (Taiwan's calendar): 民国111年 is 2022, 民国元年 1912.
@rules.rule(
    rf"民国(?P<roc>元|\d{{1,3}}|[一二三四五六七八九十百零〇]{{1,6}})年(?:{_IN_YEAR})?",
    examples={"民國111年10月": "民國111年10月", "民国元年": "民国元年",
              "民國一百一十一年": "民國一百一十一年"},
    counterexamples=["民国时期", "111年"],
)
def roc_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """民国<n>年 (+ a month…)     民國111年 → 2022"""
    n = 1 if m["roc"] == "元" else int(parse_number(m["roc"]))
    return _draft(DateParts(year=1911 + n, **_in_year(m)))


# A two-digit year (07年, ’98年): read only where it cannot be a count of years (连续15年,
# 延长30年, 10年以来): with an apostrophe, with a leading zero, or followed by a month, a
# quarter or a part of the year. 00–68 are 2000–2068, 69–99 1969–1999 (POSIX `%y`).
_NOT_BEFORE_SHORT_YEAR = "连近长隔满第共约余多几每超逾达了过历用"
_SHORT_YEAR_HEAD = (
    rf"年(?:{_N}月|[上下前后]半年|[底末]|初(?![{NOT_AFTER_CHU}])|第?[一二三四1-4]季)"
)


@rules.rule(
    rf"(?:['’‘`](?P<yy>\d\d)|(?<![\d.'’‘`])(?P<yy>0\d)(?!年代)"
    rf"|(?<![\d.'’‘`{_NOT_BEFORE_SHORT_YEAR}])(?P<yy>\d\d)(?={_SHORT_YEAR_HEAD}))"
    rf"年(?:{_IN_YEAR})?",
    examples={"07年，": "07年", "’98年": "’98年", "19年8月，": "19年8月", "20年底": "20年底",
              "08年奥运会": "08年", "15年上半年": "15年上半年"},
    counterexamples=["连续15年", "延长30年", "10年以来", "30年以上", "近10年新高", "时隔66年",
                     "70年来", "2007年", "00年代"],
    anchor=Anchor("年", r"\d'’‘`"),
)
def short_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<yy>年 where it is a year     07年 · ’98年 · 19年8月"""
    yy = int(m["yy"])
    return _draft(DateParts(year=(2000 if yy <= 68 else 1900) + yy, **_in_year(m)))


# A year with no 年 where nothing else can be meant: before a part of the year (2019全年,
# 2020上半年) or, at a clause head or after a preposition, before 的 (2023的数据). Before a
# classifier it is a count (2023家), after a verb a figure (超过2000的企业, 增加到2000的).
_BARE_YEAR = r"(?<![\d.\-/:：A-Za-z])(?:19|20)\d\d(?![\d.%])"


@rules.rule(
    rf"(?P<year>{_BARE_YEAR})(?:(?P<whole>全年)|(?P<year_part>上半年|下半年|前半年|后半年)"
    rf"|第?(?P<quarter>[一二三四1-4])季度)"
    rf"|(?<![^\n，。；：、,;:\s（(“\"从自在于较比与和及])(?P<year>{_BARE_YEAR})(?=的)",
    examples={"2019全年，": "2019全年", "2023的数据": "2023", "与2019的水平相比": "2019",
              "2020上半年": "2020上半年", "2021第三季度": "2021第三季度"},
    counterexamples=["2023家企业的", "超过2000的企业", "达2000的", "增加到2000的", "第2023的",
                     "20230的", "2023.5的"],
)
def bare_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<year> without 年, before 全年/上半年/…季度 or 的     2019全年 · 2023的数据"""
    part = m["year_part"]
    return _draft(DateParts(year=int(m["year"]), quarter=_int(m["quarter"]),
                            year_part=YEAR_PART_ALIASES.get(part, part) if part else None))


# `A年与B年间`: the years between A and B, one range (2015年与2020年间); 间 stays outside the
# span like 到 and 以来. Without 间 (`2019年与2020年相比`) they are two dates.
@rules.rule(
    rf"(?P<y1>{_YEAR_DIGITS})年?[与和及同](?P<y2>{_YEAR_DIGITS})年(?=之?间)",
    examples={"2015年与2020年间": "2015年与2020年", "2015与2020年之间": "2015与2020年",
              "2015年與2020年間": "2015年與2020年"},
    counterexamples=["2019年与2020年相比", "2020年与2019年间"],
)
def years_between(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<year>年与<year>年间     2015年与2020年间 → 2015–2020"""
    y1, y2 = int(parse_number(m["y1"])), int(parse_number(m["y2"]))
    if y2 <= y1:
        return None
    return _draft(DateParts(year=y1, until=DateParts(year=y2)))


@rules.rule(DATELINE.pattern, examples={
    "2022-10-17 11:33:18來源": "2022-10-17 11:33:18", "发布于2020/09/15": "2020/09/15",
    "２０２６－０２－０９ ０９：４５来源": "２０２６－０２－０９ ０９：４５"})
def iso_datetime(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """An ISO stamp, as in a dateline     2022-10-17 11:33:18"""
    y, mo, d = (int(x) for x in regex.split(r"[-/.]", m["date"]))
    return _draft(DateParts(year=y, month=mo, day=d, clock=bool(m["time"])))


# Five-year plans, quotes optional. The span is the plan's name (十四五), or runs to 期末 when
# the text narrows the plan to its last year: “十四五”期末 → 2025, part; so do the year it
# ends or opens: “十四五”收官之年 → 2025, “十五五”规划开局之年 → 2026 (FACTS.md).
@rules.rule(
    rf"(?<![零〇一二三四五六七八九十百千])(?P<plan>{one_of(PLAN_PERIODS)})(?![十百千万亿个年])"
    rf"(?:[”\"'’」]?(?:规划|时期)?(?P<part>{one_of(PLAN_PARTS)}))?",
    examples={"力争“十四五”期间": "十四五", "“十四五”期末，": "十四五”期末",
              "十三五规划": "十三五", "给“十六五”预留一定空间": "十六五",
              "2025年是“十四五”收官之年": "十四五”收官之年",
              "今年是“十五五”规划开局之年": "十五五”规划开局之年"},
    counterexamples=["二十四五个", "十四五年"],
)
def plan_period(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """十X五 (+ 期末)     “十四五”期间 → 2021–2025 · “十四五”期末 → 2025"""
    part = PLAN_PARTS.get(m["part"]) if m["part"] else None
    span = m.span() if part else m.span("plan")
    return _draft(DateParts(plan=PLAN_PERIODS[m["plan"]], plan_part=part), span)


# The older plans (十五 2001–2005, 九五 1996–2000 …) read as numbers, and “九五”普法 is the ninth
# five-year legal-education plan (2026–2030), not the ninth five-year plan: a name only where a
# plan's word follows (“十五”期间, 九五计划, “十五”规划末期).
@rules.rule(
    rf"(?<![零〇一二三四五六七八九十百千第])(?P<plan>{one_of(EARLY_PLAN_PERIODS)})[”\"'’」]?"
    rf"(?:(?:规划|计划)?(?P<part>{one_of(PLAN_PARTS)})|(?=(?:规划|计划)(?:纲要)?|期间|时期))",
    examples={"“十五”期间": "十五", "“九五”计划": "九五", "“十五”期末": "十五”期末",
              "“十五”时期": "十五", "十五規劃": "十五"},
    counterexamples=["“九五”普法", "二十五期间", "十五个月期间", "第十五期间", "十五五期间",
                     "十五年"],
    anchor=Anchor("五", chars(w[:-1] for w in EARLY_PLAN_PERIODS)),
)
def early_plan_period(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """十五/九五… before 期间, 时期, 规划, 计划     “十五”期间 → 2001–2005"""
    part = PLAN_PARTS.get(m["part"]) if m["part"] else None
    span = m.span() if part else m.span("plan")
    return _draft(DateParts(plan=EARLY_PLAN_PERIODS[m["plan"]], plan_part=part), span)


# --- dates that need the document's date ---------------------------------------------------------
# Each word guarded against the longer words it hides in: 今后年均, 三年前年…, 规模以上年营收,
# 成本年, 说明年度, 过去年均, 如今年轻; and never before 均/轻/龄/纪 (年均增长 is no date).
# After a project's milestone (达产, 建成, 投运, 投用, 完工, 达效, 运行) 后 closes "once it
# runs" and 年 opens a yearly measure: 达产后年产值30亿元 holds no 后年.
_REL_YEAR = (
    r"(?:(?<![今之以随此然最落产成营运用效工行])后年|(?<![\d一二三四五六七八九十几多数])前年"
    r"|(?<![以线马网晚早])上年|(?<![如])今年|(?<![成资基根日样版剧文账])本年"
    r"|(?<![过除失])去年|(?<![说证表声标阐发透聪文光鲜分查英高简指注载])明年)(?![均轻龄纪])"
)


@rules.rule(
    rf"(?P<rel>{_REL_YEAR})(?:(?P<same>同期)|{_IN_YEAR})?",
    examples={"今年1—7月，": "今年1—7月", "截至今\n年5月": "今\n年5月", "去年底": "去年底",
              "比去年同期": "去年同期", "明年上半年": "明年上半年", "今年一季度": "今年一季度"},
    counterexamples=["今后年均增长", "规模以上年营收", "如今年轻人", "至今年均增长", "说明年度",
                     "降低成本年", "达产后年产值可达30亿元", "建成后年处理垃圾10万吨",
                     "投產後年銷售收入", "竣工后年接待游客"],
    anchor=Anchor("年", chars(w[:-1] for w in RELATIVE_YEARS)),
)
def relative_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """今年/去年/明年… then a month, quarter or part     今年6月 · 去年底 · 去年同期"""
    shift = RELATIVE_YEARS[m["rel"]]
    return _draft(DateParts(year_shift=shift, same_period=bool(m["same"]), **_in_year(m)))


@rules.rule(
    rf"(?P<rel>{one_of(RELATIVE_MONTHS)})(?<!以[上下]月)"
    rf"(?:(?P<day>{_N})[日号]|前(?P<first_days>{_DAY_COUNT})天|(?P<month_part>{_MONTH_PART}))?",
    examples={"本月底": "本月底", "上个月，": "上个月", "本月十日召开": "本月十日",
              "下月15号起": "下月15号", "本月前10天": "本月前10天"},
    counterexamples=["以下月均收入"],
    anchor=Anchor("月", chars(w[:-1] for w in RELATIVE_MONTHS)),
)
def relative_month(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """本月/上月/下月 (+ a day or part)     上月 · 本月底 · 本月十日"""
    day, last_day = _int(m["day"]), None
    if m["first_days"]:
        day, last_day = 1, _int(m["first_days"])
    return _draft(DateParts(month_shift=RELATIVE_MONTHS[m["rel"]], day=day, last_day=last_day,
                            month_part=m["month_part"]))


# 上季度, 本季度, 下一季度 (HK: 上季, 本季): a quarter counted from the document's. Not 季节
# (season) nor 以上 or a numbered quarter (第一季度 is read elsewhere).
@rules.rule(
    rf"(?<![以\d一二三四五六七八九十第首前])(?P<rel>{one_of(RELATIVE_QUARTERS)})一?个?季度?"
    r"(?![节风军])",
    examples={"上季度，": "上季度", "较上季增长": "上季", "下一季度": "下一季度",
              "本季度末": "本季度"},
    counterexamples=["以上季度", "本季节", "第一季度", "上季风"],
)
def relative_quarter(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """上季度/本季度/下季度     上季度 → the quarter before the document's"""
    return _draft(DateParts(quarter_shift=RELATIVE_QUARTERS[m["rel"]]))


# 今明两年: this year and the next, one range.
@rules.rule(
    r"今明两年",
    examples={"今明两年，全市": "今明两年", "今明兩年": "今明兩年"},
    counterexamples=["今明两天"],
)
def this_and_next_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """今明两年     → this year and next, a range"""
    return _draft(DateParts(year_shift=0, until=DateParts(year_shift=1)))


# 昨天, 今日, 明天 … : a day counted from the document's. 今天/明天 are also "nowadays" and "the
# future" (今天人们…, 今日新疆, 美好的明天): a day only before a time of day or a clock
# (今天上午, 昨日15时), before a day in brackets (今天（15日）), or opening a clause (昨日，…).
# 昨天/昨日 also before a verb (昨日记者获悉) as long as 的 is not on either side.
_DAY_AFTER = (
    rf"(?={one_of(DAY_PERIODS)}|{_N}[时点:：]|[（(]{_N}日|\d{{1,2}}[:：]\d\d)"
)
_CLAUSE_HEAD = r"(?<![^\n，。；：、,;:\s])"


@rules.rule(
    rf"(?<!的)(?P<word>{one_of(RELATIVE_DAYS)}){_DAY_AFTER}"
    rf"|{_CLAUSE_HEAD}(?P<word>{one_of(RELATIVE_DAYS)})(?=[，,])"
    r"|(?<![的])(?P<word>昨天|昨日)(?![的之黄])",
    examples={"今天上午，": "今天", "昨日，记者": "昨日", "昨日记者从市经信委获悉": "昨日",
              "明天9时": "明天", "前天下午": "前天", "今天（15日）": "今天", "後天上午": "後天"},
    counterexamples=["今天人们已经", "今日新疆", "美好的明天", "此前天然气", "先天与后天的",
                     "昨日的辉煌", "昨日黄花", "今日头条"],
    # the word's last letter (天, 日), right after its first: most 天 and 日 start no such word
    anchor=Anchor(chars(w[-1] for w in RELATIVE_DAYS), chars(w[:-1] for w in RELATIVE_DAYS)),
)
def relative_day(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """昨天/今日/明天/前天… as a day     昨日，→ the day before the document's"""
    return _draft(DateParts(day_shift=RELATIVE_DAYS[m["word"]]))


# 上周四, 本周, 下星期一: a week counted from the document's (weeks start on Monday), or one of its
# days. Not 上周期 / 周边 / 周围 / 周年 (cycle, surroundings, anniversary).
@rules.rule(
    rf"(?<![以马晚早路线网基])(?P<week>{one_of(RELATIVE_WEEKS)})个?(?:周|星期|礼拜)"
    r"(?:(?P<weekday>[一二三四五六日天])|(?P<weekend>末))?(?![期边围年岁刊报转长])",
    examples={"上周四，": "上周四", "本周": "本周", "下星期一上午": "下星期一", "上週一": "上週一",
              "这周末": "这周末"},
    counterexamples=["以上周期", "这周围", "下周期", "一百周年"],
    anchor=Anchor("周星礼", chars(RELATIVE_WEEKS, "个")),
)
def relative_week(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """上周/本周/下周 (+ a weekday)     上周四 · 本周"""
    weekday = WEEKDAYS.get(m["weekday"]) if m["weekday"] else None
    last = None
    if m["weekend"]:
        weekday, last = 6, 7
    return _draft(DateParts(week_shift=RELATIVE_WEEKS[m["week"]], weekday=weekday,
                            last_weekday=last))


# A month, quarter or part with no year before it takes the reference year (FACTS.md: 8月27日).
# Not after a digit or 年 (the year rules read those), nor after 每/各/逐 (每年初 is no date),
# nor in a season's idiom (阳春三月, 烟花三月: spring, not March).
@rules.rule(
    rf"(?<![\d年月.\-/〇零一二三四五六七八九十每各逐第近春花周期拜A-Za-z]){_IN_YEAR_ALONE}",
    examples={"记者从8月 27日在": "8月 27日", "9月将投产": "9月", "1-2月份": "1-2月份",
              "一季度，": "一季度", "上半年，": "上半年", "年底前": "年底", "8月中旬": "8月中旬",
              "首两月，": "首两月", "首三季，": "首三季", "首季，": "首季",
              "八月十五，": "八月十五", "后半年，": "后半年", "年中，": "年中",
              "1至9月，": "1至9月", "八月十五家企业": "八月", "；前8个月，": "前8个月",
              "8月中下旬": "8月中下旬", "8月中，": "8月中",
              "8月中国": "8月", "自3月一直": "3月", "到年中": "年中"},
    counterexamples=["3个月", "每年初", "13月", "2月30日", "近一月", "阳春三月", "“三月三”节",
                     "今后半年", "此前半年", "一年中最热", "全年中", "两年中，", "这些年中，",
                     "上周四，", "星期三到", "位居榜首季军", "此前3个月，", "前3个月内"],
    anchor=Anchor("月季Q年", _SMALL_LEAD + chars(RANGE_SEPARATORS, "两第前首个上下后半"),
                  at_start=True),
)
def without_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<month>月(<day>日)? · <quarter>季度 · 上半年, with no year     8月27日 · 9月 · 一季度"""
    return _draft(DateParts(year_shift=0, **_in_year(m)))


# A day of the month alone, at the head of a clause: `15日，…` (the month of the date before it,
# or the reference month). Not `30日内` (a duration) nor `1号线` (a name).
@rules.rule(
    r"(?<![^\n，。；：、,;:\s于在从])(?P<day>[12]\d|3[01]|0?[1-9])日(?![内后前以均])",
    examples={"；15日，": "15日"},
    counterexamples=["之日起30日内", "1号线", "24日均"],
)
def day_alone(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<day>日 at a clause head     15日，"""
    return _draft(DateParts(day=_int(m["day"])))


# --- dates that point back to an earlier one ----------------------------------------------------
@rules.rule(
    rf"(?<![相不])(?P<ana>{one_of(ANAPHORIC_YEARS)})(?![龄轻级纪均份度])(?:{_IN_YEAR})?",
    examples={"同年，永川": "同年", "并在当年举办": "当年", "同年9月": "同年9月"},
    counterexamples=["相当年轻", "同年龄", "不同年份"],
    anchor=Anchor("年", chars(w[:-1] for w in ANAPHORIC_YEARS)),
)
def anaphoric_year(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """同年/当年/次年 (+ a month…)     同年 → the year of the date before it"""
    return _draft(DateParts(anaphor=ANAPHORIC_YEARS[m["ana"]], **_in_year(m)))


# `两年后，` opening a clause counts from a year written shortly before it. Arabic `5年后` and
# every other N年后 is a duration (`时隔5年后的2013年`, `力争5年后…`): the metric rules read it.
_EARLIER_YEAR = regex.compile(rf"{_YEAR_DIGITS}年|{_REL_YEAR}")
_LOOK_BACK = 600  # characters: as far as build.ANTECEDENT_WINDOW


@rules.rule(
    r"(?<![^\n。；！？，,;\s])(?P<n>[两二三四五六七八九十])年后(?=[，,])",
    examples={"2015年9月，腾讯入驻。\n两年后,永川": "两年后"},
    counterexamples=["时隔5年后的2013年", "力争5年后产值", "两年后,永川", "2015年，5年后，"],
)
def years_later(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<n>年后， at a clause head, after a year     2015年9月…两年后， → 2017"""
    if not _EARLIER_YEAR.search(ctx.tm.text, max(0, m.start() - _LOOK_BACK), m.start()):
        return None
    return _draft(DateParts(anaphor=_int(m["n"])))


# A clock time, on the day of the date before it. It needs a day-period word or minutes, so
# `24小时`, `第一时间` and a bare `4时` stay out; 点 only after a day-period word (三点五 is 3.5).
# Granularity minute; the range is its day.
@rules.rule(
    rf"(?:(?P<period>{one_of(DAY_PERIODS)})(?P<hour>{_N})[时点]|(?<![\d小])(?P<hour>{_N})时)"
    rf"(?:(?P<minute>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})分|半)?",
    examples={"下午3时02分，": "下午3时02分", "下午4时，": "下午4时", "；4时10分，": "4时10分",
              "上午9点召开": "上午9点"},
    counterexamples=["24小时", "同时", "4时", "三点五", "第一时间"],
    anchor=Anchor("时点", _SMALL_LEAD + chars(DAY_PERIODS)),
)
def clock_time(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """(下午)? <hour>时 (<minute>分)?     下午3时02分 · 4时10分"""
    if not (m["period"] or m["minute"]):
        return None
    hour, minute = _int(m["hour"]), _int(m["minute"]) or 0
    if hour is None or not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return _draft(DateParts(clock=True))


# A clock written with a colon (15:30, 9：05:20): its day is the date before it. Not a ratio or
# a score (比分3:15, 比例1:30), nor part of a longer stamp (the dateline rule reads those).
# A one-digit hour only after a time of day, a day or 于/在 (上午9:30, 15日9:00): `按1:10配套`
# is a ratio. (Checked in the function: a lookbehind of words tried at every position costs
# more than all the other clock rules.)
_ONE_DIGIT_HOUR_LEAD = regex.compile(rf"(?:{one_of(DAY_PERIODS)}|[日号天于在]|时间[:：]?) ?$")


@rules.rule(
    r"(?<![\d:：.比为例])(?<!比分)(?P<hour>\d\d?)"  # hour checked below: \d first is 4× faster
    r"[:：] ?(?P<minute>[0-5]\d)(?:[:：][0-5]\d)?(?![\d:：万千亿%])",
    examples={"下午15:30，": "15:30", "上午9：05开始": "9：05", "于14:00:30": "14:00:30",
              "15日9:00": "9:00"},
    counterexamples=["比分3:15", "比例为1:30", "25:30", "3:5", "12:345", "按1:10配套",
                     "比例尺1:50万", "10:30万"],
    anchor=Anchor(":：", r"\d"),
)
def clock_colon(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<hour>:<minute>     15:30 → its day, granularity minute"""
    hour, minute = int(m["hour"]), int(m["minute"])
    if hour > 24 or (hour == 24 and minute != 0):
        return None
    text = ctx.tm.text
    if len(m["hour"]) == 1 and not _ONE_DIGIT_HOUR_LEAD.search(text, max(0, m.start() - 6),
                                                                m.start()):
        return None
    return _draft(DateParts(clock=True))
