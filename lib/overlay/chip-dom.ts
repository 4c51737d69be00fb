import { type ChipWording, chipWording } from '../format/chip-wording';
import { t } from '../i18n/catalogue';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import type { ItemKind } from '../trackers/adapter';

/** What a chip button does when used; the engine reads it from the event's path. */
export const ACTION_ATTR = 'data-tl-action';
export const OBJECTIVE_ATTR = 'data-tl-objective';

export interface ChipsModel {
  itemKey: string;
  kind: ItemKind;
  full: boolean;
  alignments: readonly ItemAlignment[];
  objectives: ReadonlyMap<string, ObjectiveSummary>;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Each objective's wording, worked out once: a board shows the same few
 * objectives on many cards, and the wording (its phrase, warnings and
 * accessible name) was most of what building a chip cost. An objective whose
 * figures change comes as a new summary, and so gets its wording anew.
 */
const wordings = new WeakMap<ObjectiveSummary, ChipWording>();

/** Chips as built for some objectives, copied for each item that shows the same. */
interface Prototype {
  objectives: readonly ObjectiveSummary[];
  chips: HTMLElement;
}

/**
 * A board shows the same few sets of objectives on many cards. Copying a
 * built set is one call into the browser, and makes a script object for its
 * root alone: building each element from script made one for every element,
 * and on a board of 20,000 cards every young-generation collection had to go
 * through them all. Kept by the objectives' ids; used only if built from the
 * very same summaries, so that new figures are built anew.
 */
const prototypes = new Map<string, Prototype>();
/** More sets than any board shows at once: past it, the kept ones are dropped and built again as met. */
const MAX_PROTOTYPES = 256;

/**
 * Writes an item's chips into its shadow root with plain DOM calls. A board
 * holds thousands of these, and building them directly costs a fraction of
 * a component render per host (measured by `npm run bench`); the richer,
 * rarer UI (hover card, picker, summary) is Preact. Only text and attributes
 * are set, never markup, so page and import content stays text.
 */
export function renderChips(root: ShadowRoot, model: ChipsModel): void {
  const full = model.full || model.kind === 'detail';
  const objectives: ObjectiveSummary[] = [];
  for (const alignment of model.alignments) {
    const objective = model.objectives.get(alignment.objectiveId);
    if (objective) objectives.push(objective);
  }
  const chips = prototypeOf(root.ownerDocument, objectives, full).cloneNode(true) as HTMLElement;
  // What differs between items showing the same objectives: which item the add button is for.
  chips.lastElementChild!.setAttribute(
    'aria-label',
    objectives.length === 0 ? t('chipDom_linkItem', model.itemKey) : t('chipDom_changeObjectives', model.itemKey),
  );
  // How many dots a packed row must still have room for (styles read it; four at most are shown that way).
  const count = String(Math.min(objectives.length, 4));
  if (root.host.getAttribute('data-chips') !== count) root.host.setAttribute('data-chips', count);
  // The chips are the root's last element (a fallback <style> goes first); a new root has none.
  const previous = root.lastElementChild;
  if (previous?.className === 'chips') previous.replaceWith(chips);
  else root.append(chips);
}

function prototypeOf(doc: Document, objectives: readonly ObjectiveSummary[], full: boolean): HTMLElement {
  let key = full ? 'full' : 'short';
  for (const objective of objectives) key += `\n${objective.id}`;
  const kept = prototypes.get(key);
  if (
    kept?.chips.ownerDocument === doc &&
    kept.objectives.length === objectives.length &&
    kept.objectives.every((objective, index) => objective === objectives[index])
  )
    return kept.chips;
  if (prototypes.size >= MAX_PROTOTYPES) prototypes.clear();
  const chips = buildChips(doc, objectives, full);
  prototypes.set(key, { objectives, chips });
  return chips;
}

function buildChips(doc: Document, objectives: readonly ObjectiveSummary[], full: boolean): HTMLElement {
  const chips = doc.createElement('div');
  chips.className = 'chips';
  for (const objective of objectives) chips.append(chip(doc, objective, full));
  const add = doc.createElement('button');
  add.type = 'button';
  add.className = 'add';
  add.setAttribute(ACTION_ATTR, 'pick');
  add.setAttribute('aria-haspopup', 'dialog');
  add.title = objectives.length === 0 ? t('chipDom_linkTitle') : t('chipDom_changeTitle');
  add.textContent = objectives.length === 0 ? t('chipDom_addObjective') : '+';
  chips.append(add);
  return chips;
}

/** Takes an item's chips out of its shadow root, as a host is before they are first built. */
export function clearChips(root: ShadowRoot): void {
  if (root.lastElementChild?.className === 'chips') root.lastElementChild.remove();
  root.host.removeAttribute('data-chips');
}

function chip(doc: Document, objective: ObjectiveSummary, full: boolean): HTMLButtonElement {
  let wording = wordings.get(objective);
  if (!wording) {
    wording = chipWording(objective);
    wordings.set(objective, wording);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.setAttribute(ACTION_ATTR, 'objective');
  button.setAttribute(OBJECTIVE_ATTR, objective.id);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-label', wording.label);
  button.title = wording.label;
  const dot = doc.createElement('span');
  dot.className = 'dot';
  if (objective.themeColor && COLOR.test(objective.themeColor)) dot.style.background = objective.themeColor;
  button.append(dot, span(doc, 'code', objective.code));
  if (full) button.append(span(doc, 'title', objective.title));
  if (wording.phrase !== null) button.append(span(doc, 'pct', `· ${wording.phrase}`));
  if (wording.stale) button.append(span(doc, 'stale-mark', t('objectiveChip_stale')));
  if (wording.warnings.some((warning) => warning.kind !== 'stale-check-in')) button.append(span(doc, 'warn-mark', '!'));
  if (wording.warnings.length > 0)
    button.setAttribute('data-warnings', [...new Set(wording.warnings.map((warning) => warning.kind))].join(' '));
  return button;
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
