import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalPack, packFileText } from '../../lib/db/pack-io';
import type { PackInput } from '../../lib/model/pack';
import { parsePack } from '../../lib/model/parse-pack';

/**
 * Writes test/fixtures/sample-pack.json: Northwind Outfitters' strategy,
 * linked to the items of the tracker fixtures. The file is canonical (what
 * an export writes), so importing and exporting it gives it back.
 */
export const SAMPLE_PACK_PATH = fileURLToPath(new URL('../fixtures/sample-pack.json', import.meta.url));
export const SAMPLE_EXPORTED_AT = '2026-11-24T10:00:00.000Z';

type Input = PackInput;
type Objective = Input['objectives'][number];
type Target = Input['benefitTargets'][number];
type Link = Input['links'][number];

const DOCS = 'https://intranet.northwind.example/strategy';
const YEAR = { start: '2026-01-01', end: '2026-12-31' };

const themes: Input['themes'] = [
  {
    id: 'th-growth',
    name: 'Profitable growth',
    color: '#1f6feb',
    description: 'Grow online revenue while keeping margins.',
  },
  { id: 'th-customer', name: 'Customers for life', color: '#bf3989' },
  {
    id: 'th-operations',
    name: 'Operational excellence',
    color: '#1a7f37',
    description: 'Run a lean, reliable supply chain.',
  },
];

const objective = (
  id: string,
  code: string,
  title: string,
  themeId: string,
  status: Objective['status'],
  extra: Partial<Objective> = {},
): Objective => ({
  id,
  code,
  title,
  themeId,
  parentId: null,
  status,
  url: `${DOCS}/${code.toLowerCase()}`,
  ...extra,
});

const objectives: Input['objectives'] = [
  objective('ob-grow-1', 'GROW-1', 'Grow online revenue to EUR 40M', 'th-growth', 'active', {
    owner: 'Dana Smith',
    period: YEAR,
    description: 'The umbrella for every online revenue initiative in 2026.',
  }),
  objective('ob-grow-2', 'GROW-2', 'Increase self-serve revenue', 'th-growth', 'at-risk', {
    parentId: 'ob-grow-1',
    owner: 'Dana Smith',
    period: YEAR,
    description: 'Shift new business to self-serve checkout.',
  }),
  objective('ob-grow-3', 'GROW-3', 'Launch the Nordic storefront', 'th-growth', 'active', {
    parentId: 'ob-grow-1',
    owner: 'Lars Eriksen',
    period: { start: '2026-03-01', end: '2026-10-31' },
  }),
  objective('ob-grow-4', 'GROW-4', 'Open a wholesale partner programme', 'th-growth', 'draft', {
    owner: 'Priya Natarajan',
    period: { start: '2026-07-01', end: '2027-06-30' },
  }),
  objective('ob-cx-1', 'CX-1', 'Cut time to first value', 'th-customer', 'active', {
    owner: 'Miguel Alvarez',
    period: YEAR,
    description: 'New customers place a first order within days, not weeks.',
  }),
  objective('ob-cx-2', 'CX-2', 'Make returns effortless', 'th-customer', 'at-risk', {
    parentId: 'ob-cx-1',
    owner: 'Aisha Bello',
    period: { start: '2026-04-01', end: '2026-12-31' },
  }),
  objective('ob-cx-3', 'CX-3', 'Raise the app store rating to 4.6', 'th-customer', 'achieved', {
    owner: 'Miguel Alvarez',
    period: { start: '2026-01-01', end: '2026-09-30' },
  }),
  objective('ob-cx-4', 'CX-4', 'Relaunch the loyalty programme', 'th-customer', 'dropped', {
    owner: 'Aisha Bello',
    period: { start: '2026-02-01', end: '2026-08-31' },
    description: 'Dropped in July: folded into the wholesale programme.',
    archived: true,
  }),
  objective('ob-ops-1', 'OPS-1', 'Keep checkout available', 'th-operations', 'active', {
    owner: 'Tomasz Nowak',
    period: YEAR,
  }),
  objective('ob-ops-2', 'OPS-2', 'Automate warehouse picking', 'th-operations', 'draft', {
    parentId: 'ob-ops-3',
    owner: 'Chen Wei',
  }),
  objective('ob-ops-3', 'OPS-3', 'Lower cost to serve', 'th-operations', 'active', {
    owner: 'Chen Wei',
    period: YEAR,
    description: 'Fewer touches per order, from warehouse to support.',
  }),
  objective('ob-ops-4', 'OPS-4', 'Retire the legacy order system', 'th-operations', 'achieved', {
    owner: 'Tomasz Nowak',
    period: { start: '2026-01-01', end: '2026-06-30' },
  }),
];

const benefitTargets: Target[] = [
  {
    id: 'bt-online-revenue',
    objectiveId: 'ob-grow-1',
    name: 'Online revenue',
    unit: 'EUR',
    kind: 'financial',
    direction: 'increase',
    baseline: 28_000_000,
    target: 40_000_000,
    dueDate: '2026-12-31',
    owner: 'Dana Smith',
  },
  {
    id: 'bt-self-serve-revenue',
    objectiveId: 'ob-grow-2',
    name: 'Self-serve revenue',
    unit: 'EUR',
    kind: 'financial',
    direction: 'increase',
    baseline: 1_000_000,
    target: 1_500_000,
    dueDate: '2026-12-31',
    owner: 'Dana Smith',
  },
  {
    id: 'bt-self-serve-share',
    objectiveId: 'ob-grow-2',
    name: 'Orders placed self-serve',
    unit: '%',
    kind: 'non-financial',
    direction: 'increase',
    baseline: 35,
    target: 60,
    dueDate: '2026-12-31',
  },
  {
    id: 'bt-nordic-orders',
    objectiveId: 'ob-grow-3',
    name: 'Monthly Nordic orders',
    unit: 'orders',
    kind: 'non-financial',
    direction: 'increase',
    baseline: 0,
    target: 5_000,
    dueDate: '2026-10-31',
    owner: 'Lars Eriksen',
  },
  {
    id: 'bt-time-to-value',
    objectiveId: 'ob-cx-1',
    name: 'Days from sign-up to first order',
    unit: 'days',
    kind: 'non-financial',
    direction: 'decrease',
    baseline: 14,
    target: 5,
    dueDate: '2026-12-31',
  },
  {
    id: 'bt-refund-time',
    objectiveId: 'ob-cx-2',
    name: 'Days to refund a return',
    unit: 'days',
    kind: 'non-financial',
    direction: 'decrease',
    baseline: 9,
    target: 3,
    dueDate: '2026-12-31',
    owner: 'Aisha Bello',
  },
  {
    id: 'bt-app-rating',
    objectiveId: 'ob-cx-3',
    name: 'App store rating',
    unit: 'stars',
    kind: 'non-financial',
    direction: 'increase',
    baseline: 4.1,
    target: 4.6,
    dueDate: '2026-09-30',
  },
  {
    id: 'bt-checkout-availability',
    objectiveId: 'ob-ops-1',
    name: 'Checkout availability',
    unit: '%',
    kind: 'non-financial',
    direction: 'keep-within',
    baseline: 99.9,
    target: 100,
    owner: 'Tomasz Nowak',
  },
  {
    id: 'bt-picking-rate',
    objectiveId: 'ob-ops-2',
    name: 'Order lines picked per hour',
    unit: 'lines/h',
    kind: 'non-financial',
    direction: 'increase',
    baseline: 90,
    target: 140,
    dueDate: '2027-06-30',
  },
  {
    id: 'bt-cost-per-order',
    objectiveId: 'ob-ops-3',
    name: 'Cost to serve per order',
    unit: 'EUR',
    kind: 'financial',
    direction: 'decrease',
    baseline: 7.8,
    target: 6,
    dueDate: '2026-12-31',
    owner: 'Chen Wei',
  },
  {
    id: 'bt-inventory-days',
    objectiveId: 'ob-ops-3',
    name: 'Inventory days on hand',
    unit: 'days',
    kind: 'financial',
    direction: 'keep-within',
    baseline: 30,
    target: 45,
  },
];

const MONTH_ENDS = ['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-20'];

/** Monthly check-ins from June; `null` skips a month. Notes and confidence go on the latest. */
function checkIns(
  targetId: string,
  short: string,
  values: (number | null)[],
  latest: { confidence?: number; note?: string } = {},
): Input['measurements'] {
  const taken = values.flatMap((value, month) => (value === null ? [] : [{ value, at: MONTH_ENDS[month]! }]));
  return taken.map(({ value, at }, index) => ({
    id: `ms-${short}-${at.slice(0, 7)}`,
    targetId,
    value,
    at,
    ...(index === taken.length - 1 && latest),
  }));
}

const measurements: Input['measurements'] = [
  ...checkIns(
    'bt-online-revenue',
    'online-revenue',
    [31_200_000, 32_050_000, 32_900_000, 34_100_000, 35_000_000, 35_600_000],
    {
      confidence: 0.8,
      note: 'Includes the Black Friday preview week.',
    },
  ),
  ...checkIns('bt-self-serve-revenue', 'ssr', [1_080_000, 1_120_000, 1_150_000, 1_190_000, 1_230_000, 1_250_000], {
    confidence: 0.7,
    note: 'Checkout redesign shipped to 50% of traffic.',
  }),
  ...checkIns('bt-self-serve-share', 'ss-share', [38, 39, 41, 42, 44, 45]),
  // Nobody has checked in since September: this one is stale.
  ...checkIns('bt-nordic-orders', 'nordic', [650, 1_400, 2_300, 2_900, null, null], {
    confidence: 0.5,
    note: 'Finance to confirm the September figure.',
  }),
  ...checkIns('bt-time-to-value', 'ttv', [13, 12, 11, 9, 8, 8]),
  ...checkIns('bt-refund-time', 'refund', [9, 10, 9, 8, 8, 7], { note: 'Carrier backlog in July.' }),
  ...checkIns('bt-app-rating', 'rating', [4.3, 4.4, 4.5, 4.6, 4.7, null], { confidence: 1 }),
  ...checkIns('bt-checkout-availability', 'availability', [99.95, 99.97, 99.82, 99.93, 99.96, 99.98]),
  ...checkIns('bt-cost-per-order', 'cost', [7.7, 7.6, 7.4, 7.3, 7.1, 7.0], { confidence: 0.6 }),
  // Also stale: the last stock count was in August, and it was above the band.
  ...checkIns('bt-inventory-days', 'inventory', [41, 44, 47, null, null, null]),
];

const JIRA = 'jira:acme.atlassian.net';
const ASANA = 'asana:app.asana.com';
const ADO = 'azure-devops:dev.azure.com/contoso';

function link(
  itemId: string,
  objectiveId: string,
  createdAt: string,
  extra: Partial<Pick<Link, 'targetId' | 'note' | 'createdBy'>> = {},
): Link {
  const item = itemId.slice(itemId.lastIndexOf(':') + 1).toLowerCase();
  const tracker = itemId.slice(0, itemId.indexOf(':'));
  return {
    id: `ln-${tracker}-${item}-${objectiveId.slice(3)}`,
    itemId,
    objectiveId,
    ...(extra.targetId !== undefined && { targetId: extra.targetId }),
    ...(extra.note !== undefined && { note: extra.note }),
    createdAt: `${createdAt}T09:30:00.000Z`,
    createdBy: extra.createdBy ?? 'Dana Smith',
  };
}

const links: Link[] = [
  link(`${JIRA}:PAY-1`, 'ob-grow-2', '2026-06-02', { targetId: 'bt-self-serve-revenue', note: 'Checkout redesign' }),
  link(`${JIRA}:PAY-2`, 'ob-grow-2', '2026-06-02', { targetId: 'bt-self-serve-share' }),
  link(`${JIRA}:PAY-2`, 'ob-ops-1', '2026-07-14', {
    targetId: 'bt-checkout-availability',
    createdBy: 'Tomasz Nowak',
  }),
  link(`${JIRA}:PAY-3`, 'ob-grow-2', '2026-06-09', { targetId: 'bt-self-serve-revenue' }),
  link(`${JIRA}:PAY-4`, 'ob-ops-3', '2026-08-03', { targetId: 'bt-cost-per-order', createdBy: 'Chen Wei' }),
  link(`${JIRA}:PAY-5`, 'ob-grow-3', '2026-06-20', { createdBy: 'Lars Eriksen' }),
  link(`${JIRA}:PAY-6`, 'ob-cx-2', '2026-09-01', { targetId: 'bt-refund-time', createdBy: 'Aisha Bello' }),
  link(`${JIRA}:PAY-7`, 'ob-ops-1', '2026-07-14', { note: 'Card vault failover', createdBy: 'Tomasz Nowak' }),
  link(`${JIRA}:PAY-8`, 'ob-grow-2', '2026-10-05'),
  link(`${JIRA}:PAY-8`, 'ob-cx-1', '2026-10-05', { targetId: 'bt-time-to-value', createdBy: 'Miguel Alvarez' }),
  link(`${JIRA}:WEB-1`, 'ob-cx-1', '2026-06-16', { targetId: 'bt-time-to-value', createdBy: 'Miguel Alvarez' }),
  link(`${JIRA}:WEB-2`, 'ob-grow-3', '2026-06-20', { targetId: 'bt-nordic-orders', createdBy: 'Lars Eriksen' }),
  link(`${JIRA}:WEB-3`, 'ob-cx-3', '2026-07-01', { targetId: 'bt-app-rating', createdBy: 'Miguel Alvarez' }),
  link(`${JIRA}:WEB-4`, 'ob-grow-1', '2026-08-18', { targetId: 'bt-online-revenue' }),
  link(`${JIRA}:WEB-4`, 'ob-cx-1', '2026-08-18', { createdBy: 'Miguel Alvarez' }),
  link(`${JIRA}:OPS-2`, 'ob-ops-1', '2026-09-08', {
    note: 'Roll out the card vault to production',
    createdBy: 'Tomasz Nowak',
  }),
  link(`${ASANA}:1209000000000101`, 'ob-cx-2', '2026-06-25', { createdBy: 'Aisha Bello' }),
  link(`${ASANA}:1209000000000102`, 'ob-cx-1', '2026-07-07', { createdBy: 'Miguel Alvarez' }),
  link(`${ASANA}:1209000000000102`, 'ob-grow-4', '2026-10-12', { createdBy: 'Priya Natarajan' }),
  link(`${ASANA}:1209000000000103`, 'ob-grow-3', '2026-07-21', { createdBy: 'Lars Eriksen' }),
  link(`${ASANA}:1209000000000104`, 'ob-cx-4', '2026-06-03', {
    note: 'Kept for the record after the programme was dropped.',
    createdBy: 'Aisha Bello',
  }),
  link(`${ADO}:101`, 'ob-ops-3', '2026-06-11', { targetId: 'bt-cost-per-order', createdBy: 'Chen Wei' }),
  link(`${ADO}:102`, 'ob-ops-2', '2026-09-15', { targetId: 'bt-picking-rate', createdBy: 'Chen Wei' }),
  link(`${ADO}:103`, 'ob-ops-1', '2026-07-02', { createdBy: 'Tomasz Nowak' }),
  link(`${ADO}:103`, 'ob-ops-3', '2026-07-02', { targetId: 'bt-inventory-days', createdBy: 'Chen Wei' }),
  link(`${ADO}:104`, 'ob-grow-1', '2026-11-02', { note: 'Search ranking for the outlet store' }),
];

const rules: Input['rules'] = [
  {
    id: 'ru-checkout-label',
    objectiveId: 'ob-grow-2',
    targetId: 'bt-self-serve-revenue',
    tracker: 'jira',
    site: 'acme.atlassian.net',
    match: { kind: 'label', value: 'checkout' },
    enabled: true,
  },
  {
    id: 'ru-platform-checkout-area',
    objectiveId: 'ob-ops-1',
    tracker: 'azure-devops',
    site: 'dev.azure.com/contoso',
    match: { kind: 'area-path', value: 'Platform\\Checkout' },
    enabled: true,
  },
  {
    id: 'ru-loyalty-project',
    objectiveId: 'ob-cx-4',
    tracker: 'asana',
    match: { kind: 'asana-project', value: '1209000000000001' },
    enabled: false,
  },
];

export function samplePackInput(): PackInput {
  return {
    format: 'throughline.pack',
    version: 2,
    exportedAt: SAMPLE_EXPORTED_AT,
    name: 'Northwind Outfitters 2026 strategy',
    themes,
    objectives,
    benefitTargets,
    measurements,
    links,
    rules,
    exclusions: [],
  };
}

/** The sample pack file's text, exactly as an export would write it. */
export function samplePackText(): string {
  const result = parsePack(samplePackInput());
  if (!result.ok) throw new Error(`The sample pack is invalid:\n${result.errors.join('\n')}`);
  return packFileText(canonicalPack(result.pack, result.pack.name, new Date(SAMPLE_EXPORTED_AT)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SAMPLE_PACK_PATH, samplePackText());
  console.log(`Wrote ${SAMPLE_PACK_PATH}`);
}
