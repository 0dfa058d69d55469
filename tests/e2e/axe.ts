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
 * @param opts `also`: rules to run besides the WCAG-tagged ones (e.g. `STRUCTURE_RULES`) in the
 *   same pass; `include`: a selector to check only that part of the page (quicker, for a part
 *   that changed on a screen already checked whole)
 * @returns one line per failing element: `label: rule-id: selector: failure summary`; empty when clean
 */
export async function axeViolations(
  page: Page,
  label = page.url(),
  opts: { also?: readonly string[]; include?: string } = {},
): Promise<string[]> {
  const rules = Object.fromEntries((opts.also ?? []).map((id) => [id, { enabled: true }]));
  let builder = new AxeBuilder({ page }).options({ rules }).withTags([...WCAG_TAGS]);
  if (opts.include) builder = builder.include(opts.include);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => {
      const summary = (n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim();
      return `${label}: ${v.id}: ${n.target.join(' ')}: ${summary}`;
    }),
  );
}

/**
 * Best-practice structure rules axe keeps outside the WCAG tags, run on their own: one main
 * landmark, a level-one heading, headings in order, all content inside landmarks, and landmarks
 * that can be told apart by name.
 */
export const STRUCTURE_RULES: readonly string[] = ['landmark-one-main', 'page-has-heading-one', 'heading-order', 'region', 'landmark-unique'];

/** Violations of the given rules alone (e.g. `color-contrast-enhanced`), one line each, as `axeViolations`. */
export async function ruleViolations(page: Page, label: string, rules: readonly string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules([...rules]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${label}: ${v.id}: ${n.target.join(' ')}`));
}

/** How the focused element shows its focus, and whether anything covers it. */
export interface FocusState {
  /** Tag, id or name of the focused element, for messages. */
  what: string;
  /** A focus ring is drawn: a computed outline (style not none, width > 0) or a box-shadow. */
  indicated: boolean;
  /** The centre of its visible part is the element itself or inside it (`elementFromPoint`). */
  uncovered: boolean;
}

/** Reads the focus state of `document.activeElement` (null when focus is on the body). */
export function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const css = getComputedStyle(el);
    const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0;
    const indicated = outline || (css.boxShadow !== 'none' && css.boxShadow !== '');
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    const hit = right > left && bottom > top ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    // A label drawn over its own checkbox or radio counts as the control.
    const label = hit?.closest('label');
    const uncovered = !!hit && (el === hit || el.contains(hit) || (label !== null && label !== undefined && label.control === el));
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { what, indicated, uncovered };
  });
}

/** The contrast ratio of the first element matching `selector`: its text colour against the first opaque background behind it. */
export function textContrast(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`No element matches ${sel}`);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let bg: Element | null = el;
    while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] ?? 1) === 0) bg = bg.parentElement;
    const fore = lum(rgb(getComputedStyle(el).color));
    const back = lum(rgb(bg ? getComputedStyle(bg).backgroundColor : 'rgb(255,255,255)'));
    return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
  }, selector);
}
