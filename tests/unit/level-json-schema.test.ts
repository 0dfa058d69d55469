// levels/schema.json gives editors completion in scenario files; it is generated from the zod
// schema, so a change to the schema without `npm run build:schema` must fail here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelJsonSchemaText, SCHEMA_FILE } from '../../src/content/json-schema';
import { loadLevelFromText } from '../../src/content/level-file';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

describe('levels/schema.json', () => {
  it('is up to date with the zod schema (run `npm run build:schema` if not)', () => {
    expect(read(SCHEMA_FILE)).toBe(levelJsonSchemaText());
  });

  it('describes every top-level field and the new optional ones', () => {
    const schema = JSON.parse(read(SCHEMA_FILE)) as { properties: Record<string, unknown>; required: string[] };
    for (const key of ['$schema', 'minutes', 'contentNote', 'glossary', 'hints', 'levers', 'unlocks']) {
      expect(Object.keys(schema.properties)).toContain(key);
      expect(schema.required).not.toContain(key);
    }
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'rounds', 'issues', 'sides']));
  });

  it('is named by every shipped level, and the validator accepts the key', () => {
    const files = readdirSync(new URL('levels/', ROOT)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = read(`levels/${f}`);
      expect((JSON.parse(text) as Record<string, unknown>)['$schema'], f).toBe('./schema.json');
      const result = loadLevelFromText(`levels/${f}`, text);
      expect(result.ok ? Object.keys(result.level) : result.errors, f).not.toContain('$schema');
    }
  });
});
