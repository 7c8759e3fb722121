-- A province's recommendations, newest first, read in order from one index: the province's and its kabupaten/kota's
-- region codes are several keys of the region index, which would be gathered and sorted (600 ms for a province with
-- overdue=true at a million cases; 7 ms from this index).
ALTER TABLE recommendation ADD COLUMN province_code text GENERATED ALWAYS AS (left(region_code, 2)) STORED;
CREATE INDEX recommendation_province ON recommendation (province_code, id);
