import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORK_CHAT } from './__fixtures__/work-chat.ts';
import { __test, classifySpam, detectSpamText, loadSpamClassifier } from './classifier.ts';
import { emailText, loadEmailCorpus, splitCorpus } from './email-corpus.ts';

// Written after the thresholds were chosen, as a check on messages the tuning never saw.
const MORE_WORK_CHAT = [
  'Hey, quick question about the API: should the export endpoint return CSV or JSON? I can do both if needed.',
  'I finished the illustrations for pages 1 to 6. Let me know if the characters look right before I continue.',
  'Our startup is looking for a part-time bookkeeper. You would reconcile two bank accounts and prepare monthly reports.',
  'The video edit is uploaded. I cut it down to 90 seconds and added subtitles in English and Spanish.',
  'Could you please resend the access to the Google Analytics property? The invitation link expired.',
  'Thanks for accepting my proposal! I will set up the repository and share the project plan this afternoon.',
  'I am a native French speaker and professional translator. I can translate your 5,000-word manual in four days.',
  'We need someone to fix a memory leak in our Python service; it crashes after a few hours under load.',
];

const SPAM = [
  'Congratulations!!! You have been selected to receive a FREE vacation. Click here now to claim your prize, limited time only, act now!',
  'Make money fast from home! Earn thousands guaranteed, no experience needed. Reply now to get started. To unsubscribe click here.',
  'Lowest mortgage rates ever! Refinance today and save thousands. Approval guaranteed, no credit check. Call now toll free.',
  'Buy cheap viagra and cialis online, no prescription needed, discreet shipping worldwide, best prices guaranteed!!!',
];

describe('spam content classifier', () => {
  it('does not flag ordinary marketplace conversation', () => {
    for (const text of [...WORK_CHAT, ...MORE_WORK_CHAT]) expect(detectSpamText(text), text).toEqual([]);
  });

  it('flags classic spam, with the strength growing with probability', () => {
    for (const text of SPAM) {
      const [signal] = detectSpamText(text);
      expect(signal, text).toMatchObject({ type: 'spam.content' });
      expect(signal.score).toBeGreaterThanOrEqual(0.99);
    }
    expect(classifySpam(SPAM[0]).spamProbability).toBeGreaterThan(classifySpam(WORK_CHAT[0]).spamProbability);
  });

  it('says nothing about texts too short to judge', () => {
    expect(detectSpamText('FREE!!! click here')).toEqual([]);
    expect(classifySpam('').spamProbability).toBe(0);
  });

  it('scores the held-out split, which training never saw, with F1 ≥ 0.94', () => {
    const { train, test } = splitCorpus(loadEmailCorpus());
    const trainIds = new Set(train.map((e) => e.id));
    expect(test.some((e) => trainIds.has(e.id))).toBe(false);
    expect(test.length).toBeGreaterThan(1150);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const e of test) {
      const spam = classifySpam(emailText(e.raw)).spamProbability >= 0.5;
      if (spam && e.label === 'spam') tp++;
      else if (spam) fp++;
      else if (e.label === 'spam') fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.94);
  });
});

describe('model cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warden-model-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains once, writes the model and reloads it with identical scores', () => {
    const path = join(dir, 'model.json');
    const first = loadSpamClassifier(path);
    __test.forget(path);
    const second = loadSpamClassifier(path);
    expect(second).not.toBe(first);
    expect(second.classify(SPAM[1])).toEqual(first.classify(SPAM[1]));
  });
});
