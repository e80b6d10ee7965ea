"""Hypothesis profiles and the seed documents with their gold facts."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from seedfiles import SEEDS, Seed

settings.register_profile("dev", max_examples=100, deadline=None)
# CI: 10,000 examples per property (issue 12). Derandomized, so a CI failure reproduces on any
# machine. Measured: tests/property/ takes about 7 minutes of CPU (one core: pytest is one
# process), so about 7 minutes on an idle 2-core machine; 19 minutes of wall time when 8 jobs
# share the 2 cores. A property that sets its own `max_examples` keeps it.
settings.register_profile(
    "ci", max_examples=10_000, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(params=SEEDS, ids=[s.name[:3] for s in SEEDS])
def seed(request: pytest.FixtureRequest) -> Seed:
    return request.param
