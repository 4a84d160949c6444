-- Report triage (src/cases/triage.ts). A community report that nothing corroborates, from a
-- reporter whose reports have been rejected, who reports in bursts or reports strangers, or
-- who is linked to another reporter of the same account, waits in a triage queue instead of
-- opening an investigation case; it is escalated into a case when corroborated (an
-- independent second reporter, a detection on the account, or a triage reviewer's reading).
--   triage:         direct (opened or joined a case at once) | queued | escalated | closed;
--                   null for reports stored before triage existed
--   triage_reasons: why it was queued, e.g. ["stranger","low_accuracy"]
--   triaged_at:     when it left the queue (escalated or closed)
--   triaged_by:     what took it out: detection | reporters | reviewer:<id>
alter table reports add column triage text;
alter table reports add column triage_reasons jsonb not null default '[]'::jsonb;
alter table reports add column triaged_at timestamptz;
alter table reports add column triaged_by text;
create index reports_triage_queued_idx on reports (account_id, created_at) where triage = 'queued';
create index reports_account_idx on reports (account_id, created_at);
