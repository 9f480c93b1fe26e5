import { expect, test } from './support';
import type { Page } from '@playwright/test';

/** An account playwright.config.ts creates before the hub starts. */
export type Account = { email: string; password: string };

export const ADMIN: Account = { email: 'admin@e2e.test', password: 'e2e admin passphrase' };
export const MEMBER: Account = { email: 'member@e2e.test', password: 'e2e member passphrase' };
/** An admin and a member for the working-group test only. */
export const GROUP_LEAD: Account = { email: 'groups-lead@e2e.test', password: 'e2e admin passphrase' };
export const GROUP_MEMBER: Account = { email: 'groups-member@e2e.test', password: 'e2e member passphrase' };

/** Signs in through the sign-in form, as a reader would. */
export async function signIn(page: Page, who: Account) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.notice')).toHaveText('You are signed in.');
}

/** Signs out with the header's button. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('.notice')).toHaveText('You are signed out.');
}

/**
 * How long a page may take to hydrate: the two workers, the hub and Chromium share two cores,
 * and the client bundle is compiled again after every full page load.
 */
export const HYDRATION_TIMEOUT = 30_000;

/** With the client loaded, waits until the page's islands listen, so typing is not lost. */
export async function hydrated(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
  }
}

/** With the client loaded, waits until the Markdown editor is live, so typing is not lost. */
export async function editorReady(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('.markdown-editor[data-live="true"]')).toBeVisible({ timeout: HYDRATION_TIMEOUT });
  }
}
