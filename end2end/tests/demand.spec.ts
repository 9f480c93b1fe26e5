import { expect, test } from './support';
import { ADMIN, MEMBER, signIn, signOut } from './session';

test('a search that finds nothing becomes a call for cases, and a member answers it with a draft', async ({ page }, testInfo) => {
  // Each project (JavaScript on and off) runs against the same hub: its own words, found
  // nowhere.
  const topic = `zyxquor ${testInfo.project.name === 'hydrated' ? 'qwylth' : 'vembli'}`;
  await page.goto(`/search?q=${encodeURIComponent(topic)}`);
  await expect(page.locator('.hit-title')).toHaveCount(0);

  await signIn(page, ADMIN);
  await page.goto('/editor/demand');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What readers look for');
  const row = page.locator('#demand-zero + table tbody tr', { hasText: topic });
  await row.getByRole('button', { name: `Make a call for cases about “${topic}”` }).click();
  await expect(page).toHaveURL(/\/cases\/calls\/zyxquor/);
  const call = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`We are looking for cases about “${topic}”`);
  await signOut(page);

  // The library lists the call.
  await page.goto('/cases');
  await page.locator('#library-calls + ul').getByRole('link', { name: topic }).click();
  await expect(page).toHaveURL(call);

  // A member answers it: a case draft of theirs, about the call's topic.
  await signIn(page, MEMBER);
  await page.goto(call);
  await page.getByRole('button', { name: 'Answer with a case' }).click();
  await expect(page).toHaveURL(/\/cases\/submit\/\d+/);
  await expect(page.locator('input[name="title"]')).toHaveValue(`Case about ${topic}`);
  await page.goto(call);
  await expect(page.locator('.case-call .hit-meta')).toContainText('one case draft answers it');
});
