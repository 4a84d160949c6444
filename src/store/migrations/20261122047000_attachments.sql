-- Attachments: their content (kept until scanned and decided), their scan state, and the
-- durable retry queue: a pending row is picked up again at next_attempt_at until it is scanned.
create table attachments (
  id               text primary key,
  message_id       text,
  account_id       text,
  recipient_id     text,
  name             text not null,
  mime_type        text,
  size_bytes       bigint,
  sha256           text,
  status           text not null,       -- awaiting_upload | pending | clean | suspicious | infected | unscannable
  released         boolean not null default false,  -- delivered to the recipient (only clean ones, or a reviewer's release)
  quarantined      boolean not null default false,
  verdict          jsonb,               -- { verdict, reasons, scanners, detectedType }
  signals          jsonb not null default '[]'::jsonb,
  decision_id      text,
  attempts         integer not null default 0,
  next_attempt_at  timestamptz,
  last_error       text,
  created_at       timestamptz not null default now(),
  scanned_at       timestamptz
);
create index attachments_pending_idx on attachments (next_attempt_at) where status = 'pending';
create index attachments_message_idx on attachments (message_id);

create table attachment_blobs (
  attachment_id  text primary key,
  data           bytea not null
);
