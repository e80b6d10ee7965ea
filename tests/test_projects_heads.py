"""Head nouns by category and the vetoes of issue 10, each with examples and counterexamples
from the 2026 government work reports (simplified and traditional script)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from yongchuan_facts import extract
from yongchuan_facts.rules.projects import rule_set
from yongchuan_facts.rules.projects.build import leftmost_longest, names_automaton
from yongchuan_facts.rules.projects.lexicon import HEAD_WORDS, HEADS_BY_CATEGORY
from yongchuan_facts.rules.projects.places import has_place


def _names(text: str) -> list[str]:
    return [f.name for f in extract(text, kinds=["project"]).projects]


def _categories(text: str) -> dict[str, str | None]:
    return {f.name: f.category for f in extract(text, kinds=["project"]).projects}


# (category, sentence from a report, the name it holds)
EXAMPLES = [
    ("park", "中原农谷、周口国家农高区加快建设", "中原农谷"),
    ("park", "揭牌建设中国智谷（重庆）科技园，截至", "中国智谷（重庆）科技园"),
    ("park", "紫云山（包河）文化创意产业园营收突破", "紫云山（包河）文化创意产业园"),
    ("park", "落户87个项目，大连英歌石科学城汇聚", "大连英歌石科学城"),
    ("zone", "中原农谷、周口国家农高区加快建设", "周口国家农高区"),
    ("zone", "成功创建国家数据要素综合试验区。", "国家数据要素综合试验区"),
    ("zone", "郑州国际陆港核心功能区建成投用，新郑综保区获准扩区", "新郑综保区"),
    ("zone", "周口港中心作业区建成投用", "周口港中心作业区"),
    ("zone", "浦东引领区建设取得新进展", "浦东引领区"),
    ("base", "加快建设大同国家数据标注基地、国家", "大同国家数据标注基地"),
    ("facility", "凌家滩、双墩遗址博物馆建成开放", "双墩遗址博物馆"),
    ("facility", "殷墟博物馆新馆、大河村遗址博物馆等", "殷墟博物馆新馆"),
    ("facility", "专利拥有量达34.2件。苏州实验室获批全面展开建设", "苏州实验室"),
    ("infrastructure", "总里程突破7000公里，合新高铁安徽段、合肥西站建成运营", "合新高铁安徽段"),
    ("infrastructure", "合新高铁安徽段、合肥西站建成运营", "合肥西站"),
    ("infrastructure", "合肥西站建成运营，亳州机场建成通航", "亳州机场"),
    ("infrastructure", "改扩建京沪高速新沂至江都段，建成过江通道4座", "京沪高速新沂至江都段"),
    ("infrastructure", "苏南运河二级航道、宿连三级航道全线通航", "苏南运河二级航道"),
    ("infrastructure", "镇江谏壁一线船闸扩容改造", "镇江谏壁一线船闸"),
    ("infrastructure", "陕电入皖特高压工程安徽段全线贯通", "陕电入皖特高压工程安徽段"),
    ("infrastructure", "重大产业项目47个，建成2号线西延伸、18号线二期等", "2号线西延伸"),
    ("infrastructure", "建成2号线西延伸、18号线二期等轨道交通", "18号线二期"),
    # a work's theme with 建设 names a meeting or a programme of it
    ("event", "深化数字中国建设综合试点，办好第九届数字中国建设峰会", "数字中国建设峰会"),
    ("infrastructure", "宁夏算力枢纽建设工程、毛乌素沙地风电光伏基地", "宁夏算力枢纽建设工程"),
    # a regulation, an expo, a forum of the world: one of a kind, whatever its words
    ("policy", "推动出台公共文化服务保障条例，文化事业加快发展", "公共文化服务保障条例"),
    ("event", "办好第七届中国辽洽会、2026全球工业互联网大会等经贸活动", "全球工业互联网大会"),
    ("event", "承办好2026智慧农业博览会、中德农业周", "智慧农业博览会"),
    # a work on a facility is named by the facility's name (not two names side by side)
    ("infrastructure", "宁夏算力枢纽建设工程、毛乌素沙地风电光伏基地电力外送工程等重点工程",
     "毛乌素沙地风电光伏基地电力外送工程"),
    ("infrastructure", "阿克苏至巴楚段铁路扩能改造工程等加快推进",
     "阿克苏至巴楚段铁路扩能改造工程"),
    # a title that opens with its aim's verb after the verb enacting it, and its version
    ("policy", "推动修订优化营商环境条例，健全机制", "优化营商环境条例"),
    ("policy", "推动出台促進公平競爭條例，开展排查", "促进公平竞争条例"),
    ("policy", "亲商安商的人文环境，实施优化营商环境行动方案（2026版），建立",
     "优化营商环境行动方案（2026版）"),
    # a region named by its places, a national cultural zone, a provincial facility
    ("zone", "支持江淮生态经济区发展优势产业", "江淮生态经济区"),
    ("zone", "辽东绿色经济区中药材等特色产业快速发展", "辽东绿色经济区"),
    ("zone", "国家级客家文化（闽西）生态保护区获批", "国家级客家文化（闽西）生态保护区"),
    ("facility", "推进海口市文化馆建设，建设县级文化馆", "海口市文化馆"),
    # a national key laboratory named before its kind; officials' meetings
    ("facility", "建强白云鄂博稀土全国重点实验室和国家稀土功能材料制造业创新中心",
     "白云鄂博稀土全国重点实验室"),
    ("event", "高水平承办夏季达沃斯论坛、亚太经合组织高官会", "亚太经合组织高官会"),
    ("event", "第十届上海合作组织成员国农业部长会议等重大外事活动",
     "上海合作组织成员国农业部长会议"),
    # a phase's section, a line's own section or extension (天津)
    ("infrastructure", "加快推进7号线一期北段、11号线延伸线建设", "7号线一期北段"),
    ("infrastructure", "加快推进7号线一期北段、11号线延伸线建设", "11号线延伸线"),
    ("infrastructure", "城市交通有序改善，地铁4号线北段建成通车", "地铁4号线北段"),
    ("infrastructure", "盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等", "苏州北站综合枢纽"),
    ("infrastructure", "加快娄里水库等重点项目建设，力促", "娄里水库"),
    ("infrastructure", "加快实施青铜峡、沙坡头、红寺堡灌区现代化改造", "红寺堡灌区"),
    ("infrastructure", "做大做强石家庄国际陆港，支持邯郸建设", "石家庄国际陆港"),
    ("base", "京东方第6代AMOLED生产线项目已全面投产", "京东方第6代AMOLED生产线"),  # 第 6 代
    ("infrastructure", "加快西宁至成都铁路建设", "西宁至成都铁路"),  # a line's two ends
    ("park", "六松现代产业园、中荷现代设施农业产业园", "六松现代产业园"),  # 六 a letter
    ("zone", "聚焦对外开放，高标准建设海南自由贸易港。", "海南自由贸易港"),
    ("zone", "加快虹桥国际商务区建设", "虹桥国际商务区"),
    ("park", "推动南港工业区高质量发展", "南港工业区"),
    ("facility", "建好庐山国家植物园", "庐山国家植物园"),
    ("infrastructure", "扎实推进藏粤直流、青藏铁路格拉段电气化改造工程", "藏粤直流"),
    ("infrastructure", "推动西部陆海新通道建设提质增效", "西部陆海新通道"),
    ("facility", "五源河体育馆建成", "五源河体育馆"),
    ("infrastructure", "建成董家口至五莲铁路", "董家口至五莲铁路"),
    ("infrastructure", "加快推动波密至然乌段铁路建设", "波密至然乌段铁路"),
    ("infrastructure", "推进富裕至加格达奇铁路", "富裕至加格达奇铁路"),  # jieba: 加|格|达|奇
    ("event", "成功举办第十八届中国—拉美企业家高峰会、", "中国—拉美企业家高峰会"),  # two places
    ("event", "办好第九届中国—亚欧博览会，", "中国—亚欧博览会"),
    ("park", "推动天津滨海—中关村科技园、宝坻", "天津滨海—中关村科技园"),
    ("base", "京东方第六代AMOLED生产线项目已全面投产", "京东方第六代AMOLED生产线"),
    ("infrastructure", "完成双堠水库主体工程，实现官路水库蓄水", "双堠水库主体工程"),
    ("zone", "昆明中央法务区揭牌运行", "昆明中央法务区"),
    ("platform", "上线运行企业走出去综合服务平台，", "企业走出去综合服务平台"),
    ("centre", "设立长三角国家技术创新中心安徽中心，", "长三角国家技术创新中心安徽中心"),
    ("centre", "滁州保税物流中心（B型）获批设立", "滁州保税物流中心（B型）"),
    ("fund", "设立省战略性新兴产业基金集群，", "省战略性新兴产业基金集群"),
    ("fund", "设立长三角创业投资引导基金，", "长三角创业投资引导基金"),
    ("event", "世界制造业大会、徽商大会等国际影响力不断扩大", "世界制造业大会"),
    ("event", "成功承办全国城市更新工作推进会，", "全国城市更新工作推进会"),
    ("event", "举办徽学学术大会，徽州文化研究院揭牌", "徽学学术大会"),
    ("event", "做优做强“海客圆桌会”、“理解中国”课程等品牌", "海客圆桌会"),
    ("policy", "制定合肥滨湖科学城实体化改革实施方案，", "合肥滨湖科学城实体化改革实施方案"),
    ("policy", "深入实施浦东综合改革试点方案，完成", "浦东综合改革试点方案"),
    ("policy", "认真贯彻民营经济促进法，向民间资本", "民营经济促进法"),
    ("policy", "落实全国统一大市场建设条例，综合整治", "全国统一大市场建设条例"),
    ("policy", "推出稳经济“30条”和支持科技型企业", "稳经济30条"),
    ("policy", "外向型企业高质量发展“双20条”政策", "双20条"),
    ("programme", "优化升级江淮英才计划，实施", "江淮英才计划"),
    ("programme", "深入实施“千万工程”，", "千万工程"),
    ("event", "精心举办“一节四季”等扩消费活动，", "一节四季"),
    ("event", "开展“赣贸优品 惠通全球”系列供采对接活动", "赣贸优品惠通全球"),  # name: no space
    ("event", "开展“好运山东”系列赛事", "好运山东"),
    ("infrastructure", "推动“吉电入京”特高压输电通道建设", "吉电入京"),  # words, then a head
    ("platform", "“信用湖南”一体化平台上线运行", "信用湖南"),
    ("platform", "「齐鲁农云」数字乡村大脑上线", "齐鲁农云"),  # corner quotes
    ("centre", "“雅江1号”智算中心建成运营", "雅江1号"),
    ("event", "召开闽宁协作联席会、闽宁镇高质量发展现场会", "闽宁协作联席会"),
    ("event", "第32届布鲁塞尔国际葡萄酒大奖赛共有50多个国家参会", "布鲁塞尔国际葡萄酒大奖赛"),
    ("facility", "北京工业大学房山校区、北京儿童医院亦庄院区等开工建设", "北京儿童医院亦庄院区"),
    ("infrastructure", "天津马拉松成功举办，京津城际提速", "京津城际"),
    ("centre", "首都国际会展中心正式投用", "首都国际会展中心"),  # 首都: a place, not an adverb
    ("programme", "实施新一轮全民健身计划", "全民健身计划"),  # 新一轮: a round, no plural
    ("base", "加快漳州核电一期建设", "漳州核电一期"),  # a first phase, as 二期
    ("infrastructure", "大石峡水利枢纽、淖毛湖输变电工程建成投运", "大石峡水利枢纽"),
    ("event", "办好第十八届省运会，加强体育设施建设", "省运会"),  # 运会 after one letter
    ("programme", "实施“吉林工匠”培育工程，", "吉林工匠"),
    ("programme", "开展“黑土粮仓”科技会战。", "黑土粮仓"),
    ("event", "深化“书香京城”全民阅读活动", "书香京城"),
    ("event", "“百戏入皖·星耀合肥”、“超级皖”美食争霸赛", "超级皖"),
    # a campaign after what it does or how long it runs; a short slogan-like word before 工程
    ("programme", "扎实推进“手拉手”以才引才专项行动。", "手拉手"),
    ("programme", "实施“科创100”上市专项行动，", "科创100"),
    ("programme", "深入推进“暖心民政”三年行动，", "暖心民政"),
    ("programme", "實施“八閩英才”培養計劃。", "八闽英才"),  # (traditional) a numeral, no count
    ("infrastructure", "推进“三北”工程建设，", "三北"),
    ("park", "建设大连国家级数据产业集聚区，", "大连国家级数据产业集聚区"),  # a place
    # a list of works that holds an irrigation district, which is no administrative one
    ("infrastructure", "加快建设长塘水库、邕北灌区、黑水河灌区等水利项目。", "长塘水库"),
    ("infrastructure", "紅嶺灌區、邁灣水利樞紐等9個重大水利工程", "迈湾水利枢纽"),
    # a quoted event the hold verb governs across a year and a scope, or the list it is in
    ("event", "办好2026年全国“村BA”（南部赛区）等赛事", "村BA"),
    ("event", "办好省第十七届运动会、“赣超”、“百羽争锋”、环鄱阳湖国际自行车赛", "百羽争锋"),
    ("event", "舉辦“寧超”、“寧青超”、“寧BA”，豐富群眾", "宁BA"),  # traditional
    ("event", "办好汉中油菜花节、安康汉江龙舟节", "安康汉江龙舟节"),  # festivals
    ("event", "辦好金雞百花電影節、中國歌劇節等活動", "中国歌剧节"),
    # parallel phrases in quotes right before a programme's head name it
    ("programme", "持续推进国有企业“争链主、强集群”行动", "争链主、强集群"),
    ("infrastructure", "实施“千村引领、万村提升”工程", "千村引领、万村提升"),
    # a law by its name after the verb that carries it out
    ("policy", "以高水平管理推动财政高质量发展。落实增值税法，优化税收征管。", "增值税法"),
    ("policy", "贯彻新修订的国家通用语言文字法，", "国家通用语言文字法"),
    ("policy", "编制实施“十五五”碳达峰行动方案，", "碳达峰行动方案"),  # a period, no name
    ("policy", "聚焦国家产业发展与转移指导目录，", "国家产业发展与转移指导目录"),  # a catalogue
    ("infrastructure", "环北龙山旅游风景道入选", "环北龙山旅游风景道"),  # scenic roads
    ("infrastructure", "推进“山海画廊·魅力闽道”旅游公路建设", "山海画廊·魅力闽道"),
    ("policy", "以更优效能依法行政，落实法治天津建设规划，", "法治天津建设规划"),  # by its place
    # the works on a facility run on to 工程
    ("infrastructure", "完成长沙机场改扩建工程竣工验收", "长沙机场改扩建工程"),
    ("infrastructure", "推进南宁吴圩机场T3航站区及配套设施工程",
     "南宁吴圩机场T3航站区及配套设施工程"),
    # a province's government app; a project by its number
    ("platform", "提升“湘易办”服务功能，", "湘易办"),
    ("platform", "提高“陕企通”“秦信融”等服务水平", "秦信融"),
    ("infrastructure", "有力推进“117项目”司法出清", "117项目"),
    # towns of study by their place; a zone of experiment
    ("park", "推动良乡大学城、沙河高教园高质量发展", "沙河高教园"),
    ("zone", "深化国家文化产业创新实验区建设", "国家文化产业创新实验区"),
    ("park", "加快推进西宁绿电智算融合示范园建设", "西宁绿电智算融合示范园"),
    ("event", "支持办好西安国际车展、养老产业博览会", "西安国际车展"),
]


@pytest.mark.parametrize(("category", "text", "name"), EXAMPLES)
def test_a_report_sentence_holds_its_name_with_its_category(
    category: str, text: str, name: str
) -> None:
    assert _categories(text).get(name) == category


@pytest.mark.parametrize(("category", "text", "name"), EXAMPLES[::4])
def test_the_same_sentence_in_traditional_script_gives_the_same_name(
    category: str, text: str, name: str
) -> None:
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(text)
    assert traditional != text
    assert _categories(traditional).get(name) == category


def test_an_ordinal_before_a_name_is_no_count_of_it() -> None:
    """A count before a kind vetoes it (建设20个校企联合实验室), an ordinal (第二批) does not."""
    assert _names("获批第二批永川大数据产业园") == ["永川大数据产业园"]
    assert _names("获批第2批永川大数据产业园") == ["永川大数据产业园"]


def test_an_ordinal_batch_is_no_phase() -> None:
    """国家第二期“双高计划”: 第二期 is a batch of the programme, not a phase named 国家第二期."""
    assert _names("8所职业院校入选国家第二期“双高计划”") == ["双高计划"]


def test_a_verb_s_zhi_opens_no_line() -> None:
    """至 after a verb is its own (扩大至, 延伸至): the line has no first end there."""
    assert _names("延伸至永川铁路") == ["永川铁路"]
    assert _names("扩大至沿线铁路") == []


def test_a_quoted_brand_is_named_by_the_type_after_it_whatever_head_it_holds() -> None:
    """“投资自贸港”品牌: a generic head inside the quotes is no veto when a type noun follows."""
    assert _categories("擦亮“投资自贸港”品牌，") == {"投资自贸港": "programme"}


def test_a_mention_of_a_longer_name_wins_over_the_shorter_name_it_holds() -> None:
    """A title found once (《海南自由贸易港建设总体方案》) is a name at its bare mentions too,
    over the head-noun name inside it."""
    text = "出台《海南自由贸易港建设总体方案》。全面落实海南自由贸易港建设总体方案，"
    assert _names(text) == ["海南自由贸易港建设总体方案"] * 2


def test_a_dash_joins_two_places_only() -> None:
    """A dash between places opens the name (中国-中亚荒漠化防治合作中心); between other words
    (科技—产业) or a year range it stops the walk as before."""
    assert "中国-中亚荒漠化防治合作中心" in _names("三是中国-中亚荒漠化防治合作中心落户宁夏")
    assert _names("推动科技—永川大数据产业园建设") == ["永川大数据产业园"]


# Counterexamples: a category with no specific part, a word cut out of a longer one, a
# document word, a slogan, a ranking, a meeting of this very text. None is a name.
COUNTEREXAMPLES = [
    "学中心（中医类）和12个国家区域医疗中心，90家县级医院",  # a category
    "布局4个基础科学中心，实施科技攻关项目",
    "获批国家技术创新中心和分中心6家",
    "优化中试平台布局，新建7家高质量概念验证平台和6家高质量孵化器",
    "坚决防止新增地方政府融资平台",
    "构建新型电力系统，",
    "加强医保基金监管",
    "新增国家现代农业产业园11个、优势特色产业集群",  # a verb before a category
    "首批10个未来产业先导区集聚产业链核心企业",
    "大力吸引企业设立全球供应链管理中心，",
    "推进政府系统党风廉政建设",  # a word cut out of a longer one
    "精心举办扩消费活动，探索中心城区“保税+”消费新场景",
    "坚持系统治理、依法治理",
    "审查《纲要（草案）》和《建议》",  # a document word
    "深刻领悟“两个确立”的决定性意义",  # slogans and counts
    "新开工建设“两重”项目178个",
    "“新三样”产品出口增长17.4%",
    "加快建设“五个中心”",
    "武王墩一号墓入选“全国十大考古新发现”",  # a ranking
    "此次大会是在关键时期召开的重要会议",  # this very meeting
    "不搞“形象工程”、“政绩工程”",  # a plain word before 工程, no cue
    "建成世界最长高速公路隧道",  # an evaluation
    "跨区域园区、飞地园区加快发展",  # a strict head with no place
    "加快病险水库除险加固，推进大中型灌区现代化改造",  # a reservoir's state, a district's size
    "奇瑞汽车登陆港交所",  # 陆港 alone is no head
    "推进智慧国际陆港建设",  # a strict head with no place
    "新建扩建水源型水库58座",  # a type names a kind
    "在二连浩特等口岸开展试点，推进文艺精品创优等工程",  # 等 before a head closes a list
    "加快昌吉、伊犁河谷等玉米制种基地建设",  # … or before the kind of the list
    "实施雅魯藏布江流域等關鍵區域生態修復工程",  # (traditional)
    "建设20个校企联合实验室，布局39个自治区专科区域医疗中心",  # a counted kind
    "实施30项市级疏堵工程，建設5家左右專業類省級概念驗證中心",
    "建设两大基地，实施百万吨级工程示范",  # numerals that count or measure
    "深化“四条标准”教育实践活动和“学法规、守戒律”教育活动",  # a count, a slogan of parts
    "“机器管招投标”实现工程建设领域全覆盖",  # a verb says what it does
    "加快昌都区域副中心城市建设，落实主体功能区战略",  # a city's role, a strategy
    "推进“沙戈荒”新能源外送通道“宁电入湘”",  # the work's own name follows its head
    "建成12个省市医院新院区，运动员勇夺男子马拉松冠军",  # a kind; a discipline
    "推动老旧工业区改造，开辟绿色通道，建设自由贸易港",  # strict heads with no place
    "推进项目建设行动方案，加快建设行动方案",  # the work a plan is for, with nothing it is on
    "以法治政府建设促进法治社会建设",  # 促进法 inside 促进法治
    "建成“铸牢”教育示范学校304所、教育实践基地20个。",  # a kind, counted
    "培育標準化鄉鎮養老服務中心400家，推動托育服務",  # traditional
    "统筹山水林田湖草沙系统治理，深化招投标领域突出问题系统整治",  # 系统: systematically
    "因地制宜发展平台经济，引育专业化特色化平台服务企业",  # a head as a modifier
    "因地制宜發展平台經濟，引育專業化特色化平台服務企業",
    "在安徽省第十四届人民代表大会第四次会议上，召开表彰大会",  # a body, a kind
    "加快项目建设工程，参加各类博览会",  # 建设 with too little before it; a quantifier
    "推动“苏品苏货”上平台、上商超",  # a verb says what the quoted thing does
    "省级实验室跻身全国重点实验室，牵头建设44家全国重点实验室",  # kinds
    "打造临空经济区，严格落实中央八项规定及其实施细则精神",  # a kind; the rules of a rule
    "开展“生态环境保护治理攻坚年”九项行动",  # a count of actions after the quote
    "深入开展“四水四定”全面深化年行动，用好“一站式”综合服务平台",  # counted parts; a manner
    "扩大“双导师制”培养工程硕博士规模",  # engineering, no works
    "推进“两重”项目建设，守住“三保”底线",  # slogans before other heads
    "打造现代化产业集聚区，提升夜間消費集聚區品質",  # a strict head with no place
    "办好民生“头等大事”",  # what is held, no event: no item of a list before it
    "实施债券融资提升和不动产投资信托基金扩容计划",  # REITs, a class of assets
    "满足元宇宙场景呈现及综艺节目录制需求，编制特色优势产业目录",  # 节目|录制; all generic
    "打造各具特色的对台交流合作平台，用好國家向南開放平臺",  # what it faces, no name
    "编制国土空间规划，重庆高标准规划建设一批园区",  # a kind of plan; 规划 as a verb
    "推行“一网通办”“掌上办”，实现“村村通”，打造“十大产业项目”",  # reform labels; a count
    "推进高教园、大学城建设",  # the kinds, with no words of their own
    "建设现代农业示范园",  # a kind
]


@pytest.mark.parametrize("text", COUNTEREXAMPLES)
def test_categories_cut_words_documents_and_slogans_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_a_count_after_a_name_makes_it_a_kind_only_when_it_counts_the_name() -> None:
    assert _names("建成永川大数据产业园3个。") == ["永川大数据产业园"]  # a place: one each
    assert _names("建成沿黄生态廊道1194公里。") == ["沿黄生态廊道"]  # a length of one thing
    # the count of the noun after it sums a list up
    assert _names("引进达瓦大数据学院、勾正数据全国实训中心3个人才项目。") == [
        "勾正数据全国实训中心"]


def test_a_reservoir_names_the_rule_and_the_work_it_holds() -> None:
    """A reservoir inside a longer name does not cut it (it closes no name's walk)."""
    assert _names("落实密云水库水源保护条例") == ["密云水库水源保护条例"]
    assert _names("完成尔王庄水库增容工程") == ["尔王庄水库增容工程"]


def test_small_and_micro_enterprises_are_no_size_of_the_base() -> None:
    assert _names("成功获批国家小型微型企业创业创新示范基地") == [
        "国家小型微型企业创业创新示范基地"]
    assert _names("成功獲批國家小型微型企業創業創新示範基地") == [  # traditional
        "国家小型微型企业创业创新示范基地"]


def test_a_specific_part_makes_a_category_a_name() -> None:
    """The same head after a place, a proper noun or a bracket is a name."""
    assert _names("国家生物育种产业创新中心建成投用") == ["国家生物育种产业创新中心"]
    assert _names("加快建设苏州工业园区") == ["苏州工业园区"]
    assert _names("建设富平园区") == ["富平园区"]
    assert _names("建设飞地园区") == []


def test_a_verb_before_a_name_stays_out_but_a_place_tagged_as_a_verb_stays_in() -> None:
    assert _names("落实自贸试验区提升战略，建设包头氢能装备制造产业园、") == [
        "包头氢能装备制造产业园"
    ]
    assert _names("提升贸易中心能级") == []


@pytest.mark.parametrize(("text", "name"), [
    ("建好建强国家中欧班列（沈阳）集结中心，", "国家中欧班列（沈阳）集结中心"),  # jieba: a noun
    ("协同做好宁河京津合作示范区资源导入", "宁河京津合作示范区"),
    ("注重扬长避短，争建国家脑机接口技术创新中心", "国家脑机接口技术创新中心"),
    ("投资建设运营暹粒吴哥国际机场，", "暹粒吴哥国际机场"),  # 运营 away from the head
    ("建強國家煤炭供應保障基地，", "國家煤炭供應保障基地"),  # traditional script
])
def test_a_governing_verb_jieba_calls_a_noun_stays_out(text: str, name: str) -> None:
    assert [f.text for f in extract(text, kinds=["project"]).projects] == [name]


def test_a_verb_right_before_its_head_is_the_name_s_own() -> None:
    """运营, 保障 govern a name further left but name a kind of centre or base right before its
    head; a generic rest of a governed phrase is no name (有效化解地方政府融资平台)."""
    assert _names("建设国家煤炭供应保障基地") == ["国家煤炭供应保障基地"]
    assert _names("成立永川数据运营中心") == ["永川数据运营中心"]
    assert _names("有效化解地方政府融资平台经营性债务风险") == []


def test_every_category_has_heads() -> None:
    assert all(HEADS_BY_CATEGORY.values())
    assert sum(map(len, HEADS_BY_CATEGORY.values())) == len(HEAD_WORDS)


def test_items_of_a_list_are_each_a_name() -> None:
    text = "世界制造业大会、RCEP地方政府暨友城合作（黄山）论坛、徽商大会等国际影响力不断扩大"
    assert _names(text) == ["世界制造业大会", "RCEP地方政府暨友城合作（黄山）论坛", "徽商大会"]


def test_items_sharing_one_head_are_left_to_the_one_that_has_it() -> None:
    """X、Y高铁 (rules.py docstring): the bare X is a place word without its head."""
    text = "北沿江、通苏嘉甬、盐泰锡常宜高铁和南京北站开工建设"
    assert _names(text) == ["盐泰锡常宜高铁", "南京北站"]
    assert _names("紫金山、太湖、钟山、云龙湖等实验室") == []


def test_a_quoted_name_needs_a_cue() -> None:
    assert _names("精心举办“一节四季”等扩消费活动") == ["一节四季"]
    assert _names("“一节四季”深入人心") == []
    assert _names("深入实施“千万工程”") == ["千万工程"]


def test_the_gazetteer_knows_places_and_regions_but_not_common_words() -> None:
    assert all(map(has_place, ["合肥", "长三角", "周口港"]))
    assert not any(map(has_place, ["合作", "国家区域"]))


def test_the_longest_name_wins_at_each_start_and_mentions_do_not_overlap() -> None:
    automaton = names_automaton(["永企惠", "永企惠平台", "惠平台服务"])
    found = leftmost_longest(automaton, "用永企惠平台服务和永企惠")
    assert found == [(1, 6, "永企惠平台"), (9, 12, "永企惠")]


def test_repeated_mentions_of_many_names_are_all_found() -> None:
    names = [f"永川星{c}产业园" for c in "甲乙丙丁戊己庚辛壬癸"]
    text = "。".join(f"建设{n}" for n in names) + "。" + "，".join(names) + "。"
    assert _names(text) == names + names


def test_bare_document_titles_and_heads_after_marks_make_no_candidate() -> None:
    """'《计划》' * 2.5 M took 4.2 GB: every match was kept as a vetoed candidate (issue 12)."""
    from yongchuan_facts.normalization.textmap import normalize
    from yongchuan_facts.rules.ruleset import Context

    ctx = Context(normalize("《计划》" * 1000 + "，平台" * 1000))
    assert [c for rule in rule_set.rules for c in rule.run(ctx)] == []


def test_jieba_leaves_no_file_in_the_temp_folder(tmp_path: object) -> None:
    """No shared cache on disk (issue 12, item 9): nothing planted there can change a name."""
    code = (
        "from yongchuan_facts import extract\n"
        "assert [f.name for f in extract('建设渝西大数据中心').projects] == ['渝西大数据中心']\n"
    )
    env = {"TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env | _pythonpath())
    assert list(tmp_path.iterdir()) == []  # type: ignore[attr-defined]


def _pythonpath() -> dict[str, str]:
    import os

    return {"PYTHONPATH": os.environ["PYTHONPATH"]} if "PYTHONPATH" in os.environ else {}


def test_two_names_side_by_side_stay_two_unless_the_second_is_a_work_on_the_first() -> None:
    """A caption's 数字指挥中心长城汽车永川生产基地 holds two names; 基地电力外送工程 is one
    work."""
    assert "长城汽车永川生产基地" in _names("永川区数字指挥中心长城汽车永川生产基地")
    assert _names("推进风光基地电力外送工程。") == ["风光基地电力外送工程"]


def test_a_law_s_name_is_no_mention_where_it_opens_another_word() -> None:
    """海南自由贸易港法 once found, 海南自由贸易港法规 (its regulations) is no mention of it."""
    text = "深入实施海南自由贸易港法，完善海南自由贸易港法规体系。"
    assert _names(text).count("海南自由贸易港法") == 1


def test_a_plan_s_subject_after_dui_is_no_orientation() -> None:
    """对 before a place or a platform says what it faces; before a plan it is the plan's
    subject (对非贸易倍增计划), whose name goes on."""
    assert [n for n in _names("推动对非贸易倍增计划落地见效") if n.endswith("贸易倍增计划")]
