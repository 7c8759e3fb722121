-- Whether the accused came to a hearing: at most one record per summons.
CREATE TABLE clarification_attendance (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    schedule_id       uuid NOT NULL UNIQUE REFERENCES clarification_schedule (id),
    attendance        text NOT NULL CHECK (attendance IN ('ATTENDED', 'NO_SHOW')),
    note              text,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);
CREATE INDEX clarification_attendance_of ON clarification_attendance (clarification_id);

-- Evidence files intake announced (by reference and hash, never the content). Keyed by case, not clarification:
-- a file may be announced before the case's registration reaches this service.
CREATE TABLE clarification_evidence (
    evidence_id   uuid PRIMARY KEY,
    case_id       uuid NOT NULL,
    case_number   text NOT NULL,
    region_code   text NOT NULL,
    report_id     uuid NOT NULL,
    file_name     text,
    content_type  text,
    size_bytes    bigint NOT NULL,
    sha256        text NOT NULL,
    attached_at   timestamptz NOT NULL
);
CREATE INDEX clarification_evidence_case ON clarification_evidence (case_id, attached_at);

-- An officer's review of one evidence file: the hash seen and whether it matched intake's.
CREATE TABLE clarification_evidence_review (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    evidence_id       uuid NOT NULL REFERENCES clarification_evidence (evidence_id),
    sha256_seen       text NOT NULL,
    hash_matches      boolean NOT NULL,
    note              text,
    reviewed_at       timestamptz NOT NULL,
    reviewed_by       text NOT NULL
);
CREATE INDEX clarification_evidence_review_of ON clarification_evidence_review (clarification_id, reviewed_at, id);

-- Internal notes of the inspectorate: never in an event, never shown to the reporter.
CREATE TABLE clarification_note (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    text              text NOT NULL,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);
CREATE INDEX clarification_note_of ON clarification_note (clarification_id, recorded_at, id);
