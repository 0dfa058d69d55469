// Watches a page for the privacy promises: every request stays on the page's own origin (or is a
// data:/blob: URL), and the Content-Security-Policy never has to block anything the game does.
import type { Page } from 'playwright-core';

/** What a watched page did that it should not have. */
export interface PrivacyWatch {
  /** Requests to any other origin, as URLs. */
  offOrigin: string[];
  /** CSP violations reported by the page, as "directive blocked-uri". */
  violations(): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Starts watching `page` before it navigates.
 * @param origin the page's own origin, e.g. `http://127.0.0.1:4000` or `file://`
 */
export async function watchPrivacy(page: Page, origin: string): Promise<PrivacyWatch> {
  const offOrigin: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (origin === 'file://' ? !url.startsWith('file://') : new URL(url).origin !== origin) offOrigin.push(url);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return { offOrigin, violations: () => page.evaluate(() => window.__cspViolations ?? []) };
}
