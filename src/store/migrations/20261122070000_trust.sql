-- Trust signals: JSS history, badges with history, confirmed circumvention, expert vetting,
-- the search index with the stored trust multiplier, interview policies and invitation flags.

-- One row each time the Job Success Score of a freelancer is recomputed and changed.
create table jss_snapshots (
  id             bigserial primary key,
  account_id     text not null,
  computed_at    timestamptz not null,
  score          integer,                       -- null while not shown (see null_reason)
  "window"       text,                          -- 24m | 12m | 6m | trending: the one shown
  null_reason    text,
  windows        jsonb not null,                -- every window's score
  eligibility    jsonb not null,
  contributions  jsonb not null,                -- which contracts moved it, and by how much
  cause          text not null                  -- the event type that triggered it, or 'sweep'
);
create index jss_snapshots_account_idx on jss_snapshots (account_id, computed_at desc, id desc);

-- Current state of each badge; badge_history has every change with its reasons.
create table account_badges (
  account_id  text not null,
  badge       text not null,                    -- rising_talent | top_rated | top_rated_plus | expert_vetted
  awarded     boolean not null,
  since       timestamptz not null,
  reasons     jsonb not null,
  until       timestamptz,                      -- end of a circumvention removal, when one runs
  primary key (account_id, badge)
);

create table badge_history (
  id          bigserial primary key,
  account_id  text not null,
  badge       text not null,
  change      text not null,                    -- awarded | removed
  at          timestamptz not null,
  reasons     jsonb not null,                   -- criteria, with what was found and needed
  until       timestamptz,
  cause       text not null
);
create index badge_history_account_idx on badge_history (account_id, at desc, id desc);

-- Circumvention a reviewer confirmed (not raw detector signals): removes badges for a while.
create table circumvention_findings (
  id            bigserial primary key,
  account_id    text not null,
  kind          text not null,                  -- payment_outside | contact_sharing
  confirmed_at  timestamptz not null,
  reference     text,                           -- case or action id on the enforcement side
  recorded_at   timestamptz not null default now()
);
create index circumvention_findings_account_idx on circumvention_findings (account_id, confirmed_at);
create unique index circumvention_findings_reference_idx on circumvention_findings (account_id, kind, reference) where reference is not null;

create table expert_vetting (
  account_id  text primary key,
  vetted      boolean not null,
  note        text,
  by_kind     text not null,
  by_id       text not null,
  by_name     text,
  at          timestamptz not null
);

-- The search index: profile text from profile.updated, with the trust part of the ranking
-- stored as a multiplier (rankScore at relevance 1), refreshed on trust recomputation.
create table search_profiles (
  account_id           text primary key,
  display_name         text,
  title                text,
  overview             text,
  skills               text[] not null default '{}',  -- lower-cased, for the skills filter
  skills_text          text,
  country              text,
  document             tsvector generated always as (
                         setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
                         setweight(to_tsvector('english'::regconfig, coalesce(skills_text, '')), 'A') ||
                         setweight(to_tsvector('english'::regconfig, coalesce(overview, '')), 'B')) stored,
  weeks_with_earnings  integer not null default 0,
  jss                  integer,
  badges               text[] not null default '{}',
  identity_verified    boolean not null default false,
  active_strikes       integer not null default 0,
  circumvention        boolean not null default false,
  suspended            boolean not null default false,
  trust_multiplier     double precision not null default 1,
  trust_updated_at     timestamptz
);
create index search_profiles_document_idx on search_profiles using gin (document);
create index search_profiles_skills_idx on search_profiles using gin (skills);
create index search_profiles_country_idx on search_profiles (country);

create table job_interview_policies (
  job_id       text primary key,
  client_id    text not null,
  job_kind     text,                            -- hourly | fixed, from job.posted
  policy       text not null,                   -- on_platform_required | recommended | exempt
  risk_points  integer not null,
  reasons      jsonb not null,
  decided_at   timestamptz not null
);

create table invitation_judgements (
  invite_id      text primary key,
  event_id       text not null,
  job_id         text not null,
  client_id      text not null,
  freelancer_id  text not null,
  flagged        boolean not null,
  priority       text not null,                 -- high | normal | low
  reasons        jsonb not null,
  judged_at      timestamptz not null
);
create index invitation_judgements_freelancer_idx on invitation_judgements (freelancer_id, judged_at desc);
