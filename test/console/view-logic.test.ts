// The console's pure view logic: highlighting spans in the user's text, the policy diff,
// the adapters from API objects, and the small formatters every screen uses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAge, formatRelative } from '../../console/src/lib/format.ts';
import { segmentText } from '../../console/src/lib/highlight.ts';
import { diffJson, diffStats, prettyJson } from '../../console/src/lib/json-diff.ts';
import { type AccountTrustView, toTrustSummary } from '../../console/src/models/accounts.ts';
import { displayReason } from '../../console/src/models/cases.ts';
import { fieldOfPointer, problemsByField } from '../../console/src/models/policies.ts';
import { perDay } from '../../console/src/pages/dashboard.tsx';

describe('adapters', () => {
  it('reads JSS, badges, level and facts from the trust API, negatives first', () => {
    const t = {
      accountId: 'fl-1',
      asOf: '2026-11-22T00:00:00.000Z',
      role: 'freelancer',
      freelancer: {
        jss: { score: 96, window: '12m', windows: {}, eligibility: {} },
        badges: { awarded: ['top_rated', 'expert_vetted'], circumventionRemovalUntil: null, decisions: {}, history: [] },
        trust: {
          level: 'high',
          weeksWithEarnings: 20,
          regularityWeeks: 26,
          facts: [
            { code: 'tenure', tone: 'positive', text: 'Member for 3 years.' },
            { code: 'strikes', tone: 'negative', text: 'This account has an open policy warning.' },
          ],
        },
      },
    } as unknown as AccountTrustView;
    expect(toTrustSummary(t)).toEqual({
      jss: 96,
      jssNote: 'last 12 months',
      badges: ['Top Rated', 'Expert-Vetted'],
      badgesRemovedUntil: null,
      level: 'high',
      side: 'freelancer',
      trustedClient: null,
      facts: [
        { text: 'This account has an open policy warning.', tone: 'negative' },
        { text: 'Member for 3 years.', tone: 'positive' },
      ],
    });
    const client = toTrustSummary({
      accountId: 'cl-1',
      asOf: '2026-11-22T00:00:00.000Z',
      role: 'client',
      client: { level: 'medium', trustedClient: true, facts: [] },
      conduct: { offPlatformAsksDeclined: 0, windowDays: 365 },
    } as AccountTrustView);
    expect(client).toMatchObject({ jss: null, jssNote: null, badges: [], level: 'medium', side: 'client', trustedClient: true });
    const fresh = toTrustSummary({
      ...t,
      freelancer: { ...t.freelancer, jss: { score: null, window: null, nullReason: 'not_enough_clients' } },
    } as unknown as AccountTrustView);
    expect(fresh.jssNote).toBe('not enough different clients yet');
  });

  it('turns case reasons into headings without record ids, cut at a word', () => {
    expect(displayReason('Appeal of action act_da8ba868-652d-417c-b3bf-b7faedab3912: I was explaining the rules')).toBe(
      'Appeal of action: I was explaining the rules',
    );
    expect(displayReason('Identity verification ver_7c0f0d32-86b4-4240-b77b-d4479dee4f44: compare the ID document with the selfie')).toBe(
      'Identity verification: compare the ID document with the selfie',
    );
    expect(displayReason('Payment outside the platform proposed')).toBe('Payment outside the platform proposed');
    const long = displayReason(`Appeal: ${'word '.repeat(60)}`, 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('segmentText', () => {
  const text = 'Pay me via PayPal at jane@mail.com today';
  const spans = [
    { type: 'offplatform.payment_outside', start: 0, end: 17 },
    { type: 'contact.email', start: 21, end: 34 },
  ];

  it('marks exactly the flagged spans and hides contact details until revealed', () => {
    const hidden = segmentText(text, spans);
    expect(hidden.map((s) => [s.text, s.types, s.masked])).toEqual([
      ['Pay me via PayPal', ['offplatform.payment_outside'], false],
      [' at ', [], false],
      ['jane@mail.com', ['contact.email'], true],
      [' today', [], false],
    ]);
    expect(segmentText(text, spans, { revealContacts: true }).some((s) => s.masked)).toBe(false);
  });

  it('always covers the text exactly once, in order, whatever the spans (overlapping, out of range)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(
          fc.record({
            type: fc.constantFrom('contact.phone', 'spam.link', 'scam.x'),
            start: fc.integer({ min: -5, max: 70 }),
            end: fc.integer({ min: -5, max: 70 }),
          }),
          {
            maxLength: 6,
          },
        ),
        (t, sp) => {
          const segs = segmentText(t, sp);
          expect(segs.map((s) => s.text).join('')).toBe(t);
          let at = 0;
          for (const s of segs) {
            expect(s.start).toBe(at);
            expect(t.slice(s.start, s.end)).toBe(s.text);
            at = s.end;
            // Every character of a segment is covered by a span of each of its types, and by no other type.
            for (let i = s.start; i < s.end; i++) {
              const over = [...new Set(sp.filter((x) => x.start <= i && x.end > i).map((x) => x.type))].sort();
              expect(over).toEqual(s.types);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('diffJson', () => {
  it('shows a changed value as one removed and one added line, folding the unchanged middle', () => {
    const a = { name: 'p', rules: Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, outcome: 'mask' })) };
    const b = structuredClone(a);
    b.rules[10].outcome = 'hold';
    const lines = diffJson(a, b, 2);
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
    expect(lines.find((l) => l.kind === 'removed')).toMatchObject({ text: expect.stringContaining('"mask"') });
    expect(lines.find((l) => l.kind === 'added')).toMatchObject({ text: expect.stringContaining('"hold"') });
    expect(lines.filter((l) => l.kind === 'fold').length).toBe(2);
    const changed = lines.filter((l) => l.kind === 'added' || l.kind === 'removed').map((l) => l.kind);
    expect(changed).toEqual(['removed', 'added']);
  });

  it('rebuilds both documents from its lines (with no folding), and finds nothing between equal ones', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        const lines = diffJson(a, b, Number.MAX_SAFE_INTEGER);
        if (prettyJson(a) === prettyJson(b)) {
          // Nothing changed: the whole document folds into one "unchanged" line.
          expect(lines).toEqual([{ kind: 'fold', count: prettyJson(a).split('\n').length }]);
          return;
        }
        const pretty = (v: unknown) => prettyJson(v).split('\n');
        const before = lines.filter((l) => l.kind === 'same' || l.kind === 'removed').map((l) => (l.kind === 'fold' ? '' : l.text));
        const after = lines.filter((l) => l.kind === 'same' || l.kind === 'added').map((l) => (l.kind === 'fold' ? '' : l.text));
        expect(before).toEqual(pretty(a));
        expect(after).toEqual(pretty(b));
        expect(diffStats(diffJson(a, structuredClone(a)))).toEqual({ added: 0, removed: 0 });
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatters', () => {
  it('says "just now" for the last minute, and relative ages beyond it', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(formatRelative('2026-11-22T11:59:30Z', now)).toBe('just now');
    expect(formatRelative('2026-11-22T11:50:00Z', now)).toBe('10m ago');
    expect(formatRelative('2026-11-22T14:00:00Z', now)).toBe('in 2h');
  });

  it('writes ages the way a reviewer scans them', () => {
    expect([formatAge(null), formatAge(42), formatAge(3600 * 3 + 60 * 12), formatAge(86400 * 3 + 3600 * 5)]).toEqual(['—', '42s', '3h 12m', '3d 5h']);
  });

  it('counts cases opened and closed per UTC day over the window, ignoring older ones', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const days = perDay(
      [
        { openedAt: '2026-11-22T01:00:00Z', resolvedAt: null },
        { openedAt: '2026-11-21T23:59:00Z', resolvedAt: '2026-11-22T08:00:00Z' },
        { openedAt: '2026-10-01T00:00:00Z', resolvedAt: '2026-11-21T00:00:00Z' },
      ],
      3,
      now,
    );
    expect(days).toEqual([
      { day: '2026-11-20', opened: 0, closed: 0 },
      { day: '2026-11-21', opened: 1, closed: 1 },
      { day: '2026-11-22', opened: 1, closed: 1 },
    ]);
  });
});

describe('policy editor: problems beside their fields', () => {
  it('puts a problem on the rule field it is inside, or on the document', () => {
    expect(fieldOfPointer('/document/rules/2/when/any/0/signal/type')).toBe('rules/2/when');
    expect(fieldOfPointer('/document/rules/0/outcome')).toBe('rules/0/outcome');
    expect(fieldOfPointer('/document/rules/3')).toBe('rules/3');
    expect(fieldOfPointer('/document/rules/3/unknownKey')).toBe('rules/3');
    expect(fieldOfPointer('/document/rules')).toBe('rules');
    expect(fieldOfPointer('/document/exemptions/0/rules/1')).toBe('exemptions');
    expect(fieldOfPointer('/document/title')).toBe('title');
    expect(fieldOfPointer('/document')).toBe('');
    expect(fieldOfPointer('/document/surprise')).toBe('');
    const grouped = problemsByField([
      { pointer: '/document/title', reason: 'a' },
      { pointer: '/document/rules/1/when/all', reason: 'b' },
      { pointer: '/document/rules/1/when/any', reason: 'c' },
    ]);
    expect(grouped.get('rules/1/when')?.map((p) => p.reason)).toEqual(['b', 'c']);
    expect(grouped.get('title')).toHaveLength(1);
  });
});
