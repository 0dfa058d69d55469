// `npm run build:schema`: writes levels/schema.json from the zod schema, for editor completion in
// scenario files. A unit test fails when the committed file is older than the schema.

import { writeFileSync } from 'node:fs';
import { levelJsonSchemaText, SCHEMA_FILE } from '../src/content/json-schema';

writeFileSync(SCHEMA_FILE, levelJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
