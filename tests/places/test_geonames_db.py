"""`newsgraph gazetteer build` on a small hand-written file in the GeoNames format."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.geo.gazetteer import Gazetteers
from newsgraph.geo.geonames_db import GeoNamesDB, build_gazetteer
from newsgraph.geo.resolver import Resolver, Toponym

SAMPLE = Path(__file__).parents[1] / "data" / "places" / "geonames_sample.txt"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.duckdb"
    counts = build_gazetteer(SAMPLE, path)
    assert counts["geoname"] == 12
    assert counts["division"] == 4
    return path


def test_lookup_by_name_alternate_name_and_accent_free_name(db_path):
    db = GeoNamesDB(db_path)
    moscows = db.lookup("moscow")
    assert [m.candidate.country for m in moscows] == ["RUS", "USA"]  # by population
    idaho = moscows[1].candidate
    assert (idaho.admin1, idaho.admin2, idaho.feature, idaho.kind) == ("Idaho", "Latah County", "P.PPLA2", "city")
    assert db.lookup("moskva")[0].alias is True
    assert db.lookup("zurich")[0].candidate.name == "Zürich"
    assert db.lookup("zzyzx trail")[0].candidate.kind == "site"
    assert db.lookup("nowhere at all") == []


def test_resolver_uses_the_dump_and_its_divisions(db_path):
    resolver = Resolver(Gazetteers(geonames_path=db_path))
    text = "Students in Moscow, Idaho, returned."
    out = resolver.resolve(text, [Toponym(12, 18, "Moscow"), Toponym(20, 25, "Idaho")])
    assert out[0].candidate.geonames_id == 5601538
    assert out[1].candidate.feature == "A.ADM1"
    plain = resolver.resolve("Talks in Moscow.", [Toponym(9, 15, "Moscow")])[0].candidate
    assert (plain.geonames_id, plain.latitude) == (524901, 55.75222)  # the dump's point wins for the same id


def test_cli_build(tmp_path):
    out = tmp_path / "g.duckdb"
    result = CliRunner().invoke(app, ["gazetteer", "build", "--geonames", str(SAMPLE), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert GeoNamesDB(out).lookup("springfield")[0].candidate.population == 169176
    missing = CliRunner().invoke(app, ["gazetteer", "build", "--geonames", str(tmp_path / "absent.txt")])
    assert missing.exit_code == 2


def test_environment_variable_selects_the_gazetteer(db_path, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_GAZETTEER", str(db_path))
    assert Gazetteers().geonames is not None
    monkeypatch.setenv("NEWSGRAPH_GAZETTEER", "none")
    assert Gazetteers().geonames is None
    monkeypatch.setenv("NEWSGRAPH_GAZETTEER", str(tmp_path / "absent.duckdb"))
    with pytest.warns(UserWarning, match="not found"):
        assert Gazetteers().geonames is None
