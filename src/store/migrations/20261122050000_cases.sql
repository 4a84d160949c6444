-- Cases (the unit of human review), what joined them, their notes and audit trail,
-- community reports, and appeal outcomes (for overturn rates per policy).

create table cases (
  id                text primary key,
  subject_type      text not null,               -- message | job | proposal | profile | account | attachment | contract
  subject_id        text not null,
  account_id        text not null,               -- whose subject it is
  counterpart_id    text,
  subject_text      text,                        -- the content as written, for the reviewer
  source            text not null,               -- what opened it: detection | report | appeal
  status            text not null default 'open',-- open | resolved
  queue             text not null,
  severity          text not null,               -- highest severity of what joined: low | medium | high | critical
  priority          integer not null,            -- 0..100, recomputed when items join
  priority_boost    integer not null default 0,
  policy            text,                        -- the policy that opened it (detections)
  reason            text not null,
  assignee_id       text,
  assignee_name     text,
  claimed_at        timestamptz,
  escalated         boolean not null default false,
  sla_due_at        timestamptz not null,
  first_action_at   timestamptz,                 -- first claim, note or resolution by a person
  resolution        text,                        -- dismiss | action
  resolution_reason text,
  action_type       text,
  action_id         text,
  resolved_by_id    text,
  resolved_by_name  text,
  resolved_at       timestamptz,
  appeal_id         text,
  opened_at         timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
-- One open case per subject: concurrent openers race on this index, the loser joins.
create unique index cases_open_subject_uq on cases (subject_type, subject_id) where status = 'open';
create index cases_queue_status_idx on cases (queue, status, priority desc, opened_at);
create index cases_status_opened_idx on cases (status, opened_at);
create index cases_account_idx on cases (account_id);
create index cases_assignee_idx on cases (assignee_id) where assignee_id is not null;

-- Everything that opened or joined a case: detections (with their decision and signals),
-- reports, appeals.
create table case_items (
  id           bigserial primary key,
  case_id      text not null references cases (id),
  kind         text not null,                    -- detection | report | appeal
  policy       text,
  decision_id  text,
  report_id    text,
  appeal_id    text,
  severity     text not null,
  reason       text not null,
  signals      jsonb not null default '[]'::jsonb,
  created_at   timestamptz not null default now()
);
create index case_items_case_idx on case_items (case_id, id);

create table case_notes (
  id           bigserial primary key,
  case_id      text not null references cases (id),
  author_id    text not null,
  author_name  text not null,
  body         text not null,
  created_at   timestamptz not null default now()
);
create index case_notes_case_idx on case_notes (case_id, id);

-- Append-only: who did what to a case, and when.
create table case_audit (
  id          bigserial primary key,
  case_id     text not null references cases (id),
  at          timestamptz not null default now(),
  actor_kind  text not null,                     -- user | key | system
  actor_id    text not null,
  actor_name  text,
  action      text not null,                     -- opened | joined | claimed | released | noted | escalated | resolved
  detail      jsonb not null default '{}'::jsonb
);
create index case_audit_case_idx on case_audit (case_id, id);

create table reports (
  id              text primary key,
  reporter_id     text not null,
  subject_type    text not null,
  subject_id      text not null,
  account_id      text not null,
  subject_text    text,
  reason          text not null,
  comment         text,
  case_id         text references cases (id),    -- null when a muted reporter's report opened nothing
  credibility     real not null,                 -- the reporter's credibility when they reported
  muted           boolean not null default false,
  status          text not null default 'open',  -- open | resolved
  outcome         text,                          -- upheld | dismissed
  created_at      timestamptz not null default now(),
  resolved_at     timestamptz
);
create index reports_reporter_idx on reports (reporter_id, status);
create index reports_case_idx on reports (case_id);
create index reports_subject_idx on reports (subject_type, subject_id);

create table appeal_outcomes (
  appeal_key        text primary key,            -- the appeal id, so recording twice counts once
  original_case_id  text,
  policy            text not null,
  overturned        boolean not null,
  recorded_at       timestamptz not null default now()
);
create index appeal_outcomes_policy_idx on appeal_outcomes (policy);
