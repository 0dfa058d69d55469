// Where the DOM layer may keep state: the UI store (src/ui/store.ts) beside the view model, and
// the nodes lit keeps in the page. This reads src/ui's sources and fails on the two habits that
// made screens forget things on every snapshot: replacing the whole screen's children, and UI
// state in module variables. Four module variables are not UI state and are named here: the id
// counter for label wiring (dom.ts), the lazily opened storage handle (preferences.ts), the
// memo of softened games, derived data kept so a snapshot's game keeps its identity (sensitivity.ts),
// and the play screens' code once fetched, with its fetch under way (play-screens-load.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname, '..', '..', 'src', 'ui');
const NOT_UI_STATE: Record<string, string[]> = { 'dom.ts': ['next'], 'preferences.ts': ['store'], 'sensitivity.ts': ['softened'],
  'play-screens-load.ts': ['loaded', 'pending'] };

function sources(dir: string, base = ''): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(join(dir, e.name), rel);
    return e.name.endsWith('.ts') ? [{ path: rel, text: readFileSync(join(dir, e.name), 'utf8') }] : [];
  });
}

describe('state in the DOM layer', () => {
  it('never replaces the children of the screen root', () => {
    const mount = readFileSync(join(UI, 'mount.ts'), 'utf8');
    expect(mount).not.toMatch(/root\.replaceChildren|root\.innerHTML/);
    for (const { path, text } of sources(UI)) expect(text, path).not.toMatch(/\broot\.replaceChildren\(/);
  });

  it('keeps no UI state in module variables', () => {
    const found: string[] = [];
    for (const { path, text } of sources(UI)) {
      for (const m of text.matchAll(/^(?:export )?(?:let|var) (\w+)/gm)) {
        if (!(NOT_UI_STATE[path] ?? []).includes(m[1]!)) found.push(`${path}: ${m[1]}`);
      }
      // A module-level Map or Set that code fills is state too (read-only lookup tables are `as const` objects).
      for (const m of text.matchAll(/^const (\w+)\s*=\s*new (?:Map|Set|WeakMap)\b/gm)) {
        if (!(NOT_UI_STATE[path] ?? []).includes(m[1]!)) found.push(`${path}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
