from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SEED = DATA / "chinadaily-2022-03-11-ceasefire-talks.txt"
SHARED = TESTS.parent.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a message where it is absent."""
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: benchmark gates run only where ../shared is beside the clone")
    return path


@pytest.fixture(scope="session")
def seed_record():
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import iter_inputs

    (raw,) = list(iter_inputs([str(SEED)]))
    (record,) = Pipeline().run([raw])
    return record
