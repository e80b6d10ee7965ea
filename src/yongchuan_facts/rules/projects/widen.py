"""Widen a head noun leftwards to the start of its name, word by word (jieba tokens).

    >>> text = "加快推进百度西部自动驾驶开放测试基地建设"
    >>> s = text.index("基地"); text[name_start(text, s, s + 2):s + 2]
    '百度西部自动驾驶开放测试基地'

The walk takes whole tokens right to left and stops at a governing verb or function word
(`LEFT_STOPS`), a description (`DESCRIPTORS`: 全国首个), a number (千亿级, 2万平方米 are
metrics, never part of a name), or punctuation. A balanced bracket group (`西部（重庆）科学城`)
and `·` (`重庆云谷·永川大数据产业园`) are part of the name, and so are the groups a special word
opens: a generation (`第6代`), a short conjunct before 与 (`软件与信息…`), two places joined by a
dash (`中国—东盟…`), a line's first end before 至 (`西宁至成都铁路`) and a Han numeral that is a
letter of a place (`六松…`). It returns None to veto: an evaluative phrase (全国一流…基地), a
plural or a count (一批研发创新平台, 建设20个…实验室), the kind of a list (…等玉米制种基地), a
generic noun (创新平台), or a type noun after a quoted name (“服务公社”信息惠民平台: the quoted
part is the name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..dates.lexicon import PLAN_PERIODS
from ..patterns import ENACTING_VERBS
from .lexicon import (
    DESCRIPTORS,
    EVALUATIVE,
    GENERIC_MODIFIERS,
    HEAD_WORDS,
    LEFT_STOPS,
    QUANTIFIERS,
    SECTIONED_HEADS,
    STRICT_HEADS,
    VERBS_AWAY_FROM_HEAD,
)
from .places import has_place, places
from .segment import Token, common_words, head_goes_on, tag, tag_table, tokens

MAX_MODIFIER = 26  # longest run of words before a head (以大数据智能化为引领的…行动计划 is 23)
MAX_BRACKET = 10  # longest bracket group inside a name: （重庆）, (重庆永川)
EVALUATIVE_REACH = 12  # how far left of a name an evaluative word still governs it

# 运河二级航道, 升级二期基金; two letters each, which the walk compares before the regex call
_GRADE = regex.compile(r"[一二三四五]级|一线|[一二三四]期")
# the ten words `_GRADE` matches whole, for the walk's one set lookup per first token (no regex)
_GRADES = frozenset({*(f"{n}级" for n in "一二三四五"), "一线", *(f"{n}期" for n in "一二三四")})
_NUMBERISH = regex.compile(r"第?[\d.%零〇一二两三四五六七八九十百千万亿]+[级个家项条大余多批届期]?")
_HAN = regex.compile(r"\p{Han}")
_LATIN_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9+\-]*|[0-9]+[A-Za-z][A-Za-z0-9]*")
_OPEN = ("（", "(")
_LEADING_BRACKET = regex.compile(r"[（(][^（()）]{0,10}[）)]")
_CLOSING_QUOTE = regex.compile(r"[“\"‘](?P<quoted>[^“”\"‘’\n]{1,24})[”\"’]$")
_CLAUSE_MARKS = "，。；：！？、,;:!?\n"
_LAST_CLAUSE_MARK = regex.compile(f"(?r)[{_CLAUSE_MARKS}]")  # (?r): the rightmost one
# the rightmost end of a clause, or a dash that opens the name a description before it is of
# (世界最长高速公路隧道——天山胜利隧道: 最长 describes the tunnel, it makes no goal of the name)
_LAST_CLAUSE_END = regex.compile(r"(?r)[，。；：！？,;:!?\n]|——")
# classifiers a number leaves behind when the walk stops at it (千亿 | 级数字经济产业园)
_NUMBER_TAILS = frozenset("级个家项条大余多批届期支座")
# A short head met inside the walk closes the name before it: two names side by side in a
# caption (…数字指挥中心长城汽车永川生产基地). Longer park heads may nest
# (中关村软件园人才创新中心).
_CLOSING_HEADS = frozenset(
    # 云网工程应用系统; a reservoir or an irrigation district is often the place a work or a
    # rule is named by (双堠水库主体工程, 密云水库水源保护条例)
    w for w in HEAD_WORDS if len(w) == 2 and w not in (
        "一期", "二期", "三期", "四期", "工程", "水库", "灌区",
        # a canal names the waterway works on it (苏南运河二级航道)
        "运河",
        # a line or a corridor that names the work on it (陕皖直流输电工程, 陆海通道工程…实验室)
        "直流", "通道")
)
_CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "的"})
# A name never starts with a word of these parts of speech (jieba's tags): a verb (坚持系统治理,
# 探索中心城区, 新增国家现代农业产业园), an adverb, preposition, conjunction, particle, pronoun,
# numeral or classifier. Directions and times (西部（重庆）科学城, 两岸, 新时代) may start a name.
# Trimmed from the left edge of the walk only, so
# a verb inside a name (百度西部自动驾驶开放测试基地) stays.
_NOT_A_FIRST_WORD = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "uj", "ul", "r", "m", "mq",
                               "q", "y", "e", "o", "z"})
# Parts of speech that make a word specific (a place, person, organisation or other proper noun)
_PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})  # j: 京沪, an abbreviation
# Categories whose heads are kinds of facility, so that one plain word before them makes a kind
# too (影视基地, 信息系统), where it names an event or a programme (徽商大会, 英才计划)
_KIND_HEADS = frozenset({
    "base", "platform", "centre", "system", "park", "facility", "infrastructure",  # 形象工程
})
_SPECIFIC_MARK = regex.compile(r"[A-Za-z0-9·（()）“”\"‘’]")


@dataclass(slots=True)  # one per head noun: slots make it cheaper to build and read
class _Walk:
    start: int  # start of the name so far (index into the text)
    words: list[str] = field(default_factory=list)  # tokens taken, right to left
    stopped_by: str = ""  # the token that ended the walk ("" at the window's edge)
    opened_by_verb: bool = False  # a title's own opening verb was taken (优化营商环境条例)


def name_start(text: str, head_start: int, head_end: int) -> int | None:
    """Where the name ending in the head noun `text[head_start:head_end]` starts, or None."""
    if text[head_start - 1 : head_start] in ("等", "第"):
        # 二连浩特等口岸: the head names the kind of a list (jieba may read 特等); 国家第二期
        # “双高计划”: an ordinal batch, no phase
        return None
    lo = max(0, head_start - MAX_MODIFIER)
    # jieba only on the clause the name can be in: its blocks end at punctuation anyway, so the
    # tokens are the same, and most windows get much shorter (issue 11); one reverse search
    # finds the last mark (what the greatest `rfind` of each mark found, at a tenth of the cost)
    mark = _LAST_CLAUSE_MARK.search(text, lo, head_start)
    if mark is not None:
        lo = mark.end()
    # The start only moves right from here on, and a name needs two characters before its head
    # (`is_generic`): a shorter window or walk is a veto known before jieba or the other checks.
    if head_start - lo < 2:
        return None
    walk = _walk(tokens(text[lo:head_start]), lo, head_start, text[head_start:head_end])
    if walk is None or head_start - walk.start < 2:
        return None
    if walk.stopped_by in QUANTIFIERS or walk.stopped_by == "等" or _after_quoted_name(text, walk):
        return None  # 一批…平台; 昌吉、伊犁河谷等|玉米制种基地: the kind of the list before
    if walk.stopped_by in _FACING and HEAD_WORDS.get(text[head_start:head_end]) not in _PLANS:
        return None  # 对|台交流合作平台, 面向|南亚东南亚辐射中心: what it faces, no name
    if _evaluative_left(text, walk.start):
        return None
    if (_numberish(walk.stopped_by) or text.startswith("级", walk.start)) and not _past_number(
            text, walk, head_start):
        return None  # 建设20个校企联合实验室: a kind counted, as 一批 is
    _trim_first_words(text, walk, head_start)
    _skip_located_in(text, walk, head_start)
    # its first letter compared first: one regex call saved for nearly every name
    opening = (_LEADING_BRACKET.match(text, walk.start, head_start)
               if text.startswith(_OPEN, walk.start) else None)
    if opening is not None:  # （六）… is a heading's number; a bracket is inside a name only
        walk.start = opening.end()
        _trim_first_words(text, walk, head_start)
    if is_generic(text[walk.start : head_start], walk, text[head_start:head_end]):
        return None
    return walk.start


# Prepositions of what a thing faces or serves (对台, 面向南亚, 向西): the words after them
# describe its orientation, the start of no name
_FACING = frozenset({"对", "向", "面向"})
_PLANS = frozenset({"programme", "policy"})  # (对非贸易倍增计划: a plan's subject, not a place)


# Classifiers after a number that count the things named (20个, 30项, 5家左右, 3座, 四大): a kind
# then, not a name; 级 is a class (千亿级产业园), 期 and 届 an ordinal, and stay out.
_COUNTING = frozenset("个家项条批支座所处台余多大")


def _past_number(text: str, walk: _Walk, head_start: int) -> bool:
    """Move the start past what a number that stopped the walk leaves (千亿|级…, 万|卡级…);
    False when the number counts the name's kind (布局39个自治区专科区域医疗中心, 实施30项
    市级疏堵工程): a classifier right after it, and no ordinal (第二批)."""
    number_at = walk.start - len(walk.stopped_by)  # (第 may be a token of its own: 第|2|批)
    ordinal = walk.stopped_by.startswith("第") or text[number_at - 1 : number_at] == "第"
    if text[walk.start : walk.start + 1] in _COUNTING and not ordinal:
        return False
    if text.startswith("级", walk.start + 1):  # 万 | 卡级算力中心: a unit and its grade
        walk.start += 1
    while walk.start < head_start and text[walk.start] in _NUMBER_TAILS:
        walk.start += 1
    return True


def _trim_first_words(text: str, walk: _Walk, head_start: int) -> None:
    """Move the start past leading verbs, adverbs and function words (坚持 | 系统治理). Words
    of one character are kept: alone, jieba's tag says little (合 | 新高铁 is a line's name); and
    so are category words (创新 | 驱动发展战略行动计划), which the generic check weighs."""
    while walk.words and walk.start < head_start and not walk.opened_by_verb:
        first = walk.words[-1]
        if not text.startswith(first, walk.start):  # a bracket group was moved past
            walk.words.pop()
            continue
        if first == "至":  # a line with no first end (扩大至|沿线铁路): 至 is the verb's
            walk.start += 1
            walk.words.pop()
            continue
        if len(first) < 2 or first in GENERIC_MODIFIERS or tag(first) not in _NOT_A_FIRST_WORD:
            return
        if _is_place(first):  # 大连 | 包头 | 首都: jieba tags them adverb and verb
            return
        if not text.startswith(first, walk.start):
            return
        walk.start += len(first)
        walk.words.pop()


# places that are no division of the gazetteer (首都国际会展中心: jieba tags 首都 an adverb)
_PLACE_WORDS = frozenset({"首都"})


def _skip_located_in(text: str, walk: _Walk, head_start: int) -> None:
    """Move the start past a one-letter place right after 在 (在沪, 在京, 在渝): it says where
    the things are, not which one is named (推进在沪国家实验室建设: the national laboratories
    in Shanghai). A longer place after 在 is a name's own (在苏州工业园区, 在汉口北…中心), and so
    is a letter before another one (在沪杭高铁沿线, 在综治（联调）中心)."""
    if (walk.start > 0 and text[walk.start - 1] == "在" and len(walk.words) >= 2
            and len(walk.words[-1]) == 1 and len(walk.words[-2]) >= 2
            and text.startswith(walk.words[-1], walk.start)
            and "\u4e00" <= text[walk.start] <= "\u9fff"):
        walk.start += 1
        walk.words.pop()


def _walk(toks: list[Token], lo: int, head_start: int, head: str = "") -> _Walk | None:
    """Take tokens leftwards from the head; None when an evaluative word vetoes the name."""
    walk = _Walk(head_start)
    words = walk.words
    i = len(toks) - 1
    while i >= 0:
        word, s, _ = toks[i]
        # one lookup tells the few words the three cases below are about (most tokens: none)
        if word in _WALK_SPECIAL:
            if word in EVALUATIVE:
                return None
            if word in (")", "）"):
                opened = _bracket_group(toks, i)
                if opened < 0:
                    walk.stopped_by = word
                    return walk
                walk.start = lo + toks[opened][1]
                words.append("".join(w for w, _, _ in toks[opened : i + 1]))
                i = opened - 1
                continue
            # the group the word opens, if any (the module's doc): 第6代, 软件与信息, 中国—东盟,
            # 西宁至成都, 六松
            first = (_generation(toks, i) if word == "代"
                     else _left_conjunct(toks, i) if word == "与" and words
                     else _place_before_dash(toks, i, words) if word in _DASHES
                     else i if word == "至" and words and head in SECTIONED_HEADS
                     else _numeral_of_a_name(toks, i, words) if word in _HAN_NUMERALS else -1)
            if first >= 0:
                walk.start = lo + toks[first][1]
                words.append("".join(w for w, _, _ in toks[first : i + 1]))
                i = first - 1
                continue
            if word == "与" and words:
                walk.stopped_by = word
                return walk
        if (not words and word in _GRADES and i > 0
                and _takes(toks[i - 1][0])):
            walk.start = lo + s  # a grade right before the head, after a name: 苏南运河二级航道
            words.append(word)
            i -= 1
            continue
        if words and word in _TITLE_OPENERS and head in _POLICY_HEADS and (
                i == 0 or toks[i - 1][0] in _ENACTING):
            walk.start = lo + s  # 修订|优化营商环境条例: the title opens with its verb
            words.append(word)
            walk.stopped_by = toks[i - 1][0] if i else ""
            walk.opened_by_verb = True
            return walk
        # a governing verb before the words walked, or a word no name holds (one test a token)
        if (words and word in VERBS_AWAY_FROM_HEAD) or (
                not _takes(word) and not _inner_head(word, walk, head)
                and not (not words and _verb_of_the_head(word, head))):
            walk.stopped_by = word
            return walk
        if word.strip():
            walk.start = lo + s
            words.append(word)
        i -= 1
    return walk


_DASHES = frozenset({"—", "–", "-", "－"})
# A line is named by its two ends: 西宁至成都铁路, 波密至然乌段铁路, 金上至湖北特高压直流输电工程.
# Before a line's head (`SECTIONED_HEADS`) the walk goes on past 至 to the first end, which
# jieba often cuts into letters (富裕|至|加|格|达|奇): no place test, the usual stops end it.
# A Han numeral that is a letter of a place's name (六松现代产业园, 东六环, 五源河体育馆,
# 董家口至五莲铁路): jieba cuts it off as a numeral, which would stop the walk. Not 零: through it
# a place would make a designation a name (南川国家级零碳园区, 祥云经开区纳入国家级零碳园区).
_HAN_NUMERALS = frozenset("一二三四五六七八九十百千万两")
_WALK_SPECIAL = EVALUATIVE | {")", "）", "与", "代", "至"} | _DASHES | _HAN_NUMERALS


def _numeral_of_a_name(toks: list[Token], at: int, words: list[str]) -> int:
    """`at` when the numeral there is a letter of the name walked: the word after it is Han
    and no classifier, unit or number (六|松, 五|源; not 三|个, 两|大, 千|亿|级, 七|台, 百|万吨级),
    and no 第 or other number is before it (第|三, 十|三, 3.36|万). Else -1."""
    if not words or not _HAN.match(words[-1]) or words[-1][0] in _NOT_AFTER_A_LETTER:
        return -1
    if tag(words[-1]) in ("q", "m", "mq"):
        return -1
    before = toks[at - 1][0] if at > 0 else ""
    return -1 if before[-1:] in _NOT_BEFORE_A_LETTER else at


# what a numeral that is a letter of a name never stands after or before: an ordinal's 第, a
# number it is part of (3.36|万|路, 百|万吨级), a classifier (三|个, 两|大)
_NOT_BEFORE_A_LETTER = frozenset("第.0123456789") | _HAN_NUMERALS
_NOT_AFTER_A_LETTER = _COUNTING | _HAN_NUMERALS
# jieba's tags of a place or region, foreign ones too (拉美 nz, 东盟 j, 卢森堡 nr); before a
# dash, only a place or an abbreviation (中国 ns, 京津 j)
_PLACE_TAGS = frozenset({"ns", "nz", "j", "nr"})
_FIRST_PLACE_TAGS = frozenset({"ns", "j"})


def _place_before_dash(toks: list[Token], dash_at: int, words: list[str]) -> int:
    """中国—东盟博览会, 中国—拉美企业家高峰会: two places joined by a dash open the name (an
    event or a zone of the two). Returns the index of the first place's token, or -1 when the
    dash joins no two places (2025—2030年, 郑州—卢森堡“空中丝路”: the quoted part is the
    name)."""
    if not words or dash_at == 0:
        return -1
    left, right = toks[dash_at - 1][0], words[-1]
    if _is_place(left, _FIRST_PLACE_TAGS) and _is_place(right, _PLACE_TAGS):
        return dash_at - 1
    return -1


def _is_place(word: str, tags: frozenset[str] = frozenset()) -> bool:
    """A place of the gazetteer or `_PLACE_WORDS`, or a word jieba tags as one of `tags`."""
    return word in places() or word in _PLACE_WORDS or tag(word) in tags


_DIGITS = regex.compile(r"[\d.]+")


def _generation(toks: list[Token], dai_at: int) -> int:
    """京东方第6代AMOLED生产线, 第8.6代: a generation written in digits is split by jieba
    (第 | 6 | 代) where in Han numerals it is one word (第六代). Returns the index of its 第,
    or -1 when the 代 is no generation's."""
    j = dai_at
    while j > 0 and _DIGITS.fullmatch(toks[j - 1][0]):
        j -= 1
    return j - 1 if dai_at - j >= 1 and j > 0 and toks[j - 1][0] == "第" else -1
# A policy document is titled by the work it is for (全国统一大市场建设条例, …建设行动方案): that
# verb, right before its head, is the title's, where elsewhere it governs a name (建设|…基地)
_TITLE_VERBS = frozenset({"建设"})
# The size of a water work, written between its place and its head (麻栗坝大型灌区); alone
# before the head it names a kind (建设大型水库: `is_generic`)
_SIZES = frozenset({"大型", "中型", "小型", "大中型"})
_SIZED_HEADS = frozenset({"水库", "灌区"})
# The upgrade a works makes, right before 工程 (淮河流域水运能级提升工程): part of its name,
# though 提升 governs what follows it elsewhere (提升|…能力). (改造 is no stop word at all.)
_UPGRADES = frozenset({"提升"})
# (not a law's: …建设促进法 is 建设促进法治社会 in 以法治政府建设促进法治社会建设)
_POLICY_HEADS = frozenset(h for h, category in HEAD_WORDS.items()
                          if category == "policy" and not h.endswith("法"))
# A policy's title may open with the verb of its aim (优化营商环境条例, 促进公平竞争条例) where
# a verb that enacts or carries out the policy stands before it (修订|优化…, 实施|优化…行动方案),
# or nothing of its clause does
_TITLE_OPENERS = frozenset({"优化", "促进"})
_ENACTING = frozenset(ENACTING_VERBS)
# … and the heads a work's theme names with 建设 too: a meeting on it (数字中国建设峰会), a
# programme of it (宁夏算力枢纽建设工程); with what the work is on, as for a title (is_generic)
_TITLED_HEADS = _POLICY_HEADS | {"峰会", "大会", "论坛", "博览会", "工程"}


def _verb_of_the_head(word: str, head: str) -> bool:
    """A word right before the head that is part of the name: the work a title or an event is
    for (全国统一大市场建设条例, 数字中国建设峰会), the upgrade a works makes (…提升工程), the
    size of a reservoir or an irrigation district named by its place (车马碧大型水库)."""
    return ((word in _TITLE_VERBS and head in _TITLED_HEADS)
            or (word in _UPGRADES and head == "工程")
            or (word in _SIZES and head in _SIZED_HEADS))


def _inner_head(word: str, walk: _Walk, head: str) -> bool:
    """A short head that belongs to the name being walked: right before the head (苏州北站综合
    枢纽), before `·` or a bracket (重庆云谷·永川…, 中国智谷（重庆）科技园), or before a place
    that names a branch (长三角国家技术创新中心安徽中心); and any before a work's head, which
    names the work done on it (毛乌素沙地风电光伏基地电力外送工程)."""
    if word not in _CLOSING_HEADS:
        return False
    if not walk.words or head in _WORK_ON_A_FACILITY:
        return True
    last = walk.words[-1]
    branch = word == head and "".join(reversed(walk.words)) in places()
    return last == "·" or last[0] in "(（" or branch


# a pure test of a word, and the words of a text repeat: one lookup instead of three tests
@lru_cache(maxsize=1 << 14)
def _takes(word: str) -> bool:
    """Whether a token can be part of a name: Han words, Latin names (L4, SK), `·`, spaces."""
    if word in _NOT_TAKEN:
        return False
    if _NUMBERISH.fullmatch(word):
        return False
    if word == "·" or not word.strip():
        return True
    return bool(_HAN.search(word)) or bool(_LATIN_WORD.fullmatch(word))


@lru_cache(maxsize=1 << 12)
def _numberish(word: str) -> bool:
    """Whether the word that stopped a walk is a number (千亿, 2万): a pure test of a word, and
    the same few stop words end most walks (one lookup instead of a regex call)."""
    return _NUMBERISH.fullmatch(word or "-") is not None


# A work's head: a head met in its walk is the facility the work is done on (`_inner_head`)
_WORK_ON_A_FACILITY = frozenset({"工程"})

# the four word lists that end a walk, as one set: one lookup per token instead of four
_NOT_TAKEN = LEFT_STOPS | DESCRIPTORS | QUANTIFIERS | _CLOSING_HEADS


def _left_conjunct(toks: list[Token], conj_at: int) -> int:
    """软件与信息服务外包产业园: the one or two words before 与 belong to the name, and the walk
    goes on past them. Returns the index of their first token, or -1 when none is a word."""
    j = conj_at
    while j > 0 and conj_at - j < 2 and _takes(toks[j - 1][0]) and toks[j - 1][0].strip():
        j -= 1
    conjunct = "".join(w for w, _, _ in toks[j:conj_at])
    return j if conjunct and len(conjunct) <= 4 else -1


def _bracket_group(toks: list[Token], close_at: int) -> int:
    """Index of the token opening the bracket closed at `close_at`, or -1 if none is near."""
    for j in range(close_at - 1, -1, -1):
        word = toks[j][0]
        if toks[close_at][1] - toks[j][1] > MAX_BRACKET:
            return -1
        if word in _OPEN:  # either width: OCR mixes them (西部（重庆)科学城)
            return j
        if not (_HAN.search(word) or _LATIN_WORD.fullmatch(word)):
            return -1
    return -1


def _after_quoted_name(text: str, walk: _Walk) -> bool:
    """“服务公社”信息惠民平台: words after a quoted name only say what it is. But a quoted
    type label before a name (“AI超滤智慧水厂”新店水厂) leaves the name its own."""
    if not walk.stopped_by or walk.stopped_by[-1] not in "”\"’":
        return False
    quoted = _CLOSING_QUOTE.search(text, max(0, walk.start - 26), walk.start)
    if quoted is not None and quoted["quoted"] in PLAN_PERIODS:
        return False  # “十五五”碳达峰行动方案: a plan's period dates the title, names nothing
    return quoted is None or not quoted["quoted"].endswith(tuple(HEAD_WORDS))



def _evaluative_left(text: str, start: int) -> bool:
    """单体规模最大的大数据及…基地: an evaluative word earlier in the clause makes it a goal."""
    lo = max(0, start - EVALUATIVE_REACH)
    # most reaches hold no evaluative word, nor then does their clause: no need to find where
    # the clause starts or to tokenize it (one search for all the words)
    if _ANY_EVALUATIVE.search(text, lo, start) is None:
        return False
    end = _LAST_CLAUSE_END.search(text, lo, start)  # the clause: after the last end before start
    if end is not None:
        lo = end.end()
    if _ANY_EVALUATIVE.search(text, lo, start) is None:
        return False
    return any(w in EVALUATIVE for w, _, _ in tokens(text[lo:start]))


_ANY_EVALUATIVE = regex.compile("|".join(regex.escape(w) for w in sorted(EVALUATIVE)))


def is_generic(modifier: str, walk: _Walk | None = None, head: str = "") -> bool:
    """Whether the words before a head make only a common noun (创新平台, 实训基地, 呼叫中心,
    国家区域医疗中心): a name needs a specific part, a place, a proper noun, a brand, a digit or
    Latin token, a bracket or quote, or at least a word that is not a category."""
    settled = _settled_by_length_or_head(modifier, head)
    if settled is not None:
        return settled
    if walk is not None and walk.words and walk.words[0] in _SIZES:
        rest = modifier[: -len(walk.words[0])]  # 车马碧 | 大型水库; 建设 | 大型水库: a kind
        return len(rest) < 2 or is_generic(rest, _Walk(walk.start, walk.words[1:]), head)
    if walk is not None and walk.words and walk.words[0] in _UPGRADES:
        # an upgrade works is named by where it is done (淮河流域水运能级提升工程, 拉萨八廓古城
        # 保护与旧城改造提升工程); what it upgrades alone makes a kind of programme
        # (房屋品质提升工程, 粮食单产提升工程)
        return not has_specific_part(modifier[: -len(walk.words[0])], walk.words[1:])
    if walk is not None and walk.words and walk.words[0] in _TITLE_VERBS:
        # the work a document is for names it only with what the work is on (项目建设行动方案
        # is a kind, 全国统一大市场建设条例 a title)
        rest = modifier[: -len(walk.words[0])]
        return len(rest) < 4 and not has_specific_part(rest, walk.words[1:])
    if (modifier[-1] == "型" and modifier[-2:] not in _NOUNS_IN_XING
            and not has_specific_part(modifier, walk.words if walk else [])):
        return True  # a type names a kind (水源型水库, 企业型平台), not one thing
    words = walk.words if walk is not None else [w for w, _, _ in tokens(modifier)]
    if head in _LINES and _termini_letters(words):
        return False  # 京雄城际, 京滨城际, 京雄快线: a line named by its ends' first letters
    if head in STRICT_HEADS:
        return not has_specific_part(modifier, words)
    if len(words) == 1 and HEAD_WORDS.get(head) in _KIND_HEADS:
        # one common word before a facility's kind: 影视基地, 学校园区
        return not has_specific_part(modifier, words)
    parts = _generic_parts(modifier)
    # a word that is no category word names a thing whatever else the words hold: the
    # specific-part test (a place, a tag, a mark; ~1 µs) is asked only of category words
    # (two names in three skip it, issue 11)
    if parts is None or has_specific_part(modifier, words):
        return False
    if HEAD_WORDS.get(head) == "zone":
        # a national designation is named by its theme (国家数字经济创新发展试验区); two
        # category words only make a kind (未来产业先导区), as after 的/和
        return parts <= 2 or (walk is not None and walk.stopped_by in _CONJUNCTIONS)
    return True


# Lines, which are named by the first letters of the places they join (京雄城际: 北京–雄安)
_LINES = frozenset({"快线", "城际", "城际铁路", "高铁", "铁路", "高速", "高速公路"})


def _termini_letters(words: list[str]) -> bool:
    """Two or three letters, each a word of its own, the first a place's (京 | 雄, 津 | 潍):
    what jieba makes of the abbreviated ends of a line. `words` run right to left.

        >>> [_termini_letters(w) for w in (["雄", "京"], ["滨", "京"], ["建", "新"])]
        [True, True, False]
    """
    return (2 <= len(words) <= 3 and all(len(w) == 1 for w in words)
            and tag(words[-1]) in _FIRST_PLACE_TAGS)


# Heads no kind is named by: a regulation is one law whatever its topic (公共文化服务保障条例),
# an expo one event (智慧农业博览会), and so is any event of the world (全球工业互联网大会,
# 国际农产品交易会). Its topic words, category words all, name it; a quantifier or 等 before
# them still makes a kind.
_ONE_OF_A_KIND = frozenset({"条例", "博览会"})
_EVENTS = frozenset(h for h, category in HEAD_WORDS.items() if category == "event")
_WORLDWIDE = ("全球", "世界", "国际", "亚太")  # (not 人民: 人民代表大会 is a body)

def _settled_by_length_or_head(modifier: str, head: str) -> bool | None:
    """`is_generic`'s answer where the words' length or the head settles it, else None: one
    word or a generic one is a kind; the title of one law or one event of the world is no kind
    (公共文化服务保障条例, 全球工业互联网大会, 国际农产品交易会)."""
    if len(modifier) < 2 or modifier in GENERIC_MODIFIERS:
        return True
    if (head in _ONE_OF_A_KIND and len(modifier) >= 4) or (
            head in _EVENTS and modifier.startswith(_WORLDWIDE)):
        return False
    return None


# words ending in 型 that are no type of the head (能源绿色低碳转型示范区: a transition)
_NOUNS_IN_XING = frozenset({"转型", "模型", "造型", "原型", "车型", "机型", "典型", "定型", "成型"})


def has_specific_part(modifier: str, words: list[str]) -> bool:
    """A place (安徽, 合肥, 长三角), a proper noun by jieba's tag, or a mark of a name (digits,
    Latin letters, brackets, quotes, `·`).

        >>> has_specific_part("合肥滨湖", ["合肥", "滨湖"])
        True
        >>> has_specific_part("国家区域", ["国家", "区域"])
        False
    """
    if _SPECIFIC_MARK.search(modifier) or has_place(modifier, GENERIC_MODIFIERS,
                                                     _word_bounds(modifier, words)):
        return True
    tags = tag_table()  # one table read for all the words, not a call per word
    for w in words:
        if len(w) > 1 and tags.get(w, "") in _PROPER and w not in GENERIC_MODIFIERS:
            return True
    return False


def _word_bounds(modifier: str, words: list[str]) -> frozenset[int] | None:
    """The offsets in `modifier` where its words start and end, `words` given right to left
    (a walk's) or left to right; None when they do not spell it (a place is then looked for
    at every offset).

        >>> sorted(_word_bounds("科技创新", ["创新", "科技"]))
        [0, 2, 4]
    """
    if "".join(reversed(words)) == modifier:
        words = words[::-1]
    elif "".join(words) != modifier:
        return None
    bounds, at = {0}, 0
    for w in words:
        at += len(w)
        bounds.add(at)
    return frozenset(bounds)


def _generic_parts(modifier: str) -> int | None:
    """How many generic words `modifier` splits into, or None if it has a specific word."""
    count, i = 0, 0
    while i < len(modifier):
        for size in (3, 2, 1):
            if modifier[i : i + size] in GENERIC_MODIFIERS:
                i, count = i + size, count + 1
                break
        else:
            return None
    return count


def glued_to_next_word(text: str, head_start: int, head_end: int) -> bool:
    """Whether the head noun is only the start of a longer word (中心城区, 平台期): a name never
    ends inside a word of the sentence. A head followed by what is done to it (工程建设,
    基地运营) ends a name all the same: 永川大数据工程 | 建设. Otherwise jieba decides, with
    the head's high frequency against the longer word's; it is asked only when a longer
    dictionary word starts at the head, which jieba (no HMM) needs to make a longer token."""
    # jieba's table holds every word with each of its prefixes: when the head and the next
    # letter are none, no word goes on past the head (one lookup, not three; most heads)
    if not head_goes_on(text[head_start : head_end + 1]):
        return False
    words = common_words()
    # the longest dictionary word starting at the head, longest first
    ahead = text[head_start : head_end + 3]
    size = head_end - head_start
    longest = len(ahead)
    while longest > size and ahead[:longest] not in words:
        longest -= 1
    if longest == size or ahead[size:longest] in _DONE_TO_A_HEAD:
        return False
    toks = tokens(ahead)
    return bool(toks) and toks[0][2] > size


# what is done to a project, written right after its head (工程建设, 平台运营, 基金管理)
_DONE_TO_A_HEAD = frozenset({"建设", "运营", "管理", "服务", "改造", "建成", "开工", "投用"})
