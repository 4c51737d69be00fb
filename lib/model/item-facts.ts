import { z } from 'zod';
import { FACT_LIMITS } from './item-facts-limits';

const Name = z.string().trim().min(1).max(FACT_LIMITS.name);
const Key = z.string().trim().min(1).max(FACT_LIMITS.key);
const Path = z.string().trim().min(1).max(FACT_LIMITS.path);

/**
 * What Throughline knows of a work item beyond its key: read from the page
 * where it shows them, otherwise from the tracker's REST API. Rules match on
 * these, and `parent` and `epic` carry inheritance. Keys of other items are
 * keys on the same site (a Jira key, an Azure DevOps id, an Asana gid).
 */
export const ItemFactsSchema = z.strictObject({
  /** Jira project key or Azure DevOps team project. */
  project: Name.optional(),
  /** Asana projects (gids) the task belongs to. */
  projects: z.array(Key).max(FACT_LIMITS.list).optional(),
  /** Jira issue type or Azure DevOps work item type. */
  type: Name.optional(),
  status: Name.optional(),
  /** Jira labels; Azure DevOps and Asana tags. */
  labels: z.array(Name).max(FACT_LIMITS.labels).optional(),
  components: z.array(Name).max(FACT_LIMITS.list).optional(),
  /** Asana sections (names) the task sits in. */
  sections: z.array(Name).max(FACT_LIMITS.list).optional(),
  /** The parent item: a Jira parent or epic (Cloud), sub-task parent (Data Center), Azure DevOps or Asana parent. */
  parent: Key.optional(),
  /** A Jira Data Center issue's Epic Link. */
  epic: Key.optional(),
  areaPath: Path.optional(),
  iterationPath: Path.optional(),
});
export type ItemFacts = z.infer<typeof ItemFactsSchema>;

/** The fields of ItemFacts, for code that merges or compares them field by field. */
export const ITEM_FACT_FIELDS = Object.keys(ItemFactsSchema.shape) as (keyof ItemFacts)[];
