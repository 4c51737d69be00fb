import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, packJsonSchemaText } from '../../scripts/write-pack-schema';

describe('lib/model/pack.schema.json', () => {
  it('is what the Zod schema generates now (run `npm run schema` after changing lib/model)', () => {
    expect(readFileSync(PACK_SCHEMA_PATH, 'utf8')).toBe(packJsonSchemaText());
  });

  it('describes the pack as written, refusing unknown fields', () => {
    const schema = JSON.parse(packJsonSchemaText());
    expect(schema.$id).toBe('https://throughline.app/schemas/pack-v2.schema.json');
    expect(schema.required).toEqual([
      'format',
      'version',
      'exportedAt',
      'name',
      'themes',
      'objectives',
      'benefitTargets',
      'measurements',
      'links',
      'rules',
      'exclusions',
    ]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.objectives.items.additionalProperties).toBe(false);
    expect(schema.properties.benefitTargets.items.properties.direction.enum).toEqual([
      'increase',
      'decrease',
      'keep-within',
    ]);
  });
});
