"""Cue tables for the context labelers: what is measured, actual or target, up or down.

    >>> COUNT_CUES["企业"], MONEY_CUES["营收"], DIRECTION_WORDS["新增"]
    ('enterprise_count', 'revenue', 'increase')

Cues are matched longest first (`从业人员` before `人员`, `增加值` before `增加`), so a longer
word can neutralise a shorter one inside it: `增加值` is a noun, not a rise.
"""

from __future__ import annotations

# What a counted number counts, from the noun beside it (企业365家 · 83个大数据项目).
PERSON_CUES: dict[str, str] = {
    **dict.fromkeys(["就业", "岗位", "从业人员", "从业者", "员工", "职工", "用工", "就业人员",
                     "雇员",
                     # working for wages away from the farm (脱贫人口务工规模293.2万人)
                     "务工"], "employment"),
    **dict.fromkeys(["人才", "学生", "在校生", "毕业生", "专家", "教师", "老师", "嘉宾", "高层",
                     "人员", "学员", "居民", "市民", "游客", "人口", "培训", "实训", "招生",
                     "志愿者", "院士", "博士", "代表", "观众", "患者", "会员", "团队成员",
                     "学者", "工匠", "技工", "农民", "村民"], "people_count"),
    # people counted as traffic or as authors of a motion: what is counted is the flow or the
    # motion (旅客吞吐量1.35亿人次 · 办理人大代表建议3310件)
    **dict.fromkeys(["吞吐量", "建议", "提案", "事项", "服务事项"], "count"),
}
COUNT_CUES: dict[str, str] = {
    **PERSON_CUES,
    **dict.fromkeys(["企业", "公司", "厂商", "服务商", "供应商", "银行", "金融机构", "服务机构",
                     "商户", "市场主体", "商家", "电商", "上市公司", "独角兽", "外资企业",
                     "服务外包企业", "商业机构", "经营主体", "总部机构", "总部企业",
                     "个体工商户", "法人", "药企", "车企", "房企", "央企", "国企", "民企",
                     "外企"], "enterprise_count"),
    **dict.fromkeys(["项目", "重大项目", "示范项目"], "project_count"),
    # institutions, places and facilities that are not firms (REVIEW.md: count)
    **dict.fromkeys(["机构", "研发机构", "医疗机构", "高校", "院校", "学校", "大学", "学院",
                     "科研院所", "政府", "部门", "车间", "工厂", "基地", "平台", "园区", "国家",
                     "城市", "省份", "基站", "服务队", "委办局", "医院", "村", "社区", "中心",
                     "创新中心", "实验室", "重点实验室", "集群", "产业集群", "综试区",
                     "试验区", "示范区", "开发区", "自贸区", "高新区", "新区",
                     # incubators and cases (REVIEW.md: count), public venues and services
                     "孵化器", "众创空间", "加速器", "案例", "图书馆", "博物馆", "文化馆",
                     "美术馆", "纪念馆", "科技馆", "场馆", "幼儿园", "卫生院", "养老机构",
                     "景区", "公园", "设施", "服务站", "工作站", "驿站", "站点", "服务点", "网点",
                     # places counted: beds, nursery and school places, parking spaces
                     "床位", "托位", "学位", "车位", "泊位"], "count"),
}
# Words that hold a cue but name no counted thing (5个项目获评国家级示范: 国家 is no noun here).
NOT_NOUNS: dict[str, None] = dict.fromkeys(["国家级", "省级", "市级", "区级", "全国", "国家队"])
# What a sum of money is (实现营收139亿元 · 设立2亿元数字文创产业基金).
MONEY_CUES: dict[str, str] = {
    **dict.fromkeys(["营收", "营业收入", "营业额", "收入", "主营业务收入", "业务收入",
                     # what the state earns from its capital and its rights (国有资本收益,
                     # 矿业权出让收益)
                     "收益"], "revenue"),
    **dict.fromkeys(["产值", "总产值", "产能", "规模", "产业规模",
                     # the scale of an industry (千亿级产业链, 4个万亿级新兴支柱产业)
                     "产业", "产业链", "产业集群"], "output_value"),
    "增加值": "value_added",
    **dict.fromkeys(["税收", "纳税", "税金", "利税", "财税", "减税", "降费", "退税", "减税降费",
                     "税费"], "tax"),
    **dict.fromkeys(["投资", "投入", "基金", "贷款", "引资", "融资", "资金", "授信", "补贴",
                     "奖励", "扶持", "出资", "注资", "消费券",
                     # a project's size is what is invested in it (10亿元以上重大产业项目)
                     "项目"], "investment"),
    **dict.fromkeys(["交易额", "订单", "交易", "成交额", "业务", "合同额", "成交金额", "成交",
                     "并购", "重组", "并购重组"], "transaction_volume"),
    # 经济总量, a region's whole economy, is its GDP (经济总量连跨5万亿元、6万亿元两个台阶)
    **dict.fromkeys(["地区生产总值", "生产总值", "GDP", "经济总量"], "gdp"),
    # consumption driven or spent (带动消费791亿元, 游客花费3700亿元)
    **dict.fromkeys(["销售额", "零售额", "销售", "销售收入", "消费品零售总额", "消费", "花费"],
                    "sales"),
    **dict.fromkeys(["进出口", "出口", "进口", "外贸"], "trade"),
    **dict.fromkeys(["利润", "净利润", "盈利"], "profit"),
    **dict.fromkeys(["价格", "均价", "单价", "房价", "租金", "售价", "票价", "电价", "地价", "油价",
                     "造价", "报价"], "price"),
}
MONEY_DEFAULT = "investment"
# Head words that size whatever money cue comes before them in the clause: 出口规模 is trade,
# 基金集群规模 investment; alone (产业规模) they are output_value.
GENERIC_MONEY_HEADS: frozenset[str] = frozenset({"规模"})
# A level in % (占…%, …率): share, rate or index; a change in % is growth_rate (direction.py).
PERCENT_CUES: dict[str, str] = {
    **dict.fromkeys(["占", "占比", "比重", "份额", "占到"], "share"),
    # a proportion with no whole named is a rate, as 比率 is (空气质量优良天数比例97.9%, 草原综合
    # 植被盖度58.81%); with its whole (占…比例, 相当于…的比例) a share: `PROPORTIONS` below
    **dict.fromkeys(["率", "覆盖率", "利用率", "失业率", "普及率", "转化率", "达标率", "比例",
                     "盖度", "覆盖度",
                     # a surveyed sense or satisfaction is a rate of respondents (REVIEW.md)
                     "安全感", "满意度", "获得感", "幸福感"], "rate"),
    **dict.fromkeys(["指数", "CPI", "PPI"], "index"),
    **dict.fromkeys(["增速", "增幅", "增长率", "降幅", "涨幅", "跌幅", "升幅", "同比", "环比",
                     "年均"], "growth_rate"),
}
# The proportions that `PERCENT_CUES` reads as rates, and what names their whole before them
# (占GDP比例, 研发经费支出相当于全市生产总值的比例): the figure is then a share of that whole
PROPORTIONS: frozenset[str] = frozenset({"比例"})
PROPORTION_OF_A_WHOLE: tuple[str, ...] = ("占", "相当于", "的比例")

# Direction: a change verb governing the number (同比增长15.4%, 新增就业岗位8000个).
DIRECTION_WORDS: dict[str, str | None] = {
    **dict.fromkeys(["增长", "增加", "提高", "提升", "上升", "新增", "上涨", "增多", "扩大",
                     "攀升", "多增", "净增", "增收", "涨幅", "升幅", "增幅", "回升", "反弹",
                     "正向拉动", "上调", "调高"], "increase"),
    **dict.fromkeys(["下降", "降低", "减少", "节约", "缩短", "下跌", "回落", "压减", "压缩",
                     "节省", "缩减", "收窄", "大跌", "跌幅", "降幅", "负增长", "净减", "减收",
                     "下滑", "缩小", "降准", "减税", "降费", "减税降费", "精简", "负向拉动",
                     "下调", "调低",
                     # a burden lifted (减轻税费负担超4900亿元, 减负1000亿元, 减费让利269亿元),
                     # as 减税降费
                     "减轻", "减负", "减费", "减费让利",
                     # only of what improves by falling (IMPROVES_BY_FALLING; direction.py)
                     "改善"],
                    "decrease"),
    # nouns and comparisons that contain a change verb but state no change (FACTS.md)
    **dict.fromkeys(["增加值", "增速", "增长极", "高于", "低于", "快于", "慢于", "多于", "少于",
                     "超过", "超出", "相比", "相当于"], None),
    # works done on things, which count the things (新建提升城市公园13座, 提升改造农村公路210公里,
    # 规范提升农村供水厂站500处): no change of a quantity
    **dict.fromkeys(["新建提升", "提升改造", "改造提升", "规范提升", "建设提升", "更新提升",
                     "整治提升", "提升整治", "扩容提升", "改善提升"], None),
    # a change word inside a noun or a name (对工业增长贡献率达36.5%, 稳增长惠民生27条, 粮食单产
    # 提升工程超600万亩, 提高城乡低保标准等10项政策): the contribution, the measures, the works
    **dict.fromkeys(["增长贡献", "稳增长", "提升工程", "提升项目", "提升行动", "提升计划",
                     "提高城乡", "压缩空气"], None),  # 压缩空气储能: a technology
}
# Comparison verbs: what follows them is what a figure is compared with (高于全国平均水平
# 18.3个百分点, 快于2024年1.8个百分点), neither its indicator nor its time (stages/link)
COMPARISON_VERBS: tuple[str, ...] = (
    "高于", "低于", "快于", "慢于", "优于", "好于", "超过", "超出", "高出", "领先")
# 改善 is a change whose direction the measured thing sets: a pollutant's concentration, an
# emission or an energy intensity improves by falling (PM2.5年均浓度较“十三五”末改善16.5%:
# REVIEW.md, decrease); of anything else it says nothing here.
IMPROVES_BY_FALLING: tuple[str, ...] = ("浓度", "排放", "能耗", "PM2.5", "PM10", "颗粒物")
# Single characters that mark a change only right before the number (按年升5%, 同比降3.2%).
DIRECTION_CHARS: dict[str, str] = {"增": "increase", "升": "increase", "涨": "increase",
                                   "降": "decrease", "跌": "decrease", "减": "decrease"}
# A change verb followed by 到/至 gives the new level, not the change (提高到30%).
TO_LEVEL = "到至"

# Modality: a goal, plan or forecast (力争到2022年…达到400家; 5年内将实现).
TARGET_WORDS: tuple[str, ...] = (
    "力争", "争取", "计划", "目标", "预计", "预期", "规划", "拟", "确保", "有望", "着力打造",
    "建成后", "完成后", "投用后", "投产后", "建设完成后", "努力实现", "力求", "期望", "设想",
)
# Nouns that contain a target cue but plan nothing here (实施行动计划 · 虚拟人 · 模拟仿真).
TARGET_NOUNS: tuple[str, ...] = (
    "行动计划", "实施计划", "工作计划", "发展规划", "总体规划", "规划纲要", "专项规划", "城市规划",
    "规划局", "计划单列", "模拟", "虚拟", "拟人", "草拟", "比拟", "目标责任",
    # programmes named 计划 (国家级人才计划入选者106人: people already chosen)
    "人才计划", "英才计划", "引才计划", "育才计划",
)
# 将 is a future only before a verb; before a noun it is 把 (将城区1810个停车泊位…).
FUTURE_JIANG_VERBS: tuple[str, ...] = (
    "加快", "加速", "实现", "建成", "建设", "投产", "进入", "引进", "达到", "达", "形成", "推动",
    "推进", "以", "成为", "重点", "全面", "继续", "进一步", "新增", "带动", "吸引", "构建",
    "有", "可", "会", "突破", "超过", "完成", "启动", "打造", "聚集", "集聚", "培育", "力争",
    "迎来", "持续", "逐步", "每年", "陆续", "新建", "投入", "累计", "提供", "覆盖", "增加",
    "提升", "提高", "扩大", "开工", "落地", "入驻", "正式", "全部", "基本", "再", "至少",
    "实施", "开展", "举办", "建立", "设立", "筹建", "导入", "吸纳", "带来", "释放",
)
# Between a target cue and the number, these say the figure is already reached.
ACTUAL_WORDS: tuple[str, ...] = ("目前", "现已", "已经", "已有", "截至", "截止", "至今", "已建成",
                                 "已完成", "已实现", "过去", "去年", "先后")
DONE_VERBS: tuple[str, ...] = ("引进", "建成", "实现", "完成", "达到", "形成", "聚集", "签约",
                               "落地", "开通", "上线", "建设", "培育", "吸引", "新增", "增长")
# A paragraph with one of these opens a plan section (下一步，…将加快构建…).
PLAN_OPENERS: tuple[str, ...] = ("下一步", "今后", "接下来", "下阶段", "下一阶段", "未来几年",
                                 "未来五年", "未来三年")

# Words that end the noun phrase after a count: a verb or a conjunction starts something else
# (word → an example where the noun stops before it: 10家企业将入驻 → 企业).
NP_BREAKS: dict[str, str] = {
    "将": "10家企业将入驻", "已": "5个项目已开工", "实现": "20家企业实现上云",
    "达到": "30所学校达到标准", "达": "10个园区达标", "入驻": "50家企业入驻园区",
    "参展": "300家企业参展", "参会": "200名嘉宾参会", "签约": "12个项目签约",
    "集体": "20个项目集体开工", "加入": "30家企业加入联盟", "赶到": "20名专家赶到现场",
    "进行": "5支队伍进行比赛", "为": "3家企业为代表", "在": "10家企业在园区",
    "被": "3个项目被评为", "正": "5个项目正加快", "于": "3家企业于今年", "共": "10家企业共建",
    "累计": "5家企业累计投资", "推向": "30款产品推向市场", "的院校": "20所合作的院校",
    "获": "8家企业获评", "入选": "3个案例入选",
}

# Between a list's verb and our number, these start a new predicate: the number is no item of
# the list (word → an example: 增长16.4%、连续18个月 has no direction for 18个月).
NOT_AN_ITEM: dict[str, str] = {
    "连续": "增长16.4%、连续18个月", "保持": "增长5%、保持3年", "位居": "增长5%、位居第3",
    "排名": "增长5%、排名前10", "稳定": "新增690万人、稳定在全国1/10以上",
    "占": "增长8%、占全国15%", "达": "新增155万户、总量达474万户",
    "累计": "新增10家、累计500家", "完成": "提升行动完成投资310亿元",
    "完工": "工程项目2758个、完工2746个", "实现": "新增5家、实现营收10亿元",
    "建成": "新增3个、建成10个", "总量": "新增48家、总量达122家",
    "总数": "新增5家、总数20家", "共有": "新增3所、共有20所", "拥有": "新增5家、拥有30家",
}
