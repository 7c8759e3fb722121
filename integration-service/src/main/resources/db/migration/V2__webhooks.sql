-- Webhook subscriptions of regional governments' systems, their signing secrets (sealed), the deliveries each event
-- gives them and every attempt (the delivery log: status, latency, error; never a body).
CREATE TABLE webhook_subscription (
    id              uuid         PRIMARY KEY,
    owner           varchar(200) NOT NULL,
    -- the subscriber's region claim when it subscribed: it receives that region's events only (null: national)
    scope_region    varchar(5),
    url             text         NOT NULL,
    types           text[],
    status          varchar(20)  NOT NULL,
    disabled_reason varchar(40),
    disabled_at     timestamptz,
    -- the feed position up to which events were queued for it
    after_seq       bigint       NOT NULL,
    failing_since   timestamptz,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner);

CREATE TABLE webhook_secret (
    id              uuid        PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    sealed          bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    -- set when a newer secret replaced it: both sign until then
    expires_at      timestamptz
);
CREATE INDEX webhook_secret_subscription ON webhook_secret (subscription_id);

CREATE TABLE webhook_delivery (
    id              uuid         PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    seq             bigint       NOT NULL,
    event_id        varchar(100) NOT NULL,
    subject         varchar(60)  NOT NULL,
    status          varchar(20)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    -- a sender holds the delivery until then; a sender that died lets it go to another when it passes
    lease_until     timestamptz,
    delivered_at    timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, seq) WHERE status = 'PENDING';

CREATE TABLE webhook_attempt (
    id              uuid         PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        varchar(100) NOT NULL,
    attempted_at    timestamptz  NOT NULL,
    status_code     integer,
    latency_ms      integer      NOT NULL,
    error           varchar(300)
);
CREATE INDEX webhook_attempt_subscription ON webhook_attempt (subscription_id, attempted_at DESC);
