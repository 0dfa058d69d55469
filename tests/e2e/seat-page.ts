// What the seat tests read of a delegation's screen: the stage of its round and its heading.
import type { Page } from 'playwright-core';

/** The stage of the round the seat screen shows: own turn, answering, the answers, or the world's turn. */
export const seatStage = (page: Page) => page.evaluate(() => /seat-(own|answering|responding|world)/.exec(document.querySelector('.seat-screen')?.className ?? '')?.[1] ?? null);

/** The text of the page's first-level heading. */
export const pageHeading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
