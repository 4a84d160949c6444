// What counts as personal content inside the JSON Warden keeps (event payloads, replies,
// decision signals and context, evidence, webhook payloads), and how it is blanked: the
// structure, ids, amounts, times, outcomes and policy names stay — they are the record —
// while free text and identifiers people can be found by become ERASED.

/** What an erased string becomes: visible, so a reader knows something was there. */
export const ERASED = '[erased]';

/**
 * Keys whose string (or string-array) values are personal content or identifiers. Sources:
 * the event schemas (src/events/schemas.ts: texts, names, e-mail, phone, IP, device, user agent,
 * payment fingerprints and payout destinations), decisions (`subjectText`, signal `match`,
 * `excerpt`, `value`), strikes and actions (`quote`), notices and replies (`maskedText`).
 */
export const PERSONAL_KEYS = new Set([
  'text',
  'title',
  'description',
  'overview',
  'skills',
  'displayName',
  'email',
  'emailDomain',
  'phone',
  'ip',
  'deviceId',
  'userAgent',
  'comment',
  'screeningQuestions',
  'salaryRange',
  'fingerprint',
  'destination',
  'subjectText',
  'quote',
  'excerpt',
  'match',
  'value',
  'maskedText',
  'tail',
  'statement',
  'body',
]);

/** Keys of lists of files: a `name` inside them is a file's name (personal), elsewhere a policy's (kept). */
const FILE_LISTS = new Set(['attachments', 'files']);

/**
 * A copy of `value` with every string under a personal key replaced by ERASED (arrays of
 * strings under such a key become []), at any depth. Numbers, booleans and other keys are
 * kept. Returns `changed` so callers write back only rows that held something. `replacement`:
 * what a blanked string becomes (ERASED for stored rows; '' for an event about to be processed,
 * so no identifier or text is derived from the placeholder itself).
 */
export function redactJson(value: unknown, replacement: string = ERASED): { value: unknown; changed: boolean } {
  let changed = false;
  // personal: under a personal key; inFiles: inside a list of files.
  const walk = (v: unknown, personal: boolean, inFiles: boolean): unknown => {
    if (typeof v === 'string') {
      if (personal && v !== ERASED && v !== '' && v !== replacement) {
        changed = true;
        return replacement;
      }
      return v;
    }
    if (Array.isArray(v)) {
      if (personal && v.length > 0 && v.every((x) => typeof x === 'string')) {
        changed = true;
        return [];
      }
      return v.map((x) => walk(x, personal, inFiles));
    }
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, personal || PERSONAL_KEYS.has(k) || (inFiles && k === 'name'), FILE_LISTS.has(k) || inFiles);
      return out;
    }
    return v;
  };
  const out = walk(value, false, false);
  return { value: out, changed };
}
