"""Hypothesis profiles and the seed documents with their gold facts."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Seed:
    name: str
    raw: str
    reference_date: dt.date
    gold: list[dict]


def load_seeds() -> list[Seed]:
    seeds = []
    for gold_path in sorted((FIXTURES / "gold").glob("*.jsonl")):
        lines = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x]
        head, gold = lines[0], lines[1:]
        raw_path = FIXTURES / "seeds" / head["doc"]
        with open(raw_path, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        seeds.append(Seed(head["doc"], raw, dt.date.fromisoformat(head["reference_date"]), gold))
    return seeds


SEEDS = load_seeds()


@pytest.fixture(params=SEEDS, ids=[s.name[:3] for s in SEEDS])
def seed(request: pytest.FixtureRequest) -> Seed:
    return request.param
