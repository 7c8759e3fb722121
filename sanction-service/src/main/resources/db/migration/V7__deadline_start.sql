-- The instant the PPK's deadline is counted from, kept so that a holiday list loaded later can count it again (a
-- deadline over a year without its list is provisional until then). Older rows were counted as the service counts:
-- from the task force's level, else from the latest correction, else from the conclusion.
ALTER TABLE recommendation ADD COLUMN decision_due_from timestamptz;
UPDATE recommendation r
   SET decision_due_from = coalesce(r.task_force_set_at,
                                    (SELECT max(v.corrected_at) FROM recommendation_revision v
                                      WHERE v.recommendation_id = r.id),
                                    r.concluded_at)
 WHERE r.decision_due_at IS NOT NULL;
