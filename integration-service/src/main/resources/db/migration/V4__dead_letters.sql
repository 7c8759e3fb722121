-- The messages a consumer of the suite could never process, collected from the services' dead-letter topics so that
-- admins can read them, with the reason, and send one back. Never deleted: a dead letter is evidence of what failed.
CREATE TABLE dead_letter (
    id                 uuid         PRIMARY KEY,
    -- where it was parked: a record is collected once
    dlq_topic          varchar(100) NOT NULL,
    dlq_partition      integer      NOT NULL,
    dlq_offset         bigint       NOT NULL,
    -- the service whose consumer parked it, and where the record came from
    consumer           varchar(60)  NOT NULL,
    original_topic     varchar(100),
    original_partition integer,
    original_offset    bigint,
    record_key         text,
    payload            text,
    -- the record's own headers, name and text, in order; the dead-letter headers are read into the columns
    headers            jsonb        NOT NULL,
    reason             text,
    -- what the CloudEvents headers and the payload say, when they can be read
    event_id           varchar(100),
    event_type         varchar(100),
    subject            varchar(100),
    region_code        varchar(5),
    parked_at          timestamptz  NOT NULL,
    collected_at       timestamptz  NOT NULL,
    redrive_count      integer      NOT NULL DEFAULT 0,
    UNIQUE (dlq_topic, dlq_partition, dlq_offset)
);
CREATE INDEX dead_letter_consumer ON dead_letter (consumer, id);

-- Every redrive: who sent which dead letter back, when, to which topic. Written before the record is sent, in the
-- transaction that counts it; SENT once the broker took it. A redrive still PENDING after a while (the service stopped
-- in between) is sent by the sweep: at least once, which the consumers' inboxes make once in effect.
CREATE TABLE dead_letter_redrive (
    id              uuid         PRIMARY KEY,
    dead_letter_id  uuid         NOT NULL REFERENCES dead_letter (id),
    redriven_by     varchar(200) NOT NULL,
    redriven_roles  text         NOT NULL,
    redriven_at     timestamptz  NOT NULL,
    target_topic    varchar(100) NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'SENT')),
    -- the last time a replica tried to send it: the sweep leaves it to that one until it is stale
    last_attempt_at timestamptz  NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX dead_letter_redrive_letter ON dead_letter_redrive (dead_letter_id, id);
CREATE INDEX dead_letter_redrive_pending ON dead_letter_redrive (last_attempt_at) WHERE status = 'PENDING';
