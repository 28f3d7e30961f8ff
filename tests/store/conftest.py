from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.corpus_fixtures import write_articles


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_articles(tmp_path / "corpus", 12)
    return tmp_path / "corpus"
