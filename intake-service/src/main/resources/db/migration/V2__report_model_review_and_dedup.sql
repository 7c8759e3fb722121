-- The full report model of issue 3, the initial review (kajian awal) and one case for many reports.

-- A case: how intake judged it, when its review is due, and the keys that find likely duplicates without a NIP.
ALTER TABLE case_file
    ADD COLUMN accused_region_code    text,
    ADD COLUMN accused_name_key       text,
    ADD COLUMN accused_agency_key     text,
    ADD COLUMN violation_description  text,
    ADD COLUMN received_on            date,
    ADD COLUMN report_count           integer NOT NULL DEFAULT 1,
    ADD COLUMN lead                   boolean NOT NULL DEFAULT false,
    ADD COLUMN lead_reason            text,
    ADD COLUMN review_due_at          timestamptz,
    ADD COLUMN review_overdue_raised  boolean NOT NULL DEFAULT false,
    ADD COLUMN reviewed_by            text,
    ADD COLUMN reviewed_at            timestamptz,
    ADD COLUMN decision_reason_code   text,
    ADD COLUMN decision_reason        text,
    ADD COLUMN completion_missing     text,
    ADD COLUMN completion_due_at      timestamptz;

UPDATE case_file SET accused_region_code = region_code, received_on = (created_at AT TIME ZONE 'UTC')::date,
    accused_name_key = lower(accused_name), accused_agency_key = lower(coalesce(accused_agency, ''));
ALTER TABLE case_file ALTER COLUMN received_on SET NOT NULL;
ALTER TABLE case_file ALTER COLUMN occurred_on DROP NOT NULL;

-- the same accused and act join one case; the window is searched by NIP, violation and date
CREATE INDEX case_file_same_act ON case_file (accused_nip, violation_code, occurred_on) WHERE accused_nip IS NOT NULL;
-- likely duplicates without a NIP: same normalised name and agency in the same region
CREATE INDEX case_file_same_name ON case_file (region_code, accused_name_key, accused_agency_key);
-- the overdue sweep looks only at cases under review whose event was not raised yet
CREATE INDEX case_file_review_due ON case_file (review_due_at) WHERE status = 'KAJIAN_AWAL' AND NOT review_overdue_raised;
CREATE INDEX case_file_completion_due ON case_file (completion_due_at) WHERE status = 'PERLU_DILENGKAPI';

-- A report keeps everything it said; the reporter's identity stays in the encrypted reporter_identity only.
ALTER TABLE report
    ADD COLUMN election_code          text,
    ADD COLUMN accused_name           text,
    ADD COLUMN accused_nip            text,
    ADD COLUMN accused_position       text,
    ADD COLUMN accused_agency         text,
    ADD COLUMN accused_region_code    text,
    ADD COLUMN violation_code         text,
    ADD COLUMN violation_description  text,
    ADD COLUMN occurred_on            date,
    ADD COLUMN incident_region_code   text,
    ADD COLUMN witnesses              text,
    ADD COLUMN links                  text,
    ADD COLUMN filing_due_on          date,
    ADD COLUMN filed_in_time          boolean NOT NULL DEFAULT true,
    ADD COLUMN filing_note            text,
    ADD COLUMN lead                   boolean NOT NULL DEFAULT false,
    ADD COLUMN joined_existing_case   boolean NOT NULL DEFAULT false,
    ADD COLUMN completion             text,
    ADD COLUMN completed_at           timestamptz;
