// The lexicon's coverage, family × language (issue 13: a reader sees the gaps at a glance).
// Prints the table of concepts covered per family and language, and fails when a family loses a
// language or a concept row loses a language it had (the floor below is today's table: raise it
// when you fill a gap, never lower it without saying why in the commit).
import { describe, expect, it } from 'vitest';
import { detectScam } from './detect-scam.ts';
import { type Concept, LEXICON, LEXICON_LANGUAGES, type LexiconLanguage, SCAM_RULES } from './lexicon.ts';

type Family = Exclude<keyof typeof LEXICON, 'honest_mention'>;
const FAMILIES = Object.keys(LEXICON).filter((f) => f !== 'honest_mention') as Family[];

/** Concepts of a family that have fragments of their own in `lang` (the `any` column is not a language). */
function covered(family: Family, lang: LexiconLanguage): number {
  return Object.values(LEXICON[family] as Record<string, Concept>).filter((c) => (c[lang]?.length ?? 0) > 0).length;
}

function coverageTable(): string {
  const head = `| family (concepts) | ${LEXICON_LANGUAGES.join(' | ')} |`;
  const rule = `|---|${LEXICON_LANGUAGES.map(() => '---').join('|')}|`;
  const rows = FAMILIES.map((f) => {
    const n = Object.keys(LEXICON[f]).length;
    return `| ${f} (${n}) | ${LEXICON_LANGUAGES.map((l) => covered(f, l) || '**0**').join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

// Concepts covered per family in each language, as of this commit (columns as LEXICON_LANGUAGES:
// en es pt fr de it ru pl tr nl id vi hi ar zh ja ko uk fa th sw).
const FLOOR: Record<Family, number[]> = {
  upfront_payment: [7, 4, 5, 5, 7, 6, 7, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0],
  overpayment_cheque: [4, 1, 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2, 2, 2, 0, 0, 0, 0],
  gift_card_or_crypto_payment: [4, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0],
  offplatform_interview: [4, 4, 4, 4, 4, 4, 5, 4, 5, 4, 4, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0],
  impersonation: [8, 8, 8, 8, 7, 7, 8, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4],
  sensitive_data_request: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 2, 2, 2, 2],
  too_good_to_be_true: [2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 2, 1, 2, 2, 2, 0, 0, 0, 0],
  reshipping: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0],
  investment_fraud: [2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0],
  sextortion: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  fake_invoice: [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4],
  money_mule: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  fake_escrow: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0],
  account_trading: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0],
  fake_reviews: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0],
  task_deposit: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
};

describe('scam lexicon coverage, family × language', () => {
  it('covers every scam family in at least 15 languages, and no cell falls below its floor', () => {
    console.log(`\nScam lexicon: concepts covered per family and language\n\n${coverageTable()}\n`);
    expect(LEXICON_LANGUAGES.length).toBeGreaterThanOrEqual(15);
    for (const f of FAMILIES) {
      const langs = LEXICON_LANGUAGES.filter((l) => covered(f, l) > 0);
      expect(langs.length, `${f}: ${langs.join(' ')}`).toBeGreaterThanOrEqual(15);
      const now = LEXICON_LANGUAGES.map((l) => covered(f, l));
      now.forEach((n, i) => {
        expect(n, `${f} × ${LEXICON_LANGUAGES[i]}`).toBeGreaterThanOrEqual(FLOOR[f][i] ?? 0);
      });
    }
  });

  it('lets every two-part rule of a family fire in at least 15 languages (both parts covered, or the same in any language)', () => {
    const byFamily = new Map<string, Set<string>>();
    // A rule's list is one concept's columns joined (fragments()); inline lists are no row and count for no language.
    const conceptOf = new Map<string, Concept>();
    for (const f of Object.keys(LEXICON) as (keyof typeof LEXICON)[])
      for (const c of Object.values(LEXICON[f] as Record<string, Concept>)) conceptOf.set(JSON.stringify(Object.values(c).flat()), c);
    const has = (list: readonly string[], lang: LexiconLanguage) => {
      const c = conceptOf.get(JSON.stringify(list));
      return !!c && ((c[lang]?.length ?? 0) > 0 || (c.any?.length ?? 0) > 0);
    };
    for (const r of SCAM_RULES) {
      if (!r.b) continue;
      const langs = LEXICON_LANGUAGES.filter((l) => has(r.a, l) && has(r.b ?? [], l));
      const set = byFamily.get(r.family) ?? new Set<string>();
      for (const l of langs) set.add(l);
      byFamily.set(r.family, set);
    }
    for (const [family, langs] of byFamily) expect(langs.size, `${family}: ${[...langs].join(' ')}`).toBeGreaterThanOrEqual(15);
  });
});

// Sentences written for this test (not from any evaluation set): one rule per script family
// that the lexicon did not read before (no spaces between words, Hangul, Arabic, Devanagari).
describe('rules in scripts written without spaces and in the added languages', () => {
  const families = (text: string) => detectScam({ text, kind: 'message' }).map((s) => s.type);
  it.each([
    ['zh', '你好，面试安排在微信上进行，请先加我。', 'scam.offplatform_interview'],
    ['ja', '採用担当です。面接はテレグラムで行いますので、こちらに連絡してください。', 'scam.offplatform_interview'],
    ['ko', '면접은 카카오톡으로 진행합니다. 아이디를 알려드릴게요.', 'scam.offplatform_interview'],
    ['zh', '平台每天收益5%，稳赚不赔，最低投资500元即可开始。', 'scam.investment_fraud'],
    ['tr', 'Günlük yüzde 3 garantili kazanç için bugün 200 dolar yatırım yapın.', 'scam.investment_fraud'],
    ['id', 'Untuk mulai bekerja, anda harus membayar biaya pendaftaran dan membeli paket starter kami.', 'scam.upfront_payment'],
    ['en', 'Microsoft support here: your computer is infected. Install AnyDesk and read me the code so I can clean it.', 'scam.impersonation'],
    ['ar', 'تم اكتشاف فيروس في جهازك، قم بتثبيت anydesk حتى نصلح المشكلة.', 'scam.impersonation'],
  ])('%s: %s', (_, text, type) => {
    expect(families(text)).toContain(type);
  });

  it.each([
    ['zh', '我们的项目上个月销售额翻倍了，下周的面试会在公司会议室进行。'],
    ['ja', '詐欺に注意：毎日5%の利益を保証するという投資話は信じないでください。'],
    ['en', 'IT help desk technician: support our employees remotely with TeamViewer when the computer is blocked by a failed update.'],
    ['ko', '면접은 사무실에서 진행되며, 교육비는 회사가 부담합니다.'],
  ])('leaves an honest %s text alone: %s', (_, text) => {
    expect(families(text).filter((t) => t !== 'scam.combined')).toEqual([]);
  });
});
