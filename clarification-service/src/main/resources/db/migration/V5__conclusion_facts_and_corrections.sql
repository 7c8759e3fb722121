-- The facts the sanction rules need, and the reason code of NOT_PROVEN.
ALTER TABLE clarification
    ADD COLUMN reason_code        text CHECK (reason_code IN
        ('INSUFFICIENT_EVIDENCE', 'ACT_NOT_A_VIOLATION', 'NOT_A_CIVIL_SERVANT', 'WRONG_PERSON', 'OTHER')),
    ADD COLUMN candidacy_stage    text CHECK (candidacy_stage IN ('PROSPECTIVE_CANDIDATE', 'CANDIDATE')),
    ADD COLUMN position_category  text CHECK (position_category IN ('JPT', 'CAMAT', 'LURAH', 'OTHER'));

-- A conclusion is final; each correction is its own act: what changed, from what to what, and why.
CREATE TABLE clarification_correction (
    id                uuid PRIMARY KEY,
    clarification_id  uuid NOT NULL REFERENCES clarification (id),
    changed_fields    text[] NOT NULL CHECK (cardinality(changed_fields) > 0),
    before            text NOT NULL,
    after             text NOT NULL,
    reason            text NOT NULL,
    corrected_at      timestamptz NOT NULL,
    corrected_by      text NOT NULL
);
CREATE INDEX clarification_correction_of ON clarification_correction (clarification_id, corrected_at, id);
