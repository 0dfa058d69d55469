// One browser and one shipped level per e2e test file: launched before the file's tests, closed
// after. Saves every file from repeating the same beforeAll/afterAll pair.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { shippedLevel } from '../helpers/level';
import type { Level } from '../../src/sim/level';

/** Registers the hooks; `set` receives the browser and the level once both are ready. */
export function useSession(set: (browser: Browser, level: Level) => void, levelId = 'december-2025'): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    set(browser, await shippedLevel(levelId));
  });
  afterAll(async () => {
    await browser?.close();
  });
}
