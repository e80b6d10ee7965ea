"""The seed documents and their gold facts, from fixtures/ (importable by any test module)."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from dataclasses import dataclass

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


def extract_seeds() -> list:
    """Every seed extracted with its gold file's reference date and its name as `doc`."""
    from yongchuan_facts import extract

    return [extract(s.raw, reference_date=s.reference_date, doc=s.name) for s in SEEDS]
