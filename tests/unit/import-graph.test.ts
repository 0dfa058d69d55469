// No circle of imports anywhere in src/, and no two top-level folders of src/ that import each
// other. The same check is shown to fail on a small tree made with a circle on purpose.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileCircles, folderCircles, importGraph, importProblems } from '../../scripts/import-graph';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway source tree with the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import graph of src/', () => {
  it('has no circle of files and no two folders importing each other', () => {
    expect(importProblems('src')).toEqual([]);
  });

  it('sees the imports it checks (the sim, the machines, dynamic imports of the engine and the map)', () => {
    const graph = importGraph('src');
    expect(graph.get('sim/game.ts')).toContain('sim/end-round.ts');
    expect(graph.get('machines/round.ts')).toContain('machines/engine-load.ts');
    expect(graph.get('machines/engine-load.ts')).toContain('sim/engine.ts');
    expect(graph.get('sim/engine.ts')).toContain('sim/game.ts');
    expect(graph.get('view/map-adapter.ts')).toContain('view/game-view.ts');
  });
});

describe('the check itself', () => {
  it('fails on a circle of files made on purpose, and names the loop', () => {
    const root = tree({
      'sim/a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'sim/b.ts': "import type { C } from './c';\nexport const b = (): C | null => null;\n",
      'sim/c.ts': "export type C = number;\nexport { a } from './a';\n",
      'sim/ok.ts': "export const ok = 1;\n",
    });
    expect(fileCircles(importGraph(root))).toEqual([['sim/a.ts', 'sim/b.ts', 'sim/c.ts', 'sim/a.ts']]);
    expect(importProblems(root)).toEqual(['import circle: sim/a.ts → sim/b.ts → sim/c.ts → sim/a.ts']);
  });

  it('fails on two folders importing each other even without a file circle', () => {
    const root = tree({
      'platform/export.ts': "import { say } from '../ui/say';\nexport const x = say;\n",
      'ui/say.ts': 'export const say = 1;\n',
      'ui/hotseat.ts': "import { other } from '../platform/other';\nexport const y = other;\n",
      'platform/other.ts': 'export const other = 2;\n',
    });
    expect(fileCircles(importGraph(root))).toEqual([]);
    expect(folderCircles(importGraph(root))).toEqual([
      { folders: ['platform', 'ui'], examples: ['platform/export.ts → ui/say.ts', 'ui/hotseat.ts → platform/other.ts'] },
    ]);
  });

  it('counts a dynamic import and a file importing itself', () => {
    const root = tree({
      'a.ts': "export const load = () => import('./b');\n",
      'b.ts': "import { load } from './a';\nexport const again = load;\n",
      'self.ts': "import * as me from './self';\nexport const x = me;\n",
    });
    expect(fileCircles(importGraph(root))).toEqual([['a.ts', 'b.ts', 'a.ts'], ['self.ts', 'self.ts']]);
  });
});
