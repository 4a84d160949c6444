// The console's workbench in a real browser (Debian's Chromium driven by playwright-core, never
// a downloaded browser), on the fully wired app: a reviewer searches for an account by name and
// opens its page (timeline, standing, trust), searches by an e-mail address and sees the
// message with the address hidden, saves a view of a queue, resolves two cases of one account
// (a detection and a report) and one of another in a single bulk action (one warning per account), and, with "next case"
// on, lands on the next case after resolving one; walks the linked-accounts graph from one
// account to another; and an admin manages reviewers (role, password, disable). Screenshots land in
// test-results/screenshots/ for people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { buildConsole } from '../../scripts/build-console.mjs';
import { registeredDaysAgo, startWiredConsoleWarden, type WiredConsoleWarden } from '../helpers/console-browser.ts';
import { createReviewer } from '../helpers/console-warden.ts';
import { ev, event } from '../helpers/events.ts';

const CHROMIUM = process.env.WARDEN_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`the browser tests need Chromium at ${CHROMIUM} (Debian package "chromium") under CI=true`);
  console.warn(`skipping the console workbench browser tests: no Chromium at ${CHROMIUM} (install the Debian package "chromium")`);
}

// The machine may be busy: wait for what the page shows instead of sleeping.
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const EMAIL = 'kai.moreno.studio@gmail.com';

// Each step waits for what the page shows; a busy machine makes a whole story take longer than vitest's default.
describe.skipIf(!haveChromium)('console workbench in Chromium', { timeout: 120_000 }, () => {
  let w: WiredConsoleWarden;
  let browser: Browser;
  let page: Page;
  let reviewer: { email: string; password: string; name: string };
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
    for (const e of [
      registeredDaysAgo('fl-kai', 'freelancer', 120, { displayName: 'Kai Moreno', country: 'ES' }),
      registeredDaysAgo('fl-lou', 'freelancer', 60, { displayName: 'Lou Okoye', country: 'NG' }),
      registeredDaysAgo('cl-ada', 'client', 300, { displayName: 'Ada Finch', country: 'US' }),
      registeredDaysAgo('cl-bo', 'client', 300, { displayName: 'Bo Lind', country: 'SE' }),
      event('user.login', 'fl-kai', { ip: '198.51.100.7', country: 'ES', deviceId: 'kai-laptop', success: true }),
      // Lou signs in from Kai's laptop: the two accounts are linked by a device.
      event('user.login', 'fl-lou', { ip: '203.0.113.40', country: 'NG', deviceId: 'kai-laptop', success: true }),
      ev.message('fl-kai', 'cl-bo', 'Hi Bo, thanks for the invite, happy to talk about the project.'),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    // What the background behaviour worker does within a second (linked identifiers: the device
    // graph below), done now: this test Warden runs no worker.
    await w.drainBehaviour();
    // A client Kai wrote to reports Kai's account before any detection (a report case); Kai's
    // detection case comes after it: two cases about the same account.
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-bo',
      subject: { type: 'account', id: 'fl-kai', accountId: 'fl-kai' },
      reason: 'offplatform_contact',
      comment: 'Keeps asking to be paid outside.',
    });
    expect(report.status).toBe(201);
    for (const e of [
      ev.message('fl-kai', 'cl-ada', `Hola Ada, write to me at ${EMAIL} and pay me by PayPal, we skip the fees.`),
      ev.message('fl-kai', 'cl-bo', 'Bo, lets skip the fees: pay me via PayPal directly so we can start today.'),
      ev.message('fl-lou', 'cl-ada', 'Pay me outside the platform through PayPal and I give you a discount.'),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    await w.drainBehaviour();
    reviewer = await createReviewer(w, 'reviewer', 'Rui Santos');
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${w.url}/console/`);
    await page.getByLabel('Work email').fill(reviewer.email);
    await page.getByLabel('Password').fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('queues').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('finds an account by name and shows its page: timeline, standing and trust', async () => {
    await page
      .getByRole('link', { name: /Search/ })
      .first()
      .click();
    await page.getByLabel('Search').fill('kai mor');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await eventually(() => page.getByTestId('result-accounts').textContent()).toContain('Kai Moreno');
    await page.getByTestId('result-accounts').getByRole('link', { name: 'Kai Moreno' }).click();
    await eventually(() => page.getByTestId('account-title').textContent()).toBe('Kai Moreno');
    const timeline = page.getByTestId('timeline');
    await eventually(() => timeline.locator('li[data-kind="case"]').count()).toBeGreaterThanOrEqual(1);
    await eventually(() => timeline.locator('li[data-kind="login"]').count()).toBe(1);
    expect(await timeline.locator('li[data-kind="decision"]').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.textContent()).toContain('Signed in from ES');
    // The user's words are there, the address hidden.
    expect(await timeline.textContent()).toContain('we skip the fees');
    expect(await timeline.textContent()).not.toContain(EMAIL);
    await eventually(() => page.getByTestId('account-standing').textContent()).toContain('In good standing');
    await shot('21-account-page');

    // Only the cases.
    await page.getByLabel('Show').selectOption('case');
    await eventually(() => timeline.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(expect.arrayContaining(['case']));
    expect(new Set(await timeline.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(new Set(['case']));
  });

  it('draws the linked accounts and walks to one by clicking it', async () => {
    await page.goto(`${w.url}/console/accounts/fl-kai`);
    const graph = page.getByTestId('linked-graph');
    await eventually(() => graph.locator('[data-account]').count()).toBe(2);
    expect(await page.getByTestId('linked-list').textContent()).toContain('fl-lou share Device');
    await page.getByTestId('linked-graph').scrollIntoViewIfNeeded();
    await shot('26-linked-accounts');
    await graph.locator('[data-account="fl-lou"]').click();
    await eventually(() => page.getByTestId('account-title').textContent()).toBe('Lou Okoye');
    expect(page.url()).toContain('/console/accounts/fl-lou');
    // And back through Lou's own graph.
    await eventually(() => page.getByTestId('linked-graph').locator('[data-account="fl-kai"]').count()).toBe(1);
  });

  it('finds a message by the e-mail address in it without showing the address', async () => {
    await page.goto(`${w.url}/console/search?q=${encodeURIComponent(EMAIL)}`);
    const content = page.getByTestId('result-content');
    await eventually(() => content.textContent()).toContain('[contact hidden]');
    expect(await page.getByTestId('search-results').textContent()).not.toContain(EMAIL);
    expect(await content.textContent()).toContain('fl-kai');
    await shot('22-search-by-email');
  });

  it("shows a stranger's report in report triage beside the queues, and closes it there without a case", async () => {
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-zed',
      subject: { type: 'account', id: 'cl-ada', accountId: 'cl-ada' },
      reason: 'scam_fraud',
      comment: 'Looks fake to me.',
    });
    expect(report.status).toBe(201);
    await page.goto(`${w.url}/console/queues`);
    await eventually(() => page.getByTestId('report-triage-card').textContent()).toContain('1');
    await page.getByTestId('report-triage-card').click();
    const table = page.getByTestId('report-triage');
    await eventually(() => table.textContent()).toContain('Never dealt with them');
    expect(await table.textContent()).toContain('cl-ada');
    await shot('27-report-triage');
    await table.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Reason').fill('Nothing to verify: no message or job between them.');
    await page.locator('.dialog-actions').getByRole('button', { name: 'Close' }).click();
    await eventually(() => page.getByText('No reports waiting').count()).toBe(1);
    expect((await w.call('GET', `/v1/reports/${report.body.id}`)).body).toMatchObject({ status: 'reviewed', outcome: 'no_violation' });
    expect((await w.call('GET', '/v1/cases?accountId=cl-ada&status=all')).body.total).toBe(0);

    // A message reported without its text: the page says the text was not sent, not that the account itself was reported.
    const message = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-zed',
      subject: { type: 'message', id: 'm-never-quoted', accountId: 'cl-ada' },
      reason: 'spam',
    });
    expect(message.status).toBe(201);
    await page.reload();
    await eventually(() => table.textContent()).toContain('did not include the reported text');
    expect(await table.textContent()).not.toContain('the account itself was reported');
    await table.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Reason').fill('Nothing quoted and nothing between them.');
    await page.locator('.dialog-actions').getByRole('button', { name: 'Close' }).click();
    await eventually(() => page.getByText('No reports waiting').count()).toBe(1);
  });

  it('resolves cases of two accounts in one bulk action, one warning per account, from a saved view', async () => {
    await page.goto(`${w.url}/console/queues?sort=oldest`);
    const list = page.getByTestId('case-list');
    await eventually(() => list.locator('tbody tr').count()).toBe(3);
    page.once('dialog', (d) => void d.accept('Oldest first'));
    await page.getByRole('button', { name: 'Save view' }).click();
    await eventually(() => page.getByTestId('saved-views').textContent()).toContain('Oldest first');

    await page.getByLabel('Select every open case shown').check();
    await eventually(() => page.getByTestId('bulk-bar').textContent()).toContain('3 selected');
    expect(await page.getByTestId('bulk-bar').textContent()).toContain('2 accounts');
    await shot('23-bulk-selection');
    await page.getByRole('button', { name: 'Resolve selected…' }).click();
    await page.getByRole('button', { name: 'Apply an action' }).click();
    await eventually(() => page.getByTestId('bulk-once').textContent()).toContain('3 cases about 2 accounts → 2 warnings');
    await page.getByLabel('Reason').fill('Asked clients to pay outside the platform.');
    await shot('24-bulk-dialog', false);
    await page.getByRole('button', { name: 'Apply to 2 accounts' }).click();
    await eventually(() => page.getByTestId('bulk-result').textContent()).toContain('3 resolved');
    await page.getByRole('button', { name: 'Done' }).click();
    await eventually(() => page.getByText('Nothing here').count()).toBe(1);

    // One warning per account: Kai's two cases share one action.
    const kai = (await w.call('GET', '/v1/accounts/fl-kai/standing')).body;
    expect(kai.activeActions.map((a: { type: string }) => a.type)).toEqual(['warning']);
    expect(kai.strikes.active).toHaveLength(1);
    const lou = (await w.call('GET', '/v1/accounts/fl-lou/standing')).body;
    expect(lou.activeActions.map((a: { type: string }) => a.type)).toEqual(['warning']);

    // The saved view brings the filters back.
    await page.goto(`${w.url}/console/queues`);
    await page.getByTestId('saved-views').getByRole('button', { name: 'Oldest first', exact: true }).click();
    await eventually(() => page.getByLabel('Sort').inputValue()).toBe('oldest');
  });

  it('opens the next case after resolving one, and the account panel shows the new standing', async () => {
    for (const e of [
      registeredDaysAgo('fl-max', 'freelancer', 30, { displayName: 'Max Hale', country: 'GB' }),
      registeredDaysAgo('fl-nia', 'freelancer', 30, { displayName: 'Nia Osei', country: 'GH' }),
      ev.message('fl-max', 'cl-bo', 'Pay me outside the platform through PayPal and I give you a discount.'),
      ev.message('fl-nia', 'cl-bo', 'Lets skip the fees: pay me via PayPal directly so we can start today.'),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    await page.goto(`${w.url}/console/queues?sort=oldest`);
    const list = page.getByTestId('case-list');
    await eventually(() => list.locator('tbody tr').count()).toBe(2);
    const ids = await list.locator('a.case-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop()));
    await list.locator('a.case-link').first().click();
    await eventually(() => page.url()).toContain(ids[0] as string);
    await page.getByRole('button', { name: /^Resolve/ }).click();
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await page.getByLabel('Reason').fill('The client asked about payment methods first; explained, no violation.');
    await page.getByRole('button', { name: 'Dismiss case' }).click();
    await eventually(() => page.url()).toContain(ids[1] as string);
    await eventually(() => page.getByTestId('account-standing').textContent()).toMatch(/Active strikes|In good standing/);
    await shot('25-next-case');
  });

  it('lets an admin change a role, reset a password and disable a reviewer, each in the access trail', async () => {
    const admin = await createReviewer(w, 'admin', 'Ada Admin');
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const a = await ctx.newPage();
    a.setDefaultTimeout(15_000);
    await a.goto(`${w.url}/console/`);
    await a.getByLabel('Work email').fill(admin.email);
    await a.getByLabel('Password').fill(admin.password);
    await a.getByRole('button', { name: 'Sign in' }).click();
    await a.getByRole('link', { name: /Reviewers/ }).click();
    const row = a.locator(`tr[data-reviewer="${reviewer.email}"]`);
    await eventually(() => row.textContent()).toContain('Rui Santos');

    await row.getByLabel('Role of Rui Santos').selectOption('triage');
    await eventually(() => a.getByTestId('access-trail').textContent()).toContain('role reviewer → triage');
    await row.getByRole('button', { name: 'Reset password' }).click();
    await a.getByRole('button', { name: 'Reset password' }).last().click();
    await eventually(() => a.getByTestId('temporary-password').textContent()).toContain('Temporary password for Rui Santos');
    await row.getByRole('button', { name: 'Disable' }).click();
    await a.getByLabel('Reason').fill('Left the trust team.');
    await a.getByRole('button', { name: 'Disable Rui Santos' }).click();
    await eventually(() => row.textContent()).toContain('Disabled');
    await eventually(() => a.getByTestId('access-trail').textContent()).toContain('Left the trust team.');
    await a.screenshot({ path: join(SHOTS, '27-reviewers.png'), fullPage: true });

    const users = (await w.call('GET', '/v1/admin/users')).body.users as { email: string; role: string; disabledAt: string | null }[];
    const rui = users.find((u) => u.email === reviewer.email);
    expect(rui?.role).toBe('triage');
    expect(rui?.disabledAt).toBeTruthy();
    // Rui's console session ended with the disable: his next request is sent to the login.
    await page.goto(`${w.url}/console/queues`);
    await eventually(() => page.getByLabel('Work email').count()).toBe(1);
    await ctx.close();
  });
});
