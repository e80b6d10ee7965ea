"""A rule's anchor (rules/prefilter.py) skips only positions where its pattern cannot match.

Two checks for every anchored rule: its promise (a match holds an anchor character with only
lead characters before it) on every position where the pattern matches, and the anchored scan
against `pattern.finditer` itself, on the rule's examples and on generated text (the rule's own
characters, digits of other scripts, long runs of lead characters that take the engine's path).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from yongchuan_facts.api import PIPELINES
from yongchuan_facts.rules import prefilter
from yongchuan_facts.rules.prefilter import Anchor, anchored_finditer, as_re_class, chars
from yongchuan_facts.rules.ruleset import Rule, RuleSet

ANCHORED: list[Rule] = [r for p in PIPELINES.values() for r in p.rules if r.anchor is not None]
IDS = [f"{r.kind}:{r.name}" for r in ANCHORED]
# Digits of other scripts (Arabic-Indic, Devanagari, fullwidth, and Kawi: a \d for the regex
# module's Unicode, not for Python 3.11's), whitespace, Latin letters beside units.
_EXTRA = "0123456789٣३３\U00011f53.,-/:%~ \n\u3000AGkmLQ"


def _alphabet(rule: Rule) -> str:
    return "".join(sorted(set(rule.pattern.pattern) | set(_EXTRA)))


_NUMBER_FORMS = ["1,200", "0.45", "三点五", "十二", "一百二十", "２０", "20多", "1.5万", "壹拾",
                 "二〇一九", "二零二零"]


def _words(rule: Rule) -> list[str]:
    """The words and character sets written in the rule's pattern (不少于, 平方公里, 零〇一二…)."""
    return sorted(set(regex.findall(r"[^\x00-\x7f]+", rule.pattern.pattern)))


def _pieces(rule: Rule) -> st.SearchStrategy[str]:
    """Text like what the rule matches, made without looking at its anchor: words of its
    pattern, numbers, its characters, examples, in runs of up to four."""
    anything = st.one_of(st.sampled_from(_words(rule)), st.sampled_from(_NUMBER_FORMS),
                         st.text("0123456789", min_size=1, max_size=4),
                         st.text(_alphabet(rule), max_size=6), st.sampled_from(_texts(rule)))
    return st.lists(anything, min_size=1, max_size=4).map("".join)


def _neighbours(rule: Rule) -> list[str]:
    """Each example with its numbers written in other forms, and with each word of the pattern
    put in at each position: a qualifier, 余/多, a multiplier the anchor's lead forgot shows."""
    out = []
    for text in rule.examples:
        variants = {text, *(regex.sub(r"\d+", form, text, count=1) for form in _NUMBER_FORMS)}
        for v in variants:
            out += [v[:i] + w + v[i:] for w in _words(rule) for i in range(len(v) + 1)]
    return out


def _texts(rule: Rule) -> list[str]:
    return [*rule.examples, *rule.counterexamples]


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _same_as_finditer(rule: Rule, text: str) -> None:
    assert _found(rule.finditer(text)) == _found(rule.pattern.finditer(text)), text


def _keeps_promise(rule: Rule, text: str, starts: Iterable[int] | None = None) -> None:
    """Every position where the pattern matches has an anchor character inside the match with
    only lead characters before it (after it, unless the anchor allows a match to start on it)."""
    anchor = rule.anchor
    assert anchor is not None
    at = regex.compile(f"[{anchor.at}]")
    lead = regex.compile(f"[{anchor.lead}]*" if anchor.lead else "")
    for p in range(len(text)) if starts is None else starts:
        m = rule.pattern.match(text, p)
        if m is None:
            continue
        first = p if anchor.at_start else p + 1
        anchors = [a for a in range(first, m.end()) if at.fullmatch(text[a])]
        assert any(lead.fullmatch(text[p:a]) for a in anchors), (rule.name, text, m)


@pytest.mark.parametrize("rule", ANCHORED, ids=IDS)
def test_anchored_scan_on_examples(rule: Rule) -> None:
    for text in _texts(rule):
        _keeps_promise(rule, text)
        _same_as_finditer(rule, text)
        # the same after a long run of lead characters (the engine's own scan: a long window),
        # and among many windows (the engine's own scan of the whole text: dense windows)
        for run in ("1" * 60, "一" * 60, "近" * 60, "2" * 500, "1年" * 50, "3块" * 50):
            _same_as_finditer(rule, run + text)
            _same_as_finditer(rule, text + run + text)


@pytest.mark.parametrize("rule", ANCHORED, ids=IDS)
def test_anchored_scan_near_examples(rule: Rule) -> None:
    for text in _neighbours(rule):
        _keeps_promise(rule, text)


def _edited_matches(rule: Rule) -> list[tuple[str, int]]:
    """Each example's matches with one character of their beginning (up to the anchor) put in
    or replaced by each character or word of the rule's pattern: (text, where it starts)."""
    alphabet = [*_alphabet(rule), *_words(rule)]
    out = []
    for text in rule.examples:
        for p in range(len(text)):
            m = rule.pattern.match(text, p)
            if m is None:
                continue
            for i in range(p, min(m.end(), p + 8)):
                out += [(text[:i] + c + text[j:], p) for c in alphabet for j in (i, i + 1)]
    return out


@pytest.mark.parametrize("rule", ANCHORED, ids=IDS)
def test_anchored_scan_near_example_matches(rule: Rule) -> None:
    """Every character a match may hold before its anchor is in the lead: a numeral, a
    separator or a qualifier character the anchor forgot shows here."""
    for text, p in _edited_matches(rule):
        _keeps_promise(rule, text, (p,))


@pytest.mark.parametrize("rule", ANCHORED, ids=IDS)
# at most 500 a rule: 22 rules × the ci profile's 10,000 examples took 7 minutes
@settings(max_examples=min(settings.default.max_examples, 500))
@given(data=st.data())
def test_anchored_scan_on_generated_text(rule: Rule, data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(_pieces(rule), max_size=4)))
    _keeps_promise(rule, text)
    _same_as_finditer(rule, text)


def test_every_costly_rule_is_anchored() -> None:
    """The rules whose scan cost most before anchors (issue 11): a regression would be silent."""
    names = {r.name for r in ANCHORED}
    assert {"units", "physical", "money_rate", "range_first", "yuan_jiao_fen", "kuai",
            "financial", "currency_sign", "scale_label", "years", "without_year", "clock_time",
            "year_and_within", "relative_year", "clock_colon", "relative_day"} <= names


@given(st.text("12一近块元钱，, \n", max_size=200))
@example("1" * 100 + "块钱，" + "近" * 50 + "2块")
def test_anchored_finditer_is_finditer(text: str) -> None:
    pattern = regex.compile(r"近?(?<![\d一])(?:\d+|一+)块(?:钱)?(?=钱|，|$)")
    anchor = Anchor("块", chars("近一") + r"\d")
    assert _found(anchored_finditer(pattern, anchor, text)) == _found(pattern.finditer(text))


@pytest.mark.parametrize("flags", [regex.IGNORECASE, regex.REVERSE])
def test_an_anchor_refuses_a_case_insensitive_or_reversed_pattern(flags: int) -> None:
    with pytest.raises(ValueError, match="case-insensitive nor reversed"):
        RuleSet("date").add(r"Q[1-4]", lambda m, ctx: None, name="q", flags=flags,
                            anchor=Anchor("Q", at_start=True))


def test_an_anchor_needs_lead_characters_or_at_start() -> None:
    with pytest.raises(ValueError, match="lead"):
        Anchor("块")
    assert Anchor("￥", at_start=True).windows.pattern == "[￥]"


def test_window_classes_hold_what_regex_reads_in_them() -> None:
    """The window scan reads each class with `re` (prefilter.as_re_class): over every code
    point, it must take at least what `regex` takes, or a window would be missed."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    bodies = {b for r in ANCHORED if r.anchor for b in (r.anchor.at, r.anchor.lead) if b}
    for body in bodies | {r"\d", r"\s"}:
        wide = set(re.findall(f"[{as_re_class(body)}]", everything))
        assert set(regex.findall(f"[{body}]", everything)) <= wide, body


@pytest.mark.parametrize("block", [1, 2, 3, 5, 8])
def test_windows_are_the_same_in_small_blocks(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The text is scanned a block of 16,384 characters at a time: windows cut by a block's edge
    are read whole (here blocks of a few characters, so that every window meets an edge)."""
    monkeypatch.setattr(prefilter, "_BLOCK", block)
    for rule in ANCHORED:
        for text in _texts(rule) + _neighbours(rule)[::7]:
            _same_as_finditer(rule, text)


LITERAL = [r for r in ANCHORED if r.anchor is not None and r.anchor.literals]


@pytest.mark.parametrize("block", [3, 16_384])
def test_literal_windows_are_the_class_scans(block: int) -> None:
    """An anchor of a few literal characters finds its windows with `str.find` and reads each
    lead run backwards over a slice: the same windows as the class scan of the reversed text,
    or None (a run longer than the slice, too many anchor characters)."""
    assert LITERAL
    for rule in LITERAL:
        anchor = rule.anchor
        assert anchor is not None
        for text in [*_texts(rule), *_neighbours(rule)[::5], "1" * 70 + _texts(rule)[0]]:
            backwards = text[::-1]
            for lo in range(0, len(text), block):
                hi = min(len(text), lo + block)
                found = prefilter._literal_windows(anchor, text, lo, hi)
                if found is not None:
                    assert found == prefilter._windows(anchor, backwards, lo, hi), text


@pytest.mark.parametrize(("many", "reach"), [(0, 64), (2, 64), (1024, 1), (1024, 3)])
def test_literal_windows_fall_back_to_the_class_scan(
    many: int, reach: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many anchor characters or a lead run past the slice: the block's windows are found by
    the class scan of the reversed text, and the matches stay those of finditer."""
    monkeypatch.setattr(prefilter, "_MANY_LITERALS", many)
    monkeypatch.setattr(prefilter, "_REACH", reach)
    for rule in LITERAL:
        for text in _texts(rule) + _neighbours(rule)[::7]:
            _same_as_finditer(rule, text)
            _same_as_finditer(rule, "1" * 70 + text)


def test_literal_anchor_characters_are_what_the_class_holds() -> None:
    """An anchor class of a few plain or escaped characters is searched character by character:
    they must be exactly the characters its class holds, over every code point."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    ats = {r.anchor.at for r in LITERAL if r.anchor is not None} | {chars("-^]至"), "a-c"}
    for at in ats:
        literals = Anchor(at, at_start=True).literals
        if literals:
            assert sorted(literals) == sorted(regex.findall(f"[{at}]", everything)), at
    assert Anchor("a-c", at_start=True).literals == ()
