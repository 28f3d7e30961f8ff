"""Read-side queries behind `quotes`, `events`, `timeline`: entity lookup by name, id or country."""

from __future__ import annotations

from newsgraph.kb.names import name_key

ARTICLE_DAY = "strftime(coalesce(a.updated, a.published), '%Y-%m-%d')"


def kb_ids_matching(conn, text: str) -> list[str]:
    """KB ids whose id, name or alias matches ``text`` (folded: "Sergei Lavrov" finds "Sergey Lavrov";
    a single word also matches a surname)."""
    query = name_key(text)
    if not query:
        return []
    single = " " not in query
    found = []
    for kb_id, name, aliases in conn.execute("SELECT kb_id, name, aliases FROM kb_entities").fetchall():
        if kb_id == text:
            return [kb_id]
        keys = {name_key(a) for a in [name, *(aliases or [])]}
        if query in keys or (single and any(k.split()[-1:] == [query] for k in keys if k)):
            found.append(kb_id)
    return found


def quotes(conn, speaker: str | None, since: str | None, until: str | None, kind: str | None) -> tuple[list, list]:
    where, params = ["1=1"], []
    if speaker:
        ids = kb_ids_matching(conn, speaker)
        where.append("(list_contains(?, e.kb_id) OR q.speaker_name ILIKE ?)")
        params += [ids, f"%{speaker}%"]
    _dates(where, params, ARTICLE_DAY, since, until)
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    sql = f"""
        SELECT {ARTICLE_DAY} AS day, q.speaker_name AS speaker, e.kb_id AS speaker_kb, q.kind, q.content, q.cue,
               q.via, a.headline, a.id AS article_id, q.id AS quote_id, q.content_start, q.content_end
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.article_id = q.article_id AND e.id = q.speaker_entity
        WHERE {" AND ".join(where)} ORDER BY day NULLS LAST, a.id, q.content_start"""
    return _run(conn, sql, params)


MODES = ("negated", "future", "hypothetical", "historical", "reported")


def events(
    conn,
    actor: str | None,
    recipient: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    modes: list[str],
    min_confidence: float | None = None,
) -> tuple[list, list]:
    day = f"coalesce(e.date, {ARTICLE_DAY})"
    where, params = ["1=1"], []
    if min_confidence is not None:  # type-only readings with no participant sit at 0.05
        where.append("e.confidence >= ?")
        params.append(min_confidence)
    for role, alias, value in (("actor", "ak", actor), ("recipient", "rk", recipient)):
        if value:
            where.append(f"(upper(e.{role}_country) = upper(?) OR list_contains(?, {alias}.kb_id))")
            params += [value, kb_ids_matching(conn, value)]
    if event_type:
        where.append("upper(e.type) = upper(?)")
        params.append(event_type)
    _dates(where, params, day, since, until)
    for mode in modes:
        if mode == "asserted":
            where.append("NOT (" + " OR ".join(f"coalesce(e.{m}, false)" for m in MODES) + ")")
        else:
            where.append(f"e.{mode}")
    sql = f"""
        SELECT {day} AS day, e.type, e.mode, e.cameo, e.actor_name, e.actor_country, ak.kb_id AS actor_kb,
               e.recipient_name, e.recipient_country, rk.kb_id AS recipient_kb, e.negated, e.future,
               e.hypothetical, e.historical, e.reported, e.confidence, e.trigger, e.evidence, m.merged_id,
               me.num_articles, me.num_sources, a.headline, a.id AS article_id, e.id AS event_id,
               e.evidence_start, e.evidence_end
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN entities ak ON ak.article_id = e.article_id AND ak.id = e.actor_entity
        LEFT JOIN entities rk ON rk.article_id = e.article_id AND rk.id = e.recipient_entity
        LEFT JOIN event_members m ON m.article_id = e.article_id AND m.event_id = e.id
        LEFT JOIN merged_events me ON me.id = m.merged_id
        WHERE {" AND ".join(where)} ORDER BY day NULLS LAST, a.id, e.evidence_start"""
    return _run(conn, sql, params)


def timeline(conn, entity: str) -> tuple[list, list]:
    """Everything the store says about one KB entity, by date: mentions, quotes, events."""
    ids = kb_ids_matching(conn, entity)
    sql = f"""
        WITH ent AS (SELECT article_id, id, kb_id FROM entities WHERE list_contains($ids, kb_id))
        SELECT {ARTICLE_DAY} AS day, 'mentioned' AS what, ent.kb_id, count(*)::VARCHAR || ' mentions' AS text,
               a.headline, a.id AS article_id, min(mn.start_char) AS start_char
        FROM ent JOIN articles a ON a.id = ent.article_id
        JOIN mentions mn ON mn.article_id = ent.article_id AND mn.entity_id = ent.id
        GROUP BY ALL
        UNION ALL
        SELECT {ARTICLE_DAY}, 'said', ent.kb_id, q.content, a.headline, a.id, q.content_start
        FROM ent JOIN quotes q ON q.article_id = ent.article_id AND q.speaker_entity = ent.id
        JOIN articles a ON a.id = q.article_id
        UNION ALL
        SELECT coalesce(e.date, {ARTICLE_DAY}), 'event ' || e.type || CASE WHEN e.actor_entity = ent.id
               THEN ' (actor)' ELSE ' (recipient)' END, ent.kb_id, e.evidence, a.headline, a.id, e.evidence_start
        FROM ent JOIN events e ON e.article_id = ent.article_id AND ent.id IN (e.actor_entity, e.recipient_entity)
        JOIN articles a ON a.id = e.article_id
        ORDER BY day NULLS LAST, article_id, start_char"""
    return _run(conn, sql, {"ids": ids})


def _dates(where: list[str], params: list, column: str, since: str | None, until: str | None) -> None:
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)


def _run(conn, sql: str, params) -> tuple[list, list]:
    cursor = conn.execute(sql, params)
    return [d[0] for d in cursor.description], cursor.fetchall()
