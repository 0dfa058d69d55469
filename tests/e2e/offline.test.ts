// The installable offline build: after one visit the service worker has cached the whole game, so
// with the server stopped a reload still loads it and plays to the acting screen.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';
import { startStaticServer } from './global-setup';
import { buttonNamed, screenOf } from './play-fast';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline build', () => {
  it('has a manifest and plays after the server is stopped', async () => {
    const { server, url } = await startStaticServer(join(process.cwd(), 'dist'));
    const { context, page } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${url}?scenario=december-2025&renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href;
        return (await fetch(href)).json() as Promise<{ name: string; start_url: string; icons: unknown[] }>;
      });
      expect(manifest).toMatchObject({ name: 'ASEAN Mediator', start_url: './' });
      expect(manifest.icons.length).toBeGreaterThan(0);
      // Ready and in control of the page, with every file cached.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);

      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await expect(fetch(url).then(() => 'up', () => 'down')).resolves.toBe('down');

      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('menu');
      await buttonNamed(page, 'New game').click();
      await buttonNamed(page, 'Begin').click();
      await buttonNamed(page, 'Continue').click();
      await expect.poll(() => screenOf(page)).toBe('acting');
      await buttonNamed(page, 'Host talks').click();
      await expect.poll(() => page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length)).toBe(1);
    } finally {
      await context.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
