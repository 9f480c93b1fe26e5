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
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${ARTICLE}`);
});

test('an article page works without the client bundle; the search page loads it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'needs the client bundle');
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(ARTICLE);
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(fetched.filter((path) => path.endsWith('.wasm') || path.endsWith('.js'))).toEqual([]);
  // The page's stylesheet has a versioned name and may be kept for a year.
  const css = fetched.find((path) => path.endsWith('.css'));
  expect(css).toMatch(/^\/pkg\/hub\.[0-9a-f]{16}\.css$/);
  const response = await page.request.get(css!);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  await page.goto('/search?q=data');
  await hydrated(page);
  expect(fetched.some((path) => /^\/pkg\/hub\.[0-9a-f]{16}\.wasm$/.test(path))).toBe(true);
});
