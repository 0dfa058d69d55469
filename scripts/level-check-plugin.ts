// Checks every shipped scenario (levels/*.json) against the level schema when the game is built,
// and stops the build with the located problems if one fails. The page then trusts the files it
// ships (see src/content/levels.ts) and does not download the schema library to check them again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadLevelFromText } from '../src/content/level-file';

/** Vite plugin: validate levels/*.json at the start of a build. */
export function levelCheckPlugin(levelsDir: string): Plugin {
  return {
    name: 'asean-level-check',
    apply: 'build',
    buildStart() {
      const problems: string[] = [];
      for (const name of readdirSync(levelsDir).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort()) {
        const result = loadLevelFromText(`levels/${name}`, readFileSync(join(levelsDir, name), 'utf8'));
        if (!result.ok) problems.push(...result.errors);
      }
      if (problems.length > 0) this.error(`shipped scenarios failed their check:\n${problems.join('\n')}`);
    },
  };
}
