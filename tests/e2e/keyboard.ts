// Keyboard-only helpers for end-to-end tests: reach a control with Tab (never a click), activate
// it with Enter or Space, and pick a radio option with the arrow keys, as a keyboard user would.
import type { Locator, Page } from 'playwright-core';

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus; fails if it cannot be reached. */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs to a button or link and presses Enter. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group and moves with ArrowDown until `option` is checked. */
export async function chooseRadio(page: Page, group: Locator, option: Locator): Promise<void> {
  if (await option.isChecked()) return;
  const radios = group.getByRole('radio');
  const count = await radios.count();
  // Tab stops on the group's checked radio, or its first when none is checked.
  const checked = group.locator('input[type=radio]:checked');
  await tabTo(page, (await checked.count()) > 0 ? checked.first() : radios.first());
  if (await option.isChecked()) return;
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i === 0 && !(await checked.count()) ? 'Space' : 'ArrowDown');
    if (await option.isChecked()) return;
  }
  throw new Error(`Could not select ${option.toString()} with the arrow keys`);
}
