"""The indicator of a metric: the words naming what its figure measures (FACTS.md).

    >>> from yongchuan_facts import extract
    >>> fs = extract("全市生产总值达到5.67万亿元、增长5.4%，新增公园127座，建成83个大数据项目。")
    >>> [(m.text, m.indicator) for m in fs.metrics]
    [('5.67万亿元', '全市生产总值'), ('5.4%', '全市生产总值'), ('127座', '新增公园'), \
('83个', '大数据项目')]

Read in the normalized text, then mapped to the raw span (the words may cross line breaks):
1. the noun phrase before the figure in its clause, from the end of the figure before it in
   the same clause (`营收139亿元，增长…`); the predicate between phrase and figure is cut off
   (达到, 突破, 增长, 分别, 约 …) and so is what comes before the phrase's last verb
   (全区实现|营收, 聚集|企业); a leading time (2021年, 近三年) goes too; a quoted label glued
   to the noun stays (“新三样”出口规模), labels side by side are a list and go, and the phrase
   never opens inside a label;
2. when that leaves nothing, or the figure is a count followed by its noun (83个大数据项目,
   设立2亿元数字文创产业基金, 100项“两重”项目), the noun after the figure;
3. a change or a share that follows a level, and the second of figures listed under one
   phrase (分别增长4.2%和6.1%), take the phrase of the figure before them in the sentence.
A duration measures nothing named (五年来, 连续3年): no indicator.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ...rules.metrics.cues import COMPARISON_VERBS
from ...rules.metrics.lexicon import CURRENCIES, CURRENCIES_BEFORE
from ...rules.ruleset import Candidate, Context

DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# A classifier-counted figure: its noun may follow it (83个大数据项目).
_MONEY = frozenset({"CNY", "USD", "HKD", "EUR"})
_RATES = frozenset({"percent", "percentage_point"})

# The predicate between the phrase and its figure: cut from the end, repeatedly.
_PREDICATE = regex.compile(
    r"(?:分别|同比|环比|年均|平均|累计|合计|总计|共计|共|均|约|近|超过|超|逾|突破|跃过|不少于|至少|"
    r"达到|达|稳定在|保持在|"
    # a change verb with its new level (增至, 提高到; 社会物流总费用与GDP比率降低至|13.6%,
    # 人均体育场地面积增加至|2.9平方米, 从39个拓展到|91个)
    r"(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|扩大|拓展|压减|压缩|缩减|回落|攀升|扩容|"
    r"降|升|增)(?:至|到)|"
    # the year a target is set for, after its measure (技术合同成交额2030年达到|600亿元)
    r"(?:到|至)?\d{4}年(?:底|末)?|"
    r"调增|调减|为|是|有|增长|增加|提高|提升|上升|上涨|下降|降低|减少|缩短|节约|涨幅|增幅|降幅|增速|"
    # PM2.5浓度改善16.5% · 城镇调查失业率控制在5.5%左右 · 审批时限压缩70%
    r"改善|控制在|控制|压减|压降|削减|压缩|缩减|精简|"
    r"新?(?:完工|竣工|开工|投产|投用|建成)|"  # 工程项目2758个、完工|2746个
    # 高新技术企业数量实现翻番、达1.8万家 · 国家级实验室再增加2—4家 · 中欧班列开行924列
    r"翻一?番|再|开行|开通|双双|每月|每年|每人|"
    r"(?:整合|优化|调整|压缩|精简)(?:为|至|到)|"  # 开发区和工业园区由162个整合为|123个
    # a difference from a reference (规上工业增加值增长6.7%、高于全国|0.8个百分点)
    r"不低于|不高于|不超过|(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区|平均水平|平均|预期)?|"
    r"迈上|迈过|跨上|跨越|跨过|连跨|跃上|跃升至|跃升到|跃升|"  # 地区生产总值连续迈上4个万亿元台阶
    r"新增|净增|以上|左右|了|的|在|在内|力争|争取|预计|计划|将|可|已经|已|完成|实现|折合|在建|保持|"
    # the basis a figure is reckoned on (地区生产总值按增长5%安排, 按可比价计算增长3%) and the
    # time it is compared with (比上年, 较2020年, 较“十三五”末, 较“十三五”时期, 较上年同期)
    r"按可比价格?计算|按|"
    # how a change is reckoned (同口径增长5.6%, 可比增长5.6%, 实际增长5%) and adverbs of when or
    # how it came (总量首次突破1900亿元, 进出口总额历史性突破1万亿元, 居民收入持续增长5%): they
    # qualify the change, they name nothing measured
    r"同口径|可比|实际|扣除价格因素后?|首次|历史性地?|再次|持续|稳步|逆势|"
    # a figure joined to the one before it (46503元和16935元): its noun is after it, or the
    # one before's (_phrase); not the 和 of a sum (之和, 总和)
    r"(?<![之总])和|以及|及|与|"
    # where a change starts from (专精特新企业从80户增加到810户, 常住人口由上年…)
    r"(?:由|从)(?:上年|去年|上半年|年初|\d{4}年(?:末|底)?)?|"
    r"连续|(?:比|较)(?:(?:\d{4}年(?:末|底)?|上年|去年|年初|“?十.五”?)(?:同期|末期|时期|末)?|同期)|"
    r"：|:|、|\s|"
    # the currency an amount is in, named before it (营收达到港币12亿元): not what it measures
    + "|".join(CURRENCIES_BEFORE) + r")+$"
)
# Every character a match of `_PREDICATE` may hold, but the digits and spaces of its \d and \s
# (`_DIGIT_OR_SPACE`) and the character its `十.五` takes: the characters of its source.
_PREDICATE_CHARS = frozenset(_PREDICATE.pattern)
_DIGIT_OR_SPACE = regex.compile(r"[\d\s]")
# `_VERBS`, `_NOT_A_NOUN` and `_NOUN_BREAKS` are alternations of literal words (with a literal
# lookahead): the stdlib `re` matches them as `regex` would, in half the time (issue 11;
# tests/test_fast_paths_link.py compares the two engines).
# Verbs that end the words before the phrase (全区实现|营收; 累计实施|1483个…): the last one
# in the segment starts the phrase. Longest first; nouns holding one are rare enough here.
_VERBS = re.compile(
    r"(?:实现|完成|引进|聚集|集聚(?!区)|新集聚|汇聚|建成|新建成|新设立|设立|新规划建设|规划建设|开工建设|"
    r"累计实施|实施|现有|已有|共有|拥有|已建成|已建|还有|新引进|推动|推出|打造|建立|开展|形成|培育(?!中心|基地)|落实|发放|"
    r"接待|签约|覆盖|组建|上报|导入|吸引|带动|促成|撬动|兑现|新建|提供|建设(?!任务|规模|资金|用地)|开放|归集|监控|"
    r"策划储备|储备|接入|入驻|进驻|引育|招引|新登记|获批|认定|创建|入选(?!者)|评为|突破|培养|引入|"
    r"承接|受理|采集|化解|力争|争取|确保|提出|抓好|惠及|包括|涉及|共建|审议|制定|修改|废止|下降|降低|减少|缩短|节约|提升|提高|增加|输出|等(?!级|教育|学校))"
    # (培育中心, 培育基地: a centre or base that fosters, 高价值专利培育中心15家)
    # 覆盖率, 增加值, 拥有量, 完成额, 覆盖度: nouns, not verbs; 生态文明建设示范区: a
    # designation; 高等级航道, 高等教育, 普通高等学校: no list's 等; 产业集聚区, 入选者, 生态
    # 建设任务: nouns that hold a verb
    r"(?![率值量额度]|示范|先行区|试验区|试点)"
)
# What follows a count but is no noun of it: a verb starts the rest of the clause.
_NOT_A_NOUN = re.compile(
    r"赶到|进入|进行|参加|参展|同时|充分|接入|将|已|为|在|实现|覆盖|推向|正|被|"
    # a change from this count to the next (由162个整合为123个, 从80户增加到810户)
    r"整合|优化为|调整为|增加|增长|增至|下降|减少|降至|升至|"
    r"截至|截止|启动|揭牌|"  # the next sentence (a line break dropped: 203家|揭牌建设…)
    # the next item of a list joined by a conjunction (瞪羚企业358户|和种子独角兽企业1户); not
    # a word that opens with one (和美乡村)
    r"和(?![美谐平睦])|以及|及(?!时)|与(?!会)")
# Words too weak to head a column: a place alone (全区, 全市, 永川), or one character.
_WEAK = regex.compile(r"(?:全|本|该)?[市区省县国镇村]|全国|城区|首批|一批|新|共|\p{Han}?")
# The noun after a count ends at punctuation, a digit, a quote, or a verb that starts the rest;
# it may open with a quoted label, which is part of it and may be all of it (100项“两重”项目 ·
# 10个“二线口岸” · 30个“辽宁优品”).
_NOUN_AFTER = regex.compile(
    r"(?P<label>[“\"][^”\"，。,]{1,12}[”\"])[\p{Han}A-Za-z（）()+]{0,16}"
    r"|[\p{Han}A-Za-z（）()][\p{Han}A-Za-z（）()+]{1,15}"  # 30个人工智能+学科群
    # a label inside it (35个对接上海“五个中心”建设重点平台, 8个国家公共数据“跑起来”示范场景)
    # (not after a conjunction: 13条重点产业链|和“5+5”先进制造业集群 is a second noun)
    r"(?:(?<![和及与])[“\"][^”\"，。,]{1,12}[”\"][\p{Han}A-Za-z（）()+]{1,16})?")
# A currency written after an amount (折合1148亿元人民币) is part of it, no noun it counts.
_CURRENCY_WORDS = frozenset(CURRENCIES)
# What a match of `_NOUN_AFTER` never opens with (punctuation, digits, the text's end), checked
# before the regex call (issue 11: a figure is often followed by punctuation)
_NO_NOUN_OPENS = frozenset(["", *"，。、；：！？,.;:!?%％0123456789\n "])
_NOUN_BREAKS = re.compile(
    r"将|已|实现|达到|达|入驻|参展|参会|签约|进行|投入|装车|正在|被|为|在|于|获|入选|累计|全部|"
    r"长三角|充分|赶到|加入|集体|进入|推向|提供|覆盖|建成|落户|开展|实施|参与|均|共同体(?=，)|纳入|发放|"
    # adverbs and verbs that open what is said of the counted items (试点稳步推进, 项目加快实施,
    # 监测对象稳定消除…风险, 劳动者追回工资, 儿童享受…教育)
    r"正式|全面|稳步|稳定|加快|落地|上线|扎实|有序|顺利|持续|深入|追回|享受|受益|用上|"
    # what is done to them or becomes of them (…城市污水处理厂完成提标改造, …化工园区降至较低
    # 风险等级, …项目列入…名单, …老旧小区引入物业服务)
    r"圆满完成|基本完成|如期完成|未能如期完成|全部完成|完成|降至|降到|列入|引入|取得|启用|上榜|核准|显著|"
    # when and how it was done (10件惠民实事|圆满办结, 民生实事|如期兑现, 4条高速|提前建成)
    r"圆满|如期|按期|按时|提前|办结|兑现|交付|"
    # what they set up, fill, reach or supply (228个国家和地区|建立贸易往来, 197家二级以上医院|开设
    # 体重管理门诊, 20项科技创新成果|填补国内空白, 6座博物馆|晋级国家一级博物馆, 20个重点产业赛道|
    # 形成…, 6个省份|保供电煤)
    r"建立|开设|填补|设置|晋级|保供|形成|"
    # how they are to be upgraded (4个万亿级产业基地|提质升级, 69家省级共享农庄|提档升级)
    r"提质升级|提档升级|转型升级|改造升级|提质增效|扩容提质|"
    # where they rank (5项指标|居全国第一, 8项指标|位居全国前列)
    r"居全国|居全省|居西部|居中部|位居|稳居|位列|排名|"
    # one-off events that befell them (5300多栋楼宇|拔地而起, 9个国家区域医疗中心|开诊运营,
    # 18家企业|上市, 21个县|摘帽, 23个项目|竣工)
    # …but not where they say which things (3500多个拟竣工投产项目, 新开工项目, 上市企业)
    r"(?:拔地而起|开诊|上市|摘帽|竣工|投产|开工)(?!项目|投产|企业|公司)|"
    # what is said of them next (13个大模型|通过国家备案, …项目|分别…), and the next sentence,
    # run on where a line break was dropped (50个体验项目|启动建设…)
    r"分别|通过|同时|截至|截止|启动|揭牌"
)
# A time at the head of the phrase (2021年，… is its own clause; 近三年年均增长 is not).
_LEADING_TIME = regex.compile(
    r"(?:近[一二三四五六七八九十\d]+年(?:来)?|[一二三四五六七八九十\d]+年(?:来|内|间)?|"
    # 和 that opens a word is no conjunction (和美乡村样板村, 和谐社区)
    r"今年|去年|全年|当年|目前|现已|其中|同时|此外|另外|每年|年末|年底|年初|年(?!度)|以来|内|了|"
    r"并(?![购网联入列])|且|"
    r"到(?=\d{4}年)|"  # 到2030年人均地区生产总值达到10万元
    r"还|已|将|的|"
    r"和(?![美谐平睦])|及|与|"
    r"以上|以下|左右|"  # the previous figure's qualifier (增长6%以上、|城镇调查失业率…)
    r"、|，|\s)+"
)
# what ends a count's noun but is none of it: a conjunction, 的, and the work done on it
# (抓好6条续建高铁|建设)
_TRAILING = regex.compile(r"(?<=\p{Han}{2})建设$|(?:和|及|与|的|之一|、|\s)+$")
_TRAILING_ENDS = frozenset("和及与的一设")  # the CJK ideographs a match of `_TRAILING` may end with
_MAX_PHRASE = 20
_MAX_LIST = 48  # 进口货值、免签入境游客、国际航行船舶进出、新增外资企业、离岛免税销售额|分别
_MIN_HEAD = 4
_MIN_ITEM = 3  # a listed noun shorter than this is a modifier of a shared head (城镇、农村…)
_HAN = regex.compile(r"\p{Han}")
_WORDISH = regex.compile(r"\p{Han}|[A-Za-z]")  # a phrase needs a letter of some script
# What a match of _LEADING_TIME may open with, beside \d and \s (`_may_open_time`).
_TIME_OPENERS = frozenset(
    "近一二三四五六七八九十今去全当目现其同此另每年以内了并且还已将和及与左的、，到")
# A listed item that names a measure of its own ends like one (覆盖率, 起数, 零售额, 花费, 人次,
# 名城), or like a kind of place or facility counted on its own (概念验证中心、中试基地, 高新区、
# 经开区, 每千人托位、养老床位数); one that does not is a modifier of the last item's head
# (制造业、服务业增加值, 国家级、部级创新平台).
_MEASURE_ENDS = frozenset("率数额量值费价次入润收积重城市金准"  # 养老金, 低保标准
                          "心地群位台馆站园区"
                          "资")  # 中央预算内投资、超长期特别国债分别增长…
LIST_MARKS = frozenset({"、", "和", "及", "与"})  # between two figures of a list
# What starts the figures of a 分别 list over: 分别 again, or the end of a change (…到|1076家)
_STARTS_OVER = regex.compile(r"分别|到|至")
# What a grade or a kind before a shared head ends in (国家级、部级…, 大型、中型…, 公办、民办…)
_MODIFIER_ENDS = frozenset("级型类性办")
# 、 lists the items, and so does a conjunction after an item that ends as a measure does
# (游客人次和旅游收入, 进出口总额及实际利用外资); not a letter of a word (普及率, 和美乡村, 参与率)
_ITEM_SEP = regex.compile(f"、|(?<=[{''.join(sorted(_MEASURE_ENDS))}])(?:以及|和|及|与)")
# Two or more labels side by side are a list of names, left out (“免申即享”“即申即享”兑付资金);
# one label glued to a noun is a modifier of it and stays (“新三样”出口规模).
_QUOTED_LABELS = regex.compile(r"(?:[“\"][^”\"，。,]{1,12}[”\"]){2,}(?=\p{Han})")
_QUOTES = "“\""  # what a match of _QUOTED_LABELS opens with
# items listed before a summary count of them (A、B、C三大X): the summary heads the column
_LISTED = regex.compile(r"[^，。；：,;:]*、(?=[^、]*[一二三四五六七八九十两\d]+[大个类项])")
_REACH = 60
# A percent that opens its clause, before 的 (90%的县医院, 61%以上的城市污水处理厂): the share
# of the noun after it, with at most a qualifier before it (no change verb: 增长5%的 …)
_ONLY_QUALIFIERS = regex.compile(r"(?:约|近|超过|超|逾|有|达|\s)*")
_OF = ("的", "以上的", "左右的", "以下的")
_MIN_NOUN = 2
# The total of what the figure before counted (新增上市公司48家、总量达122家; 粮食产量增长2%，
# 总产量首次突破700亿斤), or its share of a whole (新能源装机达4091万千瓦、占比达44.7%). 总计,
# 累计 are predicates, cut before.
_AGGREGATES = frozenset({"总量", "总数", "总额", "总产量", "规模", "体量", "占比"})
# Verbs of reach with no noun after them (育儿补贴惠及60万人, 长期护理保险覆盖5634万人): the
# figure counts whom the subject before the verb reaches, and the subject names it
_REACHING = frozenset({"惠及", "覆盖"})
# Measures that name no column alone after their verb (完成|投资, 带动|销售额): the words before
# the verb say what they are of (`_with_subject`)
# (a bare total, 总量, is the figure before's: `_AGGREGATES`)
_BARE_MEASURES = frozenset({"投资", "销售额", "营收", "营业收入", "收入", "产值", "规模", "总额",
                            "交易额", "成交额", "产量", "金额", "资金"})


class IndicatorLinker:
    """The indicator of each metric of one document, in text order (changes look back)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.tm.text
        self.st = ctx.structure
        # the figure before: its sentence, its indicator, where the next one's words may start,
        # and the subject before it when it was a count whose noun followed it
        self._last: tuple[int, tuple[int, int] | None, int, tuple[int, int] | None] | None = None
        # the nouns paired with the figures after 分别: sentence, spans, the next one's index
        self._pairs: tuple[int, list[tuple[int, int]], int] | None = None
        # the phrase before the last count whose noun came after it, if any (`_phrase`), and
        # whether the last noun read after a figure ran on into the next one (`_noun_after`)
        self._subject: tuple[int, int] | None = None
        self._ran_into = False

    def span(self, c: Candidate, unit: str | None = None, next_start: int | None = None
             ) -> tuple[int, int] | None:
        """Normalized (start, end) of the indicator of candidate `c` (of `unit`, its draft's
        unit, when the caller has read it already), or None. `next_start`: where the next
        figure starts, which a noun read after this one never reaches."""
        s, e = c.norm_start, c.norm_end
        if unit is None:
            unit = c.draft["unit"]
        sentence = self.st.sentence(s)[0]
        prev = self._last if self._last and self._last[0] == sentence else None
        # a duration measures nothing named, but passes its phrase on; days counted are a
        # count of what they are days of (优良天数增加25天: NOTES_B, a count in days)
        if unit in DURATION_UNITS and c.fields.get("metric", "duration") == "duration":
            lo = max(self.st.clause(s)[0], prev[2] if prev else 0, s - _REACH)
            carried = self._before(lo, s)[0]  # 群众安全感连续7年|保持98%
            if carried is None and prev is not None:  # 一般公共预算收入…3.7万亿元，5年|增长18.7%
                carried = prev[1]
            self._last = (sentence, carried, e, None)
            return None
        # words of the phrase are read at most _REACH back: a text without punctuation must
        # not cost O(n) per figure
        lo = max(self.st.clause(s)[0], prev[2] if prev else 0, s - _REACH)
        found = self._phrase(lo, s, e, unit, len(self.text) if next_start is None else next_start)
        if (found is not None and prev is not None and prev[1] is not None
                and self.text[found[0] : found[1]] in _AGGREGATES):
            found = prev[1]  # 新增上市公司48家、总量|达122家: the total of the same things
        if found is not None:
            # `_paired` only when 分别 stands between phrase and figure (it returns the phrase
            # and forgets the pairs otherwise): no call for nearly every figure
            if "分别" in self.text[found[1] : s]:
                # (one figure after 分别 is each item's: 分别惠及3500万人)
                listed = next_start is not None and self.text[e:next_start] in LIST_MARKS
                found = self._paired(sentence, found, s, is_classifier(unit) and listed)
            else:
                self._pairs = None
        elif (paired := self._next_pair(sentence, prev[2] if prev else s, s)) is not None:
            found = paired  # 林木覆盖率、湿地保护率分别达24.1%、|50.2%
        elif prev is not None:
            found = prev[1]  # 增长5.4% after 生产总值5.67万亿元 · 分别…4.2%和6.1%
            # an amount or a rate after a count whose noun followed it is said of the subject
            # before the count (地区生产总值连续迈上4个万亿元台阶、达|14.2万亿元); another count
            # of the same noun (接入28个委办局咨询业务|824项)
            if prev[3] is not None and not is_classifier(unit) and not (
                    found is not None and found[0] <= s < found[1]):  # a scale in the noun
                found = prev[3]
        self._last = (sentence, found, max(e, found[1]) if found else e, self._subject)
        return found

    def _paired(self, sentence: int, phrase: tuple[int, int], s: int,
                counted: bool = False) -> tuple[int, int]:
        """Distinct complete nouns listed before 分别 are paired with the figures in order
        (生产安全事故起数、死亡人数分别下降65.3%、58.3% · 游客人次和旅游收入分别增长…); a
        shared head is not split (城镇、农村居民人均可支配收入 · 规上高技术制造业、
        装备制造业增加值分别增长…)."""
        self._pairs = None
        if "分别" not in self.text[phrase[1] : s]:
            return phrase
        items, start = [], phrase[0]
        for m in _ITEM_SEP.finditer(self.text, phrase[0], phrase[1]):
            items.append((start, m.start()))
            start = m.end()
        items.append((start, phrase[1]))
        # (a short item is a modifier, 城镇、农村…, unless it ends as a measure: 营业收入、利润)
        if len(items) < 2 or any(b - a < _MIN_ITEM and self.text[b - 1] not in _MEASURE_ENDS
                                 for a, b in items):
            return phrase
        last = self.text[items[0][1] - 1]
        if last not in _MEASURE_ENDS and not (counted and last not in _MODIFIER_ENDS):
            # 限上新能源汽车、节能家电零售额: the items share the last one's head. Things counted
            # are each a kind of their own unless the first is a grade of the second's
            # (单项冠军、专精特新“小巨人”分别达到43家、322家; not 国家级、部级创新平台)
            return phrase
        self._pairs = (sentence, items, 1)
        return items[0]

    def _next_pair(self, sentence: int, last_end: int, s: int) -> tuple[int, int] | None:
        """The noun of the next figure of a 分别 list of this sentence, in order; after the
        last, the first again where the figures start over (分别新增12项和44项，累计分别达到|
        64项和288项; 分别从771家、481家增加到|1076家、636家); None where there is no list."""
        if self._pairs is None or self._pairs[0] != sentence:
            return None
        _, items, k = self._pairs
        if k >= len(items):
            if _STARTS_OVER.search(self.text, last_end, s) is None:
                return None
            k = 0
        self._pairs = (sentence, items, k + 1)
        return items[k]

    def _phrase(self, lo: int, s: int, e: int, unit: str, limit: int) -> tuple[int, int] | None:
        self._subject = None
        before, predicate = self._before(lo, s)
        if unit in _RATES:
            weak = before is None or _WEAK.fullmatch(self.text, *before) is not None
            if weak and _ONLY_QUALIFIERS.fullmatch(predicate) and self.text.startswith(_OF, e):
                # 90%以上的县医院达到…, 全市61%的城市污水处理厂: a share of what follows it
                return self._noun_after(e, limit) or before
            if before is not None and unit == "percentage_point" and predicate in _COMPARED:
                before = _without_comparator(self.text, before)
            return before  # a change with nothing before it takes its level's (span())
        after = self._noun_after(e, limit)
        if predicate.startswith(_CONJUNCTIONS):
            # the second of two figures joined (农村公路和|120万平方米村内道路): the words before
            # the conjunction are the first figure's; its own noun is after it, or none
            return after
        if after is None:
            return before
        # a classifier count names its noun after it (28家数字化车间); a sum of money or a
        # physical quantity only when nothing stands before it (设立2亿元数字文创产业基金).
        # (The classifier asked first: then whether the words before are weak is not read.)
        if is_classifier(unit):
            # the subject, for a figure after this one; not where the noun runs into that
            # figure, which is then said of the noun (残疾人两项补贴12.4亿元)
            if (before is not None and not self._ran_into
                    and _WEAK.fullmatch(self.text, *before) is None):
                self._subject = before
            return after
        weak = before is None or _WEAK.fullmatch(self.text, *before) is not None
        return after if weak else before

    def _before(self, lo: int, s: int) -> tuple[tuple[int, int] | None, str]:
        """The phrase before the figure, and the predicate cut off between them."""
        if self.text[s - 2 : s] in _REACHING and s - 2 > lo:  # 长期护理保险|覆盖|5634万人
            return self._before(lo, s - 2)[0], self.text[s - 2 : s]
        floor = _predicate_floor(self.text, lo, s)
        seg_end = floor + _predicate_start(self.text[floor:s]) if floor < s else s
        predicate = self.text[seg_end:s]
        seg_start = lo
        if lo >= seg_end:  # nothing between: no pattern below matches an empty stretch
            return None, predicate
        text = self.text
        verb_start = subject_start = lo  # the last verb, and where the words before it start
        for v in _VERBS.finditer(text, lo, seg_end):
            subject_start, verb_start, seg_start = seg_start, v.start(), v.end()
        if text[seg_start:seg_end] in _BARE_MEASURES and seg_start > verb_start:
            seg_start = self._with_subject(subject_start, verb_start, seg_start)
        if seg_start > lo and text.find("”", seg_start, seg_end) >= 0:  # (no slice made)
            seg_start = _label_start(text, lo, seg_start, seg_end)  # a verb in a label: 立等可取
        if seg_start < seg_end:
            ch = text[seg_start]  # `_may_open_time(ch)`, its common answer without a call
            if ch in _TIME_OPENERS or (not "\u4e00" <= ch <= "\u9fff" and _may_open_time(ch)):
                t = _LEADING_TIME.match(text, seg_start, seg_end)
                if t is not None:
                    seg_start = t.end()
        if seg_start < seg_end and (text[seg_start] in _QUOTES
                                    or text.find("、", seg_start, seg_end) >= 0):
            seg_start = self._head_of(seg_start, seg_end)  # (a call only where it may cut)
        # a list before 分别 names each figure's measure: longer, and never cut inside an item
        seg_start = max(seg_start, seg_end - (_MAX_LIST if "分别" in predicate else _MAX_PHRASE))
        if text.find("”", seg_start, seg_end) >= 0 or text.find('"', seg_start, seg_end) >= 0:
            seg_start = _out_of_quote(text, seg_start, seg_end)
        if seg_end - seg_start < 1 or not (
                "\u4e00" <= self.text[seg_end - 1] <= "\u9fa5"  # Han (Unicode 1.1): no search
                or _WORDISH.search(self.text, seg_start, seg_end)):
            return None, predicate
        return (seg_start, seg_end), predicate

    def _with_subject(self, lo: int, verb_start: int, start: int) -> int:
        """Where a bare measure after its verb starts, with its subject: what the money was
        invested in or the sales came from names the column (“十百千万”工程项目完成投资,
        以旧换新带动销售额); a place (全区实现营收), a time (全年完成投资) or nothing before the
        verb leaves the measure alone.

            >>> from yongchuan_facts import extract
            >>> fs = extract("全年完成投资500亿元，重大工程完成投资200亿元。")
            >>> [m.indicator for m in fs.metrics]
            ['投资', '重大工程完成投资']
        """
        text = self.text
        t = _LEADING_TIME.match(text, lo, verb_start) if lo < verb_start else None
        if t is not None:
            lo = t.end()
        if (verb_start - lo < _MIN_NOUN or _WEAK.fullmatch(text, lo, verb_start) is not None
                or text[verb_start - 1] in _ITEM_MARKS):  # 城市更新行动、|完成投资: a new item
            return start
        return lo

    def _head_of(self, start: int, end: int) -> int:
        """Skip a quoted label in front (“免申即享”兑付资金) and the items listed before the
        last 、 (电路、生物医药、人工智能三大先导产业规模), when a noun of its own remains."""
        text = self.text
        # each pattern tried only where it can match (a regex call costs a microsecond, issue
        # 11): a quoted label opens with its quote, a list holds a 、
        if start < end and text[start] in _QUOTES:
            m = _QUOTED_LABELS.match(text, start, end)
            if m is not None and end - m.end() >= _MIN_HEAD:
                start = m.end()
        if text.find("、", start, end) >= 0:
            m = _LISTED.match(text, start, end)
            if m is not None and end - m.end() >= _MIN_HEAD:
                start = m.end()
        return start

    def _noun_after(self, e: int, limit: int) -> tuple[int, int] | None:
        """The counted noun right after a figure (28家|数字化车间), when one is there, ending
        before `limit` (the next figure)."""
        text, i = self.text, e
        self._ran_into = False
        if text[i : i + 1] in _QUALIFIER_FIRSTS:  # (a regex call only where one may start)
            i = _QUALIFIER_AFTER.match(text, i).end()  # type: ignore[union-attr]
            rating = _RATING.match(text, i)  # 20个|500千伏|输变电工程: a grade of the noun
            if rating is not None:
                i = rating.end()
        if text[i : i + 1] in _NO_NOUN_OPENS:  # `_NOUN_AFTER` cannot match: no regex call
            return None
        if limit <= i:  # the next figure opens the noun (3个|千亿级产业集群): part of it
            limit = len(text)
        m = _NOUN_AFTER.match(text, i, limit)
        if m is None or _NOT_A_NOUN.match(m.group()) or _A_COUNT.match(m.group()):
            return None
        words = m.group()
        # a break is looked for past the label, whose words are its name (“走在前列”示范区)
        label_end = m.end("label") - i if m["label"] else 0
        # (right after a label: its words may be the whole noun, 30个“辽宁优品”)
        cut = _NOUN_BREAKS.search(words, label_end or 2)
        if cut is not None:
            words = words[: cut.start()]
        elif _runs_into(text, m.end(), limit):
            # the words run on to the next figure (8支市级高精尖产业基金带动社会投资超|千亿元):
            # its verb and predicate start that figure's phrase, not this noun. (A figure at
            # the noun's first letter is part of it: 3个|千亿级产业集群.)
            words = _without_next_predicate(words, label_end)
            self._ran_into = True
        words = _closed_quotes(words)  # a cut inside a label drops the label (…|“立等可取”)
        last = words[-1:]
        # `_TRAILING` only where the words end as it can: not on another CJK ideograph
        if last in _TRAILING_ENDS or not "\u4e00" <= last <= "\u9fff":
            t = _TRAILING.search(words)
            if t is not None:
                words = words[: t.start()]
        if len(words) < _MIN_NOUN or words in _CURRENCY_WORDS:  # 折合1148亿元|人民币
            return None
        return i, i + len(words)


def _closed_quotes(words: str) -> str:
    """`words` up to the opening quote of a label it cuts open (二三产业法人单位从业人员“立 →
    …从业人员), else whole.

        >>> _closed_quotes("从业人员“立"), _closed_quotes("“五个中心”建设重点平台")
        ('从业人员', '“五个中心”建设重点平台')
    """
    if words.count("“") > words.count("”"):
        return words[: words.rfind("“")]
    if words.count('"') % 2:
        return words[: words.rfind('"')]
    return words


_NEXT_FIGURE_GAP = 2  # what may stand between a noun and the next figure (以上, 的 …)
# A count of its own after a figure is no noun of it (经济总量连跨5万亿元、6万亿元|两个台阶:
# a summary of the figures listed)
_A_COUNT = re.compile(r"[两二三四五六七八九十]+[个项家条种类大]")
# What may stand between a count and its noun: a qualifier word, 的, spaces (20家以上的|企业);
# whole words: the 上 of 2家上市企业 is the noun's
_QUALIFIER_WORDS = ("以上", "以下", "以内", "左右", "余", "多", "的", " ")
# and a second classifier in brackets (1万台（套）以上), and an age that the counted people are
# of (87万名|80岁以上|老年人): no figure of its own, a modifier of the noun after it
_QUALIFIER_AFTER = re.compile(
    f"(?:{'|'.join(_QUALIFIER_WORDS)}|[（(][^\\W\\d][）)]|\\d{{1,3}}(?:周岁|岁)(?:及?以上|以下)?)*")
_QUALIFIER_FIRSTS = frozenset([*(w[0] for w in _QUALIFIER_WORDS), "（", "(", *"0123456789"])
# A voltage or a capacity class between a count and its noun (20个500千伏输变电工程, 22个750千伏
# 和330千伏电网工程): a grade of the things counted, skipped to reach their noun
_RATING = re.compile(r"(?:\d+(?:千伏|万千瓦|千瓦|万吨级|吨级)(?:和|及|、)?)+")
_CONJUNCTIONS = ("以及", "和", "及", "与")


def _runs_into(text: str, end: int, limit: int) -> bool:
    """Whether the words ending at `end` run on to a figure at `limit`: nothing between, or a
    letter or two that is no mark (a noun cut at its longest); 、 or ， between ends the noun
    (22项新城功能性导入事项、10个…)."""
    return limit - end <= _NEXT_FIGURE_GAP and _ITEM_MARKS.isdisjoint(text[end:limit])


_ITEM_MARKS = frozenset("、，,；;：:。")


def _without_next_predicate(words: str, label_end: int) -> str:
    """`words` without the verb and the predicate of the figure that follows them: cut before
    the last verb of `_VERBS` past the label and the noun's first two letters, else before a
    predicate at their end. Words holding a conjunction lose only the predicate: the verb may
    be a modifier in the first of two nouns (粮食产能提升重点县和豫东平原200万亩), and the
    conjunction a letter of a word (宜居宜业和美乡村).

        >>> _without_next_predicate("市级高精尖产业基金带动社会投资超", 0)
        '市级高精尖产业基金'
        >>> _without_next_predicate("涉海重点项目完成投资超", 0)
        '涉海重点项目'
        >>> _without_next_predicate("项目投资", 0)  # no verb, no predicate: kept whole
        '项目投资'
        >>> _without_next_predicate("粮食产能提升重点县和豫东平原", 0)
        '粮食产能提升重点县和豫东平原'
    """
    if not any(c in words for c in _CONJUNCTIONS):
        verbs = [v.start() for v in _VERBS.finditer(words, label_end + _MIN_NOUN)]
        if verbs:
            words = words[: verbs[-1]]  # and a predicate before the verb (分别|提高到)
    return words[: _predicate_start(words)]


def _label_start(text: str, lo: int, start: int, end: int) -> int:
    """The opening mark of the quoted label `start` is inside of (opened after `lo`, closed
    before `end`), or `start`: a verb in a label's words is part of its name, not the
    predicate before the phrase.

        >>> _label_start("推出“立等可取”事项", 0, 5, 10)  # cut after 等
        2
        >>> _label_start("推出“立等可取”事项", 0, 2, 10), _label_start("推出“立等可取", 0, 5, 7)
        (2, 5)
    """
    if text.find("”", start, end) < 0:
        return start
    opening = text.rfind("“", lo, start)
    if opening >= 0 and text.find("”", opening, start) < 0:
        return opening
    return start


def _out_of_quote(text: str, start: int, end: int) -> int:
    """`start`, or past the quote it is inside of: a phrase cut to its longest, or after a
    verb, may open inside a quoted label whose opening mark is before it (“五经普”二三产业…,
    “十四五”期间…), and the column would head with half a label.

        >>> _out_of_quote("普”二三产业", 0, 6), _out_of_quote("“两重”项目", 0, 6)
        (2, 0)
        >>> _out_of_quote("钢”、化工装置改造", 0, 9)
        3
        >>> _out_of_quote('科创中国"试点省份', 0, 9), _out_of_quote('"科创中国"试点', 0, 8)
        (5, 0)
    """
    close = text.find("”", start, end)
    if close >= 0 and text.find("“", start, close) < 0:
        start = close + 1
    else:
        straight = text.find('"', start, end)
        if straight < 0 or text.count('"', start, end) % 2 == 0:  # straight quotes are alike
            return start
        start = straight + 1
    while start < end and text[start] in "、，,":  # the label was an item of a list
        start += 1
    return start


def _predicate_floor(text: str, lo: int, s: int) -> int:
    """Where a predicate ending at `s` may start at the earliest: after the last character
    before `s` that no match of `_PREDICATE` holds (a match is a run of such characters). Its
    search from there finds what a search from `lo` finds, without trying every start in a
    60-character reach (issue 11): most figures have a noun or nothing between."""
    i = s
    while i > lo:
        ch = text[i - 1]
        if not (ch in _PREDICATE_CHARS
                # a CJK ideograph is no digit or space: no regex call for the common case
                or (not "\u4e00" <= ch <= "\u9fff" and _DIGIT_OR_SPACE.match(ch))
                or (i < s and text[i] == "五")):  # 十.五: any character before 五
            break
        i -= 1
    return i


# A comparison right before a difference in points (高于全国平均水平18.3个百分点, 快于经济增速
# 1个百分点, 优于国家考核目标14.6个百分点): what it is compared with is no indicator; the
# compared quantity is (NOTES_B: 规上民营工业增加值增速高于全部规上工业2.3个百分点).
# what may stand between the comparator and the points: nothing, or the rate it ends in (快于
# 经济|增速|1个百分点)
_COMPARED = frozenset({"", "约", "增速", "增幅"})


def _without_comparator(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase before a comparison's last verb (its subject), or None when the phrase
    opens with the verb: the figure then takes its level's indicator (`span`).

        >>> text = "增速高于全部规上工业"
        >>> _without_comparator(text, (0, 10)), _without_comparator(text, (2, 10))
        ((0, 2), None)
    """
    words = text[span[0] : span[1]]
    cut = max(words.rfind(verb) for verb in COMPARISON_VERBS)
    if cut < 0:
        return span
    return (span[0], span[0] + cut) if cut > 0 else None


@lru_cache(maxsize=1024)  # a handful of units, many figures; a user rule's units stay bounded
def is_classifier(unit: str) -> bool:
    """A unit that counts with a classifier (家, 个), not money or a physical unit."""
    return unit not in _MONEY and _HAN.match(unit) is not None


@lru_cache(maxsize=1024)
def _predicate_start(words: str) -> int:
    """Where a predicate at the end of `words` starts (`len(words)` for none): what
    `_PREDICATE.search(text, floor, s)` finds, since a match reads nothing outside the stretch
    it is searched in (no lookbehind; `$` at its end). Remembered: the stretch after the floor
    is a predicate's words, a few hundred of them over many figures (issue 11: 9 in 10
    searches of the 23 reports repeat one)."""
    m = _PREDICATE.search(words)
    return len(words) if m is None else m.start()


def _may_open_time(ch: str) -> bool:
    """Can a match of `_LEADING_TIME` start with `ch`? Asked before the regex, which costs a
    microsecond a call (issue 11): a CJK ideograph outside its openers is no digit or space."""
    return ch in _TIME_OPENERS or (
        not "\u4e00" <= ch <= "\u9fff" and _DIGIT_OR_SPACE.match(ch) is not None)


def indicator_fields(span: tuple[int, int] | None, ctx: Context) -> dict[str, object]:
    """The three indicator fields of a normalized span, in raw offsets."""
    fields: dict[str, object] = {}
    put_indicator(fields, span, ctx)
    return fields


def put_indicator(fields: dict[str, object], span: tuple[int, int] | None, ctx: Context) -> None:
    """`fields.update(indicator_fields(span, ctx))` without the dict in between (a metric's
    fields are written once per figure, issue 11)."""
    if span is None:
        fields["indicator_start"] = fields["indicator_end"] = fields["indicator"] = None
        return
    rs, re_ = ctx.tm.raw_span(*span)
    fields["indicator_start"], fields["indicator_end"] = rs, re_
    fields["indicator"] = ctx.tm.raw[rs:re_]
