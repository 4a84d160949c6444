-- Data rights (src/rights): every export and erasure asked for, who asked and what was done
-- (the record GDPR art. 5(2) accountability and art. 12 ask for), and one row per erased
-- account, so that a later event dated before the erasure is scrubbed again on arrival instead
-- of bringing the erased data back. Retention sweeps log their runs here too.

create table rights_requests (
  id             text primary key,
  account_id     text not null,
  kind           text not null,                -- export | erasure
  requested_by   jsonb not null,               -- { kind: key | user | cli, id, name }
  reason         text,                         -- the data subject's request reference, for erasures
  summary        jsonb not null default '{}'::jsonb, -- rows changed per table (erasure), sections and counts (export)
  created_at     timestamptz not null
);
create index rights_requests_account_idx on rights_requests (account_id, created_at);

create table rights_erasures (
  account_id     text primary key,
  first_erased_at timestamptz not null,        -- the first erasure: data dated before it stays erased
  last_erased_at timestamptz not null,
  request_id     text not null,                -- the first request
  times          integer not null default 1
);

create table retention_runs (
  id             bigserial primary key,
  ran_at         timestamptz not null,
  settings       jsonb not null,               -- the retention periods in force for the run
  changed        jsonb not null                -- rows changed per kind of data
);
