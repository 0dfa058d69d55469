// Helpers for the translation checks: flatten a resource tree to dotted keys, and compare a
// language's keys with the English, allowing for the plural forms each language has.

/** A resource tree as `{ "menu.title": "…" }`. */
export function flatten(tree: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The `{{names}}` a message fills, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * Keys of `source` (English) the `target` language lacks, and keys it has that English does not.
 * A plural key needs exactly the forms `lang` uses (Intl.PluralRules: Thai and Khmer use only
 * "other").
 */
export function missingKeys(source: Record<string, string>, target: Record<string, string>, lang: string): { missing: string[]; extra: string[] } {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of Object.keys(source)) {
    const m = PLURAL.exec(key);
    if (!m) expected.add(key);
    else for (const f of forms) expected.add(key.replace(PLURAL, `_${f}`));
  }
  return {
    missing: [...expected].filter((k) => !(k in target)).sort(),
    extra: Object.keys(target).filter((k) => !expected.has(k)).sort(),
  };
}

/** Letters of each shipped script: a text in that language has some. */
export const THAI = /[\u0E00-\u0E7F]/;
export const KHMER = /[\u1780-\u17FF]/;
const LATIN = /[A-Za-z]/;

/** Letters a language's own text has (Malay and English: Latin). */
export const OWN_SCRIPT: Record<string, RegExp> = { en: LATIN, ms: LATIN, th: THAI, km: KHMER };

/** Letters that must not appear in a language's text: another shipped script. */
export const FOREIGN_SCRIPT: Record<string, RegExp> = { en: /[\u0E00-\u0E7F\u1780-\u17FF]/, ms: /[\u0E00-\u0E7F\u1780-\u17FF]/, th: KHMER, km: THAI };
