import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PACK_VERSION, PackSchema } from '../../lib/model/pack';
import { PACK_SCHEMA_ID } from '../../lib/model/pack-schema-address';

export const PACK_SCHEMA_PATH = fileURLToPath(new URL('../../lib/model/pack.schema.json', import.meta.url));

/**
 * The JSON Schema of a strategy pack file, generated from the Zod schema
 * that defines it. It describes the file as written (`io: 'input'`). Checks
 * that JSON Schema cannot state (unique ids and codes, references, parent
 * cycles) are left out rather than failing the generation; the pack
 * validator still applies them.
 */
export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const { $schema, ...rest } = schema;
  const document = {
    $schema,
    $id: PACK_SCHEMA_ID,
    title: `Throughline strategy pack, version ${PACK_VERSION}`,
    description:
      'A whole strategy catalogue and its links to work (shared/pack-format.md). Generated from lib/model/pack.ts by `npm run schema`; do not edit.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PACK_SCHEMA_PATH, packJsonSchemaText());
  console.log(`Wrote ${PACK_SCHEMA_PATH}`);
}
