import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { formatSpread, type Spread, spread, verdict } from './stats';

const RUNS = 3;
const BUDGETS = { preview: 2000, import: 3000, export: 2000 };
/**
 * A step's heap peak may be this many times the floor's (the file's text and its parse): that, the checked
 * copy of the pack, and the stored catalogue it is compared with.
 */
const HEAP_BUDGET_TIMES_FLOOR = 3;
const USER_PAUSE_MS = 1000;
const NOW = '2026-11-24T10:00:00.000Z';

/** 145,120 records: 100 themes, 20,000 objectives, 5,000 targets, 20,000 check-ins, 100,000 links, 20 rules. */
export function largePackText(): { text: string; records: number } {
  const themes = Array.from({ length: 100 }, (_, i) => ({ id: `th-${i}`, name: `Theme ${i}`, color: '#1f6feb' }));
  const objectives = Array.from({ length: 20_000 }, (_, i) => ({
    id: `ob-${i}`,
    code: `OBJ-${i}`,
    title: `Objective ${i} of the large pack`,
    themeId: `th-${i % 100}`,
    parentId: i % 10 === 0 ? null : `ob-${i - (i % 10)}`,
    owner: 'Dana Smith',
    status: 'active',
    period: { start: '2026-01-01', end: '2026-12-31' },
  }));
  const benefitTargets = Array.from({ length: 5000 }, (_, i) => ({
    id: `bt-${i}`,
    objectiveId: `ob-${i * 4}`,
    name: `Target ${i}`,
    unit: 'EUR',
    kind: 'financial',
    direction: 'increase',
    baseline: 1000,
    target: 2000,
    dueDate: '2026-12-31',
  }));
  const measurements = Array.from({ length: 20_000 }, (_, i) => ({
    id: `ms-${i}`,
    targetId: `bt-${i % 5000}`,
    value: 1000 + i,
    at: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    confidence: 0.7,
  }));
  const links = Array.from({ length: 100_000 }, (_, i) => ({
    id: `ln-${i}`,
    itemId: `jira:acme.atlassian.net:LOAD${i % 50}-${i}`,
    objectiveId: `ob-${i % 20_000}`,
    note: 'Linked by the benchmark',
    createdAt: NOW,
  }));
  const rules = Array.from({ length: 20 }, (_, i) => ({
    id: `ru-${i}`,
    objectiveId: `ob-${i}`,
    tracker: 'jira',
    match: { kind: 'project', value: `P${i}` },
    enabled: true,
  }));
  const pack = {
    format: 'throughline.pack',
    version: 1,
    exportedAt: NOW,
    name: 'Large pack',
    themes,
    objectives,
    benefitTargets,
    measurements,
    links,
    rules,
  };
  const records =
    themes.length + objectives.length + benefitTargets.length + measurements.length + links.length + rules.length;
  return { text: JSON.stringify(pack), records };
}

/**
 * Empties the extension's database from one of its pages, all but the
 * tracker facts: the background keeps those in memory too (db/facts-cache.ts), and
 * emptying them behind its back would leave it sure of facts the database no
 * longer holds, for the parts after this one.
 */
async function emptyDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('throughline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((name) => name !== 'facts');
          const transaction = db.transaction(names, 'readwrite');
          for (const name of names) transaction.objectStore(name).clear();
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/**
 * Starts a timer when the page sees `start` (a change of the file input, a
 * click on a button) and stops it when `done` finds its element; samples the
 * page's JavaScript heap meanwhile. Set up before the user's action.
 */
async function arm(page: Page, start: { selector: string; event: string }, done: string): Promise<void> {
  await page.evaluate(
    ({ start, done }) => {
      const probe = window as unknown as { __bench?: { start?: number; end?: number; peak: number } };
      const memory = () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      const state: { start?: number; end?: number; peak: number } = { peak: memory() };
      probe.__bench = state;
      const sampler = setInterval(() => {
        state.peak = Math.max(state.peak, memory());
      }, 20);
      document.addEventListener(
        start.event,
        (event) => {
          if ((event.target as Element).matches(start.selector)) state.start ??= performance.now();
        },
        { capture: true },
      );
      const check = () => {
        const element = document.querySelector(done);
        if (state.start !== undefined && element && !(element as HTMLButtonElement).disabled) {
          state.end = performance.now();
          state.peak = Math.max(state.peak, memory());
          clearInterval(sampler);
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { start, done },
  );
}

async function finished(page: Page): Promise<{ elapsed: number; peak: number }> {
  await page.waitForFunction(
    () => (window as unknown as { __bench?: { end?: number } }).__bench?.end !== undefined,
    undefined,
    {
      timeout: 120_000,
    },
  );
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: { start: number; end: number; peak: number } }).__bench;
    return { elapsed: state.end - state.start, peak: state.peak };
  });
}

/**
 * The page's JavaScript heap once the garbage is collected: what a step
 * leaves held, and a clean start for the next step's peak.
 */
async function heldHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}

/**
 * The floor under a preview: the same page reading the same file from a
 * file input and parsing its JSON, with none of our code. Its heap peak is
 * what holding the pack at all costs.
 */
async function parseFloor(page: Page, path: string): Promise<{ elapsed: number; peak: number }> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.className = 'bench-floor';
    input.addEventListener('change', async () => {
      const text = await input.files![0]!.text();
      (window as unknown as { __parsed?: unknown }).__parsed = JSON.parse(text);
      const done = document.createElement('p');
      done.className = 'bench-floor-done';
      document.body.append(done);
    });
    document.body.append(input);
  });
  await heldHeap(page);
  await arm(page, { selector: '.bench-floor', event: 'change' }, '.bench-floor-done');
  await page.locator('.bench-floor').setInputFiles(path, { timeout: 120_000 });
  const result = await finished(page);
  await page.evaluate(() => {
    delete (window as unknown as { __parsed?: unknown }).__parsed;
    for (const element of document.querySelectorAll('.bench-floor, .bench-floor-done')) element.remove();
  });
  return result;
}

const MB = 1024 * 1024;

/** Records per IndexedDB row in a chunked layout: the alternative to one row per record that the floor measures. */
const CHUNK = 1000;

/**
 * The floor under any import: the browser's own IndexedDB storing the
 * pack's 100,000 links in one transaction, with no index and no code of
 * ours, and reading them back with one getAll. `perRow` 1 is the layout the
 * database has, one row per record; `CHUNK` stores the same records in
 * rows of that many, which is what the budgets would take.
 */
async function indexedDbFloor(page: Page, perRow: number): Promise<{ add: number; read: number }> {
  return page.evaluate(async (perRow) => {
    const name = `throughline-bench-floor-${Date.now()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('links');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      id: `ln-${i}`,
      itemId: `jira:acme.atlassian.net:LOAD${i % 50}-${i}`,
      objectiveId: `ob-${i % 20_000}`,
      note: 'Linked by the benchmark',
      createdAt: '2026-11-24T10:00:00.000Z',
    }));
    const done = (transaction: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    const start = performance.now();
    const write = db.transaction('links', 'readwrite');
    const store = write.objectStore('links');
    if (perRow === 1) for (const record of records) store.add(record, record.id);
    else for (let at = 0; at < records.length; at += perRow) store.add(records.slice(at, at + perRow), at);
    await done(write);
    const written = performance.now();
    const read = db.transaction('links', 'readonly');
    read.objectStore('links').getAll();
    await done(read);
    const end = performance.now();
    db.close();
    indexedDB.deleteDatabase(name);
    return { add: written - start, read: end - written };
  }, perRow);
}

type Step = 'preview' | 'import' | 'export' | 'again';
const STEPS: readonly Step[] = ['preview', 'import', 'export', 'again'];

/**
 * The large-catalogue budgets of DESIGN.md, through the workspace as a
 * person uses it: choose the pack file from disk (preview shown), press
 * Import (outcome shown); in a newly opened workspace press "Export
 * strategy pack" (file saved); in another, choose the file again (preview
 * over the same catalogue stored, where every record is compared). Each
 * run starts from an empty database. Beside each step's time, the page's
 * heap: its peak during the step, from the garbage-collected heap before
 * it, and what the step leaves held once the garbage is collected.
 */
export async function benchPacks(browser: ExtensionBrowser, line: (text: string) => void): Promise<void> {
  const { text, records } = largePackText();
  line('');
  line(
    `## A ${records.toLocaleString('en')}-record pack through the workspace (${(text.length / MB).toFixed(1)} MB of JSON)`,
  );
  // A file on disk, as a person chooses one: a file handed over as bytes is decoded in the page, which costs its heap.
  const directory = await mkdtemp(join(tmpdir(), 'throughline-bench-'));
  const path = join(directory, 'large-pack.json');
  await writeFile(path, text);
  const times = { preview: [] as number[], import: [] as number[], export: [] as number[], again: [] as number[] };
  const peaks = { preview: [] as number[], import: [] as number[], export: [] as number[], again: [] as number[] };
  const held = { preview: [] as number[], import: [] as number[], export: [] as number[], again: [] as number[] };
  const floor = { elapsed: [] as number[], peak: [] as number[] };
  const record = (step: Step, result: { elapsed: number; peak: number }, after: number) => {
    times[step].push(result.elapsed);
    peaks[step].push(result.peak / MB);
    held[step].push(after / MB);
  };
  /** The workspace's sharing section, opened afresh, its garbage collected. */
  const open = async () => {
    const page = await browser.openOptions('pack');
    // tsx names functions with an `__name` helper that does not exist in the page.
    await page.evaluate('window.__name = (fn) => fn');
    await page.getByLabel('Import strategy pack', { exact: true }).waitFor();
    // Nobody chooses a file or finds a button in less than this after the section shows.
    await page.waitForTimeout(USER_PAUSE_MS);
    await heldHeap(page);
    return page;
  };
  const choose = async (page: Page) => {
    await arm(page, { selector: 'input[type="file"]', event: 'change' }, '.import-preview button.primary');
    await page.getByLabel('Import strategy pack', { exact: true }).setInputFiles(path, { timeout: 120_000 });
    return finished(page);
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      const fresh = await browser.openOptions('settings');
      await emptyDatabase(fresh);
      await fresh.evaluate('window.__name = (fn) => fn');
      const parsed = await parseFloor(fresh, path);
      floor.elapsed.push(parsed.elapsed);
      floor.peak.push(parsed.peak / MB);
      await fresh.close();

      const importing = await open();
      record('preview', await choose(importing), await heldHeap(importing));
      await arm(importing, { selector: '.import-preview button.primary', event: 'click' }, '.pack-import .success');
      await importing.getByRole('button', { name: 'Import', exact: true }).click();
      const imported = await finished(importing);
      const outcome = (await importing.locator('.pack-import .success').textContent()) ?? '';
      if (!outcome.includes(`${records.toLocaleString('en-US')} added`))
        throw new Error(`unexpected import outcome: ${outcome}`);
      record('import', imported, await heldHeap(importing));
      await importing.close();

      const exporting = await open();
      await arm(exporting, { selector: '.pack-export button', event: 'click' }, '.pack-export .success');
      const [download] = await Promise.all([
        exporting.waitForEvent('download', { timeout: 120_000 }),
        exporting.getByRole('button', { name: 'Export strategy pack' }).click(),
      ]);
      const exported = await finished(exporting);
      await download.cancel();
      record('export', exported, await heldHeap(exporting));
      await exporting.close();

      const again = await open();
      record('again', await choose(again), await heldHeap(again));
      await again.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  const report = (what: string, spreadOf: Spread, budget: number) => {
    if (spreadOf.median > budget) process.exitCode = 1;
    line(`- ${what}: ${formatSpread(spreadOf)}; budget ${budget} ms: ${verdict(spreadOf.median, budget)}`);
  };
  report(
    'preview into an empty workspace (file chosen to record-level preview shown)',
    spread(times.preview),
    BUDGETS.preview,
  );
  report('preview over the same catalogue stored (every record compared)', spread(times.again), BUDGETS.preview);
  report('import, Merge (Import pressed to outcome shown)', spread(times.import), BUDGETS.import);
  report('export (button pressed to file saved)', spread(times.export), BUDGETS.export);
  line(
    `- floor: the same page reading the same file from a file input and parsing its JSON, none of our code: ${formatSpread(spread(floor.elapsed))}`,
  );
  const floors = { add: [] as number[], read: [] as number[] };
  const chunked = { add: [] as number[], read: [] as number[] };
  const page = await browser.openOptions('settings');
  await page.evaluate('window.__name = (fn) => fn');
  for (let run = 0; run < RUNS; run++) {
    const floor = await indexedDbFloor(page, 1);
    floors.add.push(floor.add);
    floors.read.push(floor.read);
    const inChunks = await indexedDbFloor(page, CHUNK);
    chunked.add.push(inChunks.add);
    chunked.read.push(inChunks.read);
  }
  await page.close();
  line(
    `- floor: this browser's IndexedDB adding 100,000 bare records in one transaction, one row each, no index, none of our code: ${formatSpread(spread(floors.add))}; reading them back with one getAll: ${formatSpread(spread(floors.read))}`,
  );
  line(
    `- the same records in rows of ${CHUNK.toLocaleString('en')} (a chunked layout): adding ${formatSpread(spread(chunked.add))}; reading back ${formatSpread(spread(chunked.read))}`,
  );
  const megabytes = (values: number[]) => {
    const of = spread(values);
    return `${of.median.toFixed(0)} MB (min ${of.min.toFixed(0)}, max ${of.max.toFixed(0)})`;
  };
  const floorPeak = spread(floor.peak).median;
  const heapBudget = HEAP_BUDGET_TIMES_FLOOR * floorPeak;
  line(
    `- the page's JavaScript heap (exact figures; each step garbage-collected before it), against ${HEAP_BUDGET_TIMES_FLOOR}× the floor's peak, ${heapBudget.toFixed(0)} MB; the floor's peak ${megabytes(floor.peak)}:`,
  );
  const names: Record<Step, string> = {
    preview: 'preview',
    import: 'import',
    export: 'export, in a newly opened workspace',
    again: 'preview over the stored catalogue, in a newly opened workspace',
  };
  for (const step of STEPS) {
    const peak = spread(peaks[step]).median;
    if (peak > heapBudget) process.exitCode = 1;
    line(
      `  - ${names[step]}: peak ${megabytes(peaks[step])}, ${verdict(peak, heapBudget)}; held after it ${megabytes(held[step])}`,
    );
  }
}
