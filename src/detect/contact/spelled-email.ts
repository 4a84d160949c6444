// Addresses dictated with words for "@" and "." in any of the languages of
// normalize/symbol-words.ts, with any separators between the parts: "ana.vidal, arroba,
// proton, punto me", "ravi ऐट gmail डॉट com", "tanaka アットマーク gmail ドット com",
// "kim골뱅이naver닷com", "ivan (собака) mail (точка) ru", parts on separate lines.
//
// A character scanner rather than one regular expression: the "@" words are looked up word by
// word (WordFinder), and each candidate costs a bounded walk left and right, so the finder is
// linear in the text whatever it holds.
import { normalize } from '../normalize/normalize.ts';
import { AMBIGUOUS_AT, allSymbolWords, DOMAIN_WORDS } from '../normalize/symbol-words.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { before, emit, isPlatformAddress, type ScanContext } from './context.ts';
import { GENERIC_TLDS, MAIL_PROVIDERS, PLACEHOLDER_DOMAIN, PLACEHOLDER_LOCAL } from './vocabulary.ts';

const fold = (w: string) => normalize(w).text;
const byLength = (a: string, b: string) => b.length - a.length;
const AT_WORDS = [...new Set(allSymbolWords('at').map(fold))].sort(byLength);
const DOT_WORDS = [...new Set(allSymbolWords('dot').map(fold))].sort(byLength);
const AMBIGUOUS = new Set([...AMBIGUOUS_AT].map(fold));
const AT_FINDER = new WordFinder(AT_WORDS);

/** The words for "@" of every language in normalised text, and whether each is also a common short word. */
export function atWordsIn(text: string): { start: number; end: number; ambiguous: boolean }[] {
  return AT_FINDER.find(text).map((h) => ({ start: h.start, end: h.end, ambiguous: AMBIGUOUS.has(h.entry) }));
}
// Provider and top-level-domain names written in another script, longest first, with the
// ASCII label each stands for.
const DOMAIN_WORD_LIST = Object.entries(DOMAIN_WORDS)
  .flatMap(([label, words]) => words.map((w) => [fold(w), label] as const))
  .sort((a, b) => b[0].length - a[0].length);
const DOMAIN_WORD_FIRST = new Set(DOMAIN_WORD_LIST.map(([w]) => w.charCodeAt(0)));

/** A provider or domain name in another script starting at p: its end and ASCII label, or null. */
function domainWordAt(text: string, p: number): { end: number; label: string } | null {
  if (!DOMAIN_WORD_FIRST.has(text.charCodeAt(p))) return null;
  for (const [w, label] of DOMAIN_WORD_LIST) {
    if (!text.startsWith(w, p)) continue;
    const end = p + w.length;
    // Spaced scripts: a whole word only ("ком" not "комната").
    if (isWordLetter(text.charCodeAt(end))) continue;
    return { end, label };
  }
  return null;
}

/** Letters of scripts with spaces between words, including Indic, Hebrew and Arabic ones. */
function isWordLetter(c: number): boolean {
  return isSpacedLetter(c) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff);
}
const PROVIDER = new RegExp(`^(?:${MAIL_PROVIDERS})$`);
const EMAIL_KEYWORD =
  /(?:e-?mail|mail|correo|courriel|почт|мейл|имейл|poczt|adres|address|direccion|endereco|adresse|indirizzo|contact|reach|write|ईमेल|मेल|メール|이메일|메일|邮箱|郵箱|邮件|电邮|ایمیل|بريد|ايميل|אימייל|อีเมล|surel|surat)/;
const STOPWORDS = new Set(
  'look looking looked me us him her them it this that here there stare arrive arrived good best great bad work working worked am is are was be available based live living stay staying meet meeting i we you they'.split(
    ' ',
  ),
);

/** Separators people put between dictated parts: blanks, line breaks, commas, brackets, quotes. */
function isSep(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 60 ||
    c === 62 ||
    c === 34 ||
    c === 39 ||
    c === 42 ||
    c === 124 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x3001 ||
    c === 0x300c ||
    c === 0x300d ||
    c === 0x300e ||
    c === 0x300f ||
    c === 0x3010 ||
    c === 0x3011 ||
    c === 0x3000
  );
}

const MAX_SEP = 8;

function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Letters of scripts written with spaces between words (so a word there needs boundaries). */
function isSpacedLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x52f);
}

function skipSepForward(text: string, p: number): number {
  const limit = Math.min(text.length, p + MAX_SEP);
  while (p < limit && isSep(text.charCodeAt(p))) p++;
  return p;
}

function skipSepBack(text: string, p: number): number {
  const limit = Math.max(0, p - MAX_SEP);
  while (p > limit && isSep(text.charCodeAt(p - 1))) p--;
  return p;
}

/** A dot word or a dot character starting at p: its end, or -1. */
function dotAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c === 46 || c === 0x3002) return p + 1;
  for (const w of DOT_WORDS) {
    if (!text.startsWith(w, p)) continue;
    const end = p + w.length;
    // A Latin, Greek or Cyrillic word must stand alone ("punto", not "puntos").
    if (isSpacedLetter(w.charCodeAt(w.length - 1)) && isSpacedLetter(text.charCodeAt(end))) continue;
    if (isSpacedLetter(w.charCodeAt(0)) && p > 0 && isSpacedLetter(text.charCodeAt(p - 1))) continue;
    return end;
  }
  return -1;
}

/** A dot word ending at p (spelled dots only): its start, or -1. */
function dotWordBefore(text: string, p: number): number {
  for (const w of DOT_WORDS) {
    const start = p - w.length;
    if (start < 0 || !text.startsWith(w, start)) continue;
    if (isSpacedLetter(w.charCodeAt(0)) && start > 0 && isSpacedLetter(text.charCodeAt(start - 1))) continue;
    return start;
  }
  return -1;
}

function isTld(label: string): boolean {
  return (label.length === 2 && /^[a-z]{2}$/.test(label)) || GENERIC_TLDS.has(label);
}

/** Finds dictated addresses; the plain "x@y.z" form is also found here when separators break it up. */
export function findSpelledEmails(ctx: ScanContext): void {
  const { text } = ctx;
  const marks = AT_FINDER.find(text);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) marks.push({ start: at, end: at + 1, entry: '@' });
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  let done = 0;
  for (const mark of marks) {
    const a = mark.start;
    const b = mark.end;
    if (a < done) continue;
    const word = mark.entry;
    // Local part, leftwards: an ASCII token, then any "dot"-word-joined tokens before it.
    let p = skipSepBack(text, a);
    if (p === 0 || !isAlnum(text.charCodeAt(p - 1))) continue;
    const localEnd = p;
    while (p > 0 && localEnd - p < 64 && isLocalChar(text.charCodeAt(p - 1))) p--;
    while (p < localEnd && !isAlnum(text.charCodeAt(p))) p++;
    let localStart = p;
    let spelledDot = false;
    for (let k = 0; k < 4; k++) {
      const q = skipSepBack(text, localStart);
      const dot = dotWordBefore(text, q);
      if (dot < 0) break;
      const r = skipSepBack(text, dot);
      if (r === 0 || !isAlnum(text.charCodeAt(r - 1))) break;
      let s = r;
      while (s > 0 && r - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
      while (s < r && !isAlnum(text.charCodeAt(s))) s++;
      localStart = s;
      spelledDot = true;
    }
    // Domain, rightwards: labels joined by dots or dot words.
    const labels: { text: string; end: number }[] = [];
    let q = skipSepForward(text, b);
    const domainLabel = (from: number) => {
      let e = from;
      while (e < text.length && e - from < 63 && isLabelChar(text.charCodeAt(e))) e++;
      while (e > from && text.charCodeAt(e - 1) === 45) e--;
      return e;
    };
    // A label is ASCII as typed, or a provider/domain name written in another script.
    const label = (from: number): { text: string; end: number } | null => {
      const word = domainWordAt(text, from);
      if (word) return { text: word.label, end: word.end };
      const end = domainLabel(from);
      return end === from || !isAlnum(text.charCodeAt(from)) ? null : { text: text.slice(from, end), end };
    };
    const first = label(q);
    if (!first) continue;
    labels.push(first);
    let e = first.end;
    for (let k = 0; k < 4; k++) {
      const r = skipSepForward(text, e);
      const dotEnd = dotAt(text, r);
      if (dotEnd < 0) break;
      if (dotEnd - r > 1) spelledDot = true;
      q = skipSepForward(text, dotEnd);
      const next = label(q);
      if (!next) break;
      labels.push(next);
      e = next.end;
    }
    let tldAt = -1;
    for (let i = labels.length - 1; i >= 1; i--) {
      if (isTld(labels[i].text)) {
        tldAt = i;
        break;
      }
    }
    const provider =
      PROVIDER.test(labels[0].text) ||
      PROVIDER.test(
        labels
          .slice(0, 2)
          .map((l) => l.text)
          .join('.'),
      );
    if (tldAt < 0 && !provider) continue;
    const local = text.slice(localStart, localEnd);
    const domain = labels
      .slice(0, tldAt >= 0 ? tldAt + 1 : 1)
      .map((l) => l.text)
      .join('.');
    if (local === 'git' || PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain) || isPlatformAddress(ctx, local, domain)) continue;
    const keyword = EMAIL_KEYWORD.test(before(ctx, localStart, 40));
    if (AMBIGUOUS.has(word)) {
      // "at" as a word needs a plain space before it: "[contact hidden] at t.me" is prose.
      if (text.slice(localEnd, a).trim() !== '') continue;
      if (localStart === p && STOPWORDS.has(local)) continue;
      if (!provider && !spelledDot && !keyword) continue;
      if (!/[0-9._]/.test(local) && !keyword && !spelledDot) continue;
    }
    const end = tldAt >= 0 ? labels[tldAt].end : labels[0].end;
    emit(ctx, 'contact.email', provider || tldAt >= 0 ? 'strong' : 'medium', localStart, end);
    done = end;
  }
}
