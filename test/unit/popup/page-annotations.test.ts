import { describe, expect, it } from 'vitest';
import type { PageItem, PageItemsReply } from '../../../lib/messages/notices';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { annotationsFromPage } from '../../../lib/popup/page-annotations';

const GROW: ObjectiveSummary = { id: 'ob-grow', code: 'GROW-1', title: 'Grow', status: 'active', targets: [] };
const item = (key: string, rest: Partial<PageItem>): PageItem => ({
  id: `jira:acme.atlassian.net:${key}`,
  kind: 'card',
  listed: true,
  state: 'unaligned',
  alignments: [],
  ...rest,
});
const reply = (items: PageItem[], objectives: PageItemsReply['objectives'] = { [GROW.id]: GROW }): PageItemsReply => ({
  tracker: 'jira',
  site: 'acme.atlassian.net',
  views: ['board'],
  items,
  objectives,
});

describe("the tab's own answer for the popup's first render", () => {
  it("takes every item's alignments and the objectives they name, with nothing known yet of facts", () => {
    const linked = { objectiveId: GROW.id, via: 'link' as const };
    expect(
      annotationsFromPage(reply([item('PAY-1', { state: 'aligned', alignments: [linked] }), item('PAY-2', {})])),
    ).toEqual({
      items: { 'jira:acme.atlassian.net:PAY-1': [linked], 'jira:acme.atlassian.net:PAY-2': [] },
      objectives: { [GROW.id]: GROW },
      facts: { fetching: [], unavailable: [] },
      fetch: [],
    });
  });

  it('is none while any item is pending: the background answers then', () => {
    expect(
      annotationsFromPage(reply([item('PAY-1', {}), item('PAY-2', { state: 'pending', alignments: undefined })])),
    ).toBeNull();
  });

  it('is none from a content script that does not say (an older version still in the tab)', () => {
    const old = reply([item('PAY-1', { alignments: undefined })]);
    expect(annotationsFromPage(old)).toBeNull();
    expect(annotationsFromPage({ ...reply([item('PAY-1', {})]), objectives: undefined as never })).toBeNull();
  });
});
