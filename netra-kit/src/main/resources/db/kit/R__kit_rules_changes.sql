-- Every change of the rules (elections, holiday lists) since the shipped data, in the order this service recorded
-- it; the rules in force are rebuilt from it at start. Repeatable and idempotent, so that a database migrated before
-- this table existed gets it without a version below the service's own.
CREATE TABLE IF NOT EXISTS rules_change (
    seq        bigserial PRIMARY KEY,
    version    varchar(60) NOT NULL UNIQUE,
    changed_at timestamptz NOT NULL,
    -- the admin who made the change, where it was made; null in a copy
    changed_by varchar(200),
    payload    text        NOT NULL
);
