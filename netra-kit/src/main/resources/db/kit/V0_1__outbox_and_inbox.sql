-- Outbox: events written in the same transaction as the state change they report; the relay publishes them.
CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    seq           bigserial NOT NULL UNIQUE,
    aggregate_id  text NOT NULL,
    subject       text NOT NULL,
    type          text NOT NULL,
    payload       text NOT NULL,
    occurred_at   timestamptz NOT NULL,
    published_at  timestamptz
);
-- the relay reads only what is not yet published, oldest first, per case
CREATE INDEX outbox_event_pending ON outbox_event (aggregate_id, seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_pending_seq ON outbox_event (seq) WHERE published_at IS NULL;

-- NOTIFY is delivered at commit, so the relay wakes as soon as the event is visible.
CREATE FUNCTION netra_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('netra_outbox', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION netra_outbox_notify();

-- Inbox: ids of the events this service has processed, recorded in the transaction of their effect.
CREATE TABLE inbox_event (
    event_id     text PRIMARY KEY,
    type         text NOT NULL,
    subject      text,
    received_at  timestamptz NOT NULL
);
