import type { Browser } from 'playwright-core';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { launchChromium, saveScreenshot, seriousViolations, watchedPage } from './support/browser';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD, signIn } from './support/session';

/*
 * Account self-service in the browser (issue #15): an admin hands out a reset link, the person
 * sets a password with it; everyone changes their own; the login page says how long to wait.
 */
describe('accounts and passwords (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('an admin issues a reset link; the learner sets a new password with it and signs in', async () => {
    const admin = await watchedPage(browser, server.url);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByRole('link', { name: 'User accounts' }).click();
    await admin.page.getByRole('heading', { level: 1 }).waitFor();
    await admin.page
      .getByRole('button', { name: new RegExp(`Reset link.*${DEMO.learner}`) })
      .click();
    const linkField = admin.page.getByLabel('One-time link to set a new password');
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{40,}$/);
    expect(await seriousViolations(admin.page)).toEqual([]);
    await admin.page.getByRole('heading', { name: 'Sign-in and password events' }).waitFor();
    await admin.page
      .getByRole('cell', { name: /Reset link issued/ })
      .first()
      .waitFor();
    await saveScreenshot(admin.page, 'admin-accounts');
    expect(admin.problems).toEqual([]);

    const learner = await watchedPage(browser, server.url);
    await learner.page.goto(link);
    // The token leaves the address bar at once (no history, no screenshot, no shoulder).
    await learner.page.getByLabel('New password', { exact: true }).waitFor();
    expect(learner.page.url()).not.toContain('token=');
    await learner.page.getByLabel('New password', { exact: true }).fill('Summer2026!');
    await learner.page.getByLabel('Repeat the new password').fill('Summer2026!');
    await learner.page.getByRole('button', { name: 'Set the new password' }).click();
    // Refused in the browser already: too short.
    await learner.page.locator('[aria-invalid="true"]').first().waitFor();
    const chosen = 'Lehrwerkstatt-am-Mittwoch-früh';
    await learner.page.getByLabel('New password', { exact: true }).fill(chosen);
    await learner.page.getByLabel('Repeat the new password').fill(chosen);
    await learner.page.getByRole('button', { name: 'Set the new password' }).click();
    await learner.page.getByText('Your new password is set').waitFor();
    expect(await seriousViolations(learner.page)).toEqual([]);
    await signIn(learner.page, DEMO.learner, chosen);
    expect(learner.problems).toEqual([]);
    await learner.page.context().close();
    await admin.page.context().close();
  });

  it('a teacher changes the password on the account page; the other session is signed out', async () => {
    const other = await apiToken(server.url, DEMO.teacher);
    const { page, problems } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.teacher);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByLabel('Current password').fill('not-my-password-at-all');
    await page.getByLabel('New password', { exact: true }).fill('Spannfutter-und-Reitstock-9');
    await page.getByLabel('Repeat the new password').fill('Spannfutter-und-Reitstock-9');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#account-current[aria-invalid="true"]').waitFor();
    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions have been signed out.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'account-password');
    // This session goes on; the token of the other one no longer works.
    await page.getByTestId('current-user').waitFor();
    await expect(apiCall(server.url, other, 'GET', '/notifications')).rejects.toThrow(/401/);
    // The one refused attempt (wrong current password) is the only failed request.
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    await page.context().close();
  });

  it('the login page says how long to wait while an account backs off', async () => {
    const { page } = await watchedPage(browser, server.url);
    await page.goto('/login');
    for (let i = 0; i < 7; i++) {
      await page.getByLabel(/E-mail|E-Mail/).fill(DEMO.reviewer);
      await page.getByLabel(/Password|Passwort/).fill(`falsch-${i}-Passwort`);
      await page.getByRole('button', { name: /Sign in|Anmelden/ }).click();
      await page.getByRole('alert').first().waitFor();
    }
    await page.getByText(/Try again in \d+ seconds?/).waitFor();
    await page.context().close();
  });
});
