// Shipped policies reach existing deployments: a deployment installed before a release added a
// notice language gets the new version live; rule changes go to shadow; analysts' edits are kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import type { PolicyDocument } from './schema.ts';
import { createVersion, defaultPolicies, installDefaultPolicies, listVersions, loadPolicySet, upgradeShippedPolicies } from './store.ts';

/** The shipped documents as an older release had them: no Hindi notices. */
function withoutHindi(docs: PolicyDocument[]): PolicyDocument[] {
  return docs.map((d) => ({
    ...d,
    notices:
      d.notices && Object.fromEntries(Object.entries(d.notices).map(([id, t]) => [id, Object.fromEntries(Object.entries(t).filter(([l]) => l !== 'hi'))])),
  }));
}

describe('shipped policy upgrades', () => {
  let h: DatabaseHandle;
  beforeEach(async () => {
    h = await openDatabase({});
    await migrate(h);
  });
  afterEach(async () => h.close());

  const install = async (docs: PolicyDocument[]) => {
    // installDefaultPolicies reads the files; an older release is simulated by installing its documents as version 1.
    for (const d of docs) {
      await h.db.insertInto('policy_heads').values({ name: d.name, live_version: 1 }).execute();
      await h.db
        .insertInto('policy_versions')
        .values({ name: d.name, version: 1, document: JSON.stringify(d), comment: 'shipped default', created_by: 'warden' })
        .execute();
    }
  };

  it('a fresh install needs no update', async () => {
    await installDefaultPolicies(h.db);
    expect(await upgradeShippedPolicies(h.db)).toEqual([]);
  });

  it('a new notice language goes live on a deployment that never edited the policy, once', async () => {
    await install(withoutHindi(defaultPolicies()));
    const updated = await upgradeShippedPolicies(h.db);
    expect(updated.map((u) => u.name).sort()).toEqual(
      defaultPolicies()
        .filter((d) => d.notices && Object.keys(d.notices).length)
        .map((d) => d.name)
        .sort(),
    );
    expect(updated.every((u) => u.version === 2 && u.activated === 'live')).toBe(true);
    const live = (await loadPolicySet(h.db)).live.find((p) => p.name === 'contact-sharing')!;
    expect(live.version).toBe(2);
    expect(live.document.notices!.contact_shared!.hi).toMatch(/संपर्क विवरण/);
    expect(await upgradeShippedPolicies(h.db)).toEqual([]);
  });

  it("keeps an analyst's edit, and sends a rule change to shadow", async () => {
    const old = withoutHindi(defaultPolicies());
    await install(old);
    const cs = old.find((d) => d.name === 'contact-sharing')!;
    await h.db.transaction().execute((tx) => createVersion(tx, 'contact-sharing', { document: { ...cs, title: 'Ours' }, activate: 'live' }, 'ana'));
    const spam = old.find((d) => d.name === 'spam')!;
    const shipped = defaultPolicies().map((d) => (d.name === 'spam' ? { ...d, rules: d.rules.slice(1) } : d));
    const updated = await upgradeShippedPolicies(h.db, shipped);
    expect(updated.find((u) => u.name === 'contact-sharing')).toBeUndefined();
    expect((await listVersions(h.db, 'contact-sharing')).length).toBe(2);
    expect(updated.find((u) => u.name === 'spam')).toEqual({ name: 'spam', version: 2, activated: 'shadow' });
    const set = await loadPolicySet(h.db);
    expect(set.live.find((p) => p.name === 'spam')!.document.rules.length).toBe(spam.rules.length);
  });
});
