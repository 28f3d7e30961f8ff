"""Readers for the toponym-resolution gold sets the benchmark uses (GeoWebNews, LGL)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    type: str  # GeoWebNews type (Literal, Metonymic …) or the GeoNames feature code for LGL
    latitude: float | None
    longitude: float | None
    country: str | None  # ISO alpha-3 when the gold gives it (LGL); GeoWebNews gets it from the point


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text and text.strip() else None
    except ValueError:
        return None


def read_geowebnews(folder: Path) -> list[GoldArticle]:
    """GeoWebNews ``GWN.xml``: all annotated toponyms, with coordinates where the gold has them."""
    path = folder / "GWN.xml" if folder.is_dir() else folder
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            tops.append(
                GoldToponym(
                    start,
                    end,
                    text[start:end],
                    t.findtext("type") or "",
                    _float(t.findtext("latitude")),
                    _float(t.findtext("longitude")),
                    None,
                )
            )
        tops.sort(key=lambda t: t.start)
        articles.append(GoldArticle(art.get("file") or str(len(articles)), text, tops))
    return articles


def read_lgl(path: Path) -> list[GoldArticle]:
    """LGL (Lieberman et al.) in Gritta's XML: toponyms with a GeoNames entry where one exists."""
    from newsgraph.geo.countries import iso3_by_geonames_id

    by_id = iso3_by_geonames_id()
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            gaz = t.find("gaztag")
            lat = lon = country = None
            feature = ""
            if gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                feature = f"{gaz.findtext('fclass') or ''}.{gaz.findtext('fcode') or ''}"
                country_el = gaz.find("country")
                if country_el is not None:
                    country = by_id.get(int(country_el.get("geonameid") or 0))
                if country is None and feature.startswith("A.PCL"):
                    country = by_id.get(int(gaz.get("geonameid") or 0))
            tops.append(GoldToponym(start, end, text[start:end], feature, lat, lon, country))
        tops.sort(key=lambda t: t.start)
        articles.append(GoldArticle(art.get("docid") or str(len(articles)), text, tops))
    return articles
