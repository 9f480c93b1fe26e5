import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

async function runAxe(page: Page): Promise<Violation[]> {
  return page.evaluate(async (source) => {
    (0, eval)(source);
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.flatMap((n) => n.target) }));
  }, axeSource);
}

/**
 * Fails on any serious or critical axe-core violation on the page as the reader sees it.
 *
 * axe needs a running script engine. With JavaScript disabled, the same address is opened
 * in a second browser context that has the reader's cookies and blocks the hub's client
 * bundle, so axe checks exactly the server-rendered page a JavaScript-off reader gets.
 */
export async function expectAccessible(page: Page): Promise<void> {
  let violations: Violation[];
  if (test.info().project.use.javaScriptEnabled === false) {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: true });
    try {
      await context.addCookies(await page.context().cookies());
      const copy = await context.newPage();
      await copy.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
      await copy.goto(page.url());
      violations = await runAxe(copy);
    } finally {
      await context.close();
    }
  } else {
    violations = await runAxe(page);
  }
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}
