-- The tallies are a few thousand rows, each rewritten by every recommendation of its region and election. Free room
-- on each page lets PostgreSQL write the new version beside the old one (a HOT update, no index entry) and prune the
-- old one when it later reads a page that is filling up; a vacuum after every 200 dead versions, whatever the table's size (the default
-- waits for 50 plus a fifth of the rows: 8,000 in the code tally at a million cases), keeps the statistics' reads from
-- stepping over dead versions. This is for everyday traffic; a bulk load in one transaction is another matter (see
-- docs/operations.md, Upgrade).
ALTER TABLE statistics_region SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
ALTER TABLE statistics_code SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
ALTER TABLE statistics_stage SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
