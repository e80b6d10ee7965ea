"""The indicator of a metric (FACTS.md "What a metric measures"), through extract()."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yongchuan_facts import extract


def indicators(text: str) -> dict[str, str | None]:
    fs = extract(text)
    for m in fs.metrics:  # the raw span and its text agree, across line breaks too
        if m.indicator is not None:
            assert text[m.indicator_start : m.indicator_end] == m.indicator
    return {m.text: m.indicator for m in fs.metrics}


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("地方一般公共预算收入达到8500亿元。", "8500亿元", "地方一般公共预算收入"),
    ("全区规上工业企业365家。", "365家", "全区规上工业企业"),
    ("技术合同成交额突破900亿元。", "900亿元", "技术合同成交额"),
    ("全区实现营收139亿元。", "139亿元", "营收"),
    ("园区集中签约了83个大数据项目。", "83个", "大数据项目"),
    ("设立2亿元数字文创产业基金。", "2亿元", "数字文创产业基金"),
    ("建成致伸科技、江山欧派等28家数字化车间。", "28家", "数字化车间"),
    ("占规模以上工业总产值比重提高到45%。", "45%", "占规模以上工业总产值比重"),
    ("技術合同成交額突破900億元。", "900億元", "技術合同成交額"),  # traditional script
    ("營業\n額達到60億元。", "60億元", "營業\n額"),  # across a line break
])
def test_the_noun_phrase_the_figure_is_said_of(text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


def test_a_change_after_a_level_takes_the_levels_phrase() -> None:
    got = indicators("全市生产总值达到5.67万亿元、增长5.4%，好于预期。")
    assert got["5.4%"] == got["5.67万亿元"] == "全市生产总值"


def test_figures_listed_under_one_phrase_take_it() -> None:
    got = indicators("城镇、农村居民人均可支配收入分别增长4.2%和6.1%。")
    assert got["4.2%"] == got["6.1%"]
    assert "人均可支配收入" in got["6.1%"]


def test_a_duration_has_no_indicator_and_a_bare_change_has_none() -> None:
    got = indicators("五年来，增长15%。")
    assert got["五年"] is None
    assert got["15%"] is None  # nothing in the text names what grew


def test_quoted_labels_listed_in_front_and_the_items_before_a_summary_count_are_left_out() -> None:
    got = indicators("“免申即享”“即申即享”兑付资金64.5亿元。")
    assert got["64.5亿元"] == "兑付资金"
    got = indicators("集成电路、生物医药、人工智能三大先导产业规模突破2万亿元。")
    assert got["2万亿元"] == "人工智能三大先导产业规模"
    # but a list that is the measured set stays whole (no summary count after it)
    assert indicators("减少重复用药、检验检查10%左右。")["10%"] == "重复用药、检验检查"


def test_a_physical_quantity_takes_the_phrase_before_it_not_the_words_after() -> None:
    assert indicators("沿黄生态廊道1194公里全线贯通。")["1194公里"] == "沿黄生态廊道"
    assert indicators("开放了220公里测试道路。")["220公里"] == "测试道路"


def test_a_figure_after_a_streak_takes_the_phrase_before_the_streak() -> None:
    assert indicators("群众安全感连续7年保持98%以上。")["98%"] == "群众安全感"


def test_distinct_nouns_before_fenbie_are_paired_with_the_figures_in_order() -> None:
    got = indicators("林木覆盖率、湿地保护率分别达24.1%、50.2%。")
    assert (got["24.1%"], got["50.2%"]) == ("林木覆盖率", "湿地保护率")
    got = indicators("生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。")
    assert (got["65.3%"], got["58.3%"]) == ("生产安全事故起数", "死亡人数")
    # a shared head stays whole for every figure: 城镇 alone names nothing
    got = indicators("城镇、农村居民人均可支配收入分别增长4.2%和6.1%。")
    assert got["4.2%"] == got["6.1%"] == "城镇、农村居民人均可支配收入"
    got = indicators("规上高技术制造业、装备制造业增加值分别增长23.7%、18.6%。")
    assert got["23.7%"] == got["18.6%"] == "规上高技术制造业、装备制造业增加值"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("生产安全事故起数和死亡人数分别下降15.1%、17%。", "生产安全事故起数", "死亡人数"),
    ("接待遊客人次和旅遊收入分別增長17.6%、16.8%。", "遊客人次", "旅遊收入"),  # traditional
    ("进出口总额及实际利用外资分别增长5%和8%。", "进出口总额", "实际利用外资"),
    ("农村供电可靠率、自来水普及率分别达99.9%、94.5%。", "农村供电可靠率", "自来水普及率"),
])
def test_measures_joined_by_a_conjunction_before_fenbie_are_paired_too(
    text: str, first: str, second: str
) -> None:
    figures = [m.indicator for m in extract(text).metrics]
    assert figures == [first, second]


@pytest.mark.parametrize("text", [
    "城镇和农村居民人均可支配收入分别增长4.2%和6.1%。",  # 城镇 names no measure
    "规上工业和服务业增加值分别增长6%、5%。",  # 工业 is no measure: the items share 增加值
])
def test_a_conjunction_inside_a_shared_head_splits_nothing(text: str) -> None:
    phrase = text[: text.index("分别")]
    assert [m.indicator for m in extract(text).metrics] == [phrase, phrase]


@pytest.mark.parametrize(("text", "figure", "want"), [
    # one label glued to its noun names the column with it (two side by side are a list, above)
    ("“新三样”出口规模达8536亿元。", "8536亿元", "“新三样”出口规模"),
    ("对共建“一带一路”国家进出口增长14.7%。", "14.7%", "“一带一路”国家进出口"),
    ("“新三樣”出口規模達8536億元。", "8536億元", "“新三樣”出口規模"),  # traditional script
    # a count whose noun opens with a label, or is the label alone
    ("累计推出119个“高效办成一件事”重点事项。", "119个", "“高效办成一件事”重点事项"),
    ("100项“两重”项目加快实施。", "100项", "“两重”项目"),
    ("再打造30个“辽宁优品”。", "30个", "“辽宁优品”"),
    ('重庆是全国18个"科创中国"试点省份之一。', "18个", '"科创中国"试点省份'),
    ("新增7名「兩院」院士。", "7名", "「兩院」院士"),  # corner quotes, as in Hong Kong
    # a verb inside a label is part of its name, not the predicate before the phrase
    ("推出省级政务服务“立等可取”事项52项。", "52项", "“立等可取”事项"),
])
def test_a_quoted_label_is_part_of_the_noun_it_is_glued_to(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


def test_a_phrase_cut_to_its_longest_never_opens_inside_a_label() -> None:
    got = indicators("“五经普”二三产业法人单位从业人员比“四经普”增长29.8%。")
    assert got["29.8%"] == "二三产业法人单位从业人员比“四经普”"
    got = indicators("渔船“木改钢”、化工老旧装置改造和矿山全面排查整治3件事。")
    assert got["3件"] == "化工老旧装置改造和矿山全面排查整治"


_LABELS = ["“两重”", "“新三样”", "「兩院」", "“高效办成一件事”", '"科创中国"', "“立等可取”",
           "“五经普”", "“走在前列”"]
_WORDS = ["二三产业法人单位从业人员", "出口规模", "重点事项", "项目", "推出", "累计", "实施",
          "建成", "省级政务服务", "比", "、", "，", "达", "增长", "新增"]
_FIGURES = ["29.8%", "52项", "8536亿元", "100个", "7名"]


@given(st.lists(st.sampled_from(_LABELS + _WORDS + _FIGURES), min_size=1, max_size=14))
@settings(max_examples=300, deadline=None)
def test_no_indicator_opens_or_closes_inside_a_quoted_label(pieces: list[str]) -> None:
    """Whatever cuts a phrase (its longest length, a verb, a list, a break word after a
    count), a label is kept whole or left out: an indicator never holds a closing mark without
    its opening one, nor an opening mark without its closing one."""
    text = "".join(pieces) + "。"
    for m in extract(text).metrics:
        if m.indicator is None:
            continue
        curly = m.indicator.replace("「", "“").replace("」", "”")
        depth = 0
        for ch in curly:
            depth += (ch == "“") - (ch == "”")
            assert 0 <= depth <= 1, (text, m.text, m.indicator)
        assert depth == 0, (text, m.text, m.indicator)
        assert m.indicator.count('"') % 2 == 0, (text, m.text, m.indicator)


def test_the_currency_named_before_an_amount_is_not_its_indicator() -> None:
    got = indicators("全年營收達到港幣約12億元。")
    assert got["12億元"] == "營收"
    assert indicators("港幣50億元。")["50億元"] is None


def test_a_currency_after_an_amount_is_no_noun_it_counts() -> None:
    got = indicators("实际使用外资达到160.6亿美元、折合1148亿元人民币。")
    assert got["1148亿元"] == got["160.6亿美元"] == "实际使用外资"
    # a noun after the currency is one (新增1000亿元人民币贷款)
    assert indicators("新增1000亿元人民币贷款。")["1000亿元"] == "人民币贷款"


@pytest.mark.parametrize(("text", "figure", "want"), [
    # a target kept within a bound, a change that improves, the basis a figure is reckoned on
    ("城镇调查失业率控制在5.5%左右。", "5.5%", "城镇调查失业率"),
    ("城鎮調查失業率控制在5.5%左右。", "5.5%", "城鎮調查失業率"),  # traditional script
    ("PM2.5年均浓度较“十三五”末改善16.5%。", "16.5%", "PM2.5年均浓度"),
    ("地区生产总值按增长5%安排。", "5%", "地区生产总值"),
    ("全年粮食产量按可比价计算增长3%。", "3%", "粮食产量"),
    # the time a change is compared with, or starts from
    ("生产安全事故死亡人数较“十三五”同期下降53.06%。", "53.06%", "生产安全事故死亡人数"),
    ("存款余额比年初增加1200亿元。", "1200亿元", "存款余额"),
    ("营收比上年同期增长8%。", "8%", "营收"),
    ("专精特新企业从80户增加到810户。", "80户", "专精特新企业"),
    ("专精特新企业从80户增加到810户。", "810户", "专精特新企业"),
    ("常住人口由上年727万人增加到729万人。", "729万人", "常住人口"),
    # a share is a noun: 占比 keeps its 比
    ("绿色电力占比45%。", "45%", "绿色电力占比"),
    # the previous figure's qualifier and a leading verb are not the phrase
    ("新增就业52万人以上、城镇调查失业率控制在5.5%以内。", "5.5%", "城镇调查失业率"),
    ("确保地下水开采量控制在114亿立方米。", "114亿立方米", "地下水开采量"),
    ("每万人高价值发明专利拥有量达到34.2件。", "34.2件", "每万人高价值发明专利拥有量"),
    ("全市已建5G基站3.2万个。", "3.2万个", "5G基站"),
    # 和 opening a word is no conjunction to cut; 建设 after a counted noun is the work on it
    ("建成和美乡村样板村300多个。", "300多个", "和美乡村样板村"),
    ("抓好6条续建高铁建设。", "6条", "续建高铁"),
    # a difference from a reference, a cut, a project stage, a designation with 建设 in it
    ("规上工业增加值增长6.7%、高于全国0.8个百分点。", "0.8个百分点", "规上工业增加值"),
    ("入企检查次数压减30%。", "30%", "入企检查次数"),
    ("推介重大项目总投资不低于2000亿元。", "2000亿元", "推介重大项目总投资"),
    ("实施工程项目2758个、完工2746个。", "2746个", "工程项目"),
    ("创建国家生态文明建设示范区23个。", "23个", "国家生态文明建设示范区"),
    ("制定修改废止政府规章38件。", "38件", "政府规章"),
    ("50余个合作事项扎实落地。", "50余个", "合作事项"),
    ("招商引资落地项目投资完成额增长11.7%。", "11.7%", "招商引资落地项目投资完成额"),
    ("高新技术企业数量实现翻番、达1.8万家。", "1.8万家", "高新技术企业数量"),
    ("力争国家级实验室再增加2—4家。", "4家", "国家级实验室"),
    ("开发区和工业园区由162个整合为123个。", "123个", "开发区和工业园区"),
    ("开发区和工业园区由162个整合为123个。", "162个", "开发区和工业园区"),
    ("实施法治化营商环境100项提升举措。", "100项", "提升举措"),  # 提升 opens a noun here
    # whole qualifier words between a count and its noun: 上 alone is the noun's
    ("新增2家上市企业。", "2家", "上市企业"),
    ("新增20家以上的企业。", "20家", "企业"),
    ("完成并购重组397起。", "397起", "并购重组"),  # 并购: no leading conjunction 并
    ("中欧班列累计开行1.4万列。", "1.4万列", "中欧班列"),
    ("612个房地产项目纳入“白名单”。", "612个", "房地产项目"),
    # a news page's lines joined: the next sentence is no part of the counted noun
    ("打造10家智能制造标杆企业\n\n截至2020年底，", "10家", "智能制造标杆企业"),
    ("建设50个体验项目\n启动建设两江协同创新区", "50个", "体验项目"),
    ("可承载200余台自动驾驶汽车同时开展测试", "200余台", "自动驾驶汽车"),
    ("建设30个人工智能+学科群。", "30个", "人工智能+学科群"),
    # cuts, per-period words, a verb of saying, and a break right after a label
    ("15个重点事项审批时限压缩70%。", "70%", "重点事项审批时限"),
    ("铁路、航空客运量双双超过千万人次。", "千万人次", "铁路、航空客运量"),
    ("最低工资标准每月提高183元。", "183元", "最低工资标准"),
    ("提出地区生产总值年均增长5%左右。", "5%", "地区生产总值"),
    ("推动50项“高效办成一件事”落地见效。", "50项", "“高效办成一件事”"),
    # 通过 and 分别 start what is said of counted items; a leading 的 is the last phrase's
    ("13个大模型通过国家备案。", "13个", "大模型"),
    ("年销售收入超10亿元的龙头企业达100家以上。", "100家", "龙头企业"),
])
def test_what_stands_between_a_phrase_and_its_figure_is_cut_off(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


def test_a_count_s_noun_stops_where_the_next_figure_s_words_begin() -> None:
    """The noun after a count runs no further than the next figure, and leaves it its verb
    and predicate: each figure its own column."""
    got = indicators("8支市级高精尖产业基金带动社会投资超千亿元。")
    assert (got["8支"], got["千亿元"]) == ("市级高精尖产业基金", "社会投资")
    got = indicators("211个涉海重点项目完成投资超800亿元。")
    assert (got["211个"], got["800亿元"]) == ("涉海重点项目", "投资")
    # a figure that opens the noun is part of it (a scale: 千亿级)
    assert indicators("培育7个千亿级产业集群。")["7个"] == "千亿级产业集群"
    # a mark between ends the noun where it is: nothing to cut (导入 is no verb of the next)
    assert indicators("落地22项新城功能性导入事项、10个重点项目。")["22项"] == "新城功能性导入事项"


def test_the_second_of_two_joined_figures_takes_its_own_noun_or_the_first_ones_phrase() -> None:
    got = indicators("提升改造210公里农村公路和120万平方米村内道路。")
    assert got["120万平方米"] == "村内道路"
    got = indicators("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。")
    assert set(got.values()) == {"城乡居民人均可支配收入"}


def test_an_amount_after_a_count_of_its_subject_s_steps_is_said_of_the_subject() -> None:
    """A level or a change after a count whose noun followed it (4个万亿元台阶) is said of the
    subject before the count; another count, or a scale inside the noun, is not."""
    got = indicators("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。")
    assert got["4个"] == "万亿元台阶"
    assert got["14.2万亿元"] == got["5.7%"] == "地区生产总值"
    got = indicators("接入永川28个委办局咨询业务824项。")
    assert got["824项"] == "委办局咨询业务"
    # a noun that runs into the next figure is what that figure measures
    assert indicators("发放残疾人两项补贴12.4亿元。")["12.4亿元"] == "补贴"


@pytest.mark.parametrize(("text", "want"), [
    ("支持各县集中资源发展1-2个主导产业。", "主导产业"),     # a count: the noun after it
    ("新建2—3家省级制造业创新中心和25—30家企业技术中心。", "省级制造业创新中心"),
    ("总投资8.5亿元至10亿元。", "总投资"),                   # an amount: the phrase before
])
def test_both_ends_of_a_range_measure_one_thing(text: str, want: str) -> None:
    ends = list(extract(text).metrics)[:2]
    assert [m.indicator for m in ends] == [want, want]


# What a figure measures, case by case: the patterns an audit of unseen reports found, each with
# a case that must stay as it is
@pytest.mark.parametrize(("text", "figure", "want"), [
    # the plan a change is compared with is no part of what it measures
    ("实际使用外资比“十三五”时期增长78.9%。", "78.9%", "实际使用外资"),
    ("高价值发明专利较“十三五”末期增长148%。", "148%", "高价值发明专利"),
    ("實際使用外資比「十三五」時期增長78.9%。", "78.9%", "實際使用外資"),  # traditional
    # a second classifier in brackets is no noun: the noun is before the figure
    ("新筹集保障性租赁住房6957套（间）。", "6957套", "新筹集保障性租赁住房"),
    ("開放共享科研設施和科研儀器1萬台（套）以上。", "1萬台", "共享科研設施和科研儀器"),
    # an age before the counted people modifies them
    ("为87万名80岁以上老年人发放高龄津贴。", "87万名", "老年人"),
    # a pension and a standard before 分别 are two measures
    ("城乡居民基础养老金、低保标准每月分别提高25元、50元。", "50元", "低保标准"),
    # a bare measure after its verb takes what it is of
    ("“十百千万”工程项目完成投资1.22万亿元。", "1.22万亿元", "“十百千万”工程项目完成投资"),
    ("消费品以旧换新带动销售额762亿元。", "762亿元", "消费品以旧换新带动销售额"),
    ("省重大項目完成投資7290億元。", "7290億元", "省重大項目完成投資"),  # traditional
    # a place, a time, or a new list item before the verb is no subject
    ("全区实现营收139亿元。", "139亿元", "营收"),
    ("全年完成投资500亿元。", "500亿元", "投资"),
    ("推进城市更新行动、完成投资220亿元。", "220亿元", "投资"),
    # a counted noun ends where what is said of it begins
    ("为2.15万名劳动者追回工资2.65亿元。", "2.15万名", "劳动者"),
    ("为2.15万名劳动者追回工资2.65亿元。", "2.65亿元", "追回工资"),
    ("6.48萬名監測對象穩定消除返貧致貧風險。", "6.48萬名", "監測對象"),  # traditional
    ("7.6万名学前大班儿童享受免费教育。", "7.6万名", "学前大班儿童"),
    # a bare total is of what the figure before it measured
    ("新增上市公司48家、总量达122家。", "122家", "新增上市公司"),
    ("新增境內上市公司62家，總數186家。", "186家", "新增境內上市公司"),  # traditional
    ("地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元。", "7400亿元", "地区生产总值"),
    ("经济总量达5万亿元。", "5万亿元", "经济总量"),  # the total of something named
    # a change verb with 至/到 is the predicate; a year is the target's, not the measure's
    ("社会物流总费用与GDP比率降低至13.6%左右。", "13.6%", "社会物流总费用与GDP比率"),
    ("人均體育場地面積增加至2.9平方米。", "2.9平方米", "人均體育場地面積"),
    ("实际物流成本下降至15%，PM2.5平均浓度降到32.4微克/立方米。", "15%", "实际物流成本"),
    ("实际物流成本下降至15%，PM2.5平均浓度降到32.4微克/立方米。", "32.4微克/立方米",
     "PM2.5平均浓度"),
    ("技术合同成交额2030年达到600亿元。", "600亿元", "技术合同成交额"),
    ("到2030年人均地区生产总值达到10万元。", "10万元", "人均地区生产总值"),
    ("年末城镇调查失业率从上半年5.5%降到5.3%。", "5.3%", "城镇调查失业率"),
    # a percent that opens its clause before 的 is a share of the noun after it
    ("二级以上医院开设门诊，90%的县医院达到三级医院服务能力水平。", "90%", "县医院"),
    ("全市61%以上的城市污水处理厂完成提标改造。", "61%", "城市污水处理厂"),
    ("生产总值增长5%，高于全国。", "5%", "生产总值"),  # a change: its level's, as before
    # a count's noun ends before what is done to it or becomes of it
    ("10个项目列入中国世界文化遗产预备名单。", "10个", "项目"),
    ("380個老舊小區引入物業服務。", "380個", "老舊小區"),
    ("10件民生实事圆满完成。", "10件", "民生实事"),
    # a verb's letters inside a noun: no verb (高等教育, 覆盖度), no list's 等
    ("高等教育毛入学率达到62%。", "62%", "高等教育毛入学率"),
    ("掌上可辦覆蓋度達到70%。", "70%", "掌上可辦覆蓋度"),
    ("华为(永川)联合技术创新中心等职业院校17所。", "17所", "职业院校"),  # the list's 等
])
def test_what_a_figure_measures_in_report_prose(text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "want"), [
    # the comparator opens the phrase: the level's indicator
    ("农作物耕种收综合机械化率达到95%、高于全国平均水平18.3个百分点。", "农作物耕种收综合机械化率"),
    ("農村居民收入增長5.8%、快於經濟增速1個百分點。", "農村居民收入"),
    ("国考断面好于Ⅲ类水体比例达到95.2%，优于国家考核目标14.6个百分点。", "国考断面好于Ⅲ类水体比例"),
    # the compared quantity before the comparison (NOTES_B)
    ("规上民营工业增加值增速高于全部规上工业2.3个百分点。", "规上民营工业增加值增速"),
])
def test_a_difference_in_points_measures_what_is_compared_not_the_comparator(
        text: str, want: str) -> None:
    points = next(m for m in extract(text).metrics if m.unit == "percentage_point")
    assert points.indicator == want


def test_a_comparison_verb_inside_a_measure_s_name_is_kept() -> None:
    """好于Ⅲ类水体比例 names the measure: a change of it, not a comparison, keeps it whole."""
    assert indicators("国考断面好于Ⅲ类水体比例提高2个百分点。")["2个百分点"] == (
        "国考断面好于Ⅲ类水体比例")


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("新培育省级现代海洋特色产业集聚区7个。", "7个", "省级现代海洋特色产业集聚区"),
    ("新增国家级人才计划入选者106人。", "106人", "新增国家级人才计划入选者"),
    ("完成生态建设任务4000万亩。", "4000万亩", "生态建设任务"),
    ("完成生態建設任務4000萬畝。", "4000萬畝", "生態建設任務"),
    ("建成高价值专利培育中心15家。", "15家", "高价值专利培育中心"),
])
def test_a_verb_inside_a_noun_starts_no_phrase(text: str, figure: str, want: str) -> None:
    """集聚区, 入选者, 建设任务: nouns that hold a verb, whole."""
    assert indicators(text)[figure] == want


def test_a_figure_after_a_duration_in_a_clause_of_its_own_takes_the_phrase_before() -> None:
    """一般公共预算收入累计完成3.7万亿元，5年增长18.7%: the five years measure nothing, and the
    change after them is the revenue's."""
    got = indicators("一般公共预算收入累计完成3.7万亿元，5年增长18.7%。")
    assert got["18.7%"] == got["3.7万亿元"] == "一般公共预算收入"



def test_days_counted_name_what_they_are_days_of_but_a_span_of_days_names_nothing() -> None:
    """优良天数增加25天 is a count in days (NOTES_B): its indicator is 优良天数; 审批时间缩短25天
    is a duration, which measures nothing named."""
    assert indicators("全省优良天数增加25天。")["25天"] == "全省优良天数"
    assert indicators("全省優良天數增加25天。")["25天"] == "全省優良天數"
    assert indicators("企业开办审批时间缩短25天。")["25天"] is None


def test_a_summary_count_after_listed_amounts_is_no_noun_of_them() -> None:
    """经济总量连跨5万亿元、6万亿元两个台阶: both amounts are of 经济总量; 两个台阶 counts them."""
    got = indicators("经济总量连跨5万亿元、6万亿元两个台阶。")
    assert got["5万亿元"] == got["6万亿元"] == "经济总量"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("建成20个500千伏输变电工程。", "20个", "输变电工程"),  # a voltage grades the things counted
    ("新建22个750千伏和330千伏電網工程。", "22个", "電網工程"),
    ("“金融直达基层加速跑”促成贷款投放超8300亿元。", "8300亿元", "贷款投放"),  # a brand acts
    ("“鲁惠通”兑现政策资金166亿元。", "166亿元", "政策资金"),
])
def test_a_grade_before_a_counted_noun_and_a_brand_s_verb_before_a_measure_are_skipped(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "want"), [
    ("长期护理保险覆盖5634万人。", "长期护理保险"),
    ("育兒補貼惠及60萬人。", "育兒補貼"),
    ("文化惠民工程、全民健身工程分别惠及3500万人。", "文化惠民工程、全民健身工程"),
])
def test_whom_a_programme_reaches_is_named_by_the_programme(text: str, want: str) -> None:
    """惠及 and 覆盖 right before a count of people: the subject before them names it."""
    (m,) = extract(text).metrics
    assert m.indicator == want


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("年度10件惠民实事圆满办结。", "10件", "惠民实事"),
    ("10件民生實事如期兌現。", "10件", "民生實事"),
    ("台黑4条高速提前建成通车。", "4条", "高速"),
])
def test_a_counted_noun_ends_before_when_and_how_it_was_done(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("争取中央转移支付资金4113.7亿元、同口径增长5.6%。", "5.6%", "中央转移支付资金"),
    ("社会消费品零售总额3000亿元、可比增长5.6%。", "5.6%", "社会消费品零售总额"),
    ("居民人均可支配收入实际增长5.4%。", "5.4%", "居民人均可支配收入"),
    ("優良天數比例首次突破80%。", "80%", "優良天數比例"),  # traditional script
    ("进出口总额历史性突破1万亿元。", "1万亿元", "进出口总额"),
    ("民生支出占比持续保持在70%以上。", "70%", "民生支出占比"),
    # 实际 opening a measure's name stays in it
    ("实际使用外资5亿美元。", "5亿美元", "实际使用外资"),
])
def test_how_a_change_is_reckoned_and_when_it_came_first_are_no_part_of_the_measure(
        text: str, figure: str, want: str) -> None:
    """同口径, 可比, 实际 before a change and 首次, 历史性, 持续 before its verb qualify the
    change: the phrase before them is what is measured."""
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "figure", "want", "label"), [
    ("一般公共预算收入增长4.6%，总量首次突破1900亿元。", "1900亿元", "一般公共预算收入", "revenue"),
    ("糧食產量增長2%，總產量首次突破700億斤。", "700億斤", "糧食產量", "count"),
])
def test_a_bare_total_after_a_measure_is_that_measure(
        text: str, figure: str, want: str, label: str) -> None:
    """总量, 总产量 opening a clause refer to the quantity just named, its label included."""
    (m,) = [m for m in extract(text).metrics if m.text == figure]
    assert (m.indicator, m.metric) == (want, label)


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("与228个国家和地区建立贸易往来。", "228个", "国家和地区"),
    ("197家二级以上医院开设体重管理门诊。", "197家", "二级以上医院"),
    ("20項科技創新成果填補國內空白。", "20項", "科技創新成果"),  # traditional script
    ("6座博物馆晋级国家一级博物馆。", "6座", "博物馆"),
    ("在3000个小区设置智能回收机。", "3000个", "小区"),
])
def test_a_counted_noun_ends_before_what_the_things_set_up_fill_or_reach(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("新能源装机达4091万千瓦、占比达44.7%。", "44.7%", "新能源装机"),
    ("財政民生支出突破萬億元、占比穩定在80%左右。", "80%", "財政民生支出"),  # traditional script
])
def test_a_bare_share_after_a_level_is_the_level_s_share(text: str, figure: str, want: str) -> None:
    """占比 alone names no column: the share is of what the level before measured."""
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "pairs"), [
    ("概念验证中心、中试基地分别达到69家、107家。",
     {"69家": "概念验证中心", "107家": "中试基地"}),
    ("研發中心和重點實驗室分別新增5個、3個。", {"5個": "研發中心", "3個": "重點實驗室"}),
    ("每千人托位、养老床位数分别达到4.7个、27.3张。",
     {"4.7个": "每千人托位", "27.3张": "养老床位数"}),
    # modifiers of one head are not paired
    ("国家级、部级创新平台分别达到22家、182家。",
     {"22家": "国家级、部级创新平台", "182家": "国家级、部级创新平台"}),
])
def test_places_and_facilities_listed_before_fenbie_are_paired_with_the_figures(
        text: str, pairs: dict[str, str]) -> None:
    got = indicators(text)
    assert {figure: got[figure] for figure in pairs} == pairs


def test_a_difference_after_gaochu_measures_the_compared_quantity() -> None:
    got = indicators("民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。")
    assert got["2.7%"] == got["9.1个百分点"] == "民间投资"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("5300多栋楼宇拔地而起。", "5300多栋", "楼宇"),
    ("9個國家區域醫療中心開診運營。", "9個", "國家區域醫療中心"),
    ("179个重大项目开工。", "179个", "重大项目"),
    ("抓好3500多个拟竣工投产项目。", "3500多个", "拟竣工投产项目"),  # which things: kept
])
def test_a_counted_noun_ends_before_the_event_that_befell_the_things(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


def test_a_long_list_before_fenbie_is_read_whole_and_paired() -> None:
    """The phrase cap (20 letters) cut the list inside its first item, which broke the pairing:
    a list before 分别 is read up to 48 letters."""
    got = indicators("进口货值、免签入境游客、国际航行船舶进出、新增外资企业、离岛免税销售额"
                     "分别增长38.9%、64%、19.6%、13%、46.8%。")
    assert got["38.9%"] == "进口货值"
    assert got["46.8%"] == "离岛免税销售额"
    got = indicators("關鍵工序數控化率、數字化研發設計工具普及率分別達到69.3%和85.8%。")
    assert got["69.3%"] == "關鍵工序數控化率"


@pytest.mark.parametrize(("text", "pairs"), [
    # kinds of things counted, each its own
    ("国家级制造业单项冠军、专精特新“小巨人”分别达到43家、322家。",
     {"43家": "国家级制造业单项冠军", "322家": "专精特新“小巨人”"}),
    ("中央預算內投資、超長期特別國債分別增長64.8%、42.5%。",
     {"64.8%": "中央預算內投資", "42.5%": "超長期特別國債"}),
    # the figures start over: 分别 again, or the end of a change
    ("“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。",
     {"12项": "“上海标准”", "44项": "“上海品牌”", "64项": "“上海标准”", "288项": "“上海品牌”"}),
    ("认定跨国公司地区总部、外资研发中心分别从771家、481家增加到1076家、636家。",
     {"481家": "外资研发中心", "1076家": "跨国公司地区总部", "636家": "外资研发中心"}),
])
def test_each_kind_listed_before_fenbie_pairs_with_its_figure_each_time_the_figures_run(
        text: str, pairs: dict[str, str]) -> None:
    got = indicators(text)
    assert {figure: got[figure] for figure in pairs} == pairs


def test_a_counted_noun_ends_before_where_the_things_rank() -> None:
    assert indicators("全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。")["5项"] == "指标"


def test_three_numbers_sharing_one_unit_are_three_figures_paired_with_three_measures() -> None:
    got = indicators("林木覆盖率、湿地保护率、森林蓄积量分别提高1.1、2.2、3.3个百分点。")
    assert got == {"1.1": "林木覆盖率", "2.2": "湿地保护率", "3.3个百分点": "森林蓄积量"}


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("推出35个对接上海“五个中心”建设重点平台。", "35个", "对接上海“五个中心”建设重点平台"),
    ("新增8個國家公共數據“跑起來”示範場景。", "8個", "國家公共數據“跑起來”示範場景"),
    # a quote after a conjunction opens a second noun
    ("壮大13条重点产业链和“5+5”先进制造业集群。", "13条", "重点产业链"),
])
def test_a_quoted_label_inside_a_counted_noun_is_part_of_it(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want


@pytest.mark.parametrize(("text", "pairs"), [
    ("省属企业营业收入、利润分别增长6%、60.7%。", {"6%": "省属企业营业收入", "60.7%": "利润"}),
    ("利用外資、投資分別增長45%、20%。", {"45%": "利用外資", "20%": "投資"}),  # traditional
    # a list joined by a conjunction: the second's noun is no noun of the first
    ("认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户。",
     {"358户": "雏鹰企业、瞪羚企业", "1户": "种子独角兽企业"}),
])
def test_short_measures_pair_and_a_conjunction_opens_the_next_item(
        text: str, pairs: dict[str, str]) -> None:
    got = indicators(text)
    assert {figure: got[figure] for figure in pairs} == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    ("着力培育6个世界级、7个国家级、9个区域级产业集群。",
     {"6个": "产业集群", "7个": "产业集群", "9个": "区域级产业集群"}),
    ("建成8個國家級、13個省級區域醫療中心。",  # traditional
     {"8個": "區域醫療中心", "13個": "省級區域醫療中心"}),
    # a rank after a count that closes no list keeps its noun; a noun of its own stays
    ("培育100个以上行业级大模型、50个重点实验室。",
     {"100个": "行业级大模型", "50个": "重点实验室"}),
])
def test_counts_split_by_rank_before_one_head_count_that_head(
        text: str, pairs: dict[str, str]) -> None:
    got = indicators(text)
    assert {figure: got[figure] for figure in pairs} == pairs


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("推动4个万亿级产业基地提质升级。", "4个", "万亿级产业基地"),
    ("推動69家省級共享農莊提檔升級。", "69家", "省級共享農莊"),  # traditional
    ("加快10个传统产业转型升级。", "10个", "传统产业"),
])
def test_a_counted_noun_ends_before_how_the_things_are_to_be_upgraded(
        text: str, figure: str, want: str) -> None:
    assert indicators(text)[figure] == want
