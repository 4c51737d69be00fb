import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleMatches } from '../../../lib/alignment/rules';
import { canonicalPack, exportPack, importPack, packFileText } from '../../../lib/db/pack-io';
import { parseItemId } from '../../../lib/model/item-id';
import type { Pack } from '../../../lib/model/pack';
import { parsePackText } from '../../../lib/model/parse-pack';
import { SAMPLE_EXPORTED_AT, SAMPLE_PACK_PATH, samplePackText } from '../../scripts/make-sample-pack';
import { annotateIn, freshDatabase } from './test-database';

const text = readFileSync(SAMPLE_PACK_PATH, 'utf8');
const exportedAt = new Date(SAMPLE_EXPORTED_AT);

function samplePack(): Pack {
  const result = parsePackText(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

const DEMO_ITEMS = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `jira:acme.atlassian.net:PAY-${n}`),
  ...[1, 2, 3, 4].map((n) => `jira:acme.atlassian.net:WEB-${n}`),
  'jira:acme.atlassian.net:OPS-2',
  ...[101, 102, 103, 104].map((n) => `asana:app.asana.com:1209000000000${n}`),
  ...[101, 102, 103, 104].map((n) => `azure-devops:dev.azure.com/contoso:${n}`),
];

describe('test/fixtures/sample-pack.json', () => {
  it('is valid, canonical, and what make-sample-pack writes', () => {
    expect(packFileText(canonicalPack(samplePack(), samplePack().name, exportedAt))).toBe(text);
    expect(samplePackText()).toBe(text);
  });

  it('comes back unchanged through importPack and exportPack', async () => {
    const db = freshDatabase();
    const summary = await importPack(db, samplePack(), 'replace');
    expect(summary.changes.objectives.added).toBe(12);
    expect(packFileText(await exportPack(db, exportedAt))).toBe(text);
  });

  it('covers every status, direction and kind, with http(s) documents', () => {
    const pack = samplePack();
    expect(pack.themes.every((theme) => theme.color !== undefined)).toBe(true);
    expect(new Set(pack.objectives.map((o) => o.status))).toEqual(
      new Set(['draft', 'active', 'at-risk', 'achieved', 'dropped']),
    );
    expect(pack.objectives.some((o) => o.parentId)).toBe(true);
    expect(pack.objectives.every((o) => o.url?.startsWith('https://'))).toBe(true);
    expect(new Set(pack.benefitTargets.map((t) => t.direction))).toEqual(
      new Set(['increase', 'decrease', 'keep-within']),
    );
    expect(new Set(pack.benefitTargets.map((t) => t.kind))).toEqual(new Set(['financial', 'non-financial']));
  });

  it('links exactly the demo items, some to two objectives', () => {
    const { links } = samplePack();
    expect(new Set(links.map((link) => link.itemId))).toEqual(new Set(DEMO_ITEMS));
    const perItem = DEMO_ITEMS.map((id) => links.filter((link) => link.itemId === id).length);
    expect(perItem.filter((count) => count === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('has rules, one disabled, none covering a whole Jira project', () => {
    const { rules } = samplePack();
    expect(rules.some((rule) => !rule.enabled)).toBe(true);
    for (const key of ['PAY-9', 'PAY-100', 'WEB-5', 'OPS-1', 'OPS-3'])
      expect(rules.filter((rule) => ruleMatches(rule, parseItemId(`jira:acme.atlassian.net:${key}`)!))).toEqual([]);
  });

  it('has a stale target, a target never checked in, and targets outside their band or past target', async () => {
    const db = freshDatabase();
    await importPack(db, samplePack(), 'replace');
    const { objectives } = await annotateIn(
      db,
      DEMO_ITEMS.map((id) => ({ id })),
      { now: exportedAt },
    );
    const targets = Object.values(objectives).flatMap((objective) => objective.targets);
    expect(targets).toHaveLength(11);
    expect(
      targets
        .filter((t) => t.stale && t.latest !== null)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['bt-inventory-days', 'bt-nordic-orders']);
    expect(targets.filter((t) => t.latest === null).map((t) => t.id)).toEqual(['bt-picking-rate']);
    expect(targets.find((t) => t.id === 'bt-inventory-days')?.position).toBe('above-band');
    expect(targets.find((t) => t.id === 'bt-app-rating')?.position).toBe('past-target');
    expect(targets.find((t) => t.id === 'bt-self-serve-revenue')).toMatchObject({ ratio: 0.5, stale: false });
  });
});
