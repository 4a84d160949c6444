// Identifiers written backwards so that filters miss them: "moc.liamg@88nworbt" (an address
// read right to left), "my number backwards: 1906 554 7917". An address reads backwards when
// its first label is a reversed top-level domain and, reversed, it is an address at a mail
// provider (or the sender says it is reversed); a number only when the sender says so and its
// digits, reversed, are a valid number of the sender's regions.
import { countDigits, digitsIn, normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { emit, type ScanContext } from './context.ts';
import { validPhoneForSender } from './identifiers.ts';
import { GENERIC_TLDS, MAIL_PROVIDERS } from './vocabulary.ts';

// "moc.liamg@88nworbt", "ur.xednay@avorimsa"
const REVERSED_EMAIL = /(?<![a-z0-9._%+@-])([a-z]{2,6})\.([a-z0-9-]{2,40})(?:\.([a-z0-9-]{2,40}))?@([a-z0-9._%+-]{2,64})(?![a-z0-9._%+@-])/g;
const PROVIDER = new RegExp(`^(?:${MAIL_PROVIDERS})$`);
const DIGIT_RUN = /(?<![\d+])\d[\d .\-/]{5,22}\d(?!\d)/g;

/** Words saying the sender wrote something backwards, per language (folded like the text). */
const REVERSAL_WORDS = [
  'backwards',
  'backward',
  'reversed',
  'in reverse',
  'right to left',
  'back to front',
  'flip it',
  'al reves',
  'de atras para adelante',
  'de tras pra frente',
  'ao contrario',
  'de tras para a frente',
  "a l'envers",
  'a l envers',
  'ruckwarts',
  'andersrum',
  'al contrario',
  'alla rovescia',
  'od tylu',
  'wspak',
  'наоборот',
  'задом наперед',
  'справа налево',
  'навпаки',
  'задом наперед',
  'tersten',
  'ters',
  'terbalik',
  'nguoc',
  'baligtad',
  'ulta',
  'उल्टा',
  'উল্টো',
  'برعکس',
  'معكوس',
  'بالعكس',
  'הפוך',
  'ανάποδα',
  'αναποδα',
  '反过来',
  '倒过来',
  '反過來',
  '逆から',
  '逆さ',
  '거꾸로',
  'กลับหลัง',
].map((w) => normalize(w).text);
const REVERSAL_FINDER = new WordFinder(REVERSAL_WORDS);

const reverse = (s: string) => [...s].reverse().join('');

function isTld(label: string): boolean {
  return (label.length === 2 && /^[a-z]{2}$/.test(label)) || GENERIC_TLDS.has(label);
}

export function findReversedIdentifiers(ctx: ScanContext): void {
  const { text } = ctx;
  const hasAt = text.includes('@');
  const digits = digitsIn(text) >= 7;
  if (!hasAt && !digits) return;
  let told: boolean | undefined;
  const reversalSaid = () => {
    if (told === undefined) told = REVERSAL_FINDER.find(text).length > 0;
    return told;
  };
  if (hasAt) {
    REVERSED_EMAIL.lastIndex = 0;
    for (const m of text.matchAll(REVERSED_EMAIL)) {
      const [whole, tldR, secondR, thirdR, localR] = m;
      const tld = reverse(tldR);
      if (!isTld(tld) || GENERIC_TLDS.has(tldR)) continue;
      // Read forwards it would already be an address ("me.com@x" is not, "x@y.com" never matches here).
      const domain = [thirdR, secondR].filter(Boolean).map((l) => reverse(l as string));
      const provider = PROVIDER.test(domain[0]) || PROVIDER.test(`${domain[0]}.${tld}`);
      if (!provider && !reversalSaid()) continue;
      if (!/[a-z]/.test(localR)) continue;
      const start = m.index as number;
      emit(ctx, 'contact.email', provider ? 'strong' : 'medium', start, start + whole.length);
    }
  }
  if (digits && reversalSaid()) {
    // Only digit runs no finder took as a number are worth reading backwards.
    const phones = ctx.signals.filter((x) => x.type === 'contact.phone');
    for (const m of text.matchAll(DIGIT_RUN)) {
      const raw = m[0];
      const start = m.index as number;
      const n = countDigits(raw);
      if (n < 7 || n > 15) continue;
      const end = start + raw.length;
      const span = ctx.norm.toOriginal(start, end);
      if (phones.some((x) => (x.start as number) < span.end && (x.end as number) > span.start)) continue;
      const backwards = reverse(raw.replace(/\D/g, ''));
      if (!validPhoneForSender(ctx, backwards)) continue;
      emit(ctx, 'contact.phone', 'medium', start, end);
    }
  }
}
