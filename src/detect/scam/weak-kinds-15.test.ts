// Kinds issue 11's round 15 found weak (tuned on blind sets 2-13 since 2026-12-02): schemes written
// from the freelancer's or agency's side in proposals and messages. Four structures, each read
// the same way in every language (lexicon-weak15.ts):
//   (a) a setup fee or refundable deposit asked before starting, assigning or activating, or paid
//       through the writer's own money channel;
//   (b) an invoice or payment link paid off the platform "to save the fee", and a bill for the
//       reader's account paid at a link or the account is suspended;
//   (c) a one-time code (or the login with it) handed over to the writer, or typed in at the web
//       address the message gives;
//   (d) a holder of the money that is not the platform (guarantor, escrow agent or bot, middleman,
//       notary) and the reader's money put there, away from the platform.
// Each finding's span covers the whole clause (the fee and its precondition, not the fee word).
// Honest look-alikes must stay clean. Every sentence was written for this test; none is from an
// evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const standalone = (text: string, kind: ContentKind) => detectScam({ text, kind }).filter((s) => s.type !== 'scam.combined' && s.evidence?.standalone);
const found = (text: string, kind: ContentKind) => detectScam({ text, kind }).filter((s) => s.type !== 'scam.combined');

// The invoice rules (b) are not standalone (lexicon.ts: they need the learned gate's agreement),
// so their cases check the rule's finding; the others count alone and are checked as such.
const cases = (type: string, scams: [string, string][], honest: [string, string][], kind: ContentKind = 'proposal') => {
  const read = type === 'scam.fake_invoice' ? found : standalone;
  it.each(scams)('%s', (_, text) => {
    expect(read(text, kind).map((s) => s.type)).toContain(type);
  });
  it.each(honest)('not %s', (_, text) => {
    expect(read(text, kind).map((s) => s.type)).not.toContain(type);
  });
};

describe('(a) a setup fee or refundable deposit asked before the work starts', () => {
  cases(
    'scam.upfront_payment',
    [
      ['en', 'Our studio can take the redesign. A $60 project setup fee is required before the designer can start; it comes off the last payment.'],
      ['es', 'Podemos encargarnos del proyecto. Antes de empezar necesitamos una cuota de registro de 40 €, que descontamos de la factura final.'],
      ['pt', 'Nossa equipe pode assumir. Para iniciar, cobramos uma taxa de abertura de R$ 90, abatida no último pagamento.'],
      ['fr', 'Notre agence peut démarrer demain. Des frais de dossier de 35 € sont à régler avant de commencer, déduits ensuite de la facture.'],
      ['de', 'Wir übernehmen das gern. Vor Projektstart fällt eine Einrichtungsgebühr von 50 € an, die wir später verrechnen.'],
      ['it', "Il nostro team è pronto. Prima di iniziare serve una quota di iscrizione di 30 € che poi scaliamo dall'ultima rata."],
      ['nl', 'Wij kunnen morgen starten. Vooraf vragen we registratiekosten van €45, die later van de eindfactuur afgaan.'],
      ['pl', 'Możemy zacząć jutro. Przed rozpoczęciem pobieramy opłatę rejestracyjną 120 zł, potem odliczamy ją od faktury.'],
      ['ru', 'Мы готовы взяться за проект. До начала работы нужно оплатить регистрационный взнос 900 рублей, потом вычтем его из суммы.'],
      ['uk', 'Наша команда готова. Перед початком треба сплатити реєстраційний внесок 400 гривень, потім його врахуємо.'],
      ['tr', 'Ekibimiz hazır. Başlamadan önce 300 TL kayıt ücreti ödemeniz gerekiyor, son ödemeden düşülecek.'],
      ['id', 'Tim kami siap. Sebelum mulai ada biaya pendaftaran Rp100.000, nanti dipotong dari pembayaran akhir.'],
      ['vi', 'Bên em nhận làm ngay. Trước khi bắt đầu anh chuyển giúp phí mở hồ sơ 150.000đ, sẽ trừ vào đợt cuối.'],
      ['zh', '我们团队可以接这个项目，开工前需要先支付150元建档费，尾款时扣除。'],
      ['ja', 'チームで対応可能です。着手前に登録料3,000円のお支払いをお願いします。最終請求で差し引きます。'],
      ['ko', '저희 팀이 바로 진행 가능합니다. 작업 시작 전 등록비 3만원을 먼저 입금해 주세요. 잔금에서 차감됩니다.'],
      ['ar', 'فريقنا جاهز للعمل، لكن يجب دفع رسوم تسجيل 30 دولاراً قبل البدء، وتُخصم لاحقاً من المبلغ.'],
      ['hi', 'हमारी टीम तैयार है, काम शुरू करने से पहले 500 रुपये रजिस्ट्रेशन फीस भेजनी होगी, जो बाद में घटा दी जाएगी।'],
      ['ro', 'Echipa noastră poate începe mâine. Înainte de a începe, vă rugăm să achitați o taxă de înregistrare de 100 lei.'],
      ['cs', 'Náš tým může začít hned. Před zahájením prosíme o registrační poplatek 500 Kč, odečteme ho z konečné faktury.'],
      [
        'en (a refundable deposit through a wallet)',
        'We match clients with senior developers: a $75 refundable client registration deposit via Zelle and the shortlist is yours.',
      ],
    ],
    [
      ['en: the platform fee', 'The platform keeps a 10 % service fee from each milestone; nothing is paid to me before the first milestone is funded.'],
      ['en: a paid trial via milestone', 'I suggest a paid trial first: a small $40 milestone funded through the platform, then the full project.'],
      [
        'en: equipment reimbursed',
        'If you need a licence for the plugin, buy it after hire and I will reimburse the cost with the first invoice on the platform.',
      ],
      ['es: no fee', 'No cobro ninguna cuota de registro: antes de empezar solo necesito que financie el primer hito en la plataforma.'],
      ['de: building the fee', 'Ich baue Ihnen das Anmeldeformular mit Einrichtungsgebühr und Stripe-Checkout, bevor wir live gehen.'],
      ['en: no deposit up front', 'No registration fee and no deposit up front; you only pay milestones through the platform once you approve the work.'],
    ],
  );
});

describe('(b) an invoice or payment link paid off the platform to save its fee', () => {
  cases(
    'scam.fake_invoice',
    [
      ['en', 'Happy to start. To save the platform fee, I will send you an invoice to pay by bank transfer; we then close the contract here.'],
      ['es', 'Para ahorrarnos la comisión, te paso la factura y me pagas fuera de la plataforma por transferencia.'],
      ['pt', 'Para evitar a taxa, mando a fatura e você paga fora da plataforma, pelo link de pagamento.'],
      ['fr', 'Pour éviter les frais, je vous envoie la facture et vous réglez hors plateforme par virement.'],
      ['de', 'Die Plattformgebühren sparen wir uns: Ich schicke Ihnen eine Rechnung per Überweisung außerhalb der Plattform.'],
      ['it', 'Per risparmiare le commissioni le mando la fattura da pagare fuori dalla piattaforma con bonifico.'],
      ['nl', 'Om de kosten te besparen stuur ik een factuur die u buiten het platform betaalt via een betaallink.'],
      ['pl', 'Żeby uniknąć prowizji, wyślę fakturę do zapłaty poza platformą, zwykłym przelewem.'],
      ['ru', 'Чтобы сэкономить на комиссии, пришлю счет на оплату мимо площадки, по реквизитам.'],
      ['tr', 'Komisyondan kaçmak için faturayı gönderiyorum, ödemeyi platform dışında havale ile yaparsınız.'],
      ['id', 'Biar tidak kena komisi, saya kirim invoice dan bayarnya di luar platform lewat transfer bank.'],
      ['zh', '为了省平台手续费，我把发票发给你，你私下转账到我的银行卡。'],
      ['ko', '수수료 아끼려면 인보이스 보내드릴게요, 플랫폼 밖에서 계좌로 입금해 주세요.'],
    ],
    [
      ['en: invoice through the platform', 'I will send the invoice through the platform as a milestone, so payment stays protected by its escrow.'],
      ['en: never outside', 'I never take payment outside the platform; every invoice goes through the milestones here.'],
      ['en: building a checkout', 'I will build the invoice page and the Stripe payment link flow for your store, tested before launch.'],
      ['de: through the platform', 'Die Rechnung läuft über die Plattform als Meilenstein, eine Überweisung außerhalb ist nicht nötig.'],
    ],
  );
  cases(
    'scam.fake_invoice',
    [
      ['en', 'Billing notice: the invoice for your featured profile ($59) is overdue. Pay at profile-boost-billing.net today or your profile will be hidden.'],
      ['de', 'Ihre Rechnung für das Top-Profil (49 €) ist offen. Zahlen Sie heute über profil-top-zahlung.de, sonst wird Ihr Konto gesperrt.'],
      ['es', 'Tienes una factura pendiente por el perfil destacado (39 €). Paga hoy en el enlace o tu cuenta será suspendida.'],
      ['id', 'Tagihan untuk profil unggulan Anda belum dibayar. Bayar lewat tautan ini hari ini atau akun Anda akan diblokir.'],
      ['ja', '掲載プランのご請求が未払いです。本日中にリンクからお支払いがない場合、アカウントが停止されます。'],
      ['ko', '프리미엄 배지 연장 요금이 미납되었습니다. 링크에서 결제하지 않으면 프로필 노출이 중지됩니다.'],
    ],
    [
      [
        'en: the platform billing',
        'Your monthly membership invoice is available in Settings > Billing; if a card payment fails, the account is limited until it is updated.',
      ],
      ['en: a bookkeeper job', 'Bookkeeper wanted: send invoices to our customers and follow up overdue ones; we never suspend accounts without notice.'],
    ],
    'message',
  );
});

describe('(c) a one-time code handed over to the writer, or typed in at the address given', () => {
  cases(
    'scam.impersonation',
    [
      ['en', 'I can fix the store today. Send me your login and password, and forward the verification code you get by SMS right away.'],
      ['es', 'Puedo arreglar la tienda hoy. Pásame tu usuario y contraseña y el código SMS que te llegue.'],
      ['pt', 'Consigo resolver hoje. Me envie seu login e senha e o código de verificação que chegar no celular.'],
      ['fr', 'Je peux corriger la boutique aujourd’hui : envoyez-moi votre identifiant et mot de passe, puis le code de vérification reçu.'],
      ['de', 'Ich erledige das heute. Schicken Sie mir Benutzername und Passwort und den Bestätigungscode aus der SMS.'],
      ['it', 'Posso sistemarlo oggi: mandami nome utente e password e il codice di verifica che ti arriva via SMS.'],
      ['nl', 'Ik kan het vandaag oplossen. Stuur me je gebruikersnaam en wachtwoord en de sms-code die je krijgt.'],
      ['pl', 'Mogę to dziś naprawić. Wyślij mi login i hasło oraz kod SMS, który przyjdzie na telefon.'],
      ['ru', 'Сделаю сегодня. Пришлите мне логин и пароль и код из смс, который придёт на телефон.'],
      ['tr', 'Bugün hallederim. Bana kullanıcı adı ve şifreyi, telefonunuza gelen doğrulama kodunu iletin.'],
      ['id', 'Saya bisa beresin hari ini, kirim ke saya username dan password serta kode OTP yang masuk ya.'],
      ['vi', 'Em làm được ngay, anh gửi cho em tài khoản và mật khẩu, cả mã OTP vừa nhận nhé.'],
      ['zh', '我今天就能处理，请把账号密码和收到的验证码发给我。'],
      ['ko', '오늘 바로 수정해 드릴게요. 아이디랑 비밀번호 알려주시고 문자로 온 인증번호도 전달해 주세요.'],
      ['ar', 'أقدر أصلح المتجر اليوم، أرسل لي اسم المستخدم وكلمة المرور ورمز التحقق الذي يصلك.'],
    ],
    [
      ['en: verify your e-mail in settings', 'Before we start, please verify your e-mail in your account settings so the contract can be opened.'],
      ['en: 2FA advice', 'Tip: turn on 2FA for your store and never share the SMS code with anyone, me included.'],
      ['en: collaborator access', 'Please add me as a staff member from your admin panel instead; I never need your password or any verification code.'],
      ['de: advice', 'Aktivieren Sie die Zwei-Faktor-Anmeldung; den Bestätigungscode geben Sie niemals weiter, auch nicht an mich.'],
      ['en: building 2FA', 'I will implement the OTP login flow with SMS verification codes for your app, tested on staging.'],
    ],
  );
  cases(
    'scam.impersonation',
    [
      ['en', 'Your account will be suspended today. Confirm your identity at account-review-center.net with your password and the SMS code.'],
      ['fr', 'Votre compte sera suspendu. Confirmez votre identité sur verif-securite-compte.fr avec le code de vérification reçu.'],
      ['pl', 'Konto zostanie zablokowane. Zaloguj się na weryfikacja-uzytkownika.pl i wpisz kod SMS.'],
      ['id', 'Akun Anda akan diblokir hari ini. Masukkan kode OTP di verifikasi-pengguna.id untuk mencegahnya.'],
    ],
    [['en: honest notice', 'We will never ask for your password or SMS code. If your account is suspended, contact support from Settings.']],
    'message',
  );
});

describe('(d) a holder of the money that is not the platform', () => {
  cases(
    'scam.fake_escrow',
    [
      ['en', 'To skip the platform fees, let us use a guarantor on Telegram: you deposit the full amount with him and he releases it when you approve.'],
      ['es', 'Para evitar la comisión usemos un garante en Telegram: depositas el total con él y me paga cuando apruebes.'],
      ['pt', 'Para evitar a taxa da plataforma, usamos um intermediário no Telegram: você deposita o valor total com ele e ele libera o pagamento depois.'],
      ['fr', 'Pour éviter les frais, passons par un tiers de confiance sur Telegram : vous déposez le montant total chez lui.'],
      ['de', 'Die Plattformgebühren sparen wir uns: Zahlen Sie den Betrag bei einem Treuhänder ein, er gibt ihn mir nach Abnahme frei.'],
      ['it', 'Per risparmiare le commissioni usiamo un notaio esterno: versi lì l’importo e lui lo sblocca alla consegna.'],
      ['nl', 'Vanwege de kosten werk ik liever met een borgsteller op Telegram: u stort het bedrag bij hem en hij geeft het vrij.'],
      ['pl', 'Prowizja jest za wysoka, więc proponuję gwaranta na Telegramie: wpłaca Pan całą kwotę, a on mi ją wypłaci.'],
      ['ru', 'Чтобы обойти комиссию площадки, работаем через гаранта в Телеграме: переводите ему всю сумму, он передаст мне деньги после приёмки.'],
      ['tr', 'Platform komisyonu yüksek, güvenilir bir aracı kullanalım: parayı ona yatırın, onaylayınca bana aktarsın.'],
      ['id', 'Biar hemat biaya admin, kita pakai rekber di Telegram: transfer uangnya ke admin rekber, nanti diteruskan ke saya.'],
      ['vi', 'Để tránh phí sàn, mình dùng trung gian trên Zalo: anh chuyển toàn bộ tiền cho trung gian giữ nhé.'],
      ['zh', '为了省平台手续费，我们走担保群，你先把全款打给担保人，验收后再放款给我。'],
      ['ko', '수수료 아끼려면 외부 안전거래 사이트로 전액 입금해 주세요. 확인 후 그쪽에서 저에게 지급됩니다.'],
      ['en (escrow bot)', 'I only work through @SecureDealKeeperBot: send the $900 to the bot wallet and it releases the money once you confirm.'],
    ],
    [
      ['en: the platform escrow', 'Payment stays in the platform’s escrow: you fund the milestone here and it is released to me when you approve.'],
      ['en: building an escrow', 'I will build the escrow service for your marketplace: buyers deposit the full amount and the admin releases it.'],
      ['en: advice', 'Beware of anyone offering a guarantor on Telegram to hold the money outside the platform: it is a scam.'],
      ['es: la plataforma', 'El pago queda en el depósito de la plataforma: usted financia el hito aquí y se libera al aprobar.'],
    ],
  );
});

// The honest proposal that names the off-platform invoice or escrow only to refuse it (blind set
// 15's aggregate look-alike table, by kind): paying outside is against the platform's terms, the
// invoice goes through the milestone, the platform's own escrow holds the money.
describe('honest proposals that refuse to leave the platform', () => {
  const types = (text: string) => standalone(text, 'proposal').map((s) => s.type);
  it.each([
    ['en', 'I send every invoice as a milestone here; paying outside the platform to save the fee is against its terms, so please do not use bank transfer.'],
    ['es', 'Envío la factura como hito en la plataforma; pagar fuera de la plataforma para ahorrar la comisión va contra los términos de servicio.'],
    ['pt', 'Mando a fatura como marco na plataforma; pagar fora da plataforma para evitar a taxa é proibido pelas regras da plataforma.'],
    ['fr', 'Je facture par jalon sur la plateforme : je ne travaille jamais hors plateforme pour éviter les frais, c’est interdit.'],
    ['de', 'Die Rechnung läuft als Meilenstein, ich arbeite nie außerhalb der Plattform, um Gebühren zu sparen; das ist laut AGB verboten.'],
    ['it', 'Emetto la fattura come milestone: non lavoro mai fuori dalla piattaforma per risparmiare commissioni, è vietato.'],
    ['tr', 'Faturayı platform üzerinden kesiyorum; komisyondan kaçmak için platform dışında ödeme almıyorum, kurallar buna izin vermiyor.'],
    ['id', 'Invoice saya kirim lewat milestone; saya tidak mau dibayar di luar platform untuk menghindari komisi, itu dilarang.'],
    ['ro', 'Trimit factura prin platformă; nu accept plata în afara platformei ca să evităm comisionul, e interzis de termeni.'],
    ['hu', 'A számlát a platformon állítom ki; soha nem fogadok el fizetést a platformon kívül a jutalék miatt, ez tilos.'],
    ['sw', 'Ninatuma ankara kupitia jukwaa; usilipe nje ya jukwaa ili kuepuka ada, ni marufuku kwa sheria za jukwaa.'],
    ['ms', 'Saya hantar invois melalui platform; jangan bayar di luar platform untuk elak yuran, itu dilarang.'],
  ])('not an off-platform invoice: %s', (_, text) => {
    expect(types(text)).not.toContain('scam.fake_invoice');
  });
  it.each([
    ['ja', 'お支払いはサイト内の仮払いでお願いします。外部での直接取引はお断りしています。'],
    ['ko', '결제는 플랫폼 내 안전결제로만 진행합니다. 직거래는 하지 않습니다.'],
    ['zh', '请通过平台担保付款，我不接受私下转账，资金由平台托管，验收后放款。'],
    ['en', 'The platform’s own escrow holds the full amount; I never take money outside it or through a middleman on Telegram.'],
  ])('not an outside escrow: %s', (_, text) => {
    expect(types(text)).not.toContain('scam.fake_escrow');
  });
});

describe('the span covers the whole clause', () => {
  it('spans the fee and its precondition', () => {
    const text = 'Thanks for the invite. A $50 onboarding fee is due before we can start the work, paid to our PayPal.';
    const s = standalone(text, 'proposal').find((x) => x.type === 'scam.upfront_payment');
    expect(s?.text).toMatch(/onboarding fee/);
    expect(s?.text).toMatch(/before we can start/);
  });
  it('spans the holder and the money put there', () => {
    const text = 'Let us skip the platform fees: use a guarantor on Telegram, you deposit the full amount with him.';
    const s = standalone(text, 'proposal').find((x) => x.type === 'scam.fake_escrow');
    expect(s?.text).toMatch(/guarantor/);
    expect(s?.text).toMatch(/deposit the full amount/);
  });
});
