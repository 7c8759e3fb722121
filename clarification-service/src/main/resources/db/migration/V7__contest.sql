-- The contest a proven act concerned (PRESIDEN, DPR, ...): where an election's contests set their candidates on
-- different days, its date decides the candidacy stage.
ALTER TABLE clarification ADD COLUMN contest_code varchar(40);
