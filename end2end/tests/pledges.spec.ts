import type { Page } from '@playwright/test';
import { expect, test } from './support';
import { hydrated, signIn } from './session';

/**
 * A ministry's pledge from draft to reply, with JavaScript off and hydrated: an admin sets
 * up a fictional ministry and attaches the pledger to it; the pledger drafts (a field error
 * first), submits; the admin approves and publishes; the pledger reports; the admin assesses
 * the report; the pledger answers. Every page the pledger sees is checked by axe.
 */
test('a pledge goes from draft through review to a report, its assessment and the reply', async ({ page, browser }) => {
  const project = test.info().project.name;
  const javascript = test.info().project.use.javaScriptEnabled !== false;
  const ministry = `Ministry of Example Affairs (${project})`;
  const title = `Every new official trained in data use (${project})`;
  const adminAccount = { email: `pledges-admin-${project}@e2e.test`, password: 'e2e admin passphrase' };
  const pledgerAccount = { email: `pledger-${project}@e2e.test`, password: 'e2e member passphrase' };

  // The admin works in a browser of their own.
  const adminContext = await browser.newContext({ javaScriptEnabled: javascript, locale: 'en-GB' });
  const admin: Page = await adminContext.newPage();
  await signIn(admin, adminAccount);
  await admin.goto('/admin/organisations/new');
  await admin.getByLabel('Organisation name').fill(ministry);
  await admin.getByLabel('Stakeholder group').selectOption({ label: 'Government' });
  await admin.getByLabel('Country').selectOption({ label: 'Kenya' });
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.locator('.notice')).toHaveText('The organisation is saved.');
  await admin.goto('/admin/people');
  const person = admin.getByRole('article', { name: project === 'hydrated' ? 'Hugo Pledger' : 'Pia Pledger' });
  // Every row's fields share their ids, so the row's own select is found by its name.
  await person.locator('select[name="organisation"]').selectOption({ label: ministry });
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(admin.locator('.notice')).toBeVisible();

  // The pledger drafts; a target date before the start is named next to its field.
  await signIn(page, pledgerAccount);
  await page.goto('/pledges');
  await page.getByRole('link', { name: 'Make a pledge' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a pledge');
  await expect(page.getByText(`On behalf of ${ministry}`)).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Commitment').fill('The ministry trains every newly recruited official in data use.');
  await page.getByLabel('Problem and baseline (optional)').fill('Today no induction course covers data use.');
  await page.getByLabel('Target', { exact: true }).fill('All officials recruited from 2027 on have taken the course.');
  await page.getByLabel('Start date').fill('2027-01-01');
  await page.getByLabel('Target date').fill('2026-06-30');
  const first = page.getByRole('group', { name: 'Milestone 1' });
  await first.getByLabel('Milestone', { exact: true }).fill('Course written');
  await first.getByLabel('Due by').fill('2027-06-30');
  await first.getByLabel('Weight').fill('40');
  const second = page.getByRole('group', { name: 'Milestone 2' });
  await second.getByLabel('Milestone', { exact: true }).fill('First cohort trained');
  await second.getByLabel('Due by').fill('2028-01-31');
  await second.getByLabel('Weight').fill('60');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('#ends-error')).toHaveText('The target date must not be before the start date.');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByRole('group', { name: 'Milestone 2' }).getByLabel('Milestone', { exact: true })).toHaveValue('First cohort trained');
  await hydrated(page);
  await page.getByLabel('Target date').fill('2028-12-31');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.notice')).toHaveText('Your pledge is sent to the editors for review.');
  const draft = page.url().split('?')[0];

  // The admin approves and publishes.
  await admin.goto(draft);
  await admin.getByRole('button', { name: 'Approve' }).click();
  await admin.getByRole('button', { name: 'Publish now' }).click();
  await expect(admin.locator('.notice')).toHaveText("The pledge's review status has changed.");
  await admin.getByRole('link', { name: 'See the published pledge' }).click();
  const pledgePath = new URL(admin.url()).pathname;

  // Readers find it in the list, by region, and in the world view.
  await page.goto('/pledges?region=africa');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${pledgePath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.freshness')).toHaveText('New, first report not yet due');
  await expect(page.getByRole('complementary', { name: 'About this pledge' })).toContainText(ministry);
  await page.goto('/pledges/world');
  await expect(page.getByRole('heading', { name: /Africa/ })).toBeVisible();

  // The pledger reports.
  await page.goto(pledgePath);
  await hydrated(page);
  const report = page.getByRole('region', { name: 'File a progress report' });
  await report.getByLabel('What was done').fill('The course was written and tried with twenty officials.');
  await report.getByRole('group', { name: 'Course written' }).getByLabel('Complete').check();
  await report.getByRole('group', { name: 'First cohort trained' }).getByLabel('Limited').check();
  await report.getByRole('button', { name: 'Publish the report' }).click();
  await expect(page.locator('.notice')).toHaveText('Your progress report is published below.');
  await expect(page.locator('.pledge-report h3')).toHaveText(/^Report 1, /);
  await expect(page.locator('.freshness')).toHaveText('Reported within the year');
  // (40 × 1 + 60 × 0.25) / 100
  await expect(page.getByText('55 % done, weighted by milestone').first()).toBeVisible();

  // The admin assesses the report.
  await admin.goto(pledgePath);
  await hydrated(admin);
  const assess = admin.locator('.pledge-report');
  await assess.getByRole('group', { name: 'Completion' }).getByLabel('Limited').check();
  await assess.getByLabel('Comment').fill('The course exists; the first cohort has not started.');
  await assess.getByRole('button', { name: 'Publish the assessment' }).click();
  await expect(admin.locator('.notice')).toHaveText('Your assessment is published under the report.');

  // The pledger answers in public.
  await page.goto(pledgePath);
  await hydrated(page);
  await expect(page.locator('.pledge-assessment')).toContainText('The course exists; the first cohort has not started.');
  await page.getByLabel('Your reply').fill('The first cohort starts in March.');
  await page.getByRole('button', { name: 'Publish the reply' }).click();
  await expect(page.locator('.notice')).toHaveText('Your reply is published under the assessment.');
  await expect(page.locator('.pledge-reply')).toContainText('The first cohort starts in March.');

  // On a phone, nothing runs off the side of the page.
  if (javascript) {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/pledges', pledgePath, '/pledges/world']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  }
  await adminContext.close();
});
