-- The public rate limit's token buckets, shared by every replica (see RateLimiter). The key is a keyed hash of the
-- rule and the client address, never the address itself.
CREATE TABLE rate_limit_bucket (
    key        text PRIMARY KEY,
    tokens     double precision NOT NULL,
    updated_at timestamptz NOT NULL,
    -- whether the last request was let through; the statement that takes a token returns it
    allowed    boolean NOT NULL
);
CREATE INDEX rate_limit_bucket_updated_at ON rate_limit_bucket (updated_at);
