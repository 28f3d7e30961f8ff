"""Quality gate: page reading on AEB (HTML and rendered as plain text), publication dates on the
htmldate MediaCloud set, and clean-text pass-through on MEANTIME; floors just under the measured
figures (docs/benchmarks/extract.md)."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate]


def test_aeb_html_body_f1():
    from newsgraph.bench.extract import bench_aeb

    result = bench_aeb(shared_path("aeb"), as_text=False, limit=None)
    assert result["empty"] == 0
    assert result["f1"] >= 0.960


def test_aeb_as_plain_text_body_f1():
    from newsgraph.bench.extract import bench_aeb

    result = bench_aeb(shared_path("aeb"), as_text=True, limit=None)
    assert result["f1"] >= 0.918


def test_publication_date_accuracy():
    from newsgraph.bench.extract import bench_dates

    result = bench_dates(shared_path("corpora", "htmldate_mediacloud2020"), limit=None)
    assert result["accuracy"] >= 0.905 and result["test"]["accuracy"] >= 0.885


def test_clean_meantime_articles_pass_through():
    from newsgraph.bench.extract import bench_clean

    result = bench_clean(shared_path("corpora", "meantime_newsreader_english_oct15"), limit=None)
    assert result["body_recall"] >= 0.995 and result["headline_exact"] >= 0.98
