import { defineConfig } from '@playwright/test';

// The hub under test: the binary `cargo leptos build` produced, on its own port, with a
// fresh data folder and the repository's content.
const port = process.env.HUB_E2E_PORT ?? '3100';
const baseURL = `http://127.0.0.1:${port}`;
const hubBinary = process.env.HUB_BIN ?? '../target/debug/hub';
// A real SMTP server (smtp_sink.py) receives the hub's email; tests read it from this log.
const smtpPort = Number(process.env.HUB_E2E_SMTP_PORT ?? '3125');
const mailLog = process.env.HUB_E2E_MAIL_LOG ?? '../target/e2e-mail.jsonl';
process.env.HUB_E2E_MAIL_LOG = mailLog;

// Accounts the tests sign in with, created on the command line as an operator would.
const member = (email: string, name: string) =>
  `HUB_PASSWORD='e2e member passphrase' ${hubBinary} user create --email ${email} --name '${name}' --role member`;
const accounts = [
  `HUB_PASSWORD='e2e admin passphrase' ${hubBinary} user create --email admin@e2e.test --name 'Ada Admin' --role admin`,
  member('member@e2e.test', 'Mo Member'),
  member('reset-javascript-off@e2e.test', 'Rae Reset'),
  member('reset-hydrated@e2e.test', 'Ren Reset'),
  // The working-group test signs in with accounts of its own: sign-ins are rate-limited per
  // account, and the other suites already sign in often with the two above.
  `HUB_PASSWORD='e2e admin passphrase' ${hubBinary} user create --email groups-lead@e2e.test --name 'Lee Lead' --role admin`,
  member('groups-member@e2e.test', 'Gus Member'),
  // The pledges test: per project, an admin who sets up the ministry and reviews, and the
  // ministry's pledger.
  `HUB_PASSWORD='e2e admin passphrase' ${hubBinary} user create --email pledges-admin-javascript-off@e2e.test --name 'Pam Admin' --role admin`,
  `HUB_PASSWORD='e2e admin passphrase' ${hubBinary} user create --email pledges-admin-hydrated@e2e.test --name 'Hal Admin' --role admin`,
  member('pledger-javascript-off@e2e.test', 'Pia Pledger'),
  member('pledger-hydrated@e2e.test', 'Hugo Pledger'),
  // The email-language test changes its account's language.
  member('lang-javascript-off@e2e.test', 'Lina Lang'),
  member('lang-hydrated@e2e.test', 'Leo Lang'),
].join(' && ');
// The use-case library: the public registry's 750 entries and a few hand-written cases.
const cases = [
  `${hubBinary} import cases ../server/tests/fixtures/dpg-registry.jsonl`,
  `${hubBinary} import cases fixtures/cases.jsonl`,
].join(' && ');

export default defineConfig({
  testDir: './tests',
  // A test may wait up to HYDRATION_TIMEOUT for the client on a loaded machine, and still
  // needs time for its own steps.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  // On CI a failed test runs once more: now and then a page is never hydrated while both
  // workers load the hub, a failure not reproduced in 30 loads of the same pages alone.
  // A test that fails twice still fails the run; a retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'javascript-off', use: { javaScriptEnabled: false } },
    { name: 'hydrated', use: { javaScriptEnabled: true } },
  ],
  webServer: [
  {
    // Debian's Python, which has the python3-aiosmtpd package the test command installs.
    command: 'exec /usr/bin/python3 smtp_sink.py',
    port: smtpPort,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { HUB_E2E_SMTP_PORT: String(smtpPort), HUB_E2E_MAIL_LOG: mailLog },
  },
  {
    command: `rm -rf ../target/e2e-data && ${accounts} >/dev/null && ${cases} >/dev/null && exec ${hubBinary}`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      HUB_DATA_DIR: '../target/e2e-data',
      HUB_CONTENT_DIR: '../content',
      LEPTOS_SITE_ROOT: '../target/site',
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      HUB_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      RUST_LOG: 'warn',
    },
  },
  ],
});
