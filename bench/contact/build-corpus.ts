// Builds bench/contact/corpus.jsonl: marketplace chat in 10 languages, labelled by the
// rules in LABELLING.md. Sentences are hand-written per language; the generator varies the
// identifiers (names, numbers valid for the language's country, obfuscations) and how the
// sentences are combined, with a fixed seed so the corpus is reproducible.
//   node bin/tsx.mjs bench/contact/build-corpus.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface CorpusLine {
  id: string;
  lang: string;
  text: string;
  labels: string[];
  /** Blind set 3: the obfuscation (or, `neg-*`, look-alike) kind the message tests. */
  kind?: string;
}

let seed = 20240611;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

type Lang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'ru' | 'pl' | 'uk' | 'tr';

const NAMES: Record<Lang, string[]> = {
  en: ['john.miller', 'sarah_k', 'mike.dev', 'emily.r', 'dan.writes', 'alex.ux'],
  es: ['carlos.ruiz', 'lucia.m', 'javier_dev', 'marta.g', 'diego.design'],
  pt: ['lucas.silva', 'ana.souza', 'pedro_dev', 'julia.costa', 'rafa.ux'],
  fr: ['pierre.martin', 'claire.d', 'julien_dev', 'camille.b', 'thomas.web'],
  de: ['lukas.mueller', 'anna.schmidt', 'jonas_dev', 'lena.k', 'felix.design'],
  it: ['marco.rossi', 'giulia.b', 'luca_dev', 'chiara.f', 'andrea.web'],
  ru: ['ivan.petrov', 'olga.s', 'dmitry_dev', 'anna.ivanova', 'sergey.web'],
  pl: ['piotr.nowak', 'kasia.w', 'tomek_dev', 'ola.k', 'marek.design'],
  uk: ['taras.shevchuk', 'oksana.k', 'andriy_dev'],
  tr: ['mehmet.yilmaz', 'ayse.k', 'emre_dev'],
};
const PROVIDERS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me'];
const LOCAL_PROVIDERS: Record<Lang, string[]> = {
  en: ['gmail.com', 'yahoo.co.uk'],
  es: ['gmail.com', 'hotmail.es'],
  pt: ['gmail.com', 'uol.com.br'],
  fr: ['gmail.com', 'orange.fr', 'free.fr'],
  de: ['gmail.com', 'web.de', 'gmx.de'],
  it: ['gmail.com', 'libero.it'],
  ru: ['mail.ru', 'yandex.ru'],
  pl: ['wp.pl', 'onet.pl', 'gmail.com'],
  uk: ['ukr.net', 'gmail.com'],
  tr: ['gmail.com', 'hotmail.com'],
};
const AT_WORD: Record<Lang, [string, string]> = {
  en: ['at', 'dot'],
  es: ['arroba', 'punto'],
  pt: ['arroba', 'ponto'],
  fr: ['chez', 'point'],
  de: ['at', 'punkt'],
  it: ['chiocciola', 'punto'],
  ru: ['собака', 'точка'],
  pl: ['małpa', 'kropka'],
  uk: ['собака', 'крапка'],
  tr: ['at', 'nokta'],
};

function email(lang: Lang): string {
  const name = pick(NAMES[lang]);
  const domain = rand() < 0.5 ? pick(PROVIDERS) : pick(LOCAL_PROVIDERS[lang]);
  const [host, ...rest] = domain.split('.');
  const [at, dot] = AT_WORD[lang];
  switch (Math.floor(rand() * 9)) {
    case 0:
      return `${name} ${at} ${host} ${dot} ${rest.join(` ${dot} `)}`;
    case 1:
      return `${name}(at)${host}(dot)${rest.join('(dot)')}`;
    case 2:
      return `${name} [at] ${host} [dot] ${rest.join(' [dot] ')}`;
    case 3:
      return `${name.replace(/[._]/g, '')}@${domain}`.split('').join(' ');
    case 4:
      return `${name}＠${domain.replace(/\./g, '．')}`;
    case 5:
      return `${name}@${domain.replace('a', 'а').replace('o', 'о')}`; // Cyrillic а, о
    case 6:
      return `${name}\u200B@\u200B${domain}`;
    default:
      return `${name}${rand() < 0.4 ? digits(2) : ''}@${domain}`;
  }
}

const PHONE_PLAN: Record<Lang, { cc: CountryCode; intl: string; nat: string; make: () => string }> = {
  en: { cc: 'US', intl: '+1', nat: '', make: () => `${pick(['415', '646', '312', '206', '512'])}${pick(['2', '3', '4', '5', '6', '7', '8'])}${digits(6)}` },
  es: { cc: 'ES', intl: '+34', nat: '', make: () => `6${digits(8)}` },
  pt: { cc: 'BR', intl: '+55', nat: '0', make: () => `${pick(['11', '21', '31', '41'])}9${pick(['6', '7', '8', '9'])}${digits(7)}` },
  fr: { cc: 'FR', intl: '+33', nat: '0', make: () => `${pick(['6', '7'])}${digits(8)}` },
  de: { cc: 'DE', intl: '+49', nat: '0', make: () => `${pick(['151', '160', '170', '176'])}${digits(8)}` },
  it: { cc: 'IT', intl: '+39', nat: '', make: () => `3${pick(['2', '3', '4', '8'])}${digits(8)}` },
  ru: { cc: 'RU', intl: '+7', nat: '8', make: () => `9${pick(['16', '03', '26', '85'])}${digits(7)}` },
  pl: { cc: 'PL', intl: '+48', nat: '', make: () => `${pick(['5', '6', '7'])}${pick(['0', '1', '3'])}${digits(7)}` },
  uk: { cc: 'UA', intl: '+380', nat: '0', make: () => `${pick(['50', '67', '93', '97'])}${digits(7)}` },
  tr: { cc: 'TR', intl: '+90', nat: '0', make: () => `5${pick(['32', '33', '42', '05'])}${digits(7)}` },
};

const DIGIT_WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  uk: ['нуль', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
};

function phone(lang: Lang): string {
  const plan = PHONE_PLAN[lang];
  let n = plan.make();
  for (let i = 0; i < 20 && !parsePhoneNumberFromString(plan.intl + n)?.isValid(); i++) n = plan.make();
  const parsed = parsePhoneNumberFromString(plan.intl + n);
  const intl = parsed ? parsed.formatInternational() : plan.intl + n;
  const national = parsed ? parsed.formatNational() : plan.nat + n;
  switch (Math.floor(rand() * 10)) {
    case 0:
      return (plan.nat + n)
        .split('')
        .map((d) => DIGIT_WORDS[lang][Number(d)])
        .join(' ');
    case 1:
      return intl.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);
    case 2:
      return intl.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 3:
      return intl.replace(/0/g, 'O').replace(/1/g, 'l');
    case 4:
      return (plan.intl + n).split('').join(' ');
    case 5:
      return intl.replace(/ /g, '.');
    case 6:
      return `${(plan.nat + n)
        .slice(0, 3)
        .split('')
        .map((d) => `${d}\uFE0F\u20E3`)
        .join('')}${(plan.nat + n).slice(3)}`;
    case 7:
    case 8:
      return national;
    default:
      return intl;
  }
}

const BTC = ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'];
const TRX = ['TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'];
const ETH = ['0x742d35Cc6634C0532925a3b844Bc454e4438f44e', '0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe'];
const IBANS = [
  'DE89 3704 0044 0532 0130 00',
  'GB82 WEST 1234 5698 7654 32',
  'FR14 2004 1010 0505 0001 3M02 606',
  'ES91 2100 0418 4502 0005 1332',
  'IT60 X054 2811 1010 0000 0123 456',
  'PL61 1090 1014 0000 0712 1981 2874',
];

const handle = (lang: Lang) => pick(NAMES[lang]).replace('.', '_');

/**
 * Identifier generators with the family they belong to, and the families sending one implies
 * (LABELLING.md: a meeting or booking link is a call proposed on an outside tool, so also
 * `offplatform.interview_outside`).
 */
const IDS: Record<string, { family: string; also?: string[]; make: (lang: Lang) => string }> = {
  email: { family: 'contact.email', make: email },
  phone: { family: 'contact.phone', make: phone },
  tg: { family: 'contact.handle', make: (l) => pick([`t.me/${handle(l)}`, `https://t.me/${handle(l)}`]) },
  tgat: { family: 'contact.handle', make: (l) => `@${handle(l)}` },
  skype: { family: 'contact.handle', make: (l) => pick([`live:.cid.${digits(4)}ab${digits(6)}`, `live:${handle(l)}${digits(2)}`]) },
  wa: { family: 'contact.handle', make: (l) => `wa.me/${PHONE_PLAN[l].intl.slice(1)}${PHONE_PLAN[l].make()}` },
  discord: { family: 'contact.handle', make: () => `discord.gg/${pick(['Xk3p9Qa', 'devhub42', 'aB7cD9e'])}` },
  zoom: {
    family: 'contact.handle',
    also: ['offplatform.interview_outside'],
    make: () => `https://us05web.zoom.us/j/${digits(11)}?pwd=${pick(['aGk3', 'Zx9q', 'Pp2w'])}Qm`,
  },
  meet: {
    family: 'contact.handle',
    also: ['offplatform.interview_outside'],
    make: () => `meet.google.com/${pick(['abc-defg-hij', 'xyz-wvut-srq', 'kpm-tqrz-nfa'])}`,
  },
  calendly: { family: 'contact.handle', also: ['offplatform.interview_outside'], make: (l) => `calendly.com/${handle(l).replace('_', '-')}/30min` },
  teams: {
    family: 'contact.handle',
    also: ['offplatform.interview_outside'],
    make: () => `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${digits(6)}`,
  },
  slack: { family: 'contact.handle', make: () => `https://join.slack.com/t/${pick(['devcrew', 'growthlab'])}/shared_invite/zt-${digits(5)}` },
  linkedin: { family: 'contact.link', make: (l) => `https://www.linkedin.com/in/${handle(l).replace('_', '-')}-${digits(3)}` },
  insta: { family: 'contact.link', make: (l) => pick([`instagram.com/${handle(l)}`, `https://www.instagram.com/${handle(l)}/`]) },
  xcom: { family: 'contact.link', make: (l) => `x.com/${handle(l).slice(0, 12)}` },
  fb: { family: 'contact.link', make: (l) => `facebook.com/${handle(l).replace('_', '.')}` },
  paypalme: { family: 'contact.payment_handle', make: (l) => `paypal.me/${handle(l).replace('_', '')}` },
  revolut: { family: 'contact.payment_handle', make: (l) => `revolut.me/${handle(l).replace('_', '')}` },
  btc: { family: 'contact.payment_handle', make: () => pick(BTC) },
  trx: { family: 'contact.payment_handle', make: () => pick(TRX) },
  eth: { family: 'contact.payment_handle', make: () => pick(ETH) },
  iban: { family: 'contact.payment_handle', make: () => pick(IBANS) },
};

// Contact-sharing sentences: {ID} is replaced; families are the identifier's plus extras.
type Share = [template: string, id: keyof typeof IDS, extra?: string[]];
const SHARE: Record<Lang, Share[]> = {
  en: [
    ['My email is {ID}', 'email'],
    ['you can reach me at {ID}', 'email'],
    ['Here is my personal mail: {ID}', 'email'],
    ['My number: {ID}', 'phone'],
    ['Call me at {ID} after 5pm', 'phone', ['offplatform.solicitation']],
    ['my cell is {ID}, text anytime', 'phone', ['offplatform.solicitation']],
    ['WhatsApp me: {ID}', 'phone', ['offplatform.solicitation']],
    ['Quicker if you ping me here {ID}', 'tg'],
    ['my telegram is {ID}', 'tgat'],
    ['Skype ID: {ID}', 'skype'],
    ['just click {ID} and we chat', 'wa'],
    ['join our server {ID}', 'discord'],
    ['Interview link: {ID}', 'zoom'],
    ['Here is the meeting link {ID}', 'meet'],
    ['Book a slot: {ID}', 'calendly'],
    ['Meeting link for tomorrow {ID}', 'teams'],
    ['Join our Slack {ID}', 'slack'],
    ['My profile: {ID}', 'linkedin'],
    ['check my work on {ID}', 'insta'],
    ['follow me {ID}', 'xcom'],
    ['my facebook {ID}', 'fb'],
    ['send the deposit to {ID}', 'paypalme', ['offplatform.payment_outside']],
    ['Tip me at {ID}', 'revolut'],
    ['BTC address: {ID}', 'btc'],
    ['USDT TRC20: {ID}', 'trx'],
    ['Bank details IBAN {ID}', 'iban'],
  ],
  es: [
    ['Mi correo es {ID}', 'email'],
    ['escríbeme a {ID}', 'email'],
    ['mi número {ID}', 'phone'],
    ['Mi celular: {ID}', 'phone'],
    ['mi telegram {ID}', 'tgat'],
    ['te dejo mi enlace {ID}', 'wa'],
    ['enlace de la reunión: {ID}', 'zoom'],
    ['mi perfil {ID}', 'linkedin'],
    ['mi insta {ID}', 'insta'],
    ['puedes pagarme en {ID}', 'paypalme', ['offplatform.payment_outside']],
    ['mi IBAN: {ID}', 'iban'],
    ['agenda aquí: {ID}', 'calendly'],
  ],
  pt: [
    ['Meu email: {ID}', 'email'],
    ['manda pra {ID}', 'email'],
    ['meu número é {ID}', 'phone'],
    ['Meu whats {ID}', 'phone'],
    ['me acha no telegram {ID}', 'tgat'],
    ['clica aqui {ID}', 'wa'],
    ['link da call {ID}', 'meet'],
    ['meu linkedin {ID}', 'linkedin'],
    ['meu insta {ID}', 'insta'],
    ['paga no {ID}', 'paypalme', ['offplatform.payment_outside']],
    ['carteira USDT: {ID}', 'trx'],
    ['meu skype {ID}', 'skype'],
  ],
  fr: [
    ['Mon mail : {ID}', 'email'],
    ['écrivez-moi à {ID}', 'email'],
    ['mon numéro {ID}', 'phone'],
    ['Mon portable : {ID}', 'phone'],
    ['mon telegram {ID}', 'tgat'],
    ['lien de la visio : {ID}', 'zoom'],
    ['mon profil {ID}', 'linkedin'],
    ['réservez un créneau {ID}', 'calendly'],
    ['mon insta {ID}', 'insta'],
    ['mon IBAN : {ID}', 'iban'],
    ['mon skype : {ID}', 'skype'],
    ['rejoins {ID}', 'discord'],
  ],
  de: [
    ['Meine E-Mail: {ID}', 'email'],
    ['schreib mir an {ID}', 'email'],
    ['meine Nummer {ID}', 'phone'],
    ['Handy: {ID}', 'phone'],
    ['mein Telegram {ID}', 'tgat'],
    ['Link zum Meeting: {ID}', 'teams'],
    ['mein Profil {ID}', 'linkedin'],
    ['Termin buchen: {ID}', 'calendly'],
    ['IBAN für die Anzahlung: {ID}', 'iban'],
    ['mein Skype: {ID}', 'skype'],
    ['hier der Link {ID}', 'wa'],
    ['Trinkgeld gern an {ID}', 'paypalme'],
  ],
  it: [
    ['La mia email è {ID}', 'email'],
    ['scrivimi a {ID}', 'email'],
    ['il mio numero {ID}', 'phone'],
    ['Cellulare: {ID}', 'phone'],
    ['il mio telegram {ID}', 'tgat'],
    ['link della call {ID}', 'meet'],
    ['il mio profilo {ID}', 'linkedin'],
    ['il mio instagram {ID}', 'insta'],
    ['IBAN: {ID}', 'iban'],
    ['prenota qui {ID}', 'calendly'],
    ['skype: {ID}', 'skype'],
    ['clicca {ID}', 'wa'],
  ],
  ru: [
    ['Моя почта {ID}', 'email'],
    ['пишите на {ID}', 'email'],
    ['мой номер {ID}', 'phone'],
    ['Телефон: {ID}', 'phone'],
    ['мой телеграм {ID}', 'tgat'],
    ['вот ссылка {ID}', 'tg'],
    ['ссылка на созвон {ID}', 'zoom'],
    ['мой профиль {ID}', 'linkedin'],
    ['кошелек USDT {ID}', 'trx'],
    ['скайп: {ID}', 'skype'],
    ['мой инстаграм {ID}', 'insta'],
    ['BTC: {ID}', 'btc'],
  ],
  pl: [
    ['Mój mail: {ID}', 'email'],
    ['napisz na {ID}', 'email'],
    ['mój numer {ID}', 'phone'],
    ['Telefon: {ID}', 'phone'],
    ['mój telegram {ID}', 'tgat'],
    ['link do spotkania {ID}', 'meet'],
    ['mój profil {ID}', 'linkedin'],
    ['numer konta {ID}', 'iban'],
    ['skype: {ID}', 'skype'],
    ['umów się tutaj {ID}', 'calendly'],
    ['klik {ID}', 'wa'],
    ['mój insta {ID}', 'insta'],
  ],
  uk: [
    ['Моя пошта {ID}', 'email'],
    ['мій номер {ID}', 'phone'],
    ['мій телеграм {ID}', 'tgat'],
    ['посилання {ID}', 'tg'],
    ['мій профіль {ID}', 'linkedin'],
  ],
  tr: [
    ['Mail adresim {ID}', 'email'],
    ['numaram {ID}', 'phone'],
    ['telegram: {ID}', 'tgat'],
    ['toplantı linki {ID}', 'zoom'],
    ['profilim {ID}', 'linkedin'],
  ],
};

// Intent without an identifier.
const INTENT: Record<Lang, [string, string[]][]> = {
  en: [
    ["What's your WhatsApp? Easier to send voice notes there", ['offplatform.solicitation']],
    ['Can you send me your phone number so my PM can call you?', ['offplatform.solicitation']],
    ["Let's take this off the platform, messages here are slow", ['offplatform.solicitation']],
    ['do you have telegram? we coordinate everything there', ['offplatform.solicitation']],
    ['Add me on skype so we can discuss details', ['offplatform.solicitation']],
    ['Can we continue this conversation on email?', ['offplatform.solicitation']],
    ['Drop me an email and I will forward the brief', ['offplatform.solicitation']],
    ['could I get your email to send the NDA?', ['offplatform.solicitation']],
    ['Pay me directly to skip the fee, I will give you a discount', ['offplatform.payment_outside']],
    ['I can pay via PayPal outside, it is faster for us', ['offplatform.payment_outside']],
    ["Let's avoid Upwork fees, I'll send the money by Wise", ['offplatform.payment_outside']],
    ['If you want we can work directly and save the 10% commission', ['offplatform.payment_outside']],
    ['Send me your PayPal and I will pay the first milestone today', ['offplatform.payment_outside']],
    ["I'd rather pay in USDT instead of escrow", ['offplatform.payment_outside']],
    ["Let's do the interview on Zoom tomorrow at 3pm", ['offplatform.interview_outside']],
    ['Can we have a quick call on Google Meet to go over the scope?', ['offplatform.interview_outside']],
    ['I will send you a Zoom link for the interview', ['offplatform.interview_outside']],
    ["Our HR prefers a phone interview, let's hop on a Teams call", ['offplatform.interview_outside']],
    ['Interview over Telegram video works best for our CTO', ['offplatform.interview_outside']],
    ['We do all screening calls via Skype, please confirm', ['offplatform.interview_outside']],
    ['whats ur whatsapp bro', ['offplatform.solicitation']],
    ['Text me when you are free and we talk on WhatsApp', ['offplatform.solicitation']],
    ["Let's move the chat to Discord, my team is there", ['offplatform.solicitation']],
    ['Close this contract and I will pay you directly next time', ['offplatform.payment_outside']],
  ],
  es: [
    ['¿Me pasas tu número de WhatsApp?', ['offplatform.solicitation']],
    ['Hablemos por Telegram, es más rápido', ['offplatform.solicitation']],
    ['¿Cuál es tu correo? Te mando el contrato', ['offplatform.solicitation']],
    ['Te pago por fuera para evitar la comisión', ['offplatform.payment_outside']],
    ['Puedo pagarte por PayPal directamente', ['offplatform.payment_outside']],
    ['Hagamos la entrevista por Zoom mañana', ['offplatform.interview_outside']],
    ['¿Tienes Skype? Así lo vemos con el equipo', ['offplatform.solicitation']],
    ['Una llamada por Google Meet y lo cerramos', ['offplatform.interview_outside']],
    ['Sigamos la conversación por WhatsApp', ['offplatform.solicitation']],
    ['Para ahorrarnos la comisión te hago transferencia bancaria', ['offplatform.payment_outside']],
  ],
  pt: [
    ['Me passa seu WhatsApp que eu te explico melhor', ['offplatform.solicitation']],
    ['Vamos falar pelo Telegram?', ['offplatform.solicitation']],
    ['Qual é o seu email? Te mando os arquivos', ['offplatform.solicitation']],
    ['Posso te pagar por fora via Pix', ['offplatform.payment_outside']],
    ['Pago direto pra evitar a taxa da plataforma', ['offplatform.payment_outside']],
    ['Entrevista pelo Google Meet amanhã às 10h?', ['offplatform.interview_outside']],
    ['Me chama no zap', ['offplatform.solicitation']],
    ['Podemos fazer uma chamada no Zoom hoje?', ['offplatform.interview_outside']],
    ['Você tem Skype? Fica mais fácil', ['offplatform.solicitation']],
    ['Te pago no PayPal e fechamos fora da plataforma', ['offplatform.payment_outside']],
  ],
  fr: [
    ['Donne-moi ton numéro, je t’appelle ce soir', ['offplatform.solicitation']],
    ['Pouvez-vous me donner votre adresse mail ?', ['offplatform.solicitation']],
    ['On continue sur WhatsApp ?', ['offplatform.solicitation']],
    ['Je peux vous payer directement par virement', ['offplatform.payment_outside']],
    ['Pour éviter les frais, paiement par PayPal', ['offplatform.payment_outside']],
    ['Entretien sur Zoom demain à 14h ?', ['offplatform.interview_outside']],
    ['As-tu Telegram ?', ['offplatform.solicitation']],
    ['Un appel sur Teams pour en discuter ?', ['offplatform.interview_outside']],
    ['Écrivez-moi sur Skype', ['offplatform.solicitation']],
    ['On peut contourner les frais si je te paie en direct', ['offplatform.payment_outside']],
  ],
  de: [
    ['Schick mir deine Telefonnummer, dann rufe ich an', ['offplatform.solicitation']],
    ['Lass uns über WhatsApp weiterreden', ['offplatform.solicitation']],
    ['Wie ist deine E-Mail-Adresse?', ['offplatform.solicitation']],
    ['Ich zahle dir direkt per PayPal, dann sparen wir die Gebühren', ['offplatform.payment_outside']],
    ['Bezahlung gern per Überweisung außerhalb der Plattform', ['offplatform.payment_outside']],
    ['Das Interview machen wir per Zoom', ['offplatform.interview_outside']],
    ['Hast du Telegram?', ['offplatform.solicitation']],
    ['Kurzes Gespräch über Teams morgen?', ['offplatform.interview_outside']],
    ['Kannst du mir deine Skype-ID geben?', ['offplatform.solicitation']],
    ['Die Provision können wir umgehen', ['offplatform.payment_outside']],
  ],
  it: [
    ['Dammi il tuo numero di telefono', ['offplatform.solicitation']],
    ['Parliamo su WhatsApp, è più comodo', ['offplatform.solicitation']],
    ['Qual è la tua email?', ['offplatform.solicitation']],
    ['Ti pago direttamente con bonifico', ['offplatform.payment_outside']],
    ['Così evitiamo le commissioni, pagamento tramite PayPal', ['offplatform.payment_outside']],
    ['Facciamo il colloquio su Zoom', ['offplatform.interview_outside']],
    ['Hai Telegram?', ['offplatform.solicitation']],
    ['Una chiamata su Google Meet domani?', ['offplatform.interview_outside']],
    ['Scrivimi su Skype', ['offplatform.solicitation']],
    ['Possiamo continuare su Telegram?', ['offplatform.solicitation']],
  ],
  ru: [
    ['Скиньте свой телеграм, там быстрее', ['offplatform.solicitation']],
    ['Давайте перейдем в вотсап', ['offplatform.solicitation']],
    ['Дайте ваш номер телефона', ['offplatform.solicitation']],
    ['Оплату переведу напрямую на карту', ['offplatform.payment_outside']],
    ['Могу заплатить через PayPal, без комиссии', ['offplatform.payment_outside']],
    ['Собеседование по зуму завтра в 11?', ['offplatform.interview_outside']],
    ['У вас есть телеграм?', ['offplatform.solicitation']],
    ['Созвон в Google Meet устроит?', ['offplatform.interview_outside']],
    ['Напишите мне в телеграм', ['offplatform.solicitation']],
    ['Давайте общаться вне платформы', ['offplatform.solicitation']],
  ],
  pl: [
    ['Podaj mi swój numer telefonu', ['offplatform.solicitation']],
    ['Przejdźmy na WhatsApp', ['offplatform.solicitation']],
    ['Jaki jest twój mail?', ['offplatform.solicitation']],
    ['Zapłacę bezpośrednio przelewem', ['offplatform.payment_outside']],
    ['Płatność przez PayPal, żeby uniknąć prowizji', ['offplatform.payment_outside']],
    ['Rozmowa na Zoomie jutro?', ['offplatform.interview_outside']],
    ['Napisz do mnie na Telegramie', ['offplatform.solicitation']],
    ['Spotkanie przez Google Meet o 10?', ['offplatform.interview_outside']],
  ],
  uk: [
    ['Напишіть мені в телеграм', ['offplatform.solicitation']],
    ['Оплату переведу напряму на карту', ['offplatform.payment_outside']],
    ['Співбесіда в зумі завтра?', ['offplatform.interview_outside']],
    ['Дайте ваш номер телефону', ['offplatform.solicitation']],
  ],
  tr: [
    ['WhatsApp numaranı verir misin?', ['offplatform.solicitation']],
    ['Zoom üzerinden görüşelim', ['offplatform.interview_outside']],
    ['Komisyon olmadan ödeme yapalım, direkt havale ile', ['offplatform.payment_outside']],
    ['Telegram’dan konuşalım', ['offplatform.solicitation']],
  ],
};

// Ordinary work chat used around contact sentences and as plain negatives.
const WORK: Record<Lang, string[]> = {
  en: [
    'Thanks for the invite, I read the brief twice.',
    'I can deliver the first draft by Friday, June 14.',
    'Budget is $1,500 fixed, 3 milestones of $500.',
    'The API returns 429 after 100 requests per minute, we need retries.',
    'I have 6 years with React 18 and Node 20.',
    'Please check PR #482 when you have time.',
    'The staging server is at 10.0.0.12, port 8080.',
    'Could you share the Figma file for the checkout flow?',
    'I updated the invoice to 2,450 USD including the extra revisions.',
    'The bug happens on iOS 17.4.1 only.',
    'Our order 2024-118734 still shows pending in Shopify.',
    'Happy to start Monday at 9:00 CET.',
    'The CSV has 12,500 rows and 34 columns.',
    'Version 3.2.1 broke the export, rolling back to 3.1.9 fixed it.',
    'Tracking number 1Z999AA10123456784 shows delivered.',
    'I attached the wireframes, see page 4.',
    'We need 20 product descriptions of 150 words each.',
    'Milestone 2 submitted, let me know if anything needs changing.',
    'Coordinates for the map pin: 40.712776, -74.005974.',
    'ISBN 978-3-16-148410-0 is the print edition.',
  ],
  es: [
    'Gracias por la invitación, ya revisé el brief.',
    'Puedo entregar el primer borrador el viernes 14 de junio.',
    'El presupuesto es de 1.200 € en 3 hitos.',
    'La versión 2.4.1 tiene un error en el formulario.',
    'El pedido 2024-55871 sigue pendiente.',
    'Tengo 5 años de experiencia con Laravel.',
    'Empiezo el lunes a las 9:00.',
    'Te adjunto los mockups, revisa la página 3.',
    'Son 40 artículos de 800 palabras.',
    'La factura FAC-2024-0193 ya está enviada.',
  ],
  pt: [
    'Obrigado pelo convite, li o briefing.',
    'Consigo entregar o primeiro rascunho na sexta, 14/06.',
    'O orçamento é R$ 3.500 em 2 etapas.',
    'A versão 1.8.2 corrigiu o bug do login.',
    'O pedido 78451236 ainda não foi enviado.',
    'Tenho 7 anos de experiência com Flutter.',
    'Posso começar segunda às 9h.',
    'Segue o layout em anexo, página 2.',
    'São 25 vídeos curtos de 30 segundos.',
    'Nota fiscal 2024/000873 emitida.',
  ],
  fr: [
    'Merci pour l’invitation, j’ai lu le cahier des charges.',
    'Je peux livrer la maquette vendredi 14 juin.',
    'Le budget est de 2 000 € en 4 jalons.',
    'La version 5.0.3 corrige le problème d’export.',
    'La commande 2024-77812 est toujours en attente.',
    'J’ai 8 ans d’expérience en WordPress.',
    'Je commence lundi à 9h00.',
    'Voici les maquettes, voir page 5.',
    'Il faut traduire 12 000 mots.',
    'Facture n° 2024-0458 envoyée.',
  ],
  de: [
    'Danke für die Einladung, ich habe die Beschreibung gelesen.',
    'Den ersten Entwurf liefere ich bis Freitag, 14.06.',
    'Das Budget liegt bei 1.800 € in 3 Meilensteinen.',
    'Version 4.2.0 hat den Fehler behoben.',
    'Bestellung 2024-99812 ist noch offen.',
    'Ich habe 10 Jahre Erfahrung mit SAP.',
    'Ich kann Montag um 9:00 Uhr starten.',
    'Die Entwürfe sind im Anhang, Seite 6.',
    'Es geht um 30 Produkttexte mit je 200 Wörtern.',
    'Rechnung Nr. 2024-1177 ist raus.',
  ],
  it: [
    'Grazie per l’invito, ho letto il brief.',
    'Posso consegnare la prima bozza venerdì 14 giugno.',
    'Il budget è di 900 € in 2 milestone.',
    'La versione 3.3.7 ha risolto il bug.',
    'L’ordine 2024-44120 è ancora in lavorazione.',
    'Ho 6 anni di esperienza con Magento.',
    'Posso iniziare lunedì alle 9:00.',
    'In allegato i mockup, pagina 2.',
    'Servono 15 articoli da 1.000 parole.',
    'Fattura n. 2024/312 inviata.',
  ],
  ru: [
    'Спасибо за приглашение, я изучил ТЗ.',
    'Первый вариант пришлю в пятницу, 14.06.',
    'Бюджет 120 000 руб., 3 этапа.',
    'Версия 2.7.4 исправила ошибку.',
    'Заказ №2024-58811 ещё в обработке.',
    'У меня 9 лет опыта с Python.',
    'Могу начать в понедельник в 9:00.',
    'Макеты во вложении, страница 3.',
    'Нужно 50 карточек товаров по 300 символов.',
    'Счёт № 2024-0091 выставлен.',
  ],
  pl: [
    'Dzięki za zaproszenie, przeczytałem brief.',
    'Pierwszą wersję wyślę w piątek 14.06.',
    'Budżet to 4 000 zł w 2 etapach.',
    'Wersja 1.12.0 naprawiła błąd.',
    'Zamówienie 2024-33190 czeka na wysyłkę.',
    'Mam 5 lat doświadczenia z Angular.',
    'Mogę zacząć w poniedziałek o 9:00.',
    'Makiety w załączniku, strona 4.',
    'Potrzeba 20 opisów po 250 słów.',
    'Faktura nr 2024/07/118 wysłana.',
  ],
  uk: ['Дякую за запрошення, я прочитав ТЗ.', 'Перший варіант надішлю в п’ятницю.', 'Бюджет 15 000 грн.', 'Версія 3.1.2 виправила помилку.'],
  tr: ['Davet için teşekkürler, brief’i okudum.', 'İlk taslağı cuma günü teslim ederim.', 'Bütçe 25.000 TL, 3 aşama.', 'Sürüm 2.0.1 hatayı düzeltti.'],
};

// Hard negatives: contact-looking text that breaks no rule.
const HARD: Record<Lang, string[]> = {
  en: [
    'I need a Telegram bot that posts new orders to a channel.',
    'Looking for WhatsApp Business API integration with our CRM.',
    'We use the Zoom SDK for in-app calls, need help upgrading.',
    "Sorry, I can't share my phone number before a contract starts.",
    "Let's use the Upwork video call for the interview.",
    'We can talk over an Upwork Zoom call if you prefer voice.',
    'Use test@example.com as the login for the staging app.',
    'The contact form should send to admin@example.org during testing.',
    'Order #88213945 was refunded on 2024-03-02.',
    'Build a Discord bot that assigns roles.',
    'Need a Slack app that posts Jira updates.',
    'Can you integrate PayPal checkout and Stripe on the store?',
    'The client asked me to move to WhatsApp, is that allowed here?',
    'Upwork does not allow sharing contact details before a contract, so let us keep chatting here.',
    'I manage Instagram and Facebook ads for three fashion brands.',
    'Our LinkedIn outreach campaign needs 200 personalised messages.',
    'Calendly integration with HubSpot is part of the scope.',
    'Please write the email template for our newsletter.',
    'Your phone number field should validate E.164 format like +1XXXXXXXXXX.',
    'git clone git@github.com:acme/webapp.git then run npm install.',
    'Call the function getUser(42) and check the response time: 1234567 ns.',
    'Invoice 2024-000123 total 1,250.00 EUR.',
    'The meeting is at 14:30 on 12/06/2024 here on the platform.',
    "I won't take payments outside the platform, escrow protects us both.",
    'Add the Google Meet API to our scheduling tool.',
    'We are building a Zoom clone with WebRTC.',
    'Send me the logs via the Upwork message room.',
    'Let me know your availability for a call here on Upwork.',
    'The ticket ID 4829301847 is in the Jira backlog.',
    'Use `curl -H "X-User: dev@company.com" https://api.example.com/v1` to test.',
    'Email marketing copy for a SaaS launch, 5 emails.',
    'Population 1 450 000 and growth 2.3% per year.',
    'Refactor the phone number parsing module, tests in phone_test.py.',
    'The WhatsApp chatbot must answer FAQ in Spanish.',
    'Check our Telegram channel analytics and report growth.',
    'I cannot pay outside Upwork, please send the offer here.',
    'Is it allowed to share my email after the contract starts?',
    'Wire transfer support must be added to the billing API.',
    'icon@2x.png and icon@3x.png are in the assets folder.',
    'SKU 5012345678900 is out of stock.',
    'Latitude 51.507351, longitude -0.127758.',
    'The Twitter API v2 rate limit is 300 requests per 15 minutes.',
    'Audit the token contract deployed at 0x742d35Cc6634C0532925a3b844Bc454e4438f44e on Sepolia.',
    'Schedule the interview in the Upwork messages, I am free after 3pm.',
    'Our PayPal IPN endpoint returns 500.',
  ],
  es: [
    'Necesito un bot de Telegram para mi tienda.',
    'Integración de la API de WhatsApp Business con el CRM.',
    'Lo siento, no puedo compartir mi teléfono antes del contrato.',
    'Usemos la videollamada de Upwork para la entrevista.',
    'El pedido 2024-77120 se envió el 3/04/2024.',
    'Usa prueba@example.com para las pruebas.',
    'Gestiono campañas de Instagram para marcas.',
    'No está permitido pagar fuera de la plataforma.',
    'La factura 2024-0012 suma 1.250,00 €.',
    'Necesito integrar PayPal en la tienda online.',
  ],
  pt: [
    'Preciso de um bot de Telegram para vendas.',
    'Integração da API do WhatsApp Business com o site.',
    'Desculpe, não posso passar meu telefone antes do contrato.',
    'Vamos usar a chamada de vídeo do Upwork.',
    'Pedido 99817263 entregue em 12/05/2024.',
    'Use teste@example.com no ambiente de testes.',
    'Faço gestão de Instagram para lojas.',
    'Não é permitido pagar fora da plataforma.',
    'CNPJ 12.345.678/0001-95 no rodapé da nota.',
    'Integrar o Pix no checkout da loja.',
  ],
  fr: [
    'Je cherche un développeur pour un bot Telegram.',
    'Intégration de l’API WhatsApp Business à notre CRM.',
    'Désolé, je ne peux pas partager mon numéro avant le contrat.',
    'Utilisons l’appel vidéo d’Upwork pour l’entretien.',
    'Commande 2024-55120 livrée le 03/04/2024.',
    'Utilisez test@example.com pour la recette.',
    'Je gère des campagnes Facebook Ads.',
    'Il est interdit de payer en dehors de la plateforme.',
    'SIRET 732 829 320 00074 sur la facture.',
    'Intégrer PayPal et Stripe au site.',
  ],
  de: [
    'Wir suchen jemanden für einen Telegram-Bot.',
    'Integration der WhatsApp Business API in unser CRM.',
    'Leider darf ich meine Nummer vor Vertragsbeginn nicht teilen.',
    'Lass uns den Videoanruf von Upwork nutzen.',
    'Bestellung 2024-66120 wurde am 03.04.2024 geliefert.',
    'Nutze test@example.com zum Testen.',
    'Ich betreue LinkedIn-Kampagnen für B2B-Kunden.',
    'Zahlungen außerhalb der Plattform sind nicht erlaubt.',
    'USt-IdNr. DE123456789 auf der Rechnung.',
    'PayPal-Integration im Shop einbauen.',
  ],
  it: [
    'Cerco uno sviluppatore per un bot Telegram.',
    'Integrazione API WhatsApp Business con il gestionale.',
    'Mi dispiace, non posso condividere il numero prima del contratto.',
    'Usiamo la videochiamata di Upwork per il colloquio.',
    'Ordine 2024-88120 consegnato il 03/04/2024.',
    'Usa prova@example.com per i test.',
    'Gestisco campagne Instagram per ristoranti.',
    'Non è consentito pagare fuori dalla piattaforma.',
    'Partita IVA 01234567890 in fattura.',
    'Integrare PayPal nel checkout.',
  ],
  ru: [
    'Нужен телеграм-бот для интернет-магазина.',
    'Интеграция WhatsApp Business API с CRM.',
    'Извините, не могу дать номер телефона до начала контракта.',
    'Давайте созвонимся через видеозвонок Upwork.',
    'Заказ 2024-11290 доставлен 03.04.2024.',
    'Используйте test@example.com для тестов.',
    'Веду рекламу в Instagram для брендов.',
    'Оплата вне платформы запрещена.',
    'ИНН 7707083893 в реквизитах счёта.',
    'Подключить оплату PayPal на сайте.',
  ],
  pl: [
    'Szukam kogoś do bota na Telegramie.',
    'Integracja WhatsApp Business API z CRM.',
    'Przepraszam, nie mogę podać numeru przed umową.',
    'Użyjmy rozmowy wideo na Upwork.',
    'Zamówienie 2024-22190 dostarczone 03.04.2024.',
    'Użyj test@example.com do testów.',
    'Prowadzę kampanie na Facebooku dla sklepów.',
    'Płatności poza platformą są zabronione.',
    'NIP 123-456-32-18 na fakturze.',
    'Integracja PayPal w sklepie.',
  ],
  uk: ['Потрібен телеграм-бот для магазину.', 'Вибачте, не можу дати номер до контракту.', 'Замовлення 2024-11290 доставлено.'],
  tr: ['Mağaza için Telegram botu lazım.', 'Üzgünüm, sözleşmeden önce numaramı paylaşamam.', 'Sipariş 2024-11290 teslim edildi.'],
};

export function buildCorpus(): CorpusLine[] {
  seed = 20240611;
  const out: CorpusLine[] = [];
  const langs = Object.keys(WORK) as Lang[];
  let n = 0;
  const add = (lang: Lang, text: string, labels: string[]) =>
    out.push({ id: `c${String(++n).padStart(4, '0')}`, lang, text, labels: [...new Set(labels)].sort() });
  for (const lang of langs) {
    const work = WORK[lang];
    const big = lang === 'en' ? 3 : lang === 'uk' || lang === 'tr' ? 1 : 2;
    // Contact shared inside ordinary chat.
    for (let r = 0; r < big; r++) {
      for (const [template, id, extra] of SHARE[lang]) {
        const value = IDS[id].make(lang);
        const sentence = template.replace('{ID}', value);
        const before = rand() < 0.6 ? `${pick(work)} ` : '';
        const afterText = rand() < 0.4 ? ` ${pick(work)}` : '';
        const labels = [IDS[id].family, ...(IDS[id].also ?? []), ...(extra ?? [])];
        // "PayPal/paypal.me" style accounts for a first payment are also a payment outside.
        add(lang, `${before}${sentence}${afterText}`, labels);
      }
    }
    // Intent without an identifier.
    for (let r = 0; r < Math.max(1, big - 1); r++) {
      for (const [sentence, labels] of INTENT[lang]) {
        const before = rand() < 0.5 ? `${pick(work)} ` : '';
        add(lang, `${before}${sentence}`, labels);
      }
    }
    // Negatives: hard ones alone and mixed with chat, plus ordinary chat.
    for (const sentence of HARD[lang]) {
      add(lang, sentence, []);
      if (rand() < 0.8) add(lang, `${pick(work)} ${sentence}`, []);
    }
    for (let r = 0; r < work.length * big; r++) {
      const k = 1 + Math.floor(rand() * 3);
      add(lang, Array.from({ length: k }, () => pick(work)).join(' '), []);
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = buildCorpus();
  const file = join(dirname(fileURLToPath(import.meta.url)), 'corpus.jsonl');
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const neg = lines.filter((l) => l.labels.length === 0).length;
  const langs = new Set(lines.map((l) => l.lang)).size;
  console.log(`${lines.length} messages, ${neg} negative, ${langs} languages -> ${file}`);
}
