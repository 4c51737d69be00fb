import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_VERSION } from '../../../lib/model/pack';
import { parsePack } from '../../../lib/model/parse-pack';

const doc = readFileSync(new URL('../../../docs/pack-format.md', import.meta.url), 'utf8');

describe('docs/pack-format.md', () => {
  it('describes the version this code writes, with an example it accepts as it is', () => {
    expect(doc).toContain(`# The strategy pack format, version ${PACK_VERSION}`);
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!);
    expect(example.version).toBe(PACK_VERSION);
    const result = parsePack(example);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
