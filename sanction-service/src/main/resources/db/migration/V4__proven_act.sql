-- Every proven violation by NIP, from any region or election: the memory that makes a repeat offender known.
-- Kept apart from recommendation so that acts proven before this service existed can be loaded as data.
CREATE TABLE proven_act (
    case_id        uuid PRIMARY KEY,
    case_number    text NOT NULL,
    nip            text NOT NULL,
    region_code    text NOT NULL,
    election_code  text NOT NULL,
    act_date       date,
    concluded_at   timestamptz NOT NULL
);
CREATE INDEX proven_act_nip ON proven_act (nip, concluded_at);
