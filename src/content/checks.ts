// The concept checks: which set a scenario asks (each shipped scenario its own; an open crisis or a
// teacher's scenario the general set), validation with located errors, and the set's words in the
// player's language laid over the English (missing words stay in English). The files are loaded
// only when a check is shown or exported, never with the first screen.

import type { Lang } from '../i18n/languages';
import { issueLines } from './messages';
import { checkSetSchema, checkTextSchema, type CheckSet, type CheckText } from './check-schema';
import { CHECK_SET_IDS, GENERAL_SET, checkSetFor, type CheckSetId } from './check-ids';

export { CHECK_SET_IDS, GENERAL_SET, checkSetFor };

// Keyed by every shipped id, and only those (the compiler holds this to check-ids.ts).
const SETS: Record<CheckSetId, () => Promise<{ default: unknown }>> = {
  'chong-bok-2025': () => import('../../levels/checks/chong-bok-2025.json'),
  'july-2025': () => import('../../levels/checks/july-2025.json'),
  'august-2025': () => import('../../levels/checks/august-2025.json'),
  'october-2025': () => import('../../levels/checks/october-2025.json'),
  'december-2025': () => import('../../levels/checks/december-2025.json'),
  general: () => import('../../levels/checks/general.json'),
};

// One loader per language and set, so the build splits them into files fetched on demand.
const TEXTS: Record<string, () => Promise<{ default: unknown }>> = {
  'th/chong-bok-2025': () => import('../../levels/i18n/th/checks/chong-bok-2025.json'),
  'th/july-2025': () => import('../../levels/i18n/th/checks/july-2025.json'),
  'th/august-2025': () => import('../../levels/i18n/th/checks/august-2025.json'),
  'th/october-2025': () => import('../../levels/i18n/th/checks/october-2025.json'),
  'th/december-2025': () => import('../../levels/i18n/th/checks/december-2025.json'),
  'th/general': () => import('../../levels/i18n/th/checks/general.json'),
  'km/chong-bok-2025': () => import('../../levels/i18n/km/checks/chong-bok-2025.json'),
  'km/july-2025': () => import('../../levels/i18n/km/checks/july-2025.json'),
  'km/august-2025': () => import('../../levels/i18n/km/checks/august-2025.json'),
  'km/october-2025': () => import('../../levels/i18n/km/checks/october-2025.json'),
  'km/december-2025': () => import('../../levels/i18n/km/checks/december-2025.json'),
  'km/general': () => import('../../levels/i18n/km/checks/general.json'),
  'ms/chong-bok-2025': () => import('../../levels/i18n/ms/checks/chong-bok-2025.json'),
  'ms/july-2025': () => import('../../levels/i18n/ms/checks/july-2025.json'),
  'ms/august-2025': () => import('../../levels/i18n/ms/checks/august-2025.json'),
  'ms/october-2025': () => import('../../levels/i18n/ms/checks/october-2025.json'),
  'ms/december-2025': () => import('../../levels/i18n/ms/checks/december-2025.json'),
  'ms/general': () => import('../../levels/i18n/ms/checks/general.json'),
};


/** A check result: the value, or one `file: path: message` line per problem. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates a parsed concept-check file; `file` names it in every error line. */
export function validateCheckSet(file: string, data: unknown): CheckResult<CheckSet> {
  const parsed = checkSetSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const budget = { left: 0 };
  return { ok: false, errors: [...new Set(parsed.error.issues.flatMap((i) => issueLines(i, data, budget)))].map((l) => `${file}: ${l}`) };
}

/**
 * Validates a parsed translation of `set`: its own shape, and that it names only the set's
 * questions and options (a misspelt id would otherwise be ignored without a word).
 */
export function validateCheckText(file: string, data: unknown, set: CheckSet): CheckResult<CheckText> {
  const parsed = checkTextSchema.safeParse(data);
  if (!parsed.success) {
    const budget = { left: 0 };
    return { ok: false, errors: [...new Set(parsed.error.issues.flatMap((i) => issueLines(i, data, budget)))].map((l) => `${file}: ${l}`) };
  }
  const errors: string[] = [];
  for (const [qid, words] of Object.entries(parsed.data.questions)) {
    const q = set.questions.find((x) => x.id === qid);
    if (!q) {
      errors.push(`${file}: questions.${qid}: no question "${qid}" in set "${set.id}" (expected one of: ${set.questions.map((x) => x.id).join(', ')})`);
      continue;
    }
    for (const oid of Object.keys(words.options)) {
      if (!q.options.some((o) => o.id === oid)) errors.push(`${file}: questions.${qid}.options.${oid}: no option "${oid}" in this question (expected one of: ${q.options.map((o) => o.id).join(', ')})`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** The set's words replaced by a translation's where it has them. */
export function applyCheckText(set: CheckSet, text: CheckText | null): CheckSet {
  if (!text) return set;
  return {
    ...set,
    questions: set.questions.map((q) => {
      const w = text.questions[q.id];
      if (!w) return q;
      return { ...q, prompt: w.prompt, explanation: w.explanation, options: q.options.map((o) => ({ ...o, text: w.options[o.id] ?? o.text })) };
    }),
  };
}

const cache = new Map<string, Promise<CheckSet | null>>();
const ready = new Map<string, CheckSet | null>();

/** The check for a scenario in `lang` if it has already loaded (null: it could not be), else undefined. */
export function peekCheck(levelId: string, lang: Lang): CheckSet | null | undefined {
  return ready.get(`${lang}/${checkSetFor(levelId)}`);
}

async function loadSet(setId: string): Promise<CheckSet | null> {
  const load = (SETS as Record<string, (typeof SETS)[CheckSetId] | undefined>)[setId];
  if (!load) return null;
  const r = validateCheckSet(`levels/checks/${setId}.json`, (await load()).default);
  return r.ok ? r.value : null;
}

/**
 * The concept check for a scenario in `lang`, or null when its file cannot be read (the check is
 * then not offered). Never rejects; a translation that is missing or invalid leaves English.
 */
export function loadCheck(levelId: string, lang: Lang): Promise<CheckSet | null> {
  const setId = checkSetFor(levelId);
  const key = `${lang}/${setId}`;
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      try {
        const set = await loadSet(setId);
        if (!set || lang === 'en') return set;
        const loader = TEXTS[`${lang}/${setId}`];
        if (!loader) return set;
        const r = validateCheckText(`levels/i18n/${lang}/checks/${setId}.json`, (await loader()).default, set);
        return applyCheckText(set, r.ok ? r.value : null);
      } catch {
        return null;
      }
    })().then((set) => {
      ready.set(key, set);
      return set;
    });
    cache.set(key, p);
  }
  return p;
}
