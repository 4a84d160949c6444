#!/usr/bin/env node
// A deterministic JSON-lines file of marketplace events for `warden ingest` measurements:
// `node bench/ingest/make-events.mjs 3000 > events.jsonl`. The mix follows a marketplace's
// life: sign-ups and logins, job posts, proposals, messages (some sharing contacts or asking
// to pay off-platform), contracts, escrow, releases, feedback.
const total = Number(process.argv[2] ?? 3000);
const start = Date.parse('2026-10-01T00:00:00Z');
const MESSAGES = [
  'Hi! I read your job post and I have built three similar dashboards in React and D3. Could you share the data source format?',
  'Sure, my WhatsApp is +44 7911 123456, message me there and we can discuss details',
  'I pushed v2.4.1 to staging; order #558210 now syncs. ETA Friday 14:00 UTC.',
  'Let us skip the platform fee — pay me directly via PayPal and I will start today.',
  'Thanks for the invite! What is the expected timeline and budget for the first milestone?',
  'Milestone 2 is ready for review, the test report is attached in the contract room.',
];
let n = 0;
let t = start;
const out = [];
const emit = (type, actor, data) => {
  t += 37_000;
  out.push(JSON.stringify({ id: `ing-${n++}`, type, occurredAt: new Date(t).toISOString(), actor: { id: actor }, data }));
};
for (let i = 0; out.length < total; i++) {
  const client = `cl-${i % 97}`;
  const freelancer = `fl-${i % 211}`;
  const job = `job-${i}`;
  const contract = `ct-${i}`;
  if (i < 97) emit('user.registered', client, { role: 'client', country: 'US' });
  if (i < 211) emit('user.registered', freelancer, { role: 'freelancer', country: 'PL' });
  emit('user.login', freelancer, { ip: `203.0.113.${i % 250}`, deviceId: `dev-${i % 211}`, country: 'PL', success: true });
  emit('job.posted', client, { jobId: job, title: `Dashboard work ${i}`, description: 'A React dashboard over our orders API, with charts and CSV export.', budgetCents: 150_000 });
  emit('proposal.submitted', freelancer, { proposalId: `pr-${i}`, jobId: job, clientId: client, text: 'I have built this kind of dashboard before; I can start on Monday.', bidCents: 140_000 });
  for (let m = 0; m < 3; m++) emit('message.sent', m % 2 ? client : freelancer, { messageId: `m-${i}-${m}`, recipientId: m % 2 ? freelancer : client, text: MESSAGES[(i + m) % MESSAGES.length] });
  emit('contract.started', client, { contractId: contract, jobId: job, clientId: client, freelancerId: freelancer, kind: 'fixed', amountCents: 140_000 });
  emit('escrow.funded', client, { contractId: contract, amountCents: 140_000 });
  emit('milestone.released', client, { contractId: contract, amountCents: 140_000 });
  emit('contract.ended', client, { contractId: contract, reason: 'completed' });
  emit('feedback.left', client, { contractId: contract, toId: freelancer, stars: 5, privateScore: 9 });
}
process.stdout.write(`${out.slice(0, total).join('\n')}\n`);
