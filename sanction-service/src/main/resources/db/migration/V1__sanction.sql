-- One row per concluded case: a recommendation to the PPK (PROVEN), or a closed case (NOT_PROVEN) so the case is known.
CREATE TABLE recommendation (
    id                       uuid PRIMARY KEY,
    case_id                  uuid NOT NULL UNIQUE,
    case_number              text NOT NULL UNIQUE,
    region_code              text NOT NULL,
    election_code            text NOT NULL,
    accused_nip              text,
    accused_name             text,
    status                   text NOT NULL CHECK (status IN ('ISSUED', 'AWAITING_TASK_FORCE', 'CLOSED')),
    -- null while the task force has to decide (D13) and for a case closed as NOT_PROVEN
    level                    text CHECK (level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    -- the more severe level a disputed rule would give instead (D3: SEDANG, or BERAT)
    alternative_level        text CHECK (alternative_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    rule_version             text,
    act_date                 date,
    concluded_at             timestamptz NOT NULL,
    issued_at                timestamptz,
    decision_due_at          timestamptz,
    -- true while the due date is counted in calendar days instead of working days
    decision_due_provisional boolean NOT NULL DEFAULT false,
    closed_outcome           text,
    closed_at                timestamptz,
    version                  bigint NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_outcome IS NOT NULL))
);
-- lists are scoped by region (exact or province prefix) and paged by id
CREATE INDEX recommendation_region ON recommendation (region_code text_pattern_ops, id);
CREATE INDEX recommendation_open_due ON recommendation (decision_due_at) WHERE status = 'ISSUED';

-- Every proven code: the row applied after the stage rule, its level and legal basis.
CREATE TABLE recommendation_item (
    recommendation_id uuid NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          integer NOT NULL,
    violation_code    text NOT NULL,
    requested_code    text NOT NULL,
    stage             text NOT NULL CHECK (stage IN ('ETHICS', 'DISCIPLINE')),
    level             text CHECK (level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    legal_basis       text NOT NULL,
    disputed          boolean NOT NULL,
    alternative_level text CHECK (alternative_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    -- confirmed or inferred when the code was moved to its stage pair, null when it was applied as given
    pair_basis        text,
    PRIMARY KEY (recommendation_id, position)
);

-- The concrete sanctions of the recommended level, as the ladder of the rule version named them.
CREATE TABLE recommendation_sanction (
    recommendation_id uuid NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          integer NOT NULL,
    code              text NOT NULL,
    name              text NOT NULL,
    PRIMARY KEY (recommendation_id, position)
);
