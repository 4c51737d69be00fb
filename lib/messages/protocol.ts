import { z } from 'zod';
import { BenefitTargetSchema } from '../model/benefit-target';
import { ExclusionSchema } from '../model/exclusion';
import { ItemFactsSchema } from '../model/item-facts';
import { TRACKERS } from '../model/item-id';
import { LinkSchema } from '../model/link';
import { MeasurementSchema } from '../model/measurement';
import { ObjectiveSchema } from '../model/objective';
import { LongText, RecordId } from '../model/primitives';
import { RuleSchema } from '../model/rule';
import { SeenColumnsSchema } from '../model/seen-item';
import { SettingsChangesSchema } from '../model/settings';
import { SiteSchema } from '../model/site';
import { ThemeSchema } from '../model/theme';
import { ItemIdSchema } from '../model/work-item-ref';
import { OVERLAY_PARTS } from '../overlay/overlay-parts';
import { MAX_ITEMS_PER_REQUEST } from './request-limits';
import type { RefusalDetail } from './user-error';

export { MAX_ITEMS_PER_REQUEST };

/** The catalogue lists a person edits one record at a time (links have their own requests). */
export const EditableListSchema = z.enum(['themes', 'objectives', 'benefitTargets', 'measurements', 'rules']);
export type EditableList = z.infer<typeof EditableListSchema>;

/** What a delete removed: lists of records, each checked by its own schema. */
export const RemovedSchema = z.strictObject({
  themes: z.array(ThemeSchema),
  objectives: z.array(ObjectiveSchema),
  benefitTargets: z.array(BenefitTargetSchema),
  measurements: z.array(MeasurementSchema),
  links: z.array(LinkSchema),
  rules: z.array(RuleSchema),
  exclusions: z.array(ExclusionSchema),
});

export const ImportModeSchema = z.enum(['replace', 'merge']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

/** An item to annotate, with the facts its page shows (content scripts only). */
export const AnnotateItemSchema = z.strictObject({ id: ItemIdSchema, facts: ItemFactsSchema.optional() });
export type AnnotateItem = z.input<typeof AnnotateItemSchema>;

/**
 * Every request that reaches the background, from content scripts (C) and
 * extension pages (P). Named by what the sender asks for.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ping') }),
  // C, P: objectives of items, for chips and the popup.
  z.strictObject({ type: z.literal('annotate'), items: z.array(AnnotateItemSchema).max(MAX_ITEMS_PER_REQUEST) }),
  // C: the facts a page read, for a tab that resolves its items itself; answers what to fetch from the tracker.
  z.strictObject({ type: z.literal('keepFacts'), items: z.array(AnnotateItemSchema).max(MAX_ITEMS_PER_REQUEST) }),
  // C, P: the catalogue as the picker needs it.
  z.strictObject({ type: z.literal('listObjectives') }),
  // C, P: link one item; idempotent.
  z.strictObject({
    type: z.literal('link'),
    itemId: ItemIdSchema,
    objectiveId: RecordId,
    targetId: RecordId.optional(),
    note: LongText.optional(),
  }),
  // C, P: remove one item's link to one objective.
  z.strictObject({ type: z.literal('unlink'), itemId: ItemIdSchema, objectiveId: RecordId }),
  // P: link many items at once (bulk tagging); answers the links it created, for undo.
  z.strictObject({
    type: z.literal('linkMany'),
    itemIds: z.array(ItemIdSchema).min(1).max(MAX_ITEMS_PER_REQUEST),
    objectiveId: RecordId,
    targetId: RecordId.optional(),
  }),
  // C, P: remove links by id (the undo of link and linkMany).
  z.strictObject({ type: z.literal('removeLinks'), linkIds: z.array(RecordId).max(MAX_ITEMS_PER_REQUEST) }),
  // C, P: put removed links back (the undo of unlink).
  z.strictObject({ type: z.literal('restoreLinks'), links: z.array(LinkSchema).max(MAX_ITEMS_PER_REQUEST) }),
  // C: facts the content script fetched from its tracker, and the items it could not get them for.
  z.strictObject({
    type: z.literal('recordFacts'),
    facts: z.array(z.strictObject({ id: ItemIdSchema, facts: ItemFactsSchema })).max(MAX_ITEMS_PER_REQUEST),
    failures: z
      .array(
        z.strictObject({
          ids: z.array(ItemIdSchema).min(1).max(MAX_ITEMS_PER_REQUEST),
          reason: z.string().min(1).max(300),
          /** When the tracker said to try again (Retry-After), in milliseconds from now. */
          retryAfterMs: z.number().int().min(0).max(86_400_000).optional(),
          /** The whole site refused (signed out, too many requests), not just these items. */
          wholeSite: z.boolean(),
        }),
      )
      .max(100),
  }),
  // C, P: "not this item": the item does not serve the objective, whatever rules or ancestors say.
  z.strictObject({
    type: z.literal('exclude'),
    itemId: ItemIdSchema,
    objectiveId: RecordId,
    note: LongText.optional(),
  }),
  // C, P: lift an exclusion.
  z.strictObject({ type: z.literal('unexclude'), itemId: ItemIdSchema, objectiveId: RecordId }),
  // C, P: put lifted exclusions back (the undo of unexclude, and of a link that lifted one).
  z.strictObject({
    type: z.literal('restoreExclusions'),
    exclusions: z.array(ExclusionSchema).max(MAX_ITEMS_PER_REQUEST),
  }),
  // C: a part of the overlay the tab needs now (overlay-parts.ts), injected into the asking frame.
  z.strictObject({ type: z.literal('loadOverlayPart'), part: z.enum(OVERLAY_PARTS) }),
  // C: what the overlay saw, for coverage views, in columns (seen-item.ts).
  z.strictObject({ type: z.literal('recordSeen'), seen: SeenColumnsSchema }),
  // P: what an import would change, without changing anything.
  z.strictObject({ type: z.literal('previewImport'), pack: z.unknown(), mode: ImportModeSchema }),
  // P: import a pack, all or nothing.
  z.strictObject({ type: z.literal('importPack'), pack: z.unknown(), mode: ImportModeSchema }),
  // P: the whole catalogue as a pack; with `history`, the snapshot history too (backups).
  z.strictObject({ type: z.literal('exportPack'), history: z.boolean().optional() }),
  // P: add or replace one catalogue record; the database validates it against the whole catalogue.
  // `base` is the record as the editor loaded it: a save over a record changed since is refused.
  z.strictObject({
    type: z.literal('saveRecord'),
    list: EditableListSchema,
    record: z.unknown(),
    base: z.unknown().optional(),
  }),
  // P: delete one record with what depends on it; answers everything removed, for undo.
  z.strictObject({ type: z.literal('deleteRecord'), list: EditableListSchema, id: RecordId }),
  // P: put back what a delete removed (the undo of deleteRecord).
  z.strictObject({ type: z.literal('restoreRemoved'), removed: RemovedSchema }),
  z.strictObject({ type: z.literal('getSettings') }),
  z.strictObject({ type: z.literal('saveSettings'), settings: SettingsChangesSchema }),
  // P: store a self-hosted site the user has granted and register its content script; `addedAt` puts a removed one back.
  z.strictObject({
    type: z.literal('addSite'),
    origin: SiteSchema.shape.origin,
    tracker: SiteSchema.shape.tracker,
    addedAt: SiteSchema.shape.addedAt.optional(),
  }),
  // P: unregister a site's content script and delete it (the page gives the permission back).
  z.strictObject({ type: z.literal('removeSite'), origin: SiteSchema.shape.origin }),
  // P: subscribe to the pack at a URL; the page has asked for its origin's permission in the click.
  z.strictObject({ type: z.literal('subscribe'), url: z.string().max(2000) }),
  // P: fetch one subscribed pack now ("Refresh now").
  z.strictObject({ type: z.literal('refreshSubscription'), id: RecordId }),
  // P: remove a subscription and its layer, after a backup; answers what its Undo needs.
  z.strictObject({ type: z.literal('unsubscribe'), id: RecordId }),
  // P: the undo of unsubscribe.
  z.strictObject({
    type: z.literal('undoUnsubscribe'),
    backupId: RecordId,
    subscriptionId: RecordId,
    dependents: RemovedSchema,
  }),
  // P: the workspace wrote the catalogue itself (an import or restore too large for a message); tell open tabs.
  z.strictObject({ type: z.literal('announceChange'), what: z.literal('catalogue') }),
  // P: take (or retake) today's alignment snapshot now, so a view of the history ends today.
  z.strictObject({ type: z.literal('takeSnapshot') }),
  // P: the dashboard's and the steering report's figures and lists, worked out from the stored data at once.
  z.strictObject({ type: z.literal('summarizeWork') }),
  // P: one page of a site's unaligned work, as the dashboard lists it (the answer above holds each site's first).
  z.strictObject({
    type: z.literal('unalignedPage'),
    tracker: z.enum(TRACKERS),
    site: z.string().min(1).max(300),
    page: z.int().min(0).max(1_000_000),
  }),
  // P: which objectives have work (the catalogue's rows and objective pages).
  z.strictObject({ type: z.literal('objectivesWithWork') }),
  // P: the catalogue views' first answer (tables, stale-after days, objectives with work), read where the database is
  // already open: the page's own would first load and open it.
  z.strictObject({ type: z.literal('catalogueView') }),
  // P: the Links view's first rows in list order, read where the database is already open.
  z.strictObject({ type: z.literal('firstLinkRows'), limit: z.int().min(1).max(1000) }),
  // C, P: open the workspace at a route (a hover card's "Record a check-in"); pages cannot open extension pages.
  z.strictObject({
    type: z.literal('openWorkspace'),
    section: z.string().regex(/^[a-z-]{1,30}$/),
    arg: z
      .string()
      .max(300)
      .regex(/^[A-Za-z0-9._:/-]*$/)
      .optional(),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;
export type RequestType = Request['type'];

/** What a content script may ask for; everything else needs an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'ping',
  'annotate',
  'keepFacts',
  'listObjectives',
  'link',
  'unlink',
  'removeLinks',
  'restoreLinks',
  'recordSeen',
  'getSettings',
  'recordFacts',
  'exclude',
  'unexclude',
  'restoreExclusions',
  'openWorkspace',
  'loadOverlayPart',
]);

export type Reply<T> = { ok: true; data: T } | ({ ok: false; error: string } & RefusalDetail);
