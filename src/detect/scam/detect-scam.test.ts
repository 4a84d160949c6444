import { describe, expect, it } from 'vitest';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const families = (text: string, kind: ContentKind = 'message') =>
  detectScam({ text, kind })
    .map((s) => s.type)
    .filter((t) => t !== 'scam.combined');

describe('detectScam true positives', () => {
  it.each([
    ['scam.upfront_payment', 'Before you start you must pay for the training course ($120), refunded after your first month.'],
    ['scam.overpayment_cheque', 'I will mail you a check for $2,850. Deposit it, keep your fee and send the rest to our equipment vendor.'],
    ['scam.gift_card_or_crypto_payment', 'Please buy two Google Play cards of $100 and send me the codes.'],
    ['scam.offplatform_interview', 'For the interview please add our hiring manager on WhatsApp +1 415 555 0199.'],
    ['scam.impersonation', 'Hi, I am from Upwork security, send me the verification code we just texted you.'],
    ['scam.sensitive_data_request', 'Before the contract please send a copy of your passport and your SSN.'],
    ['scam.too_good_to_be_true', 'Earn $500 per day from home! No experience needed.'],
    ['scam.reshipping', 'Receive parcels at your home and reship them with the labels we email you.'],
    ['scam.offplatform_interview', 'La entrevista será por WhatsApp, escribe a nuestra reclutadora.'],
    ['scam.upfront_payment', 'Você precisa pagar a taxa de cadastro de R$ 90 para começar.'],
    ['scam.sensitive_data_request', 'Envoyez-nous une copie de votre passeport avant le contrat.'],
    ['scam.impersonation', 'Hallo, hier ist der Upwork Support. Senden Sie uns den Bestätigungscode.'],
    ['scam.reshipping', 'Вы будете получать посылки на ваш адрес и переотправлять их.'],
    // Wordings of the held-out error causes, rewritten: other fee names, other staff, Italian.
    ['scam.overpayment_cheque', 'A money order for $1,800 is on its way; cash it and wire $1,300 back to our supplier.'],
    ['scam.overpayment_cheque', 'We paid you too much by mistake, please refund the difference today.'],
    ['scam.overpayment_cheque', 'Riceverai un assegno di 1.900 €: trattieni 200 € e bonifica il resto al corriere.'],
    ['scam.upfront_payment', 'Get your worker badge: the welcome kit is $60, shipped in two days.'],
    ['scam.upfront_payment', 'Before payouts, deposit 50 USDT to unlock withdrawals on your task account.'],
    ['scam.upfront_payment', 'Please order the headset through our approved vendor, reimbursed next month.'],
    ['scam.upfront_payment', 'Dovrai acquistare il kit di lavoro per 60 € prima di iniziare.'],
    ['scam.impersonation', 'Fiverr Customer Care here: reply with the 6-digit code we sent you.'],
    ['scam.impersonation', "Ici l'équipe de la plateforme, communiquez-moi le code reçu par SMS."],
    ['scam.too_good_to_be_true', 'Write short reviews from home, $45 per review, no experience.'],
    ['scam.reshipping', 'Riceverai pacchi e dovrai rispedirli con nuove etichette.'],
    ['scam.offplatform_interview', 'The onboarding and contract signing continue on Telegram with our coordinator.'],
    ['scam.gift_card_or_crypto_payment', 'Wir zahlen die Gebühr in Steam-Guthabenkarten.'],
    ['scam.sensitive_data_request', "Inviaci il codice fiscale e una foto della carta d'identità."],
  ])('%s: %s', (type, text) => {
    expect(families(text)).toContain(type);
  });

  it('reports spans in the original text, even through invisible characters and accents', () => {
    const text = 'Olá!! Para a ENTREVISTA, fale comigo pelo Tele\u200Bgram, por favor.';
    const [signal] = detectScam({ text, kind: 'message' });
    expect(signal.type).toBe('scam.offplatform_interview');
    expect(text.slice(signal.start, signal.end)).toBe(signal.text);
    expect(signal.text).toContain('ENTREVISTA');
    expect(signal.text).toContain('Tele\u200Bgram');
  });

  it('adds a strong combined signal when two families co-occur', () => {
    const signals = detectScam({ kind: 'job', text: 'Interview on Telegram with our HR. You must pay for the training materials ($75) before starting.' });
    const combined = signals.find((s) => s.type === 'scam.combined');
    expect(combined).toMatchObject({ strength: 'strong', evidence: { families: ['scam.offplatform_interview', 'scam.upfront_payment'] } });
    const single = Math.max(...signals.filter((s) => s.type !== 'scam.combined').map((s) => s.score));
    expect(combined?.score).toBeGreaterThan(single);
    expect(detectScam({ kind: 'job', text: 'Interview on Telegram with our HR.' }).some((s) => s.type === 'scam.combined')).toBe(false);
  });
});

describe('detectScam hard negatives', () => {
  it.each([
    'Fixed-price project: redesign our landing page. Payment via milestones on the platform.',
    'We need a Solidity developer for a smart contract audit of our staking protocol.',
    'Build a DeFi dashboard in React that shows wallet balances for ETH, BTC and USDT.',
    'Build a Telegram bot for our flower shop that takes orders and sends delivery updates.',
    "I'd like to schedule an interview through Upwork messages or a video call on the platform.",
    'Please do not share your password or verification codes with anyone. Upwork staff will never ask for them.',
    'I contacted Upwork support about the delayed payment.',
    'Senior React developer, $85 per hour, 5+ years of experience with TypeScript required.',
    'We will provide all equipment (laptop and headset) and paid training during the first week.',
    'Accountant needed to reconcile cheque payments from our customers in QuickBooks.',
    'Shipping integration: connect our store to UPS and FedEx APIs to create labels and track parcels.',
    'Разработать Telegram-бота для нашего магазина, который принимает заказы.',
    'Nunca compartilhe sua senha ou códigos de verificação com ninguém.',
    'Please check the invoice and send the rest of the files by Friday.',
    'Design new labels and boxes for our parcels, with our logo.',
    'Our gym sells a $49 membership; build the signup page.',
    'Top up your Binance account and withdraw to a hardware wallet: write a tutorial.',
    'Sviluppare un bot Telegram per la formazione dei dipendenti.',
    'Cerchiamo un contabile per registrare assegni e bonifici dei fornitori.',
    'Vi invieremo un laptop aziendale prima del primo giorno.',
  ])('%s', (text) => {
    expect(detectScam({ text, kind: 'job' })).toEqual([]);
  });

  // Sharing one's own messenger is contact sharing (contact.* / offplatform.*), not a scam move.
  it.each(['Hi! My WhatsApp is +1 415 555 0132, text me', 'Add me on Telegram: @dev_sam_ua', 'Escríbeme por WhatsApp cuando puedas'])(
    'no scam.offplatform_interview without interview, task or onboarding context: %s',
    (text) => {
      expect(families(text)).not.toContain('scam.offplatform_interview');
    },
  );

  it('still flags the same move when it comes with a task or a staff claim', () => {
    expect(families('Hi! My WhatsApp is +1 415 555 0132, text me for the task details')).toContain('scam.offplatform_interview');
    expect(families("I'm from the Upwork support team, please continue on Telegram and send me the verification code.")).toContain(
      'scam.offplatform_interview',
    );
  });
});

// Investment fraud (issue 11): a promise no honest investment makes (returns guaranteed, a fixed
// rate per day or week, money multiplied within days) next to a request to invest or deposit.
describe('detectScam investment fraud', () => {
  it.each([
    'My cousin runs a market-making bot: members earn 3.5% per day, just send 150 USDT to start.',
    'Stake 1 ETH in our private pool and it is doubled within 72 hours, withdraw anytime.',
    'Minimum deposit $250, after that our analysts guarantee you steady weekly profits.',
    'Pon 100 USDT en el fondo y recibe un 4% diario, ganancias garantizadas.',
    'Faça um aporte de 300 reais e receba 7% ao dia direto na carteira.',
    'Un dépôt de 200 € suffit : nos experts vous assurent 10 % par semaine, rendement garanti.',
    'Mit einer Einzahlung von 500 € erhalten Sie garantierte Rendite von 2 % pro Tag.',
    'Внесите депозит 50 USDT, доходность 8% в неделю гарантирована.',
    'Con un deposito minimo di 100 € il nostro bot ti dà il 5% al giorno, guadagni garantiti.',
  ])('%s', (text) => {
    const found = detectScam({ text, kind: 'message' }).find((s) => s.type === 'scam.investment_fraud');
    expect(found).toMatchObject({ strength: 'strong' });
    expect(text.slice(found?.start, found?.end)).toBe(found?.text);
  });

  it.each([
    'Fintech startup needs a Node developer for our crypto exchange deposits service; salary $95k.',
    'Guaranteed delivery in 4 days on every order you place before noon.',
    'Invoice 88: banner set, 6 hours at $35, total $210, due within 15 days.',
    'I guarantee 100% satisfaction, or I rework the design at no charge.',
    'Enter code FALL15 at checkout: a guaranteed 15% off your first order.',
    'The client deposits the milestone into escrow and you are paid within 5 days of approval.',
    'Write a blog post: why nobody can promise guaranteed returns when you invest in crypto.',
    'Beware of groups promising 5% a day if you deposit USDT: it is a scam.',
    'Our savings plan pays 2% a year on deposits; past results do not guarantee future returns.',
    'Depositamos el pago en 3 días; garantizamos la entrega con un 10% de descuento.',
  ])('honest look-alike: %s', (text) => {
    expect(families(text)).not.toContain('scam.investment_fraud');
  });
});

// A driving licence is a qualification a job asks its applicants to hold; the scam asks the reader
// to send the document (a photo, scan or copy of it, or its number). Sentences written for this test.
describe('a driving licence: qualification versus request for the document', () => {
  it.each([
    "Van driver for grocery rounds: a valid driver's licence and a clean record are required.",
    'We need a field engineer with a driving licence and own tools; company car provided.',
    'Se requiere carnet de conducir B y disponibilidad para viajar por la provincia.',
    'Permis de conduire exigé pour les tournées en camionnette, véhicule fourni.',
    'Voraussetzung: Führerschein Klasse B und Erfahrung im Lieferdienst.',
    'Requisiti: patente di guida B e disponibilità a turni serali.',
    'Нужен курьер, обязательно водительское удостоверение категории B.',
    '普通自動車の運転免許証をお持ちの方、社用車で営業していただきます。',
  ])('qualification: %s', (text) => {
    expect(families(text)).not.toContain('scam.sensitive_data_request');
  });

  it.each([
    "Before we start, send me a photo of your driver's license and your SSN for the payroll file.",
    'Envíe una foto de su licencia de conducir por este chat para validar la cuenta.',
    'Schicken Sie uns ein Foto Ihres Führerscheins, damit wir die Auszahlung freigeben.',
    'Пришлите скан водительского удостоверения и номер карты для проверки.',
  ])('request: %s', (text) => {
    expect(families(text)).toContain('scam.sensitive_data_request');
  });
});
