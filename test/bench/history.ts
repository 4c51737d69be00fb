import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { DAILY_DAYS, foldHistory, KEEP_DAYS, keepChanges, thinHistory } from '../../lib/history/history';
import type { Pack } from '../../lib/model/pack';
import { parsePackText } from '../../lib/model/parse-pack';
import { seenColumns } from '../../lib/model/seen-columns';
import type { Snapshot } from '../../lib/model/snapshot';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { SAMPLE_PACK_PATH } from '../e2e/harness/paths';
import { importPack } from './import-pack';
import { largePack } from './seed';
import { formatSpread, spread, verdict } from './stats';

declare const chrome: Browser;

const OBJECTIVES = 1000;
const TARGETS = 5000;
const DAYS = 730;
const SEEN = 20_000;
const RUNS = 5;
const DAY_MS = 86_400_000;
/** The budgets for a page a PMO opens daily, from navigation start. */
const FIGURES_BUDGET_MS = 1000;
const TRENDS_BUDGET_MS = 2000;

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The catalogue: the sample pack with 1,000 more objectives, 5 targets each and their monthly check-ins. */
function catalogue(today: number): Pack {
  const parsed = parsePackText(readFileSync(SAMPLE_PACK_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const pack = largePack(parsed.pack, OBJECTIVES, 10_000);
  const targets = Array.from({ length: TARGETS }, (_, index) => ({
    id: `bt-bench-${index}`,
    objectiveId: `ob-bench-${index % OBJECTIVES}`,
    name: `Benefit ${index}`,
    unit: 'EUR',
    kind: 'financial' as const,
    direction: 'increase' as const,
    baseline: 1000,
    target: 2000,
    dueDate: dayOf(today + 180 * DAY_MS),
  }));
  const measurements = targets.flatMap((target, index) =>
    Array.from({ length: 24 }, (_, month) => ({
      id: `ms-bench-${index}-${month}`,
      targetId: target.id,
      value: 1000 + month * 30 + (index % 7),
      at: dayOf(today - (DAYS - month * 30 - (index % 30)) * DAY_MS),
      confidence: 0.5 + (month % 5) / 10,
    })),
  );
  return {
    ...pack,
    benefitTargets: [...pack.benefitTargets, ...targets],
    measurements: [...pack.measurements, ...measurements],
  };
}

/**
 * Two years of days as the background would have stored them: each day's
 * full snapshot cut to the targets that changed, then thinned as it goes;
 * and, for comparison, the same days all kept.
 */
function histories(pack: Pack, today: number): { kept: Snapshot[]; every: Snapshot[] } {
  const checkIns = new Map<string, Pack['measurements']>();
  for (const measurement of pack.measurements) {
    const list = checkIns.get(measurement.targetId);
    if (list) list.push(measurement);
    else checkIns.set(measurement.targetId, [measurement]);
  }
  for (const list of checkIns.values()) list.sort((a, b) => (a.at < b.at ? -1 : 1));
  const next = new Map<string, number>();
  let kept: Snapshot[] = [];
  const every: Snapshot[] = [];
  let previous = foldHistory([]);
  for (let age = DAYS - 1; age >= 0; age--) {
    const day = dayOf(today - age * DAY_MS);
    const growth = (DAYS - age) / DAYS;
    const targets = pack.benefitTargets.map((target) => {
      const list = checkIns.get(target.id) ?? [];
      let index = next.get(target.id) ?? 0;
      while (index < list.length && list[index]!.at <= day) index++;
      next.set(target.id, index);
      const latest = list[index - 1];
      return latest
        ? { targetId: target.id, value: latest.value, at: latest.at, confidence: latest.confidence }
        : { targetId: target.id, value: null };
    });
    const full: Snapshot = {
      day,
      takenAt: `${day}T17:00:00.000Z`,
      span: 'day',
      seen: Math.round(SEEN * (0.5 + growth / 2)),
      aligned: Math.round(SEEN * 0.3 * (0.5 + growth / 2)),
      reasons: { link: 4000, rule: 2000 },
      figures: { objectivesInPlay: 1007, objectivesWithoutWork: 12, warnings: { 'at-risk': 2, 'behind-pace': 300 } },
      trackers: [
        {
          tracker: 'jira',
          site: 'acme.atlassian.net',
          seen: 12_000,
          aligned: 4000,
          reasons: { link: 3000, rule: 1000 },
        },
        { tracker: 'asana', site: 'app.asana.com', seen: 4000, aligned: 1000, reasons: { link: 1000 } },
        { tracker: 'azure-devops', site: 'dev.azure.com/contoso', seen: 4000, aligned: 1000, reasons: { rule: 1000 } },
      ],
      themes: pack.themes.map((theme, index) => ({
        themeId: theme.id,
        aligned: 2000 + index,
        reasons: { link: 2000 },
      })),
      // About one objective in twenty gains or loses an item on a given day.
      objectives: pack.objectives.map((objective, index) => {
        const moves = Math.floor((DAYS - age + index * 7) / 20);
        return { objectiveId: objective.id, aligned: 10 + (moves % 5), reasons: { link: 8, rule: 2 + (moves % 5) } };
      }),
      targets,
    };
    const stored = keepChanges(full, previous);
    previous = {
      targets: new Map(targets.map((state) => [state.targetId, state])),
      objectives: new Map(full.objectives.map((entry) => [entry.objectiveId, entry])),
    };
    every.push(stored);
    kept = thinHistory([...kept, stored], day).kept;
  }
  return { kept, every };
}

async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Storage of two years of daily snapshots for 1,000 objectives and 5,000
 * targets, as thinning leaves them, and the dashboard's first render with
 * them and 20,000 seen items. Replaces the catalogue in the browser's profile.
 */
export async function benchHistory(browser: ExtensionBrowser, line: (text: string) => void): Promise<void> {
  const today = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
  const pack = catalogue(today);
  const { kept, every: unthinned } = histories(pack, today);
  line('');
  line(
    `## History: ${DAYS} days of snapshots, ${pack.objectives.length.toLocaleString('en')} objectives, ${pack.benefitTargets.length.toLocaleString('en')} targets`,
  );
  line(
    `- kept after thinning (daily for ${DAILY_DAYS} days, weekly to ${KEEP_DAYS}): ${kept.length} snapshots, ${kept.filter((s) => s.span === 'week').length} of them weekly; JSON ${mb(JSON.stringify(kept).length)}`,
  );
  line(`- for comparison, every day kept: ${unthinned.length} snapshots, JSON ${mb(JSON.stringify(unthinned).length)}`);

  const page = await browser.openOptions('settings');
  await importPack(page, pack);
  const before = await usage(page);
  await importPack(page, { ...pack, history: kept });
  const after = await usage(page);
  line(`- IndexedDB usage (navigator.storage.estimate) grows by ${mb(after - before)} with the thinned history`);

  const seen = Array.from({ length: SEEN }, (_, i) => ({
    id: `jira:acme.atlassian.net:LOAD${i % 50}-${i}`,
    url: `https://acme.atlassian.net/browse/LOAD${i % 50}-${i}`,
    title: `Seeded item ${i}`,
    lastSeen: new Date(Date.now() - i * 1000).toISOString(),
  }));
  const batches = Array.from({ length: Math.ceil(seen.length / 500) }, (_, n) =>
    seenColumns(seen.slice(n * 500, n * 500 + 500)),
  );
  // All at once: the background writes what comes together (lib/db/seen-writer.ts).
  await page.evaluate(
    (batches) => Promise.all(batches.map((seen) => chrome.runtime.sendMessage({ type: 'recordSeen', seen }))),
    batches,
  );
  await page.close();

  const dashboard = await browser.context.newPage();
  const figures: number[] = [];
  const trends: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    if (run === 0) await dashboard.goto(browser.extensionUrl('dashboard.html'));
    else await dashboard.reload();
    const at = await dashboard.waitForFunction(
      () => {
        const rendered = performance.getEntriesByName('throughline:dashboard-rendered')[0]?.startTime;
        const drawn = performance.getEntriesByName('throughline:dashboard-trends-rendered')[0]?.startTime;
        return rendered !== undefined && drawn !== undefined ? [rendered, drawn] : null;
      },
      undefined,
      { timeout: 60_000 },
    );
    const [rendered, drawn] = (await at.jsonValue()) as [number, number];
    if (run === 0) continue;
    figures.push(rendered);
    trends.push(drawn);
  }
  await dashboard.close();
  const shown = spread(figures);
  const drawn = spread(trends);
  line(
    `- dashboard first render from navigation start, ${SEEN.toLocaleString('en')} seen items: headline figures ${formatSpread(shown)}; budget ${FIGURES_BUDGET_MS} ms: ${verdict(shown.median, FIGURES_BUDGET_MS)}`,
  );
  line(
    `- with the trends drawn: ${formatSpread(drawn)}; budget ${TRENDS_BUDGET_MS} ms: ${verdict(drawn.median, TRENDS_BUDGET_MS)}`,
  );
  if (shown.median > FIGURES_BUDGET_MS || drawn.median > TRENDS_BUDGET_MS) process.exitCode = 1;
}
