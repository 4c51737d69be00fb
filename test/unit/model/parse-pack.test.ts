import { describe, expect, it } from 'vitest';
import { parsePack, parsePackText } from '../../../lib/model/parse-pack';
import { packFormatExample } from './pack-example';

type Mutable = Record<string, unknown> & {
  themes: Record<string, unknown>[];
  objectives: Record<string, unknown>[];
  benefitTargets: Record<string, unknown>[];
  measurements: Record<string, unknown>[];
  links: Record<string, unknown>[];
  rules: Record<string, unknown>[];
};

/** The example as plain JSON that a test may change. */
const example = (): Mutable => structuredClone(packFormatExample()) as unknown as Mutable;

function errorsOf(value: unknown): string[] {
  const result = parsePack(value);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

describe('parsePack', () => {
  it('accepts the version 1 example of pack-format.md, read as version 2 with no exclusions', () => {
    const result = parsePack(example());
    expect(result).toEqual({ ok: true, pack: { ...packFormatExample(), version: 2, exclusions: [] } });
  });

  it('keeps the meaning of version 1 key patterns (regular expressions) and area paths (and below)', () => {
    const pack = example();
    pack.rules.push(
      {
        id: 'ru-2',
        objectiveId: 'ob-grow-2',
        tracker: 'jira',
        match: { kind: 'key-pattern', value: '^PAY-\\d+$' },
        enabled: true,
      },
      {
        id: 'ru-3',
        objectiveId: 'ob-grow-2',
        tracker: 'azure-devops',
        match: { kind: 'area-path', value: 'A\\B' },
        enabled: true,
      },
    );
    const result = parsePack(pack);
    expect(result.ok && result.pack.rules.map((rule) => rule.match)).toEqual([
      { kind: 'project', value: 'PAY' },
      { kind: 'key-pattern', value: '^PAY-\\d+$' },
      { kind: 'area-path', value: 'A\\B' },
    ]);
  });

  it('refuses a key pattern that could hang, with its path and reason', () => {
    const pack = example();
    pack.rules[0] = { ...pack.rules[0]!, match: { kind: 'key-pattern', value: '(P)\\1' } };
    expect(errorsOf(pack)).toEqual([
      'rules[0].match.value: is not a usable key pattern: backreferences are not supported',
    ]);
  });

  it('refuses exclusions that contradict a link, repeat, or name an unknown objective', () => {
    const pack: Record<string, unknown> = { ...example(), version: 2 };
    const exclusion = { itemId: 'jira:acme.atlassian.net:PAY-42', createdAt: '2026-11-02T09:00:00.000Z' };
    pack.exclusions = [
      { id: 'ex-1', objectiveId: 'ob-grow-2', ...exclusion },
      { id: 'ex-2', objectiveId: 'ob-nope', ...exclusion },
      { id: 'ex-3', objectiveId: 'ob-nope', ...exclusion },
    ];
    expect(errorsOf(pack)).toEqual([
      'exclusions[1].objectiveId: refers to objective "ob-nope", which is not in the pack',
      'exclusions[2].objectiveId: refers to objective "ob-nope", which is not in the pack',
      'exclusions[2]: jira:acme.atlassian.net:PAY-42 is already excluded from objective "ob-nope"',
      'exclusions[0]: jira:acme.atlassian.net:PAY-42 is both linked to and excluded from objective "ob-grow-2"',
    ]);
  });

  it('refuses two rules that match the same work for the same objective', () => {
    const pack = example();
    pack.rules.push({ ...pack.rules[0]!, id: 'ru-2', match: { kind: 'project', value: 'pay' } });
    expect(errorsOf(pack)).toEqual(['rules[1].match: matches the same work as rules[0]']);
  });

  it('rejects unknown fields, naming their path', () => {
    const pack = example();
    pack.objectives[0]!.colour = 'red';
    pack.surprise = true;
    expect(errorsOf(pack)).toEqual(['objectives[0].colour: unknown field', 'surprise: unknown field']);
  });

  it('rejects duplicate ids', () => {
    const pack = example();
    pack.themes.push({ ...pack.themes[0], name: 'Again' });
    expect(errorsOf(pack)).toEqual(['themes[1].id: duplicate id "th-growth"']);
  });

  it('rejects a code used twice, whatever its case', () => {
    const pack = example();
    pack.objectives.push({ id: 'ob-other', code: 'grow-2', title: 'Other', status: 'draft' });
    expect(errorsOf(pack)).toEqual(['objectives[1].code: code "grow-2" is already used by objectives[0]']);
  });

  it('rejects references that do not resolve', () => {
    const pack = example();
    pack.links[0]!.objectiveId = 'ob-nope';
    pack.benefitTargets.push({ ...pack.benefitTargets[0], id: 'bt-2', objectiveId: 'ob-gone' });
    pack.measurements[0]!.targetId = 'bt-missing';
    pack.objectives[0]!.parentId = 'ob-parent';
    pack.objectives[0]!.themeId = 'th-none';
    pack.rules[0]!.objectiveId = 'ob-rule';
    expect(errorsOf(pack)).toEqual([
      'objectives[0].themeId: refers to theme "th-none", which is not in the pack',
      'objectives[0].parentId: refers to objective "ob-parent", which is not in the pack',
      'benefitTargets[1].objectiveId: refers to objective "ob-gone", which is not in the pack',
      'measurements[0].targetId: refers to benefit target "bt-missing", which is not in the pack',
      'links[0].objectiveId: refers to objective "ob-nope", which is not in the pack',
      'links[0].targetId: benefit target "bt-ssr" belongs to another objective',
      'rules[0].objectiveId: refers to objective "ob-rule", which is not in the pack',
    ]);
  });

  it('rejects a link to a target of another objective', () => {
    const pack = example();
    pack.objectives.push({ id: 'ob-ops', code: 'OPS-1', title: 'Run lean', status: 'draft' });
    pack.links[0]!.objectiveId = 'ob-ops';
    expect(errorsOf(pack)).toEqual(['links[0].targetId: benefit target "bt-ssr" belongs to another objective']);
  });

  it('rejects a parent cycle', () => {
    const pack = example();
    pack.objectives[0]!.parentId = 'ob-b';
    pack.objectives.push({ id: 'ob-b', code: 'B', title: 'B', status: 'draft', parentId: 'ob-grow-2' });
    expect(errorsOf(pack)).toEqual([
      'objectives[0].parentId: makes the objective its own ancestor',
      'objectives[1].parentId: makes the objective its own ancestor',
    ]);
  });

  it('rejects the same item linked twice to one objective, in any spelling of its id', () => {
    const pack = example();
    pack.links.push({ ...pack.links[0], id: 'ln-2', itemId: 'jira:ACME.atlassian.net:PAY-42' });
    expect(errorsOf(pack)).toEqual([
      'links[1]: jira:acme.atlassian.net:PAY-42 is already linked to objective "ob-grow-2"',
    ]);
  });

  it('accepts an item linked to several objectives, and finds a pair repeated after the second', () => {
    const pack = example();
    const objectives = ['ob-b', 'ob-c'].map((id) => ({ id, code: id.toUpperCase(), title: id, status: 'draft' }));
    pack.objectives.push(...objectives);
    const link = { id: 'ln-1', itemId: 'jira:acme.atlassian.net:PAY-42', createdAt: '2026-11-02T09:00:00.000Z' };
    pack.links = [
      { ...link, objectiveId: 'ob-grow-2' },
      { ...link, id: 'ln-2', objectiveId: 'ob-b' },
      { ...link, id: 'ln-3', objectiveId: 'ob-c' },
    ];
    expect(parsePack(pack).ok).toBe(true);
    pack.links.push({ ...link, id: 'ln-4', objectiveId: 'ob-b' });
    expect(errorsOf(pack)).toEqual(['links[3]: jira:acme.atlassian.net:PAY-42 is already linked to objective "ob-b"']);
  });

  it('refuses a newer version, saying that it is newer', () => {
    expect(errorsOf({ ...example(), version: 3 })).toEqual([
      'This pack is version 3, newer than this version of Throughline reads (up to version 2). Update Throughline to import it.',
    ]);
    expect(errorsOf({ ...example(), version: 0 })).toEqual(['version: must be a whole number, 1 or more']);
  });

  it('refuses what is not a pack', () => {
    expect(errorsOf([])).toEqual(['A strategy pack must be a JSON object.']);
    expect(errorsOf({ ...example(), format: 'other' })).toEqual([
      'This is not a strategy pack: "format" must be "throughline.pack".',
    ]);
  });

  it('checks baseline and target against the direction', () => {
    const withTarget = (target: Record<string, unknown>) => {
      const pack = example();
      Object.assign(pack.benefitTargets[0]!, target);
      return parsePack(pack);
    };
    expect(withTarget({ direction: 'increase', baseline: 10, target: 5 })).toEqual({
      ok: false,
      errors: ['benefitTargets[0].target: must be above the baseline for an increase'],
    });
    expect(withTarget({ direction: 'decrease', baseline: 40, target: 10 }).ok).toBe(true);
    expect(withTarget({ direction: 'decrease', baseline: 10, target: 40 })).toEqual({
      ok: false,
      errors: ['benefitTargets[0].target: must be below the baseline for a decrease'],
    });
    expect(withTarget({ direction: 'keep-within', baseline: 95, target: 99 }).ok).toBe(true);
    expect(withTarget({ direction: 'keep-within', baseline: 99, target: 95 })).toEqual({
      ok: false,
      errors: ['benefitTargets[0].target: must be the upper bound of the band (baseline is the lower bound)'],
    });
    expect(withTarget({ baseline: 7, target: 7 })).toEqual({
      ok: false,
      errors: ['benefitTargets[0].target: must differ from the baseline'],
    });
  });

  it('normalizes item ids and refuses ids that are not work item ids', () => {
    const pack = example();
    pack.links[0]!.itemId = 'azure-devops:contoso.visualstudio.com:12';
    const result = parsePack(pack);
    expect(result.ok && result.pack.links[0]!.itemId).toBe('azure-devops:dev.azure.com/contoso:12');
    pack.links[0]!.itemId = 'trello:trello.com:abc';
    expect(errorsOf(pack)).toEqual([
      'links[0].itemId: "trello:trello.com:abc" is not a work item id of the form tracker:site:key (trackers: jira, asana, azure-devops)',
    ]);
  });

  it('accepts only http(s) strategy-document addresses', () => {
    const pack = example();
    pack.objectives[0]!.url = 'javascript:alert(1)';
    expect(errorsOf(pack)).toEqual(['objectives[0].url: must be an http:// or https:// address']);
    pack.objectives[0]!.url = 'http://intranet.example.com/doc';
    expect(parsePack(pack).ok).toBe(true);
  });

  it('caps the number of errors it lists', () => {
    const pack = example();
    for (let i = 0; i < 30; i++) pack.themes.push({ id: `th-${i}`, name: '' });
    const errors = errorsOf(pack);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('…and 10 more problems');
  });
});

describe('parsePackText', () => {
  it('reads a pack from its text', () => {
    expect(parsePackText(JSON.stringify(example())).ok).toBe(true);
  });

  it('says when the text is not JSON', () => {
    const result = parsePackText('{ "format": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^The file is not valid JSON \(/);
  });
});
