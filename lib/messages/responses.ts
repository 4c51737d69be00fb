import type { CatalogueRecord } from '../db/catalogue';
import type { Removed } from '../db/removed';
import type { AnnotateResult } from '../model/annotation';
import type { ImportSummary } from '../model/import-summary';
import type { Link } from '../model/link';
import type { ObjectiveStatus } from '../model/objective';
import type { Pack } from '../model/pack';
import type { Settings } from '../model/settings';
import type { Site } from '../model/site';

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
  listObjectives: { objectives: PickerObjective[] };
  link: { link: Link; created: boolean };
  unlink: { removed: Link | null };
  linkMany: { created: Link[] };
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
  takeSnapshot: { day: string };
  openWorkspace: { opened: true };
}
