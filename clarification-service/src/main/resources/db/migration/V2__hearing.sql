-- The hearing: every summons of a clarification (the latest is in force) and the statements heard.
CREATE TABLE clarification_schedule (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    scheduled_at      timestamptz NOT NULL,
    place             text NOT NULL,
    letter_number     text NOT NULL,
    -- why an earlier summons was replaced; the service requires it from the second schedule on
    reason            text,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);

-- a clarification's history, in the order it was recorded
CREATE INDEX clarification_schedule_history ON clarification_schedule (clarification_id, recorded_at, id);

CREATE TABLE clarification_statement (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    role              text NOT NULL CHECK (role IN ('ACCUSED', 'WITNESS', 'REPORTER')),
    name              text NOT NULL,
    stated_at         timestamptz NOT NULL,
    text              text NOT NULL,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);

CREATE INDEX clarification_statement_history ON clarification_statement (clarification_id, recorded_at, id);
