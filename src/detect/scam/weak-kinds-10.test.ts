// Kinds blind set 10 found weak (tuned on since 2026-12-01 01:00): store cards bought by the reader
// and their codes handed over, credential phishing that claims no staff role (a sign-in alarm and a
// link), escrow outside the platform, buying or renting the reader's account, interviews moved to
// Signal or a German "Bewerbungsgespräch" on Telegram, "staff" sending the reader to a messenger in
// the languages the moving verbs lacked, a share kept and "the rest" sent on, invoices renewing a
// status or badge, the reader's own camera as the recorder, and a purchase stated as required.
// Each by its structure, in several languages, with honest look-alikes that must stay clean; none
// of these sentences is from an evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const standaloneTypes = (text: string, kind: ContentKind = 'message') =>
  detectScam({ text, kind })
    .filter((s) => s.type !== 'scam.combined' && s.evidence?.standalone)
    .map((s) => s.type);

describe('store cards bought by the reader, their codes or backs sent on', () => {
  it.each([
    ['en', 'Quick errand before my flight: pick up four $50 Google Play cards, scrape off the silver strip and send me the codes.'],
    ['es', 'Estoy en una reunión. Compra tres tarjetas de regalo de Amazon de 100 € y mándame fotos del reverso, te lo devuelvo hoy.'],
    ['fr', 'Achète-moi cinq cartes cadeaux Steam de 50 € en tabac, gratte-les et envoie-moi les codes par message.'],
    ['de', 'Kannst du mir zwei Apple-Karten à 100 € besorgen? Rubbel die Codes frei und schick mir ein Foto.'],
    ['ru', 'Купи, пожалуйста, три подарочные карты по 5000 рублей и пришли коды с обратной стороны, вечером верну.'],
    ['ko', '급해서 그런데 편의점에서 구글기프트카드 5만원권 세 장 사서 핀번호만 보내줘요.'],
    ['zh', '帮我去超市买五张礼品卡，每张500元，刮开后把卡密发给我。'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.gift_card_or_crypto_payment');
  });

  it.each([
    ['a shop selling cards to its customers', 'Our store sells gift cards from $25; customers get the code by e-mail right after they buy.'],
    ['a bonus paid in a card', 'As a thank-you bonus we will send you a $50 Amazon gift card code after the milestone is approved.'],
    ['a product description job', 'Write product descriptions for gift cards: how customers redeem the code and where to buy them.'],
  ])('not %s', (_, text) => {
    expect(standaloneTypes(text)).not.toContain('scam.gift_card_or_crypto_payment');
  });
});

describe('a sign-in alarm and the password asked at a link', () => {
  it.each([
    ['en', 'We noticed unusual sign-in activity on your profile. Confirm your email and password at verify-profile-now.com within 12 hours.'],
    ['es', 'Detectamos un inicio de sesión sospechoso. Introduce tu usuario y contraseña en el enlace de abajo para mantener la cuenta activa.'],
    ['de', 'Verdächtige Anmeldung festgestellt! Gib unten im Link dein Passwort ein, sonst wird das Profil gesperrt.'],
    ['ru', 'Зафиксирован подозрительный вход в ваш профиль. Введите логин и пароль по ссылке ниже, чтобы подтвердить владельца.'],
    ['ja', '不審なログインが検出されました。以下のリンクからパスワードを再入力して確認してください。'],
    ['vi', 'Phát hiện đăng nhập đáng ngờ vào hồ sơ của bạn. Hãy nhập mật khẩu tại link bên dưới trong 24 giờ.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.impersonation');
  });

  it.each([
    ['the platform’s own notice', 'New sign-in from Chrome on Windows. If this wasn’t you, change your password in Settings > Security.'],
    ['a notice in Spanish', 'Inicio de sesión inusual bloqueado. Si no fuiste tú, cambia la contraseña desde Ajustes; nunca te pediremos el código.'],
    ['a security job', 'Investigate suspicious login alerts, reset passwords for staff and document incidents in the wiki linked below.'],
  ])('not %s', (_, text) => {
    expect(standaloneTypes(text)).not.toContain('scam.impersonation');
  });
});

describe('escrow outside the platform: a third party holds the money', () => {
  it.each([
    [
      'en',
      'Skip the platform fees: we use an escrow service in our Telegram group, you deposit the full budget with the admin and he releases it once I deliver.',
    ],
    ['de', 'Wir nehmen lieber einen Treuhand-Service außerhalb der Plattform, du überweist dort den Betrag und sie geben es nach Lieferung frei.'],
    ['ja', 'サイトを通さずに、仲介の仮払いサービスを使います。代金をそちらに預けてもらえれば作業を始めます。'],
    ['vi', 'Mình làm qua trung gian trong nhóm Telegram, bạn chuyển tiền cho admin giữ, xong việc admin trả mình.'],
    ['es', 'Mejor fuera de la plataforma: usamos un intermediario de confianza, deposita el pago allí y lo liberan al entregar.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.fake_escrow');
  });

  it.each([
    ['the platform’s escrow', 'The platform keeps the milestone in escrow and releases the funds when you approve the delivery.'],
    ['a warning', 'Don’t send money to any escrow service in a Telegram group; fund the milestone on the platform instead.'],
    ['a Korean warning', '텔레그램 그룹의 에스크로 대행에는 돈을 보내지 마세요. 플랫폼에서 마일스톤으로만 결제하세요.'],
  ])('not %s', (_, text) => {
    expect(standaloneTypes(text)).not.toContain('scam.fake_escrow');
  });
});

describe('buying or renting the reader’s account with its login', () => {
  it.each([
    ['en', 'I will buy your top-rated account for $600. Just send the login and password, I change the rest.'],
    ['es', 'Compro tu cuenta verificada por 300 €: pásame el usuario y la contraseña y yo me encargo.'],
    ['de', 'Ich miete dein Profil für 150 € im Monat, gib mir einfach die Zugangsdaten.'],
    ['pl', 'Kupię twoje konto z opiniami za 1500 zł, prześlij login i hasło.'],
    ['ru', 'Куплю ваш аккаунт с отзывами за 20 000 ₽, нужны только логин и пароль.'],
    ['ko', '계정을 삽니다. 리뷰 많은 계정이면 30만 원 드려요. 아이디와 비밀번호만 주세요.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.account_trading');
  });

  it.each([
    ['an agency invite', 'I will add you to our agency account as a team member; you keep your own login and password.'],
    ['a notice', 'Never buy or sell accounts: sharing your login or password breaks the terms of service.'],
  ])('not %s', (_, text) => {
    expect(standaloneTypes(text)).not.toContain('scam.account_trading');
  });
});

describe('hiring moved to a messenger', () => {
  it.each([
    ['en', 'Data entry, paid weekly. Our recruiter runs the interview over Signal, add her after you apply.', 'job'],
    ['de', 'Homeoffice-Stelle: das Bewerbungsgespräch führen wir auf WhatsApp, bitte melde dich dort.', 'job'],
    ['ja', '運営事務局です。本人確認の続きはLINEで行いますので、公式アカウントに連絡してください。', 'message'],
    ['zh', '平台客服提醒：后续培训请添加微信联系我们。', 'message'],
  ] as const)('%s', (_, text, kind) => {
    expect(standaloneTypes(text, kind)).toContain('scam.offplatform_interview');
  });

  it.each([
    ['de', 'Kundenberater (m/w/d): Anfragen über WhatsApp Business beantworten. Das Vorstellungsgespräch findet als Videocall hier auf der Plattform statt.'],
    ['en', 'Support agent: answer inquiries via WhatsApp from our shop’s buyers. Interview in the platform’s video call.'],
  ])('not customer service on WhatsApp (%s)', (_, text) => {
    expect(standaloneTypes(text, 'job')).not.toContain('scam.offplatform_interview');
  });
});

describe('money mules: a share kept, the rest sent on', () => {
  it.each([
    ['en', 'Buyers will pay into your savings account; you keep 8% and wire the rest to the accounts on my list the same day.'],
    ['es', 'Los pagos llegan a tu cuenta, te quedas con el 7 % y envía el resto a mi socio por transferencia.'],
    ['fr', 'Les clients paient sur ton compte, tu gardes 7 % et tu vires le reste à notre associé.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.money_mule');
  });

  it('not a client paying part now and the rest on delivery', () => {
    expect(standaloneTypes('I will pay 50% into your account now and transfer the rest after delivery, as agreed.')).toEqual([]);
  });

  it('not a checking account read as a cheque', () => {
    expect(standaloneTypes('Your salary goes to your checking account; keep 10% aside and send the rest to savings.')).not.toContain('scam.overpayment_cheque');
  });
});

describe('invoices renewing a status or badge, with a deadline', () => {
  it.each([
    ['en', 'Invoice #5531 for your Pro seller status renewal, $149. Pay today or the badge is removed from your profile.'],
    ['ru', 'Счёт № 2210 на оплату продления тарифа «Премиум» — 3 500 ₽. Оплатите до завтра, иначе профиль скроют.'],
    ['fr', 'Facture 77 pour le renouvellement de votre statut Expert : 89 €, à régler aujourd’hui sinon le badge sera retiré.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.fake_invoice');
  });

  it('not the platform’s own plan renewing in the settings', () => {
    expect(standaloneTypes('Your Plus plan renewal is today; the invoice is in Settings > Billing, charged to your saved card.')).toEqual([]);
  });
});

describe('sextortion: the reader’s own camera as the recorder', () => {
  it.each([
    ['en', 'Your webcam recorded you last night. Send 400 USDT by Sunday or every contact in your inbox gets the video.'],
    ['de', 'Deine Kamera hat dich gefilmt. Zahl 500 € in Bitcoin bis morgen, sonst bekommen deine Kunden das Video.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text)).toContain('scam.sextortion');
  });
});

describe('a purchase of the kit stated as required', () => {
  it.each([
    ['pl', 'Praca przy pakowaniu próbek, 3500 zł. Konieczny zakup zestawu startowego za 150 zł.'],
    ['en', 'Home assembly work, $800 a week. A mandatory purchase of our starter kit ($90) comes before the first order.'],
    ['it', 'Lavoro da casa: è obbligatorio l’acquisto del kit iniziale da 60 euro.'],
  ])('%s', (_, text) => {
    expect(standaloneTypes(text, 'job')).toContain('scam.upfront_payment');
  });

  it('not an employer paying for the kit', () => {
    expect(standaloneTypes('Purchase of the starter kit is required, and we cover the cost: nothing to pay from your side.', 'job')).toEqual([]);
  });
});
