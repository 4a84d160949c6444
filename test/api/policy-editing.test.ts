// Editing policies through the API as the console's policy editor does, on both databases:
// a draft is checked without saving (every problem with its pointer, from the one schema),
// backtested unsaved, saved, made live and rolled back; only admins and policy editors may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

type Doc = { name: string; rules: { id: string; outcome: string; notice?: string }[]; [k: string]: unknown };

describe.each(await backends())('policy editing on %s', (backend) => {
  let w: TestWarden;
  let live: Doc;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    await w.call('POST', '/v1/events/batch', { events: [ev.registered('fl-pe', 'freelancer'), ev.registered('cl-pe', 'client')] });
    // A day of its own, so a backtest over it replays exactly these two messages.
    await w.call('POST', '/v1/events', ev.message('fl-pe', 'cl-pe', "what's your whatsapp?", '2021-04-01T10:00:00Z'));
    await w.call('POST', '/v1/events', ev.message('fl-pe', 'cl-pe', 'Happy to start on Monday, thanks.', '2021-04-01T10:05:00Z'));
    live = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
  }, 120_000);
  afterAll(async () => w?.close());

  it('lists every problem of a draft with its pointer and saves nothing', async () => {
    const draft = structuredClone(live);
    draft.rules[0] = { ...draft.rules[0], outcome: 'ban' };
    draft.rules[1] = { ...draft.rules[1], id: draft.rules[0].id };
    draft.title = '';
    const r = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: draft });
    expect(r.status).toBe(200);
    expect(r.body.valid).toBe(false);
    const pointers = r.body.problems.map((p: { pointer: string }) => p.pointer);
    // Shape errors and the duplicate id together: every problem of the draft at once.
    expect(pointers).toEqual(expect.arrayContaining(['/document/title', '/document/rules/0/outcome', '/document/rules/1/id']));
    expect(r.body.problems).toContainEqual({
      pointer: '/document/rules/0/outcome',
      reason: 'must be one of "allow", "nudge", "mask", "hold", "block", not "ban"',
    });
    expect(new Set(pointers).size).toBe(pointers.length);

    const shapeFixed = structuredClone(live);
    shapeFixed.rules[1] = { ...shapeFixed.rules[1], id: shapeFixed.rules[0].id };
    const dup = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: shapeFixed });
    expect(dup.body.problems[0]).toEqual({ pointer: '/document/rules/1/id', reason: `duplicate rule id "${live.rules[0].id}"` });
    // All of them, not the first: exemptions and counters naming the rule whose id was overwritten too.
    const lost = `no rule "${live.rules[1].id}" in this policy`;
    expect(dup.body.problems.length).toBeGreaterThan(1);
    expect(dup.body.problems.slice(1).every((p: { reason: string }) => p.reason === lost)).toBe(true);

    const renamed = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: { ...live, name: 'spam' } });
    expect(renamed.body).toEqual({ valid: false, problems: [{ pointer: '/document/name', reason: 'must be "contact-sharing" (the policy in the URL)' }] });

    const ok = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: live });
    expect(ok.body).toEqual({ valid: true, problems: [] });
    expect((await w.call('GET', '/v1/policies/contact-sharing')).body.versions).toHaveLength(1);
  });

  it('refuses rules that can never match, with every problem at once, in validate and in save alike', async () => {
    const draft = structuredClone(live) as Doc & { rules: { when: unknown; effects?: unknown }[] };
    draft.rules[0] = { ...draft.rules[0], outcome: 'obliterate', notice: 'no-such-notice' };
    draft.rules[1] = {
      ...draft.rules[1],
      when: {
        all: [
          { signal: { type: 'contact.telepathy', minStrength: 'huge' } },
          { context: 'pair.nonexistentField', eq: true },
          { counter: { rules: ['no-such-rule'], windowDays: 30 }, gte: 1 },
        ],
      },
    };
    const r = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: draft });
    expect(r.status).toBe(200);
    expect(r.body.valid).toBe(false);
    const byPointer = Object.fromEntries(r.body.problems.map((p: { pointer: string; reason: string }) => [p.pointer, p.reason]));
    expect(byPointer['/document/rules/0/outcome']).toBe('must be one of "allow", "nudge", "mask", "hold", "block", not "obliterate"');
    expect(byPointer['/document/rules/0/notice']).toBe('no notice "no-such-notice" in /notices');
    expect(byPointer['/document/rules/1/when/all/0/signal/minStrength']).toBe('must be one of "weak", "medium", "strong", not "huge"');
    expect(byPointer['/document/rules/1/when/all/0/signal/type']).toMatch(/^unknown signal type "contact\.telepathy".*contact\.email/);
    expect(byPointer['/document/rules/1/when/all/1/context']).toMatch(/^unknown context path "pair\.nonexistentField".*pair\.hasContract/);
    expect(byPointer['/document/rules/1/when/all/2/counter/rules/0']).toBe('no rule "no-such-rule" in this policy');

    // Saving refuses each of them alone (a well-formed rule that can never match), naming the pointer.
    const cases: [string, unknown][] = [
      ['/document/rules/0/when/signal/type', { signal: { type: 'contact.telepathy' } }],
      ['/document/rules/0/when/context', { context: 'pair.nonexistentField', eq: true }],
      ['/document/rules/0/when/counter/rules/0', { counter: { rules: ['no-such-rule'], windowDays: 30 }, gte: 1 }],
    ];
    for (const [pointer, when] of cases) {
      const d = structuredClone(live) as Doc & { rules: { when: unknown }[] };
      d.rules[0].when = when;
      const v = await w.call('POST', '/v1/policies/contact-sharing/validate', { document: d });
      expect(v.body.problems.map((p: { pointer: string }) => p.pointer)).toEqual([pointer]);
      const saved = await w.call('POST', '/v1/policies/contact-sharing/versions', { document: d, baseVersion: 1, comment: 'never matches' });
      expect(saved.status).toBe(400);
      expect(saved.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(saved.body.invalidParams).toEqual(v.body.problems);
    }
    expect((await w.call('GET', '/v1/policies/contact-sharing')).body.versions).toHaveLength(1);
  });

  it('backtests an unsaved draft the same as the saved version, then activates and rolls back', async () => {
    const draft = structuredClone(live);
    draft.rules = draft.rules.map((r) => (r.id === 'ask-contact' ? { ...r, outcome: 'allow' } : r));
    const range = { from: '2021-04-01T00:00:00Z', to: '2021-04-02T00:00:00Z' };
    const unsaved = await w.call('POST', '/v1/policies/contact-sharing/backtest', { document: draft, ...range });
    expect(unsaved.status).toBe(200);
    expect(unsaved.body).toMatchObject({ candidateVersion: 0, baselineVersion: 1, evaluated: 2, changed: 1 });
    expect(unsaved.body.transitions).toEqual([{ from: 'nudge', to: 'allow', count: 1 }]);

    const both = await w.call('POST', '/v1/policies/contact-sharing/backtest', { document: draft, version: 1, ...range });
    expect(both.status).toBe(400);
    const neither = await w.call('POST', '/v1/policies/contact-sharing/backtest', range);
    expect(neither.status).toBe(400);
    expect(neither.body.invalidParams[0].pointer).toBe('/version');
    const badDraft = await w.call('POST', '/v1/policies/contact-sharing/backtest', { document: { ...draft, rules: [] }, ...range });
    expect(badDraft.status).toBe(400);
    expect(badDraft.body.invalidParams[0].pointer).toBe('/document/rules');

    const editor = await loginAs(w, 'policy-editor', 'Pat Policy');
    const saved = await w.call(
      'POST',
      '/v1/policies/contact-sharing/versions',
      { document: draft, baseVersion: 1, comment: 'questions allowed' },
      editor.token,
    );
    expect(saved.status).toBe(201);
    const v = saved.body.version;
    const savedBt = await w.call('POST', '/v1/policies/contact-sharing/backtest', { version: v, ...range }, editor.token);
    expect({ ...savedBt.body, candidateVersion: 0 }).toEqual(unsaved.body);

    const on = await w.call('POST', '/v1/policies/contact-sharing/activate', { version: v, mode: 'live' }, editor.token);
    expect(on.body).toMatchObject({ liveVersion: v });
    expect((await w.call('POST', '/v1/screen', { text: 'what is your skype?', dryRun: true })).body.outcome).toBe('allow');
    // Rollback: the earlier version live again.
    const back = await w.call('POST', '/v1/policies/contact-sharing/activate', { version: 1, mode: 'live' }, editor.token);
    expect(back.body).toMatchObject({ liveVersion: 1 });
    expect((await w.call('POST', '/v1/screen', { text: 'what is your skype?', dryRun: true })).body.outcome).toBe('nudge');
  });

  it('lets only admins and policy editors validate, save and activate; a policy editor decides no case', async () => {
    const reviewer = await loginAs(w, 'reviewer', 'Rae Reviewer');
    const editor = await loginAs(w, 'policy-editor', 'Ped Editor');
    expect((await w.call('POST', '/v1/policies/contact-sharing/validate', { document: live }, reviewer.token)).status).toBe(403);
    expect((await w.call('POST', '/v1/policies/contact-sharing/versions', { document: live }, reviewer.token)).status).toBe(403);
    expect((await w.call('POST', '/v1/policies/contact-sharing/activate', { version: 1, mode: 'live' }, reviewer.token)).status).toBe(403);
    expect((await w.call('POST', '/v1/policies/contact-sharing/validate', { document: live }, editor.token)).status).toBe(200);
    const me = await w.call('GET', '/v1/auth/me', undefined, editor.token);
    expect(me.body).toMatchObject({ role: 'policy-editor', scopes: ['read', 'policies'] });
    const key = (await w.call('POST', '/v1/admin/keys', { name: 'analyst', scopes: ['policies'] })).body.key;
    expect((await w.call('POST', '/v1/policies/contact-sharing/validate', { document: live }, key)).status).toBe(200);
    expect((await w.call('POST', '/v1/cases/any/claim', {}, editor.token)).status).toBe(403);
  });
});
