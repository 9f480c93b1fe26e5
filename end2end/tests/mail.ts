import { existsSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/** Where the SMTP sink (smtp_sink.py) writes what it received, one JSON line each. */
export const mailLog = process.env.HUB_E2E_MAIL_LOG ?? '../target/e2e-mail.jsonl';

type Mail = { to: string[]; subject: string; body: string };

/** The newest message to `address` whose body contains `marker`, waiting up to 10 s. */
export async function mailTo(address: string, marker: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        if (!existsSync(mailLog)) return false;
        const mails = readFileSync(mailLog, 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Mail)
          .filter((mail) => mail.to.includes(address.toLowerCase()) && mail.body.includes(marker));
        found = mails.at(-1);
        return found !== undefined;
      },
      { message: `an email to ${address}`, timeout: 10_000 },
    )
    .toBe(true);
  return found as Mail;
}

/** The path (with query) of the first link in `body` that goes to `path`. */
export function linkIn(body: string, path: string): string {
  const match = body.match(new RegExp(`https?://[^\\s/]+(${path.replace('/', '\\/')}\\?token=[A-Za-z0-9_-]+)`));
  expect(match, `a ${path} link in:\n${body}`).not.toBeNull();
  return (match as RegExpMatchArray)[1];
}
