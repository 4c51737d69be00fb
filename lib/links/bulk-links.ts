import type { Link } from '../model/link';

/** A request that answers `{ ok, data }` or `{ ok: false, error }`, as `send` does. */
type Answer<T> = Promise<{ ok: true; data: T } | { ok: false; error: string }>;

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size));
  return result;
}

/**
 * Removes links in requests of at most `size` ids (the protocol caps a
 * request). Stops at the first refusal and answers what was removed until
 * then, so that an undo still puts back everything that went.
 */
export async function removeLinksInChunks(
  linkIds: readonly string[],
  size: number,
  remove: (linkIds: string[]) => Answer<{ removed: Link[] }>,
): Promise<{ removed: Link[]; error?: string }> {
  const removed: Link[] = [];
  for (const part of chunks(linkIds, size)) {
    const reply = await remove(part);
    if (!reply.ok) return { removed, error: reply.error };
    removed.push(...reply.data.removed);
  }
  return { removed };
}

/** Puts links back in requests of at most `size`; answers how many came back and the first refusal. */
export async function restoreLinksInChunks(
  links: readonly Link[],
  size: number,
  restore: (links: Link[]) => Answer<{ restored: number }>,
): Promise<{ restored: number; error?: string }> {
  let restored = 0;
  for (const part of chunks(links, size)) {
    const reply = await restore(part);
    if (!reply.ok) return { restored, error: reply.error };
    restored += reply.data.restored;
  }
  return { restored };
}
