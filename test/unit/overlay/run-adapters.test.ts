// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { runAdapters } from '../../../lib/overlay/run-adapters';
import type { Adapter, FoundItem, ItemKind } from '../../../lib/trackers/adapter';

const url = new URL('https://acme.atlassian.net/browse/PAY-1');

function adapter(name: string, kind: ItemKind, keys: string[], summaryAnchor?: () => Element | null): Adapter {
  return {
    name,
    tracker: 'jira',
    applies: () => true,
    find: (): FoundItem[] =>
      keys.map((key) => {
        const anchor = document.getElementById(key) ?? document.body;
        return {
          ref: { tracker: 'jira', site: 'acme.atlassian.net', key },
          anchor,
          container: anchor,
          placement: 'append',
          kind,
        };
      }),
    ...(summaryAnchor ? { summaryAnchor } : {}),
  };
}

describe('runAdapters', () => {
  it('counts a board in the summary, with its header as the place for it', () => {
    document.body.innerHTML = '<header></header><div id="PAY-1"></div><div id="PAY-2"></div>';
    const header = document.querySelector('header');
    const { items, summaryAnchor } = runAdapters(
      [adapter('board', 'card', ['PAY-1', 'PAY-2'], () => header)],
      document,
      url,
    );
    expect(items.map((item) => [item.id, item.listed])).toEqual([
      ['jira:acme.atlassian.net:PAY-1', true],
      ['jira:acme.atlassian.net:PAY-2', true],
    ]);
    expect(summaryAnchor).toBe(header);
  });

  it('does not summarize the child issues of an issue page, which have no place for a summary', () => {
    document.body.innerHTML = '<div id="PAY-1"></div><div id="PAY-5"></div>';
    const { items } = runAdapters(
      [adapter('issue', 'detail', ['PAY-1']), adapter('children', 'row', ['PAY-5'], () => null)],
      document,
      url,
    );
    expect(items.every((item) => !item.listed)).toBe(true);
  });

  it('still summarizes a list whose header it cannot find, floating, when no item view is open', () => {
    document.body.innerHTML = '<div id="PAY-5"></div>';
    const { items, summaryAnchor } = runAdapters([adapter('search', 'row', ['PAY-5'], () => null)], document, url);
    expect(items[0]?.listed).toBe(true);
    expect(summaryAnchor).toBeNull();
  });

  it('skips an adapter that throws and keeps one item per anchor', () => {
    document.body.innerHTML = '<div id="PAY-1"></div>';
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const broken: Adapter = {
      ...adapter('broken', 'card', []),
      find: () => {
        throw new Error('markup changed');
      },
    };
    const board = adapter('board', 'card', ['PAY-1'], () => null);
    expect(runAdapters([broken, board, { ...board, name: 'again' }], document, url).items).toHaveLength(1);
  });
});
