-- Who in the inspectorate runs the clarification, and the deadline as the working-day calendar sets it.
ALTER TABLE clarification
    ADD COLUMN assignee              text,
    ADD COLUMN assigned_by           text,
    ADD COLUMN assigned_at           timestamptz,
    -- the last day in the region's zone; due_at is the instant it ends
    ADD COLUMN due_date              date,
    -- no holiday data for a year the deadline spans: weekends only were skipped
    ADD COLUMN deadline_provisional  boolean NOT NULL DEFAULT false,
    ADD COLUMN deadline_note         text,
    -- when the last day begins in the region's zone: the reminder's moment
    ADD COLUMN remind_at             timestamptz,
    -- set in the transaction that records the event, so each event is published once whatever the replicas
    ADD COLUMN reminder_sent_at      timestamptz,
    ADD COLUMN overdue_sent_at       timestamptz;

UPDATE clarification SET due_date = (due_at AT TIME ZONE 'UTC')::date, remind_at = due_at - interval '1 day';
ALTER TABLE clarification ALTER COLUMN due_date SET NOT NULL, ALTER COLUMN remind_at SET NOT NULL;

-- the officer's inbox
CREATE INDEX clarification_assignee ON clarification (assignee, case_number) WHERE assignee IS NOT NULL;
-- the deadline job looks only at open clarifications whose event is not yet out
CREATE INDEX clarification_reminder_pending ON clarification (remind_at) WHERE status = 'OPEN' AND reminder_sent_at IS NULL;
CREATE INDEX clarification_overdue_pending ON clarification (due_at) WHERE status = 'OPEN' AND overdue_sent_at IS NULL;
