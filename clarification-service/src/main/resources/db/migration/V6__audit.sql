-- Who did what to which case and when: one row per change, written in the change's transaction, never updated.
CREATE TABLE clarification_audit (
    id            uuid PRIMARY KEY,
    case_number   text COLLATE "C" NOT NULL,
    region_code   text NOT NULL,
    action        text NOT NULL,
    actor         text NOT NULL,
    occurred_at   timestamptz NOT NULL,
    -- a JSON object of the facts of the change (kept as text: read back whole, never queried inside)
    details       text NOT NULL DEFAULT '{}'
);
CREATE INDEX clarification_audit_case ON clarification_audit (case_number, occurred_at, id);
