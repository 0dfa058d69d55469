// Builds what the browser benchmarks load: the game and the bare Phaser baseline, both with the
// game's own vite.config.ts (same plugins, same chunking), each into its own temporary folder so
// neither touches dist/ and the baseline never ships.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';

/** The repository's root folder. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folders holding the two builds. */
export interface Builds {
  game: string;
  bare: string;
}

async function buildInto(root: string, outDir: string): Promise<void> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(PROJECT_ROOT, 'vite.config.ts'));
  if (!loaded) throw new Error('vite.config.ts could not be loaded');
  const config = loaded.config;
  // The config's entries (the game's pages, the class pages) are the game's; another root builds
  // its own index.html alone, with the same plugins and chunking.
  const input = root === PROJECT_ROOT ? config.build?.rolldownOptions?.input : join(root, 'index.html');
  await build({
    ...config,
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    // Relative to the root: the offline-worker plugin joins the root and outDir itself.
    build: { ...config.build, outDir: relative(root, outDir), emptyOutDir: true, rolldownOptions: { ...config.build?.rolldownOptions, input } },
  });
}

/** Builds the game and the baseline page into fresh temporary folders (production mode). */
export async function buildBoth(): Promise<Builds> {
  process.env['NODE_ENV'] = 'production';
  const base = mkdtempSync(join(tmpdir(), 'asean-bench-'));
  const builds = { game: join(base, 'game'), bare: join(base, 'bare') };
  await buildInto(PROJECT_ROOT, builds.game);
  await buildInto(join(PROJECT_ROOT, 'scripts', 'bench', 'bare'), builds.bare);
  return builds;
}
