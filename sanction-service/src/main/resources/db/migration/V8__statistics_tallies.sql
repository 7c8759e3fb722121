-- Statistics from tallies instead of three grouped scans over every recommendation on each request (3.7 s for a
-- national caller at a million cases). Triggers keep the tallies, in the transaction that changes a recommendation or
-- its items, so no code path can forget one and a rolled-back change leaves no count behind. Whether an undecided
-- recommendation is overdue depends on the hour asked; once the sweep has raised its overdue notice (overdue_at, set
-- only when the due day has ended) it is tallied, and only those past their due day without a notice yet (the minutes
-- before the sweep, or a provisional due day, which raises none) are counted when asked, from an index of just those.
LOCK TABLE recommendation, recommendation_item IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE statistics_region (
    election_code   text NOT NULL,
    region_code     text NOT NULL,
    cases           bigint NOT NULL,
    proven          bigint NOT NULL,
    not_proven      bigint NOT NULL,
    sanctioned      bigint NOT NULL,
    -- decided after the due day had ended
    decided_late    bigint NOT NULL,
    -- undecided, and the overdue notice raised
    undecided_overdue bigint NOT NULL,
    blocked         bigint NOT NULL,
    PRIMARY KEY (election_code, region_code)
);

-- recommendations with at least one item of this code and stage, and with at least one item of this stage
CREATE TABLE statistics_code (
    election_code   text NOT NULL,
    region_code     text NOT NULL,
    violation_code  text NOT NULL,
    stage           text NOT NULL,
    recommendations bigint NOT NULL,
    PRIMARY KEY (election_code, region_code, violation_code, stage)
);
CREATE TABLE statistics_stage (
    election_code   text NOT NULL,
    region_code     text NOT NULL,
    stage           text NOT NULL,
    recommendations bigint NOT NULL,
    PRIMARY KEY (election_code, region_code, stage)
);

-- and those tallied as overdue whose due day is still ahead of the hour asked (none while clocks agree: a notice is raised
-- only after the due day), which the count takes back
CREATE INDEX recommendation_undecided_noticed ON recommendation (decision_due_at) INCLUDE (election_code, region_code)
    WHERE decided_at IS NULL AND decision_due_at <= overdue_at;
CREATE INDEX recommendation_undecided_unnoticed ON recommendation (decision_due_at) INCLUDE (election_code, region_code)
    WHERE decided_at IS NULL AND decision_due_at IS NOT NULL AND (overdue_at IS NULL OR decision_due_at > overdue_at);

-- what one recommendation adds to its region's tally; each term 0 or 1, never null whatever is missing (a null would
-- refuse the recommendation's write)
CREATE FUNCTION statistics_terms(rec recommendation) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[1,
        coalesce(rec.closed_outcome IS NULL, false)::int,
        coalesce(rec.closed_outcome = 'NOT_PROVEN', false)::int,
        coalesce(rec.status = 'DECIDED', false)::int,
        coalesce(rec.decided_at IS NOT NULL AND rec.decision_due_at <= rec.decided_at, false)::int,
        coalesce(rec.decided_at IS NULL AND rec.decision_due_at <= rec.overdue_at, false)::int,
        coalesce(rec.block_requested_at IS NOT NULL, false)::int]
$$;

CREATE FUNCTION statistics_add_region(e text, r text, sign int, terms int[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_region AS t VALUES (e, r, sign * terms[1], sign * terms[2], sign * terms[3], sign * terms[4],
        sign * terms[5], sign * terms[6], sign * terms[7])
    ON CONFLICT (election_code, region_code) DO UPDATE SET cases = t.cases + excluded.cases,
        proven = t.proven + excluded.proven, not_proven = t.not_proven + excluded.not_proven,
        sanctioned = t.sanctioned + excluded.sanctioned, decided_late = t.decided_late + excluded.decided_late,
        undecided_overdue = t.undecided_overdue + excluded.undecided_overdue,
        blocked = t.blocked + excluded.blocked
$$;

CREATE FUNCTION statistics_add_code(e text, r text, code text, st text, sign int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_code AS t VALUES (e, r, code, st, sign)
    ON CONFLICT (election_code, region_code, violation_code, stage)
    DO UPDATE SET recommendations = t.recommendations + excluded.recommendations
$$;

CREATE FUNCTION statistics_add_stage(e text, r text, st text, sign int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_stage AS t VALUES (e, r, st, sign)
    ON CONFLICT (election_code, region_code, stage) DO UPDATE SET recommendations = t.recommendations + excluded.recommendations
$$;

-- a recommendation's items, counted in or out under its election and region
CREATE FUNCTION statistics_add_items(id uuid, e text, r text, sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT DISTINCT violation_code, stage FROM recommendation_item WHERE recommendation_id = id LOOP
        PERFORM statistics_add_code(e, r, item.violation_code, item.stage, sign);
    END LOOP;
    FOR item IN SELECT DISTINCT stage FROM recommendation_item WHERE recommendation_id = id LOOP
        PERFORM statistics_add_stage(e, r, item.stage, sign);
    END LOOP;
END
$$;

-- BEFORE: a deleted recommendation's items are still there to be counted out (the cascade removes them after)
CREATE FUNCTION statistics_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a change that moves no count (a new due date, a revision number) takes no tally row's lock
    IF TG_OP = 'UPDATE' AND OLD.election_code = NEW.election_code AND OLD.region_code = NEW.region_code
            AND statistics_terms(OLD) = statistics_terms(NEW) THEN
        RETURN NEW;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM statistics_add_region(OLD.election_code, OLD.region_code, -1, statistics_terms(OLD));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM statistics_add_region(NEW.election_code, NEW.region_code, 1, statistics_terms(NEW));
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.election_code <> NEW.election_code
            OR OLD.region_code <> NEW.region_code)) THEN
        -- a corrected region or election takes the items' counts with it
        PERFORM statistics_add_items(OLD.id, OLD.election_code, OLD.region_code, -1);
        IF TG_OP = 'UPDATE' THEN
            PERFORM statistics_add_items(NEW.id, NEW.election_code, NEW.region_code, 1);
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- An item's change takes its region's tally row first, as a recommendation's change does, so that two writers of one
-- region queue there instead of locking its code rows in opposite orders (a deadlock would refuse one of the writes).
CREATE FUNCTION statistics_lock_region(e text, r text) RETURNS void LANGUAGE sql AS $$
    SELECT 1 FROM statistics_region WHERE election_code = e AND region_code = r FOR UPDATE
$$;

-- BEFORE: the check for another item of the same code sees the rows this statement changed before this one
CREATE FUNCTION statistics_item() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e text;
    r text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        -- not found while the recommendation itself is deleted: its trigger has counted the items out
        SELECT election_code, region_code INTO e, r FROM recommendation WHERE id = OLD.recommendation_id;
        IF FOUND THEN
            PERFORM statistics_lock_region(e, r);
            IF NOT EXISTS (SELECT 1 FROM recommendation_item i WHERE i.recommendation_id = OLD.recommendation_id
                    AND i.position <> OLD.position AND i.violation_code = OLD.violation_code AND i.stage = OLD.stage) THEN
                PERFORM statistics_add_code(e, r, OLD.violation_code, OLD.stage, -1);
            END IF;
            IF NOT EXISTS (SELECT 1 FROM recommendation_item i WHERE i.recommendation_id = OLD.recommendation_id
                    AND i.position <> OLD.position AND i.stage = OLD.stage) THEN
                PERFORM statistics_add_stage(e, r, OLD.stage, -1);
            END IF;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT election_code, region_code INTO e, r FROM recommendation WHERE id = NEW.recommendation_id;
        PERFORM statistics_lock_region(e, r);
        IF NOT EXISTS (SELECT 1 FROM recommendation_item i WHERE i.recommendation_id = NEW.recommendation_id
                AND i.position NOT IN (NEW.position, coalesce(OLD.position, -1))
                AND i.violation_code = NEW.violation_code AND i.stage = NEW.stage) THEN
            PERFORM statistics_add_code(e, r, NEW.violation_code, NEW.stage, 1);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM recommendation_item i WHERE i.recommendation_id = NEW.recommendation_id
                AND i.position NOT IN (NEW.position, coalesce(OLD.position, -1)) AND i.stage = NEW.stage) THEN
            PERFORM statistics_add_stage(e, r, NEW.stage, 1);
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER statistics_recommendation BEFORE INSERT OR UPDATE OR DELETE ON recommendation
    FOR EACH ROW EXECUTE FUNCTION statistics_recommendation();
CREATE TRIGGER statistics_item BEFORE INSERT OR UPDATE OR DELETE ON recommendation_item
    FOR EACH ROW EXECUTE FUNCTION statistics_item();

-- the recommendations already stored
INSERT INTO statistics_region
SELECT election_code, region_code, count(*), count(*) FILTER (WHERE closed_outcome IS NULL),
       count(*) FILTER (WHERE closed_outcome = 'NOT_PROVEN'), count(*) FILTER (WHERE status = 'DECIDED'),
       count(*) FILTER (WHERE decided_at IS NOT NULL AND decision_due_at <= decided_at),
       count(*) FILTER (WHERE decided_at IS NULL AND overdue_at IS NOT NULL AND decision_due_at <= overdue_at),
       count(*) FILTER (WHERE block_requested_at IS NOT NULL)
FROM recommendation GROUP BY election_code, region_code;
INSERT INTO statistics_code
SELECT r.election_code, r.region_code, i.violation_code, i.stage, count(DISTINCT r.id)
FROM recommendation r JOIN recommendation_item i ON i.recommendation_id = r.id
GROUP BY r.election_code, r.region_code, i.violation_code, i.stage;
INSERT INTO statistics_stage
SELECT r.election_code, r.region_code, i.stage, count(DISTINCT r.id)
FROM recommendation r JOIN recommendation_item i ON i.recommendation_id = r.id
GROUP BY r.election_code, r.region_code, i.stage;
