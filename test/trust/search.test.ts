// Trust-aware search through the HTTP API, on PGlite and PostgreSQL: among equally relevant
// freelancers the regular on-platform earner comes first, strikes and confirmed circumvention
// push down, suspended accounts are hidden, and explain=true shows each factor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/store/db.ts';
import { event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';
import { addStrike, daysAgo, hasTable, send, startTrustWarden, suspend } from './harness.ts';

const REACT = { title: 'React developer', overview: 'I build React and TypeScript web apps.', skills: ['React', 'TypeScript'], complete: true };

/** A freelancer with the React profile and, optionally, `weeks` weekly on-platform payments. */
function freelancer(id: string, weeks: number, country = 'PT') {
  const evs: unknown[] = [
    event('user.registered', id, { role: 'freelancer', country, displayName: id }, { at: daysAgo(400) }),
    event('profile.updated', id, REACT, { at: daysAgo(399) }),
  ];
  if (weeks > 0) {
    evs.push(
      event('contract.started', `${id}-c`, { contractId: `${id}-k`, clientId: `${id}-c`, freelancerId: id, kind: 'hourly' }, { at: daysAgo(7 * weeks + 3) }),
    );
    for (let i = 0; i < weeks; i++)
      evs.push(event('hours.logged', `${id}-c`, { contractId: `${id}-k`, hours: 10, amountCents: 50_000 }, { at: daysAgo(7 * i + 1) }));
  }
  return evs;
}

describe.each(await backends())('freelancer search on %s', (backend) => {
  let w: TestWarden;
  let enforcement = false;
  beforeAll(async () => {
    w = await startTrustWarden(backend);
    enforcement = (await hasTable(w, 'enforcement_strikes')) && (await hasTable(w, 'enforcement_actions'));
    await send(w, [
      ...freelancer('s-regular', 14),
      ...freelancer('s-strike', 14),
      ...freelancer('s-circ', 14),
      ...freelancer('s-susp', 14),
      ...freelancer('s-new', 0, 'BR'),
      event('user.registered', 's-python', { role: 'freelancer', country: 'PT' }, { at: daysAgo(300) }),
      event('profile.updated', 's-python', { title: 'Data scientist', overview: 'Python and pandas for analytics', skills: ['Python'] }, { at: daysAgo(299) }),
      event('user.registered', 's-client', { role: 'client' }, { at: daysAgo(300) }),
      event('profile.updated', 's-client', { title: 'We hire React developers', overview: 'React agency' }, { at: daysAgo(299) }),
    ]);
    await withTransaction(w.ctx.db, (tx) =>
      w.ctx.trust.recordCircumvention(tx, { accountId: 's-circ', kind: 'payment_outside', confirmedAt: new Date(daysAgo(2)) }),
    );
    if (enforcement) {
      await addStrike(w, 's-strike');
      await suspend(w, 's-susp');
    }
    // Enforcement rows were written behind trust's back: the scheduled sweep picks them up.
    await w.ctx.trust.recomputeTrust(w.ctx.db, new Date());
  }, 120_000);
  afterAll(async () => w?.close());

  it('ranks the regular on-platform earner first among equally relevant freelancers and hides suspended accounts', async () => {
    const res = await w.call('GET', `/v1/search/freelancers?q=${encodeURIComponent('react developer')}`);
    expect(res.status).toBe(200);
    const ids = res.body.results.map((r: any) => r.accountId);
    expect(ids[0]).toBe('s-regular');
    expect(ids).not.toContain('s-python');
    expect(ids).not.toContain('s-client');
    // Same text, same relevance: only trust separates them.
    const relevances = new Set(res.body.results.map((r: any) => r.relevance));
    expect(relevances.size).toBe(1);
    expect(ids.indexOf('s-regular')).toBeLessThan(ids.indexOf('s-circ'));
    expect(ids.indexOf('s-regular')).toBeLessThan(ids.indexOf('s-new'));
    if (enforcement) {
      expect(ids).not.toContain('s-susp');
      expect(ids.indexOf('s-regular')).toBeLessThan(ids.indexOf('s-strike'));
      expect(res.body.total).toBe(4);
    }
    const scores = res.body.results.map((r: any) => r.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
  });

  it('explains each factor, and the factors add up to the score', async () => {
    const res = await w.call('GET', '/v1/search/freelancers?q=react&explain=true');
    for (const hit of res.body.results) {
      const names = hit.factors.map((f: any) => f.name);
      expect(names).toEqual(expect.arrayContaining(['relevance', 'earnings_regularity', 'jss', 'badges', 'active_strikes', 'circumvention']));
      const sum = hit.factors.reduce((s: number, f: any) => s + f.contribution, 0);
      expect(sum).toBeCloseTo(hit.score, 9);
    }
    const byId = Object.fromEntries(res.body.results.map((r: any) => [r.accountId, r]));
    const factor = (id: string, name: string) => byId[id].factors.find((f: any) => f.name === name);
    expect(factor('s-regular', 'earnings_regularity').value).toBeCloseTo(14 / 26, 6);
    expect(factor('s-new', 'earnings_regularity').value).toBe(0);
    expect(factor('s-circ', 'circumvention').contribution).toBeLessThan(0);
    if (enforcement) expect(factor('s-strike', 'active_strikes').contribution).toBeLessThan(0);
    // Without explain, no factors.
    const plain = await w.call('GET', '/v1/search/freelancers?q=react');
    expect(plain.body.results[0].factors).toBeUndefined();
  });

  it('ranking=relevance ignores trust (the benchmark baseline)', async () => {
    const res = await w.call('GET', '/v1/search/freelancers?q=react&ranking=relevance');
    const ids = res.body.results.map((r: any) => r.accountId);
    // All equally relevant: the tie-break is the account id.
    expect(ids).toEqual([...ids].sort());
  });

  it('filters by skills and country, and pages', async () => {
    const py = await w.call('GET', '/v1/search/freelancers?skills=python');
    expect(py.body.results.map((r: any) => r.accountId)).toEqual(['s-python']);
    const both = await w.call('GET', '/v1/search/freelancers?skills=react,typescript&country=br');
    expect(both.body.results.map((r: any) => r.accountId)).toEqual(['s-new']);
    const page1 = await w.call('GET', '/v1/search/freelancers?q=react&limit=2');
    const page2 = await w.call('GET', '/v1/search/freelancers?q=react&limit=2&offset=2');
    expect(page1.body.results).toHaveLength(2);
    const all = await w.call('GET', '/v1/search/freelancers?q=react&limit=100');
    expect([...page1.body.results, ...page2.body.results].map((r: any) => r.accountId)).toEqual(all.body.results.slice(0, 4).map((r: any) => r.accountId));
    expect((await w.call('GET', '/v1/search/freelancers?limit=0')).status).toBe(400);
    // Stop words only: no text filter, the same list as no query at all.
    const stop = await w.call('GET', '/v1/search/freelancers?q=the');
    const none = await w.call('GET', '/v1/search/freelancers');
    expect(stop.body.total).toBe(none.body.total);
    expect(stop.body.total).toBeGreaterThan(0);
  });

  it('hides an account as soon as it is suspended, before any recomputation', async () => {
    if (!enforcement) return;
    const before = await w.call('GET', '/v1/search/freelancers?q=react');
    expect(before.body.results.map((r: any) => r.accountId)).toContain('s-strike');
    await suspend(w, 's-strike');
    const after = await w.call('GET', '/v1/search/freelancers?q=react');
    expect(after.body.results.map((r: any) => r.accountId)).not.toContain('s-strike');
    expect(after.body.total).toBe(before.body.total - 1);
  });

  it('keeps the index up to date on profile.updated', async () => {
    await send(w, [
      event('profile.updated', 's-new', { title: 'Rust engineer', overview: 'Systems programming in Rust', skills: ['Rust'] }, { at: daysAgo(0) }),
    ]);
    const react = await w.call('GET', '/v1/search/freelancers?q=react');
    expect(react.body.results.map((r: any) => r.accountId)).not.toContain('s-new');
    const rust = await w.call('GET', '/v1/search/freelancers?q=rust');
    expect(rust.body.results.map((r: any) => r.accountId)).toEqual(['s-new']);
  });
});
