import { defineConfig } from '@playwright/test';

// The hub under test: the binary `cargo leptos build` produced, on its own port, with a
// fresh data folder and the repository's content.
const port = process.env.HUB_E2E_PORT ?? '3100';
const baseURL = `http://127.0.0.1:${port}`;
const hubBinary = process.env.HUB_BIN ?? '../target/debug/hub';

export default defineConfig({
  testDir: './tests',
  forbidOnly: !!process.env.CI,
  retries: 0,
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
  webServer: {
    command: `rm -rf ../target/e2e-data && exec ${hubBinary}`,
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
      RUST_LOG: 'warn',
    },
  },
});
