// The scenario the menu opens with is fetched by the page's script once that script has run, which
// puts its download after the first chunks instead of beside them. This build plugin adds a
// <link rel="modulepreload"> for that scenario's chunk to index.html, so the browser fetches it in
// parallel with the game's own code and the menu is ready sooner. A deep link to another scenario
// still loads its own.
import type { Plugin } from 'vite';

/**
 * Preloads the chunk built from `levels/<id>.json` in index.html.
 * @param id the scenario the menu loads first (the first of `LEVEL_IDS` in src/content/levels.ts)
 */
export function preloadLevelPlugin(id: string): Plugin {
  const source = `/levels/${id}.json`;
  return {
    name: 'asean-preload-level',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(^|\/)index\.html$/.test(ctx.path)) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        // A page built without the game's scenarios (the benchmark's bare Phaser page) is left alone.
        if (!chunks.some((c) => /\/levels\/[^/]+\.json$/.test(c.facadeModuleId ?? ''))) return html;
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(source));
        // A renamed or moved scenario must not silently lose its preload (or preload another file).
        if (!chunk) throw new Error(`preload-level: no chunk built from levels/${id}.json (is it still the first scenario?)`);
        return html.replace(/<\/head>/i, `  <link rel="modulepreload" crossorigin href="./${chunk.fileName}" />\n  </head>`);
      },
    },
  };
}
