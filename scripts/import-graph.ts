// The import graph of a source tree, checked for the two shapes the architecture forbids: a circle
// of files that import each other, and two top-level folders that import each other. Type-only
// imports count too (a circle of types is still a circle to a reader). Run it as
// `npx tsx scripts/import-graph.ts [dir]` (default `src`); tests/unit/import-graph.test.ts runs it
// on src/ and on a fixture with a circle made on purpose.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Each file (relative to the root, with `/`) and the files of the same tree it imports. */
export type ImportGraph = Map<string, string[]>;

/** Every .ts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names (`./x` → `x.ts` or `x/index.ts`), or null if outside TypeScript. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (/\.ts$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Reads the imports (static, re-exports, dynamic `import()`, type-only) of every file under `root`. */
export function importGraph(root: string): ImportGraph {
  const abs = resolve(root);
  const name = (path: string) => relative(abs, path).split(sep).join('/');
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(abs)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => resolveImport(file, f.fileName))
      .filter((p): p is string => p !== null && p.startsWith(abs + sep))
      .map(name);
    graph.set(name(file), [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * Every circle of imports, one per strongly connected group of files (Tarjan), each given as one
 * concrete loop `a → b → … → a` so a reader can follow it.
 */
export function fileCircles(graph: ImportGraph): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v);
  return groups.map((group) => loopThrough(graph, new Set(group)));
}

/** One loop inside a strongly connected group, from its first file (by name) back to it. */
function loopThrough(graph: ImportGraph, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0]!;
  // Breadth-first from start's imports back to start, inside the group: the shortest loop.
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const loop = [v];
        for (let u = v; u !== start; ) loop.unshift((u = prev.get(u)!));
        return [...loop, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The top-level folder of a file (`sim/game.ts` → `sim`; a file at the root stands for itself). */
export function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
}

/** Pairs of top-level folders that import each other, each with one import in each direction. */
export function folderCircles(graph: ImportGraph): Array<{ folders: [string, string]; examples: [string, string] }> {
  const edge = new Map<string, string>();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (a !== b && !edge.has(`${a}>${b}`)) edge.set(`${a}>${b}`, `${from} → ${to}`);
    }
  }
  const out: Array<{ folders: [string, string]; examples: [string, string] }> = [];
  for (const [key, example] of [...edge].sort()) {
    const [a, b] = key.split('>') as [string, string];
    const back = edge.get(`${b}>${a}`);
    if (back && a < b) out.push({ folders: [a, b], examples: [example, back] });
  }
  return out;
}

/** The problems of the tree under `root`, one readable line each (empty when there are none). */
export function importProblems(root: string): string[] {
  const graph = importGraph(root);
  return [
    ...fileCircles(graph).map((loop) => `import circle: ${loop.join(' → ')}`),
    ...folderCircles(graph).map(({ folders, examples }) => `folders ${folders[0]}/ and ${folders[1]}/ import each other: ${examples[0]}; ${examples[1]}`),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const root = process.argv[2] ?? 'src';
  const problems = importProblems(root);
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? `${root}: no import circles` : `${root}: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
