// Finders for contact identifiers: e-mail addresses, phone numbers, messaging and meeting

// handles, social profile links and payment handles. They read the normalised text and
// report spans of the original one.
import { type CountryCode, Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { hintedMatches } from '../normalize/hinted-matches.ts';
import { countDigits, digitsIn } from '../normalize/normalize.ts';
import type { Strength } from '../types.ts';
import { after, before, emit, emitOriginal, inCode, isPlatformAddress, type ScanContext, toNormalized } from './context.ts';
import { isFictionalNumber } from './fictional-numbers.ts';
import { CONTACT_LITERALS } from './literal-sets.ts';
import { isDeveloperContext, isExampleIban, isPublishedTestCard } from './published-examples.ts';
import { atWordsIn } from './spelled-email.ts';
import {
  AT_WORDS_BARE,
  AT_WORDS_BRACKETED,
  DOT_WORDS,
  GENERIC_TLDS,
  MAIL_PROVIDERS,
  NON_PHONE_CONTEXT,
  PHONE_CONTEXT,
  PLACEHOLDER_DOMAIN,
  PLACEHOLDER_LOCAL,
  WORK_SUFFIX,
} from './vocabulary.ts';
import { isBitcoinBase58, isBitcoinBech32, isCpf, isIban, isLuhn, isSolanaShape, isTronAddress } from './wallets.ts';

// ---------------------------------------------------------------------------------------
// E-mail

const LOCAL = '[a-z0-9](?:[a-z0-9._%+\\-]{0,62}[a-z0-9])?';
const AT_SYMBOL = '\\s?@\\s?';
const AT_BRACKETED = `\\s*[(\\[{<]\\s*(?:${AT_WORDS_BRACKETED})\\s*[)\\]}>]\\s*`;
const AT_BARE = `\\s+(?:${AT_WORDS_BARE})\\s+`;
const DOT_ANY = `(?:\\s?\\.\\s?|\\s*[(\\[{<]\\s*(?:${DOT_WORDS}|\\.)\\s*[)\\]}>]\\s*|\\s+(?:${DOT_WORDS})\\s+)`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = new RegExp(`(?<![a-z0-9._%+\\-@])(${LOCAL})(${AT_SYMBOL}|${AT_BRACKETED}|${AT_BARE})(${LABEL}(?:${DOT_ANY}${LABEL}){0,4})`, 'g');
const DOT_SPLIT = new RegExp(DOT_ANY, 'g');
// EMAIL tried at one position: the same match the global scan finds when it gets there.
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
// What every separator of EMAIL holds right after its local part and blanks: an at-sign, an
// opening bracket, or a bare at-word between blanks. Scanning for these and trying EMAIL only
// at the local part before each finds what scanning with EMAIL does (which tried its local
// part at every word start) at a fraction of the cost.
const EMAIL_ANCHOR = new RegExp(`[@(\\[{<]|(?<=\\s)(?:${AT_WORDS_BARE})(?=\\s)`, 'g');
const BLANK = /\s/;

function isLocalChar(c: number): boolean {
  // [a-z0-9._%+-]
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * Every position where EMAIL can match, ascending: a match's local part is a whole run of
 * local-part characters (its look-behind excludes starts inside one, and no separator begins
 * with such a character), and only blanks stand between it and an anchor.
 */
function emailStarts(text: string): number[] {
  const starts: number[] = [];
  EMAIL_ANCHOR.lastIndex = 0;
  for (let a = EMAIL_ANCHOR.exec(text); a !== null; a = EMAIL_ANCHOR.exec(text)) {
    let e = a.index;
    while (e > 0 && BLANK.test(text[e - 1])) e--;
    let s = e;
    while (s > 0 && isLocalChar(text.charCodeAt(s - 1))) s--;
    // Anchors come in order and the character at e is never a local-part one, so the starts
    // ascend: repeats are neighbours.
    if (s < e && starts[starts.length - 1] !== s) starts.push(s);
  }
  return starts;
}
// "john dot smith at gmail dot com": the local part itself may be spelled out. Only spelled
// dots count here, so that "Thanks. john at gmail dot com" does not take in the sentence.
const SPELLED_DOT_ANY = `(?:\\s*[(\\[{<]\\s*(?:${DOT_WORDS}|\\.)\\s*[)\\]}>]\\s*|\\s+(?:${DOT_WORDS})\\s+)`;
const SPELLED_LOCAL_TAIL = new RegExp(`(?<![a-z0-9._%+\\-@])${LOCAL}${SPELLED_DOT_ANY}$`);

/** Start of a local part that goes on backwards with spelled dots ("john dot smith"). */
function spelledLocalStart(text: string, start: number): number {
  let from = start;
  for (let k = 0; k < 4; k++) {
    const m = SPELLED_LOCAL_TAIL.exec(text.slice(Math.max(0, from - 80), from));
    if (!m) break;
    from -= m[0].length;
  }
  return from;
}
const SPELLED_DOT = new RegExp(`[(\\[{<]|\\s(?:${DOT_WORDS})\\s`);
const PROVIDER = new RegExp(`^(?:${MAIL_PROVIDERS})$`);
const PROVIDER_PREFIX = new RegExp(`^(?:${MAIL_PROVIDERS})(?:\\.|$)`);
const EMAIL_KEYWORD = /(?:e-?mail|mail|correo|courriel|почт\S*|мейл|имейл|poczt\S*|adres|address|direccion|endereco|adresse|indirizzo|contact|reach|write)/;
const BARE_AT_STOPWORDS = new Set(
  'look looking looked me us him her them it this that here there stare arrive arrived good best great bad work working worked am is are was be available based live living stay staying meet meeting me be'.split(
    ' ',
  ),
);

function isTld(label: string): boolean {
  return (label.length === 2 && /^[a-z]{2}$/.test(label)) || GENERIC_TLDS.has(label);
}

// "my gmail: lucas.b.martin": one's own free-mail account named with a user name is an
// address without its domain. The user name must look like one (a dot, digit or underscore).
// The possessive is matched forwards, not in a lookbehind: a lookbehind over \s+ re-read every
// run of blanks at each of its positions (quadratic: 335 ms on a window of line breaks).
const PROVIDER_USER =
  /(?<![a-z0-9.@])(?:my|mi|mon|ma|meu|minha|mein|meine|mio|mia|мой|моя|mój|moj)\s+((?:gmail|hotmail|yahoo|outlook|icloud|protonmail|yandex|gmx)(?:\s+(?:id|account|address|username))?\s*(?:is|es|e|est|ist|:)\s*([a-z0-9][a-z0-9._+-]{1,40}[a-z0-9]))(?![a-z0-9@.]|\s?@)/g;

const PROVIDER_NAME = CONTACT_LITERALS.add(['gmail', 'hotmail', 'yahoo', 'outlook', 'icloud', 'protonmail', 'yandex', 'gmx']);

function findProviderUsers(ctx: ScanContext): void {
  if (!CONTACT_LITERALS.has(ctx.text, PROVIDER_NAME)) return;
  for (const m of ctx.text.matchAll(PROVIDER_USER)) {
    const user = m[2];
    if (!/[._0-9]/.test(user) || isTld(user.slice(user.lastIndexOf('.') + 1))) continue;
    const end = (m.index as number) + m[0].length;
    emit(ctx, 'contact.email', 'medium', end - m[1].length, end);
  }
}

// An at-sign or a word for it (besides a bare "at", tested as a word): no address is read without one.
const EMAIL_SIGNS = CONTACT_LITERALS.add(['@', 'arroba', 'arobas', 'собака', 'sobaka', 'chez', 'klammeraffe', 'chiocciola', 'malpa', 'małpa']);

export function findEmails(ctx: ScanContext): void {
  const { text } = ctx;
  findProviderUsers(ctx);
  if (!CONTACT_LITERALS.has(text, EMAIL_SIGNS) && !/\bat\b/.test(text)) return;
  const starts = emailStarts(text);
  // Where the next match may start: what EMAIL.lastIndex was when the text was scanned with it.
  let next = 0;
  let k = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    for (; k < starts.length && m === null; k++) {
      if (starts[k] < next) continue;
      EMAIL_AT.lastIndex = starts[k];
      m = EMAIL_AT.exec(text);
    }
    if (m === null) break;
    const [, local, at, domainRaw] = m;
    const start = m.index;
    // Candidates overlap ("me at sarah_k@yahoo.com"): after a rejected one, retry one word later.
    next = start + local.length;
    const domainStart = start + local.length + at.length;
    // Split the domain on its dots (real or spelled out), keeping offsets.
    const labels: { text: string; end: number }[] = [];
    let last = 0;
    let spelledDot = false;
    for (const d of domainRaw.matchAll(DOT_SPLIT)) {
      labels.push({ text: domainRaw.slice(last, d.index), end: domainStart + (d.index as number) });
      if (SPELLED_DOT.test(d[0])) spelledDot = true;
      last = (d.index as number) + d[0].length;
    }
    labels.push({ text: domainRaw.slice(last), end: domainStart + domainRaw.length });
    let tldAt = -1;
    for (let i = labels.length - 1; i >= 1; i--) {
      if (isTld(labels[i].text)) {
        tldAt = i;
        break;
      }
    }
    const domain = labels
      .slice(0, tldAt >= 0 ? tldAt + 1 : 1)
      .map((l) => l.text)
      .join('.');
    const provider = PROVIDER_PREFIX.test(domain) || PROVIDER.test(labels[0].text);
    if (tldAt < 0 && !provider) continue;
    if (local === 'git' || PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain) || isPlatformAddress(ctx, local, domain)) continue;
    const bare = !at.includes('@') && !/[([{<]/.test(at);
    const spelled = bare || at.trim() !== '@' || spelledDot;
    const from = spelled ? spelledLocalStart(text, start) : start;
    if (from < start) spelledDot = true;
    if (bare) {
      if (from === start && BARE_AT_STOPWORDS.has(local)) continue;
      const keyword = EMAIL_KEYWORD.test(before(ctx, from, 40));
      if (!provider && !spelledDot && !keyword) continue;
      if (!/[0-9._]/.test(local) && !keyword && !spelledDot) continue;
    }
    const end = tldAt >= 0 ? labels[tldAt].end : labels[0].end;
    const plain = at.trim() === '@' && !spelledDot;
    emit(ctx, 'contact.email', plain || spelledDot || provider ? 'strong' : 'medium', from, end);
    next = end;
  }
}

// ---------------------------------------------------------------------------------------
// Phone

// A "+" opens a number even right after another one ("...123456+44 ...").
const PHONE_CANDIDATE = /(?:(?<!\+)\+|(?<![\w+#$€£¥₽@/.,-])(?<!\d:)(?:00)?)[ \t]?\(?\d[\d \t().\-/\u00a0]{5,24}\d(?![\w%°])/g;
const DATE_LIKE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}\s*[-/]\s*\d{4}|\d{1,2}[./]\d{1,2}\s*[-/]\s*\d{1,2}[./]\d{1,2})$/;
// A calendar date (years 1900-2099, months 1-12, days 1-31), optionally followed by a time:
// "2026-12-15 17:30", "15.12.2026 17:30", "2026.12.15.1730".
const DATE_FIRST =
  /^(?:(?:19|20)\d{2}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\2(?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)\d{2})(?:[ .T-]{1,3}(?:[01]?\d|2[0-3]):?[0-5]\d(?::?[0-5]\d)?)?$/;
const DECIMAL_LIKE = /^-?\d{1,3}\.\d{4,}$|^\d+[.]\d{1,2}$/;
const ISBN_LIKE = /^97[89][- ]?\d/;
// Identifiers whose written shape no phone plan uses, labelled or not: the Hungarian tax number
// (adószám, 8-1-2: "24871935-2-42") and the Brazilian CNPJ (2.3.3/4-2: "12.345.678/0001-95").
const BUSINESS_ID_SHAPE = /^\d{8}-\d-\d{2}$|^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/;
// A token right before the digits that mixes letters and digits ("aa1", "1z"), or two of them.
const CODE_TOKEN_BEFORE = /(?:^|\s)(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,6}\s(?:[a-z\d]{1,6}\s)?$/;
// An IPv4 address: four octets of at most 255 ("347.218.90.56" is an Italian mobile written with dots).
const IPV4_LIKE = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
// A version or build number: dot-separated, three dots or more, a single-digit group before the
// last ("14.2.3.1180", "3.0.12.4471"): phone numbers written with dots group two digits or more.
const VERSION_LIKE = /^\d{1,3}(?:\.\d{1,3})*\.\d\.\d+$|^\d{1,3}\.\d\.\d{1,3}\.\d+$/;
// A US ZIP+4 code after a state's postal abbreviation ("Seattle, WA 98121-2711"): five and four
// digits (USPS Publication 28), never a phone's grouping in the US.
const ZIP4 = /^\d{5}-\d{4}$/;
const US_STATE_BEFORE =
  /(?:^|[\s,])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\.?,?\s{1,3}$/;
/** A hyphen and a case ending of two to four lower-case letters, then a word boundary ("-es", "-nak"). */
const CASE_ENDING = /^-[a-z\u00e1-\u0171]{2,4}(?![a-z0-9\u00e1-\u0171])/;
const CURRENCY_BEFORE = /(?:[$€£¥₽₴₹]|usd|eur|gbp|rub|uah|pln|brl|inr|r\$)\s*$/;
const UNIT_AFTER =
  /^\s*(?:[$€£¥₽₴₹%]|usd|eur|gbp|rub|uah|pln|brl|inr|try|руб\S*|грн|zl|zł|reais|euros?|dollars?|dolares|rupees?|k\b|bytes?|octets?|bits?|байт\S*|bajt\S*|字节|バイト|바이트|bayt|بايت|بایت|बाइट|বাইট|ไบต์|байтів|bytów|words|chars|characters|users|views|followers|downloads|rows|records|lines|pages|items|px|kb|mb|gb|tb|ms|sec|seconds|minutes|hours|days|km|kg|units|pcs|subscribers|visits|leads|emails|products|tokens|requests|times|x\b)/;
// A quantity written in thousands groups ("40 000 000", "1,250,000"): a comparison word right
// before it ("under", "menos de", "больше", "altında"), or trailing zero groups, make it an amount,
// unless a word for a phone stands by it ("zadzwoń: 512,448,903").
const THOUSANDS_GROUPED = /^\d{1,3}([ ,.\u00a0\u202f])\d{3}(?:\1\d{3})*$/;
const COMPARISON_BEFORE =
  /(?:under|over|below|above|less than|more than|up to|at least|at most|about|around|approx\.?|approximately|~|menos de|más de|mais de|hasta|até|moins de|plus de|jusqu'à|unter|über|bis zu|mindestens|meno di|più di|fino a|minder dan|meer dan|mniej niż|ponad|меньше|больше|менее|более|менше|більше|altında|üzerinde|kurang dari|lebih dari|dưới|chini ya|zaidi ya|أقل من|أكثر من|کمتر از|بیشتر از|से कम|से ज़्यादा|এর কম|以下|以上|未満|이하|이상|น้อยกว่า|มากกว่า|פחות מ|יותר מ|λιγότερο από|περισσότερο από|λιγοτερο απο|περισσοτερο απο)\s*$/;
const FALLBACK_REGIONS: CountryCode[] = [
  'US',
  'GB',
  'IN',
  'BR',
  'DE',
  'FR',
  'ES',
  'IT',
  'RU',
  'UA',
  'PL',
  'TR',
  'PT',
  'MX',
  'AR',
  'CA',
  'AU',
  'NG',
  'PK',
  'PH',
  'ID',
  'VN',
  'JP',
  'KR',
  'CN',
  'EG',
  'SA',
];

// The shortest national number a region allows. Stripping a national or country prefix only
// shortens a number, so a candidate with fewer digits cannot be valid there: no need to parse.
const metadata = new Metadata();
const minLengths = new Map<string, number>();

const maxLengths = new Map<string, number>();

function shortestIn(region: CountryCode): number {
  let min = minLengths.get(region);
  if (min === undefined) {
    metadata.selectNumberingPlan(region);
    const lengths = metadata.numberingPlan?.possibleLengths() ?? [0];
    min = Math.min(...lengths);
    minLengths.set(region, min);
    maxLengths.set(region, Math.max(...lengths));
  }
  return min;
}

/** National significant lengths plus a national prefix of up to three digits (0, 8, 06 ...). */
function longestIn(region: CountryCode): number {
  shortestIn(region);
  return (maxLengths.get(region) as number) + 3;
}

/** Whether digits (with separators) are a valid number of the sender's country or locale region. */
export function validPhoneForSender(ctx: ScanContext, candidate: string): boolean {
  if (candidate.startsWith('+')) return validIn(candidate);
  const hinted = [ctx.country, ctx.localeRegion].filter((r): r is CountryCode => Boolean(r));
  return hinted.some((r) => validIn(candidate, r));
}

// Parse results by region and candidate: a pure function of both, and each parse costs some
// 13 µs (libphonenumber-js compiles its patterns anew on every call), while a candidate is
// tried in up to 28 regions and the same numbers recur across a conversation's messages and
// the overlapping windows of a long text. Bounded: cleared when full.
const validity = new Map<string, boolean>();
const VALIDITY_ENTRIES = 8_192;

function validIn(candidate: string, region?: CountryCode): boolean {
  if (region) {
    const digits = countDigits(candidate);
    if (digits < shortestIn(region) || (!candidate.startsWith('+') && digits > longestIn(region))) return false;
  }
  const key = `${region ?? ''} ${candidate}`;
  let valid = validity.get(key);
  if (valid === undefined) {
    valid = parsePhoneNumberFromString(candidate, region)?.isValid() === true;
    if (validity.size >= VALIDITY_ENTRIES) validity.clear();
    validity.set(key, valid);
  }
  return valid;
}

/** A candidate with each run of digits replaced by its length ("7781-2204" -> "4-4"). */
function shapeOf(raw: string): string {
  return raw.replace(/\d+/g, (d) => String(d.length));
}

// A shop or service name may stand between the label and the number ("order <shop> 1234...",
// Persian "شماره سفارش <shop> ..."): the label counts across one word that is no phone word.
// Read from the end without a `$`-anchored regex over the whole text: `\s+word\s*$` retried at
// every whitespace run was quadratic (244 ms on 2,048 characters in the regex audit).
const LAST_WORD_AT_END = /\s([^\s\d:#]{2,24})$/;

/** The last word of `rest` (2-24 characters, no digit, ':' or '#'; an optional ':' or '#' and spaces after it), and where the spaces before it begin. */
function lastWord(rest: string): { word: string; index: number } | null {
  let end = rest.trimEnd().length;
  if (end > 0 && (rest[end - 1] === ':' || rest[end - 1] === '#')) end = rest.slice(0, end - 1).trimEnd().length;
  const from = Math.max(0, end - 25);
  const m = LAST_WORD_AT_END.exec(rest.slice(from, end));
  if (!m) return null;
  let index = from + m.index;
  while (index > 0 && /\s/.test(rest[index - 1])) index--;
  return { word: m[1], index };
}
// The label without the optional country prefix after it ("po r" is no label before a name).
const LABEL_BEFORE_NAME = new RegExp(NON_PHONE_CONTEXT.source.replace('(?:[a-z]{1,2}\\s?)?$', '$'));

function labelledAcrossOneWord(ahead: string): boolean {
  // A shop name written as two words ("دیجی کالا" once its joiner is read as a space) counts as one.
  let rest = ahead;
  for (let words = 0; words < 2; words++) {
    const last = lastWord(rest);
    if (!last || PHONE_CONTEXT.test(last.word)) return false;
    rest = rest.slice(0, last.index);
    const label = LABEL_BEFORE_NAME.exec(rest);
    // The label must be a word of its own ("malipo" does not end in the label "po").
    if (label !== null && !/[a-z\u00c0-\u024f\u0370-\u04ff]/.test(rest[label.index - 1] ?? ' ')) return true;
  }
  return false;
}

/**
 * A number opening its line under a line that ends naming it ("мой номер\n8 903\n517 …", "my
 * cell:\n0176 …"): `before` stops at the line break, the label is on the line above.
 */
function lineAboveNamesPhone(ctx: ScanContext, start: number, ahead: string): boolean {
  const above = lineAbove(ctx, start, ahead);
  return above !== '' && PHONE_CONTEXT.test(above) && !NON_PHONE_CONTEXT.test(above);
}

/** The end of the line above when the candidate opens its line ("Order number:\n4417 …"), else ''. */
function lineAbove(ctx: ScanContext, start: number, ahead: string): string {
  if (ahead.trim() !== '') return '';
  const lineStart = start - ahead.length;
  if (lineStart === 0 || ctx.text[lineStart - 1] !== '\n') return '';
  const above = before(ctx, lineStart - 1, 32);
  return above.trim() === '' ? '' : above;
}

export function findPhones(ctx: ScanContext): void {
  const { text } = ctx;
  if (digitsIn(text) < 7) return;
  let codeShapes: Set<string> | undefined;
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    let raw = m[0];
    let start = m.index as number;
    const lead = raw.length - raw.trimStart().length;
    start += lead;
    raw = raw.trim().replace(/[(.\-/]+$/, '');
    const digits = countDigits(raw);
    const international = raw.startsWith('+') || raw.startsWith('00');
    if (digits < 7 || digits > (international ? 17 : 15)) continue;
    // A number reserved for fiction and test data, or a placeholder, where the message speaks of
    // testing or examples: it reaches no one. Elsewhere it is still offered as one's number.
    if (isFictionalNumber(raw) && isDeveloperContext(text)) continue;
    if (DATE_LIKE.test(raw) || DATE_FIRST.test(raw) || DECIMAL_LIKE.test(raw) || ISBN_LIKE.test(raw) || IPV4_LIKE.test(raw) || BUSINESS_ID_SHAPE.test(raw))
      continue;
    if (
      VERSION_LIKE.test(raw) ||
      (ZIP4.test(raw) &&
        US_STATE_BEFORE.test(ctx.original.slice(Math.max(0, ctx.norm.toOriginal(start, start + 1).start - 12), ctx.norm.toOriginal(start, start + 1).start)))
    )
      continue;
    // A date with the time after it ("2026-12-15 17:30"): the candidate stops at the colon.
    if (DATE_FIRST.test(raw.replace(/[ .T-]{1,3}\d{1,2}$/, '')) && /^:\d{2}/.test(text.slice(start + raw.length))) continue;
    // A second code of the same shape as a labelled one ("SKU 7781-2204-119 and 7781-2204-120").
    // The shape is worked out only once a labelled code has been seen: most texts have none.
    if (codeShapes?.has(shapeOf(raw))) continue;
    const ahead = before(ctx, start, 40);
    if (NON_PHONE_CONTEXT.test(ahead) || labelledAcrossOneWord(ahead) || NON_PHONE_CONTEXT.test(`${lineAbove(ctx, start, ahead)} `)) {
      codeShapes ??= new Set();
      codeShapes.add(shapeOf(raw));
      continue;
    }
    if (CURRENCY_BEFORE.test(ahead)) continue;
    // A letter joined to the digits by a dash or slash ("...-2319-B", "4410/07-A"): a code. A
    // case ending after an international number is grammar, not a code (Hungarian
    // "+36 30 482 1957-es számon", "-re", "-hoz").
    const tail = text.slice(start + raw.length, start + raw.length + 8);
    if (/^[-/][a-z]/.test(tail) && !(international && CASE_ENDING.test(tail))) continue;
    // Digits that continue a code of letters and digits ("1Z 999 AA1 01 2345 6784").
    if (CODE_TOKEN_BEFORE.test(ahead)) continue;
    if (UNIT_AFTER.test(after(ctx, start + raw.length, 16))) continue;
    const context = PHONE_CONTEXT.test(ahead) || PHONE_CONTEXT.test(after(ctx, start + raw.length, 24)) || lineAboveNamesPhone(ctx, start, ahead);
    if (!context && THOUSANDS_GROUPED.test(raw) && (COMPARISON_BEFORE.test(ahead) || /\D000$/.test(raw))) continue;
    const formatted = /^\+|^\(\d+\)|^\d{2,5}[ .-]\d{2,5}[ .-]\d{2,5}/.test(raw);
    let strength: 'strong' | 'medium' | null = null;
    if (international) {
      const e164 = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
      if (validIn(e164)) strength = 'strong';
      else if (context && digits >= 9) strength = 'medium';
    } else {
      const hinted = [ctx.country, ctx.localeRegion].filter((r): r is CountryCode => Boolean(r));
      if (hinted.some((r) => validIn(raw, r))) strength = context || formatted ? 'strong' : 'medium';
      else if ((context || formatted) && FALLBACK_REGIONS.some((r) => !hinted.includes(r) && validIn(raw, r))) strength = context ? 'strong' : 'medium';
      // A number dictated digit by digit rarely validates; the surrounding words decide.
      else if (context && digits >= 8 && digits <= 13) strength = 'medium';
    }
    if (strength) emit(ctx, 'contact.phone', strength, start, start + raw.length);
  }
  if (text.includes(',')) findCommaPhones(ctx);
}

// Digit groups separated by commas ("512,448,903", "0176, 4421, 9083"): also how amounts are
// written, so only right after a word for a phone or a call, and only as a valid number there.
const COMMA_GROUPS = /(?<![\w,.+])\+?\d{2,5}(?=[\d ]*,)(?:[, ] ?\d{2,5}){2,4}(?![\w%]|[.,]\d)/g;
/** A link word between a phone word and the number ("is", "at", "al", "на"), then blanks and a colon. */
const LINK_TAIL = /[\s:：\-–]*(?:(?:is|at|on|es|é|est|ist|ni|la|al|au|na|an|на|ke)\s*)?$/;

/** Whether the word right before the digits (not further: "call volume 512,448,903") names a phone. */
function phoneWordRightBefore(ahead: string): boolean {
  const words = ahead.replace(LINK_TAIL, '').trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // "my number", "mi número": the noun takes its possessive along.
  return PHONE_CONTEXT.test(last) || (/^(?:number|no\.?|#|num)$/.test(last) && PHONE_CONTEXT.test(words.slice(-2).join(' ')));
}

function findCommaPhones(ctx: ScanContext): void {
  const hinted = [ctx.country, ctx.localeRegion, ...FALLBACK_REGIONS].filter((r): r is CountryCode => Boolean(r));
  for (const m of ctx.text.matchAll(COMMA_GROUPS)) {
    const start = m.index as number;
    const compact = m[0].replace(/[, ]/g, '');
    if (compact.length < 7 || compact.length > 15 || !phoneWordRightBefore(before(ctx, start, 24))) continue;
    // "takip numarası 7140 2281 9930 41, …": the word for "number" after a tracking or tax-id
    // label is that label's, as in findPhones.
    if (NON_PHONE_CONTEXT.test(before(ctx, start, 40))) continue;
    if (!(compact.startsWith('+') ? validIn(compact) : hinted.some((r) => validIn(compact, r)))) continue;
    emit(ctx, 'contact.phone', 'strong', start, start + m[0].length);
  }
}

// ---------------------------------------------------------------------------------------
// Links to messaging, meeting, social and payment services

const B = '(?<![a-z0-9.\\-/@])(?:https?://)?(?:www\\.)?';
const TAIL = '[^\\s<>"\'`)\\]]*';

const LINKS: [string, RegExp][] = [
  ['contact.handle', new RegExp(`${B}(?:wa\\.me/|api\\.whatsapp\\.com/send|chat\\.whatsapp\\.com/|whatsapp\\.com/(?:send|channel|qr|message))${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:t\\.me|telegram\\.me|telegram\\.dog)/[a-z0-9_+][a-z0-9_+/-]{2,}${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:discord\\.gg/|discord(?:app)?\\.com/(?:invite|users)/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:join\\.slack\\.com/|[a-z0-9-]+\\.slack\\.com/(?:join|shared_invite|signup))${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:teams\\.microsoft\\.com/l/|teams\\.live\\.com/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:[a-z0-9-]+\\.)?zoom\\.us/(?:j|my|w|s|wc|meeting)/${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:meet\\.google\\.com/|g\\.co/meet/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:calendly\\.com/|cal\\.com/)[a-z0-9_-]+${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:join\\.skype\\.com/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:viber\\.click/|invite\\.viber\\.com|chats\\.viber\\.com/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:line\\.me/|lin\\.ee/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:open\\.kakao\\.com/|qr\\.kakao\\.com/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:signal\\.me/|signal\\.group/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:u\\.wechat\\.com/|weixin\\.qq\\.com/)${TAIL}`, 'g')],
  ['contact.handle', new RegExp(`${B}(?:m\\.me/|messenger\\.com/t/)[a-z0-9.]+${TAIL}`, 'g')],
  ['contact.link', new RegExp(`${B}(?:[a-z]{2}\\.)?linkedin\\.com/(?:in|pub)/[a-z0-9_%-]+${TAIL}`, 'g')],
  ['contact.link', new RegExp(`${B}(?:instagram\\.com|instagr\\.am)/(?!p/|reels?/|tv/|stories/|explore/)[a-z0-9_.]+${TAIL}`, 'g')],
  [
    'contact.link',
    new RegExp(`${B}(?:m\\.)?(?:facebook|fb)\\.com/(?!groups|events|watch|marketplace|business|ads|help|policies|pages/create|share)[a-z0-9.?=]+${TAIL}`, 'g'),
  ],
  ['contact.link', new RegExp(`${B}fb\\.me/${TAIL}`, 'g')],
  ['contact.link', new RegExp(`${B}(?:twitter|x)\\.com/(?!i/|home|search|explore|intent|share|hashtag)[a-z0-9_]{1,15}(?![a-z0-9_]|/status)/?`, 'g')],
  ['contact.link', new RegExp(`${B}tiktok\\.com/@[a-z0-9_.]+`, 'g')],
  [
    'contact.link',
    new RegExp(
      `${B}(?:whereby\\.com/|meet\\.jit\\.si/|[a-z0-9-]+\\.webex\\.com/(?:meet|join)|gotomeet\\.me/|(?:app\\.|global\\.)?gotomeeting\\.com/join/|8x8\\.vc/|bluejeans\\.com/\\d)${TAIL}`,
      'g',
    ),
  ],
  ['contact.payment_handle', new RegExp(`${B}(?:paypal\\.me/|paypal\\.com/(?:paypalme|pools|donate)/?)${TAIL}`, 'g')],
  [
    'contact.payment_handle',
    new RegExp(
      `${B}(?:venmo\\.com/(?:u/)?[a-z0-9_-]+|cash\\.app/\\$?[a-z0-9_]+|wise\\.com/(?:pay|invite)/${TAIL}|revolut\\.me/${TAIL}|monzo\\.me/${TAIL}|buymeacoffee\\.com/${TAIL}|ko-fi\\.com/${TAIL}|paypal\\.com/(?:send|invoice/p)${TAIL})`,
      'g',
    ),
  ],
];

const LINK_HINT = /\.(?:me|com|gg|us|si|click|ee|group|am|vc|app)\b|live:/;
// LINK_HINT's literals (its "\b" aside): where none occurs, the pattern cannot match and the
// shared literal automaton, already run over the window, says so without a scan.
const LINK_HINT_LITERALS = CONTACT_LITERALS.add(['.me', '.com', '.gg', '.us', '.si', '.click', '.ee', '.group', '.am', '.vc', '.app', 'live:']);

// Literal fragments one of which every link of the entry contains: a substring test is far
// cheaper than running the pattern.
const LINK_KEYS: string[][] = [
  ['wa.me', 'whatsapp.com'],
  ['t.me', 'telegram.'],
  ['discord'],
  ['slack.com'],
  ['teams.'],
  ['zoom.us'],
  ['meet.google', 'g.co/meet'],
  ['calendly.com', 'cal.com'],
  ['skype.com'],
  ['viber'],
  ['line.me', 'lin.ee'],
  ['kakao.com'],
  ['signal.'],
  ['wechat.com', 'weixin.qq'],
  ['m.me/', 'messenger.com'],
  ['linkedin.com'],
  ['instagram.com', 'instagr.am'],
  ['facebook.com', 'fb.com'],
  ['fb.me'],
  ['twitter.com', 'x.com'],
  ['tiktok.com'],
  ['whereby', 'jit.si', 'webex', 'gotomeet', '8x8.vc', 'bluejeans'],
  ['paypal.'],
  ['venmo.com', 'cash.app', 'wise.com', 'revolut.me', 'monzo.me', 'buymeacoffee', 'ko-fi.com', 'paypal.com'],
];

// Each entry's keys as one list of the shared literal automaton.
const LINK_KEY_LISTS = LINK_KEYS.map((keys) => CONTACT_LITERALS.add(keys));

export function findLinks(ctx: ScanContext): void {
  if (!CONTACT_LITERALS.has(ctx.text, LINK_HINT_LITERALS) || !LINK_HINT.test(ctx.text)) return;
  for (let i = 0; i < LINKS.length; i++) {
    if (!CONTACT_LITERALS.has(ctx.text, LINK_KEY_LISTS[i])) continue;
    const [type, re] = LINKS[i];
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index as number;
      const value = m[0].replace(/[.,;:!?]+$/, '');
      emit(ctx, type, 'strong', start, start + value.length);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Handles written as "<app>: <id>", "@username" near an app name, Skype live: IDs

const MESSAGING_APPS =
  'zalo|tele|wpp|zapzap|телега|телеге|телегу|вацап\\S*|skype|скайп\\S*|telegram\\S*|телеграм\\S*|телег[аиу]|tg|тг|discord|дискорд\\S*|wechat|weixin|wx|line id|line|kakao(?:talk)?|viber|вайбер\\S*|signal|threema|imo|session id|element|matrix|teams|zoom|whats ?app|ватсап\\S*|вотсап\\S*|wa|zap' +
  // Hebrew and Arabic attach prepositions and the article to the name (בטלגרם, بالواتساب); Greek,
  // Georgian, Armenian spellings.
  '|[בלהמוש]?(?:טלגרם|וואטסאפ|ווטסאפ|וטסאפ|ויבר)|(?:و|ب|ل|ع)?(?:ال)?(?:تليجرام|تلغرام|تيليجرام|واتساب|واتس|فايبر)|τέλεγκραμ|τελεγκραμ|τελεγραμ|βάιμπερ|βαιμπερ|γουάτσαπ|γουατσαπ|ტელეგრამ\\S*|ვაიბერ\\S*|ვოცაპ\\S*|տելեգրամ\\S*|վայբեր\\S*';
const SOCIAL_APPS =
  'instagram|insta|ig|инстаграм\\S*|инст[аеу]|twitter|tiktok|тикток|facebook|fb|snapchat|snap|linkedin|threads|x' +
  '|[בלהמוש]?(?:אינסטגרם|אינסטה|פייסבוק|טיקטוק)|(?:و|ب|ل|ع)?(?:ال)?(?:انستغرام|انستقرام|انستا|فيسبوك|تيك توك)|ινσταγκραμ|ίνσταγκραμ|ίνστα|ινστα|φέισμπουκ|φεισμπουκ|ინსტაგრამ\\S*|ფეისბუქ\\S*|ինստագրամ\\S*|ֆեյսբուք\\S*';
const PAYMENT_APPS =
  'paypal|pay pal|пейпал\\S*|venmo|cash ?app|zelle|wise|transferwise|revolut|payoneer|skrill|neteller|webmoney|yoomoney|юмани|qiwi|perfect money|pix|chave pix|blik|bizum|mb ?way|paysera|binance pay|binance id';

const APP_ID = new RegExp(
  // The app's name must be a whole word: "pixel-perfect" is not "pix" + "e" + "l-perfect".
  `(?<![a-z0-9\\p{L}])(${MESSAGING_APPS}|${SOCIAL_APPS}|${PAYMENT_APPS})(?![\\p{L}])(?:\\s+(?:id|name|username|user ?name|user|handle|nick|nickname|login|account|acc|tag|email|e-mail|mail|ид|айди|ник|логин|аккаунт|cuenta|conta|compte|konto|chave|key))?` +
    `\\s*(?:is|es|e|est|ist|è|это|-|:|=|→|->)\\s*(@?\\$?[a-z0-9][a-z0-9._#:-]{1,40}[a-z0-9])`,
  'gu',
);
// The same pattern without Unicode mode and with an ASCII-only word-start check: it matches
// wherever APP_ID does (and a little more), and scans about seven times faster, so APP_ID is
// tried only at its matches (hintedMatches), anchored there.
const APP_ID_HINT = new RegExp(APP_ID.source.replace('(?<![a-z0-9\\p{L}])', '(?<![a-z0-9])'), 'g');
const APP_ID_AT = new RegExp(APP_ID.source, 'uy');
const APP_ID_KEYWORD = /\s(?:id|name|username|user ?name|user|handle|nick|nickname|login|ид|айди|ник|логин|tag)\b/;
const AT_HANDLE = /(?<![a-z0-9_.@\p{L}])@([a-z][a-z0-9_.]{3,31})(?![a-z0-9_@])/gu;
const SKYPE_LIVE = /(?<![a-z0-9])live:(?:\.cid\.[a-z0-9]+|[a-z0-9][a-z0-9._-]{2,})/g;
const CASHTAG = /(?<![a-z0-9$\p{L}])\$[a-z][a-z0-9_]{2,19}(?![a-z0-9_])/gu;
const DISCORD_TAG = /(?<![a-z0-9_.])[a-z0-9_.]{2,32}#\d{4}(?!\d)/g;
// "my", "find me", "follow", "write" in the Latin-script languages and in Greek, Hebrew, Arabic,
// Persian, Hindi, Bengali, Japanese, Korean, Chinese, Thai, Georgian, Armenian and Amharic.
const PERSONAL =
  /(?:\bmy|\bme\b|\bmi\b|\bmeu|\bminha|\bmon\b|\bma\b|\bmein|\bmio\b|\bmia\b|мой|моя|мне|меня|\bmój|\bmoj|\bmoja|\badd\b|follow|find me|dm\b|write|message|text|ping|contact|reach|sigue|agrega|añade|anade|segue|adiciona|suis|ajoute|folge|schreib|seguimi|aggiungi|пиши|напиши|добав|подпиш|dodaj|napisz|obserwuj|ekle|yaz|benim|\baku\b|\bsaya\b|cua minh|theo doi|μου|βρες|ακολ|γράψε|γραψε|στείλε|στειλε|שלי|אני|תעקוב|תכתוב|כתוב|حسابي|تابعني|راسلني|پیجم|فالو|मेरा|मेरी|मुझे|फॉलो|আমার|ফলো|私の|フォロー|팔로우|我的|关注|關注|ของฉัน|ฟอล|ჩემ|իմ|የእኔ)/;
// "plus" opens a phone number read aloud ("whatsapp: plus four four ..."), not a user name.
const ID_STOPWORDS = new Set(
  'yes no not the our your and for with about please ok okay sure available works work integration bot bots api sdk app apps later soon only also more less is are was which that this plus'.split(
    ' ',
  ),
);

const MESSAGING_RE = new RegExp(`^(?:${MESSAGING_APPS})$`, 'u');
const SOCIAL_RE = new RegExp(`^(?:${SOCIAL_APPS})$`, 'u');
const WORK_AFTER_APP = new RegExp(`^${WORK_SUFFIX}`);
const APP_MENTION = new RegExp(`(?<![a-z0-9\\p{L}])(${MESSAGING_APPS}|${SOCIAL_APPS}|${PAYMENT_APPS})(?![a-z0-9\\p{L}])`, 'gu');

function typeForApp(app: string): string {
  const scriptType = SCRIPT_TYPE.get(app);
  if (scriptType) return scriptType;
  if (MESSAGING_RE.test(app)) return 'contact.handle';
  if (SOCIAL_RE.test(app)) return 'contact.link';
  return 'contact.payment_handle';
}

/** The app named closest before (or right after) a position, unless it is named as work. */
function nearestApp(ctx: ScanContext, start: number, end: number): string | null {
  const windowStart = Math.max(0, start - 50);
  const window = ctx.text.slice(windowStart, Math.min(ctx.text.length, end + 30));
  let found: string | null = null;
  for (const m of window.matchAll(APP_MENTION)) {
    const at = windowStart + (m.index as number);
    if (at >= start && at < end) continue;
    const appEnd = at + m[0].length;
    if (WORK_AFTER_APP.test(ctx.text.slice(appEnd, appEnd + 30))) continue;
    if (at < start || found === null) found = m[1];
  }
  // A messenger named in another script ("تلگرام", "ቴሌግራም") when no Latin name is near.
  if (found === null && SCRIPT_APP_HINT.test(window)) {
    SCRIPT_APP_ANY.lastIndex = 0;
    for (const m of window.matchAll(SCRIPT_APP_ANY)) {
      const at = windowStart + (m.index as number);
      if (at >= start && at < end) continue;
      if (/^[a-z]/.test(m[0])) continue;
      found = m[0];
      if (at > start) break;
    }
  }
  return found;
}

/** text.matchAll(re) with the scan starting at `from` (matchAll copies the global regex's lastIndex, which is reset at once). */
function matchAllFrom(text: string, re: RegExp, from: number): IterableIterator<RegExpMatchArray> {
  re.lastIndex = from;
  const matches = text.matchAll(re);
  re.lastIndex = 0;
  return matches;
}

export function findHandles(ctx: ScanContext): void {
  const { text } = ctx;
  findAppIds(ctx);
  // SCRIPT_APP_HINT matches wherever SCRIPT_APP_ID does, so the pattern's first match is at or
  // after the hint's first: the pattern's scan starts there, not at the start of the text.
  // Most texts name none of these apps: the literal automaton says so without a scan.
  const scriptHint = CONTACT_LITERALS.has(text, SCRIPT_APP_NAMES) ? SCRIPT_APP_HINT.exec(text) : null;
  if (scriptHint) findScriptAppIds(ctx, scriptHint.index);
  findMarkedHandles(ctx);
  if (CONTACT_LITERALS.has(text, MESSENGER_MENTION_LITERALS) && MESSENGER_MENTION.test(text)) {
    findIdWordHandles(ctx);
    findAtWordHandles(ctx);
  } else if (scriptHint) findAtWordHandles(ctx);
}

// A user name introduced by the word for "ID"/"username" in a message that names a messenger,
// wherever the name stands ("ライン交換しませんか？IDは yuki_0921", "Signal, Username lena.k.42",
// "messenger, username ko jenny.santos22"; the messengers in katakana and Hangul too: "カカオトークでも
// OK、IDは …"), and WeChat's own ID shape (wxid_...). The name
// must have the shape of one (a digit, "." or "_"), so "ID is fine" stays prose.
const MESSENGER_MENTION =
  /whats ?app|telegram|signal|viber|wechat|weixin|微信|v信|薇信|(?<![a-z])line(?![a-z])|ライン|라인|ไลน์|kakao|카톡|카카오|messenger|discord|skype|instagram|insta|インスタ|인스타|zalo|(?<![a-z])tg(?![a-z])|тг|телег|snapchat|wxid_|(?<![a-z])tele(?![a-z])|تلگرام|ტელეგრამ|տելեգրամ|カカオ|テレグラム|ワッツアップ|スカイプ|ウィーチャット|텔레그램|왓츠앱|스카이프|电报|電報/;
/** MESSENGER_MENTION's names without their lookarounds: where none occurs it cannot match (no scan of its own). */
const MESSENGER_MENTION_LITERALS = CONTACT_LITERALS.add(
  MESSENGER_MENTION.source
    .replace(/\(\?<?!\[a-z\]\)/g, '')
    .replace('whats ?app', 'whatsapp|whats app')
    .split('|')
    .map((name) => {
      if (/[\\^$.*+?()[\]{}]/.test(name)) throw new Error(`MESSENGER_MENTION: "${name}" is no literal`);
      return name;
    }),
);
const ID_WORD_HANDLE =
  /(?<![a-z0-9])(?:id|user ?name|user|nick(?:name)?|handle|ник|никнейм|логин|아이디|ไอดี|アイディ|用户名|账号|帳號|微信号|號|号|آیدی|ایدی|ايدي|आईडी|আইডি)(?:\s{0,2}(?:is|es|ko|ay|ni|saya|aku|:|=|は|는|은|이|가|是|：|-)){0,2}\s{0,2}(@?[a-z][a-z0-9._-]{2,38}[a-z0-9])(?![a-z0-9@])/g;
const WXID = /(?<![a-z0-9_])wxid_[a-z0-9]{4,30}(?![a-z0-9_])/g;
const WORK_NEAR_APP = CONTACT_LITERALS.add(['bot', 'api', 'sdk', 'integration', 'webhook', 'бот', 'ボット', '봇', '机器人', 'บอท']);

function findIdWordHandles(ctx: ScanContext): void {
  const { text } = ctx;
  for (const m of text.matchAll(WXID)) emit(ctx, 'contact.handle', 'strong', m.index as number, (m.index as number) + m[0].length);
  // The messenger as the work ("the Telegram bot's user id"): not somewhere to write.
  if (CONTACT_LITERALS.has(text, WORK_NEAR_APP)) return;
  for (const m of text.matchAll(ID_WORD_HANDLE)) {
    const id = m[1];
    if (!/[0-9._]/.test(id) || ID_STOPWORDS.has(id.replace(/^@/, ''))) continue;
    const idStart = (m.index as number) + m[0].length - id.length;
    // "id 4410-2231" is a code; an address is the e-mail finder's.
    if (text.charCodeAt(idStart + id.length) === 64 || /^(?:v?\d+(?:\.\d+)+)$/.test(id)) continue;
    // Already reported by a finder that knows the app (an Instagram name is a profile link).
    const span = ctx.norm.toOriginal(idStart, idStart + id.length);
    if (ctx.signals.some((x) => x.type.startsWith('contact.') && (x.start as number) < span.end && (x.end as number) > span.start)) continue;
    emit(ctx, 'contact.handle', 'medium', idStart, idStart + id.length);
  }
}

// Messengers named in other scripts or local words (微信, ライン, 카카오톡, واتساب, ไลน์,
// व्हाट्सएप, zalo ...), in languages that put no space or a particle (の, 的, は, 是, 는) between
// the name, the word "ID" and the ID itself: "微信号：wx_lin88", "LINEのIDはtaro_88です".
const SCRIPT_APPS = [
  [
    'contact.handle',
    '微信|威信|v信|薇信|vx|wx|weixin|wechat|line|ウィーチャット|위챗|ライン|라인|ไลน์|カカオトーク|カカオ|카카오톡|카톡|카카오|kakaotalk|kakao|zalo|ザロ|qq|扣扣|企鵝|企鹅',
  ],
  [
    'contact.handle',
    'ቴሌግራም|ዋትስአፕ|ዋትሳፕ|ایتا|వాట్సాప్|టెలిగ్రామ్|واتساب|واتس اب|واتس|وتساب|واتساپ|واٹس ایپ|واٹس|تلگرام|تليجرام|تلغرام|تيليجرام|تلیگرام|ٹیلیگرام|وایبر|فايبر|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप|टेलीग्राम|টেলিগ্রাম|হোয়াটসঅ্যাপ|텔레그램|テレグラム|电报|電報|스카이프|スカイプ|斯凯普|ดิสคอร์ด|ดิสคอร์ด|telegram|viber|signal|skype|discord|ტელეგრამ|ვოცაპ|ვაცაპ|ვაიბერ|տելեգրամ|վայբեր|վոթսափ|ਵਟਸਐਪ|ਵੱਟਸਐਪ|ਟੈਲੀਗ੍ਰਾਮ|વોટ્સએપ|વૉટ્સએપ|ટેલિગ્રામ|व्हॉट्सॲप|भाइबर|ह्वाट्सएप|වට්ස්ඇප්|වයිබර්|តេឡេក្រាម|វ៉ាយប៊ើ|တယ်လီဂရမ်|ဗိုင်ဘာ',
  ],
  ['contact.link', 'インスタ|인스타|인스타그램|ins|小红书|小紅書|抖音|ไอจี|อินสตาแกรม|انستا|انستغرام|اینستا|इंस्टा|इंस्टाग्राम'],
] as const;
const SCRIPT_APP_ALTERNATION = SCRIPT_APPS.map(([, names]) => names).join('|');
const SCRIPT_APP_HINT = new RegExp(`(?:${SCRIPT_APP_ALTERNATION})`.normalize('NFKC'));
/** SCRIPT_APP_HINT's names as a list of the literal automaton (the same strings: the names hold no regex syntax). */
const SCRIPT_APP_NAMES = CONTACT_LITERALS.add(SCRIPT_APP_ALTERNATION.normalize('NFKC').split('|'));
const ID_WORD = 'id|号|號|账号|帳號|帐号|아이디|계정|アカウント|ไอดี|آیدی|ايدي|آي دي|आईडी|আইডি|user|username|handle';
const SCRIPT_APP_ID = new RegExp(
  `(${SCRIPT_APP_ALTERNATION})(?:[\\s:=の的是は는은:]{0,4}(?:${ID_WORD}))?[\\s:=の的是は는은이가:→-]{0,4}(@?[a-z][a-z0-9._-]{2,38}[a-z0-9]|@?[0-9][a-z0-9._-]{3,38}[a-z0-9])(?![a-z0-9@])`.normalize(
    'NFKC',
  ),
  'g',
);
const SCRIPT_APP_ANY = new RegExp(SCRIPT_APP_ALTERNATION.normalize('NFKC'), 'g');
const SCRIPT_TYPE = new Map<string, string>();
for (const [type, names] of SCRIPT_APPS) for (const n of names.normalize('NFKC').split('|')) SCRIPT_TYPE.set(n, type);

/** `from`: where SCRIPT_APP_HINT first matched (no match starts before it). */
function findScriptAppIds(ctx: ScanContext, from: number): void {
  const { text } = ctx;
  for (const m of matchAllFrom(text, SCRIPT_APP_ID, from)) {
    const app = m[1];
    const id = m[2];
    const start = m.index as number;
    // A Latin-letter app name must stand alone ("signal" in "signals" is a word).
    if (/^[a-z]/.test(app) && start > 0 && /[a-z0-9]/.test(text[start - 1])) continue;
    // ... at its end too: "ins" (Instagram in Chinese chat) is no app inside "instagram.com".
    if (/^[a-z]/.test(app) && /[a-z]/.test(text[start + app.length] ?? '')) continue;
    const between = m[0].slice(app.length, m[0].length - id.length);
    if (/^[a-z]/.test(app) && !/[0-9_.]/.test(id) && !/[^\s:=]/.test(between)) continue;
    // "line" is an English word: only "LINE ID", "LINEの..." name the app.
    if (app === 'line' && !/id|[\u3000-\u9fff\uac00-\ud7a3]/.test(between)) continue;
    const appEnd = start + app.length;
    if (WORK_AFTER_APP.test(text.slice(appEnd, appEnd + 30))) continue;
    if (ID_STOPWORDS.has(id.replace(/^@/, ''))) continue;
    // Phone numbers are the phone finder's; a plain word needs digits, "_" or "." to be an ID.
    if (/^[0-9][0-9 .-]*$/.test(id) && !/^(?:qq|扣扣|企鵝|企鹅)$/.test(app)) continue;
    if (/^[a-z]+$/.test(id) && !/[　-鿿가-힣]/.test(m[0])) continue;
    const idStart = start + m[0].length - id.length;
    emit(ctx, SCRIPT_TYPE.get(app) ?? 'contact.handle', 'strong', idStart, idStart + id.length);
  }
}

function findAppIds(ctx: ScanContext): void {
  const { text } = ctx;
  for (const m of hintedMatches(text, APP_ID_HINT, APP_ID_AT)) {
    const app = m[1];
    const id = m[2];
    const idStart = (m.index as number) + m[0].length - id.length;
    const appEnd = (m.index as number) + app.length;
    if (ID_STOPWORDS.has(id.replace(/^[@$]/, ''))) continue;
    if (WORK_AFTER_APP.test(text.slice(appEnd, appEnd + 30))) continue;
    // Phone numbers and addresses are reported by their own finders.
    if (countDigits(id) >= 7 && /^[+\d][\d\s.-]*$/.test(id)) continue;
    if (id.includes('@') && !id.startsWith('@')) continue;
    // "paypal is john.doe@gmail.com": the ID is the local part of an address, which the
    // e-mail finder reports whole (and markPaymentAccounts marks as the payment account);
    // reporting the local part alone would leave "@gmail.com" unmasked.
    if (text.charCodeAt(idStart + id.length) === 64) continue;
    if (/^(?:https?|www)\b/.test(id)) continue;
    if (/^(?:line|signal|teams|zoom|wa|x|element|imo|zap|tele)$/.test(app) && !APP_ID_KEYWORD.test(m[0]) && !/^@/.test(id) && !/[0-9_.]/.test(id)) continue;
    const plainWord = /^[a-z]+$/.test(id);
    if (plainWord && !APP_ID_KEYWORD.test(m[0]) && !PERSONAL.test(before(ctx, m.index as number, 25))) continue;
    emit(ctx, typeForApp(app), plainWord ? 'medium' : 'strong', idStart, idStart + id.length);
  }
}

// "telegram at sign lena_b", "insta arroba lena.hart", "телеграм собака lena_b", "텔레그램 골뱅이
// lena_b": the word for "@" (normalize/symbol-words.ts, every language) said between an app's
// name and a user name is the "@" of "@lena_b". The app must be named right before it (an
// identifier word between at most): "call at noon" is no handle. After an ambiguous word ("at",
// "et") the name must have the shape of one (a digit, "." or "_").
const APP_BEFORE_AT = new RegExp(
  `(?:(?<![a-z0-9\\p{L}])(${MESSAGING_APPS}|${SOCIAL_APPS})|(${SCRIPT_APP_ALTERNATION}))(?:\\s*(?:id|user ?name|handle|nick|아이디|の?id))?[\\s:：,(\\[-]{0,4}$`.normalize(
    'NFKC',
  ),
  'u',
);
const NAME_AFTER_AT = /^[\s:：)\]"'«»]{0,3}([a-z][a-z0-9_.]{1,30}[a-z0-9_])(?![a-z0-9_@])/;

function findAtWordHandles(ctx: ScanContext): void {
  const { text } = ctx;
  for (const at of atWordsIn(text)) {
    const name = NAME_AFTER_AT.exec(text.slice(at.end, at.end + 40));
    if (!name) continue;
    const id = name[1];
    if (ID_STOPWORDS.has(id) || (at.ambiguous && !/[0-9._]/.test(id))) continue;
    const app = APP_BEFORE_AT.exec(text.slice(Math.max(0, at.start - 40), at.start));
    if (!app) continue;
    const appName = app[1] ?? app[2];
    const appEnd = Math.max(0, at.start - 40) + (app.index as number) + appName.length;
    if (WORK_AFTER_APP.test(text.slice(appEnd, appEnd + 30))) continue;
    const idEnd = at.end + name[0].length;
    const idStart = idEnd - id.length;
    // An address that goes on past the name is the e-mail finders' ("drop me a line at
    // jk.lee at proton dot me"); one that ends with it read the app's name as its local part
    // ("insta at symbol lena.hart.studio").
    const span = ctx.norm.toOriginal(at.start, idEnd);
    if (ctx.signals.some((x) => x.type === 'contact.email' && (x.start as number) < span.end && (x.end as number) > span.end)) continue;
    ctx.signals = ctx.signals.filter((x) => x.type !== 'contact.email' || (x.end as number) <= span.start || (x.start as number) >= span.end);
    emit(ctx, typeForApp(appName), 'strong', idStart, idEnd);
  }
}

/** Handles marked by their form: @username near an app name, Skype live: IDs, cashtags, Discord tags. */
// A messenger, a few words of address, a colon and a user name ("Kết bạn Zalo với mình nha:
// ngoctran.design92", "add me on Telegram please: dan_w92", "Viber'da ekle beni: ..."): APP_ID
// wants the colon right after the app (or its "ID" word). The name must have a handle's shape
// (a digit, "." or "_") and no file extension or e-mail after it.
const APP_WORDS_COLON = /^(?:\s+[\p{L}'’]{1,12}){1,4}\s*[:：]\s*(@?[a-z][a-z0-9._-]{2,38}[a-z0-9])(?![a-z0-9@])/u;

function findAppColonHandles(ctx: ScanContext): void {
  const { text } = ctx;
  // Most texts name no messenger: the literal automaton says so before the pattern scans.
  if ((!text.includes(':') && !text.includes('：')) || !CONTACT_LITERALS.has(text, MESSENGER_MENTION_LITERALS)) return;
  for (const m of text.matchAll(APP_MENTION)) {
    const app = m[1];
    if (typeForApp(app) !== 'contact.handle') continue;
    const appEnd = (m.index as number) + m[0].length;
    if (WORK_AFTER_APP.test(text.slice(appEnd, appEnd + 30))) continue;
    const id = APP_WORDS_COLON.exec(text.slice(appEnd, appEnd + 100));
    if (!id || !/[0-9._]/.test(id[1]) || /\.(?:[a-z]{2,4})$/.test(id[1]) || /^v?\d/.test(id[1])) continue;
    const idEnd = appEnd + id[0].length;
    const idStart = idEnd - id[1].length;
    const span = ctx.norm.toOriginal(idStart, idEnd);
    if (ctx.signals.some((x) => x.type.startsWith('contact.') && (x.start as number) < span.end && (x.end as number) > span.start)) continue;
    emit(ctx, 'contact.handle', 'medium', idStart, idEnd);
  }
}

function findMarkedHandles(ctx: ScanContext): void {
  const { text } = ctx;
  findAppColonHandles(ctx);
  if (text.includes('@')) {
    for (const m of text.matchAll(AT_HANDLE)) {
      const start = m.index as number;
      const end = start + m[0].length;
      const handle = m[1];
      if (handle.endsWith('bot') || /\.(?:com|net|org|io)$/.test(handle)) continue;
      const app = nearestApp(ctx, start, end);
      if (!app) continue;
      const type = typeForApp(app);
      if (type === 'contact.link' && !PERSONAL.test(before(ctx, start, 45))) continue;
      emit(ctx, type, 'strong', start, end);
    }
  }
  if (text.includes('live:')) {
    for (const m of text.matchAll(SKYPE_LIVE)) {
      const start = m.index as number;
      if (!/[0-9._]/.test(m[0].slice(5)) && !/skype|скайп/.test(before(ctx, start, 40))) continue;
      emit(ctx, 'contact.handle', 'strong', start, start + m[0].length);
    }
  }
  if (text.includes('$')) {
    for (const m of text.matchAll(CASHTAG)) {
      const start = m.index as number;
      if (!/cash ?app|cashtag|\$cashtag/.test(before(ctx, start, 40) + after(ctx, start + m[0].length, 20))) continue;
      emit(ctx, 'contact.payment_handle', 'strong', start, start + m[0].length);
    }
  }
  if (text.includes('#')) {
    for (const m of text.matchAll(DISCORD_TAG)) {
      const start = m.index as number;
      if (!/discord|дискорд/.test(before(ctx, start, 40))) continue;
      emit(ctx, 'contact.handle', 'strong', start, start + m[0].length);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Payment: e-mails/phones named as a payment account, wallets, IBANs

const PAYMENT_APP_BEFORE = new RegExp(`(?:${PAYMENT_APPS})(?:\\s+\\S+){0,3}\\s*[:=-]?\\s*$`, 'u');

/** Adds a payment handle on e-mails and phones introduced as a payment account. */
export function markPaymentAccounts(ctx: ScanContext): void {
  const found = ctx.signals.length;
  for (let i = 0; i < found; i++) {
    const s = ctx.signals[i];
    if (s.type !== 'contact.email' && s.type !== 'contact.phone') continue;
    const ahead = ctx.original.slice(Math.max(0, (s.start as number) - 40), s.start).toLowerCase();
    if (PAYMENT_APP_BEFORE.test(ahead)) emitOriginal(ctx, 'contact.payment_handle', 'strong', s.start as number, s.end as number);
  }
}

// Each wallet pattern is a whole run of ASCII letters and digits, so they are tested against
// the runs of the text (found in one pass) instead of scanning it five times.
const BTC_BASE58 = /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/;
const BTC_BECH32 = /^(?:bc1|BC1)[A-Za-z0-9]{11,71}$/;
const TRON = /^T[1-9A-HJ-NP-Za-km-z]{33}$/;
const ETH = /^0x[0-9a-fA-F]{40}$/;
const SOL = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const PAY_CONTEXT =
  /(?:pay|send|transfer|wallet|usdt|usdc|payment|deposit|tip|оплат|кошел|перевед|перевод|скин|pago|pague|paga|pagamento|carteira|cartera|paiement|portefeuille|zahl|überweis|uberweis|portafoglio|płat|plat|przelew|portfel|ödeme|odeme|cüzdan|cuzdan)/;
const SOL_CONTEXT = /(?:\bsol\b|solana|phantom)/;
/**
 * Whether the text holds a run of at least `min` ASCII letters and digits: one pass, linear
 * (the gate of the wallet finder; /[0-9A-Za-z]{25}/ retried the run at every start).
 */
export function hasAlnumRun(text: string, min: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isAsciiAlnum(text.charCodeAt(i))) {
      if (++run >= min) return true;
    } else run = 0;
  }
  return false;
}
const IBAN_HINT = /[a-z]{2}\d{2} ?[a-z0-9]{4}/;
const IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?(?![a-z0-9])/g;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Maximal runs of ASCII letters and digits at least `min` long, as start, end pairs; none unless one reaches `needed`. */
function alnumRuns(text: string, min: number, needed: number): number[] {
  const runs: number[] = [];
  let longest = 0;
  let i = 0;
  while (i < text.length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i - start >= min) runs.push(start, i);
    longest = Math.max(longest, i - start);
  }
  return longest >= needed ? runs : [];
}

// A payment card number: 13 to 19 digits, whole or in groups of four (the last group shorter),
// with a Luhn check digit, named as a card in the words before it (any language). Without the
// word, a Luhn-valid run is as likely an order or tracking number (one in ten passes by chance).
// The card schemes' names (Visa, Mastercard, Maestro, Amex, RuPay, UnionPay, JCB, Elo, Troy)
// name a card too, but only right before the number ("my visa 4111 …"; a "visa application
// number" is a travel document).
const CARD_NUMBER = /(?<![a-z\d.,-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d.,-]?\d)/g;
const CARD_SCHEME_BEFORE =
  /(?:(?<![a-z])(?:visa|mastercard|master card|maestro|amex|american express|rupay|unionpay|jcb|elo|troy)|银联)(?: (?:card|debit|credit|karte|tarjeta|carte|carta|kart))?[\s:#.-]{0,3}$/;
const CARD_WORD =
  /(?:(?<![a-z])(?:card|tarjeta|cartao|carte|karte|carta|kart|kaart|kartu)|карт|картк|thẻ|the ngan hang|بطاقة|کارت|کارڈ|कार्ड|কার্ড|கார்டு|కార్డ్|カード|卡号|卡|카드|บัตร|כרטיס|κάρτα|καρτα|ካርድ)/;
// A UPI virtual payment address (India): name@<payment service provider handle>. The handles
// are NPCI's published PSP handles; an address at them is a payment account, never an e-mail.
const UPI_HANDLES =
  'upi|ybl|ibl|axl|okaxis|oksbi|okhdfcbank|okicici|paytm|ptyes|ptaxis|pthdfc|ptsbi|apl|yapl|rapl|abfspay|axisbank|axisb|icici|sbi|hdfcbank|kotak|yesbank|yesbankltd|idfcbank|idbi|pnb|barodampay|boi|cnrb|federal|fbl|indus|kbl|jio|airtel|freecharge|waicici|wahdfcbank|waaxis|wasbi|ikwik|mahb|unionbankofindia|ubi|timecosmos|jupiteraxis|slice|naviaxis|superyes|dbs|citi|hsbc|sc|rbl|aubank|equitas';
const UPI_ID = new RegExp(`(?<![a-z0-9._-])[a-z0-9][a-z0-9._-]{1,48}@(?:${UPI_HANDLES})(?![a-z0-9.@-])`, 'g');
// The at-sign and handle every UPI_ID match ends with: a scan for a literal "@" (fast), where
// UPI_ID is tried at every start of a local part. Most texts with an "@" hold e-mail addresses only.
const UPI_AT = new RegExp(`@(?:${UPI_HANDLES})(?![a-z0-9.@-])`);
// A Pix key (Brazil) given as a CPF, written 000.000.000-00 or as 11 digits, after "pix".
const PIX_CPF = /\bpix\b[^\n]{0,40}?(?<!\d)(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d-])/g;

// A mobile-money merchant number (Kenya's M-Pesa Till and Paybill, "Buy Goods", "Lipa na
// M-Pesa"; Tanzania's Lipa number): 5-7 digits after the scheme's word, where a payer sends money.
const MERCHANT_NUMBER =
  /(?<![a-z])(?:till|paybill|pay bill|buy goods|lipa na m-?pesa|lipa namba)(?: and services)?(?:\s*(?:number|no\.?|num|namba|nambari|#))?\s*[:：.-]?\s*(\d{5,7})(?![\d.,]\d)/g;
/** /m-?pesa|paybill|pay bill|buy goods|lipa/ as a list of the literal automaton (no scan of its own). */
const MERCHANT_HINT = CONTACT_LITERALS.add(['mpesa', 'm-pesa', 'paybill', 'pay bill', 'buy goods', 'lipa']);

function findCards(ctx: ScanContext): void {
  const { text } = ctx;
  for (const m of text.matchAll(CARD_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !isLuhn(digits)) continue;
    // A processor's published sandbox number, where the message speaks of testing, pays no one.
    if (isPublishedTestCard(digits) && isDeveloperContext(text)) continue;
    const start = m.index as number;
    if (!CARD_WORD.test(before(ctx, start, 40)) && !CARD_SCHEME_BEFORE.test(before(ctx, start, 30))) continue;
    emit(ctx, 'contact.payment_handle', 'strong', start, start + m[0].length);
  }
}

export function findPaymentIdentifiers(ctx: ScanContext): void {
  const { text } = ctx;
  // Every address is at least 14 characters (bech32); any is looked for only beside a run of 25.
  if (hasAlnumRun(ctx.original, 25)) findWallets(ctx);
  if (digitsIn(text) >= 13) findCards(ctx);
  if (text.includes('@') && UPI_AT.test(text))
    for (const m of text.matchAll(UPI_ID)) emit(ctx, 'contact.payment_handle', 'strong', m.index as number, (m.index as number) + m[0].length);
  if (text.includes('pix')) {
    for (const m of text.matchAll(PIX_CPF)) {
      if (!isCpf(m[1].replace(/\D/g, ''))) continue;
      const start = (m.index as number) + m[0].length - m[1].length;
      emit(ctx, 'contact.payment_handle', 'strong', start, start + m[1].length);
    }
  }
  // A merchant number in integration or test talk is the work's, not where to pay.
  if (CONTACT_LITERALS.has(text, MERCHANT_HINT) && !isDeveloperContext(text)) {
    for (const m of text.matchAll(MERCHANT_NUMBER)) {
      const start = (m.index as number) + m[0].length - m[1].length;
      // Where to pay, not a number to call: the phone finder's reading of it is dropped.
      const span = ctx.norm.toOriginal(start, start + m[1].length);
      ctx.signals = ctx.signals.filter((x) => x.type !== 'contact.phone' || (x.end as number) <= span.start || (x.start as number) >= span.end);
      emit(ctx, 'contact.payment_handle', 'strong', start, start + m[1].length);
    }
  }
  findLookalikeCountryIbans(ctx);
  // IBAN_HINT holds two digits in a row: a text with fewer digits is not scanned.
  if (digitsIn(text) < 2 || !IBAN_HINT.test(text)) return;
  for (const m of ctx.text.matchAll(IBAN)) {
    const length = accountLength(ctx, m[0]);
    if (length > 0) emit(ctx, 'contact.payment_handle', 'strong', m.index as number, (m.index as number) + length);
  }
}

/**
 * The length of the IBAN an IBAN pattern's match starts with, or 0: the pattern may swallow a
 * following word ("... 2874 grazie"), so groups are dropped until it checks out; the standard's
 * and banks' documentation examples, discussed as such, are nobody's account.
 */
function accountLength(ctx: ScanContext, match: string): number {
  let candidate = match;
  while (candidate.length >= 15 && !isIban(candidate.replace(/ /g, '').toUpperCase())) {
    const cut = candidate.lastIndexOf(' ');
    if (cut < 0) break;
    candidate = candidate.slice(0, cut);
  }
  const compact = candidate.replace(/ /g, '').toUpperCase();
  return isIban(compact) && !(isExampleIban(compact) && isDeveloperContext(ctx.text)) ? candidate.length : 0;
}

// Country codes made of letters the normaliser reads as digits (Israel IL, Iceland IS, Slovenia
// SI, Liechtenstein LI: "IL05 0108 …" is normalised "1105 0108 …"): their IBANs are read in the
// original text, spans as they stand there.
const LOOKALIKE_IBAN_HINT = /(?<![a-z0-9])(?:il|is|si|li)\d{2}/i;
const LOOKALIKE_IBAN = /(?<![a-z0-9])(?:il|is|si|li)\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?(?![a-z0-9])/gi;

function findLookalikeCountryIbans(ctx: ScanContext): void {
  const { original } = ctx;
  if (!LOOKALIKE_IBAN_HINT.test(original)) return;
  for (const m of original.matchAll(LOOKALIKE_IBAN)) {
    const start = m.index as number;
    const length = accountLength(ctx, m[0]);
    const end = start + length;
    if (length === 0) continue;
    if (ctx.code.length > 0 && inCode(ctx, toNormalized(ctx, start), toNormalized(ctx, end))) continue;
    // The look-alike digits may have made part of it a phone number: the account is what it is.
    ctx.signals = ctx.signals.filter((x) => x.type !== 'contact.phone' || (x.end as number) <= start || (x.start as number) >= end);
    emitOriginal(ctx, 'contact.payment_handle', 'strong', start, end);
  }
}

/** Crypto wallet addresses: whole runs of ASCII letters and digits of known shapes. */
function findWallets(ctx: ScanContext): void {
  const { original } = ctx;
  const lowerWindow = (start: number, end: number) => original.slice(Math.max(0, start - 60), Math.min(original.length, end + 30)).toLowerCase();
  const runs = alnumRuns(original, 14, 25);
  const checks: [RegExp, (token: string, start: number, end: number) => boolean, Strength][] = [
    [BTC_BASE58, (t) => isBitcoinBase58(t), 'strong'],
    [BTC_BECH32, (t) => isBitcoinBech32(t), 'strong'],
    [TRON, (t) => isTronAddress(t), 'strong'],
    // The context first: most 32-44 character runs are no Solana address, and it is the cheaper test.
    [SOL, (t, start, end) => SOL_CONTEXT.test(lowerWindow(start, end)) && isSolanaShape(t), 'medium'],
    [ETH, (_, start, end) => PAY_CONTEXT.test(lowerWindow(start, end)), 'strong'],
  ];
  for (const [shape, valid, strength] of checks) {
    for (let r = 0; r < runs.length; r += 2) {
      const token = original.slice(runs[r], runs[r + 1]);
      if (shape.test(token) && valid(token, runs[r], runs[r + 1])) emitOriginal(ctx, 'contact.payment_handle', strength, runs[r], runs[r + 1]);
    }
  }
}
