import { normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { IS_17, NUMBER_AFTER_ORDER_17, ORDER_WORDS_17, PHONE_WORDS_17 } from './languages-17.ts';

// Shared word lists for the contact detector. Everything is written in normalised form:
// lower case, Latin accents stripped (see src/detect/normalize), Cyrillic kept as is.

/** Generic top-level domains seen in real addresses; every two-letter ccTLD is accepted too. */
export const GENERIC_TLDS = new Set(
  (
    'com net org info biz edu gov mil int io ai app dev co me tv cc xyz online site store shop tech ' +
    'pro club live life world today email mail cloud space agency studio design digital media ' +
    'solutions services consulting company group team work works global network systems software ' +
    'marketing blog news page link click art asia mobi name tel travel jobs law photo photography ' +
    'academy center expert guru ninja rocks social tips top vip win one icu fun site website host ' +
    'ltd inc llc gmbh berlin london nyc paris moscow'
  ).split(' '),
);

/** Placeholder and reserved domains (RFC 2606/6761) that never identify a real person. */
/**
 * The marketplace's own domains when the deployment names none (ContactInput.platform): writing
 * to a marketplace's support or billing address is not leaving the platform.
 */
export const DEFAULT_PLATFORM_DOMAINS: readonly string[] = [
  'upwork.com',
  'fiverr.com',
  'freelancer.com',
  'toptal.com',
  'peopleperhour.com',
  'guru.com',
  'malt.com',
  'malt.fr',
  'malt.de',
  'malt.co.uk',
  'workana.com',
];

// email.cz is no placeholder: it is Seznam's free mail service, one of Czechia's largest.
export const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?!email\.cz$)(?:example|test|invalid|localhost|local|domain|yourdomain|yourcompany|mydomain|company|email|sample|acme|foo|bar)\.[a-z]+$|\.(?:example|test|invalid|localhost|local)$/;

// John/Jane Doe are real people's names too: "jane.doe@gmail.com" is an address. Only the
// domain makes a documentation example ("john.doe@example.com", PLACEHOLDER_DOMAIN).
export const PLACEHOLDER_LOCAL =
  /^(?:noreply|no-reply|donotreply|do-not-reply|mailer-daemon|postmaster|user|username|name|yourname|your\.name|you|someone|firstname\.lastname|first\.last|email|test|foo|bar)$/;

/** Free mail providers: "john at gmail" needs no top-level domain to be an address. */
export const MAIL_PROVIDERS =
  'gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me\\.com|aol|protonmail|proton|pm\\.me|yandex|mail\\.ru|rambler|ukr\\.net|gmx|web\\.de|t-online|libero|virgilio|orange|free\\.fr|laposte|wp\\.pl|onet|interia|o2\\.pl|qq|163|126|zoho|tutanota|bol\\.com\\.br|uol|terra';

/** "@" written out, bracketed: (at) [at] {at} <at> (arroba) ... */
export const AT_WORDS_BRACKETED = 'at|arroba|arobase|arobas|@|sobaka|собака|chez|klammeraffe|chiocciola|malpa|małpa|et|a';
/** "@" written out as a bare word: these need a provider or a spelled-out dot to count. */
export const AT_WORDS_BARE = 'at|arroba|arobase|arobas|sobaka|собака|chez|klammeraffe|chiocciola|malpa|małpa';
export const DOT_WORDS = 'dot|punto|ponto|point|punkt|точка|tochka|kropka|nokta|ponto';

/**
 * Labels of business and tax identifiers and of shipments, per language: a number right after one
 * (or after it and one word, "ПИБ фирме …") is a company's or a parcel's, not a phone. Invoices
 * carry them, and some have a phone's length (Serbian PIB 9 digits, matični broj 8, Hungarian
 * adószám 8-1-2, Bangladeshi BIN 9-4, a courier's 14-digit tracking number). Official names and
 * abbreviations from the tax and registry authorities' own pages (VAT/TIN/EIN/GST/PAN/NTN/BIN,
 * NIF/CIF/NIE/RUT/RUC/NIT/CUIT, CNPJ/CPF/NIPC, SIRET/TVA/RCS, USt-IdNr/Steuer-ID/UID, codice
 * fiscale/partita IVA/REA, KvK/BTW/RSIN, NIP/REGON/KRS/PESEL, ИНН/ОГРН/КПП, ЄДРПОУ/ІПН/РНОКПП,
 * ЕИК/БУЛСТАТ/ДДС, ПИБ/МБ/ЈМБГ/ПДВ, IČO/DIČ/IČ DPH, CUI/cod fiscal/Reg. Com., adószám/
 * cégjegyzékszám, vergi/TCKN/MERSİS, ح.ض/س.ت, کد اقتصادی/شناسه ملی, ΑΦΜ/ΓΕΜΗ, MST, NPWP/NIB/
 * SSM, 统一编号/纳税人识别号, 登録番号, 법인등록번호 ...) and the words for a consignment and its
 * tracking or waybill number. Written as typed; folded like the text where NON_PHONE_CONTEXT is built.
 */
export const BUSINESS_ID_LABELS = [
  // en
  'tin no',
  'tin number',
  'itin',
  'gst',
  'gstin',
  'pan no',
  'pan number',
  'pan card',
  'ntn',
  'strn',
  'cin',
  'crn',
  'utr',
  'duns',
  'nzbn',
  'ird',
  'bin no',
  'bin number',
  'bin নম্বর',
  'bin নং',
  'e-tin',
  'etin',
  'tax id',
  'tax no',
  'company no',
  'vat no',
  'waybill',
  'air waybill',
  'awb',
  'consignment*',
  'shipment*',
  'parcel*',
  'tracking',
  // es, pt, fr, it, nl
  'rut',
  'nit',
  'cuil',
  'rfc',
  'identificación fiscal',
  'registro mercantil',
  'número de seguimiento',
  'número de guía',
  'guía de envío',
  'nipc',
  'inscrição estadual',
  'inscrição municipal',
  'rastreio',
  'rastreamento',
  'código de rastreio',
  'encomenda*',
  'tva',
  'numéro de tva',
  'rcs',
  'numéro fiscal',
  'numéro de suivi',
  'colis*',
  'codice fiscale',
  'rea',
  'numero di tracciamento',
  'spedizione*',
  'codice destinatario',
  'rsin',
  'track en trace',
  'track & trace',
  // de
  'ust-id',
  'ust-ident-nr',
  'umsatzsteuer-id',
  'steuer-id',
  'steuer-nr',
  'steuernr',
  'steueridentifikationsnummer',
  'hra',
  'firmenbuchnummer',
  'uid-nr',
  'uid',
  'sendungsnummer*',
  'sendungsverfolgung',
  'paketnummer',
  'trackingnummer',
  // pl, cs, sk, ro, hu
  'pesel',
  'numer przesyłki',
  'przesyłk*',
  'list przewozowy',
  'ičo',
  'dič',
  'ič dph',
  'zásilk*',
  'číslo zásilky',
  'cod fiscal',
  'cod unic de înregistrare',
  'cod de înregistrare fiscală',
  'reg. com',
  'nr. reg. com',
  'nr. înreg',
  'colet*',
  'expediere*',
  'adószám',
  'adóazonosító*',
  'közösségi adószám',
  'cégjegyzékszám',
  'cégjegyzék*',
  'csomagszám',
  'küldemény*',
  'nyomkövetés*',
  'fuvarlevél',
  // tr
  'vergi no',
  'vergi numarası',
  'vergi kimlik',
  'tckn',
  'tc kimlik',
  'kargo*',
  'gönderi*',
  'irsaliye*',
  // ru, uk, bg, sr (both alphabets)
  'огрнип',
  'кпп',
  'окпо',
  'бик',
  'снилс',
  'трек-номер',
  'посылк*',
  'отправлени*',
  'єдрпоу',
  'едрпоу',
  'іпн',
  'рнокпп',
  'ттн',
  'посилк*',
  'відправлен*',
  'еик',
  'булстат',
  'ддс',
  'ин по ддс',
  'товарителниц*',
  'пратк*',
  'пиб',
  'pib',
  'матични',
  'maticni',
  'јмбг',
  'jmbg',
  'пдв',
  'pdv',
  'пошиљк*',
  'pošiljk*',
  // el, ka, he
  'αφμ',
  'α.φ.μ',
  'γεμη',
  'γ.ε.μη',
  'δου',
  'αριθμός αποστολής',
  'voucher',
  'საიდენტიფიკაციო კოდი',
  'ს/კ',
  'საგადასახადო',
  'מספר משלוח',
  'מספר מעקב',
  // ar, fa, ur
  'رقم ضريبي',
  'سجل تجاري',
  'ح.ض',
  'س.ت',
  'البطاقة الضريبية',
  'بوليصة',
  'رقم البوليصة',
  'رقم الشحنة',
  'شحنة',
  'کد اقتصادی',
  'شناسه ملی',
  'شماره ثبت',
  'کد ملی',
  'مرسوله',
  'بارنامه',
  'این ٹی این',
  'ٹیکس نمبر',
  'سیلز ٹیکس',
  'پارسل',
  'کنسائنمنٹ',
  // hi, bn, ne, ta
  'जीएसटी',
  'जीएसटीआईएन',
  'पैन',
  'टैक्स',
  'सीआईएन',
  'कंसाइनमेंट',
  'पार्सल',
  'कूरियर',
  'বিআইএন',
  'ভ্যাট',
  'টিআইএন',
  'ই-টিআইএন',
  'ট্রেড লাইসেন্স',
  'পার্সেল',
  'কুরিয়ার',
  'प्यान',
  'भ्याट',
  'दर्ता',
  'ஜிஎஸ்டி',
  'பான்',
  'பார்சல்',
  'கூரியர்',
  // vi, id, ms, tl, sw, th
  'mst',
  'mã số doanh nghiệp',
  'mã vận đơn',
  'vận đơn',
  'bưu kiện',
  'nib',
  'siup',
  'ssm',
  'no. resi',
  'paket*',
  'kiriman*',
  'pengiriman*',
  'kra pin',
  'namba ya kodi',
  'kifurushi*',
  'เลขทะเบียนนิติบุคคล',
  'เลขประจำตัวผู้เสียภาษีอากร',
  'เลขแทร็ก',
  // zh, ja, ko
  '统一编号',
  '統一編號',
  '纳税人识别号',
  '納稅人識別號',
  '统编',
  '統編',
  '快递',
  '快遞',
  '登録番号',
  '適格請求書',
  'インボイス番号',
  '送り状番号',
  '問い合わせ番号',
  '법인등록번호',
  '사업자',
  '운송장번호',
  '배송조회',
];

// Folded like the text ("adószám" -> "adoszam"), escaped, a trailing "*" for the word's endings;
// not inside a longer word ("tva" in "ottava"). Labels that are also everyday words stand only with
// their "no"/"number" ("pan" is Polish "Mr", "tin" Vietnamese "message", "bin" the Malay "son of").
const BUSINESS_ID_ALTERNATION = `(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff])(?:${BUSINESS_ID_LABELS.map(
  (w) => `${normalize(w.replace(/\*$/, '')).text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${w.endsWith('*') ? '\\S*' : ''}`,
).join('|')})`;

/** Words that make a digit run look like an identifier of something other than a person. */
// Thai SARA AM (ำ) reaches the detector decomposed (ํ + า), as the normaliser leaves it.
export const NON_PHONE_CONTEXT = new RegExp(
  new RegExp(
    String.raw`(?:order|invoice|ticket|tracking|track|isbn|issn|doi|id|ids|ref|reference|sku|po|account|acct|iban|swift|bic|vat|tax|ein|ssn|case|issue|pr|build|version|serial|zip|postal|postcode|amount|total|price|budget|cost|pedido|factura|fatura|commande|facture|bestellung|bestel\S*|factuur\S*|klantnummer|ordernummer|zending\S*|pakket\S*|verzend\S*|rechnung|auftrag|ordine|fattura|заказ\S*|сч[её]т\S*|накладн\S*|zamowienie|zamówienie|faktur\S*|numero de serie|meeting id|passcode|pin|otp|code|kod|код\S*|ean|upc|asin|gtin|lot|batch|patent|licen[cs]e|nip|regon|inn|инн|огрн|cnpj|cpf|siret|siren|nif|cif|rfc|coordinates|lat|lng|lon|latitude|longitude|block|tx|hash|commit|item|product|model|part|room|flight|booking|reservation|policy|claim|contract|iva|p\.? ?iva|partita iva|nota fiscal|nf-?e?|ust-?idnr\.?|kvk\S*|kamer van koophandel|handelsregister\S*|hrb|btw\S*|company (?:no|number|reg\S*)|registration|reg\.? ?no|krs|mersis|vergi\S*|abn|acn|cuit|ruc|curp|պատվեր\S*|հաշիվ-ապրանքագր\S*|შეკვეთ\S*|ინვოის\S*|ანგარიშ-ფაქტურ\S*|steuernummer|telefonnummer field|замовлен\S*|рахун\S*|zamowieni\S*|zamówieni\S*|siparis\S*|takip|трек\S*|${BUSINESS_ID_ALTERNATION}|ח\.?פ\.?|ע\.?מ\.?|ח״פ|ח\"פ|עוסק (?:מורשה|פטור)|מספר עוסק|מספר חברה|תיק ניכויים|fatura\S*|\b(?:server|ip|port)|formats? like|e\.g\.|for example|example|placeholder|such as|like|e\.g|for instance|z\.b\.|por ejemplo|p\.ej\.|par exemple|ad esempio|por exemplo|например|np\.|artikel\S*|art\.?-?nr\.?|articulo|artigo|article|articolo|артикул\S*|товар\S*|urun|ürün|produkt\S*|producto|produto|prodotto|referencia|reference|riferimento|katalog\S*|catalog\S*|modell|modelo|modele|modello|sku|mpn|part no|teil\S*|pieza|peca|piece|pezzo|деталь|lot|charge|partia|seri|serie|seriennummer|numero de serie|订单号|訂單號|订单|訂單|单号|單號|注文番号|注文|伝票番号|주문번호|주문|송장번호|رقم الطلب|الطلب|ال?طلبي?ة|ال?شحنة|ال?منتج|سفارش|ऑर्डर नंबर|ऑर्डर|অর্ডার|آرڈر|no pesanan|pesanan|nomor pesanan|resi|ma don hang|don hang|hoa don|zip ?\+ ?4|zip code|cep|plz|postleitzahl|code postal|codigo postal|codice postale|индекс|kod pocztowy|posta kodu|posta kodu|追跡番号|お問い合わせ番号|郵便番号|〒|会員番号|法人番号|快递单号|运单号|快遞單號|邮编|郵編|营业执照|税号|统一社会信用代码|사업자등록번호|등록번호|사업자번호|사업자 등록번호|우편번호|운송장|송장|회원번호|คำสั่งซื้อ|เลขพัสดุ|พัสดุ|รหัสไปรษณีย์|เลขประจำตัวผู้เสียภาษี|ใบแจ้งหนี้|رقم التتبع|التتبع|الرمز البريدي|الفاتورة|السجل التجاري|الرقم الضريبي|کد ?پستی|کد رهگیری|فاکتور|ٹریکنگ|پن کوڈ|ट्रैकिंग|पिन कोड|इनवॉइस|জিএসটি|ট্র্যাকিং|পোস্ট কোড|mã vận đơn|ma van don|mã số thuế|ma so thue|nomor resi|kode pos|npwp|numero ng order|tracking number|מספר הזמנה|מיקוד|παραγγελία|παραγγελια|ταχυδρομικός κώδικας|ταχυδρομικος κωδικας|oda|agizo|ankara|risiti|stakabadhi|ה?הזמנה|ה?חשבונית|ה?משלוח|παραγγελ\S*|τιμολογ\S*|αποδειξ\S*|κωδικος προϊοντος|resibo|ትዕዛዝ|ደረሰኝ|ஆர்டர்|ఆర్డర్|ட்ராக்கிங்|டிராக்கிங்|பில்|இன்வாய்ஸ்|bestelnummer|rechnungsnummer|referenznummer|kundennummer|artikelnummer|numero d'ordine|nº do pedido|numero do pedido|postfach|p\.? ?o\.? ?box|pob|po box|s\.? ?l\.? ?p\.?|apartado(?: postal| de correos)?|caixa postal|boite postale|b\.?p\.?|casella postale|skrytka pocztowa|skr\.? poczt\.?|а/я|абонентский ящик|абонентська скринька|posta kutusu|p\.?k\.?|kotak pos|sanduku la posta|postbus|صندوق بريد|ص\.ب\.?|صندوق پستی|私書箱|邮政信箱|信箱|사서함|ตู้ ปณ\.?|ת\.ד\.?|תא דואר|ταχυδρομικη θυριδα|${ORDER_WORDS_17.join('|')})\s*(?:${NUMBER_AFTER_ORDER_17.join('|')}|number|no\.?|nr\.?|num\.?|n\.?|n°|nº|numero|nummer|numer|numara\S*|номер|#|№|نمبر|رقم|شماره|नंबर|नम्बर|সংখ্যা|নং|নম্বর|番号|号码|號碼|号|번호|หมายเลข|เลข|số|so|nomor|numarası|numara\S*|број|broj|cislo|szama|numarul|numărul|αριθμος|αριθμός|համար\S*|ნომერ\S*|ቁጥር|எண்|நம்பர்|సంఖ్య|నంబర్)?` +
      // "the VAT number of the company is GB 123...", "el NIF de la empresa es B12...": a few
      // linking words and a country prefix may stand between the name and the number.
      String.raw`(?:\s+(?:is|are|es|est|ist|e|è|é|son|sind|do|da|de|del|della|der|des|la|el|le|the|our|your|my|of|for|company|empresa|firma|firmy|societe|azienda|компании|компанії|${IS_17.join('|')}))*\s*[:#№]?\s*(?:[a-z]{1,2}\s?)?$`,
  ).source.replace(/\u0e33/g, '\u0e4d\u0e32'),
);

// Words near a digit run that make it a phone number even when it is not formatted as one
// (Filipino "i-text mo ako", "mag-text", "selpon", "cp ko" for text me, cellphone, my cp: not
// the iText PDF library, which no pronoun follows).
const PHONE_CONTEXT_LATIN =
  /(?:phone|tel|telephone|mobile|cell|cel|call|text me|sms|whats ?app|whatsap|wa|zap|viber|signal|telegram|tg|my (?:number|no\.?|#)|give me a (?:ring|buzz|call)|number is|reach me|contact me|ring me|telefono|telefone|celular|movil|llamame|llama|ligue|liga|numero|número|portable|appelle|appelez|telefon|handy|nummer|ruf|chiama|cellulare|телефон\S*|тел|номер\S*|звон\S*|позвон\S*|моб\S*|ватсап\S*|вотсап\S*|вайбер\S*|телеграм\S*|numer\S*|numara\S*|komork\S*|zadzwon\S*|dzwon\S*|nomor|no hp|telp|hubungi|nombor|sdt|so dien thoai|dien thoai|dien thoai|goi cho|zalo|\balo\b|\bgoi (?:em|anh|chi|minh|toi|cho|lai|nha)\b|\bso (?:em|minh|anh|chi|toi|cua|la|nay)\b|beni ara|ara beni|\barayin\b|arayabilirsin\S*|arar misin\S*|tawag|tawagan|numero ko|i-?text (?:mo|nyo|niyo|ninyo)|mag-?text|selpon|cp (?:ko|number|no)|simu|namba|piga|telefoon|bel me|nummer|numar|suna|telefonu|cislo|volej|szam|hivj|prozvon|hivjon|broj|pozovi|nazovi|pozvoni|nipigi|kunipigia|laini yangu|safaricom|airtel|vodacom|obadi|обади|звънн\S*|број|позови|назови|набер\S*|набир\S*)/;
// Other scripts: words for phone, number, mobile, call, contact, and the messengers numbers
// (Urdu/Persian کال "call" and فون "phone" as whole words: not inside a shop name such as
// دیجیکالا, nor فونت "font"; the carrier فودافون is named whole);
// are given for (hi, bn, ur, ar, fa, ja, zh, ko, th, he, el, ta, te, kn, ml, gu, pa); the Latin-script languages
// (id/ms, vi folded, tl, sw, nl, ro, cs, hu) are in the pattern above.
const PHONE_CONTEXT_OTHER = new RegExp(
  (
    '(?:' +
    'फ़ोन|फोन|नंबर|नम्बर|मोबाइल|कॉल|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|ফোন|নম্বর|নাম্বার|মোবাইল|কল|হোয়াটসঅ্যাপ|(?<![\\u0600-\\u06ff])فون(?!ت)|فودافون|نمبر|موبائل|(?<![\\u0600-\\u06ff])کال(?![\\u0600-\\u06ff])|واٹس|هاتف|رقم|جوال|موبايل|اتصل|واتس|وتس|تلفن|شماره|موبایل|تماس|電話|番号|携帯|ケータイ|連絡|电话|手机|手機|号码|號碼|联系|聯繫|微信|전화|번호|연락|핸드폰|휴대폰|카톡|โทร|เบอร์|ติดต่อ|ไลน์|טלפון|מספר|נייד|τηλ|κινητ' +
    // Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi: number, phone, mobile (loanwords and
    // the native Tamil தொலைபேசி/கைபேசி, "telephone"/"hand phone").
    // Tamil "call" (கூப்பிடு, அழை), Georgian number/phone/mobile and "call me" (დამირეკე), Greek
    // "call me" (πάρε με, the phone unsaid).
    '|கூப்பிடு|அழை|ნომერ|ტელეფონ|მობილურ|დამირეკ|πάρε με|πάρτε με|πάρε μου' +
    // "Call (me)" where only nouns were listed: Egyptian كلمني/كلموني, Persian زنگ (بزن/بزنید),
    // Hebrew התקשר/תתקשר/צלצל/חייג in their forms, Urdu/Hindi "phone karo" in the native scripts.
    '|كلمني|كلمنى|كلموني|رن علي|زنگ|התקשר|תתקשר|צלצל|תצלצל|חייג|תחייג|فون کر|फोन कर|फ़ोन कर' +
    '|நம்பர்|எண்|போன்|தொலைபேசி|கைபேசி|மொபைல்|నంబర్|ఫోన్|మొబైల్|ನಂಬರ್|ಫೋನ್|ಮೊಬೈಲ್|നമ്പർ|നമ്പര്|ഫോൺ|മൊബൈൽ|નંબર|ફોન|મોબાઇલ|ਨੰਬਰ|ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ' +
    ')'
  ).normalize('NFKC'),
);
const NON_ASCII = /[^\x00-\x7f]/;

/** Words near a digit run that make it a phone number even when it is not formatted as one. */
// The phone and number words of the languages broadened to in languages-17.ts, as whole words
// (several are short: Slovenian "mob", Hausa "waya"), folded like the text.
const PHONE_WORDS_17_FINDER = new WordFinder(PHONE_WORDS_17.map((w) => normalize(w).text));

export const PHONE_CONTEXT = {
  test(window: string): boolean {
    return (
      PHONE_CONTEXT_LATIN.test(window) || (NON_ASCII.test(window) && PHONE_CONTEXT_OTHER.test(window)) || PHONE_WORDS_17_FINDER.hasIn(window, 0, window.length)
    );
  },
};

/** An app or channel mentioned as the subject of the work, not as a place to talk. */
export const WORK_SUFFIX =
  '\\s*(?:-\\s*)?(?:bots?|api|apis|sdk|integrations?|integrat\\S*|webhooks?|plugins?|extensions?|clone|mini ?apps?|automation|scraper|scraping|chatbots?|widgets?|marketing|ads|advertising|campaigns?|business api|cloud api|channel admin|group admin|templates?|store|shop|theme|developer|development|dev|app development|emulator|parser|crm|notifications?|alerts?|login|oauth|auth|payments? integration|checkout|gateway|ipn|button|sandbox|client library|library|wrapper|module|component|connector|embed)\\b';
