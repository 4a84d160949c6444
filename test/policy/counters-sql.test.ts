// The counters screening's prefetch reads in its own statement (countersSql) are the counters
// decide would read (loadCounters): the same keys and counts, with matches inside and outside
// each window, of other rules, policies and accounts, on both databases.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersSql, loadCounters } from '../../src/policy/decide.ts';
import { countersNeeded } from '../../src/policy/engine.ts';
import { loadPolicySet, type PolicySet } from '../../src/policy/store.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;

for (const backend of await backends()) {
  describe(`countersSql (${backend})`, () => {
    let w: TestWarden;
    let set: PolicySet;
    beforeAll(async () => {
      w = await startTestWarden(backend);
      set = await loadPolicySet(w.ctx.db);
    });
    afterAll(() => w.close());

    it('reads what loadCounters reads, for every counter the shipped policies count', async () => {
      const needed = [...set.live, ...set.shadow].flatMap((p) => countersNeeded(p.document).map((c) => ({ policy: p.name, ...c })));
      expect(needed.length).toBeGreaterThan(0);
      const at = new Date('2026-06-01T12:00:00Z');
      // Per counter: matches of its rules at 0.5 day, just inside and just outside its window,
      // after `at`, of another policy and of another account; decisions counted once.
      let n = 0;
      const rows: { decision_id: string; account_id: string; policy: string; rule_id: string; created_at: Date }[] = [];
      for (const c of needed)
        for (const [i, rule] of c.rules.entries()) {
          const ages = [0.5 * DAY, c.windowDays * DAY - 60_000, c.windowDays * DAY + 60_000, -DAY];
          for (const age of ages.slice(0, 1 + (i % ages.length)).concat(ages[2])) {
            const id = `d${n++}`;
            rows.push({ decision_id: id, account_id: 'acc-1', policy: c.policy, rule_id: rule, created_at: new Date(at.getTime() - age) });
            // The same decision matching twice counts once.
            if (n % 3 === 0 && c.rules.length > 1)
              rows.push({
                decision_id: id,
                account_id: 'acc-1',
                policy: c.policy,
                rule_id: c.rules[(i + 1) % c.rules.length],
                created_at: new Date(at.getTime() - age),
              });
          }
          rows.push({ decision_id: `d${n++}`, account_id: 'acc-2', policy: c.policy, rule_id: rule, created_at: new Date(at.getTime() - DAY) });
          rows.push({ decision_id: `d${n++}`, account_id: 'acc-1', policy: `${c.policy}-other`, rule_id: rule, created_at: new Date(at.getTime() - DAY) });
        }
      await w.ctx.db.insertInto('decision_rules').values(rows).execute();
      for (const account of ['acc-1', 'acc-2', 'acc-none']) {
        const part = countersSql(set, account, at);
        expect(part).not.toBeNull();
        const r = await sql<{ c: Record<string, number> }>`select ${part!} as c`.execute(w.ctx.db);
        const expected = await loadCounters(w.ctx.db, set, account, at);
        expect(r.rows[0].c).toEqual(expected);
        if (account === 'acc-1') expect(Object.values(expected).some((v) => v > 0)).toBe(true);
      }
    });
  });
}
