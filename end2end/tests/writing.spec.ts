import { expect, test } from './support';
import { ADMIN, MEMBER, editorReady, signIn, signOut } from './session';

test('a member writes a post with a preview, an editor reviews and publishes it', async ({ page }, testInfo) => {
  // Many pages, each checked by axe-core.
  test.slow();
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const title = `Peer learning across ministries (${testInfo.project.name})`;
  await signIn(page, MEMBER);
  await page.getByRole('link', { name: 'My posts' }).click();
  await page.getByRole('link', { name: 'Write a new post' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('How short peer sessions spread data skills.');
  const text = page.getByLabel('Text', { exact: true });
  if (js) {
    // The live preview follows the typing, rendered by the server as a save would.
    await editorReady(page);
    await text.fill('Peers teach peers.\n\n## What worked\n\nShort sessions, every week.');
    await expect(page.locator('.preview .prose h2')).toHaveText('What worked');
  } else {
    // Without JavaScript the preview button posts the form and shows the same preview.
    await text.fill('Peers teach peers.\n\n## What worked\n\nShort sessions, every week.');
    await page.getByRole('button', { name: 'Show preview' }).click();
    await expect(page.locator('.preview .prose h2')).toHaveText('What worked');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  }
  // Tags that the reader tests do not count, so both suites can share one hub.
  await page.getByLabel('SDG 4 · Quality education').check();
  await page.getByLabel('Digital management and execution').check();
  await page.getByLabel('Countries').fill('Kenya');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.notice')).toHaveText('Your post is submitted. An editor will review it.');
  await expect(page.locator('.page-header .badge')).toHaveText('Submitted for review');
  const draftPath = new URL(page.url()).pathname;
  await signOut(page);

  // Readers do not see it; the editor finds it on the desk.
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404);
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: "Editor's desk" }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${draftPath}$`));
  await page.getByLabel('Comment').fill('Clear and useful. Approved.');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Approved');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Published');
  await expect(page.locator('.history strong')).toHaveText([
    'Draft',
    'Draft → Submitted for review',
    'Submitted for review → Approved',
    'Approved → Published',
  ]);
  await page.getByRole('link', { name: 'See the published post' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article-header .byline-authors')).toContainText('Mo Member');
  await expect(page.locator('.tag-list a', { hasText: 'Kenya' })).toHaveAttribute('href', '/blog/tags/country/KE');
});

test('a post with missing fields says what to fix and keeps the text', async ({ page }) => {
  await signIn(page, MEMBER);
  await page.goto('/write');
  await page.getByLabel('Text', { exact: true }).fill('Some words worth keeping.');
  await page.getByLabel('Countries').fill('Atlantis');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Title: Fill in this field.',
    'Summary: Fill in this field.',
    'Countries: Choose a country from the list.',
  ]);
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue('Some words worth keeping.');
  await summary.getByRole('link', { name: /^Title/ }).click();
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
});

test('the editor desk and writing pages are refused to those without the role', async ({ page }) => {
  expect((await page.request.get('/write')).status()).toBe(401);
  await signIn(page, MEMBER);
  const desk = await page.goto('/editor');
  expect(desk?.status()).toBe(403);
});
