import { BenefitTargetSchema } from '../model/benefit-target';
import { ExclusionSchema } from '../model/exclusion';
import type { PackList } from '../model/import-summary';
import { LinkSchema } from '../model/link';
import { MeasurementSchema } from '../model/measurement';
import { ObjectiveSchema } from '../model/objective';
import { RuleSchema } from '../model/rule';
import { ThemeSchema } from '../model/theme';
import type { CatalogueRecord } from './catalogue';

/** Each list's fields in schema order, read from the schemas so a new field cannot be left out of exports. */
const FIELD_ORDER: Record<PackList, readonly string[]> = {
  themes: Object.keys(ThemeSchema.shape),
  objectives: Object.keys(ObjectiveSchema.shape),
  benefitTargets: Object.keys(BenefitTargetSchema.shape),
  measurements: Object.keys(MeasurementSchema.shape),
  links: Object.keys(LinkSchema.shape),
  rules: Object.keys(RuleSchema.shape),
  exclusions: Object.keys(ExclusionSchema.shape),
};

/**
 * A stored record as a pack file writes it: its schema's fields in schema
 * order, without `undefined` ones and without its layer. Stored records were
 * parsed by their schema when written (an edit, an import, a refresh), so an
 * export orders them instead of parsing 145,000 of them again; nested values
 * (a period, a rule's match) are kept as parsed.
 */
export function packFieldOrder<T extends CatalogueRecord>(list: PackList, record: T): T {
  const source = record as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER[list]) {
    const value = source[field];
    if (value !== undefined) ordered[field] = value;
  }
  return ordered as unknown as T;
}
