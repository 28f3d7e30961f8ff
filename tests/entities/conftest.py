from __future__ import annotations

import pytest

from ._support import SEED, run_entities


@pytest.fixture(scope="module")
def seed():
    return run_entities(SEED)
