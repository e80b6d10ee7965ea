"""Metric label, modality and direction, decided from the clause around each number."""

from __future__ import annotations

import pytest

from seedfiles import FIXTURES
from yongchuan_facts import extract
from yongchuan_facts.evaluation import evaluate


def _attr(raw: str, surface: str, name: str, reference_date: str = "2022-08-25") -> object:
    facts = [f for f in extract(raw, reference_date=reference_date).metrics if f.text == surface]
    assert len(facts) == 1, [f.text for f in extract(raw).metrics]
    return getattr(facts[0], name)


@pytest.mark.parametrize(
    ("raw", "surface", "label"),
    [
        ("入园数字经济企业达到400家", "400家", "enterprise_count"),
        ("一举集中签约了83个大数据项目", "83个", "project_count"),
        ("从业人员近1.5万人", "1.5万人", "employment"),
        ("新增就业岗位8000个", "8000个", "employment"),
        ("首批入队200名专家", "200名", "people_count"),
        ("共有407 位国内外企业高层", "407 位", "people_count"),
        ("组建13个专家服务队", "13个", "count"),
        ("依托4家科技金融示范银行", "4家", "enterprise_count"),
        ("建成28家数字化车间", "28家", "count"),
        ("新建30家标杆孵化器", "30家", "count"),  # incubators, venues: no firms
        ("国家一级图书馆、博物馆、文化馆数量达293家", "293家", "count"),
        ("国家5A级旅游景区达到12家", "12家", "count"),
        ("医药创新公园新引入8家跨国药企", "8家", "enterprise_count"),  # 药企 is a firm
        ("千人口床位数由6.4张增至7.6张", "7.6张", "count"),  # beds, not people
        ("群众安全感连续7年保持98%以上", "98%", "rate"),  # a surveyed sense: a rate
        ("群眾滿意度達到99%", "99%", "rate"),
        ("全区135家企业“上云上平台”", "135家", "enterprise_count"),
        ("项目首期规划建设服务器10000台", "10000台", "count"),
        ("实现营收139亿元", "139亿元", "revenue"),
        ("实现产值636亿元", "636亿元", "output_value"),
        ("实现增加值127亿元", "127亿元", "value_added"),
        ("实现税收1.73亿元", "1.73亿元", "tax"),
        ("设立2亿元数字文创产业基金", "2亿元", "investment"),
        ("年交易额达到102.7亿元", "102.7亿元", "transaction_volume"),
        ("全年地区生产总值1234.5亿元", "1234.5亿元", "gdp"),
        ("网络零售额120亿元", "120亿元", "sales"),
        ("进出口总额88.6亿美元", "88.6亿美元", "trade"),
        ("实现利润12亿元", "12亿元", "profit"),
        ("新房均价1.2万元/平方米", "1.2万元/平方米", "price"),
        ("同比增长15.4%", "15.4%", "growth_rate"),
        ("车位利用率提高15%", "15%", "growth_rate"),
        ("占全市GDP总量23.2%", "23.2%", "share"),
        ("城镇调查失业率为5.2%", "5.2%", "rate"),
        ("高于GDP增速6.8个百分点", "6.8个百分点", "growth_rate"),
        ("展览面积21万平方米", "21万平方米", "area"),
        ("开放了220公里测试道路", "220公里", "length"),
        ("实现10分钟到位处置", "10分钟", "duration"),
    ],
)
def test_the_label_comes_from_the_noun_beside_the_number(
    raw: str, surface: str, label: str
) -> None:
    assert _attr(raw, surface, "metric") == label


@pytest.mark.parametrize(
    ("raw", "surface", "label"),
    [
        # a proportion with no whole named is a rate, as 比率 and …率 are
        ("空气质量优良天数比例达97.9%", "97.9%", "rate"),
        ("空气优良天数比率96.7%", "96.7%", "rate"),
        ("草原綜合植被蓋度達58.81%", "58.81%", "rate"),  # traditional script
        # …and a share of the whole it names
        ("研发经费支出相当于全市生产总值的比例达4.5%", "4.5%", "share"),
        ("服务业增加值占GDP比例达55%", "55%", "share"),
        ("可再生能源装机占比55%", "55%", "share"),
    ],
)
def test_a_proportion_is_a_rate_unless_its_whole_is_named(
    raw: str, surface: str, label: str
) -> None:
    assert _attr(raw, surface, "metric") == label


@pytest.mark.parametrize(
    ("raw", "surface", "label"),
    [
        ("脱贫人口务工规模293.2万人", "293.2万人", "employment"),  # work for wages
        ("实现国有资本收益107.2亿元", "107.2亿元", "revenue"),  # what the state earns
        ("農村勞動力外出務工1610萬人次", "1610萬人次", "employment"),  # traditional script
        # what is done for firms, counted in 项 or 件, counts no firms
        ("服务企业创新需求3061项", "3061项", "count"),
        ("累计办理企业诉求1.3万件", "1.3万件", "count"),
        ("服务企业2万家", "2万家", "enterprise_count"),  # …firms counted in 家 are firms
    ],
)
def test_migrant_work_is_employment_and_services_to_firms_count_no_firms(
    raw: str, surface: str, label: str
) -> None:
    assert _attr(raw, surface, "metric") == label


@pytest.mark.parametrize(
    ("raw", "surface", "modality"),
    [
        ("力争到2022年，入园企业达到400家，从业人员3万人，实现产值500亿元。", "500亿元", "target"),
        ("其中前者5年内将实现文创营收100亿元。", "100亿元", "target"),
        ("近1000名学生将进入园区就业。", "1000名", "target"),
        ("项目首期规划建设服务器10000台。", "10000台", "target"),
        ("预计全年新增企业200家。", "200家", "target"),
        ("截至目前，已建成产业楼宇近70万平方米。", "70万平方米", "actual"),
        ("同时，将城区1810个停车泊位接入地图。", "1810个", "actual"),
        ("以培育智能终端产业为目标，先后引进了10余个人工智能企业。", "10余个", "actual"),
        ("到2019年底，企业达到365家。", "365家", "actual"),
        ("下一步，园区将加快构建产业体系。\n一是打造人才平台。新设立二级学院2个。", "2个",
         "target"),
        ("下一步，园区将加快构建产业体系。\n据介绍，园区已有企业365家。", "365家", "actual"),
    ],
)
def test_modality_reaches_over_the_sentence_and_the_plan_section(
    raw: str, surface: str, modality: str
) -> None:
    assert _attr(raw, surface, "modality", reference_date="2020-09-15") == modality


@pytest.mark.parametrize(
    ("raw", "surface", "direction"),
    [
        ("同比增长15.4%", "15.4%", "increase"),
        ("新增就业岗位8000个", "8000个", "increase"),
        ("毕业生新增在永企业就业4200余人", "4200余人", "increase"),
        ("新增产能约2300亿元", "2300亿元", "increase"),
        ("有效下降拥堵指数11.3%", "11.3%", "decrease"),
        ("平均泊车时间减少2分钟", "2分钟", "decrease"),
        ("减少重复用药、检验检查10%左右", "10%", "decrease"),
        ("市民出行时间节约15%以上", "15%", "decrease"),
        ("按年升12%", "12%", "increase"),
        ("同比降3.2%", "3.2%", "decrease"),
        ("分别提高0.9、5.9个百分点", "5.9个百分点", "increase"),
        ("高于GDP增速6.8个百分点", "6.8个百分点", None),
        ("实现增加值127亿元", "127亿元", None),
        ("占比提高到30%", "30%", None),
        ("实现营收139亿元，同比增长15.4%", "139亿元", None),
        ("新引进项目55个", "55个", None),
        ("每年新增5G基站不少于500个", "500个", "increase"),  # 5G is a name; 不少于 a qualifier
        ("成本降低约26.9%", "26.9%", "decrease"),
        ("收入少于去年的100万元", "100万元", None),  # a comparison, not a change
    ],
)
def test_direction_only_for_a_change_verb_governing_the_number(
    raw: str, surface: str, direction: str | None
) -> None:
    assert _attr(raw, surface, "direction") == direction


def test_the_development_set_clears_the_issue_bars() -> None:
    """Scored as ../shared/tools/score.py does, all kinds extracted (a date drops a metric)."""
    from yongchuan_facts import extract as run

    result = evaluate(FIXTURES / "seeds", FIXTURES / "gold", kinds=["metric"],
                      predict=lambda raw, ref: run(raw, reference_date=ref))
    score = result.kinds["metric"]
    attrs = score.attributes
    assert score.f1 >= 0.97
    assert attrs["qualifier"] >= 0.97
    assert attrs["modality"] >= 0.92
    assert attrs["direction"] >= 0.95
    assert attrs["metric"] >= 0.85


@pytest.mark.parametrize(("raw", "surface", "label"), [
    ("概念验证中心、中试基地分别达到69家、107家。", "107家", "count"),  # bases, paired
    ("新退出政府融资平台346家、超计划19家。", "19家", "count"),  # the platforms before
    ("新增规上工业企业346家、专精特新企业19家。", "19家", "enterprise_count"),
])
def test_a_count_in_jia_takes_the_kind_of_what_it_measures(
    raw: str, surface: str, label: str
) -> None:
    """家 counts firms by default; a count whose indicator names something else counts that."""
    assert _attr(raw, surface, "metric") == label
