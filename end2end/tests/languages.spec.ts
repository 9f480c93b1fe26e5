import { mkdirSync } from 'node:fs';
import { expect, test } from './support';
import { hydrated, signIn } from './session';
import { mailTo } from './mail';

// The main reader flows in Arabic (right to left) and Chinese: home → search → a post, and
// the case library → a case, with JavaScript off and hydrated; every page visited is run
// through axe by `support`. With HUB_E2E_SCREENSHOTS set to a folder, each page is also
// photographed at phone and desktop width.
const screenshots = process.env.HUB_E2E_SCREENSHOTS;

const languages = [
  { browser: 'ar-EG', lang: 'ar', dir: 'rtl', query: 'competency', home: 'الرئيسية' },
  { browser: 'zh-CN', lang: 'zh-Hans', dir: 'ltr', query: 'competency', home: '首页' },
];

for (const language of languages) {
  test.describe(`a browser reading ${language.browser}`, () => {
    test.use({ locale: language.browser });

    test('reads the hub, searches it and opens a post and a case', async ({ page }, testInfo) => {
      const shoot = async (name: string) => {
        if (!screenshots || testInfo.project.name === 'hydrated') return;
        mkdirSync(screenshots, { recursive: true });
        for (const [width, height] of [[390, 844], [1280, 900]]) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: `${screenshots}/${language.lang}-${name}-${width}.png`, fullPage: false });
        }
      };
      await page.goto('/');
      if (testInfo.project.name === 'hydrated') await hydrated(page);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', language.lang);
      await expect(html).toHaveAttribute('dir', language.dir);
      await expect(page.getByRole('navigation').first().getByRole('link', { name: language.home })).toBeVisible();
      await shoot('home');

      const box = page.getByRole('banner').getByRole('searchbox');
      await box.fill(language.query);
      await box.press('Enter');
      await expect(page).toHaveURL(/\/search\?q=competency/);
      await expect(html).toHaveAttribute('lang', language.lang);
      const first = page.locator('.hit-title a').first();
      await expect(first).toBeVisible();
      await shoot('search');
      await page.goto('/search?q=competency&kind=article');
      await page.locator('.hit-title a').first().click();
      await expect(page).toHaveURL(/\/articles\//);
      await expect(page.locator('article h1')).toBeVisible();
      await expect(html).toHaveAttribute('dir', language.dir);
      await shoot('post');

      await page.goto('/cases');
      await page.locator('.hit-title a').first().click();
      await expect(page).toHaveURL(/\/cases\/[a-z0-9-]+$/);
      await expect(page.locator('main h1')).toBeVisible();
      await shoot('case');

      await page.goto('/join');
      await expect(page.locator('form label').first()).toBeVisible();
      await shoot('form');
    });
  });
}

test('email goes out in the language the account chose, not the asker’s', async ({ page }, testInfo) => {
  const email = `lang-${testInfo.project.name}@e2e.test`;
  await signIn(page, { email, password: 'e2e member passphrase' });
  await hydrated(page);
  // Reading in Arabic makes Arabic the account's language.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.context().clearCookies();
  // Someone asks for a new password from a browser reading French.
  await page.goto('/forgot-password');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.locator('main form button[type=submit]').click();
  await expect(page.getByRole('status')).toBeVisible();
  const mail = await mailTo(email, '/reset-password?token=');
  expect(mail.subject).toContain('كلمة مرور');
  expect(mail.body).toContain('لحسابك في Coalition Hub');
});
