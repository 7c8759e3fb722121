-- A corrected conclusion revises a recommendation the PPK has not decided yet; what it replaced is kept here.
CREATE TABLE recommendation_revision (
    recommendation_id     uuid NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position              integer NOT NULL,
    revised_at            timestamptz NOT NULL,
    corrected_at          timestamptz,
    corrected_by          text,
    correction_reason     text,
    -- the conclusion's fields the correction changed, comma-separated as the event named them
    changed_fields        text,
    previous_status       text NOT NULL,
    previous_level        text,
    previous_rule_version text,
    -- the whole recommendation as the API showed it before the revision (JSON)
    previous              text NOT NULL,
    PRIMARY KEY (recommendation_id, position)
);
