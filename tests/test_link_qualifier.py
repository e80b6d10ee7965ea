"""A qualifier written once after a list's last item (FACTS.md qualifiers), through extract():
the link stage gives it to each item the verb governs."""

from __future__ import annotations

import pytest

from yongchuan_facts import extract


@pytest.mark.parametrize(("text", "first", "want"), [
    ("城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。", "4.5%", "approx"),
    ("制造业、数字经济核心产业增加值年均分别增长5%、8%以上。", "5%", "at_least"),
    ("肉、奶產量分別穩定在310萬噸和750萬噸左右。", "310萬噸", "approx"),
    ("城镇居民收入增长4.5%、5.5%左右。", "4.5%", "exact"),  # no 分别: a figure of its own
    ("分别增长4.5%，5.5%左右。", "4.5%", "exact"),  # a clause apart
])
def test_a_qualifier_after_a_respectively_list_qualifies_each_item(
        text: str, first: str, want: str) -> None:
    assert next(m for m in extract(text).metrics if m.text == first).qualifier == want


@pytest.mark.parametrize(("text", "last", "want"), [
    ("食品、药品抽检合格率分别超98.5%和99%。", "99%", "over"),
    ("存、貸款餘額分別突破1.5萬億元、1.4萬億元。", "1.4萬億元", "over"),  # traditional
    ("水质达标率分别超过98%、85%、80%。", "80%", "over"),  # down a list of three
    ("城镇、农村居民收入分别增长约4.5%、5.5%。", "5.5%", "approx"),  # after 分别's verb
    ("水质达标率超过98%、85%。", "85%", "exact"),  # no 分别: a figure of its own
    ("分别超过98%，85%。", "85%", "exact"),  # a clause apart
])
def test_a_qualifier_before_a_respectively_list_qualifies_each_item(
        text: str, last: str, want: str) -> None:
    assert next(m for m in extract(text).metrics if m.text == last).qualifier == want


@pytest.mark.parametrize(("text", "figure", "qualifier"), [
    ("开放共享科研设施和科研仪器1万台（套）以上。", "1万台", "at_least"),
    ("新建充電設施500個（處）左右。", "500個", "approx"),  # traditional
    ("开放科研仪器1万台（套），", "1万台", "exact"),  # no qualifier after the brackets
])
def test_a_qualifier_after_an_alternative_classifier_in_brackets_qualifies_the_figure(
        text: str, figure: str, qualifier: str) -> None:
    got = {m.text: m.qualifier for m in extract(text).metrics}
    assert got[figure] == qualifier
