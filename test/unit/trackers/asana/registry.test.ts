// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import type { Adapter } from '../../../../lib/trackers/adapter';
import { ASANA_ADAPTERS } from '../../../../lib/trackers/asana-registry';
import { fixtureFiles, fixtureUrls, loadFixture } from './load';

const TRACKERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../lib/trackers');

function isAdapter(value: unknown): value is Adapter {
  return typeof value === 'object' && value !== null && 'find' in value && 'applies' in value && 'tracker' in value;
}

/** Every adapter exported by an `asana-*.ts` file, with the file it lives in. */
async function adapterFiles(): Promise<{ file: string; adapter: Adapter }[]> {
  const files = readdirSync(TRACKERS_DIR).filter((file) => file.startsWith('asana-') && file.endsWith('.ts'));
  const found: { file: string; adapter: Adapter }[] = [];
  for (const file of files) {
    const module = (await import(join(TRACKERS_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isAdapter(value)) found.push({ file, adapter: value });
  }
  return found;
}

describe('Asana registry', () => {
  it('registers every adapter file once, named after its file', async () => {
    const files = await adapterFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { file, adapter } of files) {
      expect(ASANA_ADAPTERS.filter((registered) => registered === adapter)).toHaveLength(1);
      expect(`${adapter.name}.ts`).toBe(file);
      expect(adapter.tracker).toBe('asana');
    }
    expect(files).toHaveLength(ASANA_ADAPTERS.length);
  });

  it('has a fixture on which each adapter finds items', () => {
    const yields = new Map(ASANA_ADAPTERS.map((adapter) => [adapter.name, 0]));
    for (const file of fixtureFiles('asana')) {
      const { doc, url } = loadFixture('asana', file);
      for (const adapter of ASANA_ADAPTERS) {
        yields.set(adapter.name, (yields.get(adapter.name) ?? 0) + adapter.find(doc, url).length);
      }
    }
    for (const [name, count] of yields) expect(count, name).toBeGreaterThan(0);
  });

  it('puts the detail view first', () => {
    expect(ASANA_ADAPTERS[0]?.name).toBe('asana-task-pane');
  });

  it.each(Object.entries(fixtureUrls('asana')))('applies on %s (%s)', (file, [href]) => {
    const { doc, url } = loadFixture('asana', file, href);
    for (const adapter of ASANA_ADAPTERS) expect(adapter.applies(url, doc)).toBe(true);
  });

  it.each([
    'https://asana.com/pricing',
    'https://app.asana.com.evil.example/0/1209000000000001/list',
    'https://dev.azure.com/contoso/Platform/_boards/board',
  ])('does not apply on %s', (href) => {
    for (const adapter of ASANA_ADAPTERS) expect(adapter.applies(new URL(href), document)).toBe(false);
  });

  it('finds nothing on the home page, without throwing', () => {
    const { doc, url } = loadFixture('asana', 'no-match.html');
    for (const adapter of ASANA_ADAPTERS) expect(adapter.find(doc, url)).toEqual([]);
  });

  it('finds nothing, without throwing, in markup it does not know', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div class="TaskPane"></div><div class="SpreadsheetRow"><div class="SpreadsheetTaskName"></div></div><div class="BoardCardLayout" data-task-id></div>';
    const url = new URL('https://app.asana.com/0/home/1209000000000900');
    for (const adapter of ASANA_ADAPTERS) expect(adapter.find(root, url)).toEqual([]);
  });

  it('gives canonical ids on the Asana site', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const ids = ASANA_ADAPTERS.flatMap((adapter) => adapter.find(doc, url)).map((item) => formatItemId(item.ref));
    expect(ids).toContain('asana:app.asana.com:1209000000000101');
    for (const id of ids) expect(id).toMatch(/^asana:app\.asana\.com:[1-9]\d*$/);
  });
});
