-- Content held because the sender's account is suspended or restricted (not delivered): kept
-- against the action that held it, so an overturn of that action can release it.
create table enforcement_held_content (
  id              text primary key,
  account_id      text not null,
  action_id       text not null,
  decision_id     text not null,
  subject_type    text not null,
  subject_id      text not null,
  recipient_id    text,
  held_at         timestamptz not null,
  released_at     timestamptz,
  release_reason  text
);
create index enforcement_held_content_action_idx on enforcement_held_content (action_id) where released_at is null;
create index enforcement_held_content_account_idx on enforcement_held_content (account_id);

-- An appeal is a conversation: the user's statement and evidence, a reviewer's question, the
-- user's answer, the reviewer's reply. The appeal's own text is its first statement.
create table appeal_messages (
  id           text primary key,
  appeal_id    text not null,
  author       text not null,            -- user | reviewer
  kind         text not null,            -- statement | evidence | question | answer | reply
  text         text not null,
  attachments  jsonb not null default '[]'::jsonb,
  by_id        text,
  created_at   timestamptz not null
);
create index appeal_messages_appeal_idx on appeal_messages (appeal_id, created_at);
