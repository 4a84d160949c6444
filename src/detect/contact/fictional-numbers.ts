// Telephone numbers that reach nobody: the ranges numbering plans reserve for films, books,
// documentation and test data, and the placeholders people type into forms and fixtures
// ("(11) 90000-0000", "123-456-7890"). A developer writing "use +1 202-555-0148 in the test
// fixtures" shares no contact. Dropped only where the message speaks of testing or examples
// (published-examples.ts `isDeveloperContext`), as the sandbox cards are: writers of sample
// messages reach for exactly these numbers when they play someone sharing theirs.
//
// Sources (each range is the plan's published reservation, not an example sentence):
// - North America: NANPA, "555 NXX line numbers": 555-0100 to 555-0199 in every area code are
//   reserved for fictitious use (the rest of 555 may be assigned).
// - United Kingdom: Ofcom, "Telephone numbers for use in TV and radio drama programmes":
//   07700 900000–900999, 020 7946 0000–0999, 01xx1 496 0000–0999 (Leeds, Sheffield, Nottingham,
//   Leicester, Bristol, Reading, Birmingham, Edinburgh, Glasgow, Liverpool, Manchester),
//   01632 960000–960999, 028 9649 6000–6999, 029 2018 0000–0999, 0808 157 0000–0999,
//   0909 879 0000–0999, 03069 990000–990999.
// - France: ARCEP, numbers reserved for fiction (decision 2014-0936): 01 99 00, 02 61 91,
//   03 53 01, 04 65 71, 05 36 49 and 06 39 98, each followed by any four digits.
// - Australia: ACMA, numbers for use in creative works: landlines 0X 5550 XXXX and 0X 7010 XXXX
//   (X = 2, 3, 7, 8).

/** National significant numbers (no trunk 0, no country code) reserved per plan, as patterns over digits only. */
const RESERVED: readonly { country: string; trunk: boolean; pattern: RegExp }[] = [
  { country: '1', trunk: false, pattern: /^[2-9]\d{2}55501\d{2}$/ },
  {
    country: '44',
    trunk: true,
    pattern:
      /^(?:7700900\d{3}|2079460\d{3}|1(?:1[3-8]|21|31|41|51|61)4960\d{3}|1632960\d{3}|2896496\d{3}|2920180\d{3}|8081570\d{3}|9098790\d{3}|3069990\d{3})$/,
  },
  { country: '33', trunk: true, pattern: /^(?:19900|26191|35301|46571|53649|63998)\d{4}$/ },
  { country: '61', trunk: true, pattern: /^[2378](?:5550|7010)\d{4}$/ },
];

/** The number as `plan` would read it nationally (digits, no country code or trunk 0), or null when it is not that plan's. */
function nationalFor(plan: (typeof RESERVED)[number], raw: string): string | null {
  const written = raw.trimStart();
  let digits = raw.replace(/\D+/g, '');
  if (written.startsWith('00')) digits = digits.slice(2);
  if (written.startsWith('+') || written.startsWith('00')) return digits.startsWith(plan.country) ? digits.slice(plan.country.length) : null;
  if (plan.trunk) return digits.startsWith('0') ? digits.slice(1) : null;
  // North America dials no trunk 0: ten digits, or eleven with the leading 1.
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/**
 * Whether a phone-number candidate is a number no one can be reached at: in a range a numbering
 * plan reserves for fiction and documentation (sources above), or a placeholder whose last seven
 * digits are one digit repeated ("(11) 90000-0000") or that ends in the counting run
 * 1234567(890) ("123-456-7890").
 * @param raw the candidate as written ("+1 (202) 555-0148", "07700 900123", "(11) 90000-0000").
 */
export function isFictionalNumber(raw: string): boolean {
  const digits = raw.replace(/\D+/g, '');
  if (digits.length < 7) return false;
  if (/^(\d)\1{6}$/.test(digits.slice(-7))) return true;
  if (digits.length <= 11 && /1234567(?:890?)?$/.test(digits)) return true;
  return RESERVED.some((plan) => {
    const national = nationalFor(plan, raw);
    return national !== null && plan.pattern.test(national);
  });
}
