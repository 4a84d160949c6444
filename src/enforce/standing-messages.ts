// What the account-standing page says to the user in words, in the languages of the notices
// (en, es, pt, fr, de, ru, hi): the summary and the "what you can do now" steps. ICU messages
// (intl-messageformat), so plurals follow each language's rules; dates are passed as
// YYYY-MM-DD in every language, as the API always gave them. A locale without a catalogue falls back like the
// notices do (pt-BR → pt → the default).
import { IntlMessageFormat } from 'intl-messageformat';

type Key =
  | 'verify'
  | 'verifyLight'
  | 'verifyWhy'
  | 'verifyHold'
  | 'verifyReview'
  | 'verifyLightLapse'
  | 'verifyMissHold'
  | 'submitted'
  | 'appealAction'
  | 'appealStrike'
  | 'appealWaiting'
  | 'endsOnItsOwn'
  | 'strikesExpire'
  | 'nothing'
  | 'inForce'
  | 'strikes'
  | 'strikesNext'
  | 'reviewedFirst'
  | 'next'
  | 'good'
  | 'restrictionOn'
  | 'untilDay'
  | 'untilLifted'
  | 'item'
  | 'payoutHeld'
  | 'payoutReview'
  | 'holdProposed'
  | 'actionProposed';

interface Catalogue {
  actions: Record<string, string>;
  features: Record<string, string>;
  messages: Record<Key, string>;
}

const CATALOGUES: Record<string, Catalogue> = {
  en: {
    actions: {
      warning: 'warning',
      restriction: 'restriction',
      payment_hold: 'payment hold',
      suspension: 'temporary suspension',
      permanent_suspension: 'permanent suspension',
      notification: 'reminder',
    },
    features: {
      new_conversations: 'starting new conversations with people you have no contract with',
      proposals: 'sending proposals',
      messaging: 'sending messages',
      job_posts: 'posting jobs',
    },
    messages: {
      verify: 'Verify your identity by {due}: upload a photo of a government ID and a selfie.',
      verifyLight:
        'Confirm it is you by {due}: sign in again with two-step verification or follow the link sent to your e-mail. No ID document or selfie is needed.',
      verifyWhy: 'We asked for this check {trigger}.',
      verifyHold: ' Your payment hold is lifted once a reviewer approves them.',
      verifyReview: ' If you miss the date, a person on our team looks at your account before anything changes.',
      verifyLightLapse: ' If you miss the date, the check lapses: nothing is held and nothing else changes.',
      verifyMissHold: ' If you miss the date, payments to you are held until you verify.',
      submitted: 'We received your identity documents; a person is comparing them. Nothing else is needed from you.',
      appealAction: 'If the {action} is a mistake, appeal it by {by} (up to {max} characters); a person reviews every appeal.',
      appealStrike: 'If the strike of {day} is a mistake, appeal it by {by}.',
      appealWaiting: 'Your appeal of {day} is with a reviewer; you will get a notice with the decision.',
      endsOnItsOwn: 'The {action} ends on its own on {day}.',
      strikesExpire:
        'Strikes stop counting after {days} days; your oldest one stops counting on {day}. Staying within the policies is what restores your standing.',
      nothing: 'Nothing to do: your account is in good standing.',
      inForce: 'In force on your account: {list}.',
      strikes: 'You have {count, plural, one {# active strike} other {# active strikes}} ({points, plural, one {# point} other {# points}}).',
      strikesNext:
        'You have {count, plural, one {# active strike} other {# active strikes}} ({points, plural, one {# point} other {# points}}); if it happens again after your last notice, the next step is a {action}{reviewed}.',
      reviewedFirst: ', which a person reviews first when the evidence is not strong enough',
      next: 'Next: {step}',
      good: 'Your account is in good standing: no active actions, no strikes.',
      restrictionOn: 'a restriction on {feature}',
      untilDay: '{what} until {day}',
      untilLifted: '{what} until a reviewer lifts it',
      item: 'a {action}',
      payoutHeld:
        '{count, plural, one {A payout is paused} other {# payouts are paused}} while our payments team reviews recent activity; your earnings are safe.',
      payoutReview: 'Our payments team is reviewing your payout of {day}; you will get a notice when it is released. Nothing is needed from you unless we ask.',
      holdProposed: 'A payment hold is waiting for a reviewer: nothing changes until a person decides, and you will get a notice if they apply it.',
      actionProposed:
        'A person is reviewing a further step on your account ({action}): nothing changes until they decide, and you will get a notice if they apply it.',
    },
  },
  es: {
    actions: {
      warning: 'advertencia',
      restriction: 'restricción',
      payment_hold: 'retención de pagos',
      suspension: 'suspensión temporal',
      permanent_suspension: 'suspensión permanente',
      notification: 'recordatorio',
    },
    features: {
      new_conversations: 'iniciar conversaciones nuevas con personas con las que no tienes contrato',
      proposals: 'enviar propuestas',
      messaging: 'enviar mensajes',
      job_posts: 'publicar trabajos',
    },
    messages: {
      verify: 'Verifica tu identidad antes del {due}: sube una foto de un documento oficial y un selfi.',
      verifyLight:
        'Confirma que eres tú antes del {due}: vuelve a iniciar sesión con la verificación en dos pasos o sigue el enlace enviado a tu correo. No hace falta documento de identidad ni selfi.',
      verifyWhy: 'Te pedimos esta comprobación {trigger}.',
      verifyHold: ' La retención de tus pagos se levanta cuando una persona del equipo los apruebe.',
      verifyReview: ' Si no llegas a tiempo, una persona de nuestro equipo revisa tu cuenta antes de cambiar nada.',
      verifyLightLapse: ' Si no llegas a tiempo, la comprobación caduca: no se retiene nada y nada más cambia.',
      verifyMissHold: ' Si no llegas a tiempo, tus pagos quedan retenidos hasta que te verifiques.',
      submitted: 'Recibimos tus documentos de identidad; una persona los está comparando. No necesitas hacer nada más.',
      appealAction: 'Si la {action} es un error, apela antes del {by} (hasta {max} caracteres); una persona revisa cada apelación.',
      appealStrike: 'Si la falta del {day} es un error, apela antes del {by}.',
      appealWaiting: 'Tu apelación del {day} está con una persona del equipo; recibirás un aviso con la decisión.',
      endsOnItsOwn: 'La {action} termina sola el {day}.',
      strikesExpire:
        'Las faltas dejan de contar a los {days} días; la más antigua deja de contar el {day}. Respetar las políticas es lo que restablece tu cuenta.',
      nothing: 'No tienes nada que hacer: tu cuenta está en regla.',
      inForce: 'En vigor en tu cuenta: {list}.',
      strikes: 'Tienes {count, plural, one {# falta activa} other {# faltas activas}} ({points, plural, one {# punto} other {# puntos}}).',
      strikesNext:
        'Tienes {count, plural, one {# falta activa} other {# faltas activas}} ({points, plural, one {# punto} other {# puntos}}); si vuelve a ocurrir después de tu último aviso, el siguiente paso es una {action}{reviewed}.',
      reviewedFirst: ', que una persona revisa antes cuando las pruebas no son suficientes',
      next: 'Siguiente: {step}',
      good: 'Tu cuenta está en regla: sin medidas activas ni faltas.',
      restrictionOn: 'una restricción para {feature}',
      untilDay: '{what} hasta el {day}',
      untilLifted: '{what} hasta que una persona del equipo la levante',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {Un retiro está en pausa} other {# retiros están en pausa}} mientras nuestro equipo de pagos revisa la actividad reciente; tus ganancias están seguras.',
      payoutReview:
        'Nuestro equipo de pagos está revisando tu retiro del {day}; recibirás un aviso cuando se libere. No necesitas hacer nada salvo que te lo pidamos.',
      holdProposed: 'Una retención de pagos espera a un revisor: nada cambia hasta que una persona decida, y recibirás un aviso si la aplica.',
      actionProposed: 'Una persona está revisando un paso más en tu cuenta ({action}): nada cambia hasta que decida, y recibirás un aviso si lo aplica.',
    },
  },
  pt: {
    actions: {
      warning: 'advertência',
      restriction: 'restrição',
      payment_hold: 'retenção de pagamentos',
      suspension: 'suspensão temporária',
      permanent_suspension: 'suspensão permanente',
      notification: 'lembrete',
    },
    features: {
      new_conversations: 'iniciar novas conversas com pessoas com quem você não tem contrato',
      proposals: 'enviar propostas',
      messaging: 'enviar mensagens',
      job_posts: 'publicar vagas',
    },
    messages: {
      verify: 'Verifique sua identidade até {due}: envie uma foto de um documento oficial e uma selfie.',
      verifyLight:
        'Confirme que é você até {due}: entre de novo com a verificação em duas etapas ou siga o link enviado para o seu e-mail. Não é preciso documento de identidade nem selfie.',
      verifyWhy: 'Pedimos esta verificação {trigger}.',
      verifyHold: ' A retenção dos seus pagamentos é liberada quando uma pessoa da equipe os aprovar.',
      verifyReview: ' Se perder o prazo, uma pessoa da nossa equipe analisa sua conta antes de qualquer mudança.',
      verifyLightLapse: ' Se perder o prazo, a verificação expira: nada é retido e nada mais muda.',
      verifyMissHold: ' Se perder o prazo, seus pagamentos ficam retidos até você se verificar.',
      submitted: 'Recebemos seus documentos de identidade; uma pessoa está comparando. Você não precisa fazer mais nada.',
      appealAction: 'Se a {action} for um erro, recorra até {by} (até {max} caracteres); uma pessoa analisa cada recurso.',
      appealStrike: 'Se a infração de {day} for um erro, recorra até {by}.',
      appealWaiting: 'Seu recurso de {day} está com uma pessoa da equipe; você receberá um aviso com a decisão.',
      endsOnItsOwn: 'A {action} termina sozinha em {day}.',
      strikesExpire:
        'As infrações deixam de contar após {days} dias; a mais antiga deixa de contar em {day}. Seguir as políticas é o que restabelece sua conta.',
      nothing: 'Nada a fazer: sua conta está regular.',
      inForce: 'Em vigor na sua conta: {list}.',
      strikes: 'Você tem {count, plural, one {# infração ativa} other {# infrações ativas}} ({points, plural, one {# ponto} other {# pontos}}).',
      strikesNext:
        'Você tem {count, plural, one {# infração ativa} other {# infrações ativas}} ({points, plural, one {# ponto} other {# pontos}}); se acontecer de novo depois do seu último aviso, o próximo passo é uma {action}{reviewed}.',
      reviewedFirst: ', que uma pessoa analisa antes quando as provas não são suficientes',
      next: 'Próximo passo: {step}',
      good: 'Sua conta está regular: nenhuma medida ativa, nenhuma infração.',
      restrictionOn: 'uma restrição para {feature}',
      untilDay: '{what} até {day}',
      untilLifted: '{what} até que uma pessoa da equipe a retire',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {Um saque está pausado} other {# saques estão pausados}} enquanto nossa equipe de pagamentos revisa a atividade recente; seus ganhos estão seguros.',
      payoutReview:
        'Nossa equipe de pagamentos está revisando seu saque de {day}; você receberá um aviso quando ele for liberado. Você não precisa fazer nada, a menos que pedirmos.',
      holdProposed: 'Uma retenção de pagamentos aguarda um revisor: nada muda até que uma pessoa decida, e você receberá um aviso se ela for aplicada.',
      actionProposed:
        'Uma pessoa está analisando um passo a mais na sua conta ({action}): nada muda até que ela decida, e você receberá um aviso se ele for aplicado.',
    },
  },
  fr: {
    actions: {
      warning: 'avertissement',
      restriction: 'restriction',
      payment_hold: 'retenue des paiements',
      suspension: 'suspension temporaire',
      permanent_suspension: 'suspension définitive',
      notification: 'rappel',
    },
    features: {
      new_conversations: 'commencer de nouvelles conversations avec des personnes sans contrat avec vous',
      proposals: 'envoyer des propositions',
      messaging: 'envoyer des messages',
      job_posts: 'publier des offres',
    },
    messages: {
      verify: "Vérifiez votre identité d'ici le {due} : envoyez une photo d'une pièce d'identité officielle et un selfie.",
      verifyLight:
        'Confirmez que c’est bien vous d’ici le {due} : reconnectez-vous avec la validation en deux étapes ou suivez le lien envoyé à votre adresse e-mail. Aucune pièce d’identité ni selfie n’est nécessaire.',
      verifyWhy: 'Nous avons demandé cette vérification {trigger}.',
      verifyHold: ' La retenue de vos paiements est levée dès qu’une personne de l’équipe les approuve.',
      verifyReview: ' Si vous dépassez la date, une personne de notre équipe examine votre compte avant tout changement.',
      verifyLightLapse: ' Si vous dépassez la date, la vérification expire : rien n’est bloqué et rien d’autre ne change.',
      verifyMissHold: ' Si vous dépassez la date, vos paiements sont retenus jusqu’à votre vérification.',
      submitted: 'Nous avons reçu vos documents d’identité ; une personne les compare. Vous n’avez rien d’autre à faire.',
      appealAction: 'Si la mesure ({action}) est une erreur, faites appel avant le {by} ({max} caractères au plus) ; une personne examine chaque appel.',
      appealStrike: 'Si l’infraction du {day} est une erreur, faites appel avant le {by}.',
      appealWaiting: 'Votre appel du {day} est entre les mains d’une personne de l’équipe ; vous recevrez un avis avec la décision.',
      endsOnItsOwn: 'La mesure ({action}) prend fin d’elle-même le {day}.',
      strikesExpire:
        'Les infractions cessent de compter après {days} jours ; la plus ancienne cesse de compter le {day}. Respecter les règles est ce qui rétablit votre compte.',
      nothing: 'Rien à faire : votre compte est en règle.',
      inForce: 'En vigueur sur votre compte : {list}.',
      strikes: 'Vous avez {count, plural, one {# infraction active} other {# infractions actives}} ({points, plural, one {# point} other {# points}}).',
      strikesNext:
        'Vous avez {count, plural, one {# infraction active} other {# infractions actives}} ({points, plural, one {# point} other {# points}}) ; si cela se reproduit après votre dernier avis, l’étape suivante est : {action}{reviewed}.',
      reviewedFirst: ', qu’une personne examine d’abord quand les preuves ne suffisent pas',
      next: 'Ensuite : {step}',
      good: 'Votre compte est en règle : aucune mesure active, aucune infraction.',
      restrictionOn: 'une restriction pour {feature}',
      untilDay: '{what} jusqu’au {day}',
      untilLifted: '{what} jusqu’à ce qu’une personne de l’équipe la lève',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {Un retrait est en pause} other {# retraits sont en pause}} pendant que notre équipe des paiements examine l’activité récente ; vos gains sont en sécurité.',
      payoutReview:
        'Notre équipe des paiements examine votre retrait du {day} ; vous recevrez un avis quand il sera débloqué. Vous n’avez rien à faire sauf si nous vous le demandons.',
      holdProposed: 'Un blocage des paiements attend un examinateur : rien ne change avant qu’une personne décide, et vous recevrez un avis s’il est appliqué.',
      actionProposed:
        'Une personne examine une étape supplémentaire sur votre compte ({action}) : rien ne change avant sa décision, et vous recevrez un avis si elle est appliquée.',
    },
  },
  de: {
    actions: {
      warning: 'Verwarnung',
      restriction: 'Einschränkung',
      payment_hold: 'Zahlungssperre',
      suspension: 'vorübergehende Sperrung',
      permanent_suspension: 'dauerhafte Sperrung',
      notification: 'Erinnerung',
    },
    features: {
      new_conversations: 'neue Unterhaltungen mit Personen ohne Vertrag mit Ihnen beginnen',
      proposals: 'Angebote senden',
      messaging: 'Nachrichten senden',
      job_posts: 'Aufträge veröffentlichen',
    },
    messages: {
      verify: 'Bestätigen Sie Ihre Identität bis {due}: Laden Sie ein Foto eines amtlichen Ausweises und ein Selfie hoch.',
      verifyLight:
        'Bestätigen Sie bis {due}, dass Sie es sind: Melden Sie sich erneut mit der Zwei-Schritt-Verifizierung an oder folgen Sie dem Link in Ihrer E-Mail. Kein Ausweis und kein Selfie nötig.',
      verifyWhy: 'Wir haben diese Prüfung angefordert, {trigger}.',
      verifyHold: ' Ihre Zahlungssperre wird aufgehoben, sobald eine Person aus dem Team sie bestätigt.',
      verifyReview: ' Wenn Sie die Frist verpassen, prüft eine Person aus unserem Team Ihr Konto, bevor sich etwas ändert.',
      verifyLightLapse: ' Wenn Sie die Frist verpassen, verfällt die Prüfung: Es wird nichts gesperrt und sonst ändert sich nichts.',
      verifyMissHold: ' Wenn Sie die Frist verpassen, werden Zahlungen an Sie bis zur Bestätigung zurückgehalten.',
      submitted: 'Wir haben Ihre Ausweisdokumente erhalten; eine Person vergleicht sie. Sie müssen nichts weiter tun.',
      appealAction:
        'Wenn die Maßnahme ({action}) ein Fehler ist, legen Sie bis {by} Einspruch ein (höchstens {max} Zeichen); eine Person prüft jeden Einspruch.',
      appealStrike: 'Wenn der Verstoß vom {day} ein Fehler ist, legen Sie bis {by} Einspruch ein.',
      appealWaiting: 'Ihr Einspruch vom {day} liegt bei einer Person aus dem Team; Sie erhalten eine Mitteilung mit der Entscheidung.',
      endsOnItsOwn: 'Die Maßnahme ({action}) endet von selbst am {day}.',
      strikesExpire:
        'Verstöße zählen nach {days} Tagen nicht mehr; Ihr ältester zählt ab dem {day} nicht mehr. Wer sich an die Richtlinien hält, stellt seinen Kontostatus wieder her.',
      nothing: 'Nichts zu tun: Ihr Konto ist in gutem Zustand.',
      inForce: 'Auf Ihrem Konto in Kraft: {list}.',
      strikes: 'Sie haben {count, plural, one {# aktiven Verstoß} other {# aktive Verstöße}} ({points, plural, one {# Punkt} other {# Punkte}}).',
      strikesNext:
        'Sie haben {count, plural, one {# aktiven Verstoß} other {# aktive Verstöße}} ({points, plural, one {# Punkt} other {# Punkte}}); wenn es nach Ihrer letzten Mitteilung wieder vorkommt, ist der nächste Schritt: {action}{reviewed}.',
      reviewedFirst: ', die eine Person zuerst prüft, wenn die Belege nicht ausreichen',
      next: 'Als Nächstes: {step}',
      good: 'Ihr Konto ist in gutem Zustand: keine aktiven Maßnahmen, keine Verstöße.',
      restrictionOn: 'eine Einschränkung: {feature}',
      untilDay: '{what} bis {day}',
      untilLifted: '{what}, bis eine Person aus dem Team sie aufhebt',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {Eine Auszahlung ist pausiert} other {# Auszahlungen sind pausiert}}, während unser Zahlungsteam die jüngsten Aktivitäten prüft; Ihre Einnahmen sind sicher.',
      payoutReview:
        'Unser Zahlungsteam prüft Ihre Auszahlung vom {day}; Sie erhalten eine Mitteilung, sobald sie freigegeben ist. Sie müssen nichts tun, außer wir bitten Sie darum.',
      holdProposed:
        'Eine Zahlungssperre wartet auf eine Prüfung: Nichts ändert sich, bis ein Mensch entscheidet, und Sie erhalten einen Hinweis, falls sie verhängt wird.',
      actionProposed:
        'Eine Person prüft einen weiteren Schritt für Ihr Konto ({action}): Nichts ändert sich, bis sie entscheidet, und Sie erhalten einen Hinweis, falls er angewendet wird.',
    },
  },
  ru: {
    actions: {
      warning: 'предупреждение',
      restriction: 'ограничение',
      payment_hold: 'удержание выплат',
      suspension: 'временная блокировка',
      permanent_suspension: 'бессрочная блокировка',
      notification: 'напоминание',
    },
    features: {
      new_conversations: 'начинать новые переписки с людьми, с которыми у вас нет контракта',
      proposals: 'отправлять предложения',
      messaging: 'отправлять сообщения',
      job_posts: 'публиковать заказы',
    },
    messages: {
      verify: 'Подтвердите личность до {due}: загрузите фото официального документа и селфи.',
      verifyLight: 'Подтвердите, что это вы, до {due}: войдите снова с двухэтапной проверкой или перейдите по ссылке из письма. Документ и селфи не нужны.',
      verifyWhy: 'Мы запросили эту проверку, {trigger}.',
      verifyHold: ' Удержание выплат снимается, как только сотрудник их одобрит.',
      verifyReview: ' Если вы не успеете, сотрудник нашей команды проверит аккаунт, прежде чем что-то изменится.',
      verifyLightLapse: ' Если вы не успеете, проверка просто истечёт: ничего не блокируется и больше ничего не меняется.',
      verifyMissHold: ' Если вы не успеете, выплаты вам будут удерживаться до подтверждения.',
      submitted: 'Мы получили ваши документы; сотрудник их сравнивает. Больше ничего делать не нужно.',
      appealAction: 'Если мера ({action}) ошибочна, обжалуйте её до {by} (не более {max} символов); каждую апелляцию рассматривает человек.',
      appealStrike: 'Если нарушение от {day} засчитано ошибочно, обжалуйте его до {by}.',
      appealWaiting: 'Ваша апелляция от {day} у сотрудника; вы получите уведомление с решением.',
      endsOnItsOwn: 'Мера ({action}) закончится сама {day}.',
      strikesExpire:
        'Нарушения перестают учитываться через {days} дней; самое старое перестанет учитываться {day}. Соблюдение правил восстанавливает статус аккаунта.',
      nothing: 'Ничего делать не нужно: с аккаунтом всё в порядке.',
      inForce: 'На аккаунте действует: {list}.',
      strikes:
        'У вас {count, plural, one {# активное нарушение} few {# активных нарушения} many {# активных нарушений} other {# активного нарушения}} ({points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}).',
      strikesNext:
        'У вас {count, plural, one {# активное нарушение} few {# активных нарушения} many {# активных нарушений} other {# активного нарушения}} ({points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}); если это повторится после последнего уведомления, следующий шаг — {action}{reviewed}.',
      reviewedFirst: ', которую сначала рассматривает человек, если доказательств недостаточно',
      next: 'Далее: {step}',
      good: 'С аккаунтом всё в порядке: нет действующих мер и нарушений.',
      restrictionOn: 'ограничение: {feature}',
      untilDay: '{what} до {day}',
      untilLifted: '{what}, пока сотрудник её не снимет',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {# выплата приостановлена} few {# выплаты приостановлены} other {# выплат приостановлено}}, пока наша платёжная команда проверяет недавнюю активность; ваш заработок в безопасности.',
      payoutReview:
        'Наша платёжная команда проверяет вашу выплату от {day}; вы получите уведомление, когда она будет разблокирована. От вас ничего не нужно, если мы не попросим.',
      holdProposed: 'Блокировка выплат ждёт проверяющего: ничего не изменится, пока решение не примет человек, и вы получите уведомление, если её применят.',
      actionProposed:
        'Человек рассматривает следующий шаг для вашего аккаунта ({action}): ничего не изменится, пока он не примет решение, и вы получите уведомление, если его применят.',
    },
  },
  hi: {
    actions: {
      warning: 'चेतावनी',
      restriction: 'प्रतिबंध',
      payment_hold: 'भुगतान रोक',
      suspension: 'अस्थायी निलंबन',
      permanent_suspension: 'स्थायी निलंबन',
      notification: 'रिमाइंडर',
    },
    features: {
      new_conversations: 'उन लोगों से नई बातचीत शुरू करना जिनके साथ आपका कोई अनुबंध नहीं है',
      proposals: 'प्रस्ताव भेजना',
      messaging: 'संदेश भेजना',
      job_posts: 'नौकरियाँ पोस्ट करना',
    },
    messages: {
      verify: '{due} तक अपनी पहचान सत्यापित करें: किसी सरकारी पहचान पत्र की फ़ोटो और एक सेल्फ़ी अपलोड करें।',
      verifyLight:
        '{due} तक पुष्टि करें कि यह आप ही हैं: दो-चरणीय सत्यापन के साथ फिर से साइन इन करें या अपने ई-मेल पर भेजे गए लिंक का पालन करें। किसी पहचान पत्र या सेल्फ़ी की ज़रूरत नहीं है।',
      verifyWhy: 'हमने यह जाँच {trigger} माँगी है।',
      verifyHold: ' किसी समीक्षक के उन्हें स्वीकार करते ही आपकी भुगतान रोक हटा दी जाएगी।',
      verifyReview: ' अगर आप यह तारीख़ चूक जाते हैं, तो कुछ भी बदलने से पहले हमारी टीम का एक व्यक्ति आपका खाता देखेगा।',
      verifyLightLapse: ' अगर आप यह तारीख़ चूक जाते हैं, तो यह जाँच बस समाप्त हो जाती है: कुछ भी नहीं रोका जाता और कुछ और नहीं बदलता।',
      verifyMissHold: ' अगर आप यह तारीख़ चूक जाते हैं, तो सत्यापन होने तक आपको होने वाले भुगतान रोके जाएँगे।',
      submitted: 'हमें आपके पहचान दस्तावेज़ मिल गए हैं; एक व्यक्ति उनकी जाँच कर रहा है। आपको और कुछ करने की ज़रूरत नहीं है।',
      appealAction: 'अगर यह {action} एक गलती है, तो {by} तक इसके विरुद्ध अपील करें (अधिकतम {max} अक्षर); हर अपील एक व्यक्ति पढ़ता है।',
      appealStrike: 'अगर {day} की स्ट्राइक एक गलती है, तो {by} तक इसके विरुद्ध अपील करें।',
      appealWaiting: '{day} की आपकी अपील एक समीक्षक के पास है; निर्णय होने पर आपको सूचना मिलेगी।',
      endsOnItsOwn: 'यह {action} {day} को अपने-आप समाप्त हो जाएगा।',
      strikesExpire:
        'स्ट्राइक {days} दिनों के बाद गिनी जाना बंद हो जाती हैं; आपकी सबसे पुरानी स्ट्राइक {day} को गिनी जाना बंद होगी। नीतियों का पालन करते रहने से ही आपके खाते की स्थिति सुधरती है।',
      nothing: 'कुछ करने की ज़रूरत नहीं: आपके खाते की स्थिति अच्छी है।',
      inForce: 'आपके खाते पर लागू: {list}।',
      strikes: 'आपकी {count, plural, one {# सक्रिय स्ट्राइक है} other {# सक्रिय स्ट्राइक हैं}} ({points, plural, one {# अंक} other {# अंक}})।',
      strikesNext:
        'आपकी {count, plural, one {# सक्रिय स्ट्राइक है} other {# सक्रिय स्ट्राइक हैं}} ({points, plural, one {# अंक} other {# अंक}}); अगर आपकी पिछली सूचना के बाद यह फिर होता है, तो अगला कदम {action}{reviewed} होगा।',
      reviewedFirst: ', जिसे सबूत पर्याप्त मज़बूत न होने पर पहले एक व्यक्ति देखता है',
      next: 'आगे: {step}',
      good: 'आपके खाते की स्थिति अच्छी है: कोई सक्रिय कार्रवाई नहीं, कोई स्ट्राइक नहीं।',
      restrictionOn: '{feature} पर प्रतिबंध',
      untilDay: '{day} तक {what}',
      untilLifted: '{what}, जब तक कोई समीक्षक इसे हटा न दे',
      item: '{action}',
      payoutHeld:
        '{count, plural, one {एक पेआउट रोका गया है} other {# पेआउट रोके गए हैं}}, जब तक हमारी भुगतान टीम हाल की गतिविधि की समीक्षा करती है; आपकी कमाई सुरक्षित है।',
      payoutReview: 'हमारी भुगतान टीम {day} के आपके पेआउट की समीक्षा कर रही है; जारी होने पर आपको सूचना मिलेगी। जब तक हम न पूछें, आपको कुछ करने की ज़रूरत नहीं है।',
      holdProposed: 'भुगतान रोक एक समीक्षक की प्रतीक्षा में है: जब तक कोई व्यक्ति निर्णय न ले, कुछ नहीं बदलता, और लागू होने पर आपको सूचना मिलेगी।',
      actionProposed: 'एक व्यक्ति आपके खाते पर अगले कदम ({action}) की समीक्षा कर रहा है: उनके निर्णय तक कुछ नहीं बदलता, और लागू होने पर आपको सूचना मिलेगी।',
    },
  },
};

export const STANDING_LOCALES = Object.keys(CATALOGUES);

/** The catalogue for a locale: itself, its base language (pt-BR → pt), then `fallback`, then English. */
export function standingLocale(wanted: string | null | undefined, fallback = 'en'): string {
  const lower = (wanted ?? '').toLowerCase();
  if (CATALOGUES[lower]) return lower;
  const base = lower.split(/[-_]/)[0];
  if (CATALOGUES[base]) return base;
  return CATALOGUES[fallback] ? fallback : 'en';
}

/** A formatter of the standing page's sentences in one locale; dates go in as YYYY-MM-DD and stay so. */
export function standingWords(locale: string) {
  const loc = standingLocale(locale);
  const c = CATALOGUES[loc];
  const say = (key: Key, values: Record<string, string | number> = {}) => String(new IntlMessageFormat(c.messages[key], loc).format(values));
  return {
    locale: loc,
    say,
    action: (type: string) => c.actions[type] ?? type.replace(/_/g, ' '),
    feature: (f: string | null | undefined) => (f ? (c.features[f] ?? f.replace(/_/g, ' ')) : ''),
    list: (items: string[]) => new Intl.ListFormat(loc, { style: 'long', type: 'conjunction' }).format(items),
  };
}
