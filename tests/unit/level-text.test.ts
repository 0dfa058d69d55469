// Scenario text in Thai and Khmer: every shipped level has every player-facing string translated
// in every language (and nothing stale), placeholders survive, and laying a translation over a
// level changes its words only, never a number, an id or a rule.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LEVEL_IDS } from '../../src/content/levels';
import { applyText, compareText, extractText, type LevelText } from '../../src/content/level-text';
import { loadLevelText, localizeLevel } from '../../src/content/level-i18n';
import { validateLevel } from '../../src/content/validate';
import { LANGUAGES } from '../../src/i18n/languages';
import { createGame } from '../../src/sim/game';
import { playOut, sensible } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';
import { FOREIGN_SCRIPT, OWN_SCRIPT, THAI } from '../helpers/i18n-check';

const SHIPPED = LEVEL_IDS.filter((id) => !id.startsWith('open-crisis'));
const OTHERS = LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code);
const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of SHIPPED) levels.set(id, await shippedLevel(id));
});

async function translation(lang: string, id: string): Promise<LevelText> {
  return JSON.parse(await readFile(new URL(`../../levels/i18n/${lang}/${id}.json`, import.meta.url), 'utf8')) as LevelText;
}

/** The level with every string blanked: what must not change when words change. */
function numbersOnly(level: Level): string {
  return JSON.stringify(level, (_k, v: unknown) => (typeof v === 'string' ? '' : v));
}

describe('scenario translations', () => {
  for (const lang of OTHERS) {
    for (const id of SHIPPED) {
      it(`${lang}/${id}: every string translated, nothing stale, placeholders kept`, async () => {
        const source = extractText(levels.get(id)!);
        const tr = await translation(lang, id);
        expect(compareText(source, tr)).toEqual({ missing: [], extra: [] });
        for (const [path, english] of Object.entries(source)) {
          for (const ph of ['{victim}', '{other}']) {
            if (english.includes(ph)) expect(tr[path], `${path} keeps ${ph}`).toContain(ph);
          }
        }
        const foreign = FOREIGN_SCRIPT[lang]!;
        const own = OWN_SCRIPT[lang]!;
        expect(Object.entries(tr).filter(([, v]) => foreign.test(v)).map(([p]) => p), 'the other script slipped in').toEqual([]);
        expect(Object.values(tr).filter((v) => own.test(v)).length / Object.keys(tr).length).toBeGreaterThan(0.9);
        const untranslated = Object.entries(source).filter(([p, e]) => e.length > 25 && tr[p] === e).map(([p]) => p);
        expect(untranslated, 'long strings left in English').toEqual([]);
      });
    }
  }

  it('hints name buttons exactly as the interface labels them, in every language', async () => {
    const { default: en } = await import('../../src/i18n/locales/en/index');
    const { default: th } = await import('../../src/i18n/locales/th/index');
    const { default: km } = await import('../../src/i18n/locales/km/index');
    const { flatten } = await import('../helpers/i18n-check');
    const { default: ms } = await import('../../src/i18n/locales/ms/index');
    const ui: Record<string, Set<string>> = { en: new Set(Object.values(flatten(en))), th: new Set(Object.values(flatten(th))), km: new Set(Object.values(flatten(km))), ms: new Set(Object.values(flatten(ms))) };
    const wrong: string[] = [];
    for (const id of SHIPPED) {
      const texts: Record<string, LevelText> = { en: extractText(levels.get(id)!) };
      for (const lang of OTHERS) texts[lang] = await translation(lang, id);
      for (const [lang, text] of Object.entries(texts)) {
        for (const [path, words] of Object.entries(text)) {
          if (!path.startsWith('hints')) continue;
          for (const m of words.matchAll(/[“«]([^”»]+)[”»]/g)) if (!ui[lang]!.has(m[1]!)) wrong.push(`${lang}/${id} ${path}: “${m[1]}”`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a translated level is still valid, with the same numbers, and plays the same game', async () => {
    const level = levels.get('december-2025')!;
    for (const lang of OTHERS) {
      const local = applyText(level, await translation(lang, 'december-2025'));
      expect(local.title).not.toBe(level.title);
      expect(numbersOnly(local)).toBe(numbersOnly(level));
      const valid = validateLevel(`levels/i18n/${lang}/december-2025.json`, local);
      expect(valid.ok ? [] : valid.errors).toEqual([]);
      const a = playOut(level, createGame(level, { seed: 3 }), sensible);
      const b = playOut(local, createGame(local, { seed: 3 }), sensible);
      expect(b).toEqual(a);
    }
  });

  it('leaves the source words where a translation lacks a path, and the original untouched', () => {
    const level = levels.get('july-2025')!;
    const before = JSON.stringify(level);
    const local = applyText(level, { title: 'ชื่อ', 'issues.scope.label': '' });
    expect(local.title).toBe('ชื่อ');
    expect(local.issues).toEqual(level.issues);
    expect(JSON.stringify(level)).toBe(before);
  });

  it('localizes an invented crisis: template words for shared parts, its own notes re-worded', async () => {
    const { loadLevel } = await import('../../src/content/levels');
    const r = await loadLevel('open-crisis-7');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(await loadLevelText(r.level.id, 'th')).toBe(true);
    const th = localizeLevel(r.level, 'th');
    expect(th).toBe(localizeLevel(r.level, 'th'));
    expect(th.title).toMatch(/7/);
    expect(th.title).not.toBe(r.level.title);
    expect(th.briefing.map((f) => f.text).join(' ')).toMatch(THAI);
    expect(th.issues.map((i) => i.id)).toEqual(r.level.issues.map((i) => i.id));
    expect(numbersOnly(th)).toBe(numbersOnly(r.level));
    expect(localizeLevel(r.level, 'en')).toBe(r.level);
  });
});

describe('an invented crisis after its template was read in the same language', () => {
  it('is not kept in English when it is drawn before its generator has loaded', async () => {
    vi.resetModules();
    const i18n = await import('../../src/content/level-i18n');
    const { loadLevel } = await import('../../src/content/levels');
    // December's Thai words are in (a December game was played in Thai) ...
    expect(await i18n.loadLevelText('december-2025', 'th')).toBe(true);
    const r = await loadLevel('open-crisis-3');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    // ... so the crisis, drawn at once, may be English until its own words are loaded,
    i18n.localizeLevel(r.level, 'th');
    expect(await i18n.loadLevelText(r.level.id, 'th')).toBe(true);
    // but then it is Thai.
    expect(i18n.localizeLevel(r.level, 'th').briefing.map((f) => f.text).join(' ')).toMatch(THAI);
  });
});
