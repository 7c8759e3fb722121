-- Appends a poll's events in one statement and one commit, instead of one transaction per event: at a hundred events
-- a second the per-event commit, made while the lock below was held, was what the feed waited for.
-- p_events is a JSON array of {id, type, source, subject, region, occurred, data}, in the order the consumer read
-- them (a case's events in their order). Gap-free for readers as before: the transaction-scoped lock is held from
-- taking the first seq until the commit, so a later transaction's seqs are taken only after this one ended; a cursor
-- that moved past a seq never has to come back for it. An event stored before (a redelivery) is not stored again.
CREATE FUNCTION feed_append_all(p_events jsonb, p_stored timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    appended integer;
BEGIN
    PERFORM pg_advisory_xact_lock(7263761); -- 'feed' as a number, the same in every replica
    INSERT INTO feed_event (seq, event_id, type, source, subject, region_code, province_code, occurred_at, stored_at, data)
    SELECT nextval('feed_seq'), e.event ->> 'id', e.event ->> 'type', e.event ->> 'source', e.event ->> 'subject',
           e.event ->> 'region', left(e.event ->> 'region', 2), (e.event ->> 'occurred')::timestamptz, p_stored,
           e.event ->> 'data'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(event, n)
    -- the seqs follow the array's order (a volatile target list is computed after the sort)
    ORDER BY e.n
    ON CONFLICT (event_id) DO NOTHING;
    GET DIAGNOSTICS appended = ROW_COUNT;
    -- delivered at commit: long-polling readers wake then
    PERFORM pg_notify('netra_feed', appended::text);
    RETURN appended;
END $$;

-- feed_append stays: during a rolling update the previous release's replicas still append through it (the same lock,
-- so both keep the feed gap-free); a later release removes it.
