"""Project span rules: book titles 《…》, quoted names, head-noun names, expo abbreviations.

    >>> from yongchuan_facts import extract
    >>> [f.name for f in extract("全力建立渝西大数据中心，推广“服务公社”信息惠民平台").projects]
    ['渝西大数据中心', '服务公社']

Every rule works on the normalized text (simplified, OCR line breaks dropped), so the `name`
is read straight from the match; the engine maps the span back to the raw text.

What makes a name (issue 10):
- **A head noun** from `lexicon.HEADS_BY_CATEGORY` (park, zone, base, facility, infrastructure,
  platform, centre, fund, system, event, policy, programme), found with one Aho-Corasick
  automaton. The name ends at its head, or after a section or phase of a line
  (`合新高铁安徽段`, `京沪高速新沂至江都段`, `18号线二期`) or a type bracket (`物流中心（B型）`),
  and never inside a word of the sentence (`中心城区`, `系统治理`: no name).
- **A start** found by walking jieba's words left from the head (widen.py): it stops at a
  governing verb, a description, a number or punctuation, and never starts on a verb or a
  function word by jieba's tag (`新增 | 国家现代农业产业园`).
- **A specific part**: a place from the gazetteer (places.txt), a proper noun by jieba's tag, a
  digit or Latin token, a bracket, quote or `·`, or at least one word that is not a category
  word. `国家区域医疗中心`, `中试平台`, `融资平台`, `政府系统` are categories, not names.
- **A quoted name** (`“千万工程”`) needs a cue: a type word after it (`“永企惠”平台`), a launch
  or hold verb before it (`上线`, `举办`), an event head right after it (`“超级皖”美食争霸赛`),
  or a `等…活动/行动/品牌` frame. Slogans (`“两个确立”`, `“两重”`, `“新三样”`), periods
  (`“十五五”`) and rankings (`“全国十大考古新发现”`) are not names.
- **Lists**: each item of a 、-list that has its own head is its own fact
  (`世界制造业大会、…论坛、徽商大会`). Items that **share one head** (`北沿江、通苏嘉甬、盐泰锡常宜
  高铁`, `紫金山、太湖…等实验室`) are left to the item that carries the head: the bare items are
  place words without it, and giving them the head would write text the source does not have.
  Quoted items beside a found quoted name are names too (`build.coordinated_names`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick
import regex

from ..drafts import ProjectDraft, Proposal
from ..patterns import one_of, policy_nickname_ending
from ..prefilter import Anchor
from ..ruleset import Context, Rule, RuleSet
from .lexicon import (
    CUES_BEFORE_QUOTE,
    EXPO_ABBREVIATIONS,
    EXPO_PREFIXES,
    GOVERNMENT_CENTRES,
    HEAD_WORDS,
    HEADS_AS_VERBS,
    HOLD_VERBS,
    NOT_PROJECTS,
    SECTIONED_HEADS,
    TYPE_AFTER_QUOTE,
)
from .places import has_place, places
from .segment import tokens
from .widen import glued_to_next_word, has_specific_part, is_generic, name_start

rules = RuleSet("project")


def _found(name: str, category: str, span: tuple[int, int] | None = None) -> Proposal:
    """A project as its rule found it, typed here: `Rule.run` has no dict to convert (issue 11)."""
    return Proposal(ProjectDraft(name=name, category=category), span)


_HEADS_LONGEST_FIRST = sorted(HEAD_WORDS, key=len, reverse=True)
_HEAD_LENGTHS = sorted({len(h) for h in HEAD_WORDS}, reverse=True)
_HEAD_LAST = frozenset(h[-1] for h in HEAD_WORDS)


def _head_at_end(name: str) -> str | None:
    """The head noun `name` ends with, the longest if several do (what the alternation of the
    heads anchored at the end found searching from the left, without trying every position).
    A quoted name never holds a line break, so `$` before a final one needs no counterpart."""
    if name[-1:] not in _HEAD_LAST:  # most quoted texts end in no head's letter: no slices
        return None
    for size in _HEAD_LENGTHS:
        if size <= len(name) and name[-size:] in HEAD_WORDS:
            return name[-size:]
    return None


# a policy nickname: a theme and its number of articles (大数据发展20条, 职教24条)
_POLICY_NICKNAME = regex.compile(r"\p{Han}{1,12}\d{1,3}条")
# quoted text that is a slogan or a list, not a name: 1+6, 实验室、封闭道路, 综治中心+网格化; a
# period (十四五); a short counted slogan (两重, 三保, 新三样, 两个确立, 五个中心); a ranking or an
# honour (全国十大考古新发现)
_NUMERAL = "一二三四五六七八九十两双百千万"
_LIST_OR_SENTENCE_MARKS = "+、，,；;：:！？!?。…×"
_SLOGAN = regex.compile(
    rf"[{_LIST_OR_SENTENCE_MARKS}]|^[\d\p{{N}}]+$|^[{_NUMERAL}]+$|^\p{{Han}}{{0,1}}[{_NUMERAL}]\p{{Han}}{{0,1}}$"
    rf"|^[{_NUMERAL}]+[个大项]|[{_NUMERAL}][大强佳]"
)
# A book title that is only a document word is a reference back to a document named earlier
# (《纲要（草案）》, 《建议》, 《计划》): no name of its own. Bracketed inserts aside.
_DOCUMENT_WORD = regex.compile(
    r"(?:政府工作)?(?:(?:纲要|草案|建议|报告|计划|规划|意见|决定|方案|办法|条例|通知|决议|规定|细则)"
    r"(?:[（(][^（()）]{0,6}[）)])?)+"
)


@rules.rule(
    # a bare document word is left out by the pattern itself, not vetoed by the function: a
    # text of 《计划》 repeated makes no candidate at all (issue 12, item 7: memory)
    r"《(?!" + _DOCUMENT_WORD.pattern + r"》)(?P<name>[^《》\n]{2,60})》",
    examples={"印发《重庆市新型基础设施建设行动方案》": "《重庆市新型基础设施建设行动方案》",
              "出台《永川英才培育引进激励办法》": "《永川英才培育引进激励办法》"},
    counterexamples=["《》", "《一》", "审查《纲要（草案）》", "《计划》《计划》", "《建议》提出"],
)
def book_title(m: regex.Match[str], ctx: Context) -> Proposal:
    """《<title>》 → a policy document; the span keeps the marks, the name drops them. A bare
    document word (《纲要（草案）》, 《计划》) names nothing."""
    return _found(m["name"], "policy")


@rules.rule(
    r"(?P<open>[“\"‘])(?P<name>[^“”\"‘’\n]{2,24}?)[”\"’]",
    examples={
        "加快推广“服务公社”信息惠民平台": "服务公社",
        "出台“大数据发展20条”等政策": "大数据发展20条",
        "在“永企惠”平台上": "永企惠",
        "设立“永川区服务外包产业园”": "永川区服务外包产业园",
        "2月上线运行的“永企惠”，是": "永企惠",
    },
    counterexamples=["构建“1+6”大数据产业", "打造“智造重镇”", "从“呼叫”起家",
                     "形成集“实验室、封闭道路”为一体", "注册成立“重庆元宇宙数字科技有限公司”"],
)
def quoted_name(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """“<name>” that ends in a head noun, is a policy nickname, is followed by a type noun
    (“永企惠”平台) or follows a launch verb (上线运行的“永企惠”). The span is the quoted part."""
    name = m["name"].strip()
    text = ctx.tm.text
    if (not could_be_name(name) and not _region_works(text, m.end(), name)
            and not _parallel_title(text, m.end(), name)):
        return None
    category = _quoted_category(text, m, name)
    if category is None:
        return None
    return _found(name, category, m.span("name"))


def _region_works(text: str, end: int, name: str) -> bool:
    """A short quoted word that reads as a slogan, right before 工程: the works of the region
    it abbreviates (“三北”工程, the shelterbelt of the three norths; “三进”工程), as a plain
    name with 工程 is one (三北工程). Not before other heads (“两重”项目, “三保”底线).

        >>> _region_works("推进“三北”工程建设", 6, "三北"), _region_works("“两重”项目", 4, "两重")
        (True, False)
    """
    return len(name) <= 3 and text.startswith("工程", end) and _SLOGAN_MARKS.search(name) is None


_SLOGAN_MARKS = regex.compile(f"[{_LIST_OR_SENTENCE_MARKS}]")  # a list or a sentence, no word


def _parallel_title(text: str, end: int, name: str) -> bool:
    """Parallel phrases in quotes right before a programme's head: the programme's title
    (“千村示范引领、万村共富共美”工程, “争链主、强集群”行动, “登高、升规、晋位、上市”工程).
    Not before other words (“学法规、守戒律”教育活动: the slogan of a campaign described).

        >>> _parallel_title("“攀高峰、强特色”工程", 9, "攀高峰、强特色")
        True
    """
    return (text.startswith(_PROGRAMME_HEADS, end) and "、" in name
            and _PARALLEL_PHRASES.fullmatch(name) is not None)


_PROGRAMME_HEADS = ("工程", "行动", "计划")
_PARALLEL_PHRASES = regex.compile(r"\p{Han}{2,8}(?:、\p{Han}{2,8}){1,3}")


def could_be_name(quoted: str) -> bool:
    """Whether a quoted text may be a project's name: no slogan, list or organisation."""
    if _SLOGAN.search(quoted.replace(" ", "")) and not _POLICY_NICKNAME.fullmatch(quoted):
        return False
    return not quoted.endswith(_NOT_A_PROJECT_END)


_NOT_A_PROJECT_END = (*NOT_PROJECTS, *GOVERNMENT_CENTRES)  # built once: asked per quote


def _quoted_category(text: str, m: regex.Match[str], name: str) -> str | None:
    """The category a quoted text earns from its own head, its nickname shape or its context."""
    head = _head_at_end(name)
    if head == "工程":
        head = None  # “千万工程”: a programme, whatever 工程 heads in a plain name; but one
        # plain word before it needs a cue (不搞“形象工程”、“政绩工程”)
        if regex.search(f"[{_NUMERAL}]", name[:-2]) or not is_generic(name[:-2], head="工程"):
            return "programme"
    cued = text[max(0, m.start() - 6) : m.start()].endswith(CUES_BEFORE_QUOTE)
    if head is not None and name[0] in _NUMERAL and not cued:
        return None  # “三区一中心”, “五个中心”: a count of kinds, a slogan
    if head is not None:  # “永川区服务外包产业园”, “大数据产业园” after 更名为; not “呼叫中心”
        generic = is_generic(name[: len(name) - len(head)]) and not cued
        # … or, generic, when a type noun names it (“投资自贸港”品牌: a brand, no kind of port)
        return HEAD_WORDS[head] if not generic else _type_after(text, m.end())
    # each regex below is tried only when the letter it must start or end with is there: most
    # quotes name nothing, and were three regex calls each (issue 11)
    if name.endswith("条") and _POLICY_NICKNAME.fullmatch(name):
        return "policy"
    if name.endswith("行动") and len(name) >= 4 and not _counts_from(name):
        return "programme"  # 精准实施“格桑花行动”; not “十项行动”, a count of actions
    kind = _type_after(text, m.end()) or _work_after(text, m.end(), name)
    if kind is not None:
        return kind
    if cued:
        return "platform"
    shaped = _category_by_shape(name)
    if shaped is not None:
        return shaped
    # “超级皖”美食争霸赛, 举办“一节四季”等扩消费活动, “赣贸优品 惠通全球”系列供采对接活动
    if (_event_after(text, m.end()) or _series_after(text, m.end(), name)
            or text[max(0, m.start() - 4) : m.start()].endswith(HOLD_VERBS)
            or _held_further_before(text, m.start())):
        return "event"
    if text.startswith(("、", "等"), m.end()) and _FRAME_AFTER.match(text, m.end()):
        return "programme"  # “千万工程”等…行动
    return None


# A province's government app or service platform: its one-letter name, a word, and 办, 通 or
# 融 (湘易办, 苏服办, 鲁惠通, 闽政通, 陕企通, 秦信融), or a place of the gazetteer and 通 (山东通);
# not a reform's label (一网通办, 掌上办, 村村通), which no place opens. (The one-letter names
# are a table: the gazetteer leaves them out, most are common letters.)
_PROVINCE_LETTERS = frozenset(
    "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁")
_APP_LAST = frozenset("办通融")
# a project by its number (“117项目”); a count of kinds has a classifier (“十大产业项目”)
_NUMBERED_PROJECT = regex.compile(r"\d{2,4}(?:项目|工程)")


def _category_by_shape(name: str) -> str | None:
    """A quoted name that says what it is by its shape alone: a province's government app
    (提升“湘易办”服务功能) or a project by its number (推进“117项目”司法出清)."""
    if name[-1] in _APP_LAST and ((len(name) == 3 and name[0] in _PROVINCE_LETTERS)
                                  or name[:-1] in places()):
        return "platform"
    if name[0].isdigit() and _NUMBERED_PROJECT.fullmatch(name):
        return "infrastructure"
    return None


def _counts_from(name: str) -> bool:
    """Whether a quoted text opens with a number, as a count of kinds does (“十项行动”,
    “7个专项行动”)."""
    return name[0] in _NUMERAL or name[0].isdigit()


# a type noun right after the closing quote (“永企惠”平台): no noun is the start of another, so
# the alternation finds the one the nouns tried in turn found, in one call instead of 24
_TYPE_AFTER = regex.compile(one_of(TYPE_AFTER_QUOTE))
_TYPE_FIRST = frozenset(noun[0] for noun in TYPE_AFTER_QUOTE)


def _type_after(text: str, end: int) -> str | None:
    """The category a type noun right after the closing quote gives (“永企惠”平台: platform;
    a type no head names, 品牌, 专项: programme), or None. The regex only where its first
    letter is."""
    if text[end : end + 1] not in _TYPE_FIRST:
        return None
    noun = _TYPE_AFTER.match(text, end)
    return None if noun is None else HEAD_WORDS.get(noun.group(), "programme")
# a quoted name before an event's head (“超级皖”美食争霸赛) or in a frame 等…活动 / 等…行动
_EVENT_HEADS = [h for h, c in HEAD_WORDS.items() if c == "event"]
_EVENT_AFTER = regex.compile(r"\p{Han}{0,4}(?:" + "|".join(_EVENT_HEADS) + ")")
_EVENT_FIRST = frozenset(h[0] for h in _EVENT_HEADS)


def _event_after(text: str, end: int) -> bool:
    """Whether an event's head follows within four Han letters (`_EVENT_AFTER`). The head
    starts in the next five letters: when none of them starts an event head, the regex and
    its five backtracking tries are skipped (most quotes, issue 11)."""
    if _EVENT_FIRST.isdisjoint(text[end : end + 5]):
        return False
    return _EVENT_AFTER.match(text, end) is not None


# A work, a programme or a platform named by a quoted title and a few words of what it does
# (“吉电入京”特高压输电通道, “吉林工匠”培育工程, “信用湖南”一体化平台, “齐鲁农云”数字乡村大脑,
# “雅江1号”智算中心): no conjunction or 的 between (“一带一路”和…工程), no verb saying what the
# quoted thing does (“机器管招投标”实现工程建设领域全覆盖, “苏品苏货”上平台), and no quoted name
# after the head, which is the work's own (“沙戈荒”新能源外送通道“宁电入湘”).
# (“金芙蓉”省级政府投资基金: a fund); a campaign too, after what it does or how long it runs
# (“手拉手”以才引才专项行动, “科创100”上市专项行动, “暖心民政”三年行动)
_WORK_HEADS = ("工程", "计划", "行动", "通道", "会战", "平台", "大脑", "中心", "基金")
_WORK_KINDS = {"通道": "infrastructure", "平台": "platform", "大脑": "platform", "中心": "centre",
               "基金": "fund"}
# a count of kinds (numerals and a classifier: “五大文化”, “十项行动”), or a slogan counting
# its parts (“一河三山”, “四水四定”, “一干两支”); a short numeral-led word is a manner
# (“一站式”, “一张网”), none of them a title
_COUNT_OPENING = regex.compile(
    rf"[{_NUMERAL}]+[个项大类条件批种]|[{_NUMERAL}]\p{{Han}}{{1,2}}[{_NUMERAL}]")
_WORK_AFTER = regex.compile(
    r"(?!实现|推动|推进|加快|带动|开展|覆盖|助力|促进|上(?!市))"
    # (and no count of kinds between: “…攻坚年”九项行动 counts actions)
    rf"(?:(?![和与及的]|[{_NUMERAL}]+[项个类])\p{{Han}}){{1,6}}?"
    # (工程硕博士, 工程师: engineering, no works)
    rf"(?P<head>{one_of(_WORK_HEADS)})(?![“\"硕博师])")


def _work_after(text: str, end: int, name: str) -> str | None:
    """The category of a quoted title that a work's head follows within six letters, or None;
    not a count or slogan (“两重”建设工程, “五大文化”研究工程). A numeral that counts no kind
    opens a title of four letters or more (“八闽英才”培养计划, “百万英才兴海南”行动计划)."""
    if name[0] in _NUMERAL and (len(name) < 4 or _COUNT_OPENING.match(name) is not None):
        return None
    ahead = text[end : end + 9]  # (a regex call only where a head is near: few quotes)
    if not any(head in ahead for head in _WORK_HEADS):
        return None
    work = _WORK_AFTER.match(text, end)
    return None if work is None else _WORK_KINDS.get(work["head"], "programme")


# A series of events named by a short quoted title: 系列 or a few letters, then 活动 or 赛事
_SERIES_HEADS = ("活动", "赛事")
_SERIES_AFTER = regex.compile(rf"(?:系列)?\p{{Han}}{{0,8}}?(?:{one_of(_SERIES_HEADS)})")


def _series_after(text: str, end: int, name: str) -> bool:
    """Whether a series of events follows the quoted `name` (“好运山东”系列赛事). Not for a
    slogan of several parts (“学法规、守戒律…”教育活动) nor a count (“四条标准”, “千名医师
    下基层”…帮扶活动): a title is one short phrase."""
    if not 2 <= len(name) <= 8 or name[0] in _NUMERAL:
        return False
    ahead = text[end : end + 12]  # (a regex call only where 活动 or 赛事 is near: few quotes)
    if not any(head in ahead for head in _SERIES_HEADS):
        return False
    if "、" in name or "，" in name or "," in name or "；" in name:
        return False
    return _SERIES_AFTER.match(text, end) is not None


# A hold verb further before a quoted title, across a year and a scope (办好2026年全国“村BA”)
# or the items of the list the title is one of (办好省第十七届运动会、“赣超”、“百羽争锋”;
# 持续办好“湘超”“村BA”), within its clause. Not a word that says what is held
# (办好民生“头等大事”): no item ends before it.
_HELD_BEFORE = regex.compile(
    rf"(?:{'|'.join(HOLD_VERBS)})(?:\d{{4}}年)?(?:全国|全省|全区|全市)?"
    r"(?:[^，。；：,;:！？!?\n、“”\"]{1,16}[、和及]|[“\"][^“”\"\n]{1,12}[”\"][、和及]?)*$")
_HELD_REACH = 40


def _held_further_before(text: str, start: int) -> bool:
    """Whether the quote at `start` is an event a hold verb governs across a year, a scope or
    the items listed before it (`_HELD_BEFORE`). The regex only where a hold verb is near."""
    window = text[max(0, start - _HELD_REACH) : start]
    if "办" not in window and "举行" not in window:  # (every hold verb holds one of them)
        return False
    return _HELD_BEFORE.search(text, max(0, start - _HELD_REACH), start) is not None


_FRAME_AFTER = regex.compile(
    r"(?:、[“\"‘][^“”\"‘’\n]{2,24}[”\"’])*等\p{Han}{0,8}?(?:活动|行动|品牌|工程)"
)


# An item of a 、-list whose neighbour is a district or county (荣昌区、重庆高新区、万州区): an
# administrative area among areas, not a project (REVIEW.md: 重庆高新区 in such a list).
# Not the areas of works named alike (邕北灌区, 洋浦港区, 5A景区, 校区): 区 after their letter.
_NO_DISTRICT = "灌港景园校院厂矿林库牧社片"
_DISTRICT_BEFORE = regex.compile(  # 荣昌区、<name>
    rf"(?<!\p{{Han}})\p{{Han}}{{1,3}}(?<![{_NO_DISTRICT}])[区县]、$")
# <name>、万州区
_DISTRICT_AFTER = regex.compile(
    rf"、\p{{Han}}{{1,3}}(?<![{_NO_DISTRICT}])[区县](?=[等和及、，。；：,;:\s\d]|$)")


# An area among districts has a district's short name (重庆高新区, 两江新区); a longer name is a
# zone of its own theme listed beside them (曹妃甸区、渤海新区、北戴河生命健康产业创新示范区)
_MAX_DISTRICT_NAME = 8


# A count right after a head, ending the clause (教育实践基地20个, 养老服务中心400家): the things
# are counted, so the words name their kind. A length or an area (沿黄生态廊道1194公里) measures
# one thing, and a count of the next noun sums a list up (…实训中心3个人才项目).
_COUNT_AFTER = regex.compile(
    # (through the verb that counts them: 慢性病防控示范区达到34个, …示范区分别增加2个)
    r"(?:分别)?(?:达到|达|增加|增至|超过|突破|新增)?"
    r"(?:\d+(?:\.\d+)?[万亿]?|[一二三四五六七八九十两百千]+)(?:余|多)?[个家所座处条项]"
    r"(?:以上|左右)?(?=[，。、；：,;:！？!?\s]|$)")


def _counted_kind(text: str, start: int, head_start: int, end: int) -> bool:
    """Whether the name text[start:end] is followed by a count of its things and holds nothing
    specific (a place, a proper noun, a mark): a kind, counted."""
    if not text[end : end + 1].isdigit() and text[end : end + 1] not in _COUNT_FIRSTS:
        return False  # (a character compared before the regex: most names have no count)
    if _COUNT_AFTER.match(text, end) is None:
        return False
    modifier = text[start:head_start]
    return not has_specific_part(modifier, [w for w, _, _ in tokens(modifier)])


_HAN_NUMERAL_FIRSTS = frozenset("一二三四五六七八九十两百千")
_COUNT_FIRSTS = _HAN_NUMERAL_FIRSTS | frozenset("分达增超突新")  # what `_COUNT_AFTER` opens with


def in_district_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits in a 、-list right beside a plain district name."""
    # each pattern needs a 、 at the name's edge (or, for `$`, a line break after it): one
    # character compared instead of a regex call for nearly every name (issue 11)
    before = text[start - 1] if start > 0 else ""
    if (before == "、" or before == "\n") and _DISTRICT_BEFORE.search(
            text, max(0, start - 6), start):
        return True
    return text.startswith("、", end) and _DISTRICT_AFTER.match(text, end) is not None


# What may stand right before a head noun in a name: a Han or Latin word, a closing bracket
# (西部（重庆）科学城), `·`, or the space the normalizer keeps before Latin (平安永川 APP).
_BRACKETED = regex.compile(r"[（(][^（()）]{0,12}[）)]")
_MAY_END_A_NAME = regex.compile(r"[\p{Han}A-Za-z)）·\s]")
_BEFORE_HEAD = regex.compile(r"[\p{Han}A-Za-z)）·\s0-9]")  # 0-9: 2号线


def _is_government_centre(name: str) -> bool:
    """综治中心, also written 综治（联调）中心. Removing brackets keeps a last character that
    closes none, so a name ending otherwise than a government centre (心) skips the removal."""
    if name[-1] not in _GOVERNMENT_LAST and name[-1] not in ")）":
        return False
    return _BRACKETED.sub("", name).endswith(GOVERNMENT_CENTRES)


_GOVERNMENT_LAST = frozenset(centre[-1] for centre in GOVERNMENT_CENTRES)


# Nouns that make the head before them a modifier: a city's role (昌都区域副中心城市, 郑州
# 国家中心城市), a strategy (主体功能区战略), a node (综合枢纽节点), a system of kinds
# (防汛抗洪工程体系), an economy or the firms of a kind (发展平台经济, 平台服务企业 takes 服务
# first; 平台企业, 园区公司)
_HEAD_AS_MODIFIER = ("城市", "战略", "节点", "体系", "经济", "企业", "服务企业", "公司")


def head_noun_name(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<name words> <head noun>: the head (基地, 平台 …) widened left to its name's first word,
    and right over a section or phase of a line (合新高铁安徽段, 18号线二期)."""
    text = ctx.tm.text
    head = m.group()
    if head == "号线":
        line = _LINE_NUMBER.search(text, max(0, m.start() - 8), m.start())
        if line is None:
            return None
        end = _section_end(text, m)
        return _found(text[line.start() : end], "infrastructure", (line.start(), end))
    before = m.start() - 1  # (a letter of the common Han block is in the class: no call)
    if not ((before >= 0 and "\u4e00" <= text[before] <= "\u9fff")
            or _MAY_END_A_NAME.match(text, before)):
        return None  # “10个平台”: nothing a name could be made of (saves jieba)
    if glued_to_next_word(text, m.start(), m.end()) or text.startswith(_HEAD_AS_MODIFIER, m.end()):
        return None
    if head in HEADS_AS_VERBS and text.startswith(HEADS_AS_VERBS[head], m.end()):
        return None  # 系统|治理: systematically; 规划|建设: to plan
    start = name_start(text, m.start(), m.end())
    # a government centre ends in 心 (its head's last letter): no slice to test for the others
    if start is None or (head[-1] in _GOVERNMENT_LAST
                         and _is_government_centre(text[start : m.end()])):
        return None  # 综治中心, also written 综治（联调）中心
    if m.end() - start <= _MAX_DISTRICT_NAME and in_district_list(text, start, m.end()):
        return None
    if _counted_kind(text, start, m.start(), m.end()):
        return None
    end = _section_end(text, m)  # only for a name found: most heads are vetoed before
    return _found(text[start:end], HEAD_WORDS[head], (start, end))



class HeadPattern:
    """The head nouns as one Aho-Corasick automaton, with the `finditer` of a regex pattern: one
    pass over the text whatever the number of heads (the alternation of 175 heads scanned six
    times slower, issue 11). Matches are leftmost-longest and never overlap, as the alternation's
    were, and a head must follow what may end a name (《计划》 × 2.5 M makes no candidate).

    The automaton holds the heads reversed and reads the text backwards: its scan costs about a
    nanosecond a character for each letter that starts a key (pyahocorasick looks the next letter
    up in a list), and the heads end in fewer letters than they start with (52 against 113)."""

    pattern = "head nouns of lexicon.HEAD_WORDS (Aho-Corasick)"
    CHUNK = 1 << 16  # characters read backwards at a time: the starts of one chunk are held

    def __init__(self, heads: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._exact: dict[str, regex.Pattern[str]] = {}
        for head in heads:
            self._automaton.add_word(head[::-1], head)
            self._exact[head] = regex.compile(regex.escape(head))
        self._automaton.make_automaton()
        self._longest_head = max((len(h) for h in self._exact), default=1)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        # Chunk by chunk, left to right: the heads starting in a chunk (a longest head past its
        # end is read with it), then its leftmost-longest ones. Only one chunk's starts are held:
        # a dict of every head in the text was 130 bytes a head ('创新平台，' × 2 M).
        last_end = 0
        for lo in range(0, len(text), self.CHUNK):
            hi = min(lo + self.CHUNK, len(text))
            longest = self._longest_at(text, lo, hi)
            for start in sorted(longest):
                if start >= last_end:
                    m = self._exact[longest[start]].match(text, start)
                    assert m is not None
                    last_end = m.end()
                    yield m

    def _longest_at(self, text: str, lo: int, hi: int) -> dict[int, str]:
        """The longest head at each start in [lo, hi) that follows what may end a name."""
        piece = text[lo : hi + self._longest_head - 1]
        last = lo + len(piece) - 1  # a reversed match ending at i starts the head at last - i
        longest: dict[int, str] = {}
        for end_index, head in self._automaton.iter(piece[::-1]):
            start = last - end_index
            if start >= hi or len(head) <= len(longest.get(start, "")):
                continue  # the next chunk's, or a shorter head at a start already taken
            if start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff"  # Han: no call
                              or _BEFORE_HEAD.match(text, start - 1)):
                longest[start] = head
        return longest

    def fullmatch(self, text: str) -> None:
        return None


rules.rules.append(
    Rule(
        "head_noun_name", "project", HeadPattern(HEAD_WORDS),  # type: ignore[arg-type]
        head_noun_name,
        examples={
            "全力建立渝西大数据中心，项目首期": "渝西大数据中心",
            "加快推进百度西部自动驾驶开放测试基地建设": "百度西部自动驾驶开放测试基地",
            "百度全国首个 L4级自动驾驶开放测试基地已开启": "L4级自动驾驶开放测试基地",
            "打造千亿级两江数字经济产业园": "两江数字经济产业园",
            "加快建设西部（重庆）科学城": "西部（重庆）科学城",
            "形成重庆云谷·永川大数据产业园": "重庆云谷·永川大数据产业园",
            "优化永川政府数据共享交换平台，实现": "永川政府数据共享交换平台",
            "组建知识价值信用贷款担保基金": "知识价值信用贷款担保基金",
            "召开重庆市发展数字经济推进大会": "重庆市发展数字经济推进大会",
            "合新高铁安徽段、合肥西站建成运营": "合新高铁安徽段",
            "建成2号线西延伸、": "2号线西延伸",
        },
        counterexamples=[
            "依托创新平台", "订单班、实训基地等", "建成平台10余个", "中心城区",
            "推进在沪国家实验室建设",
            "大足区、荣昌区、重庆高新区、万州区", "全市重要的数字产业示范区",
            "“服务公社”信息惠民平台", "12个国家区域医疗中心", "坚持系统治理", "《计划》",
        ],
    )
)

# the number of a metro line, right before 号线 (地铁2号线, 轨道交通18号线, S1号线)
_LINE_NUMBER = regex.compile(r"(?:地铁|轨道交通)?[A-Z]?\d{1,3}$")
# a section or phase after a line's head: 安徽段, 新沂至江都段, 二期, 西延伸, 东延伸段, 一期北段,
# 南段, 延伸线 (天津's 7号线一期北段, 11号线延伸线)
_SECTION = regex.compile(
    r"(?:\p{Han}{2,4}至\p{Han}{2,4}段|[一二三四]期(?:[东西南北]段)?|(?P<place>\p{Han}{2,3})段"
    r"|[东西南北]延伸段?|[东西南北中]段|延伸线|延长线)"
    r"(?!\p{Han}{0,1}(?:工程|项目))"
)
# a type in brackets right after a head: 滁州保税物流中心（B型）
# … or a plan's version or years (优化营商环境行动方案（2026版）, …行动计划（2024—2026年）)
# … or the section of a work (厦金大桥（厦门段）)
_TYPE_BRACKET = regex.compile(
    r"[（(](?:[A-Z]型|\d{4}年?版|\d{4}年?\s?[-—–~～至]\s?\d{4}年|\p{Han}{1,6}段)[）)]")
_OPEN_BRACKETS = ("（", "(")


# The works done on a facility, named after it (长沙机场改扩建工程, 南宁吴圩机场T3航站区及配套
# 设施工程): the project is the works, its name runs on to 工程
_FACILITIES_WORKED_ON = frozenset({"机场", "国际机场", "火车站", "高铁站"})
_WORKS_ON_THE_FACILITY = regex.compile(
    r"(?:[A-Z]\d{1,2})?\p{Han}{0,6}?(?:改扩建|扩建|改造|配套设施)\p{Han}{0,4}?工程")


def _section_end(text: str, m: regex.Match[str]) -> int:
    """Where a name ends: after a section of a line (京沪高速新沂至江都段) or a type bracket."""
    # the bracket's first letter compared first: one regex call saved for nearly every name
    if text.startswith(_OPEN_BRACKETS, m.end()):
        bracket = _TYPE_BRACKET.match(text, m.end())
        if bracket is not None:
            return bracket.end()
    if m.group() in _FACILITIES_WORKED_ON and "工程" in text[m.end() : m.end() + 16]:
        works = _WORKS_ON_THE_FACILITY.match(text, m.end())
        if works is not None:
            return works.end()
    if m.group() not in SECTIONED_HEADS:
        return m.end()
    section = _SECTION.match(text, m.end())
    if section is None or (section["place"] and not has_place(section["place"])):
        return m.end()
    return section.end()


@rules.rule(
    r"(?<=\p{Han})[“\"](?P<count>\d{1,3}条)[”\"]",
    examples={"推出稳经济“30条”和支持": "稳经济“30条”"},
    counterexamples=["第“3条”", "“30条”"],
)
def quoted_article_count(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<theme>“<N>条”: a policy package named by its theme and number of articles, the quotes
    around the number only (稳经济“30条”). The theme's words are walked as a name's."""
    text = ctx.tm.text
    start = name_start(text, m.start(), m.start())
    if start is None or start == m.start():
        return None
    return _found(text[start : m.end()], "policy", (start, m.end()))


@rules.rule(
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?=[，。、；,;等\n]|$)",
    examples={"制定实施稳增长惠民生27条、金融支持": "稳增长惠民生27条",
              "出台促進高質量充分就業18條。": "促進高質量充分就業18條"},
    counterexamples=["出台稳增长措施近100条。", "出台推动产业发展10条措施", "新开航线20条。"],
    anchor=Anchor("条", r"\d一二三四五六七八九十"),
)
def policy_nickname(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<enacting verb><topic><N>条: a policy named by its topic and its count of articles,
    unquoted (制定实施稳增长惠民生27条), as “大数据发展20条” is quoted (patterns.py)."""
    text = ctx.tm.text
    start = policy_nickname_ending(text, m.end())
    if start is None:
        return None
    return _found(text[start : m.end()], "policy", (start, m.end()))


@rules.rule(
    r"法(?=[，。；、和等）,;)]|$)",
    examples={"落实增值税法，": "增值税法", "执行预算法，": "预算法",
              "贯彻新修订的国家通用语言文字法，": "国家通用语言文字法",
              "實施海南自由貿易港法，": "海南自由貿易港法"},
    counterexamples=["坚持依法行政，", "推广新的工作方法，", "落实好工作法，", "严格执法，",
                     "制定自治区实施民营经济促进法办法，", "贯彻实施宪法，"],
    anchor=Anchor("法", "", at_start=True),
)
def law_after_its_verb(m: regex.Match[str], ctx: Context) -> Proposal | None:
    """<verb of carrying out><name>法: a law by its name, unquoted (落实增值税法, 贯彻新修订的
    国家通用语言文字法, 执行预算法), where a head-noun rule would read every 法 (方法, 执法).
    Laws with their own head (促进法, 保护法) are found by that rule as well."""
    text = ctx.tm.text
    law = _LAW_BEFORE.search(text, max(0, m.start() - _LAW_REACH), m.start())
    if law is None or text[m.start() - 1] in _NOT_A_LAW_LAST:
        return None
    return _found(text[law.start("name") : m.end()], "policy", (law.start("name"), m.end()))


# the verb that carries a law out, then the law's name (2 to 14 letters, no 的: 实施最严格的…法
# describes a practice)
_CARRYING_OUT = "贯彻|落实|实施|执行|施行|宣传"
_LAW_BEFORE = regex.compile(
    rf"(?:{_CARRYING_OUT})(?:落实|实施|好)?(?:新修订的|即将出台的|修订后的)?"
    rf"(?P<name>(?:(?!的|{_CARRYING_OUT})\p{{Han}}){{2,14}})$")
_LAW_REACH = 24
# the letter before 法 in a way of doing, not a law (方法, 办法, 做法, 工作法, 执法, 立法, 依法 …)
_NOT_A_LAW_LAST = frozenset("方办做作执立依司违合守用说想看手语书兵")


@rules.rule(
    # the pattern starts at the literal 博会 / 洽会 and looks back for its character: trying
    # \p{Han} at every position of the text cost as much as all other project scans (issue 11)
    rf"(?<=\p{{Han}}){one_of(EXPO_ABBREVIATIONS)}",
    examples={"在2020线上智博会上": "线上智博会", "参加智博会": "智博会", "西洽会期间": "西洽会"},
    counterexamples=["博会", "，博会"],
)
def expo_abbreviation(m: regex.Match[str], ctx: Context) -> Proposal:
    """<one character>博会 / 洽会: an expo by its short name (智博会, 西洽会, 进博会)."""
    text = ctx.tm.text
    start = m.start() - 1
    prefix = _EXPO_PREFIX.search(text, max(0, start - 2), start)
    if prefix is not None:
        start = prefix.start()
    return _found(text[start : m.end()], "event", (start, m.end()))


_EXPO_PREFIX = regex.compile(f"(?:{one_of(EXPO_PREFIXES)})$")
