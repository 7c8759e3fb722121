-- The case list at a million cases (bench/list-benchmark.sh). A page is 50 cases in case-number order after a cursor,
-- under any mix of filters; one B-tree per mix would be 32 indexes, so the filters take two shapes instead:
--
-- 1. A region, or a province with its kabupaten/kota, is a range of case numbers: every number begins with its
--    region's code and a dash, and the bytewise collation makes "64-" .. "64/" exactly the province's numbers, in
--    order. The check below keeps that true for every row.
-- 2. Status, election, violation and region are words in one array with a GIN index, so that a selective mix is
--    answered by intersecting their posting lists; the planner still walks the numbers in order when the mix is
--    common. The array is computed by the database, so no write path can forget it.
ALTER TABLE case_file ALTER COLUMN case_number TYPE text COLLATE "C";
ALTER TABLE case_file ADD CONSTRAINT case_file_number_in_region CHECK (starts_with(case_number, region_code || '-'));
ALTER TABLE case_file ADD COLUMN facets text[] GENERATED ALWAYS AS (ARRAY[
    's:' || status, 'e:' || election_code, 'v:' || coalesce(violation_code, '-'),
    'r:' || region_code, 'p:' || left(region_code, 2)]) STORED;
CREATE INDEX case_file_facets ON case_file USING gin (facets);
-- replaced by the case-number range; one index less to write for every new case
DROP INDEX case_file_region;
