// The kinds blind set 7 found weakest (tuned on after its first run): money mules asked for in
// messages, buying or renting accounts, escrow outside the platform (a fee to release, or the
// whole budget deposited with an "agent" or a guarantor bot), and listing or membership invoices
// sent to freelancers; with their honest look-alikes (payroll and treasury duties, agencies with
// team members, the platform's own escrow and membership). Written for the kind, in many
// languages; none from an evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import { detectText } from '../index.ts';
import type { ContentKind } from '../types.ts';

const scamTypes = (text: string, kind: ContentKind = 'message') =>
  detectText({ text, kind })
    .filter((s) => s.type.startsWith('scam.') && s.type !== 'scam.combined')
    .map((s) => s.type);

/**
 * At least 6 of a kind's 8 sentences are found. Not every one: these are fresh sentences in
 * other words than the training texts, and the figure is the kind's measure (2026-11-30, after
 * the blind set 7 round: mules 6/8, accounts 7/8, escrow 6/8, invoices 8/8; the misses are listed
 * in bench/scam/RESULTS.md). A retrain that loses a kind fails here.
 */
const MIN_FOUND = 6;
function expectMostFound(cases: readonly (readonly [string, string])[]) {
  const missed = cases.filter(([, text]) => scamTypes(text).length === 0).map(([lang]) => lang);
  expect(cases.length - missed.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(MIN_FOUND);
}

describe('money mules in messages: receive the money, send it on, keep a share', () => {
  it('at least 6 of 8 languages', () =>
    expectMostFound([
      ['en', 'You will get bank transfers from our customers this week. Take the cash out and wire it to the account I send you, minus your 6 % cut.'],
      ['es', 'Esta semana te llegarán transferencias de nuestros compradores. Sácalo en efectivo y envíalo por Western Union a mi socio; tu parte es el 6 %.'],
      ['fr', 'Des clients vont vous virer de l’argent cette semaine. Retirez-le et envoyez-le en crypto à mon associé, vous gardez 6 %.'],
      ['de', 'Diese Woche gehen Kundenzahlungen auf dein Konto ein. Heb sie ab und schick sie per MoneyGram an meinen Partner, 6 % bleiben bei dir.'],
      ['ru', 'На этой неделе вам на карту придут переводы от покупателей. Обналичьте их и отправьте моему партнёру, 6 % оставьте себе.'],
      ['tr', 'Bu hafta müşterilerden hesabına havaleler gelecek. Parayı çekip ortağıma gönder, %6 senin payın.'],
      ['hi', 'इस हफ्ते ग्राहकों का पैसा आपके खाते में आएगा। उसे निकालकर मेरे पार्टनर को भेज दीजिए, 6% आपका हिस्सा है।'],
      ['zh', '这周客户会往你卡里打钱，你取现后转给我的合伙人，自己留6%。'],
    ] as const));
});

describe('buying, selling or renting accounts', () => {
  it('at least 6 of 8 languages', () =>
    expectMostFound([
      ['en', 'I want to rent your approved profile for $200 monthly. Share the login and the mailbox access and I will handle the orders myself.'],
      ['pt', 'Compro seu perfil aprovado por 800 reais. Me passe usuário, senha e o acesso ao e-mail que eu assumo a conta.'],
      ['it', 'Affitto il tuo profilo approvato a 150 euro al mese: dammi utente e password, lavoro io dal tuo account.'],
      ['pl', 'Wynajmę Twój zatwierdzony profil za 600 zł miesięcznie. Daj mi login i hasło, resztą zajmę się sam.'],
      ['id', 'Saya beli akun kamu yang sudah lolos verifikasi, Rp 3 juta. Kirim username, password, dan email pemulihannya.'],
      ['ko', '승인된 프로필을 한 달 25만 원에 빌려주세요. 아이디와 비밀번호만 주시면 제가 주문을 처리할게요.'],
      ['ar', 'أريد استئجار ملفك الموثّق بمبلغ 200 دولار شهرياً. أرسل اسم المستخدم وكلمة المرور وسأعمل أنا من حسابك.'],
      ['uk', 'Куплю ваш підтверджений профіль за 300 доларів. Передайте логін, пароль і доступ до пошти.'],
    ] as const));
});

describe('escrow outside the platform: a fee to release, or the whole budget deposited', () => {
  it('at least 6 of 8 languages', () =>
    expectMostFound([
      ['en', 'Payment is already sitting with our escrow partner, SecureDeal. Pay their $35 unlock charge and it is released to your wallet.'],
      ['es', 'El dinero ya está en nuestro servicio de garantía. Abona 35 dólares de liberación y lo recibes en tu billetera.'],
      ['de', 'Das Geld liegt schon bei unserem Treuhandpartner. Zahl die Freischaltgebühr von 35 € und es wird dir ausgezahlt.'],
      ['ru', 'Деньги уже у нашего гаранта. Оплатите 35 долларов за разблокировку, и он переведёт их вам.'],
      ['pl', 'Pieniądze są już u naszego pośrednika escrow. Wpłać 150 zł opłaty za odblokowanie i trafią do Ciebie.'],
      ['ja', 'お金はすでに提携のエスクロー業者にあります。解除手数料4,000円を払えばあなたに送金されます。'],
      ['id', 'Dananya sudah di rekber kami. Bayar biaya pencairan Rp 400.000 dan langsung masuk ke rekeningmu.'],
      ['zh', '钱已经在我们的担保方那里了，你付300元解冻费就能到账。'],
    ] as const));
});

describe('listing and membership invoices sent to freelancers', () => {
  it('at least 6 of 8 languages', () =>
    expectMostFound([
      ['en', 'Renewal invoice: premium placement of your profile in the Freelancer Registry, $179 a year. Settle it by Friday or the listing is taken down.'],
      [
        'fr',
        'Facture de renouvellement : référencement premium de votre profil dans le registre des freelances, 179 € par an. À payer avant vendredi, sinon la fiche est retirée.',
      ],
      [
        'it',
        'Fattura di rinnovo: inserimento premium del tuo profilo nel registro dei freelance, 179 euro l’anno. Da pagare entro venerdì o il profilo viene rimosso.',
      ],
      ['tr', 'Yenileme faturası: profilinizin serbest çalışan rehberindeki premium yeri, yıllık 179 dolar. Cuma gününe kadar ödenmezse kaydınız silinir.'],
      ['ar', 'فاتورة تجديد: الإدراج المميز لملفك في سجل المستقلين، 179 دولاراً سنوياً. ادفعها قبل الجمعة وإلا سيُحذف ملفك.'],
      ['ko', '갱신 청구서: 프리랜서 등록부 프로필 프리미엄 노출, 연 17만 원. 금요일까지 내지 않으면 등록이 삭제됩니다.'],
      ['vi', 'Hóa đơn gia hạn: vị trí nổi bật cho hồ sơ của bạn trong danh bạ freelancer, 4 triệu mỗi năm. Thanh toán trước thứ Sáu nếu không hồ sơ sẽ bị gỡ.'],
      ['pt', 'Fatura de renovação: destaque do seu perfil no cadastro de freelancers, R$ 450 por ano. Pague até sexta ou o cadastro será removido.'],
    ] as const));
});

describe('honest look-alikes of the four kinds', () => {
  it.each([
    [
      'en',
      'job',
      'Accounts receivable clerk: post incoming customer payments to our ledger, chase overdue invoices and reconcile the company bank account weekly.',
    ],
    ['es', 'job', 'Analista de nóminas: calcular salarios, gestionar las retenciones y preparar los pagos desde la cuenta de la empresa para su aprobación.'],
    ['de', 'job', 'Mitarbeiter Treasury: Liquiditätsplanung, Abstimmung der Firmenkonten und Vorbereitung freigegebener Überweisungen an Lieferanten.'],
    [
      'en',
      'message',
      'I have added you to our agency team on the platform. Accept the invite from your own account and your hours will be billed through the agency.',
    ],
    ['fr', 'message', "Je t'ai invité dans l'équipe de notre agence sur la plateforme ; accepte depuis ton propre compte."],
    ['en', 'message', 'Milestone 3 is funded in the platform escrow. Submit the files when ready and I will approve the release right away.'],
    ['ru', 'message', 'Я оплатил второй этап на платформе. После сдачи работы подтвержу, и деньги перейдут вам.'],
    ['en', 'message', 'Your Plus plan on the platform renews next week and is charged to the card saved in your settings. Cancel there any time.'],
    ['ja', 'message', 'プラットフォームのPlusプランは来週更新され、設定に登録したカードに請求されます。'],
    ['zh', 'message', '你在平台的会员下周续费，会从设置里绑定的卡扣款，可以随时取消。'],
  ])('%s %s', (_lang, kind, text) => {
    expect(scamTypes(text, kind as ContentKind)).toEqual([]);
  });
});
