-- newsgraph knowledge base. Offsets (start_char, end_char) index articles.body.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, input_format VARCHAR, status VARCHAR, reason VARCHAR,
    headline VARCHAR, authors VARCHAR[], outlet VARCHAR, section VARCHAR, dateline VARCHAR,
    published TIMESTAMP, updated TIMESTAMP, language VARCHAR, body VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp, record JSON
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, type VARCHAR, name VARCHAR, role VARCHAR, country VARCHAR, sector VARCHAR,
    kb_id VARCHAR, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, type VARCHAR,
    role VARCHAR, kind VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, id VARCHAR, kind VARCHAR, speaker_entity VARCHAR, speaker_name VARCHAR, unnamed BOOLEAN,
    content VARCHAR, content_start INTEGER, content_end INTEGER, cue VARCHAR, cue_start INTEGER, cue_end INTEGER,
    speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, via VARCHAR[], PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, id VARCHAR, type VARCHAR, value VARCHAR, granularity VARCHAR, anchor VARCHAR,
    text VARCHAR, start_char INTEGER, end_char INTEGER, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, id VARCHAR, name VARCHAR, geonames_id BIGINT, country VARCHAR, latitude DOUBLE,
    longitude DOUBLE, feature VARCHAR, metonymic BOOLEAN, text VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_entity VARCHAR,
    recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_entity VARCHAR,
    place_id VARCHAR, date VARCHAR, date_source VARCHAR, negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN,
    historical BOOLEAN, reported BOOLEAN, quote_id VARCHAR, confidence DOUBLE, trigger VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS failures (
    source VARCHAR, stage VARCHAR, reason VARCHAR, message VARCHAR, article_id VARCHAR,
    at TIMESTAMP DEFAULT current_timestamp
);
