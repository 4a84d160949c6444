// The reviewer console and the standing page in a real browser (Debian's Chromium driven by
// playwright-core; never a downloaded browser), on the fully wired app: a detection becomes a
// case whose contact details stay hidden until an audited reveal, the account panel shows the
// freelancer's real trust (JSS, badges, level) from their contract history, a reviewer claims
// the case and applies a warning, the user sees the notice and appeals from the standing page,
// answers a reviewer's question there, the reviewer reads the conversation on the appeal card and
// asks a follow-up through it (the user sees it), then overturns it, and the standing is restored; then an identity verification is
// compared and approved from its queue, and a payment dispute is read and split. Screenshots land in test-results/screenshots/ for
// people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { buildConsole } from '../../scripts/build-console.mjs';
import { contractHistoryEvents, registeredDaysAgo, startWiredConsoleWarden, type WiredConsoleWarden } from '../helpers/console-browser.ts';
import { createReviewer } from '../helpers/console-warden.ts';
import { ev, event } from '../helpers/events.ts';

const CHROMIUM = process.env.WARDEN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`the browser tests need Chromium at ${CHROMIUM} (Debian package "chromium") under CI=true`);
  console.warn(`skipping the console browser tests: no Chromium at ${CHROMIUM} (install the Debian package "chromium")`);
}

// The machine may be busy: give the browser time before a check fails (vitest's default is 1 s).
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const EMAIL = 'jane.doe.design@gmail.com';
const MESSAGE = `Hi Sam! Let's skip the fees: pay me via PayPal and write to me at ${EMAIL} so we can start today.`;

// Each step waits for what the page shows; on a busy machine the whole story takes longer than vitest's default.
describe.skipIf(!haveChromium)('reviewer console and standing page in Chromium', { timeout: 120_000 }, () => {
  let w: WiredConsoleWarden;
  let browser: Browser;
  let page: Page;
  let reviewer: { email: string; password: string; name: string };

  // Dialogs are shot at the viewport: a full-page shot stretches the page under a backdrop sized to the window.
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildConsole({ quiet: true });
    [w, browser] = await Promise.all([
      startWiredConsoleWarden('pglite'),
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    ]);
    // Ana has a year of well-rated contracts with three other clients: a JSS and Top Rated.
    for (const e of [
      registeredDaysAgo('fl-ana', 'freelancer', 400, { displayName: 'Ana Lima', country: 'BR' }),
      event('profile.updated', 'fl-ana', { title: 'Brand and UI designer', skills: ['branding', 'figma'], complete: true }),
      ...contractHistoryEvents('fl-ana', ['cl-ortiz', 'cl-brandt', 'cl-nakamura']),
      ev.registered('cl-sam', 'client', { displayName: 'Sam Carter', country: 'US' }),
      ev.message('fl-ana', 'cl-sam', MESSAGE),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    reviewer = await createReviewer(w, 'reviewer', 'Rae Okafor');
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    page.setDefaultTimeout(8000);
  });

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('takes a detection from the queue to a warning, an appeal, an overturn and a restored standing', async () => {
    // Log in.
    await page.goto(`${w.url}/console/`);
    await page.getByLabel('Work email').fill(reviewer.email);
    await page.getByLabel('Password').fill(reviewer.password);
    await shot('01-login');
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The queue shows the case with its count and age.
    const queues = page.getByTestId('queues');
    await eventually(() => queues.getByRole('button', { name: /Circumvention/ }).textContent()).toMatch(/Circumvention\s*1/);
    await eventually(() => page.getByTestId('case-list').textContent()).toContain('Payment outside the platform proposed');
    await shot('02-queues');

    // Open it: the flagged spans are highlighted in the user's own text, the e-mail address
    // hidden (the server never sent it).
    await page.keyboard.press('Enter');
    const text = page.getByTestId('subject-text');
    await eventually(() => text.locator('mark').count()).toBeGreaterThan(0);
    expect(await text.textContent()).toContain('pay me via PayPal');
    expect(await text.textContent()).not.toContain(EMAIL);
    expect(await text.locator('mark.masked').textContent()).toBe('email hidden');
    // The account panel: Ana's real trust, computed from her contract history.
    await eventually(() => page.getByTestId('account-jss').textContent()).toContain('100%');
    expect(await page.getByTestId('account-badges').textContent()).toContain('Top Rated');
    expect(await page.getByTestId('account-trust').textContent()).toMatch(/Medium|High/);
    expect(await page.getByTestId('trust-facts').textContent()).toContain('Job Success Score 100%');
    await shot('03-case');

    // Revealing the address is a deliberate, logged act.
    await page.getByRole('button', { name: /Reveal contact detail/ }).click();
    await eventually(() => text.textContent()).toContain(EMAIL);
    await eventually(() => page.getByTestId('audit').textContent()).toContain('Contact revealed');
    expect(await page.getByTestId('audit').textContent()).toContain('Rae Okafor');

    // Claim with the keyboard.
    await page.keyboard.press('c');
    await eventually(() => page.getByTestId('assignee').textContent()).toBe('Rae Okafor');

    // Apply a warning, after reading the notice the user will get.
    await page.keyboard.press('r');
    const preview = page.getByTestId('notice-preview');
    await eventually(() => preview.textContent()).toContain('Sua conta recebeu uma medida: advertência');
    expect(await preview.textContent()).toContain('pay me via PayPal');
    await page.getByLabel('Reason').fill('Asked the client to pay outside the platform before a contract.');
    // A permanent suspension waits for the account id typed again; then back to the warning.
    await page.getByLabel('Action type').selectOption('permanent_suspension');
    const permanent = page.getByRole('button', { name: 'Apply permanent suspension' });
    expect(await permanent.isDisabled()).toBe(true);
    await page.getByLabel('Confirm the account id').fill('fl-other');
    expect(await permanent.isDisabled()).toBe(true);
    await page.getByLabel('Confirm the account id').fill('fl-ana');
    expect(await permanent.isDisabled()).toBe(false);
    await page.getByLabel('Action type').selectOption('warning');
    await eventually(() => preview.textContent()).toContain('Sua conta recebeu uma medida: advertência');
    await shot('04-resolve-with-preview', false);
    await page.getByRole('button', { name: 'Apply warning' }).click();
    await eventually(() => page.getByTestId('resolution').textContent()).toContain('Warning');

    // The user's standing page shows the warning and its notice.
    const link = await w.call('POST', '/v1/accounts/fl-ana/standing-link', {});
    expect(link.status).toBe(201);
    const user = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    user.setDefaultTimeout(8000);
    await user.goto(`${w.url}${link.body.url}`);
    // Ana's account is Brazilian: the whole page speaks Portuguese, not only the notices.
    await eventually(() => user.getByTestId('standing-status').textContent()).toContain('Infrações ativas');
    expect(await user.getByTestId('standing-status').textContent()).toContain('Você tem 1 infração ativa');
    expect(await user.getByTestId('next-steps').textContent()).toContain('recorra até');
    expect(await user.getByTestId('notices').textContent()).toContain('Sua conta recebeu uma medida: advertência');
    // The document says so too (screen readers pick the voice from <html lang>).
    expect(await user.evaluate(() => document.documentElement.lang)).toBe('pt');
    expect(await user.title()).toBe('Situação da conta');
    await user.screenshot({ path: join(SHOTS, '05-standing-warning.png'), fullPage: true });

    // They appeal from it.
    await user.getByLabel('Seu recurso').fill('I was explaining that payments must stay on the platform; I never asked to be paid by PayPal.');
    await user.getByRole('button', { name: 'Enviar recurso' }).click();
    await eventually(() => user.getByTestId('appeals').textContent()).toContain('Em análise');

    // A reviewer asks a question; the user sees the conversation in Portuguese and answers from the page.
    const appealId = (await w.call('GET', '/v1/accounts/fl-ana/standing')).body.appeals.open[0].id;
    const asked = await w.call('POST', `/v1/appeals/${appealId}/questions`, { kind: 'question', text: 'Which client did you explain the payment rules to?' });
    expect(asked.status).toBe(201);
    await user.reload();
    const conversation = user.getByTestId(`conversation-${appealId}`);
    await eventually(() => conversation.textContent()).toContain('Which client did you explain the payment rules to?');
    expect(await conversation.textContent()).toContain('O revisor fez uma pergunta a você');
    expect(await conversation.locator('li[data-kind="question"]').textContent()).toContain('Revisor · pergunta');
    await conversation.getByLabel('Sua resposta').fill('Ada Finch, the client of the logo project.');
    await conversation.getByRole('button', { name: 'Enviar resposta' }).click();
    await eventually(() => conversation.locator('li[data-kind="answer"]').textContent()).toContain('Ada Finch');
    expect(await conversation.locator('li[data-kind="answer"]').textContent()).toContain('Você · resposta');
    expect(await conversation.textContent()).not.toContain('O revisor fez uma pergunta a você');
    await user.screenshot({ path: join(SHOTS, '05b-standing-conversation.png'), fullPage: true });

    // The reviewer finds the appeal and overturns it.
    await page
      .getByRole('link', { name: /Appeals/ })
      .first()
      .click();
    await eventually(() => page.getByTestId('case-list').textContent()).toContain('Appeal of action');
    await page.getByRole('link', { name: /Appeal of action/ }).click();
    await eventually(() => page.getByTestId('appeal-text').textContent()).toContain('I was explaining');
    // What was appealed: the reviewer's own reason, and the content quoted from the case, still masked.
    const appealCard = page.locator('.appealed');
    await eventually(() => appealCard.textContent()).toContain('Asked the client to pay outside the platform before a contract.');
    await eventually(() => appealCard.getByTestId('subject-text').textContent()).toContain('pay me via PayPal');
    expect(await appealCard.textContent()).not.toContain(EMAIL);
    expect(await appealCard.textContent()).toContain('by Rae Okafor');
    // The card shows the conversation so far: the reviewer's question and the user's answer, with who and when.
    const talk = page.getByTestId('appeal-conversation');
    await eventually(() => talk.locator('li[data-kind="answer"]').textContent()).toContain('Ada Finch, the client of the logo project.');
    expect(await talk.locator('li[data-kind="question"]').textContent()).toContain('A reviewer asked');
    expect(await talk.locator('li[data-kind="answer"]').textContent()).toContain('The user (fl-ana) answered');
    // The reviewer asks a follow-up question through the card; it joins the conversation and reaches the user.
    await talk.getByRole('button', { name: 'Ask a question' }).click();
    await talk.getByLabel('Message to the user').fill('Was the logo project paid through the platform?');
    await talk.getByRole('button', { name: 'Send question' }).click();
    await eventually(() => talk.locator('li[data-kind="question"]').count()).toBe(2);
    expect(await talk.locator('li[data-kind="question"]').last().textContent()).toContain('Was the logo project paid through the platform?');
    expect(await talk.getByLabel('Message to the user').inputValue()).toBe('');
    expect(await talk.textContent()).toContain('Waiting for the user’s answer.');
    await user.reload();
    await eventually(() => conversation.locator('li[data-kind="question"]').last().textContent()).toContain('Was the logo project paid through the platform?');
    await shot('06-appeal-case');
    await page.getByRole('button', { name: /Decide appeal/ }).click();
    await page.getByLabel('Reason').fill('You were explaining our rules, not asking to be paid elsewhere. Sorry for the mistake.');
    await page.getByRole('button', { name: 'Overturn', exact: true }).click();
    await eventually(() => page.getByTestId('resolution').textContent()).toContain('Overturn');
    // A decided appeal's conversation is closed: the form stays, disabled.
    await eventually(() => page.getByTestId('appeal-conversation').getByLabel('Message to the user').isDisabled()).toBe(true);
    expect(await page.getByTestId('appeal-conversation').textContent()).toContain('Was the logo project paid through the platform?');

    // The standing is restored.
    await user.reload();
    await eventually(() => user.getByTestId('standing-status').textContent()).toContain('Conta regular');
    expect(await user.getByTestId('appeals').textContent()).toContain('Aceito');
    await user.screenshot({ path: join(SHOTS, '07-standing-restored.png'), fullPage: true });
    await user.close();
  });

  it('shows the dashboard, policies with a version diff, and hides what triage may not do', async () => {
    const doc = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
    const v2 = await w.call('POST', '/v1/policies/contact-sharing/versions', {
      document: { ...doc, description: `${doc.description} Reviewed by the policy team.` },
      comment: 'Clarify the description',
      baseVersion: (await w.call('GET', '/v1/policies/contact-sharing')).body.versions[0].version,
      activate: 'shadow',
    });
    expect(v2.status).toBe(201);

    await page.goto(`${w.url}/console/dashboard`);
    await eventually(() => page.locator('.chart-ring').count()).toBe(1);
    await eventually(() => page.getByText('Overturn rate on appeal per policy').count()).toBe(1);
    await eventually(() => page.locator('.chart-columns').count()).toBe(1);
    await shot('08-dashboard');

    await page.goto(`${w.url}/console/policies/contact-sharing`);
    await eventually(() => page.getByTestId('policy-diff').textContent()).toContain('Reviewed by the policy team');
    await shot('09-policy');

    // A triage login sees the case but no claim or resolve.
    const triage = await createReviewer(w, 'triage', 'Theo Triage');
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const t = await ctx.newPage();
    t.setDefaultTimeout(8000);
    await t.goto(`${w.url}/console/`);
    await t.getByLabel('Work email').fill(triage.email);
    await t.getByLabel('Password').fill(triage.password);
    await t.getByRole('button', { name: 'Sign in' }).click();
    await t
      .getByRole('link', { name: /Appeals/ })
      .first()
      .click();
    await t.getByRole('combobox', { name: 'Status' }).selectOption('all');
    await t.getByRole('link', { name: /Appeal of action/ }).click();
    await eventually(() => t.getByTestId('appeal-text').count()).toBe(1);
    expect(await t.getByRole('button', { name: /Claim|Resolve|Decide/ }).count()).toBe(0);
    await ctx.close();
  });
  it('compares the documents of an identity verification from its queue and approves it', async () => {
    expect((await w.call('POST', '/v1/events', registeredDaysAgo('fl-vic', 'freelancer', 20, { displayName: 'Victor Hale', country: 'GB' }))).status).toBe(201);
    const requested = await w.call('POST', '/v1/verifications', {
      accountId: 'fl-vic',
      reason: 'Payout details changed right after a login from a new country.',
    });
    expect(requested.status).toBe(201);
    const id = requested.body.id as string;
    // The photos a phone would send, drawn by the browser.
    const camera = await browser.newPage({ viewport: { width: 420, height: 264 } });
    for (const kind of ['id_document', 'selfie'] as const) {
      await camera.setContent(documentHtml(kind));
      const png = await camera.screenshot({ type: 'png' });
      expect((await w.call('POST', `/v1/verifications/${id}/documents`, { kind, data: png.toString('base64') })).status).toBe(201);
    }
    await camera.close();

    await page.goto(`${w.url}/console/verification`);
    await eventually(() => page.getByTestId('case-list').textContent()).toContain('Identity verification');
    await page.getByRole('link', { name: /Identity verification/ }).click();
    await page.getByRole('button', { name: /Show id document/i }).click();
    await page.getByRole('button', { name: /Show selfie/i }).click();
    await eventually(() => page.locator('.doc img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length)).toBe(2);
    await eventually(() => page.getByTestId('document-views').textContent()).toContain('viewed 2 times; last by Rae Okafor');
    await shot('10-verification-case');

    await page.getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Reason').fill('The selfie shows the person on the ID; the name matches the profile.');
    await shot('11-verification-decide', false);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await eventually(() => page.getByTestId('resolution').textContent()).toContain('Approve verification');
    await eventually(() => page.getByText('Approved', { exact: true }).count()).toBe(1);
    await shot('12-verification-approved');
    expect((await w.call('GET', `/v1/verifications/${id}`)).body.status).toBe('approved');
  });

  it('shows a dispute case with its claim, deadlines and evidence, and decides a split', async () => {
    for (const e of [
      // The brief the client's evidence names: disputes refuse evidence naming no message of the parties.
      event('message.sent', 'cl-sam', { messageId: 'm-brief', recipientId: 'fl-ana', text: 'SVG and PDF, please.' }),
      event('contract.started', 'cl-sam', { contractId: 'k-dsp', clientId: 'cl-sam', freelancerId: 'fl-ana', kind: 'fixed', amountCents: 80_000 }),
      event('escrow.funded', 'cl-sam', { contractId: 'k-dsp', milestoneId: 'ms-logo', amountCents: 80_000 }),
      event('milestone.submitted', 'fl-ana', { contractId: 'k-dsp', milestoneId: 'ms-logo' }),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    const d = await w.call('POST', '/v1/disputes', {
      contractId: 'k-dsp',
      milestoneId: 'ms-logo',
      openedBy: 'client',
      claim: { kind: 'quality', text: 'The logo was delivered without the vector files we agreed on.' },
      amountCents: 80_000,
      evidence: [{ kind: 'message', reference: 'm-brief', text: 'SVG and PDF, please.' }],
    });
    expect(d.status).toBe(201);

    await page.goto(`${w.url}/console/cases/${d.body.caseId}`);
    await eventually(() => page.getByTestId('dispute-claim').textContent()).toContain('without the vector files');
    await eventually(() => page.getByTestId('dispute-evidence').textContent()).toContain('SVG and PDF, please.');
    expect(await page.getByTestId('dispute-deadlines').textContent()).toContain('Freelancer answers with evidence by');
    await shot('13-dispute-case');

    await page.getByRole('button', { name: /^Decide/ }).click();
    await page.getByRole('button', { name: 'Split' }).click();
    await page.getByLabel('To the freelancer (USD)').fill('500');
    await page.getByLabel('Reason').fill('The logo was delivered; the vector files were not.');
    await shot('14-dispute-decide', false);
    await page.locator('.dialog-actions button[type=submit]').click();
    await eventually(() => page.getByTestId('dispute-decision').textContent()).toContain('$500 to the freelancer, $300 back to the client');
    expect((await w.call('GET', `/v1/disputes/${d.body.id}`)).body.decision).toMatchObject({ outcome: 'split', releaseCents: 50_000, refundCents: 30_000 });
  });
});

/** A stand-in identity document or selfie: recognisable shapes, no real person. */
function documentHtml(kind: 'id_document' | 'selfie'): string {
  const face = `<svg viewBox="0 0 100 120" width="110" height="132"><rect width="100" height="120" rx="8" fill="#cbd5e1"/>
    <circle cx="50" cy="45" r="24" fill="#a16207"/><rect x="18" y="76" width="64" height="44" rx="22" fill="#1e3a8a"/></svg>`;
  if (kind === 'selfie')
    return `<body style="margin:0;background:linear-gradient(160deg,#e0f2fe,#f1f5f9);display:grid;place-items:center;height:264px">${face.replace('width="110" height="132"', 'width="180" height="216"')}</body>`;
  return `<body style="margin:0;font:14px system-ui,sans-serif;background:#f8fafc">
    <div style="margin:12px;height:240px;border-radius:14px;background:linear-gradient(135deg,#dbeafe,#ccfbf1);padding:16px;box-sizing:border-box;display:flex;gap:16px">
      ${face}<div><div style="font-weight:700;letter-spacing:.08em;color:#1e3a8a">IDENTITY CARD</div>
      <div style="margin-top:12px;color:#334155">Surname<br><b>HALE</b></div><div style="margin-top:6px;color:#334155">Given names<br><b>VICTOR</b></div>
      <div style="margin-top:6px;color:#334155">Nationality<br><b>GBR</b></div></div></div></body>`;
}
