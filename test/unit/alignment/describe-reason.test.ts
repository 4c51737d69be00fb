import { describe, expect, it } from 'vitest';
import { describeReason, formatDay } from '../../../lib/alignment/describe-reason';

const now = new Date('2026-11-30T12:00:00Z');

describe('describeReason', () => {
  it('says when a link was made, and which rule aligns', () => {
    expect(describeReason({ objectiveId: 'o', via: 'link', linkedAt: '2026-11-02T09:00:00.000Z' }, now)).toBe(
      `linked ${formatDay('2026-11-02T09:00:00.000Z', now)}`,
    );
    expect(describeReason({ objectiveId: 'o', via: 'rule', ruleName: 'label checkout' }, now)).toBe(
      'rule: label checkout',
    );
  });

  it('names the ancestor, its type and its own reason', () => {
    expect(
      describeReason(
        {
          objectiveId: 'o',
          via: 'inherited',
          ancestorId: 'jira:acme.atlassian.net:PAY-100',
          ancestorType: 'Epic',
          ancestorVia: 'link',
          linkedAt: '2026-11-02T09:00:00.000Z',
        },
        now,
      ),
    ).toBe(`via epic PAY-100 · linked ${formatDay('2026-11-02T09:00:00.000Z', now)}`);
    expect(
      describeReason(
        {
          objectiveId: 'o',
          via: 'inherited',
          ancestorId: 'azure-devops:dev.azure.com/contoso:205',
          ancestorVia: 'rule',
          ruleName: 'area path Platform and below',
        },
        now,
      ),
    ).toBe('via 205 · rule: area path Platform and below');
  });

  it('gives the year of a date in another year only', () => {
    expect(formatDay('2025-11-02', now)).toMatch(/2025/);
    expect(formatDay('2026-11-02', now)).not.toMatch(/2026/);
  });
});
