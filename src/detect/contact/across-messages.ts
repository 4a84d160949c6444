// Identifiers split over consecutive messages of one conversation: "my number is 07823" then
// "419652", or a handle's first half in one message and the rest in the next. Each message
// alone shows a fragment that is no contact detail; read together they are one.
import type { Signal } from '../types.ts';
import { type ContactInput, detectContact } from './detect-contact.ts';

/** Families an identifier can be split across messages in (intent is judged per message). */
const SPLITTABLE = new Set(['contact.phone', 'contact.email', 'contact.handle', 'contact.link', 'contact.payment_handle']);

/**
 * Characters of the previous message kept to read with the next: an identifier and the words
 * that introduce it ("my whatsapp is +44 7823") fit; the rest of a long message is not needed.
 */
export const TAIL_CHARS = 80;

/** The end of a message worth keeping for the next one (at most TAIL_CHARS, cut at a space). */
export function messageTail(text: string): string {
  if (text.length <= TAIL_CHARS) return text;
  const tail = text.slice(text.length - TAIL_CHARS);
  const space = tail.search(/\s/);
  return space >= 0 && space < TAIL_CHARS / 2 ? tail.slice(space + 1) : tail;
}

/**
 * Identifiers that begin in `previous` (the tail of the sender's last message to the same
 * recipient) and end in `input.text`. Spans index `input.text`: from 0 to where the identifier
 * ends, so masking hides the part this message adds. `evidence.acrossMessages` carries the
 * part seen in the previous message. An identifier found whole in either message is not
 * reported here (per-message detection finds it).
 */
export function findAcrossMessages(previous: string, input: ContactInput): Signal[] {
  const current = input.text;
  if (!previous || !current) return [];
  // A line break, like the one between two chat bubbles: numbers and handles may run over it.
  const joined = `${previous}\n${current}`;
  const offset = previous.length + 1;
  const out: Signal[] = [];
  for (const s of detectContact({ ...input, text: joined })) {
    if (!SPLITTABLE.has(s.type) || s.start === undefined || s.end === undefined) continue;
    if (s.start >= previous.length || s.end <= offset) continue;
    const end = s.end - offset;
    out.push({
      ...s,
      start: 0,
      end,
      text: current.slice(0, end),
      evidence: { ...s.evidence, acrossMessages: { previousPart: previous.slice(s.start) } },
    });
  }
  return out;
}
