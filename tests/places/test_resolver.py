"""The resolver over the packaged gazetteers (no spaCy): ranking, patterns and context."""

import pytest

from newsgraph.geo.resolver import Resolver, Toponym


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


def resolve(resolver, text, names, dateline=None):
    tops = []
    for name in names:
        start = text.index(name, tops[-1].end if tops and name == tops[-1].text else 0)
        tops.append(Toponym(start, start + len(name), name))
    return {r.toponym.text: r for r in resolver.resolve(text, tops, dateline)}


def test_seed_places(resolver):
    text = "Talks in Antalya, Turkey, between Moscow and Kyiv; earlier rounds were held at Belovezhskaya Pushcha."
    res = resolve(resolver, text, ["Antalya", "Turkey", "Moscow", "Kyiv", "Belovezhskaya Pushcha"])
    assert res["Antalya"].candidate.country == "TUR"
    assert res["Antalya"].candidate.feature.startswith("P.")
    assert (res["Turkey"].candidate.country, res["Turkey"].candidate.feature) == ("TUR", "A.PCLI")
    assert (res["Moscow"].candidate.country, res["Moscow"].candidate.feature) == ("RUS", "P.PPLC")
    assert res["Moscow"].candidate.geonames_id == 524901
    assert res["Kyiv"].candidate.country == "UKR"
    assert res["Belovezhskaya Pushcha"].candidate.country == "BLR"


def test_aliases_and_old_spellings(resolver):
    res = resolve(resolver, "Kiev, Bombay and Türkiye.", ["Kiev", "Bombay", "Türkiye"])
    assert res["Kiev"].candidate.name == "Kyiv"
    assert res["Bombay"].candidate.name == "Mumbai"
    assert res["Türkiye"].candidate.country == "TUR"


def test_city_state_pattern_picks_the_state(resolver):
    text = "The plant in Springfield, Ill., closed. Another one in Paris, Texas, opened."
    res = resolve(resolver, text, ["Springfield", "Paris", "Texas"])
    assert res["Springfield"].candidate.admin1 == "Illinois"
    assert res["Paris"].candidate.country == "USA"
    assert res["Paris"].candidate.admin1 == "Texas"


def test_article_context_moves_an_ambiguous_town(resolver):
    alone = resolve(resolver, "Police in Alexandria said.", ["Alexandria"])["Alexandria"].candidate
    text = "Police in Alexandria said the fire spread across Rapides Parish in central Louisiana."
    in_louisiana = resolve(resolver, text, ["Alexandria", "Rapides Parish", "Louisiana"])["Alexandria"].candidate
    assert alone.country == "EGY"
    assert (in_louisiana.country, in_louisiana.admin1) == ("USA", "Louisiana")


def test_dateline_gives_context(resolver):
    plain = resolve(resolver, "Officials in Athens met.", ["Athens"])["Athens"].candidate
    dated = resolve(resolver, "Officials in Athens met.", ["Athens"], dateline="ATLANTA, Ga.")["Athens"].candidate
    assert plain.country == "GRC"
    assert (dated.country, dated.admin1) == ("USA", "Georgia")


def test_washington_is_the_capital_unless_written_as_the_state(resolver):
    capital = resolve(resolver, "Washington said on Monday.", ["Washington"])["Washington"].candidate
    state = resolve(resolver, "Fires in Washington state spread.", ["Washington"])["Washington"].candidate
    assert (capital.feature, capital.admin1) == ("P.PPLC", "Washington, D.C.")
    assert (state.kind, state.country) == ("admin1", "USA")


def test_ap_state_abbreviations(resolver):
    res = resolve(resolver, "Charleston, W.Va., and Columbia, S.C.", ["Charleston", "W.Va.", "Columbia", "S.C."])
    assert res["W.Va."].candidate.name == "West Virginia"
    assert res["Charleston"].candidate.admin1 == "West Virginia"
    assert res["Columbia"].candidate.admin1 == "South Carolina"


def test_regions_and_the_west(resolver):
    res = resolve(resolver, "The Middle East, the Sahel and the West.", ["Middle East", "Sahel", "West"])
    assert res["Middle East"].candidate.feature == "L.RGN" and res["Middle East"].candidate.has_point
    assert res["Sahel"].candidate.kind == "region"
    west = res["West"].candidate
    assert (west.feature, west.country, west.latitude) == ("L.RGN", None, None)


def test_sub_span_fallback_ignores_generic_words(resolver):
    res = resolve(
        resolver, "At the University of California and on Third Street.", ["University of California", "Third Street"]
    )
    assert res["University of California"].candidate.name == "California"
    street = res["Third Street"]  # no gazetteer knows it: placed at the article's main place, as a guess
    assert (street.candidate.kind, street.candidate.country, street.candidate.name) == ("guess", "USA", "Third Street")
    assert street.confidence < 0.5
    strict = Resolver(resolver.gaz, guess_unknown=False)
    text = "At the University of California and on Third Street."
    assert (
        strict.resolve(text, [Toponym(text.index("Third"), text.index("Third") + 12, "Third Street")])[0].candidate
        is None
    )


def test_unknown_and_empty_names(resolver):
    assert resolver.resolve("", []) == []
    res = resolve(resolver, "Qxzzv Flornk is nowhere.", ["Qxzzv Flornk"])
    assert res["Qxzzv Flornk"].candidate is None
    assert res["Qxzzv Flornk"].confidence == 0.0


def test_thousands_of_capitalised_tokens_and_odd_unicode(resolver):
    words = [f"Zq{i}x" for i in range(3000)] + ["\u202e\u200bMoscow", "Ｔｏｋｙｏ", "🏳️‍🌈", "Ä" * 500]
    text = " ".join(words)
    tops, pos = [], 0
    for w in words:
        tops.append(Toponym(pos, pos + len(w), w))
        pos += len(w) + 1
    out = resolver.resolve(text, tops)
    assert len(out) == len(tops)
    assert all(r.candidate is None or r.candidate.kind == "guess" for r in out[:3000])
    assert out[3000].candidate.name == "Moscow"


def test_an_alias_of_a_city_beats_a_hamlet_of_the_same_name(resolver):
    # "Jenin" is the main name of a village of 1,100 in Poland and an alias of the West Bank city (35,000)
    res = resolve(resolver, "Troops raided Jenin overnight.", ["Jenin"])
    assert res["Jenin"].candidate.country == "PSE"


def test_a_part_of_a_country_is_in_that_country(resolver):
    text = "Israel invaded South Lebanon; fighting spread to northern Mali, South Africa and West Virginia."
    res = resolve(resolver, text, ["South Lebanon", "northern Mali", "South Africa", "West Virginia"])
    assert res["South Lebanon"].candidate.country == "LBN"  # not South Lebanon, Ohio
    assert res["northern Mali"].candidate.country == "MLI"
    assert (res["South Africa"].candidate.country, res["South Africa"].candidate.feature) == ("ZAF", "A.PCLI")
    assert (res["West Virginia"].candidate.country, res["West Virginia"].candidate.feature) == ("USA", "A.ADM1")
