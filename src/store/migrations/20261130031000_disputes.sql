-- Disputes (src/disputes): a client or freelancer contests the money of one milestone or one
-- hourly billing week; each dispute is reviewed as a case (source 'dispute', queue 'disputes').

create table disputes (
  id                text primary key,
  contract_id       text not null,
  client_id         text not null,
  freelancer_id     text not null,
  contract_kind     text not null,               -- hourly | fixed
  milestone_id      text,                        -- fixed-price: the milestone disputed
  week_start        date,                        -- hourly: the Monday of the billing week disputed
  opened_by         text not null,               -- client | freelancer
  claim_kind        text not null,               -- quality | not_delivered | hours | not_paid | scope | other
  claim_text        text not null,
  amount_cents      bigint not null,
  status            text not null default 'open',-- open | decided
  case_id           text not null,
  opened_at         timestamptz not null,
  respond_by        timestamptz not null,        -- the other party's deadline to answer with evidence
  evidence_by       timestamptz not null,        -- the claimant's deadline to complete the evidence
  decide_by         timestamptz not null,        -- the mediator's deadline (the case's SLA when opened)
  outcome           text,                        -- release | refund | split
  release_cents     bigint,                      -- to the freelancer
  refund_cents      bigint,                      -- back to the client
  decision_reason   text,
  decided_by_id     text,
  decided_by_name   text,
  decided_at        timestamptz
);
-- One open dispute per milestone or week.
create unique index disputes_open_scope_uq on disputes (contract_id, coalesce(milestone_id, ''), coalesce(week_start, '1970-01-01'::date)) where status = 'open';
create index disputes_contract_idx on disputes (contract_id);
create index disputes_case_idx on disputes (case_id);

create table dispute_evidence (
  id            bigserial primary key,
  dispute_id    text not null references disputes (id),
  party         text not null,                   -- client | freelancer
  kind          text not null,                   -- message | file | work_submitted | statement
  reference     text,                            -- message id, attachment id or milestone id
  text          text,
  submitted_at  timestamptz not null,
  late          boolean not null default false   -- after the party's deadline: kept, and shown as late
);
create index dispute_evidence_dispute_idx on dispute_evidence (dispute_id, id);
