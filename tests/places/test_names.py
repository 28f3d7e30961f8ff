from newsgraph.geo.names import fold, variants


def test_fold_strips_accents_case_and_edge_punctuation():
    assert fold("Zürich") == "zurich"
    assert fold("  Kyiv’s ") == "kyiv's"
    assert fold("W.Va.") == "w.va"
    assert fold("Białowieża") == "białowieza" or fold("Białowieża").startswith("bia")


def test_variants_cover_articles_possessives_and_abbreviations():
    assert "united states" in variants("the United States")
    assert "moscow" in variants("Moscow's")
    assert "saint louis" in variants("St. Louis")
    assert "fort worth" in variants("Ft. Worth")


def test_fold_caps_very_long_names():
    assert len(fold("A" * 10_000)) <= 80
