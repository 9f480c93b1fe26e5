import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Browser, type Cookie } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; targets: string[] };
type Visit = { url: string; cookies: Cookie[] };

/**
 * axe-core on one address, seen as the reader saw it: in a fresh browser context with the
 * reader's cookies. axe needs a script engine, so the context always has JavaScript; for
 * the JavaScript-off project it blocks the hub's client bundle, so axe checks exactly the
 * server-rendered page such a reader gets.
 */
async function violationsAt(browser: Browser, visit: Visit, withClient: boolean): Promise<Violation[]> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    await context.addCookies(visit.cookies);
    const page = await context.newPage();
    if (!withClient) await page.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    await page.goto(visit.url);
    if (withClient) await page.waitForLoadState('networkidle');
    return await page.evaluate(async (source) => {
      (0, eval)(source);
      type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.flatMap((n) => n.target) }));
    }, axeSource);
  } finally {
    await context.close();
  }
}

/**
 * The Playwright `test`, plus an automatic check: every page a test visits (each `load`,
 * including those after a form post and redirect) is run through axe-core when the test
 * ends, and any serious or critical violation fails the test.
 */
export const test = base.extend<{ accessibleEveryPage: void }>({
  accessibleEveryPage: [
    async ({ page, context, browser }, use, testInfo) => {
      const visits: Promise<Visit>[] = [];
      page.on('load', () => {
        const url = page.url();
        visits.push(context.cookies().then((cookies) => ({ url, cookies })));
      });
      await use();
      if (testInfo.status !== 'passed') return;
      const withClient = testInfo.project.use.javaScriptEnabled !== false;
      const seen = new Set<string>();
      for (const visit of await Promise.all(visits)) {
        const key = `${visit.url} ${JSON.stringify(visit.cookies.map((c) => [c.name, c.value]))}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const serious = (await violationsAt(browser, visit, withClient)).filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        expect(serious, `axe-core on ${visit.url}\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
      }
      expect(seen.size, 'the test visited at least one page').toBeGreaterThan(0);
    },
    // Its own time limit: the checks revisit every page the test saw, and must not eat the
    // test's own budget (a long flow visits a dozen pages).
    { auto: true, timeout: 90_000 },
  ],
});

export { expect };
