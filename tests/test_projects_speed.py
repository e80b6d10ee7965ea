"""The speed paths of the project rules (issue 11) give what the general paths give.

Each fast path is compared, on generated text, with the plain code it replaced: jieba's own
tokenizer (on real text too), the per-mark `rfind`, the clause split, the loop over the type
nouns.
"""

from __future__ import annotations

import pathlib

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from yongchuan_facts.normalization.textmap import normalize
from yongchuan_facts.rules.drafts import ProjectDraft
from yongchuan_facts.rules.patterns import one_of
from yongchuan_facts.rules.projects import places, rules, segment, widen
from yongchuan_facts.rules.projects.build import _fields, leftmost_longest, names_automaton
from yongchuan_facts.rules.projects.lexicon import (
    EVALUATIVE,
    GOVERNMENT_CENTRES,
    HEAD_WORDS,
    TYPE_AFTER_QUOTE,
    VERBS_AWAY_FROM_HEAD,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Han letters that make words (and heads, stops, evaluative words) often, Latin, digits, the
# marks jieba splits on, the clause marks, brackets and quotes, spaces and line breaks
_LETTERS = (
    "建设永川大数据产业园中心平台基地重庆云谷一流最大重要的和与等在为新区国家创新"
    "服务综治联调科技城工程号线二期级万亿个批"
    "第代至—运营保障六松中国东盟"  # the groups and stops of the walk's special words
    "ABLab0123456789.%+-_#&"
    "，。；：！？、,;:!? \n\t（）()“”\"‘’·《》"
)
_TEXT = st.text(alphabet=_LETTERS, max_size=40)


@settings(max_examples=300)
@given(_TEXT)
def test_tokens_are_jiebas_own(text: str) -> None:
    """jieba-rs's segmentation (`segmenter`) is jieba's `tokenize` on the same dictionary."""
    assert segment.tokens(text) == list(segment.tokenizer().tokenize(text, HMM=False))


_REAL_TEXTS = [ROOT / "fixtures" / "seeds", ROOT.parent / "shared" / "dev-b" / "texts"]


def test_tokens_are_jiebas_own_on_every_window_of_real_text() -> None:
    """Every window of the seed pages and dev-b, as long as `name_start`'s longest. Without the
    rest of the dictionary's total (`_REST_OF_TOTAL`), 250 of these 35,000 windows differ: the
    words' probabilities would no longer be jieba's."""
    windows = set()
    for folder in (f for f in _REAL_TEXTS if f.is_dir()):  # dev-b: beside the repository
        for path in sorted(folder.glob("*.txt")):
            text = normalize(path.read_text(encoding="utf-8")).text
            windows.update(text[i : i + widen.MAX_MODIFIER] for i in range(len(text)))
    assert len(windows) > 5_000
    jieba_tokens = segment.tokenizer().tokenize
    different = [w for w in sorted(windows)
                 if segment.tokens(w) != list(jieba_tokens(w, HMM=False))]
    assert different == []


@given(_TEXT, st.integers(0, 40))
def test_the_last_clause_mark_is_the_greatest_rfind(text: str, cut: int) -> None:
    head_start = min(cut, len(text))
    lo = max(0, head_start - widen.MAX_MODIFIER)
    plain = max([lo] + [text.rfind(mark, lo, head_start) + 1 for mark in widen._CLAUSE_MARKS])
    mark = widen._LAST_CLAUSE_MARK.search(text, lo, head_start)
    assert (lo if mark is None else mark.end()) == plain


def _evaluative_left_plain(text: str, start: int) -> bool:
    """The clause split and the word loop that `_evaluative_left` replaced."""
    lo = max(0, start - widen.EVALUATIVE_REACH)
    clause = regex.split(r"[，。；：！？,;:!?\n]", text[lo:start])[-1]
    if not any(w in clause for w in EVALUATIVE):
        return False
    return any(w in EVALUATIVE for w, _, _ in segment.tokens(clause))


@given(_TEXT, st.integers(0, 40))
def test_evaluative_left_is_the_clause_split(text: str, cut: int) -> None:
    start = min(cut, len(text))
    assert widen._evaluative_left(text, start) == _evaluative_left_plain(text, start)


def test_no_type_noun_starts_another() -> None:
    """`_TYPE_AFTER` finds the noun the tuple's order found only if none is another's start."""
    assert not [(a, b) for a in TYPE_AFTER_QUOTE for b in TYPE_AFTER_QUOTE
                if a != b and b.startswith(a)]


@given(st.text(alphabet="综治联调中心（）()服务党群疾控政务便民融媒体促进调解十二三", min_size=1,
               max_size=16),
       st.sampled_from(sorted(HEAD_WORDS)))
def test_government_centre_shortcut(words: str, head: str) -> None:
    name = words + head
    plain = rules._BRACKETED.sub("", name).endswith(GOVERNMENT_CENTRES)
    assert rules._is_government_centre(name) == plain
    assert rules._is_government_centre(words) == rules._BRACKETED.sub("", words).endswith(
        GOVERNMENT_CENTRES)


# the head nouns as the regex alternation they replaced: longest first, after what may end a name
_HEADS_ALTERNATION = regex.compile(r"(?<=[\p{Han}A-Za-z)）·\s0-9])" + one_of(HEAD_WORDS))
_HEAD_TEXT = st.lists(st.sampled_from([*HEAD_WORDS, *"，产业园区中心平台（）· a1"]), max_size=30)


@settings(max_examples=300)
@given(_HEAD_TEXT, st.sampled_from([1, 2, 5, 64, 1 << 16]))
def test_the_backwards_head_scan_is_the_alternation(pieces: list[str], chunk: int) -> None:
    """Leftmost-longest heads, never overlapping, whatever the chunk boundaries."""
    text = "".join(pieces)
    pattern = rules.HeadPattern(HEAD_WORDS)
    pattern.CHUNK = chunk
    found = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _HEADS_ALTERNATION.finditer(text)]


@given(st.lists(st.text(alphabet="永企惠平台服务园", min_size=1, max_size=5), min_size=1,
                max_size=6),
       st.text(alphabet="永企惠平台服务园和", max_size=40))
def test_the_backwards_name_scan_is_the_alternation(names: list[str], text: str) -> None:
    alternation = regex.compile(one_of(names))
    plain = [(m.start(), m.end(), m.group()) for m in alternation.finditer(text)]
    assert leftmost_longest(names_automaton(names), text) == plain


@given(st.text(min_size=1, max_size=6), st.sampled_from([None, "park", "event"]),
       st.sampled_from([None, "中国国际智能产业博览会"]),
       st.sampled_from([{}, {"owner": "永川"}]))
def test_a_drafts_fields_are_its_mapping_view(name: str, category: str | None,
                                              canonical: str | None, extra: dict) -> None:
    draft = ProjectDraft(name=name, category=category, canonical=canonical, extra=extra)
    fields = _fields(draft)
    assert fields == dict(draft)
    assert list(fields) == list(draft)


def _glued_plain(text: str, head_start: int, head_end: int) -> bool:
    """`glued_to_next_word` without its first test (is the head's next letter a word's?)."""
    longer = [end for end in range(head_end + 1, min(len(text), head_end + 3) + 1)
              if segment.is_word(text[head_start:end])]
    if not longer or text[head_end : longer[-1]] in widen._DONE_TO_A_HEAD:
        return False
    toks = segment.tokens(text[head_start : head_end + 3])
    return bool(toks) and toks[0][2] > head_end - head_start


@settings(max_examples=300)
@given(st.sampled_from(sorted(HEAD_WORDS)),
       st.text(alphabet="城区期性化建设运营管理服务工作者站长室内外部门师，。 a1", max_size=4))
def test_glued_to_next_word_is_the_plain_test(head: str, after: str) -> None:
    text = "永川" + head + after
    assert widen.glued_to_next_word(text, 2, 2 + len(head)) == _glued_plain(text, 2, 2 + len(head))


def test_head_goes_on_is_jiebas_prefix_table() -> None:
    """`glued_to_next_word`'s first lookup: a head and its next letter in jieba's table of every
    word and prefix, for every head and every letter that follows one in that table."""
    table = segment.tokenizer().FREQ
    letters = {w[len(h)] for w in table for h in HEAD_WORDS if w.startswith(h) and len(w) > len(h)}
    for head in HEAD_WORDS:
        for letter in letters | {"，", "a"}:
            assert segment.head_goes_on(head + letter) == (head + letter in table), head + letter


# Letters around a name's edges: the district-list marks, the type bracket, event heads, grades
_EDGE_LETTERS = "永川荣昌区县万州、等和及，。\n （）()AB型博览会大赛论坛节美食争霸一二级期线中心园"
_EDGE_TEXT = st.text(alphabet=_EDGE_LETTERS, max_size=24)


@settings(max_examples=300)
@given(_EDGE_TEXT, st.integers(0, 24), st.integers(0, 24))
def test_the_district_list_shortcut_is_the_two_regex_calls(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = bool(rules._DISTRICT_BEFORE.search(text, max(0, start - 6), start)
                 or rules._DISTRICT_AFTER.match(text, end))
    assert rules.in_district_list(text, start, end) == plain


@settings(max_examples=300)
@given(_EDGE_TEXT, st.integers(0, 24))
def test_the_event_shortcut_is_the_regex(text: str, cut: int) -> None:
    end = min(cut, len(text))
    assert rules._event_after(text, end) == (rules._EVENT_AFTER.match(text, end) is not None)


@given(st.text(alphabet="永川大数据产业园区中心平台基地博览会计划行动工程", max_size=10))
def test_the_head_at_end_shortcut_is_the_loop(name: str) -> None:
    plain = next((name[-size:] for size in rules._HEAD_LENGTHS
                  if size <= len(name) and name[-size:] in HEAD_WORDS), None)
    assert rules._head_at_end(name) == plain


@settings(max_examples=300)
@given(_EDGE_TEXT, st.sampled_from(sorted(HEAD_WORDS)))
def test_the_section_end_shortcut_is_the_plain_one(after: str, head: str) -> None:
    text = "永川" + head + after
    m = regex.compile(regex.escape(head)).match(text, 2)
    assert m is not None
    bracket = rules._TYPE_BRACKET.match(text, m.end())
    section = rules._SECTION.match(text, m.end())
    if bracket is not None:
        plain = bracket.end()
    elif head not in rules.SECTIONED_HEADS or section is None or (
            section["place"] and not rules.has_place(section["place"])):
        plain = m.end()
    else:
        plain = section.end()
    assert rules._section_end(text, m) == plain


@given(st.text(alphabet="一二三四五级线期永川", min_size=1, max_size=4))
def test_every_grade_has_two_letters(word: str) -> None:
    """The walk compares a token's length before `_GRADE` (all its words have two letters),
    and looks it up in `_GRADES`, the words `_GRADE` matches whole."""
    if widen._GRADE.fullmatch(word):
        assert len(word) == 2
    assert (word in widen._GRADES) == bool(widen._GRADE.fullmatch(word))


def test_the_grade_words_are_those_the_grade_pattern_matches() -> None:
    """Every two-letter word of the grade pattern's letters: in `_GRADES` iff `_GRADE` matches."""
    letters = "一二三四五级线期"
    for word in (a + b for a in letters for b in letters):
        assert (word in widen._GRADES) == bool(widen._GRADE.fullmatch(word))


@given(_TEXT)
def test_the_walk_is_the_same_on_every_window(text: str) -> None:
    """The walk with its one lookup for the special words is the walk that tested each in turn
    (compared on what it returns: evaluative veto, start, words, stop)."""
    toks = segment.tokens(text)
    walk = widen._walk(toks, 0, len(text), "中心")
    plain = _walk_plain(toks, len(text))
    assert (None if walk is None else (walk.start, walk.words, walk.stopped_by)) == plain


def _group_plain(toks: list[segment.Token], i: int, words: list[str]) -> int:
    """Where the group a special word opens starts, each tested in turn (the head, 中心, is no
    line's: 至 opens none), or -1."""
    word = toks[i][0]
    if word == "代":
        return widen._generation(toks, i)
    if word == "与" and words:
        return widen._left_conjunct(toks, i)
    if word in widen._DASHES:
        return widen._place_before_dash(toks, i, words)
    if word in widen._HAN_NUMERALS:
        return widen._numeral_of_a_name(toks, i, words)
    return -1


def _walk_plain(toks: list[segment.Token], head_start: int) -> tuple | None:
    """The walk's loop as it was, each special word tested in turn."""
    walk = widen._Walk(head_start)
    i = len(toks) - 1
    while i >= 0:
        word, s, _ = toks[i]
        if word in EVALUATIVE:
            return None
        if word in (")", "）"):
            opened = widen._bracket_group(toks, i)
            if opened < 0:
                return walk.start, walk.words, word
            walk.start = toks[opened][1]
            walk.words.append("".join(w for w, _, _ in toks[opened : i + 1]))
            i = opened - 1
            continue
        first = _group_plain(toks, i, walk.words)
        if first >= 0:
            walk.start = toks[first][1]
            walk.words.append("".join(w for w, _, _ in toks[first : i + 1]))
            i = first - 1
            continue
        if word == "与" and walk.words:
            return walk.start, walk.words, word
        if (not walk.words and widen._GRADE.fullmatch(word) and i > 0
                and widen._takes(toks[i - 1][0])):
            walk.start = s
            walk.words.append(word)
            i -= 1
            continue
        if walk.words and word in VERBS_AWAY_FROM_HEAD:
            return walk.start, walk.words, word
        if not widen._takes(word) and not widen._inner_head(word, walk, "中心"):
            return walk.start, walk.words, word
        if word.strip():
            walk.start = s
            walk.words.append(word)
        i -= 1
    return walk.start, walk.words, ""


@given(st.text(alphabet="安徽合肥滨湖长三角永川重庆大连包头惠民开放国家区域市县", max_size=12),
       st.sampled_from([frozenset(), frozenset({"惠民", "开放"})]))
def test_has_place_is_every_slice_tried(text: str, ignore: frozenset[str]) -> None:
    """The places found by their first two letters are those every slice of the text finds."""
    plain = any(text[i:j] in places.places() and text[i:j] not in ignore
                for i in range(len(text)) for j in range(i + 2, min(len(text), i + 8) + 1))
    assert places.has_place(text, ignore) == plain


def test_only_a_head_ending_in_a_centres_letter_can_end_a_government_centre() -> None:
    """`head_noun_name` tests a government centre only after a head ending as one does (心):
    exact because no head ends in a bracket, the other way a name reaches the test."""
    assert not [h for h in HEAD_WORDS if h[-1] in ")）"]
    assert all(centre[-1] in rules._GOVERNMENT_LAST for centre in GOVERNMENT_CENTRES)


def _is_generic_plain(modifier: str, walk: widen._Walk | None, head: str) -> bool:
    """`is_generic` as it was: the specific-part test first, then the kinds and the parts."""
    if len(modifier) < 2 or modifier in widen.GENERIC_MODIFIERS:
        return True
    if (head in widen._ONE_OF_A_KIND and len(modifier) >= 4) or (
            head in widen._EVENTS and modifier.startswith(widen._WORLDWIDE)):
        return False  # one law, one expo, one event of the world
    words = walk.words if walk is not None else [w for w, _, _ in segment.tokens(modifier)]
    if widen.has_specific_part(modifier, words):
        return False
    if head in widen.STRICT_HEADS:
        return True
    if len(words) == 1 and HEAD_WORDS.get(head) in widen._KIND_HEADS:
        return True
    parts = widen._generic_parts(modifier)
    if parts is not None and HEAD_WORDS.get(head) == "zone":
        return parts <= 2 or (walk is not None and walk.stopped_by in widen._CONJUNCTIONS)
    return parts is not None


# category words, places, proper nouns, marks and plain letters, to make modifiers of each kind
_MODIFIER_LETTERS = (
    "创新研发数据大服务国家区域医疗安徽合肥滨湖长三角永川惠民开放百度科技A1（）·的和全球"
)


@settings(max_examples=400)
@given(st.text(alphabet=_MODIFIER_LETTERS, max_size=10),
       st.sampled_from(["中心", "园区", "机场", "基地", "试验区", "先导区", "大会", "工程",
                        "条例", "博览会"]),
       st.booleans(), st.sampled_from(["", "的", "和", "建设"]))
def test_is_generic_asks_the_specific_part_last(modifier: str, head: str, walked: bool,
                                                stop: str) -> None:
    """`is_generic` with the parts counted before the specific-part test is the plain order."""
    walk = None
    if walked:
        walk = widen._Walk(0, [w for w, _, _ in reversed(segment.tokens(modifier))], stop)
    assert widen.is_generic(modifier, walk, head) == _is_generic_plain(modifier, walk, head)


# type nouns, frame words and list marks after a quote, article counts, and other letters
_AFTER_QUOTE_LETTERS = "平台品牌试点系统工程项目活动行动APPp小程序中心等、“”\"条20永川"


@given(st.text(alphabet=_AFTER_QUOTE_LETTERS, max_size=16), st.integers(0, 16))
def test_the_letter_tests_before_the_quote_regexes(text: str, at: int) -> None:
    """Each regex of `_quoted_category` is asked only when its first (or last) letter is there:
    the letter test never turns away a text the regex would match."""
    at = min(at, len(text))
    if rules._TYPE_AFTER.match(text, at):
        assert text[at : at + 1] in rules._TYPE_FIRST
    if rules._FRAME_AFTER.match(text, at):
        assert text.startswith(("、", "等"), at)
    if rules._POLICY_NICKNAME.fullmatch(text):
        assert text.endswith("条")


@given(st.text(alphabet="永川“”\"‘’《》 \t\u3000·（）(简称智博会)A1", max_size=12))
def test_a_name_of_letters_and_digits_has_nothing_to_take_out(name: str) -> None:
    """`build_projects` skips the clean-up of a name that is letters and digits only, and
    `aliases_in_text` the alias pattern where no bracket opens: neither would change a thing."""
    from yongchuan_facts.rules.projects import build

    if name.isalnum():
        assert build._NOT_IN_NAME.sub("", name).strip() == name
    if build.ALIAS_AFTER.match(name):
        assert name.startswith(build._OPEN_BRACKETS)


def test_the_prefix_dictionary_is_jiebas_own_on_the_common_words() -> None:
    """`_dictionary` reads the file a line at a time and `_prefix_dictionary` builds jieba's
    table itself (issue 11: memory); both give what reading the file whole and jieba's
    `gen_pfdict` on its common lines gave."""
    import io

    import jieba

    with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as fh:
        lines = fh.read().decode("utf-8").splitlines()
    kept = [ln for ln in lines if int(ln.split(" ")[1]) >= segment.MIN_FREQ]
    expected, _ = jieba.Tokenizer.gen_pfdict(io.BytesIO(("\n".join(kept) + "\n").encode()))
    d = segment._dictionary()
    assert segment._prefix_dictionary(d) == expected
    assert d.total == sum(int(ln.split(" ")[1]) for ln in lines)
    assert d.tags == {ln.split(" ")[0]: ln.split(" ")[2] for ln in kept}
    assert len({id(t) for t in d.tags.values()}) == len(set(d.tags.values()))  # one string a tag
