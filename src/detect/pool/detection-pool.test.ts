// The pool runs the same detectText in a worker thread: a text's signals must not depend on
// whether it was screened inline or in a thread.
import { afterAll, describe, expect, it } from 'vitest';
import { detectText, type TextDetectionInput } from '../index.ts';
import { DetectionPool } from './detection-pool.ts';

const TEXTS: TextDetectionInput[] = [
  { text: 'Hi! Message me on WhatsApp +44 7911 123456 or mail jane.doe@gmail.com, we can skip the fees.', kind: 'message' },
  { text: 'мой номер +7 912 345 67 89, можете звонить вечером, или пиши в телеграм @ivan_dev', kind: 'message', locale: 'ru' },
  { text: 'Schreib mir auf Skype: hans.meier77 — dann klären wir die Bezahlung außerhalb der Plattform.', kind: 'proposal', locale: 'de' },
  { text: '我的微信是 wx_zhang2024，加我聊，邮箱 zhang@qq.com', kind: 'message', locale: 'zh' },
  {
    text: 'Earn $500 a day from home! Pay a small registration fee via gift card to get started, see https://bit.ly/3xYz and https://example-market.com.evil.io/login',
    kind: 'job',
  },
  { text: '7'.repeat(50_000), kind: 'message' },
  { text: '1.2.3.4.5.6.7.8.9.0.'.repeat(2_500), kind: 'message' },
  { text: `${'7 7.7-7 (77) 7.77 +7 '.repeat(2_000)} call me at +1 415 555 0134`, kind: 'message' },
];

describe('DetectionPool', () => {
  const pool = new DetectionPool({ threads: 1, longTextChars: 0 });
  afterAll(() => pool.close());

  it('finds in a worker thread exactly what detectText finds inline', async () => {
    for (const input of TEXTS) {
      expect(pool.offloads(input.text)).toBe(true);
      const inline = detectText(input, { needs: undefined });
      expect(await pool.detect(input), input.text.slice(0, 40)).toEqual(inline);
    }
    // Not a vacuous comparison: the contact texts do yield signals.
    expect(detectText(TEXTS[0]).length).toBeGreaterThan(0);
    expect(detectText(TEXTS[1]).length).toBeGreaterThan(0);
    expect(detectText(TEXTS[7]).some((s) => s.type.startsWith('contact.'))).toBe(true);
  }, 60_000);

  it('passes the options (needs) to the thread', async () => {
    const opts = { needs: ['contact.*'] };
    expect(await pool.detect(TEXTS[0], opts)).toEqual(detectText(TEXTS[0], opts));
  }, 30_000);

  it('screens short texts inline, and every text inline with no threads', async () => {
    const sized = new DetectionPool({ threads: 1, longTextChars: 100 });
    const none = new DetectionPool({ threads: 0 });
    try {
      expect(sized.offloads('short')).toBe(false);
      expect(sized.offloads('x'.repeat(100))).toBe(true);
      expect(none.threads).toBe(0);
      expect(none.offloads(TEXTS[5].text)).toBe(false);
      expect(await none.detect(TEXTS[0])).toEqual(detectText(TEXTS[0]));
    } finally {
      await sized.close();
      await none.close();
    }
  });
});
