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
    "锲而不舍落实中央八项规定精神", "鍥而不捨落實中央八項規定精神",
    "三次产业结构由8.7∶35.2∶56.1调整为", "做到“两个维护”",
])
def test_sessions_and_fixed_terms_are_no_metrics(raw: str) -> None:
    assert not [t for t in _texts(raw) if t[-1] in "届屆次项項个個"], _texts(raw)


@pytest.mark.parametrize(("raw", "surface"), [
    ("长江十年禁渔连续4次获评全国优秀", "4次"), ("成功举办2届亚欧博览会", "2届"),
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
    ("工业增加值负增长3%", "3%", "decrease"),
    # a streak after a listed change, and a level after 提升到, carry none
    ("高技术服务业投资增长16.4%、连续18个月保持两位数增长", "18个月", None),
    ("新增本外币贷款连续4年保持全国首位", "4年", None),
    ("占比从30%提升到45%", "45%", None),
    ("减少居民医疗支出5%左右", "5%", "decrease"),
])
def test_direction_of_the_genre(raw: str, surface: str, direction: str | None) -> None:
    assert _one(raw, surface).direction == direction


# --- labels ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "surface", "label"), [
    ("客流量分别增长6.9%、68.4%", "68.4%", "growth_rate"),
    ("客流量分別增長6.9%、68.4%", "68.4%", "growth_rate"),
    ("居民消费价格涨幅2%左右", "2%", "growth_rate"),
    ("城镇调查失业率5.5%", "5.5%", "rate"), ("常住人口城镇化率60%", "60%", "rate"),
    ("制造业增加值占地区生产总值比重28%", "28%", "share"),
    ("全年新登记各类经营主体94.6万户", "94.6万户", "enterprise_count"),
    ("全年新登記各類經營主體94.6萬戶", "94.6萬戶", "enterprise_count"),
    ("“新三样”出口规模达8536亿元", "8536亿元", "trade"),
    ("战略性新兴产业基金集群规模超2000亿元", "2000亿元", "investment"),
    ("数字经济产业规模达到2000亿元", "2000亿元", "output_value"),
    ("完成并购重组397起、1767.8亿元", "1767.8亿元", "transaction_volume"),
    ("意向成交金额达到834.9亿美元", "834.9亿美元", "transaction_volume"),
    ("减税降费及退税超1000亿元", "1000亿元", "tax"),
    ("办理省人大代表建议3310件", "3310件", "count"),
    ("上海机场航空旅客吞吐量达到1.35亿人次", "1.35亿人次", "count"),
    ("牵头建设44家全国重点实验室", "44家", "count"),
    ("新增各类总部机构超过100家", "100家", "enterprise_count"),
])
def test_labels_of_the_genre(raw: str, surface: str, label: str) -> None:
    assert _one(raw, surface).metric == label


# --- durations without a cue word before them -------------------------------------------------
@pytest.mark.parametrize(("raw", "surface"), [
    ("过去一年，我们坚持稳中求进", "一年"), ("過去一年，我們堅持穩中求進", "一年"),
    ("一年来，全省上下牢记嘱托", "一年"), ("過去的五年極不尋常", "五年"),
    ("建区30年来", "30年"), ("10年累计增长", "10年"), ("五年年均增长6.1%", "五年"),
    ("两年平均增长4.5%", "两年"),
])
def test_durations_of_the_genre(raw: str, surface: str) -> None:
    fact = _one(raw, surface)
    assert (fact.unit, fact.metric) == ("year", "duration")


@pytest.mark.parametrize(
    "raw", ["一年一度的博览会", "第一年来此", "2025年年均增长5%", "二〇二五年年均"]
)
def test_years_that_are_no_duration(raw: str) -> None:
    assert not [f for f in _metrics(raw) if f.unit == "year"]
