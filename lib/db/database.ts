import Dexie, { type EntityTable } from 'dexie';
import type { BackupData, BackupInfo } from '../model/backup';
import type { BenefitTarget } from '../model/benefit-target';
import type { Exclusion } from '../model/exclusion';
import { PACK_LISTS } from '../model/import-summary';
import type { Layered } from '../model/layer';
import type { Link } from '../model/link';
import type { LinkReceipt } from '../model/link-receipt';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import type { SeenItem } from '../model/seen-item';
import type { Site } from '../model/site';
import type { Snapshot } from '../model/snapshot';
import type { StoredFacts } from '../model/stored-facts';
import type { Subscription } from '../model/subscription';
import type { Theme } from '../model/theme';
import { type ChunkRow, chunkedTablesMiddleware } from './chunked-tables';
import { moveIntoChunks } from './move-into-chunks';

/**
 * The catalogue's tables (a pack's lists), kept in rows of CHUNK_SIZE records from version 5
 * (chunked-tables.ts): a 145,000-record pack one record per row took tens of
 * seconds to import and export.
 */
export const CHUNKED_TABLES = PACK_LISTS;
const CHUNK_TABLE = 'catalogueChunks';
const CHUNK_SIZE = 1000;

/** Small values kept beside the catalogue; each is parsed when read, as it may predate the current code. */
export interface MetaRecord {
  key: 'packName' | 'settings';
  value: unknown;
}

/**
 * Throughline's IndexedDB database. The background service worker owns it
 * and writes it; extension pages share its origin and may read it. Content
 * scripts never open it: there it would belong to the tracker's origin.
 */
export class ThroughlineDatabase extends Dexie {
  themes!: EntityTable<Layered<Theme>, 'id'>;
  objectives!: EntityTable<Layered<Objective>, 'id'>;
  benefitTargets!: EntityTable<Layered<BenefitTarget>, 'id'>;
  measurements!: EntityTable<Layered<Measurement>, 'id'>;
  links!: EntityTable<Layered<Link>, 'id'>;
  rules!: EntityTable<Layered<Rule>, 'id'>;
  seenItems!: EntityTable<SeenItem, 'id'>;
  sites!: EntityTable<Site, 'origin'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  exclusions!: EntityTable<Layered<Exclusion>, 'id'>;
  facts!: EntityTable<StoredFacts, 'id'>;
  subscriptions!: EntityTable<Subscription, 'id'>;
  backups!: EntityTable<BackupInfo, 'id'>;
  backupData!: EntityTable<BackupData, 'id'>;
  linkReceipts!: EntityTable<LinkReceipt, 'id'>;
  snapshots!: EntityTable<Snapshot, 'day'>;
  catalogueChunks!: EntityTable<ChunkRow, 'table'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      themes: 'id',
      // Codes are unique regardless of case; the validator checks that, this index only finds a code.
      objectives: 'id, &code, themeId, parentId',
      benefitTargets: 'id, objectiveId',
      measurements: 'id, targetId, [targetId+at]',
      links: 'id, itemId, objectiveId, &[itemId+objectiveId]',
      rules: 'id, objectiveId',
      seenItems: 'id, lastSeen',
      sites: 'origin',
      meta: 'key',
    });
    // Version 2: "not this item" exclusions, and item facts from the page and the trackers' APIs.
    // Both tables are new, so existing data needs no upgrade.
    this.version(2).stores({
      exclusions: 'id, itemId, objectiveId, &[itemId+objectiveId]',
      facts: 'id, seenAt',
    });
    // Version 3: subscriptions, backups and link receipts; it only adds tables, so records of every
    // earlier version stay as they are. Backups keep their list apart from their contents, so listing
    // them reads no pack.
    this.version(3).stores({
      subscriptions: 'id, &url',
      backups: 'id, takenAt',
      backupData: 'id',
      linkReceipts: 'id, removedAt',
    });
    // Version 4: the daily alignment snapshots.
    this.version(4).stores({ snapshots: 'day' });
    // Version 5: the catalogue's records move into chunk rows; their tables stay declared, with their indexes,
    // as the middleware answers for them.
    this.version(5)
      .stores({ [CHUNK_TABLE]: '[table+no]' })
      .upgrade((tx) => moveIntoChunks(tx, CHUNKED_TABLES, CHUNK_TABLE, CHUNK_SIZE));
    this.use(chunkedTablesMiddleware({ tables: CHUNKED_TABLES, chunkTable: CHUNK_TABLE, chunkSize: CHUNK_SIZE }));
  }
}

/**
 * The service worker may be stopped at any moment and started again on the
 * next message, so nothing here opens the database eagerly: Dexie opens it
 * on the first query after each start (auto-open), and a new worker simply
 * creates a new instance.
 */
export function createDatabase(name = 'throughline'): ThroughlineDatabase {
  return new ThroughlineDatabase(name);
}
