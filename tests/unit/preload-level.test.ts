// The build links the first scenario's chunk from index.html (fetched beside the game's code), only
// there, and stops the build when that scenario is no longer built from the file it names.
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { preloadLevelPlugin } from '../../scripts/preload-level';
import { LEVEL_IDS } from '../../src/content/levels';

type Handler = (html: string, ctx: IndexHtmlTransformContext) => string;
const handler = (id: string) => (preloadLevelPlugin(id).transformIndexHtml as { handler: Handler }).handler;
const bundle = {
  'assets/chong-bok-2025-abc.js': { type: 'chunk', fileName: 'assets/chong-bok-2025-abc.js', facadeModuleId: '/repo/levels/chong-bok-2025.json' },
  'assets/i18n-th-chong-bok-2025-def.js': { type: 'chunk', fileName: 'assets/chong-bok-2025-def.js', facadeModuleId: '/repo/levels/i18n/th/chong-bok-2025.json' },
} as unknown as IndexHtmlTransformContext['bundle'];
const html = '<html><head><title>x</title></head><body></body></html>';

describe('preloading the first scenario', () => {
  it('names the scenario the menu opens with', () => {
    expect(LEVEL_IDS[0]).toBe('chong-bok-2025');
  });

  it('links its chunk from index.html, not its translations, and leaves the class pages alone', () => {
    const out = handler('chong-bok-2025')(html, { path: '/index.html', filename: 'index.html', bundle });
    expect(out).toContain('<link rel="modulepreload" crossorigin href="./assets/chong-bok-2025-abc.js" />');
    expect(out).not.toContain('def.js');
    expect(handler('chong-bok-2025')(html, { path: '/class.html', filename: 'class.html', bundle })).toBe(html);
  });

  it('leaves a page built without the scenarios alone (the bare Phaser page of the benchmark)', () => {
    const bare = { 'assets/phaser-x.js': { type: 'chunk', fileName: 'assets/phaser-x.js', facadeModuleId: '/repo/scripts/bench/bare/main.ts' } } as unknown as IndexHtmlTransformContext['bundle'];
    expect(handler('chong-bok-2025')(html, { path: '/index.html', filename: 'index.html', bundle: bare })).toBe(html);
  });

  it('stops the build when no chunk comes from that scenario file', () => {
    expect(() => handler('july-2025')(html, { path: '/index.html', filename: 'index.html', bundle })).toThrow(/levels\/july-2025\.json/);
  });
});
