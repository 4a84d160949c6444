import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseKind, runScreen } from './screen.ts';

async function screen(lines: object[], kind?: Parameters<typeof runScreen>[3]) {
  const out: string[] = [];
  await runScreen(Readable.from(lines.map((l) => `${JSON.stringify(l)}\n`)), (l) => out.push(l), undefined, kind);
  return out.map((l) => JSON.parse(l) as { id: string; signals: { type: string }[] });
}

// Worded for this test: bulk SMS spam, which the message-spam model knows and job posts are never judged by.
const spam = 'FREE entry!! Text WIN to 80123 now to claim your £500 shopping voucher. T&Cs apply, stop to opt out.';

describe('warden screen --kind', () => {
  it('judges lines without a kind as the default kind, and a line kind wins', async () => {
    const [asMessage] = await screen([{ id: 'a', text: spam }]);
    const [asJob, named] = await screen(
      [
        { id: 'b', text: spam, job: { company: { hasLogo: false }, remote: true } },
        { id: 'c', text: spam, kind: 'message' },
      ],
      'job',
    );
    expect(asMessage.signals.map((s) => s.type)).toContain('spam.content');
    expect(asJob.signals.map((s) => s.type)).not.toContain('spam.content');
    expect(named.signals.map((s) => s.type)).toContain('spam.content');
  });

  it('accepts only the four kinds', () => {
    expect(parseKind('job')).toBe('job');
    expect(parseKind('email')).toBeUndefined();
    expect(parseKind(undefined)).toBeUndefined();
  });
});
