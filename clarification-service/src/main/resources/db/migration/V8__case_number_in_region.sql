-- The list reads a region's clarifications as a range of case numbers (RegionScope.numberCondition), which is right
-- only while every number begins with its region's code and a dash, as intake numbers them.
ALTER TABLE clarification ADD CONSTRAINT clarification_number_in_region
    CHECK (starts_with(case_number, region_code || '-'));
