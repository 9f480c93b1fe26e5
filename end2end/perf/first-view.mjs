// What a reader's first and second view of each kind of page costs: bytes transferred
// (compressed, as on the wire) with an empty cache and with a warm one, and the time until
// the page is usable (its islands hydrated, or at once where it has none) on a throttled
// 1.6 Mbps / 150 ms connection, using Chromium's network emulation.
//
//   node perf/first-view.mjs [base URL, default http://127.0.0.1:3000]
//
// Start the hub first (`make run`). Debian's Chromium, as for the browser tests.
import { chromium } from 'playwright';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const PAGES = [
  ['home', '/'],
  ['series', '/blog'],
  ['issue', '/blog/2026-11'],
  ['post', '/articles/data-use-and-governance-in-practice'],
  ['case list', '/cases'],
  ['case', '/cases/campus-du-numerique-public'],
  ['search', '/search?q=digital+skills'],
  ['groups', '/groups'],
];
// Chromium's "slow 3G"-like profile the goal is stated for: 1.6 Mbps down, 750 kbps up, 150 ms.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Loads `path` in `page`; returns bytes on the wire, requests, and ms until usable. */
async function visit(page, cdp, path) {
  let bytes = 0;
  let requests = 0;
  const count = (event) => { bytes += event.encodedDataLength; requests += 1; };
  cdp.on('Network.loadingFinished', count);
  const started = Date.now();
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForSelector('html[data-hydrated], html[data-client-failed]', { state: 'attached', timeout: 120_000 });
  const usable = Date.now() - started;
  await page.waitForLoadState('networkidle');
  cdp.off('Network.loadingFinished', count);
  return { bytes, requests, usable };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${base}, throttled to 1.6 Mbps / 150 ms`);
console.log('page        cold: bytes (requests)  usable    warm: bytes (requests)  usable');
for (const [label, path] of PAGES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  const cold = await visit(page, cdp, path);
  const warm = await visit(page, cdp, path);
  console.log(
    `${label.padEnd(11)} ${kb(cold.bytes).padStart(9)} (${cold.requests})`.padEnd(36) +
      `${String(cold.usable).padStart(5)} ms    ${kb(warm.bytes).padStart(9)} (${warm.requests})`.padEnd(28) +
      `${String(warm.usable).padStart(5)} ms`,
  );
  await context.close();
}
await browser.close();
