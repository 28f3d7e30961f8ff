-- newsgraph knowledge base. Offsets (start_char, end_char) index articles.body.
-- Tables and columns are only ever added (the web app reads them); STORE_VERSION counts additions.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, input_format VARCHAR, status VARCHAR, reason VARCHAR,
    headline VARCHAR, authors VARCHAR[], outlet VARCHAR, section VARCHAR, dateline VARCHAR,
    published TIMESTAMP, updated TIMESTAMP, language VARCHAR, body VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp, record JSON
);
-- one row per input document read (raw-bytes hash), so a rerun skips it before the pipeline runs
CREATE TABLE IF NOT EXISTS sources (
    raw_hash VARCHAR PRIMARY KEY, source VARCHAR, article_id VARCHAR, status VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
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
    text VARCHAR, start_char INTEGER, end_char INTEGER,
    caption INTEGER, -- set when the expression is in a photo caption: offsets then index that caption's text
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, id VARCHAR, name VARCHAR, geonames_id BIGINT, country VARCHAR, latitude DOUBLE,
    longitude DOUBLE, feature VARCHAR, metonymic BOOLEAN, text VARCHAR, start_char INTEGER, end_char INTEGER,
    caption INTEGER, -- set when the toponym is in a photo caption: offsets then index that caption's text
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_entity VARCHAR,
    recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_entity VARCHAR,
    place_id VARCHAR, date VARCHAR, date_source VARCHAR, negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN,
    historical BOOLEAN, reported BOOLEAN, joint BOOLEAN, quote_id VARCHAR, confidence DOUBLE, trigger VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    PRIMARY KEY (article_id, id)
);
-- every evidence span of every fact: fact is mention|quote|time|place|event, part says which piece
CREATE TABLE IF NOT EXISTS evidence (
    article_id VARCHAR, fact VARCHAR, fact_id VARCHAR, part VARCHAR, start_char INTEGER, end_char INTEGER,
    text VARCHAR, source_start INTEGER, source_end INTEGER
);
CREATE TABLE IF NOT EXISTS failures (
    source VARCHAR, stage VARCHAR, reason VARCHAR, message VARCHAR, article_id VARCHAR,
    "at" TIMESTAMP DEFAULT current_timestamp
);
-- knowledge base: entities resolved across articles (entities.kb_id points here)
CREATE TABLE IF NOT EXISTS kb_entities (
    kb_id VARCHAR PRIMARY KEY, type VARCHAR, name VARCHAR, aliases VARCHAR[], role VARCHAR, country VARCHAR,
    sector VARCHAR, num_articles INTEGER, num_mentions INTEGER
);
-- near-duplicate articles (wire copies), found with MinHash LSH; article_id is the later one
CREATE TABLE IF NOT EXISTS article_minhash (article_id VARCHAR PRIMARY KEY, signature BLOB);
CREATE TABLE IF NOT EXISTS article_links (
    article_id VARCHAR, other_id VARCHAR, kind VARCHAR, similarity DOUBLE, PRIMARY KEY (article_id, other_id, kind)
);
-- one event reported by several articles, as GDELT counts it; event_members keeps each article's event
CREATE TABLE IF NOT EXISTS merged_events (
    id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_kb VARCHAR,
    recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_kb VARCHAR,
    date VARCHAR, first_date VARCHAR, last_date VARCHAR, negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN,
    historical BOOLEAN, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    first_article_id VARCHAR, first_event_id VARCHAR, place_id VARCHAR
);
CREATE TABLE IF NOT EXISTS event_members (
    merged_id VARCHAR, article_id VARCHAR, event_id VARCHAR, PRIMARY KEY (article_id, event_id)
);
-- Parquet shards from a distributed run already merged into this store (`newsgraph load`)
CREATE TABLE IF NOT EXISTS loaded_shards (
    name VARCHAR PRIMARY KEY, rows INTEGER, loaded_at TIMESTAMP DEFAULT current_timestamp
);
