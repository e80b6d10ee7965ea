"""Issue 16: the genre of statistics reports — rules checked on their own, each with examples and
counterexamples, simplified and traditional (the normalizer folds 繁體 and OCR line breaks)."""

from __future__ import annotations

import pytest

from yongchuan_facts import extract


def _metrics(raw: str) -> list:
    return list(extract(raw, kinds=["metric"], reference_date="2026-01-20").metrics)


def _one(raw: str, surface: str):
    facts = [f for f in _metrics(raw) if f.text == surface]
    assert len(facts) == 1, [(f.text, f.value, f.unit) for f in _metrics(raw)]
    return facts[0]


def _texts(raw: str) -> list[str]:
    return [f.text for f in _metrics(raw)]


# --- not metrics: numbered meetings and fixed terms ------------------------------------------
@pytest.mark.parametrize("raw", [
    "深入贯彻党的二十大和二十届历次全会精神", "深入貫徹黨的二十大和二十屆歷次全會精神",
    "按照省委十一届十次、十一次全会部署要求", "按照省委十一屆十次、十一次全會部署要求",
    "完成了市十六届人大三次会议确定的目标任务", "认真贯彻党的二十届四中全会精神",
    "落实省委十二届七次、八次全会部署", "按照自治区党委十一届十一次全会\n暨全区经济工作会议",
    "锲而不舍落实中央八项规定精神", "鍥而不捨落實中央八項規定精神", "成功举办十四届全运会",
    "三次产业结构由8.7∶35.2∶56.1调整为", "做到“两个维护”", "坚持抓两头、促中间",
])
def test_sessions_and_fixed_terms_are_no_metrics(raw: str) -> None:
    assert not [t for t in _texts(raw) if t[-1] in "届屆次项項个個"], _texts(raw)


@pytest.mark.parametrize(("raw", "surface"), [
    ("长江十年禁渔连续4次获评全国优秀", "4次"), ("成功举办2届亚欧博览会", "2届"),
    ("全运会金牌数创近十届最好成绩", "十届"), ("連續12屆獲中國戲劇梅花獎", "12屆"),
    ("習近平總書記兩次親臨考察", "兩次"), ("出台十项规定", "十项"),
])
def test_counted_meetings_and_rules_stay(raw: str, surface: str) -> None:
    assert surface in _texts(raw)


# --- qualifiers -----------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "qualifier"), [
    ("高速公路通车总里程突破7000公里", "7000公里", "over"),
    ("高速公路通車總里程突破7000公里", "7000公里", "over"),
    ("产业规模跃过2万亿元", "2万亿元", "over"),
    ("城镇调查失业率5%以内", "5%", "under"), ("城鎮調查失業率5%以內", "5%", "under"),
    ("营收实现1000亿元", "1000亿元", "exact"),
])
def test_qualifiers_of_the_genre(raw: str, surface: str, qualifier: str) -> None:
    assert _one(raw, surface).qualifier == qualifier


# --- direction ------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "direction"), [
    ("城镇、农村居民人均可支配收入分别增长4.2%和6.1%", "6.1%", "increase"),
    ("城鎮、農村居民人均可支配收入分別增長4.2%和6.1%", "6.1%", "increase"),
    ("死亡人数分别下降1.2和0.8个百分点", "0.8个百分点", "decrease"),
    ("新增科技型中小企业7227家、高新技术企业3200家、专精特新企业1565家", "1565家", "increase"),
    ("全省地区生产总值增长5%—5.5%", "5.5%", "increase"),
    ("居民消费价格涨幅2%左右", "2%", "increase"), ("居民消費價格漲幅2%左右", "2%", "increase"),
    ("降幅收窄1.2个百分点", "1.2个百分点", "decrease"),
    ("耕地面积净增212万亩", "212万亩", "increase"),
    ("减税降费及退税超1000亿元", "1000亿元", "decrease"),
    # a burden lifted, as 减税降费
    ("累计为经营主体减轻税费负担超4900亿元", "4900亿元", "decrease"),
    ("力争为经营主体减负1000亿元以上", "1000亿元", "decrease"),
    ("金融減費讓利269億元", "269億元", "decrease"),
    ("工业增加值负增长3%", "3%", "decrease"),
    ("净出口负向拉动0.3个百分点", "0.3个百分点", "decrease"),
    ("消费正向拉动2.1个百分点", "2.1个百分点", "increase"), ("大跌12%", "12%", "decrease"),
    ("降准0.5个百分点", "0.5个百分点", "decrease"),
    # a streak after a listed change, and a level after 提升到, carry none
    ("高技术服务业投资增长16.4%、连续18个月保持两位数增长", "18个月", None),
    ("新增本外币贷款连续4年保持全国首位", "4年", None),
    ("占比从30%提升到45%", "45%", None),
    ("减少居民医疗支出5%左右", "5%", "decrease"),
    # 改善: a pollutant's concentration improves by falling; of anything else, no direction
    ("PM2.5年均浓度较“十三五”末改善16.5%", "16.5%", "decrease"),
    ("PM2.5年均濃度改善16.5%", "16.5%", "decrease"),
    ("地表水优良比例改善5个百分点", "5个百分点", None),
    # works done on things count the things: no change (but a capacity raised is one)
    ("新建提升城市公园13座", "13座", None), ("提升改造農村公路210公里", "210公里", None),
    ("规范提升农村供水厂站500处", "500处", None), ("运能提升超50%", "50%", "increase"),
    # 新增 reaches over the long noun of what is new, but not past a completion rate
    ("新增年销售收入超亿元的农业产业化龙头企业100家", "100家", "increase"),
    ("新增打造“四融一共”和美乡村先行村500个以上", "500个", "increase"),
    ("新增發放創業擔保貸款分別完成年計劃的118.2%", "118.2%", None),
    # a later item that says its own level is no item of the change
    ("城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内", "5.5%", None),
    ("新增发电装机4178万千瓦、总装机达9157万千瓦", "9157万千瓦", None),
    ("咖啡產值增長3倍、精深加工率85%", "85%", None),
    ("新增发电装机4178万千瓦、光伏装机2000万千瓦", "2000万千瓦", "increase"),
    # a change word inside a noun or a name is no change; 上调 and 下调 are changes
    ("规上高技术制造业对工业增长贡献率达36.5%", "36.5%", None),
    # (制定实施稳增长惠民生27条 is a policy's name: no figure at all, tests/test_projects.py)
    ("出台稳增长惠民生政策措施27条", "27条", None),
    ("實施糧食單產提升工程超600萬畝", "600萬畝", None),
    ("退休人员基本养老金总体上调2%", "2%", "increase"), ("存款利率下调0.1个百分点", "0.1个百分点",
                                                       "decrease"),
    # 新增 over items that each name what they count
    ("新增9家国家卓越级智能工厂、38家国家级5G工厂", "38家", "increase"),
    ("新增7名“两院”院士、9個全國重點實驗室", "9個", "increase"),
    ("中国能建集团压缩空气储能等20个央陕合作项目落地", "20个", None),  # a technology
])
def test_direction_of_the_genre(raw: str, surface: str, direction: str | None) -> None:
    assert _one(raw, surface).direction == direction


# --- labels ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "label"), [
    ("客流量分别增长6.9%、68.4%", "68.4%", "growth_rate"),
    ("客流量分別增長6.9%、68.4%", "68.4%", "growth_rate"),
    ("居民消费价格涨幅2%左右", "2%", "growth_rate"),
    ("城镇调查失业率5.5%", "5.5%", "rate"), ("常住人口城镇化率60%", "60%", "rate"),
    # the scale of an industry is its output; the size of a project, an investment
    ("打造千亿级产业链", "千亿", "output_value"), ("4個萬億級新興支柱產業", "萬億", "output_value"),
    ("开工建设10亿元以上重大产业项目47个", "10亿元", "investment"),
    ("设立100亿元产业基金", "100亿元", "investment"),
    # stations and facilities are counted things, whoever they serve
    ("新建“家门口”就业服务站500个", "500个", "count"), ("新认定3家院士工作站", "3家", "count"),
    ("新建10家以上省級質量基礎設施", "10家", "count"),
    ("制造业增加值占地区生产总值比重28%", "28%", "share"),
    ("全年新登记各类经营主体94.6万户", "94.6万户", "enterprise_count"),
    ("全年新登記各類經營主體94.6萬戶", "94.6萬戶", "enterprise_count"),
    ("“新三样”出口规模达8536亿元", "8536亿元", "trade"),
    ("战略性新兴产业基金集群规模超2000亿元", "2000亿元", "investment"),
    ("数字经济产业规模达到2000亿元", "2000亿元", "output_value"),
    # a region's whole economy is its GDP
    ("经济总量连跨5万亿元、6万亿元两个台阶", "6万亿元", "gdp"),
    ("經濟總量達到2.67萬億元", "2.67萬億元", "gdp"),
    ("完成并购重组397起、1767.8亿元", "1767.8亿元", "transaction_volume"),
    ("意向成交金额达到834.9亿美元", "834.9亿美元", "transaction_volume"),
    ("减税降费及退税超1000亿元", "1000亿元", "tax"),
    ("办理省人大代表建议3310件", "3310件", "count"),
    ("上海机场航空旅客吞吐量达到1.35亿人次", "1.35亿人次", "count"),
    ("牵头建设44家全国重点实验室", "44家", "count"),
    ("新增各类总部机构超过100家", "100家", "enterprise_count"),
    ("优良天数增加25天", "25天", "count"), ("優良天數增加25天", "25天", "count"),
    ("审批时间缩短25天", "25天", "duration"),
    ("跨境电商综试区扩容至7个", "7个", "count"), ("跨境電商綜試區擴容至7個", "7個", "count"),
    ("累计实施保护性耕作1.19亿亩次", "1.19亿亩次", "count"),  # mu worked per pass: no area
    # a count's kind is the head of the whole noun it counts, past a quote or a long modifier
    ("推进中核汇能通榆等5个百亿级绿色氢基能源一体化项目建设", "5个", "project_count"),
    ("“两新”政策持续扩围提质，196个“两重”项目全部开工", "196个", "project_count"),
    ("打造10個“數字領航”企業", "10個", "enterprise_count"),
    ("每万人口高价值发明专利拥有量从29.6件增加到65件", "65件", "count"),  # 人口: a modifier
    ("布局建设700万千瓦新型储能项目", "700万千瓦", "count"),  # a capacity, no count
    # an amount whose clause names nothing takes the money cue of what it measures
    ("地区生产总值跨越3个千亿元台阶，达到1.5万亿元", "1.5万亿元", "gdp"),
    ("外贸进出口增长8.4%，总额突破8000亿元", "8000亿元", "trade"),
    ("扩围实施“以旧换新”政策，拉动消费285.6亿元", "285.6亿元", "sales"),
    ("累計為經營主體減輕稅費負擔超4900億元", "4900億元", "tax"),
    ("设立规模100亿元的数字经济产业基金", "100亿元", "investment"),
])
def test_labels_of_the_genre(raw: str, surface: str, label: str) -> None:
    assert _one(raw, surface).metric == label


# --- durations without a cue word before them -------------------------------------------------
@pytest.mark.parametrize(("raw", "surface"), [
    ("过去一年，我们坚持稳中求进", "一年"), ("過去一年，我們堅持穩中求進", "一年"),
    ("一年来，全省上下牢记嘱托", "一年"), ("過去的五年極不尋常", "五年"),
    ("建区30年来", "30年"), ("10年累计增长", "10年"), ("五年年均增长6.1%", "五年"),
    ("两年平均增长4.5%", "两年"),
    # the five years just past and the five to come, as 过去五年 and 未来五年
    ("这五年，我们牢记嘱托", "五年"), ("這五年，我們牢記囑託", "五年"),
    ("今后五年，政府将着力推进十个方面重点任务", "五年"),
    # the years a change is over
    ("一般公共预算收入累计完成3.7万亿元，5年增长18.7%", "5年"),
    ("常住人口城鎮化率達到67.5%、5年提高4.5個百分點", "5年"),
])
def test_durations_of_the_genre(raw: str, surface: str) -> None:
    fact = _one(raw, surface)
    assert (fact.unit, fact.metric) == ("year", "duration")


@pytest.mark.parametrize(
    "raw", ["一年一度的博览会", "第一年来此", "2025年年均增长5%", "二〇二五年年均",
            "农村人居环境整治五年提升行动圆满完成"]  # a campaign's name
)
def test_years_that_are_no_duration(raw: str) -> None:
    assert not [f for f in _metrics(raw) if f.unit == "year"]


# --- numbers as people write them -----------------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "value", "unit"), [
    ("从业人员3万4000人", "3万4000人", 34000, "人"),
    ("從業人員3萬4000人", "3萬4000人", 34000, "人"),
    ("服务群众5万4千6百人次", "5万4千6百人次", 54600, "人次"),
    ("投资1亿2千万元", "1亿2千万元", 1.2e8, "CNY"), ("投資1億2千萬元", "1億2千萬元", 1.2e8, "CNY"),
    ("从业人员3万\n4000人", "3万\n4000人", 34000, "人"),
    ("合同金额壹佰贰拾万元", "壹佰贰拾万元", 1.2e6, "CNY"),
    ("合同金額壹佰貳拾萬元", "壹佰貳拾萬元", 1.2e6, "CNY"),
    ("营收1,234,567元", "1,234,567元", 1234567, "CNY"),
])
def test_numbers_read_whole(raw: str, surface: str, value: float, unit: str) -> None:
    fact = _one(raw, surface)
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("raw", ["陆家嘴金融城", "队伍建设", "陆陆续续", "营收5亿2025年同比"])
def test_no_financial_numeral_in_words(raw: str) -> None:
    assert not [f for f in _metrics(raw) if f.value in (6, 5, 66) and f.unit != "CNY"]
    assert not [f for f in _metrics(raw) if f.value == pytest.approx(500002025)]


@pytest.mark.parametrize(("raw", "surface"), [
    ("出口增长-22.2%", "22.2%"), ("利润负40%", "40%"), ("利潤負40%", "40%"),
    ("增速为\n-3.1%", "3.1%"),
])
def test_negative_values_are_falls(raw: str, surface: str) -> None:
    fact = _one(raw, surface)
    assert fact.value > 0
    assert (fact.direction, fact.metric) == ("decrease", "growth_rate")


@pytest.mark.parametrize(("raw", "surface"), [
    ("目标增长4.5%-5%", "5%"), ("肩负1000亿元投资任务", "1000亿元"), ("人数3万-5万人", "5万人"),
])
def test_dashes_and_words_that_are_no_minus(raw: str, surface: str) -> None:
    assert _one(raw, surface).direction != "decrease"


def test_thousands_groups_are_linear_and_long_runs_are_identifiers() -> None:
    import math

    from yongchuan_facts.rules.patterns import find_numbers

    # over 15 digits: an identifier (this input took 16–28 s before; its speed is measured in
    # benchmarks/regex_review.py, not timed here)
    assert find_numbers("1" + ",000" * 2000) == []
    assert _metrics("1" + "0" * 309 + "元") == []
    assert all(math.isfinite(f.value) for f in _metrics("投资" + "9" * 15 + "万亿元"))
    assert [n for n, _, _ in find_numbers("共1,000,000元")] == ["1,000,000"]


# --- counted things: the classifier inventory ---------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "unit"), [
    ("新发现文物1.3万处", "1.3万处", "处"), ("新發現文物1.3萬處", "1.3萬處", "处"),
    ("中欧班列累计开行1.7万列", "1.7万列", "列"), ("中歐班列累計開行1.7萬列", "1.7萬列", "列"),
    ("发现物种9266种", "9266种", "种"), ("完成并购重组397起", "397起", "起"),
    ("实施免费手术2000例", "2000例", "例"), ("长臂猿种群恢复至42只", "42只", "只"),
    ("国际友城达137对", "137对", "对"), ("国际友城达137對", "137對", "对"),
    ("捐赠鞋子3000双", "3000双", "双"), ("接待邮轮91艘次", "91艘次", "艘次"),
    ("开行4000班次", "4000班次", "班次"), ("卫星增至144颗", "144颗", "颗"),
])
def test_classifier_inventory(raw: str, surface: str, unit: str) -> None:
    fact = _one(raw, surface)
    assert (fact.unit, fact.metric) == (unit, "count")


@pytest.mark.parametrize("raw", [
    "种植3种植物园", "3处理器", "列入3列车", "从3起步", "对接5对口", "只需3只要",
    "智汇八方", "二期工程", "三四轮车", "高质量完成二轮土地承包", "病例3例如",
])
def test_classifier_word_traps(raw: str) -> None:
    assert _metrics(raw) == [] or all(f.text[-1] not in "种处列起对只方期轮例"
                                      for f in _metrics(raw)), _texts(raw)


def test_never_units_are_no_classifiers() -> None:
    from yongchuan_facts.rules.metrics.lexicon import CLASSIFIERS, NEVER_UNITS

    assert not set(NEVER_UNITS) & set(CLASSIFIERS)
    assert all(_metrics(f"建设3{w}") == [] for w in NEVER_UNITS)


# --- physical units through the pint registry -------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "value", "unit"), [
    ("粮食产量760亿斤", "760亿斤", 7.6e10, "斤"), ("糧食產量760億斤", "760億斤", 7.6e10, "斤"),
    ("装机容量25兆瓦", "25兆瓦", 25000, "kW"), ("裝機容量25兆瓦", "25兆瓦", 25000, "kW"),
    ("用电5000万千瓦时", "5000万千瓦时", 5e7, "kWh"), ("储能9兆瓦时", "9兆瓦时", 9000, "kWh"),
    ("PM2.5浓度26.3微克/立方米", "26.3微克/立方米", 26.3, "µg/m**3"),
    ("算力总规模达到10.36百亿亿次/秒", "10.36百亿亿次/秒", 10.36, "EFLOPS"),
    ("桩长20cm", "20cm", 0.2, "m"), ("道路5km", "5km", 5000, "m"),
    ("苗高30公分", "30公分", 0.3, "m"),
    ("面积120m²", "120m²", 120, "m**2"),
])
def test_physical_units(raw: str, surface: str, value: float, unit: str) -> None:
    fact = _one(raw, surface)
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("raw", "surface", "value"), [
    ("进出口总额突破万亿元", "万亿元", 1e12), ("進出口總額突破萬億元", "萬億元", 1e12),
    ("旅游收入超万亿元", "万亿元", 1e12), ("政策性资金超千亿元", "千亿元", 1e11),
])
def test_bare_magnitudes(raw: str, surface: str, value: float) -> None:
    fact = _one(raw, surface)
    assert (fact.value, fact.unit, fact.qualifier) == (value, "CNY", "over")


@pytest.mark.parametrize("raw", ["上万人参加", "千家万户", "数百家", "万亿级产业"])
def test_bare_multipliers_that_are_no_amount(raw: str) -> None:
    assert not [f for f in _metrics(raw) if f.value == 1e12 and f.qualifier == "over"]


# --- fractions and money as people write it ---------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "value", "qualifier"), [
    ("出口占全国1/3以上", "1/3", 100 / 3, "at_least"), ("約1/4的企業", "1/4", 25, "approx"),
    ("占全市三分之一", "三分之一", 100 / 3, "exact"),
])
def test_fractions(raw: str, surface: str, value: float, qualifier: str) -> None:
    fact = _one(raw, surface)
    assert (fact.value, fact.unit, fact.qualifier) == (pytest.approx(value), "percent", qualifier)


@pytest.mark.parametrize("raw", ["2024/1/3", "比分3/2", "第1/3页"])
def test_slashes_that_are_no_fraction(raw: str) -> None:
    assert not [f for f in _metrics(raw) if f.unit == "percent"]


@pytest.mark.parametrize(("raw", "surface", "value"), [
    ("售价￥300起", "￥300", 300), ("只要30块钱，", "30块钱", 30), ("只要30塊錢，", "30塊錢", 30),
    ("票价3元5角", "3元5角", 3.5), ("每斤12元3角4分", "12元3角4分", 12.34),
])
def test_money_as_people_write_it(raw: str, surface: str, value: float) -> None:
    fact = _one(raw, surface)
    assert (fact.value, fact.unit) == (pytest.approx(value), "CNY")


def test_pieces_are_counted_not_paid() -> None:
    assert _one("安装3块屏幕", "3块").unit == "块"


# --- the pint registry (issue 13) and unit factors written once (issue 14) ----------------------
def test_registry_reads_report_units() -> None:
    from yongchuan_facts.schema.units import quantity

    assert quantity(244e8, "CNY").to("亿元").magnitude == pytest.approx(244)
    assert quantity(1.2e12, "CNY").to("万亿元").magnitude == pytest.approx(1.2)
    assert quantity(15000, "人").to("万人").magnitude == pytest.approx(1.5)
    assert quantity(3e4, "m**2").to("万平方米").magnitude == pytest.approx(3)
    assert quantity(1, "公顷").to("亩").magnitude == pytest.approx(15)
    assert quantity(760e8, "斤").to("万吨").magnitude == pytest.approx(3800)
    assert quantity(1.2e5, "kW").to("万千瓦").magnitude == pytest.approx(12)
    fact = _one("营收139亿元", "139亿元")
    assert fact.quantity.to("亿元").magnitude == pytest.approx(139)


def test_every_lexicon_factor_agrees_with_pint() -> None:
    from yongchuan_facts.rules.metrics.lexicon import CLASSIFIERS, UNITS
    from yongchuan_facts.schema.units import quantity, registry

    checked = 0
    for surface, unit in UNITS.items():
        # classifiers are dimensions of their own; pint cannot tokenize ㎡ or a rate's slash
        if surface in CLASSIFIERS or "/" in surface or surface == "㎡":
            continue
        pint_value = registry().Quantity(1, surface).to(quantity(1, unit.canonical).units)
        assert pint_value.magnitude == pytest.approx(unit.factor), surface
        checked += 1
    assert checked >= 40


# --- a user rule's draft is qualified like a built-in one (issue 12) ---------------------------
def test_qualifier_around_agrees_with_the_built_in_rules() -> None:
    from yongchuan_facts.normalization.textmap import normalize
    from yongchuan_facts.rules.metrics.qualifier import qualifier_around
    from yongchuan_facts.rules.metrics.rules import rules

    # scale labels (百亿级) and 上亿元 are approx / at_least by convention, not by a word
    conventions = {"scale_label", "reaching_money"}
    raws = [raw for rule in rules if rule.name not in conventions for raw in rule.examples]
    raws += ["约1.5万家企业", "里程突破7000公里", "失业率5%以内", "近三年", "近1.4万余人",
             "10%左右", "超過244億元"]
    compared = 0
    for raw in raws:
        text = normalize(raw).text
        for f in _metrics(raw):
            surface = normalize(f.text).text
            s = text.find(surface)
            assert qualifier_around(text, s, s + len(surface)) == f.qualifier, (raw, f.text)
            compared += 1
    assert compared > 40


@pytest.mark.parametrize("raw", [
    "［18］五张清单：项目盯引清单、储备清单", "[10]两个基地、两个枢纽、两个网络：\n中国企业",
])
def test_terms_in_note_headings_are_no_metrics(raw: str) -> None:
    assert _metrics(raw) == []


def test_a_note_explanation_keeps_its_figures() -> None:
    assert _texts("［18］清单：建成项目35个") == ["35个"]


def test_one_multiplier_function() -> None:
    from yongchuan_facts.rules import numbers
    from yongchuan_facts.rules.metrics import rules

    assert rules.multiplier is numbers.multiplier
    assert numbers.multiplier("百亿亿") == 10**18


def test_streamlining_is_a_fall() -> None:
    assert _one("考核事项精简两成", "两成").direction == "decrease"
