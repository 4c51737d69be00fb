import type { Pack } from '../../lib/model/pack';

/**
 * A large catalogue for the lookup benchmark: `objectives` objectives and
 * `links` links spread over Jira items that mostly are not on the board, so a
 * lookup has to find the few among many.
 */
export function largePack(base: Pack, objectives: number, links: number): Pack {
  const now = '2026-11-24T10:00:00.000Z';
  const extraObjectives = Array.from({ length: objectives }, (_, index) => ({
    id: `ob-bench-${index}`,
    code: `BENCH-${index}`,
    title: `Benchmark objective ${index}`,
    themeId: base.themes[index % base.themes.length]?.id,
    status: 'active' as const,
  }));
  const extraLinks = Array.from({ length: links }, (_, index) => ({
    id: `ln-bench-${index}`,
    itemId: `jira:acme.atlassian.net:LOAD${index % 50}-${index}`,
    objectiveId: `ob-bench-${index % objectives}`,
    createdAt: now,
  }));
  return {
    ...base,
    name: `${base.name} (benchmark)`,
    objectives: [...base.objectives, ...extraObjectives],
    links: [...base.links, ...extraLinks],
  };
}
