import { z } from 'zod';
import { IsoTimestamp, RecordId, ShortText } from './primitives';
import { SubscriptionSchema } from './subscription';

export const BACKUP_FORMAT = 'throughline.backup';
export const BACKUP_VERSION = 1;

export const BACKUP_REASONS = ['daily', 'before-replace', 'before-restore', 'before-unsubscribe'] as const;
export const BackupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** A backup as the list shows it; its contents are in `backupData` under the same id. */
export const BackupInfoSchema = z.strictObject({
  id: RecordId,
  takenAt: IsoTimestamp,
  reason: BackupReasonSchema,
  name: ShortText,
  records: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export interface BackupData {
  id: string;
  /** The backup document as JSON text: one string is far cheaper to store and read than its records. */
  text: string;
}

/**
 * Everything a restore puts back: the whole catalogue as a strategy pack
 * (so a backup is also a pack a person could import), which subscription
 * each record came from, the subscriptions themselves, and the rows of any
 * other table registered as backed up (lib/backups/backed-up-tables.ts).
 * The pack is checked like any import when restored.
 */
export const BackupDocumentSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  takenAt: IsoTimestamp,
  reason: BackupReasonSchema,
  pack: z.unknown(),
  /** list → record id → subscription id, for records of a subscribed layer. */
  layers: z.record(z.string(), z.record(z.string(), RecordId)),
  subscriptions: z.array(SubscriptionSchema),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupDocument = z.infer<typeof BackupDocumentSchema>;
