"""Which gazetteers the resolver asks: the packaged one always, a local GeoNames DuckDB when configured."""

from __future__ import annotations

import os
import warnings
from functools import cache
from pathlib import Path

from newsgraph.geo.candidate import Match
from newsgraph.geo.packaged import packaged_gazetteer

ENV_VAR = "NEWSGRAPH_GAZETTEER"


def default_gazetteer_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return Path(base) / "newsgraph" / "gazetteer.duckdb"


def configured_path() -> Path | None:
    """``$NEWSGRAPH_GAZETTEER`` ("" or "none" turns it off), else the default path when it exists."""
    value = os.environ.get(ENV_VAR)
    if value is not None:
        return None if value.strip().lower() in ("", "none", "off") else Path(value)
    path = default_gazetteer_path()
    return path if path.exists() else None


class Gazetteers:
    """Looks a folded name up in every configured gazetteer; results cached per process."""

    def __init__(self, geonames_path: Path | None = None, use_geonames: bool = True):
        self.packaged = packaged_gazetteer()
        self.geonames = None
        path = geonames_path or (configured_path() if use_geonames else None)
        if path is not None and not Path(path).is_file():
            warnings.warn(f"GeoNames gazetteer {path} not found; using the packaged gazetteer only", stacklevel=2)
            path = None
        if path is not None:
            from newsgraph.geo.geonames_db import GeoNamesDB

            self.geonames = GeoNamesDB(path)

    def lookup(self, key: str) -> list[Match]:
        matches = self.packaged.lookup(key)
        if self.geonames is None:
            return matches
        return _merge(matches, self.geonames.lookup(key))


def _merge(packaged: list[Match], full: list[Match]) -> list[Match]:
    """The dump's entries win for the same GeoNames id; curated entries without ids are kept."""
    by_id = {m.candidate.geonames_id: m for m in full}
    merged = [by_id.pop(m.candidate.geonames_id, m) if m.candidate.geonames_id else m for m in packaged]
    return merged + list(by_id.values())


@cache
def default_gazetteers() -> Gazetteers:
    return Gazetteers()
