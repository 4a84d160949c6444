-- The patterns' background sweep (src/patterns/sweep.ts): time-based patterns ("contact shared,
-- then silence", "invites many, never hires") are evaluated once their facts are old enough,
-- not on every event. Each sweep reads only the facts that ripened since the previous one
-- (`swept_until`, per pattern), found by kind and time.
create table if not exists pattern_sweeps (
  pattern     text primary key,
  swept_until timestamptz not null
);
create index if not exists pattern_facts_kind_at on pattern_facts (kind, at);
