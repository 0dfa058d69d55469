// The first e2e check: the built game loads from a plain static server in real chromium, shows
// its title and a heading, loads its favicon, and logs no errors. If this fails, nothing else can
// be trusted.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';

describe('smoke: the built game loads', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows its title and a heading, loads the favicon, and logs no errors', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1280, height: 720 });
    try {
      await page.goto(baseURL(), { waitUntil: 'networkidle' });

      expect(await page.title()).toContain('ASEAN Mediator');
      await expect.poll(() => page.getByRole('heading').first().isVisible()).toBe(true);

      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBeTruthy();
      const iconResponse = await page.request.get(new URL(icon ?? '', page.url()).href);
      expect(iconResponse.status()).toBe(200);
      expect(iconResponse.headers()['content-type']).toContain('image/svg+xml');

      await screenshot(page, 'smoke-1280x720');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers 404 for a missing file', async () => {
    const response = await fetch(new URL('no-such-file.js', baseURL()));
    expect(response.status).toBe(404);
  });
});
