"""Project vocabulary: head nouns → category, and the words that bound or veto a name.

    >>> HEAD_WORDS["产业园"], HEAD_WORDS["博览会"], HEAD_WORDS["行动计划"]
    ('park', 'event', 'policy')

A named project ends in a head noun (`渝西大数据中心`, `百度西部自动驾驶开放测试基地`); the
words before it are widened, token by token (jieba), until a word in `LEFT_STOPS` (a governing
verb, a preposition, a particle) or a description in `DESCRIPTORS` (`全国首个`, `全国性`).
Every table here is checked by tests/test_projects_lexicon.py.
"""

from __future__ import annotations

from typing import Final

from ...schema.facts import Category

# Head noun → category. Matched longest first, so 产业园区 wins over 园区 and 行动计划 over 计划.
HEAD_WORDS: Final[dict[str, Category]] = {
    # parks and development areas
    "产业园": "park", "产业园区": "park", "科技园": "park", "软件园": "park", "文创园": "park",
    "体验园": "park", "工业园": "park", "创业园": "park", "分园": "park", "工业园区": "park",
    "科技园区": "park", "示范园区": "park",
    "科学城": "park", "生态城": "park", "职教城": "park", "数据谷": "park", "生态谷": "park",
    "集聚区": "park", "创新区": "park", "高新区": "park", "生态圈": "park", "孵化园": "park",
    "小镇": "park", "创新港": "park", "数据港": "park", "科技城": "park", "智造城": "park",
    "物流园": "park", "物流园区": "park", "保税区": "park", "综合保税区": "park",
    "开发区": "park", "经开区": "park", "保税港区": "park",
    # national pilot zones and designations (programmes of a place)
    "试验区": "programme", "先导区": "programme", "示范区": "programme",
    "先行区": "programme",
    "基地": "base", "孵化器": "base", "众创空间": "base", "水厂": "base", "二期": "base",
    "三期": "base",
    "平台": "platform", "云平台": "platform", "服务号": "platform", "公众号": "platform",
    "APP": "platform", "App": "platform", "小程序": "platform",
    "中心": "centre",
    "基金": "fund",
    "系统": "system", "专用通道": "system",
    # events
    "博览会": "event", "交易会": "event", "洽谈会": "event", "推进大会": "event",
    "峰会": "event", "论坛": "event", "座谈会": "event", "发布会": "event",
    "展览会": "event", "大赛": "event", "推介会": "event", "年会": "event",
    # policy documents
    "行动计划": "policy", "实施计划": "policy", "行动方案": "policy", "实施方案": "policy",
    "管理办法": "policy", "激励办法": "policy", "实施意见": "policy", "实施细则": "policy",
    "备忘录": "policy", "发展规划": "policy", "规划纲要": "policy", "条例": "policy",
    "工作方案": "policy", "指导意见": "policy", "若干政策": "policy", "若干措施": "policy",
}

# An abbreviated expo (`智博会`, `西洽会`, `进博会`): one Han character before these.
EXPO_ABBREVIATIONS: Final[tuple[str, ...]] = ("博会", "洽会")
# Words that may come before an expo abbreviation and belong to its name (`线上智博会`).
EXPO_PREFIXES: Final[tuple[str, ...]] = ("线上", "云上")

# Centres that are government bodies by their very name (REVIEW.md: 综治中心 is no project).
GOVERNMENT_CENTRES: Final[tuple[str, ...]] = (
    "综治中心", "政务服务中心", "便民服务中心", "党群服务中心", "融媒体中心", "疾控中心",
    "促进中心", "调解中心",
)

# Names that end in these are organisations, not projects (FACTS.md): companies, universities,
# government bodies. Checked on quoted names and on the words left of a head noun.
NOT_PROJECTS: Final[tuple[str, ...]] = (
    "公司", "集团", "大学", "学院", "学校", "委员会", "管委会", "政府", "办公室", "局", "厅",
    "银行", "医院", "协会", "学会", "研究所", "领导小组", "党委", "党工委",
)

# Words that end a name when met walking left from its head: governing verbs, prepositions,
# conjunctions, particles, adverbs and time words. Only whole jieba tokens are compared, so a
# verb inside a name's own word (运营中心, 交换平台) is never one of these.
LEFT_STOPS: Final[frozenset[str]] = frozenset({
    # verbs that take a project as object: 打造X, 依托X, 建成X, 落地X …
    "打造", "建设", "建成", "建立", "建好", "用好", "做强", "做大", "做优", "依托", "推进",
    "加快", "加速", "推动", "落地", "引进", "培育", "壮大", "优化", "推广", "运用", "形成",
    "构建", "设立", "成立", "举办", "举行", "召开", "参加", "出席", "入选", "获批", "成为",
    "作为", "实施", "出台", "印发", "发布", "启动", "开展", "开通", "上线", "搭建", "组建",
    "共建", "申报", "创建", "争创", "谋划", "部署", "投用", "建起", "拥有", "包括", "位于",
    "入驻", "进驻", "签约", "牵头", "依靠", "借助", "通过", "利用", "围绕", "聚焦", "升级",
    "更名", "命名", "定位", "称为", "列为", "延伸", "参与", "亮相", "对接", "加入", "完善",
    "进入", "扶持", "使用", "居", "搭", "筑", "起", "随着", "建成投用",
    "深化", "承办", "主办", "自研", "获得", "荣获",
    # prepositions, conjunctions, particles, pronouns
    "是", "为", "有", "在", "以", "于", "从", "向", "对", "把", "被", "将", "已", "也", "还",
    "并", "和", "与", "及", "以及", "或", "等", "的", "了", "着", "之", "其", "该", "这",
    "此", "由", "到", "至", "给", "让", "同", "跟", "即", "如", "包含", "例如", "其中",
    "这个", "各", "每", "相关",
    # adverbs and scope words
    "大力", "全力", "积极", "进一步", "正式", "全面", "重点", "着力", "努力", "不断", "持续",
    "率先", "成功", "已经", "正在", "即将", "全市", "全区", "我市", "我区", "该区", "本市",
    "目前", "现已", "首次", "共同", "又", "再", "均", "都", "共", "先后", "分别",
    # time words
    "今年", "去年", "明年", "年", "月", "日", "期间", "近年来", "当年", "同年", "此前",
})

# Descriptions before a name that are not part of it (FACTS.md: 全国首个, 千亿级, years).
# Walking left stops at them, and the name is what lies to their right.
DESCRIPTORS: Final[frozenset[str]] = frozenset({
    "首个", "首家", "首批", "首座", "首届", "首条", "全国性", "国内", "一流", "最大", "唯一",
    "大型", "新型", "重要", "知名", "领先", "一座", "一家", "一所", "一个",
    "第一个", "单体", "标志性", "示范性", "校内", "完整", "本土",
})

# A quantity before a head makes it a plural, generic noun (打造一批产业发展平台): no name.
QUANTIFIERS: Final[frozenset[str]] = frozenset({
    "一批", "一系列", "系列", "多个", "若干", "各类", "一些", "多家", "众多", "诸多",
})

# Evaluative phrases make the whole phrase a goal, not a name (REVIEW.md: 全国一流…基地,
# …重要的…基地/示范区, 单体规模最大的…). Met left of a head within its clause, they veto it.
EVALUATIVE: Final[frozenset[str]] = frozenset({
    "一流", "重要", "最大", "最完善", "领先", "高地", "新高地", "单体", "知名", "完整",
    "影响力",
})

# Words that alone in front of a head make a generic noun, not a name: 创新平台, 实训基地,
# 呼叫中心. A name needs more: a place, a brand, or two or more words (渝西大数据中心).
GENERIC_MODIFIERS: Final[frozenset[str]] = frozenset({
    "创新", "研发", "实训", "培训", "影视", "呼叫", "客服", "服务", "数据", "大数据", "交易",
    "展示", "体验", "孵化", "公共", "综合", "产业", "信息", "技术", "科技", "文化", "运营",
    "物流", "指挥", "调度", "监控", "监管", "云", "数字", "智慧", "智能", "电商", "政务",
    "人才", "教育", "医疗", "工业", "生产", "制造", "研究", "实验", "测试", "生活", "商务",
    "金融", "会展", "活动", "管理", "应用", "合作", "发展", "示范", "专业", "分",
    "云计算", "数据处理", "创业", "双创", "基础", "配套", "总部", "区域", "城市", "社会",
    "生态", "网络", "互联网", "软件", "手机", "国家", "国家级", "省级", "市级", "区级",
    "经济", "企业", "国际", "安全", "场景", "交流", "分析", "模拟", "仿真", "汽车", "重大", "战略",
    "新", "大", "小", "子", "主", "副",
})

# After a closing quote, these words say the quoted text is a name (“永企惠”平台,
# “科创中国”试点城市, “萝卜快跑”自动驾驶…): the span is the quoted part alone.
TYPE_AFTER_QUOTE: Final[tuple[str, ...]] = (
    "平台", "品牌", "服务品牌", "试点", "系统", "工程", "项目", "专项", "计划", "行动", "活动",
    "APP", "小程序", "公众号", "服务号", "产品", "金融产品", "专题片", "纪录片", "栏目",
    "园区", "基地", "中心", "自动驾驶",
)
# Before an opening quote, these verbs say the quoted text names a thing that was launched,
# used or introduced (上线运行的“永企惠”, 自研“服务公社”, 以下简称“智博会”).
CUES_BEFORE_QUOTE: Final[tuple[str, ...]] = (
    "上线运行的", "上线", "推出", "推广", "自研", "研发", "开发", "开通", "启用", "简称",
    "以下简称", "依靠", "入选", "登录", "下载", "更名为", "命名为", "定名为",
)

# Famous events and brands whose short name is not derived from their full name in the text.
# A small table by design: aliases in the text itself are found by rule (rules.ALIAS_AFTER).
ALIASES: Final[dict[str, str]] = {
    "智博会": "中国国际智能产业博览会",
    "线上智博会": "中国国际智能产业博览会",
    "西洽会": "中国西部国际投资贸易洽谈会",
    "进博会": "中国国际进口博览会",
    "数博会": "中国国际大数据产业博览会",
    "重庆云谷": "重庆云谷·永川大数据产业园",
    "永川大数据产业园": "重庆云谷·永川大数据产业园",
}
