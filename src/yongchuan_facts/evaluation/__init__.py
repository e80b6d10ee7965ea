"""Evaluation: measure an extractor (or your own rules) against gold annotations.

    >>> from yongchuan_facts import evaluate
    >>> ev = evaluate("fixtures/seeds", "fixtures/gold")
    >>> sorted(ev.kinds)
    ['date', 'metric', 'project']

The scoring is FACTS.md §Scoring, implemented here independently of the shared scorer
(`../shared/tools/score.py`); a test checks that the two agree on the development set.
"""

from .gold import GoldDocument, GoldError, load_gold
from .matching import is_hit, match, overlap
from .runner import Evaluation, evaluate
from .scores import DocumentScore, KindScore, ScoringError, score_document

__all__ = [
    "DocumentScore", "Evaluation", "GoldDocument", "GoldError", "KindScore", "ScoringError",
    "evaluate", "is_hit", "load_gold", "match", "overlap", "score_document",
]
