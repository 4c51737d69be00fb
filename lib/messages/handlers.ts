import { annotate } from '../db/annotate';
import type { ThroughlineDatabase } from '../db/database';
import { linkItem, linkMany, removeLinks, restoreLinks, unlinkItem } from '../db/links';
import { listPickerObjectives } from '../db/objectives';
import { exportPack, importPack, previewImport } from '../db/pack-io';
import { recordSeen } from '../db/seen-items';
import { getSettings, saveSettings } from '../db/settings';
import { parsePack } from '../model/parse-pack';
import type { ChangedNotice } from './notices';
import type { Handlers } from './router';
import { UserError } from './user-error';

export interface HandlerDeps {
  db: ThroughlineDatabase;
  /** Tells open tracker tabs and extension pages that something they show changed. */
  notify(what: ChangedNotice['what']): void;
  now(): Date;
  version: string;
}

/** What the background does for each request; each handler gets an already-parsed request. */
export function createHandlers({ db, notify, now, version }: HandlerDeps): Handlers {
  const parsedPack = (pack: unknown) => {
    const result = parsePack(pack);
    if (!result.ok) throw new UserError(`The pack was refused:\n${result.errors.join('\n')}`);
    return result.pack;
  };
  return {
    ping: async () => ({ version }),
    annotate: async ({ items }) => {
      const settings = await getSettings(db);
      return annotate(db, items, { now: now(), staleAfterDays: settings.staleAfterDays });
    },
    listObjectives: async () => ({ objectives: await listPickerObjectives(db) }),
    link: async ({ itemId, objectiveId, targetId, note }) => {
      const result = await linkItem(db, { itemId, objectiveId, targetId, note }, now());
      notify('links');
      return result;
    },
    unlink: async ({ itemId, objectiveId }) => {
      const removed = await unlinkItem(db, itemId, objectiveId);
      if (removed) notify('links');
      return { removed };
    },
    linkMany: async ({ itemIds, objectiveId, targetId }) => {
      const created = await linkMany(db, itemIds, objectiveId, targetId, now());
      if (created.length > 0) notify('links');
      return { created };
    },
    removeLinks: async ({ linkIds }) => {
      const removed = await removeLinks(db, linkIds);
      if (removed.length > 0) notify('links');
      return { removed };
    },
    restoreLinks: async ({ links }) => {
      const restored = await restoreLinks(db, links);
      if (restored > 0) notify('links');
      return { restored };
    },
    recordSeen: async ({ items }) => ({ stored: await recordSeen(db, items) }),
    previewImport: async ({ pack, mode }) => previewImport(db, parsedPack(pack), mode),
    importPack: async ({ pack, mode }) => {
      const summary = await importPack(db, parsedPack(pack), mode);
      notify('catalogue');
      return summary;
    },
    exportPack: async () => ({ pack: await exportPack(db, now()) }),
    getSettings: async () => getSettings(db),
    saveSettings: async ({ settings }) => {
      const saved = await saveSettings(db, settings);
      notify('settings');
      return saved;
    },
  };
}
