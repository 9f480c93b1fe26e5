import { expect, test } from './support';
import { hydrated } from './session';

const ARTICLE = '/articles/welcome-to-the-coalition-hub';

test('without JavaScript the copy-link control stays out of the way', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'javascript-off', 'JavaScript-off behaviour');
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
});

test('once the client has loaded, copy link puts the address on the clipboard', async ({ page, context, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'needs the client bundle');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(ARTICLE);
  // The button appears once the islands listen, which a busy machine may take a while to do.
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${ARTICLE}`);
});
