import type { CatalogueRecords } from '../db/catalogue';
import { emptyCatalogue } from '../db/catalogue';
import { type MessageKey, t } from '../i18n/catalogue';
import { canonicalItemId } from '../model/item-id';
import { type Link, LinkSchema } from '../model/link';
import { type Measurement, MeasurementSchema } from '../model/measurement';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../model/pack';
import { formatIssue } from '../model/parse-pack';
import type { CsvTable } from './csv-table';

/** What a CSV file can add: links of work items to objectives, or check-ins of benefit targets. */
export type CsvTarget = 'links' | 'measurements';

export interface CsvField {
  key: string;
  /** Its name in the mapping form. */
  label: MessageKey;
  required: boolean;
  /** Header names this field is guessed from, lower case without spaces. */
  aliases: readonly string[];
  /** What its values look like. */
  hint: MessageKey;
}

export const CSV_FIELDS: Record<CsvTarget, readonly CsvField[]> = {
  links: [
    {
      key: 'itemId',
      label: 'csvImport_label_workItem',
      required: true,
      aliases: ['itemid', 'item', 'workitem', 'key', 'issue', 'id'],
      hint: 'csvImport_hint_jiraAcmeAtlassianNet',
    },
    {
      key: 'objective',
      label: 'csvImport_label_objective',
      required: true,
      aliases: ['objective', 'objectivecode', 'code', 'objectiveid'],
      hint: 'csvImport_hint_itsCodeGrow2',
    },
    {
      key: 'target',
      label: 'csvImport_label_benefitTarget',
      required: false,
      aliases: ['target', 'benefittarget', 'targetid'],
      hint: 'csvImport_hint_itsIdOrName',
    },
    {
      key: 'note',
      label: 'csvImport_label_note',
      required: false,
      aliases: ['note', 'notes', 'comment'],
      hint: 'csvImport_hint_anyText',
    },
  ],
  measurements: [
    {
      key: 'target',
      label: 'csvImport_label_benefitTarget',
      required: true,
      aliases: ['target', 'benefittarget', 'targetid', 'metric'],
      hint: 'csvImport_hint_itsIdOrName',
    },
    {
      key: 'value',
      label: 'csvImport_label_value',
      required: true,
      aliases: ['value', 'amount', 'actual'],
      hint: 'csvImport_hint_aNumber1250000Or',
    },
    {
      key: 'at',
      label: 'csvImport_label_date',
      required: true,
      aliases: ['at', 'date', 'day', 'when', 'asof'],
      hint: 'csvImport_hint_yyyyMmDd',
    },
    {
      key: 'confidence',
      label: 'csvImport_label_confidence',
      required: false,
      aliases: ['confidence'],
      hint: 'csvImport_hint_0To1Or',
    },
    {
      key: 'note',
      label: 'csvImport_label_note',
      required: false,
      aliases: ['note', 'notes', 'comment'],
      hint: 'csvImport_hint_anyText',
    },
  ],
};

/** Field key → column index, or null for "not in the file". */
export type CsvMapping = Record<string, number | null>;

const simple = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The column each field most likely comes from, by its header. */
export function guessMapping(target: CsvTarget, columns: readonly string[]): CsvMapping {
  const taken = new Set<number>();
  const mapping: CsvMapping = {};
  for (const field of CSV_FIELDS[target]) {
    const index = columns.findIndex((column, at) => !taken.has(at) && field.aliases.includes(simple(column)));
    mapping[field.key] = index === -1 ? null : index;
    if (index !== -1) taken.add(index);
  }
  return mapping;
}

export interface CsvPlan {
  /** The rows as a pack that only adds records, to be merged like any import. */
  pack: Pack;
  /** Rows that say what is already stored (the same item and objective linked), left out. */
  skipped: number;
  errors: string[];
}

const MAX_ERRORS = 20;

function number(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,](?=\d{3}\b)/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Turns CSV rows into records, all or nothing: every problem is reported by
 * row (as a spreadsheet numbers it, the header being row 1) and column, and
 * any problem means nothing is imported. Objectives are found by code or
 * id, benefit targets by id or (unique) name, in the stored catalogue.
 */
export function planCsvImport(
  target: CsvTarget,
  table: CsvTable,
  mapping: CsvMapping,
  stored: Pick<CatalogueRecords, 'objectives' | 'benefitTargets' | 'links'>,
  name: string,
  now: Date,
): CsvPlan {
  const errors: string[] = [];
  const fields = CSV_FIELDS[target];
  for (const field of fields)
    if (field.required && mapping[field.key] == null) errors.push(t('csvImport_chooseTheColumn', t(field.label)));
  if (errors.length > 0) return { pack: emptyPack(name, now), skipped: 0, errors };

  const objectiveOf = new Map<string, string>();
  for (const objective of stored.objectives) {
    objectiveOf.set(objective.id, objective.id);
    objectiveOf.set(objective.code.toUpperCase(), objective.id);
  }
  const targetsByName = new Map<string, string[]>();
  const targetIds = new Set(stored.benefitTargets.map((entry) => entry.id));
  for (const entry of stored.benefitTargets)
    targetsByName.set(entry.name.toLowerCase(), [...(targetsByName.get(entry.name.toLowerCase()) ?? []), entry.id]);
  const linked = new Set(stored.links.map((link) => `${link.itemId} ${link.objectiveId}`));

  const links: Link[] = [];
  const measurements: Measurement[] = [];
  let skipped = 0;
  const stamp = now.getTime().toString(36);
  table.rows.forEach((row, index) => {
    if (errors.length >= MAX_ERRORS) return;
    const line = index + 2;
    const cell = (key: string) => {
      const column = mapping[key];
      return column == null ? '' : (row[column] ?? '').trim();
    };
    const problem = (key: string, message: string) => {
      const column = mapping[key];
      errors.push(t('csvImport_rowColumn', line, column == null ? key : (table.columns[column] ?? ''), message));
    };
    const findTarget = (text: string): string | undefined | null => {
      if (text === '') return undefined;
      if (targetIds.has(text)) return text;
      const named = targetsByName.get(text.toLowerCase()) ?? [];
      if (named.length === 1) return named[0];
      problem(
        'target',
        named.length > 1
          ? t('csvImport_benefitTargetsAreNamedUse', named.length, text)
          : t('csvImport_noBenefitTarget', text),
      );
      return null;
    };
    const before = errors.length;
    if (target === 'links') {
      const itemId = canonicalItemId(cell('itemId'));
      if (!itemId) problem('itemId', t('csvImport_isNotAWorkItem', cell('itemId')));
      const objectiveId = objectiveOf.get(cell('objective').toUpperCase()) ?? objectiveOf.get(cell('objective'));
      if (!objectiveId) problem('objective', t('csvImport_noObjectiveWithCodeOr', cell('objective')));
      const targetId = findTarget(cell('target'));
      if (errors.length > before || !itemId || !objectiveId || targetId === null) return;
      const pair = `${itemId} ${objectiveId}`;
      if (linked.has(pair)) {
        skipped++;
        return;
      }
      linked.add(pair);
      const result = LinkSchema.safeParse({
        id: `ln-csv-${stamp}-${index}`,
        itemId,
        objectiveId,
        ...(targetId !== undefined && { targetId }),
        ...(cell('note') !== '' && { note: cell('note') }),
        createdAt: now.toISOString(),
      });
      if (!result.success)
        for (const issue of result.error.issues) problem(String(issue.path[0] ?? 'itemId'), formatIssue(issue));
      else links.push(result.data);
    } else {
      const targetId = findTarget(cell('target'));
      if (targetId === undefined) problem('target', t('csvImport_isEmpty'));
      const value = number(cell('value'));
      if (value === null) problem('value', t('csvImport_isNotANumber', cell('value')));
      const confidenceText = cell('confidence');
      let confidence: number | undefined;
      if (confidenceText !== '') {
        const percent = confidenceText.endsWith('%');
        const parsed = number(percent ? confidenceText.slice(0, -1) : confidenceText);
        if (parsed === null) problem('confidence', t('csvImport_isNotANumber', confidenceText));
        else confidence = percent ? parsed / 100 : parsed;
      }
      if (errors.length > before || !targetId || value === null) return;
      const result = MeasurementSchema.safeParse({
        id: `ms-csv-${stamp}-${index}`,
        targetId,
        value,
        at: cell('at'),
        ...(confidence !== undefined && { confidence }),
        ...(cell('note') !== '' && { note: cell('note') }),
      });
      if (!result.success)
        for (const issue of result.error.issues)
          problem(String(issue.path[0] ?? 'value'), formatIssue({ ...issue, path: [] }));
      else measurements.push(result.data);
    }
  });
  if (errors.length >= MAX_ERRORS) errors.push(t('csvImport_andPerhapsMoreFixThese'));
  return { pack: { ...emptyPack(name, now), links, measurements }, skipped, errors };
}

function emptyPack(name: string, now: Date): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), name, ...emptyCatalogue() };
}
