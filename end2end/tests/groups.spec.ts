import { expect, test } from './support';
import { GROUP_LEAD, GROUP_MEMBER, HYDRATION_TIMEOUT, MEMBER, signIn } from './session';
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

  // A member translates the output: a new document of the group, the original beside it.
  const french = { title: 'Liste de contrôle de publication', body: '# Liste de contrôle\n\nSupprimer toutes les données personnelles et les identifiants.\n\nChoisir une licence ouverte.\n' };
  await member.goto(output);
  await member.getByRole('link', { name: 'Translate into another language' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Start a translation');
  await member.getByLabel('Translate into').selectOption('fr');
  await member.getByRole('button', { name: 'Start the translation' }).click();
  await expect(member.locator('.notice')).toContainText('Your translation draft is ready');
  await expect(member.locator('.translation-source h3')).toHaveText('Publishing checklist');
  await expect(member.locator('.translation-source [lang="en"]')).toHaveCount(1);
  await expect(member.getByLabel('Text', { exact: true })).toHaveValue(/Choose an open licence\./);
  const translation = new URL(member.url()).pathname;
  await save(member, french.body);
  await expect(member.locator('.notice')).toHaveText('Your changes are saved.');
  await member.getByLabel('Title', { exact: true }).fill(french.title);
  await member.getByRole('button', { name: 'Save the title' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(french.title);
  await expect(member.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');

  // Until the group endorses it, readers see no French version; then the output names it.
  await reader.goto(output);
  await expect(reader.locator('.also-in a')).toHaveCount(0);
  await page.goto(translation);
  await page.getByRole('button', { name: 'Propose revision 2 for endorsement' }).click();
  await page.getByRole('button', { name: 'Endorse revision 2' }).click();
  await member.goto(translation);
  await member.getByRole('button', { name: 'Endorse revision 2' }).click();
  await expect(member.locator('.notice')).toContainText('the revision is published');
  await reader.goto(output);
  await reader.locator('.also-in a', { hasText: 'Français' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(french.title);
  await expect(reader.locator('.version-role a')).toHaveText('Read the original');

  // Someone outside the group is told why they cannot translate it.
  await signIn(reader, MEMBER);
  await reader.goto(output);
  await reader.getByRole('link', { name: 'Translate into another language' }).click();
  await reader.getByLabel('Translate into').selectOption('es');
  await reader.getByRole('button', { name: 'Start the translation' }).click();
  await expect(reader.locator('#lang-error')).toHaveText(
    'Only members of this working group can translate its documents: ask to join the group first.',
  );
  await member.context().close();
  await reader.context().close();
});
