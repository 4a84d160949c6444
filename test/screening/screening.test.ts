// Screening and the decision path through the HTTP API, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('screening on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    await w.call('POST', '/v1/events/batch', {
      events: [
        ev.registered('cl-1', 'client', { country: 'US' }),
        ev.registered('fl-1', 'freelancer', { country: 'BR' }),
        ev.registered('cl-ent', 'client', { plan: 'enterprise' }),
        ev.registered('cl-2', 'client'),
        ev.registered('fl-2', 'freelancer'),
      ],
    });
  }, 60_000);
  afterAll(async () => w?.close());

  it('masks contact details before a contract and nudges kindly', async () => {
    const text = 'Great, call me on +1 415 555 0132 to discuss';
    const r = await w.call('POST', '/v1/screen', { text, kind: 'message', senderId: 'fl-1', recipientId: 'cl-1' });
    expect(r.status).toBe(200);
    expect(r.body.outcome).toBe('mask');
    const phone = r.body.signals.find((s: { type: string }) => s.type === 'contact.phone');
    expect(text.slice(phone.start, phone.end)).toContain('415');
    expect(r.body.maskedText).not.toContain('555');
    // fl-1 is in Brazil: with no locale named, the notice is in the sender's language.
    expect(r.body.notice).toMatchObject({ locale: 'pt' });
    expect(r.body.notice.text).toMatch(/Quando um contrato começar entre vocês/);
    // A dry run predicts the recorded call: the same notice, in the sender's language too.
    const dry = await w.call('POST', '/v1/screen', { text, kind: 'message', senderId: 'fl-1', recipientId: 'cl-1', dryRun: true });
    expect(dry.body.decisionId).toBeUndefined();
    expect(dry.body.notice).toEqual(r.body.notice);
    const d = await w.call('GET', `/v1/decisions/${r.body.decisionId}`);
    expect(d.body).toMatchObject({ outcome: 'mask', accountId: 'fl-1', counterpartId: 'cl-1' });
    expect(d.body.explanation).toContain('contact-sharing v1');
    expect(d.body.context.pair.hasContract).toBe(false);
  });

  it('finds a phone number split over two consecutive messages and masks the part the second adds', async () => {
    await w.call('POST', '/v1/events/batch', { events: [ev.registered('fl-split', 'freelancer', { country: 'GB' }), ev.registered('cl-split', 'client')] });
    const first = await w.call('POST', '/v1/screen', { text: 'sure, my mobile is 07911', senderId: 'fl-split', recipientId: 'cl-split', locale: 'en-GB' });
    expect(first.status).toBe(200);
    expect(first.body.signals.map((s: { type: string }) => s.type)).not.toContain('contact.phone');
    const text = '123456 text me after six';
    const second = await w.call('POST', '/v1/screen', { text, senderId: 'fl-split', recipientId: 'cl-split', locale: 'en-GB' });
    expect(second.status).toBe(200);
    const phone = second.body.signals.find((s: { type: string }) => s.type === 'contact.phone');
    expect(phone).toMatchObject({ start: 0, end: 6 });
    expect(second.body.outcome).toBe('mask');
    expect(second.body.maskedText).not.toContain('123456');
    // The same second half to another recipient has no first half before it.
    const other = await w.call('POST', '/v1/screen', { text, senderId: 'fl-split', recipientId: 'cl-1', locale: 'en-GB' });
    expect(other.body.signals.map((s: { type: string }) => s.type)).not.toContain('contact.phone');
  });

  it('answers in the language of a region tag (pt-BR → pt) when the caller names one', async () => {
    await w.call('POST', '/v1/events', ev.registered('cl-us', 'client', { country: 'US' }));
    const text = 'Reach me at maria.costa@gmail.com';
    const en = await w.call('POST', '/v1/screen', { text, kind: 'message', senderId: 'cl-us', recipientId: 'fl-2' });
    expect(en.body.outcome).toBe('mask');
    expect(en.body.notice).toMatchObject({ locale: 'en', policy: 'contact-sharing' });
    const pt = await w.call('POST', '/v1/screen', { text, kind: 'message', senderId: 'cl-us', recipientId: 'fl-2', locale: 'pt-BR' });
    expect(pt.status).toBe(200);
    expect(pt.body.outcome).toBe('mask');
    expect(pt.body.notice).toMatchObject({ locale: 'pt', policy: 'contact-sharing' });
    expect(pt.body.notice.text).toMatch(/dados de contato/);
  });

  it('allows contact sharing once a contract has started, but still holds payment outside', async () => {
    await w.call('POST', '/v1/events', ev.contractStarted('k-1', 'cl-2', 'fl-2'));
    const ok = await w.call('POST', '/v1/screen', { text: 'Sure, my email is ana.silva@gmail.com', senderId: 'fl-2', recipientId: 'cl-2' });
    expect(ok.body.outcome).toBe('allow');
    expect(ok.body.maskedText).toContain('ana.silva@gmail.com');
    const pay = await w.call('POST', '/v1/screen', {
      text: 'Next time pay me directly on PayPal so we both avoid the platform fee',
      senderId: 'fl-2',
      recipientId: 'cl-2',
    });
    expect(pay.body.outcome).toBe('hold');
  });

  it('records exemptions: an enterprise client may share contact details', async () => {
    const r = await w.call('POST', '/v1/screen', { text: 'Please email me at procurement@acme-corp.com', senderId: 'cl-ent', recipientId: 'fl-1' });
    expect(r.body.outcome).toBe('allow');
    expect(r.body.exemptions.map((e: { id: string }) => e.id)).toContain('enterprise-client');
  });

  it('gives message.sent events the same decision in their ingestion reply, and a repeat earns a strike and a case', async () => {
    const texts = ['my whatsapp is +55 11 91234-5678', 'email me: fl1.dev@gmail.com', 'telegram: t.me/fl1dev'];
    const replies = [];
    for (const t of texts) replies.push((await w.call('POST', '/v1/events', ev.message('fl-1', 'cl-1', t))).body);
    for (const r of replies) expect(r.decision.outcome).toBe('mask');
    // The first screening (previous test) plus these three: the later ones are repeats.
    const last = replies[2].decision;
    expect(last.policies[0].matched[0].rule).toBe('share-contact-repeat');
    expect(last.notice.text).toMatch(/antes de um contrato 4 vezes nos últimos 30 dias, contando esta/);
    const kinds = last.effects.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['strike', 'case']));
    // Repeats minutes apart are one incident: one strike and its reminder (education first), no
    // warning before the user could read the first notice; the later repeat is a reason of that strike.
    const standing = (await w.call('GET', '/v1/accounts/fl-1/standing')).body;
    expect(standing.activeActions).toEqual([]);
    expect(standing.strikes.active).toHaveLength(1);
    expect(standing.notices).toHaveLength(1);
    expect(JSON.stringify(standing.notices)).toContain('email me');
    const strike = last.effects.find((e: { kind: string }) => e.kind === 'strike');
    expect(strike.detail).toMatchObject({ outcome: 'joined', strikeId: standing.strikes.active[0].id });
  });

  it('leaves ordinary work chat alone', async () => {
    const texts = [
      'I pushed v2.4.1 to the staging branch; order #558210 should now sync. ETA Friday 14:00 UTC.',
      'We need a Telegram bot for our shop that posts new orders to a channel',
      "Sorry, I can't share my phone number before a contract — let's keep talking here.",
      'Coordinates for the map demo: 40.7128, -74.0060. Budget is $1,500.',
    ];
    for (const text of texts) {
      const r = await w.call('POST', '/v1/screen', { text, senderId: 'fl-1', recipientId: 'cl-1' });
      expect(r.body.outcome, text).toBe('allow');
    }
  });

  it('holds a new account that sends far more proposals than its limit', async () => {
    await w.call('POST', '/v1/events', ev.registered('fl-fast', 'freelancer'));
    const proposal = (i: number) =>
      event('proposal.submitted', 'fl-fast', { proposalId: `p-${i}`, jobId: `job-${i}`, text: `Hello, I can do job number ${i} quickly and well.` });
    const events = Array.from({ length: 16 }, (_, i) => proposal(i));
    const res = await w.call('POST', '/v1/events/batch', { events });
    const outcomes = res.body.results.map((r: { result: { decision: { outcome: string } } }) => r.result.decision.outcome);
    expect(outcomes.slice(0, 5)).toEqual(['allow', 'allow', 'allow', 'allow', 'allow']);
    expect(outcomes[15]).toBe('hold');
    const last = res.body.results[15].result.decision;
    expect(last.signals.map((s: { type: string }) => s.type)).toContain('spam.velocity');
  });

  it("gives a verified sender trust's headroom: fifteen proposals in an hour stay within the limit", async () => {
    // Trust's trusted-sender rule (a verified identity) triples the new-account limit of 5; screening asks trust, it does not decide.
    // Unverified, the fifteenth would be three times the limit: a strong velocity signal and a hold.
    await w.call('POST', '/v1/events', ev.registered('fl-verified', 'freelancer'));
    await w.call('POST', '/v1/events', event('verification.completed', 'fl-verified', { kind: 'identity', result: 'approved' }));
    const events = Array.from({ length: 15 }, (_, i) =>
      event('proposal.submitted', 'fl-verified', { proposalId: `pv-${i}`, jobId: `vjob-${i}`, text: `Hello, I can do job number ${i} quickly and well.` }),
    );
    const res = await w.call('POST', '/v1/events/batch', { events });
    const last = res.body.results[14].result.decision;
    expect(last.signals.map((s: { type: string }) => s.type)).not.toContain('spam.velocity');
    expect(last.outcome).not.toBe('hold');
  });

  it("holds a new account's third proposal within the hour to jobs in unrelated skills, not a burst in its own trade", async () => {
    const t0 = Date.now() - 30 * 60_000;
    const at = (min: number) => new Date(t0 + min * 60_000).toISOString();
    const skills = ['Tax returns', 'Unity game development', 'Wedding photography', 'Illustration', 'Illustration', 'Illustration'];
    await w.call('POST', '/v1/events/batch', {
      events: [
        ev.registered('fl-scatter', 'freelancer', {}, at(-120)),
        event('profile.updated', 'fl-scatter', { skills: ['Illustration'], title: 'Illustrator' }, { at: at(-110) }),
        ev.registered('fl-own', 'freelancer', {}, at(-120)),
        event('profile.updated', 'fl-own', { skills: ['Illustration'], title: 'Illustrator' }, { at: at(-110) }),
        ...skills.map((sk, i) =>
          event('job.posted', `cl-sk${i}`, { jobId: `sk-job-${i}`, title: `Job ${i}`, description: 'Details in the brief.', skills: [sk] }, { at: at(-60) }),
        ),
      ],
    });
    const propose = (who: string, i: number, min: number) =>
      w.call(
        'POST',
        '/v1/events',
        event(
          'proposal.submitted',
          who,
          { proposalId: `${who}-p${i}`, jobId: `sk-job-${i}`, clientId: `cl-sk${i}`, text: 'Hello, I read your post and can start this week.' },
          { at: at(min) },
        ),
      );
    const outcome = (r: { body: { decision: { outcome: string; signals: { type: string }[] } } }) => r.body.decision;
    expect(outcome(await propose('fl-scatter', 0, 0)).outcome).toBe('allow');
    expect(outcome(await propose('fl-scatter', 1, 3)).outcome).toBe('allow');
    const third = outcome(await propose('fl-scatter', 2, 6));
    expect(third.outcome).toBe('hold');
    expect(third.signals.map((s) => s.type)).toContain('spam.scattered_proposals');
    // Three proposals as fast in the freelancer's own skill: delivered.
    for (const [k, i] of [3, 4, 5].entries()) {
      const d = outcome(await propose('fl-own', i, k * 3));
      expect(d.outcome).toBe('allow');
      expect(d.signals.map((s) => s.type)).not.toContain('spam.scattered_proposals');
    }
  });

  it('notices one proposal pasted to many jobs, edited greetings included', async () => {
    await w.call('POST', '/v1/events', ev.registered('fl-paste', 'freelancer', {}, new Date(Date.now() - 90 * 86_400_000).toISOString()));
    const body =
      'I have read your job post carefully and I am confident I can deliver exactly what you need. I have eight years of experience with React, Node and PostgreSQL, and I always deliver on time with clean, tested code.';
    const events = Array.from({ length: 20 }, (_, i) =>
      event('proposal.submitted', 'fl-paste', { proposalId: `pp-${i}`, jobId: `paste-job-${i}`, text: `${i % 2 ? 'Hi' : 'Hello'} there, ${body}` }),
    );
    const res = await w.call('POST', '/v1/events/batch', { events });
    const decisions = res.body.results.map((r: { result: { decision: { outcome: string; signals: { type: string }[] } } }) => r.result.decision);
    expect(decisions[0].signals.map((s: { type: string }) => s.type)).not.toContain('spam.mass_sending');
    const last = decisions[19];
    expect(last.signals.map((s: { type: string }) => s.type)).toContain('spam.mass_sending');
    expect(last.outcome).toBe('nudge');
    expect(last.notice.text).toMatch(/personalis/);
  });

  it('rejects a bad screen request with the field named', async () => {
    const r = await w.call('POST', '/v1/screen', { text: 'hi', kind: 'tweet' });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams[0].pointer).toBe('/kind');
  });

  it("takes a job post's metadata (job.posted's fields) with kind job, and names /job otherwise", async () => {
    const text = 'Data entry clerk\n\nEnter customer records from home. Training provided, weekly pay.';
    const job = {
      title: 'Data entry clerk',
      company: { name: 'Acme', hasLogo: true },
      salaryRange: '40000-50000',
      screeningQuestions: ['Years of experience?'],
      remote: true,
      employmentType: 'Full-time',
      category: 'Administrative',
    };
    const ok = await w.call('POST', '/v1/screen', { text, kind: 'job', job });
    expect(ok.status).toBe(200);
    const asMessage = await w.call('POST', '/v1/screen', { text, kind: 'message', job });
    expect(asMessage.status).toBe(400);
    expect(asMessage.body.invalidParams[0].pointer).toBe('/job');
    const badField = await w.call('POST', '/v1/screen', { text, kind: 'job', job: { ...job, remote: 'sometimes' } });
    expect(badField.status).toBe(400);
    expect(badField.body.invalidParams[0].pointer).toBe('/job/remote');
    const unknown = await w.call('POST', '/v1/screen', { text, kind: 'job', job: { ...job, logoUrl: 'x' } });
    expect(unknown.status).toBe(400);
  });

  it('job.posted with its metadata through the shipped policies: a fake post carries scam.fake_job and is held by scams/likely-scam; an honest post is allowed', async () => {
    // Written for this test: a remote "payroll" post with the marks fraudulent ads share (no
    // logo, no screening questions, no company description) that asks for a starter-kit fee.
    const fake = await w.call(
      'POST',
      '/v1/events',
      event('job.posted', 'cl-2', {
        jobId: 'job-fake-1',
        title: 'Remote Payment Processing Assistant',
        description:
          'Work from home 2 hours a day and earn $900 weekly, no experience needed. Before onboarding you must buy our $89 starter kit from our supplier; the cost is refunded with your first paycheck. Send your full name and phone number to apply.',
        company: { hasLogo: false },
        screeningQuestions: [],
        remote: true,
        employmentType: 'Part-time',
        location: { country: 'US' },
      }),
    );
    expect(fake.status).toBe(201);
    const types = fake.body.decision.signals.map((s: { type: string }) => s.type);
    expect(types).toContain('scam.fake_job');
    expect(fake.body.decision.outcome).toBe('hold');
    const matched = fake.body.decision.policies.flatMap((p: { name: string; matched: { rule: string }[] }) => p.matched.map((m) => `${p.name}/${m.rule}`));
    expect(matched).toContain('scams/likely-scam');
    const honest = await w.call(
      'POST',
      '/v1/events',
      event('job.posted', 'cl-2', {
        jobId: 'job-honest-1',
        title: 'Payroll Specialist',
        description:
          'Run the monthly payroll for our 120 staff in our accounting system, reconcile benefits deductions and answer employee questions. Two years of payroll experience required. Salary 52,000-58,000 USD, hybrid, three days in the Denver office.',
        company: { name: 'Acme Analytics', hasLogo: true },
        salaryRange: '52000-58000',
        screeningQuestions: ['How many years of payroll experience do you have?'],
        remote: false,
        employmentType: 'Full-time',
        category: 'Accounting',
        location: { country: 'US', city: 'Denver' },
      }),
    );
    expect(honest.status).toBe(201);
    expect(honest.body.decision.outcome).toBe('allow');
    expect(honest.body.decision.signals.filter((s: { type: string }) => s.type.startsWith('scam.'))).toEqual([]);
  });

  it('versions a policy, shadow-runs it and backtests it with the differences', async () => {
    const cur = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
    // Draft: solicitation without an identifier becomes "allow" (the analyst wants less friction).
    const draft = structuredClone(cur);
    draft.rules = draft.rules.map((r: { id: string; outcome: string }) => (r.id === 'ask-contact' ? { ...r, outcome: 'allow' } : r));
    const base = (await w.call('GET', '/v1/policies/contact-sharing')).body.versions[0].version;
    const bad = await w.call('POST', '/v1/policies/contact-sharing/versions', { document: { ...draft, rules: [] }, baseVersion: base });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].pointer).toBe('/document/rules');
    const created = await w.call('POST', '/v1/policies/contact-sharing/versions', {
      document: draft,
      baseVersion: base,
      comment: 'softer on questions',
      activate: 'shadow',
    });
    expect(created.status).toBe(201);
    const v = created.body.version;
    // Events from a day of their own, so the backtest range holds exactly these two.
    await w.call('POST', '/v1/events', ev.message('fl-3', 'cl-3', "what's your whatsapp?", '2021-03-01T10:00:00Z'));
    await w.call('POST', '/v1/events', ev.message('fl-3', 'cl-3', 'ok, here is my gmail: freelancer3@gmail.com', '2021-03-01T10:05:00Z'));
    const shadow = await w.call('GET', '/v1/policies/contact-sharing/shadow');
    expect(shadow.body).toMatchObject({ shadowVersion: v, differing: 1 });
    expect(shadow.body.transitions).toEqual([{ from: 'nudge', to: 'allow', count: 1 }]);
    expect(shadow.body.examples[0].text).toContain('whatsapp');
    const bt = await w.call('POST', '/v1/policies/contact-sharing/backtest', { version: v, from: '2021-03-01T00:00:00Z', to: '2021-03-02T00:00:00Z' });
    expect(bt.status).toBe(200);
    expect(bt.body.evaluated).toBe(2);
    expect(bt.body.changed).toBe(1);
    expect(bt.body.outcomes.candidate.allow).toBe(1);
    const live = await w.call('POST', '/v1/policies/contact-sharing/activate', { version: v, mode: 'live' });
    expect(live.body).toMatchObject({ liveVersion: v, shadowVersion: null });
    const after = await w.call('POST', '/v1/screen', { text: 'what is your skype?', dryRun: true });
    expect(after.body.outcome).toBe('allow');
  });

  it('refuses policy changes without the admin scope', async () => {
    const k = (await w.call('POST', '/v1/admin/keys', { name: 'r', scopes: ['read'] })).body.key;
    const r = await w.call('POST', '/v1/policies/spam/versions', { document: {} }, k);
    expect(r.status).toBe(403);
  });

  it('an event with an unrelated type gets no decision', async () => {
    const r = await w.call('POST', '/v1/events', event('user.login', 'fl-1', { ip: '203.0.113.9' }));
    expect(r.body.decision).toBeUndefined();
  });
});
