-- The instant the PPK's deadline is counted from, kept so that a holiday list loaded later can count it again (a
-- deadline over a year without its list is provisional until then). Older rows counted from their issue.
ALTER TABLE recommendation ADD COLUMN decision_due_from timestamptz;
UPDATE recommendation SET decision_due_from = coalesce(task_force_set_at, issued_at) WHERE decision_due_at IS NOT NULL;
