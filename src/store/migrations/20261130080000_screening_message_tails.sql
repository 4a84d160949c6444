-- Screening: the end (at most 80 characters) of each sender's last message to each recipient,
-- so that a contact detail split over consecutive messages is read whole
-- (src/detect/contact/across-messages.ts). One row per directed pair, overwritten by the next
-- message; older than ten minutes it is ignored.
create table screening_message_tails (
  sender_id    text not null,
  recipient_id text not null,
  tail         text not null,
  sent_at      timestamptz not null,
  primary key (sender_id, recipient_id)
);
