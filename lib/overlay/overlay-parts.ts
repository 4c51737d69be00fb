import { t } from '../i18n/catalogue';
import type { Send } from '../messages/reply-sender';
import type { FactsModule } from './facts-module';
import type { FloatingUiModule } from './floating-ui-module';

/**
 * Parts of the overlay a tab loads only when it first needs them, so that
 * the content script every tracker page starts with stays small (25 KB
 * gzipped, DESIGN.md): the floating UI (Preact, picker, hover card, summary
 * bar, toasts) and the trackers' facts clients. The background injects a
 * part's script into the asking tab's frame, in the content script's own
 * isolated world: the script registers its module here, where the content
 * script finds it and the page cannot.
 */
export const OVERLAY_PARTS = ['ui', 'facts'] as const;
export type OverlayPart = (typeof OVERLAY_PARTS)[number];

/** The built script of each part (entrypoints/overlay-<part>.ts → overlay-<part>.js). */
export const OVERLAY_PART_FILES: Readonly<Record<OverlayPart, string>> = {
  ui: '/overlay-ui.js',
  facts: '/overlay-facts.js',
};

interface PartModules {
  ui: FloatingUiModule;
  facts: FactsModule;
}

const REGISTRY = Symbol.for('throughline.overlay-parts');

type Registry = Partial<PartModules>;

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  scope[REGISTRY] ??= {};
  return scope[REGISTRY];
}

/** Called by a part's script when the background has injected it. */
export function registerPart<P extends OverlayPart>(part: P, module: PartModules[P]): void {
  registry()[part] = module;
}

/** A part already in this world (injected before, or bundled by a test), without asking for it. */
export function loadedPart<P extends OverlayPart>(part: P): PartModules[P] | undefined {
  return registry()[part] as PartModules[P] | undefined;
}

/**
 * Loads parts through the background, each once; a failed load (the
 * extension reloaded, the background gone) is tried again on the next use.
 */
export function createPartLoader(send: Send) {
  const loading = new Map<OverlayPart, Promise<unknown>>();
  return function load<P extends OverlayPart>(part: P): Promise<PartModules[P]> {
    const known = loadedPart(part);
    if (known) return Promise.resolve(known);
    let pending = loading.get(part) as Promise<PartModules[P]> | undefined;
    if (!pending) {
      pending = send({ type: 'loadOverlayPart', part }).then((reply) => {
        const module = loadedPart(part);
        if (module) return module;
        throw new Error(reply.ok ? t('overlayParts_notRegistered', part) : reply.error);
      });
      pending.catch(() => loading.delete(part));
      loading.set(part, pending);
    }
    return pending;
  };
}

export type PartLoader = ReturnType<typeof createPartLoader>;
