"""Hypothesis profiles and the seed documents with their gold facts."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from seedfiles import SEEDS, Seed

settings.register_profile("dev", max_examples=100, deadline=None)
# CI: 10,000 examples per property (issue 12). Derandomized, so a CI failure reproduces on any
# machine; the whole property suite takes about N minutes on a 2-core machine.
settings.register_profile(
    "ci", max_examples=10_000, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(params=SEEDS, ids=[s.name[:3] for s in SEEDS])
def seed(request: pytest.FixtureRequest) -> Seed:
    return request.param
