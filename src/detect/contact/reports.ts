// A report of someone else's ask: "a client asked me to move to Telegram, I refused and reported
// it", "有个客户让我私下转账，我已经举报了". The ask's words are there, but the writer turned it
// down or reported it: nothing is proposed. Told by the refusal or the report as done, or the
// question whether to report it, per language (past and first person, so a proposal that merely
// mentions a rule is not one); and only when the message shares no identifier of its own.
import { normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import type { ScanContext } from './context.ts';

/** "I refused / said no / reported it / should I flag it", per language. Folded like the text. */
const REPORTED = [
  'i said no',
  'i refused',
  'i declined',
  'i turned it down',
  'i turned him down',
  'i turned her down',
  'i reported',
  'reported it',
  'reported him',
  'reported her',
  'should i flag',
  'should i report',
  'flagged it',
  'recusei',
  'eu recusei',
  'neguei',
  'denunciei',
  'da pra denunciar',
  'posso denunciar',
  'rechace',
  'le dije que no',
  'lo denuncie',
  'la denuncie',
  'puedo denunciar',
  "j'ai refuse",
  "je l'ai signale",
  'je dois signaler',
  'abgelehnt',
  'habe abgesagt',
  'gemeldet',
  'ho rifiutato',
  'ho detto di no',
  "l'ho segnalato",
  'ho segnalato',
  'я отказал',
  'я отказался',
  'я отказалась',
  'отказался',
  'отказалась',
  'пожаловал*',
  'я відмовив',
  'відмовився',
  'відмовилася',
  'я відмовила',
  'поскаржи*',
  'odmowil*',
  'zglosil*',
  'reddettim',
  'sikayet ettim',
  'bildirdim',
  'aku tolak',
  'saya tolak',
  'saya menolak',
  'aku menolak',
  'udah aku laporkan',
  'sudah saya laporkan',
  'aku laporkan',
  'saya laporkan',
  'toi da tu choi',
  'minh da tu choi',
  'da bao cao',
  'tinanggihan ko',
  'ni-report ko',
  'nilikataa',
  'nimeripoti',
  'رفضت',
  'أبلغت',
  'ابلغت',
  'رد کردم',
  'گزارش دادم',
  'میں نے انکار',
  'رپورٹ کر دیا',
  'मैंने मना कर दिया',
  'रिपोर्ट कर दिया',
  'না করে দিয়েছি',
  'রিপোর্ট করেছি',
  'סירבתי',
  'דיווחתי',
  'αρνήθηκα',
  'το ανέφερα',
  '断りました',
  '断った',
  '通報しました',
  '举报了',
  '舉報了',
  '我拒绝了',
  '我拒絕了',
  '投诉了',
  '投訴了',
  '거절했',
  '거절하고',
  '신고했',
  'ปฏิเสธไปแล้ว',
  'รายงานไปแล้ว',
];
const REPORTED_FINDER = new WordFinder(REPORTED.map((w) => normalize(w).text));

const INTENTS = new Set(['offplatform.solicitation', 'offplatform.payment_outside', 'offplatform.interview_outside']);
const IDENTIFIERS = new Set(['contact.email', 'contact.phone', 'contact.handle', 'contact.link', 'contact.payment_handle']);

/** Runs last: drops the intent read off a reported ask (see above) from a message with no identifier. */
export function dropReportedAsks(ctx: ScanContext): void {
  if (!ctx.signals.some((s) => INTENTS.has(s.type)) || ctx.signals.some((s) => IDENTIFIERS.has(s.type))) return;
  if (!REPORTED_FINDER.hasIn(ctx.text, 0, ctx.text.length)) return;
  ctx.signals = ctx.signals.filter((s) => !INTENTS.has(s.type));
}
