"""A local GeoNames gazetteer in DuckDB: built from a dump the user downloads, queried by name.

``build_gazetteer`` loads the 19-column ``allCountries.txt`` (or any country file) into three
tables: ``geoname`` (one row per place), ``division`` (first/second-level division names) and
``names`` (folded name or alternate name → place, indexed). ``GeoNamesDB.lookup`` answers one
folded name with an indexed query and caches the answer for the process.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from newsgraph.geo.candidate import Candidate, Match

COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class", "feature_code",
    "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code", "population", "elevation",
    "dem", "timezone", "modification_date",
)  # fmt: skip
MAX_MATCHES = 200


def fold_sql(column: str) -> str:
    """SQL twin of ``newsgraph.geo.names.fold``."""
    text = f"lower(strip_accents(translate({column}, '’‘`´‐‑–—', '''''''''----')))"
    text = f"regexp_replace({text}, '\\s+', ' ', 'g')"
    return f"regexp_replace({text}, '^[ .,;:!?\"''()\\[\\]]+|[ .,;:!?\"''()\\[\\]]+$', '', 'g')"


def build_gazetteer(dump: Path, output: Path) -> dict[str, int]:
    """Load a GeoNames dump into a new DuckDB file at ``output``; returns table row counts."""
    import duckdb

    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    tmp.unlink(missing_ok=True)
    columns = ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS)
    con = duckdb.connect(str(tmp))
    try:
        con.execute(
            f"""CREATE TABLE raw AS SELECT * FROM read_csv(?, delim='\\t', header=false, quote='', escape='',
                columns={{{columns}}}, null_padding=true, ignore_errors=true)""",
            [str(dump)],
        )
        con.execute(
            """CREATE TABLE geoname AS SELECT TRY_CAST(geonameid AS BIGINT) AS geonameid, name,
                TRY_CAST(latitude AS DOUBLE) AS latitude, TRY_CAST(longitude AS DOUBLE) AS longitude,
                coalesce(feature_class, '') AS feature_class, coalesce(feature_code, '') AS feature_code,
                coalesce(country_code, '') AS country_code, coalesce(admin1_code, '') AS admin1_code,
                coalesce(admin2_code, '') AS admin2_code, coalesce(TRY_CAST(population AS BIGINT), 0) AS population
               FROM raw WHERE TRY_CAST(geonameid AS BIGINT) IS NOT NULL AND name IS NOT NULL"""
        )
        con.execute(
            """CREATE TABLE division AS SELECT country_code, admin1_code,
                CASE WHEN feature_code = 'ADM2' THEN admin2_code ELSE '' END AS admin2_code, any_value(name) AS name
               FROM geoname WHERE feature_code IN ('ADM1', 'ADM2')
               GROUP BY ALL"""
        )
        con.execute(
            f"""CREATE TABLE names AS
               SELECT DISTINCT key, geonameid, alias FROM (
                 SELECT {fold_sql("name")} AS key, TRY_CAST(geonameid AS BIGINT) AS geonameid, false AS alias FROM raw
                 UNION ALL
                 SELECT {fold_sql("asciiname")}, TRY_CAST(geonameid AS BIGINT), false FROM raw
                 UNION ALL
                 SELECT {fold_sql("alt")}, TRY_CAST(geonameid AS BIGINT), true
                 FROM (SELECT geonameid, unnest(string_split(alternatenames, ',')) AS alt FROM raw
                       WHERE alternatenames IS NOT NULL AND alternatenames <> '')
               ) WHERE key IS NOT NULL AND length(key) >= 2 AND geonameid IS NOT NULL"""
        )
        con.execute("DROP TABLE raw")
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("CREATE INDEX geoname_id ON geoname(geonameid)")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("geoname", "division", "names")}
    finally:
        con.close()
    tmp.replace(output)
    return counts


def _kind(feature_class: str, feature_code: str) -> str:
    if feature_code.startswith("PCL"):
        return "country"
    if feature_code == "ADM1":
        return "admin1"
    if feature_code == "ADM2":
        return "admin2"
    if feature_class == "P":
        return "city"
    if feature_code == "CONT":
        return "continent"
    if feature_code in ("RGN", "RGNE", "AREA") or (feature_class == "H" and feature_code in ("OCN", "SEA", "GULF")):
        return "region"
    return "site"


class GeoNamesDB:
    """Read-only name look-ups in a gazetteer built by :func:`build_gazetteer`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._con = None
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=100_000)(self._lookup)

    def _connect(self):
        if self._con is None:
            import duckdb

            self._con = duckdb.connect(str(self.path), read_only=True)
        return self._con

    def _lookup(self, key: str) -> list[Match]:
        from newsgraph.geo.countries import iso3_for

        with self._lock:
            rows = (
                self._connect()
                .execute(
                    """SELECT g.geonameid, g.name, g.latitude, g.longitude, g.feature_class, g.feature_code,
                          g.country_code, g.population, bool_and(n.alias) AS alias, any_value(d1.name), any_value(d2.name)
                       FROM names n JOIN geoname g USING (geonameid)
                       LEFT JOIN division d1 ON d1.country_code = g.country_code AND d1.admin1_code = g.admin1_code
                            AND d1.admin2_code = ''
                       LEFT JOIN division d2 ON d2.country_code = g.country_code AND d2.admin1_code = g.admin1_code
                            AND d2.admin2_code = g.admin2_code AND g.admin2_code <> ''
                       WHERE n.key = ?
                       GROUP BY ALL ORDER BY g.population DESC LIMIT ?""",
                    [key, MAX_MATCHES],
                )
                .fetchall()
            )
        out = []
        for gid, name, lat, lon, fclass, fcode, cc, pop, alias, admin1, admin2 in rows:
            kind = _kind(fclass, fcode)
            cand = Candidate(
                int(gid), name, iso3_for(cc), lat, lon, f"{fclass}.{fcode}", int(pop or 0), admin1, admin2, kind
            )
            out.append(Match(cand, bool(alias)))
        return out

    def __getstate__(self) -> dict:
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])
