-- A case groups the reports about one accused and one act; its number is readable: <region>-<year>-<seq>.
CREATE TABLE case_file (
    id                  uuid PRIMARY KEY,
    case_number         text NOT NULL UNIQUE,
    region_code         text NOT NULL,
    election_code       text NOT NULL,
    status              text NOT NULL,
    accused_name        text NOT NULL,
    accused_nip         text,
    accused_position    text,
    accused_agency      text,
    violation_code      text,
    occurred_on         date NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             integer NOT NULL DEFAULT 0
);
CREATE INDEX case_file_region ON case_file (region_code, case_number);

CREATE TABLE case_sequence (
    region_code  text NOT NULL,
    year         integer NOT NULL,
    last_value   integer NOT NULL,
    PRIMARY KEY (region_code, year)
);

-- Reporter identity is stored only encrypted; reporter_ref is the pseudonym that events carry.
CREATE TABLE report (
    id                    uuid PRIMARY KEY,
    case_id               uuid NOT NULL REFERENCES case_file (id),
    tracking_code         text NOT NULL UNIQUE,
    channel               text NOT NULL,
    submitted_by          text NOT NULL,
    reporter_ref          text NOT NULL,
    reporter_confidential boolean NOT NULL,
    reporter_identity     bytea NOT NULL,
    description           text NOT NULL,
    place                 text,
    known_on              date NOT NULL,
    submitted_at          timestamptz NOT NULL
);
CREATE INDEX report_case ON report (case_id);

-- A retry with the same Idempotency-Key returns the first answer; request_hash tells a retry from a different body.
CREATE TABLE idempotency_key (
    submitted_by   text NOT NULL,
    key            text NOT NULL,
    request_hash   text NOT NULL,
    report_id      uuid,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (submitted_by, key)
);

-- Every step of a case, from intake and from the other services' events (event_id makes the projection idempotent).
CREATE TABLE timeline_entry (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES case_file (id),
    kind          text NOT NULL,
    occurred_at   timestamptz NOT NULL,
    source        text NOT NULL,
    event_id      text UNIQUE,
    detail        text
);
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, occurred_at);
