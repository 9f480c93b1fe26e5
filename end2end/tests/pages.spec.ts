import { expect, test } from './support';

test('the home page introduces the hub and lists articles from content/', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Home · Coalition Hub');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/digital capacity of public administrations/);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest articles' });
  await expect(latest.getByRole('link', { name: 'Welcome to the Coalition Hub' })).toBeVisible();
  // The seven posts of the first issue (and whatever other tests publish meanwhile).
  await expect(latest.getByRole('listitem').nth(6)).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#hub-main$/);
});

test('an article renders its Markdown with a table of contents', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest articles' });
  await latest.getByRole('link', { name: 'Why Competencies, Not Purchases, Decide Digital Transformation' }).click();
  await expect(page).toHaveURL(/\/articles\/why-competencies-decide-digital-transformation$/);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Why Competencies, Not Purchases, Decide Digital Transformation');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc).toBeVisible();
  const firstEntry = toc.getByRole('link').first();
  const target = (await firstEntry.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#[\p{L}\p{N}-]+$/u);
  await firstEntry.click();
  await expect(page.locator(target)).toBeInViewport();
  await expect(article.getByRole('table')).toBeVisible();
  await expect(article.locator('blockquote')).toBeVisible();
});

test('a French article is marked up as French', async ({ page }) => {
  await page.goto('/articles/competences-numeriques-administration');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'fr');
});

test('unknown addresses get a real 404 page', async ({ page }) => {
  for (const path of ['/no-such-page', '/articles/no-such-article']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Coalition Hub');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
  }
});
