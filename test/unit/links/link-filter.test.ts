import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  filterLinkRows,
  formatLinkFilter,
  isFiltering,
  type LinkFilter,
  NO_FILTER,
  parseLinkFilter,
} from '../../../lib/links/link-filter';
import { buildLinkRows } from '../../../lib/links/link-rows';

const rows = buildLinkRows(
  [
    {
      id: 'ln-1',
      itemId: 'jira:acme.atlassian.net:PAY-1',
      objectiveId: 'ob-grow-2',
      createdAt: '2026-01-03T00:00:00Z',
    },
    { id: 'ln-2', itemId: 'jira:beta.atlassian.net:WEB-7', objectiveId: 'ob-cx-1', createdAt: '2026-01-02T00:00:00Z' },
    {
      id: 'ln-3',
      itemId: 'azure-devops:dev.azure.com/contoso:101',
      objectiveId: 'ob-grow-2',
      createdAt: '2026-01-01T00:00:00Z',
      note: 'Mobile checkout',
    },
  ],
  [
    { id: 'ob-grow-2', code: 'GROW-2', title: 'Increase self-serve revenue' },
    { id: 'ob-cx-1', code: 'CX-1', title: 'Cut time to first value' },
  ],
  [],
  [{ id: 'jira:acme.atlassian.net:PAY-1', title: 'Rebuild checkout', url: 'https://acme.atlassian.net/browse/PAY-1' }],
);
const ids = (filter: Partial<LinkFilter>) => filterLinkRows(rows, { ...NO_FILTER, ...filter }).map((row) => row.id);

describe('link filter', () => {
  it('keeps every row when nothing is chosen', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterLinkRows(rows, NO_FILTER)).toBe(rows);
  });

  it('narrows by objective, tracker and site', () => {
    expect(ids({ objectiveId: 'ob-grow-2' })).toEqual(['ln-3', 'ln-1']);
    expect(ids({ tracker: 'azure-devops' })).toEqual(['ln-3']);
    expect(ids({ site: 'beta.atlassian.net' })).toEqual(['ln-2']);
    expect(ids({ objectiveId: 'ob-grow-2', tracker: 'jira' })).toEqual(['ln-1']);
  });

  it('matches every word of the text anywhere in a row, ignoring case', () => {
    expect(ids({ text: 'CHECKOUT' })).toEqual(['ln-3', 'ln-1']);
    expect(ids({ text: 'checkout mobile' })).toEqual(['ln-3']);
    expect(ids({ text: '  web-7 ' })).toEqual(['ln-2']);
    expect(ids({ text: 'nothing-like-this' })).toEqual([]);
  });

  it('offers only the objectives, trackers and sites that links have', () => {
    expect(filterChoices(rows)).toEqual({
      objectives: [
        { id: 'ob-cx-1', code: 'CX-1', title: 'Cut time to first value' },
        { id: 'ob-grow-2', code: 'GROW-2', title: 'Increase self-serve revenue' },
      ],
      trackers: ['jira', 'azure-devops'],
      sites: ['acme.atlassian.net', 'beta.atlassian.net', 'dev.azure.com/contoso'],
    });
  });

  it('reads back from the route what it wrote there', () => {
    fc.assert(
      fc.property(
        fc.record({
          objectiveId: fc.string(),
          tracker: fc.constantFrom('', 'jira', 'asana', 'azure-devops' as const),
          site: fc.string(),
          text: fc.string(),
        }),
        (filter) => {
          expect(parseLinkFilter(formatLinkFilter(filter))).toEqual(filter);
        },
      ),
    );
  });

  it('ignores an unknown tracker in the route', () => {
    expect(parseLinkFilter('tracker=trello&q=x')).toEqual({ ...NO_FILTER, text: 'x' });
  });
});
