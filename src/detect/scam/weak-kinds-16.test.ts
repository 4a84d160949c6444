// Kinds issue 11's round 16 found weak (blind sets 14 and 15 tuned on; lexicon-weak16.ts):
//   (e) the reader's full payment held by the writer's own person (a relative, a friend, a lawyer
//       or notary the writer knows), who passes it on to the writer after the reader approves;
//   (f) payment diversion: the payee's bank "changed" and the payment sent to the new account
//       instead of through the platform;
//   (g) the reader's login and password asked together with the code that will arrive.
// Each rule speaks alone (standalone). Honest look-alikes must stay clean: the platform's own
// escrow described with the same release, a payout method updated in the settings, advice that
// names the login and the code. Every sentence was written for this test; none is from an
// evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const standalone = (text: string, kind: ContentKind) =>
  detectScam({ text, kind })
    .filter((s) => s.type !== 'scam.combined' && s.evidence?.standalone)
    .map((s) => s.type);

const cases = (type: string, scams: [string, string][], honest: [string, string][], kind: ContentKind = 'proposal') => {
  it.each(scams)('%s', (_, text) => {
    expect(standalone(text, kind)).toContain(type);
  });
  it.each(honest)('not %s', (_, text) => {
    expect(standalone(text, kind)).not.toContain(type);
  });
};

describe("(e) the reader's money held by the writer's own person", () => {
  cases(
    'scam.fake_escrow',
    [
      ['en', 'To be safe, my cousin who is a solicitor can hold the full budget; she pays me once you are happy with the app.'],
      ['es', 'Para más seguridad, mi hermano es abogado: le transfiere el total y él me paga cuando usted quede conforme.'],
      ['pt', 'Minha advogada guarda o valor total e me repassa depois que você aprovar o site.'],
      ['fr', "Mon associé peut garder la totalité de la somme ; il me reverse l'argent après votre accord final."],
      ['de', 'Mein Anwalt hält den vollen Betrag; er zahlt mir das Geld erst nach Ihrer Abnahme aus.'],
      ['it', 'Il mio commercialista tiene tutta la somma e me la gira dopo la sua approvazione del lavoro.'],
      ['pl', 'Mój brat jest notariuszem: wpłaca Pan mu całą kwotę, a on przeleje mi ją po odbiorze projektu.'],
      ['ru', 'Предлагаю так: мой знакомый юрист держит всю сумму и переведет её мне после того, как вы примете работу.'],
      ['ro', 'Fratele meu e avocat; îi trimiteți toată suma și îmi transferă banii după ce aprobați site-ul.'],
      ['sw', 'Weka pesa yote kwa kaka yangu, yeye ni wakili; atanilipa ukishaidhinisha kazi.'],
      ['id', 'Supaya aman, transfer full ke paman saya dulu, nanti dia teruskan ke saya setelah revisi selesai.'],
    ],
    [
      ['en platform escrow', 'You fund the milestone in the platform escrow, which holds the full amount and pays me only after you approve.'],
      ['en advice', 'Never send the full amount to a friend or lawyer of the freelancer who says he pays them after approval: that is a scam.'],
      ['es plataforma', 'La plataforma guarda el total en garantía y me paga cuando usted aprueba el hito.'],
      ['fr plateforme', "Le séquestre de la plateforme garde la totalité et me la verse après votre validation, rien d'autre."],
      ['de duty', 'Mein Anwalt prüft den Vertrag; die Zahlung läuft komplett über den Meilenstein der Plattform.'],
      ['en thanks', 'My uncle loved the logo you made for his bakery, thanks again for the quick work.'],
    ],
  );
});

describe('(f) the bank "changed" and the payment sent there instead of the platform', () => {
  cases(
    'scam.fake_invoice',
    [
      [
        'en',
        'Heads up: our finance team switched banks. Kindly wire the second instalment to our new account details below instead of paying through the platform.',
      ],
      ['es', 'Cambiamos de banco este mes; le pido que transfiera el pago del hito a la nueva cuenta en lugar de liberarlo en la plataforma.'],
      ['fr', 'Nous avons changé de banque : merci de virer le solde sur notre nouvel IBAN au lieu de le régler sur la plateforme.'],
      ['de', 'Wir haben die Bankverbindung gewechselt, bitte überweisen Sie die Rate direkt auf unser neues Konto statt über die Plattform.'],
      ['it', 'Abbiamo cambiato banca: può fare il bonifico sul nuovo IBAN invece di pagarlo sulla piattaforma?'],
      ['ru', 'Мы сменили банк, поэтому оплату этапа переведите на новые реквизиты, а не через платформу.'],
      ['id', 'Kami ganti bank minggu ini, mohon transfer ke rekening baru bukan lewat platform ya.'],
    ],
    [
      ['en settings', 'We changed banks, so I updated my payout method in Settings; you keep paying the milestones on the platform as usual.'],
      ['en warning', 'Reminder: if a client says they moved banks and asks you to pay to a new IBAN instead of the platform, it is a scam, report it.'],
      ['es plataforma', 'Cambié de banco, pero no hace falta nada: el pago sigue por la plataforma como siempre.'],
      ['de job', 'Buchhalter (m/w/d): Sie pflegen Bankverbindungen und neue Konten unserer Lieferanten in SAP.'],
      ['fr ordinaire', 'Nous avons changé de banque le mois dernier, la facture de la plateforme reste la même.'],
    ],
    'message',
  );
});

describe('(g) the login and password asked with the code that will arrive', () => {
  cases(
    'scam.impersonation',
    [
      ['en', "I can fix your Shopify theme tonight. I'll need your username and password for the admin, plus the code you get by text when I log in."],
      ['es', 'Para arreglar la tienda pásame tu usuario y contraseña del panel y el código que te llegue por SMS.'],
      ['pt', 'Consigo resolver hoje: me manda o login e senha do painel e o código que chegar no seu celular.'],
      ['de', 'Schicken Sie mir Benutzername und Passwort vom Shop und den Code, den Sie per SMS bekommen, dann lege ich los.'],
      ['ru', 'Пришлите логин и пароль от админки и код из смс, я сразу всё настрою.'],
      ['tr', 'Mağaza sorununu çözmem için kullanıcı adı ve şifrenizi, telefonunuza gelecek kodu da buradan iletin.'],
      ['ro', 'Am nevoie de userul și parola contului și de codul primit prin SMS ca să termin azi.'],
      ['ms', 'Saya perlukan nama pengguna dan kata laluan akaun, dan kod yang masuk ke telefon tuan.'],
    ],
    [
      ['en advice', 'Never share your username and password or the code you get by text with anyone, not even with me.'],
      ['en invite', "I don't need your username and password or any code: just invite me as a staff member in the admin."],
      ['en login help', 'To sign in, type your email and password, then the code you receive by SMS appears on the next screen.'],
      ['es consejo', 'Nunca compartas tu usuario y contraseña ni el código que te llegue por SMS; yo trabajo con un usuario propio.'],
      ['de feature', 'Ich baue Ihnen den Login mit Benutzername und Passwort und einen SMS-Code als zweiten Faktor.'],
      ['ru совет', 'Никому не сообщайте логин и пароль и код из смс, мне хватит доступа сотрудника.'],
    ],
  );
});
