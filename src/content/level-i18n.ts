// Scenario text in the player's language. The machines and the sim always hold the English level
// (numbers and ids are the same in every language, so saves replay anywhere); the views draw a copy
// with the words of the chosen language laid over it, from levels/i18n/<lang>/<id>.json.

import type { Level } from '../sim/level';
import type { CrisisWords } from '../sim/generate';
import type { Lang } from '../i18n/languages';
import { loadLanguage, tIn } from '../i18n/i18n';
import { listText, numberText } from '../i18n/intl';
import { applyText, type LevelText } from './level-text';

type Loader = () => Promise<{ default: LevelText }>;

const TEXT: Record<Exclude<Lang, 'en'>, Record<string, Loader>> = {
  th: {
    'chong-bok-2025': () => import('../../levels/i18n/th/chong-bok-2025.json'),
    'july-2025': () => import('../../levels/i18n/th/july-2025.json'),
    'august-2025': () => import('../../levels/i18n/th/august-2025.json'),
    'october-2025': () => import('../../levels/i18n/th/october-2025.json'),
    'december-2025': () => import('../../levels/i18n/th/december-2025.json'),
  },
  km: {
    'chong-bok-2025': () => import('../../levels/i18n/km/chong-bok-2025.json'),
    'july-2025': () => import('../../levels/i18n/km/july-2025.json'),
    'august-2025': () => import('../../levels/i18n/km/august-2025.json'),
    'october-2025': () => import('../../levels/i18n/km/october-2025.json'),
    'december-2025': () => import('../../levels/i18n/km/december-2025.json'),
  },
  ms: {
    'chong-bok-2025': () => import('../../levels/i18n/ms/chong-bok-2025.json'),
    'july-2025': () => import('../../levels/i18n/ms/july-2025.json'),
    'august-2025': () => import('../../levels/i18n/ms/august-2025.json'),
    'october-2025': () => import('../../levels/i18n/ms/october-2025.json'),
    'december-2025': () => import('../../levels/i18n/ms/december-2025.json'),
  },
};

/** The level whose words an invented crisis borrows. */
export const CRISIS_TEMPLATE = 'december-2025';
const CRISIS = /^open-crisis(?:-(\d{1,9}))?$/;

const loaded = new Map<string, LevelText | null>();
/** The crisis generator (sim/generate.ts), loaded with an invented crisis's words: the menu needs none of it. */
let generator: typeof import('../sim/generate') | null = null;
const localized = new WeakMap<Level, Map<Lang, Level>>();

/** The id of the file that holds a level's words (an invented crisis uses its template's). */
export function textSource(id: string): string {
  return CRISIS.test(id) ? CRISIS_TEMPLATE : id;
}

/**
 * Loads the words of level `id` in `lang` (once); resolves to whether a translation exists.
 * Never rejects: a missing or unreadable file leaves the level in English.
 */
export async function loadLevelText(id: string, lang: Lang): Promise<boolean> {
  if (lang === 'en') return true;
  await loadLanguage(lang);
  const source = textSource(id);
  const key = `${lang}/${source}`;
  if (CRISIS.test(id) && !generator) {
    try {
      generator = await import('../sim/generate');
    } catch {
      return false;
    }
  }
  if (!loaded.has(key)) {
    const loader = TEXT[lang][source];
    try {
      loaded.set(key, loader ? (await loader()).default : null);
    } catch {
      loaded.set(key, null);
    }
  }
  return loaded.get(key) !== null;
}

/** Words of an invented crisis in `lang`, with issue labels and the template title from `level`. */
export function crisisWords(level: Level, lang: Lang): CrisisWords {
  return (key, args) => {
    const vars: Record<string, string | number> = { ...args };
    if (typeof args['issues'] === 'string') {
      const labels = args['issues'].split(',').map((id) => level.issues.find((i) => i.id === id)?.label ?? id);
      vars['issues'] = listText(labels, lang);
    }
    if (typeof args['intensityPct'] === 'number') {
      vars['intensityPct'] = numberText(args['intensityPct'], { style: 'percent', maximumFractionDigits: 0 }, lang);
    }
    return tIn(lang, `sim.crisis.${key}`, vars);
  };
}

/** The title of open crisis number `n` (the first one, asked for by its short id, has no number). */
export function crisisTitle(id: string, lang: Lang): string {
  const n = Number(CRISIS.exec(id)?.[1] ?? 1);
  return id === 'open-crisis' && n === 1 ? tIn(lang, 'sim.crisis.title') : tIn(lang, 'sim.crisis.titleNumbered', { n });
}

const CRISIS_OWN = /^(title|summary|briefing|debrief|hints)\b/;

function overlay(level: Level, lang: Lang): Level {
  const text = loaded.get(`${lang}/${textSource(level.id)}`);
  const crisis = CRISIS.exec(level.id);
  if (!text) return level;
  if (!crisis) return applyText(level, text);
  // Loaded with the words of an invented crisis (loadLevelText); until then, the English.
  if (!generator) return level;
  // An invented crisis: the template's words for shared parts, its own words generated again.
  const shared = applyText(level, Object.fromEntries(Object.entries(text).filter(([p]) => !CRISIS_OWN.test(p))));
  const seed = Number(crisis[1] ?? 1);
  const words = crisisWords(shared, lang);
  const template = { ...shared, title: text['title'] ?? level.title };
  const notes = generator.crisisNotes(template, seed, level.issues.map((i) => i.id), level.world.intensity, words);
  return { ...shared, title: crisisTitle(level.id, lang), summary: words('summary', { seed }), ...notes };
}

/**
 * The level in `lang` (words loaded by `loadLevelText` laid over the English), or the level itself
 * when the language is English or its words are not loaded. The same level and language always
 * give the same object, so views that redraw on a new level stay quiet.
 */
export function localizeLevel(level: Level, lang: Lang): Level {
  if (lang === 'en') return level;
  let byLang = localized.get(level);
  if (!byLang) localized.set(level, (byLang = new Map()));
  let out = byLang.get(lang);
  if (!out) {
    out = overlay(level, lang);
    // Kept once its words are in (for an invented crisis, the generator too), so it never sticks in English.
    if (loaded.has(`${lang}/${textSource(level.id)}`) && (generator || !CRISIS.test(level.id))) byLang.set(lang, out);
  }
  return out;
}
