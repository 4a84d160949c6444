-- The behaviour worker takes queued events in the order they happened (occurred_at, then seq),
-- not in the order their transactions committed: events of different accounts ingested at once
-- (concurrent requests, a set) commit in any order, and which account a cross-account pattern
-- (linked accounts on a shared identifier) is filed against must not depend on that race.
create index if not exists behaviour_queue_time on behaviour_queue (occurred_at, seq);
