// Reports of someone else's ask in Dutch and Thai: the asker ("iemand vroeg me", "มีคนขอให้") and
// the writer's refusal or report after it ("niet gedaan", "geweigerd", "gemeld"; "ปฏิเสธ",
// "รายงานแล้ว"). Sentences written for this test; no locale, as the event path decides.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const intent = (text: string) => detectContact({ text }).some((s) => s.type.startsWith('offplatform.'));

describe("a report of someone else's ask, Dutch and Thai", () => {
  it.each([
    'Een opdrachtgever vroeg me om het voorschot via een betaalverzoek buiten de site te doen. Geweigerd.',
    'Iemand wilde dat ik buiten het platform via bankoverschrijving betaal, heb nee gezegd en het gemeld',
    'Die klant vroeg mij om op WhatsApp verder te praten, niet gedaan hoor',
    'ลูกค้าขอให้ย้ายไปคุยในไลน์และโอนเงินนอกเว็บ ฉันปฏิเสธไปแล้วนะ',
    'มีคนขอเบอร์โทรแล้วให้จ่ายนอกระบบ รายงานแล้วค่ะ',
  ])('%s', (text) => expect(intent(text)).toBe(false));

  it.each(['Zullen we buiten het platform afrekenen via een betaalverzoek? Scheelt de kosten', 'ย้ายไปคุยในไลน์ได้ไหมคะ แล้วโอนนอกเว็บจะได้ไม่เสียค่าธรรมเนียม'])(
    'still an ask: %s',
    (text) => expect(intent(text)).toBe(true),
  );
});
