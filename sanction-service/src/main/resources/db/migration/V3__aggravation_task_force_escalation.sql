-- Aggravating facts, the task force's level for D13, and the escalation of an overdue PPK decision.
ALTER TABLE recommendation
    -- the accused's position as the conclusion gave it; null when the producer did not say (not known)
    ADD COLUMN position_category     text,
    -- the most severe level of the codes before aggravating facts were weighed
    ADD COLUMN base_level            text CHECK (base_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    -- while the task force decides (D13): the level of the other codes, which its level cannot go below
    ADD COLUMN minimum_level         text CHECK (minimum_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    ADD COLUMN task_force_level      text CHECK (task_force_level IN ('MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH')),
    ADD COLUMN task_force_reason     text CHECK (length(task_force_reason) <= 4000),
    ADD COLUMN task_force_set_by     text,
    ADD COLUMN task_force_set_at     timestamptz,
    -- escalation: the end of the last day the PPK may still decide before a block of the personnel data is asked
    ADD COLUMN block_due_at          timestamptz,
    -- each set once, in the transaction that records its event: the flag is what makes the event exactly-once
    ADD COLUMN overdue_at            timestamptz,
    ADD COLUMN block_requested_at    timestamptz,
    ADD COLUMN unblock_requested_at  timestamptz,
    ADD CONSTRAINT recommendation_block_after_overdue
        CHECK (block_requested_at IS NULL OR overdue_at IS NOT NULL),
    ADD CONSTRAINT recommendation_unblock_after_block
        CHECK (unblock_requested_at IS NULL OR block_requested_at IS NOT NULL);

-- the escalation sweep looks only at open recommendations that still owe an event
CREATE INDEX recommendation_escalation ON recommendation (decision_due_at)
    WHERE status = 'ISSUED' AND block_requested_at IS NULL;

-- The aggravating facts a recommendation weighed, with the text the rule version gave them and the evidence.
CREATE TABLE recommendation_fact (
    recommendation_id uuid NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          integer NOT NULL,
    fact              text NOT NULL CHECK (fact IN ('REPEAT_OFFENDER', 'SENIOR_OFFICIAL')),
    basis             text NOT NULL,
    -- e.g. the earlier case numbers of a repeat offender, or the position category
    detail            text,
    PRIMARY KEY (recommendation_id, position)
);
