-- Every time someone was shown a reporter's decrypted identity: who, in which role and region, when, which
-- report and case, and the reason they gave. Written in the transaction that reveals the identity.
CREATE TABLE reporter_identity_view (
    id             uuid PRIMARY KEY,
    viewed_by      text NOT NULL,
    viewer_roles   text NOT NULL,
    viewer_region  text,
    report_id      uuid NOT NULL REFERENCES report (id),
    case_id        uuid NOT NULL REFERENCES case_file (id),
    case_number    text NOT NULL,
    confidential   boolean NOT NULL,
    reason         text NOT NULL,
    viewed_at      timestamptz NOT NULL
);
CREATE INDEX reporter_identity_view_case ON reporter_identity_view (case_number, id);
