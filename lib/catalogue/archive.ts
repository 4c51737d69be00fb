import type { Objective } from '../model/objective';

/**
 * The objective archived or brought back. Bringing back drops the flag
 * rather than storing `false`, so the record reads as it would had it never
 * been archived (and exports the same).
 */
export function withArchived(objective: Objective, archived: boolean): Objective {
  const { archived: _archived, ...rest } = objective;
  return archived ? { ...rest, archived: true } : rest;
}
