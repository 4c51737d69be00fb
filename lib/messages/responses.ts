import type { SentWorkSummary } from '../dashboard/sent-work-summary';
import type { UnalignedSite } from '../dashboard/unaligned-groups';
import type { CatalogueRecord, CatalogueView } from '../db/catalogue';
import type { Unsubscribed } from '../db/layers';
import type { Removed } from '../db/removed';
import type { LinkRow } from '../links/link-rows';
import type { AnnotateResult } from '../model/annotation';
import type { Exclusion } from '../model/exclusion';
import type { ImportSummary } from '../model/import-summary';
import type { Link } from '../model/link';
import type { ObjectiveStatus } from '../model/objective';
import type { Pack } from '../model/pack';
import type { Settings } from '../model/settings';
import type { Site } from '../model/site';
import type { Subscription } from '../model/subscription';

/** An objective as the picker lists it. */
export interface PickerObjective {
  id: string;
  code: string;
  title: string;
  status: ObjectiveStatus;
  archived: boolean;
  themeName?: string;
  themeColor?: string;
  targets: { id: string; name: string }[];
}

/** The data each request answers with when it succeeds. */
export interface ResponseMap {
  ping: { version: string };
  annotate: AnnotateResult;
  keepFacts: { fetch: string[] };
  listObjectives: { objectives: PickerObjective[] };
  link: { link: Link; created: boolean; unexcluded: Exclusion | null };
  unlink: { removed: Link | null };
  linkMany: { created: Link[]; unexcluded: Exclusion[] };
  removeLinks: { removed: Link[] };
  restoreLinks: { restored: number };
  recordSeen: { stored: number };
  previewImport: ImportSummary;
  importPack: ImportSummary;
  exportPack: { pack: Pack };
  saveRecord: { record: CatalogueRecord };
  deleteRecord: { removed: Removed };
  restoreRemoved: { restored: true };
  getSettings: Settings;
  saveSettings: Settings;
  addSite: { site: Site };
  removeSite: { removed: Site | null };
  subscribe: { subscription: Subscription; changed: boolean };
  refreshSubscription: { subscription: Subscription; changed: boolean };
  unsubscribe: Unsubscribed;
  undoUnsubscribe: { restored: true };
  announceChange: { announced: true };
  recordFacts: { stored: number; fetch: string[] };
  exclude: { exclusion: Exclusion; created: boolean; removedLink: Link | null };
  unexclude: { removed: Exclusion | null };
  restoreExclusions: { restored: number };
  takeSnapshot: { day: string };
  summarizeWork: SentWorkSummary;
  unalignedPage: UnalignedSite;
  objectivesWithWork: { objectiveIds: string[] };
  catalogueView: CatalogueView & { staleAfterDays: number; objectivesWithWork: string[] };
  firstLinkRows: { rows: LinkRow[] };
  openWorkspace: { opened: true };
  loadOverlayPart: { loaded: true };
}
