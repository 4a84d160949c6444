-- Payment protection (src/protection): the facts its rules read, kept from the events by the
-- protection hook — contract terms (weekly limit, manual time), hours per billing week with
-- how they were logged, and each milestone's funding, work start, submission and release.
-- Events stored before this migration are copied in from the event log below.

create table protection_contract_terms (
  contract_id          text primary key,
  weekly_limit_hours   numeric,                 -- contract.started weeklyLimitHours (hourly)
  manual_time_allowed  boolean                  -- contract.started manualTimeAllowed (hourly)
);

-- One row per hours.logged event.
create table protection_hours (
  event_id      text primary key,
  contract_id   text not null,
  week_start    date not null,                 -- Monday (UTC) of the billing week
  hours         numeric not null,
  amount_cents  bigint not null,
  source        text not null,                 -- tracker | manual | unreported (the event did not say)
  logged_at     timestamptz not null
);
create index protection_hours_contract_idx on protection_hours (contract_id, week_start);

-- One row per milestone; milestone_id '' is funding sent without a milestone id (the whole contract).
create table protection_milestones (
  contract_id      text not null,
  milestone_id     text not null,
  funded_at        timestamptz,                -- first escrow.funded
  funded_cents     bigint not null default 0,
  work_started_at  timestamptz,                -- milestone.submitted workStartedAt, when reported
  submitted_at     timestamptz,                -- first milestone.submitted
  submitted_via    text,                       -- platform | outside
  released_at      timestamptz,
  released_cents   bigint not null default 0,
  primary key (contract_id, milestone_id)
);

insert into protection_contract_terms (contract_id, weekly_limit_hours, manual_time_allowed)
select distinct on (payload->'data'->>'contractId') payload->'data'->>'contractId',
       (payload->'data'->>'weeklyLimitHours')::numeric, (payload->'data'->>'manualTimeAllowed')::boolean
from events where type = 'contract.started'
order by payload->'data'->>'contractId', occurred_at desc
on conflict do nothing;

insert into protection_hours (event_id, contract_id, week_start, hours, amount_cents, source, logged_at)
select id, payload->'data'->>'contractId',
       coalesce((payload->'data'->>'weekStart')::date, date_trunc('week', occurred_at at time zone 'UTC')::date),
       (payload->'data'->>'hours')::numeric, (payload->'data'->>'amountCents')::bigint,
       coalesce(payload->'data'->>'source', 'unreported'), occurred_at
from events where type = 'hours.logged'
on conflict do nothing;

insert into protection_milestones (contract_id, milestone_id, funded_at, funded_cents)
select payload->'data'->>'contractId', coalesce(payload->'data'->>'milestoneId', ''), min(occurred_at), sum((payload->'data'->>'amountCents')::bigint)
from events where type = 'escrow.funded'
group by 1, 2
on conflict do nothing;

insert into protection_milestones (contract_id, milestone_id, submitted_at, work_started_at, submitted_via)
select payload->'data'->>'contractId', payload->'data'->>'milestoneId', min(occurred_at),
       min((payload->'data'->>'workStartedAt')::timestamptz), coalesce(max(payload->'data'->>'submittedVia'), 'platform')
from events where type = 'milestone.submitted'
group by 1, 2
on conflict (contract_id, milestone_id) do update set
  submitted_at = excluded.submitted_at, work_started_at = excluded.work_started_at, submitted_via = excluded.submitted_via;

insert into protection_milestones (contract_id, milestone_id, released_at, released_cents)
select payload->'data'->>'contractId', coalesce(payload->'data'->>'milestoneId', ''), max(occurred_at), sum((payload->'data'->>'amountCents')::bigint)
from events where type = 'milestone.released'
group by 1, 2
on conflict (contract_id, milestone_id) do update set released_at = excluded.released_at, released_cents = excluded.released_cents;
