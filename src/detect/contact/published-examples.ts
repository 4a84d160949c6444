// Payment identifiers that belong to nobody: the test card numbers payment processors publish
// for their sandboxes and the example IBANs of the IBAN standard and of banks' documentation.
// A developer writing "4242 4242 4242 4242 works in test mode" gives no one a way to be paid.
// They are dropped only where the message speaks of testing, sandboxes, examples or
// documentation (DEVELOPER_CONTEXT): the same published number offered as "my IBAN, pay here"
// is still an ask to be paid outside (writers of sample messages reach for exactly these
// numbers), and a real card or account number stays a strong finding whatever the context.

/**
 * Published sandbox card numbers, digits only. Sources: Stripe "Testing" (docs.stripe.com/testing),
 * Adyen "Test card numbers" (docs.adyen.com/development-resources/test-cards-and-credentials),
 * Braintree "Testing" (developer.paypal.com/braintree/docs/reference/general/testing, the
 * Braintree::Test::CreditCardNumbers constants), PayPal sandbox and the classic network test
 * numbers (4111 1111 1111 1111 and its kin) that Authorize.Net and CyberSource list. Each passes
 * the Luhn check (published-examples.test.ts holds it to that, so no entry is dead).
 */
const TEST_CARDS = new Set<string>([
  // Stripe: brands
  '4242424242424242',
  '4000056655665556',
  '5555555555554444',
  '2223003122003222',
  '5200828282828210',
  '5105105105105100',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '6011981111111113',
  '3056930009020004',
  '36227206271667',
  '30569309025904',
  '38520000023237',
  '3530111333300000',
  '3566002020360505',
  '6200000000000005',
  '6200000000000047',
  '6205500000000000004',
  '6555900000604105',
  '4012888888881881',
  // Stripe: 3-D Secure and scenario cards outside the 4000 0000 0000 xxxx series
  '4000002500003155',
  '4000002760003184',
  '4000003800000446',
  '4000008400001629',
  '4000008400001280',
  '4000004840008001',
  '4100000000000019',
  '4000000000003220',
  '4000000000003063',
  // Adyen
  '5100081112223332',
  '5100290029002909',
  '5577000055770004',
  '5136333333333335',
  '5585558555855583',
  '5555444433331111',
  '5500000000000004',
  '5424000000000015',
  '5555341244441115',
  '2222400070000005',
  '4988438843884305',
  '4166676667666746',
  '4646464646464644',
  '4444333322221111',
  '4400000000000008',
  '4977949494949497',
  '370000000000002',
  '3569990010095841',
  '6771798021000008',
  // Braintree / PayPal sandbox
  '4111111111111111',
  '4009348888881881',
  '4000111111111115',
  '4500600000000061',
  '4005519200000004',
  '4217651111111119',
  '4012000077777777',
  '4012000033330026',
  '4012888818888',
  '4007000000027',
  '378734493671000',
  '6304000000000000',
  '2223000048400011',
  '36259600000004',
  // Authorize.Net, CyberSource
  '38000000000006',
  '6011000000000012',
  '3088000000000017',
  '3566111111111113',
  '2222420000001113',
  '2222630000001125',
  '6759411100000008',
]);

// Stripe's scenario cards are one series: 4000 0000 0000 then four digits naming the outcome
// (declined, expired, CVC fails...); its country cards put the ISO 3166 numeric code in the
// second group: 4000 000c cc00 000x. Both are Luhn-valid; a real card runs no nine zeros.
const STRIPE_SCENARIO = /^400000000000\d{4}$/;
const STRIPE_COUNTRY = /^4000000\d{3}00000\d$/;

/**
 * Example IBANs from ISO 13616, the SWIFT IBAN registry and banks' documentation, compact and
 * upper-case. Each passes the mod-97 check (the test holds it to that).
 */
const EXAMPLE_IBANS = new Set<string>([
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'GB33BUKB20201555555555',
  'FR1420041010050500013M02606',
  'FR7630006000011234567890189',
  'NL91ABNA0417164300',
  'BE68539007547034',
  'BE71096123456769',
  'ES9121000418450200051332',
  'IT60X0542811101000000123456',
  'CH9300762011623852957',
  'AT611904300234573201',
  'PL61109010140000071219812874',
  'SE4550000000058398257466',
  'NO9386011117947',
  'DK5000400440116243',
  'FI2112345600000785',
  'IE29AIBK93115212345678',
  'PT50000201231234567890154',
  'LU280019400644750000',
  'SA0380000000608010167519',
  'AE070331234567890123456',
  'TR330006100519786457841326',
  'CZ6508000000192000145399',
  'SK3112000000198742637541',
  'HU42117730161111101800000000',
  'RO49AAAA1B31007593840000',
  'GR1601101250000000012300695',
  'SI56263300012039086',
  'HR1210010051863000160',
  'BG80BNBG96611020345678',
  'LT121000011101001000',
  'LV80BANK0000435195001',
  'EE382200221020145685',
  'CY17002001280000001200527600',
  'MT84MALT011000012345MTLCAST001S',
  'IS140159260076545510730339',
  'BR1800360305000010009795493C1',
  'BR9700360305000010009795493P1',
]);

// Words of testing, sandboxes, examples and documentation, by language, on the normalised text
// (lower case, Latin diacritics folded). Latin stems need a letter boundary on the left only,
// so that "Testkarte", "testmodus", "exemplo" count and "latest", "contest" do not.
const DEVELOPER_CONTEXT = new RegExp(
  [
    '(?<![a-z])(?:test|sandbox|exampl|sample|dummy|placeholder|mock|fixture|staging|demo|docs?(?![a-z])|documenta|dokumenta',
    'prueba|ejemplo|ficticia|ficticio|exemplo|exemple|fictif|bac a sable|beispiel|platzhalter|attrappe',
    'esempio|fittizi|voorbeeld|przyklad|ornek|deneme)',
    'тест|демо|пример|песочниц|документац|приклад|テスト|サンドボックス|例|测试|測試|示例|沙盒|沙箱|테스트|예시|샌드박스|اختبار|تجريب|مثال|टेस्ट|परीक्षण|उदाहरण',
  ].join('|'),
);

/**
 * Whether a published example number in this normalised message text is no one's account: the
 * message speaks of testing, sandboxes, examples or documentation.
 */
export function isDeveloperContext(normalisedText: string): boolean {
  return DEVELOPER_CONTEXT.test(normalisedText);
}

/** Whether `digits` (digits only) is a payment processor's published sandbox card number. */
export function isPublishedTestCard(digits: string): boolean {
  return TEST_CARDS.has(digits) || STRIPE_SCENARIO.test(digits) || STRIPE_COUNTRY.test(digits);
}

/** Whether `compact` (no spaces, upper-case) is a documentation example IBAN. */
export function isExampleIban(compact: string): boolean {
  return EXAMPLE_IBANS.has(compact);
}

/** The listed entries, for the test that checks each passes its checksum. */
export const PUBLISHED_EXAMPLES = { cards: [...TEST_CARDS], ibans: [...EXAMPLE_IBANS] } as const;
