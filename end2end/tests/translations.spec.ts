import { expect, test } from './support';
import { ADMIN, MEMBER, signIn, signOut } from './session';

// Each project translates into its own language, so both suites can share one hub.
const LANGUAGE: Record<string, { code: string; name: string; title: string; summary: string }> = {
  'javascript-off': {
    code: 'ru',
    name: 'Русский',
    title: 'Три области компетенций: объяснение',
    summary: 'Простой обзор трёх областей рамки компетенций государственных служащих.',
  },
  hydrated: {
    code: 'es',
    name: 'Español',
    title: 'Los tres ámbitos de competencias, explicados',
    summary: 'Un recorrido sencillo por los tres ámbitos del marco de competencias para funcionarios.',
  },
};

test('a member starts a translation beside the original, and readers find it under "Also in"', async ({ page }, testInfo) => {
  test.slow();
  const language = LANGUAGE[testInfo.project.name];
  await signIn(page, MEMBER);
  await page.goto('/articles/three-competency-domains');
  await page.getByRole('link', { name: 'Translate into another language' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a translation');
  await expect(page.locator('.translation-original a')).toHaveText('The Three Competency Domains, Explained');

  // Choosing nothing is named next to the field; a language starts a prefilled draft.
  await page.getByRole('button', { name: 'Start the translation' }).click();
  await expect(page.locator('#lang-error')).toHaveText('Fill in this field.');
  await page.getByLabel('Translate into').selectOption(language.code);
  await page.getByRole('button', { name: 'Start the translation' }).click();
  await expect(page.locator('.notice')).toContainText('Your translation draft is ready');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('The Three Competency Domains, Explained');
  const source = page.locator('.translation-source');
  await expect(source.locator('h3')).toHaveText('The Three Competency Domains, Explained');
  await expect(source.locator('[lang="en"]')).toHaveCount(1);

  // Rewritten and sent to review like any post.
  await page.getByLabel('Title', { exact: true }).fill(language.title);
  await page.getByLabel('Summary', { exact: true }).fill(language.summary);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Submitted for review');
  const draftPath = new URL(page.url()).pathname;
  await signOut(page);

  // Until an editor publishes it, readers see no other language.
  await page.goto('/articles/three-competency-domains');
  await expect(page.locator('.also-in a', { hasText: language.name })).toHaveCount(0);

  await signIn(page, ADMIN);
  await page.goto(draftPath);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Approved');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Published');
  await signOut(page);

  // The original now reads "Also in", the language named in itself, and leads there.
  await page.goto('/articles/three-competency-domains');
  const link = page.locator('.also-in a', { hasText: language.name });
  await expect(link).toHaveAttribute('lang', language.code);
  await expect(link).toHaveAttribute('hreflang', language.code);
  await expect(page.locator(`head link[rel="alternate"][hreflang="${language.code}"]`)).toHaveCount(1);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.title);
  await expect(page.locator('.also-in a', { hasText: 'English' })).toHaveAttribute('hreflang', 'en');
});
