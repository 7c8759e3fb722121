-- Whether a case already has a delivery waiting for a subscriber decides if its next event may leave at once: looked
-- up for every queued event, so it needs its own index.
CREATE INDEX webhook_delivery_case_pending ON webhook_delivery (subscription_id, subject) WHERE status = 'PENDING';
