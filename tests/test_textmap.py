"""The normalizer on the layouts the seeds show, and its offset map."""

from __future__ import annotations

import pytest

from yongchuan_facts.normalization.chars import fold
from yongchuan_facts.normalization.textmap import NOISE_CHAR, normalize


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("订 单 20 亿 元", "订单20亿元"),                 # stray spaces between Han and digits
        ("在 2020 线上智\n\n博会上", "在2020线上智博会上"),  # OCR line break inside a word
        ("服务器 10000\n台", "服务器10000台"),
        ("2020 年 1 季度", "2020年1季度"),
        ("科技经 济融合", "科技经济融合"),
        ("2020 2021年", "2020 2021年"),                # two numbers never fuse
        ("L4 级 自动驾驶", "L4级自动驾驶"),              # a digit next to Han: layout
        ("永川 Digital 园", "永川Digital园"),            # spacing beside Latin is layout
        ("Digital Yongchuan 园", "Digital Yongchuan园"),  # two Latin words stay apart
        ("１５．４％", "15.4%"),                       # full-width digits and signs
        ("數據産業園", "数据产业园"),                   # traditional → simplified, 1:1
        ("增长，同比", "增长，同比"),                   # full-width comma is NOT folded
        ("⽇期", "日期"),                              # Kangxi radical
        ("①②", "①②"),                                # list markers are not digits
    ],
)
def test_normalized_text(raw: str, text: str) -> None:
    assert normalize(raw).text == text


def test_paragraph_breaks_are_kept() -> None:
    tm = normalize("永川大数据产业园已实现升级。\n\n下一步，永川将加快建设")
    assert tm.text == "永川大数据产业园已实现升级。\n下一步，永川将加快建设"


def test_indented_paragraph_and_heading_breaks_are_kept() -> None:
    assert normalize("達瓦數字人\n\n  察勢者智").text == "达瓦数字人\n 察势者智"
    assert normalize("## 平台建设\n打造成渝").text == "##平台建设\n打造成渝"



@pytest.mark.parametrize("raw", [
    "党的建设\n三、全力抓好七项重点工作\n（一）立足壮大实体经济，建设现代化产业体系。",
    "（六）用心用力改善民生\n民心工程见行见效。惠民政策有序实施。",
    "一、2025年工作回顾\n\n2025年是“十四五”规划收官之年。",
])
def test_a_numbered_heading_stands_on_its_own_line(raw: str) -> None:
    """A report's numbered heading has no sentence end: its line break, and the one before it,
    are a paragraph's (they ran on into one line: 改善民生民心工程 was read as one name)."""
    text = normalize(raw).text
    for line in raw.split("\n"):
        if line and line[0] in "一二三四五六七八九十（":
            assert f"\n{line}\n" in f"\n{text}\n"
    assert normalize(text).text == text


def test_a_numbered_item_cut_by_a_hard_wrap_is_joined_again() -> None:
    # a wrap at 12 characters: the item's first line is as long as the next, no heading
    raw = "（一）推进大数据智能化产\n业发展，建成数据中心3\n个。"
    assert normalize(raw).text == "（一）推进大数据智能化产业发展，建成数据中心3个。"

def test_noise_runs_become_noise_characters_one_to_one() -> None:
    tm = normalize("智造重镇”66666666666666")
    assert tm.text == "智造重镇”" + NOISE_CHAR * 14
    assert normalize("投资100000000元").text == "投资100000000元"  # zeros are a real number


def test_raw_span_runs_from_first_to_last_raw_character() -> None:
    raw = "订 单 20 亿 元以上"
    tm = normalize(raw)
    s = tm.text.index("20亿元")
    start, end = tm.raw_span(s, s + 4)
    assert raw[start:end] == "20 亿 元"


def test_map_has_one_entry_per_character_plus_end() -> None:
    raw = "  在 2020 线上智\n\n博会上  "
    tm = normalize(raw)
    assert len(tm.to_raw) == len(tm.text) + 1
    assert tm.to_raw[-1] == len(raw)
    assert all(fold(raw[tm.raw_index(i)]) == ch for i, ch in enumerate(tm.text))


def test_norm_index_inverts_raw_index() -> None:
    tm = normalize("订 单 20 亿 元")
    assert all(tm.norm_index(tm.raw_index(i)) == i for i in range(len(tm.text)))


def test_seed_texts_keep_every_non_space_character(seed) -> None:  # type: ignore[no-untyped-def]
    tm = normalize(seed.raw)
    kept = "".join(c for c in tm.text if not c.isspace() and c != NOISE_CHAR)
    raw_chars = "".join(c for c in fold(seed.raw) if not c.isspace())
    assert len(kept) <= len(raw_chars)
    assert normalize(tm.text).text == tm.text


def test_corner_quotes_read_as_curly_quotes_one_to_one() -> None:
    """Hong Kong and Taiwan texts quote with 「」 and 『』: every rule reads “” and ‘’."""
    assert fold("推進「智慧社區」與『兩院』") == "推进“智慧社区”与‘两院’"
    assert fold("﹁縱排﹂") == "“纵排”"  # the vertical-text forms of a PDF
    assert fold("＂科创中国＂＇") == "\"科创中国\"'"  # full-width straight quotes


def test_a_name_in_corner_quotes_is_found_as_in_curly_ones() -> None:
    from yongchuan_facts import extract

    raw = "上線「永企惠」平台，推廣「服務公社」資訊惠民平台。"
    projects = extract(raw).projects
    assert [p.name for p in projects] == ["永企惠", "服务公社"]
    assert [raw[p.start : p.end] for p in projects] == ["永企惠", "服務公社"]


def test_hong_kong_variants_fold_but_characters_simplified_text_writes_stay() -> None:
    """OpenCC's t2s leaves Hong Kong's variants (衞, 敍, 粧); hk2s folds them. Taiwan's 著 and 么
    stay: simplified text writes them too (著名, 什么)."""
    assert fold("醫療衞生強基工程，敍事，粧") == "医疗卫生强基工程，叙事，妆"
    assert fold("著名的什么") == "著名的什么"


def test_a_hard_wrap_inside_a_number_is_no_space() -> None:
    """A PDF's text layer breaks lines anywhere: inside a number the break is dropped, where a
    table's short cells keep their numbers apart."""
    assert normalize("一般公共预算收入增长2\n.9%").text == "一般公共预算收入增长2.9%"
    assert normalize("全省办结行政复议案件3291\r\n0件").text == "全省办结行政复议案件32910件"
    assert normalize("滁州保税物流中心（B\n型）获批").text == "滁州保税物流中心（B型）获批"
    assert normalize("年份\n2020\n2021").text == "年份2020 2021"


def test_a_figure_broken_by_a_wrap_comes_back_whole() -> None:
    from yongchuan_facts import extract

    raw = "全省一般公共预算收入增长2\n.9%，城镇新增就业6\n8万人。"
    got = [(m.value, m.unit, raw[m.start : m.end]) for m in extract(raw).metrics]
    assert got == [(2.9, "percent", "2\n.9%"), (680_000, "人", "6\n8万人")]
