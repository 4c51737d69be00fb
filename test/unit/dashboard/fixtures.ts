import type { Link } from '../../../lib/model/link';
import type { Objective } from '../../../lib/model/objective';
import type { Rule } from '../../../lib/model/rule';
import type { SeenItem } from '../../../lib/model/seen-item';
import type { Theme } from '../../../lib/model/theme';

/** Small record builders for the dashboard's tests: only what a test names differs. */
export const theme = (id: string, name: string): Theme => ({ id, name });

export const objective = (id: string, fields: Partial<Objective> = {}): Objective => ({
  id,
  code: id.toUpperCase(),
  title: `Objective ${id}`,
  status: 'active',
  ...fields,
});

export const link = (itemId: string, objectiveId: string): Link => ({
  id: `ln-${itemId}-${objectiveId}`,
  itemId,
  objectiveId,
  createdAt: '2026-11-01T09:00:00.000Z',
});

export const rule = (objectiveId: string, enabled = true): Rule => ({
  id: `ru-${objectiveId}`,
  objectiveId,
  tracker: 'jira',
  match: { kind: 'project', value: 'PAY' },
  enabled,
});

export const seen = (id: string, lastSeen = '2026-11-20T10:00:00.000Z', fields: Partial<SeenItem> = {}): SeenItem => ({
  id,
  url: 'https://acme.atlassian.net/browse/PAY-1',
  lastSeen,
  ...fields,
});
