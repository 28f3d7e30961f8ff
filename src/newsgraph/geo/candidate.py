"""One gazetteer entry a toponym may refer to."""

from __future__ import annotations

from typing import NamedTuple

# How specific each kind of entry is; used in ranking and to pick a type for the benchmark.
KINDS = ("continent", "region", "country", "admin1", "admin2", "city", "feature", "site", "guess")
# "site": any other GeoNames feature (from a local dump); "guess": a name no gazetteer knows, placed
# at the article's main place.


class Candidate(NamedTuple):
    geonames_id: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    latitude: float | None
    longitude: float | None
    feature: str  # GeoNames class.code: P.PPLC, A.PCLI, A.ADM1, L.RGN …
    population: int
    admin1: str | None  # first-level division name ("Louisiana")
    admin2: str | None
    kind: str  # one of KINDS

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Match(NamedTuple):
    """A candidate found under a name, and whether the name was its main name or an alias."""

    candidate: Candidate
    alias: bool
