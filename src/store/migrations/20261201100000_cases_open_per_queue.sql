-- Cases (src/cases): one open case per subject AND queue, not per subject. An account is the
-- subject of account-level decisions from several policies (a security case for logins, a
-- payment-risk case for a held payout); with one open case per subject, a held payout joined
-- the unrelated security case and the payment-risk queue never saw it (fresh-user finding 2).
drop index if exists cases_open_subject_uq;
create unique index cases_open_subject_queue_uq on cases (subject_type, subject_id, queue) where status = 'open';
