// Builds what the browser benchmarks load: the game and the bare Phaser baseline, both with the
// game's own vite.config.ts (same plugins, same chunking), each into its own temporary folder so
// neither touches dist/ and the baseline never ships.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository's root folder. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folders holding the two builds. */
export interface Builds {
  game: string;
  bare: string;
}

async function buildInto(root: string, outDir: string): Promise<void> {
  await build({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    root,
    mode: 'production',
    logLevel: 'warn',
    // Relative to the root: the offline-worker plugin joins the root and outDir itself.
    build: { outDir: relative(root, outDir), emptyOutDir: true },
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
