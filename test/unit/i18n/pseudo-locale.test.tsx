// @vitest-environment happy-dom
import { type ComponentChildren, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardApp } from '../../../components/dashboard/DashboardApp';
import { ObjectivePicker } from '../../../components/ObjectivePicker';
import { OverlayLayer } from '../../../components/overlay/OverlayLayer';
import { SummaryBar } from '../../../components/overlay/SummaryBar';
import { PopupApp } from '../../../components/popup/PopupApp';
import { ReportApp } from '../../../components/report/ReportApp';
import { SECTIONS } from '../../../components/workspace/sections';
import { WorkspaceApp } from '../../../components/workspace/WorkspaceApp';
import { describeReason } from '../../../lib/alignment/describe-reason';
import { TRACKER_LABELS } from '../../../lib/catalogue/labels';
import { createDatabase } from '../../../lib/db/database';
import { createHandlers } from '../../../lib/messages/handlers';
import { createRouter } from '../../../lib/messages/router';
import type { AnnotateResult } from '../../../lib/model/annotation';
import { seenColumns } from '../../../lib/model/seen-columns';
import { renderChips } from '../../../lib/overlay/chip-dom';
import { TRACKER_LABELS as SITE_TRACKER_LABELS } from '../../../lib/sites/tracker-labels';
import sample from '../../fixtures/sample-pack.json';
import { usePseudoLocale } from './catalogue-stub';

/**
 * Every page and the overlay, rendered with every message pseudo-localized
 * (`⟦Ságé⟧`): any text or accessible name with words that is neither from
 * the catalogue nor the seeded data is a string that skipped the catalogue.
 */

const NOW = new Date('2026-11-25T10:00:00Z');
const ITEM = 'jira:acme.atlassian.net:PAY-1';
const SEEN = [
  { id: ITEM, title: 'Seeded item one', status: 'In Progress', url: 'https://acme.atlassian.net/browse/PAY-1' },
  { id: 'jira:acme.atlassian.net:PAY-777', title: 'Seeded item two', url: 'https://acme.atlassian.net/browse/PAY-777' },
].map((item) => ({ ...item, lastSeen: NOW.toISOString() }));

/** Every string of the seeded data: what users typed may show as it is. */
function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
  // An item id (`jira:acme.atlassian.net:PAY-1`) shows as its site, its key and its project.
  if (typeof value === 'string')
    for (const part of [value, ...value.split(':'), value.split(':').at(-1)!.split('-')[0]!]) into.add(part);
  else if (Array.isArray(value)) for (const entry of value) dataStrings(entry, into);
  else if (value && typeof value === 'object') for (const entry of Object.values(value)) dataStrings(entry, into);
  return into;
}
// Product names are the same in every language.
const PRODUCTS = [...Object.values(TRACKER_LABELS), ...Object.values(SITE_TRACKER_LABELS), 'Throughline'];
const DATA = [...dataStrings([sample, SEEN]), ...PRODUCTS]
  .filter((value) => /[A-Za-z]{2}/.test(value))
  .sort((a, b) => b.length - a.length);
// What Intl writes for dates, numbers and sizes in en-US: month names, AM/PM, compact suffixes, units, relative days.
const INTL =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b[AP]M\b|\d[KMBT]\b|\b(byte|kB|MB)\b|\b(today|yesterday|days? ago)\b/g;

/** The words in a string that came from neither the catalogue nor the data (plus `extra`, data a test sent). */
function hardCoded(text: string, extra: readonly string[] = []): string | null {
  const rest = text.replace(/[⟦⟧]/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  // Data may hold what looks like Intl's words ("EUR 40M") and Intl's words what looks like data (a unit "days").
  const withoutData = (text: string) => [...extra, ...DATA].reduce((left, value) => left.split(value).join(' '), text);
  // A message's own words are accented throughout, while what is put into it is not and is checked like any text.
  // They go last: data may hold words without a vowel ("40M") that would look accented.
  const withoutMessages = (text: string) =>
    text.replace(/[\p{L}’'-]+/gu, (word) => (/[aeiouycnAEIOUYCN]/.test(word) ? word : ' '));
  const left = [withoutData(rest).replace(INTL, ' '), withoutData(rest.replace(INTL, ' '))].map(withoutMessages);
  return left.every((words) => /[A-Za-z]{2}/.test(words)) ? left[0]!.trim() : null;
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];

function leftovers(root: Node, where: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (hardCoded(text) !== null && node.parentElement?.tagName !== 'STYLE') found.push(`${where}: "${text.trim()}"`);
    } else if (node instanceof Element) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value && hardCoded(value) !== null) found.push(`${where}: ${name}="${value}"`);
      }
      for (const child of node.childNodes) visit(child);
      if (node.shadowRoot) visit(node.shadowRoot);
    } else for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Waits until the page stops changing (its requests answered), then lists what it shows outside the catalogue. */
/** Waits until the rendering stops changing and, when named, `ready` is there (a section loads its script first). */
async function settle(container: Element, ready?: string): Promise<void> {
  let last = '';
  for (let quiet = 0; quiet < 3 || (ready !== undefined && container.querySelector(ready) === null); ) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    const now = container.innerHTML;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

let container: HTMLElement;
let ask: ReturnType<typeof createRouter>;

async function shown(ui: ComponentChildren, where: string, ready?: string): Promise<string[]> {
  render(ui, container);
  await settle(container, ready);
  const found = leftovers(container, where);
  render(null, container);
  return found;
}

beforeEach(async () => {
  usePseudoLocale(true);
  // What happy-dom and the fake browser lack: a canvas to draw the charts on, permission events.
  const inert = () => new Proxy({}, { get: (_, name) => (name === 'measureText' ? () => ({ width: 0 }) : () => {}) });
  HTMLCanvasElement.prototype.getContext = inert as never;
  vi.stubGlobal(
    'Path2D',
    class {
      constructor() {
        // biome-ignore lint/correctness/noConstructorReturn: an inert path whatever uPlot calls on it
        return inert();
      }
    },
  );
  fakeBrowser.permissions.onAdded = { addListener() {}, removeListener() {}, hasListener: () => false } as never;
  fakeBrowser.permissions.onRemoved = { addListener() {}, removeListener() {}, hasListener: () => false } as never;
  container = document.createElement('div');
  document.body.append(container);
  const db = createDatabase();
  const handlers = createHandlers({ db, notify: () => {}, now: () => NOW, version: '1.0.0' });
  const origin = new URL(fakeBrowser.runtime.getURL('/')).origin;
  const router = createRouter(handlers, {
    runtimeId: fakeBrowser.runtime.id,
    extensionOrigin: origin,
    isTrackerPage: (url) => new URL(url).hostname.endsWith('.atlassian.net'),
  });
  ask = router;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    router(message, { id: fakeBrowser.runtime.id, url: `${origin}/options.html` }),
  );
  await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' }, { kind: 'page' });
  await handlers.recordSeen({ type: 'recordSeen', seen: seenColumns(SEEN) }, { kind: 'page' });
});

afterEach(async () => {
  container.remove();
  location.hash = '';
  const db = createDatabase();
  await db.delete();
});

// Every page renders with its data: on a busy two-core machine that takes far longer than a unit test's usual 5 s.
describe('pseudo-locale: every string the UI shows comes from the message catalogue', { timeout: 60_000 }, () => {
  it('the workspace, in every section', async () => {
    const found: string[] = [];
    for (const section of SECTIONS) {
      location.hash = `#${section.id}`;
      found.push(...(await shown(<WorkspaceApp />, section.id, 'main > *')));
    }
    location.hash = '#objective/ob-grow-2';
    found.push(...(await shown(<WorkspaceApp />, 'objective', 'main > *')));
    expect(found).toEqual([]);
  });

  it('the dashboard and the steering report', async () => {
    const found = [...(await shown(<DashboardApp />, 'dashboard')), ...(await shown(<ReportApp />, 'report'))];
    expect(found).toEqual([]);
  });

  it('the popup, on a tracker page and elsewhere', async () => {
    fakeBrowser.tabs.get = (async () => ({ url: 'https://acme.atlassian.net/browse/PAY-1' })) as never;
    fakeBrowser.tabs.query = (async () => [{ id: 1 }]) as never;
    fakeBrowser.tabs.sendMessage = (async () => ({
      tracker: 'jira',
      site: 'acme.atlassian.net',
      views: ['issue'],
      items: SEEN.map((item, index) => ({
        ...item,
        kind: 'card',
        listed: true,
        state: index ? 'unaligned' : 'aligned',
      })),
    })) as never;
    const found = await shown(<PopupApp />, 'popup (items)');
    fakeBrowser.tabs.sendMessage = (async () => undefined) as never;
    fakeBrowser.tabs.get = (async () => ({ url: 'https://example.com/' })) as never;
    found.push(...(await shown(<PopupApp />, 'popup (not added)')));
    expect(found).toEqual([]);
  });

  it("the overlay's chips, hover card, picker, summary and toast", async () => {
    const handlers = createHandlers({ db: createDatabase(), notify: () => {}, now: () => NOW, version: '1.0.0' });
    const annotated: AnnotateResult = await handlers.annotate(
      { type: 'annotate', items: [{ id: ITEM }] },
      { kind: 'page' },
    );
    const objectives = new Map(Object.entries(annotated.objectives));
    const alignment = annotated.items[ITEM]![0]!;
    const objective = objectives.get(alignment.objectiveId)!;
    const found: string[] = [];
    for (const alignments of [annotated.items[ITEM]!, []]) {
      const host = document.createElement('div');
      renderChips(host.attachShadow({ mode: 'open' }), {
        itemKey: 'PAY-1',
        kind: 'card',
        full: true,
        alignments,
        objectives,
      });
      found.push(...leftovers(host, 'chips'));
    }
    const { objectives: catalogue } = (await handlers.listObjectives({ type: 'listObjectives' }, { kind: 'page' })) as {
      objectives: never[];
    };
    const picker = {
      subject: 'PAY-1',
      objectives: catalogue,
      linked: new Map([[alignment.objectiveId, { via: 'link' as const, reason: describeReason(alignment, NOW) }]]),
      onLink() {},
      onUnlink() {},
      onExclude() {},
    };
    const rect = new DOMRect(0, 0, 10, 10);
    const layer = { onCardEnter() {}, onCardLeave() {}, onClosePicker() {}, onDismissToast() {} };
    found.push(
      ...(await shown(
        <OverlayLayer
          {...layer}
          card={{ objective, reason: describeReason(alignment, NOW), rect }}
          picker={null}
          toast={{ message: 'PAY-1', onUndo() {} }}
        />,
        'hover card',
      )),
      ...(await shown(<OverlayLayer {...layer} card={null} picker={{ ...picker, rect }} toast={null} />, 'picker')),
      ...(await shown(<ObjectivePicker {...picker} objectives={null} onClose={() => {}} />, 'picker (loading)')),
      ...(await shown(
        <SummaryBar
          aligned={1}
          total={2}
          split={() => [{ ...objective, objectiveId: objective.id, count: 1 }]}
          dimmed={false}
          onToggleDim={() => {}}
        />,
        'summary',
      )),
    );
    expect(found).toEqual([]);
  });

  it('every refusal the background sends: malformed requests, strangers, bad packs and refused saves', async () => {
    const page = { id: fakeBrowser.runtime.id, url: `${new URL(fakeBrowser.runtime.getURL('/')).origin}/options.html` };
    const tab = { id: fakeBrowser.runtime.id, url: 'https://acme.atlassian.net/browse/PAY-1', tab: { id: 7 } };
    const stranger = { id: fakeBrowser.runtime.id, url: 'https://intruder.example/', tab: { id: 8 } };
    const objective = sample.objectives.find((entry) => entry.id === 'ob-grow-2')!;
    const target = sample.benefitTargets[0]!;
    const pack = (changes: object) => ({ ...sample, ...changes });
    const cases: [string, unknown, typeof page, string[]?][] = [
      ['not an object', 'ping', page],
      ['no type', { kind: 'ping' }, page],
      ['unknown type', { type: 'launchMissiles' }, page, ['launchMissiles']],
      ['missing field', { type: 'link' }, page],
      ['wrong types', { type: 'link', itemId: 7, objectiveId: ['x'] }, page],
      ['unknown field', { type: 'ping', extra: true }, page, ['extra']],
      ['page-only from a tab', { type: 'exportPack' }, tab, ['exportPack']],
      ['another site', { type: 'ping' }, stranger, ['https://intruder.example', 'ping']],
      [
        'foreign item',
        { type: 'unlink', itemId: 'jira:other.atlassian.net:PAY-2', objectiveId: objective.id },
        tab,
        ['jira:other.atlassian.net:PAY-2'],
      ],
      ['not a pack', { type: 'importPack', pack: [], mode: 'merge' }, page],
      [
        'another format',
        { type: 'importPack', pack: { format: 'x', version: 2 }, mode: 'merge' },
        page,
        ['throughline.pack'],
      ],
      ['a newer pack', { type: 'importPack', pack: pack({ version: 99 }), mode: 'merge' }, page],
      [
        'a broken pack',
        {
          type: 'importPack',
          pack: pack({
            themes: [...sample.themes, { ...sample.themes[0], color: 'red', extra: 1 }],
            objectives: [{ ...objective, code: 'bad code!', period: { start: '2026-12-31', end: '2026-01-01' } }],
            benefitTargets: [{ ...target, unit: 'x'.repeat(30), baseline: 10, target: 5, dueDate: 'soon' }],
          }),
          mode: 'merge',
        },
        page,
        [
          'themes',
          'objectives',
          'benefitTargets',
          'color',
          'extra',
          'code',
          'period',
          'end',
          'unit',
          'target',
          'dueDate',
        ],
      ],
      [
        'a dangling pack',
        { type: 'importPack', pack: pack({ objectives: [] }), mode: 'replace' },
        page,
        ['benefitTargets', 'objectiveId', 'links', 'rules', 'targetId', 'exclusions', 'itemId'],
      ],
      [
        'a clashing code',
        { type: 'saveRecord', list: 'objectives', record: { ...objective, id: 'ob-new', parentId: null } },
        page,
        ['code'],
      ],
      [
        'a stale copy',
        { type: 'saveRecord', list: 'objectives', record: objective, base: { ...objective, title: 'Before' } },
        page,
        ['Before'],
      ],
      [
        'a backwards target',
        {
          type: 'saveRecord',
          list: 'benefitTargets',
          record: { ...target, direction: 'increase', baseline: 9, target: 1 },
        },
        page,
        ['target'],
      ],
      [
        'an unusable key pattern',
        {
          type: 'saveRecord',
          list: 'rules',
          record: { ...sample.rules[0], id: 'ru-new', match: { kind: 'key-pattern', value: 'PAY-(', syntax: 'regex' } },
        },
        page,
        ['match', 'value', 'PAY-('],
      ],
      ['a link to nothing', { type: 'link', itemId: ITEM, objectiveId: 'ob-gone' }, page, ['ob-gone']],
      ['a gone subscription', { type: 'unsubscribe', id: 'sub-gone' }, page],
    ];
    const found: string[] = [];
    for (const [what, message, sender, sent = []] of cases) {
      const reply = (await ask(message, sender)) as { ok: boolean; error?: string; problems?: { message: string }[] };
      expect(reply.ok, what).toBe(false);
      // Field paths (`objectives[0].code:`) are the pack's own names, not words of the UI.
      const paths = /(?<=^|\n|; |: )[A-Za-z]\w*(?:\[\d+\]|\.\w+)*(?=: )/g;
      for (const text of [reply.error!, ...(reply.problems ?? []).map((problem) => problem.message)]) {
        const words = hardCoded(text.replace(paths, ' '), sent);
        if (words !== null) found.push(`${what}: "${text}" (${words})`);
      }
    }
    expect(found).toEqual([]);
  });
});
