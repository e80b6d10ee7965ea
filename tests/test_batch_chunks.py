"""How `iter_extract` cuts a corpus into chunks: enough of them that every worker stays busy."""

from __future__ import annotations

import itertools

import pytest

from yongchuan_facts.batch import (
    CHUNK_CHARS,
    CHUNKS_PER_WORKER,
    MIN_CHUNK_CHARS,
    _chunks,
    _jobs,
    chunk_chars_for,
    iter_extract,
)

# sizes like the 23 reports of ../shared/corpus/reports-2026 (10 k to 26 k characters)
REPORT_SIZES = [23130, 16555, 21714, 19135, 26176, 9832, 13688, 21045, 16423, 19744, 13691,
                18861, 16428, 22715, 18625, 16447, 18657, 20627, 18808, 16946, 19067, 12486, 19469]


def _cut(texts: list[object], chunk_chars: int, chunk_docs: int = 64) -> list[list[int]]:
    return [[j.index for j in c] for c in _chunks(_jobs(texts, None, None), chunk_chars,
                                                  chunk_docs)]


def test_a_corpus_like_the_reports_gives_each_of_two_workers_many_chunks() -> None:
    texts: list[object] = ["字" * n for n in REPORT_SIZES]
    chunks = _cut(texts, chunk_chars_for(texts, workers=2))
    assert len(chunks) >= 2 * CHUNKS_PER_WORKER
    sizes = [sum(REPORT_SIZES[i] for i in c) for c in chunks]
    assert max(sizes) <= sum(REPORT_SIZES) / 2 / 4  # the last chunk is a small part of a share


def test_chunk_size_is_bounded_and_a_stream_gets_the_default() -> None:
    assert chunk_chars_for(["字" * 100] * 10, workers=2) == MIN_CHUNK_CHARS
    assert chunk_chars_for(["字" * 1_000_000] * 10, workers=2) == CHUNK_CHARS
    assert chunk_chars_for(iter(["字" * 100] * 10), workers=2) == CHUNK_CHARS
    assert chunk_chars_for([b"bytes", None], workers=2) == MIN_CHUNK_CHARS  # not text: no size


@pytest.mark.parametrize("chunk_chars", [1, 50, 120, 10_000])
def test_chunks_keep_order_and_overfill_only_with_one_long_document(chunk_chars: int) -> None:
    sizes = [30, 70, 10, 200, 5, 5, 90, 60]
    texts: list[object] = ["字" * n for n in sizes]
    chunks = _cut(texts, chunk_chars)
    assert list(itertools.chain(*chunks)) == list(range(len(sizes)))
    for c in chunks:
        assert len(c) == 1 or sum(sizes[i] for i in c) <= chunk_chars


def test_chunk_docs_still_caps_a_chunk() -> None:
    assert _cut(["一"] * 7, 10_000, chunk_docs=3) == [[0, 1, 2], [3, 4, 5], [6]]


def test_automatic_chunks_keep_input_order_on_two_workers() -> None:
    texts = [f"{2000 + i}年，企业{i + 1}家" + "。" * (i * 300) for i in range(40)]
    results = list(iter_extract(texts, workers=2))
    assert [fs.raw for fs in results] == texts
    assert [fs.metrics[0].value for fs in results] == [i + 1 for i in range(40)]
