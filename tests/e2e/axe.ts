// The accessibility checker for end-to-end tests: runs axe-core on the page against the WCAG 2.2
// AA rule set and returns each violation as one readable line (rule, element, what is wrong), so
// `expect(await axeViolations(page)).toEqual([])` prints exactly what to fix when it fails.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The axe tags of the WCAG levels the game promises: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole page (the page must come from `browser.newContext()`, as `newPage()` in
 * browser.ts does) and lists its violations.
 * @param page the page to check, on the screen to check
 * @param label a name for the screen, put in front of each line so a failing test says where
 * @returns one line per failing element: `label: rule-id: selector: failure summary`; empty when clean
 */
export async function axeViolations(page: Page, label = page.url()): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => {
      const summary = (n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim();
      return `${label}: ${v.id}: ${n.target.join(' ')}: ${summary}`;
    }),
  );
}
