// The solo game's offline cache must not carry the class pages: a student who plays alone never
// needs the Colyseus client or the teacher console offline. This build plugin reads the bundle
// graph and records the files only the class pages reach, so the worker's precache list can leave
// them out (see vite.config.ts).
import type { Plugin, Rollup } from 'vite';

/** The class pages' own HTML files, never precached for the solo game. */
export const CLASS_PAGES = ['class.html', 'teacher.html'];

/**
 * Chunks (and their CSS) that only the class pages reach: everything reachable from an entry other
 * than index.html and not from index.html.
 */
export function classOnlyFiles(bundle: Rollup.OutputBundle): Set<string> {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const reach = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const c = byFile.get(f);
      if (!c) continue;
      for (const css of c.viteMetadata?.importedCss ?? []) seen.add(css);
      stack.push(...c.imports, ...c.dynamicImports);
    }
    return seen;
  };
  const solo = reach(chunks.filter((c) => c.isEntry && c.name === 'index').map((c) => c.fileName));
  const other = reach(chunks.filter((c) => c.isEntry && c.name !== 'index').map((c) => c.fileName));
  return new Set([...other].filter((f) => !solo.has(f)));
}

/**
 * Vite plugin that fills `into` with the class-only files of each build, before the worker's
 * precache list is written.
 */
export function classOnlyPlugin(into: Set<string>): Plugin {
  return {
    name: 'asean-class-only-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      into.clear();
      for (const f of classOnlyFiles(bundle)) into.add(f);
    },
  };
}
