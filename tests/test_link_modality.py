"""Modality from structure: a report's plan part is target, its review part actual."""

from __future__ import annotations

from yongchuan_facts import extract

REPORT = (
    "一、2025年工作回顾\n"
    "过去一年，生产总值增长5.4%，为完成全年目标任务奠定基础。新增就业62万人，将继续巩固。\n"
    "二、2026年重点工作\n"
    "今年是开局之年。主要预期目标是：生产总值增长5%左右，城镇新增就业60万人以上。\n"
    "四、加强政府自身建设\n"
    "全年压减一般性支出10%。\n"
)


def modalities(text: str, ref: str = "2026-02-01") -> dict[str, str]:
    return {m.text: m.modality for m in extract(text, reference_date=ref).metrics}


def test_a_review_figure_is_actual_even_with_a_target_word_later_in_its_sentence() -> None:
    got = modalities(REPORT)
    assert got["5.4%"] == "actual"
    assert got["62万人"] == "actual"


def test_the_plan_part_is_target_to_the_end_of_the_report() -> None:
    got = modalities(REPORT)
    assert got["5%"] == got["60万人"] == "target"
    assert got["10%"] == "target"  # a later section without plan words, after the plan part


TRADITIONAL_REPORT = (
    "一、2025年工作回顧\n"
    "一年來，聚焦目標任務體系，生產總值增長5.4%。新增就業62萬人，將繼續鞏固。\n"
    "二、2026年重點工作\n"
    "今年是開局之年。全年新增就業60萬人以上。\n"
    "“十四五”時期發展成就和2025年工作回顧\n"
    "五年來，人均可支配收入年均增長6%。\n"
)


def test_a_traditional_reports_parts_are_read_as_a_simplified_ones() -> None:
    """Headings are found on the raw lines with their characters folded: 工作回顧 is 工作回顾,
    重點工作 is 重点工作 (a review part left unread gave its 目標 sentence to the cue words)."""
    got = modalities(TRADITIONAL_REPORT)
    assert got["5.4%"] == got["62萬人"] == "actual"
    assert got["60萬人"] == "target"
    assert got["6%"] == "actual"  # a review heading with no enumerator, after the plan part


def test_the_targets_paragraph_is_target_wherever_it_stands() -> None:
    excerpt = ("一、2025年工作回顾\n过去一年，生产总值增长5.4%。\n"
               "主要预期目标是：生产总值增长5%左右。\n")
    got = modalities(excerpt)
    assert got["5.4%"] == "actual"
    assert got["5%"] == "target"


def test_a_figure_whose_period_lies_after_the_reference_date_is_target() -> None:
    got = modalities("到2030年，数字经济规模达到1万亿元。", "2026-02-01")
    assert got["1万亿元"] == "target"


def test_news_without_a_report_layout_keeps_its_cue_words() -> None:
    got = modalities("目前已有企业365家。力争入园企业达到400家。", "2020-09-15")
    assert got == {"365家": "actual", "400家": "target"}


def test_a_report_reads_alike_whatever_its_line_ends() -> None:
    """Windows' \r\n and a classic Mac's lone \r end the heading lines as \n does."""
    want = modalities(REPORT)
    assert modalities(REPORT.replace("\n", "\r\n")) == want
    assert modalities(REPORT.replace("\n", "\r")) == want


def test_a_plan_heading_names_the_plan_of_the_reports_own_years() -> None:
    """A part that opens the five-year plan starting in the report's year is its plan part,
    whatever the year: “十四五” in a 2021 report as “十五五” in a 2026 one."""
    for plan, year in (("十四五", 2021), ("十五五", 2026), ("十三五", 2016)):
        report = (f"一、{year - 1}年工作回顾\n过去一年，生产总值增长3.9%。\n"
                  f"三、全力推动“{plan}”开好局、起好步\n粮食播种面积稳定在1255万亩以上。\n")
        got = modalities(report, f"{year}-01-27")
        assert got["3.9%"] == "actual", plan
        assert got["1255万亩"] == "target", plan


def test_a_review_titled_by_what_it_achieved_is_the_review() -> None:
    """福建's part titles name no 回顾: 一、一年接着一年干，新福建建设持续取得新进展新成效."""
    text = ("一、一年接着一年干，新福建建设持续取得新进展新成效\n"
            "人才资源汇聚。新增国家级人才计划入选者106人，新认定省级高层次人才2745人。\n"
            "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
            "新增高层次人才3000人。\n")
    got = modalities(text)
    assert got["106人"] == got["2745人"] == "actual"
    assert got["3000人"] == "target"


def test_a_programme_named_jihua_is_no_plan() -> None:
    assert modalities("新增国家级人才计划入选者106人。", "2022-08-15")["106人"] == "actual"


def test_a_comparison_base_is_no_sign_of_a_reached_figure() -> None:
    """去年 or 目前 after 较/比 is what the figure is compared with, not when it was reached: a
    forecast stays one (全年预计完成投资…，较去年增长6%). Said of the figure, 去年 is actual."""
    for text in ("全年预计完成固定资产投资2800亿元左右，较去年增长6%上下。",
                 "全年預計完成固定資產投資2800億元左右，比去年增長6%上下。",
                 "力争产值比目前增长6%。"):
        assert modalities(text, "2023-11-21")["6%"] == "target", text
    # 去年 said of the figure itself, after the forecast in the same sentence: reached
    assert modalities("全年预计完成投资2800亿元，去年增长6%。", "2023-11-21")["6%"] == "actual"
