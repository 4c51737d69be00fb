// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatItemId } from '../../../lib/model/item-id';
import { createPageView } from '../../../lib/overlay/view';
import { type Adapter, defineAdapter } from '../../../lib/trackers/adapter';
import { JIRA_ADAPTERS } from '../../../lib/trackers/registry';
import { FIXTURE_NAMES, loadFixture, parseFixture, readFixture } from './load-fixture';

const TRACKERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../lib/trackers');
// Adapter files are named after their flavour; jira-selectors, jira-keys and the like are helpers.
const ADAPTER_FILE = /^(jira-(?:cloud|server)-[a-z-]+)\.ts$/;
const adapterFiles = readdirSync(TRACKERS_DIR).flatMap((file) => ADAPTER_FILE.exec(file)?.[1] ?? []);

function isAdapter(value: unknown): value is Adapter {
  return typeof value === 'object' && value !== null && 'name' in value && 'find' in value && 'applies' in value;
}

describe('JIRA_ADAPTERS (conventions)', () => {
  it('has an adapter file for every page family', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(11);
  });

  it.each(adapterFiles)('%s exports one adapter, named after its file, and registered', async (file) => {
    const module: Record<string, unknown> = await import(`../../../lib/trackers/${file}.ts`);
    const adapters = Object.values(module).filter(isAdapter);
    expect(adapters).toHaveLength(1);
    expect(adapters[0]?.name).toBe(file);
    expect(adapters[0]?.tracker).toBe('jira');
    expect(JIRA_ADAPTERS).toContain(adapters[0]);
  });

  it('registers only adapter files, each once', () => {
    expect(JIRA_ADAPTERS.map((adapter) => adapter.name).sort()).toEqual([...adapterFiles].sort());
  });

  it.each(adapterFiles)('%s finds items in at least one fixture', (file) => {
    const adapter = JIRA_ADAPTERS.find((candidate) => candidate.name === file)!;
    const yielding = FIXTURE_NAMES.filter((name) => {
      const { doc, url } = readFixture(name);
      return adapter.applies(url, doc) && adapter.find(doc, url).length > 0;
    });
    expect(yielding).not.toEqual([]);
  });

  it('lists detail views first', () => {
    const kinds = new Map<string, Set<string>>();
    for (const name of FIXTURE_NAMES) {
      const { doc, url } = readFixture(name);
      for (const adapter of JIRA_ADAPTERS) {
        const found = adapter.applies(url, doc) ? adapter.find(doc, url) : [];
        for (const item of found) kinds.set(adapter.name, (kinds.get(adapter.name) ?? new Set()).add(item.kind));
      }
    }
    const detail = JIRA_ADAPTERS.map((adapter) => kinds.get(adapter.name)?.has('detail') ?? false);
    expect(detail.indexOf(false)).toBe(detail.lastIndexOf(true) + 1);
    expect(detail.filter(Boolean)).toHaveLength(3);
  });

  it('gives a summary place to every list view and to no detail view', () => {
    for (const adapter of JIRA_ADAPTERS) {
      const isDetail = /issue$|detail-pane$/.test(adapter.name);
      const isUnsummarized = /linked-items$/.test(adapter.name);
      expect(adapter.summaryAnchor === undefined, adapter.name).toBe(isDetail || isUnsummarized);
    }
  });
});

/** Every item of a page, as the overlay reads a new view: the adapters that apply, bound once, one search for all. */
function readPage(adapters: readonly Adapter[], doc: Document, url: URL) {
  return createPageView(adapters, doc, url)
    .finder.find(doc)
    .map((found) => found.item);
}

describe('running the Jira adapters together', () => {
  it('finds nothing, and throws nothing, on pages without items', () => {
    for (const name of ['cloud-no-match', 'server-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(readPage(JIRA_ADAPTERS, doc, url), name).toEqual([]);
    }
  });

  it('finds nothing on a page that is not Jira', () => {
    const doc = parseFixture('cloud-board');
    expect(readPage(JIRA_ADAPTERS, doc, new URL('https://example.org/jira/browse/PAY-1'))).toEqual([]);
  });

  it('collects every view of a page: the side panel and the board behind it', () => {
    const { doc, url } = loadFixture('cloud-board-side-panel');
    const items = readPage(JIRA_ADAPTERS, doc, url);
    expect(items[0]).toMatchObject({ kind: 'detail', ref: { key: 'PAY-3' } });
    expect(items.filter((item) => item.ref.key === 'PAY-3').map((item) => item.kind)).toEqual(['detail', 'card']);
    expect(items).toHaveLength(11);
  });

  it('collects the issue, its child work items and its linked work items', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const items = readPage(JIRA_ADAPTERS, doc, url);
    expect(items.map((item) => `${item.kind}:${item.ref.key}`)).toEqual([
      'detail:PAY-1',
      ...['row:PAY-5', 'row:PAY-6', 'row:PAY-7'],
      ...['row:WEB-2', 'row:OPS-2', 'row:PAY-8'],
    ]);
  });

  it('keeps an item found twice at the same anchor once', () => {
    const { doc, url } = loadFixture('cloud-board');
    const board = JIRA_ADAPTERS.find((adapter) => adapter.name === 'jira-cloud-board')!;
    const once = readPage([board], doc, url);
    const twice = readPage([board, { ...board, name: 'jira-cloud-board-again' }], doc, url);
    expect(twice).toEqual(once);
    const ids = twice.map((item) => `${formatItemId(item.ref)}@${item.container.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('skips an adapter that throws, in applies or in read, and lets the others read its containers', () => {
    const { doc, url } = loadFixture('server-board');
    const failing = (name: string, where: 'applies' | 'read') =>
      defineAdapter({
        name,
        tracker: 'jira',
        applies: () => {
          if (where === 'applies') throw new Error('boom');
          return true;
        },
        page: () => ({}),
        container: '.ghx-issue',
        marker: 'a',
        read: () => {
          throw new Error('boom');
        },
      });
    const broken = [failing('jira-broken-applies', 'applies'), failing('jira-broken-read', 'read')];
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    expect(readPage([...broken, ...JIRA_ADAPTERS], doc, url)).toHaveLength(14);
  });

  it('finds items of a scanned subtree only', () => {
    const { doc, url } = loadFixture('cloud-board');
    const column = doc.querySelectorAll('[data-testid="platform-board-kit.ui.column.cards-container"]')[2]!;
    const board = JIRA_ADAPTERS.find((adapter) => adapter.name === 'jira-cloud-board')!;
    expect(board.find(column, url).map((item) => item.ref.key)).toEqual([
      ...['PAY-4', 'PAY-12', 'PAY-18', 'WEB-4', 'OPS-2'],
    ]);
  });
});
