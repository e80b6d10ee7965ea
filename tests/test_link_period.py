"""The period of a metric (FACTS.md "The period of a metric"), through extract()."""

from __future__ import annotations

import datetime as dt

import pytest

from yongchuan_facts import extract

D = dt.date
# a report of 2026's review: its five years, and their last (what a level under them takes)
FIVE_YEARS = (D(2021, 1, 1), D(2025, 12, 31))
LAST_YEAR = (D(2025, 1, 1), D(2025, 12, 31))


def period_of(text: str, figure: str, ref: str = "2022-08-15") -> tuple[D, D] | None:
    fs = extract(text, reference_date=ref)
    m = next(m for m in fs.metrics if m.text == figure)
    return m.period


@pytest.mark.parametrize(("text", "figure", "want"), [
    # its own clause or sentence
    ("2021年，全区实现营收139亿元。", "139亿元", (D(2021, 1, 1), D(2021, 12, 31))),
    ("1—7月，增加值增长8%。", "8%", (D(2022, 1, 1), D(2022, 7, 31))),
    # as of a date; as of now; since
    ("截至2022年6月底，累计建成基站300个。", "300个", (D(2022, 6, 21), D(2022, 6, 30))),
    ("目前，已有企业365家。", "365家", (D(2022, 8, 15), D(2022, 8, 15))),
    ("園區現有企業365家。", "365家", (D(2022, 8, 15), D(2022, 8, 15))),
    ("2018年以来，累计实施项目1483个。", "1483个", (D(2018, 1, 1), D(2022, 8, 15))),
    # targets
    ("到2025年，力争产值达到500亿元。", "500亿元", (D(2025, 1, 1), D(2025, 12, 31))),
    ("“十四五”期间新增企业300家。", "300家", (D(2021, 1, 1), D(2025, 12, 31))),
    # a change takes its level's period
    ("2019年，全市增加值5250亿元，同比增长15.9%。", "15.9%", (D(2019, 1, 1), D(2019, 12, 31))),
])
def test_the_governing_time(text: str, figure: str, want: tuple[D, D]) -> None:
    assert period_of(text, figure) == want


def test_a_paragraph_lead_in_scopes_the_paragraph_but_not_the_next() -> None:
    text = "去年，全区引进企业30家。实现营收139亿元。\n园区有企业73家。"
    assert period_of(text, "139亿元") == (D(2021, 1, 1), D(2021, 12, 31))
    assert period_of(text, "73家") is None  # nothing governs it


@pytest.mark.parametrize("source", [
    "记者从市经信局获悉，", "据了解，", "據市統計局數據顯示，", "市发改委负责人介绍，", "据统计，",
])
def test_a_news_paragraph_is_led_by_the_time_after_its_source(source: str) -> None:
    """The source a news paragraph names first (记者…获悉, 数据显示) does not hide its lead-in:
    the sentence after it (其中，…) stands under the time too."""
    text = f"{source}今年1至10月，全市营收3256亿元。其中，电子信息产业产值1200亿元。"
    assert period_of(text, "1200亿元", "2023-11-21") == (D(2023, 1, 1), D(2023, 10, 31))


@pytest.mark.parametrize("source", ["2022年统计公报显示，", "去年的调查显示，"])
def test_a_source_clause_that_holds_a_time_still_leads(source: str) -> None:
    """A source clause with its own year (2022年统计公报显示) is the paragraph's lead-in."""
    text = f"{source}全市新增企业30家。其中，高新技术企业12家。"
    assert period_of(text, "12家", "2023-11-21") == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_time_does_not_reach_back_to_the_clauses_before_it() -> None:
    assert period_of("园区有企业73家，2019年新增企业5家。", "73家") is None


def test_a_comparison_base_and_a_name_date_govern_nothing() -> None:
    assert period_of("排放比2020年下降15%。", "15%") is None
    text = "于2021年9月建成投用的指挥系统有73个摄像头。"
    assert period_of(text, "73个") is None


REPORT = (
    "一、“十四五”时期和2025年工作回顾\n"
    "过去的五年极不寻常。\n"
    "综合实力稳步提升。生产总值6.66万亿元。耕地面积净增212万亩。\n"
    "刚刚过去的2025年很不平凡。生产总值增长5.6%。\n"
    "二、2026年重点工作\n"
    "主要预期目标是：经济增长5%左右，城镇新增就业110万人以上。\n"
)


def test_a_report_review_five_years_flows_take_the_span_levels_the_last_year() -> None:
    assert period_of(REPORT, "212万亩", "2026-01-26") == (D(2021, 1, 1), D(2025, 12, 31))
    assert period_of(REPORT, "6.66万亿元", "2026-01-26") == (D(2025, 1, 1), D(2025, 12, 31))
    assert period_of(REPORT, "5.6%", "2026-01-26") == (D(2025, 1, 1), D(2025, 12, 31))


def test_the_main_targets_of_a_report_are_this_years() -> None:
    assert period_of(REPORT, "110万人", "2026-01-26") == (D(2026, 1, 1), D(2026, 12, 31))
    targets_only = "主要预期目标是：经济增长5%左右。"
    assert period_of(targets_only, "5%", "2026-02-05") == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_metric_has_its_period_whichever_kinds_are_asked_for() -> None:
    text = "2019年，企业5家。"
    alone = extract(text, kinds=["metric"], reference_date="2020-01-01")
    full = extract(text, reference_date="2020-01-01")
    assert alone.metrics == full.metrics
    assert alone.metrics[0].period == (D(2019, 1, 1), D(2019, 12, 31))
    assert not alone.dates  # the dates were found, not returned


def test_a_numbered_section_takes_the_last_time_of_its_part_title() -> None:
    """A part title without a number heads numbered sections that detail its last time
    (内蒙古's “十五五”时期主要目标和2026年重点工作 / 三、全力抓好七项重点工作); a section whose
    own heading names a time keeps it, and a part title's sections end at the next title."""
    text = ("一、2025年工作回顾\n全年新增企业30家。\n"
            "“十五五”时期主要目标和2026年重点工作\n今年是开局之年。\n"
            "一、加快产业升级\n坚持创新驱动。\n"
            "三、全力抓好重点工作\n培育50家先进级智能工厂。\n"
            "四、2027年远景安排\n建成绿色矿山40座。\n")
    assert period_of(text, "50家", "2026-02-01") == (D(2026, 1, 1), D(2026, 12, 31))
    assert period_of(text, "40座", "2026-02-01") == (D(2027, 1, 1), D(2027, 12, 31))
    # numbered sections only (the common layout): nothing to carry, as before
    plain = "一、2025年工作回顾\n全年新增企业30家。\n二、加快产业升级\n培育50家智能工厂。\n"
    assert period_of(plain, "50家", "2026-02-01") is None


@pytest.mark.parametrize("approved", [
    "批复", "批覆",  # 批覆: the traditional spelling; 覆 is a simplified letter too, never folded
])
def test_a_time_that_dates_an_approval_governs_no_figure(approved: str) -> None:
    """“十四五”批复的6个沙戈荒大基地: when the bases were approved, not what the figure counts."""
    text = ("三、2026年重点工作\n"
            f"加快建设“十四五”{approved}的6个沙戈荒大基地，确保新增新能源装机3000万千瓦。\n")
    assert period_of(text, "3000万千瓦", "2026-02-01") == (D(2026, 1, 1), D(2026, 12, 31))


PLAN = "2026年2月1日\n“十五五”时期，{}"
SPAN_2026_2030 = (D(2026, 1, 1), D(2026 + 4, 12, 31))
YEAR_2030 = (D(2030, 1, 1), D(2030, 12, 31))


@pytest.mark.parametrize(("sentence", "figure", "want"), [
    # a level the plan sets is set for its last year; a flow over it takes the whole span
    ("常住人口城镇化率达到69%，生产总值年均增长5%以上。", "69%", YEAR_2030),
    ("常住人口城镇化率达到69%，生产总值年均增长5%以上。", "5%", SPAN_2026_2030),
    ("常住人口城鎮化率提升至67%左右。", "67%", YEAR_2030),  # traditional script
    # the plan's own outline: parts of it, for all of it
    ("提出28个主要指标，其中预期性指标19项、约束性指标9项。", "28个", SPAN_2026_2030),
    ("提出28个主要指标，其中预期性指标19项、约束性指标9项。", "9项", SPAN_2026_2030),
    ("从5个方面部署重点任务。", "5个", SPAN_2026_2030),
])
def test_a_running_plan_sets_levels_for_its_end_and_lays_out_its_parts_for_all_of_it(
    sentence: str, figure: str, want: tuple[D, D]
) -> None:
    assert period_of(PLAN.format(sentence), figure, "2026-02-01") == want


@pytest.mark.parametrize("during", ["“十四五”期间", "“十四五”期間", "十四五期内"])
def test_during_a_plan_a_figure_is_for_the_whole_plan_even_without_a_flow_word(
    during: str,
) -> None:
    text = f"{during}在园区汇集相关企业500家。"  # read after the plan's end: no span runs on
    assert period_of(text, "500家", "2026-02-01") == (D(2021, 1, 1), D(2025, 12, 31))
    # where the plan only heads the sentence, a level without a flow word is its last year
    assert period_of("“十四五”时期，园区企业达到500家。", "500家", "2026-02-01") == (
        D(2025, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize("base", ["较“十三五”同期", "比“十三五”时期", "較「十三五」同期"])
def test_a_quoted_plan_after_a_comparison_word_is_the_base_not_the_period(base: str) -> None:
    text = f"五年来，事故起数{base}下降62.97%。"
    assert period_of(text, "62.97%", "2026-02-01") == (D(2021, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(("sentence", "figure", "want"), [
    # the flow word is the earlier figure's: the level verb after it sets this one's
    ("新增上市公司48家、总量达122家。", "122家", "level"),
    ("新增上市公司48家、总量达122家。", "48家", "flow"),
    ("有机质增长6.1%、达到27克/千克。", "27克", "level"),
    ("建成过江通道4座、在建8座。", "8座", "level"),
    ("建成過江通道4座、在建8座。", "4座", "flow"),
    # building and joining over the years (新改扩建, 跻身 as 入选)
    ("新改扩建各类学校366所。", "366所", "flow"),
    ("两所大学3个学科跻身“双一流”。", "3个", "flow"),
    # with no figure between them, a flow word and a level verb make one flow
    ("累计完成投资达到500亿元。", "500亿元", "flow"),
    # 建成区 is a built-up area, no flow: the coverage reached is a level
    ("城市建成区绿化覆盖率、绿地率分别达46.84%、43.46%。", "43.46%", "level"),
])
def test_each_figure_of_a_clause_has_its_own_flow_or_level(
    sentence: str, figure: str, want: str
) -> None:
    spans = {"flow": (D(2021, 1, 1), D(2025, 12, 31)), "level": (D(2025, 1, 1), D(2025, 12, 31))}
    assert period_of(f"五年来，{sentence}", figure, "2026-02-01") == spans[want]


@pytest.mark.parametrize("heading", ["这是人民生活品质显著改善的五年。",
                                     "這是人民生活品質顯著改善的五年。"])
def test_a_part_headed_by_what_the_five_years_were_is_a_review_of_them(heading: str) -> None:
    text = ("一、“十四五”时期和2025年工作回顾\n2025年，全省生产总值增长5%。\n" + heading
            + "\n民生支出占比保持在76%以上，新改扩建各类学校366所，获批建成2所本科高校。\n")
    assert period_of(text, "2所", "2026-01-26") == (D(2021, 1, 1), D(2025, 12, 31))  # a flow
    assert period_of(text, "76%", "2026-01-26") == (D(2025, 1, 1), D(2025, 12, 31))  # a level
    # the future five years have no 这是: they are no review
    ahead = "未来的五年，全省生产总值增长5%。"
    assert period_of(ahead, "5%", "2026-01-26") is None


@pytest.mark.parametrize("plan", ["“十四五”圆满收官", "“十四五”顺利收官", "“十四五”規劃圓滿收官"])
def test_a_plan_said_to_end_or_open_governs_no_figure(plan: str) -> None:
    """“十四五”圆满收官 names the plan as what ended, not the span the figures after it are of:
    they keep the year before it."""
    text = f"2025年，{plan}，全省生产总值增长5.5%。"
    assert period_of(text, "5.5%", "2026-02-01") == (D(2025, 1, 1), D(2025, 12, 31))
    under_plan = "“十四五”时期，全省生产总值年均增长5.5%。"  # the plan as a span still governs
    assert period_of(under_plan, "5.5%", "2026-02-01") == (D(2021, 1, 1), D(2025, 12, 31))


def test_a_long_opening_clause_leads_with_the_time_it_starts_with() -> None:
    """新疆's 刚刚过去的2025年是…具有重要里程碑意义的一年: the time starts in the clause's first
    characters, though it ends past them; the paragraph's figures are that year's, not the
    five years' of the part before."""
    text = ("一、“十四五”时期和2025年工作回顾\n这五年，经济实力跃上新台阶。\n"
            "刚刚过去的2025年是新疆发展历程中具有重要里程碑意义的一年。全年地区生产总值"
            "2.15万亿元、增长5.5%，规上工业增加值增长7.7%。\n")
    assert period_of(text, "7.7%", "2026-02-01") == (D(2025, 1, 1), D(2025, 12, 31))


def test_a_sentence_led_by_a_time_scopes_the_sentences_after_it() -> None:
    """陕西's 2025年目标任务顺利完成…。五年来，…。一是…年均增长5.2%: the five years, not the
    paragraph's 2025; a base (人均GDP从2020年的…) and an as-of-now word open no scope."""
    text = ("一、2025年和“十四五”工作回顾\n"
            "2025年目标任务顺利完成。五年来，我们坚定推动高质量发展。一是综合实力再上台阶。"
            "地区生产总值年均增长5.2%。\n")
    assert period_of(text, "5.2%", "2026-02-01") == (D(2021, 1, 1), D(2025, 12, 31))
    based = "2025年，经济持续回升。人均GDP从2020年的5.2万元提高到7.4万元。高速公路通车9000公里。"
    assert period_of(based, "9000公里", "2026-02-01") == (D(2025, 1, 1), D(2025, 12, 31))
    now = "2025年，经济持续回升。当前，形势依然复杂。全年新增企业30家。"
    assert period_of(now, "30家", "2026-02-01") == (D(2025, 1, 1), D(2025, 12, 31))


def test_a_plan_s_targets_paragraph_is_the_plan_s_and_its_last_year_keeps_the_span() -> None:
    """“十五五”时期…的主要目标是: the plan's, not this year's; 到2030年 opening a sentence of
    the plan part is its last year, under which an annual average is over the whole span."""
    text = "2026年1月26日\n“十五五”时期的主要目标是：地区生产总值年均增长5%左右。\n"
    assert period_of(text, "5%", "2026-01-26") == (D(2026, 1, 1), D(2030, 12, 31))
    plan = ("二、“十五五”时期主要目标\n到2030年，发展质量明显提升。主要目标包括：地区生产总值"
            "年均增长5%以上，城镇化率达到69%。\n")
    assert period_of(plan, "5%", "2026-01-26") == (D(2026, 1, 1), D(2030, 12, 31))
    assert period_of(plan, "69%", "2026-01-26") == (D(2030, 1, 1), D(2030, 12, 31))


def test_an_annual_average_ending_in_a_span_s_last_year_is_over_the_span() -> None:
    """河北's 这五年…生产总值从2020年的…增长到2025年的…，规上工业增加值年均增长6.5%: the
    five years, not 2025; 实现2035年远景目标 names the goals and dates no figure."""
    text = ("一、“十四五”时期工作回顾\n这五年，经济实力跃上新台阶。生产总值从2020年的3.6万亿元"
            "增长到2025年的4.9万亿元，规上工业增加值年均增长6.5%。\n")
    assert period_of(text, "6.5%", "2026-02-01") == (D(2021, 1, 1), D(2025, 12, 31))
    goals = ("二、“十五五”时期主要目标\n综合考虑实现2035年远景目标，提出地区生产总值年均增长"
             "5%—5.5%。\n")
    assert period_of(goals, "5.5%", "2026-02-01") == (D(2026, 1, 1), D(2030, 12, 31))


def test_without_a_reference_date_the_targets_take_their_section_s_year() -> None:
    """No dateline and no reference date: 三、2026年重点工作 still dates the targets after it."""
    text = "三、2026年重点工作\n主要预期目标是：地区生产总值增长4.5%左右。\n"
    m = next(m for m in extract(text).metrics if m.text == "4.5%")
    assert m.period == (D(2026, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize("base", ["由2020年的", "从2020年的", "從2020年的", "由“十三五”末的"])
def test_a_change_s_base_year_dates_its_base_not_the_level_reached(base: str) -> None:
    """山东's 占全国比重由2020年的7.2%提升至7.4%，…占比由20.5%提升至21.1%: the base year dates
    the figures the change starts from, the levels reached take the review's five years' end
    (FACTS.md: in 从2020年的X提高到2022年的Y, X takes 2020 and Y 2022)."""
    text = (f"一、“十四五”时期工作回顾\n五年来，经济实力显著增强。数字经济占全国比重{base}7.2%"
            "提升至7.4%，在北方地区占比由20.5%提升至21.1%。\n")
    start = period_of(text, "7.2%", "2026-02-01")
    assert start is not None
    assert start[1].year == 2020
    assert period_of(text, "20.5%", "2026-02-01") == start  # a base, as the one before it
    assert period_of(text, "7.4%", "2026-02-01") == LAST_YEAR
    assert period_of(text, "21.1%", "2026-02-01") == LAST_YEAR


def test_a_year_after_from_without_a_change_to_a_level_still_governs() -> None:
    """从2021年起 starts what follows: no 至/到 ends it, so it dates the figure."""
    text = "从2021年起，全区新增企业300家。"
    assert period_of(text, "300家") == (D(2021, 1, 1), D(2021, 12, 31))


def test_a_time_compared_with_dates_nothing() -> None:
    """辽宁's 年均增长4.5%，高于“十三五”时期1.2个百分点: the points are the five years', not
    the plan before's."""
    text = "五年来，地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。"
    assert period_of(text, "1.2个百分点", "2026-01-20") == LAST_YEAR


def test_a_span_opening_a_later_sentence_carries_on_to_the_next_paragraphs() -> None:
    """山东's 2025年是“十四五”收官之年。五年来，…: the ——parts after it are the five years'
    (a flow over them, 年均增长 and 累计 alike), not the paragraph's first year's."""
    text = ("一、“十四五”时期工作回顾\n各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托。\n"
            "——经济综合实力实现新跃升。全省地区生产总值年均增长5.9%，一般公共预算收入累计完成"
            "3.7万亿元。\n")
    assert period_of(text, "5.9%", "2026-01-27") == FIVE_YEARS
    assert period_of(text, "3.7万亿元", "2026-01-27") == FIVE_YEARS


def test_a_span_dating_a_title_carries_nothing_on() -> None:
    """内蒙古's 出台“十五五”支持稀土产业高质量发展的政策措施: the plan dates the measures, it
    opens no scope for the next part's targets."""
    text = ("三、2026年重点工作\n（三）发展能源经济。三要做好稀土文章。出台“十五五”支持稀土产业"
            "高质量发展的政策措施，设立稀土产业基金。\n（四）加快农牧业发展。新建高标准农田600万亩以上。\n")
    assert period_of(text, "600万亩", "2026-01-27") == (D(2026, 1, 1), D(2026, 12, 31))


def _under_five_years(sentence: str) -> str:
    """`sentence` in a report's review of the five years (五年来, reference date 2026)."""
    return f"一、“十四五”时期工作回顾\n五年来，我们攻坚克难。{sentence}\n"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("制定、修改、废止省政府规章45件。", "45件"),  # rules made over the span
    ("有效应对50个热带气旋、67次区域暴雨。", "50个"),  # events met
    ("有效应对50个热带气旋、67次区域暴雨。", "67次"),
    ("成功舉辦2屆亞歐博覽會。", "2屆"),  # events held (traditional)
    ("开工改造城镇老旧小区2187个，惠及居民约21万户。", "21万户"),  # people reached
    ("各级博物馆接待观众4500余万人次。", "4500余万人次"),  # visits add up
    ("出台69项支持政策，形成72项省级制度创新成果。", "72项"),  # results produced
    ("認定省級高層次人才1.26萬人。", "1.26萬人"),  # people recognised (traditional)
    ("金砖创新基地促成138个合作项目。", "138个"),  # deals brokered
    ("始发、过境中欧（亚）班列超过7.4万列。", "7.4万列"),  # trains sent through
    ("筹建保障性租赁住房9.56万套。", "9.56万套"),
    ("消除中心城区易积水点位29处。", "29处"),
    ("复制推广自贸区改革试点经验267项。", "267项"),
    ("打造16条省级重点产业链、30个省级重点专业镇。", "30个"),  # built up
    ("組建600個城鄉學校共同體。", "600個"),  # formed (traditional)
    ("以长协价为24个省份保供电煤20亿吨。", "24个"),  # supplied
    ("13个县被命名为国家生态文明建设示范区。", "13个"),  # named
    ("5300多栋楼宇拔地而起。", "5300多栋"),  # one-off events that befell them
    ("13個大模型通過國家備案。", "13個"),
    ("18家企业上市、23个项目竣工。", "23个"),
    ("新昆楚大、临清等40条高速公路相继开通。", "40条"),  # lines opened
    ("增設電動汽車充電樁3.2萬個。", "3.2萬個"),  # posts added (traditional)
])
def test_what_is_done_or_counted_as_events_over_five_years_is_a_flow(
        sentence: str, figure: str) -> None:
    assert period_of(_under_five_years(sentence), figure, "2026-01-27") == FIVE_YEARS


def test_the_levels_of_a_change_from_one_to_another_are_levels_after_a_flow_verb() -> None:
    """认定…分别从771家、481家增加到1076家、636家: the stock before and after, not what the
    recognising made; 1076家 is the last year's."""
    text = _under_five_years(
        "认定跨国公司地区总部、外资研发中心分别从771家、481家增加到1076家、636家。")
    assert period_of(text, "636家", "2026-01-27") == LAST_YEAR
    assert period_of(text, "1076家", "2026-01-27") == LAST_YEAR
    # …and where the change started is the span's eve (the test below)
    assert period_of(text, "481家", "2026-01-27") == (D(2020, 1, 1), D(2020, 12, 31))


@pytest.mark.parametrize(("sentence", "figure"), [
    ("年接待游客超过8亿人次。", "8亿人次"),  # a yearly level
    ("长沙机场旅客年吞吐量突破3000万人次。", "3000万人次"),
    ("公共充电桩达到13万台。", "13万台"),  # a stock
    ("认证绿色食品、有机和地理标志农产品总数突破4000个。", "4000个"),  # 认证 names the stock
    ("上市公司总数达到300家。", "300家"),  # 上市 names the stock
])
def test_a_yearly_level_or_a_stock_under_five_years_is_the_last_year_s(
        sentence: str, figure: str) -> None:
    assert period_of(_under_five_years(sentence), figure, "2026-01-27") == LAST_YEAR


@pytest.mark.parametrize(("sentence", "figure"), [
    ("国家生态文明建设示范区23个。", "23个"),  # 建设 inside a designation: no verb
    ("郑州大学“双一流”建设和7所高校“双一流”创建深入推进。", "7所"),  # the work goes on
])
def test_a_flow_word_inside_a_noun_or_naming_ongoing_work_makes_no_flow(
        sentence: str, figure: str) -> None:
    assert period_of(_under_five_years(sentence), figure, "2026-01-27") == LAST_YEAR


@pytest.mark.parametrize(("sentence", "figure"), [
    ("16所高校、48个学科入选“双一流”。", "16所"),  # a verb after the counts listed
    ("成功创建65个全国民族团结进步示范典型。", "65个"),
])
def test_counts_sharing_a_verb_after_them_and_what_is_created_are_flows(
        sentence: str, figure: str) -> None:
    assert period_of(_under_five_years(sentence), figure, "2026-01-27") == FIVE_YEARS


def test_where_a_past_change_started_is_dated_the_year_before_its_time() -> None:
    """从X增加到Y with X's year unwritten: X is the level the span started from, Y its end."""
    text = _under_five_years(
        "国家级高新技术企业从0.94万家增加到1.55万家，5G基站從1.9萬座增加到14.3萬座。")
    assert period_of(text, "0.94万家", "2026-01-27") == (D(2020, 1, 1), D(2020, 12, 31))
    assert period_of(text, "1.55万家", "2026-01-27") == LAST_YEAR
    assert period_of(text, "1.9萬座", "2026-01-27") == (D(2020, 1, 1), D(2020, 12, 31))
    one_year = "一、2025年工作回顾\n殡葬基本服务费由平均2900元下降到1000元。\n"
    assert period_of(one_year, "2900元", "2026-01-27") == (D(2024, 1, 1), D(2024, 12, 31))
    # a time of its own sentence dates both ends as written; a target's base is today's
    written = _under_five_years(
        "占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。")
    assert period_of(written, "20.5%", "2026-01-27") == (D(2020, 1, 1), D(2020, 12, 31))
    target = "三、2026年重点工作\n城镇化率从65%提高到67%。\n"
    assert period_of(target, "65%", "2026-01-27") == (D(2026, 1, 1), D(2026, 12, 31))
