-- The candidacy watch: an ASN registered as a (prospective) candidate, the documents that meet what the law asks of
-- them, and the notices (due, overdue, met) raised about each obligation. The obligations themselves are computed
-- from the rules data (netra/rules/candidacy.yaml) and the election's dates, so a corrected date moves them.
CREATE TABLE candidacy (
    id                         uuid PRIMARY KEY,
    region_code                text NOT NULL,
    election_code              text NOT NULL,
    contest_code               text NOT NULL,
    asn_name                   text NOT NULL,
    asn_nip                    text NOT NULL,
    asn_kind                   text NOT NULL CHECK (asn_kind IN ('PNS', 'PPPK')),
    asn_position               text NOT NULL,
    asn_agency                 text NOT NULL,
    party                      text,
    independent                boolean NOT NULL,
    registered_on              date NOT NULL,
    cltn_status                text NOT NULL CHECK (cltn_status IN ('NONE', 'REQUESTED', 'GRANTED')),
    party_membership_evidence  text,
    -- set once, by the filing or by the first party-membership document (d5_flag_source names which)
    d5_flagged_at              timestamptz,
    d5_flag_source             text,
    case_id                    uuid REFERENCES case_file (id) DEFERRABLE INITIALLY DEFERRED,
    channel                    text NOT NULL,
    filed_by                   text NOT NULL,
    filer_ref                  text NOT NULL,
    watch_status               text NOT NULL CHECK (watch_status IN ('WATCHING', 'SETTLED')),
    filed_at                   timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    integer NOT NULL DEFAULT 0,
    CONSTRAINT candidacy_party_or_independent CHECK ((party IS NULL) = independent)
);
-- one watch per ASN and election: a second filing is refused, so its D3 case is opened once
CREATE UNIQUE INDEX candidacy_nip_election ON candidacy (asn_nip, election_code);
CREATE INDEX candidacy_region ON candidacy (region_code, id);
-- the daily sweep reads only the watches with an obligation still to meet
CREATE INDEX candidacy_watching ON candidacy (id) WHERE watch_status = 'WATCHING';

-- A document of a watch, stored in the evidence storage like a report's evidence, with the SHA-256 of its content.
CREATE TABLE candidacy_document (
    id               uuid PRIMARY KEY,
    candidacy_id     uuid NOT NULL REFERENCES candidacy (id),
    type             text NOT NULL CHECK (type IN ('RESIGNATION_LETTER', 'RESIGNATION_RECEIPT', 'DISMISSAL_DECREE',
                                                   'CLTN_DECREE', 'EXIT_REQUEST', 'PARTY_MEMBERSHIP')),
    exit_kind        text CHECK (exit_kind IN ('EARLY_RETIREMENT', 'RESIGNATION')),
    document_date    date NOT NULL,
    document_number  text,
    file_name        text NOT NULL,
    content_type     text NOT NULL,
    size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
    sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key      text NOT NULL UNIQUE,
    uploaded_by      text NOT NULL,
    uploaded_at      timestamptz NOT NULL,
    CONSTRAINT candidacy_document_exit_kind CHECK ((type = 'EXIT_REQUEST') = (exit_kind IS NOT NULL))
);
CREATE INDEX candidacy_document_candidacy ON candidacy_document (candidacy_id, uploaded_at);

-- Each notice is raised once per obligation: it is inserted with ON CONFLICT DO NOTHING in the transaction that
-- writes its event, so a second sweeper (another replica) inserts nothing and writes no event.
CREATE TABLE candidacy_notice (
    id            uuid PRIMARY KEY,
    candidacy_id  uuid NOT NULL REFERENCES candidacy (id),
    obligation    text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('DUE', 'OVERDUE', 'MET')),
    due_on        date,
    raised_at     timestamptz NOT NULL,
    CONSTRAINT candidacy_notice_once UNIQUE (candidacy_id, obligation, kind)
);

-- A case a watch opened has no report: the channel and pseudonym of the filing stand in for its first report's when
-- it is registered. candidacy_id links the case to the watch that opened or joined it; the case and the watch point
-- at each other and are written in one transaction, hence the deferred checks.
ALTER TABLE case_file
    ADD COLUMN candidacy_id         uuid,
    ADD COLUMN origin_channel       text,
    ADD COLUMN origin_reporter_ref  text;
ALTER TABLE case_file ADD CONSTRAINT case_file_candidacy
    FOREIGN KEY (candidacy_id) REFERENCES candidacy (id) DEFERRABLE INITIALLY DEFERRED;

-- An Idempotency-Key names one request of a submitter, a report's or a candidacy's.
ALTER TABLE idempotency_key ADD COLUMN candidacy_id uuid;
