// The standing page's own words in the languages of the notices (en, es, pt, fr, de, ru, hi). The
// server says which language the page speaks (`locale` of the standing: the one the link asked
// for, else the account's); the sentences it writes (summary, steps, notices) come translated.
import type { Standing } from '../models/enforcement.ts';

export interface StandingText {
  title: string;
  yourAccount: string;
  status: Record<Standing['status'], string>;
  actions: Record<string, string>;
  whatNow: string;
  inForce: string;
  since: string;
  until: string;
  policy: string;
  strike: (points: number) => string;
  stopsCounting: string;
  nextStep: (points: number, at: number, action: string) => string;
  appealTitle: string;
  appealLead: string;
  decision: string;
  appealing: string;
  whyWrong: string;
  yourAppeal: string;
  characters: string;
  appealBy: string;
  sending: string;
  send: string;
  sent: string;
  yourAppeals: string;
  withReviewer: string;
  accepted: string;
  notAccepted: string;
  filed: string;
  reviewer: string;
  notices: string;
  actionOf: (action: string, date: string) => string;
  strikeOf: (date: string) => string;
  footer: (account: string, asOf: string, until: string) => string;
  expired: string;
  broken: string;
  newLink: string;
  loading: string;
  /** The appeal conversation: who spoke, what kind of turn, and the form to add one. */
  conversation: string;
  you: string;
  aReviewer: string;
  turns: Record<'statement' | 'evidence' | 'answer' | 'question' | 'reply', string>;
  awaitingYou: string;
  addToAppeal: string;
  yourAnswer: string;
  addStatement: string;
  sendAnswer: string;
  sendStatement: string;
}

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const ruPlural = (n: number, one: string, few: string, many: string) => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

export const STANDING_TEXT: Record<string, StandingText> = {
  en: {
    title: 'Account standing',
    yourAccount: 'Your account',
    status: { good: 'In good standing', strikes: 'Active strikes', restricted: 'Restricted', on_hold: 'Payments on hold', suspended: 'Suspended' },
    actions: {
      warning: 'Warning',
      restriction: 'Restriction',
      payment_hold: 'Payment hold',
      suspension: 'Temporary suspension',
      permanent_suspension: 'Permanent suspension',
      notification: 'Reminder',
    },
    whatNow: 'What you can do now',
    inForce: 'In force on your account',
    since: 'since',
    until: 'until',
    policy: 'Policy',
    strike: (p) => `Strike (${p} ${plural(p, 'point', 'points')})`,
    stopsCounting: 'stops counting',
    nextStep: (p, at, a) => `You have ${p} ${plural(p, 'point', 'points')}. At ${at} the next step would be: ${a.toLowerCase()}.`,
    appealTitle: 'Appeal a decision',
    appealLead: 'A person reads every appeal. Tell us what happened in your own words; you do not need to repeat the message we quoted.',
    decision: 'Decision',
    appealing: 'Appealing',
    whyWrong: 'Why is this decision wrong?',
    yourAppeal: 'Your appeal',
    characters: 'characters',
    appealBy: 'appeal by',
    sending: 'Sending…',
    send: 'Send appeal',
    sent: 'Your appeal was sent. A person will review it and you will get a notice with the decision.',
    yourAppeals: 'Your appeals',
    withReviewer: 'With a reviewer',
    accepted: 'Accepted: the decision was reversed',
    notAccepted: 'Not accepted',
    filed: 'filed',
    reviewer: 'Reviewer',
    notices: 'Notices',
    actionOf: (a, d) => `${a} of ${d}`,
    strikeOf: (d) => `Strike of ${d}`,
    footer: (acc, asOf, until) => `This page shows account ${acc} as of ${asOf}. The link is personal; it works until ${until}.`,
    expired: 'This link has expired',
    broken: 'This link does not work',
    newLink: 'Links to your account standing are personal and last a few days. Open your account settings on the marketplace to get a new one.',
    loading: 'Loading your account standing…',
    conversation: 'Conversation',
    you: 'You',
    aReviewer: 'Reviewer',
    turns: { statement: 'statement', evidence: 'evidence', answer: 'answer', question: 'question', reply: 'reply' },
    awaitingYou: 'The reviewer asked you a question. Your answer helps them decide.',
    addToAppeal: 'Add to your appeal',
    yourAnswer: 'Your answer',
    addStatement: 'Anything else the reviewer should know',
    sendAnswer: 'Send answer',
    sendStatement: 'Add to appeal',
  },
  es: {
    title: 'Estado de la cuenta',
    yourAccount: 'Tu cuenta',
    status: { good: 'En regla', strikes: 'Faltas activas', restricted: 'Con restricciones', on_hold: 'Pagos retenidos', suspended: 'Suspendida' },
    actions: {
      warning: 'Advertencia',
      restriction: 'Restricción',
      payment_hold: 'Retención de pagos',
      suspension: 'Suspensión temporal',
      permanent_suspension: 'Suspensión permanente',
      notification: 'Recordatorio',
    },
    whatNow: 'Qué puedes hacer ahora',
    inForce: 'En vigor en tu cuenta',
    since: 'desde el',
    until: 'hasta el',
    policy: 'Política',
    strike: (p) => `Falta (${p} ${plural(p, 'punto', 'puntos')})`,
    stopsCounting: 'deja de contar el',
    nextStep: (p, at, a) => `Tienes ${p} ${plural(p, 'punto', 'puntos')}. Con ${at}, el siguiente paso sería: ${a.toLowerCase()}.`,
    appealTitle: 'Apelar una decisión',
    appealLead: 'Una persona lee cada apelación. Cuéntanos lo que pasó con tus palabras; no hace falta repetir el mensaje citado.',
    decision: 'Decisión',
    appealing: 'Apelas',
    whyWrong: '¿Por qué esta decisión es un error?',
    yourAppeal: 'Tu apelación',
    characters: 'caracteres',
    appealBy: 'apela antes del',
    sending: 'Enviando…',
    send: 'Enviar apelación',
    sent: 'Tu apelación se envió. Una persona la revisará y recibirás un aviso con la decisión.',
    yourAppeals: 'Tus apelaciones',
    withReviewer: 'En revisión',
    accepted: 'Aceptada: la decisión se revirtió',
    notAccepted: 'No aceptada',
    filed: 'enviada el',
    reviewer: 'Revisión',
    notices: 'Avisos',
    actionOf: (a, d) => `${a} del ${d}`,
    strikeOf: (d) => `Falta del ${d}`,
    footer: (acc, asOf, until) => `Esta página muestra la cuenta ${acc} al ${asOf}. El enlace es personal; funciona hasta el ${until}.`,
    expired: 'Este enlace caducó',
    broken: 'Este enlace no funciona',
    newLink:
      'Los enlaces al estado de tu cuenta son personales y duran pocos días. Abre la configuración de tu cuenta en la plataforma para obtener uno nuevo.',
    loading: 'Cargando el estado de tu cuenta…',
    conversation: 'Conversación',
    you: 'Usted',
    aReviewer: 'Revisor',
    turns: { statement: 'declaración', evidence: 'prueba', answer: 'respuesta', question: 'pregunta', reply: 'respuesta del revisor' },
    awaitingYou: 'El revisor le hizo una pregunta. Su respuesta le ayuda a decidir.',
    addToAppeal: 'Añadir a su apelación',
    yourAnswer: 'Su respuesta',
    addStatement: 'Algo más que el revisor deba saber',
    sendAnswer: 'Enviar respuesta',
    sendStatement: 'Añadir a la apelación',
  },
  pt: {
    title: 'Situação da conta',
    yourAccount: 'Sua conta',
    status: { good: 'Conta regular', strikes: 'Infrações ativas', restricted: 'Com restrições', on_hold: 'Pagamentos retidos', suspended: 'Suspensa' },
    actions: {
      warning: 'Advertência',
      restriction: 'Restrição',
      payment_hold: 'Retenção de pagamentos',
      suspension: 'Suspensão temporária',
      permanent_suspension: 'Suspensão permanente',
      notification: 'Lembrete',
    },
    whatNow: 'O que você pode fazer agora',
    inForce: 'Em vigor na sua conta',
    since: 'desde',
    until: 'até',
    policy: 'Política',
    strike: (p) => `Infração (${p} ${plural(p, 'ponto', 'pontos')})`,
    stopsCounting: 'deixa de contar em',
    nextStep: (p, at, a) => `Você tem ${p} ${plural(p, 'ponto', 'pontos')}. Com ${at}, o próximo passo seria: ${a.toLowerCase()}.`,
    appealTitle: 'Recorrer de uma decisão',
    appealLead: 'Uma pessoa lê cada recurso. Conte o que aconteceu com suas palavras; não é preciso repetir a mensagem citada.',
    decision: 'Decisão',
    appealing: 'Recurso de',
    whyWrong: 'Por que esta decisão está errada?',
    yourAppeal: 'Seu recurso',
    characters: 'caracteres',
    appealBy: 'recorra até',
    sending: 'Enviando…',
    send: 'Enviar recurso',
    sent: 'Seu recurso foi enviado. Uma pessoa vai analisá-lo e você receberá um aviso com a decisão.',
    yourAppeals: 'Seus recursos',
    withReviewer: 'Em análise',
    accepted: 'Aceito: a decisão foi revertida',
    notAccepted: 'Não aceito',
    filed: 'enviado em',
    reviewer: 'Análise',
    notices: 'Avisos',
    actionOf: (a, d) => `${a} de ${d}`,
    strikeOf: (d) => `Infração de ${d}`,
    footer: (acc, asOf, until) => `Esta página mostra a conta ${acc} em ${asOf}. O link é pessoal; funciona até ${until}.`,
    expired: 'Este link expirou',
    broken: 'Este link não funciona',
    newLink: 'Os links para a situação da sua conta são pessoais e duram poucos dias. Abra as configurações da sua conta na plataforma para obter um novo.',
    loading: 'Carregando a situação da sua conta…',
    conversation: 'Conversa',
    you: 'Você',
    aReviewer: 'Revisor',
    turns: { statement: 'declaração', evidence: 'prova', answer: 'resposta', question: 'pergunta', reply: 'resposta do revisor' },
    awaitingYou: 'O revisor fez uma pergunta a você. Sua resposta ajuda na decisão.',
    addToAppeal: 'Acrescentar ao seu recurso',
    yourAnswer: 'Sua resposta',
    addStatement: 'Algo mais que o revisor deva saber',
    sendAnswer: 'Enviar resposta',
    sendStatement: 'Acrescentar ao recurso',
  },
  fr: {
    title: 'État du compte',
    yourAccount: 'Votre compte',
    status: { good: 'En règle', strikes: 'Infractions actives', restricted: 'Restreint', on_hold: 'Paiements retenus', suspended: 'Suspendu' },
    actions: {
      warning: 'Avertissement',
      restriction: 'Restriction',
      payment_hold: 'Retenue des paiements',
      suspension: 'Suspension temporaire',
      permanent_suspension: 'Suspension définitive',
      notification: 'Rappel',
    },
    whatNow: 'Ce que vous pouvez faire',
    inForce: 'En vigueur sur votre compte',
    since: 'depuis le',
    until: 'jusqu’au',
    policy: 'Règle',
    strike: (p) => `Infraction (${p} ${plural(p, 'point', 'points')})`,
    stopsCounting: 'cesse de compter le',
    nextStep: (p, at, a) => `Vous avez ${p} ${plural(p, 'point', 'points')}. À ${at}, l’étape suivante serait : ${a.toLowerCase()}.`,
    appealTitle: 'Faire appel d’une décision',
    appealLead: 'Une personne lit chaque appel. Racontez ce qui s’est passé avec vos mots ; inutile de recopier le message cité.',
    decision: 'Décision',
    appealing: 'Appel de',
    whyWrong: 'Pourquoi cette décision est-elle une erreur ?',
    yourAppeal: 'Votre appel',
    characters: 'caractères',
    appealBy: 'appel avant le',
    sending: 'Envoi…',
    send: 'Envoyer l’appel',
    sent: 'Votre appel a été envoyé. Une personne va l’examiner et vous recevrez un avis avec la décision.',
    yourAppeals: 'Vos appels',
    withReviewer: 'En cours d’examen',
    accepted: 'Accepté : la décision a été annulée',
    notAccepted: 'Refusé',
    filed: 'envoyé le',
    reviewer: 'Examen',
    notices: 'Avis',
    actionOf: (a, d) => `${a} du ${d}`,
    strikeOf: (d) => `Infraction du ${d}`,
    footer: (acc, asOf, until) => `Cette page montre le compte ${acc} au ${asOf}. Le lien est personnel ; il fonctionne jusqu’au ${until}.`,
    expired: 'Ce lien a expiré',
    broken: 'Ce lien ne fonctionne pas',
    newLink:
      'Les liens vers l’état de votre compte sont personnels et durent quelques jours. Ouvrez les paramètres de votre compte sur la plateforme pour en obtenir un nouveau.',
    loading: 'Chargement de l’état de votre compte…',
    conversation: 'Échanges',
    you: 'Vous',
    aReviewer: 'Modérateur',
    turns: { statement: 'déclaration', evidence: 'preuve', answer: 'réponse', question: 'question', reply: 'réponse du modérateur' },
    awaitingYou: 'Le modérateur vous a posé une question. Votre réponse l’aide à décider.',
    addToAppeal: 'Compléter votre recours',
    yourAnswer: 'Votre réponse',
    addStatement: 'Autre chose que le modérateur devrait savoir',
    sendAnswer: 'Envoyer la réponse',
    sendStatement: 'Ajouter au recours',
  },
  de: {
    title: 'Kontostatus',
    yourAccount: 'Ihr Konto',
    status: { good: 'In gutem Zustand', strikes: 'Aktive Verstöße', restricted: 'Eingeschränkt', on_hold: 'Zahlungen gesperrt', suspended: 'Gesperrt' },
    actions: {
      warning: 'Verwarnung',
      restriction: 'Einschränkung',
      payment_hold: 'Zahlungssperre',
      suspension: 'Vorübergehende Sperrung',
      permanent_suspension: 'Dauerhafte Sperrung',
      notification: 'Erinnerung',
    },
    whatNow: 'Was Sie jetzt tun können',
    inForce: 'Auf Ihrem Konto in Kraft',
    since: 'seit',
    until: 'bis',
    policy: 'Richtlinie',
    strike: (p) => `Verstoß (${p} ${plural(p, 'Punkt', 'Punkte')})`,
    stopsCounting: 'zählt nicht mehr ab',
    nextStep: (p, at, a) => `Sie haben ${p} ${plural(p, 'Punkt', 'Punkte')}. Ab ${at} wäre der nächste Schritt: ${a}.`,
    appealTitle: 'Einspruch einlegen',
    appealLead:
      'Jeder Einspruch wird von einer Person gelesen. Schildern Sie in eigenen Worten, was passiert ist; die zitierte Nachricht müssen Sie nicht wiederholen.',
    decision: 'Entscheidung',
    appealing: 'Einspruch gegen',
    whyWrong: 'Warum ist diese Entscheidung falsch?',
    yourAppeal: 'Ihr Einspruch',
    characters: 'Zeichen',
    appealBy: 'Einspruch bis',
    sending: 'Wird gesendet…',
    send: 'Einspruch senden',
    sent: 'Ihr Einspruch wurde gesendet. Eine Person prüft ihn, und Sie erhalten eine Mitteilung mit der Entscheidung.',
    yourAppeals: 'Ihre Einsprüche',
    withReviewer: 'In Prüfung',
    accepted: 'Angenommen: die Entscheidung wurde aufgehoben',
    notAccepted: 'Abgelehnt',
    filed: 'eingereicht am',
    reviewer: 'Prüfung',
    notices: 'Mitteilungen',
    actionOf: (a, d) => `${a} vom ${d}`,
    strikeOf: (d) => `Verstoß vom ${d}`,
    footer: (acc, asOf, until) => `Diese Seite zeigt das Konto ${acc}, Stand ${asOf}. Der Link ist persönlich und gilt bis ${until}.`,
    expired: 'Dieser Link ist abgelaufen',
    broken: 'Dieser Link funktioniert nicht',
    newLink: 'Links zu Ihrem Kontostatus sind persönlich und gelten einige Tage. Einen neuen erhalten Sie in Ihren Kontoeinstellungen auf dem Marktplatz.',
    loading: 'Ihr Kontostatus wird geladen…',
    conversation: 'Verlauf',
    you: 'Sie',
    aReviewer: 'Prüfer',
    turns: { statement: 'Stellungnahme', evidence: 'Nachweis', answer: 'Antwort', question: 'Frage', reply: 'Antwort des Prüfers' },
    awaitingYou: 'Der Prüfer hat Ihnen eine Frage gestellt. Ihre Antwort hilft bei der Entscheidung.',
    addToAppeal: 'Zum Einspruch hinzufügen',
    yourAnswer: 'Ihre Antwort',
    addStatement: 'Was der Prüfer noch wissen sollte',
    sendAnswer: 'Antwort senden',
    sendStatement: 'Zum Einspruch hinzufügen',
  },
  ru: {
    title: 'Статус аккаунта',
    yourAccount: 'Ваш аккаунт',
    status: { good: 'Всё в порядке', strikes: 'Есть нарушения', restricted: 'Ограничен', on_hold: 'Выплаты удержаны', suspended: 'Заблокирован' },
    actions: {
      warning: 'Предупреждение',
      restriction: 'Ограничение',
      payment_hold: 'Удержание выплат',
      suspension: 'Временная блокировка',
      permanent_suspension: 'Бессрочная блокировка',
      notification: 'Напоминание',
    },
    whatNow: 'Что можно сделать сейчас',
    inForce: 'Действует на аккаунте',
    since: 'с',
    until: 'до',
    policy: 'Правило',
    strike: (p) => `Нарушение (${p} ${ruPlural(p, 'балл', 'балла', 'баллов')})`,
    stopsCounting: 'перестаёт учитываться',
    nextStep: (p, at, a) => `У вас ${p} ${ruPlural(p, 'балл', 'балла', 'баллов')}. При ${at} следующим шагом будет: ${a.toLowerCase()}.`,
    appealTitle: 'Обжаловать решение',
    appealLead: 'Каждую апелляцию читает человек. Расскажите своими словами, что произошло; цитируемое сообщение повторять не нужно.',
    decision: 'Решение',
    appealing: 'Обжалуется',
    whyWrong: 'Почему это решение ошибочно?',
    yourAppeal: 'Ваша апелляция',
    characters: 'символов',
    appealBy: 'обжаловать до',
    sending: 'Отправка…',
    send: 'Отправить апелляцию',
    sent: 'Апелляция отправлена. Её рассмотрит человек, и вы получите уведомление с решением.',
    yourAppeals: 'Ваши апелляции',
    withReviewer: 'На рассмотрении',
    accepted: 'Принята: решение отменено',
    notAccepted: 'Отклонена',
    filed: 'подана',
    reviewer: 'Решение сотрудника',
    notices: 'Уведомления',
    actionOf: (a, d) => `${a} от ${d}`,
    strikeOf: (d) => `Нарушение от ${d}`,
    footer: (acc, asOf, until) => `Здесь показан аккаунт ${acc} на ${asOf}. Ссылка личная; она действует до ${until}.`,
    expired: 'Срок действия ссылки истёк',
    broken: 'Ссылка не работает',
    newLink: 'Ссылки на статус аккаунта личные и действуют несколько дней. Новую можно получить в настройках аккаунта на платформе.',
    loading: 'Загружаем статус аккаунта…',
    conversation: 'Переписка',
    you: 'Вы',
    aReviewer: 'Сотрудник',
    turns: { statement: 'пояснение', evidence: 'доказательство', answer: 'ответ', question: 'вопрос', reply: 'ответ сотрудника' },
    awaitingYou: 'Сотрудник задал вам вопрос. Ваш ответ поможет принять решение.',
    addToAppeal: 'Дополнить апелляцию',
    yourAnswer: 'Ваш ответ',
    addStatement: 'Что ещё важно знать сотруднику',
    sendAnswer: 'Отправить ответ',
    sendStatement: 'Дополнить апелляцию',
  },
  hi: {
    title: 'खाते की स्थिति',
    yourAccount: 'आपका खाता',
    status: { good: 'अच्छी स्थिति में', strikes: 'सक्रिय स्ट्राइक', restricted: 'प्रतिबंधित', on_hold: 'भुगतान रुके हुए हैं', suspended: 'निलंबित' },
    actions: {
      warning: 'चेतावनी',
      restriction: 'प्रतिबंध',
      payment_hold: 'भुगतान रोक',
      suspension: 'अस्थायी निलंबन',
      permanent_suspension: 'स्थायी निलंबन',
      notification: 'रिमाइंडर',
    },
    whatNow: 'आप अभी क्या कर सकते हैं',
    inForce: 'आपके खाते पर लागू',
    since: 'से',
    until: 'तक',
    policy: 'नीति',
    strike: (p) => `स्ट्राइक (${p} अंक)`,
    stopsCounting: 'गिनती बंद होगी',
    nextStep: (p, at, a) => `आपके ${p} अंक हैं। ${at} अंक होने पर अगला कदम होगा: ${a}।`,
    appealTitle: 'किसी निर्णय के विरुद्ध अपील करें',
    appealLead: 'हर अपील एक व्यक्ति पढ़ता है। अपने शब्दों में बताइए कि क्या हुआ; उद्धृत संदेश दोहराने की ज़रूरत नहीं है।',
    decision: 'निर्णय',
    appealing: 'अपील',
    whyWrong: 'यह निर्णय गलत क्यों है?',
    yourAppeal: 'आपकी अपील',
    characters: 'अक्षर',
    appealBy: 'अपील की अंतिम तारीख़',
    sending: 'भेजा जा रहा है…',
    send: 'अपील भेजें',
    sent: 'आपकी अपील भेज दी गई है। एक व्यक्ति इसकी समीक्षा करेगा और निर्णय की सूचना आपको मिलेगी।',
    yourAppeals: 'आपकी अपीलें',
    withReviewer: 'समीक्षक के पास',
    accepted: 'स्वीकार: निर्णय पलट दिया गया',
    notAccepted: 'स्वीकार नहीं',
    filed: 'दर्ज',
    reviewer: 'समीक्षक',
    notices: 'सूचनाएँ',
    actionOf: (a, d) => `${d} का ${a}`,
    strikeOf: (d) => `${d} की स्ट्राइक`,
    footer: (acc, asOf, until) => `यह पेज खाता ${acc} को ${asOf} की स्थिति में दिखाता है। यह लिंक निजी है; यह ${until} तक काम करेगा।`,
    expired: 'इस लिंक की समय-सीमा समाप्त हो गई है',
    broken: 'यह लिंक काम नहीं करता',
    newLink: 'आपके खाते की स्थिति के लिंक निजी होते हैं और कुछ दिनों तक चलते हैं। नया लिंक पाने के लिए मार्केटप्लेस पर अपने खाते की सेटिंग खोलें।',
    loading: 'आपके खाते की स्थिति लोड हो रही है…',
    conversation: 'बातचीत',
    you: 'आप',
    aReviewer: 'समीक्षक',
    turns: { statement: 'बयान', evidence: 'सबूत', answer: 'जवाब', question: 'प्रश्न', reply: 'समीक्षक का जवाब' },
    awaitingYou: 'समीक्षक ने आपसे एक प्रश्न पूछा है। आपका जवाब उन्हें निर्णय लेने में मदद करता है।',
    addToAppeal: 'अपनी अपील में जोड़ें',
    yourAnswer: 'आपका जवाब',
    addStatement: 'और कुछ जो समीक्षक को जानना चाहिए',
    sendAnswer: 'जवाब भेजें',
    sendStatement: 'अपील में जोड़ें',
  },
};

/** The page's words for a locale (pt-BR → pt), English when there are none for it. */
export function standingText(locale: string | null | undefined): { locale: string; t: StandingText } {
  const lower = (locale ?? '').toLowerCase();
  const base = lower.split(/[-_]/)[0];
  const loc = STANDING_TEXT[lower] ? lower : STANDING_TEXT[base] ? base : 'en';
  return { locale: loc, t: STANDING_TEXT[loc] };
}

/** A date as the user's language writes it (UTC day). */
export function localDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}
