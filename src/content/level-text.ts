// A level's words, apart from its numbers: every string a player reads, as a flat map from a stable
// path to the text. Translations are maps of the same shape (levels/i18n/<lang>/<level>.json), so a
// translator sees only words, and a check can list any path a language is missing.

import type { Level } from '../sim/level';

/** Path → text, e.g. `"issues.scope.options.local.label": "One sector only"`. */
export type LevelText = Record<string, string>;

type Node = Record<string, unknown>;

/** Fields of items that are read by players, per list; lists keyed by `id` use it in the path. */
const LISTS = {
  glossary: { key: null, fields: ['term', 'definition'] },
  actors: { key: 'id', fields: ['name', 'role'] },
  hints: { key: null, fields: ['text'] },
  briefing: { key: null, fields: ['text'] },
  debrief: { key: null, fields: ['text'] },
  incidents: { key: 'id', fields: ['text', 'softText'] },
  sites: { key: 'id', fields: ['name'] },
} as const;

const TOP = ['title', 'summary', 'contentNote', 'roundLabel'] as const;

function visit(level: Level, fn: (path: string, holder: Node, field: string) => void): void {
  const root = level as unknown as Node;
  for (const f of TOP) if (typeof root[f] === 'string') fn(f, root, f);
  for (const [list, spec] of Object.entries(LISTS)) {
    const items = root[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: Node, n) => {
      const at = spec.key ? `${list}.${String(item[spec.key])}` : `${list}[${n}]`;
      for (const f of spec.fields) if (typeof item[f] === 'string') fn(`${at}.${f}`, item, f);
    });
  }
  for (const side of Object.keys(level.sides)) {
    const s = (level.sides as unknown as Record<string, Node>)[side]!;
    for (const f of ['name', 'capital']) if (typeof s[f] === 'string') fn(`sides.${side}.${f}`, s, f);
  }
  for (const issue of level.issues as unknown as Node[]) {
    const at = `issues.${String(issue['id'])}`;
    for (const f of ['label', 'help']) if (typeof issue[f] === 'string') fn(`${at}.${f}`, issue, f);
    for (const option of (issue['options'] as Node[] | undefined) ?? []) {
      for (const f of ['label', 'help']) if (typeof option[f] === 'string') fn(`${at}.options.${String(option['id'])}.${f}`, option, f);
    }
  }
}

/** Every player-facing string of a level, by stable path. */
export function extractText(level: Level): LevelText {
  const out: LevelText = {};
  visit(level, (path, holder, field) => { out[path] = holder[field] as string; });
  return out;
}

/**
 * The level with its words replaced by `text` where a translation exists (a fresh object; the
 * original is untouched). Paths the translation lacks keep the source words.
 */
export function applyText(level: Level, text: LevelText): Level {
  const copy = structuredClone(level);
  visit(copy, (path, holder, field) => {
    const t = text[path];
    if (typeof t === 'string' && t.trim() !== '') holder[field] = t;
  });
  return copy;
}

/** Paths of the source a translation lacks, and paths it has that the source does not. */
export function compareText(source: LevelText, translation: LevelText): { missing: string[]; extra: string[] } {
  return {
    missing: Object.keys(source).filter((p) => typeof translation[p] !== 'string' || translation[p]!.trim() === ''),
    extra: Object.keys(translation).filter((p) => !(p in source)),
  };
}
