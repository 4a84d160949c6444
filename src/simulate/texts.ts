// Template families written for the simulator (not taken from the detectors' corpora), so an
// evaluation does not grade the detectors on the sentences they were tuned on. Each family is
// a few sentence shapes with slots; combined with the slots they give thousands of variants.
import type { Rng } from './rng.ts';

export type Lang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it';

export const SKILLS = [
  'React',
  'Node.js',
  'Python',
  'data entry',
  'logo design',
  'copywriting',
  'Shopify',
  'WordPress',
  'video editing',
  'SEO',
  'bookkeeping',
  'translation',
  'iOS',
  'Django',
  'UX research',
  'PostgreSQL',
  'illustration',
  'voice over',
];
const FIRST = [
  'Ana',
  'Ben',
  'Chidi',
  'Dana',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Luca',
  'Mei',
  'Nikhil',
  'Olga',
  'Pablo',
  'Rosa',
  'Sven',
  'Tara',
  'Yusuf',
];
const LAST = ['Silva', 'Okafor', 'Novak', 'Tanaka', 'Haddad', 'Berg', 'Costa', 'Ivanova', 'Mensah', 'Rossi', 'Khan', 'Moreau', 'Weber', 'Lopez', 'Park'];
const COMPANIES = ['Brightline Labs', 'Northwind Studio', 'Kettle & Co', 'Bluefin Analytics', 'Granite Apps', 'Lumen Health', 'Parcel Peak', 'Orchard Media'];

export const personName = (r: Rng) => `${r.pick(FIRST)} ${r.pick(LAST)}`;
export const companyName = (r: Rng) => r.pick(COMPANIES);

// ── honest work talk ────────────────────────────────────────────────────────────────────
const HONEST_JOB_TITLES = [
  'Build a {skill} dashboard for our sales team',
  'Need a {skill} specialist for a 3-week project',
  'Fix bugs in our existing {skill} codebase',
  '{skill} help for a small nonprofit website',
  'Long-term {skill} support, 10 hours a week',
  'Redesign onboarding screens ({skill})',
];
const HONEST_JOB_BODIES = [
  'We are {company}, a team of {n} people. We need someone comfortable with {skill} to {goal}. Please include one example of similar work and your availability for the next month. Milestones will be funded in escrow.',
  'Scope: {goal}. Budget is flexible for the right person. We review proposals on Thursdays and usually reply within two days. Experience with {skill} is required; tests and documentation are a plus.',
  'Looking for a reliable freelancer to {goal}. You will work with our product manager through the messages here. Hourly contract, roughly {n} hours per week, weekly reports of what was done.',
];
const GOALS = [
  'migrate our reports to the new data model',
  'clean up 2,000 product listings',
  'write ten blog posts about remote hiring',
  'speed up the checkout page',
  'design a logo and a one-page brand guide',
  'translate our help centre into Spanish',
  'set up automated invoices',
  'edit a five-minute product video',
];
const HONEST_PROPOSALS = [
  'Hi {name}, I read your brief about {skill}. I did something close for a retail client last spring: {goal}. I would start by reviewing what you have and sending a short plan. My rate fits your budget and I can begin on Monday.',
  'Hello! {skill} is my main stack, {years} years now. For this job I would {goal} in two milestones, with a check-in after the first. Happy to answer questions here in the chat.',
  'Dear {name}, thanks for posting. I have {years} years of {skill} experience and a portfolio on my profile. Could you tell me whether you already have designs, or whether that is part of the work?',
];
const HONEST_CHAT = [
  'Thanks for the quick reply! I will send the first draft by {day}.',
  'Could you clarify whether the {skill} part includes testing?',
  'I pushed the changes; let me know if anything looks off.',
  'Sounds good, let us keep the milestone as agreed.',
  'Quick question about the deadline: is {day} still fine for you?',
  'I have attached the revised version with your comments addressed.',
  'Great work on the last milestone, approving it now.',
  'The client meeting moved, so I can review on {day} instead.',
  'No worries, take the time you need. Quality matters more than speed here.',
  'I found the bug: a timezone issue in the export. Fix is in the branch.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow', 'the 14th', 'next week'];

function fill(r: Rng, t: string, slots: Record<string, string> = {}): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (slots[k] !== undefined) return slots[k];
    switch (k) {
      case 'skill':
        return r.pick(SKILLS);
      case 'goal':
        return r.pick(GOALS);
      case 'company':
        return companyName(r);
      case 'name':
        return r.pick(FIRST);
      case 'n':
        return String(r.int(3, 40));
      case 'years':
        return String(r.int(2, 12));
      case 'day':
        return r.pick(DAYS);
      default:
        return k;
    }
  });
}

export const honestJob = (r: Rng, skill: string) => ({
  title: fill(r, r.pick(HONEST_JOB_TITLES), { skill }),
  description: fill(r, r.pick(HONEST_JOB_BODIES), { skill }),
});
export const honestProposal = (r: Rng, skill: string) => fill(r, r.pick(HONEST_PROPOSALS), { skill });
export const honestChat = (r: Rng) => fill(r, r.pick(HONEST_CHAT));

/** Refusing an off-platform request: honest, and quoting what was asked. */
export const refusal = (r: Rng) =>
  r.pick([
    "I'd rather keep everything here in the platform messages, that's how I work with all clients.",
    'Sorry, I only talk and get paid through the platform. Happy to continue here!',
    'I prefer not to move to another app before a contract. We can discuss all details in this chat.',
    'Thanks, but I keep communication on the platform until the contract is in place.',
  ]);

// ── contact details and their disguises ─────────────────────────────────────────────────
const DIGIT_WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
};

export function phoneNumber(r: Rng): string {
  const shapes = [
    () => `+44 7${r.int(100, 999)} ${r.int(100000, 999999)}`,
    () => `+1 ${r.int(201, 989)} ${r.int(200, 999)} ${r.int(1000, 9999)}`,
    () => `+55 11 9${r.int(1000, 9999)}-${r.int(1000, 9999)}`,
    () => `+49 15${r.int(10, 99)} ${r.int(1000000, 9999999)}`,
    () => `+91 9${r.int(100, 999)}${r.int(100000, 999999)}`,
    () => `+34 6${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}`,
  ];
  return r.pick(shapes)();
}

/** A phone number the way someone hiding it from a filter writes it. */
export function disguisePhone(r: Rng, phone: string, lang: Lang): string {
  const digits = phone.replace(/\D/g, '');
  const style = r.int(0, 5);
  switch (style) {
    case 0:
      return phone;
    case 1:
      return digits.split('').join(' ');
    case 2:
      return digits
        .split('')
        .map((d) => DIGIT_WORDS[lang][Number(d)])
        .join(' ');
    case 3:
      return digits.replace(/(\d{3})/g, '$1.').replace(/\.$/, '');
    case 4:
      return digits
        .split('')
        .map((d, i) => (i % 3 === 0 ? DIGIT_WORDS[lang][Number(d)] : d))
        .join(' ');
    default:
      return digits.replace(/0/g, 'o').replace(/1/g, 'l');
  }
}

export function email(r: Rng, name: string): string {
  const user =
    name
      .toLowerCase()
      .replace(/[^a-z]/g, '.')
      .replace(/\.+/g, '.') + r.int(1, 99);
  return `${user}@${r.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])}`;
}

export function disguiseEmail(r: Rng, address: string): string {
  const [user, domain] = address.split('@');
  const [host, tld] = domain.split('.');
  return r.pick([
    address,
    `${user} at ${host} dot ${tld}`,
    `${user}(at)${host}(dot)${tld}`,
    `${user} [at] ${host} [.] ${tld}`,
    `${user.split('').join(' ')} @ ${host}`,
    `${user} @ ${host} . ${tld}`,
  ]);
}

export function handle(r: Rng, name: string): { app: string; text: string } {
  const base = name.toLowerCase().replace(/[^a-z]/g, '_') + r.int(10, 99);
  return r.pick([
    { app: 'telegram', text: `telegram @${base}` },
    { app: 'telegram', text: `t e l e g r a m: ${base}` },
    { app: 'telegram', text: `tg -> ${base}` },
    { app: 'skype', text: `skype live:${base}` },
    { app: 'discord', text: `discord ${base}#${r.int(1000, 9999)}` },
    { app: 'whatsapp', text: `wh@tsapp ${base}` },
    { app: 'signal', text: `add me on sig nal, user ${base}` },
  ]);
}

const CIRCUMVENT: Record<Lang, string[]> = {
  en: [
    'Let us continue on {channel}, it is faster. {contact}',
    'The platform fee is too high, message me at {contact} and I give you 20% discount',
    'Can we talk outside of here? {contact}',
    'To save both of us the fees: pay me directly and we skip the escrow. Reach me at {contact}',
    'hey reach me {contact} for details, I dont check this inbox',
  ],
  es: [
    'Mejor hablamos por fuera, escríbeme al {contact}',
    'Para evitar la comisión, contáctame directo: {contact}',
    'Te paso mi número y seguimos por allá: {contact}',
  ],
  pt: [
    'Vamos conversar fora da plataforma? Meu contato: {contact}',
    'Me chama no zap {contact} que te explico tudo',
    'Sem taxa se pagar direto, fala comigo: {contact}',
  ],
  fr: ['On peut continuer en dehors de la plateforme ? Mon contact : {contact}', 'Écris-moi directement sur {contact}, pas de frais'],
  de: ['Lass uns außerhalb der Plattform weiterreden: {contact}', 'Schreib mir direkt, dann sparen wir die Gebühr: {contact}'],
  it: ['Possiamo parlare fuori dalla piattaforma? Scrivimi a {contact}', 'Senza commissioni se paghi direttamente, contattami: {contact}'],
};
const OFF_PAYMENT = [
  'I can do it cheaper if you pay through {pay} instead of the escrow.',
  'Send the deposit to my {pay} and I start today.',
  'Payment outside please, {pay} only, the fees here eat my margin.',
  'pago por {pay} y te hago descuento',
  'pagamento por fora via {pay}, fica mais barato pra nós dois',
];
const PAY = ['PayPal friends and family', 'Wise', 'Zelle', 'USDT (TRC20)', 'Payoneer direct', 'bank transfer'];

export function circumvention(r: Rng, lang: Lang, name: string): string {
  if (r.chance(0.25)) return r.pick(OFF_PAYMENT).replace('{pay}', r.pick(PAY));
  const kind = r.int(0, 2);
  let channel = 'WhatsApp';
  let contact: string;
  if (kind === 0) contact = disguisePhone(r, phoneNumber(r), lang);
  else if (kind === 1) {
    channel = 'email';
    contact = disguiseEmail(r, email(r, name));
  } else {
    const h = handle(r, name);
    channel = h.app;
    contact = h.text;
  }
  return r.pick(CIRCUMVENT[lang]).replace('{channel}', channel).replace('{contact}', contact);
}

/** Contact details shared after a contract started: allowed. */
export function postContractContact(r: Rng, name: string): string {
  return r.pick([
    `Now that we're under contract, here's my phone for urgent issues: ${phoneNumber(r)}`,
    `Contract is live, thanks! My work email for the repo invite is ${email(r, name)}`,
    `For the kickoff call you can reach me at ${email(r, name)} or ${phoneNumber(r)}.`,
  ]);
}

// ── spam, scams, recruiting mules, phishing ─────────────────────────────────────────────
const SPAM_PROPOSALS = [
  'Dear Sir/Madam, I am expert in ALL skills. 100% satisfaction guaranteed!!! Check my portfolio and hire me now, best price in market. {promo}',
  'Hello Hiring Manager. I have read your job. I am perfect fit. I have done 500+ projects. Please reply so we can start immediately. {promo}',
  'GREETINGS!! Top quality work at lowest price, 24/7 available, unlimited revisions, 5 star guaranteed. {promo}',
  'Hi, I can do this. I can do this. I can do this in 1 hour. Cheap. {promo}',
];
const PROMOS = ['Visit my site for 50% off all packages!', 'Free SEO audit for first 10 clients!!', 'Limited offer today only.', 'Buy 2 logos get 1 free', ''];
export const spamProposal = (r: Rng) => r.pick(SPAM_PROPOSALS).replace('{promo}', r.pick(PROMOS)).trim();

const SCAM_JOB_TITLES = [
  'Easy remote data entry, $45/hour, no experience',
  'Personal assistant needed urgently',
  'Package inspector from home',
  'Online evaluator — paid daily',
];
const SCAM_JOB_BODIES = [
  'We are hiring immediately! No interview needed. You will receive a starter kit; buy the equipment from our approved vendor and you will be reimbursed on your first paycheck. Send your full name, address and phone to our HR on {channel}.',
  'Work from home 2 hours a day and earn $800 weekly. We send you a check, deposit it, keep your salary and transfer the rest to our supplier. Contact our recruiter on {channel} to start today.',
  'Simple tasks: like and rate products, get paid per task. A small activation deposit is required to unlock higher-paying tasks. Message the manager on {channel}.',
];
export const scamJob = (r: Rng) => ({
  title: r.pick(SCAM_JOB_TITLES),
  description: r.pick(SCAM_JOB_BODIES).replace('{channel}', r.pick(['Telegram', 'WhatsApp', 'Signal', 'Google Chat'])),
});
const SCAM_MESSAGES = [
  'Congratulations, you are selected for the position! Please download our interview app from {link} and complete onboarding within 24h.',
  'Before we start, please purchase the software license ($120) from our partner; the cost is refunded with your first payment.',
  'I have sent you a check for $2,450. Please deposit it and send $1,900 to our equipment vendor via gift cards.',
  'Your account needs verification to receive payment, log in here: {link}',
];
const LINKS = ['hxxps://upwork-payments-verify.com/login', 'https://secure-upw0rk.net/verify', 'https://bit.ly/3xJobOnb', 'https://tinyurl.com/hr-onboard-kit'];
export const scamMessage = (r: Rng) => r.pick(SCAM_MESSAGES).replace('{link}', r.pick(LINKS));

const MULE = [
  'Hiring package handlers: receive parcels at home, repack them and reship to our overseas client. $30 per parcel, paid weekly.',
  'Payment processing assistant: receive transfers to your bank account, keep 10% commission and forward the rest by crypto.',
  'Buscamos personas para recibir paquetes en casa y reenviarlos al extranjero. Pago por paquete.',
  'Wir suchen Paketagenten: Pakete annehmen, umpacken, weiterschicken. Bezahlung pro Paket.',
  'Cerchiamo agenti: ricevere pagamenti sul tuo conto e trasferirli al nostro fornitore, commissione del 10%.',
];
export const muleText = (r: Rng) => r.pick(MULE);

const PHISH = [
  'Hey! Could you review this file for me? {link}',
  'Urgent: I changed my payout details, please send the milestone payment to my new PayPal {mail}',
  'Hi, I lost access to my old email. Can you send me the login code you just received?',
  'Check out this job I think you would like: {link}',
];
export const takeoverMessage = (r: Rng, name: string) => r.pick(PHISH).replace('{link}', r.pick(LINKS)).replace('{mail}', email(r, name));

const MALWARE_LURES = [
  'Here is the project brief, please open it and tell me your estimate.',
  'Attached the invoice for last month, please confirm.',
  'Please run the attached tool to set up the test environment.',
  'Design references attached, open with Adobe.',
];
export const malwareLure = (r: Rng) => r.pick(MALWARE_LURES);

const FALSE_REPORT_COMMENTS = ['This user is a scammer', 'Suspicious, please ban', 'fake account', 'they asked for my contact outside', 'spam'];
export const falseReportComment = (r: Rng) => r.pick(FALSE_REPORT_COMMENTS);

const TRUE_REPORT_COMMENTS: Record<string, string[]> = {
  offplatform_contact: ['Asked me to move to WhatsApp before any contract.', 'Wanted payment outside the site.'],
  spam: ['Same copy-paste proposal on all my jobs.', 'Spam proposal.'],
  scam_fraud: ['Job asks for a deposit before starting.', 'Asked me to deposit a check and send money on.'],
  suspicious_file_or_link: ['Sent a file that my antivirus flagged.', 'Link looks like a fake login page.'],
  fake_identity: ['Account looks hijacked, the messages changed completely.', 'Same person as another account I reported.'],
};
export const trueReportComment = (r: Rng, reason: string) => r.pick(TRUE_REPORT_COMMENTS[reason] ?? ['Please look at this.']);

export const appealText = (r: Rng, honest: boolean) =>
  honest
    ? r.pick([
        'This was after our contract started; the client asked for my number for the kickoff call.',
        'I was travelling for a conference, the logins from abroad were me.',
        'I use a VPN for work every day; nothing changed on my account.',
        'I never asked anyone to leave the platform, I refused when asked.',
      ])
    : r.pick(['I did nothing wrong, please remove this.', 'This is a mistake.', 'My account was fine, lift this now.']);
