import { expect, test } from './support';
import { GROUP_LEAD, GROUP_MEMBER, HYDRATION_TIMEOUT, signIn } from './session';
import type { Page } from '@playwright/test';

/** With the client loaded, waits until the document editor is live, so typing is not lost. */
async function editorReady(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('.document-editor[data-live="true"]')).toBeVisible({ timeout: HYDRATION_TIMEOUT });
  }
}

async function save(page: Page, text: string) {
  await editorReady(page);
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('a group co-writes a document, reconciles a conflict and publishes what it endorses', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const hydrated = test.info().project.use.javaScriptEnabled !== false;
  // A retry must not meet the group its first attempt created.
  const name = `Open data guild ${test.info().project.name} ${test.info().retry || ""}`.trim();

  // An admin creates the group and invites a member.
  await signIn(page, GROUP_LEAD);
  await page.goto('/groups');
  await page.getByText('Create a working group').click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Theme').selectOption('data-governance');
  await page.getByLabel('Charter').fill('We write a guide to opening public data safely.\n\nWe meet every month.');
  await page.getByLabel('Who can see the group').selectOption('public');
  await page.getByLabel('Endorsements needed').fill('2');
  await page.getByRole('button', { name: 'Create the group' }).click();
  await expect(page.locator('.notice')).toHaveText('The group is created. You lead it.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const group = new URL(page.url()).pathname;
  await page.getByLabel('Invite someone').fill(GROUP_MEMBER.email);
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.locator('.notice')).toHaveText('The invitation is sent.');

  // The member accepts and starts a document.
  const member = await (await browser.newContext({ javaScriptEnabled: hydrated })).newPage();
  await signIn(member, GROUP_MEMBER);
  await member.goto(group);
  await member.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(member.locator('.notice')).toHaveText('Welcome to the group.');
  await member.getByLabel('Title of a new document').fill('Publishing checklist');
  await member.getByRole('button', { name: 'Create the document' }).click();
  await expect(member.locator('.notice')).toHaveText('The document is created. Write its first version.');
  const doc = new URL(member.url()).pathname;
  await editorReady(member);
  await member.getByLabel('Text', { exact: true }).fill('# Checklist\n\nRemove personal data.\n\nChoose an open licence.\n');
  if (hydrated) {
    // The live comparison shows what is new before saving.
    await expect(member.locator('.live-changes ins').first()).toContainText('Checklist');
    await expect(member.getByRole('button', { name: 'Show my changes' })).toBeHidden();
  } else {
    // Without JavaScript the server shows the changes on request and saves nothing.
    await member.getByRole('button', { name: 'Show my changes' }).click();
    await expect(member.locator('.live-changes ins').first()).toContainText('Checklist');
    await expect(member.getByLabel('Text', { exact: true })).toHaveValue(/Choose an open licence\./);
  }
  await member.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(member.locator('.notice')).toHaveText('Your changes are saved.');

  // Both open revision 1. The lead's editor announces itself to the member's page.
  await page.goto(doc);
  await editorReady(page);
  await member.goto(doc);
  if (hydrated) {
    await expect(member.locator('.presence')).toHaveText('Also editing now: Lee Lead');
  }
  await page.getByLabel('Text', { exact: true }).fill('# Checklist\n\nRemove personal data and identifiers.\n\nChoose an open licence.\n');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.notice')).toHaveText('Your changes are saved.');

  // The member, still on revision 1, changed the same paragraph: nothing is lost.
  await save(member, '# Checklist\n\nRemove all personal data.\n\nChoose an open licence.\n');
  await expect(member.locator('.notice')).toContainText('Your changes overlap someone else’s.');
  await expect(member.locator('.side-by-side pre')).toHaveText([
    /Remove personal data and identifiers\./,
    /Remove all personal data\./,
  ]);
  await member.getByLabel('Text', { exact: true }).fill('# Checklist\n\nRemove all personal data and identifiers.\n\nChoose an open licence.\n');
  await member.getByRole('button', { name: 'Save the reconciled text' }).click();
  await expect(member.locator('.notice')).toHaveText('Your changes are saved.');
  await expect(member.locator('.prose')).toContainText('Remove all personal data and identifiers.');

  // History and the word-level comparison.
  await member.getByRole('link', { name: 'History' }).click();
  await expect(member.locator('.history-table tbody tr')).toHaveCount(4);
  await member.getByLabel('From revision').selectOption('1');
  await member.getByLabel('To revision').selectOption('4');
  await member.getByRole('button', { name: 'Compare' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Changes from revision 1 to 4');
  await expect(member.locator('.diff-rendered ins')).toHaveText(['all ', ' and identifiers']);

  // The lead proposes the head; two endorsements publish it.
  await page.goto(doc);
  await page.getByRole('button', { name: 'Propose revision 4 for endorsement' }).click();
  await expect(page.locator('.notice')).toHaveText('The revision is proposed for endorsement.');
  await page.getByRole('button', { name: 'Endorse revision 4' }).click();
  await expect(page.locator('#endorsement')).toContainText('1 of 2 needed');
  await member.goto(doc);
  await member.getByRole('button', { name: 'Endorse revision 4' }).click();
  await expect(member.locator('.notice')).toContainText('the revision is published');
  await member.getByRole('link', { name: 'Read it' }).click();
  await expect(member.locator('.endorsed-by')).toContainText(`Endorsed by working group ${name}`);
  const output = new URL(member.url()).pathname;

  // Anyone reads it and finds it with the group.
  const reader = await (await browser.newContext({ javaScriptEnabled: hydrated })).newPage();
  await reader.goto(output);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Publishing checklist');
  await expect(reader.locator('.card-meta')).toContainText('Approved by Lee Lead, Gus Member');
  await reader.goto('/groups');
  await expect(reader.getByRole('link', { name })).toBeVisible();
  // Working documents are for members: the public is asked to sign in.
  const response = await reader.goto(doc);
  expect(response?.status()).toBe(401);
  await member.context().close();
  await reader.context().close();
});
