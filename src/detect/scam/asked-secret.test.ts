// A code or password asked of the reader for the writer, with advice to keep it from everyone
// else ("send me the code, don't share it with anyone else"): the advice words used to silence
// the credential rules, which took the lure for the platform's notice. The structure decides: a
// request addressed to the reader that no negation of its clause governs, next to the secret.
// The notice ("we never ask for your code, never share it with anyone") asks for nothing.
// Sentences written for the kind, in 16 languages; none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { detectText } from '../index.ts';
import { detectScam } from './detect-scam.ts';

const rules = (text: string) =>
  detectScam({ text, kind: 'message' })
    .map((s) => s.type)
    .filter((t) => t !== 'scam.combined');

/** Scam types screening reports on a message (rules, learned gate, standalone rules). */
const screened = (text: string) =>
  detectText({ text, kind: 'message' })
    .filter((s) => s.type.startsWith('scam.') && s.type !== 'scam.combined')
    .map((s) => s.type);

describe('a secret asked of the reader, with "share it with nobody else"', () => {
  it.each([
    ['en', 'A login code is on its way to your phone. Forward it to me as soon as it lands, and never give it to anyone else.'],
    ['en', 'Read me the authenticator code from your app please. Keep it secret from anybody else, it is only for our check.'],
    ['de', 'Wenn der Sicherheitscode per SMS kommt, schick ihn mir hier. Zeig ihn keinem anderen Menschen, niemandem.'],
    ['es', 'Te llegará un código por SMS en un minuto. Mándamelo por aquí y no lo compartas con nadie más.'],
    ['pt', 'Vai aparecer um código de verificação no seu celular. Me passa ele aqui e não mostre para ninguém.'],
    ['fr', 'Un code de vérification va arriver par SMS : donnez-le-moi dès réception et ne le montrez à personne.'],
    ['de', 'Gleich kommt ein Bestätigungscode per SMS. Schicken Sie mir den Code sofort und geben Sie ihn niemandem sonst.'],
    ['it', 'Tra poco ti arriva un codice di verifica via SMS: dimmelo subito e non lo dare a nessun altro.'],
    ['ru', 'Вам придёт код подтверждения в СМС. Сообщите мне его сразу и никому больше не показывайте.'],
    ['uk', 'Зараз надійде код підтвердження. Напишіть мені його одразу і нікому більше не кажіть.'],
    ['pl', 'Za moment przyjdzie kod weryfikacyjny. Podaj mi go od razu i nie pokazuj nikomu innemu.'],
    ['tr', 'Birazdan bir doğrulama kodu gelecek. Kodu bana yaz, kimseye gösterme.'],
    ['ar', 'سيصلك رمز التحقق الآن. أرسله لي مباشرة ولا تخبر به أي شخص.'],
    ['hi', 'अभी आपके फ़ोन पर OTP आएगा, वह मुझे बता दीजिए और किसी और को मत दिखाइए।'],
    ['zh', '马上会有验证码发到你手机，请把验证码告诉我，别给任何人看。'],
    ['ja', 'このあと認証コードが届きます。届いたら私にお知らせください。他の人には見せないでください。'],
    ['ko', '지금 인증번호가 갈 거예요. 저한테 알려주시고 다른 사람에게는 보여주지 마세요.'],
    ['id', 'Sebentar lagi kode OTP masuk. Bacakan ke saya ya, dan jangan tunjukkan ke orang lain.'],
  ])('%s: the rule fires and screening reports it', (_lang, text) => {
    expect(rules(text)).toContain('scam.sensitive_data_request');
    expect(screened(text)).toContain('scam.sensitive_data_request');
  });

  it('the staff-and-code rules are not silenced by the advice when the writer asks', () => {
    const text = 'This is the platform support team. Send us the verification code from the SMS now and do not pass it to anyone else.';
    expect(rules(text)).toContain('scam.impersonation');
  });
});

describe('notices and negated requests stay silent', () => {
  it.each([
    ['en', 'Reminder: we will never ask you to send us your verification code. Do not share it with anyone, not even support.'],
    ['en', 'Never send me or anyone else your password. Invite me to the repository with my username instead.'],
    ['es', 'Nunca te pediremos que nos envíes tu código de verificación. No lo compartas con nadie.'],
    ['pt', 'Nunca vamos pedir que você nos mande a sua senha ou um código. Não compartilhe com ninguém.'],
    ['fr', 'Ne nous envoyez jamais votre code de vérification : ne le communiquez à personne.'],
    ['de', 'Wir bitten Sie niemals, uns Ihren Bestätigungscode zu schicken. Geben Sie ihn niemandem weiter.'],
    ['ru', 'Мы никогда не попросим прислать нам код подтверждения. Никому его не сообщайте.'],
    ['pl', 'Nigdy nie prosimy, żebyś przesłał nam kod weryfikacyjny. Nie podawaj go nikomu.'],
    ['zh', '平台绝不会要求你把验证码发给我们，请不要告诉任何人。'],
    ['ja', '運営が認証コードを聞くことは決してありません。他の人には教えないでください。'],
    ['ko', '저희는 인증번호를 절대 요청하지 않습니다. 다른 사람에게 알려주지 마세요.'],
    ['id', 'Kami tidak pernah meminta kode OTP. Jangan kirim ke saya atau ke orang lain.'],
    ['en', 'Our staff never need your SMS code. If anyone asks you for it, tell us and do not give it to anybody.'],
    ['ru', 'Сотрудники не спрашивают пароль. Если кто-нибудь его просит — напишите нам и никому его не давайте.'],
    ['de', 'Das Team fragt nie nach Ihrem Passwort. Wenn jemand danach fragt, schreiben Sie uns und geben Sie es niemandem.'],
  ])('%s: no rule finds an ask', (_lang, text) => {
    expect(rules(text)).not.toContain('scam.sensitive_data_request');
    expect(rules(text)).not.toContain('scam.impersonation');
  });

  it.each([
    ['en', 'Can you send me the staging database password? I will put it in the team vault, not in the repository.'],
    ['de', 'Schick mir bitte das Passwort für den Testserver, ich lege es im Passwortmanager des Teams ab.'],
  ])('%s: a colleague asking for a work password without "nobody else" is not the standalone rule', (_lang, text) => {
    const standalone = detectScam({ text, kind: 'message' }).filter((s) => s.type === 'scam.sensitive_data_request' && s.evidence?.standalone);
    expect(standalone).toEqual([]);
  });
});
