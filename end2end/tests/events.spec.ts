import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support';
import { ADMIN, MEMBER, signIn, signOut } from './session';
import { linkIn, mailTo } from './mail';

/** What Debian's python3-icalendar reads in a calendar: one list of events. */
function parseCalendar(text: string): Record<string, string>[] {
  const dir = mkdtempSync(join(tmpdir(), 'hub-ics-'));
  const file = join(dir, 'calendar.ics');
  writeFileSync(file, text);
  const out = execFileSync('/usr/bin/python3', ['../server/tests/ics_check.py', file], { encoding: 'utf8' });
  return (JSON.parse(out) as Record<string, string>[][])[0];
}

/** `date` as the proposal form takes it, in UTC. */
function local(date: Date): string {
  return date.toISOString().slice(0, 16);
}

test("the coalition's sessions are listed with facets, their times and calendars", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page.getByRole('region', { name: 'Past events' }).getByRole('heading', { level: 3 })).toContainText([
    'UNESCO Conference on Capacity Building for AI and Digital Transformation in the Public Sector',
    'Leading in the Digital Era: How can the Public Sector prepare for the AI age?',
    'Empowering Civil Servants for Digital Transformation',
  ]);
  const facets = page.getByRole('complementary', { name: 'Narrow the events' });
  await facets.getByRole('link', { name: /^Forum session\s*2/ }).click();
  await expect(page).toHaveURL(/\/events\?kind=session$/);
  await expect(page.locator('.event-card')).toHaveCount(2);

  await page.getByRole('link', { name: 'Leading in the Digital Era: How can the Public Sector prepare for the AI age?' }).click();
  await expect(page).toHaveURL(/\/events\/wsis-forum-2024-session-460$/);
  const facts = page.getByRole('complementary', { name: 'At a glance' });
  await expect(facts.locator('time[datetime="2024-05-28T10:00:00+02:00"]')).toHaveCount(1);
  await expect(facts.locator('.event-utc')).toContainText('08:00 UTC');
  const reader = facts.locator('.event-reader-time');
  if (test.info().project.use.javaScriptEnabled === false) {
    await expect(reader).toBeHidden();
  } else {
    await expect(reader).toContainText('Your time:');
  }
  const outcome = page.getByRole('region', { name: 'Outcome record' });
  await expect(outcome.getByRole('heading', { level: 3 })).toContainText(['Key issues discussed', 'Tangible outcomes', 'Actionable plan']);
  await expect(outcome.getByRole('cell', { name: 'Governments' })).toBeVisible();

  // On a phone, nothing runs off the side of the page.
  if (test.info().project.use.javaScriptEnabled !== false) {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/events', '/events/wsis-forum-2024-session-460']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  const calendar = await page.request.get((await facts.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')) ?? '');
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  const [event] = parseCalendar(await calendar.text());
  expect(event.dtstart).toBe('2024-05-28T08:00:00+00:00');
  expect(event.url).toMatch(/\/events\/wsis-forum-2024-session-460$/);
});

test('an event is proposed, reviewed, published, filled, its waiting list moves up and its reminder arrives', async ({ page }) => {
  const project = test.info().project.name;
  const title = `Data stewardship clinic (${project})`;
  const starts = new Date(Date.now() + 3 * 60 * 60 * 1000);
  const ends = new Date(starts.getTime() + 60 * 60 * 1000);

  await signIn(page, MEMBER);
  await page.goto('/events/propose');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('An hour on naming data stewards in a ministry.');
  await page.getByLabel('Kind of event').selectOption('webinar');
  await page.getByLabel('Starts').fill(local(starts));
  await page.getByLabel('Ends').fill(local(new Date(starts.getTime() - 60 * 60 * 1000)));
  await page.getByLabel('Time zone').fill('Europe/Nowhere');
  await page.getByLabel('Online room link (optional)').fill('https://meet.example.org/clinic');
  await page.getByLabel('People can register on the hub').check();
  await page.getByLabel('Capacity (optional)').fill('1');
  await page.getByLabel('Take people on a waiting list when full').check();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#time_zone-error')).toContainText('Europe/Nowhere');
  await page.getByLabel('Time zone').fill('UTC');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#ends-error')).toHaveText('The end must come after the start.');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await page.getByLabel('Ends').fill(local(ends));
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.notice')).toHaveText('Your event is submitted. An editor will review it.');
  const draft = new URL(page.url()).pathname;
  await signOut(page);

  await signIn(page, ADMIN);
  await page.goto(draft);
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await page.getByRole('link', { name: 'See the published event' }).click();
  const eventPath = new URL(page.url()).pathname;
  await signOut(page);

  // Anyone registers; the room's link is not on the public page.
  await page.goto(eventPath);
  await expect(page.locator('body')).not.toContainText('meet.example.org');
  const first = `first-${project}@example.org`;
  const second = `second-${project}@example.org`;
  const registration = page.getByRole('region', { name: 'Registration' });
  await registration.getByLabel('Full name').fill('Ama Mensah');
  await registration.getByLabel('Email address').fill(first);
  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator('.notice')).toContainText('You are registered.');
  await registration.getByLabel('Full name').fill('Bo Lindqvist');
  await registration.getByLabel('Email address').fill(second);
  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator('.notice')).toContainText('You are on the waiting list.');

  const confirmation = await mailTo(first, 'you have a place');
  expect(confirmation.body).toContain('https://meet.example.org/clinic');
  await page.goto(linkIn(confirmation.body, '/events/registration'));
  await expect(page.getByRole('link', { name: 'https://meet.example.org/clinic' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(page.locator('.notice')).toHaveText('Your registration is cancelled.');

  // The place goes to the waiting list, who is told, and then reminded.
  const promoted = await mailTo(second, 'you have a place');
  expect(promoted.body).toContain('https://meet.example.org/clinic');
  const reminder = await mailTo(second, 'is coming up');
  expect(reminder.subject).toBe(`Reminder: ${title}`);
});
