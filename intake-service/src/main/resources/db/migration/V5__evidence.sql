-- Evidence files of a report. The file itself is in the evidence storage under storage_key; sha256 is the hash
-- computed while the upload was stored, so a later re-hash shows whether the stored file was changed.
CREATE TABLE evidence (
    id            uuid PRIMARY KEY,
    report_id     uuid NOT NULL REFERENCES report (id),
    case_id       uuid NOT NULL REFERENCES case_file (id),
    file_name     text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key   text NOT NULL UNIQUE,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL
);
CREATE INDEX evidence_report ON evidence (report_id, uploaded_at);
