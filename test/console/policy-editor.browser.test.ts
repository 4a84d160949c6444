// The policy editor in a real browser (Debian's Chromium through playwright-core, never a
// downloaded browser), on the fully wired app, as a policy editor: a rule id that breaks the
// schema is flagged beside its field while typing, and text that is not JSON beside its
// condition; fixed, the draft is valid; a changed outcome shows in the diff against the live
// version; the unsaved draft is backtested over stored messages; saved and made live, it decides
// new messages; rolled back, the earlier version decides again. A reviewer sees no editor.
// Screenshots land in test-results/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { buildConsole } from '../../scripts/build-console.mjs';
import { registeredDaysAgo, startWiredConsoleWarden, type WiredConsoleWarden } from '../helpers/console-browser.ts';
import { createReviewer } from '../helpers/console-warden.ts';
import { ev } from '../helpers/events.ts';

const CHROMIUM = process.env.WARDEN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`the browser tests need Chromium at ${CHROMIUM} (Debian package "chromium") under CI=true`);
  console.warn(`skipping the policy editor browser test: no Chromium at ${CHROMIUM} (install the Debian package "chromium")`);
}

// The machine may be busy: wait for what the page shows instead of sleeping.
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe.skipIf(!haveChromium)('policy editor in Chromium', { timeout: 180_000 }, () => {
  let w: WiredConsoleWarden;
  let browser: Browser;
  let page: Page;
  const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  const login = async (p: Page, who: { email: string; password: string }) => {
    await p.goto(`${w.url}/console/`);
    await p.getByLabel('Work email').fill(who.email);
    await p.getByLabel('Password').fill(who.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByTestId('queues').waitFor();
  };
  const screen = async (text: string) => (await w.call('POST', '/v1/screen', { text, dryRun: true })).body.outcome;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildConsole({ quiet: true });
    [w, browser] = await Promise.all([
      startWiredConsoleWarden('pglite'),
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      }),
    ]);
    for (const e of [
      registeredDaysAgo('fl-ana', 'freelancer', 90, { displayName: 'Ana Ruiz' }),
      registeredDaysAgo('cl-ben', 'client', 200, { displayName: 'Ben Ortiz' }),
      ev.message('fl-ana', 'cl-ben', "Thanks for the invite! What's your whatsapp?"),
      ev.message('fl-ana', 'cl-ben', 'I can start on Monday and deliver the first draft by Friday.'),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    await login(page, await createReviewer(w, 'policy-editor', 'Pia Policy'));
  });

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('edits a rule with checks as you type, shows the diff, backtests the draft, makes it live and rolls back', async () => {
    const doc = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
    const i = doc.rules.findIndex((r: { id: string }) => r.id === 'ask-contact');
    expect(await screen('what is your skype?')).toBe('nudge');

    await page.goto(`${w.url}/console/policies/contact-sharing`);
    await page.getByRole('link', { name: 'Edit rules' }).click();
    const status = page.getByTestId('draft-status');
    await eventually(() => status.textContent()).toBe('✓ Valid');
    const rule = page.getByTestId(`rule-${i}`);

    // A rule id the schema refuses: the server's reason, right under the Id field.
    await rule.getByLabel('Id', { exact: true }).fill('Ask Contact');
    const idField = rule.locator('.field-box', { has: page.getByRole('textbox', { name: 'Id', exact: true }) });
    await eventually(() => idField.locator('.field-errors').textContent()).toMatch(/match/i);
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => status.textContent()).toMatch(/problem/);
    expect(await page.getByRole('button', { name: /^Save v/ }).isDisabled()).toBe(true);
    await idField.scrollIntoViewIfNeeded();
    await shot(page, '40-policy-editor-error');

    // Text that is not JSON in the condition: said beside it, nothing else breaks.
    const when = rule.getByLabel('When (condition)');
    const goodWhen = await when.inputValue();
    await when.fill('{ "signal": ');
    await eventually(() =>
      rule
        .locator('.field-box', { has: page.getByRole('textbox', { name: 'When (condition)' }) })
        .locator('.field-errors')
        .textContent(),
    ).toContain('is not JSON');
    await when.fill(goodWhen);

    // Fixed: valid again; the outcome changed shows in the diff against live v1.
    await rule.getByLabel('Id', { exact: true }).fill('ask-contact');
    await eventually(() => status.textContent()).toBe('✓ Valid');
    expect(await idField.locator('.field-errors').count()).toBe(0);
    await rule.getByLabel('Outcome').selectOption('allow');
    await eventually(() => page.getByTestId('draft-diff').textContent()).toContain('"outcome": "allow"');
    expect(await page.getByTestId('draft-diff').locator('.diff-removed').textContent()).toContain('"outcome": "nudge"');

    // The unsaved draft, replayed over the stored messages: the question would be allowed.
    expect(await page.getByLabel('Backtest version').inputValue()).toBe('0');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    const bt = page.getByTestId('backtest');
    await eventually(() => bt.textContent()).toContain('nudge → allow');
    expect(await bt.textContent()).toMatch(/Events replayed\s*2/);
    expect(await bt.textContent()).toMatch(/Outcomes changed\s*1/);
    await bt.scrollIntoViewIfNeeded();
    await shot(page, '41-policy-editor-backtest');

    // Saved as v2 and made live: new messages are decided by it.
    await page.getByLabel('What changed and why').fill('Questions about contact are fine before a contract');
    await page.getByText('Make live', { exact: true }).click();
    await page.getByRole('button', { name: 'Save v2' }).click();
    const versions = page.getByTestId('policy-versions');
    await eventually(() => versions.locator('li[data-version="2"]').textContent()).toContain('live');
    expect(await versions.locator('li[data-version="2"]').textContent()).toContain('Questions about contact are fine');
    expect((await w.call('GET', '/v1/policies/contact-sharing')).body.liveVersion).toBe(2);
    expect(await screen('what is your skype?')).toBe('allow');

    // Rolled back after a confirmation: v1 decides again.
    await versions.locator('li[data-version="1"]').getByRole('button', { name: 'Roll back to v1' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await eventually(() => versions.locator('li[data-version="1"]').textContent()).toContain('live');
    await shot(page, '42-policy-rolled-back');
    expect((await w.call('GET', '/v1/policies/contact-sharing')).body.liveVersion).toBe(1);
    expect(await screen('what is your skype?')).toBe('nudge');
  });

  it('shows a reviewer no editor and no activation', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const r = await ctx.newPage();
    r.setDefaultTimeout(15_000);
    await login(r, await createReviewer(w, 'reviewer', 'Rex Reviewer'));
    await r.goto(`${w.url}/console/policies/contact-sharing`);
    await r.getByTestId('policy-versions').waitFor();
    expect(await r.getByRole('link', { name: 'Edit rules' }).count()).toBe(0);
    expect(await r.getByRole('button', { name: /Roll back|Make v\d+ live/ }).count()).toBe(0);
    await r.goto(`${w.url}/console/policies/contact-sharing/edit`);
    await eventually(() => r.getByText('Only admins and policy editors change policies').count()).toBe(1);
    await ctx.close();
  });
});
