// Kind (blind set 11 round): a job post's duty that names a scheme — building a marketplace's escrow
// feature, teaching staff about phishing — or a free entry ("participation is free", "no
// registration fee") is not a request to the reader. Without a rule finding one, the gate's weak
// or medium reading of such a post is set aside; a strong reading, or any rule, stands.
// Sentences written for the kind; none from an evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import { detectScam, dutyOrFreeToJoin } from '../scam/detect-scam.ts';
import { detectLearned, dutySetsAside } from './index.ts';

const gateKinds = (text: string, kind: 'job' | 'message' = 'job') =>
  detectLearned({ text, kind, ruleSignals: detectScam({ text, kind }) })
    .filter((s) => s.type.startsWith('scam.') && s.type !== 'scam.fake_job')
    .map((s) => s.type);

describe('a job post’s duty or free entry is not a request to the reader', () => {
  it.each([
    ['ko: an escrow feature’s developer', '에스크로 결제 기능 개발자 모집: 거래 완료 전까지 대금을 보관하고 분쟁 시 환불하는 로직을 구현합니다.'],
    [
      'tr: a security-awareness trainer',
      'Güvenlik farkındalık eğitmeni aranıyor: çalışanlara oltalama e-postalarını ve doğrulama kodlarının paylaşılmaması gerektiğini anlatacaksınız.',
    ],
    ['it: a free design contest', 'Concorso di design per il nostro nuovo logo: premio di 300 € al vincitore, partecipazione gratuita.'],
    ['id: a paid app test without fees', 'Penguji aplikasi dicari: 45 menit per sesi, dibayar Rp60.000 melalui platform, tanpa biaya pendaftaran apa pun.'],
  ])('%s', (_, text) => {
    expect(dutyOrFreeToJoin(text)).toBe(true);
    expect(gateKinds(text)).toEqual([]);
  });

  it('the set-aside is what keeps a duty clean: a weak or medium gate reading of a job post’s duty is dropped, a strong one, a rule or another kind of content stands', () => {
    // Asserted on the set-aside itself, not on a model reading: the gate retrained on 2026-12-02
    // no longer reads the Turkish trainer's post as a scam at all (it did when this was written).
    const text =
      'Güvenlik farkındalık eğitmeni aranıyor: çalışanlara oltalama e-postalarını ve doğrulama kodlarının paylaşılmaması gerektiğini anlatacaksınız.';
    const job = { text, kind: 'job' as const };
    expect(dutySetsAside(job, 'weak', [])).toBe(true);
    expect(dutySetsAside(job, 'medium', [])).toBe(true);
    expect(dutySetsAside(job, 'strong', [])).toBe(false);
    expect(dutySetsAside({ text, kind: 'message' }, 'weak', [])).toBe(false);
    const rule = { type: 'scam.upfront_payment', strength: 'weak' as const, score: 0.6, start: 0, end: 5 };
    expect(dutySetsAside(job, 'weak', [rule])).toBe(false);
    expect(dutySetsAside(job, 'weak', [{ ...rule, type: 'scam.combined' }])).toBe(true);
    expect(dutySetsAside({ text: 'Warehouse associate, night shift, forklift licence a plus.', kind: 'job' }, 'weak', [])).toBe(false);
  });

  it('a rule still speaks in a job post that also says there is no fee', () => {
    const text = 'You do not pay anything to start. Home-based parcel agent: receive packages at your home address, relabel them and forward them abroad.';
    expect(dutyOrFreeToJoin(text)).toBe(true);
    expect(gateKinds(text)).toContain('scam.reshipping');
  });

  it('ordinary job posts are not read as duties', () => {
    expect(dutyOrFreeToJoin('Warehouse associate, night shift, forklift licence a plus.')).toBe(false);
  });
});
