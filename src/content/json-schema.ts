// The JSON Schema of a scenario file, generated from the zod schema so the two never disagree.
// Editors (VS Code and others) read it through a level's `"$schema": "./schema.json"` key and
// offer completion and inline checks while a teacher types. Build-time only; the game never loads it.

import { levelObjectSchema } from './schema';
import { z } from './zod';

/** The file the schema is written to, relative to the project root. */
export const SCHEMA_FILE = 'levels/schema.json';

/**
 * The JSON Schema of a level file as formatted JSON text (ending in a newline), exactly what
 * `npm run build:schema` writes to `levels/schema.json`.
 */
export function levelJsonSchemaText(): string {
  const schema = z.toJSONSchema(levelObjectSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const titled = {
    ...schema,
    title: 'ASEAN Mediator scenario',
    description: 'A scenario file for ASEAN Mediator. See docs/authoring-scenarios.md.',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
