import type { ItemFacts } from '../model/item-facts';
import { FACT_LIMITS } from '../model/item-facts-limits';

/** Reading untrusted JSON: a value that is not what it should be is simply absent. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `items[].field` as text, or the items themselves when they are text. */
export function texts(value: unknown, field?: string): string[] {
  const found: string[] = [];
  if (!Array.isArray(value)) return found;
  for (const entry of value) {
    const one = text(field === undefined ? entry : record(entry)?.[field]);
    if (one !== undefined) found.push(one);
  }
  return found;
}

/**
 * The facts a tracker's answer gives, by key: `read` reads one entry of it
 * (an issue, a work item, a task), and an entry it cannot read is left out.
 * A loop rather than pairs flat-mapped into a Map: each of a hundred entries
 * was two arrays made and dropped.
 */
export function factsByKey(
  entries: readonly unknown[],
  read: (entry: unknown) => readonly [string, ItemFacts] | null,
): Map<string, ItemFacts> {
  const found = new Map<string, ItemFacts>();
  for (const entry of entries) {
    const pair = read(entry);
    if (pair) found.set(pair[0], pair[1]);
  }
  return found;
}

export type RawFacts = { [K in keyof ItemFacts]?: ItemFacts[K] | null };

/**
 * Facts within the bounds the background accepts: a value that would be
 * refused is left out, so one odd field never costs an item its other facts.
 */
export function cleanFacts(raw: RawFacts): ItemFacts {
  const facts: ItemFacts = {};
  const one = (value: string | null | undefined, max: number) =>
    value != null && value.length <= max ? value : undefined;
  // Each fetched item passes here: a list it lacks, or has empty, costs nothing, and one it has costs one array.
  const many = (values: readonly string[] | null | undefined, max: number, count: number) => {
    if (!values || values.length === 0) return undefined;
    const kept: string[] = [];
    for (const value of values) {
      if (value.length === 0 || value.length > max || kept.includes(value)) continue;
      kept.push(value);
      if (kept.length === count) break;
    }
    return kept.length > 0 ? kept : undefined;
  };
  const assign = <K extends keyof ItemFacts>(key: K, value: ItemFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  assign('project', one(raw.project, FACT_LIMITS.name));
  assign('projects', many(raw.projects, FACT_LIMITS.key, FACT_LIMITS.list));
  assign('type', one(raw.type, FACT_LIMITS.name));
  assign('status', one(raw.status, FACT_LIMITS.name));
  assign('labels', many(raw.labels, FACT_LIMITS.name, FACT_LIMITS.labels));
  assign('components', many(raw.components, FACT_LIMITS.name, FACT_LIMITS.list));
  assign('sections', many(raw.sections, FACT_LIMITS.name, FACT_LIMITS.list));
  assign('parent', one(raw.parent, FACT_LIMITS.key));
  assign('epic', one(raw.epic, FACT_LIMITS.key));
  assign('areaPath', one(raw.areaPath, FACT_LIMITS.path));
  assign('iterationPath', one(raw.iterationPath, FACT_LIMITS.path));
  return facts;
}
