import { expect, test } from './support';

test.describe('a French-speaking browser', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the French interface on its first visit', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('link', { name: 'Aller au contenu principal' })).toBeAttached();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Derniers articles' })).toBeVisible();
  });
});

test('the interface language can be switched and the choice is remembered', async ({ page }) => {
  await page.goto('/articles/three-competency-domains');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/articles\/three-competency-domains$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Derniers articles' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Latest articles' })).toBeVisible();
});
