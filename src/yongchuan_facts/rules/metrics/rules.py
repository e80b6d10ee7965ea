"""Metric span rules: where a quantity is, its value, unit and qualifier.

    <qualifier>? <number> 余/多? <multiplier>* 余/多? <unit> <qualifier>?     近1.4万余人 · 50个以上

One template serves every unit table (classifiers, money, area, length, durations, physical
units, % and 个百分点), so each rule differs only by its table and its examples. Shapes with
their own grammar get their own rule: years of a duration (`近三年`, `5年内`), the first bound
of a range or list (`3—5年`, `0.9、5.9个百分点`), `百分之三十`, `三分之一`, `三成`, money rates
(`元/平方米`) and scale labels (`千亿级`). The span of a fact is number + multiplier + unit
(qualifier words beside it stay outside, as in the gold). Context attributes (label, modality,
direction) are decided later, in `label.py`, `modality.py` and `direction.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache

import regex

from ..drafts import Proposal, metric_draft, proposal
from ..numbers import multiplier, parse_number
from ..patterns import (
    ARABIC,
    ARABIC_BEFORE_LATIN,
    CHINESE,
    FINANCIAL,
    FINANCIAL_CHARS,
    NUMBER,
    NUMBER_CHARS,
    one_of,
)
from ..prefilter import Anchor, chars
from ..ruleset import Context, Draft, Produce, RuleSet
from .lexicon import (
    AREA,
    BARE_CUES,
    CLASSIFIERS,
    CURRENCIES,
    CURRENCIES_BEFORE,
    DURATIONS,
    LENGTH,
    MULTIPLIER_CHARS,
    NOT_TENTHS,
    PHYSICAL,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    QUALIFIERS_INSIDE,
    RATIOS,
    SHARE_BEFORE,
    WORD_TRAPS,
    YEARS_AFTER,
    YEARS_BEFORE,
    YEARS_CHANGE_AFTER,
    Unit,
)
from .vetoes import vetoed, vetoed_at

rules = RuleSet("metric")

QB = rf"(?P<qb>{one_of(QUALIFIERS_BEFORE)})?"
QA = rf"(?P<qa>{one_of(QUALIFIERS_AFTER)})?"
IN1 = r"(?P<in1>[余多])?"
IN2 = r"(?P<in2>[余多])?"
MULT = rf"(?P<mult>[{MULTIPLIER_CHARS}]{{0,3}})"  # 十万亿 at most: 1万万万…元 is no 1e200 yuan
# …and a bare 万 only before 亿 (突破万亿, 超万亿元), since 上万人 reads as "tens of thousands".
BARE_NUMBERS = {"百": 100, "千": 1000, "万": 10_000}
# Arabic digits with 十, 百 or 千 before 余/多 and 万 or 亿 (3千余万元, 1.5千多万人): the small
# multiplier is part of the number, as in the Chinese 一千多万元 (its numeral holds the 千).
_ARABIC_WITH_SMALL_MULT = r"(?<![\d.])\d{1,4}(?:\.\d{1,2})?[十百千](?=[余多][万亿])"
NUM = (rf"(?P<num>{_ARABIC_WITH_SMALL_MULT}|{NUMBER}|(?<={one_of(BARE_CUES)})"
       rf"(?:[百千](?![零〇一二两三四五六七八九十])|万(?=亿)))")
# What a match may hold before its unit (or 块, 角, /): the anchors' lead (prefilter.py).
_QB_CHARS = chars(QUALIFIERS_BEFORE)
_NUM_LEAD = _QB_CHARS + NUMBER_CHARS + chars("余多", MULTIPLIER_CHARS)



def amount(m: regex.Match[str], unit: Unit, num: str = "num", mult: str = "mult") -> float:
    """The match's number × its multipliers × the unit's factor, in the canonical unit
    (in decimal, so 10.36百亿亿次/秒 is 10.36 EFLOPS, not 10.360000000000001)."""
    return value_of(m[num], m[mult], unit.factor)


def value_of(num: str, mult: str | None, factor: float) -> float:
    """`read_number(num) × multiplier(mult) × factor` in decimal, as a float.

        >>> value_of("1.5", "万", 1), value_of("10.36", "百亿亿", 1e-18), value_of("3", "", 1e6)
        (15000.0, 10.36, 3000000.0)
    """
    if factor == 1 and len(num) <= 20 and num.isdigit() and num.isascii():
        return float(int(num) * multiplier(mult))  # the commonest figure, 3000个: exact, as below
    plain = _plain_number(num)
    if plain is not None and (factor == 1 or (float(factor).is_integer() and 0 < factor < 1e15)):
        digits, decimals = plain
        if digits < 10**13 or factor == 1:
            # 1.5万 = 15 × 10⁴ / 10¹ in integers, then one correctly rounded division, as
            # float(Decimal) rounds the decimal product once. Equal, because that product is
            # exact: the multipliers are powers of ten, and the significant digits are at most
            # 28 (20 of a number times 1, or 13 of a number times 15 of an integral factor).
            return digits * multiplier(mult) * int(factor) / _POWERS_OF_TEN[decimals]
    return float(read_number(num) * multiplier(mult) * Decimal(str(factor)))


_POWERS_OF_TEN = tuple(10**k for k in range(21))
# `value_of` remembered for the unit tables' figures (a pure function of three immutable
# arguments, typed so 1 and 1.0 stay apart): 4156 figures of the 23 reports have 1597
# distinct ones, a hit costs a seventh of a reading
_table_value = lru_cache(maxsize=4096, typed=True)(value_of)


def _plain_number(s: str) -> tuple[int, int] | None:
    """An ASCII number of digits and at most one point, no commas, of at most 20 characters,
    as its digits read as an integer and its count of decimals; None for any other form.
    Exact arithmetic on these two integers is exact arithmetic on `parse_number(s)`.

        >>> [_plain_number(s) for s in ("1.5", "2025", "1,234", "１５")]
        [(15, 1), (2025, 0), None, None]
    """
    if len(s) > 20 or not s.isascii():
        return None
    if s.isdigit():  # the commonest form, first
        return int(s), 0
    head, dot, frac = s.partition(".")
    if not head.isdigit() or (dot and not frac.isdigit()):
        return None
    return int(head + frac), len(frac)


def read_number(num: str) -> Decimal:
    """`parse_number`, plus the bare multiplier a cue allows (超千亿元, 突破万亿: 千, 万)."""
    if num in BARE_NUMBERS:
        return Decimal(BARE_NUMBERS[num])
    return parse_number(num)


def qualifier(m: regex.Match[str]) -> str:
    """余/多 inside the number win (近1.4万余人 → over), then the word after, then before."""
    index = m.re.groupindex  # by number, not `m.groupdict()`: that dict costs 1.2 µs a match

    def group(name: str) -> str | None:
        return m[index[name]] if name in index else None

    return qualifier_of(group("in1"), group("in2"), group("qa"), group("qb"),
                        m.string, m.start("num"), m["num"])


def qualifier_of(in1: str | None, in2: str | None, qa: str | None, qb: str | None,
                 text: str, num_start: int, num: str) -> str:
    """`qualifier` from the groups' texts (None: the group took no part or is not in the rule)."""
    inside = in1 or in2
    if inside:
        return QUALIFIERS_INSIDE[inside]
    if qa:
        return QUALIFIERS_AFTER[qa]
    if text[num_start - 1 : num_start] == "上" and num in "百千":
        return "at_least"  # 上千家: reaching a thousand
    return QUALIFIERS_BEFORE.get(qb or "", "exact")


_TIME_UNITS = frozenset(u.canonical for u in DURATIONS.values())
# A duration that names a zone or a policy: 1小时通勤圈, 15分钟社区生活圈, 240小时过境免签.
_NAMED_BY_DURATION = regex.compile(r"[^，。、；：！？,;:!?\s\d]{0,4}圈|过境免签|免签")
# The characters that make a classifier part of another word, as sets (one lookup, no set
# built per match); '' (the end of the text) is in none.
_TRAP_SETS = {unit: frozenset(chars) for unit, chars in WORD_TRAPS.items()}
_NO_TRAP: frozenset[str] = frozenset()
_TABLE_GROUPS = ("num", "body", "unit", "mult", "qb", "qa", "in1", "in2")


def group_numbers(known: dict[regex.Pattern[str], tuple[int, ...]], pattern: regex.Pattern[str],
                  names: tuple[str, ...]) -> tuple[int, ...]:
    """The numbers of the groups `names` in `pattern`, kept in `known` (one dict per caller):
    `m[3]` costs a fifth of `m["num"]` (~150 ns: the `regex` module looks the name up)."""
    numbers = known.get(pattern)
    if numbers is None:
        numbers = known[pattern] = tuple(pattern.groupindex[name] for name in names)
    return numbers


def _table_rule(units: Mapping[str, tuple[str, Unit]]) -> Produce:
    """The produce function of a unit-table rule: value, canonical unit, qualifier, span, and
    the name of the table the unit came from (`counted`, `money` …) as the fact's rule."""
    numbers_of: dict[regex.Pattern[str], tuple[int, ...]] = {}
    # per unit, what the function asks of it: its table, the unit, the characters that make it
    # part of a word, whether it is a time (one lookup a figure instead of four)
    entries = {surface: (table, unit, _TRAP_SETS.get(surface, _NO_TRAP),
                         unit.canonical in _TIME_UNITS)
               for surface, (table, unit) in units.items()}

    def produce(m: regex.Match[str], ctx: Context) -> Proposal | None:
        # groups by number, spans from `m.regs` (one tuple): this runs for every figure
        numbers = numbers_of.get(m.re) or group_numbers(numbers_of, m.re, _TABLE_GROUPS)
        i_num, i_body, i_unit, i_mult, i_qb, i_qa, i_in1, i_in2 = numbers
        regs = m.regs
        text = ctx.tm.text
        num_start, num_end = regs[i_num]
        body_start, body_end_ = regs[i_body]
        num = text[num_start:num_end]
        end = body_end_ if body_end_ > body_start else m.end()  # as vetoes.body_end
        if vetoed_at(num, text, num_start, end):
            return None
        table, unit, traps, timed = entries[m[i_unit]]
        if text[body_end_ : body_end_ + 1] in traps:
            return None
        if timed and _NAMED_BY_DURATION.match(text, body_end_):
            return None  # 1小时通勤圈, 15分钟生活圈, 240小时过境免签: the name of a zone or policy
        canonical = unit.canonical
        if canonical == "CNY" and text[m.start() - 1 : m.start()] == "币":  # (one compare)
            canonical = currency_before(text, m.start())
        qb, qa = m[i_qb], m[i_qa]
        if qa is None and text[body_end_ : body_end_ + 1] == "（":  # (one compare: most figures)
            qa = _qualifier_after_alternative(text, body_end_)
        qual = qualifier_of(m[i_in1], m[i_in2], qa, qb, text, num_start, num)
        if qb == "近" and qual == "nearly" and timed:
            qual = "exact"  # 近3个月 = the last three months, as 近三年 (FACTS.md)
        # typed here, not a dict for `Rule.run` to convert: 2 µs less per figure
        value = _table_value(num, m[i_mult], unit.factor)
        return proposal(metric_draft(value, canonical, qual), (body_start, body_end_), table)

    return produce


def _qualifier_after_alternative(text: str, end: int) -> str | None:
    """The qualifier after an alternative classifier in brackets that follows the unit
    (1万台（套）以上, 500个（家）左右): it qualifies the figure as it would right after the unit.

        >>> _qualifier_after_alternative("台（套）以上", 1)
        '以上'
    """
    after = _ALTERNATIVE_THEN_QUALIFIER.match(text, end)
    return None if after is None else after["qa"]


# （套）, （家）, （次）: one or two letters in brackets, then a qualifier of the figure
_ALTERNATIVE_THEN_QUALIFIER = regex.compile(rf"（\p{{Han}}{{1,2}}）{QA}")


def currency_before(text: str, start: int) -> str:
    """The currency named right before an amount in 元 at `start`, or CNY.

        >>> currency_before("港币50亿元", 2), currency_before("新台币100亿元", 3)
        ('HKD', 'TWD')
        >>> currency_before("货币50亿元", 2)  # 货币 is money, not a currency's name
        'CNY'
    """
    for name, code in CURRENCIES_BEFORE.items():
        if text.startswith(name, start - len(name)):
            return code
    return "CNY"


def _body(unit_alternation: str, num: str = NUM) -> str:
    return rf"{QB}(?P<body>{num}{IN1}{MULT}{IN2}(?P<unit>{unit_alternation})){QA}"


# Physical units may be Latin (1.5EFLOPS, 30GWh): the number may touch them, the unit may not
# run on into a word.
_PHYSICAL_NUM = rf"(?P<num>{ARABIC_BEFORE_LATIN}|{CHINESE})"


_as_units = {k: Unit(1, v) for k, v in CLASSIFIERS.items()}
_money_units = {k: Unit(1, v) for k, v in CURRENCIES.items()}

# (name, table, examples {text: surface}, counterexamples) — one rule per unit table.
TABLE_RULES: list[tuple[str, Mapping[str, Unit], dict[str, str], list[str]]] = [
    ("counted", _as_units,
     {"引进企业1.5万家": "1.5万家", "新增岗位近3000个": "3000个", "企业20多\n家": "20多\n家",
      "在校生14余万名": "14余万名", "解决就业近1.4萬餘人": "1.4萬餘人",
      "服务器 10000\n台": "10000\n台", "学校三百六十五所": "三百六十五所", "近千家": "千家",
      "建成15回跨境输电线路": "15回", "长臂猿种群恢复至7群": "7群"},
     ["建成5G基站", "第二届智博会", "仅用一台电脑", "汽车零部件", "“大数据发展20条”",
      "这是两回事", "惠及三组织", "服务三群众",
      "“五个一”城市交通大脑", "实现两位数增长", "数十家企业"]),
    ("money", _money_units,
     {"营收139亿元": "139亿元", "订 单 20 亿 元 以上": "20 亿 元", "投资5000万美元": "5000万美元",
      "规模1.2萬億元": "1.2萬億元", "打造产值超百亿元的集群": "百亿元",
      "投资3千余万元": "3千余万元"},
     ["单元楼", "千家万户", "数百家", "打造100亿元级企业"]),
    ("area", AREA, {"楼宇近70万平方\n米": "70万平方\n米", "林区40万亩": "40万亩",
                    "新城35平方公里内": "35平方公里"}, []),
    ("length", LENGTH, {"开放了 220 公里测试道路": "220 公里"}, ["最后一公里"]),
    ("duration", DURATIONS, {"实现10分钟到位": "10分钟", "用时3个月": "3个月",
                             # a clause mark, Chinese or ASCII, ends what a 圈 could name
                             "缩短到40分钟,圈内往来便捷": "40分钟"},
     ["4时10分", "构建1小时通勤圈", "提升15分钟社区生活圈", "实施240小时过境免签政策"]),
    ("physical", PHYSICAL, {"装机容量120万千瓦": "120万千瓦", "用电5000万千瓦时": "5000万千瓦时",
                            "算力达到1.5EFLOPS": "1.5EFLOPS", "储能30GWh": "30GWh"},
     ["建成5G基站", "L4级", "5MWA", "防城港30万吨级进港航道", "全球首台25兆瓦级风电主轴轴承",
      "100千瓦级"]),
    ("ratio", RATIOS, {"同比增长15.4%": "15.4%", "高于GDP增速6.8个百分点": "6.8个百分点",
                       "减少１５％以上": "１５％", "人口出生率为7.5‰": "7.5‰"}, ["“1+6”体系"]),
]


def _add_table_rule(
    name: str, tables: list[tuple[str, Mapping[str, Unit]]], pattern_of: Callable[[str], str]
) -> None:
    """One scan of the text for the units of several tables (longest unit first across them:
    3个月 is a duration, not 3个), each fact named after its unit's own table."""
    units = {surface: (table, unit) for table, table_units in tables
             for surface, unit in table_units.items()}
    examples = {k: v for t, *_ in tables for k, v in _EXAMPLES[t].items()}
    counter = [c for t, *_ in tables for c in _COUNTER[t]]
    rules.add(pattern_of(one_of(units)), _table_rule(units), name=name, examples=examples,
              counterexamples=counter, anchor=Anchor(chars(u[0] for u in units), _NUM_LEAD))


_EXAMPLES = {name: examples for name, _, examples, _ in TABLE_RULES}
_COUNTER = {name: counter for name, _, _, counter in TABLE_RULES}
# Physical units may be Latin and glued to their number (1.5EFLOPS): a scan of their own.
_add_table_rule("units", [(n, t) for n, t, *_ in TABLE_RULES if n != "physical"], _body)
_add_table_rule("physical", [(n, t) for n, t, *_ in TABLE_RULES if n == "physical"],
                lambda units: _body(units + "(?![A-Za-z])", _PHYSICAL_NUM))
# Financial numerals (壹佰贰拾万元) with any unit of the tables: a scan of their own, since in one
# alternation with the other numbers they slowed every scan (patterns.FINANCIAL).
_FINANCIAL_UNITS = {surface: (table, unit) for table, table_units, *_ in TABLE_RULES
                    for surface, unit in table_units.items()}
rules.add(_body(one_of(_FINANCIAL_UNITS), rf"(?P<num>{FINANCIAL})"),
          _table_rule(_FINANCIAL_UNITS), name="financial",
          examples={"合同金额壹佰贰拾万元": "壹佰贰拾万元", "职工肆仟零伍拾人": "肆仟零伍拾人"},
          counterexamples=["陆家嘴金融城", "队伍建设", "陆陆续续"],
          anchor=Anchor("拾佰仟", _QB_CHARS + FINANCIAL_CHARS, at_start=True))


# Years of a duration need a cue word before or after them (lexicon.YEARS_BEFORE/AFTER).
_YEARS_BEFORE_REACH = max(map(len, YEARS_BEFORE))
_YEARS_BEFORE_WORDS = tuple(YEARS_BEFORE)  # one str.endswith for all: no generator per match
# …or it closes a range (建设周期3—5年): the first bound is read by `range_first`.
_RANGE_BEFORE = regex.compile(r"(?:\d|[一二两三四五六七八九十])[-—–~～至到]$")


@rules.rule(
    rf"(?<![\d.]){QB}(?P<body>(?P<num>\d{{1,2}}|{CHINESE}){IN1}年)(?P<after>{one_of(YEARS_AFTER)})?",
    examples={"力争3\n年内": "3\n年", "近三年来": "三年", "建设周期3—5年": "5年",
              "通过3年时间": "3年", "过去一年，我们": "一年", "一年来，全省": "一年",
              "过去的五年极不寻常": "五年", "建区30年": "30年", "10年累计增长": "10年",
              "五年年均增长6%": "五年", "两年平均增长": "两年",
              "10年以来": "10年", "近三年年均增长": "三年"},
    counterexamples=["2019年", "二〇二〇年", "十四五", "3年级学生", "在2020年", "一年一度",
                     "第一年来", "2025年年均"],
    anchor=Anchor("年", _QB_CHARS + NUMBER_CHARS + "余"),
)
def years(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<number>年 with a duration cue → year     近三年 · 5年内 · 通过3年时间"""
    text = ctx.tm.text
    i_qb, i_body, i_num, i_in1, i_after = group_numbers(_YEARS_NUMBERS, m.re, _YEARS_GROUPS)
    start, (body_start, body_end), num_start = m.start(), m.regs[i_body], m.regs[i_num][0]
    before = text[max(0, start - _YEARS_BEFORE_REACH) : body_start]
    after, num = m[i_after], m[i_num]
    cue_before = (m[i_qb] == "近" or before.endswith(_YEARS_BEFORE_WORDS)
                  or bool(_RANGE_BEFORE.search(text, max(0, start - 3), start)))
    value = parse_number(num)
    end = body_end if body_end > body_start else m.end()  # as vetoes.body_end
    if not (cue_before or after) or value >= 100 or vetoed_at(num, text, num_start, end,
                                                              lone_one=True):
        return None
    if after in YEARS_CHANGE_AFTER and text.startswith(_NAMED_WORKS, m.end()):
        return None  # 农村人居环境整治五年提升行动: the name of a campaign, no span of change
    qual = "over" if m[i_in1] or after == "多" else "exact"  # 近三年 = recent, not nearly
    if after in ("左右", "以上"):
        qual = QUALIFIERS_AFTER[after]
    return proposal(metric_draft(float(value), "year", qual), (body_start, body_end), None)


_YEARS_GROUPS = ("qb", "body", "num", "in1", "after")
_NAMED_WORKS = ("行动", "工程", "计划", "攻坚", "专项")
_YEARS_NUMBERS: dict[regex.Pattern[str], tuple[int, ...]] = {}


# The first bound of a range or a list whose unit is written once, after the second number:
# 3—5年, 10-15%, 3—5万人, 0.9、5.9个百分点. The second bound is found by its own rule; this one
# gives the first number alone (FACTS.md), with the second's multiplier and unit.
_SECOND_UNITS = {**_as_units, **_money_units, **AREA, **LENGTH, **DURATIONS, **PHYSICAL,
                 **RATIOS, "年": Unit(1, "year")}


@rules.rule(
    rf"(?<![\d.]){NUM}{IN1}(?P<mult1>[{MULTIPLIER_CHARS}]*)(?P<sep>[-—–~～至到、])"
    # (the second may be one of several listed: 分别提高20.9、36.2、54个百分点)
    rf"(?=(?:(?:{NUMBER})、){{0,4}}(?P<num2>{NUMBER})[余多]?(?P<mult>[{MULTIPLIER_CHARS}]*)[余多]?"
    rf"(?P<unit>{one_of(_SECOND_UNITS)}))",
    examples={"3—5年": "3", "10-15%": "10", "8.5亿至10亿元": "8.5亿", "提高0.9、5.9个百分点": "0.9",
              "3—5万人": "3", "提高20.9、36.2、54个百分点": "20.9"},
    counterexamples=["2018-2020年", "今年1—7月", "023-68386677", "一、二个"],
    anchor=Anchor(r"\-—–~～至到、", NUMBER_CHARS + chars("余多", MULTIPLIER_CHARS)),
)
def range_first(m: regex.Match[str], ctx: Context) -> Draft | None:
    """First bound of <n>—<n> <unit> (or <n>、<n> <unit>), unit shared     3—5年 · 10-15%"""
    unit = _SECOND_UNITS[m["unit"]]
    if vetoed(m, ctx.tm.text) or (m["sep"] == "、" and m["unit"] == "年"):
        return None
    if m["unit"] == "年" and max(read_number(m["num"]), parse_number(m["num2"])) >= 100:
        return None  # 2018-2020年 is a date range
    mult = m["mult1"] or m["mult"]  # 3—5万人: the 万 counts for both bounds
    value = float(read_number(m["num"]) * multiplier(mult)) * unit.factor
    return {"value": value, "unit": unit.canonical, "qualifier": "exact",
            "span": (m.start("num"), m.end("mult1"))}


@rules.rule(
    rf"{QB}(?P<body>(?P<per>[百千])分之(?P<num>{NUMBER})){QA}",
    examples={"占比达到百分之三十": "百分之三十", "增长百分之5.2": "百分之5.2",
              "增长百分之五点二": "百分之五点二", "人口出生率为千分之七点五": "千分之七点五"},
)
def percent_words(m: regex.Match[str], ctx: Context) -> Draft:
    """百分之<number> → percent, 千分之<number> → its tenth     百分之三十 → 30 %, 千分之五 → 0.5 %
    """
    per_mille = m["per"] == "千"
    value = parse_number(m["num"]) / 10 if per_mille else parse_number(m["num"])
    return {"value": float(value), "unit": "percent", "qualifier": qualifier(m),
            "span": m.span("body")}


@rules.rule(
    rf"{QB}(?P<body>(?P<den>{NUMBER})分之(?P<num>{NUMBER})){QA}",
    examples={"占全市三分之一": "三分之一", "近4分之3": "4分之3"},
)
def fraction(m: regex.Match[str], ctx: Context) -> Draft | None:
    """<d>分之<n> → n/d as percent     三分之一 → 33.3 %"""
    den = parse_number(m["den"])
    if den == 0:
        return None
    value = parse_number(m["num"]) / den * 100
    return {"value": float(value), "unit": "percent", "qualifier": qualifier(m),
            "span": m.span("body")}




@rules.rule(
    rf"(?<![{MULTIPLIER_CHARS}零〇一二两三四五六七八九\d.第数几]){QB}"
    # news writes the digit in Arabic too, with a tenth at most (超3成企业, 约3.5成)
    rf"(?P<body>(?P<num>[一二两三四五六七八九]|(?<![\d.])[1-9](?:\.[0-9])?)成)"
    rf"(?!{one_of(NOT_TENTHS)}){QA}",
    examples={"超过三成企业": "三成", "九成以上": "九成", "超3成企业": "3成", "約3.5成": "3.5成"},
    counterexamples=["建成", "一成不变?", "三成为", "第九成", "AR-E3000成功首飞", "第3成",
                     "G5成渝高速", "12成"],
    anchor=Anchor("成", _QB_CHARS + "一二两三四五六七八九0123456789."),
)
def tenths(m: regex.Match[str], ctx: Context) -> Draft:
    """<digit>成 → tenths as percent     三成 → 30 %, 3.5成 → 35 %"""
    return {"value": float(parse_number(m["num"]) * 10), "unit": "percent",
            "qualifier": qualifier(m), "span": m.span("body")}


# After 元/ a unit is written whole, multiplier included (元/千瓦时, 元/千克): no 千 to split off.
_PER_UNITS = {**AREA, **_as_units, **PHYSICAL, "月": Unit(1, "month"), "年": Unit(1, "year"),
              "天": Unit(1, "day"), "日": Unit(1, "day"), "小时": Unit(1, "hour"),
              "千瓦时": Unit(1, "kWh"), "度": Unit(1, "kWh"), "千瓦": Unit(1, "kW"),
              "千克": Unit(1, "kg")}


@rules.rule(
    rf"{QB}(?P<body>{NUM}{IN1}{MULT}{IN2}(?P<unit>{one_of(CURRENCIES)})"
    rf"(?:/|每)(?P<per>{one_of(_PER_UNITS)})){QA}",
    examples={"房价1.2万元/平方米": "1.2万元/平方米", "人均500元/人": "500元/人",
              "地价30万元/亩": "30万元/亩", "电价0.45元/千瓦时": "0.45元/千瓦时"},
    anchor=Anchor("/每", _NUM_LEAD + chars(CURRENCIES)),
)
def money_rate(m: regex.Match[str], ctx: Context) -> Draft | None:
    """<money>/<unit> → a compound unit     1.2万元/平方米 → 12000 CNY/m**2"""
    if vetoed(m, ctx.tm.text):
        return None
    per = _PER_UNITS[m["per"]]
    value = float(read_number(m["num"]) * multiplier(m["mult"])) / per.factor
    return {"value": value, "unit": f"{CURRENCIES[m['unit']]}/{per.canonical}",
            "qualifier": qualifier(m), "span": m.span("body")}


# Scale labels: 百亿级, 1000亿级, 千亿级 — an order of magnitude of money (gold: approx CNY).
@rules.rule(
    rf"(?<![\d.]|{CHINESE})(?P<body>(?P<num>{ARABIC})?(?P<mult>[百千万]?亿|万亿)\s?级)",
    examples={"形成百亿级显示制造企业": "百亿", "1000亿级的汽车生态城": "1000亿"},
    counterexamples=["L4级", "二级学院"],
    anchor=Anchor("级", r"\d,.\s百千万亿"),
)
def scale_label(m: regex.Match[str], ctx: Context) -> Draft:
    """<number>?<multiplier>级 → CNY, approx     千亿级 → 1e11"""
    base = parse_number(m["num"]) if m["num"] else Decimal(1)
    value = float(base * multiplier(m["mult"]))
    return {"value": value, "unit": "CNY", "qualifier": "approx",
            "span": (m.start("body"), m.end("mult"))}


@rules.rule(r"(?<![迈站跨登跃])上(?P<mult>[百千万]?亿|万)元",
            examples={"每年导入相关业务上亿元": "上亿元"},
            counterexamples=["上元节", "迈上万亿元台阶"])
def reaching_money(m: regex.Match[str], ctx: Context) -> Draft:
    """上亿元 → at least 1e8 CNY"""
    return {"value": float(multiplier(m["mult"])), "unit": "CNY", "qualifier": "at_least"}


# Money as people write it: a currency sign before the number (￥300, ¥1.5万), colloquial 块
# (30块钱, 5块), and yuan with jiao and fen (3元5角, 12元3角4分).
@rules.rule(
    rf"{QB}(?P<body>[￥¥](?P<num>{NUMBER}){IN1}{MULT}){QA}(?!元)",
    examples={"售价￥300起": "￥300", "单价¥1.5万": "¥1.5万"}, counterexamples=["￥"],
    anchor=Anchor("￥¥", _QB_CHARS, at_start=True),
)
def currency_sign(m: regex.Match[str], ctx: Context) -> Draft:
    """￥<number> → CNY     ￥300"""
    return {"value": amount(m, Unit(1, "CNY")), "unit": "CNY", "qualifier": qualifier(m),
            "span": m.span("body")}


@rules.rule(
    rf"{QB}(?P<body>{NUM}{IN1}{MULT}{IN2}块(?:钱)?)(?=钱|[，。；、！？,;!?\s]|$){QA}",
    examples={"只要30块钱": "30块钱", "一张票5块，": "5块"},
    counterexamples=["3块屏幕", "两块牌子"],
    anchor=Anchor("块", _NUM_LEAD),
)
def kuai(m: regex.Match[str], ctx: Context) -> Draft | None:
    """<number>块(钱) → CNY     30块钱 (a 块 before a noun counts pieces: 3块屏幕)"""
    if vetoed(m, ctx.tm.text):
        return None
    return {"value": amount(m, Unit(1, "CNY")), "unit": "CNY", "qualifier": qualifier(m),
            "span": m.span("body")}


@rules.rule(
    rf"{QB}(?P<body>(?P<num>{NUMBER})[元块](?P<jiao>{NUMBER})角(?:(?P<fen>{NUMBER})分)?){QA}",
    examples={"票价3元5角": "3元5角", "每斤12元3角4分": "12元3角4分"},
    counterexamples=["3元角"],
    anchor=Anchor("角", _QB_CHARS + NUMBER_CHARS + "元块"),
)
def yuan_jiao_fen(m: regex.Match[str], ctx: Context) -> Draft:
    """<n>元<n>角<n>分 → CNY     3元5角 → 3.5"""
    value = (parse_number(m["num"]) + parse_number(m["jiao"]) / 10
             + (parse_number(m["fen"]) / 100 if m["fen"] else 0))
    return {"value": float(value), "unit": "CNY", "qualifier": qualifier(m),
            "span": m.span("body")}




_CLAUSE_BREAK = regex.compile(r"[，。；：、,;:\n]")


@rules.rule(
    rf"{QB}(?P<body>(?<![\d./])(?P<num>\d{{1,3}})/(?P<den>\d{{1,3}})(?![\d./])){QA}",
    examples={"占全国1/3以上": "1/3", "约1/4的企业": "1/4"},
    counterexamples=["2024/1/3", "比分3/2", "1/3"],
)
def slash_fraction(m: regex.Match[str], ctx: Context) -> Draft | None:
    """<n>/<d> beside a share word → percent     1/3以上 → 33.3 % at least"""
    text = ctx.tm.text
    # a share word in the clause just before (占全国1/3, 约1/4)
    window = text[max(0, m.start("body") - 6) : m.start("body")]
    before = _CLAUSE_BREAK.split(window)[-1]
    den, num = parse_number(m["den"]), parse_number(m["num"])
    if den == 0 or num >= den or not (m["qa"] or any(w in before for w in SHARE_BEFORE)):
        return None
    return {"value": float(num / den * 100), "unit": "percent", "qualifier": qualifier(m),
            "span": m.span("body")}
