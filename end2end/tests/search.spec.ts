import { expect, test } from './support';
import { hydrated } from './session';

test('the search box on every page finds articles, and facets narrow them', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the hub' });
  await box.fill('learning paths');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=learning\+paths$/);
  await expect(page).toHaveTitle('Search: learning paths · Coalition Hub');
  const results = page.getByRole('region', { name: /results?$/ });
  await expect(results.getByRole('link').first()).toHaveText('Designing Learning Paths for Public Servants');
  await expect(results.locator('mark').first()).toBeVisible();

  await page.goto('/search?q=comp%C3%A9tence');
  await page.getByRole('complementary', { name: 'Narrow the results' }).getByRole('link', { name: /Français/ }).click();
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.locator('.hit-title')).toHaveText(['Compétences numériques dans l’administration publique : par où commencer ?']);
});

test('a misspelled query still finds results and offers a correction', async ({ page }) => {
  await page.goto('/search?q=competncies');
  await expect(page.locator('.hit-title').first()).toBeVisible();
  const suggestion = page.locator('.search-suggestion').getByRole('link');
  await expect(suggestion).toHaveText('competencies');
  await suggestion.click();
  await expect(page).toHaveURL(/q=competencies$/);
});

test('with the client loaded, results follow typing without a page load', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'needs the client bundle');
  await page.goto('/search');
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const field = page.getByRole('searchbox', { name: 'Search for' });
  await field.pressSequentially('three competency domains', { delay: 20 });
  await expect(page).toHaveURL(/\/search\?q=three\+competency\+domains/);
  await expect(page.locator('.hit-title').first()).toHaveText('The Three Competency Domains, Explained');
  await expect(page.getByRole('status').first()).toHaveText(/\d+ results?/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
