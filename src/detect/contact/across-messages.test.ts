import { describe, expect, it } from 'vitest';
import { findAcrossMessages, messageTail, TAIL_CHARS } from './across-messages.ts';
import { detectContact } from './detect-contact.ts';

const types = (s: { type: string }[]) => s.map((x) => x.type);

describe('identifiers split across consecutive messages', () => {
  it('joins a phone number whose halves were sent one after the other', () => {
    const first = 'ok my mobile is 07911';
    const second = '123456 after 6pm';
    // Neither half alone is a phone number.
    expect(types(detectContact({ text: first, locale: 'en-GB' }))).not.toContain('contact.phone');
    expect(types(detectContact({ text: second, locale: 'en-GB' }))).not.toContain('contact.phone');
    const found = findAcrossMessages(first, { text: second, locale: 'en-GB' }).find((s) => s.type === 'contact.phone');
    expect(found).toBeDefined();
    expect(found?.start).toBe(0);
    expect(second.slice(0, found?.end)).toBe('123456');
    expect(found?.evidence?.acrossMessages).toEqual({ previousPart: '07911' });
  });

  it('joins an e-mail address whose domain comes in the next message', () => {
    const found = findAcrossMessages('write to lena.marsh@', { text: 'proton.me thanks', locale: 'en' });
    expect(types(found)).toContain('contact.email');
  });

  it('reports nothing when each message is ordinary or holds its own identifier whole', () => {
    expect(findAcrossMessages('the invoice total is 1,250', { text: 'dollars, due on the 15th', locale: 'en' })).toEqual([]);
    expect(findAcrossMessages('call me on +44 7911 123456', { text: 'thanks!', locale: 'en' })).toEqual([]);
    expect(findAcrossMessages('', { text: '123456', locale: 'en' })).toEqual([]);
  });

  it('keeps at most TAIL_CHARS of a long message, cut at a space', () => {
    const long = `${'word '.repeat(60)}my number is 07911`;
    const tail = messageTail(long);
    expect(tail.length).toBeLessThanOrEqual(TAIL_CHARS);
    expect(tail.endsWith('my number is 07911')).toBe(true);
    expect(tail.startsWith(' ')).toBe(false);
    expect(messageTail('short')).toBe('short');
  });
});
