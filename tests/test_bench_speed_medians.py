"""`newsgraph bench speed --repeat N` reports the medians of its rounds (pure aggregation, no spaCy)."""

from newsgraph.bench.speed import _medians


def _round(bare: float, one: float, two: float, failures: int = 0, rss: int = 590) -> dict:
    def run(rate: float) -> dict:
        return {
            "seconds": round(200 / rate, 2),
            "articles_per_s": rate,
            "words_per_s": round(rate * 368),
            "failures": failures,
            "peak_rss_mb_per_worker": rss,
            "stage_seconds": {"nlp": 10.0},
        }

    return {
        "articles": 200,
        "words": 73_604,
        "bare_spacy": {"seconds": round(200 / bare, 2), "articles_per_s": bare, "words_per_s": round(bare * 368)},
        "full": {"1": run(one), "2": run(two)},
        "full_over_bare": round(one / bare, 3),
        "scaling_2_over_1": round(two / one, 2),
    }


def test_ratios_are_medians_of_each_rounds_own_ratio():
    rounds = [_round(12.0, 10.0, 16.0), _round(11.0, 11.0, 19.5, failures=1), _round(13.0, 12.0, 18.0, rss=620)]
    out = _medians(rounds)
    assert out["scaling_2_over_1"] == 1.6  # per-round 1.6, 1.77, 1.5
    assert out["full_over_bare"] == 0.923  # per-round 0.833, 1.0, 0.923
    assert out["full"]["2"]["articles_per_s"] == 18.0
    assert out["full"]["2"]["failures"] == 1 and out["full"]["1"]["peak_rss_mb_per_worker"] == 620
    assert [r["scaling_2_over_1"] for r in out["rounds"]] == [1.6, 1.77, 1.5]
