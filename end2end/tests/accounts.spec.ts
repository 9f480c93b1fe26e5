import { expect, test } from './support';
import { linkIn, mailTo } from './mail';

// Accounts created by playwright.config.ts before the hub starts.
const ADMIN = { email: 'admin@e2e.test', password: 'e2e admin passphrase' };
const PASSWORD = 'e2e member passphrase';

async function signIn(page: import('@playwright/test').Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an admin invites a person, who opens an account from the emailed link', async ({ page, browser }, testInfo) => {
  const invitee = `invitee-${testInfo.project.name}@e2e.test`;
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('status')).toHaveText('You are signed in.');
  await page.goto('/admin/invite');
  await page.getByLabel('Email address').fill(invitee);
  await page.getByLabel('Role').selectOption('editor');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByRole('status')).toHaveText('The invitation has been sent.');

  const mail = await mailTo(invitee, '/invitation?token=');
  const link = linkIn(mail.body, '/invitation');
  const guest = await browser.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled !== false });
  const other = await guest.newPage();
  await other.goto(link);
  await expect(other.getByText(`as ${invitee}`)).toBeVisible();
  // Too short a password: the name stays, the problem is named next to its field.
  await other.getByLabel('Full name').fill('Ines Invitee');
  await other.getByLabel('New password').fill('short');
  await other.getByRole('button', { name: 'Create my account' }).click();
  await expect(other.getByRole('alert')).toContainText('Use at least 12 characters.');
  await expect(other.getByLabel('Full name')).toHaveValue('Ines Invitee');
  await other.getByLabel('New password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Create my account' }).click();
  await expect(other).toHaveURL(/\/account\?done=welcome$/);
  await expect(other.getByRole('banner').getByRole('link', { name: 'Ines Invitee' })).toBeVisible();
  await expect(other.getByText('Editor', { exact: true })).toBeVisible();
  // The link works once.
  await other.goto(link);
  await expect(other.getByRole('alert')).toContainText('This link has already been used.');
  await guest.close();
});

test('a forgotten password is replaced through the emailed link', async ({ page }, testInfo) => {
  const email = `reset-${testInfo.project.name}@e2e.test`;
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account uses that address');

  const mail = await mailTo(email, '/reset-password?token=');
  await page.goto(linkIn(mail.body, '/reset-password'));
  const fresh = `new passphrase for ${testInfo.project.name}`;
  await page.getByLabel('New password').fill(fresh);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page).toHaveURL(/\/account\?done=password-changed$/);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  await signIn(page, email, 'the old passphrase here');
  await expect(page.getByRole('alert')).toContainText('The email address or the password is not right.');
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  await signIn(page, email, fresh);
  await expect(page).toHaveURL(/\/account\?done=signed-in$/);
});

test('a join request keeps what was typed when something is missing', async ({ page }, testInfo) => {
  await page.goto('/members');
  await page.getByRole('link', { name: 'Ask to join' }).first().click();
  await page.getByLabel('Organisation name').fill(`Institut ${testInfo.project.name}`);
  await page.getByLabel('Stakeholder group').selectOption('school-of-public-administration');
  await page.getByLabel('Country').selectOption('SN');
  await page.getByLabel('Full name').fill('Awa Diop');
  await page.getByLabel('Email address').fill('not an address');
  await page.getByRole('button', { name: 'Send the request' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Enter an email address like name@example.org.');
  await expect(problems).toContainText('Fill in this field.');
  await expect(page.getByLabel('Organisation name')).toHaveValue(`Institut ${testInfo.project.name}`);
  await expect(page.getByLabel('Country')).toHaveValue('SN');
  await page.getByLabel('Email address').fill(`awa-${testInfo.project.name}@e2e.test`);
  await page.getByLabel('Why do you want to join?').fill('We train senior civil servants in data governance.');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByRole('status')).toContainText('Your request has been sent');
});

test('signed-in pages are refused to the public and to members without the role', async ({ page }) => {
  const response = await page.goto('/admin/people');
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('link', { name: 'Sign in' }).last()).toBeVisible();
  await signIn(page, 'member@e2e.test', PASSWORD);
  const refused = await page.goto('/admin/people');
  expect(refused?.status()).toBe(403);
});

test('each person on the people page has form fields of their own', async ({ page }) => {
  // The page lists every account made for the tests; axe checks it when the test ends.
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('status')).toHaveText('You are signed in.');
  await page.goto('/admin/people');
  const cards = page.locator('article.person');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  // Each card's labels name the controls inside that card, not the first person's.
  for (const card of await cards.all()) {
    await expect(card.getByLabel('Role')).toHaveCount(1);
    await expect(card.getByLabel('Organisation')).toHaveCount(1);
  }
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(new Set(ids).size).toBe(ids.length);
});
