-- The feed: every case event of the three services, thinned, in one order that readers follow with a cursor.
CREATE SEQUENCE feed_seq;

CREATE TABLE feed_event (
    seq           bigint       PRIMARY KEY,
    event_id      varchar(100) NOT NULL UNIQUE,
    type          varchar(100) NOT NULL,
    source        varchar(200) NOT NULL,
    subject       varchar(60)  NOT NULL,
    region_code   varchar(5)   NOT NULL,
    -- the province of region_code: a province's reader sees its own and its kabupaten/kota's events
    province_code varchar(2)   NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    stored_at     timestamptz  NOT NULL,
    data          text         NOT NULL
);
CREATE INDEX feed_event_region ON feed_event (region_code, seq);
CREATE INDEX feed_event_province ON feed_event (province_code, seq);
CREATE INDEX feed_event_stored ON feed_event (stored_at);

-- The highest seq removed by retention: a cursor below it has lost events, and its reader must resynchronise.
CREATE TABLE feed_horizon (
    id               int    PRIMARY KEY CHECK (id = 1),
    last_removed_seq bigint NOT NULL
);
INSERT INTO feed_horizon (id, last_removed_seq) VALUES (1, 0);

-- Appends one event. Gap-free for readers: the transaction-scoped lock is held from taking the seq until the
-- commit, so seq n+1 is taken only after seq n's transaction ended; a reader therefore never sees n+1 while n may
-- still appear, and a cursor that moved past a seq never has to come back for it. The lock serialises only this
-- insert's commit, not the consumers' other work. An event stored before (a redelivery) is not stored again.
CREATE FUNCTION feed_append(p_event_id varchar, p_type varchar, p_source varchar, p_subject varchar,
                            p_region varchar, p_occurred timestamptz, p_stored timestamptz, p_data text)
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    appended bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7263761); -- 'feed' as a number, the same in every replica
    INSERT INTO feed_event (seq, event_id, type, source, subject, region_code, province_code, occurred_at, stored_at, data)
    VALUES (nextval('feed_seq'), p_event_id, p_type, p_source, p_subject, p_region, left(p_region, 2), p_occurred,
            p_stored, p_data)
    ON CONFLICT (event_id) DO NOTHING
    RETURNING seq INTO appended;
    -- delivered at commit: long-polling readers wake then
    PERFORM pg_notify('netra_feed', coalesce(appended, 0)::text);
    RETURN appended;
END $$;
