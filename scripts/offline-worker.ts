// Writes dist/sw.js after a build: a small service worker that precaches every file of the build
// (listed at build time, versioned by a hash of their contents) and answers from that cache first,
// so the installed game plays with no network. Same-origin GET requests only; nothing else.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

/**
 * Chunks (and their CSS) that only the class pages reach: everything reachable from an entry other
 * than index.html and not from index.html. A solo player never needs them offline.
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

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The worker's source for these files (relative to the worker) and cache version. */
export function workerSource(files: readonly string[], version: string): string {
  return `// Generated at build time by scripts/offline-worker.ts: precache the whole game, serve it offline.
const CACHE = 'asean-mediator-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('asean-mediator-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith(caches.open(CACHE).then(async (c) =>
    (await c.match(req, { ignoreSearch: true })) ??
    (req.mode === 'navigate' ? await c.match('./index.html') : undefined) ??
    fetch(req)));
});
`;
}

/** Vite plugin: after the build is written, list dist/ and write dist/sw.js. */
export function offlineWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  let classOnly = new Set<string>();
  return {
    name: 'asean-offline-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle(_options, bundle) {
      classOnly = classOnlyFiles(bundle);
    },
    closeBundle() {
      const dir = resolve(config.root, config.build.outDir);
      const files = listFiles(dir).filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !classOnly.has(f) && !/^(class|teacher)\.html$/.test(f));
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
      writeFileSync(join(dir, 'sw.js'), workerSource(files, hash.digest('hex').slice(0, 12)));
    },
  };
}
