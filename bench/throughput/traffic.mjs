// Message traffic that looks like a marketplace's: many distinct senders (each writes again
// only after `senders` other messages), a pool of recipients, mostly ordinary work talk, about
// 5 % sharing a contact detail (masked; the third share to strangers opens a case) and about
// 2 % proposing payment outside the platform (held, opens a case): a few percent of cases.
const WORK = [
  'Hi! I read your job post and I have built three similar dashboards in React and D3. Could you share the data source format?',
  'I pushed the new build to staging; the order sync now works. I expect to finish the review on Friday afternoon.',
  'Thanks for the invite! What is the expected timeline and budget for the first milestone?',
  'The second milestone is ready for review, the test report is attached in the contract room.',
  'Could you send me the brand guidelines and the logo files so I can start on the landing page?',
  'I have fixed the login issue you reported; please try again and tell me if anything is still off.',
  'Happy to help with the migration. How many records are in the current database, roughly?',
  'I will be offline tomorrow morning but back in the afternoon to continue the API integration.',
];
const CONTACT = 'Sure, my WhatsApp is +44 7911 123456, message me there and we can discuss details';
const PAY_OUTSIDE = 'Let us skip the platform fee, pay me directly via PayPal and I will start today.';

/** The text of the k-th message: 2 in 100 ask to pay outside, 5 in 100 share a contact. */
export function textFor(k) {
  const r = (k * 37) % 100;
  if (r < 2) return PAY_OUTSIDE;
  if (r < 7) return CONTACT;
  return `${WORK[k % WORK.length]} (${k % 997})`;
}

/** The k-th message.sent of the stream `o.tag`: sender, recipient and text spread by k. */
export function messageEvent(o, k) {
  const sender = (k * 7919) % o.senders;
  return {
    id: `${o.tag}-${k}`,
    type: 'message.sent',
    occurredAt: new Date().toISOString(),
    actor: { id: `fl-${o.tag}-${sender}` },
    data: { messageId: `m-${o.tag}-${k}`, recipientId: `cl-${o.tag}-${(k * 31) % o.recipients}`, text: textFor(k) },
  };
}
