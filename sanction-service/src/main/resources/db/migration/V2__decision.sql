-- The PPK's decision on a recommendation: at most one, kept on the recommendation row it answers.
ALTER TABLE recommendation DROP CONSTRAINT recommendation_status_check;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_status_check
    CHECK (status IN ('ISSUED', 'AWAITING_TASK_FORCE', 'DECIDED', 'CLOSED'));

ALTER TABLE recommendation
    ADD COLUMN decision_sanction_code  text,
    -- the name the ladder gave the sanction when it was imposed
    ADD COLUMN decision_sanction_name  text,
    ADD COLUMN decision_level          text CHECK (decision_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    -- false when the PPK imposed less than the recommended level (then a justification is required)
    ADD COLUMN decision_compliant      boolean,
    ADD COLUMN decree_number           text CHECK (length(decree_number) <= 100),
    ADD COLUMN decree_date             date,
    ADD COLUMN decision_justification  text CHECK (length(decision_justification) <= 4000),
    ADD COLUMN decided_at              timestamptz,
    ADD COLUMN decided_by              text,
    ADD CONSTRAINT recommendation_decision_complete
        CHECK ((status = 'DECIDED') = (decided_at IS NOT NULL)),
    ADD CONSTRAINT recommendation_noncompliance_justified
        CHECK (decision_compliant IS DISTINCT FROM false OR decision_justification IS NOT NULL);
