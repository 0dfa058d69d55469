// The build's check on translations: every shipped language has every key of the English text
// (in the plural forms its grammar uses), no empty message, and the same {{placeholders}} as the
// English, so no screen ever shows a key, an English fallback or a hole where a name should be.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/index';
import th from '../../src/i18n/locales/th/index';
import km from '../../src/i18n/locales/km/index';
import ms from '../../src/i18n/locales/ms/index';
import { LANGUAGES, type Lang } from '../../src/i18n/languages';
import { FOREIGN_SCRIPT, missingKeys, placeholders, flatten } from '../helpers/i18n-check';

const RESOURCES: Record<Lang, unknown> = { en, th, km, ms };

describe('interface text', () => {
  it('ships a resource for every language in the switch', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${code}: has every English key, in the plural forms ${code} uses, and nothing extra`, () => {
      const { missing, extra } = missingKeys(flatten(en), flatten(RESOURCES[code]), code);
      expect(missing, `missing in ${code}`).toEqual([]);
      expect(extra, `not in English (stale) in ${code}`).toEqual([]);
    });

    it(`${code}: no empty message, and the same placeholders as the English`, () => {
      const source = flatten(en);
      const target = flatten(RESOURCES[code]);
      const wrong: string[] = [];
      for (const [key, text] of Object.entries(target)) {
        if (text === '') wrong.push(`${key}: empty`);
        if (FOREIGN_SCRIPT[code]!.test(text)) wrong.push(`${key}: has letters of another script`);
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const english = source[key] ?? source[`${base}_other`] ?? source[base];
        if (english === undefined) continue;
        const a = placeholders(english).filter((p) => p !== 'count');
        const b = placeholders(text).filter((p) => p !== 'count');
        if (a.join() !== b.join()) wrong.push(`${key}: has {{${b.join('}}, {{')}}} where English has {{${a.join('}}, {{')}}}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the check itself notices a missing key, a missing plural form and a lost placeholder', () => {
    const source = { a: 'x {{n}}', b_one: '{{count}} b', b_other: '{{count}} bs' };
    expect(missingKeys(source, { b_other: 'y' }, 'th').missing).toEqual(['a']);
    expect(missingKeys(source, { a: 'y {{n}}', b_other: 'z' }, 'th')).toEqual({ missing: [], extra: [] });
    expect(missingKeys(source, { a: 'y {{n}}', b_one: 'z' }, 'en').missing).toEqual(['b_other']);
    expect(placeholders('a {{x}} b {{ y }}')).toEqual(['x', 'y']);
  });
});

describe('keys built at run time', () => {
  it('every lever (and tabling a package) has a name and a description in English', async () => {
    const { ACTIONS } = await import('../../src/sim/catalog');
    const keys = flatten(en);
    for (const type of [...ACTIONS.map((a) => a.type), 'propose']) {
      expect(keys[`common.lever.${type}.label`], type).toBeTruthy();
      expect(keys[`common.lever.${type}.description`], type).toBeTruthy();
    }
  });
});

describe('the sim’s messages', () => {
  it('every message key the sim names exists in the English text', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const keys = flatten(en);
    const dir = new URL('../../src/sim/', import.meta.url);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const named = new Set<string>();
    for (const f of files) {
      const text = await readFile(new URL(f, dir), 'utf8');
      for (const m of text.matchAll(/['`](sim\.[A-Za-z.]+?)(\.\$\{[^}]+\})?['`]/g)) {
        if (m[2]) for (const k of Object.keys(keys).filter((k) => k.startsWith(`${m[1]}.`))) named.add(k);
        else named.add(m[1]!);
      }
    }
    expect(named.size).toBeGreaterThan(30);
    expect([...named].filter((k) => !(k in keys))).toEqual([]);
  });
});
