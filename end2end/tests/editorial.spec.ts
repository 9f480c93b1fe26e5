import * as zlib from 'node:zlib';
import { expect, test } from './support';
import { ADMIN, editorReady, signIn } from './session';

test('an editor plans an issue, assigns a slot, sees it is late and publishes the issue', async ({ page }, testInfo) => {
  // Many pages, each checked by axe-core.
  test.slow();
  // Each project plans its own past month, so that the first issue stays the current one.
  const month = testInfo.project.name === 'hydrated' ? '2025-02' : '2025-01';
  const number = month.endsWith('02') ? '102' : '101';
  const theme = `Digital skills in local government (${testInfo.project.name})`;
  const organisation = `School of Local Government (${testInfo.project.name})`;
  await signIn(page, ADMIN);

  // A member organisation to give the slot to.
  await page.goto('/admin/organisations/new');
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByLabel('Stakeholder group').selectOption({ label: 'Academia' });
  await page.getByLabel('Country').selectOption({ label: 'Kenya' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.notice')).toHaveText('The organisation is saved.');

  await page.goto('/editor');
  const plan = page.getByRole('region', { name: 'Plan an issue' });
  await plan.getByLabel('Month').fill(month);
  await plan.getByLabel('Issue number').fill(number);
  await plan.getByLabel('Theme').fill(theme);
  await plan.getByRole('button', { name: 'Plan the issue' }).click();
  await expect(page.locator('.notice')).toHaveText('The issue is planned.');
  const planned = page.locator('.issue-plan').filter({ hasText: theme });
  await expect(planned.locator('.byline')).toHaveText('Planned');
  expect((await page.request.get(`/blog/${month}`)).status(), 'a planned issue is not public').toBe(404);

  // A slot whose deadline has passed shows as late.
  const slot = page.getByRole('region', { name: 'Assign a slot' });
  await slot.getByLabel('Issue').selectOption(month);
  await slot.getByLabel('Organisation').selectOption({ label: organisation });
  await slot.getByLabel('Topic').fill('Training mayors to commission digital services');
  await slot.getByLabel('Deadline').fill('2025-01-10');
  await slot.getByRole('button', { name: 'Assign' }).click();
  await expect(page.locator('.notice')).toHaveText('The slot is assigned.');
  const row = planned.locator('tr').filter({ hasText: organisation });
  await expect(row).toContainText('Training mayors to commission digital services');
  await expect(row.locator('.badge-late')).toHaveText('Late');
  await expect(row).toContainText('Not started');

  // Published with the editor's introduction, the issue is public and listed in the series.
  const publish = page.getByRole('region', { name: 'Publish an issue' });
  await publish.getByLabel('Issue to publish').selectOption(month);
  await publish.getByLabel('Summary').fill('How local governments build digital skills.');
  await publish.getByLabel("Editor's introduction").fill('Welcome to **this issue** on local government.');
  await publish.getByRole('button', { name: 'Publish the issue' }).click();
  await expect(page.locator('.notice')).toHaveText('The issue is published.');
  await expect(planned.locator('.byline')).toHaveText('Published');

  await page.goto('/blog');
  await page.locator('.issue-card').getByRole('link', { name: theme }).click();
  await expect(page).toHaveURL(new RegExp(`/blog/${month}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme);
  await expect(page.locator('.issue-intro strong')).toHaveText('this issue');
  // The first issue is still the current one on the home page.
  await page.goto('/');
  await expect(page.locator('.current-issue .eyebrow').first()).toHaveText('No. 1 · November 2026');
});

test('the revisions of a post can be read again, each as it was saved', async ({ page }) => {
  test.slow();
  await signIn(page, ADMIN);
  await page.goto('/write');
  await editorReady(page);
  const title = `Revisions kept (${test.info().project.name})`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Every save is kept.');
  await page.getByLabel('Text', { exact: true }).fill('First words.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Draft');
  await editorReady(page);
  await page.getByLabel('Text', { exact: true }).fill('Second words.');
  await page.getByLabel('What changed').fill('Rewrote the opening');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.revisions li')).toHaveCount(2);
  await expect(page.locator('.revisions li').first()).toContainText('Rewrote the opening');

  await page.locator('.revisions li').last().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revision 1 of 2');
  await expect(page.locator('.revision-source')).toHaveText('First words.');
  await page.getByRole('link', { name: title }).click();
  await page.locator('.revisions li').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revision 2 of 2');
  await expect(page.locator('.revision-source')).toHaveText('Second words.');
  await expect(page.getByText('This is the current text of the post.')).toBeVisible();
});

/** A solid-colour RGB PNG of `width` × `height`, made here so the test needs no fixture file. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x3c)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an image is uploaded with its alternative text and shown in the post at its size', async ({ page }) => {
  test.slow();
  await signIn(page, ADMIN);
  await page.goto('/write');
  await editorReady(page);
  await page.getByLabel('Title', { exact: true }).fill(`Training hours (${test.info().project.name})`);
  await page.getByLabel('Summary', { exact: true }).fill('A chart of the hours spent in training.');
  await page.getByLabel('Text', { exact: true }).fill('The chart follows.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Draft');

  const images = page.getByRole('region', { name: 'Images' });
  await images.getByLabel('Image file').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: png(1600, 900) });
  await images.getByLabel('Alternative text').fill('Bar chart of training hours by ministry');
  await images.getByRole('button', { name: 'Upload the image' }).click();
  await expect(page.locator('.notice')).toHaveText('The image is added. Copy its Markdown line into the text.');
  const item = images.locator('.image-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('img')).toHaveAttribute('alt', 'Bar chart of training hours by ministry');
  const markdown = (await item.locator('code').textContent()) ?? '';
  expect(markdown).toMatch(/^!\[Bar chart of training hours by ministry\]\(\/media\/images\/[\w.-]+\)$/);

  // Placed in the text, it is shown at the width the page uses, with its size and smaller variants.
  await editorReady(page);
  await page.getByLabel('Text', { exact: true }).fill(`The chart follows.\n\n${markdown}`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  const shown = page.locator('.preview .prose img');
  await expect(shown).toHaveAttribute('alt', 'Bar chart of training hours by ministry');
  await expect(shown).toHaveAttribute('width', '1280');
  await expect(shown).toHaveAttribute('height', '720');
  await expect(shown).toHaveAttribute('srcset', /640w/);
  const file = await page.request.get((await shown.getAttribute('src')) ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toMatch(/^image\//);
  expect(file.headers()['cache-control']).toContain('max-age=31536000');
});
