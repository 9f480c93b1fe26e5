import { expect, test } from './support';
import type { Page } from '@playwright/test';

// The first issue of the Knowledge Blog Series, as content/blog/2026-11/ describes it.
const ISSUE = {
  path: '/blog/2026-11',
  label: 'No. 1 · November 2026',
  theme: 'Why civil-servant competencies decide digital transformation',
  posts: 7,
};
const POST = {
  path: '/articles/data-use-and-governance-in-practice',
  title: 'Data Use and Governance in Practice',
};
const TAG = {
  path: '/blog/tags/domain/data-use-governance',
  name: 'Data use and governance',
  posts: ['Data Use and Governance in Practice', 'The Three Competency Domains, Explained', 'Compétences numériques dans l’administration publique\u00a0: par où commencer\u202f?'],
};
const AUTHOR = {
  path: '/blog/authors/coalition-hub-editorial-team',
  name: 'Coalition Hub editorial team',
  posts: ['Data Use and Governance in Practice', 'Leading Digital Teams in Government', 'Welcome to the Coalition Hub'],
};

type Atom = { ok: boolean; title: string; entries: { title: string; link: string }[] };

/**
 * What a feed reader would make of a document: parsed as XML by the browser, it is an Atom
 * feed when it is well formed and its root is `<feed>` in the Atom namespace.
 */
async function readAtom(page: Page, xml: string): Promise<Atom> {
  expect(xml).toMatch(/^(?:<\?xml[^>]*\?>\s*)?<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  return page.evaluate((source) => {
    const ATOM = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const root = doc.documentElement;
    const child = (parent: Element, name: string) =>
      [...parent.children].find((e) => e.namespaceURI === ATOM && e.localName === name);
    const entries = [...root.children].filter((e) => e.namespaceURI === ATOM && e.localName === 'entry');
    return {
      ok: doc.getElementsByTagName('parsererror').length === 0 && root.namespaceURI === ATOM && root.localName === 'feed',
      title: child(root, 'title')?.textContent ?? '',
      entries: entries.map((entry) => ({
        title: child(entry, 'title')?.textContent ?? '',
        link: [...entry.children].find((e) => e.localName === 'link' && e.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
}

/** The feed a page announces in its `<head>` and links to in its body: fetched and read. */
async function followFeed(page: Page): Promise<Atom> {
  const announced = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const visible = page.getByRole('link', { name: 'Follow with a feed reader (Atom)' });
  await expect(visible).toHaveAttribute('href', announced ?? '');
  const response = await page.request.get(announced ?? '');
  expect(response.status(), announced ?? '').toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml\b/);
  return readAtom(page, await response.text());
}

test('a reader follows the current issue from the home page to one of its posts', async ({ page }) => {
  await page.goto('/');
  // The home page leads with the current issue, before the latest articles.
  await expect(page.locator('.hero ~ .current-issue ~ .latest')).toBeVisible();
  const current = page.locator('.current-issue');
  await expect(current.locator('.eyebrow').first()).toHaveText(ISSUE.label);
  await expect(current.locator('.card-title a')).toHaveCount(ISSUE.posts);
  await expect(current.getByRole('link', { name: 'All issues of the series' })).toHaveAttribute('href', '/blog');

  await page.locator('#issue-title').getByRole('link', { name: ISSUE.theme }).click();
  await expect(page).toHaveURL(new RegExp(`${ISSUE.path}$`));
  await expect(page).toHaveTitle(`${ISSUE.label}: ${ISSUE.theme} · Coalition Hub`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ISSUE.theme);
  await expect(page.locator('.issue-intro')).toContainText('Welcome to the first issue of the Knowledge Blog Series.');
  const posts = page.locator('.card-title a');
  await expect(posts).toHaveCount(ISSUE.posts);

  await posts.filter({ hasText: POST.title }).click();
  await expect(page).toHaveURL(new RegExp(`${POST.path}$`));
  await expect(page).toHaveTitle(`${POST.title} · Coalition Hub`);
  const header = page.locator('.article-header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(POST.title);
  // The post says which issue it belongs to, and links back to it.
  await expect(header.locator('.eyebrow')).toContainText(ISSUE.theme);
  await expect(header.locator('.eyebrow a')).toHaveText(ISSUE.label);
  await expect(header.locator('.eyebrow a')).toHaveAttribute('href', ISSUE.path);
  await expect(header.locator('.byline-authors a')).toHaveText([AUTHOR.name]);
});

test('a post carries its contents, related posts and the data search engines and social sites read', async ({ page, baseURL }) => {
  await page.goto(POST.path);
  // A long post: the table of contents leads to headings that exist on the page.
  const toc = page.locator('#hub-toc');
  await expect(toc.getByRole('link').first()).toBeVisible();
  for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^#[\w-]+$/);
    await expect(page.locator('.prose').locator(href ?? '')).toHaveCount(1);
  }

  const related = page.locator('.related');
  await expect(related.getByRole('heading', { name: 'Related posts' })).toBeVisible();
  const relatedLinks = related.locator('.card-title a');
  expect(await relatedLinks.count()).toBeGreaterThan(0);
  for (const href of await relatedLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/articles\/[\w-]+$/);
    expect(href, 'a post is not related to itself').not.toBe(POST.path);
  }

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', POST.title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${POST.path}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(jsonLd['@type']).toBe('BlogPosting');
  expect(jsonLd.headline).toBe(POST.title);
  expect(jsonLd.url).toBe(`${baseURL}${POST.path}`);
  expect(jsonLd.author.map((a: { name: string }) => a.name)).toEqual([AUTHOR.name]);
  expect(jsonLd.isPartOf).toMatchObject({ issueNumber: 1, name: ISSUE.theme, url: `${baseURL}${ISSUE.path}` });
});

test('from the keyboard, a topic tag on a post leads to every post with that tag', async ({ page }) => {
  await page.goto(POST.path);
  const tag = page.locator('.tag-list').getByRole('link', { name: TAG.name, exact: true });
  await expect(tag).toHaveAttribute('href', TAG.path);
  await tag.focus();
  await expect(tag).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`${TAG.path}$`));
  await expect(page).toHaveTitle(`${TAG.name} · Coalition Hub`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TAG.name);
  // A list shows each post once, whatever translations other tests publish of it.
  const titles = page.locator('.card-title');
  await expect(titles).toHaveCount(TAG.posts.length);
  for (const title of TAG.posts) await expect(titles.filter({ hasText: title })).toHaveCount(1);

  const atom = await followFeed(page);
  expect(atom.ok, 'an Atom document').toBe(true);
  // Translations other tests publish are entries of their own; the series' posts are all there.
  expect(atom.entries.map((e) => e.title)).toEqual(expect.arrayContaining(TAG.posts));
});

test('a sustainable development goal has its own page too', async ({ page }) => {
  await page.goto(POST.path);
  await page.locator('.tag-list').getByRole('link', { name: /^SDG 16\b/ }).click();
  await expect(page).toHaveURL(/\/blog\/tags\/sdg\/16$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^SDG 16\b/);
  const titles = page.locator('.card-title');
  await expect(titles.filter({ hasText: POST.title })).toHaveCount(1);
  // Every post of the issue but the two tagged with other goals only.
  await expect(titles).toHaveCount(5);
  await expect(titles.filter({ hasText: 'Designing Learning Paths for Public Servants' })).toHaveCount(0);
});

test('an author link lists what that author wrote, with a feed', async ({ page }) => {
  await page.goto(POST.path);
  await page.locator('.article-header .byline-authors').getByRole('link', { name: AUTHOR.name }).click();
  await expect(page).toHaveURL(new RegExp(`${AUTHOR.path}$`));
  await expect(page).toHaveTitle(`${AUTHOR.name} · Coalition Hub`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  const titles = page.locator('.card-title');
  await expect(titles).toHaveCount(AUTHOR.posts.length);
  for (const title of AUTHOR.posts) await expect(titles.filter({ hasText: title })).toHaveCount(1);

  const atom = await followFeed(page);
  expect(atom.ok, 'an Atom document').toBe(true);
  expect(atom.entries.map((e) => e.title).sort()).toEqual([...AUTHOR.posts].sort());
});

test('the series page lists the issues and offers a feed of every post', async ({ page, baseURL }) => {
  await page.goto('/blog');
  await expect(page).toHaveTitle('Knowledge Blog Series · Coalition Hub');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Knowledge Blog Series');
  const card = page.locator('.issue-card').filter({ hasText: ISSUE.label });
  await expect(card).toHaveCount(1);
  await expect(card.locator('.eyebrow')).toHaveText(ISSUE.label);
  await expect(card.getByRole('link', { name: ISSUE.theme })).toHaveAttribute('href', ISSUE.path);
  await expect(card).toContainText(`${ISSUE.posts} posts`);

  const atom = await followFeed(page);
  expect(atom.ok, 'an Atom document').toBe(true);
  expect(atom.title).toBe('Knowledge Blog Series (Coalition Hub)');
  // Every post of the issue (other tests may publish more while this one runs).
  expect(atom.entries.length).toBeGreaterThanOrEqual(ISSUE.posts);
  expect(atom.entries.map((e) => e.title)).toContain(POST.title);
  for (const entry of atom.entries) expect(entry.link).toMatch(new RegExp(`^${baseURL}/articles/[\\w-]+$`));
  // A feed reader can open the entries it was given.
  const entry = atom.entries.find((e) => e.title === POST.title);
  await page.goto(entry?.link ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title);
});

test('search engines find the series through robots.txt and the sitemap', async ({ page, baseURL }) => {
  await page.goto('/blog');
  const robots = await page.request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(new RegExp(`^Sitemap: ${baseURL}/sitemap\\.xml$`, 'm'));

  const sitemap = await page.request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toMatch(/xml/);
  const xml = await sitemap.text();
  expect(xml).toContain(
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  );
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
  for (const path of ['/blog', ISSUE.path, POST.path, TAG.path, AUTHOR.path]) expect(locs).toContain(`${baseURL}${path}`);
  // Every address the sitemap gives is a page that exists.
  // A page the loaded test machine could not serve in time (408) is asked for again.
  for (const loc of locs) {
    let response = await page.request.get(loc);
    for (let attempt = 0; attempt < 3 && response.status() === 408; attempt++) response = await page.request.get(loc);
    expect(response.status(), loc).toBe(200);
  }
});

test('an unknown issue or tag gets the 404 page', async ({ page }) => {
  for (const path of ['/blog/2030-01', '/blog/tags/sdg/18']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveTitle('Page not found · Coalition Hub');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  }
  const feed = await page.request.get('/blog/tags/sdg/18/feed.xml');
  expect(feed.status()).toBe(404);
});

test('the series, issue, post, tag and author pages pass axe-core', async ({ page }) => {
  // The support fixture runs axe-core on every page loaded here when the test ends.
  for (const [path, heading] of [
    ['/blog', 'Knowledge Blog Series'],
    [ISSUE.path, ISSUE.theme],
    [POST.path, POST.title],
    [TAG.path, TAG.name],
    [AUTHOR.path, AUTHOR.name],
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});
