"""FactSet.figures(): the metrics as a spreadsheet, one row per metric, stable dtypes."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from yongchuan_facts import extract
from yongchuan_facts.schema.factset import FIGURE_DTYPES

TEXT = "2021年，全区实现营收139亿元，同比增长15.4%。\n目前，园区有企业365家。"


def test_one_row_per_metric_with_its_indicator_period_and_sentence() -> None:
    fs = extract(TEXT, reference_date="2022-08-25")
    df = fs.figures()
    assert list(df.columns) == list(FIGURE_DTYPES)
    assert len(df) == len(fs.metrics) == 3
    row = df.iloc[0]
    assert (row["indicator"], row["value"], row["unit"], row["metric"]) == (
        "营收", 1.39e10, "CNY", "revenue")
    assert row["period_start"] == pd.Timestamp(dt.date(2021, 1, 1))
    assert row["sentence"] == "2021年，全区实现营收139亿元，同比增长15.4%。"
    assert df.iloc[1]["direction"] == "increase"
    assert df.iloc[1]["indicator"] == "营收"  # the change takes its level's indicator
    last = df.iloc[2]
    assert (last["text"], last["start"], last["end"]) == ("365家", TEXT.index("365"),
                                                         TEXT.index("365") + 4)
    assert pd.isna(last["direction"])
    assert last["sentence"] == "目前，园区有企业365家。"


def test_dtypes_are_the_same_with_and_without_metrics() -> None:
    empty = extract("没有数字。").figures()
    full = extract(TEXT, reference_date="2022-08-25").figures()
    assert empty.empty
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()
    assert {c: str(t) for c, t in full.dtypes.items()}["period_start"] == "datetime64[ns]"
    assert len(pd.concat([empty, full])) == len(full)


def test_a_sentence_broken_by_ocr_line_breaks_is_one_sentence() -> None:
    raw = "永川引进企业\n\n365家，从业人员1.5万人。"
    df = extract(raw).figures()
    assert set(df["sentence"]) == {raw}
