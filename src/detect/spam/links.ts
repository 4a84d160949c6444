// Link checks: URL shorteners hide where a link goes, throwaway mailboxes hide who someone
// is, and look-alike domains of the marketplace itself are the classic phishing lure
// ("upw0rk-support.com/verify"). Every finding carries the span of what the user typed.

import { createRequire } from 'node:module';
import { domainToUnicode } from 'node:url';
import type { Signal } from '../types.ts';

const require = createRequire(import.meta.url);
// The package ships plain JSON lists: exact domains, and domains whose every subdomain is disposable.
const DISPOSABLE: ReadonlySet<string> = new Set(require('disposable-email-domains') as string[]);
const DISPOSABLE_WILDCARD: readonly string[] = require('disposable-email-domains/wildcard.json') as string[];

export const URL_SHORTENERS: readonly string[] = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'is.gd',
  'v.gd',
  'cutt.ly',
  'ow.ly',
  'rebrand.ly',
  'buff.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  'bl.ink',
  't.ly',
  'short.io',
  'shorte.st',
  'adf.ly',
  'soo.gd',
  's.id',
  'clck.ru',
  'lnkd.in',
  'qrco.de',
  'tiny.one',
  'u.to',
  'x.co',
  'shorturl.com',
  'bc.vc',
  'trib.al',
  'linktr.ee',
  'cli.re',
  'surl.li',
  'urlz.fr',
];

export interface LinkConfig {
  /** The marketplace's own domains; anything imitating them is a look-alike. */
  marketplaceDomains: readonly string[];
  shorteners: readonly string[];
}

export const DEFAULT_LINK_CONFIG: LinkConfig = {
  marketplaceDomains: ['upwork.com'],
  shorteners: URL_SHORTENERS,
};

const DOT = '[.\\uFF0E\\u3002\\uFF61]';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
// A host not glued to a preceding word, e-mail local part or path.
const HOST_RE = new RegExp(`(?<![\\p{L}\\p{N}._%+@-])(?<![^/]/)(?:${LABEL}${DOT})+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})(?![\\p{L}\\p{N}-])`, 'giu');
const EMAIL_RE = new RegExp(`(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@((?:${LABEL}${DOT})+\\p{L}{2,63})(?![\\p{L}\\p{N}-])`, 'giu');

/** Confusable folding for hosts: Cyrillic/Greek look-alikes, leet digits, letter pairs that read as one letter. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  н: 'h',
  ԝ: 'w',
  ѡ: 'w',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  υ: 'u',
  ι: 'i',
  κ: 'k',
  τ: 't',
  χ: 'x',
  ω: 'w',
  ε: 'e',
  ɡ: 'g',
  ı: 'i',
  ɩ: 'i',
  ʋ: 'u',
  ս: 'u',
  օ: 'o',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '|': 'l',
};

export function hostSkeleton(host: string): string {
  let out = '';
  for (const ch of host.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += CONFUSABLES[ch] ?? ch;
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd').replace(/[il]/g, 'l');
}

function canonicalHost(raw: string): string {
  const dotted = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\uFF0E\u3002\uFF61]/g, '.');
  return dotted.includes('xn--') ? domainToUnicode(dotted) || dotted : dotted;
}

function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

interface Lookalike {
  imitates: string;
  how: 'homoglyph' | 'brand_in_name' | 'typo';
}

function lookalikeOf(host: string, marketplaceDomains: readonly string[]): Lookalike | undefined {
  if (marketplaceDomains.some((d) => isSameOrSubdomain(host, d))) return undefined;
  const labels = host.split('.');
  for (const domain of marketplaceDomains) {
    const brand = hostSkeleton(domain.split('.')[0]);
    for (const label of labels.slice(0, -1)) {
      const skeleton = hostSkeleton(label);
      if (skeleton === brand)
        return {
          imitates: domain,
          how: label === brand ? 'brand_in_name' : 'homoglyph',
        };
      if (brand.length >= 4 && skeleton.includes(brand)) return { imitates: domain, how: 'brand_in_name' };
      if (brand.length >= 5 && editDistance(skeleton, brand) === 1) return { imitates: domain, how: 'typo' };
    }
  }
  return undefined;
}

function isDisposable(domain: string): boolean {
  if (DISPOSABLE.has(domain)) return true;
  return DISPOSABLE_WILDCARD.some((d) => domain.endsWith(`.${d}`));
}

export function detectLinks(text: string, cfg: LinkConfig = DEFAULT_LINK_CONFIG): Signal[] {
  const signals: Signal[] = [];
  const seen = new Set<string>();
  const push = (signal: Signal) => {
    const key = `${signal.type}:${signal.start}:${signal.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      signals.push(signal);
    }
  };

  for (const m of text.matchAll(EMAIL_RE)) {
    const domain = canonicalHost(m[1]);
    if (isDisposable(domain)) {
      push({
        type: 'spam.disposable_email',
        strength: 'medium',
        score: 0.6,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        evidence: { domain },
      });
    }
    const look = lookalikeOf(domain, cfg.marketplaceDomains);
    if (look) {
      const start = m.index + m[0].length - m[1].length;
      push({
        type: 'spam.lookalike_domain',
        strength: look.how === 'typo' ? 'medium' : 'strong',
        score: look.how === 'typo' ? 0.7 : 0.9,
        start,
        end: start + m[1].length,
        text: m[1],
        evidence: { domain, ...look },
      });
    }
  }

  for (const m of text.matchAll(HOST_RE)) {
    const host = canonicalHost(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (cfg.shorteners.some((s) => isSameOrSubdomain(host, s))) {
      push({
        type: 'spam.url_shortener',
        strength: 'medium',
        score: 0.6,
        start,
        end,
        text: m[0],
        evidence: { host },
      });
    }
    const look = lookalikeOf(host, cfg.marketplaceDomains);
    if (look) {
      push({
        type: 'spam.lookalike_domain',
        strength: look.how === 'typo' ? 'medium' : 'strong',
        score: look.how === 'typo' ? 0.7 : 0.9,
        start,
        end,
        text: m[0],
        evidence: { domain: host, ...look },
      });
    }
  }
  return signals.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
