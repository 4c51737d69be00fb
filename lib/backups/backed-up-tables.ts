import type { z } from 'zod';
import { SnapshotSchema } from '../model/snapshot';

/** A table beside the catalogue whose rows a backup keeps and a restore puts back, each row checked by `schema`. */
export interface BackedUpTable {
  table: string;
  schema: z.ZodType;
}

/**
 * Every such table, one line each (alignment history joins here). The
 * catalogue lists and the subscriptions are always backed up.
 */
export const BACKED_UP_TABLES: readonly BackedUpTable[] = [{ table: 'snapshots', schema: SnapshotSchema }];
