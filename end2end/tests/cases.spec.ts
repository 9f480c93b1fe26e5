import { expect, test } from './support';
import { ADMIN, MEMBER, hydrated, signIn, signOut } from './session';

// The library holds the public registry's 750 entries and the three cases of
// fixtures/cases.jsonl (Kenya's tax assistant, Rwanda's adaptation of it, and a city's data
// stewards), and whatever the submission test has published meanwhile.
const IMPORTED = 753;

test('the library narrows by facets, every view has its own address, and the order can change', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Use cases' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good-practice use cases');
  const total = Number((await page.locator('#search-status').textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(IMPORTED);

  const facets = page.getByRole('complementary', { name: 'Narrow the results' });
  await facets.getByRole('link', { name: /^Kenya\s*\d+/ }).click();
  await expect(page).toHaveURL(/\/cases\?country=KE$/);
  const kenya = Number((await page.locator('#search-status').textContent())?.split(' ')[0]);
  expect(kenya).toBeGreaterThan(10);
  expect(kenya).toBeLessThan(total);

  await facets.getByRole('link', { name: /^Independently evaluated\s*1/ }).click();
  await expect(page).toHaveURL(/country=KE&evidence=independently-evaluated/);
  await expect(page.locator('.hit-title')).toHaveText(['A virtual tax assistant for Kenyan taxpayers']);

  // The same view, linked: the filter is on, and clicking it again takes it off.
  await page.goto('/cases?country=KE&evidence=independently-evaluated');
  const on = facets.locator('a[aria-current="true"]');
  await expect(on).toHaveCount(2);
  await facets.getByRole('link', { name: /^Independently evaluated/ }).click();
  await expect(page).toHaveURL(/\/cases\?country=KE$/);

  await page.goto('/cases?sort=completeness');
  await expect(page.locator('.hit-title').first()).toHaveText('A virtual tax assistant for Kenyan taxpayers');
  await expect(page.getByLabel('Order')).toHaveValue('completeness');
});

test('a case shows its sections, its facts and the cases that adapted it', async ({ page }) => {
  await page.goto('/cases?q=tax+assistant');
  await page.getByRole('link', { name: 'A virtual tax assistant for Kenyan taxpayers' }).click();
  await expect(page).toHaveURL(/\/cases\/kenya-tax-assistant$/);
  await expect(page).toHaveTitle('A virtual tax assistant for Kenyan taxpayers · Coalition Hub');
  await expect(page.getByRole('heading', { level: 2 })).toContainText([
    'Problem and context',
    'What was done',
    'Technologies used',
    'Results',
    'Lessons learned',
    'What it takes to transfer',
  ]);
  const facts = page.getByRole('complementary', { name: 'Facts' });
  await expect(facts).toContainText('Independently evaluated');
  await expect(facts).toContainText('US$100,000 to 1 million');
  await expect(facts.getByRole('link', { name: 'Evaluation report' })).toHaveAttribute('href', 'https://example.org/kenya-tax-assistant/evaluation');

  const lineage = page.getByRole('region', { name: 'Replication' });
  await expect(lineage.getByRole('heading', { level: 3 })).toHaveText(['Adapted by one case']);
  await lineage.getByRole('link', { name: 'Rwanda adapts the virtual tax assistant' }).click();
  await expect(page).toHaveURL(/\/cases\/rwanda-tax-assistant$/);
  await expect(page.getByRole('region', { name: 'Replication' }).getByRole('link')).toHaveText([
    'A virtual tax assistant for Kenyan taxpayers',
  ]);

  await page.getByRole('complementary', { name: 'Facts' }).getByRole('link', { name: 'Rwanda Revenue Authority' }).click();
  await expect(page).toHaveURL(/\/cases\?org=rwanda-revenue-authority$/);
  await expect(page.locator('.hit-title')).toHaveText(['Rwanda adapts the virtual tax assistant']);
});

test('the world overview counts cases by region and country, and leads to them', async ({ page }) => {
  await page.goto('/cases/world');
  await expect(page.getByRole('img', { name: 'Published use cases by region' })).toBeVisible();
  const africa = page.getByRole('region', { name: /^Africa \d+$/ });
  const count = Number((await africa.locator('.facet-count').textContent()) ?? '0');
  await africa.getByRole('heading').getByRole('link', { name: 'Africa' }).click();
  await expect(page).toHaveURL(/\/cases\?region=africa$/);
  await expect(page.locator('#search-status')).toHaveText(`${count} results`);
});

test('a case that does not exist answers 404, and the exports download', async ({ page }) => {
  const missing = await page.goto('/cases/no-such-case');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  const csv = await page.request.get('/cases/export.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect((await csv.text()).split('\n')[0]).toMatch(/^slug,title,summary,/);
  const json = await page.request.get('/cases/export.json');
  expect(((await json.json()) as unknown[]).length).toBeGreaterThanOrEqual(IMPORTED);
});

test('with the client loaded, the library follows typing without a page load', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'needs the client bundle');
  await page.goto('/cases');
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('searchbox', { name: 'Search the cases' }).pressSequentially('data stewards', { delay: 20 });
  await expect(page).toHaveURL(/\/cases\?q=data\+stewards/);
  await expect(page.locator('.hit-title').first()).toHaveText('Data stewards in every municipal department');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a member submits a case, told what it lacks, and an editor publishes it', async ({ page }, testInfo) => {
  // Many pages, each checked by axe-core.
  test.slow();
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const title = `Open data stewards in Montevideo (${testInfo.project.name})`;
  await signIn(page, MEMBER);
  await page.getByRole('link', { name: 'My cases' }).click();
  await page.getByRole('link', { name: 'Submit a use case' }).click();
  await hydrated(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('The city named a data steward in every department and published what they looked after.');
  await page.getByLabel('Problem and context').fill(
    'Departments kept their data in spreadsheets nobody else could read, the same figures differed from one report to the next, and citizens could not find any of it. Nobody was in charge of quality.',
  );
  const meter = page.getByRole('complementary', { name: 'Completeness' });
  // With the client, the meter follows typing; without it, the check button asks the server.
  if (!js) await page.getByRole('button', { name: 'Check completeness' }).click();
  await expect(meter).toContainText('Say what was done.');
  await expect(meter).not.toContainText('Describe the problem and its context.');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);

  // Submitting asks for the sections a case cannot do without, each named at its field.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('#solution-error')).toHaveText('Fill in this section before you submit the case.');
  await expect(page.locator('#results-error')).toHaveText('Fill in this section before you submit the case.');
  await page.getByLabel('What was done').fill('Eighteen stewards were trained over three months and meet every month.');
  await page.getByLabel('Results', { exact: true }).fill('Within a year, 120 data sets were published and requests for data fell by 30 %.');
  await page.getByLabel('Countries').fill('Uruguay');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.notice')).toHaveText('Your case is submitted. An editor will review it.');
  await expect(page.locator('.page-header .badge')).toHaveText('Submitted for review');
  const draftPath = new URL(page.url()).pathname;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  expect((await page.request.get(`/cases/${slug}`)).status()).toBe(404);
  await signOut(page);

  await signIn(page, ADMIN);
  await page.goto(draftPath);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.notice')).toHaveText("The case's state has changed.");
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.locator('.page-header .badge')).toHaveText('Published');
  await page.getByRole('link', { name: 'See it as readers do' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Uruguay');
});
