-- One clarification per registered case, run by the Inspektorat of the case's region.
CREATE TABLE clarification (
    id                       uuid PRIMARY KEY,
    -- unique: a second case.registered for the same case (a new event id) must not open a second clarification
    case_id                  uuid NOT NULL UNIQUE,
    -- byte order: a stable keyset order for paging, and LIKE prefixes can use the index
    case_number              text COLLATE "C" NOT NULL UNIQUE,
    region_code              text COLLATE "C" NOT NULL,
    election_code            text NOT NULL,
    accused_name             text NOT NULL,
    accused_nip              text,
    accused_position         text,
    accused_agency           text,
    alleged_violation_codes  text[] NOT NULL DEFAULT '{}',
    status                   text NOT NULL CHECK (status IN ('OPEN', 'CONCLUDED')),
    opened_at                timestamptz NOT NULL,
    due_at                   timestamptz NOT NULL,
    outcome                  text CHECK (outcome IN ('PROVEN', 'NOT_PROVEN')),
    violation_codes          text[] NOT NULL DEFAULT '{}',
    act_date                 date,
    reason                   text,
    concluded_at             timestamptz,
    concluded_by             text,
    version                  bigint NOT NULL DEFAULT 0,
    -- a conclusion is all or nothing, whatever code writes the row
    CONSTRAINT clarification_conclusion_complete CHECK (
        (status = 'OPEN' AND outcome IS NULL AND concluded_at IS NULL AND concluded_by IS NULL)
        OR (status = 'CONCLUDED' AND outcome IS NOT NULL AND concluded_at IS NOT NULL AND concluded_by IS NOT NULL))
);

-- region-scoped lists, paged by case number
CREATE INDEX clarification_region_case_number ON clarification (region_code, case_number);
-- the overdue filter looks only at open clarifications
CREATE INDEX clarification_open_due ON clarification (due_at) WHERE status = 'OPEN';
