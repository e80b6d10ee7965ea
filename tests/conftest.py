"""Hypothesis profiles and the seed documents with their gold facts."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from seedfiles import SEEDS, Seed

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(params=SEEDS, ids=[s.name[:3] for s in SEEDS])
def seed(request: pytest.FixtureRequest) -> Seed:
    return request.param
