"""Project vocabulary: head nouns → category, and the words that bound or veto a name.

    >>> HEAD_WORDS["产业园"], HEAD_WORDS["博览会"], HEAD_WORDS["行动计划"], HEAD_WORDS["高铁"]
    ('park', 'event', 'policy', 'infrastructure')

A named project ends in a head noun (`渝西大数据中心`, `百度西部自动驾驶开放测试基地`); the
words before it are widened, token by token (jieba), until a word in `LEFT_STOPS` (a governing
verb, a preposition, a particle) or a description in `DESCRIPTORS` (`全国首个`, `全国性`).
Every table here is checked by tests/test_projects_lexicon.py.
"""

from __future__ import annotations

from typing import Final

from ...schema.facts import Category

# Head nouns by category: the data the head-noun rule is built from. Each is checked with an
# example and a counterexample from real text in tests/test_projects_heads.py. Matched longest
# first, so 产业园区 wins over 园区 and 行动计划 over 计划.
HEADS_BY_CATEGORY: Final[dict[Category, tuple[str, ...]]] = {
    "park": (
        # every …园 also written …园区 (文创园区): heads overlap, and the longest at a start wins
        *(f"{h}区" for h in ("软件园", "文创园", "体验园", "创业园", "孵化园", "科创园")),
        *(f"{h}区" for h in ("创意园", "农业园")),
        "产业园", "产业园区", "科技园", "软件园", "文创园", "体验园", "工业园", "创业园", "分园",
        "工业园区", "科技园区", "示范园区", "科学城", "生态城", "职教城", "数据谷", "生态谷",
        "集聚区", "创新区", "高新区", "生态圈", "孵化园", "小镇", "创新港", "数据港", "科技城",
        "智造城", "物流园", "物流园区", "开发区", "经开区", "园区", "产业城", "科创园", "创意园",
        "文化创意产业园", "农业园", "农谷", "光谷", "药谷", "智谷", "云谷", "声谷", "医谷", "车谷",
        "芯谷",
        # a campus town of universities (良乡大学城, 松江大学城, 沙河高教园)
        "大学城", "高教园",
        # a park by its place or its firm (西宁绿电智算融合示范园, 联想创新园)
        "示范园", "创新园",
        # an industrial district named by its place (南港工业区): a strict head below (老旧工业区
        # is a kind). Not 新城: a body's name holds it (永川区新城建管委), and a kind (平原新城).
        "工业区",
    ),
    # national pilot zones, bonded and functional zones (a place's designation)
    "zone": (
        "试验区", "实验区", "先导区", "示范区", "先行区", "测试区", "保税区", "综合保税区",
        "保税港区", "综保区", "农高区", "功能区", "合作区", "启动区", "引领区", "作业区", "自贸区",
        "法务区",
        # 虹桥国际商务区, 西站同城商务区; 海南自由贸易港 (strict: 自由贸易港 alone is the kind)
        "商务区", "自由贸易港", "自贸港",
        # a region named by its places (北部湾经济区, 洞庭湖生态经济区, 辽东绿色经济区) and a
        # national cultural zone (客家文化（闽西）生态保护区)
        "经济区", "生态保护区",
    ),
    "base": ("基地", "孵化器", "众创空间", "一期", "二期", "三期", "四期", "生产线", "代线"),
    "facility": (
        "水厂", "博物馆", "新馆", "美术馆", "图书馆", "纪念馆", "科技馆", "体育馆", "大剧院",
        "文化馆",
        # a national key laboratory named before its kind (白云鄂博稀土全国重点实验室: 重点 is
        # no adverb there)
        "实验室", "全国重点实验室", "科学装置", "实验装置", "电站", "核电站", "水电站", "遗址公园",
        "郊野公园",
        "国家公园", "公园", "植物园", "国家植物园", "乐园",
        # a campus of a university or a hospital (北京工业大学房山校区, 北京儿童医院亦庄院区)
        "校区", "院区",
    ),
    "infrastructure": (
        "高铁", "铁路", "城际铁路", "高速", "高速公路", "机场", "国际机场", "港区", "综合枢纽",
        "航道", "船闸", "大桥", "隧道", "号线", "西站", "东站", "南站", "北站", "火车站",
        # scenic roads, named by what they ring or a title (环岛旅游公路, 环北龙山旅游风景道,
        # “山海画廊·魅力闽道”旅游公路, “柴达木1号”交旅融合生态景观大道)
        "旅游公路", "风景道", "景观大道",
        # a reservoir, an irrigation district, an inland port, named by a place (密云水库,
        # 红寺堡灌区, 石家庄国际陆港); a port never by a kind: a strict head below. 陆港 alone
        # is 登陆港交所 too; 口岸 is a modifier (口岸物流中心), in GENERIC_MODIFIERS
        "高铁站", "工程", "廊道", "水库", "灌区", "国际陆港", "国际陆港区",
        # a DC line (藏粤直流); corridors named by their places (西部陆海新通道, 东北海陆大通道,
        # 青疆联网通道): strict below, for 绿色通道 is a kind. Not 公路 or 管道, whose names are
        # most often a mode (青藏铁路公路优势, 中欧公路直达运输) or a kind (老化管道).
        "直流", "通道", "大通道", "新通道", "水利枢纽",
        # a logistics hub designated for a city (平潭商贸服务型国家物流枢纽, 郑州国际航空物流枢纽):
        # strict below, for 国家物流枢纽 alone is the kind
        "物流枢纽",
        # a canal dug (平陆运河, 浙赣粤运河); 大运河 alone is the old one, a heritage site
        "运河",
        # lines named by their two ends' letters (京雄快线, 京雄城际, 京滨城际): strict below
        "快线", "城际",
    ),
    "platform": ("平台", "云平台", "服务号", "公众号", "APP", "App", "小程序", "互联网平台"),
    "centre": ("中心",),
    "fund": ("基金", "基金集群", "母基金"),
    "system": ("系统", "专用通道"),
    "event": (
        "博览会", "交易会", "洽谈会", "推进大会", "峰会", "论坛", "座谈会", "发布会", "展览会",
        "大赛", "推介会", "年会", "大会", "高峰会", "推进会", "圆桌会", "沙龙", "争霸赛", "联赛",
        "运动会", "锦标赛", "购物节", "艺术节", "文化节", "旅游节", "电影节", "音乐节", "美食节",
        "消费节", "活动周", "宣传周", "科技周",
        # festivals of an art, a flower or a custom (中国歌剧节, 国际光影节, 汉中油菜花节, 安康汉江
        # 龙舟节, 国际花卉节, 向海乐活节)
        "歌剧节", "戏剧节", "光影节", "花卉节", "花节", "龙舟节", "乐活节",
        "车展",  # 西安国际车展
        # meetings and games (闽宁协作联席会, 闽宁镇高质量发展现场会, 布鲁塞尔国际葡萄酒大奖赛,
        # 北京马拉松, 世界乒联中国大满贯, 世界防治荒漠化与干旱日国家主场活动)
        "联席会", "现场会", "交流会", "对接会", "大奖赛", "马拉松", "大满贯", "邀请赛", "公开赛",
        "主场活动",
        # officials' meetings (亚太经合组织高官会, 上海合作组织成员国农业部长会议)
        "高官会", "部长会议",
    ),
    "policy": (
        "行动计划", "实施计划", "行动方案", "实施方案", "管理办法", "激励办法", "实施意见",
        "实施细则", "备忘录", "发展规划", "规划纲要", "条例", "工作方案", "指导意见", "若干政策",
        "若干措施", "试点方案", "专项规划", "促进法", "保护法",
        # catalogues a policy lists (鼓励外商投资产业目录, 产业发展与转移指导目录, 进口征税商品
        # 目录; not 特色优势产业目录, all generic). Not 目录 alone: 节目录制 holds it; nor the
        # lists things are entered into (入选…推广目录, 纳入…公告目录)
        "产业目录", "指导目录", "商品目录",
        # a plan by its place (法治天津建设规划, 现代化首都都市圈空间协同规划): strict below, for
        # 国土空间规划 and 城市总体规划 are kinds
        "规划",
    ),
    "programme": ("计划",),
}
HEAD_WORDS: Final[dict[str, Category]] = {
    head: category for category, heads in HEADS_BY_CATEGORY.items() for head in heads
}

# Heads too common to name a thing by one plain word or a category before them: the name needs a
# place, a proper noun or a mark (苏州工业园区's 园区 is another head; 富平园区, 松原石化园区).
STRICT_HEADS: Final[frozenset[str]] = frozenset({
    "园区", "机场", "国际陆港", "工业区", "自由贸易港", "自贸港", "通道", "大通道", "新通道",
    "快线", "城际", "校区", "院区", "经济区", "物流枢纽",
    "规划",
    "集聚区",  # 夜间消费集聚区, 现代化产业集聚区: kinds; 大连国家级数据产业集聚区 by its place
})

# Heads that are an adverb or a verb before these words, no head of a name: 系统 is
# "systematically" (统筹山水林田湖草沙系统治理, 招投标领域突出问题系统整治), 规划 "to plan"
# (重庆高标准规划建设西部（重庆）科学城, 推动轨道交通M102线规划建设)
HEADS_AS_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "系统": ("治理", "整治", "设计", "保护", "修复", "推进", "谋划", "重塑", "集成", "施治",
             "解决"),
    "规划": ("建设", "布局", "设计", "建成", "实施"),
}

# Heads that a section of the line or a phase may follow: 合新高铁安徽段, 京沪高速新沂至江都段,
# 18号线二期, 2号线西延伸, 陕电入皖特高压工程安徽段. The section is part of the name (dev-b gold).
SECTIONED_HEADS: Final[frozenset[str]] = frozenset({
    "高铁", "铁路", "城际铁路", "高速", "高速公路", "工程", "号线", "航道", "廊道", "城际",
})

# An abbreviated expo (`智博会`, `西洽会`, `进博会`): one Han character before these.
# 省运会, 冬运会 (games: 运会 after one letter, as 全运会)
EXPO_ABBREVIATIONS: Final[tuple[str, ...]] = ("博会", "洽会", "运会")
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
    "构建", "纳入", "设立", "成立", "举办", "举行", "召开", "参加", "出席", "入选", "获批",
    "成为",
    "作为", "实施", "出台", "印发", "发布", "启动", "开展", "开通", "上线", "搭建", "组建",
    "共建", "申报", "创建", "争创", "谋划", "部署", "投用", "建起", "拥有", "包括", "位于",
    "入驻", "进驻", "签约", "牵头", "依靠", "借助", "通过", "利用", "围绕", "聚焦", "升级",
    "更名", "命名", "定位", "称为", "列为", "延伸", "参与", "亮相", "对接", "加入", "完善",
    "进入", "扶持", "使用", "居", "搭", "筑", "起", "随着", "建成投用", "听取", "专门听取",
    "抢抓", "借力",
    "深化", "承办", "主办", "自研", "获得", "荣获", "获",  # 获|世界职业院校技能大赛金牌
    "跻身",  # …实验室跻身|全国重点实验室: what it became, a kind
    "及其",  # 中央八项规定及其|实施细则: the rules of what was named
    # prepositions, conjunctions, particles, pronouns
    "是", "为", "有", "在", "以", "于", "从", "向", "对", "把", "被", "将", "已", "也", "还",
    "并", "和", "与", "及", "以及", "或", "等", "的", "了", "着", "之", "其", "该", "这",
    "此", "由", "到", "至", "给", "让", "同", "跟", "即", "如", "包含", "例如", "其中",
    "这个", "各", "每", "相关",
    # adverbs and scope words
    "大力", "全力", "积极", "进一步", "正式", "全面", "重点", "着力", "努力", "不断", "持续",
    "率先", "成功", "已经", "正在", "即将", "全市", "全区", "我市", "我区", "该区", "本市",
    "目前", "现已", "首次", "共同", "又", "再", "均", "都", "共", "先后", "分别",
    # this one, that one: a meeting or a scene, not a name (此次…会, 活动现场…)
    "此次", "本次", "现场",
    # verbs that take a project as object, met in the 2026 reports (坚持系统治理, 探索中心城区)
    "坚持", "探索", "提升", "新增", "落实", "加强", "深入", "新建", "改扩建", "办好", "贯彻",
    "提交", "提请", "审议", "好", "力争", "保持", "完成", "达到", "修订", "制定", "健全", "争办",
    "做实", "实现", "发挥", "加大", "增强", "强化", "夯实", "引入", "投运", "落户", "融入",
    "筹办", "续建", "结束", "接通", "夺得", "首夺", "勇夺", "通", "涌现出", "列入", "批准", "面向",
    "获准", "获评", "开启", "支持", "鼓励", "吸引", "布局", "开工", "扩容", "争取", "申建", "筹建",
    # … which jieba tags as nouns or adjectives, so no tag trims them (建强国家实验室, 重塑大学
    # 科技园, 有效化解…融资平台, 严守宅基地, 协同做好宁河…示范区)
    "建强", "争建", "重塑", "做好", "配齐", "充分发挥", "化解", "严守", "清理", "防范",
    # time words
    "今年", "去年", "明年", "年", "月", "日", "期间", "近年来", "当年", "同年", "此前",
})

# Verbs that govern a name when a word of the name stands between them and the head (运营|暹粒吴哥
# 国际机场, 保障|全球妇女峰会, 丰富|长株潭国家自主创新示范区), but are the name's own right before
# its head (数据运营中心, 国家煤炭供应保障基地). Not 服务 or 规范, which open names further left
# too (服务外包产业园, 国家服务贸易创新发展示范区).
VERBS_AWAY_FROM_HEAD: Final[frozenset[str]] = frozenset({
    "运营", "保障", "服务保障", "丰富",
})

# Descriptions before a name that are not part of it (FACTS.md: 全国首个, 千亿级, years).
# Walking left stops at them, and the name is what lies to their right.
DESCRIPTORS: Final[frozenset[str]] = frozenset({
    "首个", "首家", "首批", "首座", "首届", "首条", "全国性", "国内", "一流", "最大", "唯一",
    # the first of a kind of machine or product (全球首套…系统, 全国首台…CT系统, 全球首款…)
    "首套", "首台", "首款", "首部",
    "大型", "新型", "重要", "知名", "领先", "一座", "一家", "一所", "一个",
    "第一个", "单体", "标志性", "示范性", "校内", "完整", "本土",
    # the size and state of a reservoir or an irrigation district (病险水库, 大中型灌区)
    "病险", "中型", "小型", "大中型", "中小型",
    # the round of a plan (高标准完成核心区控规新一轮三年行动计划): no plural, as 首批 is none
    "新一轮",
})

# A quantity before a head makes it a plural, generic noun (打造一批产业发展平台): no name.
QUANTIFIERS: Final[frozenset[str]] = frozenset({
    "一批", "一系列", "系列", "多个", "若干", "各类", "一些", "多家", "众多", "诸多", "更多",
    "多种", "所有",
    # a level and those above it (自治区级以上研发平台, 省级及以上企业技术中心): a kind
    "以上",
})

# Compounds that hold a stop word but name a kind of programme inside a name, kept whole by the
# segmenter (全国产业转型升级试验区, 上海产业转型升级二期基金, 日照港转型升级工程): 升级
# alone governs its object (升级改造…平台) and ends a name's walk; 小型微型 (国家小型微型企业
# 创业创新示范基地) is no size of the thing named, as 小型 alone is (小型水库).
NAME_COMPOUNDS: Final[frozenset[str]] = frozenset({
    "转型升级", "小型微型",
    # 零 of zero carbon is no number the walk stops at (太原武宿零碳机场)
    "零碳",
})

# Evaluative phrases make the whole phrase a goal, not a name (REVIEW.md: 全国一流…基地,
# …重要的…基地/示范区, 单体规模最大的…). Met left of a head within its clause, they veto it.
EVALUATIVE: Final[frozenset[str]] = frozenset({
    "一流", "重要", "最大", "最完善", "最长", "最高", "最快", "最深", "最早",
    "领先", "高地", "新高地", "单体", "知名", "完整",
    "影响力",
})

# Words that alone in front of a head make a generic noun, not a name: 创新平台, 实训基地,
# 呼叫中心. A name needs more: a place, a brand, or two or more words (渝西大数据中心).
GENERIC_MODIFIERS: Final[frozenset[str]] = frozenset({
    "创新", "研发", "实训", "培训", "呼叫", "客服", "服务", "数据", "大数据", "交易",
    "展示", "体验", "孵化", "公共", "综合", "产业", "信息", "技术", "科技", "文化", "运营",
    "物流", "指挥", "调度", "监控", "监管", "云", "数字", "智慧", "智能", "电商", "政务",
    "人才", "教育", "医疗", "工业", "生产", "制造", "研究", "实验", "测试", "生活", "商务",
    "金融", "会展", "活动", "管理", "应用", "合作", "发展", "示范", "专业", "分",
    "云计算", "数据处理", "创业", "双创", "基础", "配套", "总部", "区域", "城市", "社会",
    "生态", "网络", "互联网", "软件", "手机", "国家", "国家级", "省级", "市级", "区级", "部级",
    "经济", "企业", "国际", "安全", "场景", "交流", "分析", "模拟", "仿真", "汽车", "重大", "战略",
    "新", "大", "小", "子", "主", "副",
    # categories of the language that only say what kind of thing it is (issue 10: 国家区域医疗中心,
    # 中试平台, 融资平台, 共性技术平台, 概念验证中心, 社区卫生服务中心, 电力系统, 医保基金)
    "医学", "科学", "外资", "全球", "供应链", "中试", "融资", "共性", "概念验证", "验证", "概念",
    "社区", "卫生", "电力", "医保", "开放", "高水平", "高质量", "消费", "政府", "投资", "现代",
    "农业", "绿色", "未来", "特色", "优势", "自贸", "先进", "新兴", "高端", "主导", "赛道", "县级",
    "全国", "地区", "联合", "质量", "检验", "检测", "标准", "公益", "养老", "健康", "体育", "旅游",
    "商贸", "贸易", "口岸", "保税", "农村", "乡村", "城乡", "民生", "便民", "志愿", "应急", "环境",
    "能源", "新能源", "储能", "算力", "省", "市", "县", "全省", "保障", "治理", "转化", "成果",
    "功能", "承载", "集群", "制造业", "产业链", "数智", "数字化", "智能化", "世界级", "地方",
    "新一代", "抽水蓄能", "抽水", "蓄能", "供水", "冷链", "美丽", "省会", "民用", "运输", "用地",
    "招生", "立法", "飞地", "零碳", "学校", "高校", "大学", "转移", "全口径", "骨干", "惠民",
    "工业化", "城镇化", "人民", "代表", "职工", "高能级", "高标准", "一体化", "协同", "开放型",
    "服务型", "综合性", "专业化", "区域性", "公共服务", "中试验证", "技术创新", "科技创新",
    "产业创新", "制造业创新", "研究型", "共享", "资源", "要素", "交通", "水利", "电网", "通信",
    "设施", "重大项目", "项目", "产品", "展览", "会议", "年度", "季度", "专项", "工作", "业务",
    "行业", "领域", "街道", "知识", "就业", "创意", "担保", "传承", "保护", "修复", "开发", "安居",
    "认证", "调解", "科创", "智算", "县域", "镇街", "快递", "质检", "房屋", "市政", "灌溉", "防洪",
    "排涝", "普通", "高中", "有机", "食品", "加工", "农产品", "设计", "工业设计", "转让", "交往",
    "主题", "并购", "改革", "口袋", "地质", "高品质", "小微", "身边", "群众", "绿地",
    "男子", "女子", "总体",  # 男子马拉松 (a discipline), 总体发展规划
    "不动产", "信托",  # 不动产投资信托基金 (REITs): a class of assets, no fund of its own
})

# After a closing quote, these words say the quoted text is a name (“永企惠”平台,
# “科创中国”试点城市, “萝卜快跑”自动驾驶…): the span is the quoted part alone.
TYPE_AFTER_QUOTE: Final[tuple[str, ...]] = (
    "平台", "品牌", "服务品牌", "试点", "系统", "工程", "项目", "专项", "计划", "行动", "活动",
    "APP", "小程序", "公众号", "服务号", "产品", "金融产品", "专题片", "纪录片", "栏目",
    "园区", "基地", "中心", "自动驾驶", "商务区",  # 滨海站“于响”商务区
    "旅游公路",
)
# Before an opening quote, these verbs say the quoted text names a thing that was launched,
# used or introduced (上线运行的“永企惠”, 自研“服务公社”, 以下简称“智博会”).
CUES_BEFORE_QUOTE: Final[tuple[str, ...]] = (
    "上线运行的", "上线", "推出", "推广", "自研", "研发", "开发", "开通", "启用", "简称",
    "以下简称", "依靠", "入选", "登录", "下载", "更名为", "命名为", "定名为",
)

# Before an opening quote, these verbs say the quoted text is an event held (举办“一节四季”).
HOLD_VERBS: Final[tuple[str, ...]] = ("举办", "承办", "主办", "办好", "举行", "精心举办")

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
