import { expect, test } from './support';
import type { Page } from '@playwright/test';

/** Chooses, in every radio group of the current step, the option whose label starts with `label` (or the first). */
async function answerStep(page: Page, labels: RegExp) {
  const groups = page.locator('fieldset.assessment-question');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const matching = group.locator('label').filter({ hasText: labels });
    const label = (await matching.count()) > 0 ? matching.first() : group.locator('label').first();
    await label.click();
  }
}

test('the framework page explains the domains, the scales and where the wording comes from', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment' }).click();
  await expect(page).toHaveURL(/\/assessment$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital capacity self-assessment');
  await expect(page.getByRole('heading', { level: 3 })).toContainText([
    'Digital planning and design',
    'Data use and governance',
    'Digital management and execution',
  ]);
  await expect(page.getByText('they are not the framework’s text', { exact: false }).or(page.getByText("they are not the framework's text", { exact: false }))).toBeVisible();
  await page.getByRole('link', { name: 'Benchmarks' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benchmarks');
  await expect(page.getByText('Comparisons between organisations are indicative only', { exact: false })).toBeVisible();
});

test('a private self-reflection, answered step by step with the keyboard or the mouse, ends with a profile and a private link', async ({ page }) => {
  await page.goto('/assessment');
  await page.getByRole('link', { name: 'Start a private self-reflection' }).click();
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  // Each question is a radio group named by its legend.
  const first = page.getByRole('group', { name: /Researching what the users of a public service need/ });
  await expect(first.getByRole('radio')).toHaveCount(4);
  await answerStep(page, /^Practitioner|^Agree/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await answerStep(page, /^Aware|^Strongly disagree/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  // The keyboard reaches and changes a radio group.
  await page.getByRole('group').first().getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await answerStep(page, /^Expert|^Strongly agree/);
  await page.getByRole('button', { name: 'See my profile' }).click();

  await expect(page.getByRole('heading', { name: 'Your profile', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Score by domain, out of 100' })).toBeVisible();
  await expect(page.locator('.assessment-weakest li').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'To read on Data use and governance' })).toBeVisible();

  await page.getByRole('button', { name: 'Save and get a private link' }).click();
  await expect(page).toHaveURL(/\/assessment\/self\?token=[A-Za-z0-9_-]{43}&step=1&done=saved$/);
  await expect(page.locator('.notice')).toContainText('Your answers are saved');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(4);
  await page.getByRole('button', { name: 'Delete my saved answers' }).click();
  await expect(page).toHaveURL(/\/assessment\?done=deleted$/);
  await expect(page.locator('.notice')).toHaveText('Your saved answers are deleted.');
});
