-- The law as it stands in 2026: a decision below the recommended level keeps the case open (NON_COMPLIANT) until a
-- compliant one, so a recommendation may have several decisions; the latest stays on the row, the ones it replaced
-- are kept in order. A decision may carry its own legal basis (a discipline sanction for an ethics-only act).
ALTER TABLE recommendation DROP CONSTRAINT recommendation_status_check;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_status_check
    CHECK (status IN ('ISSUED', 'AWAITING_TASK_FORCE', 'NON_COMPLIANT', 'DECIDED', 'CLOSED'));
ALTER TABLE recommendation DROP CONSTRAINT recommendation_decision_complete;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_decision_complete
    CHECK ((status IN ('DECIDED', 'NON_COMPLIANT')) = (decided_at IS NOT NULL));

ALTER TABLE recommendation
    ADD COLUMN decision_legal_basis   text CHECK (length(decision_legal_basis) <= 1000),
    -- a block due counted over a year without its holiday list is a guess: no block is requested on it
    ADD COLUMN block_due_provisional  boolean NOT NULL DEFAULT false,
    -- the body supervising ASN neutrality on the issue date (KASN until August 2024, then BKN)
    ADD COLUMN supervising_body       text,
    -- the articles for Gakkumdu when an applied row also has a criminal side
    ADD COLUMN criminal_notice        text;

-- the same columns as the decision on the recommendation row, so a replaced decision moves here unchanged
CREATE TABLE recommendation_decision_history (
    recommendation_id       uuid NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position                integer NOT NULL,
    decision_sanction_code  text NOT NULL,
    decision_sanction_name  text NOT NULL,
    decision_level          text NOT NULL CHECK (decision_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    decision_compliant      boolean NOT NULL,
    decree_number           text NOT NULL,
    decree_date             date NOT NULL,
    decision_justification  text,
    decision_legal_basis    text,
    decided_at              timestamptz NOT NULL,
    decided_by              text,
    PRIMARY KEY (recommendation_id, position)
);

-- the escalation sweep's partial indexes now cover a non-compliant case too: it escalates like an undecided one
DROP INDEX IF EXISTS recommendation_open_due;
CREATE INDEX recommendation_open_due ON recommendation (decision_due_at) WHERE status IN ('ISSUED', 'NON_COMPLIANT');
DROP INDEX IF EXISTS recommendation_escalation;
CREATE INDEX recommendation_escalation ON recommendation (decision_due_at)
    WHERE status IN ('ISSUED', 'NON_COMPLIANT') AND block_requested_at IS NULL;
