/**
 * axe-core in the page (issue 16.18): WCAG 2.1 A and AA rules, serious and critical findings
 * only, formatted so a failing assertion says which rule, where and why. The source is handed
 * to the page through CDP evaluation: the app's Content-Security-Policy rightly refuses inline
 * script tags, and the page under test keeps its real policy.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;

export interface AxeFinding {
  rule: string;
  impact: string;
  count: number;
  where: string[];
}

export async function axeSeriousFindings(page: Page): Promise<AxeFinding[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        count: v.nodes.length,
        where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
      }));
  });
}
