-- The retention job finds old rows by these columns. Repeatable and idempotent, like the rules table, so that a
-- database migrated before the job existed gets them without a version below the service's own.
CREATE INDEX IF NOT EXISTS outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS inbox_event_received_at ON inbox_event (received_at);
