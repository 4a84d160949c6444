// The kinds blind set 8 found weakest (tuned on since 2026-11-30 18:00): fake cheques and
// overpayment refunds (a cheque, the reader cashing it, the difference sent on to someone else),
// honest support-agent ads naming the messenger where customers are answered, and honest ads
// saying the reader has nothing to pay. Each by its structure, in several languages, with
// honest look-alikes; none of these sentences is from an evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import { detectText } from '../index.ts';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const ruleTypes = (text: string, kind: ContentKind = 'message') =>
  detectScam({ text, kind })
    .filter((s) => s.type !== 'scam.combined')
    .map((s) => s.type);
const standaloneTypes = (text: string, kind: ContentKind = 'message') =>
  detectScam({ text, kind })
    .filter((s) => s.type !== 'scam.combined' && s.evidence?.standalone)
    .map((s) => s.type);
const screenedTypes = (text: string, kind: ContentKind = 'message') =>
  detectText({ text, kind })
    .filter((s) => (s.type.startsWith('scam.') && s.type !== 'scam.combined') || s.type === 'spam.content')
    .map((s) => s.type);

describe('fake cheques: a cheque, the reader cashing it, the difference sent on', () => {
  const cheques = [
    [
      'en',
      'The gallery paid with a cashier’s check of $5,200 although your invoice was $1,700. After you deposit it, wire the other $3,500 to the framing studio, they are waiting.',
    ],
    [
      'es',
      'Mi contable te mandó un cheque de 3.100 € y tu trabajo eran 1.100 €. Cuando lo deposites, transfiere los 2.000 € restantes al fotógrafo, por favor.',
    ],
    ['pt', 'O cliente mandou um cheque de R$ 7.000, mas o serviço era R$ 2.000. Depois de depositar o cheque, transfira o restante para o buffet do evento.'],
    ['de', 'Der Scheck meiner Firma lautet über 3.000 € statt 950 €. Lösen Sie ihn bitte ein und senden Sie die Differenz an unseren Caterer zurück.'],
    ['it', 'Ti è arrivato un assegno di 3.000 € ma il lavoro costava 950 €: incassalo e manda la differenza al mio grafico, grazie.'],
    ['ru', 'Мой бухгалтер отправил вам чек на 3000 долларов вместо 950. Обналичьте его и верните разницу моему поставщику.'],
    ['tr', 'Şirketim 950 dolar yerine 3.000 dolarlık çek yolladı. Çeki bankaya yatırınca farkı fotoğrafçıya havale et lütfen.'],
    ['id', 'Klien saya mengirim cek Rp 25 juta, padahal tagihanmu Rp 9 juta. Setelah cair, kirimkan sisanya ke vendor katering saya.'],
    ['ja', '経理が9万円ではなく30万円の小切手を送ってしまいました。入金したら差額をケータリング業者へ送金してください。'],
  ] as const;
  it.each(cheques)('%s: the rule speaks alone (no honest text we hold matches it)', (_lang, text) => {
    expect(standaloneTypes(text)).toContain('scam.overpayment_cheque');
  });

  const honest = [
    ['en', 'Accounts receivable clerk: record incoming customer checks, prepare the daily bank deposit and follow up on unpaid invoices.'],
    ['en', 'We pay contributors by cheque or bank transfer at the end of each month; tell our accounts team which you prefer.'],
    ['es', 'Si te cobramos de más en la suscripción, te devolvemos la diferencia en la tarjeta en 5 días hábiles.'],
    ['de', 'Kassierer in unserer Filiale: Scheckeinreichungen annehmen, Bareinzahlungen verbuchen und die Kasse abrechnen.'],
    ['it', 'Addetto contabilità: registrare gli assegni dei clienti, preparare i versamenti in banca e riconciliare gli estratti conto.'],
    ['ru', 'Бухгалтер: учёт входящих платежей, сверка банковских выписок, подготовка чеков для поставщиков по согласованию с директором.'],
    ['tr', 'Muhasebe elemanı: müşteri çeklerini kaydetmek, bankaya yatırılacak tutarları hazırlamak ve cari hesapları takip etmek.'],
  ] as const;
  it.each(honest)('%s: a cheque mentioned in honest work is no fake cheque: %s', (_lang, text) => {
    expect(standaloneTypes(text, 'job')).not.toContain('scam.overpayment_cheque');
  });
});

describe('support-agent ads: the messenger is where customers are answered, not where the hiring goes', () => {
  const honest = [
    [
      'en',
      'Customer care agent, evenings: you will help our clients over WhatsApp and Instagram DMs using our shared inbox. Training is paid and happens in your first week.',
    ],
    ['es', 'Agente de atención al cliente: atenderás a los clientes por WhatsApp desde nuestra bandeja compartida. La formación inicial es remunerada.'],
    ['fr', 'Conseiller clientèle à distance : vous répondrez aux clients sur WhatsApp via notre outil. La formation de la première semaine est payée.'],
    ['de', 'Kundenservice im Homeoffice: Sie beantworten Kundenanfragen über WhatsApp in unserem Ticketsystem. Die Einarbeitung wird bezahlt.'],
    ['it', 'Addetto customer care: rispondi ai nostri clienti su WhatsApp dalla nostra piattaforma di ticketing. La formazione è retribuita.'],
    ['ru', 'Специалист поддержки: отвечать нашим клиентам в Telegram и WhatsApp через общую систему обращений. Обучение оплачивается.'],
    ['ar', 'موظف خدمة عملاء: الرد على العملاء عبر واتساب من نظام التذاكر لدينا. التدريب مدفوع في الأسبوع الأول.'],
    ['id', 'Staf layanan pelanggan: membalas pesan pelanggan di WhatsApp lewat dasbor tim kami. Pelatihan dibayar penuh.'],
    ['pt', 'Atendente remoto: você vai atender os clientes pelo WhatsApp no nosso sistema. A entrevista é por vídeo na plataforma.'],
    ['tr', 'Müşteri temsilcisi: WhatsApp üzerinden müşterilerimize yanıt vereceksiniz. Mülakat platform üzerinden görüntülü yapılacak.'],
  ] as const;
  it.each(honest)('%s: no off-platform interview rule: %s', (_lang, text) => {
    expect(ruleTypes(text, 'job')).not.toContain('scam.offplatform_interview');
  });
  it('and none of them is flagged by the whole text screening (rules and learned layer)', () => {
    const flagged = honest.filter(([, text]) => screenedTypes(text, 'job').length > 0).map(([lang]) => lang);
    expect(flagged).toEqual([]);
  });

  const scams = [
    ['en', 'Customer support job, $35/hr. The interview is held on Telegram with our HR manager, add her now.'],
    ['es', 'Puesto de atención al cliente. La entrevista será por Telegram con nuestra reclutadora, escríbele hoy.'],
    ['de', 'Kundenservice-Job: Das Vorstellungsgespräch findet per WhatsApp-Chat mit unserer Recruiterin statt.'],
    ['ru', 'Вакансия оператора поддержки. Собеседование проходит в Telegram, напишите нашему рекрутеру.'],
    ['it', 'Lavoro da operatore clienti: il colloquio si svolge su Telegram con la nostra selezionatrice.'],
  ] as const;
  it.each(scams)('%s: the interview moved to a messenger still speaks alone: %s', (_lang, text) => {
    expect(standaloneTypes(text, 'job')).toContain('scam.offplatform_interview');
  });
});

describe('nothing to pay: the negated payment of honest paid-training ads', () => {
  const honest = [
    ['en', 'Paid onboarding for warehouse pickers: we supply the safety boots and the scanner, and you don’t have to buy any equipment yourself.'],
    ['es', 'Formación de dos semanas pagada y uniforme incluido: no tendrás que comprar el equipo ni pagar la formación.'],
    ['pt', 'Treinamento remunerado e notebook da empresa: você não precisa pagar nada pelo equipamento.'],
    ['it', 'Corso iniziale retribuito, attrezzatura fornita da noi: non dovrai pagare nulla per il kit.'],
    ['ru', 'Обучение оплачивается, оборудование выдаёт компания: вам не нужно ничего покупать для старта.'],
    ['de', 'Bezahlte Schulung und Firmenlaptop: Sie müssen nichts kaufen, auch keine Ausrüstung.'],
  ] as const;
  it.each(honest)('%s: no upfront payment rule: %s', (_lang, text) => {
    expect(ruleTypes(text, 'job')).not.toContain('scam.upfront_payment');
  });

  const scams = [
    ['en', 'Before the training starts you must buy the starter kit for $79 from our supplier.'],
    ['es', 'Antes de la formación tienes que pagar el kit de inicio de 79 €.'],
    ['pt', 'Antes do treinamento você precisa pagar o kit inicial de R$ 199.'],
  ] as const;
  it.each(scams)('%s: the payment asked for still speaks: %s', (_lang, text) => {
    expect(ruleTypes(text, 'job')).toContain('scam.upfront_payment');
  });
});
