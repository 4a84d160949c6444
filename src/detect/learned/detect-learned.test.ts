import { describe, expect, it } from 'vitest';
import { detectText } from '../index.ts';
import { detectScam } from '../scam/detect-scam.ts';
import { detectLearned, loadLearnedModels } from './index.ts';

// Sentences here are worded afresh: none is in the training data (src/detect/learned/data,
// bench/scam), so these check the model's grasp of a kind, not its memory.
const nonContact = (text: string, kind: 'job' | 'message' | 'proposal' = 'job') =>
  detectText({ text, kind }).filter((s) => s.type.startsWith('scam.') || s.type.startsWith('spam.'));

describe('honest job ads: a duty, a qualification or a benefit is not a request to the reader', () => {
  it.each([
    ['a duty handling money', 'Branch teller wanted. You will accept customer deposits, process withdrawals and sell money orders at the counter.'],
    ['a qualification', "Forklift operator. A current driver's licence and a forklift certificate are required for this role."],
    ['a benefit', 'We offer dental cover, a yearly gym membership reimbursement and a home-office stipend.'],
    ['a duty on the phone', 'Front-desk coordinator: answer and route incoming phone calls, book meeting rooms and order office supplies.'],
    ['an application instruction', 'To apply, send your CV through this posting. Please, no phone calls or visits to the office.'],
  ])('%s', (_, text) => {
    expect(nonContact(text)).toEqual([]);
  });
});

// Issue 11's false positives by kind, each worded afresh (training-data/written-lookalikes-5.jsonl
// teaches the kinds with other sentences): a price reduction is not a prize or a mule job, a duty
// handling the employer's customers' money or parcels is not a request to the reader, a bonus the
// employer pays is not a deposit scheme.
describe('honest kinds that read like scams', () => {
  const scamKinds = (text: string, kind: 'job' | 'message') => detectText({ text, kind }).filter((s) => s.type.startsWith('scam.'));
  it.each([
    ['a discount code', 'message', 'Good news for returning clients: a guaranteed 10% discount code, EXTRA10, works on every order until Friday.'],
    ['a promo code in Spanish', 'message', 'Te dejo un código de descuento del 15 %, válido en tu segundo encargo de traducción.'],
    [
      'a cashier closing the till',
      'job',
      'Cashier for our bakery: take card and cash payments, give refunds and take the day’s takings to the bank deposit box.',
    ],
    ['a referral bonus the employer pays', 'job', 'Refer a friend: we pay you a $300 bonus when a developer you recommend passes probation.'],
  ] as const)('%s', (_, kind, text) => {
    expect(scamKinds(text, kind)).toEqual([]);
  });

  it('warehouse relabelling at the depot: the reshipping rule stays silent and nothing is held', () => {
    // The rule read "receive parcels … relabel … forward" as reshipping and, agreeing with the
    // gate, made it strong (held). The employer's premises now make it an honest mention; the
    // gate alone still gives a weak signal here (shipped policies hold on medium and strong).
    const text = 'Warehouse assistant in our depot: receive parcels from suppliers, relabel them with store barcodes and forward them to our branches.';
    expect(detectScam({ text, kind: 'job' })).toEqual([]);
    expect(scamKinds(text, 'job').filter((s) => s.strength !== 'weak')).toEqual([]);
  });
});

// Generalisation is measured on the blind sets (bench/scam/RESULTS.md). These six were written
// afresh for this test (one kind the rules never knew in each of six languages); the model
// catches only some of them, and the floor below is what it reaches today, so a model that
// generalises worse fails here. Known misses today: the Spanish prize, the German account
// rental, the Portuguese SMS-code request, the Italian overpayment by transfer.
describe('scam kinds the rules did not know, in several languages', () => {
  const fresh = [
    'To withdraw your earned commission you must first top up your work wallet with 300 USDT, then the next round of tasks opens.',
    'Felicidades, su número de usuario resultó premiado con un coche nuevo. Para recibirlo abone los gastos de envío hoy.',
    'Vermiete mir dein Freelancer-Profil, ich zahle jeden Monat 300 Euro und übernehme alle Aufträge selbst.',
    'Oi, o suporte precisa do código que chegou por SMS no seu celular para confirmar o saque. Pode me passar?',
    "Bonjour, pour la suite du recrutement veuillez contacter notre responsable sur WhatsApp, l'entretien ne se fait pas ici.",
    'Ti ho mandato un bonifico con 900 euro in più per errore, restituisci la differenza con una ricarica Postepay.',
  ];

  it('flags at least two of six freshly worded scams', () => {
    const flagged = fresh.filter((text) => detectLearned({ text, kind: 'message' }).some((s) => s.type.startsWith('scam.')));
    expect(flagged.length).toBeGreaterThanOrEqual(2);
  });
});

describe('signals', () => {
  it('carry spans into the user text and a calibrated score', () => {
    const text = 'Hello! To release your first salary our HR needs the 6-digit verification code that your bank just texted you.';
    const found = detectLearned({ text, kind: 'message' });
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      if (s.start !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
    }
  });

  it('never report content spam on proposals (mass sending is the evidence there)', () => {
    const text = 'WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461.';
    expect(detectLearned({ text, kind: 'message' }).length).toBeGreaterThan(0);
    expect(detectLearned({ text, kind: 'proposal' }).filter((s) => s.type === 'spam.content')).toEqual([]);
  });

  it('judge ordinary work chat in many scripts as honest', () => {
    for (const text of [
      'Hi! I pushed the new header component, can you check it on staging?',
      'Hola, ya subí los cambios del formulario, ¿los revisas?',
      'Привет! Залил правки в макет, посмотри, пожалуйста.',
      '你好，我已经把首页的修改上传了，麻烦看一下。',
      'मैंने लोगो के तीन नए वर्ज़न भेज दिए हैं, देख लीजिए।',
      'لقد أرسلت النسخة الجديدة من التصميم، هل يمكنك مراجعتها؟',
    ]) {
      expect(detectLearned({ text, kind: 'message' }), text).toEqual([]);
    }
  });

  it('load both models into one hashed space', () => {
    const { scam, job } = loadLearnedModels();
    expect(scam.header.bits).toBe(job.header.bits);
    expect(scam.header.classes[0]).toBe('honest');
  });
});

describe('a precise rule that agrees with the gate', () => {
  it('makes the scam signal strong (held by the shipped policies), and honest kit talk stays clear', () => {
    const scam = nonContact(
      'Remote product tester, $30 an hour. Before your first shift you must purchase the training kit for $99; it is refunded after 30 days.',
    );
    expect(scam.filter((s) => s.evidence?.model === 'scam-gate').map((s) => s.strength)).toContain('strong');
    expect(nonContact('Remote product tester, $30 an hour. We ship the training kit and a laptop before your first shift at no cost to you.')).toEqual([]);
  });
});

describe('investment fraud (issue 11)', () => {
  const types = (text: string) => detectLearned({ text, kind: 'message', ruleSignals: detectScam({ text, kind: 'message' }) });

  it('reports a standalone rule at strong, with or without the gate, and only where its kind is needed', () => {
    for (const text of [
      'Members of our bot club make 6% per week on autopilot; minimum deposit is 120 USDT.',
      'Mete 0,01 BTC hoy y te duplicamos tu dinero en 3 días.',
      'Investieren Sie 400 € und erhalten Sie garantierte Rendite von 10 % pro Woche.',
    ]) {
      const found = types(text).find((s) => s.type === 'scam.investment_fraud');
      expect(found, text).toMatchObject({ strength: 'strong' });
      expect(text.slice(found?.start, found?.end)).toBe(found?.text);
      const onlySpam = detectLearned({ text, kind: 'message', ruleSignals: detectScam({ text, kind: 'message' }), needs: ['spam.content'] });
      expect(onlySpam.filter((s) => s.type.startsWith('scam.'))).toEqual([]);
    }
  });

  it('reports nothing of the kind on honest guarantees and discounts', () => {
    for (const text of ['We guarantee shipping in 2 days, with tracking for every parcel.', 'I guarantee the logo files by Monday, invoice attached.']) {
      expect(types(text).map((s) => s.type)).not.toContain('scam.investment_fraud');
    }
  });
});
