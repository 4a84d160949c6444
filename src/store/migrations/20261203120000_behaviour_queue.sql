-- Behaviour across events runs beside ingestion, not in it (src/patterns/queue.ts): each new
-- event is queued here in its own transaction (one row, keyed by the event id, so it is queued
-- once), and the behaviour worker processes queued events in order in its own transactions,
-- deleting each row in the transaction that processed it: an event committed but not yet
-- processed when the process stops is processed after the restart, and none twice.
-- An event whose processing fails alone is kept, with its attempts and last error, and skipped
-- after three (`attempts`): visible in the backlog metric, never silently dropped.
-- `actor_id` and `credited_id` (the freelancer a payment on a contract credits) say whose facts
-- an event writes; `feeds_reply` marks the events whose facts a reply reads (a login's, a payout
-- method's and a payment's for a payout's hold; a person identifier for a deal's self-dealing
-- hold), which that work processes first (catch-up).
create table if not exists behaviour_queue (
  seq          bigserial primary key,
  event_id     text not null unique,
  actor_id     text not null,
  credited_id  text,
  feeds_reply  boolean not null default false,
  occurred_at  timestamptz not null,
  queued_at    timestamptz not null default now(),
  attempts     int not null default 0,
  last_error   text
);
create index if not exists behaviour_queue_actor on behaviour_queue (actor_id, seq) where feeds_reply;
create index if not exists behaviour_queue_credited on behaviour_queue (credited_id, seq) where feeds_reply and credited_id is not null;
